#include "moduleregistry.h"

#include "consolesession.h"

#include <algorithm>

namespace Steward::Shell {

QList<ModulePage> ModuleRegistry::pagesFor(const ConsoleSession &session) const
{
    QList<ModulePage> result;
    std::copy_if(m_pages.cbegin(), m_pages.cend(), std::back_inserter(result),
                 [&](const ModulePage &page) { return session.can(page.permission); });
    std::stable_sort(result.begin(), result.end(),
                     [](const ModulePage &a, const ModulePage &b) { return a.order < b.order; });
    return result;
}

QList<ModuleAction> ModuleRegistry::actionsFor(const ConsoleSession &session) const
{
    QList<ModuleAction> result;
    std::copy_if(m_actions.cbegin(), m_actions.cend(), std::back_inserter(result),
                 [&](const ModuleAction &action) { return session.can(action.permission); });
    return result;
}

QList<ModuleSettingsPage> ModuleRegistry::settingsPagesFor(const ConsoleSession &session) const
{
    QList<ModuleSettingsPage> result;
    std::copy_if(m_settingsPages.cbegin(), m_settingsPages.cend(), std::back_inserter(result),
                 [&](const ModuleSettingsPage &page) { return session.can(page.permission); });
    std::stable_sort(
        result.begin(), result.end(),
        [](const ModuleSettingsPage &a, const ModuleSettingsPage &b) { return a.order < b.order; });
    return result;
}

QList<PersonAction> ModuleRegistry::personActionsFor(const ConsoleSession &session) const
{
    QList<PersonAction> result;
    std::copy_if(m_personActions.cbegin(), m_personActions.cend(), std::back_inserter(result),
                 [&](const PersonAction &action) { return session.can(action.permission); });
    return result;
}

} // namespace Steward::Shell
