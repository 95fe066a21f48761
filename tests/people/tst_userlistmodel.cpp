#include "userlistmodel.h"

#include "consolesession.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Steward;
using People::UserListModel;

namespace {

constexpr int kUsers = 450;

struct User
{
    qint64 id = 0;
    QString nameKey;
    QString status;
};

/** The status the fixture gives the i-th inserted user. */
QString statusOf(int i)
{
    if (i % 9 == 0)
        return QStringLiteral("suspended");
    if (i % 13 == 0)
        return QStringLiteral("banned");
    return QStringLiteral("active");
}

} // namespace

class TestUserListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstWindowShowsFirstUsersByName();
    void fetchMoreBringsTheNextWindow();
    void statusFilterNarrowsRows_data();
    void statusFilterNarrowsRows();
    void suspendingThroughTheBusUpdatesThePerson();
    void suspendedPersonLeavesTheActiveList();
    void searchShowsMatchesInsteadOfTheList();
    void onlyTheLatestFilterIsShown();

private:
    /** Ids in the order the People page must list them: by name, then id. */
    QList<qint64> expectedIds(const QString &status = {}) const;
    QList<qint64> modelIds(const UserListModel &model) const;
    void fetchAll(UserListModel &model);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ServiceLayer> m_services;
    std::unique_ptr<Shell::ConsoleSession> m_session;
    QList<User> m_users;
};

void TestUserListModel::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_services = Test::openMigrated(m_db->url());
    setupServices(*m_services);
    const qint64 support =
        Test::addOperator(*m_services, QStringLiteral("sam"), QStringLiteral("support"),
                          QStringLiteral("a long test password"));
    m_session = std::make_unique<Shell::ConsoleSession>(
        *m_services, Principal::forOperator(support, QStringLiteral("sam"), Role::Support));

    // Ids are scattered over the name order so that paging by id would show the wrong people.
    static const char *firstNames[] = {"Ada", "Bea", "Cyd", "Dee", "Eli",
                                       "Fay", "Gus", "Hal", "Ivy", "Jo"};
    m_users.clear();
    for (int i = 0; i < kUsers; ++i) {
        User user;
        user.id = (qint64(i) * 7919) % kUsers + 1;
        const QString first = QString::fromLatin1(firstNames[i % 10]);
        const QString last = QStringLiteral("Stone%1").arg(i / 10, 2, 10, QLatin1Char('0'));
        user.nameKey = (first + QLatin1Char(' ') + last).toLower();
        user.status = statusOf(i);
        m_users << user;
    }
    // Two people with the same name: the id breaks the tie.
    m_users[10].nameKey = m_users[0].nameKey;
    const QList<User> users = m_users;
    m_services->database().write([&users](QSqlDatabase &db) {
        for (const User &user : users) {
            const QStringList name = user.nameKey.split(QLatin1Char(' '));
            Query(db,
                  QStringLiteral("INSERT INTO users (id, email, first_name, last_name, name_key, "
                                 "last_name_key, country, city, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'PT', 'Lisbon', ?, 1700000000000, "
                                 "1700000000000)"),
                  {user.id, QStringLiteral("user%1@example.com").arg(user.id),
                   name.at(0).left(1).toUpper() + name.at(0).mid(1),
                   name.at(1).left(1).toUpper() + name.at(1).mid(1), user.nameKey, name.at(1),
                   user.status});
        }
    });
}

void TestUserListModel::cleanup()
{
    m_session.reset();
    m_services.reset();
    m_db.reset();
}

QList<qint64> TestUserListModel::expectedIds(const QString &status) const
{
    QList<User> users;
    std::copy_if(m_users.cbegin(), m_users.cend(), std::back_inserter(users),
                 [&](const User &user) { return status.isEmpty() || user.status == status; });
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) {
        return std::tie(a.nameKey, a.id) < std::tie(b.nameKey, b.id);
    });
    QList<qint64> ids;
    for (const User &user : users)
        ids << user.id;
    return ids;
}

QList<qint64> TestUserListModel::modelIds(const UserListModel &model) const
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(UserListModel::IdRole).toLongLong();
    return ids;
}

void TestUserListModel::fetchAll(UserListModel &model)
{
    for (int guard = 0; guard < 10; ++guard) {
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the model kept asking for more rows");
}

void TestUserListModel::firstWindowShowsFirstUsersByName()
{
    UserListModel model(*m_session);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));

    // A view that never scrolls asks once and gets one window, not the table.
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), UserListModel::WindowSize);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), UserListModel::WindowSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(modelIds(model), expectedIds().mid(0, UserListModel::WindowSize));

    QCOMPARE(model.index(0, UserListModel::NameColumn).data().toString(),
             QStringLiteral("Ada Stone00"));
    QCOMPARE(model.index(0, UserListModel::EmailColumn).data().toString(),
             QStringLiteral("user%1@example.com").arg(expectedIds().first()));
    QCOMPARE(model.index(0, UserListModel::StatusColumn).data().toString(),
             QStringLiteral("Suspended"));
    QCOMPARE(model.index(0, UserListModel::CityColumn).data().toString(), QStringLiteral("Lisbon"));
    // Stored as UTC milliseconds, shown as a date in the operator's zone (TZ=UTC in tests).
    QCOMPARE(model.index(0, UserListModel::CreatedColumn).data().toString(),
             QLocale().toString(QDate(2023, 11, 14), QLocale::ShortFormat));

    // The tester behaves like a view scrolled to the end: it keeps asking for more.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kUsers);
    QCOMPARE(modelIds(model), expectedIds());
}

void TestUserListModel::fetchMoreBringsTheNextWindow()
{
    UserListModel model(*m_session);
    QSignalSpy inserted(&model, &UserListModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTRY_COMPARE(model.rowCount(), kUsers);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    // Each window continues where the last ended: no gaps, no repeats.
    QCOMPARE(inserted.size(), 3);
    const QList<std::pair<int, int>> windows = {{0, 199}, {200, 399}, {400, 449}};
    for (int i = 0; i < windows.size(); ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), windows.at(i).first);
        QCOMPARE(inserted.at(i).at(2).toInt(), windows.at(i).second);
    }
    QCOMPARE(modelIds(model), expectedIds());
}

void TestUserListModel::statusFilterNarrowsRows_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("suspended") << QStringLiteral("suspended");
    QTest::newRow("banned") << QStringLiteral("banned");
    QTest::newRow("active") << QStringLiteral("active");
}

void TestUserListModel::statusFilterNarrowsRows()
{
    QFETCH(QString, status);
    UserListModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kUsers);

    model.setStatusFilter(status);
    fetchAll(model);
    const QList<qint64> expected = expectedIds(status);
    QVERIFY(expected.size() < kUsers);
    QCOMPARE(modelIds(model), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(UserListModel::StatusRole).toString(), status);

    model.setStatusFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), kUsers);
}

void TestUserListModel::suspendingThroughTheBusUpdatesThePerson()
{
    UserListModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kUsers);
    QTRY_VERIFY(!model.isLoading());

    int row = 0;
    while (model.index(row, 0).data(UserListModel::StatusRole).toString() !=
           QLatin1String("active"))
        ++row;
    const QModelIndex status = model.index(row, UserListModel::StatusColumn);
    const qint64 id = status.data(UserListModel::IdRole).toLongLong();
    const qint64 version = status.data(UserListModel::VersionRole).toLongLong();
    QCOMPARE(status.data().toString(), QStringLiteral("Active"));
    QSignalSpy changed(&model, &UserListModel::dataChanged);

    bool isDone = false;
    m_session->call(QStringLiteral("people.suspend"),
                    {{QStringLiteral("id"), id},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("reason"), QStringLiteral("chargeback fraud")},
                     {QStringLiteral("days"), 7}},
                    this, [&isDone](const CommandResult &result) {
                        QVERIFY2(result.ok(), qPrintable(result.message));
                        isDone = true;
                    });
    QTRY_VERIFY(isDone);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("Suspended"));
    // The person keeps their place; nothing else moved.
    QCOMPARE(status.data(UserListModel::IdRole).toLongLong(), id);
    QCOMPARE(status.data(UserListModel::VersionRole).toLongLong(), version + 1);
    QCOMPARE(modelIds(model), expectedIds());
    QVERIFY(!changed.isEmpty());
}

void TestUserListModel::suspendedPersonLeavesTheActiveList()
{
    UserListModel model(*m_session);
    model.setStatusFilter(QStringLiteral("active"));
    QTRY_COMPARE(model.rowCount(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> active = expectedIds(QStringLiteral("active"));
    QTRY_COMPARE(model.rowCount(), active.size());
    QTRY_VERIFY(!model.isLoading());
    const qint64 id = model.idAt(5);
    const qint64 version = model.index(5, 0).data(UserListModel::VersionRole).toLongLong();
    QSignalSpy removed(&model, &UserListModel::rowsRemoved);

    // Another console's change arrives the same way: a committed people command.
    const CommandResult result =
        m_services->bus().execute(m_session->principal(), QStringLiteral("people.suspend"),
                                  {{QStringLiteral("id"), id},
                                   {QStringLiteral("version"), version},
                                   {QStringLiteral("reason"), QStringLiteral("spam")}});
    QVERIFY2(result.ok(), qPrintable(result.message));

    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QTRY_VERIFY(!model.isLoading());
    QList<qint64> remaining = active;
    remaining.removeOne(id);
    QCOMPARE(modelIds(model), remaining);
}

void TestUserListModel::searchShowsMatchesInsteadOfTheList()
{
    UserListModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kUsers);

    model.setSearchText(QStringLiteral("  Bea   Stone0"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, UserListModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Bea Stone0")));
    QVERIFY(!model.canFetchMore({}));

    model.setStatusFilter(QStringLiteral("suspended"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(UserListModel::StatusRole).toString(),
             QStringLiteral("suspended"));

    model.setStatusFilter({});
    model.setSearchText({});
    QTRY_COMPARE(model.rowCount(), kUsers);
    QCOMPARE(modelIds(model), expectedIds());
}

void TestUserListModel::onlyTheLatestFilterIsShown()
{
    UserListModel model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Both requests are in flight at once; the first answer must not land.
    model.setStatusFilter(QStringLiteral("suspended"));
    model.setStatusFilter(QStringLiteral("banned"));
    QTRY_VERIFY(model.rowCount() > 0);
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(100);
    QCOMPARE(modelIds(model), expectedIds(QStringLiteral("banned")));
}

QTEST_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
