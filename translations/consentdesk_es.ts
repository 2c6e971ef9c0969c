<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation>Pida a un administrador global o a un administrador de aplicaciones en la nube que conceda el consentimiento del administrador a ConsentDesk (Centro de administración de Entra → Registros de aplicaciones → ConsentDesk → Permisos de API → Conceder consentimiento del administrador) y, después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation>ConsentDesk no se ha aprobado para estos permisos</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation>Vuelva a iniciar sesión y acepte el mensaje de consentimiento. Si no puede dar su consentimiento usted mismo: %1</translation>
    </message>
    <message>
        <source>The consent prompt was declined</source>
        <translation>Se rechazó el mensaje de consentimiento</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation>Vuelva a iniciar sesión y elija Aceptar. Si el mensaje indica que se requiere aprobación: %1</translation>
    </message>
    <message>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation>Su inquilino necesita que un administrador apruebe el propio ConsentDesk</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation>Pida a un administrador global o a un administrador de aplicaciones en la nube que abra el vínculo de consentimiento del administrador de ConsentDesk (o que conceda el consentimiento del administrador en Centro de administración de Entra → Registros de aplicaciones → ConsentDesk → Permisos de API) y, después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation>ConsentDesk está esperando la aprobación de un administrador</translation>
    </message>
    <message>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation>Si envió una solicitud, espere a que un revisor la apruebe (recibirá un correo electrónico) y, después, vuelva a iniciar sesión. O bien: %1</translation>
    </message>
    <message>
        <source>Microsoft flagged this consent request as risky</source>
        <translation>Microsoft marcó esta solicitud de consentimiento como de riesgo</translation>
    </message>
    <message>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation>Microsoft consideró de riesgo la solicitud de permisos, por lo que solo un administrador puede dar su consentimiento.</translation>
    </message>
    <message>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation>Su cuenta no está asignada a ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation>La aplicación empresarial de ConsentDesk en su inquilino requiere la asignación de usuarios, y ni su cuenta ni ningún grupo al que pertenece están asignados.</translation>
    </message>
    <message>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation>Pida a un administrador que le asigne a usted (o a un grupo del que sea miembro) a ConsentDesk: Centro de administración de Entra → Aplicaciones empresariales → ConsentDesk → Usuarios y grupos.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation>Una directiva de acceso condicional bloqueó el inicio de sesión</translation>
    </message>
    <message>
        <source>Security defaults blocked the sign-in</source>
        <translation>Los valores predeterminados de seguridad bloquearon el inicio de sesión</translation>
    </message>
    <message>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation>Los valores predeterminados de seguridad de su inquilino requieren algo que este inicio de sesión no proporcionó, normalmente el registro de la autenticación multifactor.</translation>
    </message>
    <message>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Complete el registro de la autenticación multifactor en el explorador, o pida a un administrador que revise la entrada del registro de inicio de sesión con el id. de correlación que se muestra a continuación.</translation>
    </message>
    <message>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation>El registro de aplicación no permite la dirección de redirección de ConsentDesk</translation>
    </message>
    <message>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation>El registro de aplicación solo acepta inicios de sesión en su propio inquilino</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation>El registro de aplicación de ConsentDesk es de un solo inquilino, pero el perfil inicia sesión en &quot;organizations&quot; o &quot;common&quot; en lugar de en un inquilino concreto.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation>Establezca como inquilino del perfil su id. de inquilino o un dominio comprobado (por ejemplo, contoso.onmicrosoft.com) y, después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation>Un servicio que ConsentDesk necesita no está en su inquilino</translation>
    </message>
    <message>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation>El recurso para el que ConsentDesk solicitó un token (por ejemplo, Exchange Online) no tiene ninguna entidad de servicio en su inquilino: el servicio no tiene licencia o nunca se habilitó.</translation>
    </message>
    <message>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation>Compruebe que el inquilino tiene el servicio (Exchange Online para limitar el ámbito de los buzones). Las características que lo necesitan no estarán disponibles hasta que exista.</translation>
    </message>
    <message>
        <source>A client secret was sent for a public client</source>
        <translation>Se envió un secreto de cliente para un cliente público</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation>El registro de aplicación de ConsentDesk es un cliente público (una aplicación de escritorio), y los clientes públicos no deben presentar ningún secreto. Algo envió uno.</translation>
    </message>
    <message>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation>Quite cualquier secreto de cliente del perfil o del entorno de ConsentDesk. ConsentDesk inicia sesión con PKCE y nunca necesita un secreto.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app</source>
        <translation>El registro de aplicación está configurado como aplicación web</translation>
    </message>
    <message>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation>Entra espera un secreto de cliente porque el URI de redirección de ConsentDesk está registrado en la plataforma &quot;Web&quot;. ConsentDesk es una aplicación de escritorio y nunca usa un secreto.</translation>
    </message>
    <message>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation>Compruebe con un administrador que el servicio (Microsoft Graph, o Exchange Online para limitar el ámbito de los buzones) está habilitado para el inquilino.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation>Al registro de aplicación de ConsentDesk le falta un permiso</translation>
    </message>
    <message>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation>El registro de aplicación no incluye un permiso que ConsentDesk solicitó, o un administrador no le ha dado su consentimiento.</translation>
    </message>
    <message>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation>Agregue los permisos de ConsentDesk (README: &quot;Registering ConsentDesk in your tenant&quot;) a los permisos de API del registro de aplicación y conceda el consentimiento del administrador.</translation>
    </message>
    <message>
        <source>The app registration does not list this API</source>
        <translation>El registro de aplicación no incluye esta API</translation>
    </message>
    <message>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation>ConsentDesk solicitó un token para una API (como Office 365 Exchange Online) que no figura en los permisos requeridos del registro de aplicación.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation>Agregue la API en Registros de aplicaciones → ConsentDesk → Permisos de API (Office 365 Exchange Online → Exchange.Manage para limitar el ámbito de los buzones) y conceda el consentimiento del administrador.</translation>
    </message>
    <message>
        <source>The client ID was not found in this tenant</source>
        <translation>No se encontró el id. de cliente en este inquilino</translation>
    </message>
    <message>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation>No existe ninguna aplicación con el id. de cliente del perfil en el inquilino en el que inició sesión. Puede que el id. esté mal escrito o que la aplicación esté registrada en otro inquilino.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation>Vuelva a copiar el Id. de aplicación (cliente) y el Id. de directorio (inquilino) en el perfil desde la página Información general del registro de aplicación de ConsentDesk.</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Debe volver a iniciar sesión</translation>
    </message>
    <message>
        <source>There is no browser session to sign you in silently.</source>
        <translation>No hay ninguna sesión del explorador para iniciar su sesión de forma silenciosa.</translation>
    </message>
    <message>
        <source>Sign in interactively.</source>
        <translation>Inicie sesión de forma interactiva.</translation>
    </message>
    <message>
        <source>This sign-in answer was already used</source>
        <translation>Esta respuesta de inicio de sesión ya se usó</translation>
    </message>
    <message>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation>El código de autorización del explorador solo se puede usar una vez, y ya se usó.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Vuelva a iniciar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>Su inicio de sesión ha expirado</translation>
    </message>
    <message>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation>El inicio de sesión guardado expiró porque no se usó durante mucho tiempo, o se revocó (cambio de contraseña, cierre de sesión en todas partes, acción de un administrador).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified</source>
        <translation>No se pudo comprobar el inicio de sesión</translation>
    </message>
    <message>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation>La prueba de que fue este ConsentDesk quien comenzó el inicio de sesión (comprobador de código PKCE) no coincidió.</translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation>Vuelva a iniciar el inicio de sesión. Si vuelve a ocurrir, notifíquelo con el id. de correlación que se muestra a continuación.</translation>
    </message>
    <message>
        <source>Your stored sign-in was revoked</source>
        <translation>Se revocó su inicio de sesión guardado</translation>
    </message>
    <message>
        <source>The identity platform revoked the stored sign-in: the password changed, or an administrator (or you, with &quot;sign out everywhere&quot;) revoked your sessions.</source>
        <translation>La plataforma de identidad revocó el inicio de sesión guardado: la contraseña cambió, o un administrador (o usted, con &quot;cerrar sesión en todas partes&quot;) revocó sus sesiones.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required</source>
        <translation>Se requiere autenticación multifactor</translation>
    </message>
    <message>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation>Vuelva a iniciar sesión y complete la verificación multifactor en el explorador.</translation>
    </message>
    <message>
        <source>That account does not exist in this tenant</source>
        <translation>Esa cuenta no existe en este inquilino</translation>
    </message>
    <message>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation>El nombre de usuario no se conoce en el inquilino de este perfil.</translation>
    </message>
    <message>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation>Compruebe el nombre de usuario o elija el perfil del inquilino al que pertenece la cuenta.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>La cuenta está deshabilitada</translation>
    </message>
    <message>
        <source>An administrator disabled this account.</source>
        <translation>Un administrador deshabilitó esta cuenta.</translation>
    </message>
    <message>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation>Pida a un administrador que habilite la cuenta, o inicie sesión con otra.</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>No se encontró el inquilino</translation>
    </message>
    <message>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation>Ningún inquilino de esta nube coincide con el id. de inquilino o el dominio del perfil.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation>Compruebe el inquilino del perfil (el Id. de directorio (inquilino) o un dominio comprobado) y su nube.</translation>
    </message>
    <message>
        <source>A requested permission does not exist</source>
        <translation>No existe un permiso solicitado</translation>
    </message>
    <message>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation>La plataforma de identidad no conoce en esta nube uno de los permisos que solicitó ConsentDesk.</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation>Compruebe que la nube del perfil es la correcta. Si lo es, notifique el mensaje que se muestra a continuación.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation>Su inicio de sesión ya no es válido</translation>
    </message>
    <message>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation>La plataforma de identidad no aceptó el inicio de sesión guardado: expiró, se revocó o ya se usó.</translation>
    </message>
    <message>
        <source>You need to sign in in the browser</source>
        <translation>Debe iniciar sesión en el explorador</translation>
    </message>
    <message>
        <source>Sign in again; the browser will open.</source>
        <translation>Vuelva a iniciar sesión; se abrirá el explorador.</translation>
    </message>
    <message>
        <source>Consent is needed</source>
        <translation>Se necesita consentimiento</translation>
    </message>
    <message>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation>ConsentDesk necesita un permiso al que aún no se ha dado consentimiento.</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Vuelva a iniciar sesión y acepte el mensaje de consentimiento, o pida a un administrador global o a un administrador de aplicaciones en la nube que conceda el consentimiento del administrador a ConsentDesk.</translation>
    </message>
    <message>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>Vuelva a iniciar sesión. Si la página indica que se requiere la aprobación de un administrador, pida a un administrador global o a un administrador de aplicaciones en la nube que conceda el consentimiento del administrador a ConsentDesk.</translation>
    </message>
    <message>
        <source>The app registration does not accept this sign-in</source>
        <translation>El registro de aplicación no acepta este inicio de sesión</translation>
    </message>
    <message>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation>El id. de cliente es incorrecto, o el registro de aplicación no está configurado como cliente de escritorio (público).</translation>
    </message>
    <message>
        <source>The identity platform rejected the sign-in request</source>
        <translation>La plataforma de identidad rechazó la solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation>No se aceptó un parámetro de la solicitud (el mensaje que se muestra a continuación indica cuál).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation>Compruebe el inquilino, el id. de cliente y la nube del perfil. Si son correctos, notifique el mensaje y el id. de correlación que se muestran a continuación.</translation>
    </message>
    <message>
        <source>The sign-in service is having problems</source>
        <translation>El servicio de inicio de sesión tiene problemas</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation>La plataforma de identidad de Microsoft no pudo procesar la solicitud en este momento.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>Espere unos minutos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation>Después de iniciar sesión, el explorador vuelve a ConsentDesk en http://127.0.0.1 en un puerto aleatorio. El registro de aplicación de ConsentDesk no incluye ese URI de redirección.</translation>
    </message>
    <message>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://127.0.0.1 (no port). If the portal refuses an http address, add it in the registration&apos;s Manifest (see the README).</source>
        <translation>En Centro de administración de Entra → Registros de aplicaciones → ConsentDesk → Autenticación, agregue la plataforma &quot;Aplicaciones móviles y de escritorio&quot; con el URI de redirección http://127.0.0.1 (sin puerto). Si el portal rechaza una dirección http, agréguela en el Manifiesto del registro (consulte el README).</translation>
    </message>
    <message>
        <source>In App registrations → ConsentDesk → Authentication, remove ConsentDesk&apos;s loopback redirect URI from &quot;Web&quot; and add http://127.0.0.1 under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation>En Registros de aplicaciones → ConsentDesk → Autenticación, quite el URI de redirección de bucle invertido de ConsentDesk de &quot;Web&quot; y agregue http://127.0.0.1 en &quot;Aplicaciones móviles y de escritorio&quot;; después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s client ID, and that http://127.0.0.1 is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation>Compruebe el id. de cliente del perfil y que http://127.0.0.1 está registrado en &quot;Aplicaciones móviles y de escritorio&quot;.</translation>
    </message>
    <message>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organization.</source>
        <translation>Nadie ha dado su consentimiento para que ConsentDesk use uno de los permisos que solicitó: ni usted ni un administrador en nombre de toda la organización.</translation>
    </message>
    <message>
        <source>The permission prompt was canceled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation>El mensaje de permisos se canceló o se rechazó, por lo que ConsentDesk no obtuvo los permisos que necesita. Esto también ocurre si sale de la página &quot;Se requiere aprobación&quot;.</translation>
    </message>
    <message>
        <source>Your organization does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation>Su organización no permite que los usuarios den su consentimiento a los permisos que solicita ConsentDesk, y el flujo de trabajo de consentimiento del administrador está desactivado, por lo que no pudo solicitar la aprobación.</translation>
    </message>
    <message>
        <source>Your organization requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation>Su organización requiere la aprobación de un administrador para los permisos de ConsentDesk. El flujo de trabajo de consentimiento del administrador está activado, por lo que la página de inicio de sesión le ofreció enviar una solicitud a los revisores.</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organization set up.</source>
        <translation>Pida a un administrador global o a un administrador de aplicaciones en la nube que revise el registro de aplicación de ConsentDesk y conceda el consentimiento del administrador si es el que configuró su organización.</translation>
    </message>
    <message>
        <source>One of your organization&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation>Una de las directivas de acceso condicional de su organización no permite este inicio de sesión (por ejemplo, por el dispositivo, la ubicación o la aplicación).</translation>
    </message>
    <message>
        <source>Sign in from a device and network your organization allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Inicie sesión desde un dispositivo y una red que su organización permita, o pida a un administrador de seguridad que revise la entrada del registro de inicio de sesión con el id. de correlación que se muestra a continuación.</translation>
    </message>
    <message>
        <source>Your organization has not enabled a service ConsentDesk asked for</source>
        <translation>Su organización no ha habilitado un servicio que ConsentDesk solicitó</translation>
    </message>
    <message>
        <source>ConsentDesk asked for access to a service that your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>ConsentDesk solicitó acceso a un servicio al que su organización no está suscrita o que no ha habilitado, o cuya entidad de servicio está deshabilitada.</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication for this sign-in.</source>
        <translation>Su organización requiere autenticación multifactor para este inicio de sesión.</translation>
    </message>
    <message>
        <source>Your organization requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation>Su organización requiere algo que solo el explorador puede proporcionar (autenticación multifactor, términos de uso, un inicio de sesión reciente).</translation>
    </message>
    <message>
        <source>Sign-in was canceled or denied</source>
        <translation>Se canceló o se denegó el inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in page was closed, consent was declined, or your organization denied access.</source>
        <translation>Se cerró la página de inicio de sesión, se rechazó el consentimiento o su organización denegó el acceso.</translation>
    </message>
    <message>
        <source>An administrator who may grant admin consent: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Un administrador que puede conceder el consentimiento del administrador: Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
    <message>
        <source>The app&apos;s developer or publisher; an administrator of your tenant cannot change it.</source>
        <translation>El desarrollador o editor de la aplicación; un administrador de su inquilino no puede cambiarlo.</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>El usuario.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app yet</source>
        <translation>Nadie ha dado aún su consentimiento a la aplicación</translation>
    </message>
    <message>
        <source>The app needs a permission that nobody has consented to yet, and it could not ask the user without showing the consent prompt.</source>
        <translation>La aplicación necesita un permiso al que nadie ha dado aún su consentimiento, y no pudo preguntar al usuario sin mostrar la solicitud de consentimiento.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions themselves; if not, review the app and grant admin consent for what it needs.</source>
        <translation>Compruebe si el usuario puede dar su consentimiento a estos permisos por sí mismo; si no, revise la aplicación y conceda el consentimiento del administrador para lo que necesita.</translation>
    </message>
    <message>
        <source>The user did not consent</source>
        <translation>El usuario no dio su consentimiento</translation>
    </message>
    <message>
        <source>The user canceled the sign-in or declined consent, or the organization does not let them consent and they left the approval page.</source>
        <translation>El usuario canceló el inicio de sesión o rechazó el consentimiento, o la organización no le permite dar su consentimiento y abandonó la página de aprobación.</translation>
    </message>
    <message>
        <source>Look for a consent request from the user and decide it; otherwise check why the user could not consent to the app.</source>
        <translation>Busque una solicitud de consentimiento del usuario y resuélvala; si no la hay, compruebe por qué el usuario no pudo dar su consentimiento a la aplicación.</translation>
    </message>
    <message>
        <source>The user must sign in interactively</source>
        <translation>El usuario debe iniciar sesión de forma interactiva</translation>
    </message>
    <message>
        <source>The app tried to sign the user in silently, but something needs the user in the browser: multi-factor authentication, a Conditional Access requirement, terms of use or consent.</source>
        <translation>La aplicación intentó iniciar la sesión del usuario en segundo plano, pero algo requiere al usuario en el explorador: autenticación multifactor, un requisito de acceso condicional, términos de uso o consentimiento.</translation>
    </message>
    <message>
        <source>The user signs in to the app interactively. If they are blocked there, check which Conditional Access policies apply to this user and app.</source>
        <translation>El usuario inicia sesión en la aplicación de forma interactiva. Si allí se bloquea, compruebe qué directivas de acceso condicional se aplican a este usuario y esta aplicación.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in for the user expired</source>
        <translation>El inicio de sesión de la aplicación para el usuario ha expirado</translation>
    </message>
    <message>
        <source>The app&apos;s stored sign-in for the user is no longer valid: it expired, was revoked (password change, sessions revoked) or a condition such as multi-factor authentication is now required.</source>
        <translation>El inicio de sesión guardado de la aplicación para el usuario ya no es válido: expiró, se revocó (cambio de contraseña, sesiones revocadas) o ahora se exige una condición como la autenticación multifactor.</translation>
    </message>
    <message>
        <source>The user signs in to the app again. Nothing needs to change in the tenant.</source>
        <translation>El usuario vuelve a iniciar sesión en la aplicación. No hay que cambiar nada en el inquilino.</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request is wrong</source>
        <translation>La solicitud de inicio de sesión de la aplicación es incorrecta</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (client ID, secret, redirect address or a requested permission).</source>
        <translation>La solicitud de inicio de sesión de la aplicación no coincide con su registro de aplicación (id. de cliente, secreto, dirección de redireccionamiento o un permiso solicitado).</translation>
    </message>
    <message>
        <source>Send the message and its correlation ID to the app&apos;s developer.</source>
        <translation>Envíe el mensaje y su id. de correlación al desarrollador de la aplicación.</translation>
    </message>
    <message>
        <source>The identity platform is having problems</source>
        <translation>La plataforma de identidad tiene problemas</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the sign-in right now.</source>
        <translation>La plataforma de identidad de Microsoft no pudo procesar el inicio de sesión en este momento.</translation>
    </message>
    <message>
        <source>Nobody in your tenant; it passes.</source>
        <translation>Nadie en su inquilino; se resolverá solo.</translation>
    </message>
    <message>
        <source>The user tries again in a few minutes.</source>
        <translation>El usuario vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Nobody has consented to the app using this permission: neither the user nor an administrator for the whole organization.</source>
        <translation>Nadie ha dado su consentimiento para que la aplicación use este permiso: ni el usuario ni un administrador para toda la organización.</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions; if not, review the app and grant admin consent for the permissions it needs.</source>
        <translation>Compruebe si el usuario puede dar su consentimiento a estos permisos; si no, revise la aplicación y conceda el consentimiento del administrador para los permisos que necesita.</translation>
    </message>
    <message>
        <source>The user declined consent</source>
        <translation>El usuario rechazó el consentimiento</translation>
    </message>
    <message>
        <source>The user declined or canceled the consent prompt. It also happens when the user leaves the &quot;Need admin approval&quot; or &quot;Approval required&quot; page.</source>
        <translation>El usuario rechazó o canceló la solicitud de consentimiento. También ocurre cuando el usuario abandona la página &quot;Se necesita la aprobación del administrador&quot; o &quot;Se requiere aprobación&quot;.</translation>
    </message>
    <message>
        <source>The user, or an administrator who reviews consent requests.</source>
        <translation>El usuario, o un administrador que revisa las solicitudes de consentimiento.</translation>
    </message>
    <message>
        <source>If the user sent a request for approval, approve or deny it in Consent requests; otherwise the user signs in again and accepts.</source>
        <translation>Si el usuario envió una solicitud de aprobación, apruébela o deniéguela en Solicitudes de consentimiento; si no, el usuario vuelve a iniciar sesión y acepta.</translation>
    </message>
    <message>
        <source>The user needs admin approval, and cannot ask for it</source>
        <translation>El usuario necesita la aprobación del administrador y no puede solicitarla</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for (the user consent setting, or a permission only an administrator can grant), and the admin consent workflow is off, so the user could not even request approval. The user saw &quot;Need admin approval&quot;.</source>
        <translation>El usuario no puede dar su consentimiento a lo que pide la aplicación (por la configuración de consentimiento del usuario, o por un permiso que solo un administrador puede conceder), y el flujo de trabajo de consentimiento del administrador está desactivado, así que el usuario ni siquiera pudo solicitar la aprobación. El usuario vio &quot;Se necesita la aprobación del administrador&quot;.</translation>
    </message>
    <message>
        <source>Review the app and grant admin consent if your organization should use it; turn on the admin consent workflow with reviewers so users can request approval next time.</source>
        <translation>Revise la aplicación y conceda el consentimiento del administrador si su organización debe usarla; active el flujo de trabajo de consentimiento del administrador con revisores para que los usuarios puedan solicitar la aprobación la próxima vez.</translation>
    </message>
    <message>
        <source>The user asked for admin approval</source>
        <translation>El usuario solicitó la aprobación del administrador</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for. The admin consent workflow is on, so the user saw &quot;Approval required&quot; and could send a request to the reviewers.</source>
        <translation>El usuario no puede dar su consentimiento a lo que pide la aplicación. El flujo de trabajo de consentimiento del administrador está activado, así que el usuario vio &quot;Se requiere aprobación&quot; y pudo enviar una solicitud a los revisores.</translation>
    </message>
    <message>
        <source>A reviewer of the admin consent workflow who may grant admin consent.</source>
        <translation>Un revisor del flujo de trabajo de consentimiento del administrador que puede conceder el consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Find the user&apos;s request in Consent requests and approve or deny it. If nobody received it, check the workflow&apos;s reviewers in the consent settings.</source>
        <translation>Busque la solicitud del usuario en Solicitudes de consentimiento y apruébela o deniéguela. Si nadie la recibió, compruebe los revisores del flujo de trabajo en la configuración de consentimiento.</translation>
    </message>
    <message>
        <source>Microsoft flagged the app as risky</source>
        <translation>Microsoft marcó la aplicación como arriesgada</translation>
    </message>
    <message>
        <source>Microsoft judged the consent request risky, so users cannot consent to it; only an administrator can.</source>
        <translation>Microsoft consideró arriesgada la solicitud de consentimiento, así que los usuarios no pueden dar su consentimiento; solo un administrador puede hacerlo.</translation>
    </message>
    <message>
        <source>Review the app&apos;s publisher and permissions before anything else; grant admin consent only if you trust it.</source>
        <translation>Revise antes que nada el editor y los permisos de la aplicación; conceda el consentimiento del administrador solo si confía en ella.</translation>
    </message>
    <message>
        <source>The user is not assigned to the app</source>
        <translation>El usuario no está asignado a la aplicación</translation>
    </message>
    <message>
        <source>The app requires user assignment, and neither the user nor a group they belong to is assigned to it.</source>
        <translation>La aplicación requiere asignación de usuarios, y ni el usuario ni un grupo al que pertenece están asignados a ella.</translation>
    </message>
    <message>
        <source>An administrator who may manage the app&apos;s users and groups (Cloud Application Administrator, Application Administrator, or an owner of the app).</source>
        <translation>Un administrador que puede administrar los usuarios y grupos de la aplicación (Administrador de aplicaciones en la nube, Administrador de aplicaciones o un propietario de la aplicación).</translation>
    </message>
    <message>
        <source>Assign the user, or a group they are in, to the app; or turn off &quot;Assignment required&quot; if everyone may use it.</source>
        <translation>Asigne a la aplicación el usuario o un grupo al que pertenece; o desactive &quot;Asignación requerida&quot; si todos pueden usarla.</translation>
    </message>
    <message>
        <source>Conditional Access blocked the sign-in</source>
        <translation>El acceso condicional bloqueó el inicio de sesión</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the user&apos;s sign-in to this app (because of the user, the app, the device, the location or the risk).</source>
        <translation>Una directiva de acceso condicional bloqueó el inicio de sesión del usuario en esta aplicación (por el usuario, la aplicación, el dispositivo, la ubicación o el riesgo).</translation>
    </message>
    <message>
        <source>A Conditional Access Administrator or Security Administrator.</source>
        <translation>Un Administrador de acceso condicional o un Administrador de seguridad.</translation>
    </message>
    <message>
        <source>See which Conditional Access policies apply to this user and app; the sign-in log entry with the correlation ID names the one that blocked.</source>
        <translation>Consulte qué directivas de acceso condicional se aplican a este usuario y esta aplicación; la entrada del registro de inicio de sesión con el id. de correlación indica la que bloqueó.</translation>
    </message>
    <message>
        <source>The app needs a managed device</source>
        <translation>La aplicación necesita un dispositivo administrado</translation>
    </message>
    <message>
        <source>A Conditional Access policy allows this app only from a device the organization manages, and the user signed in from another one.</source>
        <translation>Una directiva de acceso condicional solo permite esta aplicación desde un dispositivo que administra la organización, y el usuario inició sesión desde otro.</translation>
    </message>
    <message>
        <source>The user (from a managed device), or a Conditional Access Administrator.</source>
        <translation>El usuario (desde un dispositivo administrado), o un Administrador de acceso condicional.</translation>
    </message>
    <message>
        <source>The user signs in from a compliant or joined device. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>El usuario inicia sesión desde un dispositivo compatible o unido. Para ver qué directiva lo exige, compruebe las directivas que se aplican a este usuario y esta aplicación.</translation>
    </message>
    <message>
        <source>The tenant&apos;s security defaults blocked the sign-in, usually because the user has not registered for multi-factor authentication.</source>
        <translation>Los valores predeterminados de seguridad del inquilino bloquearon el inicio de sesión, normalmente porque el usuario no se ha registrado para la autenticación multifactor.</translation>
    </message>
    <message>
        <source>The user completes the multi-factor authentication registration.</source>
        <translation>El usuario completa el registro para la autenticación multifactor.</translation>
    </message>
    <message>
        <source>The sign-in needs multi-factor authentication (a Conditional Access policy or a per-user setting), and the app asked without it.</source>
        <translation>El inicio de sesión requiere autenticación multifactor (por una directiva de acceso condicional o una configuración por usuario), y la aplicación lo solicitó sin ella.</translation>
    </message>
    <message>
        <source>The user signs in interactively and completes multi-factor authentication. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>El usuario inicia sesión de forma interactiva y completa la autenticación multifactor. Para ver qué directiva lo exige, compruebe las directivas que se aplican a este usuario y esta aplicación.</translation>
    </message>
    <message>
        <source>The user must register for multi-factor authentication</source>
        <translation>El usuario debe registrarse para la autenticación multifactor</translation>
    </message>
    <message>
        <source>The organization requires multi-factor authentication for this sign-in, and the user has not registered a verification method yet.</source>
        <translation>La organización exige autenticación multifactor para este inicio de sesión, y el usuario aún no ha registrado ningún método de verificación.</translation>
    </message>
    <message>
        <source>The user registers a verification method (https://aka.ms/mysecurityinfo) and signs in again.</source>
        <translation>El usuario registra un método de verificación (https://aka.ms/mysecurityinfo) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The account is not in your tenant</source>
        <translation>La cuenta no pertenece a su inquilino</translation>
    </message>
    <message>
        <source>The account the user signed in with is not a member or guest of your tenant (a personal Microsoft account, or an account of another organization).</source>
        <translation>La cuenta con la que el usuario inició sesión no es miembro ni invitado de su inquilino (una cuenta Microsoft personal o una cuenta de otra organización).</translation>
    </message>
    <message>
        <source>The user (with the right account), or an administrator who may invite guests.</source>
        <translation>El usuario (con la cuenta correcta), o un administrador que puede invitar a invitados.</translation>
    </message>
    <message>
        <source>The user signs in with their account in your tenant; if they are external, invite them as a guest first.</source>
        <translation>El usuario inicia sesión con su cuenta de su inquilino; si es externo, invítelo primero como invitado.</translation>
    </message>
    <message>
        <source>The app asks for an API it does not list</source>
        <translation>La aplicación solicita una API que no declara</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API does not exist in your tenant.</source>
        <translation>La aplicación solicitó acceso a una API que no figura entre los permisos requeridos de su registro de aplicación, o esa API no existe en su inquilino.</translation>
    </message>
    <message>
        <source>Send the message to the app&apos;s developer. If the API is a service your tenant lacks, it cannot be consented to until it exists.</source>
        <translation>Envíe el mensaje al desarrollador de la aplicación. Si la API es un servicio que su inquilino no tiene, no se puede dar el consentimiento hasta que exista.</translation>
    </message>
    <message>
        <source>The API the app calls is not in your tenant</source>
        <translation>La API que llama la aplicación no está en su inquilino</translation>
    </message>
    <message>
        <source>The API the app asked a token for has no service principal in your tenant: the service is not licensed or enabled, or nobody ever consented to an app using it.</source>
        <translation>La API para la que la aplicación pidió un token no tiene entidad de servicio en su inquilino: el servicio no tiene licencia o no está habilitado, o nadie ha dado nunca su consentimiento a una aplicación que lo use.</translation>
    </message>
    <message>
        <source>An administrator who may add enterprise applications.</source>
        <translation>Un administrador que puede agregar aplicaciones empresariales.</translation>
    </message>
    <message>
        <source>Check that your tenant has the service the app calls; an administrator&apos;s consent to the app usually adds the missing service principal.</source>
        <translation>Compruebe que su inquilino tiene el servicio que llama la aplicación; el consentimiento de un administrador a la aplicación suele agregar la entidad de servicio que falta.</translation>
    </message>
    <message>
        <source>A service the app needs is not enabled</source>
        <translation>Un servicio que necesita la aplicación no está habilitado</translation>
    </message>
    <message>
        <source>The app asked for a service your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>La aplicación solicitó un servicio al que su organización no está suscrita o que no ha habilitado, o cuya entidad de servicio está deshabilitada.</translation>
    </message>
    <message>
        <source>An administrator who manages your subscriptions.</source>
        <translation>Un administrador que administra sus suscripciones.</translation>
    </message>
    <message>
        <source>Check that the service the app needs is licensed and enabled in your tenant.</source>
        <translation>Compruebe que el servicio que necesita la aplicación tiene licencia y está habilitado en su inquilino.</translation>
    </message>
    <message>
        <source>The app was not found in your tenant</source>
        <translation>No se encontró la aplicación en su inquilino</translation>
    </message>
    <message>
        <source>No app with the client ID in the message exists in the tenant the user signed in to: the ID is mistyped, the app is registered in another tenant, or it was deleted.</source>
        <translation>No existe ninguna aplicación con el id. de cliente del mensaje en el inquilino en el que inició sesión el usuario: el id. está mal escrito, la aplicación está registrada en otro inquilino o se eliminó.</translation>
    </message>
    <message>
        <source>Check the app ID in the message; if it is right, the app&apos;s developer must make the app available to other tenants.</source>
        <translation>Compruebe el id. de aplicación del mensaje; si es correcto, el desarrollador de la aplicación debe ponerla a disposición de otros inquilinos.</translation>
    </message>
    <message>
        <source>The app&apos;s registration does not fit its sign-in</source>
        <translation>El registro de la aplicación no coincide con su inicio de sesión</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (its redirect address, audience, permissions or credentials).</source>
        <translation>La solicitud de inicio de sesión de la aplicación no coincide con su registro de aplicación (dirección de redireccionamiento, audiencia, permisos o credenciales).</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in expired</source>
        <translation>El inicio de sesión del usuario ha expirado</translation>
    </message>
    <message>
        <source>The user&apos;s session or stored sign-in for the app expired or was revoked (password change, sessions revoked, or not used for a long time).</source>
        <translation>La sesión o el inicio de sesión guardado del usuario para la aplicación expiró o se revocó (cambio de contraseña, sesiones revocadas o sin uso durante mucho tiempo).</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>La cuenta no existe</translation>
    </message>
    <message>
        <source>The user name does not exist in the tenant the user signed in to.</source>
        <translation>El nombre de usuario no existe en el inquilino en el que inició sesión el usuario.</translation>
    </message>
    <message>
        <source>The user checks the user name, or signs in to the tenant their account belongs to.</source>
        <translation>El usuario comprueba el nombre de usuario, o inicia sesión en el inquilino al que pertenece su cuenta.</translation>
    </message>
    <message>
        <source>The user&apos;s account is disabled.</source>
        <translation>La cuenta del usuario está deshabilitada.</translation>
    </message>
    <message>
        <source>A User Administrator.</source>
        <translation>Un Administrador de usuarios.</translation>
    </message>
    <message>
        <source>Enable the account if the user should work again.</source>
        <translation>Habilite la cuenta si el usuario debe volver a trabajar.</translation>
    </message>
    <message>
        <source>The tenant in the sign-in request does not exist in this cloud.</source>
        <translation>El inquilino de la solicitud de inicio de sesión no existe en esta nube.</translation>
    </message>
    <message>
        <source>Check the tenant ID or domain the app signs in to.</source>
        <translation>Compruebe el id. de inquilino o el dominio en el que inicia sesión la aplicación.</translation>
    </message>
    <message>
        <source>You need to register for multi-factor authentication</source>
        <translation>Debe registrarse para la autenticación multifactor</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication, and your account has no verification method registered yet.</source>
        <translation>Su organización exige autenticación multifactor, y su cuenta aún no tiene ningún método de verificación registrado.</translation>
    </message>
    <message>
        <source>Sign in again and register a verification method when the browser asks for it.</source>
        <translation>Vuelva a iniciar sesión y registre un método de verificación cuando el explorador se lo pida.</translation>
    </message>
    <message>
        <source>This sign-in needs a managed device</source>
        <translation>Este inicio de sesión requiere un dispositivo administrado</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization allows this sign-in only from a device your organization manages (compliant or joined).</source>
        <translation>Una directiva de acceso condicional de su organización solo permite este inicio de sesión desde un dispositivo que administra su organización (compatible o unido).</translation>
    </message>
    <message>
        <source>Sign in from a managed device, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>Inicie sesión desde un dispositivo administrado, o pida a un administrador de seguridad que compruebe la entrada del registro de inicio de sesión con el id. de correlación que aparece abajo.</translation>
    </message>
    <message>
        <source>That account cannot sign in to this tenant</source>
        <translation>Esa cuenta no puede iniciar sesión en este inquilino</translation>
    </message>
    <message>
        <source>The account is not a member or guest of the tenant this profile signs in to (for example a personal Microsoft account, or an account of another organization).</source>
        <translation>La cuenta no es miembro ni invitado del inquilino en el que inicia sesión este perfil (por ejemplo, una cuenta Microsoft personal o una cuenta de otra organización).</translation>
    </message>
    <message>
        <source>Sign in with an account of this tenant, or choose the profile of the tenant the account belongs to.</source>
        <translation>Inicie sesión con una cuenta de este inquilino, o elija el perfil del inquilino al que pertenece la cuenta.</translation>
    </message>
    <message>
        <source>The app registration asks for an API it does not list</source>
        <translation>El registro de aplicación solicita una API que no declara</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API could not be found in the tenant.</source>
        <translation>La aplicación solicitó acceso a una API que no figura entre los permisos requeridos de su registro de aplicación, o esa API no se encontró en el inquilino.</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions and grant admin consent, then sign in again.</source>
        <translation>Agregue la API en Registros de aplicaciones → ConsentDesk → Permisos de API y conceda el consentimiento del administrador; después vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation>La respuesta de Exchange Online (Test-ApplicationAccessPolicy)</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation>La respuesta de ConsentDesk a partir del directorio: las directivas y los miembros de sus grupos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Aún no se ha probado.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Según Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Según el directorio</translation>
    </message>
    <message>
        <source>⚠ They disagree. %1</source>
        <translation>⚠ No coinciden. %1</translation>
    </message>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>No se pudo consultar a Exchange: %1</translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>⚠ Disagree</source>
        <translation>⚠ No coinciden</translation>
    </message>
    <message>
        <source>Exchange failed</source>
        <translation>Error de Exchange</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>En el grupo de ámbito</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Según Exchange</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>Según el directorio</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation>Concedido: la aplicación no tiene ninguna directiva de acceso de aplicación, por lo que llega a todos los buzones.</translation>
    </message>
    <message>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation>Denegado: la directiva DenyAccess en &quot;%1&quot; incluye este buzón (el usuario %2); Deny prevalece sobre cualquier directiva RestrictAccess.</translation>
    </message>
    <message>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation>Concedido: la directiva RestrictAccess en &quot;%1&quot; incluye este buzón (el usuario %2).</translation>
    </message>
    <message>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation>Denegado: la aplicación está restringida a %1 y este buzón no está en ninguno de ellos.</translation>
    </message>
    <message>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation>Concedido: la aplicación solo tiene directivas DenyAccess y ninguna de ellas incluye este buzón.</translation>
    </message>
    <message>
        <source>is the scope itself</source>
        <translation>es el propio ámbito</translation>
    </message>
    <message>
        <source>is a member through %1</source>
        <translation>es miembro a través de %1</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
</context>
<context>
    <name>AccessMatrixPanel</name>
    <message>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation>Todos los miembros de los grupos de ámbito de la aplicación, y no miembros:</translation>
    </message>
    <message>
        <source>Number of non-members to test</source>
        <translation>Número de no miembros que se van a probar</translation>
    </message>
    <message>
        <source>Run test matrix</source>
        <translation>Ejecutar matriz de pruebas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Test results per mailbox</source>
        <translation>Resultados de la prueba por buzón</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The matrix could not be completed: %1</source>
        <translation>No se pudo completar la matriz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation>
            <numerusform>%n buzón probado: acceso concedido a %1, denegado a %2.</numerusform>
            <numerusform>%n buzones probados: acceso concedido a %1, denegado a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation>
            <numerusform>⚠ Exchange y el directorio no coinciden en %n buzón: consulte Motivo.</numerusform>
            <numerusform>⚠ Exchange y el directorio no coinciden en %n buzones: consulte Motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per mailbox tested: whether it is in the policy&apos;s scope, what Exchange and the directory answer, and whether they agree.</source>
        <translation>Una fila por buzón probado: si está en el ámbito de la directiva, qué responden Exchange y el directorio, y si coinciden.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation>No se encontró en el directorio el ámbito &quot;%1&quot; de una directiva; la respuesta de Exchange puede diferir de esta.</translation>
    </message>
    <message>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation>Exchange marca la directiva en &quot;%1&quot; como no válida (IsValid = False): probablemente se eliminó su ámbito.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is neither mail-enabled nor a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>El ámbito &quot;%1&quot; no está habilitado para correo ni es un grupo de seguridad; Exchange solo respeta las directivas en grupos de seguridad habilitados para correo y en buzones, por lo que su resultado puede no coincidir.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is a security group that is not mail-enabled; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>El ámbito &quot;%1&quot; es un grupo de seguridad que no está habilitado para correo; Exchange solo respeta las directivas en grupos de seguridad habilitados para correo y en buzones, por lo que su resultado puede no coincidir.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is mail-enabled but not a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>El ámbito &quot;%1&quot; está habilitado para correo, pero no es un grupo de seguridad; Exchange solo respeta las directivas en grupos de seguridad habilitados para correo y en buzones, por lo que su resultado puede no coincidir.</translation>
    </message>
</context>
<context>
    <name>AccessPolicyPanel</name>
    <message>
        <source>Access policies of the app</source>
        <translation>Directivas de acceso de la aplicación</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Scope is</source>
        <translation>Tipo de ámbito</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Remove policy…</source>
        <translation>Quitar directiva…</translation>
    </message>
    <message>
        <source>not found in the directory</source>
        <translation>no se encontró en el directorio</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>un buzón</translation>
    </message>
    <message>
        <source>a mail-enabled security group</source>
        <translation>un grupo de seguridad habilitado para correo</translation>
    </message>
    <message>
        <source>a group that is not mail-enabled security</source>
        <translation>un grupo que no es de seguridad habilitado para correo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Exchange could not be read (see above)</source>
        <translation>No se pudo leer Exchange (véase más arriba)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation>%1 llega a todos los buzones: use &quot;Limitar el ámbito de una aplicación…&quot;</translation>
    </message>
    <message>
        <source>One row per Exchange application access policy of the selected app: whether it restricts or denies, and the group it applies to.</source>
        <translation>Una fila por directiva de acceso a aplicaciones de Exchange de la aplicación seleccionada: si restringe o deniega, y el grupo al que se aplica.</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Mailbox access</source>
        <translation>Acceso a buzones</translation>
    </message>
    <message>
        <source>Scope an app…</source>
        <translation>Limitar el ámbito de una aplicación…</translation>
    </message>
    <message>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation>Limitar los permisos de buzón de una aplicación a los miembros de un grupo de seguridad habilitado para correo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation>Las aplicaciones con permisos de aplicación como Mail.Read llegan a todos los buzones del inquilino, a menos que Exchange Online las limite. Aquí puede ver qué aplicaciones pueden hacerlo, cómo las limita Exchange, y demostrarlo para cualquier buzón.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Mailbox permissions (application)</source>
        <translation>Permisos de buzón (aplicación)</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Directivas de acceso</translation>
    </message>
    <message>
        <source>Test a mailbox</source>
        <translation>Probar un buzón</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>Matriz de pruebas</translation>
    </message>
    <message>
        <source>RBAC for Applications</source>
        <translation>RBAC para aplicaciones</translation>
    </message>
    <message>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation>Inicie sesión para ver qué aplicaciones pueden leer buzones.</translation>
    </message>
    <message>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation>Leyendo las aplicaciones y las directivas de Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online could not be read: %1</source>
        <translation>No se pudo leer Exchange Online: %1</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>No se pudieron leer las aplicaciones: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation>Ninguna directiva de acceso limita esta aplicación: sus permisos de aplicación llegan a todos los buzones del inquilino.</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation>Ninguna aplicación tiene un permiso de aplicación de buzón, y Exchange no tiene ninguna directiva de acceso.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation>
            <numerusform>%n aplicación puede llegar a buzones</numerusform>
            <numerusform>%n aplicaciones pueden llegar a buzones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation>
            <numerusform>%n aplicación llega a todos los buzones</numerusform>
            <numerusform>%n aplicaciones llegan a todos los buzones</numerusform>
        </translation>
    </message>
    <message>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation>Qué aplicaciones pueden leer qué buzones: directivas de acceso de Exchange, pruebas, RBAC para aplicaciones</translation>
    </message>
    <message>
        <source>Apps that reach mailboxes</source>
        <translation>Aplicaciones que acceden a buzones</translation>
    </message>
    <message>
        <source>Mailboxes Exchange allows</source>
        <translation>Buzones permitidos por Exchange</translation>
    </message>
    <message>
        <source>App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3</source>
        <translation>Id. de aplicación %1 · permisos de buzón: %2 · buzones permitidos por Exchange: %3</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and the mailboxes Exchange allows it; select one to see its access policies.</source>
        <translation>Una fila por aplicación con permisos de aplicación sobre buzones, y los buzones que Exchange le permite; seleccione una para ver sus directivas de acceso.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation>Inicio de sesión, perfiles de inquilino y lo que su rol le permite hacer</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation>&amp;Permitir cambios…</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Ca&amp;mbiar de perfil</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Administrar perfiles…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(aún no hay perfiles)</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Inquilino de demostración</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>id. de correlación %1</translation>
    </message>
    <message>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organization&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation>Agregue un perfil para su inquilino en Perfiles…; necesita su id. de inquilino o dominio y el id. de cliente del registro de aplicación de ConsentDesk de su organización. O pruebe primero el inquilino de demostración integrado.</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Directory roles:</source>
        <translation>Roles de directorio:</translation>
    </message>
    <message>
        <source>Sign-in kept:</source>
        <translation>Inicio de sesión guardado:</translation>
    </message>
    <message>
        <source>ConsentDesk may:</source>
        <translation>ConsentDesk puede:</translation>
    </message>
    <message>
        <source>What you can do in this tenant</source>
        <translation>Lo que puede hacer en este inquilino</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation>Permitir cambios…</translation>
    </message>
    <message>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation>ConsentDesk inició sesión solo con acceso de lectura. Antes de su primer cambio, solicita los permisos que necesitan los cambios; también puede hacerlo ahora.</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Cambiar de perfil…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation>Olvidar este inicio de sesión en este equipo (lo quita del llavero del sistema).</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(sin nombre para mostrar)</translation>
    </message>
    <message>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation>Id. de inquilino %1 · perfil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>None (you can read only what every user can read)</source>
        <translation>Ninguno (solo puede leer lo que cualquier usuario puede leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation>En el llavero del sistema: la sesión permanece iniciada hasta que la cierre.</translation>
    </message>
    <message>
        <source>For this session only.</source>
        <translation>Solo para esta sesión.</translation>
    </message>
    <message>
        <source>For this session only: %1</source>
        <translation>Solo para esta sesión: %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(aún no se conoce)</translation>
    </message>
    <message>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation>Se permiten cambios: ConsentDesk tiene los permisos que necesita para escribir.</translation>
    </message>
    <message>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation>Solo lectura por ahora: ConsentDesk solicita permisos de escritura antes de su primer cambio.</translation>
    </message>
    <message>
        <source>One row per action in ConsentDesk, and whether your roles and consent allow it in this tenant.</source>
        <translation>Una fila por acción de ConsentDesk, y si sus roles y su consentimiento la permiten en este inquilino.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Delegated permissions granted</source>
        <translation>Permisos delegados concedidos</translation>
    </message>
    <message>
        <source>Delegated permissions changed</source>
        <translation>Permisos delegados cambiados</translation>
    </message>
    <message>
        <source>Delegated permissions removed</source>
        <translation>Permisos delegados quitados</translation>
    </message>
    <message>
        <source>Application permission granted</source>
        <translation>Permiso de aplicación concedido</translation>
    </message>
    <message>
        <source>Application permission removed</source>
        <translation>Permiso de aplicación quitado</translation>
    </message>
    <message>
        <source>App added to the tenant</source>
        <translation>Aplicación agregada al inquilino</translation>
    </message>
    <message>
        <source>App changed (e.g. blocked)</source>
        <translation>Aplicación cambiada (p. ej., bloqueada)</translation>
    </message>
    <message>
        <source>App removed from the tenant</source>
        <translation>Aplicación quitada del inquilino</translation>
    </message>
    <message>
        <source>Access policy created</source>
        <translation>Directiva de acceso creada</translation>
    </message>
    <message>
        <source>Access policy description changed</source>
        <translation>Descripción de la directiva de acceso cambiada</translation>
    </message>
    <message>
        <source>Access policy removed</source>
        <translation>Directiva de acceso quitada</translation>
    </message>
    <message>
        <source>Mail-enabled security group created</source>
        <translation>Grupo de seguridad habilitado para correo creado</translation>
    </message>
    <message>
        <source>Member added to group</source>
        <translation>Miembro agregado al grupo</translation>
    </message>
    <message>
        <source>Member removed from group</source>
        <translation>Miembro quitado del grupo</translation>
    </message>
    <message>
        <source>App registered with Exchange</source>
        <translation>Aplicación registrada en Exchange</translation>
    </message>
    <message>
        <source>Management scope created</source>
        <translation>Ámbito de administración creado</translation>
    </message>
    <message>
        <source>Exchange role assigned to app</source>
        <translation>Rol de Exchange asignado a la aplicación</translation>
    </message>
    <message>
        <source>Exchange role removed from app</source>
        <translation>Rol de Exchange quitado de la aplicación</translation>
    </message>
    <message>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation>%1 → %2: descripción &quot;%3&quot;</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>toda la organización</translation>
    </message>
    <message>
        <source>Unknown (not confirmed yet)</source>
        <translation>Desconocido (aún sin confirmar)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 (restore)</source>
        <extracomment>%1 is an action (&quot;Revoke delegated permission&quot;); the entry restores an earlier one.</extracomment>
        <translation>%1 (restauración)</translation>
    </message>
    <message>
        <source>%1 · restored</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Applied&quot;); a later entry restored what it changed.</extracomment>
        <translation>%1 · restaurado</translation>
    </message>
    <message>
        <source>%1 (sent again)</source>
        <extracomment>%1 is an action (&quot;Delegated permissions removed&quot;); the entry is the same change sent a second time because the answer to the first was lost and the tenant showed it had not been made.</extracomment>
        <translation>%1 (enviado de nuevo)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Not applied&quot;); its answer was lost, so a later entry sent it again.</extracomment>
        <translation>%1 · enviado de nuevo</translation>
    </message>
    <message>
        <source>Restore does not remove an app ConsentDesk added to the tenant: deleting it would also delete every consent, assignment and sign-in setting made on it since, by anyone. Undo the permissions granted with it instead; the app then has no access. To remove the app itself, delete it in the Entra admin center (Enterprise applications, Properties), where it can be restored for 30 days.</source>
        <translation>Restaurar no quita una aplicación que ConsentDesk agregó al inquilino: eliminarla también eliminaría cada consentimiento, asignación y configuración de inicio de sesión hechos en ella desde entonces, por cualquiera. En su lugar, deshaga los permisos concedidos con ella; así la aplicación no tiene acceso. Para quitar la aplicación en sí, elimínela en el Centro de administración de Microsoft Entra (Aplicaciones empresariales, Propiedades), donde se puede restaurar durante 30 días.</translation>
    </message>
    <message>
        <source>Admin consent workflow changed</source>
        <translation>Flujo de trabajo de consentimiento del administrador cambiado</translation>
    </message>
    <message>
        <source>User consent setting changed</source>
        <translation>Configuración de consentimiento del usuario cambiada</translation>
    </message>
    <message>
        <source>Group owner consent changed</source>
        <translation>Consentimiento del propietario del grupo cambiado</translation>
    </message>
    <message>
        <source>Permission classified low impact</source>
        <translation>Permiso clasificado como de bajo impacto</translation>
    </message>
    <message>
        <source>Permission classification removed</source>
        <translation>Clasificación del permiso quitada</translation>
    </message>
    <message>
        <source>Older group owner consent setting (Consent Policy Settings) changed</source>
        <translation>Se cambió la configuración antigua de consentimiento del propietario del grupo (Consent Policy Settings)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation>Todos los cambios que hizo ConsentDesk, registrados antes de enviarse. Los permisos quitados y los cambios de Exchange se pueden restaurar.</translation>
    </message>
    <message>
        <source>Filter by app, admin or change</source>
        <translation>Filtrar por aplicación, administrador o cambio</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Concesiones</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Eliminaciones</translation>
    </message>
    <message>
        <source>Apps (add, block)</source>
        <translation>Aplicaciones (agregar, bloquear)</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restauraciones</translation>
    </message>
    <message>
        <source>Exchange (mailbox access)</source>
        <translation>Exchange (acceso a buzones)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This tenant only</source>
        <translation>Solo este inquilino</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation>Seleccione un cambio para ver la solicitud, el objeto antes del cambio y la respuesta.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation>No se pudo abrir el diario de actividad; consulte el registro en Diagnóstico.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n cambio seleccionado.</numerusform>
            <numerusform>%n cambios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation>Cuándo: %1 · Administrador: %2 · Inquilino: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>client-request-id: %1</source>
        <translation>client-request-id: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Before the change:</source>
        <translation>Antes del cambio:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n cambio mostrado</numerusform>
            <numerusform>%n cambios mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation>Restaure por separado los cambios de Exchange y los cambios de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation>Seleccione cambios de Exchange que se realizaron correctamente en este inquilino y que aún no se han deshecho.</translation>
    </message>
    <message>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation>Deshacer los cambios de Exchange seleccionados (primero muestra exactamente qué se hará).</translation>
    </message>
    <message>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation>Seleccione eliminaciones que se realizaron correctamente en este inquilino y que aún no se han restaurado.</translation>
    </message>
    <message>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation>Volver a crear lo que quitaron los cambios seleccionados (primero muestra exactamente qué se hará).</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, with restore</source>
        <translation>Todos los cambios que hizo ConsentDesk, con restauración</translation>
    </message>
    <message>
        <source>Sign in to restore.</source>
        <translation>Inicie sesión para restaurar.</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Filtrar la actividad</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Changes made with ConsentDesk</source>
        <translation>Cambios realizados con ConsentDesk</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>Detalles del cambio seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation>
            <numerusform>No se pudo confirmar en el inquilino %n cambio anterior; consulte el registro.</numerusform>
            <numerusform>No se pudieron confirmar en el inquilino %n cambios anteriores; consulte el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore is under way.</source>
        <translation>Hay una restauración en curso.</translation>
    </message>
    <message>
        <source>Outcome: %1 (confirmed later by reading the tenant)</source>
        <translation>Resultado: %1 (confirmado después leyendo el inquilino)</translation>
    </message>
    <message>
        <source>Outcome: %1 (the connection dropped before the answer came; ConsentDesk read the tenant back at once to find out)</source>
        <translation>Resultado: %1 (la conexión se cortó antes de que llegara la respuesta; ConsentDesk volvió a leer el inquilino de inmediato para averiguarlo)</translation>
    </message>
    <message>
        <source>Sent again: the answer to the same change sent at %1 was lost, and reading the tenant showed it had not been made.</source>
        <translation>Enviado de nuevo: se perdió la respuesta al mismo cambio enviado a las %1, y la lectura del inquilino mostró que no se había hecho.</translation>
    </message>
    <message>
        <source>Sent again: the answer to an earlier attempt of the same change was lost, and reading the tenant showed it had not been made.</source>
        <translation>Enviado de nuevo: se perdió la respuesta a un intento anterior del mismo cambio, y la lectura del inquilino mostró que no se había hecho.</translation>
    </message>
    <message>
        <source>ConsentDesk sent this change again at %1; see that entry for how it ended.</source>
        <translation>ConsentDesk volvió a enviar este cambio a las %1; consulte esa entrada para ver cómo terminó.</translation>
    </message>
    <message>
        <source>One row per change made with ConsentDesk; select one to see its details or to undo it.</source>
        <translation>Una fila por cambio hecho con ConsentDesk; seleccione uno para ver sus detalles o deshacerlo.</translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation>El consentimiento del administrador necesita el id. o el dominio del inquilino (no &quot;common&quot; ni &quot;consumers&quot;).</translation>
    </message>
    <message>
        <source>Not a tenant id or domain: %1</source>
        <translation>No es un id. ni un dominio de inquilino: %1</translation>
    </message>
    <message>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation>El id. de cliente debe ser el Id. de aplicación (cliente) de la aplicación.</translation>
    </message>
    <message>
        <source>Admin consent needs at least one scope.</source>
        <translation>El consentimiento del administrador necesita al menos un ámbito.</translation>
    </message>
    <message>
        <source>No authority URL.</source>
        <translation>No hay ninguna dirección URL de autoridad.</translation>
    </message>
</context>
<context>
    <name>AdminConsentWorkflow</name>
    <message>
        <source>The admin consent workflow is on but has no reviewers: users can send requests, and nobody gets them. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está activado, pero no tiene revisores: los usuarios pueden enviar solicitudes, pero nadie las recibe. Agregue un revisor que tenga el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but no reviewer can approve a request (each one is disabled, missing or holds no role that may grant consent): users&apos; requests wait until they expire. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está activado, pero ningún revisor puede aprobar una solicitud (cada uno está deshabilitado, ya no existe o no tiene ningún rol que pueda conceder el consentimiento): las solicitudes de los usuarios esperan hasta que expiran. Agregue un revisor que tenga el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation>Comenzar en el inquilino de demostración integrado (no se necesita ninguna cuenta de Microsoft).</translation>
    </message>
    <message>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation>Con --demo: iniciar sesión como este usuario de demostración sin abrir un explorador.</translation>
    </message>
    <message>
        <source>Open this tenant profile.</source>
        <translation>Abrir este perfil de inquilino.</translation>
    </message>
    <message>
        <source>Also log to the terminal, at debug level.</source>
        <translation>Registrar también en el terminal, con nivel de depuración.</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Inquilino de demostración</translation>
    </message>
    <message>
        <source>Open a snapshot file offline and read-only (no sign-in, nothing sent to a tenant).</source>
        <translation>Abrir un archivo de instantánea sin conexión y de solo lectura (sin iniciar sesión, no se envía nada a ningún inquilino).</translation>
    </message>
    <message>
        <source>Opened from a snapshot file: read-only.</source>
        <translation>Abierto desde un archivo de instantánea: solo lectura.</translation>
    </message>
    <message>
        <source>Offline: the snapshot %1 (%2). Nothing is read from or written to a tenant.</source>
        <translation>Sin conexión: la instantánea %1 (%2). No se lee ni se escribe nada en ningún inquilino.</translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <source>Admin consent</source>
        <translation>Consentimiento del administrador</translation>
    </message>
    <message>
        <source>User consent</source>
        <translation>Consentimiento del usuario</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>Revocar lo seleccionado…</translation>
    </message>
    <message>
        <source>Keep only…</source>
        <translation>Conservar solo…</translation>
    </message>
    <message>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation>Elija lo que conserva la aplicación; se quita todo lo demás que tiene (primero muestra exactamente qué se hará).</translation>
    </message>
    <message>
        <source>Revoke everything…</source>
        <translation>Revocar todo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Seleccione una aplicación para ver lo que puede hacer en su inquilino.</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Leyendo lo que tiene %1…</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>No se pudo leer la aplicación: %1</translation>
    </message>
    <message>
        <source>This app is not in the tenant any more.</source>
        <translation>Esta aplicación ya no está en el inquilino.</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Editor desconocido</translation>
    </message>
    <message>
        <source> ✔ verified</source>
        <translation> ✔ comprobado</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>Id. de aplicación %1</translation>
    </message>
    <message>
        <source>Blocked (sign-in disabled)</source>
        <translation>Bloqueada (inicio de sesión deshabilitado)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation>
            <numerusform>%n usuario dio su consentimiento personalmente</numerusform>
            <numerusform>%n usuarios dieron su consentimiento personalmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly read: %1</source>
        <translation>Leído en parte: %1</translation>
    </message>
    <message>
        <source>Admin consent (%1)</source>
        <translation>Consentimiento del administrador (%1)</translation>
    </message>
    <message>
        <source>User consent (%1)</source>
        <translation>Consentimiento del usuario (%1)</translation>
    </message>
    <message>
        <source>Select the permissions to remove first.</source>
        <translation>Seleccione primero los permisos que desea quitar.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation>
            <numerusform>Quitar el %n permiso seleccionado (primero muestra exactamente qué se hará).</numerusform>
            <numerusform>Quitar los %n permisos seleccionados (primero muestra exactamente qué se hará).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation>Quitar todas las concesiones delegadas y los permisos de aplicación de esta aplicación.</translation>
    </message>
    <message>
        <source>Permissions granted by admin consent</source>
        <translation>Permisos concedidos mediante consentimiento del administrador</translation>
    </message>
    <message>
        <source>Permissions granted by user consent</source>
        <translation>Permisos concedidos mediante consentimiento del usuario</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot a user…</source>
        <extracomment>Opens the troubleshooter with this app filled in; the admin names the user</extracomment>
        <translation>&amp;Solucionar problemas de un usuario…</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect this app? Opens the troubleshooter with the app filled in.</source>
        <translation>¿Por qué un usuario no puede conectar esta aplicación? Abre el solucionador de problemas con la aplicación ya indicada.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted this app for the whole organization, with its risk.</source>
        <translation>Una fila por permiso que un administrador concedió a esta aplicación para toda la organización, con su riesgo.</translation>
    </message>
    <message>
        <source>One row per permission users granted this app for themselves, with who granted it and its risk.</source>
        <translation>Una fila por permiso que los usuarios concedieron a esta aplicación para sí mismos, con quién lo concedió y su riesgo.</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>Default access</source>
        <translation>Acceso predeterminado</translation>
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
        <translation>Editor comprobado</translation>
    </message>
    <message>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation>Bloqueada: el inicio de sesión está deshabilitado para esta aplicación.</translation>
    </message>
    <message>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation>Permisos delegados concedidos para todos los usuarios (consentimiento del administrador)</translation>
    </message>
    <message>
        <source>Users who consented to the app themselves</source>
        <translation>Usuarios que dieron su consentimiento a la aplicación personalmente</translation>
    </message>
    <message>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation>Permisos de aplicación: la aplicación actúa por sí misma, sin un usuario</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Admin-consented</source>
        <translation>Consentimiento del administrador</translation>
    </message>
    <message>
        <source>User consents</source>
        <translation>Consentimientos de usuarios</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Riesgo máximo</translation>
    </message>
    <message>
        <source>(not found) %1…</source>
        <translation>(no encontrada) %1…</translation>
    </message>
    <message>
        <source>Grants or assignments refer to the service principal %1, but Graph does not return it (deleted, or too new to be read yet).</source>
        <translation>Hay concesiones o asignaciones que hacen referencia a la entidad de servicio %1, pero Graph no la devuelve (se eliminó o es demasiado reciente para poder leerse todavía).</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by app or publisher</source>
        <translation>Filtrar por aplicación o editor</translation>
    </message>
    <message>
        <source>Only apps with permissions</source>
        <translation>Solo aplicaciones con permisos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation>Guardar la lista de aplicaciones tal como se muestra, como CSV o JSON.</translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation>No se pudo leer todo: %1</translation>
    </message>
    <message>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation>Inicie sesión para ver las aplicaciones de su inquilino y lo que pueden hacer.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Leyendo las aplicaciones del inquilino…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>Seleccione una aplicación para ver lo que puede hacer en su inquilino.</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (cambiada)</translation>
    </message>
    <message>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation>Se realizaron todos los cambios. Los tokens ya emitidos siguen siendo válidos hasta que expiren.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>No se realizaron algunos cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n concesión delegada</numerusform>
            <numerusform>%n concesiones delegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n permiso de aplicación</numerusform>
            <numerusform>%n permisos de aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation>Lo que cada aplicación puede hacer en el inquilino; revoque y conserve solo lo necesario</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Could not read the apps.</source>
        <translation>No se pudieron leer las aplicaciones.</translation>
    </message>
    <message>
        <source>No app matches &quot;%1&quot;.</source>
        <translation>Ninguna aplicación coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps and what they hold…</source>
        <translation>Leyendo las aplicaciones del inquilino y sus permisos…</translation>
    </message>
    <message>
        <source>The apps could not be read: %1
Check the connection and your role, then press Refresh.</source>
        <translation>No se pudieron leer las aplicaciones: %1
Compruebe la conexión y su rol y, después, presione Actualizar.</translation>
    </message>
    <message>
        <source>This tenant has no apps yet.</source>
        <translation>Este inquilino aún no tiene aplicaciones.</translation>
    </message>
    <message>
        <source>No app holds permissions in this tenant. Untick &quot;Only apps with permissions&quot; to see every app.</source>
        <translation>Ninguna aplicación tiene permisos en este inquilino. Desactive &quot;Solo aplicaciones con permisos&quot; para ver todas las aplicaciones.</translation>
    </message>
    <message>
        <source>Apps and permissions</source>
        <translation>Aplicaciones y permisos</translation>
    </message>
    <message>
        <source>Graph returns no service principal with the id %1, yet %2 refer to it. It may have been deleted, or be too new to be read yet: refresh in a few minutes. The full export (in English, like the command line) lists its rows as &quot;(not found)&quot;.</source>
        <translation>Graph no devuelve ninguna entidad de servicio con el id. %1, pero hay referencias a ella: %2. Puede que se haya eliminado o que sea demasiado reciente para poder leerse todavía: actualice dentro de unos minutos. La exportación completa (en inglés, como la línea de comandos) muestra sus filas como &quot;(not found)&quot;.</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Filtrar las aplicaciones</translation>
    </message>
    <message>
        <source>Apps in the tenant</source>
        <translation>Aplicaciones del inquilino</translation>
    </message>
    <message>
        <source>Export full report…</source>
        <translation>Exportar informe completo…</translation>
    </message>
    <message>
        <source>Every permission of every app, one row each — the columns of consentdesk-cli grants list --all --permissions — saved as CSV or JSON while it is read.</source>
        <translation>Cada permiso de cada aplicación, uno por fila (las columnas de consentdesk-cli grants list --all --permissions), guardado como CSV o JSON a medida que se lee.</translation>
    </message>
    <message>
        <source>One row per app in the tenant; select one to see its permissions.</source>
        <translation>Una fila por aplicación del inquilino; seleccione una para ver sus permisos.</translation>
    </message>
    <message>
        <source>No app is at this risk level any more. Press Show all to see every app.</source>
        <translation>Ya no hay ninguna aplicación en este nivel de riesgo. Pulse Mostrar todo para ver todas las aplicaciones.</translation>
    </message>
    <message>
        <source>No app holds these users&apos; consents now: they were revoked since ConsentDesk first saw them, or their apps were removed. Press Show all to see every app.</source>
        <translation>Ninguna aplicación conserva ya estos consentimientos de usuarios: se revocaron desde que ConsentDesk los vio por primera vez, o se quitaron sus aplicaciones. Pulse Mostrar todo para ver todas las aplicaciones.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign in again when you are ready.</source>
        <translation>Vuelva a iniciar sesión cuando esté listo.</translation>
    </message>
    <message>
        <source>The sign-in took too long</source>
        <translation>El inicio de sesión tardó demasiado</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation>
            <numerusform>ConsentDesk esperó %n segundo a que el explorador volviera de la página de inicio de sesión.</numerusform>
            <numerusform>ConsentDesk esperó %n segundos a que el explorador volviera de la página de inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation>Vuelva a iniciar sesión y termine el inicio de sesión en la ventana del explorador que se abre.</translation>
    </message>
    <message>
        <source>The sign-in answer was not ours</source>
        <translation>La respuesta de inicio de sesión no era nuestra</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation>El explorador devolvió una respuesta que no pertenece al inicio de sesión que comenzó ConsentDesk (su valor de estado no coincidía). Se ha omitido.</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation>Termine el inicio de sesión en la ventana del explorador que abrió ConsentDesk, o vuelva a comenzarlo.</translation>
    </message>
    <message>
        <source>The sign-in address is not secure</source>
        <translation>La dirección de inicio de sesión no es segura</translation>
    </message>
    <message>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation>%1 no usa https. ConsentDesk solo envía datos de inicio de sesión por http sin cifrar hacia este equipo (el espacio aislado).</translation>
    </message>
    <message>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation>Use la dirección https del servicio de inicio de sesión de su nube, o elija la nube por su nombre.</translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation>El perfil está incompleto</translation>
    </message>
    <message>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation>Edite el perfil: el inquilino, el id. de cliente y la nube se obtienen de la página Información general del registro de aplicación de ConsentDesk.</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>La sesión permanece iniciada hasta que se cierre ConsentDesk. Para mantener la sesión iniciada entre reinicios, desbloquee o configure el llavero del sistema (GNOME Keyring, KWallet, Llavero de macOS, Administrador de credenciales de Windows).</translation>
    </message>
    <message>
        <source>You are not signed in</source>
        <translation>No ha iniciado sesión</translation>
    </message>
    <message>
        <source>Sign in to your tenant.</source>
        <translation>Inicie sesión en su inquilino.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation>La plataforma de identidad respondió con un error que ConsentDesk no conoce.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation>Vuelva a intentarlo. Si sigue produciéndose el error, busque el código que se muestra a continuación o notifíquelo con el id. de correlación.</translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed</source>
        <translation>Error en la conexión segura con el servicio de inicio de sesión</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation>No se aceptó el certificado del servidor o se produjo un error en el protocolo de enlace TLS. Las causas habituales son un proxy o un producto de seguridad que inspecciona el tráfico, o un reloj del sistema incorrecto.</translation>
    </message>
    <message>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation>Compruebe la fecha y la hora del sistema, y pregunte a su equipo de red si se aplica la inspección de HTTPS a login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time</source>
        <translation>El servicio de inicio de sesión no respondió a tiempo</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection</source>
        <translation>El servidor proxy rechazó la conexión</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation>Compruebe la configuración de proxy del sistema o consulte a su equipo de red.</translation>
    </message>
    <message>
        <source>The sign-in service could not be found</source>
        <translation>No se encontró el servicio de inicio de sesión</translation>
    </message>
    <message>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation>No se pudo resolver el nombre del servidor de inicio de sesión (DNS).</translation>
    </message>
    <message>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation>Compruebe la conexión de red y la nube del perfil.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Debe volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation>El servicio de inicio de sesión envió una respuesta que ConsentDesk no puede leer</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, notifíquelo con los detalles que se muestran a continuación.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation>Vuelva a intentarlo. Si sigue produciéndose el error, notifíquelo con los detalles que se muestran a continuación.</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation>
            <numerusform>ConsentDesk esperó %n segundo a que respondiera el punto de conexión de token de la plataforma de identidad.</numerusform>
            <numerusform>ConsentDesk esperó %n segundos a que respondiera el punto de conexión de token de la plataforma de identidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check your network connection (and proxy), then try again.</source>
        <translation>Compruebe la conexión de red (y el proxy) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You signed in to another tenant than this profile&apos;s</source>
        <translation>Inició sesión en un inquilino distinto del de este perfil</translation>
    </message>
    <message>
        <source>The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of this sign-in, so no change can reach the wrong tenant.</source>
        <translation>El perfil es para el inquilino %1, pero el inicio de sesión se realizó en el inquilino %2. ConsentDesk no conserva nada de este inicio de sesión, por lo que ningún cambio puede llegar al inquilino equivocado.</translation>
    </message>
    <message>
        <source>Sign in with an account of %1, or create a separate profile for %2.</source>
        <translation>Inicie sesión con una cuenta de %1 o cree un perfil independiente para %2.</translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect</source>
        <translation>El servicio de inicio de sesión respondió con una redirección</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy or captive portal on this network is intercepting sign-in traffic: try another network.</source>
        <translation>Compruebe la nube y la autoridad del perfil. Si son correctas, un proxy o un portal cautivo de esta red está interceptando el tráfico de inicio de sesión: pruebe con otra red.</translation>
    </message>
    <message>
        <source>ConsentDesk does not follow redirects from the token endpoint: following one would send the sign-in code or the stored sign-in to %1.</source>
        <translation>ConsentDesk no sigue redirecciones del punto de conexión de token: seguir una enviaría el código de inicio de sesión o el inicio de sesión guardado a %1.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>Sign-in was canceled</source>
        <translation>Se canceló el inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer far larger than a sign-in answer</source>
        <translation>El servicio de inicio de sesión envió una respuesta mucho mayor que una respuesta de inicio de sesión</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy on this network may be answering in Microsoft&apos;s place: try another network.</source>
        <translation>Compruebe la nube y la autoridad del perfil. Si son correctas, puede que un proxy de esta red responda en lugar de Microsoft: pruebe con otra red.</translation>
    </message>
    <message>
        <source>ConsentDesk stopped reading the answer from %1: answers from the token endpoint are a few KB, and a larger one is not a sign-in answer.</source>
        <translation>ConsentDesk dejó de leer la respuesta enviada por %1: las respuestas del punto de conexión de tokens ocupan unos pocos KB, y una mayor no es una respuesta de inicio de sesión.</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>el punto de conexión de tokens</translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation>ver las aplicaciones, sus permisos y las concesiones de los usuarios</translation>
    </message>
    <message>
        <source>read consent requests</source>
        <translation>leer solicitudes de consentimiento</translation>
    </message>
    <message>
        <source>grant delegated permissions</source>
        <translation>conceder permisos delegados</translation>
    </message>
    <message>
        <source>grant Microsoft Graph application permissions</source>
        <translation>conceder permisos de aplicación de Microsoft Graph</translation>
    </message>
    <message>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation>conceder permisos de aplicación de API distintas de Microsoft Graph</translation>
    </message>
    <message>
        <source>revoke permissions</source>
        <translation>revocar permisos</translation>
    </message>
    <message>
        <source>block an app</source>
        <translation>bloquear una aplicación</translation>
    </message>
    <message>
        <source>change the admin consent workflow</source>
        <translation>cambiar el flujo de trabajo de consentimiento del administrador</translation>
    </message>
    <message>
        <source>change the user consent settings</source>
        <translation>cambiar la configuración de consentimiento del usuario</translation>
    </message>
    <message>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation>restringir el acceso a buzones de una aplicación en Exchange Online</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administrador de roles con privilegios</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Administrador de aplicaciones en la nube</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Administrador de aplicaciones</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Lector global</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Administrador del departamento de soporte técnico</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Administrador de Exchange</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Lector de seguridad</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation>ConsentDesk no pudo leer sus roles de directorio, por lo que no puede saber si usted puede %1. Se necesita %2.</translation>
    </message>
    <message>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation>Su cuenta no tiene ningún rol de administrador que use ConsentDesk.</translation>
    </message>
    <message>
        <source>Needs %1 to %2.</source>
        <translation>Se necesita %1 para %2.</translation>
    </message>
    <message>
        <source>Your roles: %1.</source>
        <translation>Sus roles: %1.</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The sign-in authority %1 must use https (plain http is allowed only to this computer).</source>
        <translation>La autoridad de inicio de sesión %1 debe usar https (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The Microsoft Graph address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>La dirección de Microsoft Graph %1 debe usar https (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The Exchange Online address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>La dirección de Exchange Online %1 debe usar https (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessEvaluator</name>
    <message>
        <source>the user is excluded by name</source>
        <translation>el usuario está excluido por nombre</translation>
    </message>
    <message>
        <source>guests and external users are excluded</source>
        <translation>los invitados y usuarios externos están excluidos</translation>
    </message>
    <message>
        <source>the user is in the excluded group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>el usuario está en el grupo excluido %1</translation>
    </message>
    <message>
        <source>the user holds the excluded role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>el usuario tiene el rol excluido %1</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>todos los usuarios</translation>
    </message>
    <message>
        <source>the user, by name</source>
        <translation>el usuario, por nombre</translation>
    </message>
    <message>
        <source>guests and external users</source>
        <translation>los invitados y usuarios externos</translation>
    </message>
    <message>
        <source>the group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>el grupo %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>el rol %1</translation>
    </message>
    <message>
        <source>the app is excluded</source>
        <translation>la aplicación está excluida</translation>
    </message>
    <message>
        <source>all cloud apps</source>
        <translation>todas las aplicaciones en la nube</translation>
    </message>
    <message>
        <source>the app itself</source>
        <translation>la propia aplicación</translation>
    </message>
    <message>
        <source>%1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Microsoft Graph</extracomment>
        <translation>%1, que llama la aplicación</translation>
    </message>
    <message>
        <source>the Office 365 apps, among them %1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Office 365 Exchange Online; &quot;Office 365&quot; is the policy&apos;s app group</extracomment>
        <translation>las aplicaciones de Office 365, entre ellas %1, que llama la aplicación</translation>
    </message>
    <message>
        <source>it targets a user action (such as registering security information), not an app sign-in</source>
        <translation>se dirige a una acción del usuario (como registrar información de seguridad), no a un inicio de sesión en una aplicación</translation>
    </message>
    <message>
        <source>it targets an authentication context, which only an app that asks for it triggers</source>
        <translation>se dirige a un contexto de autenticación, que solo activa una aplicación que lo solicita</translation>
    </message>
    <message>
        <source>it does not target this app or an API it calls</source>
        <translation>no se dirige a esta aplicación ni a ninguna API que llame</translation>
    </message>
    <message>
        <source>it does not target this user</source>
        <translation>no se dirige a este usuario</translation>
    </message>
    <message>
        <source>it covers legacy authentication clients only (Exchange ActiveSync and other clients)</source>
        <translation>solo abarca clientes de autenticación heredada (Exchange ActiveSync y otros clientes)</translation>
    </message>
    <message>
        <source>an application filter</source>
        <translation>un filtro de aplicaciones</translation>
    </message>
    <message>
        <source>the network location</source>
        <translation>la ubicación de red</translation>
    </message>
    <message>
        <source>the device platform</source>
        <translation>la plataforma del dispositivo</translation>
    </message>
    <message>
        <source>a device filter</source>
        <translation>un filtro de dispositivos</translation>
    </message>
    <message>
        <source>the authentication flow</source>
        <translation>el flujo de autenticación</translation>
    </message>
    <message>
        <source>the sign-in or user risk</source>
        <translation>el riesgo de inicio de sesión o del usuario</translation>
    </message>
    <message>
        <source>desktop and mobile apps only</source>
        <translation>solo aplicaciones móviles y de escritorio</translation>
    </message>
    <message>
        <source>browsers only</source>
        <translation>solo exploradores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply: %2.</source>
        <extracomment>%1 a policy&apos;s name, %2 why it does not apply</extracomment>
        <translation>&quot;%1&quot; no se aplica: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (report-only: logged, not enforced) targets %2 and %3.</source>
        <extracomment>%1 policy name, %2 whom it targets, %3 which apps; the policy is only logged</extracomment>
        <translation>&quot;%1&quot; (solo informe: se registra, no se aplica) se dirige a %2 y %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (off) would target %2 and %3.</source>
        <translation>&quot;%1&quot; (desactivada) se dirigiría a %2 y %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; targets %2 and %3.</source>
        <translation>&quot;%1&quot; se dirige a %2 y %3.</translation>
    </message>
    <message>
        <source>Whether it applies depends on %1.</source>
        <extracomment>%1 is a list of conditions, e.g. &quot;the network location, the device platform&quot;</extracomment>
        <translation>Que se aplique depende de %1.</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessPolicy</name>
    <message>
        <source>On</source>
        <extracomment>A conditional access policy&apos;s state, as the Entra admin center shows it</extracomment>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Report-only</source>
        <extracomment>A conditional access policy&apos;s state: evaluated and logged, not enforced</extracomment>
        <translation>Solo informe</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A conditional access policy&apos;s state</extracomment>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>block access</source>
        <translation>bloquear el acceso</translation>
    </message>
    <message>
        <source>multifactor authentication</source>
        <translation>autenticación multifactor</translation>
    </message>
    <message>
        <source>a device marked as compliant</source>
        <translation>un dispositivo marcado como compatible</translation>
    </message>
    <message>
        <source>a Microsoft Entra hybrid joined device</source>
        <translation>un dispositivo unido a Microsoft Entra híbrido</translation>
    </message>
    <message>
        <source>an approved client app</source>
        <translation>una aplicación cliente aprobada</translation>
    </message>
    <message>
        <source>an app protection policy</source>
        <translation>una directiva de protección de aplicaciones</translation>
    </message>
    <message>
        <source>a password change</source>
        <translation>un cambio de contraseña</translation>
    </message>
    <message>
        <source>the control &quot;%1&quot;</source>
        <extracomment>%1 is a grant control&apos;s name as Microsoft Graph spells it</extracomment>
        <translation>el control &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Blocks access.</source>
        <translation>Bloquea el acceso.</translation>
    </message>
    <message>
        <source>the authentication strength &quot;%1&quot;</source>
        <extracomment>%1 is an authentication strength&apos;s name (e.g. &quot;Phishing-resistant MFA&quot;)</extracomment>
        <translation>la seguridad de autenticación &quot;%1&quot;</translation>
    </message>
    <message>
        <source>accepting the terms of use</source>
        <translation>aceptar los términos de uso</translation>
    </message>
    <message>
        <source>a custom authentication factor</source>
        <translation>un factor de autenticación personalizado</translation>
    </message>
    <message>
        <source>Grants access with session controls (no grant control).</source>
        <translation>Concede acceso con controles de sesión (sin control de concesión).</translation>
    </message>
    <message>
        <source>Demands nothing (no grant control).</source>
        <translation>No exige nada (sin control de concesión).</translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <extracomment>%1 is one requirement, e.g. &quot;multifactor authentication&quot;</extracomment>
        <translation>Requiere %1.</translation>
    </message>
    <message>
        <source>Requires all of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; the user must meet every one</extracomment>
        <translation>Requiere todo lo siguiente: %1.</translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; meeting one of them is enough</extracomment>
        <translation>Requiere uno de los siguientes: %1.</translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation>para saber quién es usted: su nombre, su nombre de inicio de sesión y su id. de objeto</translation>
    </message>
    <message>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation>para leer sus roles de directorio, usuarios, grupos, aplicaciones y los permisos que se les han concedido</translation>
    </message>
    <message>
        <source>to read the consent requests waiting for review</source>
        <translation>para leer las solicitudes de consentimiento pendientes de revisión</translation>
    </message>
    <message>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation>para leer la configuración y las directivas de consentimiento que deciden si los usuarios pueden conectar aplicaciones</translation>
    </message>
    <message>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation>para conceder, restringir y revocar permisos delegados (oauth2PermissionGrants)</translation>
    </message>
    <message>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation>para conceder y revocar permisos de aplicación (asignaciones de roles de aplicación)</translation>
    </message>
    <message>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation>para agregar la entidad de servicio que falta a una aplicación antes de conceder permisos, y para bloquear (deshabilitar) una aplicación</translation>
    </message>
    <message>
        <source>to change the admin consent workflow settings</source>
        <translation>para cambiar la configuración del flujo de trabajo de consentimiento del administrador</translation>
    </message>
    <message>
        <source>to change the user consent settings</source>
        <translation>para cambiar la configuración de consentimiento del usuario</translation>
    </message>
    <message>
        <source>to classify permissions as low impact (what users may consent to)</source>
        <translation>para clasificar permisos como de bajo impacto (a los que los usuarios pueden dar su consentimiento)</translation>
    </message>
</context>
<context>
    <name>ConsentOverview</name>
    <message>
        <source>Less than a day</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Menos de un día</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>De 1 a 7 días</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>De 7 a 30 días</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>how long a consent request has waited: Graph gave no date (a bar of the Overview&apos;s chart)</extracomment>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <source>No Graph client.</source>
        <translation>No hay ningún cliente de Graph.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsLoader</name>
    <message>
        <source>No Graph client.</source>
        <translation>No hay ningún cliente de Graph.</translation>
    </message>
    <message>
        <source>This directory role does not exist in the tenant.</source>
        <translation>Este rol de directorio no existe en el inquilino.</translation>
    </message>
    <message>
        <source>Holders of this role can view and deny requests but not approve them.</source>
        <translation>Los titulares de este rol pueden ver y denegar solicitudes, pero no aprobarlas.</translation>
    </message>
    <message>
        <source>Nobody with an enabled account holds this role.</source>
        <translation>Nadie con una cuenta habilitada tiene este rol.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>Holds no role that may approve (Cloud Application Administrator, Application Administrator, Privileged Role Administrator or Global Administrator): can view and deny requests only.</source>
        <translation>No tiene ningún rol que pueda aprobar (Administrador de aplicaciones en la nube, Administrador de aplicaciones, Administrador de roles con privilegios o Administrador global): solo puede ver y denegar solicitudes.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuario ya no existe.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Este grupo ya no existe.</translation>
    </message>
    <message>
        <source>The group has no enabled members.</source>
        <translation>El grupo no tiene miembros habilitados.</translation>
    </message>
    <message>
        <source>No enabled member of the group holds a role that may approve.</source>
        <translation>Ningún miembro habilitado del grupo tiene un rol que pueda aprobar.</translation>
    </message>
    <message>
        <source>ConsentDesk does not understand this reviewer query.</source>
        <translation>ConsentDesk no entiende esta consulta de revisor.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsView</name>
    <message>
        <source>Your account may not read this (%1). Reading it needs Policy.Read.All and a role such as Global Reader, Cloud Application Administrator or Global Administrator.</source>
        <translation>Puede que su cuenta no tenga permiso para leer esto (%1). Para leerlo se necesita Policy.Read.All y un rol como Lector global, Administrador de aplicaciones en la nube o Administrador global.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>Configuración de consentimiento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Admin consent requests</source>
        <translation>Solicitudes de consentimiento del administrador</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Can approve</source>
        <translation>Puede aprobar</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>User consent for applications</source>
        <translation>Consentimiento del usuario para aplicaciones</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Permissions classified low impact (Microsoft Graph)</source>
        <translation>Permisos clasificados como de bajo impacto (Microsoft Graph)</translation>
    </message>
    <message>
        <source>With the setting &quot;for selected permissions&quot;, users may consent to these for apps from verified publishers or from your organization.</source>
        <translation>Con la opción &quot;para permisos seleccionados&quot;, los usuarios pueden dar su consentimiento a estos permisos para aplicaciones de publicadores comprobados o de su organización.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Id. de permiso</translation>
    </message>
    <message>
        <source>Admin consent workflow, user consent setting and low-impact permissions</source>
        <translation>Flujo de trabajo de consentimiento del administrador, configuración de consentimiento del usuario y permisos de bajo impacto</translation>
    </message>
    <message>
        <source>Sign in to see the tenant&apos;s consent settings.</source>
        <translation>Inicie sesión para ver la configuración de consentimiento del inquilino.</translation>
    </message>
    <message>
        <source>Reading the consent settings…</source>
        <translation>Leyendo la configuración de consentimiento…</translation>
    </message>
    <message>
        <source>Users cannot request admin consent: they are told to ask an administrator.</source>
        <translation>Los usuarios no pueden solicitar el consentimiento del administrador: se les indica que se lo pidan a un administrador.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Group and team owners may not consent to apps accessing their data.</source>
        <translation>Los propietarios de grupos y equipos no pueden dar su consentimiento a aplicaciones que accedan a sus datos.</translation>
    </message>
    <message>
        <source>Group and team owners may consent under: %1</source>
        <translation>Los propietarios de grupos y equipos pueden dar su consentimiento según: %1</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Incluye</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Excluye</translation>
    </message>
    <message>
        <source>Part of the settings could not be read; the rest is shown.</source>
        <translation>No se pudo leer parte de la configuración; se muestra el resto.</translation>
    </message>
    <message>
        <source>Reviewers of admin consent requests</source>
        <translation>Revisores de las solicitudes de consentimiento del administrador</translation>
    </message>
    <message>
        <source>User consent policies</source>
        <translation>Directivas de consentimiento del usuario</translation>
    </message>
    <message>
        <source>Permissions classified low impact</source>
        <translation>Permisos clasificados como de bajo impacto</translation>
    </message>
    <message>
        <source>&amp;Users can request admin consent to apps they are unable to consent to</source>
        <translation>Los &amp;usuarios pueden solicitar el consentimiento del administrador para las aplicaciones a las que no pueden dar su consentimiento</translation>
    </message>
    <message>
        <source>E-mail &amp;notifications to reviewers</source>
        <translation>&amp;Notificaciones por correo electrónico a los revisores</translation>
    </message>
    <message>
        <source>Expiration re&amp;minders</source>
        <translation>Recordatorios de e&amp;xpiración</translation>
    </message>
    <message>
        <source>Requests e&amp;xpire after (days):</source>
        <translation>Las solicitudes expiran después de (&amp;días):</translation>
    </message>
    <message>
        <source>Add revie&amp;wer…</source>
        <translation>&amp;Agregar revisor…</translation>
    </message>
    <message>
        <source>Remove r&amp;eviewer</source>
        <translation>&amp;Quitar revisor</translation>
    </message>
    <message>
        <source>&amp;Save workflow…</source>
        <translation>&amp;Guardar flujo de trabajo…</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>A&amp;plicar…</translation>
    </message>
    <message>
        <source>A&amp;dd permission…</source>
        <translation>Agregar per&amp;miso…</translation>
    </message>
    <message>
        <source>Remove permission…</source>
        <translation>Quitar permiso…</translation>
    </message>
    <message>
        <source>Classifying permissions needs Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Para clasificar permisos se necesita el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
    <message>
        <source>Classify a permission as low impact</source>
        <translation>Clasificar un permiso como de bajo impacto</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permission (for example Mail.Read):</source>
        <translation>Permiso delegado de Microsoft Graph (por ejemplo, Mail.Read):</translation>
    </message>
    <message>
        <source>Classify a permission</source>
        <translation>Clasificar un permiso</translation>
    </message>
    <message>
        <source>Could not read Microsoft Graph&apos;s permissions: %1</source>
        <translation>No se pudieron leer los permisos de Microsoft Graph: %1</translation>
    </message>
    <message>
        <source>%1 needs an admin&apos;s consent, so users can never consent to it and it cannot be classified.</source>
        <translation>%1 requiere el consentimiento de un administrador, por lo que los usuarios nunca pueden dar su consentimiento a este permiso y no se puede clasificar.</translation>
    </message>
    <message>
        <source>Microsoft Graph has no delegated permission %1.</source>
        <translation>Microsoft Graph no tiene ningún permiso delegado %1.</translation>
    </message>
    <message>
        <source>Check p&amp;osture…</source>
        <translation>Comprobar la p&amp;ostura…</translation>
    </message>
    <message numerus="yes">
        <source>Users can ask for approval; a request expires after %n day(s) without a decision.</source>
        <translation>
            <numerusform>Los usuarios pueden solicitar la aprobación; una solicitud expira tras %n día sin decisión.</numerusform>
            <numerusform>Los usuarios pueden solicitar la aprobación; una solicitud expira tras %n días sin decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>En vigor: %1.</translation>
    </message>
    <message>
        <source>One row per permission classified low impact; users may consent to these when the user consent policy allows low-impact permissions.</source>
        <translation>Una fila por permiso clasificado como de bajo impacto; los usuarios pueden dar su consentimiento a estos cuando la directiva de consentimiento del usuario permite permisos de bajo impacto.</translation>
    </message>
    <message>
        <source>The policies that decide which apps users may consent to for themselves; expand one to see its conditions.</source>
        <translation>Las directivas que deciden a qué aplicaciones pueden dar su consentimiento los usuarios por sí mismos; expanda una para ver sus condiciones.</translation>
    </message>
    <message>
        <source>One row per user, group or role that reviews admin consent requests, and whether it can approve them.</source>
        <translation>Una fila por usuario, grupo o rol que revisa las solicitudes de consentimiento del administrador, y si puede aprobarlas.</translation>
    </message>
    <message>
        <source>Users consent under these custom app consent policies: %1. ConsentDesk offers the four choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Los usuarios dan su consentimiento según estas directivas de consentimiento de aplicaciones personalizadas: %1. ConsentDesk ofrece las cuatro opciones anteriores; una directiva de consentimiento de aplicaciones personalizada se cambia en el Centro de administración Entra o con Microsoft Graph PowerShell.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation>Versiones, ubicación del registro, acceso al llavero y actividad de red. Nada de esta página es secreto: cópielo tal cual en una incidencia de soporte técnico.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
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
        <translation>%1 (compilado con %2)</translation>
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
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <source>Logging to the console only</source>
        <translation>Registro solo en la consola</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Network requests (this session)</source>
        <translation>Solicitudes de red (esta sesión)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock or create a keyring.</source>
        <translation>Aún no se ha comprobado. La comprobación guarda y elimina una entrada de prueba; puede que el sistema le pida desbloquear o crear un llavero.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation>✔ Accesible. Los inicios de sesión se recuerdan de forma segura en el llavero del sistema.</translation>
    </message>
    <message>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation>✖ No disponible: %1
Los inicios de sesión solo duran esta sesión; no se escribe nada en el disco como texto sin cifrar.</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>no respondió ningún servicio de llavero</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aún no hay solicitudes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Por método</translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation>Por estado HTTP</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>Limitadas (429)</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>Errores de red</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Time in requests</source>
        <translation>Tiempo en solicitudes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>In flight / queued</source>
        <translation>En curso / en cola</translation>
    </message>
    <message>
        <source>Versions, logs, keychain and network counters</source>
        <translation>Versiones, registros, llavero y contadores de red</translation>
    </message>
    <message>
        <source>Requests sent, by service</source>
        <translation>Solicitudes enviadas, por servicio</translation>
    </message>
    <message>
        <source>The requests this session sent, counted by service and by answer.</source>
        <translation>Las solicitudes que envió esta sesión, contadas por servicio y por respuesta.</translation>
    </message>
</context>
<context>
    <name>DirectoryObjectResolver</name>
    <message>
        <source>No connection to Graph.</source>
        <translation>No hay conexión con Graph.</translation>
    </message>
    <message>
        <source>Graph&apos;s $batch answer had no result for %1.</source>
        <translation>La respuesta $batch de Graph no tenía ningún resultado para %1.</translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation>Microsoft Graph no permite denegar una solicitud de consentimiento: deniéguela en el Centro de administración de Microsoft Entra (Aplicaciones empresariales → Solicitudes de consentimiento del administrador), o bloquee aquí la aplicación para que nadie pueda volver a usarla ni solicitarla.</translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <source>A sign-in is already running</source>
        <translation>Ya hay un inicio de sesión en curso</translation>
    </message>
    <message>
        <source>No tenant and cloud configured.</source>
        <translation>No hay ningún inquilino ni nube configurados.</translation>
    </message>
    <message>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation>ConsentDesk no pudo recibir la respuesta de inicio de sesión</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation>No se pudo abrir ningún puerto local en 127.0.0.1. Compruebe el software de firewall local y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation>Ha iniciado sesión en ConsentDesk; puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation>ConsentDesk está terminando el inicio de sesión. Vuelva a la ventana de ConsentDesk.</translation>
    </message>
    <message>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation>No se completó el inicio de sesión en ConsentDesk</translation>
    </message>
    <message>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation>Esta página no pertenece a un inicio de sesión de ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation>ConsentDesk omitió esta respuesta porque no coincide con el inicio de sesión en curso. Termine el inicio de sesión en la pestaña del explorador que abrió ConsentDesk.</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>La respuesta no contenía ningún código de autorización.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Vuelva a iniciar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation>Exchange Online rechazó %1 (HTTP 403, sin detalles). La cuenta con la que se inició sesión necesita el rol Administrador de Exchange o Administrador global (Lector global solo puede ejecutar cmdlets Get- y Test-), o este cmdlet no está disponible en la organización.</translation>
    </message>
    <message>
        <source>No Exchange transport.</source>
        <translation>No hay ningún transporte de Exchange.</translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>No se pudo consultar a Exchange: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOperation</name>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy muestra el nuevo resultado de inmediato; Microsoft Graph puede tardar hasta una hora en aplicarlo.</translation>
    </message>
    <message>
        <source>No Exchange Online connection.</source>
        <translation>No hay ninguna conexión con Exchange Online.</translation>
    </message>
    <message>
        <source>Not sent: there is no Exchange Online connection.</source>
        <translation>No enviado: no hay ninguna conexión con Exchange Online.</translation>
    </message>
    <message>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation>No se encontró; no se cambió nada: %1 no devolvió nada para %2.</translation>
    </message>
    <message>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>Quitar la directiva %1 de %2 en &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Sin su directiva RestrictAccess, %1 puede volver a llegar a todos los buzones (salvo que otras directivas lo impidan).</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation>%1: no deshecho; el diario no registra la identidad de la nueva directiva. Búsquela con Get-ApplicationAccessPolicy y quítela con Remove-ApplicationAccessPolicy.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation>%1: no restaurado; el diario no contiene ninguna directiva anterior.</translation>
    </message>
    <message>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>Volver a crear la directiva %1 de %2 en &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation>%1: no restaurado; el diario no contiene ninguna descripción anterior.</translation>
    </message>
    <message>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation>Restablecer la descripción de la directiva de %1 en &quot;%2&quot;: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation>%1: no deshecho; el diario no indica el grupo ni el miembro.</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Quitar %1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation>Volver a agregar %1 a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation>Quitar %1 de %2 (asignación &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation>%1: no deshecho; el diario no registra el nombre de la nueva asignación de roles. Búsquela con Get-ManagementRoleAssignment -App y quítela con Remove-ManagementRoleAssignment.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation>%1: no restaurado; el diario no contiene ninguna asignación de roles anterior.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation>Volver a asignar %1 a %2, para toda la organización</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation>Volver a asignar %1 a %2, limitado a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change.</source>
        <translation>%1: no deshecho; tipo de cambio desconocido.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation>%1: se deja como está; ConsentDesk no elimina grupos. Quítelo en el Centro de administración de Exchange o con Remove-DistributionGroup -Identity %2 cuando ya nada lo use.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation>%1: se deja como está; ConsentDesk no elimina entidades de servicio de Exchange. Quítela con Remove-ServicePrincipal -Identity %2 cuando ninguna asignación de roles la use.</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation>%1: se deja como está; ConsentDesk no elimina ámbitos de administración. Quítelo en el Centro de administración de Exchange o con Remove-ManagementScope -Identity %2 cuando ninguna asignación de roles lo use.</translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation>Mantener %1 fuera de los buzones de %2</translation>
    </message>
    <message>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation>Limitar %1 a los buzones de %2</translation>
    </message>
    <message>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation>Crear el grupo de seguridad habilitado para correo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>Agregar %1 a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation>Denegar a %1 los buzones de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation>Restringir %1 a los buzones de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation>Microsoft recomienda RBAC para aplicaciones en lugar de nuevas directivas de acceso de aplicación.</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy muestra el nuevo resultado de inmediato; Microsoft Graph puede tardar hasta una hora en aplicarlo.</translation>
    </message>
    <message>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation>Quitar la directiva de acceso de %1 en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation>Quitar la directiva %1 de la aplicación %2 en &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation>Sin esta directiva RestrictAccess, la aplicación puede volver a llegar a todos los buzones (a menos que otras directivas la restrinjan).</translation>
    </message>
    <message>
        <source>Change the description of a policy</source>
        <translation>Cambiar la descripción de una directiva</translation>
    </message>
    <message>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation>Establecer la descripción de la directiva de %1 en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add members to &quot;%1&quot;</source>
        <translation>Agregar miembros a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove members from &quot;%1&quot;</source>
        <translation>Quitar miembros de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>Quitar %1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation>Asignar a %1 el rol %2</translation>
    </message>
    <message>
        <source>Register %1 with Exchange Online</source>
        <translation>Registrar %1 en Exchange Online</translation>
    </message>
    <message>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation>Crear el ámbito de administración &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation>Asignar %1 a %2 para toda la organización</translation>
    </message>
    <message>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation>Asignar %1 a %2, limitado a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation>RBAC para aplicaciones es aditivo: un permiso de aplicación de Microsoft Graph para todo el inquilino (p. ej., Mail.Read con consentimiento en Entra) sigue llegando a todos los buzones. Quítelo después de pasar a RBAC.</translation>
    </message>
    <message>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation>Quitar la asignación de roles &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove %1 from app %2</source>
        <translation>Quitar %1 de la aplicación %2</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name is empty; MemberOfGroup needs it.</source>
        <translation>El nombre distintivo del grupo está vacío; MemberOfGroup lo necesita.</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name &quot;%1&quot; contains %2 (U+%3), a character Exchange may read as a quote inside the management scope&apos;s filter, which could then reach every mailbox. ConsentDesk does not write such a filter: rename the group so its name has no quote characters (Set-DistributionGroup -Name), or create the management scope yourself and check its filter with Get-ManagementScope.</source>
        <translation>El nombre distintivo del grupo &quot;%1&quot; contiene %2 (U+%3), un carácter que Exchange puede interpretar como comilla dentro del filtro del ámbito de administración, que entonces podría llegar a todos los buzones. ConsentDesk no escribe un filtro así: cambie el nombre del grupo para que no contenga comillas (Set-DistributionGroup -Name), o cree usted mismo el ámbito de administración y compruebe su filtro con Get-ManagementScope.</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation>
            <numerusform>Deshacer %n cambio de Exchange</numerusform>
            <numerusform>Deshacer %n cambios de Exchange</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation>%1: no es un cambio de Exchange; restáurelo por separado.</translation>
    </message>
    <message>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation>%1: no deshecho; aún no se sabe si se realizó.</translation>
    </message>
    <message>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation>%1: no deshecho; el cambio no se realizó (%2).</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation>%1: no deshecho; tipo de cambio desconocido (%2).</translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation>
            <numerusform>Se realizó %n cambio.</numerusform>
            <numerusform>Se realizaron los %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation>Puede que los usuarios tengan que volver a iniciar sesión en la aplicación para que se apliquen los nuevos permisos.</translation>
    </message>
    <message>
        <source>Result of each change</source>
        <translation>Resultado de cada cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the title of the results window when every change was made</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation>No se realizaron algunos cambios</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation>
            <numerusform>Se realizó %n cambio en Exchange Online.</numerusform>
            <numerusform>Se realizaron los %n cambios en Exchange Online.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation>Correctos: %1; con errores: %2; omitidos: %3.</translation>
    </message>
    <message>
        <source>Roll back what succeeded…</source>
        <translation>Revertir lo que se realizó correctamente…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the result of one change, in the results list</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>One row per change: whether it was made, what it was, and the details.</source>
        <translation>Una fila por cambio: si se hizo, qué era y los detalles.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain a sign-in error</source>
        <translation>Explicar un error de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Paste what the user saw: the error code (for example AADSTS65001), the whole message, or the page&apos;s heading (&quot;Need admin approval&quot;, &quot;Approval required&quot;).</source>
        <translation>&amp;Pegue lo que vio el usuario: el código de error (por ejemplo, AADSTS65001), el mensaje completo o el título de la página (&quot;Se necesita la aprobación del administrador&quot;, &quot;Se requiere aprobación&quot;).</translation>
    </message>
    <message>
        <source>Error text to explain</source>
        <translation>Texto de error que se explicará</translation>
    </message>
    <message>
        <source>AADSTS90094: The grant requires admin permission.</source>
        <translation>AADSTS90094: The grant requires admin permission.</translation>
    </message>
    <message>
        <source>Codes, error names and the consent screen&apos;s words are recognized in English, German, French, Spanish and Japanese.</source>
        <translation>Los códigos, los nombres de error y las palabras de la pantalla de consentimiento se reconocen en inglés, alemán, francés, español y japonés.</translation>
    </message>
    <message>
        <source>No sign-in error ConsentDesk knows was found in this text. Paste the AADSTS code from the message, or look it up on https://login.microsoftonline.com/error.</source>
        <translation>No se encontró en este texto ningún error de inicio de sesión que ConsentDesk conozca. Pegue el código AADSTS del mensaje, o búsquelo en https://login.microsoftonline.com/error.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) recognized:</source>
        <translation>
            <numerusform>%n elemento reconocido:</numerusform>
            <numerusform>%n elementos reconocidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Aplicación: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>Id. de correlación: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>Id. de seguimiento: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
    <message>
        <source>Only the first %1 characters were read.</source>
        <translation>Solo se leyeron los primeros %1 caracteres.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa: %1</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>Quién puede corregirlo: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>Open the troubleshooter</source>
        <translation>Abrir el solucionador de problemas</translation>
    </message>
    <message>
        <source>Open consent requests</source>
        <translation>Abrir las solicitudes de consentimiento</translation>
    </message>
    <message>
        <source>Open consent settings</source>
        <translation>Abrir la configuración de consentimiento</translation>
    </message>
</context>
<context>
    <name>FilterBanner</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show everything, without the filter</source>
        <translation>Mostrar todo, sin el filtro</translation>
    </message>
</context>
<context>
    <name>FirstSeenState</name>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk notes on this computer when it first sees each grant, from the lists it reads and the snapshots it opens; it has not noted any for this tenant yet.</source>
        <translation>Graph no guarda ninguna fecha para una concesión. ConsentDesk anota en este equipo cuándo ve cada concesión por primera vez, en las listas que lee y las instantáneas que abre; todavía no ha anotado ninguna para este inquilino.</translation>
    </message>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk noted this date on this computer the first time it saw the grant, in a list it read or a snapshot it opened; it has been noting them since %1, so an earlier grant shows that date or a later one.</source>
        <translation>Graph no guarda ninguna fecha para una concesión. ConsentDesk anotó esta fecha en este equipo la primera vez que vio la concesión, en una lista que leyó o una instantánea que abrió; anota desde el %1, así que una concesión anterior muestra esa fecha o una posterior.</translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <source>No service principal %1 in this tenant.</source>
        <translation>No hay ninguna entidad de servicio %1 en este inquilino.</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>No hay conexión con Microsoft Graph.</translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation>No se puede conceder %1 (aplicación) de %2: %3</translation>
    </message>
    <message>
        <source>the API is not in this tenant</source>
        <translation>la API no está en este inquilino</translation>
    </message>
    <message>
        <source>the API does not publish it as an application permission</source>
        <translation>la API no lo publica como permiso de aplicación</translation>
    </message>
    <message>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation>No se puede conceder %1 (delegado) de %2: %3</translation>
    </message>
    <message>
        <source>the API does not publish it</source>
        <translation>la API no lo publica</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation>Crear la entidad de servicio de %1 (appId %2) en este inquilino</translation>
    </message>
    <message>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation>Crear la entidad de servicio de la API %1 (appId %2) en este inquilino</translation>
    </message>
    <message>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation>Agregar %1 a la concesión para todo el inquilino de %2 en %3 (conserva %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation>Conceder %1 a %2 en %3 para todos los usuarios (nueva concesión para todo el inquilino)</translation>
    </message>
    <message>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation>Conceder el permiso de aplicación %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation>Crear la entidad de servicio de %1 (appId %2) deshabilitada, para que nadie pueda iniciar sesión en ella ni solicitarla</translation>
    </message>
    <message>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation>%1 ya está bloqueada (inicio de sesión deshabilitado).</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation>Deshabilitar el inicio de sesión para %1 (accountEnabled = false)</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>No Microsoft Graph endpoint is configured.</source>
        <translation>No hay ningún punto de conexión de Microsoft Graph configurado.</translation>
    </message>
    <message>
        <source>No Exchange Online endpoint is configured.</source>
        <translation>No hay ningún punto de conexión de Exchange Online configurado.</translation>
    </message>
    <message>
        <source>Invalid URL.</source>
        <translation>Dirección URL no válida.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: tokens travel only over https (plain http is allowed to this computer only).</source>
        <translation>Se rechaza http:// sin cifrar a %1: los tokens solo viajan por https (http sin cifrar solo se permite a este equipo).</translation>
    </message>
    <message>
        <source>Unsupported scheme %1.</source>
        <translation>Esquema %1 no admitido.</translation>
    </message>
    <message>
        <source>Refusing to send the access token to %1, which is not the configured API root.</source>
        <translation>No se envía el token de acceso a %1, que no es la raíz de API configurada.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>No hay token de acceso.</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was larger than %3, the most ConsentDesk reads in one response, so it stopped reading. %4 does not send answers this large: something else may be answering (a proxy or a server that is not Microsoft&apos;s). Check the connection&apos;s proxy settings and try again; if the answer is genuine, raise the limit with CONSENTDESK_MAX_RESPONSE_MB.</source>
        <translation>La respuesta a %1 %2 superaba %3, lo máximo que ConsentDesk lee en una respuesta, así que dejó de leer. %4 no envía respuestas tan grandes: puede que responda otra cosa (un proxy o un servidor que no es de Microsoft). Compruebe la configuración de proxy de la conexión y vuelva a intentarlo; si la respuesta es auténtica, aumente el límite con CONSENTDESK_MAX_RESPONSE_MB.</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>El servidor envió JSON mal formado (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The server sent no &apos;value&apos; array for a collection.</source>
        <translation>El servidor no envió ninguna matriz «value» para una colección.</translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent pages it had already sent, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>Al leer %1, el servidor envió páginas que ya había enviado, después de %n página; ConsentDesk se detuvo para no leer en bucle. Puede que la lista esté incompleta: actualice y, si vuelve a ocurrir, el servicio funciona mal; inténtelo más tarde.</numerusform>
            <numerusform>Al leer %1, el servidor envió páginas que ya había enviado, después de %n páginas; ConsentDesk se detuvo para no leer en bucle. Puede que la lista esté incompleta: actualice y, si vuelve a ocurrir, el servicio funciona mal; inténtelo más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent a page link it had already given, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>Al leer %1, el servidor envió un vínculo de página que ya había dado, después de %n página; ConsentDesk se detuvo para no leer en bucle. Puede que la lista esté incompleta: actualice y, si vuelve a ocurrir, el servicio funciona mal; inténtelo más tarde.</numerusform>
            <numerusform>Al leer %1, el servidor envió un vínculo de página que ya había dado, después de %n páginas; ConsentDesk se detuvo para no leer en bucle. Puede que la lista esté incompleta: actualice y, si vuelve a ocurrir, el servicio funciona mal; inténtelo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer for batch item %1.</source>
        <translation>No hay respuesta para el elemento de lote %1.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server answered HTTP %1 without details.</source>
        <translation>El servidor respondió HTTP %1 sin detalles.</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without details.</source>
        <translation>El servicio de inicio de sesión respondió HTTP %1 sin detalles.</translation>
    </message>
    <message>
        <source>Exchange refused the request (HTTP 403) without details. The signed-in account may lack the Exchange role this cmdlet needs, or the cmdlet is not available.</source>
        <translation>Exchange rechazó la solicitud (HTTP 403) sin detalles. Puede que a la cuenta con la que se inició sesión le falte el rol de Exchange que necesita este cmdlet, o que el cmdlet no esté disponible.</translation>
    </message>
    <message>
        <source>Exchange answered HTTP %1 without details.</source>
        <translation>Exchange respondió HTTP %1 sin detalles.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentPanel</name>
    <message>
        <source>Group owner consent for apps accessing data</source>
        <translation>Consentimiento del propietario del grupo para aplicaciones que acceden a datos</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <extracomment>Applies the group owner consent choice (a preview with the exact change comes first)</extracomment>
        <translation>Apli&amp;car…</translation>
    </message>
    <message>
        <source>Apply the group owner consent choice</source>
        <translation>Aplicar la opción de consentimiento del propietario del grupo</translation>
    </message>
    <message>
        <source>Group owners consent under these app consent policies: %1. ConsentDesk offers the three choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>Los propietarios de grupos dan su consentimiento según estas directivas de consentimiento de aplicaciones: %1. ConsentDesk ofrece las tres opciones de arriba; una directiva de consentimiento de aplicaciones personalizada se cambia en el Centro de administración de Microsoft Entra o con Microsoft Graph PowerShell.</translation>
    </message>
    <message>
        <source>In force: %1. %2</source>
        <translation>En vigor: %1. %2</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot;, which can let group owners consent too, could not be read: %1</source>
        <translation>No se pudo leer la configuración de directorio antigua «Consent Policy Settings», que también puede permitir que los propietarios de grupos den su consentimiento: %1</translation>
    </message>
    <message>
        <source>&quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>«No permitir el consentimiento del propietario del grupo» también la desactiva.</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentSetting</name>
    <message>
        <source>Do not allow group owner consent</source>
        <translation>No permitir el consentimiento del propietario del grupo</translation>
    </message>
    <message>
        <source>Allow group owner consent to pre-approved apps only</source>
        <translation>Permitir el consentimiento del propietario del grupo solo para aplicaciones aprobadas previamente</translation>
    </message>
    <message>
        <source>Allow group owner consent to apps</source>
        <translation>Permitir el consentimiento del propietario del grupo para aplicaciones</translation>
    </message>
    <message>
        <source>Group owner consent under a custom app consent policy</source>
        <translation>Consentimiento del propietario del grupo según una directiva de consentimiento de aplicaciones personalizada</translation>
    </message>
    <message>
        <source>Group owners cannot let apps reach the data of the groups they own.</source>
        <translation>Los propietarios de grupos no pueden dar a las aplicaciones acceso a los datos de sus grupos.</translation>
    </message>
    <message>
        <source>Group owners may consent only for apps an administrator pre-approved for groups.</source>
        <translation>Los propietarios de grupos solo pueden dar su consentimiento a aplicaciones que un administrador aprobó previamente para grupos.</translation>
    </message>
    <message>
        <source>Every group owner may let any app reach the data of the groups they own, for permissions that need no administrator.</source>
        <translation>Cada propietario de grupo puede dar a cualquier aplicación acceso a los datos de sus grupos, para los permisos que no requieren un administrador.</translation>
    </message>
    <message>
        <source>Group owners consent under the conditions of a custom app consent policy.</source>
        <translation>Los propietarios de grupos dan su consentimiento según las condiciones de una directiva de consentimiento de aplicaciones personalizada.</translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n concesión delegada</numerusform>
            <numerusform>%n concesiones delegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n permiso de aplicación</numerusform>
            <numerusform>%n permisos de aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant… %1 so far</source>
        <translation>Leyendo el inquilino… %1 hasta ahora</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation>
            <numerusform>%n concesión con consentimiento del administrador</numerusform>
            <numerusform>%n concesiones con consentimiento del administrador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation>
            <numerusform>%n consentimiento de usuario</numerusform>
            <numerusform>%n consentimientos de usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>leído a las %1</translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation>Graph enumeró un número de elementos distinto del que contó, por lo que esta lista puede estar incompleta (un problema conocido de paginación de Graph). Actualice para volver a leer. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</source>
        <translation>
            <numerusform>No se encontró en el directorio %n entidad de servicio a la que hacen referencia concesiones o asignaciones; la lista marca su aplicación como no encontrada.</numerusform>
            <numerusform>No se encontraron en el directorio %n entidades de servicio a las que hacen referencia concesiones o asignaciones; la lista marca sus aplicaciones como no encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n aplicación que faltaba en la lista de Graph se leyó por separado.</numerusform>
            <numerusform>%n aplicaciones que faltaban en la lista de Graph se leyeron por separado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>No se puede crear la carpeta del diario %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>No se puede crear el diario %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>No se puede leer el diario %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>No se puede escribir en el diario %1: %2</translation>
    </message>
    <message>
        <source>No journal entry %1.</source>
        <translation>No hay ninguna entrada de diario %1.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it has finished.</source>
        <translation>Otra instancia de ConsentDesk (proceso %2 en %3) ha bloqueado el diario %1. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The journal %1 could not be locked (%2).</source>
        <translation>No se pudo bloquear el diario %1 (%2).</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>process %1 on %2</source>
        <translation>proceso %1 en %2</translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <source>Keep only… — %1</source>
        <translation>Conservar solo… — %1</translation>
    </message>
    <message>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation>Marque lo que debe conservar %1. Se quita todo lo demás que tiene: los permisos delegados se sacan de sus concesiones y se anula la asignación de los permisos de aplicación.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Also trim what users consented to themselves</source>
        <translation>Recortar también lo que los usuarios consintieron personalmente</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Revisar los cambios…</translation>
    </message>
    <message>
        <source>Nothing would be removed.</source>
        <translation>No se quitaría nada.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation>
            <numerusform>Conserva %1 y quita %n permiso concedido: %2.</numerusform>
            <numerusform>Conserva %1 y quita %n permisos concedidos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions the app keeps (ticked)</source>
        <translation>Permisos que conserva la aplicación (marcados)</translation>
    </message>
    <message>
        <source>Every permission the app has now; the ticked ones stay, all others are removed.</source>
        <translation>Todos los permisos que tiene ahora la aplicación; los marcados se quedan y todos los demás se quitan.</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation>No hay ningún bus de sesión de escritorio (D-Bus) en ejecución, por lo que no se puede acceder a ningún servicio de llavero (GNOME Keyring, KWallet, KeePassXC). Inicie sesión desde una sesión de escritorio para conservar su inicio de sesión.</translation>
    </message>
    <message>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation>El llavero de inicio de sesión está bloqueado o no existe. Desbloquéelo (o créelo) en su administrador de llaveros.</translation>
    </message>
    <message>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation>El Secret Service no está instalado o no se está ejecutando (instale gnome-keyring o habilite la integración de Secret Service de KeePassXC).</translation>
    </message>
    <message>
        <source>The keychain returned different data than was stored.</source>
        <translation>El llavero devolvió datos distintos de los que se guardaron.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Se denegó el acceso al llavero (%1).</translation>
    </message>
    <message>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation>La entrada del llavero está incompleta (falta la parte %1).</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>El secreto es demasiado grande para el llavero (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>LegacyGroupConsentSetting</name>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; is not set in this tenant, so only the app consent policies decide.</source>
        <translation>La configuración de directorio antigua «Consent Policy Settings» no está establecida en este inquilino, así que solo deciden las directivas de consentimiento de aplicaciones.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; does not let group owners consent.</source>
        <translation>La configuración de directorio antigua «Consent Policy Settings» no permite que los propietarios de grupos den su consentimiento.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets every group owner consent to apps for the groups they own, whatever the app consent policies say.</source>
        <translation>La configuración de directorio antigua «Consent Policy Settings» permite que cualquier propietario de grupo dé su consentimiento a aplicaciones para los grupos que posee, digan lo que digan las directivas de consentimiento de aplicaciones.</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets group owners who are members of the group %1 consent to apps for the groups they own, whatever the app consent policies say.</source>
        <extracomment>%1 is a group&apos;s name (or its object ID when the name could not be read)</extracomment>
        <translation>La configuración de directorio antigua «Consent Policy Settings» permite que los propietarios de grupos que son miembros del grupo %1 den su consentimiento a aplicaciones para los grupos que poseen, digan lo que digan las directivas de consentimiento de aplicaciones.</translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation>%1 no tiene ningún permiso de aplicación que una directiva de acceso limite (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): la directiva no cambia nada hasta que obtenga uno. Las directivas de acceso nunca limitan los permisos delegados.</translation>
    </message>
    <message>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation>La directiva limitará los permisos de aplicación %2 de %1 a los buzones del grupo.</translation>
    </message>
    <message>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation>Microsoft está reemplazando las directivas de acceso de aplicación por RBAC para aplicaciones en Exchange Online y desaconseja crear directivas nuevas. Las directivas existentes siguen funcionando; ConsentDesk muestra el equivalente en RBAC de cada una (un ámbito de administración y una asignación de roles).</translation>
    </message>
    <message>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps and permissions if the app does not need them.</source>
        <translation>No limita %1: esos siguen llegando a todo el inquilino (archivos, sitios, directorio). Revóquelos en Aplicaciones y permisos si la aplicación no los necesita.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</source>
        <translation>
            <numerusform>%1 tiene %n permiso de aplicación para todo el inquilino en Entra ID (%2); hoy su directiva de acceso lo limita. RBAC para aplicaciones es aditivo: cuando se quite la directiva en favor de un rol con ámbito, volvería a llegar a todos los buzones. Revoque %2 en Aplicaciones y permisos antes de quitar la directiva.</numerusform>
            <numerusform>%1 tiene %n permisos de aplicación para todo el inquilino en Entra ID (%2); hoy su directiva de acceso los limita. RBAC para aplicaciones es aditivo: cuando se quite la directiva en favor de un rol con ámbito, volverían a llegar a todos los buzones. Revoque %2 en Aplicaciones y permisos antes de quitar la directiva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</source>
        <translation>
            <numerusform>%1 tiene %n permiso de aplicación para todo el inquilino en Entra ID (%2). RBAC para aplicaciones es aditivo: una asignación de roles con ámbito no lo restringe, por lo que la aplicación sigue llegando a todos los buzones. Cuando la asignación de roles funcione, revoque %2 en Aplicaciones y permisos.</numerusform>
            <numerusform>%1 tiene %n permisos de aplicación para todo el inquilino en Entra ID (%2). RBAC para aplicaciones es aditivo: una asignación de roles con ámbito no los restringe, por lo que la aplicación sigue llegando a todos los buzones. Cuando la asignación de roles funcione, revoque %2 en Aplicaciones y permisos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <source>Not asked</source>
        <translation>Sin consultar</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>En el grupo de ámbito</translation>
    </message>
    <message>
        <source>Exchange (Test)</source>
        <translation>Exchange (prueba)</translation>
    </message>
    <message>
        <source>Directory (local)</source>
        <translation>Directorio (local)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Exchange grants the app access to this mailbox, but the directory&apos;s policies deny it.</source>
        <translation>Exchange concede a la aplicación acceso a este buzón, pero las directivas del directorio lo deniegan.</translation>
    </message>
    <message>
        <source>Exchange denies the app access to this mailbox, but the directory&apos;s policies grant it.</source>
        <translation>Exchange deniega a la aplicación el acceso a este buzón, pero las directivas del directorio lo conceden.</translation>
    </message>
    <message>
        <source>Exchange Online and Entra ID each keep their own copy of group membership and synchronize it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation>Exchange Online y Entra ID mantienen cada uno su propia copia de la pertenencia a grupos y la sincronizan: puede que un cambio realizado en los últimos minutos (un grupo o miembro agregado en Exchange, un miembro cambiado en Entra ID, una directiva nueva o quitada) aún no haya llegado al otro lado. Vuelva a ejecutar la prueba dentro de unos minutos; si la diferencia persiste, compare los miembros del grupo en el Centro de administración de Exchange con Entra ID.</translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation>No hay ningún buzón &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation>Test-ApplicationAccessPolicy no devolvió ningún resultado.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>La sesión finalizó.</translation>
    </message>
</context>
<context>
    <name>MailboxAppFinder</name>
    <message>
        <source>No Graph client.</source>
        <translation>No hay ningún cliente de Graph.</translation>
    </message>
</context>
<context>
    <name>MailboxScoping</name>
    <message>
        <source>Unknown: Exchange could not be read</source>
        <translation>Desconocido: no se pudo leer Exchange</translation>
    </message>
    <message>
        <source>Every mailbox (no access policy)</source>
        <translation>Todos los buzones (sin directiva de acceso)</translation>
    </message>
    <message>
        <source>all but &quot;%1&quot;</source>
        <translation>todos menos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only &quot;%1&quot;</source>
        <translation>solo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>RBAC %1: %2</source>
        <translation>RBAC %1: %2</translation>
    </message>
    <message>
        <source>every mailbox</source>
        <translation>todos los buzones</translation>
    </message>
    <message>
        <source>RBAC roles unknown (Exchange could not be read)</source>
        <translation>Roles de RBAC desconocidos (no se pudo leer Exchange)</translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation>Ningún buzón</translation>
    </message>
    <message>
        <source>Every app (*)</source>
        <translation>Todas las aplicaciones (*)</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation>Esta es la única directiva RestrictAccess de %1: después de quitarla, %1 vuelve a llegar a todos los buzones del inquilino con %2.</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation>Esta es la única directiva RestrictAccess de %1: después de quitarla, %1 llega con %2 a todos los buzones, excepto a los que incluyen sus directivas DenyAccess.</translation>
    </message>
</context>
<context>
    <name>MailboxTestPanel</name>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Dirección del buzón, p. ej., priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>&amp;Mailbox to test:</source>
        <translation>&amp;Buzón que se va a probar:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose an app above and type a mailbox address.</source>
        <translation>Elija una aplicación arriba y escriba una dirección de buzón.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Consultando a Exchange…</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>No se pudo probar: %1</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Sin resultado.</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation>&amp;Acerca de ConsentDesk</translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation>Acerca de ConsentDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Revise, conceda y revoque el consentimiento de aplicaciones de Microsoft 365 / Entra ID, con privilegios mínimos y la posibilidad de deshacer.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Rol de directorio</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Role: none (read own data only)</source>
        <translation>Rol: ninguno (solo lee sus propios datos)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation>ConsentDesk — %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Explain a sign-in error…</source>
        <translation>E&amp;xplicar un error de inicio de sesión…</translation>
    </message>
    <message>
        <source>Account: none (a snapshot file)</source>
        <translation>Cuenta: ninguna (un archivo de instantánea)</translation>
    </message>
    <message>
        <source>Snapshot taken by %1</source>
        <translation>Instantánea tomada por %1</translation>
    </message>
    <message>
        <source>No one is signed in: the views show the snapshot %1, as it was exported.</source>
        <translation>Nadie ha iniciado sesión: las vistas muestran la instantánea %1 tal como se exportó.</translation>
    </message>
    <message>
        <source>Role: none (read-only snapshot)</source>
        <translation>Rol: ninguno (instantánea de solo lectura)</translation>
    </message>
    <message>
        <source>Nothing can be changed: a snapshot is read offline, and no tenant is reached.</source>
        <translation>No se puede cambiar nada: una instantánea se lee sin conexión y no se accede a ningún inquilino.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Only the apps whose riskiest permission is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Solo las aplicaciones cuyo permiso de más riesgo es %1.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest tenant-wide permission (admin consent or application permission) is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Solo las aplicaciones cuyo permiso para todo el inquilino de más riesgo (consentimiento del administrador o permiso de aplicación) es %1.</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest permission consented by users themselves is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>Solo las aplicaciones cuyo permiso de más riesgo consentido por los propios usuarios es %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n app(s). Show them.</source>
        <extracomment>%1 is a risk level (Critical, High, …); the button opens the list of those apps</extracomment>
        <translation>
            <numerusform>%1: %n aplicación. Mostrarlas.</numerusform>
            <numerusform>%1: %n aplicaciones. Mostrarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified</source>
        <extracomment>after a publisher&apos;s name: Microsoft has not verified it (a sign of consent phishing)</extracomment>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (no comprobado)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending request(s). Show them.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;); the button opens the list of those requests</extracomment>
        <translation>
            <numerusform>%1: %n solicitud pendiente. Mostrarlas.</numerusform>
            <numerusform>%1: %n solicitudes pendientes. Mostrarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the pending requests that have waited this long: %1.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;, &quot;Less than a day&quot;)</extracomment>
        <translation>Solo las solicitudes pendientes que han esperado este tiempo: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewHistoryChart</name>
    <message>
        <source>Users&apos; own consents by when ConsentDesk first saw them</source>
        <translation>Consentimientos propios de los usuarios, según el día en que ConsentDesk los vio por primera vez</translation>
    </message>
    <message>
        <source>Sign in to see when users consented to apps themselves.</source>
        <translation>Inicie sesión para ver cuándo los usuarios dieron su consentimiento a aplicaciones por sí mismos.</translation>
    </message>
    <message>
        <source>Reading the history of users&apos; consents…</source>
        <translation>Leyendo el historial de consentimientos de los usuarios…</translation>
    </message>
    <message>
        <source>The history of users&apos; consents on this computer could not be read: %1</source>
        <extracomment>%1 says why the file could not be read</extracomment>
        <translation>No se pudo leer el historial de consentimientos de los usuarios en este equipo: %1</translation>
    </message>
    <message>
        <source>Graph gives a consent no date: these are the days ConsentDesk first saw each one on this computer, since %1. The first bar is what was already there then.</source>
        <extracomment>%1 is a date. Graph gives a consent no date: the history starts when ConsentDesk first looked.</extracomment>
        <translation>Graph no pone fecha a los consentimientos: estos son los días en que ConsentDesk vio cada uno por primera vez en este equipo, desde el %1. La primera barra es lo que ya existía entonces.</translation>
    </message>
    <message>
        <source>No user has consented to an app on their own since.</source>
        <translation>Ningún usuario ha dado su consentimiento a una aplicación por sí mismo desde entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) given by users on their own since.</source>
        <translation>
            <numerusform>%n consentimiento dado por usuarios por sí mismos desde entonces.</numerusform>
            <numerusform>%n consentimientos dados por usuarios por sí mismos desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1</source>
        <extracomment>a bar of a chart: the consents ConsentDesk first saw before the other bars&apos; months; %1 is a date</extracomment>
        <translation>Antes del %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of the chart in words, for screen readers: %1 is its label, %2 a number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First look</source>
        <extracomment>a bar of a chart: the consents already there when ConsentDesk first looked at the tenant (the note under the chart gives its date)</extracomment>
        <translation>Primera vista</translation>
    </message>
    <message>
        <source>Already there when ConsentDesk first looked, %1: %2</source>
        <translation>Ya existían cuando ConsentDesk miró por primera vez, %1: %2</translation>
    </message>
    <message>
        <source>No history yet. Graph gives a consent no date, so ConsentDesk keeps the day it first sees each one on this computer. It starts with the first permissions ConsentDesk reads from this tenant (or a snapshot of it that you open) and grows as you keep using ConsentDesk with this tenant.</source>
        <translation>Todavía no hay historial. Graph no guarda ninguna fecha para un consentimiento, así que ConsentDesk anota en este equipo el día en que ve cada uno por primera vez. El historial empieza con los primeros permisos que ConsentDesk lee de este inquilino (o de una instantánea suya que abra) y crece a medida que sigue usando ConsentDesk con este inquilino.</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Enter shows the apps that hold its consents in Apps and permissions.</source>
        <translation>Izquierda y Derecha eligen una barra; Intro muestra en Aplicaciones y permisos las aplicaciones que tienen sus consentimientos.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent that was already there when ConsentDesk first looked at the tenant, on %1.</source>
        <extracomment>the line above the apps list after a click on the history chart&apos;s first bar; %1 is a date</extracomment>
        <translation>Solo las aplicaciones que tienen un consentimiento propio de un usuario que ya existía cuando ConsentDesk miró el inquilino por primera vez, el %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw before %1.</source>
        <extracomment>%1 is the first day of the history chart&apos;s oldest month shown</extracomment>
        <translation>Solo las aplicaciones que tienen un consentimiento propio de un usuario que ConsentDesk vio por primera vez antes del %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in the week of %1.</source>
        <extracomment>%1 is the Monday of a week</extracomment>
        <translation>Solo las aplicaciones que tienen un consentimiento propio de un usuario que ConsentDesk vio por primera vez en la semana del %1.</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in %1.</source>
        <extracomment>%1 is a month and its year, as &quot;November 2026&quot;</extracomment>
        <translation>Solo las aplicaciones que tienen un consentimiento propio de un usuario que ConsentDesk vio por primera vez en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n consent(s): show their apps</source>
        <extracomment>a context menu item of the history chart: %1 is a bar&apos;s label (a date, &quot;First look&quot;), then its count</extracomment>
        <translation>
            <numerusform>%1 — %n consentimiento: mostrar su aplicación</numerusform>
            <numerusform>%1 — %n consentimientos: mostrar sus aplicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to list the apps that hold its consents now.</source>
        <translation>Haga clic en una barra para ver las aplicaciones que tienen ahora sus consentimientos.</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshotPanel</name>
    <message>
        <source>New</source>
        <extracomment>a change since the last snapshot: the app is new in the tenant</extracomment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Gone</source>
        <extracomment>a change since the last snapshot: the app no longer holds anything in the tenant</extracomment>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Holds more or less</source>
        <extracomment>a change since the last snapshot: the app holds more or less than it did</extracomment>
        <translation>Tiene más o menos</translation>
    </message>
    <message>
        <source>Export a snapshot…</source>
        <translation>Exportar una instantánea…</translation>
    </message>
    <message>
        <source>Export a snapshot of the tenant (File menu, Export snapshot)</source>
        <translation>Exportar una instantánea del inquilino (menú Archivo, Exportar instantánea)</translation>
    </message>
    <message>
        <source>Compare in full…</source>
        <translation>Comparar en detalle…</translation>
    </message>
    <message>
        <source>Compare the last snapshot with the tenant, every permission and user</source>
        <translation>Comparar la última instantánea con el inquilino, cada permiso y cada usuario</translation>
    </message>
    <message>
        <source>Apps changed since the last snapshot</source>
        <translation>Aplicaciones cambiadas desde la última instantánea</translation>
    </message>
    <message>
        <source>One app a row, riskiest first. Selecting a new app or one that holds more or less opens it in Apps and permissions.</source>
        <translation>Una aplicación por fila, la más arriesgada primero. Al seleccionar una aplicación nueva, o una que tiene más o menos, se abre en Aplicaciones y permisos.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Since the snapshot</source>
        <translation>Desde la instantánea</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Sign in to see what changed in the tenant since its last snapshot.</source>
        <translation>Inicie sesión para ver qué cambió en el inquilino desde su última instantánea.</translation>
    </message>
    <message>
        <source>This computer has no snapshot of this tenant yet. Export one (File → Export snapshot…, or consentdesk-cli snapshot export on a schedule) and this card shows what changed after it.</source>
        <translation>Este equipo aún no tiene ninguna instantánea de este inquilino. Exporte una (Archivo → Exportar instantánea…, o consentdesk-cli snapshot export de forma programada) y esta tarjeta mostrará qué cambió después.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1 once the tenant&apos;s apps are read…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Se comparará con la instantánea del %1 en cuanto se lean las aplicaciones del inquilino…</translation>
    </message>
    <message>
        <source>Not all of the tenant&apos;s apps could be read, so they are not compared with the snapshot of %1. Refresh to read them again.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>No se pudieron leer todas las aplicaciones del inquilino, así que no se comparan con la instantánea del %1. Actualice para volver a leerlas.</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Comparando con la instantánea del %1…</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be read, so nothing was compared: %2</source>
        <extracomment>%1 is the date and time the snapshot was taken, %2 says why its file was refused</extracomment>
        <translation>No se pudo leer la instantánea del %1, así que no se comparó nada: %2</translation>
    </message>
    <message>
        <source>No app came, went or holds more or less since the snapshot of %1.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>Desde la instantánea del %1 no ha aparecido ni desaparecido ninguna aplicación, y ninguna tiene más o menos.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) changed since the snapshot of %1, riskiest first.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>
            <numerusform>%n aplicación cambiada desde la instantánea del %1, la más arriesgada primero.</numerusform>
            <numerusform>%n aplicaciones cambiadas desde la instantánea del %1, la más arriesgada primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <extracomment>a button under a short list: shows the other rows</extracomment>
        <translation>
            <numerusform>%n más…</numerusform>
            <numerusform>%n más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other changed app(s)</source>
        <translation>
            <numerusform>Mostrar la otra aplicación cambiada (%n)</numerusform>
            <numerusform>Mostrar las otras %n aplicaciones cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes for all users: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Permisos delegados para todos los usuarios: %1 → %2</translation>
    </message>
    <message>
        <source>Users with their own consent: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Usuarios con su propio consentimiento: %1 → %2</translation>
    </message>
    <message>
        <source>Application permissions: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>Permisos de aplicación: %1 → %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Información general</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Apps by their riskiest permission</source>
        <translation>Aplicaciones por su permiso de más riesgo</translation>
    </message>
    <message>
        <source>Every app that holds a permission, counted once at the level of its riskiest one.</source>
        <translation>Cada aplicación que tiene un permiso, contada una vez en el nivel del de más riesgo.</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>Solicitudes de consentimiento pendientes</translation>
    </message>
    <message>
        <source>Requests users filed that no reviewer has answered, by how long they have waited (since the oldest open request).</source>
        <translation>Solicitudes de usuarios que ningún revisor ha respondido, por tiempo de espera (desde la solicitud abierta más antigua).</translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation>Solicitudes pendientes por antigüedad</translation>
    </message>
    <message>
        <source>High and critical permissions for the whole tenant</source>
        <translation>Permisos altos y críticos para todo el inquilino</translation>
    </message>
    <message>
        <source>Admin consent and application permissions act for every user and every mailbox or file the API reaches, not for one person.</source>
        <translation>El consentimiento del administrador y los permisos de aplicación actúan para cada usuario y cada buzón o archivo que alcanza la API, no para una sola persona.</translation>
    </message>
    <message>
        <source>Apps with high or critical tenant-wide permissions</source>
        <translation>Aplicaciones con permisos altos o críticos para todo el inquilino</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Apps and permissions.</source>
        <translation>Una aplicación por fila. Al seleccionar una fila se abre en Aplicaciones y permisos.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Riskiest permission</source>
        <translation>Permiso de más riesgo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Apps that reach every mailbox</source>
        <translation>Aplicaciones que llegan a todos los buzones</translation>
    </message>
    <message>
        <source>Mailbox application permissions (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) that no Exchange access policy scopes.</source>
        <translation>Permisos de aplicación de buzón (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) que ninguna directiva de acceso de Exchange limita.</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Mailbox access.</source>
        <translation>Una aplicación por fila. Al seleccionar una fila se abre en Acceso a buzones.</translation>
    </message>
    <message>
        <source>Mailbox permissions</source>
        <translation>Permisos de buzón</translation>
    </message>
    <message>
        <source>What users consented to themselves</source>
        <translation>A qué dieron su consentimiento los propios usuarios</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users granted on their own, and the high and critical ones first: a consent phishing campaign shows here.</source>
        <translation>Aplicaciones por el permiso de más riesgo que los usuarios concedieron por su cuenta, primero los altos y críticos: aquí se ve una campaña de phishing de consentimiento.</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users consented to</source>
        <translation>Aplicaciones por el permiso de más riesgo al que dieron su consentimiento los usuarios</translation>
    </message>
    <message>
        <source>Apps with high or critical permissions users consented to</source>
        <translation>Aplicaciones con permisos altos o críticos a los que dieron su consentimiento los usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The tenant&apos;s consent at a glance: risky apps, pending requests, mailbox access, users&apos; own consents</source>
        <translation>El consentimiento del inquilino de un vistazo: aplicaciones de riesgo, solicitudes pendientes, acceso a buzones, consentimientos propios de los usuarios</translation>
    </message>
    <message>
        <source>Sign in to see your tenant&apos;s consent at a glance.</source>
        <translation>Inicie sesión para ver el consentimiento de su inquilino de un vistazo.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Su rol no puede leer las solicitudes de consentimiento. %1</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>Leyendo las aplicaciones del inquilino…</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>No se pudieron leer las solicitudes de consentimiento: %1</translation>
    </message>
    <message>
        <source>No request is waiting for a reviewer.</source>
        <translation>Ninguna solicitud espera a un revisor.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a reviewer.</source>
        <translation>
            <numerusform>%n solicitud espera a un revisor.</numerusform>
            <numerusform>%n solicitudes esperan a un revisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the apps and Exchange&apos;s access policies…</source>
        <translation>Leyendo las aplicaciones y las directivas de acceso de Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s access policies could not be read, so which apps reach every mailbox is unknown: %1</source>
        <translation>No se pudieron leer las directivas de acceso de Exchange Online, así que se desconoce qué aplicaciones llegan a todos los buzones: %1</translation>
    </message>
    <message>
        <source>No app reaches every mailbox.</source>
        <translation>Ninguna aplicación llega a todos los buzones.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox.</source>
        <translation>
            <numerusform>%n aplicación llega a todos los buzones.</numerusform>
            <numerusform>%n aplicaciones llegan a todos los buzones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Leyendo el inquilino…</translation>
    </message>
    <message>
        <source>Could not read every app, so the numbers may be low: %1</source>
        <translation>No se pudieron leer todas las aplicaciones, así que los números pueden ser bajos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold permissions in this tenant. Read at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>
            <numerusform>%n aplicación tiene permisos en este inquilino. Leído a las %1.</numerusform>
            <numerusform>%n aplicaciones tienen permisos en este inquilino. Leído a las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users&apos; own consents over time</source>
        <translation>Consentimientos propios de los usuarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>How many consents users gave apps on their own, by the week or month ConsentDesk first saw them.</source>
        <translation>Cuántos consentimientos dieron los usuarios a aplicaciones por sí mismos, por la semana o el mes en que ConsentDesk los vio por primera vez.</translation>
    </message>
    <message>
        <source>What changed since the last snapshot</source>
        <translation>Qué cambió desde la última instantánea</translation>
    </message>
    <message>
        <source>Apps that came or went, and apps that hold more or less, since the newest snapshot of the tenant this computer exported or opened.</source>
        <translation>Aplicaciones que aparecieron o desaparecieron, y aplicaciones que tienen más o menos, desde la instantánea más reciente del inquilino que este equipo exportó o abrió.</translation>
    </message>
</context>
<context>
    <name>PermissionGrantPolicy</name>
    <message>
        <source>any type</source>
        <extracomment>A permission grant condition set that matches every permission type (delegated and application)</extracomment>
        <translation>cualquier tipo</translation>
    </message>
    <message>
        <source>classified %1</source>
        <extracomment>%1 is Graph&apos;s classification value: low, medium or high</extracomment>
        <translation>clasificado como %1</translation>
    </message>
    <message>
        <source>any API</source>
        <extracomment>the condition set matches permissions of any resource API</extracomment>
        <translation>cualquier API</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <extracomment>%1 is a list of permission ids</extracomment>
        <translation>permisos %1</translation>
    </message>
    <message>
        <source>clients %1</source>
        <extracomment>%1 is a list of client application ids</extracomment>
        <translation>clientes %1</translation>
    </message>
    <message>
        <source>client tenants %1</source>
        <extracomment>%1 is a list of tenant ids the client apps come from</extracomment>
        <translation>inquilinos cliente %1</translation>
    </message>
    <message>
        <source>publishers %1</source>
        <extracomment>%1 is a list of publisher ids (Microsoft Partner Network ids)</extracomment>
        <translation>publicadores %1</translation>
    </message>
    <message>
        <source>verified publishers only</source>
        <extracomment>the condition set matches only apps from verified publishers</extracomment>
        <translation>solo publicadores comprobados</translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Client object id</source>
        <translation>Id. de objeto del cliente</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Id. de aplicación</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Consent type</source>
        <translation>Tipo de consentimiento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Microsoft app</source>
        <translation>Aplicación de Microsoft</translation>
    </message>
    <message>
        <source>Owner tenant</source>
        <translation>Inquilino propietario</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw a grant (Graph keeps no grant dates).</extracomment>
        <translation>Visto por primera vez por ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PermissionReportEngine</name>
    <message>
        <source>The report was canceled.</source>
        <translation>Se canceló el informe.</translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <source>Admin consent (all users)</source>
        <translation>Consentimiento del administrador (todos los usuarios)</translation>
    </message>
    <message>
        <source>Admin consent (application)</source>
        <translation>Consentimiento del administrador (aplicación)</translation>
    </message>
    <message>
        <source>Assigned directly</source>
        <translation>Asignado directamente</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation>Graph no registra quién concedió un permiso; ConsentDesk solo lo sabe para las concesiones que hizo (consulte Actividad).</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nombre de la API</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>Valor de notificación</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>Concedido mediante</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Concedido por</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw the grant (Graph keeps no grant dates).</extracomment>
        <translation>Visto por primera vez por ConsentDesk</translation>
    </message>
</context>
<context>
    <name>PickReviewerDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>Agregar un revisor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>Rol de directorio</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Start of a name or user principal name</source>
        <translation>Inicio de un nombre o de un nombre principal de usuario</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 (deshabilitado)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Block the app</source>
        <translation>Bloquear la aplicación</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation>
            <numerusform>Revertir %n cambio</numerusform>
            <numerusform>Revertir %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation>
            <numerusform>Quitar (%n cambio)</numerusform>
            <numerusform>Quitar (%n cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation>
            <numerusform>Restaurar (%n cambio)</numerusform>
            <numerusform>Restaurar (%n cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Aplicar %n cambio</numerusform>
            <numerusform>Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>Roll back changes to %1</source>
        <translation>Revertir los cambios en %1</translation>
    </message>
    <message>
        <source>Remove permissions from %1</source>
        <translation>Quitar permisos de %1</translation>
    </message>
    <message>
        <source>Restore permissions of %1</source>
        <translation>Restaurar permisos de %1</translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation>Conceder permisos a %1</translation>
    </message>
    <message>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation>No hay nada que cambiar: todo lo seleccionado ya está aplicado.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation>
            <numerusform>Se realizará %n cambio en el inquilino. Se registra en el diario de actividad antes de enviarse.</numerusform>
            <numerusform>Se realizarán estos %n cambios en el inquilino, en este orden. Cada uno se registra en el diario de actividad antes de enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing permissions of the app are kept.</source>
        <translation>Se conservan los permisos existentes de la aplicación.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation>Permiso de aplicación de Microsoft Graph: necesita Administrador de roles con privilegios o Administrador global.</translation>
    </message>
    <message>
        <source>No change: %1 (%2) is already granted</source>
        <translation>Sin cambios: %1 (%2) ya está concedido</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>No restaurado: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation>Omitido: %1 (%2) no se puede conceder aquí</translation>
    </message>
    <message>
        <source>Microsoft Graph PowerShell</source>
        <translation>Microsoft Graph PowerShell</translation>
    </message>
    <message>
        <source>PowerShell for %1</source>
        <translation>PowerShell para %1</translation>
    </message>
    <message>
        <source>Exchange Online changes</source>
        <translation>Cambios en Exchange Online</translation>
    </message>
    <message>
        <source>Nothing to change in Exchange Online.</source>
        <translation>No hay nada que cambiar en Exchange Online.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation>
            <numerusform>Se realizará %n cambio en Exchange Online. Se registra en el diario de actividad antes de enviarse.</numerusform>
            <numerusform>Se realizarán estos %n cambios en Exchange Online, en este orden. Cada uno se registra en el diario de actividad antes de enviarse; el primer error detiene los demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Cambios que se van a realizar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>Cmdlet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>Script de PowerShell</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>No deshecho: %1</translation>
    </message>
    <message>
        <source>Copy PowerShell</source>
        <translation>Copiar PowerShell</translation>
    </message>
    <message>
        <source>One row per change, in the order it will be made, with the request that makes it.</source>
        <translation>Una fila por cambio, en el orden en que se hará, con la solicitud que lo hace.</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation>Cambio %1 de %2: %3…</translation>
    </message>
    <message>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation>Esperando a que permita a ConsentDesk realizar cambios…</translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation>No se pueden realizar cambios</translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation>No se pudo abrir el diario de actividad, y ConsentDesk nunca cambia un inquilino sin registrar antes el cambio. Consulte el registro en Diagnóstico.</translation>
    </message>
    <message>
        <source>Applying changes…</source>
        <translation>Aplicando cambios…</translation>
    </message>
    <message>
        <source>Applying changes in Exchange Online…</source>
        <translation>Aplicando cambios en Exchange Online…</translation>
    </message>
</context>
<context>
    <name>PlannedOperation</name>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>No hay ninguna conexión con Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>No enviado: no hay ninguna conexión con Microsoft Graph.</translation>
    </message>
    <message>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Permiso denegado: para conceder permisos de aplicación de Microsoft Graph se necesita el rol Administrador de roles con privilegios o Administrador global (%1).</translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation>Permiso denegado: su rol no permite este cambio (%1).</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Es necesario iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Delete the service principal created for %1</source>
        <translation>Eliminar la entidad de servicio creada para %1</translation>
    </message>
    <message>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation>Eliminar la concesión para todo el inquilino de %1 en %2 recién creada</translation>
    </message>
    <message>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation>Restablecer la concesión para todo el inquilino de %1 en %2 a: %3</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Quitar a %3 el permiso de aplicación %1 de %2</translation>
    </message>
    <message>
        <source>Restore %1 of %2</source>
        <translation>Restaurar %1 de %2</translation>
    </message>
    <message>
        <source>Not rolled back here: %1</source>
        <translation>No se revierte aquí: %1</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A posture check&apos;s result: the tenant meets it</extracomment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A posture check&apos;s result: worth a look, or could not be read</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A posture check&apos;s result: the tenant does not meet it</extracomment>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message>
        <source>Consent posture</source>
        <translation>Postura de consentimiento</translation>
    </message>
    <message>
        <source>The consent checks of CISA&apos;s Secure Cloud Business Applications (SCuBA) baseline for Microsoft Entra ID (MS.AAD.5.x), and ConsentDesk&apos;s own (CD.x).</source>
        <translation>Las comprobaciones de consentimiento de la línea base Secure Cloud Business Applications (SCuBA) de CISA para Microsoft Entra ID (MS.AAD.5.x) y las propias de ConsentDesk (CD.x).</translation>
    </message>
    <message>
        <source>Consent posture checks</source>
        <translation>Comprobaciones de la postura de consentimiento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>&amp;Go to the fix</source>
        <translation>&amp;Ir a la corrección</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s consent settings, requests, users&apos; consents and mailbox access…</source>
        <translation>Leyendo la configuración de consentimiento, las solicitudes, los consentimientos de los usuarios y el acceso a buzones del inquilino…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail.</source>
        <translation>
            <numerusform>%n comprobación falla.</numerusform>
            <numerusform>%n comprobaciones fallan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need a look.</source>
        <translation>
            <numerusform>%n comprobación merece una revisión.</numerusform>
            <numerusform>%n comprobaciones merecen una revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>Select a check that ConsentDesk can fix; the others say where to change them.</source>
        <translation>Seleccione una comprobación que ConsentDesk pueda corregir; las demás indican dónde cambiarlas.</translation>
    </message>
    <message>
        <source>One row per consent check: whether the tenant passes it, the evidence, and the fix.</source>
        <translation>Una fila por comprobación de consentimiento: si el inquilino la supera, la evidencia y la corrección.</translation>
    </message>
</context>
<context>
    <name>PostureEvaluator</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; y %n más</numerusform>
            <numerusform>%1; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may register applications</source>
        <translation>Solo los administradores pueden registrar aplicaciones</translation>
    </message>
    <message>
        <source>The authorization policy could not be read: %1</source>
        <translation>No se pudo leer la directiva de autorización: %1</translation>
    </message>
    <message>
        <source>The authorization policy does not say whether users may register applications.</source>
        <translation>La directiva de autorización no indica si los usuarios pueden registrar aplicaciones.</translation>
    </message>
    <message>
        <source>Users can register applications: No.</source>
        <translation>Los usuarios pueden registrar aplicaciones: No.</translation>
    </message>
    <message>
        <source>Users can register applications: Yes. Any user can create an app registration and give it credentials.</source>
        <translation>Los usuarios pueden registrar aplicaciones: Sí. Cualquier usuario puede crear un registro de aplicación y darle credenciales.</translation>
    </message>
    <message>
        <source>In the Entra admin center, go to Users → User settings and set &quot;Users can register applications&quot; to No.</source>
        <translation>En el Centro de administración Entra, vaya a Usuarios → Configuración de usuario y establezca &quot;Los usuarios pueden registrar aplicaciones&quot; en No.</translation>
    </message>
    <message>
        <source>Only administrators may consent to applications</source>
        <translation>Solo los administradores pueden dar su consentimiento a aplicaciones</translation>
    </message>
    <message>
        <source>The user consent setting could not be read: %1</source>
        <translation>No se pudo leer la configuración de consentimiento del usuario: %1</translation>
    </message>
    <message>
        <source>User consent for applications: %1.</source>
        <translation>Consentimiento del usuario para aplicaciones: %1.</translation>
    </message>
    <message>
        <source>User consent for applications: %1 (%2). Users can consent to what that policy allows.</source>
        <translation>Consentimiento del usuario para aplicaciones: %1 (%2). Los usuarios pueden dar su consentimiento a lo que permite esa directiva.</translation>
    </message>
    <message>
        <source>User consent for applications: %1. Users can consent to apps themselves.</source>
        <translation>Consentimiento del usuario para aplicaciones: %1. Los usuarios pueden dar su consentimiento a aplicaciones por sí mismos.</translation>
    </message>
    <message>
        <source>Set user consent to &quot;Do not allow user consent&quot; in Consent settings, and turn on the admin consent workflow so users can still ask. Existing consents stay; review them in Apps and permissions.</source>
        <translation>Establezca el consentimiento del usuario en &quot;No permitir el consentimiento del usuario&quot; en Configuración de consentimiento y active el flujo de trabajo de consentimiento del administrador para que los usuarios puedan seguir solicitándolo. Los consentimientos existentes se mantienen; revíselos en Aplicaciones y permisos.</translation>
    </message>
    <message>
        <source>An admin consent workflow is configured for applications</source>
        <translation>Hay un flujo de trabajo de consentimiento del administrador configurado para las aplicaciones</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>No se pudo leer el flujo de trabajo de consentimiento del administrador: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users who may not consent cannot ask for approval.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está desactivado: los usuarios que no pueden dar su consentimiento no pueden solicitar la aprobación.</translation>
    </message>
    <message>
        <source>Turn on the admin consent workflow in Consent settings with reviewers who may grant admin consent.</source>
        <translation>Active el flujo de trabajo de consentimiento del administrador en Configuración de consentimiento con revisores que puedan conceder el consentimiento del administrador.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but has no reviewers.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está activado, pero no tiene revisores.</translation>
    </message>
    <message>
        <source>Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator in Consent settings.</source>
        <translation>Agregue en Configuración de consentimiento un revisor con el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
    <message numerus="yes">
        <source>The admin consent workflow is on with %n reviewer(s); %1 of them can approve.</source>
        <translation>
            <numerusform>El flujo de trabajo de consentimiento del administrador está activado con %n revisor; %1 de ellos puede aprobar.</numerusform>
            <numerusform>El flujo de trabajo de consentimiento del administrador está activado con %n revisores; %1 de ellos pueden aprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewers get no email about new requests.</source>
        <translation>Los revisores no reciben correo electrónico sobre las nuevas solicitudes.</translation>
    </message>
    <message>
        <source>Group owners may not consent to applications</source>
        <translation>Los propietarios de grupos no pueden dar su consentimiento a aplicaciones</translation>
    </message>
    <message>
        <source>No policy lets group owners consent, but team or chat owners may consent to apps for their teams or chats under Microsoft&apos;s policies: %1.</source>
        <translation>Ninguna directiva permite dar su consentimiento a los propietarios de grupos, pero los propietarios de equipos o chats pueden dar su consentimiento a aplicaciones para sus equipos o chats según las directivas de Microsoft: %1.</translation>
    </message>
    <message>
        <source>If team owners should not consent either, turn off resource-specific consent in the Teams admin center.</source>
        <translation>Si los propietarios de equipos tampoco deben dar su consentimiento, desactive el consentimiento específico de recursos en el Centro de administración de Teams.</translation>
    </message>
    <message>
        <source>Group owners may consent to apps for the groups they own under these app consent policies: %1.</source>
        <translation>Los propietarios de grupos pueden dar su consentimiento a aplicaciones para los grupos que poseen según estas directivas de consentimiento de aplicaciones: %1.</translation>
    </message>
    <message>
        <source>Apps with access to every mailbox are scoped by Exchange</source>
        <translation>Las aplicaciones con acceso a todos los buzones están limitadas por Exchange</translation>
    </message>
    <message>
        <source>The apps holding mailbox permissions could not be read: %1</source>
        <translation>No se pudieron leer las aplicaciones con permisos de buzón: %1</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</source>
        <translation>Ninguna aplicación tiene un permiso de aplicación de buzón (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</source>
        <translation>
            <numerusform>%n aplicación tiene permisos de buzón para todo el inquilino: %1. No se pudieron leer las directivas de acceso a aplicaciones de Exchange (%2), así que se desconoce si está limitada.</numerusform>
            <numerusform>%n aplicaciones tienen permisos de buzón para todo el inquilino: %1. No se pudieron leer las directivas de acceso a aplicaciones de Exchange (%2), así que se desconoce si alguna está limitada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with an Exchange role that may read application access policies (View-Only Organization Management) and check again, or look in Mailbox access.</source>
        <translation>Inicie sesión con un rol de Exchange que pueda leer directivas de acceso a aplicaciones (View-Only Organization Management) y vuelva a comprobarlo, o mire en Acceso a buzones.</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n app(s) holding mailbox permissions is limited by an application access policy.</source>
        <translation>
            <numerusform>La aplicación con permisos de buzón (%n) está limitada por una directiva de acceso a aplicaciones.</numerusform>
            <numerusform>Cada una de las %n aplicaciones con permisos de buzón está limitada por una directiva de acceso a aplicaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach every mailbox (no application access policy limits them): %1.</source>
        <translation>
            <numerusform>%n aplicación puede llegar a todos los buzones (ninguna directiva de acceso a aplicaciones la limita): %1.</numerusform>
            <numerusform>%n aplicaciones pueden llegar a todos los buzones (ninguna directiva de acceso a aplicaciones las limita): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope each app to the mailboxes it needs (Mailbox access → Scope app…), or revoke the permission if it needs none.</source>
        <translation>Limite cada aplicación a los buzones que necesita (Acceso a buzones → Limitar el ámbito de una aplicación…), o revoque el permiso si no necesita ninguno.</translation>
    </message>
    <message>
        <source>Admin consent requests get an answer</source>
        <translation>Las solicitudes de consentimiento del administrador reciben respuesta</translation>
    </message>
    <message>
        <source>The admin consent requests could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes de consentimiento del administrador: %1</translation>
    </message>
    <message>
        <source>No admin consent request is waiting.</source>
        <translation>No hay ninguna solicitud de consentimiento del administrador en espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting, none for more than %1 days.</source>
        <translation>
            <numerusform>%n solicitud en espera, ninguna desde hace más de %1 días.</numerusform>
            <numerusform>%n solicitudes en espera, ninguna desde hace más de %1 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (waiting %n day(s))</source>
        <translation>
            <numerusform>%1 (en espera desde hace %n día)</numerusform>
            <numerusform>%1 (en espera desde hace %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for more than %1 days: %2.</source>
        <translation>
            <numerusform>%n solicitud en espera desde hace más de %1 días: %2.</numerusform>
            <numerusform>%n solicitudes en espera desde hace más de %1 días: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No high-risk user consents to apps from unverified publishers</source>
        <translation>Ningún consentimiento de usuario de alto riesgo a aplicaciones de publicadores no comprobados</translation>
    </message>
    <message>
        <source>Users&apos; consents could not be read: %1</source>
        <translation>No se pudieron leer los consentimientos de los usuarios: %1</translation>
    </message>
    <message>
        <source>No user consented to a high-risk permission for an app whose publisher is neither verified nor Microsoft.</source>
        <translation>Ningún usuario dio su consentimiento a un permiso de alto riesgo para una aplicación cuyo publicador no está comprobado ni es Microsoft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2; %n user(s))</source>
        <translation>
            <numerusform>%1 (%2; %n usuario)</numerusform>
            <numerusform>%1 (%2; %n usuarios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.</source>
        <translation>
            <numerusform>%n aplicación de un publicador no comprobado tiene permisos de alto riesgo concedidos por usuarios: %1.</numerusform>
            <numerusform>%n aplicaciones de publicadores no comprobados tienen permisos de alto riesgo concedidos por usuarios: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review each app in Apps and permissions and revoke what users should not have granted; restricting user consent (MS.AAD.5.2) keeps it from happening again.</source>
        <translation>Revise cada aplicación en Aplicaciones y permisos y revoque lo que los usuarios no debieron conceder; restringir el consentimiento del usuario (MS.AAD.5.2) evita que vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>Approve each one in Consent requests with &quot;Open admin consent page&quot;: Microsoft&apos;s page records the approval and closes the request. Granting with Grant… gives the app its permissions, but Microsoft Graph offers no way to mark a request answered, so it keeps waiting until it expires; a denial is made only in the Entra admin center. If nobody receives the requests, check the workflow&apos;s reviewers.</source>
        <translation>Apruebe cada una en Solicitudes de consentimiento con «Abrir la página de consentimiento del administrador»: la página de Microsoft registra la aprobación y cierra la solicitud. «Conceder…» da a la aplicación sus permisos, pero Microsoft Graph no ofrece forma de marcar una solicitud como respondida, así que sigue esperando hasta que expira; una denegación solo se hace en el Centro de administración de Microsoft Entra. Si nadie recibe las solicitudes, compruebe los revisores del flujo de trabajo.</translation>
    </message>
    <message>
        <source>Set group owner consent to &quot;Do not allow group owner consent&quot; in Consent settings: it turns off the group owners&apos; app consent policies and the older directory setting alike. User consent and the policies for teams and chats stay as they are; consents group owners gave stay too.</source>
        <translation>En la configuración de consentimiento, establezca el consentimiento del propietario del grupo en «No permitir el consentimiento del propietario del grupo»: desactiva tanto las directivas de consentimiento de aplicaciones de los propietarios de grupos como la configuración de directorio antigua. El consentimiento de los usuarios y las directivas para equipos y chats no cambian, como tampoco los consentimientos que ya dieron los propietarios de grupos.</translation>
    </message>
    <message>
        <source>No app consent policy lets group owners consent, but the older directory setting Consent Policy Settings, which can allow it too, could not be read: %1</source>
        <translation>Ninguna directiva de consentimiento de aplicaciones permite que los propietarios de grupos den su consentimiento, pero no se pudo leer la configuración de directorio antigua «Consent Policy Settings», que también puede permitirlo: %1</translation>
    </message>
    <message>
        <source>Sign in with a role that may read directory settings (Directory.Read.All) and check again.</source>
        <translation>Inicie sesión con un rol que pueda leer la configuración del directorio (Directory.Read.All) y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>No app consent policy lets owners consent for the groups, teams or chats they own, and the older directory setting Consent Policy Settings does not allow it either.</source>
        <translation>Ninguna directiva de consentimiento de aplicaciones permite que los propietarios den su consentimiento para los grupos, equipos o chats que poseen, y la configuración de directorio antigua «Consent Policy Settings» tampoco lo permite.</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>Exchange Online was not asked</source>
        <translation>No se consultó Exchange Online</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Reset the &amp;window layout (size, dividers and columns) at the next start</source>
        <translation>Restablecer el diseño de la &amp;ventana (tamaño, divisores y columnas) en el próximo inicio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time ConsentDesk starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie ConsentDesk.</translation>
    </message>
    <message>
        <source>Never (refresh by hand)</source>
        <translation>Nunca (actualizar manualmente)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh consent requests:</source>
        <translation>&amp;Actualizar solicitudes de consentimiento:</translation>
    </message>
    <message>
        <source>Desktop &amp;notification when new consent requests arrive</source>
        <translation>&amp;Notificación de escritorio cuando lleguen nuevas solicitudes de consentimiento</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de e&amp;xportación:</translation>
    </message>
    <message>
        <source>Risk overrides file</source>
        <translation>Archivo de invalidaciones de riesgo</translation>
    </message>
    <message>
        <source>Choose the risk overrides file</source>
        <translation>Elegir el archivo de invalidaciones de riesgo</translation>
    </message>
    <message>
        <source>Risk &amp;overrides:</source>
        <translation>Invalidaciones de &amp;riesgo:</translation>
    </message>
    <message>
        <source>No overrides: the built-in catalog ranks every permission. A JSON file of the same shape as the built-in catalog at this place takes precedence over it.</source>
        <translation>Sin invalidaciones: el catálogo integrado clasifica todos los permisos. Un archivo JSON con la misma forma que el catálogo integrado en esta ubicación tiene prioridad sobre él.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>No se puede usar este archivo: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation>
            <numerusform>%n regla de este archivo tendrá prioridad sobre el catálogo integrado a partir del próximo inicio (también en la línea de comandos).</numerusform>
            <numerusform>%n reglas de este archivo tendrán prioridad sobre el catálogo integrado a partir del próximo inicio (también en la línea de comandos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profile</source>
        <translation>Perfil de inquilino</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>p. ej., Contoso producción</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com, un id. de inquilino u organizations</translation>
    </message>
    <message>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation>Id. de aplicación (cliente) de su registro de ConsentDesk</translation>
    </message>
    <message>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation>Global (y Microsoft 365 GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>Gobierno de EE. UU. GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>Gobierno de EE. UU. DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (operado por 21Vianet)</translation>
    </message>
    <message>
        <source>Custom URLs (sandbox)</source>
        <translation>Direcciones URL personalizadas (espacio aislado)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>Id. de &amp;cliente:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>N&amp;ube:</translation>
    </message>
    <message>
        <source>Sign-in root:</source>
        <translation>Raíz de inicio de sesión:</translation>
    </message>
    <message>
        <source>Graph root:</source>
        <translation>Raíz de Graph:</translation>
    </message>
    <message>
        <source>Exchange root:</source>
        <translation>Raíz de Exchange:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil con el nombre “%1”.</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation>Use el dominio o el id. de su inquilino (u “organizations”): el consentimiento se administra por inquilino profesional.</translation>
    </message>
    <message>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation>El inquilino debe ser un dominio comprobado (contoso.onmicrosoft.com), un id. de inquilino u “organizations”.</translation>
    </message>
    <message>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation>El id. de cliente es un GUID: copie el Id. de aplicación (cliente) de la página Información general de su registro de aplicación.</translation>
    </message>
    <message>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>Las raíces personalizadas deben ser direcciones URL https:// sin consulta, o http:// en este equipo (127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>ConsentDesk signs in through your organization&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://127.0.0.1).</source>
        <translation>ConsentDesk inicia sesión mediante el propio registro de aplicación de su organización. Consulte en el README cómo registrarlo (un cliente público con el URI de redirección http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Gobierno de EE. UU. (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Gobierno de EE. UU. (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
    <message>
        <source>Global cloud</source>
        <translation>Nube global</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>Perfiles de inquilino</translation>
    </message>
    <message>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation>Un perfil es un inquilino y el registro de aplicación de ConsentDesk con el que inicia sesión en él. En un perfil no se guarda nada secreto.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>¿Desea quitar el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Nothing in the tenant changes.</source>
        <translation>No cambia nada en el inquilino.</translation>
    </message>
    <message>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation>También se olvida el inicio de sesión de %1 guardado para él. No cambia nada en el inquilino.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation>Asignaciones de roles de esta aplicación (Get-ManagementRoleAssignment -App)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Limitado a</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtro de ámbito</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Remove assignment…</source>
        <translation>Quitar asignación…</translation>
    </message>
    <message>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation>¿Puede la aplicación llegar a un buzón? (Test-ServicePrincipalAuthorization)</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Dirección del buzón</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>Tipo de ámbito</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>En el ámbito</translation>
    </message>
    <message>
        <source>The RBAC equivalent of an access policy</source>
        <translation>El equivalente en RBAC de una directiva de acceso</translation>
    </message>
    <message>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation>Las directivas de acceso son heredadas. El mismo límite con RBAC para aplicaciones: registrar la aplicación en Exchange, un ámbito de administración sobre el grupo de la directiva y una asignación de roles limitada a él.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Directiva:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Assign the scoped role…</source>
        <translation>Asignar el rol con ámbito…</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Consultando a Exchange…</translation>
    </message>
    <message>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation>RestrictAccess en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation>Ninguno: esta aplicación no tiene ningún rol de RBAC para aplicaciones.</translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>Type a mailbox address.</source>
        <translation>Escriba una dirección de buzón.</translation>
    </message>
    <message>
        <source>Exchange could not test: %1</source>
        <translation>Exchange no pudo realizar la prueba: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation>%1 no tiene ningún rol de RBAC para aplicaciones: mediante RBAC no llega a ningún buzón.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation>Mediante RBAC, %1 llega a %2.</translation>
    </message>
    <message>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation>Mediante RBAC, %1 no llega a %2.</translation>
    </message>
    <message>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation>Sus permisos de aplicación de Entra ID se siguen aplicando además (RBAC es aditivo), limitados solo por las directivas de acceso.</translation>
    </message>
    <message>
        <source>%1 (mailbox access)</source>
        <translation>%1 (acceso a buzones)</translation>
    </message>
    <message>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation>MemberOfGroup solo cuenta los miembros directos. Los miembros a los que llega la directiva a través de grupos anidados no están en el ámbito de RBAC: agréguelos antes directamente a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation>Mantenga la directiva de acceso en &quot;%1&quot; hasta que Test-ServicePrincipalAuthorization muestre que el rol llega a los buzones correctos; después, revoque los permisos de Entra para todo el inquilino y quite la directiva.</translation>
    </message>
    <message>
        <source># Reading Exchange…</source>
        <translation># Leyendo Exchange…</translation>
    </message>
    <message>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</source>
        <translation># %1 no tiene ninguna directiva RestrictAccess que traducir. Un rol para toda la organización sería:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</translation>
    </message>
    <message>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation># No se conoce el nombre distintivo del grupo (no se pudo leer Exchange), y MemberOfGroup lo necesita.</translation>
    </message>
    <message>
        <source>Role assignments of this app</source>
        <translation>Asignaciones de roles de esta aplicación</translation>
    </message>
    <message>
        <source>Mailbox to test</source>
        <translation>Buzón que se va a probar</translation>
    </message>
    <message>
        <source>Roles that reach the mailbox</source>
        <translation>Roles que dan acceso al buzón</translation>
    </message>
    <message>
        <source>RBAC equivalent in PowerShell</source>
        <translation>Equivalente en RBAC en PowerShell</translation>
    </message>
    <message>
        <source>One row per Exchange role assigned to the selected app, and what the assignment is limited to.</source>
        <translation>Una fila por rol de Exchange asignado a la aplicación seleccionada, y a qué está limitada la asignación.</translation>
    </message>
    <message>
        <source>One row per role that gives the app access to the tested mailbox, and whether the mailbox is in its scope.</source>
        <translation>Una fila por rol que da a la aplicación acceso al buzón probado, y si el buzón está en su ámbito.</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export the full permission report</source>
        <translation>Exportar el informe completo de permisos</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions…</source>
        <translation>Leyendo los permisos de todas las aplicaciones…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions into %1…</source>
        <translation>Leyendo los permisos de todas las aplicaciones en %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n fila escrita</numerusform>
            <numerusform>%n filas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>delegated grants, application permissions, apps</comment>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n concesión delegada</numerusform>
            <numerusform>%n concesiones delegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n permiso de aplicación</numerusform>
            <numerusform>%n permisos de aplicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
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
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rows written: what they came from</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>No se pudo escribir %1: %2. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not read everything: %1. Nothing was saved; try again.</source>
        <translation>No se pudo leer todo: %1. No se ha guardado nada; vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n fila en %1.</numerusform>
            <numerusform>Se han guardado %n filas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read in %1 s with %n request(s).</source>
        <translation>
            <numerusform>Leído en %1 s con %n solicitud.</numerusform>
            <numerusform>Leído en %1 s con %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so the report may be incomplete (a known Graph paging problem); export again later. %1</source>
        <translation>Graph enumeró un número de elementos distinto del que contó, por lo que el informe puede estar incompleto (un problema conocido de paginación de Graph); vuelva a exportar más tarde. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</source>
        <translation>
            <numerusform>No se encontró en el directorio %n entidad de servicio a la que hacen referencia concesiones o asignaciones; sus filas indican &quot;(not found)&quot; con el id.</numerusform>
            <numerusform>No se encontraron en el directorio %n entidades de servicio a las que hacen referencia concesiones o asignaciones; sus filas indican &quot;(not found)&quot; con el id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent could not be found; their rows name the user&apos;s id.</source>
        <translation>
            <numerusform>No se encontró %n usuario con su propio consentimiento; sus filas indican el id. del usuario.</numerusform>
            <numerusform>No se encontraron %n usuarios con su propio consentimiento; sus filas indican el id. del usuario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n aplicación que faltaba en la lista de Graph se leyó por separado.</numerusform>
            <numerusform>%n aplicaciones que faltaban en la lista de Graph se leyeron por separado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Consent request: %1</source>
        <translation>Solicitud de consentimiento: %1</translation>
    </message>
    <message>
        <source>The admin consent was given; the request is completed.</source>
        <translation>Se dio el consentimiento del administrador; la solicitud está completada.</translation>
    </message>
    <message>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation>Se dejó de esperar a la página de consentimiento del administrador; actualice cuando haya dado su consentimiento.</translation>
    </message>
    <message>
        <source>All changes were made.</source>
        <translation>Se realizaron todos los cambios.</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>No se realizaron algunos cambios.</translation>
    </message>
    <message>
        <source>Admin consent page</source>
        <translation>Página de consentimiento del administrador</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation>ConsentDesk no pudo abrir el explorador. Abra esta dirección en un explorador en el que haya iniciado sesión como administrador:

%1</translation>
    </message>
    <message>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation>Esperando el consentimiento del administrador en el explorador… ConsentDesk comprueba la solicitud cada pocos segundos.</translation>
    </message>
    <message>
        <source>Deny a request</source>
        <translation>Denegar una solicitud</translation>
    </message>
    <message>
        <source>Open the Entra admin center</source>
        <translation>Abrir el Centro de administración de Entra</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Who asked, and why</source>
        <translation>Quién lo solicitó y por qué</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Requested permissions — tick what to grant</source>
        <translation>Permisos solicitados: marque los que desea conceder</translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation>Permisos solicitados</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Lo que permite</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Grant selected…</source>
        <translation>Conceder lo seleccionado…</translation>
    </message>
    <message>
        <source>Open admin consent page</source>
        <translation>Abrir la página de consentimiento del administrador</translation>
    </message>
    <message>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation>Conceda todo lo que solicita la aplicación en la propia página de consentimiento de Microsoft, en el explorador; después, ConsentDesk supervisa la solicitud hasta que se complete.</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>Deny in Entra…</source>
        <translation>Denegar en Entra…</translation>
    </message>
    <message>
        <source>PowerShell…</source>
        <translation>PowerShell…</translation>
    </message>
    <message>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation>Los comandos de Microsoft Graph PowerShell que conceden los permisos marcados.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Seleccione una solicitud para ver quién solicitó qué.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation>Leyendo la solicitud de %1 y lo que ya tiene…</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Editor desconocido</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (no comprobado)</translation>
    </message>
    <message>
        <source> ✔ verified publisher</source>
        <translation> ✔ publicador comprobado</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>Id. de aplicación %1</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation>Nadie en este inquilino ha dado aún su consentimiento a esta aplicación: al conceder, primero se crea su entidad de servicio (la identidad de la aplicación aquí).</translation>
    </message>
    <message>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation>Esta aplicación está bloqueada (inicio de sesión deshabilitado): los usuarios no pueden usarla aunque conceda permisos.</translation>
    </message>
    <message>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation>La aplicación solicita sus permisos configurados estáticamente: Graph no los enumera en la solicitud. Use la página de consentimiento del administrador para revisarlos y concederlos.</translation>
    </message>
    <message>
        <source>Some details could not be read: %1</source>
        <translation>No se pudieron leer algunos detalles: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no se indicó ningún motivo)</translation>
    </message>
    <message>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation>%1: delegado (actúa como el usuario que inició sesión)</translation>
    </message>
    <message>
        <source>%1 — application (acts as itself, no user)</source>
        <translation>%1: aplicación (actúa por sí misma, sin usuario)</translation>
    </message>
    <message>
        <source>(the API does not describe it)</source>
        <translation>(la API no lo describe)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Only an administrator can grant this.</source>
        <translation>Solo un administrador puede conceder esto.</translation>
    </message>
    <message>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation>Los usuarios pueden dar su consentimiento a esto personalmente si la configuración de consentimiento del inquilino lo permite.</translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation>Ya concedido</translation>
    </message>
    <message>
        <source>Not published by the API</source>
        <translation>No publicado por la API</translation>
    </message>
    <message>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation>La API no ofrece este permiso (o no está en este inquilino), por lo que no se puede conceder aquí.</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>No concedido</translation>
    </message>
    <message>
        <source>No permissions listed in this request.</source>
        <translation>Esta solicitud no incluye ningún permiso.</translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>No hay nada marcado.</translation>
    </message>
    <message>
        <source>Tick the permissions to grant first.</source>
        <translation>Marque primero los permisos que desea conceder.</translation>
    </message>
    <message>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation>Muestra exactamente qué se creará o cambiará antes de enviar nada.</translation>
    </message>
    <message>
        <source>This app is already blocked.</source>
        <translation>Esta aplicación ya está bloqueada.</translation>
    </message>
    <message>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation>Deshabilitar el inicio de sesión de la aplicación en este inquilino para que nadie pueda usarla ni solicitarla (pregunta primero).</translation>
    </message>
    <message>
        <source>%1 and %2 ticked.</source>
        <comment>the two counts below</comment>
        <translation>Marcados: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation>
            <numerusform>%n permiso delegado</numerusform>
            <numerusform>%n permisos delegados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n permiso de aplicación</numerusform>
            <numerusform>%n permisos de aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>You can review this request but not grant it: %1</source>
        <translation>Puede revisar esta solicitud, pero no aprobarla: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <extracomment>Opens the troubleshooter for the request&apos;s newest requester and this app</extracomment>
        <translation>&amp;Solucionar problemas…</translation>
    </message>
    <message>
        <source>Why can&apos;t the requester connect the app themselves? Opens the troubleshooter for the newest requester (double-click a requester for another).</source>
        <translation>¿Por qué el solicitante no puede conectar la aplicación por sí mismo? Abre el solucionador de problemas para el solicitante más reciente (haga doble clic en un solicitante para elegir otro).</translation>
    </message>
    <message>
        <source>One row per user who asked: the reason they gave, when, and the request&apos;s status.</source>
        <translation>Una fila por usuario que lo solicitó: el motivo que dio, cuándo y el estado de la solicitud.</translation>
    </message>
    <message>
        <source>The permissions the app asks for, by API, with what each allows and its risk; tick the ones to grant.</source>
        <translation>Los permisos que pide la aplicación, por API, con lo que permite cada uno y su riesgo; marque los que se concederán.</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>En creación</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not in tenant yet</source>
        <translation>Aún no está en el inquilino</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>Editor desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Vence ahora</translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>En %n hora</numerusform>
            <numerusform>En %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>En %n día</numerusform>
            <numerusform>En %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s configured permissions</source>
        <translation>Los permisos configurados de la aplicación</translation>
    </message>
    <message>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation>Editor comprobado: Microsoft ha comprobado la identidad del editor.</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation>Nadie en este inquilino ha dado aún su consentimiento a esta aplicación; al conceder, se crea su entidad de servicio.</translation>
    </message>
    <message>
        <source>Not a verified publisher.</source>
        <translation>No es un publicador comprobado.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Latest request</source>
        <translation>Última solicitud</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Riesgo máximo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Consent requests</source>
        <translation>Solicitudes de consentimiento</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Qué solicitudes</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Pendientes de mí</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation>&quot;Pendientes de mí&quot;: solicitudes pendientes de las que usted es revisor en el flujo de trabajo de consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Filter by app, user or permission</source>
        <translation>Filtrar por aplicación, usuario o permiso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation>Guardar las solicitudes tal como se muestran (filtradas y ordenadas), como CSV o JSON.</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>Actualizar automáticamente</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualización automática desactivada</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation>Inicie sesión para ver las solicitudes de consentimiento de su inquilino.</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>Su rol no puede leer solicitudes de consentimiento. %1</translation>
    </message>
    <message>
        <source>Reading consent requests…</source>
        <translation>Leyendo las solicitudes de consentimiento…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>Puede que su cuenta no tenga permiso para leer solicitudes de consentimiento (%1). Para leerlas se necesita Lector global, Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global.</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>No se pudieron leer las solicitudes de consentimiento: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation>el flujo de trabajo de consentimiento del administrador está desactivado: los usuarios no pueden presentar nuevas solicitudes</translation>
    </message>
    <message>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation>caducidad desconocida (no se pudo leer la directiva del flujo de trabajo)</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation>No hay nada pendiente para usted. Las solicitudes aparecen aquí cuando un usuario solicita una aplicación que necesita la aprobación de un administrador y usted es uno de sus revisores.</translation>
    </message>
    <message>
        <source>No consent requests match.</source>
        <translation>Ninguna solicitud de consentimiento coincide.</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>Seleccione una solicitud para ver quién solicitó qué.</translation>
    </message>
    <message>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation>Solicitudes de consentimiento del administrador pendientes: revisar, conceder solo lo necesario, bloquear</translation>
    </message>
    <message>
        <source>Filter the requests</source>
        <translation>Filtrar las solicitudes</translation>
    </message>
    <message>
        <source>One row per app that users asked admin consent for; select one to see who asked and what it wants.</source>
        <translation>Una fila por aplicación para la que los usuarios solicitaron el consentimiento del administrador; seleccione una para ver quién lo pidió y qué quiere.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Some items were not restored.</source>
        <translation>No se restauraron algunos elementos.</translation>
    </message>
    <message>
        <source>Reading what the apps hold now…</source>
        <translation>Leyendo lo que tienen ahora las aplicaciones…</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>No se ha restaurado nada</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation>%1: no restaurado; el cambio no se realizó correctamente (%2).</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation>%1: no restaurado; el diario no contiene ninguna asignación anterior.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment already exists.</source>
        <translation>%1: no restaurado; la asignación ya existe.</translation>
    </message>
    <message>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation>Restaurar a %3 el permiso de aplicación %1 de %2</translation>
    </message>
    <message>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation>%1: no es una revocación (%2); no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>para todo el inquilino</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Volver a crear la concesión delegada de %1 → %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation>%1: no restaurado; la concesión ya existe con %2.</translation>
    </message>
    <message>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation>Volver a poner %1 en la concesión delegada de %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no id of the created assignment.</source>
        <translation>%1: no restaurado: el diario no contiene ningún id. de la asignación creada.</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment is gone already.</source>
        <translation>%1: no restaurado: la asignación ya no existe.</translation>
    </message>
    <message>
        <source>Remove the assignment of %1 to %2 that ConsentDesk created</source>
        <extracomment>%1 the user, group or app that holds the assignment, %2 the app (resource) it is assigned to</extracomment>
        <translation>Quitar la asignación de %1 a %2 que creó ConsentDesk</translation>
    </message>
    <message>
        <source>%1: not restored — only a change of sign-in (accountEnabled) of an app can be undone.</source>
        <translation>%1: no restaurado: solo se puede deshacer un cambio del inicio de sesión (accountEnabled) de una aplicación.</translation>
    </message>
    <message>
        <source>%1: not restored — the app is not in the tenant any more.</source>
        <translation>%1: no restaurado: la aplicación ya no está en el inquilino.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is enabled already.</source>
        <translation>%1: no restaurado: el inicio de sesión en %2 ya está habilitado.</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is disabled already.</source>
        <translation>%1: no restaurado: el inicio de sesión en %2 ya está deshabilitado.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 again (accountEnabled = true)</source>
        <translation>Volver a habilitar el inicio de sesión en %1 (accountEnabled = true)</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 again (accountEnabled = false)</source>
        <translation>Volver a deshabilitar el inicio de sesión en %1 (accountEnabled = false)</translation>
    </message>
    <message>
        <source>%1: not restored — the grant is gone already.</source>
        <translation>%1: no restaurado: la concesión ya no existe.</translation>
    </message>
    <message>
        <source>%1: not restored — the grant holds none of %2 any more.</source>
        <translation>%1: no restaurado: la concesión ya no contiene ninguno de %2.</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 that ConsentDesk made: %3</source>
        <translation>Eliminar la concesión delegada %1 → %2 que creó ConsentDesk: %3</translation>
    </message>
    <message>
        <source>Take %1 back out of the delegated grant of %2 → %3</source>
        <translation>Volver a quitar %1 de la concesión delegada %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored — it removed no permission, so there is nothing to give back.</source>
        <translation>%1: no restaurado: no quitó ningún permiso, así que no hay nada que devolver.</translation>
    </message>
    <message>
        <source>%1: not restored — the journal does not record which grant it changed.</source>
        <translation>%1: no restaurado: el diario no registra qué concesión cambió.</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>The app with service principal %1 is no longer in the tenant, so what it held cannot be put back. Nothing was changed.</source>
        <translation>La aplicación con la entidad de servicio %1 ya no está en el inquilino, por lo que no se puede restablecer lo que tenía. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore the other entries on their own.</source>
        <translation>Restaure las demás entradas por separado.</translation>
    </message>
    <message>
        <source>Could not read what %1 holds now: %2. Nothing was changed.</source>
        <translation>No se pudo leer lo que tiene %1 actualmente: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could duplicate a grant.</source>
        <translation>Vuelva a intentarlo; restaurar a partir de una lectura parcial podría duplicar una concesión.</translation>
    </message>
    <message>
        <source>%1 (%2): restored already by %3</source>
        <translation>%1 (%2): ya restaurado por %3</translation>
    </message>
    <message>
        <source>These entries mix Exchange and Microsoft Graph changes. Nothing was changed.</source>
        <translation>Estas entradas mezclan cambios de Exchange y de Microsoft Graph. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore them separately: the Exchange entries, then the others.</source>
        <translation>Restáurelas por separado: primero las entradas de Exchange y después las demás.</translation>
    </message>
    <message>
        <source>These entries mix consent settings with other changes. Nothing was changed.</source>
        <translation>Estas entradas mezclan la configuración de consentimiento con otros cambios. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore them separately: the consent settings, then the others.</source>
        <translation>Restáurelas por separado: primero la configuración de consentimiento y después las demás.</translation>
    </message>
    <message>
        <source>Could not read the assignments of %1: %2. Nothing was changed.</source>
        <translation>No se pudieron leer las asignaciones de %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could remove the wrong assignment.</source>
        <translation>Vuelva a intentarlo; restaurar a partir de una lectura parcial podría quitar la asignación equivocada.</translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation>La revocación impide que se emitan nuevos tokens. Los tokens de acceso que la aplicación ya tiene siguen siendo válidos hasta que expiran (normalmente en 60–90 minutos); los tokens de actualización dejan de funcionar.</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>para todo el inquilino</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>for user %1</source>
        <translation>para el usuario %1</translation>
    </message>
    <message>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation>Quitar %1 de %2 → %3 (%4); conserva %5</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation>Eliminar la concesión delegada de %1 → %2 (%3): %4</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>Quitar a %3 el permiso de aplicación %1 de %2</translation>
    </message>
    <message>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation>%1 pertenece a otra aplicación (%2): no se revoca aquí.</translation>
    </message>
    <message>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation>%1 es un rol de aplicación de un usuario o grupo, no un permiso de %2: no se revoca aquí.</translation>
    </message>
    <message>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation>%1 no está en la concesión %2: no hay nada que quitar.</translation>
    </message>
    <message>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation>La concesión %1 ya no existe: no hay nada que quitar.</translation>
    </message>
    <message>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation>El permiso de aplicación %1 ya no existe: no hay nada que quitar.</translation>
    </message>
    <message>
        <source>This user has no consent of their own to %1.</source>
        <translation>Este usuario no tiene ningún consentimiento propio para %1.</translation>
    </message>
    <message>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation>%1 no está concedido a %2: Conservar solo… no agrega permisos.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>Sin clasificar</translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation>Como permiso de aplicación, funciona sin un usuario que haya iniciado sesión, en todo el inquilino.</translation>
    </message>
    <message>
        <source>An application permission that can change data.</source>
        <translation>Un permiso de aplicación que puede cambiar datos.</translation>
    </message>
    <message>
        <source>An application permission that reads data.</source>
        <translation>Un permiso de aplicación que lee datos.</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object</source>
        <translation>el catálogo no es un objeto JSON</translation>
    </message>
    <message>
        <source>rule %1 has no permission</source>
        <translation>la regla %1 no tiene permiso</translation>
    </message>
    <message>
        <source>rule %1 (%2): type must be delegated, application or any</source>
        <extracomment>%1 the rule&apos;s number, %2 its permission; &quot;delegated&quot;, &quot;application&quot; and &quot;any&quot; are the file&apos;s keywords</extracomment>
        <translation>regla %1 (%2): el tipo debe ser «delegated», «application» o «any»</translation>
    </message>
    <message>
        <source>rule %1 (%2): unknown level</source>
        <translation>regla %1 (%2): nivel desconocido</translation>
    </message>
</context>
<context>
    <name>RiskReasons</name>
    <message>
        <source>Can make any account, including itself, a Global Administrator.</source>
        <translation>Puede convertir cualquier cuenta, incluida la suya propia, en Administrador global.</translation>
    </message>
    <message>
        <source>Can grant itself or any app any application permission, bypassing consent.</source>
        <translation>Puede concederse a sí misma o a cualquier aplicación cualquier permiso de aplicación, eludiendo el consentimiento.</translation>
    </message>
    <message>
        <source>Can grant any app any delegated permission for every user, bypassing consent.</source>
        <translation>Puede conceder a cualquier aplicación cualquier permiso delegado para todos los usuarios, eludiendo el consentimiento.</translation>
    </message>
    <message>
        <source>Can add credentials to any app and act as it, including apps with higher privileges.</source>
        <translation>Puede agregar credenciales a cualquier aplicación y actuar como ella, incluidas aplicaciones con más privilegios.</translation>
    </message>
    <message>
        <source>Can change almost anything in the directory: users, groups, apps.</source>
        <translation>Puede cambiar casi cualquier cosa del directorio: usuarios, grupos, aplicaciones.</translation>
    </message>
    <message>
        <source>Can add domains and federate them: a way to sign in as anyone.</source>
        <translation>Puede agregar dominios y federarlos: una forma de iniciar sesión como cualquier persona.</translation>
    </message>
    <message>
        <source>Can switch off Conditional Access policies such as MFA requirements.</source>
        <translation>Puede desactivar directivas de acceso condicional, como los requisitos de MFA.</translation>
    </message>
    <message>
        <source>Can change who may consent to apps for the whole tenant.</source>
        <translation>Puede cambiar quién puede dar su consentimiento a aplicaciones en todo el inquilino.</translation>
    </message>
    <message>
        <source>Can change which permissions users may consent to.</source>
        <translation>Puede cambiar a qué permisos pueden dar su consentimiento los usuarios.</translation>
    </message>
    <message>
        <source>Can manage users&apos; authentication credentials.</source>
        <translation>Puede administrar las credenciales de autenticación de los usuarios.</translation>
    </message>
    <message>
        <source>Can change every user&apos;s profile, a step towards account takeover.</source>
        <translation>Puede cambiar el perfil de cualquier usuario, un paso hacia la apropiación de cuentas.</translation>
    </message>
    <message>
        <source>Can change group membership, and with it access to everything groups grant.</source>
        <translation>Puede cambiar la pertenencia a grupos y, con ello, el acceso a todo lo que conceden los grupos.</translation>
    </message>
    <message>
        <source>Can add members to groups, and with it access to everything groups grant.</source>
        <translation>Puede agregar miembros a grupos y, con ello, acceso a todo lo que conceden los grupos.</translation>
    </message>
    <message>
        <source>Named by Microsoft among the highest-impact permissions.</source>
        <translation>Microsoft lo incluye entre los permisos de mayor impacto.</translation>
    </message>
    <message>
        <source>Reveals hidden group memberships; named by Microsoft among the highest-impact permissions.</source>
        <translation>Revela pertenencias a grupos ocultas; Microsoft lo incluye entre los permisos de mayor impacto.</translation>
    </message>
    <message>
        <source>Can add credentials to the apps it owns.</source>
        <translation>Puede agregar credenciales a las aplicaciones de las que es propietaria.</translation>
    </message>
    <message>
        <source>Can export users&apos; personal data.</source>
        <translation>Puede exportar los datos personales de los usuarios.</translation>
    </message>
    <message>
        <source>Full control of every SharePoint site and its files.</source>
        <translation>Control total de todos los sitios de SharePoint y sus archivos.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata of the user&apos;s mailbox, not bodies or attachments.</source>
        <translation>Lee los encabezados y metadatos de los mensajes del buzón del usuario, no el cuerpo ni los datos adjuntos.</translation>
    </message>
    <message>
        <source>Reads message headers and metadata, not bodies or attachments.</source>
        <translation>Lee los encabezados y metadatos de los mensajes, no el cuerpo ni los datos adjuntos.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s mail; seen in nearly every consent-phishing attack.</source>
        <translation>Lee o envía el correo del usuario; aparece en casi todos los ataques de phishing de consentimiento.</translation>
    </message>
    <message>
        <source>Sends mail as the user; used to spread phishing from a trusted mailbox.</source>
        <translation>Envía correo como el usuario; se usa para propagar phishing desde un buzón de confianza.</translation>
    </message>
    <message>
        <source>Full access to the user&apos;s mailbox through Exchange Web Services.</source>
        <translation>Acceso total al buzón del usuario mediante Exchange Web Services.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s contacts; used to find the next phishing targets.</source>
        <translation>Lee los contactos del usuario; se usa para encontrar los próximos objetivos de phishing.</translation>
    </message>
    <message>
        <source>Can read or set mailbox rules and forwarding; a classic way to hide and exfiltrate mail.</source>
        <translation>Puede leer o establecer reglas de buzón y reenvío; una forma clásica de ocultar y exfiltrar correo.</translation>
    </message>
    <message>
        <source>Reveals who the user works with; used to pick phishing targets.</source>
        <translation>Revela con quién trabaja el usuario; se usa para elegir objetivos de phishing.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s files (and with .All, every file they can reach).</source>
        <translation>Lee o cambia los archivos del usuario (y con .All, todos los archivos a los que puede acceder).</translation>
    </message>
    <message>
        <source>Reads the user&apos;s OneNote notebooks.</source>
        <translation>Lee los blocs de notas de OneNote del usuario.</translation>
    </message>
    <message>
        <source>Reads or changes SharePoint content the user can reach.</source>
        <translation>Lee o cambia el contenido de SharePoint al que puede acceder el usuario.</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s Teams chats.</source>
        <translation>Lee o envía los chats de Teams del usuario.</translation>
    </message>
    <message>
        <source>Reads or sends Teams channel messages.</source>
        <translation>Lee o envía mensajes de canales de Teams.</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s calendar (meeting details, attendees).</source>
        <translation>Lee o cambia el calendario del usuario (detalles de reuniones, asistentes).</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s tasks.</source>
        <translation>Lee o cambia las tareas del usuario.</translation>
    </message>
    <message>
        <source>Reads the whole directory: users, groups, apps.</source>
        <translation>Lee todo el directorio: usuarios, grupos, aplicaciones.</translation>
    </message>
    <message>
        <source>Reads every user&apos;s full profile.</source>
        <translation>Lee el perfil completo de todos los usuarios.</translation>
    </message>
    <message>
        <source>Reads all groups and group content the user can reach.</source>
        <translation>Lee todos los grupos y el contenido de grupo al que puede acceder el usuario.</translation>
    </message>
    <message>
        <source>Reads all group memberships.</source>
        <translation>Lee todas las pertenencias a grupos.</translation>
    </message>
    <message>
        <source>Reads every app registration and service principal.</source>
        <translation>Lee todos los registros de aplicaciones y entidades de servicio.</translation>
    </message>
    <message>
        <source>Reads sign-in and audit logs.</source>
        <translation>Lee los registros de inicio de sesión y de auditoría.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s policies, including Conditional Access.</source>
        <translation>Lee las directivas del inquilino, incluido el acceso condicional.</translation>
    </message>
    <message>
        <source>Reads or manages admin consent requests.</source>
        <translation>Lee o administra las solicitudes de consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Reads or changes Teams settings and membership.</source>
        <translation>Lee o cambia la configuración y la pertenencia de Teams.</translation>
    </message>
    <message>
        <source>Reads or changes Teams channels.</source>
        <translation>Lee o cambia los canales de Teams.</translation>
    </message>
    <message>
        <source>Signs the user in and reads their own basic profile.</source>
        <translation>Inicia la sesión del usuario y lee su propio perfil básico.</translation>
    </message>
    <message>
        <source>Reads basic profiles (name, mail, photo) of all users.</source>
        <translation>Lee los perfiles básicos (nombre, correo, foto) de todos los usuarios.</translation>
    </message>
    <message>
        <source>Signs the user in.</source>
        <translation>Inicia la sesión del usuario.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s basic profile for sign-in.</source>
        <translation>Lee el perfil básico del usuario para el inicio de sesión.</translation>
    </message>
    <message>
        <source>Reads the user&apos;s primary email address for sign-in.</source>
        <translation>Lee la dirección de correo electrónico principal del usuario para el inicio de sesión.</translation>
    </message>
    <message>
        <source>Keeps access while the user is away (refresh tokens); low on its own, more with other permissions.</source>
        <translation>Mantiene el acceso mientras el usuario no está (tokens de actualización); bajo por sí solo, mayor con otros permisos.</translation>
    </message>
    <message>
        <source>Full access to every mailbox in the tenant through Exchange Web Services.</source>
        <translation>Acceso total a todos los buzones del inquilino mediante Exchange Web Services.</translation>
    </message>
    <message>
        <source>Runs Exchange Online administration as the app (with an Exchange role).</source>
        <translation>Ejecuta la administración de Exchange Online como la aplicación (con un rol de Exchange).</translation>
    </message>
    <message>
        <source>Reads or sends mail in EVERY mailbox of the tenant unless Exchange scopes it.</source>
        <translation>Lee o envía correo en TODOS los buzones del inquilino, a menos que Exchange limite su ámbito.</translation>
    </message>
    <message>
        <source>Reads message metadata in every mailbox unless Exchange scopes it.</source>
        <translation>Lee los metadatos de los mensajes de todos los buzones, a menos que Exchange limite su ámbito.</translation>
    </message>
    <message>
        <source>Reads or sets rules and forwarding on every mailbox unless Exchange scopes it.</source>
        <translation>Lee o establece reglas y reenvío en todos los buzones, a menos que Exchange limite su ámbito.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s calendar unless Exchange scopes it.</source>
        <translation>Lee o cambia el calendario de todos los usuarios, a menos que Exchange limite su ámbito.</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s contacts unless Exchange scopes it.</source>
        <translation>Lee o cambia los contactos de todos los usuarios, a menos que Exchange limite su ámbito.</translation>
    </message>
    <message>
        <source>Reads or changes every file in OneDrive and SharePoint.</source>
        <translation>Lee o cambia todos los archivos de OneDrive y SharePoint.</translation>
    </message>
    <message>
        <source>Reads or changes every SharePoint site.</source>
        <translation>Lee o cambia todos los sitios de SharePoint.</translation>
    </message>
    <message>
        <source>Only the SharePoint sites an admin assigns to the app.</source>
        <translation>Solo los sitios de SharePoint que un administrador asigna a la aplicación.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in the directory with all of their rights; a consent-phishing favorite.</source>
        <translation>Actúa como el usuario que inició sesión en el directorio, con todos sus derechos; uno de los favoritos del phishing de consentimiento.</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in that API with all of their rights; a consent-phishing favorite.</source>
        <translation>Actúa como el usuario que inició sesión en esa API, con todos sus derechos; uno de los favoritos del phishing de consentimiento.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation>El inicio de sesión de demostración solo funciona con el espacio aislado integrado en este equipo.</translation>
    </message>
    <message>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation>El espacio aislado redirigió a %1, que no es este equipo.</translation>
    </message>
    <message>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation>El formulario de inicio de sesión envía a %1, que no es este equipo.</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation>El agente de escucha de inicio de sesión de ConsentDesk respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>El espacio aislado no respondió: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation>Las páginas de inicio de sesión del espacio aislado no terminaron en una redirección a ConsentDesk.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation>La página de inicio de sesión del espacio aislado respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation>La página de inicio de sesión del espacio aislado no tiene ningún formulario.</translation>
    </message>
    <message>
        <source>The sandbox has no user %1.</source>
        <translation>El espacio aislado no tiene ningún usuario %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page was larger than %1 KiB, so ConsentDesk stopped reading it. Check that the sandbox, and nothing else, listens on %2.</source>
        <translation>La página de inicio de sesión del espacio aislado superaba los %1 KiB, así que ConsentDesk dejó de leerla. Compruebe que el espacio aislado, y nada más, escucha en %2.</translation>
    </message>
</context>
<context>
    <name>ScopeAccessPage</name>
    <message>
        <source>Restrict or deny?</source>
        <translation>¿Restringir o denegar?</translation>
    </message>
    <message>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation>Exchange evalúa juntas las directivas de una aplicación: una DenyAccess que coincide prevalece sobre cualquier RestrictAccess; con directivas RestrictAccess, se deniegan los buzones que no están en ninguna de ellas.</translation>
    </message>
    <message>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation>RestrictAccess: la aplicación solo llega a los buzones del grupo (la opción habitual)</translation>
    </message>
    <message>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation>DenyAccess: la aplicación llega a todos los buzones excepto a los del grupo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation>Exchange admite unas 100 directivas, o unas 300 con una descripción de un solo espacio; una descripción corta deja sitio para más.</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation>Denegar a %1 los buzones de %2.</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation>Restringir %1 a los buzones de %2.</translation>
    </message>
</context>
<context>
    <name>ScopeAppPage</name>
    <message>
        <source>Which app?</source>
        <translation>¿Qué aplicación?</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation>Las aplicaciones con permisos de aplicación como Mail.Read llegan a todos los buzones del inquilino hasta que Exchange Online las limita.</translation>
    </message>
    <message>
        <source>no mailbox permission</source>
        <translation>sin permiso de buzón</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>Aplicación:</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>Leyendo lo que tiene %1…</translation>
    </message>
    <message>
        <source>• %1 on &quot;%2&quot;</source>
        <translation>• %1 en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation>%1 aún no tiene ninguna directiva de acceso: llega a todos los buzones.</translation>
    </message>
    <message>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation>Directivas que %1 ya tiene (se agrega una nueva a ellas):
%2</translation>
    </message>
    <message>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation>No se pudieron leer todos los permisos de la aplicación: %1</translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation>Limitar el ámbito de una aplicación a los buzones de un grupo</translation>
    </message>
</context>
<context>
    <name>ScopeGroupPage</name>
    <message>
        <source>Which mailboxes?</source>
        <translation>¿Qué buzones?</translation>
    </message>
    <message>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation>El ámbito de la directiva es un grupo de seguridad habilitado para correo (cuentan los miembros de grupos anidados). RestrictAccess permite que la aplicación llegue solo a los buzones de sus miembros; DenyAccess la mantiene fuera de ellos. Las listas de distribución y los grupos de Microsoft 365 no funcionan.</translation>
    </message>
    <message>
        <source>Use an existing mail-enabled security group</source>
        <translation>Usar un grupo de seguridad habilitado para correo existente</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>Crear uno nuevo</translation>
    </message>
    <message>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <comment>%1 is an app&apos;s name, not a count</comment>
        <translation>Nombre del grupo, p. ej., &quot;Buzones de %1&quot;</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Reading the groups from Exchange…</source>
        <translation>Leyendo los grupos de Exchange…</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the groups from Exchange: %1</source>
        <translation>No se pudieron leer los grupos de Exchange: %1</translation>
    </message>
    <message>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation>Exchange crea el grupo como grupo de seguridad habilitado para correo; también aparece en Entra ID. Agregue sus miembros en la página siguiente.</translation>
    </message>
    <message>
        <source>No mail-enabled security group yet: create one.</source>
        <translation>Aún no hay ningún grupo de seguridad habilitado para correo: cree uno.</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Leyendo los miembros de %1…</translation>
    </message>
    <message>
        <source>Could not read the members of %1: %2</source>
        <translation>No se pudieron leer los miembros de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 aún no tiene miembros.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation>
            <numerusform>%1 tiene %n miembro: %2</numerusform>
            <numerusform>%1 tiene %n miembros: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nombre&gt;</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <comment>a group&apos;s name; %1 is the app&apos;s name, not a count</comment>
        <translation>Buzones de %1</translation>
    </message>
    <message>
        <source>Type a name for the new group.</source>
        <translation>Escriba un nombre para el nuevo grupo.</translation>
    </message>
    <message>
        <source>Choose a group, or create a new one.</source>
        <translation>Elija un grupo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation>Ya existe un grupo con el nombre &quot;%1&quot;: elíjalo arriba.</translation>
    </message>
    <message>
        <source>Existing group</source>
        <translation>Grupo existente</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nombre del nuevo grupo</translation>
    </message>
</context>
<context>
    <name>ScopeMembersPage</name>
    <message>
        <source>Add members</source>
        <translation>Agregar miembros</translation>
    </message>
    <message>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation>Agregue los buzones a los que se refiere la directiva (buzones de usuario o compartidos). Los miembros que ya están en el grupo se mantienen; los grupos anidados se pueden agregar en el Centro de administración de Exchange.</translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>Dirección del buzón, p. ej., priya.raman@contoso.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation>No se pudieron leer los buzones de Exchange: %1</translation>
    </message>
    <message>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation>No hay ningún buzón &quot;%1&quot; en Exchange. Escriba una dirección de la lista.</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 ya es miembro.</translation>
    </message>
    <message>
        <source>(no member to add)</source>
        <translation>(ningún miembro que agregar)</translation>
    </message>
    <message>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation>El grupo no tiene miembros: una directiva RestrictAccess sobre él denegaría todos los buzones. Agregue al menos uno.</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation>
            <numerusform>%1 tendrá %n miembro.</numerusform>
            <numerusform>%1 tendrá %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation>Agregue al menos un miembro: una directiva RestrictAccess sobre un grupo vacío deniega todos los buzones.</translation>
    </message>
    <message>
        <source>Mailbox to add</source>
        <translation>Buzón que se agregará</translation>
    </message>
    <message>
        <source>Mailboxes to add to the group</source>
        <translation>Buzones que se agregarán al grupo</translation>
    </message>
</context>
<context>
    <name>ScopeReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>Revisar y crear</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation>Aún no se ha cambiado nada. Estas escrituras se envían a Exchange Online en este orden; cada una se registra en el diario de ConsentDesk antes de enviarse.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation>Escribiendo en Exchange Online: el asistente se cierra cuando termine el paso actual.</translation>
    </message>
    <message>
        <source>Sending to Exchange Online…</source>
        <translation>Enviando a Exchange Online…</translation>
    </message>
    <message>
        <source>Rolled back: what the wizard had made was undone.</source>
        <translation>Revertido: se ha deshecho lo que había creado el asistente.</translation>
    </message>
    <message>
        <source>The rollback did not complete: see the steps above; the journal (Activity) holds what is left.</source>
        <translation>La reversión no se completó: consulte los pasos anteriores; el diario (Actividad) contiene lo que queda.</translation>
    </message>
    <message>
        <source>Not done: %1 What succeeded can be rolled back now from the results, or undone later in Activity.</source>
        <translation>No completado: %1 Lo que se realizó correctamente se puede revertir ahora desde los resultados o deshacer más tarde en Actividad.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>No completado: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done: every write succeeded.</source>
        <translation>Completado: todas las escrituras se realizaron correctamente.</translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>Cambios que se harán</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Script de PowerShell de Exchange Online</translation>
    </message>
    <message numerus="yes">
        <source>The rollback left %n change(s) in place: %1</source>
        <extracomment>%1 lists each change that stays, with the reason, as whole sentences</extracomment>
        <translation>
            <numerusform>La reversión dejó %n cambio sin deshacer: %1</numerusform>
            <numerusform>La reversión dejó %n cambios sin deshacer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeTestPage</name>
    <message>
        <source>Prove it: a member and a non-member</source>
        <translation>Demostrarlo: un miembro y un no miembro</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation>Test-ApplicationAccessPolicy de Exchange junto a la lectura del directorio que hace ConsentDesk.</translation>
    </message>
    <message>
        <source>A member:</source>
        <translation>Un miembro:</translation>
    </message>
    <message>
        <source>Not a member:</source>
        <translation>Un no miembro:</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Volver a probar</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Un no miembro</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation>La prueba de Exchange ya muestra la nueva directiva. Las llamadas de Graph y EWS de la aplicación pueden tardar hasta una hora en respetarla: hasta entonces, puede que la aplicación siga leyendo los buzones del grupo.</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read mailboxes outside the group.</source>
        <translation>La prueba de Exchange ya muestra la nueva directiva. Las llamadas de Graph y EWS de la aplicación pueden tardar hasta una hora en respetarla: hasta entonces, puede que la aplicación siga leyendo buzones fuera del grupo.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members…</source>
        <translation>Leyendo los miembros del grupo…</translation>
    </message>
    <message>
        <source>A member: %1</source>
        <translation>Un miembro: %1</translation>
    </message>
    <message>
        <source>Not a member: %1</source>
        <translation>Un no miembro: %1</translation>
    </message>
    <message>
        <source>The group has no member with a mailbox to test.</source>
        <translation>El grupo no tiene ningún miembro con buzón que probar.</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Consultando a Exchange…</translation>
    </message>
    <message>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation>Todos los buzones están en el grupo: no hay ningún no miembro que probar.</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>No se pudo probar: %1</translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <source>No Graph client.</source>
        <translation>No hay ningún cliente de Graph.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>No hay respuesta.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo sign-in as %1 did not complete</source>
        <translation>No se completó el inicio de sesión de demostración como %1</translation>
    </message>
    <message>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation>Compruebe el nombre de usuario: inicie ConsentDesk solo con --demo y la página de inicio de sesión del inquilino de demostración mostrará sus usuarios y roles.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation>No hay ningún perfil con el nombre &quot;%1&quot;. Elija uno o agréguelo en Perfiles….</translation>
    </message>
    <message>
        <source>This build of ConsentDesk has no demo tenant.</source>
        <translation>Esta compilación de ConsentDesk no tiene inquilino de demostración.</translation>
    </message>
    <message>
        <source>The demo tenant could not be started: %1</source>
        <translation>No se pudo iniciar el inquilino de demostración: %1</translation>
    </message>
    <message>
        <source>Contoso (demo tenant)</source>
        <translation>Contoso (inquilino de demostración)</translation>
    </message>
    <message>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation>Inquilino de ejemplo integrado en este equipo · nada sale de él · no se recuerda</translation>
    </message>
    <message>
        <source>last signed in as %1</source>
        <translation>último inicio de sesión como %1</translation>
    </message>
    <message>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation>Elija primero un perfil o agregue uno en Perfiles….</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant as %1…</source>
        <translation>Iniciando sesión en el inquilino de demostración como %1…</translation>
    </message>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation>Inicie sesión para usar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation>Iniciando sesión como %1 con su inicio de sesión guardado…</translation>
    </message>
    <message>
        <source>Signed in · demo tenant on this computer</source>
        <translation>Sesión iniciada · inquilino de demostración en este equipo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source> · this session only</source>
        <translation> · solo esta sesión</translation>
    </message>
    <message>
        <source>the demo tenant is never remembered.</source>
        <translation>el inquilino de demostración nunca se recuerda.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>ConsentDesk no pudo abrir el explorador. Copie el vínculo de inicio de sesión y ábralo en un explorador de este equipo.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation>Vuelva a iniciar sesión como %1: el inicio de sesión guardado ya no se puede usar.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation>Su inicio de sesión solo se conserva durante esta sesión: %1</translation>
    </message>
    <message>
        <source>Signed in · changes allowed</source>
        <translation>Sesión iniciada · cambios permitidos</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Offline · %1 · read-only</source>
        <translation>Sin conexión · %1 · solo lectura</translation>
    </message>
</context>
<context>
    <name>SettingsBackend</name>
    <message>
        <source>Could not look up the group %1: %2</source>
        <translation>No se pudo buscar el grupo %1: %2</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>No hay ningún grupo con el nombre %1.</translation>
    </message>
    <message>
        <source>Several groups are named %1 (%2); name a reviewer group whose name is unique.</source>
        <translation>Hay varios grupos con el nombre %1 (%2); indique como revisor un grupo cuyo nombre sea único.</translation>
    </message>
    <message>
        <source>There is no directory role named %1.</source>
        <translation>No hay ningún rol de directorio con el nombre %1.</translation>
    </message>
    <message>
        <source>Could not look up the role %1: %2</source>
        <translation>No se pudo buscar el rol %1: %2</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>Could not look up the user %1: %2</source>
        <translation>No se pudo buscar el usuario %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPlanner</name>
    <message>
        <source>Change the admin consent workflow</source>
        <translation>Cambiar el flujo de trabajo de consentimiento del administrador</translation>
    </message>
    <message>
        <source>The admin consent workflow is already set this way: nothing to change.</source>
        <translation>El flujo de trabajo de consentimiento del administrador ya está configurado así: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Graph refuses to turn the workflow on without a reviewer.</source>
        <translation>Graph no permite activar el flujo de trabajo sin un revisor.</translation>
    </message>
    <message>
        <source>Graph replaces the whole policy. If someone changes it before this is sent (version %1 now), nothing is sent.</source>
        <translation>Graph reemplaza toda la directiva. Si alguien la cambia antes de que se envíe esto (versión actual: %1), no se envía nada.</translation>
    </message>
    <message>
        <source>Change user consent for applications</source>
        <translation>Cambiar el consentimiento del usuario para aplicaciones</translation>
    </message>
    <message>
        <source>User consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>El consentimiento del usuario ya es &quot;%1&quot;: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>User consent: %1</source>
        <translation>Consentimiento del usuario: %1</translation>
    </message>
    <message>
        <source>Users will be able to consent to any app for every permission that needs no admin — the setting consent phishing relies on. Microsoft recommends against it.</source>
        <translation>Los usuarios podrán dar su consentimiento a cualquier aplicación para todos los permisos que no requieran un administrador: la configuración de la que se aprovecha el phishing de consentimiento. Microsoft lo desaconseja.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; users would be able to consent to nothing.</source>
        <translation>El inquilino no tiene la directiva de concesión de permisos %1; los usuarios no podrían dar su consentimiento a nada.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays.</source>
        <translation>Se aplica a los consentimientos futuros; los consentimientos que ya dieron los usuarios se mantienen.</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays. Kept as they are: %1.</source>
        <translation>Se aplica a los consentimientos futuros; los consentimientos que ya dieron los usuarios se mantienen. Se mantienen sin cambios: %1.</translation>
    </message>
    <message>
        <source>Classify %1 as low impact</source>
        <translation>Clasificar %1 como de bajo impacto</translation>
    </message>
    <message>
        <source>%1 is already classified low impact: nothing to change.</source>
        <translation>%1 ya está clasificado como de bajo impacto: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>With user consent &quot;for selected permissions&quot;, users will be able to consent to %1 for apps from verified publishers and from your organization.</source>
        <translation>Con el consentimiento del usuario &quot;para permisos seleccionados&quot;, los usuarios podrán dar su consentimiento a %1 para aplicaciones de publicadores comprobados y de su organización.</translation>
    </message>
    <message>
        <source>Remove %1 from the low-impact permissions</source>
        <translation>Quitar %1 de los permisos de bajo impacto</translation>
    </message>
    <message>
        <source>Users who consented to it keep their consent; new consents need an admin.</source>
        <translation>Los usuarios que dieron su consentimiento a este permiso lo conservan; los nuevos consentimientos requieren un administrador.</translation>
    </message>
    <message>
        <source>%1 is not classified low impact: nothing to change.</source>
        <translation>%1 no está clasificado como de bajo impacto: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Restore consent settings</source>
        <translation>Restaurar la configuración de consentimiento</translation>
    </message>
    <message>
        <source>%1: not restorable (%2).</source>
        <translation>%1: no se puede restaurar (%2).</translation>
    </message>
    <message>
        <source>it did not succeed</source>
        <translation>el cambio no se realizó correctamente</translation>
    </message>
    <message>
        <source>not a consent settings change</source>
        <translation>no es un cambio de la configuración de consentimiento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is classified medium impact; remove that classification first.</source>
        <translation>%1 está clasificado como de impacto medio; quite primero esa clasificación.</translation>
    </message>
    <message>
        <source>%1 is classified high impact; remove that classification first.</source>
        <translation>%1 está clasificado como de alto impacto; quite primero esa clasificación.</translation>
    </message>
    <message>
        <source>%1 already has the classification &quot;%2&quot;; remove it first.</source>
        <extracomment>%2 is the classification exactly as Microsoft Graph returned it (a value we do not know)</extracomment>
        <translation>%1 ya tiene la clasificación &quot;%2&quot;; quítela primero.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow on.</source>
        <translation>Activar el flujo de trabajo de consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow off.</source>
        <translation>Desactivar el flujo de trabajo de consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Remove every reviewer.</source>
        <translation>Quitar todos los revisores.</translation>
    </message>
    <message>
        <source>Reviewers from now on: %1.</source>
        <translation>Revisores a partir de ahora: %1.</translation>
    </message>
    <message>
        <source>Reviewers get an e-mail for each new request.</source>
        <translation>Los revisores reciben un correo electrónico por cada nueva solicitud.</translation>
    </message>
    <message>
        <source>Reviewers no longer get an e-mail for new requests.</source>
        <translation>Los revisores ya no reciben correo electrónico por las nuevas solicitudes.</translation>
    </message>
    <message>
        <source>Reviewers get reminders of requests that wait.</source>
        <translation>Los revisores reciben recordatorios de las solicitudes en espera.</translation>
    </message>
    <message>
        <source>Reviewers no longer get reminders.</source>
        <translation>Los revisores ya no reciben recordatorios.</translation>
    </message>
    <message numerus="yes">
        <source>Requests expire after %n day(s).</source>
        <translation>
            <numerusform>Las solicitudes expiran después de %n día.</numerusform>
            <numerusform>Las solicitudes expiran después de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change group owner consent</source>
        <translation>Cambiar el consentimiento del propietario del grupo</translation>
    </message>
    <message>
        <source>Group owner consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>El consentimiento del propietario del grupo ya es «%1»: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Group owner consent: %1</source>
        <translation>Consentimiento del propietario del grupo: %1</translation>
    </message>
    <message>
        <source>Every group owner will be able to let any app read the data of the groups and teams they own, for permissions that need no administrator. CISA&apos;s baseline (MS.AAD.5.4) asks that group owners may not consent.</source>
        <translation>Cada propietario de grupo podrá permitir que cualquier aplicación lea los datos de los grupos y equipos que posee, para los permisos que no requieren un administrador. La línea base de CISA (MS.AAD.5.4) pide que los propietarios de grupos no puedan dar su consentimiento.</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; group owners would be able to consent to nothing.</source>
        <translation>El inquilino no tiene ninguna directiva de concesión de permisos %1; los propietarios de grupos no podrían dar su consentimiento a nada.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>Se aplica a consentimientos futuros; lo que los propietarios de grupos ya consintieron se mantiene. El consentimiento del usuario y las directivas de equipos y chats quedan como están.</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. No longer assigned: %1. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>Se aplica a consentimientos futuros; lo que los propietarios de grupos ya consintieron se mantiene. Ya no asignadas: %1. El consentimiento del usuario y las directivas de equipos y chats quedan como están.</translation>
    </message>
    <message>
        <source>Older setting Consent Policy Settings: group owners may not consent (EnableGroupSpecificConsent false)</source>
        <translation>Configuración antigua «Consent Policy Settings»: los propietarios de grupos no pueden dar su consentimiento (EnableGroupSpecificConsent false)</translation>
    </message>
    <message>
        <source>The older directory setting Consent Policy Settings lets group owners consent whatever this choice says; &quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>La configuración de directorio antigua «Consent Policy Settings» permite que los propietarios de grupos den su consentimiento sea cual sea esta opción; «No permitir el consentimiento del propietario del grupo» también la desactiva.</translation>
    </message>
</context>
<context>
    <name>SettingsWrite</name>
    <message>
        <source>Classify %1 (Microsoft Graph) as %2 impact</source>
        <translation>Clasificar %1 (Microsoft Graph) con el impacto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Remove the classification of %1 (Microsoft Graph)</source>
        <translation>Quitar la clasificación de %1 (Microsoft Graph)</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>No hay conexión con Microsoft Graph.</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>No enviado: no hay ninguna conexión con Microsoft Graph.</translation>
    </message>
    <message>
        <source>%1 is not classified any more.</source>
        <translation>%1 ya no está clasificado.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not classified any more.</source>
        <translation>No enviado: %1 ya no está clasificado.</translation>
    </message>
    <message>
        <source>The admin consent workflow was changed since it was read (version %1, now %2).</source>
        <translation>El flujo de trabajo de consentimiento del administrador cambió desde que se leyó (versión %1, ahora %2).</translation>
    </message>
    <message>
        <source>Not sent: someone changed the admin consent workflow since it was read (version %1, now %2). Read it again and make the change on what is there now.</source>
        <translation>No enviado: alguien cambió el flujo de trabajo de consentimiento del administrador desde que se leyó (versión %1, ahora %2). Vuelva a leerlo y haga el cambio sobre su estado actual.</translation>
    </message>
    <message>
        <source>Changing the admin consent workflow needs Policy.ReadWrite.ConsentRequest and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>Para cambiar el flujo de trabajo de consentimiento del administrador se necesita Policy.ReadWrite.ConsentRequest y el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global (%1).</translation>
    </message>
    <message>
        <source>Changing user consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Para cambiar el consentimiento del usuario se necesita Policy.ReadWrite.Authorization y el rol Administrador de roles con privilegios o Administrador global (%1).</translation>
    </message>
    <message>
        <source>Classifying permissions needs Policy.ReadWrite.PermissionGrant and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>Para clasificar permisos se necesita Policy.ReadWrite.PermissionGrant y el rol Administrador de aplicaciones en la nube, Administrador de aplicaciones o Administrador global (%1).</translation>
    </message>
    <message>
        <source>The workflow as it was before is not known, so it cannot be put back.</source>
        <translation>No se conoce el estado anterior del flujo de trabajo, por lo que no se puede restablecer.</translation>
    </message>
    <message>
        <source>Put the admin consent workflow back as it was</source>
        <translation>Restablecer el flujo de trabajo de consentimiento del administrador a su estado anterior</translation>
    </message>
    <message>
        <source>The user consent setting before is not known, so it cannot be put back.</source>
        <translation>No se conoce la configuración anterior del consentimiento del usuario, por lo que no se puede restablecer.</translation>
    </message>
    <message>
        <source>Put user consent back to: %1</source>
        <translation>Restablecer el consentimiento del usuario a: %1</translation>
    </message>
    <message>
        <source>Graph did not say which classification it created, so it cannot be removed here.</source>
        <translation>Graph no indicó qué clasificación creó, por lo que no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>The classification removed is not known, so it cannot be put back.</source>
        <translation>No se conoce la clasificación que se quitó, por lo que no se puede restablecer.</translation>
    </message>
    <message>
        <source>Changing group owner consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Cambiar el consentimiento del propietario del grupo requiere Policy.ReadWrite.Authorization y el rol Administrador de roles con privilegios o Administrador global (%1).</translation>
    </message>
    <message>
        <source>The group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>No se conoce la configuración anterior del consentimiento del propietario del grupo, así que no se puede restablecer.</translation>
    </message>
    <message>
        <source>Put group owner consent back to: %1</source>
        <translation>Restablecer el consentimiento del propietario del grupo a: %1</translation>
    </message>
    <message>
        <source>Changing the older group owner consent setting (Consent Policy Settings) needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>Para cambiar la configuración antigua de consentimiento del propietario del grupo (Consent Policy Settings) se necesitan Policy.ReadWrite.Authorization y el rol Administrador de roles con privilegios o Administrador global (%1).</translation>
    </message>
    <message>
        <source>The older group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>No se conoce el valor anterior de la configuración antigua de consentimiento del propietario del grupo, así que no se puede restablecer.</translation>
    </message>
    <message>
        <source>Let group owners consent again through the older setting Consent Policy Settings</source>
        <translation>Permitir de nuevo que los propietarios de grupos den su consentimiento mediante la configuración antigua «Consent Policy Settings»</translation>
    </message>
    <message>
        <source>Put the older setting Consent Policy Settings back: group owners may not consent</source>
        <translation>Restablecer la configuración antigua «Consent Policy Settings»: los propietarios de grupos no pueden dar su consentimiento</translation>
    </message>
</context>
<context>
    <name>SignInErrorExplainer</name>
    <message>
        <source>ConsentDesk does not know AADSTS%1. Microsoft&apos;s error lookup page describes it.</source>
        <translation>ConsentDesk no conoce AADSTS%1. La página de búsqueda de errores de Microsoft lo describe.</translation>
    </message>
    <message>
        <source>The consent screen &quot;Need admin approval&quot;</source>
        <translation>La pantalla de consentimiento &quot;Se necesita la aprobación del administrador&quot;</translation>
    </message>
    <message>
        <source>The consent screen &quot;Approval required&quot;</source>
        <translation>La pantalla de consentimiento &quot;Se requiere aprobación&quot;</translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <source>You consented as a different account</source>
        <translation>Dio su consentimiento con otra cuenta</translation>
    </message>
    <message>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation>Inicie sesión como %1 en el explorador cuando ConsentDesk solicite permisos de escritura.</translation>
    </message>
    <message>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation>ConsentDesk no pudo leer su cuenta desde Microsoft Graph</translation>
    </message>
    <message>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation>Compruebe que el registro de aplicación tiene el permiso User.Read y, después, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>to make the change you asked for</source>
        <translation>para realizar el cambio que solicitó</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm who gave the consent</source>
        <translation>ConsentDesk no pudo confirmar quién dio el consentimiento</translation>
    </message>
    <message>
        <source>The sign-in answer carried no readable id_token. Try again; if it keeps happening, report it with the details below.</source>
        <translation>La respuesta de inicio de sesión no contenía ningún id_token legible. Vuelva a intentarlo; si sigue ocurriendo, notifíquelo con los detalles que se muestran a continuación.</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm which tenant you signed in to</source>
        <translation>ConsentDesk no pudo confirmar en qué inquilino inició sesión</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, notifíquelo con los detalles que se muestran a continuación.</translation>
    </message>
    <message>
        <source>Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot tell whether it is the profile&apos;s (%1).</source>
        <translation>Ni la respuesta de inicio de sesión ni Microsoft Graph indicaron el inquilino, por lo que ConsentDesk no puede saber si es el del perfil (%1).</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm that you signed in to %1</source>
        <translation>ConsentDesk no pudo confirmar que inició sesión en %1</translation>
    </message>
    <message>
        <source>Try again in a moment, or set the profile&apos;s tenant to the tenant ID (%1).</source>
        <translation>Vuelva a intentarlo en un momento, o establezca como inquilino del perfil el id. de inquilino (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph did not list the tenant&apos;s verified domains (/organization).</source>
        <translation>Microsoft Graph no enumeró los dominios comprobados del inquilino (/organization).</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in to your tenant</source>
        <translation>Inicie sesión en su inquilino</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>Perfil de inquilino</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Iniciar sesión con el explorador</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copiar vínculo de inicio de sesión</translation>
    </message>
    <message>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation>Para cuando el explorador no se abrió: pegue el vínculo en un explorador de este equipo.</translation>
    </message>
    <message>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation>¿No tiene un inquilino a mano? El inquilino de demostración se ejecuta en este equipo, con datos ficticios.</translation>
    </message>
    <message>
        <source>Open demo tenant</source>
        <translation>Abrir inquilino de demostración</translation>
    </message>
    <message>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation>El explorador está abierto en la página de inicio de sesión. Termine de iniciar sesión allí; ConsentDesk continúa por sí solo. No ocurre nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Add a tenant profile first.</source>
        <translation>Agregue primero un perfil de inquilino.</translation>
    </message>
    <message>
        <source>ConsentDesk opens your browser to sign in with your organization&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation>ConsentDesk abre el explorador para iniciar sesión con la cuenta de su organización. Ahora solo solicita acceso de lectura; antes de su primer cambio vuelve a solicitar, exactamente, el permiso que necesita ese cambio.</translation>
    </message>
    <message>
        <source>No profile yet. Add one with the tenant and the client ID of your organization&apos;s ConsentDesk app registration.</source>
        <translation>Aún no hay ningún perfil. Agregue uno con el inquilino y el id. de cliente del registro de aplicación de ConsentDesk de su organización.</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>ConsentDesk snapshots (*.json.gz *.json)</source>
        <translation>Instantáneas de ConsentDesk (*.json.gz *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport snapshot…</source>
        <translation>E&amp;xportar instantánea…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s apps, grants, requests and consent settings to one file.</source>
        <translation>Guardar las aplicaciones, concesiones, solicitudes y configuración de consentimiento del inquilino en un archivo.</translation>
    </message>
    <message>
        <source>Compare snapshot with the &amp;tenant…</source>
        <translation>Comparar instantánea con el &amp;inquilino…</translation>
    </message>
    <message>
        <source>Compare t&amp;wo snapshots…</source>
        <translation>Comparar &amp;dos instantáneas…</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar instantánea</translation>
    </message>
    <message>
        <source>Compare snapshot with the tenant</source>
        <translation>Comparar instantánea con el inquilino</translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation>La instantánea anterior</translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation>La instantánea posterior</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>Leyendo el inquilino…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant… %n item(s) written.</source>
        <translation>
            <numerusform>Leyendo el inquilino… %n elemento escrito.</numerusform>
            <numerusform>Leyendo el inquilino… %n elementos escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>No se guardó la instantánea: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Instantánea guardada en %1 (%n elemento).</numerusform>
            <numerusform>Instantánea guardada en %1 (%n elementos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in it, because it could not be read: %1.</source>
        <translation>No incluido, porque no se pudo leer: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>No se puede abrir la instantánea</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 Nothing was compared.</source>
        <translation>No se puede abrir %1: %2 No se comparó nada.</translation>
    </message>
    <message>
        <source>Reading the tenant to compare…</source>
        <translation>Leyendo el inquilino para comparar…</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1 Nothing was compared.</source>
        <translation>No se pudo leer el inquilino: %1 No se comparó nada.</translation>
    </message>
    <message>
        <source>the tenant now</source>
        <translation>el inquilino ahora</translation>
    </message>
    <message>
        <source>Compare two snapshots</source>
        <translation>Comparar dos instantáneas</translation>
    </message>
    <message>
        <source>Reading and comparing the snapshots…</source>
        <translation>Leyendo y comparando las instantáneas…</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Leyendo la instantánea…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
</context>
<context>
    <name>SnapshotChange</name>
    <message>
        <source>Granted for all users</source>
        <extracomment>A delegated permission before or after a change: an admin consented to it for every user of the tenant.</extracomment>
        <translation>Concedido para todos los usuarios</translation>
    </message>
    <message>
        <source>Granted as an application permission</source>
        <extracomment>An application permission (app role) before or after a change.</extracomment>
        <translation>Concedido como permiso de aplicación</translation>
    </message>
    <message>
        <source>Consented by the user</source>
        <extracomment>A user&apos;s own consent to a delegated permission, before or after a change.</extracomment>
        <translation>Consentido por el usuario</translation>
    </message>
    <message numerus="yes">
        <source>Consented by %n user(s)</source>
        <extracomment>A delegated permission that users consented to on their own, before or after a change.</extracomment>
        <translation>
            <numerusform>Consentido por %n usuario</numerusform>
            <numerusform>Consentido por %n usuarios</numerusform>
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
            <numerusform>%n permiso para todo el inquilino</numerusform>
            <numerusform>%n permisos para todo el inquilino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent</source>
        <translation>
            <numerusform>%n usuario con su propio consentimiento</numerusform>
            <numerusform>%n usuarios con su propio consentimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n permiso de aplicación</numerusform>
            <numerusform>%n permisos de aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange application access policy for %1</source>
        <extracomment>A difference between snapshots: the Exchange Online application access policy that limits an app to the mailboxes of a group (%1: the group or scope).</extracomment>
        <translation>Directiva de acceso de aplicación de Exchange para %1</translation>
    </message>
    <message>
        <source>Permission grant policy %1</source>
        <extracomment>A difference between snapshots: a permission grant policy (%1: its id).</extracomment>
        <translation>Directiva de concesión de permisos %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>What a grant, an app, a setting or a policy is after a change that removed it (the After column).</extracomment>
        <translation>Quitado</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Permission or setting</source>
        <translation>Permiso o configuración</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>Cambios entre las instantáneas</translation>
    </message>
    <message>
        <source>Microsoft Graph records no time for a grant: each change happened at some moment between the two snapshots.</source>
        <translation>Microsoft Graph no registra la hora de una concesión: cada cambio ocurrió en algún momento entre las dos instantáneas.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Delegated, all users</source>
        <extracomment>A delegated permission granted for all users of the tenant</extracomment>
        <translation>Delegado, todos los usuarios</translation>
    </message>
    <message>
        <source>Application permission</source>
        <translation>Permiso de aplicación</translation>
    </message>
    <message>
        <source>A user&apos;s own consent</source>
        <translation>Consentimiento propio de un usuario</translation>
    </message>
    <message>
        <source>Consent setting</source>
        <translation>Configuración de consentimiento</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>No hay diferencias entre %1 (%2) y %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 (%2) to %3 (%4), riskiest first.</source>
        <translation>
            <numerusform>%n cambio de %1 (%2) a %3 (%4), el de más riesgo primero.</numerusform>
            <numerusform>%n cambios de %1 (%2) a %3 (%4), los de más riesgo primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Exportar los cambios</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Informe HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los cambios en %1: %2</translation>
    </message>
    <message>
        <source>One row per app, permission or setting that was added, removed or changed between the two snapshots.</source>
        <translation>Una fila por aplicación, permiso o configuración que se agregó, quitó o cambió entre las dos instantáneas.</translation>
    </message>
    <message>
        <source>Not compared, because %1 could not read it: %2.</source>
        <translation>No se comparó, porque %1 no pudo leer esta parte: %2.</translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column title: the date ConsentDesk first saw the grant (a short date column)</extracomment>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>The day ConsentDesk on this computer first saw the grant, in a list it read or a snapshot it opened. Graph keeps no date for a grant, so it may be older.</source>
        <translation>El día en que ConsentDesk vio la concesión por primera vez en este equipo, en una lista que leyó o en una instantánea que abrió. Graph no guarda ninguna fecha para una concesión, así que puede ser más antigua.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffReport</name>
    <message>
        <source>ConsentDesk snapshot diff</source>
        <extracomment>The title of the HTML report of a snapshot comparison (the browser&apos;s tab)</extracomment>
        <translation>Comparación de instantáneas de ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk: what changed</source>
        <extracomment>The heading of the HTML report of a snapshot comparison</extracomment>
        <translation>ConsentDesk: qué cambió</translation>
    </message>
    <message>
        <source>%1 — %2, taken %3</source>
        <extracomment>One side of a snapshot comparison: %1 the file (or &quot;the tenant now&quot;), %2 the tenant, %3 when it was taken</extracomment>
        <translation>%1 — %2, tomada el %3</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>The HTML report&apos;s line with the number of changes, by risk</extracomment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How many changes have one risk level: %1 the level (&quot;High&quot;), %2 the number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <extracomment>The HTML report&apos;s line naming the parts a snapshot could not read</extracomment>
        <translation>No comparado</translation>
    </message>
    <message>
        <source>No differences.</source>
        <extracomment>The HTML report of a snapshot comparison when both sides hold the same</extracomment>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>App id</source>
        <extracomment>Column title: the app&apos;s application (client) id</extracomment>
        <translation>Id. de aplicación</translation>
    </message>
    <message>
        <source>First seen: the day ConsentDesk on the computer that made this report first saw the grant (in a list it read or a snapshot it opened); the grant may be older.</source>
        <extracomment>The HTML report&apos;s note on the First seen column</extracomment>
        <translation>Visto por primera vez: el día en que ConsentDesk vio la concesión por primera vez en el equipo que generó este informe (en una lista que leyó o en una instantánea que abrió); la concesión puede ser más antigua.</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The snapshot export was canceled.</source>
        <translation>Se canceló la exportación de la instantánea.</translation>
    </message>
    <message>
        <source>The snapshot file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de instantánea: %1</translation>
    </message>
    <message>
        <source>Exchange Online was not connected, so its access policies were not read.</source>
        <translation>Exchange Online no estaba conectado, así que no se leyeron sus directivas de acceso.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than a snapshot can be.</source>
        <translation>El archivo supera los %1 MB, más de lo que puede ocupar una instantánea.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file is truncated (its gzip stream ends early).</source>
        <translation>No se puede descomprimir el archivo: el archivo comprimido está truncado (su flujo gzip termina antes de tiempo).</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file expands to more than %1 MB.</source>
        <translation>No se puede descomprimir el archivo: descomprimido ocuparía más de %1 MB.</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: %1.</source>
        <extracomment>%1 is zlib&apos;s technical reason, in English</extracomment>
        <translation>No se puede descomprimir el archivo: %1.</translation>
    </message>
    <message>
        <source>The snapshot is truncated: the file ends before the snapshot does (was it copied or written completely?).</source>
        <translation>La instantánea está truncada: el archivo termina antes que la instantánea (¿se copió o escribió completo?).</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1 at byte %2.</source>
        <translation>La instantánea está dañada: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot (not JSON: %1 at byte %2).</source>
        <translation>Esto no es una instantánea de ConsentDesk (no es JSON: %1 en el byte %2).</translation>
    </message>
    <message>
        <source>This is a sandbox tenant fixture, not a ConsentDesk snapshot (it has no &quot;consentDeskSnapshot&quot; header).</source>
        <translation>Esto es una plantilla de inquilino del espacio aislado, no una instantánea de ConsentDesk (no tiene el encabezado «consentDeskSnapshot»).</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot: the JSON has no &quot;consentDeskSnapshot&quot; header.</source>
        <translation>Esto no es una instantánea de ConsentDesk: el JSON no tiene el encabezado «consentDeskSnapshot».</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is not a JSON object.</source>
        <translation>El encabezado de la instantánea no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header has no valid schema version.</source>
        <translation>El encabezado de la instantánea no tiene una versión de esquema válida.</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer ConsentDesk (schema version %1; this version reads up to %2). Open it with that version or a later one.</source>
        <translation>La instantánea la escribió una versión más reciente de ConsentDesk (versión de esquema %1; esta versión lee hasta la %2). Ábrala con esa versión o una posterior.</translation>
    </message>
    <message>
        <source>The snapshot is incomplete: it has no end marker, so it was not written to the end.</source>
        <translation>La instantánea está incompleta: no tiene marca de fin, así que no se escribió hasta el final.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header lacks the tenant id or the time it was taken.</source>
        <translation>Al encabezado de la instantánea le falta el id. de inquilino o la hora en que se tomó.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1&quot; is missing or not a list of objects.</source>
        <translation>En la instantánea falta «%1» o no es una lista de objetos.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;policies&quot; or &quot;errors&quot; member is missing or of the wrong type.</source>
        <translation>El miembro «policies» o «errors» de la instantánea falta o es de un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The snapshot lists a service principal without an id.</source>
        <translation>La instantánea incluye una entidad de servicio sin id.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot is damaged: its end marker counts %n item(s) in &quot;%1&quot;, the file holds %2.</source>
        <translation>
            <numerusform>La instantánea está dañada: su marca de fin cuenta %n elemento en «%1» y el archivo contiene %2.</numerusform>
            <numerusform>La instantánea está dañada: su marca de fin cuenta %n elementos en «%1» y el archivo contiene %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation>Se rechazó el token de acceso de %1 (expirado o para otro recurso).</translation>
    </message>
    <message>
        <source>No access token: sign in, or set %1.</source>
        <translation>No hay ningún token de acceso: inicie sesión o establezca %1.</translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <source>%1: %2 received, Graph counts %3</source>
        <translation>%1: %2 recibidos, Graph cuenta %3</translation>
    </message>
    <message>
        <source>%1: %2 received, no count from Graph</source>
        <translation>%1: %2 recibidos, sin recuento de Graph</translation>
    </message>
    <message>
        <source> (%1 received twice)</source>
        <translation> (%1 recibidos dos veces)</translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <source>The inventory was canceled.</source>
        <translation>Se canceló el inventario.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 is waiting for your approval.</source>
        <translation>%1 está pendiente de su aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation>
            <numerusform>Hay %n nueva solicitud de consentimiento pendiente de su aprobación.</numerusform>
            <numerusform>Hay %n nuevas solicitudes de consentimiento pendientes de su aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>Nueva solicitud de consentimiento</translation>
    </message>
</context>
<context>
    <name>TroubleshootCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A troubleshooter check&apos;s result: nothing wrong</extracomment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A troubleshooter check&apos;s result: worth a look, not blocking</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A troubleshooter check&apos;s result: this stops the user</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Enable the app…</source>
        <translation>Habilitar la aplicación…</translation>
    </message>
    <message>
        <source>Assign the user…</source>
        <translation>Asignar el usuario…</translation>
    </message>
    <message>
        <source>Grant admin consent…</source>
        <translation>Conceder el consentimiento del administrador…</translation>
    </message>
    <message>
        <source>Turn on the workflow…</source>
        <translation>Activar el flujo de trabajo…</translation>
    </message>
    <message>
        <source>Edit the reviewers…</source>
        <extracomment>Opens Consent settings at the admin consent workflow&apos;s reviewers</extracomment>
        <translation>Editar los revisores…</translation>
    </message>
</context>
<context>
    <name>TroubleshootFixPlanner</name>
    <message>
        <source>There is nothing ConsentDesk can change for this check.</source>
        <translation>ConsentDesk no puede cambiar nada para esta comprobación.</translation>
    </message>
    <message>
        <source>%1 is not in this tenant: there is nothing to enable.</source>
        <translation>%1 no está en este inquilino: no hay nada que habilitar.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is already enabled.</source>
        <translation>El inicio de sesión en %1 ya está habilitado.</translation>
    </message>
    <message>
        <source>Enable sign-in for %1</source>
        <translation>Habilitar el inicio de sesión en %1</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 (accountEnabled = true)</source>
        <translation>Habilitar el inicio de sesión en %1 (accountEnabled = true)</translation>
    </message>
    <message>
        <source>The user or the app is not in this tenant: there is nobody to assign.</source>
        <translation>El usuario o la aplicación no están en este inquilino: no hay nadie a quien asignar.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 ya está asignado a %2.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message>
        <source>Assign %1 to %2 with the role %3</source>
        <extracomment>%1 user, %2 app, %3 app role name</extracomment>
        <translation>Asignar %1 a %2 con el rol %3</translation>
    </message>
    <message>
        <source>Every permission asked for is granted already.</source>
        <translation>Todos los permisos solicitados ya están concedidos.</translation>
    </message>
    <message>
        <source>Admin consent for everyone in the tenant: no user of %1 will be asked for these permissions again.</source>
        <translation>Consentimiento del administrador para todo el inquilino: ningún usuario de %1 volverá a recibir preguntas sobre estos permisos.</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read, so it is not changed.</source>
        <translation>No se pudo leer el flujo de trabajo de consentimiento del administrador, así que no se cambia.</translation>
    </message>
    <message>
        <source>The admin consent workflow is on already.</source>
        <translation>El flujo de trabajo de consentimiento del administrador ya está activado.</translation>
    </message>
    <message>
        <source>The workflow has no reviewers: choose them in Consent settings (or `consentdesk-cli settings workflow --enable --reviewer …`).</source>
        <translation>El flujo de trabajo no tiene revisores: elíjalos en Configuración de consentimiento (o `consentdesk-cli settings workflow --enable --reviewer …`).</translation>
    </message>
    <message>
        <source>Choose reviewers who can approve in Consent settings, or run: %1</source>
        <translation>Elija en Configuración de consentimiento revisores que puedan aprobar, o ejecute: %1</translation>
    </message>
</context>
<context>
    <name>TroubleshootRules</name>
    <message>
        <source>Can the user sign in at all?</source>
        <translation>¿Puede el usuario iniciar sesión?</translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation>No se pudo leer el usuario: %1</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>No hay ningún usuario %1 en este inquilino.</translation>
    </message>
    <message>
        <source>Check the user&apos;s sign-in name (UPN) or object ID.</source>
        <translation>Compruebe el nombre de inicio de sesión (UPN) o el id. de objeto del usuario.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they cannot sign in to anything.</source>
        <translation>La cuenta de %1 está deshabilitada: no puede iniciar sesión en nada.</translation>
    </message>
    <message>
        <source>Enable the account in the Microsoft Entra admin center (Users), if they should work again.</source>
        <translation>Habilite la cuenta en el Centro de administración Microsoft Entra (Usuarios) si esa persona debe volver a trabajar.</translation>
    </message>
    <message>
        <source>%1 is a guest and their account is enabled.</source>
        <translation>%1 es un invitado y su cuenta está habilitada.</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>La cuenta de %1 está habilitada.</translation>
    </message>
    <message>
        <source>Is the app blocked?</source>
        <translation>¿Está bloqueada la aplicación?</translation>
    </message>
    <message>
        <source>The app could not be read: %1</source>
        <translation>No se pudo leer la aplicación: %1</translation>
    </message>
    <message>
        <source>Run the troubleshooter again; if it persists, check your roles.</source>
        <translation>Vuelva a ejecutar el solucionador de problemas; si persiste, compruebe sus roles.</translation>
    </message>
    <message>
        <source>%1 has no service principal in this tenant yet: it is added at the first consent, and nothing blocks it.</source>
        <translation>%1 aún no tiene entidad de servicio en este inquilino: se agrega con el primer consentimiento, y nada la bloquea.</translation>
    </message>
    <message>
        <source>Sign-in to %1 is disabled (its service principal&apos;s accountEnabled is false): every user is refused, and nobody can request it.</source>
        <translation>El inicio de sesión en %1 está deshabilitado (accountEnabled de su entidad de servicio es false): se rechaza a todos los usuarios y nadie puede solicitarla.</translation>
    </message>
    <message>
        <source>Enable sign-in for the app, if it was not blocked on purpose (Activity shows who blocked it).</source>
        <translation>Habilite el inicio de sesión de la aplicación si no se bloqueó a propósito (Actividad muestra quién la bloqueó).</translation>
    </message>
    <message>
        <source>Sign-in to %1 is enabled.</source>
        <translation>El inicio de sesión en %1 está habilitado.</translation>
    </message>
    <message>
        <source>Default Access</source>
        <translation>Acceso predeterminado</translation>
    </message>
    <message>
        <source>Does the app require assignment?</source>
        <translation>¿Requiere asignación la aplicación?</translation>
    </message>
    <message>
        <source>The app is not in this tenant yet, so it requires no assignment.</source>
        <translation>La aplicación aún no está en este inquilino, así que no requiere asignación.</translation>
    </message>
    <message>
        <source>%1 does not require assignment: any user of the tenant may sign in.</source>
        <translation>%1 no requiere asignación: cualquier usuario del inquilino puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and its assignments could not be read: %2</source>
        <translation>%1 requiere asignación, y no se pudieron leer sus asignaciones: %2</translation>
    </message>
    <message>
        <source>%1 requires assignment; without the user, ConsentDesk cannot tell whether they are assigned.</source>
        <translation>%1 requiere asignación; sin el usuario, ConsentDesk no puede saber si está asignado.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned.</source>
        <translation>%1 requiere asignación, y %2 está asignado.</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned through the group %3.</source>
        <extracomment>%3 is a group&apos;s name</extracomment>
        <translation>%1 requiere asignación, y %2 está asignado mediante el grupo %3.</translation>
    </message>
    <message>
        <source>%1 requires assignment and %2 is not assigned, neither directly nor through a group they are a direct member of (nested groups do not count): sign-in fails with AADSTS50105.</source>
        <translation>%1 requiere asignación y %2 no está asignado, ni directamente ni mediante un grupo del que sea miembro directo (los grupos anidados no cuentan): el inicio de sesión falla con AADSTS50105.</translation>
    </message>
    <message>
        <source>Assign %1 to %2 (role %3), or add them to an assigned group.</source>
        <extracomment>%1 user name, %2 app name, %3 an app role&apos;s name (e.g. Default Access)</extracomment>
        <translation>Asigne %1 a %2 (rol %3), o agregue a esa persona a un grupo asignado.</translation>
    </message>
    <message>
        <source>Which conditional access policies apply?</source>
        <translation>¿Qué directivas de acceso condicional se aplican?</translation>
    </message>
    <message>
        <source>The conditional access policies could not be read: %1</source>
        <translation>No se pudieron leer las directivas de acceso condicional: %1</translation>
    </message>
    <message>
        <source>Reading them needs Policy.Read.All and a role such as Global Reader, Security Reader or Conditional Access Administrator.</source>
        <translation>Para leerlas se necesita Policy.Read.All y un rol como Lector global, Lector de seguridad o Administrador de acceso condicional.</translation>
    </message>
    <message>
        <source>Without the user, ConsentDesk cannot tell which policies apply.</source>
        <translation>Sin el usuario, ConsentDesk no puede saber qué directivas se aplican.</translation>
    </message>
    <message>
        <source>The user&apos;s groups and roles could not be read (%1); policies that target groups or roles may be missing below.</source>
        <translation>No se pudieron leer los grupos y roles del usuario (%1); puede que abajo falten directivas dirigidas a grupos o roles.</translation>
    </message>
    <message>
        <source>No enabled or report-only policy applies to %1 signing in to %2.</source>
        <translation>Ninguna directiva activada o de solo informe se aplica al inicio de sesión de %1 en %2.</translation>
    </message>
    <message>
        <source>Access is blocked by %1. Conditional access is changed in the Microsoft Entra admin center (Protection &gt; Conditional Access): exclude the user or the app there if the block is not meant for them. ConsentDesk only reads these policies.</source>
        <extracomment>%1 is a list of policy names</extracomment>
        <translation>%1 bloquea el acceso. El acceso condicional se cambia en el Centro de administración Microsoft Entra (Protección &gt; Acceso condicional): excluya allí al usuario o la aplicación si el bloqueo no está pensado para ellos. ConsentDesk solo lee estas directivas.</translation>
    </message>
    <message>
        <source>The user must meet what these policies require when signing in (for example register for multifactor authentication); nothing to change unless that is the reason they are stuck.</source>
        <translation>El usuario debe cumplir lo que exigen estas directivas al iniciar sesión (por ejemplo, registrarse para la autenticación multifactor); no hay nada que cambiar salvo que ese sea el motivo de su bloqueo.</translation>
    </message>
    <message>
        <source>Is there a grant, and is the user prompted for more than it holds?</source>
        <translation>¿Hay una concesión, y se le piden al usuario más permisos de los que contiene?</translation>
    </message>
    <message>
        <source>The app&apos;s grants could not be read: %1</source>
        <translation>No se pudieron leer las concesiones de la aplicación: %1</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone and the user&apos;s own consent.</source>
        <translation>La aplicación tiene un consentimiento del administrador para todos y el consentimiento propio del usuario.</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone.</source>
        <translation>La aplicación tiene un consentimiento del administrador para todos.</translation>
    </message>
    <message>
        <source>The app holds the user&apos;s own consent, no admin consent.</source>
        <translation>La aplicación tiene el consentimiento propio del usuario, sin consentimiento del administrador.</translation>
    </message>
    <message>
        <source>The app holds no delegated permission for this user (no admin consent, no consent of theirs).</source>
        <translation>La aplicación no tiene ningún permiso delegado para este usuario (ni consentimiento del administrador ni consentimiento propio).</translation>
    </message>
    <message>
        <source>ConsentDesk does not know which permissions the app asks for (no request from this user, no grant).</source>
        <translation>ConsentDesk no sabe qué permisos pide la aplicación (no hay solicitud de este usuario ni concesión).</translation>
    </message>
    <message>
        <source>It covers every permission asked for: %1.</source>
        <translation>Abarca todos los permisos solicitados: %1.</translation>
    </message>
    <message>
        <source>The user is still prompted for %1, which no grant holds.</source>
        <translation>Al usuario aún se le pide %1, que ninguna concesión contiene.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone, if the app should have them.</source>
        <translation>Conceda el consentimiento del administrador para %1 para todos, si la aplicación debe tenerlos.</translation>
    </message>
    <message>
        <source>May the user consent to these permissions?</source>
        <translation>¿Puede el usuario dar su consentimiento a estos permisos?</translation>
    </message>
    <message>
        <source>Nothing to consent to that ConsentDesk knows of.</source>
        <translation>No hay nada que consentir que ConsentDesk conozca.</translation>
    </message>
    <message>
        <source>Nothing is left to consent to: the grants hold it all.</source>
        <translation>No queda nada que consentir: las concesiones lo contienen todo.</translation>
    </message>
    <message>
        <source>User consent: %1. The user may consent to %2 themselves.</source>
        <extracomment>%1 the user consent setting in the admin center&apos;s words, %2 permissions</extracomment>
        <translation>Consentimiento del usuario: %1. El usuario puede dar su consentimiento a %2 por sí mismo.</translation>
    </message>
    <message>
        <source>User consent: %1. The user cannot consent to %2 and sees &quot;Approval required&quot; (or &quot;Need admin approval&quot;):</source>
        <translation>Consentimiento del usuario: %1. El usuario no puede dar su consentimiento a %2 y ve &quot;Se requiere aprobación&quot; (o &quot;Se necesita la aprobación del administrador&quot;):</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone (reviewed like a request), or change the user consent setting or the classification of these permissions.</source>
        <translation>Conceda el consentimiento del administrador para %1 para todos (revisado como una solicitud), o cambie la configuración de consentimiento del usuario o la clasificación de estos permisos.</translation>
    </message>
    <message>
        <source>Can the user request approval, and who reviews?</source>
        <translation>¿Puede el usuario solicitar la aprobación, y quién revisa?</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>No se pudo leer el flujo de trabajo de consentimiento del administrador: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: the user sees &quot;Need admin approval&quot; with no way to ask for it, and no administrator hears of it.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está desactivado: el usuario ve &quot;Se necesita la aprobación del administrador&quot; sin forma de solicitarla, y ningún administrador se entera.</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users cannot request apps they may not consent to.</source>
        <translation>El flujo de trabajo de consentimiento del administrador está desactivado: los usuarios no pueden solicitar aplicaciones a las que no pueden dar su consentimiento.</translation>
    </message>
    <message>
        <source>Turn on the workflow; its reviewers would be %1.</source>
        <extracomment>%1 is a list of reviewer names</extracomment>
        <translation>Active el flujo de trabajo; sus revisores serían %1.</translation>
    </message>
    <message>
        <source>The workflow is on, but no reviewer can approve: %1</source>
        <translation>El flujo de trabajo está activado, pero ningún revisor puede aprobar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workflow is on; reviewers: %1; requests expire after %n day(s).</source>
        <extracomment>%1 reviewer names, %2 number of days</extracomment>
        <translation>
            <numerusform>El flujo de trabajo está activado; revisores: %1; las solicitudes expiran después de %n día.</numerusform>
            <numerusform>El flujo de trabajo está activado; revisores: %1; las solicitudes expiran después de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is a request from this user waiting, and when does it expire?</source>
        <translation>¿Hay una solicitud de este usuario en espera, y cuándo expira?</translation>
    </message>
    <message>
        <source>The consent requests could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes de consentimiento: %1</translation>
    </message>
    <message>
        <source>No request from %1 for %2.</source>
        <translation>No hay ninguna solicitud de %1 para %2.</translation>
    </message>
    <message>
        <source>%1&apos;s last request (%2) is closed: %3.</source>
        <extracomment>%1 user, %2 date, %3 the request&apos;s status (Expired, Completed)</extracomment>
        <translation>La última solicitud de %1 (%2) está cerrada: %3.</translation>
    </message>
    <message>
        <source>Nobody reviewed it in time; the user may request again.</source>
        <translation>Nadie la revisó a tiempo; el usuario puede volver a solicitarla.</translation>
    </message>
    <message>
        <source>%1 asked on %2 and nobody reviewed it by %3, when it expired: the user may request again.</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date</extracomment>
        <translation>%1 la solicitó el %2 y nadie la revisó antes de que expirara el %3: el usuario puede volver a solicitarla.</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date; followed by how many days are left</extracomment>
        <translation>
            <numerusform>%1 la solicitó el %2; la solicitud espera revisión y expira el %3 (queda %n día).</numerusform>
            <numerusform>%1 la solicitó el %2; la solicitud espera revisión y expira el %3 (quedan %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked on %2; the request is waiting for review (expiry unknown).</source>
        <translation>%1 la solicitó el %2; la solicitud espera revisión (expiración desconocida).</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <extracomment>%1 is the user&apos;s justification, as they typed it</extracomment>
        <translation>Su motivo: %1</translation>
    </message>
    <message>
        <source>Everything it asks for is granted now; the request stays open in the Microsoft Entra admin center until someone reviews it there (Graph has no way to close it).</source>
        <translation>Ya está concedido todo lo que pide; la solicitud sigue abierta en el Centro de administración Microsoft Entra hasta que alguien la revise allí (Graph no puede cerrarla).</translation>
    </message>
    <message>
        <source>Close the request in the Microsoft Entra admin center (Enterprise applications &gt; Admin consent requests).</source>
        <translation>Cierre la solicitud en el Centro de administración Microsoft Entra (Aplicaciones empresariales &gt; Solicitudes de consentimiento del administrador).</translation>
    </message>
    <message>
        <source>Review the request: grant what it asks for (Consent requests), or deny it in the Microsoft Entra admin center.</source>
        <translation>Revise la solicitud: conceda lo que pide (Solicitudes de consentimiento) o deniéguela en el Centro de administración Microsoft Entra.</translation>
    </message>
    <message>
        <source>Your roles may not read the conditional access policies, so ConsentDesk cannot tell which apply.</source>
        <translation>Sus roles no pueden leer las directivas de acceso condicional, así que ConsentDesk no puede saber cuáles se aplican.</translation>
    </message>
    <message>
        <source>Ask the user which permissions the consent screen lists, and name them (Permissions asked for, or --scope in consentdesk-cli).</source>
        <translation>Pregunte al usuario qué permisos muestra la pantalla de consentimiento e indíquelos (Permisos solicitados, o --scope en consentdesk-cli).</translation>
    </message>
    <message>
        <source>Turn on the workflow with reviewers who can approve: choose them in Consent settings, or run %1 (it makes the holders of Cloud Application Administrator the reviewers).</source>
        <translation>Active el flujo de trabajo con revisores que puedan aprobar: elíjalos en Configuración de consentimiento, o ejecute %1 (hace revisores a los titulares del rol Administrador de aplicaciones en la nube).</translation>
    </message>
    <message>
        <source>Add a reviewer who holds a role that may grant consent: in Consent settings (the reviewers who cannot approve are selected), or run %1 — it replaces the reviewers with the holders of Cloud Application Administrator; name the others to keep with more --reviewer options.</source>
        <extracomment>%1 is a consentdesk-cli command</extracomment>
        <translation>Agregue un revisor que tenga un rol que pueda conceder consentimiento: en Configuración de consentimiento (los revisores que no pueden aprobar están seleccionados), o ejecute %1; reemplaza los revisores por los titulares del rol Administrador de aplicaciones en la nube; indique los demás que quiera conservar con más opciones --reviewer.</translation>
    </message>
</context>
<context>
    <name>TroubleshootView</name>
    <message>
        <source>Troubleshoot</source>
        <translation>Solucionar problemas</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect an app? Name both: ConsentDesk reads what decides it and says what to fix.</source>
        <translation>¿Por qué un usuario no puede conectar una aplicación? Indique ambos: ConsentDesk lee lo que lo decide y dice qué corregir.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>sign-in name (UPN) or object ID</source>
        <translation>nombre de inicio de sesión (UPN) o id. de objeto</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;plicación:</translation>
    </message>
    <message>
        <source>application (client) ID, object ID or exact name</source>
        <translation>id. de aplicación (cliente), id. de objeto o nombre exacto</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>Runs the troubleshooter&apos;s checks for the user and the app</extracomment>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Checks for this user and app</source>
        <translation>Comprobaciones para este usuario y esta aplicación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Why a user cannot connect an app: consent, assignment, blocks, conditional access, requests</source>
        <translation>Por qué un usuario no puede conectar una aplicación: consentimiento, asignación, bloqueos, acceso condicional, solicitudes</translation>
    </message>
    <message>
        <source>Sign in to troubleshoot a user and an app.</source>
        <translation>Inicie sesión para solucionar problemas de un usuario y una aplicación.</translation>
    </message>
    <message>
        <source>Name a user and an app, then choose Check.</source>
        <translation>Indique un usuario y una aplicación, y elija Comprobar.</translation>
    </message>
    <message>
        <source>Name the user who cannot connect %1.</source>
        <translation>Indique el usuario que no puede conectar %1.</translation>
    </message>
    <message>
        <source>Name the app %1 cannot connect.</source>
        <translation>Indique la aplicación que %1 no puede conectar.</translation>
    </message>
    <message>
        <source>Reading what decides whether %1 can connect %2…</source>
        <translation>Leyendo lo que decide si %1 puede conectar %2…</translation>
    </message>
    <message>
        <source>There is no user %1 in this tenant. Check the sign-in name (UPN) or object ID.</source>
        <translation>No hay ningún usuario %1 en este inquilino. Compruebe el nombre de inicio de sesión (UPN) o el id. de objeto.</translation>
    </message>
    <message>
        <source>Several apps are named %1: give its application (client) ID.</source>
        <translation>Varias aplicaciones se llaman %1: indique su id. de aplicación (cliente).</translation>
    </message>
    <message>
        <source>There is no app %1 in this tenant, and no consent request names it. Give its application (client) ID, object ID or exact name.</source>
        <translation>No hay ninguna aplicación %1 en este inquilino, y ninguna solicitud de consentimiento la nombra. Indique su id. de aplicación (cliente), su id. de objeto o su nombre exacto.</translation>
    </message>
    <message>
        <source>The user or the app could not be read: %1</source>
        <translation>No se pudo leer el usuario o la aplicación: %1</translation>
    </message>
    <message>
        <source>%1 and %2:</source>
        <extracomment>%1 user&apos;s name, %2 app&apos;s name</extracomment>
        <translation>%1 y %2:</translation>
    </message>
    <message>
        <source>every check passes.</source>
        <translation>todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>Choose a check to see what to do about it.</source>
        <translation>Elija una comprobación para ver qué hacer.</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>No hay nada que hacer aquí.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nada que cambiar</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n comprobación falló.</numerusform>
            <numerusform>%n comprobaciones fallaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) gave a warning.</source>
        <translation>
            <numerusform>%n comprobación dio una advertencia.</numerusform>
            <numerusform>%n comprobaciones dieron una advertencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1.</source>
        <extracomment>%1 is a list of directory role names</extracomment>
        <translation>Esta corrección necesita uno de estos roles: %1.</translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1. Your roles: %2.</source>
        <extracomment>%1 and %2 are lists of directory role names</extracomment>
        <translation>Esta corrección necesita uno de estos roles: %1. Sus roles: %2.</translation>
    </message>
    <message>
        <source>Per&amp;missions asked for:</source>
        <translation>Per&amp;misos solicitados:</translation>
    </message>
    <message>
        <source>optional, when no request says it: e.g. Mail.Read Calendars.ReadWrite</source>
        <translation>opcional, si ninguna solicitud los indica: p. ej., Mail.Read Calendars.ReadWrite</translation>
    </message>
    <message>
        <source>One row per check of whether this user can use this app: its result and the evidence; select one to see its fix.</source>
        <translation>Una fila por comprobación de si este usuario puede usar esta aplicación: su resultado y la evidencia; seleccione una para ver su corrección.</translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>UserConsentEvaluator</name>
    <message>
        <source>%1 is an application permission: only an administrator can grant it.</source>
        <translation>%1 es un permiso de aplicación: solo un administrador puede concederlo.</translation>
    </message>
    <message>
        <source>%1 of %2 always needs an administrator&apos;s consent.</source>
        <extracomment>%1 a permission, %2 the API that publishes it</extracomment>
        <translation>%1 de %2 siempre requiere el consentimiento de un administrador.</translation>
    </message>
    <message>
        <source>The user consent setting could not be read.</source>
        <translation>No se pudo leer la configuración de consentimiento del usuario.</translation>
    </message>
    <message>
        <source>User consent is turned off in this tenant.</source>
        <translation>El consentimiento del usuario está desactivado en este inquilino.</translation>
    </message>
    <message>
        <source>%1 is allowed by the user consent policy &quot;%2&quot;.</source>
        <extracomment>%1 a permission, %2 a permission grant policy&apos;s name</extracomment>
        <translation>%1 lo permite la directiva de consentimiento del usuario &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Users may consent to any permission that does not need an administrator.</source>
        <translation>Los usuarios pueden dar su consentimiento a cualquier permiso que no requiera un administrador.</translation>
    </message>
    <message>
        <source>%1 is classified low impact and the app&apos;s publisher is verified.</source>
        <translation>%1 está clasificado como de bajo impacto y el editor de la aplicación está comprobado.</translation>
    </message>
    <message>
        <source>the app is not in this tenant yet, so its publisher&apos;s verification cannot be read</source>
        <translation>la aplicación aún no está en este inquilino, así que no se puede leer la comprobación de su editor</translation>
    </message>
    <message>
        <source>the app&apos;s publisher is not verified</source>
        <translation>el editor de la aplicación no está comprobado</translation>
    </message>
    <message>
        <source>%1 is not classified low impact</source>
        <translation>%1 no está clasificado como de bajo impacto</translation>
    </message>
    <message>
        <source>No user consent policy of this tenant allows %1 for this app.</source>
        <translation>Ninguna directiva de consentimiento del usuario de este inquilino permite %1 para esta aplicación.</translation>
    </message>
    <message>
        <source>No user consent policy allows %1: %2.</source>
        <extracomment>%1 a permission, %2 reasons joined with &quot;and&quot;-free semicolons</extracomment>
        <translation>Ninguna directiva de consentimiento del usuario permite %1: %2.</translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation>Escriba parte de un nombre, un nombre principal de usuario o una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>UserConsentSetting</name>
    <message>
        <source>Do not allow user consent</source>
        <translation>No permitir el consentimiento del usuario</translation>
    </message>
    <message>
        <source>Allow user consent for apps from verified publishers, for selected permissions</source>
        <translation>Permitir el consentimiento del usuario para aplicaciones de publicadores comprobados, para permisos seleccionados</translation>
    </message>
    <message>
        <source>Allow user consent for apps</source>
        <translation>Permitir el consentimiento del usuario para aplicaciones</translation>
    </message>
    <message>
        <source>Let Microsoft manage your consent settings</source>
        <translation>Dejar que Microsoft administre su configuración de consentimiento</translation>
    </message>
    <message>
        <source>Custom app consent policy</source>
        <translation>Directiva de consentimiento de aplicaciones personalizada</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation>Sin comprobar: todos los buzones, a menos que Exchange restrinja la aplicación</translation>
    </message>
    <message>
        <source>Reaches this mailbox (no access policy)</source>
        <translation>Llega a este buzón (sin directiva de acceso)</translation>
    </message>
    <message>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation>Llega a este buzón (dentro del ámbito de la aplicación)</translation>
    </message>
    <message>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation>Excluido (fuera del ámbito de la aplicación)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Name, user principal name or mail address</source>
        <translation>Nombre, nombre principal de usuario o dirección de correo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Usuarios encontrados</translation>
    </message>
    <message>
        <source>Consented by this user</source>
        <translation>Consentido por este usuario</translation>
    </message>
    <message>
        <source>Admin-consented for everyone</source>
        <translation>Con consentimiento del administrador para todos</translation>
    </message>
    <message>
        <source>App roles</source>
        <translation>Roles de aplicación</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Application permissions</source>
        <translation>Permisos de aplicación</translation>
    </message>
    <message>
        <source>This user&apos;s mailbox</source>
        <translation>Buzón de este usuario</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>Acceso a buzones</translation>
    </message>
    <message>
        <source>Sign in to look up users.</source>
        <translation>Inicie sesión para buscar usuarios.</translation>
    </message>
    <message>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation>Busque un usuario para ver qué concedió y a quién.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Ningún usuario coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>Se encontró %n usuario.</numerusform>
            <numerusform>Se encontraron %n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what this user granted…</source>
        <translation>Leyendo lo que concedió este usuario…</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>No se pudo leer el usuario: %1</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No existe ese usuario.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation>
            <numerusform>%n aplicación con consentimiento de este usuario</numerusform>
            <numerusform>%n aplicaciones con consentimiento de este usuario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation>
            <numerusform>miembro de %n grupo</numerusform>
            <numerusform>miembro de %n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>cuenta deshabilitada</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>leído en parte: %1</translation>
    </message>
    <message>
        <source>Consented by this user (%1)</source>
        <translation>Consentido por este usuario (%1)</translation>
    </message>
    <message>
        <source>Admin-consented for everyone (%1)</source>
        <translation>Con consentimiento del administrador para todos (%1)</translation>
    </message>
    <message>
        <source>App roles (%1)</source>
        <translation>Roles de aplicación (%1)</translation>
    </message>
    <message>
        <source>Mailbox access (%1)</source>
        <translation>Acceso a buzones (%1)</translation>
    </message>
    <message>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation>Lo que concedió un usuario y a quién (consulta del departamento de soporte técnico)</translation>
    </message>
    <message>
        <source>Double-click an app to open it in Apps and permissions.</source>
        <translation>Haga doble clic en una aplicación para abrirla en Aplicaciones y permisos.</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Buscar un usuario</translation>
    </message>
    <message>
        <source>Permissions this user consented to</source>
        <translation>Permisos a los que este usuario dio su consentimiento</translation>
    </message>
    <message>
        <source>Permissions admin-consented for everyone</source>
        <translation>Permisos con consentimiento del administrador para todos</translation>
    </message>
    <message>
        <source>App roles assigned to this user</source>
        <translation>Roles de aplicación asignados a este usuario</translation>
    </message>
    <message>
        <source>Apps that can reach this user&apos;s mailbox</source>
        <translation>Aplicaciones que pueden acceder al buzón de este usuario</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot an app…</source>
        <extracomment>Opens the troubleshooter with this user filled in; the admin names the app</extracomment>
        <translation>&amp;Solucionar problemas de una aplicación…</translation>
    </message>
    <message>
        <source>Why can&apos;t this user connect an app? Opens the troubleshooter with the user filled in.</source>
        <translation>¿Por qué este usuario no puede conectar una aplicación? Abre el solucionador de problemas con el usuario ya indicado.</translation>
    </message>
    <message>
        <source>One row per permission this user granted an app for themselves; double-click a row to open the app.</source>
        <translation>Una fila por permiso que este usuario concedió a una aplicación para sí mismo; haga doble clic en una fila para abrir la aplicación.</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted an app for everyone, this user included; double-click a row to open the app.</source>
        <translation>Una fila por permiso que un administrador concedió a una aplicación para todos, incluido este usuario; haga doble clic en una fila para abrir la aplicación.</translation>
    </message>
    <message>
        <source>One row per app role assigned to this user; double-click a row to open the app.</source>
        <translation>Una fila por rol de aplicación asignado a este usuario; haga doble clic en una fila para abrir la aplicación.</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and whether Exchange lets it reach this user&apos;s mailbox; double-click a row to open the app.</source>
        <translation>Una fila por aplicación con permisos de aplicación sobre buzones, y si Exchange le permite llegar al buzón de este usuario; haga doble clic en una fila para abrir la aplicación.</translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <source>Allow ConsentDesk to make changes</source>
        <translation>Permitir que ConsentDesk realice cambios</translation>
    </message>
    <message>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation>Ha iniciado sesión solo con acceso de lectura. Para realizar cambios, ConsentDesk necesita estos permisos delegados. Nunca puede hacer más de lo que permite su propio rol de directorio.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Why ConsentDesk needs it</source>
        <translation>Por qué lo necesita ConsentDesk</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation>Continuar en el explorador</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Your browser opens to ask for them. If your organization requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation>El explorador se abre para solicitarlos. Si su organización requiere que un administrador los apruebe, el explorador lo indica y aquí no cambia nada.</translation>
    </message>
    <message>
        <source>Permissions to allow, and why</source>
        <translation>Permisos que se van a permitir y por qué</translation>
    </message>
    <message>
        <source>One row per permission ConsentDesk asks for to make changes, and why it needs it.</source>
        <translation>Una fila por permiso que ConsentDesk pide para hacer cambios, y por qué lo necesita.</translation>
    </message>
</context>
<context>
    <name>WriteRun</name>
    <message>
        <source>Roll back: %1</source>
        <translation>Revertir: %1</translation>
    </message>
</context>
<context>
    <name>WriteRunner</name>
    <message>
        <source>Not sent: another change is still running.</source>
        <translation>No enviado: todavía hay otro cambio en curso.</translation>
    </message>
    <message>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation>Omitido: no se creó un objeto que necesita (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation>No se pudo leer el estado actual; no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Not sent: there is no activity journal, and ConsentDesk never changes a tenant without recording the change first.</source>
        <translation>No enviado: no hay ningún diario de actividad, y ConsentDesk nunca cambia un inquilino sin registrar antes el cambio.</translation>
    </message>
    <message>
        <source>Skipped: the journal is not writable.</source>
        <translation>Omitido: no se puede escribir en el diario.</translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation>No enviado: el diario no pudo registrarlo (%1).</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came.</source>
        <translation>La conexión se cerró antes de recibir una respuesta.</translation>
    </message>
    <message>
        <source>Skipped: an earlier change failed.</source>
        <translation>Omitido: se produjo un error en un cambio anterior.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back, found the change not made, and sent it again: it was made.</source>
        <translation>La conexión se cortó antes de que llegara la respuesta. ConsentDesk volvió a leer el inquilino, vio que el cambio no se había hecho y lo envió de nuevo: se hizo.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, on the first try and again when ConsentDesk sent the change once more. ConsentDesk read the tenant back: the change was made, once.</source>
        <translation>La conexión se cortó antes de que llegara la respuesta, en el primer intento y de nuevo cuando ConsentDesk volvió a enviar el cambio. ConsentDesk volvió a leer el inquilino: el cambio se hizo, una sola vez.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back: the change was made.</source>
        <translation>La conexión se cortó antes de que llegara la respuesta. ConsentDesk volvió a leer el inquilino: el cambio se hizo.</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back and the change was not made, but the journal could not record that, so it was not sent again. Nothing changed; try again once the journal is writable.</source>
        <translation>La conexión se cortó antes de que llegara la respuesta. ConsentDesk volvió a leer el inquilino y el cambio no se había hecho, pero el diario no pudo registrarlo, así que no se envió de nuevo. No cambió nada; vuelva a intentarlo cuando se pueda escribir en el diario.</translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped every time the change was sent (%n time(s)). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</source>
        <translation>
            <numerusform>La conexión se cortó cada vez que se envió el cambio (%n vez). ConsentDesk volvió a leer el inquilino después de cada envío: el cambio no se hizo. No cambió nada; compruebe la conexión de red y vuelva a intentarlo.</numerusform>
            <numerusform>La conexión se cortó cada vez que se envió el cambio (%n veces). ConsentDesk volvió a leer el inquilino después de cada envío: el cambio no se hizo. No cambió nada; compruebe la conexión de red y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, and ConsentDesk could not read the tenant back to check (%1). Whether the change was made is not known: it stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>La conexión se cortó antes de que llegara la respuesta, y ConsentDesk no pudo volver a leer el inquilino para comprobarlo (%1). No se sabe si el cambio se hizo: queda pendiente en el diario de actividad hasta que ConsentDesk pueda comprobarlo. Consulte Actividad antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (%2).</source>
        <translation>El servicio respondió HTTP %1 (%2).</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was made, so it is recorded as made.</source>
        <translation>ConsentDesk volvió a leer el inquilino: el cambio se hizo, así que se registra como hecho.</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was not made. Nothing changed; try again later.</source>
        <translation>ConsentDesk volvió a leer el inquilino: el cambio no se hizo. No cambió nada; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>That does not say whether the change was made, and ConsentDesk could not read the tenant back to check (%1). It stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>Eso no indica si el cambio se hizo, y ConsentDesk no pudo volver a leer el inquilino para comprobarlo (%1). Queda pendiente en el diario de actividad hasta que ConsentDesk pueda comprobarlo. Consulte Actividad antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation>Consola de administración de escritorio para el consentimiento de aplicaciones de Microsoft 365 / Entra ID.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>No se puede abrir la instantánea</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2

Nothing was loaded. Open a complete snapshot file written by ConsentDesk.</source>
        <translation>No se puede abrir %1: %2

No se cargó nada. Abra un archivo de instantánea completo escrito por ConsentDesk.</translation>
    </message>
</context>
</TS>
