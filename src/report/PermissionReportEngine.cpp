#include "PermissionReportEngine.h"

#include "PermissionRowSink.h"
#include "async/Async.h"
#include "async/WorkerPool.h"
#include "consent/AppInventory.h"
#include "directory/DirectoryObjectResolver.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "log/Log.h"
#include "risk/RiskCatalog.h"

#include <QThreadPool>
#include <QTimer>

#include <utility>

namespace {

const QString kAssignedTo = QStringLiteral("appRoleAssignedTo");

bool heldByServicePrincipal(const AppRoleAssignment& a)
{
    // Users and groups assigned to an app's roles are app assignments, not permissions an app holds.
    return a.principalType == QLatin1String("ServicePrincipal");
}

} // namespace

bool PermissionReportEngine::Result::hasMismatch() const
{
    return std::any_of(countChecks.cbegin(), countChecks.cend(), [](const auto& c) { return c.mismatch(); });
}

QStringList PermissionReportEngine::Result::mismatches() const
{
    QStringList list;
    for (const auto& c : countChecks) {
        if (c.mismatch()) {
            list.append(c.describe());
        }
    }
    return list;
}

PermissionReportEngine::PermissionReportEngine(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_principalResolver(new DirectoryObjectResolver(client, DirectoryObjectResolver::servicePrincipals(), this))
    , m_userResolver(new DirectoryObjectResolver(client, DirectoryObjectResolver::users(), this))
{
    qRegisterMetaType<PermissionReportEngine::Progress>();
    qRegisterMetaType<PermissionReportEngine::Result>();
}

PermissionReportEngine::~PermissionReportEngine()
{
    delete m_scope; // first: nothing of a run under way answers into a half-destroyed engine
    if (m_running && m_client) {
        m_client->setMaxInFlight(m_savedMaxInFlight);
    }
}

const RiskCatalog& PermissionReportEngine::catalog() const
{
    return m_catalog ? *m_catalog : RiskCatalog::builtIn();
}

bool PermissionReportEngine::start()
{
    if (m_running || !m_client) {
        return false;
    }
    m_running = true;
    m_scope = new QObject(this);
    m_timer.start();
    m_principals.clear();
    m_principalsMissing.clear();
    m_principalsAsked.clear();
    m_users.clear();
    m_usersMissing.clear();
    m_usersAsked.clear();
    m_userQueue.clear();
    m_grantIds.clear();
    m_assignmentIds.clear();
    m_fullyRead.clear();
    clearWaiting();
    m_readyGrants.clear();
    m_readyAssignments.clear();
    m_readyGrantAt = 0;
    m_readyAssignmentAt = 0;
    m_grantPages.clear();
    m_grantPageAt = 0;
    m_grantPagesPeak = 0;
    m_drainScheduled = false;
    m_descriptions.clear();
    m_replies.clear();
    m_outstanding = 0;
    m_principalsListed = false;
    m_grantsListed = false;
    m_progress = {};
    m_result = {};
    m_spCheck = {QStringLiteral("servicePrincipals")};
    m_grantCheck = {QStringLiteral("oauth2PermissionGrants")};
    m_assignmentCheck = {kAssignedTo};
    m_assignmentCheck.reported = 0;

    m_savedMaxInFlight = m_client->maxInFlight();
    m_client->setMaxInFlight(m_maxInFlight);
    listGrants(); // the longest chain first
    listServicePrincipals();
    countServicePrincipals();
    return true;
}

void PermissionReportEngine::cancel()
{
    if (!m_running) {
        return;
    }
    fail(GraphError::make(GraphError::Kind::Cancelled, tr("The report was canceled.")));
}

void PermissionReportEngine::fail(const GraphError& error)
{
    if (!m_running) {
        return;
    }
    if (!m_result.error.isError()) {
        m_result.error = error;
    }
    const QList<QPointer<GraphReply>> replies = m_replies;
    finish(); // first: what the aborts below (and lookups in flight) answer belongs to an ended run
    for (const auto& reply : replies) {
        if (reply && !reply->isFinished()) {
            reply->abort();
        }
    }
}

GraphReply* PermissionReportEngine::track(GraphReply* reply)
{
    reply->setKeepItems(false); // streamed: each page is used once, in pageReceived
    m_replies.append(reply);
    ++m_outstanding;
    return reply;
}

void PermissionReportEngine::listGrants()
{
    ODataQuery query;
    query.top(m_pageSize);
    query.count(true);
    GraphRequest request = GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"), query);
    request.urgent = true;
    GraphReply* reply = track(m_client->getCollection(request));
    m_grantList = reply;
    connect(reply, &GraphReply::pageReceived, m_scope, [this](const QJsonArray& page) { onGrants(page); });
    connect(reply, &GraphReply::finished, m_scope, [this, reply] {
        m_grantsListed = true;
        replyDone(reply, &m_grantCheck, false);
    });
}

void PermissionReportEngine::listServicePrincipals()
{
    ODataQuery query;
    query.top(m_pageSize);
    query.select(ServicePrincipal::selectFields());
    query.expand(kAssignedTo);
    GraphReply* reply = track(m_client->getCollection(GraphRequest::get(QStringLiteral("/servicePrincipals"), query)));
    connect(reply, &GraphReply::pageReceived, m_scope, [this](const QJsonArray& page) { onServicePrincipals(page); });
    connect(reply, &GraphReply::finished, m_scope, [this, reply] {
        m_principalsListed = true;
        replyDone(reply, nullptr, false);
    });
}

void PermissionReportEngine::countServicePrincipals()
{
    // The list carries $expand, which Graph does not allow with $count: the count is asked for on its own, one page
    // of one id (send(), not getCollection(): the other pages are not wanted).
    ODataQuery query;
    query.top(1);
    query.select({QStringLiteral("id")});
    query.count(true);
    GraphReply* reply = m_client->send(GraphRequest::get(QStringLiteral("/servicePrincipals"), query));
    m_replies.append(reply);
    ++m_outstanding;
    connect(reply, &GraphReply::finished, m_scope, [this, reply] {
        if (reply->ok()) {
            m_spCheck.reported = reply->json().value(QStringLiteral("@odata.count")).toInteger(-1);
        }
        ++m_result.requests;
        ++m_progress.requests;
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        --m_outstanding;
        pump();
    });
}

void PermissionReportEngine::readAssignedTo(const QString& resourceId)
{
    m_fullyRead.insert(resourceId);
    ODataQuery query;
    query.top(m_pageSize);
    query.count(true);
    GraphReply* reply = track(m_client->getCollection(
        GraphRequest::get(GraphPath::servicePrincipal(resourceId) + QLatin1Char('/') + kAssignedTo, query)));
    connect(reply, &GraphReply::pageReceived, m_scope, [this](const QJsonArray& page) {
        ++m_progress.pages;
        onAssignments(page);
        flushPending(); // assignments of clients listed meanwhile
    });
    connect(reply, &GraphReply::finished, m_scope, [this, reply] { replyDone(reply, &m_assignmentCheck, true); });
}

void PermissionReportEngine::replyDone(GraphReply* reply, TenantInventory::CountCheck* check, bool sumCounts)
{
    m_result.requests += reply->pageCount();
    m_progress.requests += reply->pageCount();
    if (!reply->ok()) {
        fail(reply->error());
        return;
    }
    if (check) {
        if (!sumCounts) {
            check->reported = reply->odataCount();
        } else if (reply->odataCount() >= 0 && check->reported >= 0) {
            check->reported += reply->odataCount();
        } else {
            check->reported = -1; // one part without a count: the total is unknown
        }
    }
    --m_outstanding;
    pump();
}

void PermissionReportEngine::onServicePrincipals(const QJsonArray& page)
{
    if (!m_running) {
        return;
    }
    ++m_progress.pages;
    QJsonArray expandedAssignments;
    for (const auto& v : page) {
        const QJsonObject json = v.toObject();
        ServicePrincipal sp = ServicePrincipal::fromJson(json);
        if (sp.id.isEmpty()) {
            continue;
        }
        if (m_principals.contains(sp.id)) {
            ++m_spCheck.duplicates;
            continue;
        }
        ++m_spCheck.received;
        addPrincipal(sp);
        const QJsonArray expanded = json.value(kAssignedTo).toArray();
        if (expanded.size() >= ExpandLimit) {
            readAssignedTo(sp.id); // Graph stops at 20 without a nextLink: the rest needs the relationship itself
        } else {
            // Complete: what Graph counts for this app is what it sent.
            m_assignmentCheck.reported
                = m_assignmentCheck.reported >= 0 ? m_assignmentCheck.reported + expanded.size() : -1;
            for (const auto& a : expanded) {
                expandedAssignments.append(a);
            }
        }
    }
    m_progress.servicePrincipals = int(m_spCheck.received);
    onAssignments(expandedAssignments);
    flushPending();
    reportProgress();
}

void PermissionReportEngine::addPrincipal(const ServicePrincipal& listed)
{
    ServicePrincipal sp = listed;
    sp.raw = {};
    m_principals.insert(sp.id, sp);
    m_principalsMissing.remove(sp.id);
    m_settled.append(sp.id);
}

void PermissionReportEngine::onAssignments(const QJsonArray& page)
{
    if (!m_running) {
        return;
    }
    // Ready ones are joined and written by drain(), in slices, like the grants: a list page of 999 apps carries up to
    // 20 000 expanded assignments, too many to join and write in the answer's handler.
    for (const auto& v : page) {
        AppRoleAssignment a = AppRoleAssignment::fromJson(v.toObject());
        if (a.id.isEmpty()) {
            continue;
        }
        if (m_assignmentIds.contains(a.id)) {
            ++m_assignmentCheck.duplicates;
            continue;
        }
        m_assignmentIds.insert(a.id);
        ++m_assignmentCheck.received;
        if (!heldByServicePrincipal(a)) {
            continue;
        }
        ++m_result.assignments;
        a.raw = {};
        if (ready(a)) {
            m_readyAssignments.append(std::move(a));
        } else {
            wait(a);
        }
    }
    m_progress.assignments = m_result.assignments;
    if (hasReady()) {
        scheduleDrain();
    }
}

void PermissionReportEngine::onGrants(const QJsonArray& page)
{
    if (!m_running) {
        return;
    }
    ++m_progress.pages;
    if (m_progress.grantsExpected < 0 && m_grantList) {
        m_progress.grantsExpected = int(m_grantList->odataCount());
    }
    if (!page.isEmpty()) {
        m_grantPages.append(page);
        m_grantPagesPeak = std::max(m_grantPagesPeak, int(m_grantPages.size()));
        if (m_grantPages.size() >= MaxQueuedGrantPages && m_grantList) {
            m_grantList->pause(); // the next page is asked for once drain() has caught up
        }
        scheduleDrain();
    }
    reportProgress();
}

void PermissionReportEngine::scheduleDrain()
{
    if (m_drainScheduled) {
        return;
    }
    m_drainScheduled = true;
    QTimer::singleShot(0, m_scope, [this] { drain(); });
}

void PermissionReportEngine::drain()
{
    m_drainScheduled = false;
    if (!m_running) {
        return;
    }
    if (!m_settled.isEmpty()) {
        flushPending(); // what users' answers settled (lookUpUsers leaves that to here)
    }
    // About SliceMs of joining, then back to the event loop (a page of 999 grants is 5 000 rows; a list page of service
    // principals or an answer with 1 000 users can make tens of thousands of waiting grants ready at once).
    QElapsedTimer slice;
    slice.start();
    QList<GrantedPermission> rows;
    drainReady(rows, &slice);
    while (!m_grantPages.isEmpty() && slice.elapsed() < SliceMs) {
        const QJsonArray& page = m_grantPages.first();
        const qsizetype end = std::min<qsizetype>(page.size(), m_grantPageAt + 64);
        for (; m_grantPageAt < end; ++m_grantPageAt) {
            PermissionGrant grant = PermissionGrant::fromJson(page.at(m_grantPageAt).toObject());
            if (m_grantIds.contains(grant.id)) {
                ++m_grantCheck.duplicates;
                continue;
            }
            m_grantIds.insert(grant.id);
            ++m_grantCheck.received;
            ++m_result.grants;
            grant.raw = {};
            if (!grant.isAllPrincipals() && !grant.principalId.isEmpty()
                && userState(grant.principalId) == State::Unknown
                && !m_usersAsked.contains(grant.principalId.toLower())) {
                m_usersAsked.insert(grant.principalId.toLower());
                m_userQueue.append(grant.principalId);
            }
            if (ready(grant)) {
                emitGrant(grant, rows);
            } else {
                wait(grant);
            }
        }
        deliver(rows); // written within the slice too: writing 5 000 rows takes longer than joining them
        if (m_grantPageAt >= page.size()) {
            m_grantPages.removeFirst();
            m_grantPageAt = 0;
            if (m_grantList && m_grantList->isPaused() && m_grantPages.size() < MaxQueuedGrantPages) {
                m_grantList->resume(); // on the wire while the page still queued is joined
            }
        }
        if (m_userQueue.size() >= DirectoryObjectResolver::GetByIdsMax) {
            requestUsers();
        }
    }
    m_progress.grants = m_result.grants;
    deliver(rows);
    if (!m_grantPages.isEmpty() || hasReady()) {
        scheduleDrain();
        reportProgress();
        return;
    }
    // Every page so far is joined: full requests for the users it waits for (all of them once the list is done).
    requestUsers();
    reportProgress();
    pump();
}

bool PermissionReportEngine::hasReady() const
{
    return m_readyGrantAt < m_readyGrants.size() || m_readyAssignmentAt < m_readyAssignments.size();
}

void PermissionReportEngine::drainReady(QList<GrantedPermission>& rows, const QElapsedTimer* slice)
{
    // In the order they became ready, 64 at a time between looks at the clock; no slice: all of them.
    auto over = [slice] { return slice && slice->elapsed() >= SliceMs; };
    while (m_readyAssignmentAt < m_readyAssignments.size() && !over()) {
        const qsizetype end = std::min<qsizetype>(m_readyAssignments.size(), m_readyAssignmentAt + 64);
        for (; m_readyAssignmentAt < end; ++m_readyAssignmentAt) {
            emitAssignment(m_readyAssignments.at(m_readyAssignmentAt), rows);
        }
        deliver(rows);
    }
    while (m_readyGrantAt < m_readyGrants.size() && !over()) {
        const qsizetype end = std::min<qsizetype>(m_readyGrants.size(), m_readyGrantAt + 64);
        for (; m_readyGrantAt < end; ++m_readyGrantAt) {
            emitGrant(m_readyGrants.at(m_readyGrantAt), rows);
        }
        deliver(rows);
    }
    if (m_readyAssignmentAt >= m_readyAssignments.size()) {
        m_readyAssignments.clear();
        m_readyAssignmentAt = 0;
    }
    if (m_readyGrantAt >= m_readyGrants.size()) {
        m_readyGrants.clear();
        m_readyGrantAt = 0;
    }
}

PermissionReportEngine::State PermissionReportEngine::principalState(const QString& id) const
{
    if (m_principals.contains(id)) {
        return State::Known;
    }
    return m_principalsMissing.contains(id) ? State::Missing : State::Unknown;
}

PermissionReportEngine::State PermissionReportEngine::userState(const QString& id) const
{
    if (m_users.contains(id)) {
        return State::Known;
    }
    return m_usersMissing.contains(id) ? State::Missing : State::Unknown;
}

bool PermissionReportEngine::ready(const PermissionGrant& grant) const
{
    if (principalState(grant.clientId) == State::Unknown || principalState(grant.resourceId) == State::Unknown) {
        return false;
    }
    return grant.isAllPrincipals() || grant.principalId.isEmpty() || userState(grant.principalId) != State::Unknown;
}

bool PermissionReportEngine::ready(const AppRoleAssignment& assignment) const
{
    return principalState(assignment.principalId) != State::Unknown
           && principalState(assignment.resourceId) != State::Unknown;
}

ServicePrincipal PermissionReportEngine::client(const QString& id) const
{
    const auto it = m_principals.constFind(id);
    if (it != m_principals.constEnd()) {
        return *it;
    }
    ServicePrincipal placeholder; // not found: the id is all there is (the report marks it)
    placeholder.id = id;
    return placeholder;
}

void PermissionReportEngine::emitGrant(const PermissionGrant& grant, QList<GrantedPermission>& out)
{
    out.append(
        AppInventory::rowsFor(client(grant.clientId), {grant}, {}, m_principals, m_users, catalog(), &m_descriptions));
}

void PermissionReportEngine::emitAssignment(const AppRoleAssignment& assignment, QList<GrantedPermission>& out)
{
    out.append(AppInventory::assignmentRow(
        client(assignment.principalId), assignment, m_principals, catalog(), &m_descriptions));
}

void PermissionReportEngine::deliver(QList<GrantedPermission>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    m_result.rows += rows.size();
    m_progress.rows = m_result.rows;
    if (m_sink) {
        m_sink->rows(rows);
    }
    rows.clear();
}

void PermissionReportEngine::clearWaiting()
{
    m_pendingGrants.clear();
    m_pendingAssignments.clear();
    m_grantTaken.clear();
    m_assignmentTaken.clear();
    m_grantWaiters.clear();
    m_assignmentWaiters.clear();
    m_settled.clear();
    m_waitingGrants = 0;
    m_waitingAssignments = 0;
    m_principalScanGrant = 0;
    m_principalScanAssignment = 0;
}

void PermissionReportEngine::wait(const PermissionGrant& grant)
{
    // Filed under each id it waits for: when that one is known (or known missing), only its own waiters are looked at
    // again — a scan of every waiting grant at each answer was tens of thousands of lookups per answer.
    const int slot = int(m_pendingGrants.size());
    m_pendingGrants.append(grant);
    m_grantTaken.push_back(false);
    ++m_waitingGrants;
    for (const QString& id : {grant.clientId, grant.resourceId}) {
        if (principalState(id) == State::Unknown) {
            m_grantWaiters[id].append(slot);
        }
    }
    if (!grant.isAllPrincipals() && !grant.principalId.isEmpty() && userState(grant.principalId) == State::Unknown) {
        m_grantWaiters[grant.principalId].append(slot);
    }
}

void PermissionReportEngine::wait(const AppRoleAssignment& assignment)
{
    const int slot = int(m_pendingAssignments.size());
    m_pendingAssignments.append(assignment);
    m_assignmentTaken.push_back(false);
    ++m_waitingAssignments;
    for (const QString& id : {assignment.principalId, assignment.resourceId}) {
        if (principalState(id) == State::Unknown) {
            m_assignmentWaiters[id].append(slot);
        }
    }
}

void PermissionReportEngine::flushPending()
{
    // The waiters of what was settled since the last look; what is ready now is joined by drain(), in slices like the
    // pages: never all at once in one answer's handler.
    const QStringList settled = std::exchange(m_settled, {});
    for (const QString& id : settled) {
        for (const int slot : m_grantWaiters.take(id)) {
            if (!m_grantTaken[size_t(slot)] && ready(m_pendingGrants.at(slot))) {
                m_grantTaken[size_t(slot)] = true;
                --m_waitingGrants;
                m_readyGrants.append(std::move(m_pendingGrants[slot]));
            }
        }
        for (const int slot : m_assignmentWaiters.take(id)) {
            if (!m_assignmentTaken[size_t(slot)] && ready(m_pendingAssignments.at(slot))) {
                m_assignmentTaken[size_t(slot)] = true;
                --m_waitingAssignments;
                m_readyAssignments.append(std::move(m_pendingAssignments[slot]));
            }
        }
    }
    compactWaiting();
    if (hasReady()) {
        scheduleDrain();
    }
}

void PermissionReportEngine::compactWaiting()
{
    // Taken slots stay where they are (their indexes are filed under ids), so without this every grant that ever
    // waited for its user would be held, emptied, to the end of the run: once most slots are taken, the waiting ones
    // move to new slots and are filed again.
    if (m_pendingGrants.size() >= 4096 && m_waitingGrants * 2 < m_pendingGrants.size()) {
        QList<PermissionGrant> grants = std::exchange(m_pendingGrants, {});
        const std::vector<bool> taken = std::exchange(m_grantTaken, {});
        const qsizetype scanned = m_principalScanGrant;
        m_grantWaiters.clear();
        m_waitingGrants = 0;
        m_principalScanGrant = 0;
        for (qsizetype i = 0; i < grants.size(); ++i) {
            if (taken[size_t(i)]) {
                continue;
            }
            if (ready(grants.at(i))) {
                m_readyGrants.append(grants.at(i)); // settled without being filed (not expected): joined, not lost
                continue;
            }
            m_principalScanGrant += i < scanned ? 1 : 0;
            wait(grants.at(i));
        }
    }
    if (m_pendingAssignments.size() >= 4096 && m_waitingAssignments * 2 < m_pendingAssignments.size()) {
        QList<AppRoleAssignment> assignments = std::exchange(m_pendingAssignments, {});
        const std::vector<bool> taken = std::exchange(m_assignmentTaken, {});
        const qsizetype scanned = m_principalScanAssignment;
        m_assignmentWaiters.clear();
        m_waitingAssignments = 0;
        m_principalScanAssignment = 0;
        for (qsizetype i = 0; i < assignments.size(); ++i) {
            if (taken[size_t(i)]) {
                continue;
            }
            if (ready(assignments.at(i))) {
                m_readyAssignments.append(assignments.at(i));
                continue;
            }
            m_principalScanAssignment += i < scanned ? 1 : 0;
            wait(assignments.at(i));
        }
    }
}

void PermissionReportEngine::requestUsers()
{
    // Full requests of 1 000 while grants still come, the rest once every grant is joined: the number of lookups is
    // the tenant's (its users with their own consent / 1 000), not the timing's. Asking for each page's users as soon
    // as it was joined made one more small request per page whenever the join kept up with Graph, so the count of a
    // run varied with the machine's load (107 to 171 on `large`).
    const bool last = m_grantsListed && m_grantPages.isEmpty();
    while (m_userQueue.size() >= DirectoryObjectResolver::GetByIdsMax || (last && !m_userQueue.isEmpty())) {
        const QStringList ids = m_userQueue.mid(0, DirectoryObjectResolver::GetByIdsMax);
        m_userQueue.remove(0, ids.size());
        lookUpUsers(ids);
    }
}

void PermissionReportEngine::lookUpUsers(const QStringList& ids)
{
    ++m_outstanding;
    Async::then(m_userResolver->resolve(ids), m_scope, [this, ids](const DirectoryObjectResolver::Result& r) {
        m_result.requests += r.requests;
        m_progress.requests += r.requests;
        if (r.error.isError()) {
            fail(r.error);
            return;
        }
        for (auto it = r.found.cbegin(); it != r.found.cend(); ++it) {
            const User user = User::fromJson(it.value());
            const QString key = user.id.isEmpty() ? it.key() : user.id;
            m_users.insert(key, user);
            m_settled.append(key);
        }
        for (const QString& id : r.notFound) {
            m_usersMissing.insert(id);
            m_settled.append(id);
        }
        // An id Graph returned in another case than the grant's: the grant's spelling counts.
        for (const QString& id : ids) {
            if (!m_users.contains(id) && !m_usersMissing.contains(id)) {
                for (auto it = r.found.cbegin(); it != r.found.cend(); ++it) {
                    if (it.key().compare(id, Qt::CaseInsensitive) == 0) {
                        m_users.insert(id, User::fromJson(it.value()));
                        m_settled.append(id);
                    }
                }
                if (!m_users.contains(id)) {
                    m_usersMissing.insert(id);
                    m_settled.append(id);
                }
            }
        }
        m_result.usersNotFound = int(m_usersMissing.size());
        --m_outstanding;
        // The grants waiting for these users move to the join in drain(), a turn of the event loop of its own: this
        // runs inside the answer's handler, after 1 000 users were parsed, and moving (and compacting) the grants
        // waiting for them too made it the longest event of an export.
        scheduleDrain();
    });
}

void PermissionReportEngine::resolvePrincipals()
{
    // Only once the list is complete: until then a missing client may simply be on a later page.
    if (!m_principalsListed) {
        return;
    }
    QStringList ids;
    auto want = [this, &ids](const QString& id) {
        if (!id.isEmpty() && principalState(id) == State::Unknown && !m_principalsAsked.contains(id.toLower())) {
            m_principalsAsked.insert(id.toLower());
            ids.append(id);
        }
    };
    // Only what started waiting since the last look (the ids asked for already are not asked again).
    for (; m_principalScanGrant < m_pendingGrants.size(); ++m_principalScanGrant) {
        if (!m_grantTaken[size_t(m_principalScanGrant)]) {
            want(m_pendingGrants.at(m_principalScanGrant).clientId);
            want(m_pendingGrants.at(m_principalScanGrant).resourceId);
        }
    }
    for (; m_principalScanAssignment < m_pendingAssignments.size(); ++m_principalScanAssignment) {
        if (!m_assignmentTaken[size_t(m_principalScanAssignment)]) {
            want(m_pendingAssignments.at(m_principalScanAssignment).principalId);
            want(m_pendingAssignments.at(m_principalScanAssignment).resourceId);
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    ++m_outstanding;
    Async::then(m_principalResolver->resolve(ids), m_scope, [this, ids](const DirectoryObjectResolver::Result& r) {
        m_result.requests += r.requests;
        m_progress.requests += r.requests;
        if (r.error.isError()) {
            fail(r.error); // "not found" for an app that exists would mislead: the report is incomplete instead
            return;
        }
        QSet<QString> found;
        for (auto it = r.found.cbegin(); it != r.found.cend(); ++it) {
            const ServicePrincipal sp = ServicePrincipal::fromJson(it.value());
            if (!sp.isValid()) {
                continue;
            }
            found.insert(sp.id.toLower());
            if (!m_principals.contains(sp.id)) {
                m_result.resolvedOutsideList.append(sp.id);
                addPrincipal(sp);
                // Not in the list, so its roles' assignments were not expanded: read them.
                if (!sp.appRoles.isEmpty()) {
                    readAssignedTo(sp.id);
                }
            }
        }
        for (const QString& id : ids) {
            if (!found.contains(id.toLower()) && !m_principals.contains(id)) {
                m_principalsMissing.insert(id);
                m_settled.append(id);
                m_result.notFound.append(id);
            }
        }
        --m_outstanding;
        flushPending();
        pump();
    });
}

void PermissionReportEngine::pump()
{
    if (!m_running) {
        return;
    }
    flushPending();
    requestUsers();
    resolvePrincipals();
    if (m_outstanding > 0 || !m_grantPages.isEmpty() || m_drainScheduled || hasReady()) {
        return; // requests in flight, or grants not joined yet
    }
    if (m_waitingGrants > 0 || m_waitingAssignments > 0) {
        // Nothing in flight, yet rows wait: what they wait on was asked for and not answered either way. Never drop
        // them: what is unknown by now is not found.
        auto missingPrincipal = [this](const QString& id) {
            if (principalState(id) == State::Unknown) {
                m_principalsMissing.insert(id);
                m_settled.append(id);
                m_result.notFound.append(id);
            }
        };
        for (qsizetype i = 0; i < m_pendingGrants.size(); ++i) {
            if (m_grantTaken[size_t(i)]) {
                continue;
            }
            const PermissionGrant& g = m_pendingGrants.at(i);
            missingPrincipal(g.clientId);
            missingPrincipal(g.resourceId);
            if (!g.isAllPrincipals() && !g.principalId.isEmpty() && userState(g.principalId) == State::Unknown) {
                m_usersMissing.insert(g.principalId);
                m_settled.append(g.principalId);
            }
        }
        for (qsizetype i = 0; i < m_pendingAssignments.size(); ++i) {
            if (!m_assignmentTaken[size_t(i)]) {
                missingPrincipal(m_pendingAssignments.at(i).principalId);
                missingPrincipal(m_pendingAssignments.at(i).resourceId);
            }
        }
        m_result.usersNotFound = int(m_usersMissing.size());
        flushPending();
        QList<GrantedPermission> rows;
        drainReady(rows, nullptr); // the last few, now: the run ends here
        deliver(rows);
    }
    finish();
}

void PermissionReportEngine::finish()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    // Whatever still answers belongs to an ended run: its replies' signals, lookups and slices go with the scope.
    delete std::exchange(m_scope, nullptr);
    if (m_client) {
        m_client->setMaxInFlight(m_savedMaxInFlight);
    }
    m_result.servicePrincipals = int(m_spCheck.received);
    m_result.countChecks = {m_spCheck, m_grantCheck, m_assignmentCheck};
    m_result.elapsedMs = m_timer.elapsed();
    m_replies.clear();
    clearWaiting();
    m_readyGrants.clear();
    m_readyAssignments.clear();
    m_readyGrantAt = 0;
    m_readyAssignmentAt = 0;
    m_grantPages.clear();
    m_grantPageAt = 0;
    m_drainScheduled = false;
    for (const auto& c : std::as_const(m_result.countChecks)) {
        if (c.mismatch() && !m_result.error.isError()) {
            Log::get("report")->warn("report count mismatch: {}", c.describe().toStdString());
        }
    }
    reportProgress();
    const Result result = m_result;
    // Indexes go with the run: a GUI keeps the engine, not the tenant. Freed on a pool thread: hundreds of thousands
    // of strings take the GUI thread a hundred milliseconds and more to free.
    auto indexes = std::make_shared<Indexes>();
    std::swap(indexes->principals, m_principals);
    std::swap(indexes->users, m_users);
    std::swap(indexes->grantIds, m_grantIds);
    std::swap(indexes->assignmentIds, m_assignmentIds);
    std::swap(indexes->descriptions, m_descriptions);
    std::swap(indexes->pendingGrants, m_pendingGrants);
    std::swap(indexes->pendingAssignments, m_pendingAssignments);
    std::swap(indexes->grantWaiters, m_grantWaiters);
    clearWaiting();
    WorkerPool::instance()->start([indexes = std::move(indexes)]() mutable { indexes.reset(); });
    emit finished(result);
}

void PermissionReportEngine::reportProgress()
{
    emit progress(m_progress);
}
