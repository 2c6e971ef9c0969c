#pragma once

#include "consent/GrantExecution.h"

#include <QDialog>

class QPushButton;

/**
 * What happened, write by write: succeeded, failed (with the reason in an admin's words) or skipped. After a
 * partial failure it offers to roll back what did succeed (rollbackRequested), so the tenant is never left
 * half-changed without a choice.
 */
class ExecutionResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExecutionResultDialog(const GrantExecution& execution, QWidget* parent = nullptr);

    QPushButton* rollbackButton() const { return m_rollback; }

signals:
    void rollbackRequested();

private:
    QPushButton* m_rollback = nullptr;
};
