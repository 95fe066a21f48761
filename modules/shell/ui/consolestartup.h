#pragma once

#include "databaseurl.h"
#include "permissions.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Steward {
class ServiceLayer;
}

namespace Steward::Shell {

class ConsoleSession;
class FirstRunDialog;
class LoginDialog;
class MainWindow;
class ModuleRegistry;

/** The console's whole start sequence, shared by main() and the GUI tests: open and migrate
 *  the database (off the GUI thread), ask for the first administrator on an empty database,
 *  resume a login remembered in the keychain or ask for one, then open the main window; and
 *  back to the login after logging out. Every step is announced by a signal and its window is
 *  reachable through an accessor, so a test can drive it without blocking. */
class ConsoleStartup : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        DatabaseUrl database;
        /** Registers the service modules' commands, e.g. Steward::setupServices. */
        std::function<void(ServiceLayer &)> setupServices;
        /** Fatal errors in a message box (besides failed()); tests turn this off. */
        bool showErrors = true;
        /** Resume a login remembered in the keychain instead of asking. */
        bool useRememberedLogin = true;
    };

    enum class Stage { Idle, Opening, FirstRun, Login, Running, Finished };
    Q_ENUM(Stage)

    ConsoleStartup(Options options, const ModuleRegistry &registry, QObject *parent = nullptr);
    ~ConsoleStartup() override;

    /** Starts the sequence; the result arrives as signals. */
    void start();
    /** Starts without dialogs, logging in with these credentials (the start-up benchmark);
     *  the time the login took is loginMsecs(). */
    void startWithCredentials(const QString &username, const QString &password);

    Stage stage() const { return m_stage; }
    ServiceLayer *services() const { return m_services.get(); }
    FirstRunDialog *firstRunDialog() const { return m_firstRun.get(); }
    LoginDialog *loginDialog() const { return m_login.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    ConsoleSession *session() const { return m_session.get(); }
    qint64 loginMsecs() const { return m_loginMsecs; }

    /** Ends the current session and shows the login again; @p reason is shown as an error
     *  when the operator did not choose to leave. */
    void logOut(const QString &reason = {});

Q_SIGNALS:
    void stageChanged(Steward::Shell::ConsoleStartup::Stage stage);
    void firstRunShown(Steward::Shell::FirstRunDialog *dialog);
    void loginShown(Steward::Shell::LoginDialog *dialog);
    void mainWindowShown(Steward::Shell::MainWindow *window);
    /** The console could not start; @p reason is one line. finished(1) follows. */
    void failed(const QString &reason);
    /** The console is done: 0 when the operator quit, 1 after a failure. */
    void finished(int exitCode);

private:
    struct Opened;

    void open();
    void opened(const Opened &result);
    void resumeRememberedLogin();
    void loginWithCredentials();
    void showFirstRun(bool offerDemoData);
    void showLogin(const QString &username, const QString &notice, bool isError);
    void startSession(const Principal &principal);
    void fail(const QString &reason);
    void finish(int exitCode);
    void setStage(Stage stage);
    void discardDialogs();

    Options m_options;
    const ModuleRegistry &m_registry;
    Stage m_stage = Stage::Idle;
    std::unique_ptr<ServiceLayer> m_services;
    std::unique_ptr<FirstRunDialog> m_firstRun;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_benchmarkUsername;
    QString m_benchmarkPassword;
    bool m_benchmark = false;
    qint64 m_loginMsecs = 0;
};

} // namespace Steward::Shell
