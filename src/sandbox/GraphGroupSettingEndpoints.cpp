#include "GraphGroupSettingEndpoints.h"

#include "GraphCollection.h"
#include "GraphErrors.h"
#include "GraphPermissionRules.h"
#include "TenantStore.h"

#include <QJsonArray>
#include <QUuid>

using Op = GraphPermissionRules::Operation;

const QString GraphGroupSettingEndpoints::kConsentPolicySettingsTemplateId
    = QStringLiteral("dffd5d46-495d-40a9-8e21-954ff55e198a");

namespace {

const QString kCollection = QStringLiteral("groupSettings");

// The types' scalar properties; Graph documents no $filter on them ("values" is served, not queried).
const ODataEntityType& settingType()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(QStringLiteral("microsoft.graph.groupSetting"), QStringLiteral("GroupSetting"), false);
        t.add(QStringLiteral("id"), ODataEntityType::Type::String)
            .add(QStringLiteral("displayName"), ODataEntityType::Type::String)
            .add(QStringLiteral("templateId"), ODataEntityType::Type::String);
        return t;
    }();
    return type;
}

const ODataEntityType& templateType()
{
    static const ODataEntityType type = [] {
        ODataEntityType t(
            QStringLiteral("microsoft.graph.groupSettingTemplate"), QStringLiteral("GroupSettingTemplate"), false);
        t.add(QStringLiteral("id"), ODataEntityType::Type::String)
            .add(QStringLiteral("displayName"), ODataEntityType::Type::String)
            .add(QStringLiteral("description"), ODataEntityType::Type::String);
        return t;
    }();
    return type;
}

QJsonObject definition(const QString& name, const QString& type, const QString& defaultValue, const QString& text)
{
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("defaultValue"), defaultValue},
                        {QStringLiteral("description"), text}};
}

// The templates the sandbox knows (Graph's ids; the descriptions are the sandbox's own words).
QList<QJsonObject> knownTemplates()
{
    static const QList<QJsonObject> list {QJsonObject {
        {QStringLiteral("id"), GraphGroupSettingEndpoints::kConsentPolicySettingsTemplateId},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("displayName"), QStringLiteral("Consent Policy Settings")},
        {QStringLiteral("description"), QStringLiteral("Settings for the consent policies of the tenant.")},
        {QStringLiteral("values"),
         QJsonArray {
             definition(QStringLiteral("EnableGroupSpecificConsent"),
                        QStringLiteral("System.Boolean"),
                        QString(),
                        QStringLiteral("Whether group owners may grant apps permissions to their groups' data.")),
             definition(QStringLiteral("BlockUserConsentForRiskyApps"),
                        QStringLiteral("System.Boolean"),
                        QStringLiteral("true"),
                        QStringLiteral("Whether user consent is blocked when Entra considers the request risky.")),
             definition(QStringLiteral("EnableAdminConsentRequests"),
                        QStringLiteral("System.Boolean"),
                        QStringLiteral("false"),
                        QStringLiteral("Whether users may request admin consent for apps they cannot consent to.")),
             definition(QStringLiteral("ConstrainGroupSpecificConsentToMembersOfGroupId"),
                        QStringLiteral("System.Guid"),
                        QString(),
                        QStringLiteral("When group owner consent is on: only owners who are members of this group "
                                       "may consent.")),
         }},
    }};
    return list;
}

std::optional<QJsonObject> findTemplate(const QString& id)
{
    for (const auto& t : knownTemplates()) {
        if (t.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

SandboxResponse noContent(const GraphContext& context)
{
    SandboxResponse response = SandboxResponse::noContent();
    GraphErrors::addDiagnosticHeaders(response, context.request);
    return response;
}

QString setContext(const GraphContext& context)
{
    return context.isBeta() ? QStringLiteral("settings") : kCollection;
}

bool validValue(const QString& type, const QString& value)
{
    if (type == QLatin1String("System.Boolean")) {
        return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
               || value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    }
    if (type == QLatin1String("System.Guid")) {
        return value.isEmpty() || !QUuid::fromString(value).isNull();
    }
    return true;
}

} // namespace

std::optional<SandboxResponse> GraphGroupSettingEndpoints::handle(const GraphContext& context)
{
    const QStringList& s = context.segments;
    const QString settings = context.isBeta() ? QStringLiteral("settings") : kCollection;
    const QString templateSet
        = context.isBeta() ? QStringLiteral("directorySettingTemplates") : QStringLiteral("groupSettingTemplates");
    if (s.first() == templateSet) {
        return templates(context, s.mid(1));
    }
    if (s.first() != settings) {
        return std::nullopt;
    }
    const QByteArray method = context.method();
    if (s.size() == 1) {
        if (method == "POST") {
            return create(context);
        }
        if (method != "GET") {
            return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET"), QStringLiteral("POST")});
        }
        if (auto denied = GraphPermissionRules::check(context, Op::ReadGroupSettings)) {
            return *denied;
        }
        GraphCollection::Spec spec;
        spec.type = &settingType();
        spec.context = setContext(context);
        return GraphCollection::list(context, spec, context.store.list(kCollection));
    }
    if (s.size() > 2) {
        return GraphErrors::segmentNotFound(context.request, s.at(2));
    }
    const QString id = GraphContext::split(s.at(1)).hasKey ? GraphContext::split(s.at(1)).key : s.at(1);
    const auto setting = context.store.get(kCollection, id);
    if (method == "GET") {
        if (auto denied = GraphPermissionRules::check(context, Op::ReadGroupSettings)) {
            return *denied;
        }
        if (!setting) {
            return GraphErrors::notFound(context.request, id);
        }
        return GraphCollection::entity(context, setContext(context), *setting);
    }
    if (method != "PATCH" && method != "DELETE") {
        return GraphErrors::methodNotAllowed(
            context.request, {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::WriteConsentPolicySettings)) {
        return *denied;
    }
    if (!setting) {
        return GraphErrors::notFound(context.request, id);
    }
    if (method == "DELETE") {
        context.store.remove(kCollection, setting->value(QStringLiteral("id")).toString());
        return noContent(context);
    }
    return update(context, *setting);
}

SandboxResponse GraphGroupSettingEndpoints::templates(const GraphContext& context, const QStringList& rest)
{
    if (context.method() != "GET") {
        return GraphErrors::methodNotAllowed(context.request, {QStringLiteral("GET")});
    }
    if (auto denied = GraphPermissionRules::check(context, Op::ReadGroupSettings)) {
        return *denied;
    }
    const QString fragment
        = context.isBeta() ? QStringLiteral("directorySettingTemplates") : QStringLiteral("groupSettingTemplates");
    if (rest.isEmpty()) {
        GraphCollection::Spec spec;
        spec.type = &templateType();
        spec.context = fragment;
        return GraphCollection::list(context, spec, knownTemplates());
    }
    if (rest.size() > 1) {
        return GraphErrors::segmentNotFound(context.request, rest.at(1));
    }
    const QString id = GraphContext::split(rest.first()).hasKey ? GraphContext::split(rest.first()).key : rest.first();
    const auto templ = findTemplate(id);
    if (!templ) {
        return GraphErrors::notFound(context.request, id);
    }
    return GraphCollection::entity(context, fragment, *templ);
}

std::optional<SandboxResponse> GraphGroupSettingEndpoints::mergeValues(const GraphContext& context,
                                                                       const QJsonValue& given,
                                                                       const QJsonObject& templ,
                                                                       QJsonArray* values)
{
    const QString resource = QStringLiteral("GroupSetting");
    if (!given.isArray()) {
        return GraphErrors::invalidProperty(context.request, QStringLiteral("values"), resource);
    }
    const QJsonArray definitions = templ.value(QStringLiteral("values")).toArray();
    for (const auto& v : given.toArray()) {
        const QJsonObject value = v.toObject();
        const QString name = value.value(QStringLiteral("name")).toString();
        if (!value.value(QStringLiteral("value")).isString()) {
            return GraphErrors::invalidProperty(context.request, QStringLiteral("values"), resource);
        }
        const QString text = value.value(QStringLiteral("value")).toString();
        QString type;
        QString canonical; // the template's spelling of the name
        for (const auto& d : definitions) {
            if (d.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
                type = d.toObject().value(QStringLiteral("type")).toString();
                canonical = d.toObject().value(QStringLiteral("name")).toString();
            }
        }
        // The sandbox's own wording: Graph documents no error bodies for these.
        if (canonical.isEmpty()) {
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("The setting '%1' is not defined in template %2.")
                                               .arg(name, templ.value(QStringLiteral("id")).toString()));
        }
        if (!validValue(type, text)) {
            return GraphErrors::badRequest(
                context.request,
                QStringLiteral("Invalid value '%1' for setting '%2' (%3).").arg(text, canonical, type));
        }
        for (qsizetype i = 0; i < values->size(); ++i) {
            if (values->at(i).toObject().value(QStringLiteral("name")).toString() == canonical) {
                values->replace(i, QJsonObject {{QStringLiteral("name"), canonical}, {QStringLiteral("value"), text}});
            }
        }
    }
    return std::nullopt;
}

SandboxResponse GraphGroupSettingEndpoints::create(const GraphContext& context)
{
    if (auto denied = GraphPermissionRules::check(context, Op::WriteConsentPolicySettings)) {
        return *denied;
    }
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const QString templateId = body.value(QStringLiteral("templateId")).toString();
    const auto templ = findTemplate(templateId);
    if (!templ) {
        return GraphErrors::badRequest(context.request,
                                       templateId.isEmpty()
                                           ? QStringLiteral("The templateId property is required.")
                                           : QStringLiteral("No setting template has the id '%1'.").arg(templateId));
    }
    const QString canonicalTemplate = templ->value(QStringLiteral("id")).toString();
    for (const auto& existing : context.store.list(kCollection)) {
        if (existing.value(QStringLiteral("templateId")).toString().compare(canonicalTemplate, Qt::CaseInsensitive)
            == 0) {
            // One tenant-wide setting per template, as in Entra.
            return GraphErrors::badRequest(context.request,
                                           QStringLiteral("A conflicting object with one or more of the specified "
                                                          "property values is present in the directory."));
        }
    }
    QJsonArray values;
    for (const auto& d : templ->value(QStringLiteral("values")).toArray()) {
        values.append(QJsonObject {{QStringLiteral("name"), d.toObject().value(QStringLiteral("name"))},
                                   {QStringLiteral("value"), d.toObject().value(QStringLiteral("defaultValue"))}});
    }
    if (body.contains(QStringLiteral("values"))) {
        if (auto bad = mergeValues(context, body.value(QStringLiteral("values")), *templ, &values)) {
            return *bad;
        }
    }
    const QJsonObject created {
        {QStringLiteral("id"), TenantStore::newGuid()},
        {QStringLiteral("displayName"), templ->value(QStringLiteral("displayName"))},
        {QStringLiteral("templateId"), canonicalTemplate},
        {QStringLiteral("values"), values},
    };
    context.store.put(kCollection, created);
    return GraphCollection::entity(context, setContext(context), created, 201);
}

SandboxResponse GraphGroupSettingEndpoints::update(const GraphContext& context, const QJsonObject& setting)
{
    QString parseError;
    const QJsonObject body = context.request.jsonBody(&parseError);
    if (!parseError.isEmpty()) {
        return GraphErrors::invalidJson(context.request);
    }
    const auto templ = findTemplate(setting.value(QStringLiteral("templateId")).toString());
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("values") && !it.key().startsWith(QLatin1Char('@'))) {
            return GraphErrors::odataBadRequest(
                context.request,
                QStringLiteral("Property '%1' is read-only or does not exist on type 'microsoft.graph.groupSetting'.")
                    .arg(it.key()));
        }
    }
    QJsonArray values = setting.value(QStringLiteral("values")).toArray();
    if (templ && body.contains(QStringLiteral("values"))) {
        if (auto bad = mergeValues(context, body.value(QStringLiteral("values")), *templ, &values)) {
            return *bad;
        }
    }
    QJsonObject updated = setting;
    updated.insert(QStringLiteral("values"), values);
    context.store.put(kCollection, updated);
    return noContent(context);
}
