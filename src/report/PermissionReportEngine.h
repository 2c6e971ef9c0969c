#pragma once

#include "consent/AppInventory.h"
#include "consent/TenantInventory.h"
#include "directory/AppRoleAssignment.h"
#include "directory/GrantedPermission.h"
#include "directory/PermissionGrant.h"
#include "directory/ServicePrincipal.h"
#include "directory/User.h"
#include "graph/GraphError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <vector>

class DirectoryObjectResolver;
class GraphClient;
class GraphReply;
class PermissionRowSink;
class RiskCatalog;

/**
 * The full permission report — one row per permission of every app, the MSIdentityTools columns — streamed: rows go
 * to the sink as the pages they come from arrive, and only the indexes the join needs are held (service principals
 * with their roles and scopes, the names of users with their own consent), never the grants or the rows.
 *
 * Requests, all independent ones at once (the transport's cap, tuned to Graph's throttling budget):
 *   - GET /oauth2PermissionGrants?$top=999&$count=true — the longest chain (its pages follow one another), so it goes
 *     first in line (GraphRequest::urgent);
 *   - GET /servicePrincipals?$select=…&$expand=appRoleAssignedTo&$top=999 — each app with up to 20 of the
 *     assignments of its roles; only an app with 20 has its appRoleAssignedTo read in full. $expand cannot go with
 *     $count, so the count comes from GET /servicePrincipals?$count=true&$top=1&$select=id;
 *   - POST /directoryObjects/getByIds for the users of each page's per-user grants (1 000 a request, $select'ed);
 *   - service principals a grant or an assignment refers to but the list did not return: getByIds, then one by one
 *     (DirectoryObjectResolver); what Graph cannot find is still a row, with its id, and is reported.
 * A grant waits only until what it refers to is known. The rows are those the per-app inventory (AppInventory::rowsFor)
 * gives for the same tenant — the same code builds them, each claim described once — in the order Graph sends the
 * grants. Pages are joined in slices of about SliceMs between turns of the event loop, so a GUI running the report
 * stays responsive. Graph's @odata.count is compared with the items received, as the summary inventory does.
 */
class PermissionReportEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int ExpandLimit = 20; // Graph returns at most 20 objects of an expanded directory relationship
    // Grant pages received and not joined yet before the next is asked for: one being joined while the next is on the
    // wire keeps the join busy; more only piles up JSON when the join (or the sink's disk) is slower than Graph.
    static constexpr int MaxQueuedGrantPages = 2;
    // Milliseconds of joining and writing between turns of the event loop: one slice, a page's parse and an answer's
    // handler can fall in the same turn, and a GUI running the report should answer within 50 ms.
    static constexpr int SliceMs = 5;

    struct Progress
    {
        qint64 rows = 0;
        int grants = 0;
        int grantsExpected = -1; // Graph's @odata.count of the grants, once the first page is in
        int assignments = 0; // application permissions (held by service principals)
        int servicePrincipals = 0;
        int pages = 0; // collection pages received
        int requests = 0; // requests answered so far
    };

    struct Result
    {
        qint64 rows = 0;
        int grants = 0;
        int assignments = 0;
        int servicePrincipals = 0; // listed
        QList<TenantInventory::CountCheck> countChecks;
        QStringList resolvedOutsideList; // service principals read by id because the list lacked them
        QStringList notFound; // service principals Graph does not know (their rows say "(not found)")
        int usersNotFound = 0; // users of per-user grants Graph does not know
        GraphError error; // the first failure: the report is then incomplete
        int requests = 0; // HTTP requests (pages, lookups)
        qint64 elapsedMs = 0;

        bool hasMismatch() const;
        QStringList mismatches() const;
    };

    explicit PermissionReportEngine(GraphClient* client, QObject* parent = nullptr);
    ~PermissionReportEngine() override;

    void setSink(PermissionRowSink* sink) { m_sink = sink; } // not owned; before start()
    void setRiskCatalog(const RiskCatalog* catalog) { m_catalog = catalog; } // not owned; default built-in
    void setPageSize(int top) { m_pageSize = top; } // default 999, Graph's maximum for directory objects
    // Requests on the wire at once while the report runs (the client's cap is restored after). Graph's identity
    // budget for a large tenant (8 000 resource units per 10 s per app) is far above what 8 requests of 1-2 units,
    // each taking Graph a few hundred milliseconds, can use; 6 is also what Qt opens per host.
    void setMaxInFlight(int n) { m_maxInFlight = n; }

    bool start(); // false when already running
    void cancel(); // finished() follows with a Cancelled error
    bool isRunning() const { return m_running; }
    int grantPagesQueuedPeak() const { return m_grantPagesPeak; } // of the last run

signals:
    void progress(const PermissionReportEngine::Progress& progress);
    void finished(const PermissionReportEngine::Result& result);

private:
    GraphReply* track(GraphReply* reply);
    void listServicePrincipals();
    void countServicePrincipals();
    void listGrants();
    void readAssignedTo(const QString& resourceId);
    void onServicePrincipals(const QJsonArray& page);
    void onGrants(const QJsonArray& page);
    void drain(); // the queued grants, a slice at a time: the event loop never waits long (the GUI runs this too)
    void drainReady(QList<GrantedPermission>& rows, const QElapsedTimer* slice); // slice null: all
    bool hasReady() const;
    void scheduleDrain();
    void onAssignments(const QJsonArray& page);
    void addPrincipal(const ServicePrincipal& sp);
    void replyDone(GraphReply* reply, TenantInventory::CountCheck* check, bool sumCounts);
    void fail(const GraphError& error);

    enum class State { Known, Missing, Unknown };
    State principalState(const QString& id) const;
    State userState(const QString& id) const;
    bool ready(const PermissionGrant& grant) const;
    bool ready(const AppRoleAssignment& assignment) const;
    void emitGrant(const PermissionGrant& grant, QList<GrantedPermission>& out);
    void emitAssignment(const AppRoleAssignment& assignment, QList<GrantedPermission>& out);
    ServicePrincipal client(const QString& id) const;
    void deliver(QList<GrantedPermission>& rows);
    void wait(const PermissionGrant& grant);
    void wait(const AppRoleAssignment& assignment);
    void clearWaiting();
    void flushPending(); // moves what is ready to the ready lists, for drain()
    void compactWaiting(); // drops the slots of rows no longer waiting once they are most of them
    void requestUsers();
    void lookUpUsers(const QStringList& ids); // one getByIds request
    void resolvePrincipals();
    void pump(); // asks for what pending rows wait on; finishes when nothing is left
    void finish();
    void reportProgress();
    const RiskCatalog& catalog() const;

    struct Indexes // what a finished run hands to a pool thread to free
    {
        QHash<QString, ServicePrincipal> principals;
        QHash<QString, User> users;
        QSet<QString> grantIds;
        QSet<QString> assignmentIds;
        AppInventory::DescriptionCache descriptions;
        QList<PermissionGrant> pendingGrants;
        QList<AppRoleAssignment> pendingAssignments;
        QHash<QString, QList<int>> grantWaiters;
    };

    QPointer<GraphClient> m_client;
    PermissionRowSink* m_sink = nullptr;
    const RiskCatalog* m_catalog = nullptr;
    DirectoryObjectResolver* m_principalResolver = nullptr;
    DirectoryObjectResolver* m_userResolver = nullptr;
    int m_pageSize = 999;
    int m_maxInFlight = 6;
    int m_savedMaxInFlight = 0;
    bool m_running = false;
    // The run under way's: the context of its replies' signals, its lookups' continuations and its slices. finish()
    // deletes it, so nothing that answers for an ended run reaches the next one.
    QObject* m_scope = nullptr;
    QElapsedTimer m_timer;

    // The join's indexes.
    QHash<QString, ServicePrincipal> m_principals; // every service principal known, without raw
    QSet<QString> m_principalsMissing;
    QSet<QString> m_principalsAsked; // ids sent to the resolver (lower-case)
    QHash<QString, User> m_users; // users of per-user grants: id, names
    QSet<QString> m_usersMissing;
    QSet<QString> m_usersAsked;
    QStringList m_userQueue; // not asked yet
    QSet<QString> m_grantIds;
    QSet<QString> m_assignmentIds;
    QSet<QString> m_fullyRead; // resources whose appRoleAssignedTo is read in full (not only the expanded 20)

    AppInventory::DescriptionCache m_descriptions; // each claim described once
    QList<QJsonArray> m_grantPages; // received, not yet joined (at most MaxQueuedGrantPages: the list pauses)
    QPointer<GraphReply> m_grantList;
    int m_grantPagesPeak = 0; // the most pages queued at once in this run (tests check the bound)
    qsizetype m_grantPageAt = 0; // the next item of the first queued page
    bool m_drainScheduled = false;

    // Rows waiting for a service principal or a user: kept in arrival slots (taken ones stay, marked), filed under
    // each id they wait for; m_settled lists the ids known (or known missing) since the last flushPending().
    QList<PermissionGrant> m_pendingGrants;
    QList<AppRoleAssignment> m_pendingAssignments;
    std::vector<bool> m_grantTaken;
    std::vector<bool> m_assignmentTaken;
    QHash<QString, QList<int>> m_grantWaiters;
    QHash<QString, QList<int>> m_assignmentWaiters;
    QStringList m_settled;
    qsizetype m_waitingGrants = 0;
    qsizetype m_waitingAssignments = 0;
    qsizetype m_principalScanGrant = 0; // resolvePrincipals() has looked at the slots before these
    qsizetype m_principalScanAssignment = 0;
    // Rows no longer waiting, joined by drain() a slice at a time.
    QList<PermissionGrant> m_readyGrants;
    QList<AppRoleAssignment> m_readyAssignments;
    qsizetype m_readyGrantAt = 0; // the next one to join
    qsizetype m_readyAssignmentAt = 0;

    QList<QPointer<GraphReply>> m_replies;
    int m_outstanding = 0; // collections and lookups in flight
    bool m_principalsListed = false; // the servicePrincipals list is complete
    bool m_grantsListed = false;
    Progress m_progress;
    Result m_result;
    TenantInventory::CountCheck m_spCheck;
    TenantInventory::CountCheck m_grantCheck;
    TenantInventory::CountCheck m_assignmentCheck;
};

Q_DECLARE_METATYPE(PermissionReportEngine::Progress)
Q_DECLARE_METATYPE(PermissionReportEngine::Result)
