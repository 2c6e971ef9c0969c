#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class TenantStore;

/**
 * The emulated Exchange Online organization: recipients, application access policies, RBAC for Applications
 * (service principals, management scopes, role assignments), kept in Exchange's PascalCase shapes inside
 * TenantStore::exchange() so /_sandbox/reset reloads them with the fixture. Distribution-group membership is the
 * Entra group's membership (a mail-enabled security group is one object in both directories).
 *
 * Each cmdlet method answers the rows Exchange would, or throws nothing and sets *error to the cmdlet's text (the
 * caller wraps it as "Invalid Operation"). Evaluation follows Microsoft's documented order; the history of policy
 * sets lets Graph's mail endpoints see a change only after the propagation delay, as the real service does, while
 * Test-ApplicationAccessPolicy sees it at once.
 *
 * Policy-size limit: Exchange caps the *total size* of the policies, not their number ("about 100, or about 300
 * with a one-space description"). Each policy costs kPolicyOverheadBytes + its description in UTF-8 bytes against
 * kPolicyBudgetBytes; 48 and 14 850 reproduce both documented points (100 × (48+100) = 300 × (48+1) ≈ 14 800).
 */
class ExchangeDirectory
{
public:
    struct CmdletError
    {
        QString exceptionType; // e.g. "ManagementObjectNotFoundException"
        QString message;
        int status = 400;
    };
    using Rows = QList<QJsonObject>;

    static constexpr int kPolicyOverheadBytes = 48;
    static constexpr int kPolicyBudgetBytes = 14850;

    explicit ExchangeDirectory(TenantStore& store, int propagationMs = 1500);

    void reset(); // forgets the propagation history (the data itself lives in the store)
    int propagationMs() const { return m_propagationMs; }
    void setPropagationMs(int ms) { m_propagationMs = ms < 0 ? 0 : ms; }
    using Clock = std::function<qint64()>; // ms since epoch
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // One cmdlet; parameters as given in CmdletInput.Parameters. nullopt: unknown cmdlet.
    std::optional<Rows> run(const QString& cmdlet, const QJsonObject& parameters, CmdletError* error);
    static bool isReadOnly(const QString& cmdlet); // Get-*, Test-*

    // Recipients.
    std::optional<QJsonObject> recipient(const QString& identity) const; // mailbox or group, any identifier
    std::optional<QJsonObject> mailboxForUser(const QString& userIdOrUpn) const;

    // Policy evaluation on the given policy set (the current one, or what Graph sees now).
    QString accessCheck(const QString& appId, const QString& mailboxObjectId, const QJsonArray& policies) const;
    QJsonArray policies() const;
    QJsonArray policiesVisibleToGraph() const; // the set in force propagationMs ago
    // RBAC for Applications: does any role assignment of the app grant `role` ("Mail.Read") on this mailbox?
    bool rbacGrants(const QString& appId, const QString& permission, const QString& mailboxObjectId) const;

private:
    QJsonArray list(const QString& key) const;
    void setList(const QString& key, const QJsonArray& rows);
    void setPolicies(const QJsonArray& after); // stores and records the change for propagation
    qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }
    QString scopeObjectId(const QJsonObject& policy) const;
    bool inScope(const QString& scopeObjectId, const QString& mailboxObjectId) const;
    bool matchesFilter(const QString& filter, const QJsonObject& mailbox) const;
    std::optional<QJsonObject> servicePrincipal(const QString& identity) const;
    std::optional<QJsonObject> managementScope(const QString& identity) const;
    QJsonObject mailboxRow(const QJsonObject& mailbox) const;
    QJsonObject groupRow(const QJsonObject& group) const;
    QString distinguishedName(const QJsonObject& recipient) const;

    Rows getMailbox(const QJsonObject& p, CmdletError* e);
    Rows getDistributionGroup(const QJsonObject& p, CmdletError* e);
    Rows newDistributionGroup(const QJsonObject& p, CmdletError* e);
    Rows getDistributionGroupMember(const QJsonObject& p, CmdletError* e);
    Rows changeDistributionGroupMember(const QJsonObject& p, bool add, CmdletError* e);
    Rows getPolicy(const QJsonObject& p, CmdletError* e);
    Rows newPolicy(const QJsonObject& p, CmdletError* e);
    Rows setPolicy(const QJsonObject& p, CmdletError* e);
    Rows removePolicy(const QJsonObject& p, CmdletError* e);
    Rows testPolicy(const QJsonObject& p, CmdletError* e);
    Rows newServicePrincipal(const QJsonObject& p, CmdletError* e);
    Rows getServicePrincipal(const QJsonObject& p, CmdletError* e);
    Rows getManagementScope(const QJsonObject& p, CmdletError* e);
    Rows newManagementScope(const QJsonObject& p, CmdletError* e);
    Rows getRoleAssignment(const QJsonObject& p, CmdletError* e);
    Rows newRoleAssignment(const QJsonObject& p, CmdletError* e);
    Rows removeRoleAssignment(const QJsonObject& p, CmdletError* e);
    Rows testServicePrincipalAuthorization(const QJsonObject& p, CmdletError* e);

    TenantStore& m_store;
    int m_propagationMs;
    Clock m_clock;
    QList<QPair<qint64, QJsonArray>> m_history; // (time of change, policy set after it); empty: the fixture's
};
