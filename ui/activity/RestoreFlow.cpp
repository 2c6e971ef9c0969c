#include "RestoreFlow.h"

#include "async/Async.h"
#include "common/PlanRunner.h"
#include "common/ViewStyle.h"
#include "consent/Journal.h"
#include "consent/RestoreService.h"
#include "session/SessionState.h"

#include <QMessageBox>
#include <QWidget>

RestoreFlow::RestoreFlow(const Services& services, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_journal(services.journal)
{
    m_runner = new PlanRunner(dialogParent, {services.graph, services.exchange, services.journal, services.signIn});
    connect(m_runner, &PlanRunner::busyChanged, this, &RestoreFlow::busyChanged);
    connect(m_runner, &PlanRunner::progress, this, &RestoreFlow::statusMessage);
    connect(m_runner, &PlanRunner::finished, this, [this](const WriteRun& run) {
        emit statusMessage(run.allSucceeded() ? tr("Restored.") : tr("Some items were not restored."));
        emit finished();
    });
}

void RestoreFlow::setSession(SessionState* session)
{
    m_session = session;
    if (m_planning) {
        // The plan under way read for the previous session: its answer is cancelled with that session's inventory.
        m_planning = false;
        emit busyChanged();
    }
}

bool RestoreFlow::isBusy() const
{
    return m_planning || m_runner->isBusy();
}

void RestoreFlow::restore(const QList<JournalEntry>& entries)
{
    if (entries.isEmpty() || !m_session || isBusy()) {
        return;
    }
    m_planning = true;
    emit busyChanged();
    emit statusMessage(tr("Reading what the apps hold now…"));
    const QList<JournalEntry> journal = m_journal ? m_journal->entries() : entries;
    // Cancelled with the session's inventory when the session ends meanwhile: then nothing is answered (setSession
    // ended the planning) and nothing may be written for it.
    Async::then(RestoreService::plan(*m_session->inventory(), entries, journal),
                this,
                [this, session = m_session](const RestoreService::Outcome& outcome) {
                    if (!session || session != m_session) {
                        return;
                    }
                    m_planning = false;
                    emit busyChanged();
                    if (!outcome.refused()) {
                        m_runner->run(outcome.plan, RestoreService::writeScopes(outcome.plan));
                        return;
                    }
                    // Opened, not exec()'d: the event loop (and a test driving it) keeps running.
                    auto* box = new QMessageBox(QMessageBox::Warning,
                                                tr("Nothing was restored"),
                                                outcome.message + QStringLiteral("\n\n") + outcome.nextStep,
                                                QMessageBox::Close,
                                                m_dialogParent);
                    box->setObjectName(QStringLiteral("restoreRefused"));
                    ViewStyle::makePlain(box); // app names come from the tenant
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    emit statusMessage(outcome.message);
                });
}
