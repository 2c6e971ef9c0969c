#pragma once

#include "auth/ConsentDeskScopes.h"

#include <QDialog>
#include <QList>

/**
 * Before ConsentDesk asks the identity platform for write permissions (incremental consent), the admin sees which
 * permissions, why each is needed, and that the browser will open — then decides. Nothing is requested on "Not now".
 */
class WriteConsentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WriteConsentDialog(const QList<ConsentDeskScopes::Permission>& permissions, QWidget* parent = nullptr);
};
