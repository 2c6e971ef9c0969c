#pragma once

#include "CliContext.h"
#include "ExitCode.h"

#include <QStringList>

#include <memory>
#include <vector>

class CliCommand;
class ProfileStore;
class QCommandLineParser;
class QTextStream;
class TokenProvider;

/**
 * consentdesk-cli: global options (where the tenant is, who we are, the output format), then a command.
 *
 *   consentdesk-cli [global options] <command words> [command options] [arguments]
 *
 * Global options may also come after the command. Exit codes are the contract of ExitCode.
 */
class CliApplication
{
public:
    CliApplication(QTextStream& out, QTextStream& err);
    ~CliApplication();

    void addCommand(std::unique_ptr<CliCommand> command);
    // Runs the command line (arguments without the program name) to completion in the caller's event loop.
    ExitCode run(const QStringList& arguments);

    QString helpText() const;

private:
    CliCommand* findCommand(const QStringList& positional, int* consumed) const;
    // Endpoints, tenant and client id from the options, the profile and the cloud table.
    bool resolveSettings(const QCommandLineParser& parser,
                         CliContext::Settings* settings,
                         QString* error,
                         const QStringList& extraFormats = {});
    // Tokens, in this order: the environment (automation); a silent sign-in from the profile's refresh token in the
    // keychain (the GUI's store); else SignInNeeded with what to run. Prints its own errors.
    ExitCode prepareTokens(CliContext& context);
    // The stored sign-in of the profile, redeemed without a browser (step 2 above). Prints its own errors.
    ExitCode signInSilently(CliContext& context);
    // With environment tokens: the tenant from their tid claim (or Graph's /organization), checked against --tenant,
    // the other token and a stored sign-in in use; exit 2 naming --tenant when it cannot be known.
    // `required`: the command needs the id (CliCommand::needsTenantId); otherwise an unknown tenant is not an error.
    ExitCode resolveEnvironmentTenant(CliContext& context, bool required);
    ProfileStore& profiles();

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::unique_ptr<TokenProvider> m_tokenProvider;
    std::unique_ptr<ProfileStore> m_profiles;
    bool m_tenantIdRequired = true; // of the command being run
};
