// consentdesk: the GUI. A thin main(): options, logging, then the application controller in ui/.
#include "AppController.h"
#include "ConsentDeskVersion.h"
#include "log/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // --version and --help must work without a display, so they are answered before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("consentdesk %s\n", CONSENTDESK_VERSION);
            return 0;
        }
    }

    QCoreApplication::setOrganizationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("consentdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONSENTDESK_APP_ID));

    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop admin console for Microsoft 365 / Entra ID application consent."));
    parser.addHelpOption();
    parser.addVersionOption();
    AppController::addCommandLineOptions(parser);
    parser.process(app);

    Log::Options logOptions;
    logOptions.console = parser.isSet(QStringLiteral("verbose"));
    logOptions.level = parser.isSet(QStringLiteral("verbose")) ? spdlog::level::debug : spdlog::level::info;
    Log::init(logOptions);
    Log::get("app")->info(
        "ConsentDesk {} starting (Qt {})", QStringLiteral(CONSENTDESK_VERSION), QString::fromLatin1(qVersion()));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("consentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(&translator);
    }

    AppController controller(AppController::optionsFrom(parser));
    if (!controller.start()) {
        Log::shutdown();
        return 1;
    }
    const int rc = app.exec();
    Log::get("app")->info("ConsentDesk exiting ({})", rc);
    Log::shutdown();
    return rc;
}
