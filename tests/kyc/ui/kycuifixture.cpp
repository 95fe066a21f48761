#include "kycuifixture.h"

#include "errors.h"
#include "personaldata.h"
#include "query.h"
#include "stewardservices.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace Steward::Test {

KycUiFixture::KycUiFixture()
{
    m_database = std::make_unique<TestDatabase>();
    auto clock = std::make_unique<ManualClock>(Start);
    m_clock = clock.get();
    m_services = openMigrated(m_database->url(), std::move(clock));
    setupServices(*m_services);
    if (!m_services->personalData().createKey(keyFile()))
        qFatal("cannot create the personal-data key: %s",
               qPrintable(m_services->personalData().status()));
    const QString password = QStringLiteral("a long test password");
    m_miaId =
        addOperator(*m_services, QStringLiteral("mia"), QStringLiteral("moderator"), password);
    m_maxId =
        addOperator(*m_services, QStringLiteral("max"), QStringLiteral("moderator"), password);
    m_mia = std::make_unique<Shell::ConsoleSession>(*m_services, miaPrincipal());
    m_max = std::make_unique<Shell::ConsoleSession>(*m_services, maxPrincipal());
}

KycUiFixture::~KycUiFixture()
{
    m_mia.reset();
    m_max.reset();
    m_services->bus().waitForIdle();
    m_services.reset();
    m_database.reset();
}

QString KycUiFixture::keyFile() const
{
    return m_keyDir.filePath(QStringLiteral("platform.key"));
}

Principal KycUiFixture::miaPrincipal() const
{
    return Principal::forOperator(m_miaId, QStringLiteral("mia"), Role::Moderator);
}

Principal KycUiFixture::maxPrincipal() const
{
    return Principal::forOperator(m_maxId, QStringLiteral("max"), Role::Moderator);
}

qint64 KycUiFixture::addUser(const QString &first, const QString &last)
{
    const qint64 id = m_nextUser++;
    const qint64 now = m_clock->now();
    m_services->database().write([&](QSqlDatabase &db) {
        Query(db,
              QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                             "last_name_key, country, city, status, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'PT', 'Lisbon', 'active', ?, ?)"),
              {id, QStringLiteral("%1.%2@example.com").arg(first, last).toLower(), first, last,
               QStringLiteral("%1 %2").arg(first, last).toLower(), last.toLower(), now, now});
    });
    return id;
}

QJsonValue KycUiFixture::run(const Principal &principal, const QString &command,
                             const QJsonObject &params)
{
    const CommandResult result = m_services->bus().execute(principal, command, params);
    if (!result.ok())
        qFatal("%s refused: %s", qPrintable(command), qPrintable(result.message));
    return result.data;
}

QJsonArray KycUiFixture::documentsFor(const QString &caseType, const QString &label) const
{
    const auto document = [](const QString &kind, const QByteArray &content, const QString &mime,
                             const QString &number) {
        QJsonObject object{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("mime_type"), mime},
            {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())},
            {QStringLiteral("issuing_country"), QStringLiteral("PT")}};
        if (!number.isEmpty())
            object.insert(QStringLiteral("number"), number);
        return object;
    };
    QJsonArray documents;
    if (caseType == QLatin1String("business")) {
        documents << document(QStringLiteral("business_registration"), svgDocument(label, false),
                              QStringLiteral("image/svg+xml"),
                              QStringLiteral("PT-514-%1").arg(label.size()));
        documents << document(QStringLiteral("proof_of_address"), pngDocument(label),
                              QStringLiteral("image/png"), {});
        return documents;
    }
    documents << document(caseType == QLatin1String("driver") ? QStringLiteral("driving_license")
                                                              : QStringLiteral("national_id"),
                          svgDocument(label, false), QStringLiteral("image/svg+xml"),
                          QStringLiteral("CC%1").arg(1000000 + label.size()));
    documents << document(QStringLiteral("selfie"), svgDocument(label, true),
                          QStringLiteral("image/svg+xml"), {});
    return documents;
}

QJsonObject KycUiFixture::submitCase(qint64 userId, const QString &caseType, int riskScore,
                                     int watchlistHits)
{
    const QString label = QStringLiteral("user %1").arg(userId);
    const QJsonArray checks{
        QJsonObject{{QStringLiteral("provider"), QStringLiteral("onfido")},
                    {QStringLiteral("document_authenticity"), QStringLiteral("pass")},
                    {QStringLiteral("face_match_score"), 912},
                    {QStringLiteral("liveness_score"), 875},
                    {QStringLiteral("watchlist_hits"), watchlistHits},
                    {QStringLiteral("result"),
                     watchlistHits > 0 ? QStringLiteral("consider") : QStringLiteral("clear")}}};
    return run(Principal::system(QStringLiteral("platform")), QStringLiteral("kyc.submit"),
               {{QStringLiteral("user_id"), userId},
                {QStringLiteral("case_type"), caseType},
                {QStringLiteral("risk_score"), riskScore},
                {QStringLiteral("watchlist_hits"), watchlistHits},
                {QStringLiteral("provider"), QStringLiteral("onfido")},
                {QStringLiteral("birthdate"), QStringLiteral("1990-04-17")},
                {QStringLiteral("documents"), documentsFor(caseType, label)},
                {QStringLiteral("checks"), checks}})
        .toObject();
}

QJsonObject KycUiFixture::resubmitCase(qint64 caseId)
{
    return run(Principal::system(QStringLiteral("platform")), QStringLiteral("kyc.resubmit"),
               {{QStringLiteral("id"), caseId},
                {QStringLiteral("documents"),
                 documentsFor(QStringLiteral("identity"),
                              QStringLiteral("new attempt of case %1").arg(caseId))}})
        .toObject();
}

QByteArray KycUiFixture::svgDocument(const QString &label, bool isSelfie)
{
    if (isSelfie)
        return QStringLiteral(
                   "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='320' "
                   "viewBox='0 0 240 320'><rect width='240' height='320' fill='#cfd8dc'/>"
                   "<circle cx='120' cy='130' r='60' fill='#e0b48c'/>"
                   "<rect x='50' y='200' width='140' height='120' rx='40' fill='#37474f'/>"
                   "<text x='120' y='40' text-anchor='middle' font-size='16'>%1</text></svg>")
            .arg(label.toHtmlEscaped())
            .toUtf8();
    return QStringLiteral(
               "<svg xmlns='http://www.w3.org/2000/svg' width='428' height='270' "
               "viewBox='0 0 428 270'><rect width='428' height='270' rx='14' fill='#e8f0fe'/>"
               "<rect x='20' y='60' width='110' height='140' fill='#b0bec5'/>"
               "<text x='150' y='90' font-size='18'>IDENTITY CARD</text>"
               "<text x='150' y='130' font-size='16'>%1</text></svg>")
        .arg(label.toHtmlEscaped())
        .toUtf8();
}

QByteArray KycUiFixture::pngDocument(const QString &label)
{
    QImage image(320, 420, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawText(QRect(20, 20, 280, 40), Qt::AlignLeft, label);
        painter.fillRect(QRect(20, 80, 280, 10), Qt::gray);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace Steward::Test
