#include "SnapshotDiffDialog.h"

#include "common/ViewStyle.h"
#include "report/FirstSeenHistory.h"
#include "report/SnapshotDiff.h"
#include "report/TableWriter.h"
#include "report/TenantText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
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
    FirstSeenColumn,
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
                                        tr("After"),
                                        //: Column title: the date ConsentDesk first saw the grant (a short date column)
                                        tr("First seen")});
    const QString firstSeenTip = tr("The day ConsentDesk on this computer first saw the grant, in a list it read or a "
                                    "snapshot it opened. Graph keeps no date for a grant, so it may be older.");
    m_model->setHeaderData(FirstSeenColumn, Qt::Horizontal, ViewStyle::plainToolTip(firstSeenTip), Qt::ToolTipRole);
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
    // One line a row, whatever a name's length: long texts end in "…" (each cell's tooltip says it whole) rather
    // than make their rows many lines tall.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_table->viewport()->installEventFilter(this);

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

void SnapshotDiffDialog::setChanges(const QList<SnapshotChange>& changes,
                                    const SnapshotDiffReport::Side& before,
                                    const SnapshotDiffReport::Side& after,
                                    const QStringList& missingBefore,
                                    const QStringList& missingAfter)
{
    m_changes = changes;
    m_before = before;
    m_after = after;
    m_notCompared.clear();
    m_model->removeRows(0, m_model->rowCount());
    for (const auto& c : changes) {
        QList<QStandardItem*> row;
        auto* risk = item(Risk::displayName(c.risk));
        risk->setData(int(c.risk), Qt::UserRole);
        row << risk;
        for (const QString& text : {SnapshotChange::changeText(c.change),
                                    SnapshotChange::kindText(c.kind),
                                    c.app,
                                    c.permissionText(),
                                    c.resource,
                                    c.principal,
                                    c.beforeText(),
                                    c.afterText(),
                                    FirstSeenHistory::dateText(c.firstSeen)}) {
            // App, principal and policy names: shown, not reordered, on one line (a name's line breaks as spaces).
            auto* i = item(TenantText::singleLine(ViewStyle::tenantText(text)));
            i->setData(text.toLower(), Qt::UserRole);
            i->setToolTip(ViewStyle::plainToolTip(text)); // the whole text where a capped column elides it
            row << i;
        }
        m_model->appendRow(row);
    }
    m_table->sortByColumn(RiskColumn, Qt::DescendingOrder);
    // What each column needs whole (as resizeColumnsToContents measures it: the last one is stretched after that).
    const QAbstractItemView* view = m_table;
    m_naturalWidths.clear();
    for (int column = 0; column < ColumnCount; ++column) {
        m_naturalWidths.append(
            std::max(view->sizeHintForColumn(column), m_table->horizontalHeader()->sectionSizeHint(column)));
    }
    fitColumns();
    QString summary = changes.isEmpty()
                          ? tr("No differences between %1 (%2) and %3 (%4).")
                                .arg(before.label, before.taken, after.label, after.taken)
                          : tr("%n change(s) from %1 (%2) to %3 (%4), riskiest first.", nullptr, int(changes.size()))
                                .arg(before.label, before.taken, after.label, after.taken);
    // The parts are Graph's names for what could not be read ("applicationAccessPolicies").
    for (const auto& [label, missing] :
         {std::pair(before.label, missingBefore), std::pair(after.label, missingAfter)}) {
        if (!missing.isEmpty()) {
            m_notCompared.append(tr("Not compared, because %1 could not read it: %2.")
                                     .arg(label, QLocale().createSeparatedList(missing)));
            summary += QLatin1Char(' ') + m_notCompared.constLast();
        }
    }
    m_summary->setText(ViewStyle::tenantText(summary)); // the files' labels may name the tenant
}

bool SnapshotDiffDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns(); // the dialog was resized, or the vertical scroll bar came or went
    }
    return QDialog::eventFilter(watched, event);
}

void SnapshotDiffDialog::fitColumns()
{
    if (m_naturalWidths.size() != ColumnCount) {
        return;
    }
    // Long texts (a 200-character app name, a policy's name, a kind or value in French or Spanish) must not push
    // After and First seen out of sight: wide columns share the room that is left and end in "…" (the tooltip says
    // each cell whole). The tenant's names (App, Permission, Resource, User) give way first, down to 10 characters;
    // the dialog's own words (Kind, Before, After, at most 30 characters) only then, down to 12.
    const int charWidth = fontMetrics().averageCharWidth();
    // The table's own width (without a vertical scroll bar), a character to spare for the style's rounding.
    const int room = m_table->viewport()->width() - charWidth;
    for (int column = 0; column < ColumnCount; ++column) {
        m_table->setColumnWidth(column, m_naturalWidths.at(column));
    }
    const QList<int> names {AppColumn, PermissionColumn, ResourceColumn, UserColumn};
    const QList<int> words {KindColumn, BeforeColumn, AfterColumn};
    int fixed = 0;
    for (int column : {RiskColumn, ChangeColumn, FirstSeenColumn}) {
        fixed += m_table->columnWidth(column);
    }
    for (int column : words) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), charWidth * 30));
    }
    const auto widthOf = [this](const QList<int>& columns) {
        int total = 0;
        for (int column : columns) {
            total += m_table->columnWidth(column);
        }
        return total;
    };
    const int namesRoom = room - fixed - widthOf(words);
    shareWidth(names, namesRoom, charWidth * 10);
    if (widthOf(names) > namesRoom) {
        shareWidth(words, room - fixed - widthOf(names), charWidth * 12);
    }
}

void SnapshotDiffDialog::shareWidth(const QList<int>& columns, int room, int least)
{
    // The narrow ones keep their width; the wide ones share what is left equally (never below least).
    QList<int> order = columns;
    std::sort(
        order.begin(), order.end(), [this](int a, int b) { return m_table->columnWidth(a) < m_table->columnWidth(b); });
    int left = room;
    for (int i = 0; i < order.size(); ++i) {
        const int share = left / int(order.size() - i);
        const int width = std::min(m_table->columnWidth(order.at(i)), std::max(share, least));
        m_table->setColumnWidth(order.at(i), width);
        left -= width;
    }
}

int SnapshotDiffDialog::rowCount() const
{
    return m_model->rowCount();
}

bool SnapshotDiffDialog::exportTo(const QString& path, Format format, QString* error) const
{
    QByteArray bytes;
    if (format == Format::Html) {
        // Exported from the GUI: the whole page in the GUI's language (the CLI writes it in English).
        bytes = SnapshotDiffReport::html(
            m_changes, m_before, m_after, m_notCompared, SnapshotDiffReport::Language::Interface);
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
