#include "decisiondialog.h"
#include "documentcanvas.h"
#include "documentpane.h"
#include "documentviewer.h"
#include "kyccaseview.h"
#include "kycuifixture.h"
#include "maskedfield.h"
#include "revealdialog.h"

#include "inlinemessage.h"
#include "query.h"
#include "stewardservices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Steward;
using Kyc::DecisionDialog;
using Kyc::KycCaseView;
using Kyc::RevealDialog;

namespace {

QPushButton *okButton(QDialogButtonBox *buttons)
{
    return buttons->button(QDialogButtonBox::Ok);
}

} // namespace

class TestKycCaseView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void approvalWaitsForTheWholeChecklist();
    void highRiskNeedsADifferentSecondReviewer();
    void staleVersionIsReportedAndTheCaseReloads();
    void rejectionSendsTheTemplatesMessageOrTheReviewersOwn();
    void escalationNeedsANote();
    void revealAsksForAReasonOnceForAllImages();
    void lockedVaultShowsTheServicesMessage();
    void withoutRevealPermissionNothingIsOffered();
    void purgedDocumentsSayWhen();
    void newAttemptCanBeComparedWithTheLastOne();

private:
    /** A view of @p caseId for @p session, loaded. */
    std::unique_ptr<KycCaseView> openView(Shell::ConsoleSession &session, qint64 caseId);
    QJsonObject caseAs(const Principal &principal, qint64 caseId);
    /** Claims @p caseId as mia and ticks its whole checklist through the bus. */
    void claimAndTickAll(qint64 caseId);
    qint64 auditCount(const QString &command);

    std::unique_ptr<Test::KycUiFixture> m_fixture;
};

void TestKycCaseView::init()
{
    m_fixture = std::make_unique<Test::KycUiFixture>();
}

void TestKycCaseView::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<KycCaseView> TestKycCaseView::openView(Shell::ConsoleSession &session,
                                                       qint64 caseId)
{
    auto view = std::make_unique<KycCaseView>(session);
    view->resize(1280, 820);
    QSignalSpy loaded(view.get(), &KycCaseView::loaded);
    view->showCase(caseId);
    view->show();
    if (!loaded.wait(5000))
        qFatal("case %lld did not load", caseId);
    return view;
}

QJsonObject TestKycCaseView::caseAs(const Principal &principal, qint64 caseId)
{
    return m_fixture->run(principal, QStringLiteral("kyc.get"), {{QStringLiteral("id"), caseId}})
        .toObject();
}

void TestKycCaseView::claimAndTickAll(qint64 caseId)
{
    const Principal mia = m_fixture->miaPrincipal();
    QJsonObject kycCase = m_fixture
                              ->run(mia, QStringLiteral("kyc.claim"),
                                    {{QStringLiteral("id"), caseId},
                                     {QStringLiteral("version"),
                                      caseAs(mia, caseId).value(QStringLiteral("version"))}})
                              .toObject();
    const QJsonArray checklist = kycCase.value(QStringLiteral("checklist")).toArray();
    for (const QJsonValue &item : checklist) {
        kycCase =
            m_fixture
                ->run(mia, QStringLiteral("kyc.check"),
                      {{QStringLiteral("id"), caseId},
                       {QStringLiteral("version"), kycCase.value(QStringLiteral("version"))},
                       {QStringLiteral("item"), item.toObject().value(QStringLiteral("item"))},
                       {QStringLiteral("done"), true}})
                .toObject();
    }
}

qint64 TestKycCaseView::auditCount(const QString &command)
{
    return m_fixture->services().database().write([&command](QSqlDatabase &db) {
        Query count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = ?"),
                    {command});
        count.next();
        return count.value(0).toLongLong();
    });
}

void TestKycCaseView::approvalWaitsForTheWholeChecklist()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Ana"), QStringLiteral("Costa"));
    const qint64 caseId =
        m_fixture->submitCase(user, QStringLiteral("age")).value(QStringLiteral("id")).toInteger();
    auto view = openView(m_fixture->mia(), caseId);

    // Pending: nothing to tick, nothing to approve, and the reason is on screen.
    QVERIFY(!view->approveButton()->isEnabled());
    QCOMPARE(view->approvalHint()->text(), QStringLiteral("Claim the case to review it."));
    QCOMPARE(view->checklistBoxes().size(), 4);
    for (QCheckBox *box : view->checklistBoxes())
        QVERIFY(!box->isEnabled());

    QVERIFY(view->claimButton()->isEnabled());
    QTest::mouseClick(view->claimButton(), Qt::LeftButton);
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("in_review"));
    QVERIFY(!view->approveButton()->isEnabled());
    QVERIFY2(view->approvalHint()->text().contains(QLatin1String("4 item")),
             qPrintable(view->approvalHint()->text()));
    QVERIFY(view->approveButton()->toolTip().contains(QLatin1String("Ctrl+Shift+A")));

    // Tick items one by one, as a reviewer clicks them.
    for (int ticked = 1; ticked <= 4; ++ticked) {
        QCheckBox *box = nullptr;
        QTRY_VERIFY((box = [&view]() -> QCheckBox * {
            for (QCheckBox *candidate : view->checklistBoxes())
                if (candidate->isEnabled() && !candidate->isChecked())
                    return candidate;
            return nullptr;
        }()));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        QTRY_COMPARE(std::count_if(view->checklistBoxes().cbegin(), view->checklistBoxes().cend(),
                                   [](QCheckBox *b) { return b->isChecked() && b->isEnabled(); }),
                     ticked);
        if (ticked < 4) {
            QVERIFY(!view->approveButton()->isEnabled());
            QVERIFY(view->approvalHint()->text().contains(QString::number(4 - ticked)));
        }
    }
    QTRY_VERIFY(view->approveButton()->isEnabled());
    QVERIFY(view->approvalBlocker().isEmpty());

    // Unticking one blocks approval again.
    QCheckBox *first = view->checklistBoxes().first();
    first->click();
    QTRY_VERIFY(!view->approveButton()->isEnabled());
    QTRY_VERIFY(!view->checklistBoxes().isEmpty() && view->checklistBoxes().first()->isEnabled());
    view->checklistBoxes().first()->click();
    QTRY_VERIFY(view->approveButton()->isEnabled());

    QPointer<DecisionDialog> dialog;
    connect(view.get(), &KycCaseView::decisionDialogOpened, this,
            [&dialog](DecisionDialog *opened) { dialog = opened; });
    // The shortcut works like the button.
    view->activateWindow();
    view->approveButton()->setFocus();
    QTest::keyClick(view.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dialog);
    QCOMPARE(okButton(dialog->buttons())->text(), QStringLiteral("Approve"));
    dialog->accept();
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
    QVERIFY(!view->approveButton()->isEnabled());
    QCOMPARE(view->approvalHint()->text(), QStringLiteral("The case is decided."));
    const bool isAgeVerified = m_fixture->services().database().write([user](QSqlDatabase &db) {
        Query flag(db, QStringLiteral("SELECT age_verified FROM users WHERE id = ?"), {user});
        flag.next();
        return flag.value(0).toBool();
    });
    QVERIFY(isAgeVerified);
}

void TestKycCaseView::highRiskNeedsADifferentSecondReviewer()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Rui"), QStringLiteral("Lopes"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"), 85, 1)
                              .value(QStringLiteral("id"))
                              .toInteger();
    claimAndTickAll(caseId);
    auto view = openView(m_fixture->mia(), caseId);
    QVERIFY(view->approveButton()->isEnabled());
    QVERIFY(view->approveButton()->text().contains(QLatin1String("1st of 2")));
    QVERIFY(view->fourEyesLabel()->text().contains(QLatin1String("two different reviewers")));

    QPointer<DecisionDialog> dialog;
    connect(view.get(), &KycCaseView::decisionDialogOpened, this,
            [&dialog](DecisionDialog *opened) { dialog = opened; });
    view->approveButton()->click();
    QTRY_VERIFY(dialog);
    QCOMPARE(okButton(dialog->buttons())->text(), QStringLiteral("Record first approval"));
    dialog->accept();
    QTRY_VERIFY(view->kycCase().value(QStringLiteral("needs_second_review")).toBool());
    QCOMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
             QStringLiteral("in_review"));
    QVERIFY2(view->fourEyesLabel()->text().contains(QLatin1String("Needs a second reviewer")),
             qPrintable(view->fourEyesLabel()->text()));
    QVERIFY(view->fourEyesLabel()->text().contains(QLatin1String("you recorded")));

    // Confirming one's own first approval: the service refuses and the dialog says why.
    dialog.clear();
    view->approveButton()->click();
    QTRY_VERIFY(dialog);
    QCOMPARE(okButton(dialog->buttons())->text(), QStringLiteral("Confirm approval"));
    dialog->accept();
    QTRY_VERIFY(dialog->error()->isError());
    QVERIFY2(dialog->error()->text().contains(QLatin1String("different reviewer")),
             qPrintable(dialog->error()->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(caseAs(m_fixture->maxPrincipal(), caseId).value(QStringLiteral("state")).toString(),
             QStringLiteral("in_review"));

    // Max sees who approved first and confirms.
    auto second = openView(m_fixture->max(), caseId);
    QVERIFY2(second->fourEyesLabel()->text().contains(QLatin1String("first approval by mia")),
             qPrintable(second->fourEyesLabel()->text()));
    QVERIFY(second->approveButton()->text().contains(QLatin1String("Confirm")));
    QPointer<DecisionDialog> confirm;
    connect(second.get(), &KycCaseView::decisionDialogOpened, this,
            [&confirm](DecisionDialog *opened) { confirm = opened; });
    second->approveButton()->click();
    QTRY_VERIFY(confirm);
    confirm->accept();
    QTRY_COMPARE(second->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
    // Mia's view follows the commit.
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));
}

void TestKycCaseView::staleVersionIsReportedAndTheCaseReloads()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Eva"), QStringLiteral("Reis"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    auto view = openView(m_fixture->mia(), caseId);
    const qint64 shownVersion = view->kycCase().value(QStringLiteral("version")).toInteger();

    // Max claims the case in his console; mia presses Claim before her view has reloaded.
    m_fixture->clock().advance(60 * 1000);
    m_fixture->run(m_fixture->maxPrincipal(), QStringLiteral("kyc.claim"),
                   {{QStringLiteral("id"), caseId}, {QStringLiteral("version"), shownVersion}});
    view->claim();
    QTRY_VERIFY(view->message()->isError());
    QVERIFY2(view->message()->text().contains(QLatin1String("already changed by max")),
             qPrintable(view->message()->text()));
    QVERIFY(view->message()->text().contains(QLatin1String("latest state")));
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("assigned_to_name")).toString(),
                 QStringLiteral("max"));
    QVERIFY(view->kycCase().value(QStringLiteral("version")).toInteger() > shownVersion);
    QVERIFY(!view->claimButton()->isEnabled());
    // Nothing was changed for mia.
    QCOMPARE(caseAs(m_fixture->miaPrincipal(), caseId).value(QStringLiteral("assigned_to_id")),
             QJsonValue(m_fixture->maxId()));
}

void TestKycCaseView::rejectionSendsTheTemplatesMessageOrTheReviewersOwn()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Luis"), QStringLiteral("Matos"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    claimAndTickAll(caseId);
    auto view = openView(m_fixture->mia(), caseId);
    QVERIFY(view->rejectButton()->isEnabled());

    QPointer<DecisionDialog> dialog;
    connect(view.get(), &KycCaseView::decisionDialogOpened, this,
            [&dialog](DecisionDialog *opened) { dialog = opened; });
    view->rejectButton()->click();
    QTRY_VERIFY(dialog);
    QComboBox *templates = dialog->templatePicker();
    QVERIFY(templates->count() >= 3);
    // The first template fills the message; an empty message cannot be sent.
    QVERIFY(!dialog->messageEdit()->toPlainText().isEmpty());
    QVERIFY(okButton(dialog->buttons())->isEnabled());
    dialog->messageEdit()->setPlainText(QStringLiteral("   "));
    QVERIFY(!okButton(dialog->buttons())->isEnabled());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    templates->setCurrentIndex(1);
    const QString secondMessage = dialog->messageEdit()->toPlainText();
    QVERIFY(!secondMessage.trimmed().isEmpty());
    QVERIFY(okButton(dialog->buttons())->isEnabled());
    // Once the reviewer writes their own words, another template does not overwrite them.
    const QString own = QStringLiteral("Your selfie shows another person. You can appeal.");
    dialog->messageEdit()->setPlainText(own);
    templates->setCurrentIndex(2);
    QCOMPARE(dialog->messageEdit()->toPlainText(), own);
    const QString code = templates->currentData().toString();
    dialog->noteEdit()->setPlainText(QStringLiteral("Different person in the selfie."));
    dialog->accept();

    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("rejected"));
    const QJsonObject decision = view->kycCase().value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("applicant_message")).toString(), own);
    QCOMPARE(decision.value(QStringLiteral("template")).toString(), code);
    QCOMPARE(decision.value(QStringLiteral("note")).toString(),
             QStringLiteral("Different person in the selfie."));
    QVERIFY(!view->rejectButton()->isEnabled());
    QVERIFY(!view->approveButton()->isEnabled());
}

void TestKycCaseView::escalationNeedsANote()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Ines"), QStringLiteral("Faria"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("driver"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    auto view = openView(m_fixture->mia(), caseId);
    QVERIFY(view->escalateButton()->isEnabled());
    QPointer<DecisionDialog> dialog;
    connect(view.get(), &KycCaseView::decisionDialogOpened, this,
            [&dialog](DecisionDialog *opened) { dialog = opened; });
    view->escalateButton()->click();
    QTRY_VERIFY(dialog);
    QVERIFY(!okButton(dialog->buttons())->isEnabled());
    dialog->noteEdit()->setPlainText(QStringLiteral("Licence category unclear."));
    QVERIFY(okButton(dialog->buttons())->isEnabled());
    dialog->accept();
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("escalated"));
    // Escalated and unassigned: a senior reviewer claims it next.
    QVERIFY(view->claimButton()->isEnabled());
    QVERIFY(!view->escalateButton()->isEnabled());
}

void TestKycCaseView::revealAsksForAReasonOnceForAllImages()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Joana"), QStringLiteral("Pires"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    auto view = openView(m_fixture->mia(), caseId);
    Kyc::DocumentViewer *viewer = view->viewer();
    QVERIFY(viewer->revealButton()->isVisible());
    QVERIFY(viewer->leftPane()->canvas()->isMasked());
    QVERIFY(viewer->rightPane()->canvas()->isMasked());
    QVERIFY(view->birthdateField()->text().contains(QStringLiteral("••••")));
    QVERIFY(!view->birthdateField()->text().contains(QLatin1String("1990")));

    QPointer<RevealDialog> dialog;
    connect(view.get(), &KycCaseView::revealDialogOpened, this,
            [&dialog](QDialog *opened) { dialog = qobject_cast<RevealDialog *>(opened); });
    const qint64 revealsBefore = auditCount(QStringLiteral("kyc.reveal"));
    viewer->revealButton()->click();
    QTRY_VERIFY(dialog);
    // No reason, no reveal: the button is disabled and accepting does nothing.
    QVERIFY(!okButton(dialog->buttons())->isEnabled());
    dialog->reasonEdit()->setPlainText(QStringLiteral("  \n "));
    QVERIFY(!okButton(dialog->buttons())->isEnabled());
    dialog->accept();
    QTest::qWait(100);
    QVERIFY(dialog->isVisible());
    QCOMPARE(auditCount(QStringLiteral("kyc.reveal")), revealsBefore);
    QVERIFY(viewer->leftPane()->canvas()->isMasked());

    dialog->reasonEdit()->setPlainText(QStringLiteral("Comparing the selfie with the photo"));
    QVERIFY(okButton(dialog->buttons())->isEnabled());
    dialog->accept();
    QTRY_VERIFY(viewer->leftPane()->canvas()->hasImage());
    QVERIFY(viewer->rightPane()->canvas()->hasImage());
    QCOMPARE(viewer->rightPane()->currentKind(), QStringLiteral("selfie"));
    QVERIFY(!viewer->revealButton()->isVisible());
    QCOMPARE(auditCount(QStringLiteral("kyc.reveal")), revealsBefore + 1);
    const QString reason = m_fixture->services().database().write([](QSqlDatabase &db) {
        Query last(db, QStringLiteral("SELECT reason FROM audit_log WHERE command = 'kyc.reveal' "
                                      "ORDER BY seq DESC LIMIT 1"));
        last.next();
        return last.value(0).toString();
    });
    QCOMPARE(reason, QStringLiteral("Comparing the selfie with the photo"));

    // Switching documents needs no second reveal.
    QVERIFY(viewer->leftPane()->showDocument(1, QStringLiteral("selfie")));
    QVERIFY(viewer->leftPane()->canvas()->hasImage());
    QCOMPARE(auditCount(QStringLiteral("kyc.reveal")), revealsBefore + 1);

    // A field is revealed on its own, with the reason offered again.
    dialog.clear();
    Q_EMIT view->birthdateField()->linkActivated(QStringLiteral("reveal"));
    QTRY_VERIFY(dialog);
    QCOMPARE(dialog->reason(), QStringLiteral("Comparing the selfie with the photo"));
    dialog->accept();
    QTRY_VERIFY(view->birthdateField()->isRevealed());
    QVERIFY2(view->birthdateField()->value().contains(QLatin1String("1990")),
             qPrintable(view->birthdateField()->value()));
    QCOMPARE(auditCount(QStringLiteral("kyc.reveal")), revealsBefore + 2);

    dialog.clear();
    Q_EMIT view->documentNumbersField()->linkActivated(QStringLiteral("reveal"));
    QTRY_VERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY(view->documentNumbersField()->isRevealed());
    QVERIFY2(view->documentNumbersField()->value().contains(QLatin1String("CC100")),
             qPrintable(view->documentNumbersField()->value()));
}

void TestKycCaseView::lockedVaultShowsTheServicesMessage()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Tiago"), QStringLiteral("Nunes"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    // Another console on the same database, without the key.
    auto locked = std::make_unique<ServiceLayer>(m_fixture->services().database().url());
    locked->open();
    setupServices(*locked);
    QVERIFY(!locked->personalData().isUnlocked());
    const Principal mia = m_fixture->miaPrincipal();
    const CommandResult refused =
        locked->bus().execute(mia, QStringLiteral("kyc.reveal"),
                              {{QStringLiteral("id"), caseId},
                               {QStringLiteral("field"), QStringLiteral("birthdate")},
                               {QStringLiteral("reason"), QStringLiteral("checking")}});
    QCOMPARE(refused.code, ErrorCode::PermissionDenied);
    QVERIFY(!refused.message.isEmpty());

    Shell::ConsoleSession session(*locked, mia);
    auto view = openView(session, caseId);
    QPointer<RevealDialog> dialog;
    connect(view.get(), &KycCaseView::revealDialogOpened, this,
            [&dialog](QDialog *opened) { dialog = qobject_cast<RevealDialog *>(opened); });
    Q_EMIT view->birthdateField()->linkActivated(QStringLiteral("reveal"));
    QTRY_VERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("Checking the applicant's age"));
    dialog->accept();
    QTRY_VERIFY(dialog->error()->isError());
    QCOMPARE(dialog->error()->text().toLower(), refused.message.toLower());
    QVERIFY(dialog->isVisible());
    QVERIFY(!view->birthdateField()->isRevealed());
    dialog->reject();
    view.reset();
    locked->bus().waitForIdle();
}

void TestKycCaseView::withoutRevealPermissionNothingIsOffered()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Rita"), QStringLiteral("Alves"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    Principal viewer = m_fixture->miaPrincipal();
    viewer.permissions.remove(QStringLiteral("kyc.reveal"));
    Shell::ConsoleSession session(m_fixture->services(), viewer);
    auto view = openView(session, caseId);
    QVERIFY(!view->viewer()->revealButton()->isVisibleTo(view.get()));
    QVERIFY(view->viewer()->leftPane()->canvas()->isMasked());
    QVERIFY(view->viewer()->leftPane()->canvas()->message().contains(QLatin1String("may not")));
    QVERIFY(!view->birthdateField()->text().contains(QLatin1String("reveal")));
    QVERIFY(view->birthdateField()->text().contains(QStringLiteral("••••")));
    // The shortcut does nothing either.
    QSignalSpy opened(view.get(), &KycCaseView::revealDialogOpened);
    view->revealDocuments();
    QCOMPARE(opened.size(), 0);
}

void TestKycCaseView::purgedDocumentsSayWhen()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Nuno"), QStringLiteral("Sousa"));
    const qint64 caseId =
        m_fixture->submitCase(user, QStringLiteral("age")).value(QStringLiteral("id")).toInteger();
    claimAndTickAll(caseId);
    const Principal mia = m_fixture->miaPrincipal();
    m_fixture->run(
        mia, QStringLiteral("kyc.approve"),
        {{QStringLiteral("id"), caseId},
         {QStringLiteral("version"), caseAs(mia, caseId).value(QStringLiteral("version"))}});
    m_fixture->clock().advance(120LL * 24 * Test::KycUiFixture::Hour);
    const qint64 purgedAt = m_fixture->clock().now();
    m_fixture->run(Principal::system(QStringLiteral("retention")), QStringLiteral("kyc.purge"),
                   {{QStringLiteral("older_than_days"), 90}});

    auto view = openView(m_fixture->mia(), caseId);
    const QString message = view->viewer()->leftPane()->canvas()->message();
    QVERIFY2(message.startsWith(QLatin1String("Purged on")), qPrintable(message));
    QVERIFY(message.contains(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(purgedAt).date(), QLocale::ShortFormat)));
    QVERIFY(!view->viewer()->leftPane()->canvas()->isMasked());
    // Nothing is left to reveal.
    QVERIFY(!view->viewer()->revealButton()->isVisibleTo(view.get()));
}

void TestKycCaseView::newAttemptCanBeComparedWithTheLastOne()
{
    const qint64 user = m_fixture->addUser(QStringLiteral("Vera"), QStringLiteral("Gomes"));
    const qint64 caseId = m_fixture->submitCase(user, QStringLiteral("identity"))
                              .value(QStringLiteral("id"))
                              .toInteger();
    claimAndTickAll(caseId);
    const Principal mia = m_fixture->miaPrincipal();
    m_fixture->run(
        mia, QStringLiteral("kyc.request_resubmission"),
        {{QStringLiteral("id"), caseId},
         {QStringLiteral("version"), caseAs(mia, caseId).value(QStringLiteral("version"))},
         {QStringLiteral("template"), QStringLiteral("selfie_unclear")},
         {QStringLiteral("message"), QStringLiteral("Please take a new selfie.")}});
    auto view = openView(m_fixture->mia(), caseId);
    QCOMPARE(view->approvalHint()->text(),
             QStringLiteral("Waiting for the applicant's new documents."));
    QPointer<RevealDialog> dialog;
    connect(view.get(), &KycCaseView::revealDialogOpened, this,
            [&dialog](QDialog *opened) { dialog = qobject_cast<RevealDialog *>(opened); });
    view->revealDocuments();
    QTRY_VERIFY(dialog);
    dialog->reasonEdit()->setPlainText(QStringLiteral("Checking the first attempt"));
    dialog->accept();
    QTRY_VERIFY(view->viewer()->isRevealed());

    m_fixture->resubmitCase(caseId);
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("attempts")).toInt(), 2);
    QTRY_COMPARE(view->kycCase().value(QStringLiteral("state")).toString(),
                 QStringLiteral("pending"));
    Kyc::DocumentPane *left = view->viewer()->leftPane();
    Kyc::DocumentPane *right = view->viewer()->rightPane();
    QCOMPARE(left->attemptPicker()->count(), 2);
    QCOMPARE(left->currentAttempt(), 2);
    // The new attempt's images were not part of the first reveal: they are masked, the older
    // ones stay visible, and the reveal button is back.
    QVERIFY(!view->viewer()->isRevealed());
    QVERIFY(left->canvas()->isMasked());
    QVERIFY(view->viewer()->revealButton()->isVisible());
    QVERIFY(right->showDocument(1, QStringLiteral("selfie")));
    QCOMPARE(right->currentAttempt(), 1);
    QVERIFY(right->canvas()->hasImage());
    QCOMPARE(left->currentAttempt(), 2);
    QVERIFY(left->currentDocument()->id != right->currentDocument()->id);
}

QTEST_MAIN(TestKycCaseView)
#include "tst_kyccaseview.moc"
