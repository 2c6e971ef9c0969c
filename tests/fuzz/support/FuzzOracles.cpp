#include "FuzzOracles.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
           || c == QChar(0x201B);
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029;
}

bool isWordChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// A small recursive-descent reader of one generated command line; false when the line is not of that shape.
class LineReader
{
public:
    explicit LineReader(const QString& line)
        : m_s(line)
    {
    }

    bool command()
    {
        if (peek() == QLatin1Char('$')) {
            ++m_i;
            if (!word() || !literal(QStringLiteral(" = "))) {
                return false;
            }
        }
        if (!cmdlet()) {
            return false;
        }
        while (m_i < m_s.size()) {
            if (!literal(QStringLiteral(" -")) || !word()) {
                return false;
            }
            if (literal(QStringLiteral(":$true")) || literal(QStringLiteral(":$false"))) {
                continue;
            }
            if (!literal(QStringLiteral(" ")) || !argument()) {
                return false;
            }
        }
        return true;
    }

private:
    QChar peek() const { return m_i < m_s.size() ? m_s.at(m_i) : QChar(); }

    bool literal(const QString& text)
    {
        if (QStringView(m_s).mid(m_i).startsWith(text)) {
            m_i += text.size();
            return true;
        }
        return false;
    }

    bool word()
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && isWordChar(m_s.at(m_i))) {
            ++m_i;
        }
        return m_i > start;
    }

    bool cmdlet() { return word() && literal(QStringLiteral("-")) && word(); }

    bool quoted()
    {
        if (!isQuote(peek())) {
            return false;
        }
        ++m_i;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (isQuote(c)) {
                if (isQuote(peek())) {
                    ++m_i; // a doubled quote is one literal quote
                    continue;
                }
                return true;
            }
        }
        return false; // unterminated
    }

    bool argument()
    {
        if (isQuote(peek())) {
            if (!quoted()) {
                return false;
            }
            while (literal(QStringLiteral(","))) {
                if (!quoted()) {
                    return false;
                }
            }
            return true;
        }
        if (peek() == QLatin1Char('$')) {
            ++m_i;
            return word() && literal(QStringLiteral(".Id"));
        }
        return word();
    }

    const QString& m_s;
    qsizetype m_i = 0;
};

} // namespace

void FuzzOracles::fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "oracle: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

void FuzzOracles::checkPowerShell(const QString& script, const char* where)
{
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        for (const QChar c : line) {
            if (isControl(c)) {
                fail("generated PowerShell holds a control or line-break character",
                     QString::fromLatin1(where)
                         + QStringLiteral(": U+%1 in: ").arg(c.unicode(), 4, 16, QLatin1Char('0')) + line);
            }
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("# "))) {
            continue;
        }
        if (!LineReader(line).command()) {
            fail("a generated PowerShell line is not a command as ConsentDesk writes it",
                 QString::fromLatin1(where) + QStringLiteral(": ") + line);
        }
    }
}

void FuzzOracles::checkCsv(const QByteArray& csv, const char* where)
{
    const QString text = QString::fromUtf8(csv);
    qsizetype i = text.indexOf(QStringLiteral("\r\n"));
    if (i < 0) {
        return;
    }
    i += 2;
    while (i < text.size()) {
        QString cell;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text.at(i++);
            }
        } else {
            while (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                cell += text.at(i++);
            }
        }
        if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0))) {
            fail("a CSV cell starts a formula", QString::fromLatin1(where) + QStringLiteral(": ") + cell);
        }
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
        } else if (QStringView(text).mid(i).startsWith(QLatin1String("\r\n"))) {
            i += 2;
        } else if (i < text.size()) {
            fail("malformed CSV", QString::fromLatin1(where) + QStringLiteral(": ") + text.mid(i, 40));
        }
    }
}
