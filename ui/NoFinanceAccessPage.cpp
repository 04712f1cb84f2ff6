// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoFinanceAccessPage.h"

#include "Icons.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

NoFinanceAccessPage::NoFinanceAccessPage(const ProjectMembership &project, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("lock"), palette()).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    auto *title = new QLabel(this);
    Theme::makeTitle(title);
    title->setAlignment(Qt::AlignHCenter);
    auto *text = new QLabel(this);
    m_texts.add([=, this] {
        setAccessibleName(tr("No access to finances"));
        title->setText(tr("No access to finances"));
        text->setText(tr("Your role in %1 is %2. Balances, top-ups, credit and the referral program are "
                         "available to the project's Owner and Administrators.\nAsk the Owner of the project "
                         "if you need access. You can still see the project's members under Users.")
                          .arg(project.name, roleDisplayName(project.role)));
    });
    Theme::makeSecondary(text);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(560);
    // Centred by stretches, not by an alignment flag: a word-wrapped label only gets the
    // height it needs for its width when the layout sizes it.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(text, 10);
    centred->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addLayout(centred);
    layout->addStretch(2);
    setContentReady();
}
