#include "ODataEvaluator.h"

#include <QDateTime>

namespace {

using Type = ODataEntityType::Type;
using Kind = ODataNode::Kind;
using LiteralType = ODataNode::LiteralType;

QString literalTypeName(LiteralType type)
{
    switch (type) {
    case LiteralType::String:
        return QStringLiteral("Edm.String");
    case LiteralType::Guid:
        return QStringLiteral("Edm.Guid");
    case LiteralType::Number:
        return QStringLiteral("Edm.Int32");
    case LiteralType::Boolean:
        return QStringLiteral("Edm.Boolean");
    case LiteralType::DateTime:
        return QStringLiteral("Edm.DateTimeOffset");
    case LiteralType::Null:
        return QStringLiteral("null");
    }
    return QString();
}

QString operatorKind(const QString& op)
{
    if (op == QLatin1String("eq")) {
        return QStringLiteral("Equal");
    }
    if (op == QLatin1String("ne")) {
        return QStringLiteral("NotEqual");
    }
    if (op == QLatin1String("gt")) {
        return QStringLiteral("GreaterThan");
    }
    if (op == QLatin1String("ge")) {
        return QStringLiteral("GreaterThanOrEqual");
    }
    if (op == QLatin1String("lt")) {
        return QStringLiteral("LessThan");
    }
    return QStringLiteral("LessThanOrEqual");
}

bool compatible(Type propertyType, LiteralType literal)
{
    if (literal == LiteralType::Null) {
        return true;
    }
    switch (propertyType) {
    case Type::String:
    case Type::StringCollection:
        return literal == LiteralType::String;
    case Type::Guid:
        return literal == LiteralType::Guid;
    case Type::Boolean:
        return literal == LiteralType::Boolean;
    case Type::DateTime:
        return literal == LiteralType::DateTime;
    case Type::Number:
        return literal == LiteralType::Number;
    case Type::Navigation:
        return false;
    }
    return false;
}

QDateTime parseDateTime(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            dt = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
    }
    return dt;
}

// -1, 0, 1; nullopt when the values cannot be compared.
std::optional<int> compareValues(const QJsonValue& value, const ODataNode& literal)
{
    switch (literal.literalType) {
    case LiteralType::String:
    case LiteralType::Guid: {
        if (!value.isString()) {
            return std::nullopt;
        }
        const int c = value.toString().compare(literal.text, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case LiteralType::Boolean:
        if (!value.isBool()) {
            return std::nullopt;
        }
        return value.toBool() == (literal.text == QLatin1String("true")) ? 0 : 1;
    case LiteralType::Number: {
        if (!value.isDouble()) {
            return std::nullopt;
        }
        const double a = value.toDouble();
        const double b = literal.text.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case LiteralType::DateTime: {
        const QDateTime a = parseDateTime(value.toString());
        const QDateTime b = parseDateTime(literal.text);
        if (!a.isValid() || !b.isValid()) {
            return std::nullopt;
        }
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case LiteralType::Null:
        return std::nullopt;
    }
    return std::nullopt;
}

bool isNull(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined();
}

bool equals(const QJsonValue& value, const ODataNode& literal)
{
    if (literal.literalType == LiteralType::Null) {
        return isNull(value);
    }
    const auto c = compareValues(value, literal);
    return c && *c == 0;
}

QJsonValue lookupKey(const QJsonObject& object, const QString& key)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd()) {
        return it.value();
    }
    // Property names are case-insensitive in Graph's query options.
    for (auto i = object.constBegin(); i != object.constEnd(); ++i) {
        if (i.key().compare(key, Qt::CaseInsensitive) == 0) {
            return i.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Validation scope: the entity being filtered, or a lambda variable bound to a collection's elements.
struct Scope
{
    const ODataEntityType* root = nullptr;
    QString variable;
    const ODataEntityType* element = nullptr; // navigation lambdas
    bool primitiveElement = false; // groupTypes/any(c:c eq 'Unified')
    const Scope* outer = nullptr;
};

struct Checker
{
    const ODataEntityType& root;
    ODataEvaluator::Validation result;

    bool failed() const { return result.error.has_value(); }

    void fail(const ODataError& error)
    {
        if (!result.error) {
            result.error = error;
        }
    }

    void advanced(const QString& property)
    {
        if (root.isDirectoryObject() && result.advancedProperty.isEmpty()) {
            result.advancedProperty = property;
        }
    }

    QString unsupportedMessage(const QString& property, const ODataEntityType& type) const
    {
        return QStringLiteral(
                   "Unsupported or invalid query filter clause specified for property '%1' of resource '%2'.")
            .arg(property, type.resourceName());
    }

    // Resolves a property path in scope: (type, property); property nullptr with primitive=true for a bare variable.
    struct Resolved
    {
        const ODataEntityType* type = nullptr;
        const ODataEntityType::Property* property = nullptr;
        bool primitive = false;
        QString name;
    };

    std::optional<Resolved> resolve(const ODataNode& node, const Scope& scope)
    {
        QStringList path = node.path;
        for (const Scope* s = &scope; s; s = s->outer) {
            if (!s->variable.isEmpty() && path.first() == s->variable) {
                path.removeFirst();
                if (path.isEmpty()) {
                    if (s->primitiveElement) {
                        return Resolved {nullptr, nullptr, true, s->variable};
                    }
                    fail(ODataError::badRequest(
                        QStringLiteral("The range variable '%1' cannot be compared directly.").arg(s->variable)));
                    return std::nullopt;
                }
                const ODataEntityType* type = s->element;
                const QString name = path.join(QLatin1Char('/'));
                const auto* property = type ? type->property(name) : nullptr;
                if (!property) {
                    fail(ODataError::badRequest(
                        QStringLiteral("Could not find a property named '%1' on type '%2'.")
                            .arg(name, type ? type->qualifiedName() : QStringLiteral("Edm.String"))));
                    return std::nullopt;
                }
                return Resolved {type, property, false, property->name};
            }
        }
        const QString name = path.join(QLatin1Char('/'));
        const auto* property = root.property(name);
        if (!property) {
            fail(ODataError::badRequest(
                QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(name, root.qualifiedName())));
            return std::nullopt;
        }
        return Resolved {&root, property, false, property->name};
    }

    void check(const ODataNode& node, const Scope& scope)
    {
        if (failed()) {
            return;
        }
        switch (node.kind) {
        case Kind::Or:
        case Kind::And:
            for (const auto& child : node.children) {
                check(*child, scope);
            }
            return;
        case Kind::Not:
            check(*node.children.first(), scope);
            advanced(firstProperty(*node.children.first()));
            return;
        case Kind::Compare:
            checkCompare(node, scope);
            return;
        case Kind::In:
            checkIn(node, scope);
            return;
        case Kind::Function:
            checkFunction(node, scope);
            return;
        case Kind::Lambda:
            checkLambda(node, scope);
            return;
        case Kind::Property:
        case Kind::Literal:
            fail(ODataError::badRequest(QStringLiteral("Invalid filter clause.")));
            return;
        }
    }

    static QString firstProperty(const ODataNode& node)
    {
        if (node.kind == Kind::Property || node.kind == Kind::Lambda) {
            return node.pathString();
        }
        for (const auto& child : node.children) {
            const QString found = firstProperty(*child);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return QString();
    }

    bool checkOperand(const Resolved& r, int capability, const QString& propertyName)
    {
        if (r.primitive) {
            return true;
        }
        if (!(r.property->capabilities & capability)) {
            fail(ODataError::unsupported(unsupportedMessage(propertyName, *r.type)));
            return false;
        }
        return true;
    }

    void checkCompare(const ODataNode& node, const Scope& scope)
    {
        const ODataNode* property = nullptr;
        const ODataNode* literal = nullptr;
        for (const auto& child : node.children) {
            if (child->kind == Kind::Property) {
                property = property ? property : child.get();
            } else if (child->kind == Kind::Literal) {
                literal = child.get();
            }
        }
        if (!property || !literal) {
            fail(ODataError::unsupported(QStringLiteral("Unsupported query.")));
            return;
        }
        const auto r = resolve(*property, scope);
        if (!r) {
            return;
        }
        const bool range = node.op != QLatin1String("eq") && node.op != QLatin1String("ne");
        if (!checkOperand(*r, range ? ODataEntityType::Range : ODataEntityType::Eq, r->name)) {
            return;
        }
        const Type type = r->primitive ? Type::String : r->property->type;
        if (!compatible(type, literal->literalType) || (range && literal->literalType == LiteralType::Null)) {
            fail(ODataError::badRequest(
                QStringLiteral("Invalid filter clause: A binary operator with incompatible types was detected. Found "
                               "operand types '%1' and "
                               "'%2' for operator kind '%3'.")
                    .arg(ODataEntityType::typeName(type),
                         literalTypeName(literal->literalType),
                         operatorKind(node.op))));
            return;
        }
        if (node.op == QLatin1String("ne")) {
            advanced(r->name);
        }
    }

    void checkIn(const ODataNode& node, const Scope& scope)
    {
        const ODataNode& property = *node.children.first();
        if (property.kind != Kind::Property) {
            fail(ODataError::unsupported(QStringLiteral("Unsupported query.")));
            return;
        }
        const auto r = resolve(property, scope);
        if (!r || !checkOperand(*r, ODataEntityType::Eq, r->name)) {
            return;
        }
        const Type type = r->primitive ? Type::String : r->property->type;
        for (qsizetype i = 1; i < node.children.size(); ++i) {
            if (!compatible(type, node.children.at(i)->literalType)) {
                fail(ODataError::badRequest(QStringLiteral("The 'in' operator requires values of type '%1'.")
                                                .arg(ODataEntityType::typeName(type))));
                return;
            }
        }
    }

    void checkFunction(const ODataNode& node, const Scope& scope)
    {
        const ODataNode& property = *node.children.at(0);
        const ODataNode& literal = *node.children.at(1);
        if (property.kind != Kind::Property || literal.kind != Kind::Literal) {
            fail(ODataError::unsupported(QStringLiteral("Unsupported query.")));
            return;
        }
        const auto r = resolve(property, scope);
        if (!r) {
            return;
        }
        if (node.op == QLatin1String("contains")) {
            fail(ODataError::unsupported(unsupportedMessage(r->name, r->type ? *r->type : root)));
            return;
        }
        const bool ends = node.op == QLatin1String("endswith");
        if (!checkOperand(*r, ends ? ODataEntityType::EndsWith : ODataEntityType::StartsWith, r->name)) {
            return;
        }
        const Type type = r->primitive ? Type::String : r->property->type;
        if (type != Type::String || literal.literalType != LiteralType::String) {
            fail(ODataError::badRequest(
                QStringLiteral("No function signature for the function with name '%1' matches the specified arguments.")
                    .arg(node.op)));
            return;
        }
        if (ends) {
            advanced(r->name);
        }
    }

    void checkLambda(const ODataNode& node, const Scope& scope)
    {
        const QString name = node.pathString();
        const auto* property = root.property(name);
        if (!property) {
            fail(ODataError::badRequest(
                QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(name, root.qualifiedName())));
            return;
        }
        if (!(property->capabilities & ODataEntityType::Any) || node.op == QLatin1String("all")) {
            fail(ODataError::unsupported(unsupportedMessage(property->name, root)));
            return;
        }
        if (node.children.isEmpty()) {
            return;
        }
        Scope inner;
        inner.root = &root;
        inner.variable = node.variable;
        inner.element = property->element;
        inner.primitiveElement = property->type == Type::StringCollection;
        inner.outer = &scope;
        check(*node.children.first(), inner);
    }
};

} // namespace

ODataEvaluator::Validation ODataEvaluator::validate(const ODataNode& root, const ODataEntityType& type)
{
    Checker checker {type, {}};
    Scope scope;
    scope.root = &type;
    checker.check(root, scope);
    return checker.result;
}

ODataEvaluator::ODataEvaluator(std::shared_ptr<const ODataNode> root, NavigationResolver navigation)
    : m_root(std::move(root))
    , m_navigation(std::move(navigation))
{
}

bool ODataEvaluator::matches(const QJsonObject& item) const
{
    return !m_root || evaluate(*m_root, item, {});
}

QJsonValue ODataEvaluator::resolve(const ODataNode& property, const QJsonObject& item, const Bindings& bindings) const
{
    QJsonValue current = item;
    qsizetype start = 0;
    for (auto it = bindings.crbegin(); it != bindings.crend(); ++it) {
        if (it->first == property.path.first()) {
            current = it->second;
            start = 1;
            break;
        }
    }
    for (qsizetype i = start; i < property.path.size(); ++i) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = lookupKey(current.toObject(), property.path.at(i));
    }
    return current;
}

QJsonArray ODataEvaluator::collection(const ODataNode& lambda, const QJsonObject& item, const Bindings& bindings) const
{
    const QString name = lambda.pathString();
    if (m_navigation && bindings.isEmpty()) {
        const QJsonArray navigated = m_navigation(item, name);
        if (!navigated.isEmpty()) {
            return navigated;
        }
    }
    ODataNode path;
    path.path = lambda.path;
    return resolve(path, item, bindings).toArray();
}

bool ODataEvaluator::evaluate(const ODataNode& node, const QJsonObject& item, const Bindings& bindings) const
{
    switch (node.kind) {
    case Kind::Or:
        return evaluate(*node.children.at(0), item, bindings) || evaluate(*node.children.at(1), item, bindings);
    case Kind::And:
        return evaluate(*node.children.at(0), item, bindings) && evaluate(*node.children.at(1), item, bindings);
    case Kind::Not:
        return !evaluate(*node.children.at(0), item, bindings);
    case Kind::Compare: {
        const bool propertyFirst = node.children.at(0)->kind == Kind::Property;
        const ODataNode& property = *node.children.at(propertyFirst ? 0 : 1);
        const ODataNode& literal = *node.children.at(propertyFirst ? 1 : 0);
        const QJsonValue value = resolve(property, item, bindings);
        if (node.op == QLatin1String("eq")) {
            return equals(value, literal);
        }
        if (node.op == QLatin1String("ne")) {
            return !equals(value, literal);
        }
        auto c = compareValues(value, literal);
        if (!c) {
            return false;
        }
        const int order = propertyFirst ? *c : -*c; // 'x' lt prop  ==  prop gt 'x'
        if (node.op == QLatin1String("gt")) {
            return order > 0;
        }
        if (node.op == QLatin1String("ge")) {
            return order >= 0;
        }
        if (node.op == QLatin1String("lt")) {
            return order < 0;
        }
        return order <= 0;
    }
    case Kind::In: {
        const QJsonValue value = resolve(*node.children.at(0), item, bindings);
        for (qsizetype i = 1; i < node.children.size(); ++i) {
            if (equals(value, *node.children.at(i))) {
                return true;
            }
        }
        return false;
    }
    case Kind::Function: {
        const QJsonValue value = resolve(*node.children.at(0), item, bindings);
        if (!value.isString()) {
            return false;
        }
        const QString text = value.toString();
        const QString& needle = node.children.at(1)->text;
        if (node.op == QLatin1String("startswith")) {
            return text.startsWith(needle, Qt::CaseInsensitive);
        }
        if (node.op == QLatin1String("endswith")) {
            return text.endsWith(needle, Qt::CaseInsensitive);
        }
        return text.contains(needle, Qt::CaseInsensitive);
    }
    case Kind::Lambda: {
        const QJsonArray elements = collection(node, item, bindings);
        if (node.children.isEmpty()) {
            return !elements.isEmpty();
        }
        const bool all = node.op == QLatin1String("all");
        for (const auto& element : elements) {
            Bindings inner = bindings;
            inner.append({node.variable, element});
            const bool match = evaluate(*node.children.first(), item, inner);
            if (match && !all) {
                return true;
            }
            if (!match && all) {
                return false;
            }
        }
        return all;
    }
    case Kind::Property:
    case Kind::Literal:
        return false;
    }
    return false;
}

std::optional<QString> ODataEvaluator::equalityConstraint(const ODataNode& root, const QString& property)
{
    if (root.kind == Kind::And) {
        for (const auto& child : root.children) {
            if (auto found = equalityConstraint(*child, property)) {
                return found;
            }
        }
        return std::nullopt;
    }
    if (root.kind != Kind::Compare || root.op != QLatin1String("eq")) {
        return std::nullopt;
    }
    for (int i = 0; i < 2; ++i) {
        const ODataNode& p = *root.children.at(i);
        const ODataNode& l = *root.children.at(1 - i);
        if (p.kind == Kind::Property && p.path.size() == 1 && p.path.first().compare(property, Qt::CaseInsensitive) == 0
            && l.kind == Kind::Literal
            && (l.literalType == LiteralType::String || l.literalType == LiteralType::Guid)) {
            return l.text;
        }
    }
    return std::nullopt;
}
