#include "commanddialog.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward::Admin {

CommandDialog::CommandDialog(Shell::ConsoleSession &session, const QString &command,
                             QWidget *parent)
    : QDialog(parent), m_session(session), m_command(command)
{
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->hide();
    m_form = new QFormLayout;
    m_problem = new Shell::InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommandDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommandDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void CommandDialog::setDescription(const QString &text)
{
    m_description->setText(text);
    m_description->setVisible(!text.isEmpty());
}

void CommandDialog::setAcceptText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void CommandDialog::setValidator(std::function<QString()> validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void CommandDialog::setParameters(std::function<QJsonObject()> parameters)
{
    m_parameters = std::move(parameters);
}

void CommandDialog::revalidate()
{
    const QString problem = m_validator ? m_validator() : QString();
    m_problem->showInformation(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_isSending);
}

void CommandDialog::accept()
{
    if (m_isSending || (m_validator && !m_validator().isEmpty()))
        return;
    setSending(true);
    const QJsonObject params = m_parameters ? m_parameters() : QJsonObject();
    m_session.call(m_command, params, this, [this](const CommandResult &result) {
        setSending(false);
        if (result.ok()) {
            Q_EMIT succeeded(result.data);
            QDialog::accept();
            return;
        }
        m_problem->showError(result.message);
    });
}

void CommandDialog::setSending(bool isSending)
{
    m_isSending = isSending;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isSending);
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
            field && field->widget())
            field->widget()->setEnabled(!isSending);
    }
    if (isSending)
        m_problem->showInformation(tr("Saving…"));
}

} // namespace Steward::Admin
