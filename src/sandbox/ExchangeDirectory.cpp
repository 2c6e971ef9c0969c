#include "ExchangeDirectory.h"

#include "TenantStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace {

const QString kMailboxes = QStringLiteral("mailboxes");
const QString kGroups = QStringLiteral("distributionGroups");
const QString kPolicies = QStringLiteral("applicationAccessPolicies");
const QString kScopes = QStringLiteral("managementScopes");
const QString kAssignments = QStringLiteral("managementRoleAssignments");
const QString kServicePrincipals = QStringLiteral("servicePrincipals");

bool same(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString param(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (v.isArray()) {
        return v.toArray().first().toString();
    }
    return v.isBool() ? (v.toBool() ? QStringLiteral("True") : QStringLiteral("False")) : v.toString();
}

QStringList paramList(const QJsonObject& p, const char* key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    QStringList out;
    if (v.isArray()) {
        for (const auto& item : v.toArray()) {
            out.append(item.toString());
        }
    } else if (!v.toString().isEmpty()) {
        for (const auto& part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            out.append(part.trimmed());
        }
    }
    return out;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Exchange's texts for the common failures (as Exchange Online PowerShell prints them).
ExchangeDirectory::CmdletError notFound(const QString& identity)
{
    return {QStringLiteral("ManagementObjectNotFoundException"),
            QStringLiteral("The operation couldn't be performed because object '%1' couldn't be found on "
                           "'EURP123A001DC01.EURP123A001.PROD.OUTLOOK.COM'.")
                .arg(identity),
            404};
}

ExchangeDirectory::CmdletError missingParameter(const QString& name)
{
    return {QStringLiteral("ParameterBindingException"),
            QStringLiteral("Cannot process command because of one or more missing mandatory parameters: %1.").arg(name),
            400};
}

// The application roles of RBAC for Applications and the Graph permission each stands for.
QString permissionOfRole(const QString& role)
{
    static const QRegularExpression pattern(QStringLiteral("^Application\\s+(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(role.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

const QStringList& applicationRoles()
{
    static const QStringList roles {QStringLiteral("Application Mail.Read"),
                                    QStringLiteral("Application Mail.ReadBasic"),
                                    QStringLiteral("Application Mail.ReadWrite"),
                                    QStringLiteral("Application Mail.Send"),
                                    QStringLiteral("Application MailboxSettings.Read"),
                                    QStringLiteral("Application MailboxSettings.ReadWrite"),
                                    QStringLiteral("Application Calendars.Read"),
                                    QStringLiteral("Application Calendars.ReadWrite"),
                                    QStringLiteral("Application Contacts.Read"),
                                    QStringLiteral("Application Contacts.ReadWrite"),
                                    QStringLiteral("Application EWS.AccessAsApp"),
                                    QStringLiteral("Application Exchange Full Access")};
    return roles;
}

} // namespace

ExchangeDirectory::ExchangeDirectory(TenantStore& store, int propagationMs)
    : m_store(store)
    , m_propagationMs(propagationMs)
{
}

void ExchangeDirectory::reset()
{
    m_history.clear();
}

bool ExchangeDirectory::isReadOnly(const QString& cmdlet)
{
    return cmdlet.startsWith(QLatin1String("Get-"), Qt::CaseInsensitive)
           || cmdlet.startsWith(QLatin1String("Test-"), Qt::CaseInsensitive);
}

QJsonArray ExchangeDirectory::list(const QString& key) const
{
    return m_store.exchange().value(key).toArray();
}

void ExchangeDirectory::setList(const QString& key, const QJsonArray& rows)
{
    QJsonObject exchange = m_store.exchange();
    exchange.insert(key, rows);
    m_store.setExchange(exchange);
}

QJsonArray ExchangeDirectory::policies() const
{
    return list(kPolicies);
}

void ExchangeDirectory::setPolicies(const QJsonArray& after)
{
    const QJsonArray before = policies();
    setList(kPolicies, after);
    if (m_history.isEmpty()) {
        // What Graph saw before the first change stays in force until the delay has passed.
        m_history.append({std::numeric_limits<qint64>::min(), before});
    }
    m_history.append({now(), after});
}

QJsonArray ExchangeDirectory::policiesVisibleToGraph() const
{
    if (m_history.isEmpty()) {
        return policies();
    }
    const qint64 cutoff = now() - m_propagationMs;
    QJsonArray visible = m_history.first().second;
    for (const auto& [time, set] : m_history) {
        if (time <= cutoff) {
            visible = set;
        }
    }
    return visible;
}

// --- recipients ---------------------------------------------------------------------------------------------------

std::optional<QJsonObject> ExchangeDirectory::recipient(const QString& identity) const
{
    const QString id = identity.trimmed();
    if (id.isEmpty()) {
        return std::nullopt;
    }
    for (const auto& key : {kMailboxes, kGroups}) {
        for (const auto& v : list(key)) {
            const QJsonObject r = v.toObject();
            for (const char* field : {"ExternalDirectoryObjectId",
                                      "PrimarySmtpAddress",
                                      "Alias",
                                      "Name",
                                      "DisplayName",
                                      "Guid",
                                      "Sid",
                                      "Identity",
                                      "UserPrincipalName"}) {
                if (same(str(r, field), id)) {
                    return r;
                }
            }
        }
    }
    // A UPN that differs from the primary SMTP address: through the Entra user.
    if (const auto user = m_store.userByIdOrUpn(id)) {
        return mailboxForUser(user->value(QStringLiteral("id")).toString());
    }
    return std::nullopt;
}

std::optional<QJsonObject> ExchangeDirectory::mailboxForUser(const QString& userIdOrUpn) const
{
    QString objectId = userIdOrUpn;
    if (const auto user = m_store.userByIdOrUpn(userIdOrUpn)) {
        objectId = user->value(QStringLiteral("id")).toString();
    }
    for (const auto& v : list(kMailboxes)) {
        if (same(str(v.toObject(), "ExternalDirectoryObjectId"), objectId)) {
            return v.toObject();
        }
    }
    return std::nullopt;
}

QJsonObject ExchangeDirectory::mailboxRow(const QJsonObject& mailbox) const
{
    QJsonObject row = mailbox;
    const QString name = str(mailbox, "Alias");
    row.insert(QStringLiteral("Name"), str(mailbox, "Name").isEmpty() ? name : str(mailbox, "Name"));
    row.insert(QStringLiteral("Identity"), name);
    row.insert(QStringLiteral("Id"), name);
    row.insert(QStringLiteral("RecipientType"), QStringLiteral("UserMailbox"));
    if (const auto user = m_store.userByIdOrUpn(str(mailbox, "ExternalDirectoryObjectId"))) {
        row.insert(QStringLiteral("UserPrincipalName"), user->value(QStringLiteral("userPrincipalName")));
    }
    return row;
}

QString ExchangeDirectory::distinguishedName(const QJsonObject& recipient) const
{
    // Exchange Online's DN shape: the object under the tenant's OU in the hosted organizations container.
    const QString domain = m_store.tenant().value(QStringLiteral("defaultDomain")).toString();
    return QStringLiteral("CN=%1,OU=%2,OU=Microsoft Exchange Hosted Organizations,DC=EURPR01A001,DC=PROD,DC=OUTLOOK,"
                          "DC=COM")
        .arg(str(recipient, "Name").isEmpty() ? str(recipient, "Alias") : str(recipient, "Name"), domain);
}

QJsonObject ExchangeDirectory::groupRow(const QJsonObject& group) const
{
    QJsonObject row = group;
    row.insert(QStringLiteral("Identity"), str(group, "Name"));
    row.insert(QStringLiteral("Id"), str(group, "Name"));
    row.insert(QStringLiteral("DistinguishedName"), distinguishedName(group));
    row.insert(QStringLiteral("RecipientType"),
               str(group, "RecipientTypeDetails") == QLatin1String("MailUniversalSecurityGroup")
                   ? QStringLiteral("MailUniversalSecurityGroup")
                   : QStringLiteral("MailUniversalDistributionGroup"));
    row.insert(QStringLiteral("GroupType"),
               str(group, "RecipientTypeDetails") == QLatin1String("MailUniversalSecurityGroup")
                   ? QStringLiteral("Universal, SecurityEnabled")
                   : QStringLiteral("Universal"));
    return row;
}

QString ExchangeDirectory::scopeObjectId(const QJsonObject& policy) const
{
    // Identity: <tenant>\\<appId>:<scopeSid>;<scopeGuid> — the Exchange GUID names the scope recipient.
    const QString identity = str(policy, "Identity");
    const QString guid = identity.mid(identity.lastIndexOf(QLatin1Char(';')) + 1);
    const auto r = recipient(guid);
    return r ? str(*r, "ExternalDirectoryObjectId") : QString();
}

// --- evaluation ---------------------------------------------------------------------------------------------------

bool ExchangeDirectory::inScope(const QString& scopeObjectId, const QString& mailboxObjectId) const
{
    if (same(scopeObjectId, mailboxObjectId)) {
        return true;
    }
    // Nested groups count: Exchange expands the scope group transitively.
    return m_store.transitiveMemberIds(scopeObjectId).contains(mailboxObjectId, Qt::CaseInsensitive);
}

QString
ExchangeDirectory::accessCheck(const QString& appId, const QString& mailboxObjectId, const QJsonArray& policySet) const
{
    bool denied = false;
    bool restricted = false;
    bool restrictMatched = false;
    for (const auto& v : policySet) {
        const QJsonObject policy = v.toObject();
        if (!same(str(policy, "AppId"), appId)) {
            continue;
        }
        const bool match = inScope(scopeObjectId(policy), mailboxObjectId);
        if (str(policy, "AccessRight") == QLatin1String("DenyAccess")) {
            denied = denied || match;
        } else {
            restricted = true;
            restrictMatched = restrictMatched || match;
        }
    }
    // Documented order: a matching Deny wins; a matching Restrict grants; Restrict policies that do not match deny;
    // otherwise (no policy, or only non-matching Deny policies) access is granted.
    if (denied) {
        return QStringLiteral("Denied");
    }
    if (restrictMatched) {
        return QStringLiteral("Granted");
    }
    return restricted ? QStringLiteral("Denied") : QStringLiteral("Granted");
}

bool ExchangeDirectory::matchesFilter(const QString& filter, const QJsonObject& mailbox) const
{
    // A subset of OPATH: clauses "Property -eq|-ne|-like 'value'" joined by -and / -or, left to right.
    static const QRegularExpression clause(
        QStringLiteral("\\(?\\s*(\\w+)\\s+-(eq|ne|like)\\s+['\"]([^'\"]*)['\"]\\s*\\)?\\s*(?:-(and|or)\\s+)?"),
        QRegularExpression::CaseInsensitiveOption);
    const auto user = m_store.userByIdOrUpn(str(mailbox, "ExternalDirectoryObjectId"));
    auto property = [&](const QString& name) -> QStringList {
        if (same(name, QStringLiteral("MemberOfGroup"))) {
            // Exchange's MemberOfGroup is direct membership only (nested groups do not count) — a classic surprise —
            // and takes the group's distinguished name: a name or an address matches nothing.
            QStringList groups;
            for (const auto& gid : m_store.directGroupIds(str(mailbox, "ExternalDirectoryObjectId"))) {
                for (const auto& g : list(kGroups)) {
                    if (same(str(g.toObject(), "ExternalDirectoryObjectId"), gid)) {
                        groups << distinguishedName(g.toObject());
                    }
                }
            }
            return groups;
        }
        if (mailbox.contains(name)) {
            return {mailbox.value(name).toString()};
        }
        for (auto it = mailbox.constBegin(); it != mailbox.constEnd(); ++it) {
            if (same(it.key(), name)) {
                return {it.value().toString()};
            }
        }
        if (user) {
            for (auto it = user->constBegin(); it != user->constEnd(); ++it) {
                if (same(it.key(), name)) {
                    return {it.value().toString()};
                }
            }
        }
        return {QString()};
    };
    bool result = false;
    QString pendingJoin;
    qsizetype pos = 0;
    bool first = true;
    while (pos < filter.size()) {
        const auto m
            = clause.match(filter, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0) {
            return false;
        }
        const QStringList values = property(m.captured(1));
        const QString op = m.captured(2).toLower();
        const QString wanted = m.captured(3);
        bool hit = false;
        for (const auto& value : values) {
            if (op == QLatin1String("like")) {
                const auto re = QRegularExpression::fromWildcard(wanted, Qt::CaseInsensitive);
                hit = hit || re.match(value).hasMatch();
            } else if (value.compare(wanted, Qt::CaseInsensitive) == 0
                       || (value.contains(QLatin1String("CN=")) && wanted.startsWith(value))) {
                hit = true;
            }
        }
        if (op == QLatin1String("ne")) {
            hit = !hit;
        }
        result = first ? hit : (pendingJoin == QLatin1String("or") ? (result || hit) : (result && hit));
        first = false;
        pendingJoin = m.captured(4).toLower();
        pos = m.capturedEnd();
    }
    return result;
}

bool ExchangeDirectory::rbacGrants(const QString& appId,
                                   const QString& permission,
                                   const QString& mailboxObjectId) const
{
    const auto sp = servicePrincipal(appId);
    const auto mailbox = mailboxForUser(mailboxObjectId);
    if (!sp || !mailbox) {
        return false;
    }
    for (const auto& v : list(kAssignments)) {
        const QJsonObject a = v.toObject();
        if (!same(str(a, "App"), str(*sp, "AppId"))) {
            continue;
        }
        const QString granted = permissionOfRole(str(a, "Role"));
        const bool covers = same(granted, permission) || same(granted, QStringLiteral("Exchange Full Access"))
                            || (permission.endsWith(QLatin1String(".Read"))
                                && same(granted, QString(permission.chopped(5) + QStringLiteral(".ReadWrite"))));
        if (!covers) {
            continue;
        }
        const QString scopeName = str(a, "CustomResourceScope");
        if (scopeName.isEmpty()) {
            return true;
        }
        if (const auto scope = managementScope(scopeName)) {
            if (matchesFilter(str(*scope, "RecipientFilter"), *mailbox)) {
                return true;
            }
        }
    }
    return false;
}

std::optional<QJsonObject> ExchangeDirectory::servicePrincipal(const QString& identity) const
{
    for (const auto& v : list(kServicePrincipals)) {
        const QJsonObject sp = v.toObject();
        if (same(str(sp, "AppId"), identity) || same(str(sp, "ObjectId"), identity)
            || same(str(sp, "Identity"), identity) || same(str(sp, "DisplayName"), identity)
            || same(str(sp, "Guid"), identity)) {
            return sp;
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> ExchangeDirectory::managementScope(const QString& identity) const
{
    for (const auto& v : list(kScopes)) {
        const QJsonObject s = v.toObject();
        if (same(str(s, "Name"), identity) || same(str(s, "Guid"), identity)) {
            return s;
        }
    }
    return std::nullopt;
}

// --- cmdlets ------------------------------------------------------------------------------------------------------

std::optional<ExchangeDirectory::Rows>
ExchangeDirectory::run(const QString& cmdlet, const QJsonObject& parameters, CmdletError* error)
{
    using Handler = std::function<Rows(const QJsonObject&, CmdletError*)>;
    const QList<QPair<QString, Handler>> handlers {
        {QStringLiteral("Get-Mailbox"), [this](auto& p, auto* e) { return getMailbox(p, e); }},
        {QStringLiteral("Get-DistributionGroup"), [this](auto& p, auto* e) { return getDistributionGroup(p, e); }},
        {QStringLiteral("New-DistributionGroup"), [this](auto& p, auto* e) { return newDistributionGroup(p, e); }},
        {QStringLiteral("Get-DistributionGroupMember"),
         [this](auto& p, auto* e) { return getDistributionGroupMember(p, e); }},
        {QStringLiteral("Add-DistributionGroupMember"),
         [this](auto& p, auto* e) { return changeDistributionGroupMember(p, true, e); }},
        {QStringLiteral("Remove-DistributionGroupMember"),
         [this](auto& p, auto* e) { return changeDistributionGroupMember(p, false, e); }},
        {QStringLiteral("Get-ApplicationAccessPolicy"), [this](auto& p, auto* e) { return getPolicy(p, e); }},
        {QStringLiteral("New-ApplicationAccessPolicy"), [this](auto& p, auto* e) { return newPolicy(p, e); }},
        {QStringLiteral("Set-ApplicationAccessPolicy"), [this](auto& p, auto* e) { return setPolicy(p, e); }},
        {QStringLiteral("Remove-ApplicationAccessPolicy"), [this](auto& p, auto* e) { return removePolicy(p, e); }},
        {QStringLiteral("Test-ApplicationAccessPolicy"), [this](auto& p, auto* e) { return testPolicy(p, e); }},
        {QStringLiteral("New-ServicePrincipal"), [this](auto& p, auto* e) { return newServicePrincipal(p, e); }},
        {QStringLiteral("Get-ServicePrincipal"), [this](auto& p, auto* e) { return getServicePrincipal(p, e); }},
        {QStringLiteral("Get-ManagementScope"), [this](auto& p, auto* e) { return getManagementScope(p, e); }},
        {QStringLiteral("New-ManagementScope"), [this](auto& p, auto* e) { return newManagementScope(p, e); }},
        {QStringLiteral("Get-ManagementRoleAssignment"), [this](auto& p, auto* e) { return getRoleAssignment(p, e); }},
        {QStringLiteral("New-ManagementRoleAssignment"), [this](auto& p, auto* e) { return newRoleAssignment(p, e); }},
        {QStringLiteral("Remove-ManagementRoleAssignment"),
         [this](auto& p, auto* e) { return removeRoleAssignment(p, e); }},
        {QStringLiteral("Test-ServicePrincipalAuthorization"),
         [this](auto& p, auto* e) { return testServicePrincipalAuthorization(p, e); }},
    };
    for (const auto& [name, handler] : handlers) {
        if (same(name, cmdlet)) {
            *error = {};
            return handler(parameters, error);
        }
    }
    return std::nullopt;
}

ExchangeDirectory::Rows ExchangeDirectory::getMailbox(const QJsonObject& p, CmdletError* e)
{
    Rows rows;
    const QString identity = param(p, "Identity");
    if (!identity.isEmpty()) {
        const auto r = recipient(identity);
        if (!r || !str(*r, "RecipientTypeDetails").endsWith(QLatin1String("Mailbox"))) {
            *e = notFound(identity);
            return {};
        }
        return {mailboxRow(*r)};
    }
    const QString type = param(p, "RecipientTypeDetails");
    for (const auto& v : list(kMailboxes)) {
        if (type.isEmpty() || same(str(v.toObject(), "RecipientTypeDetails"), type)) {
            rows.append(mailboxRow(v.toObject()));
        }
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::getDistributionGroup(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    Rows rows;
    for (const auto& v : list(kGroups)) {
        const QJsonObject g = v.toObject();
        if (identity.isEmpty()) {
            rows.append(groupRow(g));
        }
    }
    if (!identity.isEmpty()) {
        const auto r = recipient(identity);
        if (!r || !str(*r, "RecipientTypeDetails").startsWith(QLatin1String("MailUniversal"))) {
            *e = notFound(identity);
            return {};
        }
        rows.append(groupRow(*r));
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::newDistributionGroup(const QJsonObject& p, CmdletError* e)
{
    const QString name = param(p, "Name").trimmed();
    if (name.isEmpty()) {
        *e = missingParameter(QStringLiteral("Name"));
        return {};
    }
    if (recipient(name)) {
        *e = {QStringLiteral("ADObjectAlreadyExistsException"),
              QStringLiteral("The name \"%1\" is being used by another recipient object. Please specify a unique name.")
                  .arg(name),
              400};
        return {};
    }
    const bool security = same(param(p, "Type"), QStringLiteral("Security"));
    QString alias = param(p, "Alias");
    if (alias.isEmpty()) {
        alias = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    }
    // Exchange's default accepted domain: the one the existing recipients use (else the tenant's default domain).
    QString domain = m_store.tenant().value(QStringLiteral("defaultDomain")).toString();
    const QString sample = str(list(kMailboxes).first().toObject(), "PrimarySmtpAddress");
    if (sample.contains(QLatin1Char('@'))) {
        domain = sample.section(QLatin1Char('@'), 1);
    }
    QString smtp = param(p, "PrimarySmtpAddress");
    if (smtp.isEmpty()) {
        smtp = alias + QLatin1Char('@') + domain;
    }
    // The Entra side: Exchange creates the group in the directory (mail-enabled; security-enabled for -Type Security).
    const QString objectId = newGuid();
    m_store.put(
        QStringLiteral("groups"),
        QJsonObject {{QStringLiteral("id"), objectId},
                     {QStringLiteral("displayName"), name},
                     {QStringLiteral("mailEnabled"), true},
                     {QStringLiteral("securityEnabled"), security},
                     {QStringLiteral("mail"), smtp},
                     {QStringLiteral("mailNickname"), alias},
                     {QStringLiteral("groupTypes"), QJsonArray()},
                     {QStringLiteral("createdDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    const int rid = 1900000 + int(list(kGroups).size() + list(kMailboxes).size()) * 17 + int(qHash(objectId) % 97);
    QJsonObject group {
        {QStringLiteral("ExternalDirectoryObjectId"), objectId},
        {QStringLiteral("PrimarySmtpAddress"), smtp},
        {QStringLiteral("Alias"), alias},
        {QStringLiteral("Name"), name},
        {QStringLiteral("DisplayName"), name},
        {QStringLiteral("RecipientTypeDetails"),
         security ? QStringLiteral("MailUniversalSecurityGroup") : QStringLiteral("MailUniversalDistributionGroup")},
        {QStringLiteral("Guid"), newGuid()},
        {QStringLiteral("Sid"), QStringLiteral("S-1-5-21-3962854431-2718390645-1172635807-%1").arg(rid)}};
    QJsonArray groups = list(kGroups);
    groups.append(group);
    setList(kGroups, groups);
    QStringList members;
    for (const auto& member : paramList(p, "Members")) {
        const auto r = recipient(member);
        if (!r) {
            *e = notFound(member);
            return {};
        }
        members.append(str(*r, "ExternalDirectoryObjectId"));
    }
    m_store.setGroupMembers(objectId, members);
    return {groupRow(group)};
}

ExchangeDirectory::Rows ExchangeDirectory::getDistributionGroupMember(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    const auto group = recipient(identity);
    if (identity.isEmpty() || !group
        || !str(*group, "RecipientTypeDetails").startsWith(QLatin1String("MailUniversal"))) {
        *e = identity.isEmpty() ? missingParameter(QStringLiteral("Identity")) : notFound(identity);
        return {};
    }
    Rows rows;
    for (const auto& memberId : m_store.memberIds(str(*group, "ExternalDirectoryObjectId"))) {
        if (const auto r = recipient(memberId)) {
            rows.append(str(*r, "RecipientTypeDetails").startsWith(QLatin1String("MailUniversal")) ? groupRow(*r)
                                                                                                   : mailboxRow(*r));
        } else if (const auto object = m_store.directoryObject(memberId)) {
            // A member without a mailbox (e.g. a non-mail-enabled group or a user without a licence).
            rows.append(
                QJsonObject {{QStringLiteral("ExternalDirectoryObjectId"), memberId},
                             {QStringLiteral("Name"), object->value(QStringLiteral("displayName"))},
                             {QStringLiteral("DisplayName"), object->value(QStringLiteral("displayName"))},
                             {QStringLiteral("RecipientTypeDetails"),
                              object->value(QStringLiteral("@odata.type")).toString().endsWith(QLatin1String("group"))
                                  ? QStringLiteral("Group")
                                  : QStringLiteral("User")}});
        }
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::changeDistributionGroupMember(const QJsonObject& p, bool add, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    const QString memberName = param(p, "Member");
    if (identity.isEmpty() || memberName.isEmpty()) {
        *e = missingParameter(identity.isEmpty() ? QStringLiteral("Identity") : QStringLiteral("Member"));
        return {};
    }
    const auto group = recipient(identity);
    if (!group || !str(*group, "RecipientTypeDetails").startsWith(QLatin1String("MailUniversal"))) {
        *e = notFound(identity);
        return {};
    }
    const auto member = recipient(memberName);
    if (!member) {
        *e = notFound(memberName);
        return {};
    }
    const QString groupId = str(*group, "ExternalDirectoryObjectId");
    const QString memberId = str(*member, "ExternalDirectoryObjectId");
    QStringList members = m_store.memberIds(groupId);
    const bool present = members.contains(memberId, Qt::CaseInsensitive);
    if (add && present) {
        *e = {QStringLiteral("MemberAlreadyExistsException"),
              QStringLiteral("The recipient \"%1\" is already a member of the group \"%2\".")
                  .arg(str(*member, "DisplayName"), str(*group, "Name")),
              400};
        return {};
    }
    if (!add && !present) {
        *e = {QStringLiteral("MemberNotFoundException"),
              QStringLiteral("Couldn't find object \"%1\". Please make sure that it was spelled correctly or specify a "
                             "different object. Reason: The recipient %1 isn't a member of the group %2.")
                  .arg(str(*member, "DisplayName"), str(*group, "Name")),
              400};
        return {};
    }
    if (add) {
        members.append(memberId);
    } else {
        members.removeIf([&](const QString& id) { return same(id, memberId); });
    }
    m_store.setGroupMembers(groupId, members);
    return {}; // Exchange answers these with no output
}

ExchangeDirectory::Rows ExchangeDirectory::getPolicy(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    Rows rows;
    for (const auto& v : policies()) {
        if (identity.isEmpty() || same(str(v.toObject(), "Identity"), identity)) {
            rows.append(v.toObject());
        }
    }
    if (!identity.isEmpty() && rows.isEmpty()) {
        *e = notFound(identity);
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::newPolicy(const QJsonObject& p, CmdletError* e)
{
    const QStringList appIds = paramList(p, "AppId");
    const QString scopeName = param(p, "PolicyScopeGroupId");
    const QString right = param(p, "AccessRight");
    if (appIds.isEmpty() || scopeName.isEmpty() || right.isEmpty()) {
        *e = missingParameter(appIds.isEmpty()      ? QStringLiteral("AppId")
                              : scopeName.isEmpty() ? QStringLiteral("PolicyScopeGroupId")
                                                    : QStringLiteral("AccessRight"));
        return {};
    }
    if (!same(right, QStringLiteral("RestrictAccess")) && !same(right, QStringLiteral("DenyAccess"))) {
        *e = {
            QStringLiteral("ParameterBindingException"),
            QStringLiteral("Cannot process argument transformation on parameter 'AccessRight'. Cannot convert value "
                           "\"%1\" to type \"Microsoft.Exchange.Data.Directory.ApplicationAccessPolicyRight\". Error: "
                           "\"Unable to match the identifier name %1 to a valid enumerator name. Specify one of the "
                           "following enumerator names and try again: RestrictAccess, DenyAccess\"")
                .arg(right),
            400};
        return {};
    }
    const auto scope = recipient(scopeName);
    if (!scope) {
        *e = notFound(scopeName);
        return {};
    }
    const QString type = str(*scope, "RecipientTypeDetails");
    if (type != QLatin1String("MailUniversalSecurityGroup") && type != QLatin1String("UserMailbox")
        && type != QLatin1String("MailUser")) {
        *e = {
            QStringLiteral("InvalidOperationException"),
            QStringLiteral("The policy scope \"%1\" is not a security principal. Use a mail-enabled security group, a "
                           "user mailbox or a mail user (shared mailboxes only as members of a group).")
                .arg(scopeName),
            400};
        return {};
    }
    const QString description = param(p, "Description");
    QJsonArray all = policies();
    int used = 0;
    for (const auto& v : all) {
        used += kPolicyOverheadBytes + int(str(v.toObject(), "Description").toUtf8().size());
    }
    const int cost = kPolicyOverheadBytes + int(description.toUtf8().size());
    if (used + cost * int(appIds.size()) > kPolicyBudgetBytes) {
        *e = {QStringLiteral("InvalidOperationException"),
              QStringLiteral("The total size of App Access Policies exceeded the limit. Please remove some policies or "
                             "shorten their descriptions."),
              400};
        return {};
    }
    Rows rows;
    for (const auto& appId : appIds) {
        if (QUuid::fromString(appId).isNull()) {
            *e = {QStringLiteral("InvalidOperationException"),
                  QStringLiteral("AppId \"%1\" is not a valid application id (a GUID).").arg(appId),
                  400};
            return {};
        }
        const QString identity = QStringLiteral("%1\\%2:%3;%4")
                                     .arg(m_store.tenantId(), appId.toLower(), str(*scope, "Sid"), str(*scope, "Guid"));
        for (const auto& v : std::as_const(all)) {
            if (same(str(v.toObject(), "Identity"), identity)) {
                *e = {QStringLiteral("InvalidOperationException"),
                      QStringLiteral("An application access policy already exists for app %1 and scope %2.")
                          .arg(appId, str(*scope, "Name")),
                      400};
                return {};
            }
        }
        QJsonObject policy {{QStringLiteral("Identity"), identity},
                            {QStringLiteral("AppId"), appId.toLower()},
                            {QStringLiteral("ScopeName"), str(*scope, "Name")},
                            {QStringLiteral("ScopeIdentity"), str(*scope, "Name")},
                            {QStringLiteral("AccessRight"),
                             same(right, QStringLiteral("DenyAccess")) ? QStringLiteral("DenyAccess")
                                                                       : QStringLiteral("RestrictAccess")},
                            {QStringLiteral("Description"), description},
                            {QStringLiteral("IsValid"), true}};
        all.append(policy);
        rows.append(policy);
    }
    setPolicies(all);
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::setPolicy(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    QJsonArray all = policies();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QJsonObject policy = all.at(i).toObject();
        if (same(str(policy, "Identity"), identity)) {
            // Only the description can change (a new scope or right needs a new policy).
            policy.insert(QStringLiteral("Description"), param(p, "Description"));
            all.replace(i, policy);
            setPolicies(all);
            return {};
        }
    }
    *e = identity.isEmpty() ? missingParameter(QStringLiteral("Identity")) : notFound(identity);
    return {};
}

ExchangeDirectory::Rows ExchangeDirectory::removePolicy(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    QJsonArray all = policies();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (same(str(all.at(i).toObject(), "Identity"), identity)) {
            all.removeAt(i);
            setPolicies(all);
            return {};
        }
    }
    *e = identity.isEmpty() ? missingParameter(QStringLiteral("Identity")) : notFound(identity);
    return {};
}

ExchangeDirectory::Rows ExchangeDirectory::testPolicy(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    const QString appId = param(p, "AppId");
    if (identity.isEmpty() || appId.isEmpty()) {
        *e = missingParameter(identity.isEmpty() ? QStringLiteral("Identity") : QStringLiteral("AppId"));
        return {};
    }
    const auto mailbox = recipient(identity);
    if (!mailbox || !str(*mailbox, "RecipientTypeDetails").endsWith(QLatin1String("Mailbox"))) {
        *e = notFound(identity);
        return {};
    }
    return {QJsonObject {{QStringLiteral("AppId"), appId.toLower()},
                         {QStringLiteral("Mailbox"), str(*mailbox, "Alias")},
                         {QStringLiteral("MailboxId"), str(*mailbox, "Guid")},
                         {QStringLiteral("MailboxSid"), str(*mailbox, "Sid")},
                         {QStringLiteral("AccessCheckResult"),
                          accessCheck(appId, str(*mailbox, "ExternalDirectoryObjectId"), policies())}}};
}

ExchangeDirectory::Rows ExchangeDirectory::newServicePrincipal(const QJsonObject& p, CmdletError* e)
{
    const QString appId = param(p, "AppId");
    const QString objectId = param(p, "ObjectId");
    if (appId.isEmpty() || objectId.isEmpty()) {
        *e = missingParameter(appId.isEmpty() ? QStringLiteral("AppId") : QStringLiteral("ObjectId"));
        return {};
    }
    const auto entra = m_store.get(QStringLiteral("servicePrincipals"), objectId);
    if (!entra || !same(entra->value(QStringLiteral("appId")).toString(), appId)) {
        *e = {QStringLiteral("InvalidOperationException"),
              QStringLiteral("The service principal with AppId %1 and ObjectId %2 wasn't found in Microsoft Entra ID. "
                             "Use the object ID of the enterprise application, not of the app registration.")
                  .arg(appId, objectId),
              400};
        return {};
    }
    if (servicePrincipal(appId)) {
        *e = {QStringLiteral("ADObjectAlreadyExistsException"),
              QStringLiteral("A service principal with AppId %1 already exists.").arg(appId),
              400};
        return {};
    }
    QString name = param(p, "DisplayName");
    if (name.isEmpty()) {
        name = entra->value(QStringLiteral("displayName")).toString();
    }
    const QJsonObject sp {{QStringLiteral("Identity"), objectId.toLower()},
                          {QStringLiteral("Name"), objectId.toLower()},
                          {QStringLiteral("DisplayName"), name},
                          {QStringLiteral("AppId"), appId.toLower()},
                          {QStringLiteral("ObjectId"), objectId.toLower()},
                          {QStringLiteral("ServiceId"), objectId.toLower()},
                          {QStringLiteral("Guid"), newGuid()}};
    QJsonArray all = list(kServicePrincipals);
    all.append(sp);
    setList(kServicePrincipals, all);
    return {sp};
}

ExchangeDirectory::Rows ExchangeDirectory::getServicePrincipal(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    if (!identity.isEmpty()) {
        if (const auto sp = servicePrincipal(identity)) {
            return {*sp};
        }
        *e = notFound(identity);
        return {};
    }
    Rows rows;
    for (const auto& v : list(kServicePrincipals)) {
        rows.append(v.toObject());
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::getManagementScope(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    if (!identity.isEmpty()) {
        if (const auto scope = managementScope(identity)) {
            return {*scope};
        }
        *e = notFound(identity);
        return {};
    }
    Rows rows;
    for (const auto& v : list(kScopes)) {
        rows.append(v.toObject());
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::newManagementScope(const QJsonObject& p, CmdletError* e)
{
    const QString name = param(p, "Name");
    const QString filter = param(p, "RecipientRestrictionFilter");
    if (name.isEmpty() || filter.isEmpty()) {
        *e = missingParameter(name.isEmpty() ? QStringLiteral("Name") : QStringLiteral("RecipientRestrictionFilter"));
        return {};
    }
    if (managementScope(name)) {
        *e = {QStringLiteral("ADObjectAlreadyExistsException"),
              QStringLiteral("The management scope \"%1\" already exists.").arg(name),
              400};
        return {};
    }
    const QJsonObject scope {{QStringLiteral("Name"), name},
                             {QStringLiteral("Identity"), name},
                             {QStringLiteral("RecipientFilter"), filter},
                             {QStringLiteral("RecipientRoot"), QJsonValue::Null},
                             {QStringLiteral("ScopeRestrictionType"), QStringLiteral("RecipientScope")},
                             {QStringLiteral("Exclusive"), false},
                             {QStringLiteral("Guid"), newGuid()}};
    QJsonArray all = list(kScopes);
    all.append(scope);
    setList(kScopes, all);
    return {scope};
}

ExchangeDirectory::Rows ExchangeDirectory::getRoleAssignment(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    const QString app = param(p, "App");
    QString appId;
    if (!app.isEmpty()) {
        const auto sp = servicePrincipal(app);
        if (!sp) {
            *e = notFound(app);
            return {};
        }
        appId = str(*sp, "AppId");
    }
    Rows rows;
    for (const auto& v : list(kAssignments)) {
        const QJsonObject a = v.toObject();
        if ((identity.isEmpty() || same(str(a, "Name"), identity) || same(str(a, "Guid"), identity))
            && (appId.isEmpty() || same(str(a, "App"), appId))) {
            rows.append(a);
        }
    }
    if (!identity.isEmpty() && rows.isEmpty()) {
        *e = notFound(identity);
    }
    return rows;
}

ExchangeDirectory::Rows ExchangeDirectory::newRoleAssignment(const QJsonObject& p, CmdletError* e)
{
    const QString app = param(p, "App");
    const QString role = param(p, "Role");
    if (app.isEmpty() || role.isEmpty()) {
        *e = missingParameter(app.isEmpty() ? QStringLiteral("App") : QStringLiteral("Role"));
        return {};
    }
    const auto sp = servicePrincipal(app);
    if (!sp) {
        *e = {
            QStringLiteral("ManagementObjectNotFoundException"),
            QStringLiteral("The service principal \"%1\" couldn't be found. Create it first with New-ServicePrincipal "
                           "-AppId <AppId> -ObjectId <enterprise application ObjectId>.")
                .arg(app),
            404};
        return {};
    }
    QString roleName;
    for (const auto& known : applicationRoles()) {
        if (same(known, role)) {
            roleName = known;
        }
    }
    if (roleName.isEmpty()) {
        *e = notFound(role);
        return {};
    }
    const QString scopeName = param(p, "CustomResourceScope");
    if (!scopeName.isEmpty() && !managementScope(scopeName)) {
        *e = notFound(scopeName);
        return {};
    }
    QString name = param(p, "Name");
    if (name.isEmpty()) {
        name = QStringLiteral("%1-%2").arg(roleName.mid(12), str(*sp, "DisplayName")).left(64);
    }
    const QJsonObject assignment {
        {QStringLiteral("Name"), name},
        {QStringLiteral("Identity"), name},
        {QStringLiteral("Role"), roleName},
        {QStringLiteral("RoleAssignee"), str(*sp, "ObjectId")},
        {QStringLiteral("RoleAssigneeName"), str(*sp, "ObjectId")},
        {QStringLiteral("RoleAssigneeType"), QStringLiteral("ServicePrincipal")},
        {QStringLiteral("App"), str(*sp, "AppId")},
        {QStringLiteral("CustomResourceScope"), scopeName.isEmpty() ? QJsonValue::Null : QJsonValue(scopeName)},
        {QStringLiteral("RecipientWriteScope"),
         scopeName.isEmpty() ? QStringLiteral("Organization") : QStringLiteral("CustomRecipientScope")},
        {QStringLiteral("Enabled"), true},
        {QStringLiteral("Guid"), newGuid()}};
    QJsonArray all = list(kAssignments);
    all.append(assignment);
    setList(kAssignments, all);
    return {assignment};
}

ExchangeDirectory::Rows ExchangeDirectory::removeRoleAssignment(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    QJsonArray all = list(kAssignments);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject a = all.at(i).toObject();
        if (same(str(a, "Name"), identity) || same(str(a, "Guid"), identity)) {
            all.removeAt(i);
            setList(kAssignments, all);
            return {};
        }
    }
    *e = identity.isEmpty() ? missingParameter(QStringLiteral("Identity")) : notFound(identity);
    return {};
}

ExchangeDirectory::Rows ExchangeDirectory::testServicePrincipalAuthorization(const QJsonObject& p, CmdletError* e)
{
    const QString identity = param(p, "Identity");
    const auto sp = servicePrincipal(identity);
    if (!sp) {
        *e = identity.isEmpty() ? missingParameter(QStringLiteral("Identity")) : notFound(identity);
        return {};
    }
    const QString resource = param(p, "Resource");
    std::optional<QJsonObject> mailbox;
    if (!resource.isEmpty()) {
        mailbox = recipient(resource);
        if (!mailbox) {
            *e = notFound(resource);
            return {};
        }
    }
    Rows rows;
    for (const auto& v : list(kAssignments)) {
        const QJsonObject a = v.toObject();
        if (!same(str(a, "App"), str(*sp, "AppId"))) {
            continue;
        }
        const QString scopeName = str(a, "CustomResourceScope");
        QJsonValue inScope = QStringLiteral("Not Run");
        if (mailbox) {
            bool in = scopeName.isEmpty();
            if (const auto scope = managementScope(scopeName)) {
                in = matchesFilter(str(*scope, "RecipientFilter"), *mailbox);
            }
            inScope = in;
        }
        rows.append(QJsonObject {
            {QStringLiteral("RoleName"), str(a, "Role")},
            {QStringLiteral("GrantedPermissions"), permissionOfRole(str(a, "Role"))},
            {QStringLiteral("AllowedResourceScope"), scopeName.isEmpty() ? QStringLiteral("Organization") : scopeName},
            {QStringLiteral("ScopeType"),
             scopeName.isEmpty() ? QStringLiteral("Organization") : QStringLiteral("CustomRecipientScope")},
            {QStringLiteral("InScope"), inScope}});
    }
    return rows;
}
