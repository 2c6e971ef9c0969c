#include "common/ViewStyle.h"

#include <QApplication>
#include <QTest>

// Tooltips from ViewStyle::plainToolTip: QToolTip renders text that looks like HTML, and a tray's tooltip is shown by
// the system (plain text on Windows and macOS, perhaps markup in a Linux tray); tenant text is the attacker's.
class TestViewStyle : public QObject
{
    Q_OBJECT

private slots:
    void qtToolTipShowsMarkupAsText();
    void trayToolTipIsOneLineWithoutMarkup();
    void emptyTextIsNoToolTip();
};

namespace {
const QString Hostile = QStringLiteral("<b>✔ Verified</b> <img src=\"\\\\host\\x.png\">\nSecond line \u202Efdp.exe");
}

void TestViewStyle::qtToolTipShowsMarkupAsText()
{
    const QString tip = ViewStyle::plainToolTip(Hostile, ViewStyle::ToolTipHost::Qt);
    QCOMPARE(tip, ViewStyle::plainToolTip(Hostile));
    QVERIFY2(!tip.contains(QLatin1String("<b>")) && !tip.contains(QLatin1String("<img")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("&lt;b&gt;")), qPrintable(tip)); // shown as typed
    QVERIFY(!tip.contains(QChar(0x202E)));
}

void TestViewStyle::trayToolTipIsOneLineWithoutMarkup()
{
    const QString tip = ViewStyle::plainToolTip(Hostile, ViewStyle::ToolTipHost::SystemTray);
    for (const QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('&'), QLatin1Char('\n'), QLatin1Char('\r')}) {
        QVERIFY2(!tip.contains(c), qPrintable(tip));
    }
    QVERIFY2(!tip.contains(QChar(0x202E)), qPrintable(tip)); // a bidirectional override shows as U+FFFD
    QVERIFY2(tip.contains(QLatin1String("Verified")) && tip.contains(QLatin1String("Second line")), qPrintable(tip));
    QCOMPARE(ViewStyle::plainToolTip(QStringLiteral("ConsentDesk"), ViewStyle::ToolTipHost::SystemTray),
             QStringLiteral("ConsentDesk")); // no "<p>" to show as typed
}

void TestViewStyle::emptyTextIsNoToolTip()
{
    QVERIFY(ViewStyle::plainToolTip(QString()).isEmpty());
    QVERIFY(ViewStyle::plainToolTip(QString(), ViewStyle::ToolTipHost::SystemTray).isEmpty());
}

QTEST_MAIN(TestViewStyle)
#include "TestViewStyle.moc"
