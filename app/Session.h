// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiClient;
class ApiJob;
class SecretStore;

// Who is signed in to which server, their projects with roles, and the current project.
// The server address and the last project are remembered in QSettings; the token only in the
// SecretStore. Any 401 on an authenticated request ends the session (signedOut), so the UI
// returns to sign-in.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(ApiClient *api, SecretStore *secrets, QObject *parent = nullptr);

    ApiClient *api() const { return m_api; }
    SecretStore *secrets() const { return m_secrets; }

    // Accepts what a user types ("cabinet.example:8443", "https://cabinet.example/"); without a scheme
    // it means https. Invalid, or plain http to anything but this computer (ApiClient::isAllowedServerUrl)
    // -> empty QUrl, with the translated reason in *refusal.
    static QUrl normalizeServerUrl(const QString &text, QString *refusal = nullptr);
    QUrl serverUrl() const;         // the remembered address
    void setServerUrl(const QUrl &url); // remembers it
    QString lastEmail() const;

    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return !m_pending.isNull(); }
    UserInfo user() const { return m_user; }
    QList<ProjectMembership> projects() const { return m_projects; }
    std::optional<ProjectMembership> currentProject() const;
    void setCurrentProject(const QString &projectId);

    void signIn(const QUrl &server, const QString &email, const QString &password);
    // Accepts an invitation (R32): sets the name and password, and signs in like signIn().
    void acceptInvitation(const QUrl &server, const QString &token, const QString &name, const QString &password);
    // Reads /me again; emits projectsChanged when the projects or roles differ from what the client
    // knew. Runs by itself when a project route answers 403 or 404 (a role changed, R32).
    void refreshProfile();
    // Signs in again with a token kept by the SecretStore; emits restoreFinished either way.
    void restore();
    // Opens the remembered user's session without the server (R25), from a profile the offline
    // cache kept; the token stays set for when the server returns (a 401 then ends the session).
    // Call it on restoreUnreachable(); emits signedIn.
    void openOffline(const MeAnswer &profile);
    void signOut();

signals:
    void busyChanged(bool busy);
    void signedIn();
    void signInFailed(const QString &message);
    void restoreFinished(bool signedIn);
    // restore() had a token but the server could not be reached; restoreFinished follows.
    void restoreUnreachable();
    // reason is empty when the user signed out, a translated message when the server ended the session.
    void signedOut(const QString &reason);
    void currentProjectChanged();
    // refreshProfile() found other projects or roles: the navigation is rebuilt from them.
    void projectsChanged();

private:
    // StartJob: () -> a job whose finished() carries ApiResult<LoginAnswer>.
    template<typename StartJob>
    void startSignIn(const QUrl &server, StartJob startJob, bool withDetail);
    void loadProfile(bool restoring);
    void adoptProfile(const MeAnswer &me);
    void finishSignIn(const MeAnswer &me, bool restoring);
    void failSignIn(const QString &message, bool restoring);
    void onAuthenticationRequired();
    void setPending(ApiJob *job);
    void clearSession();
    QString tokenKey() const;

    ApiClient *m_api;
    SecretStore *m_secrets;
    QPointer<ApiJob> m_pending;
    QPointer<ApiJob> m_profileRefresh;
    bool m_signedIn = false;
    bool m_offlineStart = false; // opened by openOffline(), not by an answer of the server
    UserInfo m_user;
    QList<ProjectMembership> m_projects;
    QString m_currentProjectId;
};
