#pragma once

#include "../sandbox/SandboxTestEnvironment.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

/**
 * Shared by the Exchange integration tests: the demo tenant (Contoso: Northwind CRM restricted to "CRM Mailbox
 * Access", which nests "Sales Operations") and the fixture's people by role.
 */
namespace ExchangeSandboxKit {

inline const QString kCrmApp = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // Northwind CRM: Mail.Read…
inline const QString kBackupApp
    = QStringLiteral("84e94910-16ce-4447-ba77-f1f86257b3b4"); // Wide World Backup: Mail.ReadWrite
inline const QString kTailspinApp = QStringLiteral("a9dcf210-df3e-43c0-af84-884c95c5944a"); // no mail permission
inline const QString kTailspinSp = QStringLiteral("d229298e-e3a2-41b7-9d68-084ac8a12f24");
inline const QString kExchangeAdmin = QStringLiteral("hiroshi.tanaka@contoso.com"); // Exchange Administrator
inline const QString kGlobalAdmin = QStringLiteral("adaeze.okafor@contoso.com");
inline const QString kGlobalReader = QStringLiteral("kwame.mensah@contoso.com");
inline const QString kAppAdmin = QStringLiteral("sofia.marchetti@contoso.com"); // no Exchange role
inline const QString kMember = QStringLiteral("elena.petrova@contoso.com"); // direct member of CRM Mailbox Access
inline const QString kNestedMember = QStringLiteral("aisha.rahman@contoso.com"); // via Sales Operations
inline const QString kNonMember = QStringLiteral("hiroshi.tanaka@contoso.com");
inline const QString kExecutive = QStringLiteral("margaret.ellison@contoso.com"); // Executive Team only

inline SandboxOptions demoOptions()
{
    SandboxOptions options; // no fixture path: the embedded demo tenant
    options.exchangePropagationMs = 600;
    return options;
}

} // namespace ExchangeSandboxKit
