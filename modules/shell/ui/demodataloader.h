#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Steward {
class Database;
class FieldCipher;
} // namespace Steward

namespace Steward::Shell {

/** Loads the small demonstration platform (Demo::DemoSeeder) on a worker thread, reporting
 *  progress on the GUI thread; cancel() stops it between two of its transactions. */
class DemoDataLoader : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Loaded, Cancelled, Failed };
    Q_ENUM(Outcome)

    /** @p now is the platform's "now" the demonstration activity leads up to (ms since epoch);
     *  @p cipher seals the personal data and must outlive the loader. */
    DemoDataLoader(Database &database, qint64 now, const FieldCipher *cipher,
                   QObject *parent = nullptr);
    ~DemoDataLoader() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &table, qint64 rowsDone, qint64 rowsTotal);
    /** @p detail is a row count summary when loaded, the reason when failed. */
    void finished(Steward::Shell::DemoDataLoader::Outcome outcome, const QString &detail);

private:
    Database &m_database;
    qint64 m_now = 0;
    const FieldCipher *m_cipher = nullptr;
    bool m_running = false;
    // Shared with the worker, which may outlive this object by one transaction.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Steward::Shell
