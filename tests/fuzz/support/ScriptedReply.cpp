#include "ScriptedReply.h"

#include <QTimer>

#include <algorithm>
#include <cstring>

namespace {

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    if (status >= 500) {
        return QNetworkReply::InternalServerError;
    }
    if (status >= 400) {
        return QNetworkReply::ProtocolInvalidOperationError;
    }
    return QNetworkReply::NoError;
}

} // namespace

ScriptedReply::ScriptedReply(QNetworkAccessManager::Operation operation,
                             const QNetworkRequest& request,
                             const QByteArray& verb,
                             const ScriptedResponse& response,
                             QObject* parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    if (operation == QNetworkAccessManager::CustomOperation) {
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    }
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &ScriptedReply::deliver);
}

void ScriptedReply::deliver()
{
    if (isFinished()) {
        return;
    }
    if (m_response.status == 0) {
        complete(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& header : m_response.headers) {
        setRawHeader(header.first, header.second);
    }
    m_body = m_response.truncated ? m_response.body.left(m_response.body.size() / 2) : m_response.body;
    emit metaDataChanged();
    if (!m_body.isEmpty()) {
        emit readyRead();
    }
    if (m_response.truncated) {
        complete(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    const NetworkError error = errorForStatus(m_response.status);
    complete(error, error == NoError ? QString() : QStringLiteral("HTTP %1").arg(m_response.status));
}

void ScriptedReply::complete(NetworkError error, const QString& text)
{
    if (error != NoError) {
        setError(error, text);
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void ScriptedReply::abort()
{
    if (isFinished()) {
        return;
    }
    m_body.clear();
    complete(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 ScriptedReply::bytesAvailable() const
{
    return (m_body.size() - m_offset) + QNetworkReply::bytesAvailable();
}

qint64 ScriptedReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
    if (n <= 0) {
        return isFinished() ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}
