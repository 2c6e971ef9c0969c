#include "EntraError.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kInvalidRequest = QStringLiteral("invalid_request");
const QString kInvalidGrant = QStringLiteral("invalid_grant");
const QString kInvalidClient = QStringLiteral("invalid_client");
const QString kInvalidScope = QStringLiteral("invalid_scope");
const QString kAccessDenied = QStringLiteral("access_denied");

} // namespace

EntraError::EntraError(QString error, int code, QString message, int httpStatus)
    : error(std::move(error))
    , code(code)
    , message(std::move(message))
    , httpStatus(httpStatus)
{
}

EntraError::Context EntraError::context(const SandboxRequest& request, const QDateTime& now)
{
    Context c;
    c.now = now.toUTC();
    c.traceId = newGuid();
    // Entra uses the client's client-request-id as the correlation id when it sends one (MSAL does).
    const QString clientRequestId = QString::fromLatin1(request.header("client-request-id")).trimmed();
    c.correlationId = QUuid::fromString(clientRequestId).isNull() ? newGuid() : clientRequestId.toLower();
    return c;
}

QString EntraError::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
}

QString EntraError::errorUri() const
{
    return QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code);
}

QString EntraError::description(const Context& context) const
{
    return QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
        .arg(QString::number(code), message, context.traceId, context.correlationId, timestamp(context.now));
}

QJsonObject EntraError::toJson(const Context& context) const
{
    QJsonObject json {
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"), description(context)},
        {QStringLiteral("error_codes"), QJsonArray {code}},
        {QStringLiteral("timestamp"), timestamp(context.now)},
        {QStringLiteral("trace_id"), context.traceId},
        {QStringLiteral("correlation_id"), context.correlationId},
        {QStringLiteral("error_uri"), errorUri()},
    };
    if (!suberror.isEmpty()) {
        json.insert(QStringLiteral("suberror"), suberror);
    }
    return json;
}

SandboxResponse EntraError::toResponse(const Context& context) const
{
    SandboxResponse response = SandboxResponse::json(httpStatus, toJson(context));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("x-ms-request-id", context.traceId.toLatin1());
    if (httpStatus == 401) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"\"");
    }
    return response;
}

QList<QPair<QString, QString>> EntraError::redirectParameters(const Context& context) const
{
    QList<QPair<QString, QString>> parameters {{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description(context)},
                                               {QStringLiteral("error_uri"), errorUri()}};
    if (!errorSubcode.isEmpty()) {
        parameters.append({QStringLiteral("error_subcode"), errorSubcode});
    }
    return parameters;
}

EntraError EntraError::tenantNotFound(const QString& tenant)
{
    return {kInvalidRequest,
            90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing "
                           "into the correct cloud. Check with your subscription administrator, this may happen if "
                           "there are no active subscriptions for the tenant.")
                .arg(tenant)};
}

EntraError EntraError::consumersNotSupported(const QString& appId, const QString& appName)
{
    return {kInvalidRequest,
            9002332,
            QStringLiteral("Application '%1'(%2) is configured for use by Azure Active Directory users only. Please do "
                           "not use the /consumers endpoint to serve this request.")
                .arg(appId, appName)};
}

EntraError EntraError::unknownClient(const QString& appId, const QString& tenant)
{
    return {QStringLiteral("unauthorized_client"),
            700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This can happen if "
                           "the application has not been installed by the administrator of the tenant or consented to "
                           "by any user in the tenant. You may have sent your authentication request to the wrong "
                           "tenant.")
                .arg(appId, tenant)};
}

EntraError EntraError::redirectUriNotRegistered(const QString& redirectUri, const QString& appId)
{
    return {
        kInvalidRequest,
        50011,
        QStringLiteral("The redirect URI '%1' specified in the request does not match the redirect URIs "
                       "configured for the application '%2'. Make sure the redirect URI sent in the request matches "
                       "one added to your application in the Azure portal. Navigate to "
                       "https://aka.ms/redirectUriMismatchError to learn more about how to fix this.")
            .arg(redirectUri, appId)};
}

EntraError EntraError::methodNotAllowed(const QByteArray& allowed, const QByteArray& received)
{
    return {kInvalidRequest,
            900561,
            QStringLiteral("The endpoint only accepts %1 requests. Received a %2 request.")
                .arg(QString::fromLatin1(allowed), QString::fromLatin1(received))};
}

EntraError EntraError::missingParameter(const QString& name)
{
    return {kInvalidRequest,
            900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name)};
}

EntraError EntraError::invalidParameter(const QString& name)
{
    return {kInvalidRequest, 90100, QStringLiteral("The parameter '%1' is empty or not valid.").arg(name)};
}

EntraError EntraError::unsupportedResponseType(const QString& responseType)
{
    return {QStringLiteral("unsupported_response_type"),
            70005,
            QStringLiteral("The application requested an unsupported response type '%1'. The sandbox supports only "
                           "the authorization code flow (response_type=code).")
                .arg(responseType)};
}

EntraError EntraError::unsupportedResponseMode(const QString& responseMode)
{
    return {kInvalidRequest,
            70007,
            QStringLiteral("The application returned an unsupported value '%1' of 'response_mode' when requesting a "
                           "token. Use 'query' or 'form_post'.")
                .arg(responseMode)};
}

EntraError EntraError::pkceRequired()
{
    // Entra's text (AADSTS9002325, seen in many public reports) says "for cross-origin authorization code
    // redemption"; the sandbox requires PKCE for every client.
    return {kInvalidRequest,
            9002325,
            QStringLiteral("Proof Key for Code Exchange is required for this application. Send code_challenge and "
                           "code_challenge_method=S256.")};
}

EntraError EntraError::invalidCodeChallengeMethod(const QString& method)
{
    return {kInvalidRequest,
            50149,
            QStringLiteral("Invalid Code_Challenge_method parameter '%1'. The sandbox accepts only S256.")
                .arg(method.isEmpty() ? QStringLiteral("plain (default)") : method)};
}

EntraError EntraError::invalidCodeChallengeSize()
{
    return {kInvalidRequest, 501491, QStringLiteral("Invalid size of Code_Challenge parameter.")};
}

EntraError EntraError::invalidScope(const QString& scope, const QString& detail)
{
    QString text = QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope %1 is "
                                  "not valid.")
                       .arg(scope);
    if (!detail.isEmpty()) {
        text += QLatin1Char(' ') + detail;
    }
    return {kInvalidScope, 70011, text};
}

EntraError EntraError::multipleResourcesAtAuthorize(const QString& scope)
{
    return {kInvalidScope,
            700022,
            QStringLiteral("Provided value for the input parameter scope is not valid because it contains more than "
                           "one resource. Scope %1 is not valid.")
                .arg(scope)};
}

EntraError EntraError::multipleResourcesAtToken(const QString& scope)
{
    // The token endpoint answers this with AADSTS28000 (not in the docs' table; seen in public reports, e.g.
    // Earlybyte/aad_oauth#328 and microsoft/Partner-Center-PowerShell#167).
    return {kInvalidScope,
            28000,
            QStringLiteral("Provided value for the input parameter scope is not valid because it contains more than "
                           "one resource. Scope %1 is not valid.")
                .arg(scope)};
}

EntraError EntraError::resourceNotFound(const QString& resource, const QString& tenant)
{
    return {QStringLiteral("invalid_resource"),
            500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named %2. This can happen if "
                           "the application has not been installed by the administrator of the tenant or consented to "
                           "by any user in the tenant. You might have sent your authentication request to the wrong "
                           "tenant.")
                .arg(resource, tenant)};
}

EntraError EntraError::loginRequired()
{
    return {QStringLiteral("login_required"),
            50058,
            QStringLiteral("A silent sign-in request was sent but no user is signed in.")};
}

EntraError EntraError::userNotFound(const QString& tenant)
{
    return {kInvalidGrant,
            50034,
            QStringLiteral("The user account {EUII Hidden} does not exist in the %1 directory. To sign into this "
                           "application, the account must be added to the directory.")
                .arg(tenant)};
}

EntraError EntraError::userDisabled()
{
    return {kInvalidGrant, 50057, QStringLiteral("The user account is disabled.")};
}

EntraError EntraError::consentRequired(const QString& appId, const QString& appName, bool tokenEndpoint)
{
    EntraError e {tokenEndpoint ? kInvalidGrant : QStringLiteral("consent_required"),
                  65001,
                  QStringLiteral("The user or administrator has not consented to use the application with ID '%1' "
                                 "named '%2'. Send an interactive authorization request for this user and resource.")
                      .arg(appId, appName)};
    if (tokenEndpoint) {
        e.suberror = QStringLiteral("consent_required");
    }
    return e;
}

EntraError EntraError::adminConsentRequired(const QString& appName)
{
    return {kAccessDenied,
            90094,
            QStringLiteral("Admin consent is required for the permissions requested by this application. %1 needs "
                           "permission to access resources in your organization that only an admin can grant. Please "
                           "ask an admin to grant permission to this app before you can use it.")
                .arg(appName)};
}

EntraError EntraError::adminConsentRequestAccess(const QString& appName)
{
    return {kAccessDenied,
            90095,
            QStringLiteral("Admin consent is required for the permissions requested by this application. %1 needs "
                           "permission to access resources in your organization that only an admin can grant. An "
                           "admin consent request may be sent to the admin.")
                .arg(appName)};
}

EntraError EntraError::userDeclinedConsent()
{
    EntraError e {kAccessDenied, 65004, QStringLiteral("User declined to consent to access the app.")};
    e.errorSubcode = QStringLiteral("cancel");
    return e;
}

EntraError EntraError::unsupportedGrantType(const QString& grantType)
{
    return {QStringLiteral("unsupported_grant_type"),
            70003,
            QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType)};
}

EntraError EntraError::publicClientWithCredential()
{
    return {kInvalidClient,
            700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be presented."),
            401};
}

EntraError EntraError::confidentialClientWithoutCredential()
{
    return {kInvalidClient,
            7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                           "'client_secret'."),
            401};
}

EntraError EntraError::codeAlreadyRedeemed()
{
    return {kInvalidGrant,
            54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new valid code or use "
                           "an existing refresh token.")};
}

EntraError EntraError::codeExpired()
{
    return {kInvalidGrant,
            70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to inactivity. Send a "
                           "new interactive authorization request for this user and resource.")};
}

EntraError EntraError::codeInvalid()
{
    return {kInvalidGrant, 70000, QStringLiteral("The provided value for the 'code' parameter is not valid.")};
}

EntraError EntraError::redirectUriMismatch(const QString& presented, const QString& authorized)
{
    // The service's wording when a code is redeemed with another reply address (PartnerCenterSamples/
    // Reseller-Web-Application#73); 50011 is InvalidReplyTo in the docs' table.
    return {kInvalidGrant,
            50011,
            QStringLiteral("The reply address '%1' does not match the reply address '%2' provided when requesting "
                           "Authorization code.")
                .arg(presented, authorized)};
}

EntraError EntraError::codeVerifierMismatch()
{
    return {kInvalidGrant,
            501481,
            QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the authorization "
                           "request.")};
}

EntraError EntraError::refreshTokenRevoked()
{
    return {kInvalidGrant,
            50173,
            QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth token is needed. The "
                           "user might have changed or reset their password. The grant was issued before the "
                           "TokensValidFrom date for this user.")};
}

EntraError EntraError::refreshTokenExpired()
{
    return {kInvalidGrant,
            700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token was issued more than 90 days "
                           "ago and was not used since.")};
}

EntraError EntraError::refreshTokenMalformed()
{
    return {kInvalidGrant, 9002313, QStringLiteral("Invalid request. Request is malformed or invalid.")};
}
