// The translation files ConsentDesk ships (translations/consentdesk_*.ts) and the sources they come from.
// A failure names each message and the fix: `cmake --build build --target update_translations` refreshes the
// files from the sources (then commit translations/), scripts/translations-status shows what is left to translate.
#include "RiskReasonSource.h"
#include "TranslationChecks.h"
#include "TsFile.h"
#include "TsMaintenance.h"
#include "UiLiteralScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("CONSENTDESK_SOURCE_DIR");
}

QStringList tsFiles()
{
    return qEnvironmentVariable("CONSENTDESK_TS_FILES").split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString languageOf(const QString& tsPath)
{
    return QFileInfo(tsPath).completeBaseName().section(QLatin1Char('_'), 1);
}

// QTest cuts long failure messages: the whole list goes to standard error, the failure says how many and the fix.
QString report(const QStringList& problems, const QString& fix)
{
    for (const QString& problem : problems) {
        std::fputs(qPrintable(QStringLiteral("  ") + problem + QLatin1Char('\n')), stderr);
    }
    return QStringLiteral("%1 problem(s), listed above. Fix: %2").arg(problems.size()).arg(fix);
}

const QString RefreshFix
    = QStringLiteral("cmake --build build --target update_translations, then commit translations/");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageIsShipped();
    void filesAreCurrentWithTheSources();
    void nothingObsolete();
    void completeLanguagesAreFinished();
    void countsArePlurals();
    void translationsKeepTheirPlaceholders();
    void englishReadsSingularAndPlural();
    void uiLiteralsAreMarkedForTranslation();
    void scannerFindsAnUnmarkedLiteral();
    void riskReasonsAreOfferedForTranslation();
    void carryOverFollowsARenamedClass();
    void englishFormsFromMarkers();

private:
    QList<TsFile> m_files;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(!tsFiles().isEmpty(), "CONSENTDESK_TS_FILES is not set (tests/unit/translations/CMakeLists.txt)");
    for (const QString& path : tsFiles()) {
        TsFile file;
        QString error;
        QVERIFY2(file.load(path, &error), qPrintable(path + QStringLiteral(": ") + error));
        m_files << file;
    }
}

void TestTranslations::everyLanguageIsShipped()
{
    QStringList languages;
    for (const TsFile& file : m_files) {
        languages << languageOf(file.path());
        // The file's declared language is the one of its name (lupdate and Linguist go by it for plural rules).
        QVERIFY2(file.language().startsWith(languageOf(file.path())), qPrintable(file.path()));
    }
    languages.sort();
    QCOMPARE(languages,
             QStringList({QStringLiteral("de"),
                          QStringLiteral("en"),
                          QStringLiteral("es"),
                          QStringLiteral("fr"),
                          QStringLiteral("ja")}));
}

void TestTranslations::filesAreCurrentWithTheSources()
{
    // lupdate on a copy of each shipped file, as update_translations runs it: nothing may come or go.
    const QString lupdate = qEnvironmentVariable("CONSENTDESK_LUPDATE");
    const QString sources = qEnvironmentVariable("CONSENTDESK_LUPDATE_SOURCES");
    QVERIFY2(QFileInfo::exists(lupdate), qPrintable(lupdate));
    QVERIFY2(QFileInfo::exists(sources), qPrintable(sources));
    QTemporaryDir dir;
    QStringList problems;
    for (const TsFile& shipped : m_files) {
        const QString copy = dir.filePath(QFileInfo(shipped.path()).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(shipped.path(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
        if (languageOf(shipped.path()) == QLatin1String("en")) {
            args << QStringLiteral("-pluralonly");
        }
        args << QLatin1Char('@') + sources << QStringLiteral("-ts") << copy;
        QProcess process; // its warnings (classes without Q_OBJECT using translate()) only matter if it fails
        process.start(lupdate, args);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        TsFile fresh;
        QVERIFY(fresh.load(copy));
        problems << TranslationChecks::staleMessages(shipped, fresh);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems, RefreshFix)));
}

void TestTranslations::nothingObsolete()
{
    QStringList problems;
    for (const TsFile& file : m_files) {
        problems << TranslationChecks::obsoleteMessages(file);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems, RefreshFix + QStringLiteral(" (it drops them)"))));
}

void TestTranslations::completeLanguagesAreFinished()
{
    const QStringList complete
        = qEnvironmentVariable("CONSENTDESK_COMPLETE_TRANSLATIONS").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QVERIFY(complete.contains(QStringLiteral("en")));
    QStringList problems;
    for (const TsFile& file : m_files) {
        if (complete.contains(languageOf(file.path()))) {
            problems << TranslationChecks::unfinishedMessages(file);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(problems,
                               QStringLiteral("translate them (Qt Linguist; for English, the singular and plural "
                                              "forms) and mark them finished"))));
}

void TestTranslations::countsArePlurals()
{
    // The German file has every message (the English one only the plurals).
    for (const TsFile& file : m_files) {
        if (languageOf(file.path()) != QLatin1String("de")) {
            continue;
        }
        const QStringList problems = TranslationChecks::countsWithoutPlural(file);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(report(problems,
                                   QStringLiteral("tr(\"%n change(s)\", nullptr, count) — the count as the third "
                                                  "argument, %n in the text; consentdesk_en.ts gives English its "
                                                  "singular and plural"))));
    }
}

void TestTranslations::translationsKeepTheirPlaceholders()
{
    QStringList problems;
    for (const TsFile& file : m_files) {
        problems << TranslationChecks::placeholderMismatches(file);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems, QStringLiteral("keep every %1…%9 and %n of the source"))));
}

void TestTranslations::englishReadsSingularAndPlural()
{
    QStringList problems;
    for (const TsFile& file : m_files) {
        if (languageOf(file.path()) == QLatin1String("en")) {
            problems << TranslationChecks::englishFormProblems(file);
            for (const TsFile::Message& m : file.messages()) {
                if (!m.numerus) {
                    problems << QStringLiteral("not a plural message in the English plural file: %1")
                                    .arg(TranslationChecks::describe(m));
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems, QStringLiteral("write both English forms out"))));
}

void TestTranslations::uiLiteralsAreMarkedForTranslation()
{
    QStringList problems;
    for (const UiLiteralScanner::Finding& finding : UiLiteralScanner::scan(sourceDir() + QStringLiteral("/ui"))) {
        problems << QStringLiteral("ui/") + finding.toString();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(problems,
                               QStringLiteral("tr(\"…\") — or, for text that is not language (a format, code), add "
                                              "it to UiLiteralScanner's allow-list with the reason"))));
}

void TestTranslations::scannerFindsAnUnmarkedLiteral()
{
    // The scanner itself: it must see what it is there for, and leave alone what needs no translation.
    const QString code
        = QStringLiteral("label->setText(QStringLiteral(\"Signed in\"));\n"
                         "button = new QPushButton(\"Grant\", this);\n"
                         "box->setWindowTitle(\n    QStringLiteral(\"Preview\"));\n"
                         "QMessageBox::warning(this, QStringLiteral(\"Export\"), text);\n"
                         "menu->addAction(QStringLiteral(\"Copy\"), this, [] {});\n"
                         "label->setText(tr(\"Signed in\"));\n"
                         "label->setText(QStringLiteral(\"%1 · %2\").arg(a, b));\n"
                         "ps->setText(QStringLiteral(\"PS> Get-ApplicationAccessPolicy -Identity %1\"));\n"
                         "edit->setPlaceholderText(QStringLiteral(\"https://login.microsoftonline.com\"));\n"
                         "label->setObjectName(QStringLiteral(\"statusLabel\"));\n");
    const QList<UiLiteralScanner::Finding> findings = UiLiteralScanner::scanText(QStringLiteral("x.cpp"), code);
    QStringList literals;
    for (const auto& finding : findings) {
        literals << finding.literal;
    }
    QCOMPARE(literals,
             QStringList({QStringLiteral("Signed in"),
                          QStringLiteral("Grant"),
                          QStringLiteral("Preview"),
                          QStringLiteral("Export"),
                          QStringLiteral("Copy")}));
    QCOMPARE(findings.at(2).line, 3);
}

void TestTranslations::riskReasonsAreOfferedForTranslation()
{
    // The built-in catalog's reasons reach lupdate through translations/sources/RiskReasons.cpp, generated from it.
    QString error;
    const QString expected
        = RiskReasonSource::generate(sourceDir() + QStringLiteral("/resources/risk/permission-risk.json"), &error);
    QVERIFY2(!expected.isEmpty(), qPrintable(error));
    QFile file(sourceDir() + QStringLiteral("/translations/sources/RiskReasons.cpp"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(file.readAll()) == expected,
             qPrintable(QStringLiteral("translations/sources/RiskReasons.cpp is not the catalog's reasons. Fix: ")
                        + RefreshFix));
    int reasons = 0;
    for (const TsFile& file : m_files) {
        if (languageOf(file.path()) == QLatin1String("de")) {
            for (const TsFile::Message& m : file.messages()) {
                reasons += m.context == RiskReasonSource::context() ? 1 : 0;
            }
        }
    }
    QVERIFY(reasons > 40);
}

void TestTranslations::carryOverFollowsARenamedClass()
{
    // The real lupdate on a class that gets renamed: the messages move to a new context, and lupdate alone would leave
    // them unfinished.
    const QString lupdate = qEnvironmentVariable("CONSENTDESK_LUPDATE");
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("View.cpp"));
    const QString ts = dir.filePath(QStringLiteral("sample_de.ts"));
    auto writeSource = [&](const char* className) {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("#include <QObject>\nclass ") + className
                   + " : public QObject\n{\n    Q_OBJECT\n    void f()\n    {\n        tr(\"Revoke\");\n"
                     "        tr(\"%n app(s)\", nullptr, 2);\n        tr(\"Refresh\");\n    }\n};\n");
    };
    auto runLupdate = [&] {
        QProcess process;
        process.start(lupdate,
                      {QStringLiteral("-silent"),
                       QStringLiteral("-locations"),
                       QStringLiteral("none"),
                       source,
                       QStringLiteral("-ts"),
                       ts});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    };
    writeSource("RequestsView");
    runLupdate();
    TsFile file;
    QVERIFY(file.load(ts));
    QCOMPARE(file.messages().size(), 3);
    for (int i = 0; i < file.messages().size(); ++i) {
        const QString text = file.messages().at(i).source;
        if (text == QLatin1String("Revoke")) {
            file.setTranslation(i, {QStringLiteral("Widerrufen")}, true);
        } else if (text.startsWith(QLatin1String("%n"))) {
            file.setTranslation(i, {QStringLiteral("%n App"), QStringLiteral("%n Apps")}, true);
        } // "Refresh" stays untranslated
    }
    QVERIFY(file.save(ts));

    writeSource("RequestQueueView");
    runLupdate();
    QVERIFY(file.load(ts));
    const TsMaintenance::Result result = TsMaintenance::carryOver(file);
    QCOMPARE(result.changed, 2);
    QVERIFY(file.save(ts));
    QVERIFY(file.load(ts));
    int finished = 0;
    for (const TsFile::Message& m : file.messages()) {
        if (m.isLive() && m.context == QLatin1String("RequestQueueView") && m.isFinished()) {
            ++finished;
            QVERIFY(m.translations == QStringList {QStringLiteral("Widerrufen")}
                    || m.translations == QStringList({QStringLiteral("%n App"), QStringLiteral("%n Apps")}));
        }
        if (m.isLive() && m.source == QLatin1String("Refresh")) {
            QVERIFY(!m.isFinished()); // nothing to carry: still the translators' work
        }
    }
    QCOMPARE(finished, 2);
}

void TestTranslations::englishFormsFromMarkers()
{
    QCOMPARE(TsMaintenance::englishForms(QStringLiteral("%n change(s) shown")),
             QStringList({QStringLiteral("%n change shown"), QStringLiteral("%n changes shown")}));
    QCOMPARE(TsMaintenance::englishForms(QStringLiteral("%n mailbox(es) tested")),
             QStringList({QStringLiteral("%n mailbox tested"), QStringLiteral("%n mailboxes tested")}));
    QCOMPARE(TsMaintenance::englishForms(QStringLiteral("%n entry(ies) skipped")),
             QStringList({QStringLiteral("%n entry skipped"), QStringLiteral("%n entries skipped")}));
    // Verb agreement: a person writes these.
    QVERIFY(TsMaintenance::englishForms(QStringLiteral("All %n change(s) were made.")).isEmpty());
    QVERIFY(TsMaintenance::englishForms(QStringLiteral("%n app(s) reach every mailbox")).isEmpty());
    QVERIFY(TsMaintenance::englishForms(QStringLiteral("%n new requests")).isEmpty()); // no marker
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
