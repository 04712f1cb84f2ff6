// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include <optional>

// An amount editor: the text is parsed with Money::parse (digit by digit into minor units,
// never double). value() is empty while the text is not a valid positive amount within range;
// validationMessage() says why.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    std::optional<qint64> value() const;
    void setValue(qint64 minorUnits);
    void setMinimum(qint64 minorUnits) { m_minimum = minorUnits; revalidate(); }
    void setMaximum(std::optional<qint64> minorUnits) { m_maximum = minorUnits; revalidate(); }
    void setCurrency(const QString &currency) { m_currency = currency; revalidate(); }
    QString validationMessage() const { return m_message; }
    bool isValid() const { return value().has_value(); }

signals:
    void validityChanged(bool valid);

private:
    void revalidate();

    qint64 m_minimum = 1;
    std::optional<qint64> m_maximum;
    QString m_currency = QStringLiteral("UAH");
    std::optional<qint64> m_value;
    QString m_message;
};
