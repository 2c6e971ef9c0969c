#include "GrantsBackend.h"

#include "CliContext.h"

#include "consent/GrantInventory.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"
#include "graph/ODataFilter.h"

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
    if (!ODataFilter::isGuid(name)) {
        byDisplayName(run, name);
        return;
    }
    // A GUID is an appId far more often than an object id (what the portal shows first), so that is tried first.
    const auto key
        = run->byObjectId ? ServicePrincipalCache::Key::byId(name) : ServicePrincipalCache::Key::byAppId(name);
    m_inventory->loadApp(key, this, [this, run, name](const AppInventory& app) {
        if (app.isValid() || run->byObjectId || app.error.kind != GraphError::Kind::NotFound) {
            accept(run, name, app);
            return;
        }
        m_inventory->loadApp(ServicePrincipalCache::Key::byId(name), this, [this, run, name](const AppInventory& app) {
            accept(run, name, app);
        });
    });
}

void GrantsBackend::byDisplayName(const std::shared_ptr<Run>& run, const QString& name)
{
    // The name is user text: it reaches $filter only as an escaped literal.
    const ODataFilter filter = ODataFilter::eq(QStringLiteral("displayName"), name);
    if (!filter.isValid()) {
        run->result.notFound = name;
        next(run);
        return;
    }
    ODataQuery query;
    query.filter(filter).select({QStringLiteral("id"), QStringLiteral("appId"), QStringLiteral("displayName")});
    GraphReply* reply = m_graph->getCollection(GraphRequest::get(QStringLiteral("/servicePrincipals"), query));
    connect(reply, &GraphReply::finished, this, [this, run, name, reply] {
        if (!reply->ok()) {
            run->result.error = reply->error();
            next(run);
            return;
        }
        const QJsonArray items = reply->items();
        if (items.isEmpty()) {
            run->result.notFound = name;
            next(run);
            return;
        }
        if (items.size() > 1) {
            run->result.ambiguous = name;
            next(run);
            return;
        }
        const QString id = items.first().toObject().value(QStringLiteral("id")).toString();
        m_inventory->loadApp(ServicePrincipalCache::Key::byId(id), this, [this, run, name](const AppInventory& app) {
            accept(run, name, app);
        });
    });
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
