#pragma once

#include "ExitCode.h"

#include "auth/AccountInfo.h"
#include "exchange/ExchangeExecution.h"
#include "exchange/ExchangePlan.h"

#include <QObject>

#include <functional>
#include <optional>

class CliContext;
class ExchangeAdminClient;
class ExchangeExecutor;
class Journal;
class QJsonObject;

/**
 * `journal restore` for Exchange entries, once ExchangeRestorePlanner has the plan: the same rules as CliPlanRunner
 * for Graph restores — show the plan (and what is not undone, and why); stop there for --dry-run with the Exchange
 * Online PowerShell; otherwise the admin's roles must allow Exchange changes, an Exchange token must be at hand, and
 * the change confirmed (--yes, or "y" at a terminal); then ExchangeExecutor runs it, journaling each cmdlet before
 * it is sent with restoresEntryId; one line per cmdlet; on a partial failure roll back (--rollback-on-failure) or
 * print the PowerShell that would.
 *
 * Exit codes: 0 all undone (or a dry run); 1 a cmdlet failed, or the admin said no; 2 no --yes and no terminal;
 * 3 no Exchange token; 4 permission denied (role, or Exchange's 403).
 */
class JournalExchangeRestore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool dryRun = false;
        bool rollbackOnFailure = false;
    };

    // journal: open already (JournalBackend's).
    JournalExchangeRestore(CliContext& context, Journal* journal, QObject* parent = nullptr);

    // account: who acts (the journal's actor, the role check); unknown: Exchange decides.
    void run(const ExchangePlan& plan,
             const std::optional<AccountInfo>& account,
             const Options& options,
             std::function<void(ExitCode)> done);

private:
    void printPlan(const ExchangePlan& plan, bool toErr);
    bool checkRoles();
    bool confirm(const ExchangePlan& plan);
    void execute(const ExchangePlan& plan, std::function<void(const ExchangeExecution&)> then);
    void printResults(const ExchangeExecution& execution, const QString& phase);
    QJsonObject executionJson(const ExchangeExecution& execution) const;
    static ExitCode exitCodeOf(const ExchangeExecution& execution);
    void finish(ExitCode code);

    CliContext& m_context;
    Journal* m_journal = nullptr;
    Options m_options;
    std::optional<AccountInfo> m_account;
    std::function<void(ExitCode)> m_done;
    ExchangeAdminClient* m_exchange = nullptr;
    ExchangeExecutor* m_executor = nullptr;
};
