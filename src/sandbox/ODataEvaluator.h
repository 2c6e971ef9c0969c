#pragma once

#include "ODataEntityType.h"
#include "ODataError.h"
#include "ODataNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <optional>

/**
 * Checks a parsed $filter against an entity type the way Graph does (unknown property → BadRequest; known but not
 * filterable, or an operator the property does not support → Request_UnsupportedQuery; a quoted GUID for an Edm.Guid
 * property → BadRequest "incompatible types"), then evaluates it against Graph JSON objects.
 *
 * String comparisons are case-insensitive, as the directory's are.
 */
class ODataEvaluator
{
public:
    // Resolves a navigation collection (appConsentRequest → userConsentRequests) for lambdas.
    using NavigationResolver = std::function<QJsonArray(const QJsonObject& item, const QString& navigation)>;

    struct Validation
    {
        std::optional<ODataError> error;
        // Non-empty when the filter uses ne, not or endsWith: on directory objects that is an advanced query
        // (ConsistencyLevel: eventual and $count=true); Graph's refusal names this property.
        QString advancedProperty;
    };

    static Validation validate(const ODataNode& root, const ODataEntityType& type);

    explicit ODataEvaluator(std::shared_ptr<const ODataNode> root, NavigationResolver navigation = {});

    bool matches(const QJsonObject& item) const;

    // "clientId eq 'x'" anywhere in the top-level and-chain: lets endpoints narrow candidates with an index.
    static std::optional<QString> equalityConstraint(const ODataNode& root, const QString& property);

private:
    using Bindings = QList<QPair<QString, QJsonValue>>;

    bool evaluate(const ODataNode& node, const QJsonObject& item, const Bindings& bindings) const;
    QJsonValue resolve(const ODataNode& property, const QJsonObject& item, const Bindings& bindings) const;
    QJsonArray collection(const ODataNode& lambda, const QJsonObject& item, const Bindings& bindings) const;

    std::shared_ptr<const ODataNode> m_root;
    NavigationResolver m_navigation;
};
