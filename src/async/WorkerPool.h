#pragma once

class QThreadPool;

/**
 * The threads for ConsentDesk's own background work: snapshot reads and comparisons, first-seen records, freeing a
 * finished report's indexes — jobs that run for seconds. Not QThreadPool::globalInstance(): Qt 6.4's raster engine
 * splits large fills (scroll bars, frames, backgrounds) over the global pool and the GUI thread waits for those
 * pieces, so while long jobs held its threads every repaint waited for them (the Overview stood still for seconds
 * while its snapshot was compared). Use it as QtConcurrent::run(WorkerPool::instance(), …).
 */
class WorkerPool
{
public:
    static QThreadPool* instance();
};
