#include "CliPlanRunner.h"

#include "AccessTokenScopes.h"
#include "CliContext.h"
#include "PolicyBackend.h"

#include "async/Async.h"
#include "auth/ConsentDeskScopes.h"
#include "auth/SignInManager.h"
#include "consent/Journal.h"
#include "exchange/ExchangeAdminClient.h"
#include "pipeline/WriteRunner.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

using Status = WriteRun::Result::Status;

QString toText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

bool isForbidden(const WriteRun::Result& r)
{
    return r.status == Status::Failed && (r.error.kind == GraphError::Kind::PermissionDenied || r.httpStatus == 403);
}

} // namespace

CliPlanRunner::CliPlanRunner(CliContext& context, CliAccount* account, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_account(account ? account : new CliAccount(context, this))
{
}

CliPlanRunner::~CliPlanRunner() = default;

bool CliPlanRunner::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

Journal* CliPlanRunner::journal() const
{
    return m_options.journal ? m_options.journal : m_ownJournal.get();
}

QString CliPlanRunner::journalPath() const
{
    return journal() ? journal()->path() : Journal::defaultPath();
}

void CliPlanRunner::finish(ExitCode code, const WriteRun& run)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        m_context.out().flush();
        m_context.err().flush();
        done(code, run);
    }
}

CliPlanRunner::Options CliPlanRunner::commandOptions(const QCommandLineParser& parser,
                                                     std::optional<CapabilityMap::Kind> capability)
{
    Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.onPartialFailure = parser.isSet(QStringLiteral("rollback-on-failure")) ? OnPartialFailure::RollBack
                                                                                   : OnPartialFailure::ShowRollback;
    if (capability) {
        options.capability = capability;
        options.writeScopes = ConsentDeskScopes::writeScopesFor(*capability);
    }
    return options;
}

void CliPlanRunner::runAsAccount(std::function<WritePlan()> plan,
                                 const Options& options,
                                 std::function<void(ExitCode)> done)
{
    m_account->load([this, plan = std::move(plan), options, done = std::move(done)] {
        run(plan(), options, [done](ExitCode code, const WriteRun&) { done(code); });
    });
}

void CliPlanRunner::run(const WritePlan& plan, const Options& options, Done done)
{
    m_plan = plan;
    m_options = options;
    m_style = CliWriteReport::styleOf(plan);
    m_done = std::move(done);
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Table) {
        CliWriteReport::writePlan(m_context.out(), plan, options.notes);
    }
    if (options.dryRun) {
        if (format == TableWriter::Format::Json) {
            m_context.out() << toText(CliWriteReport::planJson(plan, options.notes));
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(CliWriteReport::planTable(plan));
        } else if (!plan.isEmpty()) {
            const QString tenantId = m_account->account() ? m_account->account()->tenantId : QString();
            m_context.out() << '\n'
                            << CliWriteReport::powerShellHeading(plan) << '\n'
                            << plan.powerShellScript(tenantId) << '\n';
        }
        m_context.printNote(QStringLiteral("Dry run: nothing was changed."));
        finish(ExitCode::Ok);
        return;
    }
    if (plan.isEmpty()) {
        WriteRun nothing;
        nothing.plan = plan;
        if (format == TableWriter::Format::Csv) {
            m_context.print(CliWriteReport::resultsTable(nothing, m_style, QString()));
        } else {
            printJson(runJson(nothing));
        }
        finish(ExitCode::Ok, nothing);
        return;
    }
    auto go = [this] {
        checkWriteAccess([this] {
            if (!confirm() || !openJournal()) {
                return;
            }
            // Who acts is for the journal; not knowing is not fatal.
            m_account->load([this] { execute(m_plan, [this](const WriteRun& run) { finished(run); }); });
        });
    };
    if (!m_options.capability) {
        go();
        return;
    }
    m_account->load([this, go] {
        if (!checkRoles()) {
            finish(ExitCode::PermissionDenied);
            return;
        }
        go();
    });
}

bool CliPlanRunner::checkRoles()
{
    const CapabilityMap* caps = m_account->capabilities();
    if (!caps) {
        return true; // roles unknown: the service decides, and its 403 still ends in exit 4
    }
    const CapabilityMap::Kind kind = *m_options.capability;
    const CapabilityMap::Capability capability = caps->capability(kind);
    if (capability.allowed) {
        return true;
    }
    m_context.printError(
        QStringLiteral("%1 may not %2: %3 Nothing was changed.")
            .arg(m_account->account()->userPrincipalName, CapabilityMap::describe(kind), capability.reason),
        capability.sufficientRoles.isEmpty() ? QString()
                                             : QStringLiteral("Ask an administrator with one of these roles: %1.")
                                                   .arg(capability.sufficientRoles.join(QStringLiteral(", "))));
    return false;
}

void CliPlanRunner::checkWriteAccess(std::function<void()> then)
{
    if (m_plan.service == WritePlan::Service::Graph) {
        checkWriteScopes(std::move(then));
        return;
    }
    // A stored sign-in gets its Exchange token on demand; with environment tokens alone, it must be one of them.
    if (m_context.settings().environmentTokens && !m_context.settings().environmentExchange
        && !m_context.hasSignInManager()) {
        m_context.printError(
            QStringLiteral("%1 needs an Exchange Online token, and CONSENTDESK_EXCHANGE_TOKEN is not set. Nothing was "
                           "changed.")
                .arg(m_style == CliWriteReport::Style::ExchangeRestore ? QStringLiteral("Undoing Exchange changes")
                                                                       : QStringLiteral("Changing Exchange Online")),
            QStringLiteral("Set CONSENTDESK_EXCHANGE_TOKEN to a token for https://outlook.office365.com, or use a "
                           "stored sign-in."));
        finish(ExitCode::SignInNeeded);
        return;
    }
    then();
}

void CliPlanRunner::checkWriteScopes(std::function<void()> then)
{
    const QStringList wanted = m_options.writeScopes;
    if (wanted.isEmpty()) {
        then();
        return;
    }
    if (m_context.settings().environmentGraph) {
        QByteArray token = qgetenv("CONSENTDESK_ACCESS_TOKEN");
        const std::optional<QStringList> scopes = AccessTokenScopes::decode(token);
        token.fill('\0');
        const QStringList missing = scopes ? AccessTokenScopes::missing(*scopes, wanted) : QStringList();
        if (!missing.isEmpty()) {
            m_context.printError(
                QStringLiteral("The token in CONSENTDESK_ACCESS_TOKEN cannot make this change: it does not carry %1. "
                               "Nothing was changed.")
                    .arg(missing.join(QStringLiteral(", "))),
                QStringLiteral("Use a token issued to ConsentDesk with these delegated permissions, or unset "
                               "CONSENTDESK_ACCESS_TOKEN and use a sign-in allowed to make changes "
                               "(`consentdesk-cli signin --allow-changes`)."));
            finish(ExitCode::PermissionDenied);
            return;
        }
        then(); // an opaque token: Graph will say
        return;
    }
    if (!m_context.hasSignInManager()) {
        then();
        return;
    }
    SignInManager* manager = m_context.signInManager();
    auto* scope = new QObject(this); // the connections live as long as this one answer
    auto settled = std::make_shared<bool>(false);
    auto settle = [scope, settled] {
        if (*settled) {
            return false;
        }
        *settled = true;
        scope->deleteLater();
        return true;
    };
    connect(manager, &SignInManager::writeConsentGranted, scope, [settle, then](const QStringList&) {
        if (settle()) {
            then();
        }
    });
    connect(manager,
            &SignInManager::writeConsentNeeded,
            scope,
            [this, manager, settle](const QList<ConsentDeskScopes::Permission>& permissions) {
                if (!settle()) {
                    return;
                }
                manager->declineWriteConsent(); // a command never opens the browser by itself
                const AuthProfile& profile = m_context.settings().authProfile;
                m_context.printError(
                    QStringLiteral("This sign-in (%1, profile \"%2\") has not been allowed to make changes: it does "
                                   "not have %3. Nothing was changed.")
                        .arg(manager->account().userPrincipalName,
                             profile.name,
                             ConsentDeskScopes::names(permissions).join(QStringLiteral(", "))),
                    QStringLiteral("Run `consentdesk-cli --profile \"%1\" signin --allow-changes` once (the browser "
                                   "asks you to allow ConsentDesk to make changes), then run this command again.")
                        .arg(profile.name));
                finish(ExitCode::PermissionDenied);
            });
    connect(manager, &SignInManager::writeConsentFailed, scope, [this, settle](const AuthError& error) {
        if (settle()) {
            m_context.printAuthError(error);
            finish(exitCodeFor(error, false));
        }
    });
    manager->requestWriteConsent(wanted);
}

bool CliPlanRunner::confirm()
{
    if (m_context.settings().assumeYes) {
        return true;
    }
    if (!stdinIsTerminal()) {
        m_context.printError(QStringLiteral("Not changing the tenant without confirmation: standard input is not a "
                                            "terminal, so there is no one to ask. Nothing was changed."),
                             QStringLiteral("Review the plan with --dry-run, then run the command again with --yes."));
        finish(ExitCode::Usage);
        return false;
    }
    if (m_context.settings().format != TableWriter::Format::Table) {
        CliWriteReport::writePlan(m_context.err(), m_plan, m_options.notes); // stdout is for the machine's result
    }
    m_context.err() << "Apply " << CliWriteReport::changes(m_plan.operations.size()) << " to "
                    << (m_plan.service == WritePlan::Service::Exchange ? "Exchange Online of " : "")
                    << m_account->tenantLabel() << "? [y/N] ";
    m_context.err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes")) {
        return true;
    }
    m_context.printNote(QStringLiteral("Nothing was changed."));
    finish(ExitCode::Failure);
    return false;
}

bool CliPlanRunner::openJournal()
{
    if (journal()) {
        return true;
    }
    m_ownJournal = std::make_unique<Journal>(Journal::defaultPath());
    QString error;
    if (m_ownJournal->open(&error)) {
        return true;
    }
    m_context.printError(QStringLiteral("The activity journal could not be opened (%1), and ConsentDesk never changes "
                                        "a tenant without recording the change first. Nothing was changed.")
                             .arg(error),
                         QStringLiteral("Check that %1 can be written.").arg(m_ownJournal->path()));
    finish(ExitCode::Failure);
    return false;
}

void CliPlanRunner::execute(const WritePlan& plan, std::function<void(const WriteRun&)> then)
{
    if (!m_writes) {
        m_exchange = new ExchangeAdminClient(m_context.graph(), this);
        m_writes = std::make_unique<WriteRunner>(TenantWrite::Channel {m_context.graph(), m_exchange}, journal());
        if (m_context.settings().format == TableWriter::Format::Table) {
            // Live, one line per write: a slow tenant shows progress, and an interrupted run shows how far it got.
            connect(m_writes.get(), &WriteRunner::operationFinished, this, [this](const WriteRun::Result& r) {
                CliWriteReport::writeResultLine(m_context.out(), r);
            });
        }
    }
    if (m_context.settings().format == TableWriter::Format::Table) {
        m_context.out() << (plan.purpose == PlanHeader::Purpose::Rollback ? "" : "\nApplying:\n");
        m_context.out().flush();
    }
    Async::then(m_writes->run(plan, m_account->actor()), this, [then](const WriteRun& run) { then(run); });
}

void CliPlanRunner::finished(const WriteRun& run)
{
    printResults(run, QStringLiteral("apply"));
    const ExitCode code = exitCodeOf(run);
    if (code == ExitCode::PermissionDenied && m_plan.service == WritePlan::Service::Exchange) {
        m_context.printError(QStringLiteral("Exchange Online refused the change (HTTP 403)."),
                             PolicyBackend::exchangeRoleHint());
    }
    const int made = run.count(Status::Succeeded);
    if (code == ExitCode::Ok || made == 0 || m_options.onPartialFailure == OnPartialFailure::KeepMade) {
        if (code != ExitCode::Ok && made > 0) {
            m_context.printNote(
                QStringLiteral("%1 of %2 were made and the rest were not. The journal %3 (operation %4) "
                               "holds what was done: consentdesk-cli journal list --operation %4")
                    .arg(CliWriteReport::changes(made))
                    .arg(run.results.size())
                    .arg(journalPath(), run.operationId));
        }
        printJson(runJson(run));
        finish(code, run);
        return;
    }
    const WritePlan rollback = run.rollbackPlan();
    if (m_options.onPartialFailure == OnPartialFailure::ShowRollback) {
        // Partial: say exactly how to undo what was done, in a form the admin can run anywhere.
        m_context.printNote(
            QStringLiteral("\n%1 of %2 were made and the rest were not. To undo the ones that were made, run the "
                           "command again with --rollback-on-failure next time, or now run these %3 commands (the "
                           "journal %4 holds the prior state, operation %5):\n")
                .arg(CliWriteReport::changes(made))
                .arg(run.results.size())
                .arg(m_plan.service == WritePlan::Service::Exchange ? QStringLiteral("Exchange Online PowerShell")
                                                                    : QStringLiteral("Microsoft Graph PowerShell"),
                     journalPath(),
                     run.operationId)
            + rollback.powerShellScript(m_account->actor().tenantId));
        QJsonObject json = runJson(run);
        json.insert(QStringLiteral("rollbackPlan"), rollback.toJson());
        printJson(json);
        finish(code, run);
        return;
    }
    if (m_context.settings().format == TableWriter::Format::Table) {
        m_context.out() << "\nRolling back the " << CliWriteReport::changes(made) << " that were made:\n";
    }
    QTimer::singleShot(0, this, [this, rollback, run, code] {
        execute(rollback, [this, run, code](const WriteRun& undone) {
            printResults(undone, QStringLiteral("rollback"));
            QJsonObject json = runJson(run);
            json.insert(QStringLiteral("rollback"), runJson(undone));
            printJson(json);
            if (!undone.allSucceeded()) {
                m_context.printError(QStringLiteral("The rollback did not complete; the tenant is partly changed. "
                                                    "The journal %1 holds every prior state (operation %2).")
                                         .arg(journalPath(), undone.operationId));
            }
            finish(code, run);
        });
    });
}

void CliPlanRunner::printJson(const QJsonObject& json)
{
    if (m_options.printJson && m_context.settings().format == TableWriter::Format::Json) {
        m_context.out() << toText(json);
    }
}

void CliPlanRunner::printResults(const WriteRun& run, const QString& phase)
{
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Csv) {
        m_context.print(CliWriteReport::resultsTable(run, m_style, phase));
    } else if (format == TableWriter::Format::Table) {
        CliWriteReport::writeSummary(m_context.out(), run, phase, journalPath());
    } // JSON: one object at the end
}

QJsonObject CliPlanRunner::runJson(const WriteRun& run) const
{
    return CliWriteReport::runJson(run, m_style, journalPath());
}

ExitCode CliPlanRunner::exitCodeOf(const WriteRun& run) const
{
    if (run.allSucceeded()) {
        return ExitCode::Ok;
    }
    const WriteRun::Result* firstFailure = nullptr;
    for (const auto& r : run.results) {
        if (isForbidden(r)) {
            return ExitCode::PermissionDenied;
        }
        if (!firstFailure && r.status == Status::Failed) {
            firstFailure = &r;
        }
    }
    // Exchange's first failure stops the rest, so its error is the run's: 401 -> 3, 404 -> 5.
    if (m_plan.service == WritePlan::Service::Exchange && firstFailure && firstFailure->error) {
        return exitCodeFor(firstFailure->error);
    }
    return ExitCode::Failure;
}
