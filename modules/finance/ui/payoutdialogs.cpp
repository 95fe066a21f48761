#include "payoutdialogs.h"

#include "payoutmodels.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include "money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Steward::Finance {

namespace {

qint64 toMinor(double value, const QString &currency)
{
    return qRound64(value * std::pow(10.0, Money::decimals(currency)));
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// ---- A decision with a reason -----------------------------------------------------------------

PayoutDecisionDialog::PayoutDecisionDialog(Shell::ConsoleSession &session, Options options,
                                           QWidget *parent)
    : QDialog(parent), m_session(session), m_options(std::move(options))
{
    setWindowTitle(m_options.title);
    auto *layout = new QVBoxLayout(this);
    if (!m_options.explanation.isEmpty()) {
        auto *text = new QLabel(m_options.explanation, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    auto *form = new QFormLayout;
    if (!m_options.amountCurrency.isEmpty()) {
        m_amount = new QDoubleSpinBox(this);
        m_amount->setRange(0, 1e12);
        m_amount->setDecimals(Money::decimals(m_options.amountCurrency));
        m_amount->setGroupSeparatorShown(true);
        m_amount->setSuffix(QLatin1Char(' ') + m_options.amountCurrency);
        form->addRow(tr("&Amount:"), m_amount);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 5);
    form->addRow(m_options.textLabel.isEmpty() ? tr("&Reason:") : m_options.textLabel, m_text);
    layout->addLayout(form);
    m_message = new Shell::InlineMessage(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (!m_options.acceptText.isEmpty())
        m_ok->setText(m_options.acceptText);
    connect(buttons, &QDialogButtonBox::accepted, this, &PayoutDecisionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32);
    (m_amount ? static_cast<QWidget *>(m_amount) : m_text)->setFocus();
}

void PayoutDecisionDialog::submit()
{
    QJsonObject params = m_options.params;
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty() && m_options.isTextRequired) {
        m_message->showError(tr("Enter a reason: it is kept in the audit log."));
        m_text->setFocus();
        return;
    }
    if (!text.isEmpty())
        params.insert(m_options.textKey, text);
    if (m_amount) {
        const qint64 minor = toMinor(m_amount->value(), m_options.amountCurrency);
        if (minor <= 0) {
            m_message->showError(tr("Enter an amount above zero."));
            m_amount->setFocus();
            return;
        }
        params.insert(QStringLiteral("amount_minor"), minor);
    }
    m_ok->setEnabled(false);
    m_message->showInformation(tr("Saving…"));
    m_session.call(m_options.command, params, this, [this](const CommandResult &result) {
        m_ok->setEnabled(true);
        if (!result.ok()) {
            m_message->showError(result.message);
            return;
        }
        m_result = result.data.toObject();
        accept();
    });
}

// ---- New run ----------------------------------------------------------------------------------

NewRunDialog::NewRunDialog(Shell::ConsoleSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_currency(new QComboBox(this)),
      m_payeeType(new QComboBox(this)), m_schedule(new QComboBox(this)),
      m_asOf(new QDateEdit(QDateTime::currentDateTimeUtc().date(), this)),
      m_minimum(new QDoubleSpinBox(this)), m_note(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_plan(new QTableWidget(this)), m_message(new Shell::InlineMessage(this)),
      m_previewButton(new QPushButton(tr("&Preview"), this)),
      m_createButton(new QPushButton(tr("&Create run"), this))
{
    setWindowTitle(tr("New payout run"));
    for (const QString &code : PayoutText::currencies())
        m_currency->addItem(code, code);
    m_payeeType->addItem(tr("All payee types"), QString());
    for (const QString &type : PayoutText::payeeTypes())
        m_payeeType->addItem(PayoutText::payeeType(type), type);
    m_payeeType->addItem(PayoutText::payeeType(QStringLiteral("dao_grant")),
                         QStringLiteral("dao_grant"));
    for (const char *schedule : {"due", "weekly", "monthly"})
        m_schedule->addItem(PayoutText::schedule(QString::fromLatin1(schedule)),
                            QString::fromLatin1(schedule));
    m_schedule->setToolTip(tr("Due payouts: the prepared payouts due by the as-of date. Weekly "
                              "and monthly: also every payee's balance earned up to the as-of "
                              "date."));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("The end of this day (UTC) is the cut-off"));
    m_minimum->setRange(0, 1e9);
    m_minimum->setGroupSeparatorShown(true);
    m_minimum->setToolTip(tr("Payees owed less than this wait for a later run"));
    m_note->setPlaceholderText(tr("Optional, kept with the run"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Payee &type:"), m_payeeType);
    form->addRow(tr("&Schedule:"), m_schedule);
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(tr("&Minimum amount:"), m_minimum);
    form->addRow(tr("&Note:"), m_note);

    m_plan->setColumnCount(5);
    m_plan->setHorizontalHeaderLabels(
        {tr("Payee"), tr("Type"), tr("Amount"), tr("Payout"), tr("Left out because")});
    m_plan->verticalHeader()->hide();
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setAlternatingRowColors(true);
    m_plan->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, width] : {std::pair{0, 7}, {1, 7}, {2, 10}, {3, 6}})
        m_plan->setColumnWidth(column, width * em);
    m_plan->setAccessibleName(tr("Payouts the run would make"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preview shows who would be paid how much; nothing is written until "
                          "you create the run."));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_createButton->setEnabled(false);
    m_previewButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &NewRunDialog::preview);
    connect(m_createButton, &QPushButton::clicked, this, &NewRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_minimum->setDecimals(Money::decimals(m_currency->currentData().toString()));
        choicesChanged();
    });
    connect(m_payeeType, &QComboBox::currentIndexChanged, this, &NewRunDialog::choicesChanged);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &NewRunDialog::choicesChanged);
    connect(m_asOf, &QDateEdit::dateChanged, this, &NewRunDialog::choicesChanged);
    connect(m_minimum, &QDoubleSpinBox::valueChanged, this, &NewRunDialog::choicesChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(em * 48, em * 36);
}

QJsonObject NewRunDialog::params() const
{
    const QString currency = m_currency->currentData().toString();
    // The cut-off is the end of the chosen day in UTC.
    const qint64 asOf =
        QDateTime(m_asOf->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
    QJsonObject params{{QStringLiteral("currency"), currency},
                       {QStringLiteral("schedule"), m_schedule->currentData().toString()},
                       {QStringLiteral("as_of"), asOf},
                       {QStringLiteral("min_amount_minor"),
                        std::max<qint64>(1, toMinor(m_minimum->value(), currency))}};
    const QString type = m_payeeType->currentData().toString();
    if (!type.isEmpty())
        params.insert(QStringLiteral("payee_type"), type);
    return params;
}

void NewRunDialog::choicesChanged()
{
    ++m_generation;
    m_previewedParams = {};
    m_createButton->setEnabled(false);
    m_previewButton->setDefault(true);
}

void NewRunDialog::preview()
{
    const QJsonObject params = this->params();
    const int generation = ++m_generation;
    m_previewButton->setEnabled(false);
    m_createButton->setEnabled(false);
    m_message->showInformation(tr("Previewing…"));
    m_session.call(QStringLiteral("payouts.run_preview"), params, this,
                   [this, params, generation](const CommandResult &result) {
                       m_previewButton->setEnabled(true);
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           Q_EMIT previewed();
                           return;
                       }
                       m_message->clear();
                       m_previewedParams = params;
                       showPlan(result.data.toObject());
                       Q_EMIT previewed();
                   });
}

void NewRunDialog::showPlan(const QJsonObject &plan)
{
    const QString currency = plan.value(QStringLiteral("currency")).toString();
    const QJsonArray payouts = plan.value(QStringLiteral("payouts")).toArray();
    const QJsonArray skipped = plan.value(QStringLiteral("skipped")).toArray();
    m_plan->setRowCount(0);
    m_plan->setRowCount(int(payouts.size() + skipped.size()));
    int row = 0;
    for (const QJsonArray &list : {payouts, skipped}) {
        for (const QJsonValue &value : list) {
            const QJsonObject p = value.toObject();
            const qint64 id = p.value(QStringLiteral("payout_id")).toInteger();
            m_plan->setItem(
                row, 0,
                cell(QString::number(p.value(QStringLiteral("payee_user_id")).toInteger()), true));
            m_plan->setItem(
                row, 1,
                cell(PayoutText::payeeType(p.value(QStringLiteral("payee_type")).toString())));
            m_plan->setItem(row, 2,
                            cell(PayoutText::money(
                                     p.value(QStringLiteral("amount_minor")).toInteger(), currency),
                                 true));
            m_plan->setItem(row, 3, cell(id > 0 ? QString::number(id) : tr("new"), true));
            m_plan->setItem(row, 4, cell(p.value(QStringLiteral("reason")).toString()));
            ++row;
        }
    }
    const qint64 total = plan.value(QStringLiteral("total_minor")).toInteger();
    const qint64 threshold = plan.value(QStringLiteral("threshold_minor")).toInteger();
    QString text = tr("%Ln payout(s), %1 in total.", nullptr, int(payouts.size()))
                       .arg(PayoutText::money(total, currency));
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("%Ln left out (listed last).", nullptr, int(skipped.size()));
    if (plan.value(QStringLiteral("needs_second_operator")).toBool())
        text += QLatin1Char(' ') +
                tr("The total is above the approval threshold of %1: another finance operator "
                   "must approve the run.")
                    .arg(PayoutText::money(threshold, currency));
    m_summary->setText(text);
    m_createButton->setEnabled(!payouts.isEmpty());
    if (!payouts.isEmpty())
        m_createButton->setDefault(true);
}

void NewRunDialog::create()
{
    if (m_previewedParams.isEmpty() || m_previewedParams != params()) {
        preview();
        return;
    }
    QJsonObject params = m_previewedParams;
    if (!m_note->text().trimmed().isEmpty())
        params.insert(QStringLiteral("note"), m_note->text().trimmed());
    m_createButton->setEnabled(false);
    m_message->showInformation(tr("Creating the run…"));
    m_session.call(QStringLiteral("payouts.run_create"), params, this,
                   [this](const CommandResult &result) {
                       if (!result.ok()) {
                           m_createButton->setEnabled(true);
                           m_message->showError(result.message);
                           return;
                       }
                       m_run = result.data.toObject();
                       accept();
                   });
}

} // namespace Steward::Finance
