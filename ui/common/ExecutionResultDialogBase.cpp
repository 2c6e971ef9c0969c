#include "ExecutionResultDialogBase.h"

#include "ViewStyle.h"
#include "WrappedColumn.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ExecutionResultDialogBase::ExecutionResultDialogBase(QWidget* parent)
    : QDialog(parent)
{
    resize(760, 400);
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("executionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("executionResults"));
    m_results->setAccessibleName(tr("Result of each change"));
    m_results->setHeaderLabels({tr("Result"), tr("Change"), tr("Details")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    // What was changed and what the service answered are read whole, never cut with "…".
    new WrappedColumn(m_results, {1, 2});
    layout->addWidget(m_results, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void ExecutionResultDialogBase::addResult(Outcome outcome,
                                          const QString& change,
                                          const QString& request,
                                          const QString& message)
{
    m_outcomes.append(outcome);
    auto* item = new QTreeWidgetItem(m_results);
    switch (outcome) {
    case Outcome::Succeeded:
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(0, tr("Done", "the result of one change, in the results list"));
        break;
    case Outcome::Failed:
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setText(0, tr("Failed"));
        break;
    case Outcome::Skipped:
        item->setText(0, tr("Skipped"));
        break;
    case Outcome::Pending:
        item->setText(0, tr("Not run"));
        break;
    }
    item->setText(1, change);
    item->setToolTip(1, ViewStyle::plainToolTip(request));
    item->setText(2, message);
    item->setToolTip(2, ViewStyle::plainToolTip(message));
}

void ExecutionResultDialogBase::summarize(bool allSucceeded,
                                          const QString& allDone,
                                          const QString& note,
                                          bool canRollBack)
{
    setWindowTitle(allSucceeded ? tr("Done", "the title of the results window when every change was made")
                                : tr("Some changes were not made"));
    const int ok = count(Outcome::Succeeded);
    QString text = allSucceeded ? allDone
                                : tr("%1 succeeded, %2 failed, %3 skipped.")
                                      .arg(ok)
                                      .arg(count(Outcome::Failed))
                                      .arg(count(Outcome::Skipped));
    if (!note.isEmpty() && ok > 0) {
        text += QLatin1Char(' ') + note;
    }
    m_summary->setText(text);

    // A partial failure leaves the tenant half-changed: offer the way back, unless this already was the way back.
    if (!allSucceeded && ok > 0 && canRollBack) {
        m_rollback = m_buttons->addButton(tr("Roll back what succeeded…"), QDialogButtonBox::ActionRole);
        m_rollback->setObjectName(QStringLiteral("rollbackButton"));
        connect(m_rollback, &QPushButton::clicked, this, [this] {
            emit rollbackRequested();
            accept();
        });
    }
}

int ExecutionResultDialogBase::count(Outcome outcome) const
{
    return int(m_outcomes.count(outcome));
}
