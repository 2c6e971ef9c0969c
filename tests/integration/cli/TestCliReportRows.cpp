// Issue 12 point 10: a report never loses a row silently. A scripted Graph answers `grants list --all` and
// `grants list --all --permissions` with the shapes of Microsoft's documented example responses (List
// oauth2PermissionGrants, List servicePrincipals, directoryObject: getByIds), where the grants' clientId and resourceId
// are not in the servicePrincipals collection — as when Graph drops items while paging or a service principal is too
// new to be listed. Every grant must still be a row: principals missing from the list are read by id (getByIds, then
// one by one), what Graph cannot find at all is listed with its id and "(not found)", and a warning says so.
#include "TestHttpServer.h"
#include "TestPaths.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

const QByteArray kToken = "cli-report-token-8d31";

// From Microsoft's "List oauth2PermissionGrants" example: one client, two tenant-wide grants on two resources.
const QString kClient = QStringLiteral("263a5b01-03e5-408e-8557-bab681df104c");
const QString kResourceA = QStringLiteral("1804a6f8-e623-4520-8f40-ba1b0c11c42d");
const QString kGraphSp = QStringLiteral("943603e4-e787-4fe9-93d1-e30f749aae39");
const QString kGraphScopes = QStringLiteral(
    "Tasks.ReadWrite Files.ReadWrite.All Files.ReadWrite Contacts.ReadWrite Calendars.ReadWrite Mail.ReadWrite "
    "Directory.AccessAsUser.All Directory.ReadWrite.All Group.ReadWrite.All Group.Read.All User.ReadWrite "
    "Mail.ReadWrite.Shared Mail.Send.Shared Calendars.ReadWrite.Shared Contacts.ReadWrite.Shared "
    "Tasks.ReadWrite.Shared Sites.ReadWrite.All Files.ReadWrite.AppFolder Files.ReadWrite.Selected Notes.ReadWrite "
    "Notes.ReadWrite.All MailboxSettings.ReadWrite DeviceManagementManagedDevices.PrivilegedOperations.All "
    "DeviceManagementManagedDevices.ReadWrite.All DeviceManagementRBAC.ReadWrite.All "
    "DeviceManagementApps.ReadWrite.All DeviceManagementConfiguration.ReadWrite.All openid profile "
    "Directory.Read.All User.Read.All User.ReadWrite.All ChannelMember.ReadWrite.All "
    "DeviceManagementServiceConfiguration.ReadWrite.All");

QJsonObject grantA()
{
    return {
        {QStringLiteral("@odata.id"),
         QStringLiteral("https://graph.microsoft.com/v2/84841066-274d-4ec0-a5c1-276be684bdd3/oauth2PermissionGrants/"
                        "AVs6JuUDjkCFV7q2gd8QTPimBBgj5iBFj0C6GwwRxC0")},
        {QStringLiteral("clientId"), kClient},
        {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
        {QStringLiteral("id"), QStringLiteral("AVs6JuUDjkCFV7q2gd8QTPimBBgj5iBFj0C6GwwRxC0")},
        {QStringLiteral("principalId"), QJsonValue::Null},
        {QStringLiteral("resourceId"), kResourceA},
        {QStringLiteral("scope"), QStringLiteral("User.Read Group.ReadWrite.All")}};
}

QJsonObject grantGraph()
{
    return {
        {QStringLiteral("@odata.id"),
         QStringLiteral("https://graph.microsoft.com/v2/84841066-274d-4ec0-a5c1-276be684bdd3/oauth2PermissionGrants/"
                        "AVs6JuUDjkCFV7q2gd8QTOQDNpSH5-lPk9HjD3Sarjk")},
        {QStringLiteral("clientId"), kClient},
        {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
        {QStringLiteral("id"), QStringLiteral("AVs6JuUDjkCFV7q2gd8QTOQDNpSH5-lPk9HjD3Sarjk")},
        {QStringLiteral("principalId"), QJsonValue::Null},
        {QStringLiteral("resourceId"), kGraphSp},
        {QStringLiteral("scope"), kGraphScopes}};
}

// "List servicePrincipals" example: one app, "foo", holding nothing.
QJsonObject listedSp()
{
    return {
        {QStringLiteral("id"), QStringLiteral("59e617e5-e447-4adc-8b88-00af644d7c92")},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("appDisplayName"), QStringLiteral("My App")},
        {QStringLiteral("appId"), QStringLiteral("65415bb1-9267-4313-bbf5-ae259732ee12")},
        {QStringLiteral("appOwnerOrganizationId"), QStringLiteral("1bc1c026-2f7b-48a5-98da-afa2fd8bc7bc")},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("displayName"), QStringLiteral("foo")},
        {QStringLiteral("publisherName"), QStringLiteral("Contoso")},
        {QStringLiteral("servicePrincipalNames"), QJsonArray {QStringLiteral("f1bd758f-4a1a-4b71-aa20-a248a22a8928")}},
        {QStringLiteral("appRoles"), QJsonArray()},
        {QStringLiteral("oauth2PermissionScopes"), QJsonArray()}};
}

QJsonObject clientSp()
{
    return {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.servicePrincipal")},
            {QStringLiteral("id"), kClient},
            {QStringLiteral("appId"), QStringLiteral("de8bc8b5-d9f9-48b1-a8ad-b748da725064")},
            {QStringLiteral("appOwnerOrganizationId"), QStringLiteral("1bc1c026-2f7b-48a5-98da-afa2fd8bc7bc")},
            {QStringLiteral("displayName"), QStringLiteral("Graph Explorer")},
            {QStringLiteral("appRoles"), QJsonArray()},
            {QStringLiteral("oauth2PermissionScopes"), QJsonArray()}};
}

QJsonObject graphSp()
{
    QJsonArray scopes;
    int n = 0;
    for (const QString& value : kGraphScopes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        scopes.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-%1").arg(++n, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("value"), value},
            {QStringLiteral("type"), QStringLiteral("Admin")},
            {QStringLiteral("isEnabled"), true},
            {QStringLiteral("adminConsentDisplayName"), value}});
    }
    return {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.servicePrincipal")},
            {QStringLiteral("id"), kGraphSp},
            {QStringLiteral("appId"), QStringLiteral("00000003-0000-0000-c000-000000000000")},
            {QStringLiteral("appOwnerOrganizationId"), QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a")},
            {QStringLiteral("displayName"), QStringLiteral("Microsoft Graph")},
            {QStringLiteral("appRoles"), QJsonArray()},
            {QStringLiteral("oauth2PermissionScopes"), scopes}};
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray notFound(const QString& id)
{
    return compact(
        {{QStringLiteral("error"),
          QJsonObject {{QStringLiteral("code"), QStringLiteral("Request_ResourceNotFound")},
                       {QStringLiteral("message"),
                        QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                                       "objects are not present.")
                            .arg(id)}}}});
}

} // namespace

class TestCliReportRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryKeepsAppsMissingFromTheList();
    void fullReportKeepsEveryGrant();
    void everythingUnknownIsStillARow();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& args);
    TestHttpServer::Response answer(const QByteArray& method, const QUrl& url, const QByteArray& body);
    QJsonArray rowsOf(const Run& r) const;

    TestHttpServer m_server;
    QTemporaryDir m_home;
    // What the scripted Graph knows: getByIds answers from one set, a GET by id from another (getByIds missing an
    // object a GET finds is what replication lag looks like).
    QHash<QString, QJsonObject> m_byGetByIds;
    QHash<QString, QJsonObject> m_byGet;
    int m_getByIdsCalls = 0;
};

void TestCliReportRows::initTestCase()
{
    QVERIFY(m_server.listenOnLoopback());
    m_server.setHandler([this](const TestHttpServer::Request& r) {
        if (r.header("authorization") != "Bearer " + kToken) {
            return TestHttpServer::Response::json(401,
                                                  R"({"error":{"code":"InvalidAuthenticationToken","message":"no"}})");
        }
        return answer(r.method, r.url(), r.body);
    });
}

TestHttpServer::Response TestCliReportRows::answer(const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    const QString path = url.path();
    const QUrlQuery query(url);
    const bool counted = query.queryItemValue(QStringLiteral("$count")) == QLatin1String("true");
    auto collection = [&](const QJsonArray& items) {
        QJsonObject o {
            {QStringLiteral("@odata.context"), QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#x")},
            {QStringLiteral("value"), items}};
        if (counted) {
            o.insert(QStringLiteral("@odata.count"), items.size());
        }
        return TestHttpServer::Response::json(200, compact(o));
    };
    if (method == "POST" && path == QLatin1String("/v1.0/$batch")) {
        QJsonArray responses;
        for (const auto& v : QJsonDocument::fromJson(body).object().value(QStringLiteral("requests")).toArray()) {
            const QJsonObject item = v.toObject();
            const TestHttpServer::Response sub
                = answer(item.value(QStringLiteral("method")).toString().toLatin1(),
                         QUrl(QStringLiteral("http://127.0.0.1/v1.0") + item.value(QStringLiteral("url")).toString()),
                         {});
            responses.append(
                QJsonObject {{QStringLiteral("id"), item.value(QStringLiteral("id"))},
                             {QStringLiteral("status"), sub.status},
                             {QStringLiteral("headers"),
                              QJsonObject {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                             {QStringLiteral("body"), QJsonDocument::fromJson(sub.body).object()}});
        }
        return TestHttpServer::Response::json(200, compact({{QStringLiteral("responses"), responses}}));
    }
    if (method == "POST" && path == QLatin1String("/v1.0/directoryObjects/getByIds")) {
        ++m_getByIdsCalls;
        QJsonArray found;
        for (const auto& id : QJsonDocument::fromJson(body).object().value(QStringLiteral("ids")).toArray()) {
            if (m_byGetByIds.contains(id.toString())) {
                found.append(m_byGetByIds.value(id.toString()));
            }
        }
        return TestHttpServer::Response::json(
            200,
            compact({{QStringLiteral("@odata.context"),
                      QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#directoryObjects")},
                     {QStringLiteral("value"), found}}));
    }
    if (method != "GET") {
        return TestHttpServer::Response::json(405, R"({"error":{"code":"Request_BadRequest","message":"no"}})");
    }
    if (path == QLatin1String("/v1.0/servicePrincipals")) {
        return collection({listedSp()});
    }
    if (path == QLatin1String("/v1.0/oauth2PermissionGrants")) {
        QJsonArray grants {grantA(), grantGraph()};
        const QString filter = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
        if (!filter.isEmpty()) {
            QJsonArray filtered;
            for (const auto& g : grants) {
                if (filter.contains(g.toObject().value(QStringLiteral("clientId")).toString())) {
                    filtered.append(g);
                }
            }
            grants = filtered;
        }
        return collection(grants);
    }
    if (path.startsWith(QLatin1String("/v1.0/servicePrincipals/"))) {
        const QStringList parts = path.mid(int(qstrlen("/v1.0/servicePrincipals/"))).split(QLatin1Char('/'));
        const QString id = parts.first();
        if (!m_byGet.contains(id)) {
            return TestHttpServer::Response::json(404, notFound(id));
        }
        if (parts.size() == 1) {
            return TestHttpServer::Response::json(200, compact(m_byGet.value(id)));
        }
        return collection({}); // appRoleAssignments / appRoleAssignedTo / oauth2PermissionGrants: none here
    }
    if (path.startsWith(QLatin1String("/v1.0/users/"))) {
        return TestHttpServer::Response::json(404, notFound(path.section(QLatin1Char('/'), 3, 3)));
    }
    return TestHttpServer::Response::json(404, R"({"error":{"code":"Request_BadRequest","message":"no route"}})");
}

TestCliReportRows::Run TestCliReportRows::run(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"));
    env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(kToken));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    // The scripted server lives in this thread: wait with a running event loop.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TestPaths::binDir() + QStringLiteral("/consentdesk-cli"),
                  QStringList {QStringLiteral("--sandbox"),
                               m_server.baseUrl().toString(),
                               QStringLiteral("--tenant"),
                               QStringLiteral("84841066-274d-4ec0-a5c1-276be684bdd3")}
                      + args);
    Run r;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished(1000);
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QJsonArray TestCliReportRows::rowsOf(const Run& r) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("not a JSON array: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out.left(2000)));
    }
    return doc.array();
}

void TestCliReportRows::summaryKeepsAppsMissingFromTheList()
{
    // The client is missing from getByIds too, but a GET by id finds it; the resource A is nowhere.
    m_byGetByIds = {{kGraphSp, graphSp()}};
    m_byGet = {{QStringLiteral("59e617e5-e447-4adc-8b88-00af644d7c92"), listedSp()},
               {kClient, clientSp()},
               {kGraphSp, graphSp()}};
    m_getByIdsCalls = 0;
    const Run r = run({QStringLiteral("grants"),
                       QStringLiteral("list"),
                       QStringLiteral("--all"),
                       QStringLiteral("--format"),
                       QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = rowsOf(r);
    QCOMPARE(rows.size(), 1);
    const QJsonObject app = rows.first().toObject();
    QCOMPARE(app.value(QStringLiteral("ObjectId")).toString(), kClient);
    QCOMPARE(app.value(QStringLiteral("DisplayName")).toString(), QStringLiteral("Graph Explorer"));
    QCOMPARE(app.value(QStringLiteral("TenantWideGrants")).toInt(), 2);
    QCOMPARE(app.value(QStringLiteral("TenantWideScopes")).toInt(),
             2 + int(kGraphScopes.split(QLatin1Char(' ')).size()));
    QVERIFY(m_getByIdsCalls >= 1);
    // Said, with the ids: one read one by one, one not found.
    QVERIFY2(r.err.contains(QStringLiteral("warning:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(kResourceA), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not be found")), qPrintable(r.err));
    QVERIFY2(r.err.contains(kClient), qPrintable(r.err));

    // A client Graph cannot find at all is still a row, named "(not found)".
    m_byGet.remove(kClient);
    const Run missing = run({QStringLiteral("grants"),
                             QStringLiteral("list"),
                             QStringLiteral("--all"),
                             QStringLiteral("--format"),
                             QStringLiteral("csv")});
    QVERIFY2(missing.code == 0, qPrintable(missing.err));
    const QStringList lines = missing.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(kClient) && lines.at(1).contains(QStringLiteral("(not found)")),
             qPrintable(lines.at(1)));
    QVERIFY(missing.err.contains(QStringLiteral("warning:")));
}

void TestCliReportRows::fullReportKeepsEveryGrant()
{
    m_byGetByIds = {{kGraphSp, graphSp()}};
    m_byGet = {{QStringLiteral("59e617e5-e447-4adc-8b88-00af644d7c92"), listedSp()},
               {kClient, clientSp()},
               {kGraphSp, graphSp()}};
    const Run r = run({QStringLiteral("grants"),
                       QStringLiteral("list"),
                       QStringLiteral("--all"),
                       QStringLiteral("--permissions"),
                       QStringLiteral("--format"),
                       QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = rowsOf(r);
    const int graphScopes = int(kGraphScopes.split(QLatin1Char(' ')).size());
    QCOMPARE(rows.size(), 2 + graphScopes); // every scope of both grants
    QSet<QString> permissions;
    int onUnknown = 0;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value(QStringLiteral("ClientObjectId")).toString(), kClient);
        QCOMPARE(row.value(QStringLiteral("ClientDisplayName")).toString(), QStringLiteral("Graph Explorer"));
        QCOMPARE(row.value(QStringLiteral("PermissionType")).toString(), QStringLiteral("Delegated-AllPrincipals"));
        const QString resource = row.value(QStringLiteral("ResourceDisplayName")).toString();
        if (resource == kResourceA + QStringLiteral(" (not found)")) {
            ++onUnknown;
        } else {
            QCOMPARE(resource, QStringLiteral("Microsoft Graph"));
        }
        permissions.insert(row.value(QStringLiteral("Permission")).toString());
    }
    QCOMPARE(onUnknown, 2);
    QVERIFY(permissions.contains(QStringLiteral("Group.ReadWrite.All")));
    QVERIFY(permissions.contains(QStringLiteral("DeviceManagementServiceConfiguration.ReadWrite.All")));
    QVERIFY2(r.err.contains(QStringLiteral("warning:")) && r.err.contains(kResourceA), qPrintable(r.err));
}

void TestCliReportRows::everythingUnknownIsStillARow()
{
    // Microsoft's examples as they are: nothing the grants refer to can be found.
    m_byGetByIds.clear();
    m_byGet = {{QStringLiteral("59e617e5-e447-4adc-8b88-00af644d7c92"), listedSp()}};
    const Run r = run({QStringLiteral("grants"),
                       QStringLiteral("list"),
                       QStringLiteral("--all"),
                       QStringLiteral("--permissions"),
                       QStringLiteral("--format"),
                       QStringLiteral("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 + int(kGraphScopes.split(QLatin1Char(' ')).size()));
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(QStringLiteral("Delegated-AllPrincipals,") + kClient
                                        + QStringLiteral(",,(not found),")),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(QStringLiteral(" (not found),")), qPrintable(lines.at(i)));
    }
    QVERIFY2(r.err.contains(QStringLiteral("warning:")), qPrintable(r.err));
    for (const QString& id : {kClient, kResourceA, kGraphSp}) {
        QVERIFY2(r.err.contains(id), qPrintable(r.err));
    }
    // The table says it too, for people.
    const Run table = run(
        {QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--permissions")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QStringLiteral("(not found)")));
    QVERIFY(table.out.contains(QStringLiteral("Group.ReadWrite.All")));
}

QTEST_GUILESS_MAIN(TestCliReportRows)
#include "TestCliReportRows.moc"
