// The error explainer: every catalog entry has the admin's view, codes and OAuth errors and the consent screen's
// words (English, German, French, Spanish, Japanese) are recognized in pasted text, support ids and the app are
// picked out, and garbage, hostile and very long input stays bounded.
#include "auth/AadstsCatalog.h"
#include "auth/SignInErrorExplainer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Action = AadstsCatalog::AdminAction;

class TestSignInErrorExplainer : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasTheAdminsView_data();
    void everyCodeHasTheAdminsView();
    void everyOAuthErrorHasTheAdminsView();
    void codesInPastedText_data();
    void codesInPastedText();
    void explainedRows_data();
    void explainedRows();
    void consentScreenPhrases_data();
    void consentScreenPhrases();
    void codeWinsOverItsPhrase();
    void supportIdsAndApp();
    void tokenAnswerJson();
    void unknownCodeStillHelps();
    void garbageIsNotRecognized_data();
    void garbageIsNotRecognized();
    void hostileNamesAreCut();
    void hugeInputIsBounded();
    void commandsNameTheFix();
    void jsonKeys();
};

void TestSignInErrorExplainer::everyCodeHasTheAdminsView_data()
{
    QTest::addColumn<int>("code");
    for (int code : AadstsCatalog::knownCodes()) {
        QTest::newRow(qPrintable(QStringLiteral("AADSTS%1").arg(code))) << code;
    }
}

void TestSignInErrorExplainer::everyCodeHasTheAdminsView()
{
    QFETCH(int, code);
    const auto entry = AadstsCatalog::forCode(code);
    QVERIFY(entry);
    QVERIFY(!entry->adminTitle.isEmpty());
    QVERIFY(!entry->adminMeaning.isEmpty());
    QVERIFY(!entry->whoCanFix.isEmpty());
    QVERIFY(!entry->adminFix.isEmpty());
    // The admin's view speaks of the user and the app, never of ConsentDesk's own sign-in.
    QVERIFY2(!entry->adminMeaning.contains(QLatin1String("ConsentDesk")), qPrintable(entry->adminMeaning));

    const auto result = SignInErrorExplainer::explain(QStringLiteral("AADSTS%1: something.").arg(code));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().key, QStringLiteral("AADSTS%1").arg(code));
    QVERIFY(result.findings.first().known);
    QCOMPARE(result.findings.first().entry.adminMeaning, entry->adminMeaning);
}

void TestSignInErrorExplainer::everyOAuthErrorHasTheAdminsView()
{
    for (const QString& error : AadstsCatalog::knownOAuthErrors()) {
        const auto entry = AadstsCatalog::forOAuthError(error);
        QVERIFY2(entry, qPrintable(error));
        QVERIFY2(!entry->adminTitle.isEmpty() && !entry->adminMeaning.isEmpty() && !entry->whoCanFix.isEmpty()
                     && !entry->adminFix.isEmpty(),
                 qPrintable(error));
        const auto result = SignInErrorExplainer::explain(QStringLiteral("error=%1&state=x").arg(error));
        QVERIFY2(result.recognized(), qPrintable(error));
        QCOMPARE(result.findings.first().oauthError, error);
    }
}

void TestSignInErrorExplainer::codesInPastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("action");
    QTest::newRow("65001 sentence") << QStringLiteral(
        "AADSTS65001: The user or administrator has not consented to use the application with ID "
        "'0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' named 'Contoso Planner'. Send an interactive authorization request "
        "for this user and resource.")
                                    << QStringList {QStringLiteral("AADSTS65001")} << int(Action::Troubleshoot);
    QTest::newRow("90094 bare") << QStringLiteral("90094") << QStringList {QStringLiteral("AADSTS90094")}
                                << int(Action::ConsentSettings);
    QTest::newRow("90095 lower case, space")
        << QStringLiteral("aadsts 90095") << QStringList {QStringLiteral("AADSTS90095")}
        << int(Action::ConsentRequests);
    QTest::newRow("50105") << QStringLiteral("AADSTS50105: Your administrator has configured the application Payroll "
                                             "('a1b2c3d4-0000-4000-8000-000000000001') to block users unless they "
                                             "are specifically granted ('assigned') access to the application.")
                           << QStringList {QStringLiteral("AADSTS50105")} << int(Action::Troubleshoot);
    QTest::newRow("53003 with 50076 later")
        << QStringLiteral("Error AADSTS53003 blocked by conditional access. Earlier: AADSTS50076.")
        << QStringList {QStringLiteral("AADSTS53003"), QStringLiteral("AADSTS50076")} << int(Action::Troubleshoot);
    QTest::newRow("530003 device") << QStringLiteral("AADSTS530003: Your device is required to be managed")
                                   << QStringList {QStringLiteral("AADSTS530003")} << int(Action::Troubleshoot);
    QTest::newRow("50079 enrollment") << QStringLiteral("AADSTS50079: you must enroll in multi-factor authentication")
                                      << QStringList {QStringLiteral("AADSTS50079")} << int(Action::None);
    QTest::newRow("code and oauth error")
        << QStringLiteral("error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent")
        << QStringList {QStringLiteral("AADSTS65004"), QStringLiteral("access_denied")} << int(Action::ConsentRequests);
    QTest::newRow("interaction_required")
        << QStringLiteral("MsalUiRequiredException: interaction_required")
        << QStringList {QStringLiteral("interaction_required")} << int(Action::Troubleshoot);
    QTest::newRow("invalid_grant") << QStringLiteral("invalid_grant") << QStringList {QStringLiteral("invalid_grant")}
                                   << int(Action::None);
    QTest::newRow("a longer number is not a code") << QStringLiteral("AADSTS900941123 and AADSTS650052")
                                                   << QStringList {QStringLiteral("AADSTS650052")} << int(Action::None);
}

void TestSignInErrorExplainer::codesInPastedText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QFETCH(int, action);
    const auto result = SignInErrorExplainer::explain(text);
    QStringList found;
    for (const auto& f : result.findings) {
        found << f.key;
    }
    QCOMPARE(found, keys);
    QCOMPARE(int(result.firstAction()), action);
}

void TestSignInErrorExplainer::explainedRows_data()
{
    // What the admin reads for each error users paste most: what it means, who can fix it, where ConsentDesk starts
    // the fix and the CLI command — a row per error as it reaches a help desk.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("meaning"); // a part of the meaning
    QTest::addColumn<QString>("who"); // a part of who can fix it
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("command");
    const QString admins = QStringLiteral("Cloud Application Administrator");
    const QString troubleshoot = QStringLiteral("consentdesk-cli troubleshoot --user UPN --app APP");
    QTest::newRow("consent_required") << QStringLiteral(
        "error=consent_required&error_description=The+user+has+not+consented&state=x")
                                      << QStringLiteral("consent_required")
                                      << QStringLiteral("nobody has consented to yet") << admins
                                      << int(Action::Troubleshoot) << troubleshoot;
    QTest::newRow("consent_required in a library's message")
        << QStringLiteral("MsalUiRequiredException: consent_required") << QStringLiteral("consent_required")
        << QStringLiteral("nobody has consented to yet") << admins << int(Action::Troubleshoot) << troubleshoot;
    QTest::newRow("interaction_required")
        << QStringLiteral("{\"error\":\"interaction_required\",\"error_description\":\"silent sign-in failed\"}")
        << QStringLiteral("interaction_required") << QStringLiteral("sign the user in silently")
        << QStringLiteral("The user.") << int(Action::Troubleshoot) << troubleshoot;
    QTest::newRow("access_denied") << QStringLiteral("http://localhost/?error=access_denied&state=abc")
                                   << QStringLiteral("access_denied") << QStringLiteral("declined consent") << admins
                                   << int(Action::Troubleshoot) << troubleshoot;
    QTest::newRow("invalid_grant") << QStringLiteral("{\"error\":\"invalid_grant\"}") << QStringLiteral("invalid_grant")
                                   << QStringLiteral("no longer valid") << QStringLiteral("The user.")
                                   << int(Action::None) << QString();
    QTest::newRow("Need admin approval") << QStringLiteral(
        "Need admin approval\nContoso Planner needs permission to access resources in your "
        "organization that only an admin can grant.")
                                         << QStringLiteral("need-admin-approval")
                                         << QStringLiteral("the admin consent workflow is off") << admins
                                         << int(Action::ConsentSettings)
                                         << QStringLiteral("consentdesk-cli settings workflow --enable --reviewer UPN");
}

void TestSignInErrorExplainer::explainedRows()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, meaning);
    QFETCH(QString, who);
    QFETCH(int, action);
    QFETCH(QString, command);
    const auto result = SignInErrorExplainer::explain(text);
    QCOMPARE(result.findings.size(), 1);
    const auto& finding = result.findings.first();
    QCOMPARE(finding.key, key);
    QVERIFY(finding.known);
    QVERIFY(!finding.entry.adminTitle.isEmpty());
    QVERIFY2(finding.entry.adminMeaning.contains(meaning), qPrintable(finding.entry.adminMeaning));
    QVERIFY2(finding.entry.whoCanFix.contains(who), qPrintable(finding.entry.whoCanFix));
    QVERIFY(!finding.entry.adminFix.isEmpty());
    QCOMPARE(int(result.firstAction()), action);
    QCOMPARE(SignInErrorExplainer::cliCommand(finding, result), command);
}

void TestSignInErrorExplainer::consentScreenPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("en need") << QStringLiteral("Need admin approval\nContoso Planner needs permission to access "
                                               "resources in your organization that only an admin can grant.")
                             << 90094;
    QTest::newRow("en need, other case and breaks") << QStringLiteral("NEED\n  ADMIN   approval") << 90094;
    QTest::newRow("en approval required")
        << QStringLiteral("Approval required\nThis app requires your admin's approval to: Read all users' full "
                          "profiles. Enter justification for requesting this app. Request approval")
        << 90095;
    QTest::newRow("de need") << QStringLiteral("Administratorgenehmigung erforderlich") << 90094;
    QTest::newRow("de need long") << QStringLiteral("Genehmigung durch Administrator erforderlich") << 90094;
    QTest::newRow("de approval required") << QStringLiteral("Genehmigung erforderlich") << 90095;
    QTest::newRow("fr need") << QStringLiteral("Approbation de l'administrateur nécessaire") << 90094;
    QTest::newRow("fr approval required") << QStringLiteral("Approbation requise") << 90095;
    QTest::newRow("es need") << QStringLiteral("Se necesita la aprobación del administrador") << 90094;
    QTest::newRow("es approval required") << QStringLiteral("Se requiere aprobación") << 90095;
    QTest::newRow("ja need") << QStringLiteral("管理者の承認が必要") << 90094;
    QTest::newRow("ja approval required") << QStringLiteral("承認が必要です") << 90095;
}

void TestSignInErrorExplainer::consentScreenPhrases()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto result = SignInErrorExplainer::explain(text);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().code, code);
    QVERIFY(!result.findings.first().matched.isEmpty());
    QCOMPARE(result.findings.first().entry.adminMeaning, AadstsCatalog::forCode(code)->adminMeaning);
    QCOMPARE(result.firstAction(), code == 90094 ? Action::ConsentSettings : Action::ConsentRequests);
}

void TestSignInErrorExplainer::codeWinsOverItsPhrase()
{
    const auto result = SignInErrorExplainer::explain(
        QStringLiteral("Need admin approval\nAADSTS90094: The grant requires admin permission."));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().key, QStringLiteral("AADSTS90094"));
}

void TestSignInErrorExplainer::supportIdsAndApp()
{
    // The sign-in page's "Troubleshooting details" as a user copies them.
    const auto result = SignInErrorExplainer::explain(QStringLiteral(
        "Sorry, but we're having trouble signing you in.\r\nAADSTS50105: The signed in user 'pat.lee@contoso.com' is "
        "not assigned to a role for the application 'A1B2C3D4-0000-4000-8000-000000000001'(Payroll).\r\n"
        "Request Id: 11111111-2222-4333-8444-555555555555\r\nCorrelation Id: "
        "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee\r\nTimestamp: 2026-12-07T10:11:12.345Z\r\nMessage: …"));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.traceId, QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(result.correlationId, QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    QCOMPARE(result.timestamp, QStringLiteral("2026-12-07T10:11:12.345Z"));
    QCOMPARE(result.appId, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
    QCOMPARE(result.user, QStringLiteral("pat.lee@contoso.com"));
}

void TestSignInErrorExplainer::tokenAnswerJson()
{
    const auto result = SignInErrorExplainer::explain(QStringLiteral(
        R"({"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented )"
        R"(to use the application with ID '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' named 'Planner'.\r\nTrace ID: )"
        R"(0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\n)"
        R"(Timestamp: 2016-01-09 02:02:12Z","error_codes":[65001],"timestamp":"2016-01-09 02:02:12Z",)"
        R"("trace_id":"0000aaaa-11bb-cccc-dd22-eeeeee333333","correlation_id":"aaaa0000-bb11-2222-33cc-444444dddddd"})"));
    QStringList keys;
    for (const auto& f : result.findings) {
        keys << f.key;
    }
    QCOMPARE(keys, (QStringList {QStringLiteral("AADSTS65001"), QStringLiteral("invalid_grant")}));
    QCOMPARE(result.traceId, QStringLiteral("0000aaaa-11bb-cccc-dd22-eeeeee333333"));
    QCOMPARE(result.correlationId, QStringLiteral("aaaa0000-bb11-2222-33cc-444444dddddd"));
    QCOMPARE(result.timestamp, QStringLiteral("2016-01-09 02:02:12Z"));
    QCOMPARE(result.appId, QStringLiteral("0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10"));
    QCOMPARE(result.appName, QStringLiteral("Planner"));
}

void TestSignInErrorExplainer::unknownCodeStillHelps()
{
    const auto result = SignInErrorExplainer::explain(QStringLiteral("AADSTS999999: who knows"));
    QCOMPARE(result.findings.size(), 1);
    const auto& f = result.findings.first();
    QVERIFY(!f.known);
    QCOMPARE(f.code, 999999);
    QCOMPARE(f.entry.helpUrl, AadstsCatalog::helpUrl(999999));
    QCOMPARE(SignInErrorExplainer::cliCommand(f, result), QString());
    QVERIFY(result.toJson()
                .value(QStringLiteral("findings"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("meaning"))
                .toString()
                .contains(QLatin1String("999999")));
}

void TestSignInErrorExplainer::garbageIsNotRecognized_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   \n\t ");
    QTest::newRow("prose") << QStringLiteral("The printer on floor 3 is out of toner again.");
    QTest::newRow("a long number in prose") << QStringLiteral("Invoice 65001 was paid on time, thanks.");
    QTest::newRow("controls") << QString::fromUtf8("\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\x00\x01\x02", 17);
    QTest::newRow("near misses") << QStringLiteral("xinvalid_grantx AADSTS12 adminapproval granted");
}

void TestSignInErrorExplainer::garbageIsNotRecognized()
{
    QFETCH(QString, text);
    const auto result = SignInErrorExplainer::explain(text);
    QVERIFY(!result.recognized());
    QCOMPARE(result.firstAction(), Action::None);
    QVERIFY(result.appId.isEmpty() && result.user.isEmpty() && result.traceId.isEmpty());
}

void TestSignInErrorExplainer::hostileNamesAreCut()
{
    const QString evil = QStringLiteral("Evil\x1b[31m\u202eApp") + QString(500, QLatin1Char('x'));
    const auto result = SignInErrorExplainer::explain(
        QStringLiteral("AADSTS65001: … application with ID '0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10' named '%1'. The "
                       "signed in user 'a;rm -rf ~@x.com' did it.")
            .arg(evil));
    QVERIFY(result.appName.size() <= SignInErrorExplainer::kMaxNameChars);
    QVERIFY(!result.appName.contains(QChar(0x1b)));
    QVERIFY(!result.appName.contains(QChar(0x202e)));
    // Not UPN-shaped: not put into a command line.
    QVERIFY(result.user.isEmpty());
    QCOMPARE(SignInErrorExplainer::cliCommand(result.findings.first(), result),
             QStringLiteral("consentdesk-cli troubleshoot --user UPN --app 0b6a2bd4-54a4-4c0a-9c0b-1b8f7e4f5a10"));
}

void TestSignInErrorExplainer::hugeInputIsBounded()
{
    // 4 MB of codes and near-matches: only the first 64 KiB are read, at most kMaxFindings findings, quickly.
    QString huge;
    huge.reserve(4 * 1024 * 1024);
    int n = 10000;
    while (huge.size() < 4 * 1024 * 1024) {
        huge += QStringLiteral("AADSTS%1 correlation id: trace_id= named '").arg(n++);
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = SignInErrorExplainer::explain(huge);
    QVERIFY(result.truncated);
    QCOMPARE(result.findings.size(), SignInErrorExplainer::kMaxFindings);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    const auto pathological = SignInErrorExplainer::explain(QString(200000, QLatin1Char('\'')));
    QVERIFY(!pathological.recognized());
}

void TestSignInErrorExplainer::commandsNameTheFix()
{
    const auto r = SignInErrorExplainer::explain(QStringLiteral("AADSTS90095 AADSTS90094 AADSTS65001 AADSTS50011"));
    QCOMPARE(r.findings.size(), 4);
    QCOMPARE(SignInErrorExplainer::cliCommand(r.findings[0], r), QStringLiteral("consentdesk-cli requests list"));
    QCOMPARE(SignInErrorExplainer::cliCommand(r.findings[1], r),
             QStringLiteral("consentdesk-cli settings workflow --enable --reviewer UPN"));
    QCOMPARE(SignInErrorExplainer::cliCommand(r.findings[2], r),
             QStringLiteral("consentdesk-cli troubleshoot --user UPN --app APP"));
    QCOMPARE(SignInErrorExplainer::cliCommand(r.findings[3], r), QString());
}

void TestSignInErrorExplainer::jsonKeys()
{
    const QJsonObject json = SignInErrorExplainer::explain(QStringLiteral("AADSTS90095")).toJson();
    for (const char* key :
         {"recognized", "findings", "traceId", "correlationId", "timestamp", "appId", "appName", "user", "truncated"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    const QJsonObject f = json.value(QStringLiteral("findings")).toArray().first().toObject();
    for (const char* key : {"key",
                            "known",
                            "code",
                            "oauthError",
                            "matched",
                            "name",
                            "helpUrl",
                            "title",
                            "meaning",
                            "whoCanFix",
                            "fix",
                            "action",
                            "command"}) {
        QVERIFY2(f.contains(QLatin1String(key)), key);
    }
    QCOMPARE(f.value(QStringLiteral("action")).toString(), QStringLiteral("requests"));
    QCOMPARE(f.value(QStringLiteral("code")).toInt(), 90095);
    QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("AdminConsentRequiredRequestAccess"));
}

QTEST_GUILESS_MAIN(TestSignInErrorExplainer)
#include "TestSignInErrorExplainer.moc"
