#include "ScriptedResponse.h"

namespace {

const QByteArray kSeparator = QByteArrayLiteral("\n~~~\n");

ScriptedResponse parseOne(const QByteArray& chunk)
{
    ScriptedResponse response;
    const qsizetype lineEnd = chunk.indexOf('\n');
    const QByteArray first = (lineEnd < 0 ? chunk : chunk.left(lineEnd)).trimmed();
    if (first.startsWith("DROP")) {
        response.status = 0;
        return response;
    }
    if (!first.startsWith("HTTP ")) {
        response.body = chunk;
        return response;
    }
    const QList<QByteArray> words = first.split(' ');
    bool ok = false;
    const int status = words.size() > 1 ? words.at(1).toInt(&ok) : 0;
    response.status = ok && status >= 100 && status <= 599 ? status : 200;
    response.truncated = first.contains("TRUNCATED");
    qsizetype pos = lineEnd < 0 ? chunk.size() : lineEnd + 1;
    while (pos < chunk.size()) {
        qsizetype end = chunk.indexOf('\n', pos);
        if (end < 0) {
            end = chunk.size();
        }
        const QByteArray line = chunk.mid(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty()) {
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    if (pos < chunk.size()) {
        response.body = chunk.mid(pos);
    }
    return response;
}

} // namespace

QList<ScriptedResponse> ScriptedResponse::parseScript(const QByteArray& script)
{
    QList<ScriptedResponse> responses;
    qsizetype pos = 0;
    while (pos <= script.size() && responses.size() < MaxResponses) {
        qsizetype end = script.indexOf(kSeparator, pos);
        if (end < 0) {
            end = script.size();
        }
        responses.append(parseOne(script.mid(pos, end - pos)));
        pos = end + kSeparator.size();
    }
    return responses;
}

QByteArray ScriptedResponse::toScript(const QList<ScriptedResponse>& responses)
{
    QByteArray script;
    for (const ScriptedResponse& response : responses) {
        if (!script.isEmpty()) {
            script += kSeparator;
        }
        if (response.status == 0) {
            script += "DROP";
            continue;
        }
        script += "HTTP " + QByteArray::number(response.status) + (response.truncated ? " TRUNCATED" : "") + '\n';
        for (const auto& header : response.headers) {
            script += header.first + ": " + header.second + '\n';
        }
        script += '\n' + response.body;
    }
    return script;
}
