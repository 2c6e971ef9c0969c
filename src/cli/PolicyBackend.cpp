#include "PolicyBackend.h"

#include "directory/ServicePrincipalFinder.h"

#include "CliContext.h"
#include "GrantsBackend.h"

#include "directory/ServicePrincipalCache.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/MailboxAccessTester.h"
#include "graph/GraphClient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

QString PolicyBackend::App::label() const
{
    return displayName.isEmpty() ? appId : QStringLiteral("%1 (%2)").arg(displayName, appId);
}

PolicyBackend::PolicyBackend(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_exchange(new ExchangeAdminClient(context.graph(), this))
    , m_grants(new GrantsBackend(context.graph(), this))
{
}

PolicyBackend::~PolicyBackend() = default;

MailboxAccessTester* PolicyBackend::tester()
{
    if (!m_tester) {
        m_tester = new MailboxAccessTester(m_exchange, m_context.graph(), this);
    }
    return m_tester;
}

QString PolicyBackend::exchangeRoleHint()
{
    return QStringLiteral("Application access policies are Exchange Online objects: the account needs an Exchange "
                          "role — Exchange Administrator (or Global Administrator) in Entra ID, or membership of the "
                          "Organization Management role group in Exchange. Global Reader and View-Only Organization "
                          "Management may list and test policies but not change them.");
}

bool PolicyBackend::requiredValue(CliContext& context, const QString& value, const QString& option, QString* out)
{
    *out = value.trimmed();
    if (out->isEmpty()) {
        context.printError(QStringLiteral("--%1 is required.").arg(option));
        return false;
    }
    return true;
}

ExitCode PolicyBackend::reportError(CliContext& context, const QString& what, const GraphError& error)
{
    const ExitCode code = exitCodeFor(error);
    QString next;
    switch (code) {
    case ExitCode::PermissionDenied:
        next = exchangeRoleHint();
        break;
    case ExitCode::SignInNeeded:
        next = QStringLiteral("Sign in again (`consentdesk-cli signin`), or for automation set "
                              "CONSENTDESK_ACCESS_TOKEN (Microsoft Graph) and CONSENTDESK_EXCHANGE_TOKEN (Exchange "
                              "Online).");
        break;
    default:
        break;
    }
    // The message only: Exchange's own text (decoded by ExchangeAdminClient) or Graph's, never a body or a header.
    const QString message = error.message.isEmpty() ? error.summary() : error.message;
    context.printError(QStringLiteral("Could not %1: %2").arg(what, message), next);
    return code == ExitCode::Ok ? ExitCode::Failure : code;
}

void PolicyBackend::findApp(const QString& name, std::function<void(const App&, ExitCode)> done)
{
    const QString wanted = name.trimmed();
    ServicePrincipalFinder::find(
        m_context.graph(),
        m_grants->cache(),
        wanted,
        this,
        [this, wanted, done](const ServicePrincipalFinder::Result& r) {
            if (r.servicePrincipal) {
                done(App {r.servicePrincipal->appId, r.servicePrincipal->id, r.servicePrincipal->displayName},
                     ExitCode::Ok);
            } else if (r.error) {
                done({}, reportError(m_context, QStringLiteral("look up the app '%1'").arg(wanted.left(80)), r.error));
            } else if (r.ambiguous) {
                m_context.printError(QStringLiteral("Several apps are named '%1'.").arg(wanted.left(80)),
                                     QStringLiteral("Name it by its application ID (grants list --all shows them)."));
                done({}, ExitCode::Usage);
            } else {
                m_context.printError(QStringLiteral("No app '%1' in this tenant (no service principal with that "
                                                    "application ID, object ID or display name).")
                                         .arg(wanted.left(80)),
                                     QStringLiteral("consentdesk-cli grants list --all lists the apps."));
                done({}, ExitCode::NotFound);
            }
        });
}

void PolicyBackend::testOnce(const QString& appId,
                             const QStringList& mailboxes,
                             std::function<void(const QList<MailboxAccessCheck>&, const GraphError&)> then)
{
    MailboxAccessTester* t = tester();
    auto fired = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(t,
                          &MailboxAccessTester::finished,
                          this,
                          [fired, connection, then](const QList<MailboxAccessCheck>& checks, const GraphError& error) {
                              if (std::exchange(*fired, true)) {
                                  return;
                              }
                              disconnect(*connection);
                              then(checks, error);
                          });
    if (!t->check(appId, mailboxes)) {
        disconnect(*connection);
        then(
            {},
            GraphError::make(GraphError::Kind::Protocol, QStringLiteral("Internal error: a test is already running.")));
    }
}

void PolicyBackend::checkMailbox(const App& app,
                                 const QString& mailbox,
                                 std::function<void(const MailboxAccessCheck&, ExitCode)> done)
{
    testOnce(
        app.appId,
        {mailbox},
        [this, app, mailbox, done](const QList<MailboxAccessCheck>& checks, const GraphError& error) {
            if (error) {
                done({}, reportError(m_context, QStringLiteral("read the access policies"), error));
                return;
            }
            MailboxAccessCheck check = checks.isEmpty() ? MailboxAccessCheck() : checks.first();
            check.appDisplayName = app.displayName;
            if (!check.hasMailbox()) {
                m_context.printError(
                    QStringLiteral("No mailbox '%1' in this organization.").arg(mailbox.left(120)),
                    QStringLiteral("Name it by its UPN or primary SMTP address (Get-Mailbox in Exchange "
                                   "Online PowerShell lists them)."));
                done(check, ExitCode::NotFound);
                return;
            }
            if (check.exchangeError) {
                // The local answer is still worth showing; the command prints it and exits with this code.
                done(check,
                     reportError(m_context, QStringLiteral("run Test-ApplicationAccessPolicy"), check.exchangeError));
                return;
            }
            done(check, ExitCode::Ok);
        });
}

void PolicyBackend::appAndMailbox(const QCommandLineParser& parser,
                                  std::function<void(const App&, const MailboxAccessCheck&, ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        m_context.printError(QStringLiteral("Unexpected argument '%1': name the app with --app and the mailbox with "
                                            "--user.")
                                 .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done({}, {}, ExitCode::Usage);
        return;
    }
    QString appName;
    QString user;
    if (!requiredValue(m_context, parser.value(QStringLiteral("app")), QStringLiteral("app"), &appName)
        || !requiredValue(m_context, parser.value(QStringLiteral("user")), QStringLiteral("user"), &user)) {
        done({}, {}, ExitCode::Usage);
        return;
    }
    findApp(appName, [this, user, done](const App& app, ExitCode code) {
        if (code != ExitCode::Ok) {
            done(app, {}, code);
            return;
        }
        checkMailbox(
            app, user, [app, done](const MailboxAccessCheck& check, ExitCode code) { done(app, check, code); });
    });
}
