#include "WorkerPool.h"

#include <QThreadPool>

// As many threads as the global pool has; they end with the process (the pool waits for its jobs).
Q_GLOBAL_STATIC(QThreadPool, workerPool)

QThreadPool* WorkerPool::instance()
{
    return workerPool();
}
