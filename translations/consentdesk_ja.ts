<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AadstsCatalog</name>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk (Entra admin center → App registrations → ConsentDesk → API permissions → Grant admin consent), then sign in again.</source>
        <translation>グローバル管理者またはクラウド アプリケーション管理者に、ConsentDesk への管理者の同意の付与 (Entra 管理センター → アプリの登録 → ConsentDesk → API のアクセス許可 → [管理者の同意を与えます]) を依頼し、その後サインインし直してください。</translation>
    </message>
    <message>
        <source>ConsentDesk has not been approved for these permissions</source>
        <translation>ConsentDesk はこれらのアクセス許可について承認されていません</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt. If you cannot consent yourself: %1</source>
        <translation>サインインし直して、同意プロンプトで承諾してください。自分で同意できない場合: %1</translation>
    </message>
    <message>
        <source>The consent prompt was declined</source>
        <translation>同意プロンプトが拒否されました</translation>
    </message>
    <message>
        <source>Sign in again and choose Accept. If the prompt says approval is required: %1</source>
        <translation>サインインし直して [承諾] を選択してください。承認が必要と表示された場合: %1</translation>
    </message>
    <message>
        <source>Your tenant needs an administrator to approve ConsentDesk itself</source>
        <translation>テナントでは、ConsentDesk 自体を管理者が承認する必要があります</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to open the admin consent link for ConsentDesk (or grant admin consent in Entra admin center → App registrations → ConsentDesk → API permissions), then sign in again.</source>
        <translation>グローバル管理者またはクラウド アプリケーション管理者に、ConsentDesk の管理者の同意リンクを開くこと (または Entra 管理センター → アプリの登録 → ConsentDesk → API のアクセス許可 で管理者の同意を付与すること) を依頼し、その後サインインし直してください。</translation>
    </message>
    <message>
        <source>ConsentDesk is waiting for an administrator&apos;s approval</source>
        <translation>ConsentDesk は管理者の承認を待っています</translation>
    </message>
    <message>
        <source>If you sent a request, wait for a reviewer to approve it (you will get an email), then sign in again. Or: %1</source>
        <translation>要求を送信した場合は、レビュー担当者が承認するまで待ってから (メールで通知されます)、サインインし直してください。または: %1</translation>
    </message>
    <message>
        <source>Microsoft flagged this consent request as risky</source>
        <translation>Microsoft がこの同意要求を危険と判定しました</translation>
    </message>
    <message>
        <source>Microsoft judged the permission request risky, so only an administrator can consent.</source>
        <translation>Microsoft がこのアクセス許可の要求を危険と判断したため、管理者のみが同意できます。</translation>
    </message>
    <message>
        <source>Your account is not assigned to ConsentDesk</source>
        <translation>あなたのアカウントは ConsentDesk に割り当てられていません</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s enterprise application in your tenant requires user assignment, and neither your account nor a group you belong to is assigned.</source>
        <translation>テナント内の ConsentDesk のエンタープライズ アプリケーションではユーザーの割り当てが必要ですが、あなたのアカウントも、あなたが所属するグループも割り当てられていません。</translation>
    </message>
    <message>
        <source>Ask an administrator to assign you (or a group you are in) to ConsentDesk: Entra admin center → Enterprise applications → ConsentDesk → Users and groups.</source>
        <translation>管理者に、あなた (またはあなたが所属するグループ) を ConsentDesk に割り当てるよう依頼してください: Entra 管理センター → エンタープライズ アプリケーション → ConsentDesk → ユーザーとグループ。</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in</source>
        <translation>条件付きアクセス ポリシーによってサインインがブロックされました</translation>
    </message>
    <message>
        <source>Security defaults blocked the sign-in</source>
        <translation>セキュリティの既定値群によってサインインがブロックされました</translation>
    </message>
    <message>
        <source>Your tenant&apos;s security defaults require something this sign-in did not provide, usually multi-factor authentication registration.</source>
        <translation>テナントのセキュリティの既定値群で求められているものが、このサインインでは提供されませんでした。通常は多要素認証の登録です。</translation>
    </message>
    <message>
        <source>Complete the multi-factor authentication registration in the browser, or ask an administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>ブラウザーで多要素認証の登録を完了するか、管理者に、下記の相関 ID のサインイン ログ エントリを確認するよう依頼してください。</translation>
    </message>
    <message>
        <source>The app registration does not allow ConsentDesk&apos;s redirect address</source>
        <translation>アプリの登録で ConsentDesk のリダイレクト先アドレスが許可されていません</translation>
    </message>
    <message>
        <source>The app registration only accepts sign-ins to its own tenant</source>
        <translation>このアプリの登録では、登録先のテナントへのサインインのみが受け付けられます</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is single-tenant, but the profile signs in to &quot;organizations&quot; or &quot;common&quot; instead of a specific tenant.</source>
        <translation>ConsentDesk のアプリの登録はシングルテナントですが、プロファイルは特定のテナントではなく &quot;organizations&quot; または &quot;common&quot; にサインインしようとしています。</translation>
    </message>
    <message>
        <source>Set the profile&apos;s tenant to your tenant ID or a verified domain (for example contoso.onmicrosoft.com), then sign in again.</source>
        <translation>プロファイルのテナントにテナント ID または確認済みドメイン (contoso.onmicrosoft.com など) を設定してから、サインインし直してください。</translation>
    </message>
    <message>
        <source>A service ConsentDesk needs is not in your tenant</source>
        <translation>ConsentDesk が必要とするサービスがテナントにありません</translation>
    </message>
    <message>
        <source>The resource ConsentDesk asked a token for (for example Exchange Online) has no service principal in your tenant: the service is not licensed or was never enabled.</source>
        <translation>ConsentDesk がトークンを要求したリソース (Exchange Online など) のサービス プリンシパルがテナントにありません。サービスのライセンスがないか、一度も有効化されていません。</translation>
    </message>
    <message>
        <source>Check that the tenant has the service (Exchange Online for mailbox scoping). Features that need it stay unavailable until it exists.</source>
        <translation>テナントにそのサービス (メールボックスのスコープ設定には Exchange Online) があることを確認してください。サービスが存在するまで、それを必要とする機能は使用できません。</translation>
    </message>
    <message>
        <source>A client secret was sent for a public client</source>
        <translation>パブリック クライアントに対してクライアント シークレットが送信されました</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is a public client (a desktop app), and public clients must not present a secret. Something sent one.</source>
        <translation>ConsentDesk のアプリの登録はパブリック クライアント (デスクトップ アプリ) であり、パブリック クライアントはシークレットを提示してはいけません。何らかの原因でシークレットが送信されました。</translation>
    </message>
    <message>
        <source>Remove any client secret from the ConsentDesk profile or environment. ConsentDesk signs in with PKCE and never needs a secret.</source>
        <translation>ConsentDesk のプロファイルまたは環境からクライアント シークレットを削除してください。ConsentDesk は PKCE でサインインするため、シークレットは一切必要ありません。</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app</source>
        <translation>アプリの登録が Web アプリとして構成されています</translation>
    </message>
    <message>
        <source>Entra expects a client secret because ConsentDesk&apos;s redirect URI is registered under the &quot;Web&quot; platform. ConsentDesk is a desktop app and never uses a secret.</source>
        <translation>ConsentDesk のリダイレクト URI が「Web」プラットフォームに登録されているため、Entra はクライアント シークレットを求めています。ConsentDesk はデスクトップ アプリであり、シークレットは一切使用しません。</translation>
    </message>
    <message>
        <source>Check with an administrator that the service (Microsoft Graph, or Exchange Online for mailbox scoping) is enabled for the tenant.</source>
        <translation>そのサービス (Microsoft Graph、またはメールボックスのスコープ設定には Exchange Online) がテナントで有効になっていることを管理者に確認してください。</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s app registration is missing a permission</source>
        <translation>ConsentDesk のアプリの登録にアクセス許可が不足しています</translation>
    </message>
    <message>
        <source>The app registration does not list a permission ConsentDesk asked for, or an administrator has not consented to it.</source>
        <translation>ConsentDesk が要求したアクセス許可がアプリの登録に含まれていないか、管理者がそのアクセス許可に同意していません。</translation>
    </message>
    <message>
        <source>Add ConsentDesk&apos;s permissions (README: &quot;Registering ConsentDesk in your tenant&quot;) to the app registration&apos;s API permissions and grant admin consent.</source>
        <translation>ConsentDesk のアクセス許可 (README の &quot;Registering ConsentDesk in your tenant&quot;) をアプリの登録の [API のアクセス許可] に追加し、管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>The app registration does not list this API</source>
        <translation>アプリの登録にこの API が含まれていません</translation>
    </message>
    <message>
        <source>ConsentDesk asked for a token for an API (such as Office 365 Exchange Online) that is not in the app registration&apos;s required permissions.</source>
        <translation>ConsentDesk が、アプリの登録の必要なアクセス許可に含まれていない API (Office 365 Exchange Online など) のトークンを要求しました。</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions (Office 365 Exchange Online → Exchange.Manage for mailbox scoping) and grant admin consent.</source>
        <translation>アプリの登録 → ConsentDesk → API のアクセス許可 でその API を追加し (メールボックスのスコープ設定には Office 365 Exchange Online → Exchange.Manage)、管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>The client ID was not found in this tenant</source>
        <translation>このテナントにクライアント ID が見つかりませんでした</translation>
    </message>
    <message>
        <source>No application with the profile&apos;s client ID exists in the tenant you signed in to. The ID may be mistyped, or the app is registered in another tenant.</source>
        <translation>サインインしたテナントに、プロファイルのクライアント ID を持つアプリケーションが存在しません。ID の入力ミスか、アプリが別のテナントに登録されている可能性があります。</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID and Directory (tenant) ID again from the ConsentDesk app registration&apos;s Overview page into the profile.</source>
        <translation>ConsentDesk のアプリの登録の [概要] ページから、アプリケーション (クライアント) ID とディレクトリ (テナント) ID をもう一度プロファイルにコピーしてください。</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>サインインし直す必要があります</translation>
    </message>
    <message>
        <source>There is no browser session to sign you in silently.</source>
        <translation>サイレント サインインに使用できるブラウザー セッションがありません。</translation>
    </message>
    <message>
        <source>Sign in interactively.</source>
        <translation>対話形式でサインインしてください。</translation>
    </message>
    <message>
        <source>This sign-in answer was already used</source>
        <translation>このサインインの応答は既に使用されています</translation>
    </message>
    <message>
        <source>The authorization code from the browser can be used once, and it already was.</source>
        <translation>ブラウザーから返される認可コードは 1 回しか使用できず、既に使用されています。</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>サインインを最初からやり直してください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation>サインインの有効期限が切れました</translation>
    </message>
    <message>
        <source>The stored sign-in expired because it was not used for a long time, or it was revoked (password change, sign-out everywhere, administrator action).</source>
        <translation>保存されたサインインは、長期間使用されなかったために期限切れになったか、取り消されました (パスワードの変更、すべての場所からのサインアウト、管理者による操作)。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>サインインし直してください。</translation>
    </message>
    <message>
        <source>The sign-in could not be verified</source>
        <translation>サインインを検証できませんでした</translation>
    </message>
    <message>
        <source>The proof that this ConsentDesk started the sign-in (PKCE code verifier) did not match.</source>
        <translation>この ConsentDesk がサインインを開始したことの証明 (PKCE のコード検証子) が一致しませんでした。</translation>
    </message>
    <message>
        <source>Start the sign-in again. If it happens again, report it with the correlation ID below.</source>
        <translation>サインインを最初からやり直してください。再発する場合は、下記の相関 ID を添えて報告してください。</translation>
    </message>
    <message>
        <source>Your stored sign-in was revoked</source>
        <translation>保存されたサインインが取り消されました</translation>
    </message>
    <message>
        <source>The identity platform revoked the stored sign-in: the password changed, or an administrator (or you, with &quot;sign out everywhere&quot;) revoked your sessions.</source>
        <translation>ID プラットフォームが保存されたサインインを取り消しました。パスワードが変更されたか、管理者 (または「すべての場所からサインアウト」を使用したあなた自身) がセッションを取り消しました。</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required</source>
        <translation>多要素認証が必要です</translation>
    </message>
    <message>
        <source>Sign in again and complete the multi-factor prompt in the browser.</source>
        <translation>サインインし直して、ブラウザーで多要素認証のプロンプトを完了してください。</translation>
    </message>
    <message>
        <source>That account does not exist in this tenant</source>
        <translation>そのアカウントはこのテナントに存在しません</translation>
    </message>
    <message>
        <source>The user name is not known in the tenant of this profile.</source>
        <translation>このプロファイルのテナントに、そのユーザー名は存在しません。</translation>
    </message>
    <message>
        <source>Check the user name, or choose the profile of the tenant the account belongs to.</source>
        <translation>ユーザー名を確認するか、そのアカウントが属するテナントのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>アカウントが無効になっています</translation>
    </message>
    <message>
        <source>An administrator disabled this account.</source>
        <translation>管理者がこのアカウントを無効にしました。</translation>
    </message>
    <message>
        <source>Ask an administrator to enable the account, or sign in with another one.</source>
        <translation>管理者にアカウントの有効化を依頼するか、別のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>テナントが見つかりませんでした</translation>
    </message>
    <message>
        <source>No tenant matches the profile&apos;s tenant ID or domain in this cloud.</source>
        <translation>このクラウドには、プロファイルのテナント ID またはドメインに一致するテナントがありません。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant (the Directory (tenant) ID or a verified domain) and its cloud.</source>
        <translation>プロファイルのテナント (ディレクトリ (テナント) ID または確認済みドメイン) とクラウドを確認してください。</translation>
    </message>
    <message>
        <source>A requested permission does not exist</source>
        <translation>要求されたアクセス許可が存在しません</translation>
    </message>
    <message>
        <source>The identity platform does not know one of the permissions ConsentDesk asked for in this cloud.</source>
        <translation>このクラウドの ID プラットフォームでは、ConsentDesk が要求したアクセス許可のいずれかが認識されていません。</translation>
    </message>
    <message>
        <source>Check that the profile&apos;s cloud is right. If it is, report the message below.</source>
        <translation>プロファイルのクラウドが正しいことを確認してください。正しい場合は、下記のメッセージを報告してください。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid</source>
        <translation>サインインが無効になりました</translation>
    </message>
    <message>
        <source>The identity platform did not accept the stored sign-in: it expired, was revoked, or was already used.</source>
        <translation>ID プラットフォームが保存されたサインインを受け付けませんでした。期限切れ、取り消し済み、または使用済みです。</translation>
    </message>
    <message>
        <source>You need to sign in in the browser</source>
        <translation>ブラウザーでサインインする必要があります</translation>
    </message>
    <message>
        <source>Sign in again; the browser will open.</source>
        <translation>サインインし直してください。ブラウザーが開きます。</translation>
    </message>
    <message>
        <source>Consent is needed</source>
        <translation>同意が必要です</translation>
    </message>
    <message>
        <source>ConsentDesk needs a permission that has not been consented to yet.</source>
        <translation>ConsentDesk には、まだ同意されていないアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>Sign in again and accept the consent prompt, or ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>サインインし直して同意プロンプトで承諾するか、グローバル管理者またはクラウド アプリケーション管理者に ConsentDesk への管理者の同意の付与を依頼してください。</translation>
    </message>
    <message>
        <source>Sign in again. If the page says administrator approval is required, ask a Global Administrator or Cloud Application Administrator to grant admin consent to ConsentDesk.</source>
        <translation>サインインし直してください。管理者の承認が必要と表示された場合は、グローバル管理者またはクラウド アプリケーション管理者に ConsentDesk への管理者の同意の付与を依頼してください。</translation>
    </message>
    <message>
        <source>The app registration does not accept this sign-in</source>
        <translation>アプリの登録でこのサインインが受け付けられません</translation>
    </message>
    <message>
        <source>The client ID is wrong, or the app registration is not set up as a desktop (public) client.</source>
        <translation>クライアント ID が間違っているか、アプリの登録がデスクトップ (パブリック) クライアントとして構成されていません。</translation>
    </message>
    <message>
        <source>The identity platform rejected the sign-in request</source>
        <translation>ID プラットフォームがサインイン要求を拒否しました</translation>
    </message>
    <message>
        <source>A parameter of the request was not accepted (the message below says which).</source>
        <translation>要求のパラメーターが受け付けられませんでした (どのパラメーターかは下記のメッセージに示されています)。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s tenant, client ID and cloud. If they are right, report the message and correlation ID below.</source>
        <translation>プロファイルのテナント、クライアント ID、クラウドを確認してください。正しい場合は、下記のメッセージと相関 ID を報告してください。</translation>
    </message>
    <message>
        <source>The sign-in service is having problems</source>
        <translation>サインイン サービスで問題が発生しています</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the request right now.</source>
        <translation>Microsoft ID プラットフォームは現在この要求を処理できません。</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again.</source>
        <translation>数分待ってから、サインインし直してください。</translation>
    </message>
    <message>
        <source>After sign-in, the browser returns to ConsentDesk at http://127.0.0.1 on a random port. The ConsentDesk app registration does not list that redirect URI.</source>
        <translation>サインイン後、ブラウザーはランダムなポートの http://127.0.0.1 で ConsentDesk に戻ります。ConsentDesk のアプリの登録に、そのリダイレクト URI が含まれていません。</translation>
    </message>
    <message>
        <source>In Entra admin center → App registrations → ConsentDesk → Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://127.0.0.1 (no port). If the portal refuses an http address, add it in the registration&apos;s Manifest (see the README).</source>
        <translation>Entra 管理センター → アプリの登録 → ConsentDesk → 認証 で、プラットフォーム「モバイル アプリケーションとデスクトップ アプリケーション」をリダイレクト URI http://127.0.0.1 (ポートなし) で追加してください。ポータルで http アドレスが拒否される場合は、登録の [マニフェスト] で追加してください (README を参照)。</translation>
    </message>
    <message>
        <source>In App registrations → ConsentDesk → Authentication, remove ConsentDesk&apos;s loopback redirect URI from &quot;Web&quot; and add http://127.0.0.1 under &quot;Mobile and desktop applications&quot;, then sign in again.</source>
        <translation>アプリの登録 → ConsentDesk → 認証 で、ConsentDesk のループバック リダイレクト URI を「Web」から削除し、「モバイル アプリケーションとデスクトップ アプリケーション」に http://127.0.0.1 を追加してから、サインインし直してください。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s client ID, and that http://127.0.0.1 is registered under &quot;Mobile and desktop applications&quot;.</source>
        <translation>プロファイルのクライアント ID と、http://127.0.0.1 が「モバイル アプリケーションとデスクトップ アプリケーション」に登録されていることを確認してください。</translation>
    </message>
    <message>
        <source>Nobody has consented to ConsentDesk using one of the permissions it asked for, neither you nor an administrator for the whole organization.</source>
        <translation>ConsentDesk が要求したアクセス許可のいずれかについて、まだ誰も同意していません。あなた自身も、組織全体を対象とする管理者も同意していません。</translation>
    </message>
    <message>
        <source>The permission prompt was canceled or declined, so ConsentDesk did not get the permissions it needs. This also happens when you leave the &quot;Approval required&quot; page.</source>
        <translation>アクセス許可のプロンプトがキャンセルまたは拒否されたため、ConsentDesk は必要なアクセス許可を取得できませんでした。「承認が必要」ページから離れた場合にも、この状態になります。</translation>
    </message>
    <message>
        <source>Your organization does not let users consent to the permissions ConsentDesk asks for, and the admin consent workflow is turned off, so you could not request approval.</source>
        <translation>組織では ConsentDesk が要求するアクセス許可へのユーザーの同意が許可されておらず、管理者の同意ワークフローもオフになっているため、承認を要求できませんでした。</translation>
    </message>
    <message>
        <source>Your organization requires administrator approval for ConsentDesk&apos;s permissions. The admin consent workflow is on, so the sign-in page offered to send a request to the reviewers.</source>
        <translation>組織では、ConsentDesk のアクセス許可に管理者の承認が必要です。管理者の同意ワークフローがオンになっているため、サインイン ページにレビュー担当者へ要求を送信するオプションが表示されました。</translation>
    </message>
    <message>
        <source>Ask a Global Administrator or Cloud Application Administrator to review ConsentDesk&apos;s app registration and grant admin consent if it is the one your organization set up.</source>
        <translation>グローバル管理者またはクラウド アプリケーション管理者に ConsentDesk のアプリの登録を確認してもらい、組織で設定したものであれば管理者の同意を付与するよう依頼してください。</translation>
    </message>
    <message>
        <source>One of your organization&apos;s Conditional Access policies does not allow this sign-in (for example because of the device, location or app).</source>
        <translation>組織の条件付きアクセス ポリシーのいずれかで、このサインインが許可されていません (デバイス、場所、アプリなどが原因)。</translation>
    </message>
    <message>
        <source>Sign in from a device and network your organization allows, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>組織で許可されているデバイスとネットワークからサインインするか、セキュリティ管理者に、下記の相関 ID のサインイン ログ エントリを確認するよう依頼してください。</translation>
    </message>
    <message>
        <source>Your organization has not enabled a service ConsentDesk asked for</source>
        <translation>ConsentDesk が要求したサービスが組織で有効になっていません</translation>
    </message>
    <message>
        <source>ConsentDesk asked for access to a service that your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>ConsentDesk が、組織で契約も有効化もされていないサービス、またはサービス プリンシパルが無効になっているサービスへのアクセスを要求しました。</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication for this sign-in.</source>
        <translation>組織では、このサインインに多要素認証が必要です。</translation>
    </message>
    <message>
        <source>Your organization requires something only the browser can provide (multi-factor authentication, terms of use, a fresh sign-in).</source>
        <translation>組織では、ブラウザーでしか提供できないもの (多要素認証、利用規約への同意、新たなサインイン) が必要です。</translation>
    </message>
    <message>
        <source>Sign-in was canceled or denied</source>
        <translation>サインインがキャンセルまたは拒否されました</translation>
    </message>
    <message>
        <source>The sign-in page was closed, consent was declined, or your organization denied access.</source>
        <translation>サインイン ページが閉じられたか、同意が拒否されたか、組織によってアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>An administrator who may grant admin consent: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>管理者の同意を付与できる管理者: クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者。</translation>
    </message>
    <message>
        <source>The app&apos;s developer or publisher; an administrator of your tenant cannot change it.</source>
        <translation>アプリの開発者または発行元です。テナントの管理者は変更できません。</translation>
    </message>
    <message>
        <source>The user.</source>
        <translation>ユーザー。</translation>
    </message>
    <message>
        <source>Nobody has consented to the app yet</source>
        <translation>まだだれもアプリに同意していません</translation>
    </message>
    <message>
        <source>The app needs a permission that nobody has consented to yet, and it could not ask the user without showing the consent prompt.</source>
        <translation>アプリには、まだだれも同意していないアクセス許可が必要ですが、同意プロンプトを表示せずにユーザーに確認できませんでした。</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions themselves; if not, review the app and grant admin consent for what it needs.</source>
        <translation>ユーザーがこれらのアクセス許可に自分で同意できるかを確認してください。できない場合は、アプリを確認し、必要なものに管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>The user did not consent</source>
        <translation>ユーザーが同意しませんでした</translation>
    </message>
    <message>
        <source>The user canceled the sign-in or declined consent, or the organization does not let them consent and they left the approval page.</source>
        <translation>ユーザーがサインインを取り消したか同意を拒否しました。または、組織がユーザーの同意を許可しておらず、ユーザーが承認ページを離れました。</translation>
    </message>
    <message>
        <source>Look for a consent request from the user and decide it; otherwise check why the user could not consent to the app.</source>
        <translation>ユーザーからの同意要求を探して判断してください。ない場合は、ユーザーがアプリに同意できなかった理由を確認してください。</translation>
    </message>
    <message>
        <source>The user must sign in interactively</source>
        <translation>ユーザーは対話型でサインインする必要があります</translation>
    </message>
    <message>
        <source>The app tried to sign the user in silently, but something needs the user in the browser: multi-factor authentication, a Conditional Access requirement, terms of use or consent.</source>
        <translation>アプリはユーザーをバックグラウンドでサインインさせようとしましたが、ブラウザーでのユーザーの操作が必要です: 多要素認証、条件付きアクセスの要件、利用規約、または同意。</translation>
    </message>
    <message>
        <source>The user signs in to the app interactively. If they are blocked there, check which Conditional Access policies apply to this user and app.</source>
        <translation>ユーザーはアプリに対話型でサインインします。そこでブロックされる場合は、このユーザーとアプリに適用される条件付きアクセス ポリシーを確認してください。</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in for the user expired</source>
        <translation>ユーザーに対するアプリのサインインの有効期限が切れました</translation>
    </message>
    <message>
        <source>The app&apos;s stored sign-in for the user is no longer valid: it expired, was revoked (password change, sessions revoked) or a condition such as multi-factor authentication is now required.</source>
        <translation>ユーザーに対するアプリの保存されたサインインは無効になっています: 有効期限切れ、取り消し (パスワード変更、セッションの取り消し)、または多要素認証などの条件が新たに必要になりました。</translation>
    </message>
    <message>
        <source>The user signs in to the app again. Nothing needs to change in the tenant.</source>
        <translation>ユーザーがアプリにサインインし直します。テナントで変更する必要はありません。</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request is wrong</source>
        <translation>アプリのサインイン要求が正しくありません</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (client ID, secret, redirect address or a requested permission).</source>
        <translation>アプリのサインイン要求がアプリの登録 (クライアント ID、シークレット、リダイレクト アドレス、または要求されたアクセス許可) と一致しません。</translation>
    </message>
    <message>
        <source>Send the message and its correlation ID to the app&apos;s developer.</source>
        <translation>メッセージとその相関 ID をアプリの開発者に送ってください。</translation>
    </message>
    <message>
        <source>The identity platform is having problems</source>
        <translation>ID プラットフォームで問題が発生しています</translation>
    </message>
    <message>
        <source>Microsoft&apos;s identity platform could not handle the sign-in right now.</source>
        <translation>Microsoft ID プラットフォームは現在サインインを処理できませんでした。</translation>
    </message>
    <message>
        <source>Nobody in your tenant; it passes.</source>
        <translation>テナント内のだれも必要ありません。時間がたてば解消します。</translation>
    </message>
    <message>
        <source>The user tries again in a few minutes.</source>
        <translation>ユーザーが数分後にもう一度試します。</translation>
    </message>
    <message>
        <source>Nobody has consented to the app using this permission: neither the user nor an administrator for the whole organization.</source>
        <translation>アプリがこのアクセス許可を使うことに、だれも同意していません (ユーザーも、組織全体に対する管理者も)。</translation>
    </message>
    <message>
        <source>Check whether the user may consent to these permissions; if not, review the app and grant admin consent for the permissions it needs.</source>
        <translation>ユーザーがこれらのアクセス許可に同意できるかを確認してください。できない場合は、アプリを確認し、必要なアクセス許可に管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>The user declined consent</source>
        <translation>ユーザーが同意を拒否しました</translation>
    </message>
    <message>
        <source>The user declined or canceled the consent prompt. It also happens when the user leaves the &quot;Need admin approval&quot; or &quot;Approval required&quot; page.</source>
        <translation>ユーザーが同意プロンプトを拒否またはキャンセルしました。ユーザーが「管理者の承認が必要」または「承認が必要」のページを離れた場合にも発生します。</translation>
    </message>
    <message>
        <source>The user, or an administrator who reviews consent requests.</source>
        <translation>ユーザー、または同意要求をレビューする管理者。</translation>
    </message>
    <message>
        <source>If the user sent a request for approval, approve or deny it in Consent requests; otherwise the user signs in again and accepts.</source>
        <translation>ユーザーが承認要求を送信した場合は、[同意要求] で承認または拒否してください。送信していない場合は、ユーザーがサインインし直して承諾します。</translation>
    </message>
    <message>
        <source>The user needs admin approval, and cannot ask for it</source>
        <translation>ユーザーには管理者の承認が必要ですが、要求できません</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for (the user consent setting, or a permission only an administrator can grant), and the admin consent workflow is off, so the user could not even request approval. The user saw &quot;Need admin approval&quot;.</source>
        <translation>ユーザーはアプリが求めるものに同意できません (ユーザーの同意設定、または管理者だけが付与できるアクセス許可のため)。また、管理者の同意ワークフローがオフのため、ユーザーは承認を要求することもできませんでした。ユーザーには「管理者の承認が必要」が表示されました。</translation>
    </message>
    <message>
        <source>Review the app and grant admin consent if your organization should use it; turn on the admin consent workflow with reviewers so users can request approval next time.</source>
        <translation>組織でアプリを使う場合は、アプリを確認して管理者の同意を付与してください。次回ユーザーが承認を要求できるように、レビュー担当者を指定して管理者の同意ワークフローをオンにしてください。</translation>
    </message>
    <message>
        <source>The user asked for admin approval</source>
        <translation>ユーザーが管理者の承認を要求しました</translation>
    </message>
    <message>
        <source>The user may not consent to what the app asks for. The admin consent workflow is on, so the user saw &quot;Approval required&quot; and could send a request to the reviewers.</source>
        <translation>ユーザーはアプリが求めるものに同意できません。管理者の同意ワークフローがオンのため、ユーザーには「承認が必要」が表示され、レビュー担当者に要求を送信できました。</translation>
    </message>
    <message>
        <source>A reviewer of the admin consent workflow who may grant admin consent.</source>
        <translation>管理者の同意を付与できる、管理者の同意ワークフローのレビュー担当者。</translation>
    </message>
    <message>
        <source>Find the user&apos;s request in Consent requests and approve or deny it. If nobody received it, check the workflow&apos;s reviewers in the consent settings.</source>
        <translation>[同意要求] でユーザーの要求を探し、承認または拒否してください。だれも受け取っていない場合は、同意設定でワークフローのレビュー担当者を確認してください。</translation>
    </message>
    <message>
        <source>Microsoft flagged the app as risky</source>
        <translation>Microsoft がアプリを危険と判定しました</translation>
    </message>
    <message>
        <source>Microsoft judged the consent request risky, so users cannot consent to it; only an administrator can.</source>
        <translation>Microsoft が同意要求を危険と判断したため、ユーザーは同意できません。同意できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Review the app&apos;s publisher and permissions before anything else; grant admin consent only if you trust it.</source>
        <translation>まずアプリの発行元とアクセス許可を確認してください。信頼できる場合にのみ管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>The user is not assigned to the app</source>
        <translation>ユーザーがアプリに割り当てられていません</translation>
    </message>
    <message>
        <source>The app requires user assignment, and neither the user nor a group they belong to is assigned to it.</source>
        <translation>アプリではユーザーの割り当てが必要ですが、ユーザーもユーザーが属するグループも割り当てられていません。</translation>
    </message>
    <message>
        <source>An administrator who may manage the app&apos;s users and groups (Cloud Application Administrator, Application Administrator, or an owner of the app).</source>
        <translation>アプリのユーザーとグループを管理できる管理者 (クラウド アプリケーション管理者、アプリケーション管理者、またはアプリの所有者)。</translation>
    </message>
    <message>
        <source>Assign the user, or a group they are in, to the app; or turn off &quot;Assignment required&quot; if everyone may use it.</source>
        <translation>ユーザーまたはユーザーが属するグループをアプリに割り当ててください。全員が使える場合は「割り当てが必要」をオフにしてください。</translation>
    </message>
    <message>
        <source>Conditional Access blocked the sign-in</source>
        <translation>条件付きアクセスがサインインをブロックしました</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the user&apos;s sign-in to this app (because of the user, the app, the device, the location or the risk).</source>
        <translation>条件付きアクセス ポリシーが、このアプリへのユーザーのサインインをブロックしました (ユーザー、アプリ、デバイス、場所、またはリスクが理由)。</translation>
    </message>
    <message>
        <source>A Conditional Access Administrator or Security Administrator.</source>
        <translation>条件付きアクセス管理者またはセキュリティ管理者。</translation>
    </message>
    <message>
        <source>See which Conditional Access policies apply to this user and app; the sign-in log entry with the correlation ID names the one that blocked.</source>
        <translation>このユーザーとアプリに適用される条件付きアクセス ポリシーを確認してください。相関 ID のあるサインイン ログのエントリに、ブロックしたポリシーが示されます。</translation>
    </message>
    <message>
        <source>The app needs a managed device</source>
        <translation>アプリには管理対象デバイスが必要です</translation>
    </message>
    <message>
        <source>A Conditional Access policy allows this app only from a device the organization manages, and the user signed in from another one.</source>
        <translation>条件付きアクセス ポリシーにより、このアプリは組織が管理するデバイスからのみ許可されていますが、ユーザーは別のデバイスからサインインしました。</translation>
    </message>
    <message>
        <source>The user (from a managed device), or a Conditional Access Administrator.</source>
        <translation>ユーザー (管理対象デバイスから)、または条件付きアクセス管理者。</translation>
    </message>
    <message>
        <source>The user signs in from a compliant or joined device. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>ユーザーが準拠デバイスまたは参加済みデバイスからサインインします。どのポリシーが要求しているかは、このユーザーとアプリに適用されるポリシーで確認してください。</translation>
    </message>
    <message>
        <source>The tenant&apos;s security defaults blocked the sign-in, usually because the user has not registered for multi-factor authentication.</source>
        <translation>テナントのセキュリティの既定値群がサインインをブロックしました。通常、ユーザーが多要素認証に登録していないことが原因です。</translation>
    </message>
    <message>
        <source>The user completes the multi-factor authentication registration.</source>
        <translation>ユーザーが多要素認証の登録を完了します。</translation>
    </message>
    <message>
        <source>The sign-in needs multi-factor authentication (a Conditional Access policy or a per-user setting), and the app asked without it.</source>
        <translation>このサインインには多要素認証が必要ですが (条件付きアクセス ポリシーまたはユーザーごとの設定)、アプリは多要素認証なしで要求しました。</translation>
    </message>
    <message>
        <source>The user signs in interactively and completes multi-factor authentication. To see which policy demands it, check the policies that apply to this user and app.</source>
        <translation>ユーザーが対話型でサインインし、多要素認証を完了します。どのポリシーが要求しているかは、このユーザーとアプリに適用されるポリシーで確認してください。</translation>
    </message>
    <message>
        <source>The user must register for multi-factor authentication</source>
        <translation>ユーザーは多要素認証に登録する必要があります</translation>
    </message>
    <message>
        <source>The organization requires multi-factor authentication for this sign-in, and the user has not registered a verification method yet.</source>
        <translation>組織はこのサインインに多要素認証を要求していますが、ユーザーはまだ確認方法を登録していません。</translation>
    </message>
    <message>
        <source>The user registers a verification method (https://aka.ms/mysecurityinfo) and signs in again.</source>
        <translation>ユーザーが確認方法を登録し (https://aka.ms/mysecurityinfo)、サインインし直します。</translation>
    </message>
    <message>
        <source>The account is not in your tenant</source>
        <translation>アカウントがテナントに属していません</translation>
    </message>
    <message>
        <source>The account the user signed in with is not a member or guest of your tenant (a personal Microsoft account, or an account of another organization).</source>
        <translation>ユーザーがサインインしたアカウントは、テナントのメンバーでもゲストでもありません (個人用 Microsoft アカウント、または別の組織のアカウント)。</translation>
    </message>
    <message>
        <source>The user (with the right account), or an administrator who may invite guests.</source>
        <translation>ユーザー (正しいアカウントで)、またはゲストを招待できる管理者。</translation>
    </message>
    <message>
        <source>The user signs in with their account in your tenant; if they are external, invite them as a guest first.</source>
        <translation>ユーザーがテナントのアカウントでサインインします。外部ユーザーの場合は、先にゲストとして招待してください。</translation>
    </message>
    <message>
        <source>The app asks for an API it does not list</source>
        <translation>アプリが、宣言していない API を要求しています</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API does not exist in your tenant.</source>
        <translation>アプリは、アプリの登録で必要なアクセス許可に含まれていない API へのアクセスを要求したか、その API がテナントに存在しません。</translation>
    </message>
    <message>
        <source>Send the message to the app&apos;s developer. If the API is a service your tenant lacks, it cannot be consented to until it exists.</source>
        <translation>メッセージをアプリの開発者に送ってください。API がテナントにないサービスの場合、存在するまで同意できません。</translation>
    </message>
    <message>
        <source>The API the app calls is not in your tenant</source>
        <translation>アプリが呼び出す API がテナントにありません</translation>
    </message>
    <message>
        <source>The API the app asked a token for has no service principal in your tenant: the service is not licensed or enabled, or nobody ever consented to an app using it.</source>
        <translation>アプリがトークンを要求した API には、テナントにサービス プリンシパルがありません: サービスのライセンスがないか有効になっていない、またはそれを使うアプリにだれも同意したことがありません。</translation>
    </message>
    <message>
        <source>An administrator who may add enterprise applications.</source>
        <translation>エンタープライズ アプリケーションを追加できる管理者。</translation>
    </message>
    <message>
        <source>Check that your tenant has the service the app calls; an administrator&apos;s consent to the app usually adds the missing service principal.</source>
        <translation>アプリが呼び出すサービスがテナントにあるかを確認してください。通常、管理者がアプリに同意すると、不足しているサービス プリンシパルが追加されます。</translation>
    </message>
    <message>
        <source>A service the app needs is not enabled</source>
        <translation>アプリに必要なサービスが有効になっていません</translation>
    </message>
    <message>
        <source>The app asked for a service your organization has not subscribed to or enabled, or whose service principal is disabled.</source>
        <translation>アプリが要求したサービスを組織が契約していないか有効にしていない、またはそのサービス プリンシパルが無効になっています。</translation>
    </message>
    <message>
        <source>An administrator who manages your subscriptions.</source>
        <translation>サブスクリプションを管理する管理者。</translation>
    </message>
    <message>
        <source>Check that the service the app needs is licensed and enabled in your tenant.</source>
        <translation>アプリに必要なサービスがテナントでライセンスされ、有効になっているかを確認してください。</translation>
    </message>
    <message>
        <source>The app was not found in your tenant</source>
        <translation>テナントにアプリが見つかりませんでした</translation>
    </message>
    <message>
        <source>No app with the client ID in the message exists in the tenant the user signed in to: the ID is mistyped, the app is registered in another tenant, or it was deleted.</source>
        <translation>ユーザーがサインインしたテナントに、メッセージのクライアント ID のアプリは存在しません: ID の入力ミス、別のテナントでの登録、または削除が考えられます。</translation>
    </message>
    <message>
        <source>Check the app ID in the message; if it is right, the app&apos;s developer must make the app available to other tenants.</source>
        <translation>メッセージのアプリ ID を確認してください。正しい場合は、アプリの開発者がアプリを他のテナントでも使えるようにする必要があります。</translation>
    </message>
    <message>
        <source>The app&apos;s registration does not fit its sign-in</source>
        <translation>アプリの登録がサインインと一致しません</translation>
    </message>
    <message>
        <source>The app&apos;s sign-in request does not fit its app registration (its redirect address, audience, permissions or credentials).</source>
        <translation>アプリのサインイン要求がアプリの登録 (リダイレクト アドレス、対象ユーザー、アクセス許可、または資格情報) と一致しません。</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in expired</source>
        <translation>ユーザーのサインインの有効期限が切れました</translation>
    </message>
    <message>
        <source>The user&apos;s session or stored sign-in for the app expired or was revoked (password change, sessions revoked, or not used for a long time).</source>
        <translation>アプリに対するユーザーのセッションまたは保存されたサインインが期限切れになったか取り消されました (パスワード変更、セッションの取り消し、または長期間の未使用)。</translation>
    </message>
    <message>
        <source>The account does not exist</source>
        <translation>アカウントが存在しません</translation>
    </message>
    <message>
        <source>The user name does not exist in the tenant the user signed in to.</source>
        <translation>ユーザーがサインインしたテナントに、そのユーザー名は存在しません。</translation>
    </message>
    <message>
        <source>The user checks the user name, or signs in to the tenant their account belongs to.</source>
        <translation>ユーザーがユーザー名を確認するか、アカウントが属するテナントにサインインします。</translation>
    </message>
    <message>
        <source>The user&apos;s account is disabled.</source>
        <translation>ユーザーのアカウントは無効になっています。</translation>
    </message>
    <message>
        <source>A User Administrator.</source>
        <translation>ユーザー管理者。</translation>
    </message>
    <message>
        <source>Enable the account if the user should work again.</source>
        <translation>ユーザーが再び業務を行う場合は、アカウントを有効にしてください。</translation>
    </message>
    <message>
        <source>The tenant in the sign-in request does not exist in this cloud.</source>
        <translation>サインイン要求のテナントはこのクラウドに存在しません。</translation>
    </message>
    <message>
        <source>Check the tenant ID or domain the app signs in to.</source>
        <translation>アプリのサインイン先のテナント ID またはドメインを確認してください。</translation>
    </message>
    <message>
        <source>You need to register for multi-factor authentication</source>
        <translation>多要素認証に登録する必要があります</translation>
    </message>
    <message>
        <source>Your organization requires multi-factor authentication, and your account has no verification method registered yet.</source>
        <translation>組織は多要素認証を要求していますが、あなたのアカウントにはまだ確認方法が登録されていません。</translation>
    </message>
    <message>
        <source>Sign in again and register a verification method when the browser asks for it.</source>
        <translation>サインインし直し、ブラウザーで求められたら確認方法を登録してください。</translation>
    </message>
    <message>
        <source>This sign-in needs a managed device</source>
        <translation>このサインインには管理対象デバイスが必要です</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization allows this sign-in only from a device your organization manages (compliant or joined).</source>
        <translation>組織の条件付きアクセス ポリシーにより、このサインインは組織が管理するデバイス (準拠または参加済み) からのみ許可されています。</translation>
    </message>
    <message>
        <source>Sign in from a managed device, or ask a security administrator to check the sign-in log entry with the correlation ID below.</source>
        <translation>管理対象デバイスからサインインするか、下の相関 ID のサインイン ログ エントリを確認するようセキュリティ管理者に依頼してください。</translation>
    </message>
    <message>
        <source>That account cannot sign in to this tenant</source>
        <translation>そのアカウントはこのテナントにサインインできません</translation>
    </message>
    <message>
        <source>The account is not a member or guest of the tenant this profile signs in to (for example a personal Microsoft account, or an account of another organization).</source>
        <translation>このアカウントは、このプロファイルのサインイン先テナントのメンバーでもゲストでもありません (たとえば個人用 Microsoft アカウントや別の組織のアカウント)。</translation>
    </message>
    <message>
        <source>Sign in with an account of this tenant, or choose the profile of the tenant the account belongs to.</source>
        <translation>このテナントのアカウントでサインインするか、アカウントが属するテナントのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The app registration asks for an API it does not list</source>
        <translation>アプリの登録が、宣言していない API を要求しています</translation>
    </message>
    <message>
        <source>The app asked for access to an API that is not in its app registration&apos;s required permissions, or that API could not be found in the tenant.</source>
        <translation>アプリは、アプリの登録で必要なアクセス許可に含まれていない API へのアクセスを要求したか、その API がテナントで見つかりませんでした。</translation>
    </message>
    <message>
        <source>Add the API to App registrations → ConsentDesk → API permissions and grant admin consent, then sign in again.</source>
        <translation>[アプリの登録] → ConsentDesk → [API のアクセス許可] に API を追加して管理者の同意を付与し、サインインし直してください。</translation>
    </message>
</context>
<context>
    <name>AccessCheckCard</name>
    <message>
        <source>Exchange Online&apos;s own answer (Test-ApplicationAccessPolicy)</source>
        <translation>Exchange Online 自体の回答 (Test-ApplicationAccessPolicy)</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s answer from the directory: the policies and their groups&apos; members</source>
        <translation>ディレクトリに基づく ConsentDesk の回答: ポリシーとそのグループのメンバー</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>まだテストされていません。</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>問い合わせ中…</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Exchange の回答</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>ディレクトリの回答</translation>
    </message>
    <message>
        <source>⚠ They disagree. %1</source>
        <translation>⚠ 結果が一致しません。%1</translation>
    </message>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Exchange に問い合わせできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AccessCheckModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>問い合わせ中…</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>⚠ Disagree</source>
        <translation>⚠ 不一致</translation>
    </message>
    <message>
        <source>Exchange failed</source>
        <translation>Exchange でエラー</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>スコープ グループ内</translation>
    </message>
    <message>
        <source>Exchange says</source>
        <translation>Exchange の回答</translation>
    </message>
    <message>
        <source>Directory says</source>
        <translation>ディレクトリの回答</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致状況</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>AccessDecision</name>
    <message>
        <source>Granted: the app has no application access policy, so it reaches every mailbox.</source>
        <translation>許可: アプリにアプリケーション アクセス ポリシーがないため、すべてのメールボックスにアクセスできます。</translation>
    </message>
    <message>
        <source>Denied: the DenyAccess policy on &quot;%1&quot; holds this mailbox (the user %2); Deny wins over any RestrictAccess policy.</source>
        <translation>拒否: 「%1」の DenyAccess ポリシーにこのメールボックスが含まれます (このユーザーは%2)。Deny はどの RestrictAccess ポリシーよりも優先されます。</translation>
    </message>
    <message>
        <source>Granted: the RestrictAccess policy on &quot;%1&quot; holds this mailbox (the user %2).</source>
        <translation>許可: 「%1」の RestrictAccess ポリシーにこのメールボックスが含まれます (このユーザーは%2)。</translation>
    </message>
    <message>
        <source>Denied: the app is restricted to %1 and this mailbox is in none of them.</source>
        <translation>拒否: アプリは %1 に制限されており、このメールボックスはそのいずれにも含まれていません。</translation>
    </message>
    <message>
        <source>Granted: the app only has DenyAccess policies and none of them holds this mailbox.</source>
        <translation>許可: アプリには DenyAccess ポリシーしかなく、そのいずれにもこのメールボックスは含まれていません。</translation>
    </message>
    <message>
        <source>is the scope itself</source>
        <translation>スコープそのもの</translation>
    </message>
    <message>
        <source>is a member through %1</source>
        <translation>グループ %1 を経由したメンバー</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>AccessMatrixPanel</name>
    <message>
        <source>Every member of the app&apos;s scope groups, and non-members:</source>
        <translation>アプリのスコープ グループの全メンバーと、メンバー以外のメールボックス:</translation>
    </message>
    <message>
        <source>Number of non-members to test</source>
        <translation>テストするメンバー以外のメールボックスの数</translation>
    </message>
    <message>
        <source>Run test matrix</source>
        <translation>テスト マトリックスを実行</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Test results per mailbox</source>
        <translation>メールボックスごとのテスト結果</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>The matrix could not be completed: %1</source>
        <translation>マトリックスを完了できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation>
            <numerusform>%n 個のメールボックスをテストしました: 許可 %1、拒否 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation>
            <numerusform>⚠ %n 個のメールボックスで Exchange とディレクトリの結果が一致しません。[理由] を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per mailbox tested: whether it is in the policy&apos;s scope, what Exchange and the directory answer, and whether they agree.</source>
        <translation>テストしたメールボックスごとに 1 行: ポリシーのスコープ内かどうか、Exchange とディレクトリの応答、およびそれらが一致するかどうか。</translation>
    </message>
</context>
<context>
    <name>AccessPolicyEvaluator</name>
    <message>
        <source>The scope &quot;%1&quot; of a policy could not be found in the directory; Exchange&apos;s answer may differ from this one.</source>
        <translation>ポリシーのスコープ「%1」がディレクトリに見つかりませんでした。Exchange の回答はこの結果と異なる場合があります。</translation>
    </message>
    <message>
        <source>Exchange marks the policy on &quot;%1&quot; as not valid (IsValid = False): its scope was probably deleted.</source>
        <translation>Exchange では「%1」のポリシーが無効 (IsValid = False) とされています。スコープが削除された可能性があります。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is neither mail-enabled nor a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>スコープ「%1」は、メールが有効なグループでもセキュリティ グループでもありません。Exchange はメールが有効なセキュリティ グループとメールボックスに対するポリシーのみを適用するため、結果が一致しない可能性があります。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is a security group that is not mail-enabled; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>スコープ「%1」は、メールが有効になっていないセキュリティ グループです。Exchange はメールが有効なセキュリティ グループとメールボックスに対するポリシーのみを適用するため、結果が一致しない可能性があります。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is mail-enabled but not a security group; Exchange only honors policies on mail-enabled security groups and mailboxes, so its result may disagree.</source>
        <translation>スコープ「%1」はメールが有効ですが、セキュリティ グループではありません。Exchange はメールが有効なセキュリティ グループとメールボックスに対するポリシーのみを適用するため、結果が一致しない可能性があります。</translation>
    </message>
</context>
<context>
    <name>AccessPolicyPanel</name>
    <message>
        <source>Access policies of the app</source>
        <translation>アプリのアクセス ポリシー</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Scope is</source>
        <translation>スコープの種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remove policy…</source>
        <translation>ポリシーの削除…</translation>
    </message>
    <message>
        <source>not found in the directory</source>
        <translation>ディレクトリに見つかりません</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>a mail-enabled security group</source>
        <translation>メールが有効なセキュリティ グループ</translation>
    </message>
    <message>
        <source>a group that is not mail-enabled security</source>
        <translation>メールが有効なセキュリティ グループではないグループ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Exchange could not be read (see above)</source>
        <translation>Exchange を読み取れませんでした (上記を参照)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 reaches every mailbox: use &quot;Scope an app…&quot;</source>
        <translation>%1 はすべてのメールボックスにアクセスできます。[アプリのスコープを設定…] を使用してください</translation>
    </message>
    <message>
        <source>One row per Exchange application access policy of the selected app: whether it restricts or denies, and the group it applies to.</source>
        <translation>選択したアプリの Exchange アプリケーション アクセス ポリシーごとに 1 行: 制限か拒否か、および適用されるグループ。</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <source>Mailbox access</source>
        <translation>メールボックスへのアクセス</translation>
    </message>
    <message>
        <source>Scope an app…</source>
        <translation>アプリのスコープを設定…</translation>
    </message>
    <message>
        <source>Limit an app&apos;s mailbox permissions to the members of a mail-enabled security group</source>
        <translation>アプリのメールボックスのアクセス許可を、メールが有効なセキュリティ グループのメンバーに制限します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant unless Exchange Online limits them. Here you see which apps can, how Exchange scopes them, and you can prove it for any mailbox.</source>
        <translation>Mail.Read などのアプリケーションの許可を持つアプリは、Exchange Online で制限しない限り、テナント内のすべてのメールボックスにアクセスできます。ここでは、どのアプリがアクセスできるか、Exchange がどのようにスコープを設定しているかを確認でき、任意のメールボックスで実際に検証できます。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Mailbox permissions (application)</source>
        <translation>メールボックスのアクセス許可 (アプリケーション)</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>アクセス ポリシー</translation>
    </message>
    <message>
        <source>Test a mailbox</source>
        <translation>メールボックスのテスト</translation>
    </message>
    <message>
        <source>Test matrix</source>
        <translation>テスト マトリックス</translation>
    </message>
    <message>
        <source>RBAC for Applications</source>
        <translation>RBAC for Applications</translation>
    </message>
    <message>
        <source>Sign in to see which apps can read mailboxes.</source>
        <translation>メールボックスを読み取れるアプリを確認するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Reading apps and Exchange&apos;s policies…</source>
        <translation>アプリと Exchange のポリシーを読み取っています…</translation>
    </message>
    <message>
        <source>Exchange Online could not be read: %1</source>
        <translation>Exchange Online を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>アプリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No access policy limits this app: its application permissions reach every mailbox in the tenant.</source>
        <translation>このアプリを制限するアクセス ポリシーはありません。アプリケーションの許可により、テナント内のすべてのメールボックスにアクセスできます。</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission, and Exchange has no access policy.</source>
        <translation>メールボックスに対するアプリケーションの許可を持つアプリはなく、Exchange にもアクセス ポリシーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation>
            <numerusform>%n 個のアプリがメールボックスにアクセスできます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation>
            <numerusform>%n 個のアプリがすべてのメールボックスにアクセスできます</numerusform>
        </translation>
    </message>
    <message>
        <source>Which apps can read which mailboxes: Exchange access policies, tests, RBAC for Applications</source>
        <translation>どのアプリがどのメールボックスを読み取れるか: Exchange のアクセス ポリシー、テスト、RBAC for Applications</translation>
    </message>
    <message>
        <source>Apps that reach mailboxes</source>
        <translation>メールボックスにアクセスできるアプリ</translation>
    </message>
    <message>
        <source>Mailboxes Exchange allows</source>
        <translation>Exchange で許可されるメールボックス</translation>
    </message>
    <message>
        <source>App ID %1 · mailbox permissions: %2 · mailboxes Exchange allows: %3</source>
        <translation>アプリ ID %1 · メールボックスのアクセス許可: %2 · Exchange で許可されるメールボックス: %3</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and the mailboxes Exchange allows it; select one to see its access policies.</source>
        <translation>メールボックスへのアプリケーションの許可を持つアプリごとに 1 行と、Exchange が許可するメールボックス。選択するとアクセス ポリシーが表示されます。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Sign in, tenant profiles, and what your role lets you do</source>
        <translation>サインイン、テナント プロファイル、ロールで実行できる操作</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Allow changes…</source>
        <translation>変更を許可(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>プロファイルの切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(プロファイルはまだありません)</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>相関 ID %1</translation>
    </message>
    <message>
        <source>Add a profile for your tenant under Profiles… — you need its tenant ID or domain and the client ID of your organization&apos;s ConsentDesk app registration. Or try the built-in demo tenant first.</source>
        <translation>[プロファイル…] でテナントのプロファイルを追加してください。テナント ID またはドメインと、組織の ConsentDesk のアプリの登録のクライアント ID が必要です。または、まず組み込みのデモ テナントをお試しください。</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>Directory roles:</source>
        <translation>ディレクトリ ロール:</translation>
    </message>
    <message>
        <source>Sign-in kept:</source>
        <translation>サインインの保持:</translation>
    </message>
    <message>
        <source>ConsentDesk may:</source>
        <translation>ConsentDesk に許可されている操作:</translation>
    </message>
    <message>
        <source>What you can do in this tenant</source>
        <translation>このテナントで実行できる操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Allow changes…</source>
        <translation>変更を許可…</translation>
    </message>
    <message>
        <source>ConsentDesk signed in with read access only. Before your first change it asks for the permissions changes need; you can also do that now.</source>
        <translation>ConsentDesk は読み取りアクセスのみでサインインしています。最初の変更の前に、変更に必要なアクセス許可を要求します。今すぐ要求することもできます。</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>プロファイルの切り替え…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Forget this sign-in on this computer (removes it from the system keychain).</source>
        <translation>このコンピューターに保存されたこのサインインを破棄します (システム キーチェーンから削除されます)。</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(表示名なし)</translation>
    </message>
    <message>
        <source>Tenant ID %1 · profile &quot;%2&quot;</source>
        <translation>テナント ID %1 · プロファイル「%2」</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>None (you can read only what every user can read)</source>
        <translation>なし (すべてのユーザーが読み取れるものだけを読み取れます)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>In the system keychain: you stay signed in until you sign out.</source>
        <translation>システム キーチェーン内: サインアウトするまでサインインしたままになります。</translation>
    </message>
    <message>
        <source>For this session only.</source>
        <translation>このセッションのみ。</translation>
    </message>
    <message>
        <source>For this session only: %1</source>
        <translation>このセッションのみ: %1</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(まだ不明)</translation>
    </message>
    <message>
        <source>Changes are allowed: ConsentDesk holds the permissions it needs to write.</source>
        <translation>変更が許可されています: ConsentDesk は書き込みに必要なアクセス許可を保持しています。</translation>
    </message>
    <message>
        <source>Read only so far: ConsentDesk asks for write permissions before your first change.</source>
        <translation>現時点では読み取り専用: ConsentDesk は最初の変更の前に書き込みのアクセス許可を要求します。</translation>
    </message>
    <message>
        <source>One row per action in ConsentDesk, and whether your roles and consent allow it in this tenant.</source>
        <translation>ConsentDesk の操作ごとに 1 行と、このテナントであなたのロールと同意がそれを許可するかどうか。</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Delegated permissions granted</source>
        <translation>委任されたアクセス許可を付与</translation>
    </message>
    <message>
        <source>Delegated permissions changed</source>
        <translation>委任されたアクセス許可を変更</translation>
    </message>
    <message>
        <source>Delegated permissions removed</source>
        <translation>委任されたアクセス許可を削除</translation>
    </message>
    <message>
        <source>Application permission granted</source>
        <translation>アプリケーションの許可を付与</translation>
    </message>
    <message>
        <source>Application permission removed</source>
        <translation>アプリケーションの許可を削除</translation>
    </message>
    <message>
        <source>App added to the tenant</source>
        <translation>アプリをテナントに追加</translation>
    </message>
    <message>
        <source>App changed (e.g. blocked)</source>
        <translation>アプリを変更 (ブロックなど)</translation>
    </message>
    <message>
        <source>App removed from the tenant</source>
        <translation>アプリをテナントから削除</translation>
    </message>
    <message>
        <source>Access policy created</source>
        <translation>アクセス ポリシーを作成</translation>
    </message>
    <message>
        <source>Access policy description changed</source>
        <translation>アクセス ポリシーの説明を変更</translation>
    </message>
    <message>
        <source>Access policy removed</source>
        <translation>アクセス ポリシーを削除</translation>
    </message>
    <message>
        <source>Mail-enabled security group created</source>
        <translation>メールが有効なセキュリティ グループを作成</translation>
    </message>
    <message>
        <source>Member added to group</source>
        <translation>グループにメンバーを追加</translation>
    </message>
    <message>
        <source>Member removed from group</source>
        <translation>グループからメンバーを削除</translation>
    </message>
    <message>
        <source>App registered with Exchange</source>
        <translation>アプリを Exchange に登録</translation>
    </message>
    <message>
        <source>Management scope created</source>
        <translation>管理スコープを作成</translation>
    </message>
    <message>
        <source>Exchange role assigned to app</source>
        <translation>アプリに Exchange ロールを割り当て</translation>
    </message>
    <message>
        <source>Exchange role removed from app</source>
        <translation>アプリから Exchange ロールを削除</translation>
    </message>
    <message>
        <source>%1 → %2: description &quot;%3&quot;</source>
        <translation>%1 → %2: 説明「%3」</translation>
    </message>
    <message>
        <source>whole organization</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Unknown (not confirmed yet)</source>
        <translation>不明 (未確認)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 (restore)</source>
        <extracomment>%1 is an action (&quot;Revoke delegated permission&quot;); the entry restores an earlier one.</extracomment>
        <translation>%1 (復元)</translation>
    </message>
    <message>
        <source>%1 · restored</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Applied&quot;); a later entry restored what it changed.</extracomment>
        <translation>%1 · 復元済み</translation>
    </message>
    <message>
        <source>%1 (sent again)</source>
        <extracomment>%1 is an action (&quot;Delegated permissions removed&quot;); the entry is the same change sent a second time because the answer to the first was lost and the tenant showed it had not been made.</extracomment>
        <translation>%1 (再送信)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <extracomment>%1 is the entry&apos;s outcome (&quot;Not applied&quot;); its answer was lost, so a later entry sent it again.</extracomment>
        <translation>%1 · 再送信</translation>
    </message>
    <message>
        <source>Restore does not remove an app ConsentDesk added to the tenant: deleting it would also delete every consent, assignment and sign-in setting made on it since, by anyone. Undo the permissions granted with it instead; the app then has no access. To remove the app itself, delete it in the Entra admin center (Enterprise applications, Properties), where it can be restored for 30 days.</source>
        <translation>復元では、ConsentDesk がテナントに追加したアプリは削除されません。削除すると、それ以降にだれかがそのアプリに対して行ったすべての同意、割り当て、サインイン設定も削除されるためです。代わりに、そのアプリと共に付与したアクセス許可を元に戻してください。そうすればアプリはアクセスできなくなります。アプリ自体を削除するには、Microsoft Entra 管理センター ([エンタープライズ アプリケーション] の [プロパティ]) で削除してください。削除後 30 日間は復元できます。</translation>
    </message>
    <message>
        <source>Admin consent workflow changed</source>
        <translation>管理者の同意ワークフローが変更されました</translation>
    </message>
    <message>
        <source>User consent setting changed</source>
        <translation>ユーザーの同意設定が変更されました</translation>
    </message>
    <message>
        <source>Group owner consent changed</source>
        <translation>グループ所有者の同意が変更されました</translation>
    </message>
    <message>
        <source>Permission classified low impact</source>
        <translation>アクセス許可が低影響に分類されました</translation>
    </message>
    <message>
        <source>Permission classification removed</source>
        <translation>アクセス許可の分類が削除されました</translation>
    </message>
    <message>
        <source>Older group owner consent setting (Consent Policy Settings) changed</source>
        <translation>グループ所有者の同意に関する以前の設定 (Consent Policy Settings) を変更しました</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, recorded before it was sent. Removed permissions and Exchange changes can be restored.</source>
        <translation>ConsentDesk が行ったすべての変更です (送信前に記録されています)。削除したアクセス許可と Exchange の変更は復元できます。</translation>
    </message>
    <message>
        <source>Filter by app, admin or change</source>
        <translation>アプリ、管理者、変更内容でフィルター</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Apps (add, block)</source>
        <translation>アプリ (追加、ブロック)</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Exchange (mailbox access)</source>
        <translation>Exchange (メールボックスへのアクセス)</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This tenant only</source>
        <translation>このテナントのみ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Select a change to see the request, the object before it, and the answer.</source>
        <translation>変更を選択すると、要求、変更前のオブジェクト、応答が表示されます。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <source>The activity journal could not be opened; see Diagnostics for the log.</source>
        <translation>アクティビティ ジャーナルを開けませんでした。ログについては [診断] を参照してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n 件の変更が選択されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>When: %1 · Admin: %2 · Tenant: %3</source>
        <translation>日時: %1 · 管理者: %2 · テナント: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>client-request-id: %1</source>
        <translation>client-request-id: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>要求:</translation>
    </message>
    <message>
        <source>Before the change:</source>
        <translation>変更前:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>応答:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n 件の変更を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Exchange changes and Microsoft Graph changes separately.</source>
        <translation>Exchange の変更と Microsoft Graph の変更は別々に復元してください。</translation>
    </message>
    <message>
        <source>Select Exchange changes that succeeded in this tenant and were not undone yet.</source>
        <translation>このテナントで成功し、まだ元に戻していない Exchange の変更を選択してください。</translation>
    </message>
    <message>
        <source>Undo the selected Exchange changes (shows exactly what first).</source>
        <translation>選択した Exchange の変更を元に戻します (先に正確な内容を表示します)。</translation>
    </message>
    <message>
        <source>Select removals that succeeded in this tenant and were not restored yet.</source>
        <translation>このテナントで成功し、まだ復元していない削除を選択してください。</translation>
    </message>
    <message>
        <source>Re-create what the selected changes removed (shows exactly what first).</source>
        <translation>選択した変更で削除されたものを再作成します (先に正確な内容を表示します)。</translation>
    </message>
    <message>
        <source>Every change ConsentDesk made, with restore</source>
        <translation>ConsentDesk が行ったすべての変更 (復元可能)</translation>
    </message>
    <message>
        <source>Sign in to restore.</source>
        <translation>復元するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>アクティビティをフィルター</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Changes made with ConsentDesk</source>
        <translation>ConsentDesk で行った変更</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>選択した変更の詳細</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation>
            <numerusform>以前の %n 件の変更をテナントで確認できませんでした。ログを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A restore is under way.</source>
        <translation>復元を実行中です。</translation>
    </message>
    <message>
        <source>Outcome: %1 (confirmed later by reading the tenant)</source>
        <translation>結果: %1 (後でテナントを読み取って確認)</translation>
    </message>
    <message>
        <source>Outcome: %1 (the connection dropped before the answer came; ConsentDesk read the tenant back at once to find out)</source>
        <translation>結果: %1 (応答が届く前に接続が切れたため、ConsentDesk がすぐにテナントを読み取って確認しました)</translation>
    </message>
    <message>
        <source>Sent again: the answer to the same change sent at %1 was lost, and reading the tenant showed it had not been made.</source>
        <translation>再送信: %1 に送信した同じ変更の応答が失われ、テナントを読み取ったところ変更は行われていませんでした。</translation>
    </message>
    <message>
        <source>Sent again: the answer to an earlier attempt of the same change was lost, and reading the tenant showed it had not been made.</source>
        <translation>再送信: 同じ変更の以前の試行の応答が失われ、テナントを読み取ったところ変更は行われていませんでした。</translation>
    </message>
    <message>
        <source>ConsentDesk sent this change again at %1; see that entry for how it ended.</source>
        <translation>ConsentDesk は %1 にこの変更を再送信しました。結果はそのエントリを参照してください。</translation>
    </message>
    <message>
        <source>One row per change made with ConsentDesk; select one to see its details or to undo it.</source>
        <translation>ConsentDesk で行った変更ごとに 1 行。選択すると詳細の表示や元に戻す操作ができます。</translation>
    </message>
</context>
<context>
    <name>AdminConsentUrl</name>
    <message>
        <source>Admin consent needs the tenant id or domain (not &quot;common&quot; or &quot;consumers&quot;).</source>
        <translation>管理者の同意には、テナント ID またはドメインが必要です (&quot;common&quot; や &quot;consumers&quot; は使用できません)。</translation>
    </message>
    <message>
        <source>Not a tenant id or domain: %1</source>
        <translation>テナント ID またはドメインではありません: %1</translation>
    </message>
    <message>
        <source>The client id must be the app&apos;s application (client) id.</source>
        <translation>クライアント ID には、アプリのアプリケーション (クライアント) ID を指定する必要があります。</translation>
    </message>
    <message>
        <source>Admin consent needs at least one scope.</source>
        <translation>管理者の同意には、少なくとも 1 つのスコープが必要です。</translation>
    </message>
    <message>
        <source>No authority URL.</source>
        <translation>機関 URL がありません。</translation>
    </message>
</context>
<context>
    <name>AdminConsentWorkflow</name>
    <message>
        <source>The admin consent workflow is on but has no reviewers: users can send requests, and nobody gets them. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>管理者の同意ワークフローはオンになっていますが、レビュー担当者がいません。ユーザーは要求を送信できますが、だれもその要求を受け取りません。クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールを持つレビュー担当者を追加してください。</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but no reviewer can approve a request (each one is disabled, missing or holds no role that may grant consent): users&apos; requests wait until they expire. Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>管理者の同意ワークフローはオンになっていますが、要求を承認できるレビュー担当者がいません (いずれも無効、存在しない、または同意を付与できるロールを持っていません)。ユーザーの要求は期限切れになるまで処理されません。クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールを持つレビュー担当者を追加してください。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Start on the built-in demo tenant (no Microsoft account needed).</source>
        <translation>組み込みのデモ テナントで起動します (Microsoft アカウントは不要です)。</translation>
    </message>
    <message>
        <source>With --demo: sign in as this demo user without opening a browser.</source>
        <translation>--demo と併用: ブラウザーを開かずに、このデモ ユーザーとしてサインインします。</translation>
    </message>
    <message>
        <source>Open this tenant profile.</source>
        <translation>このテナント プロファイルを開きます。</translation>
    </message>
    <message>
        <source>Also log to the terminal, at debug level.</source>
        <translation>ターミナルにもデバッグ レベルでログを出力します。</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>デモ テナント</translation>
    </message>
    <message>
        <source>Open a snapshot file offline and read-only (no sign-in, nothing sent to a tenant).</source>
        <translation>スナップショット ファイルをオフラインかつ読み取り専用で開きます (サインインなし、テナントには何も送信しません)。</translation>
    </message>
    <message>
        <source>Opened from a snapshot file: read-only.</source>
        <translation>スナップショット ファイルから開きました: 読み取り専用です。</translation>
    </message>
    <message>
        <source>Offline: the snapshot %1 (%2). Nothing is read from or written to a tenant.</source>
        <translation>オフライン: スナップショット %1 (%2)。テナントからの読み取りもテナントへの書き込みも行いません。</translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message>
        <source>Admin consent</source>
        <translation>管理者の同意</translation>
    </message>
    <message>
        <source>User consent</source>
        <translation>ユーザーの同意</translation>
    </message>
    <message>
        <source>Revoke selected…</source>
        <translation>選択項目の取り消し…</translation>
    </message>
    <message>
        <source>Keep only…</source>
        <translation>必要なものだけ保持…</translation>
    </message>
    <message>
        <source>Pick what the app keeps; everything else it holds is removed (shows exactly what first).</source>
        <translation>アプリに残すものを選択します。それ以外にアプリが保持しているものはすべて削除されます (先に正確な内容を表示します)。</translation>
    </message>
    <message>
        <source>Revoke everything…</source>
        <translation>すべて取り消し…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>アプリを選択すると、テナント内でそのアプリに許可されている操作が表示されます。</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>%1 が保持しているアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>アプリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>This app is not in the tenant any more.</source>
        <translation>このアプリはテナントに存在しなくなりました。</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>不明な発行元</translation>
    </message>
    <message>
        <source> ✔ verified</source>
        <translation> ✔ 確認済み</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>アプリ ID %1</translation>
    </message>
    <message>
        <source>Blocked (sign-in disabled)</source>
        <translation>ブロック済み (サインイン無効)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation>
            <numerusform>%n 人のユーザーが自分で同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly read: %1</source>
        <translation>一部のみ読み取り: %1</translation>
    </message>
    <message>
        <source>Admin consent (%1)</source>
        <translation>管理者の同意 (%1)</translation>
    </message>
    <message>
        <source>User consent (%1)</source>
        <translation>ユーザーの同意 (%1)</translation>
    </message>
    <message>
        <source>Select the permissions to remove first.</source>
        <translation>先に、削除するアクセス許可を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation>
            <numerusform>選択した %n 個のアクセス許可を削除します (先に正確な内容を表示します)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove every delegated grant and application permission of this app.</source>
        <translation>このアプリのすべての委任された付与とアプリケーションの許可を削除します。</translation>
    </message>
    <message>
        <source>Permissions granted by admin consent</source>
        <translation>管理者の同意によって付与されたアクセス許可</translation>
    </message>
    <message>
        <source>Permissions granted by user consent</source>
        <translation>ユーザーの同意によって付与されたアクセス許可</translation>
    </message>
    <message>
        <source>Tro&amp;ubleshoot a user…</source>
        <extracomment>Opens the troubleshooter with this app filled in; the admin names the user</extracomment>
        <translation>ユーザーのトラブルシューティング(&amp;U)…</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect this app? Opens the troubleshooter with the app filled in.</source>
        <translation>ユーザーがこのアプリに接続できないのはなぜですか? このアプリを入力した状態でトラブルシューティング ツールを開きます。</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted this app for the whole organization, with its risk.</source>
        <translation>管理者がこのアプリに組織全体に対して付与したアクセス許可ごとに 1 行と、そのリスク。</translation>
    </message>
    <message>
        <source>One row per permission users granted this app for themselves, with who granted it and its risk.</source>
        <translation>ユーザーがこのアプリに自分用に付与したアクセス許可ごとに 1 行と、付与したユーザーおよびそのリスク。</translation>
    </message>
</context>
<context>
    <name>AppInventory</name>
    <message>
        <source>Default access</source>
        <translation>既定のアクセス</translation>
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
        <translation>確認済みの発行元</translation>
    </message>
    <message>
        <source>Blocked: sign-in is disabled for this app.</source>
        <translation>ブロック済み: このアプリのサインインは無効になっています。</translation>
    </message>
    <message>
        <source>Delegated permissions granted for all users (admin consent)</source>
        <translation>すべてのユーザーに付与された委任されたアクセス許可 (管理者の同意)</translation>
    </message>
    <message>
        <source>Users who consented to the app themselves</source>
        <translation>アプリに自分で同意したユーザー</translation>
    </message>
    <message>
        <source>Application permissions: the app acts as itself, without a user</source>
        <translation>アプリケーションの許可: アプリはユーザーなしで、アプリ自身として動作します</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Admin-consented</source>
        <translation>管理者の同意</translation>
    </message>
    <message>
        <source>User consents</source>
        <translation>ユーザーの同意</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>最高リスク</translation>
    </message>
    <message>
        <source>(not found) %1…</source>
        <translation>(見つかりません) %1…</translation>
    </message>
    <message>
        <source>Grants or assignments refer to the service principal %1, but Graph does not return it (deleted, or too new to be read yet).</source>
        <translation>付与または割り当てがサービス プリンシパル %1 を参照していますが、Graph から返されません (削除済みか、作成されたばかりでまだ読み取れません)。</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by app or publisher</source>
        <translation>アプリまたは発行元でフィルター</translation>
    </message>
    <message>
        <source>Only apps with permissions</source>
        <translation>アクセス許可を持つアプリのみ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the apps list as shown as CSV or JSON.</source>
        <translation>表示されているアプリの一覧を CSV または JSON として保存します。</translation>
    </message>
    <message>
        <source>Could not read everything: %1</source>
        <translation>一部を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Sign in to see the apps of your tenant and what they may do.</source>
        <translation>テナントのアプリと、それぞれに許可されている操作を確認するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>テナントのアプリを読み取っています…</translation>
    </message>
    <message>
        <source>Select an app to see what it may do in your tenant.</source>
        <translation>アプリを選択すると、テナント内でそのアプリに許可されている操作が表示されます。</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (変更済み)</translation>
    </message>
    <message>
        <source>All changes were made. Tokens already issued stay valid until they expire.</source>
        <translation>すべての変更が完了しました。既に発行されたトークンは、有効期限が切れるまで有効です。</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>一部の変更は行われませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n 件の委任された付与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n 個のアプリケーションの許可</numerusform>
        </translation>
    </message>
    <message>
        <source>What every app may do in the tenant; revoke and keep only what is needed</source>
        <translation>テナント内の各アプリに許可されている操作。取り消して、必要なものだけを保持します</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counts</comment>
        <translation>%1と %2</translation>
    </message>
    <message>
        <source>Could not read the apps.</source>
        <translation>アプリを読み取れませんでした。</translation>
    </message>
    <message>
        <source>No app matches &quot;%1&quot;.</source>
        <translation>「%1」に一致するアプリはありません。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps and what they hold…</source>
        <translation>テナントのアプリとそのアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>The apps could not be read: %1
Check the connection and your role, then press Refresh.</source>
        <translation>アプリを読み取れませんでした: %1
接続とロールを確認してから、[最新の情報に更新] を押してください。</translation>
    </message>
    <message>
        <source>This tenant has no apps yet.</source>
        <translation>このテナントにはまだアプリがありません。</translation>
    </message>
    <message>
        <source>No app holds permissions in this tenant. Untick &quot;Only apps with permissions&quot; to see every app.</source>
        <translation>このテナントには、アクセス許可を持つアプリはありません。すべてのアプリを表示するには、[アクセス許可を持つアプリのみ] をオフにしてください。</translation>
    </message>
    <message>
        <source>Apps and permissions</source>
        <translation>アプリとアクセス許可</translation>
    </message>
    <message>
        <source>Graph returns no service principal with the id %1, yet %2 refer to it. It may have been deleted, or be too new to be read yet: refresh in a few minutes. The full export (in English, like the command line) lists its rows as &quot;(not found)&quot;.</source>
        <translation>Graph から ID %1 のサービス プリンシパルが返されませんが、%2がこれを参照しています。削除されたか、作成されたばかりでまだ読み取れない可能性があります。数分後に最新の情報に更新してください。完全なエクスポート (コマンド ラインと同じく英語) では、その行は「(not found)」として出力されます。</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>アプリをフィルター</translation>
    </message>
    <message>
        <source>Apps in the tenant</source>
        <translation>テナント内のアプリ</translation>
    </message>
    <message>
        <source>Export full report…</source>
        <translation>完全なレポートをエクスポート…</translation>
    </message>
    <message>
        <source>Every permission of every app, one row each — the columns of consentdesk-cli grants list --all --permissions — saved as CSV or JSON while it is read.</source>
        <translation>すべてのアプリのすべてのアクセス許可を 1 行ずつ (consentdesk-cli grants list --all --permissions と同じ列で)、読み取りながら CSV または JSON として保存します。</translation>
    </message>
    <message>
        <source>One row per app in the tenant; select one to see its permissions.</source>
        <translation>テナントのアプリごとに 1 行。選択するとアクセス許可が表示されます。</translation>
    </message>
    <message>
        <source>No app is at this risk level any more. Press Show all to see every app.</source>
        <translation>このリスク レベルのアプリはもうありません。すべてのアプリを表示するには [すべて表示] を押してください。</translation>
    </message>
    <message>
        <source>No app holds these users&apos; consents now: they were revoked since ConsentDesk first saw them, or their apps were removed. Press Show all to see every app.</source>
        <translation>これらのユーザーの同意を現在持っているアプリはありません。ConsentDesk が最初に確認した後に取り消されたか、アプリが削除されました。すべてのアプリを表示するには [すべて表示] を押してください。</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Sign in again when you are ready.</source>
        <translation>準備ができたら、サインインし直してください。</translation>
    </message>
    <message>
        <source>The sign-in took too long</source>
        <translation>サインインに時間がかかりすぎました</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation>
            <numerusform>ConsentDesk は、ブラウザーがサインイン ページから戻るのを %n 秒間待ちました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again and finish the sign-in in the browser window that opens.</source>
        <translation>サインインし直して、開いたブラウザー ウィンドウでサインインを完了してください。</translation>
    </message>
    <message>
        <source>The sign-in answer was not ours</source>
        <translation>このサインインの応答は ConsentDesk のものではありません</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to the sign-in ConsentDesk started (its state value did not match). It was ignored.</source>
        <translation>ブラウザーから、ConsentDesk が開始したサインインに属さない応答が返されました (state の値が一致しませんでした)。この応答は無視されました。</translation>
    </message>
    <message>
        <source>Finish the sign-in in the browser window ConsentDesk opened, or start it again.</source>
        <translation>ConsentDesk が開いたブラウザー ウィンドウでサインインを完了するか、最初からやり直してください。</translation>
    </message>
    <message>
        <source>The sign-in address is not secure</source>
        <translation>サインインのアドレスが安全ではありません</translation>
    </message>
    <message>
        <source>%1 does not use https. ConsentDesk sends sign-in data over plain http only to this computer (the sandbox).</source>
        <translation>%1 は https を使用していません。ConsentDesk が暗号化されていない http でサインイン データを送信するのは、このコンピューター (サンドボックス) に対してのみです。</translation>
    </message>
    <message>
        <source>Use the https address of your cloud&apos;s sign-in service, or choose the cloud by name.</source>
        <translation>クラウドのサインイン サービスの https アドレスを使用するか、クラウドを名前で選択してください。</translation>
    </message>
    <message>
        <source>The profile is incomplete</source>
        <translation>プロファイルが不完全です</translation>
    </message>
    <message>
        <source>Edit the profile: tenant, client ID and cloud come from the ConsentDesk app registration&apos;s Overview page.</source>
        <translation>プロファイルを編集してください。テナント、クライアント ID、クラウドは ConsentDesk のアプリの登録の [概要] ページで確認できます。</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>システム キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>You stay signed in until ConsentDesk closes. To stay signed in across restarts, unlock or set up the system keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</source>
        <translation>ConsentDesk を閉じるまではサインインしたままです。再起動後もサインインを維持するには、システム キーチェーン (GNOME Keyring、KWallet、macOS キーチェーン、Windows 資格情報マネージャー) のロックを解除するか、セットアップしてください。</translation>
    </message>
    <message>
        <source>You are not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign in to your tenant.</source>
        <translation>テナントにサインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>The identity platform answered with an error ConsentDesk does not know.</source>
        <translation>ID プラットフォームから、ConsentDesk が認識できないエラーが返されました。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, look up the code below or report it with the correlation ID.</source>
        <translation>もう一度お試しください。失敗が続く場合は、下記のコードを調べるか、相関 ID を添えて報告してください。</translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed</source>
        <translation>サインイン サービスへのセキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, or the TLS handshake failed. A proxy or security product that inspects traffic, or a wrong system clock, are common causes.</source>
        <translation>サーバーの証明書が受け入れられなかったか、TLS ハンドシェイクに失敗しました。一般的な原因は、トラフィックを検査するプロキシやセキュリティ製品、またはシステム時刻のずれです。</translation>
    </message>
    <message>
        <source>Check the system date and time, and ask your network team whether HTTPS inspection applies to login.microsoftonline.com.</source>
        <translation>システムの日付と時刻を確認し、login.microsoftonline.com に HTTPS 検査が適用されているかどうかをネットワーク チームに問い合わせてください。</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time</source>
        <translation>サインイン サービスが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy server refused the connection</source>
        <translation>プロキシ サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <source>Check the system proxy settings, or ask your network team.</source>
        <translation>システムのプロキシ設定を確認するか、ネットワーク チームに問い合わせてください。</translation>
    </message>
    <message>
        <source>The sign-in service could not be found</source>
        <translation>サインイン サービスが見つかりませんでした</translation>
    </message>
    <message>
        <source>The name of the sign-in server could not be resolved (DNS).</source>
        <translation>サインイン サーバーの名前を解決できませんでした (DNS)。</translation>
    </message>
    <message>
        <source>Check your network connection and the profile&apos;s cloud.</source>
        <translation>ネットワーク接続とプロファイルのクラウドを確認してください。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service</source>
        <translation>サインイン サービスに接続できませんでした</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>サインインし直す必要があります</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>サインインし直してください。</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer ConsentDesk cannot read</source>
        <translation>サインイン サービスから、ConsentDesk が読み取れない応答が返されました</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、下記の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, report it with the details below.</source>
        <translation>もう一度お試しください。失敗が続く場合は、下記の詳細を添えて報告してください。</translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation>
            <numerusform>ConsentDesk は、ID プラットフォームのトークン エンドポイントの応答を %n 秒間待ちました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check your network connection (and proxy), then try again.</source>
        <translation>ネットワーク接続 (とプロキシ) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You signed in to another tenant than this profile&apos;s</source>
        <translation>このプロファイルとは別のテナントにサインインしました</translation>
    </message>
    <message>
        <source>The profile is for tenant %1, but the sign-in was to tenant %2. ConsentDesk keeps nothing of this sign-in, so no change can reach the wrong tenant.</source>
        <translation>プロファイルはテナント %1 用ですが、サインイン先はテナント %2 でした。ConsentDesk はこのサインインの情報を一切保持しないため、誤ったテナントに変更が適用されることはありません。</translation>
    </message>
    <message>
        <source>Sign in with an account of %1, or create a separate profile for %2.</source>
        <translation>%1 のアカウントでサインインするか、%2 用に別のプロファイルを作成してください。</translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect</source>
        <translation>サインイン サービスがリダイレクトを返しました</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy or captive portal on this network is intercepting sign-in traffic: try another network.</source>
        <translation>プロファイルのクラウドと機関を確認してください。正しい場合は、このネットワーク上のプロキシまたはキャプティブ ポータルがサインインの通信を傍受しています。別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>ConsentDesk does not follow redirects from the token endpoint: following one would send the sign-in code or the stored sign-in to %1.</source>
        <translation>ConsentDesk はトークン エンドポイントからのリダイレクトには従いません。従うと、サインイン コードまたは保存されたサインインが %1 に送信されてしまいます。</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <source>Sign-in was canceled</source>
        <translation>サインインがキャンセルされました</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer far larger than a sign-in answer</source>
        <translation>サインイン サービスから、サインインの応答よりはるかに大きい応答が送られてきました</translation>
    </message>
    <message>
        <source>Check the profile&apos;s cloud and authority. If they are right, a proxy on this network may be answering in Microsoft&apos;s place: try another network.</source>
        <translation>プロファイルのクラウドと機関を確認してください。正しい場合は、このネットワークのプロキシが Microsoft の代わりに応答している可能性があります。別のネットワークでお試しください。</translation>
    </message>
    <message>
        <source>ConsentDesk stopped reading the answer from %1: answers from the token endpoint are a few KB, and a larger one is not a sign-in answer.</source>
        <translation>ConsentDesk は %1 からの応答の読み取りを中止しました。トークン エンドポイントの応答は数 KB であり、それより大きいものはサインインの応答ではありません。</translation>
    </message>
    <message>
        <source>the token endpoint</source>
        <translation>トークン エンドポイント</translation>
    </message>
</context>
<context>
    <name>CapabilityMap</name>
    <message>
        <source>see apps, their permissions and users&apos; grants</source>
        <translation>アプリ、そのアクセス許可、ユーザーによる付与を表示する</translation>
    </message>
    <message>
        <source>read consent requests</source>
        <translation>同意要求を読み取る</translation>
    </message>
    <message>
        <source>grant delegated permissions</source>
        <translation>委任されたアクセス許可を付与する</translation>
    </message>
    <message>
        <source>grant Microsoft Graph application permissions</source>
        <translation>Microsoft Graph のアプリケーションの許可を付与する</translation>
    </message>
    <message>
        <source>grant application permissions of APIs other than Microsoft Graph</source>
        <translation>Microsoft Graph 以外の API のアプリケーションの許可を付与する</translation>
    </message>
    <message>
        <source>revoke permissions</source>
        <translation>アクセス許可を取り消す</translation>
    </message>
    <message>
        <source>block an app</source>
        <translation>アプリをブロックする</translation>
    </message>
    <message>
        <source>change the admin consent workflow</source>
        <translation>管理者の同意ワークフローを変更する</translation>
    </message>
    <message>
        <source>change the user consent settings</source>
        <translation>ユーザーの同意設定を変更する</translation>
    </message>
    <message>
        <source>restrict an app&apos;s mailbox access in Exchange Online</source>
        <translation>Exchange Online でアプリのメールボックスへのアクセスを制限する</translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation>グローバル管理者</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>特権ロール管理者</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>クラウド アプリケーション管理者</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>アプリケーション管理者</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>グローバル閲覧者</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>ヘルプデスク管理者</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange 管理者</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>セキュリティ閲覧者</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>ConsentDesk could not read your directory roles, so it cannot tell whether you may %1. It needs %2.</source>
        <translation>ConsentDesk はあなたのディレクトリ ロールを読み取れなかったため、「%1」ことが許可されているかどうかを判断できません。必要なロール: %2。</translation>
    </message>
    <message>
        <source>Your account has no administrator role that ConsentDesk uses.</source>
        <translation>あなたのアカウントには、ConsentDesk で使用する管理者ロールがありません。</translation>
    </message>
    <message>
        <source>Needs %1 to %2.</source>
        <translation>「%2」には、%1 のロールが必要です。</translation>
    </message>
    <message>
        <source>Your roles: %1.</source>
        <translation>あなたのロール: %1。</translation>
    </message>
</context>
<context>
    <name>CloudEnvironment</name>
    <message>
        <source>The sign-in authority %1 must use https (plain http is allowed only to this computer).</source>
        <translation>サインイン機関 %1 には https を使用する必要があります (暗号化されていない http は、このコンピューターに対してのみ許可されます)。</translation>
    </message>
    <message>
        <source>The Microsoft Graph address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>Microsoft Graph のアドレス %1 には https を使用する必要があります (暗号化されていない http は、このコンピューターに対してのみ許可されます)。</translation>
    </message>
    <message>
        <source>The Exchange Online address %1 must use https (plain http is allowed only to this computer).</source>
        <translation>Exchange Online のアドレス %1 には https を使用する必要があります (暗号化されていない http は、このコンピューターに対してのみ許可されます)。</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessEvaluator</name>
    <message>
        <source>the user is excluded by name</source>
        <translation>ユーザーが名前で除外されている</translation>
    </message>
    <message>
        <source>guests and external users are excluded</source>
        <translation>ゲストと外部ユーザーが除外されている</translation>
    </message>
    <message>
        <source>the user is in the excluded group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>ユーザーが除外グループ %1 に属している</translation>
    </message>
    <message>
        <source>the user holds the excluded role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>ユーザーが除外ロール %1 を持っている</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>the user, by name</source>
        <translation>ユーザー (名前で指定)</translation>
    </message>
    <message>
        <source>guests and external users</source>
        <translation>ゲストと外部ユーザー</translation>
    </message>
    <message>
        <source>the group %1</source>
        <extracomment>%1 is a group&apos;s name</extracomment>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>the role %1</source>
        <extracomment>%1 is a directory role&apos;s name</extracomment>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>the app is excluded</source>
        <translation>アプリが除外されている</translation>
    </message>
    <message>
        <source>all cloud apps</source>
        <translation>すべてのクラウド アプリ</translation>
    </message>
    <message>
        <source>the app itself</source>
        <translation>アプリ自体</translation>
    </message>
    <message>
        <source>%1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Microsoft Graph</extracomment>
        <translation>アプリが呼び出す %1</translation>
    </message>
    <message>
        <source>the Office 365 apps, among them %1, which the app calls</source>
        <extracomment>%1 is an API&apos;s name, e.g. Office 365 Exchange Online; &quot;Office 365&quot; is the policy&apos;s app group</extracomment>
        <translation>アプリが呼び出す %1 を含む Office 365 アプリ</translation>
    </message>
    <message>
        <source>it targets a user action (such as registering security information), not an app sign-in</source>
        <translation>アプリのサインインではなくユーザー操作 (セキュリティ情報の登録など) を対象としている</translation>
    </message>
    <message>
        <source>it targets an authentication context, which only an app that asks for it triggers</source>
        <translation>認証コンテキストを対象としており、それを要求するアプリだけがトリガーする</translation>
    </message>
    <message>
        <source>it does not target this app or an API it calls</source>
        <translation>このアプリもアプリが呼び出す API も対象としていない</translation>
    </message>
    <message>
        <source>it does not target this user</source>
        <translation>このユーザーを対象としていない</translation>
    </message>
    <message>
        <source>it covers legacy authentication clients only (Exchange ActiveSync and other clients)</source>
        <translation>レガシ認証クライアント (Exchange ActiveSync とその他のクライアント) のみを対象としている</translation>
    </message>
    <message>
        <source>an application filter</source>
        <translation>アプリケーション フィルター</translation>
    </message>
    <message>
        <source>the network location</source>
        <translation>ネットワークの場所</translation>
    </message>
    <message>
        <source>the device platform</source>
        <translation>デバイス プラットフォーム</translation>
    </message>
    <message>
        <source>a device filter</source>
        <translation>デバイスのフィルター</translation>
    </message>
    <message>
        <source>the authentication flow</source>
        <translation>認証フロー</translation>
    </message>
    <message>
        <source>the sign-in or user risk</source>
        <translation>サインイン リスクまたはユーザー リスク</translation>
    </message>
    <message>
        <source>desktop and mobile apps only</source>
        <translation>デスクトップ アプリとモバイル アプリのみ</translation>
    </message>
    <message>
        <source>browsers only</source>
        <translation>ブラウザーのみ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply: %2.</source>
        <extracomment>%1 a policy&apos;s name, %2 why it does not apply</extracomment>
        <translation>「%1」は適用されません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (report-only: logged, not enforced) targets %2 and %3.</source>
        <extracomment>%1 policy name, %2 whom it targets, %3 which apps; the policy is only logged</extracomment>
        <translation>「%1」(レポート専用: ログに記録され、適用されません) は %2 と %3 を対象としています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (off) would target %2 and %3.</source>
        <translation>「%1」(オフ) は %2 と %3 を対象とします。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; targets %2 and %3.</source>
        <translation>「%1」は %2 と %3 を対象としています。</translation>
    </message>
    <message>
        <source>Whether it applies depends on %1.</source>
        <extracomment>%1 is a list of conditions, e.g. &quot;the network location, the device platform&quot;</extracomment>
        <translation>適用されるかどうかは %1 によります。</translation>
    </message>
</context>
<context>
    <name>ConditionalAccessPolicy</name>
    <message>
        <source>On</source>
        <extracomment>A conditional access policy&apos;s state, as the Entra admin center shows it</extracomment>
        <translation>オン</translation>
    </message>
    <message>
        <source>Report-only</source>
        <extracomment>A conditional access policy&apos;s state: evaluated and logged, not enforced</extracomment>
        <translation>レポート専用</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>A conditional access policy&apos;s state</extracomment>
        <translation>オフ</translation>
    </message>
    <message>
        <source>block access</source>
        <translation>アクセスのブロック</translation>
    </message>
    <message>
        <source>multifactor authentication</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <source>a device marked as compliant</source>
        <translation>準拠としてマークされたデバイス</translation>
    </message>
    <message>
        <source>a Microsoft Entra hybrid joined device</source>
        <translation>Microsoft Entra ハイブリッド参加済みデバイス</translation>
    </message>
    <message>
        <source>an approved client app</source>
        <translation>承認されたクライアント アプリ</translation>
    </message>
    <message>
        <source>an app protection policy</source>
        <translation>アプリ保護ポリシー</translation>
    </message>
    <message>
        <source>a password change</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>the control &quot;%1&quot;</source>
        <extracomment>%1 is a grant control&apos;s name as Microsoft Graph spells it</extracomment>
        <translation>コントロール「%1」</translation>
    </message>
    <message>
        <source>Blocks access.</source>
        <translation>アクセスをブロックします。</translation>
    </message>
    <message>
        <source>the authentication strength &quot;%1&quot;</source>
        <extracomment>%1 is an authentication strength&apos;s name (e.g. &quot;Phishing-resistant MFA&quot;)</extracomment>
        <translation>認証強度「%1」</translation>
    </message>
    <message>
        <source>accepting the terms of use</source>
        <translation>利用規約への同意</translation>
    </message>
    <message>
        <source>a custom authentication factor</source>
        <translation>カスタム認証要素</translation>
    </message>
    <message>
        <source>Grants access with session controls (no grant control).</source>
        <translation>セッション コントロール付きでアクセスを許可します (許可コントロールなし)。</translation>
    </message>
    <message>
        <source>Demands nothing (no grant control).</source>
        <translation>何も要求しません (許可コントロールなし)。</translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <extracomment>%1 is one requirement, e.g. &quot;multifactor authentication&quot;</extracomment>
        <translation>%1 が必要です。</translation>
    </message>
    <message>
        <source>Requires all of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; the user must meet every one</extracomment>
        <translation>次のすべてが必要です: %1。</translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <extracomment>%1 is a list of requirements separated by semicolons; meeting one of them is enough</extracomment>
        <translation>次のいずれかが必要です: %1。</translation>
    </message>
</context>
<context>
    <name>ConsentDeskScopes</name>
    <message>
        <source>to know who you are: your name, sign-in name and object ID</source>
        <translation>あなたが誰かを識別するため: 名前、サインイン名、オブジェクト ID</translation>
    </message>
    <message>
        <source>to read your directory roles, users, groups, apps and the permissions granted to them</source>
        <translation>あなたのディレクトリ ロール、ユーザー、グループ、アプリ、およびそれらに付与されたアクセス許可を読み取るため</translation>
    </message>
    <message>
        <source>to read the consent requests waiting for review</source>
        <translation>レビュー待ちの同意要求を読み取るため</translation>
    </message>
    <message>
        <source>to read the consent settings and policies that decide whether users can connect apps</source>
        <translation>ユーザーがアプリを接続できるかどうかを決める同意設定とポリシーを読み取るため</translation>
    </message>
    <message>
        <source>to grant, narrow and revoke delegated permissions (oauth2PermissionGrants)</source>
        <translation>委任されたアクセス許可 (oauth2PermissionGrants) の付与、絞り込み、取り消しを行うため</translation>
    </message>
    <message>
        <source>to grant and revoke application permissions (app role assignments)</source>
        <translation>アプリケーションの許可 (アプリ ロールの割り当て) の付与と取り消しを行うため</translation>
    </message>
    <message>
        <source>to add an app&apos;s missing service principal before granting, and to block (disable) an app</source>
        <translation>付与の前に、アプリに不足しているサービス プリンシパルを追加するため、およびアプリをブロック (無効化) するため</translation>
    </message>
    <message>
        <source>to change the admin consent workflow settings</source>
        <translation>管理者の同意ワークフローの設定を変更するため</translation>
    </message>
    <message>
        <source>to change the user consent settings</source>
        <translation>ユーザーの同意設定を変更するため</translation>
    </message>
    <message>
        <source>to classify permissions as low impact (what users may consent to)</source>
        <translation>アクセス許可を低影響に分類するため (ユーザーが同意できるアクセス許可)</translation>
    </message>
</context>
<context>
    <name>ConsentOverview</name>
    <message>
        <source>Less than a day</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>1 日未満</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>1 ～ 7 日</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>7 ～ 30 日</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <extracomment>how long a consent request has waited (a bar of the Overview&apos;s chart)</extracomment>
        <translation>30 日超</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>how long a consent request has waited: Graph gave no date (a bar of the Overview&apos;s chart)</extracomment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ConsentRequestService</name>
    <message>
        <source>No Graph client.</source>
        <translation>Graph クライアントがありません。</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsLoader</name>
    <message>
        <source>No Graph client.</source>
        <translation>Graph クライアントがありません。</translation>
    </message>
    <message>
        <source>This directory role does not exist in the tenant.</source>
        <translation>このディレクトリ ロールはテナントに存在しません。</translation>
    </message>
    <message>
        <source>Holders of this role can view and deny requests but not approve them.</source>
        <translation>このロールを持つユーザーは、要求の表示と拒否はできますが、承認はできません。</translation>
    </message>
    <message>
        <source>Nobody with an enabled account holds this role.</source>
        <translation>有効なアカウントでこのロールを持つユーザーはいません。</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>アカウントが無効になっています。</translation>
    </message>
    <message>
        <source>Holds no role that may approve (Cloud Application Administrator, Application Administrator, Privileged Role Administrator or Global Administrator): can view and deny requests only.</source>
        <translation>承認できるロール (クラウド アプリケーション管理者、アプリケーション管理者、特権ロール管理者、またはグローバル管理者) を持っていません。要求の表示と拒否のみ可能です。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>このユーザーはもう存在しません。</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>このグループはもう存在しません。</translation>
    </message>
    <message>
        <source>The group has no enabled members.</source>
        <translation>このグループには有効なメンバーがいません。</translation>
    </message>
    <message>
        <source>No enabled member of the group holds a role that may approve.</source>
        <translation>このグループの有効なメンバーには、承認できるロールを持つメンバーがいません。</translation>
    </message>
    <message>
        <source>ConsentDesk does not understand this reviewer query.</source>
        <translation>ConsentDesk はこのレビュー担当者のクエリを解釈できません。</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsView</name>
    <message>
        <source>Your account may not read this (%1). Reading it needs Policy.Read.All and a role such as Global Reader, Cloud Application Administrator or Global Administrator.</source>
        <translation>あなたのアカウントにはこの情報の読み取りが許可されていない可能性があります (%1)。読み取るには、Policy.Read.All と、グローバル閲覧者、クラウド アプリケーション管理者、グローバル管理者などのロールが必要です。</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Consent settings</source>
        <translation>同意設定</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Admin consent requests</source>
        <translation>管理者の同意要求</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Can approve</source>
        <translation>承認可能</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>承認できない理由</translation>
    </message>
    <message>
        <source>User consent for applications</source>
        <translation>アプリケーションに対するユーザーの同意</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Permissions classified low impact (Microsoft Graph)</source>
        <translation>低影響に分類されたアクセス許可 (Microsoft Graph)</translation>
    </message>
    <message>
        <source>With the setting &quot;for selected permissions&quot;, users may consent to these for apps from verified publishers or from your organization.</source>
        <translation>「選択したアクセス許可について」の設定では、ユーザーは確認済みの発行元または組織のアプリに対して、これらのアクセス許可に同意できます。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>アクセス許可 ID</translation>
    </message>
    <message>
        <source>Admin consent workflow, user consent setting and low-impact permissions</source>
        <translation>管理者の同意ワークフロー、ユーザーの同意設定、低影響のアクセス許可</translation>
    </message>
    <message>
        <source>Sign in to see the tenant&apos;s consent settings.</source>
        <translation>テナントの同意設定を表示するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Reading the consent settings…</source>
        <translation>同意設定を読み取っています…</translation>
    </message>
    <message>
        <source>Users cannot request admin consent: they are told to ask an administrator.</source>
        <translation>ユーザーは管理者の同意を要求できません。管理者に問い合わせるよう案内されます。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Group and team owners may not consent to apps accessing their data.</source>
        <translation>グループとチームの所有者は、自分のデータにアクセスするアプリに同意できません。</translation>
    </message>
    <message>
        <source>Group and team owners may consent under: %1</source>
        <translation>グループとチームの所有者は、次のポリシーに基づいて同意できます: %1</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>Part of the settings could not be read; the rest is shown.</source>
        <translation>設定の一部を読み取れませんでした。読み取れた部分を表示しています。</translation>
    </message>
    <message>
        <source>Reviewers of admin consent requests</source>
        <translation>管理者の同意要求のレビュー担当者</translation>
    </message>
    <message>
        <source>User consent policies</source>
        <translation>ユーザーの同意ポリシー</translation>
    </message>
    <message>
        <source>Permissions classified low impact</source>
        <translation>低影響に分類されたアクセス許可</translation>
    </message>
    <message>
        <source>&amp;Users can request admin consent to apps they are unable to consent to</source>
        <translation>ユーザーは、自分では同意できないアプリへの管理者の同意を要求できる(&amp;U)</translation>
    </message>
    <message>
        <source>E-mail &amp;notifications to reviewers</source>
        <translation>レビュー担当者へのメール通知(&amp;N)</translation>
    </message>
    <message>
        <source>Expiration re&amp;minders</source>
        <translation>有効期限のリマインダー(&amp;M)</translation>
    </message>
    <message>
        <source>Requests e&amp;xpire after (days):</source>
        <translation>要求の有効期限 (日数)(&amp;X):</translation>
    </message>
    <message>
        <source>Add revie&amp;wer…</source>
        <translation>レビュー担当者の追加(&amp;W)…</translation>
    </message>
    <message>
        <source>Remove r&amp;eviewer</source>
        <translation>レビュー担当者の削除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save workflow…</source>
        <translation>ワークフローの保存(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>適用(&amp;P)…</translation>
    </message>
    <message>
        <source>A&amp;dd permission…</source>
        <translation>アクセス許可の追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove permission…</source>
        <translation>アクセス許可の削除…</translation>
    </message>
    <message>
        <source>Classifying permissions needs Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>アクセス許可を分類するには、クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールが必要です。</translation>
    </message>
    <message>
        <source>Classify a permission as low impact</source>
        <translation>アクセス許可を低影響に分類</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permission (for example Mail.Read):</source>
        <translation>Microsoft Graph の委任されたアクセス許可 (例: Mail.Read):</translation>
    </message>
    <message>
        <source>Classify a permission</source>
        <translation>アクセス許可の分類</translation>
    </message>
    <message>
        <source>Could not read Microsoft Graph&apos;s permissions: %1</source>
        <translation>Microsoft Graph のアクセス許可を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 needs an admin&apos;s consent, so users can never consent to it and it cannot be classified.</source>
        <translation>%1 には管理者の同意が必要なため、ユーザーが同意することはできず、分類することもできません。</translation>
    </message>
    <message>
        <source>Microsoft Graph has no delegated permission %1.</source>
        <translation>Microsoft Graph に委任されたアクセス許可 %1 はありません。</translation>
    </message>
    <message>
        <source>Check p&amp;osture…</source>
        <translation>ポスチャのチェック(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>Users can ask for approval; a request expires after %n day(s) without a decision.</source>
        <translation>
            <numerusform>ユーザーは承認を要求できます。要求は決定がないまま %n 日たつと期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>適用中: %1。</translation>
    </message>
    <message>
        <source>One row per permission classified low impact; users may consent to these when the user consent policy allows low-impact permissions.</source>
        <translation>低影響に分類されたアクセス許可ごとに 1 行。ユーザーの同意ポリシーが低影響のアクセス許可を許可している場合、ユーザーはこれらに同意できます。</translation>
    </message>
    <message>
        <source>The policies that decide which apps users may consent to for themselves; expand one to see its conditions.</source>
        <translation>ユーザーが自分で同意できるアプリを決めるポリシー。展開すると条件が表示されます。</translation>
    </message>
    <message>
        <source>One row per user, group or role that reviews admin consent requests, and whether it can approve them.</source>
        <translation>管理者の同意要求をレビューするユーザー、グループ、ロールごとに 1 行と、承認できるかどうか。</translation>
    </message>
    <message>
        <source>Users consent under these custom app consent policies: %1. ConsentDesk offers the four choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>ユーザーは次のカスタムのアプリの同意ポリシーに従って同意します: %1。ConsentDesk では上の 4 つの選択肢を提供しています。カスタムのアプリの同意ポリシーは Entra 管理センターまたは Microsoft Graph PowerShell で変更します。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Versions, log location, keychain access and network activity. Nothing on this page is secret: copy it into a support ticket as it is.</source>
        <translation>バージョン、ログの場所、キーチェーンへのアクセス、ネットワーク アクティビティ。このページに機密情報は含まれていないため、そのままサポート チケットにコピーできます。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
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
        <translation>%1 (%2 でビルド)</translation>
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
        <translation>システム:</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>ログ ファイル</translation>
    </message>
    <message>
        <source>Logging to the console only</source>
        <translation>コンソールにのみログを出力しています</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Network requests (this session)</source>
        <translation>ネットワーク要求 (このセッション)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock or create a keyring.</source>
        <translation>まだ確認していません。確認ではテスト エントリを保存して削除します。システムからキーリングのロック解除または作成を求められる場合があります。</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>システム キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>✔ Reachable. Sign-ins are remembered securely in the system keychain.</source>
        <translation>✔ 接続できます。サインインはシステム キーチェーンに安全に保存されます。</translation>
    </message>
    <message>
        <source>✖ Not available: %1
Sign-ins last for this session only; nothing is written to disk in plain text.</source>
        <translation>✖ 使用できません: %1
サインインはこのセッションの間だけ有効です。平文でディスクに書き込まれるものはありません。</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>どのキーチェーン サービスも応答しませんでした</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>まだ要求はありません</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>メソッド別</translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation>HTTP 状態別</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Throttled (429)</source>
        <translation>調整 (429)</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>ネットワーク エラー</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Time in requests</source>
        <translation>要求の所要時間</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>In flight / queued</source>
        <translation>実行中 / 待機中</translation>
    </message>
    <message>
        <source>Versions, logs, keychain and network counters</source>
        <translation>バージョン、ログ、キーチェーン、ネットワーク カウンター</translation>
    </message>
    <message>
        <source>Requests sent, by service</source>
        <translation>送信された要求 (サービス別)</translation>
    </message>
    <message>
        <source>The requests this session sent, counted by service and by answer.</source>
        <translation>このセッションが送信した要求 (サービス別、応答別の件数)。</translation>
    </message>
</context>
<context>
    <name>DirectoryObjectResolver</name>
    <message>
        <source>No connection to Graph.</source>
        <translation>Graph への接続がありません。</translation>
    </message>
    <message>
        <source>Graph&apos;s $batch answer had no result for %1.</source>
        <translation>Graph の $batch 応答に %1 の結果がありませんでした。</translation>
    </message>
</context>
<context>
    <name>EntraAdminCenter</name>
    <message>
        <source>Microsoft Graph has no way to deny a consent request: deny it in the Microsoft Entra admin center (Enterprise applications → Admin consent requests), or block the app here so nobody can use or request it again.</source>
        <translation>Microsoft Graph には同意要求を拒否する方法がありません。Microsoft Entra 管理センター (エンタープライズ アプリケーション → 管理者の同意要求) で拒否するか、ここでアプリをブロックして、誰もそのアプリを使用または要求できないようにしてください。</translation>
    </message>
</context>
<context>
    <name>EntraFlow</name>
    <message>
        <source>A sign-in is already running</source>
        <translation>サインインは既に実行中です</translation>
    </message>
    <message>
        <source>No tenant and cloud configured.</source>
        <translation>テナントとクラウドが構成されていません。</translation>
    </message>
    <message>
        <source>ConsentDesk could not receive the sign-in answer</source>
        <translation>ConsentDesk はサインインの応答を受信できませんでした</translation>
    </message>
    <message>
        <source>No local port could be opened on 127.0.0.1. Check local firewall software and try again.</source>
        <translation>127.0.0.1 でローカル ポートを開けませんでした。ローカルのファイアウォール ソフトウェアを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>EntraReplyHandler</name>
    <message>
        <source>Signed in to ConsentDesk — you can close this tab.</source>
        <translation>ConsentDesk にサインインしました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>ConsentDesk is finishing the sign-in. Return to the ConsentDesk window.</source>
        <translation>ConsentDesk がサインインを完了しています。ConsentDesk のウィンドウに戻ってください。</translation>
    </message>
    <message>
        <source>Sign-in to ConsentDesk did not complete</source>
        <translation>ConsentDesk へのサインインが完了しませんでした</translation>
    </message>
    <message>
        <source>This page does not belong to a ConsentDesk sign-in</source>
        <translation>このページは ConsentDesk のサインインに属していません</translation>
    </message>
    <message>
        <source>ConsentDesk ignored this answer because it does not match the sign-in in progress. Finish the sign-in in the browser tab ConsentDesk opened.</source>
        <translation>進行中のサインインと一致しないため、ConsentDesk はこの応答を無視しました。ConsentDesk が開いたブラウザー タブでサインインを完了してください。</translation>
    </message>
    <message>
        <source>The answer carried no authorization code.</source>
        <translation>応答に認可コードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>サインインを最初からやり直してください。</translation>
    </message>
</context>
<context>
    <name>ExchangeAdminClient</name>
    <message>
        <source>Exchange Online refused %1 (HTTP 403, no details). The signed-in account needs the Exchange Administrator or Global Administrator role (Global Reader may only run Get- and Test- cmdlets), or this cmdlet is not available in the organization.</source>
        <translation>Exchange Online が %1 を拒否しました (HTTP 403、詳細なし)。サインインしているアカウントに Exchange 管理者またはグローバル管理者のロールが必要です (グローバル閲覧者が実行できるのは Get- と Test- のコマンドレットのみです)。または、このコマンドレットは組織で使用できません。</translation>
    </message>
    <message>
        <source>No Exchange transport.</source>
        <translation>Exchange のトランスポートがありません。</translation>
    </message>
</context>
<context>
    <name>ExchangeMailboxScopeProvider</name>
    <message>
        <source>Exchange could not be asked: %1</source>
        <translation>Exchange に問い合わせできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOperation</name>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy にはすぐに新しい結果が表示されますが、Microsoft Graph で適用されるまでに最大 1 時間かかる場合があります。</translation>
    </message>
    <message>
        <source>No Exchange Online connection.</source>
        <translation>Exchange Online への接続がありません。</translation>
    </message>
    <message>
        <source>Not sent: there is no Exchange Online connection.</source>
        <translation>未送信: Exchange Online への接続がありません。</translation>
    </message>
    <message>
        <source>Not found, nothing was changed: %1 returned nothing for %2.</source>
        <translation>見つからないため、何も変更されていません: %1 は %2 に対して何も返しませんでした。</translation>
    </message>
    <message>
        <source>Remove the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>「%3」に対する %2 の %1 ポリシーを削除</translation>
    </message>
    <message>
        <source>Without its RestrictAccess policy %1 may reach every mailbox again (unless other policies restrict it).</source>
        <translation>RestrictAccess ポリシーがなくなると、%1 は再びすべてのメールボックスにアクセスできるようになる可能性があります (他のポリシーで制限されていない場合)。</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new policy&apos;s identity. Find it with Get-ApplicationAccessPolicy and remove it with Remove-ApplicationAccessPolicy.</source>
        <translation>%1: 元に戻されません。ジャーナルに新しいポリシーの ID が記録されていません。Get-ApplicationAccessPolicy で検索し、Remove-ApplicationAccessPolicy で削除してください。</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior policy.</source>
        <translation>%1: 復元されません。ジャーナルに変更前のポリシーがありません。</translation>
    </message>
    <message>
        <source>Re-create the %1 policy of %2 on &quot;%3&quot;</source>
        <translation>「%3」に対する %2 の %1 ポリシーを再作成</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior description.</source>
        <translation>%1: 復元されません。ジャーナルに変更前の説明がありません。</translation>
    </message>
    <message>
        <source>Put back the description of the policy of %1 on &quot;%2&quot;: &quot;%3&quot;</source>
        <translation>「%2」に対する %1 のポリシーの説明を元に戻す: 「%3」</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not name the group and member.</source>
        <translation>%1: 元に戻されません。ジャーナルにグループとメンバーの名前が記録されていません。</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>%1 を「%2」から削除</translation>
    </message>
    <message>
        <source>Add %1 back to &quot;%2&quot;</source>
        <translation>%1 を「%2」に再追加</translation>
    </message>
    <message>
        <source>Remove %1 from %2 (assignment &quot;%3&quot;)</source>
        <translation>%2 から %1 を削除 (割り当て「%3」)</translation>
    </message>
    <message>
        <source>%1: not undone — the journal does not record the new role assignment&apos;s name. Find it with Get-ManagementRoleAssignment -App and remove it with Remove-ManagementRoleAssignment.</source>
        <translation>%1: 元に戻されません。ジャーナルに新しいロールの割り当ての名前が記録されていません。Get-ManagementRoleAssignment -App で検索し、Remove-ManagementRoleAssignment で削除してください。</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior role assignment.</source>
        <translation>%1: 復元されません。ジャーナルに変更前のロールの割り当てがありません。</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, for the whole organization</source>
        <translation>%1 を組織全体を対象として %2 に再度割り当て</translation>
    </message>
    <message>
        <source>Assign %1 to %2 again, limited to &quot;%3&quot;</source>
        <translation>%1 を「%3」に限定して %2 に再度割り当て</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change.</source>
        <translation>%1: 元に戻されません。不明な種類の変更です。</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete groups. Remove it in the Exchange admin center or with Remove-DistributionGroup -Identity %2 once nothing uses it.</source>
        <translation>%1: そのまま残します。ConsentDesk はグループを削除しません。使用されなくなったら、Exchange 管理センターまたは Remove-DistributionGroup -Identity %2 で削除してください。</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete Exchange service principals. Remove it with Remove-ServicePrincipal -Identity %2 once no role assignment uses it.</source>
        <translation>%1: そのまま残します。ConsentDesk は Exchange のサービス プリンシパルを削除しません。どのロールの割り当てでも使用されなくなったら、Remove-ServicePrincipal -Identity %2 で削除してください。</translation>
    </message>
    <message>
        <source>%1: left in place — ConsentDesk does not delete management scopes. Remove it in the Exchange admin center or with Remove-ManagementScope -Identity %2 once no role assignment uses it.</source>
        <translation>%1: そのまま残します。ConsentDesk は管理スコープを削除しません。どのロールの割り当てでも使用されなくなったら、Exchange 管理センターまたは Remove-ManagementScope -Identity %2 で削除してください。</translation>
    </message>
</context>
<context>
    <name>ExchangePlanner</name>
    <message>
        <source>Keep %1 out of the mailboxes of %2</source>
        <translation>%2 のメールボックスへの %1 のアクセスを拒否</translation>
    </message>
    <message>
        <source>Limit %1 to the mailboxes of %2</source>
        <translation>%1 のアクセスを %2 のメールボックスに制限</translation>
    </message>
    <message>
        <source>Create the mail-enabled security group &quot;%1&quot;</source>
        <translation>メールが有効なセキュリティ グループ「%1」を作成</translation>
    </message>
    <message>
        <source>Add %1 to &quot;%2&quot;</source>
        <translation>%1 を「%2」に追加</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes of &quot;%2&quot;</source>
        <translation>「%2」のメールボックスへの %1 のアクセスを拒否</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes of &quot;%2&quot;</source>
        <translation>%1 のアクセスを「%2」のメールボックスに制限</translation>
    </message>
    <message>
        <source>Microsoft recommends RBAC for Applications instead of new application access policies.</source>
        <translation>Microsoft は、新しいアプリケーション アクセス ポリシーの代わりに RBAC for Applications を推奨しています。</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy shows the new result at once; Microsoft Graph may take up to an hour to enforce it.</source>
        <translation>Test-ApplicationAccessPolicy にはすぐに新しい結果が表示されますが、Microsoft Graph で適用されるまでに最大 1 時間かかる場合があります。</translation>
    </message>
    <message>
        <source>Remove the access policy of %1 on &quot;%2&quot;</source>
        <translation>「%2」に対する %1 のアクセス ポリシーを削除</translation>
    </message>
    <message>
        <source>Remove the %1 policy of app %2 on &quot;%3&quot;</source>
        <translation>「%3」に対するアプリ %2 の %1 ポリシーを削除</translation>
    </message>
    <message>
        <source>Without this RestrictAccess policy the app may reach every mailbox again (unless other policies restrict it).</source>
        <translation>この RestrictAccess ポリシーがなくなると、アプリは再びすべてのメールボックスにアクセスできるようになる可能性があります (他のポリシーで制限されていない場合)。</translation>
    </message>
    <message>
        <source>Change the description of a policy</source>
        <translation>ポリシーの説明を変更</translation>
    </message>
    <message>
        <source>Set the description of the policy of %1 on &quot;%2&quot;</source>
        <translation>「%2」に対する %1 のポリシーの説明を設定</translation>
    </message>
    <message>
        <source>Add members to &quot;%1&quot;</source>
        <translation>「%1」にメンバーを追加</translation>
    </message>
    <message>
        <source>Remove members from &quot;%1&quot;</source>
        <translation>「%1」からメンバーを削除</translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;</source>
        <translation>%1 を「%2」から削除</translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation>%1 にロール %2 を付与</translation>
    </message>
    <message>
        <source>Register %1 with Exchange Online</source>
        <translation>%1 を Exchange Online に登録</translation>
    </message>
    <message>
        <source>Create the management scope &quot;%1&quot;</source>
        <translation>管理スコープ「%1」を作成</translation>
    </message>
    <message>
        <source>Assign %1 to %2 for the whole organization</source>
        <translation>%1 を組織全体を対象として %2 に割り当て</translation>
    </message>
    <message>
        <source>Assign %1 to %2, limited to &quot;%3&quot;</source>
        <translation>%1 を「%3」に限定して %2 に割り当て</translation>
    </message>
    <message>
        <source>RBAC for Applications is additive: a tenant-wide Microsoft Graph application permission (e.g. Mail.Read consented in Entra) still reaches every mailbox. Remove it after moving to RBAC.</source>
        <translation>RBAC for Applications は加算的です。テナント全体の Microsoft Graph のアプリケーションの許可 (Entra で同意された Mail.Read など) があると、引き続きすべてのメールボックスにアクセスできます。RBAC に移行した後で削除してください。</translation>
    </message>
    <message>
        <source>Remove the role assignment &quot;%1&quot;</source>
        <translation>ロールの割り当て「%1」を削除</translation>
    </message>
    <message>
        <source>Remove %1 from app %2</source>
        <translation>アプリ %2 から %1 を削除</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name is empty; MemberOfGroup needs it.</source>
        <translation>グループの識別名が空です。MemberOfGroup には識別名が必要です。</translation>
    </message>
    <message>
        <source>The group&apos;s distinguished name &quot;%1&quot; contains %2 (U+%3), a character Exchange may read as a quote inside the management scope&apos;s filter, which could then reach every mailbox. ConsentDesk does not write such a filter: rename the group so its name has no quote characters (Set-DistributionGroup -Name), or create the management scope yourself and check its filter with Get-ManagementScope.</source>
        <translation>グループの識別名「%1」に %2 (U+%3) が含まれています。Exchange はこの文字を管理スコープのフィルター内で引用符として解釈する可能性があり、その場合フィルターがすべてのメールボックスを対象にしてしまうおそれがあります。ConsentDesk はそのようなフィルターを書き込みません。名前に引用符が含まれないようにグループの名前を変更するか (Set-DistributionGroup -Name)、管理スコープを自分で作成し、Get-ManagementScope でそのフィルターを確認してください。</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>制御文字</translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation>
            <numerusform>%n 件の Exchange の変更を元に戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an Exchange change; restore it on its own.</source>
        <translation>%1: Exchange の変更ではありません。個別に復元してください。</translation>
    </message>
    <message>
        <source>%1: not undone — whether it was made is not known yet.</source>
        <translation>%1: 元に戻されません。変更が行われたかどうかがまだ不明です。</translation>
    </message>
    <message>
        <source>%1: not undone — the change was not made (%2).</source>
        <translation>%1: 元に戻されません。変更は行われませんでした (%2)。</translation>
    </message>
    <message>
        <source>%1: not undone — unknown kind of change (%2).</source>
        <translation>%1: 元に戻されません。不明な種類の変更です (%2)。</translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation>
            <numerusform>%n 件の変更がすべて完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users may need to sign in to the app again before new permissions apply.</source>
        <translation>新しいアクセス許可が適用される前に、ユーザーがアプリにサインインし直す必要がある場合があります。</translation>
    </message>
    <message>
        <source>Result of each change</source>
        <translation>各変更の結果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the title of the results window when every change was made</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Some changes were not made</source>
        <translation>一部の変更は行われませんでした</translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation>
            <numerusform>Exchange Online で %n 件の変更がすべて完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped.</source>
        <translation>成功 %1、失敗 %2、スキップ %3。</translation>
    </message>
    <message>
        <source>Roll back what succeeded…</source>
        <translation>成功した変更をロールバック…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the result of one change, in the results list</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>One row per change: whether it was made, what it was, and the details.</source>
        <translation>変更ごとに 1 行: 行われたかどうか、内容、および詳細。</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain a sign-in error</source>
        <translation>サインイン エラーの説明</translation>
    </message>
    <message>
        <source>&amp;Paste what the user saw: the error code (for example AADSTS65001), the whole message, or the page&apos;s heading (&quot;Need admin approval&quot;, &quot;Approval required&quot;).</source>
        <translation>ユーザーに表示された内容を貼り付けてください(&amp;P): エラー コード (例: AADSTS65001)、メッセージ全体、またはページの見出し (「管理者の承認が必要」、「承認が必要」)。</translation>
    </message>
    <message>
        <source>Error text to explain</source>
        <translation>説明するエラー テキスト</translation>
    </message>
    <message>
        <source>AADSTS90094: The grant requires admin permission.</source>
        <translation>AADSTS90094: The grant requires admin permission.</translation>
    </message>
    <message>
        <source>Codes, error names and the consent screen&apos;s words are recognized in English, German, French, Spanish and Japanese.</source>
        <translation>コード、エラー名、同意画面の文言は、英語、ドイツ語、フランス語、スペイン語、日本語で認識されます。</translation>
    </message>
    <message>
        <source>No sign-in error ConsentDesk knows was found in this text. Paste the AADSTS code from the message, or look it up on https://login.microsoftonline.com/error.</source>
        <translation>このテキストには ConsentDesk が知っているサインイン エラーが見つかりませんでした。メッセージの AADSTS コードを貼り付けるか、https://login.microsoftonline.com/error で調べてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) recognized:</source>
        <translation>
            <numerusform>%n 件を認識しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>アプリ: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation>相関 ID: %1</translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation>トレース ID: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>時刻: %1</translation>
    </message>
    <message>
        <source>Only the first %1 characters were read.</source>
        <translation>最初の %1 文字だけを読み取りました。</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>意味: %1</translation>
    </message>
    <message>
        <source>Who can fix it: %1</source>
        <translation>修正できる人: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Open the troubleshooter</source>
        <translation>トラブルシューティング ツールを開く</translation>
    </message>
    <message>
        <source>Open consent requests</source>
        <translation>同意要求を開く</translation>
    </message>
    <message>
        <source>Open consent settings</source>
        <translation>同意設定を開く</translation>
    </message>
</context>
<context>
    <name>FilterBanner</name>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show everything, without the filter</source>
        <translation>フィルターなしですべて表示</translation>
    </message>
</context>
<context>
    <name>FirstSeenState</name>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk notes on this computer when it first sees each grant, from the lists it reads and the snapshots it opens; it has not noted any for this tenant yet.</source>
        <translation>Graph は付与の日付を保持しません。ConsentDesk は、読み取った一覧と開いたスナップショットから、各付与を最初に確認した日をこのコンピューターに記録します。このテナントについてはまだ何も記録していません。</translation>
    </message>
    <message>
        <source>Graph keeps no date for a grant. ConsentDesk noted this date on this computer the first time it saw the grant, in a list it read or a snapshot it opened; it has been noting them since %1, so an earlier grant shows that date or a later one.</source>
        <translation>Graph は付与の日付を保持しません。この日付は、ConsentDesk が読み取った一覧または開いたスナップショットで付与を最初に確認したときに、このコンピューターに記録したものです。記録は %1 から行っているため、それより前の付与にはその日付かそれ以降の日付が表示されます。</translation>
    </message>
</context>
<context>
    <name>GrantInventory</name>
    <message>
        <source>No service principal %1 in this tenant.</source>
        <translation>このテナントにサービス プリンシパル %1 はありません。</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Microsoft Graph に接続していません。</translation>
    </message>
</context>
<context>
    <name>GrantPlanner</name>
    <message>
        <source>%1 (application) of %2 cannot be granted: %3</source>
        <translation>%2 の %1 (アプリケーション) は付与できません: %3</translation>
    </message>
    <message>
        <source>the API is not in this tenant</source>
        <translation>API がこのテナントにありません</translation>
    </message>
    <message>
        <source>the API does not publish it as an application permission</source>
        <translation>API がこれをアプリケーションの許可として公開していません</translation>
    </message>
    <message>
        <source>%1 (delegated) of %2 cannot be granted: %3</source>
        <translation>%2 の %1 (委任) は付与できません: %3</translation>
    </message>
    <message>
        <source>the API does not publish it</source>
        <translation>API がこれを公開していません</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) in this tenant</source>
        <translation>このテナントに %1 (appId %2) のサービス プリンシパルを作成</translation>
    </message>
    <message>
        <source>Create the service principal of the API %1 (appId %2) in this tenant</source>
        <translation>このテナントに API %1 (appId %2) のサービス プリンシパルを作成</translation>
    </message>
    <message>
        <source>Add %1 to the tenant-wide grant of %2 on %3 (keeps %4)</source>
        <translation>%3 に対する %2 のテナント全体の付与に %1 を追加 (保持: %4)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Grant %1 to %2 on %3 for all users (new tenant-wide grant)</source>
        <translation>%3 に対する %1 を、すべてのユーザーを対象として %2 に付与 (新しいテナント全体の付与)</translation>
    </message>
    <message>
        <source>Grant the application permission %1 of %2 to %3</source>
        <translation>%2 のアプリケーションの許可 %1 を %3 に付与</translation>
    </message>
    <message>
        <source>Create the service principal of %1 (appId %2) disabled, so nobody can sign in to it or request it</source>
        <translation>%1 (appId %2) のサービス プリンシパルを無効な状態で作成 (誰もサインインや要求ができないようにする)</translation>
    </message>
    <message>
        <source>%1 is already blocked (sign-in disabled).</source>
        <translation>%1 は既にブロックされています (サインイン無効)。</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 (accountEnabled = false)</source>
        <translation>%1 のサインインを無効化 (accountEnabled = false)</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>No Microsoft Graph endpoint is configured.</source>
        <translation>Microsoft Graph のエンドポイントが構成されていません。</translation>
    </message>
    <message>
        <source>No Exchange Online endpoint is configured.</source>
        <translation>Exchange Online のエンドポイントが構成されていません。</translation>
    </message>
    <message>
        <source>Invalid URL.</source>
        <translation>URL が無効です。</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: tokens travel only over https (plain http is allowed to this computer only).</source>
        <translation>%1 への暗号化されていない http:// は拒否されました。トークンは https でのみ送信されます (暗号化されていない http はこのコンピューターへの接続にのみ使用できます)。</translation>
    </message>
    <message>
        <source>Unsupported scheme %1.</source>
        <translation>スキーム %1 はサポートされていません。</translation>
    </message>
    <message>
        <source>Refusing to send the access token to %1, which is not the configured API root.</source>
        <translation>%1 は構成された API ルートではないため、アクセス トークンは送信されません。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>No access token.</source>
        <translation>アクセス トークンがありません。</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was larger than %3, the most ConsentDesk reads in one response, so it stopped reading. %4 does not send answers this large: something else may be answering (a proxy or a server that is not Microsoft&apos;s). Check the connection&apos;s proxy settings and try again; if the answer is genuine, raise the limit with CONSENTDESK_MAX_RESPONSE_MB.</source>
        <translation>%1 %2 への応答が、ConsentDesk が 1 回の応答で読み取る上限 %3 を超えたため、読み取りを中止しました。%4 がこれほど大きな応答を送ることはありません。別のもの (プロキシや Microsoft 以外のサーバー) が応答している可能性があります。接続のプロキシ設定を確認して、もう一度お試しください。応答が本物の場合は、CONSENTDESK_MAX_RESPONSE_MB で上限を引き上げてください。</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at offset %2).</source>
        <translation>サーバーから不正な形式の JSON が送られてきました (オフセット %2 で %1)。</translation>
    </message>
    <message>
        <source>The server sent no &apos;value&apos; array for a collection.</source>
        <translation>サーバーからコレクションの &apos;value&apos; 配列が送られてきませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent pages it had already sent, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>%1 の読み取り中、サーバーは %n ページの後にすでに送ったページを再び送ってきました。ConsentDesk はループでの読み取りを避けるために中止しました。一覧が不完全な可能性があります。最新の情報に更新し、再び発生する場合はサービスに問題があります。後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent a page link it had already given, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>%1 の読み取り中、サーバーは %n ページの後にすでに示したページ リンクを再び送ってきました。ConsentDesk はループでの読み取りを避けるために中止しました。一覧が不完全な可能性があります。最新の情報に更新し、再び発生する場合はサービスに問題があります。後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer for batch item %1.</source>
        <translation>バッチ項目 %1 への応答がありません。</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server answered HTTP %1 without details.</source>
        <translation>サーバーは詳細なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without details.</source>
        <translation>サインイン サービスは詳細なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Exchange refused the request (HTTP 403) without details. The signed-in account may lack the Exchange role this cmdlet needs, or the cmdlet is not available.</source>
        <translation>Exchange は詳細なしで要求を拒否しました (HTTP 403)。サインインしているアカウントに、このコマンドレットに必要な Exchange の役割がないか、コマンドレットを使用できない可能性があります。</translation>
    </message>
    <message>
        <source>Exchange answered HTTP %1 without details.</source>
        <translation>Exchange は詳細なしで HTTP %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentPanel</name>
    <message>
        <source>Group owner consent for apps accessing data</source>
        <translation>データにアクセスするアプリに対するグループ所有者の同意</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <extracomment>Applies the group owner consent choice (a preview with the exact change comes first)</extracomment>
        <translation>適用(&amp;Y)…</translation>
    </message>
    <message>
        <source>Apply the group owner consent choice</source>
        <translation>グループ所有者の同意の選択を適用します</translation>
    </message>
    <message>
        <source>Group owners consent under these app consent policies: %1. ConsentDesk offers the three choices above; a custom app consent policy is changed in the Entra admin center or with Microsoft Graph PowerShell.</source>
        <translation>グループ所有者は次のアプリ同意ポリシーに従って同意します: %1。ConsentDesk では上の 3 つの選択肢を提供しています。カスタムのアプリ同意ポリシーは、Microsoft Entra 管理センターまたは Microsoft Graph PowerShell で変更します。</translation>
    </message>
    <message>
        <source>In force: %1. %2</source>
        <translation>有効な設定: %1。%2</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot;, which can let group owners consent too, could not be read: %1</source>
        <translation>グループ所有者にも同意を許可できる以前のディレクトリ設定「Consent Policy Settings」を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>&quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>「グループ所有者の同意を許可しない」を選ぶと、この設定もオフになります。</translation>
    </message>
</context>
<context>
    <name>GroupOwnerConsentSetting</name>
    <message>
        <source>Do not allow group owner consent</source>
        <translation>グループ所有者の同意を許可しない</translation>
    </message>
    <message>
        <source>Allow group owner consent to pre-approved apps only</source>
        <translation>事前承認されたアプリに対してのみグループ所有者の同意を許可する</translation>
    </message>
    <message>
        <source>Allow group owner consent to apps</source>
        <translation>アプリに対するグループ所有者の同意を許可する</translation>
    </message>
    <message>
        <source>Group owner consent under a custom app consent policy</source>
        <translation>カスタムのアプリ同意ポリシーによるグループ所有者の同意</translation>
    </message>
    <message>
        <source>Group owners cannot let apps reach the data of the groups they own.</source>
        <translation>グループ所有者は、所有するグループのデータへのアクセスをアプリに許可できません。</translation>
    </message>
    <message>
        <source>Group owners may consent only for apps an administrator pre-approved for groups.</source>
        <translation>グループ所有者は、管理者がグループ用に事前承認したアプリに対してのみ同意できます。</translation>
    </message>
    <message>
        <source>Every group owner may let any app reach the data of the groups they own, for permissions that need no administrator.</source>
        <translation>すべてのグループ所有者が、管理者を必要としないアクセス許可について、所有するグループのデータへのアクセスを任意のアプリに許可できます。</translation>
    </message>
    <message>
        <source>Group owners consent under the conditions of a custom app consent policy.</source>
        <translation>グループ所有者は、カスタムのアプリ同意ポリシーの条件に従って同意します。</translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n 個のアプリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n 件の委任された付与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n 件のアプリケーションの許可</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant… %1 so far</source>
        <translation>テナントを読み取っています… これまでに %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation>
            <numerusform>管理者の同意による %n 件の付与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation>
            <numerusform>%n 件のユーザーの同意</numerusform>
        </translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 に読み取り</translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so this list may be incomplete (a known Graph paging problem). Refresh to read again. %1</source>
        <translation>Graph が一覧表示した項目数が Graph 自身の集計数と異なるため、この一覧は不完全な可能性があります (Graph のページングの既知の問題)。最新の情報に更新して、もう一度読み取ってください。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</source>
        <translation>
            <numerusform>付与または割り当てが参照している %n 個のサービス プリンシパルがディレクトリに見つかりませんでした。一覧では、これらのアプリは見つからないものとして示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>Graph の一覧になかった %n 個のアプリを個別に読み取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>ジャーナル フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>ジャーナル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>ジャーナル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>ジャーナル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No journal entry %1.</source>
        <translation>ジャーナル エントリ %1 はありません。</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another ConsentDesk (process %2 on %3). Try again when it has finished.</source>
        <translation>ジャーナル %1 は、別の ConsentDesk (%3 上のプロセス %2) によってロックされています。その処理が終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The journal %1 could not be locked (%2).</source>
        <translation>ジャーナル %1 をロックできませんでした (%2)。</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック済み</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上のプロセス %1</translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message>
        <source>Keep only… — %1</source>
        <translation>必要なものだけ保持… — %1</translation>
    </message>
    <message>
        <source>Tick what %1 should keep. Everything else it holds is removed: delegated permissions are taken out of their grants, application permissions are unassigned.</source>
        <translation>%1 に残すものをチェックしてください。それ以外にアプリが保持しているものはすべて削除されます。委任されたアクセス許可は付与から除かれ、アプリケーションの許可は割り当てが解除されます。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>委任済み</translation>
    </message>
    <message>
        <source>Also trim what users consented to themselves</source>
        <translation>ユーザーが自分で同意したものも削減する</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>変更の確認…</translation>
    </message>
    <message>
        <source>Nothing would be removed.</source>
        <translation>削除されるものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation>
            <numerusform>%1 を保持し、付与済みの %n 個のアクセス許可を削除します: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions the app keeps (ticked)</source>
        <translation>アプリが保持するアクセス許可 (チェック済み)</translation>
    </message>
    <message>
        <source>Every permission the app has now; the ticked ones stay, all others are removed.</source>
        <translation>アプリが現在持っているすべてのアクセス許可。チェックしたものは残り、それ以外はすべて削除されます。</translation>
    </message>
</context>
<context>
    <name>KeychainProbe</name>
    <message>
        <source>No desktop session bus (D-Bus) is running, so no keychain service (GNOME Keyring, KWallet, KeePassXC) can be reached. Sign in from a desktop session to keep your sign-in.</source>
        <translation>デスクトップ セッション バス (D-Bus) が実行されていないため、キーチェーン サービス (GNOME Keyring、KWallet、KeePassXC) に接続できません。サインインを保持するには、デスクトップ セッションからサインインしてください。</translation>
    </message>
    <message>
        <source>The login keyring is locked or missing. Unlock it (or create it) in your keyring manager.</source>
        <translation>ログイン キーリングがロックされているか、存在しません。キーリング マネージャーでロックを解除 (または作成) してください。</translation>
    </message>
    <message>
        <source>The Secret Service is not installed or not running (install gnome-keyring or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation>Secret Service がインストールされていないか、実行されていません (gnome-keyring をインストールするか、KeePassXC の Secret Service 統合を有効にしてください)。</translation>
    </message>
    <message>
        <source>The keychain returned different data than was stored.</source>
        <translation>キーチェーンから、保存したものと異なるデータが返されました。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>システム キーチェーン</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>キーチェーンへのアクセスが拒否されました (%1)。</translation>
    </message>
    <message>
        <source>The keychain entry is incomplete (part %1 is missing).</source>
        <translation>キーチェーンのエントリが不完全です (パート %1 がありません)。</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain (%1 bytes).</source>
        <translation>シークレットがキーチェーンに対して大きすぎます (%1 バイト)。</translation>
    </message>
</context>
<context>
    <name>LegacyGroupConsentSetting</name>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; is not set in this tenant, so only the app consent policies decide.</source>
        <translation>以前のディレクトリ設定「Consent Policy Settings」はこのテナントで設定されていないため、アプリの同意ポリシーだけで決まります。</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; does not let group owners consent.</source>
        <translation>以前のディレクトリ設定「Consent Policy Settings」では、グループ所有者は同意できません。</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets every group owner consent to apps for the groups they own, whatever the app consent policies say.</source>
        <translation>以前のディレクトリ設定「Consent Policy Settings」により、アプリの同意ポリシーにかかわらず、すべてのグループ所有者が所有するグループについてアプリに同意できます。</translation>
    </message>
    <message>
        <source>The older directory setting &quot;Consent Policy Settings&quot; lets group owners who are members of the group %1 consent to apps for the groups they own, whatever the app consent policies say.</source>
        <extracomment>%1 is a group&apos;s name (or its object ID when the name could not be read)</extracomment>
        <translation>以前のディレクトリ設定「Consent Policy Settings」により、アプリの同意ポリシーにかかわらず、グループ %1 のメンバーであるグループ所有者が所有するグループについてアプリに同意できます。</translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message>
        <source>%1 holds no application permission that an access policy limits (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app): the policy changes nothing until it gets one. Delegated permissions are never limited by access policies.</source>
        <translation>%1 は、アクセス ポリシーで制限されるアプリケーションの許可 (Mail.*、Calendars.*、Contacts.*、MailboxSettings.*、full_access_as_app) を保持していません。そのような許可を取得するまで、ポリシーによって変わることはありません。委任されたアクセス許可は、アクセス ポリシーで制限されることはありません。</translation>
    </message>
    <message>
        <source>The policy will limit %1&apos;s application permissions %2 to the group&apos;s mailboxes.</source>
        <translation>このポリシーにより、%1 のアプリケーションの許可 %2 はグループのメールボックスに制限されます。</translation>
    </message>
    <message>
        <source>Microsoft is replacing application access policies with RBAC for Applications in Exchange Online and advises against creating new policies. Existing policies keep working; ConsentDesk shows the RBAC equivalent of each one (a management scope and a role assignment).</source>
        <translation>Microsoft は Exchange Online のアプリケーション アクセス ポリシーを RBAC for Applications に置き換えつつあり、新しいポリシーを作成しないよう推奨しています。既存のポリシーは引き続き機能します。ConsentDesk は、各ポリシーに相当する RBAC の構成 (管理スコープとロールの割り当て) を表示します。</translation>
    </message>
    <message>
        <source>It does not limit %1: those still reach the whole tenant (files, sites, directory). Revoke them in Apps and permissions if the app does not need them.</source>
        <translation>%1 は制限されません。これらは引き続きテナント全体 (ファイル、サイト、ディレクトリ) にアクセスできます。アプリに不要な場合は、[アプリとアクセス許可] で取り消してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</source>
        <translation>
            <numerusform>%1 は Entra ID でテナント全体のアプリケーションの許可を %n 個 (%2) 保持しており、現在はアクセス ポリシーによって制限されています。RBAC for Applications は加算的なため、スコープ付きのロールに切り替えてポリシーを削除すると、これらの許可で再びすべてのメールボックスにアクセスできるようになります。ポリシーを削除する前に、[アプリとアクセス許可] で %2 を取り消してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</source>
        <translation>
            <numerusform>%1 は Entra ID でテナント全体のアプリケーションの許可を %n 個 (%2) 保持しています。RBAC for Applications は加算的なため、スコープ付きのロールの割り当てではこれらの許可は絞り込まれず、アプリは引き続きすべてのメールボックスにアクセスできます。ロールの割り当てが機能することを確認したら、[アプリとアクセス許可] で %2 を取り消してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxAccessCheck</name>
    <message>
        <source>Not asked</source>
        <translation>未問い合わせ</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>In scope group</source>
        <translation>スコープ グループ内</translation>
    </message>
    <message>
        <source>Exchange (Test)</source>
        <translation>Exchange (テスト)</translation>
    </message>
    <message>
        <source>Directory (local)</source>
        <translation>ディレクトリ (ローカル)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致状況</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Exchange grants the app access to this mailbox, but the directory&apos;s policies deny it.</source>
        <translation>Exchange はこのメールボックスへのアプリのアクセスを許可していますが、ディレクトリのポリシーでは拒否されます。</translation>
    </message>
    <message>
        <source>Exchange denies the app access to this mailbox, but the directory&apos;s policies grant it.</source>
        <translation>Exchange はこのメールボックスへのアプリのアクセスを拒否していますが、ディレクトリのポリシーでは許可されます。</translation>
    </message>
    <message>
        <source>Exchange Online and Entra ID each keep their own copy of group membership and synchronize it: a change made in the last minutes (a group or member added in Exchange, a member changed in Entra ID, a new or removed policy) may not have reached the other side yet. Run the test again in a few minutes; if the difference stays, compare the group&apos;s members in the Exchange admin center with Entra ID.</source>
        <translation>Exchange Online と Entra ID は、それぞれグループ メンバーシップの独自のコピーを保持して同期しています。直近の数分間に行われた変更 (Exchange でのグループやメンバーの追加、Entra ID でのメンバーの変更、ポリシーの追加や削除) は、まだもう一方に反映されていない可能性があります。数分後にもう一度テストを実行してください。差異が解消されない場合は、Exchange 管理センターと Entra ID でグループのメンバーを比較してください。</translation>
    </message>
</context>
<context>
    <name>MailboxAccessTester</name>
    <message>
        <source>No mailbox &quot;%1&quot;.</source>
        <translation>メールボックス「%1」はありません。</translation>
    </message>
    <message>
        <source>Test-ApplicationAccessPolicy returned no result.</source>
        <translation>Test-ApplicationAccessPolicy から結果が返されませんでした。</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>セッションが終了しました。</translation>
    </message>
</context>
<context>
    <name>MailboxAppFinder</name>
    <message>
        <source>No Graph client.</source>
        <translation>Graph クライアントがありません。</translation>
    </message>
</context>
<context>
    <name>MailboxScoping</name>
    <message>
        <source>Unknown: Exchange could not be read</source>
        <translation>不明: Exchange を読み取れませんでした</translation>
    </message>
    <message>
        <source>Every mailbox (no access policy)</source>
        <translation>すべてのメールボックス (アクセス ポリシーなし)</translation>
    </message>
    <message>
        <source>all but &quot;%1&quot;</source>
        <translation>「%1」以外のすべて</translation>
    </message>
    <message>
        <source>only &quot;%1&quot;</source>
        <translation>「%1」のみ</translation>
    </message>
    <message>
        <source>RBAC %1: %2</source>
        <translation>RBAC %1: %2</translation>
    </message>
    <message>
        <source>every mailbox</source>
        <translation>すべてのメールボックス</translation>
    </message>
    <message>
        <source>RBAC roles unknown (Exchange could not be read)</source>
        <translation>RBAC ロールは不明 (Exchange を読み取れませんでした)</translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation>メールボックスなし</translation>
    </message>
    <message>
        <source>Every app (*)</source>
        <translation>すべてのアプリ (*)</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox in the tenant again with %2.</source>
        <translation>これは %1 の唯一の RestrictAccess ポリシーです。削除すると、%1 は %2 により、再びテナント内のすべてのメールボックスにアクセスできるようになります。</translation>
    </message>
    <message>
        <source>This is %1&apos;s only RestrictAccess policy: after removing it, %1 reaches every mailbox with %2 except those its DenyAccess policies hold.</source>
        <translation>これは %1 の唯一の RestrictAccess ポリシーです。削除すると、%1 は %2 により、DenyAccess ポリシーに含まれるものを除くすべてのメールボックスにアクセスできるようになります。</translation>
    </message>
</context>
<context>
    <name>MailboxTestPanel</name>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>メールボックスのアドレス (例: priya.raman@contoso.com)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>&amp;Mailbox to test:</source>
        <translation>テストするメールボックス(&amp;M):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choose an app above and type a mailbox address.</source>
        <translation>上でアプリを選択し、メールボックスのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange に問い合わせています…</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>テストできませんでした: %1</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>結果がありません。</translation>
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
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>基本設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation>ConsentDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation>ConsentDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Review, grant and revoke Microsoft 365 / Entra ID application consent, with least privilege and undo.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConsentDesk %1&lt;/h3&gt;&lt;p&gt;Microsoft 365 / Entra ID のアプリケーションの同意を確認、付与、取り消しできます。最小限の特権で付与し、変更を元に戻すこともできます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>サインインしているアカウント</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>ディレクトリ ロール</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <source>Role: none (read own data only)</source>
        <translation>ロール: なし (自分のデータの読み取りのみ)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation>ConsentDesk — %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Explain a sign-in error…</source>
        <translation>サインイン エラーの説明(&amp;E)…</translation>
    </message>
    <message>
        <source>Account: none (a snapshot file)</source>
        <translation>アカウント: なし (スナップショット ファイル)</translation>
    </message>
    <message>
        <source>Snapshot taken by %1</source>
        <translation>スナップショットの作成者: %1</translation>
    </message>
    <message>
        <source>No one is signed in: the views show the snapshot %1, as it was exported.</source>
        <translation>だれもサインインしていません。ビューには、エクスポートされたときのままのスナップショット %1 が表示されています。</translation>
    </message>
    <message>
        <source>Role: none (read-only snapshot)</source>
        <translation>ロール: なし (読み取り専用のスナップショット)</translation>
    </message>
    <message>
        <source>Nothing can be changed: a snapshot is read offline, and no tenant is reached.</source>
        <translation>何も変更できません。スナップショットはオフラインで読み取られ、どのテナントにも接続しません。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message>
        <source>Only the apps whose riskiest permission is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>最もリスクの高いアクセス許可が %1 のアプリのみ。</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest tenant-wide permission (admin consent or application permission) is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>テナント全体で最もリスクの高いアクセス許可 (管理者の同意またはアプリケーションの許可) が %1 のアプリのみ。</translation>
    </message>
    <message>
        <source>Only the apps whose riskiest permission consented by users themselves is %1.</source>
        <extracomment>%1 is a risk level (Critical, High, Medium, Low, Unranked)</extracomment>
        <translation>ユーザー自身が同意した最もリスクの高いアクセス許可が %1 のアプリのみ。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n app(s). Show them.</source>
        <extracomment>%1 is a risk level (Critical, High, …); the button opens the list of those apps</extracomment>
        <translation>
            <numerusform>%1: %n 個のアプリ。表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified</source>
        <extracomment>after a publisher&apos;s name: Microsoft has not verified it (a sign of consent phishing)</extracomment>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (未確認)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending request(s). Show them.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;); the button opens the list of those requests</extracomment>
        <translation>
            <numerusform>%1: %n 件の保留中の要求。表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the pending requests that have waited this long: %1.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;, &quot;Less than a day&quot;)</extracomment>
        <translation>この期間待機している保留中の要求のみ: %1。</translation>
    </message>
</context>
<context>
    <name>OverviewHistoryChart</name>
    <message>
        <source>Users&apos; own consents by when ConsentDesk first saw them</source>
        <translation>ConsentDesk が最初に確認した日別の、ユーザー自身の同意</translation>
    </message>
    <message>
        <source>Sign in to see when users consented to apps themselves.</source>
        <translation>ユーザーがいつ自分でアプリに同意したかを表示するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Reading the history of users&apos; consents…</source>
        <translation>ユーザーの同意の履歴を読み取っています…</translation>
    </message>
    <message>
        <source>The history of users&apos; consents on this computer could not be read: %1</source>
        <extracomment>%1 says why the file could not be read</extracomment>
        <translation>このコンピューター上のユーザーの同意の履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Graph gives a consent no date: these are the days ConsentDesk first saw each one on this computer, since %1. The first bar is what was already there then.</source>
        <extracomment>%1 is a date. Graph gives a consent no date: the history starts when ConsentDesk first looked.</extracomment>
        <translation>Graph は同意に日付を付けません。これは、%1 以降に ConsentDesk がこのコンピューターでそれぞれを最初に確認した日です。最初のバーは、その時点ですでにあったものです。</translation>
    </message>
    <message>
        <source>No user has consented to an app on their own since.</source>
        <translation>それ以降、自分でアプリに同意したユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) given by users on their own since.</source>
        <translation>
            <numerusform>それ以降、ユーザー自身による同意が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1</source>
        <extracomment>a bar of a chart: the consents ConsentDesk first saw before the other bars&apos; months; %1 is a date</extracomment>
        <translation>%1 より前</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of the chart in words, for screen readers: %1 is its label, %2 a number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First look</source>
        <extracomment>a bar of a chart: the consents already there when ConsentDesk first looked at the tenant (the note under the chart gives its date)</extracomment>
        <translation>初回の確認</translation>
    </message>
    <message>
        <source>Already there when ConsentDesk first looked, %1: %2</source>
        <translation>ConsentDesk が最初に確認したときにすでにあったもの (%1): %2</translation>
    </message>
    <message>
        <source>No history yet. Graph gives a consent no date, so ConsentDesk keeps the day it first sees each one on this computer. It starts with the first permissions ConsentDesk reads from this tenant (or a snapshot of it that you open) and grows as you keep using ConsentDesk with this tenant.</source>
        <translation>まだ履歴がありません。Graph は同意に日付を持たないため、ConsentDesk はこのコンピューター上で各同意を最初に確認した日を記録します。履歴は ConsentDesk がこのテナント (または開いたそのスナップショット) から最初にアクセス許可を読み取ったときに始まり、このテナントで ConsentDesk を使い続けるにつれて増えていきます。</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Enter shows the apps that hold its consents in Apps and permissions.</source>
        <translation>左右キーでバーを選び、Enter キーでその同意を持つアプリを [アプリとアクセス許可] に表示します。</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent that was already there when ConsentDesk first looked at the tenant, on %1.</source>
        <extracomment>the line above the apps list after a click on the history chart&apos;s first bar; %1 is a date</extracomment>
        <translation>ConsentDesk が %1 にテナントを最初に確認したときにすでにあった、ユーザー自身の同意を持つアプリのみ。</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw before %1.</source>
        <extracomment>%1 is the first day of the history chart&apos;s oldest month shown</extracomment>
        <translation>ConsentDesk が %1 より前に最初に確認した、ユーザー自身の同意を持つアプリのみ。</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in the week of %1.</source>
        <extracomment>%1 is the Monday of a week</extracomment>
        <translation>ConsentDesk が %1 の週に最初に確認した、ユーザー自身の同意を持つアプリのみ。</translation>
    </message>
    <message>
        <source>Only the apps that hold a user&apos;s own consent ConsentDesk first saw in %1.</source>
        <extracomment>%1 is a month and its year, as &quot;November 2026&quot;</extracomment>
        <translation>ConsentDesk が %1 に最初に確認した、ユーザー自身の同意を持つアプリのみ。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n consent(s): show their apps</source>
        <extracomment>a context menu item of the history chart: %1 is a bar&apos;s label (a date, &quot;First look&quot;), then its count</extracomment>
        <translation>
            <numerusform>%1 — %n 件の同意: そのアプリを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to list the apps that hold its consents now.</source>
        <translation>バーをクリックすると、その同意を現在持っているアプリが一覧表示されます。</translation>
    </message>
</context>
<context>
    <name>OverviewSnapshotPanel</name>
    <message>
        <source>New</source>
        <extracomment>a change since the last snapshot: the app is new in the tenant</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Gone</source>
        <extracomment>a change since the last snapshot: the app no longer holds anything in the tenant</extracomment>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Holds more or less</source>
        <extracomment>a change since the last snapshot: the app holds more or less than it did</extracomment>
        <translation>保有内容が増減</translation>
    </message>
    <message>
        <source>Export a snapshot…</source>
        <translation>スナップショットをエクスポート…</translation>
    </message>
    <message>
        <source>Export a snapshot of the tenant (File menu, Export snapshot)</source>
        <translation>テナントのスナップショットをエクスポートします ([ファイル] メニューの [スナップショットのエクスポート])</translation>
    </message>
    <message>
        <source>Compare in full…</source>
        <translation>詳しく比較…</translation>
    </message>
    <message>
        <source>Compare the last snapshot with the tenant, every permission and user</source>
        <translation>最新のスナップショットをテナントと比較します (すべてのアクセス許可とユーザー)</translation>
    </message>
    <message>
        <source>Apps changed since the last snapshot</source>
        <translation>前回のスナップショット以降に変更されたアプリ</translation>
    </message>
    <message>
        <source>One app a row, riskiest first. Selecting a new app or one that holds more or less opens it in Apps and permissions.</source>
        <translation>1 行に 1 アプリ。リスクの高い順です。新しいアプリ、または保有内容が増減したアプリを選択すると、[アプリとアクセス許可] で開きます。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Since the snapshot</source>
        <translation>スナップショット以降</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Sign in to see what changed in the tenant since its last snapshot.</source>
        <translation>前回のスナップショット以降にテナントで何が変わったかを表示するには、サインインしてください。</translation>
    </message>
    <message>
        <source>This computer has no snapshot of this tenant yet. Export one (File → Export snapshot…, or consentdesk-cli snapshot export on a schedule) and this card shows what changed after it.</source>
        <translation>このコンピューターには、このテナントのスナップショットがまだありません。スナップショットをエクスポートすると ([ファイル] → [スナップショットのエクスポート…]、または consentdesk-cli snapshot export を定期実行)、このカードにその後の変更が表示されます。</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1 once the tenant&apos;s apps are read…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>テナントのアプリを読み取り次第、%1 のスナップショットと比較します…</translation>
    </message>
    <message>
        <source>Not all of the tenant&apos;s apps could be read, so they are not compared with the snapshot of %1. Refresh to read them again.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>テナントのアプリをすべては読み取れなかったため、%1 のスナップショットとは比較していません。最新の情報に更新して読み取り直してください。</translation>
    </message>
    <message>
        <source>Comparing with the snapshot of %1…</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>%1 のスナップショットと比較しています…</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be read, so nothing was compared: %2</source>
        <extracomment>%1 is the date and time the snapshot was taken, %2 says why its file was refused</extracomment>
        <translation>%1 のスナップショットを読み取れなかったため、何も比較していません: %2</translation>
    </message>
    <message>
        <source>No app came, went or holds more or less since the snapshot of %1.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>%1 のスナップショット以降、追加または削除されたアプリも、保有内容が増減したアプリもありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) changed since the snapshot of %1, riskiest first.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>
            <numerusform>%1 のスナップショット以降に %n 個のアプリが変更されました (リスクの高い順)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <extracomment>a button under a short list: shows the other rows</extracomment>
        <translation>
            <numerusform>ほか %n 件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other changed app(s)</source>
        <translation>
            <numerusform>変更されたほかの %n 個のアプリを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Scopes for all users: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>すべてのユーザーに対する委任されたアクセス許可: %1 → %2</translation>
    </message>
    <message>
        <source>Users with their own consent: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>自分で同意したユーザー: %1 → %2</translation>
    </message>
    <message>
        <source>Application permissions: %1 → %2</source>
        <extracomment>an app&apos;s change since the last snapshot: %1 before, %2 now</extracomment>
        <translation>アプリケーションの許可: %1 → %2</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Apps by their riskiest permission</source>
        <translation>最もリスクの高いアクセス許可別のアプリ</translation>
    </message>
    <message>
        <source>Every app that holds a permission, counted once at the level of its riskiest one.</source>
        <translation>アクセス許可を持つ各アプリを、最もリスクの高いアクセス許可のレベルで 1 回ずつ数えています。</translation>
    </message>
    <message>
        <source>Pending consent requests</source>
        <translation>保留中の同意要求</translation>
    </message>
    <message>
        <source>Requests users filed that no reviewer has answered, by how long they have waited (since the oldest open request).</source>
        <translation>ユーザーが出した要求のうち、まだどのレビュー担当者も回答していないもの (待機期間別、最も古い未処理の要求から)。</translation>
    </message>
    <message>
        <source>Pending requests by age</source>
        <translation>経過期間別の保留中の要求</translation>
    </message>
    <message>
        <source>High and critical permissions for the whole tenant</source>
        <translation>テナント全体に対する高および重大なアクセス許可</translation>
    </message>
    <message>
        <source>Admin consent and application permissions act for every user and every mailbox or file the API reaches, not for one person.</source>
        <translation>管理者の同意とアプリケーションの許可は、1 人のユーザーではなく、API が届くすべてのユーザー、メールボックス、ファイルに対して作用します。</translation>
    </message>
    <message>
        <source>Apps with high or critical tenant-wide permissions</source>
        <translation>テナント全体で高または重大なアクセス許可を持つアプリ</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Apps and permissions.</source>
        <translation>1 行に 1 アプリ。行を選択すると [アプリとアクセス許可] で開きます。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Riskiest permission</source>
        <translation>最もリスクの高いアクセス許可</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Apps that reach every mailbox</source>
        <translation>すべてのメールボックスにアクセスできるアプリ</translation>
    </message>
    <message>
        <source>Mailbox application permissions (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app) that no Exchange access policy scopes.</source>
        <translation>どの Exchange アクセス ポリシーでも制限されていない、メールボックスのアプリケーションの許可 (Mail.*、Calendars.*、Contacts.*、MailboxSettings.*、full_access_as_app)。</translation>
    </message>
    <message>
        <source>One app a row. Selecting a row opens it in Mailbox access.</source>
        <translation>1 行に 1 アプリ。行を選択すると [メールボックスへのアクセス] で開きます。</translation>
    </message>
    <message>
        <source>Mailbox permissions</source>
        <translation>メールボックスのアクセス許可</translation>
    </message>
    <message>
        <source>What users consented to themselves</source>
        <translation>ユーザー自身が同意したもの</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users granted on their own, and the high and critical ones first: a consent phishing campaign shows here.</source>
        <translation>ユーザーが自分で付与した最もリスクの高いアクセス許可別のアプリ (高と重大が先頭): 同意フィッシング キャンペーンはここに表れます。</translation>
    </message>
    <message>
        <source>Apps by the riskiest permission users consented to</source>
        <translation>ユーザーが同意した最もリスクの高いアクセス許可別のアプリ</translation>
    </message>
    <message>
        <source>Apps with high or critical permissions users consented to</source>
        <translation>ユーザーが同意した高または重大なアクセス許可を持つアプリ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The tenant&apos;s consent at a glance: risky apps, pending requests, mailbox access, users&apos; own consents</source>
        <translation>テナントの同意の概要: リスクのあるアプリ、保留中の要求、メールボックスへのアクセス、ユーザー自身の同意</translation>
    </message>
    <message>
        <source>Sign in to see your tenant&apos;s consent at a glance.</source>
        <translation>テナントの同意の概要を表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取っています…</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>あなたのロールでは同意要求を読み取れません。%1</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s apps…</source>
        <translation>テナントのアプリを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>同意要求を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No request is waiting for a reviewer.</source>
        <translation>レビュー担当者を待っている要求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a reviewer.</source>
        <translation>
            <numerusform>%n 件の要求がレビュー担当者を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the apps and Exchange&apos;s access policies…</source>
        <translation>アプリと Exchange のアクセス ポリシーを読み取っています…</translation>
    </message>
    <message>
        <source>Exchange Online&apos;s access policies could not be read, so which apps reach every mailbox is unknown: %1</source>
        <translation>Exchange Online のアクセス ポリシーを読み取れなかったため、どのアプリがすべてのメールボックスにアクセスできるかは不明です: %1</translation>
    </message>
    <message>
        <source>No app reaches every mailbox.</source>
        <translation>すべてのメールボックスにアクセスできるアプリはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox.</source>
        <translation>
            <numerusform>%n 個のアプリがすべてのメールボックスにアクセスできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>テナントを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read every app, so the numbers may be low: %1</source>
        <translation>すべてのアプリを読み取れなかったため、数値が少なく表示されている可能性があります: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold permissions in this tenant. Read at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>
            <numerusform>%n 個のアプリがこのテナントでアクセス許可を持っています。%1 に読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users&apos; own consents over time</source>
        <translation>ユーザー自身の同意の推移</translation>
    </message>
    <message>
        <source>How many consents users gave apps on their own, by the week or month ConsentDesk first saw them.</source>
        <translation>ユーザーが自分でアプリに与えた同意の数 (ConsentDesk が最初に確認した週または月別)。</translation>
    </message>
    <message>
        <source>What changed since the last snapshot</source>
        <translation>前回のスナップショット以降の変更</translation>
    </message>
    <message>
        <source>Apps that came or went, and apps that hold more or less, since the newest snapshot of the tenant this computer exported or opened.</source>
        <translation>このコンピューターでエクスポートまたは開いたテナントの最新のスナップショット以降に、追加または削除されたアプリと、保有内容が増減したアプリ。</translation>
    </message>
</context>
<context>
    <name>PermissionGrantPolicy</name>
    <message>
        <source>any type</source>
        <extracomment>A permission grant condition set that matches every permission type (delegated and application)</extracomment>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>classified %1</source>
        <extracomment>%1 is Graph&apos;s classification value: low, medium or high</extracomment>
        <translation>分類 %1</translation>
    </message>
    <message>
        <source>any API</source>
        <extracomment>the condition set matches permissions of any resource API</extracomment>
        <translation>すべての API</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <extracomment>%1 is a list of permission ids</extracomment>
        <translation>アクセス許可 %1</translation>
    </message>
    <message>
        <source>clients %1</source>
        <extracomment>%1 is a list of client application ids</extracomment>
        <translation>クライアント %1</translation>
    </message>
    <message>
        <source>client tenants %1</source>
        <extracomment>%1 is a list of tenant ids the client apps come from</extracomment>
        <translation>クライアント テナント %1</translation>
    </message>
    <message>
        <source>publishers %1</source>
        <extracomment>%1 is a list of publisher ids (Microsoft Partner Network ids)</extracomment>
        <translation>発行元 %1</translation>
    </message>
    <message>
        <source>verified publishers only</source>
        <extracomment>the condition set matches only apps from verified publishers</extracomment>
        <translation>確認済みの発行元のみ</translation>
    </message>
</context>
<context>
    <name>PermissionReport</name>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Client object id</source>
        <translation>クライアント オブジェクト ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Consent type</source>
        <translation>同意の種類</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Microsoft app</source>
        <translation>Microsoft アプリ</translation>
    </message>
    <message>
        <source>Owner tenant</source>
        <translation>所有者テナント</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw a grant (Graph keeps no grant dates).</extracomment>
        <translation>ConsentDesk が最初に確認した日</translation>
    </message>
</context>
<context>
    <name>PermissionReportEngine</name>
    <message>
        <source>The report was canceled.</source>
        <translation>レポートはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>PermissionRowModel</name>
    <message>
        <source>Admin consent (all users)</source>
        <translation>管理者の同意 (すべてのユーザー)</translation>
    </message>
    <message>
        <source>Admin consent (application)</source>
        <translation>管理者の同意 (アプリケーション)</translation>
    </message>
    <message>
        <source>Assigned directly</source>
        <translation>直接割り当て</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>グループ: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>委任済み</translation>
    </message>
    <message>
        <source>Graph does not record who granted a permission; ConsentDesk knows it only for grants it made (see Activity).</source>
        <translation>Graph にはアクセス許可を付与したユーザーが記録されません。ConsentDesk がこれを把握しているのは、ConsentDesk 自身が行った付与についてのみです ([アクティビティ] を参照)。</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API 名</translation>
    </message>
    <message>
        <source>Claim value</source>
        <translation>要求の値</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Granted through</source>
        <translation>付与方法</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>付与者</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>First seen by ConsentDesk</source>
        <extracomment>Column title: the date this computer&apos;s ConsentDesk first saw the grant (Graph keeps no grant dates).</extracomment>
        <translation>ConsentDesk が最初に確認した日</translation>
    </message>
</context>
<context>
    <name>PickReviewerDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>レビュー担当者の追加</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Directory role</source>
        <translation>ディレクトリ ロール</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Start of a name or user principal name</source>
        <translation>名前またはユーザー プリンシパル名の先頭部分</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Block the app</source>
        <translation>アプリをブロック</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更をロールバック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation>
            <numerusform>削除 (%n 件の変更)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation>
            <numerusform>復元 (%n 件の変更)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>%n 件の変更を適用</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 をブロック</translation>
    </message>
    <message>
        <source>Roll back changes to %1</source>
        <translation>%1 への変更をロールバック</translation>
    </message>
    <message>
        <source>Remove permissions from %1</source>
        <translation>%1 からアクセス許可を削除</translation>
    </message>
    <message>
        <source>Restore permissions of %1</source>
        <translation>%1 のアクセス許可を復元</translation>
    </message>
    <message>
        <source>Grant permissions to %1</source>
        <translation>%1 にアクセス許可を付与</translation>
    </message>
    <message>
        <source>Nothing to change: everything selected is already in place.</source>
        <translation>変更するものはありません。選択したものはすべて既に適用されています。</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation>
            <numerusform>次の %n 件の変更が、この順序でテナントに対して行われます。各変更は送信前にアクティビティ ジャーナルに記録されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing permissions of the app are kept.</source>
        <translation>アプリの既存のアクセス許可は保持されます。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Microsoft Graph application permission: needs Privileged Role Administrator or Global Administrator.</source>
        <translation>Microsoft Graph のアプリケーションの許可: 特権ロール管理者またはグローバル管理者が必要です。</translation>
    </message>
    <message>
        <source>No change: %1 (%2) is already granted</source>
        <translation>変更なし: %1 (%2) は既に付与されています</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>復元されません: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2) cannot be granted here</source>
        <translation>スキップ: %1 (%2) はここでは付与できません</translation>
    </message>
    <message>
        <source>Microsoft Graph PowerShell</source>
        <translation>Microsoft Graph PowerShell</translation>
    </message>
    <message>
        <source>PowerShell for %1</source>
        <translation>%1 の PowerShell</translation>
    </message>
    <message>
        <source>Exchange Online changes</source>
        <translation>Exchange Online の変更</translation>
    </message>
    <message>
        <source>Nothing to change in Exchange Online.</source>
        <translation>Exchange Online で変更するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation>
            <numerusform>次の %n 件の変更が、この順序で Exchange Online に対して行われます。各変更は送信前にアクティビティ ジャーナルに記録されます。失敗した時点で残りの変更は停止されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>実行される変更</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Cmdlet</source>
        <translation>コマンドレット</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>PowerShell script</source>
        <translation>PowerShell スクリプト</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>元に戻されません: %1</translation>
    </message>
    <message>
        <source>Copy PowerShell</source>
        <translation>PowerShell をコピー</translation>
    </message>
    <message>
        <source>One row per change, in the order it will be made, with the request that makes it.</source>
        <translation>変更ごとに 1 行 (実行される順)、その変更を行う要求付き。</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <source>Change %1 of %2: %3…</source>
        <translation>変更 %1/%2: %3…</translation>
    </message>
    <message>
        <source>Waiting for you to allow ConsentDesk to make changes…</source>
        <translation>ConsentDesk に変更を許可するのを待っています…</translation>
    </message>
    <message>
        <source>Cannot make changes</source>
        <translation>変更できません</translation>
    </message>
    <message>
        <source>The activity journal could not be opened, and ConsentDesk never changes a tenant without recording the change first. See Diagnostics for the log.</source>
        <translation>アクティビティ ジャーナルを開けませんでした。ConsentDesk は、変更を先に記録せずにテナントを変更することはありません。ログについては [診断] を参照してください。</translation>
    </message>
    <message>
        <source>Applying changes…</source>
        <translation>変更を適用しています…</translation>
    </message>
    <message>
        <source>Applying changes in Exchange Online…</source>
        <translation>Exchange Online で変更を適用しています…</translation>
    </message>
</context>
<context>
    <name>PlannedOperation</name>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Microsoft Graph への接続がありません。</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>未送信: Microsoft Graph への接続がありません。</translation>
    </message>
    <message>
        <source>Permission denied: granting Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>アクセス拒否: Microsoft Graph のアプリケーションの許可を付与するには、特権ロール管理者またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>Permission denied: your role does not allow this change (%1).</source>
        <translation>アクセス拒否: あなたのロールではこの変更は許可されていません (%1)。</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>サインインが必要です: %1</translation>
    </message>
    <message>
        <source>Delete the service principal created for %1</source>
        <translation>%1 用に作成されたサービス プリンシパルを削除</translation>
    </message>
    <message>
        <source>Delete the tenant-wide grant of %1 on %2 created just now</source>
        <translation>先ほど作成された、%2 に対する %1 のテナント全体の付与を削除</translation>
    </message>
    <message>
        <source>Put the tenant-wide grant of %1 on %2 back to: %3</source>
        <translation>%2 に対する %1 のテナント全体の付与を元に戻す: %3</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>%3 から %2 のアプリケーションの許可 %1 を削除</translation>
    </message>
    <message>
        <source>Restore %1 of %2</source>
        <translation>%2 の %1 を復元</translation>
    </message>
    <message>
        <source>Not rolled back here: %1</source>
        <translation>ここではロールバックされません: %1</translation>
    </message>
</context>
<context>
    <name>PostureCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A posture check&apos;s result: the tenant meets it</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A posture check&apos;s result: worth a look, or could not be read</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A posture check&apos;s result: the tenant does not meet it</extracomment>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message>
        <source>Consent posture</source>
        <translation>同意のポスチャ</translation>
    </message>
    <message>
        <source>The consent checks of CISA&apos;s Secure Cloud Business Applications (SCuBA) baseline for Microsoft Entra ID (MS.AAD.5.x), and ConsentDesk&apos;s own (CD.x).</source>
        <translation>Microsoft Entra ID 向け CISA Secure Cloud Business Applications (SCuBA) ベースラインの同意チェック (MS.AAD.5.x) と、ConsentDesk 独自のチェック (CD.x)。</translation>
    </message>
    <message>
        <source>Consent posture checks</source>
        <translation>同意のポスチャ チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度チェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go to the fix</source>
        <translation>修正に移動(&amp;G)</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s consent settings, requests, users&apos; consents and mailbox access…</source>
        <translation>テナントの同意設定、要求、ユーザーの同意、メールボックスへのアクセスを読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail.</source>
        <translation>
            <numerusform>%n 件のチェックが不合格です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need a look.</source>
        <translation>
            <numerusform>%n 件のチェックは確認が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>すべてのチェックに合格しています。</translation>
    </message>
    <message>
        <source>Select a check that ConsentDesk can fix; the others say where to change them.</source>
        <translation>ConsentDesk で修正できるチェックを選択してください。その他のチェックには変更場所が示されています。</translation>
    </message>
    <message>
        <source>One row per consent check: whether the tenant passes it, the evidence, and the fix.</source>
        <translation>同意チェックごとに 1 行: テナントが合格しているかどうか、根拠、および修正方法。</translation>
    </message>
</context>
<context>
    <name>PostureEvaluator</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1、ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may register applications</source>
        <translation>アプリケーションを登録できるのは管理者のみ</translation>
    </message>
    <message>
        <source>The authorization policy could not be read: %1</source>
        <translation>承認ポリシーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The authorization policy does not say whether users may register applications.</source>
        <translation>承認ポリシーには、ユーザーがアプリケーションを登録できるかどうかが示されていません。</translation>
    </message>
    <message>
        <source>Users can register applications: No.</source>
        <translation>ユーザーはアプリケーションを登録できる: いいえ。</translation>
    </message>
    <message>
        <source>Users can register applications: Yes. Any user can create an app registration and give it credentials.</source>
        <translation>ユーザーはアプリケーションを登録できる: はい。どのユーザーもアプリの登録を作成し、資格情報を付けることができます。</translation>
    </message>
    <message>
        <source>In the Entra admin center, go to Users → User settings and set &quot;Users can register applications&quot; to No.</source>
        <translation>Entra 管理センターで [ユーザー] → [ユーザー設定] に移動し、「ユーザーはアプリケーションを登録できる」を [いいえ] に設定してください。</translation>
    </message>
    <message>
        <source>Only administrators may consent to applications</source>
        <translation>アプリケーションに同意できるのは管理者のみ</translation>
    </message>
    <message>
        <source>The user consent setting could not be read: %1</source>
        <translation>ユーザーの同意設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>User consent for applications: %1.</source>
        <translation>アプリケーションに対するユーザーの同意: %1。</translation>
    </message>
    <message>
        <source>User consent for applications: %1 (%2). Users can consent to what that policy allows.</source>
        <translation>アプリケーションに対するユーザーの同意: %1 (%2)。ユーザーは、そのポリシーが許可するものに同意できます。</translation>
    </message>
    <message>
        <source>User consent for applications: %1. Users can consent to apps themselves.</source>
        <translation>アプリケーションに対するユーザーの同意: %1。ユーザーはアプリに自分で同意できます。</translation>
    </message>
    <message>
        <source>Set user consent to &quot;Do not allow user consent&quot; in Consent settings, and turn on the admin consent workflow so users can still ask. Existing consents stay; review them in Apps and permissions.</source>
        <translation>同意設定でユーザーの同意を「ユーザーの同意を許可しない」に設定し、ユーザーが引き続き要求できるように管理者の同意ワークフローをオンにしてください。既存の同意は残ります。[アプリとアクセス許可] で確認してください。</translation>
    </message>
    <message>
        <source>An admin consent workflow is configured for applications</source>
        <translation>アプリケーションの管理者の同意ワークフローが構成されている</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>管理者の同意ワークフローを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users who may not consent cannot ask for approval.</source>
        <translation>管理者の同意ワークフローがオフです: 同意できないユーザーは承認を要求できません。</translation>
    </message>
    <message>
        <source>Turn on the admin consent workflow in Consent settings with reviewers who may grant admin consent.</source>
        <translation>管理者の同意を付与できるレビュー担当者を指定して、同意設定で管理者の同意ワークフローをオンにしてください。</translation>
    </message>
    <message>
        <source>The admin consent workflow is on but has no reviewers.</source>
        <translation>管理者の同意ワークフローはオンですが、レビュー担当者がいません。</translation>
    </message>
    <message>
        <source>Add a reviewer who holds Cloud Application Administrator, Application Administrator or Global Administrator in Consent settings.</source>
        <translation>同意設定で、クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールを持つレビュー担当者を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>The admin consent workflow is on with %n reviewer(s); %1 of them can approve.</source>
        <translation>
            <numerusform>管理者の同意ワークフローはオンで、レビュー担当者は %n 人です。そのうち %1 人が承認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewers get no email about new requests.</source>
        <translation>レビュー担当者には新しい要求のメールが届きません。</translation>
    </message>
    <message>
        <source>Group owners may not consent to applications</source>
        <translation>グループ所有者はアプリケーションに同意できない</translation>
    </message>
    <message>
        <source>No policy lets group owners consent, but team or chat owners may consent to apps for their teams or chats under Microsoft&apos;s policies: %1.</source>
        <translation>グループ所有者が同意できるポリシーはありませんが、チームまたはチャットの所有者は、Microsoft のポリシーにより自分のチームやチャットのアプリに同意できます: %1。</translation>
    </message>
    <message>
        <source>If team owners should not consent either, turn off resource-specific consent in the Teams admin center.</source>
        <translation>チーム所有者にも同意させない場合は、Teams 管理センターでリソース固有の同意をオフにしてください。</translation>
    </message>
    <message>
        <source>Group owners may consent to apps for the groups they own under these app consent policies: %1.</source>
        <translation>グループ所有者は、次のアプリの同意ポリシーにより、所有するグループのアプリに同意できます: %1。</translation>
    </message>
    <message>
        <source>Apps with access to every mailbox are scoped by Exchange</source>
        <translation>すべてのメールボックスにアクセスできるアプリは Exchange で制限されている</translation>
    </message>
    <message>
        <source>The apps holding mailbox permissions could not be read: %1</source>
        <translation>メールボックスのアクセス許可を持つアプリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No app holds a mailbox application permission (Mail.*, Calendars.*, Contacts.*, MailboxSettings.*, full_access_as_app).</source>
        <translation>メールボックスのアプリケーションの許可 (Mail.*、Calendars.*、Contacts.*、MailboxSettings.*、full_access_as_app) を持つアプリはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</source>
        <translation>
            <numerusform>%n 個のアプリがテナント全体のメールボックスのアクセス許可を持っています: %1。Exchange のアプリケーション アクセス ポリシーを読み取れなかったため (%2)、制限されているかどうかは不明です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with an Exchange role that may read application access policies (View-Only Organization Management) and check again, or look in Mailbox access.</source>
        <translation>アプリケーション アクセス ポリシーを読み取れる Exchange ロール (View-Only Organization Management) でサインインしてもう一度確認するか、[メールボックスへのアクセス] を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n app(s) holding mailbox permissions is limited by an application access policy.</source>
        <translation>
            <numerusform>メールボックスのアクセス許可を持つ %n 個のアプリはすべて、アプリケーション アクセス ポリシーで制限されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach every mailbox (no application access policy limits them): %1.</source>
        <translation>
            <numerusform>%n 個のアプリがすべてのメールボックスにアクセスできます (アプリケーション アクセス ポリシーによる制限なし): %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope each app to the mailboxes it needs (Mailbox access → Scope app…), or revoke the permission if it needs none.</source>
        <translation>各アプリを必要なメールボックスに制限するか ([メールボックスへのアクセス] → [アプリのスコープを設定…])、必要ない場合はアクセス許可を取り消してください。</translation>
    </message>
    <message>
        <source>Admin consent requests get an answer</source>
        <translation>管理者の同意要求に回答されている</translation>
    </message>
    <message>
        <source>The admin consent requests could not be read: %1</source>
        <translation>管理者の同意要求を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No admin consent request is waiting.</source>
        <translation>待機中の管理者の同意要求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting, none for more than %1 days.</source>
        <translation>
            <numerusform>%n 件の要求が待機中です。%1 日を超えて待機しているものはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (waiting %n day(s))</source>
        <translation>
            <numerusform>%1 (%n 日間待機中)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for more than %1 days: %2.</source>
        <translation>
            <numerusform>%n 件の要求が %1 日を超えて待機しています: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No high-risk user consents to apps from unverified publishers</source>
        <translation>未確認の発行元のアプリに対する高リスクのユーザーの同意がない</translation>
    </message>
    <message>
        <source>Users&apos; consents could not be read: %1</source>
        <translation>ユーザーの同意を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No user consented to a high-risk permission for an app whose publisher is neither verified nor Microsoft.</source>
        <translation>発行元が確認済みでも Microsoft でもないアプリに対して、高リスクのアクセス許可に同意したユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2; %n user(s))</source>
        <translation>
            <numerusform>%1 (%2、%n 人のユーザー)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.</source>
        <translation>
            <numerusform>未確認の発行元の %n 個のアプリが、ユーザーの同意した高リスクのアクセス許可を持っています: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review each app in Apps and permissions and revoke what users should not have granted; restricting user consent (MS.AAD.5.2) keeps it from happening again.</source>
        <translation>[アプリとアクセス許可] で各アプリを確認し、ユーザーが付与すべきでなかったものを取り消してください。ユーザーの同意を制限すると (MS.AAD.5.2) 再発を防げます。</translation>
    </message>
    <message>
        <source>Approve each one in Consent requests with &quot;Open admin consent page&quot;: Microsoft&apos;s page records the approval and closes the request. Granting with Grant… gives the app its permissions, but Microsoft Graph offers no way to mark a request answered, so it keeps waiting until it expires; a denial is made only in the Entra admin center. If nobody receives the requests, check the workflow&apos;s reviewers.</source>
        <translation>[同意要求] で、[管理者の同意ページを開く] を使ってそれぞれを承認してください。Microsoft のページが承認を記録し、要求を閉じます。[付与…] ではアプリにアクセス許可が与えられますが、Microsoft Graph には要求を回答済みにする方法がないため、要求は期限切れになるまで待機し続けます。拒否は Microsoft Entra 管理センターでのみ行えます。だれも要求を受け取っていない場合は、ワークフローのレビュー担当者を確認してください。</translation>
    </message>
    <message>
        <source>Set group owner consent to &quot;Do not allow group owner consent&quot; in Consent settings: it turns off the group owners&apos; app consent policies and the older directory setting alike. User consent and the policies for teams and chats stay as they are; consents group owners gave stay too.</source>
        <translation>同意設定でグループ所有者の同意を「グループ所有者の同意を許可しない」にしてください。グループ所有者向けのアプリの同意ポリシーと以前のディレクトリ設定の両方がオフになります。ユーザーの同意、チームとチャットのポリシーは変わらず、グループ所有者がすでに行った同意もそのまま残ります。</translation>
    </message>
    <message>
        <source>No app consent policy lets group owners consent, but the older directory setting Consent Policy Settings, which can allow it too, could not be read: %1</source>
        <translation>グループ所有者に同意を許可するアプリの同意ポリシーはありませんが、同じく同意を許可できる以前のディレクトリ設定「Consent Policy Settings」を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Sign in with a role that may read directory settings (Directory.Read.All) and check again.</source>
        <translation>ディレクトリ設定を読み取れるロール (Directory.Read.All) でサインインし、もう一度確認してください。</translation>
    </message>
    <message>
        <source>No app consent policy lets owners consent for the groups, teams or chats they own, and the older directory setting Consent Policy Settings does not allow it either.</source>
        <translation>所有するグループ、チーム、チャットについて所有者に同意を許可するアプリの同意ポリシーはなく、以前のディレクトリ設定「Consent Policy Settings」でも許可されていません。</translation>
    </message>
</context>
<context>
    <name>PostureService</name>
    <message>
        <source>Exchange Online was not asked</source>
        <translation>Exchange Online には問い合わせていません</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <source>Reset the &amp;window layout (size, dividers and columns) at the next start</source>
        <translation>次回起動時にウィンドウのレイアウト (サイズ、区切り線、列) をリセットする(&amp;W)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time ConsentDesk starts.</source>
        <translation>新しい言語は、次回 ConsentDesk を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Never (refresh by hand)</source>
        <translation>しない (手動で更新)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh consent requests:</source>
        <translation>同意要求の更新(&amp;R):</translation>
    </message>
    <message>
        <source>Desktop &amp;notification when new consent requests arrive</source>
        <translation>新しい同意要求が届いたときにデスクトップ通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>エクスポート フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>エクスポート フォルダーの選択</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>エクスポート フォルダー(&amp;E):</translation>
    </message>
    <message>
        <source>Risk overrides file</source>
        <translation>リスクの上書きファイル</translation>
    </message>
    <message>
        <source>Choose the risk overrides file</source>
        <translation>リスクの上書きファイルの選択</translation>
    </message>
    <message>
        <source>Risk &amp;overrides:</source>
        <translation>リスクの上書き(&amp;O):</translation>
    </message>
    <message>
        <source>No overrides: the built-in catalog ranks every permission. A JSON file of the same shape as the built-in catalog at this place takes precedence over it.</source>
        <translation>上書きなし: 組み込みのカタログがすべてのアクセス許可を評価します。ここに組み込みのカタログと同じ形式の JSON ファイルを指定すると、組み込みのカタログより優先されます。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>このファイルは存在しません。</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>このファイルは使用できません: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation>
            <numerusform>次回起動時から、このファイルの %n 個のルールが組み込みのカタログより優先されます (コマンド ラインでも同様です)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>参照(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Tenant profile</source>
        <translation>テナント プロファイル</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>例: Contoso 本番環境</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com、テナント ID、または organizations</translation>
    </message>
    <message>
        <source>Application (client) ID of your ConsentDesk registration</source>
        <translation>ConsentDesk の登録のアプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>Global (and Microsoft 365 GCC)</source>
        <translation>グローバル (および Microsoft 365 GCC)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>米国政府機関 GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>米国政府機関 DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>中国 (21Vianet が運営)</translation>
    </message>
    <message>
        <source>Custom URLs (sandbox)</source>
        <translation>カスタム URL (サンドボックス)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>クラウド(&amp;L):</translation>
    </message>
    <message>
        <source>Sign-in root:</source>
        <translation>サインイン ルート:</translation>
    </message>
    <message>
        <source>Graph root:</source>
        <translation>Graph ルート:</translation>
    </message>
    <message>
        <source>Exchange root:</source>
        <translation>Exchange ルート:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s domain or ID (or “organizations”): consent is managed per work tenant.</source>
        <translation>テナントのドメインまたは ID (または &quot;organizations&quot;) を使用してください。同意は職場のテナントごとに管理されます。</translation>
    </message>
    <message>
        <source>The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or “organizations”.</source>
        <translation>テナントには、確認済みドメイン (contoso.onmicrosoft.com)、テナント ID、または &quot;organizations&quot; を指定する必要があります。</translation>
    </message>
    <message>
        <source>The client ID is a GUID: copy the Application (client) ID from your app registration&apos;s Overview.</source>
        <translation>クライアント ID は GUID です。アプリの登録の [概要] からアプリケーション (クライアント) ID をコピーしてください。</translation>
    </message>
    <message>
        <source>Custom roots must be https:// URLs without a query, or http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>カスタム ルートには、クエリを含まない https:// URL、またはこのコンピューター (127.0.0.1 または localhost) 上の http:// を指定する必要があります。</translation>
    </message>
    <message>
        <source>ConsentDesk signs in through your organization&apos;s own app registration. See the README for how to register it (a public client with the redirect URI http://127.0.0.1).</source>
        <translation>ConsentDesk は、組織独自のアプリの登録を通じてサインインします。登録方法については README を参照してください (リダイレクト URI が http://127.0.0.1 のパブリック クライアント)。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>US Government (GCC High)</source>
        <translation>米国政府機関 (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>米国政府機関 (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>中国 (21Vianet)</translation>
    </message>
    <message>
        <source>Global cloud</source>
        <translation>グローバル クラウド</translation>
    </message>
    <message>
        <source>Tenant profiles</source>
        <translation>テナント プロファイル</translation>
    </message>
    <message>
        <source>A profile is one tenant and the ConsentDesk app registration you sign in with there. Nothing secret is kept in a profile.</source>
        <translation>プロファイルは、1 つのテナントと、そのテナントでサインインに使用する ConsentDesk のアプリの登録の組み合わせです。プロファイルに機密情報は保存されません。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>このプロファイルを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>プロファイル「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Nothing in the tenant changes.</source>
        <translation>テナント内では何も変更されません。</translation>
    </message>
    <message>
        <source>The sign-in of %1 stored for it is forgotten too. Nothing in the tenant changes.</source>
        <translation>このプロファイル用に保存されている %1 のサインインも破棄されます。テナント内では何も変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
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
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RbacPanel</name>
    <message>
        <source>Role assignments of this app (Get-ManagementRoleAssignment -App)</source>
        <translation>このアプリのロールの割り当て (Get-ManagementRoleAssignment -App)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>制限対象</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>スコープ フィルター</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Remove assignment…</source>
        <translation>割り当ての削除…</translation>
    </message>
    <message>
        <source>Can the app reach a mailbox? (Test-ServicePrincipalAuthorization)</source>
        <translation>アプリはメールボックスにアクセスできるか? (Test-ServicePrincipalAuthorization)</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>メールボックスのアドレス</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Scope type</source>
        <translation>スコープの種類</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>スコープ内</translation>
    </message>
    <message>
        <source>The RBAC equivalent of an access policy</source>
        <translation>アクセス ポリシーに相当する RBAC の構成</translation>
    </message>
    <message>
        <source>Access policies are legacy. The same limit with RBAC for Applications: register the app with Exchange, a management scope on the policy&apos;s group, a role assignment limited to it.</source>
        <translation>アクセス ポリシーは従来の機能です。RBAC for Applications で同じ制限を行うには、アプリを Exchange に登録し、ポリシーのグループに対する管理スコープと、そのスコープに限定したロールの割り当てを作成します。</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>ポリシー:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>Assign the scoped role…</source>
        <translation>スコープ付きのロールを割り当て…</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange に問い合わせています…</translation>
    </message>
    <message>
        <source>RestrictAccess on &quot;%1&quot;</source>
        <translation>「%1」に対する RestrictAccess</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>None: no RBAC for Applications role for this app.</source>
        <translation>なし: このアプリには RBAC for Applications のロールがありません。</translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation>組織全体</translation>
    </message>
    <message>
        <source>Type a mailbox address.</source>
        <translation>メールボックスのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Exchange could not test: %1</source>
        <translation>Exchange でテストできませんでした: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1 has no RBAC for Applications role: through RBAC it reaches no mailbox.</source>
        <translation>%1 には RBAC for Applications のロールがありません。RBAC を通じてアクセスできるメールボックスはありません。</translation>
    </message>
    <message>
        <source>Through RBAC, %1 reaches %2.</source>
        <translation>RBAC を通じて、%1 は %2 にアクセスできます。</translation>
    </message>
    <message>
        <source>Through RBAC, %1 does not reach %2.</source>
        <translation>RBAC を通じて、%1 は %2 にアクセスできません。</translation>
    </message>
    <message>
        <source>Its Entra ID application permissions still apply on top (RBAC is additive), limited only by access policies.</source>
        <translation>これに加えて、Entra ID のアプリケーションの許可も引き続き適用されます (RBAC は加算的です)。それらを制限するのはアクセス ポリシーのみです。</translation>
    </message>
    <message>
        <source>%1 (mailbox access)</source>
        <translation>%1 (メールボックスへのアクセス)</translation>
    </message>
    <message>
        <source>MemberOfGroup counts direct members only. Members the policy reaches through nested groups are not in the RBAC scope: add them to &quot;%1&quot; directly first.</source>
        <translation>MemberOfGroup は直接のメンバーのみを対象とします。ポリシーが入れ子になったグループを通じて対象としているメンバーは、RBAC のスコープに含まれません。先に「%1」に直接追加してください。</translation>
    </message>
    <message>
        <source>Keep the access policy on &quot;%1&quot; until Test-ServicePrincipalAuthorization shows the role reaching the right mailboxes, then revoke the tenant-wide Entra permissions and remove the policy.</source>
        <translation>Test-ServicePrincipalAuthorization でロールが正しいメールボックスにアクセスできることを確認するまでは、「%1」のアクセス ポリシーを残しておいてください。その後、テナント全体の Entra のアクセス許可を取り消し、ポリシーを削除してください。</translation>
    </message>
    <message>
        <source># Reading Exchange…</source>
        <translation># Exchange を読み取っています…</translation>
    </message>
    <message>
        <source># %1 has no RestrictAccess policy to translate. A role for the whole organization would be:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</source>
        <translation># %1 には変換対象の RestrictAccess ポリシーがありません。組織全体を対象とするロールの場合は次のようになります:
New-ManagementRoleAssignment -App %2 -Role &apos;Application Mail.Read&apos;</translation>
    </message>
    <message>
        <source># The group&apos;s distinguished name is not known (Exchange could not be read), and MemberOfGroup needs it.</source>
        <translation># グループの識別名が不明です (Exchange を読み取れませんでした)。MemberOfGroup には識別名が必要です。</translation>
    </message>
    <message>
        <source>Role assignments of this app</source>
        <translation>このアプリのロールの割り当て</translation>
    </message>
    <message>
        <source>Mailbox to test</source>
        <translation>テストするメールボックス</translation>
    </message>
    <message>
        <source>Roles that reach the mailbox</source>
        <translation>メールボックスにアクセスできるロール</translation>
    </message>
    <message>
        <source>RBAC equivalent in PowerShell</source>
        <translation>PowerShell での RBAC 相当の構成</translation>
    </message>
    <message>
        <source>One row per Exchange role assigned to the selected app, and what the assignment is limited to.</source>
        <translation>選択したアプリに割り当てられた Exchange ロールごとに 1 行と、割り当ての制限範囲。</translation>
    </message>
    <message>
        <source>One row per role that gives the app access to the tested mailbox, and whether the mailbox is in its scope.</source>
        <translation>テストしたメールボックスへのアクセスをアプリに与えるロールごとに 1 行と、メールボックスがそのスコープ内かどうか。</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export the full permission report</source>
        <translation>完全なアクセス許可レポートのエクスポート</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions…</source>
        <translation>すべてのアプリのアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Reading every app&apos;s permissions into %1…</source>
        <translation>すべてのアプリのアクセス許可を %1 に読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n 行を書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>delegated grants, application permissions, apps</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n 件の委任された付与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n 個のアプリケーションの許可</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n 個のアプリ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>pages, requests</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件の要求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rows written: what they came from</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 に書き込めませんでした: %2。何も保存されていません。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Could not read everything: %1. Nothing was saved; try again.</source>
        <translation>一部を読み取れませんでした: %1。何も保存されていません。もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read in %1 s with %n request(s).</source>
        <translation>
            <numerusform>%1 秒間に %n 件の要求で読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph listed a different number of items than it counted, so the report may be incomplete (a known Graph paging problem); export again later. %1</source>
        <translation>Graph が一覧表示した項目数が Graph 自身の集計数と異なるため、このレポートは不完全な可能性があります (Graph のページングの既知の問題)。後でもう一度エクスポートしてください。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</source>
        <translation>
            <numerusform>付与または割り当てが参照している %n 個のサービス プリンシパルがディレクトリに見つかりませんでした。これらの行には、ID と共に「(not found)」と出力されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent could not be found; their rows name the user&apos;s id.</source>
        <translation>
            <numerusform>自分で同意した %n 人のユーザーが見つかりませんでした。これらの行にはユーザーの ID が出力されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>Graph の一覧になかった %n 個のアプリを個別に読み取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Consent request: %1</source>
        <translation>同意要求: %1</translation>
    </message>
    <message>
        <source>The admin consent was given; the request is completed.</source>
        <translation>管理者の同意が与えられ、要求は完了しました。</translation>
    </message>
    <message>
        <source>Stopped waiting for the admin consent page; refresh when you have consented.</source>
        <translation>管理者の同意ページの待機を停止しました。同意したら、最新の情報に更新してください。</translation>
    </message>
    <message>
        <source>All changes were made.</source>
        <translation>すべての変更が完了しました。</translation>
    </message>
    <message>
        <source>Some changes were not made.</source>
        <translation>一部の変更は行われませんでした。</translation>
    </message>
    <message>
        <source>Admin consent page</source>
        <translation>管理者の同意ページ</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Open this address in a browser where you are signed in as an administrator:

%1</source>
        <translation>ConsentDesk はブラウザーを開けませんでした。管理者としてサインインしているブラウザーで、次のアドレスを開いてください:

%1</translation>
    </message>
    <message>
        <source>Waiting for the admin consent in your browser… ConsentDesk checks the request every few seconds.</source>
        <translation>ブラウザーでの管理者の同意を待っています… ConsentDesk は数秒ごとに要求を確認します。</translation>
    </message>
    <message>
        <source>Deny a request</source>
        <translation>要求の拒否</translation>
    </message>
    <message>
        <source>Open the Entra admin center</source>
        <translation>Entra 管理センターを開く</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>Who asked, and why</source>
        <translation>要求者と理由</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Requested permissions — tick what to grant</source>
        <translation>要求されたアクセス許可 — 付与するものをチェックしてください</translation>
    </message>
    <message>
        <source>Requested permissions</source>
        <translation>要求されたアクセス許可</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>許可される内容</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Grant selected…</source>
        <translation>選択項目を付与…</translation>
    </message>
    <message>
        <source>Open admin consent page</source>
        <translation>管理者の同意ページを開く</translation>
    </message>
    <message>
        <source>Grant everything the app asks for on Microsoft&apos;s own consent page, in your browser; ConsentDesk then watches the request until it is completed.</source>
        <translation>ブラウザーで Microsoft 自身の同意ページを開き、アプリが要求するすべてのアクセス許可を付与します。その後、ConsentDesk は要求が完了するまで監視します。</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>ブロック…</translation>
    </message>
    <message>
        <source>Deny in Entra…</source>
        <translation>Entra で拒否…</translation>
    </message>
    <message>
        <source>PowerShell…</source>
        <translation>PowerShell…</translation>
    </message>
    <message>
        <source>The Microsoft Graph PowerShell commands that grant the ticked permissions.</source>
        <translation>チェックしたアクセス許可を付与する Microsoft Graph PowerShell コマンド。</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>要求を選択すると、誰が何を要求したかが表示されます。</translation>
    </message>
    <message>
        <source>Reading %1&apos;s request and what it already holds…</source>
        <translation>%1 の要求と、既に保持しているアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>不明な発行元</translation>
    </message>
    <message>
        <source> (not verified)</source>
        <translation> (未確認)</translation>
    </message>
    <message>
        <source> ✔ verified publisher</source>
        <translation> ✔ 確認済みの発行元</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>アプリ ID %1</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet: granting first creates its service principal (the app&apos;s identity here).</source>
        <translation>このテナントでは、まだ誰もこのアプリに同意していません。付与すると、最初にサービス プリンシパル (このテナントにおけるアプリの ID) が作成されます。</translation>
    </message>
    <message>
        <source>This app is blocked (sign-in disabled): users cannot use it even if you grant permissions.</source>
        <translation>このアプリはブロックされています (サインイン無効)。アクセス許可を付与しても、ユーザーはアプリを使用できません。</translation>
    </message>
    <message>
        <source>The app asks for its statically configured permissions: Graph does not list them in the request. Use the admin consent page to review and grant them.</source>
        <translation>アプリは静的に構成されたアクセス許可を要求していますが、Graph では要求にそれらが一覧表示されません。管理者の同意ページを使用して確認し、付与してください。</translation>
    </message>
    <message>
        <source>Some details could not be read: %1</source>
        <translation>一部の詳細を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(理由の記載なし)</translation>
    </message>
    <message>
        <source>%1 — delegated (acts as the signed-in user)</source>
        <translation>%1 — 委任 (サインインしているユーザーとして動作)</translation>
    </message>
    <message>
        <source>%1 — application (acts as itself, no user)</source>
        <translation>%1 — アプリケーション (ユーザーなしでアプリ自身として動作)</translation>
    </message>
    <message>
        <source>(the API does not describe it)</source>
        <translation>(API に説明がありません)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Only an administrator can grant this.</source>
        <translation>管理者のみが付与できます。</translation>
    </message>
    <message>
        <source>Users may consent to this themselves if the tenant&apos;s consent settings allow.</source>
        <translation>テナントの同意設定で許可されている場合は、ユーザーが自分で同意できます。</translation>
    </message>
    <message>
        <source>Already granted</source>
        <translation>付与済み</translation>
    </message>
    <message>
        <source>Not published by the API</source>
        <translation>API で公開されていません</translation>
    </message>
    <message>
        <source>The API does not offer this permission (or is not in this tenant), so it cannot be granted here.</source>
        <translation>API がこのアクセス許可を提供していない (または API がこのテナントにない) ため、ここでは付与できません。</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>未付与</translation>
    </message>
    <message>
        <source>No permissions listed in this request.</source>
        <translation>この要求にはアクセス許可が記載されていません。</translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>何もチェックされていません。</translation>
    </message>
    <message>
        <source>Tick the permissions to grant first.</source>
        <translation>先に、付与するアクセス許可をチェックしてください。</translation>
    </message>
    <message>
        <source>Shows exactly what will be created or changed before anything is sent.</source>
        <translation>送信する前に、作成または変更される内容を正確に表示します。</translation>
    </message>
    <message>
        <source>This app is already blocked.</source>
        <translation>このアプリは既にブロックされています。</translation>
    </message>
    <message>
        <source>Disable the app&apos;s sign-in in this tenant so nobody can use or request it (asks first).</source>
        <translation>このテナントでアプリのサインインを無効にし、誰もアプリを使用または要求できないようにします (事前に確認します)。</translation>
    </message>
    <message>
        <source>%1 and %2 ticked.</source>
        <comment>the two counts below</comment>
        <translation>チェック済み: %1、%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation>
            <numerusform>%n 個の委任されたアクセス許可</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n 個のアプリケーションの許可</numerusform>
        </translation>
    </message>
    <message>
        <source>You can review this request but not grant it: %1</source>
        <translation>この要求を確認することはできますが、承認することはできません: %1</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <extracomment>Opens the troubleshooter for the request&apos;s newest requester and this app</extracomment>
        <translation>トラブルシューティング(&amp;T)…</translation>
    </message>
    <message>
        <source>Why can&apos;t the requester connect the app themselves? Opens the troubleshooter for the newest requester (double-click a requester for another).</source>
        <translation>要求者が自分でアプリに接続できないのはなぜですか? 最新の要求者についてトラブルシューティング ツールを開きます (別の要求者はダブルクリック)。</translation>
    </message>
    <message>
        <source>One row per user who asked: the reason they gave, when, and the request&apos;s status.</source>
        <translation>要求したユーザーごとに 1 行: 示された理由、日時、および要求の状態。</translation>
    </message>
    <message>
        <source>The permissions the app asks for, by API, with what each allows and its risk; tick the ones to grant.</source>
        <translation>アプリが要求するアクセス許可 (API 別)。それぞれが許可する内容とリスク付き。付与するものをチェックしてください。</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not in tenant yet</source>
        <translation>テナントに未登録</translation>
    </message>
    <message>
        <source>Unknown publisher</source>
        <translation>不明な発行元</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>期限到来</translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>The app&apos;s configured permissions</source>
        <translation>アプリに構成されたアクセス許可</translation>
    </message>
    <message>
        <source>Verified publisher: Microsoft has verified the publisher&apos;s identity.</source>
        <translation>確認済みの発行元: Microsoft が発行元の身元を確認しています。</translation>
    </message>
    <message>
        <source>Nobody in this tenant has consented to this app yet; granting creates its service principal.</source>
        <translation>このテナントでは、まだ誰もこのアプリに同意していません。付与すると、アプリのサービス プリンシパルが作成されます。</translation>
    </message>
    <message>
        <source>Not a verified publisher.</source>
        <translation>確認済みの発行元ではありません。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <source>Latest request</source>
        <translation>最新の要求</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>最高リスク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Consent requests</source>
        <translation>同意要求</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>表示する要求</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>自分の承認待ち</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>すべての要求</translation>
    </message>
    <message>
        <source>&quot;Waiting for me&quot;: pending requests you are a reviewer of in the admin consent workflow.</source>
        <translation>「自分の承認待ち」: 管理者の同意ワークフローであなたがレビュー担当者になっている、保留中の要求です。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Filter by app, user or permission</source>
        <translation>アプリ、ユーザー、アクセス許可でフィルター</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the requests as shown (filtered and sorted) as CSV or JSON.</source>
        <translation>表示されている要求 (フィルターと並べ替えを適用済み) を CSV または JSON として保存します。</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自動的に更新</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>自動更新オフ</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the consent requests of your tenant.</source>
        <translation>テナントの同意要求を確認するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Your role cannot read consent requests. %1</source>
        <translation>あなたのロールでは同意要求を読み取れません。%1</translation>
    </message>
    <message>
        <source>Reading consent requests…</source>
        <translation>同意要求を読み取っています…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Your account may not read consent requests (%1). Reading them needs Global Reader, Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>あなたのアカウントには同意要求の読み取りが許可されていない可能性があります (%1)。読み取るには、グローバル閲覧者、クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールが必要です。</translation>
    </message>
    <message>
        <source>Could not read the consent requests: %1</source>
        <translation>同意要求を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>the admin consent workflow is off: users cannot file new requests</source>
        <translation>管理者の同意ワークフローがオフです: ユーザーは新しい要求を送信できません</translation>
    </message>
    <message>
        <source>expiry unknown (the workflow policy could not be read)</source>
        <translation>有効期限は不明 (ワークフロー ポリシーを読み取れませんでした)</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. Requests appear here when a user asks for an app that needs an administrator&apos;s approval and you are one of its reviewers.</source>
        <translation>あなたの承認を待っている要求はありません。管理者の承認が必要なアプリをユーザーが要求し、あなたがそのレビュー担当者の 1 人である場合に、ここに要求が表示されます。</translation>
    </message>
    <message>
        <source>No consent requests match.</source>
        <translation>一致する同意要求はありません。</translation>
    </message>
    <message>
        <source>Select a request to see who asked for what.</source>
        <translation>要求を選択すると、誰が何を要求したかが表示されます。</translation>
    </message>
    <message>
        <source>Pending admin consent requests: review, grant only what is needed, block</source>
        <translation>保留中の管理者の同意要求: 確認し、必要なものだけを付与、またはブロック</translation>
    </message>
    <message>
        <source>Filter the requests</source>
        <translation>要求をフィルター</translation>
    </message>
    <message>
        <source>One row per app that users asked admin consent for; select one to see who asked and what it wants.</source>
        <translation>ユーザーが管理者の同意を要求したアプリごとに 1 行。選択すると、要求したユーザーと要求内容が表示されます。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restored.</source>
        <translation>復元しました。</translation>
    </message>
    <message>
        <source>Some items were not restored.</source>
        <translation>一部の項目は復元されませんでした。</translation>
    </message>
    <message>
        <source>Reading what the apps hold now…</source>
        <translation>アプリが現在保持しているアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>何も復元されませんでした</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>%1: not restored — the change did not succeed (%2).</source>
        <translation>%1: 復元されません。変更は成功しませんでした (%2)。</translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no prior assignment.</source>
        <translation>%1: 復元されません。ジャーナルに変更前の割り当てがありません。</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment already exists.</source>
        <translation>%1: 復元されません。割り当ては既に存在します。</translation>
    </message>
    <message>
        <source>Restore the application permission %1 of %2 to %3</source>
        <translation>%2 のアプリケーションの許可 %1 を %3 に復元</translation>
    </message>
    <message>
        <source>%1: not a revoke (%2), nothing to restore.</source>
        <translation>%1: 取り消しではないため (%2)、復元するものはありません。</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>テナント全体</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 用</translation>
    </message>
    <message>
        <source>Re-create the delegated grant of %1 → %2 (%3): %4</source>
        <translation>%1 → %2 の委任された付与を再作成 (%3): %4</translation>
    </message>
    <message>
        <source>%1: not restored — the grant already exists with %2.</source>
        <translation>%1: 復元されません。%2 を含む付与が既に存在します。</translation>
    </message>
    <message>
        <source>Put %1 back into the delegated grant of %2 → %3 (%4)</source>
        <translation>%2 → %3 の委任された付与 (%4) に %1 を戻す</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n 個のアプリ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not restored — the journal holds no id of the created assignment.</source>
        <translation>%1: 復元されていません — 作成された割り当ての ID がジャーナルに記録されていません。</translation>
    </message>
    <message>
        <source>%1: not restored — the assignment is gone already.</source>
        <translation>%1: 復元されていません — 割り当ては既に存在しません。</translation>
    </message>
    <message>
        <source>Remove the assignment of %1 to %2 that ConsentDesk created</source>
        <extracomment>%1 the user, group or app that holds the assignment, %2 the app (resource) it is assigned to</extracomment>
        <translation>ConsentDesk が作成した %1 の %2 への割り当てを削除</translation>
    </message>
    <message>
        <source>%1: not restored — only a change of sign-in (accountEnabled) of an app can be undone.</source>
        <translation>%1: 復元されていません — 元に戻せるのはアプリのサインイン (accountEnabled) の変更だけです。</translation>
    </message>
    <message>
        <source>%1: not restored — the app is not in the tenant any more.</source>
        <translation>%1: 復元されていません — アプリはもうテナントにありません。</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is enabled already.</source>
        <translation>%1: 復元されていません — %2 へのサインインは既に有効です。</translation>
    </message>
    <message>
        <source>%1: not restored — sign-in to %2 is disabled already.</source>
        <translation>%1: 復元されていません — %2 へのサインインは既に無効です。</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 again (accountEnabled = true)</source>
        <translation>%1 へのサインインを再び有効にする (accountEnabled = true)</translation>
    </message>
    <message>
        <source>Disable sign-in for %1 again (accountEnabled = false)</source>
        <translation>%1 へのサインインを再び無効にする (accountEnabled = false)</translation>
    </message>
    <message>
        <source>%1: not restored — the grant is gone already.</source>
        <translation>%1: 復元されていません — 付与は既に存在しません。</translation>
    </message>
    <message>
        <source>%1: not restored — the grant holds none of %2 any more.</source>
        <translation>%1: 復元されていません — 付与には %2 のいずれももう含まれていません。</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 that ConsentDesk made: %3</source>
        <translation>ConsentDesk が作成した %1 → %2 の委任された付与を削除: %3</translation>
    </message>
    <message>
        <source>Take %1 back out of the delegated grant of %2 → %3</source>
        <translation>%2 → %3 の委任された付与から %1 を再び削除</translation>
    </message>
    <message>
        <source>%1: not restored — it removed no permission, so there is nothing to give back.</source>
        <translation>%1: 復元されていません — アクセス許可は削除されていないため、戻すものはありません。</translation>
    </message>
    <message>
        <source>%1: not restored — the journal does not record which grant it changed.</source>
        <translation>%1: 復元されていません — どの付与を変更したかがジャーナルに記録されていません。</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>The app with service principal %1 is no longer in the tenant, so what it held cannot be put back. Nothing was changed.</source>
        <translation>サービス プリンシパル %1 のアプリはテナントに存在しないため、そのアプリが保持していたものを元に戻すことはできません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Restore the other entries on their own.</source>
        <translation>他のエントリは個別に復元してください。</translation>
    </message>
    <message>
        <source>Could not read what %1 holds now: %2. Nothing was changed.</source>
        <translation>%1 が現在保持しているものを読み取れませんでした: %2。何も変更されていません。</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could duplicate a grant.</source>
        <translation>もう一度お試しください。部分的な読み取り結果から復元すると、付与が重複する可能性があります。</translation>
    </message>
    <message>
        <source>%1 (%2): restored already by %3</source>
        <translation>%1 (%2): %3 によって既に復元済み</translation>
    </message>
    <message>
        <source>These entries mix Exchange and Microsoft Graph changes. Nothing was changed.</source>
        <translation>これらのエントリには、Exchange の変更と Microsoft Graph の変更が混在しています。何も変更されていません。</translation>
    </message>
    <message>
        <source>Restore them separately: the Exchange entries, then the others.</source>
        <translation>別々に復元してください。最初に Exchange のエントリ、次にその他のエントリを復元します。</translation>
    </message>
    <message>
        <source>These entries mix consent settings with other changes. Nothing was changed.</source>
        <translation>これらのエントリには、同意設定の変更とその他の変更が混在しています。何も変更されていません。</translation>
    </message>
    <message>
        <source>Restore them separately: the consent settings, then the others.</source>
        <translation>別々に復元してください。最初に同意設定、次にその他のエントリを復元します。</translation>
    </message>
    <message>
        <source>Could not read the assignments of %1: %2. Nothing was changed.</source>
        <translation>%1 の割り当てを読み取れませんでした: %2。何も変更されていません。</translation>
    </message>
    <message>
        <source>Try again; restoring from a partial read could remove the wrong assignment.</source>
        <translation>もう一度試してください。部分的な読み取りから復元すると、間違った割り当てを削除するおそれがあります。</translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message>
        <source>Revoking stops new tokens from being issued. Access tokens the app already holds stay valid until they expire (typically within 60–90 minutes); refresh tokens stop working.</source>
        <translation>取り消すと、新しいトークンは発行されなくなります。アプリが既に保持しているアクセス トークンは、有効期限が切れるまで (通常は 60～90 分以内) 有効なままです。更新トークンは使用できなくなります。</translation>
    </message>
    <message>
        <source>tenant-wide</source>
        <translation>テナント全体</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 用</translation>
    </message>
    <message>
        <source>for user %1</source>
        <translation>ユーザー %1 用</translation>
    </message>
    <message>
        <source>Remove %1 from %2 → %3 (%4); keeps %5</source>
        <translation>%2 → %3 (%4) から %1 を削除。保持: %5</translation>
    </message>
    <message>
        <source>Delete the delegated grant of %1 → %2 (%3): %4</source>
        <translation>%1 → %2 の委任された付与を削除 (%3): %4</translation>
    </message>
    <message>
        <source>Remove the application permission %1 of %2 from %3</source>
        <translation>%3 から %2 のアプリケーションの許可 %1 を削除</translation>
    </message>
    <message>
        <source>%1 belongs to another app (%2): not revoked here.</source>
        <translation>%1 は別のアプリ (%2) に属しています。ここでは取り消されません。</translation>
    </message>
    <message>
        <source>%1 is a user&apos;s or group&apos;s app role, not a permission of %2: not revoked here.</source>
        <translation>%1 はユーザーまたはグループのアプリ ロールであり、%2 のアクセス許可ではありません。ここでは取り消されません。</translation>
    </message>
    <message>
        <source>%1 is not in the grant %2: nothing to remove.</source>
        <translation>%1 は付与 %2 に含まれていません。削除するものはありません。</translation>
    </message>
    <message>
        <source>The grant %1 no longer exists: nothing to remove.</source>
        <translation>付与 %1 は既に存在しません。削除するものはありません。</translation>
    </message>
    <message>
        <source>The application permission %1 no longer exists: nothing to remove.</source>
        <translation>アプリケーションの許可 %1 は既に存在しません。削除するものはありません。</translation>
    </message>
    <message>
        <source>This user has no consent of their own to %1.</source>
        <translation>このユーザーは、%1 に自分で同意していません。</translation>
    </message>
    <message>
        <source>%1 is not granted to %2: Keep only… does not add permissions.</source>
        <translation>%1 は %2 に付与されていません。[必要なものだけ保持…] ではアクセス許可は追加されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n 個のアプリ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Unranked</source>
        <translation>未評価</translation>
    </message>
</context>
<context>
    <name>RiskCatalog</name>
    <message>
        <source>As an application permission it works without a signed-in user, across the whole tenant.</source>
        <translation>アプリケーションの許可では、サインインしているユーザーなしで、テナント全体を対象に機能します。</translation>
    </message>
    <message>
        <source>An application permission that can change data.</source>
        <translation>データを変更できるアプリケーションの許可です。</translation>
    </message>
    <message>
        <source>An application permission that reads data.</source>
        <translation>データを読み取るアプリケーションの許可です。</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object</source>
        <translation>カタログが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>rule %1 has no permission</source>
        <translation>ルール %1 にアクセス許可がありません</translation>
    </message>
    <message>
        <source>rule %1 (%2): type must be delegated, application or any</source>
        <extracomment>%1 the rule&apos;s number, %2 its permission; &quot;delegated&quot;, &quot;application&quot; and &quot;any&quot; are the file&apos;s keywords</extracomment>
        <translation>ルール %1 (%2): 種類は delegated、application、any のいずれかである必要があります</translation>
    </message>
    <message>
        <source>rule %1 (%2): unknown level</source>
        <translation>ルール %1 (%2): 不明なレベルです</translation>
    </message>
</context>
<context>
    <name>RiskReasons</name>
    <message>
        <source>Can make any account, including itself, a Global Administrator.</source>
        <translation>自分自身を含む任意のアカウントをグローバル管理者にできます。</translation>
    </message>
    <message>
        <source>Can grant itself or any app any application permission, bypassing consent.</source>
        <translation>同意を経ずに、自分自身または任意のアプリに任意のアプリケーションの許可を付与できます。</translation>
    </message>
    <message>
        <source>Can grant any app any delegated permission for every user, bypassing consent.</source>
        <translation>同意を経ずに、任意のアプリに、すべてのユーザーを対象として任意の委任されたアクセス許可を付与できます。</translation>
    </message>
    <message>
        <source>Can add credentials to any app and act as it, including apps with higher privileges.</source>
        <translation>任意のアプリ (より高い特権を持つアプリを含む) に資格情報を追加し、そのアプリとして動作できます。</translation>
    </message>
    <message>
        <source>Can change almost anything in the directory: users, groups, apps.</source>
        <translation>ディレクトリ内のほぼすべて (ユーザー、グループ、アプリ) を変更できます。</translation>
    </message>
    <message>
        <source>Can add domains and federate them: a way to sign in as anyone.</source>
        <translation>ドメインを追加してフェデレーションを構成できます。任意のユーザーとしてサインインする手段になります。</translation>
    </message>
    <message>
        <source>Can switch off Conditional Access policies such as MFA requirements.</source>
        <translation>MFA の要求などの条件付きアクセス ポリシーを無効にできます。</translation>
    </message>
    <message>
        <source>Can change who may consent to apps for the whole tenant.</source>
        <translation>テナント全体で、誰がアプリに同意できるかを変更できます。</translation>
    </message>
    <message>
        <source>Can change which permissions users may consent to.</source>
        <translation>ユーザーが同意できるアクセス許可を変更できます。</translation>
    </message>
    <message>
        <source>Can manage users&apos; authentication credentials.</source>
        <translation>ユーザーの認証資格情報を管理できます。</translation>
    </message>
    <message>
        <source>Can change every user&apos;s profile, a step towards account takeover.</source>
        <translation>すべてのユーザーのプロファイルを変更できます。アカウント乗っ取りへの足がかりになります。</translation>
    </message>
    <message>
        <source>Can change group membership, and with it access to everything groups grant.</source>
        <translation>グループ メンバーシップを変更でき、それによって、グループが付与するすべてのものへのアクセスも変更できます。</translation>
    </message>
    <message>
        <source>Can add members to groups, and with it access to everything groups grant.</source>
        <translation>グループにメンバーを追加でき、それによって、グループが付与するすべてのものへのアクセスを与えられます。</translation>
    </message>
    <message>
        <source>Named by Microsoft among the highest-impact permissions.</source>
        <translation>Microsoft が、最も影響の大きいアクセス許可の 1 つとして挙げています。</translation>
    </message>
    <message>
        <source>Reveals hidden group memberships; named by Microsoft among the highest-impact permissions.</source>
        <translation>非表示のグループ メンバーシップが明らかになります。Microsoft が、最も影響の大きいアクセス許可の 1 つとして挙げています。</translation>
    </message>
    <message>
        <source>Can add credentials to the apps it owns.</source>
        <translation>自分が所有するアプリに資格情報を追加できます。</translation>
    </message>
    <message>
        <source>Can export users&apos; personal data.</source>
        <translation>ユーザーの個人データをエクスポートできます。</translation>
    </message>
    <message>
        <source>Full control of every SharePoint site and its files.</source>
        <translation>すべての SharePoint サイトとそのファイルをフル コントロールできます。</translation>
    </message>
    <message>
        <source>Reads message headers and metadata of the user&apos;s mailbox, not bodies or attachments.</source>
        <translation>ユーザーのメールボックスのメッセージ ヘッダーとメタデータを読み取ります (本文や添付ファイルは含みません)。</translation>
    </message>
    <message>
        <source>Reads message headers and metadata, not bodies or attachments.</source>
        <translation>メッセージ ヘッダーとメタデータを読み取ります (本文や添付ファイルは含みません)。</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s mail; seen in nearly every consent-phishing attack.</source>
        <translation>ユーザーのメールを読み取りまたは送信します。ほぼすべての同意フィッシング攻撃で見られます。</translation>
    </message>
    <message>
        <source>Sends mail as the user; used to spread phishing from a trusted mailbox.</source>
        <translation>ユーザーとしてメールを送信します。信頼されたメールボックスからフィッシングを拡散するのに使用されます。</translation>
    </message>
    <message>
        <source>Full access to the user&apos;s mailbox through Exchange Web Services.</source>
        <translation>Exchange Web Services を通じて、ユーザーのメールボックスにフル アクセスできます。</translation>
    </message>
    <message>
        <source>Reads the user&apos;s contacts; used to find the next phishing targets.</source>
        <translation>ユーザーの連絡先を読み取ります。次のフィッシングの標的を探すのに使用されます。</translation>
    </message>
    <message>
        <source>Can read or set mailbox rules and forwarding; a classic way to hide and exfiltrate mail.</source>
        <translation>メールボックスのルールと転送を読み取りまたは設定できます。メールを隠して持ち出す典型的な手口です。</translation>
    </message>
    <message>
        <source>Reveals who the user works with; used to pick phishing targets.</source>
        <translation>ユーザーが誰と仕事をしているかが明らかになります。フィッシングの標的を選ぶのに使用されます。</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s files (and with .All, every file they can reach).</source>
        <translation>ユーザーのファイル (.All の場合は、ユーザーがアクセスできるすべてのファイル) を読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads the user&apos;s OneNote notebooks.</source>
        <translation>ユーザーの OneNote ノートブックを読み取ります。</translation>
    </message>
    <message>
        <source>Reads or changes SharePoint content the user can reach.</source>
        <translation>ユーザーがアクセスできる SharePoint コンテンツを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or sends the user&apos;s Teams chats.</source>
        <translation>ユーザーの Teams チャットを読み取りまたは送信します。</translation>
    </message>
    <message>
        <source>Reads or sends Teams channel messages.</source>
        <translation>Teams のチャネル メッセージを読み取りまたは送信します。</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s calendar (meeting details, attendees).</source>
        <translation>ユーザーの予定表 (会議の詳細、出席者) を読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or changes the user&apos;s tasks.</source>
        <translation>ユーザーのタスクを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads the whole directory: users, groups, apps.</source>
        <translation>ディレクトリ全体 (ユーザー、グループ、アプリ) を読み取ります。</translation>
    </message>
    <message>
        <source>Reads every user&apos;s full profile.</source>
        <translation>すべてのユーザーの完全なプロファイルを読み取ります。</translation>
    </message>
    <message>
        <source>Reads all groups and group content the user can reach.</source>
        <translation>ユーザーがアクセスできるすべてのグループとグループのコンテンツを読み取ります。</translation>
    </message>
    <message>
        <source>Reads all group memberships.</source>
        <translation>すべてのグループ メンバーシップを読み取ります。</translation>
    </message>
    <message>
        <source>Reads every app registration and service principal.</source>
        <translation>すべてのアプリの登録とサービス プリンシパルを読み取ります。</translation>
    </message>
    <message>
        <source>Reads sign-in and audit logs.</source>
        <translation>サインイン ログと監査ログを読み取ります。</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s policies, including Conditional Access.</source>
        <translation>条件付きアクセスを含む、テナントのポリシーを読み取ります。</translation>
    </message>
    <message>
        <source>Reads or manages admin consent requests.</source>
        <translation>管理者の同意要求を読み取りまたは管理します。</translation>
    </message>
    <message>
        <source>Reads or changes Teams settings and membership.</source>
        <translation>Teams の設定とメンバーシップを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or changes Teams channels.</source>
        <translation>Teams のチャネルを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Signs the user in and reads their own basic profile.</source>
        <translation>ユーザーをサインインさせ、そのユーザー自身の基本プロファイルを読み取ります。</translation>
    </message>
    <message>
        <source>Reads basic profiles (name, mail, photo) of all users.</source>
        <translation>すべてのユーザーの基本プロファイル (名前、メール、写真) を読み取ります。</translation>
    </message>
    <message>
        <source>Signs the user in.</source>
        <translation>ユーザーをサインインさせます。</translation>
    </message>
    <message>
        <source>Reads the user&apos;s basic profile for sign-in.</source>
        <translation>サインインのために、ユーザーの基本プロファイルを読み取ります。</translation>
    </message>
    <message>
        <source>Reads the user&apos;s primary email address for sign-in.</source>
        <translation>サインインのために、ユーザーのプライマリ メール アドレスを読み取ります。</translation>
    </message>
    <message>
        <source>Keeps access while the user is away (refresh tokens); low on its own, more with other permissions.</source>
        <translation>ユーザーが不在の間もアクセスを維持します (更新トークン)。単独ではリスクは低いものの、他のアクセス許可と組み合わさるとリスクが高まります。</translation>
    </message>
    <message>
        <source>Full access to every mailbox in the tenant through Exchange Web Services.</source>
        <translation>Exchange Web Services を通じて、テナント内のすべてのメールボックスにフル アクセスできます。</translation>
    </message>
    <message>
        <source>Runs Exchange Online administration as the app (with an Exchange role).</source>
        <translation>アプリとして Exchange Online の管理操作を実行します (Exchange ロールを使用)。</translation>
    </message>
    <message>
        <source>Reads or sends mail in EVERY mailbox of the tenant unless Exchange scopes it.</source>
        <translation>Exchange でスコープが設定されていない限り、テナントの「すべての」メールボックスでメールを読み取りまたは送信します。</translation>
    </message>
    <message>
        <source>Reads message metadata in every mailbox unless Exchange scopes it.</source>
        <translation>Exchange でスコープが設定されていない限り、すべてのメールボックスのメッセージ メタデータを読み取ります。</translation>
    </message>
    <message>
        <source>Reads or sets rules and forwarding on every mailbox unless Exchange scopes it.</source>
        <translation>Exchange でスコープが設定されていない限り、すべてのメールボックスのルールと転送を読み取りまたは設定します。</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s calendar unless Exchange scopes it.</source>
        <translation>Exchange でスコープが設定されていない限り、すべてのユーザーの予定表を読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or changes every user&apos;s contacts unless Exchange scopes it.</source>
        <translation>Exchange でスコープが設定されていない限り、すべてのユーザーの連絡先を読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or changes every file in OneDrive and SharePoint.</source>
        <translation>OneDrive と SharePoint のすべてのファイルを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Reads or changes every SharePoint site.</source>
        <translation>すべての SharePoint サイトを読み取りまたは変更します。</translation>
    </message>
    <message>
        <source>Only the SharePoint sites an admin assigns to the app.</source>
        <translation>管理者がアプリに割り当てた SharePoint サイトのみ。</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in the directory with all of their rights; a consent-phishing favorite.</source>
        <translation>サインインしているユーザーとして、そのユーザーのすべての権限でディレクトリ内で動作します。同意フィッシングで好んで悪用されます。</translation>
    </message>
    <message>
        <source>Acts as the signed-in user in that API with all of their rights; a consent-phishing favorite.</source>
        <translation>サインインしているユーザーとして、そのユーザーのすべての権限でその API 内で動作します。同意フィッシングで好んで悪用されます。</translation>
    </message>
</context>
<context>
    <name>SandboxBrowserDriver</name>
    <message>
        <source>The demo sign-in only works with the built-in sandbox on this computer.</source>
        <translation>デモのサインインは、このコンピューター上の組み込みのサンドボックスでのみ機能します。</translation>
    </message>
    <message>
        <source>The sandbox redirected to %1, which is not this computer.</source>
        <translation>サンドボックスが %1 にリダイレクトしましたが、これはこのコンピューターではありません。</translation>
    </message>
    <message>
        <source>The sign-in form posts to %1, which is not this computer.</source>
        <translation>サインイン フォームの送信先は %1 ですが、これはこのコンピューターではありません。</translation>
    </message>
    <message>
        <source>ConsentDesk&apos;s sign-in listener answered HTTP %1.</source>
        <translation>ConsentDesk のサインイン リスナーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>サンドボックスが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in pages did not end in a redirect to ConsentDesk.</source>
        <translation>サンドボックスのサインイン ページが、ConsentDesk へのリダイレクトで終了しませんでした。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1.</source>
        <translation>サンドボックスのサインイン ページが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page has no form.</source>
        <translation>サンドボックスのサインイン ページにフォームがありません。</translation>
    </message>
    <message>
        <source>The sandbox has no user %1.</source>
        <translation>サンドボックスにユーザー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page was larger than %1 KiB, so ConsentDesk stopped reading it. Check that the sandbox, and nothing else, listens on %2.</source>
        <translation>サンドボックスのサインイン ページが %1 KiB を超えていたため、ConsentDesk は読み取りを中止しました。%2 で待ち受けているのがサンドボックスだけであることを確認してください。</translation>
    </message>
</context>
<context>
    <name>ScopeAccessPage</name>
    <message>
        <source>Restrict or deny?</source>
        <translation>制限しますか、拒否しますか?</translation>
    </message>
    <message>
        <source>Exchange evaluates an app&apos;s policies together: a matching DenyAccess wins over any RestrictAccess; with RestrictAccess policies, mailboxes in none of them are denied.</source>
        <translation>Exchange はアプリのポリシーをまとめて評価します。一致する DenyAccess は、どの RestrictAccess よりも優先されます。RestrictAccess ポリシーがある場合、そのいずれにも含まれないメールボックスは拒否されます。</translation>
    </message>
    <message>
        <source>RestrictAccess — the app reaches only the group&apos;s mailboxes (the usual choice)</source>
        <translation>RestrictAccess — アプリはグループのメールボックスにのみアクセスできます (通常はこちら)</translation>
    </message>
    <message>
        <source>DenyAccess — the app reaches every mailbox except the group&apos;s</source>
        <translation>DenyAccess — アプリはグループのメールボックスを除くすべてのメールボックスにアクセスできます</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Exchange has room for about 100 policies, or about 300 with a one-space description; a short description leaves room for more.</source>
        <translation>Exchange に作成できるポリシーは約 100 個までです (説明を半角スペース 1 文字にした場合は約 300 個)。説明を短くするほど、多くのポリシーを作成できます。</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Deny %1 the mailboxes in %2.</source>
        <translation>%2 のメールボックスへの %1 のアクセスを拒否します。</translation>
    </message>
    <message>
        <source>Restrict %1 to the mailboxes in %2.</source>
        <translation>%1 のアクセスを %2 のメールボックスに制限します。</translation>
    </message>
</context>
<context>
    <name>ScopeAppPage</name>
    <message>
        <source>Which app?</source>
        <translation>どのアプリですか?</translation>
    </message>
    <message>
        <source>Apps with application permissions such as Mail.Read reach every mailbox in the tenant until Exchange Online limits them.</source>
        <translation>Mail.Read などのアプリケーションの許可を持つアプリは、Exchange Online で制限されるまで、テナント内のすべてのメールボックスにアクセスできます。</translation>
    </message>
    <message>
        <source>no mailbox permission</source>
        <translation>メールボックスのアクセス許可なし</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>アプリ:</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Reading what %1 holds…</source>
        <translation>%1 が保持しているアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>• %1 on &quot;%2&quot;</source>
        <translation>• 「%2」に対する %1</translation>
    </message>
    <message>
        <source>%1 has no access policy yet: it reaches every mailbox.</source>
        <translation>%1 にはまだアクセス ポリシーがありません。すべてのメールボックスにアクセスできます。</translation>
    </message>
    <message>
        <source>Policies %1 already has (a new one is added to them):
%2</source>
        <translation>%1 に既に設定されているポリシー (新しいポリシーはこれらに追加されます):
%2</translation>
    </message>
    <message>
        <source>Could not read all of the app&apos;s permissions: %1</source>
        <translation>アプリのアクセス許可をすべて読み取ることはできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ScopeAppWizard</name>
    <message>
        <source>Scope an app to a group&apos;s mailboxes</source>
        <translation>アプリのスコープをグループのメールボックスに設定</translation>
    </message>
</context>
<context>
    <name>ScopeGroupPage</name>
    <message>
        <source>Which mailboxes?</source>
        <translation>どのメールボックスですか?</translation>
    </message>
    <message>
        <source>The policy&apos;s scope is a mail-enabled security group (members of nested groups count). RestrictAccess lets the app reach only its members&apos; mailboxes; DenyAccess keeps it out of them. Distribution lists and Microsoft 365 groups do not work.</source>
        <translation>ポリシーのスコープは、メールが有効なセキュリティ グループです (入れ子になったグループのメンバーも対象になります)。RestrictAccess では、アプリはそのメンバーのメールボックスにのみアクセスできます。DenyAccess では、アプリはそれらのメールボックスにアクセスできなくなります。配布リストと Microsoft 365 グループは使用できません。</translation>
    </message>
    <message>
        <source>Use an existing mail-enabled security group</source>
        <translation>既存のメールが有効なセキュリティ グループを使用</translation>
    </message>
    <message>
        <source>Create a new one</source>
        <translation>新しいグループを作成</translation>
    </message>
    <message>
        <source>Group name, e.g. &quot;%1 mailboxes&quot;</source>
        <comment>%1 is an app&apos;s name, not a count</comment>
        <translation>グループ名 (例: 「%1 メールボックス」)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Reading the groups from Exchange…</source>
        <translation>Exchange からグループを読み取っています…</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the groups from Exchange: %1</source>
        <translation>Exchange からグループを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Exchange creates the group as a mail-enabled security group; it appears in Entra ID too. Add its members on the next page.</source>
        <translation>Exchange はこのグループを、メールが有効なセキュリティ グループとして作成します。グループは Entra ID にも表示されます。メンバーは次のページで追加してください。</translation>
    </message>
    <message>
        <source>No mail-enabled security group yet: create one.</source>
        <translation>メールが有効なセキュリティ グループはまだありません。作成してください。</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>%1 のメンバーを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the members of %1: %2</source>
        <translation>%1 のメンバーを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 にはまだメンバーがいません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation>
            <numerusform>%1 のメンバー (%n 人): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;名前&gt;</translation>
    </message>
    <message>
        <source>%1 mailboxes</source>
        <comment>a group&apos;s name; %1 is the app&apos;s name, not a count</comment>
        <translation>%1 メールボックス</translation>
    </message>
    <message>
        <source>Type a name for the new group.</source>
        <translation>新しいグループの名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose a group, or create a new one.</source>
        <translation>グループを選択するか、新しいグループを作成してください。</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already: choose it above.</source>
        <translation>「%1」という名前のグループは既に存在します。上で選択してください。</translation>
    </message>
    <message>
        <source>Existing group</source>
        <translation>既存のグループ</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>新しいグループの名前</translation>
    </message>
</context>
<context>
    <name>ScopeMembersPage</name>
    <message>
        <source>Add members</source>
        <translation>メンバーの追加</translation>
    </message>
    <message>
        <source>Add the mailboxes the policy is about (user or shared mailboxes). Members already in the group stay; nested groups can be added in the Exchange admin center.</source>
        <translation>ポリシーの対象となるメールボックス (ユーザー メールボックスまたは共有メールボックス) を追加してください。既にグループに含まれているメンバーはそのまま残ります。入れ子になったグループは Exchange 管理センターで追加できます。</translation>
    </message>
    <message>
        <source>Mailbox address, e.g. priya.raman@contoso.com</source>
        <translation>メールボックスのアドレス (例: priya.raman@contoso.com)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Could not read the mailboxes from Exchange: %1</source>
        <translation>Exchange からメールボックスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No mailbox &quot;%1&quot; in Exchange. Type an address from the list.</source>
        <translation>Exchange にメールボックス「%1」はありません。一覧にあるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 は既にメンバーです。</translation>
    </message>
    <message>
        <source>(no member to add)</source>
        <translation>(追加するメンバーなし)</translation>
    </message>
    <message>
        <source>The group has no members: a RestrictAccess policy on it would deny every mailbox. Add at least one.</source>
        <translation>グループにメンバーがいません。このグループに RestrictAccess ポリシーを設定すると、すべてのメールボックスが拒否されます。少なくとも 1 人追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation>
            <numerusform>%1 のメンバーは %n 人になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one member: a RestrictAccess policy on an empty group denies every mailbox.</source>
        <translation>少なくとも 1 人のメンバーを追加してください。空のグループに対する RestrictAccess ポリシーでは、すべてのメールボックスが拒否されます。</translation>
    </message>
    <message>
        <source>Mailbox to add</source>
        <translation>追加するメールボックス</translation>
    </message>
    <message>
        <source>Mailboxes to add to the group</source>
        <translation>グループに追加するメールボックス</translation>
    </message>
</context>
<context>
    <name>ScopeReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>確認および作成</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These writes are sent to Exchange Online in this order; each is recorded in ConsentDesk&apos;s journal before it is sent.</source>
        <translation>まだ何も変更されていません。次の書き込みが、この順序で Exchange Online に送信されます。各書き込みは、送信前に ConsentDesk のジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell:</source>
        <translation>Exchange Online PowerShell:</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されていません。</translation>
    </message>
    <message>
        <source>Writing to Exchange Online: the wizard closes when the current step is done.</source>
        <translation>Exchange Online に書き込んでいます。現在の手順が完了すると、ウィザードが閉じます。</translation>
    </message>
    <message>
        <source>Sending to Exchange Online…</source>
        <translation>Exchange Online に送信しています…</translation>
    </message>
    <message>
        <source>Rolled back: what the wizard had made was undone.</source>
        <translation>ロールバックしました: ウィザードで作成したものを元に戻しました。</translation>
    </message>
    <message>
        <source>The rollback did not complete: see the steps above; the journal (Activity) holds what is left.</source>
        <translation>ロールバックは完了しませんでした。上記の手順を確認してください。残りはジャーナル ([アクティビティ]) に記録されています。</translation>
    </message>
    <message>
        <source>Not done: %1 What succeeded can be rolled back now from the results, or undone later in Activity.</source>
        <translation>完了しませんでした: %1 成功した変更は、今すぐ結果からロールバックするか、後で [アクティビティ] で元に戻すことができます。</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>完了しませんでした: %1 何も変更されていません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Done: every write succeeded.</source>
        <translation>完了: すべての書き込みが成功しました。</translation>
    </message>
    <message>
        <source>Changes to be made</source>
        <translation>行われる変更</translation>
    </message>
    <message>
        <source>Exchange Online PowerShell script</source>
        <translation>Exchange Online PowerShell スクリプト</translation>
    </message>
    <message numerus="yes">
        <source>The rollback left %n change(s) in place: %1</source>
        <extracomment>%1 lists each change that stays, with the reason, as whole sentences</extracomment>
        <translation>
            <numerusform>ロールバックで %n 件の変更が残りました: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeTestPage</name>
    <message>
        <source>Prove it: a member and a non-member</source>
        <translation>検証: メンバーとメンバー以外</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test-ApplicationAccessPolicy beside ConsentDesk&apos;s reading of the directory.</source>
        <translation>Exchange の Test-ApplicationAccessPolicy の結果と、ConsentDesk によるディレクトリの読み取り結果を並べて表示します。</translation>
    </message>
    <message>
        <source>A member:</source>
        <translation>メンバー:</translation>
    </message>
    <message>
        <source>Not a member:</source>
        <translation>メンバー以外:</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>再テスト</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>メンバー以外</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read the group&apos;s mailboxes.</source>
        <translation>Exchange のテストには既に新しいポリシーが反映されています。アプリからの Graph と EWS の呼び出しにポリシーが適用されるまでには、最大 1 時間かかる場合があります。それまでは、アプリがグループのメールボックスを引き続き読み取れる可能性があります。</translation>
    </message>
    <message>
        <source>Exchange&apos;s Test already shows the new policy. Graph and EWS calls of the app can take up to an hour to honor it: until then, the app may still read mailboxes outside the group.</source>
        <translation>Exchange のテストには既に新しいポリシーが反映されています。アプリからの Graph と EWS の呼び出しにポリシーが適用されるまでには、最大 1 時間かかる場合があります。それまでは、アプリがグループ外のメールボックスを引き続き読み取れる可能性があります。</translation>
    </message>
    <message>
        <source>Reading the group&apos;s members…</source>
        <translation>グループのメンバーを読み取っています…</translation>
    </message>
    <message>
        <source>A member: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <source>Not a member: %1</source>
        <translation>メンバー以外: %1</translation>
    </message>
    <message>
        <source>The group has no member with a mailbox to test.</source>
        <translation>グループに、テストできるメールボックスを持つメンバーがいません。</translation>
    </message>
    <message>
        <source>Asking Exchange…</source>
        <translation>Exchange に問い合わせています…</translation>
    </message>
    <message>
        <source>Every mailbox is in the group: no non-member to test.</source>
        <translation>すべてのメールボックスがグループに含まれているため、テストできるメンバー以外のメールボックスがありません。</translation>
    </message>
    <message>
        <source>Could not test: %1</source>
        <translation>テストできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ServicePrincipalCache</name>
    <message>
        <source>No Graph client.</source>
        <translation>Graph クライアントがありません。</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>応答がありません。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The demo sign-in as %1 did not complete</source>
        <translation>%1 としてのデモ サインインが完了しませんでした</translation>
    </message>
    <message>
        <source>Check the user name: start ConsentDesk with --demo alone and the demo tenant&apos;s sign-in page lists its users and roles.</source>
        <translation>ユーザー名を確認してください。ConsentDesk を --demo だけを指定して起動すると、デモ テナントのサインイン ページにユーザーとそのロールの一覧が表示されます。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Choose one, or add it under Profiles….</source>
        <translation>「%1」という名前のプロファイルはありません。プロファイルを選択するか、[プロファイル…] で追加してください。</translation>
    </message>
    <message>
        <source>This build of ConsentDesk has no demo tenant.</source>
        <translation>このビルドの ConsentDesk にはデモ テナントがありません。</translation>
    </message>
    <message>
        <source>The demo tenant could not be started: %1</source>
        <translation>デモ テナントを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Contoso (demo tenant)</source>
        <translation>Contoso (デモ テナント)</translation>
    </message>
    <message>
        <source>Built-in sample tenant on this computer · nothing leaves it · not remembered</source>
        <translation>このコンピューター上の組み込みのサンプル テナント · データは外部に送信されません · 記憶されません</translation>
    </message>
    <message>
        <source>last signed in as %1</source>
        <translation>前回のサインイン: %1</translation>
    </message>
    <message>
        <source>Choose a profile first, or add one under Profiles….</source>
        <translation>先にプロファイルを選択するか、[プロファイル…] で追加してください。</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant as %1…</source>
        <translation>%1 としてデモ テナントにサインインしています…</translation>
    </message>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation>「%1」を使用するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Signing in as %1 with your stored sign-in…</source>
        <translation>保存されたサインインを使用して、%1 としてサインインしています…</translation>
    </message>
    <message>
        <source>Signed in · demo tenant on this computer</source>
        <translation>サインイン済み · このコンピューター上のデモ テナント</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source> · this session only</source>
        <translation> · このセッションのみ</translation>
    </message>
    <message>
        <source>the demo tenant is never remembered.</source>
        <translation>デモ テナントは記憶されません。</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>ConsentDesk could not open your browser. Copy the sign-in link and open it in a browser on this computer.</source>
        <translation>ConsentDesk はブラウザーを開けませんでした。サインイン リンクをコピーして、このコンピューター上のブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Sign in again as %1: the stored sign-in can no longer be used.</source>
        <translation>%1 としてサインインし直してください。保存されたサインインは使用できなくなりました。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Your sign-in is kept for this session only: %1</source>
        <translation>サインインはこのセッションの間だけ保持されます: %1</translation>
    </message>
    <message>
        <source>Signed in · changes allowed</source>
        <translation>サインイン済み · 変更可能</translation>
    </message>
    <message>
        <source>Sign-in canceled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>Offline · %1 · read-only</source>
        <translation>オフライン · %1 · 読み取り専用</translation>
    </message>
</context>
<context>
    <name>SettingsBackend</name>
    <message>
        <source>Could not look up the group %1: %2</source>
        <translation>グループ %1 を検索できませんでした: %2</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>%1 という名前のグループはありません。</translation>
    </message>
    <message>
        <source>Several groups are named %1 (%2); name a reviewer group whose name is unique.</source>
        <translation>%1 という名前のグループが複数あります (%2)。名前が一意のグループをレビュー担当者として指定してください。</translation>
    </message>
    <message>
        <source>There is no directory role named %1.</source>
        <translation>%1 という名前のディレクトリ ロールはありません。</translation>
    </message>
    <message>
        <source>Could not look up the role %1: %2</source>
        <translation>ロール %1 を検索できませんでした: %2</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>ユーザー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Could not look up the user %1: %2</source>
        <translation>ユーザー %1 を検索できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPlanner</name>
    <message>
        <source>Change the admin consent workflow</source>
        <translation>管理者の同意ワークフローの変更</translation>
    </message>
    <message>
        <source>The admin consent workflow is already set this way: nothing to change.</source>
        <translation>管理者の同意ワークフローは既にこの設定になっています。変更するものはありません。</translation>
    </message>
    <message>
        <source>Graph refuses to turn the workflow on without a reviewer.</source>
        <translation>Graph では、レビュー担当者がいない状態でワークフローをオンにすることはできません。</translation>
    </message>
    <message>
        <source>Graph replaces the whole policy. If someone changes it before this is sent (version %1 now), nothing is sent.</source>
        <translation>Graph はポリシー全体を置き換えます。送信前にだれかがポリシーを変更した場合 (現在のバージョン: %1)、何も送信されません。</translation>
    </message>
    <message>
        <source>Change user consent for applications</source>
        <translation>アプリケーションに対するユーザーの同意の変更</translation>
    </message>
    <message>
        <source>User consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>ユーザーの同意は既に「%1」です。変更するものはありません。</translation>
    </message>
    <message>
        <source>User consent: %1</source>
        <translation>ユーザーの同意: %1</translation>
    </message>
    <message>
        <source>Users will be able to consent to any app for every permission that needs no admin — the setting consent phishing relies on. Microsoft recommends against it.</source>
        <translation>ユーザーは、管理者を必要としないすべてのアクセス許可について、任意のアプリに同意できるようになります。これは同意フィッシングに悪用される設定です。Microsoft は推奨していません。</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; users would be able to consent to nothing.</source>
        <translation>テナントにアクセス許可付与ポリシー %1 がありません。ユーザーは何にも同意できなくなります。</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays.</source>
        <translation>今後の同意に適用されます。ユーザーが既に行った同意はそのまま残ります。</translation>
    </message>
    <message>
        <source>Applies to future consents; what users consented to stays. Kept as they are: %1.</source>
        <translation>今後の同意に適用されます。ユーザーが既に行った同意はそのまま残ります。変更されないもの: %1。</translation>
    </message>
    <message>
        <source>Classify %1 as low impact</source>
        <translation>%1 を低影響に分類</translation>
    </message>
    <message>
        <source>%1 is already classified low impact: nothing to change.</source>
        <translation>%1 は既に低影響に分類されています。変更するものはありません。</translation>
    </message>
    <message>
        <source>With user consent &quot;for selected permissions&quot;, users will be able to consent to %1 for apps from verified publishers and from your organization.</source>
        <translation>ユーザーの同意が「選択したアクセス許可について」の場合、ユーザーは確認済みの発行元および組織のアプリに対して %1 に同意できるようになります。</translation>
    </message>
    <message>
        <source>Remove %1 from the low-impact permissions</source>
        <translation>低影響のアクセス許可から %1 を削除</translation>
    </message>
    <message>
        <source>Users who consented to it keep their consent; new consents need an admin.</source>
        <translation>既に同意したユーザーの同意はそのまま残ります。新しい同意には管理者が必要です。</translation>
    </message>
    <message>
        <source>%1 is not classified low impact: nothing to change.</source>
        <translation>%1 は低影響に分類されていません。変更するものはありません。</translation>
    </message>
    <message>
        <source>Restore consent settings</source>
        <translation>同意設定の復元</translation>
    </message>
    <message>
        <source>%1: not restorable (%2).</source>
        <translation>%1: 復元できません (%2)。</translation>
    </message>
    <message>
        <source>it did not succeed</source>
        <translation>変更が成功しなかったため</translation>
    </message>
    <message>
        <source>not a consent settings change</source>
        <translation>同意設定の変更ではないため</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is classified medium impact; remove that classification first.</source>
        <translation>%1 は中影響に分類されています。先にその分類を削除してください。</translation>
    </message>
    <message>
        <source>%1 is classified high impact; remove that classification first.</source>
        <translation>%1 は高影響に分類されています。先にその分類を削除してください。</translation>
    </message>
    <message>
        <source>%1 already has the classification &quot;%2&quot;; remove it first.</source>
        <extracomment>%2 is the classification exactly as Microsoft Graph returned it (a value we do not know)</extracomment>
        <translation>%1 には既に分類「%2」があります。先に削除してください。</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow on.</source>
        <translation>管理者の同意ワークフローをオンにします。</translation>
    </message>
    <message>
        <source>Turn the admin consent workflow off.</source>
        <translation>管理者の同意ワークフローをオフにします。</translation>
    </message>
    <message>
        <source>Remove every reviewer.</source>
        <translation>すべてのレビュー担当者を削除します。</translation>
    </message>
    <message>
        <source>Reviewers from now on: %1.</source>
        <translation>今後のレビュー担当者: %1。</translation>
    </message>
    <message>
        <source>Reviewers get an e-mail for each new request.</source>
        <translation>レビュー担当者は新しい要求ごとにメールを受け取ります。</translation>
    </message>
    <message>
        <source>Reviewers no longer get an e-mail for new requests.</source>
        <translation>レビュー担当者は新しい要求のメールを受け取らなくなります。</translation>
    </message>
    <message>
        <source>Reviewers get reminders of requests that wait.</source>
        <translation>レビュー担当者は待機中の要求のリマインダーを受け取ります。</translation>
    </message>
    <message>
        <source>Reviewers no longer get reminders.</source>
        <translation>レビュー担当者はリマインダーを受け取らなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>Requests expire after %n day(s).</source>
        <translation>
            <numerusform>要求は %n 日後に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change group owner consent</source>
        <translation>グループ所有者の同意を変更</translation>
    </message>
    <message>
        <source>Group owner consent is already &quot;%1&quot;: nothing to change.</source>
        <translation>グループ所有者の同意はすでに「%1」です。変更するものはありません。</translation>
    </message>
    <message>
        <source>Group owner consent: %1</source>
        <translation>グループ所有者の同意: %1</translation>
    </message>
    <message>
        <source>Every group owner will be able to let any app read the data of the groups and teams they own, for permissions that need no administrator. CISA&apos;s baseline (MS.AAD.5.4) asks that group owners may not consent.</source>
        <translation>すべてのグループ所有者が、管理者を必要としないアクセス許可について、所有するグループとチームのデータの読み取りを任意のアプリに許可できるようになります。CISA のベースライン (MS.AAD.5.4) では、グループ所有者が同意できないようにすることが求められています。</translation>
    </message>
    <message>
        <source>The tenant has no permission grant policy %1; group owners would be able to consent to nothing.</source>
        <translation>テナントにはアクセス許可付与ポリシー %1 がありません。グループ所有者は何にも同意できなくなります。</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>今後の同意に適用されます。グループ所有者がすでに同意したものはそのまま残ります。ユーザーの同意と、チームおよびチャットのポリシーはそのままです。</translation>
    </message>
    <message>
        <source>Applies to future consents; what group owners consented to stays. No longer assigned: %1. User consent and the policies for teams and chats are kept as they are.</source>
        <translation>今後の同意に適用されます。グループ所有者がすでに同意したものはそのまま残ります。割り当てが解除されるもの: %1。ユーザーの同意と、チームおよびチャットのポリシーはそのままです。</translation>
    </message>
    <message>
        <source>Older setting Consent Policy Settings: group owners may not consent (EnableGroupSpecificConsent false)</source>
        <translation>以前の設定「Consent Policy Settings」: グループ所有者は同意できません (EnableGroupSpecificConsent false)</translation>
    </message>
    <message>
        <source>The older directory setting Consent Policy Settings lets group owners consent whatever this choice says; &quot;Do not allow group owner consent&quot; turns it off too.</source>
        <translation>以前のディレクトリ設定「Consent Policy Settings」により、この選択にかかわらずグループ所有者が同意できます。「グループ所有者の同意を許可しない」を選ぶと、この設定もオフになります。</translation>
    </message>
</context>
<context>
    <name>SettingsWrite</name>
    <message>
        <source>Classify %1 (Microsoft Graph) as %2 impact</source>
        <translation>%1 (Microsoft Graph) を影響「%2」に分類</translation>
    </message>
    <message>
        <source>Remove the classification of %1 (Microsoft Graph)</source>
        <translation>%1 (Microsoft Graph) の分類を削除</translation>
    </message>
    <message>
        <source>No Microsoft Graph connection.</source>
        <translation>Microsoft Graph への接続がありません。</translation>
    </message>
    <message>
        <source>Not sent: there is no Microsoft Graph connection.</source>
        <translation>未送信: Microsoft Graph への接続がありません。</translation>
    </message>
    <message>
        <source>%1 is not classified any more.</source>
        <translation>%1 は分類されていません。</translation>
    </message>
    <message>
        <source>Not sent: %1 is not classified any more.</source>
        <translation>未送信: %1 は分類されていません。</translation>
    </message>
    <message>
        <source>The admin consent workflow was changed since it was read (version %1, now %2).</source>
        <translation>管理者の同意ワークフローは、読み取った後に変更されました (バージョン %1、現在 %2)。</translation>
    </message>
    <message>
        <source>Not sent: someone changed the admin consent workflow since it was read (version %1, now %2). Read it again and make the change on what is there now.</source>
        <translation>未送信: 読み取った後に、だれかが管理者の同意ワークフローを変更しました (バージョン %1、現在 %2)。もう一度読み取り、現在の状態に対して変更を行ってください。</translation>
    </message>
    <message>
        <source>Changing the admin consent workflow needs Policy.ReadWrite.ConsentRequest and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>管理者の同意ワークフローを変更するには、Policy.ReadWrite.ConsentRequest と、クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>Changing user consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>ユーザーの同意を変更するには、Policy.ReadWrite.Authorization と、特権ロール管理者またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>Classifying permissions needs Policy.ReadWrite.PermissionGrant and the Cloud Application Administrator, Application Administrator or Global Administrator role (%1).</source>
        <translation>アクセス許可を分類するには、Policy.ReadWrite.PermissionGrant と、クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>The workflow as it was before is not known, so it cannot be put back.</source>
        <translation>変更前のワークフローが不明なため、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Put the admin consent workflow back as it was</source>
        <translation>管理者の同意ワークフローを元の状態に戻す</translation>
    </message>
    <message>
        <source>The user consent setting before is not known, so it cannot be put back.</source>
        <translation>変更前のユーザーの同意設定が不明なため、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Put user consent back to: %1</source>
        <translation>ユーザーの同意を元に戻す: %1</translation>
    </message>
    <message>
        <source>Graph did not say which classification it created, so it cannot be removed here.</source>
        <translation>Graph が作成した分類を示さなかったため、ここで削除することはできません。</translation>
    </message>
    <message>
        <source>The classification removed is not known, so it cannot be put back.</source>
        <translation>削除された分類が不明なため、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Changing group owner consent needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>グループ所有者の同意を変更するには、Policy.ReadWrite.Authorization と、特権ロール管理者またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>The group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>以前のグループ所有者の同意の設定が不明なため、元に戻せません。</translation>
    </message>
    <message>
        <source>Put group owner consent back to: %1</source>
        <translation>グループ所有者の同意を次に戻す: %1</translation>
    </message>
    <message>
        <source>Changing the older group owner consent setting (Consent Policy Settings) needs Policy.ReadWrite.Authorization and the Privileged Role Administrator or Global Administrator role (%1).</source>
        <translation>グループ所有者の同意に関する以前の設定 (Consent Policy Settings) を変更するには、Policy.ReadWrite.Authorization と、特権ロール管理者またはグローバル管理者のロールが必要です (%1)。</translation>
    </message>
    <message>
        <source>The older group owner consent setting before is not known, so it cannot be put back.</source>
        <translation>グループ所有者の同意に関する以前の設定の変更前の値が不明なため、元に戻せません。</translation>
    </message>
    <message>
        <source>Let group owners consent again through the older setting Consent Policy Settings</source>
        <translation>以前の設定「Consent Policy Settings」でグループ所有者が再び同意できるようにする</translation>
    </message>
    <message>
        <source>Put the older setting Consent Policy Settings back: group owners may not consent</source>
        <translation>以前の設定「Consent Policy Settings」を元に戻す: グループ所有者は同意できません</translation>
    </message>
</context>
<context>
    <name>SignInErrorExplainer</name>
    <message>
        <source>ConsentDesk does not know AADSTS%1. Microsoft&apos;s error lookup page describes it.</source>
        <translation>ConsentDesk は AADSTS%1 を知りません。Microsoft のエラー検索ページで説明されています。</translation>
    </message>
    <message>
        <source>The consent screen &quot;Need admin approval&quot;</source>
        <translation>同意画面「管理者の承認が必要」</translation>
    </message>
    <message>
        <source>The consent screen &quot;Approval required&quot;</source>
        <translation>同意画面「承認が必要」</translation>
    </message>
</context>
<context>
    <name>SignInManager</name>
    <message>
        <source>You consented as a different account</source>
        <translation>別のアカウントで同意しました</translation>
    </message>
    <message>
        <source>Sign in as %1 in the browser when ConsentDesk asks for write permissions.</source>
        <translation>ConsentDesk が書き込みのアクセス許可を要求したら、ブラウザーで %1 としてサインインしてください。</translation>
    </message>
    <message>
        <source>ConsentDesk could not read your account from Microsoft Graph</source>
        <translation>ConsentDesk は Microsoft Graph からあなたのアカウントを読み取れませんでした</translation>
    </message>
    <message>
        <source>Check that the app registration has the User.Read permission, then sign in again.</source>
        <translation>アプリの登録に User.Read アクセス許可があることを確認してから、サインインし直してください。</translation>
    </message>
    <message>
        <source>to make the change you asked for</source>
        <translation>要求された変更を行うため</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm who gave the consent</source>
        <translation>ConsentDesk は、同意したユーザーを確認できませんでした</translation>
    </message>
    <message>
        <source>The sign-in answer carried no readable id_token. Try again; if it keeps happening, report it with the details below.</source>
        <translation>サインインの応答に、読み取り可能な id_token が含まれていませんでした。もう一度お試しください。繰り返し発生する場合は、下記の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm which tenant you signed in to</source>
        <translation>ConsentDesk は、サインイン先のテナントを確認できませんでした</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, report it with the details below.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、下記の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <source>Neither the sign-in answer nor Microsoft Graph named the tenant, so ConsentDesk cannot tell whether it is the profile&apos;s (%1).</source>
        <translation>サインインの応答にも Microsoft Graph にもテナントが示されなかったため、ConsentDesk はそれがプロファイルのテナント (%1) かどうかを判断できません。</translation>
    </message>
    <message>
        <source>ConsentDesk could not confirm that you signed in to %1</source>
        <translation>ConsentDesk は、%1 にサインインしたことを確認できませんでした</translation>
    </message>
    <message>
        <source>Try again in a moment, or set the profile&apos;s tenant to the tenant ID (%1).</source>
        <translation>しばらくしてからもう一度お試しいただくか、プロファイルのテナントにテナント ID (%1) を設定してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph did not list the tenant&apos;s verified domains (/organization).</source>
        <translation>Microsoft Graph からテナントの確認済みドメインが返されませんでした (/organization)。</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in to your tenant</source>
        <translation>テナントへのサインイン</translation>
    </message>
    <message>
        <source>Tenant profile</source>
        <translation>テナント プロファイル</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>プロファイル…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>サインイン リンクをコピー</translation>
    </message>
    <message>
        <source>For when the browser did not open: paste the link into a browser on this computer.</source>
        <translation>ブラウザーが開かなかった場合: このコンピューター上のブラウザーにリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>No tenant at hand? The demo tenant runs on this computer, with fictional data.</source>
        <translation>使用できるテナントがない場合は、デモ テナントをお試しください。このコンピューター上で、架空のデータを使用して動作します。</translation>
    </message>
    <message>
        <source>Open demo tenant</source>
        <translation>デモ テナントを開く</translation>
    </message>
    <message>
        <source>Your browser is open at the sign-in page. Finish signing in there; ConsentDesk continues by itself. Nothing happens until you do.</source>
        <translation>ブラウザーでサインイン ページが開いています。そこでサインインを完了してください。完了すると、ConsentDesk が自動的に続行します。それまでは何も行われません。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>詳細情報</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Add a tenant profile first.</source>
        <translation>先にテナント プロファイルを追加してください。</translation>
    </message>
    <message>
        <source>ConsentDesk opens your browser to sign in with your organization&apos;s account. It asks only for read access now; before your first change it asks again, for exactly the permission that change needs.</source>
        <translation>ConsentDesk はブラウザーを開き、組織のアカウントでサインインします。現時点では読み取りアクセスのみを要求し、最初の変更の前に、その変更に必要なアクセス許可だけを改めて要求します。</translation>
    </message>
    <message>
        <source>No profile yet. Add one with the tenant and the client ID of your organization&apos;s ConsentDesk app registration.</source>
        <translation>プロファイルがまだありません。テナントと、組織の ConsentDesk のアプリの登録のクライアント ID を指定して追加してください。</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <source>ConsentDesk snapshots (*.json.gz *.json)</source>
        <translation>ConsentDesk スナップショット (*.json.gz *.json)</translation>
    </message>
    <message>
        <source>E&amp;xport snapshot…</source>
        <translation>スナップショットのエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s apps, grants, requests and consent settings to one file.</source>
        <translation>テナントのアプリ、付与、要求、同意設定を 1 つのファイルに保存します。</translation>
    </message>
    <message>
        <source>Compare snapshot with the &amp;tenant…</source>
        <translation>スナップショットをテナントと比較(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare t&amp;wo snapshots…</source>
        <translation>2 つのスナップショットを比較(&amp;W)…</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>スナップショットのエクスポート</translation>
    </message>
    <message>
        <source>Compare snapshot with the tenant</source>
        <translation>スナップショットをテナントと比較</translation>
    </message>
    <message>
        <source>The earlier snapshot</source>
        <translation>前のスナップショット</translation>
    </message>
    <message>
        <source>The later snapshot</source>
        <translation>後のスナップショット</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Reading the tenant…</source>
        <translation>テナントを読み取っています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant… %n item(s) written.</source>
        <translation>
            <numerusform>テナントを読み取っています… %n 項目を書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot was not saved: %1</source>
        <translation>スナップショットは保存されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved to %1 (%n item(s)).</source>
        <translation>
            <numerusform>スナップショットを %1 に保存しました (%n 項目)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in it, because it could not be read: %1.</source>
        <translation>読み取れなかったため含まれていません: %1。</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>スナップショットを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2 Nothing was compared.</source>
        <translation>%1 を開けません: %2 何も比較されていません。</translation>
    </message>
    <message>
        <source>Reading the tenant to compare…</source>
        <translation>比較のためにテナントを読み取っています…</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1 Nothing was compared.</source>
        <translation>テナントを読み取れませんでした: %1 何も比較されていません。</translation>
    </message>
    <message>
        <source>the tenant now</source>
        <translation>現在のテナント</translation>
    </message>
    <message>
        <source>Compare two snapshots</source>
        <translation>2 つのスナップショットを比較</translation>
    </message>
    <message>
        <source>Reading and comparing the snapshots…</source>
        <translation>スナップショットを読み取って比較しています…</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>スナップショットを読み取っています…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
</context>
<context>
    <name>SnapshotChange</name>
    <message>
        <source>Granted for all users</source>
        <extracomment>A delegated permission before or after a change: an admin consented to it for every user of the tenant.</extracomment>
        <translation>すべてのユーザーに付与済み</translation>
    </message>
    <message>
        <source>Granted as an application permission</source>
        <extracomment>An application permission (app role) before or after a change.</extracomment>
        <translation>アプリケーションの許可として付与済み</translation>
    </message>
    <message>
        <source>Consented by the user</source>
        <extracomment>A user&apos;s own consent to a delegated permission, before or after a change.</extracomment>
        <translation>ユーザーが同意済み</translation>
    </message>
    <message numerus="yes">
        <source>Consented by %n user(s)</source>
        <extracomment>A delegated permission that users consented to on their own, before or after a change.</extracomment>
        <translation>
            <numerusform>%n 人のユーザーが同意済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>What an app held: &quot;%1, %2, %3&quot; joins three counts (&quot;4 tenant-wide permissions&quot;...).</extracomment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-wide permission(s)</source>
        <translation>
            <numerusform>テナント全体のアクセス許可 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent</source>
        <translation>
            <numerusform>自分で同意したユーザー %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>アプリケーションの許可 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange application access policy for %1</source>
        <extracomment>A difference between snapshots: the Exchange Online application access policy that limits an app to the mailboxes of a group (%1: the group or scope).</extracomment>
        <translation>%1 の Exchange アプリケーション アクセス ポリシー</translation>
    </message>
    <message>
        <source>Permission grant policy %1</source>
        <extracomment>A difference between snapshots: a permission grant policy (%1: its id).</extracomment>
        <translation>アクセス許可付与ポリシー %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>What a grant, an app, a setting or a policy is after a change that removed it (the After column).</extracomment>
        <translation>削除済み</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Permission or setting</source>
        <translation>アクセス許可または設定</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>スナップショット間の変更</translation>
    </message>
    <message>
        <source>Microsoft Graph records no time for a grant: each change happened at some moment between the two snapshots.</source>
        <translation>Microsoft Graph は付与の日時を記録しません: 各変更は 2 つのスナップショットの間のいずれかの時点で行われました。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Delegated, all users</source>
        <extracomment>A delegated permission granted for all users of the tenant</extracomment>
        <translation>委任済み、すべてのユーザー</translation>
    </message>
    <message>
        <source>Application permission</source>
        <translation>アプリケーションの許可</translation>
    </message>
    <message>
        <source>A user&apos;s own consent</source>
        <translation>ユーザー自身の同意</translation>
    </message>
    <message>
        <source>Consent setting</source>
        <translation>同意設定</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>No differences between %1 (%2) and %3 (%4).</source>
        <translation>%1 (%2) と %3 (%4) の間に違いはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 (%2) to %3 (%4), riskiest first.</source>
        <translation>
            <numerusform>%1 (%2) から %3 (%4) への %n 件の変更 (リスクの高い順)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>変更のエクスポート</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML レポート (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1: %2</source>
        <translation>変更を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>One row per app, permission or setting that was added, removed or changed between the two snapshots.</source>
        <translation>2 つのスナップショットの間で追加、削除、変更されたアプリ、アクセス許可、設定ごとに 1 行。</translation>
    </message>
    <message>
        <source>Not compared, because %1 could not read it: %2.</source>
        <translation>%1 はこの部分を読み取れなかったため、比較していません: %2。</translation>
    </message>
    <message>
        <source>First seen</source>
        <extracomment>Column title: the date ConsentDesk first saw the grant (a short date column)</extracomment>
        <translation>最初に確認した日</translation>
    </message>
    <message>
        <source>The day ConsentDesk on this computer first saw the grant, in a list it read or a snapshot it opened. Graph keeps no date for a grant, so it may be older.</source>
        <translation>このコンピューター上の ConsentDesk が、読み取った一覧または開いたスナップショットでその許可付与を最初に確認した日です。Graph は許可付与に日付を持たないため、実際にはもっと古い場合があります。</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffReport</name>
    <message>
        <source>ConsentDesk snapshot diff</source>
        <extracomment>The title of the HTML report of a snapshot comparison (the browser&apos;s tab)</extracomment>
        <translation>ConsentDesk スナップショットの比較</translation>
    </message>
    <message>
        <source>ConsentDesk: what changed</source>
        <extracomment>The heading of the HTML report of a snapshot comparison</extracomment>
        <translation>ConsentDesk: 変更点</translation>
    </message>
    <message>
        <source>%1 — %2, taken %3</source>
        <extracomment>One side of a snapshot comparison: %1 the file (or &quot;the tenant now&quot;), %2 the tenant, %3 when it was taken</extracomment>
        <translation>%1 — %2、%3 に取得</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>The HTML report&apos;s line with the number of changes, by risk</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How many changes have one risk level: %1 the level (&quot;High&quot;), %2 the number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared</source>
        <extracomment>The HTML report&apos;s line naming the parts a snapshot could not read</extracomment>
        <translation>比較していない項目</translation>
    </message>
    <message>
        <source>No differences.</source>
        <extracomment>The HTML report of a snapshot comparison when both sides hold the same</extracomment>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <source>App id</source>
        <extracomment>Column title: the app&apos;s application (client) id</extracomment>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>First seen: the day ConsentDesk on the computer that made this report first saw the grant (in a list it read or a snapshot it opened); the grant may be older.</source>
        <extracomment>The HTML report&apos;s note on the First seen column</extracomment>
        <translation>最初に確認した日: このレポートを作成したコンピューター上の ConsentDesk が、読み取った一覧または開いたスナップショットでその許可付与を最初に確認した日です。許可付与は実際にはもっと古い場合があります。</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The snapshot export was canceled.</source>
        <translation>スナップショットのエクスポートがキャンセルされました。</translation>
    </message>
    <message>
        <source>The snapshot file could not be written: %1</source>
        <translation>スナップショット ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Exchange Online was not connected, so its access policies were not read.</source>
        <translation>Exchange Online に接続していなかったため、そのアクセス ポリシーは読み取られませんでした。</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み取れません: %1。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, more than a snapshot can be.</source>
        <translation>ファイルが %1 MB を超えています。スナップショットとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file is truncated (its gzip stream ends early).</source>
        <translation>ファイルを展開できません: 圧縮ファイルが途中で切れています (gzip ストリームが途中で終わっています)。</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: the compressed file expands to more than %1 MB.</source>
        <translation>ファイルを展開できません: 展開すると %1 MB を超えます。</translation>
    </message>
    <message>
        <source>The file cannot be decompressed: %1.</source>
        <extracomment>%1 is zlib&apos;s technical reason, in English</extracomment>
        <translation>ファイルを展開できません: %1。</translation>
    </message>
    <message>
        <source>The snapshot is truncated: the file ends before the snapshot does (was it copied or written completely?).</source>
        <translation>スナップショットが途中で切れています: スナップショットが終わる前にファイルが終わっています (完全にコピーまたは書き込まれましたか?)。</translation>
    </message>
    <message>
        <source>The snapshot is damaged: %1 at byte %2.</source>
        <translation>スナップショットが破損しています: バイト %2 で %1。</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot (not JSON: %1 at byte %2).</source>
        <translation>ConsentDesk のスナップショットではありません (JSON ではありません: バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>This is a sandbox tenant fixture, not a ConsentDesk snapshot (it has no &quot;consentDeskSnapshot&quot; header).</source>
        <translation>これはサンドボックスのテナント フィクスチャであり、ConsentDesk のスナップショットではありません (&quot;consentDeskSnapshot&quot; ヘッダーがありません)。</translation>
    </message>
    <message>
        <source>This is not a ConsentDesk snapshot: the JSON has no &quot;consentDeskSnapshot&quot; header.</source>
        <translation>ConsentDesk のスナップショットではありません: JSON に &quot;consentDeskSnapshot&quot; ヘッダーがありません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header is not a JSON object.</source>
        <translation>スナップショットのヘッダーが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header has no valid schema version.</source>
        <translation>スナップショットのヘッダーに有効なスキーマ バージョンがありません。</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer ConsentDesk (schema version %1; this version reads up to %2). Open it with that version or a later one.</source>
        <translation>このスナップショットは新しいバージョンの ConsentDesk で書き込まれています (スキーマ バージョン %1。このバージョンが読み取れるのは %2 までです)。そのバージョン以降で開いてください。</translation>
    </message>
    <message>
        <source>The snapshot is incomplete: it has no end marker, so it was not written to the end.</source>
        <translation>スナップショットが不完全です: 終了マーカーがないため、最後まで書き込まれていません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s header lacks the tenant id or the time it was taken.</source>
        <translation>スナップショットのヘッダーにテナント ID または取得日時がありません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1&quot; is missing or not a list of objects.</source>
        <translation>スナップショットの &quot;%1&quot; がないか、オブジェクトの一覧ではありません。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;policies&quot; or &quot;errors&quot; member is missing or of the wrong type.</source>
        <translation>スナップショットの &quot;policies&quot; または &quot;errors&quot; メンバーがないか、種類が正しくありません。</translation>
    </message>
    <message>
        <source>The snapshot lists a service principal without an id.</source>
        <translation>スナップショットに ID のないサービス プリンシパルが含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot is damaged: its end marker counts %n item(s) in &quot;%1&quot;, the file holds %2.</source>
        <translation>
            <numerusform>スナップショットが破損しています: 終了マーカーでは &quot;%1&quot; の項目数は %n 個ですが、ファイルには %2 個あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The access token in %1 was rejected (expired or for another resource).</source>
        <translation>%1 のアクセス トークンが拒否されました (期限切れか、別のリソース用のトークンです)。</translation>
    </message>
    <message>
        <source>No access token: sign in, or set %1.</source>
        <translation>アクセス トークンがありません。サインインするか、%1 を設定してください。</translation>
    </message>
</context>
<context>
    <name>TenantInventory</name>
    <message>
        <source>%1: %2 received, Graph counts %3</source>
        <translation>%1: 受信 %2 件、Graph の集計 %3 件</translation>
    </message>
    <message>
        <source>%1: %2 received, no count from Graph</source>
        <translation>%1: 受信 %2 件、Graph からの集計なし</translation>
    </message>
    <message>
        <source> (%1 received twice)</source>
        <translation> (%1 件を重複して受信)</translation>
    </message>
</context>
<context>
    <name>TenantInventoryLoader</name>
    <message>
        <source>The inventory was canceled.</source>
        <translation>インベントリはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 is waiting for your approval.</source>
        <translation>%1 があなたの承認を待っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation>
            <numerusform>%n 件の新しい同意要求があなたの承認を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>New consent request</source>
        <translation>新しい同意要求</translation>
    </message>
</context>
<context>
    <name>TroubleshootCheck</name>
    <message>
        <source>Pass</source>
        <extracomment>A troubleshooter check&apos;s result: nothing wrong</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>A troubleshooter check&apos;s result: worth a look, not blocking</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>A troubleshooter check&apos;s result: this stops the user</extracomment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Enable the app…</source>
        <translation>アプリを有効にする…</translation>
    </message>
    <message>
        <source>Assign the user…</source>
        <translation>ユーザーを割り当てる…</translation>
    </message>
    <message>
        <source>Grant admin consent…</source>
        <translation>管理者の同意を付与する…</translation>
    </message>
    <message>
        <source>Turn on the workflow…</source>
        <translation>ワークフローをオンにする…</translation>
    </message>
    <message>
        <source>Edit the reviewers…</source>
        <extracomment>Opens Consent settings at the admin consent workflow&apos;s reviewers</extracomment>
        <translation>レビュー担当者の編集…</translation>
    </message>
</context>
<context>
    <name>TroubleshootFixPlanner</name>
    <message>
        <source>There is nothing ConsentDesk can change for this check.</source>
        <translation>このチェックについて ConsentDesk が変更できることはありません。</translation>
    </message>
    <message>
        <source>%1 is not in this tenant: there is nothing to enable.</source>
        <translation>%1 はこのテナントにありません: 有効にするものはありません。</translation>
    </message>
    <message>
        <source>Sign-in to %1 is already enabled.</source>
        <translation>%1 へのサインインは既に有効です。</translation>
    </message>
    <message>
        <source>Enable sign-in for %1</source>
        <translation>%1 へのサインインを有効にする</translation>
    </message>
    <message>
        <source>Enable sign-in for %1 (accountEnabled = true)</source>
        <translation>%1 へのサインインを有効にする (accountEnabled = true)</translation>
    </message>
    <message>
        <source>The user or the app is not in this tenant: there is nobody to assign.</source>
        <translation>ユーザーまたはアプリがこのテナントにありません: 割り当てる対象がありません。</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 は既に %2 に割り当てられています。</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>%1 を %2 に割り当てる</translation>
    </message>
    <message>
        <source>Assign %1 to %2 with the role %3</source>
        <extracomment>%1 user, %2 app, %3 app role name</extracomment>
        <translation>%1 をロール %3 で %2 に割り当てる</translation>
    </message>
    <message>
        <source>Every permission asked for is granted already.</source>
        <translation>要求されたアクセス許可はすべて付与済みです。</translation>
    </message>
    <message>
        <source>Admin consent for everyone in the tenant: no user of %1 will be asked for these permissions again.</source>
        <translation>テナント内の全員に対する管理者の同意: %1 のユーザーがこれらのアクセス許可を再び求められることはありません。</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read, so it is not changed.</source>
        <translation>管理者の同意ワークフローを読み取れなかったため、変更しません。</translation>
    </message>
    <message>
        <source>The admin consent workflow is on already.</source>
        <translation>管理者の同意ワークフローは既にオンです。</translation>
    </message>
    <message>
        <source>The workflow has no reviewers: choose them in Consent settings (or `consentdesk-cli settings workflow --enable --reviewer …`).</source>
        <translation>ワークフローにレビュー担当者がいません: 同意設定で選択してください (または `consentdesk-cli settings workflow --enable --reviewer …`)。</translation>
    </message>
    <message>
        <source>Choose reviewers who can approve in Consent settings, or run: %1</source>
        <translation>[同意設定] で承認できるレビュー担当者を選択するか、次を実行してください: %1</translation>
    </message>
</context>
<context>
    <name>TroubleshootRules</name>
    <message>
        <source>Can the user sign in at all?</source>
        <translation>ユーザーはそもそもサインインできますか?</translation>
    </message>
    <message>
        <source>The user could not be read: %1</source>
        <translation>ユーザーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No user %1 in this tenant.</source>
        <translation>このテナントにユーザー %1 はいません。</translation>
    </message>
    <message>
        <source>Check the user&apos;s sign-in name (UPN) or object ID.</source>
        <translation>ユーザーのサインイン名 (UPN) またはオブジェクト ID を確認してください。</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: they cannot sign in to anything.</source>
        <translation>%1 のアカウントは無効です: どこにもサインインできません。</translation>
    </message>
    <message>
        <source>Enable the account in the Microsoft Entra admin center (Users), if they should work again.</source>
        <translation>再び業務を行う場合は、Microsoft Entra 管理センター ([ユーザー]) でアカウントを有効にしてください。</translation>
    </message>
    <message>
        <source>%1 is a guest and their account is enabled.</source>
        <translation>%1 はゲストで、アカウントは有効です。</translation>
    </message>
    <message>
        <source>%1&apos;s account is enabled.</source>
        <translation>%1 のアカウントは有効です。</translation>
    </message>
    <message>
        <source>Is the app blocked?</source>
        <translation>アプリはブロックされていますか?</translation>
    </message>
    <message>
        <source>The app could not be read: %1</source>
        <translation>アプリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Run the troubleshooter again; if it persists, check your roles.</source>
        <translation>トラブルシューティングをもう一度実行してください。解決しない場合は、ロールを確認してください。</translation>
    </message>
    <message>
        <source>%1 has no service principal in this tenant yet: it is added at the first consent, and nothing blocks it.</source>
        <translation>%1 にはまだこのテナントのサービス プリンシパルがありません: 最初の同意で追加され、ブロックするものはありません。</translation>
    </message>
    <message>
        <source>Sign-in to %1 is disabled (its service principal&apos;s accountEnabled is false): every user is refused, and nobody can request it.</source>
        <translation>%1 へのサインインは無効です (サービス プリンシパルの accountEnabled が false): すべてのユーザーが拒否され、だれも要求できません。</translation>
    </message>
    <message>
        <source>Enable sign-in for the app, if it was not blocked on purpose (Activity shows who blocked it).</source>
        <translation>意図的にブロックしたのでなければ、アプリのサインインを有効にしてください (だれがブロックしたかはアクティビティに表示されます)。</translation>
    </message>
    <message>
        <source>Sign-in to %1 is enabled.</source>
        <translation>%1 へのサインインは有効です。</translation>
    </message>
    <message>
        <source>Default Access</source>
        <translation>既定のアクセス</translation>
    </message>
    <message>
        <source>Does the app require assignment?</source>
        <translation>アプリでは割り当てが必要ですか?</translation>
    </message>
    <message>
        <source>The app is not in this tenant yet, so it requires no assignment.</source>
        <translation>アプリはまだこのテナントにないため、割り当ては必要ありません。</translation>
    </message>
    <message>
        <source>%1 does not require assignment: any user of the tenant may sign in.</source>
        <translation>%1 では割り当ては不要です: テナントのどのユーザーもサインインできます。</translation>
    </message>
    <message>
        <source>%1 requires assignment, and its assignments could not be read: %2</source>
        <translation>%1 では割り当てが必要ですが、割り当てを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 requires assignment; without the user, ConsentDesk cannot tell whether they are assigned.</source>
        <translation>%1 では割り当てが必要です。ユーザーが指定されていないため、割り当て済みかどうか ConsentDesk は判断できません。</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned.</source>
        <translation>%1 では割り当てが必要で、%2 は割り当て済みです。</translation>
    </message>
    <message>
        <source>%1 requires assignment, and %2 is assigned through the group %3.</source>
        <extracomment>%3 is a group&apos;s name</extracomment>
        <translation>%1 では割り当てが必要で、%2 はグループ %3 を通じて割り当て済みです。</translation>
    </message>
    <message>
        <source>%1 requires assignment and %2 is not assigned, neither directly nor through a group they are a direct member of (nested groups do not count): sign-in fails with AADSTS50105.</source>
        <translation>%1 では割り当てが必要ですが、%2 は直接にも、直接のメンバーであるグループ経由でも割り当てられていません (入れ子になったグループは対象外): サインインは AADSTS50105 で失敗します。</translation>
    </message>
    <message>
        <source>Assign %1 to %2 (role %3), or add them to an assigned group.</source>
        <extracomment>%1 user name, %2 app name, %3 an app role&apos;s name (e.g. Default Access)</extracomment>
        <translation>%1 を %2 に (ロール %3 で) 割り当てるか、割り当て済みのグループに追加してください。</translation>
    </message>
    <message>
        <source>Which conditional access policies apply?</source>
        <translation>どの条件付きアクセス ポリシーが適用されますか?</translation>
    </message>
    <message>
        <source>The conditional access policies could not be read: %1</source>
        <translation>条件付きアクセス ポリシーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reading them needs Policy.Read.All and a role such as Global Reader, Security Reader or Conditional Access Administrator.</source>
        <translation>読み取るには Policy.Read.All と、グローバル閲覧者、セキュリティ閲覧者、条件付きアクセス管理者などのロールが必要です。</translation>
    </message>
    <message>
        <source>Without the user, ConsentDesk cannot tell which policies apply.</source>
        <translation>ユーザーが指定されていないため、どのポリシーが適用されるか ConsentDesk は判断できません。</translation>
    </message>
    <message>
        <source>The user&apos;s groups and roles could not be read (%1); policies that target groups or roles may be missing below.</source>
        <translation>ユーザーのグループとロールを読み取れませんでした (%1)。グループまたはロールを対象とするポリシーが下に表示されていない可能性があります。</translation>
    </message>
    <message>
        <source>No enabled or report-only policy applies to %1 signing in to %2.</source>
        <translation>%1 の %2 へのサインインに適用される有効またはレポート専用のポリシーはありません。</translation>
    </message>
    <message>
        <source>Access is blocked by %1. Conditional access is changed in the Microsoft Entra admin center (Protection &gt; Conditional Access): exclude the user or the app there if the block is not meant for them. ConsentDesk only reads these policies.</source>
        <extracomment>%1 is a list of policy names</extracomment>
        <translation>%1 によりアクセスがブロックされています。条件付きアクセスは Microsoft Entra 管理センター ([保護] &gt; [条件付きアクセス]) で変更します: ブロックがユーザーやアプリを意図したものでない場合は、そこで除外してください。ConsentDesk はこれらのポリシーを読み取るだけです。</translation>
    </message>
    <message>
        <source>The user must meet what these policies require when signing in (for example register for multifactor authentication); nothing to change unless that is the reason they are stuck.</source>
        <translation>ユーザーはサインイン時にこれらのポリシーの要件を満たす必要があります (たとえば多要素認証への登録)。それが行き詰まりの原因でない限り、変更は不要です。</translation>
    </message>
    <message>
        <source>Is there a grant, and is the user prompted for more than it holds?</source>
        <translation>付与はありますか? ユーザーは付与以上のものを求められていますか?</translation>
    </message>
    <message>
        <source>The app&apos;s grants could not be read: %1</source>
        <translation>アプリの付与を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone and the user&apos;s own consent.</source>
        <translation>アプリは全員に対する管理者の同意と、ユーザー自身の同意を持っています。</translation>
    </message>
    <message>
        <source>The app holds an admin consent for everyone.</source>
        <translation>アプリは全員に対する管理者の同意を持っています。</translation>
    </message>
    <message>
        <source>The app holds the user&apos;s own consent, no admin consent.</source>
        <translation>アプリはユーザー自身の同意を持っていますが、管理者の同意はありません。</translation>
    </message>
    <message>
        <source>The app holds no delegated permission for this user (no admin consent, no consent of theirs).</source>
        <translation>アプリはこのユーザーの委任されたアクセス許可を持っていません (管理者の同意もユーザー自身の同意もありません)。</translation>
    </message>
    <message>
        <source>ConsentDesk does not know which permissions the app asks for (no request from this user, no grant).</source>
        <translation>アプリが要求するアクセス許可を ConsentDesk は知りません (このユーザーからの要求も付与もありません)。</translation>
    </message>
    <message>
        <source>It covers every permission asked for: %1.</source>
        <translation>要求されたすべてのアクセス許可を含んでいます: %1。</translation>
    </message>
    <message>
        <source>The user is still prompted for %1, which no grant holds.</source>
        <translation>ユーザーは、どの付与にも含まれていない %1 をまだ求められます。</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone, if the app should have them.</source>
        <translation>アプリに持たせる場合は、%1 について全員に対する管理者の同意を付与してください。</translation>
    </message>
    <message>
        <source>May the user consent to these permissions?</source>
        <translation>ユーザーはこれらのアクセス許可に同意できますか?</translation>
    </message>
    <message>
        <source>Nothing to consent to that ConsentDesk knows of.</source>
        <translation>ConsentDesk が把握している同意対象はありません。</translation>
    </message>
    <message>
        <source>Nothing is left to consent to: the grants hold it all.</source>
        <translation>同意するものは残っていません: 付与にすべて含まれています。</translation>
    </message>
    <message>
        <source>User consent: %1. The user may consent to %2 themselves.</source>
        <extracomment>%1 the user consent setting in the admin center&apos;s words, %2 permissions</extracomment>
        <translation>ユーザーの同意: %1。ユーザーは %2 に自分で同意できます。</translation>
    </message>
    <message>
        <source>User consent: %1. The user cannot consent to %2 and sees &quot;Approval required&quot; (or &quot;Need admin approval&quot;):</source>
        <translation>ユーザーの同意: %1。ユーザーは %2 に同意できず、「承認が必要」(または「管理者の承認が必要」) が表示されます:</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 for everyone (reviewed like a request), or change the user consent setting or the classification of these permissions.</source>
        <translation>%1 について全員に対する管理者の同意を付与するか (要求と同様にレビュー)、ユーザーの同意設定またはこれらのアクセス許可の分類を変更してください。</translation>
    </message>
    <message>
        <source>Can the user request approval, and who reviews?</source>
        <translation>ユーザーは承認を要求できますか? だれがレビューしますか?</translation>
    </message>
    <message>
        <source>The admin consent workflow could not be read: %1</source>
        <translation>管理者の同意ワークフローを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: the user sees &quot;Need admin approval&quot; with no way to ask for it, and no administrator hears of it.</source>
        <translation>管理者の同意ワークフローがオフです: ユーザーには「管理者の承認が必要」が表示されますが要求する方法がなく、管理者にも通知されません。</translation>
    </message>
    <message>
        <source>The admin consent workflow is off: users cannot request apps they may not consent to.</source>
        <translation>管理者の同意ワークフローがオフです: ユーザーは、同意できないアプリを要求できません。</translation>
    </message>
    <message>
        <source>Turn on the workflow; its reviewers would be %1.</source>
        <extracomment>%1 is a list of reviewer names</extracomment>
        <translation>ワークフローをオンにしてください。レビュー担当者は %1 になります。</translation>
    </message>
    <message>
        <source>The workflow is on, but no reviewer can approve: %1</source>
        <translation>ワークフローはオンですが、承認できるレビュー担当者がいません: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workflow is on; reviewers: %1; requests expire after %n day(s).</source>
        <extracomment>%1 reviewer names, %2 number of days</extracomment>
        <translation>
            <numerusform>ワークフローはオンです。レビュー担当者: %1。要求は %n 日後に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Is a request from this user waiting, and when does it expire?</source>
        <translation>このユーザーからの要求は待機中ですか? いつ期限切れになりますか?</translation>
    </message>
    <message>
        <source>The consent requests could not be read: %1</source>
        <translation>同意要求を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No request from %1 for %2.</source>
        <translation>%1 からの %2 の要求はありません。</translation>
    </message>
    <message>
        <source>%1&apos;s last request (%2) is closed: %3.</source>
        <extracomment>%1 user, %2 date, %3 the request&apos;s status (Expired, Completed)</extracomment>
        <translation>%1 の最後の要求 (%2) は終了しています: %3。</translation>
    </message>
    <message>
        <source>Nobody reviewed it in time; the user may request again.</source>
        <translation>期限内にだれもレビューしませんでした。ユーザーは再び要求できます。</translation>
    </message>
    <message>
        <source>%1 asked on %2 and nobody reviewed it by %3, when it expired: the user may request again.</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date</extracomment>
        <translation>%1 が %2 に要求しましたが、期限切れの %3 までだれもレビューしませんでした: ユーザーは再び要求できます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date; followed by how many days are left</extracomment>
        <translation>
            <numerusform>%1 が %2 に要求しました。要求はレビュー待ちで、%3 に期限切れになります (残り %n 日)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked on %2; the request is waiting for review (expiry unknown).</source>
        <translation>%1 が %2 に要求しました。要求はレビュー待ちです (期限は不明)。</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <extracomment>%1 is the user&apos;s justification, as they typed it</extracomment>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Everything it asks for is granted now; the request stays open in the Microsoft Entra admin center until someone reviews it there (Graph has no way to close it).</source>
        <translation>要求されたものはすべて付与済みになりました。要求は、だれかが Microsoft Entra 管理センターでレビューするまでそこで開いたままです (Graph では閉じられません)。</translation>
    </message>
    <message>
        <source>Close the request in the Microsoft Entra admin center (Enterprise applications &gt; Admin consent requests).</source>
        <translation>Microsoft Entra 管理センター ([エンタープライズ アプリケーション] &gt; [管理者の同意要求]) で要求を閉じてください。</translation>
    </message>
    <message>
        <source>Review the request: grant what it asks for (Consent requests), or deny it in the Microsoft Entra admin center.</source>
        <translation>要求をレビューしてください: 要求されたものを付与する ([同意要求]) か、Microsoft Entra 管理センターで拒否してください。</translation>
    </message>
    <message>
        <source>Your roles may not read the conditional access policies, so ConsentDesk cannot tell which apply.</source>
        <translation>あなたのロールでは条件付きアクセス ポリシーを読み取れないため、どれが適用されるか ConsentDesk は判断できません。</translation>
    </message>
    <message>
        <source>Ask the user which permissions the consent screen lists, and name them (Permissions asked for, or --scope in consentdesk-cli).</source>
        <translation>同意画面に表示されるアクセス許可をユーザーに確認し、指定してください ([要求されたアクセス許可]、または consentdesk-cli の --scope)。</translation>
    </message>
    <message>
        <source>Turn on the workflow with reviewers who can approve: choose them in Consent settings, or run %1 (it makes the holders of Cloud Application Administrator the reviewers).</source>
        <translation>承認できるレビュー担当者を指定してワークフローをオンにしてください。[同意設定] で選択するか、%1 を実行します (クラウド アプリケーション管理者ロールの保持者がレビュー担当者になります)。</translation>
    </message>
    <message>
        <source>Add a reviewer who holds a role that may grant consent: in Consent settings (the reviewers who cannot approve are selected), or run %1 — it replaces the reviewers with the holders of Cloud Application Administrator; name the others to keep with more --reviewer options.</source>
        <extracomment>%1 is a consentdesk-cli command</extracomment>
        <translation>同意を付与できるロールを持つレビュー担当者を追加してください。[同意設定] で行うか (承認できないレビュー担当者が選択されています)、%1 を実行します。これにより、レビュー担当者はクラウド アプリケーション管理者ロールの保持者に置き換えられます。残したいほかのレビュー担当者は、--reviewer オプションを追加して指定してください。</translation>
    </message>
</context>
<context>
    <name>TroubleshootView</name>
    <message>
        <source>Troubleshoot</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <source>Why can&apos;t a user connect an app? Name both: ConsentDesk reads what decides it and says what to fix.</source>
        <translation>ユーザーがアプリに接続できないのはなぜですか? 両方を指定してください: ConsentDesk が判断材料を読み取り、何を修正すべきかを示します。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>sign-in name (UPN) or object ID</source>
        <translation>サインイン名 (UPN) またはオブジェクト ID</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>アプリ(&amp;P):</translation>
    </message>
    <message>
        <source>application (client) ID, object ID or exact name</source>
        <translation>アプリケーション (クライアント) ID、オブジェクト ID、または正確な名前</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <extracomment>Runs the troubleshooter&apos;s checks for the user and the app</extracomment>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Checks for this user and app</source>
        <translation>このユーザーとアプリのチェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Why a user cannot connect an app: consent, assignment, blocks, conditional access, requests</source>
        <translation>ユーザーがアプリに接続できない理由: 同意、割り当て、ブロック、条件付きアクセス、要求</translation>
    </message>
    <message>
        <source>Sign in to troubleshoot a user and an app.</source>
        <translation>ユーザーとアプリのトラブルシューティングを行うにはサインインしてください。</translation>
    </message>
    <message>
        <source>Name a user and an app, then choose Check.</source>
        <translation>ユーザーとアプリを指定して、[チェック] を選択してください。</translation>
    </message>
    <message>
        <source>Name the user who cannot connect %1.</source>
        <translation>%1 に接続できないユーザーを指定してください。</translation>
    </message>
    <message>
        <source>Name the app %1 cannot connect.</source>
        <translation>%1 が接続できないアプリを指定してください。</translation>
    </message>
    <message>
        <source>Reading what decides whether %1 can connect %2…</source>
        <translation>%1 が %2 に接続できるかを決める情報を読み取っています…</translation>
    </message>
    <message>
        <source>There is no user %1 in this tenant. Check the sign-in name (UPN) or object ID.</source>
        <translation>このテナントにユーザー %1 はいません。サインイン名 (UPN) またはオブジェクト ID を確認してください。</translation>
    </message>
    <message>
        <source>Several apps are named %1: give its application (client) ID.</source>
        <translation>%1 という名前のアプリが複数あります: アプリケーション (クライアント) ID を指定してください。</translation>
    </message>
    <message>
        <source>There is no app %1 in this tenant, and no consent request names it. Give its application (client) ID, object ID or exact name.</source>
        <translation>このテナントにアプリ %1 はなく、それを示す同意要求もありません。アプリケーション (クライアント) ID、オブジェクト ID、または正確な名前を指定してください。</translation>
    </message>
    <message>
        <source>The user or the app could not be read: %1</source>
        <translation>ユーザーまたはアプリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 and %2:</source>
        <extracomment>%1 user&apos;s name, %2 app&apos;s name</extracomment>
        <translation>%1 と %2:</translation>
    </message>
    <message>
        <source>every check passes.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Choose a check to see what to do about it.</source>
        <translation>チェックを選択すると、対処方法が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>修正(&amp;F)…</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>ここで行うことはありません。</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>変更するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n 件のチェックが不合格でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) gave a warning.</source>
        <translation>
            <numerusform>%n 件のチェックで警告が出ました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1.</source>
        <extracomment>%1 is a list of directory role names</extracomment>
        <translation>この修正には、次のいずれかのロールが必要です: %1。</translation>
    </message>
    <message>
        <source>This fix needs one of these roles: %1. Your roles: %2.</source>
        <extracomment>%1 and %2 are lists of directory role names</extracomment>
        <translation>この修正には、次のいずれかのロールが必要です: %1。あなたのロール: %2。</translation>
    </message>
    <message>
        <source>Per&amp;missions asked for:</source>
        <translation>要求されたアクセス許可(&amp;M):</translation>
    </message>
    <message>
        <source>optional, when no request says it: e.g. Mail.Read Calendars.ReadWrite</source>
        <translation>省略可能。要求に示されていない場合に指定します (例: Mail.Read Calendars.ReadWrite)</translation>
    </message>
    <message>
        <source>One row per check of whether this user can use this app: its result and the evidence; select one to see its fix.</source>
        <translation>このユーザーがこのアプリを使えるかどうかのチェックごとに 1 行: 結果と根拠。選択すると修正方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>Troubleshooter</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>UserConsentEvaluator</name>
    <message>
        <source>%1 is an application permission: only an administrator can grant it.</source>
        <translation>%1 はアプリケーションの許可です: 付与できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>%1 of %2 always needs an administrator&apos;s consent.</source>
        <extracomment>%1 a permission, %2 the API that publishes it</extracomment>
        <translation>%2 の %1 には常に管理者の同意が必要です。</translation>
    </message>
    <message>
        <source>The user consent setting could not be read.</source>
        <translation>ユーザーの同意設定を読み取れませんでした。</translation>
    </message>
    <message>
        <source>User consent is turned off in this tenant.</source>
        <translation>このテナントではユーザーの同意がオフです。</translation>
    </message>
    <message>
        <source>%1 is allowed by the user consent policy &quot;%2&quot;.</source>
        <extracomment>%1 a permission, %2 a permission grant policy&apos;s name</extracomment>
        <translation>%1 はユーザーの同意ポリシー「%2」で許可されています。</translation>
    </message>
    <message>
        <source>Users may consent to any permission that does not need an administrator.</source>
        <translation>ユーザーは、管理者を必要としない任意のアクセス許可に同意できます。</translation>
    </message>
    <message>
        <source>%1 is classified low impact and the app&apos;s publisher is verified.</source>
        <translation>%1 は低影響に分類されており、アプリの発行元は確認済みです。</translation>
    </message>
    <message>
        <source>the app is not in this tenant yet, so its publisher&apos;s verification cannot be read</source>
        <translation>アプリはまだこのテナントにないため、発行元の確認状態を読み取れません</translation>
    </message>
    <message>
        <source>the app&apos;s publisher is not verified</source>
        <translation>アプリの発行元が確認されていません</translation>
    </message>
    <message>
        <source>%1 is not classified low impact</source>
        <translation>%1 は低影響に分類されていません</translation>
    </message>
    <message>
        <source>No user consent policy of this tenant allows %1 for this app.</source>
        <translation>このテナントのどのユーザーの同意ポリシーも、このアプリに対する %1 を許可していません。</translation>
    </message>
    <message>
        <source>No user consent policy allows %1: %2.</source>
        <extracomment>%1 a permission, %2 reasons joined with &quot;and&quot;-free semicolons</extracomment>
        <translation>どのユーザーの同意ポリシーも %1 を許可していません: %2。</translation>
    </message>
</context>
<context>
    <name>UserConsentLookup</name>
    <message>
        <source>Type part of a name, user principal name or mail address.</source>
        <translation>名前、ユーザー プリンシパル名、またはメール アドレスの一部を入力してください。</translation>
    </message>
</context>
<context>
    <name>UserConsentSetting</name>
    <message>
        <source>Do not allow user consent</source>
        <translation>ユーザーの同意を許可しない</translation>
    </message>
    <message>
        <source>Allow user consent for apps from verified publishers, for selected permissions</source>
        <translation>確認済みの発行元のアプリに対し、選択したアクセス許可についてユーザーの同意を許可する</translation>
    </message>
    <message>
        <source>Allow user consent for apps</source>
        <translation>アプリに対するユーザーの同意を許可する</translation>
    </message>
    <message>
        <source>Let Microsoft manage your consent settings</source>
        <translation>Microsoft に同意設定の管理を任せる</translation>
    </message>
    <message>
        <source>Custom app consent policy</source>
        <translation>カスタム アプリ同意ポリシー</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Not checked: every mailbox unless Exchange restricts the app</source>
        <translation>未確認: Exchange でアプリが制限されていない限り、すべてのメールボックス</translation>
    </message>
    <message>
        <source>Reaches this mailbox (no access policy)</source>
        <translation>このメールボックスにアクセス可能 (アクセス ポリシーなし)</translation>
    </message>
    <message>
        <source>Reaches this mailbox (inside the app&apos;s scope)</source>
        <translation>このメールボックスにアクセス可能 (アプリのスコープ内)</translation>
    </message>
    <message>
        <source>Kept out (outside the app&apos;s scope)</source>
        <translation>アクセス不可 (アプリのスコープ外)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Name, user principal name or mail address</source>
        <translation>名前、ユーザー プリンシパル名、またはメール アドレス</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <source>Consented by this user</source>
        <translation>このユーザーが同意</translation>
    </message>
    <message>
        <source>Admin-consented for everyone</source>
        <translation>管理者が全員に対して同意済み</translation>
    </message>
    <message>
        <source>App roles</source>
        <translation>アプリ ロール</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Application permissions</source>
        <translation>アプリケーションの許可</translation>
    </message>
    <message>
        <source>This user&apos;s mailbox</source>
        <translation>このユーザーのメールボックス</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>メールボックスへのアクセス</translation>
    </message>
    <message>
        <source>Sign in to look up users.</source>
        <translation>ユーザーを検索するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Find a user to see what they granted, and to whom.</source>
        <translation>ユーザーを検索すると、そのユーザーが何をどのアプリに付与したかが表示されます。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>一致するユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n 人のユーザーが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what this user granted…</source>
        <translation>このユーザーが付与したものを読み取っています…</translation>
    </message>
    <message>
        <source>Could not read the user: %1</source>
        <translation>ユーザーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>そのユーザーは存在しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation>
            <numerusform>このユーザーが同意した %n 個のアプリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation>
            <numerusform>%n 個のグループのメンバー</numerusform>
        </translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>アカウント無効</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>partly read: %1</source>
        <translation>一部のみ読み取り: %1</translation>
    </message>
    <message>
        <source>Consented by this user (%1)</source>
        <translation>このユーザーが同意 (%1)</translation>
    </message>
    <message>
        <source>Admin-consented for everyone (%1)</source>
        <translation>管理者が全員に対して同意済み (%1)</translation>
    </message>
    <message>
        <source>App roles (%1)</source>
        <translation>アプリ ロール (%1)</translation>
    </message>
    <message>
        <source>Mailbox access (%1)</source>
        <translation>メールボックスへのアクセス (%1)</translation>
    </message>
    <message>
        <source>What a user granted, and to whom (helpdesk lookup)</source>
        <translation>ユーザーが何をどのアプリに付与したか (ヘルプデスク向けの検索)</translation>
    </message>
    <message>
        <source>Double-click an app to open it in Apps and permissions.</source>
        <translation>アプリをダブルクリックすると、[アプリとアクセス許可] で開きます。</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>ユーザーの検索</translation>
    </message>
    <message>
        <source>Permissions this user consented to</source>
        <translation>このユーザーが同意したアクセス許可</translation>
    </message>
    <message>
        <source>Permissions admin-consented for everyone</source>
        <translation>管理者が全員に対して同意したアクセス許可</translation>
    </message>
    <message>
        <source>App roles assigned to this user</source>
        <translation>このユーザーに割り当てられたアプリ ロール</translation>
    </message>
    <message>
        <source>Apps that can reach this user&apos;s mailbox</source>
        <translation>このユーザーのメールボックスにアクセスできるアプリ</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot an app…</source>
        <extracomment>Opens the troubleshooter with this user filled in; the admin names the app</extracomment>
        <translation>アプリのトラブルシューティング(&amp;T)…</translation>
    </message>
    <message>
        <source>Why can&apos;t this user connect an app? Opens the troubleshooter with the user filled in.</source>
        <translation>このユーザーがアプリに接続できないのはなぜですか? このユーザーを入力した状態でトラブルシューティング ツールを開きます。</translation>
    </message>
    <message>
        <source>One row per permission this user granted an app for themselves; double-click a row to open the app.</source>
        <translation>このユーザーが自分用にアプリに付与したアクセス許可ごとに 1 行。行をダブルクリックするとアプリが開きます。</translation>
    </message>
    <message>
        <source>One row per permission an administrator granted an app for everyone, this user included; double-click a row to open the app.</source>
        <translation>管理者がこのユーザーを含む全員に対してアプリに付与したアクセス許可ごとに 1 行。行をダブルクリックするとアプリが開きます。</translation>
    </message>
    <message>
        <source>One row per app role assigned to this user; double-click a row to open the app.</source>
        <translation>このユーザーに割り当てられたアプリ ロールごとに 1 行。行をダブルクリックするとアプリが開きます。</translation>
    </message>
    <message>
        <source>One row per app with application permissions to mailboxes, and whether Exchange lets it reach this user&apos;s mailbox; double-click a row to open the app.</source>
        <translation>メールボックスへのアプリケーションの許可を持つアプリごとに 1 行と、Exchange がこのユーザーのメールボックスへのアクセスを許可するかどうか。行をダブルクリックするとアプリが開きます。</translation>
    </message>
</context>
<context>
    <name>WriteConsentDialog</name>
    <message>
        <source>Allow ConsentDesk to make changes</source>
        <translation>ConsentDesk に変更を許可</translation>
    </message>
    <message>
        <source>You signed in with read access only. To make changes, ConsentDesk needs these delegated permissions. It can never do more than your own directory role allows.</source>
        <translation>読み取りアクセスのみでサインインしています。変更を行うには、ConsentDesk に次の委任されたアクセス許可が必要です。ConsentDesk が、あなた自身のディレクトリ ロールで許可されている範囲を超える操作を行うことはありません。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Why ConsentDesk needs it</source>
        <translation>ConsentDesk で必要な理由</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation>ブラウザーで続行</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Your browser opens to ask for them. If your organization requires an administrator to approve them, the browser says so and nothing changes here.</source>
        <translation>アクセス許可を要求するために、ブラウザーが開きます。組織で管理者の承認が必要な場合は、ブラウザーにその旨が表示され、ここでは何も変更されません。</translation>
    </message>
    <message>
        <source>Permissions to allow, and why</source>
        <translation>許可するアクセス許可とその理由</translation>
    </message>
    <message>
        <source>One row per permission ConsentDesk asks for to make changes, and why it needs it.</source>
        <translation>ConsentDesk が変更を行うために要求するアクセス許可ごとに 1 行と、それが必要な理由。</translation>
    </message>
</context>
<context>
    <name>WriteRun</name>
    <message>
        <source>Roll back: %1</source>
        <translation>ロールバック: %1</translation>
    </message>
</context>
<context>
    <name>WriteRunner</name>
    <message>
        <source>Not sent: another change is still running.</source>
        <translation>未送信: 別の変更がまだ実行中です。</translation>
    </message>
    <message>
        <source>Skipped: an object it needs (%1) was not created.</source>
        <translation>スキップ: 必要なオブジェクト (%1) が作成されませんでした。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Could not read the current state, nothing was changed: %1</source>
        <translation>現在の状態を読み取れなかったため、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>Not sent: there is no activity journal, and ConsentDesk never changes a tenant without recording the change first.</source>
        <translation>未送信: アクティビティ ジャーナルがありません。ConsentDesk は、変更を先に記録せずにテナントを変更することはありません。</translation>
    </message>
    <message>
        <source>Skipped: the journal is not writable.</source>
        <translation>スキップ: ジャーナルに書き込めません。</translation>
    </message>
    <message>
        <source>Not sent: the journal could not record it (%1).</source>
        <translation>未送信: ジャーナルに記録できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came.</source>
        <translation>応答を受信する前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>Skipped: an earlier change failed.</source>
        <translation>スキップ: 前の変更が失敗しました。</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back, found the change not made, and sent it again: it was made.</source>
        <translation>応答が届く前に接続が切れました。ConsentDesk がテナントを読み取ったところ変更は行われていなかったため、再送信しました: 変更は行われました。</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, on the first try and again when ConsentDesk sent the change once more. ConsentDesk read the tenant back: the change was made, once.</source>
        <translation>最初の試行でも、ConsentDesk が変更を再送信したときも、応答が届く前に接続が切れました。ConsentDesk がテナントを読み取りました: 変更は 1 回だけ行われました。</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back: the change was made.</source>
        <translation>応答が届く前に接続が切れました。ConsentDesk がテナントを読み取りました: 変更は行われました。</translation>
    </message>
    <message>
        <source>The connection dropped before the answer came. ConsentDesk read the tenant back and the change was not made, but the journal could not record that, so it was not sent again. Nothing changed; try again once the journal is writable.</source>
        <translation>応答が届く前に接続が切れました。ConsentDesk がテナントを読み取ったところ変更は行われていませんでしたが、ジャーナルに記録できなかったため再送信しませんでした。何も変更されていません。ジャーナルに書き込めるようになったらもう一度試してください。</translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped every time the change was sent (%n time(s)). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</source>
        <translation>
            <numerusform>変更を送信するたびに接続が切れました (%n 回)。ConsentDesk は毎回テナントを読み取りました: 変更は行われていません。何も変更されていません。ネットワーク接続を確認して、もう一度試してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection dropped before the answer came, and ConsentDesk could not read the tenant back to check (%1). Whether the change was made is not known: it stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>応答が届く前に接続が切れ、ConsentDesk は確認のためにテナントを読み取れませんでした (%1)。変更が行われたかどうかは不明です: ConsentDesk が確認できるまで、アクティビティ ジャーナルで保留中のままになります。もう一度試す前にアクティビティを確認してください。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1 (%2).</source>
        <translation>サービスは HTTP %1 (%2) で応答しました。</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was made, so it is recorded as made.</source>
        <translation>ConsentDesk がテナントを読み取り直しました: 変更は行われていたため、行われたものとして記録されています。</translation>
    </message>
    <message>
        <source>ConsentDesk read the tenant back: the change was not made. Nothing changed; try again later.</source>
        <translation>ConsentDesk がテナントを読み取り直しました: 変更は行われていません。何も変わっていません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>That does not say whether the change was made, and ConsentDesk could not read the tenant back to check (%1). It stays pending in the activity journal until ConsentDesk can check it. Look at Activity before trying again.</source>
        <translation>この応答からは変更が行われたかどうかがわからず、ConsentDesk は確認のためにテナントを読み取り直すこともできませんでした (%1)。ConsentDesk が確認できるまで、アクティビティ ジャーナルで保留中のままになります。もう一度試す前に [アクティビティ] を確認してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop admin console for Microsoft 365 / Entra ID application consent.</source>
        <translation>Microsoft 365 / Entra ID のアプリケーションの同意を管理するデスクトップ管理コンソール。</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>スナップショットを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2

Nothing was loaded. Open a complete snapshot file written by ConsentDesk.</source>
        <translation>%1 を開けません: %2

何も読み込まれていません。ConsentDesk が書き込んだ完全なスナップショット ファイルを開いてください。</translation>
    </message>
</context>
</TS>
