#include "CliApplication.h"

#include "RunStatsFile.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "ConsentDeskVersion.h"
#include "MixedTokenProvider.h"
#include "TerminalFilterDevice.h"
#include "auth/CloudEnvironment.h"
#include "auth/IdTokenClaims.h"
#include "auth/ProfileStore.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"
#include "graph/GraphReply.h"
#include "graph/GraphRequest.h"
#include "graph/ODataQuery.h"
#include "graph/StaticTokenProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("profile"),
         QStringLiteral("Use the stored profile NAME (shared with the ConsentDesk app; default: the current one)."),
         QStringLiteral("name")},
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

// A root as CloudEnvironment keeps it (no trailing slash, query or fragment), so that equal roots compare equal.
QUrl normalizedRoot(const QUrl& url)
{
    return CloudEnvironment::custom(url, url, url).authority();
}

// The connection options as given on the command line; unset ones are wildcards when picking a stored profile.
struct GivenConnection
{
    std::optional<QString> tenant;
    std::optional<QString> clientId;
    std::optional<QString> cloud;
    std::optional<QUrl> authority;
    std::optional<QUrl> graph;
    std::optional<QUrl> exchange;

    bool isEmpty() const { return !tenant && !clientId && !cloud && !authority && !graph && !exchange; }

    bool matches(const AuthProfile& p) const
    {
        const CloudEnvironment env = p.environment();
        return (!tenant || tenant->compare(p.tenant, Qt::CaseInsensitive) == 0)
               && (!clientId || clientId->compare(p.clientId, Qt::CaseInsensitive) == 0)
               && (!cloud || cloud->compare(p.cloud, Qt::CaseInsensitive) == 0)
               && (!authority || normalizedRoot(*authority) == env.authority())
               && (!graph || normalizedRoot(*graph) == env.graph())
               && (!exchange || normalizedRoot(*exchange) == env.exchange());
    }

    void applyTo(AuthProfile& p) const
    {
        if (cloud) {
            p.cloud = *cloud;
            p.customAuthority = p.customGraph = p.customExchange = QUrl();
        }
        if (authority || graph || exchange) {
            // Explicit roots make a custom cloud; the roots not given keep what the cloud had.
            const CloudEnvironment env = p.environment();
            p.cloud = QStringLiteral("custom");
            p.customAuthority = normalizedRoot(authority.value_or(env.authority()));
            p.customGraph = normalizedRoot(graph.value_or(env.graph()));
            p.customExchange = normalizedRoot(exchange.value_or(env.exchange()));
        }
        if (tenant) {
            p.tenant = *tenant;
        }
        if (clientId) {
            p.clientId = *clientId;
        }
    }
};

bool sameConnection(const AuthProfile& a, const AuthProfile& b)
{
    return a.environment() == b.environment() && a.tenant.compare(b.tenant, Qt::CaseInsensitive) == 0
           && a.clientId.compare(b.clientId, Qt::CaseInsensitive) == 0;
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
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
    s << "\nSigning in: `consentdesk-cli signin` signs in in your browser once and keeps the sign-in in the system\n"
      << "keychain, shared with the ConsentDesk app; later commands use it without a browser. Tokens come from,\n"
      << "in this order: CONSENTDESK_ACCESS_TOKEN (Graph) / CONSENTDESK_EXCHANGE_TOKEN (Exchange), for automation;\n"
      << "the stored sign-in of the profile (--profile NAME; else, when --tenant/--client-id/--cloud/--sandbox are\n"
      << "given, the stored profile they match; else the current profile); otherwise the command stops with exit\n"
      << "code 3 and says what to run. CONSENTDESK_EXCHANGE_TOKEN alone gets Graph from the stored sign-in when\n"
      << "there is one. With environment tokens and no --tenant, the tenant is the tokens' (tid).\n"
      << "Exit codes: 0 ok, 1 failure, 2 usage, 3 sign-in needed, 4 permission denied, 5 not found.\n";
    return text;
}

ProfileStore& CliApplication::profiles()
{
    if (!m_profiles) {
        m_profiles = std::make_unique<ProfileStore>(); // QSettings of ConsentDesk: the GUI's profiles
    }
    return *m_profiles;
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
        // The first word of several commands (grants, policy, …): name them rather than call the word unknown.
        QStringList group;
        for (const auto& c : m_commands) {
            if (c->words().size() > 1 && c->words().constFirst() == words.constFirst()) {
                group.append(c->words().join(QLatin1Char(' ')));
            }
        }
        if (!group.isEmpty()) {
            m_err << "error: '" << words.join(QLatin1Char(' ')) << "' is not a command; " << words.constFirst()
                  << " needs one of: " << group.join(QStringLiteral(", ")) << ".\nRun 'consentdesk-cli "
                  << group.constFirst() << " --help' for one of them.\n";
        } else {
            m_err << "error: unknown command '" << words.join(QLatin1Char(' '))
                  << "'.\nRun 'consentdesk-cli --help' for the list.\n";
        }
        m_err.flush();
        return ExitCode::Usage;
    }

    // Pass 2: the whole line again, with global and command options, minus the command words — taken out where they
    // stand (pass 1 makes everything from the first command word on positional), not where the same word first
    // appears: `--profile explain --format json explain …` must keep the profile's value.
    QStringList rest = arguments;
    const qsizetype at = arguments.size() - first.positionalArguments().size();
    if (at >= 0 && at + consumed <= rest.size() && rest.mid(at, consumed) == command->words()) {
        rest.remove(at, consumed);
    } else {
        for (int i = 0; i < consumed; ++i) { // a line with "--" before the command
            rest.removeOne(command->words().at(i));
        }
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
              << command->summary() << "\n\n";
        if (!command->details().isEmpty()) {
            m_out << command->details() << "\n\n";
        }
        m_out << "Options:\n";
        const QList<QCommandLineOption> options = command->options();
        QStringList names;
        qsizetype width = 26; // the usual column; a longer option name widens it, never runs into its text
        for (const QCommandLineOption& option : options) {
            names.append(QStringLiteral("--") + option.names().constFirst()
                         + (option.valueName().isEmpty()
                                ? QString()
                                : QStringLiteral(" <") + option.valueName() + QLatin1Char('>')));
            width = std::max(width, names.constLast().size());
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_out << "  " << names.at(i).leftJustified(width + 2) << options.at(i).description() << '\n';
        }
        m_out << "\nGlobal options (see consentdesk-cli --help) apply too.\n";
        m_out.flush();
        return ExitCode::Ok;
    }

    CliContext::Settings settings;
    QString settingsError;
    if (!resolveSettings(parser, &settings, &settingsError, command->extraFormats())) {
        m_err << "error: " << settingsError << '\n';
        m_err.flush();
        return ExitCode::Usage;
    }

    // JSON on stdout keeps tenant controls as \uXXXX escapes (the same value) instead of dropping them.
    if (auto* filter = qobject_cast<TerminalFilterDevice*>(m_out.device())) {
        filter->setMode(settings.format == TableWriter::Format::Json ? TerminalFilterDevice::Mode::Json
                                                                     : TerminalFilterDevice::Mode::Text);
    }
    CliContext context(settings, m_out, m_err, &profiles());
    const bool offline = command->tenantOptional() && !settings.environmentTokens
                         && (!settings.profileStored || !settings.authProfile.lastUser.isValid());
    if (command->needsTenantFor(parser) && !offline) {
        m_tenantIdRequired = command->needsTenantId();
        const ExitCode prepared = prepareTokens(context);
        if (prepared != ExitCode::Ok) {
            context.waitForSecretStore(); // a dead refresh token being deleted
            return prepared;
        }
    }
    ExitCode result = ExitCode::Failure;
    bool finished = false;
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    command->run(context, parser, [&](ExitCode code) {
        result = code;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    // A refresh during the command rotated the refresh token: the keychain must have the new one before we exit.
    if (!context.waitForSecretStore()) {
        m_err << "warning: the system keychain did not confirm saving the renewed sign-in; the next command may ask "
                 "you to sign in again.\n";
    }
    m_out.flush();
    m_err.flush();
    const QString statsFile = RunStatsFile::pathFromEnvironment();
    if (!statsFile.isEmpty()
        && !RunStatsFile::write(statsFile, context.graphIfCreated(), wall.elapsed(), int(result))) {
        m_err << "warning: could not write the run statistics to " << statsFile << '\n';
        m_err.flush();
    }
    return result;
}

bool CliApplication::resolveSettings(const QCommandLineParser& parser,
                                     CliContext::Settings* settings,
                                     QString* error,
                                     const QStringList& extraFormats)
{
    CliContext::Settings s;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const auto format = TableWriter::parseFormat(name);
        if (extraFormats.contains(name)) {
            s.formatName = name; // a command's own format (e.g. html): tables still print as tables
        } else if (!format) {
            *error = extraFormats.isEmpty() ? QStringLiteral("--format must be table, json or csv.")
                                            : QStringLiteral("--format must be table, json, csv or %1.")
                                                  .arg(extraFormats.join(QStringLiteral(" or ")));
            return false;
        } else {
            s.format = *format;
            s.formatName = name;
        }
    }

    GivenConnection given;
    if (parser.isSet(QStringLiteral("cloud"))) {
        const QString cloudName = parser.value(QStringLiteral("cloud")).trimmed().toLower();
        if (!CloudEnvironment::fromName(cloudName)) {
            *error = QStringLiteral("Unknown cloud '%1': use one of %2.")
                         .arg(cloudName, CloudEnvironment::names().join(QStringLiteral(", ")));
            return false;
        }
        given.cloud = cloudName;
    }
    if (parser.isSet(QStringLiteral("sandbox"))) {
        const QUrl sandbox(parser.value(QStringLiteral("sandbox")));
        given.authority = given.graph = given.exchange = sandbox;
    }
    if (parser.isSet(QStringLiteral("authority"))) {
        given.authority = QUrl(parser.value(QStringLiteral("authority")));
    }
    if (parser.isSet(QStringLiteral("graph"))) {
        given.graph = QUrl(parser.value(QStringLiteral("graph")));
    }
    if (parser.isSet(QStringLiteral("exchange"))) {
        given.exchange = QUrl(parser.value(QStringLiteral("exchange")));
    }
    for (const auto* root : {&given.authority, &given.graph, &given.exchange}) {
        if (*root && !CloudEnvironment::isSecureOrLoopback(**root)) {
            *error = QStringLiteral("'%1' is not a usable root URL: use https://, or http:// only on this computer "
                                    "(127.0.0.1 or localhost).")
                         .arg((*root)->toString());
            return false;
        }
        const QString path = (*root) ? (*root)->path() : QString();
        if (!path.isEmpty() && path != QLatin1String("/")) {
            // ConsentDesk appends the version and the path itself: https://graph.microsoft.com/v1.0 would be sent
            // /v1.0/v1.0/… and answered with an error that names neither the option nor the fix.
            *error = QStringLiteral("'%1' is not a root URL: give it without a path (%2, not %2%3). ConsentDesk adds "
                                    "/v1.0/…, /{tenant}/oauth2/v2.0/… and /adminapi/beta/{tenant}/… itself.")
                         .arg((*root)->toString(),
                              (*root)->adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString(),
                              path);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("tenant"))) {
        given.tenant = parser.value(QStringLiteral("tenant")).trimmed();
    }
    if (parser.isSet(QStringLiteral("client-id"))) {
        given.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    }
    s.connectionGiven = !given.isEmpty();
    s.environmentGraph = !qEnvironmentVariableIsEmpty("CONSENTDESK_ACCESS_TOKEN");
    s.environmentExchange = !qEnvironmentVariableIsEmpty("CONSENTDESK_EXCHANGE_TOKEN");
    s.environmentTokens = s.environmentGraph || s.environmentExchange;

    // Which stored profile this run is about. Automation with CONSENTDESK_ACCESS_TOKEN only looks at the store when
    // --profile says so: a script must not change behaviour because someone picked another profile in the GUI (nor
    // touch the keychain). CONSENTDESK_EXCHANGE_TOKEN alone cannot run anything (every Exchange command reads Graph
    // too): Graph then comes from a stored sign-in, found as without environment tokens.
    std::optional<AuthProfile> stored;
    s.profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("profile"))) {
        if (s.profile.isEmpty()) {
            *error = QStringLiteral("--profile needs a name.");
            return false;
        }
        stored = profiles().findByName(s.profile);
        if (!stored) {
            stored = profiles().profile(s.profile); // the id works too
        }
    } else if (!s.environmentGraph) {
        const QString currentId = profiles().currentId();
        std::optional<AuthProfile> current = profiles().current();
        if (!s.connectionGiven) {
            stored = current;
        } else if (current && given.matches(*current)) {
            stored = current;
        } else {
            for (const AuthProfile& p : profiles().profiles()) {
                if (given.matches(p)) {
                    stored = p;
                    break;
                }
            }
        }
    }

    AuthProfile effective = stored.value_or(AuthProfile());
    given.applyTo(effective);
    s.authProfile = effective;
    s.profileStored = stored.has_value();
    s.connectionChanged = stored && !sameConnection(*stored, effective);

    const CloudEnvironment env = effective.environment();
    s.cloud = env.name();
    s.authority = env.authority();
    s.graph = env.graph();
    s.exchange = env.exchange();
    s.tenant = effective.tenant;
    s.clientId = effective.clientId;
    s.assumeYes = parser.isSet(QStringLiteral("yes"));
    s.verbose = parser.isSet(QStringLiteral("verbose"));
    *settings = s;
    return true;
}

ExitCode CliApplication::prepareTokens(CliContext& context)
{
    const CliContext::Settings& s = context.settings();
    const QString automation = QStringLiteral("For automation, set CONSENTDESK_ACCESS_TOKEN (and "
                                              "CONSENTDESK_EXCHANGE_TOKEN for Exchange commands) instead.");
    // A --profile that names no profile is a typo, with environment tokens too (they still take the profile's cloud
    // and tenant from it): running on with the defaults would reach another cloud or tenant.
    if (!s.profile.isEmpty() && !s.profileStored) {
        QStringList names;
        for (const AuthProfile& p : profiles().profiles()) {
            names.append(quoted(p.name));
        }
        context.printError(
            QStringLiteral("There is no profile named %1.").arg(quoted(s.profile)),
            (names.isEmpty() ? QStringLiteral("There are no profiles yet.")
                             : QStringLiteral("Profiles: ") + names.join(QStringLiteral(", ")) + QLatin1Char('.'))
                + QStringLiteral(" Create one with: consentdesk-cli signin --profile NAME --tenant TENANT "
                                 "--client-id ID [--cloud CLOUD | --sandbox URL]"));
        return ExitCode::Usage;
    }
    // 1. Automation: tokens handed over in the environment are used as they are, never stored. The Exchange token
    //    alone gets Graph from the profile's stored sign-in when there is one (else Graph calls name the variable).
    if (s.environmentTokens) {
        const StaticTokenProvider environment = StaticTokenProvider::fromEnvironment();
        const bool mixed
            = !s.environmentGraph && s.profileStored && s.authProfile.lastUser.isValid() && !s.connectionChanged;
        if (mixed) {
            const ExitCode signedIn = signInSilently(context);
            if (signedIn != ExitCode::Ok) {
                return signedIn;
            }
            m_tokenProvider = std::make_unique<MixedTokenProvider>(environment, context.signInManager());
        } else {
            m_tokenProvider = std::make_unique<StaticTokenProvider>(environment);
        }
        context.setTokenProvider(m_tokenProvider.get());
        return resolveEnvironmentTenant(context, m_tenantIdRequired);
    }

    if (s.profileStored && s.connectionChanged) {
        // Using the stored sign-in against another tenant or endpoint would fail at best, and a refusal would make
        // SignInManager delete the profile's refresh token — for a typo.
        const AuthProfile was = profiles().profile(s.authProfile.id).value_or(AuthProfile());
        context.printError(QStringLiteral("Profile %1 is set up for tenant %2 with client ID %3 (%4 cloud); the "
                                          "options on the command line differ.")
                               .arg(quoted(s.authProfile.name), was.tenant, was.clientId, was.cloud),
                           QStringLiteral("To change the profile, sign in again with the new values: "
                                          "consentdesk-cli signin --profile %1 <options>.")
                               .arg(quoted(s.authProfile.name)));
        return ExitCode::Usage;
    }
    if (!s.profileStored || !s.authProfile.lastUser.isValid()) {
        const QString where = s.profileStored      ? QStringLiteral(" with profile ") + quoted(s.authProfile.name)
                              : s.tenant.isEmpty() ? QString()
                                                   : QStringLiteral(" to tenant ") + s.tenant;
        const QString how = s.profileStored ? QStringLiteral("Run `consentdesk-cli signin --profile %1` to sign in.")
                                                  .arg(quoted(s.authProfile.name))
                            : s.connectionGiven
                                ? QStringLiteral("Run `consentdesk-cli signin` with the same options to sign in.")
                                : QStringLiteral("Run `consentdesk-cli signin --tenant TENANT --client-id ID` "
                                                 "(or with --sandbox URL) to sign in.");
        context.printError(QStringLiteral("Not signed in%1.").arg(where), how + QLatin1Char(' ') + automation);
        return ExitCode::SignInNeeded;
    }
    return signInSilently(context);
}

ExitCode CliApplication::signInSilently(CliContext& context)
{
    const CliContext::Settings& s = context.settings();
    const QString automation = QStringLiteral("For automation, set CONSENTDESK_ACCESS_TOKEN (and "
                                              "CONSENTDESK_EXCHANGE_TOKEN for Exchange commands) instead.");
    // 2. The stored sign-in: the refresh token in the keychain, under the key the GUI uses, redeemed silently.
    SignInManager* manager = context.signInManager();
    manager->setProfileStore(&profiles()); // a renamed account updates the profile's lastUser, as in the GUI
    QEventLoop loop;
    std::optional<AuthError> failure;
    bool done = false;
    QObject::connect(manager, &SignInManager::signedIn, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(manager, &SignInManager::silentSignInFailed, &loop, [&](const AuthError& e) {
        failure = e;
        done = true;
        loop.quit();
    });
    manager->trySilentSignIn(s.authProfile);
    if (!done) {
        loop.exec();
    }
    if (failure) {
        AuthError e = *failure;
        const QString signin = QStringLiteral("consentdesk-cli signin --profile ") + quoted(s.authProfile.name);
        if (e.kind == AuthError::Kind::Keychain) {
            e.nextStep = QStringLiteral("The stored sign-in of %1 cannot be read without the keychain. Unlock the "
                                        "keychain (or run in a desktop session) and try again. %2")
                             .arg(s.authProfile.lastUser.userPrincipalName, automation);
        } else if (e.kind == AuthError::Kind::SignInRequired) {
            if (e.code == QLatin1String("not_signed_in")) {
                e.title = QStringLiteral("Not signed in: no stored sign-in of %1 for profile %2")
                              .arg(s.authProfile.lastUser.userPrincipalName, quoted(s.authProfile.name));
            }
            e.nextStep = QStringLiteral("Run `%1` to sign in. %2").arg(signin, automation);
        } else if (e.requiresInteraction()) {
            e.nextStep = QStringLiteral("Run `%1` to sign in again in the browser. %2").arg(signin, automation);
        }
        context.printAuthError(e);
        return exitCodeFor(e, false);
    }
    if (!s.environmentGraph) {
        context.setAccount(manager->account()); // with CONSENTDESK_ACCESS_TOKEN, Graph acts as that token's account
    }
    return ExitCode::Ok;
}

namespace {

struct Organization
{
    QString id;
    QStringList verifiedDomains;
    GraphError error;
};

// GET /organization, waited for: who the Graph token's tenant is.
Organization readOrganization(CliContext& context)
{
    ODataQuery query;
    query.select({QStringLiteral("id"), QStringLiteral("verifiedDomains")});
    GraphReply* reply = context.graph()->getCollection(GraphRequest::get(QStringLiteral("/organization"), query));
    QEventLoop loop;
    QObject::connect(reply, &GraphReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Organization result;
    result.error = reply->error();
    if (!result.error && !reply->items().isEmpty()) {
        const QJsonObject org = reply->items().first().toObject();
        result.id = org.value(QStringLiteral("id")).toString();
        for (const QJsonValue& domain : org.value(QStringLiteral("verifiedDomains")).toArray()) {
            result.verifiedDomains.append(domain.toObject().value(QStringLiteral("name")).toString());
        }
    }
    reply->deleteLater();
    return result;
}

} // namespace

ExitCode CliApplication::resolveEnvironmentTenant(CliContext& context, bool required)
{
    const CliContext::Settings& s = context.settings();
    // The tid claim, read without validating the token: it only routes (Exchange's URL, the journal's tenant) and
    // refuses early; the services still decide whether the token is good.
    QString tid;
    QString source;
    for (const char* variable : {"CONSENTDESK_ACCESS_TOKEN", "CONSENTDESK_EXCHANGE_TOKEN"}) {
        QByteArray token = qgetenv(variable).trimmed();
        const QString claimed = IdTokenClaims::decode(token).tenantId;
        token.fill('\0');
        if (claimed.isEmpty()) {
            continue;
        }
        if (tid.isEmpty()) {
            tid = claimed;
            source = QLatin1String(variable);
        } else if (claimed.compare(tid, Qt::CaseInsensitive) != 0) {
            context.printError(
                QStringLiteral("CONSENTDESK_ACCESS_TOKEN is for tenant %1, CONSENTDESK_EXCHANGE_TOKEN for "
                               "tenant %2. Nothing was done.")
                    .arg(tid, claimed),
                QStringLiteral("Set tokens of one tenant."));
            return ExitCode::Usage;
        }
    }
    if (context.hasSignInManager()) {
        const QString stored = context.signInManager()->account().tenantId;
        if (!tid.isEmpty() && !stored.isEmpty() && stored.compare(tid, Qt::CaseInsensitive) != 0) {
            context.printError(QStringLiteral("The token in %1 is for tenant %2, but the stored sign-in of profile "
                                              "\"%3\" is for tenant %4. Nothing was done.")
                                   .arg(source, tid, s.authProfile.name, stored),
                               QStringLiteral("Set tokens of the profile's tenant, or choose its profile with "
                                              "--profile NAME."));
            return ExitCode::Usage;
        }
        if (tid.isEmpty()) {
            tid = stored;
        }
    }

    const QString given = s.tenant.trimmed();
    const bool anyTenant = given.isEmpty() || given.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
                           || given.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0;
    const bool givenId = !QUuid::fromString(given).isNull();
    const bool graphToken = s.environmentGraph || context.hasSignInManager();
    if (!tid.isEmpty()) {
        if (givenId && given.compare(tid, Qt::CaseInsensitive) != 0) {
            const QString from
                = source.isEmpty() ? QStringLiteral("The stored sign-in") : QStringLiteral("The token in ") + source;
            context.printError(
                QStringLiteral("%1 is for tenant %2, but --tenant says %3. Nothing was done.").arg(from, tid, given),
                QStringLiteral("Leave out --tenant (the token names its tenant), or use a token of %1.").arg(given));
            return ExitCode::Usage;
        }
        if (!anyTenant && !givenId && graphToken) {
            // A domain: one of the token's tenant's verified domains, or the wrong tenant.
            const Organization org = readOrganization(context);
            if (!org.error && !org.verifiedDomains.contains(given, Qt::CaseInsensitive)) {
                context.printError(QStringLiteral("--tenant %1 is not a verified domain of the tenant the token is for "
                                                  "(%2). Nothing was done.")
                                       .arg(given, tid),
                                   QStringLiteral("Leave out --tenant (the token names its tenant), or use a token of "
                                                  "%1.")
                                       .arg(given));
                return ExitCode::Usage;
            }
        }
        context.setTenant(tid);
        return ExitCode::Ok;
    }
    if (!anyTenant || !required) {
        return ExitCode::Ok; // --tenant names it (Exchange takes the id or a domain), or the command needs no id
    }
    QString why = QStringLiteral("no Graph token to ask Microsoft Graph with");
    if (graphToken) {
        const Organization org = readOrganization(context);
        if (!org.id.isEmpty()) {
            context.setTenant(org.id);
            return ExitCode::Ok;
        }
        if (org.error.kind == GraphError::Kind::SignInRequired || org.error.httpStatus == 401) {
            context.printError(QStringLiteral("Microsoft Graph refused the token: %1").arg(org.error.summary()),
                               QStringLiteral("Set CONSENTDESK_ACCESS_TOKEN to a valid token."));
            return ExitCode::SignInNeeded;
        }
        why = QStringLiteral("Microsoft Graph's /organization did not answer: ") + org.error.summary();
    }
    context.printError(QStringLiteral("The tenant is not known: the environment token carries no tenant id (tid), "
                                      "and %1.")
                           .arg(why),
                       QStringLiteral("Give the tenant with --tenant TENANT (its ID or a verified domain)."));
    return ExitCode::Usage;
}
