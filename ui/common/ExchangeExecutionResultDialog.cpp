#include "ExchangeExecutionResultDialog.h"

ExchangeExecutionResultDialog::ExchangeExecutionResultDialog(const ExchangeExecution& execution, QWidget* parent)
    : ExecutionResultDialogBase(parent)
{
    setObjectName(QStringLiteral("exchangeExecutionResultDialog"));
    for (const ExchangeExecution::Result& result : execution.results) {
        addResult(outcomeOf(result.status), result.operation.summary, result.operation.powerShell(), result.message);
    }
    const int ok = execution.count(ExchangeExecution::Result::Status::Succeeded);
    summarize(execution.allSucceeded(),
              tr("All %n change(s) were made in Exchange Online.", nullptr, ok),
              execution.plan.note,
              execution.plan.purpose != ExchangePlan::Purpose::Rollback);
}
