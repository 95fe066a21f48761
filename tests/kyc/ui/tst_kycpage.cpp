#include "kyccasemodel.h"
#include "kyccaseview.h"
#include "kyccountsbar.h"
#include "kycpage.h"
#include "kycuifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Steward;
using Kyc::KycCaseModel;
using Kyc::KycPage;

class TestKycPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void countsAndFiltersDriveTheList();
    void keyboardWalksThroughTheQueue();
    void newCaseElsewhereAppearsWithoutLosingTheSelection();

private:
    void waitForList(KycPage &page);

    std::unique_ptr<Test::KycUiFixture> m_fixture;
    QList<qint64> m_cases;
    QList<qint64> m_queue;
};

void TestKycPage::init()
{
    m_fixture = std::make_unique<Test::KycUiFixture>();
    m_cases.clear();
    const char *const types[] = {"identity", "age", "driver", "identity", "host", "business"};
    int i = 0;
    for (const char *type : types) {
        const qint64 user =
            m_fixture->addUser(QStringLiteral("Person%1").arg(i), QStringLiteral("Test"));
        m_cases << m_fixture->submitCase(user, QString::fromLatin1(type))
                       .value(QStringLiteral("id"))
                       .toInteger();
        // Each case is filed an hour after the last, so the queue order is the filing order.
        m_fixture->clock().advance(Test::KycUiFixture::Hour);
        ++i;
    }
    // 50 hours after the first filing: the age case (24 h) and the first identity case (48 h)
    // are overdue. The queue, most urgent first: age, identity, identity, driver, host,
    // business.
    m_fixture->clock().advance(44 * Test::KycUiFixture::Hour);
    m_queue = {m_cases.at(1), m_cases.at(0), m_cases.at(3),
               m_cases.at(2), m_cases.at(4), m_cases.at(5)};
}

void TestKycPage::cleanup()
{
    m_fixture.reset();
}

void TestKycPage::waitForList(KycPage &page)
{
    QTRY_VERIFY(!page.model()->isLoading());
    QTRY_VERIFY(page.model()->rowCount() > 0 || !page.model()->hasMore());
}

void TestKycPage::countsAndFiltersDriveTheList()
{
    KycPage page(m_fixture->mia());
    page.resize(1200, 700);
    page.show();
    waitForList(page);
    Kyc::KycCountsBar *counts = page.countsBar();
    QTRY_COMPARE(counts->tile(QStringLiteral("pending"))->count(), 6);
    QCOMPARE(counts->tile(QStringLiteral("open"))->count(), 6);
    QCOMPARE(counts->tile(QStringLiteral("open"))->overdue(), 2);
    QCOMPARE(counts->overdueTile()->count(), 2);
    QVERIFY(counts->tile(QStringLiteral("open"))->isChecked());
    QTRY_COMPARE(page.model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(page.model()->idAt(row), m_queue.at(row));
    QVERIFY(page.typeFilter()
                ->itemText(page.typeFilter()->findData(QStringLiteral("identity")))
                .contains(QLatin1String("2 open")));

    // The overdue tile narrows the list and ticks the checkbox that says so.
    counts->overdueTile()->click();
    QVERIFY(page.overdueFilter()->isChecked());
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->idAt(0), m_queue.at(0));
    QCOMPARE(page.model()->idAt(1), m_queue.at(1));
    QVERIFY(page.model()->index(0, 0).data(KycCaseModel::OverdueRole).toBool());
    page.overdueFilter()->setChecked(false);
    QVERIFY(!counts->overdueTile()->isChecked());

    // Type and search run in the service.
    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("identity")));
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    page.typeFilter()->setCurrentIndex(0);
    page.searchEdit()->setText(QStringLiteral("person3.test@"));
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("person3.test@"));
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), m_cases.at(3));
    page.searchEdit()->clear();

    // A state tile picks the state in the combo box too; "Mine" shows the claimed cases.
    m_fixture->run(m_fixture->miaPrincipal(), QStringLiteral("kyc.claim"),
                   {{QStringLiteral("id"), m_cases.at(2)}, {QStringLiteral("version"), 1}});
    QTRY_COMPARE(counts->tile(QStringLiteral("in_review"))->count(), 1);
    counts->tile(QStringLiteral("in_review"))->click();
    QCOMPARE(page.stateFilter()->currentData().toString(), QStringLiteral("in_review"));
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.stateFilter()->setCurrentIndex(0);
    page.mineFilter()->setChecked(true);
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->idAt(0), m_cases.at(2));
}

void TestKycPage::keyboardWalksThroughTheQueue()
{
    KycPage page(m_fixture->mia());
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 6);
    // Enter on a row opens the case.
    page.view()->setFocus();
    page.view()->selectRow(0);
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(page.isShowingCase());
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("id")).toInteger(), m_queue.at(0));

    // Ctrl+Shift+N opens the next case of the list, Ctrl+Shift+P the one before.
    QTest::keyClick(page.caseView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("id")).toInteger(), m_queue.at(1));
    QVERIFY(page.caseView()->approveButton()->toolTip().contains(QLatin1String("Ctrl+Shift+A")));
    QTest::keyClick(page.caseView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("id")).toInteger(), m_queue.at(0));
    QTest::keyClick(page.caseView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("id")).toInteger(), m_queue.at(1));

    // Another reviewer rejects the open case: it leaves the queue, and the next case is the
    // one that took its row.
    const Principal max = m_fixture->maxPrincipal();
    m_fixture->run(max, QStringLiteral("kyc.claim"),
                   {{QStringLiteral("id"), m_queue.at(1)}, {QStringLiteral("version"), 1}});
    m_fixture->run(max, QStringLiteral("kyc.reject"),
                   {{QStringLiteral("id"), m_queue.at(1)},
                    {QStringLiteral("version"), 2},
                    {QStringLiteral("template"), QStringLiteral("other_reject")},
                    {QStringLiteral("message"), QStringLiteral("We could not verify you.")}});
    QTRY_COMPARE(page.model()->rowCount(), 5);
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("rejected"));
    QTest::keyClick(page.caseView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(page.caseView()->kycCase().value(QStringLiteral("id")).toInteger(), m_queue.at(2));

    // Back to the list with the open case selected.
    QTest::keyClick(page.caseView(), Qt::Key_Escape);
    QVERIFY(!page.isShowingCase());
    QCOMPARE(page.model()->idAt(page.view()->currentIndex().row()), m_queue.at(2));
}

void TestKycPage::newCaseElsewhereAppearsWithoutLosingTheSelection()
{
    KycPage page(m_fixture->mia());
    page.resize(1200, 700);
    page.show();
    waitForList(page);
    QTRY_COMPARE(page.model()->rowCount(), 6);
    page.view()->selectRow(3);
    const qint64 selected = page.model()->idAt(3);

    // A new case arrives from the platform; it is due last, so it joins at the end.
    const qint64 user = m_fixture->addUser(QStringLiteral("Late"), QStringLiteral("Comer"));
    const qint64 arrived =
        m_fixture->submitCase(user, QStringLiteral("age")).value(QStringLiteral("id")).toInteger();
    QTRY_COMPARE(page.model()->rowCount(), 7);
    QTRY_COMPARE(page.countsBar()->tile(QStringLiteral("pending"))->count(), 7);
    QCOMPARE(page.model()->rowOf(arrived) >= 0, true);
    QCOMPARE(page.model()->idAt(page.view()->currentIndex().row()), selected);
}

QTEST_MAIN(TestKycPage)
#include "tst_kycpage.moc"
