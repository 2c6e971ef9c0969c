#include "AccessTokenScopes.h"

#include "auth/ConsentDeskScopes.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<QStringList> AccessTokenScopes::decode(const QByteArray& accessToken)
{
    const QList<QByteArray> parts = accessToken.trimmed().split('.');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    const QJsonDocument json = QJsonDocument::fromJson(payload);
    if (!json.isObject() || !json.object().value(QStringLiteral("scp")).isString()) {
        return std::nullopt;
    }
    return json.object().value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList AccessTokenScopes::missing(const QStringList& tokenScopes, const QStringList& wanted)
{
    QStringList result = ConsentDeskScopes::missing(tokenScopes, wanted);
    const bool directoryWrite = tokenScopes.contains(QStringLiteral("Directory.ReadWrite.All"), Qt::CaseInsensitive);
    if (directoryWrite) {
        result.removeIf([](const QString& scope) {
            return scope.compare(QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"), Qt::CaseInsensitive) == 0
                   || scope.compare(QStringLiteral("Application.ReadWrite.All"), Qt::CaseInsensitive) == 0;
        });
    }
    return result;
}
