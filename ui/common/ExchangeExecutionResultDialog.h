#pragma once

#include "common/ExecutionResultDialogBase.h"
#include "exchange/ExchangeExecution.h"

/**
 * What an ExchangePlan did, cmdlet by cmdlet: done, failed (Exchange's own words) or skipped. After a partial
 * failure it offers to roll back what did succeed (rollbackRequested). The sibling of ExecutionResultDialog.
 */
class ExchangeExecutionResultDialog : public ExecutionResultDialogBase
{
    Q_OBJECT

public:
    explicit ExchangeExecutionResultDialog(const ExchangeExecution& execution, QWidget* parent = nullptr);
};
