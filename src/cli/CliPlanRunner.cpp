#include "CliPlanRunner.h"

#include "AccessTokenScopes.h"
#include "CliContext.h"
#include "CliPlanText.h"

#include "auth/IdTokenClaims.h"
#include "auth/SignInManager.h"
#include "auth/WhoAmI.h"
#include "consent/GrantExecutor.h"
#include "consent/GrantPlanner.h"
#include "consent/GraphPowerShell.h"
#include "consent/Journal.h"

#include <QJsonArray>
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

QString mark(GrantExecution::Result::Status status)
{
    switch (status) {
    case GrantExecution::Result::Status::Succeeded:
        return QStringLiteral("✓");
    case GrantExecution::Result::Status::Failed:
        return QStringLiteral("✗");
    case GrantExecution::Result::Status::Skipped:
        return QStringLiteral("–");
    case GrantExecution::Result::Status::Pending:
        break;
    }
    return QStringLiteral("?");
}

QString changes(int n)
{
    return n == 1 ? QStringLiteral("1 change") : QStringLiteral("%1 changes").arg(n);
}

QString permissionList(const QList<Permission>& permissions)
{
    QStringList names;
    for (const Permission& p : permissions) {
        names.append(QStringLiteral("%1 (%2, %3)")
                         .arg(p.value,
                              p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName,
                              Permission::typeKey(p.type)));
    }
    return names.join(QStringLiteral(", "));
}

bool isForbidden(const GrantExecution::Result& r)
{
    return r.status == GrantExecution::Result::Status::Failed
           && (r.error.kind == GraphError::Kind::PermissionDenied || r.httpStatus == 403);
}

Table resultsTable(const GrantExecution& execution, const QString& phase, Table table = {})
{
    if (table.columns.isEmpty()) {
        table.addColumn(QStringLiteral("Phase"));
        table.addColumn(QStringLiteral("Index"));
        table.addColumn(QStringLiteral("Status"));
        table.addColumn(QStringLiteral("Operation"));
        table.addColumn(QStringLiteral("Method"));
        table.addColumn(QStringLiteral("Path"));
        table.addColumn(QStringLiteral("HttpStatus"));
        table.addColumn(QStringLiteral("ErrorCode"));
        table.addColumn(QStringLiteral("Message"));
        table.addColumn(QStringLiteral("JournalEntryId"));
    }
    for (const auto& r : execution.results) {
        table.addRow({phase,
                      r.index + 1,
                      GrantExecution::Result::statusName(r.status),
                      r.operation.summary,
                      QString::fromLatin1(r.operation.method),
                      r.operation.path,
                      r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(),
                      r.error.code,
                      r.message,
                      r.journalEntryId});
    }
    return table;
}

Table planTable(const GrantPlan& plan)
{
    Table table;
    table.addColumn(QStringLiteral("Index"));
    table.addColumn(QStringLiteral("Kind"));
    table.addColumn(QStringLiteral("Operation"));
    table.addColumn(QStringLiteral("Method"));
    table.addColumn(QStringLiteral("Path"));
    table.addColumn(QStringLiteral("Body"));
    for (int i = 0; i < plan.operations.size(); ++i) {
        const PlannedOperation& op = plan.operations.at(i);
        table.addRow(
            {i + 1,
             PlannedOperation::kindName(op.kind),
             op.summary,
             QString::fromLatin1(op.method),
             op.path,
             op.body.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(op.body).toJson(QJsonDocument::Compact))});
    }
    return table;
}

} // namespace

CliPlanRunner::CliPlanRunner(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
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

void CliPlanRunner::loadAccount(std::function<void()> then)
{
    if (const auto known = m_context.account()) {
        m_account = *known;
        m_capabilities = known->capabilities();
        then();
        return;
    }
    auto* who = new WhoAmI(m_context.graph());
    if (m_context.settings().environmentGraph) {
        // The tenant id for the journal when /organization is not readable. Decoded, never printed or logged.
        QByteArray token = qgetenv("CONSENTDESK_ACCESS_TOKEN").trimmed();
        who->setClaims(IdTokenClaims::decode(token));
        token.fill('\0');
    }
    connect(who, &WhoAmI::finished, this, [this, who, then](const AccountInfo& account) {
        who->deleteLater();
        m_account = account;
        m_capabilities = account.capabilities();
        then();
    });
    connect(who, &WhoAmI::failed, this, [this, who, then](const GraphError& error) {
        who->deleteLater();
        m_context.printNote(QStringLiteral("note: could not find out who is signed in (%1); the journal records the "
                                           "changes without your name.")
                                .arg(error.summary()));
        then();
    });
    who->start();
}

const CapabilityMap* CliPlanRunner::capabilities() const
{
    return m_account && m_account->rolesKnown ? &m_capabilities : nullptr;
}

void CliPlanRunner::finish(ExitCode code)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        m_context.out().flush();
        m_context.err().flush();
        done(code);
    }
}

void CliPlanRunner::printPlan(const GrantPlan& plan, bool toErr)
{
    QTextStream& s = toErr ? m_context.err() : m_context.out();
    const QString purpose = [&plan] {
        switch (plan.purpose) {
        case GrantPlan::Purpose::Grant:
            return QStringLiteral("Grant");
        case GrantPlan::Purpose::Block:
            return QStringLiteral("Block");
        case GrantPlan::Purpose::Revoke:
            return QStringLiteral("Revoke from");
        case GrantPlan::Purpose::Restore:
            return QStringLiteral("Restore for");
        case GrantPlan::Purpose::Rollback:
            break;
        }
        return QStringLiteral("Roll back");
    }();
    s << purpose << ' ' << plan.clientDisplayName;
    if (!plan.clientAppId.isEmpty()) {
        s << " (" << plan.clientAppId << ")";
    }
    s << ": ";
    if (plan.isEmpty()) {
        s << "nothing to change.\n";
    } else {
        s << changes(int(plan.operations.size())) << '\n';
        for (const QString& line : plan.describe()) {
            s << "  " << line << '\n';
        }
    }
    if (!plan.alreadyGranted.isEmpty()) {
        s << "Already granted, no change: " << permissionList(plan.alreadyGranted) << '\n';
    }
    if (!plan.notGrantable.isEmpty()) {
        s << "Skipped, cannot be granted: " << permissionList(plan.notGrantable) << '\n';
    }
    CliPlanText::writeTrailer(s, plan.warnings, {}, plan.refused, plan.note, !plan.isEmpty());
    s.flush();
}

void CliPlanRunner::run(const GrantPlan& plan, const Options& options, std::function<void(ExitCode)> done)
{
    m_options = options;
    m_done = std::move(done);
    const auto format = m_context.settings().format;
    const QString tenantId = m_account ? m_account->tenantId : QString();

    if (format == TableWriter::Format::Table) {
        printPlan(plan, false);
    }
    if (options.dryRun) {
        if (format == TableWriter::Format::Json) {
            m_context.out() << QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(planTable(plan));
        } else if (!plan.isEmpty()) {
            m_context.out() << "\nMicrosoft Graph PowerShell equivalent:\n"
                            << GraphPowerShell::forPlan(plan, tenantId) << '\n';
        }
        m_context.printNote(QStringLiteral("Dry run: nothing was changed."));
        finish(ExitCode::Ok);
        return;
    }
    if (plan.isEmpty()) {
        if (format == TableWriter::Format::Json) {
            GrantExecution nothing;
            nothing.plan = plan;
            m_context.out() << QString::fromUtf8(QJsonDocument(executionJson(nothing)).toJson(QJsonDocument::Indented));
        } else if (format == TableWriter::Format::Csv) {
            m_context.print(resultsTable(GrantExecution(), QString()));
        }
        finish(ExitCode::Ok);
        return;
    }
    if (!checkRoles(plan)) {
        finish(ExitCode::PermissionDenied);
        return;
    }
    checkWriteScopes([this, plan] {
        if (!confirm(plan)) {
            return;
        }
        m_journal = std::make_unique<Journal>(Journal::defaultPath());
        QString error;
        if (!m_journal->open(&error)) {
            m_context.printError(QStringLiteral("The activity journal could not be opened (%1), and ConsentDesk "
                                                "never changes a tenant without recording the change first. "
                                                "Nothing was changed.")
                                     .arg(error),
                                 QStringLiteral("Check that %1 can be written.").arg(m_journal->path()));
            finish(ExitCode::Failure);
            return;
        }
        execute(plan, [this](const GrantExecution& execution) {
            printResults(execution, QStringLiteral("apply"));
            const ExitCode code = exitCodeOf(execution);
            const int made = execution.count(GrantExecution::Result::Status::Succeeded);
            if (code == ExitCode::Ok || made == 0) {
                if (m_context.settings().format == TableWriter::Format::Json) {
                    m_context.out() << QString::fromUtf8(
                        QJsonDocument(executionJson(execution)).toJson(QJsonDocument::Indented));
                }
                finish(code);
                return;
            }
            const GrantPlan rollback = GrantPlanner::planRollback(execution);
            if (!m_options.rollbackOnFailure) {
                // Partial: say exactly how to undo what was done, in a form the admin can run anywhere.
                m_context.printNote(
                    QStringLiteral("\n%1 of %2 were made and the rest were not. To undo the ones that were made, run "
                                   "the command again with --rollback-on-failure next time, or now run these Microsoft "
                                   "Graph PowerShell commands (the journal %3 holds the prior state, operation %4):\n")
                        .arg(changes(made))
                        .arg(execution.results.size())
                        .arg(m_journal->path(), execution.operationId)
                    + GraphPowerShell::forPlan(rollback, m_account ? m_account->tenantId : QString()));
                if (m_context.settings().format == TableWriter::Format::Json) {
                    QJsonObject json = executionJson(execution);
                    json.insert(QStringLiteral("rollbackPlan"), rollback.toJson());
                    m_context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                }
                finish(code);
                return;
            }
            if (m_context.settings().format == TableWriter::Format::Table) {
                m_context.out() << "\nRolling back the " << changes(made) << " that were made:\n";
            }
            QTimer::singleShot(0, this, [this, rollback, execution, code] {
                execute(rollback, [this, execution, code](const GrantExecution& undone) {
                    printResults(undone, QStringLiteral("rollback"));
                    if (m_context.settings().format == TableWriter::Format::Json) {
                        QJsonObject json = executionJson(execution);
                        json.insert(QStringLiteral("rollback"), executionJson(undone));
                        m_context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                    }
                    if (!undone.allSucceeded()) {
                        m_context.printError(QStringLiteral("The rollback did not complete; the tenant is partly "
                                                            "changed. The journal %1 holds every prior state "
                                                            "(operation %2).")
                                                 .arg(m_journal->path(), undone.operationId));
                    }
                    finish(code);
                });
            });
        });
    });
}

bool CliPlanRunner::checkRoles(const GrantPlan& plan)
{
    Q_UNUSED(plan);
    const CapabilityMap* caps = capabilities();
    if (!caps) {
        return true; // roles unknown: Graph decides, and a 403 still ends in exit 4
    }
    const CapabilityMap::Capability capability = caps->capability(m_options.capability);
    if (capability.allowed) {
        return true;
    }
    m_context.printError(
        QStringLiteral("%1 may not %2: %3 Nothing was changed.")
            .arg(m_account->userPrincipalName, CapabilityMap::describe(m_options.capability), capability.reason),
        capability.sufficientRoles.isEmpty() ? QString()
                                             : QStringLiteral("Ask an administrator with one of these roles: %1.")
                                                   .arg(capability.sufficientRoles.join(QStringLiteral(", "))));
    return false;
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

bool CliPlanRunner::confirm(const GrantPlan& plan)
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
        printPlan(plan, true); // stdout is for the machine-readable result
    }
    const QString tenant = m_account && !m_account->tenantDefaultDomain.isEmpty() ? m_account->tenantDefaultDomain
                                                                                  : m_context.settings().tenant;
    m_context.err() << "Apply " << changes(int(plan.operations.size())) << " to " << tenant << "? [y/N] ";
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

void CliPlanRunner::execute(const GrantPlan& plan, std::function<void(const GrantExecution&)> then)
{
    if (!m_executor) {
        m_executor = new GrantExecutor(m_context.graph(), m_journal.get(), this);
        GrantExecutor::Actor actor;
        if (m_account) {
            actor.tenantId = m_account->tenantId;
            actor.upn = m_account->userPrincipalName;
            actor.userId = m_account->userObjectId;
        }
        m_executor->setActor(actor);
        if (m_context.settings().format == TableWriter::Format::Table) {
            // Live, one line per write: a slow tenant shows progress, and an interrupted run shows how far it got.
            connect(m_executor, &GrantExecutor::operationFinished, this, [this](int, const GrantExecution::Result& r) {
                m_context.out() << "  " << mark(r.status) << ' ' << (r.index + 1) << ". " << r.operation.summary;
                if (!r.message.isEmpty()) {
                    m_context.out() << " — " << r.message;
                }
                m_context.out() << '\n';
                m_context.out().flush();
            });
        }
    }
    auto* scope = new QObject(this);
    connect(m_executor, &GrantExecutor::finished, scope, [scope, then](const GrantExecution& execution) {
        scope->deleteLater();
        then(execution);
    });
    if (m_context.settings().format == TableWriter::Format::Table) {
        m_context.out() << (plan.purpose == GrantPlan::Purpose::Rollback ? "" : "\nApplying:\n");
        m_context.out().flush();
    }
    if (!m_executor->execute(plan)) {
        scope->deleteLater();
        m_context.printError(QStringLiteral("Internal error: a change is already running."));
        finish(ExitCode::Failure);
    }
}

void CliPlanRunner::printResults(const GrantExecution& execution, const QString& heading)
{
    const auto format = m_context.settings().format;
    if (format == TableWriter::Format::Csv) {
        m_context.print(resultsTable(execution, heading));
        return;
    }
    if (format != TableWriter::Format::Table) {
        return; // JSON: one object at the end
    }
    const int made = execution.count(GrantExecution::Result::Status::Succeeded);
    m_context.out() << (heading == QLatin1String("rollback") ? "Rolled back " : "Done: ") << made << " of "
                    << execution.results.size() << " made";
    const int failed = execution.count(GrantExecution::Result::Status::Failed);
    const int skipped = execution.count(GrantExecution::Result::Status::Skipped);
    if (failed > 0) {
        m_context.out() << ", " << failed << " failed";
    }
    if (skipped > 0) {
        m_context.out() << ", " << skipped << " skipped";
    }
    m_context.out() << ". Journal: " << (m_journal ? m_journal->path() : QString()) << " (operation "
                    << execution.operationId << ")\n";
    m_context.out().flush();
}

QJsonObject CliPlanRunner::executionJson(const GrantExecution& execution) const
{
    QJsonArray results;
    for (const auto& r : execution.results) {
        results.append(QJsonObject {
            {QStringLiteral("index"), r.index + 1},
            {QStringLiteral("status"), GrantExecution::Result::statusName(r.status)},
            {QStringLiteral("summary"), r.operation.summary},
            {QStringLiteral("method"), QString::fromLatin1(r.operation.method)},
            {QStringLiteral("path"), r.operation.path},
            {QStringLiteral("httpStatus"), r.httpStatus},
            {QStringLiteral("errorCode"), r.error.code},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("journalEntryId"), r.journalEntryId},
        });
    }
    return QJsonObject {
        {QStringLiteral("plan"), execution.plan.toJson()},
        {QStringLiteral("operationId"), execution.operationId},
        {QStringLiteral("journal"), m_journal ? m_journal->path() : QString()},
        {QStringLiteral("succeeded"), execution.count(GrantExecution::Result::Status::Succeeded)},
        {QStringLiteral("failed"), execution.count(GrantExecution::Result::Status::Failed)},
        {QStringLiteral("skipped"), execution.count(GrantExecution::Result::Status::Skipped)},
        {QStringLiteral("results"), results},
    };
}

ExitCode CliPlanRunner::exitCodeOf(const GrantExecution& execution) const
{
    if (execution.allSucceeded()) {
        return ExitCode::Ok;
    }
    for (const auto& r : execution.results) {
        if (isForbidden(r)) {
            return ExitCode::PermissionDenied;
        }
    }
    return ExitCode::Failure;
}
