#pragma once

#include "ExitCode.h"

#include "exchange/ExchangeExecution.h"
#include "exchange/ExchangePlan.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class CliContext;
class CliPlanRunner;
class ExchangeAdminClient;
class ExchangeExecutor;
class Journal;
class QJsonObject;

/**
 * Runs an ExchangePlan from the command line — `policy new`, `policy remove` and `journal restore` of Exchange
 * entries — with the rules of CliPlanRunner, its Graph counterpart: show the plan (every write, the warnings, the
 * notes, what is not restored); stop there for --dry-run (plus the Exchange Online PowerShell); otherwise, when asked,
 * check the admin's roles up front; make sure an Exchange token is at hand; confirm (--yes, or "y" at a terminal;
 * without either exit 2); journal every write before it is sent (ExchangeExecutor), the first failure skipping the
 * rest; one line per write; on a partial failure keep what was made, print the PowerShell that undoes it, or roll it
 * back.
 *
 * Exchange has the last word on permissions: an Exchange role may come from an Exchange role group that Entra's
 * directory roles do not show, so the up-front role check is optional; a 403 ends in exit 4 with the role to ask for.
 *
 * Exit codes: 0 all made (or nothing to do, or a dry run); 1 a write failed, the journal could not be opened, or the
 * admin said no; 2 no --yes and no terminal; 3 no Exchange token (or Exchange's 401); 4 permission denied (role, or
 * Exchange's 403); 5 Exchange's 404.
 */
class CliExchangePlanRunner : public QObject
{
    Q_OBJECT

public:
    // Wording and result shape: a change the admin asked for (titled by the plan), or the undo of journaled writes.
    enum class Purpose { Change, Restore };
    // Some writes made, one failed: recipe steps depend on each other, so a change keeps what was made (the journal
    // says what); a restore says how to undo it, or undoes it (--rollback-on-failure).
    enum class OnPartialFailure { KeepMade, ShowRollback, RollBack };

    struct Options
    {
        Purpose purpose = Purpose::Change;
        bool dryRun = false;
        QStringList notes; // for people, after the plan (what a policy will and will not limit)
        bool checkRoles = false; // refuse (exit 4) when the admin's known roles do not allow Exchange changes
        OnPartialFailure onPartialFailure = OnPartialFailure::KeepMade;
        bool printJson = true; // false: the caller prints executionJson() with its own additions
        Journal* journal = nullptr; // open already; null: the default journal, opened once confirmed
        CliPlanRunner* account = nullptr; // who is acting, maybe known already; null: found out here when needed
    };

    using Done = std::function<void(ExitCode code, const ExchangeExecution& execution)>;

    // exchange: the caller's client; null: one of its own.
    explicit CliExchangePlanRunner(CliContext& context,
                                   ExchangeAdminClient* exchange = nullptr,
                                   QObject* parent = nullptr);
    ~CliExchangePlanRunner() override;

    // done gets the execution of the plan (no operationId when nothing was sent).
    void run(const ExchangePlan& plan, const Options& options, Done done);

    QJsonObject executionJson(const ExchangeExecution& execution) const;

private:
    QString journalPath() const;
    void printPlan(const ExchangePlan& plan, bool toErr);
    void withAccount(std::function<void()> then);
    bool checkRoles();
    bool checkToken();
    bool confirm(const ExchangePlan& plan);
    bool openJournal();
    void execute(const ExchangePlan& plan, std::function<void(const ExchangeExecution&)> then);
    void finished(const ExchangeExecution& execution);
    void printResults(const ExchangeExecution& execution, const QString& phase);
    void printJson(const QJsonObject& json);
    void finish(ExitCode code, const ExchangeExecution& execution = {});

    CliContext& m_context;
    ExchangeAdminClient* m_exchange = nullptr;
    Options m_options;
    Done m_done;
    bool m_accountAsked = false; // found out once: a failed WhoAmI is not repeated (nor its note)
    std::unique_ptr<Journal> m_ownJournal;
    ExchangeExecutor* m_executor = nullptr;
};
