#include "RiskCatalog.h"

#include "log/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <tuple>

namespace {

QString applicationNote()
{
    return QCoreApplication::translate("RiskCatalog",
                                       "As an application permission it works without a signed-in user, across the "
                                       "whole tenant.");
}

bool isWriteLike(const QString& claim)
{
    for (const char* word : {"Write", "Send", "Manage", "FullControl", "Create", "Delete"}) {
        if (claim.contains(QLatin1String(word), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

RiskCatalog::RiskCatalog() = default;

const RiskCatalog& RiskCatalog::builtIn()
{
    static const RiskCatalog catalog = [] {
        RiskCatalog c;
        QFile file(QStringLiteral(":/risk/permission-risk.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !c.load(file.readAll(), &error)) {
            // A broken build, not a user problem: say so loudly, rank nothing rather than guess.
            Log::get("risk")->error("built-in risk catalog unreadable: {}",
                                    error.isEmpty() ? file.errorString() : error);
        }
        QString overrideError;
        const QString overrides = overridesPath();
        if (QFile::exists(overrides)) {
            if (!c.loadOverridesFile(overrides, &overrideError)) {
                Log::get("risk")->warn("risk overrides {} ignored: {}", overrides, overrideError);
            }
        } else if (overrides != defaultOverridesPath()) {
            Log::get("risk")->warn("risk overrides {} ignored: the file does not exist", overrides);
        }
        return c;
    }();
    return catalog;
}

QString RiskCatalog::defaultOverridesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/risk-overrides.json");
}

QString RiskCatalog::overridesSettingKey()
{
    return QStringLiteral("risk/overridesFile");
}

QString RiskCatalog::overridesPath()
{
    const QString chosen = QSettings().value(overridesSettingKey()).toString();
    return chosen.isEmpty() ? defaultOverridesPath() : chosen;
}

bool RiskCatalog::parseRules(const QByteArray& json, QList<Rule>* rules, QStringList* tenants, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("RiskCatalog", "the catalog is not a JSON object");
        }
        return false;
    }
    const QJsonObject root = doc.object();
    QList<Rule> parsed;
    const QJsonArray array = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Rule rule;
        QString pattern = o.value(QStringLiteral("permission")).toString().trimmed();
        if (pattern.isEmpty()) {
            if (error) {
                *error = QCoreApplication::translate("RiskCatalog", "rule %1 has no permission").arg(i + 1);
            }
            return false;
        }
        rule.wildcard = pattern.endsWith(QLatin1Char('*'));
        rule.pattern = rule.wildcard ? pattern.chopped(1) : pattern;
        const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("any")).toLower();
        if (type == QLatin1String("delegated")) {
            rule.type = int(PermissionType::Delegated);
        } else if (type == QLatin1String("application")) {
            rule.type = int(PermissionType::Application);
        } else if (type != QLatin1String("any")) {
            if (error) {
                //: %1 the rule's number, %2 its permission; "delegated", "application" and "any" are the file's
                //: keywords
                *error = QCoreApplication::translate("RiskCatalog",
                                                     "rule %1 (%2): type must be delegated, application or any")
                             .arg(i + 1)
                             .arg(pattern);
            }
            return false;
        }
        rule.resource = o.value(QStringLiteral("resource")).toString(QStringLiteral("*")).toLower();
        bool ok = false;
        rule.level = Risk::fromKey(o.value(QStringLiteral("level")).toString(), &ok);
        if (!ok) {
            if (error) {
                *error
                    = QCoreApplication::translate("RiskCatalog", "rule %1 (%2): unknown level").arg(i + 1).arg(pattern);
            }
            return false;
        }
        rule.reason = o.value(QStringLiteral("reason")).toString();
        parsed.append(rule);
    }
    *rules = parsed;
    if (tenants) {
        tenants->clear();
        for (const QJsonValue& v : root.value(QStringLiteral("microsoftTenantIds")).toArray()) {
            tenants->append(v.toString().toLower());
        }
    }
    return true;
}

bool RiskCatalog::load(const QByteArray& json, QString* error)
{
    return parseRules(json, &m_rules, &m_microsoftTenants, error);
}

bool RiskCatalog::loadOverrides(const QByteArray& json, QString* error)
{
    return parseRules(json, &m_overrides, nullptr, error);
}

bool RiskCatalog::loadOverridesFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return loadOverrides(file.readAll(), error);
}

const RiskCatalog::Rule*
RiskCatalog::bestMatch(const QList<Rule>& rules, const QString& resource, const QString& claim, int type)
{
    // Most specific wins: exact over wildcard, longer pattern, specific type, specific resource.
    const Rule* best = nullptr;
    std::tuple<int, int, int, int> bestScore {-1, -1, -1, -1};
    for (const Rule& rule : rules) {
        if (rule.type >= 0 && rule.type != type) {
            continue;
        }
        if (rule.resource != QLatin1String("*") && rule.resource != resource) {
            continue;
        }
        const bool matches = rule.wildcard ? claim.startsWith(rule.pattern, Qt::CaseInsensitive)
                                           : claim.compare(rule.pattern, Qt::CaseInsensitive) == 0;
        if (!matches) {
            continue;
        }
        const std::tuple<int, int, int, int> score {rule.wildcard ? 0 : 1,
                                                    int(rule.pattern.size()),
                                                    rule.type >= 0 ? 1 : 0,
                                                    rule.resource != QLatin1String("*") ? 1 : 0};
        if (score > bestScore) {
            bestScore = score;
            best = &rule;
        }
    }
    return best;
}

RiskCatalog::Assessment
RiskCatalog::assessOne(const QString& resourceAppId, const QString& claimValue, PermissionType type) const
{
    const QString resource = resourceAppId.toLower();
    Assessment result;
    if (const Rule* rule = bestMatch(m_overrides, resource, claimValue, int(type))) {
        result.level = rule->level;
        result.reason = rule->reason;
        result.rule = rule->pattern + (rule->wildcard ? QStringLiteral("*") : QString());
        result.fromOverride = true;
        result.typeSpecific = rule->type >= 0;
    } else if (const Rule* builtin = bestMatch(m_rules, resource, claimValue, int(type))) {
        result.level = builtin->level;
        // Built-in reasons are offered to translators (translations/sources/RiskReasons.cpp); without a translator
        // installed (the CLI) this is the English text.
        result.reason = QCoreApplication::translate("RiskReasons", builtin->reason.toUtf8().constData());
        result.rule = builtin->pattern + (builtin->wildcard ? QStringLiteral("*") : QString());
        result.typeSpecific = builtin->type >= 0;
    }
    return result;
}

RiskCatalog::Assessment
RiskCatalog::assess(const QString& resourceAppId, const QString& claimValue, PermissionType type) const
{
    Assessment result = assessOne(resourceAppId, claimValue, type);
    if (type != PermissionType::Application || result.fromOverride || result.typeSpecific) {
        return result; // the admin's own ranking, or a rule written for application permissions, is final
    }
    // Otherwise application permissions rank at least one level above their delegated twin.
    const Assessment twin = assessOne(resourceAppId, claimValue, PermissionType::Delegated);
    if (twin.level != RiskLevel::Unranked && Risk::raised(twin.level) > result.level) {
        result.level = Risk::raised(twin.level);
        result.reason = twin.reason + QLatin1Char(' ') + applicationNote();
        result.rule = twin.rule;
    }
    if (result.level == RiskLevel::Unranked) {
        // Microsoft: every application permission with write access is among the highest impact.
        result.level = isWriteLike(claimValue) ? RiskLevel::High : RiskLevel::Medium;
        result.reason
            = isWriteLike(claimValue)
                  ? QCoreApplication::translate("RiskCatalog", "An application permission that can change data.")
                  : QCoreApplication::translate("RiskCatalog", "An application permission that reads data.");
        result.reason += QLatin1Char(' ') + applicationNote();
    }
    return result;
}

RiskCatalog::Assessment
RiskCatalog::highest(const QString& resourceAppId, const QStringList& claimValues, PermissionType type) const
{
    Assessment best;
    for (const QString& claim : claimValues) {
        const Assessment a = assess(resourceAppId, claim, type);
        if (a.level > best.level || best.rule.isEmpty()) {
            best = a;
        }
    }
    return best;
}

RiskCatalog::AppTrust RiskCatalog::appTrust(const QString& appOwnerOrganizationId,
                                            const QString& verifiedPublisherId) const
{
    AppTrust trust;
    trust.microsoftFirstParty = isMicrosoftTenant(appOwnerOrganizationId);
    trust.verifiedPublisher = !verifiedPublisherId.trimmed().isEmpty();
    return trust;
}

bool RiskCatalog::isMicrosoftTenant(const QString& tenantId) const
{
    return !tenantId.isEmpty() && m_microsoftTenants.contains(tenantId.toLower());
}
