#include "SnapshotChange.h"

QString SnapshotChange::changeName(Change change)
{
    switch (change) {
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString SnapshotChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::App:
        return QStringLiteral("app");
    case Kind::Delegated:
        return QStringLiteral("delegated");
    case Kind::Application:
        return QStringLiteral("application");
    case Kind::UserConsent:
        return QStringLiteral("userConsent");
    case Kind::Setting:
        return QStringLiteral("setting");
    case Kind::Policy:
        return QStringLiteral("policy");
    }
    return {};
}

QJsonObject SnapshotChange::toJson() const
{
    return QJsonObject {
        {QStringLiteral("change"), changeName(change)},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("app"), app},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("permission"), permission},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("principal"), principal},
        {QStringLiteral("before"), before},
        {QStringLiteral("after"), after},
        {QStringLiteral("risk"), Risk::toKey(risk)},
    };
}
