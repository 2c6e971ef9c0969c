#include "SettingsBackend.h"

#include "auth/CapabilityMap.h"
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
    struct Run
    {
        Reviewers result;
        QList<WorkflowReviewer> found;
        int outstanding = 0;
        std::function<void(const Reviewers&)> done;
    };
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    run->found.resize(specs.size());
    auto finishOne = [run] {
        if (--run->outstanding == 0) {
            if (run->result.error.isEmpty()) {
                run->result.reviewers = run->found;
            }
            run->done(run->result);
        }
    };
    auto fail = [run](const QString& message, bool notFound) {
        if (run->result.error.isEmpty()) {
            run->result.error = message;
            run->result.notFound = notFound;
        }
    };
    ++run->outstanding;
    for (int i = 0; i < specs.size(); ++i) {
        const QString spec = specs.at(i).trimmed();
        if (spec.startsWith(QLatin1String("group:"), Qt::CaseInsensitive)) {
            const QString name = spec.mid(6).trimmed();
            ODataQuery query;
            query.filter(ODataFilter::eq(QStringLiteral("displayName"), name));
            query.select({QStringLiteral("id"), QStringLiteral("displayName")});
            ++run->outstanding;
            GraphReply* reply = m_graph->getCollection(GraphRequest::get(QStringLiteral("/groups"), query));
            connect(reply, &GraphReply::finished, this, [reply, run, i, name, fail, finishOne] {
                reply->deleteLater();
                const QJsonArray items = reply->items();
                if (!reply->ok()) {
                    fail(tr("Could not look up the group %1: %2").arg(name, reply->error().summary()), false);
                } else if (items.isEmpty()) {
                    fail(tr("There is no group named %1.").arg(name), true);
                } else if (items.size() > 1) {
                    fail(tr("Several groups are named %1 (%2); name a reviewer group whose name is unique.")
                             .arg(name)
                             .arg(items.size()),
                         false);
                } else {
                    const QJsonObject g = items.first().toObject();
                    ReviewerQuery q;
                    q.type = ReviewerQuery::Type::Group;
                    q.id = g.value(QStringLiteral("id")).toString().toLower();
                    run->found[i] = WorkflowReviewer::forQuery(q, g.value(QStringLiteral("displayName")).toString());
                }
                finishOne();
            });
        } else if (spec.startsWith(QLatin1String("role:"), Qt::CaseInsensitive)) {
            const QString name = spec.mid(5).trimmed();
            ++run->outstanding;
            GraphReply* reply = m_graph->getCollection(GraphRequest::get(QStringLiteral("/directoryRoles")));
            connect(reply, &GraphReply::finished, this, [reply, run, i, name, fail, finishOne] {
                reply->deleteLater();
                QString templateId;
                QString displayName;
                for (const auto& v : reply->items()) {
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
                    fail(reply->ok() ? tr("There is no directory role named %1.").arg(name)
                                     : tr("Could not look up the role %1: %2").arg(name, reply->error().summary()),
                         reply->ok());
                } else {
                    ReviewerQuery q;
                    q.type = ReviewerQuery::Type::Role;
                    q.id = templateId.toLower();
                    run->found[i] = WorkflowReviewer::forQuery(q, displayName);
                    run->found[i].roleTemplateId = q.id;
                }
                finishOne();
            });
        } else {
            const QString user
                = spec.startsWith(QLatin1String("user:"), Qt::CaseInsensitive) ? spec.mid(5).trimmed() : spec;
            ODataQuery select;
            select.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("userPrincipalName")});
            ++run->outstanding;
            GraphReply* reply = m_graph->send(GraphRequest::get(GraphPath::user(user), select));
            connect(reply, &GraphReply::finished, this, [reply, run, i, user, fail, finishOne] {
                reply->deleteLater();
                if (reply->ok()) {
                    ReviewerQuery q;
                    q.type = ReviewerQuery::Type::User;
                    q.id = reply->json().value(QStringLiteral("id")).toString().toLower();
                    run->found[i]
                        = WorkflowReviewer::forQuery(q, reply->json().value(QStringLiteral("displayName")).toString());
                } else if (reply->error().httpStatus == 404) {
                    fail(tr("There is no user %1.").arg(user), true);
                } else {
                    fail(tr("Could not look up the user %1: %2").arg(user, reply->error().summary()), false);
                }
                finishOne();
            });
        }
    }
    QTimer::singleShot(0, this, finishOne);
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
