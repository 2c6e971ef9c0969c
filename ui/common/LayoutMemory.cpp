#include "LayoutMemory.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

// Bumped when a saved layout of an older version should no longer be applied.
constexpr int LayoutVersion = 1;
const char* RestoredProperty = "consentdeskLayoutRestored";
const char* FittedProperty = "consentdeskLayoutFitted";
const char* PendingSplitterProperty = "consentdeskPendingSplitterState";

QString group(const QString& viewId)
{
    return QStringLiteral("layout/v%1/%2").arg(LayoutVersion).arg(viewId);
}

QHeaderView* horizontalHeader(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view)) {
        return table->horizontalHeader();
    }
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        return tree->header();
    }
    return nullptr;
}

bool sortingEnabled(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view)) {
        return table->isSortingEnabled();
    }
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        return tree->isSortingEnabled();
    }
    return false;
}

} // namespace

LayoutMemory::LayoutMemory(QSettings& settings)
    : m_settings(settings)
{
}

void LayoutMemory::saveWindow(const QMainWindow* window)
{
    m_settings.setValue(group(QStringLiteral("window")) + QStringLiteral("/geometry"), window->saveGeometry());
}

bool LayoutMemory::restoreWindow(QMainWindow* window)
{
    const QByteArray geometry
        = m_settings.value(group(QStringLiteral("window")) + QStringLiteral("/geometry")).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void LayoutMemory::saveView(const QString& viewId, const QWidget* view)
{
    const QString prefix = group(viewId) + QLatin1Char('/');
    for (const QSplitter* splitter : view->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            // A view never opened this time keeps the state it was given.
            const QByteArray pending = splitter->property(PendingSplitterProperty).toByteArray();
            m_settings.setValue(prefix + splitter->objectName() + QStringLiteral("/splitter"),
                                pending.isEmpty() ? splitter->saveState() : pending);
        }
    }
    for (QAbstractItemView* itemView : view->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = horizontalHeader(itemView);
        if (itemView->objectName().isEmpty() || !header || header->count() == 0) {
            continue;
        }
        const QString key = prefix + itemView->objectName() + QLatin1Char('/');
        QVariantList widths;
        for (int section = 0; section < header->count(); ++section) {
            widths << (header->sectionResizeMode(section) == QHeaderView::Interactive ? header->sectionSize(section)
                                                                                      : -1);
        }
        m_settings.setValue(key + QStringLiteral("columns"), header->count());
        m_settings.setValue(key + QStringLiteral("widths"), widths);
        if (sortingEnabled(itemView) && header->sortIndicatorSection() >= 0) {
            m_settings.setValue(key + QStringLiteral("sortColumn"), header->sortIndicatorSection());
            m_settings.setValue(key + QStringLiteral("sortOrder"), int(header->sortIndicatorOrder()));
        }
    }
}

void LayoutMemory::restoreView(const QString& viewId, QWidget* view)
{
    const QString prefix = group(viewId) + QLatin1Char('/');
    for (QSplitter* splitter : view->findChildren<QSplitter*>()) {
        const QByteArray state
            = m_settings.value(prefix + splitter->objectName() + QStringLiteral("/splitter")).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty()) {
            splitter->setProperty(PendingSplitterProperty, state);
        }
    }
    for (QAbstractItemView* itemView : view->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = horizontalHeader(itemView);
        if (itemView->objectName().isEmpty() || !header) {
            continue;
        }
        const QString key = prefix + itemView->objectName() + QLatin1Char('/');
        if (m_settings.value(key + QStringLiteral("columns"), -1).toInt() != header->count() || header->count() == 0) {
            continue; // never saved, or the table has other columns now
        }
        const QVariantList widths = m_settings.value(key + QStringLiteral("widths")).toList();
        bool restored = false;
        for (int section = 0; section < widths.size() && section < header->count(); ++section) {
            const int width = widths.at(section).toInt();
            if (width > 0 && header->sectionResizeMode(section) == QHeaderView::Interactive) {
                header->resizeSection(section, width);
                restored = true;
            }
        }
        header->setProperty(RestoredProperty, restored);
        const int sortColumn = m_settings.value(key + QStringLiteral("sortColumn"), -1).toInt();
        if (sortingEnabled(itemView) && sortColumn >= 0 && sortColumn < header->count()) {
            header->setSortIndicator(sortColumn,
                                     Qt::SortOrder(m_settings.value(key + QStringLiteral("sortOrder")).toInt()));
        }
    }
}

void LayoutMemory::forget()
{
    m_settings.remove(QStringLiteral("layout"));
}

bool LayoutMemory::isRestored(const QHeaderView* header)
{
    return header && header->property(RestoredProperty).toBool();
}

bool LayoutMemory::fitOnce(QHeaderView* header)
{
    if (!header || isRestored(header) || header->property(FittedProperty).toBool()) {
        return false;
    }
    header->setProperty(FittedProperty, true);
    return true;
}

void LayoutMemory::applyPending(QWidget* view)
{
    if (!view) {
        return;
    }
    for (QSplitter* splitter : view->findChildren<QSplitter*>()) {
        const QByteArray state = splitter->property(PendingSplitterProperty).toByteArray();
        if (!state.isEmpty() && splitter->isVisible()) {
            splitter->restoreState(state);
            splitter->setProperty(PendingSplitterProperty, QVariant());
        }
    }
}
