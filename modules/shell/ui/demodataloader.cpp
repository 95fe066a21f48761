#include "demodataloader.h"

#include "demoseeder.h"

#include "errors.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace Steward::Shell {

namespace {

struct SeedOutcome
{
    DemoDataLoader::Outcome outcome = DemoDataLoader::Outcome::Failed;
    qint64 rows = 0;
    QString error;
};

} // namespace

DemoDataLoader::DemoDataLoader(Database &database, qint64 now, const FieldCipher *cipher,
                               QObject *parent)
    : QObject(parent), m_database(database), m_now(now), m_cipher(cipher)
{}

DemoDataLoader::~DemoDataLoader()
{
    m_cancel->store(true);
}

void DemoDataLoader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);

    Database *database = &m_database;
    const qint64 now = m_now;
    const FieldCipher *cipher = m_cipher;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const QPointer<DemoDataLoader> receiver(this);
    auto report = [receiver](const Demo::DemoSeeder::Progress &step) {
        // The application object outlives the loader; the pointer is only read on its thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver, step] {
                if (receiver)
                    Q_EMIT receiver->progress(step.table, step.rowsDone, step.rowsTotal);
            },
            Qt::QueuedConnection);
    };

    auto *watcher = new QFutureWatcher<SeedOutcome>(this);
    connect(watcher, &QFutureWatcher<SeedOutcome>::finished, this, [this, watcher] {
        const SeedOutcome result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        Q_EMIT finished(result.outcome,
                        result.outcome == Outcome::Loaded
                            ? tr("%Ln rows", nullptr, int(std::min<qint64>(result.rows, INT_MAX)))
                            : result.error);
    });
    watcher->setFuture(QtConcurrent::run([database, now, cipher, cancel, report] {
        SeedOutcome result;
        try {
            Demo::DemoSeeder::Options options;
            options.scale = Demo::DemoSeeder::Scale::Small;
            options.now = now;
            options.cipher = cipher;
            result.rows = Demo::DemoSeeder().run(*database, options, report, cancel.get()).rows;
            result.outcome = Outcome::Loaded;
        } catch (const Error &error) {
            result.outcome = cancel->load() ? Outcome::Cancelled : Outcome::Failed;
            result.error = error.message();
        } catch (const std::exception &error) {
            result.error = QString::fromLocal8Bit(error.what());
        }
        return result;
    }));
}

void DemoDataLoader::cancel()
{
    m_cancel->store(true);
}

} // namespace Steward::Shell
