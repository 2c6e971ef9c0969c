#include "ReviewerSearch.h"

#include "async/Async.h"
#include "auth/CapabilityMap.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/ODataFilter.h"

#include <QJsonArray>
#include <QTimer>

ReviewerSearch::ReviewerSearch(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
{
}

QFuture<ReviewerSearch::Found> ReviewerSearch::search(ReviewerQuery::Type type, const QString& text)
{
    Async::Promise<Found> promise;
    const QString typed = text.trimmed();
    if (!m_graph || type == ReviewerQuery::Type::Unknown) {
        QTimer::singleShot(0, this, [promise] { promise.finish(Found()); });
        return promise.future();
    }
    GraphRequest request;
    if (type == ReviewerQuery::Type::Role) {
        request = GraphRequest::get(QStringLiteral("/directoryRoles"));
    } else {
        ODataQuery query;
        query.top(20);
        if (type == ReviewerQuery::Type::User) {
            query.select({QStringLiteral("id"),
                          QStringLiteral("displayName"),
                          QStringLiteral("userPrincipalName"),
                          QStringLiteral("accountEnabled")});
            if (!typed.isEmpty()) {
                query.filter(ODataFilter::anyOf({ODataFilter::startsWith(QStringLiteral("displayName"), typed),
                                                 ODataFilter::startsWith(QStringLiteral("userPrincipalName"), typed)}));
            }
            request = GraphRequest::get(QStringLiteral("/users"), query);
        } else {
            query.select({QStringLiteral("id"), QStringLiteral("displayName")});
            if (!typed.isEmpty()) {
                query.filter(ODataFilter::startsWith(QStringLiteral("displayName"), typed));
            }
            request = GraphRequest::get(QStringLiteral("/groups"), query);
        }
    }
    GraphReply* reply = m_graph->send(request);
    connect(reply, &GraphReply::finished, this, [reply, promise, type, typed] {
        reply->deleteLater();
        Found found;
        found.error = reply->error();
        QStringList templates;
        for (const auto& v : reply->json().value(QStringLiteral("value")).toArray()) {
            const QJsonObject o = v.toObject();
            ReviewerQuery q;
            q.type = type;
            QString name = o.value(QStringLiteral("displayName")).toString();
            if (type == ReviewerQuery::Type::Role) {
                q.id = o.value(QStringLiteral("roleTemplateId")).toString().toLower();
                if (!name.contains(typed, Qt::CaseInsensitive)) {
                    continue;
                }
                templates << q.id;
            } else {
                q.id = o.value(QStringLiteral("id")).toString().toLower();
            }
            WorkflowReviewer r = WorkflowReviewer::forQuery(q, name);
            if (type == ReviewerQuery::Type::Role) {
                r.roleTemplateId = q.id;
            }
            if (type == ReviewerQuery::Type::User) {
                r.accountEnabled = o.value(QStringLiteral("accountEnabled")).toBool(true);
                const QString upn = o.value(QStringLiteral("userPrincipalName")).toString();
                r.displayName = upn.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, upn);
            }
            found.reviewers.append(r);
        }
        if (type == ReviewerQuery::Type::Role) {
            // The roles that may approve, even when nobody holds them yet (then not listed as directoryRoles).
            for (const auto& id : CapabilityMap::sufficientRoleIds(CapabilityMap::Kind::GrantDelegated)) {
                const QString name = CapabilityMap::roleDisplayName(id);
                if (!templates.contains(id) && name.contains(typed, Qt::CaseInsensitive)) {
                    ReviewerQuery q;
                    q.type = type;
                    q.id = id;
                    WorkflowReviewer r = WorkflowReviewer::forQuery(q, name);
                    r.roleTemplateId = id;
                    found.reviewers.append(r);
                }
            }
        }
        promise.finish(found);
    });
    return promise.future();
}
