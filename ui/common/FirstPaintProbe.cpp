#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariableIsSet("CONSENTDESK_FIRST_PAINT_PROBE");
}

void FirstPaintProbe::install()
{
    if (requested() && qApp) {
        qApp->installEventFilter(new FirstPaintProbe(qApp));
    }
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->isWindow() && widget->isVisible()) {
            m_done = true;
            // After this paint has finished: the window is on screen.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                qApp->removeEventFilter(this);
                QCoreApplication::quit();
                deleteLater();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}
