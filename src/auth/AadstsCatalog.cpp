#include "AadstsCatalog.h"

#include <QRegularExpression>

namespace {

using Kind = AuthError::Kind;

QUrl docs(const char* path)
{
    return QUrl(QStringLiteral("https://learn.microsoft.com/") + QLatin1String(path));
}

} // namespace

QUrl AadstsCatalog::helpUrl(int aadsts)
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts));
}

int AadstsCatalog::parseCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("AADSTS(\\d{4,7})"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QList<int> AadstsCatalog::knownCodes()
{
    return {65001, 65004, 65005, 90094,  90095,  900941, 50105,   53003,  530003, 530035, 50076,
            50079, 50020, 50011, 50194,  500011, 700025, 7000218, 650052, 650056, 650057, 700016,
            50058, 54005, 70008, 501481, 50173,  50034,  50057,   90002,  70011};
}

QStringList AadstsCatalog::knownOAuthErrors()
{
    return {QStringLiteral("invalid_grant"),
            QStringLiteral("interaction_required"),
            QStringLiteral("login_required"),
            QStringLiteral("consent_required"),
            QStringLiteral("access_denied"),
            QStringLiteral("invalid_client"),
            QStringLiteral("unauthorized_client"),
            QStringLiteral("invalid_request"),
            QStringLiteral("invalid_scope"),
            QStringLiteral("temporarily_unavailable"),
            QStringLiteral("server_error")};
}

QString AadstsCatalog::adminActionName(AdminAction action)
{
    switch (action) {
    case AdminAction::Troubleshoot:
        return QStringLiteral("troubleshoot");
    case AdminAction::ConsentRequests:
        return QStringLiteral("requests");
    case AdminAction::ConsentSettings:
        return QStringLiteral("settings");
    case AdminAction::None:
        break;
    }
    return {};
}

void AadstsCatalog::addAdminView(Entry& e)
{
    using Action = AdminAction;
    const auto set
        = [&e](const QString& title, const QString& meaning, const QString& who, const QString& fix, Action action) {
              e.adminTitle = title;
              e.adminMeaning = meaning;
              e.whoCanFix = who;
              e.adminFix = fix;
              e.adminAction = action;
          };
    const QString consentAdmins = tr("An administrator who may grant admin consent: Cloud Application Administrator, "
                                     "Application Administrator or Global Administrator.");
    const QString developer = tr("The app's developer or publisher; an administrator of your tenant cannot change it.");
    const QString theUser = tr("The user.");
    if (!e.oauthError.isEmpty()) {
        const QString err = e.oauthError.trimmed().toLower();
        if (err == QLatin1String("consent_required")) {
            set(tr("Nobody has consented to the app yet"),
                tr("The app needs a permission that nobody has consented to yet, and it could not ask the user "
                   "without showing the consent prompt."),
                consentAdmins,
                tr("Check whether the user may consent to these permissions themselves; if not, review the app and "
                   "grant admin consent for what it needs."),
                Action::Troubleshoot);
        } else if (err == QLatin1String("access_denied")) {
            set(tr("The user did not consent"),
                tr("The user canceled the sign-in or declined consent, or the organization does not let them consent "
                   "and they left the approval page."),
                consentAdmins,
                tr("Look for a consent request from the user and decide it; otherwise check why the user could not "
                   "consent to the app."),
                Action::Troubleshoot);
        } else if (err == QLatin1String("interaction_required") || err == QLatin1String("login_required")) {
            set(tr("The user must sign in interactively"),
                tr("The app tried to sign the user in silently, but something needs the user in the browser: "
                   "multi-factor authentication, a Conditional Access requirement, terms of use or consent."),
                theUser,
                tr("The user signs in to the app interactively. If they are blocked there, check which Conditional "
                   "Access policies apply to this user and app."),
                Action::Troubleshoot);
        } else if (err == QLatin1String("invalid_grant")) {
            set(tr("The app's sign-in for the user expired"),
                tr("The app's stored sign-in for the user is no longer valid: it expired, was revoked (password "
                   "change, sessions revoked) or a condition such as multi-factor authentication is now required."),
                theUser,
                tr("The user signs in to the app again. Nothing needs to change in the tenant."),
                Action::None);
        } else if (err == QLatin1String("invalid_client") || err == QLatin1String("unauthorized_client")
                   || err == QLatin1String("invalid_request") || err == QLatin1String("invalid_scope")) {
            set(tr("The app's sign-in request is wrong"),
                tr("The app's sign-in request does not fit its app registration (client ID, secret, redirect address "
                   "or a requested permission)."),
                developer,
                tr("Send the message and its correlation ID to the app's developer."),
                Action::None);
        } else {
            set(tr("The identity platform is having problems"),
                tr("Microsoft's identity platform could not handle the sign-in right now."),
                tr("Nobody in your tenant; it passes."),
                tr("The user tries again in a few minutes."),
                Action::None);
        }
        return;
    }
    switch (e.code) {
    case 65001:
        set(tr("Nobody has consented to the app yet"),
            tr("Nobody has consented to the app using this permission: neither the user nor an administrator for the "
               "whole organization."),
            consentAdmins,
            tr("Check whether the user may consent to these permissions; if not, review the app and grant admin "
               "consent for the permissions it needs."),
            Action::Troubleshoot);
        break;
    case 65004:
        set(tr("The user declined consent"),
            tr("The user declined or canceled the consent prompt. It also happens when the user leaves the \"Need "
               "admin approval\" or \"Approval required\" page."),
            tr("The user, or an administrator who reviews consent requests."),
            tr("If the user sent a request for approval, approve or deny it in Consent requests; otherwise the user "
               "signs in again and accepts."),
            Action::ConsentRequests);
        break;
    case 90094:
        set(tr("The user needs admin approval, and cannot ask for it"),
            tr("The user may not consent to what the app asks for (the user consent setting, or a permission only "
               "an administrator can grant), and the admin consent workflow is off, so the user could not even "
               "request approval. The user saw \"Need admin approval\"."),
            consentAdmins,
            tr("Review the app and grant admin consent if your organization should use it; turn on the admin "
               "consent workflow with reviewers so users can request approval next time."),
            Action::ConsentSettings);
        break;
    case 90095:
        set(tr("The user asked for admin approval"),
            tr("The user may not consent to what the app asks for. The admin consent workflow is on, so the user "
               "saw \"Approval required\" and could send a request to the reviewers."),
            tr("A reviewer of the admin consent workflow who may grant admin consent."),
            tr("Find the user's request in Consent requests and approve or deny it. If nobody received it, check "
               "the workflow's reviewers in the consent settings."),
            Action::ConsentRequests);
        break;
    case 900941:
        set(tr("Microsoft flagged the app as risky"),
            tr("Microsoft judged the consent request risky, so users cannot consent to it; only an administrator "
               "can."),
            consentAdmins,
            tr("Review the app's publisher and permissions before anything else; grant admin consent only if you "
               "trust it."),
            Action::Troubleshoot);
        break;
    case 50105:
        set(tr("The user is not assigned to the app"),
            tr("The app requires user assignment, and neither the user nor a group they belong to is assigned to it."),
            tr("An administrator who may manage the app's users and groups (Cloud Application Administrator, "
               "Application Administrator, or an owner of the app)."),
            tr("Assign the user, or a group they are in, to the app; or turn off \"Assignment required\" if everyone "
               "may use it."),
            Action::Troubleshoot);
        break;
    case 53003:
        set(tr("Conditional Access blocked the sign-in"),
            tr("A Conditional Access policy blocked the user's sign-in to this app (because of the user, the app, "
               "the device, the location or the risk)."),
            tr("A Conditional Access Administrator or Security Administrator."),
            tr("See which Conditional Access policies apply to this user and app; the sign-in log entry with the "
               "correlation ID names the one that blocked."),
            Action::Troubleshoot);
        break;
    case 530003:
        set(tr("The app needs a managed device"),
            tr("A Conditional Access policy allows this app only from a device the organization manages, and the "
               "user signed in from another one."),
            tr("The user (from a managed device), or a Conditional Access Administrator."),
            tr("The user signs in from a compliant or joined device. To see which policy demands it, check the "
               "policies that apply to this user and app."),
            Action::Troubleshoot);
        break;
    case 530035:
        set(tr("Security defaults blocked the sign-in"),
            tr("The tenant's security defaults blocked the sign-in, usually because the user has not registered "
               "for multi-factor authentication."),
            theUser,
            tr("The user completes the multi-factor authentication registration."),
            Action::None);
        break;
    case 50076:
        set(tr("Multi-factor authentication is required"),
            tr("The sign-in needs multi-factor authentication (a Conditional Access policy or a per-user setting), "
               "and the app asked without it."),
            theUser,
            tr("The user signs in interactively and completes multi-factor authentication. To see which policy "
               "demands it, check the policies that apply to this user and app."),
            Action::Troubleshoot);
        break;
    case 50079:
        set(tr("The user must register for multi-factor authentication"),
            tr("The organization requires multi-factor authentication for this sign-in, and the user has not "
               "registered a verification method yet."),
            theUser,
            tr("The user registers a verification method (https://aka.ms/mysecurityinfo) and signs in again."),
            Action::None);
        break;
    case 50020:
        set(tr("The account is not in your tenant"),
            tr("The account the user signed in with is not a member or guest of your tenant (a personal Microsoft "
               "account, or an account of another organization)."),
            tr("The user (with the right account), or an administrator who may invite guests."),
            tr("The user signs in with their account in your tenant; if they are external, invite them as a guest "
               "first."),
            Action::None);
        break;
    case 65005:
        set(tr("The app asks for an API it does not list"),
            tr("The app asked for access to an API that is not in its app registration's required permissions, or "
               "that API does not exist in your tenant."),
            developer,
            tr("Send the message to the app's developer. If the API is a service your tenant lacks, it cannot be "
               "consented to until it exists."),
            Action::None);
        break;
    case 500011:
        set(tr("The API the app calls is not in your tenant"),
            tr("The API the app asked a token for has no service principal in your tenant: the service is not "
               "licensed or enabled, or nobody ever consented to an app using it."),
            tr("An administrator who may add enterprise applications."),
            tr("Check that your tenant has the service the app calls; an administrator's consent to the app usually "
               "adds the missing service principal."),
            Action::None);
        break;
    case 650052:
        set(tr("A service the app needs is not enabled"),
            tr("The app asked for a service your organization has not subscribed to or enabled, or whose service "
               "principal is disabled."),
            tr("An administrator who manages your subscriptions."),
            tr("Check that the service the app needs is licensed and enabled in your tenant."),
            Action::None);
        break;
    case 700016:
        set(tr("The app was not found in your tenant"),
            tr("No app with the client ID in the message exists in the tenant the user signed in to: the ID is "
               "mistyped, the app is registered in another tenant, or it was deleted."),
            developer,
            tr("Check the app ID in the message; if it is right, the app's developer must make the app available "
               "to other tenants."),
            Action::None);
        break;
    case 50011:
    case 50194:
    case 650056:
    case 650057:
    case 700025:
    case 7000218:
    case 501481:
    case 54005:
    case 70011:
        set(tr("The app's registration does not fit its sign-in"),
            tr("The app's sign-in request does not fit its app registration (its redirect address, audience, "
               "permissions or credentials)."),
            developer,
            tr("Send the message and its correlation ID to the app's developer."),
            Action::None);
        break;
    case 50058:
    case 70008:
    case 50173:
        set(tr("The user's sign-in expired"),
            tr("The user's session or stored sign-in for the app expired or was revoked (password change, sessions "
               "revoked, or not used for a long time)."),
            theUser,
            tr("The user signs in to the app again. Nothing needs to change in the tenant."),
            Action::None);
        break;
    case 50034:
        set(tr("The account does not exist"),
            tr("The user name does not exist in the tenant the user signed in to."),
            theUser,
            tr("The user checks the user name, or signs in to the tenant their account belongs to."),
            Action::None);
        break;
    case 50057:
        set(tr("The account is disabled"),
            tr("The user's account is disabled."),
            tr("A User Administrator."),
            tr("Enable the account if the user should work again."),
            Action::None);
        break;
    case 90002:
        set(tr("The tenant was not found"),
            tr("The tenant in the sign-in request does not exist in this cloud."),
            developer,
            tr("Check the tenant ID or domain the app signs in to."),
            Action::None);
        break;
    default:
        break;
    }
}

std::optional<AadstsCatalog::Entry> AadstsCatalog::forCode(int aadsts)
{
    Entry e;
    e.code = aadsts;
    e.helpUrl = helpUrl(aadsts);
    const QString askConsentAdmin = tr("Ask a Global Administrator or Cloud Application Administrator to grant admin "
                                       "consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → "
                                       "API permissions → Grant admin consent), then sign in again.");
    switch (aadsts) {
    case 65001:
        e.name = QStringLiteral("DelegationDoesNotExist");
        e.kind = Kind::ConsentRequired;
        e.title = tr("ConsentDesk has not been approved for these permissions");
        e.explanation = tr("Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you "
                           "nor an administrator for the whole organization.");
        e.nextStep = tr("Sign in again and accept the consent prompt. If you cannot consent yourself: %1")
                         .arg(askConsentAdmin);
        break;
    case 65004:
        e.name = QStringLiteral("UserDeclinedConsent");
        e.kind = Kind::ConsentRequired;
        e.title = tr("The consent prompt was declined");
        e.explanation = tr("The permission prompt was canceled or declined, so ConsentDesk did not get the "
                           "permissions it needs. This also happens when you leave the \"Approval required\" page.");
        e.nextStep
            = tr("Sign in again and choose Accept. If the prompt says approval is required: %1").arg(askConsentAdmin);
        break;
    case 90094:
        e.name = QStringLiteral("AdminConsentRequired");
        e.kind = Kind::ConsentRequired;
        e.title = tr("Your tenant needs an administrator to approve ConsentDesk itself");
        e.explanation = tr("Your organization does not let users consent to the permissions ConsentDesk asks for, and "
                           "the admin consent workflow is turned off, so you could not request approval.");
        e.nextStep = tr("Ask a Global Administrator or Cloud Application Administrator to open the admin consent link "
                        "for ConsentDesk (or grant admin consent in Entra admin center → App registrations → "
                        "ConsentDesk → API permissions), then sign in again.");
        break;
    case 90095:
        e.name = QStringLiteral("AdminConsentRequiredRequestAccess");
        e.kind = Kind::ConsentRequired;
        e.title = tr("ConsentDesk is waiting for an administrator's approval");
        e.explanation = tr("Your organization requires administrator approval for ConsentDesk's permissions. The admin "
                           "consent workflow is on, so the sign-in page offered to send a request to the reviewers.");
        e.nextStep = tr("If you sent a request, wait for a reviewer to approve it (you will get an email), then sign "
                        "in again. Or: %1")
                         .arg(askConsentAdmin);
        break;
    case 900941:
        e.name = QStringLiteral("AdminConsentRequiredDueToRiskyApp");
        e.kind = Kind::ConsentRequired;
        e.title = tr("Microsoft flagged this consent request as risky");
        e.explanation = tr("Microsoft judged the permission request risky, so only an administrator can consent.");
        e.nextStep = tr("Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk's app "
                        "registration and grant admin consent if it is the one your organization set up.");
        break;
    case 50105:
        e.name = QStringLiteral("EntitlementGrantsNotFound");
        e.kind = Kind::AccessBlocked;
        e.title = tr("Your account is not assigned to ConsentDesk");
        e.explanation = tr("ConsentDesk's enterprise application in your tenant requires user assignment, and neither "
                           "your account nor a group you belong to is assigned.");
        e.nextStep = tr("Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center "
                        "→ Enterprise applications → ConsentDesk → Users and groups.");
        break;
    case 53003:
        e.name = QStringLiteral("BlockedByConditionalAccess");
        e.kind = Kind::AccessBlocked;
        e.title = tr("A Conditional Access policy blocked the sign-in");
        e.explanation = tr("One of your organization's Conditional Access policies does not allow this sign-in (for "
                           "example because of the device, location or app).");
        e.nextStep = tr("Sign in from a device and network your organization allows, or ask a security administrator "
                        "to check the sign-in log entry with the correlation ID below.");
        break;
    case 530035:
        e.name = QStringLiteral("BlockedBySecurityDefaults");
        e.kind = Kind::AccessBlocked;
        e.title = tr("Security defaults blocked the sign-in");
        e.explanation = tr("Your tenant's security defaults require something this sign-in did not provide, usually "
                           "multi-factor authentication registration.");
        e.nextStep = tr("Complete the multi-factor authentication registration in the browser, or ask an "
                        "administrator to check the sign-in log entry with the correlation ID below.");
        break;
    case 50011:
        e.name = QStringLiteral("InvalidReplyTo");
        e.kind = Kind::Configuration;
        e.title = tr("The app registration does not allow ConsentDesk's redirect address");
        e.explanation = tr("After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. "
                           "The ConsentDesk app registration does not list that redirect URI.");
        e.nextStep = tr("In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform "
                        "\"Mobile and desktop applications\" with the redirect URI http://127.0.0.1 (no port). If the "
                        "portal refuses an http address, add it in the registration's Manifest (see the README).");
        break;
    case 50194:
        e.name = QStringLiteral("InvalidMultiTenantApplication");
        e.kind = Kind::Configuration;
        e.title = tr("The app registration only accepts sign-ins to its own tenant");
        e.explanation = tr("ConsentDesk's app registration is single-tenant, but the profile signs in to "
                           "\"organizations\" or \"common\" instead of a specific tenant.");
        e.nextStep = tr("Set the profile's tenant to your tenant ID or a verified domain (for example "
                        "contoso.onmicrosoft.com), then sign in again.");
        break;
    case 500011:
        e.name = QStringLiteral("InvalidResourceServicePrincipalNotFound");
        e.kind = Kind::Configuration;
        e.title = tr("A service ConsentDesk needs is not in your tenant");
        e.explanation = tr("The resource ConsentDesk asked a token for (for example Exchange Online) has no service "
                           "principal in your tenant: the service is not licensed or was never enabled.");
        e.nextStep = tr("Check that the tenant has the service (Exchange Online for mailbox scoping). Features that "
                        "need it stay unavailable until it exists.");
        break;
    case 700025:
        e.name = QStringLiteral("InvalidClientPublicClientWithCredential");
        e.kind = Kind::Configuration;
        e.title = tr("A client secret was sent for a public client");
        e.explanation = tr("ConsentDesk's app registration is a public client (a desktop app), and public clients must "
                           "not present a secret. Something sent one.");
        e.nextStep = tr("Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in "
                        "with PKCE and never needs a secret.");
        break;
    case 7000218:
        e.name = QStringLiteral("InvalidClientCredentialsRequired");
        e.kind = Kind::Configuration;
        e.title = tr("The app registration is set up as a web app");
        e.explanation = tr("Entra expects a client secret because ConsentDesk's redirect URI is registered under the "
                           "\"Web\" platform. ConsentDesk is a desktop app and never uses a secret.");
        e.nextStep = tr("In App registrations → ConsentDesk → Authentication, remove ConsentDesk's loopback redirect "
                        "URI from \"Web\" and add http://127.0.0.1 under \"Mobile and desktop applications\", then "
                        "sign in again.");
        break;
    case 650052:
        e.name = QStringLiteral("ServiceNotSubscribed");
        e.kind = Kind::Configuration;
        e.title = tr("Your organization has not enabled a service ConsentDesk asked for");
        e.explanation = tr("ConsentDesk asked for access to a service that your organization has not subscribed to or "
                           "enabled, or whose service principal is disabled.");
        e.nextStep = tr("Check with an administrator that the service (Microsoft Graph, or Exchange Online for "
                        "mailbox scoping) is enabled for the tenant.");
        break;
    case 650056:
        e.name = QStringLiteral("MisconfiguredApplication");
        e.kind = Kind::Configuration;
        e.title = tr("ConsentDesk's app registration is missing a permission");
        e.explanation = tr("The app registration does not list a permission ConsentDesk asked for, or an administrator "
                           "has not consented to it.");
        e.nextStep = tr("Add ConsentDesk's permissions (README: \"Registering ConsentDesk in your tenant\") to the app "
                        "registration's API permissions and grant admin consent.");
        break;
    case 650057:
        e.name = QStringLiteral("InvalidResource");
        e.kind = Kind::Configuration;
        e.title = tr("The app registration does not list this API");
        e.explanation = tr("ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not "
                           "in the app registration's required permissions.");
        e.nextStep = tr("Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online "
                        "→ Exchange.Manage for mailbox scoping) and grant admin consent.");
        break;
    case 700016:
        e.name = QStringLiteral("UnauthorizedClient_DoesNotMatchRequest");
        e.kind = Kind::Configuration;
        e.title = tr("The client ID was not found in this tenant");
        e.explanation = tr("No application with the profile's client ID exists in the tenant you signed in to. The ID "
                           "may be mistyped, or the app is registered in another tenant.");
        e.nextStep = tr("Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app "
                        "registration's Overview page into the profile.");
        break;
    case 50058:
        e.name = QStringLiteral("UserInformationNotProvided");
        e.kind = Kind::SignInRequired;
        e.title = tr("You need to sign in again");
        e.explanation = tr("There is no browser session to sign you in silently.");
        e.nextStep = tr("Sign in interactively.");
        break;
    case 54005:
        e.name = QStringLiteral("OAuth2AuthorizationCodeAlreadyRedeemed");
        e.kind = Kind::Protocol;
        e.title = tr("This sign-in answer was already used");
        e.explanation = tr("The authorization code from the browser can be used once, and it already was.");
        e.nextStep = tr("Start the sign-in again.");
        break;
    case 70008:
        e.name = QStringLiteral("ExpiredOrRevokedGrant");
        e.kind = Kind::SignInRequired;
        e.title = tr("Your sign-in has expired");
        e.explanation = tr("The stored sign-in expired because it was not used for a long time, or it was revoked "
                           "(password change, sign-out everywhere, administrator action).");
        e.nextStep = tr("Sign in again.");
        break;
    case 501481:
        e.name = QStringLiteral("InvalidCodeVerifier");
        e.kind = Kind::Protocol;
        e.title = tr("The sign-in could not be verified");
        e.explanation = tr("The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.");
        e.nextStep = tr("Start the sign-in again. If it happens again, report it with the correlation ID below.");
        break;
    case 50173:
        e.name = QStringLiteral("FreshTokenNeeded");
        e.kind = Kind::SignInRequired;
        e.title = tr("Your stored sign-in was revoked");
        e.explanation = tr("The identity platform revoked the stored sign-in: the password changed, or an "
                           "administrator (or you, with \"sign out everywhere\") revoked your sessions.");
        e.nextStep = tr("Sign in again.");
        break;
    case 50076:
        e.name = QStringLiteral("UserStrongAuthClientAuthNRequired");
        e.kind = Kind::SignInRequired;
        e.title = tr("Multi-factor authentication is required");
        e.explanation = tr("Your organization requires multi-factor authentication for this sign-in.");
        e.nextStep = tr("Sign in again and complete the multi-factor prompt in the browser.");
        break;
    case 50034:
        e.name = QStringLiteral("UserAccountNotFound");
        e.kind = Kind::AccessBlocked;
        e.title = tr("That account does not exist in this tenant");
        e.explanation = tr("The user name is not known in the tenant of this profile.");
        e.nextStep = tr("Check the user name, or choose the profile of the tenant the account belongs to.");
        break;
    case 50057:
        e.name = QStringLiteral("UserDisabled");
        e.kind = Kind::AccessBlocked;
        e.title = tr("The account is disabled");
        e.explanation = tr("An administrator disabled this account.");
        e.nextStep = tr("Ask an administrator to enable the account, or sign in with another one.");
        break;
    case 90002:
        e.name = QStringLiteral("InvalidTenantName");
        e.kind = Kind::Configuration;
        e.title = tr("The tenant was not found");
        e.explanation = tr("No tenant matches the profile's tenant ID or domain in this cloud.");
        e.nextStep = tr("Check the profile's tenant (the Directory (tenant) ID or a verified domain) and its cloud.");
        break;
    case 70011:
        e.name = QStringLiteral("InvalidScope");
        e.kind = Kind::Configuration;
        e.title = tr("A requested permission does not exist");
        e.explanation = tr("The identity platform does not know one of the permissions ConsentDesk asked for in this "
                           "cloud.");
        e.nextStep = tr("Check that the profile's cloud is right. If it is, report the message below.");
        break;
    case 50079:
        e.name = QStringLiteral("UserStrongAuthEnrollmentRequired");
        e.kind = Kind::SignInRequired;
        e.title = tr("You need to register for multi-factor authentication");
        e.explanation = tr("Your organization requires multi-factor authentication, and your account has no "
                           "verification method registered yet.");
        e.nextStep = tr("Sign in again and register a verification method when the browser asks for it.");
        break;
    case 530003:
        e.name = QStringLiteral("DeviceNotManaged");
        e.kind = Kind::AccessBlocked;
        e.title = tr("This sign-in needs a managed device");
        e.explanation = tr("A Conditional Access policy of your organization allows this sign-in only from a device "
                           "your organization manages (compliant or joined).");
        e.nextStep = tr("Sign in from a managed device, or ask a security administrator to check the sign-in log "
                        "entry with the correlation ID below.");
        break;
    case 50020:
        e.name = QStringLiteral("UserUnauthorized");
        e.kind = Kind::AccessBlocked;
        e.title = tr("That account cannot sign in to this tenant");
        e.explanation = tr("The account is not a member or guest of the tenant this profile signs in to (for example "
                           "a personal Microsoft account, or an account of another organization).");
        e.nextStep = tr("Sign in with an account of this tenant, or choose the profile of the tenant the account "
                        "belongs to.");
        break;
    case 65005:
        e.name = QStringLiteral("MisconfiguredApplication");
        e.kind = Kind::Configuration;
        e.title = tr("The app registration asks for an API it does not list");
        e.explanation = tr("The app asked for access to an API that is not in its app registration's required "
                           "permissions, or that API could not be found in the tenant.");
        e.nextStep = tr("Add the API to App registrations → ConsentDesk → API permissions and grant admin consent, "
                        "then sign in again.");
        break;
    default:
        return std::nullopt;
    }
    addAdminView(e);
    return e;
}

std::optional<AadstsCatalog::Entry> AadstsCatalog::forOAuthError(const QString& error)
{
    Entry e;
    e.oauthError = error;
    e.name = error;
    const QString err = error.trimmed().toLower();
    if (err == QLatin1String("invalid_grant")) {
        e.kind = Kind::SignInRequired;
        e.title = tr("Your sign-in is no longer valid");
        e.explanation = tr("The identity platform did not accept the stored sign-in: it expired, was revoked, or was "
                           "already used.");
        e.nextStep = tr("Sign in again.");
        e.helpUrl = docs("entra/identity-platform/refresh-tokens");
    } else if (err == QLatin1String("interaction_required") || err == QLatin1String("login_required")) {
        e.kind = Kind::SignInRequired;
        e.title = tr("You need to sign in in the browser");
        e.explanation = tr("Your organization requires something only the browser can provide (multi-factor "
                           "authentication, terms of use, a fresh sign-in).");
        e.nextStep = tr("Sign in again; the browser will open.");
    } else if (err == QLatin1String("consent_required")) {
        e.kind = Kind::ConsentRequired;
        e.title = tr("Consent is needed");
        e.explanation = tr("ConsentDesk needs a permission that has not been consented to yet.");
        e.nextStep = tr("Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud "
                        "Application Administrator to grant admin consent to ConsentDesk.");
    } else if (err == QLatin1String("access_denied")) {
        e.kind = Kind::ConsentRequired;
        e.title = tr("Sign-in was canceled or denied");
        e.explanation = tr("The sign-in page was closed, consent was declined, or your organization denied access.");
        e.nextStep = tr("Sign in again. If the page says administrator approval is required, ask a Global "
                        "Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.");
    } else if (err == QLatin1String("invalid_client") || err == QLatin1String("unauthorized_client")) {
        e.kind = Kind::Configuration;
        e.title = tr("The app registration does not accept this sign-in");
        e.explanation
            = tr("The client ID is wrong, or the app registration is not set up as a desktop (public) client.");
        e.nextStep = tr("Check the profile's client ID, and that http://127.0.0.1 is registered under \"Mobile and "
                        "desktop applications\".");
    } else if (err == QLatin1String("invalid_request") || err == QLatin1String("invalid_scope")) {
        e.kind = Kind::Configuration;
        e.title = tr("The identity platform rejected the sign-in request");
        e.explanation = tr("A parameter of the request was not accepted (the message below says which).");
        e.nextStep = tr("Check the profile's tenant, client ID and cloud. If they are right, report the message and "
                        "correlation ID below.");
    } else if (err == QLatin1String("temporarily_unavailable") || err == QLatin1String("server_error")) {
        e.kind = Kind::Server;
        e.title = tr("The sign-in service is having problems");
        e.explanation = tr("Microsoft's identity platform could not handle the request right now.");
        e.nextStep = tr("Wait a few minutes and sign in again.");
        e.helpUrl = QUrl(QStringLiteral("https://status.cloud.microsoft"));
    } else {
        return std::nullopt;
    }
    addAdminView(e);
    return e;
}
