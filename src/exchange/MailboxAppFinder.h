#pragma once

#include "async/Async.h"
#include "exchange/MailboxApp.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class GraphClient;
class ServicePrincipalCache;

/**
 * "Which apps can read every mailbox?" without a request per app: the resources that define mailbox application
 * permissions (Microsoft Graph and Office 365 Exchange Online) are resolved through the cache, then each one's
 * appRoleAssignedTo list (every holder of its app roles, paged) is read once and narrowed to the mailbox roles
 * (MailboxPermissions::contains). One read at a time: callers meanwhile share it.
 */
class MailboxAppFinder : public QObject
{
    Q_OBJECT

public:
    MailboxAppFinder(GraphClient* graph, ServicePrincipalCache* cache, QObject* parent = nullptr);

    struct Found
    {
        QList<MailboxApp> apps; // by name
        GraphError error; // the first failure: the list may be incomplete
    };

    QFuture<Found> find();
    bool isRunning() const { return m_running; }
    const QList<MailboxApp>& apps() const { return m_apps; }

private:
    QFuture<GraphError> readHolders(const QString& resourceId, const QHash<QString, QString>& mailboxRoles);
    void done();

    QPointer<GraphClient> m_graph;
    QPointer<ServicePrincipalCache> m_cache;
    QHash<QString, MailboxApp> m_byId;
    QList<MailboxApp> m_apps;
    GraphError m_error;
    bool m_running = false;
    QList<Async::Promise<Found>> m_waiting;
};
