#include "moderationuifixture.h"

#include "moderationui.h"
#include "moduleregistry.h"
#include "personview.h"
#include "subjecttimelinedialog.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace Steward;

/** The person view (People) offers what other modules know about the person: here the
 *  moderation timeline, contributed by the moderation console through the registry. */
class TestPersonActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::useTestSettings(); }
    void personViewOpensTheModerationTimeline();
    void rolesWithoutTheTimelineSeeNoButton();
};

namespace {

Moderation::SubjectTimelineDialog *openTimeline()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<Moderation::SubjectTimelineDialog *>(widget);
            dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

void TestPersonActions::personViewOpensTheModerationTimeline()
{
    Test::ModerationUiFixture fixture;
    const QList<qint64> people = fixture.addPeople(2);
    fixture.report({{QStringLiteral("subject_user_id"), people.at(0)},
                    {QStringLiteral("content_type"), QStringLiteral("message")},
                    {QStringLiteral("excerpt"), QStringLiteral("Pay me first")},
                    {QStringLiteral("source"), QStringLiteral("user_report")},
                    {QStringLiteral("reason"), QStringLiteral("scam")},
                    {QStringLiteral("reporter_user_id"), people.at(1)}});
    Shell::ModuleRegistry registry;
    Moderation::setupModerationUi(registry);
    fixture.session->setRegistry(&registry);

    People::PersonView view(*fixture.session, people.at(0));
    view.show();
    QTRY_VERIFY(!view.person().isEmpty());
    auto *button =
        view.findChild<QPushButton *>(QStringLiteral("personAction:moderation.timeline"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    if (const QString folder = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR"); !folder.isEmpty())
        view.grab().save(folder + QStringLiteral("/people-person-actions.png"));
    button->click();

    QTRY_VERIFY(openTimeline());
    Moderation::SubjectTimelineDialog *timeline = openTimeline();
    QCOMPARE(timeline->userId(), people.at(0));
    QTRY_VERIFY(timeline->model()->rowCount() >= 1);
    timeline->close();
    timeline->deleteLater();
}

void TestPersonActions::rolesWithoutTheTimelineSeeNoButton()
{
    Test::ModerationUiFixture fixture;
    const QList<qint64> people = fixture.addPeople(1);
    Shell::ModuleRegistry registry;
    Moderation::setupModerationUi(registry);
    Shell::ConsoleSession finance(
        fixture.services(),
        Principal::forOperator(fixture.root, QStringLiteral("fin"), Role::Finance));
    finance.setRegistry(&registry);
    People::PersonView view(finance, people.at(0));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("personAction:moderation.timeline")));
    // Without a registry (a session outside the console) the view has no module buttons.
    fixture.session->setRegistry(nullptr);
    People::PersonView plain(*fixture.session, people.at(0));
    QVERIFY(!plain.findChild<QPushButton *>(QStringLiteral("personAction:moderation.timeline")));
}

QTEST_MAIN(TestPersonActions)
#include "tst_personactions.moc"
