<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation>Bitten Sie einen globalen Administrator oder Cloudanwendungsadministrator, die Administratoreinwilligung für ConsentDesk zu erteilen (Entra Admin Center → App-Registrierungen → ConsentDesk → API-Berechtigungen → Administratoreinwilligung erteilen), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation>ConsentDesk wurde für diese Berechtigungen nicht genehmigt</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation>Melden Sie sich erneut an, und akzeptieren Sie die Einwilligungsaufforderung. Wenn Sie nicht selbst einwilligen können: %1</translation>
    </message>
    <message>
        <source>The consent prompt was declined</source>
        <translation>Die Einwilligungsaufforderung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation>Melden Sie sich erneut an, und wählen Sie „Akzeptieren“. Wenn die Aufforderung meldet, dass eine Genehmigung erforderlich ist: %1</translation>
    </message>
    <message>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation>In Ihrem Mandanten muss ein Administrator ConsentDesk selbst genehmigen</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation>Bitten Sie einen globalen Administrator oder Cloudanwendungsadministrator, den Link zur Administratoreinwilligung für ConsentDesk zu öffnen (oder die Administratoreinwilligung im Entra Admin Center unter „App-Registrierungen → ConsentDesk → API-Berechtigungen“ zu erteilen), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation>ConsentDesk wartet auf die Genehmigung eines Administrators</translation>
    </message>
    <message>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation>Wenn Sie eine Anforderung gesendet haben, warten Sie, bis ein Prüfer sie genehmigt (Sie erhalten eine E-Mail), und melden Sie sich dann erneut an. Oder: %1</translation>
    </message>
    <message>
        <source>Microsoft flagged this consent request as risky</source>
        <translation>Microsoft hat diese Einwilligungsanforderung als riskant eingestuft</translation>
    </message>
    <message>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation>Microsoft hat die Berechtigungsanforderung als riskant eingestuft, daher kann nur ein Administrator einwilligen.</translation>
    </message>
    <message>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation>Ihr Konto ist ConsentDesk nicht zugewiesen</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation>Die Unternehmensanwendung von ConsentDesk in Ihrem Mandanten erfordert eine Benutzerzuweisung, und weder Ihr Konto noch eine Ihrer Gruppen ist zugewiesen.</translation>
    </message>
    <message>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation>Bitten Sie einen Administrator, Sie (oder eine Ihrer Gruppen) ConsentDesk zuzuweisen: Entra Admin Center → Unternehmensanwendungen → ConsentDesk → Benutzer und Gruppen.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation>Eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>Security defaults blocked the sign-in</source>
        <translation>Die Sicherheitsstandards haben die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation>Die Sicherheitsstandards Ihres Mandanten verlangen etwas, das diese Anmeldung nicht geliefert hat – meist die Registrierung für die mehrstufige Authentifizierung.</translation>
    </message>
    <message>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Schließen Sie die Registrierung für die mehrstufige Authentifizierung im Browser ab, oder bitten Sie einen Administrator, den Eintrag im Anmeldeprotokoll mit der unten angegebenen Korrelations-ID zu prüfen.</translation>
    </message>
    <message>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation>Die App-Registrierung lässt die Umleitungsadresse von ConsentDesk nicht zu</translation>
    </message>
    <message>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation>Die App-Registrierung akzeptiert nur Anmeldungen bei ihrem eigenen Mandanten</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation>Die App-Registrierung von ConsentDesk ist auf einen einzelnen Mandanten beschränkt, das Profil meldet sich aber bei „organizations“ oder „common“ statt bei einem bestimmten Mandanten an.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation>Legen Sie als Mandanten des Profils Ihre Mandanten-ID oder eine verifizierte Domäne fest (zum Beispiel contoso.onmicrosoft.com), und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation>Ein Dienst, den ConsentDesk benötigt, fehlt in Ihrem Mandanten</translation>
    </message>
    <message>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation>Die Ressource, für die ConsentDesk ein Token angefordert hat (zum Beispiel Exchange Online), hat keinen Dienstprinzipal in Ihrem Mandanten: Der Dienst ist nicht lizenziert oder wurde nie aktiviert.</translation>
    </message>
    <message>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation>Prüfen Sie, ob der Mandant über den Dienst verfügt (Exchange Online für die Postfachbeschränkung). Funktionen, die ihn benötigen, bleiben bis dahin nicht verfügbar.</translation>
    </message>
    <message>
        <source>A client secret was sent for a public client</source>
        <translation>Für einen öffentlichen Client wurde ein geheimer Clientschlüssel gesendet</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation>Die App-Registrierung von ConsentDesk ist ein öffentlicher Client (eine Desktop-App), und öffentliche Clients dürfen keinen geheimen Schlüssel vorlegen. Trotzdem wurde einer gesendet.</translation>
    </message>
    <message>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation>Entfernen Sie jeden geheimen Clientschlüssel aus dem ConsentDesk-Profil oder der Umgebung. ConsentDesk meldet sich mit PKCE an und benötigt nie einen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app</source>
        <translation>Die App-Registrierung ist als Web-App eingerichtet</translation>
    </message>
    <message>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation>Entra erwartet einen geheimen Clientschlüssel, weil der Umleitungs-URI von ConsentDesk unter der Plattform „Web“ registriert ist. ConsentDesk ist eine Desktop-App und verwendet nie einen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation>Klären Sie mit einem Administrator, ob der Dienst (Microsoft Graph oder Exchange Online für die Postfachbeschränkung) für den Mandanten aktiviert ist.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation>Der App-Registrierung von ConsentDesk fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation>Die App-Registrierung führt eine von ConsentDesk angeforderte Berechtigung nicht auf, oder ein Administrator hat nicht in sie eingewilligt.</translation>
    </message>
    <message>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation>Fügen Sie die Berechtigungen von ConsentDesk (README: „Registering ConsentDesk in your tenant“) den API-Berechtigungen der App-Registrierung hinzu, und erteilen Sie die Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>The app registration does not list this API</source>
        <translation>Die App-Registrierung führt diese API nicht auf</translation>
    </message>
    <message>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation>ConsentDesk hat ein Token für eine API (etwa Office 365 Exchange Online) angefordert, die nicht in den erforderlichen Berechtigungen der App-Registrierung steht.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation>Fügen Sie die API unter „App-Registrierungen → ConsentDesk → API-Berechtigungen“ hinzu (Office 365 Exchange Online → Exchange.Manage für die Postfachbeschränkung), und erteilen Sie die Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>The client ID was not found in this tenant</source>
        <translation>Die Client-ID wurde in diesem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation>Im Mandanten, bei dem Sie sich angemeldet haben, gibt es keine Anwendung mit der Client-ID des Profils. Die ID ist vielleicht falsch geschrieben, oder die App ist in einem anderen Mandanten registriert.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation>Kopieren Sie die Anwendungs-ID (Client) und die Verzeichnis-ID (Mandant) erneut von der Seite „Übersicht“ der ConsentDesk-App-Registrierung in das Profil.</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Sie müssen sich erneut anmelden</translation>
    </message>
    <message>
        <source>There is no browser session to sign you in silently.</source>
        <translation>Es gibt keine Browsersitzung für eine automatische Anmeldung im Hintergrund.</translation>
    </message>
    <message>
        <source>Sign in interactively.</source>
        <translation>Melden Sie sich interaktiv an.</translation>
    </message>
    <message>
        <source>This sign-in answer was already used</source>
        <translation>Diese Anmeldeantwort wurde bereits verwendet</translation>
    </message>
    <message>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation>Der Autorisierungscode aus dem Browser kann nur einmal verwendet werden, und das ist bereits geschehen.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>Ihre Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen, weil sie lange nicht verwendet wurde, oder sie wurde widerrufen (Kennwortänderung, Abmeldung von allen Geräten, Eingriff eines Administrators).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified</source>
        <translation>Die Anmeldung konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation>Der Nachweis, dass diese ConsentDesk-Instanz die Anmeldung gestartet hat (PKCE-Code-Verifier), stimmte nicht überein.</translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation>Starten Sie die Anmeldung erneut. Wenn das wieder passiert, melden Sie es mit der unten angegebenen Korrelations-ID.</translation>
    </message>
    <message>
        <source>Your stored sign-in was revoked</source>
        <translation>Ihre gespeicherte Anmeldung wurde widerrufen</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required</source>
        <translation>Mehrstufige Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation>Melden Sie sich erneut an, und schließen Sie die Abfrage der mehrstufigen Authentifizierung im Browser ab.</translation>
    </message>
    <message>
        <source>That account does not exist in this tenant</source>
        <translation>Dieses Konto existiert in diesem Mandanten nicht</translation>
    </message>
    <message>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation>Der Benutzername ist im Mandanten dieses Profils nicht bekannt.</translation>
    </message>
    <message>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation>Prüfen Sie den Benutzernamen, oder wählen Sie das Profil des Mandanten, zu dem das Konto gehört.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>An administrator disabled this account.</source>
        <translation>Ein Administrator hat dieses Konto deaktiviert.</translation>
    </message>
    <message>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation>Bitten Sie einen Administrator, das Konto zu aktivieren, oder melden Sie sich mit einem anderen Konto an.</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>Der Mandant wurde nicht gefunden</translation>
    </message>
    <message>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation>In dieser Cloud passt kein Mandant zur Mandanten-ID oder Domäne des Profils.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation>Prüfen Sie den Mandanten des Profils (die Verzeichnis-ID (Mandant) oder eine verifizierte Domäne) und seine Cloud.</translation>
    </message>
    <message>
        <source>A requested permission does not exist</source>
        <translation>Eine angeforderte Berechtigung existiert nicht</translation>
    </message>
    <message>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation>Die Identitätsplattform kennt in dieser Cloud eine der von ConsentDesk angeforderten Berechtigungen nicht.</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation>Prüfen Sie, ob die Cloud des Profils stimmt. Wenn ja, melden Sie die unten stehende Meldung.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation>Die Identitätsplattform hat die gespeicherte Anmeldung nicht akzeptiert: Sie ist abgelaufen, wurde widerrufen oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>You need to sign in in the browser</source>
        <translation>Sie müssen sich im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in again; the browser will open.</source>
        <translation>Melden Sie sich erneut an; der Browser wird geöffnet.</translation>
    </message>
    <message>
        <source>Consent is needed</source>
        <translation>Einwilligung erforderlich</translation>
    </message>
    <message>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation>ConsentDesk benötigt eine Berechtigung, in die noch nicht eingewilligt wurde.</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Melden Sie sich erneut an, und akzeptieren Sie die Einwilligungsaufforderung, oder bitten Sie einen globalen Administrator oder Cloudanwendungsadministrator, die Administratoreinwilligung für ConsentDesk zu erteilen.</translation>
    </message>
    <message>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Melden Sie sich erneut an. Wenn die Seite meldet, dass eine Administratorgenehmigung erforderlich ist, bitten Sie einen globalen Administrator oder Cloudanwendungsadministrator, die Administratoreinwilligung für ConsentDesk zu erteilen.</translation>
    </message>
    <message>
        <source>The app registration does not accept this sign-in</source>
        <translation>Die App-Registrierung akzeptiert diese Anmeldung nicht</translation>
    </message>
    <message>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation>Die Client-ID ist falsch, oder die App-Registrierung ist nicht als (öffentlicher) Desktopclient eingerichtet.</translation>
    </message>
    <message>
        <source>The identity platform rejected the sign-in request</source>
        <translation>Die Identitätsplattform hat die Anmeldeanforderung abgelehnt</translation>
    </message>
    <message>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation>Ein Parameter der Anforderung wurde nicht akzeptiert (welcher, steht in der Meldung unten).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation>Prüfen Sie Mandant, Client-ID und Cloud des Profils. Wenn sie stimmen, melden Sie die unten stehende Meldung mit der Korrelations-ID.</translation>
    </message>
    <message>
        <source>The sign-in service is having problems</source>
        <translation>Der Anmeldedienst hat Probleme</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation>Die Identitätsplattform von Microsoft konnte die Anforderung gerade nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>Warten Sie einige Minuten, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The identity platform revoked the stored sign-in: the password changed, or an administrator (or you, with &quot;sign out everywhere&quot;) revoked your sessions.</source>
        <translation>Die Identitätsplattform hat die gespeicherte Anmeldung widerrufen: Das Kennwort wurde geändert, oder ein Administrator (oder Sie selbst mit „Überall abmelden“) hat Ihre Sitzungen widerrufen.</translation>
    </message>
    <message>
        <source>After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation>Nach der Anmeldung kehrt der Browser über http://127.0.0.1 an einem zufälligen Port zu ConsentDesk zurück. Die ConsentDesk-App-Registrierung führt diesen Umleitungs-URI nicht auf.</translation>
    </message>
    <message>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://127.0.0.1 (no port). If the portal refuses an http address, add it in the registration&apos;s Manifest (see the README).</source>
        <translation>Fügen Sie im Entra Admin Center unter „App-Registrierungen → ConsentDesk → Authentifizierung“ die Plattform „Mobile Anwendungen und Desktopanwendungen“ mit dem Umleitungs-URI http://127.0.0.1 (ohne Port) hinzu. Wenn das Portal keine http-Adresse annimmt, tragen Sie sie im Manifest der Registrierung ein (siehe README).</translation>
    </message>
    <message>
        <source>In App registrations → ConsentDesk → Authentication, remove ConsentDesk&apos;s loopback redirect URI from &quot;Web&quot; and add http://127.0.0.1 under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation>Entfernen Sie unter „App-Registrierungen → ConsentDesk → Authentifizierung“ den Loopback-Umleitungs-URI von ConsentDesk aus „Web“, fügen Sie http://127.0.0.1 unter „Mobile Anwendungen und Desktopanwendungen“ hinzu, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s client ID, and that http://127.0.0.1 is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation>Prüfen Sie die Client-ID des Profils und ob http://127.0.0.1 unter „Mobile Anwendungen und Desktopanwendungen“ registriert ist.</translation>
    </message>
    <message>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organization.</source>
        <translation>Niemand hat eingewilligt, dass ConsentDesk eine der angeforderten Berechtigungen verwendet – weder Sie noch ein Administrator für die gesamte Organisation.</translation>
    </message>
    <message>
        <source>The permission prompt was canceled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation>Die Berechtigungsanfrage wurde abgebrochen oder abgelehnt, daher hat ConsentDesk die benötigten Berechtigungen nicht erhalten. Das passiert auch, wenn Sie die Seite „Genehmigung erforderlich“ verlassen.</translation>
    </message>
    <message>
        <source>Your organization does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation>Ihre Organisation erlaubt Benutzern nicht, in die von ConsentDesk angeforderten Berechtigungen einzuwilligen, und der Workflow für die Administratoreinwilligung ist deaktiviert. Sie konnten daher keine Genehmigung anfordern.</translation>
    </message>
    <message>
        <source>Your organization requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation>Ihre Organisation verlangt für die Berechtigungen von ConsentDesk die Genehmigung eines Administrators. Der Workflow für die Administratoreinwilligung ist aktiviert, daher hat die Anmeldeseite angeboten, eine Anforderung an die Prüfer zu senden.</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organization set up.</source>
        <translation>Bitten Sie einen globalen Administrator oder Cloudanwendungsadministrator, die App-Registrierung von ConsentDesk zu prüfen und die Administratoreinwilligung zu erteilen, sofern es die von Ihrer Organisation eingerichtete Registrierung ist.</translation>
    </message>
    <message>
        <source>One of your organization&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation>Eine der Richtlinien für bedingten Zugriff Ihrer Organisation lässt diese Anmeldung nicht zu (zum Beispiel wegen des Geräts, des Standorts oder der App).</translation>
    </message>
    <message>
        <source>Sign in from a device and network your organization allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Melden Sie sich von einem Gerät und aus einem Netzwerk an, die Ihre Organisation zulässt, oder bitten Sie einen Sicherheitsadministrator, den Eintrag im Anmeldeprotokoll mit der unten angegebenen Korrelations-ID zu prüfen.</translation>
    </message>
    <message>
        <source>Your organization has not enabled a service ConsentDesk asked for</source>
        <translation>Ihre Organisation hat einen von ConsentDesk angeforderten Dienst nicht aktiviert</translation>
    </message>
    <message>
        <source>ConsentDesk asked for access to a service that your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>ConsentDesk hat Zugriff auf einen Dienst angefordert, den Ihre Organisation nicht abonniert oder nicht aktiviert hat oder dessen Dienstprinzipal deaktiviert ist.</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication for this sign-in.</source>
        <translation>Ihre Organisation verlangt für diese Anmeldung die mehrstufige Authentifizierung.</translation>
    </message>
    <message>
        <source>Your organization requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation>Ihre Organisation verlangt etwas, das nur der Browser liefern kann (mehrstufige Authentifizierung, Nutzungsbedingungen, eine neue Anmeldung).</translation>
    </message>
    <message>
        <source>Sign-in was canceled or denied</source>
        <translation>Die Anmeldung wurde abgebrochen oder verweigert</translation>
    </message>
    <message>
        <source>The sign-in page was closed, consent was declined, or your organization denied access.</source>
        <translation>Die Anmeldeseite wurde geschlossen, die Einwilligung wurde abgelehnt, oder Ihre Organisation hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>An administrator who may grant admin consent: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Ein Administrator, der Administratoreinwilligung erteilen darf: Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator.</translation>
    </message>
    <message>
        <source>The app&apos;s developer or publisher; an administrator of your tenant cannot change it.</source>
        <translation>Der Entwickler oder Herausgeber der App; ein Administrator Ihres Mandanten kann das nicht ändern.</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>Der Benutzer.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app yet</source>
        <translation>Noch niemand hat in die App eingewilligt</translation>
    </message>
    <message>
        <source>The app needs a permission that nobody has consented to yet, and it could not ask the user without showing the consent prompt.</source>
        <translation>Die App braucht eine Berechtigung, in die noch niemand eingewilligt hat, und sie konnte den Benutzer nicht ohne die Einwilligungsaufforderung fragen.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions themselves; if not, review the app and grant admin consent for what it needs.</source>
        <translation>Prüfen Sie, ob der Benutzer selbst in diese Berechtigungen einwilligen darf; falls nicht, prüfen Sie die App und erteilen Sie die Administratoreinwilligung für das, was sie braucht.</translation>
    </message>
    <message>
        <source>The user did not consent</source>
        <translation>Der Benutzer hat nicht eingewilligt</translation>
    </message>
    <message>
        <source>The user canceled the sign-in or declined consent, or the organization does not let them consent and they left the approval page.</source>
        <translation>Der Benutzer hat die Anmeldung abgebrochen oder die Einwilligung abgelehnt, oder die Organisation lässt ihn nicht einwilligen und er hat die Genehmigungsseite verlassen.</translation>
    </message>
    <message>
        <source>Look for a consent request from the user and decide it; otherwise check why the user could not consent to the app.</source>
        <translation>Suchen Sie nach einer Einwilligungsanforderung des Benutzers und entscheiden Sie darüber; andernfalls prüfen Sie, warum der Benutzer nicht in die App einwilligen konnte.</translation>
    </message>
    <message>
        <source>The user must sign in interactively</source>
        <translation>Der Benutzer muss sich interaktiv anmelden</translation>
    </message>
    <message>
        <source>The app tried to sign the user in silently, but something needs the user in the browser: multi-factor authentication, a Conditional Access requirement, terms of use or consent.</source>
        <translation>Die App wollte den Benutzer im Hintergrund anmelden, aber etwas erfordert den Benutzer im Browser: mehrstufige Authentifizierung, eine Anforderung des bedingten Zugriffs, Nutzungsbedingungen oder eine Einwilligung.</translation>
    </message>
    <message>
        <source>The user signs in to the app interactively. If they are blocked there, check which Conditional Access policies apply to this user and app.</source>
        <translation>Der Benutzer meldet sich interaktiv bei der App an. Wird er dort blockiert, prüfen Sie, welche Richtlinien für bedingten Zugriff für diesen Benutzer und diese App gelten.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in for the user expired</source>
        <translation>Die Anmeldung der App für den Benutzer ist abgelaufen</translation>
    </message>
    <message>
        <source>The app&apos;s stored sign-in for the user is no longer valid: it expired, was revoked (password change, sessions revoked) or a condition such as multi-factor authentication is now required.</source>
        <translation>Die gespeicherte Anmeldung der App für den Benutzer ist nicht mehr gültig: Sie ist abgelaufen, wurde widerrufen (Kennwortänderung, Sitzungen widerrufen) oder eine Bedingung wie mehrstufige Authentifizierung ist jetzt erforderlich.</translation>
    </message>
    <message>
        <source>The user signs in to the app again. Nothing needs to change in the tenant.</source>
        <translation>Der Benutzer meldet sich erneut bei der App an. Im Mandanten muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request is wrong</source>
        <translation>Die Anmeldeanforderung der App ist fehlerhaft</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (client ID, secret, redirect address or a requested permission).</source>
        <translation>Die Anmeldeanforderung der App passt nicht zu ihrer App-Registrierung (Client-ID, geheimer Schlüssel, Umleitungsadresse oder eine angeforderte Berechtigung).</translation>
    </message>
    <message>
        <source>Send the message and its correlation ID to the app&apos;s developer.</source>
        <translation>Senden Sie die Meldung und ihre Korrelations-ID an den Entwickler der App.</translation>
    </message>
    <message>
        <source>The identity platform is having problems</source>
        <translation>Die Identitätsplattform hat Probleme</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the sign-in right now.</source>
        <translation>Die Identitätsplattform von Microsoft konnte die Anmeldung gerade nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Nobody in your tenant; it passes.</source>
        <translation>Niemand in Ihrem Mandanten; es geht vorüber.</translation>
    </message>
    <message>
        <source>The user tries again in a few minutes.</source>
        <translation>Der Benutzer versucht es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app using this permission: neither the user nor an administrator for the whole organization.</source>
        <translation>Niemand hat in die Verwendung dieser Berechtigung durch die App eingewilligt: weder der Benutzer noch ein Administrator für die gesamte Organisation.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions; if not, review the app and grant admin consent for the permissions it needs.</source>
        <translation>Prüfen Sie, ob der Benutzer in diese Berechtigungen einwilligen darf; falls nicht, prüfen Sie die App und erteilen Sie die Administratoreinwilligung für die Berechtigungen, die sie braucht.</translation>
    </message>
    <message>
        <source>The user declined consent</source>
        <translation>Der Benutzer hat die Einwilligung abgelehnt</translation>
    </message>
    <message>
        <source>The user declined or canceled the consent prompt. It also happens when the user leaves the &quot;Need admin approval&quot; or &quot;Approval required&quot; page.</source>
        <translation>Der Benutzer hat die Einwilligungsaufforderung abgelehnt oder abgebrochen. Das geschieht auch, wenn der Benutzer die Seite „Administratorgenehmigung erforderlich“ oder „Genehmigung erforderlich“ verlässt.</translation>
    </message>
    <message>
        <source>The user, or an administrator who reviews consent requests.</source>
        <translation>Der Benutzer oder ein Administrator, der Einwilligungsanforderungen prüft.</translation>
    </message>
    <message>
        <source>If the user sent a request for approval, approve or deny it in Consent requests; otherwise the user signs in again and accepts.</source>
        <translation>Hat der Benutzer eine Genehmigungsanforderung gesendet, genehmigen oder verweigern Sie sie unter „Einwilligungsanforderungen“; andernfalls meldet sich der Benutzer erneut an und akzeptiert.</translation>
    </message>
    <message>
        <source>The user needs admin approval, and cannot ask for it</source>
        <translation>Der Benutzer braucht eine Administratorgenehmigung und kann sie nicht anfordern</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for (the user consent setting, or a permission only an administrator can grant), and the admin consent workflow is off, so the user could not even request approval. The user saw &quot;Need admin approval&quot;.</source>
        <translation>Der Benutzer darf nicht in das einwilligen, was die App anfordert (wegen der Einstellung für die Benutzereinwilligung oder einer Berechtigung, die nur ein Administrator erteilen kann), und der Workflow für die Administratoreinwilligung ist ausgeschaltet, sodass der Benutzer nicht einmal eine Genehmigung anfordern konnte. Der Benutzer sah „Administratorgenehmigung erforderlich“.</translation>
    </message>
    <message>
        <source>Review the app and grant admin consent if your organization should use it; turn on the admin consent workflow with reviewers so users can request approval next time.</source>
        <translation>Prüfen Sie die App und erteilen Sie die Administratoreinwilligung, wenn Ihre Organisation sie verwenden soll; schalten Sie den Workflow für die Administratoreinwilligung mit Prüfern ein, damit Benutzer beim nächsten Mal eine Genehmigung anfordern können.</translation>
    </message>
    <message>
        <source>The user asked for admin approval</source>
        <translation>Der Benutzer hat eine Administratorgenehmigung angefordert</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for. The admin consent workflow is on, so the user saw &quot;Approval required&quot; and could send a request to the reviewers.</source>
        <translation>Der Benutzer darf nicht in das einwilligen, was die App anfordert. Der Workflow für die Administratoreinwilligung ist eingeschaltet, daher sah der Benutzer „Genehmigung erforderlich“ und konnte eine Anforderung an die Prüfer senden.</translation>
    </message>
    <message>
        <source>A reviewer of the admin consent workflow who may grant admin consent.</source>
        <translation>Ein Prüfer des Workflows für die Administratoreinwilligung, der Administratoreinwilligung erteilen darf.</translation>
    </message>
    <message>
        <source>Find the user&apos;s request in Consent requests and approve or deny it. If nobody received it, check the workflow&apos;s reviewers in the consent settings.</source>
        <translation>Suchen Sie die Anforderung des Benutzers unter „Einwilligungsanforderungen“ und genehmigen oder verweigern Sie sie. Hat niemand sie erhalten, prüfen Sie die Prüfer des Workflows in den Einwilligungseinstellungen.</translation>
    </message>
    <message>
        <source>Microsoft flagged the app as risky</source>
        <translation>Microsoft hat die App als riskant eingestuft</translation>
    </message>
    <message>
        <source>Microsoft judged the consent request risky, so users cannot consent to it; only an administrator can.</source>
        <translation>Microsoft hat die Einwilligungsanforderung als riskant eingestuft, daher können Benutzer nicht einwilligen; nur ein Administrator kann es.</translation>
    </message>
    <message>
        <source>Review the app&apos;s publisher and permissions before anything else; grant admin consent only if you trust it.</source>
        <translation>Prüfen Sie zuerst den Herausgeber und die Berechtigungen der App; erteilen Sie die Administratoreinwilligung nur, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The user is not assigned to the app</source>
        <translation>Der Benutzer ist der App nicht zugewiesen</translation>
    </message>
    <message>
        <source>The app requires user assignment, and neither the user nor a group they belong to is assigned to it.</source>
        <translation>Die App erfordert eine Benutzerzuweisung, und weder der Benutzer noch eine seiner Gruppen ist ihr zugewiesen.</translation>
    </message>
    <message>
        <source>An administrator who may manage the app&apos;s users and groups (Cloud Application Administrator, Application Administrator, or an owner of the app).</source>
        <translation>Ein Administrator, der die Benutzer und Gruppen der App verwalten darf (Cloudanwendungsadministrator, Anwendungsadministrator oder ein Besitzer der App).</translation>
    </message>
    <message>
        <source>Assign the user, or a group they are in, to the app; or turn off &quot;Assignment required&quot; if everyone may use it.</source>
        <translation>Weisen Sie der App den Benutzer oder eine seiner Gruppen zu, oder schalten Sie „Zuweisung erforderlich“ aus, wenn jeder sie verwenden darf.</translation>
    </message>
    <message>
        <source>Conditional Access blocked the sign-in</source>
        <translation>Der bedingte Zugriff hat die Anmeldung blockiert</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the user&apos;s sign-in to this app (because of the user, the app, the device, the location or the risk).</source>
        <translation>Eine Richtlinie für bedingten Zugriff hat die Anmeldung des Benutzers bei dieser App blockiert (wegen des Benutzers, der App, des Geräts, des Standorts oder des Risikos).</translation>
    </message>
    <message>
        <source>A Conditional Access Administrator or Security Administrator.</source>
        <translation>Ein Administrator für bedingten Zugriff oder ein Sicherheitsadministrator.</translation>
    </message>
    <message>
        <source>See which Conditional Access policies apply to this user and app; the sign-in log entry with the correlation ID names the one that blocked.</source>
        <translation>Sehen Sie nach, welche Richtlinien für bedingten Zugriff für diesen Benutzer und diese App gelten; der Eintrag im Anmeldeprotokoll mit der Korrelations-ID nennt die blockierende Richtlinie.</translation>
    </message>
    <message>
        <source>The app needs a managed device</source>
        <translation>Die App erfordert ein verwaltetes Gerät</translation>
    </message>
    <message>
        <source>A Conditional Access policy allows this app only from a device the organization manages, and the user signed in from another one.</source>
        <translation>Eine Richtlinie für bedingten Zugriff erlaubt diese App nur auf einem Gerät, das die Organisation verwaltet, und der Benutzer hat sich auf einem anderen angemeldet.</translation>
    </message>
    <message>
        <source>The user (from a managed device), or a Conditional Access Administrator.</source>
        <translation>Der Benutzer (auf einem verwalteten Gerät) oder ein Administrator für bedingten Zugriff.</translation>
    </message>
    <message>
        <source>The user signs in from a compliant or joined device. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>Der Benutzer meldet sich auf einem konformen oder eingebundenen Gerät an. Welche Richtlinie das verlangt, sehen Sie in den Richtlinien, die für diesen Benutzer und diese App gelten.</translation>
    </message>
    <message>
        <source>The tenant&apos;s security defaults blocked the sign-in, usually because the user has not registered for multi-factor authentication.</source>
        <translation>Die Sicherheitsstandards des Mandanten haben die Anmeldung blockiert, meist weil der Benutzer sich nicht für die mehrstufige Authentifizierung registriert hat.</translation>
    </message>
    <message>
        <source>The user completes the multi-factor authentication registration.</source>
        <translation>Der Benutzer schließt die Registrierung für die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>The sign-in needs multi-factor authentication (a Conditional Access policy or a per-user setting), and the app asked without it.</source>
        <translation>Die Anmeldung erfordert mehrstufige Authentifizierung (durch eine Richtlinie für bedingten Zugriff oder eine benutzerspezifische Einstellung), und die App hat ohne sie angefragt.</translation>
    </message>
    <message>
        <source>The user signs in interactively and completes multi-factor authentication. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>Der Benutzer meldet sich interaktiv an und schließt die mehrstufige Authentifizierung ab. Welche Richtlinie das verlangt, sehen Sie in den Richtlinien, die für diesen Benutzer und diese App gelten.</translation>
    </message>
    <message>
        <source>The user must register for multi-factor authentication</source>
        <translation>Der Benutzer muss sich für die mehrstufige Authentifizierung registrieren</translation>
    </message>
    <message>
        <source>The organization requires multi-factor authentication for this sign-in, and the user has not registered a verification method yet.</source>
        <translation>Die Organisation verlangt für diese Anmeldung mehrstufige Authentifizierung, und der Benutzer hat noch keine Überprüfungsmethode registriert.</translation>
    </message>
    <message>
        <source>The user registers a verification method (https://aka.ms/mysecurityinfo) and signs in again.</source>
        <translation>Der Benutzer registriert eine Überprüfungsmethode (https://aka.ms/mysecurityinfo) und meldet sich erneut an.</translation>
    </message>
    <message>
        <source>The account is not in your tenant</source>
        <translation>Das Konto gehört nicht zu Ihrem Mandanten</translation>
    </message>
    <message>
        <source>The account the user signed in with is not a member or guest of your tenant (a personal Microsoft account, or an account of another organization).</source>
        <translation>Das Konto, mit dem sich der Benutzer angemeldet hat, ist weder Mitglied noch Gast Ihres Mandanten (ein persönliches Microsoft-Konto oder ein Konto einer anderen Organisation).</translation>
    </message>
    <message>
        <source>The user (with the right account), or an administrator who may invite guests.</source>
        <translation>Der Benutzer (mit dem richtigen Konto) oder ein Administrator, der Gäste einladen darf.</translation>
    </message>
    <message>
        <source>The user signs in with their account in your tenant; if they are external, invite them as a guest first.</source>
        <translation>Der Benutzer meldet sich mit seinem Konto in Ihrem Mandanten an; ist er extern, laden Sie ihn zuerst als Gast ein.</translation>
    </message>
    <message>
        <source>The app asks for an API it does not list</source>
        <translation>Die App fordert eine API an, die sie nicht aufführt</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API does not exist in your tenant.</source>
        <translation>Die App hat Zugriff auf eine API angefordert, die nicht zu den erforderlichen Berechtigungen ihrer App-Registrierung gehört, oder diese API gibt es in Ihrem Mandanten nicht.</translation>
    </message>
    <message>
        <source>Send the message to the app&apos;s developer. If the API is a service your tenant lacks, it cannot be consented to until it exists.</source>
        <translation>Senden Sie die Meldung an den Entwickler der App. Ist die API ein Dienst, den Ihr Mandant nicht hat, kann erst in sie eingewilligt werden, wenn es ihn gibt.</translation>
    </message>
    <message>
        <source>The API the app calls is not in your tenant</source>
        <translation>Die API, die die App aufruft, gibt es in Ihrem Mandanten nicht</translation>
    </message>
    <message>
        <source>The API the app asked a token for has no service principal in your tenant: the service is not licensed or enabled, or nobody ever consented to an app using it.</source>
        <translation>Die API, für die die App ein Token angefordert hat, hat keinen Dienstprinzipal in Ihrem Mandanten: Der Dienst ist nicht lizenziert oder aktiviert, oder noch nie hat jemand in eine App eingewilligt, die ihn verwendet.</translation>
    </message>
    <message>
        <source>An administrator who may add enterprise applications.</source>
        <translation>Ein Administrator, der Unternehmensanwendungen hinzufügen darf.</translation>
    </message>
    <message>
        <source>Check that your tenant has the service the app calls; an administrator&apos;s consent to the app usually adds the missing service principal.</source>
        <translation>Prüfen Sie, ob Ihr Mandant den Dienst hat, den die App aufruft; die Einwilligung eines Administrators in die App fügt den fehlenden Dienstprinzipal meist hinzu.</translation>
    </message>
    <message>
        <source>A service the app needs is not enabled</source>
        <translation>Ein Dienst, den die App braucht, ist nicht aktiviert</translation>
    </message>
    <message>
        <source>The app asked for a service your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>Die App hat einen Dienst angefordert, den Ihre Organisation nicht abonniert oder aktiviert hat oder dessen Dienstprinzipal deaktiviert ist.</translation>
    </message>
    <message>
        <source>An administrator who manages your subscriptions.</source>
        <translation>Ein Administrator, der Ihre Abonnements verwaltet.</translation>
    </message>
    <message>
        <source>Check that the service the app needs is licensed and enabled in your tenant.</source>
        <translation>Prüfen Sie, ob der Dienst, den die App braucht, in Ihrem Mandanten lizenziert und aktiviert ist.</translation>
    </message>
    <message>
        <source>The app was not found in your tenant</source>
        <translation>Die App wurde in Ihrem Mandanten nicht gefunden</translation>
    </message>
    <message>
        <source>No app with the client ID in the message exists in the tenant the user signed in to: the ID is mistyped, the app is registered in another tenant, or it was deleted.</source>
        <translation>Im Mandanten, bei dem sich der Benutzer angemeldet hat, gibt es keine App mit der Client-ID aus der Meldung: Die ID ist falsch geschrieben, die App ist in einem anderen Mandanten registriert, oder sie wurde gelöscht.</translation>
    </message>
    <message>
        <source>Check the app ID in the message; if it is right, the app&apos;s developer must make the app available to other tenants.</source>
        <translation>Prüfen Sie die App-ID in der Meldung; stimmt sie, muss der Entwickler der App sie für andere Mandanten verfügbar machen.</translation>
    </message>
    <message>
        <source>The app&apos;s registration does not fit its sign-in</source>
        <translation>Die Registrierung der App passt nicht zu ihrer Anmeldung</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (its redirect address, audience, permissions or credentials).</source>
        <translation>Die Anmeldeanforderung der App passt nicht zu ihrer App-Registrierung (Umleitungsadresse, Zielgruppe, Berechtigungen oder Anmeldeinformationen).</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in expired</source>
        <translation>Die Anmeldung des Benutzers ist abgelaufen</translation>
    </message>
    <message>
        <source>The user&apos;s session or stored sign-in for the app expired or was revoked (password change, sessions revoked, or not used for a long time).</source>
        <translation>Die Sitzung oder gespeicherte Anmeldung des Benutzers für die App ist abgelaufen oder wurde widerrufen (Kennwortänderung, Sitzungen widerrufen oder lange nicht verwendet).</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>Das Konto existiert nicht</translation>
    </message>
    <message>
        <source>The user name does not exist in the tenant the user signed in to.</source>
        <translation>Den Benutzernamen gibt es im Mandanten, bei dem sich der Benutzer angemeldet hat, nicht.</translation>
    </message>
    <message>
        <source>The user checks the user name, or signs in to the tenant their account belongs to.</source>
        <translation>Der Benutzer prüft den Benutzernamen oder meldet sich bei dem Mandanten an, zu dem sein Konto gehört.</translation>
    </message>
    <message>
        <source>The user&apos;s account is disabled.</source>
        <translation>Das Konto des Benutzers ist deaktiviert.</translation>
    </message>
    <message>
        <source>A User Administrator.</source>
        <translation>Ein Benutzeradministrator.</translation>
    </message>
    <message>
        <source>Enable the account if the user should work again.</source>
        <translation>Aktivieren Sie das Konto, wenn der Benutzer wieder arbeiten soll.</translation>
    </message>
    <message>
        <source>The tenant in the sign-in request does not exist in this cloud.</source>
        <translation>Den Mandanten aus der Anmeldeanforderung gibt es in dieser Cloud nicht.</translation>
    </message>
    <message>
        <source>Check the tenant ID or domain the app signs in to.</source>
        <translation>Prüfen Sie die Mandanten-ID oder Domäne, bei der sich die App anmeldet.</translation>
    </message>
    <message>
        <source>You need to register for multi-factor authentication</source>
        <translation>Sie müssen sich für die mehrstufige Authentifizierung registrieren</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication, and your account has no verification method registered yet.</source>
        <translation>Ihre Organisation verlangt mehrstufige Authentifizierung, und für Ihr Konto ist noch keine Überprüfungsmethode registriert.</translation>
    </message>
    <message>
        <source>Sign in again and register a verification method when the browser asks for it.</source>
        <translation>Melden Sie sich erneut an und registrieren Sie eine Überprüfungsmethode, wenn der Browser danach fragt.</translation>
    </message>
    <message>
        <source>This sign-in needs a managed device</source>
        <translation>Diese Anmeldung erfordert ein verwaltetes Gerät</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization allows this sign-in only from a device your organization manages (compliant or joined).</source>
        <translation>Eine Richtlinie für bedingten Zugriff Ihrer Organisation erlaubt diese Anmeldung nur auf einem Gerät, das Ihre Organisation verwaltet (konform oder eingebunden).</translation>
    </message>
    <message>
        <source>Sign in from a managed device, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Melden Sie sich auf einem verwalteten Gerät an, oder bitten Sie einen Sicherheitsadministrator, den Eintrag im Anmeldeprotokoll mit der unten stehenden Korrelations-ID zu prüfen.</translation>
    </message>
    <message>
        <source>That account cannot sign in to this tenant</source>
        <translation>Dieses Konto kann sich bei diesem Mandanten nicht anmelden</translation>
    </message>
    <message>
        <source>The account is not a member or guest of the tenant this profile signs in to (for example a personal Microsoft account, or an account of another organization).</source>
        <translation>Das Konto ist weder Mitglied noch Gast des Mandanten, bei dem sich dieses Profil anmeldet (zum Beispiel ein persönliches Microsoft-Konto oder ein Konto einer anderen Organisation).</translation>
    </message>
    <message>
        <source>Sign in with an account of this tenant, or choose the profile of the tenant the account belongs to.</source>
        <translation>Melden Sie sich mit einem Konto dieses Mandanten an, oder wählen Sie das Profil des Mandanten, zu dem das Konto gehört.</translation>
    </message>
    <message>
        <source>The app registration asks for an API it does not list</source>
        <translation>Die App-Registrierung fordert eine API an, die sie nicht aufführt</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API could not be found in the tenant.</source>
        <translation>Die App hat Zugriff auf eine API angefordert, die nicht zu den erforderlichen Berechtigungen ihrer App-Registrierung gehört, oder diese API wurde im Mandanten nicht gefunden.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions and grant admin consent, then sign in again.</source>
        <translation>Fügen Sie die API unter „App-Registrierungen“ → ConsentDesk → „API-Berechtigungen“ hinzu, erteilen Sie die Administratoreinwilligung und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation>Antwort von Exchange Online selbst (Test-ApplicationAccessPolicy)</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation>Antwort von ConsentDesk aus dem Verzeichnis: die Richtlinien und die Mitglieder ihrer Gruppen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Laut Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Laut Verzeichnis</translation>
    </message>
    <message>
        <source>⚠ They disagree. %1</source>
        <translation>⚠ Die Ergebnisse weichen ab. %1</translation>
    </message>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Exchange konnte nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>⚠ Disagree</source>
        <translation>⚠ Abweichung</translation>
    </message>
    <message>
        <source>Exchange failed</source>
        <translation>Exchange-Fehler</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>In Bereichsgruppe</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Laut Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Laut Verzeichnis</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation>Gewährt: Die App hat keine Anwendungszugriffsrichtlinie und erreicht daher jedes Postfach.</translation>
    </message>
    <message>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation>Verweigert: Die DenyAccess-Richtlinie für „%1“ erfasst dieses Postfach (der Benutzer %2); Deny hat Vorrang vor jeder RestrictAccess-Richtlinie.</translation>
    </message>
    <message>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation>Gewährt: Die RestrictAccess-Richtlinie für „%1“ erfasst dieses Postfach (der Benutzer %2).</translation>
    </message>
    <message>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation>Verweigert: Die App ist auf %1 beschränkt, und dieses Postfach gehört zu keiner davon.</translation>
    </message>
    <message>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation>Gewährt: Die App hat nur DenyAccess-Richtlinien, und keine davon erfasst dieses Postfach.</translation>
    </message>
    <message>
        <source>is the scope itself</source>
        <translation>ist selbst der Bereich</translation>
    </message>
    <message>
        <source>is a member through %1</source>
        <translation>ist Mitglied über %1</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
</context>
<context>
    <name>AccessMatrixPanel</name>
    <message>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation>Alle Mitglieder der Bereichsgruppen der App sowie Nichtmitglieder:</translation>
    </message>
    <message>
        <source>Number of non-members to test</source>
        <translation>Anzahl der zu testenden Nichtmitglieder</translation>
    </message>
    <message>
        <source>Run test matrix</source>
        <translation>Testmatrix ausführen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Test results per mailbox</source>
        <translation>Testergebnisse pro Postfach</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The matrix could not be completed: %1</source>
        <translation>Die Matrix konnte nicht vollständig ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation>
            <numerusform>%n Postfach getestet: %1 gewährt, %2 verweigert.</numerusform>
            <numerusform>%n Postfächer getestet: %1 gewährt, %2 verweigert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation>
            <numerusform>⚠ Exchange und das Verzeichnis sind sich bei %n Postfach uneinig: siehe „Grund“.</numerusform>
            <numerusform>⚠ Exchange und das Verzeichnis sind sich bei %n Postfächern uneinig: siehe „Grund“.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per mailbox tested: whether it is in the policy&apos;s scope, what Exchange and the directory answer, and whether they agree.</source>
        <translation>Eine Zeile pro getestetem Postfach: ob es im Bereich der Richtlinie liegt, was Exchange und das Verzeichnis antworten und ob sie übereinstimmen.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation>Der Bereich „%1“ einer Richtlinie wurde im Verzeichnis nicht gefunden; die Antwort von Exchange kann von dieser abweichen.</translation>
    </message>
    <message>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation>Exchange kennzeichnet die Richtlinie für „%1“ als ungültig (IsValid = False): Ihr Bereich wurde wahrscheinlich gelöscht.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is neither mail-enabled nor a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>Der Bereich „%1“ ist weder E-Mail-aktiviert noch eine Sicherheitsgruppe; Exchange beachtet Richtlinien nur für E-Mail-aktivierte Sicherheitsgruppen und Postfächer, daher kann sein Ergebnis abweichen.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is a security group that is not mail-enabled; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>Der Bereich „%1“ ist eine Sicherheitsgruppe, die nicht E-Mail-aktiviert ist; Exchange beachtet Richtlinien nur für E-Mail-aktivierte Sicherheitsgruppen und Postfächer, daher kann sein Ergebnis abweichen.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is mail-enabled but not a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>Der Bereich „%1“ ist E-Mail-aktiviert, aber keine Sicherheitsgruppe; Exchange beachtet Richtlinien nur für E-Mail-aktivierte Sicherheitsgruppen und Postfächer, daher kann sein Ergebnis abweichen.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyPanel</name>
    <message>
        <source>Access policies of the app</source>
        <translation>Zugriffsrichtlinien der App</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Scope is</source>
        <translation>Bereich ist</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Remove policy…</source>
        <translation>Richtlinie entfernen…</translation>
    </message>
    <message>
        <source>not found in the directory</source>
        <translation>nicht im Verzeichnis gefunden</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>ein Postfach</translation>
    </message>
    <message>
        <source>a mail-enabled security group</source>
        <translation>eine E-Mail-aktivierte Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>a group that is not mail-enabled security</source>
        <translation>eine Gruppe, die keine E-Mail-aktivierte Sicherheitsgruppe ist</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Exchange could not be read (see above)</source>
        <translation>Exchange konnte nicht gelesen werden (siehe oben)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation>%1 erreicht jedes Postfach: Verwenden Sie „App beschränken…“</translation>
    </message>
    <message>
        <source>One row per Exchange application access policy of the selected app: whether it restricts or denies, and the group it applies to.</source>
        <translation>Eine Zeile pro Exchange-Anwendungszugriffsrichtlinie der ausgewählten App: ob sie beschränkt oder verweigert, und für welche Gruppe sie gilt.</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Mailbox access</source>
        <translation>Postfachzugriff</translation>
    </message>
    <message>
        <source>Scope an app…</source>
        <translation>App beschränken…</translation>
    </message>
    <message>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation>Die Postfachberechtigungen einer App auf die Mitglieder einer E-Mail-aktivierten Sicherheitsgruppe beschränken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation>Apps mit Anwendungsberechtigungen wie Mail.Read erreichen jedes Postfach im Mandanten, sofern Exchange Online sie nicht einschränkt. Hier sehen Sie, welche Apps das können und wie Exchange sie beschränkt, und Sie können es für jedes Postfach nachweisen.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Mailbox permissions (application)</source>
        <translation>Postfachberechtigungen (Anwendung)</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>Test a mailbox</source>
        <translation>Postfach testen</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Testmatrix</translation>
    </message>
    <message>
        <source>RBAC for Applications</source>
        <translation>RBAC für Anwendungen</translation>
    </message>
    <message>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation>Melden Sie sich an, um zu sehen, welche Apps Postfächer lesen können.</translation>
    </message>
    <message>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation>Apps und Exchange-Richtlinien werden gelesen…</translation>
    </message>
    <message>
        <source>Exchange Online could not be read: %1</source>
        <translation>Exchange Online konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>Die Apps konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation>Keine Zugriffsrichtlinie beschränkt diese App: Ihre Anwendungsberechtigungen erreichen jedes Postfach im Mandanten.</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation>Keine App besitzt eine Anwendungsberechtigung für Postfächer, und Exchange hat keine Zugriffsrichtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation>
            <numerusform>%n App kann Postfächer erreichen</numerusform>
            <numerusform>%n Apps können Postfächer erreichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation>
            <numerusform>%n App erreicht jedes Postfach</numerusform>
            <numerusform>%n Apps erreichen jedes Postfach</numerusform>
        </translation>
    </message>
    <message>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation>Welche Apps welche Postfächer lesen können: Exchange-Zugriffsrichtlinien, Tests, RBAC für Anwendungen</translation>
    </message>
    <message>
        <source>Apps that reach mailboxes</source>
        <translation>Apps, die Postfächer erreichen</translation>
    </message>
    <message>
        <source>Mailboxes Exchange allows</source>
        <translation>Von Exchange zugelassene Postfächer</translation>
    </message>
    <message>
        <source>App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3</source>
        <translation>App-ID %1 · Postfachberechtigungen: %2 · von Exchange zugelassene Postfächer: %3</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and the mailboxes Exchange allows it; select one to see its access policies.</source>
        <translation>Eine Zeile pro App mit Anwendungsberechtigungen für Postfächer und den Postfächern, die Exchange ihr erlaubt; wählen Sie eine aus, um ihre Zugriffsrichtlinien zu sehen.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation>Anmeldung, Mandantenprofile und was Ihre Rolle Ihnen erlaubt</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation>Änderungen &amp;zulassen…</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(noch keine Profile)</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organization&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation>Fügen Sie unter „Profile…“ ein Profil für Ihren Mandanten hinzu – Sie benötigen seine Mandanten-ID oder Domäne und die Client-ID der ConsentDesk-App-Registrierung Ihrer Organisation. Oder testen Sie zuerst den integrierten Demomandanten.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Directory roles:</source>
        <translation>Verzeichnisrollen:</translation>
    </message>
    <message>
        <source>Sign-in kept:</source>
        <translation>Anmeldung gespeichert:</translation>
    </message>
    <message>
        <source>ConsentDesk may:</source>
        <translation>ConsentDesk darf:</translation>
    </message>
    <message>
        <source>What you can do in this tenant</source>
        <translation>Was Sie in diesem Mandanten tun können</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation>Änderungen zulassen…</translation>
    </message>
    <message>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation>ConsentDesk hat sich nur mit Lesezugriff angemeldet. Vor Ihrer ersten Änderung fordert es die dafür nötigen Berechtigungen an; Sie können das auch jetzt tun.</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Profil wechseln…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation>Diese Anmeldung auf diesem Computer vergessen (entfernt sie aus dem Systemschlüsselbund).</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(kein Anzeigename)</translation>
    </message>
    <message>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation>Mandanten-ID %1 · Profil „%2“</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>None (you can read only what every user can read)</source>
        <translation>Keine (Sie können nur lesen, was jeder Benutzer lesen kann)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation>Im Systemschlüsselbund: Sie bleiben angemeldet, bis Sie sich abmelden.</translation>
    </message>
    <message>
        <source>For this session only.</source>
        <translation>Nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>For this session only: %1</source>
        <translation>Nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation>Änderungen sind zulässig: ConsentDesk besitzt die Berechtigungen, die es zum Schreiben benötigt.</translation>
    </message>
    <message>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation>Bisher nur Lesezugriff: ConsentDesk fordert vor Ihrer ersten Änderung Schreibberechtigungen an.</translation>
    </message>
    <message>
        <source>One row per action in ConsentDesk, and whether your roles and consent allow it in this tenant.</source>
        <translation>Eine Zeile pro Aktion in ConsentDesk und ob Ihre Rollen und Einwilligungen sie in diesem Mandanten erlauben.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Delegated permissions granted</source>
        <translation>Delegierte Berechtigungen erteilt</translation>
    </message>
    <message>
        <source>Delegated permissions changed</source>
        <translation>Delegierte Berechtigungen geändert</translation>
    </message>
    <message>
        <source>Delegated permissions removed</source>
        <translation>Delegierte Berechtigungen entfernt</translation>
    </message>
    <message>
        <source>Application permission granted</source>
        <translation>Anwendungsberechtigung erteilt</translation>
    </message>
    <message>
        <source>Application permission removed</source>
        <translation>Anwendungsberechtigung entfernt</translation>
    </message>
    <message>
        <source>App added to the tenant</source>
        <translation>App zum Mandanten hinzugefügt</translation>
    </message>
    <message>
        <source>App changed (e.g. blocked)</source>
        <translation>App geändert (z. B. blockiert)</translation>
    </message>
    <message>
        <source>App removed from the tenant</source>
        <translation>App aus dem Mandanten entfernt</translation>
    </message>
    <message>
        <source>Access policy created</source>
        <translation>Zugriffsrichtlinie erstellt</translation>
    </message>
    <message>
        <source>Access policy description changed</source>
        <translation>Beschreibung der Zugriffsrichtlinie geändert</translation>
    </message>
    <message>
        <source>Access policy removed</source>
        <translation>Zugriffsrichtlinie entfernt</translation>
    </message>
    <message>
        <source>Mail-enabled security group created</source>
        <translation>E-Mail-aktivierte Sicherheitsgruppe erstellt</translation>
    </message>
    <message>
        <source>Member added to group</source>
        <translation>Mitglied zur Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>Member removed from group</source>
        <translation>Mitglied aus der Gruppe entfernt</translation>
    </message>
    <message>
        <source>App registered with Exchange</source>
        <translation>App bei Exchange registriert</translation>
    </message>
    <message>
        <source>Management scope created</source>
        <translation>Verwaltungsbereich erstellt</translation>
    </message>
    <message>
        <source>Exchange role assigned to app</source>
        <translation>Exchange-Rolle der App zugewiesen</translation>
    </message>
    <message>
        <source>Exchange role removed from app</source>
        <translation>Exchange-Rolle von der App entfernt</translation>
    </message>
    <message>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation>%1 → %2: Beschreibung „%3“</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>gesamte Organisation</translation>
    </message>
    <message>
        <source>Unknown (not confirmed yet)</source>
        <translation>Unbekannt (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (restore)</source>
        <extracomment>%1 is an action (&quot;Revoke delegated permission&quot;); the entry restores an earlier one.</extracomment>
        <translation>%1 (Wiederherstellung)</translation>
    </message>
    <message>
        <source>%1 · restored</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Applied&quot;); a later entry restored what it changed.</extracomment>
        <translation>%1 · wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 (sent again)</source>
        <extracomment>%1 is an action (&quot;Delegated permissions removed&quot;); the entry is the same change sent a second time because the answer to the first was lost and the tenant showed it had not been made.</extracomment>
        <translation>%1 (erneut gesendet)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Not applied&quot;); its answer was lost, so a later entry sent it again.</extracomment>
        <translation>%1 · erneut gesendet</translation>
    </message>
    <message>
        <source>Restore does not remove an app ConsentDesk added to the tenant: deleting it would also delete every consent, assignment and sign-in setting made on it since, by anyone. Undo the permissions granted with it instead; the app then has no access. To remove the app itself, delete it in the Entra admin center (Enterprise applications, Properties), where it can be restored for 30 days.</source>
        <translation>„Wiederherstellen“ entfernt keine App, die ConsentDesk dem Mandanten hinzugefügt hat: Dabei würden auch alle Einwilligungen, Zuweisungen und Anmeldeeinstellungen gelöscht, die seitdem von irgendjemandem dafür vorgenommen wurden. Machen Sie stattdessen die damit erteilten Berechtigungen rückgängig; dann hat die App keinen Zugriff. Um die App selbst zu entfernen, löschen Sie sie im Microsoft Entra Admin Center (Unternehmensanwendungen, Eigenschaften), wo sie 30 Tage lang wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Admin consent workflow changed</source>
        <translation>Workflow für die Administratoreinwilligung geändert</translation>
    </message>
    <message>
        <source>User consent setting changed</source>
        <translation>Einstellung für die Benutzereinwilligung geändert</translation>
    </message>
    <message>
        <source>Group owner consent changed</source>
        <translation>Einwilligung durch Gruppenbesitzer geändert</translation>
    </message>
    <message>
        <source>Permission classified low impact</source>
        <translation>Berechtigung als geringe Auswirkung klassifiziert</translation>
    </message>
    <message>
        <source>Permission classification removed</source>
        <translation>Klassifizierung der Berechtigung entfernt</translation>
    </message>
    <message>
        <source>Older group owner consent setting (Consent Policy Settings) changed</source>
        <translation>Ältere Einstellung für die Einwilligung durch Gruppenbesitzer (Consent Policy Settings) geändert</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation>Jede Änderung, die ConsentDesk vorgenommen hat, aufgezeichnet vor dem Senden. Entfernte Berechtigungen und Exchange-Änderungen können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Filter by app, admin or change</source>
        <translation>Nach App, Administrator oder Änderung filtern</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Erteilungen</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <source>Apps (add, block)</source>
        <translation>Apps (hinzufügen, blockieren)</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <source>Exchange (mailbox access)</source>
        <translation>Exchange (Postfachzugriff)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This tenant only</source>
        <translation>Nur dieser Mandant</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation>Wählen Sie eine Änderung aus, um die Anforderung, das Objekt vor der Änderung und die Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation>Das Aktivitätsjournal konnte nicht geöffnet werden; das Protokoll finden Sie unter „Diagnose“.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n Änderung ausgewählt.</numerusform>
            <numerusform>%n Änderungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation>Zeitpunkt: %1 · Administrator: %2 · Mandant: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>client-request-id: %1</source>
        <translation>client-request-id: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anforderung:</translation>
    </message>
    <message>
        <source>Before the change:</source>
        <translation>Vor der Änderung:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n Änderung angezeigt</numerusform>
            <numerusform>%n Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation>Stellen Sie Exchange-Änderungen und Microsoft Graph-Änderungen getrennt wieder her.</translation>
    </message>
    <message>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation>Wählen Sie Exchange-Änderungen aus, die in diesem Mandanten erfolgreich waren und noch nicht rückgängig gemacht wurden.</translation>
    </message>
    <message>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation>Die ausgewählten Exchange-Änderungen rückgängig machen (zeigt vorher genau, was geschieht).</translation>
    </message>
    <message>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation>Wählen Sie Entfernungen aus, die in diesem Mandanten erfolgreich waren und noch nicht wiederhergestellt wurden.</translation>
    </message>
    <message>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation>Wiederherstellen, was die ausgewählten Änderungen entfernt haben (zeigt vorher genau, was geschieht).</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, with restore</source>
        <translation>Jede Änderung von ConsentDesk, mit Wiederherstellung</translation>
    </message>
    <message>
        <source>Sign in to restore.</source>
        <translation>Melden Sie sich an, um wiederherzustellen.</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Changes made with ConsentDesk</source>
        <translation>Mit ConsentDesk vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>Details der ausgewählten Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation>
            <numerusform>%n frühere Änderung konnte im Mandanten nicht bestätigt werden; siehe Protokoll.</numerusform>
            <numerusform>%n frühere Änderungen konnten im Mandanten nicht bestätigt werden; siehe Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore is under way.</source>
        <translation>Eine Wiederherstellung läuft gerade.</translation>
    </message>
    <message>
        <source>Outcome: %1 (confirmed later by reading the tenant)</source>
        <translation>Ergebnis: %1 (später durch Lesen des Mandanten bestätigt)</translation>
    </message>
    <message>
        <source>Outcome: %1 (the connection dropped before the answer came; ConsentDesk read the tenant back at once to find out)</source>
        <translation>Ergebnis: %1 (die Verbindung brach ab, bevor die Antwort kam; ConsentDesk hat den Mandanten sofort zurückgelesen, um es festzustellen)</translation>
    </message>
    <message>
        <source>Sent again: the answer to the same change sent at %1 was lost, and reading the tenant showed it had not been made.</source>
        <translation>Erneut gesendet: Die Antwort auf dieselbe, um %1 gesendete Änderung ging verloren, und das Lesen des Mandanten zeigte, dass sie nicht vorgenommen worden war.</translation>
    </message>
    <message>
        <source>Sent again: the answer to an earlier attempt of the same change was lost, and reading the tenant showed it had not been made.</source>
        <translation>Erneut gesendet: Die Antwort auf einen früheren Versuch derselben Änderung ging verloren, und das Lesen des Mandanten zeigte, dass sie nicht vorgenommen worden war.</translation>
    </message>
    <message>
        <source>ConsentDesk sent this change again at %1; see that entry for how it ended.</source>
        <translation>ConsentDesk hat diese Änderung um %1 erneut gesendet; wie sie ausging, zeigt jener Eintrag.</translation>
    </message>
    <message>
        <source>One row per change made with ConsentDesk; select one to see its details or to undo it.</source>
        <translation>Eine Zeile pro mit ConsentDesk vorgenommener Änderung; wählen Sie eine aus, um ihre Details zu sehen oder sie rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation>Die Administratoreinwilligung benötigt die Mandanten-ID oder Domäne (nicht „common“ oder „consumers“).</translation>
    </message>
    <message>
        <source>Not a tenant id or domain: %1</source>
        <translation>Keine Mandanten-ID oder Domäne: %1</translation>
    </message>
    <message>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation>Die Client-ID muss die Anwendungs-ID (Client) der App sein.</translation>
    </message>
    <message>
        <source>Admin consent needs at least one scope.</source>
        <translation>Die Administratoreinwilligung benötigt mindestens einen Bereich (Scope).</translation>
    </message>
    <message>
        <source>No authority URL.</source>
        <translation>Keine Autoritäts-URL.</translation>
    </message>
</context>
<context>
    <name>AdminConsentWorkflow</name>
    <message>
        <source>The admin consent workflow is on but has no reviewers: users can send requests, and nobody gets them. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist aktiviert, hat aber keine Prüfer: Benutzer können Anforderungen senden, doch niemand erhält sie. Fügen Sie einen Prüfer mit der Rolle „Cloudanwendungsadministrator“, „Anwendungsadministrator“ oder „Globaler Administrator“ hinzu.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but no reviewer can approve a request (each one is disabled, missing or holds no role that may grant consent): users&apos; requests wait until they expire. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist aktiviert, aber kein Prüfer kann eine Anforderung genehmigen (jeder ist deaktiviert, nicht vorhanden oder hat keine Rolle, die Einwilligungen erteilen darf): Die Anforderungen der Benutzer warten, bis sie ablaufen. Fügen Sie einen Prüfer mit der Rolle „Cloudanwendungsadministrator“, „Anwendungsadministrator“ oder „Globaler Administrator“ hinzu.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation>Mit dem integrierten Demomandanten starten (kein Microsoft-Konto erforderlich).</translation>
    </message>
    <message>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation>Mit --demo: als dieser Demobenutzer anmelden, ohne einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Open this tenant profile.</source>
        <translation>Dieses Mandantenprofil öffnen.</translation>
    </message>
    <message>
        <source>Also log to the terminal, at debug level.</source>
        <translation>Zusätzlich im Terminal protokollieren, auf Debugebene.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>Open a snapshot file offline and read-only (no sign-in, nothing sent to a tenant).</source>
        <translation>Eine Momentaufnahmedatei offline und schreibgeschützt öffnen (keine Anmeldung, nichts wird an einen Mandanten gesendet).</translation>
    </message>
    <message>
        <source>Opened from a snapshot file: read-only.</source>
        <translation>Aus einer Momentaufnahmedatei geöffnet: schreibgeschützt.</translation>
    </message>
    <message>
        <source>Offline: the snapshot %1 (%2). Nothing is read from or written to a tenant.</source>
        <translation>Offline: die Momentaufnahme %1 (%2). Es wird nichts aus einem Mandanten gelesen oder in einen Mandanten geschrieben.</translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <source>Admin consent</source>
        <translation>Administratoreinwilligung</translation>
    </message>
    <message>
        <source>User consent</source>
        <translation>Benutzereinwilligung</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Auswahl widerrufen…</translation>
    </message>
    <message>
        <source>Keep only…</source>
        <translation>Nur behalten…</translation>
    </message>
    <message>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation>Wählen Sie aus, was die App behält; alles andere, was sie besitzt, wird entfernt (zeigt vorher genau, was geschieht).</translation>
    </message>
    <message>
        <source>Revoke everything…</source>
        <translation>Alles widerrufen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Wählen Sie eine App aus, um zu sehen, was sie in Ihrem Mandanten tun darf.</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Berechtigungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>Die App konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This app is not in the tenant any more.</source>
        <translation>Diese App ist nicht mehr im Mandanten vorhanden.</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Unbekannter Herausgeber</translation>
    </message>
    <message>
        <source> ✔ verified</source>
        <translation> ✔ verifiziert</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>Blocked (sign-in disabled)</source>
        <translation>Blockiert (Anmeldung deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation>
            <numerusform>%n Benutzer hat selbst eingewilligt</numerusform>
            <numerusform>%n Benutzer haben selbst eingewilligt</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly read: %1</source>
        <translation>Teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>Admin consent (%1)</source>
        <translation>Administratoreinwilligung (%1)</translation>
    </message>
    <message>
        <source>User consent (%1)</source>
        <translation>Benutzereinwilligung (%1)</translation>
    </message>
    <message>
        <source>Select the permissions to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernenden Berechtigungen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation>
            <numerusform>Die %n ausgewählte Berechtigung entfernen (zeigt vorher genau, was geschieht).</numerusform>
            <numerusform>Die %n ausgewählten Berechtigungen entfernen (zeigt vorher genau, was geschieht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation>Alle delegierten Berechtigungserteilungen und Anwendungsberechtigungen dieser App entfernen.</translation>
    </message>
    <message>
        <source>Permissions granted by admin consent</source>
        <translation>Durch Administratoreinwilligung erteilte Berechtigungen</translation>
    </message>
    <message>
        <source>Permissions granted by user consent</source>
        <translation>Durch Benutzereinwilligung erteilte Berechtigungen</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot a user…</source>
        <extracomment>Opens the troubleshooter with this app filled in; the admin names the user</extracomment>
        <translation>&amp;Problembehandlung für einen Benutzer…</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect this app? Opens the troubleshooter with the app filled in.</source>
        <translation>Warum kann ein Benutzer diese App nicht verbinden? Öffnet die Problembehandlung mit dieser App.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted this app for the whole organization, with its risk.</source>
        <translation>Eine Zeile pro Berechtigung, die ein Administrator dieser App für die ganze Organisation erteilt hat, mit ihrem Risiko.</translation>
    </message>
    <message>
        <source>One row per permission users granted this app for themselves, with who granted it and its risk.</source>
        <translation>Eine Zeile pro Berechtigung, die Benutzer dieser App für sich selbst erteilt haben, mit dem erteilenden Benutzer und ihrem Risiko.</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>Default access</source>
        <translation>Standardzugriff</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Verified publisher</source>
        <translation>Verifizierter Herausgeber</translation>
    </message>
    <message>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation>Blockiert: Die Anmeldung ist für diese App deaktiviert.</translation>
    </message>
    <message>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation>Für alle Benutzer erteilte delegierte Berechtigungen (Administratoreinwilligung)</translation>
    </message>
    <message>
        <source>Users who consented to the app themselves</source>
        <translation>Benutzer, die selbst in die App eingewilligt haben</translation>
    </message>
    <message>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation>Anwendungsberechtigungen: Die App handelt als sie selbst, ohne Benutzer</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Admin-consented</source>
        <translation>Administratoreinwilligung</translation>
    </message>
    <message>
        <source>User consents</source>
        <translation>Benutzereinwilligungen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Höchstes Risiko</translation>
    </message>
    <message>
        <source>(not found) %1…</source>
        <translation>(nicht gefunden) %1…</translation>
    </message>
    <message>
        <source>Grants or assignments refer to the service principal %1, but Graph does not return it (deleted, or too new to be read yet).</source>
        <translation>Erteilungen oder Zuweisungen verweisen auf den Dienstprinzipal %1, aber Graph gibt ihn nicht zurück (gelöscht oder zu neu, um schon gelesen zu werden).</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by app or publisher</source>
        <translation>Nach App oder Herausgeber filtern</translation>
    </message>
    <message>
        <source>Only apps with permissions</source>
        <translation>Nur Apps mit Berechtigungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation>Die App-Liste wie angezeigt als CSV oder JSON speichern.</translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation>Nicht alles konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation>Melden Sie sich an, um die Apps Ihres Mandanten zu sehen und was sie tun dürfen.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Apps des Mandanten werden gelesen…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Wählen Sie eine App aus, um zu sehen, was sie in Ihrem Mandanten tun darf.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation>Alle Änderungen wurden vorgenommen. Bereits ausgestellte Token bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>Einige Änderungen wurden nicht vorgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegierte Erteilung</numerusform>
            <numerusform>%n delegierte Erteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n Anwendungsberechtigung</numerusform>
            <numerusform>%n Anwendungsberechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation>Was jede App im Mandanten tun darf; widerrufen und nur das Nötige behalten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Could not read the apps.</source>
        <translation>Die Apps konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No app matches &quot;%1&quot;.</source>
        <translation>Keine App entspricht „%1“.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps and what they hold…</source>
        <translation>Die Apps des Mandanten und ihre Berechtigungen werden gelesen…</translation>
    </message>
    <message>
        <source>The apps could not be read: %1
Check the connection and your role, then press Refresh.</source>
        <translation>Die Apps konnten nicht gelesen werden: %1
Prüfen Sie die Verbindung und Ihre Rolle, und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>This tenant has no apps yet.</source>
        <translation>Dieser Mandant hat noch keine Apps.</translation>
    </message>
    <message>
        <source>No app holds permissions in this tenant. Untick &quot;Only apps with permissions&quot; to see every app.</source>
        <translation>Keine App besitzt Berechtigungen in diesem Mandanten. Deaktivieren Sie „Nur Apps mit Berechtigungen“, um alle Apps zu sehen.</translation>
    </message>
    <message>
        <source>Apps and permissions</source>
        <translation>Apps und Berechtigungen</translation>
    </message>
    <message>
        <source>Graph returns no service principal with the id %1, yet %2 refer to it. It may have been deleted, or be too new to be read yet: refresh in a few minutes. The full export (in English, like the command line) lists its rows as &quot;(not found)&quot;.</source>
        <translation>Graph gibt keinen Dienstprinzipal mit der ID %1 zurück, obwohl %2 darauf verweisen. Er wurde möglicherweise gelöscht oder ist zu neu, um schon gelesen zu werden: Aktualisieren Sie in einigen Minuten. Der vollständige Export (auf Englisch, wie die Befehlszeile) führt seine Zeilen als „(not found)“ auf.</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Apps filtern</translation>
    </message>
    <message>
        <source>Apps in the tenant</source>
        <translation>Apps im Mandanten</translation>
    </message>
    <message>
        <source>Export full report…</source>
        <translation>Vollständigen Bericht exportieren…</translation>
    </message>
    <message>
        <source>Every permission of every app, one row each — the columns of consentdesk-cli grants list --all --permissions — saved as CSV or JSON while it is read.</source>
        <translation>Jede Berechtigung jeder App, je eine Zeile – die Spalten von consentdesk-cli grants list --all --permissions –, noch während des Lesens als CSV oder JSON gespeichert.</translation>
    </message>
    <message>
        <source>One row per app in the tenant; select one to see its permissions.</source>
        <translation>Eine Zeile pro App im Mandanten; wählen Sie eine aus, um ihre Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <source>No app is at this risk level any more. Press Show all to see every app.</source>
        <translation>Keine App hat mehr diese Risikostufe. Klicken Sie auf „Alle anzeigen“, um jede App zu sehen.</translation>
    </message>
    <message>
        <source>No app holds these users&apos; consents now: they were revoked since ConsentDesk first saw them, or their apps were removed. Press Show all to see every app.</source>
        <translation>Keine App hat diese Einwilligungen der Benutzer noch: Sie wurden widerrufen, seit ConsentDesk sie zuerst gesehen hat, oder ihre Apps wurden entfernt. Mit „Alle anzeigen“ sehen Sie alle Apps.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign in again when you are ready.</source>
        <translation>Melden Sie sich erneut an, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in took too long</source>
        <translation>Die Anmeldung hat zu lange gedauert</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation>
            <numerusform>ConsentDesk hat %n Sekunde darauf gewartet, dass der Browser von der Anmeldeseite zurückkehrt.</numerusform>
            <numerusform>ConsentDesk hat %n Sekunden darauf gewartet, dass der Browser von der Anmeldeseite zurückkehrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation>Melden Sie sich erneut an, und schließen Sie die Anmeldung in dem Browserfenster ab, das sich öffnet.</translation>
    </message>
    <message>
        <source>The sign-in answer was not ours</source>
        <translation>Die Anmeldeantwort gehörte nicht zu dieser Anmeldung</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation>Der Browser hat eine Antwort zurückgegeben, die nicht zu der von ConsentDesk gestarteten Anmeldung gehört (ihr state-Wert stimmte nicht überein). Sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation>Schließen Sie die Anmeldung in dem Browserfenster ab, das ConsentDesk geöffnet hat, oder starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in address is not secure</source>
        <translation>Die Anmeldeadresse ist nicht sicher</translation>
    </message>
    <message>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation>%1 verwendet kein https. ConsentDesk sendet Anmeldedaten über unverschlüsseltes http nur an diesen Computer (die Sandbox).</translation>
    </message>
    <message>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation>Verwenden Sie die https-Adresse des Anmeldediensts Ihrer Cloud, oder wählen Sie die Cloud über ihren Namen aus.</translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation>Das Profil ist unvollständig</translation>
    </message>
    <message>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation>Bearbeiten Sie das Profil: Mandant, Client-ID und Cloud finden Sie auf der Seite „Übersicht“ der ConsentDesk-App-Registrierung.</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>Sie bleiben angemeldet, bis ConsentDesk beendet wird. Um auch nach einem Neustart angemeldet zu bleiben, entsperren Sie den Systemschlüsselbund, oder richten Sie ihn ein (GNOME Keyring, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung).</translation>
    </message>
    <message>
        <source>You are not signed in</source>
        <translation>Sie sind nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to your tenant.</source>
        <translation>Melden Sie sich bei Ihrem Mandanten an.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation>Die Identitätsplattform hat mit einem Fehler geantwortet, den ConsentDesk nicht kennt.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation>Versuchen Sie es erneut. Wenn der Fehler bestehen bleibt, schlagen Sie den unten angegebenen Code nach, oder melden Sie ihn mit der Korrelations-ID.</translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed</source>
        <translation>Die sichere Verbindung zum Anmeldedienst ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert, oder der TLS-Handshake ist fehlgeschlagen. Häufige Ursachen sind ein Proxy oder Sicherheitsprodukt, das den Datenverkehr untersucht, oder eine falsch gehende Systemuhr.</translation>
    </message>
    <message>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation>Prüfen Sie Systemdatum und -uhrzeit, und fragen Sie Ihr Netzwerkteam, ob für login.microsoftonline.com eine HTTPS-Überprüfung stattfindet.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time</source>
        <translation>Der Anmeldedienst hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection</source>
        <translation>Der Proxyserver hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation>Prüfen Sie die Proxyeinstellungen des Systems, oder fragen Sie Ihr Netzwerkteam.</translation>
    </message>
    <message>
        <source>The sign-in service could not be found</source>
        <translation>Der Anmeldedienst wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation>Der Name des Anmeldeservers konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und die Cloud des Profils.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service</source>
        <translation>Der Anmeldedienst ist nicht erreichbar</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Sie müssen sich erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation>Der Anmeldedienst hat eine Antwort gesendet, die ConsentDesk nicht lesen kann</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Versuchen Sie es erneut. Wenn das weiterhin passiert, melden Sie es mit den unten stehenden Details.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation>Versuchen Sie es erneut. Wenn der Fehler bestehen bleibt, melden Sie ihn mit den unten stehenden Details.</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation>
            <numerusform>ConsentDesk hat %n Sekunde auf die Antwort des Tokenendpunkts der Identitätsplattform gewartet.</numerusform>
            <numerusform>ConsentDesk hat %n Sekunden auf die Antwort des Tokenendpunkts der Identitätsplattform gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check your network connection (and proxy), then try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung (und den Proxy), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You signed in to another tenant than this profile&apos;s</source>
        <translation>Sie haben sich bei einem anderen Mandanten als dem dieses Profils angemeldet</translation>
    </message>
    <message>
        <source>The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of this sign-in, so no change can reach the wrong tenant.</source>
        <translation>Das Profil gilt für den Mandanten %1, die Anmeldung erfolgte aber beim Mandanten %2. ConsentDesk behält nichts von dieser Anmeldung, daher kann keine Änderung den falschen Mandanten erreichen.</translation>
    </message>
    <message>
        <source>Sign in with an account of %1, or create a separate profile for %2.</source>
        <translation>Melden Sie sich mit einem Konto von %1 an, oder erstellen Sie ein separates Profil für %2.</translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect</source>
        <translation>Der Anmeldedienst hat mit einer Umleitung geantwortet</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy or captive portal on this network is intercepting sign-in traffic: try another network.</source>
        <translation>Prüfen Sie Cloud und Autorität des Profils. Wenn beide stimmen, fängt ein Proxy oder Captive Portal in diesem Netzwerk den Anmeldedatenverkehr ab: Versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>ConsentDesk does not follow redirects from the token endpoint: following one would send the sign-in code or the stored sign-in to %1.</source>
        <translation>ConsentDesk folgt keinen Umleitungen vom Tokenendpunkt: Damit würden der Anmeldecode oder die gespeicherte Anmeldung an %1 gesendet.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Sign-in was canceled</source>
        <translation>Die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer far larger than a sign-in answer</source>
        <translation>Der Anmeldedienst hat eine Antwort gesendet, die weit größer ist als eine Anmeldeantwort</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy on this network may be answering in Microsoft&apos;s place: try another network.</source>
        <translation>Prüfen Sie die Cloud und die Autorität des Profils. Wenn beide stimmen, antwortet in diesem Netzwerk möglicherweise ein Proxy anstelle von Microsoft: Versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>ConsentDesk stopped reading the answer from %1: answers from the token endpoint are a few KB, and a larger one is not a sign-in answer.</source>
        <translation>ConsentDesk hat aufgehört, die Antwort von %1 zu lesen: Antworten des Tokenendpunkts sind wenige KB groß, und eine größere ist keine Anmeldeantwort.</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>dem Tokenendpunkt</translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation>Apps, ihre Berechtigungen und Benutzereinwilligungen anzeigen</translation>
    </message>
    <message>
        <source>read consent requests</source>
        <translation>Einwilligungsanforderungen lesen</translation>
    </message>
    <message>
        <source>grant delegated permissions</source>
        <translation>delegierte Berechtigungen erteilen</translation>
    </message>
    <message>
        <source>grant Microsoft Graph application permissions</source>
        <translation>Microsoft Graph-Anwendungsberechtigungen erteilen</translation>
    </message>
    <message>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation>Anwendungsberechtigungen anderer APIs als Microsoft Graph erteilen</translation>
    </message>
    <message>
        <source>revoke permissions</source>
        <translation>Berechtigungen widerrufen</translation>
    </message>
    <message>
        <source>block an app</source>
        <translation>eine App blockieren</translation>
    </message>
    <message>
        <source>change the admin consent workflow</source>
        <translation>den Workflow für die Administratoreinwilligung ändern</translation>
    </message>
    <message>
        <source>change the user consent settings</source>
        <translation>die Einstellungen für die Benutzereinwilligung ändern</translation>
    </message>
    <message>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation>den Postfachzugriff einer App in Exchange Online einschränken</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Globaler Administrator</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrator für privilegierte Rollen</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloudanwendungsadministrator</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Anwendungsadministrator</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globaler Leser</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdeskadministrator</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-Administrator</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Sicherheitsleseberechtigter</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation>ConsentDesk konnte Ihre Verzeichnisrollen nicht lesen und kann daher nicht feststellen, ob Sie %1 dürfen. Erforderlich ist: %2.</translation>
    </message>
    <message>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation>Ihr Konto hat keine Administratorrolle, die ConsentDesk verwendet.</translation>
    </message>
    <message>
        <source>Needs %1 to %2.</source>
        <translation>Erforderliche Rolle für „%2“: %1.</translation>
    </message>
    <message>
        <source>Your roles: %1.</source>
        <translation>Ihre Rollen: %1.</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The sign-in authority %1 must use https (plain http is allowed only to this computer).</source>
        <translation>Die Anmeldeautorität %1 muss https verwenden (unverschlüsseltes http ist nur zu diesem Computer zulässig).</translation>
    </message>
    <message>
        <source>The Microsoft Graph address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>Die Microsoft Graph-Adresse %1 muss https verwenden (unverschlüsseltes http ist nur zu diesem Computer zulässig).</translation>
    </message>
    <message>
        <source>The Exchange Online address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>Die Exchange Online-Adresse %1 muss https verwenden (unverschlüsseltes http ist nur zu diesem Computer zulässig).</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessEvaluator</name>
    <message>
        <source>the user is excluded by name</source>
        <translation>der Benutzer ist namentlich ausgeschlossen</translation>
    </message>
    <message>
        <source>guests and external users are excluded</source>
        <translation>Gäste und externe Benutzer sind ausgeschlossen</translation>
    </message>
    <message>
        <source>the user is in the excluded group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>der Benutzer ist in der ausgeschlossenen Gruppe %1</translation>
    </message>
    <message>
        <source>the user holds the excluded role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>der Benutzer hat die ausgeschlossene Rolle %1</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <source>the user, by name</source>
        <translation>den Benutzer namentlich</translation>
    </message>
    <message>
        <source>guests and external users</source>
        <translation>Gäste und externe Benutzer</translation>
    </message>
    <message>
        <source>the group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>die Gruppe %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>the app is excluded</source>
        <translation>die App ist ausgeschlossen</translation>
    </message>
    <message>
        <source>all cloud apps</source>
        <translation>alle Cloud-Apps</translation>
    </message>
    <message>
        <source>the app itself</source>
        <translation>die App selbst</translation>
    </message>
    <message>
        <source>%1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Microsoft Graph</extracomment>
        <translation>%1, die die App aufruft</translation>
    </message>
    <message>
        <source>the Office 365 apps, among them %1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Office 365 Exchange Online; &quot;Office 365&quot; is the policy&apos;s app group</extracomment>
        <translation>die Office 365-Apps, darunter %1, die die App aufruft</translation>
    </message>
    <message>
        <source>it targets a user action (such as registering security information), not an app sign-in</source>
        <translation>sie zielt auf eine Benutzeraktion (etwa das Registrieren von Sicherheitsinformationen), nicht auf eine App-Anmeldung</translation>
    </message>
    <message>
        <source>it targets an authentication context, which only an app that asks for it triggers</source>
        <translation>sie zielt auf einen Authentifizierungskontext, den nur eine App auslöst, die ihn anfordert</translation>
    </message>
    <message>
        <source>it does not target this app or an API it calls</source>
        <translation>sie zielt weder auf diese App noch auf eine API, die sie aufruft</translation>
    </message>
    <message>
        <source>it does not target this user</source>
        <translation>sie zielt nicht auf diesen Benutzer</translation>
    </message>
    <message>
        <source>it covers legacy authentication clients only (Exchange ActiveSync and other clients)</source>
        <translation>sie gilt nur für Clients mit Legacyauthentifizierung (Exchange ActiveSync und andere Clients)</translation>
    </message>
    <message>
        <source>an application filter</source>
        <translation>einem Anwendungsfilter</translation>
    </message>
    <message>
        <source>the network location</source>
        <translation>dem Netzwerkstandort</translation>
    </message>
    <message>
        <source>the device platform</source>
        <translation>der Geräteplattform</translation>
    </message>
    <message>
        <source>a device filter</source>
        <translation>einem Gerätefilter</translation>
    </message>
    <message>
        <source>the authentication flow</source>
        <translation>dem Authentifizierungsablauf</translation>
    </message>
    <message>
        <source>the sign-in or user risk</source>
        <translation>dem Anmelde- oder Benutzerrisiko</translation>
    </message>
    <message>
        <source>desktop and mobile apps only</source>
        <translation>nur Desktop- und mobile Apps</translation>
    </message>
    <message>
        <source>browsers only</source>
        <translation>nur Browser</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply: %2.</source>
        <extracomment>%1 a policy&apos;s name, %2 why it does not apply</extracomment>
        <translation>„%1“ gilt nicht: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (report-only: logged, not enforced) targets %2 and %3.</source>
        <extracomment>%1 policy name, %2 whom it targets, %3 which apps; the policy is only logged</extracomment>
        <translation>„%1“ (nur Bericht: protokolliert, nicht erzwungen) zielt auf %2 und %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (off) would target %2 and %3.</source>
        <translation>„%1“ (aus) würde auf %2 und %3 zielen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; targets %2 and %3.</source>
        <translation>„%1“ zielt auf %2 und %3.</translation>
    </message>
    <message>
        <source>Whether it applies depends on %1.</source>
        <extracomment>%1 is a list of conditions, e.g. &quot;the network location, the device platform&quot;</extracomment>
        <translation>Ob sie gilt, hängt von %1 ab.</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessPolicy</name>
    <message>
        <source>On</source>
        <extracomment>A conditional access policy&apos;s state, as the Entra admin center shows it</extracomment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Report-only</source>
        <extracomment>A conditional access policy&apos;s state: evaluated and logged, not enforced</extracomment>
        <translation>Nur Bericht</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A conditional access policy&apos;s state</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>block access</source>
        <translation>Zugriff blockieren</translation>
    </message>
    <message>
        <source>multifactor authentication</source>
        <translation>mehrstufige Authentifizierung</translation>
    </message>
    <message>
        <source>a device marked as compliant</source>
        <translation>ein als konform markiertes Gerät</translation>
    </message>
    <message>
        <source>a Microsoft Entra hybrid joined device</source>
        <translation>ein in Microsoft Entra Hybrid eingebundenes Gerät</translation>
    </message>
    <message>
        <source>an approved client app</source>
        <translation>eine genehmigte Client-App</translation>
    </message>
    <message>
        <source>an app protection policy</source>
        <translation>eine App-Schutzrichtlinie</translation>
    </message>
    <message>
        <source>a password change</source>
        <translation>eine Kennwortänderung</translation>
    </message>
    <message>
        <source>the control &quot;%1&quot;</source>
        <extracomment>%1 is a grant control&apos;s name as Microsoft Graph spells it</extracomment>
        <translation>das Steuerelement „%1“</translation>
    </message>
    <message>
        <source>Blocks access.</source>
        <translation>Blockiert den Zugriff.</translation>
    </message>
    <message>
        <source>the authentication strength &quot;%1&quot;</source>
        <extracomment>%1 is an authentication strength&apos;s name (e.g. &quot;Phishing-resistant MFA&quot;)</extracomment>
        <translation>die Authentifizierungsstärke „%1“</translation>
    </message>
    <message>
        <source>accepting the terms of use</source>
        <translation>das Akzeptieren der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>a custom authentication factor</source>
        <translation>einen benutzerdefinierten Authentifizierungsfaktor</translation>
    </message>
    <message>
        <source>Grants access with session controls (no grant control).</source>
        <translation>Gewährt Zugriff mit Sitzungssteuerelementen (kein Gewährungssteuerelement).</translation>
    </message>
    <message>
        <source>Demands nothing (no grant control).</source>
        <translation>Verlangt nichts (kein Gewährungssteuerelement).</translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <extracomment>%1 is one requirement, e.g. &quot;multifactor authentication&quot;</extracomment>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Requires all of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; the user must meet every one</extracomment>
        <translation>Erfordert alle: %1.</translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; meeting one of them is enough</extracomment>
        <translation>Erfordert eines davon: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation>um Sie zu erkennen: Ihr Name, Anmeldename und Ihre Objekt-ID</translation>
    </message>
    <message>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation>um Ihre Verzeichnisrollen sowie Benutzer, Gruppen, Apps und die ihnen erteilten Berechtigungen zu lesen</translation>
    </message>
    <message>
        <source>to read the consent requests waiting for review</source>
        <translation>um die Einwilligungsanforderungen zu lesen, die auf Überprüfung warten</translation>
    </message>
    <message>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation>um die Einwilligungseinstellungen und -richtlinien zu lesen, die festlegen, ob Benutzer Apps verbinden dürfen</translation>
    </message>
    <message>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation>um delegierte Berechtigungen zu erteilen, einzuschränken und zu widerrufen (oauth2PermissionGrants)</translation>
    </message>
    <message>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation>um Anwendungsberechtigungen zu erteilen und zu widerrufen (App-Rollenzuweisungen)</translation>
    </message>
    <message>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation>um vor dem Erteilen den fehlenden Dienstprinzipal einer App hinzuzufügen und um eine App zu blockieren (zu deaktivieren)</translation>
    </message>
    <message>
        <source>to change the admin consent workflow settings</source>
        <translation>um die Einstellungen des Workflows für die Administratoreinwilligung zu ändern</translation>
    </message>
    <message>
        <source>to change the user consent settings</source>
        <translation>um die Einstellungen für die Benutzereinwilligung zu ändern</translation>
    </message>
    <message>
        <source>to classify permissions as low impact (what users may consent to)</source>
        <translation>um Berechtigungen als geringe Auswirkung zu klassifizieren (in die Benutzer einwilligen dürfen)</translation>
    </message>
</context>
<context>
    <name>ConsentOverview</name>
    <message>
        <source>Less than a day</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Weniger als ein Tag</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>1 bis 7 Tage</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>7 bis 30 Tage</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Über 30 Tage</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>how long a consent request has waited: Graph gave no date (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <source>No Graph client.</source>
        <translation>Kein Graph-Client.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsLoader</name>
    <message>
        <source>No Graph client.</source>
        <translation>Kein Graph-Client.</translation>
    </message>
    <message>
        <source>This directory role does not exist in the tenant.</source>
        <translation>Diese Verzeichnisrolle existiert im Mandanten nicht.</translation>
    </message>
    <message>
        <source>Holders of this role can view and deny requests but not approve them.</source>
        <translation>Inhaber dieser Rolle können Anforderungen anzeigen und ablehnen, aber nicht genehmigen.</translation>
    </message>
    <message>
        <source>Nobody with an enabled account holds this role.</source>
        <translation>Niemand mit einem aktivierten Konto hat diese Rolle.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Holds no role that may approve (Cloud Application Administrator, Application Administrator, Privileged Role Administrator or Global Administrator): can view and deny requests only.</source>
        <translation>Hat keine Rolle, die genehmigen darf (Cloudanwendungsadministrator, Anwendungsadministrator, Administrator für privilegierte Rollen oder Globaler Administrator): kann Anforderungen nur anzeigen und ablehnen.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Dieser Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Diese Gruppe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The group has no enabled members.</source>
        <translation>Die Gruppe hat keine aktivierten Mitglieder.</translation>
    </message>
    <message>
        <source>No enabled member of the group holds a role that may approve.</source>
        <translation>Kein aktiviertes Mitglied der Gruppe hat eine Rolle, die genehmigen darf.</translation>
    </message>
    <message>
        <source>ConsentDesk does not understand this reviewer query.</source>
        <translation>ConsentDesk versteht diese Prüferabfrage nicht.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsView</name>
    <message>
        <source>Your account may not read this (%1). Reading it needs Policy.Read.All and a role such as Global Reader, Cloud Application Administrator or Global Administrator.</source>
        <translation>Ihr Konto darf dies nicht lesen (%1). Dazu sind Policy.Read.All und eine Rolle wie Globaler Leser, Cloudanwendungsadministrator oder Globaler Administrator erforderlich.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>Einwilligungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Admin consent requests</source>
        <translation>Administratoreinwilligungsanforderungen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Can approve</source>
        <translation>Kann genehmigen</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>User consent for applications</source>
        <translation>Benutzereinwilligung für Anwendungen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Permissions classified low impact (Microsoft Graph)</source>
        <translation>Als geringe Auswirkung klassifizierte Berechtigungen (Microsoft Graph)</translation>
    </message>
    <message>
        <source>With the setting &quot;for selected permissions&quot;, users may consent to these for apps from verified publishers or from your organization.</source>
        <translation>Mit der Einstellung „für ausgewählte Berechtigungen“ dürfen Benutzer für Apps von verifizierten Herausgebern oder aus Ihrer Organisation in diese Berechtigungen einwilligen.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>Admin consent workflow, user consent setting and low-impact permissions</source>
        <translation>Workflow für die Administratoreinwilligung, Einstellung für die Benutzereinwilligung und Berechtigungen mit geringer Auswirkung</translation>
    </message>
    <message>
        <source>Sign in to see the tenant&apos;s consent settings.</source>
        <translation>Melden Sie sich an, um die Einwilligungseinstellungen des Mandanten zu sehen.</translation>
    </message>
    <message>
        <source>Reading the consent settings…</source>
        <translation>Die Einwilligungseinstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Users cannot request admin consent: they are told to ask an administrator.</source>
        <translation>Benutzer können keine Administratoreinwilligung anfordern; ihnen wird angezeigt, dass sie einen Administrator fragen sollen.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Group and team owners may not consent to apps accessing their data.</source>
        <translation>Gruppen- und Teambesitzer dürfen nicht in Apps einwilligen, die auf ihre Daten zugreifen.</translation>
    </message>
    <message>
        <source>Group and team owners may consent under: %1</source>
        <translation>Gruppen- und Teambesitzer dürfen nach diesen Richtlinien einwilligen: %1</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Schließt ein</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Schließt aus</translation>
    </message>
    <message>
        <source>Part of the settings could not be read; the rest is shown.</source>
        <translation>Ein Teil der Einstellungen konnte nicht gelesen werden; der Rest wird angezeigt.</translation>
    </message>
    <message>
        <source>Reviewers of admin consent requests</source>
        <translation>Prüfer von Administratoreinwilligungsanforderungen</translation>
    </message>
    <message>
        <source>User consent policies</source>
        <translation>Richtlinien für die Benutzereinwilligung</translation>
    </message>
    <message>
        <source>Permissions classified low impact</source>
        <translation>Als geringe Auswirkung klassifizierte Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Users can request admin consent to apps they are unable to consent to</source>
        <translation>&amp;Benutzer können die Administratoreinwilligung für Apps anfordern, in die sie nicht selbst einwilligen können</translation>
    </message>
    <message>
        <source>E-mail &amp;notifications to reviewers</source>
        <translation>E-Mail-Be&amp;nachrichtigungen an Prüfer</translation>
    </message>
    <message>
        <source>Expiration re&amp;minders</source>
        <translation>Ablauferinne&amp;rungen</translation>
    </message>
    <message>
        <source>Requests e&amp;xpire after (days):</source>
        <translation>Anforderungen laufen ab nach (&amp;Tagen):</translation>
    </message>
    <message>
        <source>Add revie&amp;wer…</source>
        <translation>&amp;Prüfer hinzufügen…</translation>
    </message>
    <message>
        <source>Remove r&amp;eviewer</source>
        <translation>Prüfer ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Save workflow…</source>
        <translation>Workflow &amp;speichern…</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>&amp;Übernehmen…</translation>
    </message>
    <message>
        <source>A&amp;dd permission…</source>
        <translation>Berechtigung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Remove permission…</source>
        <translation>Berechtigung entfernen…</translation>
    </message>
    <message>
        <source>Classifying permissions needs Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Zum Klassifizieren von Berechtigungen ist die Rolle Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator erforderlich.</translation>
    </message>
    <message>
        <source>Classify a permission as low impact</source>
        <translation>Berechtigung als geringe Auswirkung klassifizieren</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permission (for example Mail.Read):</source>
        <translation>Delegierte Berechtigung von Microsoft Graph (zum Beispiel Mail.Read):</translation>
    </message>
    <message>
        <source>Classify a permission</source>
        <translation>Berechtigung klassifizieren</translation>
    </message>
    <message>
        <source>Could not read Microsoft Graph&apos;s permissions: %1</source>
        <translation>Die Berechtigungen von Microsoft Graph konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 needs an admin&apos;s consent, so users can never consent to it and it cannot be classified.</source>
        <translation>%1 erfordert die Einwilligung eines Administrators; Benutzer können daher nie darin einwilligen, und die Berechtigung kann nicht klassifiziert werden.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no delegated permission %1.</source>
        <translation>Microsoft Graph hat keine delegierte Berechtigung %1.</translation>
    </message>
    <message>
        <source>Check p&amp;osture…</source>
        <translation>Sicherheits&amp;lage prüfen…</translation>
    </message>
    <message numerus="yes">
        <source>Users can ask for approval; a request expires after %n day(s) without a decision.</source>
        <translation>
            <numerusform>Benutzer können eine Genehmigung anfordern; eine Anforderung läuft nach %n Tag ohne Entscheidung ab.</numerusform>
            <numerusform>Benutzer können eine Genehmigung anfordern; eine Anforderung läuft nach %n Tagen ohne Entscheidung ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>In Kraft: %1.</translation>
    </message>
    <message>
        <source>One row per permission classified low impact; users may consent to these when the user consent policy allows low-impact permissions.</source>
        <translation>Eine Zeile pro als geringe Auswirkung klassifizierter Berechtigung; Benutzer dürfen in diese einwilligen, wenn die Benutzereinwilligungsrichtlinie Berechtigungen mit geringer Auswirkung zulässt.</translation>
    </message>
    <message>
        <source>The policies that decide which apps users may consent to for themselves; expand one to see its conditions.</source>
        <translation>Die Richtlinien, die entscheiden, in welche Apps Benutzer selbst einwilligen dürfen; erweitern Sie eine, um ihre Bedingungen zu sehen.</translation>
    </message>
    <message>
        <source>One row per user, group or role that reviews admin consent requests, and whether it can approve them.</source>
        <translation>Eine Zeile pro Benutzer, Gruppe oder Rolle, die Administratoreinwilligungsanforderungen prüft, und ob sie sie genehmigen kann.</translation>
    </message>
    <message>
        <source>Users consent under these custom app consent policies: %1. ConsentDesk offers the four choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Benutzer willigen nach diesen benutzerdefinierten App-Einwilligungsrichtlinien ein: %1. ConsentDesk bietet die vier Optionen oben an; eine benutzerdefinierte App-Einwilligungsrichtlinie wird im Entra Admin Center oder mit Microsoft Graph PowerShell geändert.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation>Versionen, Speicherort der Protokolle, Schlüsselbundzugriff und Netzwerkaktivität. Nichts auf dieser Seite ist geheim: Kopieren Sie den Inhalt unverändert in ein Supportticket.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>ConsentDesk:</source>
        <translation>ConsentDesk:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>spdlog:</source>
        <translation>spdlog:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>Logging to the console only</source>
        <translation>Protokollierung nur in der Konsole</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Network requests (this session)</source>
        <translation>Netzwerkanforderungen (diese Sitzung)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Systemschlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation>✔ Erreichbar. Anmeldungen werden sicher im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation>✖ Nicht verfügbar: %1
Anmeldungen gelten nur für diese Sitzung; nichts wird im Klartext auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>kein Schlüsselbunddienst hat geantwortet</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Noch keine Anforderungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Nach Methode</translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation>Nach HTTP-Status</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Gedrosselt (429)</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Time in requests</source>
        <translation>Zeit in Anforderungen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>In flight / queued</source>
        <translation>Laufend / in Warteschlange</translation>
    </message>
    <message>
        <source>Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock or create a keyring.</source>
        <translation>Noch nicht geprüft. Bei der Prüfung wird ein Testeintrag gespeichert und wieder gelöscht; Ihr System fordert Sie möglicherweise auf, einen Schlüsselbund zu entsperren oder zu erstellen.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Versions, logs, keychain and network counters</source>
        <translation>Versionen, Protokolle, Schlüsselbund und Netzwerkzähler</translation>
    </message>
    <message>
        <source>Requests sent, by service</source>
        <translation>Gesendete Anforderungen nach Dienst</translation>
    </message>
    <message>
        <source>The requests this session sent, counted by service and by answer.</source>
        <translation>Die Anforderungen, die diese Sitzung gesendet hat, gezählt nach Dienst und nach Antwort.</translation>
    </message>
</context>
<context>
    <name>DirectoryObjectResolver</name>
    <message>
        <source>No connection to Graph.</source>
        <translation>Keine Verbindung zu Graph.</translation>
    </message>
    <message>
        <source>Graph&apos;s $batch answer had no result for %1.</source>
        <translation>Die $batch-Antwort von Graph enthielt kein Ergebnis für %1.</translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation>Microsoft Graph bietet keine Möglichkeit, eine Einwilligungsanforderung abzulehnen: Lehnen Sie sie im Microsoft Entra Admin Center ab (Unternehmensanwendungen → Administratoreinwilligungsanforderungen), oder blockieren Sie die App hier, damit niemand sie mehr verwenden oder anfordern kann.</translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <source>A sign-in is already running</source>
        <translation>Es läuft bereits eine Anmeldung</translation>
    </message>
    <message>
        <source>No tenant and cloud configured.</source>
        <translation>Kein Mandant und keine Cloud konfiguriert.</translation>
    </message>
    <message>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation>ConsentDesk konnte die Anmeldeantwort nicht empfangen</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation>Auf 127.0.0.1 konnte kein lokaler Port geöffnet werden. Prüfen Sie die lokale Firewallsoftware, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation>Bei ConsentDesk angemeldet – Sie können diese Registerkarte schließen.</translation>
    </message>
    <message>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation>ConsentDesk schließt die Anmeldung ab. Kehren Sie zum ConsentDesk-Fenster zurück.</translation>
    </message>
    <message>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation>Die Anmeldung bei ConsentDesk wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation>Diese Seite gehört zu keiner ConsentDesk-Anmeldung</translation>
    </message>
    <message>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation>ConsentDesk hat diese Antwort ignoriert, weil sie nicht zur laufenden Anmeldung passt. Schließen Sie die Anmeldung in der Browserregisterkarte ab, die ConsentDesk geöffnet hat.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation>Exchange Online hat %1 abgelehnt (HTTP 403, keine Details). Das angemeldete Konto benötigt die Rolle „Exchange-Administrator“ oder „Globaler Administrator“ („Globaler Leser“ darf nur Get- und Test-Cmdlets ausführen), oder dieses Cmdlet ist in der Organisation nicht verfügbar.</translation>
    </message>
    <message>
        <source>No Exchange transport.</source>
        <translation>Kein Exchange-Transport.</translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Exchange konnte nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOperation</name>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy zeigt das neue Ergebnis sofort; bei Microsoft Graph kann es bis zu einer Stunde dauern, bis es durchgesetzt wird.</translation>
    </message>
    <message>
        <source>No Exchange Online connection.</source>
        <translation>Keine Verbindung zu Exchange Online.</translation>
    </message>
    <message>
        <source>Not sent: there is no Exchange Online connection.</source>
        <translation>Nicht gesendet: Es besteht keine Verbindung zu Exchange Online.</translation>
    </message>
    <message>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation>Nicht gefunden, nichts wurde geändert: %1 hat für %2 nichts zurückgegeben.</translation>
    </message>
    <message>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>%1-Richtlinie von %2 für „%3“ entfernen</translation>
    </message>
    <message>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Ohne die RestrictAccess-Richtlinie erreicht %1 möglicherweise wieder jedes Postfach (sofern keine anderen Richtlinien den Zugriff einschränken).</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation>%1: nicht rückgängig gemacht – das Journal enthält die Identität der neuen Richtlinie nicht. Suchen Sie sie mit Get-ApplicationAccessPolicy, und entfernen Sie sie mit Remove-ApplicationAccessPolicy.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation>%1: nicht wiederhergestellt – das Journal enthält keine vorherige Richtlinie.</translation>
    </message>
    <message>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>%1-Richtlinie von %2 für „%3“ neu erstellen</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation>%1: nicht wiederhergestellt – das Journal enthält keine vorherige Beschreibung.</translation>
    </message>
    <message>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation>Beschreibung der Richtlinie von %1 für „%2“ wiederherstellen: „%3“</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation>%1: nicht rückgängig gemacht – das Journal nennt Gruppe und Mitglied nicht.</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>%1 aus „%2“ entfernen</translation>
    </message>
    <message>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation>%1 wieder zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation>%1 von %2 entfernen (Zuweisung „%3“)</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation>%1: nicht rückgängig gemacht – das Journal enthält den Namen der neuen Rollenzuweisung nicht. Suchen Sie sie mit Get-ManagementRoleAssignment -App, und entfernen Sie sie mit Remove-ManagementRoleAssignment.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation>%1: nicht wiederhergestellt – das Journal enthält keine vorherige Rollenzuweisung.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation>%2 die Rolle %1 erneut zuweisen, für die gesamte Organisation</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation>%2 die Rolle %1 erneut zuweisen, beschränkt auf „%3“</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change.</source>
        <translation>%1: nicht rückgängig gemacht – unbekannte Art von Änderung.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation>%1: beibehalten – ConsentDesk löscht keine Gruppen. Entfernen Sie die Gruppe im Exchange Admin Center oder mit Remove-DistributionGroup -Identity %2, sobald nichts sie mehr verwendet.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation>%1: beibehalten – ConsentDesk löscht keine Exchange-Dienstprinzipale. Entfernen Sie den Dienstprinzipal mit Remove-ServicePrincipal -Identity %2, sobald keine Rollenzuweisung ihn mehr verwendet.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation>%1: beibehalten – ConsentDesk löscht keine Verwaltungsbereiche. Entfernen Sie den Verwaltungsbereich im Exchange Admin Center oder mit Remove-ManagementScope -Identity %2, sobald keine Rollenzuweisung ihn mehr verwendet.</translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation>%1 von den Postfächern von %2 ausschließen</translation>
    </message>
    <message>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation>%1 auf die Postfächer von %2 beschränken</translation>
    </message>
    <message>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation>E-Mail-aktivierte Sicherheitsgruppe „%1“ erstellen</translation>
    </message>
    <message>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation>%1 den Zugriff auf die Postfächer von „%2“ verweigern</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation>%1 auf die Postfächer von „%2“ beschränken</translation>
    </message>
    <message>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation>Microsoft empfiehlt RBAC für Anwendungen anstelle neuer Anwendungszugriffsrichtlinien.</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy zeigt das neue Ergebnis sofort; bei Microsoft Graph kann es bis zu einer Stunde dauern, bis es durchgesetzt wird.</translation>
    </message>
    <message>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation>Zugriffsrichtlinie von %1 für „%2“ entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation>%1-Richtlinie der App %2 für „%3“ entfernen</translation>
    </message>
    <message>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Ohne diese RestrictAccess-Richtlinie erreicht die App möglicherweise wieder jedes Postfach (sofern andere Richtlinien sie nicht einschränken).</translation>
    </message>
    <message>
        <source>Change the description of a policy</source>
        <translation>Beschreibung einer Richtlinie ändern</translation>
    </message>
    <message>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation>Beschreibung der Richtlinie von %1 für „%2“ festlegen</translation>
    </message>
    <message>
        <source>Add members to &quot;%1&quot;</source>
        <translation>Mitglieder zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove members from &quot;%1&quot;</source>
        <translation>Mitglieder aus „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>%1 aus „%2“ entfernen</translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation>%1 die Rolle %2 zuweisen</translation>
    </message>
    <message>
        <source>Register %1 with Exchange Online</source>
        <translation>%1 bei Exchange Online registrieren</translation>
    </message>
    <message>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation>Verwaltungsbereich „%1“ erstellen</translation>
    </message>
    <message>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation>%2 die Rolle %1 für die gesamte Organisation zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation>%2 die Rolle %1 zuweisen, beschränkt auf „%3“</translation>
    </message>
    <message>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation>RBAC für Anwendungen ist additiv: Eine mandantenweite Microsoft Graph-Anwendungsberechtigung (z. B. Mail.Read mit Einwilligung in Entra) erreicht weiterhin jedes Postfach. Entfernen Sie sie nach der Umstellung auf RBAC.</translation>
    </message>
    <message>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation>Rollenzuweisung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from app %2</source>
        <translation>%1 von der App %2 entfernen</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name is empty; MemberOfGroup needs it.</source>
        <translation>Der Distinguished Name der Gruppe ist leer; MemberOfGroup benötigt ihn.</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name &quot;%1&quot; contains %2 (U+%3), a character Exchange may read as a quote inside the management scope&apos;s filter, which could then reach every mailbox. ConsentDesk does not write such a filter: rename the group so its name has no quote characters (Set-DistributionGroup -Name), or create the management scope yourself and check its filter with Get-ManagementScope.</source>
        <translation>Der Distinguished Name „%1“ der Gruppe enthält %2 (U+%3), ein Zeichen, das Exchange im Filter des Verwaltungsbereichs als Anführungszeichen lesen kann; der Bereich könnte dann jedes Postfach erreichen. ConsentDesk schreibt keinen solchen Filter: Benennen Sie die Gruppe so um, dass ihr Name keine Anführungszeichen enthält (Set-DistributionGroup -Name), oder erstellen Sie den Verwaltungsbereich selbst, und prüfen Sie seinen Filter mit Get-ManagementScope.</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation>
            <numerusform>%n Exchange-Änderung rückgängig machen</numerusform>
            <numerusform>%n Exchange-Änderungen rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation>%1: keine Exchange-Änderung; stellen Sie sie separat wieder her.</translation>
    </message>
    <message>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation>%1: nicht rückgängig gemacht – noch ist unbekannt, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation>%1: nicht rückgängig gemacht – die Änderung wurde nicht vorgenommen (%2).</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation>%1: nicht rückgängig gemacht – unbekannte Art von Änderung (%2).</translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation>
            <numerusform>%n Änderung wurde vorgenommen.</numerusform>
            <numerusform>Alle %n Änderungen wurden vorgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation>Benutzer müssen sich möglicherweise erneut bei der App anmelden, bevor neue Berechtigungen wirksam werden.</translation>
    </message>
    <message>
        <source>Result of each change</source>
        <translation>Ergebnis jeder Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the title of the results window when every change was made</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation>Einige Änderungen wurden nicht vorgenommen</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation>
            <numerusform>%n Änderung wurde in Exchange Online vorgenommen.</numerusform>
            <numerusform>Alle %n Änderungen wurden in Exchange Online vorgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Roll back what succeeded…</source>
        <translation>Erfolgreiche Änderungen zurücknehmen…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the result of one change, in the results list</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>One row per change: whether it was made, what it was, and the details.</source>
        <translation>Eine Zeile pro Änderung: ob sie vorgenommen wurde, was sie war, und die Details.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain a sign-in error</source>
        <translation>Anmeldefehler erklären</translation>
    </message>
    <message>
        <source>&amp;Paste what the user saw: the error code (for example AADSTS65001), the whole message, or the page&apos;s heading (&quot;Need admin approval&quot;, &quot;Approval required&quot;).</source>
        <translation>&amp;Fügen Sie ein, was der Benutzer gesehen hat: den Fehlercode (zum Beispiel AADSTS65001), die ganze Meldung oder die Überschrift der Seite („Administratorgenehmigung erforderlich“, „Genehmigung erforderlich“).</translation>
    </message>
    <message>
        <source>Error text to explain</source>
        <translation>Zu erklärender Fehlertext</translation>
    </message>
    <message>
        <source>AADSTS90094: The grant requires admin permission.</source>
        <translation>AADSTS90094: The grant requires admin permission.</translation>
    </message>
    <message>
        <source>Codes, error names and the consent screen&apos;s words are recognized in English, German, French, Spanish and Japanese.</source>
        <translation>Codes, Fehlernamen und die Worte der Einwilligungsseite werden auf Englisch, Deutsch, Französisch, Spanisch und Japanisch erkannt.</translation>
    </message>
    <message>
        <source>No sign-in error ConsentDesk knows was found in this text. Paste the AADSTS code from the message, or look it up on https://login.microsoftonline.com/error.</source>
        <translation>In diesem Text wurde kein Anmeldefehler gefunden, den ConsentDesk kennt. Fügen Sie den AADSTS-Code aus der Meldung ein, oder schlagen Sie ihn unter https://login.microsoftonline.com/error nach.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) recognized:</source>
        <translation>
            <numerusform>%n Element erkannt:</numerusform>
            <numerusform>%n Elemente erkannt:</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>App: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>Ablaufverfolgungs-ID: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Only the first %1 characters were read.</source>
        <translation>Nur die ersten %1 Zeichen wurden gelesen.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Wer es beheben kann: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>Open the troubleshooter</source>
        <translation>Problembehandlung öffnen</translation>
    </message>
    <message>
        <source>Open consent requests</source>
        <translation>Einwilligungsanforderungen öffnen</translation>
    </message>
    <message>
        <source>Open consent settings</source>
        <translation>Einwilligungseinstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>FilterBanner</name>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show everything, without the filter</source>
        <translation>Alles ohne den Filter anzeigen</translation>
    </message>
</context>
<context>
    <name>FirstSeenState</name>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk notes on this computer when it first sees each grant, from the lists it reads and the snapshots it opens; it has not noted any for this tenant yet.</source>
        <translation>Graph speichert für eine Berechtigungserteilung kein Datum. ConsentDesk notiert auf diesem Computer, wann es jede Erteilung zum ersten Mal sieht – aus den gelesenen Listen und den geöffneten Snapshots; für diesen Mandanten hat es noch keine notiert.</translation>
    </message>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk noted this date on this computer the first time it saw the grant, in a list it read or a snapshot it opened; it has been noting them since %1, so an earlier grant shows that date or a later one.</source>
        <translation>Graph speichert für eine Berechtigungserteilung kein Datum. ConsentDesk hat dieses Datum auf diesem Computer notiert, als es die Erteilung zum ersten Mal sah, in einer gelesenen Liste oder einem geöffneten Snapshot; es notiert seit %1, daher zeigt eine ältere Erteilung dieses Datum oder ein späteres.</translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <source>No service principal %1 in this tenant.</source>
        <translation>Kein Dienstprinzipal %1 in diesem Mandanten.</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Keine Verbindung zu Microsoft Graph.</translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation>%1 (Anwendung) von %2 kann nicht erteilt werden: %3</translation>
    </message>
    <message>
        <source>the API is not in this tenant</source>
        <translation>Die API ist in diesem Mandanten nicht vorhanden</translation>
    </message>
    <message>
        <source>the API does not publish it as an application permission</source>
        <translation>Die API veröffentlicht sie nicht als Anwendungsberechtigung</translation>
    </message>
    <message>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation>%1 (delegiert) von %2 kann nicht erteilt werden: %3</translation>
    </message>
    <message>
        <source>the API does not publish it</source>
        <translation>Die API veröffentlicht sie nicht</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation>Dienstprinzipal von %1 (appId %2) in diesem Mandanten erstellen</translation>
    </message>
    <message>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation>Dienstprinzipal der API %1 (appId %2) in diesem Mandanten erstellen</translation>
    </message>
    <message>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation>%1 zur mandantenweiten Erteilung von %2 für %3 hinzufügen (behält %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation>%1 (%3) für alle Benutzer an %2 erteilen (neue mandantenweite Erteilung)</translation>
    </message>
    <message>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation>Anwendungsberechtigung %1 (%2) an %3 erteilen</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation>Dienstprinzipal von %1 (appId %2) deaktiviert erstellen, damit sich niemand bei der App anmelden oder sie anfordern kann</translation>
    </message>
    <message>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation>%1 ist bereits blockiert (Anmeldung deaktiviert).</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation>Anmeldung für %1 deaktivieren (accountEnabled = false)</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>No Microsoft Graph endpoint is configured.</source>
        <translation>Es ist kein Microsoft Graph-Endpunkt konfiguriert.</translation>
    </message>
    <message>
        <source>No Exchange Online endpoint is configured.</source>
        <translation>Es ist kein Exchange Online-Endpunkt konfiguriert.</translation>
    </message>
    <message>
        <source>Invalid URL.</source>
        <translation>Ungültige URL.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: tokens travel only over https (plain http is allowed to this computer only).</source>
        <translation>Unverschlüsseltes http:// an %1 wird abgelehnt: Token werden nur über https übertragen (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Unsupported scheme %1.</source>
        <translation>Nicht unterstütztes Schema %1.</translation>
    </message>
    <message>
        <source>Refusing to send the access token to %1, which is not the configured API root.</source>
        <translation>Das Zugriffstoken wird nicht an %1 gesendet, da dies nicht der konfigurierte API-Stamm ist.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>Kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was larger than %3, the most ConsentDesk reads in one response, so it stopped reading. %4 does not send answers this large: something else may be answering (a proxy or a server that is not Microsoft&apos;s). Check the connection&apos;s proxy settings and try again; if the answer is genuine, raise the limit with CONSENTDESK_MAX_RESPONSE_MB.</source>
        <translation>Die Antwort auf %1 %2 war größer als %3, das Maximum, das ConsentDesk in einer Antwort liest; daher wurde das Lesen beendet. %4 sendet keine so großen Antworten: Möglicherweise antwortet etwas anderes (ein Proxy oder ein Server, der nicht zu Microsoft gehört). Prüfen Sie die Proxyeinstellungen der Verbindung und versuchen Sie es erneut; ist die Antwort echt, erhöhen Sie das Limit mit CONSENTDESK_MAX_RESPONSE_MB.</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Offset %2).</translation>
    </message>
    <message>
        <source>The server sent no &apos;value&apos; array for a collection.</source>
        <translation>Der Server hat für eine Sammlung kein „value“-Array gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent pages it had already sent, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>Beim Lesen von %1 hat der Server nach %n Seite Seiten gesendet, die er bereits gesendet hatte; ConsentDesk hat aufgehört, um nicht in einer Schleife zu lesen. Die Liste ist möglicherweise unvollständig: Aktualisieren Sie; tritt es erneut auf, verhält sich der Dienst fehlerhaft – versuchen Sie es später.</numerusform>
            <numerusform>Beim Lesen von %1 hat der Server nach %n Seiten Seiten gesendet, die er bereits gesendet hatte; ConsentDesk hat aufgehört, um nicht in einer Schleife zu lesen. Die Liste ist möglicherweise unvollständig: Aktualisieren Sie; tritt es erneut auf, verhält sich der Dienst fehlerhaft – versuchen Sie es später.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent a page link it had already given, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>Beim Lesen von %1 hat der Server nach %n Seite einen Seitenlink gesendet, den er bereits gegeben hatte; ConsentDesk hat aufgehört, um nicht in einer Schleife zu lesen. Die Liste ist möglicherweise unvollständig: Aktualisieren Sie; tritt es erneut auf, verhält sich der Dienst fehlerhaft – versuchen Sie es später.</numerusform>
            <numerusform>Beim Lesen von %1 hat der Server nach %n Seiten einen Seitenlink gesendet, den er bereits gegeben hatte; ConsentDesk hat aufgehört, um nicht in einer Schleife zu lesen. Die Liste ist möglicherweise unvollständig: Aktualisieren Sie; tritt es erneut auf, verhält sich der Dienst fehlerhaft – versuchen Sie es später.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer for batch item %1.</source>
        <translation>Keine Antwort für das Batchelement %1.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server answered HTTP %1 without details.</source>
        <translation>Der Server hat mit HTTP %1 ohne Details geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without details.</source>
        <translation>Der Anmeldedienst hat mit HTTP %1 ohne Details geantwortet.</translation>
    </message>
    <message>
        <source>Exchange refused the request (HTTP 403) without details. The signed-in account may lack the Exchange role this cmdlet needs, or the cmdlet is not available.</source>
        <translation>Exchange hat die Anforderung ohne Details abgelehnt (HTTP 403). Dem angemeldeten Konto fehlt möglicherweise die Exchange-Rolle, die dieses Cmdlet erfordert, oder das Cmdlet ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Exchange answered HTTP %1 without details.</source>
        <translation>Exchange hat mit HTTP %1 ohne Details geantwortet.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentPanel</name>
    <message>
        <source>Group owner consent for apps accessing data</source>
        <translation>Einwilligung durch Gruppenbesitzer für Apps mit Datenzugriff</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <extracomment>Applies the group owner consent choice (a preview with the exact change comes first)</extracomment>
        <translation>An&amp;wenden…</translation>
    </message>
    <message>
        <source>Apply the group owner consent choice</source>
        <translation>Die Auswahl für die Einwilligung durch Gruppenbesitzer anwenden</translation>
    </message>
    <message>
        <source>Group owners consent under these app consent policies: %1. ConsentDesk offers the three choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Gruppenbesitzer willigen nach diesen App-Einwilligungsrichtlinien ein: %1. ConsentDesk bietet die drei Auswahlmöglichkeiten oben an; eine benutzerdefinierte App-Einwilligungsrichtlinie wird im Microsoft Entra Admin Center oder mit Microsoft Graph PowerShell geändert.</translation>
    </message>
    <message>
        <source>In force: %1. %2</source>
        <translation>In Kraft: %1. %2</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot;, which can let group owners consent too, could not be read: %1</source>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“, mit der auch Gruppenbesitzer einwilligen können, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>„Einwilligung durch Gruppenbesitzer nicht zulassen“ schaltet auch sie aus.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentSetting</name>
    <message>
        <source>Do not allow group owner consent</source>
        <translation>Einwilligung durch Gruppenbesitzer nicht zulassen</translation>
    </message>
    <message>
        <source>Allow group owner consent to pre-approved apps only</source>
        <translation>Einwilligung durch Gruppenbesitzer nur für vorab genehmigte Apps zulassen</translation>
    </message>
    <message>
        <source>Allow group owner consent to apps</source>
        <translation>Einwilligung durch Gruppenbesitzer für Apps zulassen</translation>
    </message>
    <message>
        <source>Group owner consent under a custom app consent policy</source>
        <translation>Einwilligung durch Gruppenbesitzer nach einer benutzerdefinierten App-Einwilligungsrichtlinie</translation>
    </message>
    <message>
        <source>Group owners cannot let apps reach the data of the groups they own.</source>
        <translation>Gruppenbesitzer können Apps keinen Zugriff auf die Daten ihrer Gruppen geben.</translation>
    </message>
    <message>
        <source>Group owners may consent only for apps an administrator pre-approved for groups.</source>
        <translation>Gruppenbesitzer dürfen nur für Apps einwilligen, die ein Administrator für Gruppen vorab genehmigt hat.</translation>
    </message>
    <message>
        <source>Every group owner may let any app reach the data of the groups they own, for permissions that need no administrator.</source>
        <translation>Jeder Gruppenbesitzer darf jeder App Zugriff auf die Daten seiner Gruppen geben, für Berechtigungen, die keinen Administrator erfordern.</translation>
    </message>
    <message>
        <source>Group owners consent under the conditions of a custom app consent policy.</source>
        <translation>Gruppenbesitzer willigen nach den Bedingungen einer benutzerdefinierten App-Einwilligungsrichtlinie ein.</translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegierte Berechtigungserteilung</numerusform>
            <numerusform>%n delegierte Berechtigungserteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n Anwendungsberechtigung</numerusform>
            <numerusform>%n Anwendungsberechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant… %1 so far</source>
        <translation>Mandant wird gelesen… bisher %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation>
            <numerusform>%n Erteilung mit Administratoreinwilligung</numerusform>
            <numerusform>%n Erteilungen mit Administratoreinwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation>
            <numerusform>%n Benutzereinwilligung</numerusform>
            <numerusform>%n Benutzereinwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation>Graph hat eine andere Anzahl von Elementen aufgelistet als gezählt, daher ist diese Liste möglicherweise unvollständig (ein bekanntes Paging-Problem von Graph). Aktualisieren Sie, um erneut zu lesen. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</source>
        <translation>
            <numerusform>%n Dienstprinzipal, auf den Erteilungen oder Zuweisungen verweisen, wurde im Verzeichnis nicht gefunden; die Liste kennzeichnet seine App als nicht gefunden.</numerusform>
            <numerusform>%n Dienstprinzipale, auf die Erteilungen oder Zuweisungen verweisen, wurden im Verzeichnis nicht gefunden; die Liste kennzeichnet ihre Apps als nicht gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n App, die in der Liste von Graph fehlte, wurde einzeln gelesen.</numerusform>
            <numerusform>%n Apps, die in der Liste von Graph fehlten, wurden einzeln gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>Der Journalordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>In das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No journal entry %1.</source>
        <translation>Kein Journaleintrag %1.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it has finished.</source>
        <translation>Das Journal %1 ist von einer anderen ConsentDesk-Instanz gesperrt (Prozess %2 auf %3). Versuchen Sie es erneut, wenn diese fertig ist.</translation>
    </message>
    <message>
        <source>The journal %1 could not be locked (%2).</source>
        <translation>Das Journal %1 konnte nicht gesperrt werden (%2).</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <source>Keep only… — %1</source>
        <translation>Nur behalten… – %1</translation>
    </message>
    <message>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation>Wählen Sie aus, was %1 behalten soll. Alles andere wird entfernt: Delegierte Berechtigungen werden aus ihren Erteilungen herausgenommen, die Zuweisungen von Anwendungsberechtigungen werden aufgehoben.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <source>Also trim what users consented to themselves</source>
        <translation>Auch Berechtigungen aus Benutzereinwilligungen entfernen</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Änderungen überprüfen…</translation>
    </message>
    <message>
        <source>Nothing would be removed.</source>
        <translation>Es würde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation>
            <numerusform>Behält %1 und entfernt %n erteilte Berechtigung: %2.</numerusform>
            <numerusform>Behält %1 und entfernt %n erteilte Berechtigungen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions the app keeps (ticked)</source>
        <translation>Berechtigungen, die die App behält (ausgewählt)</translation>
    </message>
    <message>
        <source>Every permission the app has now; the ticked ones stay, all others are removed.</source>
        <translation>Jede Berechtigung, die die App jetzt hat; die angehakten bleiben, alle anderen werden entfernt.</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation>Es läuft kein Desktop-Sitzungsbus (D-Bus), daher ist kein Schlüsselbunddienst (GNOME Keyring, KWallet, KeePassXC) erreichbar. Melden Sie sich aus einer Desktopsitzung an, damit Ihre Anmeldung gespeichert wird.</translation>
    </message>
    <message>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation>Der Anmeldeschlüsselbund ist gesperrt oder fehlt. Entsperren (oder erstellen) Sie ihn in Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation>Der Secret Service ist nicht installiert oder läuft nicht (installieren Sie gnome-keyring, oder aktivieren Sie die Secret-Service-Integration von KeePassXC).</translation>
    </message>
    <message>
        <source>The keychain returned different data than was stored.</source>
        <translation>Der Schlüsselbund hat andere Daten zurückgegeben, als gespeichert wurden.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation>Der Schlüsselbundeintrag ist unvollständig (Teil %1 fehlt).</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>Das Geheimnis ist zu groß für den Schlüsselbund (%1 Byte).</translation>
    </message>
</context>
<context>
    <name>LegacyGroupConsentSetting</name>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; is not set in this tenant, so only the app consent policies decide.</source>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“ ist in diesem Mandanten nicht gesetzt, daher entscheiden nur die App-Einwilligungsrichtlinien.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; does not let group owners consent.</source>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“ lässt Gruppenbesitzer nicht einwilligen.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets every group owner consent to apps for the groups they own, whatever the app consent policies say.</source>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“ lässt jeden Gruppenbesitzer für seine Gruppen in Apps einwilligen, unabhängig von den App-Einwilligungsrichtlinien.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets group owners who are members of the group %1 consent to apps for the groups they own, whatever the app consent policies say.</source>
        <extracomment>%1 is a group&apos;s name (or its object ID when the name could not be read)</extracomment>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“ lässt Gruppenbesitzer, die Mitglieder der Gruppe %1 sind, für ihre Gruppen in Apps einwilligen, unabhängig von den App-Einwilligungsrichtlinien.</translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation>%1 besitzt keine Anwendungsberechtigung, die eine Zugriffsrichtlinie einschränkt (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): Die Richtlinie ändert nichts, bis die App eine solche erhält. Delegierte Berechtigungen werden nie durch Zugriffsrichtlinien eingeschränkt.</translation>
    </message>
    <message>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation>Die Richtlinie beschränkt die Anwendungsberechtigungen %2 von %1 auf die Postfächer der Gruppe.</translation>
    </message>
    <message>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation>Microsoft ersetzt Anwendungszugriffsrichtlinien in Exchange Online durch RBAC für Anwendungen und rät davon ab, neue Richtlinien zu erstellen. Vorhandene Richtlinien funktionieren weiterhin; ConsentDesk zeigt für jede die RBAC-Entsprechung (einen Verwaltungsbereich und eine Rollenzuweisung).</translation>
    </message>
    <message>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps and permissions if the app does not need them.</source>
        <translation>Nicht eingeschränkt werden %1: Diese Berechtigungen erreichen weiterhin den gesamten Mandanten (Dateien, Websites, Verzeichnis). Widerrufen Sie sie unter „Apps und Berechtigungen“, wenn die App sie nicht benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</source>
        <translation>
            <numerusform>%1 besitzt %n mandantenweite Anwendungsberechtigung in Entra ID (%2); derzeit schränkt die Zugriffsrichtlinie sie ein. RBAC für Anwendungen ist additiv: Sobald die Richtlinie zugunsten einer bereichsbezogenen Rolle entfernt wird, würde sie wieder jedes Postfach erreichen. Widerrufen Sie %2 unter „Apps und Berechtigungen“, bevor Sie die Richtlinie entfernen.</numerusform>
            <numerusform>%1 besitzt %n mandantenweite Anwendungsberechtigungen in Entra ID (%2); derzeit schränkt die Zugriffsrichtlinie sie ein. RBAC für Anwendungen ist additiv: Sobald die Richtlinie zugunsten einer bereichsbezogenen Rolle entfernt wird, würden sie wieder jedes Postfach erreichen. Widerrufen Sie %2 unter „Apps und Berechtigungen“, bevor Sie die Richtlinie entfernen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</source>
        <translation>
            <numerusform>%1 besitzt %n mandantenweite Anwendungsberechtigung in Entra ID (%2). RBAC für Anwendungen ist additiv: Eine bereichsbezogene Rollenzuweisung schränkt sie nicht ein, daher erreicht die App weiterhin jedes Postfach. Sobald die Rollenzuweisung funktioniert, widerrufen Sie %2 unter „Apps und Berechtigungen“.</numerusform>
            <numerusform>%1 besitzt %n mandantenweite Anwendungsberechtigungen in Entra ID (%2). RBAC für Anwendungen ist additiv: Eine bereichsbezogene Rollenzuweisung schränkt sie nicht ein, daher erreicht die App weiterhin jedes Postfach. Sobald die Rollenzuweisung funktioniert, widerrufen Sie %2 unter „Apps und Berechtigungen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <source>Not asked</source>
        <translation>Nicht abgefragt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>In Bereichsgruppe</translation>
    </message>
    <message>
        <source>Exchange (Test)</source>
        <translation>Exchange (Test)</translation>
    </message>
    <message>
        <source>Directory (local)</source>
        <translation>Verzeichnis (lokal)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Exchange grants the app access to this mailbox, but the directory&apos;s policies deny it.</source>
        <translation>Exchange gewährt der App Zugriff auf dieses Postfach, aber die Richtlinien des Verzeichnisses verweigern ihn.</translation>
    </message>
    <message>
        <source>Exchange denies the app access to this mailbox, but the directory&apos;s policies grant it.</source>
        <translation>Exchange verweigert der App den Zugriff auf dieses Postfach, aber die Richtlinien des Verzeichnisses gewähren ihn.</translation>
    </message>
    <message>
        <source>Exchange Online and Entra ID each keep their own copy of group membership and synchronize it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation>Exchange Online und Entra ID führen jeweils eine eigene Kopie der Gruppenmitgliedschaften und synchronisieren sie: Eine Änderung der letzten Minuten (eine in Exchange hinzugefügte Gruppe oder ein hinzugefügtes Mitglied, ein in Entra ID geändertes Mitglied, eine neue oder entfernte Richtlinie) ist möglicherweise noch nicht auf der anderen Seite angekommen. Führen Sie den Test in einigen Minuten erneut aus; bleibt der Unterschied bestehen, vergleichen Sie die Mitglieder der Gruppe im Exchange Admin Center mit Entra ID.</translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation>Kein Postfach „%1“.</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation>Test-ApplicationAccessPolicy hat kein Ergebnis zurückgegeben.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>MailboxAppFinder</name>
    <message>
        <source>No Graph client.</source>
        <translation>Kein Graph-Client.</translation>
    </message>
</context>
<context>
    <name>MailboxScoping</name>
    <message>
        <source>Unknown: Exchange could not be read</source>
        <translation>Unbekannt: Exchange konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Every mailbox (no access policy)</source>
        <translation>Jedes Postfach (keine Zugriffsrichtlinie)</translation>
    </message>
    <message>
        <source>all but &quot;%1&quot;</source>
        <translation>alle außer „%1“</translation>
    </message>
    <message>
        <source>only &quot;%1&quot;</source>
        <translation>nur „%1“</translation>
    </message>
    <message>
        <source>RBAC %1: %2</source>
        <translation>RBAC %1: %2</translation>
    </message>
    <message>
        <source>every mailbox</source>
        <translation>jedes Postfach</translation>
    </message>
    <message>
        <source>RBAC roles unknown (Exchange could not be read)</source>
        <translation>RBAC-Rollen unbekannt (Exchange konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation>Kein Postfach</translation>
    </message>
    <message>
        <source>Every app (*)</source>
        <translation>Jede App (*)</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation>Dies ist die einzige RestrictAccess-Richtlinie von %1: Nach dem Entfernen erreicht %1 mit %2 wieder jedes Postfach im Mandanten.</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation>Dies ist die einzige RestrictAccess-Richtlinie von %1: Nach dem Entfernen erreicht %1 mit %2 jedes Postfach außer denen, die DenyAccess-Richtlinien der App erfassen.</translation>
    </message>
</context>
<context>
    <name>MailboxTestPanel</name>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Postfachadresse, z. B. priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>&amp;Mailbox to test:</source>
        <translation>&amp;Zu testendes Postfach:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose an app above and type a mailbox address.</source>
        <translation>Wählen Sie oben eine App aus, und geben Sie eine Postfachadresse ein.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange wird abgefragt…</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation>&amp;Über ConsentDesk</translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation>Über ConsentDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Anwendungseinwilligungen in Microsoft 365 / Entra ID überprüfen, erteilen und widerrufen – mit geringsten Berechtigungen und Rückgängig-Funktion.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Verzeichnisrolle</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Role: none (read own data only)</source>
        <translation>Rolle: keine (nur eigene Daten lesen)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation>ConsentDesk – %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Explain a sign-in error…</source>
        <translation>Anmeldefehler er&amp;klären…</translation>
    </message>
    <message>
        <source>Account: none (a snapshot file)</source>
        <translation>Konto: keines (eine Snapshot-Datei)</translation>
    </message>
    <message>
        <source>Snapshot taken by %1</source>
        <translation>Snapshot erstellt von %1</translation>
    </message>
    <message>
        <source>No one is signed in: the views show the snapshot %1, as it was exported.</source>
        <translation>Niemand ist angemeldet: Die Ansichten zeigen den Snapshot %1 so, wie er exportiert wurde.</translation>
    </message>
    <message>
        <source>Role: none (read-only snapshot)</source>
        <translation>Rolle: keine (schreibgeschützter Snapshot)</translation>
    </message>
    <message>
        <source>Nothing can be changed: a snapshot is read offline, and no tenant is reached.</source>
        <translation>Nichts kann geändert werden: Ein Snapshot wird offline gelesen, und kein Mandant wird erreicht.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Only the apps whose riskiest permission is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Nur die Apps, deren riskanteste Berechtigung %1 ist.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest tenant-wide permission (admin consent or application permission) is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Nur die Apps, deren riskanteste mandantenweite Berechtigung (Administratoreinwilligung oder Anwendungsberechtigung) %1 ist.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest permission consented by users themselves is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Nur die Apps, deren riskanteste von Benutzern selbst eingewilligte Berechtigung %1 ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n app(s). Show them.</source>
        <extracomment>%1 is a risk level (Critical, High, …); the button opens the list of those apps</extracomment>
        <translation>
            <numerusform>%1: %n App. Anzeigen.</numerusform>
            <numerusform>%1: %n Apps. Anzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified</source>
        <extracomment>after a publisher&apos;s name: Microsoft has not verified it (a sign of consent phishing)</extracomment>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (nicht verifiziert)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending request(s). Show them.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;); the button opens the list of those requests</extracomment>
        <translation>
            <numerusform>%1: %n ausstehende Anforderung. Anzeigen.</numerusform>
            <numerusform>%1: %n ausstehende Anforderungen. Anzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the pending requests that have waited this long: %1.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;, &quot;Less than a day&quot;)</extracomment>
        <translation>Nur die ausstehenden Anforderungen, die so lange gewartet haben: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewHistoryChart</name>
    <message>
        <source>Users&apos; own consents by when ConsentDesk first saw them</source>
        <translation>Eigene Einwilligungen der Benutzer, nach dem Tag, an dem ConsentDesk sie zuerst gesehen hat</translation>
    </message>
    <message>
        <source>Sign in to see when users consented to apps themselves.</source>
        <translation>Melden Sie sich an, um zu sehen, wann Benutzer selbst in Apps eingewilligt haben.</translation>
    </message>
    <message>
        <source>Reading the history of users&apos; consents…</source>
        <translation>Der Verlauf der Benutzereinwilligungen wird gelesen…</translation>
    </message>
    <message>
        <source>The history of users&apos; consents on this computer could not be read: %1</source>
        <extracomment>%1 says why the file could not be read</extracomment>
        <translation>Der Verlauf der Benutzereinwilligungen auf diesem Computer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Graph gives a consent no date: these are the days ConsentDesk first saw each one on this computer, since %1. The first bar is what was already there then.</source>
        <extracomment>%1 is a date. Graph gives a consent no date: the history starts when ConsentDesk first looked.</extracomment>
        <translation>Graph gibt einer Einwilligung kein Datum: Dies sind die Tage, an denen ConsentDesk jede auf diesem Computer zuerst gesehen hat, seit %1. Der erste Balken zeigt, was damals schon bestand.</translation>
    </message>
    <message>
        <source>No user has consented to an app on their own since.</source>
        <translation>Seitdem hat kein Benutzer selbst in eine App eingewilligt.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) given by users on their own since.</source>
        <translation>
            <numerusform>Seitdem hat es %n eigene Einwilligung von Benutzern gegeben.</numerusform>
            <numerusform>Seitdem hat es %n eigene Einwilligungen von Benutzern gegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1</source>
        <extracomment>a bar of a chart: the consents ConsentDesk first saw before the other bars&apos; months; %1 is a date</extracomment>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of the chart in words, for screen readers: %1 is its label, %2 a number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First look</source>
        <extracomment>a bar of a chart: the consents already there when ConsentDesk first looked at the tenant (the note under the chart gives its date)</extracomment>
        <translation>Erster Blick</translation>
    </message>
    <message>
        <source>Already there when ConsentDesk first looked, %1: %2</source>
        <translation>Schon vorhanden, als ConsentDesk zuerst nachsah, %1: %2</translation>
    </message>
    <message>
        <source>No history yet. Graph gives a consent no date, so ConsentDesk keeps the day it first sees each one on this computer. It starts with the first permissions ConsentDesk reads from this tenant (or a snapshot of it that you open) and grows as you keep using ConsentDesk with this tenant.</source>
        <translation>Noch kein Verlauf. Graph speichert zu einer Einwilligung kein Datum, daher merkt sich ConsentDesk auf diesem Computer den Tag, an dem es jede zum ersten Mal sieht. Der Verlauf beginnt mit den ersten Berechtigungen, die ConsentDesk aus diesem Mandanten liest (oder aus einem Snapshot davon, den Sie öffnen), und wächst, während Sie ConsentDesk mit diesem Mandanten weiter verwenden.</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Enter shows the apps that hold its consents in Apps and permissions.</source>
        <translation>Mit Links und Rechts wählen Sie einen Balken, Eingabe zeigt die Apps mit seinen Einwilligungen in „Apps und Berechtigungen“.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent that was already there when ConsentDesk first looked at the tenant, on %1.</source>
        <extracomment>the line above the apps list after a click on the history chart&apos;s first bar; %1 is a date</extracomment>
        <translation>Nur die Apps mit einer eigenen Einwilligung eines Benutzers, die schon bestand, als ConsentDesk den Mandanten zuerst ansah, am %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw before %1.</source>
        <extracomment>%1 is the first day of the history chart&apos;s oldest month shown</extracomment>
        <translation>Nur die Apps mit einer eigenen Einwilligung eines Benutzers, die ConsentDesk zuerst vor %1 gesehen hat.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in the week of %1.</source>
        <extracomment>%1 is the Monday of a week</extracomment>
        <translation>Nur die Apps mit einer eigenen Einwilligung eines Benutzers, die ConsentDesk zuerst in der Woche vom %1 gesehen hat.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in %1.</source>
        <extracomment>%1 is a month and its year, as &quot;November 2026&quot;</extracomment>
        <translation>Nur die Apps mit einer eigenen Einwilligung eines Benutzers, die ConsentDesk zuerst im %1 gesehen hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n consent(s): show their apps</source>
        <extracomment>a context menu item of the history chart: %1 is a bar&apos;s label (a date, &quot;First look&quot;), then its count</extracomment>
        <translation>
            <numerusform>%1 — %n Einwilligung: ihre Apps anzeigen</numerusform>
            <numerusform>%1 — %n Einwilligungen: ihre Apps anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to list the apps that hold its consents now.</source>
        <translation>Klicken Sie auf einen Balken, um die Apps aufzulisten, die seine Einwilligungen jetzt haben.</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshotPanel</name>
    <message>
        <source>New</source>
        <extracomment>a change since the last snapshot: the app is new in the tenant</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Gone</source>
        <extracomment>a change since the last snapshot: the app no longer holds anything in the tenant</extracomment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Holds more or less</source>
        <extracomment>a change since the last snapshot: the app holds more or less than it did</extracomment>
        <translation>Hat mehr oder weniger</translation>
    </message>
    <message>
        <source>Export a snapshot…</source>
        <translation>Snapshot exportieren…</translation>
    </message>
    <message>
        <source>Export a snapshot of the tenant (File menu, Export snapshot)</source>
        <translation>Einen Snapshot des Mandanten exportieren (Menü „Datei“, „Snapshot exportieren“)</translation>
    </message>
    <message>
        <source>Compare in full…</source>
        <translation>Vollständig vergleichen…</translation>
    </message>
    <message>
        <source>Compare the last snapshot with the tenant, every permission and user</source>
        <translation>Den letzten Snapshot mit dem Mandanten vergleichen, jede Berechtigung und jeden Benutzer</translation>
    </message>
    <message>
        <source>Apps changed since the last snapshot</source>
        <translation>Seit dem letzten Snapshot geänderte Apps</translation>
    </message>
    <message>
        <source>One app a row, riskiest first. Selecting a new app or one that holds more or less opens it in Apps and permissions.</source>
        <translation>Eine App pro Zeile, die riskanteste zuerst. Die Auswahl einer neuen App oder einer, die mehr oder weniger hat, öffnet sie unter „Apps und Berechtigungen“.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Since the snapshot</source>
        <translation>Seit dem Snapshot</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Sign in to see what changed in the tenant since its last snapshot.</source>
        <translation>Melden Sie sich an, um zu sehen, was sich im Mandanten seit seinem letzten Snapshot geändert hat.</translation>
    </message>
    <message>
        <source>This computer has no snapshot of this tenant yet. Export one (File → Export snapshot…, or consentdesk-cli snapshot export on a schedule) and this card shows what changed after it.</source>
        <translation>Dieser Computer hat noch keinen Snapshot dieses Mandanten. Exportieren Sie einen (Datei → Snapshot exportieren… oder geplant mit consentdesk-cli snapshot export), dann zeigt diese Karte, was sich danach geändert hat.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1 once the tenant&apos;s apps are read…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Der Vergleich mit dem Snapshot vom %1 beginnt, sobald die Apps des Mandanten gelesen sind…</translation>
    </message>
    <message>
        <source>Not all of the tenant&apos;s apps could be read, so they are not compared with the snapshot of %1. Refresh to read them again.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Nicht alle Apps des Mandanten konnten gelesen werden, daher werden sie nicht mit dem Snapshot vom %1 verglichen. Aktualisieren Sie, um sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Vergleich mit dem Snapshot vom %1…</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be read, so nothing was compared: %2</source>
        <extracomment>%1 is the date and time the snapshot was taken, %2 says why its file was refused</extracomment>
        <translation>Der Snapshot vom %1 konnte nicht gelesen werden, daher wurde nichts verglichen: %2</translation>
    </message>
    <message>
        <source>No app came, went or holds more or less since the snapshot of %1.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Seit dem Snapshot vom %1 ist keine App hinzugekommen oder entfernt worden, und keine hat mehr oder weniger.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) changed since the snapshot of %1, riskiest first.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>
            <numerusform>%n App hat sich seit dem Snapshot vom %1 geändert, die riskanteste zuerst.</numerusform>
            <numerusform>%n Apps haben sich seit dem Snapshot vom %1 geändert, die riskanteste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <extracomment>a button under a short list: shows the other rows</extracomment>
        <translation>
            <numerusform>%n weitere…</numerusform>
            <numerusform>%n weitere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other changed app(s)</source>
        <translation>
            <numerusform>Die %n weitere geänderte App anzeigen</numerusform>
            <numerusform>Die %n weiteren geänderten Apps anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes for all users: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Delegierte Berechtigungen für alle Benutzer: %1 → %2</translation>
    </message>
    <message>
        <source>Users with their own consent: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Benutzer mit eigener Einwilligung: %1 → %2</translation>
    </message>
    <message>
        <source>Application permissions: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Anwendungsberechtigungen: %1 → %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Apps by their riskiest permission</source>
        <translation>Apps nach ihrer riskantesten Berechtigung</translation>
    </message>
    <message>
        <source>Every app that holds a permission, counted once at the level of its riskiest one.</source>
        <translation>Jede App mit einer Berechtigung, einmal gezählt auf der Stufe ihrer riskantesten.</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>Ausstehende Einwilligungsanforderungen</translation>
    </message>
    <message>
        <source>Requests users filed that no reviewer has answered, by how long they have waited (since the oldest open request).</source>
        <translation>Von Benutzern gestellte Anforderungen, die noch kein Prüfer beantwortet hat, nach Wartezeit (seit der ältesten offenen Anforderung).</translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation>Ausstehende Anforderungen nach Alter</translation>
    </message>
    <message>
        <source>High and critical permissions for the whole tenant</source>
        <translation>Hohe und kritische Berechtigungen für den ganzen Mandanten</translation>
    </message>
    <message>
        <source>Admin consent and application permissions act for every user and every mailbox or file the API reaches, not for one person.</source>
        <translation>Administratoreinwilligung und Anwendungsberechtigungen wirken für jeden Benutzer und jedes Postfach oder jede Datei, die die API erreicht, nicht für eine einzelne Person.</translation>
    </message>
    <message>
        <source>Apps with high or critical tenant-wide permissions</source>
        <translation>Apps mit hohen oder kritischen mandantenweiten Berechtigungen</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Apps and permissions.</source>
        <translation>Eine App pro Zeile. Die Auswahl einer Zeile öffnet sie unter „Apps und Berechtigungen“.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Riskiest permission</source>
        <translation>Riskanteste Berechtigung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Apps that reach every mailbox</source>
        <translation>Apps, die jedes Postfach erreichen</translation>
    </message>
    <message>
        <source>Mailbox application permissions (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) that no Exchange access policy scopes.</source>
        <translation>Postfach-Anwendungsberechtigungen (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app), die keine Exchange-Zugriffsrichtlinie beschränkt.</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Mailbox access.</source>
        <translation>Eine App pro Zeile. Die Auswahl einer Zeile öffnet sie unter „Postfachzugriff“.</translation>
    </message>
    <message>
        <source>Mailbox permissions</source>
        <translation>Postfachberechtigungen</translation>
    </message>
    <message>
        <source>What users consented to themselves</source>
        <translation>Worin Benutzer selbst eingewilligt haben</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users granted on their own, and the high and critical ones first: a consent phishing campaign shows here.</source>
        <translation>Apps nach der riskantesten Berechtigung, die Benutzer selbst erteilt haben, die hohen und kritischen zuerst: Hier zeigt sich eine Einwilligungsphishing-Kampagne.</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users consented to</source>
        <translation>Apps nach der riskantesten Berechtigung, in die Benutzer eingewilligt haben</translation>
    </message>
    <message>
        <source>Apps with high or critical permissions users consented to</source>
        <translation>Apps mit hohen oder kritischen Berechtigungen, in die Benutzer eingewilligt haben</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The tenant&apos;s consent at a glance: risky apps, pending requests, mailbox access, users&apos; own consents</source>
        <translation>Die Einwilligungen des Mandanten auf einen Blick: riskante Apps, ausstehende Anforderungen, Postfachzugriff, eigene Einwilligungen der Benutzer</translation>
    </message>
    <message>
        <source>Sign in to see your tenant&apos;s consent at a glance.</source>
        <translation>Melden Sie sich an, um die Einwilligungen Ihres Mandanten auf einen Blick zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Ihre Rolle kann keine Einwilligungsanforderungen lesen. %1</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Die Apps des Mandanten werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>Die Einwilligungsanforderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No request is waiting for a reviewer.</source>
        <translation>Keine Anforderung wartet auf einen Prüfer.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a reviewer.</source>
        <translation>
            <numerusform>%n Anforderung wartet auf einen Prüfer.</numerusform>
            <numerusform>%n Anforderungen warten auf einen Prüfer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the apps and Exchange&apos;s access policies…</source>
        <translation>Die Apps und die Zugriffsrichtlinien von Exchange werden gelesen…</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s access policies could not be read, so which apps reach every mailbox is unknown: %1</source>
        <translation>Die Zugriffsrichtlinien von Exchange Online konnten nicht gelesen werden, daher ist unbekannt, welche Apps jedes Postfach erreichen: %1</translation>
    </message>
    <message>
        <source>No app reaches every mailbox.</source>
        <translation>Keine App erreicht jedes Postfach.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox.</source>
        <translation>
            <numerusform>%n App erreicht jedes Postfach.</numerusform>
            <numerusform>%n Apps erreichen jedes Postfach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Der Mandant wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read every app, so the numbers may be low: %1</source>
        <translation>Nicht jede App konnte gelesen werden, daher können die Zahlen zu niedrig sein: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold permissions in this tenant. Read at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>
            <numerusform>%n App hat Berechtigungen in diesem Mandanten. Gelesen um %1.</numerusform>
            <numerusform>%n Apps haben Berechtigungen in diesem Mandanten. Gelesen um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users&apos; own consents over time</source>
        <translation>Eigene Einwilligungen der Benutzer im Zeitverlauf</translation>
    </message>
    <message>
        <source>How many consents users gave apps on their own, by the week or month ConsentDesk first saw them.</source>
        <translation>Wie viele Einwilligungen Benutzer Apps selbst erteilt haben, nach der Woche oder dem Monat, in dem ConsentDesk sie zuerst gesehen hat.</translation>
    </message>
    <message>
        <source>What changed since the last snapshot</source>
        <translation>Was sich seit dem letzten Snapshot geändert hat</translation>
    </message>
    <message>
        <source>Apps that came or went, and apps that hold more or less, since the newest snapshot of the tenant this computer exported or opened.</source>
        <translation>Apps, die hinzugekommen oder entfernt worden sind, und Apps, die mehr oder weniger haben, seit dem neuesten Snapshot des Mandanten, den dieser Computer exportiert oder geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>PermissionGrantPolicy</name>
    <message>
        <source>any type</source>
        <extracomment>A permission grant condition set that matches every permission type (delegated and application)</extracomment>
        <translation>jeder Typ</translation>
    </message>
    <message>
        <source>classified %1</source>
        <extracomment>%1 is Graph&apos;s classification value: low, medium or high</extracomment>
        <translation>klassifiziert als %1</translation>
    </message>
    <message>
        <source>any API</source>
        <extracomment>the condition set matches permissions of any resource API</extracomment>
        <translation>jede API</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <extracomment>%1 is a list of permission ids</extracomment>
        <translation>Berechtigungen %1</translation>
    </message>
    <message>
        <source>clients %1</source>
        <extracomment>%1 is a list of client application ids</extracomment>
        <translation>Clients %1</translation>
    </message>
    <message>
        <source>client tenants %1</source>
        <extracomment>%1 is a list of tenant ids the client apps come from</extracomment>
        <translation>Clientmandanten %1</translation>
    </message>
    <message>
        <source>publishers %1</source>
        <extracomment>%1 is a list of publisher ids (Microsoft Partner Network ids)</extracomment>
        <translation>Herausgeber %1</translation>
    </message>
    <message>
        <source>verified publishers only</source>
        <extracomment>the condition set matches only apps from verified publishers</extracomment>
        <translation>nur verifizierte Herausgeber</translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Client object id</source>
        <translation>Clientobjekt-ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Consent type</source>
        <translation>Einwilligungstyp</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Microsoft app</source>
        <translation>Microsoft-App</translation>
    </message>
    <message>
        <source>Owner tenant</source>
        <translation>Besitzermandant</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw a grant (Graph keeps no grant dates).</extracomment>
        <translation>Zuerst gesehen von ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PermissionReportEngine</name>
    <message>
        <source>The report was canceled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <source>Admin consent (all users)</source>
        <translation>Administratoreinwilligung (alle Benutzer)</translation>
    </message>
    <message>
        <source>Admin consent (application)</source>
        <translation>Administratoreinwilligung (Anwendung)</translation>
    </message>
    <message>
        <source>Assigned directly</source>
        <translation>Direkt zugewiesen</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation>Graph erfasst nicht, wer eine Berechtigung erteilt hat; ConsentDesk weiß das nur für selbst vorgenommene Erteilungen (siehe „Aktivität“).</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>Anspruchswert</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>Erteilt über</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw the grant (Graph keeps no grant dates).</extracomment>
        <translation>Zuerst gesehen von ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PickReviewerDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>Prüfer hinzufügen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Verzeichnisrolle</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Start of a name or user principal name</source>
        <translation>Anfang eines Namens oder Benutzerprinzipalnamens</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 – deaktiviert</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Block the app</source>
        <translation>App blockieren</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation>
            <numerusform>%n Änderung zurücknehmen</numerusform>
            <numerusform>%n Änderungen zurücknehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation>
            <numerusform>Entfernen (%n Änderung)</numerusform>
            <numerusform>Entfernen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation>
            <numerusform>Wiederherstellen (%n Änderung)</numerusform>
            <numerusform>Wiederherstellen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>%n Änderung anwenden</numerusform>
            <numerusform>%n Änderungen anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <source>Roll back changes to %1</source>
        <translation>Änderungen an %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Remove permissions from %1</source>
        <translation>Berechtigungen von %1 entfernen</translation>
    </message>
    <message>
        <source>Restore permissions of %1</source>
        <translation>Berechtigungen von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation>Berechtigungen an %1 erteilen</translation>
    </message>
    <message>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation>Nichts zu ändern: Alles Ausgewählte ist bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation>
            <numerusform>%n Änderung wird im Mandanten vorgenommen. Sie wird vor dem Senden im Aktivitätsjournal aufgezeichnet.</numerusform>
            <numerusform>Diese %n Änderungen werden in dieser Reihenfolge im Mandanten vorgenommen. Jede wird vor dem Senden im Aktivitätsjournal aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing permissions of the app are kept.</source>
        <translation>Vorhandene Berechtigungen der App bleiben erhalten.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation>Microsoft Graph-Anwendungsberechtigung: erfordert „Administrator für privilegierte Rollen“ oder „Globaler Administrator“.</translation>
    </message>
    <message>
        <source>No change: %1 (%2) is already granted</source>
        <translation>Keine Änderung: %1 (%2) ist bereits erteilt</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation>Übersprungen: %1 (%2) kann hier nicht erteilt werden</translation>
    </message>
    <message>
        <source>Microsoft Graph PowerShell</source>
        <translation>Microsoft Graph PowerShell</translation>
    </message>
    <message>
        <source>PowerShell for %1</source>
        <translation>PowerShell für %1</translation>
    </message>
    <message>
        <source>Exchange Online changes</source>
        <translation>Änderungen in Exchange Online</translation>
    </message>
    <message>
        <source>Nothing to change in Exchange Online.</source>
        <translation>In Exchange Online gibt es nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation>
            <numerusform>%n Änderung wird in Exchange Online vorgenommen. Sie wird vor dem Senden im Aktivitätsjournal aufgezeichnet.</numerusform>
            <numerusform>Diese %n Änderungen werden in dieser Reihenfolge in Exchange Online vorgenommen. Jede wird vor dem Senden im Aktivitätsjournal aufgezeichnet; der erste Fehler hält die übrigen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Vorzunehmende Änderungen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>Cmdlet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell-Skript</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Copy PowerShell</source>
        <translation>PowerShell kopieren</translation>
    </message>
    <message>
        <source>One row per change, in the order it will be made, with the request that makes it.</source>
        <translation>Eine Zeile pro Änderung, in der Reihenfolge, in der sie vorgenommen wird, mit der Anforderung, die sie vornimmt.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation>Änderung %1 von %2: %3…</translation>
    </message>
    <message>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation>Warten darauf, dass Sie ConsentDesk Änderungen erlauben…</translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation>Änderungen nicht möglich</translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation>Das Aktivitätsjournal konnte nicht geöffnet werden, und ConsentDesk ändert einen Mandanten nie, ohne die Änderung vorher aufzuzeichnen. Das Protokoll finden Sie unter „Diagnose“.</translation>
    </message>
    <message>
        <source>Applying changes…</source>
        <translation>Änderungen werden angewendet…</translation>
    </message>
    <message>
        <source>Applying changes in Exchange Online…</source>
        <translation>Änderungen werden in Exchange Online angewendet…</translation>
    </message>
</context>
<context>
    <name>PlannedOperation</name>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Keine Verbindung zu Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>Nicht gesendet: Es besteht keine Verbindung zu Microsoft Graph.</translation>
    </message>
    <message>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Berechtigung verweigert: Zum Erteilen von Microsoft Graph-Anwendungsberechtigungen ist die Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“ erforderlich (%1).</translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation>Berechtigung verweigert: Ihre Rolle erlaubt diese Änderung nicht (%1).</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Anmeldung erforderlich: %1</translation>
    </message>
    <message>
        <source>Delete the service principal created for %1</source>
        <translation>Für %1 erstellten Dienstprinzipal löschen</translation>
    </message>
    <message>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation>Soeben erstellte mandantenweite Erteilung von %1 für %2 löschen</translation>
    </message>
    <message>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation>Mandantenweite Erteilung von %1 für %2 zurücksetzen auf: %3</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Anwendungsberechtigung %1 (%2) von %3 entfernen</translation>
    </message>
    <message>
        <source>Restore %1 of %2</source>
        <translation>%1 von %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Not rolled back here: %1</source>
        <translation>Hier nicht zurückgenommen: %1</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A posture check&apos;s result: the tenant meets it</extracomment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A posture check&apos;s result: worth a look, or could not be read</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A posture check&apos;s result: the tenant does not meet it</extracomment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message>
        <source>Consent posture</source>
        <translation>Einwilligungs-Sicherheitslage</translation>
    </message>
    <message>
        <source>The consent checks of CISA&apos;s Secure Cloud Business Applications (SCuBA) baseline for Microsoft Entra ID (MS.AAD.5.x), and ConsentDesk&apos;s own (CD.x).</source>
        <translation>Die Einwilligungsprüfungen der CISA-Baseline „Secure Cloud Business Applications“ (SCuBA) für Microsoft Entra ID (MS.AAD.5.x) und die eigenen von ConsentDesk (CD.x).</translation>
    </message>
    <message>
        <source>Consent posture checks</source>
        <translation>Prüfungen der Einwilligungs-Sicherheitslage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Go to the fix</source>
        <translation>&amp;Zur Behebung</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s consent settings, requests, users&apos; consents and mailbox access…</source>
        <translation>Die Einwilligungseinstellungen, Anforderungen, Einwilligungen der Benutzer und der Postfachzugriff des Mandanten werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail.</source>
        <translation>
            <numerusform>%n Prüfung schlägt fehl.</numerusform>
            <numerusform>%n Prüfungen schlagen fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need a look.</source>
        <translation>
            <numerusform>%n Prüfung sollte angesehen werden.</numerusform>
            <numerusform>%n Prüfungen sollten angesehen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Jede Prüfung ist bestanden.</translation>
    </message>
    <message>
        <source>Select a check that ConsentDesk can fix; the others say where to change them.</source>
        <translation>Wählen Sie eine Prüfung, die ConsentDesk beheben kann; die anderen nennen, wo sie geändert werden.</translation>
    </message>
    <message>
        <source>One row per consent check: whether the tenant passes it, the evidence, and the fix.</source>
        <translation>Eine Zeile pro Einwilligungsprüfung: ob der Mandant sie besteht, der Nachweis und die Behebung.</translation>
    </message>
</context>
<context>
    <name>PostureEvaluator</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weiterer</numerusform>
            <numerusform>%1; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may register applications</source>
        <translation>Nur Administratoren dürfen Anwendungen registrieren</translation>
    </message>
    <message>
        <source>The authorization policy could not be read: %1</source>
        <translation>Die Autorisierungsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The authorization policy does not say whether users may register applications.</source>
        <translation>Die Autorisierungsrichtlinie gibt nicht an, ob Benutzer Anwendungen registrieren dürfen.</translation>
    </message>
    <message>
        <source>Users can register applications: No.</source>
        <translation>Benutzer können Anwendungen registrieren: Nein.</translation>
    </message>
    <message>
        <source>Users can register applications: Yes. Any user can create an app registration and give it credentials.</source>
        <translation>Benutzer können Anwendungen registrieren: Ja. Jeder Benutzer kann eine App-Registrierung erstellen und ihr Anmeldeinformationen geben.</translation>
    </message>
    <message>
        <source>In the Entra admin center, go to Users → User settings and set &quot;Users can register applications&quot; to No.</source>
        <translation>Wechseln Sie im Entra Admin Center zu „Benutzer“ → „Benutzereinstellungen“, und setzen Sie „Benutzer können Anwendungen registrieren“ auf „Nein“.</translation>
    </message>
    <message>
        <source>Only administrators may consent to applications</source>
        <translation>Nur Administratoren dürfen in Anwendungen einwilligen</translation>
    </message>
    <message>
        <source>The user consent setting could not be read: %1</source>
        <translation>Die Einstellung für die Benutzereinwilligung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>User consent for applications: %1.</source>
        <translation>Benutzereinwilligung für Anwendungen: %1.</translation>
    </message>
    <message>
        <source>User consent for applications: %1 (%2). Users can consent to what that policy allows.</source>
        <translation>Benutzereinwilligung für Anwendungen: %1 (%2). Benutzer können in das einwilligen, was diese Richtlinie erlaubt.</translation>
    </message>
    <message>
        <source>User consent for applications: %1. Users can consent to apps themselves.</source>
        <translation>Benutzereinwilligung für Anwendungen: %1. Benutzer können selbst in Apps einwilligen.</translation>
    </message>
    <message>
        <source>Set user consent to &quot;Do not allow user consent&quot; in Consent settings, and turn on the admin consent workflow so users can still ask. Existing consents stay; review them in Apps and permissions.</source>
        <translation>Setzen Sie die Benutzereinwilligung in den Einwilligungseinstellungen auf „Benutzereinwilligung nicht zulassen“, und schalten Sie den Workflow für die Administratoreinwilligung ein, damit Benutzer weiterhin anfragen können. Bestehende Einwilligungen bleiben; prüfen Sie sie unter „Apps und Berechtigungen“.</translation>
    </message>
    <message>
        <source>An admin consent workflow is configured for applications</source>
        <translation>Ein Workflow für die Administratoreinwilligung ist für Anwendungen eingerichtet</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>Der Workflow für die Administratoreinwilligung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users who may not consent cannot ask for approval.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist ausgeschaltet: Benutzer, die nicht einwilligen dürfen, können keine Genehmigung anfordern.</translation>
    </message>
    <message>
        <source>Turn on the admin consent workflow in Consent settings with reviewers who may grant admin consent.</source>
        <translation>Schalten Sie den Workflow für die Administratoreinwilligung in den Einwilligungseinstellungen mit Prüfern ein, die Administratoreinwilligung erteilen dürfen.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but has no reviewers.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist eingeschaltet, hat aber keine Prüfer.</translation>
    </message>
    <message>
        <source>Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator in Consent settings.</source>
        <translation>Fügen Sie in den Einwilligungseinstellungen einen Prüfer hinzu, der Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator ist.</translation>
    </message>
    <message numerus="yes">
        <source>The admin consent workflow is on with %n reviewer(s); %1 of them can approve.</source>
        <translation>
            <numerusform>Der Workflow für die Administratoreinwilligung ist mit %n Prüfer eingeschaltet; %1 davon kann genehmigen.</numerusform>
            <numerusform>Der Workflow für die Administratoreinwilligung ist mit %n Prüfern eingeschaltet; %1 davon können genehmigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewers get no email about new requests.</source>
        <translation>Prüfer erhalten keine E-Mail über neue Anforderungen.</translation>
    </message>
    <message>
        <source>Group owners may not consent to applications</source>
        <translation>Gruppenbesitzer dürfen nicht in Anwendungen einwilligen</translation>
    </message>
    <message>
        <source>No policy lets group owners consent, but team or chat owners may consent to apps for their teams or chats under Microsoft&apos;s policies: %1.</source>
        <translation>Keine Richtlinie lässt Gruppenbesitzer einwilligen, aber Team- oder Chatbesitzer dürfen nach den Richtlinien von Microsoft für ihre Teams oder Chats in Apps einwilligen: %1.</translation>
    </message>
    <message>
        <source>If team owners should not consent either, turn off resource-specific consent in the Teams admin center.</source>
        <translation>Wenn auch Teambesitzer nicht einwilligen sollen, schalten Sie die ressourcenspezifische Einwilligung im Teams Admin Center aus.</translation>
    </message>
    <message>
        <source>Group owners may consent to apps for the groups they own under these app consent policies: %1.</source>
        <translation>Gruppenbesitzer dürfen nach diesen App-Einwilligungsrichtlinien für ihre Gruppen in Apps einwilligen: %1.</translation>
    </message>
    <message>
        <source>Apps with access to every mailbox are scoped by Exchange</source>
        <translation>Apps mit Zugriff auf jedes Postfach sind durch Exchange beschränkt</translation>
    </message>
    <message>
        <source>The apps holding mailbox permissions could not be read: %1</source>
        <translation>Die Apps mit Postfachberechtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</source>
        <translation>Keine App hat eine Postfach-Anwendungsberechtigung (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</source>
        <translation>
            <numerusform>%n App hat Postfachberechtigungen für den ganzen Mandanten: %1. Die Anwendungszugriffsrichtlinien von Exchange konnten nicht gelesen werden (%2), daher ist unbekannt, ob sie beschränkt ist.</numerusform>
            <numerusform>%n Apps haben Postfachberechtigungen für den ganzen Mandanten: %1. Die Anwendungszugriffsrichtlinien von Exchange konnten nicht gelesen werden (%2), daher ist unbekannt, ob eine davon beschränkt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with an Exchange role that may read application access policies (View-Only Organization Management) and check again, or look in Mailbox access.</source>
        <translation>Melden Sie sich mit einer Exchange-Rolle an, die Anwendungszugriffsrichtlinien lesen darf (View-Only Organization Management), und prüfen Sie erneut, oder sehen Sie unter „Postfachzugriff“ nach.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n app(s) holding mailbox permissions is limited by an application access policy.</source>
        <translation>
            <numerusform>Die %n App mit Postfachberechtigungen ist durch eine Anwendungszugriffsrichtlinie beschränkt.</numerusform>
            <numerusform>Jede der %n Apps mit Postfachberechtigungen ist durch eine Anwendungszugriffsrichtlinie beschränkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach every mailbox (no application access policy limits them): %1.</source>
        <translation>
            <numerusform>%n App kann jedes Postfach erreichen (keine Anwendungszugriffsrichtlinie beschränkt sie): %1.</numerusform>
            <numerusform>%n Apps können jedes Postfach erreichen (keine Anwendungszugriffsrichtlinie beschränkt sie): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope each app to the mailboxes it needs (Mailbox access → Scope app…), or revoke the permission if it needs none.</source>
        <translation>Beschränken Sie jede App auf die Postfächer, die sie braucht („Postfachzugriff“ → „App beschränken…“), oder widerrufen Sie die Berechtigung, wenn sie keine braucht.</translation>
    </message>
    <message>
        <source>Admin consent requests get an answer</source>
        <translation>Administratoreinwilligungsanforderungen werden beantwortet</translation>
    </message>
    <message>
        <source>The admin consent requests could not be read: %1</source>
        <translation>Die Administratoreinwilligungsanforderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No admin consent request is waiting.</source>
        <translation>Keine Administratoreinwilligungsanforderung wartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting, none for more than %1 days.</source>
        <translation>
            <numerusform>%n Anforderung wartet, keine länger als %1 Tage.</numerusform>
            <numerusform>%n Anforderungen warten, keine länger als %1 Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (waiting %n day(s))</source>
        <translation>
            <numerusform>%1 (wartet seit %n Tag)</numerusform>
            <numerusform>%1 (wartet seit %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for more than %1 days: %2.</source>
        <translation>
            <numerusform>%n Anforderung wartet länger als %1 Tage: %2.</numerusform>
            <numerusform>%n Anforderungen warten länger als %1 Tage: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No high-risk user consents to apps from unverified publishers</source>
        <translation>Keine Benutzereinwilligungen mit hohem Risiko für Apps nicht verifizierter Herausgeber</translation>
    </message>
    <message>
        <source>Users&apos; consents could not be read: %1</source>
        <translation>Die Einwilligungen der Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No user consented to a high-risk permission for an app whose publisher is neither verified nor Microsoft.</source>
        <translation>Kein Benutzer hat in eine Berechtigung mit hohem Risiko für eine App eingewilligt, deren Herausgeber weder verifiziert noch Microsoft ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2; %n user(s))</source>
        <translation>
            <numerusform>%1 (%2; %n Benutzer)</numerusform>
            <numerusform>%1 (%2; %n Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.</source>
        <translation>
            <numerusform>%n App nicht verifizierter Herausgeber hat Berechtigungen mit hohem Risiko, in die Benutzer eingewilligt haben: %1.</numerusform>
            <numerusform>%n Apps nicht verifizierter Herausgeber haben Berechtigungen mit hohem Risiko, in die Benutzer eingewilligt haben: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review each app in Apps and permissions and revoke what users should not have granted; restricting user consent (MS.AAD.5.2) keeps it from happening again.</source>
        <translation>Prüfen Sie jede App unter „Apps und Berechtigungen“ und widerrufen Sie, was Benutzer nicht hätten erteilen sollen; eine eingeschränkte Benutzereinwilligung (MS.AAD.5.2) verhindert, dass es erneut geschieht.</translation>
    </message>
    <message>
        <source>Approve each one in Consent requests with &quot;Open admin consent page&quot;: Microsoft&apos;s page records the approval and closes the request. Granting with Grant… gives the app its permissions, but Microsoft Graph offers no way to mark a request answered, so it keeps waiting until it expires; a denial is made only in the Entra admin center. If nobody receives the requests, check the workflow&apos;s reviewers.</source>
        <translation>Genehmigen Sie jede unter „Einwilligungsanforderungen“ mit „Seite für Administratoreinwilligung öffnen“: Die Seite von Microsoft erfasst die Genehmigung und schließt die Anforderung. „Erteilen…“ gibt der App ihre Berechtigungen, aber Microsoft Graph bietet keine Möglichkeit, eine Anforderung als beantwortet zu markieren; sie wartet daher weiter, bis sie abläuft. Ablehnen lässt sich nur im Microsoft Entra Admin Center. Wenn niemand die Anforderungen erhält, prüfen Sie die Prüfer des Workflows.</translation>
    </message>
    <message>
        <source>Set group owner consent to &quot;Do not allow group owner consent&quot; in Consent settings: it turns off the group owners&apos; app consent policies and the older directory setting alike. User consent and the policies for teams and chats stay as they are; consents group owners gave stay too.</source>
        <translation>Stellen Sie in den Einwilligungseinstellungen die Einwilligung durch Gruppenbesitzer auf „Einwilligung durch Gruppenbesitzer nicht zulassen“: Das schaltet die App-Einwilligungsrichtlinien der Gruppenbesitzer und die ältere Verzeichniseinstellung gleichermaßen aus. Die Benutzereinwilligung und die Richtlinien für Teams und Chats bleiben unverändert, ebenso die Einwilligungen, die Gruppenbesitzer bereits erteilt haben.</translation>
    </message>
    <message>
        <source>No app consent policy lets group owners consent, but the older directory setting Consent Policy Settings, which can allow it too, could not be read: %1</source>
        <translation>Keine App-Einwilligungsrichtlinie lässt Gruppenbesitzer einwilligen, aber die ältere Verzeichniseinstellung „Consent Policy Settings“, die es ebenfalls erlauben kann, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign in with a role that may read directory settings (Directory.Read.All) and check again.</source>
        <translation>Melden Sie sich mit einer Rolle an, die Verzeichniseinstellungen lesen darf (Directory.Read.All), und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>No app consent policy lets owners consent for the groups, teams or chats they own, and the older directory setting Consent Policy Settings does not allow it either.</source>
        <translation>Keine App-Einwilligungsrichtlinie lässt Besitzer für ihre Gruppen, Teams oder Chats einwilligen, und auch die ältere Verzeichniseinstellung „Consent Policy Settings“ erlaubt es nicht.</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>Exchange Online was not asked</source>
        <translation>Exchange Online wurde nicht gefragt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reset the &amp;window layout (size, dividers and columns) at the next start</source>
        <translation>&amp;Fensterlayout (Größe, Trennlinien und Spalten) beim nächsten Start zurücksetzen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time ConsentDesk starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von ConsentDesk wirksam.</translation>
    </message>
    <message>
        <source>Never (refresh by hand)</source>
        <translation>Nie (manuell aktualisieren)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im %n-Minuten-Takt</numerusform>
            <numerusform>Im %n-Minuten-Takt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh consent requests:</source>
        <translation>Einwilligungsanforderungen &amp;aktualisieren:</translation>
    </message>
    <message>
        <source>Desktop &amp;notification when new consent requests arrive</source>
        <translation>Desktop&amp;benachrichtigung bei neuen Einwilligungsanforderungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <source>Risk overrides file</source>
        <translation>Datei mit Risikoüberschreibungen</translation>
    </message>
    <message>
        <source>Choose the risk overrides file</source>
        <translation>Datei mit Risikoüberschreibungen auswählen</translation>
    </message>
    <message>
        <source>Risk &amp;overrides:</source>
        <translation>&amp;Risikoüberschreibungen:</translation>
    </message>
    <message>
        <source>No overrides: the built-in catalog ranks every permission. A JSON file of the same shape as the built-in catalog at this place takes precedence over it.</source>
        <translation>Keine Überschreibungen: Der integrierte Katalog bewertet jede Berechtigung. Eine JSON-Datei im Format des integrierten Katalogs an diesem Speicherort hat Vorrang vor ihm.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Diese Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation>
            <numerusform>%n Regel aus dieser Datei hat ab dem nächsten Start Vorrang vor dem integrierten Katalog (auch in der Befehlszeile).</numerusform>
            <numerusform>%n Regeln aus dieser Datei haben ab dem nächsten Start Vorrang vor dem integrierten Katalog (auch in der Befehlszeile).</numerusform>
        </translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profile</source>
        <translation>Mandantenprofil</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>z. B. Contoso Produktion</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com, eine Mandanten-ID oder organizations</translation>
    </message>
    <message>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation>Anwendungs-ID (Client) Ihrer ConsentDesk-Registrierung</translation>
    </message>
    <message>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation>Global (und Microsoft 365 GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Custom URLs (sandbox)</source>
        <translation>Benutzerdefinierte URLs (Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Sign-in root:</source>
        <translation>Anmelde-Stamm-URL:</translation>
    </message>
    <message>
        <source>Graph root:</source>
        <translation>Graph-Stamm-URL:</translation>
    </message>
    <message>
        <source>Exchange root:</source>
        <translation>Exchange-Stamm-URL:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation>Verwenden Sie die Domäne oder ID Ihres Mandanten (oder „organizations“): Einwilligungen werden pro Organisationsmandant verwaltet.</translation>
    </message>
    <message>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation>Der Mandant muss eine verifizierte Domäne (contoso.onmicrosoft.com), eine Mandanten-ID oder „organizations“ sein.</translation>
    </message>
    <message>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation>Die Client-ID ist eine GUID: Kopieren Sie die Anwendungs-ID (Client) von der Seite „Übersicht“ Ihrer App-Registrierung.</translation>
    </message>
    <message>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>Benutzerdefinierte Stamm-URLs müssen https://-URLs ohne Abfrage sein oder http:// auf diesem Computer (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>ConsentDesk signs in through your organization&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://127.0.0.1).</source>
        <translation>ConsentDesk meldet sich über die eigene App-Registrierung Ihrer Organisation an. Wie Sie sie registrieren, steht in der README (ein öffentlicher Client mit dem Umleitungs-URI http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US Government (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US Government (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
    <message>
        <source>Global cloud</source>
        <translation>Globale Cloud</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Mandantenprofile</translation>
    </message>
    <message>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation>Ein Profil besteht aus einem Mandanten und der ConsentDesk-App-Registrierung, mit der Sie sich dort anmelden. In einem Profil wird nichts Geheimes gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Nothing in the tenant changes.</source>
        <translation>Im Mandanten ändert sich nichts.</translation>
    </message>
    <message>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation>Die dafür gespeicherte Anmeldung von %1 wird ebenfalls vergessen. Im Mandanten ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation>Rollenzuweisungen dieser App (Get-ManagementRoleAssignment -App)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Beschränkt auf</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Bereichsfilter</translation>
    </message>
    <message>
        <source>Remove assignment…</source>
        <translation>Zuweisung entfernen…</translation>
    </message>
    <message>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation>Erreicht die App ein Postfach? (Test-ServicePrincipalAuthorization)</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Postfachadresse</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>Bereichstyp</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Bereich</translation>
    </message>
    <message>
        <source>The RBAC equivalent of an access policy</source>
        <translation>Die RBAC-Entsprechung einer Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation>Zugriffsrichtlinien sind veraltet. Dieselbe Einschränkung mit RBAC für Anwendungen: die App bei Exchange registrieren, ein Verwaltungsbereich für die Gruppe der Richtlinie, eine darauf beschränkte Rollenzuweisung.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Assign the scoped role…</source>
        <translation>Bereichsbezogene Rolle zuweisen…</translation>
    </message>
    <message>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation>RestrictAccess für „%1“</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation>Keine: Diese App hat keine Rolle in RBAC für Anwendungen.</translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation>Die gesamte Organisation</translation>
    </message>
    <message>
        <source>Type a mailbox address.</source>
        <translation>Geben Sie eine Postfachadresse ein.</translation>
    </message>
    <message>
        <source>%1 (mailbox access)</source>
        <translation>%1 (Postfachzugriff)</translation>
    </message>
    <message>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation>Behalten Sie die Zugriffsrichtlinie für „%1“, bis Test-ServicePrincipalAuthorization zeigt, dass die Rolle die richtigen Postfächer erreicht; widerrufen Sie dann die mandantenweiten Entra-Berechtigungen, und entfernen Sie die Richtlinie.</translation>
    </message>
    <message>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation># Der Distinguished Name der Gruppe ist unbekannt (Exchange konnte nicht gelesen werden), und MemberOfGroup benötigt ihn.</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange wird abgefragt…</translation>
    </message>
    <message>
        <source>Exchange could not test: %1</source>
        <translation>Exchange konnte nicht testen: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation>%1 hat keine Rolle in RBAC für Anwendungen: Über RBAC erreicht die App kein Postfach.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation>Über RBAC erreicht %1 %2.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation>Über RBAC erreicht %1 %2 nicht.</translation>
    </message>
    <message>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation>Zusätzlich gelten weiterhin die Entra ID-Anwendungsberechtigungen der App (RBAC ist additiv), nur eingeschränkt durch Zugriffsrichtlinien.</translation>
    </message>
    <message>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation>MemberOfGroup berücksichtigt nur direkte Mitglieder. Mitglieder, die die Richtlinie über geschachtelte Gruppen erreicht, sind nicht im RBAC-Bereich: Fügen Sie sie zuerst direkt zu „%1“ hinzu.</translation>
    </message>
    <message>
        <source># Reading Exchange…</source>
        <translation># Exchange wird gelesen…</translation>
    </message>
    <message>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</source>
        <translation># %1 hat keine RestrictAccess-Richtlinie, die übertragen werden könnte. Eine Rolle für die gesamte Organisation wäre:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</translation>
    </message>
    <message>
        <source>Role assignments of this app</source>
        <translation>Rollenzuweisungen dieser App</translation>
    </message>
    <message>
        <source>Mailbox to test</source>
        <translation>Zu testendes Postfach</translation>
    </message>
    <message>
        <source>Roles that reach the mailbox</source>
        <translation>Rollen, die das Postfach erreichen</translation>
    </message>
    <message>
        <source>RBAC equivalent in PowerShell</source>
        <translation>RBAC-Entsprechung in PowerShell</translation>
    </message>
    <message>
        <source>One row per Exchange role assigned to the selected app, and what the assignment is limited to.</source>
        <translation>Eine Zeile pro Exchange-Rolle, die der ausgewählten App zugewiesen ist, und worauf die Zuweisung beschränkt ist.</translation>
    </message>
    <message>
        <source>One row per role that gives the app access to the tested mailbox, and whether the mailbox is in its scope.</source>
        <translation>Eine Zeile pro Rolle, die der App Zugriff auf das getestete Postfach gibt, und ob das Postfach in ihrem Bereich liegt.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export the full permission report</source>
        <translation>Vollständigen Berechtigungsbericht exportieren</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions…</source>
        <translation>Die Berechtigungen aller Apps werden gelesen…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions into %1…</source>
        <translation>Die Berechtigungen aller Apps werden in %1 gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n Zeile geschrieben</numerusform>
            <numerusform>%n Zeilen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>delegated grants, application permissions, apps</comment>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegierte Erteilung</numerusform>
            <numerusform>%n delegierte Erteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n Anwendungsberechtigung</numerusform>
            <numerusform>%n Anwendungsberechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>pages, requests</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rows written: what they came from</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not read everything: %1. Nothing was saved; try again.</source>
        <translation>Nicht alles konnte gelesen werden: %1. Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read in %1 s with %n request(s).</source>
        <translation>
            <numerusform>In %1 s mit %n Anforderung gelesen.</numerusform>
            <numerusform>In %1 s mit %n Anforderungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so the report may be incomplete (a known Graph paging problem); export again later. %1</source>
        <translation>Graph hat eine andere Anzahl von Elementen aufgelistet als gezählt, daher ist der Bericht möglicherweise unvollständig (ein bekanntes Paging-Problem von Graph); exportieren Sie später erneut. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</source>
        <translation>
            <numerusform>%n Dienstprinzipal, auf den Erteilungen oder Zuweisungen verweisen, wurde im Verzeichnis nicht gefunden; seine Zeilen enthalten „(not found)“ mit der ID.</numerusform>
            <numerusform>%n Dienstprinzipale, auf die Erteilungen oder Zuweisungen verweisen, wurden im Verzeichnis nicht gefunden; ihre Zeilen enthalten „(not found)“ mit der ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent could not be found; their rows name the user&apos;s id.</source>
        <translation>
            <numerusform>%n Benutzer mit eigener Einwilligung wurde nicht gefunden; seine Zeilen nennen die ID des Benutzers.</numerusform>
            <numerusform>%n Benutzer mit eigener Einwilligung wurden nicht gefunden; ihre Zeilen nennen die ID des jeweiligen Benutzers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n App, die in der Liste von Graph fehlte, wurde einzeln gelesen.</numerusform>
            <numerusform>%n Apps, die in der Liste von Graph fehlten, wurden einzeln gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Consent request: %1</source>
        <translation>Einwilligungsanforderung: %1</translation>
    </message>
    <message>
        <source>The admin consent was given; the request is completed.</source>
        <translation>Die Administratoreinwilligung wurde erteilt; die Anforderung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation>Das Warten auf die Seite für die Administratoreinwilligung wurde beendet; aktualisieren Sie, sobald Sie eingewilligt haben.</translation>
    </message>
    <message>
        <source>All changes were made.</source>
        <translation>Alle Änderungen wurden vorgenommen.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>Einige Änderungen wurden nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Admin consent page</source>
        <translation>Seite für die Administratoreinwilligung</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation>ConsentDesk konnte Ihren Browser nicht öffnen. Öffnen Sie diese Adresse in einem Browser, in dem Sie als Administrator angemeldet sind:

%1</translation>
    </message>
    <message>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation>Warten auf die Administratoreinwilligung in Ihrem Browser… ConsentDesk prüft die Anforderung alle paar Sekunden.</translation>
    </message>
    <message>
        <source>Deny a request</source>
        <translation>Anforderung ablehnen</translation>
    </message>
    <message>
        <source>Open the Entra admin center</source>
        <translation>Entra Admin Center öffnen</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Who asked, and why</source>
        <translation>Wer angefragt hat und warum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requested permissions — tick what to grant</source>
        <translation>Angeforderte Berechtigungen – wählen Sie aus, was erteilt werden soll</translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation>Angeforderte Berechtigungen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Grant selected…</source>
        <translation>Auswahl erteilen…</translation>
    </message>
    <message>
        <source>Open admin consent page</source>
        <translation>Seite für Administratoreinwilligung öffnen</translation>
    </message>
    <message>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation>Alles, was die App anfordert, auf der Einwilligungsseite von Microsoft in Ihrem Browser erteilen; ConsentDesk überwacht die Anforderung dann, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blockieren…</translation>
    </message>
    <message>
        <source>Deny in Entra…</source>
        <translation>In Entra ablehnen…</translation>
    </message>
    <message>
        <source>PowerShell…</source>
        <translation>PowerShell…</translation>
    </message>
    <message>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation>Die Microsoft Graph PowerShell-Befehle, die die ausgewählten Berechtigungen erteilen.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Wählen Sie eine Anforderung aus, um zu sehen, wer was angefordert hat.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation>Anforderung von %1 und bereits vorhandene Berechtigungen werden gelesen…</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Unbekannter Herausgeber</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (nicht verifiziert)</translation>
    </message>
    <message>
        <source> ✔ verified publisher</source>
        <translation> ✔ verifizierter Herausgeber</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>App-ID %1</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation>In diesem Mandanten hat noch niemand in diese App eingewilligt: Beim Erteilen wird zuerst ihr Dienstprinzipal erstellt (die Identität der App in diesem Mandanten).</translation>
    </message>
    <message>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation>Diese App ist blockiert (Anmeldung deaktiviert): Benutzer können sie nicht verwenden, selbst wenn Sie Berechtigungen erteilen.</translation>
    </message>
    <message>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation>Die App fordert ihre statisch konfigurierten Berechtigungen an: Graph führt sie in der Anforderung nicht auf. Überprüfen und erteilen Sie sie auf der Seite für die Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>Some details could not be read: %1</source>
        <translation>Einige Details konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation>%1 – delegiert (handelt als angemeldeter Benutzer)</translation>
    </message>
    <message>
        <source>%1 — application (acts as itself, no user)</source>
        <translation>%1 – Anwendung (handelt als sie selbst, ohne Benutzer)</translation>
    </message>
    <message>
        <source>(the API does not describe it)</source>
        <translation>(die API beschreibt sie nicht)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Only an administrator can grant this.</source>
        <translation>Nur ein Administrator kann dies erteilen.</translation>
    </message>
    <message>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation>Benutzer können selbst darin einwilligen, sofern die Einwilligungseinstellungen des Mandanten dies zulassen.</translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation>Bereits erteilt</translation>
    </message>
    <message>
        <source>Not published by the API</source>
        <translation>Von der API nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation>Die API bietet diese Berechtigung nicht an (oder ist nicht in diesem Mandanten vorhanden), daher kann sie hier nicht erteilt werden.</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht erteilt</translation>
    </message>
    <message>
        <source>No permissions listed in this request.</source>
        <translation>In dieser Anforderung sind keine Berechtigungen aufgeführt.</translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Tick the permissions to grant first.</source>
        <translation>Wählen Sie zuerst die zu erteilenden Berechtigungen aus.</translation>
    </message>
    <message>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation>Zeigt genau, was erstellt oder geändert wird, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>This app is already blocked.</source>
        <translation>Diese App ist bereits blockiert.</translation>
    </message>
    <message>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation>Die Anmeldung der App in diesem Mandanten deaktivieren, damit niemand sie verwenden oder anfordern kann (mit Rückfrage).</translation>
    </message>
    <message>
        <source>%1 and %2 ticked.</source>
        <comment>the two counts below</comment>
        <translation>%1 und %2 ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation>
            <numerusform>%n delegierte Berechtigung</numerusform>
            <numerusform>%n delegierte Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n Anwendungsberechtigung</numerusform>
            <numerusform>%n Anwendungsberechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>You can review this request but not grant it: %1</source>
        <translation>Sie können diese Anforderung prüfen, aber nicht genehmigen: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <extracomment>Opens the troubleshooter for the request&apos;s newest requester and this app</extracomment>
        <translation>&amp;Problembehandlung…</translation>
    </message>
    <message>
        <source>Why can&apos;t the requester connect the app themselves? Opens the troubleshooter for the newest requester (double-click a requester for another).</source>
        <translation>Warum kann der Anforderer die App nicht selbst verbinden? Öffnet die Problembehandlung für den neuesten Anforderer (Doppelklick auf einen Anforderer für einen anderen).</translation>
    </message>
    <message>
        <source>One row per user who asked: the reason they gave, when, and the request&apos;s status.</source>
        <translation>Eine Zeile pro anfragendem Benutzer: die angegebene Begründung, wann, und der Status der Anforderung.</translation>
    </message>
    <message>
        <source>The permissions the app asks for, by API, with what each allows and its risk; tick the ones to grant.</source>
        <translation>Die Berechtigungen, die die App anfordert, nach API, mit dem, was jede erlaubt, und ihrem Risiko; haken Sie die zu erteilenden an.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not in tenant yet</source>
        <translation>Noch nicht im Mandanten</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Unbekannter Herausgeber</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Läuft jetzt ab</translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %n Stunde</numerusform>
            <numerusform>In %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s configured permissions</source>
        <translation>Die konfigurierten Berechtigungen der App</translation>
    </message>
    <message>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation>Verifizierter Herausgeber: Microsoft hat die Identität des Herausgebers überprüft.</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation>In diesem Mandanten hat noch niemand in diese App eingewilligt; beim Erteilen wird ihr Dienstprinzipal erstellt.</translation>
    </message>
    <message>
        <source>Not a verified publisher.</source>
        <translation>Kein verifizierter Herausgeber.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Latest request</source>
        <translation>Letzte Anforderung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Höchstes Risiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Consent requests</source>
        <translation>Einwilligungsanforderungen</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Welche Anforderungen</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anforderungen</translation>
    </message>
    <message>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation>„Warten auf mich“: ausstehende Anforderungen, für die Sie im Workflow für die Administratoreinwilligung Prüfer sind.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Filter by app, user or permission</source>
        <translation>Nach App, Benutzer oder Berechtigung filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation>Die Anforderungen wie angezeigt (gefiltert und sortiert) als CSV oder JSON speichern.</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatische Aktualisierung aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im %n-Minuten-Takt</numerusform>
            <numerusform>Im %n-Minuten-Takt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation>Melden Sie sich an, um die Einwilligungsanforderungen Ihres Mandanten zu sehen.</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Ihre Rolle kann keine Einwilligungsanforderungen lesen. %1</translation>
    </message>
    <message>
        <source>Reading consent requests…</source>
        <translation>Einwilligungsanforderungen werden gelesen…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Ihr Konto darf keine Einwilligungsanforderungen lesen (%1). Dazu ist eine dieser Rollen erforderlich: Globaler Leser, Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator.</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>Die Einwilligungsanforderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation>der Workflow für die Administratoreinwilligung ist deaktiviert: Benutzer können keine neuen Anforderungen stellen</translation>
    </message>
    <message>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation>Ablauf unbekannt (die Workflowrichtlinie konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation>Nichts wartet auf Sie. Anforderungen erscheinen hier, wenn ein Benutzer eine App anfordert, die eine Administratorgenehmigung benötigt, und Sie einer der Prüfer sind.</translation>
    </message>
    <message>
        <source>No consent requests match.</source>
        <translation>Keine passenden Einwilligungsanforderungen.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Wählen Sie eine Anforderung aus, um zu sehen, wer was angefordert hat.</translation>
    </message>
    <message>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation>Ausstehende Administratoreinwilligungsanforderungen: überprüfen, nur das Nötige erteilen, blockieren</translation>
    </message>
    <message>
        <source>Filter the requests</source>
        <translation>Anforderungen filtern</translation>
    </message>
    <message>
        <source>One row per app that users asked admin consent for; select one to see who asked and what it wants.</source>
        <translation>Eine Zeile pro App, für die Benutzer Administratoreinwilligung angefordert haben; wählen Sie eine aus, um zu sehen, wer angefragt hat und was sie will.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Some items were not restored.</source>
        <translation>Einige Elemente wurden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reading what the apps hold now…</source>
        <translation>Aktuelle Berechtigungen der Apps werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Es wurde nichts wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation>%1: nicht wiederhergestellt – die Änderung war nicht erfolgreich (%2).</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation>%1: nicht wiederhergestellt – das Journal enthält keine vorherige Zuweisung.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment already exists.</source>
        <translation>%1: nicht wiederhergestellt – die Zuweisung ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation>Anwendungsberechtigung %1 (%2) für %3 wiederherstellen</translation>
    </message>
    <message>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation>%1: kein Widerruf (%2), nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>mandantenweit</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Delegierte Erteilung %1 → %2 (%3) neu erstellen: %4</translation>
    </message>
    <message>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation>%1: nicht wiederhergestellt – die Erteilung ist bereits mit %2 vorhanden.</translation>
    </message>
    <message>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation>%1 wieder in die delegierte Erteilung %2 → %3 (%4) aufnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no id of the created assignment.</source>
        <translation>%1: nicht wiederhergestellt – das Journal enthält keine ID der erstellten Zuweisung.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment is gone already.</source>
        <translation>%1: nicht wiederhergestellt – die Zuweisung ist bereits entfernt.</translation>
    </message>
    <message>
        <source>Remove the assignment of %1 to %2 that ConsentDesk created</source>
        <extracomment>%1 the user, group or app that holds the assignment, %2 the app (resource) it is assigned to</extracomment>
        <translation>Die von ConsentDesk erstellte Zuweisung von %1 zu %2 entfernen</translation>
    </message>
    <message>
        <source>%1: not restored — only a change of sign-in (accountEnabled) of an app can be undone.</source>
        <translation>%1: nicht wiederhergestellt – nur eine Änderung der Anmeldung (accountEnabled) einer App kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1: not restored — the app is not in the tenant any more.</source>
        <translation>%1: nicht wiederhergestellt – die App ist nicht mehr im Mandanten.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is enabled already.</source>
        <translation>%1: nicht wiederhergestellt – die Anmeldung bei %2 ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is disabled already.</source>
        <translation>%1: nicht wiederhergestellt – die Anmeldung bei %2 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 again (accountEnabled = true)</source>
        <translation>Anmeldung bei %1 wieder aktivieren (accountEnabled = true)</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 again (accountEnabled = false)</source>
        <translation>Anmeldung bei %1 wieder deaktivieren (accountEnabled = false)</translation>
    </message>
    <message>
        <source>%1: not restored — the grant is gone already.</source>
        <translation>%1: nicht wiederhergestellt – die Berechtigungserteilung ist bereits entfernt.</translation>
    </message>
    <message>
        <source>%1: not restored — the grant holds none of %2 any more.</source>
        <translation>%1: nicht wiederhergestellt – die Berechtigungserteilung enthält keine von %2 mehr.</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 that ConsentDesk made: %3</source>
        <translation>Die von ConsentDesk erstellte delegierte Berechtigungserteilung %1 → %2 löschen: %3</translation>
    </message>
    <message>
        <source>Take %1 back out of the delegated grant of %2 → %3</source>
        <translation>%1 wieder aus der delegierten Berechtigungserteilung %2 → %3 entfernen</translation>
    </message>
    <message>
        <source>%1: not restored — it removed no permission, so there is nothing to give back.</source>
        <translation>%1: nicht wiederhergestellt – es wurde keine Berechtigung entfernt, daher gibt es nichts zurückzugeben.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal does not record which grant it changed.</source>
        <translation>%1: nicht wiederhergestellt – das Journal hält nicht fest, welche Berechtigungserteilung geändert wurde.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>The app with service principal %1 is no longer in the tenant, so what it held cannot be put back. Nothing was changed.</source>
        <translation>Die App mit dem Dienstprinzipal %1 ist nicht mehr im Mandanten, daher kann nicht wiederhergestellt werden, was sie besaß. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore the other entries on their own.</source>
        <translation>Stellen Sie die anderen Einträge einzeln wieder her.</translation>
    </message>
    <message>
        <source>Could not read what %1 holds now: %2. Nothing was changed.</source>
        <translation>Es konnte nicht gelesen werden, was %1 derzeit besitzt: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could duplicate a grant.</source>
        <translation>Versuchen Sie es erneut; eine Wiederherstellung auf Grundlage eines unvollständigen Lesevorgangs könnte eine Erteilung duplizieren.</translation>
    </message>
    <message>
        <source>%1 (%2): restored already by %3</source>
        <translation>%1 (%2): bereits durch %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>These entries mix Exchange and Microsoft Graph changes. Nothing was changed.</source>
        <translation>Diese Einträge enthalten sowohl Exchange- als auch Microsoft Graph-Änderungen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore them separately: the Exchange entries, then the others.</source>
        <translation>Stellen Sie sie getrennt wieder her: zuerst die Exchange-Einträge, dann die übrigen.</translation>
    </message>
    <message>
        <source>These entries mix consent settings with other changes. Nothing was changed.</source>
        <translation>Diese Einträge enthalten sowohl Einwilligungseinstellungen als auch andere Änderungen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore them separately: the consent settings, then the others.</source>
        <translation>Stellen Sie sie getrennt wieder her: zuerst die Einwilligungseinstellungen, dann die übrigen.</translation>
    </message>
    <message>
        <source>Could not read the assignments of %1: %2. Nothing was changed.</source>
        <translation>Die Zuweisungen von %1 konnten nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could remove the wrong assignment.</source>
        <translation>Versuchen Sie es erneut; eine Wiederherstellung aus einem unvollständigen Lesevorgang könnte die falsche Zuweisung entfernen.</translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation>Durch den Widerruf werden keine neuen Token mehr ausgestellt. Zugriffstoken, die die App bereits besitzt, bleiben bis zu ihrem Ablauf gültig (meist innerhalb von 60–90 Minuten); Aktualisierungstoken funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>mandantenweit</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>for user %1</source>
        <translation>für Benutzer %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation>%1 aus %2 → %3 (%4) entfernen; behält %5</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Delegierte Erteilung %1 → %2 (%3) löschen: %4</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Anwendungsberechtigung %1 (%2) von %3 entfernen</translation>
    </message>
    <message>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation>%1 gehört zu einer anderen App (%2): hier nicht widerrufen.</translation>
    </message>
    <message>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation>%1 ist eine App-Rolle eines Benutzers oder einer Gruppe, keine Berechtigung von %2: hier nicht widerrufen.</translation>
    </message>
    <message>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation>%1 ist nicht in der Erteilung %2 enthalten: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation>Die Erteilung %1 existiert nicht mehr: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation>Die Anwendungsberechtigung %1 existiert nicht mehr: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>This user has no consent of their own to %1.</source>
        <translation>Dieser Benutzer hat keine eigene Einwilligung für %1.</translation>
    </message>
    <message>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation>%1 ist %2 nicht erteilt: „Nur behalten…“ fügt keine Berechtigungen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation>Als Anwendungsberechtigung wirkt sie ohne angemeldeten Benutzer im gesamten Mandanten.</translation>
    </message>
    <message>
        <source>An application permission that can change data.</source>
        <translation>Eine Anwendungsberechtigung, die Daten ändern kann.</translation>
    </message>
    <message>
        <source>An application permission that reads data.</source>
        <translation>Eine Anwendungsberechtigung, die Daten liest.</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object</source>
        <translation>der Katalog ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>rule %1 has no permission</source>
        <translation>Regel %1 hat keine Berechtigung</translation>
    </message>
    <message>
        <source>rule %1 (%2): type must be delegated, application or any</source>
        <extracomment>%1 the rule&apos;s number, %2 its permission; &quot;delegated&quot;, &quot;application&quot; and &quot;any&quot; are the file&apos;s keywords</extracomment>
        <translation>Regel %1 (%2): Der Typ muss „delegated“, „application“ oder „any“ sein</translation>
    </message>
    <message>
        <source>rule %1 (%2): unknown level</source>
        <translation>Regel %1 (%2): unbekannte Stufe</translation>
    </message>
</context>
<context>
    <name>RiskReasons</name>
    <message>
        <source>Can make any account, including itself, a Global Administrator.</source>
        <translation>Kann jedes Konto, auch sich selbst, zum globalen Administrator machen.</translation>
    </message>
    <message>
        <source>Can grant itself or any app any application permission, bypassing consent.</source>
        <translation>Kann sich selbst oder jeder App jede Anwendungsberechtigung erteilen und dabei die Einwilligung umgehen.</translation>
    </message>
    <message>
        <source>Can grant any app any delegated permission for every user, bypassing consent.</source>
        <translation>Kann jeder App jede delegierte Berechtigung für alle Benutzer erteilen und dabei die Einwilligung umgehen.</translation>
    </message>
    <message>
        <source>Can add credentials to any app and act as it, including apps with higher privileges.</source>
        <translation>Kann jeder App Anmeldeinformationen hinzufügen und als diese App handeln, auch bei Apps mit höheren Rechten.</translation>
    </message>
    <message>
        <source>Can change almost anything in the directory: users, groups, apps.</source>
        <translation>Kann fast alles im Verzeichnis ändern: Benutzer, Gruppen, Apps.</translation>
    </message>
    <message>
        <source>Can add domains and federate them: a way to sign in as anyone.</source>
        <translation>Kann Domänen hinzufügen und für den Verbund konfigurieren: ein Weg, sich als beliebiger Benutzer anzumelden.</translation>
    </message>
    <message>
        <source>Can switch off Conditional Access policies such as MFA requirements.</source>
        <translation>Kann Richtlinien für bedingten Zugriff ausschalten, etwa MFA-Anforderungen.</translation>
    </message>
    <message>
        <source>Can change who may consent to apps for the whole tenant.</source>
        <translation>Kann ändern, wer für den gesamten Mandanten in Apps einwilligen darf.</translation>
    </message>
    <message>
        <source>Can change which permissions users may consent to.</source>
        <translation>Kann ändern, in welche Berechtigungen Benutzer einwilligen dürfen.</translation>
    </message>
    <message>
        <source>Can manage users&apos; authentication credentials.</source>
        <translation>Kann die Authentifizierungsmethoden der Benutzer verwalten.</translation>
    </message>
    <message>
        <source>Can change every user&apos;s profile, a step towards account takeover.</source>
        <translation>Kann das Profil jedes Benutzers ändern – ein Schritt zur Kontoübernahme.</translation>
    </message>
    <message>
        <source>Can change group membership, and with it access to everything groups grant.</source>
        <translation>Kann Gruppenmitgliedschaften ändern und damit den Zugriff auf alles, was Gruppen gewähren.</translation>
    </message>
    <message>
        <source>Can add members to groups, and with it access to everything groups grant.</source>
        <translation>Kann Gruppen Mitglieder hinzufügen und damit Zugriff auf alles verschaffen, was Gruppen gewähren.</translation>
    </message>
    <message>
        <source>Named by Microsoft among the highest-impact permissions.</source>
        <translation>Von Microsoft zu den Berechtigungen mit den größten Auswirkungen gezählt.</translation>
    </message>
    <message>
        <source>Reveals hidden group memberships; named by Microsoft among the highest-impact permissions.</source>
        <translation>Legt verborgene Gruppenmitgliedschaften offen; von Microsoft zu den Berechtigungen mit den größten Auswirkungen gezählt.</translation>
    </message>
    <message>
        <source>Can add credentials to the apps it owns.</source>
        <translation>Kann eigenen Apps Anmeldeinformationen hinzufügen.</translation>
    </message>
    <message>
        <source>Can export users&apos; personal data.</source>
        <translation>Kann personenbezogene Daten von Benutzern exportieren.</translation>
    </message>
    <message>
        <source>Full control of every SharePoint site and its files.</source>
        <translation>Vollzugriff auf jede SharePoint-Website und ihre Dateien.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata of the user&apos;s mailbox, not bodies or attachments.</source>
        <translation>Liest Nachrichtenkopfzeilen und Metadaten im Postfach des Benutzers, keine Nachrichtentexte oder Anlagen.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata, not bodies or attachments.</source>
        <translation>Liest Nachrichtenkopfzeilen und Metadaten, keine Nachrichtentexte oder Anlagen.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s mail; seen in nearly every consent-phishing attack.</source>
        <translation>Liest oder sendet E-Mails des Benutzers; bei fast jedem Einwilligungsphishing-Angriff zu sehen.</translation>
    </message>
    <message>
        <source>Sends mail as the user; used to spread phishing from a trusted mailbox.</source>
        <translation>Sendet E-Mails als der Benutzer; wird genutzt, um Phishing aus einem vertrauenswürdigen Postfach zu verbreiten.</translation>
    </message>
    <message>
        <source>Full access to the user&apos;s mailbox through Exchange Web Services.</source>
        <translation>Vollzugriff auf das Postfach des Benutzers über Exchange Web Services.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s contacts; used to find the next phishing targets.</source>
        <translation>Liest die Kontakte des Benutzers; wird genutzt, um die nächsten Phishingziele zu finden.</translation>
    </message>
    <message>
        <source>Can read or set mailbox rules and forwarding; a classic way to hide and exfiltrate mail.</source>
        <translation>Kann Postfachregeln und Weiterleitungen lesen oder festlegen; ein klassischer Weg, E-Mails zu verstecken und auszuleiten.</translation>
    </message>
    <message>
        <source>Reveals who the user works with; used to pick phishing targets.</source>
        <translation>Zeigt, mit wem der Benutzer zusammenarbeitet; wird genutzt, um Phishingziele auszuwählen.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s files (and with .All, every file they can reach).</source>
        <translation>Liest oder ändert die Dateien des Benutzers (mit .All jede Datei, auf die er zugreifen kann).</translation>
    </message>
    <message>
        <source>Reads the user&apos;s OneNote notebooks.</source>
        <translation>Liest die OneNote-Notizbücher des Benutzers.</translation>
    </message>
    <message>
        <source>Reads or changes SharePoint content the user can reach.</source>
        <translation>Liest oder ändert SharePoint-Inhalte, auf die der Benutzer zugreifen kann.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s Teams chats.</source>
        <translation>Liest oder sendet die Teams-Chats des Benutzers.</translation>
    </message>
    <message>
        <source>Reads or sends Teams channel messages.</source>
        <translation>Liest oder sendet Teams-Kanalnachrichten.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s calendar (meeting details, attendees).</source>
        <translation>Liest oder ändert den Kalender des Benutzers (Besprechungsdetails, Teilnehmer).</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s tasks.</source>
        <translation>Liest oder ändert die Aufgaben des Benutzers.</translation>
    </message>
    <message>
        <source>Reads the whole directory: users, groups, apps.</source>
        <translation>Liest das gesamte Verzeichnis: Benutzer, Gruppen, Apps.</translation>
    </message>
    <message>
        <source>Reads every user&apos;s full profile.</source>
        <translation>Liest das vollständige Profil jedes Benutzers.</translation>
    </message>
    <message>
        <source>Reads all groups and group content the user can reach.</source>
        <translation>Liest alle Gruppen und Gruppeninhalte, auf die der Benutzer zugreifen kann.</translation>
    </message>
    <message>
        <source>Reads all group memberships.</source>
        <translation>Liest alle Gruppenmitgliedschaften.</translation>
    </message>
    <message>
        <source>Reads every app registration and service principal.</source>
        <translation>Liest alle App-Registrierungen und Dienstprinzipale.</translation>
    </message>
    <message>
        <source>Reads sign-in and audit logs.</source>
        <translation>Liest Anmelde- und Überwachungsprotokolle.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s policies, including Conditional Access.</source>
        <translation>Liest die Richtlinien des Mandanten, einschließlich des bedingten Zugriffs.</translation>
    </message>
    <message>
        <source>Reads or manages admin consent requests.</source>
        <translation>Liest oder verwaltet Administratoreinwilligungsanforderungen.</translation>
    </message>
    <message>
        <source>Reads or changes Teams settings and membership.</source>
        <translation>Liest oder ändert Teams-Einstellungen und -Mitgliedschaften.</translation>
    </message>
    <message>
        <source>Reads or changes Teams channels.</source>
        <translation>Liest oder ändert Teams-Kanäle.</translation>
    </message>
    <message>
        <source>Signs the user in and reads their own basic profile.</source>
        <translation>Meldet den Benutzer an und liest sein eigenes Basisprofil.</translation>
    </message>
    <message>
        <source>Reads basic profiles (name, mail, photo) of all users.</source>
        <translation>Liest die Basisprofile (Name, E-Mail, Foto) aller Benutzer.</translation>
    </message>
    <message>
        <source>Signs the user in.</source>
        <translation>Meldet den Benutzer an.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s basic profile for sign-in.</source>
        <translation>Liest das Basisprofil des Benutzers für die Anmeldung.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s primary email address for sign-in.</source>
        <translation>Liest die primäre E-Mail-Adresse des Benutzers für die Anmeldung.</translation>
    </message>
    <message>
        <source>Keeps access while the user is away (refresh tokens); low on its own, more with other permissions.</source>
        <translation>Behält den Zugriff bei, während der Benutzer abwesend ist (Aktualisierungstoken); allein gering, zusammen mit anderen Berechtigungen höher.</translation>
    </message>
    <message>
        <source>Full access to every mailbox in the tenant through Exchange Web Services.</source>
        <translation>Vollzugriff auf jedes Postfach im Mandanten über Exchange Web Services.</translation>
    </message>
    <message>
        <source>Runs Exchange Online administration as the app (with an Exchange role).</source>
        <translation>Führt die Exchange Online-Verwaltung als die App aus (mit einer Exchange-Rolle).</translation>
    </message>
    <message>
        <source>Reads or sends mail in EVERY mailbox of the tenant unless Exchange scopes it.</source>
        <translation>Liest oder sendet E-Mails in JEDEM Postfach des Mandanten, sofern Exchange den Zugriff nicht beschränkt.</translation>
    </message>
    <message>
        <source>Reads message metadata in every mailbox unless Exchange scopes it.</source>
        <translation>Liest Nachrichtenmetadaten in jedem Postfach, sofern Exchange den Zugriff nicht beschränkt.</translation>
    </message>
    <message>
        <source>Reads or sets rules and forwarding on every mailbox unless Exchange scopes it.</source>
        <translation>Liest oder setzt Regeln und Weiterleitungen für jedes Postfach, sofern Exchange den Zugriff nicht beschränkt.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s calendar unless Exchange scopes it.</source>
        <translation>Liest oder ändert den Kalender jedes Benutzers, sofern Exchange den Zugriff nicht beschränkt.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s contacts unless Exchange scopes it.</source>
        <translation>Liest oder ändert die Kontakte jedes Benutzers, sofern Exchange den Zugriff nicht beschränkt.</translation>
    </message>
    <message>
        <source>Reads or changes every file in OneDrive and SharePoint.</source>
        <translation>Liest oder ändert jede Datei in OneDrive und SharePoint.</translation>
    </message>
    <message>
        <source>Reads or changes every SharePoint site.</source>
        <translation>Liest oder ändert jede SharePoint-Website.</translation>
    </message>
    <message>
        <source>Only the SharePoint sites an admin assigns to the app.</source>
        <translation>Nur die SharePoint-Websites, die ein Administrator der App zuweist.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in the directory with all of their rights; a consent-phishing favorite.</source>
        <translation>Handelt im Verzeichnis als angemeldeter Benutzer mit all seinen Rechten; bei Einwilligungsphishing beliebt.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in that API with all of their rights; a consent-phishing favorite.</source>
        <translation>Handelt in dieser API als angemeldeter Benutzer mit all seinen Rechten; bei Einwilligungsphishing beliebt.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation>Die Demoanmeldung funktioniert nur mit der integrierten Sandbox auf diesem Computer.</translation>
    </message>
    <message>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation>Die Sandbox hat an %1 umgeleitet, und das ist nicht dieser Computer.</translation>
    </message>
    <message>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation>Das Anmeldeformular sendet an %1, und das ist nicht dieser Computer.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation>Der Anmelde-Listener von ConsentDesk hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>Die Sandbox hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation>Die Anmeldeseiten der Sandbox endeten nicht mit einer Umleitung zu ConsentDesk.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation>Die Anmeldeseite der Sandbox hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation>Die Anmeldeseite der Sandbox enthält kein Formular.</translation>
    </message>
    <message>
        <source>The sandbox has no user %1.</source>
        <translation>Die Sandbox hat keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page was larger than %1 KiB, so ConsentDesk stopped reading it. Check that the sandbox, and nothing else, listens on %2.</source>
        <translation>Die Anmeldeseite der Sandbox war größer als %1 KiB, daher hat ConsentDesk aufgehört, sie zu lesen. Prüfen Sie, ob die Sandbox und nichts anderes an %2 lauscht.</translation>
    </message>
</context>
<context>
    <name>ScopeAccessPage</name>
    <message>
        <source>Restrict or deny?</source>
        <translation>Beschränken oder verweigern?</translation>
    </message>
    <message>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation>Exchange wertet die Richtlinien einer App gemeinsam aus: Ein zutreffendes DenyAccess hat Vorrang vor jedem RestrictAccess; bei RestrictAccess-Richtlinien wird der Zugriff auf Postfächer verweigert, die in keiner davon enthalten sind.</translation>
    </message>
    <message>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation>RestrictAccess – die App erreicht nur die Postfächer der Gruppe (die übliche Wahl)</translation>
    </message>
    <message>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation>DenyAccess – die App erreicht jedes Postfach außer denen der Gruppe</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation>Exchange bietet Platz für etwa 100 Richtlinien oder etwa 300 mit einer Beschreibung aus einem Leerzeichen; eine kurze Beschreibung lässt Platz für mehr.</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation>%1 den Zugriff auf die Postfächer in %2 verweigern.</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation>%1 auf die Postfächer in %2 beschränken.</translation>
    </message>
</context>
<context>
    <name>ScopeAppPage</name>
    <message>
        <source>Which app?</source>
        <translation>Welche App?</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation>Apps mit Anwendungsberechtigungen wie Mail.Read erreichen jedes Postfach im Mandanten, bis Exchange Online sie einschränkt.</translation>
    </message>
    <message>
        <source>no mailbox permission</source>
        <translation>keine Postfachberechtigung</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Berechtigungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>• %1 on &quot;%2&quot;</source>
        <translation>• %1 für „%2“</translation>
    </message>
    <message>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation>%1 hat noch keine Zugriffsrichtlinie: Die App erreicht jedes Postfach.</translation>
    </message>
    <message>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation>Vorhandene Richtlinien von %1 (eine neue kommt hinzu):
%2</translation>
    </message>
    <message>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation>Nicht alle Berechtigungen der App konnten gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation>App auf die Postfächer einer Gruppe beschränken</translation>
    </message>
</context>
<context>
    <name>ScopeGroupPage</name>
    <message>
        <source>Which mailboxes?</source>
        <translation>Welche Postfächer?</translation>
    </message>
    <message>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation>Der Bereich der Richtlinie ist eine E-Mail-aktivierte Sicherheitsgruppe (Mitglieder geschachtelter Gruppen zählen mit). Mit RestrictAccess erreicht die App nur die Postfächer der Mitglieder; DenyAccess schließt sie von diesen aus. Verteilerlisten und Microsoft 365-Gruppen funktionieren nicht.</translation>
    </message>
    <message>
        <source>Use an existing mail-enabled security group</source>
        <translation>Vorhandene E-Mail-aktivierte Sicherheitsgruppe verwenden</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>Neue Gruppe erstellen</translation>
    </message>
    <message>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <comment>%1 is an app&apos;s name, not a count</comment>
        <translation>Gruppenname, z. B. „Postfächer für %1“</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Reading the groups from Exchange…</source>
        <translation>Gruppen werden aus Exchange gelesen…</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the groups from Exchange: %1</source>
        <translation>Die Gruppen konnten nicht aus Exchange gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation>Exchange erstellt die Gruppe als E-Mail-aktivierte Sicherheitsgruppe; sie erscheint auch in Entra ID. Fügen Sie ihre Mitglieder auf der nächsten Seite hinzu.</translation>
    </message>
    <message>
        <source>No mail-enabled security group yet: create one.</source>
        <translation>Noch keine E-Mail-aktivierte Sicherheitsgruppe vorhanden: Erstellen Sie eine.</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Mitglieder von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the members of %1: %2</source>
        <translation>Die Mitglieder von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 hat noch keine Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation>
            <numerusform>%1 hat %n Mitglied: %2</numerusform>
            <numerusform>%1 hat %n Mitglieder: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <comment>a group&apos;s name; %1 is the app&apos;s name, not a count</comment>
        <translation>Postfächer für %1</translation>
    </message>
    <message>
        <source>Type a name for the new group.</source>
        <translation>Geben Sie einen Namen für die neue Gruppe ein.</translation>
    </message>
    <message>
        <source>Choose a group, or create a new one.</source>
        <translation>Wählen Sie eine Gruppe aus, oder erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation>Eine Gruppe namens „%1“ ist bereits vorhanden: Wählen Sie sie oben aus.</translation>
    </message>
    <message>
        <source>Existing group</source>
        <translation>Vorhandene Gruppe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
</context>
<context>
    <name>ScopeMembersPage</name>
    <message>
        <source>Add members</source>
        <translation>Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation>Fügen Sie die Postfächer hinzu, um die es in der Richtlinie geht (Benutzerpostfächer oder freigegebene Postfächer). Bereits vorhandene Mitglieder bleiben in der Gruppe; geschachtelte Gruppen können Sie im Exchange Admin Center hinzufügen.</translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Postfachadresse, z. B. priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation>Die Postfächer konnten nicht aus Exchange gelesen werden: %1</translation>
    </message>
    <message>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation>Kein Postfach „%1“ in Exchange. Geben Sie eine Adresse aus der Liste ein.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 ist bereits Mitglied.</translation>
    </message>
    <message>
        <source>(no member to add)</source>
        <translation>(kein Mitglied zum Hinzufügen)</translation>
    </message>
    <message>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation>Die Gruppe hat keine Mitglieder: Eine RestrictAccess-Richtlinie dafür würde jedes Postfach verweigern. Fügen Sie mindestens eines hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation>
            <numerusform>%1 wird %n Mitglied haben.</numerusform>
            <numerusform>%1 wird %n Mitglieder haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation>Fügen Sie mindestens ein Mitglied hinzu: Eine RestrictAccess-Richtlinie für eine leere Gruppe verweigert jedes Postfach.</translation>
    </message>
    <message>
        <source>Mailbox to add</source>
        <translation>Hinzuzufügendes Postfach</translation>
    </message>
    <message>
        <source>Mailboxes to add to the group</source>
        <translation>Der Gruppe hinzuzufügende Postfächer</translation>
    </message>
</context>
<context>
    <name>ScopeReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Überprüfen und erstellen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation>Noch wurde nichts geändert. Diese Schreibvorgänge werden in dieser Reihenfolge an Exchange Online gesendet; jeder wird vor dem Senden im Journal von ConsentDesk aufgezeichnet.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation>Schreibvorgang in Exchange Online: Der Assistent wird geschlossen, sobald der aktuelle Schritt abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Sending to Exchange Online…</source>
        <translation>Wird an Exchange Online gesendet…</translation>
    </message>
    <message>
        <source>Rolled back: what the wizard had made was undone.</source>
        <translation>Zurückgenommen: Was der Assistent erstellt hatte, wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The rollback did not complete: see the steps above; the journal (Activity) holds what is left.</source>
        <translation>Die Rücknahme wurde nicht abgeschlossen: Siehe die Schritte oben; das Journal („Aktivität“) enthält, was noch übrig ist.</translation>
    </message>
    <message>
        <source>Not done: %1 What succeeded can be rolled back now from the results, or undone later in Activity.</source>
        <translation>Nicht abgeschlossen: %1 Was erfolgreich war, können Sie jetzt in den Ergebnissen zurücknehmen oder später unter „Aktivität“ rückgängig machen.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>Nicht abgeschlossen: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done: every write succeeded.</source>
        <translation>Fertig: Alle Schreibvorgänge waren erfolgreich.</translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Vorzunehmende Änderungen</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Exchange Online PowerShell-Skript</translation>
    </message>
    <message numerus="yes">
        <source>The rollback left %n change(s) in place: %1</source>
        <extracomment>%1 lists each change that stays, with the reason, as whole sentences</extracomment>
        <translation>
            <numerusform>Die Zurücknahme hat %n Änderung bestehen lassen: %1</numerusform>
            <numerusform>Die Zurücknahme hat %n Änderungen bestehen lassen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeTestPage</name>
    <message>
        <source>Prove it: a member and a non-member</source>
        <translation>Nachweis: ein Mitglied und ein Nichtmitglied</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation>Test-ApplicationAccessPolicy von Exchange neben der Auswertung des Verzeichnisses durch ConsentDesk.</translation>
    </message>
    <message>
        <source>A member:</source>
        <translation>Ein Mitglied:</translation>
    </message>
    <message>
        <source>Not a member:</source>
        <translation>Kein Mitglied:</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation>Der Test von Exchange zeigt die neue Richtlinie bereits. Bei Graph- und EWS-Aufrufen der App kann es bis zu einer Stunde dauern, bis sie berücksichtigt wird: Bis dahin kann die App möglicherweise noch die Postfächer der Gruppe lesen.</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read mailboxes outside the group.</source>
        <translation>Der Test von Exchange zeigt die neue Richtlinie bereits. Bei Graph- und EWS-Aufrufen der App kann es bis zu einer Stunde dauern, bis sie berücksichtigt wird: Bis dahin kann die App möglicherweise noch Postfächer außerhalb der Gruppe lesen.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members…</source>
        <translation>Mitglieder der Gruppe werden gelesen…</translation>
    </message>
    <message>
        <source>A member: %1</source>
        <translation>Ein Mitglied: %1</translation>
    </message>
    <message>
        <source>Not a member: %1</source>
        <translation>Kein Mitglied: %1</translation>
    </message>
    <message>
        <source>The group has no member with a mailbox to test.</source>
        <translation>Die Gruppe hat kein Mitglied mit einem Postfach, das getestet werden kann.</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange wird abgefragt…</translation>
    </message>
    <message>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation>Jedes Postfach ist in der Gruppe: kein Nichtmitglied zum Testen.</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <source>No Graph client.</source>
        <translation>Kein Graph-Client.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo sign-in as %1 did not complete</source>
        <translation>Die Demoanmeldung als %1 wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation>Prüfen Sie den Benutzernamen: Starten Sie ConsentDesk nur mit --demo; die Anmeldeseite des Demomandanten listet dann seine Benutzer und Rollen auf.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation>Es gibt kein Profil namens „%1“. Wählen Sie eines aus, oder fügen Sie es unter „Profile…“ hinzu.</translation>
    </message>
    <message>
        <source>This build of ConsentDesk has no demo tenant.</source>
        <translation>Dieser Build von ConsentDesk enthält keinen Demomandanten.</translation>
    </message>
    <message>
        <source>The demo tenant could not be started: %1</source>
        <translation>Der Demomandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Contoso (demo tenant)</source>
        <translation>Contoso (Demomandant)</translation>
    </message>
    <message>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation>Integrierter Beispielmandant auf diesem Computer · nichts verlässt ihn · wird nicht gespeichert</translation>
    </message>
    <message>
        <source>last signed in as %1</source>
        <translation>zuletzt angemeldet als %1</translation>
    </message>
    <message>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation>Wählen Sie zuerst ein Profil aus, oder fügen Sie unter „Profile…“ eines hinzu.</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant as %1…</source>
        <translation>Anmeldung beim Demomandanten als %1…</translation>
    </message>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation>Melden Sie sich an, um „%1“ zu verwenden.</translation>
    </message>
    <message>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation>Anmeldung als %1 mit Ihrer gespeicherten Anmeldung…</translation>
    </message>
    <message>
        <source>Signed in · demo tenant on this computer</source>
        <translation>Angemeldet · Demomandant auf diesem Computer</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source> · this session only</source>
        <translation> · nur diese Sitzung</translation>
    </message>
    <message>
        <source>the demo tenant is never remembered.</source>
        <translation>der Demomandant wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>ConsentDesk konnte Ihren Browser nicht öffnen. Kopieren Sie den Anmeldelink, und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation>Melden Sie sich erneut als %1 an: Die gespeicherte Anmeldung kann nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation>Ihre Anmeldung bleibt nur für diese Sitzung erhalten: %1</translation>
    </message>
    <message>
        <source>Signed in · changes allowed</source>
        <translation>Angemeldet · Änderungen zulässig</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Offline · %1 · read-only</source>
        <translation>Offline · %1 · schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>SettingsBackend</name>
    <message>
        <source>Could not look up the group %1: %2</source>
        <translation>Die Gruppe %1 konnte nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>Es gibt keine Gruppe namens %1.</translation>
    </message>
    <message>
        <source>Several groups are named %1 (%2); name a reviewer group whose name is unique.</source>
        <translation>Mehrere Gruppen heißen %1 (%2); geben Sie als Prüfer eine Gruppe mit eindeutigem Namen an.</translation>
    </message>
    <message>
        <source>There is no directory role named %1.</source>
        <translation>Es gibt keine Verzeichnisrolle namens %1.</translation>
    </message>
    <message>
        <source>Could not look up the role %1: %2</source>
        <translation>Die Rolle %1 konnte nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Could not look up the user %1: %2</source>
        <translation>Der Benutzer %1 konnte nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPlanner</name>
    <message>
        <source>Change the admin consent workflow</source>
        <translation>Workflow für die Administratoreinwilligung ändern</translation>
    </message>
    <message>
        <source>The admin consent workflow is already set this way: nothing to change.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist bereits so eingestellt: Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Graph refuses to turn the workflow on without a reviewer.</source>
        <translation>Graph lehnt es ab, den Workflow ohne Prüfer zu aktivieren.</translation>
    </message>
    <message>
        <source>Graph replaces the whole policy. If someone changes it before this is sent (version %1 now), nothing is sent.</source>
        <translation>Graph ersetzt die gesamte Richtlinie. Ändert jemand sie, bevor dies gesendet wird (derzeit Version %1), wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Change user consent for applications</source>
        <translation>Benutzereinwilligung für Anwendungen ändern</translation>
    </message>
    <message>
        <source>User consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>Die Benutzereinwilligung ist bereits auf „%1“ eingestellt: Nichts zu ändern.</translation>
    </message>
    <message>
        <source>User consent: %1</source>
        <translation>Benutzereinwilligung: %1</translation>
    </message>
    <message>
        <source>Users will be able to consent to any app for every permission that needs no admin — the setting consent phishing relies on. Microsoft recommends against it.</source>
        <translation>Benutzer können dann für jede App in jede Berechtigung einwilligen, die keinen Administrator erfordert – die Einstellung, auf die Einwilligungsphishing setzt. Microsoft rät davon ab.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; users would be able to consent to nothing.</source>
        <translation>Der Mandant hat keine Richtlinie für die Berechtigungserteilung %1; Benutzer könnten in nichts einwilligen.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays.</source>
        <translation>Gilt für künftige Einwilligungen; bereits erteilte Einwilligungen von Benutzern bleiben bestehen.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays. Kept as they are: %1.</source>
        <translation>Gilt für künftige Einwilligungen; bereits erteilte Einwilligungen von Benutzern bleiben bestehen. Unverändert bleiben: %1.</translation>
    </message>
    <message>
        <source>Classify %1 as low impact</source>
        <translation>%1 als geringe Auswirkung klassifizieren</translation>
    </message>
    <message>
        <source>%1 is already classified low impact: nothing to change.</source>
        <translation>%1 ist bereits als geringe Auswirkung klassifiziert: Nichts zu ändern.</translation>
    </message>
    <message>
        <source>With user consent &quot;for selected permissions&quot;, users will be able to consent to %1 for apps from verified publishers and from your organization.</source>
        <translation>Mit der Benutzereinwilligung „für ausgewählte Berechtigungen“ können Benutzer für Apps von verifizierten Herausgebern und aus Ihrer Organisation in %1 einwilligen.</translation>
    </message>
    <message>
        <source>Remove %1 from the low-impact permissions</source>
        <translation>%1 aus den Berechtigungen mit geringer Auswirkung entfernen</translation>
    </message>
    <message>
        <source>Users who consented to it keep their consent; new consents need an admin.</source>
        <translation>Benutzer, die darin eingewilligt haben, behalten ihre Einwilligung; neue Einwilligungen erfordern einen Administrator.</translation>
    </message>
    <message>
        <source>%1 is not classified low impact: nothing to change.</source>
        <translation>%1 ist nicht als geringe Auswirkung klassifiziert: Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Restore consent settings</source>
        <translation>Einwilligungseinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>%1: not restorable (%2).</source>
        <translation>%1: nicht wiederherstellbar (%2).</translation>
    </message>
    <message>
        <source>it did not succeed</source>
        <translation>die Änderung war nicht erfolgreich</translation>
    </message>
    <message>
        <source>not a consent settings change</source>
        <translation>keine Änderung der Einwilligungseinstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is classified medium impact; remove that classification first.</source>
        <translation>%1 ist als mittlere Auswirkung klassifiziert; entfernen Sie diese Klassifizierung zuerst.</translation>
    </message>
    <message>
        <source>%1 is classified high impact; remove that classification first.</source>
        <translation>%1 ist als hohe Auswirkung klassifiziert; entfernen Sie diese Klassifizierung zuerst.</translation>
    </message>
    <message>
        <source>%1 already has the classification &quot;%2&quot;; remove it first.</source>
        <extracomment>%2 is the classification exactly as Microsoft Graph returned it (a value we do not know)</extracomment>
        <translation>%1 hat bereits die Klassifizierung „%2“; entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow on.</source>
        <translation>Den Workflow für die Administratoreinwilligung einschalten.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow off.</source>
        <translation>Den Workflow für die Administratoreinwilligung ausschalten.</translation>
    </message>
    <message>
        <source>Remove every reviewer.</source>
        <translation>Alle Prüfer entfernen.</translation>
    </message>
    <message>
        <source>Reviewers from now on: %1.</source>
        <translation>Prüfer ab jetzt: %1.</translation>
    </message>
    <message>
        <source>Reviewers get an e-mail for each new request.</source>
        <translation>Prüfer erhalten für jede neue Anforderung eine E-Mail.</translation>
    </message>
    <message>
        <source>Reviewers no longer get an e-mail for new requests.</source>
        <translation>Prüfer erhalten keine E-Mail mehr für neue Anforderungen.</translation>
    </message>
    <message>
        <source>Reviewers get reminders of requests that wait.</source>
        <translation>Prüfer erhalten Erinnerungen an wartende Anforderungen.</translation>
    </message>
    <message>
        <source>Reviewers no longer get reminders.</source>
        <translation>Prüfer erhalten keine Erinnerungen mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Requests expire after %n day(s).</source>
        <translation>
            <numerusform>Anforderungen laufen nach %n Tag ab.</numerusform>
            <numerusform>Anforderungen laufen nach %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change group owner consent</source>
        <translation>Einwilligung durch Gruppenbesitzer ändern</translation>
    </message>
    <message>
        <source>Group owner consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>Die Einwilligung durch Gruppenbesitzer ist bereits „%1“: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Group owner consent: %1</source>
        <translation>Einwilligung durch Gruppenbesitzer: %1</translation>
    </message>
    <message>
        <source>Every group owner will be able to let any app read the data of the groups and teams they own, for permissions that need no administrator. CISA&apos;s baseline (MS.AAD.5.4) asks that group owners may not consent.</source>
        <translation>Jeder Gruppenbesitzer kann dann jeder App erlauben, die Daten seiner Gruppen und Teams zu lesen, für Berechtigungen, die keinen Administrator erfordern. Die CISA-Baseline (MS.AAD.5.4) verlangt, dass Gruppenbesitzer nicht einwilligen dürfen.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; group owners would be able to consent to nothing.</source>
        <translation>Der Mandant hat keine Richtlinie für die Berechtigungserteilung %1; Gruppenbesitzer könnten in nichts einwilligen.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>Gilt für künftige Einwilligungen; was Gruppenbesitzer eingewilligt haben, bleibt bestehen. Die Benutzereinwilligung und die Richtlinien für Teams und Chats bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. No longer assigned: %1. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>Gilt für künftige Einwilligungen; was Gruppenbesitzer eingewilligt haben, bleibt bestehen. Nicht mehr zugewiesen: %1. Die Benutzereinwilligung und die Richtlinien für Teams und Chats bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Older setting Consent Policy Settings: group owners may not consent (EnableGroupSpecificConsent false)</source>
        <translation>Ältere Einstellung „Consent Policy Settings“: Gruppenbesitzer dürfen nicht einwilligen (EnableGroupSpecificConsent false)</translation>
    </message>
    <message>
        <source>The older directory setting Consent Policy Settings lets group owners consent whatever this choice says; &quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>Die ältere Verzeichniseinstellung „Consent Policy Settings“ lässt Gruppenbesitzer unabhängig von dieser Auswahl einwilligen; „Einwilligung durch Gruppenbesitzer nicht zulassen“ schaltet auch sie aus.</translation>
    </message>
</context>
<context>
    <name>SettingsWrite</name>
    <message>
        <source>Classify %1 (Microsoft Graph) as %2 impact</source>
        <translation>%1 (Microsoft Graph) mit der Auswirkung „%2“ klassifizieren</translation>
    </message>
    <message>
        <source>Remove the classification of %1 (Microsoft Graph)</source>
        <translation>Klassifizierung von %1 (Microsoft Graph) entfernen</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Keine Verbindung zu Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>Nicht gesendet: Es besteht keine Verbindung zu Microsoft Graph.</translation>
    </message>
    <message>
        <source>%1 is not classified any more.</source>
        <translation>%1 ist nicht mehr klassifiziert.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not classified any more.</source>
        <translation>Nicht gesendet: %1 ist nicht mehr klassifiziert.</translation>
    </message>
    <message>
        <source>The admin consent workflow was changed since it was read (version %1, now %2).</source>
        <translation>Der Workflow für die Administratoreinwilligung wurde seit dem Lesen geändert (Version %1, jetzt %2).</translation>
    </message>
    <message>
        <source>Not sent: someone changed the admin consent workflow since it was read (version %1, now %2). Read it again and make the change on what is there now.</source>
        <translation>Nicht gesendet: Jemand hat den Workflow für die Administratoreinwilligung seit dem Lesen geändert (Version %1, jetzt %2). Lesen Sie ihn erneut, und nehmen Sie die Änderung am aktuellen Stand vor.</translation>
    </message>
    <message>
        <source>Changing the admin consent workflow needs Policy.ReadWrite.ConsentRequest and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>Zum Ändern des Workflows für die Administratoreinwilligung sind Policy.ReadWrite.ConsentRequest und die Rolle Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator erforderlich (%1).</translation>
    </message>
    <message>
        <source>Changing user consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Zum Ändern der Benutzereinwilligung sind Policy.ReadWrite.Authorization und die Rolle Administrator für privilegierte Rollen oder Globaler Administrator erforderlich (%1).</translation>
    </message>
    <message>
        <source>Classifying permissions needs Policy.ReadWrite.PermissionGrant and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>Zum Klassifizieren von Berechtigungen sind Policy.ReadWrite.PermissionGrant und die Rolle Cloudanwendungsadministrator, Anwendungsadministrator oder Globaler Administrator erforderlich (%1).</translation>
    </message>
    <message>
        <source>The workflow as it was before is not known, so it cannot be put back.</source>
        <translation>Der vorherige Zustand des Workflows ist nicht bekannt, daher kann er nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Put the admin consent workflow back as it was</source>
        <translation>Workflow für die Administratoreinwilligung auf den vorherigen Stand zurücksetzen</translation>
    </message>
    <message>
        <source>The user consent setting before is not known, so it cannot be put back.</source>
        <translation>Die vorherige Einstellung der Benutzereinwilligung ist nicht bekannt, daher kann sie nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Put user consent back to: %1</source>
        <translation>Benutzereinwilligung zurücksetzen auf: %1</translation>
    </message>
    <message>
        <source>Graph did not say which classification it created, so it cannot be removed here.</source>
        <translation>Graph hat nicht angegeben, welche Klassifizierung erstellt wurde, daher kann sie hier nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The classification removed is not known, so it cannot be put back.</source>
        <translation>Die entfernte Klassifizierung ist nicht bekannt, daher kann sie nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Changing group owner consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Zum Ändern der Einwilligung durch Gruppenbesitzer sind Policy.ReadWrite.Authorization und die Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“ erforderlich (%1).</translation>
    </message>
    <message>
        <source>The group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>Die vorherige Einstellung für die Einwilligung durch Gruppenbesitzer ist nicht bekannt und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Put group owner consent back to: %1</source>
        <translation>Einwilligung durch Gruppenbesitzer zurücksetzen auf: %1</translation>
    </message>
    <message>
        <source>Changing the older group owner consent setting (Consent Policy Settings) needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Zum Ändern der älteren Einstellung für die Einwilligung durch Gruppenbesitzer (Consent Policy Settings) sind Policy.ReadWrite.Authorization und die Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“ erforderlich (%1).</translation>
    </message>
    <message>
        <source>The older group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>Der vorherige Wert der älteren Einstellung für die Einwilligung durch Gruppenbesitzer ist nicht bekannt und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Let group owners consent again through the older setting Consent Policy Settings</source>
        <translation>Gruppenbesitzer über die ältere Einstellung „Consent Policy Settings“ wieder einwilligen lassen</translation>
    </message>
    <message>
        <source>Put the older setting Consent Policy Settings back: group owners may not consent</source>
        <translation>Ältere Einstellung „Consent Policy Settings“ wiederherstellen: Gruppenbesitzer dürfen nicht einwilligen</translation>
    </message>
</context>
<context>
    <name>SignInErrorExplainer</name>
    <message>
        <source>ConsentDesk does not know AADSTS%1. Microsoft&apos;s error lookup page describes it.</source>
        <translation>ConsentDesk kennt AADSTS%1 nicht. Die Fehlersuchseite von Microsoft beschreibt den Code.</translation>
    </message>
    <message>
        <source>The consent screen &quot;Need admin approval&quot;</source>
        <translation>Die Einwilligungsseite „Administratorgenehmigung erforderlich“</translation>
    </message>
    <message>
        <source>The consent screen &quot;Approval required&quot;</source>
        <translation>Die Einwilligungsseite „Genehmigung erforderlich“</translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <source>You consented as a different account</source>
        <translation>Sie haben mit einem anderen Konto eingewilligt</translation>
    </message>
    <message>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation>Melden Sie sich im Browser als %1 an, wenn ConsentDesk Schreibberechtigungen anfordert.</translation>
    </message>
    <message>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation>ConsentDesk konnte Ihr Konto nicht aus Microsoft Graph lesen</translation>
    </message>
    <message>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation>Prüfen Sie, ob die App-Registrierung die Berechtigung User.Read hat, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>to make the change you asked for</source>
        <translation>um die gewünschte Änderung vorzunehmen</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm who gave the consent</source>
        <translation>ConsentDesk konnte nicht bestätigen, wer die Einwilligung erteilt hat</translation>
    </message>
    <message>
        <source>The sign-in answer carried no readable id_token. Try again; if it keeps happening, report it with the details below.</source>
        <translation>Die Anmeldeantwort enthielt kein lesbares id_token. Versuchen Sie es erneut; wenn das weiterhin passiert, melden Sie es mit den unten stehenden Details.</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm which tenant you signed in to</source>
        <translation>ConsentDesk konnte nicht bestätigen, bei welchem Mandanten Sie sich angemeldet haben</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Versuchen Sie es erneut. Wenn das weiterhin passiert, melden Sie es mit den unten stehenden Details.</translation>
    </message>
    <message>
        <source>Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot tell whether it is the profile&apos;s (%1).</source>
        <translation>Weder die Anmeldeantwort noch Microsoft Graph haben den Mandanten genannt, daher kann ConsentDesk nicht feststellen, ob es der des Profils ist (%1).</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm that you signed in to %1</source>
        <translation>ConsentDesk konnte nicht bestätigen, dass Sie sich bei %1 angemeldet haben</translation>
    </message>
    <message>
        <source>Try again in a moment, or set the profile&apos;s tenant to the tenant ID (%1).</source>
        <translation>Versuchen Sie es gleich noch einmal, oder legen Sie als Mandanten des Profils die Mandanten-ID (%1) fest.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not list the tenant&apos;s verified domains (/organization).</source>
        <translation>Microsoft Graph hat die verifizierten Domänen des Mandanten nicht aufgelistet (/organization).</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in to your tenant</source>
        <translation>Bei Ihrem Mandanten anmelden</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Mandantenprofil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Mit Browser anmelden</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation>Falls sich der Browser nicht geöffnet hat: Fügen Sie den Link in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation>Kein Mandant zur Hand? Der Demomandant läuft auf diesem Computer, mit fiktiven Daten.</translation>
    </message>
    <message>
        <source>Open demo tenant</source>
        <translation>Demomandanten öffnen</translation>
    </message>
    <message>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation>Ihr Browser zeigt die Anmeldeseite. Schließen Sie die Anmeldung dort ab; ConsentDesk macht danach selbstständig weiter. Bis dahin geschieht nichts.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Add a tenant profile first.</source>
        <translation>Fügen Sie zuerst ein Mandantenprofil hinzu.</translation>
    </message>
    <message>
        <source>ConsentDesk opens your browser to sign in with your organization&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation>ConsentDesk öffnet Ihren Browser, damit Sie sich mit dem Konto Ihrer Organisation anmelden. Es fordert jetzt nur Lesezugriff an; vor Ihrer ersten Änderung fragt es erneut, und zwar genau nach der Berechtigung, die diese Änderung benötigt.</translation>
    </message>
    <message>
        <source>No profile yet. Add one with the tenant and the client ID of your organization&apos;s ConsentDesk app registration.</source>
        <translation>Noch kein Profil vorhanden. Fügen Sie eines mit dem Mandanten und der Client-ID der ConsentDesk-App-Registrierung Ihrer Organisation hinzu.</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>ConsentDesk snapshots (*.json.gz *.json)</source>
        <translation>ConsentDesk-Momentaufnahmen (*.json.gz *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport snapshot…</source>
        <translation>Momentaufnahme e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s apps, grants, requests and consent settings to one file.</source>
        <translation>Die Apps, Berechtigungserteilungen, Anforderungen und Einwilligungseinstellungen des Mandanten in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Compare snapshot with the &amp;tenant…</source>
        <translation>Momentaufnahme mit dem &amp;Mandanten vergleichen…</translation>
    </message>
    <message>
        <source>Compare t&amp;wo snapshots…</source>
        <translation>&amp;Zwei Momentaufnahmen vergleichen…</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Momentaufnahme exportieren</translation>
    </message>
    <message>
        <source>Compare snapshot with the tenant</source>
        <translation>Momentaufnahme mit dem Mandanten vergleichen</translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation>Die frühere Momentaufnahme</translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation>Die spätere Momentaufnahme</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Der Mandant wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant… %n item(s) written.</source>
        <translation>
            <numerusform>Der Mandant wird gelesen… %n Element geschrieben.</numerusform>
            <numerusform>Der Mandant wird gelesen… %n Elemente geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>Die Momentaufnahme wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Momentaufnahme in %1 gespeichert (%n Element).</numerusform>
            <numerusform>Momentaufnahme in %1 gespeichert (%n Elemente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in it, because it could not be read: %1.</source>
        <translation>Nicht enthalten, weil es nicht gelesen werden konnte: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>Die Momentaufnahme kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 Nothing was compared.</source>
        <translation>%1 kann nicht geöffnet werden: %2 Es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>Reading the tenant to compare…</source>
        <translation>Der Mandant wird für den Vergleich gelesen…</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1 Nothing was compared.</source>
        <translation>Der Mandant konnte nicht gelesen werden: %1 Es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>the tenant now</source>
        <translation>der Mandant jetzt</translation>
    </message>
    <message>
        <source>Compare two snapshots</source>
        <translation>Zwei Snapshots vergleichen</translation>
    </message>
    <message>
        <source>Reading and comparing the snapshots…</source>
        <translation>Die Snapshots werden gelesen und verglichen…</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Der Snapshot wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
</context>
<context>
    <name>SnapshotChange</name>
    <message>
        <source>Granted for all users</source>
        <extracomment>A delegated permission before or after a change: an admin consented to it for every user of the tenant.</extracomment>
        <translation>Für alle Benutzer erteilt</translation>
    </message>
    <message>
        <source>Granted as an application permission</source>
        <extracomment>An application permission (app role) before or after a change.</extracomment>
        <translation>Als Anwendungsberechtigung erteilt</translation>
    </message>
    <message>
        <source>Consented by the user</source>
        <extracomment>A user&apos;s own consent to a delegated permission, before or after a change.</extracomment>
        <translation>Vom Benutzer eingewilligt</translation>
    </message>
    <message numerus="yes">
        <source>Consented by %n user(s)</source>
        <extracomment>A delegated permission that users consented to on their own, before or after a change.</extracomment>
        <translation>
            <numerusform>Von %n Benutzer eingewilligt</numerusform>
            <numerusform>Von %n Benutzern eingewilligt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>What an app held: &quot;%1, %2, %3&quot; joins three counts (&quot;4 tenant-wide permissions&quot;...).</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-wide permission(s)</source>
        <translation>
            <numerusform>%n mandantenweite Berechtigung</numerusform>
            <numerusform>%n mandantenweite Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent</source>
        <translation>
            <numerusform>%n Benutzer mit eigener Einwilligung</numerusform>
            <numerusform>%n Benutzer mit eigener Einwilligung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n Anwendungsberechtigung</numerusform>
            <numerusform>%n Anwendungsberechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange application access policy for %1</source>
        <extracomment>A difference between snapshots: the Exchange Online application access policy that limits an app to the mailboxes of a group (%1: the group or scope).</extracomment>
        <translation>Exchange-Anwendungszugriffsrichtlinie für %1</translation>
    </message>
    <message>
        <source>Permission grant policy %1</source>
        <extracomment>A difference between snapshots: a permission grant policy (%1: its id).</extracomment>
        <translation>Richtlinie für die Berechtigungserteilung %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>What a grant, an app, a setting or a policy is after a change that removed it (the After column).</extracomment>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Permission or setting</source>
        <translation>Berechtigung oder Einstellung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>Änderungen zwischen den Momentaufnahmen</translation>
    </message>
    <message>
        <source>Microsoft Graph records no time for a grant: each change happened at some moment between the two snapshots.</source>
        <translation>Microsoft Graph speichert keine Zeit für eine Berechtigungserteilung: Jede Änderung geschah irgendwann zwischen den beiden Momentaufnahmen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Delegated, all users</source>
        <extracomment>A delegated permission granted for all users of the tenant</extracomment>
        <translation>Delegiert, alle Benutzer</translation>
    </message>
    <message>
        <source>Application permission</source>
        <translation>Anwendungsberechtigung</translation>
    </message>
    <message>
        <source>A user&apos;s own consent</source>
        <translation>Eigene Einwilligung eines Benutzers</translation>
    </message>
    <message>
        <source>Consent setting</source>
        <translation>Einwilligungseinstellung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>Keine Unterschiede zwischen %1 (%2) und %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 (%2) to %3 (%4), riskiest first.</source>
        <translation>
            <numerusform>%n Änderung von %1 (%2) zu %3 (%4), die riskanteste zuerst.</numerusform>
            <numerusform>%n Änderungen von %1 (%2) zu %3 (%4), die riskantesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML-Bericht (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2</source>
        <translation>Die Änderungen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>One row per app, permission or setting that was added, removed or changed between the two snapshots.</source>
        <translation>Eine Zeile pro App, Berechtigung oder Einstellung, die zwischen den beiden Momentaufnahmen hinzugefügt, entfernt oder geändert wurde.</translation>
    </message>
    <message>
        <source>Not compared, because %1 could not read it: %2.</source>
        <translation>Nicht verglichen, weil %1 diesen Teil nicht lesen konnte: %2.</translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column title: the date ConsentDesk first saw the grant (a short date column)</extracomment>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>The day ConsentDesk on this computer first saw the grant, in a list it read or a snapshot it opened. Graph keeps no date for a grant, so it may be older.</source>
        <translation>Der Tag, an dem ConsentDesk auf diesem Computer die Erteilung zum ersten Mal gesehen hat, in einer gelesenen Liste oder einem geöffneten Snapshot. Graph speichert zu einer Erteilung kein Datum, daher kann sie älter sein.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffReport</name>
    <message>
        <source>ConsentDesk snapshot diff</source>
        <extracomment>The title of the HTML report of a snapshot comparison (the browser&apos;s tab)</extracomment>
        <translation>ConsentDesk-Snapshot-Vergleich</translation>
    </message>
    <message>
        <source>ConsentDesk: what changed</source>
        <extracomment>The heading of the HTML report of a snapshot comparison</extracomment>
        <translation>ConsentDesk: Was sich geändert hat</translation>
    </message>
    <message>
        <source>%1 — %2, taken %3</source>
        <extracomment>One side of a snapshot comparison: %1 the file (or &quot;the tenant now&quot;), %2 the tenant, %3 when it was taken</extracomment>
        <translation>%1 — %2, erstellt %3</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>The HTML report&apos;s line with the number of changes, by risk</extracomment>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How many changes have one risk level: %1 the level (&quot;High&quot;), %2 the number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <extracomment>The HTML report&apos;s line naming the parts a snapshot could not read</extracomment>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>No differences.</source>
        <extracomment>The HTML report of a snapshot comparison when both sides hold the same</extracomment>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>App id</source>
        <extracomment>Column title: the app&apos;s application (client) id</extracomment>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>First seen: the day ConsentDesk on the computer that made this report first saw the grant (in a list it read or a snapshot it opened); the grant may be older.</source>
        <extracomment>The HTML report&apos;s note on the First seen column</extracomment>
        <translation>Zuerst gesehen: der Tag, an dem ConsentDesk auf dem Computer, der diesen Bericht erstellt hat, die Erteilung zum ersten Mal gesehen hat (in einer gelesenen Liste oder einem geöffneten Snapshot); die Erteilung kann älter sein.</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The snapshot export was canceled.</source>
        <translation>Der Export der Momentaufnahme wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The snapshot file could not be written: %1</source>
        <translation>Die Momentaufnahmedatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exchange Online was not connected, so its access policies were not read.</source>
        <translation>Exchange Online war nicht verbunden, daher wurden seine Zugriffsrichtlinien nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than a snapshot can be.</source>
        <translation>Die Datei ist größer als %1 MB, mehr als ein Snapshot sein kann.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file is truncated (its gzip stream ends early).</source>
        <translation>Die Datei kann nicht entpackt werden: Die komprimierte Datei ist abgeschnitten (ihr gzip-Datenstrom endet zu früh).</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file expands to more than %1 MB.</source>
        <translation>Die Datei kann nicht entpackt werden: Die komprimierte Datei wird entpackt größer als %1 MB.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: %1.</source>
        <extracomment>%1 is zlib&apos;s technical reason, in English</extracomment>
        <translation>Die Datei kann nicht entpackt werden: %1.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: the file ends before the snapshot does (was it copied or written completely?).</source>
        <translation>Der Snapshot ist abgeschnitten: Die Datei endet vor dem Snapshot (wurde sie vollständig kopiert oder geschrieben?).</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1 at byte %2.</source>
        <translation>Der Snapshot ist beschädigt: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot (not JSON: %1 at byte %2).</source>
        <translation>Dies ist kein ConsentDesk-Snapshot (kein JSON: %1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is a sandbox tenant fixture, not a ConsentDesk snapshot (it has no &quot;consentDeskSnapshot&quot; header).</source>
        <translation>Dies ist eine Mandantenvorlage der Sandbox, kein ConsentDesk-Snapshot (sie hat keinen Header „consentDeskSnapshot“).</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot: the JSON has no &quot;consentDeskSnapshot&quot; header.</source>
        <translation>Dies ist kein ConsentDesk-Snapshot: Das JSON hat keinen Header „consentDeskSnapshot“.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is not a JSON object.</source>
        <translation>Der Header des Snapshots ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header has no valid schema version.</source>
        <translation>Der Header des Snapshots hat keine gültige Schemaversion.</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer ConsentDesk (schema version %1; this version reads up to %2). Open it with that version or a later one.</source>
        <translation>Der Snapshot wurde von einer neueren ConsentDesk-Version geschrieben (Schemaversion %1; diese Version liest bis %2). Öffnen Sie ihn mit jener Version oder einer späteren.</translation>
    </message>
    <message>
        <source>The snapshot is incomplete: it has no end marker, so it was not written to the end.</source>
        <translation>Der Snapshot ist unvollständig: Er hat keine Endmarke, wurde also nicht bis zum Ende geschrieben.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header lacks the tenant id or the time it was taken.</source>
        <translation>Dem Header des Snapshots fehlen die Mandanten-ID oder der Zeitpunkt der Aufnahme.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1&quot; is missing or not a list of objects.</source>
        <translation>„%1“ fehlt im Snapshot oder ist keine Liste von Objekten.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;policies&quot; or &quot;errors&quot; member is missing or of the wrong type.</source>
        <translation>Das Element „policies“ oder „errors“ des Snapshots fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The snapshot lists a service principal without an id.</source>
        <translation>Der Snapshot enthält einen Dienstprinzipal ohne ID.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot is damaged: its end marker counts %n item(s) in &quot;%1&quot;, the file holds %2.</source>
        <translation>
            <numerusform>Der Snapshot ist beschädigt: Seine Endmarke zählt %n Element in „%1“, die Datei enthält %2.</numerusform>
            <numerusform>Der Snapshot ist beschädigt: Seine Endmarke zählt %n Elemente in „%1“, die Datei enthält %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation>Das Zugriffstoken in %1 wurde abgelehnt (abgelaufen oder für eine andere Ressource).</translation>
    </message>
    <message>
        <source>No access token: sign in, or set %1.</source>
        <translation>Kein Zugriffstoken: Melden Sie sich an, oder legen Sie %1 fest.</translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <source>%1: %2 received, Graph counts %3</source>
        <translation>%1: %2 empfangen, Graph zählt %3</translation>
    </message>
    <message>
        <source>%1: %2 received, no count from Graph</source>
        <translation>%1: %2 empfangen, keine Anzahl von Graph</translation>
    </message>
    <message>
        <source> (%1 received twice)</source>
        <translation> (%1 doppelt empfangen)</translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <source>The inventory was canceled.</source>
        <translation>Die Bestandsaufnahme wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 is waiting for your approval.</source>
        <translation>%1 wartet auf Ihre Genehmigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation>
            <numerusform>%n neue Einwilligungsanforderung wartet auf Ihre Genehmigung.</numerusform>
            <numerusform>%n neue Einwilligungsanforderungen warten auf Ihre Genehmigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>Neue Einwilligungsanforderung</translation>
    </message>
</context>
<context>
    <name>TroubleshootCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A troubleshooter check&apos;s result: nothing wrong</extracomment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A troubleshooter check&apos;s result: worth a look, not blocking</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A troubleshooter check&apos;s result: this stops the user</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Enable the app…</source>
        <translation>App aktivieren…</translation>
    </message>
    <message>
        <source>Assign the user…</source>
        <translation>Benutzer zuweisen…</translation>
    </message>
    <message>
        <source>Grant admin consent…</source>
        <translation>Administratoreinwilligung erteilen…</translation>
    </message>
    <message>
        <source>Turn on the workflow…</source>
        <translation>Workflow einschalten…</translation>
    </message>
    <message>
        <source>Edit the reviewers…</source>
        <extracomment>Opens Consent settings at the admin consent workflow&apos;s reviewers</extracomment>
        <translation>Prüfer bearbeiten…</translation>
    </message>
</context>
<context>
    <name>TroubleshootFixPlanner</name>
    <message>
        <source>There is nothing ConsentDesk can change for this check.</source>
        <translation>Für diese Prüfung kann ConsentDesk nichts ändern.</translation>
    </message>
    <message>
        <source>%1 is not in this tenant: there is nothing to enable.</source>
        <translation>%1 ist nicht in diesem Mandanten: Es gibt nichts zu aktivieren.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is already enabled.</source>
        <translation>Die Anmeldung bei %1 ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1</source>
        <translation>Anmeldung bei %1 aktivieren</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 (accountEnabled = true)</source>
        <translation>Anmeldung bei %1 aktivieren (accountEnabled = true)</translation>
    </message>
    <message>
        <source>The user or the app is not in this tenant: there is nobody to assign.</source>
        <translation>Der Benutzer oder die App ist nicht in diesem Mandanten: Es gibt niemanden zuzuweisen.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 ist %2 bereits zugewiesen.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 zu %2 zuweisen</translation>
    </message>
    <message>
        <source>Assign %1 to %2 with the role %3</source>
        <extracomment>%1 user, %2 app, %3 app role name</extracomment>
        <translation>%1 zu %2 mit der Rolle %3 zuweisen</translation>
    </message>
    <message>
        <source>Every permission asked for is granted already.</source>
        <translation>Jede angeforderte Berechtigung ist bereits erteilt.</translation>
    </message>
    <message>
        <source>Admin consent for everyone in the tenant: no user of %1 will be asked for these permissions again.</source>
        <translation>Administratoreinwilligung für alle im Mandanten: Kein Benutzer von %1 wird erneut nach diesen Berechtigungen gefragt.</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read, so it is not changed.</source>
        <translation>Der Workflow für die Administratoreinwilligung konnte nicht gelesen werden, daher wird er nicht geändert.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on already.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist bereits eingeschaltet.</translation>
    </message>
    <message>
        <source>The workflow has no reviewers: choose them in Consent settings (or `consentdesk-cli settings workflow --enable --reviewer …`).</source>
        <translation>Der Workflow hat keine Prüfer: Wählen Sie sie in den Einwilligungseinstellungen aus (oder `consentdesk-cli settings workflow --enable --reviewer …`).</translation>
    </message>
    <message>
        <source>Choose reviewers who can approve in Consent settings, or run: %1</source>
        <translation>Wählen Sie in den Einwilligungseinstellungen Prüfer, die genehmigen können, oder führen Sie aus: %1</translation>
    </message>
</context>
<context>
    <name>TroubleshootRules</name>
    <message>
        <source>Can the user sign in at all?</source>
        <translation>Kann sich der Benutzer überhaupt anmelden?</translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>Kein Benutzer %1 in diesem Mandanten.</translation>
    </message>
    <message>
        <source>Check the user&apos;s sign-in name (UPN) or object ID.</source>
        <translation>Prüfen Sie den Anmeldenamen (UPN) oder die Objekt-ID des Benutzers.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they cannot sign in to anything.</source>
        <translation>Das Konto von %1 ist deaktiviert: Die Person kann sich nirgends anmelden.</translation>
    </message>
    <message>
        <source>Enable the account in the Microsoft Entra admin center (Users), if they should work again.</source>
        <translation>Aktivieren Sie das Konto im Microsoft Entra Admin Center (Benutzer), wenn die Person wieder arbeiten soll.</translation>
    </message>
    <message>
        <source>%1 is a guest and their account is enabled.</source>
        <translation>%1 ist ein Gast, und das Konto ist aktiviert.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>Das Konto von %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>Is the app blocked?</source>
        <translation>Ist die App blockiert?</translation>
    </message>
    <message>
        <source>The app could not be read: %1</source>
        <translation>Die App konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run the troubleshooter again; if it persists, check your roles.</source>
        <translation>Führen Sie die Problembehandlung erneut aus; bleibt der Fehler, prüfen Sie Ihre Rollen.</translation>
    </message>
    <message>
        <source>%1 has no service principal in this tenant yet: it is added at the first consent, and nothing blocks it.</source>
        <translation>%1 hat noch keinen Dienstprinzipal in diesem Mandanten: Er wird bei der ersten Einwilligung hinzugefügt, und nichts blockiert die App.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is disabled (its service principal&apos;s accountEnabled is false): every user is refused, and nobody can request it.</source>
        <translation>Die Anmeldung bei %1 ist deaktiviert (accountEnabled des Dienstprinzipals ist false): Jeder Benutzer wird abgewiesen, und niemand kann sie anfordern.</translation>
    </message>
    <message>
        <source>Enable sign-in for the app, if it was not blocked on purpose (Activity shows who blocked it).</source>
        <translation>Aktivieren Sie die Anmeldung für die App, wenn sie nicht absichtlich blockiert wurde (die Aktivität zeigt, wer sie blockiert hat).</translation>
    </message>
    <message>
        <source>Sign-in to %1 is enabled.</source>
        <translation>Die Anmeldung bei %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>Default Access</source>
        <translation>Standardzugriff</translation>
    </message>
    <message>
        <source>Does the app require assignment?</source>
        <translation>Erfordert die App eine Zuweisung?</translation>
    </message>
    <message>
        <source>The app is not in this tenant yet, so it requires no assignment.</source>
        <translation>Die App ist noch nicht in diesem Mandanten und erfordert daher keine Zuweisung.</translation>
    </message>
    <message>
        <source>%1 does not require assignment: any user of the tenant may sign in.</source>
        <translation>%1 erfordert keine Zuweisung: Jeder Benutzer des Mandanten darf sich anmelden.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and its assignments could not be read: %2</source>
        <translation>%1 erfordert eine Zuweisung, und ihre Zuweisungen konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 requires assignment; without the user, ConsentDesk cannot tell whether they are assigned.</source>
        <translation>%1 erfordert eine Zuweisung; ohne den Benutzer kann ConsentDesk nicht feststellen, ob er zugewiesen ist.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned.</source>
        <translation>%1 erfordert eine Zuweisung, und %2 ist zugewiesen.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned through the group %3.</source>
        <extracomment>%3 is a group&apos;s name</extracomment>
        <translation>%1 erfordert eine Zuweisung, und %2 ist über die Gruppe %3 zugewiesen.</translation>
    </message>
    <message>
        <source>%1 requires assignment and %2 is not assigned, neither directly nor through a group they are a direct member of (nested groups do not count): sign-in fails with AADSTS50105.</source>
        <translation>%1 erfordert eine Zuweisung, und %2 ist nicht zugewiesen, weder direkt noch über eine Gruppe, deren direktes Mitglied die Person ist (geschachtelte Gruppen zählen nicht): Die Anmeldung schlägt mit AADSTS50105 fehl.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 (role %3), or add them to an assigned group.</source>
        <extracomment>%1 user name, %2 app name, %3 an app role&apos;s name (e.g. Default Access)</extracomment>
        <translation>Weisen Sie %1 zu %2 zu (Rolle %3), oder fügen Sie die Person einer zugewiesenen Gruppe hinzu.</translation>
    </message>
    <message>
        <source>Which conditional access policies apply?</source>
        <translation>Welche Richtlinien für bedingten Zugriff gelten?</translation>
    </message>
    <message>
        <source>The conditional access policies could not be read: %1</source>
        <translation>Die Richtlinien für bedingten Zugriff konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading them needs Policy.Read.All and a role such as Global Reader, Security Reader or Conditional Access Administrator.</source>
        <translation>Zum Lesen sind Policy.Read.All und eine Rolle wie Globaler Leser, Sicherheitsleseberechtigter oder Administrator für bedingten Zugriff nötig.</translation>
    </message>
    <message>
        <source>Without the user, ConsentDesk cannot tell which policies apply.</source>
        <translation>Ohne den Benutzer kann ConsentDesk nicht feststellen, welche Richtlinien gelten.</translation>
    </message>
    <message>
        <source>The user&apos;s groups and roles could not be read (%1); policies that target groups or roles may be missing below.</source>
        <translation>Die Gruppen und Rollen des Benutzers konnten nicht gelesen werden (%1); Richtlinien, die auf Gruppen oder Rollen zielen, fehlen unten möglicherweise.</translation>
    </message>
    <message>
        <source>No enabled or report-only policy applies to %1 signing in to %2.</source>
        <translation>Keine aktivierte oder Nur-Bericht-Richtlinie gilt für die Anmeldung von %1 bei %2.</translation>
    </message>
    <message>
        <source>Access is blocked by %1. Conditional access is changed in the Microsoft Entra admin center (Protection &gt; Conditional Access): exclude the user or the app there if the block is not meant for them. ConsentDesk only reads these policies.</source>
        <extracomment>%1 is a list of policy names</extracomment>
        <translation>Der Zugriff wird von %1 blockiert. Bedingter Zugriff wird im Microsoft Entra Admin Center geändert (Schutz &gt; Bedingter Zugriff): Schließen Sie dort den Benutzer oder die App aus, wenn die Blockierung nicht für sie gedacht ist. ConsentDesk liest diese Richtlinien nur.</translation>
    </message>
    <message>
        <source>The user must meet what these policies require when signing in (for example register for multifactor authentication); nothing to change unless that is the reason they are stuck.</source>
        <translation>Der Benutzer muss bei der Anmeldung erfüllen, was diese Richtlinien verlangen (zum Beispiel sich für die mehrstufige Authentifizierung registrieren); nichts ist zu ändern, es sei denn, genau daran scheitert er.</translation>
    </message>
    <message>
        <source>Is there a grant, and is the user prompted for more than it holds?</source>
        <translation>Gibt es eine Erteilung, und wird der Benutzer nach mehr gefragt, als sie enthält?</translation>
    </message>
    <message>
        <source>The app&apos;s grants could not be read: %1</source>
        <translation>Die Erteilungen der App konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone and the user&apos;s own consent.</source>
        <translation>Die App hat eine Administratoreinwilligung für alle und die eigene Einwilligung des Benutzers.</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone.</source>
        <translation>Die App hat eine Administratoreinwilligung für alle.</translation>
    </message>
    <message>
        <source>The app holds the user&apos;s own consent, no admin consent.</source>
        <translation>Die App hat die eigene Einwilligung des Benutzers, keine Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>The app holds no delegated permission for this user (no admin consent, no consent of theirs).</source>
        <translation>Die App hat keine delegierte Berechtigung für diesen Benutzer (keine Administratoreinwilligung, keine eigene Einwilligung).</translation>
    </message>
    <message>
        <source>ConsentDesk does not know which permissions the app asks for (no request from this user, no grant).</source>
        <translation>ConsentDesk weiß nicht, welche Berechtigungen die App anfordert (keine Anforderung dieses Benutzers, keine Erteilung).</translation>
    </message>
    <message>
        <source>It covers every permission asked for: %1.</source>
        <translation>Sie deckt jede angeforderte Berechtigung ab: %1.</translation>
    </message>
    <message>
        <source>The user is still prompted for %1, which no grant holds.</source>
        <translation>Der Benutzer wird noch nach %1 gefragt, was keine Erteilung enthält.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone, if the app should have them.</source>
        <translation>Erteilen Sie die Administratoreinwilligung für %1 für alle, wenn die App sie haben soll.</translation>
    </message>
    <message>
        <source>May the user consent to these permissions?</source>
        <translation>Darf der Benutzer in diese Berechtigungen einwilligen?</translation>
    </message>
    <message>
        <source>Nothing to consent to that ConsentDesk knows of.</source>
        <translation>Nichts, was ConsentDesk bekannt ist, erfordert eine Einwilligung.</translation>
    </message>
    <message>
        <source>Nothing is left to consent to: the grants hold it all.</source>
        <translation>Es bleibt nichts einzuwilligen: Die Erteilungen enthalten alles.</translation>
    </message>
    <message>
        <source>User consent: %1. The user may consent to %2 themselves.</source>
        <extracomment>%1 the user consent setting in the admin center&apos;s words, %2 permissions</extracomment>
        <translation>Benutzereinwilligung: %1. Der Benutzer darf selbst in %2 einwilligen.</translation>
    </message>
    <message>
        <source>User consent: %1. The user cannot consent to %2 and sees &quot;Approval required&quot; (or &quot;Need admin approval&quot;):</source>
        <translation>Benutzereinwilligung: %1. Der Benutzer kann nicht in %2 einwilligen und sieht „Genehmigung erforderlich“ (oder „Administratorgenehmigung erforderlich“):</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone (reviewed like a request), or change the user consent setting or the classification of these permissions.</source>
        <translation>Erteilen Sie die Administratoreinwilligung für %1 für alle (geprüft wie eine Anforderung), oder ändern Sie die Einstellung für die Benutzereinwilligung oder die Klassifizierung dieser Berechtigungen.</translation>
    </message>
    <message>
        <source>Can the user request approval, and who reviews?</source>
        <translation>Kann der Benutzer eine Genehmigung anfordern, und wer prüft?</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>Der Workflow für die Administratoreinwilligung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: the user sees &quot;Need admin approval&quot; with no way to ask for it, and no administrator hears of it.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist ausgeschaltet: Der Benutzer sieht „Administratorgenehmigung erforderlich“ ohne Möglichkeit, sie anzufordern, und kein Administrator erfährt davon.</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users cannot request apps they may not consent to.</source>
        <translation>Der Workflow für die Administratoreinwilligung ist ausgeschaltet: Benutzer können keine Apps anfordern, in die sie nicht einwilligen dürfen.</translation>
    </message>
    <message>
        <source>Turn on the workflow; its reviewers would be %1.</source>
        <extracomment>%1 is a list of reviewer names</extracomment>
        <translation>Schalten Sie den Workflow ein; seine Prüfer wären %1.</translation>
    </message>
    <message>
        <source>The workflow is on, but no reviewer can approve: %1</source>
        <translation>Der Workflow ist eingeschaltet, aber kein Prüfer kann genehmigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workflow is on; reviewers: %1; requests expire after %n day(s).</source>
        <extracomment>%1 reviewer names, %2 number of days</extracomment>
        <translation>
            <numerusform>Der Workflow ist eingeschaltet; Prüfer: %1; Anforderungen laufen nach %n Tag ab.</numerusform>
            <numerusform>Der Workflow ist eingeschaltet; Prüfer: %1; Anforderungen laufen nach %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is a request from this user waiting, and when does it expire?</source>
        <translation>Wartet eine Anforderung dieses Benutzers, und wann läuft sie ab?</translation>
    </message>
    <message>
        <source>The consent requests could not be read: %1</source>
        <translation>Die Einwilligungsanforderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No request from %1 for %2.</source>
        <translation>Keine Anforderung von %1 für %2.</translation>
    </message>
    <message>
        <source>%1&apos;s last request (%2) is closed: %3.</source>
        <extracomment>%1 user, %2 date, %3 the request&apos;s status (Expired, Completed)</extracomment>
        <translation>Die letzte Anforderung von %1 (%2) ist abgeschlossen: %3.</translation>
    </message>
    <message>
        <source>Nobody reviewed it in time; the user may request again.</source>
        <translation>Niemand hat sie rechtzeitig geprüft; der Benutzer kann erneut anfordern.</translation>
    </message>
    <message>
        <source>%1 asked on %2 and nobody reviewed it by %3, when it expired: the user may request again.</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date</extracomment>
        <translation>%1 hat am %2 angefordert, und niemand hat die Anforderung bis zum Ablauf am %3 geprüft: Der Benutzer kann erneut anfordern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date; followed by how many days are left</extracomment>
        <translation>
            <numerusform>%1 hat am %2 angefordert; die Anforderung wartet auf Prüfung und läuft am %3 ab (noch %n Tag).</numerusform>
            <numerusform>%1 hat am %2 angefordert; die Anforderung wartet auf Prüfung und läuft am %3 ab (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked on %2; the request is waiting for review (expiry unknown).</source>
        <translation>%1 hat am %2 angefordert; die Anforderung wartet auf Prüfung (Ablauf unbekannt).</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <extracomment>%1 is the user&apos;s justification, as they typed it</extracomment>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Everything it asks for is granted now; the request stays open in the Microsoft Entra admin center until someone reviews it there (Graph has no way to close it).</source>
        <translation>Alles Angeforderte ist jetzt erteilt; die Anforderung bleibt im Microsoft Entra Admin Center offen, bis jemand sie dort prüft (Graph kann sie nicht schließen).</translation>
    </message>
    <message>
        <source>Close the request in the Microsoft Entra admin center (Enterprise applications &gt; Admin consent requests).</source>
        <translation>Schließen Sie die Anforderung im Microsoft Entra Admin Center (Unternehmensanwendungen &gt; Administratoreinwilligungsanforderungen).</translation>
    </message>
    <message>
        <source>Review the request: grant what it asks for (Consent requests), or deny it in the Microsoft Entra admin center.</source>
        <translation>Prüfen Sie die Anforderung: Erteilen Sie, was sie anfordert (Einwilligungsanforderungen), oder lehnen Sie sie im Microsoft Entra Admin Center ab.</translation>
    </message>
    <message>
        <source>Your roles may not read the conditional access policies, so ConsentDesk cannot tell which apply.</source>
        <translation>Ihre Rollen dürfen die Richtlinien für bedingten Zugriff nicht lesen, daher kann ConsentDesk nicht feststellen, welche gelten.</translation>
    </message>
    <message>
        <source>Ask the user which permissions the consent screen lists, and name them (Permissions asked for, or --scope in consentdesk-cli).</source>
        <translation>Fragen Sie den Benutzer, welche Berechtigungen die Einwilligungsseite aufführt, und nennen Sie sie („Angeforderte Berechtigungen“ oder --scope in consentdesk-cli).</translation>
    </message>
    <message>
        <source>Turn on the workflow with reviewers who can approve: choose them in Consent settings, or run %1 (it makes the holders of Cloud Application Administrator the reviewers).</source>
        <translation>Schalten Sie den Workflow mit Prüfern ein, die genehmigen können: Wählen Sie sie in den Einwilligungseinstellungen, oder führen Sie %1 aus (das macht die Inhaber der Rolle „Cloudanwendungsadministrator“ zu Prüfern).</translation>
    </message>
    <message>
        <source>Add a reviewer who holds a role that may grant consent: in Consent settings (the reviewers who cannot approve are selected), or run %1 — it replaces the reviewers with the holders of Cloud Application Administrator; name the others to keep with more --reviewer options.</source>
        <extracomment>%1 is a consentdesk-cli command</extracomment>
        <translation>Fügen Sie einen Prüfer hinzu, der eine Rolle innehat, die Einwilligungen erteilen darf: in den Einwilligungseinstellungen (die Prüfer, die nicht genehmigen können, sind ausgewählt), oder führen Sie %1 aus – es ersetzt die Prüfer durch die Inhaber der Rolle „Cloudanwendungsadministrator“; nennen Sie die anderen, die bleiben sollen, mit weiteren --reviewer-Optionen.</translation>
    </message>
</context>
<context>
    <name>TroubleshootView</name>
    <message>
        <source>Troubleshoot</source>
        <translation>Problembehandlung</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect an app? Name both: ConsentDesk reads what decides it and says what to fix.</source>
        <translation>Warum kann ein Benutzer eine App nicht verbinden? Nennen Sie beide: ConsentDesk liest, was darüber entscheidet, und sagt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>sign-in name (UPN) or object ID</source>
        <translation>Anmeldename (UPN) oder Objekt-ID</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>application (client) ID, object ID or exact name</source>
        <translation>Anwendungs-ID (Client), Objekt-ID oder genauer Name</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>Runs the troubleshooter&apos;s checks for the user and the app</extracomment>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Checks for this user and app</source>
        <translation>Prüfungen für diesen Benutzer und diese App</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Why a user cannot connect an app: consent, assignment, blocks, conditional access, requests</source>
        <translation>Warum ein Benutzer eine App nicht verbinden kann: Einwilligung, Zuweisung, Blockierungen, bedingter Zugriff, Anforderungen</translation>
    </message>
    <message>
        <source>Sign in to troubleshoot a user and an app.</source>
        <translation>Melden Sie sich an, um die Probleme eines Benutzers mit einer App zu untersuchen.</translation>
    </message>
    <message>
        <source>Name a user and an app, then choose Check.</source>
        <translation>Nennen Sie einen Benutzer und eine App, und wählen Sie dann „Prüfen“.</translation>
    </message>
    <message>
        <source>Name the user who cannot connect %1.</source>
        <translation>Nennen Sie den Benutzer, der %1 nicht verbinden kann.</translation>
    </message>
    <message>
        <source>Name the app %1 cannot connect.</source>
        <translation>Nennen Sie die App, die %1 nicht verbinden kann.</translation>
    </message>
    <message>
        <source>Reading what decides whether %1 can connect %2…</source>
        <translation>Lese, was darüber entscheidet, ob %1 %2 verbinden kann…</translation>
    </message>
    <message>
        <source>There is no user %1 in this tenant. Check the sign-in name (UPN) or object ID.</source>
        <translation>Es gibt keinen Benutzer %1 in diesem Mandanten. Prüfen Sie den Anmeldenamen (UPN) oder die Objekt-ID.</translation>
    </message>
    <message>
        <source>Several apps are named %1: give its application (client) ID.</source>
        <translation>Mehrere Apps heißen %1: Geben Sie die Anwendungs-ID (Client) an.</translation>
    </message>
    <message>
        <source>There is no app %1 in this tenant, and no consent request names it. Give its application (client) ID, object ID or exact name.</source>
        <translation>Es gibt keine App %1 in diesem Mandanten, und keine Einwilligungsanforderung nennt sie. Geben Sie ihre Anwendungs-ID (Client), Objekt-ID oder ihren genauen Namen an.</translation>
    </message>
    <message>
        <source>The user or the app could not be read: %1</source>
        <translation>Der Benutzer oder die App konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 and %2:</source>
        <extracomment>%1 user&apos;s name, %2 app&apos;s name</extracomment>
        <translation>%1 und %2:</translation>
    </message>
    <message>
        <source>every check passes.</source>
        <translation>Jede Prüfung ist bestanden.</translation>
    </message>
    <message>
        <source>Choose a check to see what to do about it.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>Be&amp;heben…</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>Hier ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n Prüfung ist fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) gave a warning.</source>
        <translation>
            <numerusform>%n Prüfung hat eine Warnung ergeben.</numerusform>
            <numerusform>%n Prüfungen haben eine Warnung ergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1.</source>
        <extracomment>%1 is a list of directory role names</extracomment>
        <translation>Für diese Behebung ist eine dieser Rollen nötig: %1.</translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1. Your roles: %2.</source>
        <extracomment>%1 and %2 are lists of directory role names</extracomment>
        <translation>Für diese Behebung ist eine dieser Rollen nötig: %1. Ihre Rollen: %2.</translation>
    </message>
    <message>
        <source>Per&amp;missions asked for:</source>
        <translation>Angeforderte Be&amp;rechtigungen:</translation>
    </message>
    <message>
        <source>optional, when no request says it: e.g. Mail.Read Calendars.ReadWrite</source>
        <translation>optional, wenn keine Anforderung sie nennt: z. B. Mail.Read Calendars.ReadWrite</translation>
    </message>
    <message>
        <source>One row per check of whether this user can use this app: its result and the evidence; select one to see its fix.</source>
        <translation>Eine Zeile pro Prüfung, ob dieser Benutzer diese App verwenden kann: ihr Ergebnis und der Nachweis; wählen Sie eine aus, um ihre Behebung zu sehen.</translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>UserConsentEvaluator</name>
    <message>
        <source>%1 is an application permission: only an administrator can grant it.</source>
        <translation>%1 ist eine Anwendungsberechtigung: Nur ein Administrator kann sie erteilen.</translation>
    </message>
    <message>
        <source>%1 of %2 always needs an administrator&apos;s consent.</source>
        <extracomment>%1 a permission, %2 the API that publishes it</extracomment>
        <translation>%1 von %2 erfordert immer die Einwilligung eines Administrators.</translation>
    </message>
    <message>
        <source>The user consent setting could not be read.</source>
        <translation>Die Einstellung für die Benutzereinwilligung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>User consent is turned off in this tenant.</source>
        <translation>Die Benutzereinwilligung ist in diesem Mandanten ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is allowed by the user consent policy &quot;%2&quot;.</source>
        <extracomment>%1 a permission, %2 a permission grant policy&apos;s name</extracomment>
        <translation>%1 ist durch die Benutzereinwilligungsrichtlinie „%2“ erlaubt.</translation>
    </message>
    <message>
        <source>Users may consent to any permission that does not need an administrator.</source>
        <translation>Benutzer dürfen in jede Berechtigung einwilligen, die keinen Administrator erfordert.</translation>
    </message>
    <message>
        <source>%1 is classified low impact and the app&apos;s publisher is verified.</source>
        <translation>%1 ist als geringe Auswirkung klassifiziert, und der Herausgeber der App ist verifiziert.</translation>
    </message>
    <message>
        <source>the app is not in this tenant yet, so its publisher&apos;s verification cannot be read</source>
        <translation>die App ist noch nicht in diesem Mandanten, daher kann die Verifizierung ihres Herausgebers nicht gelesen werden</translation>
    </message>
    <message>
        <source>the app&apos;s publisher is not verified</source>
        <translation>der Herausgeber der App ist nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 is not classified low impact</source>
        <translation>%1 ist nicht als geringe Auswirkung klassifiziert</translation>
    </message>
    <message>
        <source>No user consent policy of this tenant allows %1 for this app.</source>
        <translation>Keine Benutzereinwilligungsrichtlinie dieses Mandanten erlaubt %1 für diese App.</translation>
    </message>
    <message>
        <source>No user consent policy allows %1: %2.</source>
        <extracomment>%1 a permission, %2 reasons joined with &quot;and&quot;-free semicolons</extracomment>
        <translation>Keine Benutzereinwilligungsrichtlinie erlaubt %1: %2.</translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation>Geben Sie einen Teil eines Namens, Benutzerprinzipalnamens oder einer E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>UserConsentSetting</name>
    <message>
        <source>Do not allow user consent</source>
        <translation>Benutzereinwilligung nicht zulassen</translation>
    </message>
    <message>
        <source>Allow user consent for apps from verified publishers, for selected permissions</source>
        <translation>Benutzereinwilligung für Apps von verifizierten Herausgebern für ausgewählte Berechtigungen zulassen</translation>
    </message>
    <message>
        <source>Allow user consent for apps</source>
        <translation>Benutzereinwilligung für Apps zulassen</translation>
    </message>
    <message>
        <source>Let Microsoft manage your consent settings</source>
        <translation>Microsoft die Verwaltung Ihrer Einwilligungseinstellungen überlassen</translation>
    </message>
    <message>
        <source>Custom app consent policy</source>
        <translation>Benutzerdefinierte App-Einwilligungsrichtlinie</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation>Nicht geprüft: jedes Postfach, sofern Exchange die App nicht einschränkt</translation>
    </message>
    <message>
        <source>Reaches this mailbox (no access policy)</source>
        <translation>Erreicht dieses Postfach (keine Zugriffsrichtlinie)</translation>
    </message>
    <message>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation>Erreicht dieses Postfach (im Bereich der App)</translation>
    </message>
    <message>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation>Ausgeschlossen (außerhalb des Bereichs der App)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name, user principal name or mail address</source>
        <translation>Name, Benutzerprinzipalname oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Gefundene Benutzer</translation>
    </message>
    <message>
        <source>Consented by this user</source>
        <translation>Einwilligungen dieses Benutzers</translation>
    </message>
    <message>
        <source>Admin-consented for everyone</source>
        <translation>Administratoreinwilligung für alle</translation>
    </message>
    <message>
        <source>App roles</source>
        <translation>App-Rollen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Application permissions</source>
        <translation>Anwendungsberechtigungen</translation>
    </message>
    <message>
        <source>This user&apos;s mailbox</source>
        <translation>Postfach dieses Benutzers</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>Postfachzugriff</translation>
    </message>
    <message>
        <source>Sign in to look up users.</source>
        <translation>Melden Sie sich an, um Benutzer nachzuschlagen.</translation>
    </message>
    <message>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation>Suchen Sie einen Benutzer, um zu sehen, was er erteilt hat und wem.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Kein passender Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n Benutzer gefunden.</numerusform>
            <numerusform>%n Benutzer gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what this user granted…</source>
        <translation>Erteilungen dieses Benutzers werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>Der Benutzer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation>
            <numerusform>%n App mit Einwilligung dieses Benutzers</numerusform>
            <numerusform>%n Apps mit Einwilligung dieses Benutzers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation>
            <numerusform>Mitglied von %n Gruppe</numerusform>
            <numerusform>Mitglied von %n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>teilweise gelesen: %1</translation>
    </message>
    <message>
        <source>Consented by this user (%1)</source>
        <translation>Einwilligungen dieses Benutzers (%1)</translation>
    </message>
    <message>
        <source>Admin-consented for everyone (%1)</source>
        <translation>Administratoreinwilligung für alle (%1)</translation>
    </message>
    <message>
        <source>App roles (%1)</source>
        <translation>App-Rollen (%1)</translation>
    </message>
    <message>
        <source>Mailbox access (%1)</source>
        <translation>Postfachzugriff (%1)</translation>
    </message>
    <message>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation>Was ein Benutzer erteilt hat und wem (Helpdesk-Suche)</translation>
    </message>
    <message>
        <source>Double-click an app to open it in Apps and permissions.</source>
        <translation>Doppelklicken Sie auf eine App, um sie unter „Apps und Berechtigungen“ zu öffnen.</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Permissions this user consented to</source>
        <translation>Berechtigungen, in die dieser Benutzer eingewilligt hat</translation>
    </message>
    <message>
        <source>Permissions admin-consented for everyone</source>
        <translation>Berechtigungen mit Administratoreinwilligung für alle</translation>
    </message>
    <message>
        <source>App roles assigned to this user</source>
        <translation>Diesem Benutzer zugewiesene App-Rollen</translation>
    </message>
    <message>
        <source>Apps that can reach this user&apos;s mailbox</source>
        <translation>Apps, die das Postfach dieses Benutzers erreichen können</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot an app…</source>
        <extracomment>Opens the troubleshooter with this user filled in; the admin names the app</extracomment>
        <translation>&amp;Problembehandlung für eine App…</translation>
    </message>
    <message>
        <source>Why can&apos;t this user connect an app? Opens the troubleshooter with the user filled in.</source>
        <translation>Warum kann dieser Benutzer eine App nicht verbinden? Öffnet die Problembehandlung mit diesem Benutzer.</translation>
    </message>
    <message>
        <source>One row per permission this user granted an app for themselves; double-click a row to open the app.</source>
        <translation>Eine Zeile pro Berechtigung, die dieser Benutzer einer App für sich selbst erteilt hat; doppelklicken Sie auf eine Zeile, um die App zu öffnen.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted an app for everyone, this user included; double-click a row to open the app.</source>
        <translation>Eine Zeile pro Berechtigung, die ein Administrator einer App für alle erteilt hat, diesen Benutzer eingeschlossen; doppelklicken Sie auf eine Zeile, um die App zu öffnen.</translation>
    </message>
    <message>
        <source>One row per app role assigned to this user; double-click a row to open the app.</source>
        <translation>Eine Zeile pro App-Rolle, die diesem Benutzer zugewiesen ist; doppelklicken Sie auf eine Zeile, um die App zu öffnen.</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and whether Exchange lets it reach this user&apos;s mailbox; double-click a row to open the app.</source>
        <translation>Eine Zeile pro App mit Anwendungsberechtigungen für Postfächer und ob Exchange ihr den Zugriff auf das Postfach dieses Benutzers erlaubt; doppelklicken Sie auf eine Zeile, um die App zu öffnen.</translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <source>Allow ConsentDesk to make changes</source>
        <translation>ConsentDesk Änderungen erlauben</translation>
    </message>
    <message>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation>Sie haben sich nur mit Lesezugriff angemeldet. Für Änderungen benötigt ConsentDesk diese delegierten Berechtigungen. Es kann nie mehr tun, als Ihre eigene Verzeichnisrolle erlaubt.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Why ConsentDesk needs it</source>
        <translation>Wozu ConsentDesk sie benötigt</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Your browser opens to ask for them. If your organization requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation>Ihr Browser wird geöffnet, um sie anzufordern. Wenn Ihre Organisation dafür die Genehmigung eines Administrators verlangt, zeigt der Browser das an, und hier ändert sich nichts.</translation>
    </message>
    <message>
        <source>Permissions to allow, and why</source>
        <translation>Zuzulassende Berechtigungen und Begründung</translation>
    </message>
    <message>
        <source>One row per permission ConsentDesk asks for to make changes, and why it needs it.</source>
        <translation>Eine Zeile pro Berechtigung, die ConsentDesk für Änderungen anfordert, und warum es sie braucht.</translation>
    </message>
</context>
<context>
    <name>WriteRun</name>
    <message>
        <source>Roll back: %1</source>
        <translation>Zurücknehmen: %1</translation>
    </message>
</context>
<context>
    <name>WriteRunner</name>
    <message>
        <source>Not sent: another change is still running.</source>
        <translation>Nicht gesendet: Eine andere Änderung läuft noch.</translation>
    </message>
    <message>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation>Übersprungen: Ein benötigtes Objekt (%1) wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation>Der aktuelle Zustand konnte nicht gelesen werden, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Not sent: there is no activity journal, and ConsentDesk never changes a tenant without recording the change first.</source>
        <translation>Nicht gesendet: Es gibt kein Aktivitätsjournal, und ConsentDesk ändert einen Mandanten nie, ohne die Änderung vorher aufzuzeichnen.</translation>
    </message>
    <message>
        <source>Skipped: the journal is not writable.</source>
        <translation>Übersprungen: Das Journal ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation>Nicht gesendet: Das Journal konnte die Änderung nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine Antwort einging.</translation>
    </message>
    <message>
        <source>Skipped: an earlier change failed.</source>
        <translation>Übersprungen: Eine frühere Änderung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back, found the change not made, and sent it again: it was made.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam. ConsentDesk hat den Mandanten zurückgelesen, die Änderung als nicht vorgenommen erkannt und sie erneut gesendet: Sie wurde vorgenommen.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, on the first try and again when ConsentDesk sent the change once more. ConsentDesk read the tenant back: the change was made, once.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam, beim ersten Versuch und erneut, als ConsentDesk die Änderung noch einmal sendete. ConsentDesk hat den Mandanten zurückgelesen: Die Änderung wurde vorgenommen, genau einmal.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back: the change was made.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam. ConsentDesk hat den Mandanten zurückgelesen: Die Änderung wurde vorgenommen.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back and the change was not made, but the journal could not record that, so it was not sent again. Nothing changed; try again once the journal is writable.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam. ConsentDesk hat den Mandanten zurückgelesen, und die Änderung war nicht vorgenommen; das Journal konnte das aber nicht festhalten, daher wurde sie nicht erneut gesendet. Es wurde nichts geändert; versuchen Sie es erneut, sobald das Journal beschreibbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped every time the change was sent (%n time(s)). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</source>
        <translation>
            <numerusform>Die Verbindung brach bei jedem Senden der Änderung ab (%n Mal). ConsentDesk hat den Mandanten jedes Mal zurückgelesen: Die Änderung wurde nicht vorgenommen. Es wurde nichts geändert; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Verbindung brach bei jedem Senden der Änderung ab (%n Mal). ConsentDesk hat den Mandanten jedes Mal zurückgelesen: Die Änderung wurde nicht vorgenommen. Es wurde nichts geändert; prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, and ConsentDesk could not read the tenant back to check (%1). Whether the change was made is not known: it stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort kam, und ConsentDesk konnte den Mandanten nicht zur Prüfung zurücklesen (%1). Ob die Änderung vorgenommen wurde, ist unbekannt: Sie bleibt im Aktivitätsjournal ausstehend, bis ConsentDesk sie prüfen kann. Sehen Sie unter „Aktivität“ nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (%2).</source>
        <translation>Der Dienst hat mit HTTP %1 (%2) geantwortet.</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was made, so it is recorded as made.</source>
        <translation>ConsentDesk hat den Mandanten zurückgelesen: Die Änderung wurde vorgenommen und ist daher als vorgenommen erfasst.</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was not made. Nothing changed; try again later.</source>
        <translation>ConsentDesk hat den Mandanten zurückgelesen: Die Änderung wurde nicht vorgenommen. Es hat sich nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>That does not say whether the change was made, and ConsentDesk could not read the tenant back to check (%1). It stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>Daraus geht nicht hervor, ob die Änderung vorgenommen wurde, und ConsentDesk konnte den Mandanten nicht zur Prüfung zurücklesen (%1). Sie bleibt im Aktivitätsjournal ausstehend, bis ConsentDesk sie prüfen kann. Sehen Sie unter „Aktivität“ nach, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation>Desktop-Verwaltungskonsole für Anwendungseinwilligungen in Microsoft 365 / Entra ID.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>Die Momentaufnahme kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2

Nothing was loaded. Open a complete snapshot file written by ConsentDesk.</source>
        <translation>%1 kann nicht geöffnet werden: %2

Es wurde nichts geladen. Öffnen Sie eine vollständige, von ConsentDesk geschriebene Momentaufnahmedatei.</translation>
    </message>
</context>
</TS>
