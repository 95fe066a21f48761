#include "moderationuifixture.h"

#include "inlinemessage.h"
#include "keycapturefield.h"
#include "moderationconsolesettings.h"
#include "moderationsettingssection.h"
#include "settingsdialog.h"
#include "triagebindings.h"

#include <QCheckBox>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Steward;
using Moderation::TriageBindings;
using Command = Moderation::TriageBindings::Command;

class TestTriageBindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsAreDistinctAndFree();
    void keyTakenByAnotherCommandIsRefused();
    void keysTheConsoleNeedsAreRefused_data();
    void keysTheConsoleNeedsAreRefused();
    void savedBindingsComeBack();
    void conflictingSettingsFileFallsBackToDefaults();
    void settingsTabRefusesTakenKeyWithItsReason();
    void settingsTabSavesOnlyOnOk();
};

void TestTriageBindings::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Steward"));
    QCoreApplication::setApplicationName(QStringLiteral("steward-test"));
    Test::useTestSettings();
}

void TestTriageBindings::init()
{
    QSettings().clear();
}

void TestTriageBindings::defaultsAreDistinctAndFree()
{
    const TriageBindings bindings;
    QSet<QString> keys;
    for (Command command : TriageBindings::commands()) {
        const QKeySequence key = bindings.key(command);
        QVERIFY2(!key.isEmpty(), qPrintable(TriageBindings::id(command)));
        QVERIFY2(bindings.conflict(command, key).isEmpty(),
                 qPrintable(bindings.conflict(command, key)));
        keys.insert(key.toString());
    }
    QCOMPARE(keys.size(), TriageBindings::commands().size());
    QCOMPARE(bindings.key(Command::Next), QKeySequence(Qt::Key_J));
    QCOMPARE(bindings.key(Command::Previous), QKeySequence(Qt::Key_K));
    QCOMPARE(bindings.key(Command::SubmitAndNext), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(bindings.withKey(QStringLiteral("Dismiss"), Command::Dismiss),
             QStringLiteral("Dismiss (D)"));
}

void TestTriageBindings::keyTakenByAnotherCommandIsRefused()
{
    TriageBindings bindings;
    const QString problem = bindings.bind(Command::Warn, QKeySequence(Qt::Key_J));
    QVERIFY2(problem.contains(QStringLiteral("“Next item”")), qPrintable(problem));
    // Nothing changed.
    QCOMPARE(bindings.key(Command::Warn), QKeySequence(Qt::Key_W));
    QCOMPARE(bindings.key(Command::Next), QKeySequence(Qt::Key_J));
    QCOMPARE(bindings, TriageBindings());

    // Freed first, the key can move.
    QCOMPARE(bindings.bind(Command::Next, QKeySequence(Qt::Key_L)), QString());
    QCOMPARE(bindings.bind(Command::Warn, QKeySequence(Qt::Key_J)), QString());
    QCOMPARE(bindings.key(Command::Warn), QKeySequence(Qt::Key_J));
    // Binding a command to its own key again is no conflict; no key at all is allowed.
    QCOMPARE(bindings.bind(Command::Warn, QKeySequence(Qt::Key_J)), QString());
    QCOMPARE(bindings.bind(Command::Timeline, QKeySequence()), QString());
    QVERIFY(bindings.key(Command::Timeline).isEmpty());
}

void TestTriageBindings::keysTheConsoleNeedsAreRefused_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("Tab") << QKeySequence(Qt::Key_Tab);
    QTest::newRow("Escape") << QKeySequence(Qt::Key_Escape);
    QTest::newRow("Return") << QKeySequence(Qt::Key_Return);
    QTest::newRow("Space") << QKeySequence(Qt::Key_Space);
    QTest::newRow("Down") << QKeySequence(Qt::Key_Down);
    QTest::newRow("find person") << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("page switch") << QKeySequence(Qt::CTRL | Qt::Key_3);
    QTest::newRow("copy") << QKeySequence(Qt::CTRL | Qt::Key_C);
    QTest::newRow("two keys") << QKeySequence(Qt::CTRL | Qt::Key_M, Qt::Key_J);
    QTest::newRow("modifier alone") << QKeySequence(Qt::Key_Shift);
}

void TestTriageBindings::keysTheConsoleNeedsAreRefused()
{
    QFETCH(QKeySequence, key);
    TriageBindings bindings;
    const QString problem = bindings.bind(Command::Escalate, key);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(
                 key[0].key() == Qt::Key_Shift
                     ? QStringLiteral("Shift")
                     : key.toString(QKeySequence::NativeText).section(QLatin1Char(','), 0, 0)),
             qPrintable(problem));
    QCOMPARE(bindings.key(Command::Escalate), QKeySequence(Qt::Key_E));
}

void TestTriageBindings::savedBindingsComeBack()
{
    QSignalSpy changed(&Moderation::ModerationConsoleSettings::instance(),
                       &Moderation::ModerationConsoleSettings::changed);
    TriageBindings bindings;
    QCOMPARE(bindings.bind(Command::Warn, QKeySequence(Qt::SHIFT | Qt::Key_W)), QString());
    QCOMPARE(bindings.bind(Command::Escalate, QKeySequence()), QString());
    bindings.save();
    QCOMPARE(changed.size(), 1);

    const TriageBindings loaded = TriageBindings::load();
    QCOMPARE(loaded.key(Command::Warn), QKeySequence(Qt::SHIFT | Qt::Key_W));
    QVERIFY(loaded.key(Command::Escalate).isEmpty());
    QCOMPARE(loaded.key(Command::Dismiss), QKeySequence(Qt::Key_D));
    QCOMPARE(loaded, bindings);

    // Back to the defaults: nothing is left in the settings.
    TriageBindings defaults;
    defaults.save();
    QVERIFY(QSettings().allKeys().filter(QStringLiteral("moderation/keys")).isEmpty());
    QCOMPARE(TriageBindings::load(), TriageBindings());
}

void TestTriageBindings::conflictingSettingsFileFallsBackToDefaults()
{
    // A hand-edited settings file gives two commands the same key.
    QSettings().setValue(QStringLiteral("moderation/keys/warn"), QStringLiteral("J"));
    QSettings().setValue(QStringLiteral("moderation/keys/ban"), QStringLiteral("Ctrl+K"));
    const TriageBindings loaded = TriageBindings::load();
    QSet<QString> keys;
    int bound = 0;
    for (Command command : TriageBindings::commands()) {
        if (loaded.key(command).isEmpty())
            continue;
        ++bound;
        keys.insert(loaded.key(command).toString());
    }
    QCOMPARE(keys.size(), bound);
    QVERIFY(loaded.key(Command::Ban) != QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(loaded.key(Command::Ban), QKeySequence(Qt::Key_B));
}

void TestTriageBindings::settingsTabRefusesTakenKeyWithItsReason()
{
    Test::ModerationUiFixture fixture;
    Moderation::ModerationSettingsSection section(*fixture.session);
    section.show();
    QTRY_VERIFY(section.hasLoadedPreferences());

    // Typing the key in the key field, as the operator does.
    section.selectCommand(Command::Warn);
    auto *edit = section.findChild<Moderation::KeyCaptureField *>(QStringLiteral("keyEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->key(), QKeySequence(Qt::Key_W));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_J);
    QVERIFY(section.keyMessage()->isError());
    QVERIFY2(section.keyMessage()->text().contains(QStringLiteral("“Next item”")),
             qPrintable(section.keyMessage()->text()));
    QCOMPARE(section.bindings().key(Command::Warn), QKeySequence(Qt::Key_W));
    QCOMPARE(edit->key(), QKeySequence(Qt::Key_W));
    auto *list = section.findChild<QTreeWidget *>(QStringLiteral("triageKeys"));
    QCOMPARE(list->currentItem()->text(1), QStringLiteral("W"));

    // A free key is taken at once.
    section.selectCommand(Command::Warn);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F, Qt::ShiftModifier);
    QVERIFY(!section.keyMessage()->isError());
    QCOMPARE(section.bindings().key(Command::Warn), QKeySequence(Qt::SHIFT | Qt::Key_F));
    QCOMPARE(list->currentItem()->text(1),
             QKeySequence(Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText));
    // A key the console needs is refused with what it does.
    QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(section.keyMessage()->isError());
    QVERIFY2(section.keyMessage()->text().contains(QStringLiteral("“Find person…”")),
             qPrintable(section.keyMessage()->text()));
    QCOMPARE(section.bindings().key(Command::Warn), QKeySequence(Qt::SHIFT | Qt::Key_F));
    // "?" is typed with Shift but bound as the character.
    section.selectCommand(Command::Timeline);
    QTest::keyClick(edit, Qt::Key_Question, Qt::ShiftModifier, 0);
    QVERIFY(section.keyMessage()->isError());
    QVERIFY2(section.keyMessage()->text().contains(QStringLiteral("“Show the keys”")),
             qPrintable(section.keyMessage()->text()));
}

void TestTriageBindings::settingsTabSavesOnlyOnOk()
{
    Test::ModerationUiFixture fixture;
    for (const bool confirm : {false, true}) {
        Shell::SettingsDialog dialog(QStringLiteral("test"));
        auto *section = new Moderation::ModerationSettingsSection(*fixture.session);
        dialog.addSection(QStringLiteral("Moderation"), section);
        QTRY_VERIFY(section->hasLoadedPreferences());
        QVERIFY(section->setKey(Command::Dismiss, QKeySequence(Qt::Key_X)));
        QVERIFY(section->blurPhotos()->isChecked());
        section->blurPhotos()->setChecked(false);
        if (confirm)
            dialog.accept();
        else
            dialog.reject();
        fixture.services().bus().waitForIdle();
        QTest::qWait(100);
        const bool blur =
            fixture.execute(QStringLiteral("mia"), QStringLiteral("moderation.preferences"), {})
                .data.toObject()
                .value(QStringLiteral("blur_images"))
                .toBool();
        QCOMPARE(TriageBindings::load().key(Command::Dismiss),
                 confirm ? QKeySequence(Qt::Key_X) : QKeySequence(Qt::Key_D));
        QCOMPARE(blur, !confirm);
    }
}

QTEST_MAIN(TestTriageBindings)
#include "tst_triagebindings.moc"
