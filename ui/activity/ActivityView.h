#pragma once

#include "consent/JournalEntry.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class ActivityFilterModel;
class ActivityModel;
class ExchangePlanRunner;
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
 * request (for Exchange, its PowerShell line), the object as it was before, and the answer. Graph removals can be
 * restored from here (restoreRequested); Exchange writes are undone here, through the ExchangePlanRunner given
 * (ExchangeRestorePlanner: preview, journaled writes, results). A restore is itself a journaled write. Filters by
 * text, kind, outcome, time and tenant; exports what is shown.
 */
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(Journal* journal, QWidget* parent = nullptr);

    void setTenant(const QString& tenantId); // the signed-in tenant (the default filter); empty when signed out
    void setCanRestore(bool allowed, const QString& reason = {}); // Graph entries
    // Exchange entries: undone through runner (its dialogs open over this view); allowed by the admin's Exchange role.
    void setExchangeRunner(ExchangePlanRunner* runner);
    void setCanRestoreExchange(bool allowed, const QString& reason = {});
    void reload();
    ActivityModel* model() const { return m_model; }

signals:
    void restoreRequested(const QList<JournalEntry>& entries);

private:
    QList<JournalEntry> selectedEntries() const;
    void showDetails();
    void updateButtons();
    void restoreSelected();

    Journal* m_journal = nullptr;
    ActivityModel* m_model = nullptr;
    ActivityFilterModel* m_filter = nullptr;
    QString m_tenant;
    bool m_canRestore = false;
    QString m_cannotRestoreReason;
    QPointer<ExchangePlanRunner> m_exchangeRunner;
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
