// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectChooserPage.h"

#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ProjectChooserPage::ProjectChooserPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMinimumWidth(460);
    card->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    auto *title = new QLabel(card);
    Theme::makeTitle(title);
    auto *subtitle = new QLabel(card);
    Theme::makeSecondary(subtitle);
    m_list->setIconSize(QSize(28, 28));
    m_list->setSpacing(2);
    m_list->setMinimumHeight(220);
    Theme::makeSecondary(m_empty);
    m_empty->hide();
    auto *signOut = new QPushButton(card);
    m_texts.add([=, this] {
        m_open->setText(tr("&Open project"));
        title->setText(tr("Choose a project"));
        subtitle->setText(tr("You are a member of several projects. Your role decides what you see in each."));
        m_list->setAccessibleName(tr("Projects"));
        m_empty->setText(tr("You are not a member of any project yet. Ask the project's Owner to add you."));
        signOut->setText(tr("Sign &out"));
    });
    m_open->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &ProjectChooserPage::choose);
    connect(m_list, &QListWidget::itemActivated, this, &ProjectChooserPage::choose);
    connect(signOut, &QPushButton::clicked, this, &ProjectChooserPage::signOutRequested);
}

void ProjectChooserPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    // The role names in the list; the project picked stays picked.
    const QListWidgetItem *current = m_list->currentItem();
    setProjects(m_projects, current ? current->data(Qt::UserRole).toString() : QString());
}

void ProjectChooserPage::setProjects(const QList<ProjectMembership> &projects, const QString &preselectedId)
{
    m_projects = projects;
    m_list->clear();
    for (const ProjectMembership &project : projects) {
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("project"), palette()),
                                         tr("%1\n%2").arg(project.name, roleDisplayName(project.role)), m_list);
        item->setData(Qt::UserRole, project.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, role %2").arg(project.name, roleDisplayName(project.role)));
        if (project.id == preselectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(projects.isEmpty());
    m_list->setVisible(!projects.isEmpty());
    m_open->setEnabled(!projects.isEmpty());
    m_list->setFocus();
}

void ProjectChooserPage::choose()
{
    if (QListWidgetItem *item = m_list->currentItem())
        emit projectChosen(item->data(Qt::UserRole).toString());
}
