#pragma once

#include "settings/ReviewerSearch.h"

#include <QDialog>
#include <QFuture>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

/**
 * Picks a reviewer for the admin consent workflow: a user, a group or a directory role, found by what the admin types
 * (ReviewerSearch). Opened window-modal (open()); accepted() leaves the choice in reviewer().
 */
class PickReviewerDialog : public QDialog
{
    Q_OBJECT

public:
    PickReviewerDialog(ReviewerSearch* search, QWidget* parent = nullptr);

    WorkflowReviewer reviewer() const { return m_chosen; }
    void search(); // with the type and text as they are now

private:
    ReviewerSearch* m_search = nullptr;
    QFuture<ReviewerSearch::Found> m_searching;
    QList<WorkflowReviewer> m_found;
    WorkflowReviewer m_chosen;

    QComboBox* m_type = nullptr;
    QLineEdit* m_text = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
