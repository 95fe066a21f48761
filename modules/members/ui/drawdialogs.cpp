#include "drawdialogs.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include "money.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Steward::Members {

DraftDrawDialog::DraftDrawDialog(Shell::ConsoleSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Draft a reward draw"));
    m_period = new QLineEdit(
        QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM")), this);
    m_period->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{4}-(0[1-9]|1[0-2])")), m_period));
    m_period->setToolTip(tr("The month the draw rewards, as YYYY-MM"));

    m_pool = new QDoubleSpinBox(this);
    m_pool->setRange(0, 1e9);
    m_pool->setGroupSeparatorShown(true);
    m_currency = new QComboBox(this);
    for (const char *code : {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY"})
        m_currency->addItem(QString::fromLatin1(code));
    m_currency->setAccessibleName(tr("Currency"));
    auto *pool = new QHBoxLayout;
    pool->addWidget(m_pool, 1);
    pool->addWidget(m_currency);

    m_winners = new QSpinBox(this);
    m_winners->setRange(1, 10000);
    m_winners->setValue(3);
    m_seed = new QLineEdit(this);
    m_seed->setPlaceholderText(tr("Generated and recorded when empty"));
    m_seed->setMaxLength(200);

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    auto *poolLabel = new QLabel(tr("P&ool:"), this);
    poolLabel->setBuddy(m_pool);
    form->addRow(poolLabel, pool);
    form->addRow(tr("&Winners:"), m_winners);
    form->addRow(tr("&Seed:"), m_seed);

    auto *note = new QLabel(tr("The eligibility rules in force now are frozen into the draw. "
                               "Nothing is owed until another operator approves it."),
                            this);
    note->setWordWrap(true);
    m_message = new Shell::InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftDrawDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_currency, &QComboBox::currentTextChanged, this, &DraftDrawDialog::updateDecimals);
    updateDecimals();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void DraftDrawDialog::updateDecimals()
{
    m_pool->setDecimals(Money::decimals(m_currency->currentText()));
}

void DraftDrawDialog::submit()
{
    const int decimals = Money::decimals(m_currency->currentText());
    const qint64 poolMinor = qRound64(m_pool->value() * std::pow(10.0, decimals));
    if (!m_period->hasAcceptableInput()) {
        m_message->showError(tr("Enter the period as a month, e.g. 2025-06."));
        m_period->setFocus();
        return;
    }
    if (poolMinor <= 0) {
        m_message->showError(tr("Enter the pool to share among the winners."));
        m_pool->setFocus();
        return;
    }
    QJsonObject params{{QStringLiteral("period"), m_period->text()},
                       {QStringLiteral("pool_minor"), poolMinor},
                       {QStringLiteral("currency"), m_currency->currentText()},
                       {QStringLiteral("winners"), m_winners->value()}};
    if (!m_seed->text().trimmed().isEmpty())
        params.insert(QStringLiteral("seed"), m_seed->text().trimmed());
    m_ok->setEnabled(false);
    m_message->showInformation(tr("Drafting…"));
    m_session.call(QStringLiteral("members.draft_draw"), params, this,
                   [this](const CommandResult &result) {
                       m_ok->setEnabled(true);
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       m_draw = result.data.toObject();
                       accept();
                   });
}

RejectDrawDialog::RejectDrawDialog(Shell::ConsoleSession &session, const QJsonObject &draw,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_draw(draw)
{
    setWindowTitle(tr("Reject draw %1").arg(draw.value(QStringLiteral("id")).toInteger()));
    auto *label = new QLabel(tr("&Reason (the drafter reads it):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    m_message = new Shell::InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Re&ject draw"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectDrawDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void RejectDrawDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_message->showError(tr("Say why the draw is rejected."));
        m_reason->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_session.call(QStringLiteral("members.reject_draw"),
                   {{QStringLiteral("id"), m_draw.value(QStringLiteral("id"))},
                    {QStringLiteral("version"), m_draw.value(QStringLiteral("version"))},
                    {QStringLiteral("reason"), reason}},
                   this, [this](const CommandResult &result) {
                       m_ok->setEnabled(true);
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       accept();
                   });
}

} // namespace Steward::Members
