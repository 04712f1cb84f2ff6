// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardNumberEdit.h"

CardNumberEdit::CardNumberEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("0000 0000 0000 0000"));
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    connect(this, &QLineEdit::textChanged, this, &CardNumberEdit::regroup);
}

void CardNumberEdit::regroup()
{
    const QString typed = text();
    const QString digitsOnly = CardNumber::digitsOf(typed);
    // Letters stay as typed, so the user sees what is wrong; digits are regrouped in fours.
    if (!digitsOnly.isEmpty()) {
        const QString grouped = CardNumber::grouped(digitsOnly);
        if (grouped != typed) {
            const int digitsBeforeCaret = int(CardNumber::digitsOf(typed.left(cursorPosition())).size());
            QSignalBlocker blocker(this);
            setText(grouped);
            // The caret goes after the same digit it followed before regrouping.
            int position = 0;
            for (int seen = 0; position < grouped.size() && seen < digitsBeforeCaret; ++position) {
                if (grouped.at(position).isDigit())
                    ++seen;
            }
            setCursorPosition(position);
        }
    }
    const bool valid = isValid();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}
