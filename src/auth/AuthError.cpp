#include "AuthError.h"

#include "AadstsCatalog.h"

#include "log/Redactor.h"
#include "report/TenantText.h"

#include <QMetaEnum>
#include <QNetworkReply>

namespace {

QString networkErrorName(int error)
{
    const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    const char* key = meta.valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(error);
}

bool isTlsError(int error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

QString firstLine(const QString& text)
{
    // Entra's descriptions repeat trace and correlation ids on later lines.
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

bool AuthError::requiresInteraction() const
{
    return kind == Kind::SignInRequired || kind == Kind::ConsentRequired || kind == Kind::AccessBlocked
           || kind == Kind::Protocol;
}

QString AuthError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::SignInRequired:
        return QStringLiteral("sign-in-required");
    case Kind::ConsentRequired:
        return QStringLiteral("consent-required");
    case Kind::AccessBlocked:
        return QStringLiteral("access-blocked");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString AuthError::summary() const
{
    if (isNone()) {
        return QStringLiteral("ok");
    }
    QString text = kindName();
    if (!code.isEmpty()) {
        text += QLatin1Char(' ') + code;
    }
    if (httpStatus > 0) {
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    }
    text += QStringLiteral(": ") + title;
    QStringList ids;
    if (!traceId.isEmpty()) {
        ids << QStringLiteral("trace-id ") + traceId;
    }
    if (!correlationId.isEmpty()) {
        ids << QStringLiteral("correlation-id ") + correlationId;
    }
    if (!ids.isEmpty()) {
        text += QStringLiteral(" [") + ids.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    // One line, as GraphError::summary(): the ids and codes come from the server's answer and may carry line breaks.
    return Redactor::scrub(TenantText::singleLine(text));
}

AuthError AuthError::make(Kind kind, const QString& code, const QString& title, const QString& nextStep)
{
    AuthError e;
    e.kind = kind;
    e.code = code;
    e.title = title;
    e.nextStep = nextStep;
    return e;
}

AuthError AuthError::cancelled()
{
    AuthError e = make(Kind::Cancelled, QStringLiteral("cancelled"), tr("Sign-in was canceled"));
    e.nextStep = tr("Sign in again when you are ready.");
    return e;
}

AuthError AuthError::timeout(int seconds)
{
    AuthError e = make(Kind::Timeout, QStringLiteral("timeout"), tr("The sign-in took too long"));
    e.explanation = tr("ConsentDesk waited %n second(s) for the browser to return from the sign-in page.", "", seconds);
    e.nextStep = tr("Sign in again and finish the sign-in in the browser window that opens.");
    return e;
}

AuthError AuthError::tokenEndpointTimeout(int seconds)
{
    AuthError e
        = make(Kind::Timeout, QStringLiteral("token_timeout"), tr("The sign-in service did not answer in time"));
    e.explanation
        = tr("ConsentDesk waited %n second(s) for the identity platform's token endpoint to answer.", "", seconds);
    e.nextStep = tr("Check your network connection (and proxy), then try again.");
    return e;
}

AuthError AuthError::tenantMismatch(const QString& expected, const QString& actual)
{
    AuthError e = make(Kind::Configuration,
                       QStringLiteral("tenant_mismatch"),
                       tr("You signed in to another tenant than this profile's"));
    e.explanation = tr("The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of "
                       "this sign-in, so no change can reach the wrong tenant.")
                        .arg(expected, actual);
    e.nextStep = tr("Sign in with an account of %1, or create a separate profile for %2.").arg(expected, actual);
    return e;
}

AuthError AuthError::stateMismatch()
{
    AuthError e = make(Kind::Protocol, QStringLiteral("state_mismatch"), tr("The sign-in answer was not ours"));
    e.explanation = tr("The browser returned an answer that does not belong to the sign-in ConsentDesk started (its "
                       "state value did not match). It was ignored.");
    e.nextStep = tr("Finish the sign-in in the browser window ConsentDesk opened, or start it again.");
    return e;
}

AuthError AuthError::insecureAuthority(const QUrl& url)
{
    AuthError e
        = make(Kind::Configuration, QStringLiteral("insecure_authority"), tr("The sign-in address is not secure"));
    e.explanation = tr("%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer "
                       "(the sandbox).")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    e.nextStep = tr("Use the https address of your cloud's sign-in service, or choose the cloud by name.");
    return e;
}

AuthError AuthError::invalidProfile(const QString& message)
{
    AuthError e = make(Kind::Configuration, QStringLiteral("invalid_profile"), tr("The profile is incomplete"));
    e.explanation = message;
    e.nextStep = tr("Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration's "
                    "Overview page.");
    return e;
}

AuthError AuthError::keychain(const QString& message)
{
    AuthError e = make(Kind::Keychain, QStringLiteral("keychain"), tr("The system keychain is not available"));
    e.explanation = message;
    e.nextStep = tr("You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up "
                    "the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).");
    return e;
}

AuthError AuthError::notSignedIn()
{
    AuthError e = make(Kind::SignInRequired, QStringLiteral("not_signed_in"), tr("You are not signed in"));
    e.nextStep = tr("Sign in to your tenant.");
    return e;
}

AuthError
AuthError::fromOAuth(const QString& error, const QString& description, const QList<int>& errorCodes, int httpStatus)
{
    AuthError e;
    e.httpStatus = httpStatus;
    e.oauthError = error;
    e.serverMessage = firstLine(description);
    // error_codes first (branch on codes, not text); the description as a fallback (browser redirects carry none).
    int aadsts = 0;
    for (int c : errorCodes) {
        if (AadstsCatalog::forCode(c)) {
            aadsts = c;
            break;
        }
    }
    if (aadsts == 0) {
        aadsts = errorCodes.isEmpty() ? AadstsCatalog::parseCode(description) : errorCodes.first();
    }
    e.aadsts = aadsts;

    std::optional<AadstsCatalog::Entry> entry = aadsts ? AadstsCatalog::forCode(aadsts) : std::nullopt;
    if (!entry) {
        entry = AadstsCatalog::forOAuthError(error);
    }
    if (entry) {
        e.kind = entry->kind;
        e.title = entry->title;
        e.explanation = entry->explanation;
        e.nextStep = entry->nextStep;
        e.helpUrl = entry->helpUrl;
    } else {
        e.kind = httpStatus >= 500 ? Kind::Server : Kind::Other;
        e.title = tr("Sign-in failed");
        e.explanation = tr("The identity platform answered with an error ConsentDesk does not know.");
        e.nextStep = tr("Try again. If it keeps failing, look up the code below or report it with the correlation ID.");
    }
    if (aadsts) {
        e.code = QStringLiteral("AADSTS%1").arg(aadsts);
        if (!e.helpUrl.isValid()) {
            e.helpUrl = AadstsCatalog::helpUrl(aadsts);
        }
    } else {
        e.code = error.isEmpty() ? QStringLiteral("unknown") : error;
    }
    return e;
}

AuthError AuthError::fromAuthorizationCallback(const QString& error, const QString& description)
{
    return fromOAuth(error, description);
}

AuthError AuthError::fromNetwork(int networkError, const QString& text)
{
    AuthError e;
    e.code = QStringLiteral("network.") + networkErrorName(networkError);
    e.serverMessage = text;
    if (isTlsError(networkError)) {
        e.kind = Kind::Tls;
        e.title = tr("The secure connection to the sign-in service failed");
        e.explanation = tr("The server's certificate was not accepted, or the TLS handshake failed. A proxy or "
                           "security product that inspects traffic, or a wrong system clock, are common causes.");
        e.nextStep = tr("Check the system date and time, and ask your network team whether HTTPS inspection "
                        "applies to login.microsoftonline.com.");
        return e;
    }
    if (networkError == QNetworkReply::TimeoutError) {
        e.kind = Kind::Timeout;
        e.title = tr("The sign-in service did not answer in time");
        e.nextStep = tr("Check your network connection and try again.");
        return e;
    }
    if (networkError == QNetworkReply::OperationCanceledError) {
        return cancelled();
    }
    e.kind = Kind::Network;
    if (networkError >= QNetworkReply::ProxyConnectionRefusedError
        && networkError <= QNetworkReply::UnknownProxyError) {
        e.title = tr("The proxy server refused the connection");
        e.nextStep = tr("Check the system proxy settings, or ask your network team.");
    } else if (networkError == QNetworkReply::HostNotFoundError) {
        e.title = tr("The sign-in service could not be found");
        e.explanation = tr("The name of the sign-in server could not be resolved (DNS).");
        e.nextStep = tr("Check your network connection and the profile's cloud.");
    } else {
        e.title = tr("Could not reach the sign-in service");
        e.nextStep = tr("Check your network connection and try again.");
    }
    return e;
}

AuthError AuthError::fromGraphError(const GraphError& error)
{
    using GK = GraphError::Kind;
    AuthError e;
    switch (error.kind) {
    case GK::None:
        return e;
    case GK::TokenEndpoint:
        e = fromOAuth(error.code, error.message, error.errorCodes, error.httpStatus);
        break;
    case GK::Network:
    case GK::Timeout: {
        // EntraReplyHandler puts the QNetworkReply error's enum name into code.
        const QMetaEnum meta = QMetaEnum::fromType<QNetworkReply::NetworkError>();
        bool ok = false;
        const int value = meta.keyToValue(error.code.toLatin1().constData(), &ok);
        e = fromNetwork(ok ? value
                           : (error.kind == GK::Timeout ? int(QNetworkReply::TimeoutError)
                                                        : int(QNetworkReply::UnknownNetworkError)),
                        error.message);
        break;
    }
    case GK::Cancelled:
        e = cancelled();
        break;
    case GK::SignInRequired:
        e = make(Kind::SignInRequired, QStringLiteral("sign_in_required"), tr("You need to sign in again"));
        e.nextStep = tr("Sign in again.");
        break;
    case GK::InsecureUrl:
        e = insecureAuthority(error.url);
        break;
    case GK::Parse:
    case GK::Protocol:
        if (error.code == QLatin1String("token_redirect")) {
            e = make(Kind::Protocol,
                     QStringLiteral("token_redirect"),
                     tr("The sign-in service answered with a redirect"),
                     tr("Check the profile's cloud and authority. If they are right, a proxy or captive portal on "
                        "this network is intercepting sign-in traffic: try another network."));
            e.explanation = tr("ConsentDesk does not follow redirects from the token endpoint: following one would "
                               "send the sign-in code or the stored sign-in to %1.")
                                .arg(error.url.host().isEmpty() ? tr("another address") : error.url.host());
            break;
        }
        if (error.code == QLatin1String("token_response_too_large")) {
            e = make(Kind::Protocol,
                     QStringLiteral("token_response_too_large"),
                     tr("The sign-in service sent an answer far larger than a sign-in answer"),
                     tr("Check the profile's cloud and authority. If they are right, a proxy on this network may be "
                        "answering in Microsoft's place: try another network."));
            // The limit itself is in the server message (GraphError::message, from EntraReplyHandler).
            e.explanation = tr("ConsentDesk stopped reading the answer from %1: answers from the token endpoint are "
                               "a few KB, and a larger one is not a sign-in answer.")
                                .arg(error.url.host().isEmpty() ? tr("the token endpoint") : error.url.host());
            break;
        }
        e = make(Kind::Protocol,
                 QStringLiteral("protocol"),
                 tr("The sign-in service sent an answer ConsentDesk "
                    "cannot read"));
        e.nextStep = tr("Try again. If it keeps happening, report it with the details below.");
        break;
    default:
        e = make(error.httpStatus >= 500 ? Kind::Server : Kind::Other,
                 error.code.isEmpty() ? error.kindName() : error.code,
                 tr("Sign-in failed"),
                 tr("Try again. If it keeps failing, report it with the details below."));
        break;
    }
    if (e.serverMessage.isEmpty()) {
        e.serverMessage = firstLine(error.message);
    }
    e.httpStatus = error.httpStatus;
    e.traceId = error.traceId;
    e.correlationId = error.correlationId;
    return e;
}

GraphError AuthError::toGraphError() const
{
    GraphError g;
    switch (kind) {
    case Kind::None:
        return g;
    case Kind::Cancelled:
        g.kind = GraphError::Kind::Cancelled;
        break;
    case Kind::Timeout:
        g.kind = GraphError::Kind::Timeout;
        break;
    case Kind::Network:
    case Kind::Tls:
        g.kind = GraphError::Kind::Network;
        break;
    case Kind::SignInRequired:
    case Kind::ConsentRequired:
    case Kind::AccessBlocked:
        g.kind = GraphError::Kind::SignInRequired;
        break;
    default:
        g.kind = GraphError::Kind::TokenEndpoint;
        break;
    }
    g.code = code;
    g.httpStatus = httpStatus;
    g.message = nextStep.isEmpty() ? title : title + QStringLiteral(" — ") + nextStep;
    if (aadsts) {
        g.errorCodes.append(aadsts);
    }
    g.traceId = traceId;
    g.correlationId = correlationId;
    return g;
}
