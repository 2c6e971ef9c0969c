// Fuzz target "odata-filter": what a request's query string does to the sandbox. The input is the query part of a
// collection URL ("$filter=clientId eq '…'&$top=5", percent-encoded or not). It runs through ODataQueryOptions::parse
// (which uses ODataFilterParser) for every entity type GraphSchema serves, with and without ConsistencyLevel:
// eventual; a filter that parses is validated, evaluated over that collection of the demo tenant, and — where the
// endpoints narrow candidates by an index before filtering (equalityConstraint on principalId/clientId/resourceId/
// appId) — the narrowed result must equal the filter over the whole collection. The raw input is also parsed as a bare
// $filter text. Oracles: sanitizers, no hang, and that index cross-check (a wrong index answer hides grants).
#include "FuzzEnvironment.h"
#include "sandbox/GraphSchema.h"
#include "sandbox/ODataEvaluator.h"
#include "sandbox/ODataFilterParser.h"
#include "sandbox/ODataQueryOptions.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/TenantStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Collection
{
    const ODataEntityType* type;
    QString name; // TenantStore collection; empty: no objects to evaluate against
};

TenantStore* g_store = nullptr;

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "odata-filter: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

QStringList ids(const QList<QJsonObject>& items)
{
    QStringList out;
    for (const auto& item : items) {
        out.append(item.value(QStringLiteral("id")).toString());
    }
    out.sort();
    return out;
}

QList<QJsonObject> matching(const ODataEvaluator& evaluator, const QList<QJsonObject>& items)
{
    QList<QJsonObject> out;
    for (const auto& item : items) {
        if (evaluator.matches(item)) {
            out.append(item);
        }
    }
    return out;
}

// The endpoints' shortcut must not change the answer: filter(index(v)) == filter(all).
void crossCheckIndex(const ODataNode& filter, const ODataEvaluator& evaluator, const Collection& collection)
{
    const QList<QJsonObject> all = matching(evaluator, g_store->list(collection.name));
    auto check = [&](const QString& property, const QList<QJsonObject>& candidates) {
        const QStringList narrowed = ids(matching(evaluator, candidates));
        if (narrowed != ids(all)) {
            fail("index narrowing disagrees with the filter",
                 property + QStringLiteral(": %1 by index, %2 by scan").arg(narrowed.size()).arg(all.size()));
        }
    };
    if (collection.name == QLatin1String("oauth2PermissionGrants")) {
        if (const auto v = ODataEvaluator::equalityConstraint(filter, QStringLiteral("principalId"))) {
            check(QStringLiteral("principalId"), g_store->grantsByPrincipal(*v));
        } else if (const auto v = ODataEvaluator::equalityConstraint(filter, QStringLiteral("clientId"))) {
            check(QStringLiteral("clientId"), g_store->grantsByClient(*v));
        } else if (const auto v = ODataEvaluator::equalityConstraint(filter, QStringLiteral("resourceId"))) {
            check(QStringLiteral("resourceId"), g_store->grantsByResource(*v));
        }
    } else if (collection.name == QLatin1String("servicePrincipals")) {
        if (const auto v = ODataEvaluator::equalityConstraint(filter, QStringLiteral("appId"))) {
            QList<QJsonObject> candidates;
            if (const auto sp = g_store->servicePrincipalByAppId(*v)) {
                candidates.append(*sp);
            }
            check(QStringLiteral("appId"), candidates);
        }
    }
}

void exercise(const QUrlQuery& query, const Collection& collection, bool eventual)
{
    ODataQueryOptions options;
    if (ODataQueryOptions::parse(query, eventual, *collection.type, 100, &options)) {
        return; // refused with Graph's error: fine
    }
    if (!options.filter || collection.name.isEmpty()) {
        return;
    }
    if (ODataEvaluator::validate(*options.filter, *collection.type).error) {
        return;
    }
    const ODataEvaluator evaluator(options.filter, [](const QJsonObject& item, const QString& navigation) {
        QJsonArray out;
        if (navigation.compare(QLatin1String("userConsentRequests"), Qt::CaseInsensitive) == 0) {
            for (const auto& r : g_store->userConsentRequests(item.value(QStringLiteral("id")).toString())) {
                out.append(r);
            }
        }
        return out;
    });
    crossCheckIndex(*options.filter, evaluator, collection);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 4096) {
        return -1; // Graph caps URLs far below this; longer inputs only slow the search down
    }
    FuzzEnvironment::init();
    if (!g_store) {
        g_store = new TenantStore;
        QString error;
        if (!g_store->loadFile(SandboxOptions::embeddedFixture(), &error)) {
            fail("cannot load the demo tenant", error);
        }
    }
    const QString text = FuzzEnvironment::text(reinterpret_cast<const char*>(data), size);

    QString error;
    ODataFilterParser::parse(text, &error);

    static const QList<Collection> collections = {
        {&GraphSchema::user(), QStringLiteral("users")},
        {&GraphSchema::group(), QStringLiteral("groups")},
        {&GraphSchema::servicePrincipal(), QStringLiteral("servicePrincipals")},
        {&GraphSchema::directoryObject(), QStringLiteral("users")},
        {&GraphSchema::directoryRole(), QStringLiteral("directoryRoles")},
        {&GraphSchema::oauth2PermissionGrant(), QStringLiteral("oauth2PermissionGrants")},
        {&GraphSchema::appRoleAssignment(), QStringLiteral("appRoleAssignments")},
        {&GraphSchema::appConsentRequest(), QStringLiteral("appConsentRequests")},
        {&GraphSchema::userConsentRequest(), QString()},
        {&GraphSchema::permissionGrantPolicy(), QString()},
        {&GraphSchema::permissionGrantConditionSet(), QString()},
        {&GraphSchema::conditionalAccessPolicy(), QStringLiteral("conditionalAccessPolicies")},
        {&GraphSchema::organization(), QString()},
    };
    const QUrlQuery query(text);
    for (const Collection& collection : collections) {
        exercise(query, collection, false);
        exercise(query, collection, true);
    }
    return 0;
}
