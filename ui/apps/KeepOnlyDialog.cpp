#include "KeepOnlyDialog.h"

#include "common/ViewStyle.h"
#include "consent/RevokePlanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

KeepOnlyDialog::KeepOnlyDialog(const AppInventory& app, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
{
    setObjectName(QStringLiteral("keepOnlyDialog"));
    setWindowTitle(ViewStyle::tenantText(tr("Keep only… — %1").arg(app.app.displayName)));
    resize(640, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        ViewStyle::tenantText(tr("Tick what %1 should keep. Everything else it holds is removed: delegated "
                                 "permissions are taken out of their grants, application permissions are unassigned.")
                                  .arg(app.app.displayName)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("keepOnlyList"));
    m_list->setAccessibleName(tr("Permissions the app keeps (ticked)"));
    m_list->setAccessibleDescription(
        tr("Every permission the app has now; the ticked ones stay, all others are removed."));
    m_list->setHeaderLabels({tr("Permission"), tr("API"), tr("Type"), tr("Risk")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QSet<QString> seen;
    for (const GrantedPermission& row : app.permissions) {
        if (row.source == GrantedPermission::Source::AppRoleAssignment || seen.contains(row.permissionKey())) {
            continue;
        }
        seen.insert(row.permissionKey());
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, ViewStyle::tenantText(row.permission.value));
        item->setToolTip(0, ViewStyle::plainToolTip(row.permission.displayName));
        item->setText(1, ViewStyle::tenantText(row.permission.resourceDisplayName));
        item->setText(2, row.permission.isApplication() ? tr("Application") : tr("Delegated"));
        item->setText(3, Risk::displayName(row.permission.risk));
        item->setData(0, Qt::UserRole, row.permissionKey());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    m_list->sortItems(3, Qt::DescendingOrder);
    layout->addWidget(m_list, 1);

    m_users = new QCheckBox(tr("Also trim what users consented to themselves"), this);
    m_users->setObjectName(QStringLiteral("keepOnlyUsers"));
    m_users->setChecked(true);
    layout->addWidget(m_users);
    m_diff = new QLabel(this);
    m_diff->setObjectName(QStringLiteral("keepOnlyDiff"));
    m_diff->setTextFormat(Qt::PlainText);
    m_diff->setWordWrap(true);
    layout->addWidget(m_diff);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Review changes…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("keepOnlyReview"));
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemChanged, this, &KeepOnlyDialog::updateDiff);
    connect(m_users, &QCheckBox::toggled, this, &KeepOnlyDialog::updateDiff);
    updateDiff();
}

QStringList KeepOnlyDialog::keepKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked) {
            keys << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
        }
    }
    return keys;
}

bool KeepOnlyDialog::includeUserConsents() const
{
    return m_users->isChecked();
}

void KeepOnlyDialog::setKept(const QStringList& claimValues)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const bool kept = std::any_of(claimValues.cbegin(), claimValues.cend(), [item](const QString& value) {
            return ViewStyle::tenantText(value).compare(item->text(0), Qt::CaseInsensitive) == 0; // as shown
        });
        item->setCheckState(0, kept ? Qt::Checked : Qt::Unchecked);
    }
}

void KeepOnlyDialog::updateDiff()
{
    const RevokePlanner::KeepOnlyDiff diff = RevokePlanner::keepOnlyDiff(m_app, keepKeys(), includeUserConsents());
    QSet<QString> removedClaims;
    for (const GrantedPermission& row : diff.removed) {
        removedClaims.insert(row.permission.value);
    }
    m_diff->setText(ViewStyle::tenantText(
        diff.isEmpty() ? tr("Nothing would be removed.")
                       : tr("Keeps %1 and removes %n granted permission(s): %2.", nullptr, int(diff.removed.size()))
                             .arg(diff.kept.size())
                             .arg(QStringList(removedClaims.cbegin(), removedClaims.cend()).join(", "))));
    m_ok->setEnabled(!diff.isEmpty());
}
