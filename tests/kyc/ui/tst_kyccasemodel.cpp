#include "kyccasemodel.h"
#include "kycuifixture.h"

#include "query.h"
#include "recordtableview.h"
#include "servicelayer.h"
#include "sqldialect.h"
#include "stewardservices.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Steward;
using Kyc::KycCaseModel;

namespace {

constexpr int kCases = 230;
constexpr qint64 kHour = 3600 * 1000;
const char *const kTypes[] = {"age", "identity", "business", "driver", "host"};

struct Case
{
    qint64 id = 0;
    QString type;
    QString state;
    qint64 dueAt = 0;
    qint64 assignedTo = 0;
    QString email;
};

} // namespace

class TestKycCaseModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queueComesMostUrgentFirstInWindows();
    void windowsContinueByKeyWithoutGapsOrRepeats();
    void filtersRunInTheService_data();
    void filtersRunInTheService();
    void overdueCasesAreMarked();
    void decisionElsewhereRemovesTheRowKeepingTheRest();
    void onlyTheLatestFilterIsShown();
    void anotherConsolesCaseAndDecisionArrive();

private:
    QList<qint64> expectedIds(const std::function<bool(const Case &)> &matches) const;
    static QList<qint64> modelIds(const KycCaseModel &model);
    static void fetchAll(KycCaseModel &model);

    std::unique_ptr<Test::KycUiFixture> m_fixture;
    QList<Case> m_cases;
};

void TestKycCaseModel::init()
{
    m_fixture = std::make_unique<Test::KycUiFixture>();
    m_cases.clear();
    // Cases straight into the table, as a busy platform has them: ids scattered over the due
    // order so that paging by id would show the wrong cases.
    const qint64 now = Test::KycUiFixture::Start;
    const qint64 mia = m_fixture->miaId();
    for (int i = 0; i < kCases; ++i) {
        Case kycCase;
        kycCase.id = (qint64(i) * 7919) % kCases + 1;
        kycCase.type = QString::fromLatin1(kTypes[i % 5]);
        kycCase.state = i % 11 == 0   ? QStringLiteral("approved")
                        : i % 7 == 0  ? QStringLiteral("in_review")
                        : i % 13 == 0 ? QStringLiteral("escalated")
                                      : QStringLiteral("pending");
        // Due times from 59.5 h ago to 170 h ahead, on the half hour so that the milliseconds
        // a test takes never change the whole hours shown; pairs share a due time (the id
        // breaks the tie).
        kycCase.dueAt = now + (qint64(i / 2) - 60) * kHour + kHour / 2;
        kycCase.assignedTo = kycCase.state == QLatin1String("in_review") && i % 2 == 0 ? mia : 0;
        m_cases << kycCase;
    }
    QList<Case> cases = m_cases;
    for (Case &kycCase : cases)
        kycCase.email = QStringLiteral("applicant%1@example.com").arg(kycCase.id);
    m_cases = cases;
    m_fixture->services().database().write([&cases](QSqlDatabase &db) {
        for (const Case &kycCase : cases) {
            const QString first = kycCase.id % 2 ? QStringLiteral("Ana") : QStringLiteral("Rui");
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'PT', 'Porto', 'active', 0, 0)"),
                  {kycCase.id, kycCase.email, first, QStringLiteral("Silva%1").arg(kycCase.id),
                   QStringLiteral("%1 silva%2").arg(first.toLower()).arg(kycCase.id),
                   QStringLiteral("silva%1").arg(kycCase.id)});
            Query(db,
                  QStringLiteral("INSERT INTO kyc_cases (id, user_id, case_type, state, "
                                 "risk_score, submitted_at, due_at, assigned_operator_id, "
                                 "decided_at, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, 10, ?, ?, ?, ?, ?, ?)"),
                  {kycCase.id, kycCase.id, kycCase.type, kycCase.state, kycCase.dueAt - 48 * kHour,
                   kycCase.dueAt,
                   kycCase.assignedTo ? QVariant(kycCase.assignedTo)
                                      : QVariant(QMetaType::fromType<qint64>()),
                   kycCase.state == QLatin1String("approved")
                       ? QVariant(kycCase.dueAt - kHour)
                       : QVariant(QMetaType::fromType<qint64>()),
                   kycCase.dueAt - 48 * kHour, kycCase.dueAt - 48 * kHour});
        }
        // Rows with explicit ids: PostgreSQL's sequences continue after them.
        const SqlDialect &dialect = Database::dialectOf(db);
        dialect.resetIdentity(db, QStringLiteral("users"));
        dialect.resetIdentity(db, QStringLiteral("kyc_cases"));
    });
}

void TestKycCaseModel::cleanup()
{
    m_fixture.reset();
}

QList<qint64> TestKycCaseModel::expectedIds(const std::function<bool(const Case &)> &matches) const
{
    QList<Case> cases;
    std::copy_if(m_cases.cbegin(), m_cases.cend(), std::back_inserter(cases), matches);
    std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) {
        return std::tie(a.dueAt, a.id) < std::tie(b.dueAt, b.id);
    });
    QList<qint64> ids;
    for (const Case &kycCase : cases)
        ids << kycCase.id;
    return ids;
}

QList<qint64> TestKycCaseModel::modelIds(const KycCaseModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(KycCaseModel::IdRole).toLongLong();
    return ids;
}

void TestKycCaseModel::fetchAll(KycCaseModel &model)
{
    for (int guard = 0; guard < 20; ++guard) {
        QTRY_VERIFY(!model.isLoading());
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model kept asking for more rows");
}

static bool isOpen(const Case &kycCase)
{
    return kycCase.state != QLatin1String("approved");
}

void TestKycCaseModel::queueComesMostUrgentFirstInWindows()
{
    KycCaseModel model(m_fixture->mia());
    QCOMPARE(model.filter().state, QStringLiteral("open"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));

    // A view that never scrolls asks once and gets one window, not the table.
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), KycCaseModel::WindowSize);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), KycCaseModel::WindowSize);
    QVERIFY(model.canFetchMore({}));
    const QList<qint64> queue = expectedIds(isOpen);
    QCOMPARE(modelIds(model), queue.mid(0, KycCaseModel::WindowSize));

    // The tester behaves like a view scrolled to the end: it keeps asking for more.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), int(queue.size()));
    QCOMPARE(modelIds(model), queue);
}

void TestKycCaseModel::windowsContinueByKeyWithoutGapsOrRepeats()
{
    KycCaseModel model(m_fixture->mia());
    QSignalSpy inserted(&model, &KycCaseModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    const qsizetype total = expectedIds(isOpen).size();
    QCOMPARE(model.rowCount(), int(total));
    QCOMPARE(inserted.size(),
             int((total + KycCaseModel::WindowSize - 1) / KycCaseModel::WindowSize));
    for (int i = 0; i < inserted.size(); ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), i * KycCaseModel::WindowSize);
        QCOMPARE(inserted.at(i).at(2).toInt(),
                 std::min<int>((i + 1) * KycCaseModel::WindowSize, int(total)) - 1);
    }
    QCOMPARE(modelIds(model), expectedIds(isOpen));
}

void TestKycCaseModel::filtersRunInTheService_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("caseType");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("mine");

    QTest::newRow("identity queue") << "open"
                                    << "identity" << false << false;
    QTest::newRow("overdue queue") << "open"
                                   << "" << true << false;
    QTest::newRow("overdue drivers") << "open"
                                     << "driver" << true << false;
    QTest::newRow("mine") << "open"
                          << "" << false << true;
    QTest::newRow("escalated") << "escalated"
                               << "" << false << false;
    QTest::newRow("pending hosts") << "pending"
                                   << "host" << false << false;
}

void TestKycCaseModel::filtersRunInTheService()
{
    QFETCH(QString, state);
    QFETCH(QString, caseType);
    QFETCH(bool, overdue);
    QFETCH(bool, mine);

    KycCaseModel model(m_fixture->mia());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QSignalSpy reset(&model, &KycCaseModel::modelReset);

    KycCaseModel::Filter filter;
    filter.state = state;
    filter.caseType = caseType;
    filter.isOverdueOnly = overdue;
    filter.isMineOnly = mine;
    model.setFilter(filter);
    // A filter change starts over from the first window.
    QCOMPARE(reset.size(), 1);
    fetchAll(model);

    const qint64 now = Test::KycUiFixture::Start;
    const qint64 mia = m_fixture->miaId();
    const QList<qint64> expected = expectedIds([&](const Case &kycCase) {
        const bool stateMatches =
            state == QLatin1String("open") ? isOpen(kycCase) : kycCase.state == state;
        return stateMatches && (caseType.isEmpty() || kycCase.type == caseType) &&
               (!overdue || kycCase.dueAt < now) && (!mine || kycCase.assignedTo == mia);
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(modelIds(model), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!caseType.isEmpty())
            QCOMPARE(model.index(row, 0).data(KycCaseModel::CaseTypeRole).toString(), caseType);
        if (overdue)
            QVERIFY(model.index(row, 0).data(KycCaseModel::OverdueRole).toBool());
    }
}

void TestKycCaseModel::overdueCasesAreMarked()
{
    KycCaseModel model(m_fixture->mia());
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    // The first case of the queue fell due 59.5 hours ago, the last is due days from now.
    const qint64 first = model.idAt(0);
    const auto firstCase = std::find_if(m_cases.cbegin(), m_cases.cend(),
                                        [first](const Case &c) { return c.id == first; });
    const qint64 hoursOver = (Test::KycUiFixture::Start - firstCase->dueAt) / kHour;
    QVERIFY(hoursOver > 48);
    const QModelIndex due = model.index(0, KycCaseModel::DueColumn);
    QCOMPARE(due.data().toString(), QStringLiteral("overdue %1 d").arg(hoursOver / 24));
    QVERIFY(due.data(KycCaseModel::OverdueRole).toBool());
    QCOMPARE(due.data(Qt::BackgroundRole).value<QBrush>().color(),
             Shell::Theme::warningBackground());
    QCOMPARE(model.index(0, KycCaseModel::ApplicantColumn)
                 .data(Qt::BackgroundRole)
                 .value<QBrush>()
                 .color(),
             Shell::Theme::warningBackground());

    // A case due in a few hours is not marked, and says how long is left.
    int soon = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 left = model.index(row, 0).data(KycCaseModel::DueAtRole).toLongLong() -
                            Test::KycUiFixture::Start;
        if (left >= 3 * kHour && left < 4 * kHour) {
            soon = row;
            break;
        }
    }
    QVERIFY(soon >= 0);
    const QModelIndex soonDue = model.index(soon, KycCaseModel::DueColumn);
    QCOMPARE(soonDue.data().toString(), QStringLiteral("due in 3 h"));
    QVERIFY(!soonDue.data(KycCaseModel::OverdueRole).toBool());
    QVERIFY(!soonDue.data(Qt::BackgroundRole).isValid());
}

void TestKycCaseModel::decisionElsewhereRemovesTheRowKeepingTheRest()
{
    KycCaseModel model(m_fixture->mia());
    Shell::RecordTableView view;
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    const QList<qint64> before = modelIds(model);
    // The reviewer has the sixth case selected; another reviewer rejects the third, which
    // leaves the open queue.
    const qint64 selected = before.at(5);
    view.selectRow(5);
    QCOMPARE(view.currentIndex().row(), 5);

    // In the other console: max claims the third case and rejects it.
    const qint64 leaving = before.at(2);
    const auto version = [this](qint64 id) {
        return m_fixture
            ->run(m_fixture->maxPrincipal(), QStringLiteral("kyc.get"),
                  {{QStringLiteral("id"), id}})
            .toObject()
            .value(QStringLiteral("version"));
    };
    const QString leavingState = model.index(2, 0).data(KycCaseModel::StateRole).toString();
    if (leavingState == QLatin1String("pending"))
        m_fixture->run(
            m_fixture->maxPrincipal(), QStringLiteral("kyc.claim"),
            {{QStringLiteral("id"), leaving}, {QStringLiteral("version"), version(leaving)}});
    m_fixture->run(m_fixture->maxPrincipal(), QStringLiteral("kyc.reject"),
                   {{QStringLiteral("id"), leaving},
                    {QStringLiteral("version"), version(leaving)},
                    {QStringLiteral("template"), QStringLiteral("other_reject")},
                    {QStringLiteral("message"), QStringLiteral("We could not verify you.")}});

    QSignalSpy reset(&model, &KycCaseModel::modelReset);
    QTRY_COMPARE(model.rowCount(), int(before.size()) - 1);
    QTRY_VERIFY(!model.isLoading());
    QList<qint64> after = before;
    after.removeOne(leaving);
    QCOMPARE(modelIds(model), after);
    // Removed in place, not reset: the selection moved up with its row.
    QCOMPARE(reset.size(), 0);
    QCOMPARE(view.currentIndex().row(), 4);
    QCOMPARE(model.idAt(view.currentIndex().row()), selected);
}

void TestKycCaseModel::onlyTheLatestFilterIsShown()
{
    KycCaseModel model(m_fixture->mia());
    KycCaseModel::Filter identity;
    identity.caseType = QStringLiteral("identity");
    KycCaseModel::Filter hosts;
    hosts.caseType = QStringLiteral("host");
    model.setFilter(identity);
    model.setFilter(hosts);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(KycCaseModel::CaseTypeRole).toString(),
                 QStringLiteral("host"));

    // Search text by case id, then by email prefix.
    const qint64 wanted = model.idAt(0);
    KycCaseModel::Filter byId;
    byId.state.clear();
    byId.text = QStringLiteral("#%1").arg(wanted);
    model.setFilter(byId);
    fetchAll(model);
    QCOMPARE(modelIds(model), QList<qint64>{wanted});
    KycCaseModel::Filter byEmail;
    byEmail.state.clear();
    byEmail.text = QStringLiteral("applicant%1@").arg(wanted);
    model.setFilter(byEmail);
    fetchAll(model);
    QCOMPARE(modelIds(model), QList<qint64>{wanted});
}

QTEST_MAIN(TestKycCaseModel)
void TestKycCaseModel::anotherConsolesCaseAndDecisionArrive()
{
    KycCaseModel model(m_fixture->mia());
    KycCaseModel::Filter all;
    all.state = QString(); // every state, latest due first
    model.setFilter(all);
    QTRY_VERIFY(model.rowCount() > 0);
    QTRY_VERIFY(!model.isLoading());

    // A second console with its own service layer and clock on the same database; only the
    // database carries the news (PostgreSQL LISTEN/NOTIFY, or the audit-head poll on SQLite).
    auto other = Test::openMigrated(m_fixture->services().database().url());
    setupServices(*other);
    QVERIFY2(other->personalData().unlock(m_fixture->keyFile()),
             qPrintable(other->personalData().status()));
    const int timeout = Test::TestDatabase::backend() == QLatin1String("postgresql") ? 2000 : 4000;
    const qint64 user = Query::scalar(m_fixture->services().database().connection(),
                                      QStringLiteral("SELECT min(id) FROM users"))
                            .toLongLong();
    const CommandResult submitted = other->bus().execute(
        Principal::system(QStringLiteral("platform")), QStringLiteral("kyc.submit"),
        {{QStringLiteral("user_id"), user},
         {QStringLiteral("case_type"), QStringLiteral("age")},
         {QStringLiteral("documents"),
          QJsonArray{QJsonObject{
              {QStringLiteral("kind"), QStringLiteral("passport")},
              {QStringLiteral("mime_type"), QStringLiteral("image/svg+xml")},
              {QStringLiteral("content_base64"),
               QString::fromLatin1(Test::KycUiFixture::svgDocument(QStringLiteral("Nadia"), false)
                                       .toBase64())}}}}});
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));
    const qint64 id = submitted.data.toObject().value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(id) >= 0, timeout);

    // The other console's reviewer claims it: the row here shows the new state.
    const CommandResult claimed = other->bus().execute(
        m_fixture->maxPrincipal(), QStringLiteral("kyc.claim"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("version"), submitted.data.toObject().value(QStringLiteral("version"))}});
    QVERIFY2(claimed.ok(), qPrintable(claimed.message));
    QTRY_VERIFY_WITH_TIMEOUT(
        model.rowOf(id) >= 0 &&
            model.index(model.rowOf(id), 0).data(KycCaseModel::StateRole).toString() ==
                QLatin1String("in_review"),
        timeout);
    other->bus().waitForIdle();
}

#include "tst_kyccasemodel.moc"
