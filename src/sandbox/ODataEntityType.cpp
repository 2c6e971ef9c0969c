#include "ODataEntityType.h"

ODataEntityType::ODataEntityType(const QString& qualifiedName, const QString& resourceName, bool directoryObject)
    : m_qualifiedName(qualifiedName)
    , m_resourceName(resourceName)
    , m_directoryObject(directoryObject)
    , m_maxTop(directoryObject ? 999 : 0)
    , m_skip(!directoryObject)
{
}

ODataEntityType& ODataEntityType::add(const QString& name, Type type, int capabilities)
{
    m_properties.insert(name.toLower(), Property {name, type, capabilities, nullptr});
    return *this;
}

ODataEntityType& ODataEntityType::navigation(const QString& name, const ODataEntityType* element, int capabilities)
{
    m_properties.insert(name.toLower(), Property {name, Type::Navigation, capabilities, element});
    return *this;
}

ODataEntityType& ODataEntityType::maxTop(int max)
{
    m_maxTop = max;
    return *this;
}

ODataEntityType& ODataEntityType::skip(bool supported)
{
    m_skip = supported;
    return *this;
}

ODataEntityType& ODataEntityType::defaults(const QStringList& properties)
{
    m_defaults = properties;
    return *this;
}

const ODataEntityType::Property* ODataEntityType::property(const QString& name) const
{
    const auto it = m_properties.constFind(name.toLower());
    return it == m_properties.constEnd() ? nullptr : &it.value();
}

bool ODataEntityType::isSearchable() const
{
    for (const auto& p : m_properties) {
        if (p.capabilities & Search) {
            return true;
        }
    }
    return false;
}

QString ODataEntityType::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("Edm.String");
    case Type::Guid:
        return QStringLiteral("Edm.Guid");
    case Type::Boolean:
        return QStringLiteral("Edm.Boolean");
    case Type::DateTime:
        return QStringLiteral("Edm.DateTimeOffset");
    case Type::Number:
        return QStringLiteral("Edm.Int32");
    case Type::StringCollection:
        return QStringLiteral("Collection(Edm.String)");
    case Type::Navigation:
        return QStringLiteral("Navigation");
    }
    return QStringLiteral("Edm.String");
}
