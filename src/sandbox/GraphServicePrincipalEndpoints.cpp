#include "GraphServicePrincipalEndpoints.h"

#include "GraphClassificationEndpoints.h"
#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphNavigation.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QUuid>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kServicePrincipals = QStringLiteral("servicePrincipals");
const QString kResource = QStringLiteral("ServicePrincipal");

// Keys of the appId-named namespace for the owner tenant of apps the catalog does not describe.
const QUuid kPublisherNamespace = QUuid::fromString(QStringLiteral("6f2b9b0e-6d1c-4f5e-9a59-0c0dbb1a7e11"));

// What $expand accepts on a service principal (the relationships ConsentDesk reads; Graph has more).
QHash<QString, GraphCollection::Expander> expandable(const GraphContext& context)
{
    const TenantStore& store = context.store;
    return {
        {QStringLiteral("appRoleAssignedTo"),
         [&store](const QJsonObject& sp) {
             return store.assignmentsByResource(sp.value(QStringLiteral("id")).toString());
         }},
        {QStringLiteral("appRoleAssignments"),
         [&store](const QJsonObject& sp) {
             return store.assignmentsByPrincipal(sp.value(QStringLiteral("id")).toString());
         }},
    };
}

} // namespace

std::optional<SandboxResponse> GraphServicePrincipalEndpoints::handle(const GraphContext& context)
{
    const QStringList& s = context.segments;
    const auto first = GraphContext::split(s.first());
    if (first.name != kServicePrincipals) {
        return std::nullopt;
    }
    const QByteArray method = context.method();

    if (!first.hasKey && (s.size() == 1 || (s.size() == 2 && s.at(1) == QLatin1String("$count")))) {
        if (s.size() == 1 && method == "POST") {
            return create(context);
        }
        if (method != "GET") {
            return GraphErrors::methodNotAllowed(context.request,
                                                 s.size() == 1
                                                     ? QStringList {QStringLiteral("GET"), QStringLiteral("POST")}
                                                     : QStringList {QStringLiteral("GET")});
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadApplications)) {
            return *denied;
        }
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::servicePrincipal();
        spec.context = kServicePrincipals;
        spec.countSegment = s.size() == 2;
        spec.expandable = expandable(context);
        ODataQueryOptions options;
        if (auto failure = GraphCollection::parse(context, spec, &options)) {
            return *failure;
        }
        // appId eq '…' is the common lookup: answer it from the index.
        if (options.filter) {
            if (const auto appId = ODataEvaluator::equalityConstraint(*options.filter, QStringLiteral("appId"))) {
                QList<QJsonObject> items;
                if (auto sp = context.store.servicePrincipalByAppId(*appId)) {
                    items.append(*sp);
                }
                return GraphCollection::respond(context, spec, options, items);
            }
        }
        return GraphCollection::respond(context, spec, options, context.store.list(kServicePrincipals));
    }

    // One service principal: /servicePrincipals/{id}, /servicePrincipals('{id}'), /servicePrincipals(appId='{appId}').
    QString key;
    QStringList rest;
    bool byAppId = false;
    if (first.hasKey) {
        if (!first.keyName.isEmpty() && first.keyName != QLatin1String("appId")
            && first.keyName != QLatin1String("id")) {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("The key property '%1' is not an alternate key of servicePrincipal.")
                    .arg(first.keyName));
        }
        byAppId = first.keyName == QLatin1String("appId");
        key = first.key;
        rest = s.mid(1);
    } else {
        key = s.at(1);
        rest = s.mid(2);
    }
    const QString nav = rest.value(0);
    static const QStringList knownNavigation {QStringLiteral("appRoleAssignments"),
                                              QStringLiteral("appRoleAssignedTo"),
                                              QStringLiteral("oauth2PermissionGrants"),
                                              QStringLiteral("memberOf"),
                                              QStringLiteral("transitiveMemberOf"),
                                              QStringLiteral("checkMemberGroups"),
                                              QStringLiteral("checkMemberObjects"),
                                              QStringLiteral("delegatedPermissionClassifications")};
    if (!nav.isEmpty() && !knownNavigation.contains(nav)) {
        return GraphErrors::segmentNotFound(context.request, nav);
    }
    if (nav.isEmpty() && method != "GET" && method != "PATCH" && method != "DELETE") {
        return GraphErrors::methodNotAllowed(
            context.request, {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    }
    if (nav.isEmpty() && method != "GET") {
        if (auto denied = GraphPermissionRules::check(context, Op::WriteServicePrincipals)) {
            return *denied;
        }
    } else if (nav.isEmpty()) {
        if (auto denied = GraphPermissionRules::check(context, Op::ReadApplications)) {
            return *denied;
        }
    }
    const auto sp = byAppId ? context.store.servicePrincipalByAppId(key) : context.store.get(kServicePrincipals, key);
    if (!sp) {
        return GraphErrors::notFound(context.request, key);
    }
    const QString base
        = byAppId ? QStringLiteral("servicePrincipals(appId='%1')").arg(key)
                  : QStringLiteral("servicePrincipals('%1')").arg(sp->value(QStringLiteral("id")).toString());
    if (nav.isEmpty()) {
        if (method == "PATCH") {
            return update(context, *sp);
        }
        if (method == "DELETE") {
            return remove(context, *sp);
        }
        return GraphCollection::entity(context, kServicePrincipals, *sp, 200, nullptr, expandable(context));
    }
    return navigation(context, *sp, base, rest);
}

SandboxResponse GraphServicePrincipalEndpoints::navigation(const GraphContext& context,
                                                           const QJsonObject& sp,
                                                           const QString& base,
                                                           const QStringList& rest)
{
    const QString id = sp.value(QStringLiteral("id")).toString();
    const QString nav = rest.first();
    const QByteArray method = context.method();
    const bool assignmentNav = nav == QLatin1String("appRoleAssignments") || nav == QLatin1String("appRoleAssignedTo");
    const bool ownerIsResource = nav == QLatin1String("appRoleAssignedTo");

    if (nav == QLatin1String("delegatedPermissionClassifications")) {
        return GraphClassificationEndpoints::handle(context, sp, base, rest);
    }

    if (assignmentNav) {
        if (method == "POST" && rest.size() == 1) {
            return GraphNavigation::createAssignment(context, id, ownerIsResource, base + QLatin1Char('/') + nav);
        }
        if (method == "DELETE" && rest.size() == 2) {
            return GraphNavigation::deleteAssignment(context, id, ownerIsResource, rest.at(1));
        }
        if (method != "GET") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("POST")});
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadApplications)) {
            return *denied;
        }
        if (rest.size() == 2 && rest.at(1) != QLatin1String("$count")) {
            // GET …/appRoleAssignedTo/{id}
            const auto assignment = context.store.get(QStringLiteral("appRoleAssignments"), rest.at(1));
            const QString owner = assignment ? assignment
                                                   ->value(ownerIsResource ? QStringLiteral("resourceId")
                                                                           : QStringLiteral("principalId"))
                                                   .toString()
                                             : QString();
            if (!assignment || owner.compare(id, Qt::CaseInsensitive) != 0) {
                return GraphErrors::notFound(context.request, rest.at(1));
            }
            return GraphCollection::entity(context, base + QLatin1Char('/') + nav, *assignment);
        }
        const QList<QJsonObject> items
            = ownerIsResource ? context.store.assignmentsByResource(id) : context.store.assignmentsByPrincipal(id);
        return GraphNavigation::assignments(context, items, base + QLatin1Char('/') + nav, rest.mid(1));
    }

    if (nav.startsWith(QLatin1String("checkMember"))) {
        if (method != "POST") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("POST")});
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadMemberships)) {
            return *denied;
        }
        return nav == QLatin1String("checkMemberGroups") ? GraphNavigation::checkMemberGroups(context, id)
                                                         : GraphNavigation::checkMemberObjects(context, id);
    }
    if (method != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    if (nav == QLatin1String("oauth2PermissionGrants")) {
        if (!GraphPermissionRules::allowed(context.claims, Op::ReadApplications)) {
            if (auto denied = GraphPermissionRules::check(context, Op::ReadGrants)) {
                return *denied;
            }
        }
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::oauth2PermissionGrant();
        spec.context = base + QStringLiteral("/oauth2PermissionGrants");
        if (rest.size() > 1) {
            if (rest.size() == 2 && rest.at(1) == QLatin1String("$count")) {
                spec.countSegment = true;
            } else {
                return GraphErrors::segmentNotFound(context.request, rest.at(1));
            }
        }
        return GraphCollection::list(context, spec, context.store.grantsByClient(id));
    }
    // memberOf / transitiveMemberOf
    if (auto denied = GraphPermissionRules::check(context, Op::ReadMemberships)) {
        return *denied;
    }
    const bool transitive = nav == QLatin1String("transitiveMemberOf");
    return GraphNavigation::directoryObjects(
        context, GraphNavigation::memberOfIds(context, id, transitive), base + QLatin1Char('/') + nav, rest.mid(1));
}

SandboxResponse GraphServicePrincipalEndpoints::create(const GraphContext& context)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteServicePrincipals)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const QString appId = body.value(QStringLiteral("appId")).toString();
    if (QUuid::fromString(appId).isNull()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("appId"), kResource);
    }
    if (context.store.servicePrincipalByAppId(appId)) {
        return GraphErrors::error(
            context.request,
            409,
            QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
            QStringLiteral("The service principal cannot be created, updated, or restored because "
                           "the service principal name %1 is already in use.")
                .arg(appId));
    }
    const auto app = context.store.catalogApp(appId);
    if (!app) {
        return GraphErrors::badRequest(
            context.request,
            QStringLiteral("The appId '%1' of the service principal does not reference a valid application object.")
                .arg(appId));
    }
    for (const auto& [name, type] : {std::pair {QStringLiteral("accountEnabled"), QJsonValue::Bool},
                                     std::pair {QStringLiteral("appRoleAssignmentRequired"), QJsonValue::Bool},
                                     std::pair {QStringLiteral("tags"), QJsonValue::Array}}) {
        if (body.contains(name) && body.value(name).type() != type) {
            return GraphErrors::invalidProperty(context.request, name, kResource);
        }
    }
    const QString displayName = app->value(QStringLiteral("displayName")).toString(appId);
    const QJsonObject nullPublisher {{QStringLiteral("displayName"), QJsonValue::Null},
                                     {QStringLiteral("verifiedPublisherId"), QJsonValue::Null},
                                     {QStringLiteral("addedDateTime"), QJsonValue::Null}};
    QJsonObject sp {
        {QStringLiteral("id"), TenantStore::newGuid()},
        {QStringLiteral("appId"), appId.toLower()},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("appDisplayName"), displayName},
        {QStringLiteral("publisherName"), app->value(QStringLiteral("publisherName")).toString(displayName)},
        {QStringLiteral("verifiedPublisher"), app->value(QStringLiteral("verifiedPublisher")).toObject(nullPublisher)},
        {QStringLiteral("appOwnerOrganizationId"),
         app->value(QStringLiteral("appOwnerOrganizationId"))
             .toString(QUuid::createUuidV5(kPublisherNamespace, appId.toLower()).toString(QUuid::WithoutBraces))},
        {QStringLiteral("accountEnabled"), body.value(QStringLiteral("accountEnabled")).toBool(true)},
        {QStringLiteral("appRoleAssignmentRequired"),
         body.value(QStringLiteral("appRoleAssignmentRequired")).toBool(false)},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"),
         app->value(QStringLiteral("signInAudience")).toString(QStringLiteral("AzureADMultipleOrgs"))},
        {QStringLiteral("servicePrincipalNames"), QJsonArray {appId.toLower()}},
        {QStringLiteral("tags"), body.value(QStringLiteral("tags")).toArray()},
        {QStringLiteral("homepage"), app->value(QStringLiteral("homepage"))},
        {QStringLiteral("replyUrls"), app->value(QStringLiteral("replyUrls")).toArray()},
        {QStringLiteral("appRoles"), app->value(QStringLiteral("appRoles")).toArray()},
        {QStringLiteral("oauth2PermissionScopes"), app->value(QStringLiteral("oauth2PermissionScopes")).toArray()},
        {QStringLiteral("notes"),
         body.value(QStringLiteral("notes")).isString() ? body.value(QStringLiteral("notes")) : QJsonValue::Null},
    };
    if (sp.value(QStringLiteral("homepage")).isUndefined()) {
        sp.insert(QStringLiteral("homepage"), QJsonValue::Null);
    }
    context.store.put(kServicePrincipals, sp);
    return GraphCollection::entity(context, kServicePrincipals, sp, 201);
}

SandboxResponse GraphServicePrincipalEndpoints::update(const GraphContext& context, const QJsonObject& servicePrincipal)
{
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    static const QStringList readOnly {QStringLiteral("id"),
                                       QStringLiteral("appId"),
                                       QStringLiteral("appOwnerOrganizationId"),
                                       QStringLiteral("servicePrincipalType"),
                                       QStringLiteral("appDisplayName"),
                                       QStringLiteral("deletedDateTime")};
    static const QHash<QString, QJsonValue::Type> writable {
        {QStringLiteral("accountEnabled"), QJsonValue::Bool},
        {QStringLiteral("appRoleAssignmentRequired"), QJsonValue::Bool},
        {QStringLiteral("tags"), QJsonValue::Array},
        {QStringLiteral("notes"), QJsonValue::String},
        {QStringLiteral("description"), QJsonValue::String},
        {QStringLiteral("displayName"), QJsonValue::String},
        {QStringLiteral("homepage"), QJsonValue::String},
        {QStringLiteral("notificationEmailAddresses"), QJsonValue::Array},
        {QStringLiteral("preferredSingleSignOnMode"), QJsonValue::String},
    };
    QJsonObject updated = servicePrincipal;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('@'))) {
            continue;
        }
        if (readOnly.contains(it.key())) {
            return GraphErrors::badRequest(
                context.request, QStringLiteral("Property '%1' is read-only and cannot be set.").arg(it.key()));
        }
        const auto type = writable.constFind(it.key());
        if (type == writable.constEnd()) {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.servicePrincipal'.")
                    .arg(it.key()));
        }
        const bool nullable = type.value() != QJsonValue::Bool && type.value() != QJsonValue::Array;
        if (it.value().type() != type.value() && !(nullable && it.value().isNull())) {
            return GraphErrors::invalidProperty(context.request, it.key(), kResource);
        }
        updated.insert(it.key(), it.value());
    }
    context.store.put(kServicePrincipals, updated);
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}

SandboxResponse GraphServicePrincipalEndpoints::remove(const GraphContext& context, const QJsonObject& servicePrincipal)
{
    // Deleting a service principal removes its grants and role assignments with it, as in Entra.
    const QString id = servicePrincipal.value(QStringLiteral("id")).toString();
    const QString grants = QStringLiteral("oauth2PermissionGrants");
    const QString assignments = QStringLiteral("appRoleAssignments");
    for (const auto& grant : context.store.grantsByClient(id) + context.store.grantsByResource(id)) {
        context.store.remove(grants, grant.value(QStringLiteral("id")).toString());
    }
    for (const auto& a : context.store.assignmentsByPrincipal(id) + context.store.assignmentsByResource(id)) {
        context.store.remove(assignments, a.value(QStringLiteral("id")).toString());
    }
    context.store.remove(kServicePrincipals, id);
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}
