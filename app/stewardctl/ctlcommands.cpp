#include "ctlcommands.h"

#include "auditlog.h"
#include "consolesettings.h"
#include "demoseeder.h"
#include "migrator.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <memory>

namespace Steward::Ctl {

namespace {

const QString kUsage = QStringLiteral(
    "Usage: stewardctl [--database URL] COMMAND [options]\n"
    "\n"
    "Headless administration of a Steward platform database.\n"
    "\n"
    "Commands:\n"
    "  db migrate                     apply pending schema migrations\n"
    "  db status                      schema version, pending migrations, row counts\n"
    "  db seed --scale S --seed N [--now TIME]\n"
    "                                 load demonstration data (small|medium|large) leading up\n"
    "                                 to now; creates the personal-data key when the\n"
    "                                 platform has none\n"
    "  operator add --username U --role R [--display-name N] --password-stdin\n"
    "  operator list                  operators with role and status\n"
    "  operator passwd --username U --password-stdin\n"
    "  operator disable --username U --reason TEXT\n"
    "  audit verify                   check the audit log's hash chain\n"
    "  kyc purge [--older-than DAYS]  empty the documents of KYC cases decided more than DAYS\n"
    "                                 ago (default: the platform's retention setting)\n"
    "  key status                     the platform's personal-data key and where it is\n"
    "  key create                     make the personal-data key (OS keychain, or --key-file)\n"
    "  commands                       every command and the permission it needs\n"
    "  payouts execute --run ID --as USERNAME [--approve VERSION | --mark-paid VERSION]\n"
    "                                 approve or mark paid a payout run (optional), then\n"
    "                                 post its payouts one transaction each until done;\n"
    "                                 run again to resume after an interruption\n"
    "  call COMMAND [--params JSON] --as USERNAME [--totp CODE]\n"
    "                                 run one command as an operator; the password comes\n"
    "                                 from STEWARD_PASSWORD or the first line of stdin\n"
    "\n"
    "Options:\n"
    "  --database URL   sqlite:///path/file.db or postgresql://user:pass@host:port/db?sslmode=...\n"
    "                   (default: $STEWARD_DATABASE_URL, else the console's setting, else the\n"
    "                   embedded SQLite file in the application-data folder)\n"
    "  --key-file PATH  the personal-data key file for headless use (default:\n"
    "                   $STEWARD_KEY_FILE, else the OS keychain); never inside the database\n"
    "  -h, --help       this text; COMMAND --help for one command\n"
    "  -v, --version    the version\n"
    "\n"
    "Exit codes: 0 ok, 2 bad input, 3 permission denied or wrong credentials, 4 conflict,\n"
    "5 not found, 1 anything else; the reason is one line on stderr.\n");

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return 0;
    case ErrorCode::BadInput:
        return 2;
    case ErrorCode::PermissionDenied:
    case ErrorCode::Unauthenticated:
        return 3;
    case ErrorCode::Conflict:
        return 4;
    case ErrorCode::NotFound:
        return 5;
    case ErrorCode::Internal:
        return 1;
    }
    return 1;
}

QString json(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null\n");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
               .mid(1)
               .chopped(1) +
           QLatin1Char('\n');
}

/** One subcommand's options, parsed strictly: unknown options are bad input. */
class Options
{
public:
    Options(const QString &synopsis, const QList<QCommandLineOption> &options)
        : m_synopsis(synopsis)
    {
        m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        m_parser.addOptions(options);
        m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                              QStringLiteral("Show this help")));
    }

    /** Parses @p arguments; throws Error::badInput with the parser's reason. */
    void parse(const QStringList &arguments)
    {
        if (!m_parser.parse(QStringList{QStringLiteral("stewardctl")} + arguments))
            throw Error::badInput(m_parser.errorText() + QStringLiteral(" (see --help)"));
    }
    bool wantsHelp() const { return m_parser.isSet(QStringLiteral("help")); }
    QString help() const
    {
        QString text = QStringLiteral("Usage: stewardctl ") + m_synopsis + QLatin1String("\n\n");
        const QString options = m_parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        return text + (at >= 0 ? options.mid(at) : options);
    }
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString require(const QString &name) const
    {
        const QString value = m_parser.value(name).trimmed();
        if (value.isEmpty())
            throw Error::badInput(QStringLiteral("--%1 is required").arg(name));
        return value;
    }

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
};

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName = QStringLiteral("value"))
{
    return QCommandLineOption(name, description, valueName);
}

class Runner
{
public:
    explicit Runner(const Io &io) : m_io(io) {}

    int run(QStringList arguments);

private:
    ServiceLayer &services(bool migrate = true);
    QString readPassword(bool fromStdin);

    int dbCommand(const QStringList &arguments);
    int operatorCommand(const QStringList &arguments);
    int auditCommand(const QStringList &arguments);
    int kycCommand(const QStringList &arguments);
    int keyCommand(const QStringList &arguments);
    int listCommands(const QStringList &arguments);
    int callCommand(const QStringList &arguments);
    int payoutsCommand(const QStringList &arguments);
    int printResult(const CommandResult &result);
    /** Parses @p arguments into @p options; prints the help and returns true for --help. */
    bool showHelp(Options &options, const QStringList &arguments);

    const Io &m_io;
    QString m_databaseUrl;
    QString m_keyFile;
    std::unique_ptr<ServiceLayer> m_services;
};

ServiceLayer &Runner::services(bool migrate)
{
    if (m_services)
        return *m_services;
    QString text = m_databaseUrl;
    if (text.isEmpty())
        text = qEnvironmentVariable("STEWARD_DATABASE_URL");
    if (text.isEmpty())
        text = ConsoleSettings::databaseUrl().value();
    DatabaseUrl url = DatabaseUrl::defaultSqlite();
    if (!text.isEmpty()) {
        QString error;
        const auto parsed = DatabaseUrl::parse(text, &error);
        if (!parsed)
            throw Error::badInput(error);
        url = *parsed;
    }
    auto services = std::make_unique<ServiceLayer>(url);
    services->open();
    if (migrate)
        services->migrate([this](const QString &name) {
            m_io.err(QStringLiteral("applying migration %1\n").arg(name));
        });
    setupServices(*services);
    // Commands that need personal data say why when the key cannot be loaded; a platform
    // without a key never reaches the keychain.
    if (migrate)
        services->personalData().unlock(m_keyFile);
    m_services = std::move(services);
    return *m_services;
}

int Runner::keyCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("status")) {
        Options options(QStringLiteral("key status"), {});
        if (showHelp(options, rest))
            return 0;
        // services() has already tried to unlock the key.
        PersonalDataVault &vault = services().personalData();
        if (vault.platformKeyId().isEmpty()) {
            m_io.out(QStringLiteral("this platform has no personal-data key yet\n"));
            return 5;
        }
        m_io.out(vault.status() + QLatin1Char('\n'));
        return vault.isUnlocked() ? 0 : 3;
    }
    if (verb == QLatin1String("create")) {
        Options options(QStringLiteral("key create"), {});
        if (showHelp(options, rest))
            return 0;
        PersonalDataVault &vault = services().personalData();
        if (!vault.createKey(m_keyFile))
            throw Error::conflict(vault.status());
        m_io.out(vault.status() + QLatin1Char('\n'));
        return 0;
    }
    throw Error::badInput(QStringLiteral("usage: stewardctl key status|create (see --help)"));
}

QString Runner::readPassword(bool fromStdin)
{
    if (!fromStdin) {
        const QString fromEnvironment = qEnvironmentVariable("STEWARD_PASSWORD");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    return m_io.readStdinLine();
}

bool Runner::showHelp(Options &options, const QStringList &arguments)
{
    options.parse(arguments);
    if (!options.wantsHelp())
        return false;
    m_io.out(options.help());
    return true;
}

int Runner::printResult(const CommandResult &result)
{
    if (!result.ok()) {
        m_io.err(QStringLiteral("stewardctl: %1\n").arg(result.message));
        return exitCodeFor(result.code);
    }
    m_io.out(json(result.data));
    return 0;
}

int Runner::run(QStringList arguments)
{
    // --database and --key-file may stand anywhere.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--key-file")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).trimmed().isEmpty())
                throw Error::badInput(QStringLiteral("--key-file needs a path"));
            m_keyFile = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
            continue;
        }
        if (argument == QLatin1String("--database")) {
            if (i + 1 >= arguments.size())
                throw Error::badInput(QStringLiteral("--database needs a URL"));
            m_databaseUrl = arguments.at(i + 1);
            if (m_databaseUrl.trimmed().isEmpty())
                throw Error::badInput(QStringLiteral("database URL is empty"));
            arguments.remove(i, 2);
            --i;
        } else if (argument.startsWith(QLatin1String("--database="))) {
            m_databaseUrl = argument.mid(11);
            if (m_databaseUrl.trimmed().isEmpty())
                throw Error::badInput(QStringLiteral("database URL is empty"));
            arguments.remove(i);
            --i;
        }
    }
    if (arguments.isEmpty()) {
        m_io.err(kUsage);
        return 2;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        m_io.out(kUsage);
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        m_io.out(QStringLiteral("stewardctl %1\n").arg(QStringLiteral(STEWARD_VERSION)));
        return 0;
    }
    if (command == QLatin1String("db"))
        return dbCommand(arguments);
    if (command == QLatin1String("operator"))
        return operatorCommand(arguments);
    if (command == QLatin1String("audit"))
        return auditCommand(arguments);
    if (command == QLatin1String("kyc"))
        return kycCommand(arguments);
    if (command == QLatin1String("key"))
        return keyCommand(arguments);
    if (command == QLatin1String("commands"))
        return listCommands(arguments);
    if (command == QLatin1String("call"))
        return callCommand(arguments);
    if (command == QLatin1String("payouts"))
        return payoutsCommand(arguments);
    throw Error::badInput(
        QStringLiteral("unknown command '%1' (see stewardctl --help)").arg(command));
}

int Runner::dbCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("migrate")) {
        Options options(QStringLiteral("db migrate"), {});
        if (showHelp(options, rest))
            return 0;
        ServiceLayer &layer = services(false);
        Migrator migrator(layer.database());
        const int before = migrator.currentVersion();
        layer.migrate([this](const QString &name) {
            m_io.out(QStringLiteral("applying migration %1\n").arg(name));
        });
        m_io.out(QStringLiteral("schema at version %1 (was %2)\n")
                     .arg(migrator.currentVersion())
                     .arg(before));
        return 0;
    }
    if (verb == QLatin1String("status")) {
        Options options(QStringLiteral("db status"), {});
        if (showHelp(options, rest))
            return 0;
        ServiceLayer &layer = services(false);
        Migrator migrator(layer.database());
        const auto pending = migrator.pending();
        QSqlDatabase db = layer.database().connection();
        QString text = QStringLiteral("database: %1\nschema version: %2 of %3\n")
                           .arg(layer.database().url().displayString())
                           .arg(migrator.currentVersion())
                           .arg(migrator.latestVersion());
        text += QStringLiteral("pending migrations: %1\n").arg(pending.size());
        if (pending.isEmpty()) {
            for (const QString &table : {QStringLiteral("operators"), QStringLiteral("users"),
                                         QStringLiteral("audit_log"), QStringLiteral("outbox")}) {
                // Table names come from the fixed list above.
                const qint64 count =
                    Query::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
                        .toLongLong();
                text += QStringLiteral("%1: %2 rows\n").arg(table).arg(count);
            }
        }
        m_io.out(text);
        return 0;
    }
    if (verb == QLatin1String("seed")) {
        Options options(
            QStringLiteral("db seed --scale small|medium|large [--seed N]"),
            {valueOption(QStringLiteral("scale"), QStringLiteral("small, medium or large"),
                         QStringLiteral("scale")),
             valueOption(QStringLiteral("seed"),
                         QStringLiteral("Random seed; the same seed gives the same data"),
                         QStringLiteral("N")),
             valueOption(QStringLiteral("reports"),
                         QStringLiteral("Content reports to file instead of one per 40 users"),
                         QStringLiteral("N")),
             valueOption(QStringLiteral("kyc-cases"),
                         QStringLiteral("About this many KYC cases (more age verifications)"),
                         QStringLiteral("N")),
             valueOption(QStringLiteral("now"),
                         QStringLiteral("The platform's present, ISO 8601 UTC (default: the "
                                        "current time); the year of activity leads up to it and "
                                        "open work is due around it. The same scale, seed and "
                                        "--now give the same rows"),
                         QStringLiteral("TIME"))});
        if (showHelp(options, rest))
            return 0;
        const auto scale =
            Demo::DemoSeeder::scaleFromName(options.require(QStringLiteral("scale")));
        if (!scale)
            throw Error::badInput(QStringLiteral("--scale must be small, medium or large"));
        bool ok = true;
        const quint64 seed = options.isSet(QStringLiteral("seed"))
                                 ? options.value(QStringLiteral("seed")).toULongLong(&ok)
                                 : 1;
        if (!ok)
            throw Error::badInput(QStringLiteral("--seed must be a non-negative integer"));
        auto count = [&](const QString &name) {
            if (!options.isSet(name))
                return qint64(0);
            const qint64 value = options.value(name).toLongLong(&ok);
            if (!ok || value < 1 || value > 50'000'000)
                throw Error::badInput(
                    QStringLiteral("--%1 must be a number from 1 to 50000000").arg(name));
            return value;
        };
        Demo::DemoSeeder::Options seeding{*scale, seed};
        seeding.now = QDateTime::currentMSecsSinceEpoch();
        if (options.isSet(QStringLiteral("now"))) {
            const QDateTime now =
                QDateTime::fromString(options.value(QStringLiteral("now")), Qt::ISODate);
            if (!now.isValid())
                throw Error::badInput(QStringLiteral("--now must be an ISO 8601 time such as "
                                                     "2026-11-01T00:00:00Z"));
            seeding.now = now.toMSecsSinceEpoch();
        }
        seeding.reports = count(QStringLiteral("reports"));
        seeding.kycCases = count(QStringLiteral("kyc-cases"));
        ServiceLayer &layer = services();
        PersonalDataVault &vault = layer.personalData();
        if (!vault.isUnlocked() && !vault.unlockOrCreate(m_keyFile))
            throw Error::denied(QStringLiteral("demo data holds personal data, which needs the "
                                               "platform's key: %1")
                                    .arg(vault.status()));
        m_io.err(vault.status() + QLatin1Char('\n'));
        seeding.cipher = &vault.cipher();
        Demo::DemoSeeder seeder;
        QString lastTable;
        const auto report = seeder.run(
            layer.database(), seeding,
            [&](const Demo::DemoSeeder::Progress &progress) {
                const int percent = progress.rowsTotal > 0
                                        ? int(progress.rowsDone * 100 / progress.rowsTotal)
                                        : 100;
                m_io.err(QStringLiteral("\r%1 %2/%3 (%4%)")
                             .arg(progress.table, -24)
                             .arg(progress.rowsDone)
                             .arg(progress.rowsTotal)
                             .arg(percent));
                if (progress.rowsDone >= progress.rowsTotal)
                    m_io.err(QStringLiteral("\n"));
            },
            m_io.cancel);
        const double seconds = std::max<qint64>(report.msecs, 1) / 1000.0;
        m_io.out(QStringLiteral("seeded %1 rows in %2 s (%3 rows/s)\n")
                     .arg(report.rows)
                     .arg(seconds, 0, 'f', 1)
                     .arg(qint64(report.rows / seconds)));
        return 0;
    }
    throw Error::badInput(QStringLiteral("usage: stewardctl db migrate|status|seed (see --help)"));
}

int Runner::operatorCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const Principal system =
        Principal::system(QStringLiteral("stewardctl@") + QSysInfo::machineHostName());
    if (verb == QLatin1String("add")) {
        Options options(
            QStringLiteral(
                "operator add --username U --role R [--display-name N] --password-stdin"),
            {valueOption(QStringLiteral("username"), QStringLiteral("Login name"),
                         QStringLiteral("U")),
             valueOption(QStringLiteral("role"),
                         QStringLiteral("support, moderator, finance or admin"),
                         QStringLiteral("R")),
             valueOption(QStringLiteral("display-name"),
                         QStringLiteral("Name shown in the console"), QStringLiteral("N")),
             QCommandLineOption(QStringLiteral("password-stdin"),
                                QStringLiteral("Read the password from the first line of stdin"))});
        if (showHelp(options, rest))
            return 0;
        if (!options.isSet(QStringLiteral("password-stdin")))
            throw Error::badInput(QStringLiteral("--password-stdin is required: passwords are "
                                                 "never taken on the command line"));
        const QJsonObject params{
            {QStringLiteral("username"), options.require(QStringLiteral("username"))},
            {QStringLiteral("role"), options.require(QStringLiteral("role"))},
            {QStringLiteral("display_name"), options.value(QStringLiteral("display-name"))},
            {QStringLiteral("password"), readPassword(true)}};
        return printResult(
            services().bus().execute(system, QStringLiteral("operator.add"), params));
    }
    if (verb == QLatin1String("list")) {
        Options options(QStringLiteral("operator list"), {});
        if (showHelp(options, rest))
            return 0;
        const CommandResult result =
            services().bus().execute(system, QStringLiteral("operator.list"));
        if (!result.ok())
            return printResult(result);
        QString text = QStringLiteral("%1 %2 %3 %4\n")
                           .arg(QStringLiteral("USERNAME"), -20)
                           .arg(QStringLiteral("ROLE"), -10)
                           .arg(QStringLiteral("STATUS"), -9)
                           .arg(QStringLiteral("2FA"));
        const QJsonArray rows = result.data.toArray();
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(row.value(QStringLiteral("username")).toString(), -20)
                        .arg(row.value(QStringLiteral("role")).toString(), -10)
                        .arg(row.value(QStringLiteral("is_disabled")).toBool()
                                 ? QStringLiteral("disabled")
                                 : QStringLiteral("enabled"),
                             -9)
                        .arg(row.value(QStringLiteral("totp_enrolled")).toBool()
                                 ? QStringLiteral("yes")
                                 : QStringLiteral("no"));
        }
        m_io.out(text);
        return 0;
    }
    if (verb == QLatin1String("passwd")) {
        Options options(QStringLiteral("operator passwd --username U --password-stdin"),
                        {valueOption(QStringLiteral("username"), QStringLiteral("Login name"),
                                     QStringLiteral("U")),
                         QCommandLineOption(QStringLiteral("password-stdin"),
                                            QStringLiteral("Read the new password from stdin"))});
        if (showHelp(options, rest))
            return 0;
        if (!options.isSet(QStringLiteral("password-stdin")))
            throw Error::badInput(QStringLiteral("--password-stdin is required"));
        const QJsonObject params{
            {QStringLiteral("username"), options.require(QStringLiteral("username"))},
            {QStringLiteral("password"), readPassword(true)},
            {QStringLiteral("must_change_password"), false}};
        return printResult(
            services().bus().execute(system, QStringLiteral("operator.reset_password"), params));
    }
    if (verb == QLatin1String("disable")) {
        Options options(
            QStringLiteral("operator disable --username U --reason TEXT"),
            {valueOption(QStringLiteral("username"), QStringLiteral("Login name"),
                         QStringLiteral("U")),
             valueOption(QStringLiteral("reason"), QStringLiteral("Why, for the audit log"),
                         QStringLiteral("TEXT"))});
        if (showHelp(options, rest))
            return 0;
        const QJsonObject params{
            {QStringLiteral("username"), options.require(QStringLiteral("username"))},
            {QStringLiteral("reason"), options.require(QStringLiteral("reason"))}};
        return printResult(
            services().bus().execute(system, QStringLiteral("operator.disable"), params));
    }
    throw Error::badInput(
        QStringLiteral("usage: stewardctl operator add|list|passwd|disable (see --help)"));
}

int Runner::auditCommand(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("verify"))
        throw Error::badInput(QStringLiteral("usage: stewardctl audit verify"));
    Options options(QStringLiteral("audit verify"), {});
    if (showHelp(options, arguments.mid(1)))
        return 0;
    const AuditLog::Verification result = AuditLog::verify(services().database().connection());
    if (!result.ok) {
        m_io.err(QStringLiteral("stewardctl: audit log broken at entry %1: %2\n")
                     .arg(result.firstBadSeq)
                     .arg(result.reason));
        return 1;
    }
    m_io.out(QStringLiteral("audit log intact: %1 entries verified\n").arg(result.checked));
    return 0;
}

int Runner::kycCommand(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("purge"))
        throw Error::badInput(QStringLiteral("usage: stewardctl kyc purge [--older-than DAYS]"));
    Options options(QStringLiteral("kyc purge [--older-than DAYS]"),
                    {valueOption(QStringLiteral("older-than"),
                                 QStringLiteral("Purge cases decided more than DAYS ago (default: "
                                                "the kyc.retention_days setting)"),
                                 QStringLiteral("DAYS"))});
    if (showHelp(options, arguments.mid(1)))
        return 0;
    QJsonObject params;
    if (options.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        const qint64 days = options.value(QStringLiteral("older-than")).toLongLong(&ok);
        if (!ok)
            throw Error::badInput(QStringLiteral("--older-than must be a whole number of days"));
        params.insert(QStringLiteral("older_than_days"), days);
    }
    const Principal system =
        Principal::system(QStringLiteral("stewardctl@") + QSysInfo::machineHostName());
    const CommandResult result =
        services().bus().execute(system, QStringLiteral("kyc.purge"), params);
    if (!result.ok())
        return printResult(result);
    const QJsonObject data = result.data.toObject();
    m_io.out(QStringLiteral("purged %1 documents of %2 KYC cases decided before %3\n")
                 .arg(data.value(QStringLiteral("documents")).toInteger())
                 .arg(data.value(QStringLiteral("cases")).toInteger())
                 .arg(QDateTime::fromMSecsSinceEpoch(
                          data.value(QStringLiteral("cutoff")).toInteger(), Qt::UTC)
                          .toString(Qt::ISODate)));
    return 0;
}

int Runner::listCommands(const QStringList &arguments)
{
    Options options(QStringLiteral("commands"), {});
    if (showHelp(options, arguments))
        return 0;
    QString text;
    const auto commands = services().bus().commands();
    for (const CommandSpec &spec : commands)
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(spec.name, -28)
                    .arg(spec.permission, -18)
                    .arg(spec.description);
    m_io.out(text);
    return 0;
}

int Runner::callCommand(const QStringList &arguments)
{
    Options options(
        QStringLiteral("call COMMAND [--params JSON] --as USERNAME [--totp CODE]"),
        {valueOption(QStringLiteral("params"), QStringLiteral("Parameters as a JSON object"),
                     QStringLiteral("JSON")),
         valueOption(QStringLiteral("as"), QStringLiteral("Operator to run as"),
                     QStringLiteral("USERNAME")),
         valueOption(QStringLiteral("totp"), QStringLiteral("Two-factor code, when enrolled"),
                     QStringLiteral("CODE"))});
    if (showHelp(options, arguments))
        return 0;
    const QStringList positional = options.positional();
    if (positional.size() != 1)
        throw Error::badInput(
            QStringLiteral("call needs exactly one COMMAND (see stewardctl commands)"));
    QJsonObject params;
    if (options.isSet(QStringLiteral("params"))) {
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(options.value(QStringLiteral("params")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            throw Error::badInput(QStringLiteral("--params is not valid JSON: %1 at offset %2")
                                      .arg(error.errorString())
                                      .arg(error.offset));
        if (!document.isObject())
            throw Error::badInput(QStringLiteral("--params must be a JSON object"));
        params = document.object();
    }
    const QString username = options.require(QStringLiteral("as"));
    ServiceLayer &layer = services();
    if (!layer.bus().has(positional.first()))
        throw Error::badInput(QStringLiteral("unknown command '%1' (see stewardctl commands)")
                                  .arg(positional.first()));
    const Principal principal =
        layer.auth().login(username, readPassword(false), options.value(QStringLiteral("totp")));
    return printResult(layer.bus().execute(principal, positional.first(), params));
}

int Runner::payoutsCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb != QLatin1String("execute"))
        throw Error::badInput(QStringLiteral("usage: stewardctl payouts execute (see --help)"));
    Options options(
        QStringLiteral("payouts execute --run ID --as USERNAME [--approve VERSION | --mark-paid "
                       "VERSION] [--batch N]"),
        {valueOption(QStringLiteral("run"), QStringLiteral("The payout run"), QStringLiteral("ID")),
         valueOption(QStringLiteral("as"), QStringLiteral("Operator to run as"),
                     QStringLiteral("USERNAME")),
         valueOption(QStringLiteral("totp"), QStringLiteral("Two-factor code, when enrolled"),
                     QStringLiteral("CODE")),
         valueOption(QStringLiteral("approve"),
                     QStringLiteral("Approve the pending run first, at this version"),
                     QStringLiteral("VERSION")),
         valueOption(QStringLiteral("mark-paid"),
                     QStringLiteral("Mark the approved run paid first, at this version"),
                     QStringLiteral("VERSION")),
         valueOption(QStringLiteral("batch"), QStringLiteral("Payouts per transaction (default 1)"),
                     QStringLiteral("N"))});
    if (showHelp(options, arguments.mid(1)))
        return 0;
    bool ok = true;
    const qint64 run = options.require(QStringLiteral("run")).toLongLong(&ok);
    if (!ok || run <= 0)
        throw Error::badInput(QStringLiteral("--run must be a payout run id"));
    const qint64 batch = options.isSet(QStringLiteral("batch"))
                             ? options.value(QStringLiteral("batch")).toLongLong(&ok)
                             : 1;
    if (!ok || batch < 1 || batch > 500)
        throw Error::badInput(QStringLiteral("--batch must be a number from 1 to 500"));
    if (options.isSet(QStringLiteral("approve")) && options.isSet(QStringLiteral("mark-paid")))
        throw Error::badInput(QStringLiteral("--approve and --mark-paid exclude each other"));
    const QString username = options.require(QStringLiteral("as"));
    ServiceLayer &layer = services();
    const Principal principal =
        layer.auth().login(username, readPassword(false), options.value(QStringLiteral("totp")));
    for (const QString &decision : {QStringLiteral("approve"), QStringLiteral("mark-paid")}) {
        if (!options.isSet(decision))
            continue;
        const qint64 version = options.value(decision).toLongLong(&ok);
        if (!ok || version <= 0)
            throw Error::badInput(QStringLiteral("--%1 needs the run's version").arg(decision));
        const CommandResult result = layer.bus().execute(
            principal,
            decision == QLatin1String("approve") ? QStringLiteral("payouts.run_approve")
                                                 : QStringLiteral("payouts.run_mark_paid"),
            {{QStringLiteral("id"), run}, {QStringLiteral("version"), version}});
        if (!result.ok())
            return printResult(result);
    }
    qint64 processed = 0;
    while (true) {
        if (m_io.cancel && m_io.cancel->load())
            throw Error::conflict(QStringLiteral("interrupted after %1 payouts; run the same "
                                                 "command again to resume")
                                      .arg(processed));
        const CommandResult step =
            layer.bus().execute(principal, QStringLiteral("payouts.run_execute"),
                                {{QStringLiteral("id"), run}, {QStringLiteral("limit"), batch}});
        if (!step.ok())
            return printResult(step);
        const QJsonObject data = step.data.toObject();
        processed += data.value(QStringLiteral("processed")).toArray().size();
        if (data.value(QStringLiteral("done")).toBool()) {
            QJsonObject summary = data.value(QStringLiteral("run")).toObject();
            summary.insert(QStringLiteral("processed_now"), processed);
            m_io.out(json(summary));
            return 0;
        }
    }
}

} // namespace

int run(const QStringList &arguments, const Io &io)
{
    Runner runner(io);
    try {
        return runner.run(arguments);
    } catch (const Error &error) {
        io.err(QStringLiteral("stewardctl: %1\n").arg(error.message()));
        return exitCodeFor(error.code());
    } catch (const std::exception &error) {
        io.err(QStringLiteral("stewardctl: %1\n").arg(QString::fromLocal8Bit(error.what())));
        return 1;
    }
}

} // namespace Steward::Ctl
