#include "SeedRecorder.h"

#include "RecordingNetworkAccessManager.h"

#include "auth/SandboxBrowserDriver.h"
#include "consent/ConsentRequestService.h"
#include "consent/GrantInventory.h"
#include "consent/TenantInventoryLoader.h"
#include "directory/PermissionResolver.h"
#include "directory/ServicePrincipalCache.h"
#include "graph/GraphClient.h"
#include "graph/StaticTokenProvider.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TenantStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString kAdmin = QStringLiteral("adaeze.okafor@contoso.com"); // Global Administrator
const QString kReader = QStringLiteral("kwame.mensah@contoso.com"); // Global Reader
const QString kDomain = QStringLiteral("contoso.onmicrosoft.com");
const QString kClientId = QStringLiteral("ed8937e7-42b0-4264-9c09-91ad3d1b5f07"); // ConsentDesk in the demo tenant
const QString kRedirect = QStringLiteral("http://localhost:53682/");
// The state the oauth-callback harness expects (tests/fuzz/oauth-callback): seeds carry it so they reach acceptance.
const QString kHarnessState = QStringLiteral("pZ3xq0M7yFh2Vt8kLw1sB9dN4rJc6aGe");
const QByteArray kGraphHost = "127.0.0.1:8080"; // the origins the transport harnesses configure
const QByteArray kExchangeHost = "127.0.0.1:8081";
const QString kSouthridgeApp = QStringLiteral("8c0736d8-4760-4cf1-82dc-378f923a221d"); // 7 scopes, 2 app roles
const QString kNorthwindApp = QStringLiteral("01639259-d573-4a21-83de-b3c751f2bde3"); // 7 scopes, 6 app roles
const QString kCohoApp = QStringLiteral("600cec8d-d27b-4389-908c-e0264546ea50"); // mailbox permissions, no policy
const QString kFabrikamRequest = QStringLiteral("436066c2-d931-4630-9f7e-24c4d7647a2a"); // InProgress, no SP

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray verifierChallenge(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString withState(const QUrl& redirect, const QString& state)
{
    QUrlQuery query(redirect);
    if (query.hasQueryItem(QStringLiteral("state"))) {
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), state);
    }
    QUrl url = redirect;
    url.setQuery(query);
    return QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
}

// Sandbox tokens in committed files would look like secrets to every scanner; seeds keep their shape, not their value.
QJsonObject withPlaceholderTokens(QJsonObject answer)
{
    for (const char* key : {"access_token", "refresh_token"}) {
        if (answer.contains(QLatin1String(key))) {
            answer.insert(QLatin1String(key),
                          QStringLiteral("fuzz-placeholder-%1-0123456789abcdef").arg(QLatin1String(key)));
        }
    }
    const QStringList idToken = answer.value(QStringLiteral("id_token")).toString().split(QLatin1Char('.'));
    if (idToken.size() == 3) {
        answer.insert(QStringLiteral("id_token"),
                      QString(idToken.at(0) + QLatin1Char('.') + idToken.at(1) + QStringLiteral(".c2ln")));
    }
    return answer;
}

void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace

ScriptedResponse SeedRecorder::Answer::scripted() const
{
    ScriptedResponse r;
    r.status = status;
    for (const auto& header : headers) {
        const QByteArray name = header.first.toLower();
        // The headers a client reads; the sandbox's diagnostics add nothing for the parsers.
        if (name == "content-type" || name == "retry-after" || name == "request-id" || name == "client-request-id"
            || name == "location") {
            r.headers.append(header);
        }
    }
    r.body = body;
    return r;
}

QJsonObject SeedRecorder::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SeedRecorder::SeedRecorder(const QString& fuzzDir)
    : m_fuzzDir(fuzzDir)
{
}

SeedRecorder::~SeedRecorder() = default;

SeedRecorder::Answer SeedRecorder::call(const QByteArray& method,
                                        const QString& pathAndQuery,
                                        const QByteArray& token,
                                        const QByteArray& body,
                                        const QByteArray& host,
                                        const QHash<QByteArray, QByteArray>& headers)
{
    // As SandboxServer converts a real request (path PrettyDecoded, '+' in a query is a space).
    SandboxRequest request;
    request.method = method;
    request.url = QUrl(QStringLiteral("http://") + QString::fromLatin1(host) + pathAndQuery);
    request.path = request.url.path();
    QString query = request.url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    request.query = QUrlQuery(query);
    request.peer = QHostAddress::LocalHost;
    request.headers.insert("host", host);
    if (!token.isEmpty()) {
        request.headers.insert("authorization", "Bearer " + token);
    }
    if (!body.isEmpty()) {
        request.headers.insert("content-type",
                               body.startsWith('{') ? "application/json" : "application/x-www-form-urlencoded");
    }
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        request.headers.insert(it.key().toLower(), it.value());
    }
    request.body = body;
    const SandboxServer::Outcome outcome = m_target->process(request);
    Answer answer;
    answer.status = outcome.response.status;
    answer.headers = outcome.response.headers;
    answer.body = outcome.response.body;
    return answer;
}

QByteArray SeedRecorder::token(const QString& upn, const QString& resource)
{
    const Answer a = call("GET",
                          QStringLiteral("/_sandbox/token?upn=%1&resource=%2")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(upn)), resource));
    return a.json().value(QStringLiteral("access_token")).toString().toLatin1();
}

void SeedRecorder::write(const QString& target, const QString& name, const QByteArray& data)
{
    const QString dir = m_fuzzDir.filePath(target + QStringLiteral("/corpus"));
    QDir().mkpath(dir);
    QFile file(dir + QStringLiteral("/seed-") + name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(data);
        ++m_written;
    }
}

bool SeedRecorder::run(QString* error)
{
    SandboxOptions options; // the embedded demo tenant
    options.exchangePropagationMs = 0;
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->start(error) == 0) {
        return false;
    }
    m_target = m_server.get();
    m_tenant = m_server->store().tenantId();
    m_admin = token(kAdmin);
    m_reader = token(kReader);
    m_exchange = token(kAdmin, QStringLiteral("exchange"));
    if (m_admin.isEmpty() || m_reader.isEmpty() || m_exchange.isEmpty()) {
        *error = QStringLiteral("the sandbox gave no token");
        return false;
    }
    // Reads first (they see the demo tenant as shipped), then the flows that write.
    const bool ok = recordEntities(error) && recordFilters(error) && recordExchange(error) && recordCallbacks(error)
                    && recordErrors(error) && recordFixtures(error) && recordCollection(error) && recordJournal(error);
    std::fprintf(stderr, "%d seed files written under %s\n", m_written, qPrintable(m_fuzzDir.path()));
    return ok;
}

// graph-collection: the three operations of the harness, answered by the sandbox.
bool SeedRecorder::recordCollection(QString* error)
{
    const QHash<QByteArray, QByteArray> eventual {{"ConsistencyLevel", "eventual"}};
    auto pages = [&](const QByteArray& token) {
        QList<ScriptedResponse> out;
        QString next = QStringLiteral("/v1.0/servicePrincipals?$select=id,appId,displayName&$count=true&$top=12");
        while (!next.isEmpty() && out.size() < 5) {
            const Answer a = call("GET", next, token, {}, kGraphHost, eventual);
            out.append(a.scripted());
            next = a.json().value(QStringLiteral("@odata.nextLink")).toString();
            next.remove(QStringLiteral("http://") + QString::fromLatin1(kGraphHost));
        }
        return out;
    };
    const QJsonObject grant = call("GET", QStringLiteral("/v1.0/oauth2PermissionGrants?$top=1"), m_admin)
                                  .json()
                                  .value(QStringLiteral("value"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QString grantPath
        = QStringLiteral("/v1.0/oauth2PermissionGrants/") + grant.value(QStringLiteral("id")).toString();
    const QByteArray patchBody = compact(QJsonObject {{QStringLiteral("scope"), grant.value(QStringLiteral("scope"))}});
    // The harness's batch: GET /users?$top=1, PATCH /servicePrincipals/x, DELETE /oauth2PermissionGrants/y after it.
    const QJsonObject batch {
        {QStringLiteral("requests"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                                  {QStringLiteral("method"), QStringLiteral("GET")},
                                  {QStringLiteral("url"), QStringLiteral("/users?$top=1")}},
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
                                  {QStringLiteral("method"), QStringLiteral("PATCH")},
                                  {QStringLiteral("url"), QStringLiteral("/servicePrincipals/x")},
                                  {QStringLiteral("body"), QJsonObject {{QStringLiteral("accountEnabled"), false}}},
                                  {QStringLiteral("headers"),
                                   QJsonObject {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}}},
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("3")},
                                  {QStringLiteral("method"), QStringLiteral("DELETE")},
                                  {QStringLiteral("url"), QStringLiteral("/oauth2PermissionGrants/y")},
                                  {QStringLiteral("dependsOn"), QJsonArray {QStringLiteral("2")}}}}}};

    QList<ScriptedResponse> script = pages(m_admin);
    if (script.size() < 2) {
        *error = QStringLiteral("the service principals did not page");
        return false;
    }
    const ScriptedResponse patch = call("PATCH", grantPath, m_admin, patchBody).scripted();
    const ScriptedResponse batchAnswer
        = call("POST", QStringLiteral("/v1.0/$batch"), m_admin, compact(batch)).scripted();
    write(QStringLiteral("graph-collection"),
          QStringLiteral("inventory-pages"),
          ScriptedResponse::toScript(script + QList<ScriptedResponse> {patch, batchAnswer}));

    // A Global Reader: the pages, then Graph's refusals of both writes.
    QList<ScriptedResponse> reader = pages(m_reader);
    reader.append(call("PATCH", grantPath, m_reader, patchBody).scripted());
    reader.append(call("POST", QStringLiteral("/v1.0/$batch"), m_reader, compact(batch)).scripted());
    write(QStringLiteral("graph-collection"), QStringLiteral("reader-refused"), ScriptedResponse::toScript(reader));

    // No valid token: 401 with Graph's InvalidAuthenticationToken.
    const ScriptedResponse unauthorized
        = call("GET", QStringLiteral("/v1.0/servicePrincipals"), "not-a-token").scripted();
    write(QStringLiteral("graph-collection"),
          QStringLiteral("unauthorized"),
          ScriptedResponse::toScript({unauthorized, unauthorized, unauthorized}));

    // Faults as the sandbox injects them: 429 and 503 with Retry-After, per item inside $batch as well.
    SandboxOptions faulty;
    faulty.throttleRate = 0.3;
    faulty.errorRate = 0.2;
    bool found = false;
    for (quint64 seed = 1; seed < 200 && !found; ++seed) {
        faulty.seed = seed;
        SandboxServer server(faulty);
        if (server.start(error) == 0) {
            return false;
        }
        m_target = &server;
        const QByteArray admin = token(kAdmin);
        QList<ScriptedResponse> faults = pages(admin);
        faults.append(call("PATCH", grantPath, admin, patchBody).scripted());
        const Answer b = call("POST", QStringLiteral("/v1.0/$batch"), admin, compact(batch));
        faults.append(b.scripted());
        m_target = m_server.get();
        const bool throttledPage = std::any_of(faults.cbegin(), faults.cend(), [](const ScriptedResponse& r) {
            return r.status == 429 || r.status == 503;
        });
        const bool throttledItem = b.status == 200 && b.body.contains("\"status\":429");
        if (throttledPage && throttledItem) {
            write(QStringLiteral("graph-collection"), QStringLiteral("faults"), ScriptedResponse::toScript(faults));
            found = true;
        }
    }
    if (!found) {
        *error = QStringLiteral("no fault seed throttled both a page and a batch item");
        return false;
    }
    return true;
}

// exchange-response: the harness's eight cmdlets in its order, as the Global Administrator and as a Global Reader.
bool SeedRecorder::recordExchange(QString*)
{
    const TenantStore& store = m_server->store();
    const QJsonObject exchange = store.exchange();
    QString group = QStringLiteral("Executive Team");
    QString mailbox = kAdmin;
    const QString app = QStringLiteral("6bf1bbc8-2a0f-4d23-9bc6-5f6a7e5a4e0b");
    auto run = [&](const QByteArray& token) {
        const QString path = QStringLiteral("/adminapi/beta/") + m_tenant + QStringLiteral("/InvokeCommand");
        QList<ScriptedResponse> script;
        auto invoke = [&](const QString& cmdlet, const QJsonObject& parameters) {
            const QJsonObject body {
                {QStringLiteral("CmdletInput"),
                 QJsonObject {{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}};
            ScriptedResponse answer = call("POST", path, token, compact(body), kExchangeHost).scripted();
            // At most four rows a cmdlet: enough for every shape, small enough to mutate quickly.
            QJsonObject rows = QJsonDocument::fromJson(answer.body).object();
            QJsonArray value = rows.value(QStringLiteral("value")).toArray();
            if (value.size() > 4) {
                while (value.size() > 4) {
                    value.removeLast();
                }
                rows.insert(QStringLiteral("value"), value);
                answer.body = compact(rows);
            }
            script.append(answer);
        };
        invoke(QStringLiteral("Get-ApplicationAccessPolicy"), {});
        invoke(QStringLiteral("Get-DistributionGroup"), {});
        invoke(QStringLiteral("Get-DistributionGroupMember"), {{QStringLiteral("Identity"), group}});
        invoke(QStringLiteral("Get-Mailbox"), {});
        invoke(QStringLiteral("Test-ApplicationAccessPolicy"),
               {{QStringLiteral("Identity"), mailbox}, {QStringLiteral("AppId"), app}});
        invoke(QStringLiteral("Get-ManagementScope"), {});
        invoke(QStringLiteral("Get-ManagementRoleAssignment"), {{QStringLiteral("App"), app}});
        invoke(QStringLiteral("Test-ServicePrincipalAuthorization"),
               {{QStringLiteral("Identity"), app}, {QStringLiteral("Resource"), mailbox}});
        return script;
    };
    Q_UNUSED(exchange);
    write(QStringLiteral("exchange-response"),
          QStringLiteral("mailbox-access"),
          ScriptedResponse::toScript(run(m_exchange)));
    // An account without an Exchange role (Cloud Application Administrator only): Exchange's refusals.
    write(QStringLiteral("exchange-response"),
          QStringLiteral("no-exchange-role"),
          ScriptedResponse::toScript(
              run(token(QStringLiteral("marcus.lindqvist@contoso.com"), QStringLiteral("exchange")))));
    return true;
}

// oauth-callback: the redirects a real sign-in and a real admin consent end with, as the loopback listener sees them.
bool SeedRecorder::recordCallbacks(QString* error)
{
    // Drives the sandbox's pages like SandboxBrowserDriver: load, pick the user on the form, post, follow, until the
    // redirect to ConsentDesk's listener.
    auto browse = [&](QString pathAndQuery) -> QUrl {
        QByteArray cookie;
        QByteArray method = "GET";
        QByteArray body;
        for (int step = 0; step < 8; ++step) {
            QHash<QByteArray, QByteArray> headers;
            if (!cookie.isEmpty()) {
                headers.insert("Cookie", cookie);
            }
            const Answer a = call(method, pathAndQuery, {}, body, kGraphHost, headers);
            if (qEnvironmentVariableIsSet("CONSENTDESK_FUZZ_VERBOSE")) {
                std::fprintf(stderr,
                             "%s %s [%s] -> %d\n",
                             method.constData(),
                             qPrintable(pathAndQuery),
                             body.constData(),
                             a.status);
                if (qEnvironmentVariableIsSet("CONSENTDESK_FUZZ_VERBOSE_HTML")) {
                    std::fprintf(stderr, "%s\n", a.body.constData());
                }
            }
            QUrl location;
            for (const auto& h : a.headers) {
                if (h.first.compare("set-cookie", Qt::CaseInsensitive) == 0) {
                    cookie = h.second.split(';').first();
                } else if (h.first.compare("location", Qt::CaseInsensitive) == 0) {
                    location = QUrl::fromEncoded(h.second);
                }
            }
            if (a.status == 302 || a.status == 303) {
                if (location.toString().startsWith(kRedirect)) {
                    return location;
                }
                pathAndQuery = QString::fromLatin1(location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
                method = "GET";
                body.clear();
                continue;
            }
            const QUrl page(QStringLiteral("http://") + QString::fromLatin1(kGraphHost) + pathAndQuery);
            const SandboxBrowserDriver::Form form = SandboxBrowserDriver::parseForm(a.body, page, kAdmin);
            if (form.action.isEmpty()) {
                return {};
            }
            QUrlQuery fields;
            for (const auto& f : form.fields) {
                fields.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
            }
            // SandboxBrowserDriver picks the user but presses no button on a sign-in form; the admin-consent page
            // wants its "Sign in" button (action=signin) pressed.
            if (form.userChosen && !fields.hasQueryItem(QStringLiteral("action"))) {
                fields.addQueryItem(QStringLiteral("action"), QStringLiteral("signin"));
            }
            method = form.method.toUpper();
            if (method == "POST") {
                body = fields.query(QUrl::FullyEncoded).toLatin1();
                pathAndQuery = QString::fromLatin1(form.action.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
            } else {
                QUrl target = form.action;
                target.setQuery(fields);
                pathAndQuery = QString::fromLatin1(target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
                body.clear();
            }
        }
        return {};
    };
    auto authorize = [&](const QByteArray& verifier, const QString& state, const QPair<QString, QString>& extra) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), kClientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
        q.addQueryItem(QStringLiteral("scope"),
                       QStringLiteral("openid profile offline_access User.Read Directory.Read.All"));
        q.addQueryItem(QStringLiteral("state"), state);
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(verifierChallenge(verifier)));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        q.addQueryItem(QStringLiteral("login_hint"), kAdmin);
        if (!extra.first.isEmpty()) {
            q.removeAllQueryItems(extra.first);
            q.addQueryItem(extra.first, extra.second);
        }
        return browse(QStringLiteral("/") + kDomain + QStringLiteral("/oauth2/v2.0/authorize?")
                      + q.query(QUrl::FullyEncoded));
    };

    const QByteArray verifier = "fuzz-seed-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
    const QUrl signIn = authorize(verifier, QStringLiteral("recorded-state-1"), {});
    // The listener sees the code; the seeds keep its shape ("1." + base64url), not the sandbox's value.
    auto placeholder = [](QString target) {
        static const QRegularExpression code(QStringLiteral("code=1\\.[A-Za-z0-9_-]+"));
        return target.replace(code, QStringLiteral("code=1.fuzzPlaceholderCode0123456789abcdefghijklmnopqrstuvwxyzAB"))
            .toLatin1();
    };
    const QString code = QUrlQuery(signIn).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        *error = QStringLiteral("the recorded sign-in ended without a code: ") + signIn.toString();
        return false;
    }
    m_signInCode = code;
    m_signInVerifier = QString::fromLatin1(verifier);
    m_redirectUri = kRedirect;
    write(
        QStringLiteral("oauth-callback"), QStringLiteral("signin-code"), placeholder(withState(signIn, kHarnessState)));
    write(QStringLiteral("oauth-callback"),
          QStringLiteral("signin-other-state"),
          placeholder(QString::fromLatin1(signIn.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority))));
    // The same answer with its code dropped, and the browser's own favicon request to the listener.
    QUrl noCode = signIn;
    QUrlQuery stripped(signIn);
    stripped.removeAllQueryItems(QStringLiteral("code"));
    noCode.setQuery(stripped);
    write(QStringLiteral("oauth-callback"), QStringLiteral("no-code"), placeholder(withState(noCode, kHarnessState)));
    write(QStringLiteral("oauth-callback"), QStringLiteral("favicon"), "/favicon.ico");

    // Entra's error redirects: an unknown scope; prompt=none for a session that must consent first.
    const QList<QPair<QString, QPair<QString, QString>>> errors {
        {QStringLiteral("error-invalid-scope"), {QStringLiteral("scope"), QStringLiteral("openid Not.A.Scope")}},
        {QStringLiteral("error-prompt-none"), {QStringLiteral("prompt"), QStringLiteral("none")}},
        {QStringLiteral("error-prompt-bogus"), {QStringLiteral("prompt"), QStringLiteral("bogus")}}};
    for (const auto& [name, extra] : errors) {
        const QUrl redirect = authorize(verifier, QStringLiteral("recorded-state-2"), extra);
        if (!redirect.isEmpty()) {
            write(QStringLiteral("oauth-callback"), name, placeholder(withState(redirect, kHarnessState)));
        }
    }

    // Admin consent through Microsoft's own page.
    QUrlQuery consent;
    consent.addQueryItem(QStringLiteral("client_id"), kClientId);
    consent.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    consent.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
    consent.addQueryItem(QStringLiteral("state"), QStringLiteral("recorded-state-3"));
    const QUrl admin = browse(QStringLiteral("/") + kDomain + QStringLiteral("/v2.0/adminconsent?")
                              + consent.query(QUrl::FullyEncoded));
    if (!admin.isEmpty()) {
        write(QStringLiteral("oauth-callback"),
              QStringLiteral("admin-consent"),
              withState(admin, kHarnessState).toLatin1());
    }
    return true;
}

// aadsts-error: answers of the token endpoint (failures and one success), and Graph's and Exchange's error bodies.
bool SeedRecorder::recordErrors(QString*)
{
    const QString tokenPath = QStringLiteral("/") + kDomain + QStringLiteral("/oauth2/v2.0/token");
    auto form = [](const QList<QPair<QString, QString>>& items) {
        QUrlQuery q;
        for (const auto& item : items) {
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        }
        return q.query(QUrl::FullyEncoded).toLatin1();
    };
    auto save = [&](const QString& name, const Answer& a) {
        Answer copy = a;
        const QJsonObject json = a.json();
        if (json.contains(QStringLiteral("access_token"))) {
            copy.body = compact(withPlaceholderTokens(json));
        }
        write(QStringLiteral("aadsts-error"), name, ScriptedResponse::toScript({copy.scripted()}));
    };
    const QPair<QString, QString> client {QStringLiteral("client_id"), kClientId};
    const QPair<QString, QString> redirect {QStringLiteral("redirect_uri"), m_redirectUri};
    const QPair<QString, QString> scope {QStringLiteral("scope"),
                                         QStringLiteral("openid profile offline_access User.Read")};

    save(QStringLiteral("token-success"),
         call("POST",
              tokenPath,
              {},
              form({client,
                    {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), m_signInCode},
                    redirect,
                    {QStringLiteral("code_verifier"), m_signInVerifier},
                    scope})));
    save(QStringLiteral("code-reused"),
         call("POST",
              tokenPath,
              {},
              form({client,
                    {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), m_signInCode},
                    redirect,
                    {QStringLiteral("code_verifier"), m_signInVerifier},
                    scope})));
    save(QStringLiteral("code-invalid"),
         call("POST",
              tokenPath,
              {},
              form({client,
                    {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), QStringLiteral("not-a-code")},
                    redirect,
                    {QStringLiteral("code_verifier"), m_signInVerifier}})));
    save(QStringLiteral("client-unknown"),
         call("POST",
              tokenPath,
              {},
              form({{QStringLiteral("client_id"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), QStringLiteral("0.AAAA-not-a-token")}})));
    save(QStringLiteral("refresh-invalid"),
         call("POST",
              tokenPath,
              {},
              form({client,
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), QStringLiteral("0.AAAA-not-a-token")},
                    scope})));
    save(QStringLiteral("public-client-secret"),
         call("POST",
              tokenPath,
              {},
              form({client,
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), QStringLiteral("0.AAAA-not-a-token")},
                    {QStringLiteral("client_secret"), QStringLiteral("s3cr3t")}})));
    save(QStringLiteral("grant-type-unsupported"),
         call("POST", tokenPath, {}, form({client, {QStringLiteral("grant_type"), QStringLiteral("password")}})));
    save(QStringLiteral("graph-bad-filter"),
         call("GET", QStringLiteral("/v1.0/servicePrincipals?$filter=displayName%20eq"), m_admin));
    save(QStringLiteral("graph-not-found"),
         call("GET", QStringLiteral("/v1.0/servicePrincipals/00000000-0000-0000-0000-000000000000"), m_admin));
    save(QStringLiteral("graph-reader-write"),
         call("PATCH",
              QStringLiteral("/v1.0/servicePrincipals/") + kNorthwindApp,
              m_reader,
              compact(QJsonObject {{QStringLiteral("accountEnabled"), false}})));
    save(QStringLiteral("graph-no-token"), call("GET", QStringLiteral("/v1.0/me")));
    const QString invoke = QStringLiteral("/adminapi/beta/") + m_tenant + QStringLiteral("/InvokeCommand");
    auto cmdlet = [](const QString& name, const QJsonObject& parameters) {
        return compact(QJsonObject {
            {QStringLiteral("CmdletInput"),
             QJsonObject {{QStringLiteral("CmdletName"), name}, {QStringLiteral("Parameters"), parameters}}}});
    };
    save(QStringLiteral("exchange-invalid-operation"),
         call("POST",
              invoke,
              m_exchange,
              cmdlet(QStringLiteral("New-ApplicationAccessPolicy"),
                     {{QStringLiteral("AppId"), kCohoApp},
                      {QStringLiteral("PolicyScopeGroupId"), QStringLiteral("no-such-group@contoso.com")},
                      {QStringLiteral("AccessRight"), QStringLiteral("RestrictAccess")}}),
              kExchangeHost));
    save(QStringLiteral("exchange-reader"),
         call("POST",
              invoke,
              token(kReader, QStringLiteral("exchange")),
              cmdlet(QStringLiteral("Get-ApplicationAccessPolicy"), {}),
              kExchangeHost));
    return true;
}

// graph-entities: Graph's answers for the objects the client parses, and one app with everything it holds.
bool SeedRecorder::recordEntities(QString* error)
{
    auto page = [&](const QString& path) { return call("GET", path, m_admin).json(); };
    auto saveValue = [&](const QString& name, const QJsonObject& answer, int keep) {
        QJsonObject trimmed = answer;
        QJsonArray value = answer.value(QStringLiteral("value")).toArray();
        while (value.size() > keep) {
            value.removeLast();
        }
        trimmed.insert(QStringLiteral("value"), value);
        write(QStringLiteral("graph-entities"), name, compact(trimmed));
    };
    saveValue(QStringLiteral("users"), page(QStringLiteral("/v1.0/users?$top=3")), 3);
    saveValue(QStringLiteral("grants"), page(QStringLiteral("/v1.0/oauth2PermissionGrants?$top=6")), 6);
    saveValue(QStringLiteral("consent-requests"),
              page(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests?$top=3")),
              3);
    saveValue(QStringLiteral("user-consent-requests"),
              page(QStringLiteral("/v1.0/identityGovernance/appConsent/appConsentRequests/") + kFabrikamRequest
                   + QStringLiteral("/userConsentRequests")),
              3);

    // Every service principal of the demo tenant by id (resources trimmed to the claims an app holds, below).
    QHash<QString, QJsonObject> principals;
    for (const auto& v :
         page(QStringLiteral("/v1.0/servicePrincipals?$top=999")).value(QStringLiteral("value")).toArray()) {
        principals.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    }
    for (const QString& appId : {kSouthridgeApp, kNorthwindApp}) {
        const QJsonObject client = principals.value(appId);
        if (client.isEmpty()) {
            *error = QStringLiteral("no service principal %1 in the demo tenant").arg(appId);
            return false;
        }
        const QJsonArray grants = page(QStringLiteral("/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20'") + appId
                                       + QStringLiteral("'"))
                                      .value(QStringLiteral("value"))
                                      .toArray();
        const QJsonArray assignments
            = page(QStringLiteral("/v1.0/servicePrincipals/") + appId + QStringLiteral("/appRoleAssignments"))
                  .value(QStringLiteral("value"))
                  .toArray();
        // Resources with only the scopes and roles this app holds: the Microsoft Graph SP publishes hundreds.
        QHash<QString, QSet<QString>> held;
        for (const auto& g : grants) {
            for (const QString& s :
                 g.toObject().value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                held[g.toObject().value(QStringLiteral("resourceId")).toString()].insert(s.toLower());
            }
        }
        for (const auto& a : assignments) {
            held[a.toObject().value(QStringLiteral("resourceId")).toString()].insert(
                a.toObject().value(QStringLiteral("appRoleId")).toString().toLower());
        }
        QJsonArray objects {client};
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            QJsonObject resource = principals.value(it.key());
            for (const char* list : {"oauth2PermissionScopes", "appRoles"}) {
                QJsonArray kept;
                for (const auto& p : resource.value(QLatin1String(list)).toArray()) {
                    if (it.value().contains(p.toObject().value(QStringLiteral("value")).toString().toLower())
                        || it.value().contains(p.toObject().value(QStringLiteral("id")).toString().toLower())) {
                        kept.append(p);
                    }
                }
                resource.insert(QLatin1String(list), kept);
            }
            objects.append(resource);
        }
        for (const auto& g : grants) {
            objects.append(g);
        }
        for (const auto& a : assignments) {
            objects.append(a);
        }
        write(QStringLiteral("graph-entities"),
              QStringLiteral("app-")
                  + client.value(QStringLiteral("displayName")).toString().section(QLatin1Char(' '), 0, 0).toLower(),
              compact(objects));
    }
    return true;
}

// odata-filter: the query strings ConsentDesk's services send, recorded from a real run against the sandbox.
bool SeedRecorder::recordFilters(QString* error)
{
    RecordingNetworkAccessManager nam;
    StaticTokenProvider tokens(m_admin, m_exchange);
    GraphClient client;
    client.setNetworkAccessManager(&nam);
    client.setTokenProvider(&tokens);
    client.setEndpoints({m_server->baseUrl(), m_server->baseUrl(), kDomain});

    TenantInventoryLoader inventory(&client);
    bool inventoryDone = false;
    QObject::connect(&inventory, &TenantInventoryLoader::finished, [&] { inventoryDone = true; });
    inventory.setPageSize(10);
    inventory.start();
    waitFor([&] { return inventoryDone; }, 60000);

    ServicePrincipalCache cache(&client);
    PermissionResolver resolver(&cache);
    ConsentRequestService requests(&client, &resolver);
    QObject context;
    int listings = 0;
    ConsentRequestService::Query all;
    all.view = ConsentRequestService::View::All;
    all.statuses = {QStringLiteral("InProgress"), QStringLiteral("Expired")};
    requests.list(all, &context, [&](const ConsentRequestService::Listing&) { ++listings; });
    requests.list({}, &context, [&](const ConsentRequestService::Listing&) { ++listings; });
    waitFor([&] { return listings == 2; }, 60000);

    GrantInventory grants(&client, &cache);
    bool loaded = false;
    grants.loadApp(ServicePrincipalCache::Key::byAppId(QStringLiteral("0dd76e4e-34fc-4bc4-8e7d-5c8aae192ce0")),
                   &context,
                   [&](const AppInventory&) { loaded = true; });
    waitFor([&] { return loaded; }, 60000);
    if (!inventoryDone || listings != 2 || !loaded) {
        *error = QStringLiteral("the recorded client flows did not finish");
        return false;
    }

    QSet<QString> seen;
    int n = 0;
    for (const QUrl& url : nam.urls()) {
        const QString query = url.query(QUrl::FullyEncoded);
        if (query.isEmpty() || seen.contains(query) || query.contains(QLatin1String("skiptoken"))) {
            continue;
        }
        seen.insert(query);
        write(QStringLiteral("odata-filter"),
              QStringLiteral("client-%1").arg(++n, 2, 10, QLatin1Char('0')),
              query.toUtf8());
    }
    // The filters of graph-api.md that the client does not happen to send in this run, as Graph documents them.
    const QStringList documented {
        QStringLiteral("$filter=startswith(displayName,'Contoso') or startswith(userPrincipalName,'adele')&$top=5"),
        QStringLiteral("$filter=servicePrincipalNames/any(n:n eq 'https://graph.microsoft.com')"),
        QStringLiteral("$filter=principalId eq b6cee3e8-742a-4101-b7b5-d48f10ef6abf&$select=id,resourceId"),
        QStringLiteral("$filter=groupTypes/any(c:c eq 'Unified') and mailEnabled eq true"),
        QStringLiteral("$filter=not(accountEnabled eq true)&$count=true"),
        QStringLiteral("$filter=createdDateTime ge 2024-01-01T00:00:00Z and id in ('a','b','c')&$orderby=displayName"),
        QStringLiteral("$search=\"displayName:Outreach\"&$count=true"),
    };
    for (const QString& q : documented) {
        write(QStringLiteral("odata-filter"),
              QStringLiteral("documented-%1").arg(++n, 2, 10, QLatin1Char('0')),
              q.toUtf8());
    }
    return true;
}

// journal-reader: the journal of real CLI runs (keep-only, a full revoke and its restore, a grant, an Exchange
// policy), and what a crash leaves of it.
bool SeedRecorder::recordJournal(QString* error)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("CONSENTDESK_ACCESS_TOKEN"), QString::fromLatin1(m_admin));
    env.insert(QStringLiteral("CONSENTDESK_EXCHANGE_TOKEN"), QString::fromLatin1(m_exchange));
    env.insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    const QString journalPath
        = home.filePath(QStringLiteral("data/ConsentDesk/ConsentDesk/journal/consentdesk-journal.jsonl"));
    const QStringList connection {QStringLiteral("--sandbox"),
                                  m_server->baseUrl().toString(),
                                  QStringLiteral("--tenant"),
                                  kDomain,
                                  QStringLiteral("--client-id"),
                                  kClientId};
    auto cli = [&](const QStringList& args) {
        QProcess process;
        process.setProcessEnvironment(env);
        bool finished = false;
        QObject::connect(&process, &QProcess::finished, [&finished] { finished = true; });
        process.start(QStringLiteral(CONSENTDESK_BINARY_DIR "/bin/consentdesk-cli"), connection + args);
        waitFor([&finished] { return finished; }, 120000);
        if (!finished || process.exitCode() != 0) {
            *error = QStringLiteral("consentdesk-cli %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError()));
            return false;
        }
        return true;
    };
    auto lastOperation = [&] {
        QFile file(journalPath);
        QString operation;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QString op
                    = QJsonDocument::fromJson(line).object().value(QStringLiteral("operationId")).toString();
                if (!op.isEmpty()) {
                    operation = op;
                }
            }
        }
        return operation;
    };
    if (!cli({QStringLiteral("grants"),
              QStringLiteral("keep-only"),
              QStringLiteral("--app"),
              kSouthridgeApp,
              QStringLiteral("--keep"),
              QStringLiteral("User.Read,openid,App:Calendars.Read"),
              QStringLiteral("--yes")})
        || !cli({QStringLiteral("grants"),
                 QStringLiteral("revoke"),
                 QStringLiteral("--app"),
                 kNorthwindApp,
                 QStringLiteral("--all-permissions"),
                 QStringLiteral("--yes")})) {
        return false;
    }
    const QString revoke = lastOperation();
    if (!cli({QStringLiteral("journal"),
              QStringLiteral("restore"),
              QStringLiteral("--operation"),
              revoke,
              QStringLiteral("--yes")})
        || !cli({QStringLiteral("requests"), QStringLiteral("grant"), kFabrikamRequest, QStringLiteral("--yes")})
        || !cli({QStringLiteral("policy"),
                 QStringLiteral("new"),
                 QStringLiteral("--app"),
                 kCohoApp,
                 QStringLiteral("--group"),
                 QStringLiteral("Executive Team"),
                 QStringLiteral("--access"),
                 QStringLiteral("restrict"),
                 QStringLiteral("--yes")})) {
        return false;
    }
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no journal at ") + journalPath;
        return false;
    }
    const QByteArray journal = file.readAll();
    write(QStringLiteral("journal-reader"), QStringLiteral("cli-session"), journal);
    // A crash: the last line cut in the middle. And a process killed before any answer: intents only.
    const QByteArray trimmed = journal.trimmed();
    write(QStringLiteral("journal-reader"),
          QStringLiteral("crash-mid-line"),
          trimmed.left(trimmed.size() - trimmed.size() / 40));
    QByteArray intents;
    for (const QByteArray& line : journal.split('\n')) {
        if (line.contains("\"type\":\"intent\"")) {
            intents += line + '\n';
        }
    }
    write(QStringLiteral("journal-reader"), QStringLiteral("pending-only"), intents);
    return true;
}

// fixture-loader: the demo tenant and the tests' mini tenant, each cut to a few objects per collection so the fuzzer
// mutates kilobytes, not the whole 230 KB.
bool SeedRecorder::recordFixtures(QString* error)
{
    for (const auto& [name, path] : QList<QPair<QString, QString>> {
             {QStringLiteral("contoso"), SandboxOptions::embeddedFixture()},
             {QStringLiteral("mini"), QStringLiteral(CONSENTDESK_SOURCE_DIR "/tests/data/sandbox-mini.json")}}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + path;
            return false;
        }
        // Every array cut to three items, at every depth (the Microsoft Graph SP publishes hundreds of roles).
        std::function<QJsonValue(const QJsonValue&)> trim = [&trim](const QJsonValue& v) -> QJsonValue {
            if (v.isArray()) {
                QJsonArray out;
                for (const auto& item : v.toArray()) {
                    if (out.size() == 3) {
                        break;
                    }
                    out.append(trim(item));
                }
                return out;
            }
            if (v.isObject()) {
                QJsonObject out;
                const QJsonObject in = v.toObject();
                for (auto it = in.begin(); it != in.end(); ++it) {
                    out.insert(it.key(), trim(it.value()));
                }
                return out;
            }
            return v;
        };
        const QJsonObject fixture = trim(QJsonDocument::fromJson(file.readAll()).object()).toObject();
        write(QStringLiteral("fixture-loader"), name, QJsonDocument(fixture).toJson(QJsonDocument::Compact));
    }
    return true;
}
