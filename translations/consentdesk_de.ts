<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AadstsCatalog</name>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="54"/>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="61"/>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="62"/>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="64"/>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="70"/>
        <source>The consent prompt was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="71"/>
        <source>The permission prompt was cancelled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="74"/>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="79"/>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="80"/>
        <source>Your organisation does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="82"/>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="89"/>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="90"/>
        <source>Your organisation requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="92"/>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="99"/>
        <source>Microsoft flagged this consent request as risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="100"/>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="101"/>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organisation set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="107"/>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="108"/>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="110"/>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="116"/>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="117"/>
        <source>One of your organisation&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="119"/>
        <source>Sign in from a device and network your organisation allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="125"/>
        <source>Security defaults blocked the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="126"/>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="128"/>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="134"/>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="135"/>
        <source>After sign-in, the browser returns to ConsentDesk at http://localhost on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="137"/>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://localhost (no port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="143"/>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="144"/>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="146"/>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="152"/>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="153"/>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="155"/>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="161"/>
        <source>A client secret was sent for a public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="162"/>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="164"/>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="170"/>
        <source>The app registration is set up as a web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="171"/>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="173"/>
        <source>In App registrations → ConsentDesk → Authentication, remove http://localhost from &quot;Web&quot; and add it under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="179"/>
        <source>Your organisation has not enabled a service ConsentDesk asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="180"/>
        <source>ConsentDesk asked for access to a service that your organisation has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="182"/>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="188"/>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="189"/>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="191"/>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="197"/>
        <source>The app registration does not list this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="198"/>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="200"/>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="206"/>
        <source>The client ID was not found in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="207"/>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="209"/>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="215"/>
        <source>You need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="216"/>
        <source>There is no browser session to sign you in silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="217"/>
        <source>Sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="222"/>
        <source>This sign-in answer was already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="223"/>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="224"/>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="229"/>
        <source>Your sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="230"/>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="232"/>
        <location filename="../src/auth/AadstsCatalog.cpp" line="248"/>
        <location filename="../src/auth/AadstsCatalog.cpp" line="303"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="237"/>
        <source>The sign-in could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="238"/>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="239"/>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="244"/>
        <source>Your stored sign-in was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="245"/>
        <source>The identity platform revoked the stored sign-in: it was used twice (for example by a copy of ConsentDesk elsewhere), the password changed, or an administrator revoked sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="253"/>
        <source>Multi-factor authentication is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="254"/>
        <source>Your organisation requires multi-factor authentication for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="255"/>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="260"/>
        <source>That account does not exist in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="261"/>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="262"/>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="267"/>
        <source>The account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="268"/>
        <source>An administrator disabled this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="269"/>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="274"/>
        <source>The tenant was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="275"/>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="276"/>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="281"/>
        <source>A requested permission does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="282"/>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="284"/>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="300"/>
        <source>Your sign-in is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="301"/>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="307"/>
        <source>You need to sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="308"/>
        <source>Your organisation requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="310"/>
        <source>Sign in again; the browser will open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="313"/>
        <source>Consent is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="314"/>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="315"/>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="319"/>
        <source>Sign-in was cancelled or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="320"/>
        <source>The sign-in page was closed, consent was declined, or your organisation denied access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="321"/>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="325"/>
        <source>The app registration does not accept this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="327"/>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="328"/>
        <source>Check the profile&apos;s client ID, and that http://localhost is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="332"/>
        <source>The identity platform rejected the sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="333"/>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="334"/>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="338"/>
        <source>The sign-in service is having problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="339"/>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AadstsCatalog.cpp" line="340"/>
        <source>Wait a few minutes and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="32"/>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="35"/>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="76"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="77"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="78"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="107"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="109"/>
        <source>Exchange says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="110"/>
        <source>Directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="112"/>
        <source>⚠ They disagree. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckCard.cpp" line="115"/>
        <source>Exchange could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="93"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="93"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="96"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="104"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="106"/>
        <source>⚠ Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="108"/>
        <source>Exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="146"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="150"/>
        <source>In scope group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="152"/>
        <source>Exchange says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="154"/>
        <source>Directory says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="156"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessCheckModel.cpp" line="158"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <location filename="../src/exchange/AccessDecision.cpp" line="40"/>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessDecision.cpp" line="43"/>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessDecision.cpp" line="48"/>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessDecision.cpp" line="58"/>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessDecision.cpp" line="63"/>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <location filename="../src/exchange/AccessPolicyEvaluator.cpp" line="54"/>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessPolicyEvaluator.cpp" line="60"/>
        <source>The scope &quot;%1&quot; is not a mail-enabled security group (mail-enabled: %2, security-enabled: %3); Exchange only honours policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/AccessPolicyEvaluator.cpp" line="68"/>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="382"/>
        <source>Every mailbox (no access policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="385"/>
        <source>all but &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="385"/>
        <source>only &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="53"/>
        <source>Mailbox access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="59"/>
        <source>Scope an app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="61"/>
        <location filename="../ui/access/AccessView.cpp" line="323"/>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="62"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="67"/>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="90"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="90"/>
        <source>Mailbox permissions (application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="90"/>
        <source>Exchange lets it reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="128"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="128"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="128"/>
        <source>Scope is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="128"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="128"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="146"/>
        <source>Remove policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="151"/>
        <source>Access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="159"/>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="160"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="162"/>
        <source>Can the app reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="166"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="170"/>
        <source>Test a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="176"/>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="183"/>
        <source>Run test matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="185"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="206"/>
        <source>Test matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="210"/>
        <source>RBAC for Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="259"/>
        <source>Could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="261"/>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="270"/>
        <source>The matrix could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="274"/>
        <source>%1 mailbox(es) tested: %2 granted, %3 denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/AccessView.cpp" line="280"/>
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="309"/>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="349"/>
        <location filename="../ui/access/AccessView.cpp" line="351"/>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="389"/>
        <source>RBAC %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="391"/>
        <source>every mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="395"/>
        <source>No mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="415"/>
        <source>Exchange Online could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="421"/>
        <source>The apps could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="454"/>
        <source>Every app (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="486"/>
        <location filename="../ui/access/AccessView.cpp" line="557"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="377"/>
        <source>Unknown: Exchange could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="492"/>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="499"/>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/AccessView.cpp" line="509"/>
        <source>%n app(s) can reach mailboxes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/AccessView.cpp" line="511"/>
        <source>%n app(s) reach every mailbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="555"/>
        <source>App ID %1 · mailbox permissions: %2 · Exchange lets it reach: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="563"/>
        <source>not found in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="566"/>
        <source>a mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="568"/>
        <source>a mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="570"/>
        <source>a group that is not mail-enabled security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="584"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="584"/>
        <source>Exchange could not be read (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="587"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="587"/>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="625"/>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="628"/>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="680"/>
        <source>Choose an app above and type a mailbox address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="688"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="689"/>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/AccessView.cpp" line="704"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="37"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="48"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="49"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="50"/>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="51"/>
        <source>Directory roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="52"/>
        <source>Sign-in kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="53"/>
        <source>ConsentDesk may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="56"/>
        <location filename="../ui/signin/AccountView.cpp" line="64"/>
        <source>What you can do in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="66"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="66"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="75"/>
        <source>Allow changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="77"/>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="79"/>
        <source>Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="81"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="83"/>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="97"/>
        <source>(no display name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="103"/>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="106"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="109"/>
        <source>None (you can read only what every user can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="126"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="134"/>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="136"/>
        <source>For this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="137"/>
        <source>For this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="151"/>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="153"/>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/AccountView.cpp" line="154"/>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../ui/activity/ActivityFilterModel.cpp" line="85"/>
        <location filename="../ui/activity/ActivityModel.cpp" line="223"/>
        <source> (restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="20"/>
        <source>Delegated permissions granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="23"/>
        <source>Delegated permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="26"/>
        <source>Delegated permissions removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="29"/>
        <source>Application permission granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="32"/>
        <source>Application permission removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="35"/>
        <source>App added to the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="38"/>
        <source>App changed (e.g. blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="41"/>
        <source>App removed from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="44"/>
        <source>Access policy created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="47"/>
        <source>Access policy description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="50"/>
        <source>Access policy removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="53"/>
        <source>Mail-enabled security group created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="56"/>
        <source>Member added to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="59"/>
        <source>Member removed from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="62"/>
        <source>App registered with Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="65"/>
        <source>Management scope created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="68"/>
        <source>Exchange role assigned to app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="71"/>
        <source>Exchange role removed from app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="118"/>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="135"/>
        <location filename="../ui/activity/ActivityModel.cpp" line="141"/>
        <source>whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="150"/>
        <source>Unknown (not confirmed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="152"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="154"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="156"/>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="235"/>
        <source> · restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="296"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="298"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="300"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="302"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityModel.cpp" line="304"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="47"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="48"/>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="57"/>
        <source>Filter by app, admin or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="61"/>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="62"/>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="63"/>
        <source>Removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="64"/>
        <source>Apps (add, block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="65"/>
        <source>Restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="66"/>
        <source>Exchange (mailbox access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="69"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="78"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="79"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="80"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="81"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="82"/>
        <source>This tenant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="85"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="110"/>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="119"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="230"/>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityView.cpp" line="251"/>
        <source>%n changes selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="259"/>
        <source>PowerShell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="261"/>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="262"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="263"/>
        <source> (confirmed later by reading the tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="266"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="269"/>
        <source>client-request-id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="271"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="273"/>
        <source>Before the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="276"/>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityView.cpp" line="283"/>
        <source>%n change(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="295"/>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="304"/>
        <source>Exchange changes are being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="306"/>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="308"/>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="316"/>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityView.cpp" line="318"/>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <location filename="../src/consent/AdminConsentUrl.cpp" line="45"/>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/AdminConsentUrl.cpp" line="49"/>
        <source>Not a tenant id or domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/AdminConsentUrl.cpp" line="52"/>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/AdminConsentUrl.cpp" line="55"/>
        <source>Admin consent needs at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/AdminConsentUrl.cpp" line="58"/>
        <source>No authority URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="76"/>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="78"/>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="79"/>
        <source>upn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="80"/>
        <source>Open this tenant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="80"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="81"/>
        <source>Also log to the terminal, at debug level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="143"/>
        <location filename="../ui/AppController.cpp" line="465"/>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="159"/>
        <source>The demo sign-in as %1 did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="160"/>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="179"/>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="200"/>
        <source>The demo tenant could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="214"/>
        <source>Contoso (demo tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AppController.cpp" line="253"/>
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="264"/>
        <source>%1 is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AppController.cpp" line="265"/>
        <source>%n new consent requests are waiting for your approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="270"/>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="278"/>
        <source>New consent request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="293"/>
        <source>Consent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="296"/>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="314"/>
        <source>Apps &amp; permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="317"/>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="329"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="332"/>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="345"/>
        <source>Mailbox access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="348"/>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="361"/>
        <location filename="../ui/AppController.cpp" line="369"/>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="361"/>
        <location filename="../ui/AppController.cpp" line="369"/>
        <source>Some items were not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="374"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="377"/>
        <source>Every change ConsentDesk made, with restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="387"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="390"/>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="408"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="411"/>
        <source>Versions, logs, keychain and network counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="418"/>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="420"/>
        <source>&amp;Allow changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="422"/>
        <source>S&amp;witch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="424"/>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="427"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="452"/>
        <source>(no profiles yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="480"/>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="486"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="494"/>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="503"/>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="511"/>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="514"/>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="520"/>
        <location filename="../ui/AppController.cpp" line="696"/>
        <source>the demo tenant is never remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="537"/>
        <source>Signed in · changes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="567"/>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="572"/>
        <source>last signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="583"/>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organisation&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="593"/>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="606"/>
        <source>Signing in to the demo tenant as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="627"/>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="638"/>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="728"/>
        <location filename="../ui/AppController.cpp" line="729"/>
        <source>Sign in to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="730"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="753"/>
        <source>correlation ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="790"/>
        <source>Signed in · demo tenant on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="790"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="792"/>
        <source> · this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppController.cpp" line="814"/>
        <source>Reading what the apps hold now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="53"/>
        <source>Admin consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="54"/>
        <source>User consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="63"/>
        <source>Revoke selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="65"/>
        <source>Keep only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="67"/>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="69"/>
        <source>Revoke everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="71"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="86"/>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="120"/>
        <source>Reading what %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="132"/>
        <source>Could not read the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="133"/>
        <source>This app is not in the tenant any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="138"/>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="139"/>
        <source> ✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="140"/>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="142"/>
        <source>Blocked (sign-in disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/apps/AppDetailPane.cpp" line="147"/>
        <source>%n user(s) consented themselves</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="149"/>
        <source>Partly read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="156"/>
        <source>Admin consent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="157"/>
        <source>User consent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="202"/>
        <source>Select the permissions to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/apps/AppDetailPane.cpp" line="203"/>
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/apps/AppDetailPane.cpp" line="210"/>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <location filename="../src/consent/AppInventory.cpp" line="135"/>
        <source>Default access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="81"/>
        <source>Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="117"/>
        <source>Verified publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="120"/>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="157"/>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="159"/>
        <source>Users who consented to the app themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="161"/>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="171"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="173"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="175"/>
        <source>Admin-consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="177"/>
        <source>User consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="179"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppListModel.cpp" line="181"/>
        <source>Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="81"/>
        <source>Apps &amp; permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="86"/>
        <source>Filter by app or publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="88"/>
        <source>Only apps with permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="91"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="93"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="95"/>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="155"/>
        <source>Reading the tenant… %1 apps, %2 delegated grants, %3 application permissions so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="163"/>
        <source>Could not read everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="165"/>
        <source>%1 apps · %2 admin-consented grants · %3 user consents · %4 application permissions · read %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="174"/>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="190"/>
        <source>Export permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="192"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="200"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="200"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="224"/>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="243"/>
        <source>Reading the tenant&apos;s apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="270"/>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="302"/>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="340"/>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/AppsView.cpp" line="342"/>
        <source>Some changes were not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="109"/>
        <source>Sign-in was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="110"/>
        <source>Sign in again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="116"/>
        <source>The sign-in took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/auth/AuthError.cpp" line="117"/>
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="118"/>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="124"/>
        <source>The sign-in answer was not ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="125"/>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="127"/>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="134"/>
        <source>The sign-in address is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="135"/>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="138"/>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="144"/>
        <source>The profile is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="146"/>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="153"/>
        <source>The system keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="155"/>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="162"/>
        <source>You are not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="163"/>
        <source>Sign in to your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="199"/>
        <location filename="../src/auth/AuthError.cpp" line="301"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="200"/>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="201"/>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="226"/>
        <source>The secure connection to the sign-in service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="227"/>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="229"/>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="235"/>
        <source>The sign-in service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="236"/>
        <location filename="../src/auth/AuthError.cpp" line="253"/>
        <source>Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="245"/>
        <source>The proxy server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="246"/>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="248"/>
        <source>The sign-in service could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="249"/>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="250"/>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="252"/>
        <source>Could not reach the sign-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="284"/>
        <source>You need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="285"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="294"/>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="296"/>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/AuthError.cpp" line="302"/>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="107"/>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="109"/>
        <source>read consent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="111"/>
        <source>grant delegated permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="113"/>
        <source>grant Microsoft Graph application permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="115"/>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="117"/>
        <source>revoke permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="119"/>
        <source>block an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="121"/>
        <source>change the admin consent workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="123"/>
        <source>change the user consent settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="125"/>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="134"/>
        <source>Global Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="137"/>
        <source>Privileged Role Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="140"/>
        <source>Cloud Application Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="143"/>
        <source>Application Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="146"/>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="149"/>
        <source>Helpdesk Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="152"/>
        <source>Exchange Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="155"/>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="179"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="184"/>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="196"/>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="197"/>
        <source>You are signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/CapabilityMap.cpp" line="198"/>
        <source>Needs %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="16"/>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="18"/>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="20"/>
        <source>to read the consent requests waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="22"/>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="31"/>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="34"/>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="37"/>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="39"/>
        <source>to change the admin consent workflow settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/ConsentDeskScopes.cpp" line="40"/>
        <source>to change the user consent settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <location filename="../src/consent/ConsentRequestService.cpp" line="149"/>
        <source>No Graph client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="50"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="55"/>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="60"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="79"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="87"/>
        <source>ConsentDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="90"/>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="91"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="93"/>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="94"/>
        <source>spdlog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="97"/>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="106"/>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="108"/>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="162"/>
        <source>Logging to the console only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="112"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="124"/>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="133"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="144"/>
        <source>Network requests (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="149"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="149"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="184"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="187"/>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="190"/>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="193"/>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="194"/>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="211"/>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="221"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="222"/>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="226"/>
        <source>By HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="228"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="230"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="231"/>
        <source>Throttled (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="232"/>
        <source>Network errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="233"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="234"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="235"/>
        <source>Time in requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="235"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsView.cpp" line="236"/>
        <source>In flight / queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <location filename="../src/consent/EntraAdminCenter.cpp" line="30"/>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <location filename="../src/auth/EntraFlow.cpp" line="93"/>
        <source>A sign-in is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraFlow.cpp" line="99"/>
        <source>No tenant and cloud configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraFlow.cpp" line="107"/>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraFlow.cpp" line="108"/>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="71"/>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="72"/>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="77"/>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="82"/>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="83"/>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="116"/>
        <source>The answer carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/EntraReplyHandler.cpp" line="116"/>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <location filename="../src/exchange/ExchangeAdminClient.cpp" line="24"/>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeAdminClient.cpp" line="52"/>
        <source>No Exchange transport.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeExecutionResultDialog</name>
    <message numerus="yes">
        <location filename="../ui/common/ExchangeExecutionResultDialog.cpp" line="12"/>
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeExecutor</name>
    <message>
        <location filename="../src/exchange/ExchangeExecutor.cpp" line="82"/>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeExecutor.cpp" line="91"/>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeExecutor.cpp" line="107"/>
        <source>Not sent: no Exchange client or journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeExecutor.cpp" line="130"/>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeExecutor.cpp" line="161"/>
        <source>Skipped: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <location filename="../src/exchange/ExchangeMailboxScopeProvider.cpp" line="50"/>
        <source>Exchange could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanPreviewDialog</name>
    <message numerus="yes">
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="9"/>
        <source>Restore (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="11"/>
        <source>Roll back %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="15"/>
        <source>Apply %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="24"/>
        <source>Exchange Online changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="25"/>
        <source>Nothing to change in Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="26"/>
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="33"/>
        <source>Cmdlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="38"/>
        <source>Not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanPreviewDialog.cpp" line="41"/>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanRunner</name>
    <message>
        <location filename="../ui/common/ExchangePlanRunner.cpp" line="17"/>
        <source>Change %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanRunner.cpp" line="66"/>
        <source>Cannot make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanRunner.cpp" line="67"/>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExchangePlanRunner.cpp" line="79"/>
        <source>Applying changes in Exchange Online…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="18"/>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="19"/>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="23"/>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="30"/>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="90"/>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="42"/>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="43"/>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="48"/>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="49"/>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="57"/>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="60"/>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="65"/>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="74"/>
        <source>Change the description of a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="77"/>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="86"/>
        <source>Add members to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="100"/>
        <source>Remove members from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="104"/>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="118"/>
        <source>Give %1 the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="125"/>
        <source>Register %1 with Exchange Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="132"/>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="142"/>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="143"/>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="149"/>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="157"/>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangePlanner.cpp" line="160"/>
        <source>Remove %1 from app %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="91"/>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="99"/>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="105"/>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="114"/>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="130"/>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="141"/>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="147"/>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="161"/>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="167"/>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="175"/>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="191"/>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="199"/>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="209"/>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="223"/>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="224"/>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="234"/>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="240"/>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="246"/>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="252"/>
        <source>%1: not undone — unknown kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="280"/>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="291"/>
        <source>Undo %n Exchange change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="300"/>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="305"/>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="306"/>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="311"/>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRestorePlanner.cpp" line="324"/>
        <source>Roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <location filename="../ui/requests/ExecutionResultDialog.cpp" line="13"/>
        <source>All %n change(s) were made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/ExecutionResultDialog.cpp" line="15"/>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialogBase</name>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="25"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="25"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="25"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="49"/>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="73"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="53"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="56"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="59"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="73"/>
        <source>Some changes were not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="76"/>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ExecutionResultDialogBase.cpp" line="87"/>
        <source>Roll back what succeeded…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantExecutor</name>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="45"/>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="49"/>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="52"/>
        <source>Sign-in needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="75"/>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="99"/>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="144"/>
        <source>Not sent: no Graph client or journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="168"/>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="171"/>
        <source>Skipped: the journal is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantExecutor.cpp" line="229"/>
        <source>Skipped: an earlier change failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <location filename="../src/consent/GrantInventory.cpp" line="99"/>
        <source>No service principal %1 in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="71"/>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="74"/>
        <location filename="../src/consent/GrantPlanner.cpp" line="88"/>
        <source>the API is not in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="75"/>
        <source>the API does not publish it as an application permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="85"/>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="88"/>
        <source>the API does not publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="120"/>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="141"/>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="165"/>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="169"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="182"/>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="204"/>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="244"/>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="249"/>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="259"/>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="292"/>
        <source>Delete the service principal created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="302"/>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="313"/>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="329"/>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="344"/>
        <source>Restore %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/GrantPlanner.cpp" line="351"/>
        <source>Not rolled back here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../src/consent/Journal.cpp" line="72"/>
        <source>Cannot create the journal folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/Journal.cpp" line="82"/>
        <source>Cannot create the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/Journal.cpp" line="99"/>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/Journal.cpp" line="153"/>
        <location filename="../src/consent/Journal.cpp" line="173"/>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/Journal.cpp" line="211"/>
        <source>No journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="19"/>
        <source>Keep only… — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="22"/>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="31"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="31"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="31"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="31"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="44"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="44"/>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="53"/>
        <source>Also trim what users consented to themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="63"/>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="106"/>
        <source>Nothing would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/KeepOnlyDialog.cpp" line="107"/>
        <source>Keeps %1 and removes %2 granted permission(s): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <location filename="../src/auth/KeychainProbe.cpp" line="30"/>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainProbe.cpp" line="34"/>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainProbe.cpp" line="37"/>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainProbe.cpp" line="75"/>
        <source>The keychain returned different data than was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../src/auth/KeychainSecretStore.cpp" line="78"/>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainSecretStore.cpp" line="97"/>
        <source>Access to the keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainSecretStore.cpp" line="192"/>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/KeychainSecretStore.cpp" line="212"/>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="81"/>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="86"/>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="90"/>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps &amp; permissions if the app does not need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="105"/>
        <source>%1 holds %2 as tenant-wide application permission(s) in Entra ID; today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favour of a scoped role, these would reach every mailbox again. Revoke %2 in Apps &amp; permissions before removing the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="111"/>
        <source>%1 holds %2 as tenant-wide application permission(s) in Entra ID. RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps &amp; permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailPermissionAudit.cpp" line="119"/>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="60"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="62"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="75"/>
        <source>Exchange says %1, the directory says %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="78"/>
        <source>Exchange says %1, the directory says %2. Exchange Online and Entra ID each keep their own copy of group membership and synchronise it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="115"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="116"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="117"/>
        <source>In scope group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="118"/>
        <source>Exchange (Test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="119"/>
        <source>Directory (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="120"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="121"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessCheck.cpp" line="122"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <location filename="../src/exchange/MailboxAccessTester.cpp" line="106"/>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/MailboxAccessTester.cpp" line="227"/>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="21"/>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>About ConsentDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Directory role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>Role: none (read own data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>ConsentDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../src/auth/MemorySecretStore.cpp" line="28"/>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="49"/>
        <source>Client object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="50"/>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="51"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="52"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="53"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="54"/>
        <source>Consent type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="55"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="56"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="57"/>
        <source>Microsoft app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PermissionReport.cpp" line="58"/>
        <source>Owner tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="60"/>
        <source>Admin consent (all users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="64"/>
        <source>Admin consent (application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="66"/>
        <source>Assigned directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="66"/>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="80"/>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="128"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="102"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="102"/>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="129"/>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="158"/>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="160"/>
        <source>Claim value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="162"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="164"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="166"/>
        <source>Granted through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="168"/>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="170"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apps/PermissionRowModel.cpp" line="172"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="14"/>
        <source>Block the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="16"/>
        <source>Roll back %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="18"/>
        <source>Remove (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="20"/>
        <source>Restore (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="24"/>
        <source>Apply %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="31"/>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="33"/>
        <source>Roll back changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="35"/>
        <source>Remove permissions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="37"/>
        <source>Restore permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="41"/>
        <source>Grant permissions to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="52"/>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="53"/>
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="58"/>
        <source>Existing permissions of the app are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="62"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="69"/>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="74"/>
        <source>No change: %1 (%2) is already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="78"/>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="81"/>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="84"/>
        <source>Microsoft Graph PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/PlanPreviewDialog.cpp" line="91"/>
        <source>PowerShell for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialogBase</name>
    <message>
        <location filename="../ui/common/PlanPreviewDialogBase.cpp" line="35"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanPreviewDialogBase.cpp" line="41"/>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanPreviewDialogBase.cpp" line="52"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanPreviewDialogBase.cpp" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanPreviewDialogBase.cpp" line="110"/>
        <source>Copy PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <location filename="../ui/common/PlanRunner.cpp" line="21"/>
        <source>Change %1 of %2: %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRunner.cpp" line="85"/>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRunner.cpp" line="94"/>
        <source>Cannot make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRunner.cpp" line="95"/>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/PlanRunner.cpp" line="109"/>
        <source>Applying changes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="37"/>
        <source>Tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="41"/>
        <source>ConsentDesk signs in through your organisation&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="51"/>
        <source>e.g. Contoso production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="54"/>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="57"/>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="60"/>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="61"/>
        <source>US Government GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="62"/>
        <source>US Government DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="63"/>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="64"/>
        <source>Custom URLs (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="66"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="67"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="68"/>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="81"/>
        <source>Sign-in root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="82"/>
        <source>Graph root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="83"/>
        <source>Exchange root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="96"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="127"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="130"/>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="134"/>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="135"/>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="139"/>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfileDialog.cpp" line="144"/>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="57"/>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="60"/>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="63"/>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="68"/>
        <source>Global cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="76"/>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="89"/>
        <source>Tenant profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="80"/>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="94"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="96"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="98"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="108"/>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="222"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="223"/>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="228"/>
        <source>Nothing in the tenant changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="229"/>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/ProfilesDialog.cpp" line="231"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/common/ModelExporter.cpp" line="40"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ModelExporter.cpp" line="41"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ModelExporter.cpp" line="46"/>
        <location filename="../ui/common/ModelExporter.cpp" line="65"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ModelExporter.cpp" line="65"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="48"/>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="52"/>
        <location filename="../ui/access/RbacPanel.cpp" line="80"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="52"/>
        <source>Limited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="52"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="52"/>
        <source>Scope filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="58"/>
        <source>Remove assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="67"/>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="72"/>
        <source>Mailbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="73"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="80"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="80"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="80"/>
        <source>Scope type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="80"/>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="93"/>
        <source>The RBAC equivalent of an access policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="95"/>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="106"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="107"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="121"/>
        <source>Assign the scoped role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="234"/>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="266"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="302"/>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="306"/>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="314"/>
        <source>The whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="325"/>
        <source>Type a mailbox address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="384"/>
        <source>%1 (mailbox access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="410"/>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="423"/>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App &apos;%2&apos; -Role &apos;Application Mail.Read&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="427"/>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="184"/>
        <location filename="../ui/access/RbacPanel.cpp" line="330"/>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="341"/>
        <source>Exchange could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="347"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="348"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="348"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="354"/>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="355"/>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="356"/>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="359"/>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/RbacPanel.cpp" line="403"/>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="75"/>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="78"/>
        <source>Who asked, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="79"/>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="265"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="79"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="79"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="79"/>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="79"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="87"/>
        <source>Requested permissions — tick what to grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="90"/>
        <source>Requested permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="91"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="91"/>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="91"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="91"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="105"/>
        <source>Grant selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="107"/>
        <source>Open admin consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="109"/>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="111"/>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="113"/>
        <source>Deny in Entra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="116"/>
        <source>PowerShell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="118"/>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="140"/>
        <source>Select a request to see who asked for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="153"/>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="167"/>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="168"/>
        <source> (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="168"/>
        <source> ✔ verified publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="171"/>
        <source>App ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="177"/>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="180"/>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="183"/>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="187"/>
        <source>Some details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="210"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="238"/>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="239"/>
        <source>%1 — application (acts as itself, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="254"/>
        <source>(the API does not describe it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="265"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="268"/>
        <source>Only an administrator can grant this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="269"/>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="271"/>
        <source>Already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="275"/>
        <source>Not published by the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="277"/>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="281"/>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="293"/>
        <source>No permissions listed in this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="369"/>
        <source>Nothing ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="370"/>
        <source>%1 delegated and %2 application permission(s) ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="380"/>
        <source>Tick the permissions to grant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="381"/>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="392"/>
        <source>This app is already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestDetailPane.cpp" line="393"/>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="23"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="26"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestTableModel.cpp" line="29"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="61"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="64"/>
        <source>Being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="67"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="70"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="169"/>
        <source>Not in tenant yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="171"/>
        <source>Unknown publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestTableModel.cpp" line="182"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="189"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="193"/>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestTableModel.cpp" line="196"/>
        <source>In %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestTableModel.cpp" line="197"/>
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="201"/>
        <source>The app&apos;s configured permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="302"/>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="305"/>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="308"/>
        <source>Not a verified publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="333"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="335"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="337"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="339"/>
        <source>Latest request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="341"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="343"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="345"/>
        <source>Highest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestTableModel.cpp" line="347"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="64"/>
        <source>Consent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="69"/>
        <source>Which requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="70"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="71"/>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="72"/>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="76"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="77"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="78"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="79"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="83"/>
        <source>Filter by app, user or permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="85"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="88"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="90"/>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="106"/>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="107"/>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/requests/RequestsView.cpp" line="109"/>
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="189"/>
        <source>Consent request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="194"/>
        <source>The admin consent was given; the request is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="196"/>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="233"/>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="241"/>
        <source>Your role cannot read consent requests. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="269"/>
        <source>Reading consent requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="271"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="280"/>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="283"/>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="287"/>
        <source>Could not read the consent requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="291"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="293"/>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="296"/>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="330"/>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="332"/>
        <source>No consent requests match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="400"/>
        <source>Select a request to see who asked for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="431"/>
        <source>All changes were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="431"/>
        <source>Some changes were not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="495"/>
        <location filename="../ui/requests/RequestsView.cpp" line="500"/>
        <source>Admin consent page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="501"/>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="506"/>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="514"/>
        <source>Deny a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requests/RequestsView.cpp" line="519"/>
        <source>Open the Entra admin center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="117"/>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="127"/>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="132"/>
        <source>%1: not restored — the assignment already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="153"/>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="162"/>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="171"/>
        <source>%1: not restored — it removed no scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="177"/>
        <source>tenant-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="178"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="210"/>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="224"/>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RestorePlanner.cpp" line="248"/>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/consent/RestorePlanner.cpp" line="254"/>
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="51"/>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="68"/>
        <source>tenant-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="72"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="74"/>
        <source>for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="101"/>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="121"/>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="154"/>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="167"/>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="174"/>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="193"/>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="202"/>
        <location filename="../src/consent/RevokePlanner.cpp" line="220"/>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="210"/>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="254"/>
        <source>This user has no consent of their own to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/RevokePlanner.cpp" line="307"/>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/consent/RevokePlanner.cpp" line="343"/>
        <source>%n app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../src/risk/RiskLevel.cpp" line="50"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskLevel.cpp" line="52"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskLevel.cpp" line="54"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskLevel.cpp" line="56"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskLevel.cpp" line="60"/>
        <source>Unranked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <location filename="../src/risk/RiskCatalog.cpp" line="18"/>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskCatalog.cpp" line="215"/>
        <source>An application permission that can change data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/risk/RiskCatalog.cpp" line="216"/>
        <source>An application permission that reads data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="166"/>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="178"/>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="188"/>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="225"/>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="230"/>
        <source>The sandbox did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="234"/>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="244"/>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="249"/>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SandboxBrowserDriver.cpp" line="253"/>
        <source>The sandbox has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="69"/>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="111"/>
        <source>Which app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="112"/>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="120"/>
        <source>no mailbox permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="125"/>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="133"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="209"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="361"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="437"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="495"/>
        <source>Exchange Online PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="145"/>
        <source>Reading what %1 holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="150"/>
        <source>• %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="153"/>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="154"/>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="170"/>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="182"/>
        <source>Which mailboxes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="187"/>
        <source>Use an existing mail-enabled security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="192"/>
        <source>Create a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="196"/>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="196"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="206"/>
        <source>Reading the groups from Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="243"/>
        <source>Could not read the groups from Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="268"/>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="292"/>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="299"/>
        <source>No mail-enabled security group yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="303"/>
        <source>Reading the members of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="310"/>
        <source>Could not read the members of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="318"/>
        <source>%1 has no members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/ScopeAppWizard.cpp" line="319"/>
        <source>%1 has %n member(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="329"/>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="340"/>
        <source>Add members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="183"/>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="341"/>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="347"/>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="348"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="350"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="384"/>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="389"/>
        <source>%1 is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="415"/>
        <source>Restrict or deny?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="416"/>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="419"/>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="422"/>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="431"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="433"/>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="457"/>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="458"/>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="484"/>
        <source>Review and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="485"/>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="488"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="511"/>
        <source>Prove it: a member and a non-member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="512"/>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="519"/>
        <source>A member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="520"/>
        <source>Not a member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="522"/>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="528"/>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="530"/>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="534"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="590"/>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honour it: until then, the app may still read mailboxes outside the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="554"/>
        <source>%1 mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="564"/>
        <source>(no member to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="566"/>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/access/ScopeAppWizard.cpp" line="568"/>
        <source>%1 will have %n member(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="588"/>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honour it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="594"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="595"/>
        <source>Reading the group&apos;s members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="618"/>
        <source>Type a name for the new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="619"/>
        <source>Choose a group, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="625"/>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="633"/>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="654"/>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="677"/>
        <source>Sending to Exchange Online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="679"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="700"/>
        <source>Not done: %1 What succeeded is in the journal (Activity) and can be undone there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="704"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="708"/>
        <source>Done: every write succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="714"/>
        <source>Another change is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="755"/>
        <source>A member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="756"/>
        <source>Not a member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="757"/>
        <source>The group has no member with a mailbox to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="758"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="760"/>
        <source>Asking Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="759"/>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="787"/>
        <location filename="../ui/access/ScopeAppWizard.cpp" line="788"/>
        <source>Could not test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <location filename="../src/directory/ServicePrincipalCache.cpp" line="153"/>
        <source>No Graph client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/directory/ServicePrincipalCache.cpp" line="210"/>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <location filename="../src/auth/SignInManager.cpp" line="376"/>
        <source>You consented as a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SignInManager.cpp" line="377"/>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SignInManager.cpp" line="522"/>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SignInManager.cpp" line="523"/>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/auth/SignInManager.cpp" line="593"/>
        <source>to make the change you asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="54"/>
        <source>Sign in to your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="60"/>
        <source>ConsentDesk opens your browser to sign in with your organisation&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="69"/>
        <source>Tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="76"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="81"/>
        <source>Sign in with browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="84"/>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="109"/>
        <source>Copy sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="111"/>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="152"/>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="153"/>
        <source>Open demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="188"/>
        <source>No profile yet. Add one with the tenant and the client ID of your organisation&apos;s ConsentDesk app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="214"/>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="236"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="240"/>
        <source>Learn more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="248"/>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/SignInView.cpp" line="260"/>
        <source>Add a tenant profile first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <location filename="../src/graph/StaticTokenProvider.cpp" line="39"/>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/graph/StaticTokenProvider.cpp" line="43"/>
        <source>No access token: sign in, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <location filename="../src/consent/TenantInventory.cpp" line="7"/>
        <source>%1: %2 received, Graph counts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/TenantInventory.cpp" line="11"/>
        <source>%1: %2 received, no count from Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/consent/TenantInventory.cpp" line="15"/>
        <source> (%1 received twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <location filename="../src/consent/TenantInventoryLoader.cpp" line="96"/>
        <source>The inventory was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <location filename="../src/consent/UserConsentLookup.cpp" line="84"/>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="27"/>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="29"/>
        <source>Reaches this mailbox (no access policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="31"/>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="33"/>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="48"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="53"/>
        <source>Name, user principal name or mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="55"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="68"/>
        <source>Users found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="97"/>
        <source>Consented by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="98"/>
        <source>Admin-consented for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="99"/>
        <source>App roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="102"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="102"/>
        <source>Application permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="102"/>
        <source>This user&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="105"/>
        <source>Mailbox access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="107"/>
        <source>Double-click an app to open it in Apps &amp; permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="165"/>
        <source>Sign in to look up users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="168"/>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="178"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="191"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="192"/>
        <source>No user matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UsersView.cpp" line="193"/>
        <source>%n user(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="202"/>
        <source>Reading what this user granted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="215"/>
        <source>Could not read the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="216"/>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UsersView.cpp" line="221"/>
        <source>%n app(s) consented to by this user</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/users/UsersView.cpp" line="222"/>
        <source>member of %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="224"/>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="227"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="230"/>
        <source>partly read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="236"/>
        <source>Consented by this user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="237"/>
        <source>Admin-consented for everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="238"/>
        <source>App roles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/users/UsersView.cpp" line="239"/>
        <source>Mailbox access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="14"/>
        <source>Allow ConsentDesk to make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="18"/>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="27"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="27"/>
        <source>Why ConsentDesk needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="41"/>
        <source>Your browser opens to ask for them. If your organisation requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="48"/>
        <source>Continue in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signin/WriteConsentDialog.cpp" line="50"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/consentdesk/main.cpp" line="35"/>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
