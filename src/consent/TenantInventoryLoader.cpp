#include "TenantInventoryLoader.h"

#include "async/Async.h"
#include "directory/DirectoryObjectResolver.h"
#include "directory/MailboxPermissions.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "log/Log.h"
#include "risk/RiskCatalog.h"

#include <QTimer>

namespace {

// A claim's kind: who it acts for. One claim per kind, so a scope users consented to and the same scope consented
// tenant-wide each count where they belong.
const QString kUserConsent = QStringLiteral("u");
const QString kTenantWide = QStringLiteral("t");
const QString kApplication = QStringLiteral("a");

void raise(RiskLevel& level, QString& permission, RiskLevel candidate, const QString& text)
{
    // Ties go to the alphabetically first claim, so the row reads the same whatever order the pages came in.
    if (permission.isEmpty() || int(candidate) > int(level) || (candidate == level && text < permission)) {
        level = candidate;
        permission = text;
    }
}

QStringList listFields()
{
    // What the apps list and the risk need; no keyCredentials or other heavy properties.
    return ServicePrincipal::selectFields();
}

} // namespace

TenantInventoryLoader::TenantInventoryLoader(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(new DirectoryObjectResolver(client, DirectoryObjectResolver::servicePrincipals(), this))
{
    qRegisterMetaType<AppSummary>();
    qRegisterMetaType<TenantInventory>();
}

TenantInventoryLoader::~TenantInventoryLoader() = default;

void TenantInventoryLoader::setRiskCatalog(const RiskCatalog* catalog)
{
    m_catalog = catalog;
}

const RiskCatalog& TenantInventoryLoader::catalog() const
{
    return m_catalog ? *m_catalog : RiskCatalog::builtIn();
}

GraphReply* TenantInventoryLoader::list(const QString& path)
{
    ODataQuery query;
    query.top(m_pageSize);
    query.count(true); // adds ConsistencyLevel: eventual, which the client re-sends on every page
    if (path == QLatin1String("/servicePrincipals")) {
        query.select(listFields());
    }
    GraphReply* reply = m_client->getCollection(GraphRequest::get(path, query));
    m_replies.append(reply);
    ++m_outstanding;
    return reply;
}

bool TenantInventoryLoader::start()
{
    if (m_running || !m_client) {
        return false;
    }
    m_running = true;
    Async::cancel(m_lookup); // an earlier run's lookup answers nobody
    m_timer.start();
    m_tallies.clear();
    m_order.clear();
    m_principals.clear();
    m_grantIds.clear();
    m_assignmentIds.clear();
    m_lookedUp.clear();
    m_replies.clear();
    m_claims = {};
    m_outstanding = 0;
    m_result = {};
    m_spCheck = {QStringLiteral("servicePrincipals")};
    m_grantCheck = {QStringLiteral("oauth2PermissionGrants")};
    m_assignmentCheck = {QStringLiteral("appRoleAssignedTo")};
    m_assignmentCheck.reported = 0;

    GraphReply* sps = list(QStringLiteral("/servicePrincipals"));
    connect(sps, &GraphReply::pageReceived, this, &TenantInventoryLoader::onServicePrincipals);
    connect(sps, &GraphReply::finished, this, [this, sps] { replyFinished(sps, &m_spCheck); });

    GraphReply* grants = list(QStringLiteral("/oauth2PermissionGrants"));
    connect(grants, &GraphReply::pageReceived, this, &TenantInventoryLoader::onGrants);
    connect(grants, &GraphReply::finished, this, [this, grants] { replyFinished(grants, &m_grantCheck); });
    return true;
}

void TenantInventoryLoader::cancel()
{
    if (!m_running) {
        return;
    }
    if (!m_result.error.isError()) {
        m_result.error = GraphError::make(GraphError::Kind::Cancelled, tr("The inventory was canceled."));
    }
    for (const auto& reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished()) {
            reply->abort();
        }
    }
}

void TenantInventoryLoader::replyFinished(GraphReply* reply, TenantInventory::CountCheck* check)
{
    m_result.requests += reply->pageCount();
    if (!reply->ok()) {
        if (!m_result.error.isError()) {
            m_result.error = reply->error();
        }
    } else if (check) {
        if (check == &m_assignmentCheck) {
            if (reply->odataCount() >= 0 && m_assignmentCheck.reported >= 0) {
                m_assignmentCheck.reported += reply->odataCount();
            } else {
                m_assignmentCheck.reported = -1; // one resource without a count: the total is unknown
            }
        } else {
            check->reported = reply->odataCount();
        }
    }
    --m_outstanding;
    checkDone();
}

void TenantInventoryLoader::onServicePrincipals(const QJsonArray& page)
{
    QSet<QString> changed;
    for (const auto& v : page) {
        const QJsonObject o = v.toObject();
        ServicePrincipal sp = ServicePrincipal::fromJson(o);
        if (sp.id.isEmpty()) {
            continue;
        }
        if (m_principals.contains(sp.id)) {
            ++m_spCheck.duplicates;
            continue;
        }
        ++m_spCheck.received;
        m_claims.addServicePrincipal(o);
        addPrincipal(sp, changed);
    }
    assessPending(changed);
    publish(changed);
}

void TenantInventoryLoader::addPrincipal(const ServicePrincipal& listed, QSet<QString>& changed)
{
    ServicePrincipal sp = listed;
    sp.raw = {};
    m_principals.insert(sp.id, sp);
    m_order.append(sp.id);
    Tally& t = m_tallies[sp.id];
    t.listed = true;
    t.summary.app = sp;
    t.summary.notFound = false;
    const auto trust = catalog().appTrust(sp.appOwnerOrganizationId, sp.verifiedPublisherId);
    t.summary.microsoftApp = trust.microsoftFirstParty;
    t.summary.verifiedPublisher = trust.verifiedPublisher;
    changed.insert(sp.id);
    const bool publishesAppPermissions
        = std::any_of(sp.appRoles.cbegin(), sp.appRoles.cend(), [](const ServicePrincipal::AppRole& r) {
              return r.allowsApplications();
          });
    if (publishesAppPermissions) {
        readAssignedTo(sp);
    }
}

void TenantInventoryLoader::assessPending(QSet<QString>& changed)
{
    // Claims on resources known just now can be assessed.
    for (auto it = m_tallies.begin(); it != m_tallies.end(); ++it) {
        if (it->unassessed.isEmpty()) {
            continue;
        }
        const QSet<QString> pending = it->unassessed;
        for (const auto& claim : pending) {
            if (m_principals.contains(claim.section(QLatin1Char('\n'), 0, 0))) {
                it->unassessed.remove(claim);
                assess(*it, claim, true);
                changed.insert(it.key());
            }
        }
    }
}

bool TenantInventoryLoader::resolveMissing()
{
    // Clients of grants and assignments, and resources of grants, that the list did not return.
    QStringList missing;
    auto want = [this, &missing](const QString& id) {
        if (!id.isEmpty() && !m_principals.contains(id) && !m_lookedUp.contains(id.toLower())) {
            m_lookedUp.insert(id.toLower());
            missing.append(id);
        }
    };
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
        if (!it->listed) {
            want(it.key());
        }
        for (const auto& claim : it->unassessed) {
            want(claim.section(QLatin1Char('\n'), 0, 0));
        }
    }
    if (missing.isEmpty()) {
        return false;
    }
    ++m_outstanding;
    m_lookup = m_resolver->resolve(missing);
    Async::then(m_lookup, this, [this](const DirectoryObjectResolver::Result& r) {
        m_result.requests += r.requests;
        if (r.error.isError() && !m_result.error.isError()) {
            m_result.error = r.error; // a "not found" that may not be true would mislead: the read failed
        }
        QSet<QString> changed;
        if (m_running && !m_result.error.isError()) {
            for (auto it = r.found.cbegin(); it != r.found.cend(); ++it) {
                const ServicePrincipal sp = ServicePrincipal::fromJson(it.value());
                if (sp.isValid() && !m_principals.contains(sp.id)) {
                    m_result.resolvedOutsideList.append(sp.id);
                    m_claims.addServicePrincipal(it.value());
                    addPrincipal(sp, changed);
                }
            }
            for (const QString& id : r.notFound) {
                Tally& t = m_tallies[id];
                if (t.listed) {
                    continue;
                }
                // Only a client becomes a row; a resource Graph does not know stays a claim assessed by name.
                m_result.notFound.append(id);
                if (t.summary.holdsAnything()) {
                    t.listed = true;
                    t.summary.app.id = id;
                    t.summary.notFound = true;
                    m_order.append(id);
                    changed.insert(id);
                } else {
                    m_tallies.remove(id);
                }
            }
            assessPending(changed);
            publish(changed);
        }
        --m_outstanding;
        checkDone();
    });
    return true;
}

void TenantInventoryLoader::readAssignedTo(const ServicePrincipal& resource)
{
    ++m_result.resourcesWithAppRoles;
    GraphReply* reply = list(GraphPath::servicePrincipal(resource.id) + QStringLiteral("/appRoleAssignedTo"));
    const QString resourceId = resource.id;
    connect(reply, &GraphReply::pageReceived, this, [this, resourceId](const QJsonArray& page) {
        onAssignments(resourceId, page);
    });
    connect(reply, &GraphReply::finished, this, [this, reply] { replyFinished(reply, &m_assignmentCheck); });
}

void TenantInventoryLoader::onGrants(const QJsonArray& page)
{
    QSet<QString> changed;
    for (const auto& v : page) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (m_grantIds.contains(id)) {
            ++m_grantCheck.duplicates;
            continue;
        }
        m_grantIds.insert(id);
        ++m_grantCheck.received;
        m_claims.addGrant(o);
        const QString clientId = o.value(QStringLiteral("clientId")).toString();
        const QString resourceId = o.value(QStringLiteral("resourceId")).toString();
        const QStringList scopes = PermissionGrant::splitScopes(o.value(QStringLiteral("scope")).toString());
        Tally& t = m_tallies[clientId];
        const bool tenantWide = o.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals");
        if (tenantWide) {
            ++t.summary.tenantWideGrants;
            t.summary.tenantWideScopes += int(scopes.size());
            ++m_result.tenantWideGrants;
        } else {
            ++t.summary.userGrants;
            t.users.insert(o.value(QStringLiteral("principalId")).toString());
            t.summary.users = int(t.users.size());
            ++m_result.userGrants;
        }
        for (const auto& s : scopes) {
            addClaim(t, resourceId, tenantWide ? kTenantWide : kUserConsent, s);
        }
        changed.insert(clientId);
    }
    publish(changed);
}

void TenantInventoryLoader::onAssignments(const QString& resourceId, const QJsonArray& page)
{
    const ServicePrincipal resource = m_principals.value(resourceId);
    QSet<QString> changed;
    for (const auto& v : page) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (m_assignmentIds.contains(id)) {
            ++m_assignmentCheck.duplicates;
            continue;
        }
        m_assignmentIds.insert(id);
        ++m_assignmentCheck.received;
        m_claims.addAssignment(o);
        // Users and groups assigned to the resource's roles are app assignments, not application permissions.
        if (o.value(QStringLiteral("principalType")).toString() != QLatin1String("ServicePrincipal")) {
            continue;
        }
        const QString principalId = o.value(QStringLiteral("principalId")).toString();
        const QString appRoleId = o.value(QStringLiteral("appRoleId")).toString();
        const auto role = resource.appRoleById(appRoleId);
        Tally& t = m_tallies[principalId];
        ++t.summary.applicationPermissions;
        ++m_result.applicationPermissions;
        const QString value = role ? role->value : appRoleId;
        if (MailboxPermissions::contains(resource.appId, value) && !t.summary.mailboxPermissions.contains(value)) {
            t.summary.mailboxPermissions.append(value);
            t.summary.mailboxPermissions.sort();
        }
        addClaim(t, resourceId, kApplication, value);
        changed.insert(principalId);
    }
    publish(changed);
}

void TenantInventoryLoader::addClaim(Tally& t, const QString& resourceId, const QString& kind, const QString& value)
{
    const QString claim = resourceId + QLatin1Char('\n') + kind + QLatin1Char('\n') + value;
    if (t.claims.contains(claim)) {
        return; // 5 000 users consenting to User.Read is one claim to assess
    }
    t.claims.insert(claim);
    if (m_principals.contains(resourceId)) {
        assess(t, claim, true);
    } else {
        t.unassessed.insert(claim);
    }
}

void TenantInventoryLoader::assess(Tally& t, const QString& claim, bool resourceKnown) const
{
    const QStringList parts = claim.split(QLatin1Char('\n'));
    if (parts.size() != 3) {
        return;
    }
    const auto type = parts.at(1) == kApplication ? RiskCatalog::PermissionType::Application
                                                  : RiskCatalog::PermissionType::Delegated;
    const QString resourceAppId = resourceKnown ? m_principals.value(parts.at(0)).appId : QString();
    const auto level = catalog().assess(resourceAppId, parts.at(2), type).level;
    const QString text = parts.at(2)
                         + (type == RiskCatalog::PermissionType::Application ? QStringLiteral(" (Application)")
                                                                             : QStringLiteral(" (Delegated)"));
    AppSummary& s = t.summary;
    raise(s.highestRisk, s.highestRiskPermission, level, text);
    if (parts.at(1) == kUserConsent) {
        raise(s.userConsentRisk, s.userConsentRiskPermission, level, text);
    } else {
        raise(s.tenantWideRisk, s.tenantWideRiskPermission, level, text);
    }
}

void TenantInventoryLoader::publish(const QSet<QString>& changed)
{
    QList<AppSummary> rows;
    rows.reserve(changed.size());
    for (const auto& id : changed) {
        const auto it = m_tallies.constFind(id);
        if (it != m_tallies.constEnd() && it->listed) { // shown once its SP arrives
            rows.append(it->summary);
        }
    }
    if (!rows.isEmpty()) {
        emit appsChanged(rows);
    }
    emit progress(int(m_spCheck.received), int(m_grantCheck.received), int(m_assignmentCheck.received));
}

void TenantInventoryLoader::checkDone()
{
    if (m_outstanding > 0 || !m_running) {
        return;
    }
    if (!m_result.error.isError() && resolveMissing()) {
        return; // checkDone() again once the lookups (and any appRoleAssignedTo they start) are in
    }
    m_running = false;
    m_result.apps.clear();
    m_result.apps.reserve(m_order.size());
    for (const auto& id : std::as_const(m_order)) {
        Tally& t = m_tallies[id];
        for (const auto& claim : std::as_const(t.unassessed)) {
            assess(t, claim, false); // the resource never showed up (deleted, or not readable): by claim alone
        }
        t.unassessed.clear();
        m_result.apps.append(t.summary);
    }
    m_result.servicePrincipals = int(m_order.size());
    m_result.countChecks = {m_spCheck, m_grantCheck, m_assignmentCheck};
    m_result.elapsedMs = m_timer.elapsed();
    m_replies.clear();
    for (const auto& c : std::as_const(m_result.countChecks)) {
        if (c.mismatch()) {
            Log::get("consent")->warn("inventory count mismatch: {}", c.describe().toStdString());
        }
    }
    emit finished(m_result);
}

TenantInventory TenantInventoryLoader::result() const
{
    TenantInventory r = m_result;
    if (m_running) {
        for (const auto& id : m_order) {
            r.apps.append(m_tallies.value(id).summary);
        }
        r.countChecks = {m_spCheck, m_grantCheck, m_assignmentCheck};
    }
    return r;
}

AppSummary TenantInventoryLoader::summary(const QString& servicePrincipalId) const
{
    return m_tallies.value(servicePrincipalId).summary;
}
