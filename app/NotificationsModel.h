// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Permissions.h"

#include <QAbstractListModel>
#include <QLocale>

// The events of the current project's feed (R31), newest first, for the bell's list: a title and
// a message in the interface language, the time, and whether it is unread. Events at or below
// lastReadId() count as read. An event of a type only the Owner may hold (withdrawal_*, R3) is
// refused for any other role, so it can never reach the list, however it came.
class NotificationsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole { TitleRole = Qt::UserRole + 1, MessageRole, TimeRole, UnreadRole, TypeRole, IdRole };
    // The list keeps this many; older ones fall off the end.
    static constexpr int Capacity = 200;

    explicit NotificationsModel(QObject *parent = nullptr);

    // Starts over for a project: no events, nothing unread.
    void reset(Role role, const QString &currency, qint64 lastReadId);
    // Adds the feed's events (oldest first, as the server sends them); returns those added.
    QList<ProjectEvent> addEvents(const QList<ProjectEvent> &events);
    void setCurrency(const QString &currency);
    void markAllRead();
    qint64 lastReadId() const { return m_lastReadId; }
    int unreadCount() const;
    const ProjectEvent &eventAt(int row) const { return m_events.at(row); }
    // The words in the interface language after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void unreadCountChanged(int count);

private:
    QList<ProjectEvent> m_events; // newest first
    Role m_role = Role::Unknown;
    QString m_currency = QStringLiteral("UAH");
    qint64 m_lastReadId = 0;
    QLocale m_locale;
};
