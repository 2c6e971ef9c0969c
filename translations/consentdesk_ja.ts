<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent prompt was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission prompt was cancelled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft flagged this consent request as risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organisation set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your organisation&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in from a device and network your organisation allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security defaults blocked the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret was sent for a public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration is set up as a web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has not enabled a service ConsentDesk asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk asked for access to a service that your organisation has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not list this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID was not found in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no browser session to sign you in silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer was already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stored sign-in was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform revoked the stored sign-in: the password changed, or an administrator (or you, with &quot;sign out everywhere&quot;) revoked your sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires multi-factor authentication for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account does not exist in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator disabled this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested permission does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the browser will open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page was closed, consent was declined, or your organisation denied access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not accept this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform rejected the sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is having problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://127.0.0.1 (no port). If the portal refuses an http address, add it in the registration&apos;s Manifest (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In App registrations → ConsentDesk → Authentication, remove ConsentDesk&apos;s loopback redirect URI from &quot;Web&quot; and add http://127.0.0.1 under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s client ID, and that http://127.0.0.1 is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ They disagree. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the scope itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a member through %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not a mail-enabled security group (mail-enabled: %2, security-enabled: %3); Exchange only honours policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Mailbox access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox permissions (application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange lets it reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the app reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run test matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC for Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: Exchange could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mailbox (no access policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all but &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC roles unknown (Exchange could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every app (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>App ID %1 · mailbox permissions: %2 · Exchange lets it reach: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group that is not mail-enabled security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange could not be read (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app above and type a mailbox address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organisation&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (you can read only what every user can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source> (restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated permissions granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated permissions removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application permission granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application permission removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App added to the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App changed (e.g. blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App removed from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-enabled security group created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registered with Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management scope created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange role assigned to app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange role removed from app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (not confirmed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by app, admin or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps (add, block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange (mailbox access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confirmed later by reading the tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-request-id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange changes are being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, with restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tenant id or domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin consent needs at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this tenant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log to the terminal, at debug level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <source>Admin consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not in the tenant any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (sign-in disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partly read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin consent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User consent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the permissions to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>Default access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who consented to the app themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found) %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants or assignments refer to the service principal %1, but Graph does not return it (deleted, or too new to be read yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Apps &amp; permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by app or publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only apps with permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their apps are listed as &quot;(not found)&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph returns no service principal with the id %1, yet %2 refer to it. It may have been deleted, or be too new to be read yet: refresh in a few minutes. The full export lists its rows as &quot;(not found)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps and what they hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be read: %1
Check the connection and your role, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant has no apps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app holds permissions in this tenant. Untick &quot;Only apps with permissions&quot; to see every app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign-in was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer was not ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sign-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check your network connection (and proxy), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to another tenant than this profile&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of this sign-in, so no change can reach the wrong tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account of %1, or create a separate profile for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy or captive portal on this network is intercepting sign-in traffic: try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk does not follow redirects from the token endpoint: following one would send the sign-in code or the stored sign-in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read consent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant delegated permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant Microsoft Graph application permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the admin consent workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the user consent settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The %1 root %2 must use https (plain http is allowed only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to read the consent requests waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to change the admin consent workflow settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to change the user consent settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <source>No Graph client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spdlog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging to the console only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network requests (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock or create a keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight / queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, logs, keychain and network counters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryObjectResolver</name>
    <message>
        <source>No connection to Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s $batch answer had no result for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <source>A sign-in is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant and cloud configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Exchange transport.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeExecutor</name>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no Exchange client or journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanPreviewDialog</name>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange Online changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying changes in Exchange Online…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description of a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove members from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 with Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name is empty; MemberOfGroup needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name &quot;%1&quot; contains %2 (U+%3), a character Exchange may read as a quote inside the management scope&apos;s filter, which could then reach every mailbox. ConsentDesk does not write such a filter: rename the group so its name has no quote characters (Set-DistributionGroup -Name), or create the management scope yourself and check its filter with Get-ManagementScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialogBase</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back what succeeded…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantExecutor</name>
    <message>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no Graph client or journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the journal is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: an earlier change failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <source>No service principal %1 in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API is not in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API does not publish it as an application permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API does not publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the service principal created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rolled back here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be locked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <source>Keep only… — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trim what users consented to themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain returned different data than was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps &amp; permissions if the app does not need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favour of a scoped role, they would reach every mailbox again. Revoke %2 in Apps &amp; permissions before removing the policy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps &amp; permissions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange says %1, the directory says %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange says %1, the directory says %2. Exchange Online and Entra ID each keep their own copy of group membership and synchronise it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange (Test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: none (read own data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionReportEngine</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <source>Admin consent (all users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin consent (application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Block the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove permissions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Existing permissions of the app are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: %1 (%2) is already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialogBase</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying changes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the &amp;window layout (size, dividers and columns) at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time ConsentDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (refresh by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh consent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notification when new consent requests arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk overrides file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the risk overrides file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;overrides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overrides: the built-in catalog ranks every permission. A JSON file of the same shape as the built-in catalog at this place takes precedence over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URLs (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk signs in through your organisation&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the tenant changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RBAC equivalent of an access policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the scoped role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mailbox address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mailbox access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Reading Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Consent request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin consent was given; the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Entra admin center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Who asked, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested permissions — tick what to grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open admin consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny in Entra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✔ verified publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — application (acts as itself, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the API does not describe it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can grant this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published by the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions listed in this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the permissions to grant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 ticked.</source>
        <comment>the two counts below</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can review this request but not grant it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in tenant yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s configured permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a verified publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Consent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by app, user or permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading consent requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent requests match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items were not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the apps hold now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the assignment already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — it removed no scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no consent of their own to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application permission that can change data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application permission that reads data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReasons</name>
    <message>
        <source>Can make any account, including itself, a Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can grant itself or any app any application permission, bypassing consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can grant any app any delegated permission for every user, bypassing consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add credentials to any app and act as it, including apps with higher privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change almost anything in the directory: users, groups, apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add domains and federate them: a way to sign in as anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can switch off Conditional Access policies such as MFA requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change who may consent to apps for the whole tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change which permissions users may consent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can manage users&apos; authentication credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change every user&apos;s profile, a step towards account takeover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change group membership, and with it access to everything groups grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add members to groups, and with it access to everything groups grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by Microsoft among the highest-impact permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals hidden group memberships; named by Microsoft among the highest-impact permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can add credentials to the apps it owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can export users&apos; personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full control of every SharePoint site and its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as the signed-in user in the directory with all of their rights; a consent-phishing favourite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as the signed-in user in that API with all of their rights; a consent-phishing favourite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads message headers and metadata of the user&apos;s mailbox, not bodies or attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads message headers and metadata, not bodies or attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s mail; seen in nearly every consent-phishing attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends mail as the user; used to spread phishing from a trusted mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to the user&apos;s mailbox through Exchange Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the user&apos;s contacts; used to find the next phishing targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can read or set mailbox rules and forwarding; a classic way to hide and exfiltrate mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals who the user works with; used to pick phishing targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s files (and with .All, every file they can reach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the user&apos;s OneNote notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes SharePoint content the user can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s Teams chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or sends Teams channel messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s calendar (meeting details, attendees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the whole directory: users, groups, apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every user&apos;s full profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads all groups and group content the user can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads all group memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every app registration and service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads sign-in and audit logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s policies, including Conditional Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or manages admin consent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes Teams settings and membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes Teams channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the user in and reads their own basic profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads basic profiles (name, mail, photo) of all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the user in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the user&apos;s basic profile for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the user&apos;s primary email address for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps access while the user is away (refresh tokens); low on its own, more with other permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to every mailbox in the tenant through Exchange Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs Exchange Online administration as the app (with an Exchange role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or sends mail in EVERY mailbox of the tenant unless Exchange scopes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads message metadata in every mailbox unless Exchange scopes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or sets rules and forwarding on every mailbox unless Exchange scopes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s calendar unless Exchange scopes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s contacts unless Exchange scopes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes every file in OneDrive and SharePoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or changes every SharePoint site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the SharePoint sites an admin assigns to the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mailboxes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the groups from Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the groups from Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail-enabled security group yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the members of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict or deny?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove it: a member and a non-member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honour it: until then, the app may still read mailboxes outside the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no member to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honour it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group&apos;s members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to Exchange Online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1 What succeeded is in the journal (Activity) and can be undone there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every write succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no member with a mailbox to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <comment>%1 is an app&apos;s name, not a count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <comment>a group&apos;s name; %1 is the app&apos;s name, not a count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <source>No Graph client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo sign-in as %1 did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of ConsentDesk has no demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso (demo tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo tenant as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in · demo tenant on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo tenant is never remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in · changes allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <source>You consented as a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to make the change you asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm who gave the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no readable id_token. Try again; if it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm which tenant you signed in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot tell whether it is the profile&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm that you signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment, or set the profile&apos;s tenant to the tenant ID (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not list the tenant&apos;s verified domains (/organization).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in to your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentDesk opens your browser to sign in with your organisation&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet. Add one with the tenant and the client ID of your organisation&apos;s ConsentDesk app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tenant profile first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: sign in, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <source>%1: %2 received, Graph counts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received, no count from Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 received twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <source>The inventory was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches this mailbox (no access policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, user principal name or mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-consented for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an app to open it in Apps &amp; permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to look up users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what this user granted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented by this user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin-consented for everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App roles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <source>Allow ConsentDesk to make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why ConsentDesk needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens to ask for them. If your organisation requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
