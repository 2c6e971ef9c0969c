#pragma once

#include "ViewFilter.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class SessionState;

/**
 * One page of the main window. MainWindow lists the views it is given, hands every one of them the session when it
 * starts and nullptr when it ends — signed out, failed, expired — and shows what a view reports in the status bar and
 * as a count after its title. One interface for all of them, so no view can be left holding the previous account's
 * data or what its roles allowed.
 */
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString viewId() const = 0; // "requests", stable: tests and showView() use it
    virtual QString viewTitle() const = 0;
    virtual QIcon viewIcon() const = 0;
    virtual QString viewToolTip() const = 0;

    // The signed-in session (not owned; valid until the next call), or nullptr: nothing of an account may stay
    // visible and nothing may be allowed.
    virtual void setSession(SessionState* session) = 0;
    SessionState* session() const { return m_session; } // as MainWindow last gave it

    // Show only what the filter selects, and say so above the list with a way back to everything (FilterBanner).
    // False when the view does not know the filter; MainWindow then shows the view as it is.
    virtual bool showFiltered(const ViewFilter& filter);

    // The view that widget is part of (a dialog's parent chain counts), or null.
    static ConsoleView* enclosing(QWidget* widget);

signals:
    void statusMessage(const QString& text); // something that just happened; the status bar shows it for a while
    void notice(const QString& text); // something to know above every view until dismissed; empty hides it
    void badgeChanged(int count); // what waits for the admin, after the view's title; 0 removes it
    void activationRequested(); // the view has something the admin must see now (the sign-in page while signing in)
    void showRequested(const QString& viewId, const ViewFilter& filter); // open another view, filtered (click-through)

private:
    friend class MainWindow; // sets m_session before calling setSession()
    SessionState* m_session = nullptr;
};
