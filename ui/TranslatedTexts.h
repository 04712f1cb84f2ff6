// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QTabWidget;

// The texts of a screen that follow the interface language. A screen registers each translated
// text once, where it builds the widget; the setter runs at once and again on every
// QEvent::LanguageChange (apply()). A language switch so changes the words in place and keeps
// everything else: filters, the selection, the scroll position, half-typed input.
class TranslatedTexts
{
public:
    void add(std::function<void()> setter)
    {
        setter();
        m_setters.push_back(std::move(setter));
    }
    void apply() const
    {
        for (const auto &setter : m_setters)
            setter();
    }

    // A combo box's items (text, data). The first call adds them; later calls change only the
    // texts, so the current item (a filter's choice) stays.
    static void setItems(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items);

private:
    std::vector<std::function<void()>> m_setters;
};
