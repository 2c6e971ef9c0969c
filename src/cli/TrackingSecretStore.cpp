#include "TrackingSecretStore.h"

#include <QEventLoop>
#include <QTimer>

TrackingSecretStore::TrackingSecretStore(SecretStore* inner, QObject* parent)
    : QObject(parent)
    , m_inner(inner)
{
}

TrackingSecretStore::~TrackingSecretStore() = default;

void TrackingSecretStore::finishOne()
{
    if (--m_pending == 0) {
        emit idle();
    }
}

// The inner store calls back on this object; the caller's callback only while the caller's context lives, as the
// SecretStore contract promises (a null context means "no context": always called).
void TrackingSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_inner->read(key, this, [this, guard, hadContext, callback](const QByteArray& secret, const Error& error) {
        if (!hadContext || guard) {
            callback(secret, error);
        }
        finishOne();
    });
}

void TrackingSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, DoneCallback callback)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_inner->write(key, secret, this, [this, guard, hadContext, callback](const Error& error) {
        if (!hadContext || guard) {
            callback(error);
        }
        finishOne();
    });
}

void TrackingSecretStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    m_inner->remove(key, this, [this, guard, hadContext, callback](const Error& error) {
        if (!hadContext || guard) {
            callback(error);
        }
        finishOne();
    });
}

bool TrackingSecretStore::waitForIdle(int timeoutMs)
{
    if (!isBusy()) {
        return true;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &TrackingSecretStore::idle, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return !isBusy();
}
