#pragma once

#include "SnapshotExporter.h"
#include "SnapshotReader.h"

#include <QFuture>

class ExchangeAdminClient;
class GraphClient;
class QObject;

/**
 * The live tenant as a snapshot in memory — the "live" side of a diff: the same export as a file (SnapshotExporter)
 * into a buffer, read back through SnapshotReader, so live and file are compared by the same code.
 */
class LiveSnapshot
{
public:
    struct Read
    {
        SnapshotReader::Result snapshot;
        GraphError error; // the export failed (then snapshot is empty)
    };

    // The export runs under owner (exchange may be null): owner destroyed first, the read stops and the future is
    // cancelled.
    static QFuture<Read>
    read(GraphClient* graph, ExchangeAdminClient* exchange, const SnapshotExporter::Options& options, QObject* owner);
};
