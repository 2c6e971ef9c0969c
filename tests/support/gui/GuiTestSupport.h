#pragma once

#include "AppController.h"
#include "report/TenantSnapshot.h"

#include <QApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <optional>

class SandboxServer;

// Helpers every GUI test needs: screenshots for the README and review, and waiting for widgets that appear
// asynchronously (dialogs opened with open(), results after a sandbox round trip) without a fixed sleep.
namespace GuiTestSupport {

// The application log in dir/logs for the whole test case, so a failing run leaves its log with its data; and the
// app's English texts with their plural forms, as main() installs them.
void initLog(const QTemporaryDir& dir);

// A controller on the in-process demo tenant, signed in as upn, with its profiles and journal in dir. A suffix
// ("-2") gives a second controller its own profiles and journal.
AppController::Options demoOptions(const QTemporaryDir& dir, const QString& upn, const QString& suffix = {});
// What consentdesk's main() gives the controller: the sandbox as the demo tenant.
DemoTenant::Factory demoTenant();
// The demo tenant's server (its store, its /_sandbox control endpoints); null before the demo started.
SandboxServer* demoSandbox(const AppController& controller);

// Saves a grab of widget as $CONSENTDESK_SCREENSHOT_DIR/name. Without that variable nothing is saved and the
// answer is true; false only when the image could not be written.
bool saveScreenshot(QWidget* widget, const QString& name);

// Snapshots for a comparison ("what changed in a week"): the tenant exported as File → Export snapshot… does it
// (SnapshotActions::exportTo, waiting up to 60 s), read back dated a week later, changed by the test, written back.
// exportSnapshot: empty when the file was written, else what went wrong (the export's own message).
QString exportSnapshot(AppController& controller, const QString& path);
// The snapshot in file, read back, its createdDateTime a week later; nullopt when it cannot be read.
std::optional<TenantSnapshot> weekLater(const QString& file);
// snapshot written to path as plain JSON, as an export would write it; whether it was written.
bool writeSnapshot(const TenantSnapshot& snapshot, const QString& path);

// What a person cannot read whole in window: visible one-line labels narrower than their text, check boxes and radio
// buttons narrower than their text needs (they cannot wrap). One line each: object name, widths, text.
QStringList cutTexts(QWidget* window);

// Processes events until condition() holds or timeoutMs have passed; whether it held.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 20000);

// The visible descendant of root called name, once there is one; nullptr after timeoutMs.
template<typename T> T* waitForChild(QWidget* root, const QString& name, int timeoutMs = 20000)
{
    T* found = nullptr;
    const bool shown = waitUntil(
        [&] {
            found = root->findChild<T*>(name);
            return found && found->isVisible();
        },
        timeoutMs);
    return shown ? found : nullptr;
}

// The same, for a widget that may be any window or inside any window (a wizard, a dialog of a dialog).
template<typename T> T* waitForWidget(const QString& name, int timeoutMs = 20000)
{
    T* found = nullptr;
    waitUntil(
        [&] {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (T* child = top->findChild<T*>(name); child && child->isVisible()) {
                    found = child;
                    return true;
                }
                if (auto* self = qobject_cast<T*>(top); self && top->objectName() == name && top->isVisible()) {
                    found = self;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

} // namespace GuiTestSupport
