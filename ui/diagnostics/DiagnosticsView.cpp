#include "DiagnosticsView.h"

#include "ConsentDeskVersion.h"
#include "common/ViewStyle.h"
#include "graph/GraphCounters.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/version.h>

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DiagnosticsView::DiagnosticsView(QWidget* parent)
    : ConsoleView(parent)
{
    setObjectName(QStringLiteral("diagnosticsView"));

    QVBoxLayout* layout = ViewStyle::scrollingPage(this);
    QWidget* content = layout->parentWidget();
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto* title = ViewStyle::pageTitle(tr("Diagnostics"), content);
    auto* intro = new QLabel(tr("Versions, log location, keychain access and network activity. "
                                "Nothing on this page is secret: copy it into a support ticket as it is."),
                             content);
    intro->setWordWrap(true);

    auto* copy = new QPushButton(tr("Copy report"), content);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(copy);

    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addWidget(buildVersions());
    layout->addWidget(buildLogs());
    layout->addWidget(buildKeychain());
    layout->addWidget(buildNetwork(), 1);
}

QString DiagnosticsView::viewTitle() const
{
    return tr("Diagnostics");
}

QIcon DiagnosticsView::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/diagnostics.svg"));
}

QString DiagnosticsView::viewToolTip() const
{
    return tr("Versions, logs, keychain and network counters");
}

QWidget* DiagnosticsView::buildVersions()
{
    auto* box = new QGroupBox(tr("Versions"), this);
    auto* form = new QFormLayout(box);
    auto add = [&](const QString& label, const QString& value, const char* name) {
        auto* v = new QLabel(value, box);
        v->setObjectName(QString::fromLatin1(name));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    add(tr("ConsentDesk:"),
        QStringLiteral("%1 (%2)").arg(QStringLiteral(CONSENTDESK_VERSION), QStringLiteral(CONSENTDESK_BUILD_TYPE)),
        "versionConsentDesk");
    add(tr("Qt:"),
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        "versionQt");
    add(tr("QtKeychain:"), QStringLiteral(CONSENTDESK_QTKEYCHAIN_VERSION), "versionKeychain");
    add(tr("spdlog:"),
        QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
        "versionSpdlog");
    add(tr("System:"),
        QStringLiteral("%1 (%2, %3)")
            .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName()),
        "versionSystem");
    return box;
}

QWidget* DiagnosticsView::buildLogs()
{
    auto* box = new QGroupBox(tr("Log files"), this);
    auto* row = new QHBoxLayout(box);
    m_logDir = new QLabel(tr("Logging to the console only"), box);
    m_logDir->setObjectName(QStringLiteral("logDirectoryLabel"));
    m_logDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logDir->setWordWrap(true);
    m_openLogs = new QPushButton(tr("Open folder"), box);
    m_openLogs->setObjectName(QStringLiteral("openLogFolderButton"));
    m_openLogs->setEnabled(false);
    connect(
        m_openLogs, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_logPath)); });
    row->addWidget(m_logDir, 1);
    row->addWidget(m_openLogs);
    return box;
}

QWidget* DiagnosticsView::buildKeychain()
{
    auto* box = new QGroupBox(tr("Keychain"), this);
    auto* row = new QHBoxLayout(box);
    m_keychainStatus = new QLabel(box);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatusLabel"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setTextFormat(Qt::PlainText);
    // A word-wrapped label beside a button gets too little height in a box layout; reserve room for the message.
    m_keychainStatus->setMinimumHeight(m_keychainStatus->fontMetrics().lineSpacing() * 3 + 4);
    m_keychainStatus->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_keychainCheck = new QPushButton(box);
    m_keychainCheck->setObjectName(QStringLiteral("keychainCheckButton"));
    connect(m_keychainCheck, &QPushButton::clicked, this, &DiagnosticsView::keychainCheckRequested);
    row->addWidget(m_keychainStatus, 1);
    row->addWidget(m_keychainCheck, 0, Qt::AlignTop);
    setKeychainStatus(KeychainState::Unknown);
    return box;
}

QWidget* DiagnosticsView::buildNetwork()
{
    auto* box = new QGroupBox(tr("Network requests (this session)"), this);
    auto* layout = new QVBoxLayout(box);
    m_counterTree = new QTreeWidget(box);
    m_counterTree->setObjectName(QStringLiteral("requestCounters"));
    m_counterTree->setAccessibleName(tr("Requests sent, by service"));
    m_counterTree->setAccessibleDescription(tr("The requests this session sent, counted by service and by answer."));
    m_counterTree->setColumnCount(2);
    m_counterTree->setHeaderLabels({tr("Counter"), tr("Value")});
    m_counterTree->setRootIsDecorated(true);
    m_counterTree->setUniformRowHeights(true);
    m_counterTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_counterTree->setMinimumHeight(220);
    layout->addWidget(m_counterTree);
    refreshCounters();
    return box;
}

void DiagnosticsView::setLogDirectory(const QString& path)
{
    m_logPath = path;
    m_logDir->setText(path.isEmpty() ? tr("Logging to the console only") : path);
    m_openLogs->setEnabled(!path.isEmpty());
}

void DiagnosticsView::setCounters(GraphCounters* counters)
{
    if (m_counters) {
        disconnect(m_counters, nullptr, this, nullptr);
    }
    m_counters = counters;
    if (m_counters) {
        connect(m_counters, &GraphCounters::changed, this, &DiagnosticsView::refreshCounters);
    }
    refreshCounters();
}

void DiagnosticsView::setKeychainStatus(KeychainState state, const QString& detail)
{
    m_keychainState = state;
    QString text;
    switch (state) {
    case KeychainState::Unknown:
        text = tr("Not checked yet. Checking stores and deletes a test entry; your system may ask you to unlock "
                  "or create a keyring.");
        break;
    case KeychainState::Checking:
        text = tr("Checking the system keychain…");
        break;
    case KeychainState::Reachable:
        text = tr("✔ Reachable. Sign-ins are remembered securely in the system keychain.");
        break;
    case KeychainState::Unavailable:
        text = tr("✖ Not available: %1\nSign-ins last for this session only; nothing is written to disk in plain text.")
                   .arg(detail.isEmpty() ? tr("no keychain service answered") : detail);
        break;
    }
    if (!detail.isEmpty() && state == KeychainState::Reachable) {
        text += QStringLiteral(" (") + detail + QStringLiteral(")");
    }
    m_keychainStatus->setText(text);
    m_keychainCheck->setText(state == KeychainState::Unknown ? tr("Check now") : tr("Check again"));
    m_keychainCheck->setEnabled(state != KeychainState::Checking);
}

void DiagnosticsView::refreshCounters()
{
    if (!m_counterTree) {
        return;
    }
    m_counterTree->clear();
    if (!m_counters) {
        new QTreeWidgetItem(m_counterTree, {tr("No requests yet"), QString()});
        return;
    }
    const GraphCounters::Snapshot s = m_counters->snapshot();
    const QLocale locale;
    auto add = [&](QTreeWidgetItem* parent, const QString& name, const QString& value) {
        auto* item
            = parent ? new QTreeWidgetItem(parent, {name, value}) : new QTreeWidgetItem(m_counterTree, {name, value});
        return item;
    };
    add(nullptr, tr("Requests"), locale.toString(s.requests));
    auto* methods = add(nullptr, tr("By method"), QString());
    for (auto it = s.byMethod.cbegin(); it != s.byMethod.cend(); ++it) {
        add(methods, it.key(), locale.toString(it.value()));
    }
    auto* statuses = add(nullptr, tr("By HTTP status"), QString());
    for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it) {
        add(statuses, it.key() == 0 ? tr("no response") : QString::number(it.key()), locale.toString(it.value()));
    }
    add(nullptr, tr("Retries"), locale.toString(s.retries));
    add(nullptr, tr("Throttled (429)"), locale.toString(s.throttled));
    add(nullptr, tr("Network errors"), locale.toString(s.networkErrors));
    add(nullptr, tr("Sent"), bytesText(s.bytesSent));
    add(nullptr, tr("Received"), bytesText(s.bytesReceived));
    add(nullptr, tr("Time in requests"), tr("%1 s").arg(locale.toString(double(s.wallTimeMs) / 1000.0, 'f', 2)));
    add(nullptr, tr("In flight / queued"), QStringLiteral("%1 / %2").arg(s.inFlight).arg(s.queued));
    m_counterTree->expandAll();
}

QString DiagnosticsView::reportText() const
{
    QStringList lines;
    lines << QStringLiteral("ConsentDesk %1").arg(QStringLiteral(CONSENTDESK_VERSION));
    for (auto* label : findChildren<QLabel*>()) {
        if (label->objectName().startsWith(QLatin1String("version"))) {
            lines << label->objectName().mid(7) + QStringLiteral(": ") + label->text();
        }
    }
    lines << QStringLiteral("Log folder: ") + m_logDir->text();
    lines << QStringLiteral("Keychain: ") + m_keychainStatus->text();
    for (int i = 0; i < m_counterTree->topLevelItemCount(); ++i) {
        const auto* item = m_counterTree->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(": ") + item->text(1);
        for (int j = 0; j < item->childCount(); ++j) {
            lines << QStringLiteral("  ") + item->child(j)->text(0) + QStringLiteral(": ") + item->child(j)->text(1);
        }
    }
    return lines.join(QLatin1Char('\n'));
}
