#include "errors.h"
#include "money.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Steward;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsKnownAmounts_data();
    void splitsKnownAmounts();
    void randomSplitsConserveTheTotal();
    void refundReversesTheSplitExactly();
    void rejectsBadWeights();
    void refusesMixedCurrencies();
    void formats_data();
    void formats();
    void formatsForPeople_data();
    void formatsForPeople();
};

void TestMoney::splitsKnownAmounts_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    // Agent sale 45 / 50 / 5: 999 cents -> exact parts 449.55, 499.5, 49.95.
    QTest::newRow("agent sale 9.99")
        << qint64(999) << QList<qint64>{45, 50, 5} << QList<qint64>{450, 499, 50};
    QTest::newRow("agent sale 10.00")
        << qint64(1000) << QList<qint64>{45, 50, 5} << QList<qint64>{450, 500, 50};
    QTest::newRow("one cent three ways")
        << qint64(1) << QList<qint64>{1, 1, 1} << QList<qint64>{1, 0, 0};
    QTest::newRow("ads 30 percent")
        << qint64(3333) << QList<qint64>{30, 70} << QList<qint64>{1000, 2333};
    QTest::newRow("zero weight share")
        << qint64(101) << QList<qint64>{0, 1} << QList<qint64>{0, 101};
}

void TestMoney::splitsKnownAmounts()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(allocateLargestRemainder(total, weights), expected);
}

void TestMoney::randomSplitsConserveTheTotal()
{
    QRandomGenerator random(20261122);
    for (int i = 0; i < 100000; ++i) {
        const qint64 total = qint64(random.bounded(2000000000)) * (i % 7 == 0 ? 1000 : 1) -
                             (i % 5 == 0 ? 1000000 : 0);
        const int shares = 1 + int(random.bounded(8));
        QList<qint64> weights;
        for (int s = 0; s < shares; ++s)
            weights << qint64(random.bounded(10000));
        if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; }))
            weights[0] = 1;
        const QList<qint64> result = allocateLargestRemainder(total, weights);
        QCOMPARE(result.size(), weights.size());
        qint64 sum = 0;
        for (int s = 0; s < shares; ++s) {
            sum += result[s];
            if (weights[s] == 0)
                QCOMPARE(result[s], qint64(0));
        }
        if (sum != total)
            QFAIL(qPrintable(
                QStringLiteral("split %1 of %2 lost money: sum %3").arg(i).arg(total).arg(sum)));
    }
}

void TestMoney::refundReversesTheSplitExactly()
{
    const QList<qint64> sale = allocateLargestRemainder(1999, {45, 50, 5});
    const QList<qint64> refund = allocateLargestRemainder(-1999, {45, 50, 5});
    for (int i = 0; i < sale.size(); ++i)
        QCOMPARE(refund[i], -sale[i]);
}

void TestMoney::rejectsBadWeights()
{
    QVERIFY_THROWS_EXCEPTION(Error, allocateLargestRemainder(100, {}));
    QVERIFY_THROWS_EXCEPTION(Error, allocateLargestRemainder(100, {0, 0}));
    QVERIFY_THROWS_EXCEPTION(Error, allocateLargestRemainder(100, {50, -1}));
}

void TestMoney::refusesMixedCurrencies()
{
    const Money euros(500, QStringLiteral("EUR"));
    const Money dollars(500, QStringLiteral("USD"));
    QVERIFY_THROWS_EXCEPTION(Error, euros + dollars);
    QCOMPARE((euros + Money(25, QStringLiteral("EUR"))).minorUnits(), qint64(525));
}

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("euros") << qint64(123456) << "EUR"
                           << "1234.56 EUR";
    QTest::newRow("negative cents") << qint64(-5) << "USD"
                                    << "-0.05 USD";
    QTest::newRow("yen") << qint64(1500) << "JPY"
                         << "1500 JPY";
    QTest::newRow("dinar") << qint64(1234) << "KWD"
                           << "1.234 KWD";
}

void TestMoney::formats()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toString(), text);
}

void TestMoney::formatsForPeople_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("english") << qint64(123456789) << "EUR"
                             << "en_US"
                             << "1,234,567.89 EUR";
    QTest::newRow("german") << qint64(123456789) << "EUR"
                            << "de_DE"
                            << "1.234.567,89 EUR";
    QTest::newRow("negative") << qint64(-100005) << "USD"
                              << "en_US"
                              << "-1,000.05 USD";
    QTest::newRow("yen") << qint64(1500000) << "JPY"
                         << "en_US"
                         << "1,500,000 JPY";
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << "EUR"
                              << "en_US"
                              << "-92,233,720,368,547,758.08 EUR";
}

void TestMoney::formatsForPeople()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toDisplayString(QLocale(locale)), text);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
