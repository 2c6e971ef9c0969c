#include "Actor.h"

#include "auth/AccountInfo.h"

Actor Actor::of(const AccountInfo& account)
{
    return {account.tenantId, account.userPrincipalName, account.userObjectId};
}
