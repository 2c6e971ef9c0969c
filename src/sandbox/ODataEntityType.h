#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * What Graph lets a client do with one entity type's properties in query options: which properties $filter accepts
 * and with which operators, which may be sorted or searched, and the collection-wide rules (directory objects need
 * "advanced queries" for ne/not/endswith/$count/$search; page size maxima; $skip support).
 *
 * Properties Graph knows but does not filter on are declared with no capabilities, so a filter on them is
 * Request_UnsupportedQuery (as appRoleId is) rather than an unknown property.
 */
class ODataEntityType
{
public:
    enum class Type { String, Guid, Boolean, DateTime, Number, StringCollection, Navigation };

    enum Capability {
        None = 0,
        Eq = 1 << 0, // eq, in; ne (an advanced query on directory objects)
        StartsWith = 1 << 1,
        EndsWith = 1 << 2, // always an advanced query
        Range = 1 << 3, // gt ge lt le
        OrderBy = 1 << 4,
        Search = 1 << 5,
        Any = 1 << 6, // lambda over a collection property
    };

    struct Property
    {
        QString name;
        Type type = Type::String;
        int capabilities = None;
        const ODataEntityType* element = nullptr; // Navigation: the element type the lambda body is checked against
    };

    ODataEntityType() = default;
    ODataEntityType(const QString& qualifiedName, const QString& resourceName, bool directoryObject);

    ODataEntityType& add(const QString& name, Type type, int capabilities = None);
    ODataEntityType& navigation(const QString& name, const ODataEntityType* element, int capabilities = Any);
    ODataEntityType& maxTop(int max);
    ODataEntityType& skip(bool supported);
    // What Graph returns without $select when it is not everything (users: a fixed basic set).
    ODataEntityType& defaults(const QStringList& properties);

    const Property* property(const QString& name) const; // case-insensitive, "createdBy/user/id" paths allowed
    QString qualifiedName() const { return m_qualifiedName; } // "microsoft.graph.user"
    QString resourceName() const { return m_resourceName; } // "User" (Graph's error messages use it)
    bool isDirectoryObject() const { return m_directoryObject; }
    int maxTop() const { return m_maxTop; } // 0: no maximum
    bool supportsSkip() const { return m_skip; }
    bool isSearchable() const;
    QStringList defaultProperties() const { return m_defaults; } // empty: every property

    static QString typeName(Type type); // "Edm.String", …

private:
    QString m_qualifiedName;
    QString m_resourceName;
    bool m_directoryObject = false;
    int m_maxTop = 0;
    bool m_skip = false;
    QStringList m_defaults;
    QHash<QString, Property> m_properties; // lower-cased name -> property
};
