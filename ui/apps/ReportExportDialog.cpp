#include "ReportExportDialog.h"

#include "common/ViewStyle.h"
#include "report/PermissionReport.h"
#include "report/PermissionTableSink.h"
#include "report/TableStreamWriter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

ReportExportDialog::ReportExportDialog(GraphClient* graph, QWidget* parent)
    : QDialog(parent)
    , m_engine(new PermissionReportEngine(graph, this))
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
}

bool ReportExportDialog::isRunning() const
{
    return m_engine->isRunning();
}

bool ReportExportDialog::start(const QString& path, TableWriter::Format format)
{
    m_path = path;
    m_succeeded = false;
    m_writeFailed = false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, m_file->errorString()));
        m_progress->hide();
        m_cancel->hide();
        m_close->show();
        return false;
    }
    m_writer
        = std::make_unique<TableStreamWriter>(format, PermissionReport::columns(), [this](const QByteArray& bytes) {
              if (!m_writeFailed && m_file->write(bytes) != bytes.size()) {
                  m_writeFailed = true; // a full disk: stop reading (once the engine is out of this call), say so
                  QMetaObject::invokeMethod(this, &ReportExportDialog::cancel, Qt::QueuedConnection);
              }
          });
    m_sink = std::make_unique<PermissionTableSink>(m_writer.get());
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
    if (m_engine->isRunning()) {
        cancel();
        return; // the dialog stays to say it was cancelled
    }
    QDialog::reject();
}

void ReportExportDialog::onFinished(const PermissionReportEngine::Result& result)
{
    m_result = result;
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    const QLocale locale;
    QStringList notes;
    if (result.error.isError() || m_writeFailed) {
        m_file->cancelWriting(); // nothing half-written where a complete report would be expected
        m_file->commit();
        m_progress->hide();
        if (m_writeFailed) {
            m_status->setText(tr("Could not write %1: %2. Nothing was saved.").arg(m_path, m_file->errorString()));
        } else if (result.error.kind == GraphError::Kind::Cancelled) {
            m_status->setText(tr("Cancelled. Nothing was saved."));
        } else {
            m_status->setText(
                tr("Could not read everything: %1. Nothing was saved; try again.").arg(result.error.summary()));
        }
        fitHeight(); // the longer text wraps: the dialog grows instead of cutting it
        emit exportFinished(false);
        return;
    }
    m_writer->finish();
    if (!m_file->commit()) {
        m_progress->hide();
        m_status->setText(tr("Could not write %1: %2. Nothing was saved.").arg(m_path, m_file->errorString()));
        fitHeight();
        emit exportFinished(false);
        return;
    }
    m_succeeded = true;
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
