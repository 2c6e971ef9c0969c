#pragma once

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>

class QStyle;

/**
 * QStyledItemDelegate whose size hints are remembered by what decides them: a table whose columns fit their contents
 * (QHeaderView::ResizeToContents) measures a few hundred rows of every column at each sort, filter or new page, and
 * each measurement lays the text out again. Rows of a large table repeat the same few texts (an API, a claim, a risk,
 * a user's five permissions), so a cell is measured once per text, font and column: the widths are the ones Qt
 * computes, only not over and over. Cells with an icon, a check box or their own size hint are measured as usual; a
 * change of the view's font, style or language forgets everything measured.
 */
class SizeHintCacheDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Key
    {
        int column = 0;
        int width = 0; // the rect the text may wrap in (none when the header measures a column)
        int type = 0; // the display value's type: 7 and "7" are shown differently
        QString text;
        bool hasFont = false; // the cell has a font of its own (bold)
        QFont font;
        bool operator==(const Key& other) const
        {
            return column == other.column && width == other.width && type == other.type && text == other.text
                   && hasFont == other.hasFont && (!hasFont || font == other.font);
        }
    };
    friend size_t qHash(const Key& key, size_t seed) { return qHashMulti(seed, key.column, key.width, key.text); }

    static constexpr int MaxEntries = 20000; // a bound for views that show many different texts

    mutable QHash<Key, QSize> m_sizes;
    mutable QFont m_font; // the view's font, style, language and wrapping the sizes were measured with
    mutable QLocale m_locale;
    mutable const QStyle* m_style = nullptr;
    mutable Qt::LayoutDirection m_direction = Qt::LeftToRight;
    mutable int m_features = 0;
};
