// Personal data on cases: the platform's intake seals what applicants upload, reviewers reveal
// a field with a reason (audited), and the retention purge empties decided cases' documents.

#include "kyccase.h"

#include "query.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace Steward::Kyc {

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qsizetype kMaxDocumentBytes = 20 * 1024 * 1024;

struct DocumentInput
{
    QString kind;
    QString mimeType;
    QByteArray content;
    QString number;
    QString issuingCountry;
    qint64 expiresAt = 0;
};

struct CheckInput
{
    QString provider;
    QString authenticity;
    QVariant faceMatch;
    QVariant liveness;
    int watchlistHits = 0;
    QString result;
    int documentIndex = -1;
};

const QStringList &documentKinds()
{
    static const QStringList kinds{QStringLiteral("passport"),
                                   QStringLiteral("national_id"),
                                   QStringLiteral("driving_license"),
                                   QStringLiteral("residence_permit"),
                                   QStringLiteral("selfie"),
                                   QStringLiteral("proof_of_address"),
                                   QStringLiteral("business_registration"),
                                   QStringLiteral("vehicle_registration"),
                                   QStringLiteral("insurance"),
                                   QStringLiteral("property_deed")};
    return kinds;
}

const QStringList &mimeTypes()
{
    static const QStringList types{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                   QStringLiteral("image/svg+xml"),
                                   QStringLiteral("application/pdf")};
    return types;
}

QString stringField(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Error::badInput(QStringLiteral("%1: '%2' must be a string").arg(where, key));
    return value.toString().trimmed();
}

qint64 integerField(const QJsonObject &object, const QString &key, const QString &where,
                    qint64 fallback, qint64 low, qint64 high)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(low) ||
        number > double(high))
        throw Error::badInput(QStringLiteral("%1: '%2' must be an integer from %3 to %4")
                                  .arg(where, key)
                                  .arg(low)
                                  .arg(high));
    return qint64(number);
}

QList<DocumentInput> parseDocuments(const CommandContext &ctx)
{
    const QJsonValue value = ctx.params().value(QStringLiteral("documents"));
    if (!value.isArray() || value.toArray().isEmpty())
        throw Error::badInput(
            QStringLiteral("parameter 'documents' is required (a non-empty array)"));
    QList<DocumentInput> documents;
    const QJsonArray array = value.toArray();
    if (array.size() > 20)
        throw Error::badInput(QStringLiteral("at most 20 documents per attempt"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("document %1").arg(i + 1);
        if (!array.at(i).isObject())
            throw Error::badInput(QStringLiteral("%1 must be an object").arg(where));
        const QJsonObject object = array.at(i).toObject();
        DocumentInput document;
        document.kind = stringField(object, QStringLiteral("kind"), where);
        if (!documentKinds().contains(document.kind))
            throw Error::badInput(
                QStringLiteral("%1: unknown kind '%2'").arg(where, document.kind));
        document.mimeType = stringField(object, QStringLiteral("mime_type"), where);
        if (!mimeTypes().contains(document.mimeType))
            throw Error::badInput(QStringLiteral("%1: mime_type must be one of %2")
                                      .arg(where, mimeTypes().join(QStringLiteral(", "))));
        const auto content = QByteArray::fromBase64Encoding(
            stringField(object, QStringLiteral("content_base64"), where).toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!content || content.decoded.isEmpty())
            throw Error::badInput(
                QStringLiteral("%1: content_base64 is required (the file in base64)").arg(where));
        if (content.decoded.size() > kMaxDocumentBytes)
            throw Error::badInput(QStringLiteral("%1 is larger than 20 MB").arg(where));
        document.content = *content;
        document.number = stringField(object, QStringLiteral("number"), where);
        if (document.number.size() > 64)
            throw Error::badInput(
                QStringLiteral("%1: number is longer than 64 characters").arg(where));
        document.issuingCountry =
            stringField(object, QStringLiteral("issuing_country"), where).toUpper();
        if (!document.issuingCountry.isEmpty() && document.issuingCountry.size() != 2)
            throw Error::badInput(
                QStringLiteral("%1: issuing_country must be a two-letter code").arg(where));
        document.expiresAt = integerField(object, QStringLiteral("expires_at"), where, 0, 0,
                                          std::numeric_limits<qint64>::max() / 2);
        documents << document;
    }
    return documents;
}

QList<CheckInput> parseChecks(const CommandContext &ctx, qsizetype documentCount)
{
    const QJsonValue value = ctx.params().value(QStringLiteral("checks"));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw Error::badInput(QStringLiteral("parameter 'checks' must be an array"));
    static const QStringList results{QStringLiteral("clear"), QStringLiteral("consider"),
                                     QStringLiteral("fail"), QStringLiteral("error")};
    static const QStringList authenticity{QStringLiteral("pass"), QStringLiteral("fail"),
                                          QStringLiteral("inconclusive")};
    QList<CheckInput> checks;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("check %1").arg(i + 1);
        if (!array.at(i).isObject())
            throw Error::badInput(QStringLiteral("%1 must be an object").arg(where));
        const QJsonObject object = array.at(i).toObject();
        CheckInput check;
        check.provider = stringField(object, QStringLiteral("provider"), where);
        if (check.provider.isEmpty())
            throw Error::badInput(QStringLiteral("%1: provider is required").arg(where));
        check.result = stringField(object, QStringLiteral("result"), where);
        if (!results.contains(check.result))
            throw Error::badInput(QStringLiteral("%1: result must be clear, consider, fail or "
                                                 "error")
                                      .arg(where));
        check.authenticity = stringField(object, QStringLiteral("document_authenticity"), where);
        if (!check.authenticity.isEmpty() && !authenticity.contains(check.authenticity))
            throw Error::badInput(QStringLiteral("%1: document_authenticity must be pass, fail "
                                                 "or inconclusive")
                                      .arg(where));
        const qint64 face =
            integerField(object, QStringLiteral("face_match_score"), where, -1, 0, 1000);
        const qint64 liveness =
            integerField(object, QStringLiteral("liveness_score"), where, -1, 0, 1000);
        check.faceMatch = face >= 0 ? QVariant(face) : QVariant(QMetaType::fromType<qint64>());
        check.liveness =
            liveness >= 0 ? QVariant(liveness) : QVariant(QMetaType::fromType<qint64>());
        check.watchlistHits =
            int(integerField(object, QStringLiteral("watchlist_hits"), where, 0, 0, 1000));
        check.documentIndex = int(integerField(object, QStringLiteral("document_index"), where, -1,
                                               0, std::max<qsizetype>(documentCount - 1, 0)));
        checks << check;
    }
    return checks;
}

/** The birthdate as sealed plaintext ("YYYY-MM-DD"), or empty when not given. */
QString parseBirthdate(const CommandContext &ctx, qint64 now)
{
    const QString text = ctx.optionalString(QStringLiteral("birthdate"));
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    if (!date.isValid() || text.size() != 10 || date > today || date.year() < 1900)
        throw Error::badInput(QStringLiteral("birthdate must be a past date written YYYY-MM-DD"));
    return date.toString(Qt::ISODate);
}

/** Seals and stores one attempt's documents and provider checks. */
void storeAttempt(CommandContext &ctx, const FieldCipher &cipher, qint64 caseId, int attempt,
                  const QList<DocumentInput> &documents, const QList<CheckInput> &checks)
{
    QList<qint64> ids;
    for (const DocumentInput &document : documents) {
        Query insert(
            ctx.db(),
            QStringLiteral("INSERT INTO kyc_documents (case_id, kind, attempt, "
                           "mime_type, issuing_country, expires_at, content_encrypted, "
                           "document_number_encrypted, sha256, uploaded_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {caseId, document.kind, attempt, document.mimeType, nullable(document.issuingCountry),
             document.expiresAt > 0 ? QVariant(document.expiresAt)
                                    : QVariant(QMetaType::fromType<qint64>()),
             cipher.seal(document.content, SealedColumn::DocumentContent),
             document.number.isEmpty()
                 ? QVariant(QMetaType::fromType<QByteArray>())
                 : QVariant(cipher.seal(document.number.toUtf8(), SealedColumn::DocumentNumber)),
             QString::fromLatin1(
                 QCryptographicHash::hash(document.content, QCryptographicHash::Sha256).toHex()),
             ctx.now()});
        if (!insert.next())
            throw Error::internal(QStringLiteral("a KYC document was stored without an id"));
        ids << insert.value(0).toLongLong();
    }
    for (const CheckInput &check : checks)
        Query(ctx.db(),
              QStringLiteral("INSERT INTO kyc_checks (case_id, document_id, provider, "
                             "document_authenticity, face_match_score, liveness_score, "
                             "watchlist_hits, result, checked_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {caseId,
               check.documentIndex >= 0 ? QVariant(ids.value(check.documentIndex))
                                        : QVariant(QMetaType::fromType<qint64>()),
               check.provider, nullable(check.authenticity), check.faceMatch, check.liveness,
               check.watchlistHits, check.result, ctx.now()});
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonValue submit(CommandContext &ctx, const PersonalDataVault &vault)
{
    const qint64 userId = ctx.requireId(QStringLiteral("user_id"));
    const QString caseType = ctx.requireString(QStringLiteral("case_type"));
    if (!caseTypes().contains(caseType))
        throw Error::badInput(QStringLiteral("unknown case type '%1'").arg(caseType));
    const QJsonObject &params = ctx.params();
    const int risk =
        int(integerField(params, QStringLiteral("risk_score"), QStringLiteral("case"), 0, 0, 100));
    const int hits = int(
        integerField(params, QStringLiteral("watchlist_hits"), QStringLiteral("case"), 0, 0, 1000));
    const QString provider = ctx.optionalString(QStringLiteral("provider"));
    QString country = ctx.optionalString(QStringLiteral("country")).toUpper();
    const QString birthdate = parseBirthdate(ctx, ctx.now());
    const QList<DocumentInput> documents = parseDocuments(ctx);
    const QList<CheckInput> checks = parseChecks(ctx, documents.size());
    const FieldCipher &cipher = vault.cipher();

    Query user(ctx.db(), QStringLiteral("SELECT country FROM users WHERE id = ?"), {userId});
    if (!user.next())
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(userId));
    if (country.isEmpty())
        country = user.value(0).toString();
    const qint64 now = ctx.now();
    Query insert(ctx.db(),
                 QStringLiteral("INSERT INTO kyc_cases (user_id, case_type, state, provider, "
                                "risk_score, watchlist_hits, country, attempts, submitted_at, "
                                "due_at, created_at, updated_at, version, birthdate_encrypted) "
                                "VALUES (?, ?, 'pending', ?, ?, ?, ?, 1, ?, ?, ?, ?, 1, ?) "
                                "RETURNING id"),
                 {userId, caseType, nullable(provider), risk, hits, nullable(country), now,
                  now + slaHours(ctx.db(), caseType) * 3600 * 1000, now, now,
                  birthdate.isEmpty()
                      ? QVariant(QMetaType::fromType<QByteArray>())
                      : QVariant(cipher.seal(birthdate.toUtf8(), SealedColumn::KycBirthdate))});
    if (!insert.next())
        throw Error::internal(QStringLiteral("a KYC case was stored without an id"));
    const qint64 id = insert.value(0).toLongLong();
    storeAttempt(ctx, cipher, id, 1, documents, checks);
    // The service's own records show the verification under way.
    if (caseType == QLatin1String("business"))
        Query(ctx.db(),
              QStringLiteral("UPDATE vendors SET verification_status = 'pending', updated_at = ?, "
                             "version = version + 1 WHERE owner_user_id = ? "
                             "AND verification_status = 'unverified'"),
              {now, userId});
    else if (caseType == QLatin1String("host"))
        Query(ctx.db(),
              QStringLiteral("UPDATE hosts SET verification_status = 'pending', updated_at = ?, "
                             "version = version + 1 WHERE user_id = ? "
                             "AND verification_status = 'unverified'"),
              {now, userId});
    else if (caseType == QLatin1String("driver"))
        Query(ctx.db(),
              QStringLiteral("UPDATE drivers SET status = 'pending_verification', updated_at = ?, "
                             "version = version + 1 WHERE user_id = ? AND status = 'applicant'"),
              {now, userId});
    const CaseRow row = loadCase(ctx.db(), id);
    recordStep(ctx, row, QStringLiteral("submitted"));
    ctx.audit({QStringLiteral("kyc_case"), QString::number(id), QJsonValue(), row.auditState(),
               QStringLiteral("submitted by the applicant")});
    ctx.emitEvent(QStringLiteral("kyc:submitted"), QStringLiteral("kyc_case"), QString::number(id),
                  {{QStringLiteral("caseId"), id},
                   {QStringLiteral("userId"), userId},
                   {QStringLiteral("caseType"), caseType}});
    return caseView(ctx.db(), id, now);
}

QJsonValue resubmit(CommandContext &ctx, const PersonalDataVault &vault)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QJsonObject &params = ctx.params();
    const QString birthdate = parseBirthdate(ctx, ctx.now());
    const QList<DocumentInput> documents = parseDocuments(ctx);
    const QList<CheckInput> checks = parseChecks(ctx, documents.size());
    const FieldCipher &cipher = vault.cipher();
    const CaseRow before = loadCase(ctx.db(), id);
    const int risk = int(integerField(params, QStringLiteral("risk_score"), QStringLiteral("case"),
                                      before.riskScore, 0, 100));
    const int hits = int(integerField(params, QStringLiteral("watchlist_hits"),
                                      QStringLiteral("case"), before.watchlistHits, 0, 1000));
    if (before.state != QLatin1String("resubmission_requested"))
        throw Error::conflict(QStringLiteral("KYC case %1 is %2; a new attempt is accepted only "
                                             "after a resubmission was requested")
                                  .arg(id)
                                  .arg(before.state));
    const qint64 now = ctx.now();
    QString sql = QStringLiteral(
        "UPDATE kyc_cases SET state = 'pending', attempts = attempts + 1, submitted_at = ?, "
        "due_at = ?, risk_score = ?, watchlist_hits = ?, assigned_operator_id = NULL, "
        "assigned_at = NULL, first_decision = NULL, first_decided_by = NULL, "
        "first_decided_at = NULL, updated_at = ?, version = version + 1");
    QVariantList values{now, now + slaHours(ctx.db(), before.caseType) * 3600 * 1000, risk, hits,
                        now};
    if (!birthdate.isEmpty()) {
        sql += QStringLiteral(", birthdate_encrypted = ?");
        values << cipher.seal(birthdate.toUtf8(), SealedColumn::KycBirthdate);
    }
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    values << id << before.version;
    Query update(ctx.db(), sql, values);
    if (update.rowsAffected() == 0)
        throw staleVersion(ctx.db(), id);
    const CaseRow after = loadCase(ctx.db(), id);
    storeAttempt(ctx, cipher, id, after.attempts, documents, checks);
    recordStep(ctx, after, QStringLiteral("resubmitted"));
    ctx.audit({QStringLiteral("kyc_case"), QString::number(id), before.auditState(),
               after.auditState(),
               QStringLiteral("attempt %1 submitted by the applicant").arg(after.attempts)});
    ctx.emitEvent(QStringLiteral("kyc:resubmitted"), QStringLiteral("kyc_case"),
                  QString::number(id),
                  {{QStringLiteral("caseId"), id},
                   {QStringLiteral("userId"), after.userId},
                   {QStringLiteral("attempt"), after.attempts}});
    return caseView(ctx.db(), id, now);
}

QJsonValue reveal(CommandContext &ctx, const PersonalDataVault &vault)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString field = ctx.requireString(QStringLiteral("field"));
    static const QStringList fields{QStringLiteral("birthdate"), QStringLiteral("phone"),
                                    QStringLiteral("document_number"), QStringLiteral("documents")};
    if (!fields.contains(field))
        throw Error::badInput(
            QStringLiteral("field must be birthdate, phone, document_number or documents"));
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    if (reason.size() > 500)
        throw Error::badInput(QStringLiteral("the reason is longer than 500 characters"));
    const qint64 documentId = ctx.params().contains(QStringLiteral("document_id"))
                                  ? ctx.requireId(QStringLiteral("document_id"))
                                  : 0;
    const qint64 attempt = ctx.optionalInteger(QStringLiteral("attempt"), 0);
    if (attempt < 0)
        throw Error::badInput(QStringLiteral("attempt must be a positive integer"));
    const bool aboutDocuments = field.startsWith(QLatin1String("document"));
    if (!aboutDocuments && (documentId > 0 || attempt > 0))
        throw Error::badInput(
            QStringLiteral("document_id and attempt apply to document fields only"));
    // A locked vault refuses here, before anything is read or recorded.
    const FieldCipher &cipher = vault.cipher();
    const CaseRow row = loadCase(ctx.db(), id);

    QJsonObject result{{QStringLiteral("field"), field}};
    QJsonArray revealedIds;
    if (field == QLatin1String("birthdate")) {
        const QByteArray sealed =
            Query::scalar(ctx.db(),
                          QStringLiteral("SELECT birthdate_encrypted FROM kyc_cases WHERE id = ?"),
                          {id})
                .toByteArray();
        if (sealed.isEmpty())
            throw Error::notFound(QStringLiteral("KYC case %1 has no birthdate").arg(id));
        result.insert(QStringLiteral("value"),
                      QString::fromUtf8(cipher.open(sealed, SealedColumn::KycBirthdate)));
    } else if (field == QLatin1String("phone")) {
        const QByteArray sealed =
            Query::scalar(ctx.db(),
                          QStringLiteral("SELECT phone_encrypted FROM users WHERE id = ?"),
                          {row.userId})
                .toByteArray();
        if (sealed.isEmpty())
            throw Error::notFound(
                QStringLiteral("the applicant of KYC case %1 has no phone number").arg(id));
        result.insert(QStringLiteral("value"),
                      QString::fromUtf8(cipher.open(sealed, SealedColumn::UserPhone)));
    } else {
        const bool numbers = field == QLatin1String("document_number");
        QString sql = QStringLiteral("SELECT id, kind, attempt, mime_type, purged_at, ") +
                      (numbers ? QStringLiteral("document_number_encrypted")
                               : QStringLiteral("content_encrypted")) +
                      QStringLiteral(" FROM kyc_documents WHERE case_id = ?");
        QVariantList values{id};
        if (documentId > 0) {
            sql += QStringLiteral(" AND id = ?");
            values << documentId;
        } else if (attempt > 0) {
            sql += QStringLiteral(" AND attempt = ?");
            values << attempt;
        }
        sql += QStringLiteral(" ORDER BY attempt DESC, id");
        Query documents(ctx.db(), sql, values);
        QJsonArray list;
        bool any = false;
        qint64 purgedAt = 0;
        while (documents.next()) {
            any = true;
            const qint64 docId = documents.value(0).toLongLong();
            if (documents.value(4).toLongLong() > 0) {
                purgedAt = documents.value(4).toLongLong();
                continue;
            }
            const QByteArray sealed = documents.value(5).toByteArray();
            if (sealed.isEmpty())
                continue;
            QJsonObject item{{QStringLiteral("document_id"), docId},
                             {QStringLiteral("kind"), documents.value(1).toString()},
                             {QStringLiteral("attempt"), documents.value(2).toInt()}};
            if (numbers) {
                item.insert(QStringLiteral("number"),
                            QString::fromUtf8(cipher.open(sealed, SealedColumn::DocumentNumber)));
            } else {
                item.insert(QStringLiteral("mime_type"), documents.value(3).toString());
                item.insert(QStringLiteral("content_base64"),
                            QString::fromLatin1(
                                cipher.open(sealed, SealedColumn::DocumentContent).toBase64()));
            }
            list << item;
            revealedIds << docId;
        }
        if (documentId > 0 && !any)
            throw Error::notFound(
                QStringLiteral("document %1 is not part of KYC case %2").arg(documentId).arg(id));
        if (list.isEmpty() && purgedAt > 0)
            throw Error::conflict(
                documentId > 0 ? QStringLiteral("document %1 was purged at %2")
                                     .arg(documentId)
                                     .arg(isoTime(purgedAt))
                               : QStringLiteral("the documents of KYC case %1 were purged at %2")
                                     .arg(id)
                                     .arg(isoTime(purgedAt)));
        if (list.isEmpty())
            throw Error::notFound(
                numbers ? QStringLiteral("KYC case %1 has no document numbers to reveal").arg(id)
                        : QStringLiteral("KYC case %1 has no documents to reveal").arg(id));
        result.insert(numbers ? QStringLiteral("numbers") : QStringLiteral("documents"), list);
    }
    // One entry per reveal: which field of which case (and documents), never the value.
    QJsonObject revealed{{QStringLiteral("revealed"), field}};
    if (aboutDocuments)
        revealed.insert(QStringLiteral("document_ids"), revealedIds);
    ctx.audit({QStringLiteral("kyc_case"), QString::number(id), QJsonValue(), revealed, reason});
    return result;
}

QJsonValue purge(CommandContext &ctx)
{
    const qint64 days =
        ctx.optionalInteger(QStringLiteral("older_than_days"), retentionDays(ctx.db()));
    if (days < 1 || days > 36500)
        throw Error::badInput(QStringLiteral("older_than_days must be 1 to 36500"));
    const qint64 cutoff = ctx.now() - days * kDay;
    const QString decidedBefore =
        QStringLiteral("SELECT id FROM kyc_cases WHERE state IN ('approved', 'rejected') "
                       "AND decided_at < ?");
    const qint64 cases =
        Query::scalar(ctx.db(),
                      QStringLiteral("SELECT count(DISTINCT case_id) FROM kyc_documents "
                                     "WHERE purged_at IS NULL AND case_id IN (") +
                          decidedBefore + QStringLiteral(")"),
                      {cutoff})
            .toLongLong();
    // SQLite keeps deleted bytes in free space unless told to overwrite them.
    const bool sqlite = ctx.db().driverName() == QLatin1String("QSQLITE");
    qint64 secureDelete = 0;
    if (sqlite) {
        secureDelete = Query::scalar(ctx.db(), QStringLiteral("PRAGMA secure_delete")).toLongLong();
        Query(ctx.db(), QStringLiteral("PRAGMA secure_delete = 1"));
    }
    Query update(ctx.db(),
                 QStringLiteral("UPDATE kyc_documents SET content_encrypted = NULL, "
                                "document_number_encrypted = NULL, purged_at = ? "
                                "WHERE purged_at IS NULL AND case_id IN (") +
                     decidedBefore + QStringLiteral(")"),
                 {ctx.now(), cutoff});
    const qint64 documents = update.rowsAffected();
    if (sqlite)
        Query(ctx.db(), QStringLiteral("PRAGMA secure_delete = %1").arg(secureDelete));
    const QJsonObject result{{QStringLiteral("cases"), cases},
                             {QStringLiteral("documents"), documents},
                             {QStringLiteral("older_than_days"), days},
                             {QStringLiteral("cutoff"), cutoff}};
    ctx.audit(
        {QStringLiteral("kyc_retention"), isoTime(cutoff), QJsonValue(), result,
         QStringLiteral("documents of KYC cases decided more than %1 days ago purged").arg(days)});
    return result;
}

} // namespace Steward::Kyc
