#pragma once

#include <QString>

struct AccountInfo;

/**
 * Who makes a change, as the journal records it beside every write: the tenant and the signed-in admin. Empty
 * fields are allowed (an automation token that does not say who it belongs to); the write is journaled anyway.
 */
struct Actor
{
    QString tenantId;
    QString upn;
    QString userId;

    static Actor of(const AccountInfo& account);
};
