#include "secretstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Steward {

namespace {

SecretStore::Result finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.ok = true;
        break;
    case QKeychain::EntryNotFound:
        result.notFound = true;
        result.error = QStringLiteral("no such entry in the keychain");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.error = QStringLiteral("no OS keychain is available (on Linux: a Secret Service "
                                      "such as GNOME Keyring or KWallet): %1")
                           .arg(job.errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = QStringLiteral("the keychain refused access: %1").arg(job.errorString());
        break;
    default:
        result.error = QStringLiteral("the keychain failed: %1").arg(job.errorString());
        break;
    }
    return result;
}

} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

SecretStore::Result SecretStore::write(const QString &key, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return finish(job);
}

SecretStore::Result SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    Result result = finish(job);
    if (result.ok)
        result.secret = job.textData();
    return result;
}

SecretStore::Result SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return finish(job);
}

} // namespace Steward
