#include "GuiTestSupport.h"

#include "SandboxDemoTenant.h"
#include "common/TranslationLoader.h"
#include "log/Log.h"
#include "report/SnapshotReader.h"
#include "report/SnapshotWriter.h"
#include "snapshots/SnapshotActions.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

void GuiTestSupport::initLog(const QTemporaryDir& dir)
{
    Log::Options options;
    options.directory = dir.filePath(QStringLiteral("logs"));
    Log::init(options);
    // The texts as the app shows them: English with its plural forms ("1 change", not "1 change(s)").
    TranslationLoader::install(QString());
}

AppController::Options GuiTestSupport::demoOptions(const QTemporaryDir& dir, const QString& upn, const QString& suffix)
{
    AppController::Options options;
    options.demo = true;
    options.demoTenant = demoTenant();
    options.demoUser = upn;
    options.settingsFile = dir.filePath(QStringLiteral("profiles%1.ini").arg(suffix));
    options.journalFile = dir.filePath(QStringLiteral("journal%1.jsonl").arg(suffix));
    return options;
}

DemoTenant::Factory GuiTestSupport::demoTenant()
{
    return SandboxDemoTenant::factory();
}

SandboxServer* GuiTestSupport::demoSandbox(const AppController& controller)
{
    auto* demo = dynamic_cast<SandboxDemoTenant*>(controller.demoTenant());
    return demo ? demo->server() : nullptr;
}

bool GuiTestSupport::saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONSENTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return true;
    }
    QDir().mkpath(dir);
    return widget->grab().save(dir + QLatin1Char('/') + name);
}

bool GuiTestSupport::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

QString GuiTestSupport::exportSnapshot(AppController& controller, const QString& path)
{
    SnapshotActions* actions = controller.snapshotActions();
    QSignalSpy exported(actions, &SnapshotActions::exported);
    actions->exportTo(path);
    if (!exported.wait(60000)) {
        return QStringLiteral("no answer from the export of %1 in 60 s").arg(path);
    }
    const QList<QVariant> answer = exported.first();
    if (!answer.at(1).toBool()) {
        const QString message = answer.at(2).toString();
        return message.isEmpty() ? QStringLiteral("the export of %1 failed").arg(path) : message;
    }
    return {};
}

std::optional<TenantSnapshot> GuiTestSupport::weekLater(const QString& file)
{
    SnapshotReader::Result read = SnapshotReader::readFile(file);
    if (!read.ok()) {
        return std::nullopt;
    }
    TenantSnapshot later = *read.snapshot;
    later.createdDateTime = later.createdDateTime.addDays(7);
    return later;
}

bool GuiTestSupport::writeSnapshot(const TenantSnapshot& snapshot, const QString& path)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && SnapshotWriter::write(snapshot, &out, false, nullptr) && out.flush();
}

QStringList GuiTestSupport::cutTexts(QWidget* window)
{
    QStringList cut;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()) {
            continue;
        }
        QString shown = label->text().section(QLatin1Char('\n'), 0, 0);
        if (label->buddy()) { // the mnemonic's "&" is not drawn
            shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                .remove(QLatin1Char('&'))
                .replace(QChar(1), QLatin1Char('&'));
        }
        const int needed = label->fontMetrics().horizontalAdvance(shown);
        if (label->textFormat() != Qt::RichText && label->contentsRect().width() + 1 < needed) {
            cut << QStringLiteral("%1 (%2 of %3 px): %4")
                       .arg(label->objectName())
                       .arg(label->contentsRect().width())
                       .arg(needed)
                       .arg(label->text());
        }
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        // Check boxes and radio buttons cannot wrap: a choice shown in part is a choice the admin cannot read.
        if (button->isVisible() && (qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button))
            && (button->hasHeightForWidth() ? button->height() < button->heightForWidth(button->width())
                                            : button->width() < button->sizeHint().width())) {
            cut << QStringLiteral("%1 (%2 of %3 px): %4")
                       .arg(button->objectName())
                       .arg(button->width())
                       .arg(button->sizeHint().width())
                       .arg(button->text());
        }
    }
    return cut;
}
