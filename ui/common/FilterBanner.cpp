#include "FilterBanner.h"

#include "ViewStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

FilterBanner::FilterBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBanner"));
    setStyleSheet(ViewStyle::boxStyle(QStringLiteral("QFrame#filterBanner"), ViewStyle::Box::Notice));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    m_text = ViewStyle::plainLabel(this, "filterBannerText");
    m_text->setStyleSheet(QStringLiteral("background: transparent; border: none; padding: 0;"));
    m_showAll = new QPushButton(tr("Show all"), this);
    m_showAll->setObjectName(QStringLiteral("filterBannerShowAll"));
    m_showAll->setAccessibleName(tr("Show everything, without the filter"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showAll);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        clear();
        emit cleared();
    });
    hide();
}

void FilterBanner::showFilter(const QString& description)
{
    m_filtering = true;
    m_text->setText(description); // a whole sentence, translated by the view that made the filter
    show();
}

void FilterBanner::clear()
{
    m_filtering = false;
    m_text->clear();
    hide();
}

QString FilterBanner::description() const
{
    return m_text->text();
}
