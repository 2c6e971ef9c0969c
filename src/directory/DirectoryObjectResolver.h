#pragma once

#include "graph/GraphError.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class GraphClient;

/**
 * Directory objects by object id, for ids a listing referred to but did not return: Graph drops items while paging,
 * and a service principal created a moment ago may not be listed yet. First POST /directoryObjects/getByIds (1 000 ids
 * a request, the type and $select given — 2 resource units instead of 5), then each id getByIds did not return one by
 * one (GET {collection}/{id}, 20 to a $batch): what still answers 404 is reported as not found, never dropped.
 *
 * Each resolve() is independent (no cache): reports want the directory as it is now.
 */
class DirectoryObjectResolver : public QObject
{
    Q_OBJECT

public:
    static constexpr int GetByIdsMax = 1000; // Graph's limit per getByIds request

    struct Result
    {
        QHash<QString, QJsonObject> found; // by id (lower-case ids match too: keys as Graph returned them)
        QStringList notFound; // asked for, and neither getByIds nor the single GET returned it
        GraphError error; // the first failure other than "not found"; those ids are in neither list
        int requests = 0; // HTTP requests sent (getByIds and $batch), retries excluded
    };

    struct Options
    {
        QString type; // getByIds "types": "servicePrincipal", "user"; empty: any type
        QString collection; // for the one-by-one fallback: "/servicePrincipals", "/users"; empty: no fallback
        QStringList select; // $select for both; empty: Graph's default properties
    };

    DirectoryObjectResolver(GraphClient* client, const Options& options, QObject* parent = nullptr);

    // Never finished synchronously; a resolver destroyed first cancels it.
    QFuture<Result> resolve(const QStringList& ids);

    static Options servicePrincipals(); // every field ServicePrincipal::fromJson reads
    static Options users(); // id, displayName, userPrincipalName

private:
    struct Run;
    void getByIds(const std::shared_ptr<Run>& run);
    void oneByOne(const std::shared_ptr<Run>& run);
    void finish(const std::shared_ptr<Run>& run);

    QPointer<GraphClient> m_client;
    Options m_options;
};
