#include "WrappingRadioButton.h"

#include "WrappedButtonText.h"

WrappingRadioButton::WrappingRadioButton(const QString& text, QWidget* parent)
    : QRadioButton(text, parent)
{
    WrappedButtonText::setUp(this);
}

QSize WrappingRadioButton::minimumSizeHint() const
{
    return WrappedButtonText::minimumSizeHint(this, WrappedButtonText::Kind::RadioButton);
}

int WrappingRadioButton::heightForWidth(int width) const
{
    return WrappedButtonText::heightForWidth(this, WrappedButtonText::Kind::RadioButton, width);
}

void WrappingRadioButton::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    WrappedButtonText::paint(this, WrappedButtonText::Kind::RadioButton);
}
