#include "ProfileDialog.h"

#include "common/StateColorPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// Plain http is fine only on this machine (a sandbox); anything else must be https.
bool isUsableRoot(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.query().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    if (url.scheme() != QLatin1String("http")) {
        return false;
    }
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

ProfileDialog::ProfileDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Tenant profile"));
    setMinimumWidth(520);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("ConsentDesk signs in through your organization's own app registration. "
                                "See the README for how to register it (a public client with the redirect URI "
                                "http://127.0.0.1)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. Contoso production"));
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("profileTenant"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com, a tenant ID, or organizations"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("profileClientId"));
    m_clientId->setPlaceholderText(tr("Application (client) ID of your ConsentDesk registration"));
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(QStringLiteral("profileCloud"));
    m_cloud->addItem(tr("Global (and Microsoft 365 GCC)"), QStringLiteral("global"));
    m_cloud->addItem(tr("US Government GCC High"), QStringLiteral("usgov"));
    m_cloud->addItem(tr("US Government DoD"), QStringLiteral("usgovdod"));
    m_cloud->addItem(tr("China (operated by 21Vianet)"), QStringLiteral("china"));
    m_cloud->addItem(tr("Custom URLs (sandbox)"), QStringLiteral("custom"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Client ID:"), m_clientId);
    form->addRow(tr("C&loud:"), m_cloud);
    layout->addLayout(form);

    m_customBox = new QWidget(this);
    auto* custom = new QFormLayout(m_customBox);
    custom->setContentsMargins(0, 0, 0, 0);
    m_authority = new QLineEdit(m_customBox);
    m_authority->setObjectName(QStringLiteral("profileAuthority"));
    m_authority->setPlaceholderText(QStringLiteral("http://127.0.0.1:8400"));
    m_graph = new QLineEdit(m_customBox);
    m_graph->setObjectName(QStringLiteral("profileGraph"));
    m_exchange = new QLineEdit(m_customBox);
    m_exchange->setObjectName(QStringLiteral("profileExchange"));
    custom->addRow(tr("Sign-in root:"), m_authority);
    custom->addRow(tr("Graph root:"), m_graph);
    custom->addRow(tr("Exchange root:"), m_exchange);
    layout->addWidget(m_customBox);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, StateColorPalette(warn).color(StateColorPalette::Role::Danger));
    m_problem->setPalette(warn);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter saves once the profile is complete
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_name, m_tenant, m_clientId, m_authority, m_graph, m_exchange}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    }
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &ProfileDialog::validate);
    validate();
}

bool ProfileDialog::isGuid(const QString& text)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text.trimmed()).hasMatch();
}

bool ProfileDialog::isTenantValid(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression domain(QStringLiteral("^(?=.{3,253}$)([a-zA-Z0-9-]{1,63}\\.)+[a-zA-Z]{2,63}$"));
    // "common" and "consumers" are rejected on purpose: consent administration is per work tenant.
    return isGuid(t) || t == QLatin1String("organizations") || domain.match(t).hasMatch();
}

QString ProfileDialog::problem() const
{
    const Values v = values();
    if (v.name.isEmpty()) {
        return tr("Give the profile a name.");
    }
    if (v.name != m_originalName && m_existingNames.contains(v.name, Qt::CaseInsensitive)) {
        return tr("A profile named “%1” already exists.").arg(v.name);
    }
    if (!isTenantValid(v.tenant)) {
        return v.tenant == QLatin1String("common") || v.tenant == QLatin1String("consumers")
                   ? tr("Use your tenant's domain or ID (or “organizations”): consent is managed per work tenant.")
                   : tr("The tenant must be a verified domain (contoso.onmicrosoft.com), a tenant ID, or "
                        "“organizations”.");
    }
    if (!isGuid(v.clientId)) {
        return tr("The client ID is a GUID: copy the Application (client) ID from your app registration's Overview.");
    }
    if (v.cloud == QLatin1String("custom")) {
        for (const QUrl& url : {v.authority, v.graph, v.exchange}) {
            if (!isUsableRoot(url)) {
                return tr("Custom roots must be https:// URLs without a query, or http:// on this computer "
                          "(127.0.0.1 or localhost).");
            }
        }
    }
    return {};
}

void ProfileDialog::validate()
{
    m_customBox->setVisible(m_cloud->currentData().toString() == QLatin1String("custom"));
    const QString text = problem();
    m_problem->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void ProfileDialog::setValues(const Values& values)
{
    m_originalName = values.name;
    m_name->setText(values.name);
    m_tenant->setText(values.tenant);
    m_clientId->setText(values.clientId);
    const int index = m_cloud->findData(values.cloud);
    m_cloud->setCurrentIndex(index >= 0 ? index : 0);
    m_authority->setText(values.authority.toString());
    m_graph->setText(values.graph.toString());
    m_exchange->setText(values.exchange.toString());
    validate();
}

ProfileDialog::Values ProfileDialog::values() const
{
    Values v;
    v.name = m_name->text().trimmed();
    v.tenant = m_tenant->text().trimmed();
    v.clientId = m_clientId->text().trimmed().toLower();
    v.cloud = m_cloud->currentData().toString();
    if (v.cloud == QLatin1String("custom")) {
        v.authority = QUrl(m_authority->text().trimmed());
        v.graph = QUrl(m_graph->text().trimmed());
        v.exchange = QUrl(m_exchange->text().trimmed());
    }
    return v;
}

void ProfileDialog::setExistingNames(const QStringList& names)
{
    m_existingNames = names;
    validate();
}
