#pragma once

#include "UserConsentView.h"
#include "directory/ServicePrincipalCache.h"
#include "directory/User.h"
#include "graph/GraphError.h"
#include "graph/GraphRequest.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class GraphAnswer;
class GraphClient;
class MailboxScopeProvider;
class RiskCatalog;

/**
 * The helpdesk lookup (read-only; a Global Reader sees it all).
 *
 * findUsers(): a prefix match on displayName, userPrincipalName and mail ($filter=startswith(…), every literal
 * escaped by ODataFilter) and Graph's tokenized $search on the same properties (ConsistencyLevel: eventual) —
 * "smith" finds "John Smith" only through $search — merged, prefix matches first.
 *
 * load(): the user, then in parallel GET /users/{id}/oauth2PermissionGrants (their own consents; Graph never lists
 * AllPrincipals grants there), GET /oauth2PermissionGrants?$filter=consentType eq 'AllPrincipals' (what everyone has),
 * GET /users/{id}/appRoleAssignments (direct, and groups they are a direct member of), GET
 * /users/{id}/transitiveMemberOf then the groups' appRoleAssignments in $batch (nested groups), and the apps holding
 * mailbox application permissions (appRoleAssignedTo of Microsoft Graph and Exchange Online). Clients and resources
 * are resolved through the ServicePrincipalCache; mailbox scoping is asked of the MailboxScopeProvider, if any.
 */
class UserConsentLookup : public QObject
{
    Q_OBJECT

public:
    enum class SearchMode { Prefix, Search };
    struct Found
    {
        QList<User> users; // prefix matches first
        GraphError error; // only when neither mode answered
    };

    UserConsentLookup(GraphClient* client, ServicePrincipalCache* cache, QObject* parent = nullptr);

    void setRiskCatalog(const RiskCatalog* catalog); // not owned; default RiskCatalog::builtIn()
    void setMailboxScopeProvider(MailboxScopeProvider* provider) { m_mailboxScopes = provider; } // not owned

    // The request findUsers() sends for one mode; invalid (and *error) for empty text.
    static GraphRequest searchRequest(const QString& text, SearchMode mode, int top = 25, QString* error = nullptr);

    QFuture<Found> findUsers(const QString& text);
    // userIdOrUpn: an object id or a UPN (guests' '#EXT#' fine). Never finished synchronously.
    QFuture<UserConsentView> load(const QString& userIdOrUpn);
    // The same, for callers not on QFuture yet: done once unless context died.
    void load(const QString& userIdOrUpn, QObject* context, std::function<void(const UserConsentView&)> done);

private:
    struct Run;
    void loadDetails(const std::shared_ptr<Run>& run);
    QFuture<GraphAnswer> readGroupRoles(const std::shared_ptr<Run>& run);
    QFuture<GraphAnswer> readMailboxApps(const std::shared_ptr<Run>& run);
    void resolvePrincipals(const std::shared_ptr<Run>& run);
    void checkMailboxScopes(const std::shared_ptr<Run>& run);
    void buildRows(Run& run) const;
    const RiskCatalog& catalog() const;

    QPointer<GraphClient> m_client;
    ServicePrincipalCache* m_cache = nullptr;
    const RiskCatalog* m_catalog = nullptr;
    MailboxScopeProvider* m_mailboxScopes = nullptr;
};
