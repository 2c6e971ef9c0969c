#include "../consent/RevokeFixtures.h"
#include "report/PermissionReport.h"
#include "report/TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace RevokeFixtures;

class TestPermissionReport : public QObject
{
    Q_OBJECT

private slots:
    void stableColumns();
    void rowsOfEachKind();
    void csvAndJson();
};

void TestPermissionReport::stableColumns()
{
    // The MSIdentityTools tradition: scripts rely on these keys and this order.
    QCOMPARE(PermissionReport::columnKeys(),
             (QStringList {QStringLiteral("PermissionType"),
                           QStringLiteral("ClientObjectId"),
                           QStringLiteral("AppId"),
                           QStringLiteral("ClientDisplayName"),
                           QStringLiteral("ResourceDisplayName"),
                           QStringLiteral("Permission"),
                           QStringLiteral("ConsentType"),
                           QStringLiteral("PrincipalDisplayName"),
                           QStringLiteral("Risk"),
                           QStringLiteral("MicrosoftApp"),
                           QStringLiteral("AppOwnerOrganizationId")}));
    const Table t = PermissionReport::table({});
    QCOMPARE(t.columns.size(), 11);
    QCOMPARE(t.columns.at(3).key, QStringLiteral("ClientDisplayName"));
    QVERIFY(!t.columns.at(3).title.isEmpty());
}

void TestPermissionReport::rowsOfEachKind()
{
    const AppInventory inv = inventory();
    const Table t = PermissionReport::table(inv.permissions);
    QCOMPARE(t.rows.size(), inv.permissions.size());
    auto cell
        = [&](int row, const char* key) { return t.rows.at(row).at(t.columnIndex(QLatin1String(key))).toString(); };
    // Row 0: tenant-wide User.Read.
    QCOMPARE(cell(0, "PermissionType"), QStringLiteral("Delegated-AllPrincipals"));
    QCOMPARE(cell(0, "ConsentType"), QStringLiteral("AllPrincipals"));
    QCOMPARE(cell(0, "ClientObjectId"), ClientSpId);
    QCOMPARE(cell(0, "AppId"), ClientAppId);
    QCOMPARE(cell(0, "ClientDisplayName"), QStringLiteral("Northwind CRM"));
    QCOMPARE(cell(0, "ResourceDisplayName"), QStringLiteral("Microsoft Graph"));
    QCOMPARE(cell(0, "Permission"), QStringLiteral("User.Read"));
    QCOMPARE(cell(0, "PrincipalDisplayName"), QString());
    QCOMPARE(cell(0, "MicrosoftApp"), QStringLiteral("false"));
    QCOMPARE(cell(0, "AppOwnerOrganizationId"), OwnerTenant);
    // Row 3: Alex's own User.Read.
    QCOMPARE(cell(3, "PermissionType"), QStringLiteral("Delegated-Principal"));
    QCOMPARE(cell(3, "ConsentType"), QStringLiteral("Principal"));
    QCOMPARE(cell(3, "PrincipalDisplayName"), QStringLiteral("Alex Wilber"));
    // Row 6: the application permission Mail.Read.
    QCOMPARE(cell(6, "PermissionType"), QStringLiteral("Application"));
    QCOMPARE(cell(6, "ConsentType"), QString());
    QCOMPARE(cell(6, "Permission"), QStringLiteral("Mail.Read"));
    QCOMPARE(cell(6, "Risk"), Risk::toKey(inv.permissions.at(6).permission.risk));
    QVERIFY(cell(6, "Risk") != QLatin1String("unranked"));
}

void TestPermissionReport::csvAndJson()
{
    AppInventory inv = inventory();
    inv.app.displayName = QStringLiteral("=HYPERLINK(\"http://evil\")");
    inv.buildRows(RiskCatalog::builtIn());
    const Table t = PermissionReport::table(inv.permissions);
    const QByteArray csv = TableWriter::toCsv(t);
    QVERIFY(csv.startsWith("PermissionType,ClientObjectId,AppId,ClientDisplayName,ResourceDisplayName,Permission,"
                           "ConsentType,PrincipalDisplayName,Risk,MicrosoftApp,AppOwnerOrganizationId\r\n"));
    QVERIFY(!csv.contains(",=HYPERLINK")); // the formula guard applies to app names typed by outsiders
    const QJsonArray json = QJsonDocument::fromJson(TableWriter::toJson(t)).array();
    QCOMPARE(json.size(), inv.permissions.size());
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("PermissionType")).toString(),
             QStringLiteral("Delegated-AllPrincipals"));
}

QTEST_GUILESS_MAIN(TestPermissionReport)
#include "TestPermissionReport.moc"
