// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusPanel.h"

#include "Icons.h"
#include "Spinner.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new Spinner(this, 18))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_spinner);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    m_icon->setPixmap(Icons::icon(QStringLiteral("warning"), Theme::negative(palette())).pixmap(18, 18));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setIcon(Icons::icon(QStringLiteral("refresh"), palette()));
    m_texts.add([this] {
        m_retry->setText(tr("Retry"));
        m_retry->setAccessibleName(tr("Retry loading"));
    });
    connect(m_retry, &QPushButton::clicked, this, &StatusPanel::retryRequested);
    clear();
}

void StatusPanel::showLoading(const QString &text)
{
    m_error = false;
    m_spinner->setRunning(true);
    m_icon->hide();
    m_retry->hide();
    m_text->setProperty("role", QString());
    m_text->setText(text);
    m_text->style()->polish(m_text);
    show();
}

void StatusPanel::showError(const QString &message)
{
    m_error = true;
    m_spinner->setRunning(false);
    m_icon->show();
    m_retry->show();
    Theme::makeError(m_text);
    m_text->setText(message);
    m_text->style()->polish(m_text);
    setAccessibleDescription(message);
    show();
}

void StatusPanel::showInfo(const QString &text)
{
    m_error = false;
    m_spinner->setRunning(false);
    m_icon->hide();
    m_retry->hide();
    Theme::makeSecondary(m_text);
    m_text->setText(text);
    m_text->style()->polish(m_text);
    show();
}

void StatusPanel::clear()
{
    m_error = false;
    m_spinner->setRunning(false);
    m_text->clear();
    hide();
}

QString StatusPanel::text() const
{
    return m_text->text();
}

void StatusPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}
