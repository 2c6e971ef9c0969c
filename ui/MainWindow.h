#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

struct AccountInfo;
struct ViewFilter;
class ConsoleView;
class QLabel;
class QMenu;
class QFrame;
class QToolButton;
class QListWidget;
class QSettings;
class QStackedWidget;
class SessionState;

/**
 * The application shell: a navigation list on the left, one page per view on the right, and a status bar
 * that always says which tenant, which account and which role the admin is working with.
 *
 * Views are added with addView(); only views that exist are shown. setSession() reaches every one of them.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Takes the view into the window: its page, its entry in the navigation, its messages and badge.
    void addView(ConsoleView* view);
    // The session every view works with from now on, its account in the status bar; nullptr when it ended (each
    // view clears what it showed; clearAccount() says why).
    void setSession(SessionState* session);
    void showView(const QString& id);
    bool showFiltered(const QString& id, const ViewFilter& filter); // the view, showing what filter selects
    QString currentViewId() const;
    QStringList viewIds() const;
    ConsoleView* view(const QString& id) const;
    QList<ConsoleView*> views() const { return m_views; }
    // A count after a view's title ("Consent requests (3)"), e.g. what waits for the admin; 0 removes it.
    void setViewBadge(const QString& id, int count);

    // Status bar: what the admin is connected to. An empty role means "no directory role".
    void setAccount(const QString& tenant, const QString& user, const QStringList& roles);
    void showAccount(const AccountInfo& account); // the same from the account, with what its roles allow as tooltip
    // An offline snapshot: no one is signed in; the labels say whose snapshot it is instead of the sandbox's reader.
    void showSnapshotAccount(const QString& file, const QString& takenBy);
    void clearAccount(const QString& reason = {});
    void setConnectionState(const QString& text); // the session: signed in, signing in, changes allowed
    void showMessage(const QString& text); // something that just happened; fades, the session state stays
    void setRoleToolTip(const QString& text); // e.g. what the role allows and what not

    // A one-line notice above the views for something the admin must know but need not act on at once
    // (the sign-in is kept for this session only). Empty text hides it; the admin can dismiss it.
    void setNotice(const QString& text);
    QString notice() const;

    // The Account menu, filled by the controller (sign in/out, switch profile, manage profiles).
    QMenu* accountMenu() const { return m_accountMenu; }
    QMenu* fileMenu() const { return m_fileMenu; } // the controller adds the snapshot commands

    // The window's geometry and each view's splitters and columns, as the admin left them (LayoutMemory).
    void restoreLayout(QSettings& settings);
    void saveLayout(QSettings& settings) const;

signals:
    void viewChanged(const QString& id);
    void preferencesRequested();
    void explainErrorRequested(); // Help → Explain a sign-in error…

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // the status bar's resizes refit the message

private:
    void applyPendingLayoutLater();
    void buildMenus();
    void buildStatusBar();
    void fitNavigation(); // as wide as the longest view title (with its badge), within bounds
    void showFittedMessage(int timeoutMs); // m_message, elided to the room the status bar has now
    void refitMessage(); // after a resize, while the message is still shown

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QMenu* m_accountMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr; // one action per view, Ctrl+1…9
    QFrame* m_noticeBar = nullptr;
    QLabel* m_noticeText = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_tenant = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_role = nullptr;
    QString m_message; // the last showMessage(), whole (tenant text made safe)
    QString m_messageShown; // what the status bar shows of it
    QElapsedTimer m_messageAge; // the message fades MessageTimeoutMs after it was first shown, resized or not
    bool m_refitQueued = false;
    QList<ConsoleView*> m_views; // in navigation order
};
