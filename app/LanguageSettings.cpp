// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {

const QString SettingsKey = QStringLiteral("ui/language");
const QString Ukrainian = QStringLiteral("uk");
const QString Russian = QStringLiteral("ru");
const QString English = QStringLiteral("en");

struct Installed
{
    QString language;
    QPointer<QTranslator> cabinet;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList choices()
{
    return {QString::fromLatin1(SystemChoice), Ukrainian, Russian, English};
}

QString displayName(const QString &choice)
{
    // Each language is named in itself, so it can be found whatever the current language is.
    if (choice == Ukrainian)
        return QStringLiteral("Українська");
    if (choice == Russian)
        return QStringLiteral("Русский");
    if (choice == English)
        return QStringLiteral("English");
    return QCoreApplication::translate("Language", "System language");
}

QString savedChoice()
{
    const QString choice = QSettings().value(SettingsKey).toString();
    return choices().contains(choice) ? choice : QString::fromLatin1(SystemChoice);
}

void saveChoice(const QString &choice)
{
    QSettings().setValue(SettingsKey, choices().contains(choice) ? choice : QString::fromLatin1(SystemChoice));
}

QString resolve(const QString &choice, const QLocale &system)
{
    if (choice == Ukrainian || choice == Russian || choice == English)
        return choice;
    switch (system.language()) {
    case QLocale::Ukrainian:
        return Ukrainian;
    case QLocale::Russian:
        return Russian;
    default:
        return English;
    }
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    if (language == Ukrainian)
        return system.language() == QLocale::Ukrainian ? system : QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    if (language == Russian)
        return system.language() == QLocale::Russian ? system : QLocale(QLocale::Russian, QLocale::Ukraine);
    // "C" (minimal containers, CI) is nobody's locale: English is written the US way there.
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool apply(const QString &language)
{
    const QString resolved = resolve(language);
    Installed &state = installed();
    if (state.language == resolved && state.cabinet)
        return true;
    uninstall(state.cabinet);
    uninstall(state.qt);
    QLocale::setDefault(localeFor(resolved));

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (resolved != English
        && qt->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    // English needs its catalogue too: it holds the plural forms ("1 entry", "2 entries").
    auto *cabinet = new QTranslator(QCoreApplication::instance());
    const bool loaded = cabinet->load(QStringLiteral(":/i18n/cabinet_") + resolved + QStringLiteral(".qm"));
    if (loaded) {
        QCoreApplication::installTranslator(cabinet);
        state.cabinet = cabinet;
    } else {
        delete cabinet;
    }
    state.language = resolved;
    return loaded;
}

QString current()
{
    return installed().language;
}

} // namespace Language
