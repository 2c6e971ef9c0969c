#include "PlannedOperation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString replaceAll(QString text, const QHash<QString, QString>& variables)
{
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        text.replace(PlannedOperation::variable(it.key()), it.value());
    }
    return text;
}

QJsonValue replaceIn(const QJsonValue& value, const QHash<QString, QString>& variables)
{
    if (value.isString()) {
        return replaceAll(value.toString(), variables);
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            it.value() = replaceIn(it.value(), variables);
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const auto& v : value.toArray()) {
            a.append(replaceIn(v, variables));
        }
        return a;
    }
    return value;
}

} // namespace

QString PlannedOperation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateServicePrincipal:
        return QStringLiteral("servicePrincipal.create");
    case Kind::UpdateServicePrincipal:
        return QStringLiteral("servicePrincipal.update");
    case Kind::DeleteServicePrincipal:
        return QStringLiteral("servicePrincipal.delete");
    case Kind::CreateGrant:
        return QStringLiteral("grant.create");
    case Kind::UpdateGrantScope:
        return QStringLiteral("grant.updateScope");
    case Kind::DeleteGrant:
        return QStringLiteral("grant.delete");
    case Kind::CreateAppRoleAssignment:
        return QStringLiteral("appRoleAssignment.create");
    case Kind::DeleteAppRoleAssignment:
        return QStringLiteral("appRoleAssignment.delete");
    }
    return {};
}

QString PlannedOperation::action() const
{
    return kindName(kind);
}

bool PlannedOperation::isCreation() const
{
    return kind == Kind::CreateServicePrincipal || kind == Kind::CreateGrant || kind == Kind::CreateAppRoleAssignment;
}

QString PlannedOperation::describeRequest() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    if (!body.isEmpty()) {
        text += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return text;
}

bool PlannedOperation::substitute(const QHash<QString, QString>& variables,
                                  PlannedOperation* out,
                                  QString* missing) const
{
    for (const auto& name : dependsOn) {
        if (variables.value(name).isEmpty()) {
            if (missing) {
                *missing = name;
            }
            return false;
        }
    }
    *out = *this;
    out->path = replaceAll(path, variables);
    out->body = replaceIn(body, variables).toObject();
    out->target = replaceIn(target, variables).toObject();
    return true;
}

QJsonObject PlannedOperation::toJson() const
{
    QJsonObject o {
        {QStringLiteral("action"), action()},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), path},
        {QStringLiteral("target"), target},
    };
    if (!body.isEmpty()) {
        o.insert(QStringLiteral("body"), body);
    }
    if (!produces.isEmpty()) {
        o.insert(QStringLiteral("produces"), produces);
    }
    if (!dependsOn.isEmpty()) {
        o.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(dependsOn));
    }
    if (!prior.isEmpty()) {
        o.insert(QStringLiteral("prior"), prior);
    }
    if (!addedScopes.isEmpty()) {
        o.insert(QStringLiteral("addedScopes"), QJsonArray::fromStringList(addedScopes));
    }
    if (!removedScopes.isEmpty()) {
        o.insert(QStringLiteral("removedScopes"), QJsonArray::fromStringList(removedScopes));
    }
    if (needsPrivilegedRole) {
        o.insert(QStringLiteral("needsPrivilegedRoleAdministrator"), true);
    }
    if (!restoresEntryId.isEmpty()) {
        o.insert(QStringLiteral("restoresEntryId"), restoresEntryId);
    }
    return o;
}
