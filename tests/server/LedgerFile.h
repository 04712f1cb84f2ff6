// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// The server's SQLite file, opened read-only for facts no route shows.
class LedgerFile
{
public:
    explicit LedgerFile(const QString &path)
        : m_name(QStringLiteral("ledger-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = QFileInfo::exists(path) && db.open();
    }
    ~LedgerFile() { QSqlDatabase::removeDatabase(m_name); }
    LedgerFile(const LedgerFile &) = delete;
    LedgerFile &operator=(const LedgerFile &) = delete;

    bool isOpen() const { return m_open; }
    // The first column of the first row; nothing when the query fails or has no row.
    std::optional<qint64> integer(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    }

private:
    QString m_name;
    bool m_open = false;
};
