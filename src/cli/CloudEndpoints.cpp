#include "CloudEndpoints.h"

#include <QStringList>

std::optional<CloudEndpoints> CloudEndpoints::forName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    auto make = [&](const char* login, const char* graph, const char* exchange) {
        return CloudEndpoints {
            n, QUrl(QString::fromLatin1(login)), QUrl(QString::fromLatin1(graph)), QUrl(QString::fromLatin1(exchange))};
    };
    if (n.isEmpty() || n == QLatin1String("global")) {
        auto c
            = make("https://login.microsoftonline.com", "https://graph.microsoft.com", "https://outlook.office365.com");
        c.name = QStringLiteral("global");
        return c;
    }
    if (n == QLatin1String("usgov")) {
        return make("https://login.microsoftonline.us", "https://graph.microsoft.us", "https://outlook.office365.us");
    }
    if (n == QLatin1String("usgovdod")) {
        return make("https://login.microsoftonline.us", "https://dod-graph.microsoft.us", "https://webmail.apps.mil");
    }
    if (n == QLatin1String("china")) {
        return make("https://login.partner.microsoftonline.cn",
                    "https://microsoftgraph.chinacloudapi.cn",
                    "https://partner.outlook.cn");
    }
    return std::nullopt;
}

QStringList CloudEndpoints::names()
{
    return {QStringLiteral("global"), QStringLiteral("usgov"), QStringLiteral("usgovdod"), QStringLiteral("china")};
}
