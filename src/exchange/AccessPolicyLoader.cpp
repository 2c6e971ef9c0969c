#include "AccessPolicyLoader.h"

#include "ExchangeAdminClient.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
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

bool AccessPolicyLoader::load()
{
    if (m_loading) {
        return false;
    }
    m_loading = true;
    m_model = {};
    m_requested.clear();
    m_pending = 0;
    m_firstError = {};
    m_exchange->getApplicationAccessPolicies(
        this, [this](const QList<ApplicationAccessPolicy>& policies, const GraphError& error) {
            if (error) {
                done(error);
                return;
            }
            m_model.policies = policies;
            resolveScopes();
        });
    return true;
}

void AccessPolicyLoader::resolveScopes()
{
    m_exchange->getDistributionGroups(this, [this](const QList<ExchangeRecipient>& groups, const GraphError& error) {
        if (error) {
            done(error);
            return;
        }
        for (auto& policy : m_model.policies) {
            for (const auto& g : groups) {
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
    m_exchange->getMailboxes(
        this,
        [this, index](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (!error && !rows.isEmpty()) {
                for (auto& policy : m_model.policies) {
                    if (policy.scopeGuid().compare(rows.first().guid, Qt::CaseInsensitive) == 0) {
                        policy.scopeObjectId = rows.first().externalDirectoryObjectId;
                    }
                }
            } else if (error && error.kind != GraphError::Kind::NotFound) {
                done(error);
                return;
            }
            // A NotFound leaves the scope unresolved: the evaluator flags it.
            resolveNextMailbox(index + 1);
        },
        m_model.policies.at(index).scopeGuid());
}

void AccessPolicyLoader::expandGroups()
{
    QStringList scopes;
    for (const auto& policy : std::as_const(m_model.policies)) {
        if (!policy.scopeObjectId.isEmpty() && !scopes.contains(policy.scopeObjectId, Qt::CaseInsensitive)) {
            scopes.append(policy.scopeObjectId);
        }
    }
    if (scopes.isEmpty()) {
        done({});
        return;
    }
    for (const auto& id : scopes) {
        fetchGroup(id);
    }
}

void AccessPolicyLoader::fetchGroup(const QString& id)
{
    if (m_requested.contains(id.toLower())) {
        return;
    }
    m_requested.insert(id.toLower());
    // The object itself (a group, or a user when the scope is a mailbox), then a group's direct members.
    ++m_pending;
    GraphReply* object = m_graph->send(
        GraphRequest::get(QStringLiteral("/directoryObjects/") + GraphPath::segment(id), ODataQuery().select(kSelect)));
    connect(object, &GraphReply::finished, this, [this, object, id]() {
        if (!object->ok()) {
            if (!m_firstError && object->error().kind != GraphError::Kind::NotFound) {
                m_firstError = object->error();
            }
        } else {
            AccessPolicyModel::Node node = nodeFromGraph(object->json());
            const bool group = node.kind == AccessPolicyModel::Node::Kind::Group;
            if (const auto* known = m_model.node(id)) {
                node.memberIds = known->memberIds;
            }
            m_model.addNode(node);
            if (group) {
                ++m_pending;
                GraphReply* members = m_graph->getCollection(
                    GraphRequest::get(GraphPath::group(id) + QStringLiteral("/members"), ODataQuery().select(kSelect)));
                connect(members, &GraphReply::finished, this, [this, members, id]() {
                    if (members->ok()) {
                        QStringList ids;
                        for (const auto& v : members->items()) {
                            const AccessPolicyModel::Node member = nodeFromGraph(v.toObject());
                            ids.append(member.id);
                            if (!m_model.node(member.id)) {
                                m_model.addNode(member);
                            }
                            if (member.kind == AccessPolicyModel::Node::Kind::Group) {
                                fetchGroup(member.id); // nested: walk down
                            }
                        }
                        if (auto it = m_model.nodes.find(id.toLower()); it != m_model.nodes.end()) {
                            it->memberIds = ids;
                        }
                    } else if (!m_firstError) {
                        m_firstError = members->error();
                    }
                    if (--m_pending == 0) {
                        done(m_firstError);
                    }
                });
            }
        }
        if (--m_pending == 0) {
            done(m_firstError);
        }
    });
}

void AccessPolicyLoader::done(const GraphError& error)
{
    m_loading = false;
    emit finished(m_model, error);
}
