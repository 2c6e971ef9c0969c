#pragma once

#include "ApplicationAccessPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The local evaluator's answer for one app × mailbox, with the reasons: every policy of the app, whether it
 * matches and through which group path, the rule that decided, and warnings that make Exchange's own answer
 * likely to differ (a scope that is not a mail-enabled security group, a scope that could not be resolved).
 */
struct AccessDecision
{
    enum class Result { Granted, Denied };
    enum class Rule {
        NoPolicy, // the app has no policy: every mailbox
        DenyMatched, // a DenyAccess policy holds the mailbox (wins over any Restrict)
        RestrictMatched, // a RestrictAccess policy holds the mailbox
        RestrictNotMatched, // the app has RestrictAccess policies, none holds the mailbox
        DenyNotMatched, // only DenyAccess policies, none holds the mailbox
    };

    struct PolicyMatch
    {
        ApplicationAccessPolicy policy;
        bool matches = false;
        QStringList path; // display names from the scope down to the user ("CRM Mailbox Access", "Sales Ops", "Aisha")
        QStringList pathIds;
    };

    QString appId;
    QString userId;
    Result result = Result::Granted;
    Rule rule = Rule::NoPolicy;
    QList<PolicyMatch> policies; // the app's policies, in Exchange's order
    QStringList warnings;

    bool granted() const { return result == Result::Granted; }
    QString resultName() const { return granted() ? QStringLiteral("Granted") : QStringLiteral("Denied"); } // JSON, CLI
    QString resultText() const; // resultName() in the GUI's language, for people
    static QString ruleName(Rule rule); // "noPolicy", "denyMatched", …
    QString explanation() const; // one paragraph for people
    QJsonObject toJson() const;
};
