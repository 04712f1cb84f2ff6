// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationsModel.h"

#include "EventText.h"

#include <QFont>

#include <algorithm>

NotificationsModel::NotificationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NotificationsModel::reset(Role role, const QString &currency, qint64 lastReadId)
{
    beginResetModel();
    m_events.clear();
    m_role = role;
    m_currency = currency;
    m_lastReadId = lastReadId;
    endResetModel();
    emit unreadCountChanged(0);
}

QList<ProjectEvent> NotificationsModel::addEvents(const QList<ProjectEvent> &events)
{
    QList<ProjectEvent> added;
    const qint64 newest = m_events.isEmpty() ? -1 : m_events.first().id;
    for (const ProjectEvent &event : events) {
        if (event.isReferralEvent() && m_role != Role::Owner)
            continue; // R3
        if (event.id <= newest || std::any_of(added.cbegin(), added.cend(), [&](const ProjectEvent &e) { return e.id == event.id; }))
            continue;
        added.append(event);
    }
    if (added.isEmpty())
        return added;
    std::sort(added.begin(), added.end(), [](const ProjectEvent &a, const ProjectEvent &b) { return a.id > b.id; });
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_events = added + m_events;
    endInsertRows();
    if (m_events.size() > Capacity) {
        beginRemoveRows({}, Capacity, int(m_events.size()) - 1);
        m_events.resize(Capacity);
        endRemoveRows();
    }
    emit unreadCountChanged(unreadCount());
    std::reverse(added.begin(), added.end()); // oldest first, like the feed
    return added;
}

void NotificationsModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_events.isEmpty())
        emit dataChanged(index(0), index(int(m_events.size()) - 1));
}

void NotificationsModel::markAllRead()
{
    if (m_events.isEmpty() || m_events.first().id <= m_lastReadId)
        return;
    m_lastReadId = m_events.first().id;
    emit dataChanged(index(0), index(int(m_events.size()) - 1), {UnreadRole, Qt::FontRole});
    emit unreadCountChanged(0);
}

int NotificationsModel::unreadCount() const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [this](const ProjectEvent &event) { return event.id > m_lastReadId; }));
}

void NotificationsModel::retranslate()
{
    m_locale = QLocale();
    if (!m_events.isEmpty())
        emit dataChanged(index(0), index(int(m_events.size()) - 1));
}

int NotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(EventText::title(event) + QStringLiteral(" · ")
                       + m_locale.toString(event.at.toLocalTime(), QLocale::ShortFormat) + QLatin1Char('\n')
                       + EventText::message(event, m_currency, m_locale));
    case Qt::ToolTipRole:
        return m_locale.toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case Qt::FontRole: {
        QFont font;
        font.setBold(event.id > m_lastReadId); // unread
        return font;
    }
    case TitleRole:
        return EventText::title(event);
    case MessageRole:
        return EventText::message(event, m_currency, m_locale);
    case TimeRole:
        return event.at;
    case UnreadRole:
        return event.id > m_lastReadId;
    case TypeRole:
        return event.type;
    case IdRole:
        return event.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(MessageRole, "message");
    names.insert(TimeRole, "time");
    names.insert(UnreadRole, "unread");
    names.insert(TypeRole, "type");
    names.insert(IdRole, "eventId");
    return names;
}
