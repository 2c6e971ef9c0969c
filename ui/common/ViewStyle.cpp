#include "ViewStyle.h"

#include <QTextDocument>

#include <QLabel>

QLabel* ViewStyle::pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(text);
    return title;
}

void ViewStyle::makeNotice(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("QLabel#%1 { background: #fff4ce; border: 1px solid #e0c97a; "
                                        "border-radius: 3px; padding: 6px; color: #4a3b00; }")
                             .arg(label->objectName()));
}

QLabel* ViewStyle::placeholder(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // error texts come from servers
    label->setMargin(24);
    return label;
}

QColor ViewStyle::riskColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Critical:
        return QColor(0xa4, 0x26, 0x2c);
    case RiskLevel::High:
        return QColor(0xc4, 0x31, 0x4b);
    case RiskLevel::Medium:
        return QColor(0x8a, 0x5a, 0x00);
    case RiskLevel::Low:
    case RiskLevel::Unranked:
        break;
    }
    return {};
}

QString ViewStyle::plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
