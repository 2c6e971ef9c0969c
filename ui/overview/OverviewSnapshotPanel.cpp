#include "OverviewSnapshotPanel.h"

#include "async/Async.h"
#include "async/WorkerPool.h"
#include "common/ViewStyle.h"
#include "consent/TenantInventory.h"
#include "report/SnapshotCatalog.h"
#include "report/SnapshotDiff.h"
#include "report/SnapshotIndex.h"
#include "report/SnapshotReader.h"
#include "risk/RiskCatalog.h"
#include "session/TenantAppsState.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// What an app that holds more or less holds now, in numbers: "Users with their own consent: 3 → 2".
QString tallyText(const SnapshotChange& change)
{
    const SnapshotChange::Words& before = change.beforeWords;
    const SnapshotChange::Words& after = change.afterWords;
    if (before.wording != SnapshotChange::Wording::AppTally || after.wording != SnapshotChange::Wording::AppTally) {
        //: a change since the last snapshot: the app holds more or less than it did
        return OverviewSnapshotPanel::tr("Holds more or less");
    }
    const QLocale locale;
    QStringList parts;
    if (before.scopes != after.scopes) {
        //: an app's change since the last snapshot: %1 before, %2 now
        parts.append(OverviewSnapshotPanel::tr("Scopes for all users: %1 → %2")
                         .arg(locale.toString(before.scopes), locale.toString(after.scopes)));
    }
    if (before.users != after.users) {
        //: an app's change since the last snapshot: %1 before, %2 now
        parts.append(OverviewSnapshotPanel::tr("Users with their own consent: %1 → %2")
                         .arg(locale.toString(before.users), locale.toString(after.users)));
    }
    if (before.applicationPermissions != after.applicationPermissions) {
        //: an app's change since the last snapshot: %1 before, %2 now
        parts.append(
            OverviewSnapshotPanel::tr("Application permissions: %1 → %2")
                .arg(locale.toString(before.applicationPermissions), locale.toString(after.applicationPermissions)));
    }
    return parts.join(QStringLiteral("; "));
}

QString changeText(const SnapshotChange& change)
{
    switch (change.change) {
    case SnapshotChange::Change::Added:
        //: a change since the last snapshot: the app is new in the tenant
        return OverviewSnapshotPanel::tr("New");
    case SnapshotChange::Change::Removed:
        //: a change since the last snapshot: the app no longer holds anything in the tenant
        return OverviewSnapshotPanel::tr("Gone");
    case SnapshotChange::Change::Changed:
        break;
    }
    return tallyText(change);
}

} // namespace

OverviewSnapshotPanel::OverviewSnapshotPanel(QAction* exportSnapshot, QWidget* parent)
    : QWidget(parent)
    , m_exportAction(exportSnapshot)
{
    setObjectName(QStringLiteral("overviewSnapshotPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_text = ViewStyle::plainLabel(this, "overviewSnapshotText");
    m_export = new QPushButton(tr("Export a snapshot…"), this);
    m_export->setObjectName(QStringLiteral("overviewSnapshotExport"));
    m_export->setAccessibleName(tr("Export a snapshot of the tenant (File menu, Export snapshot)"));
    m_full = new QPushButton(tr("Compare in full…"), this);
    m_full->setObjectName(QStringLiteral("overviewSnapshotCompare"));
    m_full->setAccessibleName(tr("Compare the last snapshot with the tenant, every permission and user"));
    row->addWidget(m_text, 1);
    row->addWidget(m_export, 0, Qt::AlignTop);
    row->addWidget(m_full, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_changes = new OverviewAppList(QStringLiteral("overviewSnapshotChanges"),
                                    tr("Apps changed since the last snapshot"),
                                    tr("One app a row, riskiest first. Selecting a new app or one that holds more or "
                                       "less opens it in Apps and permissions."),
                                    {tr("App"), tr("Since the snapshot"), tr("Risk")},
                                    true,
                                    this);
    m_changes->hide();
    layout->addWidget(m_changes);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("overviewSnapshotMore"));
    m_more->hide();
    layout->addWidget(m_more, 0, Qt::AlignLeft);

    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_exportAction) {
            m_exportAction->trigger();
        }
    });
    if (m_exportAction) {
        connect(m_exportAction, &QAction::changed, this, [this] { m_export->setEnabled(m_exportAction->isEnabled()); });
        m_export->setEnabled(m_exportAction->isEnabled());
    }
    connect(m_full, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty()) {
            emit compareInFullRequested(m_path);
        }
    });
    connect(m_more, &QPushButton::clicked, this, &OverviewSnapshotPanel::showAll);
    connect(m_changes, &OverviewAppList::activated, this, &OverviewSnapshotPanel::activated);
    setTenant({}, nullptr);
}

void OverviewSnapshotPanel::setTenant(const QString& tenantId, TenantAppsState* apps)
{
    if (m_apps) {
        disconnect(m_apps, nullptr, this, nullptr);
    }
    m_tenantId = tenantId;
    m_apps = apps;
    if (m_apps) {
        connect(m_apps, &TenantAppsState::started, this, &OverviewSnapshotPanel::refresh);
        connect(m_apps, &TenantAppsState::finished, this, &OverviewSnapshotPanel::refresh);
    }
    refresh();
}

QString OverviewSnapshotPanel::takenText() const
{
    return QLocale().toString(m_taken.toLocalTime(), QLocale::ShortFormat);
}

void OverviewSnapshotPanel::setText(const QString& text)
{
    m_text->setText(ViewStyle::tenantText(text));
}

void OverviewSnapshotPanel::refresh()
{
    Async::cancel(m_read);
    m_comparing = false;
    m_found.clear();
    m_expanded = false;
    m_changes->setRows({});
    m_changes->hide();
    m_more->hide();
    m_path.clear();
    m_taken = {};
    m_full->hide();
    m_export->hide();
    if (m_tenantId.isEmpty()) {
        setText(tr("Sign in to see what changed in the tenant since its last snapshot."));
        return;
    }
    const std::optional<SnapshotCatalog::Entry> latest = SnapshotCatalog().latest(m_tenantId);
    if (!latest) {
        setText(tr("This computer has no snapshot of this tenant yet. Export one (File → Export snapshot…, or "
                   "consentdesk-cli snapshot export on a schedule) and this card shows what changed after it."));
        m_export->show();
        return;
    }
    m_path = latest->path;
    m_taken = latest->taken;
    m_full->show();
    compareNow();
}

void OverviewSnapshotPanel::compareNow()
{
    if (!m_apps || !m_apps->isLoaded() || m_apps->isLoading()) {
        //: %1 is the date and time the snapshot was taken
        setText(tr("Comparing with the snapshot of %1 once the tenant's apps are read…").arg(takenText()));
        return;
    }
    const TenantInventory live = m_apps->inventory();
    if (live.error && live.error.kind != GraphError::Kind::Cancelled) {
        // Apps missing from a partial read would show as gone: nothing is compared rather than a change invented.
        //: %1 is the date and time the snapshot was taken
        setText(tr("Not all of the tenant's apps could be read, so they are not compared with the snapshot of %1. "
                   "Refresh to read them again.")
                    .arg(takenText()));
        return;
    }
    m_comparing = true;
    //: %1 is the date and time the snapshot was taken
    setText(tr("Comparing with the snapshot of %1…").arg(takenText()));
    m_read = QtConcurrent::run(WorkerPool::instance(), &OverviewSnapshotPanel::compare, m_path, live);
    Async::then(m_read, this, [this](const Comparison& comparison) {
        show(comparison);
        emit compared();
    });
}

OverviewSnapshotPanel::Comparison OverviewSnapshotPanel::compare(const QString& path, const TenantInventory& live)
{
    Comparison comparison;
    const SnapshotReader::Result read = SnapshotReader::readFile(path);
    if (!read.ok()) {
        comparison.error = read.error;
        return comparison;
    }
    comparison.taken = read.snapshot->createdDateTime;
    comparison.changes
        = SnapshotDiff::compareInventory(SnapshotIndex::build(*read.snapshot), live, RiskCatalog::builtIn());
    return comparison;
}

void OverviewSnapshotPanel::show(const Comparison& comparison)
{
    m_comparing = false;
    if (!comparison.error.isEmpty()) {
        //: %1 is the date and time the snapshot was taken, %2 says why its file was refused
        setText(
            tr("The snapshot of %1 could not be read, so nothing was compared: %2").arg(takenText(), comparison.error));
        return;
    }
    if (comparison.taken.isValid()) {
        m_taken = comparison.taken;
    }
    m_found = comparison.changes;
    m_expanded = false;
    if (m_found.isEmpty()) {
        //: %1 is the date and time the snapshot was taken
        setText(tr("No app came, went or holds more or less since the snapshot of %1.").arg(takenText()));
        return;
    }
    //: %1 is the date and time the snapshot was taken
    setText(tr("%n app(s) changed since the snapshot of %1, riskiest first.", nullptr, int(m_found.size()))
                .arg(takenText()));
    fillRows();
    m_changes->show();
}

void OverviewSnapshotPanel::fillRows()
{
    QList<OverviewAppList::Row> rows;
    const int shown = m_expanded ? int(m_found.size()) : std::min(int(m_found.size()), ShortList);
    for (int i = 0; i < shown; ++i) {
        const SnapshotChange& change = m_found.at(i);
        OverviewAppList::Row row;
        row.columns = {change.app, changeText(change), Risk::displayName(change.risk)};
        row.color = ViewStyle::riskColor(change.risk);
        row.bold = change.change != SnapshotChange::Change::Removed && ViewStyle::isRiskBold(change.risk);
        if (change.change != SnapshotChange::Change::Removed && !change.appId.isEmpty()) {
            row.viewId = QStringLiteral("apps"); // a gone app is in no view any more
            row.filter = {QStringLiteral("app"), change.appId, QString()};
        }
        rows.append(row);
    }
    m_changes->setRows(rows);
    // As tall as its rows (a dozen at most, then it scrolls): no empty grid under a short list.
    const int visible = std::clamp(int(rows.size()), 1, 12);
    const int rowHeight = rows.isEmpty() ? m_changes->fontMetrics().height() : m_changes->sizeHintForRow(0);
    m_changes->setFixedHeight(m_changes->header()->sizeHint().height() + visible * rowHeight
                              + 2 * m_changes->frameWidth() + 2);
    const int hidden = int(m_found.size()) - shown;
    m_more->setVisible(hidden > 0);
    if (hidden > 0) {
        //: a button under a short list: shows the other rows
        m_more->setText(tr("%n more…", nullptr, hidden));
        m_more->setAccessibleName(tr("Show the %n other changed app(s)", nullptr, hidden));
    }
}

void OverviewSnapshotPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_found.isEmpty()) {
        fillRows(); // the risk colours follow the palette (dark, high contrast)
    }
}

void OverviewSnapshotPanel::showAll()
{
    m_expanded = true;
    fillRows();
    m_changes->setFocus();
}
