#include "TenantInventory.h"

#include <QCoreApplication>

QString TenantInventory::CountCheck::describe() const
{
    QString text = isChecked() ? QCoreApplication::translate("TenantInventory", "%1: %2 received, Graph counts %3")
                                     .arg(collection)
                                     .arg(received)
                                     .arg(reported)
                               : QCoreApplication::translate("TenantInventory", "%1: %2 received, no count from Graph")
                                     .arg(collection)
                                     .arg(received);
    if (duplicates > 0) {
        text += QCoreApplication::translate("TenantInventory", " (%1 received twice)").arg(duplicates);
    }
    return text;
}

bool TenantInventory::hasMismatch() const
{
    for (const auto& c : countChecks) {
        if (c.mismatch()) {
            return true;
        }
    }
    return false;
}

QStringList TenantInventory::mismatches() const
{
    QStringList list;
    for (const auto& c : countChecks) {
        if (c.mismatch()) {
            list.append(c.describe());
        }
    }
    return list;
}

const AppSummary* TenantInventory::app(const QString& servicePrincipalId) const
{
    for (const auto& a : apps) {
        if (a.app.id == servicePrincipalId) {
            return &a;
        }
    }
    return nullptr;
}
