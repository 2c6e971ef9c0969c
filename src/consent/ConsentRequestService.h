#pragma once

#include "ClientConsentState.h"
#include "ConsentRequestReview.h"
#include "directory/ConsentRequest.h"
#include "graph/GraphError.h"
#include "graph/GraphRequest.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class GraphClient;
class PermissionResolver;

/**
 * The admin-consent request queue (graph-api.md §1–2): lists requests — "My pending" through
 * filterByCurrentUser(on='reviewer') or "All" with status filters — with each request's user requests fetched
 * separately (Graph sends the navigation empty; fetched 20 per $batch) and expiry computed from the workflow
 * policy's requestDurationInDays. review() resolves every pending scope and marks what the client already holds.
 *
 * Nothing here writes: granting and blocking are GrantPlanner + WriteRunner.
 */
class ConsentRequestService : public QObject
{
    Q_OBJECT

public:
    enum class View { MyPending, All };

    struct Query
    {
        View view = View::MyPending;
        QStringList statuses; // All: requests with a user request in any of these; empty: every request
        QString appId; // optional: only this app
    };

    struct Listing
    {
        QList<ConsentRequest> requests; // in Graph's order
        int requestDurationInDays = -1; // -1: policy not readable (expiry unknown)
        bool workflowEnabled = false;
        GraphError error; // the list itself failed (403 for a role without access, …)
        GraphError policyError; // the policy could not be read; the list is still good
    };

    ConsentRequestService(GraphClient* client, PermissionResolver* resolver, QObject* parent = nullptr);

    static QStringList statuses(); // Initializing, InProgress, Expired, Completed
    // The request list() sends; invalid (and *error) for an unknown status or a malformed appId.
    static GraphRequest listRequest(const Query& query, QString* error = nullptr);
    // expiresAt = createdDateTime + days for each user request (days < 0: left unknown).
    static void applyExpiry(ConsentRequest& request, int requestDurationInDays);

    QFuture<Listing> list(const Query& query); // never finished synchronously
    void list(const Query& query, QObject* context, std::function<void(const Listing&)> done); // for the CLI
    // The client's SP (fresh, never from the cache), its AllPrincipals grants and the app role assignments it holds:
    // what a grant for a request merges into. The first failure in error; the state may then be partial.
    struct ClientState
    {
        ClientConsentState state;
        GraphError error;
    };
    QFuture<ClientState> loadClientState(const QString& appId, const QString& displayName);
    void loadClientState(const QString& appId,
                         const QString& displayName,
                         QObject* context,
                         std::function<void(const ClientConsentState&, const GraphError&)> done); // for the CLI
    QFuture<ConsentRequestReview> review(const ConsentRequest& request);
    void review(const ConsentRequest& request,
                QObject* context,
                std::function<void(const ConsentRequestReview&)> done); // for the CLI

signals:
    void requestReceived(const ConsentRequest& request); // streaming: each request once its user requests arrived

private:
    QPointer<GraphClient> m_client;
    PermissionResolver* m_resolver = nullptr;
};
