#include "ExchangePlanPreviewDialog.h"

namespace {

QString applyText(ExchangePlan::Purpose purpose, int count)
{
    switch (purpose) {
    case ExchangePlan::Purpose::Restore:
        return ExchangePlanPreviewDialog::tr("Restore (%n change(s))", nullptr, count);
    case ExchangePlan::Purpose::Rollback:
        return ExchangePlanPreviewDialog::tr("Roll back %n change(s)", nullptr, count);
    case ExchangePlan::Purpose::Change:
        break;
    }
    return ExchangePlanPreviewDialog::tr("Apply %n change(s)", nullptr, count);
}

} // namespace

ExchangePlanPreviewDialog::ExchangePlanPreviewDialog(const ExchangePlan& plan, QWidget* parent)
    : PlanPreviewDialogBase(parent)
{
    setObjectName(QStringLiteral("exchangePlanPreviewDialog"));
    setWindowTitle(plan.title.isEmpty() ? tr("Exchange Online changes") : plan.title);
    setIntro(plan.isEmpty() ? tr("Nothing to change in Exchange Online.")
                            : tr("These %n change(s) will be made in Exchange Online, in this order. Each "
                                 "is recorded in the activity journal before it is sent; the first failure "
                                 "stops the rest.",
                                 nullptr,
                                 int(plan.operations.size())),
             plan.note);

    setRequestColumn(tr("Cmdlet"), QHeaderView::ResizeToContents); // cmdlet names are short
    for (const ExchangeOperation& op : plan.operations) {
        addOperation(op.summary, op.cmdlet, op.powerShell());
    }
    for (const QString& refused : plan.refused) {
        addRefusal(tr("Not undone: %1").arg(refused), refused);
    }

    setPowerShell(plan.powerShellScript(), tr("PowerShell"));
    finish(plan.warnings, plan.isEmpty() ? QString() : applyText(plan.purpose, int(plan.operations.size())));
}
