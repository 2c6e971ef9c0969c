#include "GraphGrantEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphNavigation.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kGrants = QStringLiteral("oauth2PermissionGrants");
const QString kResource = QStringLiteral("OAuth2PermissionGrant");

QStringList scopeValues(const QString& scope)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return scope.split(whitespace, Qt::SkipEmptyParts);
}

} // namespace

std::optional<SandboxResponse> GraphGrantEndpoints::handle(const GraphContext& context)
{
    const QStringList& s = context.segments;
    const auto first = GraphContext::split(s.first());
    if (first.name != kGrants) {
        return std::nullopt;
    }
    const QByteArray method = context.method();
    if (!first.hasKey && s.size() == 1) {
        if (method == "POST") {
            return create(context);
        }
        if (method != "GET") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("POST")});
        }
        return list(context, false);
    }
    if (!first.hasKey && s.size() == 2 && s.at(1) == QLatin1String("$count")) {
        if (method != "GET") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
        }
        return list(context, true);
    }
    const QString id = first.hasKey ? first.key : s.at(1);
    const QStringList rest = s.mid(first.hasKey ? 1 : 2);
    if (!rest.isEmpty()) {
        return GraphErrors::segmentNotFound(context.request, rest.first());
    }
    if (method != "GET" && method != "PATCH" && method != "DELETE") {
        return GraphErrors::methodNotAllowed(
            context.request, {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    }
    if (auto denied = GraphPermissionRules::check(context, method == "GET" ? Op::ReadGrants : Op::WriteGrants)) {
        return *denied;
    }
    const auto grant = context.store.get(kGrants, id);
    if (!grant) {
        return GraphErrors::notFound(context.request, id);
    }
    if (method == "GET") {
        return GraphCollection::entity(context, kGrants, *grant);
    }
    if (method == "PATCH") {
        return update(context, *grant);
    }
    context.store.remove(kGrants, grant->value(QStringLiteral("id")).toString());
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}

SandboxResponse GraphGrantEndpoints::list(const GraphContext& context, bool countSegment)
{
    if (auto denied = GraphPermissionRules::check(context, Op::ReadGrants)) {
        return *denied;
    }
    GraphCollection::Spec spec;
    spec.type = &GraphSchema::oauth2PermissionGrant();
    spec.context = kGrants;
    spec.countSegment = countSegment;
    ODataQueryOptions options;
    if (auto failure = GraphCollection::parse(context, spec, &options)) {
        return *failure;
    }
    // Narrow by the most selective indexed equality; the filter still runs over the candidates.
    if (options.filter) {
        if (const auto v = ODataEvaluator::equalityConstraint(*options.filter, QStringLiteral("principalId"))) {
            return GraphCollection::respond(context, spec, options, context.store.grantsByPrincipal(*v));
        }
        if (const auto v = ODataEvaluator::equalityConstraint(*options.filter, QStringLiteral("clientId"))) {
            return GraphCollection::respond(context, spec, options, context.store.grantsByClient(*v));
        }
        if (const auto v = ODataEvaluator::equalityConstraint(*options.filter, QStringLiteral("resourceId"))) {
            return GraphCollection::respond(context, spec, options, context.store.grantsByResource(*v));
        }
    }
    return GraphCollection::respond(context, spec, options, context.store.list(kGrants));
}

std::optional<SandboxResponse>
GraphGrantEndpoints::checkScope(const GraphContext& context, const QJsonValue& scope, const QJsonObject& resource)
{
    if (!scope.isString() || scope.toString().size() > 3850) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("scope"), kResource);
    }
    QSet<QString> published;
    for (const auto& s : resource.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        published.insert(s.toObject().value(QStringLiteral("value")).toString().toLower());
    }
    const QStringList values = scopeValues(scope.toString());
    if (values.isEmpty()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("scope"), kResource);
    }
    for (const auto& value : values) {
        if (!published.contains(value.toLower())) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("scope"), kResource);
        }
    }
    return std::nullopt;
}

SandboxResponse GraphGrantEndpoints::create(const GraphContext& context)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteGrants)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    static const QStringList known {QStringLiteral("clientId"),
                                    QStringLiteral("consentType"),
                                    QStringLiteral("principalId"),
                                    QStringLiteral("resourceId"),
                                    QStringLiteral("scope"),
                                    QStringLiteral("startTime"),
                                    QStringLiteral("expiryTime")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key()) && !it.key().startsWith(QLatin1Char('@'))) {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.oAuth2PermissionGrant'.")
                    .arg(it.key()));
        }
    }
    const QString servicePrincipals = QStringLiteral("servicePrincipals");
    const auto client = context.store.get(servicePrincipals, body.value(QStringLiteral("clientId")).toString());
    if (!client) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("clientId"), kResource);
    }
    const auto resource = context.store.get(servicePrincipals, body.value(QStringLiteral("resourceId")).toString());
    if (!resource) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("resourceId"), kResource);
    }
    const QString consentType = body.value(QStringLiteral("consentType")).toString();
    QJsonValue principal = QJsonValue::Null;
    if (consentType == QLatin1String("Principal")) {
        const auto user
            = context.store.get(QStringLiteral("users"), body.value(QStringLiteral("principalId")).toString());
        if (!user) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("principalId"), kResource);
        }
        principal = user->value(QStringLiteral("id"));
    } else if (consentType == QLatin1String("AllPrincipals")) {
        if (!body.value(QStringLiteral("principalId")).isNull()
            && !body.value(QStringLiteral("principalId")).isUndefined()) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("principalId"), kResource);
        }
    } else {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("consentType"), kResource);
    }
    if (auto invalid = checkScope(context, body.value(QStringLiteral("scope")), *resource)) {
        return *invalid;
    }
    const QString clientId = client->value(QStringLiteral("id")).toString();
    const QString resourceId = resource->value(QStringLiteral("id")).toString();
    for (const auto& existing : context.store.grantsByClient(clientId)) {
        if (existing.value(QStringLiteral("resourceId")).toString() == resourceId
            && existing.value(QStringLiteral("consentType")).toString() == consentType
            && existing.value(QStringLiteral("principalId"))
                       .toString()
                       .compare(principal.toString(), Qt::CaseInsensitive)
                   == 0) {
            return GraphErrors::error(context.request,
                                      409,
                                      QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                                      QStringLiteral("Permission entry already exists."));
        }
    }
    const QJsonObject grant {
        {QStringLiteral("id"), GraphNavigation::grantId(clientId, resourceId, principal.toString())},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("consentType"), consentType},
        {QStringLiteral("principalId"), principal},
        {QStringLiteral("resourceId"), resourceId},
        {QStringLiteral("scope"), body.value(QStringLiteral("scope")).toString()},
    };
    context.store.put(kGrants, grant);
    return GraphCollection::entity(context, kGrants, grant, 201);
}

SandboxResponse GraphGrantEndpoints::update(const GraphContext& context, const QJsonObject& grant)
{
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    QJsonObject updated = grant;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("scope")) {
            const auto resource = context.store.get(QStringLiteral("servicePrincipals"),
                                                    grant.value(QStringLiteral("resourceId")).toString());
            if (auto invalid = checkScope(context, it.value(), resource.value_or(QJsonObject()))) {
                return *invalid;
            }
            updated.insert(key, it.value());
        } else if (key == QLatin1String("startTime") || key == QLatin1String("expiryTime")
                   || key.startsWith(QLatin1Char('@'))) {
            continue; // legacy properties Graph accepts and ignores
        } else if (grant.contains(key)) {
            if (grant.value(key) != it.value()) {
                return GraphErrors::badRequest(
                    context.request, QStringLiteral("Property '%1' is read-only and cannot be set.").arg(key));
            }
        } else {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.oAuth2PermissionGrant'.")
                    .arg(key));
        }
    }
    context.store.put(kGrants, updated);
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}
