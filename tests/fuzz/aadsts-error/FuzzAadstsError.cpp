// Fuzz target "aadsts-error": every parser of a server's error answer. The input is one HTTP answer in the script
// form of tests/fuzz/support/ScriptedResponse.h (a bare body is a 200). It is read as
//   - the token endpoint's answer, through EntraReplyHandler::networkReplyFinished (the sign-in's only reader of
//     /token replies): success with tokens (then the id_token's claims are decoded) or tokenRequestFailed;
//   - GraphError::fromTokenEndpointJson / fromGraphJson / fromExchange, and AuthError::fromGraphError, fromOAuth,
//     fromAuthorizationCallback over its error / error_description / error_codes (AadstsCatalog);
//   - SignInErrorExplainer::explain over the whole answer as pasted text (the error explainer);
//   - Redactor::scrub over the text.
// Oracles besides the sanitizers: the reply handler answers exactly once; summary() — what goes to logs — is one
// line (server text cannot forge log lines) and never holds a token value the answer carried in a token field.
#include "FuzzEnvironment.h"
#include "ScriptedReply.h"
#include "ScriptedResponse.h"
#include "auth/AadstsCatalog.h"
#include "auth/AuthError.h"
#include "auth/EntraReplyHandler.h"
#include "auth/IdTokenClaims.h"
#include "auth/SignInErrorExplainer.h"
#include "graph/GraphError.h"
#include "log/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

EntraReplyHandler* g_handler = nullptr;

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "aadsts-error: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

// Token values of the answer (long enough to be recognisable) that no summary may repeat.
QStringList secretsOf(const QJsonObject& root)
{
    QStringList secrets;
    for (const char* key : {"access_token", "refresh_token", "id_token"}) {
        const QString value = root.value(QLatin1String(key)).toString();
        if (value.size() >= 16) {
            secrets.append(value);
        }
    }
    return secrets;
}

void checkSummary(const QString& summary, const QStringList& secrets, const char* where)
{
    for (const QChar c : summary) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029)
            || c == QChar(0x85)) {
            fail("a log summary spans several lines", QString::fromLatin1(where) + QStringLiteral(": ") + summary);
        }
    }
    for (const QString& secret : secrets) {
        if (summary.contains(secret)) {
            fail("a log summary repeats a token", QString::fromLatin1(where));
        }
    }
}

void tokenEndpoint(const ScriptedResponse& response, const QStringList& secrets)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:8080/contoso/oauth2/v2.0/token")));
    auto* reply = new ScriptedReply(QNetworkAccessManager::PostOperation, request, "POST", response);
    FuzzEnvironment::runUntil([reply] { return reply->isFinished(); }, 5000, "scripted token reply");
    int answers = 0;
    QVariantMap tokens;
    const auto ok = QObject::connect(g_handler, &QAbstractOAuthReplyHandler::tokensReceived, [&](const QVariantMap& t) {
        ++answers;
        tokens = t;
    });
    const auto failed
        = QObject::connect(g_handler, &EntraReplyHandler::tokenRequestFailed, [&](const GraphError& error) {
              ++answers;
              checkSummary(error.summary(), secrets, "tokenRequestFailed");
              const AuthError auth = AuthError::fromGraphError(error);
              checkSummary(auth.summary(), secrets, "AuthError::fromGraphError");
          });
    g_handler->networkReplyFinished(reply); // deletes the reply later
    QObject::disconnect(ok);
    QObject::disconnect(failed);
    FuzzEnvironment::runUntil([] { return true; }, 1000, "deleting the reply");
    if (answers != 1) {
        fail("the token reply was answered other than once", QString::number(answers));
    }
    if (!tokens.isEmpty()) {
        const IdTokenClaims claims = IdTokenClaims::decode(tokens.value(QStringLiteral("id_token")).toByteArray());
        claims.isValid();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024) {
        return -1;
    }
    FuzzEnvironment::init();
    if (!g_handler) {
        g_handler = new EntraReplyHandler;
    }
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<ScriptedResponse> responses = ScriptedResponse::parseScript(input);
    const ScriptedResponse response = responses.value(0);
    const QJsonObject root = QJsonDocument::fromJson(response.body).object();
    const QStringList secrets = secretsOf(root);

    tokenEndpoint(response, secrets);

    const GraphError token = GraphError::fromTokenEndpointJson(response.status, response.body);
    checkSummary(token.summary(), secrets, "fromTokenEndpointJson");
    checkSummary(
        GraphError::fromGraphJson(response.status, response.body, "req-1").summary(), secrets, "fromGraphJson");
    checkSummary(GraphError::fromExchange(response.status, response.body).summary(), secrets, "fromExchange");

    const QString error = root.value(QStringLiteral("error")).toString();
    const QString description = root.value(QStringLiteral("error_description")).toString();
    QList<int> codes;
    for (const auto& v : root.value(QStringLiteral("error_codes")).toArray()) {
        codes.append(v.toInt());
    }
    const AuthError fromOAuth = AuthError::fromOAuth(error, description, codes, response.status);
    checkSummary(fromOAuth.summary(), secrets, "AuthError::fromOAuth");
    const AuthError callback = AuthError::fromAuthorizationCallback(error, description);
    checkSummary(callback.summary(), secrets, "AuthError::fromAuthorizationCallback");
    AadstsCatalog::parseCode(QString::fromUtf8(response.body));
    for (const int code : codes) {
        AadstsCatalog::forCode(code);
    }
    AadstsCatalog::forOAuthError(error);
    SignInErrorExplainer::explain(QString::fromUtf8(input)).toJson();
    Redactor::scrub(QString::fromUtf8(input));
    return 0;
}
