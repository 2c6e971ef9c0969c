#pragma once

#include "exchange/MailboxAccessCheck.h"

#include <QWidget>

class QLabel;

/**
 * One app × mailbox answer as a person reads it: Exchange's Test-ApplicationAccessPolicy result and the
 * directory's (local evaluator) side by side in large coloured words, the explanation (which policy, which group
 * path, which rule), a disagreement flagged in red with its likely cause, and the PowerShell line that asks
 * Exchange the same question.
 */
class AccessCheckCard : public QWidget
{
    Q_OBJECT

public:
    explicit AccessCheckCard(const QString& heading, QWidget* parent = nullptr);

    void setHeading(const QString& heading);
    void setPending(const QString& text); // "Asking Exchange…"
    void setCheck(const MailboxAccessCheck& check);
    void clear();

    bool hasCheck() const { return m_hasCheck; }
    const MailboxAccessCheck& check() const { return m_check; }

private:
    enum class Verdict { None, Granted, Denied };
    static QString verdictHtml(const QString& who, const QString& result, Verdict verdict = Verdict::None);

    QLabel* m_heading = nullptr;
    QLabel* m_exchange = nullptr;
    QLabel* m_local = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_disagreement = nullptr;
    QLabel* m_powerShell = nullptr;
    MailboxAccessCheck m_check;
    bool m_hasCheck = false;
};
