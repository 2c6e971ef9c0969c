#include "RequesterList.h"

#include "RequestDetailPane.h"
#include "RequestTableModel.h"
#include "common/ViewStyle.h"
#include "common/WrappedColumn.h"
#include "report/TenantText.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace {

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString dayText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

// The texts keep the request pane's translation context: they are the pane's words, moved with the list.
RequesterList::RequesterList(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("requesterList"));
    setAccessibleName(RequestDetailPane::tr("Who asked, and why"));
    setAccessibleDescription(
        RequestDetailPane::tr("One row per user who asked: the reason they gave, when, and the request's status."));
    setHeaderLabels({RequestDetailPane::tr("User"),
                     RequestDetailPane::tr("Reason"),
                     RequestDetailPane::tr("Requested"),
                     RequestDetailPane::tr("Status"),
                     RequestDetailPane::tr("Expires")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setStretchLastSection(false); // the reason takes the room, not the expiry date
    // The requester's reason is why the admin is here: it wraps, whole, instead of ending in "…".
    auto* wrapped = new WrappedColumn(this, 1);
    connect(wrapped, &WrappedColumn::fitted, this, &RequesterList::fit);
}

void RequesterList::setRequests(const QList<UserConsentRequest>& requests)
{
    m_requests = requests;
    clear();
    for (const UserConsentRequest& u : requests) {
        auto* item = new QTreeWidgetItem(this);
        const QString who
            = u.requesterDisplayName.isEmpty()
                  ? u.requesterUpn
                  : (u.requesterUpn.isEmpty() ? u.requesterDisplayName
                                              : QString(u.requesterDisplayName + QLatin1Char('\n') + u.requesterUpn));
        item->setToolTip(0, ViewStyle::plainToolTip(who)); // whole, where the column ends it in "…"
        item->setText(
            1, u.reason.isEmpty() ? RequestDetailPane::tr("(no reason given)") : TenantText::forDisplay(u.reason));
        item->setToolTip(1, ViewStyle::plainToolTip(u.reason)); // the requester's own words
        // Dates only, so the reason gets the width; the time is in the tooltip.
        item->setText(2, dayText(u.createdDateTime));
        item->setToolTip(2, ViewStyle::plainToolTip(dateText(u.createdDateTime)));
        item->setText(3, RequestTableModel::statusText(u.status));
        item->setText(4, u.isOpen() ? dayText(u.expiresAt) : QString());
        item->setToolTip(4, ViewStyle::plainToolTip(u.isOpen() ? dateText(u.expiresAt) : QString()));
        // A reason may run to many lines (a row taller than the list): each cell starts at the row's top, where the
        // list opens, not in its middle out of sight.
        for (int column = 0; column < columnCount(); ++column) {
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        }
    }
    elideNames();
    WrappedColumn::fit(this); // and then fit()
}

void RequesterList::elideNames()
{
    // The name and the UPN keep a line each, however long (a name is the tenant's to choose: 200 characters, two
    // scripts, line breaks): the User column stays narrow and the reason keeps the width.
    const QFontMetrics metrics = fontMetrics();
    const int width = std::max(m_nameWidth, metrics.averageCharWidth() * 8);
    for (int i = 0; i < topLevelItemCount() && i < m_requests.size(); ++i) {
        const UserConsentRequest& u = m_requests.at(i);
        QStringList lines;
        for (const QString& part : {u.requesterDisplayName, u.requesterUpn}) {
            if (!part.isEmpty()) {
                const QString line = TenantText::singleLine(TenantText::forDisplay(part));
                lines << metrics.elidedText(line, Qt::ElideRight, width);
            }
        }
        topLevelItem(i)->setText(0, lines.join(QLatin1Char('\n')));
    }
}

void RequesterList::fit()
{
    // Exactly as tall as its rows, wrapped reasons included (up to about five lines, then it scrolls): the
    // permissions below need the room. Row heights follow the Reason column's width, so this runs again on resize.
    // Names get at most a third of the width (and no more than about 36 characters): the reason gets the most.
    // Filled while hidden (the pane shows it only once filled), the view has no width yet: the cap until it is shown,
    // when this runs again.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    const int cap = fontMetrics().averageCharWidth() * 36;
    const int nameWidth = (isVisible() ? std::min(viewport()->width() / 3, cap) : cap) - margin - 2;
    if (nameWidth != m_nameWidth) {
        m_nameWidth = nameWidth;
        elideNames();
        WrappedColumn::fit(this); // the reason's width changed: this runs again, with the same width
        return;
    }
    doItemsLayout();
    int rows = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        rows += visualItemRect(topLevelItem(i)).height();
    }
    const int line = fontMetrics().lineSpacing();
    rows = qBound(line + 4, rows, 5 * line + 12);
    const int height = header()->sizeHint().height() + rows + 2 * frameWidth() + 2;
    if (this->height() != height) {
        setFixedHeight(height);
    }
}
