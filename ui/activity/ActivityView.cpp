#include "ActivityView.h"

#include "ActivityFilterModel.h"
#include "ActivityModel.h"
#include "common/LayoutMemory.h"
#include "common/ModelExporter.h"
#include "common/ViewStyle.h"
#include "consent/Journal.h"
#include "consent/JournalSettler.h"
#include "exchange/ExchangeRestorePlanner.h"
#include "log/Log.h"
#include "pipeline/WriteRunner.h"
#include "session/SessionState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

ActivityView::ActivityView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_journal(services.journal)
    , m_graph(services.graph)
{
    setObjectName(QStringLiteral("activityView"));
    m_model = new ActivityModel(this);
    m_filter = new ActivityFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(ViewStyle::pageTitle(tr("Activity"), this));
    auto* intro = new QLabel(tr("Every change ConsentDesk made, recorded before it was sent. Removed permissions and "
                                "Exchange changes can be restored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setAccessibleName(tr("Filter the activity"));
    m_search->setPlaceholderText(tr("Filter by app, admin or change"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->addItem(tr("All changes"), int(ActivityFilterModel::Kind::All));
    m_kind->addItem(tr("Grants"), int(ActivityFilterModel::Kind::Grants));
    m_kind->addItem(tr("Removals"), int(ActivityFilterModel::Kind::Removals));
    m_kind->addItem(tr("Apps (add, block)"), int(ActivityFilterModel::Kind::Apps));
    m_kind->addItem(tr("Restores"), int(ActivityFilterModel::Kind::Restores));
    m_kind->addItem(tr("Exchange (mailbox access)"), int(ActivityFilterModel::Kind::Exchange));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("activityOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), -1);
    for (auto outcome : {JournalEntry::Outcome::Succeeded,
                         JournalEntry::Outcome::Failed,
                         JournalEntry::Outcome::Pending,
                         JournalEntry::Outcome::NotApplied}) {
        m_outcome->addItem(ActivityModel::outcomeText(outcome), int(outcome));
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_thisTenant = new QCheckBox(tr("This tenant only"), this);
    m_thisTenant->setObjectName(QStringLiteral("activityThisTenant"));
    m_thisTenant->setChecked(true);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportActivityButton"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_outcome);
    bar->addWidget(m_period);
    bar->addWidget(m_thisTenant);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Changes made with ConsentDesk"));
    m_table->setAccessibleDescription(
        tr("One row per change made with ConsentDesk; select one to see its details or to undo it."));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::Change, QHeaderView::Stretch);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("activityDetails"));
    m_details->setAccessibleName(tr("Details of the selected change"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a change to see the request, the object before it, and the answer."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setSizes({360, 220});
    layout->addWidget(splitter, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_restore = new QPushButton(tr("Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_restore);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(ActivityFilterModel::Kind(m_kind->currentData().toInt()));
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOutcome(m_outcome->currentData().toInt());
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_period->currentData().toInt();
        m_filter->setSince(days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime());
    });
    connect(
        m_thisTenant, &QCheckBox::toggled, this, [this](bool on) { m_filter->setTenant(on ? m_tenant : QString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityView::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityView::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityView::updateButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActivityView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_restore, &QPushButton::clicked, this, &ActivityView::restoreSelected);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ModelExporter::exportWithDialog(this,
                                        *m_filter,
                                        {QStringLiteral("Time"),
                                         QStringLiteral("Admin"),
                                         QStringLiteral("Action"),
                                         QStringLiteral("Change"),
                                         QStringLiteral("Outcome")},
                                        QStringLiteral("consentdesk-activity"));
    });
    if (m_journal) {
        connect(m_journal, &Journal::changed, this, &ActivityView::reload);
    }
    m_restoreFlow = new RestoreFlow(services, this);
    connect(m_restoreFlow, &RestoreFlow::statusMessage, this, &ActivityView::statusMessage);
    connect(m_restoreFlow, &RestoreFlow::busyChanged, this, &ActivityView::updateButtons);
    connect(m_restoreFlow, &RestoreFlow::finished, this, &ActivityView::reload);
    reload();
    setSession(nullptr);
}

QString ActivityView::viewTitle() const
{
    return tr("Activity");
}

QIcon ActivityView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/activity.svg"));
}

QString ActivityView::viewToolTip() const
{
    return tr("Every change ConsentDesk made, with restore");
}

void ActivityView::setSession(SessionState* session)
{
    m_restoreFlow->setSession(session);
    if (!session) {
        setCanRestore(false, tr("Sign in to restore."));
        setCanRestoreExchange(false, tr("Sign in to restore."));
        return;
    }
    setTenant(session->account().tenantId);
    settlePending(session->account().tenantId);
    const CapabilityMap::Capability revoke = session->capability(CapabilityMap::Kind::Revoke);
    setCanRestore(revoke.allowed, revoke.reason);
    const CapabilityMap::Capability exchange = session->capability(CapabilityMap::Kind::ExchangeAccessPolicies);
    setCanRestoreExchange(exchange.allowed, exchange.reason);
}

void ActivityView::settlePending(const QString& tenantId)
{
    if (!m_journal || m_journal->pending().isEmpty()) {
        return;
    }
    // Writes whose answer never arrived (the app died): ask the tenant what happened before anyone restores.
    auto* settler = new JournalSettler(m_graph, m_journal, this);
    settler->setTenantId(tenantId);
    connect(settler, &JournalSettler::finished, this, [this, settler](const JournalSettler::Summary& summary) {
        Log::get("ui")->info("journal: {} unfinished write(s) settled as done, {} as not applied, {} unresolved, {} "
                             "still being written by a running ConsentDesk{}",
                             summary.succeeded,
                             summary.notApplied,
                             summary.unresolved.size(),
                             summary.stillRunning.size(),
                             summary.tenantUnknown ? " (tenant unknown: nothing settled)" : "");
        if (!summary.unresolved.isEmpty()) {
            emit notice(tr("%n earlier change(s) could not be confirmed in the tenant; see the log.",
                           nullptr,
                           int(summary.unresolved.size())));
        }
        settler->deleteLater();
    });
    settler->settle();
}

void ActivityView::setTenant(const QString& tenantId)
{
    m_tenant = tenantId;
    m_filter->setTenant(m_thisTenant->isChecked() ? m_tenant : QString());
    updateButtons();
}

void ActivityView::setCanRestore(bool allowed, const QString& reason)
{
    m_canRestore = allowed;
    m_cannotRestoreReason = reason;
    updateButtons();
}

void ActivityView::setCanRestoreExchange(bool allowed, const QString& reason)
{
    m_canRestoreExchange = allowed;
    m_cannotRestoreExchangeReason = reason;
    updateButtons();
}

void ActivityView::restoreSelected()
{
    if (m_journal) {
        m_journal->reload(); // what other processes wrote since (a CLI's outcome, a settled entry) decides the plan
    }
    m_restoreFlow->restore(selectedEntries());
}

void ActivityView::reload()
{
    const QStringList selected = [this] {
        QStringList ids;
        for (const JournalEntry& e : selectedEntries()) {
            ids << e.id;
        }
        return ids;
    }();
    m_model->setEntries(m_journal ? m_journal->entries() : QList<JournalEntry>());
    if (m_model->rowCount() > 0 && LayoutMemory::fitOnce(m_table->horizontalHeader())) {
        m_table->resizeColumnsToContents();
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (selected.contains(m_filter->index(row, 0).data(ActivityModel::EntryIdRole).toString())) {
            m_table->selectionModel()->select(m_filter->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    if (!m_journal) {
        m_details->setPlainText(tr("The activity journal could not be opened; see Diagnostics for the log."));
    }
    updateButtons();
}

QList<JournalEntry> ActivityView::selectedEntries() const
{
    QList<JournalEntry> entries;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const JournalEntry* e = m_model->entry(m_filter->mapToSource(index).row())) {
            entries << *e;
        }
    }
    return entries;
}

void ActivityView::showDetails()
{
    const QList<JournalEntry> entries = selectedEntries();
    if (entries.size() != 1) {
        m_details->setPlainText(entries.isEmpty() ? QString()
                                                  : tr("%n changes selected.", nullptr, int(entries.size())));
        return;
    }
    const JournalEntry& e = entries.first();
    QStringList text;
    text << e.summary;
    const QString powerShell = e.request.value(QStringLiteral("powerShell")).toString();
    if (!powerShell.isEmpty()) {
        text << tr("PowerShell: %1").arg(powerShell);
    }
    text << tr("When: %1 · Admin: %2 · Tenant: %3").arg(e.time.toUTC().toString(Qt::ISODate), e.actor, e.tenantId);
    if (e.settledBy == JournalSettler::settledBy()) {
        text << tr("Outcome: %1 (confirmed later by reading the tenant)").arg(ActivityModel::outcomeText(e.outcome));
    } else if (e.settledBy == WriteRunner::readBackSettledBy()) {
        text << tr("Outcome: %1 (the connection dropped before the answer came; ConsentDesk read the tenant back at "
                   "once to find out)")
                    .arg(ActivityModel::outcomeText(e.outcome));
    } else {
        text << tr("Outcome: %1").arg(ActivityModel::outcomeText(e.outcome));
    }
    const auto when
        = [](const JournalEntry& other) { return QLocale().toString(other.time.toLocalTime(), QLocale::ShortFormat); };
    if (!e.resendsEntryId.isEmpty()) {
        const JournalEntry* first = m_model->entryById(e.resendsEntryId);
        text << (first ? tr("Sent again: the answer to the same change sent at %1 was lost, and reading the tenant "
                            "showed it had not been made.")
                             .arg(when(*first))
                       : tr("Sent again: the answer to an earlier attempt of the same change was lost, and reading "
                            "the tenant showed it had not been made."));
    }
    if (const JournalEntry* again = m_model->resentBy(e.id)) {
        text << tr("ConsentDesk sent this change again at %1; see that entry for how it ended.").arg(when(*again));
    }
    if (!e.error.isEmpty()) {
        text << tr("Error: %1").arg(e.error);
    }
    if (!e.clientRequestId.isEmpty()) {
        text << tr("client-request-id: %1").arg(e.clientRequestId);
    }
    text << QString() << tr("Request:") << json(e.request);
    if (!e.prior.isEmpty()) {
        text << QString() << tr("Before the change:") << json(e.prior);
    }
    if (!e.result.isEmpty()) {
        text << QString() << tr("Answer:") << json(e.result);
    }
    m_details->setPlainText(ViewStyle::tenantText(text.join(QLatin1Char('\n'))));
}

void ActivityView::updateButtons()
{
    m_count->setText(tr("%n change(s) shown", nullptr, m_filter->rowCount()));
    const QList<JournalEntry> entries = selectedEntries();
    bool restorable = !entries.isEmpty();
    int exchange = 0;
    for (const JournalEntry& e : entries) {
        exchange += ExchangeRestorePlanner::isExchange(e) ? 1 : 0;
        restorable = restorable && ActivityModel::isRestorable(e) && !m_model->isRestored(e.id)
                     && (m_tenant.isEmpty() || e.tenantId.compare(m_tenant, Qt::CaseInsensitive) == 0);
    }
    if (exchange > 0 && exchange < entries.size()) {
        // Two previews and two executors: one kind at a time keeps "what will change" in one list.
        m_restore->setEnabled(false);
        const QString toolTip = tr("Restore Exchange changes and Microsoft Graph changes separately.");
        m_restore->setToolTip(ViewStyle::plainToolTip(toolTip));
        return;
    }
    if (exchange > 0) {
        const bool busy = m_restoreFlow->isBusy();
        m_restore->setEnabled(restorable && m_canRestoreExchange && !busy);
        if (!m_canRestoreExchange) {
            m_restore->setToolTip(ViewStyle::plainToolTip(m_cannotRestoreExchangeReason));
        } else if (busy) {
            m_restore->setToolTip(ViewStyle::plainToolTip(tr("A restore is under way.")));
        } else if (!restorable) {
            m_restore->setToolTip(ViewStyle::plainToolTip(
                tr("Select Exchange changes that succeeded in this tenant and were not undone yet.")));
        } else {
            const QString toolTip = tr("Undo the selected Exchange changes (shows exactly what first).");
            m_restore->setToolTip(ViewStyle::plainToolTip(toolTip));
        }
        return;
    }
    m_restore->setEnabled(restorable && m_canRestore && !m_restoreFlow->isBusy());
    if (!m_canRestore) {
        m_restore->setToolTip(ViewStyle::plainToolTip(m_cannotRestoreReason));
    } else if (m_restoreFlow->isBusy()) {
        m_restore->setToolTip(ViewStyle::plainToolTip(tr("A restore is under way.")));
    } else if (!restorable) {
        QString reason;
        for (const JournalEntry& e : entries) {
            reason = reason.isEmpty() ? ActivityModel::notRestorableReason(e) : reason;
        }
        m_restore->setToolTip(ViewStyle::plainToolTip(
            reason.isEmpty() ? tr("Select removals that succeeded in this tenant and were not restored yet.")
                             : reason));
    } else {
        const QString toolTip = tr("Re-create what the selected changes removed (shows exactly what first).");
        m_restore->setToolTip(ViewStyle::plainToolTip(toolTip));
    }
}
