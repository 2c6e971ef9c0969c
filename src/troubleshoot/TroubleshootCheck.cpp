#include "TroubleshootCheck.h"

QString TroubleshootCheck::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString TroubleshootCheck::statusText() const
{
    switch (status) {
    case Status::Pass:
        //: A troubleshooter check's result: nothing wrong
        return tr("Pass");
    case Status::Warn:
        //: A troubleshooter check's result: worth a look, not blocking
        return tr("Warning");
    case Status::Fail:
        //: A troubleshooter check's result: this stops the user
        return tr("Fail");
    }
    return {};
}

QString TroubleshootCheck::fixName(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return {};
    case Fix::EnableApp:
        return QStringLiteral("enableApp");
    case Fix::AssignUser:
        return QStringLiteral("assignUser");
    case Fix::GrantScopes:
        return QStringLiteral("grantScopes");
    case Fix::EnableWorkflow:
        return QStringLiteral("enableWorkflow");
    case Fix::EditReviewers:
        return QStringLiteral("editReviewers");
    }
    return {};
}

TroubleshootCheck::Fix TroubleshootCheck::fixFromName(const QString& name)
{
    for (Fix f : {Fix::EnableApp, Fix::AssignUser, Fix::GrantScopes, Fix::EnableWorkflow, Fix::EditReviewers}) {
        if (fixName(f).compare(name, Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return Fix::None;
}

QString TroubleshootCheck::fixButtonText() const
{
    switch (action) {
    case Fix::None:
        return {};
    case Fix::EnableApp:
        return tr("Enable the app…");
    case Fix::AssignUser:
        return tr("Assign the user…");
    case Fix::GrantScopes:
        return tr("Grant admin consent…");
    case Fix::EnableWorkflow:
        return tr("Turn on the workflow…");
    case Fix::EditReviewers:
        //: Opens Consent settings at the admin consent workflow's reviewers
        return tr("Edit the reviewers…");
    }
    return {};
}

QJsonObject TroubleshootCheck::toJson() const
{
    QJsonObject o {
        {QStringLiteral("check"), check},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("fix"), fix},
    };
    o.insert(QStringLiteral("fixAction"), canFix() ? QJsonValue(fixName(action)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("command"), command.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(command));
    return o;
}
