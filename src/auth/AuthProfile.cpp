#include "AuthProfile.h"

#include "graph/ODataFilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

CloudEnvironment AuthProfile::environment() const
{
    if (cloud.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0) {
        return CloudEnvironment::custom(customAuthority, customGraph, customExchange);
    }
    return CloudEnvironment::fromName(cloud).value_or(CloudEnvironment::global());
}

bool AuthProfile::isValidTenant(const QString& tenant)
{
    if (ODataFilter::isGuid(tenant)) {
        return true;
    }
    if (tenant == QLatin1String("organizations") || tenant == QLatin1String("common")) {
        return true;
    }
    // A verified domain: labels of letters, digits and hyphens with at least one dot (contoso.onmicrosoft.com).
    static const QRegularExpression domain(
        QStringLiteral(R"(^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    return domain.match(tenant).hasMatch();
}

bool AuthProfile::isValid(QString* error) const
{
    auto fail = [error](const char* text) {
        if (error) {
            *error = QCoreApplication::translate("AuthProfile", text);
        }
        return false;
    };
    if (!isValidTenant(tenant)) {
        return fail("The tenant must be a tenant ID (GUID), a verified domain such as contoso.onmicrosoft.com, or "
                    "\"organizations\".");
    }
    if (!ODataFilter::isGuid(clientId)) {
        return fail("The client ID must be the Application (client) ID of your ConsentDesk app registration, a GUID.");
    }
    const bool custom = cloud.compare(QLatin1String("custom"), Qt::CaseInsensitive) == 0;
    if (!custom && !CloudEnvironment::fromName(cloud)) {
        return fail("The cloud must be global, usgov, usgovdod or china.");
    }
    QString envError;
    if (!environment().isValid(&envError)) {
        if (error) {
            *error = envError;
        }
        return false;
    }
    return true;
}

AuthProfile AuthProfile::forSandbox(const QUrl& baseUrl, const QString& tenant, const QString& clientId)
{
    AuthProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.tenant = tenant;
    profile.clientId = clientId;
    profile.cloud = QStringLiteral("custom");
    profile.customAuthority = baseUrl;
    profile.customGraph = baseUrl;
    profile.customExchange = baseUrl;
    return profile;
}
