#include "AccessPolicyLoader.h"

#include "ExchangeAdminClient.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphRequest.h"

namespace {

AccessPolicyModel::Node nodeFromGraph(const QJsonObject& o)
{
    AccessPolicyModel::Node node;
    node.id = o.value(QStringLiteral("id")).toString();
    node.displayName = o.value(QStringLiteral("displayName")).toString();
    const QString type = o.value(QStringLiteral("@odata.type")).toString();
    if (type.endsWith(QLatin1String(".group"))) {
        node.kind = AccessPolicyModel::Node::Kind::Group;
    } else if (type.endsWith(QLatin1String(".user"))) {
        node.kind = AccessPolicyModel::Node::Kind::User;
    } else if (type.isEmpty() && o.contains(QStringLiteral("securityEnabled"))) {
        node.kind = AccessPolicyModel::Node::Kind::Group; // a $select without @odata.type: only groups have it
    } else if (type.isEmpty() && o.contains(QStringLiteral("userPrincipalName"))) {
        node.kind = AccessPolicyModel::Node::Kind::User;
    }
    node.mailEnabled = o.value(QStringLiteral("mailEnabled")).toBool();
    node.securityEnabled = o.value(QStringLiteral("securityEnabled")).toBool();
    return node;
}

const QStringList kSelect {QStringLiteral("id"),
                           QStringLiteral("displayName"),
                           QStringLiteral("mailEnabled"),
                           QStringLiteral("securityEnabled"),
                           QStringLiteral("userPrincipalName")};

} // namespace

AccessPolicyLoader::AccessPolicyLoader(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_exchange(exchange)
    , m_graph(graph)
{
}

QFuture<AccessPolicyLoader::Loaded> AccessPolicyLoader::load()
{
    Async::Promise<Loaded> promise;
    m_waiting.append(promise);
    if (m_loading) {
        return promise.future();
    }
    m_loading = true;
    m_model = {};
    m_requested.clear();
    Async::then(m_exchange->getApplicationAccessPolicies(),
                this,
                [this](const ExchangeAdminClient::Answer<ApplicationAccessPolicy>& answer) {
                    if (answer.error) {
                        done(answer.error);
                        return;
                    }
                    m_model.policies = answer.rows;
                    resolveScopes();
                });
    return promise.future();
}

void AccessPolicyLoader::resolveScopes()
{
    Async::then(m_exchange->getDistributionGroups(),
                this,
                [this](const ExchangeAdminClient::Answer<ExchangeRecipient>& answer) {
                    if (answer.error) {
                        done(answer.error);
                        return;
                    }
                    for (auto& policy : m_model.policies) {
                        for (const auto& g : answer.rows) {
                            if (g.guid.compare(policy.scopeGuid(), Qt::CaseInsensitive) == 0) {
                                policy.scopeObjectId = g.externalDirectoryObjectId;
                                policy.scopeDistinguishedName = g.distinguishedName;
                            }
                        }
                    }
                    resolveNextMailbox(0);
                });
}

void AccessPolicyLoader::resolveNextMailbox(int index)
{
    // Scopes that are not groups are mailboxes (or gone): one Get-Mailbox each, in turn.
    while (
        index < m_model.policies.size()
        && (!m_model.policies.at(index).scopeObjectId.isEmpty() || m_model.policies.at(index).scopeGuid().isEmpty())) {
        ++index;
    }
    if (index >= m_model.policies.size()) {
        expandGroups();
        return;
    }
    Async::then(m_exchange->getMailboxes(m_model.policies.at(index).scopeGuid()),
                this,
                [this, index](const ExchangeAdminClient::Answer<ExchangeRecipient>& answer) {
                    if (!answer.error && !answer.rows.isEmpty()) {
                        for (auto& policy : m_model.policies) {
                            if (policy.scopeGuid().compare(answer.rows.first().guid, Qt::CaseInsensitive) == 0) {
                                policy.scopeObjectId = answer.rows.first().externalDirectoryObjectId;
                            }
                        }
                    } else if (answer.error && answer.error.kind != GraphError::Kind::NotFound) {
                        done(answer.error);
                        return;
                    }
                    // A NotFound leaves the scope unresolved: the evaluator flags it.
                    resolveNextMailbox(index + 1);
                });
}

void AccessPolicyLoader::expandGroups()
{
    QStringList scopes;
    for (const auto& policy : std::as_const(m_model.policies)) {
        if (!policy.scopeObjectId.isEmpty() && !scopes.contains(policy.scopeObjectId, Qt::CaseInsensitive)) {
            scopes.append(policy.scopeObjectId);
        }
    }
    QList<QFuture<GraphError>> reads;
    for (const auto& id : scopes) {
        reads.append(fetchGroup(id));
    }
    Async::then(
        Async::all(reads), this, [this](const QList<GraphError>& errors) { done(GraphAnswer::firstError(errors)); });
}

QFuture<GraphError> AccessPolicyLoader::fetchGroup(const QString& id)
{
    if (m_requested.contains(id.toLower())) {
        return Async::ready(GraphError()); // asked already: its own read answers for it
    }
    m_requested.insert(id.toLower());
    const Async::Promise<GraphError> promise;
    // The object itself (a group, or a user when the scope is a mailbox), then a group's direct members.
    const GraphRequest object = GraphRequest::get(QStringLiteral("/directoryObjects/") + GraphPath::segment(id),
                                                  ODataQuery().select(kSelect));
    Async::then(GraphAnswer::of(m_graph->send(object)), this, [this, id, promise](const GraphAnswer& answer) {
        if (!answer.ok()) {
            promise.finish(answer.error.kind == GraphError::Kind::NotFound ? GraphError() : answer.error);
            return;
        }
        AccessPolicyModel::Node node = nodeFromGraph(answer.json);
        const bool group = node.kind == AccessPolicyModel::Node::Kind::Group;
        if (const auto* known = m_model.node(id)) {
            node.memberIds = known->memberIds;
        }
        m_model.addNode(node);
        if (!group) {
            promise.finish({});
            return;
        }
        const GraphRequest members
            = GraphRequest::get(GraphPath::group(id) + QStringLiteral("/members"), ODataQuery().select(kSelect));
        Async::then(GraphAnswer::of(m_graph->getCollection(members)), this, [this, id, promise](const GraphAnswer& m) {
            if (!m.ok()) {
                promise.finish(m.error);
                return;
            }
            QStringList ids;
            QList<QFuture<GraphError>> nested;
            for (const auto& v : m.items) {
                const AccessPolicyModel::Node member = nodeFromGraph(v.toObject());
                ids.append(member.id);
                if (!m_model.node(member.id)) {
                    m_model.addNode(member);
                }
                if (member.kind == AccessPolicyModel::Node::Kind::Group) {
                    nested.append(fetchGroup(member.id)); // nested: walk down
                }
            }
            if (auto it = m_model.nodes.find(id.toLower()); it != m_model.nodes.end()) {
                it->memberIds = ids;
            }
            Async::then(Async::all(nested), this, [promise](const QList<GraphError>& errors) {
                promise.finish(GraphAnswer::firstError(errors));
            });
        });
    });
    return promise.future();
}

void AccessPolicyLoader::done(const GraphError& error)
{
    m_loading = false;
    const Loaded loaded {m_model, error};
    for (const auto& waiting : std::exchange(m_waiting, {})) {
        waiting.finish(loaded);
    }
}
