#include "TableWriter.h"

#include "TableStreamWriter.h"
#include "TenantText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <limits>

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

namespace {

QByteArray streamed(const Table& table, TableWriter::Format format)
{
    QByteArray out;
    TableStreamWriter writer(format, table.columns, [&out](const QByteArray& bytes) { out += bytes; });
    writer.setLayoutRows(int(std::min<qsizetype>(table.rows.size() + 1, std::numeric_limits<int>::max())));
    writer.writeRows(table.rows);
    writer.finish();
    return out;
}

} // namespace

QString TableWriter::textCell(const QVariant& value)
{
    // One line per row: embedded newlines would break the alignment people rely on. Cells are tenant text:
    // no control reaches the terminal (an app named "…ESC]52;…" would write the admin's clipboard).
    return TenantText::forTerminal(cellText(value)).simplified();
}

QJsonValue TableWriter::jsonValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue::Null;
    }
    if (value.typeId() == QMetaType::QStringList) {
        return QJsonArray::fromStringList(value.toStringList());
    }
    if (value.typeId() == QMetaType::QDateTime) {
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    }
    return QJsonValue::fromVariant(value);
}

QByteArray TableWriter::toText(const Table& table)
{
    return streamed(table, Format::Table);
}

QByteArray TableWriter::toJson(const Table& table)
{
    return streamed(table, Format::Json);
}

QString TableWriter::csvEscape(const QString& cell)
{
    return TenantText::forCsvCell(cell);
}

QByteArray TableWriter::toCsv(const Table& table)
{
    return streamed(table, Format::Csv);
}
