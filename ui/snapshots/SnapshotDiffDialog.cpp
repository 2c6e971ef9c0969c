#include "SnapshotDiffDialog.h"

#include "common/ViewStyle.h"
#include "report/SnapshotDiff.h"
#include "report/TableWriter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column {
    RiskColumn,
    ChangeColumn,
    KindColumn,
    AppColumn,
    PermissionColumn,
    ResourceColumn,
    UserColumn,
    BeforeColumn,
    AfterColumn,
    ColumnCount
};

QStandardItem* item(const QString& text)
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

} // namespace

SnapshotDiffDialog::SnapshotDiffDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("snapshotDiffDialog"));
    setWindowTitle(tr("What changed"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("snapshotDiffSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Risk"),
                                        tr("Change"),
                                        tr("Kind"),
                                        tr("App"),
                                        tr("Permission or setting"),
                                        tr("Resource"),
                                        tr("User"),
                                        tr("Before"),
                                        tr("After")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("snapshotDiffTable"));
    m_table->setAccessibleName(tr("Changes between the snapshots"));
    m_table->setAccessibleDescription(
        tr("One row per app, permission or setting that was added, removed or changed between the two snapshots."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true); // within the capped columns below
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* note = new QLabel(tr("Microsoft Graph records no time for a grant: each change happened at some moment "
                               "between the two snapshots."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("snapshotDiffExport"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &SnapshotDiffDialog::exportAsked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 600);
}

QString SnapshotDiffDialog::changeText(SnapshotChange::Change change)
{
    switch (change) {
    case SnapshotChange::Change::Added:
        return tr("Added");
    case SnapshotChange::Change::Removed:
        return tr("Removed");
    case SnapshotChange::Change::Changed:
        return tr("Changed");
    }
    return {};
}

QString SnapshotDiffDialog::kindText(SnapshotChange::Kind kind)
{
    switch (kind) {
    case SnapshotChange::Kind::App:
        return tr("App");
    //: A delegated permission granted for all users of the tenant
    case SnapshotChange::Kind::Delegated:
        return tr("Delegated, all users");
    case SnapshotChange::Kind::Application:
        return tr("Application permission");
    case SnapshotChange::Kind::UserConsent:
        return tr("A user's own consent");
    case SnapshotChange::Kind::Setting:
        return tr("Consent setting");
    case SnapshotChange::Kind::Policy:
        return tr("Policy");
    }
    return {};
}

void SnapshotDiffDialog::setChanges(const QList<SnapshotChange>& changes,
                                    const SnapshotDiffReport::Side& before,
                                    const SnapshotDiffReport::Side& after,
                                    const QStringList& missingBefore,
                                    const QStringList& missingAfter)
{
    m_changes = changes;
    m_before = before;
    m_after = after;
    m_notCompared = SnapshotDiff::notCompared(missingBefore, missingAfter);
    m_model->removeRows(0, m_model->rowCount());
    for (const auto& c : changes) {
        QList<QStandardItem*> row;
        auto* risk = item(Risk::displayName(c.risk));
        risk->setData(int(c.risk), Qt::UserRole);
        row << risk;
        for (const QString& text : {changeText(c.change),
                                    kindText(c.kind),
                                    c.app,
                                    c.permissionText(),
                                    c.resource,
                                    c.principal,
                                    c.beforeText(),
                                    c.afterText()}) {
            auto* i = item(ViewStyle::tenantText(text)); // app, principal and policy names: shown, not reordered
            i->setData(text.toLower(), Qt::UserRole);
            i->setToolTip(ViewStyle::plainToolTip(text)); // the whole text where a capped column elides it
            row << i;
        }
        m_model->appendRow(row);
    }
    m_table->sortByColumn(RiskColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    // Long texts (a policy's name, a kind or value in French or Spanish) must not push After out of sight: wide
    // columns are capped and wrap over lines; the tooltip says each cell whole.
    const int cap = fontMetrics().averageCharWidth() * 26;
    for (int column = KindColumn; column < AfterColumn; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    }
    m_table->resizeRowsToContents();
    QString summary = changes.isEmpty()
                          ? tr("No differences between %1 (%2) and %3 (%4).")
                                .arg(before.label, before.taken, after.label, after.taken)
                          : tr("%n change(s) from %1 (%2) to %3 (%4), riskiest first.", nullptr, int(changes.size()))
                                .arg(before.label, before.taken, after.label, after.taken);
    // The parts are Graph's names for what could not be read ("applicationAccessPolicies").
    for (const auto& [label, missing] :
         {std::pair(before.label, missingBefore), std::pair(after.label, missingAfter)}) {
        if (!missing.isEmpty()) {
            summary += QLatin1Char(' ')
                       + tr("Not compared, because %1 could not read it: %2.")
                             .arg(label, QLocale().createSeparatedList(missing));
        }
    }
    m_summary->setText(ViewStyle::tenantText(summary)); // the files' labels may name the tenant
}

int SnapshotDiffDialog::rowCount() const
{
    return m_model->rowCount();
}

bool SnapshotDiffDialog::exportTo(const QString& path, Format format, QString* error) const
{
    QByteArray bytes;
    if (format == Format::Html) {
        bytes = SnapshotDiffReport::html(m_changes, m_before, m_after, m_notCompared);
    } else if (format == Format::Json) {
        bytes = QJsonDocument(SnapshotDiff::toJson(m_changes)).toJson(QJsonDocument::Indented);
    } else {
        bytes = TableWriter::write(SnapshotDiff::toTable(m_changes), TableWriter::Format::Csv);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void SnapshotDiffDialog::exportAsked()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export the changes"),
                                                      QStringLiteral("consent-changes.html"),
                                                      tr("HTML report (*.html);;CSV (*.csv);;JSON (*.json)"),
                                                      &selected);
    if (path.isEmpty()) {
        return;
    }
    const Format format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)    ? Format::Csv
                          : path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json
                                                                                       : Format::Html;
    QString error;
    if (!exportTo(path, format, &error)) {
        ViewStyle::warning(
            this, tr("Export the changes"), tr("The changes could not be saved to %1: %2").arg(path, error));
    }
}
