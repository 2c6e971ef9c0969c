#include "log/Log.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestNetworkAuth, "qt.networkauth.test")

class TestLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fileContainsNoSecrets();
    void qtMessagesAreRouted();
    void networkAuthDebugIsOff();
    void oneMessageIsOneLine();

private:
    QString readLog();
    QTemporaryDir m_dir;
};

void TestLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Log::Options options;
    options.directory = m_dir.filePath(QStringLiteral("logs"));
    options.level = spdlog::level::debug;
    Log::init(options);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("logs"))));
    QCOMPARE(Log::directory(), m_dir.filePath(QStringLiteral("logs")));
}

void TestLog::cleanupTestCase()
{
    Log::shutdown();
}

QString TestLog::readLog()
{
    Log::flush();
    QFile file(Log::filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

void TestLog::fileContainsNoSecrets()
{
    const QString jwt
        = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhZGVsZUBjb250b3NvLmNvbSJ9.U0lHTkFUVVJF");
    auto log = Log::get("graph");
    log->info("token {}", jwt);
    log->info("request headers: Authorization: Bearer {}", QStringLiteral("OPAQUE-ACCESS-TOKEN-42"));
    log->warn(
        "token endpoint said {}",
        QStringLiteral(R"({"access_token":"AT-77","refresh_token":"RT-88","id_token":"ID-99","expires_in":3600})"));
    log->info("callback GET /?code={}&state=abc", QStringLiteral("0.AXEA-AUTH-CODE-123"));
    log->info("marker line");

    const QString text = readLog();
    QVERIFY2(text.contains(QStringLiteral("marker line")), "the log file must be written");
    for (const QString& secret : {jwt,
                                  QStringLiteral("OPAQUE-ACCESS-TOKEN-42"),
                                  QStringLiteral("AT-77"),
                                  QStringLiteral("RT-88"),
                                  QStringLiteral("ID-99"),
                                  QStringLiteral("0.AXEA-AUTH-CODE-123")}) {
        QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("secret leaked into the log: ") + secret));
    }
    QVERIFY(text.contains(QStringLiteral("[redacted]")));

    // Owner-only permissions on the file.
    const auto perms = QFile::permissions(Log::filePath());
    QVERIFY(!(perms & QFile::ReadOther));
    QVERIFY(!(perms & QFile::ReadGroup));
}

void TestLog::qtMessagesAreRouted()
{
    qWarning("qt warning with Bearer %s inside", "QT-ROUTED-SECRET");
    const QString text = readLog();
    QVERIFY(text.contains(QStringLiteral("qt warning with Bearer")));
    QVERIFY(!text.contains(QStringLiteral("QT-ROUTED-SECRET")));
    QVERIFY(text.contains(QStringLiteral("[qt]")));
}

void TestLog::networkAuthDebugIsOff()
{
    QVERIFY(!lcTestNetworkAuth().isDebugEnabled());
    qCDebug(lcTestNetworkAuth) << "authorize url with state NETWORKAUTH-DEBUG-LINE";
    QVERIFY(!readLog().contains(QStringLiteral("NETWORKAUTH-DEBUG-LINE")));
}

void TestLog::oneMessageIsOneLine()
{
    // Text from outside (a server's error, an app's name) must not forge log lines or drive the terminal of a console
    // sink: line breaks and other controls are written as escapes.
    auto log = Log::get("graph");
    const QString forged = QStringLiteral(
        "Contoso\r\n2026-12-07T06:51:07.000+00:00 [auth] info: signed in as admin\u001b]52;c;ZXZpbA==\u0007"
        "\u0085NEL\u2028LS\u2029PS\u009bC1\u007fDEL\tTAB");
    log->warn("app {} refused", forged);
    const QString text = readLog();
    const qsizetype at = text.indexOf(QLatin1String("app Contoso"));
    QVERIFY(at >= 0);
    const QString line = text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at);
    QVERIFY2(line.endsWith(QLatin1String(" refused")), qPrintable(line)); // the whole message on one line
    QVERIFY(line.contains(QLatin1String("Contoso\\r\\n2026-12-07")));
    QVERIFY(line.contains(QLatin1String("\\x1b]52;c;")));
    QVERIFY(line.contains(QLatin1String("\\u{0085}NEL\\u{2028}LS\\u{2029}PS\\u{009b}C1\\x7fDEL\tTAB")));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x2028)));
}

QTEST_GUILESS_MAIN(TestLog)
#include "TestLog.moc"
