#include "adminservice.h"

#include "auditlog.h"
#include "authservice.h"
#include "passwordhasher.h"
#include "query.h"
#include "servicelayer.h"
#include "totp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace Steward::Admin {

namespace {

QJsonObject operatorJson(Query &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("username"), row.value(1).toString()},
        {QStringLiteral("display_name"), row.value(2).toString()},
        {QStringLiteral("role"), row.value(3).toString()},
        {QStringLiteral("is_disabled"), row.value(4).toBool()},
        {QStringLiteral("totp_enrolled"), !row.value(5).toString().isEmpty()},
        {QStringLiteral("locked_until"), row.value(6).toLongLong()},
        {QStringLiteral("last_login_at"), row.value(7).toLongLong()},
        {QStringLiteral("created_at"), row.value(8).toLongLong()},
        {QStringLiteral("version"), row.value(9).toLongLong()},
    };
}

const QString kOperatorColumns =
    QStringLiteral("SELECT id, username, display_name, role, is_disabled, totp_secret, "
                   "locked_until, last_login_at, created_at, version FROM operators ");

QJsonObject loadOperator(const QSqlDatabase &db, qint64 id)
{
    Query row(db, kOperatorColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!row.next())
        throw Error::notFound(QStringLiteral("operator %1 does not exist").arg(id));
    return operatorJson(row);
}

qint64 operatorIdByName(const QSqlDatabase &db, const QString &username)
{
    const QVariant id =
        Query::scalar(db, QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                      {username.trimmed().toLower()});
    if (!id.isValid())
        throw Error::notFound(QStringLiteral("operator '%1' does not exist").arg(username));
    return id.toLongLong();
}

/** Operators are named by "id" or "username" in parameters. */
qint64 targetOperator(CommandContext &ctx)
{
    if (ctx.params().contains(QStringLiteral("username")))
        return operatorIdByName(ctx.db(), ctx.requireString(QStringLiteral("username")));
    return ctx.requireId(QStringLiteral("id"));
}

Role requireRole(CommandContext &ctx)
{
    const QString name = ctx.requireString(QStringLiteral("role"));
    const auto role = roleFromName(name);
    if (!role)
        throw Error::badInput(QStringLiteral("unknown role '%1' (one of %2)")
                                  .arg(name, roleNames().join(QStringLiteral(", "))));
    return *role;
}

void preparePassword(CommandContext &ctx, const QString &key)
{
    const QString password = ctx.params().value(key).toString();
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        throw Error::badInput(weak);
    ctx.prepared().insert(QStringLiteral("password_hash"), PasswordHasher::hash(password));
}

/** Refuses a change that would leave the platform without an enabled admin. */
void keepOneAdmin(const QSqlDatabase &db, qint64 changedId)
{
    const qint64 others =
        Query::scalar(db,
                      QStringLiteral("SELECT count(*) FROM operators WHERE role = 'admin' "
                                     "AND is_disabled = FALSE AND id <> ?"),
                      {changedId})
            .toLongLong();
    if (others == 0)
        throw Error::conflict(QStringLiteral("this is the last enabled admin; add another admin "
                                             "first"));
}

void updateOperator(CommandContext &ctx, qint64 id, const QString &assignments,
                    const QVariantList &values, const QString &reason = {})
{
    const QJsonObject before = loadOperator(ctx.db(), id);
    const qint64 expected = ctx.optionalInteger(QStringLiteral("version"), 0);
    QVariantList binds = values;
    binds << ctx.now() << id;
    QString sql = QStringLiteral("UPDATE operators SET ") + assignments +
                  QStringLiteral(", updated_at = ?, version = version + 1 WHERE id = ?");
    if (expected > 0) {
        sql += QStringLiteral(" AND version = ?");
        binds << expected;
    }
    Query update(ctx.db(), sql, binds);
    if (update.rowsAffected() == 0)
        throw Error::conflict(QStringLiteral("operator %1 was changed by someone else; reload and "
                                             "try again")
                                  .arg(before.value(QStringLiteral("username")).toString()));
    ctx.audit({QStringLiteral("operator"), QString::number(id), before, loadOperator(ctx.db(), id),
               reason});
}

} // namespace

void setupAdminService(ServiceLayer &services)
{
    CommandBus &bus = services.bus();

    bus.add({QStringLiteral("operator.list"),
             Permission::OperatorsManage,
             QStringLiteral("List operators with role, status and two-factor enrollment"),
             false,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 Query rows(ctx.db(), kOperatorColumns + QStringLiteral("ORDER BY username"));
                 QJsonArray result;
                 while (rows.next())
                     result << operatorJson(rows);
                 return result;
             }});

    bus.add({QStringLiteral("operator.add"), Permission::OperatorsManage,
             QStringLiteral("Add an operator: username, display_name, role, password"), true,
             [](CommandContext &ctx) { preparePassword(ctx, QStringLiteral("password")); },
             [](CommandContext &ctx) -> QJsonValue {
                 const QString username =
                     AuthService::normalizedUsername(ctx.requireString(QStringLiteral("username")));
                 const Role role = requireRole(ctx);
                 const QString displayName =
                     ctx.optionalString(QStringLiteral("display_name"), username);
                 if (Query::scalar(ctx.db(),
                                   QStringLiteral("SELECT 1 FROM operators WHERE username = ?"),
                                   {username})
                         .isValid())
                     throw Error::conflict(
                         QStringLiteral("operator '%1' already exists").arg(username));
                 Query insert(
                     ctx.db(),
                     QStringLiteral("INSERT INTO operators (username, display_name, role, "
                                    "password_hash, must_change_password, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {username, displayName.isEmpty() ? username : displayName, roleName(role),
                      ctx.prepared().value(QStringLiteral("password_hash")).toString(),
                      ctx.optionalBool(QStringLiteral("must_change_password"), false), ctx.now(),
                      ctx.now()});
                 insert.next();
                 const qint64 id = insert.value(0).toLongLong();
                 const QJsonObject created = loadOperator(ctx.db(), id);
                 ctx.audit({QStringLiteral("operator"), QString::number(id), {}, created, {}});
                 return created;
             }});

    bus.add({QStringLiteral("operator.set_role"),
             Permission::OperatorsManage,
             QStringLiteral("Change an operator's role: id or username, role"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = targetOperator(ctx);
                 const Role role = requireRole(ctx);
                 if (role != Role::Admin)
                     keepOneAdmin(ctx.db(), id);
                 updateOperator(ctx, id, QStringLiteral("role = ?"), {roleName(role)});
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("operator.disable"),
             Permission::OperatorsManage,
             QStringLiteral("Disable an operator and end their remembered logins: id or username, "
                            "reason"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = targetOperator(ctx);
                 const QString reason = ctx.requireString(QStringLiteral("reason"));
                 if (id == ctx.principal().operatorId)
                     throw Error::badInput(QStringLiteral("you cannot disable yourself"));
                 keepOneAdmin(ctx.db(), id);
                 updateOperator(ctx, id, QStringLiteral("is_disabled = TRUE"), {}, reason);
                 Query(ctx.db(),
                       QStringLiteral("UPDATE operator_sessions SET revoked_at = ? "
                                      "WHERE operator_id = ? AND revoked_at IS NULL"),
                       {ctx.now(), id});
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("operator.enable"),
             Permission::OperatorsManage,
             QStringLiteral("Enable a disabled operator: id or username"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = targetOperator(ctx);
                 updateOperator(ctx, id,
                                QStringLiteral("is_disabled = FALSE, failed_logins = 0, "
                                               "locked_until = NULL"),
                                {}, ctx.optionalString(QStringLiteral("reason")));
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("operator.reset_password"), Permission::OperatorsManage,
             QStringLiteral("Set a new password for an operator and unlock them: id or username, "
                            "password"),
             true, [](CommandContext &ctx) { preparePassword(ctx, QStringLiteral("password")); },
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = targetOperator(ctx);
                 updateOperator(ctx, id,
                                QStringLiteral("password_hash = ?, failed_logins = 0, "
                                               "locked_until = NULL, must_change_password = ?"),
                                {ctx.prepared().value(QStringLiteral("password_hash")).toString(),
                                 ctx.optionalBool(QStringLiteral("must_change_password"), true)},
                                ctx.optionalString(QStringLiteral("reason")));
                 Query(ctx.db(),
                       QStringLiteral("UPDATE operator_sessions SET revoked_at = ? "
                                      "WHERE operator_id = ? AND revoked_at IS NULL"),
                       {ctx.now(), id});
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("operator.change_own_password"), Permission::Self,
             QStringLiteral("Change the calling operator's password: current, password"), true,
             [](CommandContext &ctx) { preparePassword(ctx, QStringLiteral("password")); },
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = ctx.principal().operatorId;
                 const QString stored =
                     Query::scalar(ctx.db(),
                                   QStringLiteral("SELECT password_hash FROM operators "
                                                  "WHERE id = ?"),
                                   {id})
                         .toString();
                 if (!PasswordHasher::verify(
                         ctx.params().value(QStringLiteral("current")).toString(), stored))
                     throw Error::badInput(QStringLiteral("the current password is wrong"));
                 updateOperator(ctx, id,
                                QStringLiteral("password_hash = ?, must_change_password = FALSE"),
                                {ctx.prepared().value(QStringLiteral("password_hash")).toString()});
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("operator.totp_begin"),
             Permission::Self,
             QStringLiteral("Start two-factor enrollment: returns a new secret and otpauth URI to "
                            "confirm with operator.totp_confirm"),
             false,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const QByteArray secret = Totp::generateSecret();
                 return QJsonObject{{QStringLiteral("secret"), Totp::toBase32(secret)},
                                    {QStringLiteral("uri"),
                                     Totp::provisioningUri(secret, ctx.principal().username)}};
             }});

    bus.add({QStringLiteral("operator.totp_confirm"),
             Permission::Self,
             QStringLiteral("Finish two-factor enrollment: secret, code (from the authenticator)"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const QString secretText = ctx.requireString(QStringLiteral("secret"));
                 const QByteArray secret = Totp::fromBase32(secretText);
                 if (secret.size() < 10)
                     throw Error::badInput(QStringLiteral("the two-factor secret is malformed"));
                 const qint64 step = Totp::matchingStep(
                     secret, ctx.requireString(QStringLiteral("code")), ctx.now());
                 if (step < 0)
                     throw Error::badInput(QStringLiteral("the code does not match; check the "
                                                          "authenticator's clock and try again"));
                 updateOperator(ctx, ctx.principal().operatorId,
                                QStringLiteral("totp_secret = ?, totp_last_step = ?"),
                                {Totp::toBase32(secret), step});
                 return loadOperator(ctx.db(), ctx.principal().operatorId);
             }});

    bus.add({QStringLiteral("operator.totp_disable"),
             Permission::OperatorsManage,
             QStringLiteral("Remove an operator's two-factor enrollment (lost device): id or "
                            "username, reason"),
             true,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 id = targetOperator(ctx);
                 updateOperator(ctx, id,
                                QStringLiteral("totp_secret = NULL, totp_last_step = NULL"), {},
                                ctx.requireString(QStringLiteral("reason")));
                 return loadOperator(ctx.db(), id);
             }});

    bus.add({QStringLiteral("audit.list"),
             Permission::AuditView,
             QStringLiteral("Audit entries, newest first, paged by key: before_seq, limit, "
                            "target_type, target_id"),
             false,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const qint64 before = ctx.optionalInteger(QStringLiteral("before_seq"),
                                                           std::numeric_limits<qint64>::max());
                 const qint64 limit =
                     std::clamp<qint64>(ctx.optionalInteger(QStringLiteral("limit"), 100), 1, 1000);
                 const QString targetType = ctx.optionalString(QStringLiteral("target_type"));
                 const QString targetId = ctx.optionalString(QStringLiteral("target_id"));
                 Query rows(ctx.db());
                 if (targetType.isEmpty()) {
                     rows.prepare(QStringLiteral("SELECT seq, at, actor, command, target_type, "
                                                 "target_id, reason, before_json, after_json "
                                                 "FROM audit_log WHERE seq < ? ORDER BY seq DESC "
                                                 "LIMIT ?"));
                     rows.exec({before, limit});
                 } else {
                     rows.prepare(QStringLiteral("SELECT seq, at, actor, command, target_type, "
                                                 "target_id, reason, before_json, after_json "
                                                 "FROM audit_log WHERE target_type = ? AND "
                                                 "target_id = ? AND seq < ? ORDER BY seq DESC "
                                                 "LIMIT ?"));
                     rows.exec({targetType, targetId, before, limit});
                 }
                 QJsonArray result;
                 while (rows.next()) {
                     result << QJsonObject{
                         {QStringLiteral("seq"), rows.value(0).toLongLong()},
                         {QStringLiteral("at"), rows.value(1).toLongLong()},
                         {QStringLiteral("actor"), rows.value(2).toString()},
                         {QStringLiteral("command"), rows.value(3).toString()},
                         {QStringLiteral("target_type"), rows.value(4).toString()},
                         {QStringLiteral("target_id"), rows.value(5).toString()},
                         {QStringLiteral("reason"), rows.value(6).toString()},
                         {QStringLiteral("before"), rows.value(7).toString()},
                         {QStringLiteral("after"), rows.value(8).toString()}};
                 }
                 return result;
             }});

    bus.add({QStringLiteral("audit.verify"),
             Permission::AuditView,
             QStringLiteral("Recompute the audit hash chain and name the first bad entry"),
             false,
             {},
             [](CommandContext &ctx) -> QJsonValue {
                 const AuditLog::Verification result = AuditLog::verify(ctx.db());
                 return QJsonObject{{QStringLiteral("ok"), result.ok},
                                    {QStringLiteral("checked"), result.checked},
                                    {QStringLiteral("first_bad_seq"), result.firstBadSeq},
                                    {QStringLiteral("reason"), result.reason}};
             }});
}

} // namespace Steward::Admin
