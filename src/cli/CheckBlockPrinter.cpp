#include "CheckBlockPrinter.h"

#include <QStringList>
#include <QTextStream>

CheckBlockPrinter::CheckBlockPrinter(QTextStream& out, int idWidth)
    : m_out(out)
    , m_idWidth(idWidth)
{
}

void CheckBlockPrinter::check(const QString& status, const QString& id, const QString& title)
{
    m_out << status.toUpper().leftJustified(kIndent) << id.leftJustified(m_idWidth) << title << '\n';
}

void CheckBlockPrinter::field(const QString& label, const QString& text)
{
    if (!text.isEmpty()) {
        m_out << wrapped(label + QStringLiteral(": ") + text);
    }
}

QString CheckBlockPrinter::wrapped(const QString& text, int indent, int width)
{
    const QString margin(indent, QLatin1Char(' '));
    QString result;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                result += margin + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty()) {
            result += margin + line + QLatin1Char('\n');
        }
    }
    return result;
}
