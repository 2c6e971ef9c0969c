#pragma once

#include "consent/AppInventory.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * Keep only…: the "consent to everything, then revoke the excess" case. The admin ticks the permissions the app
 * should keep; the dialog shows at once how many grants' claims are kept and removed (RevokePlanner::keepOnlyDiff),
 * and the exact writes are previewed after it, before anything is sent.
 */
class KeepOnlyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeepOnlyDialog(const AppInventory& app, QWidget* parent = nullptr);

    QStringList keepKeys() const; // Permission::key() of the ticked permissions
    bool includeUserConsents() const;
    void setKept(const QStringList& claimValues); // tests and presets: tick exactly these claims

private:
    void updateDiff();

    AppInventory m_app;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_users = nullptr;
    QLabel* m_diff = nullptr;
    QPushButton* m_ok = nullptr;
};
