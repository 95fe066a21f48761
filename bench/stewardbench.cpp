// Steward benchmarks: figures for the speed targets, printed, never asserted.
//
//   steward_bench search  --database URL [--runs N]   people.search latency over the users table
//   steward_bench startup --database URL [--runs N]   process start to main window painted
//
// Both expect a seeded database (stewardctl db seed --scale large) with an operator whose name
// and password are in STEWARD_BENCH_USERNAME and STEWARD_PASSWORD.

#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

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
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("search or startup"));
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("Database URL"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (default 50 / 10)"),
                      QStringLiteral("N")});
    parser.process(app);
    QString error;
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
    if (!url) {
        std::fprintf(stderr, "steward_bench: %s\n", qPrintable(error));
        return 2;
    }
    const QString which = parser.positionalArguments().value(0);
    try {
        if (which == QLatin1String("search"))
            return searchBenchmark(*url, parser.value(QStringLiteral("runs")).toInt() > 0
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
    std::fprintf(stderr, "steward_bench: name a benchmark: search or startup\n");
    return 2;
}
