#include "PolicyMatrixCommand.h"

#include "CliContext.h"
#include "PolicyBackend.h"

#include "exchange/MailboxAccessTester.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

QString PolicyMatrixCommand::details() const
{
    return QStringLiteral(
               "Tests the app against every mailbox inside its policy scopes (nested groups included), then --sample "
               "N\n"
               "mailboxes outside them (default %1), members first, each part by name. Each row has Exchange's answer\n"
               "(Test-ApplicationAccessPolicy, a few mailboxes at a time) beside the local evaluator's.\n"
               "--app: application ID, service principal object ID or exact display name.\n"
               "\n"
               "Columns (CSV headers and JSON keys, stable): Mailbox, DisplayName, InScope (yes/no), Exchange, "
               "Directory,\n"
               "Agreement (agree, disagree, exchangeFailed), Rule, Why (the explanation, or why the answers differ).\n"
               "In table format a heading names the app and its scopes and a summary line counts the disagreements.\n"
               "\n"
               "Exit codes: 0 the matrix was made (disagreements are answers, not failures), 1 failure, 2 usage, 3 "
               "sign-in\n"
               "needed, 4 permission denied (no Exchange role), 5 no such app.")
        .arg(MailboxAccessTester::DefaultSampleSize);
}

QList<QCommandLineOption> PolicyMatrixCommand::options() const
{
    return {
        {QStringLiteral("app"), QStringLiteral("The app (appId, object id or display name)."), QStringLiteral("app")},
        {QStringLiteral("sample"),
         QStringLiteral("Mailboxes outside the scopes to test (default %1).")
             .arg(MailboxAccessTester::DefaultSampleSize),
         QStringLiteral("n")},
    };
}

void PolicyMatrixCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("policy matrix takes no arguments (got '%1'); name the app with --app.")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done(ExitCode::Usage);
        return;
    }
    QString appName;
    if (!PolicyBackend::requiredValue(context, parser.value(QStringLiteral("app")), QStringLiteral("app"), &appName)) {
        done(ExitCode::Usage);
        return;
    }
    int sample = MailboxAccessTester::DefaultSampleSize;
    if (parser.isSet(QStringLiteral("sample"))) {
        bool ok = false;
        sample = parser.value(QStringLiteral("sample")).trimmed().toInt(&ok);
        if (!ok || sample < 0 || sample > 1000) {
            context.printError(QStringLiteral("--sample must be a number from 0 to 1000."));
            done(ExitCode::Usage);
            return;
        }
    }

    auto* backend = new PolicyBackend(context);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    backend->findApp(appName, [&context, backend, sample, finish](const PolicyBackend::App& app, ExitCode code) {
        if (code != ExitCode::Ok) {
            finish(code);
            return;
        }
        MailboxAccessTester* tester = backend->tester();
        tester->setSampleSize(sample);
        QObject::connect(
            tester,
            &MailboxAccessTester::finished,
            backend,
            [&context, tester, app, finish](QList<MailboxAccessCheck> checks, const GraphError& error) {
                if (error) {
                    finish(PolicyBackend::reportError(context, QStringLiteral("test the app's mailbox access"), error));
                    return;
                }
                for (auto& c : checks) {
                    c.appDisplayName = app.displayName;
                }
                const bool people = context.settings().format == TableWriter::Format::Table;
                if (people) {
                    const QStringList scopes = tester->scopeNames(app.appId);
                    context.out()
                        << app.label() << ": "
                        << (scopes.isEmpty()
                                ? QStringLiteral("no application access policy, every mailbox "
                                                 "is reachable")
                                : QStringLiteral("policies on \"%1\"").arg(scopes.join(QStringLiteral("\", \""))))
                        << "\n\n";
                }
                context.print(MailboxAccessCheck::toTable(checks));
                if (people) {
                    int disagree = 0;
                    int failed = 0;
                    for (const auto& c : std::as_const(checks)) {
                        disagree += c.agreement() == MailboxAccessCheck::Agreement::Disagree ? 1 : 0;
                        failed += c.agreement() == MailboxAccessCheck::Agreement::ExchangeFailed ? 1 : 0;
                    }
                    context.out() << '\n'
                                  << checks.size() << " mailbox(es) tested: " << disagree
                                  << " where Exchange and the directory disagree, " << failed
                                  << " Exchange could not answer.\n";
                    context.out().flush();
                }
                // Single rows may fail (throttling); when Exchange answered none, the matrix is a failure.
                const auto first = std::find_if(checks.cbegin(), checks.cend(), [](const MailboxAccessCheck& c) {
                    return c.agreement() != MailboxAccessCheck::Agreement::ExchangeFailed;
                });
                if (!checks.isEmpty() && first == checks.cend()) {
                    finish(PolicyBackend::reportError(
                        context, QStringLiteral("run Test-ApplicationAccessPolicy"), checks.first().exchangeError));
                    return;
                }
                finish(ExitCode::Ok);
            });
        if (!tester->matrix(app.appId)) {
            context.printError(QStringLiteral("Internal error: a test is already running."));
            finish(ExitCode::Failure);
        }
    });
}
