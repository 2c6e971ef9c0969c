#include "SettingsWrite.h"

#include "AdminConsentWorkflow.h"
#include "GroupOwnerConsentSetting.h"
#include "LegacyGroupConsentSetting.h"
#include "UserConsentSetting.h"
#include "consent/GraphPowerShell.h"
#include "consent/JournalEntry.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include <memory>

const QString SettingsWrite::kPutWorkflow = QStringLiteral("settings.adminConsentRequestPolicy.put");
const QString SettingsWrite::kUserConsent = QStringLiteral("settings.authorizationPolicy.userConsent");
const QString SettingsWrite::kGroupOwnerConsent = QStringLiteral("settings.authorizationPolicy.groupOwnerConsent");
const QString SettingsWrite::kLegacyGroupConsent = QStringLiteral("settings.groupSettings.groupOwnerConsent");
const QString SettingsWrite::kClassify = QStringLiteral("settings.classification.create");
const QString SettingsWrite::kUnclassify = QStringLiteral("settings.classification.delete");

namespace {

const QString kWorkflowPath = QStringLiteral("/policies/adminConsentRequestPolicy");
const QString kAuthorizationPath = QStringLiteral("/policies/authorizationPolicy");

QString groupSettingPath(const QString& settingId)
{
    return QStringLiteral("/groupSettings/") + GraphPath::segment(settingId);
}

QJsonObject legacyBody(const QJsonArray& values)
{
    return QJsonObject {{QStringLiteral("values"), values}};
}

QString classificationsPath(const QString& servicePrincipalId)
{
    return GraphPath::servicePrincipal(servicePrincipalId) + QStringLiteral("/delegatedPermissionClassifications");
}

QStringList assignedOf(const QJsonObject& authorizationPolicy)
{
    QStringList list;
    for (const auto& v : authorizationPolicy.value(QStringLiteral("defaultUserRolePermissions"))
                             .toObject()
                             .value(QStringLiteral("permissionGrantPoliciesAssigned"))
                             .toArray()) {
        list.append(v.toString());
    }
    return list;
}

QStringList selfEntriesOf(const QStringList& assigned)
{
    QStringList self;
    for (const auto& entry : assigned) {
        if (entry.startsWith(UserConsentSetting::kSelfPrefix, Qt::CaseInsensitive)) {
            self.append(entry);
        }
    }
    return self;
}

bool isReplacedOwnerEntry(const QString& entry, const QStringList& groupPolicyIds)
{
    const QString& prefix = UserConsentSetting::kOwnedResourcePrefix;
    return entry.startsWith(prefix, Qt::CaseInsensitive)
           && groupPolicyIds.contains(entry.mid(prefix.size()), Qt::CaseInsensitive);
}

QStringList ownerEntriesOf(const QStringList& assigned, const QStringList& groupPolicyIds)
{
    QStringList owners;
    for (const auto& entry : assigned) {
        if (isReplacedOwnerEntry(entry, groupPolicyIds)) {
            owners.append(entry);
        }
    }
    return owners;
}

QJsonObject assignedBody(const QStringList& assigned)
{
    return QJsonObject {
        {QStringLiteral("defaultUserRolePermissions"),
         QJsonObject {{QStringLiteral("permissionGrantPoliciesAssigned"), QJsonArray::fromStringList(assigned)}}}};
}

QString psBool(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

QString psStringArray(const QStringList& values)
{
    QStringList quoted;
    for (const auto& v : values) {
        quoted.append(GraphPowerShell::quote(v));
    }
    return QStringLiteral("@(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

template<typename T> std::shared_ptr<QPromise<T>> started()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T> void finish(const std::shared_ptr<QPromise<T>>& promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

SettingsWrite SettingsWrite::putWorkflow(const QJsonObject& putBody, int expectedVersion, const QString& summary)
{
    SettingsWrite w;
    w.kind = Kind::PutWorkflow;
    w.method = "PUT";
    w.path = kWorkflowPath;
    w.body = putBody;
    w.expectedVersion = expectedVersion;
    w.summary = summary;
    w.target = QJsonObject {{QStringLiteral("policy"), QStringLiteral("adminConsentRequestPolicy")}};
    return w;
}

SettingsWrite SettingsWrite::userConsent(const QStringList& selfEntries, const QString& summary)
{
    SettingsWrite w;
    w.kind = Kind::UserConsent;
    w.method = "PATCH";
    w.path = kAuthorizationPath;
    w.selfEntries = selfEntries;
    // The list as far as known now; prepare() puts the live non-ForSelf entries in front.
    w.body = QJsonObject {
        {QStringLiteral("defaultUserRolePermissions"),
         QJsonObject {{QStringLiteral("permissionGrantPoliciesAssigned"), QJsonArray::fromStringList(selfEntries)}}}};
    w.summary = summary;
    w.target = QJsonObject {{QStringLiteral("policy"), QStringLiteral("authorizationPolicy")}};
    return w;
}

SettingsWrite SettingsWrite::groupOwnerConsent(const QStringList& ownerEntries,
                                               const QStringList& groupPolicyIds,
                                               const QString& summary)
{
    SettingsWrite w;
    w.kind = Kind::GroupOwnerConsent;
    w.method = "PATCH";
    w.path = kAuthorizationPath;
    w.ownerEntries = ownerEntries;
    w.groupPolicyIds = groupPolicyIds;
    // The list as far as known now; prepare() puts the live entries it keeps in front.
    w.body = assignedBody(ownerEntries);
    w.summary = summary;
    // The replaced ids go with the journal entry: its undo replaces the same ones.
    w.target = QJsonObject {{QStringLiteral("policy"), QStringLiteral("authorizationPolicy")},
                            {QStringLiteral("groupPolicyIds"), QJsonArray::fromStringList(groupPolicyIds)}};
    return w;
}

SettingsWrite
SettingsWrite::legacyGroupConsent(const QString& settingId, bool enable, const QString& groupId, const QString& summary)
{
    SettingsWrite w;
    w.kind = Kind::LegacyGroupConsent;
    w.method = "PATCH";
    w.settingId = settingId;
    w.path = groupSettingPath(settingId);
    w.enableGroupConsent = enable;
    w.constrainedToGroupId = groupId;
    // The two values as far as known now; prepare() sends them with every other value as read.
    w.body = legacyBody(LegacyGroupConsentSetting::withGroupConsent(QJsonArray(), enable, groupId));
    w.summary = summary;
    w.target = QJsonObject {{QStringLiteral("setting"), QStringLiteral("Consent Policy Settings")},
                            {QStringLiteral("settingId"), settingId}};
    return w;
}

SettingsWrite SettingsWrite::classify(const QString& servicePrincipalId,
                                      const QString& permissionId,
                                      const QString& permissionName,
                                      const QString& classification)
{
    SettingsWrite w;
    w.kind = Kind::Classify;
    w.method = "POST";
    w.servicePrincipalId = servicePrincipalId;
    w.path = classificationsPath(servicePrincipalId);
    w.permissionName = permissionName;
    w.body = QJsonObject {{QStringLiteral("permissionId"), permissionId},
                          {QStringLiteral("permissionName"), permissionName},
                          {QStringLiteral("classification"), classification}};
    w.summary = tr("Classify %1 (Microsoft Graph) as %2 impact").arg(permissionName, classification);
    w.target = QJsonObject {{QStringLiteral("servicePrincipalId"), servicePrincipalId},
                            {QStringLiteral("permissionId"), permissionId},
                            {QStringLiteral("permissionName"), permissionName}};
    return w;
}

SettingsWrite SettingsWrite::unclassify(const QString& servicePrincipalId,
                                        const QString& classificationId,
                                        const QString& permissionName)
{
    SettingsWrite w;
    w.kind = Kind::Unclassify;
    w.method = "DELETE";
    w.servicePrincipalId = servicePrincipalId;
    w.classificationId = classificationId;
    w.permissionName = permissionName;
    w.path = classificationsPath(servicePrincipalId) + QLatin1Char('/') + GraphPath::segment(classificationId);
    w.summary = tr("Remove the classification of %1 (Microsoft Graph)").arg(permissionName);
    w.target = QJsonObject {{QStringLiteral("servicePrincipalId"), servicePrincipalId},
                            {QStringLiteral("classificationId"), classificationId},
                            {QStringLiteral("permissionName"), permissionName}};
    return w;
}

bool SettingsWrite::isSettingsAction(const QString& action)
{
    return action == kPutWorkflow || action == kUserConsent || action == kGroupOwnerConsent
           || action == kLegacyGroupConsent || action == kClassify || action == kUnclassify;
}

std::shared_ptr<SettingsWrite> SettingsWrite::fromJournal(const JournalEntry& entry)
{
    if (!isSettingsAction(entry.action)) {
        return nullptr;
    }
    auto w = std::make_shared<SettingsWrite>();
    w->method = entry.request.value(QStringLiteral("method")).toString().toLatin1();
    w->path = entry.request.value(QStringLiteral("path")).toString();
    w->body = entry.request.value(QStringLiteral("body")).toObject();
    w->prior = entry.prior;
    w->target = entry.target;
    w->summary = entry.summary;
    w->servicePrincipalId = entry.target.value(QStringLiteral("servicePrincipalId")).toString();
    w->classificationId = entry.target.value(QStringLiteral("classificationId")).toString();
    w->permissionName = entry.target.value(QStringLiteral("permissionName")).toString();
    if (entry.action == kPutWorkflow) {
        w->kind = Kind::PutWorkflow;
    } else if (entry.action == kUserConsent) {
        w->kind = Kind::UserConsent;
        w->selfEntries = selfEntriesOf(assignedOf(w->body));
    } else if (entry.action == kGroupOwnerConsent) {
        w->kind = Kind::GroupOwnerConsent;
        for (const auto& v : entry.target.value(QStringLiteral("groupPolicyIds")).toArray()) {
            w->groupPolicyIds.append(v.toString());
        }
        w->ownerEntries = ownerEntriesOf(assignedOf(w->body), w->groupPolicyIds);
    } else if (entry.action == kLegacyGroupConsent) {
        w->kind = Kind::LegacyGroupConsent;
        w->settingId = entry.target.value(QStringLiteral("settingId")).toString();
        const LegacyGroupConsentSetting sent = LegacyGroupConsentSetting::fromJson(w->body);
        w->enableGroupConsent = sent.enableGroupSpecificConsent;
        w->constrainedToGroupId = sent.constrainedToGroupId;
    } else if (entry.action == kClassify) {
        w->kind = Kind::Classify;
    } else {
        w->kind = Kind::Unclassify;
    }
    return w;
}

std::shared_ptr<TenantWrite> SettingsWrite::clone() const
{
    return std::make_shared<SettingsWrite>(*this);
}

QString SettingsWrite::action() const
{
    switch (kind) {
    case Kind::PutWorkflow:
        return kPutWorkflow;
    case Kind::UserConsent:
        return kUserConsent;
    case Kind::GroupOwnerConsent:
        return kGroupOwnerConsent;
    case Kind::LegacyGroupConsent:
        return kLegacyGroupConsent;
    case Kind::Classify:
        return kClassify;
    case Kind::Unclassify:
        break;
    }
    return kUnclassify;
}

QString SettingsWrite::requestLine() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

QString SettingsWrite::requestText() const
{
    QString text = requestLine();
    if (!body.isEmpty()) {
        text += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return text;
}

QJsonObject SettingsWrite::journalRequest() const
{
    return QJsonObject {{QStringLiteral("method"), QString::fromLatin1(method)},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("body"), body}};
}

QString SettingsWrite::powerShell() const
{
    switch (kind) {
    case Kind::PutWorkflow: {
        QStringList reviewers;
        for (const auto& v : body.value(QStringLiteral("reviewers")).toArray()) {
            const QJsonObject r = v.toObject();
            reviewers.append(QStringLiteral("@{ query = %1; queryType = %2; queryRoot = $null }")
                                 .arg(GraphPowerShell::quote(r.value(QStringLiteral("query")).toString()),
                                      GraphPowerShell::quote(r.value(QStringLiteral("queryType")).toString())));
        }
        return QStringLiteral("Update-MgPolicyAdminConsentRequestPolicy -BodyParameter @{ isEnabled = %1; "
                              "notifyReviewers = %2; remindersEnabled = %3; requestDurationInDays = %4; "
                              "reviewers = @(%5) }")
            .arg(psBool(body.value(QStringLiteral("isEnabled")).toBool()),
                 psBool(body.value(QStringLiteral("notifyReviewers")).toBool()),
                 psBool(body.value(QStringLiteral("remindersEnabled")).toBool()),
                 QString::number(body.value(QStringLiteral("requestDurationInDays")).toInt()),
                 reviewers.join(QStringLiteral(", ")));
    }
    case Kind::UserConsent:
    case Kind::GroupOwnerConsent:
        return QStringLiteral("Update-MgPolicyAuthorizationPolicy -BodyParameter @{ defaultUserRolePermissions = @{ "
                              "permissionGrantPoliciesAssigned = %1 } }")
            .arg(psStringArray(assignedOf(body)));
    case Kind::LegacyGroupConsent: {
        QStringList values;
        for (const auto& v : body.value(QStringLiteral("values")).toArray()) {
            values << QStringLiteral("@{ name = %1; value = %2 }")
                          .arg(GraphPowerShell::quote(v.toObject().value(QStringLiteral("name")).toString()),
                               GraphPowerShell::quote(v.toObject().value(QStringLiteral("value")).toString()));
        }
        return QStringLiteral("Update-MgGroupSetting -GroupSettingId %1 -BodyParameter @{ values = @(%2) }")
            .arg(GraphPowerShell::quote(settingId), values.join(QStringLiteral(", ")));
    }
    case Kind::Classify:
        return QStringLiteral("New-MgServicePrincipalDelegatedPermissionClassification -ServicePrincipalId %1 "
                              "-PermissionId %2 -PermissionName %3 -Classification %4")
            .arg(GraphPowerShell::quote(servicePrincipalId),
                 GraphPowerShell::quote(body.value(QStringLiteral("permissionId")).toString()),
                 GraphPowerShell::quote(body.value(QStringLiteral("permissionName")).toString()),
                 GraphPowerShell::quote(body.value(QStringLiteral("classification")).toString()));
    case Kind::Unclassify:
        break;
    }
    return QStringLiteral("Remove-MgServicePrincipalDelegatedPermissionClassification -ServicePrincipalId %1 "
                          "-DelegatedPermissionClassificationId %2")
        .arg(GraphPowerShell::quote(servicePrincipalId), GraphPowerShell::quote(classificationId));
}

QStringList SettingsWrite::powerShellScopes() const
{
    switch (kind) {
    case Kind::PutWorkflow:
        return {QStringLiteral("Policy.ReadWrite.ConsentRequest")};
    case Kind::UserConsent:
    case Kind::GroupOwnerConsent:
    case Kind::LegacyGroupConsent: // Graph documents it as enough for tenant-wide group settings too
        return {QStringLiteral("Policy.ReadWrite.Authorization")};
    case Kind::Classify:
    case Kind::Unclassify:
        break;
    }
    return {QStringLiteral("Policy.ReadWrite.PermissionGrant")};
}

QJsonObject SettingsWrite::toJson() const
{
    return QJsonObject {{QStringLiteral("action"), action()},
                        {QStringLiteral("summary"), summary},
                        {QStringLiteral("method"), QString::fromLatin1(method)},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("expectedVersion"),
                         expectedVersion < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(expectedVersion)}};
}

QFuture<TenantWrite::Prepared> SettingsWrite::prepare(const Channel& channel) const
{
    if (!channel.graph) {
        return notPrepared(GraphError::make(GraphError::Kind::Protocol, tr("No Microsoft Graph connection.")),
                           tr("Not sent: there is no Microsoft Graph connection."));
    }
    if (kind == Kind::Classify) {
        return prepared(clone());
    }
    auto promise = started<Prepared>();
    const QString readPath = kind == Kind::Unclassify ? classificationsPath(servicePrincipalId) : path;
    GraphReply* reply = kind == Kind::Unclassify ? channel.graph->getCollection(GraphRequest::get(readPath))
                                                 : channel.graph->send(GraphRequest::get(readPath));
    QObject::connect(reply, &GraphReply::finished, reply, [reply, promise, write = *this]() mutable {
        reply->deleteLater();
        if (!reply->ok()) {
            finish(promise, Prepared {nullptr, reply->error(), {}});
            return;
        }
        if (write.kind == Kind::Unclassify) {
            for (const auto& v : reply->items()) {
                if (v.toObject().value(QStringLiteral("id")).toString() == write.classificationId) {
                    write.prior = v.toObject();
                }
            }
            if (write.prior.isEmpty()) {
                GraphError gone = GraphError::make(GraphError::Kind::NotFound,
                                                   tr("%1 is not classified any more.").arg(write.permissionName));
                gone.httpStatus = 404;
                finish(
                    promise,
                    Prepared {nullptr, gone, tr("Not sent: %1 is not classified any more.").arg(write.permissionName)});
                return;
            }
            finish(promise, Prepared {write.clone(), {}, {}});
            return;
        }
        QJsonObject current = reply->json();
        current.remove(QStringLiteral("@odata.context"));
        write.prior = current;
        if (write.kind == Kind::PutWorkflow) {
            const int version = current.value(QStringLiteral("version")).toInt(-1);
            if (write.expectedVersion >= 0 && version != write.expectedVersion) {
                // Graph would let this PUT overwrite the other change silently: refuse instead.
                GraphError changed = GraphError::make(
                    GraphError::Kind::Http,
                    tr("The admin consent workflow was changed since it was read (version %1, now %2).")
                        .arg(write.expectedVersion)
                        .arg(version));
                changed.code = concurrentChangeCode();
                changed.httpStatus = 412;
                finish(promise,
                       Prepared {nullptr,
                                 changed,
                                 tr("Not sent: someone changed the admin consent workflow since it was read (version "
                                    "%1, now %2). Read it again and make the change on what is there now.")
                                     .arg(write.expectedVersion)
                                     .arg(version)});
                return;
            }
        } else if (write.kind == Kind::LegacyGroupConsent) {
            // Graph replaces the whole set: every value as read, the two of group owner consent as wanted.
            write.body = legacyBody(
                LegacyGroupConsentSetting::withGroupConsent(current.value(QStringLiteral("values")).toArray(),
                                                            write.enableGroupConsent,
                                                            write.constrainedToGroupId));
        } else if (write.kind == Kind::GroupOwnerConsent) {
            // Keep every entry but the group-scoped owner ones (user consent, teams and chats stay).
            QStringList assigned;
            for (const auto& entry : assignedOf(current)) {
                if (!isReplacedOwnerEntry(entry, write.groupPolicyIds)) {
                    assigned.append(entry);
                }
            }
            assigned += write.ownerEntries;
            write.body = assignedBody(assigned);
        } else {
            // Keep every entry that is not a ForSelf one (ManagePermissionGrantsForOwnedResource.* above all).
            QStringList assigned;
            for (const auto& entry : assignedOf(current)) {
                if (!entry.startsWith(UserConsentSetting::kSelfPrefix, Qt::CaseInsensitive)) {
                    assigned.append(entry);
                }
            }
            assigned += write.selfEntries;
            write.body = assignedBody(assigned);
        }
        finish(promise, Prepared {write.clone(), {}, {}});
    });
    return promise->future();
}

QFuture<TenantWrite::Reply> SettingsWrite::send(const Channel& channel, const QString& clientRequestId) const
{
    if (!channel.graph) {
        return failed(GraphError::make(GraphError::Kind::Protocol, tr("No Microsoft Graph connection.")));
    }
    return sendToGraph(channel.graph, method, path, body, clientRequestId, isCreation());
}

QString SettingsWrite::explain(const GraphError& error) const
{
    if (error.httpStatus == 403) {
        switch (kind) {
        case Kind::PutWorkflow:
            return tr("Changing the admin consent workflow needs Policy.ReadWrite.ConsentRequest and the Cloud "
                      "Application Administrator, Application Administrator or Global Administrator role (%1).")
                .arg(error.summary());
        case Kind::UserConsent:
            return tr("Changing user consent needs Policy.ReadWrite.Authorization and the Privileged Role "
                      "Administrator or Global Administrator role (%1).")
                .arg(error.summary());
        case Kind::GroupOwnerConsent:
            return tr("Changing group owner consent needs Policy.ReadWrite.Authorization and the Privileged Role "
                      "Administrator or Global Administrator role (%1).")
                .arg(error.summary());
        case Kind::LegacyGroupConsent:
            return tr("Changing the older group owner consent setting (Consent Policy Settings) needs "
                      "Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator "
                      "role (%1).")
                .arg(error.summary());
        case Kind::Classify:
        case Kind::Unclassify:
            return tr("Classifying permissions needs Policy.ReadWrite.PermissionGrant and the Cloud Application "
                      "Administrator, Application Administrator or Global Administrator role (%1).")
                .arg(error.summary());
        }
    }
    return TenantWrite::explain(error);
}

TenantWrite::Inverse SettingsWrite::inverse(const QJsonObject& result, const QString& label) const
{
    Q_UNUSED(label)
    Inverse inverse;
    switch (kind) {
    case Kind::PutWorkflow: {
        if (prior.isEmpty()) {
            inverse.refusal = tr("The workflow as it was before is not known, so it cannot be put back.");
            break;
        }
        const AdminConsentWorkflow before = AdminConsentWorkflow::fromJson(prior);
        // Only over this write's own result: a change made by someone since is not overwritten.
        const int afterVersion = before.version >= 0 ? before.version + 1 : -1;
        auto undo = std::make_shared<SettingsWrite>(
            putWorkflow(before.toPutBody(), afterVersion, tr("Put the admin consent workflow back as it was")));
        inverse.operations.append(undo);
        break;
    }
    case Kind::UserConsent: {
        if (prior.isEmpty()) {
            inverse.refusal = tr("The user consent setting before is not known, so it cannot be put back.");
            break;
        }
        const QStringList before = selfEntriesOf(assignedOf(prior));
        const UserConsentSetting setting = UserConsentSetting::fromAssigned(before);
        inverse.operations.append(std::make_shared<SettingsWrite>(
            userConsent(before, tr("Put user consent back to: %1").arg(UserConsentSetting::describe(setting.option)))));
        break;
    }
    case Kind::GroupOwnerConsent: {
        if (prior.isEmpty()) {
            inverse.refusal = tr("The group owner consent setting before is not known, so it cannot be put back.");
            break;
        }
        const QStringList before = ownerEntriesOf(assignedOf(prior), groupPolicyIds);
        // The undo replaces what this write put in as well as the ids it replaced.
        QStringList replaced = groupPolicyIds;
        for (const auto& entry : ownerEntries) {
            const QString id = entry.mid(UserConsentSetting::kOwnedResourcePrefix.size());
            if (!replaced.contains(id, Qt::CaseInsensitive)) {
                replaced.append(id);
            }
        }
        const GroupOwnerConsentSetting setting
            = GroupOwnerConsentSetting::fromAssigned(before, QList<PermissionGrantPolicy>());
        inverse.operations.append(std::make_shared<SettingsWrite>(groupOwnerConsent(
            before,
            replaced,
            tr("Put group owner consent back to: %1").arg(GroupOwnerConsentSetting::describe(setting.option)))));
        break;
    }
    case Kind::LegacyGroupConsent: {
        if (prior.isEmpty()) {
            inverse.refusal = tr("The older group owner consent setting before is not known, so it cannot be put "
                                 "back.");
            break;
        }
        const LegacyGroupConsentSetting before = LegacyGroupConsentSetting::fromJson(prior);
        inverse.operations.append(std::make_shared<SettingsWrite>(legacyGroupConsent(
            settingId,
            before.enableGroupSpecificConsent,
            before.constrainedToGroupId,
            before.enableGroupSpecificConsent
                ? tr("Let group owners consent again through the older setting Consent Policy Settings")
                : tr("Put the older setting Consent Policy Settings back: group owners may not consent"))));
        break;
    }
    case Kind::Classify: {
        const QString id = result.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            inverse.refusal = tr("Graph did not say which classification it created, so it cannot be removed here.");
            break;
        }
        inverse.operations.append(std::make_shared<SettingsWrite>(
            unclassify(servicePrincipalId, id, body.value(QStringLiteral("permissionName")).toString(permissionName))));
        break;
    }
    case Kind::Unclassify:
        if (prior.isEmpty()) {
            inverse.refusal = tr("The classification removed is not known, so it cannot be put back.");
            break;
        }
        inverse.operations.append(
            std::make_shared<SettingsWrite>(classify(servicePrincipalId,
                                                     prior.value(QStringLiteral("permissionId")).toString(),
                                                     prior.value(QStringLiteral("permissionName")).toString(),
                                                     prior.value(QStringLiteral("classification")).toString())));
        break;
    }
    return inverse;
}
