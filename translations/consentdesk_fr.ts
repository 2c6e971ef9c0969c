<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation>Demandez à un Administrateur général ou à un Administrateur d&apos;application cloud d&apos;accorder le consentement administrateur à ConsentDesk (Centre d&apos;administration Entra → Inscriptions d&apos;applications → ConsentDesk → Autorisations d&apos;API → Accorder un consentement d&apos;administrateur), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation>ConsentDesk n&apos;a pas été approuvé pour ces autorisations</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation>Reconnectez-vous et acceptez l&apos;invite de consentement. Si vous ne pouvez pas donner votre consentement vous-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>The consent prompt was declined</source>
        <translation>L&apos;invite de consentement a été refusée</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation>Reconnectez-vous et choisissez Accepter. Si l&apos;invite indique qu&apos;une approbation est requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation>Votre locataire a besoin qu&apos;un administrateur approuve ConsentDesk lui-même</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation>Demandez à un Administrateur général ou à un Administrateur d&apos;application cloud d&apos;ouvrir le lien de consentement administrateur de ConsentDesk (ou d&apos;accorder le consentement administrateur dans Centre d&apos;administration Entra → Inscriptions d&apos;applications → ConsentDesk → Autorisations d&apos;API), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation>ConsentDesk attend l&apos;approbation d&apos;un administrateur</translation>
    </message>
    <message>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation>Si vous avez envoyé une demande, attendez qu&apos;un réviseur l&apos;approuve (vous recevrez un e-mail), puis reconnectez-vous. Sinon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft flagged this consent request as risky</source>
        <translation>Microsoft a signalé cette demande de consentement comme risquée</translation>
    </message>
    <message>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation>Microsoft a jugé la demande d&apos;autorisations risquée&#xa0;: seul un administrateur peut donc donner son consentement.</translation>
    </message>
    <message>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation>Votre compte n&apos;est pas attribué à ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation>L&apos;application d&apos;entreprise ConsentDesk de votre locataire exige l&apos;attribution des utilisateurs, et ni votre compte ni aucun de vos groupes n&apos;y est attribué.</translation>
    </message>
    <message>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation>Demandez à un administrateur de vous attribuer à ConsentDesk (vous ou l&apos;un de vos groupes)&#xa0;: Centre d&apos;administration Entra → Applications d&apos;entreprise → ConsentDesk → Utilisateurs et groupes.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation>Une stratégie d&apos;accès conditionnel a bloqué la connexion</translation>
    </message>
    <message>
        <source>Security defaults blocked the sign-in</source>
        <translation>Les paramètres de sécurité par défaut ont bloqué la connexion</translation>
    </message>
    <message>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation>Les paramètres de sécurité par défaut de votre locataire exigent un élément que cette connexion n&apos;a pas fourni, généralement l&apos;inscription à l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Terminez l&apos;inscription à l&apos;authentification multifacteur dans le navigateur, ou demandez à un administrateur de vérifier l&apos;entrée du journal de connexion correspondant à l&apos;ID de corrélation ci-dessous.</translation>
    </message>
    <message>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation>L&apos;inscription d&apos;application n&apos;autorise pas l&apos;adresse de redirection de ConsentDesk</translation>
    </message>
    <message>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation>L&apos;inscription d&apos;application n&apos;accepte que les connexions à son propre locataire</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation>L&apos;inscription d&apos;application de ConsentDesk est à locataire unique, mais le profil se connecte à «&#xa0;organizations&#xa0;» ou à «&#xa0;common&#xa0;» au lieu d&apos;un locataire précis.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation>Indiquez comme locataire du profil votre ID de locataire ou un domaine vérifié (par exemple contoso.onmicrosoft.com), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation>Un service dont ConsentDesk a besoin est absent de votre locataire</translation>
    </message>
    <message>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation>La ressource pour laquelle ConsentDesk a demandé un jeton (par exemple Exchange Online) n&apos;a pas de principal de service dans votre locataire&#xa0;: le service n&apos;est pas sous licence ou n&apos;a jamais été activé.</translation>
    </message>
    <message>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation>Vérifiez que le locataire dispose du service (Exchange Online pour limiter l&apos;étendue des boîtes aux lettres). Les fonctionnalités qui en ont besoin restent indisponibles tant qu&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A client secret was sent for a public client</source>
        <translation>Un secret client a été envoyé pour un client public</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation>L&apos;inscription d&apos;application de ConsentDesk est un client public (une application de bureau), et un client public ne doit présenter aucun secret. Pourtant, un secret a été envoyé.</translation>
    </message>
    <message>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation>Supprimez tout secret client du profil ou de l&apos;environnement de ConsentDesk. ConsentDesk se connecte avec PKCE et n&apos;a jamais besoin de secret.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app</source>
        <translation>L&apos;inscription d&apos;application est configurée comme application web</translation>
    </message>
    <message>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation>Entra attend un secret client, car l&apos;URI de redirection de ConsentDesk est inscrit sous la plateforme «&#xa0;Web&#xa0;». ConsentDesk est une application de bureau et n&apos;utilise jamais de secret.</translation>
    </message>
    <message>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation>Vérifiez avec un administrateur que le service (Microsoft Graph, ou Exchange Online pour limiter l&apos;étendue des boîtes aux lettres) est activé pour le locataire.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation>Il manque une autorisation à l&apos;inscription d&apos;application de ConsentDesk</translation>
    </message>
    <message>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation>L&apos;inscription d&apos;application ne répertorie pas une autorisation demandée par ConsentDesk, ou aucun administrateur n&apos;y a donné son consentement.</translation>
    </message>
    <message>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation>Ajoutez les autorisations de ConsentDesk (README&#xa0;: «&#xa0;Registering ConsentDesk in your tenant&#xa0;») aux autorisations d&apos;API de l&apos;inscription d&apos;application et accordez le consentement administrateur.</translation>
    </message>
    <message>
        <source>The app registration does not list this API</source>
        <translation>L&apos;inscription d&apos;application ne répertorie pas cette API</translation>
    </message>
    <message>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation>ConsentDesk a demandé un jeton pour une API (comme Office 365 Exchange Online) qui ne figure pas dans les autorisations requises de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation>Ajoutez l&apos;API dans Inscriptions d&apos;applications → ConsentDesk → Autorisations d&apos;API (Office 365 Exchange Online → Exchange.Manage pour limiter l&apos;étendue des boîtes aux lettres) et accordez le consentement administrateur.</translation>
    </message>
    <message>
        <source>The client ID was not found in this tenant</source>
        <translation>L&apos;ID client est introuvable dans ce locataire</translation>
    </message>
    <message>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation>Aucune application ne porte l&apos;ID client du profil dans le locataire auquel vous vous êtes connecté. L&apos;ID est peut-être mal saisi, ou l&apos;application est inscrite dans un autre locataire.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation>Copiez à nouveau dans le profil l&apos;ID d&apos;application (client) et l&apos;ID de l&apos;annuaire (locataire) depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application ConsentDesk.</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Vous devez vous reconnecter</translation>
    </message>
    <message>
        <source>There is no browser session to sign you in silently.</source>
        <translation>Aucune session de navigateur ne permet de vous connecter en mode silencieux.</translation>
    </message>
    <message>
        <source>Sign in interactively.</source>
        <translation>Connectez-vous de manière interactive.</translation>
    </message>
    <message>
        <source>This sign-in answer was already used</source>
        <translation>Cette réponse de connexion a déjà été utilisée</translation>
    </message>
    <message>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation>Le code d&apos;autorisation renvoyé par le navigateur ne peut servir qu&apos;une seule fois, et il a déjà servi.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>Votre connexion a expiré</translation>
    </message>
    <message>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation>La connexion enregistrée a expiré faute d&apos;avoir été utilisée depuis longtemps, ou elle a été révoquée (changement de mot de passe, déconnexion partout, action d&apos;un administrateur).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified</source>
        <translation>La connexion n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation>La preuve que cette instance de ConsentDesk a démarré la connexion (vérificateur de code PKCE) ne correspondait pas.</translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation>Recommencez la connexion. Si le problème se reproduit, signalez-le avec l&apos;ID de corrélation ci-dessous.</translation>
    </message>
    <message>
        <source>Your stored sign-in was revoked</source>
        <translation>Votre connexion enregistrée a été révoquée</translation>
    </message>
    <message>
        <source>The identity platform revoked the stored sign-in: the password changed, or an administrator (or you, with &quot;sign out everywhere&quot;) revoked your sessions.</source>
        <translation>La plateforme d&apos;identités a révoqué la connexion enregistrée&#xa0;: le mot de passe a changé, ou un administrateur (ou vous-même, avec «&#xa0;se déconnecter partout&#xa0;») a révoqué vos sessions.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required</source>
        <translation>L&apos;authentification multifacteur est requise</translation>
    </message>
    <message>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation>Reconnectez-vous et répondez à l&apos;invite d&apos;authentification multifacteur dans le navigateur.</translation>
    </message>
    <message>
        <source>That account does not exist in this tenant</source>
        <translation>Ce compte n&apos;existe pas dans ce locataire</translation>
    </message>
    <message>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation>Le nom d&apos;utilisateur est inconnu dans le locataire de ce profil.</translation>
    </message>
    <message>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, ou choisissez le profil du locataire auquel appartient le compte.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Le compte est désactivé</translation>
    </message>
    <message>
        <source>An administrator disabled this account.</source>
        <translation>Un administrateur a désactivé ce compte.</translation>
    </message>
    <message>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation>Demandez à un administrateur d&apos;activer le compte, ou connectez-vous avec un autre compte.</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>Le locataire est introuvable</translation>
    </message>
    <message>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation>Aucun locataire ne correspond à l&apos;ID de locataire ou au domaine du profil dans ce cloud.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation>Vérifiez le locataire du profil (l&apos;ID de l&apos;annuaire (locataire) ou un domaine vérifié) et son cloud.</translation>
    </message>
    <message>
        <source>A requested permission does not exist</source>
        <translation>Une autorisation demandée n&apos;existe pas</translation>
    </message>
    <message>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation>La plateforme d&apos;identités ne connaît pas, dans ce cloud, l&apos;une des autorisations demandées par ConsentDesk.</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation>Vérifiez que le cloud du profil est correct. Si c&apos;est le cas, signalez le message ci-dessous.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation>Votre connexion n&apos;est plus valide</translation>
    </message>
    <message>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation>La plateforme d&apos;identités n&apos;a pas accepté la connexion enregistrée&#xa0;: elle a expiré, a été révoquée ou a déjà été utilisée.</translation>
    </message>
    <message>
        <source>You need to sign in in the browser</source>
        <translation>Vous devez vous connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Sign in again; the browser will open.</source>
        <translation>Reconnectez-vous&#xa0;; le navigateur va s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Consent is needed</source>
        <translation>Un consentement est nécessaire</translation>
    </message>
    <message>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation>ConsentDesk a besoin d&apos;une autorisation qui n&apos;a pas encore fait l&apos;objet d&apos;un consentement.</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Reconnectez-vous et acceptez l&apos;invite de consentement, ou demandez à un Administrateur général ou à un Administrateur d&apos;application cloud d&apos;accorder le consentement administrateur à ConsentDesk.</translation>
    </message>
    <message>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Reconnectez-vous. Si la page indique que l&apos;approbation d&apos;un administrateur est requise, demandez à un Administrateur général ou à un Administrateur d&apos;application cloud d&apos;accorder le consentement administrateur à ConsentDesk.</translation>
    </message>
    <message>
        <source>The app registration does not accept this sign-in</source>
        <translation>L&apos;inscription d&apos;application n&apos;accepte pas cette connexion</translation>
    </message>
    <message>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation>L&apos;ID client est incorrect, ou l&apos;inscription d&apos;application n&apos;est pas configurée comme client de bureau (public).</translation>
    </message>
    <message>
        <source>The identity platform rejected the sign-in request</source>
        <translation>La plateforme d&apos;identités a rejeté la demande de connexion</translation>
    </message>
    <message>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation>Un paramètre de la demande n&apos;a pas été accepté (le message ci-dessous indique lequel).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation>Vérifiez le locataire, l&apos;ID client et le cloud du profil. S&apos;ils sont corrects, signalez le message et l&apos;ID de corrélation ci-dessous.</translation>
    </message>
    <message>
        <source>The sign-in service is having problems</source>
        <translation>Le service de connexion rencontre des problèmes</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation>La plateforme d&apos;identités Microsoft n&apos;a pas pu traiter la demande pour le moment.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>Patientez quelques minutes, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation>Après la connexion, le navigateur revient à ConsentDesk à l&apos;adresse http://127.0.0.1, sur un port aléatoire. L&apos;inscription d&apos;application ConsentDesk ne répertorie pas cet URI de redirection.</translation>
    </message>
    <message>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://127.0.0.1 (no port). If the portal refuses an http address, add it in the registration&apos;s Manifest (see the README).</source>
        <translation>Dans Centre d&apos;administration Entra → Inscriptions d&apos;applications → ConsentDesk → Authentification, ajoutez la plateforme «&#xa0;Applications mobiles et de bureau&#xa0;» avec l&apos;URI de redirection http://127.0.0.1 (sans port). Si le portail refuse une adresse http, ajoutez-la dans le manifeste de l&apos;inscription (voir le README).</translation>
    </message>
    <message>
        <source>In App registrations → ConsentDesk → Authentication, remove ConsentDesk&apos;s loopback redirect URI from &quot;Web&quot; and add http://127.0.0.1 under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation>Dans Inscriptions d&apos;applications → ConsentDesk → Authentification, retirez de «&#xa0;Web&#xa0;» l&apos;URI de redirection de bouclage de ConsentDesk et ajoutez http://127.0.0.1 sous «&#xa0;Applications mobiles et de bureau&#xa0;», puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s client ID, and that http://127.0.0.1 is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation>Vérifiez l&apos;ID client du profil, ainsi que l&apos;inscription de http://127.0.0.1 sous «&#xa0;Applications mobiles et de bureau&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organization.</source>
        <translation>Personne n&apos;a donné son consentement à ConsentDesk pour l&apos;une des autorisations demandées, ni vous, ni un administrateur pour toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>The permission prompt was canceled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation>L&apos;invite d&apos;autorisations a été annulée ou refusée&#xa0;: ConsentDesk n&apos;a donc pas obtenu les autorisations dont il a besoin. Cela se produit aussi lorsque vous quittez la page «&#xa0;Approbation requise&#xa0;».</translation>
    </message>
    <message>
        <source>Your organization does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation>Votre organisation ne permet pas aux utilisateurs de consentir aux autorisations demandées par ConsentDesk, et le workflow de consentement administrateur est désactivé&#xa0;: vous n&apos;avez donc pas pu demander d&apos;approbation.</translation>
    </message>
    <message>
        <source>Your organization requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation>Votre organisation exige l&apos;approbation d&apos;un administrateur pour les autorisations de ConsentDesk. Le workflow de consentement administrateur étant activé, la page de connexion a proposé d&apos;envoyer une demande aux réviseurs.</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organization set up.</source>
        <translation>Demandez à un Administrateur général ou à un Administrateur d&apos;application cloud d&apos;examiner l&apos;inscription d&apos;application de ConsentDesk et d&apos;accorder le consentement administrateur s&apos;il s&apos;agit bien de celle que votre organisation a configurée.</translation>
    </message>
    <message>
        <source>One of your organization&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation>L&apos;une des stratégies d&apos;accès conditionnel de votre organisation n&apos;autorise pas cette connexion (par exemple à cause de l&apos;appareil, de l&apos;emplacement ou de l&apos;application).</translation>
    </message>
    <message>
        <source>Sign in from a device and network your organization allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Connectez-vous depuis un appareil et un réseau autorisés par votre organisation, ou demandez à un administrateur de la sécurité de vérifier l&apos;entrée du journal de connexion correspondant à l&apos;ID de corrélation ci-dessous.</translation>
    </message>
    <message>
        <source>Your organization has not enabled a service ConsentDesk asked for</source>
        <translation>Votre organisation n&apos;a pas activé un service demandé par ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk asked for access to a service that your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>ConsentDesk a demandé l&apos;accès à un service auquel votre organisation n&apos;est pas abonnée, qu&apos;elle n&apos;a pas activé ou dont le principal de service est désactivé.</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication for this sign-in.</source>
        <translation>Votre organisation exige l&apos;authentification multifacteur pour cette connexion.</translation>
    </message>
    <message>
        <source>Your organization requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation>Votre organisation exige un élément que seul le navigateur peut fournir (authentification multifacteur, conditions d&apos;utilisation, nouvelle connexion).</translation>
    </message>
    <message>
        <source>Sign-in was canceled or denied</source>
        <translation>La connexion a été annulée ou refusée</translation>
    </message>
    <message>
        <source>The sign-in page was closed, consent was declined, or your organization denied access.</source>
        <translation>La page de connexion a été fermée, le consentement a été refusé, ou votre organisation a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>An administrator who may grant admin consent: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Un administrateur autorisé à accorder le consentement administrateur&#xa0;: Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
    <message>
        <source>The app&apos;s developer or publisher; an administrator of your tenant cannot change it.</source>
        <translation>Le développeur ou l&apos;éditeur de l&apos;application&#xa0;; un administrateur de votre locataire ne peut pas le changer.</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>L&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app yet</source>
        <translation>Personne n&apos;a encore donné son consentement à l&apos;application</translation>
    </message>
    <message>
        <source>The app needs a permission that nobody has consented to yet, and it could not ask the user without showing the consent prompt.</source>
        <translation>L&apos;application a besoin d&apos;une autorisation à laquelle personne n&apos;a encore consenti, et elle n&apos;a pas pu interroger l&apos;utilisateur sans afficher l&apos;invite de consentement.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions themselves; if not, review the app and grant admin consent for what it needs.</source>
        <translation>Vérifiez si l&apos;utilisateur peut consentir lui-même à ces autorisations&#xa0;; sinon, examinez l&apos;application et accordez le consentement administrateur pour ce dont elle a besoin.</translation>
    </message>
    <message>
        <source>The user did not consent</source>
        <translation>L&apos;utilisateur n&apos;a pas donné son consentement</translation>
    </message>
    <message>
        <source>The user canceled the sign-in or declined consent, or the organization does not let them consent and they left the approval page.</source>
        <translation>L&apos;utilisateur a annulé la connexion ou refusé le consentement, ou l&apos;organisation ne le laisse pas consentir et il a quitté la page d&apos;approbation.</translation>
    </message>
    <message>
        <source>Look for a consent request from the user and decide it; otherwise check why the user could not consent to the app.</source>
        <translation>Cherchez une demande de consentement de l&apos;utilisateur et statuez dessus&#xa0;; sinon, vérifiez pourquoi l&apos;utilisateur n&apos;a pas pu consentir à l&apos;application.</translation>
    </message>
    <message>
        <source>The user must sign in interactively</source>
        <translation>L&apos;utilisateur doit se connecter de manière interactive</translation>
    </message>
    <message>
        <source>The app tried to sign the user in silently, but something needs the user in the browser: multi-factor authentication, a Conditional Access requirement, terms of use or consent.</source>
        <translation>L&apos;application a tenté de connecter l&apos;utilisateur en arrière-plan, mais une étape exige l&apos;utilisateur dans le navigateur&#xa0;: authentification multifacteur, exigence d&apos;accès conditionnel, conditions d&apos;utilisation ou consentement.</translation>
    </message>
    <message>
        <source>The user signs in to the app interactively. If they are blocked there, check which Conditional Access policies apply to this user and app.</source>
        <translation>L&apos;utilisateur se connecte à l&apos;application de manière interactive. S&apos;il y est bloqué, vérifiez quelles stratégies d&apos;accès conditionnel s&apos;appliquent à cet utilisateur et à cette application.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in for the user expired</source>
        <translation>La connexion de l&apos;application pour l&apos;utilisateur a expiré</translation>
    </message>
    <message>
        <source>The app&apos;s stored sign-in for the user is no longer valid: it expired, was revoked (password change, sessions revoked) or a condition such as multi-factor authentication is now required.</source>
        <translation>La connexion enregistrée de l&apos;application pour l&apos;utilisateur n&apos;est plus valide&#xa0;: elle a expiré, a été révoquée (changement de mot de passe, sessions révoquées) ou une condition comme l&apos;authentification multifacteur est désormais exigée.</translation>
    </message>
    <message>
        <source>The user signs in to the app again. Nothing needs to change in the tenant.</source>
        <translation>L&apos;utilisateur se reconnecte à l&apos;application. Rien ne doit changer dans le locataire.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request is wrong</source>
        <translation>La demande de connexion de l&apos;application est incorrecte</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (client ID, secret, redirect address or a requested permission).</source>
        <translation>La demande de connexion de l&apos;application ne correspond pas à son inscription d&apos;application (ID client, secret, adresse de redirection ou une autorisation demandée).</translation>
    </message>
    <message>
        <source>Send the message and its correlation ID to the app&apos;s developer.</source>
        <translation>Envoyez le message et son ID de corrélation au développeur de l&apos;application.</translation>
    </message>
    <message>
        <source>The identity platform is having problems</source>
        <translation>La plateforme d&apos;identités rencontre des problèmes</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the sign-in right now.</source>
        <translation>La plateforme d&apos;identités Microsoft n&apos;a pas pu traiter la connexion pour le moment.</translation>
    </message>
    <message>
        <source>Nobody in your tenant; it passes.</source>
        <translation>Personne dans votre locataire&#xa0;; cela passera.</translation>
    </message>
    <message>
        <source>The user tries again in a few minutes.</source>
        <translation>L&apos;utilisateur réessaie dans quelques minutes.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app using this permission: neither the user nor an administrator for the whole organization.</source>
        <translation>Personne n&apos;a consenti à ce que l&apos;application utilise cette autorisation&#xa0;: ni l&apos;utilisateur ni un administrateur pour toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions; if not, review the app and grant admin consent for the permissions it needs.</source>
        <translation>Vérifiez si l&apos;utilisateur peut consentir à ces autorisations&#xa0;; sinon, examinez l&apos;application et accordez le consentement administrateur pour les autorisations dont elle a besoin.</translation>
    </message>
    <message>
        <source>The user declined consent</source>
        <translation>L&apos;utilisateur a refusé le consentement</translation>
    </message>
    <message>
        <source>The user declined or canceled the consent prompt. It also happens when the user leaves the &quot;Need admin approval&quot; or &quot;Approval required&quot; page.</source>
        <translation>L&apos;utilisateur a refusé ou annulé l&apos;invite de consentement. Cela se produit aussi lorsque l&apos;utilisateur quitte la page «&#xa0;Approbation administrateur nécessaire&#xa0;» ou «&#xa0;Approbation requise&#xa0;».</translation>
    </message>
    <message>
        <source>The user, or an administrator who reviews consent requests.</source>
        <translation>L&apos;utilisateur, ou un administrateur qui examine les demandes de consentement.</translation>
    </message>
    <message>
        <source>If the user sent a request for approval, approve or deny it in Consent requests; otherwise the user signs in again and accepts.</source>
        <translation>Si l&apos;utilisateur a envoyé une demande d&apos;approbation, approuvez-la ou refusez-la dans Demandes de consentement&#xa0;; sinon, l&apos;utilisateur se reconnecte et accepte.</translation>
    </message>
    <message>
        <source>The user needs admin approval, and cannot ask for it</source>
        <translation>L&apos;utilisateur a besoin d&apos;une approbation administrateur et ne peut pas la demander</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for (the user consent setting, or a permission only an administrator can grant), and the admin consent workflow is off, so the user could not even request approval. The user saw &quot;Need admin approval&quot;.</source>
        <translation>L&apos;utilisateur ne peut pas consentir à ce que l&apos;application demande (le paramètre de consentement de l&apos;utilisateur, ou une autorisation que seul un administrateur peut accorder), et le workflow de consentement administrateur est désactivé&#xa0;: l&apos;utilisateur n&apos;a donc même pas pu demander une approbation. Il a vu «&#xa0;Approbation administrateur nécessaire&#xa0;».</translation>
    </message>
    <message>
        <source>Review the app and grant admin consent if your organization should use it; turn on the admin consent workflow with reviewers so users can request approval next time.</source>
        <translation>Examinez l&apos;application et accordez le consentement administrateur si votre organisation doit l&apos;utiliser&#xa0;; activez le workflow de consentement administrateur avec des réviseurs pour que les utilisateurs puissent demander une approbation la prochaine fois.</translation>
    </message>
    <message>
        <source>The user asked for admin approval</source>
        <translation>L&apos;utilisateur a demandé une approbation administrateur</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for. The admin consent workflow is on, so the user saw &quot;Approval required&quot; and could send a request to the reviewers.</source>
        <translation>L&apos;utilisateur ne peut pas consentir à ce que l&apos;application demande. Le workflow de consentement administrateur est activé&#xa0;: l&apos;utilisateur a donc vu «&#xa0;Approbation requise&#xa0;» et a pu envoyer une demande aux réviseurs.</translation>
    </message>
    <message>
        <source>A reviewer of the admin consent workflow who may grant admin consent.</source>
        <translation>Un réviseur du workflow de consentement administrateur autorisé à accorder le consentement administrateur.</translation>
    </message>
    <message>
        <source>Find the user&apos;s request in Consent requests and approve or deny it. If nobody received it, check the workflow&apos;s reviewers in the consent settings.</source>
        <translation>Trouvez la demande de l&apos;utilisateur dans Demandes de consentement et approuvez-la ou refusez-la. Si personne ne l&apos;a reçue, vérifiez les réviseurs du workflow dans les paramètres de consentement.</translation>
    </message>
    <message>
        <source>Microsoft flagged the app as risky</source>
        <translation>Microsoft a signalé l&apos;application comme risquée</translation>
    </message>
    <message>
        <source>Microsoft judged the consent request risky, so users cannot consent to it; only an administrator can.</source>
        <translation>Microsoft a jugé la demande de consentement risquée&#xa0;: les utilisateurs ne peuvent donc pas y consentir&#xa0;; seul un administrateur le peut.</translation>
    </message>
    <message>
        <source>Review the app&apos;s publisher and permissions before anything else; grant admin consent only if you trust it.</source>
        <translation>Examinez d&apos;abord l&apos;éditeur et les autorisations de l&apos;application&#xa0;; n&apos;accordez le consentement administrateur que si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The user is not assigned to the app</source>
        <translation>L&apos;utilisateur n&apos;est pas affecté à l&apos;application</translation>
    </message>
    <message>
        <source>The app requires user assignment, and neither the user nor a group they belong to is assigned to it.</source>
        <translation>L&apos;application exige l&apos;affectation des utilisateurs, et ni l&apos;utilisateur ni un groupe dont il fait partie ne lui est affecté.</translation>
    </message>
    <message>
        <source>An administrator who may manage the app&apos;s users and groups (Cloud Application Administrator, Application Administrator, or an owner of the app).</source>
        <translation>Un administrateur autorisé à gérer les utilisateurs et groupes de l&apos;application (Administrateur d&apos;application cloud, Administrateur d&apos;application ou un propriétaire de l&apos;application).</translation>
    </message>
    <message>
        <source>Assign the user, or a group they are in, to the app; or turn off &quot;Assignment required&quot; if everyone may use it.</source>
        <translation>Affectez l&apos;utilisateur, ou un groupe dont il fait partie, à l&apos;application&#xa0;; ou désactivez «&#xa0;Affectation requise&#xa0;» si tout le monde peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Conditional Access blocked the sign-in</source>
        <translation>L&apos;accès conditionnel a bloqué la connexion</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the user&apos;s sign-in to this app (because of the user, the app, the device, the location or the risk).</source>
        <translation>Une stratégie d&apos;accès conditionnel a bloqué la connexion de l&apos;utilisateur à cette application (en raison de l&apos;utilisateur, de l&apos;application, de l&apos;appareil, de l&apos;emplacement ou du risque).</translation>
    </message>
    <message>
        <source>A Conditional Access Administrator or Security Administrator.</source>
        <translation>Un Administrateur de l&apos;accès conditionnel ou un Administrateur de la sécurité.</translation>
    </message>
    <message>
        <source>See which Conditional Access policies apply to this user and app; the sign-in log entry with the correlation ID names the one that blocked.</source>
        <translation>Regardez quelles stratégies d&apos;accès conditionnel s&apos;appliquent à cet utilisateur et à cette application&#xa0;; l&apos;entrée du journal de connexion avec l&apos;ID de corrélation indique celle qui a bloqué.</translation>
    </message>
    <message>
        <source>The app needs a managed device</source>
        <translation>L&apos;application exige un appareil géré</translation>
    </message>
    <message>
        <source>A Conditional Access policy allows this app only from a device the organization manages, and the user signed in from another one.</source>
        <translation>Une stratégie d&apos;accès conditionnel n&apos;autorise cette application que depuis un appareil géré par l&apos;organisation, et l&apos;utilisateur s&apos;est connecté depuis un autre appareil.</translation>
    </message>
    <message>
        <source>The user (from a managed device), or a Conditional Access Administrator.</source>
        <translation>L&apos;utilisateur (depuis un appareil géré), ou un Administrateur de l&apos;accès conditionnel.</translation>
    </message>
    <message>
        <source>The user signs in from a compliant or joined device. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>L&apos;utilisateur se connecte depuis un appareil conforme ou joint. Pour voir quelle stratégie l&apos;exige, vérifiez les stratégies qui s&apos;appliquent à cet utilisateur et à cette application.</translation>
    </message>
    <message>
        <source>The tenant&apos;s security defaults blocked the sign-in, usually because the user has not registered for multi-factor authentication.</source>
        <translation>Les paramètres de sécurité par défaut du locataire ont bloqué la connexion, généralement parce que l&apos;utilisateur ne s&apos;est pas inscrit à l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>The user completes the multi-factor authentication registration.</source>
        <translation>L&apos;utilisateur termine son inscription à l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>The sign-in needs multi-factor authentication (a Conditional Access policy or a per-user setting), and the app asked without it.</source>
        <translation>La connexion exige l&apos;authentification multifacteur (une stratégie d&apos;accès conditionnel ou un paramètre par utilisateur), et l&apos;application l&apos;a demandée sans elle.</translation>
    </message>
    <message>
        <source>The user signs in interactively and completes multi-factor authentication. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>L&apos;utilisateur se connecte de manière interactive et effectue l&apos;authentification multifacteur. Pour voir quelle stratégie l&apos;exige, vérifiez les stratégies qui s&apos;appliquent à cet utilisateur et à cette application.</translation>
    </message>
    <message>
        <source>The user must register for multi-factor authentication</source>
        <translation>L&apos;utilisateur doit s&apos;inscrire à l&apos;authentification multifacteur</translation>
    </message>
    <message>
        <source>The organization requires multi-factor authentication for this sign-in, and the user has not registered a verification method yet.</source>
        <translation>L&apos;organisation exige l&apos;authentification multifacteur pour cette connexion, et l&apos;utilisateur n&apos;a pas encore inscrit de méthode de vérification.</translation>
    </message>
    <message>
        <source>The user registers a verification method (https://aka.ms/mysecurityinfo) and signs in again.</source>
        <translation>L&apos;utilisateur inscrit une méthode de vérification (https://aka.ms/mysecurityinfo) et se reconnecte.</translation>
    </message>
    <message>
        <source>The account is not in your tenant</source>
        <translation>Le compte n&apos;appartient pas à votre locataire</translation>
    </message>
    <message>
        <source>The account the user signed in with is not a member or guest of your tenant (a personal Microsoft account, or an account of another organization).</source>
        <translation>Le compte avec lequel l&apos;utilisateur s&apos;est connecté n&apos;est ni membre ni invité de votre locataire (un compte Microsoft personnel ou un compte d&apos;une autre organisation).</translation>
    </message>
    <message>
        <source>The user (with the right account), or an administrator who may invite guests.</source>
        <translation>L&apos;utilisateur (avec le bon compte), ou un administrateur autorisé à inviter des invités.</translation>
    </message>
    <message>
        <source>The user signs in with their account in your tenant; if they are external, invite them as a guest first.</source>
        <translation>L&apos;utilisateur se connecte avec son compte de votre locataire&#xa0;; s&apos;il est externe, invitez-le d&apos;abord comme invité.</translation>
    </message>
    <message>
        <source>The app asks for an API it does not list</source>
        <translation>L&apos;application demande une API qu&apos;elle ne déclare pas</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API does not exist in your tenant.</source>
        <translation>L&apos;application a demandé l&apos;accès à une API qui ne figure pas dans les autorisations requises de son inscription d&apos;application, ou cette API n&apos;existe pas dans votre locataire.</translation>
    </message>
    <message>
        <source>Send the message to the app&apos;s developer. If the API is a service your tenant lacks, it cannot be consented to until it exists.</source>
        <translation>Envoyez le message au développeur de l&apos;application. Si l&apos;API est un service absent de votre locataire, on ne peut pas y consentir tant qu&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The API the app calls is not in your tenant</source>
        <translation>L&apos;API appelée par l&apos;application n&apos;est pas dans votre locataire</translation>
    </message>
    <message>
        <source>The API the app asked a token for has no service principal in your tenant: the service is not licensed or enabled, or nobody ever consented to an app using it.</source>
        <translation>L&apos;API pour laquelle l&apos;application a demandé un jeton n&apos;a pas de principal de service dans votre locataire&#xa0;: le service n&apos;est pas sous licence ou pas activé, ou personne n&apos;a jamais consenti à une application qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>An administrator who may add enterprise applications.</source>
        <translation>Un administrateur autorisé à ajouter des applications d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Check that your tenant has the service the app calls; an administrator&apos;s consent to the app usually adds the missing service principal.</source>
        <translation>Vérifiez que votre locataire dispose du service appelé par l&apos;application&#xa0;; le consentement d&apos;un administrateur à l&apos;application ajoute généralement le principal de service manquant.</translation>
    </message>
    <message>
        <source>A service the app needs is not enabled</source>
        <translation>Un service nécessaire à l&apos;application n&apos;est pas activé</translation>
    </message>
    <message>
        <source>The app asked for a service your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>L&apos;application a demandé un service auquel votre organisation n&apos;est pas abonnée ou qu&apos;elle n&apos;a pas activé, ou dont le principal de service est désactivé.</translation>
    </message>
    <message>
        <source>An administrator who manages your subscriptions.</source>
        <translation>Un administrateur qui gère vos abonnements.</translation>
    </message>
    <message>
        <source>Check that the service the app needs is licensed and enabled in your tenant.</source>
        <translation>Vérifiez que le service nécessaire à l&apos;application est sous licence et activé dans votre locataire.</translation>
    </message>
    <message>
        <source>The app was not found in your tenant</source>
        <translation>L&apos;application est introuvable dans votre locataire</translation>
    </message>
    <message>
        <source>No app with the client ID in the message exists in the tenant the user signed in to: the ID is mistyped, the app is registered in another tenant, or it was deleted.</source>
        <translation>Aucune application avec l&apos;ID client du message n&apos;existe dans le locataire auquel l&apos;utilisateur s&apos;est connecté&#xa0;: l&apos;ID est mal saisi, l&apos;application est inscrite dans un autre locataire, ou elle a été supprimée.</translation>
    </message>
    <message>
        <source>Check the app ID in the message; if it is right, the app&apos;s developer must make the app available to other tenants.</source>
        <translation>Vérifiez l&apos;ID d&apos;application dans le message&#xa0;; s&apos;il est correct, le développeur de l&apos;application doit la rendre disponible pour d&apos;autres locataires.</translation>
    </message>
    <message>
        <source>The app&apos;s registration does not fit its sign-in</source>
        <translation>L&apos;inscription de l&apos;application ne correspond pas à sa connexion</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (its redirect address, audience, permissions or credentials).</source>
        <translation>La demande de connexion de l&apos;application ne correspond pas à son inscription d&apos;application (adresse de redirection, audience, autorisations ou informations d&apos;identification).</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in expired</source>
        <translation>La connexion de l&apos;utilisateur a expiré</translation>
    </message>
    <message>
        <source>The user&apos;s session or stored sign-in for the app expired or was revoked (password change, sessions revoked, or not used for a long time).</source>
        <translation>La session ou la connexion enregistrée de l&apos;utilisateur pour l&apos;application a expiré ou a été révoquée (changement de mot de passe, sessions révoquées, ou inutilisée depuis longtemps).</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>Le compte n&apos;existe pas</translation>
    </message>
    <message>
        <source>The user name does not exist in the tenant the user signed in to.</source>
        <translation>Le nom d&apos;utilisateur n&apos;existe pas dans le locataire auquel l&apos;utilisateur s&apos;est connecté.</translation>
    </message>
    <message>
        <source>The user checks the user name, or signs in to the tenant their account belongs to.</source>
        <translation>L&apos;utilisateur vérifie le nom d&apos;utilisateur, ou se connecte au locataire auquel appartient son compte.</translation>
    </message>
    <message>
        <source>The user&apos;s account is disabled.</source>
        <translation>Le compte de l&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>A User Administrator.</source>
        <translation>Un Administrateur d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Enable the account if the user should work again.</source>
        <translation>Activez le compte si l&apos;utilisateur doit de nouveau travailler.</translation>
    </message>
    <message>
        <source>The tenant in the sign-in request does not exist in this cloud.</source>
        <translation>Le locataire de la demande de connexion n&apos;existe pas dans ce cloud.</translation>
    </message>
    <message>
        <source>Check the tenant ID or domain the app signs in to.</source>
        <translation>Vérifiez l&apos;ID de locataire ou le domaine auquel l&apos;application se connecte.</translation>
    </message>
    <message>
        <source>You need to register for multi-factor authentication</source>
        <translation>Vous devez vous inscrire à l&apos;authentification multifacteur</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication, and your account has no verification method registered yet.</source>
        <translation>Votre organisation exige l&apos;authentification multifacteur, et votre compte n&apos;a encore aucune méthode de vérification inscrite.</translation>
    </message>
    <message>
        <source>Sign in again and register a verification method when the browser asks for it.</source>
        <translation>Reconnectez-vous et inscrivez une méthode de vérification lorsque le navigateur vous le demande.</translation>
    </message>
    <message>
        <source>This sign-in needs a managed device</source>
        <translation>Cette connexion exige un appareil géré</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization allows this sign-in only from a device your organization manages (compliant or joined).</source>
        <translation>Une stratégie d&apos;accès conditionnel de votre organisation n&apos;autorise cette connexion que depuis un appareil géré par votre organisation (conforme ou joint).</translation>
    </message>
    <message>
        <source>Sign in from a managed device, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Connectez-vous depuis un appareil géré, ou demandez à un administrateur de la sécurité de vérifier l&apos;entrée du journal de connexion avec l&apos;ID de corrélation ci-dessous.</translation>
    </message>
    <message>
        <source>That account cannot sign in to this tenant</source>
        <translation>Ce compte ne peut pas se connecter à ce locataire</translation>
    </message>
    <message>
        <source>The account is not a member or guest of the tenant this profile signs in to (for example a personal Microsoft account, or an account of another organization).</source>
        <translation>Le compte n&apos;est ni membre ni invité du locataire auquel ce profil se connecte (par exemple un compte Microsoft personnel ou un compte d&apos;une autre organisation).</translation>
    </message>
    <message>
        <source>Sign in with an account of this tenant, or choose the profile of the tenant the account belongs to.</source>
        <translation>Connectez-vous avec un compte de ce locataire, ou choisissez le profil du locataire auquel appartient le compte.</translation>
    </message>
    <message>
        <source>The app registration asks for an API it does not list</source>
        <translation>L&apos;inscription d&apos;application demande une API qu&apos;elle ne déclare pas</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API could not be found in the tenant.</source>
        <translation>L&apos;application a demandé l&apos;accès à une API qui ne figure pas dans les autorisations requises de son inscription d&apos;application, ou cette API est introuvable dans le locataire.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions and grant admin consent, then sign in again.</source>
        <translation>Ajoutez l&apos;API dans Inscriptions d&apos;applications → ConsentDesk → Autorisations d&apos;API et accordez le consentement administrateur, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation>Réponse d&apos;Exchange Online lui-même (Test-ApplicationAccessPolicy)</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation>Réponse de ConsentDesk d&apos;après l&apos;annuaire&#xa0;: les stratégies et les membres de leurs groupes</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Pas encore testé.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Selon Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Selon l&apos;annuaire</translation>
    </message>
    <message>
        <source>⚠ They disagree. %1</source>
        <translation>⚠ Les deux réponses divergent. %1</translation>
    </message>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Impossible d&apos;interroger Exchange&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>⚠ Disagree</source>
        <translation>⚠ Discordant</translation>
    </message>
    <message>
        <source>Exchange failed</source>
        <translation>Échec d&apos;Exchange</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>Dans le groupe d&apos;étendue</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Selon Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Selon l&apos;annuaire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation>Accordé&#xa0;: l&apos;application n&apos;a aucune stratégie d&apos;accès aux applications, elle accède donc à toutes les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation>Refusé&#xa0;: la stratégie DenyAccess sur «&#xa0;%1&#xa0;» inclut cette boîte aux lettres (l&apos;utilisateur %2)&#xa0;; Deny l&apos;emporte sur toute stratégie RestrictAccess.</translation>
    </message>
    <message>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation>Accordé&#xa0;: la stratégie RestrictAccess sur «&#xa0;%1&#xa0;» inclut cette boîte aux lettres (l&apos;utilisateur %2).</translation>
    </message>
    <message>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation>Refusé&#xa0;: l&apos;application est limitée à %1 et cette boîte aux lettres ne figure dans aucun d&apos;eux.</translation>
    </message>
    <message>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation>Accordé&#xa0;: l&apos;application n&apos;a que des stratégies DenyAccess et aucune d&apos;elles n&apos;inclut cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>is the scope itself</source>
        <translation>est l&apos;étendue elle-même</translation>
    </message>
    <message>
        <source>is a member through %1</source>
        <translation>en est membre via %1</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>AccessMatrixPanel</name>
    <message>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation>Tous les membres des groupes d&apos;étendue de l&apos;application, et des non-membres&#xa0;:</translation>
    </message>
    <message>
        <source>Number of non-members to test</source>
        <translation>Nombre de non-membres à tester</translation>
    </message>
    <message>
        <source>Run test matrix</source>
        <translation>Exécuter la matrice de test</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Test results per mailbox</source>
        <translation>Résultats du test par boîte aux lettres</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The matrix could not be completed: %1</source>
        <translation>La matrice n&apos;a pas pu être terminée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation>
            <numerusform>%n boîte aux lettres testée (accordé&#xa0;: %1, refusé&#xa0;: %2).</numerusform>
            <numerusform>%n boîtes aux lettres testées (accordé&#xa0;: %1, refusé&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation>
            <numerusform>⚠ Exchange et l&apos;annuaire divergent pour %n boîte aux lettres&#xa0;: voir la colonne Pourquoi.</numerusform>
            <numerusform>⚠ Exchange et l&apos;annuaire divergent pour %n boîtes aux lettres&#xa0;: voir la colonne Pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per mailbox tested: whether it is in the policy&apos;s scope, what Exchange and the directory answer, and whether they agree.</source>
        <translation>Une ligne par boîte aux lettres testée&#xa0;: si elle est dans l&apos;étendue de la stratégie, ce que répondent Exchange et l&apos;annuaire, et s&apos;ils concordent.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation>L&apos;étendue «&#xa0;%1&#xa0;» d&apos;une stratégie est introuvable dans l&apos;annuaire&#xa0;; la réponse d&apos;Exchange peut différer de celle-ci.</translation>
    </message>
    <message>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation>Exchange marque la stratégie sur «&#xa0;%1&#xa0;» comme non valide (IsValid = False)&#xa0;: son étendue a probablement été supprimée.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is neither mail-enabled nor a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>L&apos;étendue «&#xa0;%1&#xa0;» n&apos;est ni à extension messagerie ni un groupe de sécurité&#xa0;; Exchange n&apos;applique les stratégies qu&apos;aux groupes de sécurité à extension messagerie et aux boîtes aux lettres, son résultat peut donc différer.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is a security group that is not mail-enabled; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>L&apos;étendue «&#xa0;%1&#xa0;» est un groupe de sécurité qui n&apos;est pas à extension messagerie&#xa0;; Exchange n&apos;applique les stratégies qu&apos;aux groupes de sécurité à extension messagerie et aux boîtes aux lettres, son résultat peut donc différer.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is mail-enabled but not a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>L&apos;étendue «&#xa0;%1&#xa0;» est à extension messagerie, mais n&apos;est pas un groupe de sécurité&#xa0;; Exchange n&apos;applique les stratégies qu&apos;aux groupes de sécurité à extension messagerie et aux boîtes aux lettres, son résultat peut donc différer.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyPanel</name>
    <message>
        <source>Access policies of the app</source>
        <translation>Stratégies d&apos;accès de l&apos;application</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Scope is</source>
        <translation>L&apos;étendue est</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Remove policy…</source>
        <translation>Supprimer la stratégie…</translation>
    </message>
    <message>
        <source>not found in the directory</source>
        <translation>introuvable dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>une boîte aux lettres</translation>
    </message>
    <message>
        <source>a mail-enabled security group</source>
        <translation>un groupe de sécurité à extension messagerie</translation>
    </message>
    <message>
        <source>a group that is not mail-enabled security</source>
        <translation>un groupe qui n&apos;est pas un groupe de sécurité à extension messagerie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Exchange could not be read (see above)</source>
        <translation>Impossible de lire Exchange (voir ci-dessus)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation>%1 accède à toutes les boîtes aux lettres&#xa0;: utilisez «&#xa0;Limiter une application…&#xa0;»</translation>
    </message>
    <message>
        <source>One row per Exchange application access policy of the selected app: whether it restricts or denies, and the group it applies to.</source>
        <translation>Une ligne par stratégie d&apos;accès aux applications Exchange de l&apos;application sélectionnée&#xa0;: si elle restreint ou refuse, et le groupe auquel elle s&apos;applique.</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Mailbox access</source>
        <translation>Accès aux boîtes aux lettres</translation>
    </message>
    <message>
        <source>Scope an app…</source>
        <translation>Limiter une application…</translation>
    </message>
    <message>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation>Limiter les autorisations de boîte aux lettres d&apos;une application aux membres d&apos;un groupe de sécurité à extension messagerie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation>Les applications disposant d&apos;autorisations d&apos;application comme Mail.Read accèdent à toutes les boîtes aux lettres du locataire, sauf si Exchange Online les limite. Vous voyez ici quelles applications le peuvent et comment Exchange limite leur étendue, et vous pouvez le vérifier pour n&apos;importe quelle boîte aux lettres.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Mailbox permissions (application)</source>
        <translation>Autorisations de boîte aux lettres (application)</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Stratégies d&apos;accès</translation>
    </message>
    <message>
        <source>Test a mailbox</source>
        <translation>Tester une boîte aux lettres</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Matrice de test</translation>
    </message>
    <message>
        <source>RBAC for Applications</source>
        <translation>RBAC pour les applications</translation>
    </message>
    <message>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation>Connectez-vous pour voir quelles applications peuvent lire les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation>Lecture des applications et des stratégies d&apos;Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online could not be read: %1</source>
        <translation>Impossible de lire Exchange Online&#xa0;: %1</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>Impossible de lire les applications&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation>Aucune stratégie d&apos;accès ne limite cette application&#xa0;: ses autorisations d&apos;application atteignent toutes les boîtes aux lettres du locataire.</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation>Aucune application ne détient d&apos;autorisation d&apos;application sur les boîtes aux lettres, et Exchange n&apos;a aucune stratégie d&apos;accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation>
            <numerusform>%n application peut accéder à des boîtes aux lettres</numerusform>
            <numerusform>%n applications peuvent accéder à des boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation>
            <numerusform>%n application accède à toutes les boîtes aux lettres</numerusform>
            <numerusform>%n applications accèdent à toutes les boîtes aux lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation>Quelles applications peuvent lire quelles boîtes aux lettres&#xa0;: stratégies d&apos;accès Exchange, tests, RBAC pour les applications</translation>
    </message>
    <message>
        <source>Apps that reach mailboxes</source>
        <translation>Applications qui accèdent aux boîtes aux lettres</translation>
    </message>
    <message>
        <source>Mailboxes Exchange allows</source>
        <translation>Boîtes aux lettres autorisées par Exchange</translation>
    </message>
    <message>
        <source>App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3</source>
        <translation>ID d&apos;application %1 · autorisations de boîte aux lettres&#xa0;: %2 · boîtes aux lettres autorisées par Exchange&#xa0;: %3</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and the mailboxes Exchange allows it; select one to see its access policies.</source>
        <translation>Une ligne par application ayant des autorisations d&apos;application sur des boîtes aux lettres, et les boîtes aux lettres qu&apos;Exchange lui permet&#xa0;; sélectionnez-en une pour voir ses stratégies d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation>Connexion, profils de locataire et ce que votre rôle vous permet de faire</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation>&amp;Autoriser les modifications…</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>&amp;Changer de profil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gérer les profils…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(aucun profil pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>ID de corrélation %1</translation>
    </message>
    <message>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organization&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation>Ajoutez un profil pour votre locataire sous Profils… — il vous faut son ID de locataire ou son domaine, ainsi que l&apos;ID client de l&apos;inscription d&apos;application ConsentDesk de votre organisation. Ou essayez d&apos;abord le locataire de démonstration intégré.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Directory roles:</source>
        <translation>Rôles d&apos;annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in kept:</source>
        <translation>Connexion conservée&#xa0;:</translation>
    </message>
    <message>
        <source>ConsentDesk may:</source>
        <translation>ConsentDesk peut&#xa0;:</translation>
    </message>
    <message>
        <source>What you can do in this tenant</source>
        <translation>Ce que vous pouvez faire dans ce locataire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation>Autoriser les modifications…</translation>
    </message>
    <message>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation>ConsentDesk s&apos;est connecté avec un accès en lecture seule. Avant votre première modification, il demande les autorisations nécessaires aux modifications&#xa0;; vous pouvez aussi le faire dès maintenant.</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Changer de profil…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation>Oublier cette connexion sur cet ordinateur (la supprime du trousseau système).</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(aucun nom d&apos;affichage)</translation>
    </message>
    <message>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation>ID de locataire %1 · profil «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>None (you can read only what every user can read)</source>
        <translation>Aucun (vous ne pouvez lire que ce que tout utilisateur peut lire)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation>Dans le trousseau système&#xa0;: vous restez connecté jusqu&apos;à ce que vous vous déconnectiez.</translation>
    </message>
    <message>
        <source>For this session only.</source>
        <translation>Pour cette session uniquement.</translation>
    </message>
    <message>
        <source>For this session only: %1</source>
        <translation>Pour cette session uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation>Les modifications sont autorisées&#xa0;: ConsentDesk détient les autorisations dont il a besoin pour écrire.</translation>
    </message>
    <message>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation>Lecture seule pour l&apos;instant&#xa0;: ConsentDesk demandera les autorisations d&apos;écriture avant votre première modification.</translation>
    </message>
    <message>
        <source>One row per action in ConsentDesk, and whether your roles and consent allow it in this tenant.</source>
        <translation>Une ligne par action de ConsentDesk, et si vos rôles et votre consentement la permettent dans ce locataire.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Delegated permissions granted</source>
        <translation>Autorisations déléguées accordées</translation>
    </message>
    <message>
        <source>Delegated permissions changed</source>
        <translation>Autorisations déléguées modifiées</translation>
    </message>
    <message>
        <source>Delegated permissions removed</source>
        <translation>Autorisations déléguées supprimées</translation>
    </message>
    <message>
        <source>Application permission granted</source>
        <translation>Autorisation d&apos;application accordée</translation>
    </message>
    <message>
        <source>Application permission removed</source>
        <translation>Autorisation d&apos;application supprimée</translation>
    </message>
    <message>
        <source>App added to the tenant</source>
        <translation>Application ajoutée au locataire</translation>
    </message>
    <message>
        <source>App changed (e.g. blocked)</source>
        <translation>Application modifiée (p. ex. bloquée)</translation>
    </message>
    <message>
        <source>App removed from the tenant</source>
        <translation>Application supprimée du locataire</translation>
    </message>
    <message>
        <source>Access policy created</source>
        <translation>Stratégie d&apos;accès créée</translation>
    </message>
    <message>
        <source>Access policy description changed</source>
        <translation>Description de la stratégie d&apos;accès modifiée</translation>
    </message>
    <message>
        <source>Access policy removed</source>
        <translation>Stratégie d&apos;accès supprimée</translation>
    </message>
    <message>
        <source>Mail-enabled security group created</source>
        <translation>Groupe de sécurité à extension messagerie créé</translation>
    </message>
    <message>
        <source>Member added to group</source>
        <translation>Membre ajouté au groupe</translation>
    </message>
    <message>
        <source>Member removed from group</source>
        <translation>Membre supprimé du groupe</translation>
    </message>
    <message>
        <source>App registered with Exchange</source>
        <translation>Application inscrite auprès d&apos;Exchange</translation>
    </message>
    <message>
        <source>Management scope created</source>
        <translation>Étendue de gestion créée</translation>
    </message>
    <message>
        <source>Exchange role assigned to app</source>
        <translation>Rôle Exchange attribué à l&apos;application</translation>
    </message>
    <message>
        <source>Exchange role removed from app</source>
        <translation>Rôle Exchange retiré de l&apos;application</translation>
    </message>
    <message>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation>%1 → %2&#xa0;: description «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Unknown (not confirmed yet)</source>
        <translation>Inconnu (pas encore confirmé)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (restore)</source>
        <extracomment>%1 is an action (&quot;Revoke delegated permission&quot;); the entry restores an earlier one.</extracomment>
        <translation>%1 (restauration)</translation>
    </message>
    <message>
        <source>%1 · restored</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Applied&quot;); a later entry restored what it changed.</extracomment>
        <translation>%1 · restauré</translation>
    </message>
    <message>
        <source>%1 (sent again)</source>
        <extracomment>%1 is an action (&quot;Delegated permissions removed&quot;); the entry is the same change sent a second time because the answer to the first was lost and the tenant showed it had not been made.</extracomment>
        <translation>%1 (renvoyé)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Not applied&quot;); its answer was lost, so a later entry sent it again.</extracomment>
        <translation>%1 · renvoyé</translation>
    </message>
    <message>
        <source>Restore does not remove an app ConsentDesk added to the tenant: deleting it would also delete every consent, assignment and sign-in setting made on it since, by anyone. Undo the permissions granted with it instead; the app then has no access. To remove the app itself, delete it in the Entra admin center (Enterprise applications, Properties), where it can be restored for 30 days.</source>
        <translation>La restauration ne supprime pas une application que ConsentDesk a ajoutée au locataire&#xa0;: la supprimer supprimerait aussi chaque consentement, attribution et paramètre de connexion défini depuis sur elle, par quiconque. Annulez plutôt les autorisations accordées avec elle&#xa0;; l&apos;application n&apos;a alors plus d&apos;accès. Pour supprimer l&apos;application elle-même, supprimez-la dans le Centre d&apos;administration Microsoft Entra (Applications d&apos;entreprise, Propriétés), où elle peut être restaurée pendant 30 jours.</translation>
    </message>
    <message>
        <source>Admin consent workflow changed</source>
        <translation>Workflow de consentement administrateur modifié</translation>
    </message>
    <message>
        <source>User consent setting changed</source>
        <translation>Paramètre de consentement de l&apos;utilisateur modifié</translation>
    </message>
    <message>
        <source>Group owner consent changed</source>
        <translation>Consentement du propriétaire du groupe modifié</translation>
    </message>
    <message>
        <source>Permission classified low impact</source>
        <translation>Autorisation classifiée à faible impact</translation>
    </message>
    <message>
        <source>Permission classification removed</source>
        <translation>Classification de l&apos;autorisation supprimée</translation>
    </message>
    <message>
        <source>Older group owner consent setting (Consent Policy Settings) changed</source>
        <translation>Ancien paramètre de consentement du propriétaire du groupe (Consent Policy Settings) modifié</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation>Toutes les modifications effectuées par ConsentDesk, enregistrées avant leur envoi. Les autorisations supprimées et les modifications Exchange peuvent être restaurées.</translation>
    </message>
    <message>
        <source>Filter by app, admin or change</source>
        <translation>Filtrer par application, administrateur ou modification</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Octrois</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Apps (add, block)</source>
        <translation>Applications (ajout, blocage)</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restaurations</translation>
    </message>
    <message>
        <source>Exchange (mailbox access)</source>
        <translation>Exchange (accès aux boîtes aux lettres)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This tenant only</source>
        <translation>Ce locataire uniquement</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation>Sélectionnez une modification pour voir la requête, l&apos;objet tel qu&apos;il était avant et la réponse.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;activité&#xa0;; consultez les fichiers journaux dans Diagnostics.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n modification sélectionnée.</numerusform>
            <numerusform>%n modifications sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell&#xa0;: %1</translation>
    </message>
    <message>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation>Date&#xa0;: %1 · Administrateur&#xa0;: %2 · Locataire&#xa0;: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>client-request-id: %1</source>
        <translation>client-request-id&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Before the change:</source>
        <translation>Avant la modification&#xa0;:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation>Restaurez séparément les modifications Exchange et les modifications Microsoft Graph.</translation>
    </message>
    <message>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation>Sélectionnez des modifications Exchange qui ont réussi dans ce locataire et n&apos;ont pas encore été annulées.</translation>
    </message>
    <message>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation>Annuler les modifications Exchange sélectionnées (affiche d&apos;abord exactement ce qui va changer).</translation>
    </message>
    <message>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation>Sélectionnez des suppressions qui ont réussi dans ce locataire et n&apos;ont pas encore été restaurées.</translation>
    </message>
    <message>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation>Recréer ce que les modifications sélectionnées ont supprimé (affiche d&apos;abord exactement ce qui va changer).</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, with restore</source>
        <translation>Toutes les modifications effectuées par ConsentDesk, avec restauration</translation>
    </message>
    <message>
        <source>Sign in to restore.</source>
        <translation>Connectez-vous pour restaurer.</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Filtrer l&apos;activité</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Changes made with ConsentDesk</source>
        <translation>Modifications effectuées avec ConsentDesk</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>Détails de la modification sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation>
            <numerusform>%n modification antérieure n&apos;a pas pu être confirmée dans le locataire&#xa0;; consultez le journal.</numerusform>
            <numerusform>%n modifications antérieures n&apos;ont pas pu être confirmées dans le locataire&#xa0;; consultez le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore is under way.</source>
        <translation>Une restauration est en cours.</translation>
    </message>
    <message>
        <source>Outcome: %1 (confirmed later by reading the tenant)</source>
        <translation>Résultat&#xa0;: %1 (confirmé plus tard en relisant le locataire)</translation>
    </message>
    <message>
        <source>Outcome: %1 (the connection dropped before the answer came; ConsentDesk read the tenant back at once to find out)</source>
        <translation>Résultat&#xa0;: %1 (la connexion a été coupée avant la réponse&#xa0;; ConsentDesk a relu le locataire aussitôt pour le savoir)</translation>
    </message>
    <message>
        <source>Sent again: the answer to the same change sent at %1 was lost, and reading the tenant showed it had not been made.</source>
        <translation>Renvoyé&#xa0;: la réponse à la même modification envoyée à %1 a été perdue, et la relecture du locataire a montré qu&apos;elle n&apos;avait pas été faite.</translation>
    </message>
    <message>
        <source>Sent again: the answer to an earlier attempt of the same change was lost, and reading the tenant showed it had not been made.</source>
        <translation>Renvoyé&#xa0;: la réponse à une tentative précédente de la même modification a été perdue, et la relecture du locataire a montré qu&apos;elle n&apos;avait pas été faite.</translation>
    </message>
    <message>
        <source>ConsentDesk sent this change again at %1; see that entry for how it ended.</source>
        <translation>ConsentDesk a renvoyé cette modification à %1&#xa0;; voyez cette entrée pour son issue.</translation>
    </message>
    <message>
        <source>One row per change made with ConsentDesk; select one to see its details or to undo it.</source>
        <translation>Une ligne par modification faite avec ConsentDesk&#xa0;; sélectionnez-en une pour voir ses détails ou l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation>Le consentement administrateur nécessite l&apos;ID ou le domaine du locataire (pas «&#xa0;common&#xa0;» ni «&#xa0;consumers&#xa0;»).</translation>
    </message>
    <message>
        <source>Not a tenant id or domain: %1</source>
        <translation>Ni un ID de locataire ni un domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation>L&apos;ID client doit être l&apos;ID d&apos;application (client) de l&apos;application.</translation>
    </message>
    <message>
        <source>Admin consent needs at least one scope.</source>
        <translation>Le consentement administrateur nécessite au moins une étendue.</translation>
    </message>
    <message>
        <source>No authority URL.</source>
        <translation>Aucune URL d&apos;autorité.</translation>
    </message>
</context>
<context>
    <name>AdminConsentWorkflow</name>
    <message>
        <source>The admin consent workflow is on but has no reviewers: users can send requests, and nobody gets them. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Le workflow de consentement administrateur est activé, mais n&apos;a aucun réviseur&#xa0;: les utilisateurs peuvent envoyer des demandes, mais personne ne les reçoit. Ajoutez un réviseur disposant du rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but no reviewer can approve a request (each one is disabled, missing or holds no role that may grant consent): users&apos; requests wait until they expire. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Le workflow de consentement administrateur est activé, mais aucun réviseur ne peut approuver une demande (chacun est désactivé, introuvable ou ne détient aucun rôle autorisé à accorder le consentement)&#xa0;: les demandes des utilisateurs restent en attente jusqu&apos;à leur expiration. Ajoutez un réviseur disposant du rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation>Démarrer sur le locataire de démonstration intégré (aucun compte Microsoft nécessaire).</translation>
    </message>
    <message>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation>Avec --demo&#xa0;: se connecter en tant que cet utilisateur de démonstration, sans ouvrir de navigateur.</translation>
    </message>
    <message>
        <source>Open this tenant profile.</source>
        <translation>Ouvrir ce profil de locataire.</translation>
    </message>
    <message>
        <source>Also log to the terminal, at debug level.</source>
        <translation>Écrire aussi le journal dans le terminal, au niveau débogage.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>Open a snapshot file offline and read-only (no sign-in, nothing sent to a tenant).</source>
        <translation>Ouvrir un fichier d&apos;instantané hors connexion et en lecture seule (sans connexion, rien n&apos;est envoyé à un locataire).</translation>
    </message>
    <message>
        <source>Opened from a snapshot file: read-only.</source>
        <translation>Ouvert depuis un fichier d&apos;instantané&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>Offline: the snapshot %1 (%2). Nothing is read from or written to a tenant.</source>
        <translation>Hors connexion&#xa0;: l&apos;instantané %1 (%2). Rien n&apos;est lu depuis un locataire ni écrit dans un locataire.</translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <source>Admin consent</source>
        <translation>Consentement administrateur</translation>
    </message>
    <message>
        <source>User consent</source>
        <translation>Consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Révoquer la sélection…</translation>
    </message>
    <message>
        <source>Keep only…</source>
        <translation>Conserver uniquement…</translation>
    </message>
    <message>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation>Choisissez ce que l&apos;application conserve&#xa0;; tout le reste de ce qu&apos;elle détient est supprimé (affiche d&apos;abord exactement ce qui va changer).</translation>
    </message>
    <message>
        <source>Revoke everything…</source>
        <translation>Tout révoquer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Sélectionnez une application pour voir ce qu&apos;elle peut faire dans votre locataire.</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Lecture de ce que détient %1…</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>Impossible de lire l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>This app is not in the tenant any more.</source>
        <translation>Cette application n&apos;est plus dans le locataire.</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Éditeur inconnu</translation>
    </message>
    <message>
        <source> ✔ verified</source>
        <translation> ✔ vérifié</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID d&apos;application %1</translation>
    </message>
    <message>
        <source>Blocked (sign-in disabled)</source>
        <translation>Bloquée (connexion désactivée)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation>
            <numerusform>%n utilisateur a donné son consentement lui-même</numerusform>
            <numerusform>%n utilisateurs ont donné leur consentement eux-mêmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly read: %1</source>
        <translation>Lecture partielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Admin consent (%1)</source>
        <translation>Consentement administrateur (%1)</translation>
    </message>
    <message>
        <source>User consent (%1)</source>
        <translation>Consentement de l&apos;utilisateur (%1)</translation>
    </message>
    <message>
        <source>Select the permissions to remove first.</source>
        <translation>Sélectionnez d&apos;abord les autorisations à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation>
            <numerusform>Supprimer %n autorisation sélectionnée (affiche d&apos;abord exactement ce qui va changer).</numerusform>
            <numerusform>Supprimer les %n autorisations sélectionnées (affiche d&apos;abord exactement ce qui va changer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation>Supprimer tous les octrois délégués et toutes les autorisations d&apos;application de cette application.</translation>
    </message>
    <message>
        <source>Permissions granted by admin consent</source>
        <translation>Autorisations accordées par consentement administrateur</translation>
    </message>
    <message>
        <source>Permissions granted by user consent</source>
        <translation>Autorisations accordées par consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot a user…</source>
        <extracomment>Opens the troubleshooter with this app filled in; the admin names the user</extracomment>
        <translation>&amp;Dépanner pour un utilisateur…</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect this app? Opens the troubleshooter with the app filled in.</source>
        <translation>Pourquoi un utilisateur ne peut-il pas connecter cette application&#xa0;? Ouvre l&apos;outil de dépannage avec l&apos;application renseignée.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted this app for the whole organization, with its risk.</source>
        <translation>Une ligne par autorisation qu&apos;un administrateur a accordée à cette application pour toute l&apos;organisation, avec son risque.</translation>
    </message>
    <message>
        <source>One row per permission users granted this app for themselves, with who granted it and its risk.</source>
        <translation>Une ligne par autorisation que des utilisateurs ont accordée à cette application pour eux-mêmes, avec qui l&apos;a accordée et son risque.</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>Default access</source>
        <translation>Accès par défaut</translation>
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
        <translation>Éditeur vérifié</translation>
    </message>
    <message>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation>Bloquée&#xa0;: la connexion est désactivée pour cette application.</translation>
    </message>
    <message>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation>Autorisations déléguées accordées pour tous les utilisateurs (consentement administrateur)</translation>
    </message>
    <message>
        <source>Users who consented to the app themselves</source>
        <translation>Utilisateurs ayant donné eux-mêmes leur consentement à l&apos;application</translation>
    </message>
    <message>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation>Autorisations d&apos;application&#xa0;: l&apos;application agit en son propre nom, sans utilisateur</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Admin-consented</source>
        <translation>Consentement administrateur</translation>
    </message>
    <message>
        <source>User consents</source>
        <translation>Consentements utilisateur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Autorisations d&apos;application</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Risque le plus élevé</translation>
    </message>
    <message>
        <source>(not found) %1…</source>
        <translation>(introuvable) %1…</translation>
    </message>
    <message>
        <source>Grants or assignments refer to the service principal %1, but Graph does not return it (deleted, or too new to be read yet).</source>
        <translation>Des octrois ou des attributions font référence au principal de service %1, mais Graph ne le renvoie pas (supprimé, ou trop récent pour être déjà lisible).</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by app or publisher</source>
        <translation>Filtrer par application ou éditeur</translation>
    </message>
    <message>
        <source>Only apps with permissions</source>
        <translation>Uniquement les applications avec des autorisations</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation>Enregistrer la liste des applications telle qu&apos;elle est affichée, au format CSV ou JSON.</translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation>Impossible de tout lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation>Connectez-vous pour voir les applications de votre locataire et ce qu&apos;elles peuvent faire.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Lecture des applications du locataire…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Sélectionnez une application pour voir ce qu&apos;elle peut faire dans votre locataire.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (modification)</translation>
    </message>
    <message>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation>Toutes les modifications ont été effectuées. Les jetons déjà émis restent valides jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>Certaines modifications n&apos;ont pas été effectuées.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n octroi délégué</numerusform>
            <numerusform>%n octrois délégués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n autorisation d&apos;application</numerusform>
            <numerusform>%n autorisations d&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation>Ce que chaque application peut faire dans le locataire&#xa0;; révoquez et ne conservez que le nécessaire</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Could not read the apps.</source>
        <translation>Impossible de lire les applications.</translation>
    </message>
    <message>
        <source>No app matches &quot;%1&quot;.</source>
        <translation>Aucune application ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps and what they hold…</source>
        <translation>Lecture des applications du locataire et de leurs autorisations…</translation>
    </message>
    <message>
        <source>The apps could not be read: %1
Check the connection and your role, then press Refresh.</source>
        <translation>Impossible de lire les applications&#xa0;: %1
Vérifiez la connexion et votre rôle, puis cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>This tenant has no apps yet.</source>
        <translation>Ce locataire n&apos;a encore aucune application.</translation>
    </message>
    <message>
        <source>No app holds permissions in this tenant. Untick &quot;Only apps with permissions&quot; to see every app.</source>
        <translation>Aucune application ne détient d&apos;autorisations dans ce locataire. Décochez «&#xa0;Uniquement les applications avec des autorisations&#xa0;» pour voir toutes les applications.</translation>
    </message>
    <message>
        <source>Apps and permissions</source>
        <translation>Applications et autorisations</translation>
    </message>
    <message>
        <source>Graph returns no service principal with the id %1, yet %2 refer to it. It may have been deleted, or be too new to be read yet: refresh in a few minutes. The full export (in English, like the command line) lists its rows as &quot;(not found)&quot;.</source>
        <translation>Graph ne renvoie aucun principal de service avec l&apos;ID %1, pourtant %2 y font référence. Il a peut-être été supprimé, ou il est trop récent pour être déjà lisible&#xa0;: actualisez dans quelques minutes. L&apos;exportation complète (en anglais, comme la ligne de commande) répertorie ses lignes comme «&#xa0;(not found)&#xa0;».</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Filtrer les applications</translation>
    </message>
    <message>
        <source>Apps in the tenant</source>
        <translation>Applications du locataire</translation>
    </message>
    <message>
        <source>Export full report…</source>
        <translation>Exporter le rapport complet…</translation>
    </message>
    <message>
        <source>Every permission of every app, one row each — the columns of consentdesk-cli grants list --all --permissions — saved as CSV or JSON while it is read.</source>
        <translation>Chaque autorisation de chaque application, une ligne par autorisation — les colonnes de consentdesk-cli grants list --all --permissions —, enregistrée au format CSV ou JSON au fil de la lecture.</translation>
    </message>
    <message>
        <source>One row per app in the tenant; select one to see its permissions.</source>
        <translation>Une ligne par application du locataire&#xa0;; sélectionnez-en une pour voir ses autorisations.</translation>
    </message>
    <message>
        <source>No app is at this risk level any more. Press Show all to see every app.</source>
        <translation>Plus aucune application n&apos;est à ce niveau de risque. Appuyez sur Tout afficher pour voir toutes les applications.</translation>
    </message>
    <message>
        <source>No app holds these users&apos; consents now: they were revoked since ConsentDesk first saw them, or their apps were removed. Press Show all to see every app.</source>
        <translation>Aucune application ne détient plus ces consentements d&apos;utilisateurs&#xa0;: ils ont été révoqués depuis que ConsentDesk les a vus pour la première fois, ou leurs applications ont été supprimées. Cliquez sur Tout afficher pour voir toutes les applications.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign in again when you are ready.</source>
        <translation>Reconnectez-vous lorsque vous le souhaitez.</translation>
    </message>
    <message>
        <source>The sign-in took too long</source>
        <translation>La connexion a pris trop de temps</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation>
            <numerusform>ConsentDesk a attendu %n seconde le retour du navigateur depuis la page de connexion.</numerusform>
            <numerusform>ConsentDesk a attendu %n secondes le retour du navigateur depuis la page de connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation>Reconnectez-vous et terminez la connexion dans la fenêtre de navigateur qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The sign-in answer was not ours</source>
        <translation>La réponse de connexion ne correspond pas à notre demande</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à la connexion démarrée par ConsentDesk (sa valeur state ne correspondait pas). Elle a été ignorée.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation>Terminez la connexion dans la fenêtre de navigateur ouverte par ConsentDesk, ou recommencez-la.</translation>
    </message>
    <message>
        <source>The sign-in address is not secure</source>
        <translation>L&apos;adresse de connexion n&apos;est pas sécurisée</translation>
    </message>
    <message>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation>%1 n&apos;utilise pas https. ConsentDesk n&apos;envoie des données de connexion en http simple qu&apos;à cet ordinateur (le bac à sable).</translation>
    </message>
    <message>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation>Utilisez l&apos;adresse https du service de connexion de votre cloud, ou choisissez le cloud par son nom.</translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation>Le profil est incomplet</translation>
    </message>
    <message>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation>Modifiez le profil&#xa0;: le locataire, l&apos;ID client et le cloud figurent sur la page Vue d&apos;ensemble de l&apos;inscription d&apos;application ConsentDesk.</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>Le trousseau système n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>Vous restez connecté jusqu&apos;à la fermeture de ConsentDesk. Pour rester connecté d&apos;un redémarrage à l&apos;autre, déverrouillez ou configurez le trousseau système (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d&apos;identification Windows).</translation>
    </message>
    <message>
        <source>You are not signed in</source>
        <translation>Vous n&apos;êtes pas connecté</translation>
    </message>
    <message>
        <source>Sign in to your tenant.</source>
        <translation>Connectez-vous à votre locataire.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation>La plateforme d&apos;identités a répondu par une erreur que ConsentDesk ne connaît pas.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation>Réessayez. Si l&apos;échec persiste, recherchez le code ci-dessous ou signalez-le avec l&apos;ID de corrélation.</translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed</source>
        <translation>La connexion sécurisée au service de connexion a échoué</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté, ou la négociation TLS a échoué. Un proxy ou un produit de sécurité qui inspecte le trafic, ou une horloge système incorrecte, en sont des causes fréquentes.</translation>
    </message>
    <message>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation>Vérifiez la date et l&apos;heure du système, et demandez à votre équipe réseau si l&apos;inspection HTTPS s&apos;applique à login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time</source>
        <translation>Le service de connexion n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection</source>
        <translation>Le serveur proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation>Vérifiez les paramètres de proxy du système, ou adressez-vous à votre équipe réseau.</translation>
    </message>
    <message>
        <source>The sign-in service could not be found</source>
        <translation>Le service de connexion est introuvable</translation>
    </message>
    <message>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation>Le nom du serveur de connexion n&apos;a pas pu être résolu (DNS).</translation>
    </message>
    <message>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation>Vérifiez votre connexion réseau et le cloud du profil.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service</source>
        <translation>Impossible de joindre le service de connexion</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Vous devez vous reconnecter</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation>Le service de connexion a envoyé une réponse que ConsentDesk ne peut pas lire</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Réessayez. Si le problème se reproduit, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation>Réessayez. Si l&apos;échec persiste, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation>
            <numerusform>ConsentDesk a attendu %n seconde la réponse du point de terminaison de jeton de la plateforme d&apos;identités.</numerusform>
            <numerusform>ConsentDesk a attendu %n secondes la réponse du point de terminaison de jeton de la plateforme d&apos;identités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check your network connection (and proxy), then try again.</source>
        <translation>Vérifiez votre connexion réseau (et le proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>You signed in to another tenant than this profile&apos;s</source>
        <translation>Vous vous êtes connecté à un autre locataire que celui de ce profil</translation>
    </message>
    <message>
        <source>The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of this sign-in, so no change can reach the wrong tenant.</source>
        <translation>Le profil concerne le locataire %1, mais la connexion a eu lieu sur le locataire %2. ConsentDesk ne conserve rien de cette connexion&#xa0;: aucune modification ne peut donc atteindre le mauvais locataire.</translation>
    </message>
    <message>
        <source>Sign in with an account of %1, or create a separate profile for %2.</source>
        <translation>Connectez-vous avec un compte de %1, ou créez un profil distinct pour %2.</translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect</source>
        <translation>Le service de connexion a répondu par une redirection</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy or captive portal on this network is intercepting sign-in traffic: try another network.</source>
        <translation>Vérifiez le cloud et l&apos;autorité du profil. S&apos;ils sont corrects, un proxy ou un portail captif de ce réseau intercepte le trafic de connexion&#xa0;: essayez un autre réseau.</translation>
    </message>
    <message>
        <source>ConsentDesk does not follow redirects from the token endpoint: following one would send the sign-in code or the stored sign-in to %1.</source>
        <translation>ConsentDesk ne suit pas les redirections du point de terminaison de jeton&#xa0;: en suivre une enverrait le code de connexion ou la connexion enregistrée à %1.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>Sign-in was canceled</source>
        <translation>La connexion a été annulée</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer far larger than a sign-in answer</source>
        <translation>Le service de connexion a envoyé une réponse bien plus grande qu&apos;une réponse de connexion</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy on this network may be answering in Microsoft&apos;s place: try another network.</source>
        <translation>Vérifiez le cloud et l&apos;autorité du profil. S&apos;ils sont corrects, un proxy de ce réseau répond peut-être à la place de Microsoft&#xa0;: essayez un autre réseau.</translation>
    </message>
    <message>
        <source>ConsentDesk stopped reading the answer from %1: answers from the token endpoint are a few KB, and a larger one is not a sign-in answer.</source>
        <translation>ConsentDesk a cessé de lire la réponse envoyée par %1&#xa0;: les réponses du point de terminaison de jeton font quelques Ko, et une réponse plus grande n&apos;est pas une réponse de connexion.</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>le point de terminaison de jeton</translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation>voir les applications, leurs autorisations et les octrois des utilisateurs</translation>
    </message>
    <message>
        <source>read consent requests</source>
        <translation>lire les demandes de consentement</translation>
    </message>
    <message>
        <source>grant delegated permissions</source>
        <translation>accorder des autorisations déléguées</translation>
    </message>
    <message>
        <source>grant Microsoft Graph application permissions</source>
        <translation>accorder des autorisations d&apos;application Microsoft Graph</translation>
    </message>
    <message>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation>accorder des autorisations d&apos;application d&apos;API autres que Microsoft Graph</translation>
    </message>
    <message>
        <source>revoke permissions</source>
        <translation>révoquer des autorisations</translation>
    </message>
    <message>
        <source>block an app</source>
        <translation>bloquer une application</translation>
    </message>
    <message>
        <source>change the admin consent workflow</source>
        <translation>modifier le workflow de consentement administrateur</translation>
    </message>
    <message>
        <source>change the user consent settings</source>
        <translation>modifier les paramètres de consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation>restreindre l&apos;accès d&apos;une application aux boîtes aux lettres dans Exchange Online</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Administrateur général</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrateur de rôle privilégié</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Administrateur d&apos;application cloud</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Administrateur d&apos;application</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Lecteur général</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrateur du support technique</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrateur Exchange</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Lecteur de sécurité</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation>ConsentDesk n&apos;a pas pu lire vos rôles d&apos;annuaire&#xa0;: il ne peut donc pas déterminer si vous pouvez %1. Il faut le rôle %2.</translation>
    </message>
    <message>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation>Votre compte n&apos;a aucun rôle d&apos;administrateur utilisé par ConsentDesk.</translation>
    </message>
    <message>
        <source>Needs %1 to %2.</source>
        <translation>Il faut le rôle %1 pour %2.</translation>
    </message>
    <message>
        <source>Your roles: %1.</source>
        <translation>Vos rôles&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The sign-in authority %1 must use https (plain http is allowed only to this computer).</source>
        <translation>L&apos;autorité de connexion %1 doit utiliser https (le http simple n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The Microsoft Graph address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>L&apos;adresse Microsoft Graph %1 doit utiliser https (le http simple n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The Exchange Online address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>L&apos;adresse Exchange Online %1 doit utiliser https (le http simple n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessEvaluator</name>
    <message>
        <source>the user is excluded by name</source>
        <translation>l&apos;utilisateur est exclu nommément</translation>
    </message>
    <message>
        <source>guests and external users are excluded</source>
        <translation>les invités et les utilisateurs externes sont exclus</translation>
    </message>
    <message>
        <source>the user is in the excluded group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>l&apos;utilisateur fait partie du groupe exclu %1</translation>
    </message>
    <message>
        <source>the user holds the excluded role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>l&apos;utilisateur détient le rôle exclu %1</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>the user, by name</source>
        <translation>l&apos;utilisateur, nommément</translation>
    </message>
    <message>
        <source>guests and external users</source>
        <translation>les invités et les utilisateurs externes</translation>
    </message>
    <message>
        <source>the group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>le groupe %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>le rôle %1</translation>
    </message>
    <message>
        <source>the app is excluded</source>
        <translation>l&apos;application est exclue</translation>
    </message>
    <message>
        <source>all cloud apps</source>
        <translation>toutes les applications cloud</translation>
    </message>
    <message>
        <source>the app itself</source>
        <translation>l&apos;application elle-même</translation>
    </message>
    <message>
        <source>%1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Microsoft Graph</extracomment>
        <translation>%1, que l&apos;application appelle</translation>
    </message>
    <message>
        <source>the Office 365 apps, among them %1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Office 365 Exchange Online; &quot;Office 365&quot; is the policy&apos;s app group</extracomment>
        <translation>les applications Office 365, dont %1, que l&apos;application appelle</translation>
    </message>
    <message>
        <source>it targets a user action (such as registering security information), not an app sign-in</source>
        <translation>elle cible une action utilisateur (comme l&apos;inscription des informations de sécurité), pas une connexion à une application</translation>
    </message>
    <message>
        <source>it targets an authentication context, which only an app that asks for it triggers</source>
        <translation>elle cible un contexte d&apos;authentification, que seule une application qui le demande déclenche</translation>
    </message>
    <message>
        <source>it does not target this app or an API it calls</source>
        <translation>elle ne cible ni cette application ni une API qu&apos;elle appelle</translation>
    </message>
    <message>
        <source>it does not target this user</source>
        <translation>elle ne cible pas cet utilisateur</translation>
    </message>
    <message>
        <source>it covers legacy authentication clients only (Exchange ActiveSync and other clients)</source>
        <translation>elle ne couvre que les clients d&apos;authentification héritée (Exchange ActiveSync et autres clients)</translation>
    </message>
    <message>
        <source>an application filter</source>
        <translation>un filtre d&apos;application</translation>
    </message>
    <message>
        <source>the network location</source>
        <translation>l&apos;emplacement réseau</translation>
    </message>
    <message>
        <source>the device platform</source>
        <translation>la plateforme de l&apos;appareil</translation>
    </message>
    <message>
        <source>a device filter</source>
        <translation>un filtre d&apos;appareil</translation>
    </message>
    <message>
        <source>the authentication flow</source>
        <translation>le flux d&apos;authentification</translation>
    </message>
    <message>
        <source>the sign-in or user risk</source>
        <translation>le risque de connexion ou le risque utilisateur</translation>
    </message>
    <message>
        <source>desktop and mobile apps only</source>
        <translation>applications de bureau et mobiles uniquement</translation>
    </message>
    <message>
        <source>browsers only</source>
        <translation>navigateurs uniquement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply: %2.</source>
        <extracomment>%1 a policy&apos;s name, %2 why it does not apply</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (report-only: logged, not enforced) targets %2 and %3.</source>
        <extracomment>%1 policy name, %2 whom it targets, %3 which apps; the policy is only logged</extracomment>
        <translation>«&#xa0;%1&#xa0;» (rapport seul&#xa0;: journalisée, non appliquée) cible %2 et %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (off) would target %2 and %3.</source>
        <translation>«&#xa0;%1&#xa0;» (désactivée) ciblerait %2 et %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; targets %2 and %3.</source>
        <translation>«&#xa0;%1&#xa0;» cible %2 et %3.</translation>
    </message>
    <message>
        <source>Whether it applies depends on %1.</source>
        <extracomment>%1 is a list of conditions, e.g. &quot;the network location, the device platform&quot;</extracomment>
        <translation>Son application dépend de %1.</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessPolicy</name>
    <message>
        <source>On</source>
        <extracomment>A conditional access policy&apos;s state, as the Entra admin center shows it</extracomment>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Report-only</source>
        <extracomment>A conditional access policy&apos;s state: evaluated and logged, not enforced</extracomment>
        <translation>Rapport seul</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A conditional access policy&apos;s state</extracomment>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>block access</source>
        <translation>bloquer l&apos;accès</translation>
    </message>
    <message>
        <source>multifactor authentication</source>
        <translation>l&apos;authentification multifacteur</translation>
    </message>
    <message>
        <source>a device marked as compliant</source>
        <translation>un appareil marqué comme conforme</translation>
    </message>
    <message>
        <source>a Microsoft Entra hybrid joined device</source>
        <translation>un appareil joint hybride Microsoft Entra</translation>
    </message>
    <message>
        <source>an approved client app</source>
        <translation>une application cliente approuvée</translation>
    </message>
    <message>
        <source>an app protection policy</source>
        <translation>une stratégie de protection des applications</translation>
    </message>
    <message>
        <source>a password change</source>
        <translation>un changement de mot de passe</translation>
    </message>
    <message>
        <source>the control &quot;%1&quot;</source>
        <extracomment>%1 is a grant control&apos;s name as Microsoft Graph spells it</extracomment>
        <translation>le contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Blocks access.</source>
        <translation>Bloque l&apos;accès.</translation>
    </message>
    <message>
        <source>the authentication strength &quot;%1&quot;</source>
        <extracomment>%1 is an authentication strength&apos;s name (e.g. &quot;Phishing-resistant MFA&quot;)</extracomment>
        <translation>la force d&apos;authentification «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>accepting the terms of use</source>
        <translation>l&apos;acceptation des conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>a custom authentication factor</source>
        <translation>un facteur d&apos;authentification personnalisé</translation>
    </message>
    <message>
        <source>Grants access with session controls (no grant control).</source>
        <translation>Accorde l&apos;accès avec des contrôles de session (aucun contrôle d&apos;octroi).</translation>
    </message>
    <message>
        <source>Demands nothing (no grant control).</source>
        <translation>N&apos;exige rien (aucun contrôle d&apos;octroi).</translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <extracomment>%1 is one requirement, e.g. &quot;multifactor authentication&quot;</extracomment>
        <translation>Exige %1.</translation>
    </message>
    <message>
        <source>Requires all of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; the user must meet every one</extracomment>
        <translation>Exige tous les éléments suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; meeting one of them is enough</extracomment>
        <translation>Exige l&apos;un des éléments suivants&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation>pour savoir qui vous êtes&#xa0;: votre nom, votre nom de connexion et votre ID d&apos;objet</translation>
    </message>
    <message>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation>pour lire vos rôles d&apos;annuaire, les utilisateurs, les groupes, les applications et les autorisations qui leur sont accordées</translation>
    </message>
    <message>
        <source>to read the consent requests waiting for review</source>
        <translation>pour lire les demandes de consentement en attente d&apos;examen</translation>
    </message>
    <message>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation>pour lire les paramètres et les stratégies de consentement qui déterminent si les utilisateurs peuvent connecter des applications</translation>
    </message>
    <message>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation>pour accorder, restreindre et révoquer des autorisations déléguées (oauth2PermissionGrants)</translation>
    </message>
    <message>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation>pour accorder et révoquer des autorisations d&apos;application (attributions de rôle d&apos;application)</translation>
    </message>
    <message>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation>pour ajouter le principal de service manquant d&apos;une application avant un octroi, et pour bloquer (désactiver) une application</translation>
    </message>
    <message>
        <source>to change the admin consent workflow settings</source>
        <translation>pour modifier les paramètres du workflow de consentement administrateur</translation>
    </message>
    <message>
        <source>to change the user consent settings</source>
        <translation>pour modifier les paramètres de consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>to classify permissions as low impact (what users may consent to)</source>
        <translation>pour classer des autorisations à faible impact (celles auxquelles les utilisateurs peuvent consentir)</translation>
    </message>
</context>
<context>
    <name>ConsentOverview</name>
    <message>
        <source>Less than a day</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Moins d&apos;un jour</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>1 à 7 jours</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>7 à 30 jours</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>how long a consent request has waited: Graph gave no date (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <source>No Graph client.</source>
        <translation>Aucun client Graph.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsLoader</name>
    <message>
        <source>No Graph client.</source>
        <translation>Aucun client Graph.</translation>
    </message>
    <message>
        <source>This directory role does not exist in the tenant.</source>
        <translation>Ce rôle d&apos;annuaire n&apos;existe pas dans le locataire.</translation>
    </message>
    <message>
        <source>Holders of this role can view and deny requests but not approve them.</source>
        <translation>Les titulaires de ce rôle peuvent consulter et refuser les demandes, mais pas les approuver.</translation>
    </message>
    <message>
        <source>Nobody with an enabled account holds this role.</source>
        <translation>Aucun compte activé ne détient ce rôle.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>Holds no role that may approve (Cloud Application Administrator, Application Administrator, Privileged Role Administrator or Global Administrator): can view and deny requests only.</source>
        <translation>Ne détient aucun rôle autorisé à approuver (Administrateur d&apos;application cloud, Administrateur d&apos;application, Administrateur de rôle privilégié ou Administrateur général)&#xa0;: peut uniquement consulter et refuser les demandes.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Ce groupe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The group has no enabled members.</source>
        <translation>Le groupe n&apos;a aucun membre activé.</translation>
    </message>
    <message>
        <source>No enabled member of the group holds a role that may approve.</source>
        <translation>Aucun membre activé du groupe ne détient de rôle autorisé à approuver.</translation>
    </message>
    <message>
        <source>ConsentDesk does not understand this reviewer query.</source>
        <translation>ConsentDesk ne comprend pas cette requête de réviseur.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsView</name>
    <message>
        <source>Your account may not read this (%1). Reading it needs Policy.Read.All and a role such as Global Reader, Cloud Application Administrator or Global Administrator.</source>
        <translation>Votre compte ne peut pas lire ces informations (%1). Leur lecture nécessite Policy.Read.All et un rôle tel que Lecteur général, Administrateur d&apos;application cloud ou Administrateur général.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>Paramètres de consentement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Admin consent requests</source>
        <translation>Demandes de consentement administrateur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Can approve</source>
        <translation>Peut approuver</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi pas</translation>
    </message>
    <message>
        <source>User consent for applications</source>
        <translation>Consentement de l&apos;utilisateur pour les applications</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Permissions classified low impact (Microsoft Graph)</source>
        <translation>Autorisations classées à faible impact (Microsoft Graph)</translation>
    </message>
    <message>
        <source>With the setting &quot;for selected permissions&quot;, users may consent to these for apps from verified publishers or from your organization.</source>
        <translation>Avec le paramètre «&#xa0;pour les autorisations sélectionnées&#xa0;», les utilisateurs peuvent donner leur consentement à ces autorisations pour les applications d&apos;éditeurs vérifiés ou de votre organisation.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>ID d&apos;autorisation</translation>
    </message>
    <message>
        <source>Admin consent workflow, user consent setting and low-impact permissions</source>
        <translation>Workflow de consentement administrateur, paramètre de consentement de l&apos;utilisateur et autorisations à faible impact</translation>
    </message>
    <message>
        <source>Sign in to see the tenant&apos;s consent settings.</source>
        <translation>Connectez-vous pour voir les paramètres de consentement du locataire.</translation>
    </message>
    <message>
        <source>Reading the consent settings…</source>
        <translation>Lecture des paramètres de consentement…</translation>
    </message>
    <message>
        <source>Users cannot request admin consent: they are told to ask an administrator.</source>
        <translation>Les utilisateurs ne peuvent pas demander le consentement administrateur&#xa0;: il leur est indiqué de s&apos;adresser à un administrateur.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Group and team owners may not consent to apps accessing their data.</source>
        <translation>Les propriétaires de groupes et d&apos;équipes ne peuvent pas donner leur consentement aux applications qui accèdent à leurs données.</translation>
    </message>
    <message>
        <source>Group and team owners may consent under: %1</source>
        <translation>Les propriétaires de groupes et d&apos;équipes peuvent donner leur consentement selon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Inclut</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Exclut</translation>
    </message>
    <message>
        <source>Part of the settings could not be read; the rest is shown.</source>
        <translation>Une partie des paramètres n&apos;a pas pu être lue&#xa0;; le reste est affiché.</translation>
    </message>
    <message>
        <source>Reviewers of admin consent requests</source>
        <translation>Réviseurs des demandes de consentement administrateur</translation>
    </message>
    <message>
        <source>User consent policies</source>
        <translation>Stratégies de consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Permissions classified low impact</source>
        <translation>Autorisations classées à faible impact</translation>
    </message>
    <message>
        <source>&amp;Users can request admin consent to apps they are unable to consent to</source>
        <translation>Les &amp;utilisateurs peuvent demander le consentement administrateur pour les applications auxquelles ils ne peuvent pas consentir</translation>
    </message>
    <message>
        <source>E-mail &amp;notifications to reviewers</source>
        <translation>&amp;Notifications par e-mail aux réviseurs</translation>
    </message>
    <message>
        <source>Expiration re&amp;minders</source>
        <translation>Rappels d&apos;e&amp;xpiration</translation>
    </message>
    <message>
        <source>Requests e&amp;xpire after (days):</source>
        <translation>Les demandes expirent après (&amp;jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Add revie&amp;wer…</source>
        <translation>&amp;Ajouter un réviseur…</translation>
    </message>
    <message>
        <source>Remove r&amp;eviewer</source>
        <translation>Supprimer le ré&amp;viseur</translation>
    </message>
    <message>
        <source>&amp;Save workflow…</source>
        <translation>&amp;Enregistrer le workflow…</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>A&amp;dd permission…</source>
        <translation>Ajouter une autori&amp;sation…</translation>
    </message>
    <message>
        <source>Remove permission…</source>
        <translation>Supprimer l&apos;autorisation…</translation>
    </message>
    <message>
        <source>Classifying permissions needs Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>La classification des autorisations nécessite le rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
    <message>
        <source>Classify a permission as low impact</source>
        <translation>Classer une autorisation à faible impact</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permission (for example Mail.Read):</source>
        <translation>Autorisation déléguée Microsoft Graph (par exemple Mail.Read)&#xa0;:</translation>
    </message>
    <message>
        <source>Classify a permission</source>
        <translation>Classer une autorisation</translation>
    </message>
    <message>
        <source>Could not read Microsoft Graph&apos;s permissions: %1</source>
        <translation>Impossible de lire les autorisations de Microsoft Graph&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs an admin&apos;s consent, so users can never consent to it and it cannot be classified.</source>
        <translation>%1 nécessite le consentement d&apos;un administrateur&#xa0;: les utilisateurs ne peuvent donc jamais y consentir, et cette autorisation ne peut pas être classée.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no delegated permission %1.</source>
        <translation>Microsoft Graph n&apos;a aucune autorisation déléguée %1.</translation>
    </message>
    <message>
        <source>Check p&amp;osture…</source>
        <translation>Vérifier la p&amp;osture…</translation>
    </message>
    <message numerus="yes">
        <source>Users can ask for approval; a request expires after %n day(s) without a decision.</source>
        <translation>
            <numerusform>Les utilisateurs peuvent demander une approbation&#xa0;; une demande expire après %n jour sans décision.</numerusform>
            <numerusform>Les utilisateurs peuvent demander une approbation&#xa0;; une demande expire après %n jours sans décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>En vigueur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>One row per permission classified low impact; users may consent to these when the user consent policy allows low-impact permissions.</source>
        <translation>Une ligne par autorisation classée à faible impact&#xa0;; les utilisateurs peuvent y consentir quand la stratégie de consentement de l&apos;utilisateur autorise les autorisations à faible impact.</translation>
    </message>
    <message>
        <source>The policies that decide which apps users may consent to for themselves; expand one to see its conditions.</source>
        <translation>Les stratégies qui décident à quelles applications les utilisateurs peuvent consentir eux-mêmes&#xa0;; développez-en une pour voir ses conditions.</translation>
    </message>
    <message>
        <source>One row per user, group or role that reviews admin consent requests, and whether it can approve them.</source>
        <translation>Une ligne par utilisateur, groupe ou rôle qui examine les demandes de consentement administrateur, et s&apos;il peut les approuver.</translation>
    </message>
    <message>
        <source>Users consent under these custom app consent policies: %1. ConsentDesk offers the four choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Les utilisateurs consentent selon ces stratégies de consentement d&apos;application personnalisées&#xa0;: %1. ConsentDesk propose les quatre choix ci-dessus&#xa0;; une stratégie de consentement d&apos;application personnalisée se modifie dans le Centre d&apos;administration Entra ou avec Microsoft Graph PowerShell.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation>Versions, emplacement des journaux, accès au trousseau et activité réseau. Rien sur cette page n&apos;est secret&#xa0;: copiez-la telle quelle dans un ticket de support.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>ConsentDesk:</source>
        <translation>ConsentDesk&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain&#xa0;:</translation>
    </message>
    <message>
        <source>spdlog:</source>
        <translation>spdlog&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <source>Logging to the console only</source>
        <translation>Journalisation dans la console uniquement</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Network requests (this session)</source>
        <translation>Requêtes réseau (cette session)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock or create a keyring.</source>
        <translation>Pas encore vérifié. La vérification enregistre puis supprime une entrée de test&#xa0;; votre système peut vous demander de déverrouiller ou de créer un trousseau.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation>✔ Accessible. Les connexions sont mémorisées en toute sécurité dans le trousseau système.</translation>
    </message>
    <message>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation>✖ Non disponible&#xa0;: %1
Les connexions ne durent que le temps de cette session&#xa0;; rien n&apos;est écrit en clair sur le disque.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>aucun service de trousseau n&apos;a répondu</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune requête pour l&apos;instant</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Par méthode</translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation>Par code d&apos;état HTTP</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Limitation (429)</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>Erreurs réseau</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Time in requests</source>
        <translation>Temps passé en requêtes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>In flight / queued</source>
        <translation>En cours / en file d&apos;attente</translation>
    </message>
    <message>
        <source>Versions, logs, keychain and network counters</source>
        <translation>Versions, journaux, trousseau et compteurs réseau</translation>
    </message>
    <message>
        <source>Requests sent, by service</source>
        <translation>Requêtes envoyées, par service</translation>
    </message>
    <message>
        <source>The requests this session sent, counted by service and by answer.</source>
        <translation>Les requêtes envoyées par cette session, comptées par service et par réponse.</translation>
    </message>
</context>
<context>
    <name>DirectoryObjectResolver</name>
    <message>
        <source>No connection to Graph.</source>
        <translation>Aucune connexion à Graph.</translation>
    </message>
    <message>
        <source>Graph&apos;s $batch answer had no result for %1.</source>
        <translation>La réponse $batch de Graph ne contenait aucun résultat pour %1.</translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation>Microsoft Graph ne permet pas de refuser une demande de consentement&#xa0;: refusez-la dans le Centre d&apos;administration Microsoft Entra (Applications d&apos;entreprise → Demandes de consentement administrateur), ou bloquez l&apos;application ici pour que personne ne puisse plus l&apos;utiliser ni la demander.</translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <source>A sign-in is already running</source>
        <translation>Une connexion est déjà en cours</translation>
    </message>
    <message>
        <source>No tenant and cloud configured.</source>
        <translation>Aucun locataire ni cloud configuré.</translation>
    </message>
    <message>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation>ConsentDesk n&apos;a pas pu recevoir la réponse de connexion</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation>Aucun port local n&apos;a pu être ouvert sur 127.0.0.1. Vérifiez le logiciel de pare-feu local et réessayez.</translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation>Connecté à ConsentDesk — vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation>ConsentDesk termine la connexion. Revenez à la fenêtre de ConsentDesk.</translation>
    </message>
    <message>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation>La connexion à ConsentDesk n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation>Cette page n&apos;appartient pas à une connexion ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation>ConsentDesk a ignoré cette réponse, car elle ne correspond pas à la connexion en cours. Terminez la connexion dans l&apos;onglet de navigateur ouvert par ConsentDesk.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>La réponse ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Recommencez la connexion.</translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation>Exchange Online a refusé %1 (HTTP 403, sans détails). Le compte connecté a besoin du rôle Administrateur Exchange ou Administrateur général (le rôle Lecteur général ne peut exécuter que les applets de commande Get- et Test-), ou cette applet de commande n&apos;est pas disponible dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>No Exchange transport.</source>
        <translation>Aucun transport Exchange.</translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Impossible d&apos;interroger Exchange&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOperation</name>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy affiche immédiatement le nouveau résultat&#xa0;; Microsoft Graph peut mettre jusqu&apos;à une heure pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>No Exchange Online connection.</source>
        <translation>Aucune connexion à Exchange Online.</translation>
    </message>
    <message>
        <source>Not sent: there is no Exchange Online connection.</source>
        <translation>Non envoyé&#xa0;: il n&apos;y a aucune connexion à Exchange Online.</translation>
    </message>
    <message>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation>Introuvable, rien n&apos;a été modifié&#xa0;: %1 n&apos;a rien renvoyé pour %2.</translation>
    </message>
    <message>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>Supprimer la stratégie %1 de %2 sur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Sans sa stratégie RestrictAccess, %1 peut de nouveau accéder à toutes les boîtes aux lettres (sauf restriction par d&apos;autres stratégies).</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation>%1&#xa0;: pas d&apos;annulation — le journal n&apos;enregistre pas l&apos;identité de la nouvelle stratégie. Trouvez-la avec Get-ApplicationAccessPolicy et supprimez-la avec Remove-ApplicationAccessPolicy.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation>%1&#xa0;: pas de restauration — le journal ne contient aucune stratégie antérieure.</translation>
    </message>
    <message>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>Recréer la stratégie %1 de %2 sur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation>%1&#xa0;: pas de restauration — le journal ne contient aucune description antérieure.</translation>
    </message>
    <message>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation>Rétablir la description de la stratégie de %1 sur «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation>%1&#xa0;: pas d&apos;annulation — le journal ne nomme pas le groupe et le membre.</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Supprimer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation>Rajouter %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation>Retirer %1 de %2 (attribution «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation>%1&#xa0;: pas d&apos;annulation — le journal n&apos;enregistre pas le nom de la nouvelle attribution de rôle. Trouvez-la avec Get-ManagementRoleAssignment -App et supprimez-la avec Remove-ManagementRoleAssignment.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation>%1&#xa0;: pas de restauration — le journal ne contient aucune attribution de rôle antérieure.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation>Attribuer de nouveau %1 à %2, pour toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation>Attribuer de nouveau %1 à %2, limité à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change.</source>
        <translation>%1&#xa0;: pas d&apos;annulation — type de modification inconnu.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation>%1&#xa0;: le groupe reste en place — ConsentDesk ne supprime pas de groupes. Supprimez-le dans le Centre d&apos;administration Exchange ou avec Remove-DistributionGroup -Identity %2 lorsque plus rien ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation>%1&#xa0;: le principal de service reste en place — ConsentDesk ne supprime pas de principaux de service Exchange. Supprimez-le avec Remove-ServicePrincipal -Identity %2 lorsque plus aucune attribution de rôle ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation>%1&#xa0;: l&apos;étendue de gestion reste en place — ConsentDesk ne supprime pas d&apos;étendues de gestion. Supprimez-la dans le Centre d&apos;administration Exchange ou avec Remove-ManagementScope -Identity %2 lorsque plus aucune attribution de rôle ne l&apos;utilise.</translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation>Empêcher %1 d&apos;accéder aux boîtes aux lettres de %2</translation>
    </message>
    <message>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation>Limiter %1 aux boîtes aux lettres de %2</translation>
    </message>
    <message>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation>Créer le groupe de sécurité à extension messagerie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>Ajouter %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation>Refuser à %1 l&apos;accès aux boîtes aux lettres de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation>Limiter %1 aux boîtes aux lettres de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation>Microsoft recommande RBAC pour les applications plutôt que de nouvelles stratégies d&apos;accès aux applications.</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy affiche immédiatement le nouveau résultat&#xa0;; Microsoft Graph peut mettre jusqu&apos;à une heure pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation>Supprimer la stratégie d&apos;accès de %1 sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation>Supprimer la stratégie %1 de l&apos;application %2 sur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Sans cette stratégie RestrictAccess, l&apos;application peut de nouveau accéder à toutes les boîtes aux lettres (sauf restriction par d&apos;autres stratégies).</translation>
    </message>
    <message>
        <source>Change the description of a policy</source>
        <translation>Modifier la description d&apos;une stratégie</translation>
    </message>
    <message>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation>Définir la description de la stratégie de %1 sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add members to &quot;%1&quot;</source>
        <translation>Ajouter des membres à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove members from &quot;%1&quot;</source>
        <translation>Supprimer des membres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Supprimer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation>Attribuer le rôle %2 à %1</translation>
    </message>
    <message>
        <source>Register %1 with Exchange Online</source>
        <translation>Inscrire %1 auprès d&apos;Exchange Online</translation>
    </message>
    <message>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation>Créer l&apos;étendue de gestion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation>Attribuer %1 à %2 pour toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation>Attribuer %1 à %2, limité à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation>RBAC pour les applications est additif&#xa0;: une autorisation d&apos;application Microsoft Graph à l&apos;échelle du locataire (p. ex. Mail.Read avec consentement dans Entra) atteint toujours toutes les boîtes aux lettres. Supprimez-la après le passage à RBAC.</translation>
    </message>
    <message>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation>Supprimer l&apos;attribution de rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove %1 from app %2</source>
        <translation>Retirer %1 de l&apos;application %2</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name is empty; MemberOfGroup needs it.</source>
        <translation>Le nom unique du groupe est vide&#xa0;; MemberOfGroup en a besoin.</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name &quot;%1&quot; contains %2 (U+%3), a character Exchange may read as a quote inside the management scope&apos;s filter, which could then reach every mailbox. ConsentDesk does not write such a filter: rename the group so its name has no quote characters (Set-DistributionGroup -Name), or create the management scope yourself and check its filter with Get-ManagementScope.</source>
        <translation>Le nom unique du groupe «&#xa0;%1&#xa0;» contient %2 (U+%3), un caractère qu&apos;Exchange peut lire comme un guillemet dans le filtre de l&apos;étendue de gestion, qui pourrait alors atteindre toutes les boîtes aux lettres. ConsentDesk n&apos;écrit pas un tel filtre&#xa0;: renommez le groupe pour que son nom ne contienne aucun guillemet (Set-DistributionGroup -Name), ou créez vous-même l&apos;étendue de gestion et vérifiez son filtre avec Get-ManagementScope.</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation>
            <numerusform>Annuler %n modification Exchange</numerusform>
            <numerusform>Annuler %n modifications Exchange</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation>%1&#xa0;: ce n&apos;est pas une modification Exchange&#xa0;; restaurez-la séparément.</translation>
    </message>
    <message>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation>%1&#xa0;: pas d&apos;annulation — on ne sait pas encore si la modification a été effectuée.</translation>
    </message>
    <message>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation>%1&#xa0;: pas d&apos;annulation — la modification n&apos;a pas été effectuée (%2).</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation>%1&#xa0;: pas d&apos;annulation — type de modification inconnu (%2).</translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation>
            <numerusform>%n modification a été effectuée.</numerusform>
            <numerusform>Les %n modifications ont été effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation>Les utilisateurs devront peut-être se reconnecter à l&apos;application avant que les nouvelles autorisations s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Result of each change</source>
        <translation>Résultat de chaque modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the title of the results window when every change was made</comment>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation>Certaines modifications n&apos;ont pas été effectuées</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation>
            <numerusform>%n modification a été effectuée dans Exchange Online.</numerusform>
            <numerusform>Les %n modifications ont été effectuées dans Exchange Online.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation>Réussies&#xa0;: %1, échecs&#xa0;: %2, ignorées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Roll back what succeeded…</source>
        <translation>Revenir sur ce qui a réussi…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the result of one change, in the results list</comment>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>One row per change: whether it was made, what it was, and the details.</source>
        <translation>Une ligne par modification&#xa0;: si elle a été faite, ce qu&apos;elle était, et les détails.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain a sign-in error</source>
        <translation>Expliquer une erreur de connexion</translation>
    </message>
    <message>
        <source>&amp;Paste what the user saw: the error code (for example AADSTS65001), the whole message, or the page&apos;s heading (&quot;Need admin approval&quot;, &quot;Approval required&quot;).</source>
        <translation>&amp;Collez ce que l&apos;utilisateur a vu&#xa0;: le code d&apos;erreur (par exemple AADSTS65001), le message entier ou le titre de la page («&#xa0;Approbation administrateur nécessaire&#xa0;», «&#xa0;Approbation requise&#xa0;»).</translation>
    </message>
    <message>
        <source>Error text to explain</source>
        <translation>Texte d&apos;erreur à expliquer</translation>
    </message>
    <message>
        <source>AADSTS90094: The grant requires admin permission.</source>
        <translation>AADSTS90094: The grant requires admin permission.</translation>
    </message>
    <message>
        <source>Codes, error names and the consent screen&apos;s words are recognized in English, German, French, Spanish and Japanese.</source>
        <translation>Les codes, les noms d&apos;erreur et les mots de l&apos;écran de consentement sont reconnus en anglais, allemand, français, espagnol et japonais.</translation>
    </message>
    <message>
        <source>No sign-in error ConsentDesk knows was found in this text. Paste the AADSTS code from the message, or look it up on https://login.microsoftonline.com/error.</source>
        <translation>Aucune erreur de connexion connue de ConsentDesk n&apos;a été trouvée dans ce texte. Collez le code AADSTS du message, ou recherchez-le sur https://login.microsoftonline.com/error.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) recognized:</source>
        <translation>
            <numerusform>%n élément reconnu&#xa0;:</numerusform>
            <numerusform>%n éléments reconnus&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Application&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>ID de corrélation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the first %1 characters were read.</source>
        <translation>Seuls les %1 premiers caractères ont été lus.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Signification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Qui peut corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the troubleshooter</source>
        <translation>Ouvrir l&apos;outil de dépannage</translation>
    </message>
    <message>
        <source>Open consent requests</source>
        <translation>Ouvrir les demandes de consentement</translation>
    </message>
    <message>
        <source>Open consent settings</source>
        <translation>Ouvrir les paramètres de consentement</translation>
    </message>
</context>
<context>
    <name>FilterBanner</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show everything, without the filter</source>
        <translation>Tout afficher, sans le filtre</translation>
    </message>
</context>
<context>
    <name>FirstSeenState</name>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk notes on this computer when it first sees each grant, from the lists it reads and the snapshots it opens; it has not noted any for this tenant yet.</source>
        <translation>Graph ne conserve aucune date pour un octroi. ConsentDesk note sur cet ordinateur la première fois qu&apos;il voit chaque octroi, dans les listes qu&apos;il lit et les instantanés qu&apos;il ouvre&#xa0;; il n&apos;en a encore noté aucun pour ce locataire.</translation>
    </message>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk noted this date on this computer the first time it saw the grant, in a list it read or a snapshot it opened; it has been noting them since %1, so an earlier grant shows that date or a later one.</source>
        <translation>Graph ne conserve aucune date pour un octroi. ConsentDesk a noté cette date sur cet ordinateur la première fois qu&apos;il a vu l&apos;octroi, dans une liste lue ou un instantané ouvert&#xa0;; il note depuis le %1, donc un octroi plus ancien affiche cette date ou une date ultérieure.</translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <source>No service principal %1 in this tenant.</source>
        <translation>Aucun principal de service %1 dans ce locataire.</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Aucune connexion à Microsoft Graph.</translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation>L&apos;autorisation %1 (application) de %2 ne peut pas être accordée&#xa0;: %3</translation>
    </message>
    <message>
        <source>the API is not in this tenant</source>
        <translation>l&apos;API n&apos;est pas dans ce locataire</translation>
    </message>
    <message>
        <source>the API does not publish it as an application permission</source>
        <translation>l&apos;API ne la publie pas comme autorisation d&apos;application</translation>
    </message>
    <message>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation>L&apos;autorisation %1 (déléguée) de %2 ne peut pas être accordée&#xa0;: %3</translation>
    </message>
    <message>
        <source>the API does not publish it</source>
        <translation>l&apos;API ne la publie pas</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation>Créer le principal de service de %1 (appId %2) dans ce locataire</translation>
    </message>
    <message>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation>Créer le principal de service de l&apos;API %1 (appId %2) dans ce locataire</translation>
    </message>
    <message>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation>Ajouter %1 à l&apos;octroi à l&apos;échelle du locataire de %2 sur %3 (conserve %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation>Accorder %1 à %2 sur %3 pour tous les utilisateurs (nouvel octroi à l&apos;échelle du locataire)</translation>
    </message>
    <message>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation>Accorder l&apos;autorisation d&apos;application %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation>Créer le principal de service de %1 (appId %2) à l&apos;état désactivé, afin que personne ne puisse s&apos;y connecter ni le demander</translation>
    </message>
    <message>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation>L&apos;application %1 est déjà bloquée (connexion désactivée).</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation>Désactiver la connexion pour %1 (accountEnabled = false)</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>No Microsoft Graph endpoint is configured.</source>
        <translation>Aucun point de terminaison Microsoft Graph n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No Exchange Online endpoint is configured.</source>
        <translation>Aucun point de terminaison Exchange Online n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Invalid URL.</source>
        <translation>URL non valide.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: tokens travel only over https (plain http is allowed to this computer only).</source>
        <translation>http:// en clair vers %1 refusé&#xa0;: les jetons ne circulent qu&apos;en https (http en clair n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>Unsupported scheme %1.</source>
        <translation>Schéma %1 non pris en charge.</translation>
    </message>
    <message>
        <source>Refusing to send the access token to %1, which is not the configured API root.</source>
        <translation>Le jeton d&apos;accès n&apos;est pas envoyé à %1, qui n&apos;est pas la racine d&apos;API configurée.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>Aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was larger than %3, the most ConsentDesk reads in one response, so it stopped reading. %4 does not send answers this large: something else may be answering (a proxy or a server that is not Microsoft&apos;s). Check the connection&apos;s proxy settings and try again; if the answer is genuine, raise the limit with CONSENTDESK_MAX_RESPONSE_MB.</source>
        <translation>La réponse à %1 %2 dépassait %3, le maximum que ConsentDesk lit dans une réponse&#xa0;; la lecture a donc été arrêtée. %4 n&apos;envoie pas de réponses aussi grandes&#xa0;: quelque chose d&apos;autre répond peut-être (un proxy ou un serveur qui n&apos;est pas celui de Microsoft). Vérifiez les paramètres de proxy de la connexion et réessayez&#xa0;; si la réponse est authentique, relevez la limite avec CONSENTDESK_MAX_RESPONSE_MB.</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The server sent no &apos;value&apos; array for a collection.</source>
        <translation>Le serveur n&apos;a envoyé aucun tableau «&#xa0;value&#xa0;» pour une collection.</translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent pages it had already sent, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>En lisant %1, le serveur a renvoyé des pages déjà envoyées, après %n page&#xa0;; ConsentDesk s&apos;est arrêté pour ne pas lire en boucle. La liste est peut-être incomplète&#xa0;: actualisez, et si cela se reproduit, le service fonctionne mal — réessayez plus tard.</numerusform>
            <numerusform>En lisant %1, le serveur a renvoyé des pages déjà envoyées, après %n pages&#xa0;; ConsentDesk s&apos;est arrêté pour ne pas lire en boucle. La liste est peut-être incomplète&#xa0;: actualisez, et si cela se reproduit, le service fonctionne mal — réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent a page link it had already given, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>En lisant %1, le serveur a envoyé un lien de page déjà donné, après %n page&#xa0;; ConsentDesk s&apos;est arrêté pour ne pas lire en boucle. La liste est peut-être incomplète&#xa0;: actualisez, et si cela se reproduit, le service fonctionne mal — réessayez plus tard.</numerusform>
            <numerusform>En lisant %1, le serveur a envoyé un lien de page déjà donné, après %n pages&#xa0;; ConsentDesk s&apos;est arrêté pour ne pas lire en boucle. La liste est peut-être incomplète&#xa0;: actualisez, et si cela se reproduit, le service fonctionne mal — réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer for batch item %1.</source>
        <translation>Aucune réponse pour l&apos;élément de lot %1.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server answered HTTP %1 without details.</source>
        <translation>Le serveur a répondu HTTP %1 sans détails.</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without details.</source>
        <translation>Le service de connexion a répondu HTTP %1 sans détails.</translation>
    </message>
    <message>
        <source>Exchange refused the request (HTTP 403) without details. The signed-in account may lack the Exchange role this cmdlet needs, or the cmdlet is not available.</source>
        <translation>Exchange a refusé la demande (HTTP 403) sans détails. Le compte connecté n&apos;a peut-être pas le rôle Exchange dont cette cmdlet a besoin, ou la cmdlet n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Exchange answered HTTP %1 without details.</source>
        <translation>Exchange a répondu HTTP %1 sans détails.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentPanel</name>
    <message>
        <source>Group owner consent for apps accessing data</source>
        <translation>Consentement du propriétaire du groupe pour les applications qui accèdent aux données</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <extracomment>Applies the group owner consent choice (a preview with the exact change comes first)</extracomment>
        <translation>Appli&amp;quer…</translation>
    </message>
    <message>
        <source>Apply the group owner consent choice</source>
        <translation>Appliquer le choix de consentement du propriétaire du groupe</translation>
    </message>
    <message>
        <source>Group owners consent under these app consent policies: %1. ConsentDesk offers the three choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Les propriétaires de groupe donnent leur consentement selon ces stratégies de consentement d&apos;application&#xa0;: %1. ConsentDesk propose les trois choix ci-dessus&#xa0;; une stratégie de consentement d&apos;application personnalisée se modifie dans le Centre d&apos;administration Microsoft Entra ou avec Microsoft Graph PowerShell.</translation>
    </message>
    <message>
        <source>In force: %1. %2</source>
        <translation>En vigueur&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot;, which can let group owners consent too, could not be read: %1</source>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;», qui peut aussi permettre aux propriétaires de groupes de consentir, n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>«&#xa0;Ne pas autoriser le consentement du propriétaire du groupe&#xa0;» le désactive aussi.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentSetting</name>
    <message>
        <source>Do not allow group owner consent</source>
        <translation>Ne pas autoriser le consentement du propriétaire du groupe</translation>
    </message>
    <message>
        <source>Allow group owner consent to pre-approved apps only</source>
        <translation>Autoriser le consentement du propriétaire du groupe uniquement pour les applications préapprouvées</translation>
    </message>
    <message>
        <source>Allow group owner consent to apps</source>
        <translation>Autoriser le consentement du propriétaire du groupe pour les applications</translation>
    </message>
    <message>
        <source>Group owner consent under a custom app consent policy</source>
        <translation>Consentement du propriétaire du groupe selon une stratégie de consentement d&apos;application personnalisée</translation>
    </message>
    <message>
        <source>Group owners cannot let apps reach the data of the groups they own.</source>
        <translation>Les propriétaires de groupe ne peuvent pas donner à des applications l&apos;accès aux données de leurs groupes.</translation>
    </message>
    <message>
        <source>Group owners may consent only for apps an administrator pre-approved for groups.</source>
        <translation>Les propriétaires de groupe ne peuvent consentir que pour les applications qu&apos;un administrateur a préapprouvées pour les groupes.</translation>
    </message>
    <message>
        <source>Every group owner may let any app reach the data of the groups they own, for permissions that need no administrator.</source>
        <translation>Chaque propriétaire de groupe peut donner à n&apos;importe quelle application l&apos;accès aux données de ses groupes, pour les autorisations qui ne nécessitent pas d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Group owners consent under the conditions of a custom app consent policy.</source>
        <translation>Les propriétaires de groupe donnent leur consentement selon les conditions d&apos;une stratégie de consentement d&apos;application personnalisée.</translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n octroi délégué</numerusform>
            <numerusform>%n octrois délégués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n autorisation d&apos;application</numerusform>
            <numerusform>%n autorisations d&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant… %1 so far</source>
        <translation>Lecture du locataire… %1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation>
            <numerusform>%n octroi avec consentement administrateur</numerusform>
            <numerusform>%n octrois avec consentement administrateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation>
            <numerusform>%n consentement utilisateur</numerusform>
            <numerusform>%n consentements utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lu à %1</translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation>Graph a répertorié un nombre d&apos;éléments différent de celui qu&apos;il a compté&#xa0;: cette liste est peut-être incomplète (un problème connu de pagination de Graph). Actualisez pour relire. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</source>
        <translation>
            <numerusform>%n principal de service auquel des octrois ou des attributions font référence est introuvable dans l&apos;annuaire&#xa0;; la liste marque son application comme introuvable.</numerusform>
            <numerusform>%n principaux de service auxquels des octrois ou des attributions font référence sont introuvables dans l&apos;annuaire&#xa0;; la liste marque leurs applications comme introuvables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n application absente de la liste de Graph a été lue individuellement.</numerusform>
            <numerusform>%n applications absentes de la liste de Graph ont été lues une par une.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Impossible de créer le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Impossible de lire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossible d&apos;écrire dans le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No journal entry %1.</source>
        <translation>Aucune entrée de journal %1.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it has finished.</source>
        <translation>Le journal %1 est verrouillé par une autre instance de ConsentDesk (processus %2 sur %3). Réessayez lorsqu’elle aura terminé.</translation>
    </message>
    <message>
        <source>The journal %1 could not be locked (%2).</source>
        <translation>Impossible de verrouiller le journal %1 (%2).</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <source>Keep only… — %1</source>
        <translation>Conserver uniquement… — %1</translation>
    </message>
    <message>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation>Cochez ce que l&apos;application %1 doit conserver. Tout le reste de ce qu&apos;elle détient est supprimé&#xa0;: les autorisations déléguées sont retirées de leurs octrois, les attributions des autorisations d&apos;application sont supprimées.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Déléguée</translation>
    </message>
    <message>
        <source>Also trim what users consented to themselves</source>
        <translation>Réduire aussi ce que les utilisateurs ont eux-mêmes consenti</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Vérifier les modifications…</translation>
    </message>
    <message>
        <source>Nothing would be removed.</source>
        <translation>Rien ne serait supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation>
            <numerusform>Conserve %1 et supprime %n autorisation accordée&#xa0;: %2.</numerusform>
            <numerusform>Conserve %1 et supprime %n autorisations accordées&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions the app keeps (ticked)</source>
        <translation>Autorisations conservées par l&apos;application (cochées)</translation>
    </message>
    <message>
        <source>Every permission the app has now; the ticked ones stay, all others are removed.</source>
        <translation>Toutes les autorisations que l&apos;application a maintenant&#xa0;; celles cochées restent, toutes les autres sont supprimées.</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation>Aucun bus de session de bureau (D-Bus) n&apos;est en cours d&apos;exécution&#xa0;: aucun service de trousseau (GNOME Keyring, KWallet, KeePassXC) n&apos;est donc joignable. Connectez-vous depuis une session de bureau pour conserver votre connexion.</translation>
    </message>
    <message>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation>Le trousseau de connexion est verrouillé ou absent. Déverrouillez-le (ou créez-le) dans votre gestionnaire de trousseaux.</translation>
    </message>
    <message>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation>Le service Secret Service n&apos;est pas installé ou ne fonctionne pas (installez gnome-keyring ou activez l&apos;intégration Secret Service de KeePassXC).</translation>
    </message>
    <message>
        <source>The keychain returned different data than was stored.</source>
        <translation>Le trousseau a renvoyé des données différentes de celles qui avaient été enregistrées.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>trousseau système</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>L&apos;accès au trousseau a été refusé (%1).</translation>
    </message>
    <message>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation>L&apos;entrée du trousseau est incomplète (la partie %1 est manquante).</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>Le secret est trop volumineux pour le trousseau (%1 octets).</translation>
    </message>
</context>
<context>
    <name>LegacyGroupConsentSetting</name>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; is not set in this tenant, so only the app consent policies decide.</source>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» n&apos;est pas défini dans ce locataire&#xa0;: seules les stratégies de consentement d&apos;application décident.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; does not let group owners consent.</source>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» ne permet pas aux propriétaires de groupes de consentir.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets every group owner consent to apps for the groups they own, whatever the app consent policies say.</source>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» permet à tout propriétaire de groupe de consentir à des applications pour les groupes qu&apos;il possède, quelles que soient les stratégies de consentement d&apos;application.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets group owners who are members of the group %1 consent to apps for the groups they own, whatever the app consent policies say.</source>
        <extracomment>%1 is a group&apos;s name (or its object ID when the name could not be read)</extracomment>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» permet aux propriétaires de groupes membres du groupe %1 de consentir à des applications pour les groupes qu&apos;ils possèdent, quelles que soient les stratégies de consentement d&apos;application.</translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation>%1 ne détient aucune autorisation d&apos;application limitée par une stratégie d&apos;accès (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app)&#xa0;: la stratégie ne change rien tant que l&apos;application n&apos;en obtient pas une. Les autorisations déléguées ne sont jamais limitées par les stratégies d&apos;accès.</translation>
    </message>
    <message>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation>La stratégie limitera les autorisations d&apos;application %2 de %1 aux boîtes aux lettres du groupe.</translation>
    </message>
    <message>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation>Microsoft remplace les stratégies d&apos;accès aux applications par RBAC pour les applications dans Exchange Online et déconseille de créer de nouvelles stratégies. Les stratégies existantes continuent de fonctionner&#xa0;; ConsentDesk affiche l&apos;équivalent RBAC de chacune (une étendue de gestion et une attribution de rôle).</translation>
    </message>
    <message>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps and permissions if the app does not need them.</source>
        <translation>Elle ne limite pas %1&#xa0;: ces autorisations atteignent toujours tout le locataire (fichiers, sites, annuaire). Révoquez-les dans Applications et autorisations si l&apos;application n&apos;en a pas besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</source>
        <translation>
            <numerusform>%1 détient %n autorisation d&apos;application à l&apos;échelle du locataire dans Entra ID (%2)&#xa0;; aujourd&apos;hui, sa stratégie d&apos;accès la limite. RBAC pour les applications est additif&#xa0;: une fois la stratégie supprimée au profit d&apos;un rôle limité à une étendue, cette autorisation atteindrait de nouveau toutes les boîtes aux lettres. Révoquez %2 dans Applications et autorisations avant de supprimer la stratégie.</numerusform>
            <numerusform>%1 détient %n autorisations d&apos;application à l&apos;échelle du locataire dans Entra ID (%2)&#xa0;; aujourd&apos;hui, sa stratégie d&apos;accès les limite. RBAC pour les applications est additif&#xa0;: une fois la stratégie supprimée au profit d&apos;un rôle limité à une étendue, ces autorisations atteindraient de nouveau toutes les boîtes aux lettres. Révoquez %2 dans Applications et autorisations avant de supprimer la stratégie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</source>
        <translation>
            <numerusform>%1 détient %n autorisation d&apos;application à l&apos;échelle du locataire dans Entra ID (%2). RBAC pour les applications est additif&#xa0;: une attribution de rôle limitée à une étendue ne la restreint pas, et l&apos;application accède donc toujours à toutes les boîtes aux lettres. Une fois l&apos;attribution de rôle opérationnelle, révoquez %2 dans Applications et autorisations.</numerusform>
            <numerusform>%1 détient %n autorisations d&apos;application à l&apos;échelle du locataire dans Entra ID (%2). RBAC pour les applications est additif&#xa0;: une attribution de rôle limitée à une étendue ne les restreint pas, et l&apos;application accède donc toujours à toutes les boîtes aux lettres. Une fois l&apos;attribution de rôle opérationnelle, révoquez %2 dans Applications et autorisations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <source>Not asked</source>
        <translation>Non interrogé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>Dans le groupe d&apos;étendue</translation>
    </message>
    <message>
        <source>Exchange (Test)</source>
        <translation>Exchange (test)</translation>
    </message>
    <message>
        <source>Directory (local)</source>
        <translation>Annuaire (local)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Exchange grants the app access to this mailbox, but the directory&apos;s policies deny it.</source>
        <translation>Exchange accorde à l&apos;application l&apos;accès à cette boîte aux lettres, mais les stratégies de l&apos;annuaire le refusent.</translation>
    </message>
    <message>
        <source>Exchange denies the app access to this mailbox, but the directory&apos;s policies grant it.</source>
        <translation>Exchange refuse à l&apos;application l&apos;accès à cette boîte aux lettres, mais les stratégies de l&apos;annuaire l&apos;accordent.</translation>
    </message>
    <message>
        <source>Exchange Online and Entra ID each keep their own copy of group membership and synchronize it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation>Exchange Online et Entra ID conservent chacun leur propre copie des appartenances aux groupes et les synchronisent&#xa0;: une modification faite ces dernières minutes (un groupe ou un membre ajouté dans Exchange, un membre modifié dans Entra ID, une stratégie créée ou supprimée) n&apos;a peut-être pas encore atteint l&apos;autre côté. Relancez le test dans quelques minutes&#xa0;; si la différence persiste, comparez les membres du groupe dans le Centre d&apos;administration Exchange et dans Entra ID.</translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation>Aucune boîte aux lettres «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation>Test-ApplicationAccessPolicy n&apos;a renvoyé aucun résultat.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>La session est terminée.</translation>
    </message>
</context>
<context>
    <name>MailboxAppFinder</name>
    <message>
        <source>No Graph client.</source>
        <translation>Aucun client Graph.</translation>
    </message>
</context>
<context>
    <name>MailboxScoping</name>
    <message>
        <source>Unknown: Exchange could not be read</source>
        <translation>Inconnu&#xa0;: impossible de lire Exchange</translation>
    </message>
    <message>
        <source>Every mailbox (no access policy)</source>
        <translation>Toutes les boîtes aux lettres (aucune stratégie d&apos;accès)</translation>
    </message>
    <message>
        <source>all but &quot;%1&quot;</source>
        <translation>toutes sauf «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only &quot;%1&quot;</source>
        <translation>uniquement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>RBAC %1: %2</source>
        <translation>RBAC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>every mailbox</source>
        <translation>toutes les boîtes aux lettres</translation>
    </message>
    <message>
        <source>RBAC roles unknown (Exchange could not be read)</source>
        <translation>Rôles RBAC inconnus (impossible de lire Exchange)</translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation>Aucune boîte aux lettres</translation>
    </message>
    <message>
        <source>Every app (*)</source>
        <translation>Toutes les applications (*)</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation>Il s&apos;agit de la seule stratégie RestrictAccess de %1&#xa0;: une fois celle-ci supprimée, %1 accède de nouveau à toutes les boîtes aux lettres du locataire avec %2.</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation>Il s&apos;agit de la seule stratégie RestrictAccess de %1&#xa0;: une fois celle-ci supprimée, %1 accède avec %2 à toutes les boîtes aux lettres, sauf celles qu&apos;incluent ses stratégies DenyAccess.</translation>
    </message>
</context>
<context>
    <name>MailboxTestPanel</name>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Adresse de boîte aux lettres, p. ex. priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>&amp;Mailbox to test:</source>
        <translation>&amp;Boîte aux lettres à tester&#xa0;:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Choose an app above and type a mailbox address.</source>
        <translation>Choisissez une application ci-dessus et saisissez une adresse de boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Interrogation d&apos;Exchange…</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>Test impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Aucun résultat.</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation>À &amp;propos de ConsentDesk</translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation>À propos de ConsentDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Examinez, accordez et révoquez le consentement aux applications Microsoft 365 / Entra ID, avec le privilège minimum et la possibilité d&apos;annuler.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Rôle d&apos;annuaire</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: none (read own data only)</source>
        <translation>Rôle&#xa0;: aucun (lecture de ses propres données uniquement)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation>ConsentDesk — %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Explain a sign-in error…</source>
        <translation>E&amp;xpliquer une erreur de connexion…</translation>
    </message>
    <message>
        <source>Account: none (a snapshot file)</source>
        <translation>Compte&#xa0;: aucun (un fichier d&apos;instantané)</translation>
    </message>
    <message>
        <source>Snapshot taken by %1</source>
        <translation>Instantané pris par %1</translation>
    </message>
    <message>
        <source>No one is signed in: the views show the snapshot %1, as it was exported.</source>
        <translation>Personne n&apos;est connecté&#xa0;: les vues montrent l&apos;instantané %1 tel qu&apos;il a été exporté.</translation>
    </message>
    <message>
        <source>Role: none (read-only snapshot)</source>
        <translation>Rôle&#xa0;: aucun (instantané en lecture seule)</translation>
    </message>
    <message>
        <source>Nothing can be changed: a snapshot is read offline, and no tenant is reached.</source>
        <translation>Rien ne peut être modifié&#xa0;: un instantané se lit hors connexion, et aucun locataire n&apos;est contacté.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Only the apps whose riskiest permission is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Seulement les applications dont l&apos;autorisation la plus risquée est %1.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest tenant-wide permission (admin consent or application permission) is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Seulement les applications dont l&apos;autorisation à l&apos;échelle du locataire la plus risquée (consentement administrateur ou autorisation d&apos;application) est %1.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest permission consented by users themselves is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Seulement les applications dont l&apos;autorisation la plus risquée accordée par les utilisateurs eux-mêmes est %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n app(s). Show them.</source>
        <extracomment>%1 is a risk level (Critical, High, …); the button opens the list of those apps</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n application. Les afficher.</numerusform>
            <numerusform>%1&#xa0;: %n applications. Les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified</source>
        <extracomment>after a publisher&apos;s name: Microsoft has not verified it (a sign of consent phishing)</extracomment>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (non vérifié)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending request(s). Show them.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;); the button opens the list of those requests</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n demande en attente. Les afficher.</numerusform>
            <numerusform>%1&#xa0;: %n demandes en attente. Les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the pending requests that have waited this long: %1.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;, &quot;Less than a day&quot;)</extracomment>
        <translation>Seulement les demandes en attente depuis cette durée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewHistoryChart</name>
    <message>
        <source>Users&apos; own consents by when ConsentDesk first saw them</source>
        <translation>Consentements propres des utilisateurs, selon le jour où ConsentDesk les a vus pour la première fois</translation>
    </message>
    <message>
        <source>Sign in to see when users consented to apps themselves.</source>
        <translation>Connectez-vous pour voir quand les utilisateurs ont eux-mêmes consenti à des applications.</translation>
    </message>
    <message>
        <source>Reading the history of users&apos; consents…</source>
        <translation>Lecture de l&apos;historique des consentements des utilisateurs…</translation>
    </message>
    <message>
        <source>The history of users&apos; consents on this computer could not be read: %1</source>
        <extracomment>%1 says why the file could not be read</extracomment>
        <translation>Impossible de lire l&apos;historique des consentements des utilisateurs sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graph gives a consent no date: these are the days ConsentDesk first saw each one on this computer, since %1. The first bar is what was already there then.</source>
        <extracomment>%1 is a date. Graph gives a consent no date: the history starts when ConsentDesk first looked.</extracomment>
        <translation>Graph ne date pas les consentements&#xa0;: ce sont les jours où ConsentDesk a vu chacun pour la première fois sur cet ordinateur, depuis le %1. La première barre montre ce qui existait déjà à ce moment-là.</translation>
    </message>
    <message>
        <source>No user has consented to an app on their own since.</source>
        <translation>Aucun utilisateur n&apos;a consenti de lui-même à une application depuis.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) given by users on their own since.</source>
        <translation>
            <numerusform>%n consentement donné par des utilisateurs eux-mêmes depuis.</numerusform>
            <numerusform>%n consentements donnés par des utilisateurs eux-mêmes depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1</source>
        <extracomment>a bar of a chart: the consents ConsentDesk first saw before the other bars&apos; months; %1 is a date</extracomment>
        <translation>Avant le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of the chart in words, for screen readers: %1 is its label, %2 a number</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>First look</source>
        <extracomment>a bar of a chart: the consents already there when ConsentDesk first looked at the tenant (the note under the chart gives its date)</extracomment>
        <translation>Premier regard</translation>
    </message>
    <message>
        <source>Already there when ConsentDesk first looked, %1: %2</source>
        <translation>Déjà présents quand ConsentDesk a regardé pour la première fois, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No history yet. Graph gives a consent no date, so ConsentDesk keeps the day it first sees each one on this computer. It starts with the first permissions ConsentDesk reads from this tenant (or a snapshot of it that you open) and grows as you keep using ConsentDesk with this tenant.</source>
        <translation>Pas encore d&apos;historique. Graph n&apos;attribue aucune date à un consentement&#xa0;: ConsentDesk retient donc, sur cet ordinateur, le jour où il voit chacun pour la première fois. L&apos;historique commence avec les premières autorisations que ConsentDesk lit dans ce locataire (ou dans un instantané de celui-ci que vous ouvrez) et s&apos;enrichit à mesure que vous utilisez ConsentDesk avec ce locataire.</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Enter shows the apps that hold its consents in Apps and permissions.</source>
        <translation>Gauche et Droite choisissent une barre, Entrée affiche dans Applications et autorisations les applications qui détiennent ses consentements.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent that was already there when ConsentDesk first looked at the tenant, on %1.</source>
        <extracomment>the line above the apps list after a click on the history chart&apos;s first bar; %1 is a date</extracomment>
        <translation>Seulement les applications qui détiennent un consentement propre d&apos;un utilisateur déjà présent quand ConsentDesk a regardé le locataire pour la première fois, le %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw before %1.</source>
        <extracomment>%1 is the first day of the history chart&apos;s oldest month shown</extracomment>
        <translation>Seulement les applications qui détiennent un consentement propre d&apos;un utilisateur que ConsentDesk a vu pour la première fois avant le %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in the week of %1.</source>
        <extracomment>%1 is the Monday of a week</extracomment>
        <translation>Seulement les applications qui détiennent un consentement propre d&apos;un utilisateur que ConsentDesk a vu pour la première fois la semaine du %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in %1.</source>
        <extracomment>%1 is a month and its year, as &quot;November 2026&quot;</extracomment>
        <translation>Seulement les applications qui détiennent un consentement propre d&apos;un utilisateur que ConsentDesk a vu pour la première fois en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n consent(s): show their apps</source>
        <extracomment>a context menu item of the history chart: %1 is a bar&apos;s label (a date, &quot;First look&quot;), then its count</extracomment>
        <translation>
            <numerusform>%1 — %n consentement&#xa0;: afficher ses applications</numerusform>
            <numerusform>%1 — %n consentements&#xa0;: afficher leurs applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to list the apps that hold its consents now.</source>
        <translation>Cliquez sur une barre pour lister les applications qui détiennent ses consentements aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshotPanel</name>
    <message>
        <source>New</source>
        <extracomment>a change since the last snapshot: the app is new in the tenant</extracomment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Gone</source>
        <extracomment>a change since the last snapshot: the app no longer holds anything in the tenant</extracomment>
        <translation>Disparue</translation>
    </message>
    <message>
        <source>Holds more or less</source>
        <extracomment>a change since the last snapshot: the app holds more or less than it did</extracomment>
        <translation>Détient plus ou moins</translation>
    </message>
    <message>
        <source>Export a snapshot…</source>
        <translation>Exporter un instantané…</translation>
    </message>
    <message>
        <source>Export a snapshot of the tenant (File menu, Export snapshot)</source>
        <translation>Exporter un instantané du locataire (menu Fichier, Exporter un instantané)</translation>
    </message>
    <message>
        <source>Compare in full…</source>
        <translation>Comparer en détail…</translation>
    </message>
    <message>
        <source>Compare the last snapshot with the tenant, every permission and user</source>
        <translation>Comparer le dernier instantané avec le locataire, chaque autorisation et chaque utilisateur</translation>
    </message>
    <message>
        <source>Apps changed since the last snapshot</source>
        <translation>Applications modifiées depuis le dernier instantané</translation>
    </message>
    <message>
        <source>One app a row, riskiest first. Selecting a new app or one that holds more or less opens it in Apps and permissions.</source>
        <translation>Une application par ligne, la plus risquée en premier. Sélectionner une nouvelle application, ou une qui détient plus ou moins, l&apos;ouvre dans Applications et autorisations.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Since the snapshot</source>
        <translation>Depuis l&apos;instantané</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Sign in to see what changed in the tenant since its last snapshot.</source>
        <translation>Connectez-vous pour voir ce qui a changé dans le locataire depuis son dernier instantané.</translation>
    </message>
    <message>
        <source>This computer has no snapshot of this tenant yet. Export one (File → Export snapshot…, or consentdesk-cli snapshot export on a schedule) and this card shows what changed after it.</source>
        <translation>Cet ordinateur n&apos;a pas encore d&apos;instantané de ce locataire. Exportez-en un (Fichier → Exporter un instantané…, ou consentdesk-cli snapshot export planifié) et cette carte montrera ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1 once the tenant&apos;s apps are read…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Comparaison avec l&apos;instantané du %1 dès que les applications du locataire seront lues…</translation>
    </message>
    <message>
        <source>Not all of the tenant&apos;s apps could be read, so they are not compared with the snapshot of %1. Refresh to read them again.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Toutes les applications du locataire n&apos;ont pas pu être lues&#xa0;; elles ne sont donc pas comparées avec l&apos;instantané du %1. Actualisez pour les relire.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Comparaison avec l&apos;instantané du %1…</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be read, so nothing was compared: %2</source>
        <extracomment>%1 is the date and time the snapshot was taken, %2 says why its file was refused</extracomment>
        <translation>Impossible de lire l&apos;instantané du %1&#xa0;; rien n&apos;a été comparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>No app came, went or holds more or less since the snapshot of %1.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Aucune application n&apos;est apparue ou n&apos;a disparu, et aucune ne détient plus ou moins, depuis l&apos;instantané du %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) changed since the snapshot of %1, riskiest first.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>
            <numerusform>%n application modifiée depuis l&apos;instantané du %1, la plus risquée en premier.</numerusform>
            <numerusform>%n applications modifiées depuis l&apos;instantané du %1, la plus risquée en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <extracomment>a button under a short list: shows the other rows</extracomment>
        <translation>
            <numerusform>%n de plus…</numerusform>
            <numerusform>%n de plus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other changed app(s)</source>
        <translation>
            <numerusform>Afficher l&apos;autre application modifiée (%n)</numerusform>
            <numerusform>Afficher les %n autres applications modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes for all users: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Autorisations déléguées pour tous les utilisateurs&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Users with their own consent: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Utilisateurs ayant donné leur propre consentement&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Application permissions: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Autorisations d&apos;application&#xa0;: %1 → %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Apps by their riskiest permission</source>
        <translation>Applications par leur autorisation la plus risquée</translation>
    </message>
    <message>
        <source>Every app that holds a permission, counted once at the level of its riskiest one.</source>
        <translation>Chaque application qui détient une autorisation, comptée une fois au niveau de la plus risquée.</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>Demandes de consentement en attente</translation>
    </message>
    <message>
        <source>Requests users filed that no reviewer has answered, by how long they have waited (since the oldest open request).</source>
        <translation>Les demandes des utilisateurs auxquelles aucun réviseur n&apos;a répondu, par durée d&apos;attente (depuis la plus ancienne demande ouverte).</translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation>Demandes en attente par ancienneté</translation>
    </message>
    <message>
        <source>High and critical permissions for the whole tenant</source>
        <translation>Autorisations élevées et critiques pour tout le locataire</translation>
    </message>
    <message>
        <source>Admin consent and application permissions act for every user and every mailbox or file the API reaches, not for one person.</source>
        <translation>Le consentement administrateur et les autorisations d&apos;application agissent pour chaque utilisateur et chaque boîte aux lettres ou fichier que l&apos;API atteint, pas pour une seule personne.</translation>
    </message>
    <message>
        <source>Apps with high or critical tenant-wide permissions</source>
        <translation>Applications avec des autorisations élevées ou critiques à l&apos;échelle du locataire</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Apps and permissions.</source>
        <translation>Une application par ligne. Sélectionner une ligne l&apos;ouvre dans Applications et autorisations.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Riskiest permission</source>
        <translation>Autorisation la plus risquée</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Apps that reach every mailbox</source>
        <translation>Applications qui atteignent toutes les boîtes aux lettres</translation>
    </message>
    <message>
        <source>Mailbox application permissions (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) that no Exchange access policy scopes.</source>
        <translation>Autorisations d&apos;application de boîte aux lettres (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) qu&apos;aucune stratégie d&apos;accès Exchange ne limite.</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Mailbox access.</source>
        <translation>Une application par ligne. Sélectionner une ligne l&apos;ouvre dans Accès aux boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Mailbox permissions</source>
        <translation>Autorisations de boîte aux lettres</translation>
    </message>
    <message>
        <source>What users consented to themselves</source>
        <translation>Ce à quoi les utilisateurs ont consenti eux-mêmes</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users granted on their own, and the high and critical ones first: a consent phishing campaign shows here.</source>
        <translation>Applications par l&apos;autorisation la plus risquée que les utilisateurs ont accordée eux-mêmes, les élevées et critiques en premier&#xa0;: une campagne d&apos;hameçonnage par consentement apparaît ici.</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users consented to</source>
        <translation>Applications par l&apos;autorisation la plus risquée à laquelle les utilisateurs ont consenti</translation>
    </message>
    <message>
        <source>Apps with high or critical permissions users consented to</source>
        <translation>Applications avec des autorisations élevées ou critiques auxquelles les utilisateurs ont consenti</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The tenant&apos;s consent at a glance: risky apps, pending requests, mailbox access, users&apos; own consents</source>
        <translation>Le consentement du locataire en un coup d&apos;œil&#xa0;: applications risquées, demandes en attente, accès aux boîtes aux lettres, consentements propres des utilisateurs</translation>
    </message>
    <message>
        <source>Sign in to see your tenant&apos;s consent at a glance.</source>
        <translation>Connectez-vous pour voir le consentement de votre locataire en un coup d&apos;œil.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Votre rôle ne peut pas lire les demandes de consentement. %1</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Lecture des applications du locataire…</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>Impossible de lire les demandes de consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No request is waiting for a reviewer.</source>
        <translation>Aucune demande n&apos;attend de réviseur.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a reviewer.</source>
        <translation>
            <numerusform>%n demande attend un réviseur.</numerusform>
            <numerusform>%n demandes attendent un réviseur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the apps and Exchange&apos;s access policies…</source>
        <translation>Lecture des applications et des stratégies d&apos;accès d&apos;Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s access policies could not be read, so which apps reach every mailbox is unknown: %1</source>
        <translation>Impossible de lire les stratégies d&apos;accès d&apos;Exchange Online&#xa0;: on ne sait donc pas quelles applications atteignent toutes les boîtes aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>No app reaches every mailbox.</source>
        <translation>Aucune application n&apos;atteint toutes les boîtes aux lettres.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox.</source>
        <translation>
            <numerusform>%n application atteint toutes les boîtes aux lettres.</numerusform>
            <numerusform>%n applications atteignent toutes les boîtes aux lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Lecture du locataire…</translation>
    </message>
    <message>
        <source>Could not read every app, so the numbers may be low: %1</source>
        <translation>Impossible de lire toutes les applications&#xa0;: les nombres peuvent être trop bas&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold permissions in this tenant. Read at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>
            <numerusform>%n application détient des autorisations dans ce locataire. Lu à %1.</numerusform>
            <numerusform>%n applications détiennent des autorisations dans ce locataire. Lu à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users&apos; own consents over time</source>
        <translation>Consentements propres des utilisateurs au fil du temps</translation>
    </message>
    <message>
        <source>How many consents users gave apps on their own, by the week or month ConsentDesk first saw them.</source>
        <translation>Combien de consentements les utilisateurs ont donnés eux-mêmes à des applications, par semaine ou par mois où ConsentDesk les a vus pour la première fois.</translation>
    </message>
    <message>
        <source>What changed since the last snapshot</source>
        <translation>Ce qui a changé depuis le dernier instantané</translation>
    </message>
    <message>
        <source>Apps that came or went, and apps that hold more or less, since the newest snapshot of the tenant this computer exported or opened.</source>
        <translation>Les applications apparues ou disparues, et celles qui détiennent plus ou moins, depuis le plus récent instantané du locataire que cet ordinateur a exporté ou ouvert.</translation>
    </message>
</context>
<context>
    <name>PermissionGrantPolicy</name>
    <message>
        <source>any type</source>
        <extracomment>A permission grant condition set that matches every permission type (delegated and application)</extracomment>
        <translation>tout type</translation>
    </message>
    <message>
        <source>classified %1</source>
        <extracomment>%1 is Graph&apos;s classification value: low, medium or high</extracomment>
        <translation>classifiée %1</translation>
    </message>
    <message>
        <source>any API</source>
        <extracomment>the condition set matches permissions of any resource API</extracomment>
        <translation>toute API</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <extracomment>%1 is a list of permission ids</extracomment>
        <translation>autorisations %1</translation>
    </message>
    <message>
        <source>clients %1</source>
        <extracomment>%1 is a list of client application ids</extracomment>
        <translation>clients %1</translation>
    </message>
    <message>
        <source>client tenants %1</source>
        <extracomment>%1 is a list of tenant ids the client apps come from</extracomment>
        <translation>locataires clients %1</translation>
    </message>
    <message>
        <source>publishers %1</source>
        <extracomment>%1 is a list of publisher ids (Microsoft Partner Network ids)</extracomment>
        <translation>éditeurs %1</translation>
    </message>
    <message>
        <source>verified publishers only</source>
        <extracomment>the condition set matches only apps from verified publishers</extracomment>
        <translation>éditeurs vérifiés uniquement</translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client object id</source>
        <translation>ID d&apos;objet du client</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Consent type</source>
        <translation>Type de consentement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Microsoft app</source>
        <translation>Application Microsoft</translation>
    </message>
    <message>
        <source>Owner tenant</source>
        <translation>Locataire propriétaire</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw a grant (Graph keeps no grant dates).</extracomment>
        <translation>Vu pour la première fois par ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PermissionReportEngine</name>
    <message>
        <source>The report was canceled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <source>Admin consent (all users)</source>
        <translation>Consentement administrateur (tous les utilisateurs)</translation>
    </message>
    <message>
        <source>Admin consent (application)</source>
        <translation>Consentement administrateur (application)</translation>
    </message>
    <message>
        <source>Assigned directly</source>
        <translation>Attribuée directement</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Déléguée</translation>
    </message>
    <message>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation>Graph n&apos;enregistre pas qui a accordé une autorisation&#xa0;; ConsentDesk ne le sait que pour les octrois qu&apos;il a effectués (voir Activité).</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom de l&apos;API</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>Valeur de revendication</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>Accordée via</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw the grant (Graph keeps no grant dates).</extracomment>
        <translation>Vu pour la première fois par ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PickReviewerDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>Ajouter un réviseur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Rôle d&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Start of a name or user principal name</source>
        <translation>Début d&apos;un nom ou d&apos;un nom d&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 — désactivé</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Block the app</source>
        <translation>Bloquer l&apos;application</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation>
            <numerusform>Revenir sur %n modification</numerusform>
            <numerusform>Revenir sur %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation>
            <numerusform>Supprimer (%n modification)</numerusform>
            <numerusform>Supprimer (%n modifications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation>
            <numerusform>Restaurer (%n modification)</numerusform>
            <numerusform>Restaurer (%n modifications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Appliquer %n modification</numerusform>
            <numerusform>Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>Roll back changes to %1</source>
        <translation>Revenir sur les modifications apportées à %1</translation>
    </message>
    <message>
        <source>Remove permissions from %1</source>
        <translation>Supprimer des autorisations de %1</translation>
    </message>
    <message>
        <source>Restore permissions of %1</source>
        <translation>Restaurer les autorisations de %1</translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation>Accorder des autorisations à %1</translation>
    </message>
    <message>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation>Rien à modifier&#xa0;: tout ce qui est sélectionné est déjà en place.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation>
            <numerusform>%n modification sera effectuée dans le locataire. Elle est enregistrée dans le journal d&apos;activité avant son envoi.</numerusform>
            <numerusform>Ces %n modifications seront effectuées dans le locataire, dans cet ordre. Chacune est enregistrée dans le journal d&apos;activité avant son envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing permissions of the app are kept.</source>
        <translation>Les autorisations existantes de l&apos;application sont conservées.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation>Autorisation d&apos;application Microsoft Graph&#xa0;: nécessite le rôle Administrateur de rôle privilégié ou Administrateur général.</translation>
    </message>
    <message>
        <source>No change: %1 (%2) is already granted</source>
        <translation>Aucune modification&#xa0;: l&apos;autorisation %1 (%2) est déjà accordée</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Pas de restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation>Ignoré&#xa0;: l&apos;autorisation %1 (%2) ne peut pas être accordée ici</translation>
    </message>
    <message>
        <source>Microsoft Graph PowerShell</source>
        <translation>Microsoft Graph PowerShell</translation>
    </message>
    <message>
        <source>PowerShell for %1</source>
        <translation>PowerShell pour %1</translation>
    </message>
    <message>
        <source>Exchange Online changes</source>
        <translation>Modifications Exchange Online</translation>
    </message>
    <message>
        <source>Nothing to change in Exchange Online.</source>
        <translation>Rien à modifier dans Exchange Online.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation>
            <numerusform>%n modification sera effectuée dans Exchange Online. Elle est enregistrée dans le journal d&apos;activité avant son envoi&#xa0;; un échec arrête la suite.</numerusform>
            <numerusform>Ces %n modifications seront effectuées dans Exchange Online, dans cet ordre. Chacune est enregistrée dans le journal d&apos;activité avant son envoi&#xa0;; le premier échec arrête les suivantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Modifications à effectuer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>Applet de commande</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>Script PowerShell</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Pas d&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy PowerShell</source>
        <translation>Copier le code PowerShell</translation>
    </message>
    <message>
        <source>One row per change, in the order it will be made, with the request that makes it.</source>
        <translation>Une ligne par modification, dans l&apos;ordre où elle sera faite, avec la requête qui la fait.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation>Modification %1 sur %2&#xa0;: %3…</translation>
    </message>
    <message>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation>En attente de votre autorisation pour que ConsentDesk effectue des modifications…</translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation>Impossible d&apos;effectuer des modifications</translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être ouvert, et ConsentDesk ne modifie jamais un locataire sans enregistrer d&apos;abord la modification. Consultez les fichiers journaux dans Diagnostics.</translation>
    </message>
    <message>
        <source>Applying changes…</source>
        <translation>Application des modifications…</translation>
    </message>
    <message>
        <source>Applying changes in Exchange Online…</source>
        <translation>Application des modifications dans Exchange Online…</translation>
    </message>
</context>
<context>
    <name>PlannedOperation</name>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Aucune connexion à Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>Non envoyé&#xa0;: il n&apos;y a aucune connexion à Microsoft Graph.</translation>
    </message>
    <message>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Autorisation refusée&#xa0;: l&apos;octroi d&apos;autorisations d&apos;application Microsoft Graph nécessite le rôle Administrateur de rôle privilégié ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation>Autorisation refusée&#xa0;: votre rôle ne permet pas cette modification (%1).</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Connexion nécessaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the service principal created for %1</source>
        <translation>Supprimer le principal de service créé pour %1</translation>
    </message>
    <message>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation>Supprimer l&apos;octroi à l&apos;échelle du locataire de %1 sur %2 qui vient d&apos;être créé</translation>
    </message>
    <message>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation>Rétablir l&apos;octroi à l&apos;échelle du locataire de %1 sur %2 à&#xa0;: %3</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Retirer à %3 l&apos;autorisation d&apos;application %1 de %2</translation>
    </message>
    <message>
        <source>Restore %1 of %2</source>
        <translation>Restaurer %1 de %2</translation>
    </message>
    <message>
        <source>Not rolled back here: %1</source>
        <translation>Pas de retour arrière ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A posture check&apos;s result: the tenant meets it</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A posture check&apos;s result: worth a look, or could not be read</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A posture check&apos;s result: the tenant does not meet it</extracomment>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message>
        <source>Consent posture</source>
        <translation>Posture de consentement</translation>
    </message>
    <message>
        <source>The consent checks of CISA&apos;s Secure Cloud Business Applications (SCuBA) baseline for Microsoft Entra ID (MS.AAD.5.x), and ConsentDesk&apos;s own (CD.x).</source>
        <translation>Les vérifications de consentement de la base de référence Secure Cloud Business Applications (SCuBA) de la CISA pour Microsoft Entra ID (MS.AAD.5.x), et celles de ConsentDesk (CD.x).</translation>
    </message>
    <message>
        <source>Consent posture checks</source>
        <translation>Vérifications de la posture de consentement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Go to the fix</source>
        <translation>&amp;Aller à la correction</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s consent settings, requests, users&apos; consents and mailbox access…</source>
        <translation>Lecture des paramètres de consentement, des demandes, des consentements des utilisateurs et de l&apos;accès aux boîtes aux lettres du locataire…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail.</source>
        <translation>
            <numerusform>%n vérification échoue.</numerusform>
            <numerusform>%n vérifications échouent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need a look.</source>
        <translation>
            <numerusform>%n vérification mérite un examen.</numerusform>
            <numerusform>%n vérifications méritent un examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Toutes les vérifications réussissent.</translation>
    </message>
    <message>
        <source>Select a check that ConsentDesk can fix; the others say where to change them.</source>
        <translation>Sélectionnez une vérification que ConsentDesk peut corriger&#xa0;; les autres indiquent où les modifier.</translation>
    </message>
    <message>
        <source>One row per consent check: whether the tenant passes it, the evidence, and the fix.</source>
        <translation>Une ligne par vérification de consentement&#xa0;: si le locataire la réussit, le constat et la correction.</translation>
    </message>
</context>
<context>
    <name>PostureEvaluator</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1&#xa0;; et %n autre</numerusform>
            <numerusform>%1&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may register applications</source>
        <translation>Seuls les administrateurs peuvent inscrire des applications</translation>
    </message>
    <message>
        <source>The authorization policy could not be read: %1</source>
        <translation>Impossible de lire la stratégie d&apos;autorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The authorization policy does not say whether users may register applications.</source>
        <translation>La stratégie d&apos;autorisation n&apos;indique pas si les utilisateurs peuvent inscrire des applications.</translation>
    </message>
    <message>
        <source>Users can register applications: No.</source>
        <translation>Les utilisateurs peuvent inscrire des applications&#xa0;: Non.</translation>
    </message>
    <message>
        <source>Users can register applications: Yes. Any user can create an app registration and give it credentials.</source>
        <translation>Les utilisateurs peuvent inscrire des applications&#xa0;: Oui. Tout utilisateur peut créer une inscription d&apos;application et lui donner des informations d&apos;identification.</translation>
    </message>
    <message>
        <source>In the Entra admin center, go to Users → User settings and set &quot;Users can register applications&quot; to No.</source>
        <translation>Dans le Centre d&apos;administration Entra, accédez à Utilisateurs → Paramètres utilisateur et définissez «&#xa0;Les utilisateurs peuvent inscrire des applications&#xa0;» sur Non.</translation>
    </message>
    <message>
        <source>Only administrators may consent to applications</source>
        <translation>Seuls les administrateurs peuvent consentir aux applications</translation>
    </message>
    <message>
        <source>The user consent setting could not be read: %1</source>
        <translation>Impossible de lire le paramètre de consentement de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>User consent for applications: %1.</source>
        <translation>Consentement de l&apos;utilisateur pour les applications&#xa0;: %1.</translation>
    </message>
    <message>
        <source>User consent for applications: %1 (%2). Users can consent to what that policy allows.</source>
        <translation>Consentement de l&apos;utilisateur pour les applications&#xa0;: %1 (%2). Les utilisateurs peuvent consentir à ce que cette stratégie autorise.</translation>
    </message>
    <message>
        <source>User consent for applications: %1. Users can consent to apps themselves.</source>
        <translation>Consentement de l&apos;utilisateur pour les applications&#xa0;: %1. Les utilisateurs peuvent consentir eux-mêmes aux applications.</translation>
    </message>
    <message>
        <source>Set user consent to &quot;Do not allow user consent&quot; in Consent settings, and turn on the admin consent workflow so users can still ask. Existing consents stay; review them in Apps and permissions.</source>
        <translation>Définissez le consentement de l&apos;utilisateur sur «&#xa0;Ne pas autoriser le consentement de l&apos;utilisateur&#xa0;» dans Paramètres de consentement, et activez le workflow de consentement administrateur pour que les utilisateurs puissent toujours demander. Les consentements existants restent&#xa0;; examinez-les dans Applications et autorisations.</translation>
    </message>
    <message>
        <source>An admin consent workflow is configured for applications</source>
        <translation>Un workflow de consentement administrateur est configuré pour les applications</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>Impossible de lire le workflow de consentement administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users who may not consent cannot ask for approval.</source>
        <translation>Le workflow de consentement administrateur est désactivé&#xa0;: les utilisateurs qui ne peuvent pas consentir ne peuvent pas demander d&apos;approbation.</translation>
    </message>
    <message>
        <source>Turn on the admin consent workflow in Consent settings with reviewers who may grant admin consent.</source>
        <translation>Activez le workflow de consentement administrateur dans Paramètres de consentement avec des réviseurs autorisés à accorder le consentement administrateur.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but has no reviewers.</source>
        <translation>Le workflow de consentement administrateur est activé mais n&apos;a pas de réviseurs.</translation>
    </message>
    <message>
        <source>Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator in Consent settings.</source>
        <translation>Ajoutez dans Paramètres de consentement un réviseur qui détient le rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
    <message numerus="yes">
        <source>The admin consent workflow is on with %n reviewer(s); %1 of them can approve.</source>
        <translation>
            <numerusform>Le workflow de consentement administrateur est activé avec %n réviseur&#xa0;; %1 d&apos;entre eux peut approuver.</numerusform>
            <numerusform>Le workflow de consentement administrateur est activé avec %n réviseurs&#xa0;; %1 d&apos;entre eux peuvent approuver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewers get no email about new requests.</source>
        <translation>Les réviseurs ne reçoivent aucun e-mail sur les nouvelles demandes.</translation>
    </message>
    <message>
        <source>Group owners may not consent to applications</source>
        <translation>Les propriétaires de groupe ne peuvent pas consentir aux applications</translation>
    </message>
    <message>
        <source>No policy lets group owners consent, but team or chat owners may consent to apps for their teams or chats under Microsoft&apos;s policies: %1.</source>
        <translation>Aucune stratégie ne permet aux propriétaires de groupe de consentir, mais les propriétaires d&apos;équipe ou de conversation peuvent consentir à des applications pour leurs équipes ou conversations selon les stratégies de Microsoft&#xa0;: %1.</translation>
    </message>
    <message>
        <source>If team owners should not consent either, turn off resource-specific consent in the Teams admin center.</source>
        <translation>Si les propriétaires d&apos;équipe ne doivent pas consentir non plus, désactivez le consentement spécifique à la ressource dans le Centre d&apos;administration Teams.</translation>
    </message>
    <message>
        <source>Group owners may consent to apps for the groups they own under these app consent policies: %1.</source>
        <translation>Les propriétaires de groupe peuvent consentir à des applications pour les groupes qu&apos;ils possèdent selon ces stratégies de consentement d&apos;application&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Apps with access to every mailbox are scoped by Exchange</source>
        <translation>Les applications ayant accès à toutes les boîtes aux lettres sont limitées par Exchange</translation>
    </message>
    <message>
        <source>The apps holding mailbox permissions could not be read: %1</source>
        <translation>Impossible de lire les applications qui détiennent des autorisations de boîte aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</source>
        <translation>Aucune application ne détient d&apos;autorisation d&apos;application de boîte aux lettres (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</source>
        <translation>
            <numerusform>%n application détient des autorisations de boîte aux lettres pour tout le locataire&#xa0;: %1. Les stratégies d&apos;accès aux applications d&apos;Exchange n&apos;ont pas pu être lues (%2)&#xa0;: on ne sait donc pas si elle est limitée.</numerusform>
            <numerusform>%n applications détiennent des autorisations de boîte aux lettres pour tout le locataire&#xa0;: %1. Les stratégies d&apos;accès aux applications d&apos;Exchange n&apos;ont pas pu être lues (%2)&#xa0;: on ne sait donc pas si l&apos;une d&apos;elles est limitée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with an Exchange role that may read application access policies (View-Only Organization Management) and check again, or look in Mailbox access.</source>
        <translation>Connectez-vous avec un rôle Exchange autorisé à lire les stratégies d&apos;accès aux applications (View-Only Organization Management) et vérifiez de nouveau, ou regardez dans Accès aux boîtes aux lettres.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n app(s) holding mailbox permissions is limited by an application access policy.</source>
        <translation>
            <numerusform>L&apos;application qui détient des autorisations de boîte aux lettres (%n) est limitée par une stratégie d&apos;accès aux applications.</numerusform>
            <numerusform>Chacune des %n applications qui détiennent des autorisations de boîte aux lettres est limitée par une stratégie d&apos;accès aux applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach every mailbox (no application access policy limits them): %1.</source>
        <translation>
            <numerusform>%n application peut atteindre toutes les boîtes aux lettres (aucune stratégie d&apos;accès aux applications ne la limite)&#xa0;: %1.</numerusform>
            <numerusform>%n applications peuvent atteindre toutes les boîtes aux lettres (aucune stratégie d&apos;accès aux applications ne les limite)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope each app to the mailboxes it needs (Mailbox access → Scope app…), or revoke the permission if it needs none.</source>
        <translation>Limitez chaque application aux boîtes aux lettres dont elle a besoin (Accès aux boîtes aux lettres → Limiter une application…), ou révoquez l&apos;autorisation si elle n&apos;en a besoin d&apos;aucune.</translation>
    </message>
    <message>
        <source>Admin consent requests get an answer</source>
        <translation>Les demandes de consentement administrateur reçoivent une réponse</translation>
    </message>
    <message>
        <source>The admin consent requests could not be read: %1</source>
        <translation>Impossible de lire les demandes de consentement administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No admin consent request is waiting.</source>
        <translation>Aucune demande de consentement administrateur n&apos;est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting, none for more than %1 days.</source>
        <translation>
            <numerusform>%n demande en attente, aucune depuis plus de %1 jours.</numerusform>
            <numerusform>%n demandes en attente, aucune depuis plus de %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (waiting %n day(s))</source>
        <translation>
            <numerusform>%1 (en attente depuis %n jour)</numerusform>
            <numerusform>%1 (en attente depuis %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for more than %1 days: %2.</source>
        <translation>
            <numerusform>%n demande en attente depuis plus de %1 jours&#xa0;: %2.</numerusform>
            <numerusform>%n demandes en attente depuis plus de %1 jours&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No high-risk user consents to apps from unverified publishers</source>
        <translation>Aucun consentement utilisateur à risque élevé pour des applications d&apos;éditeurs non vérifiés</translation>
    </message>
    <message>
        <source>Users&apos; consents could not be read: %1</source>
        <translation>Impossible de lire les consentements des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No user consented to a high-risk permission for an app whose publisher is neither verified nor Microsoft.</source>
        <translation>Aucun utilisateur n&apos;a consenti à une autorisation à risque élevé pour une application dont l&apos;éditeur n&apos;est ni vérifié ni Microsoft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2; %n user(s))</source>
        <translation>
            <numerusform>%1 (%2&#xa0;; %n utilisateur)</numerusform>
            <numerusform>%1 (%2&#xa0;; %n utilisateurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.</source>
        <translation>
            <numerusform>%n application d&apos;un éditeur non vérifié détient des autorisations à risque élevé accordées par des utilisateurs&#xa0;: %1.</numerusform>
            <numerusform>%n applications d&apos;éditeurs non vérifiés détiennent des autorisations à risque élevé accordées par des utilisateurs&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review each app in Apps and permissions and revoke what users should not have granted; restricting user consent (MS.AAD.5.2) keeps it from happening again.</source>
        <translation>Examinez chaque application dans Applications et autorisations et révoquez ce que les utilisateurs n&apos;auraient pas dû accorder&#xa0;; restreindre le consentement de l&apos;utilisateur (MS.AAD.5.2) évite que cela se reproduise.</translation>
    </message>
    <message>
        <source>Approve each one in Consent requests with &quot;Open admin consent page&quot;: Microsoft&apos;s page records the approval and closes the request. Granting with Grant… gives the app its permissions, but Microsoft Graph offers no way to mark a request answered, so it keeps waiting until it expires; a denial is made only in the Entra admin center. If nobody receives the requests, check the workflow&apos;s reviewers.</source>
        <translation>Approuvez chacune dans Demandes de consentement avec «&#xa0;Ouvrir la page de consentement administrateur&#xa0;»&#xa0;: la page de Microsoft enregistre l&apos;approbation et ferme la demande. «&#xa0;Accorder…&#xa0;» donne à l&apos;application ses autorisations, mais Microsoft Graph n&apos;offre aucun moyen de marquer une demande comme traitée&#xa0;; elle reste donc en attente jusqu&apos;à son expiration. Un refus ne se fait que dans le Centre d&apos;administration Microsoft Entra. Si personne ne reçoit les demandes, vérifiez les réviseurs du workflow.</translation>
    </message>
    <message>
        <source>Set group owner consent to &quot;Do not allow group owner consent&quot; in Consent settings: it turns off the group owners&apos; app consent policies and the older directory setting alike. User consent and the policies for teams and chats stay as they are; consents group owners gave stay too.</source>
        <translation>Dans les paramètres de consentement, réglez le consentement du propriétaire du groupe sur «&#xa0;Ne pas autoriser le consentement du propriétaire du groupe&#xa0;»&#xa0;: cela désactive à la fois les stratégies de consentement d&apos;application des propriétaires de groupes et l&apos;ancien paramètre d&apos;annuaire. Le consentement des utilisateurs et les stratégies pour les équipes et les conversations restent inchangés, de même que les consentements déjà donnés par les propriétaires de groupes.</translation>
    </message>
    <message>
        <source>No app consent policy lets group owners consent, but the older directory setting Consent Policy Settings, which can allow it too, could not be read: %1</source>
        <translation>Aucune stratégie de consentement d&apos;application ne permet aux propriétaires de groupes de consentir, mais l&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;», qui peut aussi le permettre, n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in with a role that may read directory settings (Directory.Read.All) and check again.</source>
        <translation>Connectez-vous avec un rôle autorisé à lire les paramètres d&apos;annuaire (Directory.Read.All), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>No app consent policy lets owners consent for the groups, teams or chats they own, and the older directory setting Consent Policy Settings does not allow it either.</source>
        <translation>Aucune stratégie de consentement d&apos;application ne permet aux propriétaires de consentir pour les groupes, équipes ou conversations qu&apos;ils possèdent, et l&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» ne le permet pas non plus.</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>Exchange Online was not asked</source>
        <translation>Exchange Online n&apos;a pas été interrogé</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Reset the &amp;window layout (size, dividers and columns) at the next start</source>
        <translation>Réinitialiser la disposition de la &amp;fenêtre (taille, séparateurs et colonnes) au prochain démarrage</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time ConsentDesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de ConsentDesk.</translation>
    </message>
    <message>
        <source>Never (refresh by hand)</source>
        <translation>Jamais (actualisation manuelle)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Intervalle de %n minute</numerusform>
            <numerusform>Intervalle de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh consent requests:</source>
        <translation>A&amp;ctualiser les demandes de consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Desktop &amp;notification when new consent requests arrive</source>
        <translation>&amp;Notification sur le bureau à l&apos;arrivée de nouvelles demandes de consentement</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Dossier d&apos;&amp;exportation&#xa0;:</translation>
    </message>
    <message>
        <source>Risk overrides file</source>
        <translation>Fichier de remplacement des risques</translation>
    </message>
    <message>
        <source>Choose the risk overrides file</source>
        <translation>Choisir le fichier de remplacement des risques</translation>
    </message>
    <message>
        <source>Risk &amp;overrides:</source>
        <translation>&amp;Remplacement des risques&#xa0;:</translation>
    </message>
    <message>
        <source>No overrides: the built-in catalog ranks every permission. A JSON file of the same shape as the built-in catalog at this place takes precedence over it.</source>
        <translation>Aucun remplacement&#xa0;: le catalogue intégré classe chaque autorisation. Un fichier JSON placé à cet emplacement, de même structure que le catalogue intégré, est prioritaire sur celui-ci.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Ce fichier est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation>
            <numerusform>%n règle de ce fichier sera prioritaire sur le catalogue intégré à partir du prochain démarrage (en ligne de commande aussi).</numerusform>
            <numerusform>%n règles de ce fichier seront prioritaires sur le catalogue intégré à partir du prochain démarrage (en ligne de commande aussi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profile</source>
        <translation>Profil de locataire</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>p. ex. Contoso production</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com, un ID de locataire ou organizations</translation>
    </message>
    <message>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation>ID d&apos;application (client) de votre inscription ConsentDesk</translation>
    </message>
    <message>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation>Mondial (et Microsoft 365 GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>Gouvernement des États-Unis GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>Gouvernement des États-Unis DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Custom URLs (sandbox)</source>
        <translation>URL personnalisées (bac à sable)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>Cl&amp;oud&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in root:</source>
        <translation>Racine de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Graph root:</source>
        <translation>Racine Graph&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange root:</source>
        <translation>Racine Exchange&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation>Utilisez le domaine ou l&apos;ID de votre locataire (ou «&#xa0;organizations&#xa0;»)&#xa0;: le consentement se gère par locataire professionnel.</translation>
    </message>
    <message>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation>Le locataire doit être un domaine vérifié (contoso.onmicrosoft.com), un ID de locataire ou «&#xa0;organizations&#xa0;».</translation>
    </message>
    <message>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation>L&apos;ID client est un GUID&#xa0;: copiez l&apos;ID d&apos;application (client) depuis la page Vue d&apos;ensemble de votre inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>Les racines personnalisées doivent être des URL https:// sans requête, ou http:// sur cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>ConsentDesk signs in through your organization&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://127.0.0.1).</source>
        <translation>ConsentDesk se connecte via l&apos;inscription d&apos;application propre à votre organisation. Consultez le README pour savoir comment l&apos;inscrire (un client public avec l&apos;URI de redirection http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Gouvernement des États-Unis (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Gouvernement des États-Unis (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Global cloud</source>
        <translation>Cloud mondial</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Profils de locataire</translation>
    </message>
    <message>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation>Un profil correspond à un locataire et à l&apos;inscription d&apos;application ConsentDesk avec laquelle vous vous y connectez. Aucun secret n&apos;est conservé dans un profil.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing in the tenant changes.</source>
        <translation>Rien ne change dans le locataire.</translation>
    </message>
    <message>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation>La connexion de %1 enregistrée pour ce profil est également oubliée. Rien ne change dans le locataire.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation>Attributions de rôle de cette application (Get-ManagementRoleAssignment -App)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Limité à</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtre d&apos;étendue</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Remove assignment…</source>
        <translation>Supprimer l&apos;attribution…</translation>
    </message>
    <message>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation>L&apos;application peut-elle accéder à une boîte aux lettres&#xa0;? (Test-ServicePrincipalAuthorization)</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Adresse de boîte aux lettres</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>Type d&apos;étendue</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans l&apos;étendue</translation>
    </message>
    <message>
        <source>The RBAC equivalent of an access policy</source>
        <translation>L&apos;équivalent RBAC d&apos;une stratégie d&apos;accès</translation>
    </message>
    <message>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation>Les stratégies d&apos;accès sont héritées. La même limite avec RBAC pour les applications&#xa0;: inscrire l&apos;application auprès d&apos;Exchange, créer une étendue de gestion sur le groupe de la stratégie, puis une attribution de rôle limitée à cette étendue.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Assign the scoped role…</source>
        <translation>Attribuer le rôle limité…</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Interrogation d&apos;Exchange…</translation>
    </message>
    <message>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation>RestrictAccess sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation>Aucun&#xa0;: aucun rôle RBAC pour les applications pour cette application.</translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <source>Type a mailbox address.</source>
        <translation>Saisissez une adresse de boîte aux lettres.</translation>
    </message>
    <message>
        <source>Exchange could not test: %1</source>
        <translation>Exchange n&apos;a pas pu tester&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation>%1 n&apos;a aucun rôle RBAC pour les applications&#xa0;: via RBAC, aucune boîte aux lettres ne lui est accessible.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation>Via RBAC, %1 accède à %2.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation>Via RBAC, %1 n&apos;accède pas à %2.</translation>
    </message>
    <message>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation>Ses autorisations d&apos;application Entra ID s&apos;appliquent toujours en plus (RBAC est additif), limitées uniquement par les stratégies d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 (mailbox access)</source>
        <translation>%1 (accès aux boîtes aux lettres)</translation>
    </message>
    <message>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation>MemberOfGroup ne compte que les membres directs. Les membres que la stratégie atteint via des groupes imbriqués ne sont pas dans l&apos;étendue RBAC&#xa0;: ajoutez-les d&apos;abord directement à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation>Conservez la stratégie d&apos;accès sur «&#xa0;%1&#xa0;» jusqu&apos;à ce que Test-ServicePrincipalAuthorization montre que le rôle atteint les bonnes boîtes aux lettres, puis révoquez les autorisations Entra à l&apos;échelle du locataire et supprimez la stratégie.</translation>
    </message>
    <message>
        <source># Reading Exchange…</source>
        <translation># Lecture d&apos;Exchange…</translation>
    </message>
    <message>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</source>
        <translation># %1 n&apos;a pas de stratégie RestrictAccess à traduire. Un rôle pour toute l&apos;organisation serait&#xa0;:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</translation>
    </message>
    <message>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation># Le nom unique du groupe est inconnu (impossible de lire Exchange), et MemberOfGroup en a besoin.</translation>
    </message>
    <message>
        <source>Role assignments of this app</source>
        <translation>Attributions de rôle de cette application</translation>
    </message>
    <message>
        <source>Mailbox to test</source>
        <translation>Boîte aux lettres à tester</translation>
    </message>
    <message>
        <source>Roles that reach the mailbox</source>
        <translation>Rôles qui donnent accès à la boîte aux lettres</translation>
    </message>
    <message>
        <source>RBAC equivalent in PowerShell</source>
        <translation>Équivalent RBAC en PowerShell</translation>
    </message>
    <message>
        <source>One row per Exchange role assigned to the selected app, and what the assignment is limited to.</source>
        <translation>Une ligne par rôle Exchange attribué à l&apos;application sélectionnée, et ce à quoi l&apos;attribution est limitée.</translation>
    </message>
    <message>
        <source>One row per role that gives the app access to the tested mailbox, and whether the mailbox is in its scope.</source>
        <translation>Une ligne par rôle qui donne à l&apos;application l&apos;accès à la boîte aux lettres testée, et si la boîte aux lettres est dans son étendue.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export the full permission report</source>
        <translation>Exporter le rapport complet des autorisations</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions…</source>
        <translation>Lecture des autorisations de toutes les applications…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions into %1…</source>
        <translation>Lecture des autorisations de toutes les applications dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n ligne écrite</numerusform>
            <numerusform>%n lignes écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>delegated grants, application permissions, apps</comment>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n octroi délégué</numerusform>
            <numerusform>%n octrois délégués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n autorisation d&apos;application</numerusform>
            <numerusform>%n autorisations d&apos;application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
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
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rows written: what they came from</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not read everything: %1. Nothing was saved; try again.</source>
        <translation>Impossible de tout lire&#xa0;: %1. Rien n&apos;a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read in %1 s with %n request(s).</source>
        <translation>
            <numerusform>Lu en %1 s avec %n requête.</numerusform>
            <numerusform>Lu en %1 s avec %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so the report may be incomplete (a known Graph paging problem); export again later. %1</source>
        <translation>Graph a répertorié un nombre d&apos;éléments différent de celui qu&apos;il a compté&#xa0;: le rapport est peut-être incomplet (un problème connu de pagination de Graph)&#xa0;; exportez à nouveau plus tard. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</source>
        <translation>
            <numerusform>%n principal de service auquel des octrois ou des attributions font référence est introuvable dans l&apos;annuaire&#xa0;; ses lignes indiquent «&#xa0;(not found)&#xa0;» avec l&apos;ID.</numerusform>
            <numerusform>%n principaux de service auxquels des octrois ou des attributions font référence sont introuvables dans l&apos;annuaire&#xa0;; leurs lignes indiquent «&#xa0;(not found)&#xa0;» avec l&apos;ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent could not be found; their rows name the user&apos;s id.</source>
        <translation>
            <numerusform>%n utilisateur ayant donné son propre consentement est introuvable&#xa0;; ses lignes indiquent l&apos;ID de l&apos;utilisateur.</numerusform>
            <numerusform>%n utilisateurs ayant donné leur propre consentement sont introuvables&#xa0;; leurs lignes indiquent l&apos;ID de l&apos;utilisateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n application absente de la liste de Graph a été lue individuellement.</numerusform>
            <numerusform>%n applications absentes de la liste de Graph ont été lues une par une.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Consent request: %1</source>
        <translation>Demande de consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The admin consent was given; the request is completed.</source>
        <translation>Le consentement administrateur a été donné&#xa0;; la demande est terminée.</translation>
    </message>
    <message>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation>Attente de la page de consentement administrateur interrompue&#xa0;; actualisez une fois votre consentement donné.</translation>
    </message>
    <message>
        <source>All changes were made.</source>
        <translation>Toutes les modifications ont été effectuées.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>Certaines modifications n&apos;ont pas été effectuées.</translation>
    </message>
    <message>
        <source>Admin consent page</source>
        <translation>Page de consentement administrateur</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation>ConsentDesk n&apos;a pas pu ouvrir votre navigateur. Ouvrez cette adresse dans un navigateur où vous êtes connecté en tant qu&apos;administrateur&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation>En attente du consentement administrateur dans votre navigateur… ConsentDesk vérifie la demande toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Deny a request</source>
        <translation>Refuser une demande</translation>
    </message>
    <message>
        <source>Open the Entra admin center</source>
        <translation>Ouvrir le Centre d&apos;administration Entra</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Who asked, and why</source>
        <translation>Qui a demandé, et pourquoi</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Requested permissions — tick what to grant</source>
        <translation>Autorisations demandées — cochez celles à accorder</translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation>Autorisations demandées</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu&apos;elle permet</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Grant selected…</source>
        <translation>Accorder la sélection…</translation>
    </message>
    <message>
        <source>Open admin consent page</source>
        <translation>Ouvrir la page de consentement administrateur</translation>
    </message>
    <message>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation>Accordez tout ce que l&apos;application demande sur la page de consentement de Microsoft, dans votre navigateur&#xa0;; ConsentDesk surveille ensuite la demande jusqu&apos;à ce qu&apos;elle soit terminée.</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <source>Deny in Entra…</source>
        <translation>Refuser dans Entra…</translation>
    </message>
    <message>
        <source>PowerShell…</source>
        <translation>PowerShell…</translation>
    </message>
    <message>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation>Les commandes Microsoft Graph PowerShell qui accordent les autorisations cochées.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Sélectionnez une demande pour voir qui a demandé quoi.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation>Lecture de la demande de %1 et de ce que l&apos;application détient déjà…</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Éditeur inconnu</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (non vérifié)</translation>
    </message>
    <message>
        <source> ✔ verified publisher</source>
        <translation> ✔ éditeur vérifié</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>ID d&apos;application %1</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation>Personne dans ce locataire n&apos;a encore donné son consentement à cette application&#xa0;: le premier octroi crée son principal de service (l&apos;identité de l&apos;application ici).</translation>
    </message>
    <message>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation>Cette application est bloquée (connexion désactivée)&#xa0;: les utilisateurs ne peuvent pas l&apos;utiliser, même si vous accordez des autorisations.</translation>
    </message>
    <message>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation>L&apos;application demande ses autorisations configurées de manière statique&#xa0;: Graph ne les répertorie pas dans la demande. Utilisez la page de consentement administrateur pour les examiner et les accorder.</translation>
    </message>
    <message>
        <source>Some details could not be read: %1</source>
        <translation>Certains détails n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation>%1 — déléguée (agit en tant qu&apos;utilisateur connecté)</translation>
    </message>
    <message>
        <source>%1 — application (acts as itself, no user)</source>
        <translation>%1 — application (agit en son propre nom, sans utilisateur)</translation>
    </message>
    <message>
        <source>(the API does not describe it)</source>
        <translation>(l&apos;API ne la décrit pas)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Only an administrator can grant this.</source>
        <translation>Seul un administrateur peut l&apos;accorder.</translation>
    </message>
    <message>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation>Les utilisateurs peuvent y consentir eux-mêmes si les paramètres de consentement du locataire le permettent.</translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation>Déjà accordée</translation>
    </message>
    <message>
        <source>Not published by the API</source>
        <translation>Non publiée par l&apos;API</translation>
    </message>
    <message>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation>L&apos;API ne propose pas cette autorisation (ou n&apos;est pas dans ce locataire)&#xa0;: elle ne peut donc pas être accordée ici.</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Non accordée</translation>
    </message>
    <message>
        <source>No permissions listed in this request.</source>
        <translation>Aucune autorisation répertoriée dans cette demande.</translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>Rien n&apos;est coché.</translation>
    </message>
    <message>
        <source>Tick the permissions to grant first.</source>
        <translation>Cochez d&apos;abord les autorisations à accorder.</translation>
    </message>
    <message>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation>Affiche exactement ce qui sera créé ou modifié avant tout envoi.</translation>
    </message>
    <message>
        <source>This app is already blocked.</source>
        <translation>Cette application est déjà bloquée.</translation>
    </message>
    <message>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation>Désactiver la connexion de l&apos;application dans ce locataire afin que personne ne puisse l&apos;utiliser ni la demander (avec confirmation préalable).</translation>
    </message>
    <message>
        <source>%1 and %2 ticked.</source>
        <comment>the two counts below</comment>
        <translation>Cochées&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation>
            <numerusform>%n autorisation déléguée</numerusform>
            <numerusform>%n autorisations déléguées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n autorisation d&apos;application</numerusform>
            <numerusform>%n autorisations d&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>You can review this request but not grant it: %1</source>
        <translation>Vous pouvez examiner cette demande, mais pas l&apos;approuver&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <extracomment>Opens the troubleshooter for the request&apos;s newest requester and this app</extracomment>
        <translation>&amp;Dépanner…</translation>
    </message>
    <message>
        <source>Why can&apos;t the requester connect the app themselves? Opens the troubleshooter for the newest requester (double-click a requester for another).</source>
        <translation>Pourquoi le demandeur ne peut-il pas connecter l&apos;application lui-même&#xa0;? Ouvre l&apos;outil de dépannage pour le demandeur le plus récent (double-cliquez sur un demandeur pour un autre).</translation>
    </message>
    <message>
        <source>One row per user who asked: the reason they gave, when, and the request&apos;s status.</source>
        <translation>Une ligne par utilisateur ayant fait la demande&#xa0;: la raison donnée, la date et l&apos;état de la demande.</translation>
    </message>
    <message>
        <source>The permissions the app asks for, by API, with what each allows and its risk; tick the ones to grant.</source>
        <translation>Les autorisations que l&apos;application demande, par API, avec ce que chacune permet et son risque&#xa0;; cochez celles à accorder.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>En cours de création</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not in tenant yet</source>
        <translation>Pas encore dans le locataire</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Éditeur inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Maintenant</translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Dans %n heure</numerusform>
            <numerusform>Dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s configured permissions</source>
        <translation>Autorisations configurées de l&apos;application</translation>
    </message>
    <message>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation>Éditeur vérifié&#xa0;: Microsoft a vérifié l&apos;identité de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation>Personne dans ce locataire n&apos;a encore donné son consentement à cette application&#xa0;; l&apos;octroi crée son principal de service.</translation>
    </message>
    <message>
        <source>Not a verified publisher.</source>
        <translation>Éditeur non vérifié.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Latest request</source>
        <translation>Dernière demande</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Risque le plus élevé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Consent requests</source>
        <translation>Demandes de consentement</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Demandes affichées</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>En attente de ma part</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation>«&#xa0;En attente de ma part&#xa0;»&#xa0;: les demandes en attente dont vous êtes réviseur dans le workflow de consentement administrateur.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Filter by app, user or permission</source>
        <translation>Filtrer par application, utilisateur ou autorisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation>Enregistrer les demandes telles qu&apos;elles sont affichées (filtrées et triées), au format CSV ou JSON.</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualiser automatiquement</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualisation automatique désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Intervalle de %n minute</numerusform>
            <numerusform>Intervalle de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation>Connectez-vous pour voir les demandes de consentement de votre locataire.</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Votre rôle ne permet pas de lire les demandes de consentement. %1</translation>
    </message>
    <message>
        <source>Reading consent requests…</source>
        <translation>Lecture des demandes de consentement…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Impossible d&apos;actualiser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Votre compte ne peut pas lire les demandes de consentement (%1). Leur lecture nécessite le rôle Lecteur général, Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général.</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>Impossible de lire les demandes de consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour à %1</translation>
    </message>
    <message>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation>le workflow de consentement administrateur est désactivé&#xa0;: les utilisateurs ne peuvent pas déposer de nouvelles demandes</translation>
    </message>
    <message>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation>expiration inconnue (la stratégie du workflow n&apos;a pas pu être lue)</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation>Rien ne vous attend. Les demandes apparaissent ici lorsqu&apos;un utilisateur demande une application qui nécessite l&apos;approbation d&apos;un administrateur et que vous êtes l&apos;un de ses réviseurs.</translation>
    </message>
    <message>
        <source>No consent requests match.</source>
        <translation>Aucune demande de consentement ne correspond.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Sélectionnez une demande pour voir qui a demandé quoi.</translation>
    </message>
    <message>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation>Demandes de consentement administrateur en attente&#xa0;: examiner, n&apos;accorder que le nécessaire, bloquer</translation>
    </message>
    <message>
        <source>Filter the requests</source>
        <translation>Filtrer les demandes</translation>
    </message>
    <message>
        <source>One row per app that users asked admin consent for; select one to see who asked and what it wants.</source>
        <translation>Une ligne par application pour laquelle des utilisateurs ont demandé le consentement administrateur&#xa0;; sélectionnez-en une pour voir qui l&apos;a demandé et ce qu&apos;elle veut.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restored.</source>
        <translation>Restauration effectuée.</translation>
    </message>
    <message>
        <source>Some items were not restored.</source>
        <translation>Certains éléments n&apos;ont pas été restaurés.</translation>
    </message>
    <message>
        <source>Reading what the apps hold now…</source>
        <translation>Lecture de ce que détiennent actuellement les applications…</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Rien n&apos;a été restauré</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation>%1&#xa0;: pas de restauration — la modification n&apos;a pas réussi (%2).</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation>%1&#xa0;: pas de restauration — le journal ne contient aucune attribution antérieure.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment already exists.</source>
        <translation>%1&#xa0;: pas de restauration — l&apos;attribution existe déjà.</translation>
    </message>
    <message>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation>Restaurer l&apos;autorisation d&apos;application %1 de %2 pour %3</translation>
    </message>
    <message>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation>%1&#xa0;: ce n&apos;est pas une révocation (%2), rien à restaurer.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>à l&apos;échelle du locataire</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Recréer l&apos;octroi délégué de %1 → %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation>%1&#xa0;: pas de restauration — l&apos;octroi existe déjà avec %2.</translation>
    </message>
    <message>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation>Remettre %1 dans l&apos;octroi délégué de %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no id of the created assignment.</source>
        <translation>%1&#xa0;: non restauré — le journal ne contient aucun ID de l&apos;affectation créée.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment is gone already.</source>
        <translation>%1&#xa0;: non restauré — l&apos;affectation n&apos;existe déjà plus.</translation>
    </message>
    <message>
        <source>Remove the assignment of %1 to %2 that ConsentDesk created</source>
        <extracomment>%1 the user, group or app that holds the assignment, %2 the app (resource) it is assigned to</extracomment>
        <translation>Supprimer l&apos;affectation de %1 à %2 créée par ConsentDesk</translation>
    </message>
    <message>
        <source>%1: not restored — only a change of sign-in (accountEnabled) of an app can be undone.</source>
        <translation>%1&#xa0;: non restauré — seule une modification de la connexion (accountEnabled) d&apos;une application peut être annulée.</translation>
    </message>
    <message>
        <source>%1: not restored — the app is not in the tenant any more.</source>
        <translation>%1&#xa0;: non restauré — l&apos;application n&apos;est plus dans le locataire.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is enabled already.</source>
        <translation>%1&#xa0;: non restauré — la connexion à %2 est déjà activée.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is disabled already.</source>
        <translation>%1&#xa0;: non restauré — la connexion à %2 est déjà désactivée.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 again (accountEnabled = true)</source>
        <translation>Réactiver la connexion à %1 (accountEnabled = true)</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 again (accountEnabled = false)</source>
        <translation>Désactiver de nouveau la connexion à %1 (accountEnabled = false)</translation>
    </message>
    <message>
        <source>%1: not restored — the grant is gone already.</source>
        <translation>%1&#xa0;: non restauré — l&apos;octroi n&apos;existe déjà plus.</translation>
    </message>
    <message>
        <source>%1: not restored — the grant holds none of %2 any more.</source>
        <translation>%1&#xa0;: non restauré — l&apos;octroi ne contient plus aucune de %2.</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 that ConsentDesk made: %3</source>
        <translation>Supprimer l&apos;octroi délégué %1 → %2 créé par ConsentDesk&#xa0;: %3</translation>
    </message>
    <message>
        <source>Take %1 back out of the delegated grant of %2 → %3</source>
        <translation>Retirer de nouveau %1 de l&apos;octroi délégué %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored — it removed no permission, so there is nothing to give back.</source>
        <translation>%1&#xa0;: non restauré — aucune autorisation n&apos;a été supprimée, il n&apos;y a donc rien à rendre.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal does not record which grant it changed.</source>
        <translation>%1&#xa0;: non restauré — le journal n&apos;indique pas quel octroi a été modifié.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>The app with service principal %1 is no longer in the tenant, so what it held cannot be put back. Nothing was changed.</source>
        <translation>L&apos;application dont le principal de service est %1 n&apos;est plus dans le locataire&#xa0;: ce qu&apos;elle détenait ne peut donc pas être rétabli. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restore the other entries on their own.</source>
        <translation>Restaurez les autres entrées séparément.</translation>
    </message>
    <message>
        <source>Could not read what %1 holds now: %2. Nothing was changed.</source>
        <translation>Impossible de lire ce que %1 détient actuellement&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could duplicate a grant.</source>
        <translation>Réessayez&#xa0;; une restauration à partir d&apos;une lecture partielle pourrait dupliquer un octroi.</translation>
    </message>
    <message>
        <source>%1 (%2): restored already by %3</source>
        <translation>%1 (%2)&#xa0;: déjà restauré par %3</translation>
    </message>
    <message>
        <source>These entries mix Exchange and Microsoft Graph changes. Nothing was changed.</source>
        <translation>Ces entrées mélangent des modifications Exchange et Microsoft Graph. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restore them separately: the Exchange entries, then the others.</source>
        <translation>Restaurez-les séparément&#xa0;: d&apos;abord les entrées Exchange, puis les autres.</translation>
    </message>
    <message>
        <source>These entries mix consent settings with other changes. Nothing was changed.</source>
        <translation>Ces entrées mélangent des paramètres de consentement et d&apos;autres modifications. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restore them separately: the consent settings, then the others.</source>
        <translation>Restaurez-les séparément&#xa0;: d&apos;abord les paramètres de consentement, puis les autres.</translation>
    </message>
    <message>
        <source>Could not read the assignments of %1: %2. Nothing was changed.</source>
        <translation>Impossible de lire les affectations de %1&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could remove the wrong assignment.</source>
        <translation>Réessayez&#xa0;; une restauration à partir d&apos;une lecture partielle pourrait supprimer la mauvaise affectation.</translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation>La révocation empêche l&apos;émission de nouveaux jetons. Les jetons d&apos;accès que l&apos;application détient déjà restent valides jusqu&apos;à leur expiration (généralement sous 60 à 90 minutes)&#xa0;; les jetons d&apos;actualisation cessent de fonctionner.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>à l&apos;échelle du locataire</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>for user %1</source>
        <translation>pour l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation>Retirer %1 de %2 → %3 (%4)&#xa0;; conserve %5</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Supprimer l&apos;octroi délégué de %1 → %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Retirer à %3 l&apos;autorisation d&apos;application %1 de %2</translation>
    </message>
    <message>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation>%1 appartient à une autre application (%2)&#xa0;: pas de révocation ici.</translation>
    </message>
    <message>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation>%1 est un rôle d&apos;application d&apos;un utilisateur ou d&apos;un groupe, pas une autorisation de %2&#xa0;: pas de révocation ici.</translation>
    </message>
    <message>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation>%1 ne figure pas dans l&apos;octroi %2&#xa0;: rien à supprimer.</translation>
    </message>
    <message>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation>L&apos;octroi %1 n&apos;existe plus&#xa0;: rien à supprimer.</translation>
    </message>
    <message>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation>L&apos;autorisation d&apos;application %1 n&apos;existe plus&#xa0;: rien à supprimer.</translation>
    </message>
    <message>
        <source>This user has no consent of their own to %1.</source>
        <translation>Cet utilisateur n&apos;a donné aucun consentement personnel à %1.</translation>
    </message>
    <message>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation>L&apos;autorisation %1 n&apos;est pas accordée à %2&#xa0;: «&#xa0;Conserver uniquement…&#xa0;» n&apos;ajoute pas d&apos;autorisations.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Non classé</translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation>En tant qu&apos;autorisation d&apos;application, elle fonctionne sans utilisateur connecté, sur l&apos;ensemble du locataire.</translation>
    </message>
    <message>
        <source>An application permission that can change data.</source>
        <translation>Une autorisation d&apos;application qui peut modifier des données.</translation>
    </message>
    <message>
        <source>An application permission that reads data.</source>
        <translation>Une autorisation d&apos;application qui lit des données.</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object</source>
        <translation>le catalogue n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>rule %1 has no permission</source>
        <translation>la règle %1 n&apos;a pas d&apos;autorisation</translation>
    </message>
    <message>
        <source>rule %1 (%2): type must be delegated, application or any</source>
        <extracomment>%1 the rule&apos;s number, %2 its permission; &quot;delegated&quot;, &quot;application&quot; and &quot;any&quot; are the file&apos;s keywords</extracomment>
        <translation>règle %1 (%2)&#xa0;: le type doit être «&#xa0;delegated&#xa0;», «&#xa0;application&#xa0;» ou «&#xa0;any&#xa0;»</translation>
    </message>
    <message>
        <source>rule %1 (%2): unknown level</source>
        <translation>règle %1 (%2)&#xa0;: niveau inconnu</translation>
    </message>
</context>
<context>
    <name>RiskReasons</name>
    <message>
        <source>Can make any account, including itself, a Global Administrator.</source>
        <translation>Peut faire de n&apos;importe quel compte, y compris le sien, un Administrateur général.</translation>
    </message>
    <message>
        <source>Can grant itself or any app any application permission, bypassing consent.</source>
        <translation>Peut s&apos;accorder, ou accorder à n&apos;importe quelle application, n&apos;importe quelle autorisation d&apos;application, en contournant le consentement.</translation>
    </message>
    <message>
        <source>Can grant any app any delegated permission for every user, bypassing consent.</source>
        <translation>Peut accorder à n&apos;importe quelle application n&apos;importe quelle autorisation déléguée pour tous les utilisateurs, en contournant le consentement.</translation>
    </message>
    <message>
        <source>Can add credentials to any app and act as it, including apps with higher privileges.</source>
        <translation>Peut ajouter des informations d&apos;identification à n&apos;importe quelle application et agir en son nom, y compris pour des applications disposant de privilèges plus élevés.</translation>
    </message>
    <message>
        <source>Can change almost anything in the directory: users, groups, apps.</source>
        <translation>Peut modifier presque tout dans l&apos;annuaire&#xa0;: utilisateurs, groupes, applications.</translation>
    </message>
    <message>
        <source>Can add domains and federate them: a way to sign in as anyone.</source>
        <translation>Peut ajouter des domaines et les fédérer&#xa0;: un moyen de se connecter en tant que n&apos;importe qui.</translation>
    </message>
    <message>
        <source>Can switch off Conditional Access policies such as MFA requirements.</source>
        <translation>Peut désactiver des stratégies d&apos;accès conditionnel, comme les exigences d&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>Can change who may consent to apps for the whole tenant.</source>
        <translation>Peut modifier qui peut consentir à des applications pour tout le locataire.</translation>
    </message>
    <message>
        <source>Can change which permissions users may consent to.</source>
        <translation>Peut modifier les autorisations auxquelles les utilisateurs peuvent consentir.</translation>
    </message>
    <message>
        <source>Can manage users&apos; authentication credentials.</source>
        <translation>Peut gérer les informations d&apos;identification d&apos;authentification des utilisateurs.</translation>
    </message>
    <message>
        <source>Can change every user&apos;s profile, a step towards account takeover.</source>
        <translation>Peut modifier le profil de chaque utilisateur, une étape vers la prise de contrôle de comptes.</translation>
    </message>
    <message>
        <source>Can change group membership, and with it access to everything groups grant.</source>
        <translation>Peut modifier l&apos;appartenance aux groupes, et donc l&apos;accès à tout ce que les groupes accordent.</translation>
    </message>
    <message>
        <source>Can add members to groups, and with it access to everything groups grant.</source>
        <translation>Peut ajouter des membres aux groupes, et donc donner accès à tout ce que les groupes accordent.</translation>
    </message>
    <message>
        <source>Named by Microsoft among the highest-impact permissions.</source>
        <translation>Citée par Microsoft parmi les autorisations à plus fort impact.</translation>
    </message>
    <message>
        <source>Reveals hidden group memberships; named by Microsoft among the highest-impact permissions.</source>
        <translation>Révèle les appartenances masquées aux groupes&#xa0;; citée par Microsoft parmi les autorisations à plus fort impact.</translation>
    </message>
    <message>
        <source>Can add credentials to the apps it owns.</source>
        <translation>Peut ajouter des informations d&apos;identification aux applications qui lui appartiennent.</translation>
    </message>
    <message>
        <source>Can export users&apos; personal data.</source>
        <translation>Peut exporter les données personnelles des utilisateurs.</translation>
    </message>
    <message>
        <source>Full control of every SharePoint site and its files.</source>
        <translation>Contrôle total de chaque site SharePoint et de ses fichiers.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata of the user&apos;s mailbox, not bodies or attachments.</source>
        <translation>Lit les en-têtes et les métadonnées des messages de la boîte aux lettres de l&apos;utilisateur, mais pas le corps ni les pièces jointes.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata, not bodies or attachments.</source>
        <translation>Lit les en-têtes et les métadonnées des messages, mais pas le corps ni les pièces jointes.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s mail; seen in nearly every consent-phishing attack.</source>
        <translation>Lit ou envoie le courrier de l&apos;utilisateur&#xa0;; présente dans presque toutes les attaques d&apos;hameçonnage par consentement.</translation>
    </message>
    <message>
        <source>Sends mail as the user; used to spread phishing from a trusted mailbox.</source>
        <translation>Envoie du courrier en tant qu&apos;utilisateur&#xa0;; sert à propager l&apos;hameçonnage depuis une boîte aux lettres de confiance.</translation>
    </message>
    <message>
        <source>Full access to the user&apos;s mailbox through Exchange Web Services.</source>
        <translation>Accès complet à la boîte aux lettres de l&apos;utilisateur via Exchange Web Services.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s contacts; used to find the next phishing targets.</source>
        <translation>Lit les contacts de l&apos;utilisateur&#xa0;; sert à trouver les prochaines cibles d&apos;hameçonnage.</translation>
    </message>
    <message>
        <source>Can read or set mailbox rules and forwarding; a classic way to hide and exfiltrate mail.</source>
        <translation>Peut lire ou définir des règles de boîte aux lettres et le transfert&#xa0;; un moyen classique de masquer et d&apos;exfiltrer du courrier.</translation>
    </message>
    <message>
        <source>Reveals who the user works with; used to pick phishing targets.</source>
        <translation>Révèle avec qui l&apos;utilisateur travaille&#xa0;; sert à choisir des cibles d&apos;hameçonnage.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s files (and with .All, every file they can reach).</source>
        <translation>Lit ou modifie les fichiers de l&apos;utilisateur (et avec .All, tous les fichiers auxquels il a accès).</translation>
    </message>
    <message>
        <source>Reads the user&apos;s OneNote notebooks.</source>
        <translation>Lit les blocs-notes OneNote de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Reads or changes SharePoint content the user can reach.</source>
        <translation>Lit ou modifie le contenu SharePoint auquel l&apos;utilisateur a accès.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s Teams chats.</source>
        <translation>Lit ou envoie les conversations Teams de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Reads or sends Teams channel messages.</source>
        <translation>Lit ou envoie des messages de canal Teams.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s calendar (meeting details, attendees).</source>
        <translation>Lit ou modifie le calendrier de l&apos;utilisateur (détails des réunions, participants).</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s tasks.</source>
        <translation>Lit ou modifie les tâches de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Reads the whole directory: users, groups, apps.</source>
        <translation>Lit tout l&apos;annuaire&#xa0;: utilisateurs, groupes, applications.</translation>
    </message>
    <message>
        <source>Reads every user&apos;s full profile.</source>
        <translation>Lit le profil complet de chaque utilisateur.</translation>
    </message>
    <message>
        <source>Reads all groups and group content the user can reach.</source>
        <translation>Lit tous les groupes et le contenu des groupes auxquels l&apos;utilisateur a accès.</translation>
    </message>
    <message>
        <source>Reads all group memberships.</source>
        <translation>Lit toutes les appartenances aux groupes.</translation>
    </message>
    <message>
        <source>Reads every app registration and service principal.</source>
        <translation>Lit toutes les inscriptions d&apos;applications et tous les principaux de service.</translation>
    </message>
    <message>
        <source>Reads sign-in and audit logs.</source>
        <translation>Lit les journaux de connexion et d&apos;audit.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s policies, including Conditional Access.</source>
        <translation>Lit les stratégies du locataire, y compris l&apos;accès conditionnel.</translation>
    </message>
    <message>
        <source>Reads or manages admin consent requests.</source>
        <translation>Lit ou gère les demandes de consentement administrateur.</translation>
    </message>
    <message>
        <source>Reads or changes Teams settings and membership.</source>
        <translation>Lit ou modifie les paramètres et les membres de Teams.</translation>
    </message>
    <message>
        <source>Reads or changes Teams channels.</source>
        <translation>Lit ou modifie les canaux Teams.</translation>
    </message>
    <message>
        <source>Signs the user in and reads their own basic profile.</source>
        <translation>Connecte l&apos;utilisateur et lit son profil de base.</translation>
    </message>
    <message>
        <source>Reads basic profiles (name, mail, photo) of all users.</source>
        <translation>Lit les profils de base (nom, adresse e-mail, photo) de tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Signs the user in.</source>
        <translation>Connecte l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s basic profile for sign-in.</source>
        <translation>Lit le profil de base de l&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s primary email address for sign-in.</source>
        <translation>Lit l&apos;adresse e-mail principale de l&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <source>Keeps access while the user is away (refresh tokens); low on its own, more with other permissions.</source>
        <translation>Conserve l&apos;accès en l&apos;absence de l&apos;utilisateur (jetons d&apos;actualisation)&#xa0;; faible à elle seule, davantage avec d&apos;autres autorisations.</translation>
    </message>
    <message>
        <source>Full access to every mailbox in the tenant through Exchange Web Services.</source>
        <translation>Accès complet à toutes les boîtes aux lettres du locataire via Exchange Web Services.</translation>
    </message>
    <message>
        <source>Runs Exchange Online administration as the app (with an Exchange role).</source>
        <translation>Exécute l&apos;administration d&apos;Exchange Online en tant qu&apos;application (avec un rôle Exchange).</translation>
    </message>
    <message>
        <source>Reads or sends mail in EVERY mailbox of the tenant unless Exchange scopes it.</source>
        <translation>Lit ou envoie du courrier dans TOUTES les boîtes aux lettres du locataire, sauf si Exchange en limite l&apos;étendue.</translation>
    </message>
    <message>
        <source>Reads message metadata in every mailbox unless Exchange scopes it.</source>
        <translation>Lit les métadonnées des messages de toutes les boîtes aux lettres, sauf si Exchange en limite l&apos;étendue.</translation>
    </message>
    <message>
        <source>Reads or sets rules and forwarding on every mailbox unless Exchange scopes it.</source>
        <translation>Lit ou définit les règles et le transfert de toutes les boîtes aux lettres, sauf si Exchange en limite l&apos;étendue.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s calendar unless Exchange scopes it.</source>
        <translation>Lit ou modifie le calendrier de chaque utilisateur, sauf si Exchange en limite l&apos;étendue.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s contacts unless Exchange scopes it.</source>
        <translation>Lit ou modifie les contacts de chaque utilisateur, sauf si Exchange en limite l&apos;étendue.</translation>
    </message>
    <message>
        <source>Reads or changes every file in OneDrive and SharePoint.</source>
        <translation>Lit ou modifie tous les fichiers dans OneDrive et SharePoint.</translation>
    </message>
    <message>
        <source>Reads or changes every SharePoint site.</source>
        <translation>Lit ou modifie tous les sites SharePoint.</translation>
    </message>
    <message>
        <source>Only the SharePoint sites an admin assigns to the app.</source>
        <translation>Uniquement les sites SharePoint qu&apos;un administrateur attribue à l&apos;application.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in the directory with all of their rights; a consent-phishing favorite.</source>
        <translation>Agit en tant qu&apos;utilisateur connecté dans l&apos;annuaire, avec tous ses droits&#xa0;; très prisée pour l&apos;hameçonnage par consentement.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in that API with all of their rights; a consent-phishing favorite.</source>
        <translation>Agit en tant qu&apos;utilisateur connecté dans cette API, avec tous ses droits&#xa0;; très prisée pour l&apos;hameçonnage par consentement.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation>La connexion de démonstration ne fonctionne qu&apos;avec le bac à sable intégré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation>Le bac à sable a redirigé vers %1, qui n&apos;est pas cet ordinateur.</translation>
    </message>
    <message>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation>Le formulaire de connexion envoie vers %1, qui n&apos;est pas cet ordinateur.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation>L&apos;écouteur de connexion de ConsentDesk a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>Le bac à sable n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation>Les pages de connexion du bac à sable ne se sont pas terminées par une redirection vers ConsentDesk.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation>La page de connexion du bac à sable a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation>La page de connexion du bac à sable ne contient aucun formulaire.</translation>
    </message>
    <message>
        <source>The sandbox has no user %1.</source>
        <translation>Le bac à sable n&apos;a aucun utilisateur %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page was larger than %1 KiB, so ConsentDesk stopped reading it. Check that the sandbox, and nothing else, listens on %2.</source>
        <translation>La page de connexion du bac à sable dépassait %1 Kio&#xa0;; ConsentDesk a donc cessé de la lire. Vérifiez que le bac à sable, et rien d&apos;autre, écoute sur %2.</translation>
    </message>
</context>
<context>
    <name>ScopeAccessPage</name>
    <message>
        <source>Restrict or deny?</source>
        <translation>Restreindre ou refuser&#xa0;?</translation>
    </message>
    <message>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation>Exchange évalue ensemble les stratégies d&apos;une application&#xa0;: une stratégie DenyAccess correspondante l&apos;emporte sur toute stratégie RestrictAccess&#xa0;; avec des stratégies RestrictAccess, les boîtes aux lettres qui ne figurent dans aucune d&apos;elles sont refusées.</translation>
    </message>
    <message>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation>RestrictAccess — l&apos;application n&apos;accède qu&apos;aux boîtes aux lettres du groupe (le choix habituel)</translation>
    </message>
    <message>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation>DenyAccess — l&apos;application accède à toutes les boîtes aux lettres sauf celles du groupe</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation>Exchange peut contenir environ 100 stratégies, ou environ 300 avec une description d&apos;un seul espace&#xa0;; une description courte laisse de la place pour davantage.</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation>Refuser à %1 l&apos;accès aux boîtes aux lettres de %2.</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation>Limiter %1 aux boîtes aux lettres de %2.</translation>
    </message>
</context>
<context>
    <name>ScopeAppPage</name>
    <message>
        <source>Which app?</source>
        <translation>Quelle application&#xa0;?</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation>Les applications disposant d&apos;autorisations d&apos;application comme Mail.Read accèdent à toutes les boîtes aux lettres du locataire tant qu&apos;Exchange Online ne les limite pas.</translation>
    </message>
    <message>
        <source>no mailbox permission</source>
        <translation>aucune autorisation de boîte aux lettres</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>Application&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Lecture de ce que détient %1…</translation>
    </message>
    <message>
        <source>• %1 on &quot;%2&quot;</source>
        <translation>• %1 sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation>%1 n&apos;a encore aucune stratégie d&apos;accès&#xa0;: l&apos;application accède à toutes les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation>Stratégies que %1 a déjà (une nouvelle s&apos;y ajoute)&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation>Impossible de lire toutes les autorisations de l&apos;application&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation>Limiter une application aux boîtes aux lettres d&apos;un groupe</translation>
    </message>
</context>
<context>
    <name>ScopeGroupPage</name>
    <message>
        <source>Which mailboxes?</source>
        <translation>Quelles boîtes aux lettres&#xa0;?</translation>
    </message>
    <message>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation>L&apos;étendue de la stratégie est un groupe de sécurité à extension messagerie (les membres des groupes imbriqués comptent). RestrictAccess permet à l&apos;application d&apos;accéder uniquement aux boîtes aux lettres de ses membres&#xa0;; DenyAccess l&apos;en empêche. Les listes de distribution et les groupes Microsoft 365 ne fonctionnent pas.</translation>
    </message>
    <message>
        <source>Use an existing mail-enabled security group</source>
        <translation>Utiliser un groupe de sécurité à extension messagerie existant</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>En créer un nouveau</translation>
    </message>
    <message>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <comment>%1 is an app&apos;s name, not a count</comment>
        <translation>Nom du groupe, p. ex. «&#xa0;Boîtes aux lettres %1&#xa0;»</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Reading the groups from Exchange…</source>
        <translation>Lecture des groupes depuis Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the groups from Exchange: %1</source>
        <translation>Impossible de lire les groupes depuis Exchange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation>Exchange crée le groupe en tant que groupe de sécurité à extension messagerie&#xa0;; il apparaît aussi dans Entra ID. Ajoutez ses membres à la page suivante.</translation>
    </message>
    <message>
        <source>No mail-enabled security group yet: create one.</source>
        <translation>Aucun groupe de sécurité à extension messagerie pour l&apos;instant&#xa0;: créez-en un.</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Lecture des membres de %1…</translation>
    </message>
    <message>
        <source>Could not read the members of %1: %2</source>
        <translation>Impossible de lire les membres de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 n&apos;a encore aucun membre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation>
            <numerusform>%1 a %n membre&#xa0;: %2</numerusform>
            <numerusform>%1 a %n membres&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <comment>a group&apos;s name; %1 is the app&apos;s name, not a count</comment>
        <translation>Boîtes aux lettres %1</translation>
    </message>
    <message>
        <source>Type a name for the new group.</source>
        <translation>Saisissez un nom pour le nouveau groupe.</translation>
    </message>
    <message>
        <source>Choose a group, or create a new one.</source>
        <translation>Choisissez un groupe, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation>Un groupe nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Existing group</source>
        <translation>Groupe existant</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
</context>
<context>
    <name>ScopeMembersPage</name>
    <message>
        <source>Add members</source>
        <translation>Ajouter des membres</translation>
    </message>
    <message>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation>Ajoutez les boîtes aux lettres concernées par la stratégie (boîtes aux lettres d&apos;utilisateur ou partagées). Les membres déjà présents dans le groupe restent&#xa0;; les groupes imbriqués peuvent être ajoutés dans le Centre d&apos;administration Exchange.</translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Adresse de boîte aux lettres, p. ex. priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation>Impossible de lire les boîtes aux lettres depuis Exchange&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation>Aucune boîte aux lettres «&#xa0;%1&#xa0;» dans Exchange. Saisissez une adresse de la liste.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 est déjà membre.</translation>
    </message>
    <message>
        <source>(no member to add)</source>
        <translation>(aucun membre à ajouter)</translation>
    </message>
    <message>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation>Le groupe n&apos;a aucun membre&#xa0;: une stratégie RestrictAccess sur ce groupe refuserait toutes les boîtes aux lettres. Ajoutez-en au moins un.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation>
            <numerusform>%1 aura %n membre.</numerusform>
            <numerusform>%1 aura %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation>Ajoutez au moins un membre&#xa0;: une stratégie RestrictAccess sur un groupe vide refuse toutes les boîtes aux lettres.</translation>
    </message>
    <message>
        <source>Mailbox to add</source>
        <translation>Boîte aux lettres à ajouter</translation>
    </message>
    <message>
        <source>Mailboxes to add to the group</source>
        <translation>Boîtes aux lettres à ajouter au groupe</translation>
    </message>
</context>
<context>
    <name>ScopeReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation>Rien n&apos;a encore été modifié. Ces écritures sont envoyées à Exchange Online dans cet ordre&#xa0;; chacune est enregistrée dans le journal de ConsentDesk avant son envoi.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation>Écriture dans Exchange Online&#xa0;: l&apos;Assistant se ferme une fois l&apos;étape en cours terminée.</translation>
    </message>
    <message>
        <source>Sending to Exchange Online…</source>
        <translation>Envoi à Exchange Online…</translation>
    </message>
    <message>
        <source>Rolled back: what the wizard had made was undone.</source>
        <translation>Retour arrière effectué&#xa0;: ce que l&apos;assistant avait créé a été annulé.</translation>
    </message>
    <message>
        <source>The rollback did not complete: see the steps above; the journal (Activity) holds what is left.</source>
        <translation>Le retour arrière n&apos;a pas abouti&#xa0;: consultez les étapes ci-dessus&#xa0;; le journal (Activité) contient ce qui reste.</translation>
    </message>
    <message>
        <source>Not done: %1 What succeeded can be rolled back now from the results, or undone later in Activity.</source>
        <translation>Non terminé&#xa0;: %1 Vous pouvez revenir dès maintenant sur ce qui a réussi depuis les résultats, ou l&apos;annuler plus tard dans Activité.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>Non terminé&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done: every write succeeded.</source>
        <translation>Terminé&#xa0;: toutes les écritures ont réussi.</translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Modifications à effectuer</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Script PowerShell Exchange Online</translation>
    </message>
    <message numerus="yes">
        <source>The rollback left %n change(s) in place: %1</source>
        <extracomment>%1 lists each change that stays, with the reason, as whole sentences</extracomment>
        <translation>
            <numerusform>L&apos;annulation a laissé %n modification en place&#xa0;: %1</numerusform>
            <numerusform>L&apos;annulation a laissé %n modifications en place&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeTestPage</name>
    <message>
        <source>Prove it: a member and a non-member</source>
        <translation>Vérification&#xa0;: un membre et un non-membre</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation>Le résultat de Test-ApplicationAccessPolicy d&apos;Exchange, à côté de la lecture de l&apos;annuaire par ConsentDesk.</translation>
    </message>
    <message>
        <source>A member:</source>
        <translation>Un membre&#xa0;:</translation>
    </message>
    <message>
        <source>Not a member:</source>
        <translation>Un non-membre&#xa0;:</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Un non-membre</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation>Le test d&apos;Exchange tient déjà compte de la nouvelle stratégie. Les appels Graph et EWS de l&apos;application peuvent mettre jusqu&apos;à une heure à la respecter&#xa0;: d&apos;ici là, l&apos;application peut encore lire les boîtes aux lettres du groupe.</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read mailboxes outside the group.</source>
        <translation>Le test d&apos;Exchange tient déjà compte de la nouvelle stratégie. Les appels Graph et EWS de l&apos;application peuvent mettre jusqu&apos;à une heure à la respecter&#xa0;: d&apos;ici là, l&apos;application peut encore lire des boîtes aux lettres en dehors du groupe.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members…</source>
        <translation>Lecture des membres du groupe…</translation>
    </message>
    <message>
        <source>A member: %1</source>
        <translation>Un membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a member: %1</source>
        <translation>Un non-membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The group has no member with a mailbox to test.</source>
        <translation>Le groupe n&apos;a aucun membre disposant d&apos;une boîte aux lettres à tester.</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Interrogation d&apos;Exchange…</translation>
    </message>
    <message>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation>Toutes les boîtes aux lettres sont dans le groupe&#xa0;: aucun non-membre à tester.</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>Test impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <source>No Graph client.</source>
        <translation>Aucun client Graph.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo sign-in as %1 did not complete</source>
        <translation>La connexion de démonstration en tant que %1 n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation>Vérifiez le nom d&apos;utilisateur&#xa0;: démarrez ConsentDesk avec --demo seul, et la page de connexion du locataire de démonstration répertorie ses utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation>Aucun profil nommé «&#xa0;%1&#xa0;». Choisissez-en un, ou ajoutez-le sous Profils….</translation>
    </message>
    <message>
        <source>This build of ConsentDesk has no demo tenant.</source>
        <translation>Cette version de ConsentDesk n&apos;a pas de locataire de démonstration.</translation>
    </message>
    <message>
        <source>The demo tenant could not be started: %1</source>
        <translation>Le locataire de démonstration n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contoso (demo tenant)</source>
        <translation>Contoso (locataire de démonstration)</translation>
    </message>
    <message>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation>Locataire d&apos;exemple intégré sur cet ordinateur · rien n&apos;en sort · non mémorisé</translation>
    </message>
    <message>
        <source>last signed in as %1</source>
        <translation>dernière connexion en tant que %1</translation>
    </message>
    <message>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation>Choisissez d&apos;abord un profil, ou ajoutez-en un sous Profils….</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant as %1…</source>
        <translation>Connexion au locataire de démonstration en tant que %1…</translation>
    </message>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation>Connectez-vous pour utiliser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation>Connexion en tant que %1 avec votre connexion enregistrée…</translation>
    </message>
    <message>
        <source>Signed in · demo tenant on this computer</source>
        <translation>Connecté · locataire de démonstration sur cet ordinateur</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source> · this session only</source>
        <translation> · cette session uniquement</translation>
    </message>
    <message>
        <source>the demo tenant is never remembered.</source>
        <translation>le locataire de démonstration n&apos;est jamais mémorisé.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>ConsentDesk n&apos;a pas pu ouvrir votre navigateur. Copiez le lien de connexion et ouvrez-le dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation>Reconnectez-vous en tant que %1&#xa0;: la connexion enregistrée n&apos;est plus utilisable.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation>Votre connexion est conservée pour cette session uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in · changes allowed</source>
        <translation>Connecté · modifications autorisées</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Offline · %1 · read-only</source>
        <translation>Hors connexion · %1 · lecture seule</translation>
    </message>
</context>
<context>
    <name>SettingsBackend</name>
    <message>
        <source>Could not look up the group %1: %2</source>
        <translation>Impossible de rechercher le groupe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>Il n&apos;existe aucun groupe nommé %1.</translation>
    </message>
    <message>
        <source>Several groups are named %1 (%2); name a reviewer group whose name is unique.</source>
        <translation>Plusieurs groupes sont nommés %1 (%2)&#xa0;; indiquez comme réviseur un groupe dont le nom est unique.</translation>
    </message>
    <message>
        <source>There is no directory role named %1.</source>
        <translation>Il n&apos;existe aucun rôle d&apos;annuaire nommé %1.</translation>
    </message>
    <message>
        <source>Could not look up the role %1: %2</source>
        <translation>Impossible de rechercher le rôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not look up the user %1: %2</source>
        <translation>Impossible de rechercher l&apos;utilisateur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPlanner</name>
    <message>
        <source>Change the admin consent workflow</source>
        <translation>Modifier le workflow de consentement administrateur</translation>
    </message>
    <message>
        <source>The admin consent workflow is already set this way: nothing to change.</source>
        <translation>Le workflow de consentement administrateur est déjà configuré ainsi&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>Graph refuses to turn the workflow on without a reviewer.</source>
        <translation>Graph refuse d&apos;activer le workflow sans réviseur.</translation>
    </message>
    <message>
        <source>Graph replaces the whole policy. If someone changes it before this is sent (version %1 now), nothing is sent.</source>
        <translation>Graph remplace l&apos;intégralité de la stratégie. Si quelqu&apos;un la modifie avant l&apos;envoi (version actuelle&#xa0;: %1), rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Change user consent for applications</source>
        <translation>Modifier le consentement de l&apos;utilisateur pour les applications</translation>
    </message>
    <message>
        <source>User consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>Le consentement de l&apos;utilisateur est déjà «&#xa0;%1&#xa0;»&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>User consent: %1</source>
        <translation>Consentement de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users will be able to consent to any app for every permission that needs no admin — the setting consent phishing relies on. Microsoft recommends against it.</source>
        <translation>Les utilisateurs pourront consentir à n&apos;importe quelle application pour toute autorisation qui ne nécessite pas d&apos;administrateur — le paramètre dont profite l&apos;hameçonnage par consentement. Microsoft le déconseille.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; users would be able to consent to nothing.</source>
        <translation>Le locataire n&apos;a pas de stratégie d&apos;octroi d&apos;autorisation %1&#xa0;; les utilisateurs ne pourraient consentir à rien.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays.</source>
        <translation>S&apos;applique aux futurs consentements&#xa0;; les consentements déjà donnés par les utilisateurs sont conservés.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays. Kept as they are: %1.</source>
        <translation>S&apos;applique aux futurs consentements&#xa0;; les consentements déjà donnés par les utilisateurs sont conservés. Conservées telles quelles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Classify %1 as low impact</source>
        <translation>Classer %1 à faible impact</translation>
    </message>
    <message>
        <source>%1 is already classified low impact: nothing to change.</source>
        <translation>%1 est déjà classée à faible impact&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>With user consent &quot;for selected permissions&quot;, users will be able to consent to %1 for apps from verified publishers and from your organization.</source>
        <translation>Avec le consentement de l&apos;utilisateur «&#xa0;pour les autorisations sélectionnées&#xa0;», les utilisateurs pourront consentir à %1 pour les applications d&apos;éditeurs vérifiés et de votre organisation.</translation>
    </message>
    <message>
        <source>Remove %1 from the low-impact permissions</source>
        <translation>Retirer %1 des autorisations à faible impact</translation>
    </message>
    <message>
        <source>Users who consented to it keep their consent; new consents need an admin.</source>
        <translation>Les utilisateurs qui y ont consenti conservent leur consentement&#xa0;; les nouveaux consentements nécessitent un administrateur.</translation>
    </message>
    <message>
        <source>%1 is not classified low impact: nothing to change.</source>
        <translation>%1 n&apos;est pas classée à faible impact&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>Restore consent settings</source>
        <translation>Restaurer les paramètres de consentement</translation>
    </message>
    <message>
        <source>%1: not restorable (%2).</source>
        <translation>%1&#xa0;: non restaurable (%2).</translation>
    </message>
    <message>
        <source>it did not succeed</source>
        <translation>la modification n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>not a consent settings change</source>
        <translation>pas une modification des paramètres de consentement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is classified medium impact; remove that classification first.</source>
        <translation>%1 est classée à impact moyen&#xa0;; supprimez d&apos;abord cette classification.</translation>
    </message>
    <message>
        <source>%1 is classified high impact; remove that classification first.</source>
        <translation>%1 est classée à impact élevé&#xa0;; supprimez d&apos;abord cette classification.</translation>
    </message>
    <message>
        <source>%1 already has the classification &quot;%2&quot;; remove it first.</source>
        <extracomment>%2 is the classification exactly as Microsoft Graph returned it (a value we do not know)</extracomment>
        <translation>%1 a déjà la classification «&#xa0;%2&#xa0;»&#xa0;; supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow on.</source>
        <translation>Activer le workflow de consentement administrateur.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow off.</source>
        <translation>Désactiver le workflow de consentement administrateur.</translation>
    </message>
    <message>
        <source>Remove every reviewer.</source>
        <translation>Supprimer tous les réviseurs.</translation>
    </message>
    <message>
        <source>Reviewers from now on: %1.</source>
        <translation>Réviseurs désormais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reviewers get an e-mail for each new request.</source>
        <translation>Les réviseurs reçoivent un e-mail pour chaque nouvelle demande.</translation>
    </message>
    <message>
        <source>Reviewers no longer get an e-mail for new requests.</source>
        <translation>Les réviseurs ne reçoivent plus d&apos;e-mail pour les nouvelles demandes.</translation>
    </message>
    <message>
        <source>Reviewers get reminders of requests that wait.</source>
        <translation>Les réviseurs reçoivent des rappels des demandes en attente.</translation>
    </message>
    <message>
        <source>Reviewers no longer get reminders.</source>
        <translation>Les réviseurs ne reçoivent plus de rappels.</translation>
    </message>
    <message numerus="yes">
        <source>Requests expire after %n day(s).</source>
        <translation>
            <numerusform>Les demandes expirent après %n jour.</numerusform>
            <numerusform>Les demandes expirent après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change group owner consent</source>
        <translation>Modifier le consentement du propriétaire du groupe</translation>
    </message>
    <message>
        <source>Group owner consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>Le consentement du propriétaire du groupe est déjà «&#xa0;%1&#xa0;»&#xa0;: rien à modifier.</translation>
    </message>
    <message>
        <source>Group owner consent: %1</source>
        <translation>Consentement du propriétaire du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every group owner will be able to let any app read the data of the groups and teams they own, for permissions that need no administrator. CISA&apos;s baseline (MS.AAD.5.4) asks that group owners may not consent.</source>
        <translation>Chaque propriétaire de groupe pourra permettre à n&apos;importe quelle application de lire les données des groupes et équipes qu&apos;il possède, pour les autorisations qui ne nécessitent pas d&apos;administrateur. La base de référence de la CISA (MS.AAD.5.4) demande que les propriétaires de groupe ne puissent pas consentir.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; group owners would be able to consent to nothing.</source>
        <translation>Le locataire n&apos;a pas de stratégie d&apos;octroi d&apos;autorisation %1&#xa0;; les propriétaires de groupe ne pourraient consentir à rien.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>S&apos;applique aux consentements futurs&#xa0;; ce que les propriétaires de groupe ont déjà consenti reste. Le consentement de l&apos;utilisateur et les stratégies des équipes et conversations restent tels quels.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. No longer assigned: %1. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>S&apos;applique aux consentements futurs&#xa0;; ce que les propriétaires de groupe ont déjà consenti reste. N&apos;est plus attribué&#xa0;: %1. Le consentement de l&apos;utilisateur et les stratégies des équipes et conversations restent tels quels.</translation>
    </message>
    <message>
        <source>Older setting Consent Policy Settings: group owners may not consent (EnableGroupSpecificConsent false)</source>
        <translation>Ancien paramètre «&#xa0;Consent Policy Settings&#xa0;»&#xa0;: les propriétaires de groupes ne peuvent pas consentir (EnableGroupSpecificConsent false)</translation>
    </message>
    <message>
        <source>The older directory setting Consent Policy Settings lets group owners consent whatever this choice says; &quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>L&apos;ancien paramètre d&apos;annuaire «&#xa0;Consent Policy Settings&#xa0;» permet aux propriétaires de groupes de consentir quel que soit ce choix&#xa0;; «&#xa0;Ne pas autoriser le consentement du propriétaire du groupe&#xa0;» le désactive aussi.</translation>
    </message>
</context>
<context>
    <name>SettingsWrite</name>
    <message>
        <source>Classify %1 (Microsoft Graph) as %2 impact</source>
        <translation>Classer %1 (Microsoft Graph) avec l&apos;impact «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the classification of %1 (Microsoft Graph)</source>
        <translation>Supprimer la classification de %1 (Microsoft Graph)</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Aucune connexion à Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>Non envoyé&#xa0;: il n&apos;y a aucune connexion à Microsoft Graph.</translation>
    </message>
    <message>
        <source>%1 is not classified any more.</source>
        <translation>%1 n&apos;est plus classée.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not classified any more.</source>
        <translation>Non envoyé&#xa0;: %1 n&apos;est plus classée.</translation>
    </message>
    <message>
        <source>The admin consent workflow was changed since it was read (version %1, now %2).</source>
        <translation>Le workflow de consentement administrateur a été modifié depuis sa lecture (version %1, maintenant %2).</translation>
    </message>
    <message>
        <source>Not sent: someone changed the admin consent workflow since it was read (version %1, now %2). Read it again and make the change on what is there now.</source>
        <translation>Non envoyé&#xa0;: quelqu&apos;un a modifié le workflow de consentement administrateur depuis sa lecture (version %1, maintenant %2). Relisez-le et appliquez la modification à son état actuel.</translation>
    </message>
    <message>
        <source>Changing the admin consent workflow needs Policy.ReadWrite.ConsentRequest and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>La modification du workflow de consentement administrateur nécessite Policy.ReadWrite.ConsentRequest et le rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>Changing user consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>La modification du consentement de l&apos;utilisateur nécessite Policy.ReadWrite.Authorization et le rôle Administrateur de rôle privilégié ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>Classifying permissions needs Policy.ReadWrite.PermissionGrant and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>La classification des autorisations nécessite Policy.ReadWrite.PermissionGrant et le rôle Administrateur d&apos;application cloud, Administrateur d&apos;application ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>The workflow as it was before is not known, so it cannot be put back.</source>
        <translation>L&apos;état précédent du workflow n&apos;est pas connu&#xa0;: il ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>Put the admin consent workflow back as it was</source>
        <translation>Rétablir le workflow de consentement administrateur tel qu&apos;il était</translation>
    </message>
    <message>
        <source>The user consent setting before is not known, so it cannot be put back.</source>
        <translation>Le paramètre de consentement de l&apos;utilisateur précédent n&apos;est pas connu&#xa0;: il ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>Put user consent back to: %1</source>
        <translation>Rétablir le consentement de l&apos;utilisateur sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graph did not say which classification it created, so it cannot be removed here.</source>
        <translation>Graph n&apos;a pas indiqué quelle classification il a créée&#xa0;: elle ne peut donc pas être supprimée ici.</translation>
    </message>
    <message>
        <source>The classification removed is not known, so it cannot be put back.</source>
        <translation>La classification supprimée n&apos;est pas connue&#xa0;: elle ne peut donc pas être rétablie.</translation>
    </message>
    <message>
        <source>Changing group owner consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>La modification du consentement du propriétaire du groupe nécessite Policy.ReadWrite.Authorization et le rôle Administrateur de rôle privilégié ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>The group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>Le paramètre précédent du consentement du propriétaire du groupe n&apos;est pas connu&#xa0;; il ne peut donc pas être rétabli.</translation>
    </message>
    <message>
        <source>Put group owner consent back to: %1</source>
        <translation>Rétablir le consentement du propriétaire du groupe à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changing the older group owner consent setting (Consent Policy Settings) needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Modifier l&apos;ancien paramètre de consentement du propriétaire du groupe (Consent Policy Settings) nécessite Policy.ReadWrite.Authorization et le rôle Administrateur de rôle privilégié ou Administrateur général (%1).</translation>
    </message>
    <message>
        <source>The older group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>La valeur précédente de l&apos;ancien paramètre de consentement du propriétaire du groupe n&apos;est pas connue&#xa0;: elle ne peut pas être rétablie.</translation>
    </message>
    <message>
        <source>Let group owners consent again through the older setting Consent Policy Settings</source>
        <translation>Permettre de nouveau aux propriétaires de groupes de consentir via l&apos;ancien paramètre «&#xa0;Consent Policy Settings&#xa0;»</translation>
    </message>
    <message>
        <source>Put the older setting Consent Policy Settings back: group owners may not consent</source>
        <translation>Rétablir l&apos;ancien paramètre «&#xa0;Consent Policy Settings&#xa0;»&#xa0;: les propriétaires de groupes ne peuvent pas consentir</translation>
    </message>
</context>
<context>
    <name>SignInErrorExplainer</name>
    <message>
        <source>ConsentDesk does not know AADSTS%1. Microsoft&apos;s error lookup page describes it.</source>
        <translation>ConsentDesk ne connaît pas AADSTS%1. La page de recherche d&apos;erreurs de Microsoft le décrit.</translation>
    </message>
    <message>
        <source>The consent screen &quot;Need admin approval&quot;</source>
        <translation>L&apos;écran de consentement «&#xa0;Approbation administrateur nécessaire&#xa0;»</translation>
    </message>
    <message>
        <source>The consent screen &quot;Approval required&quot;</source>
        <translation>L&apos;écran de consentement «&#xa0;Approbation requise&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <source>You consented as a different account</source>
        <translation>Vous avez donné votre consentement avec un autre compte</translation>
    </message>
    <message>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation>Connectez-vous en tant que %1 dans le navigateur lorsque ConsentDesk demande les autorisations d&apos;écriture.</translation>
    </message>
    <message>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation>ConsentDesk n&apos;a pas pu lire votre compte depuis Microsoft Graph</translation>
    </message>
    <message>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation>Vérifiez que l&apos;inscription d&apos;application dispose de l&apos;autorisation User.Read, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>to make the change you asked for</source>
        <translation>pour effectuer la modification que vous avez demandée</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm who gave the consent</source>
        <translation>ConsentDesk n&apos;a pas pu confirmer qui a donné le consentement</translation>
    </message>
    <message>
        <source>The sign-in answer carried no readable id_token. Try again; if it keeps happening, report it with the details below.</source>
        <translation>La réponse de connexion ne contenait aucun id_token lisible. Réessayez&#xa0;; si le problème se reproduit, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm which tenant you signed in to</source>
        <translation>ConsentDesk n&apos;a pas pu confirmer à quel locataire vous vous êtes connecté</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Réessayez. Si le problème se reproduit, signalez-le avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot tell whether it is the profile&apos;s (%1).</source>
        <translation>Ni la réponse de connexion ni Microsoft Graph n&apos;ont indiqué le locataire&#xa0;: ConsentDesk ne peut donc pas déterminer s&apos;il s&apos;agit de celui du profil (%1).</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm that you signed in to %1</source>
        <translation>ConsentDesk n&apos;a pas pu confirmer que vous vous êtes connecté à %1</translation>
    </message>
    <message>
        <source>Try again in a moment, or set the profile&apos;s tenant to the tenant ID (%1).</source>
        <translation>Réessayez dans un instant, ou indiquez comme locataire du profil l&apos;ID de locataire (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph did not list the tenant&apos;s verified domains (/organization).</source>
        <translation>Microsoft Graph n&apos;a pas répertorié les domaines vérifiés du locataire (/organization).</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in to your tenant</source>
        <translation>Connectez-vous à votre locataire</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Profil de locataire</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profils…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation>Si le navigateur ne s&apos;est pas ouvert&#xa0;: collez le lien dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation>Pas de locataire sous la main&#xa0;? Le locataire de démonstration s&apos;exécute sur cet ordinateur, avec des données fictives.</translation>
    </message>
    <message>
        <source>Open demo tenant</source>
        <translation>Ouvrir le locataire de démonstration</translation>
    </message>
    <message>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation>Votre navigateur est ouvert sur la page de connexion. Terminez-y la connexion&#xa0;; ConsentDesk continue ensuite tout seul. Rien ne se passe tant que vous ne l&apos;avez pas fait.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a tenant profile first.</source>
        <translation>Ajoutez d&apos;abord un profil de locataire.</translation>
    </message>
    <message>
        <source>ConsentDesk opens your browser to sign in with your organization&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation>ConsentDesk ouvre votre navigateur pour que vous vous connectiez avec le compte de votre organisation. Il ne demande pour l&apos;instant qu&apos;un accès en lecture&#xa0;; avant votre première modification, il redemande uniquement l&apos;autorisation nécessaire à cette modification.</translation>
    </message>
    <message>
        <source>No profile yet. Add one with the tenant and the client ID of your organization&apos;s ConsentDesk app registration.</source>
        <translation>Aucun profil pour l&apos;instant. Ajoutez-en un avec le locataire et l&apos;ID client de l&apos;inscription d&apos;application ConsentDesk de votre organisation.</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>ConsentDesk snapshots (*.json.gz *.json)</source>
        <translation>Instantanés ConsentDesk (*.json.gz *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport snapshot…</source>
        <translation>E&amp;xporter un instantané…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s apps, grants, requests and consent settings to one file.</source>
        <translation>Enregistrer les applications, octrois, demandes et paramètres de consentement du locataire dans un seul fichier.</translation>
    </message>
    <message>
        <source>Compare snapshot with the &amp;tenant…</source>
        <translation>Comparer un instantané avec le &amp;locataire…</translation>
    </message>
    <message>
        <source>Compare t&amp;wo snapshots…</source>
        <translation>Comparer deux ins&amp;tantanés…</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter un instantané</translation>
    </message>
    <message>
        <source>Compare snapshot with the tenant</source>
        <translation>Comparer un instantané avec le locataire</translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation>L&apos;instantané antérieur</translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation>L&apos;instantané postérieur</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Lecture du locataire…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant… %n item(s) written.</source>
        <translation>
            <numerusform>Lecture du locataire… %n élément écrit.</numerusform>
            <numerusform>Lecture du locataire… %n éléments écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>L&apos;instantané n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Instantané enregistré dans %1 (%n élément).</numerusform>
            <numerusform>Instantané enregistré dans %1 (%n éléments).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in it, because it could not be read: %1.</source>
        <translation>Absent, car impossible à lire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>Impossible d&apos;ouvrir l&apos;instantané</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 Nothing was compared.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2 Rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>Reading the tenant to compare…</source>
        <translation>Lecture du locataire pour la comparaison…</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1 Nothing was compared.</source>
        <translation>Impossible de lire le locataire&#xa0;: %1 Rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>the tenant now</source>
        <translation>le locataire maintenant</translation>
    </message>
    <message>
        <source>Compare two snapshots</source>
        <translation>Comparer deux instantanés</translation>
    </message>
    <message>
        <source>Reading and comparing the snapshots…</source>
        <translation>Lecture et comparaison des instantanés…</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Lecture de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
</context>
<context>
    <name>SnapshotChange</name>
    <message>
        <source>Granted for all users</source>
        <extracomment>A delegated permission before or after a change: an admin consented to it for every user of the tenant.</extracomment>
        <translation>Accordée pour tous les utilisateurs</translation>
    </message>
    <message>
        <source>Granted as an application permission</source>
        <extracomment>An application permission (app role) before or after a change.</extracomment>
        <translation>Accordée en tant qu&apos;autorisation d&apos;application</translation>
    </message>
    <message>
        <source>Consented by the user</source>
        <extracomment>A user&apos;s own consent to a delegated permission, before or after a change.</extracomment>
        <translation>Consentie par l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>Consented by %n user(s)</source>
        <extracomment>A delegated permission that users consented to on their own, before or after a change.</extracomment>
        <translation>
            <numerusform>Consentie par %n utilisateur</numerusform>
            <numerusform>Consentie par %n utilisateurs</numerusform>
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
            <numerusform>%n autorisation à l&apos;échelle du locataire</numerusform>
            <numerusform>%n autorisations à l&apos;échelle du locataire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent</source>
        <translation>
            <numerusform>%n utilisateur ayant donné son propre consentement</numerusform>
            <numerusform>%n utilisateurs ayant donné leur propre consentement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n autorisation d&apos;application</numerusform>
            <numerusform>%n autorisations d&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange application access policy for %1</source>
        <extracomment>A difference between snapshots: the Exchange Online application access policy that limits an app to the mailboxes of a group (%1: the group or scope).</extracomment>
        <translation>Stratégie d&apos;accès aux applications Exchange pour %1</translation>
    </message>
    <message>
        <source>Permission grant policy %1</source>
        <extracomment>A difference between snapshots: a permission grant policy (%1: its id).</extracomment>
        <translation>Stratégie d&apos;octroi d&apos;autorisation %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>What a grant, an app, a setting or a policy is after a change that removed it (the After column).</extracomment>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Permission or setting</source>
        <translation>Autorisation ou paramètre</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>Modifications entre les instantanés</translation>
    </message>
    <message>
        <source>Microsoft Graph records no time for a grant: each change happened at some moment between the two snapshots.</source>
        <translation>Microsoft Graph n&apos;enregistre aucune date pour un octroi&#xa0;: chaque modification a eu lieu à un moment donné entre les deux instantanés.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Delegated, all users</source>
        <extracomment>A delegated permission granted for all users of the tenant</extracomment>
        <translation>Délégué, tous les utilisateurs</translation>
    </message>
    <message>
        <source>Application permission</source>
        <translation>Autorisation d&apos;application</translation>
    </message>
    <message>
        <source>A user&apos;s own consent</source>
        <translation>Consentement propre d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Consent setting</source>
        <translation>Paramètre de consentement</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>Aucune différence entre %1 (%2) et %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 (%2) to %3 (%4), riskiest first.</source>
        <translation>
            <numerusform>%n modification de %1 (%2) à %3 (%4), la plus risquée en premier.</numerusform>
            <numerusform>%n modifications de %1 (%2) à %3 (%4), les plus risquées en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Exporter les modifications</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Rapport HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les modifications dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>One row per app, permission or setting that was added, removed or changed between the two snapshots.</source>
        <translation>Une ligne par application, autorisation ou paramètre ajouté, supprimé ou modifié entre les deux instantanés.</translation>
    </message>
    <message>
        <source>Not compared, because %1 could not read it: %2.</source>
        <translation>Non comparé, car %1 n&apos;a pas pu lire cette partie&#xa0;: %2.</translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column title: the date ConsentDesk first saw the grant (a short date column)</extracomment>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>The day ConsentDesk on this computer first saw the grant, in a list it read or a snapshot it opened. Graph keeps no date for a grant, so it may be older.</source>
        <translation>Le jour où ConsentDesk a vu l&apos;octroi pour la première fois sur cet ordinateur, dans une liste lue ou un instantané ouvert. Graph ne conserve aucune date pour un octroi&#xa0;: il peut donc être plus ancien.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffReport</name>
    <message>
        <source>ConsentDesk snapshot diff</source>
        <extracomment>The title of the HTML report of a snapshot comparison (the browser&apos;s tab)</extracomment>
        <translation>Comparaison d&apos;instantanés ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk: what changed</source>
        <extracomment>The heading of the HTML report of a snapshot comparison</extracomment>
        <translation>ConsentDesk&#xa0;: ce qui a changé</translation>
    </message>
    <message>
        <source>%1 — %2, taken %3</source>
        <extracomment>One side of a snapshot comparison: %1 the file (or &quot;the tenant now&quot;), %2 the tenant, %3 when it was taken</extracomment>
        <translation>%1 — %2, pris le %3</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>The HTML report&apos;s line with the number of changes, by risk</extracomment>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How many changes have one risk level: %1 the level (&quot;High&quot;), %2 the number</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <extracomment>The HTML report&apos;s line naming the parts a snapshot could not read</extracomment>
        <translation>Non comparé</translation>
    </message>
    <message>
        <source>No differences.</source>
        <extracomment>The HTML report of a snapshot comparison when both sides hold the same</extracomment>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>App id</source>
        <extracomment>Column title: the app&apos;s application (client) id</extracomment>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <source>First seen: the day ConsentDesk on the computer that made this report first saw the grant (in a list it read or a snapshot it opened); the grant may be older.</source>
        <extracomment>The HTML report&apos;s note on the First seen column</extracomment>
        <translation>Vu pour la première fois&#xa0;: le jour où ConsentDesk a vu l&apos;octroi pour la première fois sur l&apos;ordinateur qui a produit ce rapport (dans une liste lue ou un instantané ouvert)&#xa0;; l&apos;octroi peut être plus ancien.</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The snapshot export was canceled.</source>
        <translation>L&apos;exportation de l&apos;instantané a été annulée.</translation>
    </message>
    <message>
        <source>The snapshot file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange Online was not connected, so its access policies were not read.</source>
        <translation>Exchange Online n&apos;était pas connecté&#xa0;: ses stratégies d&apos;accès n&apos;ont donc pas été lues.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than a snapshot can be.</source>
        <translation>Le fichier dépasse %1 Mo, plus qu&apos;un instantané ne peut faire.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file is truncated (its gzip stream ends early).</source>
        <translation>Impossible de décompresser le fichier&#xa0;: le fichier compressé est tronqué (son flux gzip se termine trop tôt).</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file expands to more than %1 MB.</source>
        <translation>Impossible de décompresser le fichier&#xa0;: décompressé, il dépasserait %1 Mo.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: %1.</source>
        <extracomment>%1 is zlib&apos;s technical reason, in English</extracomment>
        <translation>Impossible de décompresser le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: the file ends before the snapshot does (was it copied or written completely?).</source>
        <translation>L&apos;instantané est tronqué&#xa0;: le fichier se termine avant l&apos;instantané (a-t-il été copié ou écrit entièrement&#xa0;?).</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1 at byte %2.</source>
        <translation>L&apos;instantané est endommagé&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot (not JSON: %1 at byte %2).</source>
        <translation>Ce n&apos;est pas un instantané ConsentDesk (pas du JSON&#xa0;: %1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is a sandbox tenant fixture, not a ConsentDesk snapshot (it has no &quot;consentDeskSnapshot&quot; header).</source>
        <translation>C&apos;est un modèle de locataire du bac à sable, pas un instantané ConsentDesk (il n&apos;a pas d&apos;en-tête «&#xa0;consentDeskSnapshot&#xa0;»).</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot: the JSON has no &quot;consentDeskSnapshot&quot; header.</source>
        <translation>Ce n&apos;est pas un instantané ConsentDesk&#xa0;: le JSON n&apos;a pas d&apos;en-tête «&#xa0;consentDeskSnapshot&#xa0;».</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is not a JSON object.</source>
        <translation>L&apos;en-tête de l&apos;instantané n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header has no valid schema version.</source>
        <translation>L&apos;en-tête de l&apos;instantané n&apos;a pas de version de schéma valide.</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer ConsentDesk (schema version %1; this version reads up to %2). Open it with that version or a later one.</source>
        <translation>L&apos;instantané a été écrit par une version plus récente de ConsentDesk (version de schéma %1&#xa0;; cette version lit jusqu&apos;à la %2). Ouvrez-le avec cette version ou une version ultérieure.</translation>
    </message>
    <message>
        <source>The snapshot is incomplete: it has no end marker, so it was not written to the end.</source>
        <translation>L&apos;instantané est incomplet&#xa0;: il n&apos;a pas de marque de fin, il n&apos;a donc pas été écrit jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header lacks the tenant id or the time it was taken.</source>
        <translation>Il manque à l&apos;en-tête de l&apos;instantané l&apos;ID du locataire ou l&apos;heure de la prise.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1&quot; is missing or not a list of objects.</source>
        <translation>«&#xa0;%1&#xa0;» manque dans l&apos;instantané ou n&apos;est pas une liste d&apos;objets.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;policies&quot; or &quot;errors&quot; member is missing or of the wrong type.</source>
        <translation>Le membre «&#xa0;policies&#xa0;» ou «&#xa0;errors&#xa0;» de l&apos;instantané manque ou n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>The snapshot lists a service principal without an id.</source>
        <translation>L&apos;instantané contient un principal de service sans ID.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot is damaged: its end marker counts %n item(s) in &quot;%1&quot;, the file holds %2.</source>
        <translation>
            <numerusform>L&apos;instantané est endommagé&#xa0;: sa marque de fin compte %n élément dans «&#xa0;%1&#xa0;», le fichier en contient %2.</numerusform>
            <numerusform>L&apos;instantané est endommagé&#xa0;: sa marque de fin compte %n éléments dans «&#xa0;%1&#xa0;», le fichier en contient %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation>Le jeton d&apos;accès dans %1 a été rejeté (expiré ou destiné à une autre ressource).</translation>
    </message>
    <message>
        <source>No access token: sign in, or set %1.</source>
        <translation>Aucun jeton d&apos;accès&#xa0;: connectez-vous, ou définissez %1.</translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <source>%1: %2 received, Graph counts %3</source>
        <translation>%1&#xa0;: %2 reçus, Graph en compte %3</translation>
    </message>
    <message>
        <source>%1: %2 received, no count from Graph</source>
        <translation>%1&#xa0;: %2 reçus, aucun décompte de Graph</translation>
    </message>
    <message>
        <source> (%1 received twice)</source>
        <translation> (%1 reçus en double)</translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <source>The inventory was canceled.</source>
        <translation>L&apos;inventaire a été annulé.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 is waiting for your approval.</source>
        <translation>%1 attend votre approbation.</translation>
    </message>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation>
            <numerusform>%n nouvelle demande de consentement attend votre approbation.</numerusform>
            <numerusform>%n nouvelles demandes de consentement attendent votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>Nouvelle demande de consentement</translation>
    </message>
</context>
<context>
    <name>TroubleshootCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A troubleshooter check&apos;s result: nothing wrong</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A troubleshooter check&apos;s result: worth a look, not blocking</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A troubleshooter check&apos;s result: this stops the user</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Enable the app…</source>
        <translation>Activer l&apos;application…</translation>
    </message>
    <message>
        <source>Assign the user…</source>
        <translation>Affecter l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Grant admin consent…</source>
        <translation>Accorder le consentement administrateur…</translation>
    </message>
    <message>
        <source>Turn on the workflow…</source>
        <translation>Activer le workflow…</translation>
    </message>
    <message>
        <source>Edit the reviewers…</source>
        <extracomment>Opens Consent settings at the admin consent workflow&apos;s reviewers</extracomment>
        <translation>Modifier les réviseurs…</translation>
    </message>
</context>
<context>
    <name>TroubleshootFixPlanner</name>
    <message>
        <source>There is nothing ConsentDesk can change for this check.</source>
        <translation>ConsentDesk ne peut rien changer pour cette vérification.</translation>
    </message>
    <message>
        <source>%1 is not in this tenant: there is nothing to enable.</source>
        <translation>%1 n&apos;est pas dans ce locataire&#xa0;: il n&apos;y a rien à activer.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is already enabled.</source>
        <translation>La connexion à %1 est déjà activée.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1</source>
        <translation>Activer la connexion à %1</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 (accountEnabled = true)</source>
        <translation>Activer la connexion à %1 (accountEnabled = true)</translation>
    </message>
    <message>
        <source>The user or the app is not in this tenant: there is nobody to assign.</source>
        <translation>L&apos;utilisateur ou l&apos;application n&apos;est pas dans ce locataire&#xa0;: il n&apos;y a personne à affecter.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 est déjà affecté à %2.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Affecter %1 à %2</translation>
    </message>
    <message>
        <source>Assign %1 to %2 with the role %3</source>
        <extracomment>%1 user, %2 app, %3 app role name</extracomment>
        <translation>Affecter %1 à %2 avec le rôle %3</translation>
    </message>
    <message>
        <source>Every permission asked for is granted already.</source>
        <translation>Toutes les autorisations demandées sont déjà accordées.</translation>
    </message>
    <message>
        <source>Admin consent for everyone in the tenant: no user of %1 will be asked for these permissions again.</source>
        <translation>Consentement administrateur pour tout le locataire&#xa0;: aucun utilisateur de %1 ne sera plus interrogé sur ces autorisations.</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read, so it is not changed.</source>
        <translation>Impossible de lire le workflow de consentement administrateur&#xa0;: il n&apos;est donc pas modifié.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on already.</source>
        <translation>Le workflow de consentement administrateur est déjà activé.</translation>
    </message>
    <message>
        <source>The workflow has no reviewers: choose them in Consent settings (or `consentdesk-cli settings workflow --enable --reviewer …`).</source>
        <translation>Le workflow n&apos;a pas de réviseurs&#xa0;: choisissez-les dans Paramètres de consentement (ou `consentdesk-cli settings workflow --enable --reviewer …`).</translation>
    </message>
    <message>
        <source>Choose reviewers who can approve in Consent settings, or run: %1</source>
        <translation>Choisissez dans Paramètres de consentement des réviseurs qui peuvent approuver, ou exécutez&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TroubleshootRules</name>
    <message>
        <source>Can the user sign in at all?</source>
        <translation>L&apos;utilisateur peut-il se connecter&#xa0;?</translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation>Impossible de lire l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>Aucun utilisateur %1 dans ce locataire.</translation>
    </message>
    <message>
        <source>Check the user&apos;s sign-in name (UPN) or object ID.</source>
        <translation>Vérifiez le nom de connexion (UPN) ou l&apos;ID d&apos;objet de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they cannot sign in to anything.</source>
        <translation>Le compte de %1 est désactivé&#xa0;: cette personne ne peut se connecter à rien.</translation>
    </message>
    <message>
        <source>Enable the account in the Microsoft Entra admin center (Users), if they should work again.</source>
        <translation>Activez le compte dans le Centre d&apos;administration Microsoft Entra (Utilisateurs) si cette personne doit de nouveau travailler.</translation>
    </message>
    <message>
        <source>%1 is a guest and their account is enabled.</source>
        <translation>%1 est un invité et son compte est activé.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>Le compte de %1 est activé.</translation>
    </message>
    <message>
        <source>Is the app blocked?</source>
        <translation>L&apos;application est-elle bloquée&#xa0;?</translation>
    </message>
    <message>
        <source>The app could not be read: %1</source>
        <translation>Impossible de lire l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the troubleshooter again; if it persists, check your roles.</source>
        <translation>Relancez l&apos;outil de dépannage&#xa0;; si le problème persiste, vérifiez vos rôles.</translation>
    </message>
    <message>
        <source>%1 has no service principal in this tenant yet: it is added at the first consent, and nothing blocks it.</source>
        <translation>%1 n&apos;a pas encore de principal de service dans ce locataire&#xa0;: il est ajouté au premier consentement, et rien ne la bloque.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is disabled (its service principal&apos;s accountEnabled is false): every user is refused, and nobody can request it.</source>
        <translation>La connexion à %1 est désactivée (accountEnabled de son principal de service vaut false)&#xa0;: tous les utilisateurs sont refusés, et personne ne peut la demander.</translation>
    </message>
    <message>
        <source>Enable sign-in for the app, if it was not blocked on purpose (Activity shows who blocked it).</source>
        <translation>Activez la connexion pour l&apos;application, si elle n&apos;a pas été bloquée volontairement (l&apos;activité indique qui l&apos;a bloquée).</translation>
    </message>
    <message>
        <source>Sign-in to %1 is enabled.</source>
        <translation>La connexion à %1 est activée.</translation>
    </message>
    <message>
        <source>Default Access</source>
        <translation>Accès par défaut</translation>
    </message>
    <message>
        <source>Does the app require assignment?</source>
        <translation>L&apos;application exige-t-elle une affectation&#xa0;?</translation>
    </message>
    <message>
        <source>The app is not in this tenant yet, so it requires no assignment.</source>
        <translation>L&apos;application n&apos;est pas encore dans ce locataire&#xa0;: elle n&apos;exige donc aucune affectation.</translation>
    </message>
    <message>
        <source>%1 does not require assignment: any user of the tenant may sign in.</source>
        <translation>%1 n&apos;exige pas d&apos;affectation&#xa0;: tout utilisateur du locataire peut se connecter.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and its assignments could not be read: %2</source>
        <translation>%1 exige une affectation, et ses affectations n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 requires assignment; without the user, ConsentDesk cannot tell whether they are assigned.</source>
        <translation>%1 exige une affectation&#xa0;; sans l&apos;utilisateur, ConsentDesk ne peut pas savoir s&apos;il est affecté.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned.</source>
        <translation>%1 exige une affectation, et %2 est affecté.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned through the group %3.</source>
        <extracomment>%3 is a group&apos;s name</extracomment>
        <translation>%1 exige une affectation, et %2 est affecté par le groupe %3.</translation>
    </message>
    <message>
        <source>%1 requires assignment and %2 is not assigned, neither directly nor through a group they are a direct member of (nested groups do not count): sign-in fails with AADSTS50105.</source>
        <translation>%1 exige une affectation et %2 n&apos;est pas affecté, ni directement ni par un groupe dont il est membre direct (les groupes imbriqués ne comptent pas)&#xa0;: la connexion échoue avec AADSTS50105.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 (role %3), or add them to an assigned group.</source>
        <extracomment>%1 user name, %2 app name, %3 an app role&apos;s name (e.g. Default Access)</extracomment>
        <translation>Affectez %1 à %2 (rôle %3), ou ajoutez cette personne à un groupe affecté.</translation>
    </message>
    <message>
        <source>Which conditional access policies apply?</source>
        <translation>Quelles stratégies d&apos;accès conditionnel s&apos;appliquent&#xa0;?</translation>
    </message>
    <message>
        <source>The conditional access policies could not be read: %1</source>
        <translation>Impossible de lire les stratégies d&apos;accès conditionnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading them needs Policy.Read.All and a role such as Global Reader, Security Reader or Conditional Access Administrator.</source>
        <translation>Leur lecture exige Policy.Read.All et un rôle comme Lecteur général, Lecteur de sécurité ou Administrateur de l&apos;accès conditionnel.</translation>
    </message>
    <message>
        <source>Without the user, ConsentDesk cannot tell which policies apply.</source>
        <translation>Sans l&apos;utilisateur, ConsentDesk ne peut pas savoir quelles stratégies s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The user&apos;s groups and roles could not be read (%1); policies that target groups or roles may be missing below.</source>
        <translation>Impossible de lire les groupes et rôles de l&apos;utilisateur (%1)&#xa0;; des stratégies qui ciblent des groupes ou des rôles peuvent manquer ci-dessous.</translation>
    </message>
    <message>
        <source>No enabled or report-only policy applies to %1 signing in to %2.</source>
        <translation>Aucune stratégie activée ou en rapport seul ne s&apos;applique à la connexion de %1 à %2.</translation>
    </message>
    <message>
        <source>Access is blocked by %1. Conditional access is changed in the Microsoft Entra admin center (Protection &gt; Conditional Access): exclude the user or the app there if the block is not meant for them. ConsentDesk only reads these policies.</source>
        <extracomment>%1 is a list of policy names</extracomment>
        <translation>L&apos;accès est bloqué par %1. L&apos;accès conditionnel se modifie dans le Centre d&apos;administration Microsoft Entra (Protection &gt; Accès conditionnel)&#xa0;: excluez-y l&apos;utilisateur ou l&apos;application si le blocage ne les vise pas. ConsentDesk ne fait que lire ces stratégies.</translation>
    </message>
    <message>
        <source>The user must meet what these policies require when signing in (for example register for multifactor authentication); nothing to change unless that is the reason they are stuck.</source>
        <translation>L&apos;utilisateur doit satisfaire à ce que ces stratégies exigent lors de la connexion (par exemple s&apos;inscrire à l&apos;authentification multifacteur)&#xa0;; rien à changer, sauf si c&apos;est la raison de son blocage.</translation>
    </message>
    <message>
        <source>Is there a grant, and is the user prompted for more than it holds?</source>
        <translation>Y a-t-il un octroi, et l&apos;utilisateur est-il invité à consentir à plus qu&apos;il ne contient&#xa0;?</translation>
    </message>
    <message>
        <source>The app&apos;s grants could not be read: %1</source>
        <translation>Impossible de lire les octrois de l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone and the user&apos;s own consent.</source>
        <translation>L&apos;application détient un consentement administrateur pour tous et le consentement propre de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone.</source>
        <translation>L&apos;application détient un consentement administrateur pour tous.</translation>
    </message>
    <message>
        <source>The app holds the user&apos;s own consent, no admin consent.</source>
        <translation>L&apos;application détient le consentement propre de l&apos;utilisateur, sans consentement administrateur.</translation>
    </message>
    <message>
        <source>The app holds no delegated permission for this user (no admin consent, no consent of theirs).</source>
        <translation>L&apos;application ne détient aucune autorisation déléguée pour cet utilisateur (ni consentement administrateur, ni consentement de sa part).</translation>
    </message>
    <message>
        <source>ConsentDesk does not know which permissions the app asks for (no request from this user, no grant).</source>
        <translation>ConsentDesk ne sait pas quelles autorisations l&apos;application demande (aucune demande de cet utilisateur, aucun octroi).</translation>
    </message>
    <message>
        <source>It covers every permission asked for: %1.</source>
        <translation>Il couvre toutes les autorisations demandées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The user is still prompted for %1, which no grant holds.</source>
        <translation>L&apos;utilisateur est encore invité à consentir à %1, qu&apos;aucun octroi ne contient.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone, if the app should have them.</source>
        <translation>Accordez le consentement administrateur pour %1 pour tous, si l&apos;application doit les avoir.</translation>
    </message>
    <message>
        <source>May the user consent to these permissions?</source>
        <translation>L&apos;utilisateur peut-il consentir à ces autorisations&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing to consent to that ConsentDesk knows of.</source>
        <translation>Rien à consentir, à la connaissance de ConsentDesk.</translation>
    </message>
    <message>
        <source>Nothing is left to consent to: the grants hold it all.</source>
        <translation>Il ne reste rien à consentir&#xa0;: les octrois contiennent tout.</translation>
    </message>
    <message>
        <source>User consent: %1. The user may consent to %2 themselves.</source>
        <extracomment>%1 the user consent setting in the admin center&apos;s words, %2 permissions</extracomment>
        <translation>Consentement de l&apos;utilisateur&#xa0;: %1. L&apos;utilisateur peut consentir lui-même à %2.</translation>
    </message>
    <message>
        <source>User consent: %1. The user cannot consent to %2 and sees &quot;Approval required&quot; (or &quot;Need admin approval&quot;):</source>
        <translation>Consentement de l&apos;utilisateur&#xa0;: %1. L&apos;utilisateur ne peut pas consentir à %2 et voit «&#xa0;Approbation requise&#xa0;» (ou «&#xa0;Approbation administrateur nécessaire&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone (reviewed like a request), or change the user consent setting or the classification of these permissions.</source>
        <translation>Accordez le consentement administrateur pour %1 pour tous (examiné comme une demande), ou modifiez le paramètre de consentement de l&apos;utilisateur ou la classification de ces autorisations.</translation>
    </message>
    <message>
        <source>Can the user request approval, and who reviews?</source>
        <translation>L&apos;utilisateur peut-il demander une approbation, et qui examine&#xa0;?</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>Impossible de lire le workflow de consentement administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: the user sees &quot;Need admin approval&quot; with no way to ask for it, and no administrator hears of it.</source>
        <translation>Le workflow de consentement administrateur est désactivé&#xa0;: l&apos;utilisateur voit «&#xa0;Approbation administrateur nécessaire&#xa0;» sans pouvoir la demander, et aucun administrateur n&apos;en est informé.</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users cannot request apps they may not consent to.</source>
        <translation>Le workflow de consentement administrateur est désactivé&#xa0;: les utilisateurs ne peuvent pas demander les applications auxquelles ils ne peuvent pas consentir.</translation>
    </message>
    <message>
        <source>Turn on the workflow; its reviewers would be %1.</source>
        <extracomment>%1 is a list of reviewer names</extracomment>
        <translation>Activez le workflow&#xa0;; ses réviseurs seraient %1.</translation>
    </message>
    <message>
        <source>The workflow is on, but no reviewer can approve: %1</source>
        <translation>Le workflow est activé, mais aucun réviseur ne peut approuver&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workflow is on; reviewers: %1; requests expire after %n day(s).</source>
        <extracomment>%1 reviewer names, %2 number of days</extracomment>
        <translation>
            <numerusform>Le workflow est activé&#xa0;; réviseurs&#xa0;: %1&#xa0;; les demandes expirent après %n jour.</numerusform>
            <numerusform>Le workflow est activé&#xa0;; réviseurs&#xa0;: %1&#xa0;; les demandes expirent après %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is a request from this user waiting, and when does it expire?</source>
        <translation>Une demande de cet utilisateur est-elle en attente, et quand expire-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>The consent requests could not be read: %1</source>
        <translation>Impossible de lire les demandes de consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No request from %1 for %2.</source>
        <translation>Aucune demande de %1 pour %2.</translation>
    </message>
    <message>
        <source>%1&apos;s last request (%2) is closed: %3.</source>
        <extracomment>%1 user, %2 date, %3 the request&apos;s status (Expired, Completed)</extracomment>
        <translation>La dernière demande de %1 (%2) est close&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Nobody reviewed it in time; the user may request again.</source>
        <translation>Personne ne l&apos;a examinée à temps&#xa0;; l&apos;utilisateur peut la renouveler.</translation>
    </message>
    <message>
        <source>%1 asked on %2 and nobody reviewed it by %3, when it expired: the user may request again.</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date</extracomment>
        <translation>%1 a fait sa demande le %2 et personne ne l&apos;a examinée avant son expiration le %3&#xa0;: l&apos;utilisateur peut la renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date; followed by how many days are left</extracomment>
        <translation>
            <numerusform>%1 a fait sa demande le %2&#xa0;; elle attend un examen et expire le %3 (%n jour restant).</numerusform>
            <numerusform>%1 a fait sa demande le %2&#xa0;; elle attend un examen et expire le %3 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked on %2; the request is waiting for review (expiry unknown).</source>
        <translation>%1 a fait sa demande le %2&#xa0;; elle attend un examen (expiration inconnue).</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <extracomment>%1 is the user&apos;s justification, as they typed it</extracomment>
        <translation>Sa raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything it asks for is granted now; the request stays open in the Microsoft Entra admin center until someone reviews it there (Graph has no way to close it).</source>
        <translation>Tout ce qu&apos;elle demande est maintenant accordé&#xa0;; la demande reste ouverte dans le Centre d&apos;administration Microsoft Entra jusqu&apos;à ce que quelqu&apos;un l&apos;y examine (Graph ne permet pas de la clore).</translation>
    </message>
    <message>
        <source>Close the request in the Microsoft Entra admin center (Enterprise applications &gt; Admin consent requests).</source>
        <translation>Clôturez la demande dans le Centre d&apos;administration Microsoft Entra (Applications d&apos;entreprise &gt; Demandes de consentement administrateur).</translation>
    </message>
    <message>
        <source>Review the request: grant what it asks for (Consent requests), or deny it in the Microsoft Entra admin center.</source>
        <translation>Examinez la demande&#xa0;: accordez ce qu&apos;elle demande (Demandes de consentement), ou refusez-la dans le Centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>Your roles may not read the conditional access policies, so ConsentDesk cannot tell which apply.</source>
        <translation>Vos rôles ne permettent pas de lire les stratégies d&apos;accès conditionnel&#xa0;: ConsentDesk ne peut donc pas savoir lesquelles s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Ask the user which permissions the consent screen lists, and name them (Permissions asked for, or --scope in consentdesk-cli).</source>
        <translation>Demandez à l&apos;utilisateur quelles autorisations l&apos;écran de consentement affiche, et indiquez-les (Autorisations demandées, ou --scope dans consentdesk-cli).</translation>
    </message>
    <message>
        <source>Turn on the workflow with reviewers who can approve: choose them in Consent settings, or run %1 (it makes the holders of Cloud Application Administrator the reviewers).</source>
        <translation>Activez le workflow avec des réviseurs qui peuvent approuver&#xa0;: choisissez-les dans Paramètres de consentement, ou exécutez %1 (les titulaires du rôle Administrateur d&apos;application cloud deviennent les réviseurs).</translation>
    </message>
    <message>
        <source>Add a reviewer who holds a role that may grant consent: in Consent settings (the reviewers who cannot approve are selected), or run %1 — it replaces the reviewers with the holders of Cloud Application Administrator; name the others to keep with more --reviewer options.</source>
        <extracomment>%1 is a consentdesk-cli command</extracomment>
        <translation>Ajoutez un réviseur titulaire d&apos;un rôle qui peut accorder le consentement&#xa0;: dans Paramètres de consentement (les réviseurs qui ne peuvent pas approuver sont sélectionnés), ou exécutez %1 — il remplace les réviseurs par les titulaires du rôle Administrateur d&apos;application cloud&#xa0;; nommez les autres à conserver avec d&apos;autres options --reviewer.</translation>
    </message>
</context>
<context>
    <name>TroubleshootView</name>
    <message>
        <source>Troubleshoot</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect an app? Name both: ConsentDesk reads what decides it and says what to fix.</source>
        <translation>Pourquoi un utilisateur ne peut-il pas connecter une application&#xa0;? Indiquez les deux&#xa0;: ConsentDesk lit ce qui en décide et indique quoi corriger.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>sign-in name (UPN) or object ID</source>
        <translation>nom de connexion (UPN) ou ID d&apos;objet</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pplication&#xa0;:</translation>
    </message>
    <message>
        <source>application (client) ID, object ID or exact name</source>
        <translation>ID d&apos;application (client), ID d&apos;objet ou nom exact</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>Runs the troubleshooter&apos;s checks for the user and the app</extracomment>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Checks for this user and app</source>
        <translation>Vérifications pour cet utilisateur et cette application</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Why a user cannot connect an app: consent, assignment, blocks, conditional access, requests</source>
        <translation>Pourquoi un utilisateur ne peut pas connecter une application&#xa0;: consentement, affectation, blocages, accès conditionnel, demandes</translation>
    </message>
    <message>
        <source>Sign in to troubleshoot a user and an app.</source>
        <translation>Connectez-vous pour dépanner un utilisateur et une application.</translation>
    </message>
    <message>
        <source>Name a user and an app, then choose Check.</source>
        <translation>Indiquez un utilisateur et une application, puis choisissez Vérifier.</translation>
    </message>
    <message>
        <source>Name the user who cannot connect %1.</source>
        <translation>Indiquez l&apos;utilisateur qui ne peut pas connecter %1.</translation>
    </message>
    <message>
        <source>Name the app %1 cannot connect.</source>
        <translation>Indiquez l&apos;application que %1 ne peut pas connecter.</translation>
    </message>
    <message>
        <source>Reading what decides whether %1 can connect %2…</source>
        <translation>Lecture de ce qui décide si %1 peut connecter %2…</translation>
    </message>
    <message>
        <source>There is no user %1 in this tenant. Check the sign-in name (UPN) or object ID.</source>
        <translation>Aucun utilisateur %1 dans ce locataire. Vérifiez le nom de connexion (UPN) ou l&apos;ID d&apos;objet.</translation>
    </message>
    <message>
        <source>Several apps are named %1: give its application (client) ID.</source>
        <translation>Plusieurs applications s&apos;appellent %1&#xa0;: indiquez son ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>There is no app %1 in this tenant, and no consent request names it. Give its application (client) ID, object ID or exact name.</source>
        <translation>Aucune application %1 dans ce locataire, et aucune demande de consentement ne la nomme. Indiquez son ID d&apos;application (client), son ID d&apos;objet ou son nom exact.</translation>
    </message>
    <message>
        <source>The user or the app could not be read: %1</source>
        <translation>Impossible de lire l&apos;utilisateur ou l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 and %2:</source>
        <extracomment>%1 user&apos;s name, %2 app&apos;s name</extracomment>
        <translation>%1 et %2&#xa0;:</translation>
    </message>
    <message>
        <source>every check passes.</source>
        <translation>toutes les vérifications réussissent.</translation>
    </message>
    <message>
        <source>Choose a check to see what to do about it.</source>
        <translation>Choisissez une vérification pour voir quoi faire.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>Rien à faire ici.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à changer</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) gave a warning.</source>
        <translation>
            <numerusform>%n vérification a donné un avertissement.</numerusform>
            <numerusform>%n vérifications ont donné un avertissement.</numerusform>
        </translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1.</source>
        <extracomment>%1 is a list of directory role names</extracomment>
        <translation>Cette correction exige l&apos;un de ces rôles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1. Your roles: %2.</source>
        <extracomment>%1 and %2 are lists of directory role names</extracomment>
        <translation>Cette correction exige l&apos;un de ces rôles&#xa0;: %1. Vos rôles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Per&amp;missions asked for:</source>
        <translation>Autorisations de&amp;mandées&#xa0;:</translation>
    </message>
    <message>
        <source>optional, when no request says it: e.g. Mail.Read Calendars.ReadWrite</source>
        <translation>facultatif, si aucune demande ne les indique&#xa0;: par ex. Mail.Read Calendars.ReadWrite</translation>
    </message>
    <message>
        <source>One row per check of whether this user can use this app: its result and the evidence; select one to see its fix.</source>
        <translation>Une ligne par vérification de la possibilité pour cet utilisateur d&apos;utiliser cette application&#xa0;: son résultat et le constat&#xa0;; sélectionnez-en une pour voir sa correction.</translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>UserConsentEvaluator</name>
    <message>
        <source>%1 is an application permission: only an administrator can grant it.</source>
        <translation>%1 est une autorisation d&apos;application&#xa0;: seul un administrateur peut l&apos;accorder.</translation>
    </message>
    <message>
        <source>%1 of %2 always needs an administrator&apos;s consent.</source>
        <extracomment>%1 a permission, %2 the API that publishes it</extracomment>
        <translation>%1 de %2 exige toujours le consentement d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>The user consent setting could not be read.</source>
        <translation>Impossible de lire le paramètre de consentement de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>User consent is turned off in this tenant.</source>
        <translation>Le consentement de l&apos;utilisateur est désactivé dans ce locataire.</translation>
    </message>
    <message>
        <source>%1 is allowed by the user consent policy &quot;%2&quot;.</source>
        <extracomment>%1 a permission, %2 a permission grant policy&apos;s name</extracomment>
        <translation>%1 est autorisée par la stratégie de consentement de l&apos;utilisateur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Users may consent to any permission that does not need an administrator.</source>
        <translation>Les utilisateurs peuvent consentir à toute autorisation qui n&apos;exige pas d&apos;administrateur.</translation>
    </message>
    <message>
        <source>%1 is classified low impact and the app&apos;s publisher is verified.</source>
        <translation>%1 est classée à faible impact et l&apos;éditeur de l&apos;application est vérifié.</translation>
    </message>
    <message>
        <source>the app is not in this tenant yet, so its publisher&apos;s verification cannot be read</source>
        <translation>l&apos;application n&apos;est pas encore dans ce locataire&#xa0;: la vérification de son éditeur ne peut donc pas être lue</translation>
    </message>
    <message>
        <source>the app&apos;s publisher is not verified</source>
        <translation>l&apos;éditeur de l&apos;application n&apos;est pas vérifié</translation>
    </message>
    <message>
        <source>%1 is not classified low impact</source>
        <translation>%1 n&apos;est pas classée à faible impact</translation>
    </message>
    <message>
        <source>No user consent policy of this tenant allows %1 for this app.</source>
        <translation>Aucune stratégie de consentement de l&apos;utilisateur de ce locataire n&apos;autorise %1 pour cette application.</translation>
    </message>
    <message>
        <source>No user consent policy allows %1: %2.</source>
        <extracomment>%1 a permission, %2 reasons joined with &quot;and&quot;-free semicolons</extracomment>
        <translation>Aucune stratégie de consentement de l&apos;utilisateur n&apos;autorise %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation>Saisissez une partie d&apos;un nom, d&apos;un nom d&apos;utilisateur principal ou d&apos;une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>UserConsentSetting</name>
    <message>
        <source>Do not allow user consent</source>
        <translation>Ne pas autoriser le consentement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Allow user consent for apps from verified publishers, for selected permissions</source>
        <translation>Autoriser le consentement de l&apos;utilisateur pour les applications d&apos;éditeurs vérifiés, pour les autorisations sélectionnées</translation>
    </message>
    <message>
        <source>Allow user consent for apps</source>
        <translation>Autoriser le consentement de l&apos;utilisateur pour les applications</translation>
    </message>
    <message>
        <source>Let Microsoft manage your consent settings</source>
        <translation>Laisser Microsoft gérer vos paramètres de consentement</translation>
    </message>
    <message>
        <source>Custom app consent policy</source>
        <translation>Stratégie de consentement d&apos;application personnalisée</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation>Non vérifié&#xa0;: toutes les boîtes aux lettres, sauf si Exchange restreint l&apos;application</translation>
    </message>
    <message>
        <source>Reaches this mailbox (no access policy)</source>
        <translation>Accède à cette boîte aux lettres (aucune stratégie d&apos;accès)</translation>
    </message>
    <message>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation>Accède à cette boîte aux lettres (dans l&apos;étendue de l&apos;application)</translation>
    </message>
    <message>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation>Accès bloqué (hors de l&apos;étendue de l&apos;application)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Name, user principal name or mail address</source>
        <translation>Nom, nom d&apos;utilisateur principal ou adresse e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Utilisateurs trouvés</translation>
    </message>
    <message>
        <source>Consented by this user</source>
        <translation>Consentements de cet utilisateur</translation>
    </message>
    <message>
        <source>Admin-consented for everyone</source>
        <translation>Consentement administrateur pour tous</translation>
    </message>
    <message>
        <source>App roles</source>
        <translation>Rôles d&apos;application</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Application permissions</source>
        <translation>Autorisations d&apos;application</translation>
    </message>
    <message>
        <source>This user&apos;s mailbox</source>
        <translation>Boîte aux lettres de cet utilisateur</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>Accès à la boîte aux lettres</translation>
    </message>
    <message>
        <source>Sign in to look up users.</source>
        <translation>Connectez-vous pour rechercher des utilisateurs.</translation>
    </message>
    <message>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation>Recherchez un utilisateur pour voir ce qu&apos;il a accordé, et à qui.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Aucun utilisateur ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n utilisateur trouvé.</numerusform>
            <numerusform>%n utilisateurs trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what this user granted…</source>
        <translation>Lecture de ce que cet utilisateur a accordé…</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>Impossible de lire l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Utilisateur introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation>
            <numerusform>%n application ayant reçu le consentement de cet utilisateur</numerusform>
            <numerusform>%n applications ayant reçu le consentement de cet utilisateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation>
            <numerusform>membre de %n groupe</numerusform>
            <numerusform>membre de %n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>lecture partielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consented by this user (%1)</source>
        <translation>Consentements de cet utilisateur (%1)</translation>
    </message>
    <message>
        <source>Admin-consented for everyone (%1)</source>
        <translation>Consentement administrateur pour tous (%1)</translation>
    </message>
    <message>
        <source>App roles (%1)</source>
        <translation>Rôles d&apos;application (%1)</translation>
    </message>
    <message>
        <source>Mailbox access (%1)</source>
        <translation>Accès à la boîte aux lettres (%1)</translation>
    </message>
    <message>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation>Ce qu&apos;un utilisateur a accordé, et à qui (recherche pour le support technique)</translation>
    </message>
    <message>
        <source>Double-click an app to open it in Apps and permissions.</source>
        <translation>Double-cliquez sur une application pour l&apos;ouvrir dans Applications et autorisations.</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Rechercher un utilisateur</translation>
    </message>
    <message>
        <source>Permissions this user consented to</source>
        <translation>Autorisations auxquelles cet utilisateur a consenti</translation>
    </message>
    <message>
        <source>Permissions admin-consented for everyone</source>
        <translation>Autorisations avec consentement administrateur pour tous</translation>
    </message>
    <message>
        <source>App roles assigned to this user</source>
        <translation>Rôles d&apos;application attribués à cet utilisateur</translation>
    </message>
    <message>
        <source>Apps that can reach this user&apos;s mailbox</source>
        <translation>Applications pouvant accéder à la boîte aux lettres de cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot an app…</source>
        <extracomment>Opens the troubleshooter with this user filled in; the admin names the app</extracomment>
        <translation>&amp;Dépanner une application…</translation>
    </message>
    <message>
        <source>Why can&apos;t this user connect an app? Opens the troubleshooter with the user filled in.</source>
        <translation>Pourquoi cet utilisateur ne peut-il pas connecter une application&#xa0;? Ouvre l&apos;outil de dépannage avec l&apos;utilisateur renseigné.</translation>
    </message>
    <message>
        <source>One row per permission this user granted an app for themselves; double-click a row to open the app.</source>
        <translation>Une ligne par autorisation que cet utilisateur a accordée à une application pour lui-même&#xa0;; double-cliquez sur une ligne pour ouvrir l&apos;application.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted an app for everyone, this user included; double-click a row to open the app.</source>
        <translation>Une ligne par autorisation qu&apos;un administrateur a accordée à une application pour tous, cet utilisateur compris&#xa0;; double-cliquez sur une ligne pour ouvrir l&apos;application.</translation>
    </message>
    <message>
        <source>One row per app role assigned to this user; double-click a row to open the app.</source>
        <translation>Une ligne par rôle d&apos;application attribué à cet utilisateur&#xa0;; double-cliquez sur une ligne pour ouvrir l&apos;application.</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and whether Exchange lets it reach this user&apos;s mailbox; double-click a row to open the app.</source>
        <translation>Une ligne par application ayant des autorisations d&apos;application sur des boîtes aux lettres, et si Exchange la laisse atteindre la boîte aux lettres de cet utilisateur&#xa0;; double-cliquez sur une ligne pour ouvrir l&apos;application.</translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <source>Allow ConsentDesk to make changes</source>
        <translation>Autoriser ConsentDesk à effectuer des modifications</translation>
    </message>
    <message>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation>Vous vous êtes connecté avec un accès en lecture seule. Pour effectuer des modifications, ConsentDesk a besoin de ces autorisations déléguées. Il ne peut jamais faire plus que ce que votre propre rôle d&apos;annuaire permet.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Why ConsentDesk needs it</source>
        <translation>Pourquoi ConsentDesk en a besoin</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation>Continuer dans le navigateur</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Your browser opens to ask for them. If your organization requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation>Votre navigateur s&apos;ouvre pour les demander. Si votre organisation exige qu&apos;un administrateur les approuve, le navigateur l&apos;indique et rien ne change ici.</translation>
    </message>
    <message>
        <source>Permissions to allow, and why</source>
        <translation>Autorisations à accorder, et pourquoi</translation>
    </message>
    <message>
        <source>One row per permission ConsentDesk asks for to make changes, and why it needs it.</source>
        <translation>Une ligne par autorisation que ConsentDesk demande pour effectuer des modifications, et pourquoi il en a besoin.</translation>
    </message>
</context>
<context>
    <name>WriteRun</name>
    <message>
        <source>Roll back: %1</source>
        <translation>Retour arrière&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WriteRunner</name>
    <message>
        <source>Not sent: another change is still running.</source>
        <translation>Non envoyé&#xa0;: une autre modification est encore en cours.</translation>
    </message>
    <message>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation>Ignoré&#xa0;: un objet nécessaire (%1) n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation>Impossible de lire l&apos;état actuel, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: there is no activity journal, and ConsentDesk never changes a tenant without recording the change first.</source>
        <translation>Non envoyé&#xa0;: il n&apos;y a aucun journal d&apos;activité, et ConsentDesk ne modifie jamais un locataire sans enregistrer d&apos;abord la modification.</translation>
    </message>
    <message>
        <source>Skipped: the journal is not writable.</source>
        <translation>Ignoré&#xa0;: le journal n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation>Non envoyé&#xa0;: le journal n&apos;a pas pu l&apos;enregistrer (%1).</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came.</source>
        <translation>La connexion a été fermée avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>Skipped: an earlier change failed.</source>
        <translation>Ignoré&#xa0;: une modification précédente a échoué.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back, found the change not made, and sent it again: it was made.</source>
        <translation>La connexion a été coupée avant la réponse. ConsentDesk a relu le locataire, constaté que la modification n&apos;était pas faite et l&apos;a renvoyée&#xa0;: elle a été faite.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, on the first try and again when ConsentDesk sent the change once more. ConsentDesk read the tenant back: the change was made, once.</source>
        <translation>La connexion a été coupée avant la réponse, au premier essai et de nouveau quand ConsentDesk a renvoyé la modification. ConsentDesk a relu le locataire&#xa0;: la modification a été faite, une seule fois.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back: the change was made.</source>
        <translation>La connexion a été coupée avant la réponse. ConsentDesk a relu le locataire&#xa0;: la modification a été faite.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back and the change was not made, but the journal could not record that, so it was not sent again. Nothing changed; try again once the journal is writable.</source>
        <translation>La connexion a été coupée avant la réponse. ConsentDesk a relu le locataire et la modification n&apos;était pas faite, mais le journal n&apos;a pas pu l&apos;enregistrer&#xa0;: elle n&apos;a donc pas été renvoyée. Rien n&apos;a changé&#xa0;; réessayez quand le journal sera accessible en écriture.</translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped every time the change was sent (%n time(s)). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</source>
        <translation>
            <numerusform>La connexion a été coupée à chaque envoi de la modification (%n fois). ConsentDesk a relu le locataire après chacun&#xa0;: la modification n&apos;a pas été faite. Rien n&apos;a changé&#xa0;; vérifiez la connexion réseau et réessayez.</numerusform>
            <numerusform>La connexion a été coupée à chaque envoi de la modification (%n fois). ConsentDesk a relu le locataire après chacun&#xa0;: la modification n&apos;a pas été faite. Rien n&apos;a changé&#xa0;; vérifiez la connexion réseau et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, and ConsentDesk could not read the tenant back to check (%1). Whether the change was made is not known: it stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>La connexion a été coupée avant la réponse, et ConsentDesk n&apos;a pas pu relire le locataire pour vérifier (%1). On ne sait pas si la modification a été faite&#xa0;: elle reste en attente dans le journal d&apos;activité jusqu&apos;à ce que ConsentDesk puisse la vérifier. Consultez Activité avant de réessayer.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (%2).</source>
        <translation>Le service a répondu HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was made, so it is recorded as made.</source>
        <translation>ConsentDesk a relu le locataire&#xa0;: la modification a été effectuée&#xa0;; elle est donc enregistrée comme effectuée.</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was not made. Nothing changed; try again later.</source>
        <translation>ConsentDesk a relu le locataire&#xa0;: la modification n&apos;a pas été effectuée. Rien n&apos;a changé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>That does not say whether the change was made, and ConsentDesk could not read the tenant back to check (%1). It stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>Cela ne dit pas si la modification a été effectuée, et ConsentDesk n&apos;a pas pu relire le locataire pour le vérifier (%1). Elle reste en attente dans le journal d&apos;activité jusqu&apos;à ce que ConsentDesk puisse la vérifier. Consultez Activité avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation>Console d&apos;administration de bureau pour le consentement aux applications Microsoft 365 / Entra ID.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>Impossible d&apos;ouvrir l&apos;instantané</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2

Nothing was loaded. Open a complete snapshot file written by ConsentDesk.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2

Rien n&apos;a été chargé. Ouvrez un fichier d&apos;instantané complet écrit par ConsentDesk.</translation>
    </message>
</context>
</TS>
