#pragma once

#include "common/PlanPreviewDialogBase.h"
#include "exchange/ExchangePlan.h"

/**
 * Before any Exchange write: every cmdlet that will run, one line each and in order, what will not be undone and
 * why, the plan's warnings, and the Exchange Online PowerShell ready to copy. Cancel is the default button. The
 * sibling of PlanPreviewDialog (which shows Graph requests and Graph PowerShell).
 */
class ExchangePlanPreviewDialog : public PlanPreviewDialogBase
{
    Q_OBJECT

public:
    explicit ExchangePlanPreviewDialog(const ExchangePlan& plan, QWidget* parent = nullptr);
};
