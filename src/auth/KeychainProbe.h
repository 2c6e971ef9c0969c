#pragma once

#include "async/Async.h"

#include <QFuture>
#include <QObject>
#include <QString>

/**
 * Answers "does the system keychain work right now?" by writing, reading back and deleting a throwaway entry —
 * the only reliable test with QtKeychain 0.13 (isAvailable() arrived in 0.14, and a locked Secret Service
 * only fails on use). Asynchronous; never blocks the GUI. A probe destroyed mid-check cancels its future.
 */
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    explicit KeychainProbe(QObject* parent = nullptr);

    struct Result
    {
        bool reachable = false;
        QString detail; // why not, explained (empty when reachable)
    };
    QFuture<Result> start(); // while a check runs, its future again
    bool isRunning() const { return m_running; }

    static QString serviceName(); // the service every ConsentDesk keychain entry uses
    // QtKeychain's raw error text, explained for an admin (with what to do), keeping the original for support.
    static QString explain(const QString& rawError);

private:
    void fail(const QString& step, const QString& error);

    bool m_running = false;
    Async::Promise<Result> m_promise; // of the check under way
};
