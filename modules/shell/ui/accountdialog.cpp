#include "accountdialog.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "operatorlabel.h"
#include "qrcode.h"

#include "passwordhasher.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Shell {

namespace {

/** "ABCD EFGH …": easier to type into an authenticator by hand. */
QString groupedSecret(const QString &secret)
{
    QString grouped;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += secret.mid(i, 4);
    }
    return grouped;
}

} // namespace

AccountDialog::AccountDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("My account"));

    auto *who =
        new QLabel(tr("Logged in as %1.").arg(OperatorLabel::describe(session.principal())), this);
    who->setObjectName(QStringLiteral("operatorLabel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    m_tabs->addTab(createPasswordTab(), tr("Password"));
    m_tabs->addTab(createTwoFactorTab(), tr("Two-factor authentication"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QWidget *AccountDialog::createPasswordTab()
{
    auto *tab = new QWidget(this);
    m_currentPassword = new QLineEdit(tab);
    m_currentPassword->setObjectName(QStringLiteral("currentPassword"));
    m_newPassword = new QLineEdit(tab);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setPlaceholderText(
        tr("At least %1 characters").arg(PasswordHasher::kMinimumLength));
    m_repeatPassword = new QLineEdit(tab);
    m_repeatPassword->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit *edit : {m_currentPassword, m_newPassword, m_repeatPassword})
        edit->setEchoMode(QLineEdit::Password);

    m_changePasswordButton = new QPushButton(tr("Change password"), tab);
    m_changePasswordButton->setObjectName(QStringLiteral("changePasswordButton"));
    connect(m_changePasswordButton, &QPushButton::clicked, this, &AccountDialog::changePassword);
    m_passwordMessage = new InlineMessage(tab);
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Current password:"), m_currentPassword);
    form->addRow(tr("&New password:"), m_newPassword);
    form->addRow(tr("&Repeat new password:"), m_repeatPassword);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_changePasswordButton);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_passwordMessage);
    layout->addLayout(buttonRow);
    layout->addStretch(1);
    return tab;
}

QWidget *AccountDialog::createTwoFactorTab()
{
    auto *tab = new QWidget(this);
    m_twoFactorPages = new QStackedWidget(tab);

    // Page 0: what two-factor login is, and the button to start.
    auto *intro = new QWidget(m_twoFactorPages);
    auto *explanation = new QLabel(
        tr("With two-factor authentication, logging in also asks for a six-digit code from an "
           "authenticator app on your phone (for example Aegis, FreeOTP or Google "
           "Authenticator).\n\nSetting it up again replaces the authenticator you enrolled "
           "before."),
        intro);
    explanation->setWordWrap(true);
    m_beginButton = new QPushButton(tr("Set up two-factor authentication…"), intro);
    m_beginButton->setObjectName(QStringLiteral("totpBeginButton"));
    connect(m_beginButton, &QPushButton::clicked, this, &AccountDialog::beginTwoFactorEnrollment);
    m_twoFactorStatus = new InlineMessage(intro);
    m_twoFactorStatus->setObjectName(QStringLiteral("totpStatus"));
    auto *introButtonRow = new QHBoxLayout;
    introButtonRow->addWidget(m_beginButton);
    introButtonRow->addStretch(1);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->setContentsMargins(0, 0, 0, 0);
    introLayout->addWidget(explanation);
    introLayout->addSpacing(8);
    introLayout->addLayout(introButtonRow);
    introLayout->addWidget(m_twoFactorStatus);
    introLayout->addStretch(1);
    m_twoFactorPages->addWidget(intro);

    // Page 1: the new secret as a QR code and as text, and the first code to confirm it.
    auto *enroll = new QWidget(m_twoFactorPages);
    auto *scan = new QLabel(tr("1. Scan this code with your authenticator app."), enroll);
    scan->setWordWrap(true);
    m_qrCode = new QLabel(enroll);
    m_qrCode->setObjectName(QStringLiteral("qrCode"));
    m_qrCode->setAlignment(Qt::AlignCenter);
    auto *manual = new QLabel(tr("Cannot scan it? Enter this key instead:"), enroll);
    manual->setWordWrap(true);
    m_secret = new QLabel(enroll);
    m_secret->setObjectName(QStringLiteral("totpSecret"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setAlignment(Qt::AlignCenter);
    auto *typeCode = new QLabel(tr("2. Enter the code the app shows now:"), enroll);
    typeCode->setWordWrap(true);
    m_totpCode = new QLineEdit(enroll);
    m_totpCode->setObjectName(QStringLiteral("totpCode"));
    m_totpCode->setPlaceholderText(tr("6 digits"));
    m_totpCode->setMaximumWidth(160);
    m_totpCode->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_totpCode));
    m_confirmButton = new QPushButton(tr("Turn on"), enroll);
    m_confirmButton->setObjectName(QStringLiteral("totpConfirmButton"));
    auto *cancel = new QPushButton(tr("Cancel"), enroll);
    cancel->setObjectName(QStringLiteral("totpCancelButton"));
    connect(m_confirmButton, &QPushButton::clicked, this, &AccountDialog::confirmTwoFactor);
    connect(m_totpCode, &QLineEdit::returnPressed, this, &AccountDialog::confirmTwoFactor);
    connect(cancel, &QPushButton::clicked, this, &AccountDialog::cancelTwoFactor);
    m_enrollMessage = new InlineMessage(enroll);
    m_enrollMessage->setObjectName(QStringLiteral("totpMessage"));

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_totpCode);
    codeRow->addWidget(m_confirmButton);
    codeRow->addStretch(1);
    codeRow->addWidget(cancel);
    auto *enrollLayout = new QVBoxLayout(enroll);
    enrollLayout->setContentsMargins(0, 0, 0, 0);
    enrollLayout->addWidget(scan);
    enrollLayout->addWidget(m_qrCode);
    enrollLayout->addWidget(manual);
    enrollLayout->addWidget(m_secret);
    enrollLayout->addSpacing(8);
    enrollLayout->addWidget(typeCode);
    enrollLayout->addLayout(codeRow);
    enrollLayout->addWidget(m_enrollMessage);
    enrollLayout->addStretch(1);
    m_twoFactorPages->addWidget(enroll);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_twoFactorPages);
    return tab;
}

void AccountDialog::changePassword()
{
    m_passwordMessage->clear();
    if (m_currentPassword->text().isEmpty()) {
        m_passwordMessage->showError(tr("Enter your current password."));
        m_currentPassword->setFocus();
        return;
    }
    if (const QString weakness = PasswordHasher::weakness(m_newPassword->text());
        !weakness.isEmpty()) {
        m_passwordMessage->showError(weakness);
        m_newPassword->setFocus();
        return;
    }
    if (m_repeatPassword->text() != m_newPassword->text()) {
        m_passwordMessage->showError(tr("The two new passwords differ."));
        m_repeatPassword->setFocus();
        return;
    }
    m_changePasswordButton->setEnabled(false);
    m_passwordMessage->showInformation(tr("Changing the password…"));
    const QJsonObject params{{QStringLiteral("current"), m_currentPassword->text()},
                             {QStringLiteral("password"), m_newPassword->text()}};
    m_session.call(QStringLiteral("operator.change_own_password"), params, this,
                   [this](const CommandResult &result) {
                       m_changePasswordButton->setEnabled(true);
                       if (!result.ok()) {
                           m_passwordMessage->showError(result.message);
                           return;
                       }
                       m_currentPassword->clear();
                       m_newPassword->clear();
                       m_repeatPassword->clear();
                       m_passwordMessage->showSuccess(
                           tr("Your password was changed. Use the new one from now on."));
                   });
}

void AccountDialog::beginTwoFactorEnrollment()
{
    m_tabs->setCurrentIndex(1);
    m_beginButton->setEnabled(false);
    m_twoFactorStatus->showInformation(tr("Preparing a new secret…"));
    m_session.call(
        QStringLiteral("operator.totp_begin"), {}, this, [this](const CommandResult &result) {
            m_beginButton->setEnabled(true);
            if (!result.ok()) {
                m_twoFactorStatus->showError(result.message);
                return;
            }
            const QJsonObject data = result.data.toObject();
            m_pendingSecret = data.value(QStringLiteral("secret")).toString();
            const QImage qr = QrCode::render(data.value(QStringLiteral("uri")).toString(), 5);
            if (qr.isNull())
                m_qrCode->setText(tr("The QR code could not be drawn; enter the key "
                                     "below by hand."));
            else
                m_qrCode->setPixmap(QPixmap::fromImage(qr));
            m_secret->setText(groupedSecret(m_pendingSecret));
            m_totpCode->clear();
            m_enrollMessage->clear();
            m_twoFactorStatus->clear();
            m_twoFactorPages->setCurrentIndex(1);
            m_totpCode->setFocus();
        });
}

void AccountDialog::confirmTwoFactor()
{
    const QString code = m_totpCode->text().remove(QLatin1Char(' '));
    if (code.isEmpty()) {
        m_enrollMessage->showError(tr("Enter the code your authenticator app shows."));
        return;
    }
    m_confirmButton->setEnabled(false);
    m_enrollMessage->showInformation(tr("Checking the code…"));
    const QJsonObject params{{QStringLiteral("secret"), m_pendingSecret},
                             {QStringLiteral("code"), code}};
    m_session.call(QStringLiteral("operator.totp_confirm"), params, this,
                   [this](const CommandResult &result) {
                       m_confirmButton->setEnabled(true);
                       if (!result.ok()) {
                           m_enrollMessage->showError(result.message);
                           m_totpCode->selectAll();
                           m_totpCode->setFocus();
                           return;
                       }
                       m_pendingSecret.clear();
                       m_secret->clear();
                       m_qrCode->clear();
                       m_twoFactorPages->setCurrentIndex(0);
                       m_twoFactorStatus->showSuccess(
                           tr("Two-factor authentication is on. Steward will ask for a code "
                              "from your authenticator app at every login."));
                   });
}

void AccountDialog::cancelTwoFactor()
{
    m_pendingSecret.clear();
    m_secret->clear();
    m_qrCode->clear();
    m_twoFactorStatus->showInformation(tr("Two-factor authentication was not changed."));
    m_twoFactorPages->setCurrentIndex(0);
}

} // namespace Steward::Shell
