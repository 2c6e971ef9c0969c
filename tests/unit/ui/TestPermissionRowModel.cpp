// PermissionRowModel's roles: what a person reads (DisplayRole), what an export writes (ExportRole: keys, not
// translated words) and how a column sorts (SortRole: risk by level, not by its name).
#include "apps/PermissionRowModel.h"
#include "common/ModelExporter.h"
#include "report/FirstSeenHistory.h"

#include <QPersistentModelIndex>
#include <QSignalSpy>
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
    void preparedKeysSortLikeTheComparatorOnTrickyRows();
    void preparedKeysAreForTheLatestRowsAndGrantedBy();
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

namespace {

// Rows whose texts differ only by case, by accents, by a prefix, by code units beyond the BMP or not at all, in every
// text column: enough of them (PrepareKeysFrom) that the model prepares their keys off the GUI thread.
QList<GrantedPermission> trickyRows()
{
    const QStringList names {QStringLiteral("ann"),
                             QStringLiteral("Ann"),
                             QStringLiteral("ANN"),
                             QStringLiteral("anna"),
                             QStringLiteral("Ann "),
                             QStringLiteral(" ann"),
                             QString(),
                             QStringLiteral("Ärger"),
                             QStringLiteral("ärger"),
                             QStringLiteral("Zoë"),
                             QStringLiteral("zoe"),
                             QStringLiteral("Straße"),
                             QStringLiteral("STRASSE"),
                             QStringLiteral("İlkay"),
                             QStringLiteral("ilkay"),
                             QStringLiteral("ΣΊΣΥΦΟΣ"),
                             QStringLiteral("σίσυφος"),
                             QStringLiteral("𝐀lpha"), // U+1D400, a surrogate pair
                             QStringLiteral("\U0001F600 smile"),
                             QStringLiteral("ｆｕｌｌ"),
                             QStringLiteral("full"),
                             QStringLiteral("o'brien@contoso.com"),
                             QStringLiteral("O'Brien@Contoso.com"),
                             QStringLiteral("user10"),
                             QStringLiteral("user9")};
    QList<GrantedPermission> rows;
    for (int i = 0; i < PermissionRowModel::PrepareKeysFrom + 200; ++i) {
        const QString name = names.at((i * 7) % names.size());
        GrantedPermission row = (i % 4 == 0) ? applicationFilesAll() : tenantWideMailRead();
        if (i % 4 == 1) {
            row.source = GrantedPermission::Source::User;
            row.principalUpn = (i % 3 == 0) ? QString() : name + QStringLiteral("@contoso.com");
            row.principalDisplayName = name;
        }
        if (i % 4 == 0) {
            row.grantedThrough
                = (i % 8 == 0) ? QString() : names.at(i % names.size()); // "Group: …", "Assigned directly"
        }
        row.grantId = QStringLiteral("grant-%1").arg(i);
        row.assignmentId = QStringLiteral("assignment-%1").arg(i);
        row.clientDisplayName = names.at((i * 11) % names.size());
        row.permission.resourceDisplayName = (i % 5 == 0) ? QString() : names.at((i * 3) % names.size());
        row.permission.resourceAppId = QStringLiteral("api-%1").arg(i % 7);
        row.permission.value = names.at((i * 13) % names.size());
        row.permission.displayName = names.at((i * 17) % names.size()).toUpper();
        rows.append(row);
    }
    return rows;
}

// The comparator the model's sort has always meant: each row's sort text lowered, compared code unit by code unit,
// ties in the rows' given order.
QList<int> comparatorOrder(const QList<GrantedPermission>& rows,
                           const QHash<QString, QString>& grantedBy,
                           int column,
                           Qt::SortOrder order)
{
    PermissionRowModel given;
    given.setRows(rows);
    given.setGrantedBy(grantedBy);
    QStringList lowered;
    for (int row = 0; row < given.rowCount(); ++row) {
        lowered << given.index(row, column).data(PermissionRowModel::SortRole).toString().toLower();
    }
    QList<int> expected(rows.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? lowered.at(a) < lowered.at(b) : lowered.at(b) < lowered.at(a);
    });
    return expected;
}

const QList<int> kTextColumns {int(PermissionRowModel::Api),
                               int(PermissionRowModel::Claim),
                               int(PermissionRowModel::PermissionName),
                               int(PermissionRowModel::Type),
                               int(PermissionRowModel::GrantedThrough),
                               int(PermissionRowModel::GrantedBy),
                               int(PermissionRowModel::App)};

} // namespace

void TestPermissionRowModel::preparedKeysSortLikeTheComparatorOnTrickyRows()
{
    const QList<GrantedPermission> rows = trickyRows();
    const QHash<QString, QString> grantedBy {{QStringLiteral("grant-2"), QStringLiteral("Ann")},
                                             {QStringLiteral("grant-6"), QStringLiteral("ann")},
                                             {QStringLiteral("assignment-8"), QStringLiteral("ärger")}};
    for (const bool prepared : {false, true}) {
        for (const int c : kTextColumns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                PermissionRowModel model;
                QSignalSpy ready(&model, &PermissionRowModel::sortKeysReady);
                model.setRows(rows);
                model.setGrantedBy(grantedBy);
                QVERIFY(model.sortKeysPending());
                if (prepared) { // keys from the job off the GUI thread
                    QVERIFY(ready.wait(20000));
                    QCOMPARE(ready.count(), 1);
                    QVERIFY(!model.sortKeysPending());
                } // else: sorted at once, the keys computed on this thread
                model.sort(c, order);
                const QList<int> expected = comparatorOrder(rows, grantedBy, c, order);
                for (int row = 0; row < rows.size(); ++row) {
                    QVERIFY2(model.row(row)->grantId == rows.at(expected.at(row)).grantId,
                             qPrintable(QStringLiteral("column %1, %2, row %3")
                                            .arg(c)
                                            .arg(prepared ? QStringLiteral("prepared") : QStringLiteral("at once"))
                                            .arg(row)));
                }
            }
        }
    }
}

void TestPermissionRowModel::preparedKeysAreForTheLatestRowsAndGrantedBy()
{
    // Rows replaced, and who granted them changed, while keys are being prepared: only keys for what the model holds
    // now are used, whichever job finishes first.
    const QList<GrantedPermission> first = trickyRows();
    QList<GrantedPermission> second = trickyRows();
    std::reverse(second.begin(), second.end());
    for (int i = 0; i < second.size(); i += 3) {
        second[i].clientDisplayName = QStringLiteral("aaa %1").arg(i);
    }
    PermissionRowModel model;
    auto sortsLikeTheComparator = [&](const QHash<QString, QString>& grantedBy, int column, Qt::SortOrder order) {
        model.sort(column, order);
        const QList<int> expected = comparatorOrder(second, grantedBy, column, order);
        for (int row = 0; row < second.size(); ++row) {
            if (model.row(row)->grantId != second.at(expected.at(row)).grantId) {
                return false;
            }
        }
        return true;
    };
    QSignalSpy ready(&model, &PermissionRowModel::sortKeysReady);
    model.setRows(first);
    QCoreApplication::processEvents(); // the first job starts
    model.setRows(second);
    const QHash<QString, QString> grantedBy {{second.at(5).grantId, QStringLiteral("zed@contoso.com")},
                                             {second.at(5).assignmentId, QStringLiteral("zed@contoso.com")}};
    model.setGrantedBy(grantedBy);
    QVERIFY(ready.wait(20000));
    QTest::qWait(200); // a late answer of the first job would come now
    QCOMPARE(ready.count(), 1);
    QVERIFY(sortsLikeTheComparator(grantedBy, PermissionRowModel::App, Qt::AscendingOrder));
    QVERIFY(sortsLikeTheComparator(grantedBy, PermissionRowModel::GrantedBy, Qt::AscendingOrder));
    // Who granted what changes once the keys are ready: that column is ranked again (at once when sorted before the
    // new keys are ready), the others keep theirs.
    const QHash<QString, QString> changed {{second.at(7).grantId, QStringLiteral("  first")},
                                           {second.at(7).assignmentId, QStringLiteral("  first")}};
    model.setGrantedBy(changed);
    QVERIFY(model.sortKeysPending());
    QVERIFY(sortsLikeTheComparator(changed, PermissionRowModel::GrantedBy, Qt::DescendingOrder));
    QVERIFY(ready.wait(20000));
    QVERIFY(sortsLikeTheComparator(changed, PermissionRowModel::GrantedBy, Qt::AscendingOrder));
    QVERIFY(sortsLikeTheComparator(changed, PermissionRowModel::App, Qt::DescendingOrder));
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
