#pragma once

#include "common/ViewFilter.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTreeWidget>

/**
 * One of the Overview's short lists (the apps behind a number): a row per app with its columns, the first in bold
 * when the row is dangerous. A click or Enter on a row asks for the view that shows that app (activated). Tenant
 * text (app and publisher names) stays plain text.
 */
class OverviewAppList : public QTreeWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QStringList columns;
        QColor color; // of the last column (a risk level); invalid: the palette's text
        bool bold = false;
        QString viewId;
        ViewFilter filter;
    };

    // shortLastColumn: the last column (a risk level, a count) takes only what it needs; else all share the width.
    OverviewAppList(const QString& objectName,
                    const QString& accessibleName,
                    const QString& accessibleDescription,
                    const QStringList& headers,
                    bool shortLastColumn,
                    QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    void activate(int row); // as a click on that row

signals:
    void activated(const QString& viewId, const ViewFilter& filter);

protected:
    void resizeEvent(QResizeEvent* event) override; // stretched columns change width without sectionResized

private:
    void elideHeaders(); // a title wider than its column ends in "…" (Qt cuts it mid-word), whole in its tooltip

    QStringList m_headers;
    QList<Row> m_rows;
};
