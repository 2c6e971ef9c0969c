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

QTEST_GUILESS_MAIN(TestLog)
#include "TestLog.moc"
