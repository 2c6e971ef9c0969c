#pragma once

#include "directory/ConsentRequest.h"

#include <QList>
#include <QObject>

class MainWindow;
class QSystemTrayIcon;

/**
 * Tells the admin about consent requests that arrived while ConsentDesk was in the background: a line in the status
 * bar, a desktop notification where the system has a tray (clicking it opens the requests), and the taskbar's
 * attention hint.
 */
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(MainWindow* window, QObject* parent = nullptr);

    void notifyNewRequests(const QList<ConsentRequest>& requests);

private:
    MainWindow* m_window = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // created on the first notification
};
