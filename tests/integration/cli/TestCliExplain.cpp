// `consentdesk-cli explain` as a real process: no tenant, no sign-in; codes, phrases and pasted messages in every
// format; the text from standard input; exit 0 when something is recognized, 1 when nothing is, 2 without text; a
// hostile paste does not reach the terminal as control sequences.
#include "CliRunner.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestCliExplain : public QObject
{
    Q_OBJECT

private slots:
    void tableNamesTheFixAndTheCommand();
    void jsonKeysAndIds();
    void csvHasAFindingPerRow();
    void localizedPhrase();
    void fromStandardInput();
    void nothingRecognizedIsExitOne();
    void noTextIsUsage();
    void hostilePasteStaysInert();

private:
    CliRunner::Run explainStdin(const QByteArray& input, const QStringList& extra = {});
    CliRunner m_cli;
};

void TestCliExplain::tableNamesTheFixAndTheCommand()
{
    const auto r = m_cli.run({QStringLiteral("explain"), QStringLiteral("AADSTS90094")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("AADSTS90094 (AdminConsentRequired)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("What it means: ")));
    QVERIFY(r.out.contains(QLatin1String("Who can fix it: ")));
    QVERIFY(r.out.contains(QLatin1String("admin consent workflow is off")));
    QVERIFY(r.out.contains(QLatin1String("Run: consentdesk-cli settings workflow --enable --reviewer UPN")));
    QVERIFY(r.out.contains(QLatin1String("More: https://login.microsoftonline.com/error?code=90094")));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCliExplain::jsonKeysAndIds()
{
    const auto r = m_cli.run(
        {QStringLiteral("--format"),
         QStringLiteral("json"),
         QStringLiteral("explain"),
         QStringLiteral("AADSTS50105: The signed in user 'pat.lee@contoso.com' is not assigned to a role for the "
                        "application 'a1b2c3d4-0000-4000-8000-000000000001'(Payroll).\r\nCorrelation ID: "
                        "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("recognized")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("correlationId")).toString(),
             QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    QCOMPARE(json.value(QStringLiteral("appId")).toString(), QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
    QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("pat.lee@contoso.com"));
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f.value(QStringLiteral("key")).toString(), QStringLiteral("AADSTS50105"));
    QCOMPARE(f.value(QStringLiteral("action")).toString(), QStringLiteral("troubleshoot"));
    QCOMPARE(f.value(QStringLiteral("command")).toString(),
             QStringLiteral("consentdesk-cli troubleshoot --user pat.lee@contoso.com --app "
                            "a1b2c3d4-0000-4000-8000-000000000001"));
    for (const char* key : {"title", "meaning", "whoCanFix", "fix", "helpUrl", "name", "known"}) {
        QVERIFY2(f.contains(QLatin1String(key)), key);
    }
}

void TestCliExplain::csvHasAFindingPerRow()
{
    const auto r = m_cli.run({QStringLiteral("--format"),
                              QStringLiteral("csv"),
                              QStringLiteral("explain"),
                              QStringLiteral("error=access_denied&error_description=AADSTS65004")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QLatin1String("Key,Name,Title")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("AADSTS65004,")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("access_denied,")));
}

void TestCliExplain::localizedPhrase()
{
    const auto r = m_cli.run({QStringLiteral("--format"),
                              QStringLiteral("json"),
                              QStringLiteral("explain"),
                              QStringLiteral("Approbation"),
                              QStringLiteral("de"),
                              QStringLiteral("l'administrateur"),
                              QStringLiteral("nécessaire")});
    QCOMPARE(r.code, 0);
    const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8())
                              .object()
                              .value(QStringLiteral("findings"))
                              .toArray()
                              .first()
                              .toObject();
    QCOMPARE(f.value(QStringLiteral("key")).toString(), QStringLiteral("need-admin-approval"));
    QCOMPARE(f.value(QStringLiteral("code")).toInt(), 90094);
    QCOMPARE(f.value(QStringLiteral("action")).toString(), QStringLiteral("settings"));
}

CliRunner::Run TestCliExplain::explainStdin(const QByteArray& input, const QStringList& extra)
{
    QProcess process;
    process.setProcessEnvironment(m_cli.environment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"),
                  extra + QStringList {QStringLiteral("explain")});
    process.write(input);
    process.closeWriteChannel();
    CliRunner::Run r;
    if (finished.wait(30000)) {
        r.code = process.exitCode();
    }
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCliExplain::fromStandardInput()
{
    const auto r = explainStdin(QByteArrayLiteral("Approval required\nThis app requires your admin's approval to:\n"
                                                  "Read all users' full profiles\nRequest approval\n"),
                                {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8())
                              .object()
                              .value(QStringLiteral("findings"))
                              .toArray()
                              .first()
                              .toObject();
    QCOMPARE(f.value(QStringLiteral("code")).toInt(), 90095);
    QCOMPARE(f.value(QStringLiteral("action")).toString(), QStringLiteral("requests"));

    // A paste over the limit is cut, and says so.
    const auto big = explainStdin(QByteArray("AADSTS50105 ") + QByteArray(200000, 'x'));
    QCOMPARE(big.code, 0);
    QVERIFY2(big.err.contains(QLatin1String("only the first 65536 characters were read")), qPrintable(big.err));
}

void TestCliExplain::nothingRecognizedIsExitOne()
{
    const auto r = m_cli.run({QStringLiteral("explain"),
                              QStringLiteral("the"),
                              QStringLiteral("printer"),
                              QStringLiteral("is"),
                              QStringLiteral("broken")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QLatin1String("No sign-in error ConsentDesk knows was found")));
    const auto json = m_cli.run(
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("explain"), QStringLiteral("hello")});
    QCOMPARE(json.code, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("recognized")).toBool(true),
             false);
}

void TestCliExplain::noTextIsUsage()
{
    QCOMPARE(explainStdin(QByteArrayLiteral("  \n")).code, 2);
    const auto help = m_cli.run({QStringLiteral("explain"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("Exit codes: 0 something was recognized")));
}

void TestCliExplain::hostilePasteStaysInert()
{
    const QString evil = QStringLiteral("AADSTS65001: application with ID '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' "
                                        "named 'Evil\x1b]52;c;ZWNobw==\x07\x1b[2J\u202eApp'.");
    const auto r = m_cli.run({QStringLiteral("explain"), evil});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.all().contains(QChar(0x1b)));
    QVERIFY(!r.all().contains(QChar(0x07)));
    QVERIFY(!r.all().contains(QChar(0x202e)));
    QVERIFY2(r.out.contains(QLatin1String("0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "TestCliExplain.moc"
