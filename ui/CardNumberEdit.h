// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CardNumber.h"

#include <QLineEdit>

// A card number field: groups the digits in fours as they are typed (the caret stays after the
// same digit) and checks the number on every change (length, digits only, Luhn: R20).
class CardNumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CardNumberEdit(QWidget *parent = nullptr);

    QString digits() const { return CardNumber::digitsOf(text()); }
    CardNumber::Check check() const { return CardNumber::check(text()); }
    bool isValid() const { return check() == CardNumber::Check::Valid; }

signals:
    void validityChanged(bool valid);

private:
    void regroup();

    bool m_valid = false;
};
