#include "ConsentRequest.h"

#include <QJsonArray>

#include <algorithm>

QString ConsentRequest::status() const
{
    bool completed = false;
    bool expired = false;
    for (const auto& r : userRequests) {
        if (r.isOpen()) {
            return QStringLiteral("InProgress");
        }
        completed = completed || r.status == QLatin1String("Completed");
        expired = expired || r.status == QLatin1String("Expired");
    }
    return completed ? QStringLiteral("Completed") : expired ? QStringLiteral("Expired") : QString();
}

int ConsentRequest::openRequestCount() const
{
    return int(std::count_if(userRequests.cbegin(), userRequests.cend(), [](const auto& r) { return r.isOpen(); }));
}

QDateTime ConsentRequest::latestRequest() const
{
    QDateTime latest;
    for (const auto& r : userRequests) {
        if (!latest.isValid() || r.createdDateTime > latest) {
            latest = r.createdDateTime;
        }
    }
    return latest;
}

QDateTime ConsentRequest::nextExpiry() const
{
    QDateTime next;
    for (const auto& r : userRequests) {
        if (r.isOpen() && r.expiresAt.isValid() && (!next.isValid() || r.expiresAt < next)) {
            next = r.expiresAt;
        }
    }
    return next;
}

QStringList ConsentRequest::requesters() const
{
    QList<UserConsentRequest> sorted = userRequests;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.createdDateTime > b.createdDateTime;
    });
    QStringList names;
    for (const auto& r : sorted) {
        const QString name = r.requesterUpn.isEmpty() ? r.requesterDisplayName : r.requesterUpn;
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive)) {
            names.append(name);
        }
    }
    return names;
}

ConsentRequest ConsentRequest::fromJson(const QJsonObject& json)
{
    ConsentRequest r;
    r.id = json.value(QStringLiteral("id")).toString();
    r.appId = json.value(QStringLiteral("appId")).toString();
    r.appDisplayName = json.value(QStringLiteral("appDisplayName")).toString();
    r.consentType = json.value(QStringLiteral("consentType")).toString();
    for (const auto& s : json.value(QStringLiteral("pendingScopes")).toArray()) {
        const QString name = s.toObject().value(QStringLiteral("displayName")).toString().trimmed();
        if (!name.isEmpty()) {
            r.pendingScopes.append(name);
        }
    }
    for (const auto& u : json.value(QStringLiteral("userConsentRequests")).toArray()) {
        r.userRequests.append(UserConsentRequest::fromJson(u.toObject()));
    }
    return r;
}
