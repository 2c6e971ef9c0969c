#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * A conditional access policy as /identity/conditionalAccess/policies returns it (graph-api.md §7), read-only: its
 * state, whom and which apps it targets, the conditions that narrow it, and what it demands (grant controls). Only
 * what the troubleshooter weighs is parsed; raw keeps the rest.
 */
struct ConditionalAccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ConditionalAccessPolicy)

public:
    enum class State { Enabled, ReportOnly, Disabled };

    QString id;
    QString displayName;
    State state = State::Disabled;

    QStringList includeApplications; // appIds or All, None, Office365, MicrosoftAdminPortals
    QStringList excludeApplications;
    QStringList includeUserActions; // urn:user:registersecurityinfo, …: not an app sign-in
    QStringList includeAuthenticationContexts;
    bool hasApplicationFilter = false;

    QStringList includeUsers; // ids or All, None, GuestsOrExternalUsers
    QStringList excludeUsers;
    QStringList includeGroups;
    QStringList excludeGroups;
    QStringList includeRoles; // role template ids
    QStringList excludeRoles;
    bool includeGuestsOrExternalUsers = false; // the object is set
    bool excludeGuestsOrExternalUsers = false;

    QStringList clientAppTypes; // all, browser, mobileAppsAndDesktopClients, exchangeActiveSync, other
    QStringList otherConditions; // names of the narrowing conditions present: platforms, locations, …

    QString grantOperator; // AND | OR
    QStringList builtInControls; // block, mfa, compliantDevice, …
    QString authenticationStrength; // its display name, when one is required
    int termsOfUse = 0;
    int customFactors = 0;
    bool hasSessionControls = false;

    QJsonObject raw;

    bool blocks() const; // builtInControls has block
    bool enforced() const { return state == State::Enabled; }
    // Modern clients (browser, desktop and mobile apps) are covered; false for a policy on legacy protocols only.
    bool coversModernClients() const;

    QString stateText() const; // "On", "Report-only", "Off"
    static QString stateName(State state); // JSON: enabled, enabledForReportingButNotEnforced, disabled
    // What the policy demands, in plain words: "Block access", "Require multifactor authentication or a compliant
    // device", "No grant control (session controls only)".
    QString demandText() const;
    static QString controlText(const QString& control); // one built-in control in plain words

    static ConditionalAccessPolicy fromJson(const QJsonObject& json);
};
