#include "MailboxAccessTester.h"

#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/AccessPolicyState.h"
#include "exchange/ExchangeAdminClient.h"

#include <QCoreApplication>

#include <algorithm>

MailboxAccessTester::MailboxAccessTester(ExchangeAdminClient* exchange, GraphClient* graph, QObject* parent)
    : MailboxAccessTester(exchange, new AccessPolicyState(exchange, graph), parent)
{
    m_policies->setParent(this);
}

MailboxAccessTester::MailboxAccessTester(ExchangeAdminClient* exchange, AccessPolicyState* policies, QObject* parent)
    : QObject(parent)
    , m_exchange(exchange)
    , m_policies(policies)
{
}

void MailboxAccessTester::reload()
{
    if (m_policies) {
        m_policies->invalidate();
    }
}

QStringList MailboxAccessTester::scopeNames(const QString& appId) const
{
    QStringList names;
    for (const auto& p : m_model.policiesFor(appId)) {
        names.append(p.scopeName);
    }
    return names;
}

void MailboxAccessTester::withModel(std::function<void()> then)
{
    if (!m_policies) {
        finish(GraphError::make(GraphError::Kind::Cancelled, tr("The session ended.")));
        return;
    }
    Async::then(m_policies->policies(), this, [this, then](const AccessPolicyState::Snapshot& snapshot) {
        m_model = snapshot.model;
        emit modelLoaded(snapshot.model, snapshot.error);
        if (snapshot.error) {
            finish(snapshot.error);
            return;
        }
        then();
    });
}

bool MailboxAccessTester::prepare()
{
    if (m_running) {
        return false;
    }
    withModel([]() {}); // not a run: modelLoaded is the answer
    return true;
}

bool MailboxAccessTester::check(const QString& appId, const QStringList& mailboxes)
{
    if (m_running || !m_exchange) {
        return false;
    }
    m_running = true;
    m_appId = appId;
    m_queries = mailboxes;
    m_results.clear();
    m_error = {};
    withModel([this]() {
        m_results.clear();
        resolveNext(0);
    });
    return true;
}

void MailboxAccessTester::resolveNext(int index)
{
    if (index >= m_queries.size()) {
        m_nextToAsk = 0;
        m_inFlight = 0;
        m_answered = 0;
        for (int i = 0; i < m_results.size(); ++i) {
            emit checked(i, m_results.at(i)); // local answers first; Exchange's follow
        }
        pump();
        return;
    }
    const QString query = m_queries.at(index);
    m_exchange->getMailboxes(
        this,
        [this, index, query](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (error && error.kind != GraphError::Kind::NotFound) {
                finish(error);
                return;
            }
            MailboxAccessCheck c = localCheck(rows.isEmpty() ? ExchangeRecipient {} : rows.first(), query);
            if (rows.isEmpty()) {
                c.exchangeAsked = true;
                c.exchangeError
                    = error ? error
                            : GraphError::make(
                                GraphError::Kind::NotFound,
                                QCoreApplication::translate("MailboxAccessTester", "No mailbox \"%1\".").arg(query));
            }
            m_results.append(c);
            resolveNext(index + 1);
        },
        query);
}

bool MailboxAccessTester::matrix(const QString& appId)
{
    if (m_running || !m_exchange) {
        return false;
    }
    m_running = true;
    m_appId = appId;
    m_results.clear();
    m_error = {};
    withModel([this]() {
        m_exchange->getMailboxes(this, [this](const QList<ExchangeRecipient>& all, const GraphError& error) {
            if (error) {
                finish(error);
                return;
            }
            startChecks(matrixSubjects(m_model, m_appId, all, m_sampleSize));
        });
    });
    return true;
}

QList<ExchangeRecipient> MailboxAccessTester::matrixSubjects(const AccessPolicyModel& model,
                                                             const QString& appId,
                                                             QList<ExchangeRecipient> all,
                                                             int sample)
{
    const auto policies = model.policiesFor(appId);
    auto inScope = [&](const ExchangeRecipient& r) {
        return std::any_of(policies.begin(), policies.end(), [&](const ApplicationAccessPolicy& p) {
            return !AccessPolicyEvaluator::memberPath(model, p.scopeObjectId, r.externalDirectoryObjectId).isEmpty();
        });
    };
    std::stable_sort(all.begin(), all.end(), [](const ExchangeRecipient& a, const ExchangeRecipient& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    QList<ExchangeRecipient> members;
    QList<ExchangeRecipient> others;
    for (const auto& r : std::as_const(all)) {
        if (r.isGroup()) {
            continue;
        }
        if (inScope(r)) {
            members.append(r);
        } else if (others.size() < sample) {
            others.append(r);
        }
    }
    return members + others;
}

void MailboxAccessTester::startChecks(const QList<ExchangeRecipient>& mailboxes)
{
    m_results.clear();
    for (const auto& m : mailboxes) {
        m_results.append(localCheck(m, m.primarySmtpAddress));
    }
    for (int i = 0; i < m_results.size(); ++i) {
        emit checked(i, m_results.at(i));
    }
    m_nextToAsk = 0;
    m_inFlight = 0;
    m_answered = 0;
    pump();
}

MailboxAccessCheck MailboxAccessTester::localCheck(const ExchangeRecipient& mailbox, const QString& query) const
{
    MailboxAccessCheck c;
    c.appId = m_appId;
    c.query = query;
    c.mailbox = mailbox;
    c.local = AccessPolicyEvaluator::evaluate(m_model, m_appId, mailbox.externalDirectoryObjectId);
    return c;
}

void MailboxAccessTester::pump()
{
    if (!m_running) {
        return;
    }
    while (m_inFlight < MaxInFlight && m_nextToAsk < m_results.size()) {
        const int index = m_nextToAsk++;
        const MailboxAccessCheck& c = m_results.at(index);
        if (c.exchangeAsked || !c.hasMailbox()) {
            ++m_answered;
            continue;
        }
        ++m_inFlight;
        const QString identity = c.mailbox.primarySmtpAddress.isEmpty() ? c.mailbox.externalDirectoryObjectId
                                                                        : c.mailbox.primarySmtpAddress;
        m_exchange->testApplicationAccessPolicy(
            identity, m_appId, this, [this, index](const QList<AccessPolicyTestResult>& rows, const GraphError& error) {
                --m_inFlight;
                ++m_answered;
                if (!m_running || index >= m_results.size()) {
                    return;
                }
                MailboxAccessCheck& c = m_results[index];
                c.exchangeAsked = true;
                if (error) {
                    c.exchangeError = error;
                } else if (rows.isEmpty()) {
                    c.exchangeError = GraphError::make(
                        GraphError::Kind::Protocol,
                        QCoreApplication::translate("MailboxAccessTester",
                                                    "Test-ApplicationAccessPolicy returned no result."));
                } else {
                    c.exchange = rows.first();
                }
                emit checked(index, c);
                pump();
            });
    }
    if (m_inFlight == 0 && m_nextToAsk >= m_results.size()) {
        finish({});
    }
}

void MailboxAccessTester::finish(const GraphError& error)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_error = error;
    emit finished(m_results, error);
}
