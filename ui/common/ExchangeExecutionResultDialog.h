#pragma once

#include "exchange/ExchangeExecution.h"

#include <QDialog>

class QPushButton;

/**
 * What an ExchangePlan did, cmdlet by cmdlet: done, failed (Exchange's own words) or skipped. After a partial
 * failure it offers to roll back what did succeed (rollbackRequested). The sibling of ExecutionResultDialog.
 */
class ExchangeExecutionResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeExecutionResultDialog(const ExchangeExecution& execution, QWidget* parent = nullptr);

    QPushButton* rollbackButton() const { return m_rollback; }

signals:
    void rollbackRequested();

private:
    QPushButton* m_rollback = nullptr;
};
