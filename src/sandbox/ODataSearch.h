#pragma once

#include "ODataEntityType.h"
#include "ODataError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Graph's $search on directory objects: "property:term" clauses in double quotes, joined with AND / OR
 * (AND binds tighter). A clause matches when every word of the term is a prefix of some word of the property's
 * value — words split at spaces, punctuation and camelCase humps, case-insensitive — so "displayName:jo sm" finds
 * "John Smith" and "mail:adele" finds "AdeleV@contoso.com".
 */
class ODataSearch
{
public:
    // nullopt and *error for a malformed expression or a property the type cannot search.
    static std::optional<ODataSearch> parse(const QString& search, const ODataEntityType& type, ODataError* error);

    bool matches(const QJsonObject& item) const;

    static QStringList words(const QString& text);

private:
    struct Clause
    {
        QString property;
        QStringList terms;
    };

    QList<QList<Clause>> m_anyOf; // OR of AND-groups
};
