// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

#include <QPointer>

#include <memory>

class ApiClient;
class OfflineCache;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class StatementJob;
class StatusPanel;

// Reports (R25, Owner and Administrator): a statement of the project for a period and a balance
// as CSV (optionally with a UTF-8 BOM for spreadsheets), PDF or XLSX. The period's history is
// first made complete in the offline cache, then written from the cache on a worker thread with
// a progress bar and Cancel; the window stays live. Offline, the cache alone is used and the page
// says when the cached period may be incomplete. A statement never holds referral data (R3).
class ReportsPage : public Page
{
    Q_OBJECT

public:
    // QSettings key of "Let other users of this computer read the file" (off: the file is 0600).
    static inline const QString ReadableByOthersSetting = QStringLiteral("export/readableByOthers");

    ReportsPage(ApiClient *api, QString cacheFile, ProjectMembership project, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *balanceBox() const { return m_balance; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *bomBox() const { return m_bom; }
    QCheckBox *readableByOthersBox() const { return m_readableByOthers; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    StatusPanel *status() const { return m_status; }
    bool isExporting() const { return m_job != nullptr; }

public slots:
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok);

private:
    void chooseFile();
    void onFormatChanged();
    void onFinished(bool ok, const QString &error);
    void setRunning(bool running);

    ApiClient *m_api;
    QString m_cacheFile;
    ProjectMembership m_project;
    std::unique_ptr<OfflineCache> m_cache;
    StatementJob *m_job = nullptr;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_balance = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_readableByOthers = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    StatusPanel *m_status = nullptr;
};
