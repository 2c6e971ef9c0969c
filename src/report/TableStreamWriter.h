#pragma once

#include "Table.h"
#include "TableWriter.h"

#include <QByteArray>
#include <QList>
#include <QVariantList>

#include <functional>

/**
 * A Table written as its rows arrive, so a report of 300 000 rows never has to be held: rows go out in TableWriter's
 * formats (TableWriter's batch functions are this writer with every row at once — one code path, byte for byte).
 *
 * - CSV and JSON are written row by row.
 * - The text table aligns its columns on the first rows (layoutRows, default 500; all of them when fewer arrive):
 *   those are held until then, and a later, wider cell makes only its own line longer.
 *
 * Bytes go to the output function as UTF-8, in pieces; finish() writes the end (the JSON array's bracket).
 */
class TableStreamWriter
{
public:
    using Output = std::function<void(const QByteArray&)>;

    TableStreamWriter(TableWriter::Format format, const QList<Table::Column>& columns, Output output);

    void setLayoutRows(int rows) { m_layoutRows = rows; } // text only; before the first row
    void writeRow(const QVariantList& row);
    void writeRows(const QList<QVariantList>& rows);
    void finish(); // once; no rows after it
    qint64 rowsWritten() const { return m_rows; }

private:
    void start();
    void layOut(); // text: widths from the held rows, then the header and the held rows
    QByteArray textLine(const QStringList& cells) const;
    void prepareJson(); // the keys in QJsonObject's order, written once
    QByteArray jsonRow(const QVariantList& row) const;
    QByteArray jsonRowThroughDocument(const QVariantList& row) const;
    QByteArray csvRow(const QVariantList& row) const;
    QStringList textCells(const QVariantList& row) const;

    TableWriter::Format m_format;
    QList<Table::Column> m_columns;
    Output m_output;
    int m_layoutRows = 500;
    bool m_started = false;
    bool m_finished = false;
    bool m_laidOut = false;
    qint64 m_rows = 0;
    QList<int> m_widths;
    QList<QStringList> m_held; // text: cells of rows before the layout
    bool m_jsonFast = false;
    QList<int> m_jsonColumns; // JSON: the columns in the order written
    QList<QByteArray> m_jsonKeys; // JSON: each one's indented, quoted key
};
