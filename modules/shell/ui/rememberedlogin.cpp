#include "rememberedlogin.h"

#include "authservice.h"
#include "consolesettings.h"
#include "errors.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Steward::Shell {

namespace {

/** One entry per application name, so a test run never touches the console's entry. */
QString key()
{
    return QStringLiteral("remembered-login/") + QCoreApplication::applicationName();
}

} // namespace

QString RememberedLogin::username()
{
    return ConsoleSettings::rememberedUsername().value();
}

SecretStore::Result RememberedLogin::token()
{
    return SecretStore().read(key());
}

SecretStore::Result RememberedLogin::store(const QString &username, const QString &token)
{
    SecretStore::Result result = SecretStore().write(key(), token);
    if (result.ok)
        ConsoleSettings::rememberedUsername().setValue(username);
    else
        ConsoleSettings::rememberedUsername().reset();
    return result;
}

SecretStore::Result RememberedLogin::forget(AuthService &auth)
{
    const SecretStore store;
    const SecretStore::Result stored = store.read(key());
    ConsoleSettings::rememberedUsername().reset();
    SecretStore::Result result = store.remove(key());
    if (result.notFound) {
        result.ok = true;
        result.error.clear();
    }
    if (stored.ok && !stored.secret.isEmpty()) {
        AuthService *service = &auth;
        const QString token = stored.secret;
        QThreadPool::globalInstance()->start([service, token] {
            try {
                service->revokeSession(token);
            } catch (const Error &) {
                // Unknown or expired already: nothing left to revoke.
            }
        });
    }
    return result;
}

} // namespace Steward::Shell
