// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralPage.h"

#include "ApiClient.h"
#include "Icons.h"
#include "Money.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QFrame *makeCard(QWidget *parent, const QString &caption, const QString &iconName, QLabel *value, QWidget *extra = nullptr)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card"));
    card->setAccessibleName(caption);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 16);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(card);
    icon->setPixmap(Icons::icon(iconName, parent->palette()).pixmap(20, 20));
    auto *label = new QLabel(caption, card);
    Theme::makeSecondary(label);
    header->addWidget(icon);
    header->addWidget(label, 1);
    layout->addLayout(header);
    value->setProperty("role", QStringLiteral("amount"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(caption);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(value, 1);
    if (extra)
        valueRow->addWidget(extra);
    layout->addLayout(valueRow);
    return card;
}

} // namespace

ReferralPage::ReferralPage(ApiClient *api, ProjectMembership project, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_status(new StatusPanel(this))
    , m_balance(new QLabel(QStringLiteral("—"), this))
    , m_rate(new QLabel(QStringLiteral("—"), this))
    , m_code(new QLabel(QStringLiteral("—"), this))
    , m_referrals(new QTableWidget(0, 3, this))
{
    setAccessibleName(tr("Finance, Referral Program"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("Referral Program"), this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(tr("Invite other companies with your code: you earn a commission every time their "
                                   "balances are charged. Only the Owner sees this page."),
                                this);
    Theme::makeSecondary(subtitle);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_status);

    auto *copy = new QPushButton(Icons::icon(QStringLiteral("copy"), palette()), QString(), this);
    copy->setToolTip(tr("Copy the referral code"));
    copy->setAccessibleName(tr("Copy the referral code"));
    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(makeCard(this, tr("Referral balance"), QStringLiteral("wallet"), m_balance), 1);
    cards->addWidget(makeCard(this, tr("Commission"), QStringLiteral("percent"), m_rate), 1);
    cards->addWidget(makeCard(this, tr("Your referral code"), QStringLiteral("gift"), m_code, copy), 1);
    layout->addLayout(cards);

    auto *heading = new QLabel(tr("Referred projects"), this);
    Theme::makeHeading(heading);
    layout->addSpacing(6);
    layout->addWidget(heading);
    m_referrals->setHorizontalHeaderLabels({tr("Project"), tr("Joined"), tr("Earned")});
    m_referrals->setAccessibleName(tr("Referred projects"));
    m_referrals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_referrals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referrals->setShowGrid(false);
    m_referrals->setAlternatingRowColors(true);
    m_referrals->verticalHeader()->hide();
    m_referrals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_referrals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_referrals->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_referrals, 1);

    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_code->text()); });
    connect(m_status, &StatusPanel::retryRequested, this, &ReferralPage::refresh);
    refresh();
}

void ReferralPage::refresh()
{
    m_status->showLoading(tr("Loading the referral program…"));
    ReferralJob *job = m_api->referral(m_project.id);
    connect(job, &ReferralJob::finished, this, [this](const ApiResult<Referral> &result) {
        if (!result.ok()) {
            m_status->showError(result.error.message);
            return;
        }
        m_status->clear();
        showReferral(*result.value);
        setContentReady();
    });
}

void ReferralPage::showReferral(const Referral &referral)
{
    const QLocale locale;
    m_balance->setText(Money::format(referral.balance, referral.currency, locale));
    // Basis points as a percentage with integer arithmetic: 1000 bp -> "10", 125 bp -> "1.25".
    const int whole = referral.rateBasisPoints / 100;
    const int hundredths = referral.rateBasisPoints % 100;
    m_rate->setText(hundredths == 0 ? tr("%1%").arg(whole)
                                    : tr("%1%2%3%").arg(whole).arg(locale.decimalPoint())
                                          .arg(hundredths, 2, 10, QLatin1Char('0')));
    m_code->setText(referral.code);
    m_referrals->setRowCount(int(referral.referrals.size()));
    int row = 0;
    for (const Referral::Referee &referee : referral.referrals) {
        m_referrals->setItem(row, 0, new QTableWidgetItem(referee.name.isEmpty() ? referee.projectId : referee.name));
        m_referrals->setItem(row, 1, new QTableWidgetItem(locale.toString(referee.joinedAt.toLocalTime().date(),
                                                                          QLocale::ShortFormat)));
        auto *earned = new QTableWidgetItem(Money::format(referee.earnedTotal, referral.currency, locale));
        earned->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_referrals->setItem(row, 2, earned);
        ++row;
    }
}

QString ReferralPage::balanceText() const
{
    return m_balance->text();
}

QString ReferralPage::codeText() const
{
    return m_code->text();
}

QString ReferralPage::rateText() const
{
    return m_rate->text();
}
