#include "ConsentSettingsLoader.h"

#include "async/Async.h"
#include "auth/CapabilityMap.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <memory>

namespace {

struct LoadRun
{
    Async::Promise<ConsentSettings> promise;
    ConsentSettings settings;
    int outstanding = 0;
};

struct ResolveRun
{
    Async::Promise<AdminConsentWorkflow> promise;
    AdminConsentWorkflow workflow;
    int outstanding = 0;
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
    GraphReply* reply = m_client->send(GraphRequest::get(QStringLiteral("/policies/adminConsentRequestPolicy")));
    connect(reply, &GraphReply::finished, this, [reply, promise] {
        reply->deleteLater();
        promise.finish(reply->ok() ? AdminConsentWorkflow::fromJson(reply->json()) : AdminConsentWorkflow());
    });
    return promise.future();
}

QFuture<ConsentSettings> ConsentSettingsLoader::load()
{
    auto run = std::make_shared<LoadRun>();
    if (!m_client) {
        run->settings.workflowError = GraphError::make(GraphError::Kind::Http, tr("No Graph client."));
        QTimer::singleShot(0, this, [run] { run->promise.finish(run->settings); });
        return run->promise.future();
    }
    auto finishIfDone = [run] {
        if (--run->outstanding == 0) {
            run->promise.finish(run->settings);
        }
    };
    auto get = [this, run](const QString& path, std::function<void(GraphReply*)> handle) {
        ++run->outstanding;
        GraphReply* reply = m_client->send(GraphRequest::get(path));
        connect(reply, &GraphReply::finished, this, [reply, handle] {
            reply->deleteLater();
            handle(reply);
        });
    };
    // One count for the reads started below, released when they are all on their way (no early finish).
    ++run->outstanding;

    get(QStringLiteral("/policies/adminConsentRequestPolicy"), [this, run, finishIfDone](GraphReply* reply) {
        if (!reply->ok()) {
            run->settings.workflowError = reply->error();
            finishIfDone();
            return;
        }
        run->settings.workflow = AdminConsentWorkflow::fromJson(reply->json());
        Async::then(resolveReviewers(run->settings.workflow), this, [run, finishIfDone](const AdminConsentWorkflow& w) {
            run->settings.workflow = w;
            finishIfDone();
        });
    });
    get(QStringLiteral("/policies/authorizationPolicy"), [run, finishIfDone](GraphReply* reply) {
        if (reply->ok()) {
            QJsonObject policy = reply->json();
            // v1.0 answers the object; an answer shaped as beta's collection of one is read the same way.
            if (policy.value(QStringLiteral("value")).isArray()) {
                policy = policy.value(QStringLiteral("value")).toArray().first().toObject();
            }
            QStringList assigned;
            const QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
            if (const QJsonValue apps = defaults.value(QStringLiteral("allowedToCreateApps")); apps.isBool()) {
                run->settings.allowedToCreateApps = apps.toBool();
            }
            for (const auto& v : defaults.value(QStringLiteral("permissionGrantPoliciesAssigned")).toArray()) {
                assigned.append(v.toString());
            }
            run->settings.permissionGrantPoliciesAssigned = assigned;
            run->settings.userConsent = UserConsentSetting::fromAssigned(assigned);
            run->settings.allowUserConsentForRiskyApps
                = policy.value(QStringLiteral("allowUserConsentForRiskyApps")).toBool();
        } else {
            run->settings.authorizationError = reply->error();
        }
        finishIfDone();
    });
    ++run->outstanding;
    GraphReply* policies
        = m_client->getCollection(GraphRequest::get(QStringLiteral("/policies/permissionGrantPolicies")));
    connect(policies, &GraphReply::finished, this, [policies, run, finishIfDone] {
        policies->deleteLater();
        if (policies->ok()) {
            for (const auto& p : policies->items()) {
                run->settings.policies.append(PermissionGrantPolicy::fromJson(p.toObject()));
            }
        } else {
            run->settings.policiesError = policies->error();
        }
        finishIfDone();
    });
    // The older directory setting for group owner consent, and the name of the group it may be narrowed to.
    ++run->outstanding;
    GraphReply* groupSettings = m_client->getCollection(GraphRequest::get(QStringLiteral("/groupSettings")));
    connect(groupSettings, &GraphReply::finished, this, [this, groupSettings, run, finishIfDone] {
        groupSettings->deleteLater();
        if (!groupSettings->ok()) {
            run->settings.legacyGroupConsentError = groupSettings->error();
            finishIfDone();
            return;
        }
        QList<QJsonObject> list;
        for (const auto& v : groupSettings->items()) {
            list.append(v.toObject());
        }
        run->settings.legacyGroupConsent = LegacyGroupConsentSetting::fromSettings(list);
        const QString groupId = run->settings.legacyGroupConsent.constrainedToGroupId;
        if (groupId.isEmpty()) {
            finishIfDone();
            return;
        }
        GraphReply* group = m_client->send(
            GraphRequest::get(QStringLiteral("/groups/") + GraphPath::segment(groupId),
                              ODataQuery().select({QStringLiteral("id"), QStringLiteral("displayName")})));
        connect(group, &GraphReply::finished, this, [group, run, finishIfDone] {
            group->deleteLater();
            if (group->ok()) {
                run->settings.legacyGroupConsent.constrainedToGroupName
                    = group->json().value(QStringLiteral("displayName")).toString();
            }
            finishIfDone();
        });
    });
    // Microsoft Graph's service principal (its id, for writes), then its classifications.
    get(QStringLiteral("/servicePrincipals(appId='%1')").arg(ConsentSettings::kMicrosoftGraphAppId),
        [this, run, finishIfDone](GraphReply* reply) {
            if (!reply->ok()) {
                run->settings.classificationsError = reply->error();
                finishIfDone();
                return;
            }
            run->settings.graphServicePrincipalId = reply->json().value(QStringLiteral("id")).toString();
            GraphReply* list = m_client->getCollection(
                GraphRequest::get(QStringLiteral("/servicePrincipals/%1/delegatedPermissionClassifications")
                                      .arg(GraphPath::segment(run->settings.graphServicePrincipalId))));
            connect(list, &GraphReply::finished, this, [list, run, finishIfDone] {
                list->deleteLater();
                if (list->ok()) {
                    for (const auto& c : list->items()) {
                        run->settings.classifications.append(PermissionClassification::fromJson(c.toObject()));
                    }
                } else {
                    run->settings.classificationsError = list->error();
                }
                finishIfDone();
            });
        });
    QTimer::singleShot(0, this, finishIfDone);
    return run->promise.future();
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
    auto finishIfDone = [run, judge] {
        if (--run->outstanding == 0) {
            judge();
            run->promise.finish(run->workflow);
        }
    };
    ++run->outstanding; // released once every read below is on its way

    // The activated roles and the members of those that may approve; then users and groups are judged.
    auto resolvePeople = [this, run, finishIfDone] {
        for (int i = 0; i < run->workflow.reviewers.size(); ++i) {
            const WorkflowReviewer& r = run->workflow.reviewers.at(i);
            if (r.parsed.type == ReviewerQuery::Type::User) {
                ++run->outstanding;
                ODataQuery select;
                select.select({QStringLiteral("id"),
                               QStringLiteral("displayName"),
                               QStringLiteral("userPrincipalName"),
                               QStringLiteral("accountEnabled")});
                GraphReply* reply = m_client->send(
                    GraphRequest::get(QStringLiteral("/users/") + GraphPath::segment(r.parsed.id), select));
                connect(reply, &GraphReply::finished, this, [reply, run, i, finishIfDone] {
                    reply->deleteLater();
                    WorkflowReviewer& reviewer = run->workflow.reviewers[i];
                    if (reply->ok()) {
                        const QJsonObject user = reply->json();
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
                    } else if (reply->error().httpStatus == 404) {
                        reviewer.resolved = true;
                        reviewer.found = false;
                        reviewer.approvers = 0;
                        reviewer.problem = ConsentSettingsLoader::tr("This user no longer exists.");
                    }
                    finishIfDone();
                });
            } else if (r.parsed.type == ReviewerQuery::Type::Group) {
                ++run->outstanding;
                const QString base = QStringLiteral("/groups/") + GraphPath::segment(r.parsed.id);
                GraphReply* group = m_client->send(GraphRequest::get(
                    base, ODataQuery().select({QStringLiteral("id"), QStringLiteral("displayName")})));
                connect(group, &GraphReply::finished, this, [this, group, base, run, i, finishIfDone] {
                    group->deleteLater();
                    WorkflowReviewer& reviewer = run->workflow.reviewers[i];
                    if (!group->ok()) {
                        if (group->error().httpStatus == 404) {
                            reviewer.resolved = true;
                            reviewer.approvers = 0;
                            reviewer.problem = ConsentSettingsLoader::tr("This group no longer exists.");
                        }
                        finishIfDone();
                        return;
                    }
                    reviewer.found = true;
                    reviewer.displayName = group->json().value(QStringLiteral("displayName")).toString();
                    GraphReply* members = m_client->getCollection(GraphRequest::get(
                        base + QStringLiteral("/transitiveMembers/microsoft.graph.user"),
                        ODataQuery().select({QStringLiteral("id"), QStringLiteral("accountEnabled")})));
                    connect(members, &GraphReply::finished, this, [members, run, i, finishIfDone] {
                        members->deleteLater();
                        WorkflowReviewer& reviewer = run->workflow.reviewers[i];
                        if (members->ok() && run->rolesReadable) {
                            reviewer.resolved = true;
                            int enabled = 0;
                            int approvers = 0;
                            for (const auto& m : members->items()) {
                                const QJsonObject user = m.toObject();
                                if (!user.value(QStringLiteral("accountEnabled")).toBool(true)) {
                                    continue;
                                }
                                ++enabled;
                                approvers
                                    += run->approvers.contains(lower(user.value(QStringLiteral("id")).toString()));
                            }
                            reviewer.approvers = approvers;
                            if (approvers == 0) {
                                reviewer.problem
                                    = enabled == 0 ? ConsentSettingsLoader::tr("The group has no enabled members.")
                                                   : ConsentSettingsLoader::tr(
                                                       "No enabled member of the group holds a role that may approve.");
                            }
                        }
                        finishIfDone();
                    });
                });
            } else if (r.parsed.type == ReviewerQuery::Type::Unknown) {
                WorkflowReviewer& reviewer = run->workflow.reviewers[i];
                reviewer.resolved = true;
                reviewer.approvers = 0;
                reviewer.problem = ConsentSettingsLoader::tr("ConsentDesk does not understand this reviewer query.");
            }
        }
        finishIfDone();
    };

    GraphReply* roles = m_client->getCollection(GraphRequest::get(QStringLiteral("/directoryRoles")));
    connect(roles, &GraphReply::finished, this, [this, roles, run, resolvePeople, finishIfDone] {
        roles->deleteLater();
        if (!roles->ok()) {
            run->rolesReadable = false;
            resolvePeople();
            return;
        }
        QList<QPair<QString, QString>> approverObjects; // template, object id
        for (const auto& v : roles->items()) {
            const QJsonObject role = v.toObject();
            const QString templateId = lower(role.value(QStringLiteral("roleTemplateId")).toString());
            const QString objectId = lower(role.value(QStringLiteral("id")).toString());
            run->roleObjectByTemplate.insert(templateId, objectId);
            run->templateByRoleObject.insert(objectId, templateId);
            run->roleNames.insert(templateId, role.value(QStringLiteral("displayName")).toString());
            if (approverRoles().contains(templateId)) {
                approverObjects.append({templateId, objectId});
            }
        }
        if (approverObjects.isEmpty()) {
            resolvePeople();
            return;
        }
        auto pending = std::make_shared<int>(int(approverObjects.size()));
        for (const auto& [templateId, objectId] : approverObjects) {
            const QString templ = templateId; // lambdas do not capture structured bindings on every compiler
            GraphReply* members = m_client->getCollection(
                GraphRequest::get(QStringLiteral("/directoryRoles/%1/members").arg(GraphPath::segment(objectId)),
                                  ODataQuery().select({QStringLiteral("id"), QStringLiteral("accountEnabled")})));
            connect(members, &GraphReply::finished, this, [members, run, templ, pending, resolvePeople] {
                members->deleteLater();
                if (members->ok()) {
                    int enabled = 0;
                    for (const auto& m : members->items()) {
                        const QJsonObject member = m.toObject();
                        const bool isUser = member.value(QStringLiteral("@odata.type")).toString().isEmpty()
                                            || member.value(QStringLiteral("@odata.type")).toString()
                                                   == QLatin1String("#microsoft.graph.user");
                        if (isUser && member.value(QStringLiteral("accountEnabled")).toBool(true)) {
                            ++enabled;
                            run->approvers.insert(lower(member.value(QStringLiteral("id")).toString()));
                        }
                    }
                    run->enabledRoleMembers.insert(templ, enabled);
                } else {
                    run->rolesReadable = false;
                }
                if (--*pending == 0) {
                    resolvePeople();
                }
            });
        }
    });
    return run->promise.future();
}
