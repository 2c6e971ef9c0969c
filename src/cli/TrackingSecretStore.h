#pragma once

#include "auth/SecretStore.h"

#include <QFuture>
#include <QObject>

/**
 * A SecretStore that forwards to another one (the system keychain) and knows whether any operation is still
 * running, so consentdesk-cli can wait for it before the process exits.
 *
 * Why: Entra rotates the refresh token on every use and the old one is dead afterwards. SignInManager writes the new
 * one asynchronously; a CLI that returned from main() before that write finished would leave a used refresh token in
 * the keychain, and the next command (or the GUI) would be told to sign in again — or trip reuse detection.
 */
class TrackingSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit TrackingSecretStore(SecretStore* inner, QObject* parent = nullptr); // inner: not owned
    ~TrackingSecretStore() override;

    QFuture<Read> read(const QString& key) override;
    QFuture<Error> write(const QString& key, const QByteArray& secret) override;
    QFuture<Error> remove(const QString& key) override;
    bool isPersistent() const override { return m_inner->isPersistent(); }
    QString description() const override { return m_inner->description(); }

    bool isBusy() const { return m_pending > 0; }
    // Runs an event loop until nothing is pending or timeoutMs passed; true when idle.
    bool waitForIdle(int timeoutMs);

signals:
    void idle();

private:
    template<typename T> QFuture<T> track(const QFuture<T>& future);
    void finishOne();

    SecretStore* m_inner = nullptr;
    int m_pending = 0;
};
