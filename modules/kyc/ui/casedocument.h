#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Steward::Kyc {

/** One document of a KYC case as `kyc.get` describes it: which attempt it belongs to, what it
 *  is and whether its image was purged. The image itself arrives only through `kyc.reveal`. */
struct CaseDocument
{
    qint64 id = 0;
    QString kind;
    int attempt = 1;
    QString mimeType;
    QString issuingCountry;
    qint64 expiresAt = 0;
    bool hasNumber = false;
    bool isPurged = false;
    qint64 purgedAt = 0;

    static CaseDocument fromJson(const QJsonObject &document);
    /** The documents of a `kyc.get` answer, whether listed flat or grouped by attempt. */
    static QList<CaseDocument> listFromJson(const QJsonValue &documents);
};

} // namespace Steward::Kyc
