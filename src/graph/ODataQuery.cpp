#include "ODataQuery.h"

ODataQuery& ODataQuery::select(const QStringList& properties)
{
    for (const QString& p : properties) {
        if (!ODataFilter::isSafeProperty(p)) {
            m_error = QStringLiteral("invalid $select property: %1").arg(p);
        }
    }
    m_select = properties;
    return *this;
}

ODataQuery& ODataQuery::filter(const ODataFilter& filter)
{
    if (!filter.isValid() && !filter.isEmpty()) {
        m_error = filter.error();
    }
    m_filter = filter;
    return *this;
}

ODataQuery& ODataQuery::top(int n)
{
    if (n <= 0) {
        m_error = QStringLiteral("$top must be positive");
    }
    m_top = n;
    return *this;
}

ODataQuery& ODataQuery::count(bool on)
{
    m_count = on;
    return *this;
}

ODataQuery& ODataQuery::orderBy(const QString& property, bool descending)
{
    if (!ODataFilter::isSafeProperty(property)) {
        m_error = QStringLiteral("invalid $orderby property: %1").arg(property);
    }
    m_orderBy = property + (descending ? QStringLiteral(" desc") : QString());
    return *this;
}

ODataQuery& ODataQuery::search(const QString& property, const QString& text)
{
    return searchAnyOf({property}, text);
}

ODataQuery& ODataQuery::searchAnyOf(const QStringList& properties, const QString& text)
{
    // Graph's $search syntax: "property:text" in double quotes; a double quote or backslash inside is escaped.
    QString value = text;
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QStringList clauses;
    for (const QString& p : properties) {
        if (!ODataFilter::isSafeProperty(p)) {
            m_error = QStringLiteral("invalid $search property: %1").arg(p);
        }
        clauses.append(QLatin1Char('"') + p + QLatin1Char(':') + value + QLatin1Char('"'));
    }
    m_search = clauses.join(QStringLiteral(" OR "));
    return *this;
}

ODataQuery& ODataQuery::expand(const QString& navigation)
{
    if (!ODataFilter::isSafeProperty(navigation)) {
        m_error = QStringLiteral("invalid $expand: %1").arg(navigation);
    }
    m_expand = navigation;
    return *this;
}

bool ODataQuery::needsConsistencyLevel() const
{
    return m_count || !m_search.isEmpty() || m_filter.needsAdvancedQuery();
}

bool ODataQuery::isEmpty() const
{
    return m_select.isEmpty() && m_filter.isEmpty() && m_top < 0 && !m_count && m_orderBy.isEmpty()
           && m_search.isEmpty() && m_expand.isEmpty();
}

QUrlQuery ODataQuery::toUrlQuery() const
{
    QUrlQuery q;
    // Each value is given fully encoded so that '+', '&', '#' and '%' in user text survive the trip.
    auto add = [&q](const QString& key, const QString& value) {
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value, "'(),:/*$=")));
    };
    if (!m_select.isEmpty()) {
        add(QStringLiteral("$select"), m_select.join(QLatin1Char(',')));
    }
    if (m_filter.isValid()) {
        add(QStringLiteral("$filter"), m_filter.toString());
    }
    if (!m_search.isEmpty()) {
        add(QStringLiteral("$search"), m_search);
    }
    if (!m_orderBy.isEmpty()) {
        add(QStringLiteral("$orderby"), m_orderBy);
    }
    if (!m_expand.isEmpty()) {
        add(QStringLiteral("$expand"), m_expand);
    }
    if (m_top > 0) {
        add(QStringLiteral("$top"), QString::number(m_top));
    }
    if (m_count || m_filter.needsAdvancedQuery()) {
        add(QStringLiteral("$count"), QStringLiteral("true"));
    }
    return q;
}

QString ODataQuery::toQueryString() const
{
    return toUrlQuery().toString(QUrl::FullyEncoded);
}

void ODataQuery::applyTo(QUrl& url) const
{
    if (isEmpty()) {
        return;
    }
    QUrlQuery merged(url);
    const QUrlQuery mine = toUrlQuery();
    for (const auto& item : mine.queryItems(QUrl::FullyEncoded)) {
        merged.addQueryItem(item.first, item.second);
    }
    url.setQuery(merged.toString(QUrl::FullyEncoded), QUrl::StrictMode);
}

QString ODataQuery::keySegment(const QString& property, const QString& value)
{
    if (!ODataFilter::isSafeProperty(property) || property.contains(QLatin1Char('/'))) {
        return {};
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('(') + property + QStringLiteral("='") + GraphPath::segment(escaped) + QStringLiteral("')");
}
