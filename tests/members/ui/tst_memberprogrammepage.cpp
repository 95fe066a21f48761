#include "memberprogrammepage.h"
#include "membermodels.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "query.h"
#include "recordtableview.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Steward;
using namespace Steward::Members;

namespace {

/** How long a page may take to show a command's answer on a busy machine. */
constexpr int kPatience = 20'000;
const QString kPassword = QStringLiteral("a long test password");
constexpr int kMembers = 300;
const QStringList kFirst = {QStringLiteral("Ana"),  QStringLiteral("Ben"),  QStringLiteral("Chloe"),
                            QStringLiteral("Dev"),  QStringLiteral("Eva"),  QStringLiteral("Femi"),
                            QStringLiteral("Gita"), QStringLiteral("Hugo"), QStringLiteral("Ines"),
                            QStringLiteral("Jon")};
const QStringList kLast = {QStringLiteral("Moreau"),    QStringLiteral("Okafor"),
                           QStringLiteral("Lindqvist"), QStringLiteral("Tanaka"),
                           QStringLiteral("García"),    QStringLiteral("Novak"),
                           QStringLiteral("Schmidt")};
} // namespace

/** The Member programme page on a few hundred members: the queue in order, the draws, a draw's
 *  detail with its verification, and the refusal a drafter sees on their own draw. Set
 *  STEWARD_SCREENSHOT_DIR to keep PNGs of what it shows. */
class TestMemberProgrammePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queueListsMembersInQueueOrder();
    void drafterSeesWhyTheyMayNotDecide();
    void checkerMayApprove();

private:
    void grab(QWidget &widget, const QString &name);
    Principal add(const QString &name);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    Principal m_fiona, m_felix;
    qint64 m_drafted = 0;
};

Principal TestMemberProgrammePage::add(const QString &name)
{
    return Principal::forOperator(
        Test::addOperator(*m_services, name, QStringLiteral("finance"), kPassword), name,
        Role::Finance);
}

void TestMemberProgrammePage::grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(QStringLiteral("%1/members-%2.png").arg(dir, name)));
}

void TestMemberProgrammePage::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    m_fiona = add(QStringLiteral("fiona"));
    m_felix = add(QStringLiteral("felix"));
    const qint64 now = m_services->clock().now();
    m_services->database().write([now](QSqlDatabase &db) {
        static const QStringList standings = {QStringLiteral("good"), QStringLiteral("late"),
                                              QStringLiteral("suspended"), QStringLiteral("left")};
        for (int i = 1; i <= kMembers; ++i) {
            const QString first = kFirst.at(i % kFirst.size());
            const QString last = kLast.at((i * 3) % kLast.size());
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, created_at, updated_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, 'US', 'Austin', 0, 0)"),
                  {i, QStringLiteral("member%1@example.com").arg(i), first, last,
                   QStringLiteral("%1 %2").arg(first, last).toLower(), last.toLower()});
            const int rank = i % 11 == 0 ? 1 : i % 17 == 0 ? 2 : i % 23 == 0 ? 3 : 0;
            const int tenure = (i * 7) % 37;
            Query(db,
                  QStringLiteral("INSERT INTO members (user_id, joined_at, standing, "
                                 "standing_rank, monthly_fee_minor, currency, months_paid, "
                                 "missed_payments, tenure_months, kyc_verified, updated_at) "
                                 "VALUES (?, ?, ?, ?, 4900, 'USD', ?, ?, ?, ?, 0)"),
                  {i, now - qint64(tenure + i % 5) * 31 * 86400000LL, standings.at(rank), rank,
                   tenure + i % 5, i % 5, tenure, i % 13 != 0});
        }
    });
    const auto draft = [this](const QString &period, const QString &seed, int winners) {
        return m_services->bus()
            .execute(m_fiona, QStringLiteral("members.draft_draw"),
                     {{QStringLiteral("period"), period},
                      {QStringLiteral("pool_minor"), 250000},
                      {QStringLiteral("currency"), QStringLiteral("USD")},
                      {QStringLiteral("winners"), winners},
                      {QStringLiteral("seed"), seed}})
            .data.toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const qint64 approved = draft(QStringLiteral("2025-04"), QStringLiteral("april-2025"), 5);
    QVERIFY(m_services->bus()
                .execute(m_felix, QStringLiteral("members.approve_draw"),
                         {{QStringLiteral("id"), approved}, {QStringLiteral("version"), 1}})
                .ok());
    const qint64 rejected = draft(QStringLiteral("2025-05"), QStringLiteral("may-2025"), 4);
    QVERIFY(m_services->bus()
                .execute(m_felix, QStringLiteral("members.reject_draw"),
                         {{QStringLiteral("id"), rejected},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("reason"), QStringLiteral("pool should be 3,000")}})
                .ok());
    m_drafted = draft(QStringLiteral("2025-06"), QStringLiteral("june-2025"), 5);
    QVERIFY(m_drafted > 0);
}

void TestMemberProgrammePage::queueListsMembersInQueueOrder()
{
    Shell::ConsoleSession session(*m_services, m_fiona);
    MemberProgrammePage page(session);
    page.resize(1280, 800);
    page.show();
    Shell::RecordTableView *view = nullptr;
    for (Shell::RecordTableView *table : page.findChildren<Shell::RecordTableView *>())
        if (table->accessibleName() == MemberProgrammePage::tr("Member queue"))
            view = table;
    QVERIFY(view);
    auto *model = qobject_cast<MemberQueueModel *>(view->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= PagedListModel::WindowSize, kPatience);
    for (int row = 0; row < 50; ++row)
        QCOMPARE(model->rowAt(row).value(QStringLiteral("queue_position")).toInt(), row + 1);
    grab(page, QStringLiteral("queue"));
}

void TestMemberProgrammePage::drafterSeesWhyTheyMayNotDecide()
{
    Shell::ConsoleSession session(*m_services, m_fiona);
    MemberProgrammePage page(session);
    page.resize(1280, 800);
    page.show();
    page.showDraw(m_drafted);
    QPushButton *approveButton = nullptr;
    for (QPushButton *button : page.findChildren<QPushButton *>())
        if (button->text() == MemberProgrammePage::tr("&Approve…"))
            approveButton = button;
    QVERIFY(approveButton);
    QTRY_VERIFY_WITH_TIMEOUT(approveButton->isVisible(), kPatience);
    QVERIFY(!approveButton->isEnabled());
    bool refusalShown = false;
    bool verified = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            refusalShown = verified = false;
            for (Shell::InlineMessage *message : page.findChildren<Shell::InlineMessage *>()) {
                refusalShown |= message->text().contains(QStringLiteral("a different operator"));
                verified |= message->text().contains(QStringLiteral("Verified"));
            }
            return refusalShown && verified;
        }(),
        kPatience);
    grab(page, QStringLiteral("draw-drafter"));
}

void TestMemberProgrammePage::checkerMayApprove()
{
    Shell::ConsoleSession session(*m_services, m_felix);
    MemberProgrammePage page(session);
    page.resize(1280, 800);
    page.show();
    page.showDraw(m_drafted);
    QPushButton *approveButton = nullptr;
    for (QPushButton *button : page.findChildren<QPushButton *>())
        if (button->text() == MemberProgrammePage::tr("&Approve…"))
            approveButton = button;
    QVERIFY(approveButton);
    QTRY_VERIFY_WITH_TIMEOUT(approveButton->isVisible() && approveButton->isEnabled(), kPatience);
    grab(page, QStringLiteral("draw-checker"));
    // The approved draw shows who approved it.
    page.showDraw(1);
    QTRY_VERIFY_WITH_TIMEOUT(!approveButton->isVisible(), kPatience);
    grab(page, QStringLiteral("draw-approved"));
}

QTEST_MAIN(TestMemberProgrammePage)
#include "tst_memberprogrammepage.moc"
