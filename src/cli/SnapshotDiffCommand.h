#pragma once

#include "CliCommand.h"

#include "report/SnapshotChange.h"
#include "report/SnapshotDiffReport.h"

class SnapshotIndex;

// `snapshot diff A B|live`: what changed between two snapshot files, or a file and the live tenant — riskiest first,
// as a table, JSON rows, CSV or a self-contained HTML report. Exit 0 when equal, 1 when different, so a scheduled
// task can act on it.
class SnapshotDiffCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("snapshot"), QStringLiteral("diff")}; }
    QString usage() const override { return QStringLiteral("A B|live"); }
    QString summary() const override
    {
        return QStringLiteral("Show what changed between two snapshots, or a snapshot and the live tenant.");
    }
    QString details() const override;
    bool needsTenantId() const override { return false; }
    bool needsTenantFor(const QCommandLineParser& parser) const override;
    QStringList extraFormats() const override { return {QStringLiteral("html")}; }
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

private:
    static ExitCode print(CliContext& context,
                          const SnapshotIndex& before,
                          const SnapshotIndex& after,
                          const SnapshotDiffReport::Side& beforeSide,
                          const SnapshotDiffReport::Side& afterSide);
};
