#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Steward::Shell {

class ConsoleSession;
class InlineMessage;

/** "My account": the logged-in operator changes their own password and enrolls an
 *  authenticator app for two-factor login (secret shown as text and as a QR code, confirmed
 *  with a first code). Every change goes through the command bus. */
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(ConsoleSession &session, QWidget *parent = nullptr);

    /** Opens the two-factor tab and asks the service for a new secret. */
    void beginTwoFactorEnrollment();

private:
    QWidget *createPasswordTab();
    QWidget *createTwoFactorTab();
    void changePassword();
    void confirmTwoFactor();
    void cancelTwoFactor();

    ConsoleSession &m_session;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_currentPassword = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    QPushButton *m_changePasswordButton = nullptr;
    InlineMessage *m_passwordMessage = nullptr;

    QStackedWidget *m_twoFactorPages = nullptr;
    QPushButton *m_beginButton = nullptr;
    InlineMessage *m_twoFactorStatus = nullptr;
    QLabel *m_qrCode = nullptr;
    QLabel *m_secret = nullptr;
    QLineEdit *m_totpCode = nullptr;
    QPushButton *m_confirmButton = nullptr;
    InlineMessage *m_enrollMessage = nullptr;
    QString m_pendingSecret;
};

} // namespace Steward::Shell
