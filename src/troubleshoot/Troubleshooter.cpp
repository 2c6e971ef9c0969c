#include "Troubleshooter.h"

#include "TroubleshootRules.h"
#include "async/Async.h"
#include "consent/ConsentRequestService.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "directory/ServicePrincipalFinder.h"
#include "graph/GraphAnswer.h"
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
    // The user's read is a GraphReply, never answered synchronously, so neither is the run.
    const QList<QFuture<Part>> parts {
        readUser(f.userText),
        readApp(f.appText),
        readSettings(),
        readPolicies(),
    };
    Async::then(Async::all(parts), this, [this, run, count = parts.size()](const QList<Part>& filled) {
        if (filled.size() != count) {
            return; // a read was abandoned (its client or service went away): nobody is answered
        }
        for (const Part& fill : filled) {
            fill(run->report);
        }
        resolveRequested(run);
    });
    return future;
}

QFuture<Troubleshooter::Part> Troubleshooter::readUser(const QString& user)
{
    const Async::Promise<Part> promise;
    const QFuture<GraphAnswer> read = GraphAnswer::of(
        m_client->send(GraphRequest::get(GraphPath::user(user), ODataQuery().select(User::selectFields()))));
    Async::then(read, this, [this, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish([error = answer.error](TroubleshootReport& report) { report.facts.userError = error; });
            return;
        }
        const User found = User::fromJson(answer.json);
        const QString base = GraphPath::user(found.id);
        QList<QFuture<GraphAnswer>> memberships;
        for (const QString& nav : {QStringLiteral("/memberOf"), QStringLiteral("/transitiveMemberOf")}) {
            memberships.append(GraphAnswer::of(m_client->getCollection(GraphRequest::get(
                base + nav,
                ODataQuery().select(
                    {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("roleTemplateId")})))));
        }
        Async::then(Async::all(memberships), this, [promise, found](const QList<GraphAnswer>& answers) {
            if (answers.size() != 2) {
                return;
            }
            promise.finish([found, answers](TroubleshootReport& report) {
                TroubleshootFacts& f = report.facts;
                f.user = found;
                const GraphAnswer& direct = answers.at(0);
                const GraphAnswer& transitive = answers.at(1);
                if (!direct.ok()) {
                    f.membershipError = direct.error;
                } else {
                    collectMemberships(direct.items, &f.directGroups, nullptr);
                }
                if (!transitive.ok()) {
                    f.membershipError = transitive.error;
                } else {
                    collectMemberships(transitive.items, &f.groups, &f.roles);
                }
            });
        });
    });
    return promise.future();
}

QFuture<Troubleshooter::Part> Troubleshooter::readApp(const QString& app)
{
    const Async::Promise<Part> promise;
    Async::then(ServicePrincipalFinder::find(m_client, m_cache, app),
                this,
                [this, promise, app](const ServicePrincipalFinder::Result& r) {
                    if (r.ambiguous) {
                        promise.finish([](TroubleshootReport& report) {
                            report.appAmbiguous = true;
                            report.facts.appAmbiguous = true;
                        });
                        return;
                    }
                    if (r.error.isError()) {
                        promise.finish([error = r.error](TroubleshootReport& report) {
                            report.facts.appError = error;
                            report.error = error;
                        });
                        return;
                    }
                    QList<QFuture<Part>> parts;
                    if (r.servicePrincipal) {
                        const ServicePrincipal& sp = *r.servicePrincipal;
                        parts.append(
                            Async::ready<Part>([appId = sp.appId, name = sp.displayName](TroubleshootReport& report) {
                                report.facts.appId = appId;
                                report.facts.appDisplayName = name;
                            }));
                        parts += readAppDetails(sp.id);
                        parts.append(readRequests(sp.appId, app));
                    } else {
                        // Not in the tenant: maybe only requested so far (a consent request names it).
                        parts.append(readRequests({}, app));
                    }
                    Async::then(Async::all(parts), this, [promise, count = parts.size()](const QList<Part>& filled) {
                        if (filled.size() != count) {
                            return;
                        }
                        promise.finish([filled](TroubleshootReport& report) {
                            for (const Part& fill : filled) {
                                fill(report);
                            }
                        });
                    });
                });
    return promise.future();
}

QList<QFuture<Troubleshooter::Part>> Troubleshooter::readAppDetails(const QString& servicePrincipalId)
{
    // Fresh, never from the cache: whether it is enabled may have changed a minute ago.
    const QFuture<GraphAnswer> sp = GraphAnswer::of(m_client->send(GraphRequest::get(
        GraphPath::servicePrincipal(servicePrincipalId), ODataQuery().select(ServicePrincipal::selectFields()))));
    const QFuture<GraphAnswer> assigned = GraphAnswer::of(m_client->getCollection(
        GraphRequest::get(GraphPath::servicePrincipal(servicePrincipalId) + QStringLiteral("/appRoleAssignedTo"))));
    const QFuture<GraphAnswer> grants = GraphAnswer::of(m_client->getCollection(
        GraphRequest::get(QStringLiteral("/oauth2PermissionGrants"),
                          ODataQuery().filter(ODataFilter::eq(QStringLiteral("clientId"), servicePrincipalId)))));
    return {
        QFuture<GraphAnswer>(sp).then(QtFuture::Launch::Sync,
                                      [](const GraphAnswer& answer) -> Part {
                                          return [answer](TroubleshootReport& report) {
                                              if (answer.ok()) {
                                                  report.facts.app = ServicePrincipal::fromJson(answer.json);
                                              } else {
                                                  report.facts.appError = answer.error;
                                              }
                                          };
                                      }),
        QFuture<GraphAnswer>(assigned).then(QtFuture::Launch::Sync,
                                            [](const GraphAnswer& answer) -> Part {
                                                return [answer](TroubleshootReport& report) {
                                                    if (!answer.ok()) {
                                                        report.facts.assignmentsError = answer.error;
                                                        return;
                                                    }
                                                    for (const auto& v : answer.items) {
                                                        report.facts.assignedTo.append(
                                                            AppRoleAssignment::fromJson(v.toObject()));
                                                    }
                                                };
                                            }),
        QFuture<GraphAnswer>(grants).then(QtFuture::Launch::Sync,
                                          [](const GraphAnswer& answer) -> Part {
                                              return [answer](TroubleshootReport& report) {
                                                  if (!answer.ok()) {
                                                      report.facts.grantsError = answer.error;
                                                      return;
                                                  }
                                                  for (const auto& v : answer.items) {
                                                      report.facts.grants.append(
                                                          PermissionGrant::fromJson(v.toObject()));
                                                  }
                                              };
                                          }),
    };
}

QFuture<Troubleshooter::Part> Troubleshooter::readRequests(const QString& appId, const QString& appText)
{
    const Async::Promise<Part> promise;
    auto* service = new ConsentRequestService(m_client, m_resolver, this);
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View::All;
    query.appId = appId;
    Async::then(
        service->list(query), this, [promise, service, appId, appText](const ConsentRequestService::Listing& listing) {
            service->deleteLater();
            promise.finish([listing, appId, appText](TroubleshootReport& report) {
                TroubleshootFacts& f = report.facts;
                f.requestDurationInDays = listing.requestDurationInDays;
                if (listing.error.isError()) {
                    f.requestsError = listing.error;
                }
                for (const auto& request : listing.requests) {
                    const bool match = !appId.isEmpty()
                                           ? request.appId.compare(appId, Qt::CaseInsensitive) == 0
                                           : request.appId.compare(appText, Qt::CaseInsensitive) == 0
                                                 || request.appDisplayName.compare(appText, Qt::CaseInsensitive) == 0;
                    if (match) {
                        f.requests.append(request);
                    }
                }
                if (!appId.isEmpty()) {
                    return;
                }
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
                    report.appAmbiguous = true;
                } else if (!listing.error.isError()) {
                    report.appNotFound = true;
                } else {
                    report.error = listing.error;
                }
            });
        });
    return promise.future();
}

QFuture<Troubleshooter::Part> Troubleshooter::readSettings()
{
    const Async::Promise<Part> promise;
    auto* loader = new ConsentSettingsLoader(m_client, this);
    Async::then(loader->load(), this, [promise, loader](const ConsentSettings& settings) {
        loader->deleteLater();
        promise.finish([settings](TroubleshootReport& report) { report.facts.settings = settings; });
    });
    return promise.future();
}

QFuture<Troubleshooter::Part> Troubleshooter::readPolicies()
{
    return GraphAnswer::of(
               m_client->getCollection(GraphRequest::get(QStringLiteral("/identity/conditionalAccess/policies"))))
        .then(QtFuture::Launch::Sync, [](const GraphAnswer& answer) -> Part {
            return [answer](TroubleshootReport& report) {
                if (!answer.ok()) {
                    report.facts.policiesError = answer.error;
                    return;
                }
                for (const auto& v : answer.items) {
                    report.facts.policies.append(ConditionalAccessPolicy::fromJson(v.toObject()));
                }
            };
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
