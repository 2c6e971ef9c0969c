#include "report/TableWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
