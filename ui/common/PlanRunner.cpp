#include "PlanRunner.h"

#include "auth/SignInManager.h"
#include "consent/GrantExecutor.h"
#include "consent/GrantPlanner.h"
#include "consent/Journal.h"
#include "requests/ExecutionResultDialog.h"
#include "requests/PlanPreviewDialog.h"

#include <QMessageBox>
#include <QWidget>

PlanRunner::PlanRunner(QWidget* dialogParent, GraphClient* graph, SignInManager* signIn, Journal* journal)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_signIn(signIn)
    , m_journal(journal)
{
    m_executor = new GrantExecutor(graph, journal, this);
    connect(m_executor, &GrantExecutor::operationStarted, this, [this](int index, const PlannedOperation& op) {
        emit progress(tr("Change %1 of %2: %3…").arg(index + 1).arg(m_total).arg(op.summary));
    });
    connect(m_executor, &GrantExecutor::finished, this, [this](const GrantExecution& execution) {
        setBusy(false);
        auto* dialog = new ExecutionResultDialog(execution, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExecutionResultDialog::rollbackRequested, this, [this, execution] {
            run(GrantPlanner::planRollback(execution), {});
        });
        dialog->open();
        emit finished(execution);
    });
    if (m_signIn) {
        connect(m_signIn, &SignInManager::writeConsentGranted, this, [this](const QStringList&) {
            if (auto then = std::exchange(m_afterConsent, nullptr)) {
                then();
            }
        });
        connect(m_signIn, &SignInManager::writeConsentFailed, this, [this](const AuthError&) {
            if (m_afterConsent) {
                m_afterConsent = nullptr; // the shell shows why; nothing was sent
                setBusy(false);
                emit cancelled();
            }
        });
    }
}

void PlanRunner::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void PlanRunner::run(const GrantPlan& plan, const QStringList& writeScopes)
{
    if (m_busy) {
        return;
    }
    const QString tenantId = m_signIn ? m_signIn->account().tenantId : QString();
    auto* preview = new PlanPreviewDialog(plan, tenantId, m_parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    if (plan.isEmpty()) {
        connect(preview, &QDialog::finished, this, &PlanRunner::cancelled);
        preview->open();
        return;
    }
    connect(preview, &QDialog::rejected, this, &PlanRunner::cancelled);
    connect(preview, &QDialog::accepted, this, [this, plan, writeScopes] {
        setBusy(true);
        withWriteConsent(writeScopes, [this, plan] { execute(plan); });
    });
    preview->open();
}

void PlanRunner::withWriteConsent(const QStringList& permissions, std::function<void()> then)
{
    if (!m_signIn || permissions.isEmpty() || m_signIn->hasWriteConsent(permissions)) {
        then();
        return;
    }
    m_afterConsent = std::move(then);
    emit progress(tr("Waiting for you to allow ConsentDesk to make changes…"));
    m_signIn->requestWriteConsent(permissions);
}

void PlanRunner::execute(const GrantPlan& plan)
{
    if (!m_journal) {
        setBusy(false);
        QMessageBox::critical(m_parent,
                              tr("Cannot make changes"),
                              tr("The activity journal could not be opened, and ConsentDesk never changes a tenant "
                                 "without recording the change first. See Diagnostics for the log."));
        emit cancelled();
        return;
    }
    GrantExecutor::Actor actor;
    if (m_signIn) {
        const AccountInfo account = m_signIn->account();
        actor.tenantId = account.tenantId;
        actor.upn = account.userPrincipalName;
        actor.userId = account.userObjectId;
    }
    m_executor->setActor(actor);
    m_total = int(plan.operations.size());
    emit progress(tr("Applying changes…"));
    if (!m_executor->execute(plan)) {
        setBusy(false);
        emit cancelled();
    }
}
