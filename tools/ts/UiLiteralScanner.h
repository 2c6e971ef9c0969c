#pragma once

#include <QString>
#include <QStringList>

/**
 * Finds user-visible text in ui/ that is not marked for translation: a raw string literal (QStringLiteral,
 * QLatin1String, "…") handed straight to setText, setWindowTitle, setPlaceholderText, setToolTip, setAccessibleName,
 * addAction, addItem, addTab, new QLabel/QPushButton/QCheckBox…, QMessageBox::warning… A literal is fine when it holds
 * no words (punctuation, symbols, placeholders), is an address, or is PowerShell (commands are not translated).
 * Anything else must be tr()'d — or listed in the scanner's allow-list with the reason.
 */
class UiLiteralScanner
{
public:
    struct Finding
    {
        QString file; // relative to the scanned folder
        int line = 0;
        QString call;
        QString literal;
        QString toString() const;
    };

    static QList<Finding> scan(const QString& folder);
    static QList<Finding> scanText(const QString& file, const QString& text);
    static bool isAllowedLiteral(const QString& literal);
};
