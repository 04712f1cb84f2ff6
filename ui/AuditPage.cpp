// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "ApiClient.h"
#include "AuditExport.h"
#include "AuditModel.h"
#include "Icons.h"
#include "StatusPanel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Action prefixes offered in the filter (the server's names: "member.added", "topup.paid", "charge",
// "adjustment", ...; it matches a name or its beginning); anything else may be typed.
// Referral actions only where the role has the referral program (R3): the Administrator's
// server list has none, and the client does not suggest them.
QList<std::pair<QString, QString>> actionChoices(bool withReferral)
{
    QList<std::pair<QString, QString>> choices{
        {AuditPage::tr("Members"), QStringLiteral("member")},
        {AuditPage::tr("Top-ups"), QStringLiteral("topup")},
        {AuditPage::tr("Charges"), QStringLiteral("charge")},
        {AuditPage::tr("Credit"), QStringLiteral("credit")},
        {AuditPage::tr("Bonuses"), QStringLiteral("bonus")},
        {AuditPage::tr("Adjustments"), QStringLiteral("adjustment")},
        {AuditPage::tr("Auto top-up"), QStringLiteral("autotopup")},
        {AuditPage::tr("Saved card"), QStringLiteral("card")},
        {AuditPage::tr("Low-balance alert"), QStringLiteral("alerts")},
    };
    if (withReferral)
        choices.append({AuditPage::tr("Referral program"), QStringLiteral("referral")});
    return choices;
}
} // namespace

AuditPage::AuditPage(ApiClient *api, ProjectMembership project, QWidget *parent)
    : Page(parent)
    , m_api(api)
    , m_project(std::move(project))
    , m_model(new AuditModel(api, this))
    , m_view(new QTableView(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_period(new QCheckBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_export(new QPushButton(Icons::icon(QStringLiteral("download"), palette()), QString(), this))
    , m_status(new StatusPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(this);
    Theme::makeSecondary(subtitle);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *filters = new QHBoxLayout;
    auto *actorLabel = new QLabel(this);
    auto *actionLabel = new QLabel(this);
    actorLabel->setBuddy(m_actor);
    actionLabel->setBuddy(m_action);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_actor->setMinimumContentsLength(18);
    m_action->setMinimumContentsLength(14);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    filters->addWidget(actorLabel);
    filters->addWidget(m_actor);
    filters->addSpacing(8);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_export);
    layout->addLayout(filters);
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(AuditModel::DateColumn, digit * 18);
    m_view->setColumnWidth(AuditModel::ActorColumn, digit * 28);
    m_view->setColumnWidth(AuditModel::ActionColumn, digit * 24);
    layout->addWidget(m_view, 1);

    const bool withReferral = roleHas(m_project.role, Permission::ViewReferral);
    m_texts.add([=, this] {
        setAccessibleName(tr("Audit log"));
        title->setText(tr("Audit log"));
        subtitle->setText(withReferral ? tr("Who did what in %1, newest first.").arg(m_project.name)
                                       : tr("Who did what in %1, newest first. Referral program actions are "
                                            "shown to the Owner only.").arg(m_project.name));
        actorLabel->setText(tr("&Who"));
        actionLabel->setText(tr("&Action"));
        m_period->setText(tr("&Period"));
        m_export->setText(tr("&Export to CSV…"));
        m_action->lineEdit()->setPlaceholderText(tr("name or prefix"));
        QList<std::pair<QString, QVariant>> actions{{tr("Every action"), QString()}};
        for (const auto &[label, prefix] : actionChoices(withReferral))
            actions.append({tr("%1 (%2)").arg(label, prefix), prefix});
        TranslatedTexts::setItems(m_action, actions);
        if (m_actor->count() == 0)
            m_actor->addItem(QString(), QString());
        m_actor->setItemText(0, tr("Everyone"));
    });

    connect(m_actor, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_action->lineEdit(), &QLineEdit::editingFinished, this, &AuditPage::applyFilters);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(m_status, &StatusPanel::retryRequested, m_model, &AuditModel::retry);
    connect(m_model, &AuditModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->showLoading(tr("Loading the audit log…"));
    });
    connect(m_model, &AuditModel::loadFailed, m_status, &StatusPanel::showError);
    connect(m_model, &AuditModel::pageLoaded, this, [this] {
        if (m_model->rowCount() == 0)
            m_status->showInfo(tr("No entries match these filters."));
        else
            m_status->clear();
        setContentReady();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    loadActors();
    m_model->setProject(m_project.id);
}

void AuditPage::loadActors()
{
    // The members as actors; staff and the platform are told apart in the list itself.
    connect(m_api->users(m_project.id), &UsersJob::finished, this, [this](const ApiResult<ListPage<Member>> &result) {
        if (!result.ok())
            return;
        for (const Member &member : result.value->items) {
            const QString text = member.name.isEmpty() ? member.email : tr("%1 <%2>").arg(member.name, member.email);
            m_actor->addItem(text, member.id);
        }
    });
}

void AuditPage::applyFilters()
{
    AuditFilter filter;
    filter.actorId = m_actor->currentData().toString();
    // A chosen item carries its prefix; typed text is sent as it is.
    const int chosen = m_action->findText(m_action->currentText());
    filter.action = chosen >= 0 ? m_action->itemData(chosen).toString() : m_action->currentText().trimmed();
    if (m_period->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_model->setFilter(filter);
}

void AuditPage::refresh()
{
    m_model->reload();
}

void AuditPage::retranslate()
{
    m_model->retranslate();
}

void AuditPage::exportTo(const QString &filePath)
{
    if (m_exporting)
        return;
    auto *exporting = new AuditExport(m_api, m_project.id, m_model->filter(), filePath, this);
    m_exporting = exporting;
    m_export->setEnabled(false);
    m_status->showLoading(tr("Exporting…"));
    connect(exporting, &AuditExport::progress, this, [this](int rows) {
        m_status->showLoading(tr("Exporting… %n entries", nullptr, rows));
    });
    connect(exporting, &AuditExport::finished, this, [this, exporting, filePath](int rows, const QString &error) {
        exporting->deleteLater();
        m_export->setEnabled(true);
        if (error.isEmpty())
            m_status->showInfo(tr("%n entries written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(filePath)));
        else
            m_status->showError(error);
        emit exportFinished(rows, error);
    });
    exporting->start();
}
