#include "Troubleshooter.h"

#include "TroubleshootRules.h"
#include "async/Async.h"
#include "consent/ConsentRequestService.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "directory/ServicePrincipalFinder.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
#include "graph/ODataFilter.h"
#include "settings/ConsentSettingsLoader.h"

#include <QJsonArray>
#include <QTimer>

struct Troubleshooter::Run
{
    Async::Promise<TroubleshootReport> promise;
    Query query;
    TroubleshootReport report;
    int outstanding = 0;
};

namespace {

void collectMemberships(const QJsonArray& items, QHash<QString, QString>* groups, QHash<QString, QString>* roles)
{
    for (const auto& v : items) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("@odata.type")).toString();
        const QString id = o.value(QStringLiteral("id")).toString().toLower();
        const QString name = o.value(QStringLiteral("displayName")).toString();
        if (type.endsWith(QLatin1String("directoryRole"), Qt::CaseInsensitive)) {
            if (roles) {
                roles->insert(o.value(QStringLiteral("roleTemplateId")).toString().toLower(), name);
            }
        } else if (groups && (type.isEmpty() || type.endsWith(QLatin1String("group"), Qt::CaseInsensitive))) {
            groups->insert(id, name);
        }
    }
}

} // namespace

Troubleshooter::Troubleshooter(GraphClient* client, ServicePrincipalCache* cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_resolver(new PermissionResolver(cache, this))
{
}

QFuture<TroubleshootReport> Troubleshooter::run(const Query& query)
{
    auto run = std::make_shared<Run>();
    run->query = query;
    TroubleshootFacts& f = run->report.facts;
    f.userText = query.user.trimmed();
    f.appText = query.app.trimmed();
    f.namedScopes = query.scopes;
    f.now = QDateTime::currentDateTimeUtc();
    QFuture<TroubleshootReport> future = run->promise.future();
    if (!m_client) {
        run->report.error = GraphError::make(GraphError::Kind::Cancelled, tr("Not signed in."));
        QTimer::singleShot(0, this, [run] { run->promise.finish(run->report); });
        return future;
    }
    // Each part counts itself in; the last one to finish goes on. One extra count keeps a part that answers at once
    // from finishing the run before the others started.
    run->outstanding = 1;
    readUser(run);
    readApp(run);
    readSettings(run);
    readPolicies(run);
    QTimer::singleShot(0, this, [this, run] { partDone(run); });
    return future;
}

void Troubleshooter::partDone(const std::shared_ptr<Run>& run)
{
    if (--run->outstanding == 0) {
        resolveRequested(run);
    }
}

void Troubleshooter::readUser(const std::shared_ptr<Run>& run)
{
    ++run->outstanding;
    GraphReply* reply = m_client->send(
        GraphRequest::get(GraphPath::user(run->query.user.trimmed()), ODataQuery().select(User::selectFields())));
    connect(reply, &GraphReply::finished, this, [this, run, reply] {
        TroubleshootFacts& f = run->report.facts;
        if (!reply->ok()) {
            f.userError = reply->error();
            partDone(run);
            return;
        }
        f.user = User::fromJson(reply->json());
        const QString base = GraphPath::user(f.user.id);
        for (const bool transitive : {false, true}) {
            ++run->outstanding;
            const QString nav = transitive ? QStringLiteral("/transitiveMemberOf") : QStringLiteral("/memberOf");
            GraphReply* members = m_client->getCollection(GraphRequest::get(
                base + nav,
                ODataQuery().select(
                    {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("roleTemplateId")})));
            connect(members, &GraphReply::finished, this, [this, run, members, transitive] {
                TroubleshootFacts& f = run->report.facts;
                if (!members->ok()) {
                    f.membershipError = members->error();
                } else if (transitive) {
                    collectMemberships(members->items(), &f.groups, &f.roles);
                } else {
                    collectMemberships(members->items(), &f.directGroups, nullptr);
                }
                partDone(run);
            });
        }
        partDone(run);
    });
}

void Troubleshooter::readApp(const std::shared_ptr<Run>& run)
{
    ++run->outstanding;
    ServicePrincipalFinder::find(
        m_client, m_cache, run->query.app.trimmed(), this, [this, run](const ServicePrincipalFinder::Result& r) {
            TroubleshootFacts& f = run->report.facts;
            if (r.ambiguous) {
                run->report.appAmbiguous = true;
                f.appAmbiguous = true;
            } else if (r.error.isError()) {
                f.appError = r.error;
                run->report.error = r.error;
            } else if (r.servicePrincipal) {
                f.appId = r.servicePrincipal->appId;
                f.appDisplayName = r.servicePrincipal->displayName;
                readAppDetails(run, r.servicePrincipal->id);
                readRequests(run, f.appId);
            } else {
                // Not in the tenant: maybe only requested so far (a consent request names it).
                readRequests(run, {});
            }
            partDone(run);
        });
}

void Troubleshooter::readAppDetails(const std::shared_ptr<Run>& run, const QString& servicePrincipalId)
{
    // Fresh, never from the cache: whether it is enabled may have changed a minute ago.
    ++run->outstanding;
    GraphReply* sp = m_client->send(GraphRequest::get(GraphPath::servicePrincipal(servicePrincipalId),
                                                      ODataQuery().select(ServicePrincipal::selectFields())));
    connect(sp, &GraphReply::finished, this, [this, run, sp] {
        if (sp->ok()) {
            run->report.facts.app = ServicePrincipal::fromJson(sp->json());
        } else {
            run->report.facts.appError = sp->error();
        }
        partDone(run);
    });

    ++run->outstanding;
    GraphReply* assigned = m_client->getCollection(
        GraphRequest::get(GraphPath::servicePrincipal(servicePrincipalId) + QStringLiteral("/appRoleAssignedTo")));
    connect(assigned, &GraphReply::finished, this, [this, run, assigned] {
        if (assigned->ok()) {
            for (const auto& v : assigned->items()) {
                run->report.facts.assignedTo.append(AppRoleAssignment::fromJson(v.toObject()));
            }
        } else {
            run->report.facts.assignmentsError = assigned->error();
        }
        partDone(run);
    });

    ++run->outstanding;
    GraphReply* grants = m_client->getCollection(
        GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"),
                          ODataQuery().filter(ODataFilter::eq(QStringLiteral("clientId"), servicePrincipalId))));
    connect(grants, &GraphReply::finished, this, [this, run, grants] {
        if (grants->ok()) {
            for (const auto& v : grants->items()) {
                run->report.facts.grants.append(PermissionGrant::fromJson(v.toObject()));
            }
        } else {
            run->report.facts.grantsError = grants->error();
        }
        partDone(run);
    });
}

void Troubleshooter::readRequests(const std::shared_ptr<Run>& run, const QString& appId)
{
    ++run->outstanding;
    auto* service = new ConsentRequestService(m_client, m_resolver, this);
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    query.appId = appId;
    service->list(query, this, [this, run, service, appId](const ConsentRequestService::Listing& listing) {
        service->deleteLater();
        TroubleshootFacts& f = run->report.facts;
        f.requestDurationInDays = listing.requestDurationInDays;
        if (listing.error.isError()) {
            f.requestsError = listing.error;
        }
        const QString text = run->query.app.trimmed();
        for (const auto& request : listing.requests) {
            const bool match = !appId.isEmpty() ? request.appId.compare(appId, Qt::CaseInsensitive) == 0
                                                : request.appId.compare(text, Qt::CaseInsensitive) == 0
                                                      || request.appDisplayName.compare(text, Qt::CaseInsensitive) == 0;
            if (match) {
                f.requests.append(request);
            }
        }
        if (appId.isEmpty()) {
            QStringList apps;
            for (const auto& request : std::as_const(f.requests)) {
                if (!apps.contains(request.appId, Qt::CaseInsensitive)) {
                    apps.append(request.appId);
                }
            }
            if (apps.size() == 1) {
                f.appId = f.requests.first().appId;
                f.appDisplayName = f.requests.first().appDisplayName;
            } else if (apps.size() > 1) {
                run->report.appAmbiguous = true;
            } else if (!listing.error.isError()) {
                run->report.appNotFound = true;
            } else {
                run->report.error = listing.error;
            }
        }
        partDone(run);
    });
}

void Troubleshooter::readSettings(const std::shared_ptr<Run>& run)
{
    ++run->outstanding;
    auto* loader = new ConsentSettingsLoader(m_client, this);
    Async::then(loader->load(), this, [this, run, loader](const ConsentSettings& settings) {
        loader->deleteLater();
        run->report.facts.settings = settings;
        partDone(run);
    });
}

void Troubleshooter::readPolicies(const std::shared_ptr<Run>& run)
{
    ++run->outstanding;
    GraphReply* reply
        = m_client->getCollection(GraphRequest::get(QStringLiteral("/identity/conditionalAccess/policies")));
    connect(reply, &GraphReply::finished, this, [this, run, reply] {
        if (reply->ok()) {
            for (const auto& v : reply->items()) {
                run->report.facts.policies.append(ConditionalAccessPolicy::fromJson(v.toObject()));
            }
        } else {
            run->report.facts.policiesError = reply->error();
        }
        partDone(run);
    });
}

void Troubleshooter::resolveRequested(const std::shared_ptr<Run>& run)
{
    TroubleshootFacts& f = run->report.facts;
    if (!f.userFound()) {
        run->report.userNotFound = f.userError.kind == GraphError::Kind::NotFound || !f.userError.isError();
        if (!run->report.userNotFound && !run->report.error.isError()) {
            run->report.error = f.userError;
        }
    }
    if (!f.appKnown() && !run->report.appAmbiguous && !run->report.error.isError()) {
        run->report.appNotFound = true;
    }
    if (!run->report.complete()) {
        run->promise.finish(run->report);
        return;
    }
    QList<PermissionResolver::Reference> refs;
    if (!f.namedScopes.isEmpty()) {
        f.requestedFrom = TroubleshootFacts::Requested::Named;
        for (const QString& s : f.namedScopes) {
            refs.append(PermissionResolver::fromRequestedScope(s));
        }
    } else if (f.userRequest() && !f.requests.isEmpty()) {
        // A consent request carries the scopes of all its users' requests; that is the app's ask.
        f.requestedFrom = TroubleshootFacts::Requested::UserRequest;
    } else if (!f.requests.isEmpty()) {
        f.requestedFrom = TroubleshootFacts::Requested::AppRequest;
    }
    if (f.requestedFrom == TroubleshootFacts::Requested::UserRequest
        || f.requestedFrom == TroubleshootFacts::Requested::AppRequest) {
        for (const auto& request : std::as_const(f.requests)) {
            for (const QString& s : request.pendingScopes) {
                refs.append(PermissionResolver::fromRequestedScope(s));
            }
        }
    }
    if (refs.isEmpty() && f.requestedFrom != TroubleshootFacts::Requested::Named) {
        for (const auto& g : std::as_const(f.grants)) {
            if (g.isAllPrincipals() || g.principalId.compare(f.user.id, Qt::CaseInsensitive) == 0) {
                for (const QString& s : g.scopes) {
                    refs.append(
                        PermissionResolver::Reference::byResourceId(g.resourceId, s, Permission::Type::Delegated));
                }
            }
        }
        f.requestedFrom
            = refs.isEmpty() ? TroubleshootFacts::Requested::Unknown : TroubleshootFacts::Requested::Granted;
    }
    if (refs.isEmpty()) {
        finish(run);
        return;
    }
    m_resolver->resolve(refs, this, [this, run](const QList<Permission>& permissions, const GraphError&) {
        QSet<QString> seen;
        for (const auto& p : permissions) {
            if (!seen.contains(p.key())) {
                seen.insert(p.key());
                run->report.facts.requested.append(p);
            }
        }
        finish(run);
    });
}

void Troubleshooter::finish(const std::shared_ptr<Run>& run)
{
    run->report.checks = TroubleshootRules::evaluate(run->report.facts);
    run->promise.finish(run->report);
}
