#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/**
 * One HTTP answer a harness plays to the client, and the text form fuzz inputs and seed files use for a sequence of
 * them (answers separated by a line "~~~"):
 *
 *     HTTP 200                      status line; "HTTP 503 TRUNCATED": the connection drops after part of the body
 *     Retry-After: 0.01             headers, one a line, until an empty line
 *
 *     {"value":[…]}                 the body
 *     ~~~
 *     DROP                          no HTTP answer at all (connection refused or reset)
 *
 * Parsing is lenient, as it must be for mutated inputs: a chunk without a status line is a 200 with the chunk as body.
 */
struct ScriptedResponse
{
    int status = 200; // 0: no HTTP answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool truncated = false; // status and part of the body arrived, then the connection dropped

    static constexpr int MaxResponses = 64; // bounds the work one input can cause
    static QList<ScriptedResponse> parseScript(const QByteArray& script);
    static QByteArray toScript(const QList<ScriptedResponse>& responses);
};
