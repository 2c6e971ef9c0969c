#include "ViewStyle.h"

#include "StateColorPalette.h"
#include "report/TenantText.h"

#include <QGuiApplication>
#include <QTextDocument>

#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

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

QVBoxLayout* ViewStyle::scrollingPage(QWidget* owner)
{
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(owner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    scroll->setWidget(page); // after its layout: a page given its layout later would stay invisible
    return layout;
}

void ViewStyle::makeNotice(QLabel* label)
{
    label->setStyleSheet(boxStyle(QStringLiteral("QLabel#") + label->objectName(), Box::Notice));
}

QLabel* ViewStyle::placeholder(QWidget* parent, const char* objectName)
{
    QLabel* label = plainLabel(parent, objectName); // error texts come from servers
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    return label;
}

QLabel* ViewStyle::plainLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* ViewStyle::selectableLabel(QWidget* parent, const char* objectName)
{
    QLabel* label = plainLabel(parent, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* ViewStyle::powerShellLabel(QWidget* parent, const char* objectName)
{
    QLabel* label = selectableLabel(parent, objectName);
    label->setStyleSheet(QStringLiteral("QLabel { font-family: monospace; background: palette(alternate-base); "
                                        "border: 1px solid palette(mid); padding: 6px; }"));
    return label;
}

QString ViewStyle::boxStyle(const QString& selector, Box box)
{
    using Role = StateColorPalette::Role;
    const StateColorPalette palette;
    const bool notice = box == Box::Notice;
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 3px; padding: 6px; color: %4; }")
        .arg(selector,
             palette.name(notice ? Role::NoticeBackground : Role::AlertBackground),
             palette.name(notice ? Role::NoticeBorder : Role::AlertBorder),
             palette.name(notice ? Role::NoticeText : Role::AlertText));
}

QColor ViewStyle::riskColor(RiskLevel level)
{
    // Tables ask for every risk cell they paint or measure (hundreds per redraw of a 100 000-row table): the two
    // colours are worked out (contrast checks against the palette) once per palette, not per cell.
    struct Colors
    {
        qint64 palette = -1;
        QColor danger;
        QColor caution;
    };
    thread_local Colors colors;
    const QPalette palette = QGuiApplication::palette();
    if (colors.palette != palette.cacheKey()) {
        const StateColorPalette state(palette);
        colors = {palette.cacheKey(),
                  state.color(StateColorPalette::Role::Danger),
                  state.color(StateColorPalette::Role::Caution)};
    }
    switch (level) {
    case RiskLevel::Critical:
    case RiskLevel::High:
        return colors.danger; // bold tells critical and high apart
    case RiskLevel::Medium:
        return colors.caution;
    case RiskLevel::Low:
    case RiskLevel::Unranked:
        break;
    }
    return {};
}

void ViewStyle::makePlain(QMessageBox* box)
{
    // Bidirectional controls in the app names and server words they carry: shown as U+FFFD, not obeyed.
    box->setText(tenantText(box->text()));
    if (!box->informativeText().isEmpty()) {
        box->setInformativeText(tenantText(box->informativeText()));
    }
    if (!box->detailedText().isEmpty()) {
        box->setDetailedText(tenantText(box->detailedText()));
    }
    box->setTextFormat(Qt::PlainText);
    // The informative text has its own label, which QMessageBox::setTextFormat() leaves alone.
    if (auto* informative = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel"))) {
        informative->setTextFormat(Qt::PlainText);
    }
}

void ViewStyle::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    makePlain(&box);
    box.exec();
}

QString ViewStyle::plainToolTip(const QString& text)
{
    // Bidirectional controls shown as U+FFFD (TenantText::forDisplay) here too: every tooltip passes this way.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(TenantText::forDisplay(text), Qt::WhiteSpaceNormal);
}

QString ViewStyle::plainToolTip(const QString& text, ToolTipHost host)
{
    return host == ToolTipHost::Qt ? plainToolTip(text) : TenantText::forNotification(TenantText::forDisplay(text));
}

QString ViewStyle::tenantText(const QString& text)
{
    return TenantText::forDisplay(text);
}

QStringList ViewStyle::tenantText(const QStringList& texts)
{
    QStringList shown;
    shown.reserve(texts.size());
    for (const QString& text : texts) {
        shown << TenantText::forDisplay(text);
    }
    return shown;
}
