// PermissionRowModel's roles: what a person reads (DisplayRole), what an export writes (ExportRole: keys, not
// translated words) and how a column sorts (SortRole: risk by level, not by its name).
#include "apps/PermissionRowModel.h"
#include "common/ModelExporter.h"

#include <QTest>

namespace {

GrantedPermission tenantWideMailRead()
{
    GrantedPermission row;
    row.source = GrantedPermission::Source::TenantWide;
    row.clientDisplayName = QStringLiteral("Northwind CRM");
    row.grantId = QStringLiteral("grant-1");
    row.permission.resourceAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
    row.permission.resourceDisplayName = QStringLiteral("Microsoft Graph");
    row.permission.value = QStringLiteral("Mail.Read");
    row.permission.displayName = QStringLiteral("Read user mail");
    row.permission.type = Permission::Type::Delegated;
    row.permission.risk = RiskLevel::High;
    return row;
}

GrantedPermission applicationFilesAll()
{
    GrantedPermission row;
    row.source = GrantedPermission::Source::AppRoleAssignment;
    row.clientDisplayName = QStringLiteral("Backup Agent");
    row.assignmentId = QStringLiteral("assignment-1");
    row.grantedThrough = QStringLiteral("Backup operators");
    row.permission.resourceAppId = QStringLiteral("00000003-0000-ff1-ce00-000000000000");
    row.permission.value = QStringLiteral("Sites.Read.All");
    row.permission.displayName = QStringLiteral("Read items in all site collections");
    row.permission.type = Permission::Type::Application;
    row.permission.risk = RiskLevel::Medium;
    return row;
}

} // namespace

class TestPermissionRowModel : public QObject
{
    Q_OBJECT

private slots:
    void displayShowsEachColumn();
    void exportWritesKeys();
    void sortRoleRanksRiskByLevel();
};

void TestPermissionRowModel::displayShowsEachColumn()
{
    PermissionRowModel model;
    model.setRows({tenantWideMailRead(), applicationFilesAll()});
    auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, PermissionRowModel::Api), QStringLiteral("Microsoft Graph"));
    QCOMPARE(cell(1, PermissionRowModel::Api), QStringLiteral("00000003-0000-ff1-ce00-000000000000")); // no name
    QCOMPARE(cell(0, PermissionRowModel::Claim), QStringLiteral("Mail.Read"));
    QCOMPARE(cell(0, PermissionRowModel::PermissionName), QStringLiteral("Read user mail"));
    QCOMPARE(cell(0, PermissionRowModel::Type), QStringLiteral("Delegated"));
    QCOMPARE(cell(1, PermissionRowModel::Type), QStringLiteral("Application"));
    QCOMPARE(cell(0, PermissionRowModel::GrantedThrough), QStringLiteral("Admin consent (all users)"));
    QCOMPARE(cell(1, PermissionRowModel::GrantedThrough), QStringLiteral("Group: Backup operators"));
    QCOMPARE(cell(0, PermissionRowModel::Risk), Risk::displayName(RiskLevel::High));
    QCOMPARE(cell(1, PermissionRowModel::App), QStringLiteral("Backup Agent"));
    model.setGrantedBy({{QStringLiteral("grant-1"), QStringLiteral("adaeze.okafor@contoso.com")}});
    QCOMPARE(cell(0, PermissionRowModel::GrantedBy), QStringLiteral("adaeze.okafor@contoso.com"));
}

void TestPermissionRowModel::exportWritesKeys()
{
    PermissionRowModel model;
    model.setRows({tenantWideMailRead(), applicationFilesAll()});
    auto exported
        = [&model](int row, int column) { return model.index(row, column).data(ModelExporter::ExportRole).toString(); };
    QCOMPARE(exported(0, PermissionRowModel::Type), QStringLiteral("Delegated-AllPrincipals"));
    QCOMPARE(exported(1, PermissionRowModel::Type), QStringLiteral("AppRoleAssignment"));
    QCOMPARE(exported(0, PermissionRowModel::Risk), QStringLiteral("high"));
    QCOMPARE(exported(1, PermissionRowModel::Risk), QStringLiteral("medium"));
    QCOMPARE(exported(0, PermissionRowModel::Claim), QStringLiteral("Mail.Read"));
    QCOMPARE(exported(1, PermissionRowModel::GrantedThrough), QStringLiteral("Group: Backup operators"));
}

void TestPermissionRowModel::sortRoleRanksRiskByLevel()
{
    PermissionRowModel model;
    model.setRows({tenantWideMailRead(), applicationFilesAll()});
    QCOMPARE(model.index(0, PermissionRowModel::Risk).data(PermissionRowModel::SortRole).toInt(), int(RiskLevel::High));
    QCOMPARE(model.index(1, PermissionRowModel::Risk).data(PermissionRowModel::SortRole).toInt(),
             int(RiskLevel::Medium));
    QCOMPARE(model.index(0, PermissionRowModel::Claim).data(PermissionRowModel::SortRole).toString(),
             QStringLiteral("Mail.Read"));
    model.sort(PermissionRowModel::Risk, Qt::AscendingOrder);
    QCOMPARE(model.index(0, PermissionRowModel::Claim).data().toString(), QStringLiteral("Sites.Read.All"));
    model.sort(PermissionRowModel::Risk, Qt::DescendingOrder);
    QCOMPARE(model.index(0, PermissionRowModel::Claim).data().toString(), QStringLiteral("Mail.Read"));
}

QTEST_GUILESS_MAIN(TestPermissionRowModel)
#include "TestPermissionRowModel.moc"
