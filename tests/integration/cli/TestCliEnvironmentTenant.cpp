// Issue 12.9: automation tokens without --tenant. Every command that needs the tenant runs with
// CONSENTDESK_ACCESS_TOKEN / CONSENTDESK_EXCHANGE_TOKEN and only --sandbox (no --tenant, no --client-id): the tenant
// comes from the tokens' tid claim — Exchange's admin API is addressed with it (it was /adminapi/beta//InvokeCommand,
// answered 404) and every journal entry records it. Contradictions exit 2 naming both tenants, an unknowable tenant
// exits 2 naming --tenant, and a missing variable (one token set, no stored sign-in) exits 3 naming it.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kNorthwindApp
    = QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0"); // restricted to CRM Mailbox Access
const QString kCoho = QStringLiteral("Coho Signature Manager"); // no policy
const QString kExecutiveTeam = QStringLiteral("Executive Team");
const QString kAisha = QStringLiteral("aisha.rahman@contoso.com");
} // namespace

class TestCliEnvironmentTenant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTenantCommandWithEnvironmentTokensOnly();
    void tenantOptionMustAgreeWithTheTokens();
    void tokensOfTwoTenantsAreRefused();
    void unknownTenantAsksForTenantOption();
    void oneVariableAloneNamesTheOther();

private:
    CliRunner::Run run(const QStringList& args) const
    {
        return m_cli.run(QStringList {QStringLiteral("--sandbox"), m_sandbox.baseUrl().toString()} + args);
    }
    QList<QJsonObject> journalIntents() const;

    SandboxProcess m_sandbox;
    SandboxProcess m_other; // another tenant
    CliRunner m_cli;
    QString m_tenantId;
};

void TestCliEnvironmentTenant::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY2(m_other.start(
                 {QStringLiteral("--generate"), QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("3")},
                 &error),
             qPrintable(error));
    QVERIFY(m_cli.isValid());
    m_tenantId = m_sandbox.info().value(QStringLiteral("tenantId")).toString();
    QVERIFY(!m_tenantId.isEmpty());
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"),
                               QString::fromLatin1(m_sandbox.token(kAdmin)));
    m_cli.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"),
                               QString::fromLatin1(m_sandbox.exchangeToken(kAdmin)));
}

QList<QJsonObject> TestCliEnvironmentTenant::journalIntents() const
{
    QList<QJsonObject> intents;
    QDirIterator it(
        m_cli.home(), {QStringLiteral("consentdesk-journal.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("intent")) {
                intents.append(o);
            }
        }
    }
    return intents;
}

void TestCliEnvironmentTenant::everyTenantCommandWithEnvironmentTokensOnly()
{
    const QStringList json {QStringLiteral("--format"), QStringLiteral("json")};
    auto ok = [this](const QStringList& args) {
        const CliRunner::Run r = run(args);
        if (r.code != 0) {
            qWarning("%s -> %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.code, qPrintable(r.all()));
        }
        return r;
    };

    // Who: the tenant of the token.
    CliRunner::Run r = ok(json + QStringList {QStringLiteral("whoami")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first()[QStringLiteral("TenantId")].toString(),
             m_tenantId);

    // Exchange: addressed with the token's tenant.
    r = ok(json + QStringList {QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
    QVERIFY(!r.all().contains(QLatin1String("404")));
    r = ok({QStringLiteral("policy"),
            QStringLiteral("test"),
            QStringLiteral("--app"),
            kNorthwindApp,
            QStringLiteral("--user"),
            kAisha});
    QCOMPARE(r.code, 0);
    r = ok({QStringLiteral("policy"),
            QStringLiteral("explain"),
            QStringLiteral("--app"),
            kNorthwindApp,
            QStringLiteral("--user"),
            kAisha});
    QCOMPARE(r.code, 0);
    r = ok({QStringLiteral("policy"),
            QStringLiteral("matrix"),
            QStringLiteral("--app"),
            kNorthwindApp,
            QStringLiteral("--sample"),
            QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    r = ok({QStringLiteral("policy"),
            QStringLiteral("new"),
            QStringLiteral("--app"),
            kCoho,
            QStringLiteral("--group"),
            kExecutiveTeam,
            QStringLiteral("--access"),
            QStringLiteral("restrict"),
            QStringLiteral("--yes")});
    QCOMPARE(r.code, 0);
    r = ok(json + QStringList {QStringLiteral("policy"), QStringLiteral("list")});
    QString identity;
    for (const QJsonValue& row : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (row[QStringLiteral("App")].toString() == kCoho) {
            identity = row[QStringLiteral("Identity")].toString();
        }
    }
    QVERIFY(!identity.isEmpty());
    r = ok({QStringLiteral("policy"), QStringLiteral("remove"), identity, QStringLiteral("--yes")});
    QCOMPARE(r.code, 0);

    // Graph: reads, writes and their journal.
    QCOMPARE(ok({QStringLiteral("requests"), QStringLiteral("list")}).code, 0);
    QCOMPARE(ok({QStringLiteral("grants"), QStringLiteral("list"), QStringLiteral("--all")}).code, 0);
    r = ok({QStringLiteral("grants"),
            QStringLiteral("revoke"),
            QStringLiteral("--app"),
            QStringLiteral("Proseware Scheduler"),
            QStringLiteral("--user"),
            QStringLiteral("mei.chen@contoso.com"),
            QStringLiteral("--scope"),
            QStringLiteral("Calendars.Read"),
            QStringLiteral("--yes")});
    QCOMPARE(r.code, 0);
    r = ok(json + QStringList {QStringLiteral("journal"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(entries.size() >= 3);
    QString revokeOperation;
    for (const QJsonValue& e : entries) {
        if (e[QStringLiteral("Action")].toString().startsWith(QLatin1String("grant."))) {
            revokeOperation = e[QStringLiteral("OperationId")].toString();
        }
    }
    QVERIFY(!revokeOperation.isEmpty());
    r = ok({QStringLiteral("journal"),
            QStringLiteral("restore"),
            QStringLiteral("--operation"),
            revokeOperation,
            QStringLiteral("--yes")});
    QCOMPARE(r.code, 0);

    // Every write was journaled for the token's tenant.
    const QList<QJsonObject> intents = journalIntents();
    QVERIFY(intents.size() >= 4);
    for (const QJsonObject& intent : intents) {
        QCOMPARE(intent.value(QStringLiteral("tenantId")).toString(), m_tenantId);
    }
}

void TestCliEnvironmentTenant::tenantOptionMustAgreeWithTheTokens()
{
    const QString otherId = m_other.info().value(QStringLiteral("tenantId")).toString();
    CliRunner::Run r = run({QStringLiteral("--tenant"), otherId, QStringLiteral("policy"), QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(otherId) && r.err.contains(m_tenantId), qPrintable(r.err));
    r = run({QStringLiteral("--tenant"),
             QStringLiteral("fabrikam.com"),
             QStringLiteral("requests"),
             QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("fabrikam.com")), qPrintable(r.err));
    // The same tenant named either way is fine.
    QCOMPARE(run({QStringLiteral("--tenant"), m_tenantId, QStringLiteral("policy"), QStringLiteral("list")}).code, 0);
    QCOMPARE(run({QStringLiteral("--tenant"),
                  QStringLiteral("contoso.onmicrosoft.com"),
                  QStringLiteral("policy"),
                  QStringLiteral("list")})
                 .code,
             0);
}

void TestCliEnvironmentTenant::tokensOfTwoTenantsAreRefused()
{
    const QString domain = m_other.info()[QStringLiteral("tenant")][QStringLiteral("defaultDomain")].toString();
    CliRunner other;
    other.environment().insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"),
                               QString::fromLatin1(m_sandbox.token(kAdmin)));
    other.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"),
                               QString::fromLatin1(m_other.exchangeToken(QStringLiteral("admin@") + domain)));
    const CliRunner::Run r = other.run({QStringLiteral("--sandbox"),
                                        m_sandbox.baseUrl().toString(),
                                        QStringLiteral("policy"),
                                        QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(m_tenantId) && r.err.contains(m_other.info().value(QStringLiteral("tenantId")).toString()),
             qPrintable(r.err));
}

void TestCliEnvironmentTenant::unknownTenantAsksForTenantOption()
{
    // A token without a readable tid, and no Graph token to ask /organization with.
    CliRunner opaque;
    opaque.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QStringLiteral("opaque-exchange-token"));
    const CliRunner::Run r = opaque.run({QStringLiteral("--sandbox"),
                                         m_sandbox.baseUrl().toString(),
                                         QStringLiteral("policy"),
                                         QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--tenant")), qPrintable(r.err));
    QVERIFY(!r.all().contains(QLatin1String("404")));
}

void TestCliEnvironmentTenant::oneVariableAloneNamesTheOther()
{
    // Only the Exchange token and no stored sign-in: Graph is not silently "signed out" — the error names the variable.
    CliRunner exchangeOnly;
    exchangeOnly.environment().insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"),
                                      QString::fromLatin1(m_sandbox.exchangeToken(kAdmin)));
    CliRunner::Run r = exchangeOnly.run({QStringLiteral("--sandbox"),
                                         m_sandbox.baseUrl().toString(),
                                         QStringLiteral("policy"),
                                         QStringLiteral("list")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("CONSENTDESK_ACCESS_TOKEN")), qPrintable(r.err));
    // Only the Graph token: Exchange commands name theirs; Graph commands work.
    CliRunner graphOnly;
    graphOnly.environment().insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"),
                                   QString::fromLatin1(m_sandbox.token(kAdmin)));
    r = graphOnly.run({QStringLiteral("--sandbox"),
                       m_sandbox.baseUrl().toString(),
                       QStringLiteral("policy"),
                       QStringLiteral("list")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("CONSENTDESK_EXCHANGE_TOKEN")), qPrintable(r.err));
    QCOMPARE(graphOnly
                 .run({QStringLiteral("--sandbox"),
                       m_sandbox.baseUrl().toString(),
                       QStringLiteral("requests"),
                       QStringLiteral("list")})
                 .code,
             0);
}

QTEST_GUILESS_MAIN(TestCliEnvironmentTenant)
#include "TestCliEnvironmentTenant.moc"
