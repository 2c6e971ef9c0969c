// A large generated tenant written as a snapshot (gzip), then diffed with itself the way the CLI does: read both files
// whole and index them (the two at once), compare. Prints the sizes and times of each step; fails when the diff is
// not empty or takes 5 s or more.
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

#include <future>
#include <optional>

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

    // As the CLI does: the second file read and indexed on another thread while this one reads the first.
    struct Side
    {
        QString error;
        std::optional<SnapshotIndex> index;
        qint64 readMs = 0; // inflate + parse + check
        qint64 indexMs = 0;
    };
    const auto readSide = [](const QString& path) {
        Side side;
        QElapsedTimer t;
        t.start();
        const SnapshotReader::Result read = SnapshotReader::readFile(path);
        side.readMs = t.restart();
        if (!read.ok()) {
            side.error = read.error;
            return side;
        }
        side.index = SnapshotIndex::build(*read.snapshot);
        side.indexMs = t.elapsed();
        return side;
    };
    QElapsedTimer timer;
    timer.start();
    std::future<Side> second = std::async(std::launch::async, readSide, b);
    const Side before = readSide(a);
    const Side after = second.get();
    QVERIFY2(before.index && after.index, qPrintable(before.error + after.error));
    const qint64 readMs = timer.elapsed();
    const QList<SnapshotChange> changes = SnapshotDiff::compare(*before.index, *after.index, RiskCatalog::builtIn());
    const qint64 totalMs = timer.elapsed();
    qInfo().noquote() << QStringLiteral("snapshot diff: %1 service principals, %2 grants, %3 assignments, %4 claims; "
                                        "file %5 KiB gzip; read+index both (in parallel) %6 ms (each: read %7/%8 ms, "
                                        "index %9/%10 ms); compare %11 ms; total %12 ms; %13 changes")
                             .arg(s.servicePrincipals.size())
                             .arg(s.oauth2PermissionGrants.size())
                             .arg(s.appRoleAssignments.size())
                             .arg(before.index->claims().size())
                             .arg(bytes / 1024)
                             .arg(readMs)
                             .arg(before.readMs)
                             .arg(after.readMs)
                             .arg(before.indexMs)
                             .arg(after.indexMs)
                             .arg(totalMs - readMs)
                             .arg(totalMs)
                             .arg(changes.size());
    QVERIFY(changes.isEmpty());
    QVERIFY2(totalMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(totalMs)));
}

QTEST_GUILESS_MAIN(BenchSnapshotDiff)
#include "BenchSnapshotDiff.moc"
