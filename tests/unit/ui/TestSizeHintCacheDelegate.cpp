// SizeHintCacheDelegate measures like QStyledItemDelegate: the same size for every cell (repeated texts, the same text
// in two columns, a number and its text, a bold cell, an icon, a long name), the same column widths in a table whose
// columns fit their contents, through sorts — and new sizes once the view's font changes.
#include "common/SizeHintCacheDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

// QTableView's own option for its cells (initViewItemOption is protected).
class Table : public QTableView
{
public:
    QStyleOptionViewItem option() const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        return option;
    }
};

void fill(QStandardItemModel* model)
{
    const QStringList names {QStringLiteral("Contoso"),
                             QStringLiteral("contoso"),
                             QStringLiteral("Ärzte-App"),
                             QStringLiteral("Zürich Analytics"),
                             QStringLiteral("日本語のアプリ"),
                             QStringLiteral("A very long application name that takes a wide column to show in full")};
    model->setColumnCount(4);
    for (int i = 0; i < 300; ++i) {
        QList<QStandardItem*> row;
        row << new QStandardItem(names.at(i % names.size())); // repeated texts
        auto* number = new QStandardItem;
        number->setData(i % 7 == 0 ? QVariant(1234567) : QVariant(i % 13), Qt::DisplayRole); // numbers
        row << number;
        auto* text = new QStandardItem(i % 2 ? QStringLiteral("7") : names.at((i + 1) % names.size()));
        if (i % 5 == 0) {
            QFont bold;
            bold.setBold(true);
            text->setFont(bold); // "High" in bold: same text, wider
        }
        row << text;
        auto* decorated = new QStandardItem(names.at(i % 3));
        if (i % 4 == 0) {
            QPixmap icon(16, 16);
            icon.fill(Qt::red);
            decorated->setIcon(icon);
        }
        row << decorated;
        model->appendRow(row);
    }
}

} // namespace

class TestSizeHintCacheDelegate : public QObject
{
    Q_OBJECT

private slots:
    void sizesAreQtsForEveryCell();
    void columnWidthsAreQtsThroughSorts();
};

void TestSizeHintCacheDelegate::sizesAreQtsForEveryCell()
{
    QStandardItemModel model;
    fill(&model);
    Table table;
    table.setModel(&model);
    SizeHintCacheDelegate cached;
    QStyledItemDelegate plain;
    for (int pass = 0; pass < 2; ++pass) { // the second pass answers from what the first measured
        const QStyleOptionViewItem option = table.option();
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                QCOMPARE(cached.sizeHint(option, index), plain.sizeHint(option, index));
            }
        }
        QFont larger = table.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        table.setFont(larger); // every size changes: nothing measured before may be used
    }
}

void TestSizeHintCacheDelegate::columnWidthsAreQtsThroughSorts()
{
    QStandardItemModel model;
    fill(&model);
    Table cachedTable;
    Table plainTable;
    cachedTable.setItemDelegate(new SizeHintCacheDelegate(&cachedTable));
    for (Table* table : {&cachedTable, &plainTable}) {
        table->setModel(&model);
        table->resize(900, 400);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setResizeContentsPrecision(50);
        table->show();
    }
    QVERIFY(QTest::qWaitForWindowExposed(&cachedTable));
    QVERIFY(QTest::qWaitForWindowExposed(&plainTable));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QApplication::processEvents();
            for (int c = 0; c < model.columnCount(); ++c) {
                QCOMPARE(cachedTable.horizontalHeader()->sectionSize(c), plainTable.horizontalHeader()->sectionSize(c));
            }
        }
    }
    QVERIFY(cachedTable.horizontalHeader()->sectionSize(0) > cachedTable.horizontalHeader()->sectionSize(1));
}

QTEST_MAIN(TestSizeHintCacheDelegate)
#include "TestSizeHintCacheDelegate.moc"
