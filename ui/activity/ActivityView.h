#pragma once

#include "RestoreFlow.h"
#include "common/ConsoleView.h"
#include "consent/JournalEntry.h"

#include <QList>

class ActivityFilterModel;
class ActivityModel;
class GraphClient;
class Journal;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

/**
 * Activity: every tenant write ConsentDesk made, from the journal — who, when, what, how it ended — with the full
 * request (for Exchange, its PowerShell line), the object as it was before, and the answer. Graph removals are
 * restored and Exchange writes undone from here (RestoreFlow: preview, journaled writes, results), as the admin's
 * roles allow; a restore is itself a journaled write. Filters by text, kind, outcome, time and tenant; exports what
 * is shown.
 */
class ActivityView : public ConsoleView
{
    Q_OBJECT

public:
    using Services = RestoreFlow::Services; // the journal to show, and what restores write with

    explicit ActivityView(const Services& services, QWidget* parent = nullptr);

    QString viewId() const override { return QStringLiteral("activity"); }
    QString viewTitle() const override;
    QIcon viewIcon() const override;
    QString viewToolTip() const override;
    // The signed-in tenant is the default filter; Restore follows what its roles allow (Graph: revoke; Exchange: an
    // Exchange role). Without a session nothing can be restored; the journal stays readable. A new session first
    // settles the tenant's writes whose answer never came (JournalSettler).
    void setSession(SessionState* session) override;

    void reload();
    ActivityModel* model() const { return m_model; }

private:
    void setTenant(const QString& tenantId);
    void settlePending(const QString& tenantId);
    void setCanRestore(bool allowed, const QString& reason);
    void setCanRestoreExchange(bool allowed, const QString& reason);
    QList<JournalEntry> selectedEntries() const;
    void showDetails();
    void updateButtons();
    void restoreSelected();

    Journal* m_journal = nullptr;
    GraphClient* m_graph = nullptr;
    ActivityModel* m_model = nullptr;
    ActivityFilterModel* m_filter = nullptr;
    QString m_tenant;
    bool m_canRestore = false;
    QString m_cannotRestoreReason;
    RestoreFlow* m_restoreFlow = nullptr;
    bool m_canRestoreExchange = false;
    QString m_cannotRestoreExchangeReason;

    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_thisTenant = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_restore = nullptr;
};
