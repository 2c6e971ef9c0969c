#include "ConsentSettingsLoader.h"

#include "async/Async.h"
#include "auth/CapabilityMap.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <memory>

namespace {

struct ResolveRun
{
    Async::Promise<AdminConsentWorkflow> promise;
    AdminConsentWorkflow workflow;
    QHash<QString, QString> roleObjectByTemplate; // activated roles: template id -> directoryRole object id
    QHash<QString, QString> templateByRoleObject;
    QHash<QString, QString> roleNames; // template id -> display name
    QHash<QString, int> enabledRoleMembers; // approver role template id -> enabled user members
    QSet<QString> approvers; // enabled users holding an approver role (lower-case ids)
    bool rolesReadable = true;
};

// Who may approve: the roles that may grant tenant-wide admin consent to delegated permissions.
QStringList approverRoles()
{
    return CapabilityMap::sufficientRoleIds(CapabilityMap::Kind::GrantDelegated);
}

QString lower(const QString& s)
{
    return s.toLower();
}

// Reviewer i, a user: found, enabled, and whether they hold a role that may approve. The future says when.
QFuture<GraphError> readUser(const std::shared_ptr<ResolveRun>& run, int i, const QFuture<GraphAnswer>& read)
{
    return QFuture<GraphAnswer>(read).then(QtFuture::Launch::Sync, [run, i](const GraphAnswer& answer) {
        WorkflowReviewer& reviewer = run->workflow.reviewers[i];
        if (answer.ok()) {
            const QJsonObject user = answer.json;
            reviewer.resolved = reviewer.found = true;
            reviewer.displayName = user.value(QStringLiteral("displayName")).toString();
            reviewer.accountEnabled = user.value(QStringLiteral("accountEnabled")).toBool(true);
            if (!reviewer.accountEnabled) {
                reviewer.approvers = 0;
                reviewer.problem = ConsentSettingsLoader::tr("The account is disabled.");
            } else if (run->rolesReadable) {
                reviewer.approvers = run->approvers.contains(lower(reviewer.parsed.id)) ? 1 : 0;
                if (reviewer.approvers == 0) {
                    reviewer.problem = ConsentSettingsLoader::tr(
                        "Holds no role that may approve (Cloud Application Administrator, Application "
                        "Administrator, Privileged Role Administrator or Global Administrator): can view "
                        "and deny requests only.");
                }
            }
        } else if (answer.error.httpStatus == 404) {
            reviewer.resolved = true;
            reviewer.found = false;
            reviewer.approvers = 0;
            reviewer.problem = ConsentSettingsLoader::tr("This user no longer exists.");
        }
        return answer.error;
    });
}

// Reviewer i, a group: found, then how many of its enabled users (transitively) may approve.
QFuture<GraphError> readGroup(const std::shared_ptr<ResolveRun>& run, int i, GraphClient* client, QObject* context)
{
    const Async::Promise<GraphError> promise;
    const QString base = QStringLiteral("/groups/") + GraphPath::segment(run->workflow.reviewers.at(i).parsed.id);
    const QFuture<GraphAnswer> group = GraphAnswer::of(client->send(
        GraphRequest::get(base, ODataQuery().select({QStringLiteral("id"), QStringLiteral("displayName")}))));
    Async::then(group, context, [run, i, client, context, base, promise](const GraphAnswer& answer) {
        WorkflowReviewer& reviewer = run->workflow.reviewers[i];
        if (!answer.ok()) {
            if (answer.error.httpStatus == 404) {
                reviewer.resolved = true;
                reviewer.approvers = 0;
                reviewer.problem = ConsentSettingsLoader::tr("This group no longer exists.");
            }
            promise.finish(answer.error);
            return;
        }
        reviewer.found = true;
        reviewer.displayName = answer.json.value(QStringLiteral("displayName")).toString();
        const QFuture<GraphAnswer> members = GraphAnswer::of(client->getCollection(
            GraphRequest::get(base + QStringLiteral("/transitiveMembers/microsoft.graph.user"),
                              ODataQuery().select({QStringLiteral("id"), QStringLiteral("accountEnabled")}))));
        Async::then(members, context, [run, i, promise](const GraphAnswer& read) {
            WorkflowReviewer& reviewer = run->workflow.reviewers[i];
            if (read.ok() && run->rolesReadable) {
                reviewer.resolved = true;
                int enabled = 0;
                int approvers = 0;
                for (const auto& m : read.items) {
                    const QJsonObject user = m.toObject();
                    if (!user.value(QStringLiteral("accountEnabled")).toBool(true)) {
                        continue;
                    }
                    ++enabled;
                    approvers += run->approvers.contains(lower(user.value(QStringLiteral("id")).toString()));
                }
                reviewer.approvers = approvers;
                if (approvers == 0) {
                    reviewer.problem = enabled == 0
                                           ? ConsentSettingsLoader::tr("The group has no enabled members.")
                                           : ConsentSettingsLoader::tr(
                                               "No enabled member of the group holds a role that may approve.");
                }
            }
            promise.finish(read.error);
        });
    });
    return promise.future();
}

} // namespace

ConsentSettingsLoader::ConsentSettingsLoader(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

QFuture<AdminConsentWorkflow> ConsentSettingsLoader::loadWorkflow()
{
    Async::Promise<AdminConsentWorkflow> promise;
    if (!m_client) {
        QTimer::singleShot(0, this, [promise] { promise.finish(AdminConsentWorkflow()); });
        return promise.future();
    }
    const QFuture<GraphAnswer> read
        = GraphAnswer::of(m_client->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy"))));
    Async::then(read, this, [promise](const GraphAnswer& answer) {
        promise.finish(answer.ok() ? AdminConsentWorkflow::fromJson(answer.json) : AdminConsentWorkflow());
    });
    return promise.future();
}

QFuture<ConsentSettings> ConsentSettingsLoader::load()
{
    Async::Promise<ConsentSettings> promise;
    if (!m_client) {
        ConsentSettings settings;
        settings.workflowError = GraphError::make(GraphError::Kind::Http, tr("No Graph client."));
        QTimer::singleShot(0, this, [promise, settings] { promise.finish(settings); });
        return promise.future();
    }
    // Five reads at once (three go on with a second read); each part's future fills its own fields.
    const QList<QFuture<Part>> parts {
        readWorkflow(), readAuthorizationPolicy(), readPolicies(), readLegacyGroupConsent(), readClassifications()};
    Async::then(Async::all(parts), this, [promise, count = parts.size()](const QList<Part>& filled) {
        if (filled.size() != count) {
            return; // a read was abandoned (the client went away): nobody is answered
        }
        ConsentSettings settings;
        for (const Part& fill : filled) {
            fill(settings);
        }
        promise.finish(settings);
    });
    return promise.future();
}

QFuture<ConsentSettingsLoader::Part> ConsentSettingsLoader::readWorkflow()
{
    const Async::Promise<Part> promise;
    const QFuture<GraphAnswer> read
        = GraphAnswer::of(m_client->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy"))));
    Async::then(read, this, [this, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish([error = answer.error](ConsentSettings& s) { s.workflowError = error; });
            return;
        }
        Async::then(
            resolveReviewers(AdminConsentWorkflow::fromJson(answer.json)),
            this,
            [promise](const AdminConsentWorkflow& w) { promise.finish([w](ConsentSettings& s) { s.workflow = w; }); });
    });
    return promise.future();
}

QFuture<ConsentSettingsLoader::Part> ConsentSettingsLoader::readAuthorizationPolicy()
{
    const QFuture<GraphAnswer> read
        = GraphAnswer::of(m_client->send(GraphRequest::get(QStringLiteral("/policies/authorizationPolicy"))));
    return QFuture<GraphAnswer>(read).then(QtFuture::Launch::Sync, [](const GraphAnswer& answer) -> Part {
        if (!answer.ok()) {
            return [error = answer.error](ConsentSettings& s) { s.authorizationError = error; };
        }
        QJsonObject policy = answer.json;
        // v1.0 answers the object; an answer shaped as beta's collection of one is read the same way.
        if (policy.value(QStringLiteral("value")).isArray()) {
            policy = policy.value(QStringLiteral("value")).toArray().first().toObject();
        }
        return [policy](ConsentSettings& s) {
            QStringList assigned;
            const QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
            if (const QJsonValue apps = defaults.value(QStringLiteral("allowedToCreateApps")); apps.isBool()) {
                s.allowedToCreateApps = apps.toBool();
            }
            for (const auto& v : defaults.value(QStringLiteral("permissionGrantPoliciesAssigned")).toArray()) {
                assigned.append(v.toString());
            }
            s.permissionGrantPoliciesAssigned = assigned;
            s.userConsent = UserConsentSetting::fromAssigned(assigned);
            s.allowUserConsentForRiskyApps = policy.value(QStringLiteral("allowUserConsentForRiskyApps")).toBool();
        };
    });
}

QFuture<ConsentSettingsLoader::Part> ConsentSettingsLoader::readPolicies()
{
    const QFuture<GraphAnswer> read = GraphAnswer::of(
        m_client->getCollection(GraphRequest::get(QStringLiteral("/policies/permissionGrantPolicies"))));
    return QFuture<GraphAnswer>(read).then(QtFuture::Launch::Sync, [](const GraphAnswer& answer) -> Part {
        if (!answer.ok()) {
            return [error = answer.error](ConsentSettings& s) { s.policiesError = error; };
        }
        QList<PermissionGrantPolicy> policies;
        for (const auto& p : answer.items) {
            policies.append(PermissionGrantPolicy::fromJson(p.toObject()));
        }
        return [policies](ConsentSettings& s) { s.policies = policies; };
    });
}

// The older directory setting for group owner consent, and the name of the group it may be narrowed to.
QFuture<ConsentSettingsLoader::Part> ConsentSettingsLoader::readLegacyGroupConsent()
{
    const Async::Promise<Part> promise;
    const QFuture<GraphAnswer> read
        = GraphAnswer::of(m_client->getCollection(GraphRequest::get(QStringLiteral("/groupSettings"))));
    Async::then(read, this, [this, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish([error = answer.error](ConsentSettings& s) { s.legacyGroupConsentError = error; });
            return;
        }
        QList<QJsonObject> list;
        for (const auto& v : answer.items) {
            list.append(v.toObject());
        }
        const LegacyGroupConsentSetting setting = LegacyGroupConsentSetting::fromSettings(list);
        if (setting.constrainedToGroupId.isEmpty()) {
            promise.finish([setting](ConsentSettings& s) { s.legacyGroupConsent = setting; });
            return;
        }
        const QFuture<GraphAnswer> group = GraphAnswer::of(m_client->send(
            GraphRequest::get(QStringLiteral("/groups/") + GraphPath::segment(setting.constrainedToGroupId),
                              ODataQuery().select({QStringLiteral("id"), QStringLiteral("displayName")}))));
        Async::then(group, this, [setting, promise](const GraphAnswer& g) {
            LegacyGroupConsentSetting named = setting;
            if (g.ok()) {
                named.constrainedToGroupName = g.json.value(QStringLiteral("displayName")).toString();
            }
            promise.finish([named](ConsentSettings& s) { s.legacyGroupConsent = named; });
        });
    });
    return promise.future();
}

// Microsoft Graph's service principal (its id, for writes), then its classifications.
QFuture<ConsentSettingsLoader::Part> ConsentSettingsLoader::readClassifications()
{
    const Async::Promise<Part> promise;
    const QFuture<GraphAnswer> read = GraphAnswer::of(m_client->send(GraphRequest::get(
        QStringLiteral("/servicePrincipals(appId='%1')").arg(ConsentSettings::kMicrosoftGraphAppId))));
    Async::then(read, this, [this, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish([error = answer.error](ConsentSettings& s) { s.classificationsError = error; });
            return;
        }
        const QString id = answer.json.value(QStringLiteral("id")).toString();
        const QFuture<GraphAnswer> list = GraphAnswer::of(m_client->getCollection(GraphRequest::get(
            QStringLiteral("/servicePrincipals/%1/delegatedPermissionClassifications").arg(GraphPath::segment(id)))));
        Async::then(list, this, [id, promise](const GraphAnswer& classifications) {
            QList<PermissionClassification> found;
            for (const auto& c : classifications.ok() ? classifications.items : QJsonArray()) {
                found.append(PermissionClassification::fromJson(c.toObject()));
            }
            promise.finish([id, found, error = classifications.error](ConsentSettings& s) {
                s.graphServicePrincipalId = id;
                s.classifications = found;
                s.classificationsError = error;
            });
        });
    });
    return promise.future();
}

QFuture<AdminConsentWorkflow> ConsentSettingsLoader::resolveReviewers(const AdminConsentWorkflow& workflow)
{
    auto run = std::make_shared<ResolveRun>();
    run->workflow = workflow;
    if (!m_client || workflow.reviewers.isEmpty()) {
        QTimer::singleShot(0, this, [run] { run->promise.finish(run->workflow); });
        return run->promise.future();
    }

    // Every reviewer once the roles and their members are known.
    auto judge = [run] {
        const QStringList approverRoleIds = approverRoles();
        for (auto& r : run->workflow.reviewers) {
            if (r.parsed.type == ReviewerQuery::Type::Role) {
                QString templateId = r.roleTemplateId;
                if (r.parsed.directoryRoleObject) {
                    templateId = run->templateByRoleObject.value(r.parsed.id);
                    r.roleTemplateId = templateId;
                }
                r.resolved = run->rolesReadable;
                r.found = !templateId.isEmpty();
                r.displayName = run->roleNames.value(templateId, CapabilityMap::roleDisplayName(templateId));
                if (!r.resolved) {
                    continue;
                }
                if (!r.found) {
                    r.approvers = 0;
                    r.problem = ConsentSettingsLoader::tr("This directory role does not exist in the tenant.");
                } else if (!approverRoleIds.contains(templateId)) {
                    r.approvers = 0;
                    r.problem = ConsentSettingsLoader::tr("Holders of this role can view and deny requests but not "
                                                          "approve them.");
                } else {
                    r.approvers = run->enabledRoleMembers.value(templateId, 0);
                    if (r.approvers == 0) {
                        r.problem = ConsentSettingsLoader::tr("Nobody with an enabled account holds this role.");
                    }
                }
            }
        }
    };

    // The activated roles and the members of those that may approve; then every user and group reviewer is read
    // (each future finishes once its reviewer is judged as far as the answers allow); then the roles are judged.
    auto resolvePeople = [this, run, judge] {
        QList<QFuture<GraphError>> reads;
        for (int i = 0; i < run->workflow.reviewers.size(); ++i) {
            const WorkflowReviewer& r = run->workflow.reviewers.at(i);
            if (r.parsed.type == ReviewerQuery::Type::User) {
                ODataQuery select;
                select.select({QStringLiteral("id"),
                               QStringLiteral("displayName"),
                               QStringLiteral("userPrincipalName"),
                               QStringLiteral("accountEnabled")});
                const GraphRequest user
                    = GraphRequest::get(QStringLiteral("/users/") + GraphPath::segment(r.parsed.id), select);
                reads.append(readUser(run, i, GraphAnswer::of(m_client->send(user))));
            } else if (r.parsed.type == ReviewerQuery::Type::Group) {
                reads.append(readGroup(run, i, m_client, this));
            } else if (r.parsed.type == ReviewerQuery::Type::Unknown) {
                WorkflowReviewer& reviewer = run->workflow.reviewers[i];
                reviewer.resolved = true;
                reviewer.approvers = 0;
                reviewer.problem = ConsentSettingsLoader::tr("ConsentDesk does not understand this reviewer query.");
            }
        }
        Async::then(Async::all(reads), this, [run, judge, count = reads.size()](const QList<GraphError>& done) {
            if (done.size() != count) {
                return; // a read was abandoned (the client went away): nobody is answered
            }
            judge();
            run->promise.finish(run->workflow);
        });
    };

    const QFuture<GraphAnswer> roles
        = GraphAnswer::of(m_client->getCollection(GraphRequest::get(QStringLiteral("/directoryRoles"))));
    Async::then(roles, this, [this, run, resolvePeople](const GraphAnswer& answer) {
        if (!answer.ok()) {
            run->rolesReadable = false;
            resolvePeople();
            return;
        }
        QStringList approverTemplates;
        QList<QFuture<GraphAnswer>> members;
        for (const auto& v : answer.items) {
            const QJsonObject role = v.toObject();
            const QString templateId = lower(role.value(QStringLiteral("roleTemplateId")).toString());
            const QString objectId = lower(role.value(QStringLiteral("id")).toString());
            run->roleObjectByTemplate.insert(templateId, objectId);
            run->templateByRoleObject.insert(objectId, templateId);
            run->roleNames.insert(templateId, role.value(QStringLiteral("displayName")).toString());
            if (approverRoles().contains(templateId)) {
                approverTemplates.append(templateId);
                members.append(GraphAnswer::of(m_client->getCollection(
                    GraphRequest::get(QStringLiteral("/directoryRoles/%1/members").arg(GraphPath::segment(objectId)),
                                      ODataQuery().select({QStringLiteral("id"), QStringLiteral("accountEnabled")})))));
            }
        }
        Async::then(Async::all(members), this, [run, approverTemplates, resolvePeople](const QList<GraphAnswer>& read) {
            if (read.size() != approverTemplates.size()) {
                return; // a read was abandoned (the client went away): nobody is answered
            }
            for (int i = 0; i < read.size(); ++i) {
                if (!read.at(i).ok()) {
                    run->rolesReadable = false;
                    continue;
                }
                int enabled = 0;
                for (const auto& m : read.at(i).items) {
                    const QJsonObject member = m.toObject();
                    const bool isUser = member.value(QStringLiteral("@odata.type")).toString().isEmpty()
                                        || member.value(QStringLiteral("@odata.type")).toString()
                                               == QLatin1String("#microsoft.graph.user");
                    if (isUser && member.value(QStringLiteral("accountEnabled")).toBool(true)) {
                        ++enabled;
                        run->approvers.insert(lower(member.value(QStringLiteral("id")).toString()));
                    }
                }
                run->enabledRoleMembers.insert(approverTemplates.at(i), enabled);
            }
            resolvePeople();
        });
    });
    return run->promise.future();
}
