#pragma once

#include "pipeline/TenantWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct JournalEntry;

/**
 * One write of the tenant's consent settings, as the one write pipeline (WriteRunner) runs it:
 *
 *  - PutWorkflow: PUT /policies/adminConsentRequestPolicy with the whole policy (Graph has no PATCH for it). Graph
 *    documents no ETag or 409/412 here, so the concurrent-change check is ConsentDesk's: prepare() reads the policy
 *    and refuses to send when its `version` is not the one the admin's edit started from (expectedVersion).
 *  - UserConsent: PATCH /policies/authorizationPolicy with defaultUserRolePermissions.permissionGrantPoliciesAssigned.
 *    Graph replaces the list, so prepare() reads it and keeps every entry that is not ManagePermissionGrantsForSelf.*
 *    (the ManagePermissionGrantsForOwnedResource.* ones, compared case-insensitively), putting selfEntries in.
 *  - GroupOwnerConsent: the same PATCH for group owner consent. prepare() reads the list and keeps every entry but
 *    the ManagePermissionGrantsForOwnedResource.* ones of groupPolicyIds (the group-scoped policies, compared
 *    case-insensitively), putting ownerEntries in: user consent and teams' and chats' entries stay as they are.
 *  - LegacyGroupConsent: PATCH /groupSettings/{id} of the older "Consent Policy Settings" directory setting. Graph
 *    wants the whole set of values, so prepare() reads the setting and sends every value as read but
 *    EnableGroupSpecificConsent and ConstrainGroupSpecificConsentToMembersOfGroupId, set as wanted.
 *  - Classify: POST /servicePrincipals/{id}/delegatedPermissionClassifications (201); Unclassify: DELETE
 *    …/{classificationId} (204), its prior state read from the list first.
 *
 * The journal keeps the prior state of each, so Activity and `journal restore` undo them (inverse()/fromJournal()).
 */
struct SettingsWrite : TenantWrite
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWrite)

public:
    enum class Kind { PutWorkflow, UserConsent, GroupOwnerConsent, LegacyGroupConsent, Classify, Unclassify };

    Kind kind = Kind::PutWorkflow;
    QByteArray method;
    QString path; // relative to /v1.0
    QJsonObject body;

    int expectedVersion = -1; // PutWorkflow: the version the change was made from; -1: not checked
    QStringList selfEntries; // UserConsent: the ManagePermissionGrantsForSelf.* entries wanted (none: no user consent)
    // GroupOwnerConsent: the OwnedResource entries wanted for groups (none: group owners may not consent), and the
    // group-scoped policy ids whose entries they replace.
    QStringList ownerEntries;
    QStringList groupPolicyIds;
    // LegacyGroupConsent: the groupSetting's id, and EnableGroupSpecificConsent and the group it is narrowed to,
    // wanted.
    QString settingId;
    bool enableGroupConsent = false;
    QString constrainedToGroupId;
    QString servicePrincipalId; // Classify/Unclassify: the API's service principal
    QString classificationId; // Unclassify
    QString permissionName; // Classify/Unclassify, for people

    static SettingsWrite putWorkflow(const QJsonObject& putBody, int expectedVersion, const QString& summary);
    static SettingsWrite userConsent(const QStringList& selfEntries, const QString& summary);
    static SettingsWrite
    groupOwnerConsent(const QStringList& ownerEntries, const QStringList& groupPolicyIds, const QString& summary);
    static SettingsWrite
    legacyGroupConsent(const QString& settingId, bool enable, const QString& groupId, const QString& summary);
    static SettingsWrite classify(const QString& servicePrincipalId,
                                  const QString& permissionId,
                                  const QString& permissionName,
                                  const QString& classification = QStringLiteral("low"));
    static SettingsWrite
    unclassify(const QString& servicePrincipalId, const QString& classificationId, const QString& permissionName);

    // Journal actions of these writes.
    static const QString kPutWorkflow; // "settings.adminConsentRequestPolicy.put"
    static const QString kUserConsent; // "settings.authorizationPolicy.userConsent"
    static const QString kGroupOwnerConsent; // "settings.authorizationPolicy.groupOwnerConsent"
    static const QString kLegacyGroupConsent; // "settings.groupSettings.groupOwnerConsent"
    static const QString kClassify; // "settings.classification.create"
    static const QString kUnclassify; // "settings.classification.delete"
    static bool isSettingsAction(const QString& action);
    // The write a journal entry recorded (its prior state and result included), to take its inverse; null when the
    // entry is not a settings write.
    static std::shared_ptr<SettingsWrite> fromJournal(const JournalEntry& entry);

    // TenantWrite
    Service service() const override { return Service::Graph; }
    std::shared_ptr<TenantWrite> clone() const override;
    QString action() const override;
    bool isCreation() const override { return kind == Kind::Classify; }
    TenantChanges changes() const override { return TenantChange::ConsentSettings; }
    QString requestLine() const override;
    QString requestText() const override;
    QJsonObject journalRequest() const override;
    QString powerShell() const override;
    QStringList powerShellScopes() const override;
    QJsonObject toJson() const override;
    QFuture<Prepared> prepare(const Channel& channel) const override;
    QFuture<Reply> send(const Channel& channel, const QString& clientRequestId) const override;
    QString explain(const GraphError& error) const override;
    Inverse inverse(const QJsonObject& result, const QString& label) const override;

    static QString concurrentChangeCode() { return QStringLiteral("concurrentChange"); }
};
