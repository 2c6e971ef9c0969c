#pragma once

#include "common/PlanPreviewDialogBase.h"
#include "consent/GrantPlan.h"

/**
 * Before any tenant write: every object that will be created or changed, one line each, exactly as it will be
 * sent (method and path on demand), with what is skipped and why, warnings about the admin's role, and the
 * equivalent Microsoft Graph PowerShell ready to copy. Cancel is the default button.
 */
class PlanPreviewDialog : public PlanPreviewDialogBase
{
    Q_OBJECT

public:
    PlanPreviewDialog(const GrantPlan& plan, const QString& tenantId, QWidget* parent = nullptr);

    // Just the PowerShell (the "PowerShell…" button): no apply button.
    static PlanPreviewDialog* powerShellOnly(const GrantPlan& plan, const QString& tenantId, QWidget* parent);
};
