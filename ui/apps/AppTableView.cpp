#include "AppTableView.h"

#include "AppListModel.h"
#include "AppsView.h"
#include "common/ElideMiddleDelegate.h"
#include "common/SizeHintCacheDelegate.h"

#include <QHeaderView>
#include <QTimer>

#include <algorithm>

// The texts keep AppsView's translation context: they are that view's words.
AppTableView::AppTableView(QAbstractItemModel* model, QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("appTable"));
    setItemDelegate(new SizeHintCacheDelegate(this)); // its columns fit their contents at every sort
    setAccessibleName(AppsView::tr("Apps in the tenant"));
    setAccessibleDescription(AppsView::tr("One row per app in the tenant; select one to see its permissions."));
    setModel(model);
    setSortingEnabled(true);
    sortByColumn(AppListModel::Risk, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setResizeContentsPrecision(200); // as AppDetailPane's tables: 100 000 rows
    horizontalHeader()->setSectionResizeMode(AppListModel::App, QHeaderView::Stretch);
    // A publisher's name is the publisher's to choose (200 characters, say): its column takes what the names need up
    // to about 30 characters, longer ones end in "…" (the tooltip has them whole), so the counts and the risk stay
    // in sight. Fitted again, once, after the rows change.
    horizontalHeader()->setSectionResizeMode(AppListModel::Publisher, QHeaderView::Interactive);
    // A long name keeps its start and its end: a verified publisher's ✔, last, stays in sight.
    setWordWrap(false); // one line a row: a name is cut, not wrapped out of sight
    auto* names = new ElideMiddleDelegate(this);
    setItemDelegateForColumn(AppListModel::App, names);
    setItemDelegateForColumn(AppListModel::Publisher, names);
    auto* publisherFit = new QTimer(this);
    publisherFit->setSingleShot(true);
    publisherFit->setInterval(0);
    connect(publisherFit, &QTimer::timeout, this, &AppTableView::fitPublisher);
    const auto fitLater = [publisherFit] { publisherFit->start(); };
    connect(model, &QAbstractItemModel::modelReset, publisherFit, fitLater);
    connect(model, &QAbstractItemModel::rowsInserted, publisherFit, fitLater);
    connect(model, &QAbstractItemModel::dataChanged, publisherFit, fitLater);
    connect(model, &QAbstractItemModel::layoutChanged, publisherFit, fitLater);
}

void AppTableView::fitPublisher()
{
    const int needed = std::max(sizeHintForColumn(AppListModel::Publisher),
                                horizontalHeader()->sectionSizeHint(AppListModel::Publisher));
    setColumnWidth(AppListModel::Publisher, std::min(needed, fontMetrics().averageCharWidth() * 30));
}
