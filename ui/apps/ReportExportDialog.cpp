#include "ReportExportDialog.h"

#include "BackgroundSaveFile.h"
#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/ViewStyle.h"
#include "report/PermissionReport.h"
#include "report/PermissionTableSink.h"
#include "report/TableStreamWriter.h"
#include "session/FirstSeenState.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

ReportExportDialog::ReportExportDialog(GraphClient* graph, FirstSeenState* firstSeen, QWidget* parent)
    : QDialog(parent)
    , m_engine(new PermissionReportEngine(graph, this))
    , m_firstSeen(firstSeen)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export the full permission report"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Reading every app's permissions…"), this);
    m_status->setObjectName(QStringLiteral("reportExportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportExportProgress"));
    m_progress->setRange(0, 0); // until Graph says how many grants there are
    layout->addWidget(m_progress);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("reportExportCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("reportExportOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    ViewStyle::makeNotice(m_outcome);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("reportExportCancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("reportExportClose"));
    m_close->hide();
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ReportExportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_engine, &PermissionReportEngine::progress, this, &ReportExportDialog::onProgress);
    connect(m_engine, &PermissionReportEngine::finished, this, &ReportExportDialog::onFinished);
}

ReportExportDialog::~ReportExportDialog()
{
    if (m_engine->isRunning()) {
        m_engine->cancel();
    }
    m_sink.reset(); // before the file it writes to
    m_writer.reset();
}

bool ReportExportDialog::isRunning() const
{
    return m_engine->isRunning() || m_saving;
}

bool ReportExportDialog::start(const QString& path, TableWriter::Format format)
{
    if (isRunning()) {
        return false;
    }
    m_path = path;
    m_succeeded = false;
    m_writeFailed = false;
    m_writeError.clear();
    m_sink.reset();
    m_writer.reset();
    m_file = std::make_unique<BackgroundSaveFile>(path);
    QString error;
    if (!m_file->open(&error)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, error));
        m_progress->hide();
        m_cancel->hide();
        m_close->show();
        return false;
    }
    connect(m_file.get(), &BackgroundSaveFile::writeFailed, this, [this](const QString& writeError) {
        m_writeFailed = true; // a full disk: stop reading, say so
        m_writeError = writeError;
        cancel();
    });
    // The CLI's columns, FirstSeen last (empty cells when the session keeps no history).
    m_writer
        = std::make_unique<TableStreamWriter>(format,
                                              PermissionReport::columns() << PermissionReport::firstSeenColumn(),
                                              [file = m_file.get()](const QByteArray& bytes) { file->write(bytes); });
    m_sink = std::make_unique<PermissionTableSink>(m_writer.get());
    m_history.reset();
    if (m_firstSeen && !m_firstSeen->tenantId().isEmpty()) {
        m_history = m_firstSeen->history();
        if (!m_firstSeen->isLoaded()) {
            m_history->load(); // the session's read has not finished yet: the dates come from the file
        }
    }
    m_sink->setFirstSeen(m_history ? &*m_history : nullptr, QDateTime::currentDateTimeUtc());
    m_engine->setSink(m_sink.get());
    m_status->setText(tr("Reading every app's permissions into %1…").arg(QFileInfo(path).fileName()));
    m_cancel->show();
    m_close->hide();
    m_outcome->hide();
    return m_engine->start();
}

void ReportExportDialog::onProgress(const PermissionReportEngine::Progress& p)
{
    if (p.grantsExpected > 0) {
        m_progress->setRange(0, p.grantsExpected);
        m_progress->setValue(std::min(p.grants, p.grantsExpected));
    }
    // Two short lines: what was written, and how much of the tenant it took to get there.
    const QString written = tr("%n row(s) written", nullptr, int(std::min<qint64>(p.rows, INT_MAX)));
    const QString read = tr("%1, %2 and %3", "delegated grants, application permissions, apps")
                             .arg(tr("%n delegated grant(s)", nullptr, p.grants),
                                  tr("%n application permission(s)", nullptr, p.assignments),
                                  tr("%n app(s)", nullptr, p.servicePrincipals));
    const QString cost = tr("%1, %2", "pages, requests")
                             .arg(tr("%n page(s)", nullptr, p.pages), tr("%n request(s)", nullptr, int(p.requests)));
    m_counts->setText(tr("%1: %2", "rows written: what they came from").arg(written, read) + QLatin1Char('\n') + cost);
}

void ReportExportDialog::fitHeight()
{
    // A top-level window does not follow its wrapped labels' height by itself.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

void ReportExportDialog::cancel()
{
    if (m_engine->isRunning()) {
        m_engine->cancel();
    }
}

void ReportExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return; // the dialog stays to say it was cancelled
    }
    QDialog::reject();
}

void ReportExportDialog::saveFirstSeen()
{
    if (!m_history) {
        return;
    }
    // Grants this report saw first are appended to the history file off the GUI thread; the session then reads the
    // file again, so its views show the same dates as the report.
    const QFuture<bool> saved = QtConcurrent::run(WorkerPool::instance(), [history = *m_history] {
        FirstSeenHistory noted = history;
        return noted.save();
    });
    m_history.reset();
    Async::then(saved, m_firstSeen.data(), [firstSeen = m_firstSeen](bool) {
        if (firstSeen) {
            firstSeen->load();
        }
    });
}

void ReportExportDialog::onFinished(const PermissionReportEngine::Result& result)
{
    m_result = result;
    m_cancel->setEnabled(false); // nothing left to cancel: the file is being saved or discarded
    m_saving = true;
    if (result.error.isError() || m_writeFailed) {
        // Nothing half-written where a complete report would be expected.
        Async::then(m_file->discard(), this, [this, result](const QString&) {
            m_saving = false;
            if (m_writeFailed) {
                showFailure(tr("Could not write %1: %2. Nothing was saved.").arg(m_path, m_writeError));
            } else if (result.error.kind == GraphError::Kind::Cancelled) {
                showFailure(tr("Cancelled. Nothing was saved."));
            } else {
                showFailure(
                    tr("Could not read everything: %1. Nothing was saved; try again.").arg(result.error.summary()));
            }
        });
        return;
    }
    m_writer->finish();
    Async::then(m_file->commit(), this, [this](const QString& error) { onSaved(error); });
}

void ReportExportDialog::showDone()
{
    m_cancel->hide();
    m_cancel->setEnabled(true);
    m_close->show();
    m_close->setDefault(true);
}

void ReportExportDialog::showFailure(const QString& status)
{
    showDone();
    m_progress->hide();
    m_status->setText(status);
    fitHeight(); // the longer text wraps: the dialog grows instead of cutting it
    emit exportFinished(false);
}

void ReportExportDialog::onSaved(const QString& error)
{
    m_saving = false;
    const PermissionReportEngine::Result& result = m_result;
    if (!error.isEmpty() || m_writeFailed) {
        showFailure(tr("Could not write %1: %2. Nothing was saved.")
                        .arg(m_path, m_writeError.isEmpty() ? error : m_writeError));
        return;
    }
    showDone();
    const QLocale locale;
    QStringList notes;
    m_succeeded = true;
    saveFirstSeen();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_status->setText(tr("Saved %n row(s) to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX))).arg(m_path)
                      + QLatin1Char(' ')
                      + tr("Read in %1 s with %n request(s).", nullptr, int(result.requests))
                            .arg(locale.toString(double(result.elapsedMs) / 1000.0, 'f', 1)));
    if (result.hasMismatch()) {
        notes << tr("Graph listed a different number of items than it counted, so the report may be incomplete (a "
                    "known Graph paging problem); export again later. %1")
                     .arg(result.mismatches().join(QStringLiteral("; ")));
    }
    if (!result.notFound.isEmpty()) {
        notes << tr("%n service principal(s) that grants or assignments refer to could not be found in the directory; "
                    "their rows say \"(not found)\" with the id.",
                    nullptr,
                    int(result.notFound.size()));
    }
    if (result.usersNotFound > 0) {
        notes << tr("%n user(s) with their own consent could not be found; their rows name the user's id.",
                    nullptr,
                    result.usersNotFound);
    }
    if (!result.resolvedOutsideList.isEmpty()) {
        notes << tr("%n app(s) missing from Graph's list were read one by one.",
                    nullptr,
                    int(result.resolvedOutsideList.size()));
    }
    m_outcome->setText(notes.join(QLatin1Char('\n')));
    m_outcome->setVisible(!notes.isEmpty());
    fitHeight();
    emit exportFinished(true);
}
