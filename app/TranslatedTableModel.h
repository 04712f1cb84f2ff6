// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

// A table model whose headers and cells are words of the interface language (column names,
// operation and role names, dates in the language's format). retranslate() tells the views that
// every header and cell reads differently now, without a reset: rows, selection and scroll
// position stay (the language switch of the main window).
class TranslatedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void retranslate()
    {
        adoptLanguage();
        const int columns = columnCount();
        if (columns == 0)
            return;
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (const int rows = rowCount(); rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
    }

protected:
    // Takes over what the model keeps of the language (a QLocale for numbers and dates).
    virtual void adoptLanguage() {}
};
