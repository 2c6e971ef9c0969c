#pragma once

#include "consent/TenantInventory.h"

#include <QCoreApplication>

/**
 * What Apps and permissions says about a finished tenant-wide read: the totals line, and the notices a reader must
 * not miss (Graph counted more than it listed, apps not found, apps read one by one).
 */
class InventoryText
{
    Q_DECLARE_TR_FUNCTIONS(InventoryText)

public:
    static QString progress(int servicePrincipals, int grants, int assignments); // "Reading the tenant… 3 apps, …"
    static QString facts(const TenantInventory& inventory); // "42 apps · 12 admin-consented grants · … · read 13:02"
    static QString notices(const TenantInventory& inventory); // empty when there is nothing to say
};
