#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

/**
 * The application shell: a navigation list on the left, one page per view on the right, and a status bar
 * that always says which tenant, which account and which role the admin is working with.
 *
 * Views register themselves with addView(); only views that exist are shown.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void
    addView(const QString& id, const QString& title, const QIcon& icon, QWidget* view, const QString& toolTip = {});
    void showView(const QString& id);
    QString currentViewId() const;
    QStringList viewIds() const;
    QWidget* view(const QString& id) const;

    // Status bar: what the admin is connected to. An empty role means "no directory role".
    void setAccount(const QString& tenant, const QString& user, const QStringList& roles);
    void clearAccount(const QString& reason = {});
    void setConnectionState(const QString& text);

signals:
    void viewChanged(const QString& id);

private:
    void buildMenus();
    void buildStatusBar();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_tenant = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_role = nullptr;
    QStringList m_viewIds;
};
