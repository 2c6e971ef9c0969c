#include "GraphCollection.h"

#include "GraphErrors.h"
#include "GraphSchema.h"
#include "ODataPager.h"
#include "SandboxOptions.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

QString contextWithSelect(const QString& context, const QStringList& select, const QStringList& expand = {})
{
    QStringList parts = select;
    for (const auto& navigation : expand) {
        parts.append(navigation + QStringLiteral("()"));
    }
    if (parts.isEmpty()) {
        return context;
    }
    // "users(displayName,mail)", "servicePrincipals('x')/appRoleAssignedTo(id)",
    // "servicePrincipals(id,appRoleAssignedTo())"
    return context + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

// The expander of each requested navigation property, or the error Graph gives for one the type does not have.
std::optional<ODataError> expanders(const QStringList& requested,
                                    const QHash<QString, GraphCollection::Expander>& expandable,
                                    const ODataEntityType* type,
                                    QList<QPair<QString, GraphCollection::Expander>>* out)
{
    for (const auto& name : requested) {
        bool found = false;
        for (auto it = expandable.cbegin(); it != expandable.cend(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                out->append({it.key(), it.value()});
                found = true;
            }
        }
        if (!found) {
            return ODataError::badRequest(
                QStringLiteral("Parsing OData Select and Expand failed: Could not find a property named '%1' on type "
                               "'%2'.")
                    .arg(name, type ? type->qualifiedName() : QStringLiteral("microsoft.graph.entity")));
        }
    }
    return std::nullopt;
}

void expandInto(QJsonObject& served,
                const QJsonObject& item,
                const QList<QPair<QString, GraphCollection::Expander>>& expansions)
{
    for (const auto& [name, expander] : expansions) {
        QJsonArray related;
        for (const QJsonObject& object : expander(item)) {
            if (related.size() == GraphCollection::ExpandLimit) {
                break; // Graph stops here, without a nextLink
            }
            related.append(object);
        }
        served.insert(name, related);
    }
}

int compareForSort(const QJsonValue& a, const QJsonValue& b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull) {
        return aNull == bNull ? 0 : (aNull ? -1 : 1);
    }
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    }
    if (a.isBool() && b.isBool()) {
        return int(a.toBool()) - int(b.toBool());
    }
    // ISO dates sort correctly as text.
    return a.toString().compare(b.toString(), Qt::CaseInsensitive);
}

} // namespace

SandboxResponse GraphCollection::error(const GraphContext& context, const ODataError& error)
{
    return GraphErrors::error(context.request, error.status, error.code, error.message);
}

SandboxResponse GraphCollection::ok(const GraphContext& context, const QJsonObject& body, int status)
{
    SandboxResponse response = SandboxResponse::json(status, body);
    response.setHeader(
        "Content-Type",
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
    response.setHeader("OData-Version", "4.0");
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}

std::optional<SandboxResponse>
GraphCollection::parse(const GraphContext& context, const Spec& spec, ODataQueryOptions* out)
{
    const auto error = ODataQueryOptions::parse(
        context.request.query, context.eventual(), *spec.type, context.options.pageSize, out, spec.countSegment);
    if (error) {
        return GraphCollection::error(context, *error);
    }
    return std::nullopt;
}

SandboxResponse GraphCollection::list(const GraphContext& context, const Spec& spec, const QList<QJsonObject>& items)
{
    ODataQueryOptions options;
    if (auto failure = parse(context, spec, &options)) {
        return *failure;
    }
    return respond(context, spec, options, items);
}

SandboxResponse GraphCollection::respond(const GraphContext& context,
                                         const Spec& spec,
                                         const ODataQueryOptions& options,
                                         const QList<QJsonObject>& items)
{
    QList<QPair<QString, Expander>> expansions;
    if (auto failure = expanders(options.expand, spec.expandable, spec.type, &expansions)) {
        return error(context, *failure);
    }
    const ODataEvaluator evaluator(options.filter, spec.navigation);
    auto matches = [&](const QJsonObject& item) {
        return evaluator.matches(item) && (!options.search || options.search->matches(item));
    };

    if (spec.countSegment) {
        qint64 total = 0;
        for (const auto& item : items) {
            total += matches(item) ? 1 : 0;
        }
        SandboxResponse response = SandboxResponse::text(200, QByteArray::number(total), "text/plain; charset=utf-8");
        GraphErrors::addDiagnosticHeaders(response, context.request);
        return response;
    }

    const quint32 fingerprint = ODataPager::fingerprint(context.request.path, context.request.query);
    qint64 position = 0;
    const bool firstPage = options.skipToken.isEmpty();
    if (!firstPage) {
        const auto decoded = context.pager.decode(options.skipToken, fingerprint);
        if (!decoded) {
            // What Graph's directory answers for a page token it cannot use (expired, or not its own).
            return GraphErrors::error(context.request,
                                      400,
                                      QStringLiteral("Directory_ExpiredPageToken"),
                                      QStringLiteral("The specified page token value has expired and can no longer be "
                                                     "included in your request."));
        }
        position = *decoded;
    }
    const qint64 pageSize = spec.paged ? options.pageSize : std::numeric_limits<qint64>::max();

    QList<QJsonObject> page;
    std::optional<qint64> next;
    std::optional<qint64> total;

    if (!options.orderBy.isEmpty()) {
        // Sorted: the cursor is an offset into the sorted matches.
        QList<qsizetype> order;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (matches(items.at(i))) {
                order.append(i);
            }
        }
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            for (const auto& [property, descending] : options.orderBy) {
                const int c = compareForSort(items.at(a).value(property), items.at(b).value(property));
                if (c != 0) {
                    return descending ? c > 0 : c < 0;
                }
            }
            return false;
        });
        total = order.size();
        if (firstPage) {
            position = options.skip;
        }
        for (qint64 i = position; i < order.size() && qint64(page.size()) < pageSize; ++i) {
            page.append(items.at(order.at(i)));
        }
        if (position + qint64(page.size()) < order.size()) {
            next = position + page.size();
        }
    } else {
        // Unsorted: the cursor is an index into the source list.
        qint64 toSkip = firstPage ? options.skip : 0;
        qint64 i = position;
        for (; i < items.size(); ++i) {
            if (!matches(items.at(i))) {
                continue;
            }
            if (toSkip > 0) {
                --toSkip;
                continue;
            }
            if (qint64(page.size()) == pageSize) {
                next = i; // the first match of the next page
                break;
            }
            page.append(items.at(i));
        }
        if (options.count && firstPage) {
            qint64 n = 0;
            for (const auto& item : items) {
                n += matches(item) ? 1 : 0;
            }
            total = n;
        }
    }

    QJsonArray value;
    for (const auto& item : page) {
        QJsonObject served = select(spec.decorate ? spec.decorate(item) : item, options.select, spec.type);
        expandInto(served, item, expansions);
        value.append(served);
    }
    QJsonObject body {
        {QStringLiteral("@odata.context"),
         context.metadata(contextWithSelect(spec.context, options.select, options.expand))},
        {QStringLiteral("value"), value},
    };
    if (options.count && firstPage && total) {
        body.insert(QStringLiteral("@odata.count"), *total);
    }
    if (next) {
        body.insert(QStringLiteral("@odata.nextLink"),
                    ODataPager::nextLink(context.request.baseUrl(),
                                         context.request.url,
                                         context.request.query,
                                         context.pager.encode(*next, fingerprint)));
    }
    return ok(context, body);
}

SandboxResponse GraphCollection::entity(const GraphContext& context,
                                        const QString& contextFragment,
                                        const QJsonObject& item,
                                        int status,
                                        const ODataEntityType* type,
                                        const QHash<QString, Expander>& expandable)
{
    const QStringList properties = ODataQueryOptions::parseSelect(context.request.query);
    QStringList expand;
    QList<QPair<QString, Expander>> expansions;
    if (context.method() == "GET") {
        const bool directory = type ? type->isDirectoryObject() : !expandable.isEmpty();
        if (auto failure = ODataQueryOptions::parseExpand(context.request.query, directory, &expand)) {
            return error(context, *failure);
        }
        if (auto failure = expanders(expand, expandable, type, &expansions)) {
            return error(context, *failure);
        }
    }
    QJsonObject body = select(item, properties, type);
    expandInto(body, item, expansions);
    body.insert(QStringLiteral("@odata.context"),
                context.metadata(contextWithSelect(contextFragment, properties, expand) + QStringLiteral("/$entity")));
    return ok(context, body, status);
}

QJsonObject GraphCollection::select(const QJsonObject& item, const QStringList& selected, const ODataEntityType* type)
{
    QStringList properties = selected;
    if (properties.isEmpty()) {
        if (item.value(QStringLiteral("@odata.type")).toString() == QLatin1String("#microsoft.graph.user")) {
            type = &GraphSchema::user();
        }
        if (!type || type->defaultProperties().isEmpty()) {
            return item;
        }
        properties = type->defaultProperties();
    }
    QJsonObject result;
    if (item.contains(QStringLiteral("@odata.type"))) {
        result.insert(QStringLiteral("@odata.type"), item.value(QStringLiteral("@odata.type")));
    }
    for (const auto& property : properties) {
        if (property == QLatin1String("*")) {
            return item;
        }
        bool found = false;
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            const QString& key = it.key();
            if (key.compare(property, Qt::CaseInsensitive) == 0) {
                result.insert(key, it.value());
                found = true;
            } else if (key.startsWith(property + QLatin1Char('@'), Qt::CaseInsensitive)) {
                result.insert(key, it.value()); // "userConsentRequests@odata.context"
            }
        }
        if (!found) {
            // Graph answers null for properties without a value, [] for collections.
            const auto* declared = type ? type->property(property) : nullptr;
            const bool collection = declared && declared->type == ODataEntityType::Type::StringCollection;
            result.insert(declared ? declared->name : property, collection ? QJsonValue(QJsonArray()) : QJsonValue());
        }
    }
    return result;
}
