#include "ReviewerQuery.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

// Object ids are GUIDs; a directoryRole's too. Anything else in the id position is not ours to interpret.
bool isGuid(const QString& s)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                        "[0-9a-fA-F]{12}$"));
    return guid.match(s).hasMatch();
}

} // namespace

ReviewerQuery ReviewerQuery::parse(const QString& raw)
{
    ReviewerQuery result;
    QString query = QUrl::fromPercentEncoding(raw.trimmed().toUtf8()).trimmed();
    // The service root and the version prefix carry no meaning here.
    static const QRegularExpression root(QStringLiteral("^https?://[^/]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression version(QStringLiteral("^/(v1\\.0|beta)(?=/)"),
                                            QRegularExpression::CaseInsensitiveOption);
    query.remove(root);
    query.remove(version);

    static const QRegularExpression object(
        QStringLiteral("^/(users|groups|directoryRoles)/([^/?]+)(/transitiveMembers(/microsoft\\.graph\\.user)?|"
                       "/members(/microsoft\\.graph\\.user)?)?/?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression roleFilter(
        QStringLiteral(
            "^/roleManagement/directory/roleAssignments\\?\\$filter=\\s*roleDefinitionId\\s+eq\\s+'([^']+)'\\s*$"),
        QRegularExpression::CaseInsensitiveOption);

    if (const auto m = object.match(query); m.hasMatch()) {
        const QString kind = m.captured(1).toLower();
        const QString id = m.captured(2);
        const bool nested = !m.captured(3).isEmpty();
        if (!isGuid(id) || (kind == QLatin1String("users") && nested)) {
            return result;
        }
        result.id = id.toLower();
        if (kind == QLatin1String("users")) {
            result.type = Type::User;
        } else if (kind == QLatin1String("groups")) {
            result.type = Type::Group;
        } else {
            result.type = Type::Role;
            result.directoryRoleObject = true;
        }
        return result;
    }
    if (const auto m = roleFilter.match(query); m.hasMatch() && isGuid(m.captured(1))) {
        result.type = Type::Role;
        result.id = m.captured(1).toLower();
    }
    return result;
}

QString ReviewerQuery::typeName(Type type)
{
    switch (type) {
    case Type::User:
        return QStringLiteral("user");
    case Type::Group:
        return QStringLiteral("group");
    case Type::Role:
        return QStringLiteral("role");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ReviewerQuery::Type ReviewerQuery::typeFromName(const QString& name)
{
    for (Type t : {Type::User, Type::Group, Type::Role}) {
        if (typeName(t).compare(name, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return Type::Unknown;
}

QString ReviewerQuery::userQuery(const QString& userId)
{
    return QStringLiteral("/users/") + userId;
}

QString ReviewerQuery::groupQuery(const QString& groupId)
{
    // The members of the group, nested groups included, as Entra's reviewer scopes put it.
    return QStringLiteral("/groups/") + groupId + QStringLiteral("/transitiveMembers/microsoft.graph.user");
}

QString ReviewerQuery::roleQuery(const QString& roleTemplateId)
{
    // Role template ids are the same in every tenant; the admin center writes the role as this filter.
    return QStringLiteral("/beta/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '%1'")
        .arg(roleTemplateId);
}

QString ReviewerQuery::toQuery() const
{
    switch (type) {
    case Type::User:
        return userQuery(id);
    case Type::Group:
        return groupQuery(id);
    case Type::Role:
        return directoryRoleObject ? QStringLiteral("/directoryRoles/") + id : roleQuery(id);
    case Type::Unknown:
        break;
    }
    return {};
}
