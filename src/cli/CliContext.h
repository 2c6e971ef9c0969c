#pragma once

#include "auth/AccountInfo.h"
#include "auth/AuthProfile.h"
#include "report/TableWriter.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AuthError;
class GraphClient;
class KeychainSecretStore;
class ProfileStore;
class QTextStream;
class SignInManager;
class TokenProvider;
class TableStreamWriter;
class TrackingSecretStore;

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
        QString profile; // --profile NAME as given (empty: none)
        TableWriter::Format format = TableWriter::Format::Table;
        QString formatName; // --format as given ("html" for a command that has its own format); empty: table
        bool assumeYes = false;
        bool verbose = false;

        // The profile this run acts for: a stored one (id, name, lastUser) when --profile named it, when it is the
        // current profile and no connection option was given, or when its connection equals the options'; else one
        // built from the options alone (no id, no lastUser).
        AuthProfile authProfile;
        bool profileStored = false;
        bool connectionGiven = false; // any of --tenant --client-id --cloud --sandbox --authority --graph --exchange
        bool connectionChanged = false; // the options differ from the stored profile's tenant, client id or roots
        bool environmentTokens = false; // CONSENTDESK_ACCESS_TOKEN or CONSENTDESK_EXCHANGE_TOKEN is set
        bool environmentGraph = false; // CONSENTDESK_ACCESS_TOKEN is set: Graph calls use it
        bool environmentExchange = false; // CONSENTDESK_EXCHANGE_TOKEN is set: Exchange calls use it
    };

    CliContext(const Settings& settings, QTextStream& out, QTextStream& err, ProfileStore* profiles = nullptr);
    ~CliContext();

    const Settings& settings() const { return m_settings; }
    // The tenant found out after the options were read (an environment token's tid): Exchange's admin API and the
    // journal need the id.
    void setTenant(const QString& tenant);
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    ProfileStore* profiles() const { return m_profiles; } // the store the GUI uses too; may be null in tests

    // The transport; created on first use with the token provider below.
    GraphClient* graph();
    const GraphClient* graphIfCreated() const { return m_graph.get(); } // null when no command asked for it
    void setTokenProvider(TokenProvider* provider); // not owned
    TokenProvider* tokenProvider() const { return m_tokens; }

    // The shared sign-in machinery, created on first use: the system keychain (through a TrackingSecretStore, so the
    // process can wait for rotated refresh tokens to be written) and this context's GraphClient.
    SignInManager* signInManager();
    // The system keychain as SignInManager uses it (same service, same keys), for commands that read or delete
    // entries themselves.
    TrackingSecretStore* secretStore();
    bool hasSignInManager() const { return m_signIn != nullptr; }
    // Waits (event loop) until the keychain has no write or delete in flight; false on timeout.
    bool waitForSecretStore(int timeoutMs = 20000);

    // Who the stored sign-in belongs to, when a silent sign-in found out already (saves whoami a second round).
    std::optional<AccountInfo> account() const { return m_account; }
    void setAccount(const AccountInfo& account) { m_account = account; }

    void print(const Table& table); // in the chosen --format
    // A table printed row by row as rows arrive, in the chosen --format (reports of any size); finish() it once.
    std::unique_ptr<TableStreamWriter> printStream(const QList<Table::Column>& columns);
    void flushOutput(); // what printStream() wrote, out of the process's buffers
    void printError(const QString& message, const QString& nextStep = {});
    // title, explanation, next step, and the codes/ids support needs — never a token or a server body.
    void printAuthError(const AuthError& error);
    void printNote(const QString& message); // to stderr: for people, never parsed

private:
    Settings m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    ProfileStore* m_profiles = nullptr;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<TrackingSecretStore> m_secrets;
    std::unique_ptr<SignInManager> m_signIn; // declared last: destroyed first, while graph and stores still exist
    TokenProvider* m_tokens = nullptr;
    std::optional<AccountInfo> m_account;
};
