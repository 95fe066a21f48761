#include "clock.h"
#include "kycservice.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

namespace {

const QString kPassword = QStringLiteral("a long test password");
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
// 2024-06-03T09:00:00Z: a fixed service clock, so SLA and retention are exact.
constexpr qint64 kStart = 1717405200000;

QString text(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject()
                                 ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QJsonObject document(const QString &kind, const QByteArray &bytes, const QString &number = {})
{
    QJsonObject object{{QStringLiteral("kind"), kind},
                       {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                       {QStringLiteral("content_base64"), QString::fromLatin1(bytes.toBase64())},
                       {QStringLiteral("issuing_country"), QStringLiteral("DE")}};
    if (!number.isEmpty())
        object.insert(QStringLiteral("number"), number);
    return object;
}

QString caseTypeFor(int i)
{
    static const QStringList types{QStringLiteral("age"), QStringLiteral("identity"),
                                   QStringLiteral("business"), QStringLiteral("driver"),
                                   QStringLiteral("host")};
    return types[i % types.size()];
}

QList<qint64> ids(const QJsonObject &page)
{
    QList<qint64> result;
    for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
        result << row.toObject().value(QStringLiteral("id")).toInteger();
    return result;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKycService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void claimReleaseEscalateAndClaimAgain();
    void approvalWaitsForTheChecklist();
    void ageApprovalVerifiesTheUser();
    void roleApprovalUnlocksTheRole_data();
    void roleApprovalUnlocksTheRole();
    void highRiskNeedsASecondReviewer_data();
    void highRiskNeedsASecondReviewer();
    void rejectionAndResubmissionTellTheApplicant();
    void resubmissionStartsANewAttempt();
    void badRequestsChangeNothing();
    void staleVersionNamesWhoDecided();
    void getMasksPersonalDataAndRevealIsAudited();
    void revealIsRefusedWithoutPermissionReasonOrKey();
    void purgeEmptiesDocumentsAndKeepsTheDecision();
    void listPagesByDueWithoutGapsOrRepeats();
    void listFiltersAndSearch();
    void searchExaminesABoundedNumberOfApplicants();
    void countsPerStateAndType();
    void parallelDecisionsHaveExactlyOneWinner();
    void stewardctlPurgeRunsAsTheSystem();
    void sealedValuesNeverReachTheDatabaseFile();

private:
    CommandResult call(const QString &command, const QJsonObject &params, const Principal &as);
    QJsonObject ok(const QString &command, const QJsonObject &params, const Principal &as);
    /** Opens a case through kyc.submit (the real sealing path); returns its id. */
    qint64 submit(qint64 userId, const QString &type, int risk = 10, int hits = 0,
                  const QString &birthdate = {}, const QString &number = {});
    qint64 version(qint64 caseId);
    QString scalarText(const QString &sql, const QVariantList &values = {});
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** Claims the case as @p as and ticks its whole checklist; returns the version after. */
    qint64 claimAndCheck(qint64 caseId, const Principal &as);
    /** Everything a KYC command can change, read back from the database. */
    QString snapshot();
    void expectRefused(const QString &command, const QJsonObject &params, const Principal &as,
                       ErrorCode code, const QString &messagePart);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    std::unique_ptr<QTemporaryDir> m_keyDir;
    QString m_keyFile;
    Principal m_mia; // moderator
    Principal m_max; // moderator
    Principal m_ada; // admin
    Principal m_sam; // support
    Principal m_fin; // finance
    Principal m_intake = Principal::system(QStringLiteral("platform-intake"));
};

void TestKycService::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    auto clock = std::make_unique<ManualClock>(kStart);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    setupServices(*m_services);
    m_keyDir = std::make_unique<QTemporaryDir>();
    m_keyFile = m_keyDir->filePath(QStringLiteral("platform.key"));
    QVERIFY2(m_services->personalData().createKey(m_keyFile),
             qPrintable(m_services->personalData().status()));
    const auto add = [this](const QString &name, const QString &role, Role r) {
        return Principal::forOperator(Test::addOperator(*m_services, name, role, kPassword), name,
                                      r);
    };
    m_mia = add(QStringLiteral("mia"), QStringLiteral("moderator"), Role::Moderator);
    m_max = add(QStringLiteral("max"), QStringLiteral("moderator"), Role::Moderator);
    m_ada = add(QStringLiteral("ada"), QStringLiteral("admin"), Role::Admin);
    m_sam = add(QStringLiteral("sam"), QStringLiteral("support"), Role::Support);
    m_fin = add(QStringLiteral("fin"), QStringLiteral("finance"), Role::Finance);
    m_services->database().write([](QSqlDatabase &db) {
        const QStringList people{QStringLiteral("Ana Silva"),    QStringLiteral("Bruno Anand"),
                                 QStringLiteral("Chen Wei"),     QStringLiteral("Dana Okafor"),
                                 QStringLiteral("Emil Jonsson"), QStringLiteral("Ana Costa")};
        for (int i = 0; i < people.size(); ++i) {
            const QString first = people[i].section(QLatin1Char(' '), 0, 0);
            const QString last = people[i].section(QLatin1Char(' '), 1, 1);
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'DE', 'Berlin', 0, 0)"),
                  {i + 1, QStringLiteral("%1.%2@example.com").arg(first, last).toLower(), first,
                   last, people[i].toLower(), last.toLower()});
        }
        // Bruno drives, Chen sells, Dana hosts: each waits for verification.
        Query(db, QStringLiteral("INSERT INTO user_roles (user_id, role, status, since_at) VALUES "
                                 "(2, 'driver', 'pending', 0), (3, 'vendor', 'pending', 0), "
                                 "(4, 'host', 'pending', 0)"));
        Query(db, QStringLiteral("INSERT INTO drivers (user_id, license_country, city, country, "
                                 "status, currency, created_at, updated_at) VALUES "
                                 "(2, 'DE', 'Berlin', 'DE', 'applicant', 'EUR', 0, 0)"));
        Query(db, QStringLiteral("INSERT INTO vendors (owner_user_id, name, kind, category, city, "
                                 "country, lat_e6, lon_e6, currency, created_at, updated_at) "
                                 "VALUES (3, 'Chen Tea', 'online_shop', 'food', 'Berlin', 'DE', "
                                 "0, 0, 'EUR', 0, 0)"));
        Query(db, QStringLiteral("INSERT INTO hosts (user_id, display_name, currency, created_at, "
                                 "updated_at) VALUES (4, 'Dana', 'EUR', 0, 0)"));
    });
    m_services->database().dialect().resetIdentity(m_services->database().connection(),
                                                   QStringLiteral("users"));
}

void TestKycService::cleanup()
{
    m_services.reset();
    m_db.reset();
    m_keyDir.reset();
}

CommandResult TestKycService::call(const QString &command, const QJsonObject &params,
                                   const Principal &as)
{
    return m_services->bus().execute(as, command, params);
}

QJsonObject TestKycService::ok(const QString &command, const QJsonObject &params,
                               const Principal &as)
{
    const CommandResult result = call(command, params, as);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    return result.ok() ? result.data.toObject() : QJsonObject();
}

qint64 TestKycService::submit(qint64 userId, const QString &type, int risk, int hits,
                              const QString &birthdate, const QString &number)
{
    QJsonObject params{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("case_type"), type},
        {QStringLiteral("risk_score"), risk},
        {QStringLiteral("watchlist_hits"), hits},
        {QStringLiteral("provider"), QStringLiteral("onfido")},
        {QStringLiteral("documents"),
         QJsonArray{
             document(QStringLiteral("passport"), QByteArrayLiteral("passport image"), number),
             document(QStringLiteral("selfie"), QByteArrayLiteral("selfie image"))}},
        {QStringLiteral("checks"),
         QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("onfido")},
                                {QStringLiteral("document_authenticity"), QStringLiteral("pass")},
                                {QStringLiteral("face_match_score"), 912},
                                {QStringLiteral("liveness_score"), 870},
                                {QStringLiteral("watchlist_hits"), hits},
                                {QStringLiteral("result"), QStringLiteral("clear")},
                                {QStringLiteral("document_index"), 0}}}}};
    if (!birthdate.isEmpty())
        params.insert(QStringLiteral("birthdate"), birthdate);
    return ok(QStringLiteral("kyc.submit"), params, m_intake)
        .value(QStringLiteral("id"))
        .toInteger();
}

qint64 TestKycService::scalar(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toLongLong();
}

QString TestKycService::scalarText(const QString &sql, const QVariantList &values)
{
    return Query::scalar(m_services->database().connection(), sql, values).toString();
}

qint64 TestKycService::version(qint64 caseId)
{
    return scalar(QStringLiteral("SELECT version FROM kyc_cases WHERE id = ?"), {caseId});
}

qint64 TestKycService::claimAndCheck(qint64 caseId, const Principal &as)
{
    QJsonObject view =
        ok(QStringLiteral("kyc.claim"),
           {{QStringLiteral("id"), caseId}, {QStringLiteral("version"), version(caseId)}}, as);
    for (const QJsonValue &item : view.value(QStringLiteral("checklist")).toArray())
        view = ok(QStringLiteral("kyc.check"),
                  {{QStringLiteral("id"), caseId},
                   {QStringLiteral("version"), view.value(QStringLiteral("version"))},
                   {QStringLiteral("item"), item.toObject().value(QStringLiteral("item"))},
                   {QStringLiteral("done"), true}},
                  as);
    return view.value(QStringLiteral("version")).toInteger();
}

QString TestKycService::snapshot()
{
    QSqlDatabase db = m_services->database().connection();
    QString out;
    const auto dump = [&](const QString &sql) {
        Query rows(db, sql);
        const int columns = rows.raw().record().count();
        while (rows.next()) {
            for (int c = 0; c < columns; ++c)
                out += rows.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    };
    dump(QStringLiteral("SELECT id, state, version, attempts, assigned_operator_id, "
                        "first_decision, first_decided_by, decided_by, decided_at, "
                        "decision_reason, due_at FROM kyc_cases ORDER BY id"));
    dump(QStringLiteral("SELECT id, attempt, purged_at, length(content_encrypted), "
                        "length(document_number_encrypted) FROM kyc_documents ORDER BY id"));
    dump(QStringLiteral("SELECT case_id, attempt, item FROM kyc_case_checklist "
                        "ORDER BY case_id, attempt, item"));
    dump(QStringLiteral("SELECT count(*) FROM kyc_case_events"));
    dump(QStringLiteral("SELECT count(*) FROM audit_log"));
    dump(QStringLiteral("SELECT count(*) FROM outbox"));
    dump(QStringLiteral("SELECT id, age_verified, version FROM users ORDER BY id"));
    dump(QStringLiteral("SELECT user_id, role, status FROM user_roles ORDER BY user_id, role"));
    dump(QStringLiteral("SELECT id, verification_status, version FROM vendors ORDER BY id"));
    dump(QStringLiteral("SELECT id, status, version FROM drivers ORDER BY id"));
    dump(QStringLiteral("SELECT id, verification_status, version FROM hosts ORDER BY id"));
    return out;
}

void TestKycService::expectRefused(const QString &command, const QJsonObject &params,
                                   const Principal &as, ErrorCode code, const QString &messagePart)
{
    const QString before = snapshot();
    const CommandResult result = call(command, params, as);
    QVERIFY2(!result.ok(), qPrintable(command + QStringLiteral(" was accepted: ") + text(params)));
    QVERIFY2(result.code == code, qPrintable(QStringLiteral("%1 %2: got %3 (%4)")
                                                 .arg(command, text(params),
                                                      errorCodeName(result.code), result.message)));
    QVERIFY2(result.message.contains(messagePart),
             qPrintable(QStringLiteral("%1: '%2' does not say '%3'")
                            .arg(command, result.message, messagePart)));
    QVERIFY2(!result.message.contains(QLatin1Char('\n')), "an error message spans lines");
    QCOMPARE(snapshot(), before);
}

void TestKycService::claimReleaseEscalateAndClaimAgain()
{
    const qint64 id = submit(1, QStringLiteral("identity"));
    QJsonObject view = ok(QStringLiteral("kyc.get"), {{QStringLiteral("id"), id}}, m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(view.value(QStringLiteral("due_at")).toInteger(), kStart + 48 * kHour);
    QCOMPARE(view.value(QStringLiteral("sla_hours")).toInteger(), 48);

    view = ok(QStringLiteral("kyc.claim"),
              {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("in_review"));
    QCOMPARE(view.value(QStringLiteral("assigned_to_name")).toString(), QStringLiteral("mia"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT assigned_operator_id FROM kyc_cases WHERE id = ?"), {id}),
        m_mia.operatorId);

    view = ok(QStringLiteral("kyc.release"),
              {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_cases WHERE id = ? AND "
                                   "assigned_operator_id IS NULL"),
                    {id}),
             1);

    ok(QStringLiteral("kyc.claim"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    view = ok(QStringLiteral("kyc.escalate"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("version"), version(id)},
               {QStringLiteral("note"), QStringLiteral("document from a country I do not know")}},
              m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("escalated"));
    QCOMPARE(view.value(QStringLiteral("assigned_to_id")).toInteger(), 0);

    // A senior takes the escalated case; it stays escalated.
    view = ok(QStringLiteral("kyc.claim"),
              {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("escalated"));
    QCOMPARE(view.value(QStringLiteral("assigned_to_name")).toString(), QStringLiteral("max"));
    QCOMPARE(scalarText(QStringLiteral("SELECT state FROM kyc_cases WHERE id = ?"), {id}),
             QStringLiteral("escalated"));

    QStringList actions;
    for (const QJsonValue &step : view.value(QStringLiteral("history")).toArray())
        actions.prepend(step.toObject().value(QStringLiteral("action")).toString());
    QCOMPARE(actions, (QStringList{QStringLiteral("submitted"), QStringLiteral("claimed"),
                                   QStringLiteral("released"), QStringLiteral("claimed"),
                                   QStringLiteral("escalated"), QStringLiteral("claimed")}));
    // Every operator step is in the audit log against the case.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_type = "
                                   "'kyc_case' AND target_id = ?"),
                    {QString::number(id)}),
             6);

    // A case left in review without a reviewer (one who was removed) can be picked up; one
    // with a reviewer cannot.
    const qint64 orphan = submit(2, QStringLiteral("identity"));
    m_services->database().write([orphan](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE kyc_cases SET state = 'in_review' WHERE id = ?"),
              {orphan});
    });
    view =
        ok(QStringLiteral("kyc.claim"),
           {{QStringLiteral("id"), orphan}, {QStringLiteral("version"), version(orphan)}}, m_max);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("in_review"));
    QCOMPARE(view.value(QStringLiteral("assigned_to_name")).toString(), QStringLiteral("max"));
    const CommandResult taken = m_services->bus().execute(
        m_mia, QStringLiteral("kyc.claim"),
        {{QStringLiteral("id"), orphan}, {QStringLiteral("version"), version(orphan)}});
    QCOMPARE(taken.code, ErrorCode::Conflict);
    QVERIFY2(taken.message.contains(QLatin1String("already in review by max")),
             qPrintable(taken.message));
}

void TestKycService::approvalWaitsForTheChecklist()
{
    const qint64 id = submit(5, QStringLiteral("identity"));
    QJsonObject view =
        ok(QStringLiteral("kyc.claim"),
           {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    const QJsonArray checklist = view.value(QStringLiteral("checklist")).toArray();
    QCOMPARE(checklist.size(), 6);
    QVERIFY(!view.value(QStringLiteral("checklist_complete")).toBool());
    // All but the last item.
    for (qsizetype i = 0; i + 1 < checklist.size(); ++i)
        view = ok(QStringLiteral("kyc.check"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), view.value(QStringLiteral("version"))},
                   {QStringLiteral("item"), checklist[i].toObject().value(QStringLiteral("item"))},
                   {QStringLiteral("done"), true}},
                  m_mia);
    const QString lastLabel = checklist.last().toObject().value(QStringLiteral("label")).toString();
    expectRefused(QStringLiteral("kyc.approve"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia,
                  ErrorCode::Conflict, lastLabel);

    // Unticking counts too.
    view = ok(QStringLiteral("kyc.check"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("version"), version(id)},
               {QStringLiteral("item"), checklist[0].toObject().value(QStringLiteral("item"))},
               {QStringLiteral("done"), false}},
              m_mia);
    QVERIFY(!view.value(QStringLiteral("checklist"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("done"))
                 .toBool());
    for (const qsizetype i : {qsizetype(0), checklist.size() - 1})
        view = ok(QStringLiteral("kyc.check"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("version"), version(id)},
                   {QStringLiteral("item"), checklist[i].toObject().value(QStringLiteral("item"))},
                   {QStringLiteral("done"), true}},
                  m_mia);
    QVERIFY(view.value(QStringLiteral("checklist_complete")).toBool());
    const QJsonObject ticked = view.value(QStringLiteral("checklist")).toArray()[0].toObject();
    QCOMPARE(ticked.value(QStringLiteral("by")).toString(), QStringLiteral("mia"));
    QCOMPARE(ticked.value(QStringLiteral("at")).toInteger(), kStart);

    view = ok(QStringLiteral("kyc.approve"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("version"), version(id)},
               {QStringLiteral("note"), QStringLiteral("all consistent")}},
              m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(scalarText(QStringLiteral("SELECT state FROM kyc_cases WHERE id = ?"), {id}),
             QStringLiteral("approved"));
    QCOMPARE(scalar(QStringLiteral("SELECT decided_by FROM kyc_cases WHERE id = ?"), {id}),
             m_mia.operatorId);
    QCOMPARE(view.value(QStringLiteral("decision")).toObject().value(QStringLiteral("note")),
             QStringLiteral("all consistent"));
    QCOMPARE(view.value(QStringLiteral("decision"))
                 .toObject()
                 .value(QStringLiteral("decided_by_name"))
                 .toString(),
             QStringLiteral("mia"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'kyc:approved' AND aggregate_id = ?"),
                    {QString::number(id)}),
             1);
}

void TestKycService::ageApprovalVerifiesTheUser()
{
    const qint64 id = submit(1, QStringLiteral("age"), 10, 0, QStringLiteral("1990-02-11"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = 1 AND age_verified")), 0);
    const qint64 userVersion = scalar(QStringLiteral("SELECT version FROM users WHERE id = 1"));
    const qint64 v = claimAndCheck(id, m_mia);
    ok(QStringLiteral("kyc.approve"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), v}},
       m_mia);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE id = 1 AND age_verified")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM users WHERE id = 1")), userVersion + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM age_verifications WHERE user_id = 1 AND "
                                   "method = 'kyc' AND result = 'verified'")),
             1);
    const QJsonObject event =
        QJsonDocument::fromJson(scalarText(QStringLiteral("SELECT payload FROM outbox WHERE "
                                                          "event_type = 'user:verified_age'"))
                                    .toUtf8())
            .object();
    QCOMPARE(event.value(QStringLiteral("userId")).toInteger(), 1);
    QCOMPARE(event.value(QStringLiteral("caseId")).toInteger(), id);
    // Other users are untouched.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE age_verified")), 1);
}

void TestKycService::roleApprovalUnlocksTheRole_data()
{
    QTest::addColumn<qint64>("user");
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("serviceStatusSql");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("driver") << qint64(2) << "driver"
                            << "driver"
                            << "SELECT status FROM drivers WHERE user_id = 2"
                            << "pending_verification"
                            << "active";
    QTest::newRow("vendor") << qint64(3) << "business"
                            << "vendor"
                            << "SELECT verification_status FROM vendors WHERE owner_user_id = 3"
                            << "pending"
                            << "verified";
    QTest::newRow("host") << qint64(4) << "host"
                          << "host"
                          << "SELECT verification_status FROM hosts WHERE user_id = 4"
                          << "pending"
                          << "verified";
}

void TestKycService::roleApprovalUnlocksTheRole()
{
    QFETCH(qint64, user);
    QFETCH(QString, caseType);
    QFETCH(QString, role);
    QFETCH(QString, serviceStatusSql);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const qint64 id = submit(user, caseType);
    // Submitting marks the service's record as under verification.
    QCOMPARE(scalarText(serviceStatusSql), before);
    const qint64 v = claimAndCheck(id, m_max);
    ok(QStringLiteral("kyc.approve"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), v}},
       m_max);
    QCOMPARE(scalarText(QStringLiteral("SELECT status FROM user_roles WHERE user_id = ? AND "
                                       "role = ?"),
                        {user, role}),
             QStringLiteral("active"));
    QCOMPARE(scalarText(serviceStatusSql), after);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'user:role_unlocked' AND aggregate_id = ?"),
                    {QString::number(user)}),
             1);
    // The age flag is not a role approval's business.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE age_verified")), 0);
}

void TestKycService::highRiskNeedsASecondReviewer_data()
{
    QTest::addColumn<int>("risk");
    QTest::addColumn<int>("hits");
    QTest::newRow("risk above threshold") << 85 << 0;
    QTest::newRow("watchlist hit at low risk") << 12 << 1;
}

void TestKycService::highRiskNeedsASecondReviewer()
{
    QFETCH(int, risk);
    QFETCH(int, hits);
    const qint64 id = submit(2, QStringLiteral("driver"), risk, hits);
    const qint64 v = claimAndCheck(id, m_mia);
    QJsonObject view = ok(QStringLiteral("kyc.approve"),
                          {{QStringLiteral("id"), id}, {QStringLiteral("version"), v}}, m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("in_review"));
    QVERIFY(view.value(QStringLiteral("needs_second_review")).toBool());
    QCOMPARE(view.value(QStringLiteral("first_decided_by")).toString(), QStringLiteral("mia"));
    QCOMPARE(scalarText(QStringLiteral("SELECT first_decision FROM kyc_cases WHERE id = ?"), {id}),
             QStringLiteral("approve"));
    // Not yet approved: no effects.
    QCOMPARE(scalarText(QStringLiteral("SELECT status FROM user_roles WHERE user_id = 2")),
             QStringLiteral("pending"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = "
                                   "'kyc:approved'")),
             0);

    // Second reviewers find it in their queue.
    const QJsonObject waiting =
        ok(QStringLiteral("kyc.list"), {{QStringLiteral("second_review"), true}}, m_max);
    QCOMPARE(ids(waiting), QList<qint64>{id});
    QVERIFY(waiting.value(QStringLiteral("rows"))
                .toArray()[0]
                .toObject()
                .value(QStringLiteral("needs_second_review"))
                .toBool());
    QCOMPARE(ok(QStringLiteral("kyc.counts"), {}, m_max).value(QStringLiteral("second_review")), 1);

    // The first reviewer cannot confirm their own approval.
    expectRefused(QStringLiteral("kyc.approve"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia,
                  ErrorCode::PermissionDenied, QStringLiteral("a different reviewer must confirm"));
    // Nor can the system (four-eyes needs two named people).
    expectRefused(QStringLiteral("kyc.approve"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}},
                  Principal::system(QStringLiteral("script")), ErrorCode::PermissionDenied,
                  QStringLiteral("two named reviewers"));

    view = ok(QStringLiteral("kyc.approve"),
              {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_max);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(scalar(QStringLiteral("SELECT decided_by FROM kyc_cases WHERE id = ?"), {id}),
             m_max.operatorId);
    QCOMPARE(scalar(QStringLiteral("SELECT first_decided_by FROM kyc_cases WHERE id = ?"), {id}),
             m_mia.operatorId);
    QCOMPARE(scalarText(QStringLiteral("SELECT status FROM user_roles WHERE user_id = 2")),
             QStringLiteral("active"));
    QCOMPARE(ids(ok(QStringLiteral("kyc.list"), {{QStringLiteral("second_review"), true}}, m_max)),
             QList<qint64>{});
}

void TestKycService::rejectionAndResubmissionTellTheApplicant()
{
    const qint64 rejected = submit(3, QStringLiteral("business"));
    const qint64 resubmit = submit(1, QStringLiteral("identity"));
    for (const qint64 id : {rejected, resubmit})
        ok(QStringLiteral("kyc.claim"),
           {{QStringLiteral("id"), id}, {QStringLiteral("version"), version(id)}}, m_mia);
    const QString rejectMessage = QStringLiteral("Your registration could not be confirmed.");
    QJsonObject view =
        ok(QStringLiteral("kyc.reject"),
           {{QStringLiteral("id"), rejected},
            {QStringLiteral("version"), version(rejected)},
            {QStringLiteral("template"), QStringLiteral("business_unverifiable")},
            {QStringLiteral("message"), rejectMessage},
            {QStringLiteral("note"), QStringLiteral("registry has no such company")}},
           m_mia);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    const QJsonObject decision = view.value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("template")).toString(),
             QStringLiteral("business_unverifiable"));
    QCOMPARE(decision.value(QStringLiteral("applicant_message")).toString(), rejectMessage);
    QCOMPARE(decision.value(QStringLiteral("note")).toString(),
             QStringLiteral("registry has no such company"));
    QCOMPARE(scalarText(QStringLiteral("SELECT verification_status FROM vendors")),
             QStringLiteral("rejected"));
    // The vendor role stays locked away.
    QCOMPARE(scalarText(QStringLiteral("SELECT status FROM user_roles WHERE user_id = 3")),
             QStringLiteral("pending"));

    ok(QStringLiteral("kyc.request_resubmission"),
       {{QStringLiteral("id"), resubmit},
        {QStringLiteral("version"), version(resubmit)},
        {QStringLiteral("template"), QStringLiteral("unreadable")},
        {QStringLiteral("message"), QStringLiteral("Please upload a sharper photo.")}},
       m_mia);
    QCOMPARE(scalarText(QStringLiteral("SELECT state FROM kyc_cases WHERE id = ?"), {resubmit}),
             QStringLiteral("resubmission_requested"));

    // The notification service gets the applicant's message, never the private note.
    Query events(m_services->database().connection(),
                 QStringLiteral("SELECT event_type, aggregate_id, payload FROM outbox WHERE "
                                "event_type IN ('kyc:rejected', 'kyc:resubmission_requested') "
                                "ORDER BY id"));
    QVERIFY(events.next());
    QCOMPARE(events.value(0).toString(), QStringLiteral("kyc:rejected"));
    QCOMPARE(events.value(1).toString(), QString::number(rejected));
    QJsonObject payload = QJsonDocument::fromJson(events.value(2).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("message")).toString(), rejectMessage);
    QCOMPARE(payload.value(QStringLiteral("userId")).toInteger(), 3);
    QVERIFY(!events.value(2).toString().contains(QLatin1String("registry")));
    QVERIFY(events.next());
    QCOMPARE(events.value(0).toString(), QStringLiteral("kyc:resubmission_requested"));
    payload = QJsonDocument::fromJson(events.value(2).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("message")).toString(),
             QStringLiteral("Please upload a sharper photo."));
    QCOMPARE(payload.value(QStringLiteral("template")).toString(), QStringLiteral("unreadable"));
    QVERIFY(!events.next());

    const QJsonArray templates = call(QStringLiteral("kyc.templates"), {}, m_mia).data.toArray();
    QVERIFY(templates.size() >= 10);
    for (const QJsonValue &t : templates) {
        const QString kind = t.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("reject") || kind == QLatin1String("resubmit"));
        QVERIFY(!t.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
}

void TestKycService::resubmissionStartsANewAttempt()
{
    const qint64 id = submit(1, QStringLiteral("identity"), 10, 0, QStringLiteral("1991-05-06"),
                             QStringLiteral("C01X00T47"));
    claimAndCheck(id, m_mia);
    ok(QStringLiteral("kyc.request_resubmission"),
       {{QStringLiteral("id"), id},
        {QStringLiteral("version"), version(id)},
        {QStringLiteral("template"), QStringLiteral("expired")},
        {QStringLiteral("message"), QStringLiteral("Your passport has expired.")}},
       m_mia);
    m_clock->advance(3 * kDay);
    const QJsonObject view =
        ok(QStringLiteral("kyc.resubmit"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("documents"),
             QJsonArray{document(QStringLiteral("national_id"), QByteArrayLiteral("new id"),
                                 QStringLiteral("L7YZ21K99")),
                        document(QStringLiteral("selfie"), QByteArrayLiteral("new selfie"))}}},
           m_intake);
    QCOMPARE(view.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(view.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(view.value(QStringLiteral("due_at")).toInteger(), kStart + 3 * kDay + 48 * kHour);
    QCOMPARE(view.value(QStringLiteral("assigned_to_id")).toInteger(), 0);
    // The new attempt's checklist starts empty; the first attempt's ticks stay on record.
    QVERIFY(!view.value(QStringLiteral("checklist_complete")).toBool());
    for (const QJsonValue &item : view.value(QStringLiteral("checklist")).toArray())
        QVERIFY(!item.toObject().value(QStringLiteral("done")).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_case_checklist WHERE case_id = ? "
                                   "AND attempt = 1"),
                    {id}),
             6);
    const QJsonArray documents = view.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 4);
    QCOMPARE(documents[0].toObject().value(QStringLiteral("attempt")).toInt(), 2);
    QCOMPARE(documents[0].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("national_id"));
    QCOMPARE(documents[3].toObject().value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(view.value(QStringLiteral("attempts_list")).toArray(), (QJsonArray{2, 1}));

    // The new attempt's document number is sealed like the first one.
    const QJsonObject numbers =
        ok(QStringLiteral("kyc.reveal"),
           {{QStringLiteral("id"), id},
            {QStringLiteral("field"), QStringLiteral("document_number")},
            {QStringLiteral("reason"), QStringLiteral("compare the two attempts")}},
           m_mia);
    QStringList revealed;
    for (const QJsonValue &n : numbers.value(QStringLiteral("numbers")).toArray())
        revealed << n.toObject().value(QStringLiteral("number")).toString();
    QCOMPARE(revealed, (QStringList{QStringLiteral("L7YZ21K99"), QStringLiteral("C01X00T47")}));

    // Only a case waiting for the applicant takes a new attempt.
    expectRefused(QStringLiteral("kyc.resubmit"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("documents"),
                    QJsonArray{document(QStringLiteral("selfie"), QByteArrayLiteral("again"))}}},
                  m_intake, ErrorCode::Conflict, QStringLiteral("is pending"));
}

void TestKycService::badRequestsChangeNothing()
{
    const qint64 pending = submit(1, QStringLiteral("identity"));
    const qint64 review = submit(2, QStringLiteral("driver"));
    const qint64 v = claimAndCheck(review, m_mia);
    const qint64 decided = submit(5, QStringLiteral("age"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), decided},
        {QStringLiteral("version"), claimAndCheck(decided, m_max)}},
       m_max);
    const auto on = [](qint64 id, qint64 version, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("id"), id);
        extra.insert(QStringLiteral("version"), version);
        return extra;
    };
    const auto reasons = [](const QString &t, const QString &message) {
        return QJsonObject{{QStringLiteral("template"), t}, {QStringLiteral("message"), message}};
    };
    const QString msg = QStringLiteral("Please try again.");

    expectRefused(QStringLiteral("kyc.get"), {{QStringLiteral("id"), 999}}, m_mia,
                  ErrorCode::NotFound, QStringLiteral("KYC case 999 does not exist"));
    expectRefused(QStringLiteral("kyc.claim"), on(999, 1), m_mia, ErrorCode::NotFound,
                  QStringLiteral("does not exist"));
    expectRefused(QStringLiteral("kyc.claim"), on(pending, version(pending) + 3), m_mia,
                  ErrorCode::Conflict, QStringLiteral("already changed"));
    expectRefused(QStringLiteral("kyc.claim"), {{QStringLiteral("id"), pending}}, m_mia,
                  ErrorCode::BadInput, QStringLiteral("'version'"));
    expectRefused(QStringLiteral("kyc.claim"), on(review, v), m_max, ErrorCode::Conflict,
                  QStringLiteral("already in review by mia"));
    expectRefused(QStringLiteral("kyc.claim"), on(decided, version(decided)), m_mia,
                  ErrorCode::Conflict, QStringLiteral("is approved"));
    expectRefused(QStringLiteral("kyc.approve"), on(pending, version(pending)), m_mia,
                  ErrorCode::Conflict, QStringLiteral("claim it"));
    expectRefused(QStringLiteral("kyc.approve"), on(decided, version(decided)), m_mia,
                  ErrorCode::Conflict, QStringLiteral("is approved"));
    expectRefused(QStringLiteral("kyc.approve"), on(review, v), m_sam, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.decide"));
    expectRefused(QStringLiteral("kyc.approve"), on(review, v), m_fin, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.decide"));
    expectRefused(QStringLiteral("kyc.list"), {}, m_sam, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.view"));
    expectRefused(QStringLiteral("kyc.reject"), on(review, v, {{QStringLiteral("message"), msg}}),
                  m_mia, ErrorCode::BadInput, QStringLiteral("'template'"));
    expectRefused(QStringLiteral("kyc.reject"), on(review, v, reasons(QStringLiteral("nope"), msg)),
                  m_mia, ErrorCode::BadInput, QStringLiteral("unknown reason template 'nope'"));
    expectRefused(QStringLiteral("kyc.reject"),
                  on(review, v, reasons(QStringLiteral("unreadable"), msg)), m_mia,
                  ErrorCode::BadInput, QStringLiteral("is for resubmission requests"));
    expectRefused(QStringLiteral("kyc.reject"),
                  on(review, v, reasons(QStringLiteral("face_mismatch"), QStringLiteral("  "))),
                  m_mia, ErrorCode::BadInput, QStringLiteral("'message'"));
    expectRefused(QStringLiteral("kyc.request_resubmission"),
                  on(review, v, reasons(QStringLiteral("face_mismatch"), msg)), m_mia,
                  ErrorCode::BadInput, QStringLiteral("is for rejections"));
    expectRefused(QStringLiteral("kyc.reject"),
                  on(pending, version(pending), reasons(QStringLiteral("face_mismatch"), msg)),
                  m_mia, ErrorCode::Conflict, QStringLiteral("claim it"));
    expectRefused(QStringLiteral("kyc.escalate"), on(review, v), m_mia, ErrorCode::BadInput,
                  QStringLiteral("'note'"));
    expectRefused(QStringLiteral("kyc.escalate"),
                  on(decided, version(decided), {{QStringLiteral("note"), QStringLiteral("x")}}),
                  m_mia, ErrorCode::Conflict, QStringLiteral("is approved"));
    expectRefused(QStringLiteral("kyc.check"),
                  on(review, v,
                     {{QStringLiteral("item"), QStringLiteral("minimum_age")},
                      {QStringLiteral("done"), false}}),
                  m_mia, ErrorCode::BadInput,
                  QStringLiteral("'minimum_age' is not a checklist item of driver cases"));
    expectRefused(QStringLiteral("kyc.check"),
                  on(review, v, {{QStringLiteral("item"), QStringLiteral("licence_valid")}}), m_mia,
                  ErrorCode::BadInput, QStringLiteral("'done'"));
    expectRefused(QStringLiteral("kyc.check"),
                  on(pending, version(pending),
                     {{QStringLiteral("item"), QStringLiteral("name_matches")},
                      {QStringLiteral("done"), true}}),
                  m_mia, ErrorCode::Conflict, QStringLiteral("claim it"));
    expectRefused(QStringLiteral("kyc.release"), on(review, v), m_max, ErrorCode::PermissionDenied,
                  QStringLiteral("held by mia"));
    expectRefused(QStringLiteral("kyc.release"), on(pending, version(pending)), m_mia,
                  ErrorCode::Conflict, QStringLiteral("not held by anyone"));
    expectRefused(QStringLiteral("kyc.purge"), {}, m_mia, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.purge"));
    expectRefused(QStringLiteral("kyc.purge"), {{QStringLiteral("older_than_days"), -3}}, m_ada,
                  ErrorCode::BadInput, QStringLiteral("older_than_days"));
    expectRefused(QStringLiteral("kyc.submit"),
                  {{QStringLiteral("user_id"), 999},
                   {QStringLiteral("case_type"), QStringLiteral("age")},
                   {QStringLiteral("documents"),
                    QJsonArray{document(QStringLiteral("selfie"), QByteArrayLiteral("x"))}}},
                  m_intake, ErrorCode::NotFound, QStringLiteral("user 999"));
    expectRefused(QStringLiteral("kyc.submit"),
                  {{QStringLiteral("user_id"), 1},
                   {QStringLiteral("case_type"), QStringLiteral("age")},
                   {QStringLiteral("birthdate"), QStringLiteral("31.12.1990")},
                   {QStringLiteral("documents"),
                    QJsonArray{document(QStringLiteral("selfie"), QByteArrayLiteral("x"))}}},
                  m_intake, ErrorCode::BadInput, QStringLiteral("YYYY-MM-DD"));
    expectRefused(QStringLiteral("kyc.submit"),
                  {{QStringLiteral("user_id"), 1},
                   {QStringLiteral("case_type"), QStringLiteral("age")},
                   {QStringLiteral("documents"), QJsonArray{}}},
                  m_intake, ErrorCode::BadInput, QStringLiteral("'documents'"));
    expectRefused(QStringLiteral("kyc.submit"),
                  {{QStringLiteral("user_id"), 1},
                   {QStringLiteral("case_type"), QStringLiteral("age")},
                   {QStringLiteral("documents"),
                    QJsonArray{document(QStringLiteral("selfie"), QByteArrayLiteral("x"))}}},
                  m_mia, ErrorCode::PermissionDenied, QStringLiteral("kyc.intake"));
    expectRefused(QStringLiteral("kyc.list"), {{QStringLiteral("state"), QStringLiteral("lost")}},
                  m_mia, ErrorCode::BadInput, QStringLiteral("unknown state 'lost'"));
    expectRefused(QStringLiteral("kyc.list"), {{QStringLiteral("after"), QStringLiteral("@@@")}},
                  m_mia, ErrorCode::BadInput, QStringLiteral("'after'"));
    expectRefused(QStringLiteral("kyc.list"), {{QStringLiteral("limit"), 0}}, m_mia,
                  ErrorCode::BadInput, QStringLiteral("limit"));
}

void TestKycService::staleVersionNamesWhoDecided()
{
    const qint64 id = submit(1, QStringLiteral("identity"));
    const qint64 v = claimAndCheck(id, m_mia);
    m_clock->advance(kHour);
    ok(QStringLiteral("kyc.reject"),
       {{QStringLiteral("id"), id},
        {QStringLiteral("version"), v},
        {QStringLiteral("template"), QStringLiteral("face_mismatch")},
        {QStringLiteral("message"), QStringLiteral("The selfie does not match.")}},
       m_mia);
    // max decided on the same version, a moment too late.
    expectRefused(
        QStringLiteral("kyc.approve"), {{QStringLiteral("id"), id}, {QStringLiteral("version"), v}},
        m_max, ErrorCode::Conflict,
        QStringLiteral("KYC case %1 was already changed by mia at 2024-06-03T10:00:00Z").arg(id));
}

void TestKycService::getMasksPersonalDataAndRevealIsAudited()
{
    const QString birthdate = QStringLiteral("1988-07-21");
    const QString number = QStringLiteral("P8834120Q");
    const qint64 id = submit(1, QStringLiteral("age"), 10, 0, birthdate, number);
    const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

    const QJsonObject view = ok(QStringLiteral("kyc.get"), {{QStringLiteral("id"), id}}, m_mia);
    const QString json = text(view);
    QVERIFY(!json.contains(birthdate));
    QVERIFY(!json.contains(number));
    QVERIFY(view.value(QStringLiteral("has_birthdate")).toBool());
    QVERIFY(!view.value(QStringLiteral("birthdate_masked")).toString().isEmpty());
    const QJsonObject passport = view.value(QStringLiteral("documents")).toArray()[0].toObject();
    QVERIFY(passport.value(QStringLiteral("has_number")).toBool());
    QVERIFY(passport.value(QStringLiteral("has_content")).toBool());
    // Reading a case is not a reveal.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

    const qint64 caseVersion = version(id);
    QJsonObject revealed = ok(QStringLiteral("kyc.reveal"),
                              {{QStringLiteral("id"), id},
                               {QStringLiteral("field"), QStringLiteral("birthdate")},
                               {QStringLiteral("reason"), QStringLiteral("age looks wrong")}},
                              m_mia);
    QCOMPARE(revealed.value(QStringLiteral("value")).toString(), birthdate);
    revealed = ok(QStringLiteral("kyc.reveal"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("field"), QStringLiteral("document_number")},
                   {QStringLiteral("document_id"), passport.value(QStringLiteral("id"))},
                   {QStringLiteral("reason"), QStringLiteral("check against registry")}},
                  m_max);
    QCOMPARE(revealed.value(QStringLiteral("numbers"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("number"))
                 .toString(),
             number);
    revealed = ok(QStringLiteral("kyc.reveal"),
                  {{QStringLiteral("id"), id},
                   {QStringLiteral("field"), QStringLiteral("documents")},
                   {QStringLiteral("reason"), QStringLiteral("review the images")}},
                  m_ada);
    const QJsonArray images = revealed.value(QStringLiteral("documents")).toArray();
    QCOMPARE(images.size(), 2);
    QCOMPARE(
        QByteArray::fromBase64(
            images[0].toObject().value(QStringLiteral("content_base64")).toString().toLatin1()),
        QByteArrayLiteral("passport image"));
    QCOMPARE(images[1].toObject().value(QStringLiteral("mime_type")).toString(),
             QStringLiteral("image/png"));
    // A reveal records, it does not change the case.
    QCOMPARE(version(id), caseVersion);

    // One audit entry per reveal, naming field and reason and never the value.
    Query entries(m_services->database().connection(),
                  QStringLiteral("SELECT actor, command, target_type, target_id, after_json, "
                                 "reason FROM audit_log WHERE seq > ? ORDER BY seq"),
                  {auditBefore});
    QStringList seen;
    while (entries.next()) {
        QCOMPARE(entries.value(1).toString(), QStringLiteral("kyc.reveal"));
        QCOMPARE(entries.value(2).toString(), QStringLiteral("kyc_case"));
        QCOMPARE(entries.value(3).toString(), QString::number(id));
        const QString after = entries.value(4).toString();
        QVERIFY(!after.contains(birthdate));
        QVERIFY(!after.contains(number));
        seen << QStringLiteral("%1 %2 %3")
                    .arg(entries.value(0).toString(),
                         QJsonDocument::fromJson(after.toUtf8())
                             .object()
                             .value(QStringLiteral("revealed"))
                             .toString(),
                         entries.value(5).toString());
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("mia birthdate age looks wrong"),
                                QStringLiteral("max document_number check against registry"),
                                QStringLiteral("ada documents review the images")}));
}

void TestKycService::revealIsRefusedWithoutPermissionReasonOrKey()
{
    const qint64 id = submit(1, QStringLiteral("age"), 10, 0, QStringLiteral("1979-01-30"));
    const QJsonObject params{{QStringLiteral("id"), id},
                             {QStringLiteral("field"), QStringLiteral("birthdate")},
                             {QStringLiteral("reason"), QStringLiteral("curious")}};
    expectRefused(QStringLiteral("kyc.reveal"), params, m_sam, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.reveal"));
    expectRefused(QStringLiteral("kyc.reveal"), params, m_fin, ErrorCode::PermissionDenied,
                  QStringLiteral("kyc.reveal"));
    QJsonObject noReason = params;
    noReason.insert(QStringLiteral("reason"), QStringLiteral("   "));
    expectRefused(QStringLiteral("kyc.reveal"), noReason, m_mia, ErrorCode::BadInput,
                  QStringLiteral("'reason'"));
    QJsonObject badField = params;
    badField.insert(QStringLiteral("field"), QStringLiteral("email"));
    expectRefused(QStringLiteral("kyc.reveal"), badField, m_mia, ErrorCode::BadInput,
                  QStringLiteral("field must be"));
    QJsonObject phone = params;
    phone.insert(QStringLiteral("field"), QStringLiteral("phone"));
    expectRefused(QStringLiteral("kyc.reveal"), phone, m_mia, ErrorCode::NotFound,
                  QStringLiteral("no phone number"));

    // A console whose key is not loaded: the vault's own reason, and nothing recorded.
    m_services.reset();
    m_services = Test::openMigrated(m_db->url(), std::make_unique<ManualClock>(kStart));
    setupServices(*m_services);
    QVERIFY(!m_services->personalData().isUnlocked());
    expectRefused(QStringLiteral("kyc.reveal"), params, m_mia, ErrorCode::PermissionDenied,
                  QStringLiteral("personal data is locked"));
    // Masked views need no key.
    QVERIFY(call(QStringLiteral("kyc.get"), {{QStringLiteral("id"), id}}, m_mia).ok());
    // Once the key file is given, the same reveal works.
    QVERIFY(m_services->personalData().unlock(m_keyFile));
    QCOMPARE(ok(QStringLiteral("kyc.reveal"), params, m_mia).value(QStringLiteral("value")),
             QStringLiteral("1979-01-30"));
}

void TestKycService::purgeEmptiesDocumentsAndKeepsTheDecision()
{
    const qint64 old = submit(1, QStringLiteral("identity"), 10, 0, QStringLiteral("1990-01-01"),
                              QStringLiteral("OLD123"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), old}, {QStringLiteral("version"), claimAndCheck(old, m_mia)}},
       m_mia);
    const qint64 oldRejected = submit(5, QStringLiteral("identity"));
    ok(QStringLiteral("kyc.claim"),
       {{QStringLiteral("id"), oldRejected}, {QStringLiteral("version"), version(oldRejected)}},
       m_max);
    ok(QStringLiteral("kyc.reject"),
       {{QStringLiteral("id"), oldRejected},
        {QStringLiteral("version"), version(oldRejected)},
        {QStringLiteral("template"), QStringLiteral("document_altered")},
        {QStringLiteral("message"), QStringLiteral("Altered document.")}},
       m_max);
    m_clock->advance(60 * kDay);
    const qint64 recent = submit(3, QStringLiteral("business"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), recent}, {QStringLiteral("version"), claimAndCheck(recent, m_mia)}},
       m_mia);
    const qint64 open = submit(2, QStringLiteral("driver"));
    m_clock->advance(31 * kDay); // 91 days after the first two decisions, 31 after the third

    const qint64 decidedBy =
        scalar(QStringLiteral("SELECT decided_by FROM kyc_cases WHERE id = ?"), {old});
    const qint64 auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    QJsonObject result = ok(QStringLiteral("kyc.purge"), {}, m_ada);
    QCOMPARE(result.value(QStringLiteral("older_than_days")).toInteger(), 90);
    QCOMPARE(result.value(QStringLiteral("cases")).toInteger(), 2);
    QCOMPARE(result.value(QStringLiteral("documents")).toInteger(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
    QCOMPARE(scalarText(QStringLiteral("SELECT command FROM audit_log ORDER BY seq DESC LIMIT 1")),
             QStringLiteral("kyc.purge"));

    for (const qint64 id : {old, oldRejected}) {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE case_id = ? AND "
                                       "(content_encrypted IS NOT NULL OR "
                                       "document_number_encrypted IS NOT NULL OR "
                                       "purged_at IS NULL)"),
                        {id}),
                 0);
        const QJsonObject view = ok(QStringLiteral("kyc.get"), {{QStringLiteral("id"), id}}, m_mia);
        for (const QJsonValue &d : view.value(QStringLiteral("documents")).toArray()) {
            QVERIFY(d.toObject().value(QStringLiteral("purged")).toBool());
            QCOMPARE(d.toObject().value(QStringLiteral("purged_at")).toInteger(),
                     kStart + 91 * kDay);
            QVERIFY(!d.toObject().value(QStringLiteral("has_content")).toBool());
        }
    }
    // The decision record stays.
    QCOMPARE(scalarText(QStringLiteral("SELECT state FROM kyc_cases WHERE id = ?"), {old}),
             QStringLiteral("approved"));
    QCOMPARE(scalar(QStringLiteral("SELECT decided_by FROM kyc_cases WHERE id = ?"), {old}),
             decidedBy);
    QCOMPARE(scalarText(QStringLiteral("SELECT decision_reason FROM kyc_cases WHERE id = ?"),
                        {oldRejected}),
             QStringLiteral("document_altered"));
    // Recent and open cases keep their documents.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE case_id IN (?, ?) "
                                   "AND content_encrypted IS NOT NULL AND purged_at IS NULL"),
                    {recent, open}),
             4);
    expectRefused(QStringLiteral("kyc.reveal"),
                  {{QStringLiteral("id"), old},
                   {QStringLiteral("field"), QStringLiteral("documents")},
                   {QStringLiteral("reason"), QStringLiteral("look again")}},
                  m_mia, ErrorCode::Conflict, QStringLiteral("were purged at"));

    // A shorter period reaches the recent decision; a second run finds nothing more.
    result = ok(QStringLiteral("kyc.purge"), {{QStringLiteral("older_than_days"), 30}}, m_ada);
    QCOMPARE(result.value(QStringLiteral("cases")).toInteger(), 1);
    result = ok(QStringLiteral("kyc.purge"), {{QStringLiteral("older_than_days"), 30}}, m_ada);
    QCOMPARE(result.value(QStringLiteral("documents")).toInteger(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE case_id = ? AND "
                                   "content_encrypted IS NOT NULL"),
                    {open}),
             2);
}

void TestKycService::listPagesByDueWithoutGapsOrRepeats()
{
    // 23 cases submitted an hour apart: their due times are all different, except the age
    // cases whose shorter SLA makes some due times collide with others'.
    for (int i = 0; i < 23; ++i) {
        submit(1 + i % 6, caseTypeFor(i));
        m_clock->advance(kHour);
    }
    QList<qint64> expected;
    {
        Query rows(m_services->database().connection(),
                   QStringLiteral("SELECT id FROM kyc_cases ORDER BY due_at, id"));
        while (rows.next())
            expected << rows.value(0).toLongLong();
    }
    for (const QString &state : {QStringLiteral("pending"), QString()}) {
        QList<qint64> seen;
        QJsonObject params{{QStringLiteral("limit"), 5}, {QStringLiteral("state"), state}};
        int pages = 0;
        for (;;) {
            const QJsonObject page = ok(QStringLiteral("kyc.list"), params, m_mia);
            for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
                seen << row.toObject().value(QStringLiteral("id")).toInteger();
            ++pages;
            if (!page.value(QStringLiteral("has_more")).toBool()) {
                QCOMPARE(page.value(QStringLiteral("next")).toString(), QString());
                break;
            }
            params.insert(QStringLiteral("after"), page.value(QStringLiteral("next")));
        }
        QCOMPARE(pages, 5);
        if (state.isEmpty()) // all cases: newest due first
            std::reverse(seen.begin(), seen.end());
        QCOMPARE(seen, expected);
    }
}

void TestKycService::listFiltersAndSearch()
{
    const qint64 silva = submit(1, QStringLiteral("identity"));
    const qint64 costa = submit(6, QStringLiteral("age"));
    ok(QStringLiteral("kyc.claim"),
       {{QStringLiteral("id"), costa}, {QStringLiteral("version"), version(costa)}}, m_mia);
    const qint64 bruno = submit(2, QStringLiteral("driver"));
    ok(QStringLiteral("kyc.escalate"),
       {{QStringLiteral("id"), bruno},
        {QStringLiteral("version"), version(bruno)},
        {QStringLiteral("note"), QStringLiteral("licence from abroad")}},
       m_max);
    const qint64 chen = submit(3, QStringLiteral("business"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), chen}, {QStringLiteral("version"), claimAndCheck(chen, m_max)}},
       m_max);
    const qint64 dana = submit(4, QStringLiteral("host"), 90);
    m_clock->advance(30 * kHour); // past the age SLA (24 h), within the others (48-72 h)

    const auto list = [this](const QJsonObject &params, const Principal &as) {
        return ids(ok(QStringLiteral("kyc.list"), params, as));
    };
    const auto sorted = [](QList<qint64> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(sorted(list({{QStringLiteral("state"), QStringLiteral("open")}}, m_mia)),
             (QList<qint64>{silva, costa, bruno, dana}));
    QCOMPARE(list({{QStringLiteral("state"), QStringLiteral("in_review")}}, m_mia),
             QList<qint64>{costa});
    QCOMPARE(list({{QStringLiteral("case_type"), QStringLiteral("driver")}}, m_mia),
             QList<qint64>{bruno});
    QCOMPARE(list({{QStringLiteral("state"), QStringLiteral("approved")}}, m_mia),
             QList<qint64>{chen});
    QCOMPARE(list({{QStringLiteral("overdue"), true}}, m_mia), QList<qint64>{costa});
    QCOMPARE(list({{QStringLiteral("overdue"), true},
                   {QStringLiteral("state"), QStringLiteral("approved")}},
                  m_mia),
             QList<qint64>{});
    QCOMPARE(list({{QStringLiteral("mine"), true}}, m_mia), QList<qint64>{costa});
    QCOMPARE(list({{QStringLiteral("mine"), true}}, m_max), QList<qint64>{});
    QCOMPARE(list({{QStringLiteral("state"), QStringLiteral("open")},
                   {QStringLiteral("case_type"), QStringLiteral("host")}},
                  m_mia),
             QList<qint64>{dana});

    // Applicant search: names in key order ("ana costa" < "ana silva"), surnames, email, id.
    // Names first, then surnames that are not also names ("Anand").
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("Ana")}}, m_mia),
             (QList<qint64>{costa, silva, bruno}));
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("ana s")}}, m_mia),
             QList<qint64>{silva});
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("silv")}}, m_mia), QList<qint64>{silva});
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("bruno.anand@")}}, m_mia),
             QList<qint64>{bruno});
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("#%1").arg(chen)}}, m_mia),
             QList<qint64>{chen});
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("ana")},
                   {QStringLiteral("state"), QStringLiteral("in_review")}},
                  m_mia),
             QList<qint64>{costa});
    QCOMPARE(list({{QStringLiteral("text"), QStringLiteral("nobody")}}, m_mia), QList<qint64>{});

    // "an" matches two first names and one surname (Anand): paged one row at a time.
    QList<qint64> seen;
    QJsonObject params{{QStringLiteral("text"), QStringLiteral("an")},
                       {QStringLiteral("limit"), 1}};
    for (int page = 0; page < 10; ++page) {
        const QJsonObject result = ok(QStringLiteral("kyc.list"), params, m_mia);
        seen << ids(result);
        if (!result.value(QStringLiteral("has_more")).toBool())
            break;
        params.insert(QStringLiteral("after"), result.value(QStringLiteral("next")));
    }
    QCOMPARE(seen, (QList<qint64>{costa, silva, bruno}));

    const QJsonObject row = ok(QStringLiteral("kyc.list"),
                               {{QStringLiteral("state"), QStringLiteral("in_review")}}, m_mia)
                                .value(QStringLiteral("rows"))
                                .toArray()[0]
                                .toObject();
    QCOMPARE(row.value(QStringLiteral("applicant_name")).toString(), QStringLiteral("Ana Costa"));
    QCOMPARE(row.value(QStringLiteral("applicant_email")).toString(),
             QStringLiteral("ana.costa@example.com"));
    QCOMPARE(row.value(QStringLiteral("assigned_to_name")).toString(), QStringLiteral("mia"));
    QVERIFY(row.value(QStringLiteral("overdue")).toBool());
    QCOMPARE(row.value(QStringLiteral("version")).toInteger(), version(costa));
}

void TestKycService::searchExaminesABoundedNumberOfApplicants()
{
    // 5 200 applicants named "Zed …": only the last one has a case. One request examines at
    // most 5 000 of them, so the case comes on a later page; no page repeats or loses a case.
    m_services->database().write([](QSqlDatabase &db) {
        Query insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (id, email, first_name, last_name, "
                                      "name_key, last_name_key, country, city, created_at, "
                                      "updated_at) VALUES (?, ?, 'Zed', ?, ?, ?, 'DE', 'Ulm', 0, "
                                      "0)"));
        for (int i = 0; i < 5200; ++i) {
            const QString last = QStringLiteral("z%1").arg(i, 4, 10, QLatin1Char('0'));
            insert.exec({100 + i, QStringLiteral("zed.%1@example.com").arg(last), last,
                         QStringLiteral("zed ") + last, last});
        }
    });
    const qint64 last = submit(100 + 5199, QStringLiteral("identity"));
    const qint64 first = submit(100, QStringLiteral("age"));
    QList<qint64> seen;
    int pages = 0;
    int shortPages = 0;
    QJsonObject params{{QStringLiteral("text"), QStringLiteral("zed")},
                       {QStringLiteral("state"), QStringLiteral("pending")},
                       {QStringLiteral("limit"), 10}};
    for (; pages < 10; ++pages) {
        const QJsonObject page = ok(QStringLiteral("kyc.list"), params, m_mia);
        const QList<qint64> rows = ids(page);
        seen << rows;
        if (!page.value(QStringLiteral("has_more")).toBool())
            break;
        if (rows.size() < 10)
            ++shortPages;
        params.insert(QStringLiteral("after"), page.value(QStringLiteral("next")));
    }
    QCOMPARE(seen, (QList<qint64>{first, last}));
    QVERIFY(shortPages >= 1);
    QVERIFY(pages < 10);
}

void TestKycService::countsPerStateAndType()
{
    submit(1, QStringLiteral("identity"));
    const qint64 age = submit(6, QStringLiteral("age"));
    ok(QStringLiteral("kyc.claim"),
       {{QStringLiteral("id"), age}, {QStringLiteral("version"), version(age)}}, m_mia);
    submit(5, QStringLiteral("age"));
    const qint64 approved = submit(3, QStringLiteral("business"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), approved},
        {QStringLiteral("version"), claimAndCheck(approved, m_max)}},
       m_max);
    m_clock->advance(30 * kHour);
    const QJsonObject counts = ok(QStringLiteral("kyc.counts"), {}, m_mia);
    QHash<QString, std::pair<qint64, qint64>> states;
    for (const QJsonValue &v : counts.value(QStringLiteral("states")).toArray())
        states.insert(v.toObject().value(QStringLiteral("state")).toString(),
                      {v.toObject().value(QStringLiteral("count")).toInteger(),
                       v.toObject().value(QStringLiteral("overdue")).toInteger()});
    QCOMPARE(states.size(), 6);
    QCOMPARE(states.value(QStringLiteral("pending")), std::make_pair(qint64(2), qint64(1)));
    QCOMPARE(states.value(QStringLiteral("in_review")), std::make_pair(qint64(1), qint64(1)));
    QCOMPARE(states.value(QStringLiteral("approved")), std::make_pair(qint64(1), qint64(0)));
    QCOMPARE(states.value(QStringLiteral("rejected")), std::make_pair(qint64(0), qint64(0)));
    QCOMPARE(counts.value(QStringLiteral("open")).toInteger(), 3);
    QCOMPARE(counts.value(QStringLiteral("overdue")).toInteger(), 2);
    for (const QJsonValue &v : counts.value(QStringLiteral("types")).toArray()) {
        const QJsonObject type = v.toObject();
        const QString name = type.value(QStringLiteral("case_type")).toString();
        QCOMPARE(type.value(QStringLiteral("open")).toInteger(), name == QLatin1String("age") ? 2
                                                                 : name == QLatin1String("identity")
                                                                     ? 1
                                                                     : 0);
        QCOMPARE(type.value(QStringLiteral("overdue")).toInteger(),
                 name == QLatin1String("age") ? 2 : 0);
    }
}

void TestKycService::parallelDecisionsHaveExactlyOneWinner()
{
    const Principal kim =
        Principal::forOperator(Test::addOperator(*m_services, QStringLiteral("kim"),
                                                 QStringLiteral("moderator"), kPassword),
                               QStringLiteral("kim"), Role::Moderator);
    Q_UNUSED(kim);
    const qint64 id = submit(1, QStringLiteral("identity"));
    const qint64 v = claimAndCheck(id, m_mia);
    const QString auditSql = QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                            "target_type = 'kyc_case' AND target_id = ?");
    const qint64 auditBefore = scalar(auditSql, {QString::number(id)});

    QTemporaryDir home;
    struct Racer
    {
        QString as;
        QString command;
        std::unique_ptr<QProcess> process;
    };
    std::vector<Racer> racers;
    const QString approve = QStringLiteral("{\"id\": %1, \"version\": %2}").arg(id).arg(v);
    const QString reject = QStringLiteral("{\"id\": %1, \"version\": %2, \"template\": "
                                          "\"face_mismatch\", \"message\": \"No match.\"}")
                               .arg(id)
                               .arg(v);
    const QList<std::pair<QString, QString>> who{
        {QStringLiteral("mia"), QStringLiteral("kyc.approve")},
        {QStringLiteral("max"), QStringLiteral("kyc.reject")},
        {QStringLiteral("ada"), QStringLiteral("kyc.approve")},
        {QStringLiteral("kim"), QStringLiteral("kyc.reject")}};
    for (const auto &[as, command] : who) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("c")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("d")));
        environment.insert(QStringLiteral("STEWARD_PASSWORD"), kPassword);
        environment.insert(QStringLiteral("STEWARD_KEY_FILE"), m_keyFile);
        environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
        process->setProcessEnvironment(environment);
        racers.push_back({as, command, std::move(process)});
    }
    for (Racer &racer : racers)
        racer.process->start(QStringLiteral(STEWARDCTL_PATH),
                             {QStringLiteral("call"), racer.command, QStringLiteral("--params"),
                              racer.command == QLatin1String("kyc.approve") ? approve : reject,
                              QStringLiteral("--as"), racer.as});
    QString winner;
    QString winningCommand;
    QStringList losers;
    for (Racer &racer : racers) {
        QVERIFY(racer.process->waitForFinished(120000));
        const QString err = QString::fromUtf8(racer.process->readAllStandardError());
        if (racer.process->exitCode() == 0) {
            QVERIFY2(winner.isEmpty(), "two decisions on the same version both won");
            winner = racer.as;
            winningCommand = racer.command;
        } else {
            QVERIFY2(racer.process->exitCode() == 4, qPrintable(QStringLiteral("%1 exited %2: %3")
                                                                    .arg(racer.as)
                                                                    .arg(racer.process->exitCode())
                                                                    .arg(err)));
            losers << err;
        }
    }
    QVERIFY(!winner.isEmpty());
    QCOMPARE(losers.size(), 3);
    static const QRegularExpression named(
        QStringLiteral("already changed by (\\w+) at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    for (const QString &err : std::as_const(losers)) {
        const auto match = named.match(err);
        QVERIFY2(match.hasMatch(), qPrintable(err));
        QCOMPARE(match.captured(1), winner);
    }
    // One decision, with its effects once.
    QCOMPARE(scalarText(QStringLiteral("SELECT state FROM kyc_cases WHERE id = ?"), {id}),
             winningCommand == QLatin1String("kyc.approve") ? QStringLiteral("approved")
                                                            : QStringLiteral("rejected"));
    QCOMPARE(scalar(auditSql, {QString::number(id)}), auditBefore + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND "
                                   "event_type IN ('kyc:approved', 'kyc:rejected')"),
                    {QString::number(id)}),
             1);
}

void TestKycService::stewardctlPurgeRunsAsTheSystem()
{
    const qint64 id = submit(1, QStringLiteral("identity"));
    ok(QStringLiteral("kyc.approve"),
       {{QStringLiteral("id"), id}, {QStringLiteral("version"), claimAndCheck(id, m_mia)}}, m_mia);
    QTemporaryDir home;
    const auto ctl = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("c")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("d")));
        environment.remove(QStringLiteral("STEWARD_KEY_FILE"));
        environment.insert(QStringLiteral("STEWARD_DATABASE_URL"), m_db->url().toString());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(STEWARDCTL_PATH), arguments);
        process.waitForFinished(120000);
        return std::make_tuple(process.exitCode(),
                               QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    const QString before = snapshot();
    for (const QStringList &bad :
         {QStringList{QStringLiteral("kyc"), QStringLiteral("purge"),
                      QStringLiteral("--older-than"), QStringLiteral("soon")},
          QStringList{QStringLiteral("kyc"), QStringLiteral("purge"),
                      QStringLiteral("--older-than"), QStringLiteral("-5")},
          QStringList{QStringLiteral("kyc"), QStringLiteral("purge"), QStringLiteral("--days")},
          QStringList{QStringLiteral("kyc"), QStringLiteral("sweep")}}) {
        const auto [code, out, err] = ctl(bad);
        QVERIFY2(code == 2, qPrintable(bad.join(QLatin1Char(' ')) + QStringLiteral(": ") + err));
        QVERIFY2(err.startsWith(QLatin1String("stewardctl: ")) && err.count(QLatin1Char('\n')) == 1,
                 qPrintable(err));
    }
    QCOMPARE(snapshot(), before);
    const auto [helpCode, help, helpErr] =
        ctl({QStringLiteral("kyc"), QStringLiteral("purge"), QStringLiteral("--help")});
    QCOMPARE(helpCode, 0);
    QVERIFY(help.contains(QLatin1String("--older-than")));

    // The case was decided at the test clock's 2024 date: long past 30 days. No key needed.
    const auto [code, out, err] = ctl({QStringLiteral("kyc"), QStringLiteral("purge"),
                                       QStringLiteral("--older-than"), QStringLiteral("30")});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.startsWith(QLatin1String("purged 2 documents of 1 KYC cases decided before ")),
             qPrintable(out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_documents WHERE purged_at IS NOT "
                                   "NULL AND content_encrypted IS NULL")),
             2);
    QVERIFY(scalarText(QStringLiteral("SELECT actor FROM audit_log WHERE command = 'kyc.purge'"))
                .startsWith(QLatin1String("system:stewardctl@")));
}

void TestKycService::sealedValuesNeverReachTheDatabaseFile()
{
    if (m_db->isPostgreSql())
        QSKIP("the raw file scan reads SQLite's database file");
    const QByteArray birthdate = "1983-11-27";
    const QByteArray number = "ZQ4481907";
    const qint64 id = submit(1, QStringLiteral("age"), 10, 0, QString::fromLatin1(birthdate),
                             QString::fromLatin1(number));
    // Reveals leave audit entries; they must not carry the values either.
    for (const QString &field : {QStringLiteral("birthdate"), QStringLiteral("document_number")})
        QVERIFY(!ok(QStringLiteral("kyc.reveal"),
                    {{QStringLiteral("id"), id},
                     {QStringLiteral("field"), field},
                     {QStringLiteral("reason"), QStringLiteral("file scan")}},
                    m_mia)
                     .isEmpty());
    const QString path = m_db->url().path();
    const auto scan = [&]() { return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")); };
    QByteArray bytes = scan();
    // The scan sees what is stored in clear (it would find a leak).
    QVERIFY(bytes.contains("ana.silva@example.com"));
    QVERIFY(bytes.contains("kyc.reveal"));
    QVERIFY(!bytes.contains(birthdate));
    QVERIFY(!bytes.contains(number));
    QVERIFY(!bytes.contains("passport image"));
    // After the last connection closes and the log is folded into the file.
    m_services.reset();
    bytes = scan();
    QVERIFY(bytes.contains("ana.silva@example.com"));
    QVERIFY(!bytes.contains(birthdate));
    QVERIFY(!bytes.contains(number));
}

QTEST_GUILESS_MAIN(TestKycService)
#include "tst_kycservice.moc"
