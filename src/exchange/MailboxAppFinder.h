#pragma once

#include "exchange/MailboxApp.h"
#include "graph/GraphError.h"

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
 * (MailboxPermissions::contains). finished() follows every start().
 */
class MailboxAppFinder : public QObject
{
    Q_OBJECT

public:
    MailboxAppFinder(GraphClient* graph, ServicePrincipalCache* cache, QObject* parent = nullptr);

    bool start(); // false while running
    bool isRunning() const { return m_running; }
    const QList<MailboxApp>& apps() const { return m_apps; }

signals:
    void finished(const QList<MailboxApp>& apps, const GraphError& error);

private:
    void readHolders(const QString& resourceId, const QHash<QString, QString>& mailboxRoles);
    void done();

    QPointer<GraphClient> m_graph;
    QPointer<ServicePrincipalCache> m_cache;
    QHash<QString, MailboxApp> m_byId;
    QList<MailboxApp> m_apps;
    GraphError m_error;
    int m_pending = 0;
    bool m_running = false;
};
