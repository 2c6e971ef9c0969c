#pragma once

#include "SnapshotExporter.h"
#include "SnapshotReader.h"

#include <functional>

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
    using Done = std::function<void(const SnapshotReader::Result& snapshot, const GraphError& error)>;

    // done runs once on context's thread (never after context is gone); exchange may be null.
    static void read(GraphClient* graph,
                     ExchangeAdminClient* exchange,
                     const SnapshotExporter::Options& options,
                     QObject* context,
                     Done done);
};
