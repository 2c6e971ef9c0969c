#include "ConsentTestHarness.h"
#include "async/Async.h"
#include "consent/WriteVerifier.h"
#include "pipeline/WriteRunner.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"
#include "settings/ConsentSettingsLoader.h"
#include "settings/LegacyGroupConsentSetting.h"
#include "settings/SettingsPlanner.h"
#include "settings/SettingsWrite.h"

#include <QJsonArray>
#include <QList>
#include <QTest>

#include <algorithm>

// The consent settings' writes through the one write pipeline against the sandbox: the whole-object PUT of the
// workflow refused when someone changed the policy after it was read (nothing sent, nothing journaled as sent, the
// other change kept), each write journaled with its prior state before it is sent, and its inverse restoring it.
class TestConsentSettingsWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void concurrentChangeIsNotOverwritten();
    void workflowPutIsJournaledAndUndone();
    void userConsentKeepsOwnedResourceEntries();
    void groupOwnerConsentIsJournaledAndUndone();
    void olderGroupOwnerSettingIsTurnedOffAndRestored();
    void everySettingsWriteIsReadBack();

private:
    ConsentSettings load();
    QStringList assigned();
    void setAssigned(const QStringList& list);
    WriteRun run(const WritePlan& plan);

    ConsentTestHarness m_h;
};

void TestConsentSettingsWrites::initTestCase()
{
    QString error;
    QVERIFY2(m_h.start(&error), qPrintable(error));
}

void TestConsentSettingsWrites::init()
{
    QVERIFY(m_h.env().server().reset());
    m_h.signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"));
}

ConsentSettings TestConsentSettingsWrites::load()
{
    ConsentSettingsLoader loader(&m_h.client());
    ConsentSettings result;
    bool done = false;
    Async::then(loader.load(), &loader, [&](const ConsentSettings& s) {
        result = s;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

WriteRun TestConsentSettingsWrites::run(const WritePlan& plan)
{
    WriteRunner runner(TenantWrite::Channel {&m_h.client(), nullptr}, &m_h.journal());
    QFuture<WriteRun> future
        = runner.run(plan, Actor {m_h.tenantId(), QStringLiteral("grace.admin@mini.onmicrosoft.com"), {}});
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000); }();
    return future.result();
}

void TestConsentSettingsWrites::concurrentChangeIsNotOverwritten()
{
    const ConsentSettings read = load();
    QCOMPARE(read.workflow.version, 1);
    AdminConsentWorkflow wanted = read.workflow;
    wanted.requestDurationInDays = 7;
    const WritePlan plan = SettingsPlanner::workflow(read.workflow, wanted);
    QCOMPARE(plan.operations.size(), 1);
    // Someone else changes the policy meanwhile (another admin in the portal): version 2, reminders on.
    QJsonObject other = m_h.env().server().store().policy(QStringLiteral("adminConsentRequestPolicy"));
    other.remove(QStringLiteral("version"));
    other.insert(QStringLiteral("remindersEnabled"), true);
    const auto put = m_h.env().put(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token(), other);
    QCOMPARE(put.status, 204);
    const int writesBefore = int(m_h.network().writes.size());

    const WriteRun result = run(plan);
    QCOMPARE(result.results.size(), 1);
    QCOMPARE(result.results.first().status, WriteRun::Result::Status::Failed);
    QCOMPARE(result.results.first().error.code, SettingsWrite::concurrentChangeCode());
    QVERIFY2(result.results.first().message.contains(QLatin1String("since it was read")),
             qPrintable(result.results.first().message));
    // Nothing was sent; the other admin's change stands.
    QCOMPARE(int(m_h.network().writes.size()), writesBefore);
    const QJsonObject now
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(now.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(now.value(QStringLiteral("remindersEnabled")).toBool(), true);
    QCOMPARE(now.value(QStringLiteral("requestDurationInDays")).toInt(), 30);
    // Planned again on what is there now, it goes through.
    const ConsentSettings again = load();
    AdminConsentWorkflow retry = again.workflow;
    retry.requestDurationInDays = 7;
    const WriteRun second = run(SettingsPlanner::workflow(again.workflow, retry));
    QVERIFY(second.allSucceeded());
    const QJsonObject after
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(after.value(QStringLiteral("requestDurationInDays")).toInt(), 7);
    QCOMPARE(after.value(QStringLiteral("remindersEnabled")).toBool(), true);
}

void TestConsentSettingsWrites::workflowPutIsJournaledAndUndone()
{
    const ConsentSettings read = load();
    AdminConsentWorkflow wanted = read.workflow;
    wanted.enabled = false;
    const WriteRun result = run(SettingsPlanner::workflow(read.workflow, wanted));
    QVERIFY(result.allSucceeded());
    // The PUT left with its intent on disk first, and carried the whole policy.
    const auto& sent = m_h.network().writes.last();
    QCOMPARE(sent.method, QByteArray("PUT"));
    QVERIFY(sent.journaledBefore);
    const auto found = m_h.journal().entry(result.results.first().journalEntryId);
    QVERIFY(found);
    const JournalEntry copy = *found; // the journal's own entries move as it grows
    const JournalEntry* entry = &copy;
    QCOMPARE(entry->action, SettingsWrite::kPutWorkflow);
    QCOMPARE(entry->prior.value(QStringLiteral("isEnabled")).toBool(), true);
    QCOMPARE(entry->prior.value(QStringLiteral("reviewers")).toArray().size(), 3);
    const QJsonObject body = entry->request.value(QStringLiteral("body")).toObject();
    for (const auto& key : {"isEnabled", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "reviewers"}) {
        QVERIFY2(body.contains(QLatin1String(key)), key);
    }
    QCOMPARE(m_h.env()
                 .get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token())
                 .json()["isEnabled"]
                 .toBool(),
             false);
    // Restore from the journal: the policy as it was (reviewers spelled as Graph had them).
    const WritePlan undo = SettingsPlanner::restore({*entry});
    QCOMPARE(undo.operations.size(), 1);
    QCOMPARE(undo.operations.first()->restoresEntryId, entry->id);
    QVERIFY(run(undo).allSucceeded());
    const QJsonObject back
        = m_h.env().get(QStringLiteral("/v1.0/policies/adminConsentRequestPolicy"), m_h.token()).json();
    QCOMPARE(back.value(QStringLiteral("isEnabled")).toBool(), true);
    QCOMPARE(back.value(QStringLiteral("reviewers")).toArray(),
             entry->prior.value(QStringLiteral("reviewers")).toArray());
    // A second undo of the same entry is refused: the policy moved on since (version check).
    const WriteRun stale = run(SettingsPlanner::restore({*entry}));
    QCOMPARE(stale.results.first().status, WriteRun::Result::Status::Failed);
    QCOMPARE(stale.results.first().error.code, SettingsWrite::concurrentChangeCode());
}

void TestConsentSettingsWrites::userConsentKeepsOwnedResourceEntries()
{
    const ConsentSettings read = load();
    // Graph's casing varies; an owners' entry added after the read (lower-case prefix) must survive too.
    TenantStore& store = m_h.env().server().store();
    QJsonObject policy = store.policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    QJsonArray list = defaults.value(QStringLiteral("permissionGrantPoliciesAssigned")).toArray();
    list.append(
        QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"));
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"), list);
    policy.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    store.setPolicy(QStringLiteral("authorizationPolicy"), policy);

    const WriteRun result = run(SettingsPlanner::userConsent(read, UserConsentSetting::Option::Legacy));
    QVERIFY(result.allSucceeded());
    const QJsonArray now = m_h.env()
                               .get(QStringLiteral("/v1.0/policies/authorizationPolicy"), m_h.token())
                               .json()["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"]
                               .toArray();
    QCOMPARE(
        now,
        (QJsonArray {
            QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"),
            QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"),
            QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy")}));
    QVERIFY(!SettingsPlanner::userConsent(read, UserConsentSetting::Option::Legacy).warnings.isEmpty());
}

QStringList TestConsentSettingsWrites::assigned()
{
    QStringList list;
    for (const auto& v : m_h.env()
                             .get(QStringLiteral("/v1.0/policies/authorizationPolicy"), m_h.token())
                             .json()["defaultUserRolePermissions"]["permissionGrantPoliciesAssigned"]
                             .toArray()) {
        list << v.toString();
    }
    return list;
}

void TestConsentSettingsWrites::setAssigned(const QStringList& list)
{
    TenantStore& store = m_h.env().server().store();
    QJsonObject policy = store.policy(QStringLiteral("authorizationPolicy"));
    QJsonObject defaults = policy.value(QStringLiteral("defaultUserRolePermissions")).toObject();
    defaults.insert(QStringLiteral("permissionGrantPoliciesAssigned"), QJsonArray::fromStringList(list));
    policy.insert(QStringLiteral("defaultUserRolePermissions"), defaults);
    store.setPolicy(QStringLiteral("authorizationPolicy"), policy);
}

void TestConsentSettingsWrites::groupOwnerConsentIsJournaledAndUndone()
{
    // Group owners may consent under Microsoft's pre-approval policy (Graph's casing varies); user consent and a
    // team's policy are assigned too.
    const QString self = QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low");
    const QString team
        = QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team");
    const QString groups
        = QStringLiteral("managePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group");
    setAssigned({self, groups, team});
    const ConsentSettings read = load();
    QCOMPARE(read.groupOwnerConsent().option, GroupOwnerConsentSetting::Option::PreApproved);
    // A chat policy added after the read must survive too.
    const QString chat
        = QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat");
    setAssigned({self, groups, team, chat});

    const WritePlan plan = SettingsPlanner::groupOwnerConsent(read, GroupOwnerConsentSetting::Option::None);
    QCOMPARE(plan.operations.size(), 1);
    QVERIFY(plan.note.contains(QLatin1String("microsoft-pre-approval-apps-for-group")));
    const WriteRun result = run(plan);
    QVERIFY2(result.allSucceeded(), qPrintable(result.describe().join(QLatin1Char('\n'))));
    QCOMPARE(assigned(), (QStringList {self, team, chat}));
    const auto& sent = m_h.network().writes.last();
    QCOMPARE(sent.method, QByteArray("PATCH"));
    QVERIFY(sent.journaledBefore);
    const JournalEntry entry = *m_h.journal().entry(result.results.first().journalEntryId);
    QCOMPARE(entry.action, SettingsWrite::kGroupOwnerConsent);
    QVERIFY(SettingsPlanner::isRestorable(entry));
    QCOMPARE(load().groupOwnerConsent().option, GroupOwnerConsentSetting::Option::None);
    // Nothing to do the second time.
    QVERIFY(SettingsPlanner::groupOwnerConsent(load(), GroupOwnerConsentSetting::Option::None).isEmpty());

    // Meanwhile user consent changes; undoing the group owner change puts its entry back and keeps that change.
    QVERIFY(run(SettingsPlanner::userConsent(load(), UserConsentSetting::Option::None)).allSucceeded());
    const WritePlan undo = SettingsPlanner::restore({entry});
    QCOMPARE(undo.operations.size(), 1);
    QCOMPARE(undo.operations.first()->restoresEntryId, entry.id);
    QVERIFY(run(undo).allSucceeded());
    QCOMPARE(assigned(), (QStringList {team, chat, groups}));

    // "All" replaces the pre-approval entry rather than adding a second one.
    const WriteRun all = run(SettingsPlanner::groupOwnerConsent(load(), GroupOwnerConsentSetting::Option::All));
    QVERIFY(all.allSucceeded());
    QCOMPARE(assigned(),
             (QStringList {team,
                           chat,
                           QStringLiteral("ManagePermissionGrantsForOwnedResource."
                                          "microsoft-all-application-permissions-for-group")}));
}

void TestConsentSettingsWrites::olderGroupOwnerSettingIsTurnedOffAndRestored()
{
    // The app consent policies allow group owners nothing; the older directory setting lets the owners who are in
    // Sales EMEA consent (created through Graph, as an admin center would).
    const QString self = QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low");
    setAssigned({self});
    const QString salesEmea = QStringLiteral("c4bbbc5b-82cb-5e29-b177-698d08a7aaa7");
    const auto created = m_h.env().post(
        QStringLiteral("/v1.0/groupSettings"),
        m_h.token(),
        QJsonObject {{QStringLiteral("templateId"), LegacyGroupConsentSetting::kTemplateId},
                     {QStringLiteral("values"),
                      QJsonArray {QJsonObject {{QStringLiteral("name"), LegacyGroupConsentSetting::kEnableName},
                                               {QStringLiteral("value"), QStringLiteral("True")}},
                                  QJsonObject {{QStringLiteral("name"), LegacyGroupConsentSetting::kConstrainName},
                                               {QStringLiteral("value"), salesEmea}},
                                  QJsonObject {{QStringLiteral("name"), QStringLiteral("EnableAdminConsentRequests")},
                                               {QStringLiteral("value"), QStringLiteral("true")}}}}});
    QCOMPARE(created.status, 201);
    const QString settingId = created.json()["id"].toString();

    const ConsentSettings read = load();
    QVERIFY(!read.legacyGroupConsentError.isError());
    QVERIFY(read.legacyGroupConsent.present);
    QCOMPARE(read.legacyGroupConsent.id, settingId);
    QVERIFY(read.legacyGroupConsent.allowsGroupOwnerConsent());
    QCOMPARE(read.legacyGroupConsent.constrainedToGroupId, salesEmea);
    QCOMPARE(read.legacyGroupConsent.constrainedToGroupName, QStringLiteral("Sales EMEA"));
    QCOMPARE(read.groupOwnerConsent().option, GroupOwnerConsentSetting::Option::None);
    QVERIFY(read.groupOwnersMayConsent());
    const QJsonObject json = read.toJson()["groupOwnerConsent"].toObject()["legacySetting"].toObject();
    QCOMPARE(json["present"].toBool(), true);
    QCOMPARE(json["enableGroupSpecificConsent"].toBool(), true);
    QCOMPARE(json["constrainedToGroupId"].toString(), salesEmea);

    // "Do not allow" has only the older setting to change: one PATCH of the whole set of values, journaled first.
    const WritePlan plan = SettingsPlanner::groupOwnerConsent(read, GroupOwnerConsentSetting::Option::None);
    QCOMPARE(plan.operations.size(), 1);
    QCOMPARE(plan.operations.first()->action(), SettingsWrite::kLegacyGroupConsent);
    QVERIFY(plan.operations.first()->powerShell().startsWith(QLatin1String("Update-MgGroupSetting")));
    const WriteRun result = run(plan);
    QVERIFY2(result.allSucceeded(), qPrintable(result.describe().join(QLatin1Char('\n'))));
    const auto& sent = m_h.network().writes.last();
    QCOMPARE(sent.method, QByteArray("PATCH"));
    QVERIFY(sent.journaledBefore);
    const JournalEntry entry = *m_h.journal().entry(result.results.first().journalEntryId);
    QCOMPARE(entry.action, SettingsWrite::kLegacyGroupConsent);
    QCOMPARE(LegacyGroupConsentSetting::fromJson(entry.prior).constrainedToGroupId, salesEmea); // the prior state
    QCOMPARE(entry.request["body"].toObject()["values"].toArray().size(), 4);

    const ConsentSettings after = load();
    QVERIFY(after.legacyGroupConsent.present);
    QVERIFY(!after.legacyGroupConsent.allowsGroupOwnerConsent());
    QVERIFY(after.legacyGroupConsent.constrainedToGroupId.isEmpty());
    QCOMPARE(after.legacyGroupConsent.value(QStringLiteral("EnableAdminConsentRequests")), QStringLiteral("true"));
    QCOMPARE(after.legacyGroupConsent.value(QStringLiteral("BlockUserConsentForRiskyApps")), QStringLiteral("true"));
    QVERIFY(!after.groupOwnersMayConsent());
    QCOMPARE(assigned(), QStringList {self}); // the authorization policy untouched
    QVERIFY(SettingsPlanner::groupOwnerConsent(after, GroupOwnerConsentSetting::Option::None).isEmpty());
    WriteVerifier::Verdict verdict;
    {
        QFuture<WriteVerifier::Verdict> reading = WriteVerifier::check(&m_h.client(), entry);
        QTRY_VERIFY_WITH_TIMEOUT(reading.isFinished(), 20000);
        verdict = reading.result();
    }
    QCOMPARE(verdict.state, WriteVerifier::Verdict::State::Applied);

    // Restored from the journal: on again, narrowed to the same group.
    const WritePlan undo = SettingsPlanner::restore({entry});
    QCOMPARE(undo.operations.size(), 1);
    QVERIFY(run(undo).allSucceeded());
    const ConsentSettings restored = load();
    QVERIFY(restored.legacyGroupConsent.allowsGroupOwnerConsent());
    QCOMPARE(restored.legacyGroupConsent.constrainedToGroupId, salesEmea);

    // With the app consent policies allowing owners too, "Do not allow" makes both changes; another choice leaves
    // the older setting on and says so.
    setAssigned({self, QStringLiteral("ManagePermissionGrantsForOwnedResource.microsoft-pre-approval-apps-for-group")});
    const ConsentSettings both = load();
    QCOMPARE(SettingsPlanner::groupOwnerConsent(both, GroupOwnerConsentSetting::Option::None).operations.size(), 2);
    const WritePlan all = SettingsPlanner::groupOwnerConsent(both, GroupOwnerConsentSetting::Option::All);
    QCOMPARE(all.operations.size(), 1);
    QVERIFY(all.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Consent Policy Settings")));

    // Someone deletes the setting meanwhile: the write is not sent and says why.
    QCOMPARE(m_h.env().del(QStringLiteral("/v1.0/groupSettings/") + settingId, m_h.token()).status, 204);
    const WriteRun gone = run(SettingsPlanner::groupOwnerConsent(restored, GroupOwnerConsentSetting::Option::None));
    QVERIFY(!gone.allSucceeded());
}

void TestConsentSettingsWrites::everySettingsWriteIsReadBack()
{
    // What WriteRunner asks after a write's answer was lost (WriteVerifier): each kind of settings write, as
    // journaled, reads as made once it is — on what the sandbox answers (more properties than were sent, a policy's
    // version, lists in their own order) — and the same write with other values reads as not made.
    using State = WriteVerifier::Verdict::State;
    const auto verdictOf = [this](const JournalEntry& entry) {
        QFuture<WriteVerifier::Verdict> reading = WriteVerifier::check(&m_h.client(), entry);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reading.isFinished(), 20000); }();
        return reading.isFinished() ? reading.result() : WriteVerifier::Verdict {};
    };
    const auto madeAndNot = [&](const WritePlan& plan, const std::function<void(QJsonObject&)>& otherValues) {
        QVERIFY2(plan.operations.size() == 1, qPrintable(plan.note));
        const WriteRun result = run(plan);
        QVERIFY2(result.allSucceeded(), qPrintable(result.describe().join(QLatin1Char('\n'))));
        const JournalEntry entry = *m_h.journal().entry(result.results.first().journalEntryId);
        WriteVerifier::Verdict verdict = verdictOf(entry);
        QVERIFY2(verdict.state == State::Applied,
                 qPrintable(entry.action + QStringLiteral(": ") + verdict.reason + verdict.error.summary()));
        JournalEntry other = entry;
        otherValues(other.request);
        verdict = verdictOf(other);
        QVERIFY2(verdict.state == State::NotApplied,
                 qPrintable(entry.action + QStringLiteral(": ") + verdict.reason + verdict.error.summary()));
    };
    const auto setInBody = [](QJsonObject& request, const QString& key, const QJsonValue& value) {
        QJsonObject body = request.value(QStringLiteral("body")).toObject();
        body.insert(key, value);
        request.insert(QStringLiteral("body"), body);
    };

    // Classifying takes Policy.ReadWrite.PermissionGrant, which ConsentDesk asks for when it may change things.
    m_h.signInAs(QStringLiteral("grace.admin@mini.onmicrosoft.com"),
                 {QStringLiteral("Policy.ReadWrite.PermissionGrant")});
    const ConsentSettings read = load();
    AdminConsentWorkflow wanted = read.workflow;
    wanted.requestDurationInDays = 7;
    madeAndNot(SettingsPlanner::workflow(read.workflow, wanted),
               [&](QJsonObject& request) { setInBody(request, QStringLiteral("requestDurationInDays"), 8); });
    const ConsentSettings before = load();
    const auto option = before.userConsent.option == UserConsentSetting::Option::Legacy
                            ? UserConsentSetting::Option::None
                            : UserConsentSetting::Option::Legacy;
    madeAndNot(SettingsPlanner::userConsent(before, option), [&](QJsonObject& request) {
        setInBody(
            request,
            QStringLiteral("defaultUserRolePermissions"),
            QJsonObject {{QStringLiteral("permissionGrantPoliciesAssigned"),
                          QJsonArray {QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-low")}}});
    });

    const QJsonArray scopes
        = m_h.env()
              .get(QStringLiteral("/v1.0/servicePrincipals(appId='%1')").arg(ConsentSettings::kMicrosoftGraphAppId),
                   m_h.token())
              .json()["oauth2PermissionScopes"]
              .toArray();
    QList<QJsonObject> unclassified; // Graph's delegated permissions users may consent to, not classified yet
    for (const auto& v : scopes) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("User")
            && std::none_of(read.classifications.cbegin(), read.classifications.cend(), [&](const auto& c) {
                   return c.permissionId.compare(id, Qt::CaseInsensitive) == 0;
               })) {
            unclassified.append(v.toObject());
        }
    }
    QVERIFY(unclassified.size() >= 2);
    const QJsonObject first = unclassified.at(0);
    const QJsonObject second = unclassified.at(1);
    const QString firstName = first.value(QStringLiteral("value")).toString();
    const QString secondName = second.value(QStringLiteral("value")).toString();
    madeAndNot(SettingsPlanner::classify(load(), first.value(QStringLiteral("id")).toString(), firstName),
               [&](QJsonObject& request) {
                   setInBody(
                       request, QStringLiteral("permissionId"), QStringLiteral("00000000-0000-4000-8000-0000000000aa"));
               });
    const WriteRun secondRun
        = run(SettingsPlanner::classify(load(), second.value(QStringLiteral("id")).toString(), secondName));
    QVERIFY2(secondRun.allSucceeded(), qPrintable(secondRun.describe().join(QLatin1Char('\n'))));
    const ConsentSettings classified = load();
    QString secondId;
    for (const auto& c : classified.classifications) {
        if (c.permissionName == secondName) {
            secondId = c.id;
        }
    }
    QVERIFY(!secondId.isEmpty());
    // A removal reads as made when the classification is gone; one still in the list (the second) as not made.
    madeAndNot(SettingsPlanner::unclassify(classified, firstName), [&](QJsonObject& request) {
        QString path = request.value(QStringLiteral("path")).toString();
        path = path.left(path.lastIndexOf(QLatin1Char('/')) + 1) + secondId;
        request.insert(QStringLiteral("path"), path);
    });
}

QTEST_GUILESS_MAIN(TestConsentSettingsWrites)
#include "TestConsentSettingsWrites.moc"
