#pragma once

#include <QLayout>
#include <QList>

/**
 * Lays its items out in rows, left to right, starting a new row when the next item does not fit: a row of legend
 * buttons that wraps instead of widening its card when a language's words are longer (German, French).
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const; // the height the items take in rect's width
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};
