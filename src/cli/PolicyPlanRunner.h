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
 * What `policy new` and `policy remove` share once they have an ExchangePlan — the Exchange counterpart of
 * CliPlanRunner, with the same rules: show the plan (every write and its Exchange Online PowerShell, the warnings and
 * notes); stop there for --dry-run (plus the whole script); otherwise confirm (--yes, or "y" at a terminal; without
 * either exit 2), open the journal (nothing is sent when it cannot be opened), run the plan with ExchangeExecutor
 * (every write journaled before it is sent, the first failure skips the rest), one line per write.
 *
 * Exchange has the last word on permissions: an Exchange role may come from an Exchange role group that Entra's
 * directory roles do not show, so nothing is refused up front; a 403 ends in exit 4 with the role to ask for.
 *
 * The caller prints the JSON result (executionJson()) so it can add to it; CSV and table results are printed here.
 */
class PolicyPlanRunner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(ExitCode code, const ExchangeExecution& execution)>;

    PolicyPlanRunner(CliContext& context, ExchangeAdminClient* exchange, QObject* parent = nullptr);
    ~PolicyPlanRunner() override;

    // notes: for people, after the plan (what the policy will and will not limit).
    void run(const ExchangePlan& plan, const QStringList& notes, bool dryRun, Done done);

    QJsonObject executionJson(const ExchangeExecution& execution) const;
    QString journalPath() const;

private:
    void printPlan(const ExchangePlan& plan, const QStringList& notes, bool toErr);
    bool confirm(const ExchangePlan& plan, const QStringList& notes);
    void execute(const ExchangePlan& plan);
    void printResults(const ExchangeExecution& execution);
    void finish(ExitCode code, const ExchangeExecution& execution = {});

    CliContext& m_context;
    ExchangeAdminClient* m_exchange = nullptr;
    CliPlanRunner* m_account = nullptr; // who is acting, for the journal
    std::unique_ptr<Journal> m_journal;
    ExchangeExecutor* m_executor = nullptr;
    Done m_done;
};
