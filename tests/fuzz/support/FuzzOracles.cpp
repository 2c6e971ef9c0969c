#include "FuzzOracles.h"

#include "PowerShellShape.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

void FuzzOracles::fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "oracle: %s: %s\n", what, qPrintable(detail.left(400)));
    std::abort();
}

void FuzzOracles::checkPowerShell(const QString& script, const char* where)
{
    // tests/support/PowerShellShape reads the script as PowerShell's tokenizer would, independently of the product's
    // sanitiser (report/TenantText).
    const QStringList problems = PowerShellShape::problems(script);
    if (!problems.isEmpty()) {
        fail("generated PowerShell is not of the shape ConsentDesk means to write",
             QString::fromLatin1(where) + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
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
