#include "moderationuifixture.h"

#include "appealdetailpane.h"
#include "assigndialog.h"
#include "blurredimageview.h"
#include "bulkdecisiondialog.h"
#include "decisionform.h"
#include "inlinemessage.h"
#include "moderationconsolesettings.h"
#include "moderationpage.h"
#include "queuemodel.h"
#include "recordtableview.h"
#include "reportdetailpane.h"
#include "reportlistmodel.h"
#include "subjecttimelinedialog.h"
#include "timelinemodel.h"
#include "triagebindings.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Steward;
using Moderation::ModerationPage;
using Moderation::ReportListModel;
using Moderation::TriageBindings;

namespace {

constexpr int kReports = 40;

} // namespace

class TestModerationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardDecisionSubmitsAndAdvances();
    void nextAndPreviousKeysMoveThroughTheList();
    void suspensionTakesItsLengthFromTheKeyboard();
    void banKeyIsRefusedToModerators();
    void staleVersionIsShownInlineAndTheReportReloads();
    void someoneElsesLeaseBlocksDecisions();
    void photoBlurFollowsThePreference();
    void bulkDecisionDecidesEachSelectedReport();
    void originalModeratorCannotDecideTheAppeal();
    void liveChangesKeepSelectionAndScrollPosition();
    void reboundKeyTakesEffectOnThePage();
    void timelineKeyOpensTheSubjectsTimeline();
    void assignHandsTheReportToAnotherModerator();

private:
    ModerationPage *openPage();
    QJsonObject details(qint64 id);
    QString status(qint64 id);
    qint64 currentId(ModerationPage *page) const;

    std::unique_ptr<Test::ModerationUiFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_media;
    std::unique_ptr<ModerationPage> m_page;
    QList<qint64> m_people;
    qint64 m_photoReport = 0;
};

void TestModerationPage::initTestCase()
{
    Test::useTestSettings();
}

void TestModerationPage::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<Test::ModerationUiFixture>();
    m_people = m_fixture->addPeople(12);
    static const char *const severities[] = {"critical", "high", "medium", "low"};
    for (int i = 0; i < kReports; ++i)
        m_fixture->report({{QStringLiteral("subject_user_id"), m_people.at(i % 10)},
                           {QStringLiteral("content_type"), QStringLiteral("message")},
                           {QStringLiteral("content_id"), 500 + i},
                           {QStringLiteral("excerpt"), QStringLiteral("Message number %1").arg(i)},
                           {QStringLiteral("source"), QStringLiteral("user_report")},
                           {QStringLiteral("reason"), QStringLiteral("harassment")},
                           {QStringLiteral("severity"), QLatin1String(severities[i / 10])},
                           {QStringLiteral("reporter_user_id"), m_people.at(11)}});

    // A reported photo, stored where the console's photo address points.
    m_media = std::make_unique<QTemporaryDir>();
    const QString key = QStringLiteral("photos/%1/portrait.jpg").arg(m_people.at(10));
    QDir().mkpath(m_media->filePath(QStringLiteral("photos/%1").arg(m_people.at(10))));
    QVERIFY(Test::ModerationUiFixture::samplePhoto(3).save(m_media->filePath(key), "JPG"));
    Moderation::ModerationConsoleSettings::photoAddress().setValue(
        QUrl::fromLocalFile(m_media->path() + QLatin1Char('/')).toString());
    const qint64 photo = m_fixture->addPhoto(m_people.at(10), key);
    m_photoReport =
        m_fixture
            ->report({{QStringLiteral("subject_user_id"), m_people.at(10)},
                      {QStringLiteral("content_type"), QStringLiteral("photo")},
                      {QStringLiteral("content_id"), photo},
                      {QStringLiteral("source"), QStringLiteral("automated")},
                      {QStringLiteral("ai_score"), 930},
                      {QStringLiteral("ai_source"), QStringLiteral("photo-authenticity v3")},
                      {QStringLiteral("reason"), QStringLiteral("ai_generated")},
                      {QStringLiteral("severity"), QStringLiteral("low")}})
            .value(QStringLiteral("id"))
            .toInteger();
}

void TestModerationPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
    m_media.reset();
}

ModerationPage *TestModerationPage::openPage()
{
    m_page = std::make_unique<ModerationPage>(*m_fixture->session);
    m_page->resize(1400, 900);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    if (!QTest::qWaitForWindowActive(m_page.get()))
        qWarning("the page's window did not become active");
    const auto isReady = [this] {
        return m_page->model()->rowCount() > 0 && m_page->reportPane()->isLoaded() &&
               m_page->hasPolicies() && m_page->hasPreferences();
    };
    if (!QTest::qWaitFor(isReady, 10000))
        qWarning("the page did not load");
    m_page->view()->setFocus();
    return m_page.get();
}

QJsonObject TestModerationPage::details(qint64 id)
{
    const CommandResult result = m_fixture->execute(
        QStringLiteral("mia"), QStringLiteral("moderation.get"), {{QStringLiteral("id"), id}});
    return result.data.toObject();
}

QString TestModerationPage::status(qint64 id)
{
    return details(id)
        .value(QStringLiteral("report"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

qint64 TestModerationPage::currentId(ModerationPage *page) const
{
    return page->view()->currentIndex().data(ReportListModel::IdRole).toLongLong();
}

void TestModerationPage::keyboardDecisionSubmitsAndAdvances()
{
    ModerationPage *page = openPage();
    const qint64 first = page->model()->idAt(0);
    const qint64 second = page->model()->idAt(1);
    QCOMPARE(currentId(page), first);
    QCOMPARE(page->reportPane()->reportId(), first);

    // The decision key picks the decision; it decides nothing on its own.
    QTest::keyClick(page->view(), Qt::Key_D);
    QCOMPARE(page->reportPane()->form()->action(), QStringLiteral("dismiss"));
    QCOMPARE(page->reportPane()->form()->reason(), QStringLiteral("harassment"));
    QTest::qWait(300);
    QCOMPARE(status(first), QStringLiteral("unreviewed"));

    QTest::keyClick(page->view(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(status(first), QStringLiteral("dismissed"));
    QTRY_COMPARE(page->reportPane()->reportId(), second);
    QCOMPARE(currentId(page), second);
    // The next report starts with a fresh form; the message names the one just decided.
    QCOMPARE(page->reportPane()->form()->action(), QString());
    QVERIFY2(page->reportPane()->message()->text().contains(QStringLiteral("#%1").arg(first)),
             qPrintable(page->reportPane()->message()->text()));
    QTRY_COMPARE(page->model()->rowOf(first), -1);
    QCOMPARE(currentId(page), second);

    const QJsonArray decisions = details(first).value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().toObject().value(QStringLiteral("operator_id")).toInteger(),
             m_fixture->mia);
    QCOMPARE(decisions.first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("dismiss"));
    QTRY_COMPARE(page->queueModel()->count(QStringLiteral("unreviewed")), qint64(kReports));
}

void TestModerationPage::nextAndPreviousKeysMoveThroughTheList()
{
    ModerationPage *page = openPage();
    const ReportListModel *model = page->model();
    QTest::keyClick(page->view(), Qt::Key_J);
    QTest::keyClick(page->view(), Qt::Key_J);
    QCOMPARE(currentId(page), model->idAt(2));
    QTRY_COMPARE(page->reportPane()->reportId(), model->idAt(2));
    QTest::keyClick(page->view(), Qt::Key_K);
    QCOMPARE(currentId(page), model->idAt(1));
    QTest::keyClick(page->view(), Qt::Key_Down);
    QCOMPARE(currentId(page), model->idAt(2));
    // From the note field too: the keys follow the page, not the list.
    page->reportPane()->form()->noteEdit()->setFocus();
    QTest::keyClick(page->reportPane()->form()->noteEdit(), Qt::Key_J);
    QCOMPARE(page->reportPane()->form()->note(), QStringLiteral("j"));
    QCOMPARE(currentId(page), model->idAt(2));
}

void TestModerationPage::suspensionTakesItsLengthFromTheKeyboard()
{
    ModerationPage *page = openPage();
    const qint64 first = page->model()->idAt(0);
    QTest::keyClick(page->view(), Qt::Key_S);
    auto *days = page->reportPane()->findChild<QSpinBox *>(QStringLiteral("days"));
    QVERIFY(days);
    QVERIFY(days->hasFocus());
    QCOMPARE(days->minimum(), 1);
    QTest::keyClicks(days, QStringLiteral("3"));
    QCOMPARE(days->value(), 3);
    QTest::keyClick(days, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(status(first), QStringLiteral("resolved"));
    const QJsonObject answer = details(first);
    const QJsonObject decision =
        answer.value(QStringLiteral("decisions")).toArray().first().toObject();
    QCOMPARE(decision.value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
    QCOMPARE(decision.value(QStringLiteral("days")).toInteger(), 3);
    QCOMPARE(answer.value(QStringLiteral("subject")).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("suspended")));
}

void TestModerationPage::banKeyIsRefusedToModerators()
{
    ModerationPage *page = openPage();
    const qint64 first = page->model()->idAt(0);
    QVERIFY(!page->reportPane()->form()->actionButton(QStringLiteral("ban"))->isVisible());
    QTest::keyClick(page->view(), Qt::Key_B);
    QCOMPARE(page->reportPane()->form()->action(), QString());
    QVERIFY(page->reportPane()->message()->isError());
    QVERIFY(page->reportPane()->message()->text().contains(QLatin1String("administrators")));
    QTest::keyClick(page->view(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    QCOMPARE(status(first), QStringLiteral("unreviewed"));
}

void TestModerationPage::staleVersionIsShownInlineAndTheReportReloads()
{
    ModerationPage *page = openPage();
    const QJsonObject shown = page->reportPane()->report();
    const qint64 id = shown.value(QStringLiteral("id")).toInteger();
    QTest::keyClick(page->view(), Qt::Key_W);

    // Max decides first, from another console.
    const CommandResult theirs =
        m_fixture->execute(QStringLiteral("max"), QStringLiteral("moderation.decide"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("version"), shown.value(QStringLiteral("version"))},
                            {QStringLiteral("action"), QStringLiteral("dismiss")}});
    QVERIFY2(theirs.ok(), qPrintable(theirs.message));
    QTest::keyClick(page->view(), Qt::Key_Return, Qt::ControlModifier);

    Shell::InlineMessage *message = page->reportPane()->message();
    QTRY_VERIFY(message->isError());
    QVERIFY2(message->text().contains(QLatin1String("max")), qPrintable(message->text()));
    // The report reloads and shows Max's decision; it stays on screen though it left the
    // queue, with the message.
    QTRY_COMPARE(page->reportPane()->report().value(QStringLiteral("status")).toString(),
                 QStringLiteral("dismissed"));
    QTRY_COMPARE(page->model()->rowOf(id), -1);
    QCOMPARE(page->reportPane()->reportId(), id);
    QVERIFY(message->isError());
    auto *decisions = page->reportPane()->findChild<QTreeWidget *>(QStringLiteral("decisions"));
    QTRY_COMPARE(decisions->topLevelItemCount(), 1);
    QCOMPARE(decisions->topLevelItem(0)->text(1), QStringLiteral("Max Keller"));
    const QJsonArray recorded = details(id).value(QStringLiteral("decisions")).toArray();
    QCOMPARE(recorded.size(), 1);
    // J goes on with the report that followed.
    const qint64 next = page->model()->idAt(0);
    QTest::keyClick(page->view(), Qt::Key_J);
    QTRY_COMPARE(page->reportPane()->reportId(), next);
}

void TestModerationPage::someoneElsesLeaseBlocksDecisions()
{
    ModerationPage *page = openPage();
    const QJsonObject shown = page->reportPane()->report();
    const qint64 id = shown.value(QStringLiteral("id")).toInteger();
    const CommandResult claimed =
        m_fixture->execute(QStringLiteral("max"), QStringLiteral("moderation.claim"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("version"), shown.value(QStringLiteral("version"))}});
    QVERIFY2(claimed.ok(), qPrintable(claimed.message));

    auto *claim = page->reportPane()->findChild<QLabel *>(QStringLiteral("claim"));
    QTRY_VERIFY2(claim->text().startsWith(QLatin1String("Max Keller has it until")),
                 qPrintable(claim->text()));
    QVERIFY(!page->reportPane()->canDecide());
    QVERIFY(!page->reportPane()
                 ->findChild<QPushButton *>(QStringLiteral("submitNextButton"))
                 ->isEnabled());
    QVERIFY(
        !page->reportPane()->findChild<QPushButton *>(QStringLiteral("claimButton"))->isEnabled());
    QTest::keyClick(page->view(), Qt::Key_D);
    QTest::keyClick(page->view(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    QCOMPARE(status(id), QStringLiteral("unreviewed"));
    QCOMPARE(currentId(page), id);

    // Once Max releases it, Mia can claim it with her key.
    const CommandResult released = m_fixture->execute(
        QStringLiteral("max"), QStringLiteral("moderation.release"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("version"), claimed.data.toObject().value(QStringLiteral("version"))}});
    QVERIFY2(released.ok(), qPrintable(released.message));
    QTRY_VERIFY(page->reportPane()->canDecide());
    QTest::keyClick(page->view(), Qt::Key_C);
    QTRY_VERIFY(claim->text().startsWith(QLatin1String("Yours until")));
    QCOMPARE(details(id)
                 .value(QStringLiteral("report"))
                 .toObject()
                 .value(QStringLiteral("claimed_by"))
                 .toInteger(),
             m_fixture->mia);
    QTRY_COMPARE(page->queueModel()->count(QStringLiteral("mine")), qint64(1));
}

void TestModerationPage::photoBlurFollowsThePreference()
{
    ModerationPage *page = openPage();
    QVERIFY(page->blursPhotos());
    const int photoRow = page->model()->rowOf(m_photoReport);
    QVERIFY(photoRow > 0);
    page->view()->selectRow(photoRow);
    Moderation::BlurredImageView *photo = page->reportPane()->photoView();
    QTRY_VERIFY(photo->hasImage());
    QVERIFY(!photo->isRevealed());
    QVERIFY(photo->image().size() == QSize(480, 600));

    // The reveal key shows it; the next time the report is opened it is hidden again.
    QTest::keyClick(page->view(), Qt::Key_V);
    QVERIFY(photo->isRevealed());
    QTest::keyClick(page->view(), Qt::Key_K);
    QTRY_VERIFY(!photo->isVisible());
    QTest::keyClick(page->view(), Qt::Key_J);
    QTRY_VERIFY(photo->hasImage());
    QVERIFY(!photo->isRevealed());
    // A click reveals too.
    QTest::mouseClick(photo, Qt::LeftButton);
    QVERIFY(photo->isRevealed());
    QTest::mouseClick(photo, Qt::LeftButton);
    QVERIFY(!photo->isRevealed());

    // The operator turns blurring off (from any console): photos show at once.
    const CommandResult saved =
        m_fixture->execute(QStringLiteral("mia"), QStringLiteral("moderation.preferences_save"),
                           {{QStringLiteral("blur_images"), false}});
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QTRY_VERIFY(!page->blursPhotos());
    QVERIFY(photo->isRevealed());
    QTest::keyClick(page->view(), Qt::Key_K);
    QTest::keyClick(page->view(), Qt::Key_J);
    QTRY_VERIFY(photo->hasImage());
    QVERIFY(photo->isRevealed());

    // Another operator's preference is theirs alone.
    const CommandResult preferences =
        m_fixture->execute(QStringLiteral("max"), QStringLiteral("moderation.preferences"), {});
    QVERIFY(preferences.data.toObject().value(QStringLiteral("blur_images")).toBool());
}

void TestModerationPage::bulkDecisionDecidesEachSelectedReport()
{
    ModerationPage *page = openPage();
    QList<qint64> chosen;
    for (int row = 2; row < 6; ++row)
        chosen << page->model()->idAt(row);
    // One of them changes before the operator confirms: it is refused alone.
    const QJsonObject changed = page->model()->recordAt(3);
    QVERIFY(m_fixture
                ->execute(QStringLiteral("max"), QStringLiteral("moderation.claim"),
                          {{QStringLiteral("id"), changed.value(QStringLiteral("id"))},
                           {QStringLiteral("version"), changed.value(QStringLiteral("version"))}})
                .ok());
    page->view()->selectionModel()->select(
        QItemSelection(page->model()->index(2, 0), page->model()->index(5, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page->selectedRows().size(), 4);

    // A decision key opens one confirmation for all of them.
    QTest::keyClick(page->view(), Qt::Key_R);
    auto *dialog = page->findChild<Moderation::BulkDecisionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->form()->action(), QStringLiteral("remove_content"));
    QCOMPARE(dialog->form()->reason(), QStringLiteral("harassment"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkApply"));
    QVERIFY(apply->isEnabled());
    QCOMPARE(apply->text(), QStringLiteral("Remove content: 4 report(s)"));
    QTest::qWait(200);
    for (qint64 id : std::as_const(chosen))
        QCOMPARE(status(id), QStringLiteral("unreviewed"));
    apply->click();

    QTRY_COMPARE(dialog->results().size(), 4);
    QCOMPARE(dialog->resultList()->topLevelItemCount(), 4);
    int refused = 0;
    for (const QJsonValue &value : dialog->results()) {
        const QJsonObject result = value.toObject();
        const qint64 id = result.value(QStringLiteral("id")).toInteger();
        if (id == changed.value(QStringLiteral("id")).toInteger()) {
            QVERIFY(!result.value(QStringLiteral("ok")).toBool());
            ++refused;
        } else {
            QVERIFY(result.value(QStringLiteral("ok")).toBool());
            QCOMPARE(status(id), QStringLiteral("resolved"));
        }
    }
    QCOMPARE(refused, 1);
    QCOMPARE(status(changed.value(QStringLiteral("id")).toInteger()), QStringLiteral("unreviewed"));
    // One audit entry per decided report.
    const qint64 audited = m_fixture->services().database().write([](QSqlDatabase &db) {
        return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = "
                                                "'moderation.bulk_decide'"))
            .toLongLong();
    });
    QCOMPARE(audited, qint64(3));
    QTRY_COMPARE(page->model()->rowCount(), kReports + 1 - 3);
}

void TestModerationPage::originalModeratorCannotDecideTheAppeal()
{
    const qint64 reportId = m_fixture
                                ->execute(QStringLiteral("mia"), QStringLiteral("moderation.list"),
                                          {{QStringLiteral("queue"), QStringLiteral("unreviewed")},
                                           {QStringLiteral("limit"), 1}})
                                .data.toObject()
                                .value(QStringLiteral("rows"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    const CommandResult decided =
        m_fixture->execute(QStringLiteral("mia"), QStringLiteral("moderation.decide"),
                           {{QStringLiteral("id"), reportId},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("action"), QStringLiteral("warn")},
                            {QStringLiteral("reason"), QStringLiteral("harassment")}});
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    const CommandResult filed = m_fixture->services().bus().execute(
        Principal::system(QStringLiteral("test")), QStringLiteral("moderation.appeal_file"),
        {{QStringLiteral("decision_id"), decided.data.toObject()
                                             .value(QStringLiteral("decision"))
                                             .toObject()
                                             .value(QStringLiteral("id"))},
         {QStringLiteral("message"), QStringLiteral("I was quoting a film.")}});
    QVERIFY2(filed.ok(), qPrintable(filed.message));

    ModerationPage *page = openPage();
    page->showQueue(QStringLiteral("appeals"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    Moderation::AppealDetailPane *pane = page->appealPane();
    QTRY_COMPARE(pane->appealId(), filed.data.toObject().value(QStringLiteral("id")).toInteger());
    QTRY_VERIFY(pane->isVisible());
    auto *own = pane->findChild<QLabel *>(QStringLiteral("ownDecision"));
    QVERIFY(own->isVisible());

    QTest::keyClick(page->view(), Qt::Key_U);
    QCOMPARE(pane->outcome(), QStringLiteral("upheld"));
    QTest::keyClick(page->view(), Qt::Key_N);
    QVERIFY(pane->noteEdit()->hasFocus());
    QTest::keyClicks(pane->noteEdit(), QStringLiteral("Quote or not, it targets a person."));
    QTest::keyClick(pane->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(pane->message()->isError());
    QVERIFY2(pane->message()->text().contains(QLatin1String("another moderator")),
             qPrintable(pane->message()->text()));
    // Nothing changed; another moderator decides it.
    QCOMPARE(page->model()->rowCount(), 1);
    const CommandResult other = m_fixture->execute(
        QStringLiteral("max"), QStringLiteral("moderation.appeal_decide"),
        {{QStringLiteral("id"), pane->appealId()},
         {QStringLiteral("version"), pane->appeal().value(QStringLiteral("version"))},
         {QStringLiteral("outcome"), QStringLiteral("overturned")},
         {QStringLiteral("note"), QStringLiteral("Context shows a film quote.")}});
    QVERIFY2(other.ok(), qPrintable(other.message));
    QTRY_COMPARE(page->model()->rowCount(), 0);
}

void TestModerationPage::liveChangesKeepSelectionAndScrollPosition()
{
    ModerationPage *page = openPage();
    page->resize(1400, 400);
    QTRY_VERIFY(page->view()->verticalScrollBar()->maximum() > 0);
    page->view()->selectRow(30);
    page->view()->scrollTo(page->model()->index(30, 0), QAbstractItemView::PositionAtTop);
    const qint64 selected = currentId(page);
    const int scrolled = page->view()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    QTRY_COMPARE(page->reportPane()->reportId(), selected);

    // Someone else claims an item far below, and another decides one near the top.
    const QJsonObject below = page->model()->recordAt(35);
    QVERIFY(m_fixture
                ->execute(QStringLiteral("max"), QStringLiteral("moderation.claim"),
                          {{QStringLiteral("id"), below.value(QStringLiteral("id"))},
                           {QStringLiteral("version"), below.value(QStringLiteral("version"))}})
                .ok());
    const QJsonObject above = page->model()->recordAt(40 - 39);
    QVERIFY(m_fixture
                ->execute(QStringLiteral("root"), QStringLiteral("moderation.decide"),
                          {{QStringLiteral("id"), above.value(QStringLiteral("id"))},
                           {QStringLiteral("version"), above.value(QStringLiteral("version"))},
                           {QStringLiteral("action"), QStringLiteral("dismiss")}})
                .ok());
    QTRY_COMPARE(page->model()->rowCount(), kReports);
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(currentId(page), selected);
    QCOMPARE(page->reportPane()->reportId(), selected);
    QCOMPARE(page->view()->currentIndex().row(), 29);
    // One row fewer above: the view moved by at most that row.
    QVERIFY(std::abs(page->view()->verticalScrollBar()->value() - scrolled) <= 1);
    QTRY_COMPARE(page->queueModel()->count(QStringLiteral("unreviewed")), qint64(kReports));
}

void TestModerationPage::reboundKeyTakesEffectOnThePage()
{
    ModerationPage *page = openPage();
    TriageBindings bindings = TriageBindings::load();
    QCOMPARE(bindings.bind(TriageBindings::Command::Dismiss, QKeySequence(Qt::Key_X)), QString());
    bindings.save();
    QCOMPARE(page->bindings().key(TriageBindings::Command::Dismiss), QKeySequence(Qt::Key_X));
    QCOMPARE(page->reportPane()->form()->actionButton(QStringLiteral("dismiss"))->text(),
             QStringLiteral("Dismiss (X)"));
    auto *legend = page->findChild<QLabel *>(QStringLiteral("keyLegend"));
    QVERIFY(legend->text().contains(QLatin1String("<b>X</b> Dismiss")));
    QTest::keyClick(page->view(), Qt::Key_D);
    QCOMPARE(page->reportPane()->form()->action(), QString());
    QTest::keyClick(page->view(), Qt::Key_X);
    QCOMPARE(page->reportPane()->form()->action(), QStringLiteral("dismiss"));
}

void TestModerationPage::timelineKeyOpensTheSubjectsTimeline()
{
    ModerationPage *page = openPage();
    const qint64 subject =
        page->reportPane()->report().value(QStringLiteral("subject_user_id")).toInteger();
    QTest::keyClick(page->view(), Qt::Key_T);
    auto *dialog = page->window()->findChild<Moderation::SubjectTimelineDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->userId(), subject);
    // Four reports of this person, newest first.
    QTRY_COMPARE(dialog->model()->rowCount(), kReports / 10);
    QTRY_VERIFY(!dialog->model()->isLoading());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QModelIndex index = dialog->model()->index(row, 0);
        QCOMPARE(index.data(Moderation::TimelineModel::KindRole).toString(),
                 QStringLiteral("report"));
        QVERIFY(index.data(Moderation::TimelineModel::AtRole).toLongLong() <= previous);
        previous = index.data(Moderation::TimelineModel::AtRole).toLongLong();
    }
    dialog->close();
}

void TestModerationPage::assignHandsTheReportToAnotherModerator()
{
    ModerationPage *page = openPage();
    const qint64 id = page->reportPane()->reportId();
    QTest::keyClick(page->view(), Qt::Key_A);
    auto *dialog = page->findChild<Moderation::AssignDialog *>();
    QVERIFY(dialog);
    // Those who may decide, without the operator herself.
    QTRY_COMPARE(dialog->operatorBox()->count(), 2);
    const int max = dialog->operatorBox()->findData(QStringLiteral("max"));
    QVERIFY(max >= 0);
    QCOMPARE(dialog->operatorBox()->itemText(max), QStringLiteral("Max Keller (max)"));
    QCOMPARE(dialog->operatorBox()->findData(QStringLiteral("mia")), -1);
    dialog->operatorBox()->setCurrentIndex(max);
    dialog->accept();

    auto *claim = page->reportPane()->findChild<QLabel *>(QStringLiteral("claim"));
    QTRY_VERIFY2(claim->text().startsWith(QLatin1String("Max Keller has it until")),
                 qPrintable(claim->text()));
    QCOMPARE(details(id)
                 .value(QStringLiteral("report"))
                 .toObject()
                 .value(QStringLiteral("claimed_by"))
                 .toInteger(),
             m_fixture->max);
    QVERIFY(!page->reportPane()->canDecide());

    // An operator who cannot decide is refused by the service, shown in the dialog.
    m_fixture->addOperator("sam", "Sam Support", "support");
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    QTest::keyClick(page->view(), Qt::Key_J);
    QTRY_VERIFY(page->reportPane()->reportId() != id);
    QTest::keyClick(page->view(), Qt::Key_A);
    auto *second = page->findChild<Moderation::AssignDialog *>();
    QVERIFY(second && second != dialog);
    second->operatorBox()->setEditText(QStringLiteral("sam"));
    second->accept();
    auto *error = second->findChild<Shell::InlineMessage *>();
    QTRY_VERIFY(error->isError());
    QVERIFY(second->isVisible());
    second->reject();
}

QTEST_MAIN(TestModerationPage)
#include "tst_moderationpage.moc"
