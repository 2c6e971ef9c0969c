#include "WrappedButtonText.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

#include <algorithm>

namespace {

// Narrower than this, a choice would read one word a line.
constexpr int kMinimumTextWidth = 160;

QStyleOptionButton optionOf(const QAbstractButton* button, WrappedButtonText::Kind kind)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    option.state |= button->isDown() ? QStyle::State_Sunken : QStyle::State_Raised;
    if (kind == WrappedButtonText::Kind::CheckBox) {
        const auto state = static_cast<const QCheckBox*>(button)->checkState();
        option.state |= state == Qt::Checked            ? QStyle::State_On
                        : state == Qt::PartiallyChecked ? QStyle::State_NoChange
                                                        : QStyle::State_Off;
    } else {
        option.state |= button->isChecked() ? QStyle::State_On : QStyle::State_Off;
    }
    return option;
}

} // namespace

void WrappedButtonText::setUp(QAbstractButton* button)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::CheckBox);
    policy.setHeightForWidth(true);
    button->setSizePolicy(policy);
}

int WrappedButtonText::textFlags()
{
    return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextShowMnemonic;
}

int WrappedButtonText::indicatorWidth(const QAbstractButton* button, Kind kind)
{
    const QStyle* style = button->style();
    return kind == Kind::CheckBox ? style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
                                        + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button)
                                  : style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
                                        + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
}

QSize WrappedButtonText::minimumSizeHint(const QAbstractButton* button, Kind kind)
{
    const int oneLine = button->fontMetrics().horizontalAdvance(button->text()) + 4;
    const int width = indicatorWidth(button, kind) + std::min(oneLine, kMinimumTextWidth);
    return {width, heightForWidth(button, kind, width)};
}

int WrappedButtonText::heightForWidth(const QAbstractButton* button, Kind kind, int width)
{
    const int textWidth = std::max(1, width - indicatorWidth(button, kind) - 4);
    const QRect text = button->fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000), textFlags(), button->text());
    const QStyleOptionButton option = optionOf(button, kind);
    const int oneLineHeight
        = button->style()
              ->sizeFromContents(kind == Kind::CheckBox ? QStyle::CT_CheckBox : QStyle::CT_RadioButton,
                                 &option,
                                 QSize(0, button->fontMetrics().height()),
                                 button)
              .height();
    return std::max(oneLineHeight, text.height() + 4);
}

void WrappedButtonText::paint(QAbstractButton* button, Kind kind)
{
    QStylePainter painter(button);
    QStyleOptionButton option = optionOf(button, kind);
    const QString text = option.text;
    option.text.clear(); // the style draws the box or circle; the text is drawn wrapped below
    painter.drawControl(kind == Kind::CheckBox ? QStyle::CE_CheckBox : QStyle::CE_RadioButton, option);
    option.text = text;
    QRect area = button->style()->subElementRect(
        kind == Kind::CheckBox ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents, &option, button);
    area.setRight(button->rect().right());
    painter.drawItemText(area, textFlags(), option.palette, button->isEnabled(), text, QPalette::WindowText);
    if (button->hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(button);
        focus.rect = button->fontMetrics().boundingRect(area, textFlags(), text).adjusted(-2, -1, 2, 1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}
