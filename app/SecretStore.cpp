// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace {
constexpr std::chrono::seconds KeyringReadTimeout{3};
} // namespace

void MemorySecretStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    std::optional<QString> secret;
    if (m_secrets.contains(key))
        secret = m_secrets.value(key);
    QTimer::singleShot(0, context, [done = std::move(done), secret] { done(secret); });
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                    WriteCallback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(true); });
}

void MemorySecretStore::deleteSecret(const QString &key)
{
    m_secrets.remove(key);
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::markUnavailable(const QString &error)
{
    m_lastError = error;
    if (!m_available)
        return;
    m_available = false;
    emit persistenceChanged(false);
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    // The first answer wins: the keyring's, or the timeout's. A session bus whose Secret Service
    // never answers (broken keyring daemon) makes QtKeychain wait for D-Bus activation's 25 s
    // timeout; the start of the application must not wait that long (measured: a working
    // gnome-keyring answers in about 40 ms, started by D-Bus activation included).
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, context, [this, job, done, answered] {
        if (std::exchange(*answered, true))
            return;
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            markUnavailable(job->errorString());
        done(std::nullopt);
    });
    QTimer::singleShot(KeyringReadTimeout, context, [this, done, answered] {
        if (std::exchange(*answered, true))
            return;
        markUnavailable(tr("The system keyring did not answer."));
        done(std::nullopt);
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [this, job, done = std::move(done)] {
        const bool stored = job->error() == QKeychain::NoError;
        if (!stored)
            markUnavailable(job->errorString());
        done(stored);
    });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
{
    m_primary->setParent(this);
    connect(m_primary, &SecretStore::persistenceChanged, this, &SecretStore::persistenceChanged);
}

void FallbackSecretStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    // A secret written during this run wins: it is the newest even when the keyring failed.
    m_memory.readSecret(key, context, [this, key, context, done = std::move(done)](const auto &secret) {
        if (secret)
            done(secret);
        else
            m_primary->readSecret(key, context, done);
    });
}

void FallbackSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      WriteCallback done)
{
    m_memory.writeSecret(key, secret, context, [](bool) {});
    // The value is usable for this run either way; "stored" tells whether it survives a restart.
    m_primary->writeSecret(key, secret, context, std::move(done));
}

void FallbackSecretStore::deleteSecret(const QString &key)
{
    m_memory.deleteSecret(key);
    m_primary->deleteSecret(key);
}
