#include "proposaldialog.h"

#include "daomodels.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include "money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Steward::Dao {

ProposalDialog::ProposalDialog(Shell::ConsoleSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New proposal"));
    m_proposer = new QSpinBox(this);
    m_proposer->setRange(1, std::numeric_limits<int>::max());
    m_proposer->setToolTip(tr("The platform user who proposes it; their staked tokens must meet "
                              "the proposal threshold"));
    m_type = new QComboBox(this);
    for (const char *type : {"feature", "grant", "budget", "partnership", "parameter"})
        m_type->addItem(Text::type(QLatin1String(type)), QLatin1String(type));
    m_title = new QLineEdit(this);
    m_title->setMaxLength(200);
    m_title->setObjectName(QStringLiteral("title"));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setObjectName(QStringLiteral("description"));
    m_pays = new QCheckBox(tr("&Pays from the treasury"), this);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e12);
    m_amount->setGroupSeparatorShown(true);
    m_currency = new QComboBox(this);
    for (const char *code : {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY"})
        m_currency->addItem(QString::fromLatin1(code));
    m_currency->setAccessibleName(tr("Currency"));
    m_recipient = new QLineEdit(this);
    m_recipient->setPlaceholderText(tr("user:42"));
    m_recipient->setObjectName(QStringLiteral("recipient"));
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_amount, 1);
    amount->addWidget(m_currency);
    const auto showMoney = [this](bool on) {
        m_amount->setEnabled(on);
        m_currency->setEnabled(on);
        m_recipient->setEnabled(on);
    };
    connect(m_pays, &QCheckBox::toggled, this, showMoney);
    showMoney(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Pro&poser (user id):"), m_proposer);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_pays);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amount);
    form->addRow(tr("&Recipient:"), m_recipient);
    m_message = new Shell::InlineMessage(this);
    auto *note = new QLabel(tr("The governance settings in force now are frozen on the proposal, "
                               "and its content is sealed with a SHA-256 hash."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&File proposal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ProposalDialog::accept()
{
    QJsonObject params{{QStringLiteral("proposer_id"), m_proposer->value()},
                       {QStringLiteral("proposal_type"), m_type->currentData().toString()},
                       {QStringLiteral("title"), m_title->text().trimmed()},
                       {QStringLiteral("description"), m_description->toPlainText().trimmed()}};
    if (m_pays->isChecked()) {
        const QString currency = m_currency->currentText();
        const double scale = std::pow(10.0, Money::decimals(currency));
        params.insert(QStringLiteral("amount_minor"),
                      double(std::llround(m_amount->value() * scale)));
        params.insert(QStringLiteral("currency"), currency);
        params.insert(QStringLiteral("recipient"), m_recipient->text().trimmed());
    }
    m_ok->setEnabled(false);
    m_session.call(QStringLiteral("dao.create"), params, this, [this](const CommandResult &result) {
        m_ok->setEnabled(true);
        if (!result.ok()) {
            m_message->showError(result.message);
            return;
        }
        m_createdId = result.data.toObject().value(QStringLiteral("id")).toInteger();
        QDialog::accept();
    });
}

} // namespace Steward::Dao
