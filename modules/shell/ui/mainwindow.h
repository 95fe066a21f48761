#pragma once

#include "moduleregistry.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Steward::Shell {

class AboutDialog;
class AccountDialog;
class ConsoleSession;
class IdleLock;
class LockScreen;
class SettingsDialog;

/** The console window: a sidebar with the pages the operator's role may see (each created the
 *  first time it is shown), the modules' global actions, File/Go/Help menus and a status bar
 *  naming the database and the operator. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleSession &session, const ModuleRegistry &registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleSession &session() const { return m_session; }

    /** Page ids in sidebar order. */
    QStringList pageIds() const;
    QString currentPageId() const;
    /** Shows page @p id, creating it if needed; false if the operator has no such page. */
    bool showPage(const QString &id);
    /** The page's widget if it has been created. */
    QWidget *pageWidget(const QString &id) const { return m_created.value(id); }

    IdleLock *idleLock() const { return m_idleLock; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    /** Covers the pages with the lock screen and disables every action, or undoes that. */
    void setLocked(bool locked);
    bool isLocked() const;

    SettingsDialog *openSettings();
    AccountDialog *openAccount();
    AboutDialog *openAbout();

Q_SIGNALS:
    /** The operator logs out; @p reason is empty when they chose to, else why they must. */
    void logoutRequested(const QString &reason);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus(const ModuleRegistry &registry);
    void showRow(int row);
    QWidget *createPage(const ModulePage &page);
    void forgetRememberedLogin(SettingsDialog *dialog);
    QAction *addGuardedAction(QMenu *menu, const QString &text, const QKeySequence &shortcut = {});

    ConsoleSession &m_session;
    QList<ModulePage> m_pages;
    QList<ModuleSettingsPage> m_settingsPages;
    QHash<QString, QWidget *> m_created;
    QList<QAction *> m_pageActions;
    QList<QAction *> m_guardedActions;

    QStackedWidget *m_central = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QWidget *m_emptyPage = nullptr;
    LockScreen *m_lockScreen = nullptr;
    IdleLock *m_idleLock = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QLabel *m_operatorStatus = nullptr;
};

} // namespace Steward::Shell
