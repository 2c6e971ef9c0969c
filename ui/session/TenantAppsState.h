#pragma once

#include "consent/TenantInventory.h"
#include "report/ClaimKeyCollector.h"

#include <QObject>

class GraphClient;
class TenantInventoryLoader;

/**
 * The tenant's apps and what each holds (TenantInventoryLoader's tenant-wide read), read once per session and shared
 * by the views that show it — Apps and permissions lists it, the Overview counts it — instead of a full read each.
 * A write that changed grants marks it stale (invalidate()): the next ensureLoaded() reads again. Views follow one
 * read through its signals: started() (what was shown is replaced), appsChanged() per page, finished() once.
 */
class TenantAppsState : public QObject
{
    Q_OBJECT

public:
    explicit TenantAppsState(GraphClient* graph, QObject* parent = nullptr);

    void ensureLoaded(); // reads when never read, stale, or the last read failed; nothing while a read is under way
    void reload(); // read again now: the admin pressed Refresh
    void invalidate(); // a write changed what apps hold: the next ensureLoaded() reads again
    bool isLoading() const;
    bool isLoaded() const { return m_loaded; } // a complete read finished (it may carry a partial-read error)
    bool isStale() const { return m_stale; }
    TenantInventory inventory() const; // the read so far, or the last finished one
    ClaimKeyCollector claimCollector() const; // what the read saw, for the first-seen history

signals:
    void started();
    void appsChanged(const QList<AppSummary>& apps);
    void progress(int servicePrincipals, int grants, int assignments);
    void finished(const TenantInventory& inventory);

private:
    TenantInventoryLoader* m_loader = nullptr;
    bool m_loaded = false;
    bool m_stale = false;
};
