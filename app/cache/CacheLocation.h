// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QString>
#include <QUrl>

#include <optional>

// Where the offline cache lives (R25): one SQLite file per server, user and project under
// QStandardPaths::AppDataLocation/cache/<server>/<user>/<project>.sqlite, plus, per server and
// user, the profile (user and project memberships, no figures) that lets the client open offline.
// Folder and file names are hashes, so no address or e-mail appears in a path.
namespace cabinet::cache {

QString cacheRoot();
QString userCacheDir(const QUrl &server, const QString &userId);
QString projectCacheFile(const QUrl &server, const QString &userId, const QString &projectId);

// Another user of the computer must not read the cached figures (R3, R25): every cache folder is its
// owner's alone (0700), every cache file too (0600).
// Creates `folder` with its missing parents and makes it and each folder up to cacheRoot() 0700.
bool makePrivateFolder(const QString &folder);
// 0600 for a file under cacheRoot().
bool makePrivateFile(const QString &file);

// Remembers who last signed in to `server` and their projects with roles (never money).
bool storeProfile(const QUrl &server, const MeAnswer &me);
// The profile of the user who last signed in to `server`, if any.
std::optional<MeAnswer> loadLastProfile(const QUrl &server);
// Deletes every cached file of this user on this server (sign-out with "clear the cache").
bool clearUserCache(const QUrl &server, const QString &userId);

} // namespace cabinet::cache
