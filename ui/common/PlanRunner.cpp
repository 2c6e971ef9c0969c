#include "PlanRunner.h"

#include "ExecutionResultDialog.h"
#include "PlanPreviewDialog.h"

#include "ConsoleView.h"
#include "async/Async.h"
#include "auth/SignInManager.h"
#include "pipeline/Actor.h"
#include "pipeline/WriteRunner.h"
#include "session/SessionState.h"

#include <QMessageBox>
#include <QWidget>

PlanRunner::PlanRunner(QWidget* dialogParent, const Services& services)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_signIn(services.signIn)
    , m_writes(
          std::make_unique<WriteRunner>(TenantWrite::Channel {services.graph, services.exchange}, services.journal))
{
    connect(m_writes.get(), &WriteRunner::operationStarted, this, [this](int index, int count, const QString& summary) {
        emit progress(tr("Change %1 of %2: %3…").arg(index + 1).arg(count).arg(summary));
    });
    connect(m_writes.get(), &WriteRunner::applied, this, [this](TenantChanges changes) {
        // What the session shares (inventory, access policies) is stale for every view, not only for the one this
        // runner writes for: its session says so to all of them.
        if (ConsoleView* view = ConsoleView::enclosing(m_parent)) {
            if (SessionState* session = view->session()) {
                session->markStale(changes);
            }
        }
        emit tenantChanged(changes);
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

PlanRunner::~PlanRunner() = default;

void PlanRunner::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void PlanRunner::run(const WritePlan& plan, const QStringList& writeScopes)
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
    connect(preview, &QDialog::accepted, this, [this, plan, writeScopes] { execute(plan, writeScopes, true); });
    preview->open();
}

void PlanRunner::apply(const WritePlan& plan, const QStringList& writeScopes)
{
    if (!m_busy) {
        execute(plan, writeScopes, false);
    }
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

void PlanRunner::execute(const WritePlan& plan, const QStringList& writeScopes, bool alwaysShowResults)
{
    if (!m_writes->hasJournal()) {
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
    withWriteConsent(writeScopes, [this, plan, writeScopes, alwaysShowResults] {
        const Actor actor = m_signIn ? Actor::of(m_signIn->account()) : Actor {};
        emit progress(plan.service == WritePlan::Service::Exchange ? tr("Applying changes in Exchange Online…")
                                                                   : tr("Applying changes…"));
        Async::then(m_writes->run(plan, actor), this, [this, writeScopes, alwaysShowResults](const WriteRun& run) {
            setBusy(false);
            if (alwaysShowResults || !run.allSucceeded()) {
                showResults(run, writeScopes);
            }
            emit finished(run);
        });
    });
}

void PlanRunner::showResults(const WriteRun& run, const QStringList& writeScopes)
{
    auto* dialog = new ExecutionResultDialog(run, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExecutionResultDialog::rollbackRequested, this, [this, done = run, writeScopes] {
        this->run(done.rollbackPlan(), writeScopes);
    });
    dialog->open();
}
