#include "JournalSettler.h"

#include "Journal.h"
#include "WriteVerifier.h"
#include "async/Async.h"
#include "directory/PermissionGrant.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

JournalSettler::JournalSettler(GraphClient* client, Journal* journal, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    qRegisterMetaType<JournalSettler::Summary>();
}

void JournalSettler::settle()
{
    m_summary = {};
    m_queue.clear();
    if (m_journal && m_tenantId.isEmpty()) {
        m_summary.tenantUnknown = !m_journal->pending().isEmpty();
        m_summary.unresolved = [this] {
            QStringList ids;
            for (const auto& e : m_journal->pending()) {
                ids.append(e.id);
            }
            return ids;
        }();
    } else if (m_journal) {
        m_journal->reload(); // other processes' answers first
        for (const auto& entry : m_journal->pending()) {
            if (!entry.tenantId.isEmpty() && entry.tenantId.compare(m_tenantId, Qt::CaseInsensitive) != 0) {
                m_summary.otherTenant.append(entry.id);
                continue;
            }
            if (m_journal->isInFlight(entry.id)) {
                m_summary.stillRunning.append(entry.id);
                continue;
            }
            switch (entry.writer.isCurrentProcess() ? JournalWriter::State::Gone : entry.writer.state()) {
            case JournalWriter::State::Alive:
                m_summary.stillRunning.append(entry.id);
                continue;
            case JournalWriter::State::Unknown:
                m_summary.otherComputer.append(entry.id);
                continue;
            case JournalWriter::State::Gone:
                break;
            }
            m_queue.append(entry);
        }
    }
    QTimer::singleShot(0, this, &JournalSettler::next);
}

void JournalSettler::next()
{
    if (m_queue.isEmpty() || !m_client || !m_journal) {
        for (const auto& e : m_queue) {
            m_summary.unresolved.append(e.id);
        }
        m_queue.clear();
        emit finished(m_summary);
        return;
    }
    const JournalEntry entry = m_queue.takeFirst();
    Async::then(WriteVerifier::check(m_client, entry), this, [this, entry](const WriteVerifier::Verdict& verdict) {
        if (verdict.state == WriteVerifier::Verdict::State::Unknown) {
            m_summary.unresolved.append(entry.id);
            QTimer::singleShot(0, this, &JournalSettler::next);
            return;
        }
        const auto outcome = verdict.state == WriteVerifier::Verdict::State::Applied
                                 ? JournalEntry::Outcome::Succeeded
                                 : JournalEntry::Outcome::NotApplied;
        QString error;
        if (m_journal
            && m_journal->recordSettledOutcome(
                entry.id, outcome, verdict.result, verdict.reason, settledBy(), &error)) {
            (outcome == JournalEntry::Outcome::Succeeded ? m_summary.succeeded : m_summary.notApplied) += 1;
            emit entrySettled(entry.id, outcome, verdict.reason);
        } else if (m_journal && error.isEmpty()) {
            ++m_summary.skipped; // answered meanwhile
        } else {
            m_summary.unresolved.append(entry.id);
        }
        QTimer::singleShot(0, this, &JournalSettler::next);
    });
}
