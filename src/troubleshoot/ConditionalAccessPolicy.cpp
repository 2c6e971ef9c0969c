#include "ConditionalAccessPolicy.h"

#include <QJsonArray>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const auto& v : value.toArray()) {
        if (v.isString()) {
            out.append(v.toString());
        }
    }
    return out;
}

bool isSet(const QJsonValue& value)
{
    if (value.isArray()) {
        return !value.toArray().isEmpty();
    }
    if (value.isObject()) {
        return !value.toObject().isEmpty();
    }
    return !value.isNull() && !value.isUndefined();
}

} // namespace

bool ConditionalAccessPolicy::blocks() const
{
    return builtInControls.contains(QStringLiteral("block"), Qt::CaseInsensitive);
}

bool ConditionalAccessPolicy::coversModernClients() const
{
    if (clientAppTypes.isEmpty()) {
        return true; // Graph's default is all
    }
    for (const QString& type : clientAppTypes) {
        if (type.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0
            || type.compare(QStringLiteral("browser"), Qt::CaseInsensitive) == 0
            || type.compare(QStringLiteral("mobileAppsAndDesktopClients"), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString ConditionalAccessPolicy::stateText() const
{
    switch (state) {
    case State::Enabled:
        //: A conditional access policy's state, as the Entra admin center shows it
        return tr("On");
    case State::ReportOnly:
        //: A conditional access policy's state: evaluated and logged, not enforced
        return tr("Report-only");
    case State::Disabled:
        //: A conditional access policy's state
        return tr("Off");
    }
    return {};
}

QString ConditionalAccessPolicy::stateName(State state)
{
    switch (state) {
    case State::Enabled:
        return QStringLiteral("enabled");
    case State::ReportOnly:
        return QStringLiteral("enabledForReportingButNotEnforced");
    case State::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

QString ConditionalAccessPolicy::controlText(const QString& control)
{
    const QString c = control.toLower();
    if (c == QLatin1String("block")) {
        return tr("block access");
    }
    if (c == QLatin1String("mfa")) {
        return tr("multifactor authentication");
    }
    if (c == QLatin1String("compliantdevice")) {
        return tr("a device marked as compliant");
    }
    if (c == QLatin1String("domainjoineddevice")) {
        return tr("a Microsoft Entra hybrid joined device");
    }
    if (c == QLatin1String("approvedapplication")) {
        return tr("an approved client app");
    }
    if (c == QLatin1String("compliantapplication")) {
        return tr("an app protection policy");
    }
    if (c == QLatin1String("passwordchange")) {
        return tr("a password change");
    }
    //: %1 is a grant control's name as Microsoft Graph spells it
    return tr("the control \"%1\"").arg(control);
}

QString ConditionalAccessPolicy::demandText() const
{
    if (blocks()) {
        return tr("Blocks access.");
    }
    QStringList parts;
    for (const QString& control : builtInControls) {
        parts.append(controlText(control));
    }
    if (!authenticationStrength.isEmpty()) {
        //: %1 is an authentication strength's name (e.g. "Phishing-resistant MFA")
        parts.append(tr("the authentication strength \"%1\"").arg(authenticationStrength));
    }
    if (termsOfUse > 0) {
        parts.append(tr("accepting the terms of use"));
    }
    if (customFactors > 0) {
        parts.append(tr("a custom authentication factor"));
    }
    if (parts.isEmpty()) {
        return hasSessionControls ? tr("Grants access with session controls (no grant control).")
                                  : tr("Demands nothing (no grant control).");
    }
    const bool all = grantOperator.compare(QStringLiteral("AND"), Qt::CaseInsensitive) == 0;
    if (parts.size() == 1) {
        //: %1 is one requirement, e.g. "multifactor authentication"
        return tr("Requires %1.").arg(parts.first());
    }
    //: %1 is a list of requirements separated by semicolons; the user must meet every one
    return all ? tr("Requires all of: %1.").arg(parts.join(QStringLiteral("; ")))
               //: %1 is a list of requirements separated by semicolons; meeting one of them is enough
               : tr("Requires one of: %1.").arg(parts.join(QStringLiteral("; ")));
}

ConditionalAccessPolicy ConditionalAccessPolicy::fromJson(const QJsonObject& json)
{
    ConditionalAccessPolicy p;
    p.raw = json;
    p.id = json.value(QStringLiteral("id")).toString();
    p.displayName = json.value(QStringLiteral("displayName")).toString();
    const QString state = json.value(QStringLiteral("state")).toString();
    if (state.compare(QStringLiteral("enabled"), Qt::CaseInsensitive) == 0) {
        p.state = State::Enabled;
    } else if (state.compare(QStringLiteral("enabledForReportingButNotEnforced"), Qt::CaseInsensitive) == 0) {
        p.state = State::ReportOnly;
    } else {
        p.state = State::Disabled;
    }
    const QJsonObject conditions = json.value(QStringLiteral("conditions")).toObject();
    const QJsonObject apps = conditions.value(QStringLiteral("applications")).toObject();
    p.includeApplications = strings(apps.value(QStringLiteral("includeApplications")));
    p.excludeApplications = strings(apps.value(QStringLiteral("excludeApplications")));
    p.includeUserActions = strings(apps.value(QStringLiteral("includeUserActions")));
    p.includeAuthenticationContexts
        = strings(apps.value(QStringLiteral("includeAuthenticationContextClassReferences")));
    p.hasApplicationFilter = isSet(apps.value(QStringLiteral("applicationFilter")));

    const QJsonObject users = conditions.value(QStringLiteral("users")).toObject();
    p.includeUsers = strings(users.value(QStringLiteral("includeUsers")));
    p.excludeUsers = strings(users.value(QStringLiteral("excludeUsers")));
    p.includeGroups = strings(users.value(QStringLiteral("includeGroups")));
    p.excludeGroups = strings(users.value(QStringLiteral("excludeGroups")));
    p.includeRoles = strings(users.value(QStringLiteral("includeRoles")));
    p.excludeRoles = strings(users.value(QStringLiteral("excludeRoles")));
    p.includeGuestsOrExternalUsers = isSet(users.value(QStringLiteral("includeGuestsOrExternalUsers")));
    p.excludeGuestsOrExternalUsers = isSet(users.value(QStringLiteral("excludeGuestsOrExternalUsers")));

    p.clientAppTypes = strings(conditions.value(QStringLiteral("clientAppTypes")));
    for (const char* name : {"platforms",
                             "locations",
                             "devices",
                             "signInRiskLevels",
                             "userRiskLevels",
                             "insiderRiskLevels",
                             "authenticationFlows"}) {
        if (isSet(conditions.value(QLatin1String(name)))) {
            p.otherConditions.append(QLatin1String(name));
        }
    }

    const QJsonObject grant = json.value(QStringLiteral("grantControls")).toObject();
    p.grantOperator = grant.value(QStringLiteral("operator")).toString();
    p.builtInControls = strings(grant.value(QStringLiteral("builtInControls")));
    const QJsonObject strength = grant.value(QStringLiteral("authenticationStrength")).toObject();
    p.authenticationStrength = strength.value(QStringLiteral("displayName")).toString();
    if (p.authenticationStrength.isEmpty() && !strength.isEmpty()) {
        p.authenticationStrength = strength.value(QStringLiteral("id")).toString();
    }
    p.termsOfUse = int(grant.value(QStringLiteral("termsOfUse")).toArray().size());
    p.customFactors = int(grant.value(QStringLiteral("customAuthenticationFactors")).toArray().size());
    p.hasSessionControls = isSet(json.value(QStringLiteral("sessionControls")));
    return p;
}
