#include "revealdialog.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward::Kyc {

RevealDialog::RevealDialog(Shell::ConsoleSession &session, qint64 caseId, const QString &field,
                           const QString &what, QWidget *parent)
    : QDialog(parent), m_session(session), m_caseId(caseId), m_field(field)
{
    setWindowTitle(tr("Reveal personal data"));

    auto *intro = new QLabel(tr("You are about to see %1. Your name, the time and your reason are "
                                "recorded in the audit log.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);

    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reason->setPlaceholderText(
        tr("Required, e.g. “comparing the selfie with the document photo”."));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reason->setAccessibleName(tr("Reason"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    m_error = new Shell::InlineMessage(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reveal"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevealDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevealDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevealDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(440, sizeHint().height());
    updateButtons();
}

void RevealDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
    m_reason->selectAll();
}

QString RevealDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RevealDialog::accept()
{
    const QString reason = this->reason();
    if (reason.isEmpty() || m_isSending)
        return;
    m_isSending = true;
    m_error->clear();
    updateButtons();
    const QJsonObject params{{QStringLiteral("id"), m_caseId},
                             {QStringLiteral("field"), m_field},
                             {QStringLiteral("reason"), reason}};
    m_session.call(QStringLiteral("kyc.reveal"), params, this,
                   [this, reason](const CommandResult &result) {
                       m_isSending = false;
                       if (!result.ok()) {
                           m_error->showError(result.message);
                           updateButtons();
                           return;
                       }
                       Q_EMIT revealed(result.data.toObject(), reason);
                       QDialog::accept();
                   });
}

void RevealDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty() && !m_isSending);
    m_reason->setReadOnly(m_isSending);
}

} // namespace Steward::Kyc
