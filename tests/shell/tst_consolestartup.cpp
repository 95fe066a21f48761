#include "testdatabase.h"

#include "adminui.h"
#include "consolesession.h"
#include "consolestartup.h"
#include "firstrundialog.h"
#include "idlelock.h"
#include "inlinemessage.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "peopleui.h"
#include "rememberedlogin.h"
#include "settingsdialog.h"
#include "accountdialog.h"
#include "aboutdialog.h"
#include "theme.h"

#include "servicelayer.h"
#include "stewardservices.h"
#include "totp.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;
using namespace Steward::Shell;
using namespace std::chrono_literals;

namespace {

// Password hashing takes about a third of a second per check; a loaded CI machine more.
constexpr int kTimeout = 20000;
const QString kAdminPassword = QStringLiteral("correct horse battery");
const QString kSupportPassword = QStringLiteral("support staple 42");

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList sidebarIds(MainWindow *window)
{
    QStringList ids;
    auto *sidebar = child<QListWidget>(window, "sidebar");
    for (int row = 0; sidebar && row < sidebar->count(); ++row)
        ids << sidebar->item(row)->data(Qt::UserRole).toString();
    return ids;
}

/** Saves @p widget when STEWARD_SCREENSHOT_DIR names a folder (to look at the console). */
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestConsoleStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void firstStartCreatesAdminAndRolesDecidePages();
    void wrongPasswordKeepsTheDialogOpen();
    void demoDataLoadingCanBeCancelled();
    void twoFactorCodeIsAskedForWhenEnrolled();
    void idleLockNeedsThePassword();
    void brokenDatabaseFailsWithAReason();
    void rememberMeWithoutKeychainSaysSoAndStoresNothing();
    void rememberedLoginSkipsTheDialogUntilLogout();
    void screenshots();

private:
    std::unique_ptr<ConsoleStartup> makeStartup(const DatabaseUrl &url, bool remembered = false);
    void logIn(ConsoleStartup &startup, const QString &username, const QString &password);
    /** Logs in with "remember me" ticked; @p warning receives the text of any modal warning
     *  the login showed (answered, so a refusing keychain fails the test instead of hanging). */
    void logInRemembered(ConsoleStartup &startup, const QString &username, const QString &password,
                         QString *warning);

    ModuleRegistry m_registry;
    QTemporaryDir m_keyDir;
    QString m_keyFile;
};

void TestConsoleStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Headless: the personal-data key lives in a key file rather than the keychain.
    m_keyFile = m_keyDir.filePath(QStringLiteral("platform.key"));
    qputenv("STEWARD_KEY_FILE", m_keyFile.toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("steward-test"));
    Theme::apply(QStringLiteral("light"));
    People::setupPeopleUi(m_registry);
    Admin::setupAdminUi(m_registry);
}

void TestConsoleStartup::cleanup()
{
    // Windows and sessions handed to deleteLater() go before the next test's database.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

std::unique_ptr<ConsoleStartup> TestConsoleStartup::makeStartup(const DatabaseUrl &url,
                                                                bool remembered)
{
    ConsoleStartup::Options options;
    options.database = url;
    options.setupServices = &Steward::setupServices;
    options.showErrors = false;
    options.useRememberedLogin = remembered;
    return std::make_unique<ConsoleStartup>(options, m_registry);
}

void TestConsoleStartup::logIn(ConsoleStartup &startup, const QString &username,
                               const QString &password)
{
    QTRY_VERIFY_WITH_TIMEOUT(startup.loginDialog() && startup.loginDialog()->isVisible(), kTimeout);
    LoginDialog *dialog = startup.loginDialog();
    typeInto(dialog, "username", username);
    typeInto(dialog, "password", password);
    click(dialog, "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(startup.mainWindow() && startup.mainWindow()->isVisible(), kTimeout);
}

void TestConsoleStartup::logInRemembered(ConsoleStartup &startup, const QString &username,
                                         const QString &password, QString *warning)
{
    QTRY_VERIFY_WITH_TIMEOUT(startup.loginDialog() && startup.loginDialog()->isVisible(), kTimeout);
    LoginDialog *dialog = startup.loginDialog();
    typeInto(dialog, "username", username);
    typeInto(dialog, "password", password);
    child<QCheckBox>(dialog, "rememberMe")->setChecked(true);
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [warning] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *warning = box->text();
            box->accept();
        }
    });
    answer.start();
    click(dialog, "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(startup.mainWindow() != nullptr, kTimeout);
}

void TestConsoleStartup::firstStartCreatesAdminAndRolesDecidePages()
{
    Test::TestDatabase database;
    {
        auto startup = makeStartup(database.url());
        startup->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            startup->firstRunDialog() && startup->firstRunDialog()->isVisible(), kTimeout);
        FirstRunDialog *firstRun = startup->firstRunDialog();

        // Bad input is explained next to the fields and creates nothing.
        typeInto(firstRun, "username", QStringLiteral("9x"));
        typeInto(firstRun, "password", QStringLiteral("short"));
        typeInto(firstRun, "passwordConfirm", QStringLiteral("shirt"));
        click(firstRun, "createButton");
        QVERIFY(child<InlineMessage>(firstRun, "usernameError")->isError());
        QVERIFY(child<InlineMessage>(firstRun, "passwordError")->isError());
        QVERIFY(child<InlineMessage>(firstRun, "passwordConfirmError")->isError());
        QVERIFY(firstRun->isVisible());
        QCOMPARE(startup->stage(), ConsoleStartup::Stage::FirstRun);

        typeInto(firstRun, "username", QStringLiteral("Ada"));
        typeInto(firstRun, "displayName", QStringLiteral("Ada Admin"));
        typeInto(firstRun, "password", kAdminPassword);
        typeInto(firstRun, "passwordConfirm", kAdminPassword);
        QVERIFY(!child<InlineMessage>(firstRun, "usernameError")->isError());
        QVERIFY(!child<QCheckBox>(firstRun, "loadDemoData")->isChecked());
        click(firstRun, "createButton");

        // The administrator exists: on to the login, with the name filled in.
        QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                                 kTimeout);
        QCOMPARE(child<QLineEdit>(startup->loginDialog(), "username")->text(),
                 QStringLiteral("ada"));
        logIn(*startup, QStringLiteral("ada"), kAdminPassword);
        // The first start gave the platform its personal-data key, in the configured key file.
        QVERIFY2(startup->services()->personalData().isUnlocked(),
                 qPrintable(startup->services()->personalData().status()));
        QVERIFY(QFile::exists(m_keyFile));

        MainWindow *window = startup->mainWindow();
        const QStringList adminPages{QStringLiteral("people"), QStringLiteral("operators"),
                                     QStringLiteral("audit")};
        QCOMPARE(sidebarIds(window), adminPages);
        QCOMPARE(window->pageIds(), adminPages);
        QCOMPARE(child<QLabel>(window, "operatorStatus")->text(),
                 QStringLiteral("ada (Administrator)"));
        QVERIFY(child<QLabel>(window, "databaseStatus")
                    ->text()
                    .contains(database.url().displayString()));

        // Pages are created when first shown; Ctrl+3 shows the third.
        QVERIFY(window->pageWidget(QStringLiteral("people")));
        QVERIFY(!window->pageWidget(QStringLiteral("audit")));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window->currentPageId(), QStringLiteral("audit"));
        QVERIFY(window->pageWidget(QStringLiteral("audit")));

        const CommandResult added = startup->services()->bus().execute(
            Principal::system(QStringLiteral("test")), QStringLiteral("operator.add"),
            {{QStringLiteral("username"), QStringLiteral("sam")},
             {QStringLiteral("role"), QStringLiteral("support")},
             {QStringLiteral("password"), kSupportPassword}});
        QVERIFY2(added.ok(), qPrintable(added.message));

        // Logging out returns to the login with the same name.
        startup->logOut();
        QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                                 kTimeout);
        QVERIFY(!startup->mainWindow());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // A second start on the same database goes straight to the login.
    auto startup = makeStartup(database.url());
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->stage() == ConsoleStartup::Stage::Login, kTimeout);
    QVERIFY(!startup->firstRunDialog());
    logIn(*startup, QStringLiteral("sam"), kSupportPassword);
    MainWindow *window = startup->mainWindow();
    QCOMPARE(sidebarIds(window), QStringList{QStringLiteral("people")});
    QCOMPARE(child<QLabel>(window, "operatorStatus")->text(), QStringLiteral("sam (Support)"));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("page:operators")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("action:people.find")));
}

void TestConsoleStartup::wrongPasswordKeepsTheDialogOpen()
{
    Test::TestDatabase database;
    {
        auto services = Test::openMigrated(database.url());
        Test::addOperator(*services, QStringLiteral("ada"), QStringLiteral("admin"),
                          kAdminPassword);
    }
    auto startup = makeStartup(database.url());
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                             kTimeout);
    LoginDialog *dialog = startup->loginDialog();
    typeInto(dialog, "username", QStringLiteral("ada"));
    typeInto(dialog, "password", QStringLiteral("not the password"));
    click(dialog, "loginButton");
    auto *message = child<InlineMessage>(dialog, "message");
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kTimeout);
    QVERIFY2(
        message->text().contains(QLatin1String("wrong username or password"), Qt::CaseInsensitive),
        qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!startup->mainWindow());
    QCOMPARE(startup->stage(), ConsoleStartup::Stage::Login);
    QVERIFY(child<QLineEdit>(dialog, "password")->text().isEmpty());

    // The next, right attempt goes through.
    typeInto(dialog, "password", kAdminPassword);
    click(dialog, "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(startup->mainWindow() != nullptr, kTimeout);
}

void TestConsoleStartup::demoDataLoadingCanBeCancelled()
{
    Test::TestDatabase database;
    auto startup = makeStartup(database.url());
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->firstRunDialog() && startup->firstRunDialog()->isVisible(),
                             kTimeout);
    FirstRunDialog *firstRun = startup->firstRunDialog();
    typeInto(firstRun, "username", QStringLiteral("ada"));
    typeInto(firstRun, "password", kAdminPassword);
    typeInto(firstRun, "passwordConfirm", kAdminPassword);
    child<QCheckBox>(firstRun, "loadDemoData")->setChecked(true);
    click(firstRun, "createButton");
    QTRY_VERIFY_WITH_TIMEOUT(firstRun->findChild<QProgressDialog *>(), kTimeout);
    auto *progress = firstRun->findChild<QProgressDialog *>();
    QVERIFY(progress->isVisible());
    // The dialog cannot be dismissed while it works.
    firstRun->reject();
    QVERIFY(firstRun->isVisible());
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    // The administrator exists either way; the login says what became of the demo data.
    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                             kTimeout);
    auto *notice = child<InlineMessage>(startup->loginDialog(), "message");
    QVERIFY2(notice->text().contains(QLatin1String("cancelled")), qPrintable(notice->text()));
    logIn(*startup, QStringLiteral("ada"), kAdminPassword);
}

void TestConsoleStartup::twoFactorCodeIsAskedForWhenEnrolled()
{
    Test::TestDatabase database;
    QByteArray secret;
    {
        auto services = Test::openMigrated(database.url());
        setupServices(*services);
        const Principal admin = services->auth().createFirstAdmin(
            QStringLiteral("ada"), QStringLiteral("Ada"), kAdminPassword);
        const QJsonObject begun =
            services->bus().execute(admin, QStringLiteral("operator.totp_begin")).data.toObject();
        secret = Totp::fromBase32(begun.value(QStringLiteral("secret")).toString());
        // Confirm with the previous step's code so that the current one is still unused.
        const qint64 step = Totp::stepAt(services->clock().now());
        const CommandResult confirmed = services->bus().execute(
            admin, QStringLiteral("operator.totp_confirm"),
            {{QStringLiteral("secret"), begun.value(QStringLiteral("secret"))},
             {QStringLiteral("code"), Totp::code(secret, step - 1)}});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message));
    }
    auto startup = makeStartup(database.url());
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                             kTimeout);
    LoginDialog *dialog = startup->loginDialog();
    auto *code = child<QLineEdit>(dialog, "totpCode");
    QVERIFY(!code->isVisible());
    typeInto(dialog, "username", QStringLiteral("ada"));
    typeInto(dialog, "password", kAdminPassword);
    click(dialog, "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), kTimeout);
    QVERIFY(!startup->mainWindow());
    screenshot(dialog, QStringLiteral("login-two-factor"));

    typeInto(dialog, "totpCode",
             Totp::code(secret, Totp::stepAt(QDateTime::currentMSecsSinceEpoch())));
    click(dialog, "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(startup->mainWindow() != nullptr, kTimeout);
}

void TestConsoleStartup::idleLockNeedsThePassword()
{
    Test::TestDatabase database;
    {
        auto services = Test::openMigrated(database.url());
        Test::addOperator(*services, QStringLiteral("ada"), QStringLiteral("admin"),
                          kAdminPassword);
    }
    auto startup = makeStartup(database.url());
    startup->start();
    logIn(*startup, QStringLiteral("ada"), kAdminPassword);
    MainWindow *window = startup->mainWindow();

    window->idleLock()->setTimeout(300ms);
    QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 5000);
    LockScreen *lockScreen = window->lockScreen();
    QVERIFY(lockScreen->isVisible());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("page:audit"))->isEnabled());

    typeInto(lockScreen, "unlockPassword", QStringLiteral("guess"));
    click(lockScreen, "unlockButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<InlineMessage>(lockScreen, "unlockMessage")->isError(),
                             kTimeout);
    QVERIFY(window->isLocked());

    window->idleLock()->setTimeout(0ms);
    typeInto(lockScreen, "unlockPassword", kAdminPassword);
    click(lockScreen, "unlockButton");
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), kTimeout);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("page:audit"))->isEnabled());

    // "Log out" on the lock screen ends the session.
    window->idleLock()->lock();
    click(lockScreen, "lockLogoutButton");
    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                             kTimeout);
    QVERIFY(!startup->mainWindow());
}

void TestConsoleStartup::brokenDatabaseFailsWithAReason()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A folder where the database file should be.
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("steward.db")));
    auto startup = makeStartup(DatabaseUrl::sqlite(folder.filePath(QStringLiteral("steward.db"))));
    QSignalSpy failed(startup.get(), &ConsoleStartup::failed);
    QSignalSpy finished(startup.get(), &ConsoleStartup::finished);
    startup->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
    QCOMPARE(finished.first().first().toInt(), 1);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!startup->loginDialog() && !startup->firstRunDialog() && !startup->mainWindow());
}

void TestConsoleStartup::rememberMeWithoutKeychainSaysSoAndStoresNothing()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a session bus is available: rememberedLoginSkipsTheDialogUntilLogout covers it");
    Test::TestDatabase database;
    {
        auto services = Test::openMigrated(database.url());
        Test::addOperator(*services, QStringLiteral("ada"), QStringLiteral("admin"),
                          kAdminPassword);
    }
    auto startup = makeStartup(database.url());
    startup->start();
    // The warning is modal: the helper answers it while the login waits for it.
    QString warning;
    logInRemembered(*startup, QStringLiteral("ada"), kAdminPassword, &warning);
    QVERIFY(startup->mainWindow());
    QVERIFY2(warning.contains(QLatin1String("keychain")), qPrintable(warning));
    QVERIFY(RememberedLogin::username().isEmpty());
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QLatin1String("remembered")));
}

void TestConsoleStartup::rememberedLoginSkipsTheDialogUntilLogout()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a Secret Service: run under dbus-run-session with gnome-keyring-daemon");
    Test::TestDatabase database;
    {
        auto services = Test::openMigrated(database.url());
        Test::addOperator(*services, QStringLiteral("ada"), QStringLiteral("admin"),
                          kAdminPassword);
    }
    {
        auto startup = makeStartup(database.url());
        startup->start();
        QString warning;
        logInRemembered(*startup, QStringLiteral("ada"), kAdminPassword, &warning);
        QVERIFY(startup->mainWindow());
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(RememberedLogin::username(), QStringLiteral("ada"));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    {
        // The next start resumes the session without asking.
        auto startup = makeStartup(database.url(), true);
        startup->start();
        QTRY_VERIFY_WITH_TIMEOUT(startup->mainWindow() != nullptr, kTimeout);
        QVERIFY(!startup->loginDialog());
        // Choosing to log out ends "remember me".
        startup->logOut();
        QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() != nullptr, kTimeout);
        QVERIFY(RememberedLogin::username().isEmpty());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto startup = makeStartup(database.url(), true);
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(),
                             kTimeout);
}

void TestConsoleStartup::screenshots()
{
    if (qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
        QSKIP("set STEWARD_SCREENSHOT_DIR to save screenshots of the console");

    Test::TestDatabase database;
    auto startup = makeStartup(database.url());
    startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(startup->firstRunDialog() && startup->firstRunDialog()->isVisible(),
                             kTimeout);
    FirstRunDialog *firstRun = startup->firstRunDialog();
    screenshot(firstRun, QStringLiteral("first-run"));
    typeInto(firstRun, "username", QStringLiteral("A"));
    typeInto(firstRun, "password", QStringLiteral("short"));
    click(firstRun, "createButton");
    screenshot(firstRun, QStringLiteral("first-run-validation"));

    typeInto(firstRun, "username", QStringLiteral("ada"));
    typeInto(firstRun, "displayName", QStringLiteral("Ada Admin"));
    typeInto(firstRun, "password", kAdminPassword);
    typeInto(firstRun, "passwordConfirm", kAdminPassword);
    child<QCheckBox>(firstRun, "loadDemoData")->setChecked(true);
    click(firstRun, "createButton");
    QTRY_VERIFY_WITH_TIMEOUT(firstRun->findChild<QProgressDialog *>(), kTimeout);
    auto *progress = firstRun->findChild<QProgressDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(progress->labelText().contains(QLatin1String("rows")), kTimeout);
    screenshot(progress, QStringLiteral("demo-data-progress"));

    QTRY_VERIFY_WITH_TIMEOUT(startup->loginDialog() && startup->loginDialog()->isVisible(), 300000);
    screenshot(startup->loginDialog(), QStringLiteral("login"));
    typeInto(startup->loginDialog(), "password", QStringLiteral("wrong password"));
    click(startup->loginDialog(), "loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<InlineMessage>(startup->loginDialog(), "message")->isError(),
                             kTimeout);
    screenshot(startup->loginDialog(), QStringLiteral("login-error"));
    logIn(*startup, QStringLiteral("ada"), kAdminPassword);

    MainWindow *window = startup->mainWindow();
    window->resize(1280, 800);
    QTest::qWait(1500);
    screenshot(window, QStringLiteral("main-light"));
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        menu->popup(window->mapToGlobal(QPoint(0, 0)));
        QTest::qWait(100);
        screenshot(menu,
                   QStringLiteral("menu-") + menu->title().remove(QLatin1Char('&')).toLower());
        menu->hide();
    }
    Theme::apply(QStringLiteral("dark"));
    QTest::qWait(300);
    screenshot(window, QStringLiteral("main-dark"));
    window->showPage(QStringLiteral("operators"));
    QTest::qWait(1000);
    screenshot(window, QStringLiteral("operators-dark"));
    Theme::apply(QStringLiteral("light"));
    window->showPage(QStringLiteral("audit"));
    QTest::qWait(1000);
    screenshot(window, QStringLiteral("audit-light"));

    SettingsDialog *settings = window->openSettings();
    screenshot(settings, QStringLiteral("settings"));
    typeInto(settings, "databaseUrl", QStringLiteral("mysql://nope"));
    screenshot(settings, QStringLiteral("settings-invalid-url"));
    settings->reject();

    AccountDialog *account = window->openAccount();
    screenshot(account, QStringLiteral("account-password"));
    account->beginTwoFactorEnrollment();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(account, "qrCode")->pixmap().isNull(), kTimeout);
    screenshot(account, QStringLiteral("account-two-factor"));
    account->reject();

    screenshot(window->openAbout(), QStringLiteral("about"));
    window->idleLock()->lock();
    screenshot(window, QStringLiteral("locked"));
    Theme::apply(QStringLiteral("dark"));
    screenshot(window, QStringLiteral("locked-dark"));
    Theme::apply(QStringLiteral("light"));
}

QTEST_MAIN(TestConsoleStartup)
#include "tst_consolestartup.moc"
