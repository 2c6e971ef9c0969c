#include "GraphConsentEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphPermissionRules.h"
#include "GraphSchema.h"
#include "ODataQueryOptions.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QRegularExpression>

using Op = GraphPermissionRules::Operation;

namespace {

const QString kAppConsentRequests = QStringLiteral("appConsentRequests");
const QString kContextRoot = QStringLiteral("identityGovernance/appConsent/appConsentRequests");

QString normaliseReviewerQuery(QString query)
{
    // Portal-made reviewers come as "/beta/…", "/v1.0/…" or absolute Graph URLs.
    static const QRegularExpression prefix(QStringLiteral("^(https?://[^/]+)?(/(v1\\.0|beta))?"));
    query.remove(prefix);
    return query;
}

} // namespace

bool GraphConsentEndpoints::isReviewer(const GraphContext& context)
{
    const QString userId = context.claims.userId;
    if (userId.isEmpty()) {
        return false;
    }
    const QJsonArray reviewers = context.store.policy(QStringLiteral("adminConsentRequestPolicy"))
                                     .value(QStringLiteral("reviewers"))
                                     .toArray();
    static const QRegularExpression users(QStringLiteral("^/users/([^/?]+)"));
    static const QRegularExpression groups(QStringLiteral("^/groups/([^/?]+)"));
    static const QRegularExpression roles(QStringLiteral("^/directoryRoles/([^/?]+)"));
    static const QRegularExpression roleDefinition(QStringLiteral("roleDefinitionId\\s+eq\\s+'([^']+)'"));
    QStringList callerRoleTemplates = context.claims.roleTemplateIds;
    callerRoleTemplates += context.store.directoryRoleTemplateIds(userId);
    for (const auto& r : reviewers) {
        const QString query = normaliseReviewerQuery(r.toObject().value(QStringLiteral("query")).toString());
        QRegularExpressionMatch m;
        if ((m = users.match(query)).hasMatch()) {
            if (m.captured(1).compare(userId, Qt::CaseInsensitive) == 0) {
                return true;
            }
        } else if ((m = groups.match(query)).hasMatch()) {
            if (context.store.transitiveGroupIds(userId).contains(m.captured(1), Qt::CaseInsensitive)) {
                return true;
            }
        } else if ((m = roles.match(query)).hasMatch()) {
            if (context.store.roleMemberIds(m.captured(1)).contains(userId, Qt::CaseInsensitive)) {
                return true;
            }
        } else if ((m = roleDefinition.match(query)).hasMatch()) {
            if (callerRoleTemplates.contains(m.captured(1), Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

std::optional<SandboxResponse> GraphConsentEndpoints::handle(const GraphContext& context)
{
    const QStringList& s = context.segments;
    if (s.first() != QLatin1String("identityGovernance")) {
        return std::nullopt;
    }
    if (s.size() < 2 || s.at(1) != QLatin1String("appConsent")) {
        return s.size() < 2 ? GraphErrors::noHttpResource(context.request)
                            : GraphErrors::segmentNotFound(context.request, s.at(1));
    }
    if (s.size() < 3 || GraphContext::split(s.at(2)).name != kAppConsentRequests) {
        return s.size() < 3 ? GraphErrors::noHttpResource(context.request)
                            : GraphErrors::segmentNotFound(context.request, s.at(2));
    }
    return requests(context, s.mid(2));
}

SandboxResponse GraphConsentEndpoints::requests(const GraphContext& context, const QStringList& rest)
{
    const auto first = GraphContext::split(rest.first());
    QString id;
    QStringList tail;
    if (first.hasKey) {
        id = first.key;
        tail = rest.mid(1);
    } else if (rest.size() > 1) {
        id = rest.at(1);
        tail = rest.mid(2);
    }
    const auto second = GraphContext::split(id);
    const bool filterByCurrentUser = second.name == QLatin1String("filterByCurrentUser");

    // The approval routes the SDKs generate are not served (graph-api.md §1).
    if (tail.size() >= 3 && tail.at(0) == QLatin1String("userConsentRequests")
        && tail.at(2) == QLatin1String("approval")) {
        return GraphErrors::noHttpResource(context.request);
    }
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadConsentRequests)) {
        return *denied;
    }

    GraphCollection::Spec spec;
    spec.type = &GraphSchema::appConsentRequest();
    spec.context = kContextRoot;
    spec.navigation = [&context](const QJsonObject& item, const QString& navigation) {
        QJsonArray result;
        if (navigation.compare(QLatin1String("userConsentRequests"), Qt::CaseInsensitive) == 0) {
            for (const auto& r : context.store.userConsentRequests(item.value(QStringLiteral("id")).toString())) {
                result.append(r);
            }
        }
        return result;
    };
    const QString root = context.graphRoot();
    spec.decorate = [root](const QJsonObject& item) {
        // As in Graph's examples: the navigation is announced but empty; fetch it separately.
        QJsonObject served = item;
        const QString navigationContext = root + QStringLiteral("/$metadata#") + kContextRoot + QStringLiteral("('")
                                          + item.value(QStringLiteral("id")).toString()
                                          + QStringLiteral("')/userConsentRequests");
        served.insert(QStringLiteral("userConsentRequests@odata.context"), navigationContext);
        served.insert(QStringLiteral("userConsentRequests"), QJsonArray());
        return served;
    };

    if (id.isEmpty() || id == QLatin1String("$count")) {
        spec.countSegment = id == QLatin1String("$count");
        return GraphCollection::list(context, spec, context.store.list(kAppConsentRequests));
    }
    if (filterByCurrentUser) {
        if (!tail.isEmpty()) {
            return GraphErrors::segmentNotFound(context.request, tail.first());
        }
        if (second.key != QLatin1String("reviewer")) {
            return GraphErrors::odataBadRequest(
                context.request, QStringLiteral("Invalid value '%1' for parameter 'on'.").arg(second.key));
        }
        if (ODataQueryOptions::value(context.request.query, QStringLiteral("$filter")).trimmed().isEmpty()) {
            return GraphErrors::odataBadRequest(
                context.request, QStringLiteral("The $filter query option is required for this function."));
        }
        spec.context = QStringLiteral("Collection(microsoft.graph.appConsentRequest)");
        return GraphCollection::list(
            context, spec, isReviewer(context) ? context.store.list(kAppConsentRequests) : QList<QJsonObject>());
    }
    const auto request = context.store.get(kAppConsentRequests, id);
    if (tail.isEmpty()) {
        if (!request) {
            return GraphErrors::notFound(context.request, id);
        }
        return GraphCollection::entity(context, kContextRoot, spec.decorate(*request));
    }
    if (tail.first() != QLatin1String("userConsentRequests")) {
        return GraphErrors::segmentNotFound(context.request, tail.first());
    }
    if (!request) {
        return GraphErrors::notFound(context.request, id);
    }
    return userRequests(context, request->value(QStringLiteral("id")).toString(), tail.mid(1));
}

SandboxResponse
GraphConsentEndpoints::userRequests(const GraphContext& context, const QString& appRequestId, const QStringList& rest)
{
    GraphCollection::Spec spec;
    spec.type = &GraphSchema::userConsentRequest();
    spec.context = kContextRoot + QStringLiteral("('%1')/userConsentRequests").arg(appRequestId);
    const QList<QJsonObject> items = context.store.userConsentRequests(appRequestId);
    if (rest.isEmpty() || rest.first() == QLatin1String("$count")) {
        if (rest.size() > 1) {
            return GraphErrors::segmentNotFound(context.request, rest.at(1));
        }
        spec.countSegment = !rest.isEmpty();
        return GraphCollection::list(context, spec, items);
    }
    const auto segment = GraphContext::split(rest.first());
    if (segment.name == QLatin1String("filterByCurrentUser")) {
        if (rest.size() > 1) {
            return GraphErrors::segmentNotFound(context.request, rest.at(1));
        }
        if (segment.key != QLatin1String("reviewer")) {
            return GraphErrors::odataBadRequest(
                context.request, QStringLiteral("Invalid value '%1' for parameter 'on'.").arg(segment.key));
        }
        spec.context = QStringLiteral("Collection(microsoft.graph.userConsentRequest)");
        return GraphCollection::list(context, spec, isReviewer(context) ? items : QList<QJsonObject>());
    }
    if (rest.size() > 1) {
        return GraphErrors::segmentNotFound(context.request, rest.at(1));
    }
    const auto userRequest
        = context.store.userConsentRequest(appRequestId, segment.hasKey ? segment.key : rest.first());
    if (!userRequest) {
        return GraphErrors::notFound(context.request, rest.first());
    }
    return GraphCollection::entity(context, spec.context, *userRequest);
}
