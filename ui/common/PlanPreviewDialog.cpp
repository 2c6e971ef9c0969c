#include "PlanPreviewDialog.h"

#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "common/WrappedColumn.h"
#include "consent/PlannedOperation.h"
#include "report/TenantText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Purpose = PlanHeader::Purpose;

QString applyText(Purpose purpose, int count)
{
    switch (purpose) {
    case Purpose::Block:
        return PlanPreviewDialog::tr("Block the app");
    case Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back %n change(s)", nullptr, count);
    case Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove (%n change(s))", nullptr, count);
    case Purpose::Restore:
        return PlanPreviewDialog::tr("Restore (%n change(s))", nullptr, count);
    case Purpose::Grant:
    case Purpose::Change:
        break;
    }
    return PlanPreviewDialog::tr("Apply %n change(s)", nullptr, count);
}

QString titleFor(const WritePlan& plan)
{
    if (plan.service == WritePlan::Service::Exchange) {
        return plan.title.isEmpty() ? PlanPreviewDialog::tr("Exchange Online changes") : plan.title;
    }
    switch (plan.purpose) {
    case Purpose::Block:
        return PlanPreviewDialog::tr("Block %1").arg(plan.clientDisplayName);
    case Purpose::Rollback:
        return PlanPreviewDialog::tr("Roll back changes to %1").arg(plan.clientDisplayName);
    case Purpose::Revoke:
        return PlanPreviewDialog::tr("Remove permissions from %1").arg(plan.clientDisplayName);
    case Purpose::Restore:
        return PlanPreviewDialog::tr("Restore permissions of %1").arg(plan.clientDisplayName);
    case Purpose::Grant:
    case Purpose::Change:
        break;
    }
    return PlanPreviewDialog::tr("Grant permissions to %1").arg(plan.clientDisplayName);
}

QString introFor(const WritePlan& plan)
{
    const int count = int(plan.operations.size());
    if (plan.service == WritePlan::Service::Exchange) {
        return plan.isEmpty() ? PlanPreviewDialog::tr("Nothing to change in Exchange Online.")
                              : PlanPreviewDialog::tr("These %n change(s) will be made in Exchange Online, in this "
                                                      "order. Each is recorded in the activity journal before it is "
                                                      "sent; the first failure stops the rest.",
                                                      nullptr,
                                                      count);
    }
    if (plan.isEmpty()) {
        return PlanPreviewDialog::tr("Nothing to change: everything selected is already in place.");
    }
    QString text = PlanPreviewDialog::tr("These %n change(s) will be made in the tenant, in this order. Each is "
                                         "recorded in the activity journal before it is sent.",
                                         nullptr,
                                         count);
    if (plan.purpose == Purpose::Grant) {
        text += QLatin1Char(' ') + PlanPreviewDialog::tr("Existing permissions of the app are kept.");
    }
    return text;
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const WritePlan& plan, const QString& tenantId, QWidget* parent)
    : QDialog(parent)
{
    const bool exchange = plan.service == WritePlan::Service::Exchange;
    setObjectName(exchange ? QStringLiteral("exchangePlanPreviewDialog") : QStringLiteral("planPreviewDialog"));
    setWindowTitle(ViewStyle::tenantText(titleFor(plan)));
    resize(780, 480);
    auto* layout = new QVBoxLayout(this);

    m_intro = ViewStyle::plainLabel(this, "planIntro");
    // What the admin confirms: tenant names in it show their bidirectional controls instead of obeying them.
    m_intro->setText(TenantText::forDisplay(plan.note.isEmpty() ? introFor(plan)
                                                                : introFor(plan) + QStringLiteral("\n\n") + plan.note));
    layout->addWidget(m_intro);

    m_tabs = new QTabWidget(this);
    m_operations = new QTreeWidget(m_tabs);
    m_operations->setObjectName(QStringLiteral("planOperations"));
    m_operations->setAccessibleName(tr("Changes to be made"));
    m_operations->setAccessibleDescription(
        tr("One row per change, in the order it will be made, with the request that makes it."));
    m_operations->setRootIsDecorated(false);
    m_operations->setSelectionMode(QAbstractItemView::NoSelection);
    // The third column is what is sent: a Graph request (long: resizable), or a cmdlet name (short).
    m_operations->setHeaderLabels({tr("#"), tr("Change"), exchange ? tr("Cmdlet") : tr("Request")});
    m_operations->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_operations->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_operations->header()->setSectionResizeMode(2,
                                                 exchange ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    // Each change is read whole, however long (a grant of many permissions), never cut with "…".
    new WrappedColumn(m_operations, {1});
    m_tabs->addTab(m_operations, tr("Changes"));

    m_powerShell = new QPlainTextEdit(m_tabs);
    m_powerShell->setObjectName(QStringLiteral("planPowerShell"));
    m_powerShell->setAccessibleName(tr("PowerShell script"));
    m_powerShell->setReadOnly(true);
    m_powerShell->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_powerShell->setPlainText(plan.powerShellScript(tenantId));
    m_tabs->addTab(m_powerShell, exchange ? tr("PowerShell") : tr("Microsoft Graph PowerShell"));
    layout->addWidget(m_tabs, 1);

    for (const auto& op : plan.operations) {
        addOperation(*op);
    }
    for (const Permission& p : plan.alreadyGranted) {
        addNote(tr("No change: %1 (%2) is already granted").arg(p.value, p.resourceDisplayName))
            ->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    for (const QString& refused : plan.refused) {
        addRefusal(exchange ? tr("Not undone: %1").arg(refused) : tr("Not restored: %1").arg(refused), refused);
    }
    for (const Permission& p : plan.notGrantable) {
        addRefusal(tr("Skipped: %1 (%2) cannot be granted here").arg(p.value, p.resourceDisplayName));
    }
    addButtons(plan.warnings, plan.isEmpty() ? QString() : applyText(plan.purpose, int(plan.operations.size())));
}

PlanPreviewDialog* PlanPreviewDialog::powerShellOnly(const WritePlan& plan, const QString& tenantId, QWidget* parent)
{
    auto* dialog = new PlanPreviewDialog(plan, tenantId, parent);
    dialog->setWindowTitle(ViewStyle::tenantText(tr("PowerShell for %1").arg(plan.clientDisplayName)));
    // Removed, not hidden: on Qt 6.4 a hidden button in a QDialogButtonBox stops Tab in the widget before the box.
    if (dialog->m_apply) {
        if (auto* box = qobject_cast<QDialogButtonBox*>(dialog->m_apply->parentWidget())) {
            box->removeButton(dialog->m_apply);
        }
        delete dialog->m_apply;
        dialog->m_apply = nullptr;
    }
    dialog->m_tabs->setCurrentWidget(dialog->m_powerShell);
    return dialog;
}

QTreeWidgetItem* PlanPreviewDialog::addOperation(const TenantWrite& operation)
{
    auto* item = new QTreeWidgetItem(m_operations);
    item->setText(0, QString::number(++m_numbered));
    item->setText(1, TenantText::forDisplay(operation.summary));
    QString toolTip = TenantText::forDisplay(operation.summary);
    if (const auto* graph = dynamic_cast<const PlannedOperation*>(&operation); graph && graph->needsPrivilegedRole) {
        toolTip += QLatin1Char('\n')
                   + tr("Microsoft Graph application permission: needs Privileged Role Administrator or Global "
                        "Administrator.");
    }
    item->setToolTip(1, ViewStyle::plainToolTip(toolTip));
    item->setText(2, operation.requestLine());
    item->setToolTip(2, ViewStyle::plainToolTip(TenantText::forDisplay(operation.requestText())));
    return item;
}

QTreeWidgetItem* PlanPreviewDialog::addNote(const QString& text)
{
    auto* item = new QTreeWidgetItem(m_operations);
    item->setText(1, TenantText::forDisplay(text));
    return item;
}

QTreeWidgetItem* PlanPreviewDialog::addRefusal(const QString& text, const QString& toolTip)
{
    QTreeWidgetItem* item = addNote(text);
    if (!toolTip.isEmpty()) {
        item->setToolTip(1, ViewStyle::plainToolTip(TenantText::forDisplay(toolTip)));
    }
    item->setForeground(1, StateColorPalette().color(StateColorPalette::Role::Danger));
    return item;
}

void PlanPreviewDialog::addButtons(const QStringList& warnings, const QString& applyText)
{
    if (!warnings.isEmpty()) {
        QLabel* box = ViewStyle::plainLabel(this, "planWarnings");
        box->setText(TenantText::forDisplay(warnings.join(QLatin1Char('\n'))));
        ViewStyle::makeNotice(box);
        layout()->addWidget(box);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("Copy PowerShell"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPowerShellButton"));
    connect(
        copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_powerShell->toPlainText()); });
    if (!applyText.isEmpty()) {
        m_apply = buttons->addButton(applyText, QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyPlanButton"));
        m_apply->setAutoDefault(false);
    }
    auto* cancel = buttons->addButton(applyText.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    cancel->setDefault(true); // a tenant write is never one Enter key away
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
}
