#include "ExchangePlanRunner.h"

#include "ExchangeExecutionResultDialog.h"
#include "ExchangePlanPreviewDialog.h"
#include "exchange/ExchangeRestorePlanner.h"

#include <QMessageBox>
#include <QWidget>

ExchangePlanRunner::ExchangePlanRunner(QWidget* dialogParent, ExchangeAdminClient* exchange, Journal* journal)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_journal(journal)
{
    m_executor = new ExchangeExecutor(exchange, journal, this);
    connect(m_executor, &ExchangeExecutor::operationStarted, this, [this](int index, const ExchangeOperation& op) {
        emit progress(tr("Change %1 of %2: %3…").arg(index + 1).arg(m_total).arg(op.summary));
    });
    connect(m_executor, &ExchangeExecutor::finished, this, [this](const ExchangeExecution& execution) {
        setBusy(false);
        auto* dialog = new ExchangeExecutionResultDialog(execution, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExchangeExecutionResultDialog::rollbackRequested, this, [this, execution] {
            run(ExchangeRestorePlanner::planRollback(execution));
        });
        dialog->open();
        emit finished(execution);
    });
}

void ExchangePlanRunner::setActor(const ExchangeExecutor::Actor& actor)
{
    m_executor->setActor(actor);
}

void ExchangePlanRunner::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void ExchangePlanRunner::run(const ExchangePlan& plan)
{
    if (m_busy) {
        return;
    }
    auto* preview = new ExchangePlanPreviewDialog(plan, m_parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    if (plan.isEmpty()) {
        connect(preview, &QDialog::finished, this, &ExchangePlanRunner::cancelled);
        preview->open();
        return;
    }
    connect(preview, &QDialog::rejected, this, &ExchangePlanRunner::cancelled);
    connect(preview, &QDialog::accepted, this, [this, plan] { execute(plan); });
    preview->open();
}

void ExchangePlanRunner::execute(const ExchangePlan& plan)
{
    if (!m_journal) {
        // Opened, not exec()'d: the event loop (and a test driving it) keeps running.
        auto* box = new QMessageBox(QMessageBox::Critical,
                                    tr("Cannot make changes"),
                                    tr("The activity journal could not be opened, and ConsentDesk never changes a "
                                       "tenant without recording the change first. See Diagnostics for the log."),
                                    QMessageBox::Close,
                                    m_parent);
        box->setObjectName(QStringLiteral("noJournalMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit cancelled();
        return;
    }
    setBusy(true);
    m_total = int(plan.operations.size());
    emit progress(tr("Applying changes in Exchange Online…"));
    if (!m_executor->execute(plan)) {
        setBusy(false);
        emit cancelled();
    }
}
