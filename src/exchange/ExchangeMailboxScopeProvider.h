#pragma once

#include "AccessPolicyModel.h"
#include "consent/MailboxScopeProvider.h"
#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AccessPolicyLoader;

/**
 * MailboxScopeProvider for the helpdesk view, answered by the local evaluator: the policies and scope groups are
 * loaded once (AccessPolicyLoader) and every question after that is pure computation. No policy for the app:
 * Unrestricted; Granted under a policy: InScope; Denied: OutOfScope; Exchange unreachable: NotChecked with why.
 * invalidate() forgets the model (after a policy or membership change).
 */
class ExchangeMailboxScopeProvider : public QObject, public MailboxScopeProvider
{
    Q_OBJECT

public:
    explicit ExchangeMailboxScopeProvider(AccessPolicyLoader* loader, QObject* parent = nullptr);

    void evaluate(const QString& appId,
                  const User& user,
                  QObject* context,
                  std::function<void(Scope scope, const QString& detail)> done) override;
    void invalidate();

private:
    struct Waiting
    {
        QString appId;
        QString userId;
        QPointer<QObject> context;
        std::function<void(Scope, const QString&)> done;
    };
    void answer(const Waiting& w) const;

    QPointer<AccessPolicyLoader> m_loader;
    AccessPolicyModel m_model;
    GraphError m_error;
    bool m_loaded = false;
    QList<Waiting> m_waiting;
};
