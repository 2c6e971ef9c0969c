#pragma once

#include "exchange/AccessPolicyModel.h"
#include "exchange/ExchangeRecipient.h"
#include "exchange/MailboxAccessCheck.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AccessPolicyState;
class ExchangeAdminClient;
class GraphClient;

/**
 * Answers "can this app read that mailbox, and why?" for the access-policy features (the wizard's member and
 * non-member test, `policy test|explain|matrix`, the view's test matrix). Each question becomes a
 * MailboxAccessCheck: Get-Mailbox for the recipient, the local evaluator over the policies and their scope groups
 * (an AccessPolicyState: the session's, or one of its own — read once, and again after reload() or a write), and
 * Exchange's own Test-ApplicationAccessPolicy.
 *
 * The matrix is every mailbox inside the app's policy scopes (at any depth) plus a sample of mailboxes outside
 * them, members first, each part by name. Exchange is asked a few mailboxes at a time. One run at a time;
 * checked() reports each row as it arrives, finished() follows every accepted run.
 */
class MailboxAccessTester : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSampleSize = 5;
    static constexpr int MaxInFlight = 4; // concurrent Test cmdlets: keeps Exchange's throttling budget

    MailboxAccessTester(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent = nullptr); // own state
    MailboxAccessTester(ExchangeAdminClient* exchange, AccessPolicyState* policies, QObject* parent = nullptr);

    void setSampleSize(int nonMembers) { m_sampleSize = qMax(0, nonMembers); }
    int sampleSize() const { return m_sampleSize; }

    // mailboxes: UPNs, SMTP addresses or ids, as Get-Mailbox -Identity takes them. False when busy.
    bool check(const QString& appId, const QStringList& mailboxes);
    bool matrix(const QString& appId);
    bool isRunning() const { return m_running; }
    QString appId() const { return m_appId; } // of the current (or last) run
    // Loads the policies and their groups now so a caller can pick subjects from the model: modelLoaded follows
    // (not finished). False while a run is going on.
    bool prepare();
    // Forget the policies and groups (after a policy or membership change): the next run reloads them.
    void reload();

    const AccessPolicyModel& model() const { return m_model; }
    const QList<MailboxAccessCheck>& results() const { return m_results; }
    // The app's policy scopes, for the matrix's heading: display names, in policy order.
    QStringList scopeNames(const QString& appId) const;

    // Pure: which mailboxes of `all` the matrix tests (members of the app's scopes, then `sample` others).
    static QList<ExchangeRecipient>
    matrixSubjects(const AccessPolicyModel& model, const QString& appId, QList<ExchangeRecipient> all, int sample);

signals:
    void modelLoaded(const AccessPolicyModel& model, const GraphError& error);
    void checked(int index, const MailboxAccessCheck& check);
    void finished(const QList<MailboxAccessCheck>& checks, const GraphError& error);

private:
    void withModel(std::function<void()> then);
    void resolveNext(int index);
    void startChecks(const QList<ExchangeRecipient>& mailboxes);
    void pump();
    void finish(const GraphError& error);
    MailboxAccessCheck localCheck(const ExchangeRecipient& mailbox, const QString& query) const;

    QPointer<ExchangeAdminClient> m_exchange;
    QPointer<AccessPolicyState> m_policies;
    AccessPolicyModel m_model;
    int m_sampleSize = DefaultSampleSize;
    bool m_running = false;

    QString m_appId;
    QStringList m_queries; // check(): what to resolve
    QList<MailboxAccessCheck> m_results;
    int m_nextToAsk = 0;
    int m_inFlight = 0;
    int m_answered = 0;
    GraphError m_error;
};
