#include "WorkflowReviewer.h"

WorkflowReviewer WorkflowReviewer::fromGraph(const QJsonObject& scope)
{
    WorkflowReviewer reviewer;
    reviewer.graph = scope;
    reviewer.parsed = ReviewerQuery::parse(scope.value(QStringLiteral("query")).toString());
    if (reviewer.parsed.type == ReviewerQuery::Type::Role && !reviewer.parsed.directoryRoleObject) {
        reviewer.roleTemplateId = reviewer.parsed.id;
    }
    return reviewer;
}

WorkflowReviewer WorkflowReviewer::forQuery(const ReviewerQuery& parsed, const QString& displayName)
{
    WorkflowReviewer reviewer = fromGraph(QJsonObject {{QStringLiteral("query"), parsed.toQuery()},
                                                       {QStringLiteral("queryType"), QStringLiteral("MicrosoftGraph")},
                                                       {QStringLiteral("queryRoot"), QJsonValue::Null}});
    reviewer.displayName = displayName;
    return reviewer;
}

QJsonObject WorkflowReviewer::toJson() const
{
    const bool role = parsed.type == ReviewerQuery::Type::Role;
    return QJsonObject {
        {QStringLiteral("type"), ReviewerQuery::typeName(parsed.type)},
        {QStringLiteral("id"), role && !roleTemplateId.isEmpty() ? roleTemplateId : parsed.id},
        {QStringLiteral("displayName"), displayName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(displayName)},
        {QStringLiteral("query"), query()},
        {QStringLiteral("canApprove"), approvers < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(approvers > 0)},
        {QStringLiteral("problem"), problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(problem)},
    };
}
