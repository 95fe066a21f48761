#include "lockscreen.h"

#include "inlinemessage.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward::Shell {

LockScreen::LockScreen(const QString &operatorName, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);

    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setBackgroundRole(QPalette::Base);
    panel->setAutoFillBackground(true);
    panel->setMinimumWidth(380);
    panel->setMaximumWidth(460);

    auto *title = new QLabel(tr("Steward is locked"), panel);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *explanation =
        new QLabel(tr("The console was locked while %1 was away. Enter your password to continue.")
                       .arg(operatorName),
                   panel);
    explanation->setWordWrap(true);

    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_message = new InlineMessage(panel);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_unlockButton = new QPushButton(tr("Unlock"), panel);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_logoutButton = new QPushButton(tr("Log out"), panel);
    m_logoutButton->setObjectName(QStringLiteral("lockLogoutButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_logoutButton, &QPushButton::clicked, this, &LockScreen::logoutRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logoutButton);
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 20, 24, 20);
    panelLayout->addWidget(title);
    panelLayout->addWidget(explanation);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_password);
    panelLayout->addWidget(m_message);
    panelLayout->addSpacing(8);
    panelLayout->addLayout(buttons);

    // The panel sits in the middle, whatever the window's size.
    auto *layout = new QGridLayout(this);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(panel, 1, 1);
}

void LockScreen::reset()
{
    setBusy(false);
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

void LockScreen::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_logoutButton->setEnabled(!busy);
    m_unlockButton->setText(busy ? tr("Checking…") : tr("Unlock"));
}

void LockScreen::showError(const QString &message)
{
    setBusy(false);
    m_message->showError(message);
    m_password->clear();
    m_password->setFocus();
}

void LockScreen::requestUnlock()
{
    if (m_password->text().isEmpty()) {
        m_message->showError(tr("Enter your password."));
        return;
    }
    setBusy(true);
    m_message->clear();
    Q_EMIT unlockRequested(m_password->text());
}

} // namespace Steward::Shell
