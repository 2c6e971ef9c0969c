#pragma once

#include "pipeline/WriteRun.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * What a run did, write by write, Microsoft Graph or Exchange Online alike: a summary line, one row per write (done,
 * failed with the reason in an admin's words, skipped or not run), Close, and after a partial failure "Roll back what
 * succeeded…" (rollbackRequested), so the tenant is never left half-changed without a choice.
 */
class ExecutionResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExecutionResultDialog(const WriteRun& run, QWidget* parent = nullptr);

    QPushButton* rollbackButton() const { return m_rollback; }

signals:
    void rollbackRequested();

private:
    void addResult(const WriteRun::Result& result);

    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_rollback = nullptr;
};
