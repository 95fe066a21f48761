#include "daomodels.h"
#include "daopage.h"
#include "proposaldialog.h"
#include "proposalview.h"
#include "treasuryview.h"

#include "clock.h"
#include "consolesession.h"
#include "database.h"
#include "ledger.h"
#include "query.h"
#include "recordtableview.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Steward;
using namespace Steward::Dao;

namespace {
const QString kPassword = QStringLiteral("the admins' long password");
constexpr qint64 kDay = 86'400'000;
} // namespace

/** The DAO page on a small governance history: the list and its filters, the actions a
 *  proposal's filer and another admin are offered (with the reason when not), the treasury
 *  chart and staking. With STEWARD_DAO_SEEDED_URL set it also renders a seeded database. */
class TestDaoPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listFiltersByState();
    void filerSeesWhyTheyMayNotApprove();
    void anotherAdminMayApprove();
    void financeReadsWithoutActions();
    void treasuryChartsTheBalance();
    void newProposalShowsTheRefusalThenFiles();
    void seededDatabaseRenders();

private:
    void grab(QWidget &widget, const QString &name);
    QPushButton *button(QWidget &page, const QString &text);
    Principal add(const QString &name, const QString &role, Role r);
    CommandResult run(const Principal &as, const QString &command, const QJsonObject &params);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    Principal m_alice, m_bob, m_carol, m_fiona;
    qint64 m_queued = 0;
};

void TestDaoPage::grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let layouts and the chart's scene settle before the picture
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(QStringLiteral("%1/dao-%2.png").arg(dir, name)));
}

QPushButton *TestDaoPage::button(QWidget &page, const QString &text)
{
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

Principal TestDaoPage::add(const QString &name, const QString &role, Role r)
{
    return Principal::forOperator(Test::addOperator(*m_services, name, role, kPassword), name, r);
}

CommandResult TestDaoPage::run(const Principal &as, const QString &command,
                               const QJsonObject &params)
{
    const CommandResult result = m_services->bus().execute(as, command, params);
    if (!result.ok())
        qWarning("%s: %s", qPrintable(command), qPrintable(result.message));
    return result;
}

void TestDaoPage::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60 * kDay;
    auto clock = std::make_unique<ManualClock>(start);
    m_clock = clock.get();
    m_services = Test::openMigrated(m_db->url(), std::move(clock));
    setupServices(*m_services);
    m_alice = add(QStringLiteral("alice"), QStringLiteral("admin"), Role::Admin);
    m_bob = add(QStringLiteral("bob"), QStringLiteral("admin"), Role::Admin);
    m_carol = add(QStringLiteral("carol"), QStringLiteral("admin"), Role::Admin);
    m_fiona = add(QStringLiteral("fiona"), QStringLiteral("finance"), Role::Finance);
    static const QStringList names{QStringLiteral("Ana Lima"),   QStringLiteral("Ben Okafor"),
                                   QStringLiteral("Cat Nguyen"), QStringLiteral("Dan Weber"),
                                   QStringLiteral("Eve Rossi"),  QStringLiteral("Finn Berg")};
    m_services->database().write([&](QSqlDatabase &db) {
        for (int i = 0; i < names.size(); ++i) {
            const QStringList parts = names.at(i).split(QLatin1Char(' '));
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, 'DE', 'Berlin', 0, 0)"),
                  {i + 1, QStringLiteral("u%1@example.com").arg(i + 1), parts.at(0), parts.at(1),
                   names.at(i).toLower(), parts.at(1).toLower()});
        }
        // The treasury's 5 % allocations over two months.
        Finance::Ledger ledger(db, start);
        for (int day = 0; day < 60; day += 3) {
            Finance::PostRequest request;
            request.kind = day % 2 ? QStringLiteral("subscription") : QStringLiteral("agent_sale");
            request.description = QStringLiteral("DAO share");
            request.idempotencyKey = QStringLiteral("fund-%1").arg(day);
            request.effectiveAt = start + day * kDay;
            const Money amount(200'000 + day * 5'000, QStringLiteral("EUR"));
            request.postings = {
                {ledger.account(Finance::Purpose::ProcessorClearing, 0, QStringLiteral("EUR")).id,
                 Finance::Direction::Debit, amount},
                {ledger.account(Finance::Purpose::DaoTreasury, 0, QStringLiteral("EUR")).id,
                 Finance::Direction::Credit, amount}};
            ledger.post(request);
        }
    });
    const QList<qint64> tokens{12'000, 8'000, 5'000, 3'000, 1'500, 700};
    for (int i = 0; i < tokens.size(); ++i)
        QVERIFY(run(m_alice, QStringLiteral("dao.stake"),
                    {{QStringLiteral("user_id"), i + 1},
                     {QStringLiteral("tokens"), tokens.at(i)},
                     {QStringLiteral("lock_days"), i % 2 ? 90 : 0}})
                    .ok());
    m_clock->advance(kDay);
    const auto create = [&](const QString &title, const QString &type, qint64 amount) {
        QJsonObject params{{QStringLiteral("proposer_id"), 1},
                           {QStringLiteral("proposal_type"), type},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("description"),
                            QStringLiteral("Proposed in the governance forum; details there.")}};
        if (amount > 0) {
            params.insert(QStringLiteral("amount_minor"), amount);
            params.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
            params.insert(QStringLiteral("recipient"), QStringLiteral("user:5"));
        }
        return run(m_alice, QStringLiteral("dao.create"), params)
            .data.toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const auto vote = [&](qint64 id, qint64 voter, const char *support) {
        run(m_alice, QStringLiteral("dao.vote"),
            {{QStringLiteral("id"), id},
             {QStringLiteral("voter_id"), voter},
             {QStringLiteral("support"), QLatin1String(support)}});
    };
    const qint64 executed =
        create(QStringLiteral("Translation fund"), QStringLiteral("grant"), 150'000);
    const qint64 defeated =
        create(QStringLiteral("Raise the ride commission"), QStringLiteral("parameter"), 0);
    m_clock->advance(kDay + 1);
    vote(executed, 1, "for");
    vote(executed, 2, "for");
    vote(executed, 3, "against");
    vote(defeated, 1, "against");
    vote(defeated, 4, "for");
    m_clock->advance(5 * kDay);
    run(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), executed}});
    for (const Principal &admin : {m_bob, m_carol})
        run(admin, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), executed}});
    m_clock->advance(2 * kDay);
    QVERIFY(run(m_bob, QStringLiteral("dao.execute"), {{QStringLiteral("id"), executed}}).ok());
    // Queued three days ago, past its timelock, one approval of two.
    m_clock->set(QDateTime::currentMSecsSinceEpoch() - 9 * kDay);
    m_queued = create(QStringLiteral("Moderator tooling"), QStringLiteral("grant"), 400'000);
    m_clock->advance(kDay + 1);
    vote(m_queued, 1, "for");
    vote(m_queued, 2, "for");
    vote(m_queued, 3, "against");
    m_clock->advance(5 * kDay);
    run(m_alice, QStringLiteral("dao.queue"), {{QStringLiteral("id"), m_queued}});
    run(m_bob, QStringLiteral("dao.approve_execution"), {{QStringLiteral("id"), m_queued}});
    m_clock->set(QDateTime::currentMSecsSinceEpoch() - 3 * kDay);
    const qint64 active =
        create(QStringLiteral("Dark mode for the apps"), QStringLiteral("feature"), 0);
    const qint64 canceled =
        create(QStringLiteral("Sponsor the city marathon"), QStringLiteral("partnership"), 0);
    run(m_bob, QStringLiteral("dao.cancel"),
        {{QStringLiteral("id"), canceled},
         {QStringLiteral("reason"), QStringLiteral("Duplicate of an earlier proposal")}});
    m_clock->advance(kDay + 1);
    vote(active, 2, "for");
    vote(active, 6, "abstain");
    m_clock->set(QDateTime::currentMSecsSinceEpoch());
    create(QStringLiteral("Community grants round 2"), QStringLiteral("budget"), 900'000);
}

void TestDaoPage::listFiltersByState()
{
    Shell::ConsoleSession session(*m_services, m_alice);
    DaoPage page(session);
    page.resize(1400, 860);
    page.show();
    QTRY_COMPARE(page.proposals()->rowCount(), 6);
    QTRY_VERIFY(page.proposalView()->proposalId() > 0);
    grab(page, QStringLiteral("proposals"));
    auto *state = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    QVERIFY(state);
    state->setCurrentIndex(state->findData(QStringLiteral("queued")));
    QTRY_COMPARE(page.proposals()->rowCount(), 1);
    QCOMPARE(page.proposals()->idAt(0), m_queued);
    state->setCurrentIndex(state->findData(QStringLiteral("defeated")));
    QTRY_COMPARE(page.proposals()->rowCount(), 1);
    QCOMPARE(page.proposals()->rowAt(0).value(QStringLiteral("proposal_type")).toString(),
             QStringLiteral("parameter"));
}

void TestDaoPage::filerSeesWhyTheyMayNotApprove()
{
    Shell::ConsoleSession session(*m_services, m_alice);
    DaoPage page(session);
    page.resize(1400, 860);
    page.show();
    QTRY_VERIFY(page.proposalView()->proposalId() > 0); // the list selected its first row
    page.proposalView()->showProposal(m_queued);
    QPushButton *approve = button(page, ProposalView::tr("A&pprove execution"));
    QPushButton *execute = button(page, ProposalView::tr("E&xecute"));
    QVERIFY(approve && execute);
    QTRY_VERIFY(approve->toolTip().contains(QStringLiteral("alice filed proposal")));
    QVERIFY(!approve->isEnabled());
    QVERIFY(!execute->isEnabled());
    QVERIFY(execute->toolTip().contains(QStringLiteral("1 of the 2 execution approvals")));
    bool reasonShown = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        reasonShown |= label->text().contains(QStringLiteral("alice filed proposal"));
    QVERIFY(reasonShown);
    grab(page, QStringLiteral("proposal-filer"));
}

void TestDaoPage::anotherAdminMayApprove()
{
    Shell::ConsoleSession session(*m_services, m_carol);
    DaoPage page(session);
    page.resize(1400, 860);
    page.show();
    QTRY_VERIFY(page.proposalView()->proposalId() > 0); // the list selected its first row
    page.proposalView()->showProposal(m_queued);
    QPushButton *approve = button(page, ProposalView::tr("A&pprove execution"));
    QVERIFY(approve);
    QTRY_VERIFY(approve->isVisible() && approve->isEnabled());
    grab(page, QStringLiteral("proposal-approver"));
}

void TestDaoPage::financeReadsWithoutActions()
{
    Shell::ConsoleSession session(*m_services, m_fiona);
    DaoPage page(session);
    page.resize(1400, 860);
    page.show();
    QTRY_VERIFY(page.proposalView()->proposalId() > 0); // the list selected its first row
    page.proposalView()->showProposal(m_queued);
    QTRY_VERIFY(page.proposals()->rowCount() == 6);
    QPushButton *execute = button(page, ProposalView::tr("E&xecute"));
    QVERIFY(execute);
    QTRY_VERIFY(!execute->toolTip().isEmpty() || !execute->isVisibleTo(&page));
    QVERIFY(!execute->isVisibleTo(&page));
    QVERIFY(!button(page, ProposalView::tr("&Vote for a user…"))->isVisibleTo(&page));
}

void TestDaoPage::treasuryChartsTheBalance()
{
    Shell::ConsoleSession session(*m_services, m_fiona);
    DaoPage page(session);
    page.resize(1400, 900);
    page.show();
    page.tabs()->setCurrentWidget(page.treasuryView());
    auto *chart = page.treasuryView()->findChild<QChartView *>();
    QVERIFY(chart);
    QTRY_VERIFY(!chart->chart()->series().isEmpty());
    auto *series = qobject_cast<QLineSeries *>(chart->chart()->series().first());
    QVERIFY(series);
    // Twenty allocation days; the execution falls on one of them.
    QTRY_COMPARE(series->count(), 20);
    bool summary = false;
    for (QLabel *label : page.treasuryView()->findChildren<QLabel *>())
        summary |= label->text().contains(QStringLiteral("queued commitments"));
    QVERIFY(summary);
    grab(page, QStringLiteral("treasury"));
    page.tabs()->setCurrentWidget(page.stakingView());
    QTRY_VERIFY([&] {
        for (QLabel *label : page.stakingView()->findChildren<QLabel *>())
            if (label->text().contains(Text::tokens(30'200)))
                return true;
        return false;
    }());
    grab(page, QStringLiteral("staking"));
}

void TestDaoPage::newProposalShowsTheRefusalThenFiles()
{
    Shell::ConsoleSession session(*m_services, m_carol);
    ProposalDialog dialog(session);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Bug bounty"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("A bounty for security reports"));
    dialog.findChild<QCheckBox *>()->setChecked(true);
    dialog.findChild<QDoubleSpinBox *>()->setValue(120.5);
    auto *recipient = dialog.findChild<QLineEdit *>(QStringLiteral("recipient"));
    recipient->setText(QStringLiteral("0x52908400098527886E0F"));
    const qint64 before = Query::scalar(m_services->database().connection(),
                                        QStringLiteral("SELECT count(*) FROM dao_proposals"))
                              .toLongLong();
    dialog.accept();
    QTRY_VERIFY([&] {
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("is not a platform user address")))
                return true;
        return false;
    }());
    QVERIFY(dialog.isVisible());
    grab(dialog, QStringLiteral("new-proposal-refused"));
    recipient->setText(QStringLiteral("user:6"));
    dialog.accept();
    QTRY_VERIFY(dialog.createdId() > 0);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT count(*) FROM dao_proposals"))
                 .toLongLong(),
             before + 1);
    QCOMPARE(Query::scalar(m_services->database().connection(),
                           QStringLiteral("SELECT amount_minor FROM dao_proposals WHERE id = ?"),
                           {dialog.createdId()})
                 .toLongLong(),
             12050);
}

void TestDaoPage::seededDatabaseRenders()
{
    const QString url = qEnvironmentVariable("STEWARD_DAO_SEEDED_URL");
    if (url.isEmpty())
        QSKIP("STEWARD_DAO_SEEDED_URL names no seeded database");
    QString error;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    ServiceLayer services(*parsed);
    services.open();
    setupServices(services);
    const qint64 adminId =
        Query::scalar(services.database().connection(),
                      QStringLiteral("SELECT id FROM operators WHERE role = 'admin' ORDER BY id"))
            .toLongLong();
    QVERIFY(adminId > 0);
    Shell::ConsoleSession session(
        services, Principal::forOperator(adminId, QStringLiteral("admin"), Role::Admin));
    DaoPage page(session);
    page.resize(1440, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.proposals()->rowCount() > 0, 20000);
    QTRY_VERIFY(page.proposalView()->proposalId() > 0);
    QTest::qWait(500);
    grab(page, QStringLiteral("seeded-proposals"));
    for (int row = 0; row < page.proposals()->rowCount(); ++row) {
        const QString state =
            page.proposals()->rowAt(row).value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("executed"))
            continue;
        page.proposalTable()->setCurrentIndex(page.proposals()->index(row, 0));
        QTest::qWait(700);
        grab(page, QStringLiteral("seeded-%1").arg(state));
    }
    page.tabs()->setCurrentWidget(page.treasuryView());
    QTest::qWait(1500);
    grab(page, QStringLiteral("seeded-treasury"));
    page.tabs()->setCurrentWidget(page.stakingView());
    QTest::qWait(500);
    grab(page, QStringLiteral("seeded-staking"));
}

QTEST_MAIN(TestDaoPage)
#include "tst_daopage.moc"
