#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>
#include <utility>

/**
 * The project's one asynchronous style: an operation returns a QFuture<T>, and the caller continues on a QObject:
 *
 *     Async::then(inventory->loadApp(key), this, [this](const AppInventory& app) { show(app); });
 *
 * fn runs with the result on context's thread, never after context was destroyed and never for a cancelled future —
 * what QFuture::then(context, …) does from Qt 6.6 on. Qt 6.4 asserts (debug) or warns (release) when the context
 * dies first, which is every view closed during a read; so the project continues through here on every version.
 * A future that is already finished continues at once, inside then(), as QFuture::then does.
 *
 * Producers hand out Promise<T>::future() and call finish(value) once; a Promise whose every copy is gone unfinished
 * (its owner was destroyed mid-read) cancels its future, so nobody is called with half an answer.
 */
class Async
{
public:
    // A copyable handle on one QPromise (std::function and Qt's callbacks need copyable functors).
    template<typename T> class Promise
    {
    public:
        Promise()
            : m_promise(std::make_shared<QPromise<T>>())
        {
            m_promise->start();
        }
        QFuture<T> future() const { return m_promise->future(); }
        void finish(T value) const
        {
            if (!m_promise->future().isFinished()) {
                m_promise->addResult(std::move(value));
                m_promise->finish();
            }
        }

    private:
        std::shared_ptr<QPromise<T>> m_promise;
    };

    template<typename T, typename F> static void then(const QFuture<T>& future, QObject* context, F&& fn)
    {
        static_assert(!std::is_void_v<T>, "continue a QFuture<void> with QFuture::then");
        QFuture<T>(future).then(QtFuture::Launch::Sync,
                                [guard = QPointer<QObject>(context), fn = std::forward<F>(fn)](const T& value) mutable {
                                    if (!guard) {
                                        return;
                                    }
                                    if (QThread::currentThread() == guard->thread()) {
                                        fn(value);
                                        return;
                                    }
                                    QMetaObject::invokeMethod(
                                        guard.data(),
                                        [guard, fn, value]() mutable {
                                            if (guard) {
                                                fn(value);
                                            }
                                        },
                                        Qt::QueuedConnection);
                                });
    }

    // Cancels a request the caller no longer wants answered ("only the latest may answer"). Always this rather than
    // QFuture::cancel(): Qt 6.4's cancel() walks the continuation chain through raw pointers, and once a finished
    // future's continuation has run and its own future is gone, that is freed memory. A finished future has nothing
    // left to stop, so it is left alone.
    template<typename T> static void cancel(QFuture<T>& future)
    {
        if (!future.isFinished()) {
            future.cancel();
        }
    }

    // Every result of futures, in their order, once all are finished; cancelled ones are left out.
    template<typename T> static QFuture<QList<T>> all(const QList<QFuture<T>>& futures)
    {
        if (futures.isEmpty()) {
            return ready(QList<T>());
        }
        QList<QFuture<T>> pending = futures; // whenAll continues each one: it needs them non-const
        return QtFuture::whenAll(pending.begin(), pending.end())
            .then(QtFuture::Launch::Sync, [](const QList<QFuture<T>>& finished) {
                QList<T> values;
                for (const QFuture<T>& f : finished) {
                    if (!f.isCanceled() && f.resultCount() > 0) {
                        values.append(f.result());
                    }
                }
                return values;
            });
    }

    template<typename T> static QFuture<T> ready(T value)
    {
        Promise<T> promise;
        promise.finish(std::move(value));
        return promise.future();
    }
};
