#include "ExplainDialog.h"

#include "common/ViewStyle.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using Action = AadstsCatalog::AdminAction;

ExplainDialog::ExplainDialog(QWidget* parent)
    : QDialog(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Explain a sign-in error"));
    auto* layout = new QVBoxLayout(this);

    auto* prompt = new QLabel(tr("&Paste what the user saw: the error code (for example AADSTS65001), the whole "
                                 "message, or the page's heading (\"Need admin approval\", \"Approval required\")."),
                              this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("explainInput"));
    m_input->setAccessibleName(tr("Error text to explain"));
    m_input->setTabChangesFocus(true);
    m_input->setPlaceholderText(tr("AADSTS90094: The grant requires admin permission."));
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 6);
    prompt->setBuddy(m_input);
    layout->addWidget(m_input);

    // What the message itself says (the app, the user, support ids): right under it, before the explanations.
    m_ids = ViewStyle::selectableLabel(this, "explainIds");
    layout->addWidget(m_ids);
    m_summary = ViewStyle::plainLabel(this, "explainSummary");
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("explainScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_findings = new QWidget(scroll);
    m_findingsLayout = new QVBoxLayout(m_findings);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->addStretch();
    scroll->setWidget(m_findings);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Explained as the admin types or pastes; the text is bounded, the wait only spares keystrokes.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ExplainDialog::explainNow);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    resize(760, 620);
    showResult();
}

ExplainDialog* ExplainDialog::open(QWidget* parent, const QString& text)
{
    auto* dialog = new ExplainDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!text.isEmpty()) {
        dialog->setText(text);
    }
    dialog->show();
    return dialog;
}

void ExplainDialog::setText(const QString& text)
{
    m_input->setPlainText(text);
    explainNow();
}

void ExplainDialog::explainNow()
{
    m_debounce->stop();
    m_result = SignInErrorExplainer::explain(m_input->toPlainText());
    showResult();
}

void ExplainDialog::showResult()
{
    while (m_findingsLayout->count() > 1) {
        QLayoutItem* item = m_findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const bool empty = m_input->toPlainText().trimmed().isEmpty();
    if (empty) {
        m_summary->setText(tr("Codes, error names and the consent screen's words are recognized in English, German, "
                              "French, Spanish and Japanese."));
    } else if (!m_result.recognized()) {
        m_summary->setText(tr("No sign-in error ConsentDesk knows was found in this text. Paste the AADSTS code from "
                              "the message, or look it up on https://login.microsoftonline.com/error."));
    } else {
        m_summary->setText(tr("%n thing(s) recognized:", nullptr, int(m_result.findings.size())));
    }
    for (int i = 0; i < m_result.findings.size(); ++i) {
        QWidget* finding = findingWidget(m_result.findings.at(i), i);
        m_findingsLayout->insertWidget(i, finding);
        finding->show(); // now, not when the layout gets to it: keyboard users and screen readers meet it at once
    }

    QStringList ids;
    if (!m_result.appName.isEmpty() || !m_result.appId.isEmpty()) {
        ids << tr("App: %1").arg(m_result.appName.isEmpty() ? m_result.appId
                                 : m_result.appId.isEmpty()
                                     ? m_result.appName
                                     : QStringLiteral("%1 (%2)").arg(m_result.appName, m_result.appId));
    }
    if (!m_result.user.isEmpty()) {
        ids << tr("User: %1").arg(m_result.user);
    }
    if (!m_result.correlationId.isEmpty()) {
        ids << tr("Correlation ID: %1").arg(m_result.correlationId);
    }
    if (!m_result.traceId.isEmpty()) {
        ids << tr("Trace ID: %1").arg(m_result.traceId);
    }
    if (!m_result.timestamp.isEmpty()) {
        ids << tr("Time: %1").arg(m_result.timestamp);
    }
    if (m_result.truncated) {
        ids << tr("Only the first %1 characters were read.").arg(SignInErrorExplainer::kMaxInputChars);
    }
    m_ids->setText(ViewStyle::tenantText(ids.join(QLatin1Char('\n'))));
    m_ids->setVisible(!ids.isEmpty());
}

QWidget* ExplainDialog::findingWidget(const SignInErrorExplainer::Finding& finding, int index)
{
    auto* box = new QFrame(m_findings);
    box->setObjectName(QStringLiteral("explainFinding%1").arg(index));
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);

    auto* title = ViewStyle::plainLabel(box, "findingTitle");
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    const QString heading = finding.known ? finding.entry.adminTitle : finding.key;
    QString key = finding.key;
    if (!finding.matched.isEmpty()) {
        key = finding.matched;
    } else if (!finding.entry.name.isEmpty() && finding.entry.name != finding.key) {
        key = QStringLiteral("%1 (%2)").arg(finding.key, finding.entry.name);
    }
    title->setText(ViewStyle::tenantText(QStringLiteral("%1 — %2").arg(heading, key)));
    layout->addWidget(title);

    const auto line = [box, layout](const char* name, const QString& label, const QString& text) {
        if (text.isEmpty()) {
            return;
        }
        auto* l = ViewStyle::plainLabel(box, name);
        l->setText(ViewStyle::tenantText(label.arg(text)));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
    };
    if (!finding.known) {
        line("findingMeaning", QStringLiteral("%1"), SignInErrorExplainer::unknownCodeText(finding.code));
    } else {
        line("findingMeaning", tr("What it means: %1"), finding.entry.adminMeaning);
        line("findingWho", tr("Who can fix it: %1"), finding.entry.whoCanFix);
        line("findingFix", tr("Fix: %1"), finding.entry.adminFix);
    }
    line("findingMore", tr("More: %1"), finding.entry.helpUrl.toString());

    const Action action = finding.known ? finding.entry.adminAction : Action::None;
    if (action != Action::None) {
        auto* row = new QHBoxLayout;
        auto* button = new QPushButton(box);
        button->setObjectName(QStringLiteral("findingAction"));
        switch (action) {
        case Action::Troubleshoot:
            button->setText(tr("Open the troubleshooter"));
            connect(button, &QPushButton::clicked, this, [this] {
                emit troubleshootRequested(m_result.user, m_result.appId);
            });
            break;
        case Action::ConsentRequests:
            button->setText(tr("Open consent requests"));
            connect(button, &QPushButton::clicked, this, [this] { emit viewRequested(QStringLiteral("requests")); });
            break;
        case Action::ConsentSettings:
            button->setText(tr("Open consent settings"));
            connect(button, &QPushButton::clicked, this, [this] { emit viewRequested(QStringLiteral("settings")); });
            break;
        case Action::None:
            break;
        }
        button->setAccessibleName(button->text());
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    return box;
}
