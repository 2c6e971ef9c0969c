#include "GraphNavigation.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "TenantStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <algorithm>

using Op = GraphPermissionRules::Operation;

const QString GraphNavigation::kMicrosoftGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");

namespace {

const QString kServicePrincipals = QStringLiteral("servicePrincipals");
const QString kAssignments = QStringLiteral("appRoleAssignments");

const ODataEntityType* castType(const QString& cast)
{
    if (cast == QLatin1String("microsoft.graph.user")) {
        return &GraphSchema::user();
    }
    if (cast == QLatin1String("microsoft.graph.group")) {
        return &GraphSchema::group();
    }
    if (cast == QLatin1String("microsoft.graph.servicePrincipal")) {
        return &GraphSchema::servicePrincipal();
    }
    if (cast == QLatin1String("microsoft.graph.directoryRole")) {
        return &GraphSchema::directoryRole();
    }
    return nullptr;
}

QString principalType(const QJsonObject& object)
{
    const QString type = object.value(QStringLiteral("@odata.type")).toString();
    if (type == QLatin1String("#microsoft.graph.user")) {
        return QStringLiteral("User");
    }
    if (type == QLatin1String("#microsoft.graph.group")) {
        return QStringLiteral("Group");
    }
    if (type == QLatin1String("#microsoft.graph.servicePrincipal")) {
        return QStringLiteral("ServicePrincipal");
    }
    return QString();
}

std::optional<QStringList>
idList(const GraphContext& context, const QString& name, std::optional<SandboxResponse>* failure)
{
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        *failure = GraphErrors::invalidJson(context.request);
        return std::nullopt;
    }
    const QJsonValue value = body.value(name);
    if (!value.isArray()) {
        *failure = GraphErrors::badRequest(context.request,
                                           QStringLiteral("The request body must contain an array '%1'.").arg(name));
        return std::nullopt;
    }
    QStringList ids;
    for (const auto& v : value.toArray()) {
        if (!v.isString()) {
            *failure = GraphErrors::badRequest(context.request, QStringLiteral("'%1' must contain strings.").arg(name));
            return std::nullopt;
        }
        ids.append(v.toString());
    }
    if (ids.size() > 20) {
        *failure = GraphErrors::badRequest(
            context.request, QStringLiteral("The number of values in '%1' exceeds the maximum of 20.").arg(name));
        return std::nullopt;
    }
    return ids;
}

} // namespace

QByteArray GraphNavigation::guidBytes(const QString& guid)
{
    const QUuid uuid = QUuid::fromString(guid);
    QByteArray bytes = uuid.toRfc4122();
    if (uuid.isNull() || bytes.size() != 16) {
        return QByteArray(16, '\0');
    }
    // RFC 4122 is big-endian; .NET stores the first three fields little-endian.
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

QString GraphNavigation::grantId(const QString& clientId, const QString& resourceId, const QString& principalId)
{
    QByteArray bytes = guidBytes(clientId) + guidBytes(resourceId);
    if (!principalId.isEmpty()) {
        bytes += guidBytes(principalId);
    }
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString GraphNavigation::assignmentId(const QString& principalId)
{
    QByteArray bytes = guidBytes(principalId);
    for (int i = 0; i < 16; ++i) {
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    }
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool GraphNavigation::isGraphResource(const QJsonObject& servicePrincipal)
{
    return servicePrincipal.value(QStringLiteral("appId")).toString().compare(kMicrosoftGraphAppId, Qt::CaseInsensitive)
           == 0;
}

SandboxResponse GraphNavigation::directoryObjects(const GraphContext& context,
                                                  const QStringList& ids,
                                                  const QString& contextFragment,
                                                  const QStringList& rest)
{
    QStringList remaining = rest;
    const ODataEntityType* type = &GraphSchema::directoryObject();
    QString fragment = contextFragment;
    QString wantedType;
    if (!remaining.isEmpty() && remaining.first().startsWith(QLatin1String("microsoft.graph."))) {
        type = castType(remaining.first());
        if (!type) {
            return GraphErrors::segmentNotFound(context.request, remaining.first());
        }
        wantedType = QLatin1Char('#') + remaining.first();
        fragment += QLatin1Char('/') + remaining.first();
        remaining.removeFirst();
    }
    GraphCollection::Spec spec;
    spec.type = type;
    spec.context = fragment;
    if (!remaining.isEmpty()) {
        if (remaining.size() == 1 && remaining.first() == QLatin1String("$count")) {
            spec.countSegment = true;
        } else {
            return GraphErrors::segmentNotFound(context.request, remaining.first());
        }
    }
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    QList<QJsonObject> items;
    items.reserve(ids.size());
    for (const auto& id : ids) {
        if (auto object = context.store.directoryObject(id)) {
            if (wantedType.isEmpty() || object->value(QStringLiteral("@odata.type")).toString() == wantedType) {
                items.append(*object);
            }
        }
    }
    return GraphCollection::list(context, spec, items);
}

QStringList GraphNavigation::memberOfIds(const GraphContext& context, const QString& principalId, bool transitive)
{
    QStringList ids
        = transitive ? context.store.transitiveGroupIds(principalId) : context.store.directGroupIds(principalId);
    ids += context.store.directoryRoleIdsOf(principalId);
    return ids;
}

SandboxResponse GraphNavigation::checkMemberGroups(const GraphContext& context, const QString& principalId)
{
    std::optional<SandboxResponse> failure;
    const auto ids = idList(context, QStringLiteral("groupIds"), &failure);
    if (!ids) {
        return *failure;
    }
    const QStringList groups = context.store.transitiveGroupIds(principalId);
    QJsonArray value;
    for (const auto& id : *ids) {
        if (groups.contains(id, Qt::CaseInsensitive)) {
            value.append(id);
        }
    }
    return GraphCollection::ok(
        context,
        QJsonObject {{QStringLiteral("@odata.context"), context.metadata(QStringLiteral("Collection(Edm.String)"))},
                     {QStringLiteral("value"), value}});
}

SandboxResponse GraphNavigation::checkMemberObjects(const GraphContext& context, const QString& principalId)
{
    std::optional<SandboxResponse> failure;
    const auto ids = idList(context, QStringLiteral("ids"), &failure);
    if (!ids) {
        return *failure;
    }
    // Groups (transitive), directory role ids and role template ids.
    QSet<QString> held;
    for (const auto& id : context.store.transitiveGroupIds(principalId)) {
        held.insert(id.toLower());
    }
    for (const auto& role : context.store.directoryRolesOf(principalId)) {
        held.insert(role.value(QStringLiteral("id")).toString().toLower());
        held.insert(role.value(QStringLiteral("roleTemplateId")).toString().toLower());
    }
    QJsonArray value;
    for (const auto& id : *ids) {
        if (held.contains(id.toLower())) {
            value.append(id);
        }
    }
    return GraphCollection::ok(
        context,
        QJsonObject {{QStringLiteral("@odata.context"), context.metadata(QStringLiteral("Collection(Edm.String)"))},
                     {QStringLiteral("value"), value}});
}

SandboxResponse GraphNavigation::assignments(const GraphContext& context,
                                             const QList<QJsonObject>& items,
                                             const QString& contextFragment,
                                             const QStringList& rest)
{
    GraphCollection::Spec spec;
    spec.type = &GraphSchema::appRoleAssignment();
    spec.context = contextFragment;
    if (!rest.isEmpty()) {
        if (rest.size() == 1 && rest.first() == QLatin1String("$count")) {
            spec.countSegment = true;
        } else {
            return GraphErrors::segmentNotFound(context.request, rest.first());
        }
    }
    return GraphCollection::list(context, spec, items);
}

SandboxResponse GraphNavigation::createAssignment(const GraphContext& context,
                                                  const QString& ownerId,
                                                  bool ownerIsResource,
                                                  const QString& contextFragment)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteAppRoleAssignments)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const QString resource = QStringLiteral("AppRoleAssignment");
    const QString principalId = body.value(QStringLiteral("principalId")).toString();
    const QString resourceId = body.value(QStringLiteral("resourceId")).toString();
    const QString appRoleId = body.value(QStringLiteral("appRoleId")).toString();
    for (const auto& [name, value] : {std::pair {QStringLiteral("principalId"), principalId},
                                      std::pair {QStringLiteral("resourceId"), resourceId},
                                      std::pair {QStringLiteral("appRoleId"), appRoleId}}) {
        if (QUuid::fromString(value).isNull() && value != QLatin1String("00000000-0000-0000-0000-000000000000")) {
            return GraphErrors::invalidProperty(context.request, name, resource);
        }
    }
    if (ownerIsResource && resourceId.compare(ownerId, Qt::CaseInsensitive) != 0) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("resourceId"), resource);
    }
    if (!ownerIsResource && principalId.compare(ownerId, Qt::CaseInsensitive) != 0) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("principalId"), resource);
    }
    const auto resourceSp = context.store.get(kServicePrincipals, resourceId);
    if (!resourceSp) {
        return GraphErrors::notFound(context.request, resourceId);
    }
    // Microsoft Graph's own app roles (application permissions) need Privileged Role Administrator or Global Admin.
    if (isGraphResource(*resourceSp)) {
        if (auto denied = GraphPermissionRules::check(context, Op::WriteGraphAppRoleAssignments)) {
            return *denied;
        }
    }
    const auto principal = context.store.directoryObject(principalId);
    const QString type = principal ? principalType(*principal) : QString();
    if (type.isEmpty()) {
        return GraphErrors::notFound(context.request, principalId);
    }
    const QJsonArray roles = resourceSp->value(QStringLiteral("appRoles")).toArray();
    const bool defaultAccess = QUuid::fromString(appRoleId).isNull();
    QJsonObject role;
    for (const auto& r : roles) {
        if (r.toObject().value(QStringLiteral("id")).toString().compare(appRoleId, Qt::CaseInsensitive) == 0) {
            role = r.toObject();
        }
    }
    const QString appId = resourceSp->value(QStringLiteral("appId")).toString();
    if (role.isEmpty() && !(defaultAccess && type != QLatin1String("ServicePrincipal"))) {
        return GraphErrors::badRequest(
            context.request, QStringLiteral("Permission being assigned was not found on application '%1'.").arg(appId));
    }
    if (!role.isEmpty()) {
        if (!role.value(QStringLiteral("isEnabled")).toBool(true)) {
            return GraphErrors::badRequest(
                context.request,
                QStringLiteral("Permission being assigned is disabled on application '%1'.").arg(appId));
        }
        const QJsonArray allowed = role.value(QStringLiteral("allowedMemberTypes")).toArray();
        const QString needed
            = type == QLatin1String("ServicePrincipal") ? QStringLiteral("Application") : QStringLiteral("User");
        if (!allowed.contains(QJsonValue(needed))) {
            return GraphErrors::badRequest(
                context.request,
                QStringLiteral("The app role '%1' cannot be assigned to a principal of type '%2'.")
                    .arg(role.value(QStringLiteral("value")).toString(), type));
        }
    }
    for (const auto& existing : context.store.assignmentsByPrincipal(principalId)) {
        if (existing.value(QStringLiteral("resourceId")).toString().compare(resourceId, Qt::CaseInsensitive) == 0
            && existing.value(QStringLiteral("appRoleId")).toString().compare(appRoleId, Qt::CaseInsensitive) == 0) {
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("Permission being assigned already exists on the object"));
        }
    }
    const QJsonObject assignment {
        {QStringLiteral("id"), assignmentId(principalId)},
        {QStringLiteral("appRoleId"), appRoleId.toLower()},
        {QStringLiteral("createdDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("principalDisplayName"), principal->value(QStringLiteral("displayName"))},
        {QStringLiteral("principalId"), principal->value(QStringLiteral("id"))},
        {QStringLiteral("principalType"), type},
        {QStringLiteral("resourceDisplayName"), resourceSp->value(QStringLiteral("displayName"))},
        {QStringLiteral("resourceId"), resourceSp->value(QStringLiteral("id"))},
    };
    context.store.put(kAssignments, assignment);
    return GraphCollection::entity(context, contextFragment, assignment, 201);
}

SandboxResponse GraphNavigation::deleteAssignment(const GraphContext& context,
                                                  const QString& ownerId,
                                                  bool ownerIsResource,
                                                  const QString& assignmentId)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteAppRoleAssignments)) {
        return *denied;
    }
    const auto assignment = context.store.get(kAssignments, assignmentId);
    const QString owner
        = assignment ? assignment->value(ownerIsResource ? QStringLiteral("resourceId") : QStringLiteral("principalId"))
                           .toString()
                     : QString();
    if (!assignment || owner.compare(ownerId, Qt::CaseInsensitive) != 0) {
        return GraphErrors::notFound(context.request, assignmentId);
    }
    const auto resourceSp
        = context.store.get(kServicePrincipals, assignment->value(QStringLiteral("resourceId")).toString());
    if (resourceSp && isGraphResource(*resourceSp)) {
        if (auto denied = GraphPermissionRules::check(context, Op::WriteGraphAppRoleAssignments)) {
            return *denied;
        }
    }
    context.store.remove(kAssignments, assignment->value(QStringLiteral("id")).toString());
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}
