#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;

/**
 * The page an admin sees when not signed in: which tenant profile, a "Sign in with your browser" button,
 * what is happening while the browser is open, and — when something went wrong — what it means and what to do.
 */
class SignInView : public QWidget
{
    Q_OBJECT

public:
    struct ProfileEntry
    {
        QString id;
        QString name;
        QString detail; // "contoso.onmicrosoft.com · Global cloud"
    };

    struct Problem
    {
        QString title; // "Your tenant needs to approve ConsentDesk"
        QString explanation;
        QString nextStep;
        QString code; // "AADSTS90094" — shown small, for support
        QString helpUrl;
    };

    explicit SignInView(QWidget* parent = nullptr);

    void setProfiles(const QList<ProfileEntry>& profiles, const QString& currentId);
    QString currentProfileId() const;
    void setDemoAvailable(bool available);

    void showIdle(const QString& note = {});
    void showWaitingForBrowser();
    void showWorking(const QString& text);
    void showProblem(const Problem& problem);

signals:
    void signInRequested(const QString& profileId);
    void cancelRequested();
    void manageProfilesRequested();
    void demoRequested();
    void copySignInLinkRequested();
    void currentProfileChanged(const QString& profileId);

private:
    void updateButtons();

    QComboBox* m_profiles = nullptr;
    QLabel* m_profileDetail = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_manage = nullptr;
    QPushButton* m_demo = nullptr;
    QWidget* m_demoBox = nullptr;
    QStackedWidget* m_state = nullptr;
    QLabel* m_idleNote = nullptr;
    QLabel* m_workingText = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_copyLink = nullptr;
    QFrame* m_problemBox = nullptr;
    QLabel* m_problemTitle = nullptr;
    QLabel* m_problemText = nullptr;
    QLabel* m_problemNext = nullptr;
    QLabel* m_problemCode = nullptr;
    QList<ProfileEntry> m_entries;
    bool m_busy = false;
};
