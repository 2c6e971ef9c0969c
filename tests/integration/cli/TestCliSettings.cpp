// `consentdesk-cli settings …` as real processes against the sandbox executable (the demo tenant), with Graph tokens
// from /_sandbox/token. The tenant is reset before every test.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kNoRole = QStringLiteral("elena.petrova@contoso.com"); // holds no directory role

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showJson();
    void showTableAndCsv();
    void showWithoutARoleIsPermissionDenied();
    void nothingSecretWasPrinted();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args, const QByteArray& token = {})
    {
        const CliRunner::Run r = m_cli.run(cli(args), token.isEmpty() ? m_admin : token);
        m_output += r.all();
        return r;
    }
    static QJsonObject jsonObject(const CliRunner::Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
    QString m_output;
};

void TestCliSettings::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    QVERIFY(!m_admin.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliSettings::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

void TestCliSettings::showJson()
{
    const CliRunner::Run r
        = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject json = jsonObject(r);
    const QJsonObject workflow = json.value(QStringLiteral("adminConsentWorkflow")).toObject();
    for (const auto& key :
         {"enabled", "reviewers", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "version"}) {
        QVERIFY2(workflow.contains(QLatin1String(key)), key);
    }
    QCOMPARE(workflow.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(workflow.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(workflow.value(QStringLiteral("requestDurationInDays")).toInt(), 30);
    const QJsonArray reviewers = workflow.value(QStringLiteral("reviewers")).toArray();
    QCOMPARE(reviewers.size(), 5);
    QHash<QString, QJsonObject> byName;
    for (const auto& v : reviewers) {
        const QJsonObject reviewer = v.toObject();
        for (const auto& key : {"type", "id", "displayName"}) {
            QVERIFY2(reviewer.contains(QLatin1String(key)), key);
        }
        byName.insert(reviewer.value(QStringLiteral("displayName")).toString(), reviewer);
    }
    QCOMPARE(byName.value(QStringLiteral("Marcus Lindqvist")).value(QStringLiteral("type")).toString(),
             QStringLiteral("user"));
    QCOMPARE(byName.value(QStringLiteral("Marcus Lindqvist")).value(QStringLiteral("canApprove")).toBool(), true);
    QCOMPARE(byName.value(QStringLiteral("Consent Reviewers")).value(QStringLiteral("type")).toString(),
             QStringLiteral("group"));
    // The disabled reviewer is named as such.
    const QJsonObject peter = byName.value(QStringLiteral("Peter Vance"));
    QCOMPARE(peter.value(QStringLiteral("canApprove")).toBool(true), false);
    QVERIFY(peter.value(QStringLiteral("problem")).toString().contains(QLatin1String("disabled")));
    const QJsonObject role = byName.value(QStringLiteral("Cloud Application Administrator"));
    QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("role"));
    QCOMPARE(role.value(QStringLiteral("id")).toString(), QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));
    QVERIFY(workflow.value(QStringLiteral("warning")).isNull());

    const QJsonObject userConsent = json.value(QStringLiteral("userConsent")).toObject();
    QCOMPARE(userConsent.value(QStringLiteral("setting")).toString(), QStringLiteral("low"));
    const QJsonArray policies = userConsent.value(QStringLiteral("policies")).toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.first().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("microsoft-user-default-low"));
    QCOMPARE(policies.first().toObject().value(QStringLiteral("includes")).toArray().size(), 2);
    QCOMPARE(userConsent.value(QStringLiteral("groupOwnerConsentPolicies")).toArray().size(), 1);

    QStringList low;
    for (const auto& v : json.value(QStringLiteral("lowImpactPermissions")).toArray()) {
        low << v.toObject().value(QStringLiteral("permissionName")).toString();
    }
    low.sort();
    QCOMPARE(low,
             (QStringList {QStringLiteral("User.Read"),
                           QStringLiteral("email"),
                           QStringLiteral("offline_access"),
                           QStringLiteral("openid"),
                           QStringLiteral("profile")}));
}

void TestCliSettings::showTableAndCsv()
{
    CliRunner::Run r = run({QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QLatin1String("Users can request admin consent: yes")));
    QVERIFY(r.out.contains(QLatin1String("Peter Vance")));
    QVERIFY(r.out.contains(
        QLatin1String("Allow user consent for apps from verified publishers, for selected permissions (low)")));
    QVERIFY(r.out.contains(QLatin1String("offline_access")));
    r = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("settings"), QStringLiteral("show")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // header + five reviewers
    QVERIFY(lines.first().startsWith(QLatin1String("Type,Reviewer,Id,CanApprove,Problem")));
    // A Global Reader reads it all.
    r = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("settings"), QStringLiteral("show")},
            m_sandbox.token(kReader));
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(jsonObject(r).value(QStringLiteral("userConsent")).toObject().value(QStringLiteral("setting")).toString(),
             QStringLiteral("low"));
}

void TestCliSettings::showWithoutARoleIsPermissionDenied()
{
    const CliRunner::Run r = run({QStringLiteral("settings"), QStringLiteral("show")}, m_sandbox.token(kNoRole));
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QLatin1String("Global Reader")));
}

void TestCliSettings::nothingSecretWasPrinted()
{
    QVERIFY(!m_output.isEmpty());
    QCOMPARE(CliRunner::secretShapeIn(m_output), QString());
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "TestCliSettings.moc"
