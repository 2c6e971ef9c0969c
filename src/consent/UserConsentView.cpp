#include "UserConsentView.h"

QStringList UserConsentView::consentedApps() const
{
    QStringList apps;
    for (const auto& row : userConsents) {
        if (!apps.contains(row.clientDisplayName)) {
            apps.append(row.clientDisplayName);
        }
    }
    return apps;
}
