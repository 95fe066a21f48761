#include "clock.h"
#include "consolesession.h"
#include "outbox.h"
#include "query.h"
#include "revenuedrilldown.h"
#include "revenuepage.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Steward;
using namespace Steward::Finance;

namespace {

const QString kPassword = QStringLiteral("a long test password");
// 2025-12-15T09:00:00Z.
const qint64 kNow = QDateTime(QDate(2025, 12, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

void screenshot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
        return;
    QTest::qWait(100);
    const QDir folder(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"));
    QVERIFY(widget->grab().save(folder.filePath(QStringLiteral("revenue-%1.png").arg(name))));
}

} // namespace

/** The Revenue page on a year of money events: what it shows adds up to the commands' totals,
 *  and a bucket's transactions open in the drill-down. */
class TestRevenuePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageShowsTheYear();
};

void TestRevenuePage::pageShowsTheYear()
{
    Test::TestDatabase database;
    auto services = Test::openMigrated(database.url(), std::make_unique<ManualClock>(kNow));
    setupServices(*services);
    const qint64 fin =
        Test::addOperator(*services, QStringLiteral("fin"), QStringLiteral("finance"), kPassword);
    services->database().write([](QSqlDatabase &db) {
        Query insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (email, first_name, last_name, "
                                      "name_key, last_name_key, country, city, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, 'x', 'DE', 'Berlin', 0, "
                                      "0)"));
        const QStringList first{QStringLiteral("Ada"),  QStringLiteral("Bo"),
                                QStringLiteral("Cleo"), QStringLiteral("Dev"),
                                QStringLiteral("Eli"),  QStringLiteral("Fay")};
        for (int i = 1; i <= 30; ++i)
            insert.exec({QStringLiteral("u%1@example.com").arg(i), first.at(i % 6),
                         QStringLiteral("Sample%1").arg(i), QStringLiteral("k%1").arg(i)});
        return 0;
    });
    // A year of sales of every service, refunds, and monthly subscriptions.
    QRandomGenerator random(7);
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    services->database().write([&](QSqlDatabase &db) {
        qint64 id = 0;
        for (int i = 0; i < 900; ++i) {
            const qint64 when =
                start + qint64(random.bounded(348)) * 86'400'000 + random.bounded(86'400'000);
            const qint64 amount = random.bounded(500, 30000);
            const qint64 payee = random.bounded(1, 31);
            const int kind = random.bounded(6);
            ++id;
            QString type;
            QJsonObject payload{{QStringLiteral("currency"), QStringLiteral("EUR")}};
            if (kind == 0) {
                type = QStringLiteral("agent:sold");
                payload.insert(QStringLiteral("sale_id"), id);
                payload.insert(QStringLiteral("creator_user_id"), payee);
                payload.insert(QStringLiteral("amount_minor"), amount);
            } else if (kind == 1) {
                type = QStringLiteral("order:paid");
                payload.insert(QStringLiteral("order_id"), id);
                payload.insert(QStringLiteral("vendor_user_id"), payee);
                payload.insert(QStringLiteral("total_minor"), amount * 3);
                payload.insert(QStringLiteral("commission_bps"), 1000);
            } else if (kind == 2) {
                type = QStringLiteral("ride:completed");
                payload.insert(QStringLiteral("ride_id"), id);
                payload.insert(QStringLiteral("driver_user_id"), payee);
                payload.insert(QStringLiteral("fare_minor"), amount / 2);
                payload.insert(QStringLiteral("driver_earnings_minor"), amount * 2 / 5);
            } else if (kind == 3) {
                type = QStringLiteral("booking:confirmed");
                payload.insert(QStringLiteral("booking_id"), id);
                payload.insert(QStringLiteral("host_user_id"), payee);
                payload.insert(QStringLiteral("total_minor"), amount * 4);
                payload.insert(QStringLiteral("host_payout_minor"), amount * 4 * 85 / 100);
            } else if (kind == 4) {
                type = QStringLiteral("ads:charged");
                payload.insert(QStringLiteral("charge_id"), id);
                payload.insert(QStringLiteral("publisher_user_id"), payee);
                payload.insert(QStringLiteral("amount_minor"), amount);
            } else {
                type = QStringLiteral("payment:completed");
                payload.insert(QStringLiteral("transaction_id"), id);
                payload.insert(QStringLiteral("kind"), QStringLiteral("subscription"));
                payload.insert(QStringLiteral("user_id"), 1000 + random.bounded(60));
                payload.insert(QStringLiteral("amount_minor"), random.bounded(2) ? 999 : 1999);
            }
            EventDispatcher::append(db, when, type, QStringLiteral("test"), QStringLiteral("1"),
                                    payload);
            if (kind == 1 && random.bounded(5) == 0)
                EventDispatcher::append(db, when + 3 * 86'400'000, QStringLiteral("payment:refund"),
                                        QStringLiteral("test"), QStringLiteral("1"),
                                        {{QStringLiteral("refund_id"), id},
                                         {QStringLiteral("source_type"), QStringLiteral("order")},
                                         {QStringLiteral("source_id"), id},
                                         {QStringLiteral("amount_minor"), amount},
                                         {QStringLiteral("currency"), QStringLiteral("EUR")}});
        }
        return 0;
    });
    services->events().deliverPending();

    Shell::ConsoleSession session(
        *services, Principal::forOperator(fin, QStringLiteral("fin"), Role::Finance));
    RevenuePage page(session);
    page.resize(1400, 1500);
    page.show();
    QSignalSpy loaded(&page, &RevenuePage::loaded);
    page.setRange(QDate(2025, 1, 1), QDate(2026, 1, 1));
    page.setCurrency(QStringLiteral("EUR"));
    auto *granularity = page.findChildren<QComboBox *>().at(1);
    granularity->setCurrentIndex(2);
    page.reload();
    QVERIFY(loaded.wait(20000));
    QTest::qWait(200);

    // The table's total row equals the sum of its service rows and the command's totals.
    const CommandResult totals =
        services->bus().execute(Principal::forOperator(fin, QStringLiteral("fin"), Role::Finance),
                                QStringLiteral("finance.revenue"),
                                {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                 {QStringLiteral("from"), QStringLiteral("2025-01-01")},
                                 {QStringLiteral("to"), QStringLiteral("2026-01-01")}});
    QVERIFY(totals.ok());
    const qint64 net = totals.data.toObject()
                           .value(QStringLiteral("totals"))
                           .toObject()
                           .value(QStringLiteral("net_minor"))
                           .toInteger();
    QTableWidget *table = nullptr;
    for (QTableWidget *candidate : page.findChildren<QTableWidget *>())
        if (candidate->columnCount() == 10)
            table = candidate;
    QVERIFY(table);
    QVERIFY(table->rowCount() >= 6);
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last, 3)->data(Qt::UserRole).toString(),
             QString::number(double(net) / 100.0, 'f', 2));
    double sum = 0;
    for (int r = 0; r < last; ++r)
        sum += table->item(r, 3)->data(Qt::UserRole).toString().toDouble();
    QCOMPARE(QString::number(sum, 'f', 2), table->item(last, 3)->data(Qt::UserRole).toString());
    screenshot(&page, QStringLiteral("year"));

    // Enter on a service opens its transactions.
    table->setFocus();
    table->setCurrentCell(1, 0);
    Q_EMIT table->itemActivated(table->item(1, 0));
    RevenueDrillDown *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<RevenueDrillDown *>()) != nullptr);
    QTRY_VERIFY(dialog->model()->rowCount() > 0);
    screenshot(dialog, QStringLiteral("drilldown"));
    dialog->close();
}

QTEST_MAIN(TestRevenuePage)
#include "tst_revenuepage.moc"
