#pragma once

#include <QStringList>

class QLabel;
class QTreeWidget;
class QWidget;
class GraphError;

// The widgets the consent settings' panels share, made alike.
class SettingsWidgets
{
public:
    static QTreeWidget* tree(QWidget* parent, const char* name, const QStringList& headers);
    // A list as tall as a few rows, not what is left over: the texts above it keep every line they need.
    static void fitRows(QTreeWidget* tree, int rows);
    static QLabel* plainLabel(QWidget* parent, const char* name, bool wrap = false);
    // Why a part of the settings could not be read, with the roles that may read it.
    static QString readError(const GraphError& error);
};
