#include "TableStreamWriter.h"

#include "TenantText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

TableStreamWriter::TableStreamWriter(TableWriter::Format format, const QList<Table::Column>& columns, Output output)
    : m_format(format)
    , m_columns(columns)
    , m_output(std::move(output))
{
}

void TableStreamWriter::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    switch (m_format) {
    case TableWriter::Format::Json:
        m_output(QByteArrayLiteral("[\n"));
        break;
    case TableWriter::Format::Csv: {
        QStringList header;
        for (const Table::Column& column : std::as_const(m_columns)) {
            header.append(TableWriter::csvEscape(column.key));
        }
        m_output((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
        break;
    }
    case TableWriter::Format::Table:
        break; // the header waits for the layout
    }
}

void TableStreamWriter::writeRows(const QList<QVariantList>& rows)
{
    for (const QVariantList& row : rows) {
        writeRow(row);
    }
}

void TableStreamWriter::writeRow(const QVariantList& row)
{
    if (m_finished) {
        return;
    }
    start();
    switch (m_format) {
    case TableWriter::Format::Json:
        m_output((m_rows > 0 ? QByteArrayLiteral(",\n") : QByteArray()) + jsonRow(row));
        break;
    case TableWriter::Format::Csv:
        m_output(csvRow(row));
        break;
    case TableWriter::Format::Table:
        if (!m_laidOut) {
            m_held.append(textCells(row));
            if (m_held.size() >= m_layoutRows) {
                layOut();
            }
        } else {
            m_output(textLine(textCells(row)));
        }
        break;
    }
    ++m_rows;
}

void TableStreamWriter::finish()
{
    if (m_finished) {
        return;
    }
    start();
    switch (m_format) {
    case TableWriter::Format::Json:
        m_output(m_rows > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n"));
        break;
    case TableWriter::Format::Csv:
        break;
    case TableWriter::Format::Table:
        if (!m_laidOut) {
            layOut();
        }
        break;
    }
    m_finished = true;
}

QStringList TableStreamWriter::textCells(const QVariantList& row) const
{
    QStringList cells;
    cells.reserve(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c) {
        cells.append(TableWriter::textCell(row.value(c)));
    }
    return cells;
}

void TableStreamWriter::layOut()
{
    m_laidOut = true;
    const int n = int(m_columns.size());
    m_widths = QList<int>(n, 0);
    for (int c = 0; c < n; ++c) {
        m_widths[c] = int(m_columns.at(c).title.size());
    }
    for (const QStringList& cells : std::as_const(m_held)) {
        for (int c = 0; c < n; ++c) {
            m_widths[c] = std::max(m_widths[c], int(cells.value(c).size()));
        }
    }
    QStringList header;
    QStringList rule;
    for (int c = 0; c < n; ++c) {
        header.append(m_columns.at(c).title);
        rule.append(QString(m_widths[c], QLatin1Char('-')));
    }
    QByteArray out = textLine(header) + textLine(rule);
    for (const QStringList& cells : std::as_const(m_held)) {
        out += textLine(cells);
    }
    m_held.clear();
    m_output(out);
}

QByteArray TableStreamWriter::textLine(const QStringList& cells) const
{
    QString out;
    const int n = int(m_columns.size());
    for (int c = 0; c < n; ++c) {
        if (c == n - 1) {
            out += cells.value(c);
        } else {
            out += cells.value(c).leftJustified(m_widths.value(c)) + QStringLiteral("  ");
        }
    }
    // No trailing blanks (the last cells may be empty); a line of blanks only is kept as it is.
    qsizetype end = out.size();
    while (end > 0 && out.at(end - 1).isSpace()) {
        --end;
    }
    if (end > 0) {
        out.truncate(end);
    }
    out += QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray TableStreamWriter::csvRow(const QVariantList& row) const
{
    QString line;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (c > 0) {
            line += QLatin1Char(',');
        }
        line += TableWriter::csvEscape(TableWriter::cellText(row.value(c)));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QByteArray TableStreamWriter::jsonRow(const QVariantList& row) const
{
    QJsonObject object;
    for (int c = 0; c < m_columns.size(); ++c) {
        object.insert(m_columns.at(c).key, TableWriter::jsonValue(row.value(c)));
    }
    // As an element of an indented array: every line of the indented object shifted by one level.
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (text.endsWith('\n')) {
        text.chop(1);
    }
    text.replace('\n', QByteArrayLiteral("\n    "));
    // QJsonDocument escapes C0 only; C1 and the separators are escaped too, the same value for any JSON reader.
    return QByteArrayLiteral("    ") + TenantText::escapeJsonControls(text);
}
