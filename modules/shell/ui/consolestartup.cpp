#include "consolestartup.h"

#include "consolesession.h"
#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "rememberedlogin.h"

#include "demoseeder.h"
#include "errors.h"
#include "servicelayer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QThreadPool>
#include <QtConcurrent>

namespace Steward::Shell {

Q_LOGGING_CATEGORY(lcStartup, "steward.shell")

/** What opening the database on the worker thread found. */
struct ConsoleStartup::Opened
{
    QString error;
    bool needsFirstAdmin = false;
    bool canLoadDemoData = false;
};

namespace {

/** The result of a login or session resumption on a worker thread. */
struct Authenticated
{
    std::optional<Principal> principal;
    QString error;
    qint64 msecs = 0;
};

template <typename Result, typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        const Result result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

ConsoleStartup::ConsoleStartup(Options options, const ModuleRegistry &registry, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_registry(registry)
{}

ConsoleStartup::~ConsoleStartup()
{
    m_window.reset();
    m_firstRun.reset();
    m_login.reset();
    m_session.reset();
    // Logins, revocations and seeding still running use the service layer: let them end first.
    QThreadPool::globalInstance()->waitForDone();
}

void ConsoleStartup::start()
{
    m_benchmark = false;
    open();
}

void ConsoleStartup::startWithCredentials(const QString &username, const QString &password)
{
    m_benchmark = true;
    m_benchmarkUsername = username;
    m_benchmarkPassword = password;
    open();
}

void ConsoleStartup::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ConsoleStartup::open()
{
    setStage(Stage::Opening);
    m_services = std::make_unique<ServiceLayer>(m_options.database);
    if (m_options.setupServices)
        m_options.setupServices(*m_services);

    ServiceLayer *services = m_services.get();
    runInBackground<Opened>(
        this,
        [services] {
            Opened result;
            try {
                services->open();
                services->migrate([](const QString &migration) {
                    qCDebug(lcStartup, "applying migration %s", qUtf8Printable(migration));
                });
                result.needsFirstAdmin = services->auth().needsFirstAdmin();
                result.canLoadDemoData =
                    result.needsFirstAdmin && Demo::DemoSeeder::canSeed(services->database());
            } catch (const Error &error) {
                result.error = error.message();
            } catch (const std::exception &error) {
                result.error = QString::fromLocal8Bit(error.what());
            }
            return result;
        },
        [this](const Opened &result) { opened(result); });
}

void ConsoleStartup::opened(const Opened &result)
{
    if (!result.error.isEmpty()) {
        fail(result.error);
        return;
    }
    if (m_benchmark) {
        if (result.needsFirstAdmin)
            fail(tr("the database has no operators yet; create one with “stewardctl operator "
                    "add” first"));
        else
            loginWithCredentials();
        return;
    }
    // Personal data is unlocked here, on the GUI thread that talks to the keychain; when it
    // fails, the pages that show personal data say why.
    PersonalDataVault &vault = m_services->personalData();
    // unlock() reads the platform's key id and stops there when it has none yet.
    if (!result.needsFirstAdmin && !vault.isUnlocked() && !vault.unlock())
        qCInfo(lcStartup, "%s", qUtf8Printable(vault.status()));
    if (result.needsFirstAdmin)
        showFirstRun(result.canLoadDemoData);
    else if (m_options.useRememberedLogin && RememberedLogin::isRemembered())
        resumeRememberedLogin();
    else
        showLogin(QString(), QString(), false);
}

void ConsoleStartup::showFirstRun(bool offerDemoData)
{
    discardDialogs();
    setStage(Stage::FirstRun);
    m_firstRun = std::make_unique<FirstRunDialog>(*m_services, offerDemoData);
    connect(m_firstRun.get(), &QDialog::accepted, this, [this] {
        const QString username = m_firstRun->createdUsername();
        const QString notice = m_firstRun->outcomeNotice();
        showLogin(username,
                  notice.isEmpty() ? tr("The administrator %1 was created. Log in to "
                                        "continue.")
                                         .arg(username)
                                   : notice,
                  false);
    });
    connect(m_firstRun.get(), &QDialog::rejected, this, [this] { finish(0); });
    m_firstRun->show();
    Q_EMIT firstRunShown(m_firstRun.get());
}

void ConsoleStartup::resumeRememberedLogin()
{
    const QString username = RememberedLogin::username();
    const SecretStore::Result stored = RememberedLogin::token();
    if (!stored.ok) {
        showLogin(username,
                  stored.notFound
                      ? QString()
                      : tr("Your remembered login could not be read from the system keychain "
                           "(%1). Log in again.")
                            .arg(stored.error),
                  !stored.notFound);
        return;
    }
    AuthService *auth = &m_services->auth();
    const QString token = stored.secret;
    runInBackground<Authenticated>(
        this,
        [auth, token] {
            Authenticated result;
            try {
                result.principal = auth->resumeSession(token);
            } catch (const Error &error) {
                result.error = error.message();
            }
            return result;
        },
        [this, username](const Authenticated &result) {
            if (result.principal) {
                startSession(*result.principal);
                return;
            }
            RememberedLogin::forget(m_services->auth());
            showLogin(username,
                      tr("Your remembered login can no longer be used: %1. Log in "
                         "again.")
                          .arg(result.error),
                      true);
        });
}

void ConsoleStartup::loginWithCredentials()
{
    AuthService *auth = &m_services->auth();
    const QString username = m_benchmarkUsername;
    const QString password = m_benchmarkPassword;
    runInBackground<Authenticated>(
        this,
        [auth, username, password] {
            Authenticated result;
            QElapsedTimer timer;
            timer.start();
            try {
                result.principal = auth->login(username, password);
            } catch (const Error &error) {
                result.error = error.message();
            }
            result.msecs = timer.elapsed();
            return result;
        },
        [this](const Authenticated &result) {
            m_loginMsecs = result.msecs;
            if (result.principal)
                startSession(*result.principal);
            else
                fail(result.error);
        });
}

void ConsoleStartup::showLogin(const QString &username, const QString &notice, bool isError)
{
    discardDialogs();
    setStage(Stage::Login);
    m_login = std::make_unique<LoginDialog>(m_services->auth(),
                                            m_services->database().url().displayString());
    m_login->setUsername(username);
    if (!notice.isEmpty())
        m_login->showNotice(notice, isError);
    connect(m_login.get(), &QDialog::accepted, this,
            [this] { startSession(m_login->principal()); });
    connect(m_login.get(), &QDialog::rejected, this, [this] { finish(0); });
    m_login->show();
    Q_EMIT loginShown(m_login.get());
}

void ConsoleStartup::startSession(const Principal &principal)
{
    discardDialogs();
    m_session = std::make_unique<ConsoleSession>(*m_services, principal);
    m_session->setRegistry(&m_registry);
    m_window = std::make_unique<MainWindow>(*m_session, m_registry);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &ConsoleStartup::logOut);
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] { finish(0); });
    setStage(Stage::Running);
    m_window->show();
    Q_EMIT mainWindowShown(m_window.get());
}

void ConsoleStartup::logOut(const QString &reason)
{
    if (m_stage != Stage::Running || !m_session)
        return;
    const QString username = m_session->principal().username;
    // Choosing to log out also ends "remember me": the next start asks again.
    if (reason.isEmpty() && RememberedLogin::username() == username)
        RememberedLogin::forget(m_services->auth());
    if (m_window) {
        m_window->hide();
        m_window.release()->deleteLater();
    }
    // Pages being deleted with the window may still refer to the session.
    m_session.release()->deleteLater();
    showLogin(username,
              reason.isEmpty() ? tr("You have logged out.")
                               : tr("You were logged out: %1").arg(reason),
              !reason.isEmpty());
}

void ConsoleStartup::fail(const QString &reason)
{
    qCCritical(lcStartup, "%s", qUtf8Printable(reason));
    Q_EMIT failed(reason);
    if (m_options.showErrors) {
        QMessageBox box(
            QMessageBox::Critical, tr("Steward cannot start"),
            tr("Steward cannot use the database %1.").arg(m_options.database.displayString()),
            QMessageBox::Close);
        box.setInformativeText(reason);
        box.exec();
    }
    finish(1);
}

void ConsoleStartup::finish(int exitCode)
{
    if (m_stage == Stage::Finished)
        return;
    discardDialogs();
    if (m_window) {
        m_window->hide();
        m_window.release()->deleteLater();
    }
    setStage(Stage::Finished);
    Q_EMIT finished(exitCode);
}

void ConsoleStartup::discardDialogs()
{
    // They may be the sender of the signal being handled: delete them once it returns.
    if (m_firstRun) {
        m_firstRun->hide();
        m_firstRun.release()->deleteLater();
    }
    if (m_login) {
        m_login->hide();
        m_login.release()->deleteLater();
    }
}

} // namespace Steward::Shell
