#include "ExchangeMailboxScopeProvider.h"

#include "AccessPolicyEvaluator.h"
#include "AccessPolicyState.h"

ExchangeMailboxScopeProvider::ExchangeMailboxScopeProvider(AccessPolicyState* policies, QObject* parent)
    : QObject(parent)
    , m_policies(policies)
{
}

void ExchangeMailboxScopeProvider::evaluate(const QString& appId,
                                            const User& user,
                                            QObject* context,
                                            std::function<void(Scope scope, const QString& detail)> done)
{
    if (!m_policies) {
        return;
    }
    Async::then(
        m_policies->policies(), context, [appId, userId = user.id, done](const AccessPolicyState::Snapshot& snapshot) {
            if (snapshot.error) {
                done(Scope::NotChecked, tr("Exchange could not be asked: %1").arg(snapshot.error.message));
                return;
            }
            const AccessDecision decision = AccessPolicyEvaluator::evaluate(snapshot.model, appId, userId);
            if (decision.rule == AccessDecision::Rule::NoPolicy) {
                done(Scope::Unrestricted, decision.explanation());
            } else {
                done(decision.granted() ? Scope::InScope : Scope::OutOfScope, decision.explanation());
            }
        });
}
