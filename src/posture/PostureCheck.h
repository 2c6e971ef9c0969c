#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/**
 * One line of the tenant's consent posture: a check (CISA SCuBA's MS.AAD.5.x for Entra ID, or ConsentDesk's own
 * CD.x), whether the tenant passes it, the evidence read, and the fix — where ConsentDesk can apply it, the place
 * (action) and the consentdesk-cli command that start it through the one write pipeline.
 */
struct PostureCheck
{
    Q_DECLARE_TR_FUNCTIONS(PostureCheck)

public:
    enum class Status { Pass, Warn, Fail };
    // Where in ConsentDesk the fix starts; None: outside ConsentDesk (the fix text says where).
    enum class Action { None, ConsentSettings, ConsentRequests, Apps, MailboxAccess };

    QString id; // "MS.AAD.5.2", "CD.2"
    QString check; // what is checked, in the baseline's words
    Status status = Status::Warn;
    QString evidence; // what was read
    QString fix; // what to do (empty when it passes)
    Action action = Action::None;
    QString command; // consentdesk-cli command that applies or starts the fix; empty when none

    static QString statusName(Status status); // pass, warn, fail (JSON, CSV)
    static QString statusText(Status status); // Pass, Warning, Fail — translated, for people
    QJsonObject toJson() const; // {check, id, status, evidence, fix, command}
};
