#pragma once

#include "ExitCode.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CliContext;
class QCommandLineParser;

/**
 * One consentdesk-cli command ("requests list", "signin"). Commands are asynchronous like the rest of the
 * core: run() starts the work and calls done() exactly once with the exit code.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QStringList words() const = 0; // e.g. {"requests", "list"}
    virtual QString summary() const = 0; // one line for the command list
    virtual QString usage() const { return {}; } // positional arguments, e.g. "ID"
    virtual QString details() const { return {}; } // more text for `<command> --help`: behaviour, exit codes
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Does this command talk to the tenant with a token? Then CliApplication resolves one before run(): the
    // environment tokens, else a silent sign-in from the stored refresh token, else exit 3. `signin` and `signout`
    // say false and handle the sign-in themselves.
    virtual bool needsTenant() const { return true; }
    // With needsTenant(): may the command also run without any sign-in (no environment token, no stored sign-in)?
    // Then it runs offline — tokenProvider() null and no SignInManager — instead of exiting 3 (`journal list`
    // reads a local file and only settles pending entries when it can).
    virtual bool tenantOptional() const { return false; }
    // With needsTenant(): does it need the tenant's id itself — Exchange's admin API is addressed with it, and
    // every journal entry records it? With environment tokens and no --tenant it then comes from the tokens (tid) or
    // Graph's /organization, and when neither can say, the command stops (exit 2) asking for --tenant. Reads of
    // Graph alone say false.
    virtual bool needsTenantId() const { return true; }
    // needsTenant() for this command line: `snapshot diff A B` reads two files, `snapshot diff A live` the tenant.
    virtual bool needsTenantFor(const QCommandLineParser& parser) const
    {
        Q_UNUSED(parser)
        return needsTenant();
    }
    // --format values beyond table, json and csv that this command writes itself (CliContext::Settings::formatName).
    virtual QStringList extraFormats() const { return {}; }

    virtual void run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done) = 0;
};
