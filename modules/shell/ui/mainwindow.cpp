#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountdialog.h"
#include "consolesession.h"
#include "idlelock.h"
#include "lockscreen.h"
#include "operatorlabel.h"
#include "rememberedlogin.h"
#include "settingsdialog.h"
#include "settingssection.h"

#include "consolesettings.h"
#include "servicelayer.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Steward::Shell {

namespace {

QLabel *centeredNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MainWindow::MainWindow(ConsoleSession &session, const ModuleRegistry &registry, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_pages(registry.pagesFor(session)),
      m_settingsPages(registry.settingsPagesFor(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Steward"));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    const int rowHeight = fontMetrics().height() + 16;
    QPixmap blank(m_sidebar->iconSize());
    blank.fill(Qt::transparent);
    const QIcon blankIcon(blank);
    int widest = 0;
    for (const ModulePage &page : std::as_const(m_pages)) {
        // Without an icon theme (common outside KDE and GNOME) a blank icon keeps the titles
        // inset and aligned.
        auto *item =
            new QListWidgetItem(page.icon.isNull() ? blankIcon : page.icon, page.title, m_sidebar);
        item->setData(Qt::UserRole, page.id);
        item->setSizeHint(QSize(0, rowHeight));
        widest = std::max(widest, fontMetrics().horizontalAdvance(page.title));
    }
    m_sidebar->setFixedWidth(std::clamp(widest + 72, 180, 280));

    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(QStringLiteral("pages"));
    if (m_pages.isEmpty()) {
        m_emptyPage = centeredNote(tr("Your role (%1) has no pages in this console yet. Ask an "
                                      "administrator if you need access.")
                                       .arg(OperatorLabel::roleTitle(session.principal().role)),
                                   m_pageStack);
        m_pageStack->addWidget(m_emptyPage);
    }

    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);

    m_workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    auto *sidebarColumn = new QVBoxLayout;
    sidebarColumn->setContentsMargins(0, 6, 0, 0);
    sidebarColumn->addWidget(m_sidebar);
    workspaceLayout->addLayout(sidebarColumn);
    workspaceLayout->addWidget(divider);
    workspaceLayout->addWidget(m_pageStack, 1);

    m_lockScreen = new LockScreen(session.principal().username, this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);

    m_databaseStatus = new QLabel(
        tr("Database: %1").arg(session.services().database().url().displayString()), this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_operatorStatus = new QLabel(OperatorLabel::describe(session.principal()), this);
    m_operatorStatus->setObjectName(QStringLiteral("operatorStatus"));
    statusBar()->addWidget(m_databaseStatus, 1);
    statusBar()->addPermanentWidget(m_operatorStatus);

    createMenus(registry);
    m_idleLock = new IdleLock(session, *this);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    connect(m_lockScreen, &LockScreen::logoutRequested, this,
            [this] { Q_EMIT logoutRequested(QString()); });
    connect(&m_session, &ConsoleSession::accessRevoked, this,
            [this](const QString &reason) { Q_EMIT logoutRequested(reason); });

    if (!restoreGeometry(ConsoleSettings::windowGeometry().value())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1280, available.width() * 9 / 10),
               std::min(800, available.height() * 9 / 10));
    }
    if (!m_pages.isEmpty())
        m_sidebar->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    ConsoleSettings::windowGeometry().setValue(saveGeometry());
}

QAction *MainWindow::addGuardedAction(QMenu *menu, const QString &text,
                                      const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    m_guardedActions << action;
    return action;
}

void MainWindow::createMenus(const ModuleRegistry &registry)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = addGuardedAction(file, tr("&Settings…"), QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *account = addGuardedAction(file, tr("My &account…"));
    connect(account, &QAction::triggered, this, &MainWindow::openAccount);
    file->addSeparator();
    QAction *lock = addGuardedAction(file, tr("&Lock"), QKeySequence(tr("Ctrl+Shift+L")));
    connect(lock, &QAction::triggered, this, [this] { m_idleLock->lock(); });
    QAction *logout = addGuardedAction(file, tr("Log &out"));
    connect(logout, &QAction::triggered, this, [this] { Q_EMIT logoutRequested(QString()); });
    file->addSeparator();
    // Quitting stays possible while locked: it shows nothing.
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    auto *pageGroup = new QActionGroup(this);
    for (int row = 0; row < m_pages.size(); ++row) {
        const QString text =
            row < 9 ? tr("&%1 %2").arg(row + 1).arg(m_pages.at(row).title) : m_pages.at(row).title;
        QAction *action = addGuardedAction(
            go, text, row < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)) : QKeySequence());
        action->setObjectName(QStringLiteral("page:") + m_pages.at(row).id);
        action->setIcon(m_pages.at(row).icon);
        action->setCheckable(true);
        action->setActionGroup(pageGroup);
        connect(action, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
        m_pageActions << action;
    }
    const QList<ModuleAction> actions = registry.actionsFor(m_session);
    if (!actions.isEmpty() && !m_pages.isEmpty())
        go->addSeparator();
    for (const ModuleAction &moduleAction : actions) {
        QAction *action = addGuardedAction(go, moduleAction.text, moduleAction.shortcut);
        action->setObjectName(QStringLiteral("action:") + moduleAction.id);
        connect(action, &QAction::triggered, this, [this, trigger = moduleAction.trigger] {
            if (trigger)
                trigger(m_session, this);
        });
    }
    if (go->isEmpty())
        go->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = addGuardedAction(help, tr("&About Steward"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::openAbout);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const ModulePage &page : m_pages)
        ids << page.id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).id : QString();
}

bool MainWindow::showPage(const QString &id)
{
    const QStringList ids = pageIds();
    const int row = int(ids.indexOf(id));
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(row);
    return true;
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    const ModulePage &page = m_pages.at(row);
    QWidget *widget = m_created.value(page.id);
    if (!widget) {
        widget = createPage(page);
        m_created.insert(page.id, widget);
        m_pageStack->addWidget(widget);
    }
    m_pageStack->setCurrentWidget(widget);
    m_pageActions.at(row)->setChecked(true);
    setWindowTitle(tr("%1 — Steward").arg(page.title));
}

QWidget *MainWindow::createPage(const ModulePage &page)
{
    QWidget *widget = nullptr;
    QString problem;
    try {
        if (page.create)
            widget = page.create(m_session, m_pageStack);
    } catch (const std::exception &error) {
        problem = QString::fromLocal8Bit(error.what());
    }
    if (!widget)
        widget =
            centeredNote(problem.isEmpty()
                             ? tr("The page “%1” could not be opened.").arg(page.title)
                             : tr("The page “%1” could not be opened: %2").arg(page.title, problem),
                         m_pageStack);
    widget->setObjectName(widget->objectName().isEmpty() ? QStringLiteral("page:") + page.id
                                                         : widget->objectName());
    return widget;
}

void MainWindow::setLocked(bool locked)
{
    for (QAction *action : std::as_const(m_guardedActions))
        action->setEnabled(!locked);
    if (locked) {
        m_central->setCurrentWidget(m_lockScreen);
        m_lockScreen->reset();
        setWindowTitle(tr("Locked — Steward"));
    } else {
        m_central->setCurrentWidget(m_workspace);
        const int row = m_sidebar->currentRow();
        setWindowTitle(row >= 0 ? tr("%1 — Steward").arg(m_pages.at(row).title) : tr("Steward"));
        if (QWidget *page = m_pageStack->currentWidget())
            page->setFocus();
    }
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lockScreen;
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_session.services().database().url().displayString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const ModuleSettingsPage &page : std::as_const(m_settingsPages)) {
        if (!page.create)
            continue;
        if (SettingsSection *section = page.create(m_session, dialog)) {
            if (section->objectName().isEmpty())
                section->setObjectName(QStringLiteral("settings:") + page.id);
            dialog->addSection(page.title, section);
        }
    }
    connect(dialog, &SettingsDialog::forgetLoginRequested, this,
            [this, dialog] { forgetRememberedLogin(dialog); });
    connect(dialog, &SettingsDialog::settingsSaved, m_idleLock, &IdleLock::reloadSettings);
    dialog->open();
    return dialog;
}

AccountDialog *MainWindow::openAccount()
{
    auto *dialog = new AccountDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(m_session.services().database().url().displayString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::forgetRememberedLogin(SettingsDialog *dialog)
{
    const SecretStore::Result result = RememberedLogin::forget(m_session.services().auth());
    dialog->refreshRememberedLogin();
    if (!result.ok)
        QMessageBox::warning(dialog, tr("Forget remembered login"),
                             tr("Steward no longer uses the remembered login, but the system "
                                "keychain entry could not be removed: %1")
                                 .arg(result.error));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT quitRequested();
}

} // namespace Steward::Shell
