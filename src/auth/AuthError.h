#pragma once

#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

/**
 * A sign-in failure in words an admin understands, with the next step: AADSTS codes and OAuth errors from the
 * identity platform (via AadstsCatalog), the browser callback's error, network and TLS failures, timeouts and
 * cancellation. Views show title / explanation / nextStep (and helpUrl); logs use summary(), which carries codes and
 * ids for support but never a token or a server body.
 */
class AuthError
{
    Q_DECLARE_TR_FUNCTIONS(AuthError)

public:
    enum class Kind {
        None,
        Cancelled, // the admin cancelled, or signed out meanwhile
        Timeout, // no answer from the browser (or the server) in time
        Network, // no HTTP answer: offline, DNS, refused, proxy
        Tls, // certificate or TLS handshake failure
        SignInRequired, // the stored sign-in is gone or expired: sign in interactively
        ConsentRequired, // consent missing or declined; admin approval needed
        AccessBlocked, // Conditional Access, security defaults, user not assigned
        Configuration, // app registration or profile wrong (redirect URI, client type, tenant, client id)
        Protocol, // state mismatch, PKCE mismatch, code reused, malformed answers
        Keychain, // the system keychain refused (reported, sign-in continues for this session)
        Server, // the identity platform failed (5xx, temporarily_unavailable)
        Other,
    };

    Kind kind = Kind::None;
    QString code; // "AADSTS90094", "invalid_grant", "network.ConnectionRefusedError", "cancelled"…
    int aadsts = 0; // the AADSTS number, 0 when none
    QString oauthError; // the OAuth "error" value (invalid_grant, consent_required…)
    QString title;
    QString explanation;
    QString nextStep;
    QUrl helpUrl;
    QString serverMessage; // first line of error_description / the network error text (no tokens: safe to show)
    QString traceId;
    QString correlationId;
    int httpStatus = 0;

    bool isNone() const { return kind == Kind::None; }
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // An interactive sign-in (browser) is the way out.
    bool requiresInteraction() const;
    QString summary() const; // one line for logs: code, title, HTTP status, trace/correlation ids
    QString kindName() const;

    static AuthError none() { return {}; }
    static AuthError cancelled();
    static AuthError timeout(int seconds);
    // The token endpoint accepted the connection but sent no answer within `seconds`.
    static AuthError tokenEndpointTimeout(int seconds);
    // The browser (or a stored sign-in) signed in to another tenant than the profile's.
    static AuthError tenantMismatch(const QString& expected, const QString& actual);
    static AuthError stateMismatch();
    static AuthError insecureAuthority(const QUrl& url);
    static AuthError invalidProfile(const QString& message);
    static AuthError keychain(const QString& message);
    static AuthError notSignedIn();
    static AuthError make(Kind kind, const QString& code, const QString& title, const QString& nextStep = {});

    // The identity platform's answers: token endpoint JSON (via GraphError::fromTokenEndpointJson), transport errors.
    static AuthError fromGraphError(const GraphError& error);
    // The redirect's ?error=…&error_description=… (AADSTS number parsed from the description).
    static AuthError fromAuthorizationCallback(const QString& error, const QString& description);
    // error + error_codes/description: the catalog entry when known, a generic one otherwise.
    static AuthError
    fromOAuth(const QString& error, const QString& description, const QList<int>& errorCodes = {}, int httpStatus = 0);
    // A QNetworkReply error (its enum value) with its text.
    static AuthError fromNetwork(int networkError, const QString& text);

    // For TokenProvider callers (GraphClient): interaction needed -> SignInRequired, network -> Network, …
    GraphError toGraphError() const;
};

Q_DECLARE_METATYPE(AuthError)
