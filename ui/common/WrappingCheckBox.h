#pragma once

#include <QCheckBox>

/**
 * A QCheckBox whose text wraps over lines when the layout is narrower than the text (see WrappedButtonText).
 */
class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT

public:
    explicit WrappingCheckBox(const QString& text, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};
