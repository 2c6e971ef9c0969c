#pragma once

#include "report/TableWriter.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class GraphClient;
class QTextStream;
class TokenProvider;

/**
 * What every command needs: where the tenant is (authority, Graph, Exchange roots), which app registration
 * and tenant, how to print, and — lazily — a GraphClient with a token provider.
 *
 * Tokens come from CONSENTDESK_ACCESS_TOKEN / CONSENTDESK_EXCHANGE_TOKEN (automation), or from the profile's
 * refresh token in the keychain, shared with the GUI (interactive `signin` puts it there).
 */
class CliContext
{
public:
    struct Settings
    {
        QUrl authority; // root, e.g. https://login.microsoftonline.com
        QUrl graph; // root, e.g. https://graph.microsoft.com
        QUrl exchange; // root, e.g. https://outlook.office365.com
        QString tenant; // GUID, domain or "organizations"
        QString clientId;
        QString cloud; // global | usgov | usgovdod | china | custom
        QString profile; // profile name, when the profile store supplied the values
        TableWriter::Format format = TableWriter::Format::Table;
        bool assumeYes = false;
        bool verbose = false;
    };

    CliContext(const Settings& settings, QTextStream& out, QTextStream& err);
    ~CliContext();

    const Settings& settings() const { return m_settings; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // The transport; created on first use with the token provider below.
    GraphClient* graph();
    void setTokenProvider(TokenProvider* provider); // not owned
    TokenProvider* tokenProvider() const { return m_tokens; }

    void print(const Table& table); // in the chosen --format
    void printError(const QString& message, const QString& nextStep = {});

private:
    Settings m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<GraphClient> m_graph;
    TokenProvider* m_tokens = nullptr;
};
