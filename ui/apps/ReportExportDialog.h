#pragma once

#include "report/FirstSeenHistory.h"
#include "report/PermissionReportEngine.h"
#include "report/TableWriter.h"

#include <QDialog>

#include <QPointer>

#include <memory>
#include <optional>

class BackgroundSaveFile;
class FirstSeenState;
class GraphClient;
class PermissionTableSink;
class QLabel;
class QProgressBar;
class QPushButton;
class TableStreamWriter;

/**
 * The full permission report saved from the Apps view: every permission of every app, the columns the CLI prints,
 * written to the file as Graph's pages arrive (PermissionReportEngine), with what has been read so far — rows,
 * grants, application permissions, pages, requests — and Cancel. The file appears only when the report is complete
 * (QSaveFile): a cancelled or failed export leaves nothing that could pass for a whole tenant. The file is written and
 * committed on a thread of its own (BackgroundSaveFile), so the disk never stalls the window. Non-modal: the rest of
 * ConsentDesk stays usable while it runs. With the session's first-seen history, each row ends with the date
 * ConsentDesk first saw the grant (as the CLI's `grants list --all --permissions`); a grant never seen before is
 * dated today and recorded once the report is saved.
 */
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportExportDialog(GraphClient* graph, FirstSeenState* firstSeen, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    // Opens the file and starts reading; false (and a message in the dialog) when the file cannot be written.
    bool start(const QString& path, TableWriter::Format format);
    bool isRunning() const; // reading, or still saving the file
    bool succeeded() const { return m_succeeded; }
    PermissionReportEngine::Result result() const { return m_result; }
    PermissionReportEngine* engine() const { return m_engine; }

    void reject() override; // Esc, the close box, a session that ended: cancel first (the dialog stays to say so)

signals:
    void exportFinished(bool succeeded);

private:
    void onProgress(const PermissionReportEngine::Progress& progress);
    void onFinished(const PermissionReportEngine::Result& result);
    void onSaved(const QString& error); // the file's end, back from its thread
    void showFailure(const QString& status);
    void showDone(); // Close instead of Cancel
    void cancel();
    void fitHeight();
    void saveFirstSeen();

    PermissionReportEngine* m_engine = nullptr;
    std::unique_ptr<BackgroundSaveFile> m_file;
    bool m_saving = false; // the file's commit or discard is under way
    std::unique_ptr<TableStreamWriter> m_writer;
    std::unique_ptr<PermissionTableSink> m_sink;
    QPointer<FirstSeenState> m_firstSeen;
    std::optional<FirstSeenHistory> m_history; // the session's, taught this report's rows
    QString m_path;
    bool m_succeeded = false;
    bool m_writeFailed = false;
    QString m_writeError;
    PermissionReportEngine::Result m_result;

    QLabel* m_status = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_outcome = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};
