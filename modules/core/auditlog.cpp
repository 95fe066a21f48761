#include "auditlog.h"

#include "errors.h"
#include "query.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Steward {

namespace {

/** Stored columns are NOT NULL: a missing value is the empty string. */
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString toText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue fromText(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    const QJsonArray array = document.array();
    // Scalars are stored wrapped in a one-element array.
    return array.size() == 1 && !array.first().isArray() && !array.first().isObject()
               ? array.first()
               : QJsonValue(array);
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    // A JSON array of every stored field is an unambiguous encoding: no field can bleed into
    // the next.
    const QJsonArray fields{QString::number(entry.seq),
                            QString::number(entry.at),
                            QString::number(entry.operatorId),
                            entry.actor,
                            entry.command,
                            entry.record.targetType,
                            entry.record.targetId,
                            toText(entry.record.before),
                            toText(entry.record.after),
                            entry.record.reason,
                            entry.previousHash};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

qint64 AuditLog::append(const QSqlDatabase &db, qint64 at, qint64 operatorId, const QString &actor,
                        const QString &command, const AuditRecord &record)
{
    // Bumping the head row takes its row lock (PostgreSQL) for the rest of the transaction, so
    // concurrent consoles append one after another; RETURNING still shows the previous hash.
    Query head(db, QStringLiteral("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 "
                                  "RETURNING seq, hash"));
    if (!head.next())
        throw Error::internal(QStringLiteral("audit log head row is missing"));
    AuditEntry entry;
    entry.seq = head.value(0).toLongLong();
    entry.previousHash = head.value(1).toString();
    entry.at = at;
    entry.operatorId = operatorId;
    entry.actor = actor;
    entry.command = command;
    entry.record = record;
    entry.hash = computeHash(entry);

    Query(
        db,
        QStringLiteral("INSERT INTO audit_log (seq, at, operator_id, actor, command, target_type, "
                       "target_id, before_json, after_json, reason, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.seq, at, operatorId ? QVariant(operatorId) : QVariant(QMetaType::fromType<qint64>()),
         text(actor), text(command), text(record.targetType), text(record.targetId),
         toText(record.before), toText(record.after), text(record.reason), entry.previousHash,
         entry.hash});
    Query(db, QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1"), {entry.hash});
    return entry.seq;
}

AuditLog::Verification AuditLog::verify(const QSqlDatabase &db)
{
    Verification result;
    auto fail = [&result](qint64 seq, const QString &reason) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.reason = reason;
        return result;
    };

    Query rows(db, QStringLiteral("SELECT seq, at, operator_id, actor, command, target_type, "
                                  "target_id, before_json, after_json, reason, prev_hash, hash "
                                  "FROM audit_log ORDER BY seq"));
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    while (rows.next()) {
        AuditEntry entry;
        entry.seq = rows.value(0).toLongLong();
        entry.at = rows.value(1).toLongLong();
        entry.operatorId = rows.value(2).toLongLong();
        entry.actor = rows.value(3).toString();
        entry.command = rows.value(4).toString();
        entry.record.targetType = rows.value(5).toString();
        entry.record.targetId = rows.value(6).toString();
        entry.record.before = fromText(rows.value(7).toString());
        entry.record.after = fromText(rows.value(8).toString());
        entry.record.reason = rows.value(9).toString();
        entry.previousHash = rows.value(10).toString();
        entry.hash = rows.value(11).toString();

        if (entry.seq != expectedSeq)
            return fail(expectedSeq, QStringLiteral("entry %1 is missing (next stored entry is %2)")
                                         .arg(expectedSeq)
                                         .arg(entry.seq));
        if (entry.previousHash != previous)
            return fail(entry.seq,
                        QStringLiteral("entry %1 does not follow entry %2 (chain broken)")
                            .arg(entry.seq)
                            .arg(entry.seq - 1));
        if (computeHash(entry) != entry.hash)
            return fail(entry.seq,
                        QStringLiteral("entry %1 was altered (content does not match its hash)")
                            .arg(entry.seq));
        previous = entry.hash;
        ++expectedSeq;
        ++result.checked;
    }

    Query head(db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head.next())
        return fail(expectedSeq, QStringLiteral("audit log head row is missing"));
    const qint64 headSeq = head.value(0).toLongLong();
    if (headSeq != expectedSeq - 1 || head.value(1).toString() != previous)
        return fail(expectedSeq, QStringLiteral("entries after %1 are missing (the log recorded "
                                                "%2 entries)")
                                     .arg(expectedSeq - 1)
                                     .arg(headSeq));
    return result;
}

Error AuditLog::staleVersion(const QSqlDatabase &db, const QString &targetType,
                             const QString &targetId, const QString &what)
{
    Query last(db,
               QStringLiteral("SELECT actor, at FROM audit_log WHERE target_type = ? "
                              "AND target_id = ? ORDER BY seq DESC LIMIT 1"),
               {targetType, targetId});
    const QString who =
        last.next() ? QStringLiteral(" by %1 at %2")
                          .arg(last.value(0).toString(),
                               QDateTime::fromMSecsSinceEpoch(last.value(1).toLongLong(), Qt::UTC)
                                   .toString(Qt::ISODate))
                    : QString();
    return Error::conflict(
        QStringLiteral("%1 was already changed%2; reload and decide again").arg(what, who));
}

} // namespace Steward
