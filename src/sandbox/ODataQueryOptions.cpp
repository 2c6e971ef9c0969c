#include "ODataQueryOptions.h"

#include "ODataEvaluator.h"
#include "ODataFilterParser.h"

namespace {

const QStringList kKnownOptions {QStringLiteral("$select"),
                                 QStringLiteral("$filter"),
                                 QStringLiteral("$top"),
                                 QStringLiteral("$skip"),
                                 QStringLiteral("$count"),
                                 QStringLiteral("$search"),
                                 QStringLiteral("$orderby"),
                                 QStringLiteral("$skiptoken"),
                                 QStringLiteral("$expand"),
                                 QStringLiteral("$format")};

} // namespace

QString ODataQueryOptions::value(const QUrlQuery& query, const QString& name)
{
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QString();
}

QStringList ODataQueryOptions::parseSelect(const QUrlQuery& query)
{
    QStringList result;
    for (const auto& part : value(query, QStringLiteral("$select")).split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !result.contains(name)) {
            result.append(name);
        }
    }
    return result;
}

std::optional<ODataError> ODataQueryOptions::parseExpand(const QUrlQuery& query, bool directory, QStringList* out)
{
    out->clear();
    const QString text = value(query, QStringLiteral("$expand"));
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    for (const auto& part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            return ODataError::badRequest(QStringLiteral("Invalid $expand expression '%1'.").arg(text));
        }
        if (name.contains(QLatin1Char('('))) {
            if (directory) {
                return ODataError::unsupported(
                    QStringLiteral("Nested query options in $expand are not supported for directory objects."));
            }
            return ODataError::badRequest(QStringLiteral("Invalid $expand expression '%1'.").arg(text));
        }
        if (name.contains(QLatin1Char('/'))) {
            return ODataError::badRequest(QStringLiteral("Only one level of $expand is supported."));
        }
        if (name != QLatin1String("*")) {
            out->append(name);
        }
    }
    return std::nullopt;
}

std::optional<ODataError> ODataQueryOptions::parse(const QUrlQuery& query,
                                                   bool eventual,
                                                   const ODataEntityType& type,
                                                   int defaultPageSize,
                                                   ODataQueryOptions* out,
                                                   bool countSegment)
{
    ODataQueryOptions options;
    options.eventual = eventual;
    options.pageSize = defaultPageSize;
    const bool directory = type.isDirectoryObject();

    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(QLatin1Char('$')) && !kKnownOptions.contains(key.toLower())) {
            return ODataError::badRequest(QStringLiteral("The query parameter '%1' is not supported.").arg(key));
        }
    }

    options.select = parseSelect(query);

    const QString count = value(query, QStringLiteral("$count")).toLower();
    if (!count.isEmpty()) {
        if (count != QLatin1String("true") && count != QLatin1String("false")) {
            return ODataError::badRequest(QStringLiteral("Invalid value '%1' for $count.").arg(count));
        }
        options.count = count == QLatin1String("true");
    }
    if (directory && (options.count || countSegment) && !eventual) {
        return ODataError::unsupported(
            QStringLiteral("$count is only supported with the header 'ConsistencyLevel: eventual'."));
    }

    options.filterText = value(query, QStringLiteral("$filter"));
    QString advancedProperty;
    if (!options.filterText.trimmed().isEmpty()) {
        QString syntax;
        options.filter = ODataFilterParser::parse(options.filterText, &syntax);
        if (!options.filter) {
            return ODataError::badRequest(syntax);
        }
        const auto validation = ODataEvaluator::validate(*options.filter, type);
        if (validation.error) {
            return validation.error;
        }
        advancedProperty = validation.advancedProperty;
    }
    if (!advancedProperty.isEmpty() && !(eventual && (options.count || countSegment))) {
        return ODataError::unsupported(
            QStringLiteral("Unsupported or invalid query filter clause specified for property '%1' of resource '%2'.")
                .arg(advancedProperty, type.resourceName()));
    }

    const QString search = value(query, QStringLiteral("$search"));
    if (!search.isEmpty()) {
        if (!type.isSearchable()) {
            return ODataError::unsupported(
                QStringLiteral("$search is not supported on resource '%1'.").arg(type.resourceName()));
        }
        if (directory && !eventual) {
            return ODataError::unsupported(
                QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                               "request header: 'ConsistencyLevel: eventual'"));
        }
        ODataError error;
        options.search = ODataSearch::parse(search, type, &error);
        if (!options.search) {
            return error;
        }
    }

    const QString orderBy = value(query, QStringLiteral("$orderby"));
    if (!orderBy.trimmed().isEmpty()) {
        for (const auto& part : orderBy.split(QLatin1Char(','))) {
            const QStringList words = part.simplified().split(QLatin1Char(' '));
            const QString direction = words.size() > 1 ? words.at(1).toLower() : QStringLiteral("asc");
            if (words.isEmpty() || words.first().isEmpty() || words.size() > 2
                || (direction != QLatin1String("asc") && direction != QLatin1String("desc"))) {
                return ODataError::badRequest(QStringLiteral("Invalid $orderby expression '%1'.").arg(orderBy));
            }
            const auto* property = type.property(words.first());
            if (!property) {
                return ODataError::badRequest(QStringLiteral("Could not find a property named '%1' on type '%2'.")
                                                  .arg(words.first(), type.qualifiedName()));
            }
            if (!(property->capabilities & ODataEntityType::OrderBy)) {
                return ODataError::unsupported(QStringLiteral("Order by '%1' is not supported on resource '%2'.")
                                                   .arg(property->name, type.resourceName()));
            }
            options.orderBy.append({property->name, direction == QLatin1String("desc")});
        }
        // Graph sorts a filtered or searched directory collection only as an advanced query.
        if (directory && (options.filter || options.search) && !(eventual && options.count)) {
            return ODataError::unsupported(QStringLiteral("Sorting not supported for current query."));
        }
    }

    const QString top = value(query, QStringLiteral("$top"));
    if (!top.isEmpty()) {
        bool ok = false;
        const int n = top.toInt(&ok);
        const int max = type.maxTop();
        if (directory && (!ok || n < 1 || (max > 0 && n > max))) {
            return ODataError::requestBadRequest(
                QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and %2 inclusive.")
                    .arg(top)
                    .arg(max));
        }
        if (!ok || n < 1) {
            return ODataError::badRequest(QStringLiteral("Invalid value '%1' for $top.").arg(top));
        }
        options.pageSize = max > 0 ? qMin(n, max) : n;
        options.topGiven = true;
    }

    const QString skip = value(query, QStringLiteral("$skip"));
    if (!skip.isEmpty()) {
        if (!type.supportsSkip()) {
            return ODataError::requestBadRequest(QStringLiteral("'$skip' is not supported by the service."));
        }
        bool ok = false;
        options.skip = skip.toInt(&ok);
        if (!ok || options.skip < 0) {
            return ODataError::badRequest(QStringLiteral("Invalid value '%1' for $skip.").arg(skip));
        }
    }

    if (auto error = parseExpand(query, directory, &options.expand)) {
        return error;
    }
    // Graph's advanced queries (ConsistencyLevel: eventual with $count or $search) do not support $expand.
    if (!options.expand.isEmpty() && directory && eventual && (options.count || options.search || countSegment)) {
        return ODataError::unsupported(QStringLiteral("$expand is not supported with advanced queries "
                                                      "(ConsistencyLevel: eventual with $count or $search)."));
    }

    options.skipToken = value(query, QStringLiteral("$skiptoken"));
    *out = options;
    return std::nullopt;
}
