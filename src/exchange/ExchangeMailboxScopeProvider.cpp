#include "ExchangeMailboxScopeProvider.h"

#include "AccessPolicyEvaluator.h"
#include "AccessPolicyLoader.h"

ExchangeMailboxScopeProvider::ExchangeMailboxScopeProvider(AccessPolicyLoader* loader, QObject* parent)
    : QObject(parent)
    , m_loader(loader)
{
    connect(
        loader, &AccessPolicyLoader::finished, this, [this](const AccessPolicyModel& model, const GraphError& error) {
            m_model = model;
            m_error = error;
            m_loaded = true;
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto& w : waiting) {
                answer(w);
            }
        });
}

void ExchangeMailboxScopeProvider::invalidate()
{
    m_loaded = false;
    m_model = {};
}

void ExchangeMailboxScopeProvider::evaluate(const QString& appId,
                                            const User& user,
                                            QObject* context,
                                            std::function<void(Scope scope, const QString& detail)> done)
{
    Waiting w {appId, user.id, QPointer<QObject>(context), std::move(done)};
    if (m_loaded) {
        answer(w);
        return;
    }
    m_waiting.append(w);
    if (m_loader && !m_loader->isLoading()) {
        m_loader->load();
    }
}

void ExchangeMailboxScopeProvider::answer(const Waiting& w) const
{
    if (!w.context) {
        return;
    }
    if (m_error) {
        w.done(Scope::NotChecked, tr("Exchange could not be asked: %1").arg(m_error.message));
        return;
    }
    const AccessDecision decision = AccessPolicyEvaluator::evaluate(m_model, w.appId, w.userId);
    if (decision.rule == AccessDecision::Rule::NoPolicy) {
        w.done(Scope::Unrestricted, decision.explanation());
    } else {
        w.done(decision.granted() ? Scope::InScope : Scope::OutOfScope, decision.explanation());
    }
}
