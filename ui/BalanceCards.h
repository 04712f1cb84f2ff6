// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "TranslatedTexts.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;

// The three balance cards of Finance > Balance: main (personal funds), bonus and credit
// (granted, available, used, due date with a warning when due within a day). R12, R17.
class BalanceCards : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceCards(QWidget *parent = nullptr);

    // now: the time the warning is judged against (the server's figures are as of now).
    void setBalances(const Balances &balances, const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool hasBalances() const { return m_hasBalances; }
    // R29: "about N days left at your average spend" under the main balance; none without spend.
    void setForecast(const std::optional<Forecast> &forecast);
    // R31: below this main balance (or below zero) the main card shows the low-balance state.
    void setLowBalanceThreshold(const std::optional<qint64> &threshold);

    // For tests and accessibility: the texts as shown.
    QString mainText() const;
    QString bonusText() const;
    QString creditAvailableText() const;
    QString creditDetailsText() const;
    bool isDueWarningShown() const;
    QString forecastText() const;
    QString lowBalanceText() const;
    bool isLowBalanceShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeCard(const std::function<QString()> &title, const QString &iconName, QLabel *amount, QLabel *details);
    void applyColors();
    void updateMainState();

    QLabel *m_main;
    QLabel *m_mainDetails;
    QLabel *m_bonus;
    QLabel *m_bonusDetails;
    QLabel *m_creditAvailable;
    QLabel *m_creditDetails;
    QLabel *m_due;
    QLabel *m_forecast;
    QLabel *m_low;
    QWidget *m_mainCard = nullptr;
    std::optional<Forecast> m_forecastFigures;
    std::optional<qint64> m_lowThreshold;
    Balances m_balances;
    QDateTime m_balancesAt;
    bool m_hasBalances = false;
    TranslatedTexts m_texts;
    bool m_dueSoon = false;
};
