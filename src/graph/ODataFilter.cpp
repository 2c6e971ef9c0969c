#include "ODataFilter.h"

#include <QRegularExpression>

bool ODataFilter::isGuid(const QString& text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

bool ODataFilter::isSafeProperty(const QString& property)
{
    // Property paths such as "createdBy/user/id" or a lambda variable "u/status"; nothing that could close a literal.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*$"));
    return safe.match(property).hasMatch();
}

QString ODataFilter::quote(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

ODataFilter ODataFilter::invalid(const QString& error)
{
    ODataFilter f;
    f.m_valid = false;
    f.m_error = error;
    return f;
}

ODataFilter ODataFilter::eq(const QString& property, const QString& text)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    ODataFilter f;
    f.m_text = property + QStringLiteral(" eq ") + quote(text);
    return f;
}

ODataFilter ODataFilter::ne(const QString& property, const QString& text)
{
    ODataFilter f = eq(property, text);
    if (f.m_valid) {
        f.m_text = property + QStringLiteral(" ne ") + quote(text);
        f.m_advanced = true;
    }
    return f;
}

ODataFilter ODataFilter::eqGuid(const QString& property, const QString& guid)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    if (!isGuid(guid)) {
        return invalid(QStringLiteral("not a GUID: %1").arg(guid.left(64)));
    }
    ODataFilter f;
    f.m_text = property + QStringLiteral(" eq ") + guid.toLower();
    return f;
}

ODataFilter ODataFilter::eqGuidQuoted(const QString& property, const QString& guid)
{
    if (!isGuid(guid)) {
        return invalid(QStringLiteral("not a GUID: %1").arg(guid.left(64)));
    }
    return eq(property, guid.toLower());
}

ODataFilter ODataFilter::eqBool(const QString& property, bool value)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    ODataFilter f;
    f.m_text = property + (value ? QStringLiteral(" eq true") : QStringLiteral(" eq false"));
    return f;
}

ODataFilter ODataFilter::eqNumber(const QString& property, qint64 value)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    ODataFilter f;
    f.m_text = property + QStringLiteral(" eq ") + QString::number(value);
    return f;
}

ODataFilter ODataFilter::eqEnum(const QString& property, const QString& member)
{
    // Graph compares enum properties with a quoted member name; a member is an identifier, never user text.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (!identifier.match(member).hasMatch()) {
        return invalid(QStringLiteral("not an enum member: %1").arg(member.left(64)));
    }
    return eq(property, member);
}

ODataFilter ODataFilter::eqNull(const QString& property)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    ODataFilter f;
    f.m_text = property + QStringLiteral(" eq null");
    return f;
}

ODataFilter ODataFilter::startsWith(const QString& property, const QString& text)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    ODataFilter f;
    f.m_text = QStringLiteral("startswith(") + property + QStringLiteral(",") + quote(text) + QLatin1Char(')');
    return f;
}

ODataFilter ODataFilter::any(const QString& collection, const QString& variable, const ODataFilter& condition)
{
    if (!isSafeProperty(collection) || !isSafeProperty(variable) || variable.contains(QLatin1Char('/'))) {
        return invalid(QStringLiteral("invalid lambda: %1/%2").arg(collection, variable));
    }
    if (!condition.isValid()) {
        return invalid(condition.error());
    }
    ODataFilter f;
    f.m_text = collection + QStringLiteral("/any(") + variable + QLatin1Char(':') + condition.m_text + QLatin1Char(')');
    f.m_advanced = condition.m_advanced;
    return f;
}

ODataFilter ODataFilter::inList(const QString& property, const QStringList& values)
{
    if (!isSafeProperty(property)) {
        return invalid(QStringLiteral("invalid property name: %1").arg(property));
    }
    if (values.isEmpty()) {
        return invalid(QStringLiteral("empty 'in' list for %1").arg(property));
    }
    QStringList quoted;
    for (const QString& v : values) {
        quoted.append(quote(v));
    }
    ODataFilter f;
    f.m_text = property + QStringLiteral(" in (") + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
    return f;
}

ODataFilter ODataFilter::combine(const ODataFilter& a, const ODataFilter& b, const char* op)
{
    if (!a.m_valid) {
        return a;
    }
    if (!b.m_valid) {
        return b;
    }
    if (a.m_text.isEmpty()) {
        return b;
    }
    if (b.m_text.isEmpty()) {
        return a;
    }
    ODataFilter f;
    f.m_text = QLatin1Char('(') + a.m_text + QStringLiteral(") ") + QLatin1String(op) + QStringLiteral(" (") + b.m_text
               + QLatin1Char(')');
    f.m_advanced = a.m_advanced || b.m_advanced;
    return f;
}

ODataFilter ODataFilter::operator&&(const ODataFilter& other) const
{
    return combine(*this, other, "and");
}

ODataFilter ODataFilter::operator||(const ODataFilter& other) const
{
    return combine(*this, other, "or");
}

ODataFilter ODataFilter::all(const QList<ODataFilter>& parts)
{
    ODataFilter result;
    for (const ODataFilter& p : parts) {
        result = result && p;
    }
    return result;
}

ODataFilter ODataFilter::anyOf(const QList<ODataFilter>& parts)
{
    ODataFilter result;
    for (const ODataFilter& p : parts) {
        result = result || p;
    }
    return result;
}
