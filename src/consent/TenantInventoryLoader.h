#pragma once

#include "AppSummary.h"
#include "TenantInventory.h"
#include "directory/DirectoryObjectResolver.h"
#include "directory/ServicePrincipal.h"
#include "report/ClaimKeyCollector.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class GraphClient;
class GraphReply;
class RiskCatalog;

/**
 * The whole tenant's apps and what each holds, without a request per app (the N+1 pattern that makes the
 * PowerShell reports take hours on large tenants):
 *   1. GET /servicePrincipals (every SP once, 999 a page);
 *   2. GET /oauth2PermissionGrants (every delegated grant once, 999 a page), in parallel with 1;
 *   3. GET /servicePrincipals/{id}/appRoleAssignedTo for each resource that publishes application roles, started
 *      as soon as that resource's page arrives — the SPs holding its roles are the app permissions.
 * Every list asks for $count=true with ConsistencyLevel: eventual, and the items received are compared with it
 * (TenantInventory::countChecks): Graph is known to drop grants while paging. Ids seen twice are counted once.
 *   4. Service principals that grants or assignments refer to but the list did not return are read by id
 *      (DirectoryObjectResolver: getByIds, then one by one); those Graph does not know are kept as notFound apps.
 *      Nothing held is dropped because its app was missing from a page.
 *
 * Streams: appsChanged() once per page with every app whose row changed, progress() after each page, finished() once
 * with everything. Risk is assessed once per distinct claim of an app (RiskCatalog), as soon as its resource is known.
 */
class TenantInventoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit TenantInventoryLoader(GraphClient* client, QObject* parent = nullptr);
    ~TenantInventoryLoader() override;

    void setRiskCatalog(const RiskCatalog* catalog); // not owned; default RiskCatalog::builtIn()
    void setPageSize(int top) { m_pageSize = top; } // $top; default 999, Graph's maximum for directory objects

    bool start(); // false when already running; finished() follows
    void cancel(); // finished() with a Cancelled error
    bool isRunning() const { return m_running; }
    TenantInventory result() const; // so far, or final after finished()
    AppSummary summary(const QString& servicePrincipalId) const;
    // Every claim read, as the first-seen history keys it (made on call: ask once, after finished()).
    ClaimKeyCollector::Claims claims() const { return m_claims.claims(); }
    const ClaimKeyCollector& claimCollector() const { return m_claims; } // copy it to make the keys elsewhere

signals:
    void appsChanged(const QList<AppSummary>& changed); // one page's worth; an app appears once its SP is listed
    void progress(int servicePrincipals, int grants, int assignments);
    void finished(const TenantInventory& inventory);

private:
    struct Tally
    {
        AppSummary summary;
        QSet<QString> users;
        QSet<QString> claims; // "resourceId\nkind\nvalue", kind: u (user consent), t (tenant-wide), a (application)
        QSet<QString> unassessed; // claims whose resource SP has not been listed yet
        bool listed = false; // its SP arrived (else only referenced by a grant so far)
    };

    GraphReply* list(const QString& path);
    void onServicePrincipals(const QJsonArray& page);
    void addPrincipal(const ServicePrincipal& sp, QSet<QString>& changed);
    void assessPending(QSet<QString>& changed);
    bool resolveMissing(); // true when a lookup started
    void onGrants(const QJsonArray& page);
    void onAssignments(const QString& resourceId, const QJsonArray& page);
    void readAssignedTo(const ServicePrincipal& resource);
    void replyFinished(GraphReply* reply, TenantInventory::CountCheck* check);
    void publish(const QSet<QString>& changed);
    void addClaim(Tally& tally, const QString& resourceId, const QString& kind, const QString& value);
    void assess(Tally& tally, const QString& claim, bool resourceKnown) const;
    void checkDone();
    const RiskCatalog& catalog() const;

    QPointer<GraphClient> m_client;
    const RiskCatalog* m_catalog = nullptr;
    int m_pageSize = 999;
    bool m_running = false;
    QElapsedTimer m_timer;
    QHash<QString, Tally> m_tallies;
    QStringList m_order; // SP ids as listed
    QHash<QString, ServicePrincipal> m_principals; // every SP, without raw
    QSet<QString> m_grantIds;
    ClaimKeyCollector m_claims; // for the first-seen history
    QSet<QString> m_assignmentIds;
    QSet<QString> m_lookedUp; // ids already asked for by id (lower-case)
    DirectoryObjectResolver* m_resolver = nullptr;
    QFuture<DirectoryObjectResolver::Result> m_lookup; // the ids the lists did not return; cancelled by start()
    QList<QPointer<GraphReply>> m_replies;
    int m_outstanding = 0;
    TenantInventory m_result;
    TenantInventory::CountCheck m_spCheck;
    TenantInventory::CountCheck m_grantCheck;
    TenantInventory::CountCheck m_assignmentCheck;
};
