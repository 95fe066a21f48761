#include "proposalview.h"

#include "daomodels.h"
#include "daoservice.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Dao {

namespace {

QString duration(qint64 ms)
{
    const qint64 hours = ms / 3'600'000;
    if (hours % 24 == 0)
        return ProposalView::tr("%Ln day(s)", nullptr, int(hours / 24));
    return ProposalView::tr("%Ln hour(s)", nullptr, int(hours));
}

} // namespace

ProposalView::ProposalView(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_quorum = new QProgressBar(this);
    m_quorum->setAccessibleName(tr("Quorum progress"));
    m_tally = new QLabel(this);
    m_tally->setWordWrap(true);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_vote = new QPushButton(tr("&Vote for a user…"), this);
    m_queue = new QPushButton(tr("&Queue"), this);
    m_approve = new QPushButton(tr("A&pprove execution"), this);
    m_execute = new QPushButton(tr("E&xecute"), this);
    m_cancel = new QPushButton(tr("Ca&ncel…"), this);
    m_seal = new QPushButton(tr("&Seal content"), this);
    connect(m_vote, &QPushButton::clicked, this, &ProposalView::vote);
    connect(m_queue, &QPushButton::clicked, this, &ProposalView::queue);
    connect(m_approve, &QPushButton::clicked, this, &ProposalView::approve);
    connect(m_execute, &QPushButton::clicked, this, &ProposalView::execute);
    connect(m_cancel, &QPushButton::clicked, this, &ProposalView::cancel);
    connect(m_seal, &QPushButton::clicked, this, &ProposalView::seal);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_vote, m_queue, m_approve, m_execute, m_cancel, m_seal})
        actions->addWidget(button);
    actions->addStretch(1);
    m_reasons = new QLabel(this);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_message = new Shell::InlineMessage(this);

    m_votes = new JsonTableModel(
        {{tr("Voter"),
          [](const QJsonObject &row) {
              return tr("%1 (user %2)")
                  .arg(row.value(QStringLiteral("voter_name")).toString())
                  .arg(row.value(QStringLiteral("voter_id")).toInteger());
          }},
         {tr("Vote"),
          [](const QJsonObject &row) {
              return Text::support(row.value(QStringLiteral("support")).toString());
          }},
         {tr("Power"),
          [](const QJsonObject &row) {
              return Text::tokens(row.value(QStringLiteral("voting_power")).toInteger());
          },
          true},
         {tr("Cast"),
          [](const QJsonObject &row) {
              return Text::time(row.value(QStringLiteral("created_at")).toInteger());
          }},
         {tr("Reason"),
          [](const QJsonObject &row) { return row.value(QStringLiteral("reason")).toString(); }}},
        QStringLiteral("id"), this);
    m_approvals = new JsonTableModel(
        {{tr("Admin"),
          [](const QJsonObject &row) { return row.value(QStringLiteral("operator")).toString(); }},
         {tr("Approved"),
          [](const QJsonObject &row) {
              return Text::time(row.value(QStringLiteral("approved_at")).toInteger());
          }},
         {tr("Note"),
          [](const QJsonObject &row) { return row.value(QStringLiteral("note")).toString(); }}},
        QStringLiteral("operator_id"), this);
    m_timeline = new JsonTableModel(
        {{tr("When"),
          [](const QJsonObject &row) {
              return Text::time(row.value(QStringLiteral("at")).toInteger());
          }},
         {tr("Transition"),
          [](const QJsonObject &row) {
              return Text::event(row.value(QStringLiteral("event")).toString());
          }},
         {tr("By"),
          [](const QJsonObject &row) { return row.value(QStringLiteral("operator")).toString(); }},
         {tr("Detail"),
          [](const QJsonObject &row) { return row.value(QStringLiteral("detail")).toString(); }}},
        QStringLiteral("seq"), this);

    auto *votesView = new Shell::RecordTableView(this);
    votesView->setModel(m_votes);
    votesView->setAccessibleName(tr("Votes"));
    votesView->setColumnWidthsInEms({{0, 16}, {1, 6}, {2, 8}, {3, 11}});
    m_moreVotes = new QPushButton(tr("Load &more votes"), this);
    connect(m_moreVotes, &QPushButton::clicked, this, &ProposalView::loadMoreVotes);
    auto *votesTab = new QWidget(this);
    auto *votesLayout = new QVBoxLayout(votesTab);
    votesLayout->setContentsMargins(0, 0, 0, 0);
    votesLayout->addWidget(votesView, 1);
    votesLayout->addWidget(m_moreVotes, 0, Qt::AlignLeft);
    auto *approvalsView = new Shell::RecordTableView(this);
    approvalsView->setModel(m_approvals);
    approvalsView->setAccessibleName(tr("Execution approvals"));
    approvalsView->setColumnWidthsInEms({{0, 12}, {1, 12}});
    auto *timelineView = new Shell::RecordTableView(this);
    timelineView->setModel(m_timeline);
    timelineView->setAccessibleName(tr("Timeline"));
    timelineView->setColumnWidthsInEms({{0, 15}, {1, 17}, {2, 7}});
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(timelineView, tr("&Timeline"));
    m_tabs->addTab(votesTab, tr("Vo&tes"));
    m_tabs->addTab(approvalsView, tr("Appro&vals"));

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_facts);
    layout->addWidget(m_quorum);
    layout->addWidget(m_tally);
    layout->addWidget(m_description);
    layout->addLayout(actions);
    layout->addWidget(m_reasons);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_content);
    m_content->setEnabled(false);
    m_title->setText(tr("Select a proposal"));
}

void ProposalView::showProposal(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_message->clear();
    reload();
}

void ProposalView::reload()
{
    if (m_id <= 0)
        return;
    const quint64 generation = ++m_generation;
    m_session.call(QStringLiteral("dao.proposal"),
                   {{QStringLiteral("id"), m_id}, {QStringLiteral("votes_limit"), 100}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       showDetail(result.data.toObject());
                   });
}

void ProposalView::showDetail(const QJsonObject &p)
{
    m_proposal = p;
    m_content->setEnabled(true);
    const QString state = p.value(QStringLiteral("state")).toString();
    m_title->setText(tr("#%1 %2")
                         .arg(p.value(QStringLiteral("id")).toInteger())
                         .arg(p.value(QStringLiteral("title")).toString()));
    QString next;
    if (!p.value(QStringLiteral("next_transition")).toString().isEmpty())
        next = tr(" — next: %1 %2")
                   .arg(p.value(QStringLiteral("next_transition")).toString(),
                        Text::until(p.value(QStringLiteral("next_transition_at")).toInteger(),
                                    QDateTime::currentMSecsSinceEpoch()));
    m_summary->setText(tr("%1 · %2, proposed by %3 (user %4)%5")
                           .arg(Text::type(p.value(QStringLiteral("proposal_type")).toString()),
                                Text::state(state),
                                p.value(QStringLiteral("proposer_name")).toString())
                           .arg(p.value(QStringLiteral("proposer_id")).toInteger())
                           .arg(next));

    const QJsonObject settings = p.value(QStringLiteral("settings")).toObject();
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table>");
    const QString amount =
        Text::money(p.value(QStringLiteral("amount_minor")), p.value(QStringLiteral("currency")));
    if (!amount.isEmpty()) {
        html += row(tr("Amount"), amount.toHtmlEscaped());
        html += row(tr("Recipient"),
                    p.value(QStringLiteral("recipient")).toString().toHtmlEscaped() +
                        (p.value(QStringLiteral("recipient_user_id")).isNull()
                             ? tr(" (not a platform user)")
                             : tr(" (user %1)")
                                   .arg(p.value(QStringLiteral("recipient_user_id")).toInteger())));
        html += row(tr("Treasury"),
                    tr("%1 available, %2 queued before it")
                        .arg(Text::money(p.value(QStringLiteral("treasury_available_minor")),
                                         p.value(QStringLiteral("currency"))),
                             Text::money(p.value(QStringLiteral("other_queued_minor")),
                                         p.value(QStringLiteral("currency")))));
    } else if (!p.value(QStringLiteral("recipient")).toString().isEmpty()) {
        html +=
            row(tr("Recipient"), p.value(QStringLiteral("recipient")).toString().toHtmlEscaped());
    }
    const QString hash = p.value(QStringLiteral("content_hash")).toString();
    html += row(tr("Content hash"),
                hash.isEmpty() ? tr("not sealed (created before content hashing)")
                               : QStringLiteral("<code>%1</code> %2")
                                     .arg(hash, p.value(QStringLiteral("content_matches")).toBool()
                                                    ? tr("✓ matches the content")
                                                    : tr("✗ does NOT match the content")));
    html += row(
        tr("Voting"),
        tr("%1 – %2 (snapshot %3: %4 tokens staked)")
            .arg(Text::time(p.value(QStringLiteral("voting_starts_at")).toInteger()),
                 Text::time(p.value(QStringLiteral("voting_ends_at")).toInteger()),
                 Text::time(p.value(QStringLiteral("snapshot_at")).toInteger()),
                 Text::tokens(p.value(QStringLiteral("total_staked_at_snapshot")).toInteger())));
    const QString quorumRule =
        settings.value(QStringLiteral("quorum_bps")).isNull()
            ? tr("%1 votes (fixed before 017; %2 % of the staked tokens)")
                  .arg(Text::tokens(settings.value(QStringLiteral("quorum_absolute")).toInteger()))
                  .arg(double(p.value(QStringLiteral("quorum_bps")).toInteger()) / 100.0)
            : tr("%1 % of the staked tokens = %2 votes")
                  .arg(double(settings.value(QStringLiteral("quorum_bps")).toInteger()) / 100.0)
                  .arg(Text::tokens(p.value(QStringLiteral("quorum_votes")).toInteger()));
    html += row(tr("Frozen settings"),
                tr("quorum %1; passes when for × 100 > (for + against) × %2; timelock %3; grace "
                   "%4; %Ln distinct admin approval(s)",
                   nullptr, int(settings.value(QStringLiteral("approvals_required")).toInteger()))
                    .arg(quorumRule.toHtmlEscaped())
                    .arg(settings.value(QStringLiteral("support_pct")).toInteger())
                    .arg(duration(settings.value(QStringLiteral("timelock_ms")).toInteger()),
                         duration(settings.value(QStringLiteral("grace_period_ms")).toInteger())));
    if (!p.value(QStringLiteral("eta")).isNull())
        html += row(tr("Executable"),
                    tr("from %1 until %2")
                        .arg(Text::time(p.value(QStringLiteral("eta")).toInteger()),
                             Text::time(p.value(QStringLiteral("expires_at")).toInteger())));
    if (!p.value(QStringLiteral("execution_transaction_id")).isNull())
        html += row(tr("Ledger"),
                    tr("transaction %1")
                        .arg(p.value(QStringLiteral("execution_transaction_id")).toInteger()));
    if (!p.value(QStringLiteral("cancel_reason")).toString().isEmpty())
        html += row(tr("Canceled"),
                    tr("by %1: %2")
                        .arg(p.value(QStringLiteral("canceled_by")).toString().toHtmlEscaped(),
                             p.value(QStringLiteral("cancel_reason")).toString().toHtmlEscaped()));
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    const qint64 forVotes = p.value(QStringLiteral("votes_for")).toInteger();
    const qint64 against = p.value(QStringLiteral("votes_against")).toInteger();
    const qint64 abstain = p.value(QStringLiteral("votes_abstain")).toInteger();
    const qint64 need = p.value(QStringLiteral("quorum_votes")).toInteger();
    const qint64 have = forVotes + against + abstain;
    m_quorum->setRange(0, 1000);
    m_quorum->setValue(need > 0 ? int(std::min<qint64>(1000, have * 1000 / need)) : 1000);
    m_quorum->setFormat(tr("Quorum: %1 of %2 votes").arg(Text::tokens(have), Text::tokens(need)));
    m_tally->setText(
        tr("For %1 · Against %2 · Abstain %3 · %Ln voter(s)", nullptr,
           int(p.value(QStringLiteral("voters")).toInteger()))
            .arg(Text::tokens(forVotes), Text::tokens(against), Text::tokens(abstain)));
    m_description->setText(p.value(QStringLiteral("description")).toString());

    const QJsonObject actions = p.value(QStringLiteral("actions")).toObject();
    QStringList reasons;
    const auto offer = [&](QPushButton *button, const char *key, const QString &name,
                           const QString &permission) {
        const QJsonObject action = actions.value(QLatin1String(key)).toObject();
        const bool allowed = action.value(QStringLiteral("allowed")).toBool();
        button->setVisible(m_session.can(permission));
        button->setEnabled(allowed);
        button->setToolTip(allowed ? QString() : action.value(QStringLiteral("reason")).toString());
        if (!allowed && m_session.can(permission) && button != m_seal)
            reasons << QStringLiteral("<b>%1</b>: %2")
                           .arg(name.toHtmlEscaped(),
                                action.value(QStringLiteral("reason")).toString().toHtmlEscaped());
    };
    offer(m_vote, "vote", tr("Vote"), Permission::Manage);
    offer(m_queue, "queue", tr("Queue"), Permission::Manage);
    offer(m_approve, "approve_execution", tr("Approve execution"), Permission::Execute);
    offer(m_execute, "execute", tr("Execute"), Permission::Execute);
    offer(m_cancel, "cancel", tr("Cancel"), Permission::Manage);
    offer(m_seal, "seal", tr("Seal"), Permission::Manage);
    m_seal->setVisible(m_seal->isVisible() && hash.isEmpty() &&
                       state != QLatin1String("executed") && state != QLatin1String("canceled"));
    const bool final = state == QLatin1String("executed") || state == QLatin1String("canceled") ||
                       state == QLatin1String("defeated") || state == QLatin1String("expired");
    if (final) {
        // A finished proposal offers nothing; one line says so instead of every refusal.
        for (QPushButton *button : {m_vote, m_queue, m_approve, m_execute, m_cancel, m_seal})
            button->setVisible(false);
        reasons = QStringList{tr("This proposal is %1; nothing more can be done with it.")
                                  .arg(Text::state(state).toLower())
                                  .toHtmlEscaped()};
    } else if (!reasons.isEmpty()) {
        reasons.prepend(tr("Not available now:").toHtmlEscaped());
    }
    m_reasons->setText(reasons.join(QStringLiteral("<br>")));
    m_reasons->setVisible(!reasons.isEmpty());

    QList<QJsonObject> votes, approvals, timeline;
    for (const QJsonValue &v : p.value(QStringLiteral("votes")).toArray())
        votes << v.toObject();
    for (const QJsonValue &v : p.value(QStringLiteral("approval_list")).toArray())
        approvals << v.toObject();
    int seq = 0;
    for (const QJsonValue &v : p.value(QStringLiteral("timeline")).toArray()) {
        QJsonObject item = v.toObject();
        item.insert(QStringLiteral("seq"), ++seq);
        timeline << item;
    }
    m_votes->setRows(votes);
    m_votesNext = p.value(QStringLiteral("votes_next_after"));
    m_moreVotes->setVisible(!m_votesNext.isNull());
    m_approvals->setRows(approvals);
    m_timeline->setRows(timeline);
    m_tabs->setTabText(1, tr("Vo&tes (%1)").arg(p.value(QStringLiteral("voters")).toInteger()));
    m_tabs->setTabText(2, tr("Appro&vals (%1 of %2)")
                              .arg(p.value(QStringLiteral("approvals")).toInteger())
                              .arg(p.value(QStringLiteral("approvals_required")).toInteger()));
    Q_EMIT loaded(p);
}

void ProposalView::loadMoreVotes()
{
    if (m_votesNext.isNull())
        return;
    const quint64 generation = m_generation;
    m_session.call(QStringLiteral("dao.proposal"),
                   {{QStringLiteral("id"), m_id},
                    {QStringLiteral("votes_after"), m_votesNext},
                    {QStringLiteral("votes_limit"), 200}},
                   this, [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       QList<QJsonObject> votes;
                       const QJsonObject page = result.data.toObject();
                       for (const QJsonValue &v : page.value(QStringLiteral("votes")).toArray())
                           votes << v.toObject();
                       m_votes->appendRows(votes);
                       m_votesNext = page.value(QStringLiteral("votes_next_after"));
                       m_moreVotes->setVisible(!m_votesNext.isNull());
                   });
}

void ProposalView::run(const QString &command, QJsonObject params, const QString &done)
{
    params.insert(QStringLiteral("id"), m_id);
    m_session.call(command, params, this, [this, done](const CommandResult &result) {
        if (!result.ok()) {
            m_message->showError(result.message);
            return;
        }
        m_message->showSuccess(done);
        reload();
    });
}

void ProposalView::vote()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Vote on proposal %1").arg(m_id));
    auto *voter = new QSpinBox(&dialog);
    voter->setRange(1, std::numeric_limits<int>::max());
    auto *support = new QComboBox(&dialog);
    support->addItem(Text::support(QStringLiteral("for")), QStringLiteral("for"));
    support->addItem(Text::support(QStringLiteral("against")), QStringLiteral("against"));
    support->addItem(Text::support(QStringLiteral("abstain")), QStringLiteral("abstain"));
    auto *reason = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The vote is cast on behalf of a platform user, with the tokens "
                               "they had staked at the snapshot."),
                            &dialog));
    form->addRow(tr("&User id:"), voter);
    form->addRow(tr("&Support:"), support);
    form->addRow(tr("&Reason (optional):"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(QStringLiteral("dao.vote"),
        {{QStringLiteral("voter_id"), voter->value()},
         {QStringLiteral("support"), support->currentData().toString()},
         {QStringLiteral("reason"), reason->text()}},
        tr("Vote recorded."));
}

void ProposalView::queue()
{
    if (QMessageBox::question(
            this, tr("Queue proposal"),
            tr("Queue proposal %1? It becomes executable after its timelock.").arg(m_id)) !=
        QMessageBox::Yes)
        return;
    run(QStringLiteral("dao.queue"), {}, tr("Queued."));
}

void ProposalView::approve()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Approve execution"),
                                               tr("Note (optional):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    run(QStringLiteral("dao.approve_execution"), {{QStringLiteral("note"), note}},
        tr("Execution approved."));
}

void ProposalView::execute()
{
    const QString amount = Text::money(m_proposal.value(QStringLiteral("amount_minor")),
                                       m_proposal.value(QStringLiteral("currency")));
    const QString question =
        amount.isEmpty()
            ? tr("Execute proposal %1?").arg(m_id)
            : tr("Execute proposal %1 and move %2 from the treasury to %3?")
                  .arg(m_id)
                  .arg(amount, m_proposal.value(QStringLiteral("recipient")).toString());
    if (QMessageBox::question(this, tr("Execute proposal"), question) != QMessageBox::Yes)
        return;
    run(QStringLiteral("dao.execute"), {}, tr("Executed."));
}

void ProposalView::cancel()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel proposal"), tr("&Reason (required):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        m_message->showError(tr("A cancellation needs a reason."));
        return;
    }
    run(QStringLiteral("dao.cancel"), {{QStringLiteral("reason"), reason}}, tr("Canceled."));
}

void ProposalView::seal()
{
    run(QStringLiteral("dao.seal"), {}, tr("Content sealed."));
}

} // namespace Steward::Dao
