#include "AccessDecision.h"

#include <QCoreApplication>
#include <QJsonArray>

QString AccessDecision::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::NoPolicy:
        return QStringLiteral("noPolicy");
    case Rule::DenyMatched:
        return QStringLiteral("denyMatched");
    case Rule::RestrictMatched:
        return QStringLiteral("restrictMatched");
    case Rule::RestrictNotMatched:
        return QStringLiteral("restrictNotMatched");
    case Rule::DenyNotMatched:
        return QStringLiteral("denyNotMatched");
    }
    return {};
}

QString AccessDecision::explanation() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("AccessDecision", text); };
    auto via = [](const PolicyMatch& m) {
        return m.path.size() <= 1 ? QCoreApplication::translate("AccessDecision", "is the scope itself")
                                  : QCoreApplication::translate("AccessDecision", "is a member through %1")
                                        .arg(m.path.join(QStringLiteral(" → ")));
    };
    QString text;
    const PolicyMatch* deciding = nullptr;
    for (const auto& m : policies) {
        if (m.matches && (rule == Rule::DenyMatched ? m.policy.isDeny() : !m.policy.isDeny())) {
            deciding = &m;
            break;
        }
    }
    switch (rule) {
    case Rule::NoPolicy:
        text = tr("Granted: the app has no application access policy, so it reaches every mailbox.");
        break;
    case Rule::DenyMatched:
        text = tr("Denied: the DenyAccess policy on \"%1\" holds this mailbox (the user %2); Deny wins over any "
                  "RestrictAccess policy.")
                   .arg(deciding->policy.scopeName, via(*deciding));
        break;
    case Rule::RestrictMatched:
        text = tr("Granted: the RestrictAccess policy on \"%1\" holds this mailbox (the user %2).")
                   .arg(deciding->policy.scopeName, via(*deciding));
        break;
    case Rule::RestrictNotMatched: {
        QStringList scopes;
        for (const auto& m : policies) {
            if (!m.policy.isDeny()) {
                scopes.append(QLatin1Char('"') + m.policy.scopeName + QLatin1Char('"'));
            }
        }
        text = tr("Denied: the app is restricted to %1 and this mailbox is in none of them.")
                   .arg(scopes.join(QStringLiteral(", ")));
        break;
    }
    case Rule::DenyNotMatched:
        text = tr("Granted: the app only has DenyAccess policies and none of them holds this mailbox.");
        break;
    }
    for (const auto& w : warnings) {
        text += QLatin1Char(' ') + w;
    }
    return text;
}

QJsonObject AccessDecision::toJson() const
{
    QJsonArray matches;
    for (const auto& m : policies) {
        matches.append(QJsonObject {{QStringLiteral("policy"), m.policy.toJson()},
                                    {QStringLiteral("matches"), m.matches},
                                    {QStringLiteral("path"), QJsonArray::fromStringList(m.path)},
                                    {QStringLiteral("pathIds"), QJsonArray::fromStringList(m.pathIds)}});
    }
    return {{QStringLiteral("appId"), appId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("result"), resultName()},
            {QStringLiteral("rule"), ruleName(rule)},
            {QStringLiteral("policies"), matches},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("explanation"), explanation()}};
}

QString AccessDecision::resultText() const
{
    return granted() ? QCoreApplication::translate("AccessDecision", "Granted")
                     : QCoreApplication::translate("AccessDecision", "Denied");
}
