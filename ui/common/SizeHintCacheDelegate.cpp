#include "SizeHintCacheDelegate.h"

#include <QApplication>
#include <QModelRoleData>
#include <QStyle>
#include <QWidget>

#include <array>

QSize SizeHintCacheDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.isValid()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    std::array<QModelRoleData, 5> roles {QModelRoleData(Qt::DisplayRole),
                                         QModelRoleData(Qt::FontRole),
                                         QModelRoleData(Qt::DecorationRole),
                                         QModelRoleData(Qt::CheckStateRole),
                                         QModelRoleData(Qt::SizeHintRole)};
    index.multiData(roles);
    const QVariant& display = roles[0].data();
    if (roles[2].data().isValid() || roles[3].data().isValid() || roles[4].data().isValid()
        || (display.isValid() && !display.canConvert<QString>())) {
        return QStyledItemDelegate::sizeHint(option, index); // an icon, a check box, its own hint: as Qt does
    }
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    // What every cell of the view shares: when it changes (a new font, style, language or word wrap), all sizes do.
    const int features = int(option.features & QStyleOptionViewItem::WrapText);
    if (style != m_style || features != m_features || option.direction != m_direction || option.font != m_font
        || option.locale != m_locale || m_sizes.size() >= MaxEntries) {
        m_sizes.clear();
        m_style = style;
        m_features = features;
        m_direction = option.direction;
        m_font = option.font;
        m_locale = option.locale;
    }
    Key key;
    key.column = index.column();
    key.width = option.rect.width();
    key.type = display.typeId();
    key.text = display.toString();
    if (roles[1].data().isValid()) {
        key.hasFont = true;
        key.font = qvariant_cast<QFont>(roles[1].data());
    }
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.constEnd()) {
        return it.value();
    }
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}
