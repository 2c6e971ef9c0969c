#pragma once

#include "auth/SignInErrorExplainer.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

/**
 * Help → "Explain a sign-in error…": the admin pastes what a user saw (a code, the message, the consent screen's
 * heading in any of five languages) and reads, for each thing recognized, what it means, who can fix it and the
 * fix, with a button to the place in ConsentDesk where the fix starts — the troubleshooter (user and app filled in
 * from the message when it names them), Consent requests, or Consent settings (SignInErrorExplainer, the same as
 * `consentdesk-cli explain`). Everything pasted is shown as plain text.
 */
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExplainDialog(QWidget* parent = nullptr);

    // Shows a new dialog (deleted on close) with the text filled in, e.g. from the troubleshooter.
    static ExplainDialog* open(QWidget* parent, const QString& text = {});

    void setText(const QString& text);
    const SignInErrorExplainer::Result& result() const { return m_result; }

signals:
    // The admin pressed a finding's button; the dialog stays open.
    void troubleshootRequested(const QString& user, const QString& appId);
    void viewRequested(const QString& viewId); // "requests", "settings"

private:
    void explainNow();
    void showResult();
    QWidget* findingWidget(const SignInErrorExplainer::Finding& finding, int index);

    QPlainTextEdit* m_input = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_findings = nullptr;
    QVBoxLayout* m_findingsLayout = nullptr;
    QLabel* m_ids = nullptr;
    SignInErrorExplainer::Result m_result;
};
