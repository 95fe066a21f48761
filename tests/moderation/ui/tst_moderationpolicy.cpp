#include "moderationuifixture.h"

#include "inlinemessage.h"
#include "moderationpolicypage.h"
#include "policyreasonseditor.h"
#include "strikeladdereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Steward;
using Moderation::PolicyReasonsEditor;
using Moderation::StrikeLadderEditor;

class TestModerationPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newReasonIsSavedAndListed();
    void retiredReasonStaysListedAsNotInUse();
    void reasonChangedMeanwhileIsReportedAndReloaded();
    void ladderStepsAreSaved();
    void refusedLadderChangesNothing();

private:
    QJsonObject ladder();

    std::unique_ptr<Test::ModerationUiFixture> m_fixture;
    std::unique_ptr<Shell::ConsoleSession> m_admin;
};

void TestModerationPolicy::initTestCase()
{
    Test::useTestSettings();
}

void TestModerationPolicy::init()
{
    m_fixture = std::make_unique<Test::ModerationUiFixture>();
    m_admin = std::make_unique<Shell::ConsoleSession>(m_fixture->services(),
                                                      m_fixture->principal(QStringLiteral("root")));
}

void TestModerationPolicy::cleanup()
{
    m_admin.reset();
    m_fixture.reset();
}

QJsonObject TestModerationPolicy::ladder()
{
    return m_fixture->execute(QStringLiteral("root"), QStringLiteral("moderation.ladder"), {})
        .data.toObject();
}

void TestModerationPolicy::newReasonIsSavedAndListed()
{
    Moderation::ModerationPolicyPage page(*m_admin);
    PolicyReasonsEditor *editor = page.reasons();
    QTRY_VERIFY(editor->list()->topLevelItemCount() > 10);
    const int before = editor->list()->topLevelItemCount();
    // The first reason is shown, ready to edit.
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("policyCode"))->text().isEmpty());

    editor->startNew();
    editor->findChild<QLineEdit *>(QStringLiteral("policyCode"))
        ->setText(QStringLiteral("doxxing"));
    editor->findChild<QLineEdit *>(QStringLiteral("policyTitle"))
        ->setText(QStringLiteral("Sharing private information"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("policyDescription"))
        ->setPlainText(QStringLiteral("Addresses, phone numbers or documents of others"));
    auto *severity = editor->findChild<QComboBox *>(QStringLiteral("policySeverity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    editor->findChild<QSpinBox *>(QStringLiteral("policyWeight"))->setValue(3);
    editor->save();
    QTRY_VERIFY(editor->message()->kind() == Shell::InlineMessage::Kind::Success &&
                !editor->message()->text().isEmpty());
    QTRY_COMPARE(editor->list()->topLevelItemCount(), before + 1);

    const QJsonArray policies =
        m_fixture->execute(QStringLiteral("mia"), QStringLiteral("moderation.policies"), {})
            .data.toObject()
            .value(QStringLiteral("policies"))
            .toArray();
    bool found = false;
    for (const QJsonValue &value : policies) {
        const QJsonObject policy = value.toObject();
        if (policy.value(QStringLiteral("code")).toString() != QLatin1String("doxxing"))
            continue;
        found = true;
        QCOMPARE(policy.value(QStringLiteral("default_severity")).toString(),
                 QStringLiteral("critical"));
        QCOMPARE(policy.value(QStringLiteral("strike_weight")).toInteger(), 3);
        QVERIFY(policy.value(QStringLiteral("is_active")).toBool());
    }
    QVERIFY(found);
    // The code of a saved reason cannot be edited any more.
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("policyCode"))->isReadOnly());
}

void TestModerationPolicy::retiredReasonStaysListedAsNotInUse()
{
    Moderation::ModerationPolicyPage page(*m_admin);
    PolicyReasonsEditor *editor = page.reasons();
    QTRY_VERIFY(editor->list()->topLevelItemCount() > 10);
    editor->select(QStringLiteral("spam"));
    editor->findChild<QCheckBox *>(QStringLiteral("policyActive"))->setChecked(false);
    editor->save();
    QTRY_VERIFY(editor->message()->kind() == Shell::InlineMessage::Kind::Success &&
                !editor->message()->text().isEmpty());
    QTRY_VERIFY(editor->list()->currentItem() &&
                editor->list()->currentItem()->text(3) == QLatin1String("No"));
    QCOMPARE(editor->list()->currentItem()->text(0), QStringLiteral("Spam"));
}

void TestModerationPolicy::reasonChangedMeanwhileIsReportedAndReloaded()
{
    Moderation::ModerationPolicyPage page(*m_admin);
    PolicyReasonsEditor *editor = page.reasons();
    QTRY_VERIFY(editor->list()->topLevelItemCount() > 10);
    editor->select(QStringLiteral("spam"));
    QJsonObject spam;
    for (const QJsonValue &value : editor->policies())
        if (value.toObject().value(QStringLiteral("code")).toString() == QLatin1String("spam"))
            spam = value.toObject();
    // Another admin renames it first.
    const CommandResult other = m_fixture->execute(
        QStringLiteral("root"), QStringLiteral("moderation.policy_save"),
        {{QStringLiteral("code"), QStringLiteral("spam")},
         {QStringLiteral("title"), QStringLiteral("Spam and scams")},
         {QStringLiteral("description"), spam.value(QStringLiteral("description"))},
         {QStringLiteral("default_severity"), spam.value(QStringLiteral("default_severity"))},
         {QStringLiteral("strike_weight"), spam.value(QStringLiteral("strike_weight"))},
         {QStringLiteral("version"), spam.value(QStringLiteral("version"))}});
    QVERIFY2(other.ok(), qPrintable(other.message));
    editor->findChild<QSpinBox *>(QStringLiteral("policyWeight"))->setValue(2);
    editor->save();
    QTRY_VERIFY(editor->message()->isError());
    QTRY_COMPARE(editor->findChild<QLineEdit *>(QStringLiteral("policyTitle"))->text(),
                 QStringLiteral("Spam and scams"));
    QVERIFY(editor->message()->isError());
}

void TestModerationPolicy::ladderStepsAreSaved()
{
    Moderation::ModerationPolicyPage page(*m_admin);
    StrikeLadderEditor *editor = page.ladder();
    QTRY_COMPARE(editor->steps()->rowCount(), 3);
    editor->expiryDays()->setValue(90);
    editor->addStep();
    QCOMPARE(editor->steps()->rowCount(), 4);
    auto *strikes = qobject_cast<QSpinBox *>(editor->steps()->cellWidget(3, 0));
    auto *action = qobject_cast<QComboBox *>(editor->steps()->cellWidget(3, 1));
    auto *days = qobject_cast<QSpinBox *>(editor->steps()->cellWidget(3, 2));
    QCOMPARE(strikes->value(), 9);
    // The ban step before it has no length; a suspension needs one.
    QVERIFY(!qobject_cast<QSpinBox *>(editor->steps()->cellWidget(2, 2))->isEnabled());
    QVERIFY(days->isEnabled());
    strikes->setValue(12);
    action->setCurrentIndex(action->findData(QStringLiteral("suspend")));
    days->setValue(60);
    QSignalSpy saved(editor, &StrikeLadderEditor::saved);
    editor->save();
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject stored = ladder();
    QCOMPARE(stored.value(QStringLiteral("strike_expiry_days")).toInteger(), 90);
    const QJsonArray steps = stored.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("strikes")).toInteger(), 12);
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("days")).toInteger(), 60);
    QVERIFY(steps.at(2).toObject().value(QStringLiteral("days")).isNull());
}

void TestModerationPolicy::refusedLadderChangesNothing()
{
    Moderation::ModerationPolicyPage page(*m_admin);
    StrikeLadderEditor *editor = page.ladder();
    QTRY_COMPARE(editor->steps()->rowCount(), 3);
    const QJsonObject before = ladder();
    // Steps must rise: 5 after 5 is refused by the service.
    qobject_cast<QSpinBox *>(editor->steps()->cellWidget(0, 0))->setValue(5);
    editor->save();
    QTRY_VERIFY(editor->message()->isError());
    QCOMPARE(ladder(), before);
}

QTEST_MAIN(TestModerationPolicy)
#include "tst_moderationpolicy.moc"
