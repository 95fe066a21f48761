#include "casedocument.h"

#include <QJsonArray>

namespace Steward::Kyc {

CaseDocument CaseDocument::fromJson(const QJsonObject &document)
{
    CaseDocument result;
    result.id = document.value(QStringLiteral("id")).toInteger();
    if (result.id == 0)
        result.id = document.value(QStringLiteral("document_id")).toInteger();
    result.kind = document.value(QStringLiteral("kind")).toString();
    result.attempt = document.value(QStringLiteral("attempt")).toInt(1);
    result.mimeType = document.value(QStringLiteral("mime_type")).toString();
    result.issuingCountry = document.value(QStringLiteral("issuing_country")).toString();
    result.expiresAt = document.value(QStringLiteral("expires_at")).toInteger();
    result.hasNumber = document.value(QStringLiteral("has_number")).toBool();
    result.purgedAt = document.value(QStringLiteral("purged_at")).toInteger();
    result.isPurged = document.value(QStringLiteral("purged")).toBool() || result.purgedAt > 0;
    return result;
}

QList<CaseDocument> CaseDocument::listFromJson(const QJsonValue &documents)
{
    QList<CaseDocument> result;
    const QJsonArray entries = documents.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        // Grouped by attempt: {attempt, documents: [...]}.
        if (object.contains(QStringLiteral("documents"))) {
            const int attempt = object.value(QStringLiteral("attempt")).toInt(1);
            const QJsonArray grouped = object.value(QStringLiteral("documents")).toArray();
            for (const QJsonValue &document : grouped) {
                CaseDocument parsed = fromJson(document.toObject());
                if (!document.toObject().contains(QStringLiteral("attempt")))
                    parsed.attempt = attempt;
                result << parsed;
            }
            continue;
        }
        result << fromJson(object);
    }
    return result;
}

} // namespace Steward::Kyc
