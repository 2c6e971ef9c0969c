#include "MemorySecretStore.h"

#include "async/Async.h"

#include <QTimer>

namespace {

// Always later, as a real keychain would be; a store destroyed first cancels the future.
template<typename T> QFuture<T> later(QObject* store, T value)
{
    const Async::Promise<T> promise;
    QTimer::singleShot(0, store, [promise, value] { promise.finish(value); });
    return promise.future();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent)
    : QObject(parent)
{
}

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

QString MemorySecretStore::description() const
{
    return tr("this session only");
}

QFuture<SecretStore::Read> MemorySecretStore::read(const QString& key)
{
    if (m_simulatedError) {
        return later(this, Read {{}, m_simulatedError});
    }
    if (!m_secrets.contains(key)) {
        return later(this, Read {{}, Error::make(Error::Code::NotFound, QStringLiteral("No such entry."))});
    }
    return later(this, Read {m_secrets.value(key), {}});
}

QFuture<SecretStore::Error> MemorySecretStore::write(const QString& key, const QByteArray& secret)
{
    if (!m_simulatedError) {
        m_secrets.insert(key, secret);
        ++m_writes;
    }
    return later(this, m_simulatedError);
}

QFuture<SecretStore::Error> MemorySecretStore::remove(const QString& key)
{
    if (!m_simulatedError) {
        auto it = m_secrets.find(key);
        if (it != m_secrets.end()) {
            it->fill('\0');
            m_secrets.erase(it);
        }
    }
    return later(this, m_simulatedError);
}

void MemorySecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        it->fill('\0');
    }
    m_secrets.clear();
}
