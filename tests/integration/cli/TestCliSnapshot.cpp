// `consentdesk-cli snapshot export|diff` as real processes against the sandbox executable (the demo tenant): the file
// written, the diff of two states made by real grant and revoke commands, formats, exit codes, refused files.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kFabrikamRequest = QStringLiteral("436066c2-d931-4630-9f7e-24c4d7647a2a"); // no service principal yet
const QString kFabrikamApp = QStringLiteral("e79045c0-6db8-4cb2-8ab8-c1cc398fe6ee");
const QString kCrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // Northwind CRM

QString rowOf(const QJsonObject& o)
{
    QStringList parts;
    for (const char* key : {"change", "kind", "app", "appId", "permission", "principal"}) {
        parts.append(o.value(QLatin1String(key)).toString());
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestCliSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void exportWritesACompleteSnapshot();
    void diffOfTwoStatesListsExactlyTheOperations();
    void diffFormats();
    void refusedFilesCompareNothing();
    void usageErrors();

private:
    CliRunner::Run run(const QStringList& args)
    {
        return m_cli.run(m_sandbox.connectionOptions() + args, m_admin, 120000);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
    QTemporaryDir m_dir;
};

void TestCliSnapshot::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    QVERIFY(m_dir.isValid());
    m_admin = m_sandbox.token(kAdmin);
    QVERIFY(!m_admin.isEmpty());
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"),
                               QString::fromLatin1(m_sandbox.exchangeToken(kAdmin)));
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliSnapshot::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

void TestCliSnapshot::exportWritesACompleteSnapshot()
{
    const CliRunner::Run r = run({"--format", "json", "snapshot", "export", file("a.json")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(result.value("errors").toArray().size(), 0);

    QFile f(file("a.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject header = root.value("consentDeskSnapshot").toObject();
    QCOMPARE(header.value("schemaVersion").toInt(), 1);
    QCOMPARE(header.value("tenantDisplayName").toString(), QStringLiteral("Contoso"));
    QCOMPARE(header.value("tenantId").toString(), m_sandbox.info().value("tenantId").toString());
    QVERIFY(QDateTime::fromString(header.value("createdDateTime").toString(), Qt::ISODate).isValid());
    // Who: a scheduled export runs with CONSENTDESK_ACCESS_TOKEN; the header names the user the token was issued to.
    QCOMPARE(header.value("createdBy").toString(), kAdmin);

    // Every collection as Graph lists it.
    const QJsonArray grants = m_http.list(QStringLiteral("/oauth2PermissionGrants"));
    QCOMPARE(root.value("oauth2PermissionGrants").toArray().size(), grants.size());
    QCOMPARE(root.value("servicePrincipals").toArray().size(),
             m_http.list(QStringLiteral("/servicePrincipals")).size());
    QVERIFY(root.value("appRoleAssignments").toArray().size() > 0);
    QVERIFY(root.value("users").toArray().size() > 0);
    QCOMPARE(root.value("appConsentRequests").toArray().size(),
             m_http.list(QStringLiteral("/identityGovernance/appConsent/appConsentRequests")).size());
    QVERIFY(root.value("appConsentRequests").toArray().first().toObject().contains("userConsentRequests"));
    QVERIFY(root.value("policies").toObject().contains("adminConsentRequestPolicy"));
    QVERIFY(root.value("policies").toObject().contains("authorizationPolicy"));
    QVERIFY(root.value("applicationAccessPolicies").toArray().size() > 0);
    QVERIFY(root.contains("consentDeskSnapshotEnd"));
    QVERIFY(!f.fileName().isEmpty());
    QVERIFY(CliRunner::secretShapeIn(QString::fromUtf8(QJsonDocument(root).toJson())).isEmpty());

    // gzip by the name; the same content.
    const CliRunner::Run gz = run({"snapshot", "export", file("a.json.gz")});
    QVERIFY2(gz.code == 0, qPrintable(gz.all()));
    QFile g(file("a.json.gz"));
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.read(2), QByteArray("\x1f\x8b"));
    const CliRunner::Run same = run({"snapshot", "diff", file("a.json"), file("a.json.gz")});
    QCOMPARE(same.code, 0);
    QVERIFY2(same.out.contains(QLatin1String("No differences.")), qPrintable(same.all()));
}

void TestCliSnapshot::diffOfTwoStatesListsExactlyTheOperations()
{
    QVERIFY2(run({"snapshot", "export", file("before.json.gz")}).code == 0, "export before");
    const CliRunner::Run equal = run({"snapshot", "diff", file("before.json.gz"), "live"});
    QVERIFY2(equal.code == 0, qPrintable(equal.all()));

    // Real operations: a grant that creates the app's service principal, two revokes.
    const CliRunner::Run grant
        = run({"requests", "grant", kFabrikamRequest, "--scopes", "User.Read,Calendars.Read.Shared", "--yes"});
    QVERIFY2(grant.code == 0, qPrintable(grant.all()));
    const CliRunner::Run revokeScope = run({"grants", "revoke", "--app", kCrmApp, "--scope", "Mail.Read", "--yes"});
    QVERIFY2(revokeScope.code == 0, qPrintable(revokeScope.all()));
    const CliRunner::Run revokeRole
        = run({"grants", "revoke", "--app", kCrmApp, "--application-permission", "Mail.ReadWrite", "--yes"});
    QVERIFY2(revokeRole.code == 0, qPrintable(revokeRole.all()));

    const CliRunner::Run live = run({"--format", "json", "snapshot", "diff", file("before.json.gz"), "live"});
    QVERIFY2(live.code == 1, qPrintable(live.all())); // different
    QStringList rows;
    for (const auto& v : QJsonDocument::fromJson(live.out.toUtf8()).object().value("changes").toArray()) {
        rows.append(rowOf(v.toObject()));
    }
    rows.sort();
    const QStringList expected {
        QStringLiteral("added|app|Fabrikam Sales Engage|%1||").arg(kFabrikamApp),
        QStringLiteral("added|delegated|Fabrikam Sales Engage|%1|Calendars.Read.Shared|").arg(kFabrikamApp),
        QStringLiteral("added|delegated|Fabrikam Sales Engage|%1|User.Read|").arg(kFabrikamApp),
        QStringLiteral("removed|application|Northwind CRM|%1|Mail.ReadWrite|").arg(kCrmApp),
        QStringLiteral("removed|delegated|Northwind CRM|%1|Mail.Read|").arg(kCrmApp),
    };
    QCOMPARE(rows, expected);

    // The same from two files.
    QVERIFY(run({"snapshot", "export", file("after.json")}).code == 0);
    const CliRunner::Run files
        = run({"--format", "json", "snapshot", "diff", file("before.json.gz"), file("after.json")});
    QCOMPARE(files.code, 1);
    QCOMPARE(QDateTime::fromString(QJsonDocument::fromJson(files.out.toUtf8())
                                       .object()
                                       .value("after")
                                       .toObject()
                                       .value("createdDateTime")
                                       .toString(),
                                   Qt::ISODate)
                 .isValid(),
             true);
    QCOMPARE(QJsonDocument::fromJson(files.out.toUtf8()).object().value("changes").toArray().size(), expected.size());
    // Every row about a grant says when ConsentDesk first saw it; an app's row has no such date.
    for (const auto& v : QJsonDocument::fromJson(files.out.toUtf8()).object().value("changes").toArray()) {
        const QJsonObject row = v.toObject();
        const bool grant = row.value("kind").toString() != QLatin1String("app");
        QCOMPARE(row.contains(QStringLiteral("firstSeen")), grant);
        // The issue's nine keys, then the two documented additions: nothing else.
        QStringList keys {
            "change", "kind", "app", "appId", "permission", "principal", "before", "after", "risk", "resource"};
        if (grant) {
            keys << "firstSeen";
        }
        keys.sort();
        QCOMPARE(row.keys(), keys);
        if (grant) {
            QVERIFY2(QDate::fromString(row.value("firstSeen").toString(), Qt::ISODate).isValid(),
                     qPrintable(QJsonDocument(row).toJson()));
        }
        if (row.value("change").toString() == QLatin1String("removed")) {
            QCOMPARE(row.value("after").toString(), QStringLiteral("removed"));
        }
    }
    // Reversed, the same rows the other way round.
    const CliRunner::Run back
        = run({"--format", "json", "snapshot", "diff", file("after.json"), file("before.json.gz")});
    QCOMPARE(back.code, 1);
    for (const auto& v : QJsonDocument::fromJson(back.out.toUtf8()).object().value("changes").toArray()) {
        const QString change = v.toObject().value("change").toString();
        const QString app = v.toObject().value("app").toString();
        QCOMPARE(change, app == QLatin1String("Northwind CRM") ? QStringLiteral("added") : QStringLiteral("removed"));
    }
}

void TestCliSnapshot::diffFormats()
{
    QVERIFY(run({"snapshot", "export", file("f1.json")}).code == 0);
    QVERIFY(run({"grants", "revoke", "--app", kCrmApp, "--scope", "Mail.Read", "--yes"}).code == 0);
    QVERIFY(run({"snapshot", "export", file("f2.json")}).code == 0);

    const CliRunner::Run table = run({"snapshot", "diff", file("f1.json"), file("f2.json")});
    QCOMPARE(table.code, 1);
    QVERIFY2(table.out.contains(QLatin1String("removed")) && table.out.contains(QLatin1String("Mail.Read")),
             qPrintable(table.out));

    const CliRunner::Run csv = run({"--format", "csv", "snapshot", "diff", file("f1.json"), file("f2.json")});
    QCOMPARE(csv.code, 1);
    QVERIFY2(csv.out.startsWith(
                 QLatin1String("risk,change,kind,app,appId,permission,resource,principal,before,after,firstSeen")),
             qPrintable(csv.out));
    QCOMPARE(csv.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    // The revoked scope: After says it is gone, and First seen since when ConsentDesk had seen it (the first export
    // recorded it, today).
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QVERIFY2(csv.out.trimmed().endsWith(QStringLiteral(",granted for all users,removed,") + today),
             qPrintable(csv.out));

    const CliRunner::Run html = run({"--format", "html", "snapshot", "diff", file("f1.json"), file("f2.json")});
    QCOMPARE(html.code, 1);
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.out.contains(QLatin1String("Mail.Read")));
    QVERIFY(!html.out.contains(QLatin1String("<script")));

    const CliRunner::Run equalHtml = run({"--format", "html", "snapshot", "diff", file("f2.json"), file("f2.json")});
    QCOMPARE(equalHtml.code, 0);
    QVERIFY(equalHtml.out.contains(QLatin1String("No differences.")));
}

void TestCliSnapshot::refusedFilesCompareNothing()
{
    QVERIFY(run({"snapshot", "export", file("good.json.gz")}).code == 0);
    QFile good(file("good.json.gz"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray gz = good.readAll();
    QFile cut(file("cut.json.gz"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(gz.left(gz.size() / 2));
    cut.close();
    QFile foreign(file("foreign.json"));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write(R"({"value": []})");
    foreign.close();

    const CliRunner::Run truncated = run({"snapshot", "diff", file("good.json.gz"), file("cut.json.gz")});
    QCOMPARE(truncated.code, 2);
    QVERIFY2(truncated.err.contains(QLatin1String("truncated")), qPrintable(truncated.err));
    QVERIFY(truncated.out.isEmpty());
    const CliRunner::Run notOurs = run({"snapshot", "diff", file("foreign.json"), "live"});
    QCOMPARE(notOurs.code, 2);
    QVERIFY2(notOurs.err.contains(QLatin1String("not a ConsentDesk snapshot")), qPrintable(notOurs.err));
    const CliRunner::Run missing = run({"snapshot", "diff", file("good.json.gz"), file("nope.json")});
    QCOMPARE(missing.code, 5);
}

void TestCliSnapshot::usageErrors()
{
    QCOMPARE(run({"snapshot", "diff", file("x.json")}).code, 2);
    QCOMPARE(run({"snapshot", "diff", "live", file("x.json")}).code, 2);
    QCOMPARE(run({"snapshot", "export"}).code, 2);
    QCOMPARE(run({"--format", "html", "snapshot", "export", file("h.json")}).code, 2); // html is the diff's alone
    QVERIFY(!QFile::exists(file("h.json")));
    // An export that fails leaves no file behind.
    const CliRunner::Run denied = m_cli.run(
        m_sandbox.connectionOptions() + QStringList {"snapshot", "export", file("denied.json")}, "not-a-token", 60000);
    QVERIFY(denied.code != 0);
    QVERIFY(!QFile::exists(file("denied.json")));
}

QTEST_GUILESS_MAIN(TestCliSnapshot)
#include "TestCliSnapshot.moc"
