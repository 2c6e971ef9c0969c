#pragma once

#include "WorkflowReviewer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The tenant's admin consent workflow, /policies/adminConsentRequestPolicy (graph-api.md §2): on/off, reviewers,
 * email notifications, reminders, how long a request lives. Graph updates it with a PUT of the whole object (204), so
 * toPutBody() always carries every property; `version` is read-only and goes up with every update — the only way to
 * notice that someone else changed the policy since it was read (Graph documents no ETag or 409/412 for this PUT).
 */
struct AdminConsentWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(AdminConsentWorkflow)

public:
    static constexpr int kMinDurationDays = 1;
    static constexpr int kMaxDurationDays = 30; // the admin center's range

    bool enabled = false;
    bool notifyReviewers = false;
    bool remindersEnabled = false;
    int requestDurationInDays = 30;
    int version = -1; // -1: not read from Graph
    QList<WorkflowReviewer> reviewers;

    static AdminConsentWorkflow fromJson(const QJsonObject& policy);
    QJsonObject toPutBody() const; // the whole policy, as PUT /policies/adminConsentRequestPolicy takes it
    QJsonObject toJson() const; // the CLI's adminConsentWorkflow object

    // The "admin never gets requests" case: on, and no reviewer whose people can approve (none listed, or every one
    // disabled, missing, role-less). False while a reviewer is not resolved yet.
    bool noReviewerCanAct() const;
    QString reviewerWarning() const; // empty when there is nothing to warn about
    // Same reviewers, compared by what they name (not by how the query is spelled).
    bool sameReviewers(const AdminConsentWorkflow& other) const;
    bool sameSettings(const AdminConsentWorkflow& other) const; // everything but version
};
