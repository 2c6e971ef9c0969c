#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * A rectangular result: stable column keys (what CSV headers and JSON keys are), display titles, and rows.
 * The CLI prints it, every view exports it; one shape so both say the same thing.
 */
struct Table
{
    struct Column
    {
        QString key; // stable, machine-facing ("ClientDisplayName")
        QString title; // human-facing, translated ("App")
    };

    QList<Column> columns;
    QList<QVariantList> rows; // one QVariant per column; QStringList renders joined, null renders empty

    void addColumn(const QString& key, const QString& title = {})
    {
        columns.append({key, title.isEmpty() ? key : title});
    }
    void addRow(const QVariantList& row) { rows.append(row); }
    int columnIndex(const QString& key) const;
};
