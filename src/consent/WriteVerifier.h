#pragma once

#include "JournalEntry.h"
#include "graph/GraphError.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

class GraphClient;

/**
 * Whether a journaled write happened, by reading the tenant for the one object it changes: does the object a creation
 * would have made exist now, does the object a PATCH or PUT changed hold the new values, is the object a DELETE
 * removed gone? Works from the request the entry recorded (method, path, body), so it answers for any write
 * ConsentDesk journals: grants, app role assignments, service principals, the consent policies (PUT/PATCH), permission
 * classifications (read from their list: Graph has no GET of one). Exchange writes are answered only where a read is
 * sure: a removed policy or role assignment is gone or not, a policy holds the new description or not; creations and
 * membership changes are Unknown — what exists now cannot tell this write from an earlier one.
 *
 * Asked by JournalSettler for intents a dead process left, and by WriteRunner at once for a write whose answer was
 * lost (a dropped connection): one rule for both.
 */
class WriteVerifier
{
public:
    struct Verdict
    {
        enum class State { Applied, NotApplied, Unknown };

        State state = State::Unknown;
        QJsonObject result; // what the tenant holds now (a created object with its id; Exchange: {"rows": […]})
        QString reason; // "the object is gone", …
        GraphError error; // Unknown: the read that failed, or why no read can tell
    };

    // Always finishes with a verdict (Unknown when the read fails or the client goes first).
    static QFuture<Verdict> check(GraphClient* client, const JournalEntry& entry);

private:
    static QFuture<Verdict> checkExchange(GraphClient* client, const JournalEntry& entry);
};
