#include "moderationui.h"

#include "moderationpage.h"
#include "moderationpolicypage.h"
#include "moderationpermissions.h"
#include "moderationsettingssection.h"
#include "subjecttimelinedialog.h"

#include "consolesession.h"
#include "moduleregistry.h"

#include <QIcon>
#include <QInputDialog>

#include <limits>

namespace Steward::Moderation {

void setupModerationUi(Shell::ModuleRegistry &registry)
{
    registry.addPage({QStringLiteral("moderation"), ModerationPage::tr("Moderation"),
                      QIcon::fromTheme(QStringLiteral("security-medium")), Permission::View, 20,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new ModerationPage(session, parent);
                      }});
    registry.addPage({QStringLiteral("moderation-policy"),
                      ModerationPolicyPage::tr("Moderation policy"),
                      QIcon::fromTheme(QStringLiteral("document-edit")), Permission::Policy, 85,
                      [](Shell::ConsoleSession &session, QWidget *parent) -> QWidget * {
                          return new ModerationPolicyPage(session, parent);
                      }});
    // Support staff answer users about their standing without the queues.
    registry.addAction({QStringLiteral("moderation.timeline"),
                        SubjectTimelineDialog::tr("Moderation timeline of a person…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), Permission::Timeline,
                        [](Shell::ConsoleSession &session, QWidget *window) {
                            bool isChosen = false;
                            const int id = QInputDialog::getInt(
                                window, SubjectTimelineDialog::tr("Moderation timeline"),
                                SubjectTimelineDialog::tr("Person ID (as on the People page):"), 1,
                                1, std::numeric_limits<int>::max(), 1, &isChosen);
                            if (isChosen)
                                SubjectTimelineDialog::open(
                                    session, id, SubjectTimelineDialog::tr("person #%1").arg(id),
                                    window);
                        }});
    registry.addPersonAction(
        {QStringLiteral("moderation.timeline"), SubjectTimelineDialog::tr("Moderation &timeline…"),
         Permission::Timeline,
         [](Shell::ConsoleSession &session, QWidget *parent, qint64 personId,
            const QString &personName) {
             SubjectTimelineDialog::open(session, personId, personName, parent);
         }});
    registry.addSettingsPage(
        {QStringLiteral("moderation"), ModerationSettingsSection::tr("Moderation"),
         Permission::View, 20,
         [](Shell::ConsoleSession &session, QWidget *parent) -> Shell::SettingsSection * {
             return new ModerationSettingsSection(session, parent);
         }});
}

} // namespace Steward::Moderation
