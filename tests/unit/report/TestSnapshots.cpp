// Snapshot files (write, read back, refuse what is not a whole snapshot), their diff, the HTML report and the
// first-seen history — headless, on snapshots built here.
#include "MarkingTranslator.h"
#include "consent/TenantInventory.h"
#include "report/ClaimKeyCollector.h"
#include "report/FirstSeenHistory.h"
#include "report/GzipCodec.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotDiff.h"
#include "report/SnapshotDiffReport.h"
#include "report/SnapshotIndex.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"
#include "report/Table.h"
#include "report/TableWriter.h"
#include "report/TenantSnapshot.h"
#include "risk/RiskCatalog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kTenant = QStringLiteral("beeebbd2-a0e9-467e-94e0-f43de5a70d0f");
const QString kGraphApp = QStringLiteral("00000003-0000-0000-c000-000000000000");
const QString kGraphSp = QStringLiteral("a0000000-0000-0000-0000-000000000001");
const QString kMailReadRole = QStringLiteral("810c84a8-4a9e-49e6-bf7d-12d183f40d01");
const QString kCrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0");
const QString kCrmSp = QStringLiteral("c0000000-0000-0000-0000-000000000001");
const QString kNotesApp = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kNotesSp = QStringLiteral("c0000000-0000-0000-0000-000000000002");
const QString kUser = QStringLiteral("b6cee3e8-742a-4101-b7b5-d48f10ef6abf");
const QString kUser2 = QStringLiteral("136e2efa-8f38-4d17-b725-8934e3c777ce");

QJsonObject sp(const QString& id, const QString& appId, const QString& name, const QJsonArray& roles = {})
{
    return {{"id", id}, {"appId", appId}, {"displayName", name}, {"appRoles", roles}};
}

QJsonObject grant(const QString& id, const QString& client, const QString& scope, const QString& principal = {})
{
    return {{"id", id},
            {"clientId", client},
            {"resourceId", kGraphSp},
            {"consentType", principal.isEmpty() ? "AllPrincipals" : "Principal"},
            {"principalId", principal.isEmpty() ? QJsonValue() : QJsonValue(principal)},
            {"scope", scope}};
}

QJsonObject assignment(const QString& id, const QString& client, const QString& role)
{
    return {{"id", id},
            {"appRoleId", role},
            {"principalId", client},
            {"principalType", "ServicePrincipal"},
            {"resourceId", kGraphSp}};
}

// The "before" state: CRM with Mail.Read tenant-wide and the Mail.Read application role, Notes with one user's
// consent, the workflow on, user consent limited to low-impact permissions.
TenantSnapshot baseSnapshot()
{
    TenantSnapshot s;
    s.tenantId = kTenant;
    s.tenantDisplayName = QStringLiteral("Contoso");
    s.createdDateTime = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    s.createdBy = QStringLiteral("adaeze.okafor@contoso.com");
    s.consentDeskVersion = QStringLiteral("0.1.0");
    const QJsonArray roles {QJsonObject {{"id", kMailReadRole}, {"value", "Mail.Read"}}};
    s.servicePrincipals = {sp(kGraphSp, kGraphApp, "Microsoft Graph", roles),
                           sp(kCrmSp, kCrmApp, "Northwind CRM"),
                           sp(kNotesSp, kNotesApp, "Notes Helper")};
    s.oauth2PermissionGrants
        = {grant("g1", kCrmSp, "User.Read Mail.Read"), grant("g2", kNotesSp, "User.Read Notes.Read", kUser)};
    s.appRoleAssignments = {assignment("a1", kCrmSp, kMailReadRole)};
    s.users = {QJsonObject {{"id", kUser}, {"userPrincipalName", "adaeze.okafor@contoso.com"}},
               QJsonObject {{"id", kUser2}, {"userPrincipalName", "jamal.carter@contoso.com"}}};
    s.policies = QJsonObject {
        {"adminConsentRequestPolicy",
         QJsonObject {{"isEnabled", true},
                      {"notifyReviewers", true},
                      {"remindersEnabled", true},
                      {"requestDurationInDays", 30},
                      {"reviewers", QJsonArray {QJsonObject {{"query", "/users/x"}}}}}},
        {"authorizationPolicy",
         QJsonObject {{"allowUserConsentForRiskyApps", false},
                      {"defaultUserRolePermissions",
                       QJsonObject {{"permissionGrantPoliciesAssigned",
                                     QJsonArray {"ManagePermissionGrantsForSelf.microsoft-user-default-low"}}}}}},
        {"permissionGrantPolicies", QJsonArray {QJsonObject {{"id", "microsoft-user-default-low"}, {"includes", 1}}}},
    };
    s.applicationAccessPolicies = {QJsonObject {{"Identity", "x\\y:S-1;z"},
                                                {"AppId", kCrmApp},
                                                {"ScopeIdentity", "CRM Mailbox Access"},
                                                {"AccessRight", "RestrictAccess"}}};
    return s;
}

QByteArray bytesOf(const TenantSnapshot& s, bool gzip)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!SnapshotWriter::write(s, &buffer, gzip, &error)) {
        qWarning() << error;
    }
    return buffer.data();
}

QByteArray gzipOf(const QByteArray& plain)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GzipCodec codec(&buffer);
    codec.write(plain);
    codec.finish();
    return buffer.data();
}

QString rowText(const SnapshotChange& c)
{
    return QStringList {SnapshotChange::changeName(c.change),
                        SnapshotChange::kindName(c.kind),
                        c.app,
                        c.permission,
                        c.principal,
                        c.before,
                        c.after}
        .join(QLatin1Char('|'));
}

// The after state of diffListsExactlyTheChanges: Mail.Read revoked (tenant-wide and as an application), a new user
// consent, a new app with a tenant-wide scope, the workflow off, the access policy gone.
TenantSnapshot changedSnapshot()
{
    TenantSnapshot after = baseSnapshot();
    after.createdDateTime = after.createdDateTime.addDays(30);
    after.servicePrincipals.append(sp(QStringLiteral("c0000000-0000-0000-0000-000000000003"),
                                      QStringLiteral("99999999-0000-0000-0000-000000000001"),
                                      QStringLiteral("Fabrikam Sales Engage")));
    after.oauth2PermissionGrants = {
        grant("g1", kCrmSp, "User.Read"),
        grant("g2", kNotesSp, "User.Read Notes.Read", kUser),
        grant("g3", kNotesSp, "User.Read", kUser2),
        grant("g4", QStringLiteral("c0000000-0000-0000-0000-000000000003"), "Calendars.Read"),
    };
    after.appRoleAssignments = {};
    after.applicationAccessPolicies = {};
    return after;
}

// The snapshot's grants, assignments and apps as a live read streams them past: grants first, apps last (the order
// Graph's parallel lists take).
void collectAll(ClaimKeyCollector& collector, const TenantSnapshot& s)
{
    for (const auto& v : s.oauth2PermissionGrants) {
        collector.addGrant(v.toObject());
    }
    for (const auto& v : s.appRoleAssignments) {
        collector.addAssignment(v.toObject());
    }
    for (const auto& v : s.servicePrincipals) {
        collector.addServicePrincipal(v.toObject());
    }
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void gzipIsRealGzip();
    void refused_data();
    void refused();
    void readsAFileAndRefusesAMissingOne();
    void identicalSnapshotsHaveNoDifference();
    void diffListsExactlyTheChanges();
    void consentTypeChangeIsOneRow();
    void diffWordsAreTranslatableAndTheEnglishStays();
    void partsNotReadAreNotCompared();
    void diffIsSortedByRisk();
    void htmlEscapesHostileTenantText();
    void diffRowsSayWhenAGrantWasFirstSeen();
    void inventoryComparisonCountsWhatTheIndexHolds();
    void htmlIsInOneLanguage();
    void firstSeenKeepsTheEarliestAndNoNames();
    void claimCollectorKeysAsTheSnapshotIndex();
    void claimCollectorRecordsAChunkAtATime();
    void claimCollectorNamesEachUserConsentsApp();
    void userConsentDaysAreUtcDays();
    void firstSeenIsPerTenantAndMergesRecords();
    void firstSeenNotedRowsAreWrittenOnce();
    void catalogFindsTheLatestSnapshot();
};

void TestSnapshots::roundTrip_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestSnapshots::roundTrip()
{
    QFETCH(bool, gzip);
    const TenantSnapshot s = baseSnapshot();
    const SnapshotReader::Result r = SnapshotReader::readBytes(bytesOf(s, gzip));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.snapshot->tenantId, s.tenantId);
    QCOMPARE(r.snapshot->tenantDisplayName, s.tenantDisplayName);
    QCOMPARE(r.snapshot->createdDateTime, s.createdDateTime);
    QCOMPARE(r.snapshot->createdBy, s.createdBy);
    QCOMPARE(r.snapshot->servicePrincipals, s.servicePrincipals);
    QCOMPARE(r.snapshot->oauth2PermissionGrants, s.oauth2PermissionGrants);
    QCOMPARE(r.snapshot->appRoleAssignments, s.appRoleAssignments);
    QCOMPARE(r.snapshot->users, s.users);
    QCOMPARE(r.snapshot->policies, s.policies);
    QCOMPARE(r.snapshot->applicationAccessPolicies, s.applicationAccessPolicies);
}

void TestSnapshots::gzipIsRealGzip()
{
    const QByteArray gz = bytesOf(baseSnapshot(), true);
    QVERIFY(GzipCodec::isGzip(gz));
    QCOMPARE(uchar(gz.at(2)), uchar(8)); // deflate, as RFC 1952 and every gunzip expect
    QByteArray plain;
    QString error;
    QVERIFY2(GzipCodec::inflate(gz, &plain, &error, 1 << 30), qPrintable(error));
    QCOMPARE(plain, bytesOf(baseSnapshot(), false));
}

void TestSnapshots::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SnapshotReader::Refusal>("refusal");
    QTest::addColumn<QString>("says");

    using R = SnapshotReader::Refusal;
    const QByteArray plain = bytesOf(baseSnapshot(), false);
    const QByteArray gz = bytesOf(baseSnapshot(), true);
    QJsonObject root = QJsonDocument::fromJson(plain).object();

    auto with = [&root](const std::function<void(QJsonObject&)>& change) {
        QJsonObject copy = root;
        change(copy);
        return QJsonDocument(copy).toJson(QJsonDocument::Compact);
    };
    auto header = [](QJsonObject& o, const char* key, const QJsonValue& v) {
        QJsonObject h = o.value(TenantSnapshot::headerKey()).toObject();
        if (v.isUndefined()) {
            h.remove(QLatin1String(key));
        } else {
            h.insert(QLatin1String(key), v);
        }
        o.insert(TenantSnapshot::headerKey(), h);
    };

    QTest::newRow("empty") << QByteArray() << R::Empty << "empty";
    QTest::newRow("truncated plain") << plain.left(plain.size() / 2) << R::Truncated << "truncated";
    QTest::newRow("truncated plain, last brace") << plain.left(plain.size() - 3) << R::Truncated << "truncated";
    QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << R::Truncated << "truncated";
    QTest::newRow("gzip without its trailer") << gz.left(gz.size() - 4) << R::Truncated << "truncated";
    QByteArray damaged = gz;
    for (int i = 20; i < 60; ++i) {
        damaged[i] = char(damaged.at(i) ^ 0x5a);
    }
    QTest::newRow("damaged gzip") << damaged << R::Damaged << "damaged";
    QTest::newRow("gzip of foreign text") << gzipOf("hello") << R::Foreign << "not a ConsentDesk snapshot";
    QTest::newRow("not JSON") << QByteArray("PK\x03\x04 zip?") << R::Foreign << "not a ConsentDesk snapshot";
    QTest::newRow("foreign JSON") << QByteArray(R"({"value":[{"id":"1"}]})") << R::Foreign
                                  << "no \"consentDeskSnapshot\"";
    QTest::newRow("JSON array") << QByteArray("[1,2]") << R::Foreign << "not a ConsentDesk snapshot";
    QTest::newRow("sandbox fixture") << QByteArray(R"({"tenant":{},"servicePrincipals":[]})") << R::Foreign
                                     << "fixture";
    QTest::newRow("newer schema") << with([&](QJsonObject& o) { header(o, "schemaVersion", 2); }) << R::NewerSchema
                                  << "newer ConsentDesk (schema version 2";
    QTest::newRow("no schema version") << with([&](QJsonObject& o) {
        header(o, "schemaVersion", QJsonValue::Undefined);
    }) << R::Malformed << "schema version";
    QTest::newRow("schema version text") << with([&](QJsonObject& o) { header(o, "schemaVersion", "1"); })
                                         << R::Malformed << "schema version";
    QTest::newRow("schema version 0") << with([&](QJsonObject& o) { header(o, "schemaVersion", 0); }) << R::Malformed
                                      << "schema version";
    QTest::newRow("no tenant") << with([&](QJsonObject& o) { header(o, "tenantId", QJsonValue::Undefined); })
                               << R::Malformed << "tenant id";
    QTest::newRow("bad time") << with([&](QJsonObject& o) { header(o, "createdDateTime", "yesterday"); })
                              << R::Malformed << "time";
    QTest::newRow("header not an object")
        << with([](QJsonObject& o) { o.insert(TenantSnapshot::headerKey(), 1); }) << R::Malformed << "header";
    QTest::newRow("no end marker") << with([](QJsonObject& o) { o.remove(TenantSnapshot::trailerKey()); })
                                   << R::Truncated << "end marker";
    QTest::newRow("count mismatch") << with([](QJsonObject& o) {
        QJsonArray grants = o.value("oauth2PermissionGrants").toArray();
        grants.removeLast();
        o.insert("oauth2PermissionGrants", grants);
    }) << R::Damaged << "oauth2PermissionGrants";
    QTest::newRow("collection not a list")
        << with([](QJsonObject& o) { o.insert("servicePrincipals", "x"); }) << R::Malformed << "servicePrincipals";
    QTest::newRow("items not objects") << with([](QJsonObject& o) {
        o.insert("users", QJsonArray {1, 2});
    }) << R::Malformed << "users";
    QTest::newRow("no policies") << with([](QJsonObject& o) { o.remove("policies"); }) << R::Malformed << "policies";
    QTest::newRow("app without id") << with([](QJsonObject& o) {
        QJsonArray sps = o.value("servicePrincipals").toArray();
        sps.append(QJsonObject {{"appId", "x"}});
        o.insert("servicePrincipals", sps);
        QJsonObject end = o.value(TenantSnapshot::trailerKey()).toObject();
        end.insert("servicePrincipals", sps.size());
        o.insert(TenantSnapshot::trailerKey(), end);
    }) << R::Malformed << "without an id";
}

void TestSnapshots::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SnapshotReader::Refusal, refusal);
    QFETCH(QString, says);
    const SnapshotReader::Result r = SnapshotReader::readBytes(bytes);
    QVERIFY(!r.ok()); // nothing half-loaded
    QVERIFY(!r.snapshot.has_value());
    QCOMPARE(SnapshotReader::refusalName(r.refusal), SnapshotReader::refusalName(refusal));
    QVERIFY2(r.error.contains(says), qPrintable(r.error));

    // The GUI shows the reason when it refuses a file: in its language (the CLI has no translator: English).
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const SnapshotReader::Result shown = SnapshotReader::readBytes(bytes);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(MarkingTranslator::isMarked(shown.error), qPrintable(shown.error));
}

void TestSnapshots::readsAFileAndRefusesAMissingOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.json.gz"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytesOf(baseSnapshot(), true));
    file.close();
    QVERIFY(SnapshotReader::readFile(path).ok());
    const auto missing = SnapshotReader::readFile(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.refusal, SnapshotReader::Refusal::Unreadable);
}

void TestSnapshots::identicalSnapshotsHaveNoDifference()
{
    const SnapshotIndex a = SnapshotIndex::build(baseSnapshot());
    TenantSnapshot later = baseSnapshot();
    later.createdDateTime = later.createdDateTime.addDays(30);
    // Graph gives a re-created grant a new id; the same permission held is no change.
    later.oauth2PermissionGrants[0] = grant("g1-new", kCrmSp, "Mail.Read User.Read");
    QVERIFY(SnapshotDiff::compare(a, SnapshotIndex::build(later), RiskCatalog::builtIn()).isEmpty());
}

void TestSnapshots::diffListsExactlyTheChanges()
{
    TenantSnapshot after = baseSnapshot();
    after.servicePrincipals.append(sp(QStringLiteral("c0000000-0000-0000-0000-000000000003"),
                                      QStringLiteral("99999999-0000-0000-0000-000000000001"),
                                      QStringLiteral("Fabrikam Sales Engage")));
    after.oauth2PermissionGrants = {
        grant("g1", kCrmSp, "User.Read"), // Mail.Read revoked
        grant("g2", kNotesSp, "User.Read Notes.Read", kUser),
        grant("g3", kNotesSp, "User.Read", kUser2), // a new user consent
        grant("g4", QStringLiteral("c0000000-0000-0000-0000-000000000003"), "Calendars.Read"),
    };
    after.appRoleAssignments = {};
    QJsonObject policies = after.policies;
    QJsonObject workflow = policies.value("adminConsentRequestPolicy").toObject();
    workflow.insert("isEnabled", false);
    policies.insert("adminConsentRequestPolicy", workflow);
    after.policies = policies;
    after.applicationAccessPolicies = {};

    const QList<SnapshotChange> changes = SnapshotDiff::compare(
        SnapshotIndex::build(baseSnapshot()), SnapshotIndex::build(after), RiskCatalog::builtIn());
    QStringList rows;
    for (const auto& c : changes) {
        rows.append(rowText(c));
    }
    rows.sort();
    const QStringList expected {
        QStringLiteral("added|app|Fabrikam Sales Engage||||Fabrikam Sales Engage"),
        QStringLiteral("added|delegated|Fabrikam Sales Engage|Calendars.Read|||granted for all users"),
        QStringLiteral("added|userConsent|Notes Helper|User.Read|jamal.carter@contoso.com||consented by the user"),
        QStringLiteral("changed|setting||adminConsentRequestPolicy.isEnabled||true|false"),
        // A removal says so in After (an empty cell in a CSV or the HTML reads as a value that got lost).
        QStringLiteral("removed|application|Northwind CRM|Mail.Read||granted (application permission)|removed"),
        QStringLiteral("removed|delegated|Northwind CRM|Mail.Read||granted for all users|removed"),
        QStringLiteral("removed|policy|Northwind CRM|Exchange application access policy, scope CRM Mailbox "
                       "Access||RestrictAccess|removed"),
    };
    QCOMPARE(rows, expected);
    // JSON keys are the CLI's contract.
    const QJsonObject json = changes.first().toJson();
    for (const char* key : {"change", "kind", "app", "appId", "permission", "principal", "before", "after", "risk"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
}

void TestSnapshots::consentTypeChangeIsOneRow()
{
    TenantSnapshot after = baseSnapshot();
    // An admin granted Notes.Read for everyone; the user's own consent was replaced.
    after.oauth2PermissionGrants[1] = grant("g5", kNotesSp, "User.Read Notes.Read");
    const QList<SnapshotChange> changes = SnapshotDiff::compare(
        SnapshotIndex::build(baseSnapshot()), SnapshotIndex::build(after), RiskCatalog::builtIn());
    QStringList rows;
    for (const auto& c : changes) {
        rows.append(rowText(c));
    }
    rows.sort();
    QCOMPARE(rows,
             QStringList({QStringLiteral("changed|delegated|Notes Helper|Notes.Read||consented by 1 user|granted for "
                                         "all users"),
                          QStringLiteral("changed|delegated|Notes Helper|User.Read||consented by 1 user|granted for "
                                         "all users"),
                          QStringLiteral("removed|userConsent|Notes Helper|Notes.Read|adaeze.okafor@contoso.com|"
                                         "consented by the user|removed"),
                          QStringLiteral("removed|userConsent|Notes Helper|User.Read|adaeze.okafor@contoso.com|"
                                         "consented by the user|removed")}));
}

void TestSnapshots::diffWordsAreTranslatableAndTheEnglishStays()
{
    TenantSnapshot after = baseSnapshot();
    after.oauth2PermissionGrants[1] = grant("g5", kNotesSp, "User.Read Notes.Read");
    after.applicationAccessPolicies = {};
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<SnapshotChange> changes = SnapshotDiff::compare(
        SnapshotIndex::build(baseSnapshot()), SnapshotIndex::build(after), RiskCatalog::builtIn());
    QCoreApplication::removeTranslator(&translator);
    QStringList shown;
    for (const auto& c : changes) {
        shown.append(SnapshotChange::changeName(c.change) + QLatin1Char('|') + c.permission + QLatin1Char('|')
                     + c.before + QLatin1Char('|') + c.after);
    }
    // The English (CLI, exports) is built while a translator is installed and does not change.
    QVERIFY2(!shown.join(QLatin1Char('\n')).contains(QStringLiteral("«")), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(shown.contains(QStringLiteral("changed|Notes.Read|consented by 1 user|granted for all users")));
    QVERIFY(shown.contains(QStringLiteral("removed|Exchange application access policy, scope CRM Mailbox "
                                          "Access|RestrictAccess|removed")));

    // The GUI's words go through the translator.
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    QStringList words;
    for (const auto& c : changes) {
        words.append(c.permissionText() + QLatin1Char('|') + c.beforeText() + QLatin1Char('|') + c.afterText());
    }
    QVERIFY2(words.contains(QStringLiteral("Notes.Read|«Consented by 1 user(s)»|«Granted for all users»")),
             qPrintable(words.join(QLatin1Char('\n'))));
    QVERIFY2(words.contains(QStringLiteral("«Exchange application access policy for CRM Mailbox Access»|"
                                           "RestrictAccess|«Removed»")),
             qPrintable(words.join(QLatin1Char('\n'))));
    QVERIFY(words.contains(QStringLiteral("User.Read|«Consented by the user»|«Removed»")));

    // An app's tally ("what changed since the last snapshot"): the English is the CLI's as it was.
    SnapshotChange::Words tally;
    tally.wording = SnapshotChange::Wording::AppTally;
    tally.scopes = 2;
    tally.users = 1;
    tally.applicationPermissions = 3;
    QCOMPARE(SnapshotChange::english(tally),
             QStringLiteral("2 tenant-wide scopes, 1 users with own consent, 3 application permissions"));
    QCOMPARE(SnapshotChange::translated(tally),
             QStringLiteral("«%1, %2, %3»")
                 .arg(QStringLiteral("«2 tenant-wide permission(s)»"),
                      QStringLiteral("«1 user(s) with their own consent»"),
                      QStringLiteral("«3 application permission(s)»")));
    SnapshotChange::Words data; // before/after holding data (a name, a value) are shown as they are
    QVERIFY(SnapshotChange::english(data).isEmpty());
    QVERIFY(SnapshotChange::translated(data).isEmpty());
}

void TestSnapshots::partsNotReadAreNotCompared()
{
    TenantSnapshot after = baseSnapshot();
    after.applicationAccessPolicies = {};
    after.errors = {QJsonObject {{"part", "applicationAccessPolicies"}, {"message", "no Exchange role"}}};
    const SnapshotIndex a = SnapshotIndex::build(baseSnapshot());
    const SnapshotIndex b = SnapshotIndex::build(after);
    QVERIFY(SnapshotDiff::compare(a, b, RiskCatalog::builtIn()).isEmpty());
    QCOMPARE(SnapshotDiff::notCompared(a, b), QStringList {QStringLiteral("after: applicationAccessPolicies")});
}

void TestSnapshots::diffIsSortedByRisk()
{
    TenantSnapshot before = baseSnapshot();
    before.oauth2PermissionGrants = {};
    before.appRoleAssignments = {};
    const QList<SnapshotChange> changes = SnapshotDiff::compare(
        SnapshotIndex::build(before), SnapshotIndex::build(baseSnapshot()), RiskCatalog::builtIn());
    QVERIFY(changes.size() >= 4);
    for (int i = 1; i < changes.size(); ++i) {
        QVERIFY(changes.at(i - 1).risk >= changes.at(i).risk);
    }
    QCOMPARE(changes.first().kind, SnapshotChange::Kind::Application); // Mail.Read as an application: the riskiest
    QCOMPARE(changes.first().risk, RiskLevel::Critical);
}

void TestSnapshots::htmlEscapesHostileTenantText()
{
    SnapshotChange c;
    c.app = QStringLiteral("<img src=x onerror=alert(1)>\u202Egnp.exe");
    c.principal = QStringLiteral("\"><script>alert(2)</script>");
    c.permission = QStringLiteral("Mail.Read & <b>more</b>");
    const QByteArray html = SnapshotDiffReport::html(
        {c}, {QStringLiteral("a.json"), QStringLiteral("<i>T</i>"), {}}, {QStringLiteral("live tenant"), {}, {}}, {});
    QVERIFY(!html.contains("<img"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<b>"));
    QVERIFY(!html.contains("<i>T"));
    QVERIFY(!html.contains("\xE2\x80\xAE")); // the right-to-left override is dropped
    QVERIFY(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    QVERIFY(html.contains("&quot;&gt;&lt;script&gt;"));
    QVERIFY(html.contains("Content-Security-Policy"));
    QVERIFY(!html.contains("http://") && !html.contains("https://")); // self-contained: nothing fetched
}

void TestSnapshots::diffRowsSayWhenAGrantWasFirstSeen()
{
    // The history saw the before state on Nov 1 and the after state on Dec 1: a removed grant's row says since when
    // it had been there, an added one's when it appeared; apps and policies have no first-seen date.
    QTemporaryDir dir;
    const SnapshotIndex before = SnapshotIndex::build(baseSnapshot());
    const SnapshotIndex after = SnapshotIndex::build(changedSnapshot());
    FirstSeenHistory history(kTenant, dir.path());
    QVERIFY(history.load());
    history.observe(before, before.createdDateTime(), FirstSeenHistory::Source::Snapshot);
    history.observe(after, after.createdDateTime(), FirstSeenHistory::Source::Snapshot);
    QList<SnapshotChange> changes = SnapshotDiff::compare(before, after, RiskCatalog::builtIn());
    SnapshotDiff::addFirstSeen(changes, history);

    QMap<QString, QString> dates; // "change|kind|permission|user" → the JSON row's firstSeen (absent: "-")
    for (const SnapshotChange& c : changes) {
        const QJsonObject json = c.toJson();
        const QString key = QStringList {SnapshotChange::changeName(c.change),
                                         SnapshotChange::kindName(c.kind),
                                         c.permission,
                                         c.principal}
                                .join(QLatin1Char('|'));
        dates.insert(key, json.contains(QStringLiteral("firstSeen")) ? json.value("firstSeen").toString() : "-");
        // The issue's documented keys stay on every row.
        for (const char* k : {"change", "kind", "app", "appId", "permission", "principal", "before", "after", "risk"}) {
            QVERIFY2(json.contains(QLatin1String(k)), k);
        }
    }
    QCOMPARE(dates.value("removed|delegated|Mail.Read|"), QStringLiteral("2026-11-01"));
    QCOMPARE(dates.value("removed|application|Mail.Read|"), QStringLiteral("2026-11-01"));
    QCOMPARE(dates.value("added|userConsent|User.Read|jamal.carter@contoso.com"), QStringLiteral("2026-12-01"));
    QCOMPARE(dates.value("added|delegated|Calendars.Read|"), QStringLiteral("2026-12-01"));
    QCOMPARE(dates.value("added|app||"), QStringLiteral("-"));
    QVERIFY(dates.contains(QStringLiteral("removed|policy|Exchange application access policy, scope CRM Mailbox "
                                          "Access|")));
    QCOMPARE(dates.value("removed|policy|Exchange application access policy, scope CRM Mailbox Access|"),
             QStringLiteral("-"));

    // A grant never observed (no history): its JSON row says null, not a made-up date.
    QList<SnapshotChange> unseen = SnapshotDiff::compare(before, after, RiskCatalog::builtIn());
    QVERIFY(unseen.first().isGrant());
    QVERIFY(unseen.first().toJson().value(QStringLiteral("firstSeen")).isNull());

    // CSV (and the CLI's table): firstSeen is the last column, the date on grant rows.
    const Table table = SnapshotDiff::toTable(changes);
    QCOMPARE(table.columns.constLast().key, QStringLiteral("firstSeen"));
    const QString csv = QString::fromUtf8(TableWriter::write(table, TableWriter::Format::Csv));
    QVERIFY2(csv.contains(QStringLiteral(",granted for all users,removed,2026-11-01")), qPrintable(csv));
    // The HTML report: a First seen column with the dates, and a removal's After in words.
    const QString html = QString::fromUtf8(SnapshotDiffReport::html(changes, {}, {}, {}));
    QVERIFY(html.contains(QStringLiteral("<th>First seen</th>")));
    QVERIFY2(html.contains(QStringLiteral("<td>granted for all users</td><td>removed</td><td class=\"date\">2026-11-01"
                                          "</td>")),
             qPrintable(html));
}

void TestSnapshots::inventoryComparisonCountsWhatTheIndexHolds()
{
    // "What changed since the last snapshot" compares the index's per-app counts with the session's inventory: the
    // same holdings are no change, whatever the order or duplicates of the grants; a changed count or a gone app is a
    // row, with the risk of what the snapshot held.
    TenantSnapshot s = baseSnapshot();
    s.oauth2PermissionGrants.append(grant("g1-twice", kCrmSp, "Mail.Read")); // one claim, granted twice
    s.oauth2PermissionGrants.append(grant("g2-more", kNotesSp, "Notes.Read", kUser)); // the same user again
    const SnapshotIndex index = SnapshotIndex::build(s);
    const auto summary
        = [](const QString& id, const QString& appId, const QString& name, int scopes, int users, int application) {
              AppSummary a;
              a.app.id = id;
              a.app.appId = appId;
              a.app.displayName = name;
              a.tenantWideScopes = scopes;
              a.users = users;
              a.applicationPermissions = application;
              return a;
          };
    TenantInventory live;
    live.apps = {summary(kNotesSp, kNotesApp, "Notes Helper", 0, 1, 0),
                 summary(kCrmSp, kCrmApp.toUpper(), "Northwind CRM", 2, 0, 1),
                 summary(kGraphSp, kGraphApp, "Microsoft Graph", 0, 0, 0)};
    QVERIFY(SnapshotDiff::compareInventory(index, live, RiskCatalog::builtIn()).isEmpty());

    live.apps[0].users = 2; // a second user consented to Notes
    live.apps.removeAt(1); // Northwind CRM is gone
    const QList<SnapshotChange> changes = SnapshotDiff::compareInventory(index, live, RiskCatalog::builtIn());
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).app, QStringLiteral("Northwind CRM")); // riskiest first: Mail.Read as an application
    QCOMPARE(changes.at(0).change, SnapshotChange::Change::Removed);
    QCOMPARE(changes.at(0).risk, RiskLevel::Critical);
    QCOMPARE(changes.at(0).before,
             QStringLiteral("2 tenant-wide scopes, 0 users with own consent, 1 application permissions"));
    QCOMPARE(changes.at(0).after, QStringLiteral("removed"));
    QCOMPARE(changes.at(1).app, QStringLiteral("Notes Helper"));
    QCOMPARE(changes.at(1).change, SnapshotChange::Change::Changed);
    QCOMPARE(changes.at(1).afterWords.users, 2);
    QCOMPARE(changes.at(1).beforeWords.users, 1);
}

void TestSnapshots::htmlIsInOneLanguage()
{
    TenantSnapshot after = changedSnapshot();
    QJsonObject policies = after.policies;
    QJsonObject workflow = policies.value("adminConsentRequestPolicy").toObject();
    workflow.insert("isEnabled", false);
    policies.insert("adminConsentRequestPolicy", workflow);
    after.policies = policies;
    const QList<SnapshotChange> changes = SnapshotDiff::compare(
        SnapshotIndex::build(baseSnapshot()), SnapshotIndex::build(after), RiskCatalog::builtIn());
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    // The CLI's page is English whatever language is installed: nothing went through the translator.
    const SnapshotDiffReport::Side a {
        QStringLiteral("a.json"), QStringLiteral("Contoso"), QStringLiteral("2026-11-01")};
    const QString english = QString::fromUtf8(
        SnapshotDiffReport::html(changes, a, {QStringLiteral("live tenant"), {}, {}}, {QStringLiteral("after: x")}));
    QVERIFY2(!english.contains(QStringLiteral("«")), qPrintable(english));
    QVERIFY(english.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(english.contains(QStringLiteral("<td class=\"removed\">removed</td>")));

    // The GUI's page: every heading, side, kind, risk and before/after word through the translator; the side labels
    // are the GUI's own (already in its language); tenant data (app names, permissions, values) as it is.
    const QString label = MarkingTranslator::marked(QStringLiteral("the tenant now"));
    const QString gui = QString::fromUtf8(SnapshotDiffReport::html(changes,
                                                                   a,
                                                                   {label, QStringLiteral("Contoso"), {}},
                                                                   {MarkingTranslator::marked(QStringLiteral("x"))},
                                                                   SnapshotDiffReport::Language::Interface));
    for (const QString& word : {QStringLiteral("ConsentDesk: what changed"),
                                QStringLiteral("Before"),
                                QStringLiteral("After"),
                                QStringLiteral("Changes"),
                                QStringLiteral("Not compared"),
                                QStringLiteral("App id"),
                                QStringLiteral("First seen by ConsentDesk"),
                                QStringLiteral("Removed"),
                                QStringLiteral("Added"),
                                QStringLiteral("Delegated, all users"),
                                QStringLiteral("Granted for all users"),
                                QStringLiteral("Critical")}) {
        QVERIFY2(gui.contains(MarkingTranslator::marked(word).toHtmlEscaped()), qPrintable(word));
    }
    QVERIFY(gui.contains(label));
    QVERIFY(gui.contains(MarkingTranslator::marked(QStringLiteral("a.json — Contoso, taken 2026-11-01"))));
    QVERIFY(gui.contains(QStringLiteral("Northwind CRM")) && gui.contains(QStringLiteral("Mail.Read")));
    // No English left between the tags: each cell is data or marked.
    for (const QString& english : {QStringLiteral(">Before<"),
                                   QStringLiteral(">removed<"),
                                   QStringLiteral(">granted for all users<"),
                                   QStringLiteral(">critical<"),
                                   QStringLiteral(">delegated<"),
                                   QStringLiteral("a change happened at some moment")}) {
        QVERIFY2(!gui.contains(english), qPrintable(english));
    }
    const QString empty = QString::fromUtf8(
        SnapshotDiffReport::html({}, a, {label, {}, {}}, {}, SnapshotDiffReport::Language::Interface));
    QVERIFY(empty.contains(MarkingTranslator::marked(QStringLiteral("No differences.")).toHtmlEscaped()));
}

void TestSnapshots::firstSeenKeepsTheEarliestAndNoNames()
{
    QTemporaryDir dir;
    const SnapshotIndex base = SnapshotIndex::build(baseSnapshot());
    const QDateTime november = baseSnapshot().createdDateTime;
    const QString userKey = SnapshotIndex::claimKey(
        SnapshotIndex::ClaimKind::UserConsent, kNotesApp, kGraphApp, QStringLiteral("Notes.Read"), kUser);
    {
        FirstSeenHistory h(kTenant, dir.path());
        QVERIFY(h.load());
        QCOMPARE(h.observe(base, november.addDays(10), FirstSeenHistory::Source::Live), base.claims().size());
        QCOMPARE(h.observe(base, november.addDays(20), FirstSeenHistory::Source::Live), 0); // nothing new
        // An older snapshot opened later moves the time back.
        QCOMPARE(h.observe(base, november, FirstSeenHistory::Source::Snapshot), base.claims().size());
    }
    FirstSeenHistory reloaded(kTenant, dir.path());
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.firstSeen(userKey), november);
    QCOMPARE(reloaded.firstObservation(), november);
    QVERIFY(!reloaded.firstSeen(QStringLiteral("delegated|x|y|z|")).isValid());
    const QMap<QDate, int> days = reloaded.userConsentsFirstSeenByDay();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.value(november.date()), 2); // User.Read and Notes.Read of one user

    QFile file(reloaded.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("Notes"));
    QVERIFY(!content.contains("adaeze"));
    QVERIFY(!content.contains(kUser.toLatin1()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestSnapshots::claimCollectorKeysAsTheSnapshotIndex()
{
    // What an export or a live read streams past must name each grant as the file read back does, or the first-seen
    // history would hold two dates for one grant. Grants first, apps later: the order Graph's parallel lists take.
    const TenantSnapshot s = baseSnapshot();
    ClaimKeyCollector collector;
    collectAll(collector, s);
    QSet<QString> collected;
    for (const auto& [key, kind] : collector.claims()) {
        collected.insert(key);
        QCOMPARE(kind, SnapshotIndex::build(s).claims().value(key).kind);
    }
    const auto indexKeys = SnapshotIndex::build(s).claims().keys();
    QCOMPARE(collected, QSet<QString>(indexKeys.cbegin(), indexKeys.cend()));
    QCOMPARE(collected.size(), 5); // two tenant-wide scopes, two of one user's, one application permission
    // A user's or group's app role is no application permission: not a claim.
    QJsonObject userRole = s.appRoleAssignments.first().toObject();
    userRole.insert(QStringLiteral("principalType"), QStringLiteral("User"));
    collector.addAssignment(userRole);
    QCOMPARE(collector.claims().size(), 5);
}

void TestSnapshots::claimCollectorRecordsAChunkAtATime()
{
    // A huge tenant's 3.2 million keys are made and recorded a chunk at a time (never all held): the chunks are the
    // claims, in order, and the history written from them is the one written from the whole list.
    const TenantSnapshot s = baseSnapshot();
    ClaimKeyCollector collector;
    for (const auto& v : s.servicePrincipals) {
        collector.addServicePrincipal(v.toObject());
    }
    for (const auto& v : s.oauth2PermissionGrants) {
        collector.addGrant(v.toObject());
        collector.addGrant(v.toObject()); // listed twice: its ids and scopes are held once
    }
    for (const auto& v : s.appRoleAssignments) {
        collector.addAssignment(v.toObject());
    }
    const ClaimKeyCollector::Claims all = collector.claims();
    QCOMPARE(all.size(), 2 * 4 + 1);
    ClaimKeyCollector::Claims joined;
    int chunks = 0;
    collector.forEachChunk(2, [&](const ClaimKeyCollector::Claims& chunk) {
        QVERIFY(!chunk.isEmpty() && chunk.size() <= 2);
        joined += chunk;
        ++chunks;
    });
    QCOMPARE(chunks, 5);
    QCOMPARE(joined, all);
    // A grant listed twice gives its keys twice (the history keeps one of each).
    QCOMPARE(all.at(2), all.at(0));
    QCOMPARE(all.at(3), all.at(1));

    QTemporaryDir whole;
    QTemporaryDir chunked;
    const QDateTime when(QDate(2026, 11, 2), QTime(8, 30), QTimeZone::utc());
    const FirstSeenHistory a
        = FirstSeenHistory::record(kTenant, all, when, FirstSeenHistory::Source::Snapshot, whole.path());
    const FirstSeenHistory b
        = FirstSeenHistory::record(kTenant, collector, when, FirstSeenHistory::Source::Snapshot, chunked.path());
    QCOMPARE(b.size(), a.size());
    QCOMPARE(b.size(), 5);
    for (const auto& [key, kind] : all) {
        QCOMPARE(b.firstSeen(key), when);
    }
    QFile fa(a.path());
    QFile fb(b.path());
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QCOMPARE(fb.readAll(), fa.readAll()); // one write, the same lines
}

void TestSnapshots::claimCollectorNamesEachUserConsentsApp()
{
    // The first-seen history keeps hashed keys only: the Overview's history chart names a bar's apps from the
    // users' consents the session read — each one's key (as claims() makes it) with its app's service principal id.
    TenantSnapshot s = changedSnapshot();
    s.oauth2PermissionGrants.append(grant("g5", kCrmSp.toUpper(), "Mail.Send", kUser2)); // Graph's case is not ours
    ClaimKeyCollector collector;
    collectAll(collector, s);
    QList<std::pair<QString, QString>> listed;
    collector.forEachUserConsent([&listed](const QString& servicePrincipalId, const QString& key) {
        listed.append({servicePrincipalId, key});
    });
    QSet<QString> userConsentKeys;
    for (const auto& [key, kind] : collector.claims()) {
        if (kind == SnapshotIndex::ClaimKind::UserConsent) {
            userConsentKeys.insert(key);
        }
    }
    // Notes: two scopes of one user and one of another; CRM: one user's Mail.Send. Tenant-wide grants are no one's.
    QCOMPARE(listed.size(), 4);
    QCOMPARE(userConsentKeys.size(), 4);
    QSet<QString> keys;
    QMap<QString, int> perApp;
    for (const auto& [servicePrincipalId, key] : listed) {
        keys.insert(key);
        ++perApp[servicePrincipalId];
        QVERIFY2(key.contains(servicePrincipalId == kCrmSp ? kCrmApp : kNotesApp), qPrintable(key));
    }
    QCOMPARE(keys, userConsentKeys); // the very keys the history hashes
    QCOMPARE(perApp, (QMap<QString, int> {{kNotesSp, 3}, {kCrmSp, 1}}));
    // Each key's app is the one its first-seen date belongs to.
    QTemporaryDir dir;
    const QDateTime when(QDate(2026, 11, 2), QTime(8, 30), QTimeZone::utc());
    const FirstSeenHistory history
        = FirstSeenHistory::record(kTenant, collector, when, FirstSeenHistory::Source::Live, dir.path());
    for (const auto& [servicePrincipalId, key] : listed) {
        QCOMPARE(history.firstSeen(key), when);
    }
}

void TestSnapshots::userConsentDaysAreUtcDays()
{
    // The history chart's days are UTC days, whatever the computer's time zone: the last millisecond of a day and the
    // first of the next are two days; a delegated claim is no user's consent.
    QTemporaryDir dir;
    FirstSeenHistory history(kTenant, dir.path());
    const QDateTime lastMs(QDate(2026, 11, 30), QTime(23, 59, 59, 999), QTimeZone::utc());
    const QDateTime nextDay(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    const auto user = SnapshotIndex::ClaimKind::UserConsent;
    history.note(
        {{QStringLiteral("u|a"), user}, {QStringLiteral("u|b"), user}}, lastMs, FirstSeenHistory::Source::Live);
    history.note({{QStringLiteral("u|c"), user}, {QStringLiteral("d|x"), SnapshotIndex::ClaimKind::Delegated}},
                 nextDay,
                 FirstSeenHistory::Source::Live);
    const QMap<QDate, int> days = history.userConsentsFirstSeenByDay();
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.value(QDate(2026, 11, 30)), 2);
    QCOMPARE(days.value(QDate(2026, 12, 1)), 1);
    QCOMPARE(history.firstObservation(), lastMs);
    QCOMPARE(history.firstObservation().timeSpec(), Qt::UTC);
    QCOMPARE(history.firstSeen(QStringLiteral("u|c")), nextDay);
}

void TestSnapshots::firstSeenIsPerTenantAndMergesRecords()
{
    QTemporaryDir dir;
    const QString otherTenant = QStringLiteral("0d6a36c1-2b8a-4a41-9f3e-5c7f8c1d2e3f");
    const SnapshotIndex base = SnapshotIndex::build(baseSnapshot());
    FirstSeenHistory::Claims claims;
    for (auto it = base.claims().cbegin(); it != base.claims().cend(); ++it) {
        claims.append({it.key(), it->kind});
    }
    const QDateTime december(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    const QDateTime october(QDate(2026, 10, 1), QTime(9, 0), QTimeZone::utc());
    // Two records (a live read, then an older snapshot's) merge in the file; each keeps the earliest time.
    FirstSeenHistory::record(kTenant, claims.mid(0, 3), december, FirstSeenHistory::Source::Live, dir.path());
    const FirstSeenHistory merged
        = FirstSeenHistory::record(kTenant, claims, october, FirstSeenHistory::Source::Snapshot, dir.path());
    for (const auto& [key, kind] : claims) {
        QCOMPARE(merged.firstSeen(key), october);
    }
    FirstSeenHistory later
        = FirstSeenHistory::record(kTenant, claims, december, FirstSeenHistory::Source::Live, dir.path());
    QCOMPARE(later.firstSeen(claims.first().first), october); // a later sighting never moves a date forward
    QCOMPARE(later.firstObservation(), october);
    // Another tenant's history is its own file: nothing of this one shows there.
    FirstSeenHistory other(otherTenant, dir.path());
    QVERIFY(other.load());
    QCOMPARE(other.size(), 0);
    QVERIFY(!other.firstSeen(claims.first().first).isValid());
    QVERIFY(other.path() != later.path());
    QCOMPARE(FirstSeenHistory::dateText(october), QStringLiteral("2026-10-01"));
    QVERIFY(FirstSeenHistory::dateText({}).isEmpty());
}

void TestSnapshots::firstSeenNotedRowsAreWrittenOnce()
{
    QTemporaryDir dir;
    const SnapshotIndex base = SnapshotIndex::build(baseSnapshot());
    const QDateTime now(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::utc());
    FirstSeenHistory h(kTenant, dir.path());
    QVERIFY(h.load());
    int noted = 0;
    for (auto it = base.claims().cbegin(); it != base.claims().cend(); ++it) {
        noted += h.note({{it.key(), it->kind}}, now, FirstSeenHistory::Source::Live); // rows as they stream past
        QCOMPARE(h.firstSeen(it.key()), now); // dated at once, before anything is written
    }
    QCOMPARE(noted, int(base.claims().size()));
    QVERIFY(!QFile::exists(h.path()));
    QVERIFY(h.save());
    QFile file(h.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // one line per kind (delegated, userConsent, application) and the last newline
    QVERIFY(h.save()); // nothing pending: nothing appended
    QCOMPARE(QFileInfo(h.path()).size(), file.size());
    FirstSeenHistory reloaded(kTenant, dir.path());
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.size(), int(base.claims().size()));

    // Each line is JSON with the claims as the first 12 bytes of their SHA-256 in base64url, whoever reads it.
    const QString anyKey = base.claims().cbegin().key();
    const QString anyHash
        = QString::fromLatin1(QCryptographicHash::hash(anyKey.toUtf8(), QCryptographicHash::Sha256)
                                  .left(12)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QStringList written;
    for (const QByteArray& line : lines.mid(0, 3)) {
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("src")).toString(), QStringLiteral("live"));
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("t")).toString(), Qt::ISODate), now);
        for (const auto& v : o.value(QStringLiteral("keys")).toArray()) {
            QCOMPARE(v.toString().size(), 16);
            written.append(v.toString());
        }
    }
    QCOMPARE(written.size(), int(base.claims().size()));
    QVERIFY(written.contains(anyHash));
    // A line in another key order (another writer, an older version) is read too: an earlier date wins.
    file.close();
    QVERIFY(file.open(QIODevice::Append));
    const QDateTime earlier(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("t"), earlier.toString(Qt::ISODate)},
                                          {QStringLiteral("kind"), QStringLiteral("delegated")},
                                          {QStringLiteral("keys"), QJsonArray {anyHash}}})
                   .toJson(QJsonDocument::Indented)
                   .replace('\n', ' ')
               + '\n');
    file.close();
    FirstSeenHistory again(kTenant, dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.size(), int(base.claims().size()));
    QCOMPARE(again.firstSeen(anyKey), earlier);
}

void TestSnapshots::catalogFindsTheLatestSnapshot()
{
    QTemporaryDir dir;
    SnapshotCatalog catalog(dir.filePath(QStringLiteral("snapshots.json")));
    const QDateTime t0(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 3; ++i) {
        QFile f(dir.filePath(QStringLiteral("s%1.json").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        catalog.remember(f.fileName(), kTenant, t0.addDays(i));
    }
    catalog.remember(dir.filePath(QStringLiteral("other.json")), QStringLiteral("other"), t0.addDays(9));
    QFile::remove(dir.filePath(QStringLiteral("s2.json"))); // a deleted file is not offered
    const auto latest = catalog.latest(kTenant);
    QVERIFY(latest.has_value());
    QCOMPARE(QFileInfo(latest->path).fileName(), QStringLiteral("s1.json"));
    QCOMPARE(catalog.latest(kTenant, t0.addDays(1))->taken, t0);
    QVERIFY(!catalog.latest(QStringLiteral("nobody")).has_value());
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "TestSnapshots.moc"
