// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues are complete (issue 6, Translations): every message of translations/cabinet_*.ts is
// finished, none has vanished from the code, plural messages have every form their language needs,
// and each translation keeps the source's placeholders and accelerator; lupdate run over today's code
// (into copies of the catalogues) finds no string that is not in them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one text, or the numerus forms
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms = {xml.readElementText()};
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

// Plural forms Qt uses per language: uk and ru have one/few/many, English one/other.
int pluralFormsFor(const QString &language)
{
    return language.startsWith(QLatin1String("en")) ? 2 : 3;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// "&Refresh" has one accelerator; "&&" is a literal ampersand.
qsizetype accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&(?=\\w)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return text.count(pattern);
}

QString describe(const Message &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

const QStringList Languages{QStringLiteral("uk"), QStringLiteral("ru"), QStringLiteral("en")};

QString cataloguePath(const QString &language)
{
    return QStringLiteral(CABINET_TS_DIR "/cabinet_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMessageIsFinished()
    {
        QFETCH(QString, language);
        const Catalogue catalogue = readCatalogue(cataloguePath(language));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY(catalogue.language.startsWith(language));
        QVERIFY2(catalogue.messages.size() > 100, "the catalogue holds the client's messages");
        QStringList problems;
        for (const Message &message : catalogue.messages) {
            if (!message.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(describe(message), message.type);
            if (message.numerus && message.forms.size() != pluralFormsFor(language))
                problems << QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                                .arg(describe(message)).arg(message.forms.size()).arg(language)
                                .arg(pluralFormsFor(language));
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(describe(message));
                    continue;
                }
                if (placeholders(form) != placeholders(message.source))
                    problems << QStringLiteral("%1: \"%2\" changes the placeholders").arg(describe(message), form);
                if (accelerators(form) != accelerators(message.source))
                    problems << QStringLiteral("%1: \"%2\" changes the accelerator").arg(describe(message), form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Ukrainian and Russian really are translated: a catalogue copied from English would pass the
    // check above. Placeholder-only and technical messages ("%1 · %2", "ID", "API calls") may match.
    void ukrainianAndRussianDifferFromEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("uk") << QStringLiteral("uk");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void ukrainianAndRussianDifferFromEnglish()
    {
        QFETCH(QString, language);
        const Catalogue catalogue = readCatalogue(cataloguePath(language));
        static const QRegularExpression latinWord(QStringLiteral("\\b[A-Za-z]{4,}\\b"));
        qsizetype same = 0;
        for (const Message &message : catalogue.messages) {
            if (message.forms.value(0) == message.source && message.source.contains(latinWord))
                ++same;
        }
        QVERIFY2(same * 50 < catalogue.messages.size(),
                 qPrintable(QStringLiteral("%1 messages are still English").arg(same)));
    }

    // lupdate over the code as it is now, into copies: nothing new, nothing gone.
    void catalogueMatchesTheCode_data() { everyMessageIsFinished_data(); }

    void catalogueMatchesTheCode()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("cabinet_%1.ts").arg(language));
        QVERIFY(QFile::copy(cataloguePath(language), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CABINET_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("@" CABINET_LUPDATE_SOURCES), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const Catalogue before = readCatalogue(cataloguePath(language));
        const Catalogue after = readCatalogue(copy);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QStringList problems;
        for (const Message &message : after.messages) {
            if (!message.type.isEmpty())
                problems << QStringLiteral("new in the code: %1").arg(describe(message));
        }
        if (after.messages.size() != before.messages.size())
            problems << QStringLiteral("%1 messages in translations/cabinet_%2.ts, %3 in the code")
                            .arg(before.messages.size()).arg(language).arg(after.messages.size());
        if (!problems.isEmpty())
            problems << QStringLiteral("run `cmake --build <build> --target update_translations` and translate");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
