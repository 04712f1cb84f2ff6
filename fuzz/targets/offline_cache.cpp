// SPDX-License-Identifier: GPL-3.0-or-later
// The offline cache's stored pages (app/cache/OfflineCache, issue 15): an answer of the server is
// decoded as the client decodes it (a balances answer, a transactions page) and kept in the cache,
// then read back the ways the Balance page and the statement export read it. Input: an answer body.
// Invariants: a page is kept whole exactly when every row has a numeric id and a statement balance
// (R25, R3: no referral rows), else nothing is written; every kept row reads back with the same id,
// instant, names, amounts and description; balances read back with the same figures.
// The cache lives in one file (on /dev/shm when there is one), started afresh every 4096 pages.
#include "FuzzTarget.h"

#include "ApiTypes.h"
#include "OfflineCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

namespace {

class CacheFile
{
public:
    CacheFile()
    {
        // Only the file goes at exit: Qt SQL's own globals are gone by then, so the cache object
        // is left to the process's end (still reachable: no leak report).
        static const std::string path = m_path.toStdString();
        std::atexit([] { std::remove(path.c_str()); });
    }
    OfflineCache &get()
    {
        if (!m_cache || ++m_uses > 4096) {
            m_cache.reset();
            QFile::remove(m_path);
            m_cache = std::make_unique<OfflineCache>(m_path);
            const OfflineCache::OpenResult opened = m_cache->open(Role::Owner);
            FUZZ_CHECK(opened == OfflineCache::OpenResult::Created || opened == OfflineCache::OpenResult::Opened);
            m_uses = 0;
        }
        return *m_cache;
    }

private:
    QString m_path = (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath())
                     + QStringLiteral("/cabinet-fuzz-cache-%1.sqlite").arg(QCoreApplication::applicationPid());
    std::unique_ptr<OfflineCache> m_cache;
    int m_uses = 0;
};

bool isStatementBalance(const QString &balance)
{
    return balance == QLatin1String("main") || balance == QLatin1String("bonus") || balance == QLatin1String("credit");
}

void checkPage(OfflineCache &cache, const ListPage<Transaction> &page)
{
    bool keepable = true;
    QHash<qint64, Transaction> last; // a repeated id: the last row of the page wins (INSERT OR REPLACE)
    for (const Transaction &entry : page.items) {
        bool numeric = false;
        const qint64 id = entry.id.toLongLong(&numeric);
        keepable = keepable && numeric && isStatementBalance(entry.balance);
        if (numeric)
            last.insert(id, entry);
    }
    const qint64 countBefore = cache.transactionCount();
    const bool stored = cache.storeTransactions(page.items);
    FUZZ_CHECK(stored == keepable);
    if (!stored) {
        FUZZ_CHECK(cache.transactionCount() == countBefore);
        return;
    }
    const QStringList balances{QStringLiteral("main"), QStringLiteral("bonus"), QStringLiteral("credit")};
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const Transaction &entry = it.value();
        const qint64 atMs = entry.at.toMSecsSinceEpoch();
        if (it.key() == std::numeric_limits<qint64>::min() || atMs == std::numeric_limits<qint64>::max())
            continue;
        const QList<Transaction> back = cache.entriesAfter(atMs, it.key() - 1, entry.at.addMSecs(1), balances, 1);
        FUZZ_CHECK(back.size() == 1);
        const Transaction &kept = back.first();
        FUZZ_CHECK(kept.id == QString::number(it.key()));
        FUZZ_CHECK(kept.at == entry.at);
        FUZZ_CHECK(kept.kind == entry.kind);
        FUZZ_CHECK(kept.category == entry.category);
        FUZZ_CHECK(kept.balance == entry.balance);
        FUZZ_CHECK(kept.amount == entry.amount);
        FUZZ_CHECK(kept.balanceAfter == entry.balanceAfter);
        FUZZ_CHECK(kept.description == entry.description);
    }
}

void checkBalances(OfflineCache &cache, const Balances &balances)
{
    const QDateTime fetchedAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    FUZZ_CHECK(cache.storeBalances(balances, fetchedAt));
    const auto kept = cache.balances();
    FUZZ_CHECK(kept.has_value());
    FUZZ_CHECK(kept->balances.currency == balances.currency);
    FUZZ_CHECK(kept->balances.main == balances.main && kept->balances.bonus == balances.bonus);
    FUZZ_CHECK(kept->balances.credit.granted == balances.credit.granted);
    FUZZ_CHECK(kept->balances.credit.available == balances.credit.available);
    FUZZ_CHECK(kept->balances.credit.used == balances.credit.used);
    FUZZ_CHECK(kept->balances.credit.dueAt == balances.credit.dueAt);
    FUZZ_CHECK(kept->fetchedAt == fetchedAt);
}

} // namespace

CABINET_FUZZ_TARGET(offline_cache)
{
    fuzz::ensureApplication();
    static CacheFile *const file = new CacheFile;
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    if (const auto page = parsePage<Transaction>(document))
        checkPage(file->get(), *page);
    if (const auto balances = Balances::fromJson(document.object()))
        checkBalances(file->get(), *balances);
    return 0;
}
