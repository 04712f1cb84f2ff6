// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>
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

    // Every value of every column of every table, as text (for "this never appears anywhere").
    QStringList allValues() const
    {
        QStringList values;
        const QSqlDatabase db = QSqlDatabase::database(m_name);
        for (const QString &table : db.tables()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                continue;
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    values.append(query.value(column).toString());
            }
        }
        return values;
    }
    // The text values of the first column.
    QStringList texts(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql)) {
            while (query.next())
                values.append(query.value(0).toString());
        }
        return values;
    }

private:
    QString m_name;
    bool m_open = false;
};
