#pragma once

#include "directory/GrantedPermission.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class GraphClient;
class GrantInventory;
class ServicePrincipalCache;
class TenantInventoryLoader;

/**
 * The full permission report the slow way, as ConsentDesk made it before PermissionReportEngine: the tenant-wide
 * inventory, then one AppInventory per app that holds anything (its grants, its assignments, its resources and users
 * looked up), every row held until the end. Kept as the reference the streamed report is checked against (tests and
 * the bench compare their rows); no front end uses it.
 */
class PerAppPermissionReport : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<GrantedPermission> rows;
        int apps = 0; // apps read one by one
        GraphError error;
    };

    explicit PerAppPermissionReport(GraphClient* client, QObject* parent = nullptr);
    ~PerAppPermissionReport() override;

    void run(std::function<void(const Result&)> done); // once

private:
    void next();

    QPointer<GraphClient> m_client;
    std::unique_ptr<ServicePrincipalCache> m_cache;
    std::unique_ptr<GrantInventory> m_inventory;
    TenantInventoryLoader* m_loader = nullptr;
    QStringList m_apps;
    int m_next = 0;
    Result m_result;
    std::function<void(const Result&)> m_done;
};
