#include "SnapshotExporter.h"

#include "SnapshotWriter.h"
#include "TenantSnapshot.h"
#include "async/Async.h"
#include "directory/DirectoryObjectResolver.h"
#include "directory/ServicePrincipal.h"
#include "exchange/ExchangeAdminClient.h"
#include "graph/GraphAnswer.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"
#include "graph/ODataQuery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

constexpr int kParallelAssignmentLists = 4;

const QString kRequests = QStringLiteral("/identityGovernance/appConsent/appConsentRequests");

QStringList servicePrincipalFields()
{
    // What the views, the diff and the risk need — no keys or certificates.
    QStringList fields = ServicePrincipal::selectFields();
    fields << QStringLiteral("appDisplayName") << QStringLiteral("servicePrincipalType")
           << QStringLiteral("signInAudience") << QStringLiteral("tags") << QStringLiteral("homepage")
           << QStringLiteral("replyUrls");
    fields.removeDuplicates();
    return fields;
}

} // namespace

SnapshotExporter::SnapshotExporter(GraphClient* graph, ExchangeAdminClient* exchange, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_exchange(exchange)
    , m_users(new DirectoryObjectResolver(graph, DirectoryObjectResolver::users(), this))
{
}

SnapshotExporter::~SnapshotExporter() = default;

QStringList SnapshotExporter::partErrors() const
{
    QStringList out;
    for (const auto& e : m_errors) {
        const QJsonObject o = e.toObject();
        out.append(o.value(QStringLiteral("part")).toString() + QStringLiteral(": ")
                   + o.value(QStringLiteral("message")).toString());
    }
    return out;
}

bool SnapshotExporter::start(SnapshotWriter* writer, const Options& options)
{
    if (m_running || !m_graph || !writer) {
        return false;
    }
    m_running = true;
    m_failed = false;
    m_writer = writer;
    m_options = options;
    m_items = 0;
    m_resources.clear();
    m_nextResource = 0;
    m_assignmentLists = 0;
    m_userIds.clear();
    m_requests.clear();
    m_policies = {};
    m_errors = {};
    m_claims = {};
    readOrganization();
    return true;
}

void SnapshotExporter::cancel()
{
    if (!m_running) {
        return;
    }
    fail(GraphError::make(GraphError::Kind::Cancelled, tr("The snapshot export was canceled.")));
}

GraphReply* SnapshotExporter::list(const QString& path, const QStringList& select)
{
    ODataQuery query;
    query.top(m_options.pageSize);
    if (!select.isEmpty()) {
        query.select(select);
    }
    GraphReply* reply = m_graph->getCollection(GraphRequest::get(path, query));
    reply->setKeepItems(false); // pages go to the file; the reply holds none of them
    m_replies.append(reply);
    return reply;
}

bool SnapshotExporter::write(const QJsonObject& item)
{
    if (m_failed) {
        return false;
    }
    if (!m_writer->append(item)) {
        fail(GraphError::make(GraphError::Kind::Protocol,
                              tr("The snapshot file could not be written: %1").arg(m_writer->errorString())));
        return false;
    }
    ++m_items;
    return true;
}

void SnapshotExporter::fail(const GraphError& error)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_failed = true;
    for (const auto& reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished()) {
            reply->abort();
        }
    }
    m_replies.clear();
    emit finished(false, error);
}

void SnapshotExporter::partError(const QString& part, const GraphError& error)
{
    m_errors.append(QJsonObject {{QStringLiteral("part"), part}, {QStringLiteral("message"), error.summary()}});
}

void SnapshotExporter::readOrganization()
{
    GraphReply* reply = m_graph->getCollection(GraphRequest::get(
        QStringLiteral("/organization"), ODataQuery().select({QStringLiteral("id"), QStringLiteral("displayName")})));
    m_replies.append(reply);
    connect(reply, &GraphReply::finished, this, [this, reply] {
        if (m_failed) {
            return;
        }
        // The name only labels the file; a tenant that hides /organization still gets its snapshot.
        const QJsonArray orgs = reply->items();
        const QJsonObject org = orgs.isEmpty() ? QJsonObject() : orgs.first().toObject();
        QJsonObject header {
            {QStringLiteral("schemaVersion"), TenantSnapshot::SchemaVersion},
            // Graph's own id for the tenant when it answers; a domain given on the command line is not an id.
            {QStringLiteral("tenantId"),
             org.value(QStringLiteral("id")).toString().isEmpty() ? m_options.tenantId
                                                                  : org.value(QStringLiteral("id")).toString()},
            {QStringLiteral("tenantDisplayName"), org.value(QStringLiteral("displayName")).toString()},
            {QStringLiteral("createdDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("createdBy"), m_options.createdBy},
            {QStringLiteral("consentDeskVersion"), QCoreApplication::applicationVersion()},
        };
        m_tenantId = header.value(QStringLiteral("tenantId")).toString();
        m_created = QDateTime::fromString(header.value(QStringLiteral("createdDateTime")).toString(), Qt::ISODate);
        if (!m_writer->begin(header)) {
            fail(GraphError::make(GraphError::Kind::Protocol,
                                  tr("The snapshot file could not be written: %1").arg(m_writer->errorString())));
            return;
        }
        listServicePrincipals();
    });
}

void SnapshotExporter::listServicePrincipals()
{
    m_writer->beginArray(QStringLiteral("servicePrincipals"));
    GraphReply* reply = list(QStringLiteral("/servicePrincipals"), servicePrincipalFields());
    connect(reply, &GraphReply::pageReceived, this, [this](const QJsonArray& page) {
        for (const auto& v : page) {
            const QJsonObject sp = v.toObject();
            if (!write(sp)) {
                return;
            }
            m_claims.addServicePrincipal(sp);
            if (!sp.value(QStringLiteral("appRoles")).toArray().isEmpty()) {
                m_resources.append(sp.value(QStringLiteral("id")).toString());
            }
        }
        emit progress(QStringLiteral("servicePrincipals"), m_items);
    });
    connect(reply, &GraphReply::finished, this, [this, reply] {
        if (m_failed) {
            return;
        }
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        m_writer->endArray();
        listGrants();
    });
}

void SnapshotExporter::listGrants()
{
    m_writer->beginArray(QStringLiteral("oauth2PermissionGrants"));
    GraphReply* reply = list(QStringLiteral("/oauth2PermissionGrants"));
    connect(reply, &GraphReply::pageReceived, this, [this](const QJsonArray& page) {
        for (const auto& v : page) {
            const QJsonObject grant = v.toObject();
            if (!write(grant)) {
                return;
            }
            m_claims.addGrant(grant);
            const QString principal = grant.value(QStringLiteral("principalId")).toString();
            if (!principal.isEmpty()) {
                m_userIds.insert(principal);
            }
        }
        emit progress(QStringLiteral("oauth2PermissionGrants"), m_items);
    });
    connect(reply, &GraphReply::finished, this, [this, reply] {
        if (m_failed) {
            return;
        }
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        m_writer->endArray();
        listAssignments();
    });
}

void SnapshotExporter::listAssignments()
{
    m_writer->beginArray(QStringLiteral("appRoleAssignments"));
    if (m_resources.isEmpty()) {
        m_writer->endArray();
        readUsers();
        return;
    }
    for (int i = 0; i < kParallelAssignmentLists; ++i) {
        nextAssignmentList();
    }
}

void SnapshotExporter::nextAssignmentList()
{
    if (m_failed || m_nextResource >= m_resources.size()) {
        return;
    }
    const QString resource = m_resources.at(m_nextResource++);
    ++m_assignmentLists;
    GraphReply* reply = list(GraphPath::servicePrincipal(resource) + QStringLiteral("/appRoleAssignedTo"));
    connect(reply, &GraphReply::pageReceived, this, [this](const QJsonArray& page) {
        for (const auto& v : page) {
            const QJsonObject assignment = v.toObject();
            if (!write(assignment)) {
                return;
            }
            m_claims.addAssignment(assignment);
        }
        emit progress(QStringLiteral("appRoleAssignments"), m_items);
    });
    connect(reply, &GraphReply::finished, this, [this, reply] {
        if (m_failed) {
            return;
        }
        --m_assignmentLists;
        if (!reply->ok()) {
            fail(reply->error());
            return;
        }
        nextAssignmentList();
        if (m_assignmentLists == 0 && m_nextResource >= m_resources.size()) {
            m_writer->endArray();
            readUsers();
        }
    });
}

void SnapshotExporter::readUsers()
{
    m_writer->beginArray(QStringLiteral("users"));
    const QStringList ids(m_userIds.cbegin(), m_userIds.cend());
    m_userIds.clear();
    if (ids.isEmpty()) {
        m_writer->endArray();
        listRequests();
        return;
    }
    Async::then(m_users->resolve(ids), this, [this](const DirectoryObjectResolver::Result& result) {
        if (m_failed) {
            return;
        }
        if (result.error.isError()) {
            fail(result.error);
            return;
        }
        for (auto it = result.found.cbegin(); it != result.found.cend(); ++it) {
            if (!write(it.value())) {
                return;
            }
        }
        m_writer->endArray();
        emit progress(QStringLiteral("users"), m_items);
        listRequests();
    });
}

void SnapshotExporter::listRequests()
{
    GraphReply* reply = list(kRequests);
    reply->setKeepItems(true); // few, and each waits for its user requests
    connect(reply, &GraphReply::finished, this, [this, reply] {
        if (m_failed) {
            return;
        }
        if (!reply->ok()) {
            partError(QStringLiteral("appConsentRequests"), reply->error());
            m_writer->beginArray(QStringLiteral("appConsentRequests"));
            m_writer->endArray();
            readPolicies();
            return;
        }
        for (const auto& v : reply->items()) {
            m_requests.append(v.toObject());
        }
        if (m_requests.isEmpty()) {
            m_writer->beginArray(QStringLiteral("appConsentRequests"));
            m_writer->endArray();
            readPolicies();
            return;
        }
        QList<QFuture<GraphAnswer>> reads;
        for (const QJsonObject& request : std::as_const(m_requests)) {
            const QString id = request.value(QStringLiteral("id")).toString();
            GraphReply* users
                = list(kRequests + QLatin1Char('/') + GraphPath::segment(id) + QStringLiteral("/userConsentRequests"));
            users->setKeepItems(true);
            reads.append(GraphAnswer::of(users));
        }
        // Every request's user requests, then the section is written in the requests' order.
        Async::then(Async::all(reads), this, [this, count = reads.size()](const QList<GraphAnswer>& answers) {
            if (m_failed || answers.size() != count) {
                return; // cancelled or failed meanwhile: fail() has answered
            }
            for (int i = 0; i < answers.size(); ++i) {
                if (answers.at(i).ok()) {
                    m_requests[i].insert(QStringLiteral("userConsentRequests"), answers.at(i).items);
                } else if (!m_errors.isEmpty()
                           && m_errors.last().toObject().value(QStringLiteral("part")).toString()
                                  == QLatin1String("userConsentRequests")) {
                    // One error entry for the part is enough.
                } else {
                    partError(QStringLiteral("userConsentRequests"), answers.at(i).error);
                }
            }
            m_writer->beginArray(QStringLiteral("appConsentRequests"));
            for (const auto& request : std::as_const(m_requests)) {
                if (!write(request)) {
                    return;
                }
            }
            m_requests.clear();
            m_writer->endArray();
            readPolicies();
        });
    });
}

void SnapshotExporter::readPolicies()
{
    const QList<std::pair<QString, bool>> parts {
        {QStringLiteral("adminConsentRequestPolicy"), false},
        {QStringLiteral("authorizationPolicy"), false},
        {QStringLiteral("permissionGrantPolicies"), true},
    };
    QList<QFuture<GraphAnswer>> reads;
    for (const auto& [name, collection] : parts) {
        const GraphRequest request = GraphRequest::get(QStringLiteral("/policies/") + name);
        GraphReply* reply = collection ? m_graph->getCollection(request) : m_graph->send(request);
        m_replies.append(reply);
        reads.append(GraphAnswer::of(reply));
    }
    Async::then(Async::all(reads), this, [this, parts](const QList<GraphAnswer>& answers) {
        if (m_failed || answers.size() != parts.size()) {
            return; // cancelled or failed meanwhile: fail() has answered
        }
        for (int i = 0; i < answers.size(); ++i) {
            const auto& [name, collection] = parts.at(i);
            const GraphAnswer& answer = answers.at(i);
            if (!answer.ok()) {
                partError(name, answer.error);
            } else if (collection) {
                m_policies.insert(name, answer.items);
            } else {
                QJsonObject o = answer.json;
                o.remove(QStringLiteral("@odata.context"));
                m_policies.insert(name, o);
            }
        }
        readAccessPolicies();
    });
}

void SnapshotExporter::readAccessPolicies()
{
    if (!m_exchange) {
        partError(QStringLiteral("applicationAccessPolicies"),
                  GraphError::make(GraphError::Kind::SignInRequired,
                                   tr("Exchange Online was not connected, so its access policies were not read.")));
        m_writer->beginArray(QStringLiteral("applicationAccessPolicies"));
        m_writer->endArray();
        complete();
        return;
    }
    m_exchange->invoke(QStringLiteral("Get-ApplicationAccessPolicy"),
                       {},
                       this,
                       [this](const QJsonArray& rows, const GraphError& error) {
                           if (m_failed) {
                               return;
                           }
                           m_writer->beginArray(QStringLiteral("applicationAccessPolicies"));
                           if (error.isError()) {
                               partError(QStringLiteral("applicationAccessPolicies"), error);
                           } else {
                               for (const auto& v : rows) {
                                   if (!write(v.toObject())) {
                                       return;
                                   }
                               }
                           }
                           m_writer->endArray();
                           complete();
                       });
}

void SnapshotExporter::complete()
{
    if (!m_writer->member(QStringLiteral("policies"), m_policies)
        || !m_writer->member(QStringLiteral("errors"), m_errors) || !m_writer->finish()) {
        fail(GraphError::make(GraphError::Kind::Protocol,
                              tr("The snapshot file could not be written: %1").arg(m_writer->errorString())));
        return;
    }
    m_running = false;
    m_replies.clear();
    emit finished(true, {});
}
