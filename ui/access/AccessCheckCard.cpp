#include "AccessCheckCard.h"

#include "common/StateColorPalette.h"
#include "common/ViewStyle.h"
#include "consent/GraphPowerShell.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

AccessCheckCard::AccessCheckCard(const QString& heading, QWidget* parent)
    : QWidget(parent)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);

    auto* layout = new QVBoxLayout(frame);
    m_heading = new QLabel(heading, frame);
    m_heading->setTextFormat(Qt::PlainText); // names and messages come from the tenant
    m_heading->setObjectName(QStringLiteral("checkHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);

    auto* verdicts = new QGridLayout;
    m_exchange = new QLabel(frame);
    m_exchange->setObjectName(QStringLiteral("exchangeVerdict"));
    m_exchange->setToolTip(ViewStyle::plainToolTip(tr("Exchange Online's own answer (Test-ApplicationAccessPolicy)")));
    m_local = new QLabel(frame);
    m_local->setObjectName(QStringLiteral("localVerdict"));
    const QString localTip = tr("ConsentDesk's answer from the directory: the policies and their groups' members");
    m_local->setToolTip(ViewStyle::plainToolTip(localTip));
    verdicts->addWidget(m_exchange, 0, 0);
    verdicts->addWidget(m_local, 0, 1);
    verdicts->setColumnStretch(2, 1);
    layout->addLayout(verdicts);

    m_disagreement = new QLabel(frame);
    m_disagreement->setTextFormat(Qt::PlainText); // names and messages come from the tenant
    m_disagreement->setObjectName(QStringLiteral("disagreement"));
    m_disagreement->setWordWrap(true);
    m_disagreement->setStyleSheet(ViewStyle::boxStyle(QStringLiteral("QLabel"), ViewStyle::Box::Alert));
    m_disagreement->hide();
    layout->addWidget(m_disagreement);

    m_explanation = new QLabel(frame);
    m_explanation->setTextFormat(Qt::PlainText); // names and messages come from the tenant
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);

    m_powerShell = new QLabel(frame);
    m_powerShell->setTextFormat(Qt::PlainText); // names and messages come from the tenant
    m_powerShell->setObjectName(QStringLiteral("checkPowerShell"));
    m_powerShell->setWordWrap(true);
    m_powerShell->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_powerShell->setStyleSheet(QStringLiteral("QLabel { font-family: monospace; color: palette(dark); }"));
    layout->addWidget(m_powerShell);
    clear();
}

void AccessCheckCard::setHeading(const QString& heading)
{
    m_heading->setText(ViewStyle::tenantText(heading));
}

void AccessCheckCard::clear()
{
    m_hasCheck = false;
    m_check = {};
    m_exchange->setText(verdictHtml(tr("Exchange"), QStringLiteral("—")));
    m_local->setText(verdictHtml(tr("Directory"), QStringLiteral("—")));
    m_explanation->setText(tr("Not tested yet."));
    m_disagreement->hide();
    m_powerShell->clear();
}

void AccessCheckCard::setPending(const QString& text)
{
    clear();
    m_explanation->setText(ViewStyle::tenantText(text));
}

QString AccessCheckCard::verdictHtml(const QString& who, const QString& result, Verdict verdict)
{
    const StateColorPalette palette;
    QString colour = QStringLiteral("palette(text)");
    if (verdict == Verdict::Granted) {
        colour = palette.name(StateColorPalette::Role::Success);
    } else if (verdict == Verdict::Denied) {
        colour = palette.name(StateColorPalette::Role::Danger);
    }
    return QStringLiteral("<span style='color:%1'>%2</span><br><span style='font-size:large; font-weight:bold; "
                          "color:%3'>%4</span>")
        .arg(palette.name(StateColorPalette::Role::Muted),
             ViewStyle::tenantText(who).toHtmlEscaped(),
             colour,
             ViewStyle::tenantText(result).toHtmlEscaped());
}

void AccessCheckCard::setCheck(const MailboxAccessCheck& check)
{
    m_check = check;
    m_hasCheck = true;
    const auto agreement = check.agreement();
    const bool exchangeAnswered
        = agreement == MailboxAccessCheck::Agreement::Agree || agreement == MailboxAccessCheck::Agreement::Disagree;
    const QString exchange
        = agreement == MailboxAccessCheck::Agreement::ExchangeNotAsked ? tr("Asking…") : check.exchangeResultText();
    m_exchange->setText(verdictHtml(tr("Exchange says"),
                                    exchange,
                                    !exchangeAnswered          ? Verdict::None
                                    : check.exchange.granted() ? Verdict::Granted
                                                               : Verdict::Denied));
    m_local->setText(verdictHtml(
        tr("Directory says"), check.local.resultText(), check.local.granted() ? Verdict::Granted : Verdict::Denied));
    if (check.agreement() == MailboxAccessCheck::Agreement::Disagree) {
        m_disagreement->setText(ViewStyle::tenantText(tr("⚠ They disagree. %1").arg(check.disagreementReason())));
        m_disagreement->show();
    } else if (check.agreement() == MailboxAccessCheck::Agreement::ExchangeFailed) {
        m_disagreement->setText(
            ViewStyle::tenantText(tr("Exchange could not be asked: %1").arg(check.exchangeError.message)));
        m_disagreement->show();
    } else {
        m_disagreement->hide();
    }
    m_explanation->setText(ViewStyle::tenantText(check.local.explanation()));
    const QString who = check.mailbox.primarySmtpAddress.isEmpty() ? check.query : check.mailbox.primarySmtpAddress;
    m_powerShell->setText(QStringLiteral("PS> Test-ApplicationAccessPolicy -Identity %1 -AppId %2")
                              .arg(GraphPowerShell::quote(who), GraphPowerShell::quote(check.appId)));
}
