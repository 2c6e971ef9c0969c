#include "PolicyNewCommand.h"

#include "CliContext.h"
#include "CliPlanRunner.h"
#include "GrantsBackend.h"
#include "GrantsRevokeCommand.h"
#include "PolicyBackend.h"

#include "consent/GrantInventory.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/ExchangeAdminClient.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "exchange/MailboxAccessTester.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

// One `policy new` as it goes: what was asked, what was found, what was done.
struct Run
{
    CliContext* context = nullptr;
    PolicyBackend* backend = nullptr;
    std::function<void(ExitCode)> done;
    QString appName;
    PolicyBackend::App app;
    ExchangePlanner::ScopeAppRequest request;
    QStringList members; // --add-member as given, not yet checked
    QStringList notes;
    bool dryRun = false;
    int nextMember = 0;
};
using RunPtr = std::shared_ptr<Run>;

void finish(const RunPtr& run, ExitCode code)
{
    run->backend->deleteLater();
    if (auto done = std::exchange(run->done, nullptr)) {
        done(code);
    }
}

void checkMembers(const RunPtr& run);
void execute(const RunPtr& run);
void testAfterwards(const RunPtr& run, CliPlanRunner* runner, const WriteRun& execution);
QString emptyRestrictMessage(const QString& group);

void loadPermissions(const RunPtr& run)
{
    // What the app holds decides what the policy can limit: the notes come from its application permissions.
    run->backend->grants()->inventory()->loadApp(
        ServicePrincipalCache::Key::byId(run->app.objectId), run->backend, [run](const AppInventory& inventory) {
            if (inventory.error) {
                run->context->printNote(QStringLiteral("warning: could not read the application permissions of %1 "
                                                       "(%2); the notes on what the policy limits may be incomplete.")
                                            .arg(run->app.label(), inventory.error.message));
            }
            run->notes = MailPermissionAudit::accessPolicyNotes(run->app.displayName, inventory.permissions);
            checkMembers(run);
        });
}

void checkGroup(const RunPtr& run)
{
    const QString group = run->request.group;
    run->backend->exchange()->getDistributionGroups(
        run->backend,
        [run, group](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            CliContext& context = *run->context;
            const bool exists = !error && !rows.isEmpty();
            if (error && error.kind != GraphError::Kind::NotFound) {
                finish(run,
                       PolicyBackend::reportError(context, QStringLiteral("look up the group '%1'").arg(group), error));
                return;
            }
            const bool restrict = run->request.accessRight == ApplicationAccessPolicy::AccessRight::RestrictAccess;
            if (run->request.createGroup) {
                if (restrict && run->members.isEmpty()) {
                    context.printError(emptyRestrictMessage(group),
                                       QStringLiteral("Add --add-member UPN for each mailbox the app may reach."));
                    finish(run, ExitCode::Usage);
                    return;
                }
                if (exists) {
                    context.printError(QStringLiteral("A group '%1' exists already. Nothing was changed.").arg(group),
                                       QStringLiteral("Leave out --create-group to scope the app to it."));
                    finish(run, ExitCode::Usage);
                    return;
                }
                loadPermissions(run);
                return;
            }
            if (!exists) {
                context.printError(
                    QStringLiteral("No mail-enabled security group '%1' in Exchange Online. Nothing was changed.")
                        .arg(group),
                    QStringLiteral("Name an existing one (name, alias or address), or add --create-group (and "
                                   "--add-member UPN for each mailbox) to create it."));
                finish(run, ExitCode::NotFound);
                return;
            }
            const ExchangeRecipient found = rows.first();
            if (!found.isMailEnabledSecurityGroup()) {
                // Exchange accepts only security principals as a scope; a distribution group would be refused.
                context.printError(QStringLiteral("'%1' is a %2, not a mail-enabled security group: Exchange only "
                                                  "accepts a mail-enabled security group (or a single mailbox) as a "
                                                  "policy's scope. Nothing was changed.")
                                       .arg(found.displayName, found.recipientTypeDetails),
                                   QStringLiteral("Use --create-group NAME to create a mail-enabled security group."));
                finish(run, ExitCode::Usage);
                return;
            }
            // Adding a member twice fails in Exchange and would stop the recipe half-way: drop those already in. The
            // current members also tell whether a RestrictAccess policy would be left with nobody.
            run->backend->exchange()->getDistributionGroupMembers(
                group,
                run->backend,
                [run, restrict, group](const QList<ExchangeRecipient>& current, const GraphError& error) {
                    if (error) {
                        finish(run,
                               PolicyBackend::reportError(
                                   *run->context, QStringLiteral("read the members of the group"), error));
                        return;
                    }
                    QStringList keep;
                    for (const QString& m : std::as_const(run->members)) {
                        const bool member
                            = std::any_of(current.begin(), current.end(), [&m](const ExchangeRecipient& r) {
                                  return r.primarySmtpAddress.compare(m, Qt::CaseInsensitive) == 0
                                         || r.alias.compare(m, Qt::CaseInsensitive) == 0
                                         || r.externalDirectoryObjectId.compare(m, Qt::CaseInsensitive) == 0;
                              });
                        if (member) {
                            run->context->printNote(
                                QStringLiteral("note: %1 is a member of %2 already.").arg(m, run->request.group));
                        } else {
                            keep.append(m);
                        }
                    }
                    run->members = keep;
                    if (restrict && current.isEmpty() && keep.isEmpty()) {
                        run->context->printError(emptyRestrictMessage(group),
                                                 QStringLiteral("Add --add-member UPN for each mailbox the app may "
                                                                "reach."));
                        finish(run, ExitCode::Usage);
                        return;
                    }
                    loadPermissions(run);
                });
        },
        group);
}

QString emptyRestrictMessage(const QString& group)
{
    return QStringLiteral("'%1' would have no member: a RestrictAccess policy on an empty group denies the app every "
                          "mailbox. Nothing was changed.")
        .arg(group);
}

// Every --add-member must be a recipient: a typo found after the group was created would leave half a recipe.
void checkMembers(const RunPtr& run)
{
    if (run->nextMember >= run->members.size()) {
        run->request.addMembers = run->members;
        execute(run);
        return;
    }
    const QString member = run->members.at(run->nextMember++);
    auto notFound = [run, member] {
        run->context->printError(
            QStringLiteral("No mailbox or group '%1' in Exchange Online. Nothing was changed.").arg(member.left(120)));
        finish(run, ExitCode::NotFound);
    };
    run->backend->exchange()->getMailboxes(
        run->backend,
        [run, member, notFound](const QList<ExchangeRecipient>& rows, const GraphError& error) {
            if (!error && !rows.isEmpty()) {
                checkMembers(run);
                return;
            }
            if (error && error.kind != GraphError::Kind::NotFound) {
                finish(run, PolicyBackend::reportError(*run->context, QStringLiteral("look up %1").arg(member), error));
                return;
            }
            run->backend->exchange()->getDistributionGroups(
                run->backend,
                [run, member, notFound](const QList<ExchangeRecipient>& groups, const GraphError& error) {
                    if (!error && !groups.isEmpty()) {
                        checkMembers(run);
                    } else if (error && error.kind != GraphError::Kind::NotFound) {
                        finish(
                            run,
                            PolicyBackend::reportError(*run->context, QStringLiteral("look up %1").arg(member), error));
                    } else {
                        notFound();
                    }
                },
                member);
        },
        member);
}

void execute(const RunPtr& run)
{
    run->request.appId = run->app.appId;
    run->request.appDisplayName = run->app.displayName;
    ExchangePlan plan = ExchangePlanner::scopeApp(run->request);
    CliPlanRunner::Options options;
    options.dryRun = run->dryRun;
    options.notes = run->notes;
    options.printJson = false; // the result gets the tests made afterwards
    options.onPartialFailure = CliPlanRunner::OnPartialFailure::KeepMade;
    auto* runner = new CliPlanRunner(*run->context, nullptr, run->backend);
    runner->run(WritePlan::from(plan), options, [run, runner](ExitCode code, const WriteRun& execution) {
        if (code != ExitCode::Ok || execution.operationId.isEmpty()) {
            if (run->context->settings().format == TableWriter::Format::Json && !execution.operationId.isEmpty()) {
                run->context->out() << QString::fromUtf8(
                    QJsonDocument(runner->runJson(execution)).toJson(QJsonDocument::Indented));
            }
            finish(run, code); // a dry run, a refusal or a failure: nothing to test
            return;
        }
        testAfterwards(run, runner, execution);
    });
}

QString testLine(const QString& who, const MailboxAccessCheck& c)
{
    QString line = QStringLiteral("  %1 %2: Exchange %3, directory %4 — %5")
                       .arg(who.leftJustified(10), c.mailboxLabel(), c.exchangeResultText(), c.local.resultName())
                       .arg(MailboxAccessCheck::agreementName(c.agreement()));
    if (const QString why = c.disagreementReason(); !why.isEmpty()) {
        line += QStringLiteral("\n      ") + why;
    }
    return line;
}

void printTests(const RunPtr& run,
                CliPlanRunner* runner,
                const WriteRun& execution,
                const QList<MailboxAccessCheck>& checks,
                const QStringList& roles,
                const QString& problem)
{
    CliContext& context = *run->context;
    const auto format = context.settings().format;
    if (format == TableWriter::Format::Json) {
        QJsonObject json = runner->runJson(execution);
        QJsonArray tests;
        for (int i = 0; i < checks.size(); ++i) {
            QJsonObject t = checks.at(i).toJson();
            t.insert(QStringLiteral("role"), roles.value(i));
            tests.append(t);
        }
        json.insert(QStringLiteral("tests"), tests);
        if (!problem.isEmpty()) {
            json.insert(QStringLiteral("testProblem"), problem);
        }
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out().flush();
        finish(run, ExitCode::Ok);
        return;
    }
    // CSV: stdout holds the results table; the tests are for people.
    QTextStream& s = format == TableWriter::Format::Table ? context.out() : context.err();
    if (!checks.isEmpty()) {
        s << "\nTested now (Exchange's Test-ApplicationAccessPolicy and the directory):\n";
        for (int i = 0; i < checks.size(); ++i) {
            s << testLine(roles.value(i), checks.at(i)) << '\n';
        }
    }
    if (!problem.isEmpty()) {
        s << "\n" << problem << '\n';
    }
    s << "Test again later (Microsoft Graph may take up to an hour to enforce the policy):\n";
    for (int i = 0; i < 2; ++i) {
        const QString user = i < checks.size()
                                 ? checks.at(i).mailboxLabel()
                                 : (i == 0 ? QStringLiteral("<member UPN>") : QStringLiteral("<non-member UPN>"));
        s << "  consentdesk-cli policy test --app " << run->app.appId << " --user " << user << '\n';
    }
    s << "  consentdesk-cli policy matrix --app " << run->app.appId << '\n';
    s.flush();
    finish(run, ExitCode::Ok);
}

// The mailbox to try for each side of the new policy's scope: an --add-member first, else the first member by name;
// the first mailbox outside the scope by name. Either may stay empty (an empty group). False when the directory does
// not know the scope yet (a group Exchange just created may take a while to reach Entra ID).
bool pickSubjects(const RunPtr& run,
                  const AccessPolicyModel& model,
                  const QString& policyIdentity,
                  QList<ExchangeRecipient> all,
                  QString* member,
                  QString* outsider)
{
    QString scopeId;
    for (const auto& p : model.policiesFor(run->app.appId)) {
        if ((!policyIdentity.isEmpty() && p.identity.compare(policyIdentity, Qt::CaseInsensitive) == 0)
            || (policyIdentity.isEmpty() && p.scopeName.compare(run->request.group, Qt::CaseInsensitive) == 0)) {
            scopeId = p.scopeObjectId;
        }
    }
    if (scopeId.isEmpty() || !model.node(scopeId)) {
        return false; // the scope is not resolvable from the directory: nothing sensible to pick
    }
    all.removeIf([](const ExchangeRecipient& r) { return r.isGroup() || r.primarySmtpAddress.isEmpty(); });
    std::stable_sort(all.begin(), all.end(), [](const ExchangeRecipient& a, const ExchangeRecipient& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    auto inside = [&](const ExchangeRecipient& r) {
        return !AccessPolicyEvaluator::memberPath(model, scopeId, r.externalDirectoryObjectId).isEmpty();
    };
    for (const QString& m : std::as_const(run->request.addMembers)) {
        for (const auto& r : std::as_const(all)) {
            if (member->isEmpty() && inside(r)
                && (r.primarySmtpAddress.compare(m, Qt::CaseInsensitive) == 0
                    || r.alias.compare(m, Qt::CaseInsensitive) == 0)) {
                *member = r.primarySmtpAddress;
            }
        }
    }
    for (const auto& r : std::as_const(all)) {
        if (inside(r)) {
            if (member->isEmpty()) {
                *member = r.primarySmtpAddress;
            }
        } else if (outsider->isEmpty()) {
            *outsider = r.primarySmtpAddress;
        }
    }
    return true;
}

// As the GUI wizard does: one mailbox inside the group and one outside, asked of Exchange and the directory.
void testAfterwards(const RunPtr& run, CliPlanRunner* runner, const WriteRun& execution)
{
    QString policyIdentity;
    for (const auto& r : execution.results) {
        const auto* op = r.as<ExchangeOperation>();
        if (op && op->kind == ExchangeOperation::Kind::NewPolicy && !r.rows().isEmpty()) {
            policyIdentity = ApplicationAccessPolicy::fromJson(r.rows().first().toObject()).identity;
        }
    }
    MailboxAccessTester* tester = run->backend->tester();
    tester->reload(); // the policies and the group changed just now
    run->backend->exchange()->getMailboxes(
        run->backend,
        [run, runner, execution, tester, policyIdentity](const QList<ExchangeRecipient>& all, const GraphError& error) {
            if (error) {
                printTests(run,
                           runner,
                           execution,
                           {},
                           {},
                           QStringLiteral("Could not list the mailboxes to test: %1").arg(error.message));
                return;
            }
            // First the model alone (no mailbox), to pick the two subjects from it; then the two checks.
            run->backend->testOnce(
                run->app.appId,
                {},
                [run, runner, execution, tester, policyIdentity, all](const QList<MailboxAccessCheck>&,
                                                                      const GraphError& error) {
                    if (error) {
                        printTests(run,
                                   runner,
                                   execution,
                                   {},
                                   {},
                                   QStringLiteral("Could not read the policies to test: %1").arg(error.message));
                        return;
                    }
                    QString member;
                    QString outsider;
                    const bool resolved = pickSubjects(run, tester->model(), policyIdentity, all, &member, &outsider);
                    QStringList subjects;
                    QStringList roles;
                    if (!member.isEmpty()) {
                        subjects.append(member);
                        roles.append(QStringLiteral("member"));
                    }
                    if (!outsider.isEmpty()) {
                        subjects.append(outsider);
                        roles.append(QStringLiteral("non-member"));
                    }
                    if (!resolved) {
                        printTests(run,
                                   runner,
                                   execution,
                                   {},
                                   {},
                                   QStringLiteral("Not tested: Entra ID does not show the group '%1' yet (a group "
                                                  "created in Exchange takes a while to appear there). Run `policy "
                                                  "test` for a member and a non-member in a few minutes.")
                                       .arg(run->request.group));
                        return;
                    }
                    if (member.isEmpty()) {
                        printTests(run,
                                   runner,
                                   execution,
                                   {},
                                   {},
                                   QStringLiteral("Not tested: the group has no member with a mailbox yet."));
                        return;
                    }
                    run->backend->testOnce(
                        run->app.appId,
                        subjects,
                        [run, runner, execution, roles](const QList<MailboxAccessCheck>& checks,
                                                        const GraphError& error) {
                            QList<MailboxAccessCheck> named = checks;
                            for (auto& c : named) {
                                c.appDisplayName = run->app.displayName;
                            }
                            printTests(run,
                                       runner,
                                       execution,
                                       named,
                                       roles,
                                       error ? QStringLiteral("The test did not complete: %1").arg(error.message)
                                             : QString());
                        });
                });
        });
}

} // namespace

QString PolicyNewCommand::details() const
{
    return QStringLiteral(
        "Microsoft's recipe for limiting which mailboxes an app with application permissions (Mail.Read,\n"
        "Calendars.Read, …) may reach, as one plan: [New-DistributionGroup -Type Security] with --create-group,\n"
        "Add-DistributionGroupMember for each --add-member UPN (repeatable; members already in are skipped), then\n"
        "New-ApplicationAccessPolicy -AppId APPID -PolicyScopeGroupId G -AccessRight RestrictAccess|DenyAccess.\n"
        "  --app APP       application ID, service principal object ID or exact display name\n"
        "  --group G       an existing mail-enabled security group (name, alias or address), or the name of the one\n"
        "                  --create-group creates\n"
        "  --access A      restrict (only the group's mailboxes) or deny (every mailbox but the group's)\n"
        "  --description T the policy's description (Exchange caps the total size of all policies)\n"
        "The plan lists every write with its Exchange Online PowerShell, and what the policy will and will not limit\n"
        "for this app (from its application permissions: an access policy never limits Files.*, Sites.*, …).\n"
        "Microsoft advises RBAC for Applications for new scoping; the plan says so.\n"
        "\n"
        "--dry-run stops there (plus the whole script). Otherwise the rules of the other write commands:\n"
        "confirmation (--yes, or \"y\" at a terminal), every write journaled before it is sent (`journal list`\n"
        "shows exchange.* actions), one result line per write; the first failure skips the rest. Afterwards, as the\n"
        "ConsentDesk app's wizard does, one member and one non-member of the group are tested at once (Exchange's\n"
        "Test-ApplicationAccessPolicy beside the directory); Microsoft Graph may take up to an hour to enforce it.\n"
        "--format json ends with one object: the execution (operationId, results) and `tests`.\n"
        "\n"
        "Needs an Exchange role that may change policies (Exchange Administrator, Global Administrator, or the\n"
        "Organization Management role group).\n"
        "Exit codes: 0 made (or --dry-run), 1 a write failed or you answered no, 2 usage (a bad --access, a group\n"
        "that is not a mail-enabled security group, --create-group for a group that exists, no --yes without a\n"
        "terminal), 3 sign-in needed, 4 permission denied, 5 no such app, group or member.");
}

QList<QCommandLineOption> PolicyNewCommand::options() const
{
    return {
        {QStringLiteral("app"), QStringLiteral("The app (appId, object id or display name)."), QStringLiteral("app")},
        {QStringLiteral("group"), QStringLiteral("The mail-enabled security group (scope)."), QStringLiteral("group")},
        {QStringLiteral("access"), QStringLiteral("restrict or deny."), QStringLiteral("access")},
        {QStringLiteral("description"), QStringLiteral("The policy's description."), QStringLiteral("text")},
        {QStringLiteral("create-group"), QStringLiteral("Create the group (mail-enabled security group).")},
        {QStringLiteral("add-member"),
         QStringLiteral("Add this mailbox to the group; repeatable, a,b."),
         QStringLiteral("upn")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan and the PowerShell equivalent; change nothing.")},
    };
}

std::optional<ApplicationAccessPolicy::AccessRight> PolicyNewCommand::parseAccess(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("restrict"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("RestrictAccess"), Qt::CaseInsensitive) == 0) {
        return ApplicationAccessPolicy::AccessRight::RestrictAccess;
    }
    if (t.compare(QLatin1String("deny"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("DenyAccess"), Qt::CaseInsensitive) == 0) {
        return ApplicationAccessPolicy::AccessRight::DenyAccess;
    }
    return std::nullopt;
}

void PolicyNewCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("policy new takes no arguments (got '%1'); see policy new --help.")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done(ExitCode::Usage);
        return;
    }
    auto run = std::make_shared<Run>();
    run->context = &context;
    QString access;
    if (!PolicyBackend::requiredValue(
            context, parser.value(QStringLiteral("app")), QStringLiteral("app"), &run->appName)
        || !PolicyBackend::requiredValue(
            context, parser.value(QStringLiteral("group")), QStringLiteral("group"), &run->request.group)
        || !PolicyBackend::requiredValue(
            context, parser.value(QStringLiteral("access")), QStringLiteral("access"), &access)) {
        done(ExitCode::Usage);
        return;
    }
    const auto right = parseAccess(access);
    if (!right) {
        context.printError(QStringLiteral("--access must be restrict or deny (got '%1').").arg(access.left(40)),
                           QStringLiteral("restrict: the app reaches only the group's mailboxes; deny: every mailbox "
                                          "except the group's."));
        done(ExitCode::Usage);
        return;
    }
    run->request.accessRight = *right;
    run->request.description = parser.value(QStringLiteral("description")).trimmed();
    run->request.createGroup = parser.isSet(QStringLiteral("create-group"));
    run->members = GrantsRevokeCommand::splitValues(parser.values(QStringLiteral("add-member")));
    run->dryRun = parser.isSet(QStringLiteral("dry-run"));
    run->done = std::move(done);
    run->backend = new PolicyBackend(context);
    run->backend->findApp(run->appName, [run](const PolicyBackend::App& app, ExitCode code) {
        if (code != ExitCode::Ok) {
            finish(run, code);
            return;
        }
        run->app = app;
        checkGroup(run);
    });
}
