// A large generated tenant written as a snapshot (gzip), then diffed with itself the way the CLI does: read both files
// whole, index them, compare. Prints the sizes and times; fails when the diff is not empty or takes 5 s or more.
#include "report/SnapshotDiff.h"
#include "report/SnapshotIndex.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"
#include "report/TenantSnapshot.h"
#include "risk/RiskCatalog.h"
#include "sandbox/TenantGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class BenchSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void largeTenantWithItselfIsEmptyAndFast();
};

void BenchSnapshotDiff::largeTenantWithItselfIsEmptyAndFast()
{
    const auto size
        = TenantGenerator::parseSize(qEnvironmentVariable("CONSENTDESK_BENCH_SIZE", QStringLiteral("large")));
    QVERIFY(size.has_value());
    const QJsonObject fixture = TenantGenerator::generate(*size, 1);
    // The generated tenant in the snapshot's shape: the same Graph JSON the export writes.
    TenantSnapshot s;
    s.tenantId = fixture.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("id")).toString();
    s.tenantDisplayName
        = fixture.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("displayName")).toString();
    s.createdDateTime = QDateTime::currentDateTimeUtc();
    s.servicePrincipals = fixture.value(QStringLiteral("servicePrincipals")).toArray();
    s.oauth2PermissionGrants = fixture.value(QStringLiteral("oauth2PermissionGrants")).toArray();
    s.appRoleAssignments = fixture.value(QStringLiteral("appRoleAssignments")).toArray();
    s.users = fixture.value(QStringLiteral("users")).toArray();
    s.appConsentRequests = fixture.value(QStringLiteral("appConsentRequests")).toArray();
    s.policies = fixture.value(QStringLiteral("policies")).toObject();
    s.applicationAccessPolicies = fixture.value(QStringLiteral("exchange"))
                                      .toObject()
                                      .value(QStringLiteral("applicationAccessPolicies"))
                                      .toArray();

    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json.gz"));
    const QString b = dir.filePath(QStringLiteral("b.json.gz"));
    for (const QString& path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(SnapshotWriter::write(s, &file, true, &error), qPrintable(error));
    }
    const qint64 bytes = QFileInfo(a).size();

    QElapsedTimer timer;
    timer.start();
    std::optional<SnapshotIndex> before;
    {
        const SnapshotReader::Result read = SnapshotReader::readFile(a);
        QVERIFY2(read.ok(), qPrintable(read.error));
        before = SnapshotIndex::build(*read.snapshot);
    }
    std::optional<SnapshotIndex> after;
    {
        const SnapshotReader::Result read = SnapshotReader::readFile(b);
        QVERIFY2(read.ok(), qPrintable(read.error));
        after = SnapshotIndex::build(*read.snapshot);
    }
    const qint64 readMs = timer.elapsed();
    const QList<SnapshotChange> changes = SnapshotDiff::compare(*before, *after, RiskCatalog::builtIn());
    const qint64 totalMs = timer.elapsed();
    qInfo().noquote() << QStringLiteral("snapshot diff: %1 service principals, %2 grants, %3 assignments, %4 claims; "
                                        "file %5 KiB gzip; read+index both %6 ms; total %7 ms; %8 changes")
                             .arg(s.servicePrincipals.size())
                             .arg(s.oauth2PermissionGrants.size())
                             .arg(s.appRoleAssignments.size())
                             .arg(before->claims().size())
                             .arg(bytes / 1024)
                             .arg(readMs)
                             .arg(totalMs)
                             .arg(changes.size());
    QVERIFY(changes.isEmpty());
    QVERIFY2(totalMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(totalMs)));
}

QTEST_GUILESS_MAIN(BenchSnapshotDiff)
#include "BenchSnapshotDiff.moc"
