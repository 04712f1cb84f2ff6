// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranslatedTexts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class Spinner;

// One line of state shown in place of (or next to) content: a spinner while loading, or a
// readable error with a Retry button. Hidden when there is nothing to say.
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showError(const QString &message);
    void showInfo(const QString &text);
    void clear();
    bool isShowingError() const { return m_error; }
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts;
    Spinner *m_spinner;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    bool m_error = false;
};
