// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "ConnectivityMonitor.h"
#include "Icons.h"
#include "OfflineCache.h"
#include "OfflineController.h"
#include "StatusPanel.h"
#include "Theme.h"
#include "UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(ApiClient *api, ProjectMembership project, UserInfo user, QWidget *parent)
    : Page(parent)
    , m_model(new UsersModel(api, this))
    , m_view(new QTableView(this))
    , m_status(new StatusPanel(this))
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
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

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
        setContentReady();
    });
    m_model->setProject(project.id, user.id);
}

void UsersPage::retranslate()
{
    m_model->retranslate(); // role names and "(you)": rows and selection stay
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
