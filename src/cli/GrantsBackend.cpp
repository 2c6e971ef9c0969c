#include "GrantsBackend.h"

#include "directory/ServicePrincipalFinder.h"

#include "CliContext.h"

#include "consent/GrantInventory.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

struct GrantsBackend::Run
{
    QStringList names;
    int next = 0;
    bool byObjectId = false;
    QSet<QString> seen; // SP object ids already in the result
    Loaded result;
    std::function<void(const Loaded&)> done;
};

GrantsBackend::GrantsBackend(GraphClient* graph, QObject* parent)
    : QObject(parent)
    , m_graph(graph)
    , m_cache(std::make_unique<ServicePrincipalCache>(graph))
    , m_inventory(std::make_unique<GrantInventory>(graph, m_cache.get()))
{
}

GrantsBackend::~GrantsBackend() = default;

bool GrantsBackend::readAppsFile(const QString& path, QStringList* names, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            names->append(line);
        }
    }
    return true;
}

void GrantsBackend::loadApps(const QStringList& names, std::function<void(const Loaded&)> done, bool byObjectId)
{
    auto run = std::make_shared<Run>();
    run->names = names;
    run->byObjectId = byObjectId;
    run->done = std::move(done);
    next(run);
}

void GrantsBackend::next(const std::shared_ptr<Run>& run)
{
    const bool stop
        = !run->result.notFound.isEmpty() || !run->result.ambiguous.isEmpty() || run->result.error.isError();
    if (stop || run->next >= run->names.size()) {
        auto done = std::move(run->done);
        done(run->result);
        return;
    }
    loadOne(run, run->names.at(run->next++).trimmed());
}

void GrantsBackend::loadOne(const std::shared_ptr<Run>& run, const QString& name)
{
    ServicePrincipalFinder::find(
        m_graph,
        m_cache.get(),
        name,
        this,
        [this, run, name](const ServicePrincipalFinder::Result& r) {
            if (!r.servicePrincipal) {
                if (r.ambiguous) {
                    run->result.ambiguous = name;
                } else if (r.error) {
                    run->result.error = r.error;
                } else {
                    run->result.notFound = name;
                }
                next(run);
                return;
            }
            // The inventory reads the app afresh (revokes plan from it), not from the cache.
            m_inventory->loadApp(ServicePrincipalCache::Key::byId(r.servicePrincipal->id),
                                 this,
                                 [this, run, name](const AppInventory& app) { accept(run, name, app); });
        },
        run->byObjectId);
}

void GrantsBackend::accept(const std::shared_ptr<Run>& run, const QString& name, const AppInventory& app)
{
    if (!app.isValid()) {
        if (app.error.kind == GraphError::Kind::NotFound || !app.error.isError()) {
            run->result.notFound = name;
        } else {
            run->result.error = app.error;
        }
    } else if (app.error.isError()) {
        // Planning a revoke on a partly read app could miss a grant: a partial read is a failure.
        run->result.error = app.error;
    } else if (!run->seen.contains(app.app.id)) {
        run->seen.insert(app.app.id);
        run->result.apps.append(app);
    }
    next(run);
}

ExitCode GrantsBackend::reportFailure(CliContext& context, const Loaded& loaded)
{
    if (!loaded.ambiguous.isEmpty()) {
        context.printError(
            QStringLiteral("Several apps are named '%1'. Nothing was changed.").arg(loaded.ambiguous.left(80)),
            QStringLiteral("Name it by its application ID (grants list --all shows them)."));
        return ExitCode::Usage;
    }
    if (!loaded.notFound.isEmpty()) {
        context.printError(QStringLiteral("No app '%1' in this tenant (no service principal with that application "
                                          "ID, object ID or display name). Nothing was changed.")
                               .arg(loaded.notFound.left(80)));
        return ExitCode::NotFound;
    }
    if (loaded.error.isError()) {
        const ExitCode code = exitCodeFor(loaded.error);
        // Planning on a partly known state could miss a grant: nothing is changed.
        context.printError(QStringLiteral("Could not read what the app holds now: %1. Nothing was changed.")
                               .arg(loaded.error.summary()));
        return code == ExitCode::Ok ? ExitCode::Failure : code;
    }
    return ExitCode::Ok;
}
