// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "ExportCommand.h"
#include "Icons.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "SecretStore.h"
#include "Session.h"
#include "StartupTrace.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTextStream>

// --help, --version and --screenshot need no screen: without a display they use the offscreen
// platform instead of failing to load xcb before a word of help is printed.
static void useOffscreenWhenHeadless(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v" || arg == "--screenshot") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int main(int argc, char *argv[])
{
    // `cabinet export ...`: the statement export from the command line, without widgets (R25).
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runExportCommand(argc, argv);
    useOffscreenWhenHeadless(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("UniTalk"));
    QApplication::setApplicationName(QStringLiteral("Cabinet"));
    QApplication::setApplicationDisplayName(QStringLiteral("UniTalk Cabinet"));
    QApplication::setApplicationVersion(QStringLiteral(CABINET_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(Theme::styleSheet(QApplication::palette()));
    QApplication::setWindowIcon(Icons::applicationIcon());
    // The language saved in Settings, else the system's (uk, ru, else en; "C" formats as en_US).
    Language::apply(Language::savedChoice());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "UniTalk finance cabinet"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Server address (overrides the remembered one)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, "
                                        "users, referral, audit, settings, signin, noaccess) into the PNG file given "
                                        "as argument, then exit."),
        QStringLiteral("PAGE"));
    const QCommandLineOption emailOption(
        QStringLiteral("email"),
        QApplication::translate("main", "E-mail: sign in at once with --password (screenshots, benchmarks)."),
        QStringLiteral("E"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QApplication::translate("main", "Password (screenshots, benchmarks)."),
                                            QStringLiteral("P"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QApplication::translate("main", "Open this project id after sign-in."),
                                           QStringLiteral("ID"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QApplication::translate("main", "Use a dark palette (screenshots of the dark theme)."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open PAGE (balance, referral, users, settings) after sign-in, if your role has it."),
        QStringLiteral("PAGE"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QApplication::translate("main", "Interface language: uk, ru, en or system."),
        QStringLiteral("LANG"));
    parser.addOptions({serverOption, screenshotOption, emailOption, passwordOption, projectOption, pageOption, darkOption,
                       languageOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "PNG file (screenshot mode)."));
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setPalette(Theme::darkPalette());
        app.setStyleSheet(Theme::styleSheet(QApplication::palette()));
    }
    const bool screenshot = parser.isSet(screenshotOption);
    if (parser.isSet(languageOption) || screenshot) {
        // Screenshots never read the user's settings: their language is --language or the system's.
        const QString choice = parser.value(languageOption);
        if (!choice.isEmpty() && !Language::choices().contains(choice)) {
            QTextStream(stderr) << "cabinet: --language must be uk, ru, en or system\n";
            return 2;
        }
        Language::apply(choice.isEmpty() ? QString::fromLatin1(Language::SystemChoice) : choice);
    }
    if (screenshot) {
        // Screenshots never touch the user's settings or keyring.
        QApplication::setApplicationName(QStringLiteral("Cabinet-screenshot"));
        if (parser.positionalArguments().size() != 1 || !parser.isSet(serverOption)) {
            QTextStream(stderr) << "usage: cabinet --screenshot PAGE FILE --server URL --email E --password P"
                                   " [--project ID]\n";
            return 2;
        }
    }

    ApiClient api;
    SecretStore *secrets = screenshot ? static_cast<SecretStore *>(new MemorySecretStore(&app))
                                      : new FallbackSecretStore(new KeychainSecretStore(QStringLiteral("UniTalk Cabinet")),
                                                                &app);
    Session session(&api, secrets);
    StartupTrace::installIfRequested(&session); // CABINET_TRACE_STARTUP=1 (bench/client)
    if (parser.isSet(serverOption)) {
        QString refusal;
        const QUrl url = Session::normalizeServerUrl(parser.value(serverOption), &refusal);
        if (url.isEmpty()) {
            QTextStream(stderr) << "cabinet: " << parser.value(serverOption) << ": " << refusal << '\n';
            return 2;
        }
        session.setServerUrl(url);
    }

    MainWindow window(&session);
    window.setKeyringNoticeEnabled(!screenshot);
    if (parser.isSet(projectOption))
        window.setPreferredProject(parser.value(projectOption));
    if (parser.isSet(pageOption))
        window.setRequestedPage(parser.value(pageOption));

    if (screenshot) {
        window.resize(1280, 800);
        ScreenshotRunner runner(&window, &session,
                                {parser.value(screenshotOption), parser.positionalArguments().constFirst(),
                                 parser.value(emailOption), parser.value(passwordOption), parser.value(projectOption)});
        QObject::connect(&runner, &ScreenshotRunner::finished, &app, &QApplication::exit);
        runner.start();
        return QApplication::exec();
    }

    window.show();
    // --email and --password sign in at once (bench/client); otherwise the remembered session.
    if (parser.isSet(emailOption) && parser.isSet(passwordOption) && parser.isSet(serverOption))
        session.signIn(session.serverUrl(), parser.value(emailOption), parser.value(passwordOption));
    else
        window.start();
    return QApplication::exec();
}
