#include "PlanPreviewDialogBase.h"

#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "common/WrappedColumn.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

PlanPreviewDialogBase::PlanPreviewDialogBase(QWidget* parent)
    : QDialog(parent)
{
    resize(780, 480);
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("planIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_tabs = new QTabWidget(this);
    m_operations = new QTreeWidget(m_tabs);
    m_operations->setObjectName(QStringLiteral("planOperations"));
    m_operations->setAccessibleName(tr("Changes to be made"));
    m_operations->setRootIsDecorated(false);
    m_operations->setSelectionMode(QAbstractItemView::NoSelection);
    m_tabs->addTab(m_operations, tr("Changes"));

    m_powerShell = new QPlainTextEdit(m_tabs);
    m_powerShell->setObjectName(QStringLiteral("planPowerShell"));
    m_powerShell->setAccessibleName(tr("PowerShell script"));
    m_powerShell->setReadOnly(true);
    m_powerShell->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_powerShell, tr("PowerShell"));
    layout->addWidget(m_tabs, 1);
}

void PlanPreviewDialogBase::setIntro(const QString& text, const QString& note)
{
    m_intro->setText(note.isEmpty() ? text : text + QStringLiteral("\n\n") + note);
}

void PlanPreviewDialogBase::setRequestColumn(const QString& header, QHeaderView::ResizeMode mode)
{
    m_operations->setHeaderLabels({tr("#"), tr("Change"), header});
    m_operations->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_operations->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_operations->header()->setSectionResizeMode(2, mode);
    // Each change is read whole, however long (a grant of many permissions), never cut with "…".
    if (!m_operations->findChild<WrappedColumn*>()) {
        new WrappedColumn(m_operations, {1});
    }
}

QTreeWidgetItem*
PlanPreviewDialogBase::addOperation(const QString& summary, const QString& request, const QString& requestToolTip)
{
    auto* item = new QTreeWidgetItem(m_operations);
    item->setText(0, QString::number(++m_numbered));
    item->setText(1, summary);
    item->setToolTip(1, ViewStyle::plainToolTip(summary));
    item->setText(2, request);
    item->setToolTip(2, ViewStyle::plainToolTip(requestToolTip));
    return item;
}

QTreeWidgetItem* PlanPreviewDialogBase::addNote(const QString& text)
{
    auto* item = new QTreeWidgetItem(m_operations);
    item->setText(1, text);
    return item;
}

QTreeWidgetItem* PlanPreviewDialogBase::addRefusal(const QString& text, const QString& toolTip)
{
    QTreeWidgetItem* item = addNote(text);
    if (!toolTip.isEmpty()) {
        item->setToolTip(1, ViewStyle::plainToolTip(toolTip));
    }
    item->setForeground(1, StateColorPalette().color(StateColorPalette::Role::Danger));
    return item;
}

void PlanPreviewDialogBase::setPowerShell(const QString& script, const QString& tabTitle)
{
    m_powerShell->setPlainText(script);
    m_tabs->setTabText(m_tabs->indexOf(m_powerShell), tabTitle);
}

void PlanPreviewDialogBase::showPowerShellTab()
{
    m_tabs->setCurrentWidget(m_powerShell);
}

void PlanPreviewDialogBase::finish(const QStringList& warnings, const QString& applyText)
{
    if (!warnings.isEmpty()) {
        auto* box = new QLabel(warnings.join(QLatin1Char('\n')), this);
        box->setObjectName(QStringLiteral("planWarnings"));
        box->setTextFormat(Qt::PlainText);
        box->setWordWrap(true);
        ViewStyle::makeNotice(box);
        layout()->addWidget(box);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("Copy PowerShell"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPowerShellButton"));
    connect(
        copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_powerShell->toPlainText()); });
    if (!applyText.isEmpty()) {
        m_apply = buttons->addButton(applyText, QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyPlanButton"));
        m_apply->setAutoDefault(false);
    }
    auto* cancel = buttons->addButton(applyText.isEmpty() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    cancel->setDefault(true); // a tenant write is never one Enter key away
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
}

void PlanPreviewDialogBase::removeApplyButton()
{
    // Removed, not hidden: on Qt 6.4 a hidden button in a QDialogButtonBox stops Tab in the widget before the box.
    if (m_apply) {
        if (auto* box = qobject_cast<QDialogButtonBox*>(m_apply->parentWidget())) {
            box->removeButton(m_apply);
        }
        delete m_apply;
        m_apply = nullptr;
    }
}
