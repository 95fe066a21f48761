#include "adminui.h"
#include "consolestartup.h"
#include "daoui.h"
#include "financeui.h"
#include "kycui.h"
#include "mainwindow.h"
#include "membersui.h"
#include "moderationui.h"
#include "moduleregistry.h"
#include "peopleui.h"
#include "theme.h"

#include "consolesettings.h"
#include "databaseurl.h"
#include "stewardservices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

/** Steward's own messages from the resources, and Qt's for its dialogs and shortcuts. */
void installTranslations(QApplication &app)
{
    const QString language = Steward::ConsoleSettings::language().value();
    QLocale locale = QLocale::system();
    if (language == QLatin1String("en") || language == QLatin1String("de")) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    auto *steward = new QTranslator(&app);
    // Languages without a catalogue get the English one, which holds the plural forms.
    if (steward->load(locale, QStringLiteral("steward"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")) ||
        steward->load(QStringLiteral(":/i18n/steward_en")))
        QApplication::installTranslator(steward);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "steward: %s\n", qUtf8Printable(message));
}

/** The database to use: --database, then STEWARD_DATABASE_URL, then the setting, then the
 *  embedded default. */
std::optional<Steward::DatabaseUrl> chooseDatabase(const QString &fromOption, QString *error)
{
    QString text = fromOption;
    if (text.isEmpty())
        text = qEnvironmentVariable("STEWARD_DATABASE_URL");
    if (text.isEmpty())
        text = Steward::ConsoleSettings::databaseUrl().value();
    if (text.isEmpty())
        return Steward::DatabaseUrl::defaultSqlite();
    return Steward::DatabaseUrl::parse(text, error);
}

/** Reports the start-up time when the main window paints for the first time. */
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, const Steward::Shell::ConsoleStartup &startup,
                    QObject *parent)
        : QObject(parent), m_sinceStart(sinceStart), m_startup(startup)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            const qint64 startup = m_sinceStart.elapsed();
            const qint64 hash = m_startup.loginMsecs();
            std::printf("startup_ms=%lld password_hash_ms=%lld startup_excluding_hash_ms=%lld\n",
                        static_cast<long long>(startup), static_cast<long long>(hash),
                        static_cast<long long>(startup - hash));
            std::fflush(stdout);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::exit(0); },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    const Steward::Shell::ConsoleStartup &m_startup;
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Steward, the operations console for the platform's "
                                            "staff.\n\nThe personal-data key comes from the OS "
                                            "keychain, or from the key file named by "
                                            "$STEWARD_KEY_FILE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "The database: sqlite:///path/file.db or "
                                            "postgresql://user@host:port/db?sslmode=... "
                                            "(default: $STEWARD_DATABASE_URL, then the setting, "
                                            "then the embedded database)."),
        QStringLiteral("URL"));
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main", "Log in as $STEWARD_BENCH_USERNAME with "
                                            "$STEWARD_PASSWORD, print the start-up time once the "
                                            "main window is painted, and exit."));
    parser.addOption(databaseOption);
    parser.addOption(benchmarkOption);
    parser.process(app);

    const bool benchmark = parser.isSet(benchmarkOption);
    QString error;
    const auto database = chooseDatabase(parser.value(databaseOption), &error);
    if (!database) {
        printError(error);
        if (!benchmark)
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Steward cannot start"), error);
        return 2;
    }

    Steward::Shell::Theme::apply(Steward::ConsoleSettings::theme().value());
    QApplication::setQuitOnLastWindowClosed(false);

    Steward::Shell::ModuleRegistry registry;
    Steward::People::setupPeopleUi(registry);
    Steward::Kyc::setupKycUi(registry);
    Steward::Moderation::setupModerationUi(registry);
    Steward::Finance::setupFinanceUi(registry);
    Steward::Members::setupMembersUi(registry);
    Steward::Dao::setupDaoUi(registry);
    Steward::Admin::setupAdminUi(registry);

    Steward::Shell::ConsoleStartup::Options options;
    options.database = *database;
    options.setupServices = &Steward::setupServices;
    options.showErrors = !benchmark;
    options.useRememberedLogin = !benchmark;
    Steward::Shell::ConsoleStartup startup(options, registry);
    QObject::connect(&startup, &Steward::Shell::ConsoleStartup::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QObject::connect(&startup, &Steward::Shell::ConsoleStartup::failed, &app,
                     [](const QString &reason) { printError(reason); });

    if (benchmark) {
        const QString username = qEnvironmentVariable("STEWARD_BENCH_USERNAME");
        const QString password = qEnvironmentVariable("STEWARD_PASSWORD");
        if (username.isEmpty() || password.isEmpty()) {
            printError(QStringLiteral("--benchmark-startup needs STEWARD_BENCH_USERNAME and "
                                      "STEWARD_PASSWORD"));
            return 2;
        }
        auto *probe = new FirstPaintProbe(sinceStart, startup, &app);
        QObject::connect(
            &startup, &Steward::Shell::ConsoleStartup::mainWindowShown, probe,
            [probe](Steward::Shell::MainWindow *window) { window->installEventFilter(probe); });
        startup.startWithCredentials(username, password);
    } else {
        startup.start();
    }
    return app.exec();
}
