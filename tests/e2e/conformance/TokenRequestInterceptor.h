#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <functional>

/**
 * The network access manager EntraFlow sends its token requests through, in the conformance test: records every POST
 * body (the form: grant_type, code, code_verifier, refresh_token…) and can rewrite the next one, to play an attacker
 * who replays a captured redemption or a client whose verifier went wrong — without a hook in ConsentDesk's code.
 */
class TokenRequestInterceptor : public QNetworkAccessManager
{
public:
    using Rewrite = std::function<QByteArray(const QByteArray& body)>;

    TokenRequestInterceptor();

    void rewriteNextPost(Rewrite rewrite) { m_rewrite = std::move(rewrite); }
    QList<QByteArray> posts() const { return m_posts; } // as sent (after any rewrite)
    void clearPosts() { m_posts.clear(); }

    static QUrlQuery form(const QByteArray& body);
    // body with one form field replaced (percent-encoded the way EntraFlow encodes secrets)
    static QByteArray withField(const QByteArray& body, const QString& name, const QString& value);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;

private:
    QList<QByteArray> m_posts;
    Rewrite m_rewrite;
};
