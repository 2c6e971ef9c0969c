#pragma once

#include <QString>

class GraphClient;

/**
 * What one consentdesk-cli run cost, written as JSON to the file CONSENTDESK_STATS_FILE names (for scripts/bench):
 * wall time, HTTP requests, retries, 429 answers, bytes, and the process's peak resident memory. Nothing about the
 * tenant, no URLs, no tokens.
 */
class RunStatsFile
{
public:
    static QString pathFromEnvironment(); // empty: not asked for
    // graph may be null (the command made no request). False when the file cannot be written.
    static bool write(const QString& path, const GraphClient* graph, qint64 wallMs, int exitCode);
    static qint64 peakResidentBytes(); // -1 where the platform does not say
};
