#include "CliContext.h"

#include "TrackingSecretStore.h"

#include "auth/AuthError.h"
#include "auth/KeychainSecretStore.h"
#include "auth/SignInManager.h"
#include "graph/GraphClient.h"
#include "log/Redactor.h"
#include "report/TableStreamWriter.h"

#include <QFileDevice>
#include <QTextStream>

CliContext::CliContext(const Settings& settings, QTextStream& out, QTextStream& err, ProfileStore* profiles)
    : m_settings(settings)
    , m_out(out)
    , m_err(err)
    , m_profiles(profiles)
{
}

CliContext::~CliContext()
{
    // The manager's in-flight work refers to the GraphClient and the stores; it goes first.
    m_signIn.reset();
}

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

void CliContext::setTenant(const QString& tenant)
{
    m_settings.tenant = tenant;
    if (m_graph) {
        GraphClient::Endpoints endpoints = m_graph->endpoints();
        endpoints.tenant = tenant;
        m_graph->setEndpoints(endpoints);
    }
}

void CliContext::setTokenProvider(TokenProvider* provider)
{
    m_tokens = provider;
    if (m_graph) {
        m_graph->setTokenProvider(provider);
    }
}

SignInManager* CliContext::signInManager()
{
    if (!m_signIn) {
        m_signIn = std::make_unique<SignInManager>();
        m_signIn->setSecretStore(secretStore());
        // One transport for the sign-in's own calls (/me, roles) and the command's: a 401 on either refreshes
        // through the manager.
        m_signIn->setGraphClient(graph());
        setTokenProvider(m_signIn.get());
    }
    return m_signIn.get();
}

TrackingSecretStore* CliContext::secretStore()
{
    if (!m_secrets) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_secrets = std::make_unique<TrackingSecretStore>(m_keychain.get());
    }
    return m_secrets.get();
}

bool CliContext::waitForSecretStore(int timeoutMs)
{
    return !m_secrets || m_secrets->waitForIdle(timeoutMs);
}

void CliContext::print(const Table& table)
{
    m_out << QString::fromUtf8(TableWriter::write(table, m_settings.format));
    m_out.flush();
}

std::unique_ptr<TableStreamWriter> CliContext::printStream(const QList<Table::Column>& columns)
{
    m_out.flush();
    QIODevice* device = m_out.device();
    return std::make_unique<TableStreamWriter>(m_settings.format, columns, [this, device](const QByteArray& bytes) {
        if (device) {
            device->write(bytes); // UTF-8 already: no round trip through QString
        } else {
            m_out << QString::fromUtf8(bytes);
        }
    });
}

void CliContext::flushOutput()
{
    m_out.flush();
    if (auto* file = qobject_cast<QFileDevice*>(m_out.device())) {
        file->flush();
    }
}

void CliContext::printError(const QString& message, const QString& nextStep)
{
    m_err << "error: " << message << '\n';
    if (!nextStep.isEmpty()) {
        m_err << "  " << nextStep << '\n';
    }
    m_err.flush();
}

void CliContext::printAuthError(const AuthError& error)
{
    m_err << "error: " << error.title << '\n';
    if (!error.explanation.isEmpty()) {
        m_err << "  " << error.explanation << '\n';
    }
    if (!error.nextStep.isEmpty()) {
        m_err << "  " << error.nextStep << '\n';
    }
    if (error.helpUrl.isValid()) {
        m_err << "  More: " << error.helpUrl.toString() << '\n';
    }
    // What support needs to find the failure in Entra's logs: the code, the HTTP status, trace and correlation ids.
    QStringList ids;
    if (!error.code.isEmpty()) {
        ids << error.code;
    }
    if (error.httpStatus > 0) {
        ids << QStringLiteral("HTTP %1").arg(error.httpStatus);
    }
    if (!error.traceId.isEmpty()) {
        ids << QStringLiteral("trace-id ") + error.traceId;
    }
    if (!error.correlationId.isEmpty()) {
        ids << QStringLiteral("correlation-id ") + error.correlationId;
    }
    if (!ids.isEmpty()) {
        m_err << "  (" << Redactor::scrub(ids.join(QStringLiteral(", "))) << ")\n";
    }
    m_err.flush();
}

void CliContext::printNote(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
}
