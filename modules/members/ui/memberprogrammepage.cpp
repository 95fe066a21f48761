#include "memberprogrammepage.h"

#include "drawdialogs.h"
#include "membermodels.h"
#include "memberservice.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"
#include "reloadonchange.h"

#include "money.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Members {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString rulesText(const QJsonObject &rules)
{
    QStringList parts;
    parts << MemberProgrammePage::tr("tenure ≥ %Ln month(s)", nullptr,
                                     rules.value(QStringLiteral("min_tenure_months")).toInt());
    if (rules.value(QStringLiteral("require_kyc")).toBool())
        parts << MemberProgrammePage::tr("identity verified");
    parts << MemberProgrammePage::tr("no award in the last %Ln month(s)", nullptr,
                                     rules.value(QStringLiteral("award_cooldown_months")).toInt());
    parts << MemberProgrammePage::tr("one ticket more per %1 months of tenure, at most %2")
                 .arg(rules.value(QStringLiteral("weight_step_months")).toInt())
                 .arg(rules.value(QStringLiteral("max_weight")).toInt());
    return MemberProgrammePage::tr("Good standing, %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

MemberProgrammePage::MemberProgrammePage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildQueueTab(), tr("&Queue"));
    m_tabs->addTab(buildDrawsTab(), tr("&Draws"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) { return command.startsWith(QLatin1String("members.")); },
        [this] { reloadAll(); }, 250, this);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &MemberProgrammePage::reloadAll);

    applyQueueFilter();
    m_draws->setParams({});
}

QWidget *MemberProgrammePage::buildQueueTab()
{
    auto *tab = new QWidget(this);
    m_queueFilter = new QComboBox(tab);
    m_queueFilter->addItem(tr("Everyone in the queue"), QString());
    m_queueFilter->addItem(tr("Eligible for the next draw"), QStringLiteral("eligible"));
    for (const char *standing : {"good", "late", "suspended", "left"}) {
        const QString name = QString::fromLatin1(standing);
        m_queueFilter->addItem(tr("Standing: %1").arg(MemberQueueModel::standingText(name)), name);
    }
    auto *filterLabel = new QLabel(tr("&Show:"), tab);
    filterLabel->setBuddy(m_queueFilter);
    m_rules = new QLabel(tab);
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_queueFilter);
    filters->addStretch(1);

    m_queue = new MemberQueueModel(m_session, this);
    m_queueView = new Shell::RecordTableView(tab);
    m_queueView->setModel(m_queue);
    m_queueView->setAccessibleName(tr("Member queue"));
    m_queueView->setColumnWidthsInEms({{MemberQueueModel::PositionColumn, 6},
                                       {MemberQueueModel::MemberColumn, 14},
                                       {MemberQueueModel::TenureColumn, 10},
                                       {MemberQueueModel::StandingColumn, 7},
                                       {MemberQueueModel::EligibleColumn, 26},
                                       {MemberQueueModel::AwardsColumn, 10}});
    m_queueMessage = new Shell::InlineMessage(tab);

    connect(m_queueFilter, &QComboBox::currentIndexChanged, this,
            &MemberProgrammePage::applyQueueFilter);
    connect(m_queue, &PagedListModel::errorOccurred, m_queueMessage,
            &Shell::InlineMessage::showError);
    connect(m_queue, &PagedListModel::pageLoaded, this, [this](const QJsonObject &page) {
        m_queueMessage->clear();
        m_rules->setText(tr("Eligible for a draw drafted now: %1.")
                             .arg(rulesText(page.value(QStringLiteral("rules")).toObject())));
    });

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_rules);
    layout->addWidget(m_queueView, 1);
    layout->addWidget(m_queueMessage);
    return tab;
}

QWidget *MemberProgrammePage::buildDrawsTab()
{
    auto *tab = new QWidget(this);
    m_draft = new QPushButton(tr("D&raft draw…"), tab);
    m_draft->setShortcut(QKeySequence::New);
    m_draft->setToolTip(
        tr("Draft a reward draw (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_draft->setVisible(m_session.can(Permission::Draw));
    connect(m_draft, &QPushButton::clicked, this, &MemberProgrammePage::draft);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_draft);
    bar->addStretch(1);

    m_draws = new DrawListModel(m_session, this);
    m_drawView = new Shell::RecordTableView(tab);
    m_drawView->setModel(m_draws);
    m_drawView->setAccessibleName(tr("Reward draws"));
    m_drawView->setColumnWidthsInEms({{DrawListModel::IdColumn, 5},
                                      {DrawListModel::PeriodColumn, 7},
                                      {DrawListModel::PoolColumn, 11},
                                      {DrawListModel::WinnersColumn, 6},
                                      {DrawListModel::EligibleColumn, 6},
                                      {DrawListModel::StateColumn, 14},
                                      {DrawListModel::DraftedByColumn, 14}});
    m_drawsMessage = new Shell::InlineMessage(tab);
    connect(m_draws, &PagedListModel::errorOccurred, m_drawsMessage,
            &Shell::InlineMessage::showError);
    connect(m_drawView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MemberProgrammePage::selectedDrawChanged);
    connect(m_draws, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_wantedDraw > 0) {
            const int row = m_draws->rowOf(m_wantedDraw);
            if (row >= 0) {
                m_wantedDraw = 0;
                m_drawView->selectRow(row);
            }
        } else if (!m_drawView->currentIndex().isValid() && m_draws->rowCount() > 0) {
            m_drawView->selectRow(0);
        }
    });

    // The detail of the selected draw.
    m_detail = new QWidget(tab);
    m_title = new QLabel(m_detail);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary = new QLabel(m_detail);
    m_seed = new QLabel(m_detail);
    m_seed->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_frozenRules = new QLabel(m_detail);
    m_frozenRules->setWordWrap(true);
    m_decision = new QLabel(m_detail);
    m_decision->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Pool:"), m_summary);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Rules:"), m_frozenRules);
    form->addRow(tr("Decision:"), m_decision);

    m_verify = new QPushButton(tr("&Verify"), m_detail);
    m_verify->setToolTip(tr("Recompute the draw from its seed and frozen rules"));
    m_approve = new QPushButton(tr("&Approve…"), m_detail);
    m_reject = new QPushButton(tr("Re&ject…"), m_detail);
    connect(m_verify, &QPushButton::clicked, this, &MemberProgrammePage::verify);
    connect(m_approve, &QPushButton::clicked, this, &MemberProgrammePage::approve);
    connect(m_reject, &QPushButton::clicked, this, &MemberProgrammePage::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addStretch(1);
    actions->addWidget(m_reject);
    actions->addWidget(m_approve);
    m_verifyResult = new Shell::InlineMessage(m_detail);
    m_refusal = new Shell::InlineMessage(m_detail);

    m_entries = new DrawEntryModel(m_session, this);
    m_entryView = new Shell::RecordTableView(m_detail);
    m_entryView->setModel(m_entries);
    m_entryView->setAccessibleName(tr("Draw entries"));
    m_entryView->setColumnWidthsInEms({{DrawEntryModel::RankColumn, 5},
                                       {DrawEntryModel::MemberColumn, 16},
                                       {DrawEntryModel::AwardColumn, 10},
                                       {DrawEntryModel::QueueColumn, 11},
                                       {DrawEntryModel::TenureColumn, 11},
                                       {DrawEntryModel::WeightColumn, 6}});
    connect(m_entries, &PagedListModel::pageLoaded, this, &MemberProgrammePage::showDetail);
    connect(m_entries, &PagedListModel::errorOccurred, m_refusal, &Shell::InlineMessage::showError);

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_verifyResult);
    detailLayout->addWidget(m_refusal);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_entryView, 1);
    m_detail->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_drawView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_drawsMessage);
    return tab;
}

void MemberProgrammePage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MemberProgrammePage::showDraw(qint64 id)
{
    m_tabs->setCurrentIndex(1);
    const int row = m_draws->rowOf(id);
    if (row >= 0) {
        m_drawView->selectRow(row);
        return;
    }
    m_wantedDraw = id;
    m_entries->setParams({{QStringLiteral("id"), id}});
}

void MemberProgrammePage::applyQueueFilter()
{
    const QString filter = m_queueFilter->currentData().toString();
    QJsonObject params;
    if (filter == QLatin1String("eligible"))
        params.insert(QStringLiteral("eligible"), true);
    else if (!filter.isEmpty())
        params.insert(QStringLiteral("standing"), filter);
    m_queue->setParams(params);
}

void MemberProgrammePage::selectedDrawChanged()
{
    const qint64 id = m_draws->idAt(m_drawView->currentIndex().row());
    m_verifyResult->clear();
    m_refusal->clear();
    if (id <= 0) {
        m_entries->clear();
        m_detail->setEnabled(false);
        return;
    }
    if (m_current.value(QStringLiteral("id")).toInteger() == id)
        return;
    m_current = {};
    m_entries->setParams({{QStringLiteral("id"), id}});
}

void MemberProgrammePage::showDetail(const QJsonObject &draw)
{
    const bool sameDraw =
        m_current.value(QStringLiteral("id")).toInteger() == draw.value(QStringLiteral("id"));
    m_current = draw;
    m_detail->setEnabled(true);
    m_entries->setCurrency(draw.value(QStringLiteral("currency")).toString());
    const QString state = draw.value(QStringLiteral("state")).toString();
    m_title->setText(
        tr("Draw %1 · %2 · %3")
            .arg(draw.value(QStringLiteral("id")).toInteger())
            .arg(draw.value(QStringLiteral("period")).toString(), DrawListModel::stateText(state)));
    m_summary->setText(tr("%1 shared by %Ln winner(s) among %2 eligible members", nullptr,
                          draw.value(QStringLiteral("winners")).toInt())
                           .arg(draw.value(QStringLiteral("pool")).toString())
                           .arg(draw.value(QStringLiteral("eligible_count")).toInt()));
    m_seed->setText(draw.value(QStringLiteral("seed_generated")).toBool()
                        ? tr("%1 (generated)").arg(draw.value(QStringLiteral("seed")).toString())
                        : draw.value(QStringLiteral("seed")).toString());
    m_frozenRules->setText(rulesText(draw.value(QStringLiteral("rules")).toObject()));
    QString decision = tr("Drafted by %1 at %2.")
                           .arg(draw.value(QStringLiteral("created_by")).toString(),
                                timeText(draw.value(QStringLiteral("created_at")).toInteger()));
    if (state == QLatin1String("approved"))
        decision += QLatin1Char(' ') +
                    tr("Approved by %1 at %2.")
                        .arg(draw.value(QStringLiteral("decided_by")).toString(),
                             timeText(draw.value(QStringLiteral("decided_at")).toInteger()));
    else if (state == QLatin1String("rejected"))
        decision += QLatin1Char(' ') +
                    tr("Rejected by %1 at %2: %3")
                        .arg(draw.value(QStringLiteral("decided_by")).toString(),
                             timeText(draw.value(QStringLiteral("decided_at")).toInteger()),
                             draw.value(QStringLiteral("decision_reason")).toString());
    m_decision->setText(decision);

    const bool isDrafted = state == QLatin1String("drafted");
    const bool mayDecide = draw.value(QStringLiteral("may_decide")).toBool();
    m_approve->setVisible(isDrafted && m_session.can(Permission::Approve));
    m_reject->setVisible(isDrafted && m_session.can(Permission::Approve));
    m_approve->setEnabled(mayDecide);
    m_reject->setEnabled(mayDecide);
    if (isDrafted && !mayDecide && m_session.can(Permission::Approve))
        m_refusal->showInformation(draw.value(QStringLiteral("decision_refusal")).toString());
    else
        m_refusal->clear();
    if (!sameDraw)
        verify();
}

void MemberProgrammePage::verify()
{
    const qint64 id = m_current.value(QStringLiteral("id")).toInteger();
    if (id <= 0)
        return;
    m_session.call(
        QStringLiteral("members.verify_draw"), {{QStringLiteral("id"), id}}, this,
        [this, id](const CommandResult &result) {
            if (m_current.value(QStringLiteral("id")).toInteger() != id)
                return;
            if (!result.ok()) {
                m_verifyResult->showError(result.message);
                return;
            }
            const QJsonObject check = result.data.toObject();
            if (check.value(QStringLiteral("matches")).toBool()) {
                m_verifyResult->showSuccess(
                    tr("Verified: the seed and the frozen rules give exactly the "
                       "stored result for all %Ln entries.",
                       nullptr, check.value(QStringLiteral("checked")).toInt()));
                return;
            }
            const QJsonArray mismatches = check.value(QStringLiteral("mismatches")).toArray();
            m_verifyResult->showError(
                tr("Does not verify (%Ln difference(s)); first: %1", nullptr,
                   check.value(QStringLiteral("mismatch_count")).toInt())
                    .arg(mismatches.isEmpty() ? QString() : mismatches.first().toString()));
        });
}

void MemberProgrammePage::approve()
{
    const QJsonObject draw = m_current;
    const auto answer = QMessageBox::question(
        this, tr("Approve draw %1").arg(draw.value(QStringLiteral("id")).toInteger()),
        tr("Approve draw %1 for %2? %3 is then owed to its %Ln winner(s) and paid by the next "
           "payout run.",
           nullptr, draw.value(QStringLiteral("winners")).toInt())
            .arg(draw.value(QStringLiteral("id")).toInteger())
            .arg(draw.value(QStringLiteral("period")).toString(),
                 draw.value(QStringLiteral("pool")).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_approve->setEnabled(false);
    m_session.call(QStringLiteral("members.approve_draw"),
                   {{QStringLiteral("id"), draw.value(QStringLiteral("id"))},
                    {QStringLiteral("version"), draw.value(QStringLiteral("version"))}},
                   this, [this](const CommandResult &result) {
                       if (!result.ok()) {
                           m_refusal->showError(result.message);
                           m_approve->setEnabled(true);
                           return;
                       }
                       m_refusal->showSuccess(tr("Approved: the awards are owed to the winners."));
                   });
}

void MemberProgrammePage::reject()
{
    RejectDrawDialog dialog(m_session, m_current, this);
    if (dialog.exec() == QDialog::Accepted)
        m_refusal->showSuccess(tr("Rejected: nothing is owed."));
}

void MemberProgrammePage::draft()
{
    DraftDrawDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_wantedDraw = dialog.draw().value(QStringLiteral("id")).toInteger();
    m_tabs->setCurrentIndex(1);
}

void MemberProgrammePage::reloadAll()
{
    m_queue->refresh();
    m_draws->refresh();
    m_entries->refresh();
}

} // namespace Steward::Members
