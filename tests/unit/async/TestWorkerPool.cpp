// WorkerPool: ConsentDesk's long jobs run on threads of their own, so Qt's painting — which in Qt 6.4 splits large
// fills and image scaling over QThreadPool::globalInstance() and waits for the pieces — never waits for them.
#include "async/WorkerPool.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <thread>

class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void isAPoolOfItsOwn();
    void paintingGoesOnWhileEveryWorkerIsBusy();
};

void TestWorkerPool::isAPoolOfItsOwn()
{
    QThreadPool* pool = WorkerPool::instance();
    QVERIFY(pool);
    QCOMPARE(WorkerPool::instance(), pool);
    QVERIFY(pool != QThreadPool::globalInstance());
    QVERIFY(pool->maxThreadCount() >= 1);
}

void TestWorkerPool::paintingGoesOnWhileEveryWorkerIsBusy()
{
    // Every worker busy for 5 s (a snapshot comparison, say) …
    QThreadPool* pool = WorkerPool::instance();
    QSemaphore started;
    QSemaphore release;
    const int workers = pool->maxThreadCount();
    for (int i = 0; i < workers; ++i) {
        pool->start([&started, &release] {
            started.release();
            release.tryAcquire(1, 5000);
        });
    }
    QVERIFY(started.tryAcquire(workers, 10000));
    std::thread releaser([&release, workers] {
        std::this_thread::sleep_for(std::chrono::seconds(5));
        release.release(workers);
    });
    // … while the GUI thread paints what Qt splits over its threads: large translucent fills and a smooth scale.
    QElapsedTimer timer;
    timer.start();
    QImage image(2400, 1800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        for (int i = 0; i < 8; ++i) {
            painter.fillRect(image.rect(), QColor(20 * i, 100, 200, 100));
            painter.drawRect(image.rect().adjusted(i, i, -i, -i));
        }
    }
    const QImage scaled = image.scaled(1700, 1300, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const qint64 elapsed = timer.elapsed();
    releaser.join();
    pool->waitForDone();
    QCOMPARE(scaled.size(), QSize(1700, 1300));
    QVERIFY2(elapsed < 4000, qPrintable(QStringLiteral("painting waited %1 ms for the busy workers").arg(elapsed)));
}

QTEST_MAIN(TestWorkerPool)
#include "TestWorkerPool.moc"
