// SPDX-License-Identifier: GPL-3.0-or-later
// The client's item models under QAbstractItemModelTester, filled from the real server:
// the history pages lazily (one server page per fetchMore, one insert per page), filters are
// applied by the server, and the members list marks the signed-in user (R4, R26).
#include "ClientTestSupport.h"
#include "TransactionsModel.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSet>
#include <QSignalSpy>

class TestModels : public QObject
{
    Q_OBJECT

private:
    static constexpr int BusyRows = 1500;
    std::unique_ptr<ServerProcess> m_server;
    ApiClient m_api;
    std::optional<MeAnswer> m_me;
    QString m_busyProject;
    QString m_mainProject;

    // Asks for the next page and waits until it is in the model.
    static bool fetchNextPage(TransactionsModel &model)
    {
        if (!model.canFetchMore({}))
            return false;
        QSignalSpy loaded(&model, &TransactionsModel::pageLoaded);
        model.fetchMore({});
        return loaded.wait(20000);
    }

private slots:
    void initTestCase()
    {
        m_server = Demo::startServer(BusyRows);
        QVERIFY2(m_server->baseUrl().isValid(), qPrintable(m_server->errorString()));
        m_api.setBaseUrl(m_server->baseUrl());
        m_me = signInApi(m_api, Demo::OwnerEmail, Demo::OwnerPassword);
        QVERIFY(m_me);
        m_busyProject = projectIdByName(*m_me, Demo::BusyProject);
        m_mainProject = projectIdByName(*m_me, Demo::MainProject);
    }

    // Without a tester, so that only the test calls fetchMore(): one server page per call.
    void r26_historyPagesLazilyOneInsertPerPage()
    {
        TransactionsModel model(&m_api);
        model.setPageSize(100);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &TransactionsModel::pageLoaded);
        model.setProject(m_busyProject);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(inserts.count(), 1);
        QVERIFY(model.canFetchMore({}));

        QVERIFY(fetchNextPage(model));
        QVERIFY(fetchNextPage(model));
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(inserts.count(), 3);
        QCOMPARE(inserts.at(1).at(1).toInt(), 100); // appended after the first page
        QCOMPARE(inserts.at(1).at(2).toInt(), 199);

        // Money columns are right-aligned and carry the exact minor units.
        const QModelIndex amount = model.index(0, TransactionsModel::AmountColumn);
        QVERIFY(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QCOMPARE(amount.data(TransactionsModel::AmountRole).toLongLong(), model.transactionAt(0).amount);
    }

    // The tester calls fetchMore() itself after every change, so it walks the whole history.
    void historyUnderModelTester_fetchesAcrossAllPages()
    {
        TransactionsModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(200);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &TransactionsModel::pageLoaded);
        model.setProject(m_busyProject);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), 60000);
        QVERIFY(model.errorString().isEmpty());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.rowCount() >= BusyRows);
        QVERIFY(loaded.count() > 1);
        QCOMPARE(inserts.count(), int((model.rowCount() + 199) / 200)); // one insert per page

        QSet<QString> ids;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Transaction &entry = model.transactionAt(row);
            QVERIFY(!ids.contains(entry.id));
            ids.insert(entry.id);
            if (previous.isValid())
                QVERIFY(entry.at <= previous); // newest first, across page boundaries too
            previous = entry.at;
            QVERIFY(!model.index(row, TransactionsModel::BalanceColumn).data().toString().isEmpty()); // R26
        }
    }

    void historyFiltersResetAndRefetch()
    {
        TransactionsModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TransactionsModel::pageLoaded);
        model.setProject(m_mainProject);
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), 30000);
        const int unfiltered = model.rowCount();

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        TransactionFilter filter;
        filter.kind = QStringLiteral("topup");
        model.setFilter(filter);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0); // old rows are gone at once, never mixed with filtered ones
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), 30000);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < unfiltered);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(TransactionsModel::KindRole).toString(), QStringLiteral("topup"));

        model.setFilter(filter); // the same filter: nothing to do
        QCOMPARE(resets.count(), 1);
    }

    void negativeAmountsAreColouredWhenColoursAreSet()
    {
        TransactionsModel model(&m_api);
        QSignalSpy loaded(&model, &TransactionsModel::pageLoaded);
        model.setProject(m_mainProject);
        QVERIFY(loaded.wait(20000));
        model.setAmountColors(Qt::red, Qt::darkGreen);
        bool sawNegative = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex amount = model.index(row, TransactionsModel::AmountColumn);
            const qint64 value = amount.data(TransactionsModel::AmountRole).toLongLong();
            if (value < 0) {
                sawNegative = true;
                QCOMPARE(amount.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
                QVERIFY(amount.data().toString().startsWith(QLocale().negativeSign()));
            }
        }
        QVERIFY(sawNegative);
    }

    void r4_usersModelMarksTheSignedInUser()
    {
        UsersModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &UsersModel::loaded);
        model.setProject(m_mainProject, m_me->user.id);
        QVERIFY(loaded.wait(20000));
        QVERIFY(model.rowCount() >= 6); // the demo project has all five roles
        int marked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex name = model.index(row, UsersModel::NameColumn);
            if (!name.data(UsersModel::IsCurrentUserRole).toBool())
                continue;
            ++marked;
            QVERIFY(name.data().toString().contains(QLatin1String("(you)")));
            QVERIFY(name.data(Qt::FontRole).value<QFont>().bold());
            QCOMPARE(model.index(row, UsersModel::EmailColumn).data().toString(), Demo::OwnerEmail);
            QCOMPARE(model.index(row, UsersModel::RoleColumn).data().toString(), roleDisplayName(Role::Owner));
        }
        QCOMPARE(marked, 1);
    }

    void usersModelReportsAnError()
    {
        UsersModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &UsersModel::loadFailed);
        model.setProject(QStringLiteral("999999"), m_me->user.id);
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
