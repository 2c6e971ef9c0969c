#pragma once

#include "common/ConsoleView.h"

#include <QPointer>

class GraphCounters;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * What support asks for first: versions, where the log is, whether the keychain works, and what the
 * network layer has been doing. Nothing here is secret; the admin can copy it into a ticket.
 */
class DiagnosticsView : public ConsoleView
{
    Q_OBJECT

public:
    explicit DiagnosticsView(QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("diagnostics"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    void setSession(SessionState*) override { } // nothing here belongs to an account

    void setLogDirectory(const QString& path);
    void setCounters(GraphCounters* counters);

    enum class KeychainState { Unknown, Checking, Reachable, Unavailable };
    void setKeychainStatus(KeychainState state, const QString& detail = {});
    KeychainState keychainState() const { return m_keychainState; }

    QString reportText() const; // plain text of everything shown, for "Copy to clipboard"

signals:
    void keychainCheckRequested();

public slots:
    void refreshCounters();

private:
    QWidget* buildVersions();
    QWidget* buildLogs();
    QWidget* buildKeychain();
    QWidget* buildNetwork();

    QLabel* m_logDir = nullptr;
    QPushButton* m_openLogs = nullptr;
    QLabel* m_keychainStatus = nullptr;
    QPushButton* m_keychainCheck = nullptr;
    QTreeWidget* m_counterTree = nullptr;
    QLabel* m_versions = nullptr;
    QPointer<GraphCounters> m_counters;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_logPath;
};
