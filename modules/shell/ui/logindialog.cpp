#include "logindialog.h"

#include "inlinemessage.h"
#include "rememberedlogin.h"

#include "authservice.h"
#include "errors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Steward::Shell {

namespace {

/** What a login attempt on the worker thread came back with. */
struct LoginAttempt
{
    std::optional<Principal> principal;
    QString token;
    ErrorCode code = ErrorCode::Ok;
    QString message;
};

const QString kTwoFactorRequired = QStringLiteral("two-factor code required");

} // namespace

LoginDialog::LoginDialog(AuthService &auth, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — Steward"));

    auto *title = new QLabel(tr("Steward"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Log in to the operations console."), this);
    auto *database = new QLabel(tr("Database: %1").arg(databaseName), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setForegroundRole(QPalette::PlaceholderText);
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totpCode = new QLineEdit(this);
    m_totpCode->setObjectName(QStringLiteral("totpCode"));
    m_totpCode->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_totpCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_totpCode));
    m_totpCode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_remember = new QCheckBox(tr("Remember me on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_remember->setToolTip(tr("Keeps you logged in for 30 days. The login is kept in the "
                              "system keychain; nothing secret is written to the settings."));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Username:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Two-factor code:"), m_totpCode);
    m_form->addRow(QString(), m_remember);
    m_form->setRowVisible(m_totpCode, false);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("message"));

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_quitButton = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(database);
    layout->addSpacing(12);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(m_username, &QLineEdit::textEdited, this, [this] { showTwoFactorField(false); });
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::showNotice(const QString &text, bool isError)
{
    m_message->showMessage(isError ? InlineMessage::Kind::Error : InlineMessage::Kind::Information,
                           text);
}

void LoginDialog::logIn()
{
    if (m_busy)
        return;
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty()) {
        m_message->showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_message->showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const bool wantsCode = m_form->isRowVisible(m_totpCode);
    const QString code = m_totpCode->text().remove(QLatin1Char(' '));
    if (wantsCode && code.isEmpty()) {
        m_message->showError(tr("Enter the code from your authenticator app."));
        m_totpCode->setFocus();
        return;
    }

    setBusy(true);
    m_message->showInformation(tr("Checking…"));
    const bool remember = m_remember->isChecked();
    const QString device = QSysInfo::machineHostName();
    AuthService *auth = &m_auth;
    auto *watcher = new QFutureWatcher<LoginAttempt>(this);
    connect(watcher, &QFutureWatcher<LoginAttempt>::finished, this, [this, watcher] {
        const LoginAttempt attempt = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (attempt.principal) {
            finishLogin(*attempt.principal, attempt.token);
            return;
        }
        if (attempt.code == ErrorCode::Unauthenticated && attempt.message == kTwoFactorRequired) {
            showTwoFactorField(true);
            m_message->showInformation(
                tr("Two-factor authentication is on for this operator. Enter the code from "
                   "your authenticator app."));
            m_totpCode->setFocus();
            return;
        }
        m_message->showError(attempt.message);
        if (m_form->isRowVisible(m_totpCode) && attempt.message.contains(QLatin1String("code"))) {
            m_totpCode->clear();
            m_totpCode->setFocus();
        } else {
            m_password->clear();
            m_password->setFocus();
        }
    });
    watcher->setFuture(QtConcurrent::run([auth, username, password, code, remember, device] {
        LoginAttempt attempt;
        try {
            attempt.principal = auth->login(username, password, code);
            if (remember)
                attempt.token = auth->createSession(*attempt.principal, device);
        } catch (const Error &error) {
            attempt.code = error.code();
            attempt.message = error.message();
        } catch (const std::exception &error) {
            attempt.code = ErrorCode::Internal;
            attempt.message = QString::fromLocal8Bit(error.what());
        }
        return attempt;
    }));
}

void LoginDialog::finishLogin(const Principal &principal, const QString &token)
{
    m_principal = principal;
    if (!token.isEmpty()) {
        const SecretStore::Result stored = RememberedLogin::store(principal.username, token);
        if (!stored.ok) {
            // The session is useless without a place to keep its token: end it now.
            AuthService *auth = &m_auth;
            QThreadPool::globalInstance()->start([auth, token] {
                try {
                    auth->revokeSession(token);
                } catch (const Error &) {
                    // It expires on its own; nothing holds the token any more.
                }
            });
            QMessageBox::warning(this, tr("Login not remembered"),
                                 tr("You are logged in, but Steward cannot remember the login on "
                                    "this computer because the system keychain is not available. "
                                    "You will be asked to log in next time.\n\n%1")
                                     .arg(stored.error));
        }
    }
    m_password->clear();
    m_totpCode->clear();
    m_message->clear();
    accept();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_totpCode->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("Log in"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showTwoFactorField(bool show)
{
    if (m_form->isRowVisible(m_totpCode) == show)
        return;
    if (!show)
        m_totpCode->clear();
    m_form->setRowVisible(m_totpCode, show);
}

} // namespace Steward::Shell
