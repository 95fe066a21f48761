#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <optional>

namespace Steward {
class Database;
class FieldCipher;
} // namespace Steward

namespace Steward::Demo {

/** Fills an empty platform database with a deterministic, realistic demonstration platform:
 *  users in real cities with real coordinates, every service's activity over the year before
 *  a fixed date, open work queues (KYC, moderation, payouts, DAO proposals in every state).
 *  The same scale and seed always give the same rows.
 *
 *  Rows are written table by table in transactions of about 50 000 rows with explicit,
 *  sequential ids. Secondary indexes are dropped for the load and rebuilt at its end, also
 *  when it fails or is cancelled; constraints stay throughout. Cancelling or failing stops
 *  between two transactions: the rows already committed stay, so an interrupted seed leaves
 *  a partial demo database that should be deleted (or the tables emptied) before seeding
 *  again. Personal data (phone numbers, birthdates, document images and numbers, licence
 *  numbers) is sealed with Options::cipher; without one those columns stay empty. Document
 *  images are synthetic SVG documents and selfies. No operators are created and no decision
 *  names one. */
class DemoSeeder
{
public:
    enum class Scale { Small, Medium, Large };

    struct Options
    {
        Scale scale = Scale::Small;
        quint64 seed = 1;
        /** The platform's "now" in ms since the epoch: activity covers the 365 days before
         *  it and open work is due around it. 0 means the fixed demo date
         *  2026-11-01T00:00:00Z, which keeps separate runs identical. */
        qint64 now = 0;
        /** Seals personal data; null leaves the sealed columns empty. */
        const FieldCipher *cipher = nullptr;
        /** Content reports to file instead of the scale's default (one per 40 users); 0 keeps
         *  the default. Benchmarks use it to reach a million reports. */
        qint64 reports = 0;
        /** About this many KYC cases: more daters verify their age; 0 keeps the scale's
         *  default. */
        qint64 kycCases = 0;
    };

    struct Progress
    {
        QString table;
        qint64 rowsDone = 0;
        qint64 rowsTotal = 0;
    };

    struct Report
    {
        qint64 rows = 0;
        qint64 msecs = 0;
        QMap<QString, qint64> rowsPerTable;
    };

    /** Users per scale: about 2 000, 50 000 and 1 000 000. */
    static qint64 userCount(Scale scale);
    /** "small", "medium" or "large" (any case). */
    static std::optional<Scale> scaleFromName(const QString &name);
    /** The fixed "now" used when Options::now is 0. */
    static qint64 defaultNow();
    /** True when @p database has no users yet, so demo data may be loaded into it. */
    static bool canSeed(Database &database);

    /** Seeds @p database, which must be migrated and hold no users (Error bad input
     *  otherwise). @p progress is called after every transaction with the table being
     *  written; the last call for a table has rowsDone == rowsTotal. When @p cancel becomes
     *  true the run stops before its next transaction with Error(Internal, "cancelled"). */
    Report run(Database &database, const Options &options,
               const std::function<void(const Progress &)> &progress,
               const std::atomic_bool *cancel);
};

} // namespace Steward::Demo
