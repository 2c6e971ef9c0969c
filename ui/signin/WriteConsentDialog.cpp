#include "WriteConsentDialog.h"

#include "common/WrappedColumn.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

WriteConsentDialog::WriteConsentDialog(const QList<ConsentDeskScopes::Permission>& permissions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("writeConsentDialog"));
    setWindowTitle(tr("Allow ConsentDesk to make changes"));
    resize(720, 340);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You signed in with read access only. To make changes, ConsentDesk needs these "
                                "delegated permissions. It can never do more than your own directory role allows."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("writePermissionList"));
    list->setAccessibleName(tr("Permissions to allow, and why"));
    list->setAccessibleDescription(
        tr("One row per permission ConsentDesk asks for to make changes, and why it needs it."));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Permission"), tr("Why ConsentDesk needs it")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    new WrappedColumn(list, 1); // the whole "why", not its first words
    for (const auto& permission : permissions) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, permission.name);
        item->setText(1, permission.reason);
    }
    WrappedColumn::fit(list);
    layout->addWidget(list, 1);

    auto* browser = new QLabel(tr("Your browser opens to ask for them. If your organization requires an administrator "
                                  "to approve them, the browser says so and nothing changes here."),
                               this);
    browser->setWordWrap(true);
    layout->addWidget(browser);

    auto* buttons = new QDialogButtonBox(this);
    auto* proceed = buttons->addButton(tr("Continue in browser"), QDialogButtonBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("writeConsentProceed"));
    auto* decline = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    decline->setObjectName(QStringLiteral("writeConsentDecline"));
    decline->setDefault(true); // a change of permissions is never the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
