#include "ODataSearch.h"

std::optional<ODataSearch> ODataSearch::parse(const QString& search, const ODataEntityType& type, ODataError* error)
{
    auto fail = [error](const ODataError& e) -> std::optional<ODataSearch> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    ODataSearch result;
    QList<Clause> group;
    bool expectClause = true;
    int i = 0;
    const int n = int(search.size());
    while (i < n) {
        const QChar c = search.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (expectClause) {
            if (c != QLatin1Char('"')) {
                return fail(ODataError::badRequest(
                    QStringLiteral("Syntax error: character '%1' is not valid at position %2 in '%3'.")
                        .arg(c)
                        .arg(i)
                        .arg(search)));
            }
            const int end = int(search.indexOf(QLatin1Char('"'), i + 1));
            if (end < 0) {
                return fail(ODataError::badRequest(QStringLiteral("Unterminated string in $search '%1'.").arg(search)));
            }
            const QString clause = search.mid(i + 1, end - i - 1);
            const int colon = int(clause.indexOf(QLatin1Char(':')));
            if (colon <= 0) {
                return fail(ODataError::unsupported(
                    QStringLiteral("$search expects \"property:value\" clauses, got \"%1\".").arg(clause)));
            }
            const QString propertyName = clause.left(colon).trimmed();
            const auto* property = type.property(propertyName);
            if (!property || !(property->capabilities & ODataEntityType::Search)) {
                return fail(ODataError::unsupported(
                    QStringLiteral("The property '%1' is not supported for $search on resource '%2'.")
                        .arg(propertyName, type.resourceName())));
            }
            group.append(Clause {property->name, words(clause.mid(colon + 1))});
            i = end + 1;
            expectClause = false;
            continue;
        }
        // An operator between clauses.
        int end = i;
        while (end < n && search.at(end).isLetter()) {
            ++end;
        }
        const QString op = search.mid(i, end - i).toUpper();
        if (op == QLatin1String("AND")) {
            expectClause = true;
        } else if (op == QLatin1String("OR")) {
            result.m_anyOf.append(group);
            group.clear();
            expectClause = true;
        } else {
            return fail(ODataError::badRequest(
                QStringLiteral("Syntax error at position %1 in $search '%2'.").arg(i).arg(search)));
        }
        i = end;
    }
    if (expectClause) {
        return fail(ODataError::badRequest(QStringLiteral("Incomplete $search expression '%1'.").arg(search)));
    }
    result.m_anyOf.append(group);
    return result;
}

QStringList ODataSearch::words(const QString& text)
{
    QStringList result;
    QString current;
    auto flush = [&]() {
        if (!current.isEmpty()) {
            result.append(current.toLower());
            current.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // camelCase hump: "ConsentDesk" -> consent, desk
        if (c.isUpper() && !current.isEmpty() && current.back().isLower()) {
            flush();
        }
        current += c;
    }
    flush();
    return result;
}

bool ODataSearch::matches(const QJsonObject& item) const
{
    for (const auto& group : m_anyOf) {
        bool all = true;
        for (const auto& clause : group) {
            const QString value = item.value(clause.property).toString();
            const QStringList valueWords = words(value);
            const QString whole = value.toLower();
            for (const auto& term : clause.terms) {
                bool found = whole.startsWith(term);
                for (qsizetype w = 0; !found && w < valueWords.size(); ++w) {
                    found = valueWords.at(w).startsWith(term);
                }
                if (!found) {
                    all = false;
                    break;
                }
            }
            if (!all) {
                break;
            }
        }
        if (all) {
            return true;
        }
    }
    return false;
}
