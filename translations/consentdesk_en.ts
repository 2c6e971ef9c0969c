<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessMatrixPanel</name>
    <message numerus="yes">
        <source>%n mailbox(es) tested: %1 granted, %2 denied.</source>
        <translation>
            <numerusform>%n mailbox tested: %1 granted, %2 denied.</numerusform>
            <numerusform>%n mailboxes tested: %1 granted, %2 denied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Exchange and the directory disagree on %n mailbox(es): see Why.</source>
        <translation>
            <numerusform>⚠ Exchange and the directory disagree on %n mailbox: see Why.</numerusform>
            <numerusform>⚠ Exchange and the directory disagree on %n mailboxes: see Why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message numerus="yes">
        <source>%n app(s) can reach mailboxes</source>
        <translation>
            <numerusform>%n app can reach mailboxes</numerusform>
            <numerusform>%n apps can reach mailboxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox</source>
        <translation>
            <numerusform>%n app reaches every mailbox</numerusform>
            <numerusform>%n apps reach every mailbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message numerus="yes">
        <source>%n changes selected.</source>
        <translation>
            <numerusform>%n change selected.</numerusform>
            <numerusform>%n changes selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) could not be confirmed in the tenant; see the log.</source>
        <translation>
            <numerusform>%n earlier change could not be confirmed in the tenant; see the log.</numerusform>
            <numerusform>%n earlier changes could not be confirmed in the tenant; see the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppDetailPane</name>
    <message numerus="yes">
        <source>%n user(s) consented themselves</source>
        <translation>
            <numerusform>%n user consented themselves</numerusform>
            <numerusform>%n users consented themselves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected permission(s) (shows exactly what first).</source>
        <translation>
            <numerusform>Remove the %n selected permission (shows exactly what first).</numerusform>
            <numerusform>Remove the %n selected permissions (shows exactly what first).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegated grant</numerusform>
            <numerusform>%n delegated grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n application permission</numerusform>
            <numerusform>%n application permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the browser to return from the sign-in page.</source>
        <translation>
            <numerusform>ConsentDesk waited %n second for the browser to return from the sign-in page.</numerusform>
            <numerusform>ConsentDesk waited %n seconds for the browser to return from the sign-in page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ConsentDesk waited %n second(s) for the identity platform&apos;s token endpoint to answer.</source>
        <translation>
            <numerusform>ConsentDesk waited %n second for the identity platform&apos;s token endpoint to answer.</numerusform>
            <numerusform>ConsentDesk waited %n seconds for the identity platform&apos;s token endpoint to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentSettingsView</name>
    <message numerus="yes">
        <source>Users can ask for approval; a request expires after %n day(s) without a decision.</source>
        <translation>
            <numerusform>Users can ask for approval; a request expires after %n day without a decision.</numerusform>
            <numerusform>Users can ask for approval; a request expires after %n days without a decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeRestorePlanner</name>
    <message numerus="yes">
        <source>Undo %n Exchange change(s)</source>
        <translation>
            <numerusform>Undo %n Exchange change</numerusform>
            <numerusform>Undo %n Exchange changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutionResultDialog</name>
    <message numerus="yes">
        <source>All %n change(s) were made.</source>
        <translation>
            <numerusform>The change was made.</numerusform>
            <numerusform>All %n changes were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n change(s) were made in Exchange Online.</source>
        <translation>
            <numerusform>The change was made in Exchange Online.</numerusform>
            <numerusform>All %n changes were made in Exchange Online.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message numerus="yes">
        <source>%n thing(s) recognized:</source>
        <translation>
            <numerusform>%n thing recognized:</numerusform>
            <numerusform>%n things recognized:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message numerus="yes">
        <source>While reading %1 the server sent pages it had already sent, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>While reading %1 the server sent pages it had already sent, after %n page; ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</numerusform>
            <numerusform>While reading %1 the server sent pages it had already sent, after %n pages; ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While reading %1 the server sent a page link it had already given, after %n page(s); ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</source>
        <translation>
            <numerusform>While reading %1 the server sent a page link it had already given, after %n page; ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</numerusform>
            <numerusform>While reading %1 the server sent a page link it had already given, after %n pages; ConsentDesk stopped to avoid reading in a loop. The list may be incomplete: refresh, and if it happens again, the service is misbehaving — try later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryText</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegated grant</numerusform>
            <numerusform>%n delegated grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n application permission</numerusform>
            <numerusform>%n application permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin-consented grant(s)</source>
        <translation>
            <numerusform>%n admin-consented grant</numerusform>
            <numerusform>%n admin-consented grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user consent(s)</source>
        <translation>
            <numerusform>%n user consent</numerusform>
            <numerusform>%n user consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</source>
        <translation>
            <numerusform>%n service principal that grants or assignments refer to could not be found in the directory; the list marks its app as not found.</numerusform>
            <numerusform>%n service principals that grants or assignments refer to could not be found in the directory; the list marks their apps as not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n app missing from Graph&apos;s list was read on its own.</numerusform>
            <numerusform>%n apps missing from Graph&apos;s list were read one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepOnlyDialog</name>
    <message numerus="yes">
        <source>Keeps %1 and removes %n granted permission(s): %2.</source>
        <translation>
            <numerusform>Keeps %1 and removes %n granted permission: %2.</numerusform>
            <numerusform>Keeps %1 and removes %n granted permissions: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPermissionAudit</name>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</source>
        <translation>
            <numerusform>%1 holds %n tenant-wide application permission in Entra ID (%2); today its access policy limits it. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, it would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</numerusform>
            <numerusform>%1 holds %n tenant-wide application permissions in Entra ID (%2); today its access policy limits them. RBAC for Applications is additive: once the policy is removed in favor of a scoped role, they would reach every mailbox again. Revoke %2 in Apps and permissions before removing the policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tenant-wide application permission(s) in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</source>
        <translation>
            <numerusform>%1 holds %n tenant-wide application permission in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow it, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</numerusform>
            <numerusform>%1 holds %n tenant-wide application permissions in Entra ID (%2). RBAC for Applications is additive: a scoped role assignment does not narrow them, so the app still reaches every mailbox. After the role assignment works, revoke %2 in Apps and permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewFigures</name>
    <message numerus="yes">
        <source>%1: %n app(s). Show them.</source>
        <extracomment>%1 is a risk level (Critical, High, …); the button opens the list of those apps</extracomment>
        <translation>
            <numerusform>%1: %n app. Show it.</numerusform>
            <numerusform>%1: %n apps. Show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending request(s). Show them.</source>
        <extracomment>%1 is how long requests have waited (&quot;Over 30 days&quot;); the button opens the list of those requests</extracomment>
        <translation>
            <numerusform>%1: %n pending request. Show it.</numerusform>
            <numerusform>%1: %n pending requests. Show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewHistoryChart</name>
    <message numerus="yes">
        <source>%n consent(s) given by users on their own since.</source>
        <translation>
            <numerusform>%n consent given by a user on their own since.</numerusform>
            <numerusform>%n consents given by users on their own since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n consent(s): show their apps</source>
        <extracomment>a context menu item of the history chart: %1 is a bar&apos;s label (a date, &quot;First look&quot;), then its count</extracomment>
        <translation>
            <numerusform>%1 — %n consent: show its app</numerusform>
            <numerusform>%1 — %n consents: show their apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSnapshotPanel</name>
    <message numerus="yes">
        <source>%n app(s) changed since the snapshot of %1, riskiest first.</source>
        <extracomment>%1 is the date and time the snapshot was taken</extracomment>
        <translation>
            <numerusform>%n app changed since the snapshot of %1, riskiest first.</numerusform>
            <numerusform>%n apps changed since the snapshot of %1, riskiest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more…</source>
        <extracomment>a button under a short list: shows the other rows</extracomment>
        <translation>
            <numerusform>%n more…</numerusform>
            <numerusform>%n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n other changed app(s)</source>
        <translation>
            <numerusform>Show the %n other changed app</numerusform>
            <numerusform>Show the %n other changed apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%n request(s) waiting for a reviewer.</source>
        <translation>
            <numerusform>%n request waiting for a reviewer.</numerusform>
            <numerusform>%n requests waiting for a reviewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) reach every mailbox.</source>
        <translation>
            <numerusform>%n app reaches every mailbox.</numerusform>
            <numerusform>%n apps reach every mailbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold permissions in this tenant. Read at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>
            <numerusform>%n app holds permissions in this tenant. Read at %1.</numerusform>
            <numerusform>%n apps hold permissions in this tenant. Read at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message numerus="yes">
        <source>Roll back %n change(s)</source>
        <translation>
            <numerusform>Roll back %n change</numerusform>
            <numerusform>Roll back %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove (%n change(s))</source>
        <translation>
            <numerusform>Remove (%n change)</numerusform>
            <numerusform>Remove (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore (%n change(s))</source>
        <translation>
            <numerusform>Restore (%n change)</numerusform>
            <numerusform>Restore (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</source>
        <translation>
            <numerusform>This change will be made in the tenant. It is recorded in the activity journal before it is sent.</numerusform>
            <numerusform>These %n changes will be made in the tenant, in this order. Each is recorded in the activity journal before it is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</source>
        <translation>
            <numerusform>This change will be made in Exchange Online. It is recorded in the activity journal before it is sent.</numerusform>
            <numerusform>These %n changes will be made in Exchange Online, in this order. Each is recorded in the activity journal before it is sent; the first failure stops the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostureDialog</name>
    <message numerus="yes">
        <source>%n check(s) fail.</source>
        <translation>
            <numerusform>%n check fails.</numerusform>
            <numerusform>%n checks fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need a look.</source>
        <translation>
            <numerusform>%n check needs a look.</numerusform>
            <numerusform>%n checks need a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostureEvaluator</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin consent workflow is on with %n reviewer(s); %1 of them can approve.</source>
        <translation>
            <numerusform>The admin consent workflow is on with %n reviewer; %1 of them can approve.</numerusform>
            <numerusform>The admin consent workflow is on with %n reviewers; %1 of them can approve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</source>
        <translation>
            <numerusform>%n app holds mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether it is scoped is unknown.</numerusform>
            <numerusform>%n apps hold mailbox permissions for the whole tenant: %1. Exchange&apos;s application access policies could not be read (%2), so whether any of them is scoped is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every one of the %n app(s) holding mailbox permissions is limited by an application access policy.</source>
        <translation>
            <numerusform>The %n app holding mailbox permissions is limited by an application access policy.</numerusform>
            <numerusform>Every one of the %n apps holding mailbox permissions is limited by an application access policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) can reach every mailbox (no application access policy limits them): %1.</source>
        <translation>
            <numerusform>%n app can reach every mailbox (no application access policy limits it): %1.</numerusform>
            <numerusform>%n apps can reach every mailbox (no application access policy limits them): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting, none for more than %1 days.</source>
        <translation>
            <numerusform>%n request waiting, none for more than %1 days.</numerusform>
            <numerusform>%n requests waiting, none for more than %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (waiting %n day(s))</source>
        <translation>
            <numerusform>%1 (waiting %n day)</numerusform>
            <numerusform>%1 (waiting %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for more than %1 days: %2.</source>
        <translation>
            <numerusform>%n request waiting for more than %1 days: %2.</numerusform>
            <numerusform>%n requests waiting for more than %1 days: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2; %n user(s))</source>
        <translation>
            <numerusform>%1 (%2; %n user)</numerusform>
            <numerusform>%1 (%2; %n users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) from unverified publishers hold high-risk permissions users consented to: %1.</source>
        <translation>
            <numerusform>%n app from an unverified publisher holds high-risk permissions users consented to: %1.</numerusform>
            <numerusform>%n apps from unverified publishers hold high-risk permissions users consented to: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) from this file will take precedence over the built-in catalog from the next start (in the command line too).</source>
        <translation>
            <numerusform>%n rule from this file will take precedence over the built-in catalog from the next start (in the command line too).</numerusform>
            <numerusform>%n rules from this file will take precedence over the built-in catalog from the next start (in the command line too).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message numerus="yes">
        <source>%n row(s) written</source>
        <translation>
            <numerusform>%n row written</numerusform>
            <numerusform>%n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegated grant(s)</source>
        <translation>
            <numerusform>%n delegated grant</numerusform>
            <numerusform>%n delegated grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n application permission</numerusform>
            <numerusform>%n application permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
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
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read in %1 s with %n request(s).</source>
        <translation>
            <numerusform>Read in %1 s with %n request.</numerusform>
            <numerusform>Read in %1 s with %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service principal(s) that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</source>
        <translation>
            <numerusform>%n service principal that grants or assignments refer to could not be found in the directory; its rows say &quot;(not found)&quot; with the id.</numerusform>
            <numerusform>%n service principals that grants or assignments refer to could not be found in the directory; their rows say &quot;(not found)&quot; with the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent could not be found; their rows name the user&apos;s id.</source>
        <translation>
            <numerusform>%n user with their own consent could not be found; their rows name the user&apos;s id.</numerusform>
            <numerusform>%n users with their own consent could not be found; their rows name each user&apos;s id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) missing from Graph&apos;s list were read one by one.</source>
        <translation>
            <numerusform>%n app missing from Graph&apos;s list was read on its own.</numerusform>
            <numerusform>%n apps missing from Graph&apos;s list were read one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message numerus="yes">
        <source>%n delegated permission(s)</source>
        <translation>
            <numerusform>%n delegated permission</numerusform>
            <numerusform>%n delegated permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n application permission</numerusform>
            <numerusform>%n application permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %n hour</numerusform>
            <numerusform>In %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokePlanner</name>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeGroupPage</name>
    <message numerus="yes">
        <source>%1 has %n member(s): %2</source>
        <translation>
            <numerusform>%1 has %n member: %2</numerusform>
            <numerusform>%1 has %n members: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeMembersPage</name>
    <message numerus="yes">
        <source>%1 will have %n member(s).</source>
        <translation>
            <numerusform>%1 will have %n member.</numerusform>
            <numerusform>%1 will have %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeReviewPage</name>
    <message numerus="yes">
        <source>The rollback left %n change(s) in place: %1</source>
        <extracomment>%1 lists each change that stays, with the reason, as whole sentences</extracomment>
        <translation>
            <numerusform>The rollback left %n change in place: %1</numerusform>
            <numerusform>The rollback left %n changes in place: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPlanner</name>
    <message numerus="yes">
        <source>Requests expire after %n day(s).</source>
        <translation>
            <numerusform>Requests expire after %n day.</numerusform>
            <numerusform>Requests expire after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message numerus="yes">
        <source>Reading the tenant… %n item(s) written.</source>
        <translation>
            <numerusform>Reading the tenant… %n item written.</numerusform>
            <numerusform>Reading the tenant… %n items written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot saved to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Snapshot saved to %1 (%n item).</numerusform>
            <numerusform>Snapshot saved to %1 (%n items).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotChange</name>
    <message numerus="yes">
        <source>Consented by %n user(s)</source>
        <extracomment>A delegated permission that users consented to on their own, before or after a change.</extracomment>
        <translation>
            <numerusform>Consented by %n user</numerusform>
            <numerusform>Consented by %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-wide permission(s)</source>
        <translation>
            <numerusform>%n tenant-wide permission</numerusform>
            <numerusform>%n tenant-wide permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) with their own consent</source>
        <translation>
            <numerusform>%n user with their own consent</numerusform>
            <numerusform>%n users with their own consent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application permission(s)</source>
        <translation>
            <numerusform>%n application permission</numerusform>
            <numerusform>%n application permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDiffDialog</name>
    <message numerus="yes">
        <source>%n change(s) from %1 (%2) to %3 (%4), riskiest first.</source>
        <translation>
            <numerusform>%n change from %1 (%2) to %3 (%4), riskiest first.</numerusform>
            <numerusform>%n changes from %1 (%2) to %3 (%4), riskiest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message numerus="yes">
        <source>The snapshot is damaged: its end marker counts %n item(s) in &quot;%1&quot;, the file holds %2.</source>
        <translation>
            <numerusform>The snapshot is damaged: its end marker counts %n item in &quot;%1&quot;, the file holds %2.</numerusform>
            <numerusform>The snapshot is damaged: its end marker counts %n items in &quot;%1&quot;, the file holds %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>%n new consent requests are waiting for your approval.</source>
        <translation>
            <numerusform>%n new consent request is waiting for your approval.</numerusform>
            <numerusform>%n new consent requests are waiting for your approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TroubleshootRules</name>
    <message numerus="yes">
        <source>The workflow is on; reviewers: %1; requests expire after %n day(s).</source>
        <extracomment>%1 reviewer names, %2 number of days</extracomment>
        <translation>
            <numerusform>The workflow is on; reviewers: %1; requests expire after %n day.</numerusform>
            <numerusform>The workflow is on; reviewers: %1; requests expire after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asked on %2; the request is waiting for review and expires on %3 (%n day(s) left).</source>
        <extracomment>%1 user, %2 date asked, %3 expiry date; followed by how many days are left</extracomment>
        <translation>
            <numerusform>%1 asked on %2; the request is waiting for review and expires on %3 (%n day left).</numerusform>
            <numerusform>%1 asked on %2; the request is waiting for review and expires on %3 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TroubleshootView</name>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) gave a warning.</source>
        <translation>
            <numerusform>%n check gave a warning.</numerusform>
            <numerusform>%n checks gave a warning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message numerus="yes">
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n user found.</numerusform>
            <numerusform>%n users found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) consented to by this user</source>
        <translation>
            <numerusform>%n app consented to by this user</numerusform>
            <numerusform>%n apps consented to by this user</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member of %n group(s)</source>
        <translation>
            <numerusform>member of %n group</numerusform>
            <numerusform>member of %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteRunner</name>
    <message numerus="yes">
        <source>The connection dropped every time the change was sent (%n time(s)). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</source>
        <translation>
            <numerusform>The connection dropped every time the change was sent (%n time). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</numerusform>
            <numerusform>The connection dropped every time the change was sent (%n times). ConsentDesk read the tenant back after each: the change was not made. Nothing changed; check the network connection and try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
