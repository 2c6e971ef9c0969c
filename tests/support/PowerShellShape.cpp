#include "PowerShellShape.h"

#include <QRegularExpression>

namespace {

bool isSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

bool isForbidden(char16_t c)
{
    return (c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString commandShape(const QString& line, QString* problem)
{
    QString shape;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!isSingleQuote(line.at(i))) {
            shape.append(line.at(i));
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        for (;;) {
            if (j >= line.size()) {
                *problem = QStringLiteral("unterminated string");
                return shape;
            }
            if (isSingleQuote(line.at(j))) {
                if (j + 1 < line.size() && isSingleQuote(line.at(j + 1))) {
                    j += 2;
                    continue;
                }
                break;
            }
            ++j;
        }
        shape.append(QLatin1Char('L'));
        i = j + 1;
    }
    return shape;
}

} // namespace

namespace PowerShellShape {

QStringList problems(const QString& script)
{
    QStringList out;
    for (qsizetype i = 0; i < script.size(); ++i) {
        if (isForbidden(script.at(i).unicode())) {
            out << QStringLiteral("control U+%1 at offset %2")
                       .arg(uint(script.at(i).unicode()), 4, 16, QLatin1Char('0'))
                       .arg(i);
        }
    }
    // A literal (L), a variable's id, a bare enum word, or a concatenation of literals and [char] codes.
    const QString arg
        = QStringLiteral(R"((?:L|\$[A-Za-z][A-Za-z0-9]*\.Id|[A-Za-z]+|\(L(?: \+ (?:\[char\]0x[0-9A-F]{4}|L))*\)))");
    const QString command
        = QStringLiteral(
              R"([A-Z][A-Za-z0-9]+-[A-Za-z0-9]+(?: -[A-Za-z][A-Za-z0-9]*(?::\$(?:true|false))?(?: %1(?:,%1)*)?)*)")
              .arg(arg);
    static const QRegularExpression shapeRe(
        QStringLiteral(R"(^(?:PS> )?(?:\$[A-Za-z][A-Za-z0-9]* = )?%1(?: \| Where-Object [A-Za-z]+ -eq %2)?$)")
            .arg(command, arg));
    // PowerShell ends a line at CR, LF and CRLF; the control check above reports the others.
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = script.split(lineBreak);
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            if (line.contains(QLatin1String("<#")) || line.contains(QLatin1String("#>"))) {
                out << QStringLiteral("line %1: block comment delimiter in a comment: %2").arg(n + 1).arg(line);
            }
            continue;
        }
        QString problem;
        const QString shape = commandShape(line, &problem);
        if (!problem.isEmpty()) {
            out << QStringLiteral("line %1: %2: %3").arg(n + 1).arg(problem, line);
        } else if (!shapeRe.match(shape).hasMatch()) {
            out << QStringLiteral("line %1 is not one command (shape %2): %3").arg(n + 1).arg(shape, line);
        }
    }
    return out;
}

} // namespace PowerShellShape
