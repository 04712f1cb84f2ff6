// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language of the user interface: Ukrainian ("uk"), Russian ("ru") or English ("en").
// The choice "system" follows the system locale (uk* -> Ukrainian, ru* -> Russian, anything else
// -> English); a choice made in Settings is kept in QSettings and wins over the system locale.
// Applying a language installs the cabinet's catalogue (embedded as :/i18n/cabinet_<lang>.qm)
// and Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath), and makes the language's
// QLocale the default, so money, numbers and dates are written the way that language writes them
// ("1 500,00 ₴" in Ukrainian). Every widget then receives QEvent::LanguageChange.
namespace Language {

inline constexpr char SystemChoice[] = "system";

// "system", "uk", "ru", "en": the entries of the Settings combo, in that order.
QStringList choices();
// How a choice is shown in the combo: the language's own name, "System language" translated.
QString displayName(const QString &choice);

// The choice saved in QSettings ("system" when none or an unknown one is saved).
QString savedChoice();
void saveChoice(const QString &choice);

// The language a choice means here: "uk", "ru" or "en"; an unknown choice means "system".
QString resolve(const QString &choice, const QLocale &system = QLocale::system());
// The locale that formats numbers, money and dates for a language: the system's own locale when it
// speaks that language (uk_UA, en_GB...), otherwise uk_UA, ru_UA or en_US.
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

// Installs the catalogues of language ("uk", "ru" or "en") and its default locale. Returns false
// when the cabinet's own catalogue could not be loaded (the texts then stay in English).
bool apply(const QString &language);
// The language applied last, empty before the first apply().
QString current();

} // namespace Language
