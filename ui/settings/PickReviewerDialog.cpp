#include "PickReviewerDialog.h"

#include "async/Async.h"
#include "common/ViewStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PickReviewerDialog::PickReviewerDialog(ReviewerSearch* search, QWidget* parent)
    : QDialog(parent)
    , m_search(search)
{
    setObjectName(QStringLiteral("pickReviewerDialog"));
    setWindowTitle(tr("Add a reviewer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reviewerType"));
    m_type->addItem(tr("User"), int(ReviewerQuery::Type::User));
    m_type->addItem(tr("Group"), int(ReviewerQuery::Type::Group));
    m_type->addItem(tr("Directory role"), int(ReviewerQuery::Type::Role));
    form->addRow(tr("&Type:"), m_type);
    auto* row = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("reviewerSearchText"));
    m_text->setPlaceholderText(tr("Start of a name or user principal name"));
    auto* find = new QPushButton(tr("&Search"), this);
    find->setObjectName(QStringLiteral("reviewerSearchButton"));
    row->addWidget(m_text, 1);
    row->addWidget(find);
    form->addRow(tr("&Name:"), row);
    layout->addLayout(form);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("reviewerResults"));
    layout->addWidget(m_results, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewerSearchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addReviewerOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    resize(460, 380);

    connect(find, &QPushButton::clicked, this, &PickReviewerDialog::search);
    connect(m_text, &QLineEdit::returnPressed, this, &PickReviewerDialog::search);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_results->clear();
        m_found.clear();
    });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0 && row < m_found.size());
    });
    connect(
        m_results, &QListWidget::itemDoubleClicked, this, [this] { m_buttons->button(QDialogButtonBox::Ok)->click(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_found.size()) {
            m_chosen = m_found.at(row);
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PickReviewerDialog::search()
{
    Async::cancel(m_searching);
    m_results->clear();
    m_found.clear();
    m_status->setText(tr("Searching…"));
    const auto type = ReviewerQuery::Type(m_type->currentData().toInt());
    m_searching = m_search->search(type, m_text->text());
    Async::then(m_searching, this, [this](const ReviewerSearch::Found& found) {
        m_found = found.reviewers;
        for (const auto& r : m_found) {
            auto* item = new QListWidgetItem(ViewStyle::tenantText(r.displayName), m_results);
            if (r.parsed.type == ReviewerQuery::Type::User && !r.accountEnabled) {
                item->setText(ViewStyle::tenantText(tr("%1 — disabled").arg(r.displayName)));
            }
        }
        m_status->setText(ViewStyle::tenantText(found.error.isError()
                                                    ? tr("The search failed: %1").arg(found.error.summary())
                                                : m_found.isEmpty() ? tr("Nothing found.")
                                                                    : QString()));
        if (!m_found.isEmpty()) {
            m_results->setCurrentRow(0);
        }
    });
}
