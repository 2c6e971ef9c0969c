#include "WrappingCheckBox.h"

#include "WrappedButtonText.h"

WrappingCheckBox::WrappingCheckBox(const QString& text, QWidget* parent)
    : QCheckBox(text, parent)
{
    WrappedButtonText::setUp(this);
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    return WrappedButtonText::minimumSizeHint(this, WrappedButtonText::Kind::CheckBox);
}

int WrappingCheckBox::heightForWidth(int width) const
{
    return WrappedButtonText::heightForWidth(this, WrappedButtonText::Kind::CheckBox, width);
}

void WrappingCheckBox::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    WrappedButtonText::paint(this, WrappedButtonText::Kind::CheckBox);
}
