#pragma once

#include <QJsonObject>
#include <QString>

// One delegatedPermissionClassification on an API's service principal (graph-api.md §6): a permission of that API
// classified low, medium or high impact. The low ones are what "selected permissions" means in the user consent
// setting microsoft-user-default-low.
struct PermissionClassification
{
    QString id; // Graph's opaque id (what DELETE takes)
    QString permissionId;
    QString permissionName;
    QString classification; // low, medium, high

    static PermissionClassification fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};
