#pragma once

#include "CliAccount.h"
#include "CliWriteReport.h"
#include "ExitCode.h"

#include "auth/CapabilityMap.h"
#include "pipeline/WritePlan.h"
#include "pipeline/WriteRun.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CliContext;
class ExchangeAdminClient;
class QCommandLineParser;
class Journal;
class WriteRunner;

/**
 * The command line's one way to change a tenant, for every write command (requests grant/block, grants
 * revoke/keep-only, journal restore, policy new/remove) and both services: show the plan (every write, warnings,
 * notes, what is not restored); stop there for --dry-run (plus the PowerShell equivalent); otherwise make sure the
 * change may be made — the admin's known roles allow it, the token carries the write permissions (Graph) or an
 * Exchange token is at hand — and confirmed (--yes, or "y" at a terminal; without either exit 2); open the journal;
 * run the plan with WriteRunner (every write journaled before it is sent); print one line per write; and after a
 * partial failure keep what was made, print the PowerShell that undoes it, or roll it back.
 *
 * Write permissions: the CLI never opens a browser on its own. A stored sign-in must have been allowed to make
 * changes (`consentdesk-cli signin --allow-changes`, or the ConsentDesk app's "Allow changes"); an environment
 * token must carry them. Otherwise exit 4 with that instruction, before anything is sent.
 *
 * Exit codes: 0 everything done (or nothing to do, or a dry run); 1 a failure (journal, network, a write failed), or
 * the admin said no at the prompt; 2 no --yes and no terminal to ask at; 3 no Exchange token (or Exchange's 401);
 * 4 permission denied (role, token, or a 403 on any write); 5 Exchange's 404.
 */
class CliPlanRunner : public QObject
{
    Q_OBJECT

public:
    // Some writes made, one failed. Recipe steps depend on each other, so an Exchange change keeps what was made (the
    // journal says what); the others say how to undo it, or undo it (--rollback-on-failure).
    enum class OnPartialFailure { KeepMade, ShowRollback, RollBack };

    struct Options
    {
        bool dryRun = false;
        OnPartialFailure onPartialFailure = OnPartialFailure::ShowRollback;
        // Refuse (exit 4) up front when the admin's known roles do not allow this. The service has the last word
        // either way: an Exchange role may come from a role group that Entra's directory roles do not show.
        std::optional<CapabilityMap::Kind> capability;
        QStringList writeScopes; // the Graph permissions the token needs
        QStringList notes; // for people, after the plan (what a policy will and will not limit)
        bool printJson = true; // false: the caller prints runJson() with its own additions
        Journal* journal = nullptr; // open already; null: the default journal, opened once confirmed
    };

    using Done = std::function<void(ExitCode code, const WriteRun& run)>;

    // What --dry-run and --rollback-on-failure ask for (a command with both options), and when capability is given,
    // the roles and Graph permissions it needs.
    static Options commandOptions(const QCommandLineParser& parser,
                                  std::optional<CapabilityMap::Kind> capability = std::nullopt);

    // account: who is acting, maybe known already (shared with the command); null: one of its own.
    explicit CliPlanRunner(CliContext& context, CliAccount* account = nullptr, QObject* parent = nullptr);
    ~CliPlanRunner() override;

    CliAccount& account() { return *m_account; }

    // done gets the run of the plan (no operationId when nothing was sent).
    void run(const WritePlan& plan, const Options& options, Done done);
    // Learns who is acting first, so that plan() may ask account().capabilities(); then runs its plan. done gets
    // the exit code only.
    void runAsAccount(std::function<WritePlan()> plan, const Options& options, std::function<void(ExitCode)> done);
    QJsonObject runJson(const WriteRun& run) const;

    static bool stdinIsTerminal();

private:
    QString journalPath() const;
    Journal* journal() const;
    bool checkRoles();
    void checkWriteAccess(std::function<void()> then);
    void checkWriteScopes(std::function<void()> then);
    bool confirm();
    bool openJournal();
    void execute(const WritePlan& plan, std::function<void(const WriteRun&)> then);
    void finished(const WriteRun& run);
    void printResults(const WriteRun& run, const QString& phase);
    void printJson(const QJsonObject& json);
    ExitCode exitCodeOf(const WriteRun& run) const;
    void finish(ExitCode code, const WriteRun& run = {});

    CliContext& m_context;
    CliAccount* m_account = nullptr;
    ExchangeAdminClient* m_exchange = nullptr;
    WritePlan m_plan;
    Options m_options;
    CliWriteReport::Style m_style = CliWriteReport::Style::Graph;
    Done m_done;
    std::unique_ptr<Journal> m_ownJournal;
    std::unique_ptr<WriteRunner> m_writes;
};
