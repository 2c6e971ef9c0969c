#include "CliContext.h"

#include "graph/GraphClient.h"

#include <QTextStream>

CliContext::CliContext(const Settings& settings, QTextStream& out, QTextStream& err)
    : m_settings(settings)
    , m_out(out)
    , m_err(err)
{
}

CliContext::~CliContext() = default;

GraphClient* CliContext::graph()
{
    if (!m_graph) {
        m_graph = std::make_unique<GraphClient>();
        GraphClient::Endpoints endpoints;
        endpoints.graph = m_settings.graph;
        endpoints.exchange = m_settings.exchange;
        endpoints.tenant = m_settings.tenant;
        m_graph->setEndpoints(endpoints);
        m_graph->setTokenProvider(m_tokens);
    }
    return m_graph.get();
}

void CliContext::setTokenProvider(TokenProvider* provider)
{
    m_tokens = provider;
    if (m_graph) {
        m_graph->setTokenProvider(provider);
    }
}

void CliContext::print(const Table& table)
{
    m_out << QString::fromUtf8(TableWriter::write(table, m_settings.format));
    m_out.flush();
}

void CliContext::printError(const QString& message, const QString& nextStep)
{
    m_err << "error: " << message << '\n';
    if (!nextStep.isEmpty()) {
        m_err << "  " << nextStep << '\n';
    }
    m_err.flush();
}
