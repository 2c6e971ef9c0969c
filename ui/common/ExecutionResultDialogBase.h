#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * What a plan did, write by write: a summary line, one row per write (done, failed with the reason, skipped or not
 * run), Close, and after a partial failure "Roll back what succeeded…" (rollbackRequested). Graph and Exchange
 * results read alike because ExecutionResultDialog and ExchangeExecutionResultDialog only map their execution
 * onto this.
 */
class ExecutionResultDialogBase : public QDialog
{
    Q_OBJECT

public:
    QPushButton* rollbackButton() const { return m_rollback; }

signals:
    void rollbackRequested();

protected:
    // Mirrors GrantExecution's and ExchangeExecution's Result::Status, which have the same values.
    enum class Outcome { Pending, Succeeded, Failed, Skipped };

    explicit ExecutionResultDialogBase(QWidget* parent);

    void addResult(Outcome outcome, const QString& change, const QString& request, const QString& message);
    // After the rows: the title and summary (allDone when everything succeeded, counts otherwise, then note if
    // anything was made), and the rollback button when some but not all succeeded and the plan was no rollback.
    void summarize(bool allSucceeded, const QString& allDone, const QString& note, bool canRollBack);

    template<typename Status> static Outcome outcomeOf(Status status)
    {
        switch (status) {
        case Status::Succeeded:
            return Outcome::Succeeded;
        case Status::Failed:
            return Outcome::Failed;
        case Status::Skipped:
            return Outcome::Skipped;
        case Status::Pending:
            break;
        }
        return Outcome::Pending;
    }

private:
    int count(Outcome outcome) const;

    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_rollback = nullptr;
    QList<Outcome> m_outcomes;
};
