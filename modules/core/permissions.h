#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Steward {

/** Operator roles. Each maps to a set of permissions; the table is in docs/security.md. */
enum class Role { Support, Moderator, Finance, Admin };

QString roleName(Role role);
/** Parses "support", "moderator", "finance" or "admin"; nullopt otherwise. */
std::optional<Role> roleFromName(const QString &name);
QStringList roleNames();

/** The permissions operators can hold. Each module declares its own at setup with the roles that
 *  get them; core declares the operator, people and audit ones. */
class Permissions
{
public:
    struct Entry
    {
        QString name;
        QString description;
        QList<Role> roles;
    };

    /** Declares @p name; declaring the same name twice keeps the first. Thread-safe. */
    static void declare(const QString &name, const QString &description, QList<Role> roles);
    static QList<Entry> all();
    static QSet<QString> forRole(Role role);
    static bool isDeclared(const QString &name);
};

/** Permission names used by core and the foundation modules. */
namespace Permission {
inline const QString PeopleView = QStringLiteral("people.view");
inline const QString PeopleSuspend = QStringLiteral("people.suspend");
inline const QString OperatorsManage = QStringLiteral("operators.manage");
inline const QString AuditView = QStringLiteral("audit.view");
/** Changing one's own password and two-factor enrollment: every role. */
inline const QString Self = QStringLiteral("self");
} // namespace Permission

/** Who is calling: an operator after login, or the system (stewardctl administration, event
 *  handlers) which holds every permission and is named in the audit log. */
struct Principal
{
    qint64 operatorId = 0;
    QString username;
    Role role = Role::Support;
    bool isSystem = false;
    QSet<QString> permissions;

    bool can(const QString &permission) const
    {
        return isSystem || permission.isEmpty() || permissions.contains(permission);
    }
    /** Name written to the audit log: the username, or "system:<what>". */
    QString actorName() const { return username; }

    static Principal system(const QString &what);
    static Principal forOperator(qint64 id, const QString &username, Role role);
};

/** Declares core's permissions; called once by ServiceLayer. */
void declareCorePermissions();

} // namespace Steward
