#include "SignInView.h"
#include "common/ViewStyle.h"

#include "common/StateColorPalette.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel* wrapped(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // error texts come from servers: never interpret them as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    if (name) {
        label->setObjectName(QString::fromLatin1(name));
    }
    return label;
}

} // namespace

SignInView::SignInView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInView"));

    // A centred card of readable width: sign-in is one decision, not a dashboard.
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    card->setMinimumWidth(460);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("Sign in to your tenant"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(wrapped(tr("ConsentDesk opens your browser to sign in with your organization's account. "
                                 "It asks only for read access now; before your first change it asks again, "
                                 "for exactly the permission that change needs."),
                              card));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_profiles = new QComboBox(card);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setAccessibleName(tr("Tenant profile"));
    m_profileDetail = new QLabel(card);
    m_profileDetail->setTextFormat(Qt::PlainText);
    m_profileDetail->setObjectName(QStringLiteral("profileDetail"));
    m_profileDetail->setWordWrap(true);
    QPalette muted = m_profileDetail->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_profileDetail->setPalette(muted);
    form->addRow(tr("&Profile:"), m_profiles);
    form->addRow(QString(), m_profileDetail);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign in with browser"), card);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_manage = new QPushButton(tr("Profiles…"), card);
    m_manage->setObjectName(QStringLiteral("manageProfilesButton"));
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_manage);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // What is going on right now: a note, a wait for the browser, or a problem with the next step.
    m_state = new QStackedWidget(card);
    m_state->setObjectName(QStringLiteral("signInState"));

    m_idleNote = wrapped(QString(), m_state, "signInNote");
    m_state->addWidget(m_idleNote);

    auto* waiting = new QWidget(m_state);
    auto* waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    m_workingText = wrapped(QString(), waiting, "signInProgressText");
    auto* progress = new QProgressBar(waiting);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumHeight(6);
    auto* waitButtons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), waiting);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_copyLink = new QPushButton(tr("Copy sign-in link"), waiting);
    m_copyLink->setObjectName(QStringLiteral("copySignInLinkButton"));
    m_copyLink->setToolTip(ViewStyle::plainToolTip(
        tr("For when the browser did not open: paste the link into a browser on this computer.")));
    waitButtons->addWidget(m_cancel);
    waitButtons->addWidget(m_copyLink);
    waitButtons->addStretch(1);
    waitingLayout->addWidget(m_workingText);
    waitingLayout->addWidget(progress);
    waitingLayout->addLayout(waitButtons);
    m_state->addWidget(waiting);

    m_problemBox = new QFrame(m_state);
    m_problemBox->setObjectName(QStringLiteral("signInProblem"));
    m_problemBox->setFrameShape(QFrame::StyledPanel);
    m_problemBox->setStyleSheet(
        QStringLiteral("QFrame#signInProblem { border: 1px solid %1; border-radius: 4px; background: palette(base); }")
            .arg(StateColorPalette().name(StateColorPalette::Role::Danger)));
    auto* problemLayout = new QVBoxLayout(m_problemBox);
    m_problemTitle = wrapped(QString(), m_problemBox, "signInProblemTitle");
    QFont bold = m_problemTitle->font();
    bold.setBold(true);
    m_problemTitle->setFont(bold);
    m_problemText = wrapped(QString(), m_problemBox, "signInProblemText");
    m_problemNext = wrapped(QString(), m_problemBox, "signInProblemNextStep");
    m_problemCode = wrapped(QString(), m_problemBox, "signInProblemCode");
    m_problemCode->setPalette(muted);
    problemLayout->addWidget(m_problemTitle);
    problemLayout->addWidget(m_problemText);
    problemLayout->addWidget(m_problemNext);
    problemLayout->addWidget(m_problemCode);
    m_state->addWidget(m_problemBox);
    layout->addWidget(m_state);

    // The demo offer is one box so it disappears as a whole once the demo tenant is open.
    m_demoBox = new QWidget(card);
    m_demoBox->setObjectName(QStringLiteral("demoOffer"));
    auto* demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    auto* line = new QFrame(m_demoBox);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    demoLayout->addWidget(line);
    auto* demoRow = new QHBoxLayout;
    auto* demoText
        = wrapped(tr("No tenant at hand? The demo tenant runs on this computer, with fictional data."), m_demoBox);
    m_demo = new QPushButton(tr("Open demo tenant"), m_demoBox);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    demoRow->addWidget(demoText, 1);
    demoRow->addWidget(m_demo);
    demoLayout->addLayout(demoRow);
    layout->addWidget(m_demoBox);

    connect(m_signIn, &QPushButton::clicked, this, [this] { emit signInRequested(currentProfileId()); });
    connect(m_manage, &QPushButton::clicked, this, &SignInView::manageProfilesRequested);
    connect(m_demo, &QPushButton::clicked, this, &SignInView::demoRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SignInView::cancelRequested);
    connect(m_copyLink, &QPushButton::clicked, this, &SignInView::copySignInLinkRequested);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_profileDetail->setText(index >= 0 && index < m_entries.size() ? m_entries.at(index).detail : QString());
        updateButtons();
        emit currentProfileChanged(currentProfileId());
    });

    showIdle();
}

void SignInView::setProfiles(const QList<ProfileEntry>& profiles, const QString& currentId)
{
    const QSignalBlocker blocker(m_profiles);
    m_entries = profiles;
    m_profiles->clear();
    int current = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        m_profiles->addItem(profiles.at(i).name, profiles.at(i).id);
        if (profiles.at(i).id == currentId) {
            current = i;
        }
    }
    m_profiles->setCurrentIndex(current);
    m_profileDetail->setText(current >= 0 ? profiles.at(current).detail
                                          : tr("No profile yet. Add one with the tenant and the client ID of your "
                                               "organization's ConsentDesk app registration."));
    updateButtons();
}

QString SignInView::currentProfileId() const
{
    return m_profiles->currentData().toString();
}

void SignInView::setDemoAvailable(bool available)
{
    m_demoBox->setVisible(available);
}

void SignInView::showIdle(const QString& note)
{
    m_busy = false;
    m_idleNote->setText(ViewStyle::tenantText(note));
    m_state->setCurrentWidget(m_idleNote);
    updateButtons();
}

void SignInView::showWaitingForBrowser()
{
    m_busy = true;
    m_workingText->setText(tr("Your browser is open at the sign-in page. Finish signing in there; "
                              "ConsentDesk continues by itself. Nothing happens until you do."));
    m_copyLink->setVisible(true);
    m_state->setCurrentIndex(1);
    updateButtons();
}

void SignInView::showWorking(const QString& text)
{
    m_busy = true;
    m_workingText->setText(ViewStyle::tenantText(text));
    m_copyLink->setVisible(false);
    m_state->setCurrentIndex(1);
    updateButtons();
}

void SignInView::showProblem(const Problem& problem)
{
    m_busy = false;
    m_problemTitle->setText(ViewStyle::tenantText(problem.title));
    m_problemText->setText(ViewStyle::tenantText(problem.explanation));
    m_problemText->setVisible(!problem.explanation.isEmpty());
    QString next = problem.nextStep.isEmpty() ? QString() : tr("What to do: %1").arg(problem.nextStep);
    if (!problem.helpUrl.isEmpty()) {
        // Rich text only for the link; everything else is escaped so server text can't inject markup.
        next = next.toHtmlEscaped()
               + QStringLiteral(" <a href=\"%1\">%2</a>").arg(problem.helpUrl.toHtmlEscaped(), tr("Learn more"));
        m_problemNext->setTextFormat(Qt::RichText);
        m_problemNext->setText(next);
    } else {
        m_problemNext->setTextFormat(Qt::PlainText);
        m_problemNext->setText(next);
    }
    m_problemNext->setVisible(!next.isEmpty());
    m_problemCode->setText(problem.code.isEmpty() ? QString() : tr("Error code: %1").arg(problem.code));
    m_problemCode->setVisible(!problem.code.isEmpty());
    m_state->setCurrentWidget(m_problemBox);
    updateButtons();
}

void SignInView::updateButtons()
{
    m_signIn->setEnabled(!m_busy && m_profiles->currentIndex() >= 0);
    m_profiles->setEnabled(!m_busy);
    m_manage->setEnabled(!m_busy);
    m_demo->setEnabled(!m_busy);
    const QString signInTip = m_profiles->currentIndex() < 0 ? tr("Add a tenant profile first.") : QString();
    m_signIn->setToolTip(ViewStyle::plainToolTip(signInTip));
}
