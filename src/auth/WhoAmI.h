#pragma once

#include "AccountInfo.h"
#include "IdTokenClaims.h"

#include "graph/GraphAnswer.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class GraphClient;

/**
 * After sign-in: who is this, which directory roles do they hold, which tenant is it — three Graph calls through
 * GraphClient, in parallel:
 * - GET /me?$select=id,displayName,userPrincipalName,mail
 * - GET /me/memberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId (the OData cast; if the
 *   service refuses the cast, /me/memberOf with the directoryRole objects picked by @odata.type)
 * - GET /organization?$select=id,displayName,verifiedDomains (when it fails: tenant id from the id_token's tid
 *   claim, domain from the UPN — display only)
 * /me failing fails the whole lookup; the other two degrade (rolesKnown = false, tenant from the claims). The three
 * answers are gathered with Async::all; a WhoAmI destroyed before they came cancels its future.
 */
class WhoAmI : public QObject
{
    Q_OBJECT

public:
    explicit WhoAmI(GraphClient* graph, QObject* parent = nullptr);

    struct Result
    {
        AccountInfo account;
        GraphError error; // /me failed: there is no account
    };

    void setClaims(const IdTokenClaims& claims) { m_claims = claims; }
    QFuture<Result> start();

    // Parsers, public for tests.
    static QList<AccountInfo::Role> parseRoles(const QJsonArray& memberOf);
    static void applyOrganization(AccountInfo& account, const QJsonObject& organization);

private:
    QFuture<GraphAnswer> readRoles(bool withCast);
    Result result(const GraphAnswer& me, const GraphAnswer& roles, const GraphAnswer& organization) const;

    GraphClient* m_graph = nullptr;
    IdTokenClaims m_claims;
};
