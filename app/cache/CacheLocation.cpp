// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace cabinet::cache {
namespace {

QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QString serverDir(const QUrl &server)
{
    return cacheRoot() + QLatin1Char('/') + hashed(server.adjusted(QUrl::StripTrailingSlash).toString());
}

QString lastUserFile(const QUrl &server)
{
    return serverDir(server) + QStringLiteral("/last-user.json");
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

QString cacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
}

bool makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QString root = QDir(cacheRoot()).absolutePath();
    bool ok = true;
    for (QString path = QDir(folder).absolutePath(); path.startsWith(root); path = QFileInfo(path).absolutePath()) {
        ok = QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) && ok;
        if (path == root)
            break;
    }
    return ok;
}

bool makePrivateFile(const QString &file)
{
    return QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString userCacheDir(const QUrl &server, const QString &userId)
{
    return serverDir(server) + QLatin1Char('/') + hashed(userId);
}

QString projectCacheFile(const QUrl &server, const QString &userId, const QString &projectId)
{
    return userCacheDir(server, userId) + QLatin1Char('/') + hashed(projectId) + QStringLiteral(".sqlite");
}

bool storeProfile(const QUrl &server, const MeAnswer &me)
{
    QJsonArray projects;
    for (const ProjectMembership &project : me.projects) {
        projects.append(QJsonObject{{QStringLiteral("id"), project.id},
                                    {QStringLiteral("name"), project.name},
                                    {QStringLiteral("role"), roleToApi(project.role)}});
    }
    const QJsonObject user{{QStringLiteral("id"), me.user.id},
                           {QStringLiteral("email"), me.user.email},
                           {QStringLiteral("name"), me.user.name},
                           {QStringLiteral("is_staff"), me.user.isStaff}};
    return writeJson(lastUserFile(server), QJsonObject{{QStringLiteral("user"), user},
                                                       {QStringLiteral("projects"), projects}});
}

std::optional<MeAnswer> loadLastProfile(const QUrl &server)
{
    QFile file(lastUserFile(server));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The same strict parser as the server's /me answer: a damaged file is simply no profile.
    return MeAnswer::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

bool clearUserCache(const QUrl &server, const QString &userId)
{
    const std::optional<MeAnswer> last = loadLastProfile(server);
    if (last && last->user.id == userId)
        QFile::remove(lastUserFile(server));
    QDir dir(userCacheDir(server, userId));
    return !dir.exists() || dir.removeRecursively();
}

} // namespace cabinet::cache
