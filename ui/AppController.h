#pragma once

#include <QObject>
#include <QString>

#include <memory>

class DiagnosticsView;
class GraphClient;
class MainWindow;
class QCommandLineParser;

/**
 * Builds the main window and its views and wires them to the core services.
 * main() stays thin; GUI tests construct the same controller.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false; // start the in-process sandbox with the demo tenant
        QString demoUser; // complete the demo sign-in as this UPN without a browser
        QString profile; // profile to open
        bool showWindow = true;
    };

    static void addCommandLineOptions(QCommandLineParser& parser);
    static Options optionsFrom(const QCommandLineParser& parser);

    explicit AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    bool start();

    MainWindow* mainWindow() const { return m_window.get(); }
    GraphClient* graphClient() const { return m_graph; }

private:
    void buildViews();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    GraphClient* m_graph = nullptr;
    DiagnosticsView* m_diagnostics = nullptr;
};
