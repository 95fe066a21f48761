#include "payoutspage.h"

#include "payoutdialogs.h"
#include "payoutmodels.h"
#include "payoutservice.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"
#include "reloadonchange.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
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

QString amount(const QJsonObject &row, const char *key)
{
    return PayoutText::money(number(row, key), text(row, "currency"));
}

/** "Ana Lima (#42)", or "#42" for a payee without a name. */
QString payee(const QJsonObject &row)
{
    const QString name = text(row, "payee_name");
    const QString id = QStringLiteral("#%1").arg(number(row, "payee_user_id"));
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QList<PayoutColumn> payeeColumns()
{
    return {{PayoutsPage::tr("Payee"), [](const QJsonObject &r) { return payee(r); }, false, 26},
            {PayoutsPage::tr("Type"),
             [](const QJsonObject &r) { return PayoutText::payeeType(text(r, "payee_type")); },
             false, 8},
            {PayoutsPage::tr("Currency"), [](const QJsonObject &r) { return text(r, "currency"); },
             false, 6},
            {PayoutsPage::tr("Balance"),
             [](const QJsonObject &r) { return amount(r, "balance_minor"); }, true, 10},
            {PayoutsPage::tr("Held"), [](const QJsonObject &r) { return amount(r, "held_minor"); },
             true, 9},
            {PayoutsPage::tr("Pending payouts"),
             [](const QJsonObject &r) { return amount(r, "pending_minor"); }, true, 11},
            {PayoutsPage::tr("Available"),
             [](const QJsonObject &r) { return amount(r, "available_minor"); }, true, 10},
            {PayoutsPage::tr("Ledger account"),
             [](const QJsonObject &r) { return text(r, "account"); }, false, 14}};
}

QList<PayoutColumn> runColumns()
{
    return {
        {PayoutsPage::tr("Run"),
         [](const QJsonObject &r) { return QString::number(number(r, "id")); }, true, 4},
        {PayoutsPage::tr("State"),
         [](const QJsonObject &r) { return PayoutText::runState(text(r, "state")); }, false, 11},
        {PayoutsPage::tr("Payees"),
         [](const QJsonObject &r) { return PayoutText::payeeType(text(r, "payee_type")); }, false,
         10},
        {PayoutsPage::tr("Schedule"),
         [](const QJsonObject &r) { return PayoutText::schedule(text(r, "schedule")); }, false, 10},
        {PayoutsPage::tr("As of"),
         [](const QJsonObject &r) { return PayoutText::date(number(r, "as_of")); }, false, 9},
        {PayoutsPage::tr("Payouts", "column: number of payouts in a run"),
         [](const QJsonObject &r) { return QString::number(number(r, "payout_count")); }, true, 5},
        {PayoutsPage::tr("Total"), [](const QJsonObject &r) { return amount(r, "total_minor"); },
         true, 11},
        {PayoutsPage::tr("Created by"),
         [](const QJsonObject &r) { return text(r, "created_by_name"); }, false, 7},
        {PayoutsPage::tr("Created"),
         [](const QJsonObject &r) { return PayoutText::time(number(r, "created_at")); }, false, 15},
        {PayoutsPage::tr("Approved by"),
         [](const QJsonObject &r) { return text(r, "approved_by_name"); }, false, 7}};
}

QList<PayoutColumn> payoutColumns(bool withRun)
{
    QList<PayoutColumn> columns{
        {PayoutsPage::tr("Payout", "column: payout id"),
         [](const QJsonObject &r) { return QString::number(number(r, "id")); }, true, 7},
        {PayoutsPage::tr("Payee"), [](const QJsonObject &r) { return payee(r); }, false, 26},
        {PayoutsPage::tr("Type"),
         [](const QJsonObject &r) { return PayoutText::payeeType(text(r, "payee_type")); }, false,
         8},
        {PayoutsPage::tr("Amount"), [](const QJsonObject &r) { return amount(r, "amount_minor"); },
         true, 11},
        {PayoutsPage::tr("State"),
         [](const QJsonObject &r) { return PayoutText::payoutState(text(r, "state")); }, false, 9}};
    if (withRun)
        columns << PayoutColumn{PayoutsPage::tr("Run"),
                                [](const QJsonObject &r) {
                                    const qint64 run = number(r, "run_id");
                                    return run > 0 ? QString::number(run) : QString();
                                },
                                true, 4};
    columns << PayoutColumn{PayoutsPage::tr("Due"),
                            [](const QJsonObject &r) {
                                return PayoutText::date(number(r, "due_at"));
                            },
                            false, 9}
            << PayoutColumn{PayoutsPage::tr("Decided by"),
                            [](const QJsonObject &r) {
                                const QString decided = text(r, "decided_by_name");
                                return decided.isEmpty() ? text(r, "approved_by_name") : decided;
                            },
                            false, 8}
            << PayoutColumn{PayoutsPage::tr("Note"),
                            [](const QJsonObject &r) {
                                const QString why = text(r, "failure_reason");
                                return why.isEmpty() ? text(r, "external_ref") : why;
                            },
                            false, 16};
    return columns;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QComboBox *payeeTypeFilter(QWidget *parent, bool withDao)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(PayoutsPage::tr("All payee types"), QString());
    for (const QString &type : PayoutText::payeeTypes())
        combo->addItem(PayoutText::payeeType(type), type);
    if (withDao)
        combo->addItem(PayoutText::payeeType(QStringLiteral("dao_grant")),
                       QStringLiteral("dao_grant"));
    return combo;
}

} // namespace

PayoutsPage::PayoutsPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildPayeesTab(), tr("Pa&yees"));
    m_tabs->addTab(buildRunsTab(), tr("&Runs"));
    m_tabs->addTab(buildPayoutsTab(), tr("Pay&outs"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) {
            return command.startsWith(QLatin1String("payouts.")) ||
                   command.startsWith(QLatin1String("finance."));
        },
        [this] { reloadAll(); }, 400, this);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &PayoutsPage::reloadAll);

    applyPayeeFilter();
    m_runs->setParams({});
    applyPayoutFilter();
}

// ---- Payees -----------------------------------------------------------------------------------

QWidget *PayoutsPage::buildPayeesTab()
{
    auto *tab = new QWidget(this);
    m_payeeType = payeeTypeFilter(tab, false);
    m_payeeCurrency = new QComboBox(tab);
    m_payeeCurrency->addItem(tr("All currencies"), QString());
    for (const QString &code : PayoutText::currencies())
        m_payeeCurrency->addItem(code, code);
    auto *filters = new QHBoxLayout;
    auto addField = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, tab);
        caption->setBuddy(field);
        filters->addWidget(caption);
        filters->addWidget(field);
    };
    addField(tr("Payee &type:"), m_payeeType);
    addField(tr("C&urrency:"), m_payeeCurrency);
    filters->addStretch(1);
    connect(m_payeeType, &QComboBox::currentIndexChanged, this, &PayoutsPage::applyPayeeFilter);
    connect(m_payeeCurrency, &QComboBox::currentIndexChanged, this, &PayoutsPage::applyPayeeFilter);

    m_payees = new PayoutListModel(m_session,
                                   {QStringLiteral("payouts.payees"), QStringLiteral("account_id"),
                                    QStringLiteral("after"), QStringLiteral("next_after")},
                                   payeeColumns(), this);
    m_payeeView = new Shell::RecordTableView(tab);
    m_payeeView->setObjectName(QStringLiteral("payees"));
    m_payeeView->setModel(m_payees);
    m_payeeView->setAccessibleName(tr("Payee balances"));
    m_payees->applyWidths(m_payeeView);
    m_payeesMessage = new Shell::InlineMessage(tab);
    connect(m_payees, &PayoutListModel::errorOccurred, m_payeesMessage,
            &Shell::InlineMessage::showError);
    connect(m_payeeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayoutsPage::showHolds);
    connect(m_payees, &PayoutListModel::loaded, this, [this] {
        if (!m_payeeView->currentIndex().isValid() && m_payees->rowCount() > 0)
            m_payeeView->selectRow(0);
        showHolds();
    });

    auto *holdsBox = new QWidget(tab);
    m_payeeTitle = new QLabel(holdsBox);
    QFont bold = m_payeeTitle->font();
    bold.setBold(true);
    m_payeeTitle->setFont(bold);
    m_placeHold = new QPushButton(tr("&Place hold…"), holdsBox);
    m_placeHold->setToolTip(tr("Keep part of the payee's balance back from payouts"));
    m_releaseHold = new QPushButton(tr("Re&lease hold…"), holdsBox);
    m_placeHold->setVisible(m_session.can(PayoutPermission::Hold));
    m_releaseHold->setVisible(m_session.can(PayoutPermission::Hold));
    connect(m_placeHold, &QPushButton::clicked, this, &PayoutsPage::placeHold);
    connect(m_releaseHold, &QPushButton::clicked, this, &PayoutsPage::releaseHold);
    auto *holdBar = new QHBoxLayout;
    holdBar->addWidget(m_payeeTitle, 1);
    holdBar->addWidget(m_placeHold);
    holdBar->addWidget(m_releaseHold);

    m_holds = new QTableWidget(0, 5, holdsBox);
    m_holds->setHorizontalHeaderLabels(
        {tr("Hold"), tr("Amount"), tr("Placed by"), tr("Placed"), tr("Reason")});
    m_holds->verticalHeader()->hide();
    m_holds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holds->horizontalHeader()->setStretchLastSection(true);
    m_holds->setAccessibleName(tr("Active holds of the payee"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, width] : {std::pair{0, 5}, {1, 10}, {2, 8}, {3, 10}})
        m_holds->setColumnWidth(column, width * em);
    connect(m_holds, &QTableWidget::itemSelectionChanged, this,
            [this] { m_releaseHold->setEnabled(m_holds->currentRow() >= 0); });
    auto *holdsLayout = new QVBoxLayout(holdsBox);
    holdsLayout->setContentsMargins(0, 0, 0, 0);
    holdsLayout->addLayout(holdBar);
    holdsLayout->addWidget(m_holds, 1);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_payeeView);
    splitter->addWidget(holdsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_payeesMessage);
    return tab;
}

void PayoutsPage::applyPayeeFilter()
{
    QJsonObject params;
    if (const QString type = m_payeeType->currentData().toString(); !type.isEmpty())
        params.insert(QStringLiteral("payee_type"), type);
    if (const QString currency = m_payeeCurrency->currentData().toString(); !currency.isEmpty())
        params.insert(QStringLiteral("currency"), currency);
    m_payees->setParams(params);
}

void PayoutsPage::showHolds()
{
    const QJsonObject payee = m_payees->rowAt(m_payeeView->currentIndex().row());
    const qint64 previous = m_holds->currentRow() >= 0 && m_holds->item(m_holds->currentRow(), 0)
                                ? m_holds->item(m_holds->currentRow(), 0)->text().toLongLong()
                                : 0;
    m_holds->setRowCount(0);
    m_placeHold->setEnabled(!payee.isEmpty());
    m_releaseHold->setEnabled(false);
    if (payee.isEmpty()) {
        m_payeeTitle->setText(tr("Select a payee to see their holds."));
        return;
    }
    const QJsonArray holds = payee.value(QStringLiteral("holds")).toArray();
    m_payeeTitle->setText(tr("%1 %2 · %3 · %Ln active hold(s)", nullptr, int(holds.size()))
                              .arg(PayoutText::payeeType(text(payee, "payee_type")))
                              .arg(number(payee, "payee_user_id"))
                              .arg(tr("available %1").arg(amount(payee, "available_minor"))));
    m_holds->setRowCount(int(holds.size()));
    for (int row = 0; row < holds.size(); ++row) {
        const QJsonObject hold = holds.at(row).toObject();
        auto *id = cell(QString::number(number(hold, "id")), true);
        id->setData(Qt::UserRole, hold);
        m_holds->setItem(row, 0, id);
        m_holds->setItem(row, 1, cell(amount(hold, "amount_minor"), true));
        m_holds->setItem(row, 2, cell(text(hold, "placed_by_name")));
        m_holds->setItem(row, 3, cell(PayoutText::time(number(hold, "placed_at"))));
        m_holds->setItem(row, 4, cell(text(hold, "reason")));
        if (number(hold, "id") == previous)
            m_holds->selectRow(row);
    }
}

void PayoutsPage::placeHold()
{
    const QJsonObject payee = m_payees->rowAt(m_payeeView->currentIndex().row());
    if (payee.isEmpty())
        return;
    PayoutDecisionDialog::Options options;
    options.title = tr("Place a hold");
    options.explanation =
        tr("Keep part of %1 %2's %3 balance back from payouts until the hold is released. "
           "Available now: %4.")
            .arg(PayoutText::payeeType(text(payee, "payee_type")))
            .arg(number(payee, "payee_user_id"))
            .arg(text(payee, "currency"), amount(payee, "available_minor"));
    options.command = QStringLiteral("payouts.hold_place");
    options.params = {{QStringLiteral("user_id"), payee.value(QStringLiteral("payee_user_id"))},
                      {QStringLiteral("payee_type"), payee.value(QStringLiteral("payee_type"))},
                      {QStringLiteral("currency"), payee.value(QStringLiteral("currency"))}};
    options.amountCurrency = text(payee, "currency");
    options.acceptText = tr("&Place hold");
    PayoutDecisionDialog dialog(m_session, options, this);
    if (dialog.exec() == QDialog::Accepted)
        m_payeesMessage->showSuccess(tr("Hold %1 of %2 placed.")
                                         .arg(number(dialog.result(), "id"))
                                         .arg(amount(dialog.result(), "amount_minor")));
}

void PayoutsPage::releaseHold()
{
    const int row = m_holds->currentRow();
    if (row < 0 || !m_holds->item(row, 0))
        return;
    const QJsonObject hold = m_holds->item(row, 0)->data(Qt::UserRole).toJsonObject();
    PayoutDecisionDialog::Options options;
    options.title = tr("Release hold %1").arg(number(hold, "id"));
    options.explanation = tr("Release the hold of %1 (%2): the money can be paid out again.")
                              .arg(amount(hold, "amount_minor"), text(hold, "reason"));
    options.command = QStringLiteral("payouts.hold_release");
    options.params = {{QStringLiteral("id"), hold.value(QStringLiteral("id"))},
                      {QStringLiteral("version"), hold.value(QStringLiteral("version"))}};
    options.acceptText = tr("&Release");
    PayoutDecisionDialog dialog(m_session, options, this);
    if (dialog.exec() == QDialog::Accepted)
        m_payeesMessage->showSuccess(tr("Hold %1 released.").arg(number(hold, "id")));
}

// ---- Runs -------------------------------------------------------------------------------------

QWidget *PayoutsPage::buildRunsTab()
{
    auto *tab = new QWidget(this);
    auto *newRun = new QPushButton(tr("&New run…"), tab);
    newRun->setObjectName(QStringLiteral("newRun"));
    newRun->setShortcut(QKeySequence::New);
    newRun->setToolTip(
        tr("Preview and create a payout run (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    newRun->setVisible(m_session.can(PayoutPermission::Prepare));
    connect(newRun, &QPushButton::clicked, this, &PayoutsPage::newRun);
    auto *bar = new QHBoxLayout;
    bar->addWidget(newRun);
    bar->addStretch(1);

    m_runs = new PayoutListModel(m_session,
                                 {QStringLiteral("payouts.runs"), QStringLiteral("id"),
                                  QStringLiteral("before"), QStringLiteral("next_before")},
                                 runColumns(), this);
    m_runView = new Shell::RecordTableView(tab);
    m_runView->setObjectName(QStringLiteral("runs"));
    m_runView->setModel(m_runs);
    m_runView->setAccessibleName(tr("Payout runs"));
    m_runs->applyWidths(m_runView);
    m_runsMessage = new Shell::InlineMessage(tab);
    connect(m_runs, &PayoutListModel::errorOccurred, m_runsMessage,
            &Shell::InlineMessage::showError);
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayoutsPage::selectedRunChanged);
    auto selectWanted = [this] {
        if (m_wantedRun > 0) {
            const int row = m_runs->rowOf(m_wantedRun);
            if (row >= 0) {
                m_wantedRun = 0;
                m_runView->selectRow(row);
            }
        } else if (!m_runView->currentIndex().isValid() && m_runs->rowCount() > 0) {
            m_runView->selectRow(0);
        }
    };
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, selectWanted);
    connect(m_runs, &PayoutListModel::loaded, this, selectWanted);

    m_runDetail = new QWidget(tab);
    m_runTitle = new QLabel(m_runDetail);
    QFont titleFont = m_runTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_runTitle->setFont(titleFont);
    m_runSummary = new QLabel(m_runDetail);
    m_runSummary->setWordWrap(true);
    m_runDecision = new QLabel(m_runDetail);
    m_runDecision->setWordWrap(true);
    m_runProgress = new QLabel(m_runDetail);
    m_runProgress->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Run:"), m_runSummary);
    form->addRow(tr("Decisions:"), m_runDecision);
    form->addRow(tr("Progress:"), m_runProgress);

    m_approve = new QPushButton(tr("&Approve…"), m_runDetail);
    m_approve->setObjectName(QStringLiteral("approveRun"));
    m_execute = new QPushButton(tr("E&xecute…"), m_runDetail);
    m_execute->setObjectName(QStringLiteral("executeRun"));
    m_execute->setToolTip(tr("Approve (or settle) the run's payouts one transaction at a time"));
    m_markPaid = new QPushButton(tr("&Mark paid…"), m_runDetail);
    m_markPaid->setObjectName(QStringLiteral("markRunPaid"));
    m_markPaid->setToolTip(tr("The bank confirmed the transfers: settle every approved payout"));
    m_cancelRun = new QPushButton(tr("Ca&ncel run…"), m_runDetail);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), m_runDetail);
    m_exportSepa = new QPushButton(tr("Export &SEPA XML…"), m_runDetail);
    connect(m_approve, &QPushButton::clicked, this, &PayoutsPage::approveRun);
    connect(m_execute, &QPushButton::clicked, this, &PayoutsPage::executeRun);
    connect(m_markPaid, &QPushButton::clicked, this, &PayoutsPage::markRunPaid);
    connect(m_cancelRun, &QPushButton::clicked, this, &PayoutsPage::cancelRun);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportRun(QStringLiteral("csv")); });
    connect(m_exportSepa, &QPushButton::clicked, this,
            [this] { exportRun(QStringLiteral("sepa")); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportSepa);
    actions->addStretch(1);
    actions->addWidget(m_cancelRun);
    actions->addWidget(m_approve);
    actions->addWidget(m_execute);
    actions->addWidget(m_markPaid);
    m_runRefusal = new Shell::InlineMessage(m_runDetail);
    m_runMessage = new Shell::InlineMessage(m_runDetail);

    m_runPayouts = new PayoutListModel(m_session,
                                       {QStringLiteral("payouts.list"), QStringLiteral("id"),
                                        QStringLiteral("before"), QStringLiteral("next_before")},
                                       payoutColumns(false), this);
    m_runPayoutView = new Shell::RecordTableView(m_runDetail);
    m_runPayoutView->setObjectName(QStringLiteral("runPayouts"));
    m_runPayoutView->setModel(m_runPayouts);
    m_runPayoutView->setAccessibleName(tr("Payouts of the run"));
    m_runPayouts->applyWidths(m_runPayoutView);
    connect(m_runPayouts, &PayoutListModel::errorOccurred, m_runMessage,
            &Shell::InlineMessage::showError);

    auto *detailLayout = new QVBoxLayout(m_runDetail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_runTitle);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_runRefusal);
    detailLayout->addWidget(m_runMessage);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_runPayoutView, 1);
    m_runDetail->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_runView);
    splitter->addWidget(m_runDetail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_runsMessage);
    return tab;
}

void PayoutsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PayoutsPage::showRun(qint64 id)
{
    m_tabs->setCurrentIndex(RunsTab);
    const int row = m_runs->rowOf(id);
    if (row >= 0 && m_runView->currentIndex().row() != row) {
        m_runView->selectRow(row);
        return;
    }
    if (row < 0)
        m_wantedRun = id;
    loadRun(id);
}

void PayoutsPage::newRun()
{
    NewRunDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject run = dialog.run();
    m_runsMessage->showSuccess(tr("Run %1 created: %Ln payout(s), %2. It waits for approval.",
                                  nullptr, int(number(run, "payout_count")))
                                   .arg(number(run, "id"))
                                   .arg(amount(run, "total_minor")));
    showRun(number(run, "id"));
    m_runs->refresh();
}

void PayoutsPage::selectedRunChanged()
{
    const qint64 id = m_runs->idAt(m_runView->currentIndex().row());
    m_runMessage->clear();
    if (id <= 0) {
        m_run = {};
        m_runPayouts->clear();
        m_runDetail->setEnabled(false);
        return;
    }
    loadRun(id);
}

void PayoutsPage::loadRun(qint64 id)
{
    const int generation = ++m_runGeneration;
    if (number(m_run, "id") != id)
        m_runPayouts->setParams({{QStringLiteral("run_id"), id}});
    m_session.call(QStringLiteral("payouts.run"), {{QStringLiteral("id"), id}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_runGeneration)
                           return;
                       if (!result.ok()) {
                           m_runMessage->showError(result.message);
                           return;
                       }
                       showRunDetail(result.data.toObject());
                   });
}

void PayoutsPage::showRunDetail(const QJsonObject &run)
{
    m_run = run;
    m_runDetail->setEnabled(true);
    const QString state = text(run, "state");
    const QString currency = text(run, "currency");
    m_runTitle->setText(tr("Run %1 · %2 · %3")
                            .arg(number(run, "id"))
                            .arg(PayoutText::runState(state), amount(run, "total_minor")));
    m_runSummary->setText(tr("%1, %2, as of %3, minimum %4; %Ln payout(s); approval threshold %5.",
                             nullptr, int(number(run, "payout_count")))
                              .arg(PayoutText::payeeType(text(run, "payee_type")),
                                   PayoutText::schedule(text(run, "schedule")),
                                   PayoutText::time(number(run, "as_of")),
                                   PayoutText::money(number(run, "min_amount_minor"), currency),
                                   PayoutText::money(number(run, "threshold_minor"), currency)));
    QStringList decisions{
        tr("Created by %1 at %2.")
            .arg(text(run, "created_by_name"), PayoutText::time(number(run, "created_at")))};
    if (!text(run, "approved_by_name").isEmpty())
        decisions << tr("Approved by %1 at %2.")
                         .arg(text(run, "approved_by_name"),
                              PayoutText::time(number(run, "approved_at")));
    if (!text(run, "paid_by_name").isEmpty())
        decisions << tr("Marked paid by %1.").arg(text(run, "paid_by_name"));
    if (number(run, "paid_at") > 0)
        decisions << tr("Paid at %1.").arg(PayoutText::time(number(run, "paid_at")));
    if (!text(run, "canceled_by_name").isEmpty())
        decisions << tr("Canceled by %1 at %2: %3")
                         .arg(text(run, "canceled_by_name"),
                              PayoutText::time(number(run, "canceled_at")),
                              text(run, "cancel_reason"));
    if (!text(run, "note").isEmpty())
        decisions << tr("Note: %1").arg(text(run, "note"));
    m_runDecision->setText(decisions.join(QLatin1Char(' ')));

    const QJsonObject progress = run.value(QStringLiteral("progress")).toObject();
    QStringList parts;
    for (const char *each : {"pending", "approved", "paid", "failed", "returned", "rejected"}) {
        const QJsonObject part = progress.value(QLatin1String(each)).toObject();
        if (part.isEmpty())
            continue;
        parts << tr("%1: %2 (%3)")
                     .arg(PayoutText::payoutState(QString::fromLatin1(each)))
                     .arg(number(part, "count"))
                     .arg(PayoutText::money(number(part, "total_minor"), currency));
    }
    m_runProgress->setText(parts.isEmpty() ? tr("No payouts.") : parts.join(QStringLiteral(" · ")));

    // Maker-checker: the service refuses too; the page says why before anyone clicks.
    const bool mayApprove = m_session.can(PayoutPermission::Approve);
    const bool isPending = state == QLatin1String("pending");
    const bool isOwnAboveThreshold =
        number(run, "created_by") == m_session.principal().operatorId &&
        run.value(QStringLiteral("needs_second_operator")).toBool();
    QString refusal;
    if (!mayApprove)
        refusal = tr("Approving runs needs the payouts.approve permission.");
    else if (!isPending)
        refusal = tr("The run is %1: only a run pending approval can be approved.")
                      .arg(PayoutText::runState(state).toLower());
    else if (isOwnAboveThreshold)
        refusal = tr("You created this run and its total %1 is above the approval threshold of "
                     "%2: another finance operator must approve it.")
                      .arg(amount(run, "total_minor"),
                           PayoutText::money(number(run, "threshold_minor"), currency));
    m_approve->setEnabled(refusal.isEmpty());
    m_approve->setToolTip(refusal.isEmpty() ? tr("Approve the run") : refusal);
    if (!refusal.isEmpty() && isPending)
        m_runRefusal->showInformation(refusal);
    else
        m_runRefusal->clear();
    const bool isRunning = state == QLatin1String("approving") || state == QLatin1String("paying");
    m_execute->setEnabled(mayApprove && isRunning && !m_isExecuting);
    m_execute->setToolTip(isRunning ? tr("Continue the run's execution (it is resumable)")
                                    : tr("Only an approved run being executed can run; the run "
                                         "is %1.")
                                          .arg(PayoutText::runState(state).toLower()));
    m_markPaid->setEnabled(mayApprove && state == QLatin1String("approved") && !m_isExecuting);
    m_cancelRun->setEnabled(m_session.can(PayoutPermission::Prepare) && isPending);
    m_exportSepa->setEnabled(currency == QLatin1String("EUR") &&
                             (state == QLatin1String("approved") ||
                              state == QLatin1String("paying") || state == QLatin1String("paid")));
    m_exportSepa->setToolTip(currency == QLatin1String("EUR")
                                 ? tr("A SEPA credit transfer file of the approved payouts "
                                      "(demo mapping)")
                                 : tr("SEPA credit transfers are in EUR: export CSV instead."));
    Q_EMIT runShown(run);
}

void PayoutsPage::approveRun()
{
    const QJsonObject run = m_run;
    if (run.isEmpty() || !m_approve->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Approve run %1").arg(number(run, "id")),
        tr("Approve run %1: %Ln payout(s), %2? Execute then posts each payout's approval to the "
           "ledger.",
           nullptr, int(number(run, "payout_count")))
            .arg(number(run, "id"))
            .arg(amount(run, "total_minor")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_approve->setEnabled(false);
    m_session.call(QStringLiteral("payouts.run_approve"),
                   {{QStringLiteral("id"), run.value(QStringLiteral("id"))},
                    {QStringLiteral("version"), run.value(QStringLiteral("version"))}},
                   this, [this, id = number(run, "id")](const CommandResult &result) {
                       if (!result.ok()) {
                           m_runRefusal->showError(result.message);
                           m_approve->setEnabled(true);
                           return;
                       }
                       m_runMessage->showSuccess(
                           tr("Run %1 approved: execute it to post the payouts.").arg(id));
                       if (number(m_run, "id") == id)
                           showRunDetail(result.data.toObject());
                       m_runs->refresh();
                   });
}

void PayoutsPage::executeRun()
{
    const QJsonObject run = m_run;
    const QString state = text(run, "state");
    if (run.isEmpty() || m_isExecuting ||
        (state != QLatin1String("approving") && state != QLatin1String("paying")))
        return;
    const qint64 id = number(run, "id");
    const bool isPaying = state == QLatin1String("paying");
    const QString goal = isPaying ? QStringLiteral("paid") : QStringLiteral("approved");
    auto *progress = new QProgressDialog(this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(isPaying ? tr("Settling run %1").arg(id)
                                      : tr("Executing run %1").arg(id));
    progress->setLabelText(
        tr("%1 the run's payouts, one ledger transaction at a time.\nThe run is resumable: "
           "Cancel stops after the current step and Execute continues where it stopped.")
            .arg(isPaying ? tr("Settling") : tr("Approving")));
    progress->setRange(0, int(std::max<qint64>(1, number(run, "payout_count"))));
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    progress->show();
    m_isExecuting = true;
    m_execute->setEnabled(false);
    m_markPaid->setEnabled(false);

    auto step = std::make_shared<std::function<void()>>();
    QPointer<QProgressDialog> dialog(progress);
    *step = [this, id, goal, dialog, step] {
        m_session.call(
            QStringLiteral("payouts.run_execute"),
            {{QStringLiteral("id"), id}, {QStringLiteral("limit"), 10}}, this,
            [this, id, goal, dialog, step](const CommandResult &result) {
                auto finish = [this, dialog, step](bool done) {
                    m_isExecuting = false;
                    if (dialog)
                        dialog->close();
                    if (!m_run.isEmpty())
                        showRunDetail(m_run); // the buttons the execution held back
                    *step = nullptr;          // breaks the cycle
                    Q_EMIT executionFinished(done);
                };
                if (!result.ok()) {
                    m_runMessage->showError(result.message);
                    finish(false);
                    loadRun(id);
                    return;
                }
                const QJsonObject answer = result.data.toObject();
                const QJsonObject run = answer.value(QStringLiteral("run")).toObject();
                const QJsonObject progress = run.value(QStringLiteral("progress")).toObject();
                qint64 processed = 0;
                for (const QString &state : progress.keys())
                    if (state !=
                        QLatin1String(goal == QLatin1String("paid") ? "approved" : "pending"))
                        processed += number(progress.value(state).toObject(), "count");
                if (dialog)
                    dialog->setValue(int(std::min<qint64>(processed, dialog->maximum())));
                if (number(m_run, "id") == id)
                    showRunDetail(run);
                if (answer.value(QStringLiteral("done")).toBool()) {
                    const QJsonObject rejected =
                        progress.value(QStringLiteral("rejected")).toObject();
                    QString message = tr("Run %1 is %2.")
                                          .arg(id)
                                          .arg(PayoutText::runState(text(run, "state")).toLower());
                    if (number(rejected, "count") > 0)
                        message += QLatin1Char(' ') +
                                   tr("%Ln payout(s) were rejected: the payee no longer had "
                                      "the money available.",
                                      nullptr, int(number(rejected, "count")));
                    m_runMessage->showSuccess(message);
                    finish(true);
                    m_runPayouts->refresh();
                    m_runs->refresh();
                    return;
                }
                if (!dialog || dialog->wasCanceled()) {
                    m_runMessage->showInformation(
                        tr("Execution of run %1 paused after %Ln payout(s); Execute resumes it.",
                           nullptr, int(processed))
                            .arg(id));
                    finish(false);
                    return;
                }
                (*step)();
            });
    };
    (*step)();
}

void PayoutsPage::markRunPaid()
{
    const QJsonObject run = m_run;
    if (run.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Mark run %1 paid").arg(number(run, "id")),
        tr("Did the bank execute run %1 (%2)? Every approved payout of the run is then settled: "
           "debit payout clearing, credit processor clearing.")
            .arg(number(run, "id"))
            .arg(amount(run, "total_minor")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_markPaid->setEnabled(false);
    m_session.call(QStringLiteral("payouts.run_mark_paid"),
                   {{QStringLiteral("id"), run.value(QStringLiteral("id"))},
                    {QStringLiteral("version"), run.value(QStringLiteral("version"))}},
                   this, [this, id = number(run, "id")](const CommandResult &result) {
                       if (!result.ok()) {
                           m_runRefusal->showError(result.message);
                           m_markPaid->setEnabled(true);
                           return;
                       }
                       if (number(m_run, "id") != id)
                           return;
                       QJsonObject run = result.data.toObject();
                       showRunDetail(run);
                       executeRun();
                   });
}

void PayoutsPage::cancelRun()
{
    const QJsonObject run = m_run;
    if (run.isEmpty())
        return;
    PayoutDecisionDialog::Options options;
    options.title = tr("Cancel run %1").arg(number(run, "id"));
    options.explanation = tr("Cancel run %1 (%2)? The payouts it made are rejected; prepared "
                             "payouts it included can go into another run.")
                              .arg(number(run, "id"))
                              .arg(amount(run, "total_minor"));
    options.command = QStringLiteral("payouts.run_cancel");
    options.params = {{QStringLiteral("id"), run.value(QStringLiteral("id"))},
                      {QStringLiteral("version"), run.value(QStringLiteral("version"))}};
    options.acceptText = tr("Cancel &run");
    PayoutDecisionDialog dialog(m_session, options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_runMessage->showSuccess(tr("Run %1 canceled.").arg(number(run, "id")));
    showRunDetail(dialog.result());
    m_runPayouts->refresh();
}

void PayoutsPage::exportRun(const QString &format)
{
    const qint64 id = number(m_run, "id");
    if (id <= 0)
        return;
    const bool isSepa = format == QLatin1String("sepa");
    m_session.call(
        QStringLiteral("payouts.export"),
        {{QStringLiteral("id"), id}, {QStringLiteral("format"), format}}, this,
        [this, isSepa](const CommandResult &result) {
            if (!result.ok()) {
                m_runMessage->showError(result.message);
                return;
            }
            const QJsonObject file = result.data.toObject();
            const QString caption =
                isSepa ? tr("Export SEPA XML — demo mapping: the debtor account and payee IBANs "
                            "are sample values, not for a real bank")
                       : tr("Export payout run CSV");
            const QString path = QFileDialog::getSaveFileName(this, caption, text(file, "filename"),
                                                              isSepa ? tr("SEPA XML files (*.xml)")
                                                                     : tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(text(file, "content").toUtf8()) < 0 ||
                !out.commit()) {
                m_runMessage->showError(tr("Could not write %1: %2").arg(path, out.errorString()));
                return;
            }
            QString message =
                tr("Exported %Ln payout(s), %1, to %2.", nullptr, int(number(file, "count")))
                    .arg(amount(file, "total_minor"), path);
            if (isSepa)
                message += QLatin1Char(' ') + tr("The SEPA file is a demo mapping: check it "
                                                 "against your bank's format before use.");
            m_runMessage->showSuccess(message);
        });
}

// ---- Payouts ----------------------------------------------------------------------------------

QWidget *PayoutsPage::buildPayoutsTab()
{
    auto *tab = new QWidget(this);
    m_payoutState = new QComboBox(tab);
    m_payoutState->addItem(tr("All states"), QString());
    for (const char *state : {"pending", "approved", "paid", "failed", "returned", "rejected"})
        m_payoutState->addItem(PayoutText::payoutState(QString::fromLatin1(state)),
                               QString::fromLatin1(state));
    m_payoutType = payeeTypeFilter(tab, true);
    auto *filters = new QHBoxLayout;
    auto addField = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, tab);
        caption->setBuddy(field);
        filters->addWidget(caption);
        filters->addWidget(field);
    };
    addField(tr("&State:"), m_payoutState);
    addField(tr("Payee &type:"), m_payoutType);
    filters->addStretch(1);
    connect(m_payoutState, &QComboBox::currentIndexChanged, this, &PayoutsPage::applyPayoutFilter);
    connect(m_payoutType, &QComboBox::currentIndexChanged, this, &PayoutsPage::applyPayoutFilter);

    m_payouts = new PayoutListModel(m_session,
                                    {QStringLiteral("payouts.list"), QStringLiteral("id"),
                                     QStringLiteral("before"), QStringLiteral("next_before")},
                                    payoutColumns(true), this);
    m_payoutView = new Shell::RecordTableView(tab);
    m_payoutView->setObjectName(QStringLiteral("payouts"));
    m_payoutView->setModel(m_payouts);
    m_payoutView->setAccessibleName(tr("Payouts"));
    m_payouts->applyWidths(m_payoutView);
    m_payoutsMessage = new Shell::InlineMessage(tab);
    connect(m_payouts, &PayoutListModel::errorOccurred, m_payoutsMessage,
            &Shell::InlineMessage::showError);
    connect(m_payoutView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayoutsPage::updatePayoutActions);
    connect(m_payouts, &PayoutListModel::loaded, this, &PayoutsPage::updatePayoutActions);
    connect(m_payouts, &QAbstractItemModel::dataChanged, this, &PayoutsPage::updatePayoutActions);

    m_approvePayout = new QPushButton(tr("&Approve…"), tab);
    m_payPayout = new QPushButton(tr("Mark &paid…"), tab);
    m_failPayout = new QPushButton(tr("Mark &failed…"), tab);
    m_returnPayout = new QPushButton(tr("Mark re&turned…"), tab);
    m_reconcile = new QPushButton(tr("R&econcile"), tab);
    m_reconcile->setObjectName(QStringLiteral("reconcile"));
    m_reconcile->setToolTip(tr("Show the ledger postings and the earnings that funded the "
                               "selected payout"));
    connect(m_approvePayout, &QPushButton::clicked, this,
            [this] { decidePayout(QStringLiteral("payouts.approve")); });
    connect(m_payPayout, &QPushButton::clicked, this,
            [this] { decidePayout(QStringLiteral("payouts.mark_paid")); });
    connect(m_failPayout, &QPushButton::clicked, this,
            [this] { decidePayout(QStringLiteral("payouts.mark_failed")); });
    connect(m_returnPayout, &QPushButton::clicked, this,
            [this] { decidePayout(QStringLiteral("payouts.mark_returned")); });
    connect(m_reconcile, &QPushButton::clicked, this, [this] {
        const qint64 id = m_payouts->idAt(m_payoutView->currentIndex().row());
        if (id > 0)
            Q_EMIT reconcileRequested(id);
    });
    for (QPushButton *button : {m_approvePayout, m_payPayout, m_failPayout, m_returnPayout})
        button->setVisible(m_session.can(PayoutPermission::Approve));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reconcile);
    actions->addStretch(1);
    actions->addWidget(m_approvePayout);
    actions->addWidget(m_payPayout);
    actions->addWidget(m_failPayout);
    actions->addWidget(m_returnPayout);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_payoutView, 1);
    layout->addLayout(actions);
    layout->addWidget(m_payoutsMessage);
    return tab;
}

void PayoutsPage::applyPayoutFilter()
{
    QJsonObject params;
    if (const QString state = m_payoutState->currentData().toString(); !state.isEmpty())
        params.insert(QStringLiteral("state"), state);
    if (const QString type = m_payoutType->currentData().toString(); !type.isEmpty())
        params.insert(QStringLiteral("payee_type"), type);
    m_payouts->setParams(params);
}

void PayoutsPage::updatePayoutActions()
{
    const QJsonObject payout = m_payouts->rowAt(m_payoutView->currentIndex().row());
    const QString state = text(payout, "state");
    const bool inRun = number(payout, "run_id") > 0;
    m_approvePayout->setEnabled(state == QLatin1String("pending") && !inRun);
    m_approvePayout->setToolTip(
        inRun ? tr("This payout belongs to run %1: approve the run.").arg(number(payout, "run_id"))
              : tr("Approve the selected pending payout"));
    m_payPayout->setEnabled(state == QLatin1String("approved"));
    m_failPayout->setEnabled(state == QLatin1String("approved"));
    m_returnPayout->setEnabled(state == QLatin1String("paid"));
    m_reconcile->setEnabled(!payout.isEmpty());
}

void PayoutsPage::decidePayout(const QString &command)
{
    const QJsonObject payout = m_payouts->rowAt(m_payoutView->currentIndex().row());
    if (payout.isEmpty())
        return;
    const qint64 id = number(payout, "id");
    PayoutDecisionDialog::Options options;
    options.command = command;
    options.params = {{QStringLiteral("id"), id},
                      {QStringLiteral("version"), payout.value(QStringLiteral("version"))}};
    const QString what =
        tr("payout %1 of %2 to %3 %4")
            .arg(id)
            .arg(amount(payout, "amount_minor"), PayoutText::payeeType(text(payout, "payee_type")))
            .arg(number(payout, "payee_user_id"));
    if (command == QLatin1String("payouts.approve")) {
        options.title = tr("Approve payout %1").arg(id);
        options.explanation = tr("Approve %1? Its amount moves from the payee's payable to "
                                 "payout clearing.")
                                  .arg(what);
        options.textKey = QStringLiteral("note");
        options.textLabel = tr("&Note:");
        options.isTextRequired = false;
        options.acceptText = tr("&Approve");
    } else if (command == QLatin1String("payouts.mark_paid")) {
        options.title = tr("Mark payout %1 paid").arg(id);
        options.explanation = tr("The bank sent %1.").arg(what);
        options.textKey = QStringLiteral("external_ref");
        options.textLabel = tr("&Bank reference:");
        options.isTextRequired = false;
        options.acceptText = tr("Mark &paid");
    } else if (command == QLatin1String("payouts.mark_failed")) {
        options.title = tr("Mark payout %1 failed").arg(id);
        options.explanation =
            tr("%1 was never sent: the amount goes back to the payee's balance.").arg(what);
        options.acceptText = tr("Mark &failed");
    } else {
        options.title = tr("Mark payout %1 returned").arg(id);
        options.explanation =
            tr("The bank returned %1: the amount goes back to the payee's balance.").arg(what);
        options.acceptText = tr("Mark re&turned");
    }
    options.explanation[0] = options.explanation.at(0).toUpper();
    PayoutDecisionDialog dialog(m_session, options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_payoutsMessage->showSuccess(
        tr("Payout %1 is %2.")
            .arg(id)
            .arg(PayoutText::payoutState(text(dialog.result(), "state")).toLower()));
    m_payouts->refresh();
}

void PayoutsPage::reloadAll()
{
    m_payees->refresh();
    m_runs->refresh();
    m_payouts->refresh();
    if (!m_isExecuting && number(m_run, "id") > 0) {
        loadRun(number(m_run, "id"));
        m_runPayouts->refresh();
    }
}

} // namespace Steward::Finance
