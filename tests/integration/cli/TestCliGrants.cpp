// `consentdesk-cli grants list|revoke|keep-only` and `journal list|restore` as real processes against the sandbox
// executable (the demo tenant), with tokens from /_sandbox/token. The tenant is reset before every test; every claim
// about the tenant is checked over plain HTTP (TenantHttp), never taken from the CLI's own output.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TenantHttp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// From the fixture as shipped (resources/fixtures/contoso.json).
const QString kNorthwind = QStringLiteral("01639259-d573-4a21-83de-b3c751f2bde3"); // 7 tenant-wide scopes, 6 app roles
const QString kNorthwindApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0");
const QString kAdventure = QStringLiteral("ce15008d-ecff-4842-9f6f-1fd2e0719529"); // tenant-wide + Liam's consent
const QString kGiftCard = QStringLiteral("7e839358-a0cb-4437-979c-39d506a1e271"); // Hannah's and Zara's consents
const QString kGiftCardApp = QStringLiteral("9154eb9d-a1e6-48e7-b1bc-2fb27539a9ab");
const QString kProseware = QStringLiteral("22818b5a-d6b7-420e-984f-19279f1e54c1"); // seven users' consents
const QString kTailspin = QStringLiteral("d229298e-e3a2-41b7-9d68-084ac8a12f24"); // tenant-wide + 2 app roles
const QString kSouthridge
    = QStringLiteral("8c0736d8-4760-4cf1-82dc-378f923a221d"); // 7 scopes, User.Read.All, Calendars.Read
const QString kRelecloud = QStringLiteral("e8027f4b-87df-44d0-b050-e980b9e0dfaf");
const QString kIntranet = QStringLiteral("77869399-dc3b-4ef0-b93a-dcba0ee23027");

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kHannah = QStringLiteral("hannah.weiss@contoso.com"); // two consents; roles through two groups

QSet<QString> scopeSet(const QString& scope)
{
    QSet<QString> set;
    for (const QString& s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(s);
    }
    return set;
}

QStringList sortedScopes(const QString& scope)
{
    QStringList list = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

class TestCliGrants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listAppEqualsTheTenant();
    void listAppByAppIdObjectIdOrName();
    void listUserShowsConsentsTenantWideAndGroupRoles();
    void listAllEqualsTheTenant();
    void listPermissionsSaysWhenEachGrantWasFirstSeen();
    void listUsageAndNotFound();
    void revokeTenantWideScopesThenRestore();
    void revokeUserConsentThenRestore();
    void revokeUserScope();
    void revokeApplicationPermissionsThenRestore();
    void revokeAllPermissionsThenRestore();
    void bulkRevokeFromAppsFile();
    void keepOnlyThenRestore();
    void restoreOfAnAppThatIsGoneIsRefused();
    void dryRunChangesNothing();
    void revokeSaysWhichScopesAreNotHeld();
    void globalReaderCanLookButNotTouch();
    void journalListFilters();
    void journalListOffline();
    void nothingSecretWasPrinted();

private:
    QStringList cli(const QStringList& args) const { return m_sandbox.connectionOptions() + args; }
    CliRunner::Run run(const QStringList& args, const QByteArray& token = {}, const CliRunner* runner = nullptr)
    {
        const CliRunner::Run r = (runner ? *runner : m_cli).run(cli(args), token.isEmpty() ? m_admin : token);
        m_output += r.all();
        return r;
    }
    static QJsonArray jsonRows(const CliRunner::Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    static QString operationOf(const CliRunner::Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("operationId")).toString();
    }
    // Everything a client holds, as comparable lines: grants by consent type, user, API and scopes (ids differ after a
    // restore), assignments by API and role.
    QStringList snapshot(const QString& clientId) const;
    QJsonArray grantsOf(const QString& clientId) const;
    QJsonArray assignmentsOf(const QString& clientId) const;
    QString roleValue(const QString& resourceId, const QString& appRoleId) const;
    QString userId(const QString& upn) const;

    SandboxProcess m_sandbox;
    CliRunner m_cli;
    TenantHttp m_http;
    QByteArray m_admin;
    QByteArray m_reader;
    QString m_output;
};

void TestCliGrants::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_admin = m_sandbox.token(kAdmin);
    m_reader = m_sandbox.token(kReader);
    QVERIFY(!m_admin.isEmpty() && !m_reader.isEmpty());
    m_http = TenantHttp(m_sandbox.baseUrl(), m_admin);
}

void TestCliGrants::init()
{
    QCOMPARE(m_http.control(QStringLiteral("/_sandbox/reset")).value(QStringLiteral("reset")).toBool(), true);
}

QJsonArray TestCliGrants::grantsOf(const QString& clientId) const
{
    return m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=clientId%20eq%20'") + clientId
                       + QStringLiteral("'"));
}

QJsonArray TestCliGrants::assignmentsOf(const QString& clientId) const
{
    return m_http.list(QStringLiteral("/servicePrincipals/") + clientId + QStringLiteral("/appRoleAssignments"));
}

QString TestCliGrants::roleValue(const QString& resourceId, const QString& appRoleId) const
{
    const QJsonObject sp = m_http.get(QStringLiteral("/servicePrincipals/") + resourceId).object();
    for (const auto& v : sp.value(QStringLiteral("appRoles")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == appRoleId) {
            return v.toObject().value(QStringLiteral("value")).toString();
        }
    }
    return {};
}

QString TestCliGrants::userId(const QString& upn) const
{
    return m_http.get(QStringLiteral("/users/") + upn).object().value(QStringLiteral("id")).toString();
}

QStringList TestCliGrants::snapshot(const QString& clientId) const
{
    QStringList lines;
    for (const auto& v : grantsOf(clientId)) {
        const QJsonObject g = v.toObject();
        lines.append(QStringLiteral("grant|%1|%2|%3|%4")
                         .arg(g.value(QStringLiteral("consentType")).toString(),
                              g.value(QStringLiteral("principalId")).toString(),
                              g.value(QStringLiteral("resourceId")).toString(),
                              sortedScopes(g.value(QStringLiteral("scope")).toString()).join(QLatin1Char(' '))));
    }
    for (const auto& v : assignmentsOf(clientId)) {
        const QJsonObject a = v.toObject();
        lines.append(QStringLiteral("role|%1|%2")
                         .arg(a.value(QStringLiteral("resourceId")).toString(),
                              a.value(QStringLiteral("appRoleId")).toString()));
    }
    lines.sort();
    return lines;
}

void TestCliGrants::listAppEqualsTheTenant()
{
    for (const QString& client : {kNorthwind, kAdventure, kGiftCard}) {
        const CliRunner::Run r = run({QStringLiteral("--format"),
                                      QStringLiteral("json"),
                                      QStringLiteral("grants"),
                                      QStringLiteral("list"),
                                      QStringLiteral("--app"),
                                      client});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QStringList got;
        for (const auto& v : jsonRows(r)) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.keys().size(), 11); // the MSIdentityTools columns, no more
            QCOMPARE(row.value(QStringLiteral("ClientObjectId")).toString(), client);
            got.append(QStringLiteral("%1|%2|%3")
                           .arg(row.value(QStringLiteral("PermissionType")).toString(),
                                row.value(QStringLiteral("Permission")).toString(),
                                row.value(QStringLiteral("PrincipalDisplayName")).toString()));
        }
        QStringList expected;
        for (const auto& v : grantsOf(client)) {
            const QJsonObject g = v.toObject();
            const bool all = g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals");
            const QString user
                = all ? QString()
                      : m_http.get(QStringLiteral("/users/") + g.value(QStringLiteral("principalId")).toString())
                            .object()
                            .value(QStringLiteral("displayName"))
                            .toString();
            for (const QString& s : sortedScopes(g.value(QStringLiteral("scope")).toString())) {
                expected.append(
                    QStringLiteral("%1|%2|%3")
                        .arg(all ? QStringLiteral("Delegated-AllPrincipals") : QStringLiteral("Delegated-Principal"),
                             s,
                             user));
            }
        }
        for (const auto& v : assignmentsOf(client)) {
            const QJsonObject a = v.toObject();
            expected.append(QStringLiteral("Application|%1|%2")
                                .arg(roleValue(a.value(QStringLiteral("resourceId")).toString(),
                                               a.value(QStringLiteral("appRoleId")).toString()),
                                     a.value(QStringLiteral("principalDisplayName")).toString()));
        }
        got.sort();
        expected.sort();
        QVERIFY(!expected.isEmpty());
        if (got != expected) {
            // Application rows name the client as principal in some exports: compare without it.
            auto strip = [](QStringList l) {
                for (QString& s : l) {
                    if (s.startsWith(QLatin1String("Application|"))) {
                        s = s.section(QLatin1Char('|'), 0, 1);
                    }
                }
                l.sort();
                return l;
            };
            QCOMPARE(strip(got), strip(expected));
        }
    }
}

void TestCliGrants::listAppByAppIdObjectIdOrName()
{
    int rows = -1;
    for (const QString& name : {kNorthwindApp, kNorthwind, QStringLiteral("Northwind CRM")}) {
        const CliRunner::Run r = run({QStringLiteral("--format"),
                                      QStringLiteral("csv"),
                                      QStringLiteral("grants"),
                                      QStringLiteral("list"),
                                      QStringLiteral("--app"),
                                      name});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("PermissionType,ClientObjectId,AppId,ClientDisplayName,ResourceDisplayName,Permission,"
                                "ConsentType,PrincipalDisplayName,Risk,MicrosoftApp,AppOwnerOrganizationId"));
        if (rows >= 0) {
            QCOMPARE(int(lines.size()), rows);
        }
        rows = int(lines.size());
    }
    QCOMPARE(rows, 1 + 7 + 6);
}

void TestCliGrants::listUserShowsConsentsTenantWideAndGroupRoles()
{
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--user"),
                                  kHannah});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QStringList own;
    int tenantWide = 0;
    QStringList roles;
    for (const auto& v : jsonRows(r)) {
        const QJsonObject row = v.toObject();
        const QString type = row.value(QStringLiteral("PermissionType")).toString();
        if (type == QLatin1String("Delegated-Principal")) {
            own.append(row.value(QStringLiteral("ClientDisplayName")).toString() + QLatin1Char('|')
                       + row.value(QStringLiteral("Permission")).toString());
        } else if (type == QLatin1String("Delegated-AllPrincipals")) {
            ++tenantWide;
        } else {
            roles.append(row.value(QStringLiteral("ClientDisplayName")).toString() + QLatin1Char('|')
                         + row.value(QStringLiteral("GrantedThrough")).toString());
        }
    }
    // Her own consents, as the tenant holds them.
    QStringList expectedOwn;
    const QString hannah = userId(kHannah);
    for (const auto& v : m_http.list(QStringLiteral("/users/") + hannah + QStringLiteral("/oauth2PermissionGrants"))) {
        const QJsonObject g = v.toObject();
        const QString client
            = m_http.get(QStringLiteral("/servicePrincipals/") + g.value(QStringLiteral("clientId")).toString())
                  .object()
                  .value(QStringLiteral("displayName"))
                  .toString();
        for (const QString& s : sortedScopes(g.value(QStringLiteral("scope")).toString())) {
            expectedOwn.append(client + QLatin1Char('|') + s);
        }
    }
    own.sort();
    expectedOwn.sort();
    QCOMPARE(own, expectedOwn);
    QCOMPARE(int(own.size()), 9); // Gift Card Rewards Checker (5) and Alpine Survey (4)
    // Every tenant-wide scope applies to her.
    int expectedTenantWide = 0;
    for (const auto& v :
         m_http.list(QStringLiteral("/oauth2PermissionGrants?$filter=consentType%20eq%20'AllPrincipals'"))) {
        expectedTenantWide += int(scopeSet(v.toObject().value(QStringLiteral("scope")).toString()).size());
    }
    QCOMPARE(tenantWide, expectedTenantWide);
    // Roles through groups, nested included: Marketing Team → Graphic Design Studio, All Employees → Woodgrove.
    roles.sort();
    QCOMPARE(roles,
             QStringList({QStringLiteral("Graphic Design Studio|Marketing Team"),
                          QStringLiteral("Woodgrove Expenses|All Employees")}));
}

void TestCliGrants::listAllEqualsTheTenant()
{
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--all")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err)); // the sandbox pages correctly
    // The tenant: per client, tenant-wide grants and scopes, user grants, users, application permissions.
    struct Expect
    {
        int tenantWideGrants = 0, tenantWideScopes = 0, userGrants = 0, apps = 0;
        QSet<QString> users;
    };
    QHash<QString, Expect> expected;
    int totalRows = 0;
    for (const auto& v : m_http.list(QStringLiteral("/oauth2PermissionGrants"))) {
        const QJsonObject g = v.toObject();
        Expect& e = expected[g.value(QStringLiteral("clientId")).toString()];
        const int scopes = int(scopeSet(g.value(QStringLiteral("scope")).toString()).size());
        totalRows += scopes;
        if (g.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals")) {
            ++e.tenantWideGrants;
            e.tenantWideScopes += scopes;
        } else {
            ++e.userGrants;
            e.users.insert(g.value(QStringLiteral("principalId")).toString());
        }
    }
    for (const auto& v : m_http.list(QStringLiteral("/servicePrincipals"))) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        const int held = int(assignmentsOf(id).size());
        if (held > 0) {
            expected[id].apps = held;
            totalRows += held;
        }
    }
    const QJsonArray rows = jsonRows(r);
    QCOMPARE(int(rows.size()), int(expected.size()));
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        const QString id = row.value(QStringLiteral("ObjectId")).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        const Expect& e = expected[id];
        QCOMPARE(row.value(QStringLiteral("TenantWideGrants")).toInt(), e.tenantWideGrants);
        QCOMPARE(row.value(QStringLiteral("TenantWideScopes")).toInt(), e.tenantWideScopes);
        QCOMPARE(row.value(QStringLiteral("UserGrants")).toInt(), e.userGrants);
        QCOMPARE(row.value(QStringLiteral("Users")).toInt(), int(e.users.size()));
        QCOMPARE(row.value(QStringLiteral("ApplicationPermissions")).toInt(), e.apps);
        QVERIFY(!row.value(QStringLiteral("HighestRisk")).toString().isEmpty());
    }
    const CliRunner::Run p = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--all"),
                                  QStringLiteral("--permissions")});
    QVERIFY2(p.code == 0, qPrintable(p.all()));
    QCOMPARE(int(jsonRows(p).size()), totalRows);
}

void TestCliGrants::listPermissionsSaysWhenEachGrantWasFirstSeen()
{
    const QStringList list {
        QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--permissions")};
    const CliRunner::Run first = run(QStringList {QStringLiteral("--format"), QStringLiteral("json")} + list);
    QVERIFY2(first.code == 0, qPrintable(first.all()));
    // Never seen on this computer before: every grant is first seen today (UTC), in an extra key after the others.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QVERIFY(!jsonRows(first).isEmpty());
    for (const auto& v : jsonRows(first)) {
        QCOMPARE(v.toObject().keys().size(), 12);
        QCOMPARE(v.toObject().value(QStringLiteral("FirstSeen")).toString(), today);
    }
    const CliRunner::Run csv = run(QStringList {QStringLiteral("--format"), QStringLiteral("csv")} + list);
    QVERIFY2(csv.code == 0, qPrintable(csv.all()));
    const QString header = csv.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(header.startsWith(QLatin1String("PermissionType,ClientObjectId,AppId,"))
                 && header.endsWith(QLatin1String(",AppOwnerOrganizationId,FirstSeen")),
             qPrintable(header)); // the MSIdentityTools columns where they were, FirstSeen last

    // The history (one file per tenant, hashes only) knew Northwind's tenant-wide Mail.Read since October (a snapshot
    // opened later): that row says so, the others keep today.
    const QString tenant
        = m_http.list(QStringLiteral("/organization")).first().toObject().value(QStringLiteral("id")).toString();
    QString path; // <AppDataLocation>/first-seen/<tenant>.jsonl under the CLI's private home
    QDirIterator files(
        m_cli.home(), {tenant.toLower() + QStringLiteral(".jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        path = files.next();
    }
    QVERIFY2(path.contains(QLatin1String("/first-seen/")), qPrintable(m_cli.home()));
    QFile history(path);
    QVERIFY2(history.exists(), qPrintable(path));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray written = history.readAll();
    QVERIFY(!written.contains("Northwind") && !written.contains("Mail.Read")); // no names
    history.close();
    const QString key
        = QStringLiteral("delegated|%1|00000003-0000-0000-c000-000000000000|Mail.Read|").arg(kNorthwindApp);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
                                .left(12)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY(history.open(QIODevice::Append));
    history.write(R"({"t":"2026-10-01T08:00:00Z","src":"snapshot","kind":"delegated","keys":[")" + hash + "\"]}\n");
    history.close();
    const CliRunner::Run second = run(QStringList {QStringLiteral("--format"), QStringLiteral("json")} + list);
    QVERIFY2(second.code == 0, qPrintable(second.all()));
    int october = 0;
    for (const auto& v : jsonRows(second)) {
        const QJsonObject row = v.toObject();
        const bool northwindMail
            = row.value(QStringLiteral("ClientObjectId")).toString() == kNorthwind
              && row.value(QStringLiteral("Permission")).toString() == QLatin1String("Mail.Read")
              && row.value(QStringLiteral("PermissionType")).toString() == QLatin1String("Delegated-AllPrincipals");
        QCOMPARE(row.value(QStringLiteral("FirstSeen")).toString(),
                 northwindMail ? QStringLiteral("2026-10-01") : today);
        october += northwindMail ? 1 : 0;
    }
    QCOMPARE(october, 1);
}

void TestCliGrants::listUsageAndNotFound()
{
    QCOMPARE(run({QStringLiteral("grants"), QStringLiteral("list")}).code, 2);
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("list"),
                  QStringLiteral("--all"),
                  QStringLiteral("--app"),
                  kNorthwind})
                 .code,
             2);
    QCOMPARE(
        run({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--app"), QStringLiteral("No Such App")})
            .code,
        5);
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("list"),
                  QStringLiteral("--app"),
                  QStringLiteral("11111111-2222-3333-4444-555555555555")})
                 .code,
             5);
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("list"),
                  QStringLiteral("--user"),
                  QStringLiteral("nobody@contoso.com")})
                 .code,
             5);
    // Nothing revoked without saying what.
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("revoke"),
                  QStringLiteral("--app"),
                  kNorthwind,
                  QStringLiteral("--yes")})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("revoke"),
                  QStringLiteral("--app"),
                  QStringLiteral("No Such App"),
                  QStringLiteral("--all-permissions"),
                  QStringLiteral("--yes")})
                 .code,
             5);
}

void TestCliGrants::revokeTenantWideScopesThenRestore()
{
    const QStringList before = snapshot(kNorthwind);
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  QStringLiteral("Northwind CRM"),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Mail.Read"),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Contacts.Read"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray grants = grantsOf(kNorthwind);
    QCOMPARE(grants.size(), 1);
    QCOMPARE(scopeSet(grants.first().toObject().value(QStringLiteral("scope")).toString()),
             scopeSet(QStringLiteral("openid profile offline_access User.Read Calendars.ReadWrite")));
    QCOMPARE(assignmentsOf(kNorthwind).size(), 6); // application permissions untouched
    const QString operation = operationOf(r);
    QVERIFY(!operation.isEmpty());
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operation,
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kNorthwind), before);
    // Restoring twice does not duplicate: everything is refused as restored already.
    const CliRunner::Run again = run({QStringLiteral("journal"),
                                      QStringLiteral("restore"),
                                      QStringLiteral("--operation"),
                                      operation,
                                      QStringLiteral("--yes")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("restored already")), qPrintable(again.all()));
    QCOMPARE(snapshot(kNorthwind), before);
}

void TestCliGrants::revokeUserConsentThenRestore()
{
    const QStringList before = snapshot(kGiftCard);
    const QString hannah = userId(kHannah);
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kGiftCardApp,
                                  QStringLiteral("--user"),
                                  kHannah,
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray grants = grantsOf(kGiftCard);
    QCOMPARE(grants.size(), 1); // Zara's consent stays
    QVERIFY(grants.first().toObject().value(QStringLiteral("principalId")).toString() != hannah);
    // A user without consent to the app: not found, nothing sent.
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("revoke"),
                  QStringLiteral("--app"),
                  kGiftCardApp,
                  QStringLiteral("--user"),
                  kHannah,
                  QStringLiteral("--yes")})
                 .code,
             5);
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kGiftCard), before);
}

void TestCliGrants::revokeUserScope()
{
    const QString mei = userId(QStringLiteral("mei.chen@contoso.com"));
    const QStringList before = snapshot(kProseware);
    const CliRunner::Run r = run({QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  QStringLiteral("Proseware Scheduler"),
                                  QStringLiteral("--user"),
                                  QStringLiteral("mei.chen@contoso.com"),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Calendars.Read"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.all().contains(QLatin1String("stay valid until they expire"))); // the token note
    int changed = 0;
    for (const auto& v : grantsOf(kProseware)) {
        const QJsonObject g = v.toObject();
        const QSet<QString> scopes = scopeSet(g.value(QStringLiteral("scope")).toString());
        if (g.value(QStringLiteral("principalId")).toString() == mei) {
            QCOMPARE(scopes, scopeSet(QStringLiteral("User.Read offline_access openid profile")));
            ++changed;
        } else {
            QVERIFY(scopes.contains(QStringLiteral("Calendars.Read")));
        }
    }
    QCOMPARE(changed, 1);
    QCOMPARE(int(snapshot(kProseware).size()), int(before.size()));
}

void TestCliGrants::revokeApplicationPermissionsThenRestore()
{
    const QStringList before = snapshot(kNorthwind);
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kNorthwindApp,
                                  QStringLiteral("--application-permission"),
                                  QStringLiteral("Mail.ReadWrite,Directory.Read.All"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QStringList values;
    for (const auto& v : assignmentsOf(kNorthwind)) {
        const QJsonObject a = v.toObject();
        values.append(roleValue(a.value(QStringLiteral("resourceId")).toString(),
                                a.value(QStringLiteral("appRoleId")).toString()));
    }
    values.sort();
    QCOMPARE(values,
             QStringList({QStringLiteral("Calendars.ReadWrite"),
                          QStringLiteral("Contacts.Read"),
                          QStringLiteral("Mail.Read"),
                          QStringLiteral("User.Read.All")}));
    QCOMPARE(grantsOf(kNorthwind).size(), 1); // delegated grant untouched
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kNorthwind), before);
}

void TestCliGrants::revokeAllPermissionsThenRestore()
{
    const QStringList before = snapshot(kTailspin);
    QVERIFY(before.size() >= 3);
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kTailspin,
                                  QStringLiteral("--all-permissions"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(snapshot(kTailspin).isEmpty());
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kTailspin), before);
}

void TestCliGrants::bulkRevokeFromAppsFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("apps.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# apps to clean up\nRelecloud Messenger\n\n" + kIntranet.toUtf8() + "\n");
    file.close();
    const QStringList beforeRelecloud = snapshot(kRelecloud);
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--apps-file"),
                                  file.fileName(),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("User.Read"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    for (const QString& client : {kRelecloud, kIntranet}) {
        const QJsonArray grants = grantsOf(client);
        QCOMPARE(grants.size(), 1);
        QVERIFY(!scopeSet(grants.first().toObject().value(QStringLiteral("scope")).toString())
                     .contains(QStringLiteral("User.Read")));
    }
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kRelecloud), beforeRelecloud);
}

void TestCliGrants::keepOnlyThenRestore()
{
    const QStringList before = snapshot(kSouthridge);
    const CliRunner::Run dry = run({QStringLiteral("--format"),
                                    QStringLiteral("json"),
                                    QStringLiteral("grants"),
                                    QStringLiteral("keep-only"),
                                    QStringLiteral("--app"),
                                    kSouthridge,
                                    QStringLiteral("--keep"),
                                    QStringLiteral("User.Read,openid,App:Calendars.Read,Nope"),
                                    QStringLiteral("--dry-run")});
    QVERIFY2(dry.code == 0, qPrintable(dry.all()));
    QHash<QString, int> statuses;
    for (const auto& v : jsonRows(dry)) {
        ++statuses[v.toObject().value(QStringLiteral("Status")).toString()];
    }
    QCOMPARE(statuses.value(QStringLiteral("kept")), 3);
    QCOMPARE(statuses.value(QStringLiteral("removed")), 6);
    QCOMPARE(statuses.value(QStringLiteral("not held")), 1);
    QCOMPARE(snapshot(kSouthridge), before);

    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("keep-only"),
                                  QStringLiteral("--app"),
                                  kSouthridge,
                                  QStringLiteral("--keep"),
                                  QStringLiteral("User.Read,openid,App:Calendars.Read"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray grants = grantsOf(kSouthridge);
    QCOMPARE(grants.size(), 1);
    QCOMPARE(scopeSet(grants.first().toObject().value(QStringLiteral("scope")).toString()),
             scopeSet(QStringLiteral("openid User.Read")));
    const QJsonArray roles = assignmentsOf(kSouthridge);
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roleValue(roles.first().toObject().value(QStringLiteral("resourceId")).toString(),
                       roles.first().toObject().value(QStringLiteral("appRoleId")).toString()),
             QStringLiteral("Calendars.Read"));
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    QCOMPARE(snapshot(kSouthridge), before);
}

void TestCliGrants::dryRunChangesNothing()
{
    const QStringList before = snapshot(kNorthwind);
    const CliRunner::Run r = run({QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kNorthwind,
                                  QStringLiteral("--all-permissions"),
                                  QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QLatin1String("Remove-MgServicePrincipalAppRoleAssignedTo")));
    QVERIFY(r.out.contains(QLatin1String("stay valid until they expire")));
    QCOMPARE(snapshot(kNorthwind), before);
    // Without --yes and without a terminal: refused, nothing sent.
    QCOMPARE(run({QStringLiteral("grants"),
                  QStringLiteral("revoke"),
                  QStringLiteral("--app"),
                  kNorthwind,
                  QStringLiteral("--all-permissions")})
                 .code,
             2);
    QCOMPARE(snapshot(kNorthwind), before);
}

void TestCliGrants::revokeSaysWhichScopesAreNotHeld()
{
    // Tenant-wide: Mail.Read is held and planned, Tasks.Read is not and only warned about.
    const QStringList before = snapshot(kNorthwind);
    const CliRunner::Run tenantWide = run({QStringLiteral("grants"),
                                           QStringLiteral("revoke"),
                                           QStringLiteral("--app"),
                                           kNorthwind,
                                           QStringLiteral("--scope"),
                                           QStringLiteral("Mail.Read,Tasks.Read"),
                                           QStringLiteral("--dry-run")});
    QVERIFY2(tenantWide.code == 0, qPrintable(tenantWide.all()));
    QVERIFY2(tenantWide.all().contains(QLatin1String("holds no tenant-wide Tasks.Read: nothing to remove")),
             qPrintable(tenantWide.all()));
    QVERIFY2(!tenantWide.all().contains(QLatin1String("holds no tenant-wide Mail.Read")), qPrintable(tenantWide.all()));
    QVERIFY2(tenantWide.out.contains(QLatin1String("Update-MgOauth2PermissionGrant")), qPrintable(tenantWide.out));
    QCOMPARE(snapshot(kNorthwind), before);

    // One user's consent: User.Read is held, Mail.Send is not.
    const QStringList proseware = snapshot(kProseware);
    const CliRunner::Run user = run({QStringLiteral("grants"),
                                     QStringLiteral("revoke"),
                                     QStringLiteral("--app"),
                                     QStringLiteral("Proseware Scheduler"),
                                     QStringLiteral("--user"),
                                     QStringLiteral("mei.chen@contoso.com"),
                                     QStringLiteral("--scope"),
                                     QStringLiteral("User.Read"),
                                     QStringLiteral("--scope"),
                                     QStringLiteral("Mail.Send"),
                                     QStringLiteral("--dry-run")});
    QVERIFY2(user.code == 0, qPrintable(user.all()));
    QVERIFY2(user.all().contains(QLatin1String(
                 "mei.chen@contoso.com has not consented to Mail.Send for Proseware Scheduler: nothing to remove.")),
             qPrintable(user.all()));
    QVERIFY2(!user.all().contains(QLatin1String("has not consented to User.Read")), qPrintable(user.all()));
    QVERIFY2(user.out.contains(QLatin1String("Update-MgOauth2PermissionGrant")), qPrintable(user.out));
    QCOMPARE(snapshot(kProseware), proseware);
}

void TestCliGrants::globalReaderCanLookButNotTouch()
{
    QCOMPARE(
        run({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--app"), kNorthwind}, m_reader).code, 0);
    QCOMPARE(run({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--user"), kHannah}, m_reader).code,
             0);
    const QStringList before = snapshot(kNorthwind);
    const CliRunner::Run revoke = run({QStringLiteral("grants"),
                                       QStringLiteral("revoke"),
                                       QStringLiteral("--app"),
                                       kNorthwind,
                                       QStringLiteral("--all-permissions"),
                                       QStringLiteral("--yes")},
                                      m_reader);
    QCOMPARE(revoke.code, 4);
    QVERIFY2(revoke.err.contains(QLatin1String("Nothing was changed")), qPrintable(revoke.all()));
    const CliRunner::Run keep = run({QStringLiteral("grants"),
                                     QStringLiteral("keep-only"),
                                     QStringLiteral("--app"),
                                     kNorthwind,
                                     QStringLiteral("--keep"),
                                     QStringLiteral("User.Read"),
                                     QStringLiteral("--yes")},
                                    m_reader);
    QCOMPARE(keep.code, 4);
    QCOMPARE(snapshot(kNorthwind), before);
    // Restore is a change too.
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kNorthwind,
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Mail.Read"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QStringList revoked = snapshot(kNorthwind);
    QCOMPARE(run({QStringLiteral("journal"),
                  QStringLiteral("restore"),
                  QStringLiteral("--operation"),
                  operationOf(r),
                  QStringLiteral("--yes")},
                 m_reader)
                 .code,
             4);
    QCOMPARE(snapshot(kNorthwind), revoked);
}

void TestCliGrants::restoreOfAnAppThatIsGoneIsRefused()
{
    // The rule the Activity view applies too (RestoreService): nothing is planned on what could not be read.
    const CliRunner::Run r = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kTailspin,
                                  QStringLiteral("--all-permissions"),
                                  QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(m_http.remove(QStringLiteral("/servicePrincipals/") + kTailspin), 204);
    const QJsonArray before = jsonRows(
        run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("journal"), QStringLiteral("list")}));
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(r),
                                        QStringLiteral("--yes")});
    QCOMPARE(restore.code, 5);
    QVERIFY2(restore.err.contains(QStringLiteral("no longer in the tenant")), qPrintable(restore.all()));
    QVERIFY2(restore.err.contains(QStringLiteral("Nothing was changed")), qPrintable(restore.all()));
    QVERIFY(!restore.out.contains(QStringLiteral("Applying")));
    QCOMPARE(jsonRows(run({QStringLiteral("--format"),
                           QStringLiteral("json"),
                           QStringLiteral("journal"),
                           QStringLiteral("list")}))
                 .size(),
             before.size()); // nothing journaled, so nothing sent
    QVERIFY(grantsOf(kTailspin).isEmpty());
}

void TestCliGrants::journalListFilters()
{
    CliRunner runner; // a fresh home: this journal holds this test's entries only
    const CliRunner::Run a = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kNorthwind,
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Mail.Read"),
                                  QStringLiteral("--application-permission"),
                                  QStringLiteral("Mail.ReadWrite"),
                                  QStringLiteral("--yes")},
                                 {},
                                 &runner);
    QVERIFY2(a.code == 0, qPrintable(a.all()));
    const CliRunner::Run b = run({QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kGiftCard,
                                  QStringLiteral("--user"),
                                  kHannah,
                                  QStringLiteral("--yes")},
                                 {},
                                 &runner);
    QVERIFY2(b.code == 0, qPrintable(b.all()));
    auto list = [&](const QStringList& filters) {
        const CliRunner::Run r = run(
            QStringList(
                {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("journal"), QStringLiteral("list")})
                + filters,
            {},
            &runner);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.all())); }();
        return jsonRows(r);
    };
    const QJsonArray all = list({});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().toObject().keys(),
             QStringList({QStringLiteral("Action"),
                          QStringLiteral("Actor"),
                          QStringLiteral("HttpStatus"),
                          QStringLiteral("Id"),
                          QStringLiteral("OperationId"),
                          QStringLiteral("Outcome"),
                          QStringLiteral("RestoresEntryId"),
                          QStringLiteral("Summary"),
                          QStringLiteral("Time")}));
    QCOMPARE(list({QStringLiteral("--action"), QStringLiteral("grant.delete")}).size(), 1);
    QCOMPARE(list({QStringLiteral("--action"), QStringLiteral("grant.*")}).size(), 2);
    QCOMPARE(list({QStringLiteral("--app"), QStringLiteral("Northwind")}).size(), 2);
    QCOMPARE(list({QStringLiteral("--operation"), operationOf(b)}).size(), 1);
    QCOMPARE(list({QStringLiteral("--outcome"), QStringLiteral("Succeeded")}).size(), 3);
    QCOMPARE(list({QStringLiteral("--outcome"), QStringLiteral("Failed,Pending")}).size(), 0);
    QCOMPARE(list({QStringLiteral("--actor"), QStringLiteral("adaeze")}).size(), 3);
    QCOMPARE(list({QStringLiteral("--actor"), QStringLiteral("kwame")}).size(), 0);
    QCOMPARE(list({QStringLiteral("--since"), QStringLiteral("1d")}).size(), 3);
    QCOMPARE(list({QStringLiteral("--since"), QStringLiteral("2999-01-01")}).size(), 0);
    QCOMPARE(run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("soon")},
                 {},
                 &runner)
                 .code,
             2);
    QCOMPARE(
        run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--outcome"), QStringLiteral("meh")},
            {},
            &runner)
            .code,
        2);
    // A restore names what it restores.
    const CliRunner::Run restore = run({QStringLiteral("journal"),
                                        QStringLiteral("restore"),
                                        QStringLiteral("--operation"),
                                        operationOf(b),
                                        QStringLiteral("--yes")},
                                       {},
                                       &runner);
    QVERIFY2(restore.code == 0, qPrintable(restore.all()));
    const QJsonArray deleted = list({QStringLiteral("--action"), QStringLiteral("grant.delete")});
    const QJsonArray created = list({QStringLiteral("--action"), QStringLiteral("grant.create")});
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().toObject().value(QStringLiteral("RestoresEntryId")).toString(),
             deleted.first().toObject().value(QStringLiteral("Id")).toString());
}

void TestCliGrants::journalListOffline()
{
    CliRunner runner;
    const CliRunner::Run a = run({QStringLiteral("grants"),
                                  QStringLiteral("revoke"),
                                  QStringLiteral("--app"),
                                  kNorthwind,
                                  QStringLiteral("--scope"),
                                  QStringLiteral("Mail.Read"),
                                  QStringLiteral("--yes")},
                                 {},
                                 &runner);
    QVERIFY2(a.code == 0, qPrintable(a.all()));
    // No token, no stored sign-in: the journal is still listed (nothing to settle), not "sign-in needed".
    const CliRunner::Run r = runner.run(
        cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("journal"), QStringLiteral("list")}));
    m_output += r.all();
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(jsonRows(r).size(), 1);
    // Changing something without a sign-in is still exit 3.
    QCOMPARE(runner.run(cli({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--all")})).code, 3);
}

void TestCliGrants::nothingSecretWasPrinted()
{
    QVERIFY(!m_output.isEmpty());
    QVERIFY2(!m_output.contains(QString::fromLatin1(m_admin)), "a token was printed");
    QVERIFY2(!m_output.contains(QString::fromLatin1(m_reader)), "a token was printed");
    QCOMPARE(CliRunner::secretShapeIn(m_output), QString());
    const QByteArray disk = m_cli.filesOnDisk();
    QVERIFY(!disk.contains(m_admin) && !disk.contains(m_reader));
}

QTEST_GUILESS_MAIN(TestCliGrants)
#include "TestCliGrants.moc"
