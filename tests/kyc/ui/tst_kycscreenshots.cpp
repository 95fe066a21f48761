#include "decisiondialog.h"
#include "documentcanvas.h"
#include "documentpane.h"
#include "documentviewer.h"
#include "kyccasemodel.h"
#include "kyccaseview.h"
#include "kyccountsbar.h"
#include "kycpage.h"
#include "kycui.h"
#include "revealdialog.h"

#include "adminui.h"
#include "clock.h"
#include "consolesession.h"
#include "demoseeder.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "peopleui.h"
#include "personaldata.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"
#include "theme.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Steward;

/** Renders the Verification page and a case over demonstration data, the way a reviewer sees
 *  them, and checks what they show. With STEWARD_SCREENSHOT_DIR set it also writes the images
 *  there (kyc-page.png, kyc-case-masked.png, kyc-case.png, kyc-reject.png, kyc-page-dark.png),
 *  which is how the user guide's screenshots are made. */
class TestKycScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verificationPage();
    void caseView();
    void darkTheme();

private:
    void save(QWidget *widget, const QString &name);
    /** An open identity case with an earlier attempt, or any open case. */
    qint64 interestingCase();
    QJsonObject run(const Principal &principal, const QString &command, const QJsonObject &params);

    std::unique_ptr<Test::TestDatabase> m_database;
    std::unique_ptr<ServiceLayer> m_services;
    QTemporaryDir m_keyDir;
    qint64 m_miaId = 0;
    qint64 m_maxId = 0;
    std::unique_ptr<Shell::ConsoleSession> m_session;
    Shell::ModuleRegistry m_registry;
    std::unique_ptr<Shell::MainWindow> m_window;
};

void TestKycScreenshots::initTestCase()
{
    Shell::Theme::apply(QStringLiteral("light"));
    m_database = std::make_unique<Test::TestDatabase>();
    // Open work is due around the demo's "now": some overdue, most not yet.
    const qint64 now = Demo::DemoSeeder::defaultNow() + 6 * 3600 * 1000;
    m_services = Test::openMigrated(m_database->url(), std::make_unique<ManualClock>(now));
    setupServices(*m_services);
    QVERIFY(m_services->personalData().createKey(m_keyDir.filePath(QStringLiteral("demo.key"))));
    Demo::DemoSeeder::Options options;
    options.cipher = &m_services->personalData().cipher();
    Demo::DemoSeeder().run(m_services->database(), options, {}, nullptr);

    const QString password = QStringLiteral("a long test password");
    m_miaId = Test::addOperator(*m_services, QStringLiteral("mia"), QStringLiteral("moderator"),
                                password);
    m_maxId = Test::addOperator(*m_services, QStringLiteral("max"), QStringLiteral("moderator"),
                                password);
    const Principal mia = Principal::forOperator(m_miaId, QStringLiteral("mia"), Role::Moderator);
    const Principal max = Principal::forOperator(m_maxId, QStringLiteral("max"), Role::Moderator);

    // Some queue work by the two reviewers: claims, and a high-risk case max approved first,
    // which now waits for a second reviewer.
    const QJsonObject pending =
        run(mia, QStringLiteral("kyc.list"),
            {{QStringLiteral("state"), QStringLiteral("pending")}, {QStringLiteral("limit"), 4}});
    const QJsonArray rows = pending.value(QStringLiteral("rows")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        run(i % 2 ? max : mia, QStringLiteral("kyc.claim"),
            {{QStringLiteral("id"), row.value(QStringLiteral("id"))},
             {QStringLiteral("version"), row.value(QStringLiteral("version"))}});
    }
    const qint64 highRisk = m_services->database().write([](QSqlDatabase &db) {
        Query pick(db, QStringLiteral("SELECT id FROM kyc_cases WHERE state IN ('pending', "
                                      "'escalated') AND (risk_score > 70 OR watchlist_hits > 0) "
                                      "ORDER BY due_at, id LIMIT 1"));
        return pick.next() ? pick.value(0).toLongLong() : 0;
    });
    QVERIFY(highRisk > 0);
    QJsonObject kycCase = run(max, QStringLiteral("kyc.get"), {{QStringLiteral("id"), highRisk}});
    kycCase = run(max, QStringLiteral("kyc.claim"),
                  {{QStringLiteral("id"), highRisk},
                   {QStringLiteral("version"), kycCase.value(QStringLiteral("version"))}});
    const QJsonArray checklist = kycCase.value(QStringLiteral("checklist")).toArray();
    for (const QJsonValue &item : checklist)
        kycCase = run(max, QStringLiteral("kyc.check"),
                      {{QStringLiteral("id"), highRisk},
                       {QStringLiteral("version"), kycCase.value(QStringLiteral("version"))},
                       {QStringLiteral("item"), item.toObject().value(QStringLiteral("item"))},
                       {QStringLiteral("done"), true}});
    kycCase = run(max, QStringLiteral("kyc.approve"),
                  {{QStringLiteral("id"), highRisk},
                   {QStringLiteral("version"), kycCase.value(QStringLiteral("version"))}});
    QVERIFY(kycCase.value(QStringLiteral("needs_second_review")).toBool());

    m_session = std::make_unique<Shell::ConsoleSession>(*m_services, mia);
    People::setupPeopleUi(m_registry);
    Kyc::setupKycUi(m_registry);
    Admin::setupAdminUi(m_registry);
    m_window = std::make_unique<Shell::MainWindow>(*m_session, m_registry);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKycScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_services->bus().waitForIdle();
    m_services.reset();
    m_database.reset();
}

QJsonObject TestKycScreenshots::run(const Principal &principal, const QString &command,
                                    const QJsonObject &params)
{
    const CommandResult result = m_services->bus().execute(principal, command, params);
    if (!result.ok())
        qFatal("%s refused: %s", qPrintable(command), qPrintable(result.message));
    return result.data.toObject();
}

void TestKycScreenshots::save(QWidget *widget, const QString &name)
{
    const QPixmap image = widget->grab();
    QVERIFY(!image.isNull());
    const QString directory = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(image.save(QDir(directory).filePath(name)));
}

qint64 TestKycScreenshots::interestingCase()
{
    return m_services->database().write([](QSqlDatabase &db) {
        Query pick(db, QStringLiteral("SELECT id FROM kyc_cases WHERE state = 'in_review' "
                                      "ORDER BY CASE WHEN case_type = 'identity' THEN 0 ELSE 1 "
                                      "END, attempts DESC, watchlist_hits DESC, id LIMIT 1"));
        return pick.next() ? pick.value(0).toLongLong() : 0;
    });
}

void TestKycScreenshots::verificationPage()
{
    QVERIFY(m_window->showPage(QStringLiteral("kyc")));
    auto *page = qobject_cast<Kyc::KycPage *>(m_window->pageWidget(QStringLiteral("kyc")));
    QVERIFY(page);
    QTRY_VERIFY(page->model()->rowCount() > 10);
    QTRY_VERIFY(!page->model()->isLoading());
    QTRY_VERIFY(page->countsBar()->tile(QStringLiteral("open"))->count() > 0);
    if (!page->model()->hasMore())
        QCOMPARE(page->countsBar()->tile(QStringLiteral("open"))->count(),
                 qint64(page->model()->rowCount()));
    // Most urgent first, and the overdue ones marked.
    bool sawOverdue = false;
    qint64 lastDue = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, 0);
        const qint64 due = index.data(Kyc::KycCaseModel::DueAtRole).toLongLong();
        QVERIFY(due >= lastDue);
        lastDue = due;
        sawOverdue = sawOverdue || index.data(Kyc::KycCaseModel::OverdueRole).toBool();
    }
    QVERIFY(sawOverdue);
    page->view()->selectRow(2);
    save(m_window.get(), QStringLiteral("kyc-page.png"));
}

void TestKycScreenshots::caseView()
{
    auto *page = qobject_cast<Kyc::KycPage *>(m_window->pageWidget(QStringLiteral("kyc")));
    QVERIFY(page);
    const qint64 caseId = interestingCase();
    QVERIFY(caseId > 0);
    Kyc::KycCaseView *view = page->caseView();
    page->openCase(caseId);
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("id")).toInteger(), caseId);
    QVERIFY(page->isShowingCase());
    // Claim it and tick part of the checklist: approval waits and says why.
    if (view->claimButton()->isEnabled()) {
        view->claim();
        QTRY_VERIFY(view->kycCase().value(QStringLiteral("assigned_to_id")).toInteger() == m_miaId);
    } else if (view->kycCase().value(QStringLiteral("assigned_to_id")).toInteger() == 0) {
        // In review without a reviewer (imported that way): ticking still works.
    }
    // Demo cases may arrive with items ticked; leave at least one open.
    const auto unticked = [view] {
        return int(std::count_if(view->checklistBoxes().cbegin(), view->checklistBoxes().cend(),
                                 [](QCheckBox *box) { return !box->isChecked(); }));
    };
    QVERIFY(!view->checklistBoxes().isEmpty());
    if (unticked() == 0) {
        view->checklistBoxes().last()->click();
        QTRY_COMPARE(unticked(), 1);
    }
    for (int ticks = 0; ticks < 2 && unticked() > 1; ++ticks) {
        const int before = unticked();
        QTRY_VERIFY(view->checklistBoxes().first()->isEnabled());
        for (QCheckBox *box : view->checklistBoxes()) {
            if (!box->isChecked()) {
                box->click();
                break;
            }
        }
        QTRY_COMPARE(unticked(), before - 1);
        QTRY_VERIFY(view->checklistBoxes().first()->isEnabled());
    }
    QVERIFY(!view->approveButton()->isEnabled());
    QVERIFY(!view->approvalHint()->text().isEmpty());
    save(m_window.get(), QStringLiteral("kyc-case-masked.png"));

    QPointer<Kyc::RevealDialog> reveal;
    connect(view, &Kyc::KycCaseView::revealDialogOpened, this,
            [&reveal](QDialog *dialog) { reveal = qobject_cast<Kyc::RevealDialog *>(dialog); });
    view->viewer()->revealButton()->click();
    QTRY_VERIFY(reveal);
    reveal->reasonEdit()->setPlainText(QStringLiteral("Comparing the selfie with the document"));
    save(reveal, QStringLiteral("kyc-reveal.png"));
    reveal->accept();
    QTRY_VERIFY(view->viewer()->leftPane()->canvas()->hasImage());
    QVERIFY(view->viewer()->rightPane()->canvas()->hasImage());
    // The right side shows the earlier attempt when there is one, for comparison.
    const int attempts = view->kycCase().value(QStringLiteral("attempts")).toInt();
    if (attempts > 1)
        QVERIFY(view->viewer()->rightPane()->showDocument(
            attempts - 1, view->viewer()->rightPane()->currentKind()));
    view->viewer()->leftPane()->canvas()->zoomIn();
    save(m_window.get(), QStringLiteral("kyc-case.png"));

    QPointer<Kyc::DecisionDialog> decision;
    connect(view, &Kyc::KycCaseView::decisionDialogOpened, this,
            [&decision](Kyc::DecisionDialog *dialog) { decision = dialog; });
    view->reject();
    QTRY_VERIFY(decision);
    decision->noteEdit()->setPlainText(QStringLiteral("Selfie and document photo differ."));
    save(decision, QStringLiteral("kyc-reject.png"));
    decision->reject();
    page->showList();
}

void TestKycScreenshots::darkTheme()
{
    Shell::Theme::apply(QStringLiteral("dark"));
    auto *page = qobject_cast<Kyc::KycPage *>(m_window->pageWidget(QStringLiteral("kyc")));
    QVERIFY(page);
    QVERIFY(!page->isShowingCase());
    QTest::qWait(50);
    save(m_window.get(), QStringLiteral("kyc-page-dark.png"));
    page->openCase(interestingCase());
    QTRY_VERIFY(page->caseView()->viewer()->leftPane()->canvas()->hasImage() ||
                page->caseView()->viewer()->leftPane()->canvas()->isMasked());
    save(m_window.get(), QStringLiteral("kyc-case-dark.png"));
    Shell::Theme::apply(QStringLiteral("light"));
}

QTEST_MAIN(TestKycScreenshots)
#include "tst_kycscreenshots.moc"
