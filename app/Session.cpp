// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "ApiClient.h"
#include "ErrorText.h"
#include "SecretStore.h"

#include <QSettings>

#include <algorithm>
#include <type_traits>

namespace {
const QString ServerUrlSetting = QStringLiteral("session/serverUrl");
const QString EmailSetting = QStringLiteral("session/email");
const QString ProjectSetting = QStringLiteral("session/project");
} // namespace

Session::Session(ApiClient *api, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
{
    m_api->setBaseUrl(serverUrl());
    connect(m_api, &ApiClient::authenticationRequired, this, &Session::onAuthenticationRequired);
    connect(m_api, &ApiClient::projectAccessRefused, this, &Session::refreshProfile);
}

QUrl Session::normalizeServerUrl(const QString &text, QString *refusal)
{
    const auto refuse = [refusal](const QString &reason) {
        if (refusal)
            *refusal = reason;
        return QUrl();
    };
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (text.trimmed().isEmpty() || !url.isValid() || !web || url.host().isEmpty())
        return refuse(tr("Enter the server address, for example https://cabinet.example.com."));
    if (!ApiClient::isAllowedServerUrl(url))
        return refuse(tr("Plain http:// sends your password and session unencrypted, so it is allowed only for "
                         "this computer (localhost). Use https://%1 instead.")
                          .arg(url.authority()));
    QUrl normalized = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath(QString()); // "https://host/" and "https://host" are one server
    return normalized;
}

QUrl Session::serverUrl() const
{
    return QUrl(QSettings().value(ServerUrlSetting).toString());
}

void Session::setServerUrl(const QUrl &url)
{
    QSettings().setValue(ServerUrlSetting, url.toString());
    m_api->setBaseUrl(url);
}

QString Session::lastEmail() const
{
    return QSettings().value(EmailSetting).toString();
}

std::optional<ProjectMembership> Session::currentProject() const
{
    for (const ProjectMembership &project : m_projects) {
        if (project.id == m_currentProjectId)
            return project;
    }
    return std::nullopt;
}

void Session::setCurrentProject(const QString &projectId)
{
    if (projectId == m_currentProjectId)
        return;
    const bool member = std::any_of(m_projects.cbegin(), m_projects.cend(),
                                    [&](const ProjectMembership &p) { return p.id == projectId; });
    if (!member)
        return;
    m_currentProjectId = projectId;
    QSettings().setValue(ProjectSetting, projectId);
    emit currentProjectChanged();
}

QString Session::tokenKey() const
{
    return QStringLiteral("token ") + m_api->baseUrl().toString();
}

void Session::setPending(ApiJob *job)
{
    const bool wasBusy = isBusy();
    m_pending = job;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password)
{
    QSettings().setValue(EmailSetting, email);
    startSignIn(server, [&] { return m_api->login(email, password); }, false);
}

void Session::acceptInvitation(const QUrl &server, const QString &token, const QString &name, const QString &password)
{
    // A refused invitation says why (used, expired, a short password: the server's detail, 422).
    startSignIn(server, [&] { return m_api->acceptInvitation(token, name, password); }, true);
}

// A login and an accepted invitation answer alike: a token, then the profile is read.
template<typename StartJob>
void Session::startSignIn(const QUrl &server, StartJob startJob, bool withDetail)
{
    if (m_pending)
        m_pending->abort();
    clearSession();
    setServerUrl(server);
    auto *job = startJob();
    connect(job, &std::remove_pointer_t<decltype(job)>::finished, this, [this, withDetail](const ApiResult<LoginAnswer> &result) {
        setPending(nullptr);
        if (!result.ok()) {
            failSignIn(withDetail ? messageWithDetail(result.error) : result.error.message, false);
            return;
        }
        m_api->setToken(result.value->token);
        loadProfile(false);
    });
    setPending(job);
}

void Session::restore()
{
    if (m_pending || m_signedIn || !m_api->baseUrl().isValid()) {
        emit restoreFinished(m_signedIn);
        return;
    }
    m_secrets->readSecret(tokenKey(), this, [this](const std::optional<QString> &token) {
        if (!token || token->isEmpty() || m_pending || m_signedIn) {
            emit restoreFinished(m_signedIn);
            return;
        }
        m_api->setToken(*token);
        loadProfile(true);
    });
}

void Session::loadProfile(bool restoring)
{
    MeJob *job = m_api->me();
    connect(job, &MeJob::finished, this, [this, restoring](const ApiResult<MeAnswer> &result) {
        setPending(nullptr);
        if (!result.ok() && restoring && result.error.kind != ApiError::Kind::Http) {
            // The server cannot be reached (offline, R25): keep the token for when it returns, and
            // let the window open the cached workspace (openOffline) if it has one.
            emit restoreUnreachable();
            if (!m_signedIn)
                m_api->setToken({});
            emit restoreFinished(m_signedIn);
            return;
        }
        if (!result.ok()) {
            failSignIn(result.error.message, restoring);
            return;
        }
        finishSignIn(*result.value, restoring);
    });
    setPending(job);
}

void Session::refreshProfile()
{
    if (!m_signedIn || m_profileRefresh || m_api->token().isEmpty())
        return;
    MeJob *job = m_api->me();
    m_profileRefresh = job;
    connect(job, &MeJob::finished, this, [this](const ApiResult<MeAnswer> &result) {
        if (result.ok() && m_signedIn)
            adoptProfile(*result.value);
    });
}

void Session::adoptProfile(const MeAnswer &me)
{
    const auto sameProjects = [](const QList<ProjectMembership> &a, const QList<ProjectMembership> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
            return x.id == y.id && x.name == y.name && x.role == y.role;
        });
    };
    if (sameProjects(m_projects, me.projects))
        return; // a 403/404 for another reason (a deleted card, an unknown target): nothing to rebuild
    m_projects = me.projects;
    if (!currentProject())
        m_currentProjectId = m_projects.isEmpty() ? QString() : m_projects.first().id;
    emit projectsChanged();
}

void Session::openOffline(const MeAnswer &profile)
{
    m_offlineStart = true;
    finishSignIn(profile, true);
}

void Session::finishSignIn(const MeAnswer &me, bool restoring)
{
    m_user = me.user;
    m_projects = me.projects;
    m_signedIn = true;
    const QString remembered = QSettings().value(ProjectSetting).toString();
    const bool rememberedIsMember = std::any_of(m_projects.cbegin(), m_projects.cend(),
                                                [&](const ProjectMembership &p) { return p.id == remembered; });
    m_currentProjectId = rememberedIsMember ? remembered
                                            : (m_projects.isEmpty() ? QString() : m_projects.first().id);
    if (!restoring)
        m_secrets->writeSecret(tokenKey(), m_api->token(), this, [](bool) {});
    emit signedIn();
    if (restoring && !m_offlineStart)
        emit restoreFinished(true);
}

void Session::failSignIn(const QString &message, bool restoring)
{
    m_api->setToken({});
    if (restoring) {
        // An expired or revoked token: forget it quietly, the user simply signs in again.
        m_secrets->deleteSecret(tokenKey());
        emit restoreFinished(false);
        return;
    }
    emit signInFailed(message);
}

void Session::signOut()
{
    if (m_pending)
        m_pending->abort();
    setPending(nullptr);
    if (!m_api->token().isEmpty())
        m_api->logout(); // best effort: the local session ends whatever the server answers
    m_secrets->deleteSecret(tokenKey());
    clearSession();
    emit signedOut({});
}

void Session::onAuthenticationRequired()
{
    if (!m_signedIn)
        return;
    m_secrets->deleteSecret(tokenKey());
    clearSession();
    emit signedOut(tr("Your session has ended. Please sign in again."));
}

void Session::clearSession()
{
    m_api->setToken({});
    m_signedIn = false;
    m_offlineStart = false;
    m_user = {};
    m_projects.clear();
    m_currentProjectId.clear();
}
