// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceCards.h"

#include "Icons.h"
#include "Money.h"
#include "Theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

BalanceCards::BalanceCards(QWidget *parent)
    : QWidget(parent)
    , m_main(new QLabel(this))
    , m_mainDetails(new QLabel(this))
    , m_bonus(new QLabel(this))
    , m_bonusDetails(new QLabel(this))
    , m_creditAvailable(new QLabel(this))
    , m_creditDetails(new QLabel(this))
    , m_due(new QLabel(this))
    , m_forecast(new QLabel(this))
    , m_low(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    QWidget *mainCard = makeCard([] { return tr("Main balance"); }, QStringLiteral("wallet"), m_main, m_mainDetails);
    QWidget *bonusCard = makeCard([] { return tr("Bonus balance"); }, QStringLiteral("gift"), m_bonus, m_bonusDetails);
    QWidget *creditCard = makeCard([] { return tr("Credit funds"); }, QStringLiteral("credit"), m_creditAvailable,
                                   m_creditDetails);
    creditCard->layout()->addWidget(m_due);
    m_mainCard = mainCard;
    // The forecast and the low-balance state sit under the main figures (R29, R31).
    auto *mainLayout = static_cast<QVBoxLayout *>(mainCard->layout());
    mainLayout->insertWidget(mainLayout->count() - 1, m_forecast);
    mainLayout->insertWidget(mainLayout->count() - 1, m_low);
    Theme::makeSecondary(m_forecast);
    m_forecast->setObjectName(QStringLiteral("forecast"));
    m_low->setObjectName(QStringLiteral("lowBalance"));
    for (QLabel *label : {m_forecast, m_low}) {
        label->setWordWrap(true);
        label->hide();
    }
    m_due->setWordWrap(true);
    m_due->hide();
    layout->addWidget(mainCard, 1);
    layout->addWidget(bonusCard, 1);
    layout->addWidget(creditCard, 1);

    for (QLabel *amount : {m_main, m_bonus, m_creditAvailable}) {
        amount->setText(QStringLiteral("—"));
        amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_texts.add([this] {
        m_bonusDetails->setText(tr("Spent first, on service subscriptions only"));
        if (m_hasBalances) {
            setBalances(m_balances, m_balancesAt); // figures in the new language's format too
            return;
        }
        m_mainDetails->setText(tr("Personal funds: pays for every service"));
        m_creditDetails->setText(tr("No active credit"));
    });
}

QWidget *BalanceCards::makeCard(const std::function<QString()> &title, const QString &iconName, QLabel *amount,
                                QLabel *details)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMinimumWidth(220);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::icon(iconName, palette()).pixmap(20, 20));
    auto *caption = new QLabel(card);
    Theme::makeSecondary(caption);
    header->addWidget(icon);
    header->addWidget(caption, 1);
    layout->addLayout(header);

    amount->setProperty("role", QStringLiteral("amount"));
    layout->addWidget(amount);
    Theme::makeSecondary(details);
    layout->addWidget(details);
    layout->addStretch(1);
    m_texts.add([=] {
        caption->setText(title());
        amount->setAccessibleName(title());
        card->setAccessibleName(title());
    });
    return card;
}

void BalanceCards::setBalances(const Balances &balances, const QDateTime &now)
{
    m_balances = balances;
    m_balancesAt = now;
    m_hasBalances = true;
    const QLocale locale;
    const QString currency = balances.currency;
    m_main->setText(Money::format(balances.main, currency, locale));
    m_mainDetails->setText(balances.main < 0 ? tr("Debt: the next top-ups repay it first")
                                             : tr("Personal funds: pays for every service"));
    m_bonus->setText(Money::format(balances.bonus, currency, locale));

    const CreditFigures &credit = balances.credit;
    m_creditAvailable->setText(Money::format(credit.available, currency, locale));
    const bool active = credit.dueAt.isValid();
    if (active) {
        m_creditDetails->setText(tr("Granted %1 · used %2")
                                     .arg(Money::format(credit.granted, currency, locale),
                                          Money::format(credit.used, currency, locale)));
        const qint64 secondsLeft = now.secsTo(credit.dueAt);
        m_dueSoon = secondsLeft <= 24 * 60 * 60;
        const QString due = locale.toString(credit.dueAt.toLocalTime(), QLocale::ShortFormat);
        m_due->setText(m_dueSoon ? tr("⚠ Due %1: unspent credit is withdrawn, used credit becomes a debt").arg(due)
                                 : tr("Due %1").arg(due));
        m_due->show();
    } else {
        m_dueSoon = false;
        m_creditDetails->setText(tr("No active credit"));
        m_due->hide();
    }
    m_creditAvailable->setAccessibleDescription(m_creditDetails->text() + QLatin1Char(' ') + m_due->text());
    updateMainState();
}

void BalanceCards::setForecast(const std::optional<Forecast> &forecast)
{
    m_forecastFigures = forecast;
    updateMainState();
}

void BalanceCards::setLowBalanceThreshold(const std::optional<qint64> &threshold)
{
    m_lowThreshold = threshold;
    updateMainState();
}

void BalanceCards::updateMainState()
{
    const QLocale locale;
    // R29: a plain average, so the card says "about"; nothing when nothing was spent.
    if (m_forecastFigures && m_forecastFigures->daysLeft) {
        const qint64 days = *m_forecastFigures->daysLeft;
        m_forecast->setText(days == 0 ? tr("Less than a day left at your average spend")
                                      : tr("About %n day(s) left at your average spend", nullptr, int(qMin<qint64>(days, 1000000))));
        m_forecast->setToolTip(tr("Average spend: %1 a day over the last %n day(s)", nullptr, m_forecastFigures->basisDays)
                                   .arg(Money::format(m_forecastFigures->dailySpend, m_balances.currency, locale)));
        m_forecast->show();
    } else {
        m_forecast->clear();
        m_forecast->hide();
    }
    // R31: below zero, or below the project's alert threshold.
    QString low;
    if (m_hasBalances && m_balances.main < 0)
        low = tr("⚠ Below zero: top up to pay for services");
    else if (m_hasBalances && m_lowThreshold && m_balances.main < *m_lowThreshold)
        low = tr("⚠ Low balance: below your alert threshold of %1")
                  .arg(Money::format(*m_lowThreshold, m_balances.currency, locale));
    m_low->setText(low);
    m_low->setVisible(!low.isEmpty());
    if (m_mainCard) {
        m_mainCard->setProperty("state", low.isEmpty() ? QString() : QStringLiteral("low"));
        m_mainCard->setAccessibleDescription(low);
    }
    applyColors();
}

void BalanceCards::applyColors()
{
    const QPalette base = palette();
    const auto colorAmount = [&](QLabel *label, qint64 value) {
        QPalette p = base;
        if (value < 0)
            p.setColor(QPalette::WindowText, Theme::negative(base));
        label->setPalette(p);
    };
    colorAmount(m_main, m_balances.main);
    QPalette lowPalette = base;
    lowPalette.setColor(QPalette::WindowText, m_balances.main < 0 ? Theme::negative(base) : Theme::warning(base));
    m_low->setPalette(lowPalette);
    if (!m_low->text().isEmpty() && m_balances.main >= 0) {
        QPalette p = base;
        p.setColor(QPalette::WindowText, Theme::warning(base));
        m_main->setPalette(p);
    }
    colorAmount(m_bonus, m_balances.bonus);
    colorAmount(m_creditAvailable, m_balances.credit.available);
    QPalette duePalette = base;
    if (m_dueSoon)
        duePalette.setColor(QPalette::WindowText, Theme::warning(base));
    m_due->setPalette(duePalette);
}

void BalanceCards::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasBalances)
        applyColors();
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
}

QString BalanceCards::mainText() const
{
    return m_main->text();
}

QString BalanceCards::bonusText() const
{
    return m_bonus->text();
}

QString BalanceCards::creditAvailableText() const
{
    return m_creditAvailable->text();
}

QString BalanceCards::creditDetailsText() const
{
    return m_creditDetails->text();
}

QString BalanceCards::forecastText() const
{
    return m_forecast->isHidden() ? QString() : m_forecast->text();
}

QString BalanceCards::lowBalanceText() const
{
    return m_low->text();
}

bool BalanceCards::isLowBalanceShown() const
{
    return !m_low->isHidden() && !m_low->text().isEmpty();
}

bool BalanceCards::isDueWarningShown() const
{
    return m_dueSoon && !m_due->isHidden();
}
