#include "InventoryText.h"

#include <QLocale>
#include <QTime>

QString InventoryText::progress(int servicePrincipals, int grants, int assignments)
{
    const QStringList counts {tr("%n app(s)", nullptr, servicePrincipals),
                              tr("%n delegated grant(s)", nullptr, grants),
                              tr("%n application permission(s)", nullptr, assignments)};
    return tr("Reading the tenant… %1 so far").arg(counts.join(tr(", ", "list separator")));
}

QString InventoryText::facts(const TenantInventory& inventory)
{
    const QStringList facts {tr("%n app(s)", nullptr, inventory.servicePrincipals),
                             tr("%n admin-consented grant(s)", nullptr, inventory.tenantWideGrants),
                             tr("%n user consent(s)", nullptr, inventory.userGrants),
                             tr("%n application permission(s)", nullptr, inventory.applicationPermissions),
                             tr("read %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))};
    return facts.join(QStringLiteral(" · "));
}

QString InventoryText::notices(const TenantInventory& inventory)
{
    QStringList notices;
    if (inventory.hasMismatch()) {
        notices << tr("Graph listed a different number of items than it counted, so this list may be "
                      "incomplete (a known Graph paging problem). Refresh to read again. %1")
                       .arg(inventory.mismatches().join(QStringLiteral("; ")));
    }
    if (!inventory.notFound.isEmpty()) {
        notices << tr("%n service principal(s) that grants or assignments refer to could not be found in the "
                      "directory; the list marks their apps as not found.",
                      nullptr,
                      int(inventory.notFound.size()));
    }
    if (!inventory.resolvedOutsideList.isEmpty()) {
        notices << tr("%n app(s) missing from Graph's list were read one by one.",
                      nullptr,
                      int(inventory.resolvedOutsideList.size()));
    }
    return notices.join(QLatin1Char(' '));
}
