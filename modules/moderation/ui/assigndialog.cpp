#include "assigndialog.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "servicelayer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward::Moderation {

AssignDialog::AssignDialog(Shell::ConsoleSession &session, qint64 reportId, qint64 version,
                           QWidget *parent)
    : QDialog(parent), m_session(session), m_reportId(reportId), m_version(version)
{
    setWindowTitle(tr("Assign report #%1").arg(reportId));
    auto *intro = new QLabel(tr("The operator gets the claim on this report; a claim someone "
                                "else holds ends now."),
                             this);
    intro->setWordWrap(true);

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setEditable(true);
    m_operator->setInsertPolicy(QComboBox::NoInsert);
    m_operator->lineEdit()->setPlaceholderText(tr("Username"));
    m_operator->setMinimumContentsLength(24);

    m_error = new Shell::InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Operator:"), m_operator);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Who may take the item, when the service offers the list; a username works regardless.
    if (m_session.services().bus().has(QStringLiteral("moderation.moderators"))) {
        m_session.call(
            QStringLiteral("moderation.moderators"), {}, this, [this](const CommandResult &result) {
                if (!result.ok())
                    return;
                const QString typed = m_operator->currentText();
                const QJsonArray operators =
                    result.data.toObject().value(QStringLiteral("operators")).toArray();
                for (const QJsonValue &value : operators) {
                    const QJsonObject op = value.toObject();
                    const QString username = op.value(QStringLiteral("username")).toString();
                    if (op.value(QStringLiteral("id")).toInteger() ==
                        m_session.principal().operatorId)
                        continue;
                    //: An operator to assign to: display name and username.
                    m_operator->addItem(
                        tr("%1 (%2)").arg(op.value(QStringLiteral("display_name")).toString(),
                                          username),
                        username);
                }
                m_operator->setEditText(typed);
            });
    }
    resize(420, sizeHint().height());
}

QString AssignDialog::chosenOperator() const
{
    const QString text = m_operator->currentText().trimmed();
    const int index = m_operator->findText(text);
    return index >= 0 ? m_operator->itemData(index).toString() : text;
}

void AssignDialog::accept()
{
    const QString op = chosenOperator();
    if (m_isSending)
        return;
    if (op.isEmpty()) {
        m_error->showError(tr("Choose the operator to assign the report to."));
        return;
    }
    m_isSending = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_error->clear();
    m_session.call(QStringLiteral("moderation.assign"),
                   {{QStringLiteral("id"), m_reportId},
                    {QStringLiteral("version"), m_version},
                    {QStringLiteral("operator"), op}},
                   this, [this](const CommandResult &result) {
                       m_isSending = false;
                       m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                       if (result.ok()) {
                           Q_EMIT assigned(result.data.toObject());
                           QDialog::accept();
                           return;
                       }
                       if (result.code == ErrorCode::Conflict ||
                           result.code == ErrorCode::NotFound) {
                           Q_EMIT conflicted(result.message);
                           reject();
                           return;
                       }
                       m_error->showError(result.message);
                   });
}

} // namespace Steward::Moderation
