#pragma once

#include <QStringList>

#include <atomic>
#include <functional>

namespace Steward::Ctl {

/** Standard streams of one stewardctl run, so tests and the real process share the code. */
struct Io
{
    std::function<void(const QString &)> out;
    std::function<void(const QString &)> err;
    std::function<QString()> readStdinLine;
    /** Set when the user interrupts (Ctrl+C); long work stops between transactions. */
    const std::atomic_bool *cancel = nullptr;
};

/** Runs stewardctl with @p arguments (without the program name); returns the exit code:
 *  0 ok, 2 bad input, 3 permission denied, 4 conflict, 5 not found, 1 anything else. */
int run(const QStringList &arguments, const Io &io);

} // namespace Steward::Ctl
