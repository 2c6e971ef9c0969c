#include "RequestTables.h"

#include "risk/RequestRisk.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QVariant dateOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC()) : QVariant();
}

// People get a short cell; machines get every name.
QVariant requestedBy(const ConsentRequest& request, TableWriter::Format format)
{
    const QStringList names = request.requesters();
    if (format == TableWriter::Format::Json) {
        return names;
    }
    if (format == TableWriter::Format::Csv) {
        return names.join(QStringLiteral("; "));
    }
    constexpr int shown = 3;
    QString text = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown) {
        text += QStringLiteral(" +%1 more").arg(names.size() - shown);
    }
    return text;
}

QVariant scopes(const QStringList& scopes, TableWriter::Format format)
{
    // JSON: an array; CSV and people: the scope string as Entra writes it, space-separated.
    return format == TableWriter::Format::Json ? QVariant(scopes) : QVariant(scopes.join(QLatin1Char(' ')));
}

QJsonArray tableJson(const Table& table)
{
    return QJsonDocument::fromJson(TableWriter::toJson(table)).array();
}

} // namespace

QString RequestTables::riskText(RiskLevel level, TableWriter::Format format)
{
    return format == TableWriter::Format::Table ? Risk::displayName(level) : Risk::toKey(level);
}

Table RequestTables::list(const QList<ConsentRequest>& requests, TableWriter::Format format)
{
    Table table;
    table.addColumn(QStringLiteral("Id"), QStringLiteral("Id"));
    table.addColumn(QStringLiteral("App"), QStringLiteral("App"));
    table.addColumn(QStringLiteral("AppId"), QStringLiteral("App ID"));
    table.addColumn(QStringLiteral("Status"), QStringLiteral("Status"));
    table.addColumn(QStringLiteral("RequestCount"), QStringLiteral("Requests"));
    table.addColumn(QStringLiteral("RequestedBy"), QStringLiteral("Requested by"));
    table.addColumn(QStringLiteral("LatestRequest"), QStringLiteral("Latest request"));
    table.addColumn(QStringLiteral("Expires"), QStringLiteral("Expires"));
    table.addColumn(QStringLiteral("HighestRisk"), QStringLiteral("Highest risk"));
    table.addColumn(QStringLiteral("Permissions"), QStringLiteral("Permissions"));
    for (const ConsentRequest& r : requests) {
        QVariant permissions = scopes(r.pendingScopes, format);
        if (r.pendingScopes.isEmpty() && r.isStatic() && format == TableWriter::Format::Table) {
            permissions = QStringLiteral("(the app's configured permissions)");
        }
        table.addRow({r.id,
                      r.appDisplayName,
                      r.appId,
                      r.status(),
                      int(r.userRequests.size()),
                      requestedBy(r, format),
                      dateOrNull(r.latestRequest()),
                      dateOrNull(r.nextExpiry()),
                      riskText(RequestRisk::highest(r), format),
                      permissions});
    }
    return table;
}

Table RequestTables::request(const ConsentRequestReview& review, TableWriter::Format format)
{
    const ConsentRequest& r = review.request;
    QString client;
    if (!review.state.hasServicePrincipal()) {
        client = QStringLiteral("missing");
    } else {
        client = review.state.client->accountEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
    }
    Table table;
    table.addColumn(QStringLiteral("Id"), QStringLiteral("Id"));
    table.addColumn(QStringLiteral("App"), QStringLiteral("App"));
    table.addColumn(QStringLiteral("AppId"), QStringLiteral("App ID"));
    table.addColumn(QStringLiteral("ConsentType"), QStringLiteral("Consent type"));
    table.addColumn(QStringLiteral("Status"), QStringLiteral("Status"));
    table.addColumn(QStringLiteral("RequestCount"), QStringLiteral("Requests"));
    table.addColumn(QStringLiteral("LatestRequest"), QStringLiteral("Latest request"));
    table.addColumn(QStringLiteral("Expires"), QStringLiteral("Expires"));
    table.addColumn(QStringLiteral("HighestRisk"), QStringLiteral("Highest risk"));
    table.addColumn(QStringLiteral("ClientServicePrincipal"), QStringLiteral("Service principal in this tenant"));
    table.addColumn(QStringLiteral("Permissions"), QStringLiteral("Permissions"));
    table.addRow({r.id,
                  r.appDisplayName,
                  r.appId,
                  r.consentType,
                  r.status(),
                  int(r.userRequests.size()),
                  dateOrNull(r.latestRequest()),
                  dateOrNull(r.nextExpiry()),
                  riskText(review.items.isEmpty() ? RequestRisk::highest(r) : review.highestRisk(), format),
                  client,
                  scopes(r.pendingScopes, format)});
    return table;
}

Table RequestTables::requesters(const ConsentRequest& request)
{
    Table table;
    table.addColumn(QStringLiteral("Requester"), QStringLiteral("Requested by"));
    table.addColumn(QStringLiteral("Name"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("Status"), QStringLiteral("Status"));
    table.addColumn(QStringLiteral("Requested"), QStringLiteral("Requested"));
    table.addColumn(QStringLiteral("Expires"), QStringLiteral("Expires"));
    table.addColumn(QStringLiteral("Completed"), QStringLiteral("Completed"));
    table.addColumn(QStringLiteral("ReviewResult"), QStringLiteral("Review"));
    table.addColumn(QStringLiteral("Reason"), QStringLiteral("Reason"));
    for (const UserConsentRequest& u : request.userRequests) {
        table.addRow({u.requesterUpn.isEmpty() ? u.requesterMail : u.requesterUpn,
                      u.requesterDisplayName,
                      u.status,
                      dateOrNull(u.createdDateTime),
                      dateOrNull(u.expiresAt),
                      dateOrNull(u.completedDateTime),
                      u.reviewResult,
                      u.reason});
    }
    return table;
}

Table RequestTables::permissions(const ConsentRequestReview& review, TableWriter::Format format)
{
    Table table;
    table.addColumn(QStringLiteral("Api"), QStringLiteral("API"));
    table.addColumn(QStringLiteral("ResourceAppId"), QStringLiteral("API app ID"));
    table.addColumn(QStringLiteral("Permission"), QStringLiteral("Permission"));
    table.addColumn(QStringLiteral("Type"), QStringLiteral("Type"));
    table.addColumn(QStringLiteral("AdminConsentRequired"), QStringLiteral("Admin consent"));
    table.addColumn(QStringLiteral("Risk"), QStringLiteral("Risk"));
    table.addColumn(QStringLiteral("AlreadyGranted"), QStringLiteral("Granted"));
    table.addColumn(QStringLiteral("Published"), QStringLiteral("Known to the API"));
    table.addColumn(QStringLiteral("DisplayName"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("Description"), QStringLiteral("Description"));
    table.addColumn(QStringLiteral("RiskReason"), QStringLiteral("Why this risk"));
    const bool people = format == TableWriter::Format::Table;
    auto yesNo = [people](bool value) {
        return people ? QVariant(value ? QStringLiteral("yes") : QStringLiteral("no")) : QVariant(value);
    };
    for (const ConsentRequestReview::Item& item : review.items) {
        const Permission& p = item.permission;
        table.addRow({p.resourceDisplayName.isEmpty() ? p.resourceAppId : p.resourceDisplayName,
                      p.resourceAppId,
                      p.value,
                      Permission::typeKey(p.type),
                      yesNo(p.adminConsentRequired),
                      riskText(p.risk, format),
                      yesNo(item.alreadyGranted),
                      yesNo(p.published),
                      p.displayName,
                      p.description,
                      p.riskReason});
    }
    return table;
}

QJsonObject RequestTables::reviewJson(const ConsentRequestReview& review)
{
    const QJsonArray request = tableJson(RequestTables::request(review, TableWriter::Format::Json));
    return QJsonObject {
        {QStringLiteral("Request"), request.isEmpty() ? QJsonObject() : request.first().toObject()},
        {QStringLiteral("Requesters"), tableJson(requesters(review.request))},
        {QStringLiteral("Permissions"), tableJson(permissions(review, TableWriter::Format::Json))},
    };
}
