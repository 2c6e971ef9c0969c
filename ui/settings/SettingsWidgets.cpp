#include "SettingsWidgets.h"

#include "ConsentSettingsView.h"
#include "graph/GraphError.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

QTreeWidget* SettingsWidgets::tree(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setUniformRowHeights(true);
    return tree;
}

void SettingsWidgets::fitRows(QTreeWidget* tree, int rows)
{
    const int row = tree->fontMetrics().height() + 4;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * row + 2 * tree->frameWidth() + 4);
}

QLabel* SettingsWidgets::plainLabel(QWidget* parent, const char* name, bool wrap)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QString SettingsWidgets::readError(const GraphError& error)
{
    // The view's translation context: these texts were the view's before its sections became panels.
    return error.httpStatus == 403
               ? ConsentSettingsView::tr("Your account may not read this (%1). Reading it needs Policy.Read.All and a "
                                         "role such as Global Reader, Cloud Application Administrator or Global "
                                         "Administrator.")
                     .arg(error.summary())
               : ConsentSettingsView::tr("Could not be read: %1").arg(error.summary());
}
