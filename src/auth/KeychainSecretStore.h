#pragma once

#include "SecretStore.h"

#include <QObject>

#include <functional>

namespace QKeychain {
class Job;
}

/**
 * Secrets in the operating system's keychain through QtKeychain (0.13): Windows Credential Manager, macOS Keychain,
 * the Secret Service (GNOME Keyring, KeePassXC) or KWallet. Service "org.consentdesk.ConsentDesk" (CONSENTDESK_APP_ID);
 * keys carry their own "ConsentDesk/" prefix because Windows ignores the service name.
 *
 * Chunked on every platform (one code path, tested everywhere): Windows caps a credential at 2560 bytes in
 * QtKeychain 0.13, and refresh tokens have no guaranteed size. A secret is split into 2048-byte chunks stored under
 * key, key.1, key.2, …; the first entry starts with a header "cdchunks=<n>;" so a reader never picks up stale chunks
 * of an older, longer secret. Writes store key.1… first and the header entry last; stale chunks are removed after.
 *
 * Never uses QtKeychain's insecure fallback (plain-text QSettings). Jobs are heap-allocated and delete themselves.
 * One operation is a chain of jobs continued on the store; its future finishes after the last one.
 */
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 16; // 32 KB

    explicit KeychainSecretStore(QObject* parent = nullptr);
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr); // tests: a private service
    ~KeychainSecretStore() override;

    QFuture<Read> read(const QString& key) override;
    QFuture<Error> write(const QString& key, const QByteArray& secret) override;
    QFuture<Error> remove(const QString& key) override;
    bool isPersistent() const override { return true; }
    QString description() const override;

    QString service() const { return m_service; }
    static QString defaultService(); // CONSENTDESK_APP_ID
    static QString chunkKey(const QString& key, int index); // key, key.1, key.2, …
    static Error errorFromJob(const QKeychain::Job* job);

private:
    using RawCallback = std::function<void(const QByteArray& data, const Error& error)>;
    using StepCallback = std::function<void(const Error& error)>;

    void readEntry(const QString& key, RawCallback done);
    void writeEntry(const QString& key, const QByteArray& data, StepCallback done);
    void deleteEntry(const QString& key, StepCallback done);
    void readChunks(const QString& key, int count, int index, QByteArray collected, RawCallback done);
    void readHeaderCount(const QString& key, std::function<void(int count, const Error& error)> done);
    void writeChunks(const QString& key, QList<QByteArray> chunks, int index, int oldCount, StepCallback done);
    void deleteChunks(const QString& key, int from, int to, StepCallback done); // [from, to)

    QString m_service;
};
