// consentdesk-cli: the same core as the GUI, for scripts and auditors (JSON/CSV output, exit codes).
#include "ConsentDeskVersion.h"
#include "cli/CliApplication.h"
#include "cli/ExplainCommand.h"
#include "cli/GrantsKeepOnlyCommand.h"
#include "cli/GrantsListCommand.h"
#include "cli/GrantsRevokeCommand.h"
#include "cli/JournalListCommand.h"
#include "cli/JournalRestoreCommand.h"
#include "cli/PolicyExplainCommand.h"
#include "cli/PolicyListCommand.h"
#include "cli/PolicyMatrixCommand.h"
#include "cli/PolicyNewCommand.h"
#include "cli/PolicyRemoveCommand.h"
#include "cli/PolicyTestCommand.h"
#include "cli/PostureCommand.h"
#include "cli/RequestsBlockCommand.h"
#include "cli/RequestsGrantCommand.h"
#include "cli/RequestsListCommand.h"
#include "cli/RequestsShowCommand.h"
#include "cli/SettingsClassifyCommand.h"
#include "cli/SettingsGroupOwnerConsentCommand.h"
#include "cli/SettingsShowCommand.h"
#include "cli/SettingsUserConsentCommand.h"
#include "cli/SettingsWorkflowCommand.h"
#include "cli/SignInCommand.h"
#include "cli/SignOutCommand.h"
#include "cli/SnapshotDiffCommand.h"
#include "cli/SnapshotExportCommand.h"
#include "cli/TerminalFilterDevice.h"
#include "cli/TroubleshootCommand.h"
#include "cli/WhoAmICommand.h"
#include "log/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
    QCoreApplication app(argc, argv);

    // English in every locale, with proper plurals ("1 day", "13 days"): output and messages are what scripts and
    // runbooks match, and only the texts shared with the GUI could be translated — half-German output helps nobody.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/consentdesk_en.qm"))) {
        QCoreApplication::installTranslator(&englishPlurals);
    }

    QStringList arguments = app.arguments().mid(1);
    Log::Options logOptions;
    logOptions.fileName = QStringLiteral("consentdesk-cli.log");
    logOptions.console = arguments.contains(QStringLiteral("--verbose"));
    logOptions.level = logOptions.console ? spdlog::level::debug : spdlog::level::info;
    Log::init(logOptions);

    // Everything printed passes a filter: tenant names must not drive the admin's terminal (escape sequences).
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    TerminalFilterDevice outFilter(&stdoutFile, TerminalFilterDevice::Mode::Text);
    TerminalFilterDevice errFilter(&stderrFile, TerminalFilterDevice::Mode::Text);
    QTextStream out(&outFilter);
    QTextStream err(&errFilter);
    CliApplication cli(out, err);
    cli.addCommand(std::make_unique<SignInCommand>());
    cli.addCommand(std::make_unique<SignOutCommand>());
    cli.addCommand(std::make_unique<WhoAmICommand>());
    cli.addCommand(std::make_unique<RequestsListCommand>());
    cli.addCommand(std::make_unique<RequestsShowCommand>());
    cli.addCommand(std::make_unique<RequestsGrantCommand>());
    cli.addCommand(std::make_unique<RequestsBlockCommand>());
    cli.addCommand(std::make_unique<GrantsListCommand>());
    cli.addCommand(std::make_unique<GrantsRevokeCommand>());
    cli.addCommand(std::make_unique<GrantsKeepOnlyCommand>());
    cli.addCommand(std::make_unique<JournalListCommand>());
    cli.addCommand(std::make_unique<JournalRestoreCommand>());
    cli.addCommand(std::make_unique<PolicyListCommand>());
    cli.addCommand(std::make_unique<PolicyTestCommand>());
    cli.addCommand(std::make_unique<PolicyExplainCommand>());
    cli.addCommand(std::make_unique<PolicyNewCommand>());
    cli.addCommand(std::make_unique<PolicyRemoveCommand>());
    cli.addCommand(std::make_unique<PolicyMatrixCommand>());
    cli.addCommand(std::make_unique<SettingsShowCommand>());
    cli.addCommand(std::make_unique<SettingsWorkflowCommand>());
    cli.addCommand(std::make_unique<SettingsUserConsentCommand>());
    cli.addCommand(std::make_unique<SettingsGroupOwnerConsentCommand>());
    cli.addCommand(std::make_unique<SettingsClassifyCommand>());
    cli.addCommand(std::make_unique<ExplainCommand>());
    cli.addCommand(std::make_unique<TroubleshootCommand>());
    cli.addCommand(std::make_unique<SnapshotExportCommand>());
    cli.addCommand(std::make_unique<SnapshotDiffCommand>());
    cli.addCommand(std::make_unique<PostureCommand>());
    ExitCode code = cli.run(arguments);
    out.flush();
    if (outFilter.writeFailed() && !outFilter.brokenPipe()) {
        // A script's `> report.csv` on a full disk: the output is lost, so the run did not succeed (exit 0 said it
        // had).
        err << "error: Could not write to standard output (" << outFilter.writeError()
            << "): the output is incomplete.\n  The command itself ended with exit code " << int(code)
            << "; changes it made, if any, are in `consentdesk-cli journal list`. Free space or send the output "
               "elsewhere, then run it again.\n";
        err.flush();
        if (code == ExitCode::Ok) {
            code = ExitCode::Failure;
        }
    }
    Log::shutdown();
    return int(code);
}
