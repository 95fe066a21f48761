#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Steward::Demo {

/** What a synthetic verification document shows. */
struct DocumentFields
{
    QString kind; ///< A kyc_documents.kind: passport, national_id, selfie, proof_of_address, …
    QString givenNames;
    QString surname;
    QString country; ///< ISO 3166-1 alpha-2
    QString city;
    QDate birthdate;
    QString documentNumber;
    QDate issuedOn;
    QDate expiresOn;
    /** Picks the face (skin, hair, features) so a person's selfie and document photo agree. */
    quint64 faceSeed = 0;
};

/** Renders a demonstration document as a small SVG image (about 2 KB): an identity card, a
 *  passport page, a driving licence, a selfie, or a one-page letter for the paper documents.
 *  The result is stored sealed, like any uploaded image. */
QByteArray documentSvg(const DocumentFields &fields);

/** A document number in the style of @p kind: two capital letters and seven digits for
 *  identity documents, longer references for registrations and policies. */
QString documentNumber(const QString &kind, const QString &country, quint64 seed);

/** The country's international calling code without "+", "1" for unknown countries. */
QString callingCode(const QString &country);

} // namespace Steward::Demo
