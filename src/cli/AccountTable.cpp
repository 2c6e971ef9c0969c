#include "AccountTable.h"

#include "auth/CapabilityMap.h"

#include <QVariantMap>

QString AccountTable::rolesText(const AccountInfo& account)
{
    if (!account.rolesKnown) {
        return QStringLiteral("(unknown)");
    }
    const QStringList names = account.roleNames();
    return names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "));
}

Table AccountTable::account(const AccountInfo& account, TableWriter::Format format, bool withCapabilities)
{
    Table table;
    table.addColumn(QStringLiteral("UserPrincipalName"), QStringLiteral("Account"));
    table.addColumn(QStringLiteral("DisplayName"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("Id"), QStringLiteral("Object ID"));
    table.addColumn(QStringLiteral("Roles"), QStringLiteral("Directory roles"));
    table.addColumn(QStringLiteral("TenantId"), QStringLiteral("Tenant ID"));
    table.addColumn(QStringLiteral("Tenant"), QStringLiteral("Tenant"));
    QVariantList row {account.userPrincipalName,
                      account.displayName,
                      account.userObjectId,
                      rolesText(account),
                      account.tenantId,
                      account.tenantDefaultDomain.isEmpty() ? account.tenantDisplayName : account.tenantDefaultDomain};
    if (format != TableWriter::Format::Table) {
        // Machines get the ids too: names are translated and renamed, template ids are the same in every tenant.
        table.addColumn(QStringLiteral("RoleTemplateIds"));
        table.addColumn(QStringLiteral("RolesKnown"));
        row << QVariant(account.roleTemplateIds()) << account.rolesKnown;
    }
    if (withCapabilities && format == TableWriter::Format::Json) {
        QVariantList capabilities;
        for (const CapabilityMap::Capability& c : account.capabilities().all()) {
            capabilities.append(QVariantMap {{QStringLiteral("Capability"), CapabilityMap::kindName(c.kind)},
                                             {QStringLiteral("Description"), CapabilityMap::describe(c.kind)},
                                             {QStringLiteral("Allowed"), c.allowed},
                                             {QStringLiteral("Reason"), c.reason}});
        }
        table.addColumn(QStringLiteral("Capabilities"));
        row << QVariant(capabilities);
    } else if (withCapabilities && format == TableWriter::Format::Csv) {
        for (const CapabilityMap::Capability& c : account.capabilities().all()) {
            table.addColumn(CapabilityMap::kindName(c.kind));
            row << (c.allowed ? QStringLiteral("yes") : QString(QStringLiteral("no: ") + c.reason));
        }
    }
    table.addRow(row);
    return table;
}

Table AccountTable::capabilities(const AccountInfo& account)
{
    Table table;
    table.addColumn(QStringLiteral("Capability"), QStringLiteral("In ConsentDesk you may"));
    table.addColumn(QStringLiteral("Allowed"), QStringLiteral("Allowed"));
    table.addColumn(QStringLiteral("Reason"), QStringLiteral("Why not"));
    for (const CapabilityMap::Capability& c : account.capabilities().all()) {
        table.addRow(
            {CapabilityMap::describe(c.kind), c.allowed ? QStringLiteral("yes") : QStringLiteral("no"), c.reason});
    }
    return table;
}
