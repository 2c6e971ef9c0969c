#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * One Exchange write of an ExchangePlan, exactly as it will be sent: a cmdlet and its parameters. What the preview
 * lists, what the journal records (before sending) and the Exchange Online PowerShell line it stands for.
 */
struct ExchangeOperation
{
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
    QString summary; // one line for people
    QString cmdlet;
    QJsonObject parameters;
    QJsonObject target; // identifiers: appId, policyIdentity, group, member, roleAssignment, …
    QJsonObject prior; // the object before the write (Set/Remove), filled by the executor
    QString restoresEntryId; // a restore or rollback: the journal entry this write undoes

    QString action() const; // journal action: "exchange.accessPolicy.create", …
    bool isCreation() const;
    QString powerShell() const; // "New-ApplicationAccessPolicy -AppId '…' -PolicyScopeGroupId '…' -AccessRight …"
    QJsonObject toJson() const;

    static ExchangeOperation
    make(Kind kind, const QString& summary, const QJsonObject& parameters, const QJsonObject& target = {});
    static QString cmdletOf(Kind kind);
    static std::optional<Kind> kindFromAction(const QString& action); // the inverse of action()
};
