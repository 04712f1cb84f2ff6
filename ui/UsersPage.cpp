// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "AddMemberDialog.h"
#include "ApiClient.h"
#include "ConnectivityMonitor.h"
#include "ErrorText.h"
#include "Icons.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "UsersModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

UsersPage::UsersPage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent)
    : Page(parent)
    , m_model(new UsersModel(api, this))
    , m_view(new QTableView(this))
    , m_status(new StatusPanel(this))
    , m_api(api)
    , m_projectId(project.id)
    , m_userId(user.id)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(this);
    Theme::makeSecondary(subtitle);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    auto *refreshButton = new QPushButton(Icons::icon(QStringLiteral("refresh"), palette()), QString(), this);
    refreshButton->setMinimumHeight(32);
    header->addWidget(refreshButton, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_view->setModel(m_model);
    m_texts.add([=, this] {
        setAccessibleName(tr("Users"));
        title->setText(tr("Users"));
        subtitle->setText(tr("Members of %1 and their roles. Your role: %2.").arg(project.name, roleDisplayName(project.role)));
        refreshButton->setText(tr("&Refresh"));
        m_view->setAccessibleName(tr("Project members"));
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(UsersModel::NameColumn, digit * 30);
    m_view->setColumnWidth(UsersModel::EmailColumn, digit * 34);
    if (roleHas(project.role, Permission::ManageMembers))
        layout->addWidget(buildOwnerActions());
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    if (m_add) {
        m_invitationList = new QLabel(this);
        m_invitationList->setWordWrap(true);
        m_invitationList->setTextInteractionFlags(Qt::TextSelectableByMouse);
        Theme::makeSecondary(m_invitationList);
        m_invitationList->hide();
        layout->addWidget(m_invitationList);
    }

    connect(refreshButton, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_status, &StatusPanel::retryRequested, this, &UsersPage::refresh);
    connect(m_model, &UsersModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_status->showLoading(tr("Loading the members…"));
    });
    connect(m_model, &UsersModel::loadFailed, this, [this](const QString &message) {
        if (!showSavedList())
            m_status->showError(message);
    });
    connect(m_model, &UsersModel::loaded, this, [this] {
        m_showingSaved = false;
        m_status->clear();
        if (!m_doneNotice.isEmpty()) // what the last change did, said once the list shows it
            m_status->showInfo(std::exchange(m_doneNotice, QString()));
        setContentReady();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    m_model->setProject(project.id, user.id);
}

QWidget *UsersPage::buildOwnerActions()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(Icons::icon(QStringLiteral("plus"), palette()), QString(), bar);
    m_roleChooser = new QComboBox(bar);
    for (Role role : {Role::Administrator, Role::Supervisor, Role::Manager, Role::Operator})
        m_roleChooser->addItem(roleDisplayName(role), roleToApi(role));
    m_changeRole = new QPushButton(bar);
    m_remove = new QPushButton(bar);
    row->addWidget(m_add);
    row->addSpacing(16);
    row->addWidget(m_roleChooser);
    row->addWidget(m_changeRole);
    row->addWidget(m_remove);
    row->addStretch(1);
    m_texts.add([this] {
        m_add->setText(tr("&Add member…"));
        for (int i = 0; i < m_roleChooser->count(); ++i)
            m_roleChooser->setItemText(i, roleDisplayName(roleFromApi(m_roleChooser->itemData(i).toString())));
        m_roleChooser->setAccessibleName(tr("New role"));
        m_changeRole->setText(tr("C&hange role…"));
        m_remove->setText(tr("Re&move…"));
    });
    connect(m_add, &QPushButton::clicked, this, &UsersPage::openAddMember);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeSelectedRole);
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeSelected);
    return bar;
}

std::optional<Member> UsersPage::selectedMember() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_showingSaved)
        return std::nullopt;
    return m_model->memberAt(rows.first().row());
}

void UsersPage::updateActions()
{
    if (!m_add)
        return;
    // The Owner's own row is never changed this way (R1); offline nothing is sent.
    const std::optional<Member> member = selectedMember();
    const bool changeable = member && member->role != Role::Owner && member->id != m_userId;
    m_changeRole->setEnabled(changeable);
    m_remove->setEnabled(changeable);
    m_add->setEnabled(!m_showingSaved);
    if (changeable)
        m_roleChooser->setCurrentIndex(m_roleChooser->findData(roleToApi(member->role)));
}

AddMemberDialog *UsersPage::addMemberDialog() const
{
    return m_addDialog;
}

QMessageBox *UsersPage::confirmation() const
{
    return m_confirmation;
}

void UsersPage::openAddMember()
{
    if (!m_add)
        return;
    auto *dialog = new AddMemberDialog(m_api, m_projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddMemberDialog::memberAdded, this, [this](const NewMember &member, const QString &token) {
        if (!token.isEmpty()) {
            m_invitations.append(tr("%1 (%2)").arg(member.email, roleDisplayName(member.role)));
            showInvitations();
        }
        refresh();
    });
    m_addDialog = dialog;
    dialog->open();
}

void UsersPage::showInvitations()
{
    if (!m_invitationList)
        return;
    m_invitationList->setVisible(!m_invitations.isEmpty());
    m_invitationList->setText(tr("Invitations sent from this window, not accepted yet as far as it knows: %1")
                                  .arg(m_invitations.join(QStringLiteral(", "))));
}

void UsersPage::confirm(const QString &question, const QString &action, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Users"), question, QMessageBox::Ok | QMessageBox::Cancel, this);
    box->button(QMessageBox::Ok)->setText(action);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [onConfirmed = std::move(onConfirmed)](int result) {
        if (result == QMessageBox::Ok)
            onConfirmed();
    });
    m_confirmation = box;
    box->open();
}

void UsersPage::watchChange(NoContentJob *job, const QString &done)
{
    m_status->showLoading(tr("Saving…"));
    connect(job, &NoContentJob::finished, this, [this, done](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            // 403 when the role is no longer Owner's, 422 for the owner's own row: as the server says.
            m_status->showError(messageWithDetail(result.error));
            return;
        }
        m_doneNotice = done;
        m_model->reload();
    });
}

void UsersPage::changeSelectedRole()
{
    const std::optional<Member> member = selectedMember();
    if (!m_changeRole || !member)
        return;
    const Role role = roleFromApi(m_roleChooser->currentData().toString());
    const QString who = member->name.isEmpty() ? member->email : member->name;
    confirm(tr("Change the role of %1 from %2 to %3?").arg(who, roleDisplayName(member->role), roleDisplayName(role)),
            tr("Change role"), [this, id = member->id, who, role] {
                watchChange(m_api->changeMemberRole(m_projectId, id, role),
                            tr("%1 is now %2.").arg(who, roleDisplayName(role)));
            });
}

void UsersPage::removeSelected()
{
    const std::optional<Member> member = selectedMember();
    if (!m_remove || !member)
        return;
    const QString who = member->name.isEmpty() ? member->email : member->name;
    confirm(tr("Remove %1 from the project? They will no longer see it.").arg(who), tr("Remove"),
            [this, id = member->id, who] {
                watchChange(m_api->removeMember(m_projectId, id), tr("%1 was removed from the project.").arg(who));
            });
}

void UsersPage::retranslate()
{
    m_model->retranslate(); // role names and "(you)": rows and selection stay
    showInvitations();
    if (m_showingSaved)
        m_status->showInfo(tr("Offline: the members saved on this computer."));
}

void UsersPage::refresh()
{
    m_model->reload();
}

void UsersPage::setOfflineController(OfflineController *offline)
{
    m_offline = offline;
    connect(offline->monitor(), &ConnectivityMonitor::offlineChanged, this, [this](bool offlineNow) {
        if (!offlineNow)
            refresh(); // the server's list again
        else if (m_model->rowCount() == 0 || !m_model->errorString().isEmpty())
            showSavedList();
    });
    if (offline->monitor()->isOffline())
        showSavedList();
}

bool UsersPage::showSavedList()
{
    if (!m_offline || !m_offline->monitor()->isOffline() || !m_offline->cache())
        return false;
    const QList<Member> saved = m_offline->cache()->users();
    if (saved.isEmpty())
        return false;
    m_model->showSaved(saved);
    m_showingSaved = true;
    m_status->showInfo(tr("Offline: the members saved on this computer."));
    setContentReady();
    return true;
}
