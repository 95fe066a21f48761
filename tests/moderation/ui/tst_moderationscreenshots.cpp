#include "moderationuifixture.h"

#include "appealdetailpane.h"
#include "blurredimageview.h"
#include "bulkdecisiondialog.h"
#include "decisionform.h"
#include "inlinemessage.h"
#include "demoseeder.h"
#include "mainwindow.h"
#include "moderationconsolesettings.h"
#include "moderationpage.h"
#include "moderationpolicypage.h"
#include "moderationsettingssection.h"
#include "moderationui.h"
#include "moduleregistry.h"
#include "peopleui.h"
#include "queuemodel.h"
#include "recordtableview.h"
#include "reportdetailpane.h"
#include "settingsdialog.h"
#include "subjecttimelinedialog.h"
#include "theme.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace Steward;
using Moderation::ModerationPage;
using Moderation::ReportListModel;

namespace {

/** Saves @p widget as moderation-<name>.png in $STEWARD_SCREENSHOT_DIR. */
void screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QTest::qWait(150);
    const QDir folder(qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"));
    QVERIFY(widget->grab().save(folder.filePath(QStringLiteral("moderation-%1.png").arg(name))));
}

} // namespace

/** Not a check: renders the Moderation console with demo data so people can look at it. */
class TestModerationScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshots();
};

void TestModerationScreenshots::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("steward-test"));
    Test::useTestSettings();
}

void TestModerationScreenshots::screenshots()
{
    if (qEnvironmentVariableIsEmpty("STEWARD_SCREENSHOT_DIR"))
        QSKIP("set STEWARD_SCREENSHOT_DIR to save screenshots of the Moderation console");

    Test::ModerationUiFixture fixture;
    Demo::DemoSeeder seeder;
    Demo::DemoSeeder::Options options;
    options.reports = 1500;
    seeder.run(fixture.services().database(), options, {}, nullptr);
    // Ranked as sql/011_moderation.sql ranks existing reports (a no-op once the seeder does).
    fixture.services().database().write([](QSqlDatabase &db) {
        Query(db, QStringLiteral("UPDATE moderation_reports SET queue_rank = CASE queue "
                                 "WHEN 'resolved' THEN COALESCE(resolved_at, updated_at) "
                                 "ELSE priority END WHERE queue_rank = 0"));
    });

    // Photos where the console looks for them: the demo's storage keys under a folder.
    QTemporaryDir media;
    const QStringList keys = fixture.services().database().write([](QSqlDatabase &db) {
        QStringList found;
        Query rows(db, QStringLiteral("SELECT DISTINCT p.storage_key FROM moderation_reports r "
                                      "JOIN photos p ON p.id = r.content_id "
                                      "WHERE r.content_type = 'photo'"));
        while (rows.next())
            found << rows.value(0).toString();
        return found;
    });
    int seed = 0;
    for (const QString &key : keys) {
        const QString path = media.filePath(key);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(Test::ModerationUiFixture::samplePhoto(++seed).save(path, "JPG"));
    }
    Moderation::ModerationConsoleSettings::photoAddress().setValue(
        QUrl::fromLocalFile(media.path() + QLatin1Char('/')).toString());

    // Someone else is busy with two reports; Mia holds one.
    const QJsonArray open = fixture
                                .execute(QStringLiteral("mia"), QStringLiteral("moderation.list"),
                                         {{QStringLiteral("queue"), QStringLiteral("unreviewed")},
                                          {QStringLiteral("limit"), 12}})
                                .data.toObject()
                                .value(QStringLiteral("rows"))
                                .toArray();
    QVERIFY(open.size() >= 12);
    const auto claim = [&](const QString &who, int row) {
        const QJsonObject report = open.at(row).toObject();
        const CommandResult result =
            fixture.execute(who, QStringLiteral("moderation.claim"),
                            {{QStringLiteral("id"), report.value(QStringLiteral("id"))},
                             {QStringLiteral("version"), report.value(QStringLiteral("version"))}});
        QVERIFY2(result.ok(), qPrintable(result.message));
    };
    claim(QStringLiteral("max"), 3);
    claim(QStringLiteral("max"), 7);
    claim(QStringLiteral("mia"), 5);

    Shell::ModuleRegistry registry;
    People::setupPeopleUi(registry);
    Moderation::setupModerationUi(registry);
    Shell::Theme::apply(QStringLiteral("light"));
    auto window = std::make_unique<Shell::MainWindow>(*fixture.session, registry);
    window->resize(1480, 920);
    window->show();
    QVERIFY(window->showPage(QStringLiteral("moderation")));
    auto *page = qobject_cast<ModerationPage *>(window->pageWidget(QStringLiteral("moderation")));
    QVERIFY(page);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTRY_VERIFY(page->reportPane()->isLoaded());
    QTRY_VERIFY(page->hasPolicies());
    screenshot(window.get(), QStringLiteral("queue"));

    // A photo: blurred, then revealed with its key.
    int photoRow = -1;
    for (int row = 0; row < page->model()->rowCount() && photoRow < 0; ++row)
        if (page->model()->recordAt(row).value(QStringLiteral("content_type")).toString() ==
            QLatin1String("photo"))
            photoRow = row;
    QVERIFY(photoRow >= 0);
    page->view()->selectRow(photoRow);
    QTRY_VERIFY(page->reportPane()->photoView()->hasImage());
    QTRY_VERIFY(page->reportPane()->isLoaded());
    screenshot(window.get(), QStringLiteral("photo-blurred"));
    QTest::keyClick(page->view(), Qt::Key_V);
    QVERIFY(page->reportPane()->photoView()->isRevealed());
    screenshot(window.get(), QStringLiteral("photo-revealed"));

    // A suspension being prepared from the keyboard.
    QTest::keyClick(page->view(), Qt::Key_K);
    QTRY_VERIFY(page->reportPane()->isLoaded());
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_S);
    QTest::keyClicks(page->reportPane()->form()->noteEdit(), QStringLiteral("Third report"));
    screenshot(window.get(), QStringLiteral("decision-suspend"));

    // Max decides it first: Mia's decision is refused and the report reloads.
    const QJsonObject current = page->reportPane()->report();
    QVERIFY(fixture
                .execute(QStringLiteral("max"), QStringLiteral("moderation.decide"),
                         {{QStringLiteral("id"), current.value(QStringLiteral("id"))},
                          {QStringLiteral("version"), current.value(QStringLiteral("version"))},
                          {QStringLiteral("action"), QStringLiteral("warn")},
                          {QStringLiteral("reason"), current.value(QStringLiteral("reason"))}})
                .ok());
    page->reportPane()->submit(true);
    QTRY_VERIFY(page->reportPane()->message()->isVisible());
    QTest::qWait(500);
    screenshot(window.get(), QStringLiteral("stale-version"));

    // A report someone else is working on.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->recordAt(row).value(QStringLiteral("claimed_by")).toInteger() ==
            fixture.max) {
            page->view()->selectRow(row);
            break;
        }
    }
    QTRY_VERIFY(page->reportPane()->isLoaded());
    screenshot(window.get(), QStringLiteral("claimed-by-other"));

    // Several reports at once.
    page->view()->selectionModel()->select(
        QItemSelection(page->model()->index(8, 0), page->model()->index(11, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    screenshot(window.get(), QStringLiteral("selection"));
    page->decideSelected(QStringLiteral("remove_content"));
    auto *bulk = page->findChild<Moderation::BulkDecisionDialog *>();
    QVERIFY(bulk);
    auto *reason = bulk->findChild<QComboBox *>(QStringLiteral("reason"));
    QVERIFY(reason);
    reason->setCurrentIndex(reason->findData(QStringLiteral("scam")));
    QTest::qWait(200);
    screenshot(bulk, QStringLiteral("bulk"));
    bulk->accept();
    QTRY_VERIFY(!bulk->results().isEmpty());
    screenshot(bulk, QStringLiteral("bulk-results"));
    bulk->close();

    // Appeals
    page->showQueue(QStringLiteral("appeals"));
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTest::qWait(500);
    screenshot(window.get(), QStringLiteral("appeals"));

    // The subject's timeline
    page->showQueue(QStringLiteral("unreviewed"));
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTRY_VERIFY(page->reportPane()->isLoaded());
    page->trigger(Moderation::TriageBindings::Command::Timeline);
    auto *timeline = window->findChild<Moderation::SubjectTimelineDialog *>();
    QVERIFY(timeline);
    QTRY_VERIFY(timeline->model()->rowCount() > 0);
    screenshot(timeline, QStringLiteral("timeline"));
    timeline->close();

    // Keys: the legend and the settings tab refusing a taken key.
    page->trigger(Moderation::TriageBindings::Command::ShowKeys);
    auto *legend = page->findChild<QDialog *>(QStringLiteral("keyLegend"));
    QVERIFY(legend);
    screenshot(legend, QStringLiteral("keys"));
    legend->close();
    Shell::SettingsDialog *settings = window->openSettings();
    auto *section = settings->findChild<Moderation::ModerationSettingsSection *>();
    QVERIFY(section);
    settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentWidget(section);
    QTRY_VERIFY(section->hasLoadedPreferences());
    section->setKey(Moderation::TriageBindings::Command::Warn, QKeySequence(Qt::Key_J));
    settings->resize(640, 720);
    screenshot(settings, QStringLiteral("settings"));
    settings->reject();

    // Dark
    Shell::Theme::apply(QStringLiteral("dark"));
    page->view()->selectRow(1);
    QTRY_VERIFY(page->reportPane()->isLoaded());
    screenshot(window.get(), QStringLiteral("dark"));
    Shell::Theme::apply(QStringLiteral("light"));

    // The administrators' policy page
    auto rootSession = std::make_unique<Shell::ConsoleSession>(
        fixture.services(), fixture.principal(QStringLiteral("root")));
    auto adminWindow = std::make_unique<Shell::MainWindow>(*rootSession, registry);
    adminWindow->resize(1280, 800);
    adminWindow->show();
    QVERIFY(adminWindow->showPage(QStringLiteral("moderation-policy")));
    auto *policy = qobject_cast<Moderation::ModerationPolicyPage *>(
        adminWindow->pageWidget(QStringLiteral("moderation-policy")));
    QVERIFY(policy);
    QTest::qWait(500);
    screenshot(adminWindow.get(), QStringLiteral("policy-reasons"));
    policy->findChild<QTabWidget *>()->setCurrentIndex(1);
    QTest::qWait(300);
    screenshot(adminWindow.get(), QStringLiteral("strike-ladder"));
    adminWindow.reset();
    rootSession.reset();
    window.reset();
}

QTEST_MAIN(TestModerationScreenshots)
#include "tst_moderationscreenshots.moc"
