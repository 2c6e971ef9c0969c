#pragma once

#include <QNetworkAccessManager>
#include <QStringList>

/**
 * Collects every secret a sign-in session handles, by watching it from outside ConsentDesk's code: as the network
 * access manager of its token requests (codes, verifiers and refresh tokens that are sent; access, refresh and ID
 * tokens that come back) plus what the test adds itself (the state of each authorize URL, the tokens it was handed).
 * Values are kept in memory only and never printed.
 */
class SecretRecorder : public QNetworkAccessManager
{
public:
    struct Secret
    {
        QString kind; // "code", "code_verifier", "refresh_token", "access_token", "id_token", "state"…
        QString value;
    };

    SecretRecorder();

    void add(const QString& kind, const QString& value);
    QList<Secret> secrets() const { return m_secrets; }
    int count(const QString& kind) const;

    // What to look for: the value, its percent-encoded form, and for long values a distinctive head and tail, so a
    // truncated or URL-encoded copy is caught too (a JWT's head is its common header, so only the tail counts there).
    static QStringList needles(const QString& value);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;

private:
    QList<Secret> m_secrets;
};
