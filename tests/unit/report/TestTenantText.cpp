// Issue 12.1/12.3: the one sanitiser for tenant text — what each output (PowerShell comment and literal, terminal,
// CSV cell, JSON for a terminal) receives for every kind of control and quote character.
#include "report/TenantText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestTenantText : public QObject
{
    Q_OBJECT

private slots:
    void controls();
    void powerShellComment_data();
    void powerShellComment();
    void powerShellLiteral_data();
    void powerShellLiteral();
    void terminal_data();
    void terminal();
    void terminalLinesKeepNewlines();
    void csvCell_data();
    void csvCell();
    void jsonForTerminal();
    void notification();
    void quoteLike();
    void bidiControlsOnEverySurface_data();
    void bidiControlsOnEverySurface();
    void display_data();
    void display();
    void nameBesideBadge_data();
    void nameBesideBadge();
};

void TestTenantText::controls()
{
    for (char16_t c = 0; c < 0x20; ++c) {
        QVERIFY(TenantText::isControl(c));
    }
    for (char16_t c = 0x7F; c <= 0x9F; ++c) {
        QVERIFY(TenantText::isControl(c));
    }
    for (char16_t c : {0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C}) {
        QVERIFY(TenantText::isControl(c));
    }
    for (char16_t c : {u' ', u'a', u'~', char16_t(0xA0), char16_t(0xE9), char16_t(0x2019), char16_t(0x200D)}) {
        QVERIFY(!TenantText::isControl(c));
        QVERIFY(!TenantText::isBidiControl(c));
    }
}

void TestTenantText::powerShellComment_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Grant User.Read to Northwind CRM")
                           << QStringLiteral("Grant User.Read to Northwind CRM");
    QTest::newRow("CR ends a PowerShell comment")
        << QStringLiteral("Helper\rStart-Process calc.exe #") << QStringLiteral("Helper Start-Process calc.exe #");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::newRow("NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a b");
    QTest::newRow("LS PS") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a b c");
    QTest::newRow("ESC removed") << QStringLiteral("a\u001b[2Jb") << QStringLiteral("a[2Jb");
    QTest::newRow("block comment") << QStringLiteral("#> x <#") << QStringLiteral("# > x < #");
    QTest::newRow("rebuilt block comment") << QStringLiteral("<<##>>") << QStringLiteral("<< ## >>");
    QTest::newRow("quotes stay") << QStringLiteral("O'Brien \u2019s") << QStringLiteral("O'Brien \u2019s");
}

void TestTenantText::powerShellComment()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forPowerShellComment(input), expected);
}

void TestTenantText::powerShellLiteral_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Northwind CRM") << QStringLiteral("'Northwind CRM'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("ascii quote") << QStringLiteral("O'Brien") << QStringLiteral("'O''Brien'");
    QTest::newRow("all five quotes") << QStringLiteral("'\u2018\u2019\u201a\u201b")
                                     << QStringLiteral("'''\u2018\u2018\u2019\u2019\u201a\u201a\u201b\u201b'");
    QTest::newRow("double quotes and $ are literal")
        << QStringLiteral("\"$(x)\u201c`") << QStringLiteral("'\"$(x)\u201c`'");
    QTest::newRow("CR as char code") << QStringLiteral("Helper\rStart")
                                     << QStringLiteral("('Helper' + [char]0x000D + 'Start')");
    QTest::newRow("control first and last")
        << QStringLiteral("\u2028x\u0085") << QStringLiteral("('' + [char]0x2028 + 'x' + [char]0x0085)");
    QTest::newRow("only a control") << QStringLiteral("\u001b") << QStringLiteral("('' + [char]0x001B)");
    QTest::newRow("quote next to control")
        << QStringLiteral("a'\nb'") << QStringLiteral("('a''' + [char]0x000A + 'b''')");
}

void TestTenantText::powerShellLiteral()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forPowerShellLiteral(input), expected);
}

void TestTenantText::terminal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Northwind CRM — Ünïcode") << QStringLiteral("Northwind CRM — Ünïcode");
    QTest::newRow("OSC 52") << QStringLiteral("A\u001b]52;c;SGk=\u0007B") << QStringLiteral("A]52;c;SGk=B");
    QTest::newRow("clear screen") << QStringLiteral("A\u001b[2JB") << QStringLiteral("A[2JB");
    QTest::newRow("C1 CSI") << QStringLiteral("A\u009b2JB") << QStringLiteral("A2JB");
    QTest::newRow("CR overwrite") << QStringLiteral("Helper\rVerified") << QStringLiteral("Helper Verified");
    QTest::newRow("backspace") << QStringLiteral("ab\b\bcd") << QStringLiteral("abcd");
    QTest::newRow("newline in a cell") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::newRow("bidi override") << QStringLiteral("x\u202egpj.exe\u202c") << QStringLiteral("xgpj.exe");
}

void TestTenantText::terminal()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forTerminal(input), expected);
}

void TestTenantText::terminalLinesKeepNewlines()
{
    QCOMPARE(TenantText::forTerminalLines(QStringLiteral("a\n\tb\u001b[2J\rc")), QStringLiteral("a\n\tb[2J c"));
}

void TestTenantText::csvCell_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Mail.Read") << QStringLiteral("Mail.Read");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1+2") << QStringLiteral("'-1+2");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula after spaces") << QStringLiteral("  =1+1") << QStringLiteral("'  =1+1");
    QTest::newRow("tab first") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("full-width equals") << QStringLiteral("\uff1d1+1") << QStringLiteral("'\uff1d1+1");
    QTest::newRow("ESC removed") << QStringLiteral("a\u001b[2Jb") << QStringLiteral("a[2Jb");
    QTest::newRow("C1 removed") << QStringLiteral("a\u009bb") << QStringLiteral("ab");
    QTest::newRow("control hides a formula") << QStringLiteral("\u001b=1") << QStringLiteral("'=1");
    QTest::newRow("line break kept, quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
}

void TestTenantText::csvCell()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forCsvCell(input), expected);
}

void TestTenantText::jsonForTerminal()
{
    const QString name = QStringLiteral("A\u001b]52;c;x\u0007B\u009bC\u007fD\u2028E\u202eF");
    const QByteArray raw = QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson();
    const QByteArray escaped = TenantText::escapeJsonControls(raw);
    for (const QChar c : QString::fromUtf8(escaped)) {
        QVERIFY2(!TenantText::isControl(c.unicode()) || c == QLatin1Char('\n'),
                 qPrintable(QStringLiteral("raw U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))));
    }
    // The same value: a JSON reader gets the name back exactly.
    QCOMPARE(QJsonDocument::fromJson(escaped).object().value(QStringLiteral("name")).toString(), name);
}

// Issue 12.2: the tray notification's body names the app; some notification servers render it as markup.
void TestTenantText::notification()
{
    QCOMPARE(TenantText::forNotification(QStringLiteral("<img src=\"\\\\attacker\\x.png\">A&amp;B\nC")),
             QStringLiteral("\u2039img src=\"\\\\attacker\\x.png\"\u203aA\uff06amp;B C"));
    QCOMPARE(TenantText::forNotification(QStringLiteral("<b>\u2714 Verified</b> Helper")),
             QStringLiteral("\u2039b\u203a\u2714 Verified\u2039/b\u203a Helper"));
}

void TestTenantText::quoteLike()
{
    for (char16_t c : {u'\'',
                       u'"',
                       u'`',
                       char16_t(0x2018),
                       char16_t(0x2019),
                       char16_t(0x201A),
                       char16_t(0x201B),
                       char16_t(0x201C),
                       char16_t(0x201D),
                       char16_t(0x201E),
                       char16_t(0xFF07),
                       char16_t(0x2032)}) {
        QVERIFY2(TenantText::isQuoteLike(c), qPrintable(QString::number(c, 16)));
    }
    QVERIFY(!TenantText::hasQuoteLike(QStringLiteral("CN=CRM Mailbox Access,OU=contoso.onmicrosoft.com")));
    QVERIFY(TenantText::hasQuoteLike(QStringLiteral("CN=O\u2019Brien")));
}

// Every bidirectional control, through every sanitiser: nothing reorders what a terminal, a script, a spreadsheet,
// a JSON reader, an HTML report or a widget shows.
void TestTenantText::bidiControlsOnEverySurface_data()
{
    QTest::addColumn<QString>("name");
    const QList<char16_t> controls {
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C};
    for (const char16_t c : controls) {
        QTest::addRow("U+%04X", unsigned(c)) << QStringLiteral("Contoso %1exe.nwolf").arg(QChar(c));
    }
}

void TestTenantText::bidiControlsOnEverySurface()
{
    QFETCH(QString, name);
    QVERIFY(TenantText::hasBidiControl(name));
    const QString bare = QStringLiteral("Contoso exe.nwolf");
    QCOMPARE(TenantText::forTerminal(name), bare);
    QCOMPARE(TenantText::singleLine(name), bare);
    QCOMPARE(TenantText::forCsvCell(name), bare);
    QCOMPARE(TenantText::forPowerShellComment(name), bare);
    QCOMPARE(TenantText::forNotification(name), bare);
    QVERIFY(!TenantText::hasBidiControl(TenantText::forPowerShellLiteral(name)));
    const QString json = TenantText::escapeJsonControls(QStringLiteral("{\"n\":\"%1\"}").arg(name));
    QVERIFY(!TenantText::hasBidiControl(json));
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("n")).toString(), name); // same value
    QCOMPARE(TenantText::forDisplay(name), QStringLiteral("Contoso \uFFFDexe.nwolf"));
}

void TestTenantText::display_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Northwind CRM") << QStringLiteral("Northwind CRM");
    QTest::newRow("right-to-left script stays") << QStringLiteral("מערכת CRM") << QStringLiteral("מערכת CRM");
    QTest::newRow("override shown") << QStringLiteral("Invoice\u202Efdp.exe") << QStringLiteral("Invoice\uFFFDfdp.exe");
    QTest::newRow("isolate pair shown") << QStringLiteral("a\u2067b\u2069c") << QStringLiteral("a\uFFFDb\uFFFDc");
    QTest::newRow("marks shown") << QStringLiteral("x\u200Fy\u200Ez") << QStringLiteral("x\uFFFDy\uFFFDz");
    QTest::newRow("lines kept") << QStringLiteral("reason\nline two\ttab") << QStringLiteral("reason\nline two\ttab");
    QTest::newRow("other controls untouched")
        << QStringLiteral("Helper\rVerified") << QStringLiteral("Helper\rVerified");
}

void TestTenantText::display()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forDisplay(input), expected);
}

void TestTenantText::nameBesideBadge_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Northwind Traders") << QStringLiteral("Northwind Traders");
    QTest::newRow("heavy check mark") << QStringLiteral("\u2714 Microsoft Corporation")
                                      << QStringLiteral("\uFFFD Microsoft Corporation");
    QTest::newRow("check mark at the end")
        << QStringLiteral("Microsoft Corporation \u2713") << QStringLiteral("Microsoft Corporation \uFFFD");
    QTest::newRow("emoji and ballot box")
        << QStringLiteral("\u2705\uFE0F Contoso \u2611") << QStringLiteral("\uFFFD\uFE0F Contoso \uFFFD");
    QTest::newRow("square root") << QStringLiteral("\u221A Verified") << QStringLiteral("\uFFFD Verified");
    QTest::newRow("outside the BMP") << QStringLiteral("\U0001F5F8 a \U0001F5F9 b \U00010102")
                                     << QStringLiteral("\uFFFD a \uFFFD b \uFFFD");
    QTest::newRow("other symbols stay") << QStringLiteral("Fabrikam\u2122 \u2605 \U0001F600")
                                        << QStringLiteral("Fabrikam\u2122 \u2605 \U0001F600");
    QTest::newRow("bidi controls too") << QStringLiteral("\u202E\u2714 tfosorciM")
                                       << QStringLiteral("\uFFFD\uFFFD tfosorciM");
    // An app's name beside the publisher's: it must not bring the badge along either.
    QTest::newRow("app name with a badge")
        << QStringLiteral("\u2714 Contoso Verified Mail") << QStringLiteral("\uFFFD Contoso Verified Mail");
    QTest::newRow("app name with a check mark after a space")
        << QStringLiteral("Contoso Mail \u2713 verified") << QStringLiteral("Contoso Mail \uFFFD verified");
}

void TestTenantText::nameBesideBadge()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TenantText::forNameBesideBadge(input), expected);
}

QTEST_GUILESS_MAIN(TestTenantText)
#include "TestTenantText.moc"
