#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace Steward {

/** Where the service layer reads the time: milliseconds since the epoch, UTC. Tests substitute
 *  a ManualClock to cross lockout windows and expiries without sleeping. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 now() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 start = QDateTime::currentMSecsSinceEpoch()) : m_now(start) {}
    qint64 now() const override { return m_now.load(); }
    void set(qint64 msecs) { m_now.store(msecs); }
    void advance(qint64 msecs) { m_now.fetch_add(msecs); }

private:
    std::atomic<qint64> m_now;
};

} // namespace Steward
