#pragma once

#include "errors.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

namespace Steward {

/** One effect of a command on one target, as the audit log records it. */
struct AuditRecord
{
    QString targetType; ///< "user", "operator", "kyc_case", …
    QString targetId;
    QJsonValue before; ///< State before the change (null for creations).
    QJsonValue after;  ///< State after the change (null for deletions).
    QString reason;    ///< The operator's reason, where the command takes one.
};

/** A row of the audit log as stored. */
struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0;
    qint64 operatorId = 0;
    QString actor;
    QString command;
    AuditRecord record;
    QString previousHash;
    QString hash;
};

/** The append-only audit log. Every entry carries the SHA-256 of its content and of the entry
 *  before it, so editing or deleting any row breaks the chain at that row. Appends are
 *  serialized through a one-row head table that is locked for the rest of the transaction. */
class AuditLog
{
public:
    /** The previous-hash of the first entry. */
    static QString genesisHash();

    /** Appends inside the caller's open write transaction; returns the entry's sequence number. */
    static qint64 append(const QSqlDatabase &db, qint64 at, qint64 operatorId, const QString &actor,
                         const QString &command, const AuditRecord &record);

    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;
        qint64 firstBadSeq = 0; ///< 0 when ok.
        QString reason;
    };
    /** Walks the whole chain; stops at the first entry that does not match. */
    static Verification verify(const QSqlDatabase &db);

    /** The hash an entry must have, from its content and previous hash. */
    static QString computeHash(const AuditEntry &entry);

    /** The conflict for an operator who decided on an old version of a target: "<what> was
     *  already changed by <actor> at <time>; reload and decide again", naming the newest audit
     *  entry of that target. */
    static Error staleVersion(const QSqlDatabase &db, const QString &targetType,
                              const QString &targetId, const QString &what);
};

} // namespace Steward
