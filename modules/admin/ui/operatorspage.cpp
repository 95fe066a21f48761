#include "operatorspage.h"

#include "commanddialog.h"
#include "operatorlistmodel.h"

#include "authservice.h"
#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"
#include "passwordhasher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Steward::Admin {

namespace {

QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

/** The service's own check of a new password, so the dialog and the service agree. */
QString passwordProblem(const QLineEdit *password, const QLineEdit *confirmation)
{
    if (password->text().isEmpty())
        return OperatorsPage::tr("Enter a password.");
    if (const QString weakness = PasswordHasher::weakness(password->text()); !weakness.isEmpty())
        return weakness;
    if (confirmation->text() != password->text())
        return OperatorsPage::tr("The two passwords differ.");
    return {};
}

} // namespace

OperatorsPage::OperatorsPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new OperatorListModel(session, this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolBar->addAction(tr("&Add…"), this, &OperatorsPage::addOperator);
    toolBar->addSeparator();
    m_changeRole = toolBar->addAction(tr("Change &role…"), this, &OperatorsPage::changeRole);
    m_disable = toolBar->addAction(tr("&Disable…"), this, &OperatorsPage::toggleDisabled);
    m_resetPassword =
        toolBar->addAction(tr("Reset &password…"), this, &OperatorsPage::resetPassword);
    m_removeTwoFactor =
        toolBar->addAction(tr("Remove &two-factor…"), this, &OperatorsPage::removeTwoFactor);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    QAction *reload = toolBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                         tr("Reload"), m_model, &OperatorListModel::reload);
    reload->setToolTip(tr("Reload the operators"));

    m_view = new Shell::RecordTableView(this);
    m_view->setModel(m_model);
    m_view->setColumnWidthsInEms({{OperatorListModel::UsernameColumn, 11},
                                  {OperatorListModel::DisplayNameColumn, 14},
                                  {OperatorListModel::RoleColumn, 7},
                                  {OperatorListModel::StatusColumn, 18},
                                  {OperatorListModel::TwoFactorColumn, 8}});

    m_message = new Shell::InlineMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selectedId = currentOperator().value(QStringLiteral("id")).toInteger();
        updateActions();
    });
    connect(m_model, &OperatorListModel::loaded, this, [this] {
        m_message->clear();
        restoreSelection();
        updateActions();
    });
    connect(m_model, &OperatorListModel::errorOccurred, this, [this](const QString &message) {
        m_message->showError(tr("Could not load the operators: %1").arg(message));
    });
    updateActions();
}

QJsonObject OperatorsPage::currentOperator() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->operatorAt(current.row()) : QJsonObject();
}

void OperatorsPage::updateActions()
{
    const QJsonObject account = currentOperator();
    const bool hasSelection = !account.isEmpty();
    const bool isDisabled = account.value(QStringLiteral("is_disabled")).toBool();
    m_changeRole->setEnabled(hasSelection);
    m_disable->setEnabled(hasSelection);
    m_disable->setText(isDisabled ? tr("&Enable") : tr("&Disable…"));
    m_resetPassword->setEnabled(hasSelection);
    m_removeTwoFactor->setEnabled(hasSelection &&
                                  account.value(QStringLiteral("totp_enrolled")).toBool());
}

void OperatorsPage::restoreSelection()
{
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0 && m_view->selectionModel()->currentIndex().row() != row)
        m_view->selectRow(row);
}

void OperatorsPage::addOperator()
{
    auto *dialog = new CommandDialog(m_session, QStringLiteral("operator.add"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add operator"));
    dialog->setDescription(tr("The new operator logs in with this username and password."));
    auto *username = new QLineEdit(dialog);
    auto *displayName = new QLineEdit(dialog);
    displayName->setPlaceholderText(tr("Shown in the audit log next to the username"));
    auto *role = new QComboBox(dialog);
    for (const QString &name : roleNames())
        role->addItem(OperatorListModel::roleText(name), name);
    auto *password = passwordEdit(dialog);
    auto *confirmation = passwordEdit(dialog);
    auto *mustChange = new QCheckBox(tr("Must choose a new password at first login"), dialog);
    mustChange->setChecked(true);
    dialog->form()->addRow(tr("&Username:"), username);
    dialog->form()->addRow(tr("&Display name:"), displayName);
    dialog->form()->addRow(tr("&Role:"), role);
    dialog->form()->addRow(tr("&Password:"), password);
    dialog->form()->addRow(tr("&Confirm:"), confirmation);
    dialog->form()->addRow(QString(), mustChange);
    dialog->setAcceptText(tr("Add"));
    dialog->setValidator([username, password, confirmation]() -> QString {
        if (username->text().trimmed().isEmpty())
            return tr("Enter a username.");
        try {
            AuthService::normalizedUsername(username->text());
        } catch (const Error &error) {
            return error.message();
        }
        return passwordProblem(password, confirmation);
    });
    dialog->setParameters([username, displayName, role, password, mustChange] {
        return QJsonObject{{QStringLiteral("username"), username->text().trimmed()},
                           {QStringLiteral("display_name"), displayName->text().trimmed()},
                           {QStringLiteral("role"), role->currentData().toString()},
                           {QStringLiteral("password"), password->text()},
                           {QStringLiteral("must_change_password"), mustChange->isChecked()}};
    });
    for (QLineEdit *edit : {username, password, confirmation})
        connect(edit, &QLineEdit::textChanged, dialog, &CommandDialog::revalidate);
    connect(dialog, &CommandDialog::succeeded, this, [this](const QJsonValue &created) {
        m_selectedId = created.toObject().value(QStringLiteral("id")).toInteger();
    });
    dialog->open();
}

void OperatorsPage::changeRole()
{
    const QJsonObject account = currentOperator();
    if (account.isEmpty())
        return;
    const QString username = account.value(QStringLiteral("username")).toString();
    const QString current = account.value(QStringLiteral("role")).toString();
    auto *dialog = new CommandDialog(m_session, QStringLiteral("operator.set_role"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role of %1").arg(username));
    dialog->setDescription(
        tr("The new role takes effect in every console at %1's next action.").arg(username));
    auto *role = new QComboBox(dialog);
    for (const QString &name : roleNames())
        role->addItem(OperatorListModel::roleText(name), name);
    role->setCurrentIndex(role->findData(current));
    dialog->form()->addRow(tr("&Role:"), role);
    dialog->setAcceptText(tr("Change role"));
    dialog->setValidator([role, current]() -> QString {
        return role->currentData().toString() == current ? tr("Choose a different role.")
                                                         : QString();
    });
    dialog->setParameters([role, account] {
        return QJsonObject{{QStringLiteral("id"), account.value(QStringLiteral("id"))},
                           {QStringLiteral("role"), role->currentData().toString()},
                           {QStringLiteral("version"), account.value(QStringLiteral("version"))}};
    });
    connect(role, &QComboBox::currentIndexChanged, dialog, &CommandDialog::revalidate);
    dialog->open();
}

void OperatorsPage::toggleDisabled()
{
    const QJsonObject account = currentOperator();
    if (account.isEmpty())
        return;
    const QString username = account.value(QStringLiteral("username")).toString();
    const qint64 id = account.value(QStringLiteral("id")).toInteger();
    if (account.value(QStringLiteral("is_disabled")).toBool()) {
        m_session.call(QStringLiteral("operator.enable"), {{QStringLiteral("id"), id}}, this,
                       [this, username](const CommandResult &result) {
                           if (!result.ok())
                               QMessageBox::warning(this, tr("Enable %1").arg(username),
                                                    result.message);
                       });
        return;
    }
    openReasonDialog(QStringLiteral("operator.disable"), id, tr("Disable %1").arg(username),
                     tr("%1 is logged out of every console and cannot log in until an admin "
                        "enables them again.")
                         .arg(username),
                     tr("Disable"));
}

void OperatorsPage::resetPassword()
{
    const QJsonObject account = currentOperator();
    if (account.isEmpty())
        return;
    const QString username = account.value(QStringLiteral("username")).toString();
    const qint64 id = account.value(QStringLiteral("id")).toInteger();
    auto *dialog = new CommandDialog(m_session, QStringLiteral("operator.reset_password"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reset password of %1").arg(username));
    dialog->setDescription(tr("%1's remembered logins end and a lockout is lifted. Give them "
                              "the new password in person or by phone.")
                               .arg(username));
    auto *password = passwordEdit(dialog);
    auto *confirmation = passwordEdit(dialog);
    auto *mustChange = new QCheckBox(tr("Must choose a new password at next login"), dialog);
    mustChange->setChecked(true);
    dialog->form()->addRow(tr("New &password:"), password);
    dialog->form()->addRow(tr("&Confirm:"), confirmation);
    dialog->form()->addRow(QString(), mustChange);
    dialog->setAcceptText(tr("Reset password"));
    dialog->setValidator(
        [password, confirmation] { return passwordProblem(password, confirmation); });
    dialog->setParameters([password, mustChange, id] {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("password"), password->text()},
                           {QStringLiteral("must_change_password"), mustChange->isChecked()}};
    });
    for (QLineEdit *edit : {password, confirmation})
        connect(edit, &QLineEdit::textChanged, dialog, &CommandDialog::revalidate);
    dialog->open();
}

void OperatorsPage::removeTwoFactor()
{
    const QJsonObject account = currentOperator();
    if (account.isEmpty())
        return;
    const QString username = account.value(QStringLiteral("username")).toString();
    const qint64 id = account.value(QStringLiteral("id")).toInteger();
    openReasonDialog(QStringLiteral("operator.totp_disable"), id,
                     tr("Remove two-factor login of %1").arg(username),
                     tr("Use this when %1 lost their authenticator. Until they enroll again, "
                        "their password alone lets them in.")
                         .arg(username),
                     tr("Remove two-factor"));
}

void OperatorsPage::openReasonDialog(const QString &command, qint64 id, const QString &title,
                                     const QString &description, const QString &acceptText)
{
    auto *dialog = new CommandDialog(m_session, command, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setDescription(description);
    auto *reason = new QLineEdit(dialog);
    reason->setPlaceholderText(tr("Required; recorded in the audit log"));
    dialog->form()->addRow(tr("&Reason:"), reason);
    dialog->setAcceptText(acceptText);
    dialog->setValidator([reason]() -> QString {
        return reason->text().trimmed().isEmpty() ? tr("Give a reason.") : QString();
    });
    dialog->setParameters([reason, id] {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("reason"), reason->text().trimmed()}};
    });
    connect(reason, &QLineEdit::textChanged, dialog, &CommandDialog::revalidate);
    dialog->open();
}

} // namespace Steward::Admin
