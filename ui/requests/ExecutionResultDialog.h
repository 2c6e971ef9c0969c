#pragma once

#include "common/ExecutionResultDialogBase.h"
#include "consent/GrantExecution.h"

/**
 * What happened, write by write: succeeded, failed (with the reason in an admin's words) or skipped. After a
 * partial failure it offers to roll back what did succeed (rollbackRequested), so the tenant is never left
 * half-changed without a choice.
 */
class ExecutionResultDialog : public ExecutionResultDialogBase
{
    Q_OBJECT

public:
    explicit ExecutionResultDialog(const GrantExecution& execution, QWidget* parent = nullptr);
};
