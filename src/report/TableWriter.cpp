#include "TableWriter.h"

#include "TenantText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

std::optional<TableWriter::Format> TableWriter::parseFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("table") || n == QLatin1String("text")) {
        return Format::Table;
    }
    if (n == QLatin1String("json")) {
        return Format::Json;
    }
    if (n == QLatin1String("csv")) {
        return Format::Csv;
    }
    return std::nullopt;
}

QByteArray TableWriter::write(const Table& table, Format format)
{
    switch (format) {
    case Format::Table:
        return toText(table);
    case Format::Json:
        return toJson(table);
    case Format::Csv:
        return toCsv(table);
    }
    return {};
}

QString TableWriter::cellText(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(' '));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QByteArray TableWriter::toText(const Table& table)
{
    const int n = int(table.columns.size());
    QList<int> widths(n, 0);
    QList<QStringList> cells;
    cells.reserve(table.rows.size());
    for (int c = 0; c < n; ++c) {
        widths[c] = int(table.columns.at(c).title.size());
    }
    for (const QVariantList& row : table.rows) {
        QStringList line;
        for (int c = 0; c < n; ++c) {
            // One line per row: embedded newlines would break the alignment people rely on. Cells are tenant text:
            // no control reaches the terminal (an app named "…ESC]52;…" would write the admin's clipboard).
            QString text = TenantText::forTerminal(cellText(row.value(c))).simplified();
            widths[c] = std::max(widths[c], int(text.size()));
            line.append(text);
        }
        cells.append(line);
    }
    auto render = [&](const QStringList& line) {
        QString out;
        for (int c = 0; c < n; ++c) {
            const bool last = c == n - 1;
            out += last ? line.value(c) : line.value(c).leftJustified(widths[c]) + QStringLiteral("  ");
        }
        return out.trimmed().isEmpty() ? out : out.remove(QRegularExpression(QStringLiteral("\\s+$")));
    };
    QStringList header;
    QStringList rule;
    for (int c = 0; c < n; ++c) {
        header.append(table.columns.at(c).title);
        rule.append(QString(widths[c], QLatin1Char('-')));
    }
    QString out = render(header) + QLatin1Char('\n') + render(rule) + QLatin1Char('\n');
    for (const QStringList& line : cells) {
        out += render(line) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray TableWriter::toJson(const Table& table)
{
    QJsonArray array;
    for (const QVariantList& row : table.rows) {
        QJsonObject object;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant value = row.value(c);
            QJsonValue json;
            if (!value.isValid() || value.isNull()) {
                json = QJsonValue::Null;
            } else if (value.typeId() == QMetaType::QStringList) {
                json = QJsonArray::fromStringList(value.toStringList());
            } else if (value.typeId() == QMetaType::QDateTime) {
                json = value.toDateTime().toUTC().toString(Qt::ISODate);
            } else {
                json = QJsonValue::fromVariant(value);
            }
            object.insert(table.columns.at(c).key, json);
        }
        array.append(object);
    }
    // QJsonDocument escapes C0 only; C1 and the separators are escaped too, the same value for any JSON reader.
    return TenantText::escapeJsonControls(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString TableWriter::csvEscape(const QString& cell)
{
    return TenantText::forCsvCell(cell);
}

QByteArray TableWriter::toCsv(const Table& table)
{
    QString out;
    QStringList header;
    for (const Table::Column& column : table.columns) {
        header.append(csvEscape(column.key));
    }
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList& row : table.rows) {
        QStringList line;
        for (int c = 0; c < table.columns.size(); ++c) {
            line.append(csvEscape(cellText(row.value(c))));
        }
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}
