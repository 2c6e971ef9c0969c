#include "WhoAmICommand.h"

#include "AccountTable.h"
#include "CliContext.h"

#include "async/Async.h"
#include "auth/IdTokenClaims.h"
#include "auth/WhoAmI.h"
#include "graph/GraphClient.h"

#include <QTextStream>

namespace {

void printAccount(CliContext& context, AccountInfo account)
{
    const auto format = context.settings().format;
    Table table = AccountTable::account(account, format, true);
    // Which credential this run used: scripts that mix automation tokens and stored sign-ins want to know.
    table.addColumn(QStringLiteral("SignedInVia"), QStringLiteral("Signed in via"));
    const auto& s = context.settings();
    const QString profile = QStringLiteral("profile ") + s.authProfile.name;
    table.rows.first().append(s.environmentGraph && (s.environmentExchange || !context.hasSignInManager())
                                  ? QStringLiteral("environment token")
                              : s.environmentTokens
                                  ? profile + QStringLiteral(" (")
                                        + (s.environmentGraph ? QStringLiteral("Graph") : QStringLiteral("Exchange"))
                                        + QStringLiteral(": environment token)")
                                  : profile);
    context.print(table);
    if (format == TableWriter::Format::Table) {
        context.out() << '\n';
        context.print(AccountTable::capabilities(account));
        if (!account.rolesKnown && !account.rolesError.isEmpty()) {
            context.printNote(QStringLiteral("note: the directory roles could not be read (") + account.rolesError
                              + QStringLiteral("), so every capability shows as unknown."));
        }
    }
}

} // namespace

QString WhoAmICommand::details() const
{
    return QStringLiteral(
        "Uses CONSENTDESK_ACCESS_TOKEN when it is set, else the sign-in stored by `consentdesk-cli signin` (or the\n"
        "ConsentDesk app) for the profile. Output: the account (UserPrincipalName, DisplayName, Id, Roles, TenantId,\n"
        "Tenant, …) and the capability map. --format json nests the map as \"Capabilities\"; --format csv gives one\n"
        "column per capability holding \"yes\" or \"no: <reason>\".\n"
        "Exit codes: 0 ok, 3 not signed in (run `consentdesk-cli signin`), 4 the account may not read its profile.");
}

void WhoAmICommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Q_UNUSED(parser);
    if (const auto known = context.account()) {
        // The stored sign-in was just refreshed, and refreshing asks Graph exactly this: no second round.
        printAccount(context, *known);
        done(ExitCode::Ok);
        return;
    }
    auto* who = new WhoAmI(context.graph());
    if (context.settings().environmentGraph) {
        // The tenant id for display when /organization is not readable. Decoded, never printed or logged.
        QByteArray token = qgetenv("CONSENTDESK_ACCESS_TOKEN").trimmed();
        who->setClaims(IdTokenClaims::decode(token));
        token.fill('\0');
    }
    Async::then(who->start(), who, [&context, who, done](const WhoAmI::Result& result) {
        who->deleteLater();
        if (result.error) {
            context.printError(result.error.summary());
            done(exitCodeFor(result.error));
            return;
        }
        printAccount(context, result.account);
        done(ExitCode::Ok);
    });
}
