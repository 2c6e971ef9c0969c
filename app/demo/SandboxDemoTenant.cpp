#include "SandboxDemoTenant.h"

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SnapshotFixture.h"
#include "sandbox/TenantStore.h"

#include "report/FirstSeenHistory.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotIndex.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

SandboxDemoTenant::SandboxDemoTenant() = default;

SandboxDemoTenant::SandboxDemoTenant(const QJsonObject& fixture)
    : m_fixture(fixture)
{
}

SandboxDemoTenant::~SandboxDemoTenant() = default;

DemoTenant::Factory SandboxDemoTenant::factory()
{
    return [] { return std::make_unique<SandboxDemoTenant>(); };
}

DemoTenant::Factory SandboxDemoTenant::snapshotFactory(const QJsonObject& snapshot)
{
    return [snapshot] { return std::make_unique<SandboxDemoTenant>(snapshot); };
}

QString SandboxDemoTenant::snapshotReader()
{
    return SnapshotFixture::readerUpn();
}

std::optional<DemoTenant::Endpoint> SandboxDemoTenant::start(QString* error)
{
    if (m_endpoint) {
        return m_endpoint;
    }
    SandboxOptions options; // the embedded demo tenant (Contoso), unless a fixture was given
    options.fixture = m_fixture;
    auto server = std::make_unique<SandboxServer>(options);
    if (server->start(error) == 0) {
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.baseUrl = server->baseUrl();
    endpoint.tenantId = server->store().tenantId();
    // ConsentDesk signs in as the fixture's public client, as it would with an organisation's app registration.
    for (const QJsonValue& client : server->store().clients()) {
        if (client.toObject().value(QStringLiteral("publicClient")).toBool()) {
            endpoint.clientId = client.toObject().value(QStringLiteral("appId")).toString();
            break;
        }
    }
    m_server = std::move(server);
    m_endpoint = endpoint;
    return m_endpoint;
}

bool SandboxDemoTenant::openSnapshot(AppController::Options& options, QString* error)
{
    const SnapshotReader::Result read = SnapshotReader::readFile(options.snapshotFile);
    if (!read.ok()) {
        if (error) {
            *error = read.error;
        }
        return false;
    }
    const TenantSnapshot& snapshot = *read.snapshot;
    // The sandbox reads the snapshot's JSON on its own (SnapshotFixture); gzip and validation stay on this side.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    SnapshotWriter::write(snapshot, &buffer, false, nullptr);
    options.demoTenant = snapshotFactory(QJsonDocument::fromJson(buffer.data()).object());
    options.demo = true;
    options.demoUser = snapshotReader();
    options.snapshotTakenBy = snapshot.createdBy;
    options.snapshotLabel
        = QCoreApplication::translate("main", "%1, taken %2")
              .arg(snapshot.tenantDisplayName.isEmpty() ? snapshot.tenantId : snapshot.tenantDisplayName,
                   QLocale().toString(snapshot.createdDateTime.toLocalTime(), QLocale::ShortFormat));
    // What it holds was there no later than when it was taken.
    SnapshotCatalog().remember(options.snapshotFile, snapshot.tenantId, snapshot.createdDateTime);
    FirstSeenHistory history(snapshot.tenantId);
    if (history.load()) {
        history.observe(SnapshotIndex::build(snapshot), snapshot.createdDateTime, FirstSeenHistory::Source::Snapshot);
    }
    return true;
}
