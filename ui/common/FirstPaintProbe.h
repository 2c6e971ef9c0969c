#pragma once

#include <QObject>

/**
 * For the bench's cold-start figure (CONSENTDESK_FIRST_PAINT_PROBE=1): when a window is painted for the first time,
 * says so on standard output ("first-paint") and quits, so a timer outside the process measures start-up to the first
 * painted window — what a person waits for. Does nothing unless the variable is set.
 */
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static bool requested();
    static void install(); // on qApp; deletes itself after the first paint

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};
