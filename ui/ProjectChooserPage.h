// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "TranslatedTexts.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// After sign-in, when the user belongs to several projects: pick one; each shows the user's
// role in it (R4: one user, several projects, different roles).
class ProjectChooserPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectChooserPage(QWidget *parent = nullptr);

    void setProjects(const QList<ProjectMembership> &projects, const QString &preselectedId);
    QListWidget *list() const { return m_list; }

signals:
    void projectChosen(const QString &projectId);
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts;
    QList<ProjectMembership> m_projects; // as last set, to write their roles again in a new language
    void choose();

    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
};
