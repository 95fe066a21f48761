#include "reconciliationpage.h"

#include "payoutmodels.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "reloadonchange.h"

#include "money.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward::Finance {

namespace {

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

QTableWidgetItem *cell(const QString &text, const QString &plain = {}, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, plain.isEmpty() ? text : plain);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/** The amount as a plain decimal number ("1234.50") for CSV. */
QString plainAmount(qint64 minor, const QString &currency)
{
    const int decimals = Money::decimals(currency);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 absolute = minor < 0 ? -minor : minor;
    QString out = QString::number(absolute / scale);
    if (decimals > 0)
        out += QLatin1Char('.') +
               QStringLiteral("%1").arg(absolute % scale, decimals, 10, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + out : out;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    widget->verticalHeader()->setDefaultSectionSize(widget->fontMetrics().height() + 10);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setAlternatingRowColors(true);
    widget->setWordWrap(false);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setAccessibleName(name);
    return widget;
}

void setWidths(QTableWidget *table, std::initializer_list<int> ems)
{
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int column = 0;
    for (int width : ems)
        table->setColumnWidth(column++, width * em);
}

} // namespace

ReconciliationPage::ReconciliationPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_id(new QSpinBox(this)),
      m_go(new QPushButton(tr("&Reconcile"), this)),
      m_export(new QPushButton(tr("Export &CSV…"), this)), m_title(new QLabel(this)),
      m_summary(new QLabel(this)), m_totals(new QLabel(this)),
      m_ledger(table({tr("Transaction"), tr("Kind"), tr("Posted"), tr("Account"), tr("Debit"),
                      tr("Credit"), tr("Description")},
                     tr("Ledger entries of the payout"), this)),
      m_sources(table({tr("Transaction"), tr("Kind"), tr("Source"), tr("Posted"), tr("Credited"),
                       tr("Allocated"), tr("Description")},
                      tr("Earnings that funded the payout"), this)),
      m_message(new Shell::InlineMessage(this))
{
    m_id->setRange(0, std::numeric_limits<int>::max());
    m_id->setSpecialValueText(tr("payout id"));
    m_id->setAccessibleName(tr("Payout id"));
    auto *idLabel = new QLabel(tr("&Payout:"), this);
    idLabel->setBuddy(m_id);
    m_ledger->setObjectName(QStringLiteral("ledger"));
    m_sources->setObjectName(QStringLiteral("sources"));
    m_go->setDefault(true);
    m_export->setEnabled(false);
    connect(m_go, &QPushButton::clicked, this, &ReconciliationPage::reconcile);
    connect(m_id, &QSpinBox::editingFinished, this, [this] {
        if (m_id->value() > 0 &&
            m_id->value() != number(m_result.value(QStringLiteral("payout")).toObject(), "id"))
            reconcile();
    });
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    auto *bar = new QHBoxLayout;
    bar->addWidget(idLabel);
    bar->addWidget(m_id);
    bar->addWidget(m_go);
    bar->addStretch(1);
    bar->addWidget(m_export);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setText(tr("Pick a payout to reconcile, or use Reconcile on the Payouts page."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    setWidths(m_ledger, {7, 9, 15, 22, 10, 10});
    setWidths(m_sources, {7, 9, 11, 15, 10, 10});

    auto *ledgerBox = new QGroupBox(tr("Ledger postings"), this);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addWidget(m_ledger);
    auto *sourcesBox = new QGroupBox(tr("Funded by (first in, first out)"), this);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources, 1);
    sourcesLayout->addWidget(m_totals);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(ledgerBox);
    splitter->addWidget(sourcesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) {
            return command.startsWith(QLatin1String("payouts.")) ||
                   command.startsWith(QLatin1String("finance."));
        },
        [this] {
            if (!m_result.isEmpty())
                showPayout(number(m_result.value(QStringLiteral("payout")).toObject(), "id"));
        },
        1000, this);
}

void ReconciliationPage::showPayout(qint64 id)
{
    if (id <= 0)
        return;
    m_id->setValue(int(id));
    const int generation = ++m_generation;
    m_session.call(QStringLiteral("payouts.reconcile"), {{QStringLiteral("id"), id}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           Q_EMIT loaded();
                           return;
                       }
                       m_message->clear();
                       showResult(result.data.toObject());
                       Q_EMIT loaded();
                   });
}

void ReconciliationPage::reconcile()
{
    if (m_id->value() <= 0) {
        m_message->showError(tr("Enter the id of the payout to reconcile."));
        m_id->setFocus();
        return;
    }
    showPayout(m_id->value());
}

void ReconciliationPage::showResult(const QJsonObject &result)
{
    m_result = result;
    const QJsonObject payout = result.value(QStringLiteral("payout")).toObject();
    const QString currency = text(payout, "currency");
    const qint64 amount = number(payout, "amount_minor");
    m_title->setText(tr("Payout %1 · %2 · %3")
                         .arg(number(payout, "id"))
                         .arg(PayoutText::money(amount, currency),
                              PayoutText::payoutState(text(payout, "state"))));
    QStringList summary{tr("To %1 %2 from %3.")
                            .arg(PayoutText::payeeType(text(payout, "payee_type")))
                            .arg(number(payout, "payee_user_id"))
                            .arg(text(result, "account"))};
    if (number(payout, "run_id") > 0)
        summary << tr("Run %1.").arg(number(payout, "run_id"));
    if (!text(payout, "approved_by_name").isEmpty())
        summary << tr("Approved by %1 at %2.")
                       .arg(text(payout, "approved_by_name"),
                            PayoutText::time(number(payout, "approved_at")));
    if (number(payout, "paid_at") > 0)
        summary << tr("Paid at %1.").arg(PayoutText::time(number(payout, "paid_at")));
    const QString state = text(payout, "state");
    if (!text(payout, "failure_reason").isEmpty() &&
        (state == QLatin1String("failed") || state == QLatin1String("returned") ||
         state == QLatin1String("rejected")))
        summary << tr("Reason: %1").arg(text(payout, "failure_reason"));
    m_summary->setText(summary.join(QLatin1Char(' ')));

    // Ledger: one row per entry, under its transaction.
    m_ledger->setRowCount(0);
    const QJsonArray transactions = result.value(QStringLiteral("ledger")).toArray();
    int rows = 0;
    for (const QJsonValue &tx : transactions)
        rows += int(tx.toObject().value(QStringLiteral("entries")).toArray().size());
    m_ledger->setRowCount(rows);
    int row = 0;
    for (const QJsonValue &value : transactions) {
        const QJsonObject tx = value.toObject();
        for (const QJsonValue &entryValue : tx.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = entryValue.toObject();
            const bool isDebit = text(entry, "direction") == QLatin1String("debit");
            const QString money =
                PayoutText::money(number(entry, "amount_minor"), text(entry, "currency"));
            m_ledger->setItem(row, 0, cell(QString::number(number(tx, "id")), {}, true));
            m_ledger->setItem(row, 1, cell(text(tx, "kind")));
            m_ledger->setItem(row, 2, cell(PayoutText::time(number(tx, "posted_at"))));
            m_ledger->setItem(row, 3, cell(text(entry, "account")));
            m_ledger->setItem(row, 4, cell(isDebit ? money : QString(), {}, true));
            m_ledger->setItem(row, 5, cell(isDebit ? QString() : money, {}, true));
            m_ledger->setItem(row, 6, cell(text(tx, "description")));
            ++row;
        }
    }
    if (transactions.isEmpty()) {
        m_ledger->setRowCount(1);
        m_ledger->setSpan(0, 0, 1, m_ledger->columnCount());
        m_ledger->setItem(0, 0,
                          cell(tr("Nothing posted yet: a %1 payout has no ledger entries.")
                                   .arg(PayoutText::payoutState(text(payout, "state")).toLower())));
    } else {
        m_ledger->clearSpans();
    }

    // Sources.
    const QJsonArray sources = result.value(QStringLiteral("sources")).toArray();
    m_sources->setRowCount(int(sources.size()));
    m_allocatedTotal = 0;
    m_creditedTotal = 0;
    row = 0;
    for (const QJsonValue &value : sources) {
        const QJsonObject s = value.toObject();
        const qint64 credited = number(s, "credited_minor");
        const qint64 allocated = number(s, "allocated_minor");
        m_allocatedTotal += allocated;
        m_creditedTotal += credited;
        const QString source =
            text(s, "source_type").isEmpty()
                ? QString()
                : QStringLiteral("%1 %2").arg(text(s, "source_type")).arg(number(s, "source_id"));
        const qint64 posted = number(s, "posted_at");
        m_sources->setItem(row, 0, cell(QString::number(number(s, "transaction_id")), {}, true));
        m_sources->setItem(row, 1, cell(text(s, "kind")));
        m_sources->setItem(row, 2, cell(source));
        m_sources->setItem(
            row, 3,
            cell(PayoutText::time(posted),
                 QDateTime::fromMSecsSinceEpoch(posted, Qt::UTC).toString(Qt::ISODate)));
        m_sources->setItem(
            row, 4,
            cell(PayoutText::money(credited, currency), plainAmount(credited, currency), true));
        m_sources->setItem(
            row, 5,
            cell(PayoutText::money(allocated, currency), plainAmount(allocated, currency), true));
        m_sources->setItem(row, 6, cell(text(s, "description")));
        ++row;
    }
    const qint64 funded = number(result, "funded_minor");
    const qint64 unfunded = number(result, "unfunded_minor");
    QString totals =
        tr("%Ln source(s) allocated %1 of the payout's %2: funded %3, unfunded %4.", nullptr,
           int(sources.size()))
            .arg(PayoutText::money(m_allocatedTotal, currency), PayoutText::money(amount, currency),
                 PayoutText::money(funded, currency), PayoutText::money(unfunded, currency));
    if (unfunded > 0)
        totals += QLatin1Char(' ') + tr("The payee's earnings before the payout do not cover it.");
    m_totals->setText(totals);
    m_export->setEnabled(true);
}

bool ReconciliationPage::writeCsv(const QString &path)
{
    const QJsonObject payout = m_result.value(QStringLiteral("payout")).toObject();
    const QString currency = text(payout, "currency");
    QStringList lines;
    QStringList header{tr("Transaction"), tr("Kind"),      tr("Source"),      tr("Posted (UTC)"),
                       tr("Credited"),    tr("Allocated"), tr("Description"), tr("Currency")};
    for (QString &field : header)
        field = PayoutText::csvField(field);
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_sources->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_sources->columnCount(); ++c)
            fields << PayoutText::csvField(
                m_sources->item(r, c) ? m_sources->item(r, c)->data(Qt::UserRole).toString()
                                      : QString());
        fields << currency;
        lines << fields.join(QLatin1Char(','));
    }
    auto totalLine = [&](const QString &label, const QString &credited, qint64 allocated) {
        lines << QStringList{PayoutText::csvField(label),
                             QString(),
                             QString(),
                             QString(),
                             credited,
                             plainAmount(allocated, currency),
                             QString(),
                             currency}
                     .join(QLatin1Char(','));
    };
    totalLine(tr("Total allocated"), plainAmount(m_creditedTotal, currency), m_allocatedTotal);
    totalLine(tr("Payout %1 amount").arg(number(payout, "id")), QString(),
              number(payout, "amount_minor"));
    totalLine(tr("Unfunded"), QString(), number(m_result, "unfunded_minor"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 ||
        !file.commit()) {
        m_message->showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_message->showSuccess(
        tr("Exported %Ln source(s) with their totals to %1.", nullptr, m_sources->rowCount())
            .arg(path));
    return true;
}

void ReconciliationPage::exportCsv()
{
    const qint64 id = number(m_result.value(QStringLiteral("payout")).toObject(), "id");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the sources of payout %1").arg(id),
        QStringLiteral("steward-payout-%1-sources.csv").arg(id), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeCsv(path);
}

} // namespace Steward::Finance
