#include "PostureDialog.h"

#include "async/Async.h"
#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "common/WrappedColumn.h"
#include "posture/PostureService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { Result, Check, Evidence, Fix };

} // namespace

PostureDialog::PostureDialog(PostureService* service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("postureDialog"));
    setWindowTitle(tr("Consent posture"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The consent checks of CISA's Secure Cloud Business Applications (SCuBA) baseline for "
                                "Microsoft Entra ID (MS.AAD.5.x), and ConsentDesk's own (CD.x)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary = ViewStyle::plainLabel(this, "postureSummary");
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("postureChecks"));
    m_tree->setAccessibleName(tr("Consent posture checks"));
    m_tree->setAccessibleDescription(
        tr("One row per consent check: whether the tenant passes it, the evidence, and the fix."));
    m_tree->setHeaderLabels({tr("Result"), tr("Check"), tr("Evidence"), tr("Fix")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Result, 90);
    m_tree->setColumnWidth(Check, 240);
    m_tree->setColumnWidth(Evidence, 380);
    // Evidence and fix are sentences (app lists): wrapped whole, never cut off.
    new WrappedColumn(m_tree, QList<int> {Check, Evidence, Fix});
    layout->addWidget(m_tree, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("postureCheckAgain"));
    m_goToFix = buttons->addButton(tr("&Go to the fix"), QDialogButtonBox::ActionRole);
    m_goToFix->setObjectName(QStringLiteral("postureGoToFix"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &PostureDialog::check);
    connect(m_goToFix, &QPushButton::clicked, this, [this] {
        const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
        if (row >= 0 && row < m_checks.size()) {
            emit fixRequested(m_checks.at(row).action, m_checks.at(row).id);
        }
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PostureDialog::updateButtons);
    layout->addWidget(buttons);
    resize(1000, 640);
    updateButtons();
}

void PostureDialog::check()
{
    Async::cancel(m_running);
    m_summary->setText(tr("Reading the tenant's consent settings, requests, users' consents and mailbox access…"));
    m_again->setEnabled(false);
    m_running = m_service->run();
    Async::then(m_running, this, [this](const QList<PostureCheck>& checks) {
        showChecks(checks);
        emit checked();
    });
}

void PostureDialog::showChecks(const QList<PostureCheck>& checks)
{
    m_checks = checks;
    m_tree->clear();
    const StateColorPalette palette;
    int fails = 0;
    int warnings = 0;
    for (const PostureCheck& c : checks) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Result, PostureCheck::statusText(c.status));
        item->setText(Check, ViewStyle::tenantText(QStringLiteral("%1 %2").arg(c.id, c.check)));
        item->setText(Evidence, ViewStyle::tenantText(c.evidence));
        item->setText(Fix, ViewStyle::tenantText(c.fix));
        const StateColorPalette::Role role = c.status == PostureCheck::Status::Fail ? StateColorPalette::Role::Danger
                                             : c.status == PostureCheck::Status::Warn
                                                 ? StateColorPalette::Role::Caution
                                                 : StateColorPalette::Role::Success;
        item->setForeground(Result, palette.color(role));
        QFont bold = item->font(Result);
        bold.setBold(c.status != PostureCheck::Status::Pass);
        item->setFont(Result, bold);
        fails += c.status == PostureCheck::Status::Fail ? 1 : 0;
        warnings += c.status == PostureCheck::Status::Warn ? 1 : 0;
    }
    const QString failText = tr("%n check(s) fail.", nullptr, fails);
    const QString warnText = tr("%n check(s) need a look.", nullptr, warnings);
    m_summary->setText(fails == 0 && warnings == 0 ? tr("Every check passes.")
                                                   : QStringLiteral("%1 %2").arg(failText, warnText));
    // A column wraps at spaces only: it is at least as wide as its longest word (German compounds run long).
    int longestWord = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        for (const QString& word : m_tree->topLevelItem(i)->text(Check).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            longestWord = std::max(longestWord, m_tree->fontMetrics().horizontalAdvance(word));
        }
    }
    m_tree->setColumnWidth(Check, std::max(m_tree->columnWidth(Check), longestWord + 16));
    WrappedColumn::fit(m_tree);
    m_again->setEnabled(true);
    updateButtons();
}

void PostureDialog::updateButtons()
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    const bool fixable = row >= 0 && row < m_checks.size() && m_checks.at(row).action != PostureCheck::Action::None
                         && m_checks.at(row).status != PostureCheck::Status::Pass;
    m_goToFix->setEnabled(fixable);
    const QString toolTip
        = fixable ? QString() : tr("Select a check that ConsentDesk can fix; the others say where to change them.");
    m_goToFix->setToolTip(ViewStyle::plainToolTip(toolTip));
}
