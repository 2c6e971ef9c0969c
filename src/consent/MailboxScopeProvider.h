#pragma once

#include "directory/User.h"

#include <QFuture>
#include <QString>

/**
 * Extension point for the Exchange issue: does an Exchange application access policy (or an RBAC for Applications
 * scope) limit which mailboxes an app with mail/calendar application permissions may reach, and is this user inside
 * or outside it? UserConsentLookup asks the provider it is given for each such app; without one every app is
 * reported NotChecked. Implementations answer with a future (callers continue it with Async::then).
 */
class MailboxScopeProvider
{
public:
    enum class Scope {
        NotChecked, // nobody looked (no provider, or Exchange could not be asked)
        Unrestricted, // no policy: the app reaches every mailbox, this user's included
        InScope, // a policy restricts the app and this user's mailbox is inside it
        OutOfScope, // a policy restricts the app and this user's mailbox is outside it
    };

    struct Answer
    {
        Scope scope = Scope::NotChecked;
        QString detail; // why, for the admin
    };

    virtual ~MailboxScopeProvider() = default;

    virtual QFuture<Answer> evaluate(const QString& appId, const User& user) = 0;

    static QString scopeName(Scope scope); // "notChecked" | "unrestricted" | "inScope" | "outOfScope"
};
