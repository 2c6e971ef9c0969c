// consentdesk-tstool: maintenance of the translation files (translations/consentdesk_*.ts).
//   status FILE…          per language: messages, finished, unfinished, obsolete
//   carry-over FILE…      a message lupdate moved to another context (a renamed class) keeps its translation
//   fill-english FILE     the English plural file: "%n change(s)" → "%n change" / "%n changes"
//   risk-reasons JSON OUT the built-in risk catalog's reasons as a source file lupdate reads
//   check-literals DIR    user-visible literals in DIR that are not marked for translation
// The update_translations target runs lupdate, then carry-over and fill-english; scripts/translations-status prints
// the status.
#include "RiskReasonSource.h"
#include "TranslationChecks.h"
#include "TsFile.h"
#include "TsMaintenance.h"
#include "UiLiteralScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {

void out(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void err(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int status(const QStringList& files)
{
    out(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(QStringLiteral("file"), -28)
            .arg(QStringLiteral("messages"), 9)
            .arg(QStringLiteral("finished"), 9)
            .arg(QStringLiteral("unfinished"), 11)
            .arg(QStringLiteral("obsolete"), 9));
    int rc = 0;
    for (const QString& path : files) {
        TsFile file;
        QString error;
        if (!file.load(path, &error)) {
            err(QStringLiteral("%1: %2").arg(path, error));
            rc = 1;
            continue;
        }
        int live = 0;
        int finished = 0;
        int obsolete = 0;
        for (const TsFile::Message& m : file.messages()) {
            if (!m.isLive()) {
                ++obsolete;
            } else {
                ++live;
                finished += m.isFinished() ? 1 : 0;
            }
        }
        const QString name
            = path.section(QLatin1Char('/'), -1) + QStringLiteral(" (") + file.language() + QLatin1Char(')');
        out(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(name, -28)
                .arg(live, 9)
                .arg(finished, 9)
                .arg(live - finished, 11)
                .arg(obsolete, 9));
    }
    return rc;
}

int carryOver(const QStringList& files)
{
    int rc = 0;
    for (const QString& path : files) {
        TsFile file;
        QString error;
        if (!file.load(path, &error)) {
            err(QStringLiteral("%1: %2").arg(path, error));
            rc = 1;
            continue;
        }
        const TsMaintenance::Result result = TsMaintenance::carryOver(file);
        if (!file.save(path, &error)) {
            err(QStringLiteral("%1: %2").arg(path, error));
            rc = 1;
        }
        out(QStringLiteral("%1: %2 translation(s) carried over").arg(path).arg(result.changed));
        for (const QString& left : result.left) {
            out(QStringLiteral("  left unfinished, ") + left);
        }
    }
    return rc;
}

int fillEnglish(const QString& path)
{
    TsFile file;
    QString error;
    if (!file.load(path, &error)) {
        err(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    const TsMaintenance::Result result = TsMaintenance::fillEnglish(file);
    if (!file.save(path, &error)) {
        err(QStringLiteral("%1: %2").arg(path, error));
        return 1;
    }
    out(QStringLiteral("%1: %2 plural form(s) filled").arg(path).arg(result.changed));
    for (const QString& left : result.left) {
        out(QStringLiteral("  ") + left);
    }
    return 0;
}

int riskReasons(const QString& json, const QString& output)
{
    QString error;
    const QString text = RiskReasonSource::generate(json, &error);
    if (text.isEmpty()) {
        err(QStringLiteral("%1: %2").arg(json, error));
        return 1;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        err(QStringLiteral("%1: %2").arg(output, file.errorString()));
        return 1;
    }
    return 0;
}

int checkLiterals(const QString& folder)
{
    const auto findings = UiLiteralScanner::scan(folder);
    for (const auto& finding : findings) {
        out(finding.toString());
    }
    return findings.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("status") && !args.isEmpty()) {
        return status(args);
    }
    if (command == QLatin1String("carry-over") && !args.isEmpty()) {
        return carryOver(args);
    }
    if (command == QLatin1String("fill-english") && args.size() == 1) {
        return fillEnglish(args.first());
    }
    if (command == QLatin1String("risk-reasons") && args.size() == 2) {
        return riskReasons(args.at(0), args.at(1));
    }
    if (command == QLatin1String("check-literals") && args.size() == 1) {
        return checkLiterals(args.first());
    }
    err(QStringLiteral("usage: consentdesk-tstool status FILE… | carry-over FILE… | fill-english FILE | "
                       "risk-reasons JSON OUT | check-literals DIR"));
    return 2;
}
