#include "AccountPage.h"

#include "AccountView.h"
#include "ProfilesDialog.h"
#include "SignInView.h"
#include "WriteConsentDialog.h"
#include "auth/AuthError.h"
#include "auth/ProfileStore.h"
#include "auth/SignInManager.h"
#include "common/ViewStyle.h"
#include "session/Session.h"
#include "session/SessionState.h"

#include <QActionGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

AccountPage::AccountPage(Session* session, QWidget* parent)
    : ConsoleView(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountPageView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("accountPage"));
    m_signInView = new SignInView(m_stack);
    m_accountView = new AccountView(m_stack);
    m_stack->addWidget(m_signInView);
    m_stack->addWidget(m_accountView);
    layout->addWidget(m_stack);
    wireSession();
}

QString AccountPage::viewTitle() const
{
    return tr("Account");
}

QIcon AccountPage::viewIcon() const
{
    return QIcon(QStringLiteral(":/icons/signin.svg"));
}

QString AccountPage::viewToolTip() const
{
    return tr("Sign in, tenant profiles, and what your role lets you do");
}

void AccountPage::setSession(SessionState* state)
{
    if (!state) {
        m_stack->setCurrentWidget(m_signInView);
        return;
    }
    const auto profile = m_session->profile(m_session->activeProfileId());
    SignInManager* signIn = m_session->signInManager();
    m_accountView->setAccount(state->account(), profile ? profile->name : QString());
    m_accountView->setGrantedPermissions(signIn->grantedGraphScopes(), signIn->hasWriteConsent());
    m_accountView->setSessionStorage(m_session->isStoragePersistent(), m_session->storageReason());
    m_stack->setCurrentWidget(m_accountView);
}

void AccountPage::showSignInPage()
{
    m_stack->setCurrentWidget(m_session->isSignedIn() ? static_cast<QWidget*>(m_accountView) : m_signInView);
    emit activationRequested();
}

void AccountPage::refreshProfiles()
{
    const QList<SignInView::ProfileEntry> entries = m_session->profileEntries();
    m_signInView->setProfiles(entries, m_session->currentProfileId());
    m_signInView->setDemoAvailable(m_session->isDemoAvailable());
    if (entries.isEmpty()) {
        m_signInView->showIdle(tr("Add a profile for your tenant under Profiles… — you need its tenant ID or domain "
                                  "and the client ID of your organization's ConsentDesk app registration. Or try the "
                                  "built-in demo tenant first."));
    }
}

void AccountPage::manageProfiles()
{
    ProfilesDialog dialog(m_session->profileStore(), window());
    if (!m_session->activeProfileId().isEmpty() && !m_session->isDemo()) {
        dialog.select(m_session->activeProfileId());
    }
    connect(&dialog, &ProfilesDialog::profileRemoved, m_session, &Session::forgetProfile);
    connect(&dialog, &ProfilesDialog::profilesChanged, this, &AccountPage::refreshProfiles);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty()) {
        m_session->switchTo(dialog.selectedId());
    }
    refreshProfiles();
}

void AccountPage::fillMenu(QMenu* menu)
{
    auto* signIn = menu->addAction(tr("&Sign in…"), this, &AccountPage::showSignInPage);
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    auto* writes = menu->addAction(tr("&Allow changes…"), m_session, &Session::requestWriteConsent);
    writes->setObjectName(QStringLiteral("actionWriteConsent"));
    auto* switchMenu = menu->addMenu(tr("S&witch profile"));
    switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    auto* manage = menu->addAction(tr("&Manage profiles…"), this, &AccountPage::manageProfiles);
    manage->setObjectName(QStringLiteral("actionManageProfiles"));
    menu->addSeparator();
    auto* signOut = menu->addAction(tr("Sign &out"), m_session, &Session::signOut);
    signOut->setObjectName(QStringLiteral("actionSignOut"));

    connect(menu, &QMenu::aboutToShow, this, [this, signIn, writes, signOut] {
        const bool signedIn = m_session->isSignedIn();
        signIn->setEnabled(!signedIn);
        signOut->setEnabled(signedIn);
        writes->setEnabled(signedIn && !m_session->signInManager()->hasWriteConsent());
    });
    connect(switchMenu, &QMenu::aboutToShow, this, [this, switchMenu] {
        switchMenu->clear();
        auto* group = new QActionGroup(switchMenu);
        for (const SignInView::ProfileEntry& entry : m_session->profileEntries()) {
            const QString id = entry.id;
            auto* action = switchMenu->addAction(entry.name, m_session, [this, id] { m_session->switchTo(id); });
            action->setCheckable(true);
            action->setChecked(id == m_session->activeProfileId());
            group->addAction(action);
        }
        if (switchMenu->isEmpty()) {
            switchMenu->addAction(tr("(no profiles yet)"))->setEnabled(false);
        }
    });
}

void AccountPage::wireSession()
{
    connect(m_signInView, &SignInView::signInRequested, m_session, &Session::signIn);
    connect(m_signInView, &SignInView::cancelRequested, m_session, &Session::cancel);
    connect(m_signInView, &SignInView::manageProfilesRequested, this, &AccountPage::manageProfiles);
    connect(m_signInView, &SignInView::demoRequested, this, [this] {
        QString error;
        if (!m_session->startDemo(&error)) {
            QMessageBox::warning(window(), tr("Demo tenant"), error);
        }
    });
    connect(m_signInView, &SignInView::copySignInLinkRequested, this, [this] {
        if (m_session->authorizeUrl().isValid()) {
            QGuiApplication::clipboard()->setText(m_session->authorizeUrl().toString(QUrl::FullyEncoded));
        }
    });
    connect(m_accountView, &AccountView::signOutRequested, m_session, &Session::signOut);
    connect(m_accountView, &AccountView::switchProfileRequested, this, &AccountPage::manageProfiles);
    connect(m_accountView, &AccountView::writeConsentRequested, m_session, &Session::requestWriteConsent);

    connect(m_session, &Session::profilesChanged, this, &AccountPage::refreshProfiles);
    connect(m_session, &Session::signInPageRequested, this, &AccountPage::showSignInPage);
    connect(m_session, &Session::idle, m_signInView, [this](const QString& note) { m_signInView->showIdle(note); });
    connect(m_session, &Session::working, m_signInView, &SignInView::showWorking);
    connect(m_session, &Session::browserFailed, m_signInView, &SignInView::showWorking);
    connect(m_session, &Session::waitingForBrowser, m_signInView, &SignInView::showWaitingForBrowser);
    connect(m_session, &Session::problem, this, [this](const AuthError& error) {
        emit activationRequested();
        SignInView::Problem problem;
        problem.title = error.title;
        problem.explanation = error.explanation;
        problem.nextStep = error.nextStep;
        problem.code = error.code;
        if (!error.correlationId.isEmpty()) {
            problem.code += QStringLiteral(" · ") + tr("correlation ID %1").arg(error.correlationId);
        }
        problem.helpUrl = error.helpUrl.toString();
        m_signInView->showProblem(problem);
    });
    connect(m_session, &Session::storageChanged, this, [this] {
        m_accountView->setSessionStorage(m_session->isStoragePersistent(), m_session->storageReason());
    });

    SignInManager* signIn = m_session->signInManager();
    connect(signIn, &SignInManager::stateChanged, this, [this](SignInManager::State state) {
        m_accountView->setBusy(state == SignInManager::State::SigningIn);
    });
    connect(signIn,
            &SignInManager::writeConsentNeeded,
            this,
            [this, signIn](const QList<ConsentDeskScopes::Permission>& permissions) {
                auto* dialog = new WriteConsentDialog(permissions, window());
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, signIn, &SignInManager::proceedWithWriteConsent);
                connect(dialog, &QDialog::rejected, signIn, &SignInManager::declineWriteConsent);
                dialog->open();
            });
    connect(signIn, &SignInManager::writeConsentGranted, this, [this, signIn](const QStringList&) {
        m_accountView->setGrantedPermissions(signIn->grantedGraphScopes(), signIn->hasWriteConsent());
    });
    connect(signIn, &SignInManager::writeConsentFailed, this, [this](const AuthError& error) {
        if (error.kind == AuthError::Kind::Cancelled) {
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, error.title, error.explanation, QMessageBox::Ok, window());
        box->setObjectName(QStringLiteral("writeConsentFailedMessage"));
        box->setInformativeText(error.nextStep);
        box->setDetailedText(error.code);
        ViewStyle::makePlain(box); // the identity platform's words
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}
