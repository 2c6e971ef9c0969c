#include "SignOutCommand.h"

#include "CliContext.h"
#include "TrackingSecretStore.h"
#include "async/Async.h"

#include <QTextStream>

namespace {

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// What signout reports, in every format: scripts read Removed, people read the sentence.
void report(CliContext& context, const AuthProfile& profile, bool removed, const QString& sentence)
{
    if (context.settings().format == TableWriter::Format::Table) {
        context.out() << sentence << '\n';
        context.out().flush();
        return;
    }
    Table table;
    table.addColumn(QStringLiteral("Profile"));
    table.addColumn(QStringLiteral("UserPrincipalName"));
    table.addColumn(QStringLiteral("TenantId"));
    table.addColumn(QStringLiteral("Removed"));
    table.addColumn(QStringLiteral("Store"));
    table.addRow({profile.name,
                  profile.lastUser.userPrincipalName,
                  profile.lastUser.tenantId,
                  removed,
                  removed ? QStringLiteral("system keychain") : QString()});
    context.print(table);
}

} // namespace

QString SignOutCommand::details() const
{
    return QStringLiteral(
        "Signs out the profile chosen by --profile NAME (else the current profile, or the one matching --tenant /\n"
        "--client-id / --cloud / --sandbox): deletes its refresh token from the system keychain, where\n"
        "`consentdesk-cli signin` and the ConsentDesk app keep it, so neither can use it any more. The profile's\n"
        "settings stay. Exit codes: 0 removed, or nothing was stored; 1 the keychain could not be reached (nothing\n"
        "was removed); 2 no such profile.");
}

void SignOutCommand::run(CliContext& context, const QCommandLineParser& parser, std::function<void(ExitCode)> done)
{
    Q_UNUSED(parser);
    const CliContext::Settings& s = context.settings();
    if (!s.profile.isEmpty() && !s.profileStored) {
        context.printError(QStringLiteral("There is no profile named %1.").arg(quoted(s.profile)));
        done(ExitCode::Usage);
        return;
    }
    const AuthProfile profile = s.authProfile;
    if (!s.profileStored || !profile.lastUser.isValid()) {
        report(context,
               profile,
               false,
               s.profileStored
                   ? QStringLiteral("Profile %1 has no stored sign-in; nothing to remove.").arg(quoted(profile.name))
                   : QStringLiteral("No profile is signed in; nothing to remove."));
        done(ExitCode::Ok);
        return;
    }

    // The same store and key as SignInManager (SecretStore::refreshTokenKey), so the GUI's entry is the one removed.
    TrackingSecretStore* store = context.secretStore();
    const QString key = SecretStore::refreshTokenKey(profile.lastUser.tenantId, profile.lastUser.objectId);
    const QString who
        = profile.lastUser.userPrincipalName.isEmpty() ? profile.lastUser.objectId : profile.lastUser.userPrincipalName;
    auto fail = [&context, done](const SecretStore::Error& e) {
        context.printError(QStringLiteral("The stored sign-in could not be removed: %1").arg(e.message),
                           QStringLiteral("Nothing was removed. Unlock the system keychain (or run in a desktop "
                                          "session) and run signout again."));
        done(ExitCode::Failure);
    };
    // Read first, to say truthfully whether there was anything to remove (removing a missing entry also succeeds).
    Async::then(store->read(key), store, [&context, done, store, key, who, profile, fail](const SecretStore::Read& r) {
        if (r.error.code == SecretStore::Error::Code::NotFound) {
            report(context,
                   profile,
                   false,
                   QStringLiteral("No sign-in of %1 is stored for profile %2; nothing to remove.")
                       .arg(who, quoted(profile.name)));
            done(ExitCode::Ok);
            return;
        }
        if (r.error) {
            fail(r.error);
            return;
        }
        Async::then(store->remove(key), store, [&context, done, who, profile, fail](const SecretStore::Error& e) {
            if (e) {
                fail(e);
                return;
            }
            report(context,
                   profile,
                   true,
                   QStringLiteral("Signed out %1 (tenant %2): removed the stored sign-in of profile %3 "
                                  "from the system keychain.")
                       .arg(who, profile.lastUser.tenantId, quoted(profile.name)));
            done(ExitCode::Ok);
        });
    });
}
