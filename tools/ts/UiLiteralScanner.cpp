#include "UiLiteralScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

// Calls whose first argument is shown to a person.
const QString Calls = QStringLiteral(
    "set(?:Text|WindowTitle|PlaceholderText|ToolTip|StatusTip|WhatsThis|AccessibleName|AccessibleDescription|Title"
    "|SubTitle|LabelText|ButtonText|InformativeText|DetailedText|TabText|TabToolTip|HeaderLabels|Notice)"
    "|add(?:Action|Menu|Tab|Item|Row|Section)|insert(?:Tab|Item)|showMessage"
    "|new\\s+Q(?:Label|PushButton|CheckBox|RadioButton|GroupBox|Action|ToolButton|Menu|CommandLinkButton)");
// A message box's title, after its parent.
const QString MessageBox = QStringLiteral("QMessageBox::(?:information|warning|critical|question|about)\\s*\\([^,;]*,");

// Literals that are allowed although they contain words, each with its reason.
struct Allowed
{
    const char* file; // path ending
    const char* literal; // the literal's text starts with this
    const char* why;
};
const Allowed AllowList[] = {
    {"signin/ProfileDialog.cpp", "http://127.0.0.1", "an example address in a placeholder"},
};

} // namespace

QString UiLiteralScanner::Finding::toString() const
{
    return QStringLiteral("%1:%2: %3(\"%4\") is not marked for translation").arg(file).arg(line).arg(call, literal);
}

bool UiLiteralScanner::isAllowedLiteral(const QString& literal)
{
    QString words = literal;
    words.remove(QRegularExpression(QStringLiteral("%L?[0-9n]")));
    if (!words.contains(QRegularExpression(QStringLiteral("\\p{L}{2,}")))) {
        return true; // symbols, punctuation, numbers, placeholders: nothing to translate
    }
    if (literal.contains(QStringLiteral("://")) || literal.startsWith(QStringLiteral("mailto:"))) {
        return true;
    }
    // PowerShell shown as code: "PS> Get-Foo …", "New-DistributionGroup -Name %1"
    static const QRegularExpression powerShell(QStringLiteral("^(PS> )?[A-Z][a-z]+-[A-Z][A-Za-z]+\\b"));
    return powerShell.match(literal).hasMatch();
}

QList<UiLiteralScanner::Finding> UiLiteralScanner::scanText(const QString& file, const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("((?:%1)\\s*\\(|%2)\\s*(?:\\{\\s*)?(?:QStringLiteral\\s*\\(|QLatin1String\\s*\\(|QString::"
                       "fromLatin1\\s*\\(|"
                       "QString::fromUtf8\\s*\\(|QString\\s*\\(|u)?\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
            .arg(Calls, MessageBox));
    QList<Finding> findings;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString literal = match.captured(2);
        if (isAllowedLiteral(literal)) {
            continue;
        }
        bool allowed = false;
        for (const Allowed& entry : AllowList) {
            if (file.endsWith(QLatin1String(entry.file)) && literal.startsWith(QLatin1String(entry.literal))) {
                allowed = true;
            }
        }
        if (allowed) {
            continue;
        }
        Finding finding;
        finding.file = file;
        finding.line = int(text.left(match.capturedStart(0)).count(QLatin1Char('\n'))) + 1;
        finding.call = match.captured(1).simplified().remove(QRegularExpression(QStringLiteral("\\s*\\($")));
        finding.literal = literal;
        findings << finding;
    }
    return findings;
}

QList<UiLiteralScanner::Finding> UiLiteralScanner::scan(const QString& folder)
{
    QList<Finding> findings;
    const QDir root(folder);
    QDirIterator it(
        folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString& path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            findings << scanText(root.relativeFilePath(path), QString::fromUtf8(file.readAll()));
        }
    }
    return findings;
}
