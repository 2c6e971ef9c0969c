#pragma once

#include "ClaimKeyCollector.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class DirectoryObjectResolver;
class ExchangeAdminClient;
class GraphClient;
class GraphReply;
class SnapshotWriter;

/**
 * Reads a tenant's whole consent state and writes it through a SnapshotWriter as it arrives — a page of Graph's
 * answer goes to the file before the next is asked for, so only ids are held (the resources with app roles, the
 * users of per-user grants), never the collections: a large tenant streams.
 *
 * Order: GET /organization (the header's tenant name); /servicePrincipals; /oauth2PermissionGrants;
 * /servicePrincipals/{id}/appRoleAssignedTo of each resource that publishes app roles (several at once);
 * the users of per-user grants (getByIds); /identityGovernance/appConsent/appConsentRequests with each one's
 * userConsentRequests; the three consent policies; Exchange's Get-ApplicationAccessPolicy. Apps, grants,
 * assignments and users must be read whole or the export fails (the caller discards the file); a part after them
 * that cannot be read (no Exchange role, no consent-request permission) is written as an error entry.
 */
class SnapshotExporter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString tenantId;
        QString createdBy;
        int pageSize = 999;
    };

    SnapshotExporter(GraphClient* graph, ExchangeAdminClient* exchange, QObject* parent = nullptr);
    ~SnapshotExporter() override;

    // exchange may be null: the access policies are then an error entry ("not read: no Exchange connection").
    bool start(SnapshotWriter* writer, const Options& options); // writer not owned; false when already running
    void cancel();
    qint64 itemsWritten() const { return m_items; }
    QString tenantId() const { return m_tenantId; } // as written in the header
    QDateTime createdDateTime() const { return m_created; }
    QStringList partErrors() const; // "appConsentRequests: …" for each part written as an error
    // The claims written (for the first-seen history: FirstSeenHistory::record), once finished: ids only, kept while
    // the file streams. Copy it to make the keys elsewhere.
    const ClaimKeyCollector& claimCollector() const { return m_claims; }

signals:
    void progress(const QString& part, qint64 items);
    void finished(bool ok, const GraphError& error); // ok: the writer finished the file

private:
    GraphReply* list(const QString& path, const QStringList& select = {});
    void readOrganization();
    void listServicePrincipals();
    void listGrants();
    void listAssignments();
    void nextAssignmentList();
    void readUsers();
    void listRequests();
    void readPolicies();
    void readAccessPolicies();
    void complete();
    void fail(const GraphError& error);
    void partError(const QString& part, const GraphError& error);
    bool write(const QJsonObject& item);

    QPointer<GraphClient> m_graph;
    QPointer<ExchangeAdminClient> m_exchange;
    DirectoryObjectResolver* m_users = nullptr;
    SnapshotWriter* m_writer = nullptr;
    Options m_options;
    bool m_running = false;
    bool m_failed = false;
    qint64 m_items = 0;
    QString m_tenantId;
    QDateTime m_created;
    QStringList m_resources; // service principals with app roles
    int m_nextResource = 0;
    int m_assignmentLists = 0; // in flight
    QSet<QString> m_userIds;
    QList<QJsonObject> m_requests;
    QJsonObject m_policies;
    QJsonArray m_errors;
    ClaimKeyCollector m_claims;
    QList<QPointer<GraphReply>> m_replies;
};
