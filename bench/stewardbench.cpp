// Steward benchmarks: figures for the speed targets, printed, never asserted.
//
//   steward_bench search  --database URL [--runs N]   people.search latency over the users table
//   steward_bench startup --database URL [--runs N]   process start to main window painted
//   steward_bench trust   --database URL [--runs N]   moderation and KYC queues: first page,
//                                                     filter change, deep page, decision
//                                                     round-trip (it decides items: use a copy)
//   steward_bench revenue [--transactions N] [--database URL] [--seed S] [--runs N]
//                                                     revenue page queries from the rollups
//                                                     next to the naive GROUP BY over the ledger
//   steward_bench revenue --existing --database URL   the same on a seeded ledger
//
// search, startup, trust and revenue --existing expect a seeded database (stewardctl db seed
// --scale large) with an operator whose name and password are in STEWARD_BENCH_USERNAME and
// STEWARD_PASSWORD. revenue without --existing loads a ledger of its own into an empty
// database.

#include "query.h"
#include "revenuebench.h"
#include "servicelayer.h"
#include "stewardservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Steward;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2),
            values.at(std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100)),
            values.last()};
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int searchBenchmark(const DatabaseUrl &url, int runs)
{
    ServiceLayer services(url);
    services.open();
    services.migrate();
    setupServices(services);
    const Principal principal = services.auth().login(
        qEnvironmentVariable("STEWARD_BENCH_USERNAME"), qEnvironmentVariable("STEWARD_PASSWORD"));
    QSqlDatabase db = services.database().connection();
    const qint64 users =
        Query::scalar(db, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    print(QStringLiteral("users in database: %1").arg(users));

    // Real prefixes drawn from the data, spread over the key space.
    QStringList names, emails, ids;
    for (int i = 0; i < runs; ++i) {
        const qint64 id = 1 + (users * (2 * i + 1)) / (2 * runs);
        Query row(db, QStringLiteral("SELECT name_key, email FROM users WHERE id = ?"), {id});
        if (!row.next())
            continue;
        names << row.value(0).toString().left(5);
        const QString email = row.value(1).toString();
        emails << email.left(email.indexOf(QLatin1Char('@')) + 3);
        ids << QString::number(id);
    }
    const QList<QPair<QString, QStringList>> kinds = {{QStringLiteral("name prefix"), names},
                                                      {QStringLiteral("email prefix"), emails},
                                                      {QStringLiteral("id"), ids}};
    for (const auto &[kind, texts] : kinds) {
        QList<double> timings;
        qint64 rows = 0;
        for (const QString &text : texts) {
            QElapsedTimer timer;
            timer.start();
            const CommandResult result = services.bus().execute(
                principal, QStringLiteral("people.search"),
                {{QStringLiteral("text"), text}, {QStringLiteral("limit"), 50}});
            timings << timer.nsecsElapsed() / 1e6;
            if (!result.ok()) {
                print(QStringLiteral("search failed: %1").arg(result.message));
                return 1;
            }
            rows += result.data.toArray().size();
        }
        const Stats s = stats(timings);
        print(
            QStringLiteral("people.search %1: median %2 ms, p95 %3 ms, max %4 ms over %5 searches "
                           "(%6 rows on average)")
                .arg(kind, -12)
                .arg(s.median, 0, 'f', 2)
                .arg(s.p95, 0, 'f', 2)
                .arg(s.max, 0, 'f', 2)
                .arg(timings.size())
                .arg(timings.isEmpty() ? 0 : rows / timings.size()));
    }
    return 0;
}

/** Runs @p command @p runs times with the parameters @p params(i) gives and prints the figures;
 *  returns false (after printing why) when a call fails. */
bool measure(ServiceLayer &services, const Principal &principal, const QString &label,
             const QString &command, int runs, const std::function<QJsonObject(int)> &params,
             const std::function<void(const QJsonValue &)> &inspect = {})
{
    QList<double> timings;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject values = params(i);
        QElapsedTimer timer;
        timer.start();
        const CommandResult result = services.bus().execute(principal, command, values);
        timings << timer.nsecsElapsed() / 1e6;
        if (!result.ok()) {
            print(QStringLiteral("%1 failed: %2").arg(command, result.message));
            return false;
        }
        if (inspect)
            inspect(result.data);
    }
    const Stats s = stats(timings);
    print(QStringLiteral("%1: median %2 ms, p95 %3 ms, max %4 ms over %5 calls")
              .arg(label, -44)
              .arg(s.median, 0, 'f', 2)
              .arg(s.p95, 0, 'f', 2)
              .arg(s.max, 0, 'f', 2)
              .arg(timings.size()));
    return true;
}

/** The rows and the cursor of a list command's result. */
struct Page
{
    QJsonArray rows;
    QString next;
};

Page page(ServiceLayer &services, const Principal &principal, const QString &command,
          QJsonObject params)
{
    const CommandResult result = services.bus().execute(principal, command, params);
    if (!result.ok())
        throw Error(result.code, QStringLiteral("%1: %2").arg(command, result.message));
    const QJsonObject data = result.data.toObject();
    return {data.value(QStringLiteral("rows")).toArray(),
            data.value(QStringLiteral("next")).toString()};
}

int trustBenchmark(const DatabaseUrl &url, int runs)
{
    ServiceLayer services(url);
    services.open();
    services.migrate();
    setupServices(services);
    const Principal principal = services.auth().login(
        qEnvironmentVariable("STEWARD_BENCH_USERNAME"), qEnvironmentVariable("STEWARD_PASSWORD"));
    QSqlDatabase db = services.database().connection();
    print(
        QStringLiteral("moderation reports: %1, KYC cases: %2")
            .arg(Query::scalar(db, QStringLiteral("SELECT count(*) FROM moderation_reports"))
                     .toLongLong())
            .arg(Query::scalar(db, QStringLiteral("SELECT count(*) FROM kyc_cases")).toLongLong()));
    auto object = [](std::initializer_list<QPair<QString, QJsonValue>> pairs) {
        QJsonObject out;
        for (const auto &[key, value] : pairs)
            out.insert(key, value);
        return out;
    };

    // Moderation.
    const QString list = QStringLiteral("moderation.list");
    const QList<QJsonObject> reportFilters = {
        object({{QStringLiteral("severity"), QStringLiteral("critical")}}),
        object({{QStringLiteral("content_type"), QStringLiteral("photo")}}),
        object({{QStringLiteral("source"), QStringLiteral("automated")}}),
        object({{QStringLiteral("reason"), QStringLiteral("harassment")}}),
        object({{QStringLiteral("text"), QStringLiteral("ma")}}),
        object({{QStringLiteral("content_type"), QStringLiteral("message")},
                {QStringLiteral("severity"), QStringLiteral("high")}}),
    };
    const QStringList queues = {QStringLiteral("unreviewed"), QStringLiteral("resolved"),
                                QStringLiteral("escalated")};
    bool ok =
        measure(services, principal, QStringLiteral("moderation.queues (counts)"),
                QStringLiteral("moderation.queues"), runs, [](int) { return QJsonObject(); }) &&
        measure(services, principal, QStringLiteral("moderation.list first page (100 rows)"), list,
                runs,
                [&](int i) {
                    return QJsonObject{{QStringLiteral("queue"), queues[i % queues.size()]},
                                       {QStringLiteral("limit"), 100}};
                }) &&
        measure(services, principal, QStringLiteral("moderation.list filter change"), list, runs,
                [&](int i) {
                    QJsonObject params = reportFilters[i % reportFilters.size()];
                    params.insert(QStringLiteral("queue"), queues[(i / reportFilters.size()) % 2]);
                    params.insert(QStringLiteral("limit"), 100);
                    return params;
                });
    if (!ok)
        return 1;
    // The 50th page of the resolved queue costs what the first does.
    Page deep = page(
        services, principal, list,
        {{QStringLiteral("queue"), QStringLiteral("resolved")}, {QStringLiteral("limit"), 100}});
    for (int i = 1; i < 49 && !deep.next.isEmpty(); ++i)
        deep = page(services, principal, list,
                    {{QStringLiteral("queue"), QStringLiteral("resolved")},
                     {QStringLiteral("after"), deep.next},
                     {QStringLiteral("limit"), 100}});
    ok = measure(services, principal, QStringLiteral("moderation.list 50th page"), list, runs,
                 [&](int) {
                     return QJsonObject{{QStringLiteral("queue"), QStringLiteral("resolved")},
                                        {QStringLiteral("after"), deep.next},
                                        {QStringLiteral("limit"), 100}};
                 });
    const QJsonArray open = page(services, principal, list,
                                 {{QStringLiteral("queue"), QStringLiteral("unreviewed")},
                                  {QStringLiteral("limit"), runs}})
                                .rows;
    ok = ok && measure(services, principal, QStringLiteral("moderation.decide round-trip"),
                       QStringLiteral("moderation.decide"), int(open.size()), [&](int i) {
                           const QJsonObject row = open.at(i).toObject();
                           return QJsonObject{
                               {QStringLiteral("id"), row.value(QStringLiteral("id"))},
                               {QStringLiteral("version"), row.value(QStringLiteral("version"))},
                               {QStringLiteral("action"), QStringLiteral("dismiss")},
                               {QStringLiteral("note"), QStringLiteral("benchmark")}};
                       });
    if (!ok)
        return 1;

    // KYC.
    const QString cases = QStringLiteral("kyc.list");
    const QList<QJsonObject> caseFilters = {
        object({{QStringLiteral("state"), QStringLiteral("pending")}}),
        object({{QStringLiteral("state"), QStringLiteral("approved")}}),
        object({{QStringLiteral("case_type"), QStringLiteral("driver")}}),
        object(
            {{QStringLiteral("state"), QStringLiteral("open")}, {QStringLiteral("overdue"), true}}),
        object({{QStringLiteral("text"), QStringLiteral("an")}}),
        object({{QStringLiteral("state"), QStringLiteral("rejected")},
                {QStringLiteral("case_type"), QStringLiteral("identity")}}),
    };
    ok = measure(services, principal, QStringLiteral("kyc.counts"), QStringLiteral("kyc.counts"),
                 runs, [](int) { return QJsonObject(); }) &&
         measure(services, principal, QStringLiteral("kyc.list first page (100 rows)"), cases, runs,
                 [&](int i) {
                     return QJsonObject{{QStringLiteral("state"),
                                         i % 2 ? QStringLiteral("open") : QStringLiteral("")},
                                        {QStringLiteral("limit"), 100}};
                 }) &&
         measure(services, principal, QStringLiteral("kyc.list filter change"), cases, runs,
                 [&](int i) {
                     QJsonObject params = caseFilters[i % caseFilters.size()];
                     params.insert(QStringLiteral("limit"), 100);
                     return params;
                 });
    if (!ok)
        return 1;
    QString resubmitTemplate;
    const CommandResult templates =
        services.bus().execute(principal, QStringLiteral("kyc.templates"), {});
    for (const QJsonValue &entry : templates.data.toArray())
        if (entry[QStringLiteral("kind")].toString() == QLatin1String("resubmit"))
            resubmitTemplate = entry[QStringLiteral("code")].toString();
    const QJsonArray pending = page(services, principal, cases,
                                    {{QStringLiteral("state"), QStringLiteral("pending")},
                                     {QStringLiteral("limit"), runs}})
                                   .rows;
    QHash<qint64, qint64> claimed; // case id -> version after the claim
    ok = measure(
             services, principal, QStringLiteral("kyc.claim round-trip"),
             QStringLiteral("kyc.claim"), int(pending.size()),
             [&](int i) {
                 const QJsonObject row = pending.at(i).toObject();
                 return QJsonObject{
                     {QStringLiteral("id"), row.value(QStringLiteral("id"))},
                     {QStringLiteral("version"), row.value(QStringLiteral("version"))}};
             },
             [&](const QJsonValue &result) {
                 claimed.insert(result[QStringLiteral("id")].toInteger(),
                                result[QStringLiteral("version")].toInteger());
             }) &&
         measure(services, principal, QStringLiteral("kyc.request_resubmission round-trip"),
                 QStringLiteral("kyc.request_resubmission"), int(pending.size()), [&](int i) {
                     const qint64 id = pending.at(i)[QStringLiteral("id")].toInteger();
                     return QJsonObject{
                         {QStringLiteral("id"), id},
                         {QStringLiteral("version"), claimed.value(id)},
                         {QStringLiteral("template"), resubmitTemplate},
                         {QStringLiteral("message"),
                          QStringLiteral("Please upload a sharper photo of your document.")}};
                 });
    return ok ? 0 : 1;
}

int startupBenchmark(const DatabaseUrl &url, int runs)
{
#ifdef STEWARD_GUI_PATH
    QList<double> total, excluding;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("DISPLAY")))
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(STEWARD_GUI_PATH),
            {QStringLiteral("--database"), url.toString(), QStringLiteral("--benchmark-startup")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            print(QStringLiteral("steward --benchmark-startup failed: %1")
                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
            return 1;
        }
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression startup(QStringLiteral("startup_ms=(\\d+(?:\\.\\d+)?)"));
        static const QRegularExpression rest(
            QStringLiteral("startup_excluding_hash_ms=(\\d+(?:\\.\\d+)?)"));
        total << startup.match(out).captured(1).toDouble();
        excluding << rest.match(out).captured(1).toDouble();
    }
    const Stats a = stats(total);
    const Stats b = stats(excluding);
    print(QStringLiteral("startup to main window painted: median %1 ms (p95 %2 ms) over %3 runs")
              .arg(a.median, 0, 'f', 1)
              .arg(a.p95, 0, 'f', 1)
              .arg(runs));
    print(QStringLiteral("  of which not the deliberate password hash: median %1 ms")
              .arg(b.median, 0, 'f', 1));
    return 0;
#else
    Q_UNUSED(url);
    Q_UNUSED(runs);
    print(QStringLiteral("built without the console (STEWARD_BUILD_GUI=OFF)"));
    return 1;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward_bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Steward benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("search, startup, trust or revenue"));
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Database URL. revenue: a PostgreSQL URL names the server "
                                     "(a database of its own is created there and dropped); "
                                     "without it a SQLite file in a temporary folder"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Repetitions (default 50; startup 10; revenue 20 per query)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("transactions"),
                      QStringLiteral("revenue: ledger transactions to generate (default 1000000)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("revenue: seed of the generated history (default 1)"),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("existing"),
                      QStringLiteral("revenue: time the commands on the ledger already in "
                                     "--database (no load, no rebuild); logs in as "
                                     "STEWARD_BENCH_USERNAME with STEWARD_PASSWORD")});
    parser.addOption({QStringLiteral("currency"),
                      QStringLiteral("revenue: currency of the queries (default: the one with "
                                     "the most gross)"),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("naive-budget"),
                      QStringLiteral("revenue: seconds the naive GROUP BY of one query may run "
                                     "before it stops repeating (default 60)"),
                      QStringLiteral("S")});
    parser.process(app);
    const QString which = parser.positionalArguments().value(0);
    QString error;
    if (which == QLatin1String("revenue")) {
        Bench::RevenueBenchOptions options;
        if (parser.isSet(QStringLiteral("database"))) {
            options.url = DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
            if (!options.url) {
                std::fprintf(stderr, "steward_bench: %s\n", qPrintable(error));
                return 2;
            }
        }
        bool ok = true;
        if (parser.isSet(QStringLiteral("transactions")))
            options.transactions = parser.value(QStringLiteral("transactions")).toLongLong(&ok);
        if (ok && parser.isSet(QStringLiteral("seed")))
            options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (ok && parser.isSet(QStringLiteral("runs")))
            options.runs = parser.value(QStringLiteral("runs")).toInt(&ok);
        if (ok && parser.isSet(QStringLiteral("naive-budget")))
            options.naiveBudget = parser.value(QStringLiteral("naive-budget")).toDouble(&ok);
        if (!ok || options.transactions < 1 || options.runs < 1 || options.naiveBudget <= 0) {
            std::fprintf(stderr, "steward_bench: --transactions, --seed, --runs and "
                                 "--naive-budget take positive numbers\n");
            return 2;
        }
        options.existing = parser.isSet(QStringLiteral("existing"));
        options.currency = parser.value(QStringLiteral("currency")).trimmed().toUpper();
        try {
            return Bench::revenueBenchmark(options);
        } catch (const Error &failure) {
            std::fprintf(stderr, "steward_bench: %s\n", qPrintable(failure.message()));
            return 1;
        }
    }
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
    if (!url) {
        std::fprintf(stderr, "steward_bench: %s\n", qPrintable(error));
        return 2;
    }
    try {
        if (which == QLatin1String("search"))
            return searchBenchmark(*url, parser.value(QStringLiteral("runs")).toInt() > 0
                                             ? parser.value(QStringLiteral("runs")).toInt()
                                             : 50);
        if (which == QLatin1String("trust"))
            return trustBenchmark(*url, parser.value(QStringLiteral("runs")).toInt() > 0
                                            ? parser.value(QStringLiteral("runs")).toInt()
                                            : 50);
        if (which == QLatin1String("startup"))
            return startupBenchmark(*url, parser.value(QStringLiteral("runs")).toInt() > 0
                                              ? parser.value(QStringLiteral("runs")).toInt()
                                              : 10);
    } catch (const Error &failure) {
        std::fprintf(stderr, "steward_bench: %s\n", qPrintable(failure.message()));
        return 1;
    }
    std::fprintf(stderr, "steward_bench: name a benchmark: search, startup, trust or revenue\n");
    return 2;
}
