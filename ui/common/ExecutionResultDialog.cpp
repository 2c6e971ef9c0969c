#include "ExecutionResultDialog.h"

#include "ViewStyle.h"
#include "WrappedColumn.h"
#include "report/TenantText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Status = WriteRun::Result::Status;

} // namespace

ExecutionResultDialog::ExecutionResultDialog(const WriteRun& run, QWidget* parent)
    : QDialog(parent)
{
    const bool exchange = run.plan.service == WritePlan::Service::Exchange;
    setObjectName(exchange ? QStringLiteral("exchangeExecutionResultDialog") : QStringLiteral("executionResultDialog"));
    resize(760, 400);
    auto* layout = new QVBoxLayout(this);

    m_summary = ViewStyle::plainLabel(this, "executionSummary");
    layout->addWidget(m_summary);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("executionResults"));
    m_results->setAccessibleName(tr("Result of each change"));
    m_results->setAccessibleDescription(tr("One row per change: whether it was made, what it was, and the details."));
    m_results->setHeaderLabels({tr("Result"), tr("Change"), tr("Details")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    // What was changed and what the service answered are read whole, never cut with "…".
    new WrappedColumn(m_results, {1, 2});
    layout->addWidget(m_results, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (const WriteRun::Result& result : run.results) {
        addResult(result);
    }

    const bool allSucceeded = run.allSucceeded();
    const int ok = run.count(Status::Succeeded);
    setWindowTitle(allSucceeded ? tr("Done", "the title of the results window when every change was made")
                                : tr("Some changes were not made"));
    QString text = allSucceeded ? (exchange ? tr("All %n change(s) were made in Exchange Online.", nullptr, ok)
                                            : tr("All %n change(s) were made.", nullptr, ok))
                                : tr("%1 succeeded, %2 failed, %3 skipped.")
                                      .arg(ok)
                                      .arg(run.count(Status::Failed))
                                      .arg(run.count(Status::Skipped));
    // What the admin should know once something was made: Exchange plans say it in their note; Graph permissions
    // reach users only with their next sign-in.
    const QString note = exchange ? run.plan.note
                         : run.plan.purpose != PlanHeader::Purpose::Block
                             ? tr("Users may need to sign in to the app again before new permissions apply.")
                             : QString();
    if (!note.isEmpty() && ok > 0) {
        text += QLatin1Char(' ') + note;
    }
    m_summary->setText(text);

    // A partial failure leaves the tenant half-changed: offer the way back, unless this already was the way back.
    if (!allSucceeded && ok > 0 && run.plan.purpose != PlanHeader::Purpose::Rollback) {
        m_rollback = m_buttons->addButton(tr("Roll back what succeeded…"), QDialogButtonBox::ActionRole);
        m_rollback->setObjectName(QStringLiteral("rollbackButton"));
        connect(m_rollback, &QPushButton::clicked, this, [this] {
            emit rollbackRequested();
            accept();
        });
    }
}

void ExecutionResultDialog::addResult(const WriteRun::Result& result)
{
    auto* item = new QTreeWidgetItem(m_results);
    switch (result.status) {
    case Status::Succeeded:
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(0, tr("Done", "the result of one change, in the results list"));
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
    // What was done, to whom: tenant names show a bidirectional override instead of obeying it.
    item->setText(1, TenantText::forDisplay(result.operation->summary));
    item->setToolTip(1, ViewStyle::plainToolTip(TenantText::forDisplay(result.operation->requestText())));
    item->setText(2, TenantText::forDisplay(result.message));
    item->setToolTip(2, ViewStyle::plainToolTip(TenantText::forDisplay(result.message)));
}
