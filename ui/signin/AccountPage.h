#pragma once

#include "common/ConsoleView.h"

class AccountView;
class QMenu;
class QStackedWidget;
class Session;
class SignInView;

/**
 * The Account view: the sign-in card (SignInView) while no session runs, the account summary (AccountView) while one
 * does. It shows what the Session says — profiles, the browser step, problems with the next step — and asks it to
 * sign in, switch profiles, sign out or allow changes. The Account menu offers the same.
 */
class AccountPage : public ConsoleView
{
    Q_OBJECT

public:
    explicit AccountPage(Session* session, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("account"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState* session) override;

    void fillMenu(QMenu* menu); // Sign in…, Allow changes…, Switch profile, Manage profiles…, Sign out
    void manageProfiles();
    void showSignInPage(); // the sign-in card unless signed in, on screen

private:
    void wireSession();
    void refreshProfiles();

    Session* m_session = nullptr;
    QStackedWidget* m_stack = nullptr;
    SignInView* m_signInView = nullptr;
    AccountView* m_accountView = nullptr;
};
