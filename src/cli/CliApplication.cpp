#include "CliApplication.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "CloudEndpoints.h"
#include "ConsentDeskVersion.h"
#include "graph/StaticTokenProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTextStream>

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("sandbox"),
         QStringLiteral("Use a ConsentDesk sandbox at URL for sign-in, Graph and Exchange."),
         QStringLiteral("url")},
        {QStringLiteral("authority"),
         QStringLiteral("Identity platform root (default from --cloud)."),
         QStringLiteral("url")},
        {QStringLiteral("graph"),
         QStringLiteral("Microsoft Graph root (default from --cloud)."),
         QStringLiteral("url")},
        {QStringLiteral("exchange"),
         QStringLiteral("Exchange Online root (default from --cloud)."),
         QStringLiteral("url")},
        {QStringLiteral("cloud"),
         QStringLiteral("global, usgov, usgovdod or china (default: global)."),
         QStringLiteral("name")},
        {QStringLiteral("tenant"),
         QStringLiteral("Tenant ID, verified domain, or 'organizations'."),
         QStringLiteral("tenant")},
        {QStringLiteral("client-id"),
         QStringLiteral("Application (client) ID of your ConsentDesk app registration."),
         QStringLiteral("id")},
        {QStringLiteral("format"),
         QStringLiteral("Output format: table, json or csv (default: table)."),
         QStringLiteral("format")},
        {QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (destructive commands).")},
        {QStringLiteral("verbose"), QStringLiteral("Log to standard error at debug level.")},
    };
}

// Plain http only to this machine: a token must never cross a network unencrypted.
bool isAcceptableRoot(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    if (url.scheme() != QLatin1String("http")) {
        return false;
    }
    if (url.host() == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

CliApplication::~CliApplication() = default;

void CliApplication::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CliApplication::findCommand(const QStringList& positional, int* consumed) const
{
    CliCommand* best = nullptr;
    int bestLength = 0;
    for (const auto& command : m_commands) {
        const QStringList words = command->words();
        if (words.size() > positional.size() || words.size() <= bestLength) {
            continue;
        }
        bool match = true;
        for (int i = 0; i < words.size(); ++i) {
            if (words.at(i) != positional.at(i)) {
                match = false;
                break;
            }
        }
        if (match) {
            best = command.get();
            bestLength = int(words.size());
        }
    }
    *consumed = bestLength;
    return best;
}

QString CliApplication::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << "Usage: consentdesk-cli [global options] <command> [options] [arguments]\n\n"
      << "Review, grant and revoke Microsoft 365 / Entra ID application consent from scripts.\n\n"
      << "Commands:\n";
    int width = 0;
    for (const auto& command : m_commands) {
        width = std::max(width, int(command->words().join(QLatin1Char(' ')).size() + command->usage().size() + 1));
    }
    for (const auto& command : m_commands) {
        const QString head
            = QString(command->words().join(QLatin1Char(' ')) + QLatin1Char(' ') + command->usage()).trimmed();
        s << "  " << head.leftJustified(width + 2) << command->summary() << '\n';
    }
    s << "\nGlobal options:\n";
    for (const QCommandLineOption& option : globalOptions()) {
        const QString name
            = QStringLiteral("--") + option.names().constFirst()
              + (option.valueName().isEmpty() ? QString()
                                              : QStringLiteral(" <") + option.valueName() + QLatin1Char('>'));
        s << "  " << name.leftJustified(24) << option.description() << '\n';
    }
    s << "\nTokens for automation: CONSENTDESK_ACCESS_TOKEN (Graph), CONSENTDESK_EXCHANGE_TOKEN (Exchange).\n"
      << "Exit codes: 0 ok, 1 failure, 2 usage, 3 sign-in needed, 4 permission denied, 5 not found.\n";
    return text;
}

ExitCode CliApplication::run(const QStringList& arguments)
{
    const QString program = QStringLiteral("consentdesk-cli");

    // Pass 1: global options up to the first command word.
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(globalOptions());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    first.addOption(help);
    first.addOption(version);
    if (!first.parse(QStringList {program} + arguments)) {
        m_err << "error: " << first.errorText() << "\nRun 'consentdesk-cli --help' for usage.\n";
        m_err.flush();
        return ExitCode::Usage;
    }
    if (first.isSet(version)) {
        m_out << "consentdesk-cli " << CONSENTDESK_VERSION << '\n';
        m_out.flush();
        return ExitCode::Ok;
    }
    QStringList words;
    for (const QString& arg : first.positionalArguments()) {
        if (arg.startsWith(QLatin1Char('-'))) {
            break;
        }
        words.append(arg);
    }
    if (words.isEmpty() || words.constFirst() == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        return first.isSet(help) || !words.isEmpty() ? ExitCode::Ok : ExitCode::Usage;
    }
    int consumed = 0;
    CliCommand* command = findCommand(words, &consumed);
    if (!command) {
        m_err << "error: unknown command '" << words.join(QLatin1Char(' '))
              << "'.\nRun 'consentdesk-cli --help' for the list.\n";
        m_err.flush();
        return ExitCode::Usage;
    }

    // Pass 2: the whole line again, with global and command options, minus the command words.
    QStringList rest = arguments;
    for (int i = 0; i < consumed; ++i) {
        rest.removeOne(command->words().at(i));
    }
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOption(help);
    parser.addOptions(command->options());
    if (!parser.parse(QStringList {program} + rest)) {
        m_err << "error: " << parser.errorText() << "\nRun 'consentdesk-cli " << command->words().join(QLatin1Char(' '))
              << " --help' for usage.\n";
        m_err.flush();
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        m_out << "Usage: consentdesk-cli " << command->words().join(QLatin1Char(' ')) << " [options] "
              << command->usage() << "\n\n"
              << command->summary() << "\n\nOptions:\n";
        for (const QCommandLineOption& option : command->options()) {
            const QString name
                = QStringLiteral("--") + option.names().constFirst()
                  + (option.valueName().isEmpty() ? QString()
                                                  : QStringLiteral(" <") + option.valueName() + QLatin1Char('>'));
            m_out << "  " << name.leftJustified(28) << option.description() << '\n';
        }
        m_out.flush();
        return ExitCode::Ok;
    }

    CliContext::Settings settings;
    QString settingsError;
    if (!resolveSettings(parser, command->needsTenant(), &settings, &settingsError)) {
        m_err << "error: " << settingsError << '\n';
        m_err.flush();
        return ExitCode::Usage;
    }

    CliContext context(settings, m_out, m_err);
    ExitCode result = ExitCode::Failure;
    bool finished = false;
    QEventLoop loop;
    if (!prepareContext(context, command->needsTenant(), &settingsError)) {
        m_err << "error: " << settingsError << '\n';
        m_err.flush();
        return ExitCode::SignInNeeded;
    }
    command->run(context, parser, [&](ExitCode code) {
        result = code;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    m_out.flush();
    m_err.flush();
    return result;
}

bool CliApplication::resolveSettings(const QCommandLineParser& parser,
                                     bool needsTenant,
                                     CliContext::Settings* settings,
                                     QString* error) const
{
    Q_UNUSED(needsTenant);
    CliContext::Settings s;
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = TableWriter::parseFormat(parser.value(QStringLiteral("format")));
        if (!format) {
            *error = QStringLiteral("--format must be table, json or csv.");
            return false;
        }
        s.format = *format;
    }
    const QString cloudName = parser.value(QStringLiteral("cloud"));
    const auto cloud = CloudEndpoints::forName(cloudName);
    if (!cloud) {
        *error = QStringLiteral("Unknown cloud '%1': use one of %2.")
                     .arg(cloudName, CloudEndpoints::names().join(QStringLiteral(", ")));
        return false;
    }
    s.cloud = cloud->name;
    s.authority = cloud->authority;
    s.graph = cloud->graph;
    s.exchange = cloud->exchange;
    if (parser.isSet(QStringLiteral("sandbox"))) {
        const QUrl sandbox(parser.value(QStringLiteral("sandbox")));
        s.authority = s.graph = s.exchange = sandbox;
        s.cloud = QStringLiteral("custom");
    }
    for (const char* name : {"authority", "graph", "exchange"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option)) {
            const QUrl url(parser.value(option));
            (option == QLatin1String("authority") ? s.authority
             : option == QLatin1String("graph")   ? s.graph
                                                  : s.exchange)
                = url;
            s.cloud = QStringLiteral("custom");
        }
    }
    for (const QUrl& root : {s.authority, s.graph, s.exchange}) {
        if (!isAcceptableRoot(root)) {
            *error = QStringLiteral("'%1' is not a usable root URL: use https://, or http:// only on this computer "
                                    "(127.0.0.1 or localhost).")
                         .arg(root.toString());
            return false;
        }
    }
    s.tenant = parser.value(QStringLiteral("tenant"));
    s.clientId = parser.value(QStringLiteral("client-id"));
    s.assumeYes = parser.isSet(QStringLiteral("yes"));
    s.verbose = parser.isSet(QStringLiteral("verbose"));
    *settings = s;
    return true;
}

bool CliApplication::prepareContext(CliContext& context, bool needsTenant, QString* error)
{
    if (!needsTenant) {
        return true;
    }
    // Automation first: tokens handed over in the environment are used as they are, never stored.
    auto fromEnvironment = std::make_unique<StaticTokenProvider>(StaticTokenProvider::fromEnvironment());
    if (fromEnvironment->hasToken(TokenResource::Graph) || fromEnvironment->hasToken(TokenResource::Exchange)) {
        m_tokenProvider = std::move(fromEnvironment);
        context.setTokenProvider(m_tokenProvider.get());
        return true;
    }
    *error = QStringLiteral("Not signed in: set CONSENTDESK_ACCESS_TOKEN (and CONSENTDESK_EXCHANGE_TOKEN for Exchange "
                            "commands) to an access token for this tenant.");
    return false;
}
