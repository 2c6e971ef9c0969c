#include "SettingsBackend.h"

#include "async/Async.h"
#include "auth/CapabilityMap.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
#include "graph/ODataFilter.h"
#include "settings/ConsentSettingsLoader.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

SettingsBackend::SettingsBackend(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_loader(new ConsentSettingsLoader(graph, this))
{
}

void SettingsBackend::resolveReviewers(const QStringList& specs, std::function<void(const Reviewers&)> done)
{
    // One lookup per spec, each a future of its reviewer or why not; gathered in the specs' order.
    struct Looked
    {
        WorkflowReviewer reviewer;
        QString error;
        bool notFound = false;
    };
    auto failed = [](const QString& message, bool notFound) {
        Looked looked;
        looked.error = message;
        looked.notFound = notFound;
        return looked;
    };
    if (specs.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(Reviewers()); });
        return;
    }
    QList<QFuture<Looked>> lookups;
    for (const QString& item : specs) {
        const QString spec = item.trimmed();
        if (spec.startsWith(QLatin1String("group:"), Qt::CaseInsensitive)) {
            const QString name = spec.mid(6).trimmed();
            ODataQuery query;
            query.filter(ODataFilter::eq(QStringLiteral("displayName"), name));
            query.select({QStringLiteral("id"), QStringLiteral("displayName")});
            QFuture<GraphAnswer> read
                = GraphAnswer::of(m_graph->getCollection(GraphRequest::get(QStringLiteral("/groups"), query)));
            lookups.append(read.then(QtFuture::Launch::Sync, [name, failed](const GraphAnswer& answer) {
                if (!answer.ok()) {
                    return failed(tr("Could not look up the group %1: %2").arg(name, answer.error.summary()), false);
                }
                if (answer.items.isEmpty()) {
                    return failed(tr("There is no group named %1.").arg(name), true);
                }
                if (answer.items.size() > 1) {
                    return failed(tr("Several groups are named %1 (%2); name a reviewer group whose name is unique.")
                                      .arg(name)
                                      .arg(answer.items.size()),
                                  false);
                }
                const QJsonObject g = answer.items.first().toObject();
                ReviewerQuery q;
                q.type = ReviewerQuery::Type::Group;
                q.id = g.value(QStringLiteral("id")).toString().toLower();
                Looked looked;
                looked.reviewer = WorkflowReviewer::forQuery(q, g.value(QStringLiteral("displayName")).toString());
                return looked;
            }));
        } else if (spec.startsWith(QLatin1String("role:"), Qt::CaseInsensitive)) {
            const QString name = spec.mid(5).trimmed();
            QFuture<GraphAnswer> read
                = GraphAnswer::of(m_graph->getCollection(GraphRequest::get(QStringLiteral("/directoryRoles"))));
            lookups.append(read.then(QtFuture::Launch::Sync, [name, failed](const GraphAnswer& answer) {
                QString templateId;
                QString displayName;
                for (const auto& v : answer.items) {
                    const QJsonObject role = v.toObject();
                    if (role.value(QStringLiteral("displayName")).toString().compare(name, Qt::CaseInsensitive) == 0) {
                        templateId = role.value(QStringLiteral("roleTemplateId")).toString();
                        displayName = role.value(QStringLiteral("displayName")).toString();
                    }
                }
                // Built-in roles nobody holds yet are not listed as directoryRoles; their template ids are fixed.
                for (const auto kind : CapabilityMap::kinds()) {
                    for (const auto& id : CapabilityMap::sufficientRoleIds(kind)) {
                        if (templateId.isEmpty()
                            && CapabilityMap::roleDisplayName(id).compare(name, Qt::CaseInsensitive) == 0) {
                            templateId = id;
                            displayName = CapabilityMap::roleDisplayName(id);
                        }
                    }
                }
                if (templateId.isEmpty()) {
                    return failed(answer.ok()
                                      ? tr("There is no directory role named %1.").arg(name)
                                      : tr("Could not look up the role %1: %2").arg(name, answer.error.summary()),
                                  answer.ok());
                }
                ReviewerQuery q;
                q.type = ReviewerQuery::Type::Role;
                q.id = templateId.toLower();
                Looked looked;
                looked.reviewer = WorkflowReviewer::forQuery(q, displayName);
                looked.reviewer.roleTemplateId = q.id;
                return looked;
            }));
        } else {
            const QString user
                = spec.startsWith(QLatin1String("user:"), Qt::CaseInsensitive) ? spec.mid(5).trimmed() : spec;
            ODataQuery select;
            select.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("userPrincipalName")});
            QFuture<GraphAnswer> read
                = GraphAnswer::of(m_graph->send(GraphRequest::get(GraphPath::user(user), select)));
            lookups.append(read.then(QtFuture::Launch::Sync, [user, failed](const GraphAnswer& answer) {
                if (answer.error.httpStatus == 404) {
                    return failed(tr("There is no user %1.").arg(user), true);
                }
                if (!answer.ok()) {
                    return failed(tr("Could not look up the user %1: %2").arg(user, answer.error.summary()), false);
                }
                ReviewerQuery q;
                q.type = ReviewerQuery::Type::User;
                q.id = answer.json.value(QStringLiteral("id")).toString().toLower();
                Looked looked;
                looked.reviewer
                    = WorkflowReviewer::forQuery(q, answer.json.value(QStringLiteral("displayName")).toString());
                return looked;
            }));
        }
    }
    // Continued on this: destroyed first (or a reply gone unanswered), nobody is called.
    Async::then(Async::all(lookups), this, [done, count = lookups.size()](const QList<Looked>& looked) {
        if (looked.size() != count) {
            return;
        }
        Reviewers result;
        for (const Looked& l : looked) {
            if (!l.error.isEmpty()) { // the first spec that failed, in the order given
                result.error = l.error;
                result.notFound = l.notFound;
                break;
            }
        }
        if (result.error.isEmpty()) {
            for (const Looked& l : looked) {
                result.reviewers.append(l.reviewer);
            }
        }
        done(result);
    });
}

void SettingsBackend::graphScopes(const QString& servicePrincipalId,
                                  std::function<void(const QJsonArray&, const GraphError&)> done)
{
    ODataQuery select;
    select.select({QStringLiteral("id"), QStringLiteral("oauth2PermissionScopes")});
    GraphReply* reply = m_graph->send(GraphRequest::get(GraphPath::servicePrincipal(servicePrincipalId), select));
    connect(reply, &GraphReply::finished, this, [reply, done] {
        reply->deleteLater();
        done(reply->json().value(QStringLiteral("oauth2PermissionScopes")).toArray(), reply->error());
    });
}
