#pragma once

#include <QTableView>

class QAbstractItemModel;

/**
 * The Apps view's list of apps: one row per app, sorted by risk, one line a row. Names are the tenant's to choose, so
 * App and Publisher are cut in the middle (a verified publisher's ✔, last, stays in sight) and the Publisher column
 * takes what the names need up to about 30 characters, fitted again once after the rows change; the other columns
 * fit their contents at every sort without measuring every row again (100 000 rows).
 */
class AppTableView : public QTableView
{
    Q_OBJECT

public:
    AppTableView(QAbstractItemModel* model, QWidget* parent = nullptr);

private:
    void fitPublisher();
};
