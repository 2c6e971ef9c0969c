#include "GraphMailEndpoints.h"

#include "ExchangeDirectory.h"
#include "GraphErrors.h"
#include "TenantStore.h"

#include <QJsonArray>

std::optional<SandboxResponse> GraphMailEndpoints::handle(const GraphContext& context,
                                                          const ExchangeDirectory& exchange)
{
    const QStringList& s = context.segments;
    if (s.size() < 3 || GraphContext::split(s.at(0)).name != QLatin1String("users")) {
        return std::nullopt;
    }
    QString kind;
    if (s.size() == 3 && s.at(2) == QLatin1String("messages")) {
        kind = QStringLiteral("Mail");
    } else if ((s.size() == 4 && s.at(2) == QLatin1String("calendar") && s.at(3) == QLatin1String("events"))
               || (s.size() == 3 && s.at(2) == QLatin1String("events"))) {
        kind = QStringLiteral("Calendars");
    } else {
        return std::nullopt;
    }
    const SandboxRequest& request = context.request;
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(request, {QStringLiteral("GET")});
    }
    const QString idOrUpn = s.at(1);
    const auto user = context.store.userByIdOrUpn(idOrUpn);
    if (!user) {
        return GraphErrors::error(request,
                                  404,
                                  QStringLiteral("ErrorInvalidUser"),
                                  QStringLiteral("The requested user '%1' is invalid.").arg(idOrUpn));
    }
    const QString userId = user->value(QStringLiteral("id")).toString();
    const auto mailbox = exchange.mailboxForUser(userId);
    if (!mailbox) {
        return GraphErrors::error(
            request,
            404,
            QStringLiteral("MailboxNotEnabledForRESTAPI"),
            QStringLiteral("The mailbox is either inactive, soft-deleted, or is hosted on-premise."));
    }
    const auto& claims = context.claims;
    const QString appId = claims.clientId;
    if (claims.appOnly) {
        const QStringList accepted
            = kind == QLatin1String("Mail")
                  ? QStringList {QStringLiteral("Mail.Read"),
                                 QStringLiteral("Mail.ReadBasic"),
                                 QStringLiteral("Mail.ReadBasic.All"),
                                 QStringLiteral("Mail.ReadWrite")}
                  : QStringList {QStringLiteral("Calendars.Read"), QStringLiteral("Calendars.ReadWrite")};
        bool entra = false;
        for (const auto& role : accepted) {
            entra = entra || claims.roles.contains(role, Qt::CaseInsensitive);
        }
        // RBAC for Applications is additive to the Entra permission: either one opens the mailbox.
        const bool rbac = exchange.rbacGrants(appId, kind + QStringLiteral(".Read"), userId);
        if (!entra && !rbac) {
            return GraphErrors::error(request,
                                      403,
                                      QStringLiteral("ErrorAccessDenied"),
                                      QStringLiteral("Access is denied. Check credentials and try again."));
        }
        if (exchange.accessCheck(appId, userId, exchange.policiesVisibleToGraph()) == QLatin1String("Denied")) {
            return GraphErrors::error(
                request, 403, QStringLiteral("ErrorAccessDenied"), QStringLiteral("Access to OData is disabled."));
        }
    } else if (claims.userId.compare(userId, Qt::CaseInsensitive) != 0) {
        return GraphErrors::error(request,
                                  403,
                                  QStringLiteral("ErrorAccessDenied"),
                                  QStringLiteral("Access is denied. Check credentials and try again."));
    }
    const QString fragment = kind == QLatin1String("Mail") ? QStringLiteral("users('%1')/messages").arg(userId)
                                                           : QStringLiteral("users('%1')/calendar/events").arg(userId);
    return SandboxResponse::json(
        200,
        QJsonObject {{QStringLiteral("@odata.context"), context.metadata(fragment)},
                     {QStringLiteral("value"), kind == QLatin1String("Mail") ? messages(*mailbox) : events(*mailbox)}});
}

QJsonArray GraphMailEndpoints::messages(const QJsonObject& mailbox)
{
    const QString owner = mailbox.value(QStringLiteral("PrimarySmtpAddress")).toString();
    const QString guid = mailbox.value(QStringLiteral("Guid")).toString();
    QJsonArray out;
    const QStringList subjects {QStringLiteral("Quarterly pipeline review"),
                                QStringLiteral("Re: Renewal quote for Fabrikam"),
                                QStringLiteral("Lunch on Thursday?")};
    for (int i = 0; i < subjects.size(); ++i) {
        out.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("AAMkA%1-%2").arg(guid.left(8)).arg(i + 1)},
            {QStringLiteral("subject"), subjects.at(i)},
            {QStringLiteral("receivedDateTime"), QStringLiteral("2026-11-2%1T09:1%1:00Z").arg(i + 1)},
            {QStringLiteral("isRead"), i != 0},
            {QStringLiteral("from"),
             QJsonObject {{QStringLiteral("emailAddress"),
                           QJsonObject {{QStringLiteral("address"), QStringLiteral("partner@fabrikam.com")}}}}},
            {QStringLiteral("toRecipients"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("emailAddress"), QJsonObject {{QStringLiteral("address"), owner}}}}}}});
    }
    return out;
}

QJsonArray GraphMailEndpoints::events(const QJsonObject& mailbox)
{
    const QString guid = mailbox.value(QStringLiteral("Guid")).toString();
    QJsonArray out;
    for (int i = 0; i < 2; ++i) {
        out.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("AAMkE%1-%2").arg(guid.left(8)).arg(i + 1)},
            {QStringLiteral("subject"), i == 0 ? QStringLiteral("Weekly sync") : QStringLiteral("Customer call")},
            {QStringLiteral("start"),
             QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-12-0%1T10:00:00.0000000").arg(i + 2)},
                          {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
            {QStringLiteral("end"),
             QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2026-12-0%1T10:30:00.0000000").arg(i + 2)},
                          {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}});
    }
    return out;
}
