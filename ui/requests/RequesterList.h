#pragma once

#include "directory/UserConsentRequest.h"

#include <QList>
#include <QTreeWidget>

/**
 * A consent request's "Who asked, and why": one row per requester — name and UPN on a line each, elided to at most a
 * third of the width; the reason, whole and wrapped; when; status; expiry — as tall as its rows (up to about five,
 * then it scrolls), so the permissions below keep the room. Tenant words are shown as plain text, whole in tooltips.
 */
class RequesterList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RequesterList(QWidget* parent = nullptr);

    void setRequests(const QList<UserConsentRequest>& requests);

private:
    void elideNames(); // at m_nameWidth
    void fit();

    QList<UserConsentRequest> m_requests;
    int m_nameWidth = 0; // the most a requester's name or UPN may take in the User column, in pixels
};
