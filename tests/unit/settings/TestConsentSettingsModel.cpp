#include "MarkingTranslator.h"
#include "settings/AdminConsentWorkflow.h"
#include "settings/GroupOwnerConsentSetting.h"
#include "settings/LegacyGroupConsentSetting.h"
#include "settings/PermissionGrantPolicy.h"
#include "settings/ReviewerQuery.h"
#include "settings/UserConsentSetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

class TestConsentSettingsModel : public QObject
{
    Q_OBJECT

private slots:
    void reviewerForms_data();
    void reviewerForms();
    void reviewerRoundTrip();
    void userConsentOptions_data();
    void userConsentOptions();
    void changeKeepsOwnedResourceEntries();
    void groupOwnerConsentOptions();
    void groupOwnerChangeKeepsEverythingElse();
    void olderGroupOwnerSetting();
    void putBodyIsTheWholePolicy();
    void nobodyCanAct();
    void sameReviewersWhateverTheSpelling();
    void conditionSetInTheGuiLanguage();
};

namespace {
const QString kId = QStringLiteral("b6879be8-fb87-4482-a72e-18445d2b5c54");
const QString kRole = QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
} // namespace

void TestConsentSettingsModel::reviewerForms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("directoryRoleObject");
    QTest::newRow("user") << QStringLiteral("/users/") + kId << "user" << kId << false;
    QTest::newRow("user v1.0") << QStringLiteral("/v1.0/users/") + kId << "user" << kId << false;
    QTest::newRow("user upper-case id") << QStringLiteral("/users/") + kId.toUpper() << "user" << kId << false;
    QTest::newRow("user absolute") << QStringLiteral("https://graph.microsoft.com/beta/users/") + kId << "user" << kId
                                   << false;
    QTest::newRow("group") << QStringLiteral("/groups/") + kId << "group" << kId << false;
    QTest::newRow("group members") << QStringLiteral("/beta/groups/%1/transitiveMembers/microsoft.graph.user").arg(kId)
                                   << "group" << kId << false;
    QTest::newRow("directory role object") << QStringLiteral("/directoryRoles/") + kId << "role" << kId << true;
    QTest::newRow("role assignments filter")
        << QStringLiteral("/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '%1'").arg(kRole)
        << "role" << kRole << false;
    QTest::newRow("role filter without prefix, encoded")
        << QStringLiteral("/roleManagement/directory/roleAssignments?$filter=roleDefinitionId%20eq%20'%1'").arg(kRole)
        << "role" << kRole << false;
    QTest::newRow("not a guid") << QStringLiteral("/users/alice@contoso.com") << "unknown" << QString() << false;
    QTest::newRow("user's members") << QStringLiteral("/users/%1/transitiveMembers").arg(kId) << "unknown" << QString()
                                    << false;
    QTest::newRow("other query") << QStringLiteral("/servicePrincipals/") + kId << "unknown" << QString() << false;
    QTest::newRow("empty") << QString() << "unknown" << QString() << false;
}

void TestConsentSettingsModel::reviewerForms()
{
    QFETCH(QString, query);
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(bool, directoryRoleObject);
    const ReviewerQuery parsed = ReviewerQuery::parse(query);
    QCOMPARE(ReviewerQuery::typeName(parsed.type), type);
    QCOMPARE(parsed.id, id);
    QCOMPARE(parsed.directoryRoleObject, directoryRoleObject);
}

void TestConsentSettingsModel::reviewerRoundTrip()
{
    // What ConsentDesk writes parses back to the same reviewer.
    for (const auto& q :
         {ReviewerQuery::userQuery(kId), ReviewerQuery::groupQuery(kId), ReviewerQuery::roleQuery(kRole)}) {
        const ReviewerQuery parsed = ReviewerQuery::parse(q);
        QVERIFY2(parsed.isValid(), qPrintable(q));
        QCOMPARE(parsed.toQuery(), q);
    }
    QCOMPARE(
        ReviewerQuery::roleQuery(kRole),
        QStringLiteral("/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '%1'").arg(kRole));
    QCOMPARE(ReviewerQuery::typeFromName(QStringLiteral("Group")), ReviewerQuery::Type::Group);
}

void TestConsentSettingsModel::userConsentOptions_data()
{
    QTest::addColumn<QStringList>("assigned");
    QTest::addColumn<QString>("option");
    const QString owned
        = QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team");
    QTest::newRow("none (empty)") << QStringList() << "none";
    QTest::newRow("none (owned only)") << QStringList {owned} << "none";
    QTest::newRow("low") << QStringList {QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low"),
                                         owned}
                         << "low";
    QTest::newRow("low, lower-case prefix")
        << QStringList {owned, QStringLiteral("managePermissionGrantsForSelf.microsoft-user-default-low")} << "low";
    QTest::newRow("legacy") << QStringList {QStringLiteral(
        "ManagePermissionGrantsForSelf.microsoft-user-default-legacy")}
                            << "legacy";
    QTest::newRow("recommended") << QStringList {QStringLiteral(
        "MANAGEPERMISSIONGRANTSFORSELF.Microsoft-User-Default-Recommended")}
                                 << "recommended";
    QTest::newRow("custom") << QStringList {QStringLiteral("ManagePermissionGrantsForSelf.contoso-finance-apps")}
                            << "custom";
    QTest::newRow("two policies") << QStringList {QStringLiteral(
                                                      "ManagePermissionGrantsForSelf.microsoft-user-default-low"),
                                                  QStringLiteral("ManagePermissionGrantsForSelf.contoso-extra")}
                                  << "custom";
}

void TestConsentSettingsModel::userConsentOptions()
{
    QFETCH(QStringList, assigned);
    QFETCH(QString, option);
    const UserConsentSetting setting = UserConsentSetting::fromAssigned(assigned);
    QCOMPARE(UserConsentSetting::optionName(setting.option), option);
    QVERIFY(!UserConsentSetting::describe(setting.option).isEmpty());
}

void TestConsentSettingsModel::changeKeepsOwnedResourceEntries()
{
    const QStringList current {
        QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
        QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy"),
        QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat")};
    const QStringList low = UserConsentSetting::assignedFor(UserConsentSetting::Option::Low, current);
    QCOMPARE(low,
             (QStringList {current.at(0),
                           current.at(2),
                           QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low")}));
    const QStringList none = UserConsentSetting::assignedFor(UserConsentSetting::Option::None, current);
    QCOMPARE(none, (QStringList {current.at(0), current.at(2)}));
    QCOMPARE(UserConsentSetting::ownedResourcePolicyIds(current),
             (QStringList {QStringLiteral("microsoft-dynamically-managed-permissions-for-team"),
                           QStringLiteral("microsoft-dynamically-managed-permissions-for-chat")}));
    UserConsentSetting::Option parsed = UserConsentSetting::Option::Custom;
    QVERIFY(UserConsentSetting::optionFromName(QStringLiteral("Recommended"), &parsed));
    QCOMPARE(parsed, UserConsentSetting::Option::Recommended);
    QVERIFY(!UserConsentSetting::optionFromName(QStringLiteral("custom"), &parsed));
}

void TestConsentSettingsModel::groupOwnerConsentOptions()
{
    using Option = GroupOwnerConsentSetting::Option;
    const QString owned = QStringLiteral("ManagePermissionGrantsForOwnedResource.");
    const QString self = QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low");
    const QString team = owned + QStringLiteral("microsoft-dynamically-managed-permissions-for-team");
    PermissionGrantPolicy custom;
    custom.id = QStringLiteral("contoso-group-owners");
    custom.resourceScopeType = QStringLiteral("group");
    PermissionGrantPolicy teams;
    teams.id = QStringLiteral("contoso-team-owners");
    teams.resourceScopeType = QStringLiteral("team");
    const QList<PermissionGrantPolicy> policies {custom, teams};

    // Teams' and chats' policies are not group owner consent; a policy scoped to teams is not either.
    auto setting = GroupOwnerConsentSetting::fromAssigned({self, team, owned + teams.id}, policies);
    QCOMPARE(setting.option, Option::None);
    QVERIFY(setting.groupPolicyIds.isEmpty());
    // Microsoft's two built-ins, in any case.
    setting = GroupOwnerConsentSetting::fromAssigned(
        {self, QStringLiteral("managePermissionGrantsForOwnedResource.Microsoft-Pre-Approval-Apps-For-Group")}, {});
    QCOMPARE(setting.option, Option::PreApproved);
    setting = GroupOwnerConsentSetting::fromAssigned(
        {team, owned + QStringLiteral("microsoft-all-application-permissions-for-group")}, {});
    QCOMPARE(setting.option, Option::All);
    QCOMPARE(setting.groupPolicyIds, QStringList {QStringLiteral("microsoft-all-application-permissions-for-group")});
    // A custom policy scoped to groups, or one whose scope was not read, is group owner consent under it.
    setting = GroupOwnerConsentSetting::fromAssigned({owned + custom.id}, policies);
    QCOMPARE(setting.option, Option::Custom);
    setting = GroupOwnerConsentSetting::fromAssigned({owned + QStringLiteral("unknown-policy")}, {});
    QCOMPARE(setting.option, Option::Custom);
    QCOMPARE(GroupOwnerConsentSetting::optionName(Option::PreApproved), QStringLiteral("pre-approved"));
    Option parsed = Option::Custom;
    QVERIFY(GroupOwnerConsentSetting::optionFromName(QStringLiteral(" All "), &parsed));
    QCOMPARE(parsed, Option::All);
    QVERIFY(!GroupOwnerConsentSetting::optionFromName(QStringLiteral("custom"), &parsed));
    QVERIFY(!GroupOwnerConsentSetting::optionFromName(QStringLiteral("verified"), &parsed));
}

void TestConsentSettingsModel::groupOwnerChangeKeepsEverythingElse()
{
    const QString owned = QStringLiteral("ManagePermissionGrantsForOwnedResource.");
    PermissionGrantPolicy custom;
    custom.id = QStringLiteral("contoso-group-owners");
    custom.resourceScopeType = QStringLiteral("Group");
    const QStringList current {
        QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
        QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy"),
        QStringLiteral("managepermissiongrantsforownedresource.MICROSOFT-PRE-APPROVAL-APPS-FOR-GROUP"),
        owned + custom.id,
        QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat")};
    const QStringList replaced = GroupOwnerConsentSetting::replacedPolicyIds(current, {custom});
    QVERIFY(replaced.contains(QStringLiteral("microsoft-all-application-permissions-for-group")));
    QVERIFY(replaced.contains(custom.id));
    QVERIFY(
        !replaced.contains(QStringLiteral("microsoft-dynamically-managed-permissions-for-team"), Qt::CaseInsensitive));
    const QStringList none
        = GroupOwnerConsentSetting::assignedFor(GroupOwnerConsentSetting::Option::None, current, replaced);
    QCOMPARE(none, (QStringList {current.at(0), current.at(1), current.at(4)}));
    const QStringList all
        = GroupOwnerConsentSetting::assignedFor(GroupOwnerConsentSetting::Option::All, current, replaced);
    QCOMPARE(all,
             (QStringList {current.at(0),
                           current.at(1),
                           current.at(4),
                           owned + QStringLiteral("microsoft-all-application-permissions-for-group")}));
    // And user consent's change keeps every owner entry, the group ones included.
    QCOMPARE(UserConsentSetting::assignedFor(UserConsentSetting::Option::None, current),
             (QStringList {current.at(0), current.at(2), current.at(3), current.at(4)}));
}

void TestConsentSettingsModel::olderGroupOwnerSetting()
{
    const auto value = [](const QString& name, const QString& v) {
        return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), v}};
    };
    const QJsonObject group {
        {QStringLiteral("id"), QStringLiteral("g1")},
        {QStringLiteral("templateId"), QStringLiteral("62375ab9-6b52-47ed-826b-58e47e0e304b")}, // Group.Unified
        {QStringLiteral("values"), QJsonArray {value(QStringLiteral("EnableGroupCreation"), QStringLiteral("true"))}}};
    const QJsonObject consent {
        {QStringLiteral("id"), QStringLiteral("c1")},
        {QStringLiteral("templateId"), QStringLiteral("DFFD5D46-495D-40A9-8E21-954FF55E198A")}, // any case
        {QStringLiteral("values"),
         QJsonArray {value(QStringLiteral("enableGroupSpecificConsent"), QStringLiteral(" True ")),
                     value(QStringLiteral("BlockUserConsentForRiskyApps"), QStringLiteral("true")),
                     value(QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId"), kId)}}};
    QVERIFY(!LegacyGroupConsentSetting::fromSettings({group}).present);
    QVERIFY(!LegacyGroupConsentSetting::fromSettings({group}).allowsGroupOwnerConsent());
    const LegacyGroupConsentSetting on = LegacyGroupConsentSetting::fromSettings({group, consent});
    QVERIFY(on.present);
    QCOMPARE(on.id, QStringLiteral("c1"));
    QVERIFY(on.allowsGroupOwnerConsent());
    QCOMPARE(on.constrainedToGroupId, kId);
    QVERIFY(on.describe().contains(kId)); // the id stands in for a name not read

    // Turning it off keeps every other value as read (Graph's PATCH takes the whole set) and clears the group.
    const QJsonArray off = LegacyGroupConsentSetting::withGroupConsent(on.values, false, QString());
    QCOMPARE(off.size(), 3);
    QCOMPARE(off.at(0).toObject(), value(QStringLiteral("enableGroupSpecificConsent"), QStringLiteral("false")));
    QCOMPARE(off.at(1).toObject(), value(QStringLiteral("BlockUserConsentForRiskyApps"), QStringLiteral("true")));
    QCOMPARE(off.at(2).toObject(), value(QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId"), QString()));
    const LegacyGroupConsentSetting after
        = LegacyGroupConsentSetting::fromJson(QJsonObject {{QStringLiteral("values"), off}});
    QVERIFY(!after.allowsGroupOwnerConsent());
    // A set without the two values gets them.
    QCOMPARE(LegacyGroupConsentSetting::withGroupConsent(QJsonArray(), true, kId).size(), 2);
    QCOMPARE(on.toJson()[QStringLiteral("allowsGroupOwnerConsent")].toBool(), true);
    QVERIFY(after.toJson()[QStringLiteral("constrainedToGroupId")].isNull());
}

void TestConsentSettingsModel::putBodyIsTheWholePolicy()
{
    const QJsonObject read {
        {QStringLiteral("isEnabled"), true},
        {QStringLiteral("notifyReviewers"), true},
        {QStringLiteral("remindersEnabled"), false},
        {QStringLiteral("requestDurationInDays"), 14},
        {QStringLiteral("version"), 7},
        {QStringLiteral("reviewers"),
         QJsonArray {QJsonObject {{QStringLiteral("query"),
                                   QStringLiteral("/v1.0/groups/%1/transitiveMembers/microsoft.graph.user").arg(kId)},
                                  {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                                  {QStringLiteral("queryRoot"), QJsonValue::Null}}}},
    };
    AdminConsentWorkflow workflow = AdminConsentWorkflow::fromJson(read);
    QCOMPARE(workflow.version, 7);
    QCOMPARE(workflow.requestDurationInDays, 14);
    QCOMPARE(workflow.reviewers.first().parsed.type, ReviewerQuery::Type::Group);
    workflow.reviewers.append(WorkflowReviewer::forQuery(ReviewerQuery::parse(ReviewerQuery::roleQuery(kRole)),
                                                         QStringLiteral("Cloud Application Administrator")));
    const QJsonObject body = workflow.toPutBody();
    // Every property, never the read-only version; the reviewer read is sent back exactly as Graph had it.
    QCOMPARE(body.keys(),
             (QStringList {QStringLiteral("isEnabled"),
                           QStringLiteral("notifyReviewers"),
                           QStringLiteral("remindersEnabled"),
                           QStringLiteral("requestDurationInDays"),
                           QStringLiteral("reviewers")}));
    const QJsonArray reviewers = body.value(QStringLiteral("reviewers")).toArray();
    QCOMPARE(reviewers.size(), 2);
    QCOMPARE(reviewers.at(0).toObject(), read.value(QStringLiteral("reviewers")).toArray().first().toObject());
    QCOMPARE(reviewers.at(1).toObject().value(QStringLiteral("query")).toString(), ReviewerQuery::roleQuery(kRole));
    QVERIFY(reviewers.at(1).toObject().value(QStringLiteral("queryRoot")).isNull());
    // The CLI's shape.
    const QJsonObject json = workflow.toJson();
    for (const auto& key :
         {"enabled", "reviewers", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "version"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
    const QJsonObject role = json.value(QStringLiteral("reviewers")).toArray().at(1).toObject();
    QCOMPARE(role.value(QStringLiteral("type")).toString(), QStringLiteral("role"));
    QCOMPARE(role.value(QStringLiteral("id")).toString(), kRole);
    QCOMPARE(role.value(QStringLiteral("displayName")).toString(), QStringLiteral("Cloud Application Administrator"));
}

void TestConsentSettingsModel::nobodyCanAct()
{
    AdminConsentWorkflow workflow;
    workflow.enabled = true;
    QVERIFY(workflow.noReviewerCanAct()); // on, without reviewers
    QVERIFY(!workflow.reviewerWarning().isEmpty());
    WorkflowReviewer disabled = WorkflowReviewer::forQuery(ReviewerQuery::parse(ReviewerQuery::userQuery(kId)));
    disabled.approvers = 0;
    workflow.reviewers.append(disabled);
    QVERIFY(workflow.noReviewerCanAct());
    WorkflowReviewer unknown = WorkflowReviewer::forQuery(ReviewerQuery::parse(ReviewerQuery::roleQuery(kRole)));
    workflow.reviewers.append(unknown); // not resolved yet: no warning on a guess
    QVERIFY(!workflow.noReviewerCanAct());
    workflow.reviewers.last().approvers = 2;
    QVERIFY(!workflow.noReviewerCanAct());
    QVERIFY(workflow.reviewerWarning().isEmpty());
    workflow.reviewers.last().approvers = 0;
    QVERIFY(workflow.noReviewerCanAct());
    workflow.enabled = false; // off: nothing to warn about
    QVERIFY(!workflow.noReviewerCanAct());
}

void TestConsentSettingsModel::sameReviewersWhateverTheSpelling()
{
    AdminConsentWorkflow a;
    a.reviewers.append(WorkflowReviewer::fromGraph(
        QJsonObject {{QStringLiteral("query"), QString(QStringLiteral("/v1.0/users/") + kId.toUpper())}}));
    a.reviewers.append(WorkflowReviewer::fromGraph(
        QJsonObject {{QStringLiteral("query"), QString(QStringLiteral("/groups/") + kId)}}));
    AdminConsentWorkflow b;
    b.reviewers.append(WorkflowReviewer::forQuery(ReviewerQuery::parse(ReviewerQuery::groupQuery(kId))));
    b.reviewers.append(WorkflowReviewer::forQuery(ReviewerQuery::parse(ReviewerQuery::userQuery(kId))));
    QVERIFY(a.sameReviewers(b));
    QVERIFY(a.sameSettings(b));
    b.requestDurationInDays = 7;
    QVERIFY(!a.sameSettings(b));
    b.reviewers.removeLast();
    QVERIFY(!a.sameReviewers(b));
}

void TestConsentSettingsModel::conditionSetInTheGuiLanguage()
{
    PermissionGrantPolicy::ConditionSet set;
    set.permissionType = QStringLiteral("delegated");
    set.permissionClassification = QStringLiteral("low");
    set.resourceApplication = QStringLiteral("any");
    set.permissions = {QStringLiteral("all")};
    set.clientApplicationIds = {QStringLiteral("all")};
    set.clientApplicationTenantIds = {QStringLiteral("all")};
    set.clientApplicationPublisherIds = {QStringLiteral("all")};
    set.clientApplicationsFromVerifiedPublisherOnly = true;
    // The CLI (no translator): English, as before.
    QCOMPARE(set.describe(), QStringLiteral("delegated, classified low, any API, verified publishers only"));
    // Consent settings shows it in the GUI's language; Graph's values stay as they are.
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString shown = set.describe();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, QStringLiteral("delegated, «classified low», «any API», «verified publishers only»"));
}

QTEST_GUILESS_MAIN(TestConsentSettingsModel)
#include "TestConsentSettingsModel.moc"
