// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "TranslatedTexts.h"

#include <QEvent>
#include <QWidget>

// A screen of the workspace. It reports when its first load is complete (contentReady), so
// the screenshot mode and the tests know when the page shows the server's figures.
// Its texts follow the interface language in place (TranslatedTexts): a language switch never
// rebuilds a page, so its filters, selection and scroll position stay.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    bool isContentReady() const { return m_contentReady; }
    // Loads everything again from the server.
    virtual void refresh() {}
    // Live events of the project's feed changed these figures (R31): the page reads again what it
    // shows of them, and nothing else. A page showing none of them does nothing.
    virtual void applyEventEffects(EventEffects effects) { Q_UNUSED(effects) }

signals:
    void contentReady();
    // The user asked to sign out from this page (Settings); the main window asks to confirm.
    void signOutRequested();
    // An answer told the project's currency (the balances): the notifications say amounts in it.
    void currencyKnown(const QString &currency);

protected:
    void setContentReady()
    {
        if (m_contentReady)
            return;
        m_contentReady = true;
        emit contentReady();
    }

    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::LanguageChange) {
            m_texts.apply();
            retranslate();
        }
    }
    // What the registered texts cannot say by themselves: texts built from data (status lines,
    // figures in the new language's number format), models' headers and cells.
    virtual void retranslate() {}

    TranslatedTexts m_texts;

private:
    bool m_contentReady = false;
};
