#pragma once

#include <QPointer>
#include <QWidget>

class AccessCheckCard;
class MailboxAccessTester;
class QLineEdit;
class QPushButton;

/**
 * The Mailbox access view's "Test a mailbox" tab: can the app on screen reach this mailbox? Exchange's
 * Test-ApplicationAccessPolicy beside ConsentDesk's reading of the directory, with a disagreement explained.
 */
class MailboxTestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxTestPanel(QWidget* parent = nullptr);

    void setTester(MailboxAccessTester* tester); // the session's; null while signed out
    void setApp(const QString& appId, const QString& displayName); // the app on screen; empty: none
    void clear();
    bool test(const QString& mailbox); // false when nothing was started (no app, no address, a test running)
    AccessCheckCard* card() const { return m_card; }

private:
    QPointer<MailboxAccessTester> m_tester;
    QString m_appId;
    QString m_appName;
    QLineEdit* m_mailbox = nullptr;
    QPushButton* m_test = nullptr;
    AccessCheckCard* m_card = nullptr;
};
