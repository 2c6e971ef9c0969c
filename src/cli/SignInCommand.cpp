#include "SignInCommand.h"

#include "AccountTable.h"
#include "CliContext.h"
#include "SystemBrowser.h"

#include "auth/ProfileStore.h"
#include "auth/SandboxBrowserDriver.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// "contoso.onmicrosoft.com", "contoso.onmicrosoft.com (usgov)", "contoso.onmicrosoft.com (127.0.0.1:40123)"; made
// unique with " 2", " 3"… so a second tenant never overwrites the first one's profile.
QString defaultName(const AuthProfile& profile, const ProfileStore* store)
{
    QString base = profile.tenant;
    if (profile.cloud == QLatin1String("custom")) {
        const QUrl authority = profile.environment().authority();
        base += QStringLiteral(" (") + authority.host() + QLatin1Char(':')
                + QString::number(authority.port(authority.scheme() == QLatin1String("https") ? 443 : 80))
                + QLatin1Char(')');
    } else if (profile.cloud != QLatin1String("global")) {
        base += QStringLiteral(" (") + profile.cloud + QLatin1Char(')');
    }
    QString name = base;
    for (int i = 2; store && store->findByName(name); ++i) {
        name = base + QLatin1Char(' ') + QString::number(i);
    }
    return name;
}

// Everything one sign-in needs to keep between callbacks.
struct SignInRun
{
    std::function<void(ExitCode)> done;
    bool finished = false;
    QString keychainProblem;
    QString driverProblem;
    QString upn; // --user, for the sandbox page
    QString sandbox; // the sandbox's root, for the hint
    bool allowChanges = false; // --allow-changes: the write permissions after the sign-in
    bool changesAllowed = false;
    std::optional<AuthError> changesError; // the write consent failed (the sign-in itself is good)

    void finish(ExitCode code)
    {
        if (!finished) {
            finished = true;
            done(code);
        }
    }
};

} // namespace

QString SignInCommand::details() const
{
    return QStringLiteral(
        "Opens the Microsoft sign-in page in your browser (the address is also printed to standard error, for when\n"
        "no browser opens; open it on this computer, since the answer comes back to a listener on 127.0.0.1).\n"
        "ConsentDesk asks for read permissions only. --allow-changes then asks, in the same browser, for the\n"
        "permissions to make changes (DelegatedPermissionGrant.ReadWrite.All, AppRoleAssignment.ReadWrite.All,\n"
        "Application.ReadWrite.All): `requests grant` and `requests block` need them and never open a browser\n"
        "themselves, so a script can run them unattended. Your directory role still limits what you may change.\n"
        "\n"
        "The profile: --profile NAME is created or updated from --tenant, --client-id, --cloud / --sandbox; without\n"
        "--profile, the stored profile matching those options is used (or a new one named after the tenant); with no\n"
        "options at all, the current profile. After a successful sign-in it becomes the current profile, for\n"
        "consentdesk-cli and the ConsentDesk app alike.\n"
        "\n"
        "Where the sign-in is kept: the refresh token goes to the system keychain (Windows Credential Manager, macOS\n"
        "Keychain, GNOME Keyring / KWallet / KeePassXC through the Secret Service), never to a file. If the keychain\n"
        "is missing or locked, the sign-in still completes and shows who signed in, but it cannot be kept, so later\n"
        "commands could not use it: signin then exits with code 1 and says why. There is no session-only mode in the\n"
        "CLI; for machines without a keychain use CONSENTDESK_ACCESS_TOKEN / CONSENTDESK_EXCHANGE_TOKEN.\n"
        "\n"
        "With a sandbox (--sandbox URL) and --user UPN, the sandbox's sign-in page is completed as that user without\n"
        "a browser (demos, tests, headless machines). Against Microsoft's cloud, --user is only a hint for the page.\n"
        "\n"
        "Output: the account (UserPrincipalName, DisplayName, Id, Roles, TenantId, Tenant, Profile, KeptIn,\n"
        "ChangesAllowed: whether this sign-in may make changes) in --format. Exit codes: 0 signed in and kept;\n"
        "1 signed in but not kept, or the sign-in failed (network, app registration, canceled, timed out); 2 usage;\n"
        "4 the tenant refused (admin approval needed, Conditional Access, user not assigned; or, with\n"
        "--allow-changes, the permissions to make changes) — the message says what to ask the administrator for.");
}

QList<QCommandLineOption> SignInCommand::options() const
{
    return {
        {QStringLiteral("user"),
         QStringLiteral("The account to sign in as (a hint on Microsoft's page; with --sandbox, no browser at all)."),
         QStringLiteral("upn")},
        {QStringLiteral("no-browser"), QStringLiteral("Do not start a browser; only print the sign-in address.")},
        {QStringLiteral("allow-changes"),
         QStringLiteral("Also allow ConsentDesk to make changes (grant, block) with this sign-in.")},
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds to wait for the browser to come back (default 300)."),
         QStringLiteral("seconds")},
    };
}

void SignInCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    const CliContext::Settings& s = context.settings();
    ProfileStore* store = context.profiles();

    if (!s.profileStored && !s.connectionGiven) {
        context.printError(
            s.profile.isEmpty() ? QStringLiteral("There is no profile to sign in to yet.")
                                : QStringLiteral("There is no profile named %1 yet.").arg(quoted(s.profile)),
            QStringLiteral("Give the tenant and your ConsentDesk app registration the first time: consentdesk-cli "
                           "signin [--profile NAME] --tenant TENANT --client-id ID [--cloud CLOUD | --sandbox URL]"));
        done(ExitCode::Usage);
        return;
    }
    AuthProfile profile = s.authProfile;
    QString problem;
    if (!profile.isValid(&problem)) {
        context.printError(problem, QStringLiteral("Check --tenant, --client-id and --cloud (or --sandbox)."));
        done(ExitCode::Usage);
        return;
    }
    if (!s.profileStored) {
        profile.id.clear();
        profile.name = s.profile.isEmpty() ? defaultName(profile, store) : s.profile;
        profile.lastUser = {};
    } else if (s.connectionChanged) {
        profile.lastUser = {}; // another tenant or app: the old account says nothing about this one
    }

    bool timeoutOk = true;
    const int timeoutSecs
        = parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toInt(&timeoutOk) : 300;
    if (!timeoutOk || timeoutSecs < 1) {
        context.printError(QStringLiteral("--timeout must be a number of seconds."));
        done(ExitCode::Usage);
        return;
    }

    auto state = std::make_shared<SignInRun>();
    state->done = std::move(done);
    SignInManager* manager = context.signInManager();
    manager->setCallbackTimeout(timeoutSecs * 1000);

    const QString upn = parser.value(QStringLiteral("user")).trimmed();
    const bool sandboxPage = !upn.isEmpty() && GraphClient::isLoopbackHost(profile.environment().authority().host());
    if (sandboxPage) {
        state->upn = upn;
        state->sandbox = profile.environment().authority().toString();
        auto* driver = new SandboxBrowserDriver(upn, manager);
        manager->setInteractiveDriver(driver->interactiveDriver());
        QObject::connect(driver, &SandboxBrowserDriver::finished, manager, [manager, state](bool ok, QString error) {
            if (ok) {
                return;
            }
            // The flow may still be digesting an error the sandbox sent back (that error is the better message);
            // only when nothing arrives is the sign-in stopped with the driver's reason.
            // The manager is the timer's context: gone, the check is dropped.
            QTimer::singleShot(500, manager, [manager, state, error] {
                if (!state->finished && manager->state() == SignInManager::State::SigningIn) {
                    state->driverProblem = error;
                    manager->cancel();
                }
            });
        });
    } else {
        const bool openBrowser = !parser.isSet(QStringLiteral("no-browser"));
        QObject::connect(manager, &SignInManager::openBrowserRequested, manager, [&context, openBrowser](QUrl url) {
            // Printed for the admin, never logged: it holds the state and PKCE challenge of this sign-in.
            context.printNote(QStringLiteral("Sign in in your browser. If no browser opens, open this address on "
                                             "this computer:\n\n  ")
                              + url.toString(QUrl::FullyEncoded) + QLatin1Char('\n'));
            QString error;
            if (openBrowser && !SystemBrowser::open(url, &error)) {
                context.printNote(QStringLiteral("note: %1; open the address yourself.").arg(error));
            }
            context.printNote(QStringLiteral("Waiting for the sign-in to finish in the browser…"));
        });
    }
    QObject::connect(manager, &SignInManager::keychainUnavailable, manager, [state](const QString& reason) {
        state->keychainProblem = reason;
    });
    QObject::connect(manager, &SignInManager::signInFailed, manager, [&context, state](const AuthError& error) {
        if (!state->driverProblem.isEmpty()) {
            context.printError(
                QStringLiteral("The sandbox sign-in as %1 did not complete: %2").arg(state->upn, state->driverProblem),
                QStringLiteral("Check the account: the sandbox lists its users at %1/_sandbox/info.")
                    .arg(state->sandbox));
            state->finish(ExitCode::Failure);
            return;
        }
        context.printAuthError(error);
        state->finish(exitCodeFor(error, true));
    });
    // After the sign-in (and, with --allow-changes, the write consent): keep it, save the profile, say so.
    auto report = [&context, manager, store, state](AccountInfo account) {
        // Out of the signal first: waiting for the keychain runs an event loop.
        QTimer::singleShot(0, manager, [&context, manager, store, state, account] {
            const bool settled = context.waitForSecretStore();
            const bool kept = settled && !manager->isSessionOnly();
            // The profile is saved even when the token could not be kept: its connection is verified now, and the
            // next command then says precisely that the keychain is the problem.
            AuthProfile signedIn = manager->profile();
            if (store) {
                signedIn.id = store->save(signedIn);
                store->setCurrentId(signedIn.id);
                store->sync();
            }
            Table table = AccountTable::account(account, context.settings().format, false);
            table.addColumn(QStringLiteral("Profile"), QStringLiteral("Profile"));
            table.addColumn(QStringLiteral("KeptIn"), QStringLiteral("Kept in"));
            table.addColumn(QStringLiteral("ChangesAllowed"), QStringLiteral("May make changes"));
            table.rows.first() << signedIn.name
                               << (kept ? QStringLiteral("system keychain") : QStringLiteral("not kept"))
                               << manager->hasWriteConsent();
            context.print(table);
            if (state->changesError) {
                AuthError e = *state->changesError;
                e.title = QStringLiteral("Signed in as %1, but ConsentDesk was not allowed to make changes: %2")
                              .arg(account.userPrincipalName, e.title);
                context.printAuthError(e);
                state->finish(exitCodeFor(e, true));
                return;
            }
            if (kept) {
                context.printNote(QStringLiteral("Signed in as %1. The sign-in is kept in the system keychain for "
                                                 "profile %2 (now the current profile); consentdesk-cli and the "
                                                 "ConsentDesk app use it until `consentdesk-cli signout`.")
                                      .arg(account.userPrincipalName, quoted(signedIn.name)));
                state->finish(ExitCode::Ok);
                return;
            }
            const QString reason = !state->keychainProblem.isEmpty()
                                       ? state->keychainProblem
                                       : QStringLiteral("the system keychain did not answer in time.");
            context.printError(
                QStringLiteral("Signed in as %1, but the sign-in is NOT kept: the system keychain is not available. %2")
                    .arg(account.userPrincipalName, reason),
                QStringLiteral("A consentdesk-cli sign-in is only useful when it is stored, so later commands will "
                               "still say you are not signed in (exit code 3). Unlock or set up the keychain (GNOME "
                               "Keyring, KWallet, KeePassXC, macOS Keychain, Windows Credential Manager) and run "
                               "signin again, or use CONSENTDESK_ACCESS_TOKEN for automation."));
            state->finish(ExitCode::Failure);
        });
    };
    QObject::connect(manager, &SignInManager::signedIn, manager, [manager, state, report](AccountInfo account) {
        if (!state->allowChanges) {
            report(account);
            return;
        }
        // The write permissions, in the browser session the sign-in just used (the identity platform asks only for
        // consent there); the sandbox driver, if any, completes that page too.
        auto* scope = new QObject(manager);
        QObject::connect(
            manager, &SignInManager::writeConsentNeeded, scope, [manager] { manager->proceedWithWriteConsent(); });
        QObject::connect(manager, &SignInManager::writeConsentGranted, scope, [scope, state, report, account] {
            scope->deleteLater();
            state->changesAllowed = true;
            report(account);
        });
        QObject::connect(manager,
                         &SignInManager::writeConsentFailed,
                         scope,
                         [scope, state, report, account](const AuthError& error) {
                             scope->deleteLater();
                             state->changesError = error;
                             report(account);
                         });
        manager->requestWriteConsent(ConsentDeskScopes::names(ConsentDeskScopes::graphWriteDefault()));
    });

    if (s.environmentTokens) {
        context.printNote(QStringLiteral("note: CONSENTDESK_ACCESS_TOKEN or CONSENTDESK_EXCHANGE_TOKEN is set; other "
                                         "commands use it instead of this sign-in while it is."));
    }
    state->allowChanges = parser.isSet(QStringLiteral("allow-changes"));
    manager->signIn(profile, upn);
}
