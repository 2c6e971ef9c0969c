#include "RequestsView.h"

#include "RequestActions.h"
#include "RequestDetailPane.h"
#include "RequestFilterModel.h"
#include "RequestTableModel.h"
#include "async/Async.h"
#include "common/ElideMiddleDelegate.h"
#include "common/FilterBanner.h"
#include "common/LayoutMemory.h"
#include "common/ModelExporter.h"
#include "common/Preferences.h"
#include "common/ViewStyle.h"
#include "consent/ConsentRequestService.h"
#include "directory/ServicePrincipalCache.h"
#include "risk/RiskCatalog.h"
#include "session/SessionState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString ScopeSetting = QStringLiteral("requests/scope");
const QString StatusSetting = QStringLiteral("requests/status");

} // namespace

RequestsView::RequestsView(const Services& services, QWidget* parent)
    : ConsoleView(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("requestsView"));
    m_model = new RequestTableModel(this);
    m_proxy = new RequestFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RequestTableModel::SortRole);
    m_proxy->setFilterRole(RequestTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);

    layout->addWidget(ViewStyle::pageTitle(tr("Consent requests"), this));

    auto* bar = new QHBoxLayout;
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("requestScope"));
    m_view->setAccessibleName(tr("Which requests"));
    m_view->addItem(tr("Waiting for me"), int(ConsentRequestService::View::MyPending));
    m_view->addItem(tr("All requests"), int(ConsentRequestService::View::All));
    m_view->setToolTip(ViewStyle::plainToolTip(
        tr("\"Waiting for me\": pending requests you are a reviewer of in the admin consent workflow.")));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("requestStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Pending"), QStringLiteral("InProgress"));
    m_status->addItem(tr("Expired"), QStringLiteral("Expired"));
    m_status->addItem(tr("Completed"), QStringLiteral("Completed"));
    m_status->setEnabled(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setAccessibleName(tr("Filter the requests"));
    m_search->setPlaceholderText(tr("Filter by app, user or permission"));
    m_search->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRequestsButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportRequestsButton"));
    const QString exportButtonTip = tr("Save the requests as shown (filtered and sorted) as CSV or JSON.");
    exportButton->setToolTip(ViewStyle::plainToolTip(exportButtonTip));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ModelExporter::exportWithDialog(this,
                                        *m_proxy,
                                        {QStringLiteral("App"),
                                         QStringLiteral("Publisher"),
                                         QStringLiteral("RequestedBy"),
                                         QStringLiteral("LatestRequest"),
                                         QStringLiteral("Expires"),
                                         QStringLiteral("Permissions"),
                                         QStringLiteral("HighestRisk"),
                                         QStringLiteral("Status")},
                                        QStringLiteral("consent-requests"));
    });
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("autoRefreshInterval"));
    m_interval->setAccessibleName(tr("Refresh automatically"));
    m_interval->addItem(tr("Auto-refresh off"), 0);
    for (int minutes : Preferences::refreshChoices()) {
        if (minutes > 0) {
            m_interval->addItem(tr("Every %n minute(s)", nullptr, minutes), minutes);
        }
    }
    m_lastRefresh = new QLabel(this);
    m_lastRefresh->setTextFormat(Qt::PlainText);
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    bar->addWidget(m_view);
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(exportButton);
    bar->addWidget(m_interval);
    layout->addLayout(bar);
    layout->addWidget(m_lastRefresh);
    m_filterBanner = new FilterBanner(this);
    layout->addWidget(m_filterBanner);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("requestSplitter"));
    m_listStack = new QStackedWidget(splitter);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setAccessibleName(tr("Consent requests"));
    m_table->setAccessibleDescription(
        tr("One row per app that users asked admin consent for; select one to see who asked and what it wants."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::Latest, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Risk right after the app, where triage looks first; "Requested by" takes what room is left, so the queue fits
    // its width and nothing hides behind a horizontal scrollbar (the full text is in each cell's tooltip).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestTableModel::RequestedBy, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(RequestTableModel::Risk), 1);
    m_table->setWordWrap(false);
    // A long name keeps its start and its end: a verified publisher's ✔, last, stays in sight.
    auto* names = new ElideMiddleDelegate(m_table);
    m_table->setItemDelegateForColumn(RequestTableModel::App, names);
    m_table->setItemDelegateForColumn(RequestTableModel::Publisher, names);
    m_listMessage = ViewStyle::placeholder(m_listStack, "requestListMessage");
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_listMessage);
    m_detail = new RequestDetailPane(splitter);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({170, 490}); // room for several requests and the detail of one
    layout->addWidget(splitter, 1);

    // Every admin who may grant sees the tenant's pending requests by default; "Waiting for me" narrows to the
    // requests the workflow routes to this reviewer. The choice is remembered.
    QSettings settings;
    m_view->setCurrentIndex(
        qMax(0, m_view->findData(settings.value(ScopeSetting, int(ConsentRequestService::View::All)))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(settings.value(StatusSetting, QStringLiteral("InProgress")))));
    m_status->setEnabled(m_view->currentData().toInt() == int(ConsentRequestService::View::All));
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_status->setEnabled(m_view->currentData().toInt() == int(ConsentRequestService::View::All));
        QSettings().setValue(ScopeSetting, m_view->currentData());
        refresh();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(StatusSetting, m_status->currentData());
        refresh();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsView::refresh);
    connect(m_filterBanner, &FilterBanner::cleared, m_proxy, &RequestFilterModel::clearAge);
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        const int minutes = m_interval->currentData().toInt();
        Preferences::setRefreshMinutes(minutes);
        setAutoRefreshMinutes(minutes);
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_session && !m_loading && !m_actions->isBusy()) {
            refresh();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsView::onCurrentChanged);

    RequestActions::Services actionServices;
    actionServices.graph = m_services.graph;
    actionServices.signIn = m_services.signIn;
    actionServices.journal = m_services.journal;
    actionServices.servicePrincipals = m_services.servicePrincipals;
    m_actions = new RequestActions(actionServices, m_detail, this);
    connect(m_actions, &RequestActions::statusMessage, this, &RequestsView::statusMessage);
    connect(m_actions, &RequestActions::changed, this, [this](bool reviewAgain) {
        refresh();
        if (reviewAgain && m_detail->hasReview()) {
            review(m_detail->review().request);
        }
    });

    setAutoRefreshMinutes(Preferences::refreshMinutes());
    setSession(nullptr);
}

RequestsView::~RequestsView() = default;

QString RequestsView::viewTitle() const
{
    return tr("Consent requests");
}

QIcon RequestsView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/requests.svg"));
}

QString RequestsView::viewToolTip() const
{
    return tr("Pending admin consent requests: review, grant only what is needed, block");
}

void RequestsView::setAutoRefreshMinutes(int minutes)
{
    {
        const QSignalBlocker blocker(m_interval); // the combo follows; it saves only what the admin picks in it
        m_interval->setCurrentIndex(qMax(0, m_interval->findData(qMax(0, minutes))));
    }
    if (minutes <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(minutes * 60 * 1000);
}

void RequestsView::setSession(SessionState* session)
{
    m_session = session;
    m_refresh->setEnabled(session != nullptr);
    m_filterBanner->clear();
    m_proxy->clearAge();
    if (!session) {
        Async::cancel(m_listing);
        Async::cancel(m_review);
        m_loading = false;
        m_actions->stop();
        m_model->setRequests({});
        m_seenPending.clear();
        m_firstListing = true;
        m_pendingCount = 0;
        emit badgeChanged(0);
        m_lastRefresh->clear();
        showMessage(tr("Sign in to see the consent requests of your tenant."));
        m_detail->showEmpty(QString());
        return;
    }
    m_detail->setCapabilities(session->account().capabilities());
    const CapabilityMap::Capability read = session->capability(CapabilityMap::Kind::ReadRequests);
    if (!read.allowed) {
        showMessage(tr("Your role cannot read consent requests. %1").arg(read.reason));
        m_refresh->setEnabled(false);
        return;
    }
    refresh();
}

bool RequestsView::showFiltered(const ViewFilter& filter)
{
    ConsentOverview::Age age;
    if (!m_session || filter.key != QLatin1String("pendingAge") || !ConsentOverview::ageFromKey(filter.value, &age)) {
        return false;
    }
    m_search->clear();
    {
        // One read for both choices, not one per combo box.
        const QSignalBlocker blockView(m_view);
        const QSignalBlocker blockStatus(m_status);
        m_view->setCurrentIndex(m_view->findData(int(ConsentRequestService::View::All)));
        m_status->setCurrentIndex(m_status->findData(QStringLiteral("InProgress")));
        m_status->setEnabled(true);
    }
    m_proxy->setAge(age, QDateTime::currentDateTimeUtc());
    m_filterBanner->showFilter(filter.description);
    refresh();
    return true;
}

void RequestsView::showMessage(const QString& text)
{
    m_listMessage->setText(ViewStyle::tenantText(text));
    m_listStack->setCurrentWidget(m_listMessage);
}

void RequestsView::refresh()
{
    if (!m_session || !m_services.requests) {
        return;
    }
    ConsentRequestService::Query query;
    query.view = ConsentRequestService::View(m_view->currentData().toInt());
    const QString status = m_status->currentData().toString();
    if (query.view == ConsentRequestService::View::All && !status.isEmpty()) {
        query.statuses = {status};
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    m_reselect = currentRequestId();
    if (m_model->rowCount() == 0) {
        showMessage(tr("Reading consent requests…"));
    }
    m_lastRefresh->setText(tr("Refreshing…"));
    Async::cancel(m_listing); // a newer refresh replaces this one
    m_listing = m_services.requests->list(query);
    Async::then(m_listing, this, [this](const ConsentRequestService::Listing& listing) {
        m_loading = false;
        m_refresh->setEnabled(m_session != nullptr);
        if (listing.error) {
            m_lastRefresh->setText(ViewStyle::tenantText(tr("Could not refresh: %1").arg(listing.error.summary())));
            if (m_model->rowCount() == 0) {
                showMessage(listing.error.kind == GraphError::Kind::PermissionDenied
                                ? tr("Your account may not read consent requests (%1). Reading them needs Global "
                                     "Reader, Cloud Application Administrator, Application Administrator or Global "
                                     "Administrator.")
                                      .arg(listing.error.summary())
                                : tr("Could not read the consent requests: %1").arg(listing.error.summary()));
            }
            return;
        }
        QString note = tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        if (!listing.workflowEnabled && listing.requestDurationInDays >= 0) {
            note += QStringLiteral(" · ") + tr("the admin consent workflow is off: users cannot file new requests");
        }
        if (listing.policyError) {
            note += QStringLiteral(" · ") + tr("expiry unknown (the workflow policy could not be read)");
        }
        m_lastRefresh->setText(ViewStyle::tenantText(note));
        onListed(listing.requests);
    });
}

void RequestsView::onListed(const QList<ConsentRequest>& requests)
{
    m_model->setRequests(requests);
    QList<ConsentRequest> fresh;
    int pending = 0;
    for (const ConsentRequest& request : requests) {
        if (request.status() != QLatin1String("InProgress")) {
            continue;
        }
        ++pending;
        if (!m_seenPending.contains(request.id)) {
            m_seenPending.insert(request.id);
            if (!m_firstListing) {
                fresh << request;
            }
        }
    }
    m_firstListing = false;
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        emit badgeChanged(pending);
    }
    if (!fresh.isEmpty()) {
        emit newRequests(fresh);
    }
    if (requests.isEmpty()) {
        showMessage(m_view->currentData().toInt() == int(ConsentRequestService::View::MyPending)
                        ? tr("Nothing is waiting for you. Requests appear here when a user asks for an app that "
                             "needs an administrator's approval and you are one of its reviewers.")
                        : tr("No consent requests match."));
        m_detail->showEmpty(QString());
        return;
    }
    m_listStack->setCurrentWidget(m_table);
    if (LayoutMemory::fitOnce(m_table->horizontalHeader())) {
        for (int column = 0; column < RequestTableModel::ColumnCount; ++column) {
            fitColumn(column);
        }
        // The publishers arrive after this first fit; their column is fitted again then ("Not in tenant yet" was
        // elided to "Not i…t yet" in a column as wide as its title).
        m_fitPublishers = true;
    }
    loadPublishers(m_model->appIds());
    if (!m_reselect.isEmpty() && m_model->rowOf(m_reselect) >= 0) {
        selectRequest(m_reselect);
    } else if (!m_table->currentIndex().isValid()) {
        m_table->selectRow(0);
    }
}

void RequestsView::loadPublishers(const QStringList& appIds)
{
    if (!m_services.servicePrincipals) {
        return;
    }
    QList<ServicePrincipalCache::Key> keys;
    for (const QString& appId : appIds) {
        keys << ServicePrincipalCache::Key::byAppId(appId);
    }
    m_services.servicePrincipals->resolve(keys, this, [this, keys](const ServicePrincipalCache::Result& result) {
        for (const ServicePrincipalCache::Key& key : keys) {
            RequestTableModel::PublisherInfo info;
            if (const auto sp = result.get(key)) {
                info.name = sp->publisherName;
                info.verified = !sp->verifiedPublisherId.isEmpty();
                info.microsoft = RiskCatalog::builtIn().isMicrosoftTenant(sp->appOwnerOrganizationId);
                info.disabled = !sp->accountEnabled;
            } else if (result.isMissing(key)) {
                info.noServicePrincipal = true;
            } else {
                continue;
            }
            m_model->setPublisher(key.value, info);
        }
        if (m_fitPublishers) {
            m_fitPublishers = false;
            fitColumn(RequestTableModel::Publisher);
        }
    });
}

void RequestsView::fitColumn(int column)
{
    m_table->resizeColumnToContents(column);
    // Long names and permission lists must not push Risk and Status out of sight.
    const int cap = column == RequestTableModel::App                                                     ? 240
                    : column == RequestTableModel::Publisher || column == RequestTableModel::Permissions ? 150
                                                                                                         : 200;
    m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), cap));
}

QString RequestsView::currentRequestId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RequestTableModel::RequestIdRole).toString() : QString();
}

void RequestsView::selectRequest(const QString& requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
    }
}

void RequestsView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->showEmpty(tr("Select a request to see who asked for what."));
        return;
    }
    const ConsentRequest* request = m_model->request(m_proxy->mapToSource(current).row());
    if (request) {
        review(*request);
    }
}

void RequestsView::review(const ConsentRequest& request)
{
    if (m_detail->hasReview() && m_detail->review().request.id != request.id) {
        m_detail->showLoading(request.appDisplayName);
    } else if (!m_detail->hasReview()) {
        m_detail->showLoading(request.appDisplayName);
    }
    Async::cancel(m_review);
    m_review = m_services.requests->review(request);
    Async::then(m_review, this, [this](const ConsentRequestReview& review) { m_detail->setReview(review); });
}
