#pragma once

#include "graph/GraphError.h"

#include <QPointer>
#include <QWidget>

class AccessCheckModel;
class MailboxAccessTester;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

/**
 * The Mailbox access view's "Test matrix" tab: every member of the app's scope groups and a sample of non-members,
 * each with Exchange's answer and the directory's, disagreements counted and explained; exportable.
 */
class AccessMatrixPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccessMatrixPanel(QWidget* parent = nullptr);

    void setTester(MailboxAccessTester* tester); // the session's; null while signed out
    void setApp(const QString& appId, const QString& displayName); // the app on screen; empty: none
    void clear();
    bool run(); // false when nothing was started (no app, a test running)
    AccessCheckModel* model() const { return m_model; }

private:
    void finish(const GraphError& error);

    QPointer<MailboxAccessTester> m_tester;
    QString m_appId;
    QString m_appName;
    QSpinBox* m_sample = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    AccessCheckModel* m_model = nullptr;
};
