// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslatedTexts.h"

#include <QComboBox>

void TranslatedTexts::setItems(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    if (combo->count() != items.size()) {
        combo->clear();
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        return;
    }
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, items[i].first);
}
