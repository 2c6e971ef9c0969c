#include "TrackingSecretStore.h"

#include <QEventLoop>
#include <QFutureWatcher>
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

// The inner store's own future goes to the caller, who continues it on a context of their own. It counts as
// pending until it is finished or cancelled (the inner store went away): a watcher sees both. Its finished() is
// delivered after the caller's continuation ran, so work that continuation starts is counted before this ends.
template<typename T> QFuture<T> TrackingSecretStore::track(const QFuture<T>& future)
{
    ++m_pending;
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishOne();
    });
    watcher->setFuture(future);
    return future;
}

QFuture<SecretStore::Read> TrackingSecretStore::read(const QString& key)
{
    return track(m_inner->read(key));
}

QFuture<SecretStore::Error> TrackingSecretStore::write(const QString& key, const QByteArray& secret)
{
    return track(m_inner->write(key, secret));
}

QFuture<SecretStore::Error> TrackingSecretStore::remove(const QString& key)
{
    return track(m_inner->remove(key));
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
