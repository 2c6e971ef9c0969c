#include "ModelExporter.h"

#include "Preferences.h"
#include "ViewStyle.h"
#include "report/TableWriter.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

Table ModelExporter::toTable(const QAbstractItemModel& model, const QStringList& keys)
{
    Table table;
    QList<int> columns;
    for (int column = 0; column < model.columnCount() && column < keys.size(); ++column) {
        if (keys.at(column).isEmpty()) {
            continue;
        }
        columns << column;
        table.addColumn(keys.at(column), model.headerData(column, Qt::Horizontal).toString());
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList values;
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            const QVariant raw = index.data(ExportRole);
            values << (raw.isValid() ? raw : index.data(Qt::DisplayRole));
        }
        table.addRow(values);
    }
    return table;
}

QString ModelExporter::suggestedPath(const QString& baseName)
{
    return Preferences::exportFolder() + QLatin1Char('/') + baseName + QLatin1Char('-')
           + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
}

bool ModelExporter::exportWithDialog(QWidget* parent,
                                     const QAbstractItemModel& model,
                                     const QStringList& keys,
                                     const QString& suggestedBaseName)
{
    return exportTableWithDialog(parent, toTable(model, keys), suggestedBaseName);
}

bool ModelExporter::exportTableWithDialog(QWidget* parent, const Table& table, const QString& suggestedBaseName)
{
    TableWriter::Format format = TableWriter::Format::Csv;
    const QString path = askSavePath(parent, suggestedBaseName, &format);
    if (path.isEmpty()) {
        return false;
    }
    const QByteArray data = TableWriter::write(table, format);
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        ViewStyle::warning(
            parent, QObject::tr("Export"), QObject::tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString ModelExporter::askSavePath(QWidget* parent, const QString& suggestedBaseName, TableWriter::Format* format)
{
    const QString csvFilter = QObject::tr("CSV (*.csv)");
    const QString jsonFilter = QObject::tr("JSON (*.json)");
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(parent,
                                                QObject::tr("Export"),
                                                suggestedPath(suggestedBaseName),
                                                csvFilter + QStringLiteral(";;") + jsonFilter,
                                                &selected);
    if (path.isEmpty()) {
        return {};
    }
    const bool json = selected == jsonFilter || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (json && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".json");
    } else if (!json && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".csv");
    }
    *format = json ? TableWriter::Format::Json : TableWriter::Format::Csv;
    return path;
}
