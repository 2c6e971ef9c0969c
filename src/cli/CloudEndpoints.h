#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/**
 * The identity, Graph and Exchange roots of Microsoft's clouds (graph-api.md §9–10), by the names the CLI
 * and profiles use: global, usgov (GCC High), usgovdod (DoD), china (21Vianet).
 */
struct CloudEndpoints
{
    QString name;
    QUrl authority;
    QUrl graph;
    QUrl exchange;

    static std::optional<CloudEndpoints> forName(const QString& name);
    static QStringList names();
};
