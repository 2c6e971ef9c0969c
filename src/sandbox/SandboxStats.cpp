#include "SandboxStats.h"

#include <QRegularExpression>
#include <QStringList>

SandboxStats::SandboxStats()
{
    reset();
}

void SandboxStats::record(const QByteArray& method, const QString& path, int status)
{
    ++m_total;
    ++m_byRoute[routeTemplate(method, path)][status];
}

void SandboxStats::recordTime(const QByteArray& method, const QString& path, qint64 microseconds)
{
    auto& entry = m_time[routeTemplate(method, path)];
    ++entry.first;
    entry.second += microseconds;
}

void SandboxStats::setBudget(int quota, qint64 charged, qint64 throttled)
{
    m_budgetQuota = quota;
    m_budgetCharged = charged;
    m_budgetThrottled = throttled;
}

void SandboxStats::recordFault(FaultInjector::Fault fault)
{
    if (fault != FaultInjector::Fault::None) {
        ++m_faults[QString::fromLatin1(FaultInjector::name(fault))];
    }
}

void SandboxStats::reset()
{
    m_byRoute.clear();
    m_faults.clear();
    m_total = 0;
    m_delayed = 0;
    m_time.clear();
    m_bytesSent = 0;
    m_since = QDateTime::currentDateTimeUtc();
}

QJsonObject SandboxStats::toJson() const
{
    QJsonObject routes;
    QJsonObject byStatus;
    QHash<int, quint64> statusTotals;
    for (auto it = m_byRoute.constBegin(); it != m_byRoute.constEnd(); ++it) {
        QJsonObject statuses;
        for (auto s = it->constBegin(); s != it->constEnd(); ++s) {
            statuses.insert(QString::number(s.key()), qint64(s.value()));
            statusTotals[s.key()] += s.value();
        }
        routes.insert(it.key(), statuses);
    }
    for (auto s = statusTotals.constBegin(); s != statusTotals.constEnd(); ++s) {
        byStatus.insert(QString::number(s.key()), qint64(s.value()));
    }
    QJsonObject faults {{QStringLiteral("throttle"), 0}, {QStringLiteral("error"), 0}, {QStringLiteral("drop"), 0}};
    for (auto it = m_faults.constBegin(); it != m_faults.constEnd(); ++it) {
        faults.insert(it.key(), qint64(it.value()));
    }
    faults.insert(QStringLiteral("delayed"), qint64(m_delayed));
    QJsonObject time;
    for (auto it = m_time.constBegin(); it != m_time.constEnd(); ++it) {
        time.insert(it.key(),
                    QJsonObject {
                        {QStringLiteral("requests"), qint64(it->first)},
                        {QStringLiteral("totalMs"), double(it->second) / 1000.0},
                        {QStringLiteral("meanMs"), it->first ? double(it->second) / 1000.0 / double(it->first) : 0.0}});
    }
    return QJsonObject {
        {QStringLiteral("since"), m_since.toString(Qt::ISODate)},
        {QStringLiteral("requests"), qint64(m_total)},
        {QStringLiteral("byStatus"), byStatus},
        {QStringLiteral("byRoute"), routes},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("serverTime"), time},
        {QStringLiteral("bytesSent"), m_bytesSent},
        {QStringLiteral("throttlingBudget"),
         QJsonObject {{QStringLiteral("resourceUnitsPer10s"), m_budgetQuota},
                      {QStringLiteral("charged"), m_budgetCharged},
                      {QStringLiteral("throttled"), m_budgetThrottled}}},
    };
}

QString SandboxStats::routeTemplate(const QByteArray& method, const QString& path)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression opaque(QStringLiteral("^[A-Za-z0-9_.-]{20,}$"));
    // Route words long enough to look like opaque ids.
    static const QStringList literals {QStringLiteral("oauth2PermissionGrants"),
                                       QStringLiteral("adminConsentRequestPolicy"),
                                       QStringLiteral("permissionGrantPolicies"),
                                       QStringLiteral("userConsentRequests"),
                                       QStringLiteral("transitiveMemberOf"),
                                       QStringLiteral("transitiveMembers"),
                                       QStringLiteral("identityGovernance"),
                                       QStringLiteral("appConsentRequests"),
                                       QStringLiteral("appRoleAssignments"),
                                       QStringLiteral("checkMemberObjects"),
                                       QStringLiteral("authorizationPolicy"),
                                       QStringLiteral("microsoft.graph.servicePrincipal"),
                                       QStringLiteral("microsoft.graph.directoryRole"),
                                       QStringLiteral("microsoft.graph.group"),
                                       QStringLiteral("microsoft.graph.user")};
    static const QRegularExpression key(QStringLiteral("\\(([^)]*)\\)"));
    QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString& segment = segments[i];
        const bool identityTenant = i == 1 && segments.size() > 2
                                    && (segments[2] == QLatin1String("oauth2") || segments[2] == QLatin1String("v2.0")
                                        || segments[2] == QLatin1String("adminconsent"));
        if (identityTenant) {
            segment = QStringLiteral("{tenant}");
        } else if (literals.contains(segment)) {
            continue;
        } else if (guid.match(segment).hasMatch() || opaque.match(segment).hasMatch()
                   || segment.contains(QLatin1Char('@'))) {
            segment = QStringLiteral("{id}");
        } else if (segment.contains(QLatin1Char('('))) {
            // users('…') -> users({key}); servicePrincipals(appId='…') -> servicePrincipals(appId={key}).
            const auto match = key.match(segment);
            const qsizetype equals = match.captured(1).indexOf(QLatin1Char('='));
            const QString name = equals > 0 ? match.captured(1).left(equals + 1) : QString();
            segment = segment.left(match.capturedStart(0)) + QLatin1Char('(') + name + QStringLiteral("{key})");
        }
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + segments.join(QLatin1Char('/'));
}
