#include "WhoAmICommand.h"

#include "CliContext.h"
#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonObject>

void WhoAmICommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Q_UNUSED(parser);
    ODataQuery meQuery;
    meQuery.select({QStringLiteral("id"),
                    QStringLiteral("displayName"),
                    QStringLiteral("userPrincipalName"),
                    QStringLiteral("mail")});
    GraphReply* me = context.graph()->send(GraphRequest::get(QStringLiteral("/me"), meQuery));
    QObject::connect(me, &GraphReply::finished, me, [&context, me, done] {
        if (me->error()) {
            context.printError(me->error().summary());
            done(exitCodeFor(me->error()));
            return;
        }
        const QJsonObject user = me->json();
        ODataQuery rolesQuery;
        rolesQuery.select({QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("roleTemplateId")});
        GraphReply* roles
            = context.graph()->getCollection(GraphRequest::get(QStringLiteral("/me/memberOf"), rolesQuery));
        QObject::connect(roles, &GraphReply::finished, roles, [&context, roles, user, done] {
            if (roles->error()) {
                context.printError(roles->error().summary());
                done(exitCodeFor(roles->error()));
                return;
            }
            QStringList names;
            for (const QJsonValue& v : roles->items()) {
                const QJsonObject o = v.toObject();
                // memberOf mixes groups and roles; only directory roles grant admin rights.
                if (o.value(QStringLiteral("@odata.type")).toString() == QLatin1String("#microsoft.graph.directoryRole")
                    || o.contains(QStringLiteral("roleTemplateId"))) {
                    names.append(o.value(QStringLiteral("displayName")).toString());
                }
            }
            names.sort();
            Table table;
            table.addColumn(QStringLiteral("UserPrincipalName"), QStringLiteral("Account"));
            table.addColumn(QStringLiteral("DisplayName"), QStringLiteral("Name"));
            table.addColumn(QStringLiteral("Id"), QStringLiteral("Object ID"));
            table.addColumn(QStringLiteral("Roles"), QStringLiteral("Directory roles"));
            table.addRow(
                {user.value(QStringLiteral("userPrincipalName")).toString(),
                 user.value(QStringLiteral("displayName")).toString(),
                 user.value(QStringLiteral("id")).toString(),
                 names.isEmpty() ? QVariant(QStringLiteral("(none)")) : QVariant(names.join(QStringLiteral(", ")))});
            context.print(table);
            done(ExitCode::Ok);
        });
    });
}
