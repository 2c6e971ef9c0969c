#pragma once

#include <QSize>
#include <QStyle>

class QAbstractButton;
class QPaintEvent;

/**
 * The text of a check box or radio button that wraps over lines when the layout gives it less than one line needs
 * (a choice in German, French… that would otherwise be cut). Used by WrappingCheckBox and WrappingRadioButton; the
 * buttons keep their text(), mnemonic and accessible name.
 */
class WrappedButtonText
{
public:
    enum class Kind { CheckBox, RadioButton };

    static void setUp(QAbstractButton* button); // size policy: may shrink below one line, grows in height
    static QSize minimumSizeHint(const QAbstractButton* button, Kind kind);
    static int heightForWidth(const QAbstractButton* button, Kind kind, int width);
    static void paint(QAbstractButton* button, Kind kind);

private:
    static int indicatorWidth(const QAbstractButton* button, Kind kind); // the box or circle and its spacing
    static int textFlags();
};
