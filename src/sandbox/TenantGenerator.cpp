#include "TenantGenerator.h"

#include "GraphNavigation.h"
#include "MicrosoftServicePrincipals.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <random>

namespace {

const QString kGlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
const QString kPrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
const QString kCloudApplicationAdministrator = QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
const QString kApplicationAdministrator = QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
const QString kGlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
const QString kHelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
const QString kExchangeAdministrator = QStringLiteral("29232cdf-9323-42fd-ade2-1d097af3e4de");
const QString kDefaultAccessRole = QStringLiteral("00000000-0000-0000-0000-000000000000");

const QStringList kFirstNames {
    QStringLiteral("Aisha"),     QStringLiteral("Alejandro"), QStringLiteral("Amara"),  QStringLiteral("Anders"),
    QStringLiteral("Ananya"),    QStringLiteral("Astrid"),    QStringLiteral("Ayumi"),  QStringLiteral("Bilal"),
    QStringLiteral("Bruno"),     QStringLiteral("Camila"),    QStringLiteral("Chen"),   QStringLiteral("Chidi"),
    QStringLiteral("Claire"),    QStringLiteral("Dmitri"),    QStringLiteral("Elena"),  QStringLiteral("Emeka"),
    QStringLiteral("Fatima"),    QStringLiteral("Felix"),     QStringLiteral("Freya"),  QStringLiteral("Gabriel"),
    QStringLiteral("Grace"),     QStringLiteral("Hana"),      QStringLiteral("Hassan"), QStringLiteral("Ines"),
    QStringLiteral("Isabel"),    QStringLiteral("Jamal"),     QStringLiteral("Jana"),   QStringLiteral("Javier"),
    QStringLiteral("Kai"),       QStringLiteral("Kamala"),    QStringLiteral("Kenji"),  QStringLiteral("Lars"),
    QStringLiteral("Layla"),     QStringLiteral("Leon"),      QStringLiteral("Lina"),   QStringLiteral("Lucas"),
    QStringLiteral("Maya"),      QStringLiteral("Mateo"),     QStringLiteral("Mei"),    QStringLiteral("Mikael"),
    QStringLiteral("Nadia"),     QStringLiteral("Naveen"),    QStringLiteral("Nia"),    QStringLiteral("Noah"),
    QStringLiteral("Olga"),      QStringLiteral("Omar"),      QStringLiteral("Paula"),  QStringLiteral("Pedro"),
    QStringLiteral("Priya"),     QStringLiteral("Rafael"),    QStringLiteral("Rania"),  QStringLiteral("Ravi"),
    QStringLiteral("Rosa"),      QStringLiteral("Samuel"),    QStringLiteral("Sara"),   QStringLiteral("Sofia"),
    QStringLiteral("Tariq"),     QStringLiteral("Thandiwe"),  QStringLiteral("Tomas"),  QStringLiteral("Uma"),
    QStringLiteral("Valentina"), QStringLiteral("Wei"),       QStringLiteral("Yara"),   QStringLiteral("Yusuf"),
    QStringLiteral("Zanele"),    QStringLiteral("Zoe"),
};

const QStringList kLastNames {
    QStringLiteral("Abebe"),     QStringLiteral("Andersen"), QStringLiteral("Bakker"),    QStringLiteral("Banerjee"),
    QStringLiteral("Becker"),    QStringLiteral("Castillo"), QStringLiteral("Chen"),      QStringLiteral("Costa"),
    QStringLiteral("Dubois"),    QStringLiteral("Eriksson"), QStringLiteral("Fernandes"), QStringLiteral("Fischer"),
    QStringLiteral("Garcia"),    QStringLiteral("Haddad"),   QStringLiteral("Hansen"),    QStringLiteral("Herrera"),
    QStringLiteral("Ibrahim"),   QStringLiteral("Ito"),      QStringLiteral("Jansen"),    QStringLiteral("Kapoor"),
    QStringLiteral("Kim"),       QStringLiteral("Kowalski"), QStringLiteral("Larsen"),    QStringLiteral("Lee"),
    QStringLiteral("Lindqvist"), QStringLiteral("Lopez"),    QStringLiteral("Mahlangu"),  QStringLiteral("Martin"),
    QStringLiteral("Mensah"),    QStringLiteral("Moreau"),   QStringLiteral("Murphy"),    QStringLiteral("Nakamura"),
    QStringLiteral("Nguyen"),    QStringLiteral("Novak"),    QStringLiteral("Okafor"),    QStringLiteral("Olsen"),
    QStringLiteral("Patel"),     QStringLiteral("Petrova"),  QStringLiteral("Quinn"),     QStringLiteral("Rahman"),
    QStringLiteral("Reyes"),     QStringLiteral("Rossi"),    QStringLiteral("Sato"),      QStringLiteral("Schmidt"),
    QStringLiteral("Silva"),     QStringLiteral("Singh"),    QStringLiteral("Sokolov"),   QStringLiteral("Suzuki"),
    QStringLiteral("Tanaka"),    QStringLiteral("Torres"),   QStringLiteral("Van Dijk"),  QStringLiteral("Varga"),
    QStringLiteral("Wagner"),    QStringLiteral("Walker"),   QStringLiteral("Wang"),      QStringLiteral("Weber"),
    QStringLiteral("Yilmaz"),    QStringLiteral("Zhang"),
};

const QStringList kDepartments {QStringLiteral("Sales"),
                                QStringLiteral("Marketing"),
                                QStringLiteral("Finance"),
                                QStringLiteral("Human Resources"),
                                QStringLiteral("IT"),
                                QStringLiteral("Engineering"),
                                QStringLiteral("Operations"),
                                QStringLiteral("Legal"),
                                QStringLiteral("Customer Support"),
                                QStringLiteral("Research")};

const QStringList kTitles {QStringLiteral("Analyst"),
                           QStringLiteral("Specialist"),
                           QStringLiteral("Manager"),
                           QStringLiteral("Coordinator"),
                           QStringLiteral("Engineer"),
                           QStringLiteral("Consultant"),
                           QStringLiteral("Associate"),
                           QStringLiteral("Director"),
                           QStringLiteral("Lead")};

// Microsoft's fictional company names, for the publishers of third-party apps.
const QStringList kPublishers {
    QStringLiteral("Fabrikam"),       QStringLiteral("Northwind"),
    QStringLiteral("Tailspin"),       QStringLiteral("Woodgrove"),
    QStringLiteral("Adatum"),         QStringLiteral("Litware"),
    QStringLiteral("Proseware"),      QStringLiteral("Wingtip"),
    QStringLiteral("Fourth Coffee"),  QStringLiteral("Alpine Ski House"),
    QStringLiteral("Coho Winery"),    QStringLiteral("Relecloud"),
    QStringLiteral("Lucerne"),        QStringLiteral("Margie's Travel"),
    QStringLiteral("Trey Research"),  QStringLiteral("Wide World"),
    QStringLiteral("Humongous"),      QStringLiteral("Blue Yonder"),
    QStringLiteral("Southridge"),     QStringLiteral("VanArsdel"),
    QStringLiteral("Lamna"),          QStringLiteral("Munson's"),
    QStringLiteral("Nod Publishers"), QStringLiteral("Bellows"),
    QStringLiteral("First Up"),       QStringLiteral("Consolidated"),
    QStringLiteral("City Power"),     QStringLiteral("Graphic Design Institute"),
    QStringLiteral("Best For You"),   QStringLiteral("Datum"),
};

const QStringList kProducts {
    QStringLiteral("CRM"),        QStringLiteral("Expenses"),      QStringLiteral("Scheduler"),
    QStringLiteral("Timesheets"), QStringLiteral("Survey"),        QStringLiteral("Backup"),
    QStringLiteral("Signature"),  QStringLiteral("Messenger"),     QStringLiteral("Projects"),
    QStringLiteral("Travel"),     QStringLiteral("Helpdesk"),      QStringLiteral("Analytics"),
    QStringLiteral("Notes"),      QStringLiteral("Calendar Sync"), QStringLiteral("Mail Merge"),
    QStringLiteral("Recruiting"), QStringLiteral("Learning"),      QStringLiteral("Wiki"),
    QStringLiteral("Docs"),       QStringLiteral("Forms"),         QStringLiteral("Standup Bot"),
    QStringLiteral("Reports"),    QStringLiteral("Planner"),       QStringLiteral("Inventory"),
    QStringLiteral("Payroll"),    QStringLiteral("Invoices"),      QStringLiteral("Contracts"),
    QStringLiteral("Meetings"),   QStringLiteral("Whiteboard"),    QStringLiteral("Tasks"),
};

const QStringList kEditions {QString(),
                             QStringLiteral(" Pro"),
                             QStringLiteral(" Connector"),
                             QStringLiteral(" for Teams"),
                             QStringLiteral(" Sync"),
                             QStringLiteral(" Mobile")};

const QStringList kReasons {
    QStringLiteral("I need this to do my job; my team uses it every day."),
    QStringLiteral("Our department is piloting this app for the next quarter."),
    QStringLiteral("A customer asked us to use this tool to share documents."),
    QStringLiteral("It replaces the spreadsheet we use for planning."),
    QStringLiteral("Required by the vendor for the integration we bought."),
    QStringLiteral("My manager asked me to try it before we buy licences."),
    QStringLiteral("It syncs my calendar with the booking system our clients use."),
    QStringLiteral("We need it to send the monthly newsletter."),
};

// A fully specified generator (std::mt19937_64), with its own bounded draws: std::uniform_int_distribution differs
// between standard libraries, and the same seed must give the same tenant everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double probability) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability; }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }

    QString guid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = next();
        const quint64 b = next();
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char((a >> (8 * i)) & 0xff);
            bytes[8 + i] = char((b >> (8 * i)) & 0xff);
        }
        bytes[6] = char((bytes.at(6) & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    QByteArray bytes(int count)
    {
        QByteArray result;
        result.reserve(count);
        while (result.size() < count) {
            const quint64 value = next();
            for (int i = 0; i < 8 && result.size() < count; ++i) {
                result.append(char((value >> (8 * i)) & 0xff));
            }
        }
        return result;
    }

private:
    std::mt19937_64 m_engine;
};

struct Plan
{
    int users;
    int servicePrincipals;
    int grants;
    int assignments;
    int pending;
};

Plan plan(TenantGenerator::Size size)
{
    switch (size) {
    case TenantGenerator::Size::Small:
        return {200, 60, 600, 80, 20};
    case TenantGenerator::Size::Large:
        return {20000, 3000, 60000, 8000, 300};
    case TenantGenerator::Size::Huge:
        return {200000, 30000, 600000, 80000, 3000};
    }
    return {200, 60, 600, 80, 20};
}

QString slug(const QString& text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            result.append(c);
        } else if (!result.endsWith(QLatin1Char('-')) && !result.isEmpty()) {
            result.append(QLatin1Char('-'));
        }
    }
    while (result.endsWith(QLatin1Char('-'))) {
        result.chop(1);
    }
    return result;
}

class Generator
{
public:
    Generator(TenantGenerator::Size size, quint64 seed, const QJsonObject& graphTemplate)
        : m_plan(plan(size))
        , m_random(seed ^ (0x9e3779b97f4a7c15ULL * (quint64(size) + 1)))
        , m_graphTemplate(graphTemplate)
        , m_base(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc())
    {
    }

    QJsonObject run();

private:
    struct User
    {
        QString id;
        QString displayName;
        QString upn;
        QString mail;
        QString department;
        bool enabled = true;
        bool guest = false;
    };

    struct App
    {
        QString spId;
        QString appId;
        QString name;
        QString publisher;
        bool api = false; // publishes a delegated scope and an app role of its own
    };

    QString date(int daysBack, int maxHours = 10)
    {
        return m_base.addDays(-daysBack)
            .addSecs(-3600 * m_random.below(maxHours) - 60 * m_random.below(60))
            .toString(Qt::ISODate);
    }
    QString sid() { return QStringLiteral("%1-%2").arg(m_sidPrefix).arg(++m_rid); }
    QString appName();

    void tenant();
    void users();
    void roles();
    void groups();
    void microsoftApps();
    QJsonArray lowImpactClassifications(const QJsonObject& graph) const;
    void consentDesk();
    void thirdPartyApps();
    void grants();
    void assignments();
    void consentRequests();
    void policies();
    void conditionalAccess();
    void exchange();

    QJsonObject userObject(const User& user) const;
    QJsonObject userIdentity(const User& user) const;
    void
    addGrant(const QString& clientId, const QString& resourceId, const QString& principalId, const QStringList& scopes);
    QString assignmentId(const QString& principalId);

    Plan m_plan;
    Random m_random;
    QJsonObject m_graphTemplate;
    QDateTime m_base;

    QString m_tenantId;
    QString m_tenantName;
    QString m_domain;
    QString m_sidPrefix;
    int m_rid = 1100;

    QList<User> m_users;
    QList<int> m_members; // indexes of enabled member users (consent, requests)
    QHash<QString, QList<int>> m_byDepartment;
    QHash<QString, QStringList> m_roleMembers; // template id -> user ids
    QList<App> m_apps; // third-party apps with a service principal
    QJsonObject m_graph;
    QJsonObject m_exchangeSp;
    QStringList m_graphUserScopes;
    QStringList m_graphAdminScopes;
    QList<QJsonObject> m_graphRoles;
    QSet<QString> m_grantKeys;
    QList<QPair<QString, QString>> m_mailGroups; // id, name (for application access policies)

    QJsonArray m_clients;
    QJsonArray m_userArray;
    QJsonArray m_groupArray;
    QJsonArray m_roleArray;
    QJsonArray m_spArray;
    QJsonArray m_grantArray;
    QJsonArray m_assignmentArray;
    QJsonArray m_requestArray;
    QJsonArray m_catalog;
    QJsonObject m_policies;
    QJsonArray m_conditionalAccess;
    QJsonObject m_exchange;
};

QJsonObject Generator::run()
{
    tenant();
    users();
    roles();
    groups();
    microsoftApps();
    consentDesk();
    thirdPartyApps();
    grants();
    assignments();
    consentRequests();
    policies();
    conditionalAccess();
    exchange();
    return QJsonObject {
        {QStringLiteral("tenant"),
         QJsonObject {{QStringLiteral("id"), m_tenantId},
                      {QStringLiteral("displayName"), m_tenantName},
                      {QStringLiteral("defaultDomain"), m_domain},
                      {QStringLiteral("verifiedDomains"),
                       QJsonArray {m_domain, QString(slug(m_tenantName) + QStringLiteral(".example"))}}}},
        {QStringLiteral("clients"), m_clients},
        {QStringLiteral("users"), m_userArray},
        {QStringLiteral("groups"), m_groupArray},
        {QStringLiteral("directoryRoles"), m_roleArray},
        {QStringLiteral("servicePrincipals"), m_spArray},
        {QStringLiteral("oauth2PermissionGrants"), m_grantArray},
        {QStringLiteral("appRoleAssignments"), m_assignmentArray},
        {QStringLiteral("appConsentRequests"), m_requestArray},
        {QStringLiteral("catalog"), m_catalog},
        {QStringLiteral("policies"), m_policies},
        {QStringLiteral("conditionalAccessPolicies"), m_conditionalAccess},
        {QStringLiteral("exchange"), m_exchange},
    };
}

void Generator::tenant()
{
    static const QStringList names {QStringLiteral("Fabrikam"),
                                    QStringLiteral("Northwind Traders"),
                                    QStringLiteral("Tailspin Toys"),
                                    QStringLiteral("Woodgrove Bank"),
                                    QStringLiteral("Adventure Works"),
                                    QStringLiteral("Wide World Importers"),
                                    QStringLiteral("Lamna Healthcare"),
                                    QStringLiteral("Relecloud")};
    m_tenantId = m_random.guid();
    m_tenantName = m_random.pick(names);
    m_domain = slug(m_tenantName).remove(QLatin1Char('-')) + QStringLiteral(".onmicrosoft.com");
    m_sidPrefix = QStringLiteral("S-1-5-21-%1-%2-%3")
                      .arg(1000000000 + m_random.below(1000000000))
                      .arg(1000000000 + m_random.below(1000000000))
                      .arg(1000000000 + m_random.below(1000000000));
}

QJsonObject Generator::userObject(const User& user) const
{
    const qsizetype space = user.displayName.indexOf(QLatin1Char(' '));
    return QJsonObject {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("displayName"), user.displayName},
        {QStringLiteral("givenName"), user.displayName.left(space)},
        {QStringLiteral("surname"), user.displayName.mid(space + 1)},
        {QStringLiteral("userPrincipalName"), user.upn},
        {QStringLiteral("mail"), user.mail},
        {QStringLiteral("jobTitle"), QJsonValue::Null},
        {QStringLiteral("department"), user.department},
        {QStringLiteral("accountEnabled"), user.enabled},
        {QStringLiteral("userType"), user.guest ? QStringLiteral("Guest") : QStringLiteral("Member")},
    };
}

QJsonObject Generator::userIdentity(const User& user) const
{
    return QJsonObject {{QStringLiteral("id"), user.id},
                        {QStringLiteral("displayName"), user.displayName},
                        {QStringLiteral("userPrincipalName"), user.upn},
                        {QStringLiteral("mail"), user.mail}};
}

void Generator::users()
{
    // The well-known accounts first: one per role ConsentDesk distinguishes, with the names the docs use.
    struct Named
    {
        const char* local;
        const char* name;
        const char* title;
    };
    static const Named named[] = {
        {"admin", "Avery Admin", "Global Administrator"},
        {"pra", "Parker Roles", "Identity Administrator"},
        {"cloudappadmin", "Casey Cloudapps", "Cloud Application Administrator"},
        {"appadmin", "Alex Apps", "Application Administrator"},
        {"reader", "Riley Reader", "Auditor"},
        {"helpdesk", "Harper Helpdesk", "Helpdesk Engineer"},
        {"exchangeadmin", "Emerson Exchange", "Messaging Administrator"},
    };
    QSet<QString> upns;
    for (const auto& n : named) {
        User user;
        user.id = m_random.guid();
        user.displayName = QString::fromLatin1(n.name);
        user.upn = QString::fromLatin1(n.local) + QLatin1Char('@') + m_domain;
        user.mail = user.upn;
        user.department = QStringLiteral("IT");
        upns.insert(user.upn);
        m_users.append(user);
        QJsonObject object = userObject(user);
        object.insert(QStringLiteral("jobTitle"), QString::fromLatin1(n.title));
        m_userArray.append(object);
        m_members.append(int(m_users.size()) - 1);
        m_byDepartment[user.department].append(int(m_users.size()) - 1);
    }
    while (m_users.size() < m_plan.users) {
        User user;
        user.id = m_random.guid();
        const QString first = m_random.pick(kFirstNames);
        const QString last = m_random.pick(kLastNames);
        user.displayName = first + QLatin1Char(' ') + last;
        user.department = m_random.pick(kDepartments);
        user.enabled = !m_random.chance(0.02);
        user.guest = m_random.chance(0.03);
        const QString local
            = slug(first).remove(QLatin1Char('-')) + QLatin1Char('.') + slug(last).remove(QLatin1Char('-'));
        if (user.guest) {
            static const QStringList partners {
                QStringLiteral("fabrikam.com"), QStringLiteral("northwind.example"), QStringLiteral("contoso.com")};
            const QString partner = m_random.pick(partners);
            user.mail = local + QLatin1Char('@') + partner;
            user.upn = local + QLatin1Char('_') + partner + QStringLiteral("#EXT#@") + m_domain;
        } else {
            user.upn = local + QLatin1Char('@') + m_domain;
            user.mail = user.upn;
        }
        for (int n = 2; upns.contains(user.upn.toLower()); ++n) {
            const QString numbered = local + QString::number(n);
            // Each branch a QString: with Qt 6.8 the two concatenations are different QStringBuilder types.
            user.upn = user.guest ? QString(numbered + QLatin1Char('_') + user.upn.section(QLatin1Char('_'), 1))
                                  : QString(numbered + QLatin1Char('@') + m_domain);
            user.mail = user.guest ? numbered + QLatin1Char('@') + user.mail.section(QLatin1Char('@'), 1) : user.upn;
        }
        upns.insert(user.upn.toLower());
        m_users.append(user);
        const int index = int(m_users.size()) - 1;
        QJsonObject object = userObject(user);
        object.insert(QStringLiteral("jobTitle"), QString(user.department + QLatin1Char(' ') + m_random.pick(kTitles)));
        m_userArray.append(object);
        if (user.enabled && !user.guest) {
            m_members.append(index);
        }
        m_byDepartment[user.department].append(index);
    }
}

void Generator::roles()
{
    struct Role
    {
        QString templateId;
        const char* name;
        const char* description;
        int namedUser; // index into the well-known accounts
    };
    const Role roles[] = {
        {kGlobalAdministrator,
         "Global Administrator",
         "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.",
         0},
        {kPrivilegedRoleAdministrator,
         "Privileged Role Administrator",
         "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.",
         1},
        {kCloudApplicationAdministrator,
         "Cloud Application Administrator",
         "Can create and manage all aspects of app registrations and enterprise apps except App Proxy.",
         2},
        {kApplicationAdministrator,
         "Application Administrator",
         "Can create and manage all aspects of app registrations and enterprise apps.",
         3},
        {kGlobalReader,
         "Global Reader",
         "Can read everything that a Global Administrator can, but not update anything.",
         4},
        {kHelpdeskAdministrator,
         "Helpdesk Administrator",
         "Can reset passwords for non-administrators and Helpdesk Administrators.",
         5},
        {kExchangeAdministrator, "Exchange Administrator", "Can manage all aspects of the Exchange product.", 6},
    };
    // A few more holders per role, never the well-known accounts (each of those has exactly its one role).
    const int extra = std::max(1, m_plan.users / 4000);
    const QList<int> others = m_members.mid(7);
    for (const auto& role : roles) {
        QStringList members {m_users.at(role.namedUser).id};
        for (int i = 0; i < extra; ++i) {
            const QString id = m_users.at(m_random.pick(others)).id;
            if (!members.contains(id)) {
                members.append(id);
            }
        }
        m_roleMembers.insert(role.templateId, members);
        QJsonArray array;
        for (const auto& id : members) {
            array.append(id);
        }
        m_roleArray.append(QJsonObject {{QStringLiteral("id"), m_random.guid()},
                                        {QStringLiteral("roleTemplateId"), role.templateId},
                                        {QStringLiteral("displayName"), QString::fromLatin1(role.name)},
                                        {QStringLiteral("description"), QString::fromLatin1(role.description)},
                                        {QStringLiteral("members"), array}});
    }
}

void Generator::groups()
{
    auto group = [&](const QString& name,
                     const QString& description,
                     bool mailEnabled,
                     bool securityEnabled,
                     bool unified,
                     const QStringList& members) {
        const QString id = m_random.guid();
        const QString nickname = slug(name);
        QJsonArray memberArray;
        for (const auto& member : members) {
            memberArray.append(member);
        }
        m_groupArray.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("mail"),
             mailEnabled ? QJsonValue(nickname + QLatin1Char('@') + m_domain) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("mailEnabled"), mailEnabled},
            {QStringLiteral("mailNickname"), nickname},
            {QStringLiteral("securityEnabled"), securityEnabled},
            {QStringLiteral("groupTypes"), unified ? QJsonArray {QStringLiteral("Unified")} : QJsonArray()},
            {QStringLiteral("members"), memberArray},
        });
        if (mailEnabled && securityEnabled) {
            m_mailGroups.append({id, name});
        }
        return id;
    };
    // Department security groups, nested in "All Staff"; a mail-enabled security group per department (the kind an
    // Exchange application access policy is scoped with), holding part of the department and its department group.
    QStringList departmentGroups;
    for (const auto& department : kDepartments) {
        QStringList members;
        for (int index : m_byDepartment.value(department)) {
            members.append(m_users.at(index).id);
        }
        const QString id = group(department + QStringLiteral(" Department"),
                                 QStringLiteral("All members of the %1 department.").arg(department),
                                 false,
                                 true,
                                 false,
                                 members);
        departmentGroups.append(id);
        QStringList mailMembers = members.mid(0, std::min<qsizetype>(members.size(), 40));
        if (m_random.chance(0.5)) {
            mailMembers.append(id);
        }
        group(department + QStringLiteral(" Mailbox Access"),
              QStringLiteral("Mailboxes apps working for %1 may reach (mail-enabled security group).").arg(department),
              true,
              true,
              false,
              mailMembers);
    }
    group(QStringLiteral("All Staff"),
          QStringLiteral("Everyone, through the department groups."),
          false,
          true,
          false,
          departmentGroups);
    // Microsoft 365 groups for projects, some containing other groups.
    const int projects = std::max(8, m_plan.users / 20 - int(kDepartments.size()) * 2 - 1);
    QStringList projectIds;
    for (int i = 0; i < projects; ++i) {
        QStringList members;
        const int count = m_random.between(3, 25);
        for (int m = 0; m < count; ++m) {
            const QString id = m_users.at(m_random.below(int(m_users.size()))).id;
            if (!members.contains(id)) {
                members.append(id);
            }
        }
        if (!projectIds.isEmpty() && m_random.chance(0.15)) {
            members.append(m_random.pick(projectIds));
        }
        const QString name = QStringLiteral("Project %1 %2").arg(m_random.pick(kProducts)).arg(i + 1);
        projectIds.append(
            group(name, QStringLiteral("Team site and mailbox of %1.").arg(name), true, false, true, members));
    }
}

void Generator::microsoftApps()
{
    m_graph = m_graphTemplate.isEmpty() ? MicrosoftServicePrincipals::microsoftGraph(m_random.guid()) : m_graphTemplate;
    m_graph.insert(QStringLiteral("id"), m_random.guid());
    if (!m_graph.contains(QStringLiteral("delegatedPermissionClassifications"))) {
        m_graph.insert(QStringLiteral("delegatedPermissionClassifications"), lowImpactClassifications(m_graph));
    }
    m_exchangeSp = MicrosoftServicePrincipals::exchangeOnline(m_random.guid());
    QJsonObject sharePoint = MicrosoftServicePrincipals::exchangeOnline(m_random.guid());
    sharePoint.insert(QStringLiteral("appId"), QStringLiteral("00000003-0000-0ff1-ce00-000000000000"));
    sharePoint.insert(QStringLiteral("displayName"), QStringLiteral("Office 365 SharePoint Online"));
    sharePoint.insert(QStringLiteral("appDisplayName"), QStringLiteral("Office 365 SharePoint Online"));
    sharePoint.insert(QStringLiteral("appRoles"), QJsonArray());
    sharePoint.insert(QStringLiteral("oauth2PermissionScopes"), QJsonArray());
    m_spArray.append(m_graph);
    m_spArray.append(m_exchangeSp);
    m_spArray.append(sharePoint);
    for (const auto& value : m_graph.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        const QJsonObject scope = value.toObject();
        const QString name = scope.value(QStringLiteral("value")).toString();
        if (scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin")) {
            m_graphAdminScopes.append(name);
        } else if (name != QLatin1String("openid") && name != QLatin1String("profile") && name != QLatin1String("email")
                   && name != QLatin1String("offline_access")) {
            m_graphUserScopes.append(name);
        }
    }
    for (const auto& value : m_graph.value(QStringLiteral("appRoles")).toArray()) {
        const QJsonObject role = value.toObject();
        if (role.value(QStringLiteral("allowedMemberTypes")).toArray().contains(QStringLiteral("Application"))) {
            m_graphRoles.append(role);
        }
    }
}

QJsonArray Generator::lowImpactClassifications(const QJsonObject& graph) const
{
    // The sign-in set Entra's admin center suggests classifying as low impact. Ids are derived from the tenant, not
    // drawn from the seed's stream, so the rest of a generated tenant stays what it was for the same seed.
    static const QStringList lowImpact {QStringLiteral("openid"),
                                        QStringLiteral("profile"),
                                        QStringLiteral("email"),
                                        QStringLiteral("offline_access"),
                                        QStringLiteral("User.Read")};
    QJsonArray result;
    for (const auto& value : graph.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        const QJsonObject scope = value.toObject();
        const QString name = scope.value(QStringLiteral("value")).toString();
        if (!lowImpact.contains(name)) {
            continue;
        }
        const QString scopeId = scope.value(QStringLiteral("id")).toString();
        const QByteArray digest
            = QCryptographicHash::hash(QString(m_tenantId + scopeId).toUtf8(), QCryptographicHash::Sha256);
        result.append(QJsonObject {
            {QStringLiteral("id"),
             QString::fromLatin1(
                 digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(23))},
            {QStringLiteral("permissionId"), scopeId},
            {QStringLiteral("permissionName"), name},
            {QStringLiteral("classification"), QStringLiteral("low")},
        });
    }
    return result;
}

void Generator::consentDesk()
{
    const QJsonArray loopback {QStringLiteral("http://localhost"), QStringLiteral("http://127.0.0.1")};
    m_clients.append(QJsonObject {{QStringLiteral("appId"), TenantGenerator::kConsentDeskAppId},
                                  {QStringLiteral("displayName"), QStringLiteral("ConsentDesk")},
                                  {QStringLiteral("publicClient"), true},
                                  {QStringLiteral("redirectUris"), loopback}});
    m_clients.append(QJsonObject {{QStringLiteral("appId"), TenantGenerator::kMisconfiguredWebAppId},
                                  {QStringLiteral("displayName"), QStringLiteral("ConsentDesk (web, misconfigured)")},
                                  {QStringLiteral("publicClient"), false},
                                  {QStringLiteral("redirectUris"), loopback}});
    const QString spId = m_random.guid();
    QJsonObject sp = MicrosoftServicePrincipals::exchangeOnline(spId);
    sp.insert(QStringLiteral("appId"), TenantGenerator::kConsentDeskAppId);
    sp.insert(QStringLiteral("displayName"), QStringLiteral("ConsentDesk"));
    sp.insert(QStringLiteral("appDisplayName"), QStringLiteral("ConsentDesk"));
    sp.insert(QStringLiteral("publisherName"), m_tenantName);
    sp.insert(QStringLiteral("appOwnerOrganizationId"), m_tenantId);
    sp.insert(QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg"));
    sp.insert(QStringLiteral("tags"), QJsonArray {QStringLiteral("WindowsAzureActiveDirectoryIntegratedApp")});
    sp.insert(QStringLiteral("replyUrls"), loopback);
    sp.insert(QStringLiteral("appRoles"), QJsonArray());
    sp.insert(QStringLiteral("oauth2PermissionScopes"), QJsonArray());
    m_spArray.append(sp);
    // The organization consented to what ConsentDesk asks for (its read and write sets), and to Exchange.Manage.
    static const QStringList wanted {QStringLiteral("openid"),
                                     QStringLiteral("profile"),
                                     QStringLiteral("email"),
                                     QStringLiteral("offline_access"),
                                     QStringLiteral("User.Read"),
                                     QStringLiteral("Directory.Read.All"),
                                     QStringLiteral("Application.Read.All"),
                                     QStringLiteral("ConsentRequest.Read.All"),
                                     QStringLiteral("Policy.Read.All"),
                                     QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
                                     QStringLiteral("AppRoleAssignment.ReadWrite.All"),
                                     QStringLiteral("Application.ReadWrite.All"),
                                     QStringLiteral("Policy.ReadWrite.ConsentRequest"),
                                     QStringLiteral("Policy.ReadWrite.Authorization")};
    QStringList published;
    for (const auto& value : m_graph.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
        published.append(value.toObject().value(QStringLiteral("value")).toString());
    }
    QStringList scopes;
    for (const auto& scope : wanted) {
        if (published.contains(scope)) {
            scopes.append(scope);
        }
    }
    addGrant(spId, m_graph.value(QStringLiteral("id")).toString(), QString(), scopes);
    addGrant(spId, m_exchangeSp.value(QStringLiteral("id")).toString(), QString(), {QStringLiteral("Exchange.Manage")});
}

QString Generator::appName()
{
    return m_random.pick(kPublishers) + QLatin1Char(' ') + m_random.pick(kProducts) + m_random.pick(kEditions);
}

void Generator::thirdPartyApps()
{
    QSet<QString> names;
    QHash<QString, QString> publisherTenants;
    QHash<QString, QString> verifiedIds;
    const int count = m_plan.servicePrincipals - int(m_spArray.size());
    for (int i = 0; i < count; ++i) {
        QString name = appName();
        for (int n = 2; names.contains(name); ++n) {
            name = appName() + (n > 4 ? QStringLiteral(" %1").arg(n) : QString());
        }
        names.insert(name);
        const bool internal = m_random.chance(0.1);
        const QString publisherName = internal ? m_tenantName : name.section(QLatin1Char(' '), 0, 0);
        QString& ownerTenant = publisherTenants[publisherName];
        if (ownerTenant.isEmpty()) {
            ownerTenant = internal ? m_tenantId : m_random.guid();
        }
        QJsonValue verified = QJsonObject {{QStringLiteral("displayName"), QJsonValue::Null},
                                           {QStringLiteral("verifiedPublisherId"), QJsonValue::Null},
                                           {QStringLiteral("addedDateTime"), QJsonValue::Null}};
        if (!internal && m_random.chance(0.4)) {
            QString& verifiedId = verifiedIds[publisherName];
            if (verifiedId.isEmpty()) {
                verifiedId = QString::number(1000000 + m_random.below(8999999));
            }
            verified = QJsonObject {{QStringLiteral("displayName"), QString(publisherName + QStringLiteral(" Ltd"))},
                                    {QStringLiteral("verifiedPublisherId"), verifiedId},
                                    {QStringLiteral("addedDateTime"), date(400 + m_random.below(900))}};
        }
        App app {m_random.guid(), m_random.guid(), name, publisherName, false};
        // A few are APIs of their own, with a delegated scope and an app role other apps get granted.
        QJsonArray scopes;
        QJsonArray roles;
        if (m_random.chance(0.03)) {
            app.api = true;
            scopes.append(QJsonObject {
                {QStringLiteral("adminConsentDescription"),
                 QStringLiteral("Allows the app to access %1 on behalf of the signed-in user.").arg(name)},
                {QStringLiteral("adminConsentDisplayName"), QStringLiteral("Access %1").arg(name)},
                {QStringLiteral("id"), m_random.guid()},
                {QStringLiteral("isEnabled"), true},
                {QStringLiteral("type"), QStringLiteral("User")},
                {QStringLiteral("userConsentDescription"),
                 QStringLiteral("Allows the app to access %1 on your behalf.").arg(name)},
                {QStringLiteral("userConsentDisplayName"), QStringLiteral("Access %1").arg(name)},
                {QStringLiteral("value"), QStringLiteral("user_impersonation")},
            });
            roles.append(QJsonObject {
                {QStringLiteral("allowedMemberTypes"), QJsonArray {QStringLiteral("Application")}},
                {QStringLiteral("description"),
                 QStringLiteral("Allows the app to read all %1 data without a signed-in user.").arg(name)},
                {QStringLiteral("displayName"), QStringLiteral("Read all %1 data").arg(name)},
                {QStringLiteral("id"), m_random.guid()},
                {QStringLiteral("isEnabled"), true},
                {QStringLiteral("origin"), QStringLiteral("Application")},
                {QStringLiteral("value"), QStringLiteral("Data.Read.All")},
            });
        }
        const QString host = slug(name) + QStringLiteral(".example");
        m_spArray.append(QJsonObject {
            {QStringLiteral("id"), app.spId},
            {QStringLiteral("appId"), app.appId},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("appDisplayName"), name},
            {QStringLiteral("publisherName"), publisherName},
            {QStringLiteral("verifiedPublisher"), verified},
            {QStringLiteral("appOwnerOrganizationId"), ownerTenant},
            {QStringLiteral("accountEnabled"), !m_random.chance(0.02)},
            {QStringLiteral("appRoleAssignmentRequired"), m_random.chance(0.05)},
            {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
            {QStringLiteral("signInAudience"),
             internal ? QStringLiteral("AzureADMyOrg") : QStringLiteral("AzureADMultipleOrgs")},
            {QStringLiteral("tags"), QJsonArray {QStringLiteral("WindowsAzureActiveDirectoryIntegratedApp")}},
            {QStringLiteral("homepage"), QString(QStringLiteral("https://") + host + QLatin1Char('/'))},
            {QStringLiteral("replyUrls"),
             QJsonArray {QString(QStringLiteral("https://") + host + QStringLiteral("/auth/callback"))}},
            {QStringLiteral("appRoles"), roles},
            {QStringLiteral("oauth2PermissionScopes"), scopes},
        });
        m_apps.append(app);
    }
}

void Generator::addGrant(const QString& clientId,
                         const QString& resourceId,
                         const QString& principalId,
                         const QStringList& scopes)
{
    m_grantKeys.insert(clientId + resourceId + principalId);
    m_grantArray.append(QJsonObject {
        {QStringLiteral("id"), GraphNavigation::grantId(clientId, resourceId, principalId)},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("consentType"),
         principalId.isEmpty() ? QStringLiteral("AllPrincipals") : QStringLiteral("Principal")},
        {QStringLiteral("principalId"), principalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(principalId)},
        {QStringLiteral("resourceId"), resourceId},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
    });
}

void Generator::grants()
{
    const QString graphId = m_graph.value(QStringLiteral("id")).toString();
    auto pickScopes = [&](int userCount, int adminCount) {
        QStringList scopes {QStringLiteral("openid"), QStringLiteral("profile")};
        if (m_random.chance(0.6)) {
            scopes.append(QStringLiteral("offline_access"));
        }
        scopes.append(QStringLiteral("User.Read"));
        for (int i = 0; i < userCount && !m_graphUserScopes.isEmpty(); ++i) {
            const QString scope = m_random.pick(m_graphUserScopes);
            if (!scopes.contains(scope)) {
                scopes.append(scope);
            }
        }
        for (int i = 0; i < adminCount && !m_graphAdminScopes.isEmpty(); ++i) {
            const QString scope = m_random.pick(m_graphAdminScopes);
            if (!scopes.contains(scope)) {
                scopes.append(scope);
            }
        }
        return scopes;
    };
    // Organization-wide consent for about one app in six, with admin-only permissions among them.
    QList<int> apis;
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_random.chance(0.16)) {
            addGrant(m_apps.at(i).spId, graphId, QString(), pickScopes(m_random.between(0, 3), m_random.between(1, 3)));
        }
        if (m_apps.at(i).api) {
            apis.append(i);
        }
    }
    // The rest: users consenting for themselves, to the apps users like.
    QList<int> popular;
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_random.chance(0.7)) {
            popular.append(i);
        }
    }
    if (popular.isEmpty()) {
        popular.append(0);
    }
    // In a large organization one app is everybody's (a meeting or e-signature tool): a quarter of the members gave it
    // their own consent — 5 000 users in the large tenant, the app a keep-only must handle at that size.
    if (m_plan.users >= 10000) {
        const App& everybodys = m_apps.at(popular.first());
        const int fans = std::min(int(m_members.size()), m_plan.users / 4);
        for (int k = 0; k < fans && m_grantArray.size() < m_plan.grants; ++k) {
            const User& user = m_users.at(m_members.at(k));
            if (!m_grantKeys.contains(everybodys.spId + graphId + user.id)) {
                addGrant(everybodys.spId, graphId, user.id, pickScopes(m_random.between(0, 2), 0));
            }
        }
    }
    int attempts = 0;
    while (m_grantArray.size() < m_plan.grants && attempts++ < m_plan.grants * 20) {
        const User& user = m_users.at(m_random.pick(m_members));
        if (!apis.isEmpty() && m_random.chance(0.03)) {
            const App& client = m_apps.at(m_random.pick(popular));
            const int api = m_random.pick(apis);
            const QString resourceId = m_apps.at(api).spId;
            if (resourceId != client.spId && !m_grantKeys.contains(client.spId + resourceId + user.id)) {
                addGrant(client.spId, resourceId, user.id, {QStringLiteral("user_impersonation")});
            }
            continue;
        }
        const App& client = m_apps.at(m_random.pick(popular));
        if (m_grantKeys.contains(client.spId + graphId + user.id)) {
            continue;
        }
        addGrant(client.spId, graphId, user.id, pickScopes(m_random.between(0, 4), 0));
    }
}

QString Generator::assignmentId(const QString& principalId)
{
    // Graph's assignment ids: the principal's GUID bytes, then opaque bytes (random in Graph, seeded here).
    const QByteArray bytes = GraphNavigation::guidBytes(principalId) + m_random.bytes(16);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void Generator::assignments()
{
    const QString graphId = m_graph.value(QStringLiteral("id")).toString();
    const QString exchangeId = m_exchangeSp.value(QStringLiteral("id")).toString();
    QSet<QString> keys;
    const int applicationTarget = m_plan.assignments * 7 / 10;
    int attempts = 0;
    // Application permissions on Microsoft Graph (and a few on Exchange Online) for daemon-style apps.
    QList<int> daemons;
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_random.chance(0.3)) {
            daemons.append(i);
        }
    }
    if (daemons.isEmpty()) {
        daemons.append(0);
    }
    while (m_assignmentArray.size() < applicationTarget && attempts++ < applicationTarget * 20
           && !m_graphRoles.isEmpty()) {
        const App& app = m_apps.at(m_random.pick(daemons));
        const bool exchange = m_random.chance(0.02);
        const QJsonObject role
            = exchange ? m_exchangeSp.value(QStringLiteral("appRoles")).toArray().at(m_random.below(2)).toObject()
                       : m_random.pick(m_graphRoles);
        const QString roleId = role.value(QStringLiteral("id")).toString();
        if (keys.contains(app.spId + roleId)) {
            continue;
        }
        keys.insert(app.spId + roleId);
        m_assignmentArray.append(QJsonObject {
            {QStringLiteral("id"), assignmentId(app.spId)},
            {QStringLiteral("appRoleId"), roleId},
            {QStringLiteral("createdDateTime"), date(m_random.below(900))},
            {QStringLiteral("principalDisplayName"), app.name},
            {QStringLiteral("principalId"), app.spId},
            {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
            {QStringLiteral("resourceDisplayName"),
             exchange ? QStringLiteral("Office 365 Exchange Online") : QStringLiteral("Microsoft Graph")},
            {QStringLiteral("resourceId"), exchange ? exchangeId : graphId},
        });
    }
    // Users assigned to apps (default access), as enterprise apps that require assignment have.
    attempts = 0;
    while (m_assignmentArray.size() < m_plan.assignments && attempts++ < m_plan.assignments * 20) {
        const App& app = m_apps.at(m_random.below(int(m_apps.size())));
        const User& user = m_users.at(m_random.pick(m_members));
        if (keys.contains(app.spId + user.id)) {
            continue;
        }
        keys.insert(app.spId + user.id);
        m_assignmentArray.append(QJsonObject {
            {QStringLiteral("id"), assignmentId(user.id)},
            {QStringLiteral("appRoleId"), kDefaultAccessRole},
            {QStringLiteral("createdDateTime"), date(m_random.below(900))},
            {QStringLiteral("principalDisplayName"), user.displayName},
            {QStringLiteral("principalId"), user.id},
            {QStringLiteral("principalType"), QStringLiteral("User")},
            {QStringLiteral("resourceDisplayName"), app.name},
            {QStringLiteral("resourceId"), app.spId},
        });
    }
}

void Generator::consentRequests()
{
    QSet<QString> requested;
    QSet<QString> usedNames;
    for (const auto& app : std::as_const(m_apps)) {
        usedNames.insert(app.name);
    }
    const int historical = std::max(2, m_plan.pending / 4);
    for (int i = 0; i < m_plan.pending + historical; ++i) {
        const bool pending = i < m_plan.pending;
        // Most requests are for apps nobody in the tenant could consent to yet (no service principal).
        App app;
        if (m_random.chance(0.6) || m_apps.isEmpty()) {
            QString name = appName();
            for (int n = 2; usedNames.contains(name); ++n) {
                name = appName() + QStringLiteral(" %1").arg(n);
            }
            usedNames.insert(name);
            app = App {QString(), m_random.guid(), name, name.section(QLatin1Char(' '), 0, 0), false};
            const QString host = slug(name) + QStringLiteral(".example");
            m_catalog.append(QJsonObject {
                {QStringLiteral("appId"), app.appId},
                {QStringLiteral("displayName"), name},
                {QStringLiteral("publisherName"), app.publisher},
                {QStringLiteral("appOwnerOrganizationId"), m_random.guid()},
                {QStringLiteral("signInAudience"), QStringLiteral("AzureADMultipleOrgs")},
                {QStringLiteral("homepage"), QString(QStringLiteral("https://") + host + QLatin1Char('/'))},
                {QStringLiteral("replyUrls"),
                 QJsonArray {QString(QStringLiteral("https://") + host + QStringLiteral("/auth/callback"))}},
            });
        } else {
            app = m_apps.at(m_random.below(int(m_apps.size())));
            if (requested.contains(app.appId)) {
                --i;
                continue;
            }
        }
        requested.insert(app.appId);
        QJsonArray pendingScopes;
        QStringList scopes {QStringLiteral("User.Read")};
        for (int s = m_random.between(1, 3); s > 0 && !m_graphUserScopes.isEmpty(); --s) {
            const QString scope = m_random.pick(m_graphUserScopes);
            if (!scopes.contains(scope)) {
                scopes.append(scope);
            }
        }
        for (int s = m_random.between(1, 2); s > 0 && !m_graphAdminScopes.isEmpty(); --s) {
            const QString scope = m_random.pick(m_graphAdminScopes);
            if (!scopes.contains(scope)) {
                scopes.append(scope);
            }
        }
        if (m_random.chance(0.5)) {
            scopes << QStringLiteral("offline_access") << QStringLiteral("openid") << QStringLiteral("profile");
        }
        for (const auto& scope : scopes) {
            pendingScopes.append(QJsonObject {{QStringLiteral("displayName"), scope}});
        }
        QJsonArray userRequests;
        const int requesters = m_random.between(1, 4);
        QSet<QString> requesterIds;
        for (int r = 0; r < requesters; ++r) {
            const User& user = m_users.at(m_random.pick(m_members));
            if (requesterIds.contains(user.id)) {
                continue;
            }
            requesterIds.insert(user.id);
            const int age = m_random.below(29);
            QString status = QStringLiteral("InProgress");
            QJsonValue completed = QJsonValue::Null;
            if (!pending) {
                status = m_random.chance(0.7) ? QStringLiteral("Completed") : QStringLiteral("Expired");
                completed = date(std::max(0, age - m_random.below(5)));
            }
            const QString id = m_random.guid();
            userRequests.append(QJsonObject {
                {QStringLiteral("id"), id},
                {QStringLiteral("approvalId"), id},
                {QStringLiteral("status"), status},
                {QStringLiteral("reason"), m_random.pick(kReasons)},
                {QStringLiteral("createdDateTime"), date(pending ? age : age + 30)},
                {QStringLiteral("completedDateTime"), completed},
                {QStringLiteral("createdBy"), QJsonObject {{QStringLiteral("user"), userIdentity(user)}}},
                {QStringLiteral("customData"), QJsonValue::Null},
            });
        }
        m_requestArray.append(QJsonObject {
            {QStringLiteral("id"), m_random.guid()},
            {QStringLiteral("appId"), app.appId},
            {QStringLiteral("appDisplayName"), app.name},
            {QStringLiteral("consentType"), QStringLiteral("Dynamic")},
            {QStringLiteral("pendingScopes"), pendingScopes},
            {QStringLiteral("userConsentRequests"), userRequests},
        });
    }
}

void Generator::policies()
{
    const QString admin = m_roleMembers.value(kGlobalAdministrator).first();
    const QString cloudAppAdmin = m_roleMembers.value(kCloudApplicationAdministrator).first();
    m_policies.insert(
        QStringLiteral("adminConsentRequestPolicy"),
        QJsonObject {
            {QStringLiteral("isEnabled"), true},
            {QStringLiteral("notifyReviewers"), true},
            {QStringLiteral("remindersEnabled"), true},
            {QStringLiteral("requestDurationInDays"), 30},
            {QStringLiteral("version"), 1},
            {QStringLiteral("reviewers"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("query"), QString(QStringLiteral("/users/") + admin)},
                              {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                              {QStringLiteral("queryRoot"), QJsonValue::Null}},
                 QJsonObject {{QStringLiteral("query"), QString(QStringLiteral("/users/") + cloudAppAdmin)},
                              {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                              {QStringLiteral("queryRoot"), QJsonValue::Null}},
             }},
        });
    m_policies.insert(
        QStringLiteral("authorizationPolicy"),
        QJsonObject {
            {QStringLiteral("id"), QStringLiteral("authorizationPolicy")},
            {QStringLiteral("displayName"), QStringLiteral("Authorization Policy")},
            {QStringLiteral("description"),
             QStringLiteral("Used to manage authorization related settings across the company.")},
            {QStringLiteral("allowUserConsentForRiskyApps"), false},
            {QStringLiteral("defaultUserRolePermissions"),
             QJsonObject {{QStringLiteral("allowedToCreateApps"), false},
                          {QStringLiteral("allowedToCreateSecurityGroups"), true},
                          {QStringLiteral("allowedToReadOtherUsers"), true},
                          {QStringLiteral("permissionGrantPoliciesAssigned"),
                           QJsonArray {QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low"),
                                       QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-"
                                                      "managed-permissions-for-team")}}}},
        });
    auto conditionSet
        = [&](const QString& classification, const QString& type, bool verifiedOnly, const QJsonArray& tenants) {
              return QJsonObject {{QStringLiteral("id"), m_random.guid()},
                                  {QStringLiteral("permissionClassification"), classification},
                                  {QStringLiteral("permissionType"), type},
                                  {QStringLiteral("resourceApplication"), QStringLiteral("any")},
                                  {QStringLiteral("permissions"), QJsonArray {QStringLiteral("all")}},
                                  {QStringLiteral("clientApplicationIds"), QJsonArray {QStringLiteral("all")}},
                                  {QStringLiteral("clientApplicationTenantIds"), tenants},
                                  {QStringLiteral("clientApplicationPublisherIds"), QJsonArray {QStringLiteral("all")}},
                                  {QStringLiteral("clientApplicationsFromVerifiedPublisherOnly"), verifiedOnly}};
          };
    auto policy = [](const QString& id, const QString& name, const QString& description, const QJsonArray& includes) {
        return QJsonObject {{QStringLiteral("id"), id},
                            {QStringLiteral("displayName"), name},
                            {QStringLiteral("description"), description},
                            {QStringLiteral("includes"), includes},
                            {QStringLiteral("excludes"), QJsonArray()}};
    };
    const QJsonArray all {QStringLiteral("all")};
    // Microsoft's "recommended" built-in (its conditions are Microsoft's to change): here the sign-in permissions of
    // Microsoft Graph for apps from verified publishers. Its id is derived, not drawn from the seed's stream, so the
    // rest of a generated tenant stays what it was for the same seed.
    auto recommendedPolicy = [&]() {
        QJsonArray permissions;
        for (const auto& value : m_graph.value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
            const QJsonObject scope = value.toObject();
            static const QStringList recommended {
                QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("User.Read")};
            if (recommended.contains(scope.value(QStringLiteral("value")).toString())) {
                permissions.append(scope.value(QStringLiteral("id")));
            }
        }
        const QByteArray digest = QCryptographicHash::hash(QString(m_tenantId + QStringLiteral("recommended")).toUtf8(),
                                                           QCryptographicHash::Md5);
        const QJsonObject set {{QStringLiteral("id"), QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces)},
                               {QStringLiteral("permissionClassification"), QStringLiteral("all")},
                               {QStringLiteral("permissionType"), QStringLiteral("delegated")},
                               {QStringLiteral("resourceApplication"), m_graph.value(QStringLiteral("appId"))},
                               {QStringLiteral("permissions"), permissions},
                               {QStringLiteral("clientApplicationIds"), all},
                               {QStringLiteral("clientApplicationTenantIds"), all},
                               {QStringLiteral("clientApplicationPublisherIds"), all},
                               {QStringLiteral("clientApplicationsFromVerifiedPublisherOnly"), true}};
        return policy(QStringLiteral("microsoft-user-default-recommended"),
                      QStringLiteral("Microsoft User Default Recommended Policy"),
                      QStringLiteral("Permissions consentable based on Microsoft's current recommendations."),
                      {set});
    };
    // Microsoft's group owner consent policies (resourceScopeType group). Their condition set ids are derived, not
    // drawn from the seed's stream, so the rest of a generated tenant stays what it was for the same seed.
    auto groupPolicy = [&](const QString& id, const QString& name, const QString& description, bool anyApp) {
        QJsonObject p = policy(id, name, description, QJsonArray());
        p.insert(QStringLiteral("includeAllPreApprovedApplications"), true);
        p.insert(QStringLiteral("resourceScopeType"), QStringLiteral("group"));
        if (anyApp) {
            const QByteArray digest
                = QCryptographicHash::hash(QString(m_tenantId + id).toUtf8(), QCryptographicHash::Md5);
            p.insert(QStringLiteral("includes"),
                     QJsonArray {
                         QJsonObject {{QStringLiteral("id"), QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces)},
                                      {QStringLiteral("permissionClassification"), QStringLiteral("all")},
                                      {QStringLiteral("permissionType"), QStringLiteral("resourceSpecificApplication")},
                                      {QStringLiteral("resourceApplication"), QStringLiteral("any")},
                                      {QStringLiteral("permissions"), all},
                                      {QStringLiteral("clientApplicationIds"), all},
                                      {QStringLiteral("clientApplicationTenantIds"), all},
                                      {QStringLiteral("clientApplicationPublisherIds"), all},
                                      {QStringLiteral("clientApplicationsFromVerifiedPublisherOnly"), false}}});
        }
        return p;
    };
    const QString delegated = QStringLiteral("delegated");
    const QString application = QStringLiteral("application");
    m_policies.insert(
        QStringLiteral("permissionGrantPolicies"),
        QJsonArray {
            policy(QStringLiteral("microsoft-user-default-low"),
                   QStringLiteral("Default User Low Risk Policy"),
                   QStringLiteral("All low risk permissions are consentable by member type users by default."),
                   {conditionSet(QStringLiteral("low"), delegated, false, QJsonArray {m_tenantId}),
                    conditionSet(QStringLiteral("low"), delegated, true, all)}),
            policy(QStringLiteral("microsoft-user-default-legacy"),
                   QStringLiteral("Default User Legacy Policy"),
                   QStringLiteral("All permissions are consentable by member type users by default."),
                   {conditionSet(QStringLiteral("all"), delegated, false, all)}),
            recommendedPolicy(),
            policy(QStringLiteral("microsoft-company-admin"),
                   QStringLiteral("Company Admin Policy"),
                   QStringLiteral("Permissions consentable by Company Administrators."),
                   {conditionSet(QStringLiteral("all"), application, false, all),
                    conditionSet(QStringLiteral("all"), delegated, false, all)}),
            policy(QStringLiteral("microsoft-all-application-permissions"),
                   QStringLiteral("All application permissions, for any client app"),
                   QStringLiteral("Includes all application permissions (app roles), for all APIs, for any client "
                                  "application."),
                   {conditionSet(QStringLiteral("all"), application, false, all)}),
            groupPolicy(QStringLiteral("microsoft-pre-approval-apps-for-group"),
                        QStringLiteral("Pre-approved apps, for the groups their owners own"),
                        QStringLiteral("Group owners may consent only for apps an administrator pre-approved, for the "
                                       "groups they own."),
                        false),
            groupPolicy(QStringLiteral("microsoft-all-application-permissions-for-group"),
                        QStringLiteral("All apps, for the groups their owners own"),
                        QStringLiteral("Group owners may consent to any app, for permissions that need no "
                                       "administrator, for the groups they own."),
                        true),
        });
}

void Generator::conditionalAccess()
{
    auto policy = [&](const QString& name,
                      const QString& state,
                      const QJsonArray& clientAppTypes,
                      const QJsonArray& includeApplications,
                      const QJsonArray& includeUsers,
                      const QJsonArray& includeRoles,
                      const QJsonArray& controls) {
        const QString created = date(600 + m_random.below(300));
        return QJsonObject {
            {QStringLiteral("id"), m_random.guid()},
            {QStringLiteral("templateId"), QJsonValue::Null},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("createdDateTime"), created},
            {QStringLiteral("modifiedDateTime"), created},
            {QStringLiteral("state"), state},
            {QStringLiteral("sessionControls"), QJsonValue::Null},
            {QStringLiteral("conditions"),
             QJsonObject {
                 {QStringLiteral("userRiskLevels"), QJsonArray()},
                 {QStringLiteral("signInRiskLevels"), QJsonArray()},
                 {QStringLiteral("clientAppTypes"), clientAppTypes},
                 {QStringLiteral("servicePrincipalRiskLevels"), QJsonArray()},
                 {QStringLiteral("insiderRiskLevels"), QJsonValue::Null},
                 {QStringLiteral("platforms"), QJsonValue::Null},
                 {QStringLiteral("locations"), QJsonValue::Null},
                 {QStringLiteral("devices"), QJsonValue::Null},
                 {QStringLiteral("clientApplications"), QJsonValue::Null},
                 {QStringLiteral("authenticationFlows"), QJsonValue::Null},
                 {QStringLiteral("applications"),
                  QJsonObject {{QStringLiteral("includeApplications"), includeApplications},
                               {QStringLiteral("excludeApplications"), QJsonArray()},
                               {QStringLiteral("includeUserActions"), QJsonArray()},
                               {QStringLiteral("includeAuthenticationContextClassReferences"), QJsonArray()},
                               {QStringLiteral("applicationFilter"), QJsonValue::Null}}},
                 {QStringLiteral("users"),
                  QJsonObject {{QStringLiteral("includeUsers"), includeUsers},
                               {QStringLiteral("excludeUsers"), QJsonArray()},
                               {QStringLiteral("includeGroups"), QJsonArray()},
                               {QStringLiteral("excludeGroups"), QJsonArray()},
                               {QStringLiteral("includeRoles"), includeRoles},
                               {QStringLiteral("excludeRoles"), QJsonArray()},
                               {QStringLiteral("includeGuestsOrExternalUsers"), QJsonValue::Null},
                               {QStringLiteral("excludeGuestsOrExternalUsers"), QJsonValue::Null}}},
             }},
            {QStringLiteral("grantControls"),
             QJsonObject {{QStringLiteral("operator"), QStringLiteral("OR")},
                          {QStringLiteral("builtInControls"), controls},
                          {QStringLiteral("customAuthenticationFactors"), QJsonArray()},
                          {QStringLiteral("termsOfUse"), QJsonArray()},
                          {QStringLiteral("authenticationStrength"), QJsonValue::Null}}},
        };
    };
    const QJsonArray all {QStringLiteral("All")};
    m_conditionalAccess.append(policy(QStringLiteral("Require multifactor authentication for admins"),
                                      QStringLiteral("enabled"),
                                      {QStringLiteral("all")},
                                      all,
                                      {},
                                      {kGlobalAdministrator,
                                       kPrivilegedRoleAdministrator,
                                       kCloudApplicationAdministrator,
                                       kApplicationAdministrator,
                                       kGlobalReader,
                                       kHelpdeskAdministrator,
                                       kExchangeAdministrator},
                                      {QStringLiteral("mfa")}));
    m_conditionalAccess.append(policy(QStringLiteral("Block legacy authentication"),
                                      QStringLiteral("enabled"),
                                      {QStringLiteral("exchangeActiveSync"), QStringLiteral("other")},
                                      all,
                                      all,
                                      {},
                                      {QStringLiteral("block")}));
    m_conditionalAccess.append(policy(QStringLiteral("Require a compliant device for Microsoft Graph"),
                                      QStringLiteral("enabledForReportingButNotEnforced"),
                                      {QStringLiteral("all")},
                                      {QStringLiteral("00000003-0000-0000-c000-000000000000")},
                                      all,
                                      {},
                                      {QStringLiteral("compliantDevice")}));
}

void Generator::exchange()
{
    QJsonArray mailboxes;
    for (const auto& user : std::as_const(m_users)) {
        if (user.guest) {
            continue;
        }
        mailboxes.append(QJsonObject {
            {QStringLiteral("ExternalDirectoryObjectId"), user.id},
            {QStringLiteral("PrimarySmtpAddress"), user.mail},
            {QStringLiteral("Alias"), user.mail.section(QLatin1Char('@'), 0, 0).remove(QLatin1Char('.'))},
            {QStringLiteral("DisplayName"), user.displayName},
            {QStringLiteral("RecipientTypeDetails"), QStringLiteral("UserMailbox")},
            {QStringLiteral("Guid"), m_random.guid()},
            {QStringLiteral("Sid"), sid()},
        });
    }
    QJsonArray distributionGroups;
    QHash<QString, QPair<QString, QString>> groupSids; // group id -> sid, guid
    for (const auto& [id, name] : std::as_const(m_mailGroups)) {
        const QString groupSid = sid();
        const QString guid = m_random.guid();
        groupSids.insert(id, {groupSid, guid});
        const QString alias = slug(name);
        distributionGroups.append(QJsonObject {
            {QStringLiteral("ExternalDirectoryObjectId"), id},
            {QStringLiteral("PrimarySmtpAddress"), QString(alias + QLatin1Char('@') + m_domain)},
            {QStringLiteral("Alias"), alias},
            {QStringLiteral("Name"), name},
            {QStringLiteral("DisplayName"), name},
            {QStringLiteral("RecipientTypeDetails"), QStringLiteral("MailUniversalSecurityGroup")},
            {QStringLiteral("Guid"), guid},
            {QStringLiteral("Sid"), groupSid},
        });
    }
    // Application access policies for some apps with mail application permissions.
    QJsonArray policies;
    QSet<QString> mailRoles;
    for (const auto& role : std::as_const(m_graphRoles)) {
        if (role.value(QStringLiteral("value")).toString().startsWith(QLatin1String("Mail."))
            || role.value(QStringLiteral("value")).toString().startsWith(QLatin1String("Calendars."))) {
            mailRoles.insert(role.value(QStringLiteral("id")).toString());
        }
    }
    QHash<QString, QString> appIdsBySp;
    for (const auto& app : std::as_const(m_apps)) {
        appIdsBySp.insert(app.spId, app.appId);
    }
    QSet<QString> restricted;
    const int maxPolicies = std::clamp(m_plan.servicePrincipals / 20, 3, 90); // Exchange caps the total size
    for (const auto& value : std::as_const(m_assignmentArray)) {
        const QJsonObject assignment = value.toObject();
        const QString appId = appIdsBySp.value(assignment.value(QStringLiteral("principalId")).toString());
        if (appId.isEmpty() || restricted.contains(appId)
            || !mailRoles.contains(assignment.value(QStringLiteral("appRoleId")).toString()) || m_mailGroups.isEmpty()
            || policies.size() >= maxPolicies || !m_random.chance(0.5)) {
            continue;
        }
        restricted.insert(appId);
        const auto& [groupId, groupName] = m_mailGroups.at(m_random.below(int(m_mailGroups.size())));
        const auto [groupSid, groupGuid] = groupSids.value(groupId);
        policies.append(QJsonObject {
            {QStringLiteral("Identity"), QStringLiteral("%1\\%2:%3;%4").arg(m_tenantId, appId, groupSid, groupGuid)},
            {QStringLiteral("AppId"), appId},
            {QStringLiteral("ScopeName"), groupName},
            {QStringLiteral("ScopeIdentity"), groupName},
            {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")},
            {QStringLiteral("Description"),
             QStringLiteral("Restrict %1 to the mailboxes in %2.")
                 .arg(assignment.value(QStringLiteral("principalDisplayName")).toString(), groupName)},
            {QStringLiteral("IsValid"), true},
        });
    }
    m_exchange = QJsonObject {{QStringLiteral("mailboxes"), mailboxes},
                              {QStringLiteral("distributionGroups"), distributionGroups},
                              {QStringLiteral("applicationAccessPolicies"), policies},
                              {QStringLiteral("managementScopes"), QJsonArray()},
                              {QStringLiteral("managementRoleAssignments"), QJsonArray()}};
}

} // namespace

const QString TenantGenerator::kConsentDeskAppId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07");
const QString TenantGenerator::kMisconfiguredWebAppId = QStringLiteral("7dc41714-e41c-4e51-a7a7-2607641539ae");

std::optional<TenantGenerator::Size> TenantGenerator::parseSize(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("small")) {
        return Size::Small;
    }
    if (lower == QLatin1String("large")) {
        return Size::Large;
    }
    if (lower == QLatin1String("huge")) {
        return Size::Huge;
    }
    return std::nullopt;
}

QString TenantGenerator::sizeName(Size size)
{
    switch (size) {
    case Size::Small:
        return QStringLiteral("small");
    case Size::Large:
        return QStringLiteral("large");
    case Size::Huge:
        return QStringLiteral("huge");
    }
    return QString();
}

TenantGenerator::Counts TenantGenerator::counts(Size size)
{
    const Plan p = plan(size);
    return {p.users, p.servicePrincipals, p.grants, p.assignments, p.pending};
}

QJsonObject TenantGenerator::generate(Size size, quint64 seed, const QJsonObject& graphServicePrincipal)
{
    return Generator(size, seed, graphServicePrincipal).run();
}
