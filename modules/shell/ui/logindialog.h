#pragma once

#include "permissions.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Steward {
class AuthService;
}

namespace Steward::Shell {

class InlineMessage;

/** Asks for username, password and — when the service says the operator is enrolled — a
 *  two-factor code. The check runs off the GUI thread (password hashing takes a noticeable
 *  moment). "Remember me" keeps a session token in the OS keychain, never in the settings.
 *  Accepted once the service has logged the operator in; principal() is then who it was. */
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AuthService &auth, const QString &databaseName, QWidget *parent = nullptr);

    void setUsername(const QString &username);
    /** A notice shown above the form, e.g. why the operator was logged out. */
    void showNotice(const QString &text, bool isError = false);

    const Principal &principal() const { return m_principal; }
    bool isBusy() const { return m_busy; }

private:
    void logIn();
    void finishLogin(const Principal &principal, const QString &token);
    void setBusy(bool busy);
    void showTwoFactorField(bool show);

    AuthService &m_auth;
    Principal m_principal;
    bool m_busy = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totpCode = nullptr;
    QCheckBox *m_remember = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_quitButton = nullptr;
};

} // namespace Steward::Shell
