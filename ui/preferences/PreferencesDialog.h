#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

/**
 * File → Preferences…: the language, how often the consent request queue refreshes, desktop notifications, the
 * folder exports are suggested in, and the admin's risk overrides file (checked as it is chosen). OK saves to
 * Preferences; the language and the risk catalog apply from the next start, and the dialog says so.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

    // Set by OK: the saved layout is forgotten, so the next start opens with the default window and columns.
    bool layoutResetRequested() const { return m_resetLayout; }

private:
    QWidget* buildGeneral();
    QWidget* buildFiles();
    void checkRiskFile();
    void browseExportFolder();
    void browseRiskFile();

    QComboBox* m_language = nullptr;
    QComboBox* m_refresh = nullptr;
    QCheckBox* m_notifications = nullptr;
    QLineEdit* m_exportFolder = nullptr;
    QLineEdit* m_riskFile = nullptr;
    QLabel* m_riskStatus = nullptr;
    QCheckBox* m_resetLayoutBox = nullptr;
    bool m_resetLayout = false;
};
