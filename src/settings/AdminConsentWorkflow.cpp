#include "AdminConsentWorkflow.h"

#include <QJsonArray>
#include <QSet>

AdminConsentWorkflow AdminConsentWorkflow::fromJson(const QJsonObject& policy)
{
    AdminConsentWorkflow workflow;
    workflow.enabled = policy.value(QStringLiteral("isEnabled")).toBool();
    workflow.notifyReviewers = policy.value(QStringLiteral("notifyReviewers")).toBool();
    workflow.remindersEnabled = policy.value(QStringLiteral("remindersEnabled")).toBool();
    workflow.requestDurationInDays = policy.value(QStringLiteral("requestDurationInDays")).toInt(30);
    workflow.version = policy.value(QStringLiteral("version")).toInt(-1);
    for (const auto& r : policy.value(QStringLiteral("reviewers")).toArray()) {
        workflow.reviewers.append(WorkflowReviewer::fromGraph(r.toObject()));
    }
    return workflow;
}

QJsonObject AdminConsentWorkflow::toPutBody() const
{
    QJsonArray scopes;
    for (const auto& r : reviewers) {
        // Only the three properties of accessReviewReviewerScope, whatever else a read carried.
        scopes.append(QJsonObject {
            {QStringLiteral("query"), r.query()},
            {QStringLiteral("queryType"),
             r.graph.value(QStringLiteral("queryType")).toString(QStringLiteral("MicrosoftGraph"))},
            {QStringLiteral("queryRoot"),
             r.graph.value(QStringLiteral("queryRoot")).isString() ? r.graph.value(QStringLiteral("queryRoot"))
                                                                   : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject {
        {QStringLiteral("isEnabled"), enabled},
        {QStringLiteral("notifyReviewers"), notifyReviewers},
        {QStringLiteral("remindersEnabled"), remindersEnabled},
        {QStringLiteral("requestDurationInDays"), requestDurationInDays},
        {QStringLiteral("reviewers"), scopes},
    };
}

QJsonObject AdminConsentWorkflow::toJson() const
{
    QJsonArray list;
    for (const auto& r : reviewers) {
        list.append(r.toJson());
    }
    const QString warning = reviewerWarning();
    return QJsonObject {
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("reviewers"), list},
        {QStringLiteral("notifyReviewers"), notifyReviewers},
        {QStringLiteral("remindersEnabled"), remindersEnabled},
        {QStringLiteral("requestDurationInDays"), requestDurationInDays},
        {QStringLiteral("version"), version < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(version)},
        {QStringLiteral("warning"), warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(warning)},
    };
}

bool AdminConsentWorkflow::noReviewerCanAct() const
{
    if (!enabled) {
        return false;
    }
    for (const auto& r : reviewers) {
        if (r.approvers != 0) { // can approve, or not known yet
            return false;
        }
    }
    return true;
}

QString AdminConsentWorkflow::reviewerWarning() const
{
    if (!noReviewerCanAct()) {
        return {};
    }
    if (reviewers.isEmpty()) {
        return tr("The admin consent workflow is on but has no reviewers: users can send requests, and nobody gets "
                  "them. Add a reviewer who holds Cloud Application Administrator, Application Administrator or "
                  "Global Administrator.");
    }
    return tr("The admin consent workflow is on but no reviewer can approve a request (each one is disabled, missing "
              "or holds no role that may grant consent): users' requests wait until they expire. Add a reviewer who "
              "holds Cloud Application Administrator, Application Administrator or Global Administrator.");
}

bool AdminConsentWorkflow::sameReviewers(const AdminConsentWorkflow& other) const
{
    auto keys = [](const AdminConsentWorkflow& w) {
        QSet<QString> set;
        for (const auto& r : w.reviewers) {
            set.insert(r.parsed.isValid()
                           ? ReviewerQuery::typeName(r.parsed.type) + QLatin1Char(':')
                                 + (r.parsed.directoryRoleObject ? QStringLiteral("object:") : QString()) + r.parsed.id
                           : r.query());
        }
        return set;
    };
    return keys(*this) == keys(other);
}

bool AdminConsentWorkflow::sameSettings(const AdminConsentWorkflow& other) const
{
    return enabled == other.enabled && notifyReviewers == other.notifyReviewers
           && remindersEnabled == other.remindersEnabled && requestDurationInDays == other.requestDurationInDays
           && sameReviewers(other);
}
