#pragma once

#include <QString>
#include <QStringList>

/**
 * A $filter expression built from parts, so user text can never change its meaning:
 * string literals have single quotes doubled; GUIDs are validated before they are written unquoted (as Graph
 * wants for appRoleAssignment resourceId); property names are checked against a safe pattern.
 * An invalid part makes the whole filter invalid (isValid() false, error() says why) — it is never emitted.
 */
class ODataFilter
{
public:
    ODataFilter() = default;

    static ODataFilter eq(const QString& property, const QString& text); // prop eq 'text'
    static ODataFilter ne(const QString& property, const QString& text); // needs ConsistencyLevel (Graph rule)
    static ODataFilter eqGuid(const QString& property, const QString& guid); // prop eq 8e88… (unquoted)
    static ODataFilter eqGuidQuoted(const QString& property, const QString& guid); // prop eq '8e88…'
    static ODataFilter eqBool(const QString& property, bool value);
    static ODataFilter eqNumber(const QString& property, qint64 value);
    static ODataFilter eqEnum(const QString& property, const QString& member); // prop eq 'Member' (identifier only)
    static ODataFilter eqNull(const QString& property);
    static ODataFilter startsWith(const QString& property, const QString& text);
    static ODataFilter any(const QString& collection, const QString& variable, const ODataFilter& condition);
    static ODataFilter inList(const QString& property, const QStringList& values); // prop in ('a','b')

    ODataFilter operator&&(const ODataFilter& other) const;
    ODataFilter operator||(const ODataFilter& other) const;
    static ODataFilter all(const QList<ODataFilter>& parts); // and of all
    static ODataFilter anyOf(const QList<ODataFilter>& parts); // or of all

    bool isValid() const { return m_valid && !m_text.isEmpty(); }
    bool isEmpty() const { return m_text.isEmpty() && m_valid; }
    QString toString() const { return isValid() ? m_text : QString(); }
    QString error() const { return m_error; }
    bool needsAdvancedQuery() const { return m_advanced; } // ne / not / endsWith: ConsistencyLevel + $count

    static QString quote(const QString& text); // 'O''Brien'
    static bool isGuid(const QString& text);
    static bool isSafeProperty(const QString& property);

private:
    static ODataFilter invalid(const QString& error);
    static ODataFilter combine(const ODataFilter& a, const ODataFilter& b, const char* op);

    QString m_text;
    QString m_error;
    bool m_valid = true;
    bool m_advanced = false;
};
