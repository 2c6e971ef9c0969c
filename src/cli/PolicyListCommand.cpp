#include "PolicyListCommand.h"

#include "CliContext.h"
#include "GrantsBackend.h"
#include "PolicyBackend.h"

#include "async/Async.h"
#include "directory/ServicePrincipalCache.h"
#include "exchange/AccessPolicyEvaluator.h"
#include "exchange/AccessPolicyLoader.h"
#include "exchange/ExchangePlanner.h"
#include "exchange/MailPermissionAudit.h"
#include "graph/ODataFilter.h"

#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

#include <memory>

QString PolicyListCommand::details() const
{
    return QStringLiteral(
        "Reads the policies from Exchange Online (Get-ApplicationAccessPolicy), resolves each scope to its Entra ID\n"
        "object and each app to its display name (Microsoft Graph servicePrincipals), one row per policy in\n"
        "Exchange's order. --app APP (application ID, service principal object ID or exact display name) keeps that\n"
        "app's policies only.\n"
        "\n"
        "Columns (CSV headers and JSON keys, stable): Identity (what `policy remove` takes), AppId, App, Scope,\n"
        "ScopeObjectId, ScopeKind (MailEnabledSecurityGroup, Mailbox, Group — not a mail-enabled security group,\n"
        "which Exchange does not honor — or Unresolved: the scope is gone), AccessRight (RestrictAccess or\n"
        "DenyAccess), Description, Warnings (why Exchange's answer may differ from the directory's), RbacScopeFilter\n"
        "(the RBAC for Applications equivalent: a management scope's RecipientRestrictionFilter; empty for "
        "DenyAccess,\n"
        "which RBAC cannot express).\n"
        "In table format Microsoft's deprecation note (use RBAC for Applications for new scoping) goes to standard\n"
        "error.\n"
        "\n"
        "Needs an Exchange role that may run Get-ApplicationAccessPolicy (Global Reader or View-Only Organization\n"
        "Management is enough) and a Microsoft Graph token that may read groups and service principals.\n"
        "Exit codes: 0 ok (also when there are no policies), 1 failure, 2 usage (a display name that matches several\n"
        "apps), 3 sign-in needed, 4 permission denied (no Exchange role), 5 no such app.");
}

QList<QCommandLineOption> PolicyListCommand::options() const
{
    return {
        {QStringLiteral("app"),
         QStringLiteral("Only this app's policies (appId, object id or display name)."),
         QStringLiteral("app")},
    };
}

QString PolicyListCommand::scopeKind(const AccessPolicyModel& model, const ApplicationAccessPolicy& policy)
{
    const AccessPolicyModel::Node* node = policy.scopeObjectId.isEmpty() ? nullptr : model.node(policy.scopeObjectId);
    if (!node) {
        return QStringLiteral("Unresolved");
    }
    switch (node->kind) {
    case AccessPolicyModel::Node::Kind::Group:
        return node->mailEnabled && node->securityEnabled ? QStringLiteral("MailEnabledSecurityGroup")
                                                          : QStringLiteral("Group");
    case AccessPolicyModel::Node::Kind::User:
        return QStringLiteral("Mailbox");
    case AccessPolicyModel::Node::Kind::Other:
        break;
    }
    return QStringLiteral("Unresolved");
}

Table PolicyListCommand::table(const AccessPolicyModel& model,
                               const QList<ApplicationAccessPolicy>& policies,
                               const QHash<QString, QString>& appNames)
{
    Table table;
    table.addColumn(QStringLiteral("Identity"));
    table.addColumn(QStringLiteral("AppId"));
    table.addColumn(QStringLiteral("App"));
    table.addColumn(QStringLiteral("Scope"));
    table.addColumn(QStringLiteral("ScopeObjectId"));
    table.addColumn(QStringLiteral("ScopeKind"));
    table.addColumn(QStringLiteral("AccessRight"));
    table.addColumn(QStringLiteral("Description"));
    table.addColumn(QStringLiteral("Warnings"));
    table.addColumn(QStringLiteral("RbacScopeFilter"));
    for (const ApplicationAccessPolicy& p : policies) {
        const AccessPolicyModel::Node* node = p.scopeObjectId.isEmpty() ? nullptr : model.node(p.scopeObjectId);
        QStringList warnings = AccessPolicyEvaluator::scopeWarnings(model, p);
        const QString app = appNames.value(p.appId.toLower());
        if (app.isEmpty()) {
            warnings.append(QStringLiteral("No app with this application ID in the tenant: the policy waits for an "
                                           "app that is not (or no longer) here."));
        }
        // The RBAC for Applications equivalent (a management scope's filter); RBAC has no deny. A DN that cannot go
        // into an OPATH string safely gets no filter, and a warning saying why.
        QString rbacFilter;
        if (!p.isDeny() && !p.scopeDistinguishedName.isEmpty()) {
            QString refusal;
            rbacFilter = ExchangePlanner::rbacFilterForGroup(p.scopeDistinguishedName, &refusal);
            if (!refusal.isEmpty()) {
                warnings.append(refusal);
            }
        }
        table.addRow({p.identity,
                      p.appId,
                      app,
                      node && !node->displayName.isEmpty() ? node->displayName : p.scopeName,
                      p.scopeObjectId,
                      scopeKind(model, p),
                      ApplicationAccessPolicy::accessRightName(p.accessRight),
                      p.description,
                      warnings,
                      rbacFilter});
    }
    return table;
}

void PolicyListCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.printError(QStringLiteral("policy list takes no arguments (got '%1'); name an app with --app.")
                               .arg(parser.positionalArguments().join(QLatin1Char(' ')).left(60)));
        done(ExitCode::Usage);
        return;
    }
    const QString appName = parser.value(QStringLiteral("app")).trimmed();
    if (parser.isSet(QStringLiteral("app")) && appName.isEmpty()) {
        context.printError(QStringLiteral("--app needs a value."));
        done(ExitCode::Usage);
        return;
    }

    auto* backend = new PolicyBackend(context);
    auto finish = [backend, done](ExitCode code) {
        backend->deleteLater();
        done(code);
    };
    auto* loader = new AccessPolicyLoader(backend->exchange(), context.graph(), backend);

    // Names the policies' apps (one request for all of them), then prints.
    auto print = [&context, backend, finish](const AccessPolicyModel& model, const QString& appId) {
        QList<ApplicationAccessPolicy> policies;
        QList<ServicePrincipalCache::Key> keys;
        QSet<QString> seen;
        for (const auto& p : model.policies) {
            if (!appId.isEmpty() && p.appId.compare(appId, Qt::CaseInsensitive) != 0) {
                continue;
            }
            policies.append(p);
            if (!seen.contains(p.appId.toLower()) && ODataFilter::isGuid(p.appId)) {
                seen.insert(p.appId.toLower());
                keys.append(ServicePrincipalCache::Key::byAppId(p.appId));
            }
        }
        auto output = [&context, model, policies, finish](const QHash<QString, QString>& names) {
            context.print(table(model, policies, names));
            if (context.settings().format == TableWriter::Format::Table) {
                if (policies.isEmpty()) {
                    context.printNote(QStringLiteral("No application access policies."));
                }
                context.printNote(QStringLiteral("note: ") + MailPermissionAudit::deprecationNote());
            }
            finish(ExitCode::Ok);
        };
        if (keys.isEmpty()) {
            output({});
            return;
        }
        backend->grants()->cache()->resolve(keys, backend, [&context, keys, output](const auto& result) {
            QHash<QString, QString> names;
            for (const auto& key : keys) {
                if (const auto sp = result.get(key)) {
                    names.insert(key.value.toLower(), sp->displayName);
                }
            }
            if (result.error) {
                // The policies are the answer; names are a courtesy.
                context.printNote(
                    QStringLiteral("warning: some app names could not be read: %1").arg(result.error.message));
            }
            output(names);
        });
    };

    auto load = [&context, loader, finish, print](const QString& appId, const QString& guidName) {
        Async::then(loader->load(),
                    loader,
                    [&context, finish, print, appId, guidName](const AccessPolicyLoader::Loaded& loaded) {
                        if (loaded.error) {
                            finish(PolicyBackend::reportError(
                                context, QStringLiteral("read the application access policies"), loaded.error));
                            return;
                        }
                        print(loaded.model, appId.isEmpty() ? guidName : appId);
                    });
    };

    if (appName.isEmpty()) {
        load({}, {});
        return;
    }
    // A GUID is an appId as Exchange keeps it, even for an app that is not in the tenant (a policy may wait for
    // one); a name, or an object id, is looked up first.
    if (ODataFilter::isGuid(appName)) {
        const auto byId = ServicePrincipalCache::Key::byId(appName);
        backend->grants()->cache()->resolve({byId}, backend, [load, appName, byId](const auto& result) {
            const auto sp = result.get(byId);
            load(sp ? sp->appId : QString(), appName);
        });
        return;
    }
    backend->findApp(appName, [load, finish](const PolicyBackend::App& app, ExitCode code) {
        if (code != ExitCode::Ok) {
            finish(code);
            return;
        }
        load(app.appId, {});
    });
}
