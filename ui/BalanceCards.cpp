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
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    QWidget *mainCard = makeCard([] { return tr("Main balance"); }, QStringLiteral("wallet"), m_main, m_mainDetails);
    QWidget *bonusCard = makeCard([] { return tr("Bonus balance"); }, QStringLiteral("gift"), m_bonus, m_bonusDetails);
    QWidget *creditCard = makeCard([] { return tr("Credit funds"); }, QStringLiteral("credit"), m_creditAvailable,
                                   m_creditDetails);
    creditCard->layout()->addWidget(m_due);
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

bool BalanceCards::isDueWarningShown() const
{
    return m_dueSoon && !m_due->isHidden();
}
