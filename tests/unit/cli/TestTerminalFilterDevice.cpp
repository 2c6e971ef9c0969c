// Issue 12.3: the filter between consentdesk-cli and the terminal. Whatever a command prints — a table, a plan, a
// note, a server's error — no escape sequence, C1 control, lone CR or bidi override gets through; line ends (LF and
// CSV's CRLF) and tabs do; JSON keeps the value with \uXXXX escapes; UTF-8 split across writes survives.
#include "HostileText.h"
#include "cli/TerminalFilterDevice.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

class TestTerminalFilterDevice : public QObject
{
    Q_OBJECT

private slots:
    void textDropsControls_data();
    void textDropsControls();
    void keepsLineEndsTabsAndUnicode();
    void splitWrites();
    void jsonKeepsTheValue();
};

namespace {

QString through(const QString& text, TerminalFilterDevice::Mode mode)
{
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    TerminalFilterDevice filter(&target, mode);
    QTextStream stream(&filter);
    stream << text;
    stream.flush();
    return QString::fromUtf8(target.data());
}

} // namespace

void TestTerminalFilterDevice::textDropsControls_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& [label, name] : HostileText::terminalNames() + HostileText::powerShellNames()) {
        QTest::newRow(qPrintable(label)) << name;
    }
}

void TestTerminalFilterDevice::textDropsControls()
{
    QFETCH(QString, name);
    const QString out
        = through(QStringLiteral("error: no app named \"%1\".\n").arg(name), TerminalFilterDevice::Mode::Text);
    QString which;
    // Line ends the app name carried (LF, CRLF) are still line ends — the filter cannot tell them from the CLI's own
    // and they overwrite nothing; nothing else passes.
    QVERIFY2(!HostileText::hasTerminalControl(QString(out).remove(QStringLiteral("\r\n")), &which), qPrintable(which));
    QVERIFY(out.startsWith(QStringLiteral("error: no app named \"")));
    QVERIFY(out.endsWith(QStringLiteral("\".\n")));
}

void TestTerminalFilterDevice::keepsLineEndsTabsAndUnicode()
{
    const QString text = QStringLiteral("Id,App\r\n1,Ünïcødé — ✔\r\n\tindented\nHelper\rVerified\n");
    QCOMPARE(through(text, TerminalFilterDevice::Mode::Text),
             QStringLiteral("Id,App\r\n1,Ünïcødé — ✔\r\n\tindented\nHelper Verified\n"));
    QCOMPARE(through(QStringLiteral("a\u001b[2Jb\u009bc\u0085d\u2028e\u202ef"), TerminalFilterDevice::Mode::Text),
             QStringLiteral("a[2Jbc d ef"));
}

void TestTerminalFilterDevice::splitWrites()
{
    // Byte by byte: a UTF-8 sequence and a CRLF pair split across writes are still whole.
    const QByteArray bytes = QStringLiteral("é\r\n✔\u001b]52;c;x\u0007\r").toUtf8() + QByteArray("\n");
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    TerminalFilterDevice filter(&target, TerminalFilterDevice::Mode::Text);
    for (const char b : bytes) {
        QCOMPARE(filter.write(&b, 1), qint64(1));
    }
    QCOMPARE(QString::fromUtf8(target.data()), QStringLiteral("é\r\n✔]52;c;x\r\n"));
}

void TestTerminalFilterDevice::jsonKeepsTheValue()
{
    for (const auto& [label, name] : HostileText::terminalNames() + HostileText::powerShellNames()) {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("App"), name}}).toJson());
        const QString out = through(json, TerminalFilterDevice::Mode::Json);
        QString which;
        QVERIFY2(!HostileText::hasTerminalControl(out, &which), qPrintable(label + QLatin1Char(' ') + which));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("App")).toString(), name);
    }
}

QTEST_GUILESS_MAIN(TestTerminalFilterDevice)
#include "TestTerminalFilterDevice.moc"
