#include "KeychainSecretStore.h"

#include "KeychainProbe.h"

#include "ConsentDeskVersion.h"
#include "log/Log.h"

#include "async/Async.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

// Keychain jobs are never children of the store: deleting a running job leaves libsecret's pending callback
// pointing at freed memory (a crash when the app closes during a keychain prompt). A job deletes itself after
// finished (autoDelete), and the `this` context of each connection drops the rest of the chain if the store is gone
// — with it the operation's promise, so its future is cancelled.

namespace {

const QByteArray kHeaderPrefix = QByteArrayLiteral("cdchunks=");

QByteArray header(int count)
{
    return kHeaderPrefix + QByteArray::number(count) + ';';
}

// The count and where the payload starts; count 0 when the entry has no header (a foreign, unchunked value).
int parseHeader(const QByteArray& first, qsizetype* payloadStart)
{
    *payloadStart = 0;
    if (!first.startsWith(kHeaderPrefix)) {
        return 0;
    }
    const qsizetype semicolon = first.indexOf(';', kHeaderPrefix.size());
    if (semicolon < 0 || semicolon - kHeaderPrefix.size() > 3) {
        return 0;
    }
    bool ok = false;
    const int count = first.mid(kHeaderPrefix.size(), semicolon - kHeaderPrefix.size()).toInt(&ok);
    if (!ok || count < 1 || count > KeychainSecretStore::MaxChunks) {
        return 0;
    }
    *payloadStart = semicolon + 1;
    return count;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral(CONSENTDESK_APP_ID);
}

QString KeychainSecretStore::description() const
{
    return tr("system keychain");
}

QString KeychainSecretStore::chunkKey(const QString& key, int index)
{
    return index == 0 ? key : key + QLatin1Char('.') + QString::number(index);
}

SecretStore::Error KeychainSecretStore::errorFromJob(const QKeychain::Job* job)
{
    using Code = Error::Code;
    const QString raw = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error::make(Code::NotFound, raw);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Code::Denied, tr("Access to the keychain was denied (%1).").arg(raw));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Code::Unavailable, KeychainProbe::explain(raw));
    case QKeychain::OtherError:
        // On Linux this is how "no D-Bus session" and "keyring locked or missing" arrive (qt-engineering.md §2.1).
        return Error::make(Code::Unavailable, KeychainProbe::explain(raw));
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(Code::Other, raw);
    }
    return Error::make(Code::Other, raw);
}

void KeychainSecretStore::readEntry(const QString& key, RawCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        const Error error = errorFromJob(j);
        done(error ? QByteArray() : read->binaryData(), error);
    });
    job->start();
}

void KeychainSecretStore::writeEntry(const QString& key, const QByteArray& data, StepCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) { done(errorFromJob(j)); });
    job->start();
}

void KeychainSecretStore::deleteEntry(const QString& key, StepCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        Error error = errorFromJob(j);
        if (error.code == Error::Code::NotFound) {
            error = {}; // libsecret says NoError for a missing entry, Windows EntryNotFound: both mean "gone"
        }
        done(error);
    });
    job->start();
}

void KeychainSecretStore::readHeaderCount(const QString& key, std::function<void(int, const Error&)> done)
{
    readEntry(key, [done](const QByteArray& data, const Error& error) {
        if (error) {
            done(0, error);
            return;
        }
        qsizetype start = 0;
        const int count = parseHeader(data, &start);
        done(count == 0 ? 1 : count, {});
    });
}

QFuture<SecretStore::Read> KeychainSecretStore::read(const QString& key)
{
    const Async::Promise<Read> promise;
    readEntry(key, [this, key, promise](const QByteArray& first, const Error& error) {
        if (error) {
            promise.finish({{}, error});
            return;
        }
        qsizetype start = 0;
        const int count = parseHeader(first, &start);
        readChunks(key, qMax(count, 1), 1, first.mid(start), [promise](const QByteArray& secret, const Error& e) {
            promise.finish({secret, e});
        });
    });
    return promise.future();
}

void KeychainSecretStore::readChunks(const QString& key, int count, int index, QByteArray collected, RawCallback done)
{
    if (index >= count) {
        done(collected, {});
        return;
    }
    // One after the other (QtKeychain runs one job at a time anyway).
    readEntry(chunkKey(key, index), [this, key, count, index, collected, done](const QByteArray& data, const Error& e) {
        if (e) {
            done({},
                 e.code == Error::Code::NotFound ? Error::make(
                     Error::Code::Other, tr("The keychain entry is incomplete (part %1 is missing).").arg(index))
                                                 : e);
            return;
        }
        readChunks(key, count, index + 1, collected + data, done);
    });
}

QFuture<SecretStore::Error> KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    const Async::Promise<Error> promise;
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < secret.size(); offset += ChunkSize) {
        chunks.append(secret.mid(offset, ChunkSize));
    }
    if (chunks.isEmpty()) {
        chunks.append(QByteArray());
    }
    if (chunks.size() > MaxChunks) {
        const Error tooLarge = Error::make(
            Error::Code::Other, tr("The secret is too large for the keychain (%1 bytes).").arg(secret.size()));
        QTimer::singleShot(0, this, [promise, tooLarge] { promise.finish(tooLarge); });
        return promise.future();
    }
    // Learn how many chunks the previous value had, so that its extra parts can be removed afterwards.
    readHeaderCount(key, [this, key, chunks, promise](int oldCount, const Error& error) {
        if (error && error.code != Error::Code::NotFound) {
            promise.finish(error);
            return;
        }
        writeChunks(key, chunks, chunks.size() > 1 ? 1 : 0, error ? 0 : oldCount, [promise](const Error& e) {
            promise.finish(e);
        });
    });
    return promise.future();
}

void KeychainSecretStore::writeChunks(const QString& key,
                                      QList<QByteArray> chunks,
                                      int index,
                                      int oldCount,
                                      StepCallback done)
{
    const int count = int(chunks.size());
    if (index == 0) {
        // The header entry last: until it is written, readers see the old, complete value.
        writeEntry(key, header(count) + chunks.first(), [this, key, count, oldCount, done](const Error& error) {
            if (error || oldCount <= count) {
                done(error);
                return;
            }
            deleteChunks(key, count, oldCount, [done](const Error&) { done({}); }); // leftovers are harmless
        });
        return;
    }
    writeEntry(chunkKey(key, index), chunks.at(index), [this, key, chunks, index, oldCount, done](const Error& error) {
        if (error) {
            done(error);
            return;
        }
        const int next = index + 1 < chunks.size() ? index + 1 : 0;
        writeChunks(key, chunks, next, oldCount, done);
    });
}

void KeychainSecretStore::deleteChunks(const QString& key, int from, int to, StepCallback done)
{
    if (from >= to) {
        done({});
        return;
    }
    // Highest first, the header entry (index 0) last.
    deleteEntry(chunkKey(key, to - 1), [this, key, from, to, done](const Error& error) {
        if (error) {
            done(error);
            return;
        }
        deleteChunks(key, from, to - 1, done);
    });
}

QFuture<SecretStore::Error> KeychainSecretStore::remove(const QString& key)
{
    const Async::Promise<Error> promise;
    readHeaderCount(key, [this, key, promise](int count, const Error& error) {
        if (error && error.code != Error::Code::NotFound) {
            promise.finish(error);
            return;
        }
        deleteChunks(key, 0, error ? 1 : count, [promise](const Error& e) { promise.finish(e); });
    });
    return promise.future();
}
