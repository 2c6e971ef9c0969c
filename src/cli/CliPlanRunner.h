#pragma once

#include "ExitCode.h"

#include "auth/AccountInfo.h"
#include "auth/CapabilityMap.h"
#include "consent/GrantExecution.h"
#include "consent/GrantPlan.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CliContext;
class GrantExecutor;
class Journal;
class QJsonObject;

/**
 * What `requests grant` and `requests block` share once they have a plan: show it; stop there for --dry-run (plus
 * the Graph PowerShell equivalent); otherwise make sure the change may be made — the admin's roles allow it, the
 * token carries the write permissions — and confirmed (--yes, or "y" at a terminal); open the journal; run the plan
 * with GrantExecutor (every write journaled before it is sent); print one line per operation; and on a partial
 * failure roll back (--rollback-on-failure) or say how.
 *
 * Write permissions: the CLI never opens a browser on its own. A stored sign-in must have been allowed to make
 * changes (`consentdesk-cli signin --allow-changes`, or the ConsentDesk app's "Allow changes"); an environment
 * token must carry them. Otherwise exit 4 with that instruction, before anything is sent.
 *
 * Exit codes: 0 everything done (or nothing to do, or a dry run); 1 a failure (journal, network, a write failed
 * other than 403), or the admin said no at the prompt; 2 no --yes and no terminal to ask at; 4 permission denied
 * (role, token, or a 403 from Graph on any write).
 */
class CliPlanRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool dryRun = false;
        bool rollbackOnFailure = false;
        CapabilityMap::Kind capability = CapabilityMap::Kind::GrantDelegated; // what the admin's role must allow
        QStringList writeScopes; // the Graph permissions the token needs
        QString verb; // "grant", "block": for messages
    };

    explicit CliPlanRunner(CliContext& context, QObject* parent = nullptr);
    ~CliPlanRunner() override;

    // Who is acting (for the journal and the role check): the stored sign-in's account, else /me for an environment
    // token. Not finding out is not fatal: the role check is then left to Graph.
    void loadAccount(std::function<void()> then);
    const std::optional<AccountInfo>& account() const { return m_account; }
    // The account's capabilities when its roles are known, for GrantPlanner's warnings; else null.
    const CapabilityMap* capabilities() const;

    void run(const GrantPlan& plan, const Options& options, std::function<void(ExitCode)> done);

    static bool stdinIsTerminal();

private:
    void printPlan(const GrantPlan& plan, bool toErr);
    bool checkRoles(const GrantPlan& plan);
    void checkWriteScopes(std::function<void()> then);
    bool confirm(const GrantPlan& plan);
    void execute(const GrantPlan& plan, std::function<void(const GrantExecution&)> then);
    void printResults(const GrantExecution& execution, const QString& heading);
    QJsonObject executionJson(const GrantExecution& execution) const;
    ExitCode exitCodeOf(const GrantExecution& execution) const;
    void finish(ExitCode code);

    CliContext& m_context;
    Options m_options;
    std::function<void(ExitCode)> m_done;
    std::optional<AccountInfo> m_account;
    CapabilityMap m_capabilities;
    std::unique_ptr<Journal> m_journal;
    GrantExecutor* m_executor = nullptr;
};
