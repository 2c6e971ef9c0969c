#include "PostureCheck.h"

QString PostureCheck::statusName(Status status)
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

QString PostureCheck::statusText(Status status)
{
    switch (status) {
    case Status::Pass:
        //: A posture check's result: the tenant meets it
        return tr("Pass");
    case Status::Warn:
        //: A posture check's result: worth a look, or could not be read
        return tr("Warning");
    case Status::Fail:
        //: A posture check's result: the tenant does not meet it
        return tr("Fail");
    }
    return {};
}

QJsonObject PostureCheck::toJson() const
{
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("check"), check},
            {QStringLiteral("id"), id},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("fix"), orNull(fix)},
            {QStringLiteral("command"), orNull(command)}};
}
