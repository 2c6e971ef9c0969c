#include "SnapshotActions.h"

#include "SnapshotDiffDialog.h"
#include "common/ViewStyle.h"
#include "report/FirstSeenHistory.h"
#include "report/LiveSnapshot.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotDiff.h"
#include "report/SnapshotExporter.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"
#include "risk/RiskCatalog.h"
#include "session/SessionState.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSaveFile>

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
    m_export->setToolTip(
        ViewStyle::plainToolTip(tr("Save the tenant's apps, grants, requests and consent settings to one file.")));
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

void SnapshotActions::observe(const SnapshotIndex& index)
{
    FirstSeenHistory history(index.tenantId());
    if (history.load()) {
        history.observe(index, index.createdDateTime(), FirstSeenHistory::Source::Snapshot);
    }
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

std::optional<SnapshotIndex> SnapshotActions::readIndex(const QString& path)
{
    const SnapshotReader::Result read = SnapshotReader::readFile(path);
    if (!read.ok()) {
        refuse(tr("Cannot open the snapshot"),
               tr("%1 cannot be opened: %2 Nothing was compared.").arg(QDir::toNativeSeparators(path), read.error));
        return std::nullopt;
    }
    SnapshotCatalog().remember(path, read.snapshot->tenantId, read.snapshot->createdDateTime);
    SnapshotIndex index = SnapshotIndex::build(*read.snapshot);
    observe(index);
    return index;
}

void SnapshotActions::compareFiles(const QString& beforePath, const QString& afterPath)
{
    const auto before = readIndex(beforePath);
    const auto after = before ? readIndex(afterPath) : std::nullopt;
    if (!before || !after) {
        emit compared(-1);
        return;
    }
    showDiff(*before, QFileInfo(beforePath).fileName(), *after, QFileInfo(afterPath).fileName());
}

void SnapshotActions::compareWithTenant(const QString& beforePath)
{
    if (!m_session || m_busy) {
        return;
    }
    const auto before = readIndex(beforePath);
    if (!before) {
        emit compared(-1);
        return;
    }
    m_busy = true;
    setSession(m_session);
    auto* progress = new QProgressDialog(tr("Reading the tenant to compare…"), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("snapshotCompareProgress"));
    progress->setWindowTitle(tr("Compare snapshot with the tenant"));
    progress->setMinimumDuration(500);
    SnapshotExporter::Options options;
    options.tenantId = m_session->account().tenantId;
    options.createdBy = m_session->account().userPrincipalName;
    auto held = std::make_shared<SnapshotIndex>(*before);
    const QString label = QFileInfo(beforePath).fileName();
    LiveSnapshot::read(m_graph,
                       m_exchange,
                       options,
                       this,
                       [this, progress, held, label](const SnapshotReader::Result& live, const GraphError& error) {
                           progress->deleteLater();
                           m_busy = false;
                           setSession(m_session);
                           if (error.isError() || !live.ok()) {
                               refuse(tr("Compare snapshot with the tenant"),
                                      tr("The tenant could not be read: %1 Nothing was compared.")
                                          .arg(error.isError() ? error.summary() : live.error));
                               emit compared(-1);
                               return;
                           }
                           const SnapshotIndex after = SnapshotIndex::build(*live.snapshot);
                           observe(after);
                           showDiff(*held, label, after, tr("the tenant now"));
                       });
}

void SnapshotActions::showDiff(const SnapshotIndex& before,
                               const QString& beforeLabel,
                               const SnapshotIndex& after,
                               const QString& afterLabel)
{
    const QList<SnapshotChange> changes = SnapshotDiff::compare(before, after, RiskCatalog::builtIn());
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
    emit compared(int(changes.size()));
}
