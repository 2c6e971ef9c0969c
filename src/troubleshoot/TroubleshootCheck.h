#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

/**
 * One line of the troubleshooter's checklist: what was checked, pass / warn / fail, the evidence read from the tenant,
 * and the fix in words — and, when ConsentDesk can make it through the write pipeline, which fix
 * (TroubleshootFixPlanner turns it into a plan).
 */
struct TroubleshootCheck
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootCheck)

public:
    enum class Status { Pass, Warn, Fail };
    // What ConsentDesk can do about it itself (journaled, previewed, undoable).
    // EditReviewers: no write of its own (ConsentDesk does not pick reviewers for the admin) — the GUI opens the
    // workflow's reviewers with the problem selected, the CLI names the command (command).
    enum class Fix { None, EnableApp, AssignUser, GrantScopes, EnableWorkflow, EditReviewers };

    QString check; // stable id: user, app-enabled, assignment, conditional-access, grant, user-consent, …
    QString title; // for people: "Is the app blocked?"
    Status status = Status::Pass;
    QString evidence;
    QString fix; // what to do, in words (empty when nothing is to be done)
    Fix action = Fix::None;
    QString command; // the consentdesk-cli command that makes the fix, when it is not --fix's own; else empty

    bool canFix() const { return action != Fix::None; }
    static QString statusName(Status status); // pass, warn, fail
    QString statusText() const; // translated
    // JSON: enableApp, assignUser, grantScopes, enableWorkflow, editReviewers ("" for None)
    static QString fixName(Fix fix);
    static Fix fixFromName(const QString& name);
    QString fixButtonText() const; // "Enable the app", … (empty for None)
    // The CLI's row: check, status, evidence, fix (+ title, fixAction when ConsentDesk can apply it, command).
    QJsonObject toJson() const;
};
