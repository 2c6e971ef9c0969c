#include "LowImpactPanel.h"

#include "ConsentSettingsView.h"
#include "SettingsWidgets.h"
#include "common/ViewStyle.h"
#include "graph/GraphClient.h"
#include "graph/GraphPath.h"
#include "graph/GraphReply.h"
#include "settings/ConsentSettings.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

// The texts keep the view's translation context (ConsentSettingsView::tr): they were the view's before its sections
// became panels, and their translations stay with it.

LowImpactPanel::LowImpactPanel(GraphClient* graph, QWidget* parent)
    : QGroupBox(parent)
    , m_graph(graph)
{
    setTitle(ConsentSettingsView::tr("Permissions classified low impact (Microsoft Graph)"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(ConsentSettingsView::tr("With the setting \"for selected permissions\", users may consent "
                                                    "to these for apps from verified publishers or from your "
                                                    "organization."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_reason = SettingsWidgets::plainLabel(this, "classifyReadOnlyReason", true);
    layout->addWidget(m_reason);
    m_lowImpact
        = SettingsWidgets::tree(this,
                                "lowImpactPermissions",
                                {ConsentSettingsView::tr("Permission"), ConsentSettingsView::tr("Permission id")});
    m_lowImpact->setAccessibleName(ConsentSettingsView::tr("Permissions classified low impact"));
    m_lowImpact->setAccessibleDescription(
        ConsentSettingsView::tr("One row per permission classified low impact; users may consent to these when the "
                                "user consent policy allows low-impact permissions."));
    layout->addWidget(m_lowImpact, 1);
    auto* buttons = new QHBoxLayout;
    m_classify = new QPushButton(ConsentSettingsView::tr("A&dd permission…"), this);
    m_classify->setObjectName(QStringLiteral("classifyButton"));
    m_unclassify = new QPushButton(ConsentSettingsView::tr("Remove permission…"), this);
    m_unclassify->setObjectName(QStringLiteral("unclassifyButton"));
    buttons->addWidget(m_classify);
    buttons->addWidget(m_unclassify);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_classify, &QPushButton::clicked, this, &LowImpactPanel::addClassification);
    connect(m_unclassify, &QPushButton::clicked, this, &LowImpactPanel::removeClassification);
    connect(m_lowImpact, &QTreeWidget::itemSelectionChanged, this, &LowImpactPanel::changed);
}

void LowImpactPanel::clear()
{
    m_graphServicePrincipalId.clear();
    m_lowImpact->clear();
}

void LowImpactPanel::show(const ConsentSettings& s)
{
    clear();
    m_graphServicePrincipalId = s.graphServicePrincipalId;
    if (s.classificationsError.isError()) {
        auto* item = new QTreeWidgetItem(m_lowImpact);
        item->setText(0, ViewStyle::tenantText(SettingsWidgets::readError(s.classificationsError)));
        return;
    }
    for (const auto& c : s.lowImpact()) {
        auto* item = new QTreeWidgetItem(m_lowImpact);
        item->setText(0, c.permissionName); // Microsoft Graph's own permission names
        item->setText(1, c.permissionId);
    }
    m_lowImpact->resizeColumnToContents(0);
}

void LowImpactPanel::updateControls(bool editable, const QString& reason)
{
    m_classify->setEnabled(editable);
    m_unclassify->setEnabled(editable && !m_lowImpact->selectedItems().isEmpty());
    m_reason->setText(ViewStyle::tenantText(reason));
    m_reason->setVisible(!reason.isEmpty());
}

void LowImpactPanel::addClassification()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
                             this,
                             ConsentSettingsView::tr("Classify a permission as low impact"),
                             ConsentSettingsView::tr("Microsoft Graph delegated permission (for example Mail.Read):"),
                             QLineEdit::Normal,
                             QString(),
                             &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || !m_graph) {
        return;
    }
    ODataQuery select;
    select.select({QStringLiteral("id"), QStringLiteral("oauth2PermissionScopes")});
    GraphReply* reply
        = m_graph->send(GraphRequest::get(GraphPath::servicePrincipal(m_graphServicePrincipalId), select));
    connect(reply, &GraphReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        const QString title = ConsentSettingsView::tr("Classify a permission");
        if (!reply->ok()) {
            ViewStyle::warning(this,
                               title,
                               ConsentSettingsView::tr("Could not read Microsoft Graph's permissions: %1")
                                   .arg(reply->error().summary()));
            return;
        }
        for (const auto& v : reply->json().value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
            const QJsonObject scope = v.toObject();
            const QString value = scope.value(QStringLiteral("value")).toString();
            if (value.compare(name, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (scope.value(QStringLiteral("type")).toString() == QLatin1String("Admin")) {
                ViewStyle::warning(this,
                                   title,
                                   ConsentSettingsView::tr("%1 needs an admin's consent, so users can never consent "
                                                           "to it and it cannot be classified.")
                                       .arg(value));
                return;
            }
            emit classifyRequested(scope.value(QStringLiteral("id")).toString(), value);
            return;
        }
        ViewStyle::warning(
            this, title, ConsentSettingsView::tr("Microsoft Graph has no delegated permission %1.").arg(name));
    });
}

void LowImpactPanel::removeClassification()
{
    const auto selected = m_lowImpact->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    emit unclassifyRequested(selected.first()->text(0));
}
