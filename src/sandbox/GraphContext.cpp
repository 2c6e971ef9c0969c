#include "GraphContext.h"

GraphContext::Segment GraphContext::split(const QString& segment)
{
    Segment result;
    const qsizetype open = segment.indexOf(QLatin1Char('('));
    if (open < 0 || !segment.endsWith(QLatin1Char(')'))) {
        result.name = segment;
        return result;
    }
    result.name = segment.left(open);
    result.hasKey = true;
    QString inner = segment.mid(open + 1, segment.size() - open - 2);
    const qsizetype equals = inner.indexOf(QLatin1Char('='));
    const qsizetype quote = inner.indexOf(QLatin1Char('\''));
    if (equals > 0 && (quote < 0 || equals < quote)) {
        result.keyName = inner.left(equals).trimmed();
        inner = inner.mid(equals + 1).trimmed();
    }
    if (inner.size() >= 2 && inner.startsWith(QLatin1Char('\'')) && inner.endsWith(QLatin1Char('\''))) {
        inner = inner.mid(1, inner.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    result.key = inner;
    return result;
}
