// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where the session token is kept between runs. Asynchronous, because system keyrings are.
// Callbacks run on the context object's thread and never if the context is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const std::optional<QString> &secret)>;
    using WriteCallback = std::function<void(bool stored)>;

    using QObject::QObject;

    // True when secrets survive a restart of the application.
    virtual bool isPersistent() const = 0;
    virtual void readSecret(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    virtual void deleteSecret(const QString &key) = 0;

signals:
    void persistenceChanged(bool persistent);
};

// Keeps secrets in memory for this run only: the fallback when no system keyring answers.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return false; }
    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void deleteSecret(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

// The system keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Store) via QtKeychain.
// isPersistent() turns false as soon as the keyring fails for a reason other than "no such entry".
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    bool isPersistent() const override { return m_available; }
    QString lastError() const { return m_lastError; }
    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void deleteSecret(const QString &key) override;

private:
    void markUnavailable(const QString &error);

    QString m_service;
    bool m_available = true;
    QString m_lastError;
};

// What the application uses: the keyring when it answers, otherwise the memory store for this
// run (the UI then shows "No system keyring: you will need to sign in again next time").
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    bool isPersistent() const override { return m_primary->isPersistent(); }
    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void deleteSecret(const QString &key) override;

private:
    SecretStore *m_primary;
    MemorySecretStore m_memory;
};
