#include "moderationui.h"

#include "moderationpage.h"
#include "moderationpolicypage.h"
#include "moderationpermissions.h"
#include "moderationsettingssection.h"

#include "consolesession.h"
#include "moduleregistry.h"

#include <QIcon>

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
    registry.addSettingsPage(
        {QStringLiteral("moderation"), ModerationSettingsSection::tr("Moderation"),
         Permission::View, 20,
         [](Shell::ConsoleSession &session, QWidget *parent) -> Shell::SettingsSection * {
             return new ModerationSettingsSection(session, parent);
         }});
}

} // namespace Steward::Moderation
