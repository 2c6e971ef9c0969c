#pragma once

#include "CliCommand.h"

class GraphError;

// `requests show ID`: one request — who asked, why and when, its status and expiry — and every pending scope
// resolved against its API (claim, name, description, type, admin consent, risk, already granted).
class RequestsShowCommand : public CliCommand
{
public:
    QStringList words() const override { return {QStringLiteral("requests"), QStringLiteral("show")}; }
    bool needsTenantId() const override { return false; } // Graph reads only
    QString summary() const override
    {
        return QStringLiteral("Show one consent request: requesters and every requested permission resolved.");
    }
    QString usage() const override { return QStringLiteral("ID"); }
    QString details() const override;
    void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) override;

    // The single ID argument, or a usage error printed (shared by grant and block).
    static bool requestId(CliContext& context, const QCommandLineParser& parser, const QString& command, QString* id);
    // The request could not be read: an unknown id (exit 5), a role that may not read requests (exit 4), … in words.
    static ExitCode readFailed(CliContext& context, const QString& id, const GraphError& error);
};
