#pragma once

#include "ConsentTestHarness.h"
#include "consent/GrantInventory.h"
#include "consent/RestorePlanner.h"
#include "consent/TenantInventoryLoader.h"
#include "consent/UserConsentLookup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

/**
 * Issue 6's services wired on a ConsentTestHarness (the sandbox and the consent core), with synchronous helpers
 * that spin the event loop: load an app, the tenant, a user; restore journal entries; read the fixture.
 */
class InventoryTestKit
{
public:
    explicit InventoryTestKit(ConsentTestHarness& h)
        : m_h(h)
        , m_inventory(&h.client(), &h.cache())
        , m_lookup(&h.client(), &h.cache())
    {
    }

    GrantInventory& inventory() { return m_inventory; }
    UserConsentLookup& lookup() { return m_lookup; }

    AppInventory app(const ServicePrincipalCache::Key& key)
    {
        AppInventory result;
        bool done = false;
        QObject context;
        m_inventory.loadApp(key, &context, [&](const AppInventory& inv) {
            result = inv;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    // rowUpdates: app rows streamed in appsChanged(); firstRowMs: how long until the first rows arrived.
    TenantInventory tenant(int pageSize = 999, int* rowUpdates = nullptr, qint64* firstRowMs = nullptr)
    {
        TenantInventoryLoader loader(&m_h.client());
        loader.setPageSize(pageSize);
        QSignalSpy finished(&loader, &TenantInventoryLoader::finished);
        int rows = 0;
        qint64 first = -1;
        QElapsedTimer timer;
        timer.start();
        QObject::connect(&loader, &TenantInventoryLoader::appsChanged, [&](const QList<AppSummary>& changed) {
            rows += int(changed.size());
            if (first < 0) {
                first = timer.elapsed();
            }
        });
        [&] {
            QVERIFY(loader.start());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        }();
        if (rowUpdates) {
            *rowUpdates = rows;
        }
        if (firstRowMs) {
            *firstRowMs = first;
        }
        return finished.isEmpty() ? TenantInventory() : finished.first().first().value<TenantInventory>();
    }

    UserConsentView user(const QString& upn)
    {
        QFuture<UserConsentView> loading = m_lookup.load(upn);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loading.isFinished(), 15000); }();
        return loading.isCanceled() ? UserConsentView() : loading.result();
    }

    QList<User> findUsers(const QString& text, GraphError* error = nullptr)
    {
        QFuture<UserConsentLookup::Found> finding = m_lookup.findUsers(text);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finding.isFinished(), 15000); }();
        const UserConsentLookup::Found found = finding.isCanceled() ? UserConsentLookup::Found() : finding.result();
        if (error) {
            *error = found.error;
        }
        return found.users;
    }

    // The restore plan of these entries against what the tenant holds now for their apps.
    GrantPlan restorePlan(const QList<JournalEntry>& entries)
    {
        QList<AppInventory> apps;
        for (const auto& id : RestorePlanner::clientIds(entries)) {
            apps.append(app(ServicePrincipalCache::Key::byId(id)));
        }
        return RestorePlanner::plan(entries, RestorePlanner::State::from(apps));
    }

    // The journal entries one execution wrote, oldest first.
    QList<JournalEntry> entriesOf(const WriteRun& execution)
    {
        QList<JournalEntry> result;
        for (const auto& r : execution.results) {
            if (const JournalEntry* e = m_h.journal().entry(r.journalEntryId)) {
                result.append(*e);
            }
        }
        return result;
    }

    static QJsonObject fixture()
    {
        QFile f(SandboxTestEnvironment::miniFixture());
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private:
    ConsentTestHarness& m_h;
    GrantInventory m_inventory;
    UserConsentLookup m_lookup;
};
