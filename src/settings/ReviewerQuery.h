#pragma once

#include <QString>

/**
 * One reviewer of the admin consent workflow as Graph stores it: an accessReviewReviewerScope query. Graph and the
 * admin center write several forms for the same reviewer (graph-api.md §2): `/users/{id}`, `/groups/{id}` (also
 * `/groups/{id}/transitiveMembers/microsoft.graph.user`), `/directoryRoles/{id}`, and
 * `/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '{roleTemplateId}'`, with or without
 * the service root or a `/v1.0` / `/beta` prefix. parse() normalises them all; userQuery()/groupQuery()/roleQuery()
 * write the forms ConsentDesk sends.
 */
struct ReviewerQuery
{
    enum class Type { Unknown, User, Group, Role };

    Type type = Type::Unknown;
    QString id; // user or group object id; for Role the role template id, or a directoryRole object id (below)
    bool directoryRoleObject = false; // Role given as /directoryRoles/{objectId}: id is the object id, not a template

    bool isValid() const { return type != Type::Unknown && !id.isEmpty(); }

    static ReviewerQuery parse(const QString& query);
    static QString typeName(Type type); // "user", "group", "role" ("unknown")
    static Type typeFromName(const QString& name);

    static QString userQuery(const QString& userId);
    static QString groupQuery(const QString& groupId);
    static QString roleQuery(const QString& roleTemplateId);
    QString toQuery() const; // the form ConsentDesk writes for this reviewer
};
