#pragma once

#include "TenantChange.h"
#include "consent/WriteVerifier.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class ExchangeAdminClient;
class GraphClient;

/**
 * One tenant write as the one write pipeline (WriteRunner) runs it, whatever service it goes to: a Microsoft Graph
 * request (PlannedOperation) or an Exchange Online cmdlet (ExchangeOperation). Each kind says what it is (summary,
 * journal action, request, PowerShell), reads the state it is about to change, sends itself, and knows its inverse.
 * WriteRunner does the rest the same way for both: journal the intent with that prior state before sending, record
 * the reply, skip what depends on a failure, and build the rollback from the inverses.
 *
 * The subclasses are value types (plans hold them by value); the runner works on clones.
 */
class TenantWrite
{
public:
    enum class Service { Graph, Exchange };

    // Where writes go. Graph writes need graph, Exchange writes exchange.
    struct Channel
    {
        GraphClient* graph = nullptr;
        ExchangeAdminClient* exchange = nullptr;
    };

    // Before the intent is journaled: the write exactly as it will be sent (prior state filled in, a grant's scope
    // merged with the live grant), or why nothing may be sent.
    struct Prepared
    {
        std::shared_ptr<TenantWrite> operation; // null when the state could not be read
        GraphError error;
        QString message; // for people: why nothing was sent
    };

    // The service's answer: the object created or changed (Graph) or the cmdlet's output ({"rows": […]}).
    struct Reply
    {
        GraphError error;
        int httpStatus = 0;
        QJsonObject result;
        QString createdId; // a created object's id, for writes of the same run that depend on it
    };

    // What undoes a write that succeeded: writes, or why there is none (then shown, never dropped).
    struct Inverse
    {
        QList<std::shared_ptr<const TenantWrite>> operations;
        QString refusal; // for people: not undone, and why
        QStringList warnings; // for people: what the undo means
        QString note;
    };

    virtual ~TenantWrite();

    QString summary; // one line for people; the journal's summary
    QJsonObject target; // identifiers of what is written, as the journal keeps them
    QJsonObject prior; // the object before the write (filled by prepare())
    QString restoresEntryId; // a restore or rollback: the journal entry this write undoes

    virtual Service service() const = 0;
    virtual std::shared_ptr<TenantWrite> clone() const = 0;

    virtual QString action() const = 0; // the journal's action: "grant.updateScope", "exchange.accessPolicy.create", …
    virtual bool isCreation() const = 0;
    virtual TenantChanges changes() const = 0;
    virtual QString requestLine() const = 0; // short, for a preview column: "PATCH /oauth2PermissionGrants/…", a cmdlet
    virtual QString requestText() const = 0; // in full: method, path and body, or the PowerShell line
    virtual QJsonObject journalRequest() const = 0; // the journal entry's request: never a token or a header
    virtual QString powerShell() const = 0; // the equivalent command
    virtual QStringList powerShellScopes() const; // what Connect-MgGraph needs for it (Graph)
    virtual QJsonObject toJson() const = 0; // for `--dry-run --format json`

    // Writes that use objects created earlier in the same run: the variable this one sets, and substitution of
    // the ones it uses (false, and *missing, when one has no value: the creating write failed).
    virtual QString producedVariable() const;
    virtual bool resolve(const QHash<QString, QString>& variables, QString* missing);

    // Reads what the write changes (Set/PATCH/DELETE/Remove); nothing for creations.
    virtual QFuture<Prepared> prepare(const Channel& channel) const = 0;
    // Sends it with this client-request-id (the journal entry's id).
    virtual QFuture<Reply> send(const Channel& channel, const QString& clientRequestId) const = 0;
    // After a lost answer: whether the write as journaled (entry) was made, by reading that one object (WriteVerifier,
    // the rule JournalSettler uses).
    virtual QFuture<WriteVerifier::Verdict> verify(const Channel& channel, const JournalEntry& entry) const;
    // Why it failed, in an admin's words.
    virtual QString explain(const GraphError& error) const;
    // The inverse of this write as sent (prior state filled in), given the service's answer; label names it.
    virtual Inverse inverse(const QJsonObject& result, const QString& label) const = 0;

protected:
    TenantWrite() = default;
    TenantWrite(const TenantWrite&) = default;
    TenantWrite& operator=(const TenantWrite&) = default;

    static QFuture<Prepared> prepared(std::shared_ptr<TenantWrite> operation);
    static QFuture<Prepared> notPrepared(const GraphError& error, const QString& message);
    static QFuture<Reply> failed(const GraphError& error);
    // A Graph write sent with the journal entry's id as client-request-id, and Graph's answer read: its JSON without
    // @odata.context and, when it creates, the created object's id.
    static QFuture<Reply> sendToGraph(GraphClient* graph,
                                      const QByteArray& method,
                                      const QString& path,
                                      const QJsonObject& body,
                                      const QString& clientRequestId,
                                      bool creates);
};
