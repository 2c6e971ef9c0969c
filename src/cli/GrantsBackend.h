#pragma once

#include "ExitCode.h"

#include "consent/AppInventory.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class CliContext;
class GrantInventory;
class GraphClient;
class ServicePrincipalCache;

/**
 * The granted-permissions core as the `grants …` and `journal restore` commands use it, wired once per run: one
 * service principal cache (every app of a bulk revoke resolves the same resources) and one GrantInventory.
 *
 * An app is named the way admins copy it from the portal: its application (client) ID, its service principal's
 * object ID, or its exact display name. Apps load one after another, so a 300-app file does not open 300
 * connections at once.
 */
class GrantsBackend : public QObject
{
    Q_OBJECT

public:
    struct Loaded
    {
        QList<AppInventory> apps; // in the order asked, duplicates (the same SP named twice) once
        QString notFound; // the first name that matched no app
        QString ambiguous; // the first display name that matched several apps
        GraphError error; // the first failure other than "not found"
    };

    explicit GrantsBackend(GraphClient* graph, QObject* parent = nullptr);
    ~GrantsBackend() override;

    GrantInventory* inventory() const { return m_inventory.get(); }
    ServicePrincipalCache* cache() const { return m_cache.get(); }

    // names: appId, object id or display name; byObjectId: the names are SP object ids only (journal entries).
    void loadApps(const QStringList& names, std::function<void(const Loaded&)> done, bool byObjectId = false);

    // Prints why loading failed (ambiguous name: usage; unknown app: not found; else Graph's error) and returns the
    // exit code; Ok when every app loaded.
    static ExitCode reportFailure(CliContext& context, const Loaded& loaded);

    // Lines of a file of app names: blanks and '#' comments skipped. False (and *error) when it cannot be read.
    static bool readAppsFile(const QString& path, QStringList* names, QString* error);

private:
    struct Run;
    void next(const std::shared_ptr<Run>& run);
    void loadOne(const std::shared_ptr<Run>& run, const QString& name);
    void accept(const std::shared_ptr<Run>& run, const QString& name, const AppInventory& app);

    GraphClient* m_graph = nullptr;
    std::unique_ptr<ServicePrincipalCache> m_cache;
    std::unique_ptr<GrantInventory> m_inventory;
};
