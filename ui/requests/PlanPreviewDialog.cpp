#include "PlanPreviewDialog.h"

#include "common/ViewStyle.h"

#include "consent/GraphPowerShell.h"

#include <QPushButton>
#include <QTreeWidget>

namespace {

QString applyText(GrantPlan::Purpose purpose, int count)
{
    switch (purpose) {
    case GrantPlan::Purpose::Block:
        return PlanPreviewDialog::tr("Block the app");
    case GrantPlan::Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back %n change(s)", nullptr, count);
    case GrantPlan::Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove (%n change(s))", nullptr, count);
    case GrantPlan::Purpose::Restore:
        return PlanPreviewDialog::tr("Restore (%n change(s))", nullptr, count);
    case GrantPlan::Purpose::Grant:
        break;
    }
    return PlanPreviewDialog::tr("Apply %n change(s)", nullptr, count);
}

QString titleFor(const GrantPlan& plan)
{
    switch (plan.purpose) {
    case GrantPlan::Purpose::Block:
        return PlanPreviewDialog::tr("Block %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back changes to %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove permissions from %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Restore:
        return PlanPreviewDialog::tr("Restore permissions of %1").arg(plan.clientDisplayName);
    case GrantPlan::Purpose::Grant:
        break;
    }
    return PlanPreviewDialog::tr("Grant permissions to %1").arg(plan.clientDisplayName);
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const GrantPlan& plan, const QString& tenantId, QWidget* parent)
    : PlanPreviewDialogBase(parent)
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(titleFor(plan));

    QString introText = plan.isEmpty() ? tr("Nothing to change: everything selected is already in place.")
                                       : tr("These %n change(s) will be made in the tenant, in this order. Each is "
                                            "recorded in the activity journal before it is sent.",
                                            nullptr,
                                            int(plan.operations.size()));
    if (plan.purpose == GrantPlan::Purpose::Grant && !plan.isEmpty()) {
        introText += QLatin1Char(' ') + tr("Existing permissions of the app are kept.");
    }
    setIntro(introText, plan.note);

    setRequestColumn(tr("Request"), QHeaderView::Interactive);
    for (const PlannedOperation& op : plan.operations) {
        QTreeWidgetItem* item = addOperation(
            op.summary, QString::fromLatin1(op.method) + QLatin1Char(' ') + op.path, op.describeRequest());
        if (op.needsPrivilegedRole) {
            item->setToolTip(1,
                             ViewStyle::plainToolTip(op.summary + QLatin1Char('\n')
                                 + tr("Microsoft Graph application permission: needs Privileged Role Administrator "
                                      "or Global Administrator.")));
        }
    }
    for (const Permission& p : plan.alreadyGranted) {
        addNote(tr("No change: %1 (%2) is already granted").arg(p.value, p.resourceDisplayName))
            ->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    for (const QString& refused : plan.refused) {
        addRefusal(tr("Not restored: %1").arg(refused), refused);
    }
    for (const Permission& p : plan.notGrantable) {
        addRefusal(tr("Skipped: %1 (%2) cannot be granted here").arg(p.value, p.resourceDisplayName));
    }

    setPowerShell(GraphPowerShell::forPlan(plan, tenantId), tr("Microsoft Graph PowerShell"));
    finish(plan.warnings, plan.isEmpty() ? QString() : applyText(plan.purpose, int(plan.operations.size())));
}

PlanPreviewDialog* PlanPreviewDialog::powerShellOnly(const GrantPlan& plan, const QString& tenantId, QWidget* parent)
{
    auto* dialog = new PlanPreviewDialog(plan, tenantId, parent);
    dialog->setWindowTitle(tr("PowerShell for %1").arg(plan.clientDisplayName));
    dialog->removeApplyButton();
    dialog->showPowerShellTab();
    return dialog;
}
