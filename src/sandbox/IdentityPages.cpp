#include "IdentityPages.h"

namespace {

// System fonts, dark text on white (contrast above 15:1), Entra's blue for the primary button (white text, 4.9:1),
// a 3px focus ring, and sizes that keep a tenant of a few dozen users readable in a 1280×800 window.
const char* const kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f3; color: #1b1b1b; font: 16px/1.5 "Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 76rem; margin: 1rem auto; background: #ffffff; border: 1px solid #c8c8c8; border-radius: 6px; padding: 1.25rem 1.75rem 0; }
.brand { margin: 0 0 .25rem; color: #404040; font-size: .875rem; letter-spacing: .02em; }
h1 { margin: 0 0 .5rem; font-size: 1.75rem; font-weight: 600; }
h2 { margin: 1.5rem 0 .5rem; font-size: 1.2rem; font-weight: 600; }
p { margin: .25rem 0 .75rem; }
fieldset { border: 0; margin: 0; padding: 0; }
legend { font-size: 1.2rem; font-weight: 600; padding: 0; margin: 1rem 0 .5rem; }
.accounts { display: grid; grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); gap: .4rem; }
.account { display: flex; gap: .6rem; align-items: flex-start; border: 1px solid #8a8a8a; border-radius: 4px; padding: .35rem .6rem; line-height: 1.35; }
.account:has(input:checked) { border: 2px solid #0f6cbd; background: #ebf3fc; }
.account input { margin-top: .2rem; width: 1.1rem; height: 1.1rem; flex: none; }
.account label { cursor: pointer; flex: 1; }
.name { font-weight: 600; display: block; }
.upn { display: block; color: #333333; overflow-wrap: anywhere; }
.roles { display: block; color: #5c2e91; font-size: .9rem; }
.roles.none { color: #555555; }
.field { margin: 1rem 0; }
.field label { display: block; font-weight: 600; margin-bottom: .25rem; }
input[type=text], textarea { width: 100%; max-width: 30rem; font: inherit; padding: .4rem .5rem; border: 1px solid #616161; border-radius: 4px; }
.permissions { border-left: 4px solid #0f6cbd; background: #f5f9fd; padding: .75rem 1rem; margin: 1rem 0; }
.permissions h2 { margin-top: 0; }
.permissions ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
.tag { display: inline-block; font-size: .8rem; border: 1px solid #8a3700; color: #8a3700; border-radius: 3px; padding: 0 .3rem; margin-left: .4rem; }
.check { display: flex; gap: .5rem; align-items: center; margin: .5rem 0; }
.actions { display: flex; gap: .75rem; margin-top: 1rem; padding: .75rem 0 1.25rem; position: sticky; bottom: 0; background: #ffffff; border-top: 1px solid #c8c8c8; }
button { font: inherit; font-weight: 600; padding: .5rem 1.5rem; border-radius: 4px; cursor: pointer; }
.primary { background: #0f6cbd; color: #ffffff; border: 1px solid #0f6cbd; }
.primary:hover { background: #115ea3; }
.secondary { background: #ffffff; color: #1b1b1b; border: 1px solid #616161; }
:focus-visible { outline: 3px solid #000000; outline-offset: 2px; }
.alert { border: 1px solid #b10e1c; background: #fdf3f4; color: #7a0912; border-radius: 4px; padding: .75rem 1rem; margin: .75rem 0; }
.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; padding: .75rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #c8c8c8; padding: .4rem .5rem; }
th { font-weight: 600; }
.note { color: #404040; font-size: .9rem; }
)css";

QString attribute(const QString& text)
{
    return IdentityPages::escape(text);
}

} // namespace

QString IdentityPages::escape(const QString& text)
{
    QString escaped = text.toHtmlEscaped(); // & < > "
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

QString IdentityPages::title(const QString& tenantName)
{
    return QStringLiteral("Sign in to %1 (ConsentDesk sandbox)").arg(tenantName);
}

QString IdentityPages::document(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
           + escape(title) + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle)
           + QStringLiteral("</style>\n</head>\n<body>\n<main>\n") + body
           + QStringLiteral("</main>\n</body>\n</html>\n");
}

QString IdentityPages::hiddenFields(const Parameters& parameters)
{
    QString html;
    for (const auto& [name, value] : parameters) {
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(attribute(name), attribute(value));
    }
    return html;
}

QString IdentityPages::permissionList(const QList<Permission>& permissions)
{
    QString html = QStringLiteral("<ul>\n");
    for (const auto& p : permissions) {
        html += QStringLiteral("<li><strong>%1</strong> (%2, %3)")
                    .arg(escape(p.displayName), escape(p.value), escape(p.resourceName));
        if (p.adminOnly) {
            html += QStringLiteral("<span class=\"tag\">Admin consent required</span>");
        }
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

QString IdentityPages::signIn(const SignIn& page)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n");
    body += QStringLiteral("<h1>Sign in to %1</h1>\n").arg(escape(page.tenantName));
    body += QStringLiteral("<p>%1</p>\n").arg(escape(page.intro));
    if (!page.error.isEmpty()) {
        body += QStringLiteral("<div class=\"alert\" role=\"alert\">%1</div>\n").arg(escape(page.error));
    }
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n").arg(attribute(page.action));
    body += hiddenFields(page.hidden);
    // What is being consented to comes first, visible without scrolling.
    if (!page.permissions.isEmpty()) {
        body += QStringLiteral("<section class=\"permissions\" aria-labelledby=\"permissions-heading\">\n"
                               "<h2 id=\"permissions-heading\">%1 asks for these permissions</h2>\n")
                    .arg(escape(page.appName));
        body += permissionList(page.permissions);
        body += QStringLiteral("<p>Signing in accepts them for you. Permissions marked <em>Admin consent required</em> "
                               "can only be accepted by an administrator (Global, Privileged Role, Cloud Application "
                               "or Application Administrator); other users are told to ask one.</p>\n");
        if (page.offerOrganizationConsent) {
            body += QStringLiteral("<div class=\"check\"><input type=\"checkbox\" id=\"consent-org\" "
                                   "name=\"consent_on_behalf_of_organization\" value=\"true\"><label "
                                   "for=\"consent-org\">Consent on behalf of your organization (administrators "
                                   "only)</label></div>\n");
        }
        body += QStringLiteral("</section>\n");
    }
    body += QStringLiteral("<fieldset>\n<legend>Choose an account</legend>\n<div class=\"accounts\">\n");
    int index = 0;
    for (const auto& account : page.accounts) {
        const QString id = QStringLiteral("account-%1").arg(index++);
        body += QStringLiteral("<div class=\"account\"><input type=\"radio\" name=\"login\" id=\"%1\" value=\"%2\"%3>")
                    .arg(id, attribute(account.id), account.selected ? QStringLiteral(" checked") : QString());
        body += QStringLiteral("<label for=\"%1\"><span class=\"name\">%2</span><span class=\"upn\">%3</span>")
                    .arg(id, escape(account.displayName), escape(account.userPrincipalName));
        body += account.roles.isEmpty()
                    ? QStringLiteral("<span class=\"roles none\">No directory role</span></label></div>\n")
                    : QStringLiteral("<span class=\"roles\">%1</span></label></div>\n")
                          .arg(escape(account.roles.join(QStringLiteral(", "))));
    }
    body += QStringLiteral("</div>\n</fieldset>\n");
    if (page.totalUsers > page.accounts.size()) {
        body += QStringLiteral("<p class=\"note\">Showing %1 of %2 accounts: administrators first.</p>\n")
                    .arg(page.accounts.size())
                    .arg(page.totalUsers);
    }
    body += QStringLiteral("<div class=\"field\"><label for=\"username\">Or sign in with another account (user "
                           "principal name)</label><input type=\"text\" id=\"username\" name=\"username\" "
                           "autocomplete=\"username\" spellcheck=\"false\" value=\"%1\"></div>\n")
                .arg(attribute(page.username));
    body += QStringLiteral("<div class=\"actions\"><button type=\"submit\" class=\"primary\" name=\"action\" "
                           "value=\"signin\">Sign in</button><button type=\"submit\" class=\"secondary\" "
                           "name=\"action\" value=\"cancel\" formnovalidate>Cancel</button></div>\n</form>\n");
    return document(title(page.tenantName), body);
}

QString IdentityPages::adminConsent(const AdminConsent& page)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n");
    body += QStringLiteral("<h1>Permissions requested</h1>\n");
    body += QStringLiteral("<p><strong>%1</strong> (application ID %2%3) asks for permission to access resources in "
                           "your organization. Accepting grants them for all users of %4.</p>\n")
                .arg(escape(page.appName),
                     escape(page.appId),
                     page.publisher.isEmpty() ? QString() : QStringLiteral(", publisher ") + escape(page.publisher),
                     escape(page.tenantName));
    body += QStringLiteral("<p>Signed in as %1. <a href=\"%2\">Use another account</a></p>\n")
                .arg(escape(page.signedInAs), attribute(page.switchAccountUrl));
    if (!page.blockingError.isEmpty()) {
        body += QStringLiteral("<div class=\"alert\" role=\"alert\">%1</div>\n").arg(escape(page.blockingError));
    }
    if (page.permissions.isEmpty()) {
        body += QStringLiteral("<p>The app asks for no permissions beyond those already granted.</p>\n");
    } else {
        body += QStringLiteral("<table>\n<caption class=\"note\">Requested permissions</caption>\n<thead><tr><th "
                               "scope=\"col\">Permission</th><th scope=\"col\">Type</th><th "
                               "scope=\"col\">API</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        for (const auto& p : page.permissions) {
            body += QStringLiteral("<tr><td><strong>%1</strong><br>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(escape(p.displayName),
                             escape(p.value),
                             p.application ? QStringLiteral("Application") : QStringLiteral("Delegated"),
                             escape(p.resourceName),
                             escape(p.description));
        }
        body += QStringLiteral("</tbody>\n</table>\n");
    }
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n").arg(attribute(page.action));
    body += hiddenFields(page.hidden);
    body += QStringLiteral("<div class=\"actions\">");
    if (page.blockingError.isEmpty()) {
        body += QStringLiteral(
            "<button type=\"submit\" class=\"primary\" name=\"action\" value=\"accept\">Accept</button>");
    }
    body
        += QStringLiteral("<button type=\"submit\" class=\"secondary\" name=\"action\" value=\"cancel\">Cancel</button>"
                          "</div>\n</form>\n");
    return document(QStringLiteral("Permissions requested — %1 (ConsentDesk sandbox)").arg(page.tenantName), body);
}

QString IdentityPages::approvalRequired(const ApprovalRequired& page)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n");
    body += QStringLiteral("<h1>Approval required</h1>\n");
    body += QStringLiteral("<p>Signed in as %1.</p>\n").arg(escape(page.signedInAs));
    body += QStringLiteral("<p>%1 needs permission to access resources in %2 that only an admin can grant. Request "
                           "approval from an administrator, or go back without it.</p>\n")
                .arg(escape(page.appName), escape(page.tenantName));
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n").arg(attribute(page.action));
    body += hiddenFields(page.hidden);
    if (!page.permissions.isEmpty()) {
        body += QStringLiteral("<section class=\"permissions\" aria-labelledby=\"permissions-heading\">\n"
                               "<h2 id=\"permissions-heading\">%1 asks for these permissions</h2>\n")
                    .arg(escape(page.appName));
        body += permissionList(page.permissions);
        body += QStringLiteral("</section>\n");
    }
    if (page.alreadyRequested) {
        body += QStringLiteral("<p class=\"note\">You already requested approval for this app; the request is "
                               "waiting for a reviewer.</p>\n");
    }
    body += QStringLiteral("<div class=\"field\"><label for=\"justification\">Justification for requesting this app"
                           "</label><textarea id=\"justification\" name=\"justification\" rows=\"3\" "
                           "maxlength=\"500\" required></textarea></div>\n");
    body += QStringLiteral("<div class=\"actions\"><button type=\"submit\" class=\"primary\" name=\"action\" "
                           "value=\"request_approval\">Request approval</button><button type=\"submit\" "
                           "class=\"secondary\" name=\"action\" value=\"cancel\" formnovalidate>Back to %1"
                           "</button></div>\n</form>\n")
                .arg(escape(page.appName));
    return document(QStringLiteral("Approval required - ") + title(page.tenantName), body);
}

QString IdentityPages::error(const QString& tenantName, int code, const QString& description)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n");
    body += QStringLiteral("<h1>Sorry, but we're having trouble signing you in.</h1>\n");
    body += QStringLiteral("<div class=\"alert\" role=\"alert\">AADSTS%1</div>\n").arg(code);
    body += QStringLiteral("<h2>Troubleshooting details</h2>\n<p class=\"code\">%1</p>\n").arg(escape(description));
    body += QStringLiteral("<p class=\"note\">Nothing was sent back to the application. More about this code: "
                           "https://login.microsoftonline.com/error?code=%1</p>\n")
                .arg(code);
    return document(QStringLiteral("Sign-in error — %1 (ConsentDesk sandbox)").arg(tenantName), body);
}

QString IdentityPages::message(const QString& tenantName, const QString& heading, const QStringList& paragraphs)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n");
    body += QStringLiteral("<h1>%1</h1>\n").arg(escape(heading));
    for (const auto& paragraph : paragraphs) {
        body += QStringLiteral("<p>%1</p>\n").arg(escape(paragraph));
    }
    return document(QStringLiteral("%1 — %2 (ConsentDesk sandbox)").arg(heading, tenantName), body);
}

QString IdentityPages::formPost(const QString& tenantName, const QString& redirectUri, const Parameters& parameters)
{
    QString body = QStringLiteral("<p class=\"brand\">ConsentDesk sandbox · emulated Microsoft Entra ID</p>\n"
                                  "<h1>Returning to the application</h1>\n");
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n").arg(attribute(redirectUri));
    body += hiddenFields(parameters);
    body += QStringLiteral("<div class=\"actions\"><button type=\"submit\" class=\"primary\">Continue</button></div>\n"
                           "</form>\n<script>document.forms[0].submit();</script>\n");
    return document(QStringLiteral("Working… — %1 (ConsentDesk sandbox)").arg(tenantName), body);
}
