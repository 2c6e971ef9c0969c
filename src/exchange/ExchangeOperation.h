#pragma once

#include "pipeline/TenantWrite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * One Exchange write of an ExchangePlan, exactly as it will be sent: a cmdlet and its parameters. What the preview
 * lists, what the journal records (before sending) and the Exchange Online PowerShell line it stands for; as a
 * TenantWrite it reads what a Set/Remove changes, sends itself through ExchangeAdminClient and knows its inverse.
 *
 * The journal entry's request is {"api":"exchange","method":"POST","path":"/InvokeCommand","cmdlet","parameters",
 * "powerShell"}, its result {"rows": the cmdlet's output} (a new policy's Identity, a new role assignment's Name:
 * what the inverse needs to undo a creation).
 */
struct ExchangeOperation : TenantWrite
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeOperation)

public:
    enum class Kind {
        NewPolicy,
        SetPolicyDescription,
        RemovePolicy,
        NewSecurityGroup,
        AddGroupMember,
        RemoveGroupMember,
        NewServicePrincipal,
        NewManagementScope,
        NewRoleAssignment,
        RemoveRoleAssignment,
    };

    Kind kind = Kind::NewPolicy;
    QString cmdlet;
    QJsonObject parameters;
    // target: identifiers (appId, policyIdentity, group, member, roleAssignment, …); prior: the object before the
    // write (Set/Remove), filled by prepare().

    // TenantWrite
    Service service() const override { return Service::Exchange; }
    std::shared_ptr<TenantWrite> clone() const override;
    QString action() const override; // journal action: "exchange.accessPolicy.create", …
    bool isCreation() const override;
    TenantChanges changes() const override;
    QString requestLine() const override { return cmdlet; }
    QString requestText() const override { return powerShell(); }
    QJsonObject journalRequest() const override;
    QString
    powerShell() const override; // "New-ApplicationAccessPolicy -AppId '…' -PolicyScopeGroupId '…' -AccessRight …"
    QJsonObject toJson() const override;
    // Set/Remove of a policy or role assignment: Get-… of it (nothing found: nothing is sent, never a blind write);
    // removing a member: the pair itself.
    QFuture<Prepared> prepare(const Channel& channel) const override;
    QFuture<Reply> send(const Channel& channel, const QString& clientRequestId) const override;
    // rows: the cmdlet's output as the journal keeps it ({"rows": […]}).
    Inverse inverse(const QJsonObject& result, const QString& label) const override;

    static ExchangeOperation
    make(Kind kind, const QString& summary, const QJsonObject& parameters, const QJsonObject& target = {});
    static QString cmdletOf(Kind kind);
    static std::optional<Kind> kindFromAction(const QString& action); // the inverse of action()
    // What Test-ApplicationAccessPolicy and Graph do after a policy changed, for the plans that change one.
    static QString propagationNote();

private:
    // Creations ConsentDesk has no cmdlet to undo: why, and the PowerShell to do it by hand.
    QString leftInPlace(const QString& label) const;
};
