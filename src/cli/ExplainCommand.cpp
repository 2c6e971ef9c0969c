#include "ExplainCommand.h"

#include "CliContext.h"

#include "auth/SignInErrorExplainer.h"
#include "report/Table.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

QString ExplainCommand::details() const
{
    return QStringLiteral(
        "TEXT is what the user saw, as one or more arguments: a code (AADSTS90094, 90094), an OAuth error\n"
        "(consent_required, interaction_required, access_denied, invalid_grant …), a whole error message or token\n"
        "answer, or the consent screen's heading (\"Need admin approval\", \"Approval required\", also in German,\n"
        "French, Spanish and Japanese). With - or no TEXT, it is read from standard input (paste, then Ctrl+D).\n"
        "Only the first 64 KiB are read.\n"
        "\n"
        "--format table: for each code or error found, what it means, who can fix it, the fix and the consentdesk-cli\n"
        "command that starts it; then the trace and correlation ids and the app the message names.\n"
        "--format json: {recognized, findings [{key, known, code, oauthError, matched, name, title, meaning,\n"
        "  whoCanFix, fix, action troubleshoot|requests|settings|null, command, helpUrl}], traceId, correlationId,\n"
        "  timestamp, appId, appName, user, truncated}.\n"
        "--format csv: the findings.\n"
        "\n"
        "Reads no tenant and needs no sign-in.\n"
        "\n"
        "Exit codes: 0 something was recognized, 1 nothing was (the text has no code or error ConsentDesk knows),\n"
        "2 no text.");
}

namespace {

Table findingsTable(const SignInErrorExplainer::Result& result)
{
    Table table;
    table.addColumn(QStringLiteral("Key"), QStringLiteral("Code"));
    table.addColumn(QStringLiteral("Name"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("Title"), QStringLiteral("Title"));
    table.addColumn(QStringLiteral("Meaning"), QStringLiteral("What it means"));
    table.addColumn(QStringLiteral("WhoCanFix"), QStringLiteral("Who can fix it"));
    table.addColumn(QStringLiteral("Fix"), QStringLiteral("Fix"));
    table.addColumn(QStringLiteral("Command"), QStringLiteral("Command"));
    table.addColumn(QStringLiteral("HelpUrl"), QStringLiteral("More"));
    for (const auto& f : result.findings) {
        table.addRow({f.key,
                      f.entry.name,
                      f.known ? f.entry.adminTitle : f.key,
                      f.known ? f.entry.adminMeaning : SignInErrorExplainer::unknownCodeText(f.code),
                      f.entry.whoCanFix,
                      f.entry.adminFix,
                      SignInErrorExplainer::cliCommand(f, result),
                      f.entry.helpUrl.toString()});
    }
    return table;
}

} // namespace

void ExplainCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    QStringList args = parser.positionalArguments();
    QString text;
    if (args.isEmpty() || args == QStringList {QStringLiteral("-")}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.printError(QStringLiteral("Could not read standard input."));
            done(ExitCode::Failure);
            return;
        }
        // Up to one byte more than is read, so a longer paste is reported as cut; a pipe delivers it in pieces.
        const qint64 limit = qint64(SignInErrorExplainer::kMaxInputChars) * 4 + 1;
        QByteArray bytes;
        while (bytes.size() < limit) {
            const QByteArray chunk = in.read(limit - bytes.size());
            if (chunk.isEmpty()) {
                break;
            }
            bytes += chunk;
        }
        text = QString::fromUtf8(bytes);
    } else {
        text = args.join(QLatin1Char(' '));
    }
    if (text.trimmed().isEmpty()) {
        context.printError(QStringLiteral("Nothing to explain."),
                           QStringLiteral("Give the error as TEXT (for example: consentdesk-cli explain AADSTS90094), "
                                          "or pipe it in with -."));
        done(ExitCode::Usage);
        return;
    }

    const SignInErrorExplainer::Result result = SignInErrorExplainer::explain(text);
    const auto format = context.settings().format;
    QTextStream& out = context.out();
    if (format == TableWriter::Format::Json) {
        out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    } else if (format == TableWriter::Format::Csv) {
        context.print(findingsTable(result));
    } else if (result.recognized()) {
        bool first = true;
        for (const auto& f : result.findings) {
            if (!first) {
                out << '\n';
            }
            first = false;
            out << f.key;
            if (!f.entry.name.isEmpty() && f.entry.name != f.key) {
                out << " (" << f.entry.name << ")";
            }
            if (!f.matched.isEmpty()) {
                out << " — " << f.matched;
            }
            out << '\n';
            if (!f.known) {
                out << "  " << SignInErrorExplainer::unknownCodeText(f.code) << '\n';
            } else {
                out << "  " << f.entry.adminTitle << '\n'
                    << "  What it means: " << f.entry.adminMeaning << '\n'
                    << "  Who can fix it: " << f.entry.whoCanFix << '\n'
                    << "  Fix: " << f.entry.adminFix << '\n';
                if (const QString command = SignInErrorExplainer::cliCommand(f, result); !command.isEmpty()) {
                    out << "  Run: " << command << '\n';
                }
            }
            if (f.entry.helpUrl.isValid()) {
                out << "  More: " << f.entry.helpUrl.toString() << '\n';
            }
        }
        const auto line = [&out](const char* label, const QString& value) {
            if (!value.isEmpty()) {
                out << label << value << '\n';
            }
        };
        if (!result.traceId.isEmpty() || !result.correlationId.isEmpty() || !result.appId.isEmpty()
            || !result.appName.isEmpty() || !result.user.isEmpty()) {
            out << '\n';
        }
        line("App: ",
             result.appName.isEmpty()
                 ? result.appId
                 : (result.appId.isEmpty() ? result.appName
                                           : result.appName + QStringLiteral(" (") + result.appId + QLatin1Char(')')));
        line("User: ", result.user);
        line("Trace ID: ", result.traceId);
        line("Correlation ID: ", result.correlationId);
        line("Timestamp: ", result.timestamp);
    }
    out.flush();
    if (result.truncated) {
        context.printNote(
            QStringLiteral("note: only the first %1 characters were read.").arg(SignInErrorExplainer::kMaxInputChars));
    }
    if (!result.recognized()) {
        context.printError(
            QStringLiteral("No sign-in error ConsentDesk knows was found in the text."),
            QStringLiteral("Paste the AADSTS code (for example AADSTS65001) or the error name from the "
                           "message; Microsoft's lookup page is https://login.microsoftonline.com/error"));
        done(ExitCode::Failure);
        return;
    }
    done(ExitCode::Ok);
}
