// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyEdit.h"

#include "Money.h"

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(Money::formatNumber(150000, locale()));
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(this, &QLineEdit::textChanged, this, &MoneyEdit::revalidate);
    revalidate();
}

std::optional<qint64> MoneyEdit::value() const
{
    return m_value;
}

void MoneyEdit::setValue(qint64 minorUnits)
{
    setText(Money::formatNumber(minorUnits, locale()));
}

void MoneyEdit::revalidate()
{
    const bool wasValid = m_value.has_value();
    const Money::ParseResult parsed = Money::parse(text(), locale());
    m_value.reset();
    if (!parsed.minorUnits) {
        m_message = parsed.error;
    } else if (*parsed.minorUnits < m_minimum) {
        m_message = tr("The minimum is %1.").arg(Money::format(m_minimum, m_currency, locale()));
    } else if (m_maximum && *parsed.minorUnits > *m_maximum) {
        m_message = tr("The maximum is %1.").arg(Money::format(*m_maximum, m_currency, locale()));
    } else {
        m_value = parsed.minorUnits;
        m_message.clear();
    }
    if (wasValid != m_value.has_value())
        emit validityChanged(m_value.has_value());
}
