#include "GraphDirectoryEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphNavigation.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "TenantStore.h"

#include <QJsonArray>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kUsers = QStringLiteral("users");
const QString kGroups = QStringLiteral("groups");
const QString kDirectoryRoles = QStringLiteral("directoryRoles");

SandboxResponse onlyGet(const GraphContext& context)
{
    return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
}

SandboxResponse onlyPost(const GraphContext& context)
{
    return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("POST")});
}

// Self-service reads (/me, a user's own grants) need only a User.Read-class scope; anything else the directory op.
std::optional<SandboxResponse> checkFor(const GraphContext& context, bool self, Op op)
{
    if (self && GraphPermissionRules::allowed(context.claims, Op::ReadSelf)) {
        return std::nullopt;
    }
    return GraphPermissionRules::check(context, op);
}

} // namespace

std::optional<SandboxResponse> GraphDirectoryEndpoints::handle(const GraphContext& context)
{
    const auto first = GraphContext::split(context.segments.first());
    if (first.name == kUsers) {
        if (first.hasKey) {
            return user(context, first.key, context.segments.mid(1), false);
        }
        return users(context);
    }
    if (first.name == QLatin1String("me") && !first.hasKey) {
        return user(context, context.claims.userId, context.segments.mid(1), true);
    }
    if (first.name == kGroups) {
        return groups(context);
    }
    if (first.name == kDirectoryRoles) {
        return directoryRoles(context);
    }
    if (first.name == QLatin1String("directoryObjects")) {
        return directoryObjects(context);
    }
    if (first.name == QLatin1String("organization")) {
        return organization(context);
    }
    return std::nullopt;
}

SandboxResponse GraphDirectoryEndpoints::users(const GraphContext& context)
{
    const QStringList& s = context.segments;
    if (s.size() == 1 || (s.size() == 2 && s.at(1) == QLatin1String("$count"))) {
        if (context.method() != "GET") {
            return onlyGet(context);
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadUsers)) {
            return *denied;
        }
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::user();
        spec.context = kUsers;
        spec.countSegment = s.size() == 2;
        return GraphCollection::list(context, spec, context.store.list(kUsers));
    }
    return user(context, s.at(1), s.mid(2), false);
}

SandboxResponse
GraphDirectoryEndpoints::user(const GraphContext& context, const QString& idOrUpn, const QStringList& rest, bool me)
{
    const bool self
        = me || idOrUpn.compare(context.claims.userId, Qt::CaseInsensitive) == 0
          || (!context.claims.upn.isEmpty() && idOrUpn.compare(context.claims.upn, Qt::CaseInsensitive) == 0);
    const QString nav = rest.value(0);
    static const QStringList knownNavigation {QStringLiteral("oauth2PermissionGrants"),
                                              QStringLiteral("appRoleAssignments"),
                                              QStringLiteral("memberOf"),
                                              QStringLiteral("transitiveMemberOf"),
                                              QStringLiteral("checkMemberGroups"),
                                              QStringLiteral("checkMemberObjects"),
                                              QStringLiteral("revokeSignInSessions")};
    if (!nav.isEmpty() && !knownNavigation.contains(nav)) {
        return GraphErrors::segmentNotFound(context.request, nav);
    }
    if (nav == QLatin1String("revokeSignInSessions")) {
        return revokeSignInSessions(context, idOrUpn, rest, self);
    }

    // Method and permission first (as Graph: 405, then 403), then the object (404).
    Op op = Op::ReadUsers;
    if (nav == QLatin1String("oauth2PermissionGrants")) {
        op = Op::ReadGrants;
    } else if (nav == QLatin1String("memberOf") || nav == QLatin1String("transitiveMemberOf")
               || nav.startsWith(QLatin1String("checkMember"))) {
        op = Op::ReadMemberships;
    }
    const bool postNav = nav.startsWith(QLatin1String("checkMember"));
    const bool assignmentWrite
        = nav == QLatin1String("appRoleAssignments")
          && ((context.method() == "POST" && rest.size() == 1) || (context.method() == "DELETE" && rest.size() == 2));
    if (postNav) {
        if (context.method() != "POST") {
            return onlyPost(context);
        }
        if (rest.size() > 1) {
            return GraphErrors::segmentNotFound(context.request, rest.at(1));
        }
    } else if (!assignmentWrite && context.method() != "GET") {
        return nav == QLatin1String("appRoleAssignments")
                   ? GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("POST")})
                   : onlyGet(context);
    }
    if (!assignmentWrite) {
        if (auto denied = checkFor(context, self, op)) {
            return *denied;
        }
    }

    const auto found = context.store.userByIdOrUpn(idOrUpn);
    if (!found) {
        return GraphErrors::notFound(context.request, idOrUpn);
    }
    const QString id = found->value(QStringLiteral("id")).toString();
    const QString base = me ? QStringLiteral("users('%1')").arg(id) : QStringLiteral("users('%1')").arg(idOrUpn);

    if (nav.isEmpty()) {
        return GraphCollection::entity(context, kUsers, *found, 200, &GraphSchema::user());
    }
    if (nav == QLatin1String("oauth2PermissionGrants")) {
        // Only the user's own Principal grants, never AllPrincipals ones.
        QList<QJsonObject> grants;
        for (const auto& grant : context.store.grantsByPrincipal(id)) {
            if (grant.value(QStringLiteral("consentType")).toString() == QLatin1String("Principal")) {
                grants.append(grant);
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
        return GraphCollection::list(context, spec, grants);
    }
    if (nav == QLatin1String("appRoleAssignments")) {
        if (context.method() == "POST") {
            return GraphNavigation::createAssignment(context, id, false, base + QStringLiteral("/appRoleAssignments"));
        }
        if (context.method() == "DELETE") {
            return GraphNavigation::deleteAssignment(context, id, false, rest.at(1));
        }
        // The user's own assignments plus those of groups the user is a direct member of.
        QList<QJsonObject> items = context.store.assignmentsByPrincipal(id);
        for (const auto& groupId : context.store.directGroupIds(id)) {
            items += context.store.assignmentsByPrincipal(groupId);
        }
        return GraphNavigation::assignments(context, items, base + QStringLiteral("/appRoleAssignments"), rest.mid(1));
    }
    if (nav == QLatin1String("memberOf") || nav == QLatin1String("transitiveMemberOf")) {
        const bool transitive = nav == QLatin1String("transitiveMemberOf");
        return GraphNavigation::directoryObjects(
            context, GraphNavigation::memberOfIds(context, id, transitive), base + QLatin1Char('/') + nav, rest.mid(1));
    }
    if (nav == QLatin1String("checkMemberGroups")) {
        return GraphNavigation::checkMemberGroups(context, id);
    }
    return GraphNavigation::checkMemberObjects(context, id);
}

SandboxResponse GraphDirectoryEndpoints::revokeSignInSessions(const GraphContext& context,
                                                              const QString& idOrUpn,
                                                              const QStringList& rest,
                                                              bool self)
{
    if (context.method() != "POST") {
        return onlyPost(context);
    }
    if (rest.size() > 1) {
        return GraphErrors::segmentNotFound(context.request, rest.at(1));
    }
    // One's own sessions need only the scope; another user's also an administrator role.
    if (!self || !GraphPermissionRules::hasScope(context.claims, Op::RevokeSessions)) {
        if (auto denied = GraphPermissionRules::check(context, Op::RevokeSessions)) {
            return *denied;
        }
    }
    const auto found = context.store.userByIdOrUpn(idOrUpn);
    if (!found) {
        return GraphErrors::notFound(context.request, idOrUpn);
    }
    if (context.tokens) {
        context.tokens->revokeSignInSessions(found->value(QStringLiteral("id")).toString());
    }
    // Graph documents 200 with an Edm.Boolean that is always true (a known issue: 204 was meant).
    return GraphCollection::ok(
        context,
        QJsonObject {{QStringLiteral("@odata.context"), context.metadata(QStringLiteral("Edm.Boolean"))},
                     {QStringLiteral("value"), true}});
}

SandboxResponse GraphDirectoryEndpoints::groups(const GraphContext& context)
{
    const QStringList& s = context.segments;
    const auto first = GraphContext::split(s.first());
    QString groupId;
    QStringList rest;
    if (first.hasKey) {
        groupId = first.key;
        rest = s.mid(1);
    } else if (s.size() == 1 || (s.size() == 2 && s.at(1) == QLatin1String("$count"))) {
        if (context.method() != "GET") {
            return onlyGet(context);
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadMemberships)) {
            return *denied;
        }
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::group();
        spec.context = kGroups;
        spec.countSegment = s.size() == 2;
        return GraphCollection::list(context, spec, context.store.list(kGroups));
    } else {
        groupId = s.at(1);
        rest = s.mid(2);
    }

    const QString nav = rest.value(0);
    static const QStringList knownNavigation {QStringLiteral("members"),
                                              QStringLiteral("transitiveMembers"),
                                              QStringLiteral("memberOf"),
                                              QStringLiteral("transitiveMemberOf"),
                                              QStringLiteral("checkMemberGroups"),
                                              QStringLiteral("checkMemberObjects"),
                                              QStringLiteral("appRoleAssignments")};
    if (!nav.isEmpty() && !knownNavigation.contains(nav)) {
        return GraphErrors::segmentNotFound(context.request, nav);
    }
    const bool postNav = nav.startsWith(QLatin1String("checkMember"));
    if (postNav ? context.method() != "POST" : context.method() != "GET") {
        return postNav ? onlyPost(context) : onlyGet(context);
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadMemberships)) {
        return *denied;
    }
    const auto group = context.store.get(kGroups, groupId);
    if (!group) {
        return GraphErrors::notFound(context.request, groupId);
    }
    const QString id = group->value(QStringLiteral("id")).toString();
    const QString base = QStringLiteral("groups('%1')").arg(id);
    if (nav.isEmpty()) {
        return GraphCollection::entity(context, kGroups, *group);
    }
    if (nav == QLatin1String("members") || nav == QLatin1String("transitiveMembers")) {
        const QStringList ids
            = nav == QLatin1String("members") ? context.store.memberIds(id) : context.store.transitiveMemberIds(id);
        return GraphNavigation::directoryObjects(context, ids, base + QLatin1Char('/') + nav, rest.mid(1));
    }
    if (nav == QLatin1String("memberOf") || nav == QLatin1String("transitiveMemberOf")) {
        const bool transitive = nav == QLatin1String("transitiveMemberOf");
        return GraphNavigation::directoryObjects(
            context, GraphNavigation::memberOfIds(context, id, transitive), base + QLatin1Char('/') + nav, rest.mid(1));
    }
    if (nav == QLatin1String("appRoleAssignments")) {
        return GraphNavigation::assignments(context,
                                            context.store.assignmentsByPrincipal(id),
                                            base + QStringLiteral("/appRoleAssignments"),
                                            rest.mid(1));
    }
    if (rest.size() > 1) {
        return GraphErrors::segmentNotFound(context.request, rest.at(1));
    }
    if (nav == QLatin1String("checkMemberGroups")) {
        return GraphNavigation::checkMemberGroups(context, id);
    }
    return GraphNavigation::checkMemberObjects(context, id);
}

SandboxResponse GraphDirectoryEndpoints::directoryRoles(const GraphContext& context)
{
    const QStringList& s = context.segments;
    const auto first = GraphContext::split(s.first());
    if (context.method() != "GET") {
        return onlyGet(context);
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadDirectoryRoles)) {
        return *denied;
    }
    if (!first.hasKey && s.size() == 1) {
        // directoryRoles does not page.
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::directoryRole();
        spec.context = kDirectoryRoles;
        spec.paged = false;
        return GraphCollection::list(context, spec, context.store.list(kDirectoryRoles));
    }
    std::optional<QJsonObject> role;
    QStringList rest;
    if (first.hasKey) {
        // directoryRoles(roleTemplateId='…') alternate key, or directoryRoles('id').
        if (first.keyName == QLatin1String("roleTemplateId")) {
            for (const auto& r : context.store.list(kDirectoryRoles)) {
                if (r.value(QStringLiteral("roleTemplateId")).toString().compare(first.key, Qt::CaseInsensitive) == 0) {
                    role = r;
                }
            }
        } else {
            role = context.store.get(kDirectoryRoles, first.key);
        }
        rest = s.mid(1);
    } else {
        role = context.store.get(kDirectoryRoles, s.at(1));
        rest = s.mid(2);
    }
    if (!rest.isEmpty() && rest.first() != QLatin1String("members")) {
        return GraphErrors::segmentNotFound(context.request, rest.first());
    }
    if (!role) {
        return GraphErrors::notFound(context.request, first.hasKey ? first.key : s.at(1));
    }
    const QString id = role->value(QStringLiteral("id")).toString();
    if (rest.isEmpty()) {
        return GraphCollection::entity(context, kDirectoryRoles, *role);
    }
    return GraphNavigation::directoryObjects(
        context, context.store.roleMemberIds(id), QStringLiteral("directoryRoles('%1')/members").arg(id), rest.mid(1));
}

SandboxResponse GraphDirectoryEndpoints::directoryObjects(const GraphContext& context)
{
    const QStringList& s = context.segments;
    if (s.size() == 2 && s.at(1) == QLatin1String("getByIds")) {
        if (context.method() != "POST") {
            return onlyPost(context);
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadUsers)) {
            return *denied;
        }
        QString parseError;
        const QJsonObject body = context.request.jsonBody(&parseError);
        if (!parseError.isEmpty()) {
            return GraphErrors::invalidJson(context.request);
        }
        const QJsonArray ids = body.value(QStringLiteral("ids")).toArray();
        if (ids.size() > 1000) {
            return GraphErrors::badRequest(context.request, QStringLiteral("At most 1000 ids may be requested."));
        }
        QStringList types;
        for (const auto& t : body.value(QStringLiteral("types")).toArray()) {
            types.append(QStringLiteral("#microsoft.graph.") + t.toString());
        }
        // $select applies to every object returned (Graph charges 2 resource units for it instead of 5).
        const QStringList select = ODataQueryOptions::parseSelect(context.request.query);
        QJsonArray value;
        for (const auto& id : ids) {
            const auto object = context.store.directoryObject(id.toString());
            if (object
                && (types.isEmpty()
                    || types.contains(object->value(QStringLiteral("@odata.type")).toString(), Qt::CaseInsensitive))) {
                value.append(select.isEmpty() ? *object : GraphCollection::select(*object, select));
            }
        }
        return GraphCollection::ok(
            context,
            QJsonObject {{QStringLiteral("@odata.context"), context.metadata(QStringLiteral("directoryObjects"))},
                         {QStringLiteral("value"), value}});
    }
    if (s.size() != 2) {
        return s.size() < 2 ? GraphErrors::methodNotAllowed(context.request, {})
                            : GraphErrors::segmentNotFound(context.request, s.at(2));
    }
    if (context.method() != "GET") {
        return onlyGet(context);
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadUsers)) {
        return *denied;
    }
    const auto object = context.store.directoryObject(s.at(1));
    if (!object) {
        return GraphErrors::notFound(context.request, s.at(1));
    }
    return GraphCollection::entity(context, QStringLiteral("directoryObjects"), *object);
}

QJsonObject GraphDirectoryEndpoints::organizationObject(const GraphContext& context)
{
    const QJsonObject tenant = context.store.tenant();
    // A fixture may carry the whole organization object; otherwise it is built from tenant {id, displayName,
    // defaultDomain, verifiedDomains[] as names}, in the shape of Graph's GET /organization example.
    QJsonObject org = tenant.value(QStringLiteral("organization")).toObject();
    const QString defaultDomain = tenant.value(QStringLiteral("defaultDomain")).toString();
    QJsonArray domains;
    for (const auto& d : tenant.value(QStringLiteral("verifiedDomains")).toArray()) {
        if (d.isObject()) {
            domains.append(d);
            continue;
        }
        const QString name = d.toString();
        const bool initial = name.endsWith(QLatin1String(".onmicrosoft.com"), Qt::CaseInsensitive);
        domains.append(QJsonObject {
            {QStringLiteral("capabilities"),
             initial ? QStringLiteral("Email, OfficeCommunicationsOnline") : QStringLiteral("Email")},
            {QStringLiteral("isDefault"), name.compare(defaultDomain, Qt::CaseInsensitive) == 0},
            {QStringLiteral("isInitial"), initial},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("Managed")},
        });
    }
    const QJsonObject defaults {
        {QStringLiteral("id"), context.store.tenantId()},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("displayName"), tenant.value(QStringLiteral("displayName"))},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
        {QStringLiteral("countryLetterCode"), QStringLiteral("US")},
        {QStringLiteral("preferredLanguage"), QStringLiteral("en")},
        {QStringLiteral("createdDateTime"), QStringLiteral("2019-03-14T09:00:00Z")},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("technicalNotificationMails"), QJsonArray()},
        {QStringLiteral("assignedPlans"), QJsonArray()},
        {QStringLiteral("provisionedPlans"), QJsonArray()},
        {QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null},
        {QStringLiteral("verifiedDomains"), domains},
    };
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (!org.contains(it.key())) {
            org.insert(it.key(), it.value());
        }
    }
    return org;
}

SandboxResponse GraphDirectoryEndpoints::organization(const GraphContext& context)
{
    // GET /organization (a collection of one) and GET /organization/{id}; any signed-in user may read it (User.Read).
    const QStringList& s = context.segments;
    const auto first = GraphContext::split(s.first());
    const QString key = first.hasKey ? first.key : s.value(1);
    const QStringList rest = s.mid(first.hasKey ? 1 : 2);
    if (!rest.isEmpty()) {
        return GraphErrors::segmentNotFound(context.request, rest.first());
    }
    if (context.method() != "GET") {
        return onlyGet(context);
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadSelf)) {
        return *denied;
    }
    const QJsonObject org = organizationObject(context);
    if (key.isEmpty()) {
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::organization();
        spec.context = QStringLiteral("organization");
        return GraphCollection::list(context, spec, {org});
    }
    if (key.compare(context.store.tenantId(), Qt::CaseInsensitive) != 0) {
        return GraphErrors::notFound(context.request, key);
    }
    return GraphCollection::entity(context, QStringLiteral("organization"), org, 200, &GraphSchema::organization());
}
