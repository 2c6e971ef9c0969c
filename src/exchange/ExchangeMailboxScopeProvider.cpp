#include "ExchangeMailboxScopeProvider.h"

#include "AccessPolicyEvaluator.h"
#include "AccessPolicyState.h"
#include "async/Async.h"

ExchangeMailboxScopeProvider::ExchangeMailboxScopeProvider(AccessPolicyState* policies, QObject* parent)
    : QObject(parent)
    , m_policies(policies)
{
}

QFuture<MailboxScopeProvider::Answer> ExchangeMailboxScopeProvider::evaluate(const QString& appId, const User& user)
{
    if (!m_policies) {
        return Async::ready(Answer()); // the session's policy state is gone: nobody looked
    }
    const Async::Promise<Answer> promise;
    Async::then(
        m_policies->policies(), this, [appId, userId = user.id, promise](const AccessPolicyState::Snapshot& snapshot) {
            if (snapshot.error) {
                promise.finish({Scope::NotChecked, tr("Exchange could not be asked: %1").arg(snapshot.error.message)});
                return;
            }
            const AccessDecision decision = AccessPolicyEvaluator::evaluate(snapshot.model, appId, userId);
            if (decision.rule == AccessDecision::Rule::NoPolicy) {
                promise.finish({Scope::Unrestricted, decision.explanation()});
            } else {
                promise.finish({decision.granted() ? Scope::InScope : Scope::OutOfScope, decision.explanation()});
            }
        });
    return promise.future();
}
