#pragma once

#include <QGroupBox>

class GraphClient;
class QLabel;
class QPushButton;
class QTreeWidget;
struct ConsentSettings;

/**
 * The section of Consent settings with the permissions classified low impact on Microsoft Graph (what users may
 * consent to under "for selected permissions"). Adding one looks the permission up on Microsoft Graph's service
 * principal first; the view plans and runs the change (classifyRequested, unclassifyRequested).
 */
class LowImpactPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LowImpactPanel(GraphClient* graph, QWidget* parent = nullptr);

    void clear();
    void show(const ConsentSettings& settings);
    // reason: why the admin may not classify (empty when they may).
    void updateControls(bool editable, const QString& reason);

signals:
    void changed();
    void classifyRequested(const QString& permissionId, const QString& permissionName);
    void unclassifyRequested(const QString& permissionName);

private:
    void addClassification();
    void removeClassification();

    GraphClient* m_graph = nullptr;
    QString m_graphServicePrincipalId;
    QTreeWidget* m_lowImpact = nullptr;
    QPushButton* m_classify = nullptr;
    QPushButton* m_unclassify = nullptr;
    QLabel* m_reason = nullptr;
};
