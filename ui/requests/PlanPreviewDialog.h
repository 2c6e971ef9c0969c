#pragma once

#include "consent/GrantPlan.h"

#include <QDialog>

class QPushButton;

/**
 * Before any tenant write: every object that will be created or changed, one line each, exactly as it will be
 * sent (method and path on demand), with what is skipped and why, warnings about the admin's role, and the
 * equivalent Microsoft Graph PowerShell ready to copy. Cancel is the default button.
 */
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPreviewDialog(const GrantPlan& plan, const QString& tenantId, QWidget* parent = nullptr);

    // Just the PowerShell (the "PowerShell…" button): no apply button.
    static PlanPreviewDialog* powerShellOnly(const GrantPlan& plan, const QString& tenantId, QWidget* parent);

    QPushButton* applyButton() const { return m_apply; }

private:
    QPushButton* m_apply = nullptr;
};
