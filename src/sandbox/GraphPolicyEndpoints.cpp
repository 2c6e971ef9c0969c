#include "GraphPolicyEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QRegularExpression>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kAdminConsentRequestPolicy = QStringLiteral("adminConsentRequestPolicy");
const QString kAuthorizationPolicy = QStringLiteral("authorizationPolicy");
const QString kBetaAssigned = QStringLiteral("permissionGrantPolicyIdsAssignedToDefaultUserRole");
const QString kDefaultUserRolePermissions = QStringLiteral("defaultUserRolePermissions");
const QString kAssigned = QStringLiteral("permissionGrantPoliciesAssigned");

SandboxResponse noContent(const GraphContext& context)
{
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}

// Beta shows the assigned permission grant policies at the top level.
QJsonObject authorizationPolicyFor(const GraphContext& context)
{
    QJsonObject policy = context.store.policy(kAuthorizationPolicy);
    if (context.isBeta()) {
        policy.insert(kBetaAssigned, policy.value(kDefaultUserRolePermissions).toObject().value(kAssigned));
    }
    return policy;
}

bool reviewerExists(const GraphContext& context, const QString& rawQuery)
{
    static const QRegularExpression prefix(QStringLiteral("^(https?://[^/]+)?(/(v1\\.0|beta))?"));
    static const QRegularExpression object(QStringLiteral("^/(users|groups|directoryRoles)/([^/?]+)"));
    QString query = rawQuery;
    query.remove(prefix);
    const auto m = object.match(query);
    if (!m.hasMatch()) {
        // Role-assignment filters and other MicrosoftGraph queries are kept as given.
        return query.startsWith(QLatin1Char('/'));
    }
    const QString kind = m.captured(1);
    const QString id = m.captured(2);
    if (kind == QLatin1String("users")) {
        return context.store.userByIdOrUpn(id).has_value();
    }
    return context.store.get(kind, id).has_value();
}

} // namespace

std::optional<SandboxResponse> GraphPolicyEndpoints::handle(const GraphContext& context)
{
    const QStringList& s = context.segments;
    if (s.first() == QLatin1String("identity")) {
        return conditionalAccess(context);
    }
    if (s.first() != QLatin1String("policies")) {
        return std::nullopt;
    }
    if (s.size() == 1) {
        return GraphErrors::noHttpResource(context.request);
    }
    const QString kind = s.at(1);
    if (kind == kAdminConsentRequestPolicy) {
        return adminConsentRequestPolicy(context, s.mid(2));
    }
    if (kind == kAuthorizationPolicy) {
        return authorizationPolicy(context, s.mid(2));
    }
    if (kind == QLatin1String("permissionGrantPolicies")) {
        return permissionGrantPolicies(context, s.mid(2));
    }
    return GraphErrors::segmentNotFound(context.request, kind);
}

SandboxResponse GraphPolicyEndpoints::adminConsentRequestPolicy(const GraphContext& context, const QStringList& rest)
{
    if (!rest.isEmpty()) {
        return GraphErrors::segmentNotFound(context.request, rest.first());
    }
    const QByteArray method = context.method();
    if (method == "PUT") {
        return putAdminConsentRequestPolicy(context);
    }
    if (method != "GET") {
        // Graph updates this policy with PUT only.
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("PUT")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadConsentPolicy)) {
        return *denied;
    }
    return GraphCollection::entity(context,
                                   QStringLiteral("policies/adminConsentRequestPolicy"),
                                   context.store.policy(kAdminConsentRequestPolicy));
}

SandboxResponse GraphPolicyEndpoints::putAdminConsentRequestPolicy(const GraphContext& context)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteConsentPolicy)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const QString resource = QStringLiteral("AdminConsentRequestPolicy");
    // A PUT replaces the policy: the booleans are required, the rest checked when given.
    for (const auto& name :
         {QStringLiteral("isEnabled"), QStringLiteral("notifyReviewers"), QStringLiteral("remindersEnabled")}) {
        if (!body.value(name).isBool()) {
            return GraphErrors::invalidProperty(context.request, name, resource);
        }
    }
    const QJsonValue duration = body.value(QStringLiteral("requestDurationInDays"));
    if (!duration.isUndefined()) {
        const double days = duration.toDouble(-1);
        if (!duration.isDouble() || days != double(int(days)) || days < 0 || days > 30) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("requestDurationInDays"), resource);
        }
    }
    const QJsonValue reviewersValue = body.value(QStringLiteral("reviewers"));
    if (!reviewersValue.isUndefined() && !reviewersValue.isArray() && !reviewersValue.isNull()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("reviewers"), resource);
    }
    QJsonArray reviewers;
    for (const auto& r : reviewersValue.toArray()) {
        const QJsonObject reviewer = r.toObject();
        const QString query = reviewer.value(QStringLiteral("query")).toString();
        if (query.isEmpty() || !reviewerExists(context, query)) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("reviewers"), resource);
        }
        reviewers.append(QJsonObject {
            {QStringLiteral("query"), query},
            {QStringLiteral("queryType"),
             reviewer.value(QStringLiteral("queryType")).toString(QStringLiteral("MicrosoftGraph"))},
            {QStringLiteral("queryRoot"),
             reviewer.value(QStringLiteral("queryRoot")).isString() ? reviewer.value(QStringLiteral("queryRoot"))
                                                                    : QJsonValue(QJsonValue::Null)},
        });
    }
    if (body.value(QStringLiteral("isEnabled")).toBool() && reviewers.isEmpty()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("reviewers"), resource);
    }
    const QJsonObject old = context.store.policy(kAdminConsentRequestPolicy);
    const QJsonObject policy {
        {QStringLiteral("isEnabled"), body.value(QStringLiteral("isEnabled"))},
        {QStringLiteral("notifyReviewers"), body.value(QStringLiteral("notifyReviewers"))},
        {QStringLiteral("remindersEnabled"), body.value(QStringLiteral("remindersEnabled"))},
        {QStringLiteral("requestDurationInDays"), duration.isUndefined() ? QJsonValue(30) : duration},
        {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("version"), old.value(QStringLiteral("version")).toInt(0) + 1},
    };
    context.store.setPolicy(kAdminConsentRequestPolicy, policy);
    return noContent(context);
}

SandboxResponse GraphPolicyEndpoints::authorizationPolicy(const GraphContext& context, const QStringList& rest)
{
    // v1.0: /policies/authorizationPolicy is the object. Beta: it is a collection of one, and
    // /policies/authorizationPolicy/authorizationPolicy the object.
    const bool byId = rest.size() == 1 && rest.first() == kAuthorizationPolicy;
    if (!rest.isEmpty() && !byId) {
        return rest.size() == 1 ? GraphErrors::notFound(context.request, rest.first())
                                : GraphErrors::segmentNotFound(context.request, rest.at(1));
    }
    const QByteArray method = context.method();
    if (method == "PATCH" && (byId || !context.isBeta())) {
        return patchAuthorizationPolicy(context);
    }
    if (method != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("PATCH")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadAuthorizationPolicy)) {
        return *denied;
    }
    const QJsonObject policy = authorizationPolicyFor(context);
    if (context.isBeta() && !byId) {
        return GraphCollection::ok(
            context,
            QJsonObject {
                {QStringLiteral("@odata.context"), context.metadata(QStringLiteral("policies/authorizationPolicy"))},
                {QStringLiteral("value"),
                 QJsonArray {GraphCollection::select(policy, ODataQueryOptions::parseSelect(context.request.query))}}});
    }
    return GraphCollection::entity(context, QStringLiteral("policies/authorizationPolicy"), policy);
}

SandboxResponse GraphPolicyEndpoints::patchAuthorizationPolicy(const GraphContext& context)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteAuthorizationPolicy)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const QString resource = QStringLiteral("AuthorizationPolicy");
    static const QHash<QString, QJsonValue::Type> simple {
        {QStringLiteral("displayName"), QJsonValue::String},
        {QStringLiteral("description"), QJsonValue::String},
        {QStringLiteral("allowUserConsentForRiskyApps"), QJsonValue::Bool},
        {QStringLiteral("allowInvitesFrom"), QJsonValue::String},
        {QStringLiteral("allowedToSignUpEmailBasedSubscriptions"), QJsonValue::Bool},
        {QStringLiteral("allowedToUseSSPR"), QJsonValue::Bool},
        {QStringLiteral("allowEmailVerifiedUsersToJoinOrganization"), QJsonValue::Bool},
        {QStringLiteral("blockMsolPowerShell"), QJsonValue::Bool},
        {QStringLiteral("guestUserRoleId"), QJsonValue::String},
    };
    QJsonObject policy = context.store.policy(kAuthorizationPolicy);
    QJsonObject permissions = policy.value(kDefaultUserRolePermissions).toObject();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString& key = it.key();
        if (key.startsWith(QLatin1Char('@'))) {
            continue;
        }
        if (key == kDefaultUserRolePermissions) {
            if (!it.value().isObject()) {
                return GraphErrors::invalidProperty(context.request, key, resource);
            }
            // Merged per property; the assigned list itself is replaced (read it first to keep other entries).
            const QJsonObject patch = it.value().toObject();
            for (auto p = patch.constBegin(); p != patch.constEnd(); ++p) {
                if (p.key() == kAssigned && !p.value().isArray()) {
                    return GraphErrors::invalidProperty(context.request, kAssigned, resource);
                }
                permissions.insert(p.key(), p.value());
            }
        } else if (key == kBetaAssigned && context.isBeta()) {
            if (!it.value().isArray()) {
                return GraphErrors::invalidProperty(context.request, key, resource);
            }
            permissions.insert(kAssigned, it.value());
        } else if (simple.contains(key)) {
            if (it.value().type() != simple.value(key)) {
                return GraphErrors::invalidProperty(context.request, key, resource);
            }
            policy.insert(key, it.value());
        } else if (key == QLatin1String("id")) {
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("Property 'id' is read-only and cannot be set."));
        } else {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("Property '%1' does not exist on type 'microsoft.graph.authorizationPolicy'.").arg(key));
        }
    }
    for (const auto& v : permissions.value(kAssigned).toArray()) {
        if (!v.isString()) {
            return GraphErrors::invalidProperty(context.request, kAssigned, resource);
        }
    }
    policy.insert(kDefaultUserRolePermissions, permissions);
    context.store.setPolicy(kAuthorizationPolicy, policy);
    return noContent(context);
}

SandboxResponse GraphPolicyEndpoints::permissionGrantPolicies(const GraphContext& context, const QStringList& rest)
{
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadPermissionGrantPolicies)) {
        return *denied;
    }
    QList<QJsonObject> policies;
    for (const auto& p : context.store.permissionGrantPolicies()) {
        policies.append(p.toObject());
    }
    GraphCollection::Spec spec;
    spec.type = &GraphSchema::permissionGrantPolicy();
    spec.context = QStringLiteral("policies/permissionGrantPolicies");
    if (rest.isEmpty() || (rest.size() == 1 && rest.first() == QLatin1String("$count"))) {
        spec.countSegment = !rest.isEmpty();
        return GraphCollection::list(context, spec, policies);
    }
    const auto key = GraphContext::split(rest.first());
    const QString id = key.hasKey ? key.key : rest.first();
    std::optional<QJsonObject> policy;
    for (const auto& p : policies) {
        if (p.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0) {
            policy = p;
        }
    }
    if (rest.size() > 2
        || (rest.size() == 2 && rest.at(1) != QLatin1String("includes") && rest.at(1) != QLatin1String("excludes"))) {
        return GraphErrors::segmentNotFound(context.request, rest.last());
    }
    if (!policy) {
        return GraphErrors::notFound(context.request, id);
    }
    if (rest.size() == 1) {
        return GraphCollection::entity(context, spec.context, *policy);
    }
    QList<QJsonObject> sets;
    for (const auto& set : policy->value(rest.at(1)).toArray()) {
        sets.append(set.toObject());
    }
    GraphCollection::Spec setSpec;
    setSpec.type = &GraphSchema::permissionGrantConditionSet();
    setSpec.context = spec.context + QStringLiteral("('%1')/").arg(id) + rest.at(1);
    return GraphCollection::list(context, setSpec, sets);
}

SandboxResponse GraphPolicyEndpoints::conditionalAccess(const GraphContext& context)
{
    const QStringList& s = context.segments;
    if (s.size() < 2 || s.at(1) != QLatin1String("conditionalAccess")) {
        return s.size() < 2 ? GraphErrors::noHttpResource(context.request)
                            : GraphErrors::segmentNotFound(context.request, s.at(1));
    }
    if (s.size() < 3 || s.at(2) != QLatin1String("policies")) {
        return s.size() < 3 ? GraphErrors::noHttpResource(context.request)
                            : GraphErrors::segmentNotFound(context.request, s.at(2));
    }
    if (s.size() > 4) {
        return GraphErrors::segmentNotFound(context.request, s.at(4));
    }
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadConditionalAccess)) {
        return *denied;
    }
    const QString collection = QStringLiteral("conditionalAccessPolicies");
    const QString fragment = QStringLiteral("identity/conditionalAccess/policies");
    if (s.size() == 3 || s.at(3) == QLatin1String("$count")) {
        GraphCollection::Spec spec;
        spec.type = &GraphSchema::conditionalAccessPolicy();
        spec.context = fragment;
        spec.countSegment = s.size() == 4;
        return GraphCollection::list(context, spec, context.store.list(collection));
    }
    const auto policy = context.store.get(collection, s.at(3));
    if (!policy) {
        return GraphErrors::notFound(context.request, s.at(3));
    }
    return GraphCollection::entity(context, fragment, *policy);
}
