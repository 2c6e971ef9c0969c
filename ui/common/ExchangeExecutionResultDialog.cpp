#include "ExchangeExecutionResultDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ExchangeExecutionResultDialog::ExchangeExecutionResultDialog(const ExchangeExecution& execution, QWidget* parent)
    : QDialog(parent)
{
    using Status = ExchangeExecution::Result::Status;
    setObjectName(QStringLiteral("exchangeExecutionResultDialog"));
    setWindowTitle(execution.allSucceeded() ? tr("Done") : tr("Some changes were not made"));
    resize(760, 400);
    auto* layout = new QVBoxLayout(this);

    const int ok = execution.count(Status::Succeeded);
    const int failed = execution.count(Status::Failed);
    const int skipped = execution.count(Status::Skipped);
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("executionSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    QString text = execution.allSucceeded()
                       ? tr("All %n change(s) were made in Exchange Online.", nullptr, ok)
                       : tr("%1 succeeded, %2 failed, %3 skipped.").arg(ok).arg(failed).arg(skipped);
    if (!execution.plan.note.isEmpty() && ok > 0) {
        text += QLatin1Char(' ') + execution.plan.note;
    }
    summary->setText(text);
    layout->addWidget(summary);

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("executionResults"));
    list->setHeaderLabels({tr("Result"), tr("Change"), tr("Details")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const ExchangeExecution::Result& result : execution.results) {
        auto* item = new QTreeWidgetItem(list);
        switch (result.status) {
        case Status::Succeeded:
            item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setText(0, tr("Done"));
            break;
        case Status::Failed:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(0, tr("Failed"));
            break;
        case Status::Skipped:
            item->setText(0, tr("Skipped"));
            break;
        case Status::Pending:
            item->setText(0, tr("Not run"));
            break;
        }
        item->setText(1, result.operation.summary);
        item->setToolTip(1, result.operation.powerShell());
        item->setText(2, result.message);
        item->setToolTip(2, result.message);
    }
    layout->addWidget(list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!execution.allSucceeded() && ok > 0 && execution.plan.purpose != ExchangePlan::Purpose::Rollback) {
        m_rollback = buttons->addButton(tr("Roll back what succeeded…"), QDialogButtonBox::ActionRole);
        m_rollback->setObjectName(QStringLiteral("rollbackButton"));
        connect(m_rollback, &QPushButton::clicked, this, [this] {
            emit rollbackRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
