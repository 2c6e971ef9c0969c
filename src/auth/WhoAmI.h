#pragma once

#include "AccountInfo.h"
#include "IdTokenClaims.h"

#include "graph/GraphError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class GraphClient;
class GraphReply;

/**
 * After sign-in: who is this, which directory roles do they hold, which tenant is it — three Graph calls through
 * GraphClient, in parallel:
 * - GET /me?$select=id,displayName,userPrincipalName,mail
 * - GET /me/memberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId (the OData cast; if the
 *   service refuses the cast, /me/memberOf with the directoryRole objects picked by @odata.type)
 * - GET /organization?$select=id,displayName,verifiedDomains (when it fails: tenant id from the id_token's tid
 *   claim, domain from the UPN — display only)
 * /me failing fails the whole lookup; the other two degrade (rolesKnown = false, tenant from the claims).
 */
class WhoAmI : public QObject
{
    Q_OBJECT

public:
    explicit WhoAmI(GraphClient* graph, QObject* parent = nullptr);

    void setClaims(const IdTokenClaims& claims) { m_claims = claims; }
    void start();

    // Parsers, public for tests.
    static QList<AccountInfo::Role> parseRoles(const QJsonArray& memberOf);
    static void applyOrganization(AccountInfo& account, const QJsonObject& organization);

signals:
    void finished(const AccountInfo& account);
    void failed(const GraphError& error);

private:
    void requestRoles(bool withCast);
    void maybeFinish();

    GraphClient* m_graph = nullptr;
    IdTokenClaims m_claims;
    AccountInfo m_account;
    QJsonObject m_me;
    QJsonArray m_roles;
    QJsonObject m_organization;
    GraphError m_meError;
    GraphError m_rolesError;
    GraphError m_organizationError;
    int m_pending = 0;
    bool m_started = false;
};
