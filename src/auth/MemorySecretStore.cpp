#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace {

// Always later, as a real keychain would be, and only while the context lives.
void later(QObject* context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
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

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    const Error simulated = m_simulatedError;
    const bool found = m_secrets.contains(key);
    const QByteArray value = m_secrets.value(key);
    later(context ? context : this, [simulated, found, value, callback] {
        if (simulated) {
            callback({}, simulated);
        } else if (!found) {
            callback({}, Error::make(Error::Code::NotFound, QStringLiteral("No such entry.")));
        } else {
            callback(value, {});
        }
    });
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, DoneCallback callback)
{
    const Error simulated = m_simulatedError;
    if (!simulated) {
        m_secrets.insert(key, secret);
        ++m_writes;
    }
    later(context ? context : this, [simulated, callback] { callback(simulated); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    const Error simulated = m_simulatedError;
    if (!simulated) {
        auto it = m_secrets.find(key);
        if (it != m_secrets.end()) {
            it->fill('\0');
            m_secrets.erase(it);
        }
    }
    later(context ? context : this, [simulated, callback] { callback(simulated); });
}

void MemorySecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        it->fill('\0');
    }
    m_secrets.clear();
}
