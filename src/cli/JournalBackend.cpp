#include "JournalBackend.h"

#include "CliAccount.h"
#include "CliContext.h"

#include "consent/Journal.h"
#include "consent/JournalSettler.h"

#include <QTextStream>
#include <QUuid>

JournalBackend::JournalBackend(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_journal(std::make_unique<Journal>(Journal::defaultPath()))
    , m_account(new CliAccount(context, this))
{
}

JournalBackend::~JournalBackend() = default;

bool JournalBackend::signedIn(CliContext& context)
{
    return context.tokenProvider() != nullptr || context.hasSignInManager();
}

void JournalBackend::open(bool settle, std::function<void(ExitCode)> then)
{
    QString error;
    if (!m_journal->open(&error)) {
        m_context.printError(QStringLiteral("The activity journal could not be opened: %1").arg(error),
                             QStringLiteral("Check that %1 can be read and written.").arg(m_journal->path()));
        then(ExitCode::Failure);
        return;
    }
    if (m_journal->skippedLines() > 0) {
        m_context.printNote(QStringLiteral("note: %1 unreadable line(s) in the journal were skipped (a write cut "
                                           "short, e.g. by a crash).")
                                .arg(m_journal->skippedLines()));
    }
    const int pending = int(m_journal->pending().size());
    if (!settle || pending == 0) {
        then(ExitCode::Ok);
        return;
    }
    if (!signedIn(m_context)) {
        m_context.printNote(QStringLiteral("note: %1 journal entr%2 no outcome yet; sign in (or set "
                                           "CONSENTDESK_ACCESS_TOKEN) to settle them by reading the tenant.")
                                .arg(pending)
                                .arg(pending == 1 ? QStringLiteral("y has") : QStringLiteral("ies have")));
        then(ExitCode::Ok);
        return;
    }
    m_account->load([this, then] {
        auto* settler = new JournalSettler(m_context.graph(), m_journal.get(), this);
        if (const auto& account = m_account->account(); account && !account->tenantId.isEmpty()) {
            settler->setTenantId(account->tenantId);
        } else if (!QUuid::fromString(m_context.settings().tenant).isNull()) {
            settler->setTenantId(m_context.settings().tenant); // an environment token's tid
        }
        connect(settler, &JournalSettler::finished, this, [this, settler, then](const JournalSettler::Summary& s) {
            settler->deleteLater();
            if (s.succeeded + s.notApplied > 0) {
                m_context.printNote(
                    QStringLiteral("Settled %1 journal entr%2 by reading the tenant: %3 succeeded, %4 "
                                   "not applied.")
                        .arg(s.succeeded + s.notApplied)
                        .arg(s.succeeded + s.notApplied == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                        .arg(s.succeeded)
                        .arg(s.notApplied));
            }
            if (s.tenantUnknown) {
                m_context.printNote(
                    QStringLiteral("warning: %1 journal entr%2 no outcome yet and were not settled: "
                                   "the tenant is not known. Give --tenant, or sign in.")
                        .arg(s.unresolved.size())
                        .arg(s.unresolved.size() == 1 ? QStringLiteral("y has") : QStringLiteral("ies have")));
                then(ExitCode::Ok);
                return;
            }
            if (!s.stillRunning.isEmpty()) {
                m_context.printNote(
                    QStringLiteral("note: %1 journal entr%2 still being written by another ConsentDesk "
                                   "that is running; %3 left pending.")
                        .arg(s.stillRunning.size())
                        .arg(s.stillRunning.size() == 1 ? QStringLiteral("y is") : QStringLiteral("ies are"))
                        .arg(s.stillRunning.size() == 1 ? QStringLiteral("it is") : QStringLiteral("they are")));
            }
            if (!s.otherComputer.isEmpty()) {
                m_context.printNote(
                    QStringLiteral("note: %1 pending journal entr%2 written on another computer; run "
                                   "`consentdesk-cli journal list` there to settle %3.")
                        .arg(s.otherComputer.size())
                        .arg(s.otherComputer.size() == 1 ? QStringLiteral("y was") : QStringLiteral("ies were"))
                        .arg(s.otherComputer.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
            }
            if (!s.unresolved.isEmpty()) {
                m_context.printNote(QStringLiteral("warning: %1 entr%2 could not be settled (the tenant did not "
                                                   "answer); they stay pending.")
                                        .arg(s.unresolved.size())
                                        .arg(s.unresolved.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies")));
            }
            then(ExitCode::Ok);
        });
        settler->settle();
    });
}
