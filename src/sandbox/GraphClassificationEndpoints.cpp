#include "GraphClassificationEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphPermissionRules.h"
#include "TenantStore.h"

#include <QJsonArray>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kResource = QStringLiteral("DelegatedPermissionClassification");
const QStringList kClassifications {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};

// The type's properties; Graph documents no $filter on any of them.
const ODataEntityType& classificationType()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.delegatedPermissionClassification"),
                          QStringLiteral("DelegatedPermissionClassification"),
                          false);
        t.add(QStringLiteral("id"), ODataEntityType::Type::String)
            .add(QStringLiteral("classification"), ODataEntityType::Type::String)
            .add(QStringLiteral("permissionId"), ODataEntityType::Type::String)
            .add(QStringLiteral("permissionName"), ODataEntityType::Type::String);
        return t;
    }();
    return type;
}

// Graph's ids for these are short opaque strings ("2G3-4TG6YU2J54hjnaRoPQE").
QString newClassificationId()
{
    return TenantStore::newOpaqueId().left(23);
}

} // namespace

SandboxResponse GraphClassificationEndpoints::handle(const GraphContext& context,
                                                     const QJsonObject& servicePrincipal,
                                                     const QString& base,
                                                     const QStringList& rest)
{
    const QString spId = servicePrincipal.value(QStringLiteral("id")).toString();
    const QString fragment = base + QStringLiteral("/delegatedPermissionClassifications");
    const QByteArray method = context.method();
    if (rest.size() > 2) {
        return GraphErrors::segmentNotFound(context.request, rest.at(2));
    }
    if (rest.size() == 2 && rest.at(1) != QLatin1String("$count")) {
        if (method != "DELETE") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("DELETE")});
        }
        if (auto denied = GraphPermissionRules::check(context, Op::WritePermissionClassifications)) {
            return *denied;
        }
        if (!context.store.removeClassification(spId, rest.at(1))) {
            return GraphErrors::notFound(context.request, rest.at(1));
        }
        SandboxResponse response = SandboxResponse::noContent();
        GraphErrors::addDiagnosticHeaders(response, context.request);
        return response;
    }
    if (method == "POST" && rest.size() == 1) {
        return create(context, servicePrincipal, fragment);
    }
    if (method != "GET") {
        return GraphErrors::methodNotAllowed(context.request,
                                             rest.size() == 1
                                                 ? QStringList {QStringLiteral("GET"), QStringLiteral("POST")}
                                                 : QStringList {QStringLiteral("GET")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadApplications)) {
        return *denied;
    }
    GraphCollection::Spec spec;
    spec.type = &classificationType();
    spec.context = fragment;
    spec.countSegment = rest.size() == 2;
    return GraphCollection::list(context, spec, context.store.classifications(spId));
}

SandboxResponse GraphClassificationEndpoints::create(const GraphContext& context,
                                                     const QJsonObject& servicePrincipal,
                                                     const QString& contextFragment)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WritePermissionClassifications)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        static const QStringList known {
            QStringLiteral("permissionId"), QStringLiteral("permissionName"), QStringLiteral("classification")};
        if (it.key() == QLatin1String("id")) {
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("Property 'id' is read-only and cannot be set."));
        }
        if (!it.key().startsWith(QLatin1Char('@')) && !known.contains(it.key())) {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral(
                    "Property '%1' does not exist on type 'microsoft.graph.delegatedPermissionClassification'.")
                    .arg(it.key()));
        }
    }
    const QJsonValue permissionId = body.value(QStringLiteral("permissionId"));
    const QJsonValue permissionName = body.value(QStringLiteral("permissionName"));
    const QString classification = body.value(QStringLiteral("classification")).toString();
    if (!permissionId.isString() || permissionId.toString().isEmpty()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("permissionId"), kResource);
    }
    if (!kClassifications.contains(classification)) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("classification"), kResource);
    }
    if (!permissionName.isUndefined() && !permissionName.isNull() && !permissionName.isString()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("permissionName"), kResource);
    }
    QJsonObject scope;
    for (const auto& s : servicePrincipal.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        const QJsonObject candidate = s.toObject();
        if (candidate.value(QStringLiteral("id")).toString().compare(permissionId.toString(), Qt::CaseInsensitive)
            == 0) {
            scope = candidate;
        }
    }
    if (scope.isEmpty() || !scope.value(QStringLiteral("isEnabled")).toBool(true)) {
        return GraphErrors::badRequest(
            context.request,
            QStringLiteral("Permission '%1' is not a delegated permission published by this service principal.")
                .arg(permissionId.toString()));
    }
    const QString value = scope.value(QStringLiteral("value")).toString();
    if (permissionName.isString() && permissionName.toString().compare(value, Qt::CaseInsensitive) != 0) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("permissionName"), kResource);
    }
    if (scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin")) {
        return GraphErrors::badRequest(
            context.request,
            QStringLiteral("Permission '%1' requires admin consent; only delegated permissions users can consent to "
                           "can be classified.")
                .arg(value));
    }
    const QString spId = servicePrincipal.value(QStringLiteral("id")).toString();
    for (const auto& existing : context.store.classifications(spId)) {
        if (existing.value(QStringLiteral("permissionId"))
                .toString()
                .compare(permissionId.toString(), Qt::CaseInsensitive)
            == 0) {
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("Permission '%1' already has a classification.").arg(value));
        }
    }
    const QJsonObject created {
        {QStringLiteral("id"), newClassificationId()},
        {QStringLiteral("permissionId"), scope.value(QStringLiteral("id")).toString()},
        {QStringLiteral("permissionName"), value},
        {QStringLiteral("classification"), classification},
    };
    context.store.putClassification(spId, created);
    return GraphCollection::entity(context, contextFragment, created, 201);
}
