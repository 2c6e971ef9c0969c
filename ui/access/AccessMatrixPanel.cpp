#include "AccessMatrixPanel.h"

#include "AccessCheckModel.h"
#include "common/ModelExporter.h"
#include "common/ViewStyle.h"
#include "exchange/MailboxAccessTester.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

AccessMatrixPanel::AccessMatrixPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Every member of the app's scope groups, and non-members:"), this));
    m_sample = new QSpinBox(this);
    m_sample->setObjectName(QStringLiteral("sampleSize"));
    m_sample->setAccessibleName(tr("Number of non-members to test"));
    m_sample->setRange(0, 100);
    m_sample->setValue(MailboxAccessTester::DefaultSampleSize);
    row->addWidget(m_sample);
    row->addStretch();
    m_run = new QPushButton(tr("Run test matrix"), this);
    m_run->setObjectName(QStringLiteral("runMatrix"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportMatrix"));
    m_export->setEnabled(false);
    row->addWidget(m_run);
    row->addWidget(m_export);
    layout->addLayout(row);
    m_summary = ViewStyle::plainLabel(this, "matrixSummary");
    layout->addWidget(m_summary);
    m_model = new AccessCheckModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Test results per mailbox"));
    m_table->setAccessibleDescription(tr("One row per mailbox tested: whether it is in the policy's scope, what "
                                         "Exchange and the directory answer, and whether they agree."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    connect(m_run, &QPushButton::clicked, this, &AccessMatrixPanel::run);
    connect(m_export, &QPushButton::clicked, this, [this]() {
        ModelExporter::exportWithDialog(
            this, *m_model, AccessCheckModel::exportKeys(), QStringLiteral("mailbox-access-%1").arg(m_appName));
    });
}

void AccessMatrixPanel::setTester(MailboxAccessTester* tester)
{
    m_tester = tester;
    m_run->setEnabled(tester != nullptr);
}

void AccessMatrixPanel::setApp(const QString& appId, const QString& displayName)
{
    m_appId = appId;
    m_appName = displayName;
    clear();
}

void AccessMatrixPanel::clear()
{
    m_model->clear();
    m_summary->clear();
    m_export->setEnabled(false);
}

bool AccessMatrixPanel::run()
{
    if (m_appId.isEmpty() || !m_tester || m_tester->isRunning()) {
        return false;
    }
    clear();
    m_summary->setText(tr("Testing…"));
    m_tester->setSampleSize(m_sample->value());
    m_run->setEnabled(false);
    const QString appId = m_appId;
    connect(m_tester, &MailboxAccessTester::checked, this, [this](int index, const MailboxAccessCheck& check) {
        if (check.appId.compare(m_appId, Qt::CaseInsensitive) == 0) {
            m_model->setCheck(index, check); // not when the admin moved on to another app meanwhile
        }
    });
    connect(
        m_tester,
        &MailboxAccessTester::finished,
        this,
        [this, appId](const QList<MailboxAccessCheck>&, const GraphError& error) {
            disconnect(m_tester, &MailboxAccessTester::checked, this, nullptr);
            m_run->setEnabled(true);
            if (appId.compare(m_appId, Qt::CaseInsensitive) == 0) {
                finish(error);
            }
        },
        Qt::SingleShotConnection);
    m_tester->matrix(appId);
    return true;
}

void AccessMatrixPanel::finish(const GraphError& error)
{
    m_export->setEnabled(m_model->rowCount() > 0);
    for (int column = 0; column < AccessCheckModel::Why; ++column) {
        m_table->resizeColumnToContents(column);
    }
    if (error) {
        m_summary->setText(ViewStyle::tenantText(tr("The matrix could not be completed: %1").arg(error.message)));
        return;
    }
    const int disagreements = m_model->disagreements();
    QString text = tr("%n mailbox(es) tested: %1 granted, %2 denied.", nullptr, m_model->rowCount())
                       .arg(m_model->count(true))
                       .arg(m_model->count(false));
    if (disagreements > 0) {
        text += QLatin1Char(' ')
                + tr("⚠ Exchange and the directory disagree on %n mailbox(es): see Why.", nullptr, disagreements);
    }
    m_summary->setText(ViewStyle::tenantText(text));
}
