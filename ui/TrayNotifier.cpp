#include "TrayNotifier.h"

#include "MainWindow.h"
#include "common/Preferences.h"
#include "common/ViewStyle.h"
#include "report/TenantText.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
}

void TrayNotifier::notifyNewRequests(const QList<ConsentRequest>& requests)
{
    if (requests.isEmpty()) {
        return;
    }
    const int count = int(requests.size());
    const QString text = count == 1 ? tr("%1 is waiting for your approval.").arg(requests.first().appDisplayName)
                                    : tr("%n new consent requests are waiting for your approval.", nullptr, count);
    m_window->showMessage(text);
    if (!Preferences::notifications()) {
        return; // the badge and the status bar still say it
    }
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")), this);
            // The system shows the tray's tooltip, not QToolTip (ViewStyle::ToolTipHost).
            const QString tip = tr("ConsentDesk");
            m_tray->setToolTip(ViewStyle::plainToolTip(tip, ViewStyle::ToolTipHost::SystemTray));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                m_window->showView(QStringLiteral("requests"));
                m_window->raise();
                m_window->activateWindow();
            });
            m_tray->show();
        }
        // The app's name is its publisher's choice; some notification servers render the body as markup.
        m_tray->showMessage(tr("New consent request"), TenantText::forNotification(text), QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window);
}
