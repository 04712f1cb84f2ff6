// SPDX-License-Identifier: GPL-3.0-or-later
// The session token's storage: the system keyring when one answers, otherwise a memory-only
// fallback that says so (isPersistent() == false) so the UI can warn the user.
#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <utility>

namespace {

// A keyring that is installed but never answers successfully (headless machine).
class BrokenKeyring : public SecretStore
{
public:
    bool isPersistent() const override { return m_persistent; }
    void readSecret(const QString &, QObject *context, ReadCallback done) override
    {
        fail();
        QTimer::singleShot(0, context, [done] { done(std::nullopt); });
    }
    void writeSecret(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        fail();
        QTimer::singleShot(0, context, [done] { done(false); });
    }
    void deleteSecret(const QString &) override {}

private:
    void fail()
    {
        if (std::exchange(m_persistent, false))
            emit persistenceChanged(false);
    }
    bool m_persistent = true;
};

std::optional<QString> readNow(SecretStore &store, const QString &key)
{
    std::optional<QString> result;
    bool done = false;
    QObject context;
    store.readSecret(key, &context, [&](const std::optional<QString> &secret) {
        result = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the secret store");
    return result;
}

bool writeNow(SecretStore &store, const QString &key, const QString &value)
{
    bool stored = false;
    bool done = false;
    QObject context;
    store.writeSecret(key, value, &context, [&](bool ok) {
        stored = ok;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("no answer from the secret store");
    return stored;
}

bool expectRealKeyring()
{
    return qEnvironmentVariableIsSet("CABINET_EXPECT_KEYRING");
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStore_keepsSecretsForThisRunOnly()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!readNow(store, QStringLiteral("token")).has_value());
        QVERIFY(writeNow(store, QStringLiteral("token"), QStringLiteral("abc")));
        QCOMPARE(readNow(store, QStringLiteral("token")), std::optional<QString>(QStringLiteral("abc")));
        store.deleteSecret(QStringLiteral("token"));
        QVERIFY(!readNow(store, QStringLiteral("token")).has_value());
    }

    void fallback_whenKeyringFails_keepsTokenInMemoryAndReportsNotPersistent()
    {
        auto *broken = new BrokenKeyring;
        FallbackSecretStore store(broken);
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        QVERIFY(store.isPersistent()); // not known to fail yet

        QVERIFY(!writeNow(store, QStringLiteral("token"), QStringLiteral("secret-1")));
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.count(), 1);
        QCOMPARE(persistence.first().first().toBool(), false);
        // Usable for the rest of this run although the keyring refused it.
        QCOMPARE(readNow(store, QStringLiteral("token")), std::optional<QString>(QStringLiteral("secret-1")));
        store.deleteSecret(QStringLiteral("token"));
        QVERIFY(!readNow(store, QStringLiteral("token")).has_value());
    }

    void fallback_readFailureAlone_revealsMissingKeyring()
    {
        FallbackSecretStore store(new BrokenKeyring);
        QVERIFY(!readNow(store, QStringLiteral("token")).has_value());
        QVERIFY(!store.isPersistent());
    }

    void keychain_withoutSecretService_isNotPersistent()
    {
        if (expectRealKeyring())
            QSKIP("a real keyring runs in this session (see the keyring test)");
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a desktop session may have a working keyring here");
        KeychainSecretStore store(QStringLiteral("UniTalk Cabinet tests"));
        QVERIFY(!writeNow(store, QStringLiteral("token"), QStringLiteral("x")));
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.lastError().isEmpty());
    }

    void keychain_realKeyring_storesReadsAndDeletes()
    {
        if (!expectRealKeyring())
            QSKIP("needs run-with-keyring.sh (dbus-run-session + gnome-keyring-daemon)");
        KeychainSecretStore keychain(QStringLiteral("UniTalk Cabinet tests"));
        const QString key = QStringLiteral("token http://127.0.0.1:1");
        QVERIFY(!readNow(keychain, key).has_value()); // an empty keyring: "not found" is no failure
        QVERIFY2(keychain.isPersistent(), qPrintable(keychain.lastError()));
        QVERIFY2(writeNow(keychain, key, QStringLiteral("token-value-ü")), qPrintable(keychain.lastError()));
        QCOMPARE(readNow(keychain, key), std::optional<QString>(QStringLiteral("token-value-ü")));

        // A second store object (as after a restart of the application) finds it too.
        KeychainSecretStore again(QStringLiteral("UniTalk Cabinet tests"));
        QCOMPARE(readNow(again, key), std::optional<QString>(QStringLiteral("token-value-ü")));

        keychain.deleteSecret(key);
        QVERIFY(QTest::qWaitFor([&] { return !readNow(again, key).has_value(); }, 5000));
        QVERIFY(again.isPersistent());

        FallbackSecretStore fallback(new KeychainSecretStore(QStringLiteral("UniTalk Cabinet tests")));
        QVERIFY(writeNow(fallback, key, QStringLiteral("kept")));
        QVERIFY(fallback.isPersistent());
        fallback.deleteSecret(key);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
