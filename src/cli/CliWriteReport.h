#pragma once

#include "pipeline/WritePlan.h"
#include "pipeline/WriteRun.h"
#include "report/Table.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QTextStream;

/**
 * How the CLI shows a plan and a run, for people (text) and for scripts (CSV, JSON). The columns and JSON keys are
 * released, so each keeps the shape its commands shipped with: Graph plans (requests grant/block, grants
 * revoke/keep-only, journal restore), Exchange changes (policy new/remove) and Exchange restores (journal restore).
 */
class CliWriteReport
{
public:
    enum class Style { Graph, ExchangeChange, ExchangeRestore };
    static Style styleOf(const WritePlan& plan);

    // The plan for people: a heading, every write, then warnings, notes (what the change means for the app), what is
    // not restored and the plan's note — all before the admin confirms.
    static void writePlan(QTextStream& s, const WritePlan& plan, const QStringList& notes);
    static Table planTable(const WritePlan& plan); // --dry-run --format csv
    static QJsonObject planJson(const WritePlan& plan, const QStringList& notes); // --dry-run --format json
    static QString powerShellHeading(const WritePlan& plan); // "Microsoft Graph PowerShell equivalent:"

    // "  ✓ 1. summary — message": one line per write as it finishes.
    static void writeResultLine(QTextStream& s, const WriteRun::Result& result);
    // "Done: 2 of 3 made, 1 failed. Journal: … (operation …)"; phase "rollback" reads "Rolled back …".
    static void writeSummary(QTextStream& s, const WriteRun& run, const QString& phase, const QString& journalPath);
    static Table resultsTable(const WriteRun& run, Style style, const QString& phase);
    static QJsonObject runJson(const WriteRun& run, Style style, const QString& journalPath);

    static QString changes(qsizetype n); // "1 change", "3 changes"
};
