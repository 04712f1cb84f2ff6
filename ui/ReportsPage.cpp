// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "Icons.h"
#include "Labels.h"
#include "OfflineCache.h"
#include "StatementJob.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using cabinet::exporting::BalanceFilter;
using cabinet::exporting::ExportFormat;

ReportsPage::ReportsPage(ApiClient *api, QString cacheFile, ProjectMembership project, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_cacheFile(std::move(cacheFile))
    , m_project(std::move(project))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(this);
    Theme::makeSecondary(subtitle);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(760);
    auto *form = new QFormLayout(card);
    form->setContentsMargins(20, 18, 20, 18);
    form->setVerticalSpacing(12);

    // The previous calendar month: what an accountant asks for most.
    const QDate monthStart(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from = new QDateEdit(monthStart.addMonths(-1), card);
    m_to = new QDateEdit(monthStart.addDays(-1), card);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *period = new QHBoxLayout;
    auto *toLabel = new QLabel(card);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    auto *periodLabel = new QLabel(card);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);

    m_balance = new QComboBox(card);
    auto *balanceLabel = new QLabel(card);
    balanceLabel->setBuddy(m_balance);
    form->addRow(balanceLabel, m_balance);

    m_format = new QComboBox(card);
    m_bom = new QCheckBox(card);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_bom);
    formatRow->addStretch(1);
    auto *formatLabel = new QLabel(card);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);

    // A statement is private financial data: the file is its owner's alone unless the user says otherwise.
    m_readableByOthers = new QCheckBox(tr("Let other users of this computer read the file"), card);
    m_readableByOthers->setChecked(QSettings().value(ReadableByOthersSetting, false).toBool());
    connect(m_readableByOthers, &QCheckBox::toggled, this,
            [](bool readable) { QSettings().setValue(ReadableByOthersSetting, readable); });

    m_file = new QLineEdit(card);
    m_browse = new QPushButton(card);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(card);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_readableByOthers);

    m_export = new QPushButton(Icons::icon(QStringLiteral("download"), palette().color(QPalette::HighlightedText)),
                               QString(), card);
    m_export->setObjectName(QStringLiteral("primaryButton"));
    m_export->setDefault(true);
    m_cancel = new QPushButton(card);
    m_progress = new QProgressBar(card);
    m_progress->setTextVisible(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    form->addRow(QString(), actions);
    layout->addWidget(card);
    m_texts.add([=, this] {
        setAccessibleName(tr("Reports"));
        title->setText(tr("Reports"));
        subtitle->setText(tr("%1 · statement of the main, bonus and credit balances for a period").arg(m_project.name));
        m_from->setAccessibleName(tr("From date"));
        m_to->setAccessibleName(tr("To date"));
        toLabel->setText(tr("to"));
        periodLabel->setText(tr("&Period"));
        TranslatedTexts::setItems(m_balance, {{tr("All balances"), int(BalanceFilter::All)},
                                              {Labels::balanceName(QStringLiteral("main")), int(BalanceFilter::Main)},
                                              {Labels::balanceName(QStringLiteral("bonus")), int(BalanceFilter::Bonus)},
                                              {Labels::balanceName(QStringLiteral("credit")), int(BalanceFilter::Credit)}});
        balanceLabel->setText(tr("&Balance"));
        TranslatedTexts::setItems(m_format, {{tr("CSV (text, RFC 4180)"), int(ExportFormat::Csv)},
                                             {tr("PDF (A4, for printing)"), int(ExportFormat::Pdf)},
                                             {tr("XLSX (Excel workbook)"), int(ExportFormat::Xlsx)}});
        m_bom->setText(tr("UTF-8 B&OM for spreadsheets"));
        m_bom->setToolTip(tr("Lets Excel read Cyrillic text in the CSV correctly; leave it off for other programs."));
        formatLabel->setText(tr("&Format"));
        m_file->setAccessibleName(tr("Output file"));
        m_browse->setText(tr("C&hoose…"));
        fileLabel->setText(tr("Save &as"));
        m_export->setText(tr("&Export"));
        m_cancel->setText(tr("Cancel"));
        m_progress->setAccessibleName(tr("Export progress"));
    });

    m_status = new StatusPanel(this);
    m_status->setMaximumWidth(760);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ReportsPage::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_status, &StatusPanel::retryRequested, this, &ReportsPage::startExport);
    onFormatChanged();
    setRunning(false);
    setContentReady(); // nothing to load: the form is the page
}

ReportsPage::~ReportsPage()
{
    delete m_job; // joins the export thread; the partial file is removed
}

void ReportsPage::onFormatChanged()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    m_bom->setEnabled(format == ExportFormat::Csv);
    const QString suffix = cabinet::exporting::exportFormatSuffix(format);
    QString path = m_file->text();
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(tr("statement") + QStringLiteral(".csv"));
    }
    const QFileInfo info(path);
    m_file->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

void ReportsPage::chooseFile()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const QString suffix = cabinet::exporting::exportFormatSuffix(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the statement"), m_file->text(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ReportsPage::setRunning(bool running)
{
    for (QWidget *input : std::initializer_list<QWidget *>{m_from, m_to, m_balance, m_format, m_file, m_browse,
                                                           m_readableByOthers, m_export})
        input->setEnabled(!running);
    m_bom->setEnabled(!running && static_cast<ExportFormat>(m_format->currentData().toInt()) == ExportFormat::Csv);
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
}

void ReportsPage::startExport()
{
    if (m_job)
        return;
    if (m_from->date() > m_to->date()) {
        m_status->showError(tr("The first day of the period is after the last one."));
        return;
    }
    if (m_file->text().trimmed().isEmpty()) {
        m_status->showError(tr("Choose where to save the statement."));
        return;
    }
    if (!m_cache) {
        m_cache = std::make_unique<OfflineCache>(m_cacheFile);
        if (m_cache->open(m_project.role) == OfflineCache::OpenResult::Failed) {
            m_status->showError(tr("Cannot open the offline cache: %1").arg(m_cache->errorString()));
            m_cache.reset();
            return;
        }
    }
    StatementRequest request;
    request.projectId = m_project.id;
    request.projectName = m_project.name;
    request.from = m_from->date();
    request.to = m_to->date();
    request.balance = static_cast<BalanceFilter>(m_balance->currentData().toInt());
    request.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    request.filePath = QFileInfo(m_file->text().trimmed()).absoluteFilePath();
    request.byteOrderMark = m_bom->isChecked() && request.format == ExportFormat::Csv;
    request.readableByOthers = m_readableByOthers->isChecked();

    m_job = new StatementJob(m_api, m_cache.get(), request, this);
    connect(m_job, &StatementJob::stageChanged, this, [this](StatementJob::Stage stage) {
        if (stage == StatementJob::Stage::Syncing) {
            m_progress->setRange(0, 0); // the server does not say how many rows are coming
            m_status->showLoading(tr("Bringing the history of the period up to date…"));
        } else {
            m_status->showLoading(tr("Writing the statement…"));
        }
    });
    connect(m_job, &StatementJob::progress, this, [this](qint64 done, qint64 total) {
        if (total < 0) {
            m_progress->setFormat(tr("%n entries fetched", nullptr, static_cast<int>(done)));
            return;
        }
        // QProgressBar counts in int: scale to per mille for any row count.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 1000);
        // The plural form follows the total; both figures are grouped the locale's way.
        m_progress->setFormat(tr("%1 of %2 entries", nullptr, static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())))
                                  .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_job, &StatementJob::finished, this, &ReportsPage::onFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    setRunning(true);
    m_job->start();
}

void ReportsPage::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

void ReportsPage::onFinished(bool ok, const QString &error)
{
    const QString notice = m_job->notice();
    const QString path = QDir::toNativeSeparators(QFileInfo(m_file->text().trimmed()).absoluteFilePath());
    m_job->deleteLater();
    m_job = nullptr;
    setRunning(false);
    if (ok) {
        m_status->showInfo(notice.isEmpty() ? tr("Saved to %1.").arg(path) : tr("Saved to %1. %2").arg(path, notice));
    } else {
        m_status->showError(error);
    }
    emit exportFinished(ok);
}
