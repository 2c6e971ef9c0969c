#include "ExchangePlanPreviewDialog.h"

#include "common/ViewStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exchangePlanPreviewDialog"));
    setWindowTitle(plan.title.isEmpty() ? tr("Exchange Online changes") : plan.title);
    resize(780, 480);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("planIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString introText = plan.isEmpty() ? tr("Nothing to change in Exchange Online.")
                                       : tr("These %n change(s) will be made in Exchange Online, in this order. Each "
                                            "is recorded in the activity journal before it is sent; the first failure "
                                            "stops the rest.",
                                            nullptr,
                                            int(plan.operations.size()));
    if (!plan.note.isEmpty()) {
        introText += QStringLiteral("\n\n") + plan.note;
    }
    intro->setText(introText);
    layout->addWidget(intro);

    auto* tabs = new QTabWidget(this);
    auto* changes = new QTreeWidget(tabs);
    changes->setObjectName(QStringLiteral("planOperations"));
    changes->setHeaderLabels({tr("#"), tr("Change"), tr("Cmdlet")});
    changes->setRootIsDecorated(false);
    changes->setSelectionMode(QAbstractItemView::NoSelection);
    changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    changes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    changes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents); // cmdlet names are short
    int n = 0;
    for (const ExchangeOperation& op : plan.operations) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(0, QString::number(++n));
        item->setText(1, op.summary);
        item->setToolTip(1, op.summary);
        item->setText(2, op.cmdlet);
        item->setToolTip(2, op.powerShell());
    }
    for (const QString& refused : plan.refused) {
        auto* item = new QTreeWidgetItem(changes);
        item->setText(1, tr("Not undone: %1").arg(refused));
        item->setToolTip(1, refused);
        item->setForeground(1, QColor(0xc4, 0x31, 0x4b));
    }
    tabs->addTab(changes, tr("Changes"));

    auto* script = new QPlainTextEdit(tabs);
    script->setObjectName(QStringLiteral("planPowerShell"));
    script->setReadOnly(true);
    script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    script->setPlainText(plan.powerShellScript());
    tabs->addTab(script, tr("PowerShell"));
    layout->addWidget(tabs, 1);

    if (!plan.warnings.isEmpty()) {
        auto* warnings = new QLabel(plan.warnings.join(QLatin1Char('\n')), this);
        warnings->setObjectName(QStringLiteral("planWarnings"));
        warnings->setTextFormat(Qt::PlainText);
        warnings->setWordWrap(true);
        ViewStyle::makeNotice(warnings);
        layout->addWidget(warnings);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("Copy PowerShell"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPowerShellButton"));
    connect(copy, &QPushButton::clicked, this, [script] { QApplication::clipboard()->setText(script->toPlainText()); });
    if (!plan.isEmpty()) {
        m_apply
            = buttons->addButton(applyText(plan.purpose, int(plan.operations.size())), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyPlanButton"));
        m_apply->setAutoDefault(false);
    }
    auto* cancel = buttons->addButton(plan.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    cancel->setDefault(true); // a tenant write is never one Enter key away
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
