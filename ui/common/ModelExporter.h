#pragma once

#include "report/Table.h"
#include "report/TableWriter.h"

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

/**
 * "Export…" for any table view: the rows as shown (filtered and sorted, i.e. the proxy the view uses) become a
 * report Table with stable column keys, written as CSV or JSON by the same TableWriter the CLI uses — so a file
 * exported from the GUI and one from consentdesk-cli have the same columns.
 *
 * Models give raw values under ExportRole (ISO dates, numbers, claim values); DisplayRole is the fallback.
 */
class ModelExporter
{
public:
    static constexpr int ExportRole = Qt::UserRole + 50;

    // keys: one stable key per model column, in column order; an empty key leaves that column out.
    static Table toTable(const QAbstractItemModel& model, const QStringList& keys);

    // Where the save dialog starts: the export folder of the Preferences, a date-stamped name, .csv.
    static QString suggestedPath(const QString& baseName);

    // Asks for a file (CSV or JSON by the chosen filter), writes it, reports errors. False when cancelled or failed.
    static bool exportWithDialog(QWidget* parent,
                                 const QAbstractItemModel& model,
                                 const QStringList& keys,
                                 const QString& suggestedBaseName);
    // The same for a table built elsewhere (PermissionReport's columns).
    static bool exportTableWithDialog(QWidget* parent, const Table& table, const QString& suggestedBaseName);
    // Only the question: where, and CSV or JSON (by the chosen filter or the name's extension). Empty when cancelled.
    static QString askSavePath(QWidget* parent, const QString& suggestedBaseName, TableWriter::Format* format);
};
