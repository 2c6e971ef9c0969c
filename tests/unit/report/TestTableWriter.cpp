#include "HostileText.h"
#include "report/TableStreamWriter.h"
#include "report/TableWriter.h"
#include "report/TenantText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void parseFormat();
    void textIsAligned();
    void jsonKeysAreStable();
    void csvQuotingAndFormulaGuard_data();
    void csvQuotingAndFormulaGuard();
    void csvRows();
    void hostileCellsInEveryFormat_data();
    void hostileCellsInEveryFormat();
    void streamedIsTheSameBytes_data();
    void streamedIsTheSameBytes();
    void streamedTextAlignsOnTheFirstRows();
    void emptyTables();
    void jsonIsWhatQJsonDocumentWrites_data();
    void jsonIsWhatQJsonDocumentWrites();

private:
    static Table sample();
};

Table TestTableWriter::sample()
{
    Table t;
    t.addColumn(QStringLiteral("ClientDisplayName"), QStringLiteral("App"));
    t.addColumn(QStringLiteral("Permission"), QStringLiteral("Permission"));
    t.addColumn(QStringLiteral("Scopes"), QStringLiteral("Scopes"));
    t.addColumn(QStringLiteral("MicrosoftApp"), QStringLiteral("Microsoft"));
    t.addRow({QStringLiteral("Northwind CRM"),
              QStringLiteral("Mail.Read"),
              QStringList {QStringLiteral("a"), QStringLiteral("b")},
              false});
    t.addRow({QStringLiteral("Graph Explorer"), QStringLiteral("User.Read"), QVariant(), true});
    return t;
}

void TestTableWriter::parseFormat()
{
    QCOMPARE(TableWriter::parseFormat(QStringLiteral("JSON")), TableWriter::Format::Json);
    QCOMPARE(TableWriter::parseFormat(QStringLiteral("csv")), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::parseFormat(QStringLiteral("table")), TableWriter::Format::Table);
    QVERIFY(!TableWriter::parseFormat(QStringLiteral("xml")).has_value());
}

void TestTableWriter::textIsAligned()
{
    const QStringList lines
        = QString::fromUtf8(TableWriter::toText(sample())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("App")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("---")));
    // The second column starts at the same offset on every line.
    const int offset = int(lines.at(2).indexOf(QStringLiteral("Mail.Read")));
    QCOMPARE(lines.at(3).indexOf(QStringLiteral("User.Read")), offset);
    QCOMPARE(lines.at(0).indexOf(QStringLiteral("Permission")), offset);
}

void TestTableWriter::jsonKeysAreStable()
{
    const QJsonArray array = QJsonDocument::fromJson(TableWriter::toJson(sample())).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("ClientDisplayName")).toString(), QStringLiteral("Northwind CRM"));
    QCOMPARE(first.value(QStringLiteral("Scopes")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("MicrosoftApp")).toBool(), false);
    QVERIFY(array.at(1).toObject().value(QStringLiteral("Scopes")).isNull());
}

void TestTableWriter::csvQuotingAndFormulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Mail.Read") << QStringLiteral("Mail.Read");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
}

void TestTableWriter::csvQuotingAndFormulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(TableWriter::csvEscape(cell), expected);
}

void TestTableWriter::csvRows()
{
    const QString csv = QString::fromUtf8(TableWriter::toCsv(sample()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("ClientDisplayName,Permission,Scopes,MicrosoftApp"));
    QCOMPARE(lines.at(1), QStringLiteral("Northwind CRM,Mail.Read,a b,false"));
    QCOMPARE(lines.at(2), QStringLiteral("Graph Explorer,User.Read,,true"));
}

// Issue 12.3: a name with terminal escapes (clipboard write, clear screen, C1 controls, bidi override) reaches no
// terminal through the text table; JSON keeps the value but escapes the controls; CSV drops them.
void TestTableWriter::hostileCellsInEveryFormat_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& [label, name] : HostileText::terminalNames()) {
        QTest::newRow(qPrintable(label)) << name;
    }
}

void TestTableWriter::hostileCellsInEveryFormat()
{
    QFETCH(QString, name);
    Table t;
    t.addColumn(QStringLiteral("ClientDisplayName"), QStringLiteral("App"));
    t.addColumn(QStringLiteral("Scopes"), QStringLiteral("Scopes"));
    t.addRow({name, QStringList {name, QStringLiteral("User.Read")}});
    QString which;
    const QString text = QString::fromUtf8(TableWriter::toText(t));
    QVERIFY2(!HostileText::hasTerminalControl(text, &which), qPrintable(which + QStringLiteral(" in ") + text));
    QVERIFY(text.contains(QStringLiteral("Helper")));
    const QByteArray json = TableWriter::toJson(t);
    QVERIFY2(!HostileText::hasTerminalControl(QString::fromUtf8(json), &which), qPrintable(which));
    QCOMPARE(
        QJsonDocument::fromJson(json).array().at(0).toObject().value(QStringLiteral("ClientDisplayName")).toString(),
        name);
    const QString csv = QString::fromUtf8(TableWriter::toCsv(t)).remove(QStringLiteral("\r\n"));
    QString csvWhich;
    // CR and LF inside a quoted cell are CSV's own; nothing else.
    QVERIFY2(!HostileText::hasTerminalControl(QString(csv).remove(QLatin1Char('\r')), &csvWhich), qPrintable(csvWhich));
}

void TestTableWriter::streamedIsTheSameBytes_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("table") << int(TableWriter::Format::Table);
    QTest::newRow("json") << int(TableWriter::Format::Json);
    QTest::newRow("csv") << int(TableWriter::Format::Csv);
}

void TestTableWriter::streamedIsTheSameBytes()
{
    // Rows written one at a time, in many small pieces, give what the whole table gives.
    QFETCH(int, format);
    const auto f = TableWriter::Format(format);
    Table t = sample();
    t.addRow({QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("line\nbreak"), QStringList(), true});
    QByteArray out;
    int pieces = 0;
    TableStreamWriter writer(f, t.columns, [&](const QByteArray& bytes) {
        out += bytes;
        ++pieces;
    });
    for (const auto& row : t.rows) {
        writer.writeRow(row);
    }
    writer.finish();
    writer.finish(); // once only
    QCOMPARE(out, TableWriter::write(t, f));
    QCOMPARE(writer.rowsWritten(), qint64(t.rows.size()));
    if (f != TableWriter::Format::Table) {
        QVERIFY(pieces >= int(t.rows.size())); // a piece per row, not one at the end
    }
}

void TestTableWriter::streamedTextAlignsOnTheFirstRows()
{
    Table t = sample();
    QByteArray out;
    TableStreamWriter writer(TableWriter::Format::Table, t.columns, [&](const QByteArray& bytes) { out += bytes; });
    writer.setLayoutRows(2);
    writer.writeRows(t.rows);
    QVERIFY(!out.isEmpty()); // laid out after two rows, before finish()
    writer.writeRow({QStringLiteral("A much longer application name than before"), QStringLiteral("Mail.Send")});
    writer.finish();
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    const int offset = int(lines.at(2).indexOf(QStringLiteral("Mail.Read")));
    QCOMPARE(lines.at(3).indexOf(QStringLiteral("User.Read")), offset);
    QVERIFY(lines.at(4).contains(QStringLiteral("A much longer application name than before  Mail.Send")));
}

void TestTableWriter::emptyTables()
{
    Table t = sample();
    t.rows.clear();
    QCOMPARE(TableWriter::toJson(t), QByteArray("[\n]\n"));
    QCOMPARE(QJsonDocument::fromJson(TableWriter::toJson(t)).array().size(), 0);
    QCOMPARE(TableWriter::toCsv(t), QByteArray("ClientDisplayName,Permission,Scopes,MicrosoftApp\r\n"));
    QCOMPARE(QString::fromUtf8(TableWriter::toText(t)).count(QLatin1Char('\n')), 2); // header and rule
}

void TestTableWriter::jsonIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("text");
    const QList<QList<QPair<QString, QString>>> lists {
        HostileText::terminalNames(), HostileText::powerShellNames(), HostileText::markupNames()};
    for (int i = 0; i < lists.size(); ++i) {
        for (const auto& [label, name] : lists.at(i)) {
            QTest::addRow("%d %s", i, qPrintable(label)) << name;
        }
    }
    QTest::newRow("quotes and backslashes") << QStringLiteral("a \"quoted\" C:\\path\\ / slash");
    QTest::newRow("every C0") << [] {
        QString s;
        for (char16_t c = 0; c < 0x20; ++c) {
            s += QChar(c);
        }
        return s;
    }();
    QTest::newRow("every TenantText control") << [] {
        QString s;
        for (char32_t c = 0x20; c < 0x10000; ++c) {
            if (!QChar::isSurrogate(c) && TenantText::isControl(char16_t(c))) {
                s += QChar(char16_t(c));
            }
        }
        return s;
    }();
    QTest::newRow("DEL and C1") << QStringLiteral("x\u007fy\u0080z\u0085\u009f\u00a0\u00e9");
    QTest::newRow("separators and bidi") << QStringLiteral(
        "a\u2028b\u2029c\u202ed\u2066e\u2069f\u200bg\u200eh\u200fi\u061cj");
    QTest::newRow("CJK and emoji") << QStringLiteral(
        "Contoso \u30a2\u30d7\u30ea \U0001F600 \U0001F469\u200D\U0001F4BB");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + QStringLiteral("tail");
    QTest::newRow("lone low surrogate") << QStringLiteral("head") + QString(QChar(0xDE00));
    QTest::newRow("high surrogate at the end") << QStringLiteral("end") + QString(QChar(0xD83D));
    QTest::newRow("empty") << QString();
}

void TestTableWriter::jsonIsWhatQJsonDocumentWrites()
{
    // The JSON rows are written directly: byte for byte what QJsonDocument writes for the row's object (keys sorted),
    // with the controls TenantText escapes — for any text, in a key too, and beside cells of every other kind.
    QFETCH(QString, text);
    Table t;
    t.addColumn(QStringLiteral("Permission"), QStringLiteral("Permission"));
    t.addColumn(QStringLiteral("AppId"), QStringLiteral("App id"));
    t.addColumn(QStringLiteral("B"), QStringLiteral("B"));
    t.addColumn(QStringLiteral("AB"), QStringLiteral("AB"));
    t.addColumn(QStringLiteral("Z") + text, QStringLiteral("Odd key"));
    t.addRow({text, QStringLiteral("00000003-0000-0000-c000-000000000000"), QVariant(), true, text});
    t.addRow({QStringLiteral("User.Read"), text, false, QVariant(QString()), QString()});
    t.addRow(
        {text, QStringList {text, QStringLiteral("b")}, 42, 1.5, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())});
    QByteArray expected = "[\n";
    for (int r = 0; r < t.rows.size(); ++r) {
        QJsonObject object;
        for (int c = 0; c < t.columns.size(); ++c) {
            object.insert(t.columns.at(c).key, TableWriter::jsonValue(t.rows.at(r).value(c)));
        }
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
        text.chop(1);
        text.replace('\n', QByteArrayLiteral("\n    "));
        expected += (r > 0 ? ",\n    " : "    ") + TenantText::escapeJsonControls(text);
    }
    expected += "\n]\n";
    const QByteArray json = TableWriter::toJson(t);
    QCOMPARE(json, expected);
    const QJsonArray parsed = QJsonDocument::fromJson(json).array();
    QCOMPARE(parsed.size(), 3);
    if (!text.contains(QChar(0xD83D)) && !text.contains(QChar(0xDE00))) {
        QCOMPARE(parsed.at(0).toObject().value(QStringLiteral("Permission")).toString(), text);
    }
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
