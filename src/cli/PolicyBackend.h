#pragma once

#include "ExitCode.h"

#include "exchange/MailboxAccessCheck.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class CliContext;
class ExchangeAdminClient;
class GrantsBackend;
class MailboxAccessTester;
class QCommandLineParser;

/**
 * What the `policy …` commands share, wired once per run on the context's one transport: the Exchange admin client,
 * the service principal cache and app inventory (GrantsBackend), the mailbox access tester; finding an app the way
 * the grants commands name it; and Exchange's refusals turned into exit codes and an admin's words.
 */
class PolicyBackend : public QObject
{
    Q_OBJECT

public:
    struct App
    {
        QString appId;
        QString objectId; // the service principal's; empty when the app is not in this tenant
        QString displayName;

        QString label() const; // "Northwind CRM (0dd76e4e-…)", or the appId alone
    };

    explicit PolicyBackend(CliContext& context, QObject* parent = nullptr);
    ~PolicyBackend() override;

    CliContext& context() const { return m_context; }
    ExchangeAdminClient* exchange() const { return m_exchange; }
    GrantsBackend* grants() const { return m_grants; }
    // Created on first use; one run at a time.
    MailboxAccessTester* tester();

    // The app named by its application (client) ID, its service principal's object ID or its exact display name.
    // Failures are printed; done gets Ok and the app, else the exit code (5 no such app, 2 an ambiguous name).
    void findApp(const QString& name, std::function<void(const App& app, ExitCode code)> done);

    // One run of tester() — check(appId, mailboxes) — and its answer; the connection ends with that answer.
    void testOnce(const QString& appId,
                  const QStringList& mailboxes,
                  std::function<void(const QList<MailboxAccessCheck>& checks, const GraphError& error)> then);

    // One app × mailbox through MailboxAccessTester, Exchange asked too. Failures are printed (5: no such mailbox).
    void checkMailbox(const App& app,
                      const QString& mailbox,
                      std::function<void(const MailboxAccessCheck& check, ExitCode code)> done);

    // `policy test|explain`: --app and --user read (usage errors: 2), the app found, the mailbox checked. done gets the
    // check and Ok, or the printed failure's code — with the check when only Exchange's Test failed (the local answer
    // is still worth showing).
    void appAndMailbox(const QCommandLineParser& parser,
                       std::function<void(const App& app, const MailboxAccessCheck& check, ExitCode code)> done);

    // Prints "Could not <what>: <Exchange's or Graph's words>" with the next step (the Exchange role to ask for, how
    // to sign in) and returns the exit code (never Ok). No server body, no token.
    static ExitCode reportError(CliContext& context, const QString& what, const GraphError& error);
    static QString exchangeRoleHint();

    // --app and friends: the trimmed value, or a usage error printed and false.
    static bool requiredValue(CliContext& context, const QString& value, const QString& option, QString* out);

private:
    CliContext& m_context;
    ExchangeAdminClient* m_exchange = nullptr;
    GrantsBackend* m_grants = nullptr;
    MailboxAccessTester* m_tester = nullptr;
};
