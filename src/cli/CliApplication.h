#pragma once

#include "CliContext.h"
#include "ExitCode.h"

#include <QStringList>

#include <memory>
#include <vector>

class CliCommand;
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
                         bool needsTenant,
                         CliContext::Settings* settings,
                         QString* error) const;
    // Tokens: from the environment (automation) or the profile's refresh token in the keychain.
    bool prepareContext(CliContext& context, bool needsTenant, QString* error);

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    std::unique_ptr<TokenProvider> m_tokenProvider;
};
