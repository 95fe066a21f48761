#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Steward::Shell {

class ConsoleSession;
class SettingsSection;

/** A page a module contributes to the main window's sidebar. */
struct ModulePage
{
    QString id;    ///< Stable identifier, e.g. "people".
    QString title; ///< Translated sidebar title.
    QIcon icon;
    QString permission; ///< The page is shown only to operators who hold it.
    int order = 100;    ///< Sidebar position, ascending.
    std::function<QWidget *(ConsoleSession &session, QWidget *parent)> create;
};

/** A global action a module contributes (menu entry with optional shortcut), e.g. Ctrl+K
 *  "Find person…". */
struct ModuleAction
{
    QString id;
    QString text; ///< Translated menu text.
    QKeySequence shortcut;
    QString permission;
    std::function<void(ConsoleSession &session, QWidget *window)> trigger;
};

/** A tab a module contributes to the Settings dialog, e.g. the moderation key bindings. */
struct ModuleSettingsPage
{
    QString id;
    QString title; ///< Translated tab title.
    QString permission;
    int order = 100; ///< Tab position, ascending.
    std::function<SettingsSection *(ConsoleSession &session, QWidget *parent)> create;
};

/** Something a module offers on a person's view (People), e.g. their moderation timeline:
 *  every module's history of the same person, one click from where support staff look. */
struct PersonAction
{
    QString id;
    QString text; ///< Translated button text.
    QString permission;
    std::function<void(ConsoleSession &session, QWidget *parent, qint64 personId,
                       const QString &personName)>
        trigger;
};

/** What the modules contribute to the console; app/steward fills it by calling each module's
 *  one setup function. */
class ModuleRegistry
{
public:
    void addPage(ModulePage page) { m_pages << std::move(page); }
    void addAction(ModuleAction action) { m_actions << std::move(action); }
    void addSettingsPage(ModuleSettingsPage page) { m_settingsPages << std::move(page); }
    void addPersonAction(PersonAction action) { m_personActions << std::move(action); }

    /** Pages the operator of @p session may see, in sidebar order. */
    QList<ModulePage> pagesFor(const ConsoleSession &session) const;
    QList<ModuleAction> actionsFor(const ConsoleSession &session) const;
    /** Settings tabs the operator of @p session may see, in tab order. */
    QList<ModuleSettingsPage> settingsPagesFor(const ConsoleSession &session) const;
    QList<PersonAction> personActionsFor(const ConsoleSession &session) const;

private:
    QList<ModulePage> m_pages;
    QList<ModuleAction> m_actions;
    QList<ModuleSettingsPage> m_settingsPages;
    QList<PersonAction> m_personActions;
};

} // namespace Steward::Shell
