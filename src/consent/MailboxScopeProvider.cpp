#include "MailboxScopeProvider.h"

QString MailboxScopeProvider::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::NotChecked:
        return QStringLiteral("notChecked");
    case Scope::Unrestricted:
        return QStringLiteral("unrestricted");
    case Scope::InScope:
        return QStringLiteral("inScope");
    case Scope::OutOfScope:
        return QStringLiteral("outOfScope");
    }
    return {};
}
