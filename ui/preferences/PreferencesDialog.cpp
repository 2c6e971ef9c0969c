#include "PreferencesDialog.h"

#include "common/Preferences.h"
#include "risk/RiskCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(640);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildGeneral());
    layout->addWidget(buildFiles());

    m_resetLayoutBox
        = new QCheckBox(tr("Reset the &window layout (size, dividers and columns) at the next start"), this);
    m_resetLayoutBox->setObjectName(QStringLiteral("preferencesResetLayout"));
    layout->addWidget(m_resetLayoutBox);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    checkRiskFile();
}

QWidget* PreferencesDialog::buildGeneral()
{
    auto* box = new QGroupBox(tr("General"), this);
    auto* form = new QFormLayout(box);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    QString systemCode = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (systemCode == QLatin1String("C")) {
        systemCode = QStringLiteral("en"); // the "C" locale of servers and test machines is English
    }
    const QString system = Preferences::languageName(systemCode);
    m_language->addItem(tr("System language (%1)").arg(system), QString());
    for (const QString& code : Preferences::availableLanguages()) {
        m_language->addItem(Preferences::languageName(code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language applies the next time ConsentDesk starts."), box));

    m_refresh = new QComboBox(box);
    m_refresh->setObjectName(QStringLiteral("preferencesRefresh"));
    for (int minutes : Preferences::refreshChoices()) {
        m_refresh->addItem(minutes == 0 ? tr("Never (refresh by hand)") : tr("Every %n minute(s)", nullptr, minutes),
                           minutes);
    }
    m_refresh->setCurrentIndex(qMax(0, m_refresh->findData(Preferences::refreshMinutes())));
    form->addRow(tr("&Refresh consent requests:"), m_refresh);

    m_notifications = new QCheckBox(tr("Desktop &notification when new consent requests arrive"), box);
    m_notifications->setObjectName(QStringLiteral("preferencesNotifications"));
    m_notifications->setChecked(Preferences::notifications());
    form->addRow(QString(), m_notifications);
    return box;
}

QWidget* PreferencesDialog::buildFiles()
{
    auto* box = new QGroupBox(tr("Files"), this);
    auto* form = new QFormLayout(box);

    m_exportFolder = new QLineEdit(box);
    m_exportFolder->setObjectName(QStringLiteral("preferencesExportFolder"));
    m_exportFolder->setPlaceholderText(Preferences::defaultExportFolder());
    m_exportFolder->setAccessibleName(tr("Export folder"));
    if (Preferences::exportFolder() != Preferences::defaultExportFolder()) {
        m_exportFolder->setText(Preferences::exportFolder());
    }
    auto* browseExport = new QPushButton(tr("&Browse…"), box);
    browseExport->setObjectName(QStringLiteral("preferencesBrowseExportFolder"));
    browseExport->setAccessibleName(tr("Choose the export folder"));
    connect(browseExport, &QPushButton::clicked, this, &PreferencesDialog::browseExportFolder);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportFolder, 1);
    exportRow->addWidget(browseExport);
    auto* exportLabel = new QLabel(tr("&Export folder:"), box);
    exportLabel->setBuddy(m_exportFolder);
    form->addRow(exportLabel, exportRow);

    m_riskFile = new QLineEdit(box);
    m_riskFile->setObjectName(QStringLiteral("preferencesRiskFile"));
    m_riskFile->setPlaceholderText(RiskCatalog::defaultOverridesPath());
    m_riskFile->setAccessibleName(tr("Risk overrides file"));
    if (Preferences::riskOverridesFile() != RiskCatalog::defaultOverridesPath()) {
        m_riskFile->setText(Preferences::riskOverridesFile());
    }
    auto* browseRisk = new QPushButton(tr("Brow&se…"), box);
    browseRisk->setObjectName(QStringLiteral("preferencesBrowseRiskFile"));
    browseRisk->setAccessibleName(tr("Choose the risk overrides file"));
    connect(browseRisk, &QPushButton::clicked, this, &PreferencesDialog::browseRiskFile);
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(m_riskFile, 1);
    riskRow->addWidget(browseRisk);
    auto* riskLabel = new QLabel(tr("Risk &overrides:"), box);
    riskLabel->setBuddy(m_riskFile);
    form->addRow(riskLabel, riskRow);
    m_riskStatus = note(QString(), box);
    m_riskStatus->setObjectName(QStringLiteral("preferencesRiskStatus"));
    form->addRow(QString(), m_riskStatus);
    connect(m_riskFile, &QLineEdit::textChanged, this, &PreferencesDialog::checkRiskFile);
    return box;
}

void PreferencesDialog::checkRiskFile()
{
    // Checked here, so a typo in the file is found now and not as a silently ignored file at the next start.
    const QString path
        = m_riskFile->text().trimmed().isEmpty() ? RiskCatalog::defaultOverridesPath() : m_riskFile->text().trimmed();
    QString text;
    if (!QFileInfo::exists(path)) {
        text = m_riskFile->text().trimmed().isEmpty()
                   ? tr("No overrides: the built-in catalog ranks every permission. A JSON file of the same shape "
                        "as the built-in catalog at this place takes precedence over it.")
                   : tr("This file does not exist.");
    } else {
        RiskCatalog catalog;
        QString error;
        if (catalog.loadOverridesFile(path, &error)) {
            text
                = tr("%n rule(s) from this file will take precedence over the built-in catalog from the next start (in "
                     "the command line too).",
                     nullptr,
                     catalog.ruleCount());
        } else {
            text = tr("This file cannot be used: %1").arg(error);
        }
    }
    m_riskStatus->setText(text);
}

void PreferencesDialog::browseExportFolder()
{
    const QString start = m_exportFolder->text().isEmpty() ? Preferences::exportFolder() : m_exportFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), start);
    if (!folder.isEmpty()) {
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void PreferencesDialog::browseRiskFile()
{
    const QString start = m_riskFile->text().isEmpty() ? RiskCatalog::defaultOverridesPath() : m_riskFile->text();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Risk overrides file"), start, tr("JSON files (*.json);;All files (*)"));
    if (!file.isEmpty()) {
        m_riskFile->setText(QDir::toNativeSeparators(file));
    }
}

void PreferencesDialog::accept()
{
    Preferences::setLanguage(m_language->currentData().toString());
    Preferences::setRefreshMinutes(m_refresh->currentData().toInt());
    Preferences::setNotifications(m_notifications->isChecked());
    Preferences::setExportFolder(QDir::fromNativeSeparators(m_exportFolder->text().trimmed()));
    Preferences::setRiskOverridesFile(QDir::fromNativeSeparators(m_riskFile->text().trimmed()));
    m_resetLayout = m_resetLayoutBox->isChecked();
    QDialog::accept();
}
