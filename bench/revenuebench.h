#pragma once

#include "databaseurl.h"

#include <QString>

#include <optional>

namespace Steward::Bench {

struct RevenueBenchOptions
{
    /** Where to load; nullopt = a SQLite file in a temporary folder. A PostgreSQL URL names
     *  the server: the benchmark creates a database of its own there and drops it afterwards. */
    std::optional<DatabaseUrl> url;
    qint64 transactions = 1'000'000;
    quint64 seed = 1;
    /** Time the commands on the ledger already in @p url: no load, no rebuild. */
    bool existing = false;
    int runs = 20;
    /** Seconds the naive queries of one page may take before fewer runs are made. */
    double naiveBudget = 60;
    QString currency; ///< Empty: the currency with the most gross.
};

/** The revenue page's queries from the rollups next to the naive GROUP BY over the ledger. */
int revenueBenchmark(const RevenueBenchOptions &options);

} // namespace Steward::Bench
