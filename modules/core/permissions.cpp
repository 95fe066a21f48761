#include "permissions.h"

#include <QMutex>
#include <QMutexLocker>

namespace Steward {

namespace {
QMutex s_mutex;
QList<Permissions::Entry> &registry()
{
    static QList<Permissions::Entry> entries;
    return entries;
}
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Support:
        return QStringLiteral("support");
    case Role::Moderator:
        return QStringLiteral("moderator");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("support");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Support, Role::Moderator, Role::Finance, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    return {QStringLiteral("support"), QStringLiteral("moderator"), QStringLiteral("finance"),
            QStringLiteral("admin")};
}

void Permissions::declare(const QString &name, const QString &description, QList<Role> roles)
{
    QMutexLocker locker(&s_mutex);
    for (const Entry &entry : std::as_const(registry())) {
        if (entry.name == name)
            return;
    }
    registry().append({name, description, std::move(roles)});
}

QList<Permissions::Entry> Permissions::all()
{
    QMutexLocker locker(&s_mutex);
    QList<Entry> result = registry();
    std::sort(result.begin(), result.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return result;
}

QSet<QString> Permissions::forRole(Role role)
{
    QMutexLocker locker(&s_mutex);
    QSet<QString> result;
    for (const Entry &entry : std::as_const(registry())) {
        if (entry.roles.contains(role))
            result.insert(entry.name);
    }
    return result;
}

bool Permissions::isDeclared(const QString &name)
{
    QMutexLocker locker(&s_mutex);
    return std::any_of(registry().cbegin(), registry().cend(),
                       [&](const Entry &entry) { return entry.name == name; });
}

Principal Principal::system(const QString &what)
{
    Principal principal;
    principal.isSystem = true;
    principal.role = Role::Admin;
    principal.username = QStringLiteral("system:") + what;
    return principal;
}

Principal Principal::forOperator(qint64 id, const QString &username, Role role)
{
    Principal principal;
    principal.operatorId = id;
    principal.username = username;
    principal.role = role;
    principal.permissions = Permissions::forRole(role);
    principal.permissions.insert(Permission::Self);
    return principal;
}

void declareCorePermissions()
{
    const QList<Role> staff = {Role::Support, Role::Moderator, Role::Finance, Role::Admin};
    Permissions::declare(Permission::Self,
                         QStringLiteral("Change one's own password and two-factor"), staff);
    Permissions::declare(Permission::PeopleView,
                         QStringLiteral("Search users and open their person view"), staff);
    Permissions::declare(Permission::PeopleSuspend,
                         QStringLiteral("Suspend and reinstate user accounts"),
                         {Role::Support, Role::Moderator, Role::Admin});
    Permissions::declare(Permission::OperatorsManage,
                         QStringLiteral("Add, disable and reset operators; change roles"),
                         {Role::Admin});
    Permissions::declare(Permission::AuditView, QStringLiteral("Read and verify the audit log"),
                         {Role::Admin});
}

} // namespace Steward
