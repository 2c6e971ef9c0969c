#pragma once

#include "CliCommand.h"

// `snapshot export FILE`: the tenant's whole consent state to one versioned JSON file (gzip when FILE ends in .gz or
// with --gzip), streamed as Graph answers (SnapshotExporter). The file appears only when complete.
class SnapshotExportCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("snapshot"), QStringLiteral("export")}; }
    QString usage() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Write the tenant's consent state (apps, grants, requests, settings) to a snapshot file.");
    }
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;
};
