#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

/**
 * Where refresh tokens are kept between sessions: the system keychain (KeychainSecretStore) or memory for this
 * session only (MemorySecretStore, also the test double). Asynchronous: keychains may prompt or be slow, and the GUI
 * never waits on them.
 *
 * Every operation returns a future that finishes once, later (never inside the call); callers continue it with
 * Async::then(future, context, fn), which drops fn when context is destroyed first. A store destroyed before it
 * answered cancels the future (nobody is answered); an operation already handed to the keychain may still complete.
 */
class SecretStore
{
public:
    struct Error
    {
        enum class Code {
            None,
            NotFound, // no such entry
            Unavailable, // no backend, no D-Bus session, keyring locked or missing
            Denied, // the user or the OS refused access
            Other,
        };
        Code code = Code::None;
        QString message; // for an admin: what is wrong and what to do

        bool isError() const { return code != Code::None; }
        explicit operator bool() const { return isError(); }
        static Error make(Code code, const QString& message) { return {code, message}; }
    };

    struct Read
    {
        QByteArray secret; // empty on error
        Error error;
    };

    virtual ~SecretStore() = default;

    virtual QFuture<Read> read(const QString& key) = 0;
    virtual QFuture<Error> write(const QString& key, const QByteArray& secret) = 0; // the error, or none
    // Removing an entry that does not exist succeeds.
    virtual QFuture<Error> remove(const QString& key) = 0;

    virtual bool isPersistent() const = 0; // survives a restart
    virtual QString description() const = 0; // "system keychain", "this session only"

    // "ConsentDesk/<tenantId>/<userObjectId>/refresh_token": prefixed because Windows ignores the service name.
    static QString refreshTokenKey(const QString& tenantId, const QString& userObjectId)
    {
        return QStringLiteral("ConsentDesk/") + tenantId.toLower() + QLatin1Char('/') + userObjectId.toLower()
               + QStringLiteral("/refresh_token");
    }
    static QString codeName(Error::Code code)
    {
        switch (code) {
        case Error::Code::None:
            return QStringLiteral("none");
        case Error::Code::NotFound:
            return QStringLiteral("not-found");
        case Error::Code::Unavailable:
            return QStringLiteral("unavailable");
        case Error::Code::Denied:
            return QStringLiteral("denied");
        case Error::Code::Other:
            return QStringLiteral("other");
        }
        return {};
    }
};
