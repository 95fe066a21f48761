#include "personstatusdialog.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Steward::People {

namespace {

// The longest suspension the service accepts.
constexpr int kMaxDays = 3650;

} // namespace

PersonStatusDialog::PersonStatusDialog(Shell::ConsoleSession &session, Action action,
                                       qint64 personId, qint64 version, const QString &personName,
                                       QWidget *parent)
    : QDialog(parent), m_session(session), m_action(action), m_personId(personId),
      m_version(version)
{
    const bool isSuspend = action == Action::Suspend;
    setWindowTitle(isSuspend ? tr("Suspend %1").arg(personName)
                             : tr("Reinstate %1").arg(personName));

    auto *intro = new QLabel(isSuspend ? tr("%1 will not be able to use any of the platform's "
                                            "services until the suspension ends.")
                                             .arg(personName)
                                       : tr("%1 will be able to use the platform's services "
                                            "again.")
                                             .arg(personName),
                             this);
    intro->setWordWrap(true);

    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Required; the person's history shows it to every operator."));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    if (isSuspend) {
        m_days = new QSpinBox(this);
        m_days->setRange(0, kMaxDays);
        m_days->setValue(7);
        m_days->setSpecialValueText(tr("Until reinstated"));
        m_days->setSuffix(tr(" days"));
        m_end = new QLabel(this);
        form->addRow(tr("&Duration:"), m_days);
        form->addRow(QString(), m_end);
        connect(m_days, &QSpinBox::valueChanged, this, &PersonStatusDialog::updateEnd);
        updateEnd();
    }

    m_error = new Shell::InlineMessage(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isSuspend ? tr("Suspend") : tr("Reinstate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonStatusDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonStatusDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &PersonStatusDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    updateButtons();
}

void PersonStatusDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty() || m_isSending)
        return;
    QJsonObject params{{QStringLiteral("id"), m_personId},
                       {QStringLiteral("version"), m_version},
                       {QStringLiteral("reason"), reason}};
    if (m_days)
        params.insert(QStringLiteral("days"), m_days->value());
    m_isSending = true;
    m_error->clear();
    updateButtons();
    const QString command = m_action == Action::Suspend ? QStringLiteral("people.suspend")
                                                        : QStringLiteral("people.reinstate");
    m_session.call(command, params, this, [this](const CommandResult &result) {
        m_isSending = false;
        if (result.ok()) {
            QDialog::accept();
            return;
        }
        if (result.code == ErrorCode::Conflict) {
            Q_EMIT conflicted(result.message);
            reject();
            return;
        }
        m_error->showError(result.message);
        updateButtons();
    });
}

void PersonStatusDialog::updateButtons()
{
    const bool hasReason = !m_reason->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasReason && !m_isSending);
    m_reason->setReadOnly(m_isSending);
    if (m_days)
        m_days->setEnabled(!m_isSending);
}

void PersonStatusDialog::updateEnd()
{
    const int days = m_days->value();
    m_end->setText(days == 0
                       ? tr("Lasts until an operator reinstates them.")
                       : tr("Ends about %1.")
                             .arg(QLocale().toString(QDateTime::currentDateTime().addDays(days),
                                                     QLocale::ShortFormat)));
}

} // namespace Steward::People
