#include "exchange/AccessPolicyEvaluator.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(ApplicationAccessPolicy)

using Right = ApplicationAccessPolicy::AccessRight;
using Rule = AccessDecision::Rule;

namespace {

// A small directory: groups G-Sales (mail-enabled security) ⊃ alice, G-Ops (nested in G-Sales) ⊃ bob;
// G-Legal ⊃ carol; G-Plain (security, not mail-enabled) ⊃ dave; erin is in nothing.
const QString kApp1 = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kApp2 = QStringLiteral("22222222-2222-2222-2222-222222222222");

AccessPolicyModel::Node group(const QString& id, const QStringList& members, bool mailEnabled = true)
{
    AccessPolicyModel::Node n;
    n.id = id;
    n.displayName = QStringLiteral("Group ") + id;
    n.kind = AccessPolicyModel::Node::Kind::Group;
    n.mailEnabled = mailEnabled;
    n.securityEnabled = true;
    n.memberIds = members;
    return n;
}

AccessPolicyModel::Node user(const QString& id)
{
    AccessPolicyModel::Node n;
    n.id = id;
    n.displayName = id;
    n.kind = AccessPolicyModel::Node::Kind::User;
    return n;
}

ApplicationAccessPolicy policy(const QString& appId, const QString& scope, Right right)
{
    ApplicationAccessPolicy p;
    p.appId = appId;
    p.scopeObjectId = scope;
    p.scopeName = QStringLiteral("Group ") + scope;
    p.accessRight = right;
    p.identity = QStringLiteral("tenant\\%1:S-1-5-21-1;%2").arg(appId, scope);
    return p;
}

AccessPolicyModel directory(const QList<ApplicationAccessPolicy>& policies)
{
    AccessPolicyModel m;
    m.addNode(group(QStringLiteral("sales"), {QStringLiteral("alice"), QStringLiteral("ops")}));
    m.addNode(group(QStringLiteral("ops"), {QStringLiteral("bob")}));
    m.addNode(group(QStringLiteral("legal"), {QStringLiteral("carol")}));
    m.addNode(group(QStringLiteral("plain"), {QStringLiteral("dave")}, false));
    for (const auto& id : {"alice", "bob", "carol", "dave", "erin"}) {
        m.addNode(user(QString::fromLatin1(id)));
    }
    m.policies = policies;
    return m;
}

} // namespace

class TestAccessPolicyEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<QList<ApplicationAccessPolicy>>("policies");
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<int>("rule");

        const auto restrictSales = policy(kApp1, QStringLiteral("sales"), Right::RestrictAccess);
        const auto restrictLegal = policy(kApp1, QStringLiteral("legal"), Right::RestrictAccess);
        const auto denySales = policy(kApp1, QStringLiteral("sales"), Right::DenyAccess);
        const auto denyOps = policy(kApp1, QStringLiteral("ops"), Right::DenyAccess);
        const auto app2RestrictLegal = policy(kApp2, QStringLiteral("legal"), Right::RestrictAccess);
        const auto restrictUser = policy(kApp1, QStringLiteral("erin"), Right::RestrictAccess);

        auto row =
            [](const char* name, QList<ApplicationAccessPolicy> p, const QString& app, const char* u, bool g, Rule r) {
                QTest::newRow(name) << p << app << QString::fromLatin1(u) << g << int(r);
            };
        row("no policy", {}, kApp1, "alice", true, Rule::NoPolicy);
        row("restrict only: member", {restrictSales}, kApp1, "alice", true, Rule::RestrictMatched);
        row("restrict only: nested member", {restrictSales}, kApp1, "bob", true, Rule::RestrictMatched);
        row("restrict only: non-member", {restrictSales}, kApp1, "carol", false, Rule::RestrictNotMatched);
        row("restrict only: in no group", {restrictSales}, kApp1, "erin", false, Rule::RestrictNotMatched);
        row("two restricts: member of the second",
            {restrictSales, restrictLegal},
            kApp1,
            "carol",
            true,
            Rule::RestrictMatched);
        row("two restricts: member of neither",
            {restrictSales, restrictLegal},
            kApp1,
            "dave",
            false,
            Rule::RestrictNotMatched);
        row("deny only: member", {denySales}, kApp1, "alice", false, Rule::DenyMatched);
        row("deny only: nested member", {denySales}, kApp1, "bob", false, Rule::DenyMatched);
        row("deny only: non-member", {denySales}, kApp1, "carol", true, Rule::DenyNotMatched);
        row("both: deny beats restrict (same group)",
            {restrictSales, denySales},
            kApp1,
            "alice",
            false,
            Rule::DenyMatched);
        row("both: deny on nested group beats restrict",
            {restrictSales, denyOps},
            kApp1,
            "bob",
            false,
            Rule::DenyMatched);
        row("both: restrict member outside the deny",
            {restrictSales, denyOps},
            kApp1,
            "alice",
            true,
            Rule::RestrictMatched);
        row("both: in neither", {restrictSales, denyOps}, kApp1, "carol", false, Rule::RestrictNotMatched);
        row("several apps: other app's policy does not apply",
            {app2RestrictLegal},
            kApp1,
            "alice",
            true,
            Rule::NoPolicy);
        row("several apps: app2 member",
            {restrictSales, app2RestrictLegal},
            kApp2,
            "carol",
            true,
            Rule::RestrictMatched);
        row("several apps: app2 non-member",
            {restrictSales, app2RestrictLegal},
            kApp2,
            "alice",
            false,
            Rule::RestrictNotMatched);
        row("scope is a mailbox: that user", {restrictUser}, kApp1, "erin", true, Rule::RestrictMatched);
        row("scope is a mailbox: someone else", {restrictUser}, kApp1, "alice", false, Rule::RestrictNotMatched);
        row("app id compares case-insensitively",
            {restrictSales},
            kApp1.toUpper(),
            "carol",
            false,
            Rule::RestrictNotMatched);
    }

    void table()
    {
        QFETCH(QList<ApplicationAccessPolicy>, policies);
        QFETCH(QString, app);
        QFETCH(QString, user);
        QFETCH(bool, granted);
        QFETCH(int, rule);
        const AccessDecision d = AccessPolicyEvaluator::evaluate(directory(policies), app, user);
        QCOMPARE(d.granted(), granted);
        QCOMPARE(AccessDecision::ruleName(d.rule), AccessDecision::ruleName(Rule(rule)));
        QVERIFY(!d.explanation().isEmpty());
    }

    void pathNamesTheNestedGroup()
    {
        const auto model = directory({policy(kApp1, QStringLiteral("sales"), Right::RestrictAccess)});
        const AccessDecision d = AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("bob"));
        QCOMPARE(d.policies.size(), 1);
        QCOMPARE(d.policies.first().pathIds, (QStringList {"sales", "ops", "bob"}));
        QCOMPARE(d.policies.first().path, (QStringList {"Group sales", "Group ops", "bob"}));
        QVERIFY(d.explanation().contains(QStringLiteral("Group ops")));
    }

    void cyclesTerminate()
    {
        auto model = directory({policy(kApp1, QStringLiteral("sales"), Right::RestrictAccess)});
        model.addNode(group(QStringLiteral("ops"), {QStringLiteral("bob"), QStringLiteral("sales")}));
        QVERIFY(AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("bob")).granted());
        QVERIFY(!AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("carol")).granted());
    }

    void flagsScopeNotMailEnabled()
    {
        const auto model = directory({policy(kApp1, QStringLiteral("plain"), Right::RestrictAccess)});
        const AccessDecision d = AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("dave"));
        QVERIFY(d.granted());
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY2(d.warnings.first().contains(QStringLiteral("is a security group that is not mail-enabled")),
                 qPrintable(d.warnings.first()));
    }

    void scopeWarningIsAWholeSentenceForEachCase()
    {
        // Each combination of flags gets its own sentence (translators cannot bend an English "yes"/"no").
        const struct
        {
            bool mailEnabled;
            bool securityEnabled;
            const char* says;
        } cases[] = {{false, true, "is a security group that is not mail-enabled"},
                     {true, false, "is mail-enabled but not a security group"},
                     {false, false, "is neither mail-enabled nor a security group"}};
        for (const auto& c : cases) {
            auto model = directory({policy(kApp1, QStringLiteral("odd"), Right::RestrictAccess)});
            auto odd = group(QStringLiteral("odd"), {QStringLiteral("dave")}, c.mailEnabled);
            odd.securityEnabled = c.securityEnabled;
            model.addNode(odd);
            const AccessDecision d = AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("dave"));
            QCOMPARE(d.warnings.size(), 1);
            QVERIFY2(d.warnings.first().contains(QLatin1String(c.says)), qPrintable(d.warnings.first()));
            QVERIFY(!d.warnings.first().contains(QLatin1String(": yes")));
            QVERIFY(!d.warnings.first().contains(QLatin1String(": no")));
        }
    }

    void flagsUnresolvedScope()
    {
        auto p = policy(kApp1, QString(), Right::RestrictAccess);
        const AccessDecision d = AccessPolicyEvaluator::evaluate(directory({p}), kApp1, QStringLiteral("alice"));
        QVERIFY(!d.granted());
        QVERIFY(d.warnings.first().contains(QStringLiteral("could not be found")));
    }

    void jsonCarriesTheReasons()
    {
        const auto model = directory({policy(kApp1, QStringLiteral("sales"), Right::DenyAccess)});
        const QJsonObject json = AccessPolicyEvaluator::evaluate(model, kApp1, QStringLiteral("alice")).toJson();
        QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("Denied"));
        QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("denyMatched"));
        QVERIFY(json.value(QStringLiteral("policies"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("matches"))
                    .toBool());
    }

    void policyIdentityParts()
    {
        const auto p = ApplicationAccessPolicy::fromJson(
            {{QStringLiteral("Identity"), QStringLiteral("t\\a:S-1-5-21-9;60d7b425-379e-437d-bf62-25875e104fb0")},
             {QStringLiteral("AccessRight"), QStringLiteral("DenyAccess")}});
        QCOMPARE(p.scopeGuid(), QStringLiteral("60d7b425-379e-437d-bf62-25875e104fb0"));
        QCOMPARE(p.scopeSid(), QStringLiteral("S-1-5-21-9"));
        QVERIFY(p.isDeny());
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicyEvaluator)
#include "TestAccessPolicyEvaluator.moc"
