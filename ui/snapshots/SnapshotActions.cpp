#include "SnapshotActions.h"

#include "SnapshotDiffDialog.h"
#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/ViewStyle.h"
#include "report/FirstSeenHistory.h"
#include "report/LiveSnapshot.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotDiff.h"
#include "report/SnapshotExporter.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"
#include "risk/RiskCatalog.h"
#include "session/FirstSeenState.h"
#include "session/SessionState.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {

QString filter()
{
    return SnapshotActions::tr("ConsentDesk snapshots (*.json.gz *.json)");
}

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SnapshotActions::SnapshotActions(QWidget* window, GraphClient* graph, ExchangeAdminClient* exchange, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_graph(graph)
    , m_exchange(exchange)
{
    m_export = new QAction(tr("E&xport snapshot…"), this);
    m_export->setObjectName(QStringLiteral("actionExportSnapshot"));
    const QString exportTip = tr("Save the tenant's apps, grants, requests and consent settings to one file.");
    m_export->setToolTip(ViewStyle::plainToolTip(exportTip));
    m_compareLive = new QAction(tr("Compare snapshot with the &tenant…"), this);
    m_compareLive->setObjectName(QStringLiteral("actionCompareSnapshotLive"));
    m_compareFiles = new QAction(tr("Compare t&wo snapshots…"), this);
    m_compareFiles->setObjectName(QStringLiteral("actionCompareSnapshots"));
    connect(m_export, &QAction::triggered, this, [this] {
        const QString name
            = QStringLiteral("consent-snapshot-%1.json.gz").arg(QDate::currentDate().toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export snapshot"), name, filter());
        if (!path.isEmpty()) {
            exportTo(path);
        }
    });
    connect(m_compareLive, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(m_window, tr("Compare snapshot with the tenant"), {}, filter());
        if (!path.isEmpty()) {
            compareWithTenant(path);
        }
    });
    connect(m_compareFiles, &QAction::triggered, this, [this] {
        const QString before = QFileDialog::getOpenFileName(m_window, tr("The earlier snapshot"), {}, filter());
        if (before.isEmpty()) {
            return;
        }
        const QString after = QFileDialog::getOpenFileName(m_window, tr("The later snapshot"), {}, filter());
        if (!after.isEmpty()) {
            compareFiles(before, after);
        }
    });
    setSession(nullptr);
}

void SnapshotActions::addTo(QMenu* menu)
{
    QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, {m_export, m_compareLive, m_compareFiles});
    menu->insertSeparator(first);
}

void SnapshotActions::setSession(SessionState* session)
{
    m_session = session;
    m_export->setEnabled(session && !m_busy);
    m_compareLive->setEnabled(session && !m_busy);
}

void SnapshotActions::refuse(const QString& title, const QString& text)
{
    ViewStyle::warning(m_window, title, text);
}

void SnapshotActions::exportTo(const QString& path)
{
    if (!m_session || m_busy) {
        return;
    }
    m_busy = true;
    setSession(m_session);
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_busy = false;
        setSession(m_session);
        const QString message = tr("%1 cannot be written: %2").arg(path, file->errorString());
        refuse(tr("Export snapshot"), message);
        emit exported(path, false, message);
        return;
    }
    const bool gzip = !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    auto writer = std::make_shared<SnapshotWriter>(file.get(), gzip);
    auto* exporter = new SnapshotExporter(m_graph, m_exchange, this);
    auto* progress = new QProgressDialog(tr("Reading the tenant…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("snapshotExportProgress"));
    progress->setWindowTitle(tr("Export snapshot"));
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, exporter, &SnapshotExporter::cancel);
    connect(exporter, &SnapshotExporter::progress, progress, [progress](const QString&, qint64 items) {
        progress->setLabelText(
            tr("Reading the tenant… %n item(s) written.", nullptr, int(std::min<qint64>(items, INT_MAX))));
    });
    connect(exporter,
            &SnapshotExporter::finished,
            this,
            [this, exporter, progress, file, writer, path](bool ok, const GraphError& error) {
                exporter->deleteLater();
                progress->deleteLater();
                m_busy = false;
                setSession(m_session);
                if (!ok) {
                    file->cancelWriting();
                    const QString message = tr("The snapshot was not saved: %1").arg(error.summary());
                    if (error.kind != GraphError::Kind::Cancelled) {
                        refuse(tr("Export snapshot"), message);
                    }
                    emit exported(path, false, message);
                    return;
                }
                if (!file->commit()) {
                    const QString message = tr("%1 cannot be written: %2").arg(path, file->errorString());
                    refuse(tr("Export snapshot"), message);
                    emit exported(path, false, message);
                    return;
                }
                SnapshotCatalog().remember(path, exporter->tenantId(), exporter->createdDateTime());
                // What the file holds was seen when it was taken (the keys are made on the worker thread).
                if (m_session
                    && m_session->firstSeen()->tenantId().compare(exporter->tenantId(), Qt::CaseInsensitive) == 0) {
                    m_session->firstSeen()->record(
                        exporter->claimCollector(), exporter->createdDateTime(), FirstSeenHistory::Source::Snapshot);
                }
                QString message = tr("Snapshot saved to %1 (%n item(s)).",
                                     nullptr,
                                     int(std::min<qint64>(exporter->itemsWritten(), INT_MAX)))
                                      .arg(QDir::toNativeSeparators(path));
                if (!exporter->partErrors().isEmpty()) {
                    message += QLatin1Char(' ')
                               + tr("Not in it, because it could not be read: %1.")
                                     .arg(exporter->partErrors().join(QStringLiteral("; ")));
                }
                emit exported(path, true, message);
            });
    SnapshotExporter::Options options;
    options.tenantId = m_session->account().tenantId;
    options.createdBy = m_session->account().userPrincipalName;
    exporter->start(writer.get(), options);
}

namespace {

// One snapshot read on a worker thread: its index (all a diff needs), or why it was refused.
struct ReadSide
{
    std::optional<SnapshotIndex> index;
    QString error;
    std::optional<FirstSeenHistory> history; // the tenant's, with this snapshot recorded
};

ReadSide readSide(const QString& path)
{
    const SnapshotReader::Result read = SnapshotReader::readFile(path);
    if (!read.ok()) {
        return {std::nullopt, read.error, std::nullopt};
    }
    SnapshotIndex index = SnapshotIndex::build(*read.snapshot);
    // Every snapshot opened teaches the first-seen history its grants, dated when it was taken.
    FirstSeenHistory history = FirstSeenHistory::record(index.tenantId(),
                                                        FirstSeenHistory::claimsOf(index),
                                                        index.createdDateTime(),
                                                        FirstSeenHistory::Source::Snapshot);
    return {std::move(index), {}, std::move(history)};
}

// Async::then, but never inside the call that started the work (a worker can finish before then() is attached, and
// Async::then then continues at once): compared() always comes after compareFiles()/compareWithTenant() returned.
template<typename T, typename F> void later(const QFuture<T>& future, QObject* context, F fn)
{
    Async::then(future, context, [context, fn](const T& value) {
        QMetaObject::invokeMethod(
            context, [fn, value] { fn(value); }, Qt::QueuedConnection);
    });
}

} // namespace

void SnapshotActions::begin(const QString& title, const QString& text, bool cancellable)
{
    m_busy = true;
    setSession(m_session);
    m_compare = new QObject(this);
    m_progress = new QProgressDialog(text, cancellable ? tr("Cancel") : QString(), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("snapshotCompareProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    // Cancel drops the answer (the worker finishes its read on its own; nothing is shown or half-applied).
    connect(m_progress, &QProgressDialog::canceled, this, [this] { finish(-1); });
}

void SnapshotActions::finish(int changes)
{
    delete std::exchange(m_compare, nullptr); // whatever is still under way answers nobody
    if (m_progress) {
        m_progress->disconnect(this); // closing it says canceled() too
        m_progress->close();
    }
    m_busy = false;
    setSession(m_session);
    emit compared(changes);
}

void SnapshotActions::opened(const QString& path, const SnapshotIndex& index)
{
    SnapshotCatalog().remember(path, index.tenantId(), index.createdDateTime());
    // The history was recorded on the worker; the session's copy reads it again to show the dates.
    if (m_session && m_session->firstSeen()->tenantId().compare(index.tenantId(), Qt::CaseInsensitive) == 0) {
        m_session->firstSeen()->load();
    }
}

bool SnapshotActions::refused(const QString& path, const QString& error)
{
    if (error.isEmpty()) {
        return false;
    }
    finish(-1);
    refuse(tr("Cannot open the snapshot"),
           tr("%1 cannot be opened: %2 Nothing was compared.").arg(QDir::toNativeSeparators(path), error));
    return true;
}

void SnapshotActions::compareFiles(const QString& beforePath, const QString& afterPath)
{
    if (m_busy) {
        return;
    }
    begin(tr("Compare two snapshots"), tr("Reading and comparing the snapshots…"), true);
    struct Both
    {
        ReadSide before;
        ReadSide after;
        QList<SnapshotChange> changes;
    };
    // Reading, indexing and comparing a large tenant's files takes seconds: none of it on the GUI thread.
    const QFuture<std::shared_ptr<Both>> work = QtConcurrent::run(WorkerPool::instance(), [beforePath, afterPath] {
        auto both = std::make_shared<Both>();
        both->before = readSide(beforePath);
        if (both->before.index) {
            both->after = readSide(afterPath);
        }
        if (both->before.index && both->after.index) {
            both->changes = SnapshotDiff::compare(*both->before.index, *both->after.index, RiskCatalog::builtIn());
            // The later read's history holds both snapshots (one tenant); the earlier one's covers another tenant.
            SnapshotDiff::addFirstSeen(both->changes, *both->before.history);
            SnapshotDiff::addFirstSeen(both->changes, *both->after.history);
        }
        return both;
    });
    later(work, m_compare, [this, beforePath, afterPath](const std::shared_ptr<Both>& both) {
        if (refused(beforePath, both->before.error) || refused(afterPath, both->after.error)) {
            return;
        }
        opened(beforePath, *both->before.index);
        opened(afterPath, *both->after.index);
        showDiff(both->changes,
                 *both->before.index,
                 QFileInfo(beforePath).fileName(),
                 *both->after.index,
                 QFileInfo(afterPath).fileName());
    });
}

void SnapshotActions::compareWithTenant(const QString& beforePath)
{
    if (!m_session || m_busy) {
        return;
    }
    begin(tr("Compare snapshot with the tenant"), tr("Reading the snapshot…"), true);
    later(QtConcurrent::run(WorkerPool::instance(), readSide, beforePath),
          m_compare,
          [this, beforePath](const ReadSide& before) {
              if (refused(beforePath, before.error)) {
                  return;
              }
              opened(beforePath, *before.index);
              readTenantAndCompare(*before.index, QFileInfo(beforePath).fileName());
          });
}

void SnapshotActions::readTenantAndCompare(const SnapshotIndex& before, const QString& label)
{
    if (!m_session) {
        finish(-1);
        return;
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Reading the tenant to compare…"));
    }
    SnapshotExporter::Options options;
    options.tenantId = m_session->account().tenantId;
    options.createdBy = m_session->account().userPrincipalName;
    auto held = std::make_shared<SnapshotIndex>(before);
    // The export lives under this, not m_compare: a stage that ends the compare must not delete an exporter that is
    // still answering. A cancelled compare's read runs to its end and answers nobody.
    const QFuture<LiveSnapshot::Read> read = LiveSnapshot::read(m_graph, m_exchange, options, this);
    Async::then(read, m_compare, [this, held, label](const LiveSnapshot::Read& r) {
        const SnapshotReader::Result& live = r.snapshot;
        const GraphError& error = r.error;
        if (error.isError() || !live.ok()) {
            finish(-1);
            refuse(tr("Compare snapshot with the tenant"),
                   tr("The tenant could not be read: %1 Nothing was compared.")
                       .arg(error.isError() ? error.summary() : live.error));
            return;
        }
        if (m_progress) {
            m_progress->setLabelText(tr("Comparing…"));
        }
        struct After
        {
            SnapshotIndex index;
            QList<SnapshotChange> changes;
        };
        const TenantSnapshot snapshot = *live.snapshot;
        auto work = QtConcurrent::run(WorkerPool::instance(), [held, snapshot] {
            auto after = std::make_shared<After>();
            after->index = SnapshotIndex::build(snapshot);
            after->changes = SnapshotDiff::compare(*held, after->index, RiskCatalog::builtIn());
            // The tenant as read now is an observation too: recorded, then every grant's row
            // says since when ConsentDesk has seen it.
            const FirstSeenHistory history = FirstSeenHistory::record(after->index.tenantId(),
                                                                      FirstSeenHistory::claimsOf(after->index),
                                                                      after->index.createdDateTime(),
                                                                      FirstSeenHistory::Source::Live);
            SnapshotDiff::addFirstSeen(after->changes, history);
            return after;
        });
        later(work, m_compare, [this, held, label](const std::shared_ptr<After>& after) {
            // Recorded on the worker: the session's copy reads the history again.
            if (m_session
                && m_session->firstSeen()->tenantId().compare(after->index.tenantId(), Qt::CaseInsensitive) == 0) {
                m_session->firstSeen()->load();
            }
            showDiff(after->changes, *held, label, after->index, tr("the tenant now"));
        });
    });
}

void SnapshotActions::showDiff(const QList<SnapshotChange>& changes,
                               const SnapshotIndex& before,
                               const QString& beforeLabel,
                               const SnapshotIndex& after,
                               const QString& afterLabel)
{
    if (!m_dialog) {
        m_dialog = new SnapshotDiffDialog(m_window);
        m_dialog->setWindowModality(Qt::WindowModal); // results of what the admin asked for, until closed
    }
    m_dialog->setChanges(changes,
                         {beforeLabel, before.tenantDisplayName(), when(before.createdDateTime())},
                         {afterLabel, after.tenantDisplayName(), when(after.createdDateTime())},
                         before.missingParts(),
                         after.missingParts());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow(); // the admin asked for it: keys go to it, not to the window behind
    finish(int(changes.size()));
}
