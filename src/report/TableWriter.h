#pragma once

#include "Table.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

/**
 * Renders a Table as an aligned text table (for people), JSON (for scripts) or CSV (for spreadsheets); the whole
 * table at once here, row by row through TableStreamWriter (the same bytes).
 *
 * App names and justifications are typed by outsiders, so every format goes through TenantText: the text table
 * carries no control character (nothing a terminal acts on), JSON escapes them (\uXXXX), and CSV follows RFC 4180,
 * drops controls other than tab and line breaks and neutralises spreadsheet formulas (= + - @, tab or CR first get a
 * leading apostrophe) because exports end up in Excel.
 */
class TableWriter
{
public:
    enum class Format { Table, Json, Csv };

    static std::optional<Format> parseFormat(const QString& name); // "table" | "json" | "csv"
    static QByteArray write(const Table& table, Format format);

    static QByteArray toText(const Table& table);
    static QByteArray toJson(const Table& table); // array of objects keyed by column key
    static QByteArray toCsv(const Table& table); // header row of column keys, CRLF line ends, UTF-8 without BOM

    // One cell, as every format renders it (TableStreamWriter uses these too: change them here, not there).
    static QString cellText(const QVariant& value);
    static QString textCell(const QVariant& value); // the text table's: one line
    static QJsonValue jsonValue(const QVariant& value);
    static QString csvEscape(const QString& cell);
};
