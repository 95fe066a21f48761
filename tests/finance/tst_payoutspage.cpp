#include "payoutdialogs.h"
#include "payoutmodels.h"
#include "payoutspage.h"
#include "reconciliationpage.h"

#include "clock.h"
#include "consolesession.h"
#include "inlinemessage.h"
#include "query.h"
#include "recordtableview.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Steward;
using namespace Steward::Finance;

namespace {

const QString kPassword = QStringLiteral("a long test password");

void grab(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
        return;
    QTest::qWait(150);
    const QDir folder(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"));
    QVERIFY(widget.grab().save(folder.filePath(name + QStringLiteral(".png"))));
}

/** Answers the next modal dialog (a confirmation) with @p button once it is open. */
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button); // not open yet: try again on the next turn
            return;
        }
        box->button(button)->click();
    });
}

} // namespace

/** The Payouts and Reconciliation pages: a maker creates a run through the page, sees Approve
 *  disabled with the reason, a checker approves and executes it through the page and the
 *  payouts are posted; the reconciliation allocates exactly the payout's amount. Set
 *  STEWARD_SCREENSHOT_DIR to keep PNGs of the pages. */
class TestPayoutsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void makerCreatesCheckerApprovesAndExecutes();
    void reconciliationAllocatesThePayout();
    void demoDatabase();

private:
    Principal add(const QString &name);
    qint64 addUser(const QString &name);
    void earn(qint64 user, qint64 amount);
    QJsonObject ok(const Principal &as, const QString &command, const QJsonObject &params);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_maker, m_checker;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_runId = 0;
};

Principal TestPayoutsPage::add(const QString &name)
{
    return Principal::forOperator(
        Test::addOperator(*m_services, name, QStringLiteral("finance"), kPassword), name,
        Role::Finance);
}

qint64 TestPayoutsPage::addUser(const QString &name)
{
    return m_services->database().write([&](QSqlDatabase &db) {
        Query insert(db,
                     QStringLiteral("INSERT INTO users (email, first_name, last_name, name_key, "
                                    "last_name_key, country, city, created_at, updated_at) "
                                    "VALUES (?, ?, 'Test', ?, 'test', 'DE', 'Berlin', 0, 0) "
                                    "RETURNING id"),
                     {name + QStringLiteral("@example.com"), name, name + QStringLiteral(" test")});
        insert.next();
        return insert.value(0).toLongLong();
    });
}

QJsonObject TestPayoutsPage::ok(const Principal &as, const QString &command,
                                const QJsonObject &params)
{
    const CommandResult result = m_services->bus().execute(as, command, params);
    if (!result.ok())
        qWarning("%s failed: %s", qPrintable(command), qPrintable(result.message));
    Q_ASSERT(result.ok());
    return result.data.toObject();
}

void TestPayoutsPage::earn(qint64 user, qint64 amount)
{
    static int serial = 0;
    ++serial;
    ok(m_maker, QStringLiteral("finance.post"),
       {{QStringLiteral("kind"), QStringLiteral("sale")},
        {QStringLiteral("description"), QStringLiteral("Sale %1").arg(serial)},
        {QStringLiteral("idempotency_key"), QStringLiteral("sale:%1").arg(serial)},
        {QStringLiteral("source_type"), QStringLiteral("agent_sale")},
        {QStringLiteral("source_id"), serial},
        {QStringLiteral("entries"),
         QJsonArray{QJsonObject{{QStringLiteral("purpose"), QStringLiteral("processor_clearing")},
                                {QStringLiteral("direction"), QStringLiteral("debit")},
                                {QStringLiteral("amount_minor"), amount},
                                {QStringLiteral("currency"), QStringLiteral("EUR")}},
                    QJsonObject{{QStringLiteral("purpose"), QStringLiteral("creator_payable")},
                                {QStringLiteral("owner_id"), user},
                                {QStringLiteral("direction"), QStringLiteral("credit")},
                                {QStringLiteral("amount_minor"), amount},
                                {QStringLiteral("currency"), QStringLiteral("EUR")}}}}});
}

void TestPayoutsPage::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    // The new-run dialog's as-of date is today's, so the clock is the real one.
    m_services = Test::openMigrated(
        m_db->url(), std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch()));
    setupServices(*m_services);
    m_maker = add(QStringLiteral("fin"));
    m_checker = add(QStringLiteral("fay"));
    m_ana = addUser(QStringLiteral("ana"));
    m_ben = addUser(QStringLiteral("ben"));
    // Several earnings each, so a payout is funded by more than one sale.
    earn(m_ana, 250000);
    earn(m_ben, 400000);
    earn(m_ana, 450000);
    earn(m_ben, 200000);
    earn(m_ana, 12345);
}

void TestPayoutsPage::makerCreatesCheckerApprovesAndExecutes()
{
    Shell::ConsoleSession makerSession(*m_services, m_maker);
    PayoutsPage page(makerSession);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showTab(PayoutsPage::PayeesTab);
    auto *payeeView = page.findChild<Shell::RecordTableView *>(QStringLiteral("payees"));
    QTRY_COMPARE(payeeView->model()->rowCount(), 2);
    grab(page, QStringLiteral("payouts-payees"));

    // The maker previews and creates a weekly EUR run through the New run dialog.
    page.showTab(PayoutsPage::RunsTab);
    bool previewedTwo = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<NewRunDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QList<QComboBox *> combos = dialog->findChildren<QComboBox *>();
        combos.at(0)->setCurrentIndex(combos.at(0)->findData(QStringLiteral("EUR")));
        combos.at(2)->setCurrentIndex(combos.at(2)->findData(QStringLiteral("weekly")));
        QSignalSpy previewed(dialog, &NewRunDialog::previewed);
        dialog->preview();
        QVERIFY(previewed.wait(10000));
        auto *plan = dialog->findChild<QTableWidget *>();
        previewedTwo = plan->rowCount() == 2;
        // Nothing is written by a preview.
        QCOMPARE(Query::scalar(m_services->database().connection(),
                               QStringLiteral("SELECT COUNT(*) FROM payout_runs"))
                     .toInt(),
                 0);
        dialog->create();
    });
    page.findChild<QPushButton *>(QStringLiteral("newRun"))->click();
    QVERIFY(previewedTwo);
    QTRY_VERIFY(page.currentRun().value(QStringLiteral("id")).toInteger() > 0);
    m_runId = page.currentRun().value(QStringLiteral("id")).toInteger();
    QCOMPARE(page.currentRun().value(QStringLiteral("total_minor")).toInteger(), 1312345);
    QCOMPARE(page.currentRun().value(QStringLiteral("created_by")).toInteger(), m_maker.operatorId);

    // The maker's Approve is disabled, and the page says why.
    auto *approve = page.findChild<QPushButton *>(QStringLiteral("approveRun"));
    QVERIFY(approve->isVisible());
    QVERIFY(!approve->isEnabled());
    QTRY_VERIFY([&] {
        for (Shell::InlineMessage *message : page.findChildren<Shell::InlineMessage *>())
            if (message->isVisible() &&
                message->text().contains(QStringLiteral("another finance operator")))
                return true;
        return false;
    }());
    // The service refuses too, even if the button were pressed.
    const CommandResult refused = m_services->bus().execute(
        m_maker, QStringLiteral("payouts.run_approve"),
        {{QStringLiteral("id"), m_runId},
         {QStringLiteral("version"), page.currentRun().value(QStringLiteral("version"))}});
    QVERIFY(!refused.ok());

    // The checker's page: Approve is enabled; approve, then execute.
    Shell::ConsoleSession checkerSession(*m_services, m_checker);
    PayoutsPage checkerPage(checkerSession);
    checkerPage.resize(1280, 820);
    checkerPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checkerPage));
    checkerPage.showRun(m_runId);
    auto *checkerApprove = checkerPage.findChild<QPushButton *>(QStringLiteral("approveRun"));
    QTRY_VERIFY(checkerPage.currentRun().value(QStringLiteral("id")).toInteger() == m_runId);
    QTRY_VERIFY(checkerApprove->isEnabled());
    answerNextMessageBox(QMessageBox::Yes);
    checkerApprove->click();
    QTRY_COMPARE(checkerPage.currentRun().value(QStringLiteral("state")).toString(),
                 QStringLiteral("approving"));

    QSignalSpy finished(&checkerPage, &PayoutsPage::executionFinished);
    auto *execute = checkerPage.findChild<QPushButton *>(QStringLiteral("executeRun"));
    QVERIFY(execute->isEnabled());
    execute->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(checkerPage.currentRun().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));

    // Every payout of the run is approved, with its approval posted to the ledger.
    const QJsonArray payouts =
        ok(m_checker, QStringLiteral("payouts.list"), {{QStringLiteral("run_id"), m_runId}})
            .value(QStringLiteral("rows"))
            .toArray();
    QCOMPARE(payouts.size(), 2);
    for (const QJsonValue &value : payouts) {
        const QJsonObject payout = ok(m_checker, QStringLiteral("payouts.get"),
                                      {{QStringLiteral("id"), value[QStringLiteral("id")]}});
        QCOMPARE(payout.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        const QJsonArray ledger = payout.value(QStringLiteral("ledger")).toArray();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first()[QStringLiteral("kind")].toString(), QStringLiteral("payout"));
    }

    // Mark paid settles them: the page marks the run paid and executes again.
    QSignalSpy settled(&checkerPage, &PayoutsPage::executionFinished);
    answerNextMessageBox(QMessageBox::Yes);
    checkerPage.findChild<QPushButton *>(QStringLiteral("markRunPaid"))->click();
    QVERIFY(settled.wait(20000));
    QCOMPARE(checkerPage.currentRun().value(QStringLiteral("state")).toString(),
             QStringLiteral("paid"));
    for (const QJsonValue &value : payouts)
        QCOMPARE(ok(m_checker, QStringLiteral("payouts.get"),
                    {{QStringLiteral("id"), value[QStringLiteral("id")]}})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("paid"));
    QTest::qWait(100);
    grab(checkerPage, QStringLiteral("payouts-run"));

    // The Payouts tab lists them; Reconcile asks for the selected one.
    checkerPage.showTab(PayoutsPage::PayoutsTab);
    auto *list = checkerPage.findChild<Shell::RecordTableView *>(QStringLiteral("payouts"));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    list->selectRow(0);
    QSignalSpy reconcile(&checkerPage, &PayoutsPage::reconcileRequested);
    checkerPage.findChild<QPushButton *>(QStringLiteral("reconcile"))->click();
    QCOMPARE(reconcile.size(), 1);
    QCOMPARE(reconcile.first().first().toLongLong(),
             payouts.first()[QStringLiteral("id")].toInteger());
    grab(checkerPage, QStringLiteral("payouts-list"));
}

void TestPayoutsPage::reconciliationAllocatesThePayout()
{
    QVERIFY(m_runId > 0);
    const QJsonArray payouts =
        ok(m_checker, QStringLiteral("payouts.list"), {{QStringLiteral("run_id"), m_runId}})
            .value(QStringLiteral("rows"))
            .toArray();
    QJsonObject anas;
    for (const QJsonValue &value : payouts)
        if (value[QStringLiteral("payee_user_id")].toInteger() == m_ana)
            anas = value.toObject();
    QCOMPARE(anas.value(QStringLiteral("amount_minor")).toInteger(), 712345);

    Shell::ConsoleSession session(*m_services, m_checker);
    ReconciliationPage page(session);
    page.resize(1280, 820);
    page.show();
    QSignalSpy loaded(&page, &ReconciliationPage::loaded);
    page.showPayout(anas.value(QStringLiteral("id")).toInteger());
    QVERIFY(loaded.wait(10000));
    // Funded by Ana's three sales, and the allocation equals the payout.
    QCOMPARE(page.allocatedTotal(), 712345);
    QCOMPARE(page.result().value(QStringLiteral("unfunded_minor")).toInteger(), 0);
    auto *sources = page.findChild<QTableWidget *>(QStringLiteral("sources"));
    QCOMPARE(sources->rowCount(), 3);
    // The ledger shows the approval and the settlement: four entries.
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("ledger"))->rowCount(), 4);

    // The CSV's total equals the screen.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sources.csv"));
    QVERIFY(page.writeCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 3 + 3 + 1);
    const QStringList total = lines.at(4).split(QLatin1Char(','));
    QCOMPARE(total.at(0), QStringLiteral("Total allocated"));
    QCOMPARE(total.at(5), QStringLiteral("7123.45"));
    double sum = 0;
    for (int i = 1; i <= 3; ++i)
        sum += lines.at(i).split(QLatin1Char(',')).at(5).toDouble();
    QCOMPARE(qRound64(sum * 100), 712345);
    grab(page, QStringLiteral("reconciliation"));

    // An unknown payout is refused with the service's message, and nothing else changes.
    QSignalSpy again(&page, &ReconciliationPage::loaded);
    page.showPayout(999999);
    QVERIFY(again.wait(10000));
    QCOMPARE(page.allocatedTotal(), 712345);
}

/** With STEWARD_PAYOUTS_DEMO_DB (a copy of a demo database; its operator "fin") and
 *  STEWARD_SCREENSHOT_DIR, saves the pages on that data as demo-*.png: a look at real volumes. */
void TestPayoutsPage::demoDatabase()
{
    const QString path = qEnvironmentVariable("STEWARD_PAYOUTS_DEMO_DB");
    if (path.isEmpty() || qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
        QSKIP("set STEWARD_PAYOUTS_DEMO_DB and STEWARD_SCREENSHOT_DIR to look at demo data");
    auto services = Test::openMigrated(DatabaseUrl::sqlite(path));
    setupServices(*services);
    const qint64 fin = Query::scalar(services->database().connection(),
                                     QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                                     {QStringLiteral("fin")})
                           .toLongLong();
    QVERIFY(fin > 0);
    Shell::ConsoleSession session(
        *services, Principal::forOperator(fin, QStringLiteral("fin"), Role::Finance));
    PayoutsPage page(session);
    page.resize(1280, 820);
    page.show();
    auto *payees = page.findChild<Shell::RecordTableView *>(QStringLiteral("payees"));
    QTRY_VERIFY_WITH_TIMEOUT(payees->model()->rowCount() > 0, 60000);
    grab(page, QStringLiteral("demo-payees"));
    page.showTab(PayoutsPage::PayoutsTab);
    auto *list = page.findChild<Shell::RecordTableView *>(QStringLiteral("payouts"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 60000);
    grab(page, QStringLiteral("demo-payouts"));
    page.showTab(PayoutsPage::RunsTab);
    grab(page, QStringLiteral("demo-runs"));

    const qint64 paid = Query::scalar(services->database().connection(),
                                      QStringLiteral("SELECT MAX(id) FROM payouts WHERE state = "
                                                     "'paid' AND payee_type <> 'dao_grant'"))
                            .toLongLong();
    ReconciliationPage reconciliation(session);
    reconciliation.resize(1280, 820);
    reconciliation.show();
    QSignalSpy loaded(&reconciliation, &ReconciliationPage::loaded);
    reconciliation.showPayout(paid);
    QVERIFY(loaded.wait(60000));
    grab(reconciliation, QStringLiteral("demo-reconciliation"));
}

QTEST_MAIN(TestPayoutsPage)
#include "tst_payoutspage.moc"
