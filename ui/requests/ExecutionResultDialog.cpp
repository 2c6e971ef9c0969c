#include "ExecutionResultDialog.h"

ExecutionResultDialog::ExecutionResultDialog(const GrantExecution& execution, QWidget* parent)
    : ExecutionResultDialogBase(parent)
{
    setObjectName(QStringLiteral("executionResultDialog"));
    for (const GrantExecution::Result& result : execution.results) {
        addResult(
            outcomeOf(result.status), result.operation.summary, result.operation.describeRequest(), result.message);
    }
    const int ok = execution.count(GrantExecution::Result::Status::Succeeded);
    summarize(execution.allSucceeded(),
              tr("All %n change(s) were made.", nullptr, ok),
              execution.plan.purpose != GrantPlan::Purpose::Block
                  ? tr("Users may need to sign in to the app again before new permissions apply.")
                  : QString(),
              execution.plan.purpose != GrantPlan::Purpose::Rollback);
}
