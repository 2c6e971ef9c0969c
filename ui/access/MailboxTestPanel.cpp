#include "MailboxTestPanel.h"

#include "AccessCheckCard.h"
#include "exchange/MailboxAccessTester.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MailboxTestPanel::MailboxTestPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_mailbox = new QLineEdit(this);
    m_mailbox->setObjectName(QStringLiteral("testMailbox"));
    m_mailbox->setPlaceholderText(tr("Mailbox address, e.g. priya.raman@contoso.com"));
    m_test = new QPushButton(tr("Test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    auto* label = new QLabel(tr("&Mailbox to test:"), this);
    label->setBuddy(m_mailbox);
    row->addWidget(label);
    row->addWidget(m_mailbox, 1);
    row->addWidget(m_test);
    layout->addLayout(row);
    m_card = new AccessCheckCard(tr("Result"), this);
    m_card->setObjectName(QStringLiteral("testCard"));
    layout->addWidget(m_card);
    layout->addStretch();
    connect(m_test, &QPushButton::clicked, this, [this]() { test(m_mailbox->text().trimmed()); });
    connect(m_mailbox, &QLineEdit::returnPressed, this, [this]() { test(m_mailbox->text().trimmed()); });
}

void MailboxTestPanel::setTester(MailboxAccessTester* tester)
{
    m_tester = tester;
    m_test->setEnabled(tester != nullptr);
}

void MailboxTestPanel::setApp(const QString& appId, const QString& displayName)
{
    m_appId = appId;
    m_appName = displayName;
    m_card->clear();
}

void MailboxTestPanel::clear()
{
    m_card->clear();
}

bool MailboxTestPanel::test(const QString& mailbox)
{
    if (m_appId.isEmpty() || mailbox.isEmpty()) {
        m_card->setPending(tr("Choose an app above and type a mailbox address."));
        return false;
    }
    if (!m_tester || m_tester->isRunning()) {
        return false;
    }
    m_mailbox->setText(mailbox);
    m_card->setHeading(tr("%1 → %2").arg(m_appName, mailbox));
    m_card->setPending(tr("Asking Exchange…"));
    m_test->setEnabled(false);
    const QString appId = m_appId;
    connect(m_tester, &MailboxAccessTester::checked, this, [this](int, const MailboxAccessCheck& check) {
        if (check.appId.compare(m_appId, Qt::CaseInsensitive) == 0) {
            m_card->setCheck(check); // not when the admin moved on to another app meanwhile
        }
    });
    connect(
        m_tester,
        &MailboxAccessTester::finished,
        this,
        [this, appId](const QList<MailboxAccessCheck>& checks, const GraphError& error) {
            disconnect(m_tester, &MailboxAccessTester::checked, this, nullptr);
            m_test->setEnabled(true);
            if (appId.compare(m_appId, Qt::CaseInsensitive) != 0) {
                return;
            }
            if (error) {
                m_card->setPending(tr("Could not test: %1").arg(error.message));
            } else if (checks.isEmpty()) {
                m_card->setPending(tr("No result."));
            }
        },
        Qt::SingleShotConnection);
    m_tester->check(appId, {mailbox});
    return true;
}
