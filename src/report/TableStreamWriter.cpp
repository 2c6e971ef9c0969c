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
        prepareJson();
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

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendEscapedUnit(QByteArray& out, char16_t c)
{
    out += "\\u";
    out += hexDigit((c >> 12) & 0xF);
    out += hexDigit((c >> 8) & 0xF);
    out += hexDigit((c >> 4) & 0xF);
    out += hexDigit(c & 0xF);
}

// A JSON string's contents as QJsonDocument writes them (UTF-8; C0, quote and backslash escaped), then with the
// controls TenantText::escapeJsonControls escapes (DEL, C1, line/paragraph separators, bidi controls) as \uXXXX.
// False for a lone surrogate: the caller then takes QJsonDocument's own path, whose choice for it is Qt's.
bool appendJsonString(QByteArray& out, QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    appendEscapedUnit(out, c);
                } else {
                    out += char(c);
                }
            }
        } else if (TenantText::isControl(c)) {
            appendEscapedUnit(out, c); // C1, line/paragraph separators, bidirectional controls
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 >= n || !QChar::isLowSurrogate(text[i + 1].unicode())) {
                return false;
            }
            const char32_t u = QChar::surrogateToUcs4(c, text[++i].unicode());
            out += char(0xF0 | (u >> 18));
            out += char(0x80 | ((u >> 12) & 0x3F));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        } else {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return true;
}

} // namespace

void TableStreamWriter::prepareJson()
{
    // QJsonObject holds its keys sorted (and a repeated key once, the last value): the written order is that one.
    std::vector<int> order(m_columns.size());
    for (int c = 0; c < int(order.size()); ++c) {
        order[c] = c;
    }
    std::stable_sort(
        order.begin(), order.end(), [this](int a, int b) { return m_columns.at(a).key < m_columns.at(b).key; });
    m_jsonColumns.clear();
    m_jsonKeys.clear();
    for (size_t i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && m_columns.at(order[i]).key == m_columns.at(order[i + 1]).key) {
            continue;
        }
        QByteArray prefix = QByteArrayLiteral("        \"");
        if (!appendJsonString(prefix, m_columns.at(order[i]).key)) {
            m_jsonColumns.clear(); // a key no column should have: every row takes QJsonDocument's path
            m_jsonKeys.clear();
            m_jsonFast = false;
            return;
        }
        prefix += "\": ";
        m_jsonColumns.append(order[i]);
        m_jsonKeys.append(prefix);
    }
    m_jsonFast = !m_jsonColumns.isEmpty();
}

QByteArray TableStreamWriter::jsonRow(const QVariantList& row) const
{
    // Written directly, byte for byte what QJsonDocument writes for the row's object (300 000 rows: a QJsonObject and
    // a document each cost more than the rest of the report); cells that are not text, null or a boolean go through
    // QJsonDocument.
    if (m_jsonFast) {
        QByteArray out;
        out.reserve(64 * m_jsonColumns.size());
        out += "    {\n";
        bool fast = true;
        for (int i = 0; i < m_jsonColumns.size() && fast; ++i) {
            if (i > 0) {
                out += ",\n";
            }
            out += m_jsonKeys.at(i);
            const QVariant& cell = row.value(m_jsonColumns.at(i));
            if (!cell.isValid() || cell.isNull()) {
                out += "null";
            } else if (cell.typeId() == QMetaType::QString) {
                out += '"';
                fast = appendJsonString(out, *static_cast<const QString*>(cell.constData()));
                out += '"';
            } else if (cell.typeId() == QMetaType::Bool) {
                out += cell.toBool() ? "true" : "false";
            } else {
                fast = false;
            }
        }
        if (fast) {
            out += "\n    }";
            return out;
        }
    }
    return jsonRowThroughDocument(row);
}

QByteArray TableStreamWriter::jsonRowThroughDocument(const QVariantList& row) const
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
