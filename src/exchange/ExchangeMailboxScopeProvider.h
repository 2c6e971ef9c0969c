#pragma once

#include "consent/MailboxScopeProvider.h"

#include <QObject>
#include <QPointer>

class AccessPolicyState;

/**
 * MailboxScopeProvider for the helpdesk view, answered by the local evaluator over the session's AccessPolicyState:
 * the policies and scope groups are read once (until a write marks them stale) and every question after that is pure
 * computation. No policy for the app: Unrestricted; Granted under a policy: InScope; Denied: OutOfScope; Exchange
 * unreachable: NotChecked with why.
 */
class ExchangeMailboxScopeProvider : public QObject, public MailboxScopeProvider
{
    Q_OBJECT

public:
    explicit ExchangeMailboxScopeProvider(AccessPolicyState* policies, QObject* parent = nullptr);

    QFuture<Answer> evaluate(const QString& appId, const User& user) override;

private:
    QPointer<AccessPolicyState> m_policies;
};
