// PermissionRowModel's roles: what a person reads (DisplayRole), what an export writes (ExportRole: keys, not
// translated words) and how a column sorts (SortRole: risk by level, not by its name).
#include "apps/PermissionRowModel.h"
#include "common/ModelExporter.h"
#include "report/FirstSeenHistory.h"

#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

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
    void largeSortMatchesAStableCaseInsensitiveSort();
    void sortFollowsNewRowsAndGrantedBy();
    void persistentIndexesFollowTheirRowsThroughSorts();
    void firstSeenDatesAreAskedForRowByRow();
};

namespace {

// n rows with few distinct values per column and names differing only by case, like an app many users consented to.
QList<GrantedPermission> manyRows(int n)
{
    const QStringList claims {QStringLiteral("openid"),
                              QStringLiteral("Mail.Read"),
                              QStringLiteral("mail.read"),
                              QStringLiteral("User.Read"),
                              QStringLiteral("Files.Read")};
    QList<GrantedPermission> rows;
    for (int i = 0; i < n; ++i) {
        GrantedPermission row = (i % 3 == 0) ? applicationFilesAll() : tenantWideMailRead();
        row.grantId = QStringLiteral("grant-%1").arg(i);
        row.assignmentId = QStringLiteral("assignment-%1").arg(i);
        row.permission.value = claims.at((i * 7) % claims.size());
        row.clientDisplayName = QStringLiteral("App %1").arg((n - i) % 97);
        row.permission.risk = RiskLevel(i % 5);
        rows.append(row);
    }
    return rows;
}

// What each row shows in a column, top to bottom.
QStringList column(const PermissionRowModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

} // namespace

void TestPermissionRowModel::largeSortMatchesAStableCaseInsensitiveSort()
{
    const QList<GrantedPermission> rows = manyRows(20000);
    PermissionRowModel model;
    model.setRows(rows);
    for (const int c : {int(PermissionRowModel::Api),
                        int(PermissionRowModel::Claim),
                        int(PermissionRowModel::Type),
                        int(PermissionRowModel::GrantedThrough),
                        int(PermissionRowModel::App)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            // The reference: the rows as given, stably sorted by their shown text compared case-insensitively.
            PermissionRowModel given;
            given.setRows(rows);
            QList<int> expected(rows.size());
            std::iota(expected.begin(), expected.end(), 0);
            const QStringList texts = column(given, c);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                const int cmp = texts.at(a).toLower().compare(texts.at(b).toLower());
                return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
            });
            model.sort(c, order);
            for (int row = 0; row < rows.size(); ++row) {
                QCOMPARE(model.row(row)->grantId, rows.at(expected.at(row)).grantId);
            }
        }
    }
}

void TestPermissionRowModel::sortFollowsNewRowsAndGrantedBy()
{
    PermissionRowModel model;
    model.setRows(manyRows(50));
    model.sort(PermissionRowModel::Claim, Qt::AscendingOrder);
    QCOMPARE(model.index(0, PermissionRowModel::Claim).data().toString(), QStringLiteral("Files.Read"));
    // New rows: the column's order is computed from them, not from the rows before.
    GrantedPermission first = tenantWideMailRead();
    first.permission.value = QStringLiteral("AccessReview.Read.All");
    QList<GrantedPermission> rows = manyRows(50);
    rows.append(first);
    model.setRows(rows);
    QCOMPARE(model.index(0, PermissionRowModel::Claim).data().toString(), QStringLiteral("AccessReview.Read.All"));
    // Who granted it changes what the column shows, so its order too.
    model.sort(PermissionRowModel::GrantedBy, Qt::AscendingOrder);
    model.setGrantedBy({{QStringLiteral("grant-49"), QStringLiteral("aaron@contoso.com")}});
    model.sort(PermissionRowModel::GrantedBy, Qt::AscendingOrder);
    QCOMPARE(model.index(0, PermissionRowModel::GrantedBy).data().toString(), QStringLiteral("aaron@contoso.com"));
    QCOMPARE(model.row(0)->grantId, QStringLiteral("grant-49"));
}

void TestPermissionRowModel::persistentIndexesFollowTheirRowsThroughSorts()
{
    PermissionRowModel model;
    model.setRows(manyRows(1000));
    QList<QPersistentModelIndex> kept;
    QStringList keys;
    for (const int row : {0, 17, 500, 999}) {
        kept << QPersistentModelIndex(model.index(row, PermissionRowModel::Claim));
        keys << model.row(row)->grantId;
    }
    for (const int c : {int(PermissionRowModel::App), int(PermissionRowModel::Risk), int(PermissionRowModel::Claim)}) {
        model.sort(c, Qt::DescendingOrder);
        for (int i = 0; i < kept.size(); ++i) {
            QVERIFY(kept.at(i).isValid());
            QCOMPARE(kept.at(i).column(), int(PermissionRowModel::Claim));
            QCOMPARE(model.row(kept.at(i).row())->grantId, keys.at(i));
        }
    }
}

void TestPermissionRowModel::firstSeenDatesAreAskedForRowByRow()
{
    // Dates are worked out as rows are shown (a hash per row), all of them only for a sort by the column: whichever
    // comes first, every row shows and sorts by its own date, and a new history replaces every date.
    QTemporaryDir dir;
    QList<GrantedPermission> rows = manyRows(30);
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].clientAppId = QStringLiteral("app-%1").arg(i); // a claim of its own per row
        rows[i].permission.resourceAppId = QStringLiteral("api");
        rows[i].source = GrantedPermission::Source::TenantWide;
    }
    const QDateTime early = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    const QDateTime late = QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00Z"), Qt::ISODate);
    FirstSeenHistory history(QStringLiteral("tenant"), dir.path());
    history.note(FirstSeenHistory::claimsOf(rows.mid(0, 10)), late, FirstSeenHistory::Source::Live);
    history.note(FirstSeenHistory::claimsOf(rows.mid(10, 10)), early, FirstSeenHistory::Source::Live);
    // rows 20 to 29: never seen
    auto indexOf = [](const GrantedPermission& row) { return row.grantId.mid(6).toInt(); }; // "grant-N"
    auto expectedDay = [&](const GrantedPermission& row) {
        const int i = indexOf(row);
        return i < 10 ? late.date() : i < 20 ? early.date() : QDate();
    };
    PermissionRowModel model;
    model.setRows(rows);
    model.setFirstSeen(history, QString());
    // One row in the middle first, as a table that paints a few rows.
    const QModelIndex middle = model.index(15, PermissionRowModel::FirstSeen);
    QCOMPARE(middle.data(ModelExporter::ExportRole).toString(), expectedDay(*model.row(15)).toString(Qt::ISODate));
    model.sort(PermissionRowModel::FirstSeen, Qt::AscendingOrder);
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate day = expectedDay(*model.row(row));
        const QVariant exported = model.index(row, PermissionRowModel::FirstSeen).data(ModelExporter::ExportRole);
        QCOMPARE(exported.isValid() ? QDate::fromString(exported.toString(), Qt::ISODate) : QDate(), day);
        QVERIFY2(!previous.isValid() || (day.isValid() && day >= previous), "never seen first, then oldest first");
        previous = day.isValid() ? day : previous;
    }
    // A new history: every date follows it, shown and sorted.
    FirstSeenHistory later(QStringLiteral("tenant"), dir.path());
    later.note(FirstSeenHistory::claimsOf(rows.mid(25, 5)), early, FirstSeenHistory::Source::Live);
    model.setFirstSeen(later, QString());
    int dated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant exported = model.index(row, PermissionRowModel::FirstSeen).data(ModelExporter::ExportRole);
        const int i = indexOf(*model.row(row));
        QCOMPARE(exported.isValid(), i >= 25);
        dated += exported.isValid() ? 1 : 0;
        if (row < 25) {
            QVERIFY2(!exported.isValid(), "the never-seen rows sort first under the new history too");
        }
    }
    QCOMPARE(dated, 5);
}

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
