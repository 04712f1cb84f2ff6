// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "ApiClient.h"
#include "CacheLocation.h"
#include "OfflineCache.h"
#include "SecretStore.h"
#include "Session.h"
#include "StatementJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <optional>

using namespace cabinet;

namespace {

enum ExitCode { Success = 0, ExportFailed = 1, BadArguments = 2, NoData = 3 };

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(ExitCode code, const QString &message)
{
    err() << "cabinet export: " << message << Qt::endl;
    return code;
}

// Runs the event loop until `done` is set by a callback.
template<typename T>
T waitFor(std::optional<T> &done)
{
    QEventLoop loop;
    while (!done)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return *done;
}

} // namespace

int runExportCommand(int argc, char *argv[])
{
    // The PDF writer lays out text with Qt's fonts, which need a QGuiApplication, also on a server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The same settings and data folders as the desktop client.
    QGuiApplication::setOrganizationName(QStringLiteral("UniTalk"));
    QGuiApplication::setApplicationName(QStringLiteral("Cabinet"));
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export a statement of a project for a period (R25)."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project id."), QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv, pdf or xlsx."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption balance(QStringLiteral("balance"), QStringLiteral("all (default), main, bonus or credit."),
                                     QStringLiteral("BALANCE"), QStringLiteral("all"));
    const QCommandLineOption bom(QStringLiteral("bom"), QStringLiteral("CSV: start with a UTF-8 byte order mark."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address (default: the remembered one)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption shared(QStringLiteral("readable-by-others"),
                                    QStringLiteral("Let other users of this computer read the file (default: owner only, 0600)."));
    parser.addOptions({project, from, to, format, out, balance, bom, shared, server});
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // "export"
    if (!parser.parse(arguments))
        return failWith(BadArguments, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    for (const QCommandLineOption &required : {project, from, to, format, out}) {
        if (!parser.isSet(required))
            return failWith(BadArguments, QStringLiteral("--%1 is required.").arg(required.names().constFirst()));
    }

    StatementRequest request;
    request.projectId = parser.value(project);
    request.from = QDate::fromString(parser.value(from), QStringLiteral("yyyy-MM-dd"));
    request.to = QDate::fromString(parser.value(to), QStringLiteral("yyyy-MM-dd"));
    if (!request.from.isValid() || !request.to.isValid())
        return failWith(BadArguments, QStringLiteral("dates must be real days written YYYY-MM-DD."));
    if (request.from > request.to)
        return failWith(BadArguments, QStringLiteral("--from is after --to."));
    const auto exportFormat = exporting::exportFormatFromSuffix(parser.value(format));
    if (!exportFormat)
        return failWith(BadArguments, QStringLiteral("--format must be csv, pdf or xlsx."));
    request.format = *exportFormat;
    const auto balanceFilter = exporting::balanceFilterFromName(parser.value(balance));
    if (!balanceFilter)
        return failWith(BadArguments, QStringLiteral("--balance must be all, main, bonus or credit."));
    request.balance = *balanceFilter;
    request.byteOrderMark = parser.isSet(bom);
    request.readableByOthers = parser.isSet(shared);
    request.filePath = QFileInfo(parser.value(out)).absoluteFilePath();
    const QFileInfo folder(QFileInfo(request.filePath).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return failWith(ExportFailed, QStringLiteral("cannot write %1: the folder does not exist or is not writable.")
                                          .arg(request.filePath));

    ApiClient api;
    FallbackSecretStore secrets(new KeychainSecretStore(QStringLiteral("UniTalk Cabinet")));
    Session session(&api, &secrets);
    if (parser.isSet(server)) {
        QString refusal;
        const QUrl url = Session::normalizeServerUrl(parser.value(server), &refusal);
        if (url.isEmpty())
            return failWith(BadArguments, QStringLiteral("%1: %2").arg(parser.value(server), refusal));
        api.setBaseUrl(url); // for this run only: the remembered address stays as it is
    }
    if (!api.baseUrl().isValid())
        return failWith(NoData, QStringLiteral("no server: sign in with the cabinet first, or pass --server URL."));

    // The signed-in session, when there is one and the server answers.
    std::optional<bool> restored;
    QObject::connect(&session, &Session::restoreFinished, [&](bool signedIn) { restored = signedIn; });
    session.restore();
    const bool online = waitFor(restored);
    std::optional<MeAnswer> profile;
    if (online) {
        profile = MeAnswer{session.user(), session.projects()};
        cache::storeProfile(api.baseUrl(), *profile);
    } else {
        profile = cache::loadLastProfile(api.baseUrl());
        if (!profile)
            return failWith(NoData, QStringLiteral("not signed in to %1 and no offline cache for it: sign in with the "
                                                   "cabinet first.")
                                        .arg(api.baseUrl().toString()));
        err() << "cabinet export: no session or the server cannot be reached: using the offline cache" << Qt::endl;
    }
    const auto membership = std::find_if(profile->projects.cbegin(), profile->projects.cend(),
                                         [&](const ProjectMembership &p) { return p.id == request.projectId; });
    if (membership == profile->projects.cend())
        return failWith(NoData, QStringLiteral("unknown project %1 for %2.").arg(request.projectId, profile->user.email));
    if (!roleHas(membership->role, Permission::ViewFinance))
        return failWith(NoData, QStringLiteral("your role in %1 has no access to finances.").arg(membership->name));
    request.projectName = membership->name;

    const QString cacheFile = cache::projectCacheFile(api.baseUrl(), profile->user.id, request.projectId);
    if (!online && !QFileInfo::exists(cacheFile))
        return failWith(NoData, QStringLiteral("no offline cache of project %1 yet: export once while online.")
                                    .arg(request.projectId));
    OfflineCache offlineCache(cacheFile);
    if (offlineCache.open(membership->role) == OfflineCache::OpenResult::Failed)
        return failWith(ExportFailed, QStringLiteral("cannot open the offline cache: %1").arg(offlineCache.errorString()));

    StatementJob job(online ? &api : nullptr, &offlineCache, request);
    QObject::connect(&job, &StatementJob::stageChanged, [](StatementJob::Stage stage) {
        err() << (stage == StatementJob::Stage::Syncing ? "syncing the history with the server…" : "writing…") << Qt::endl;
    });
    QObject::connect(&job, &StatementJob::progress, [](qint64 done, qint64 total) {
        if (total < 0)
            err() << "  " << done << " entries fetched" << Qt::endl;
        else
            err() << "  " << done << " / " << total << " entries" << Qt::endl;
    });
    std::optional<std::pair<bool, QString>> result;
    QObject::connect(&job, &StatementJob::finished, [&](bool ok, const QString &error) { result = {ok, error}; });
    job.start();
    const auto [ok, error] = waitFor(result);
    if (!job.notice().isEmpty())
        err() << "cabinet export: warning: " << job.notice() << Qt::endl;
    if (!ok)
        return failWith(ExportFailed, error);
    err() << "wrote " << request.filePath << Qt::endl;
    return Success;
}
