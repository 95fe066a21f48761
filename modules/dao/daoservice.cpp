#include "daoservice.h"

#include "auditlog.h"
#include "ledger.h"
#include "query.h"
#include "servicelayer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Steward::Dao {

namespace {

const QString kTarget = QStringLiteral("dao_proposal");
const QString kStakeTarget = QStringLiteral("staking_record");
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kMaxTokens = 1'000'000'000'000'000;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QVariant nullable(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QJsonValue jsonOrNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QString operatorName(const QSqlDatabase &db, qint64 id)
{
    if (id <= 0)
        return {};
    return Query::scalar(db, QStringLiteral("SELECT username FROM operators WHERE id = ?"), {id})
        .toString();
}

QString userName(const QSqlDatabase &db, qint64 id)
{
    if (id <= 0)
        return {};
    Query row(db, QStringLiteral("SELECT first_name, last_name FROM users WHERE id = ?"), {id});
    if (!row.next())
        return {};
    return (row.value(0).toString() + QLatin1Char(' ') + row.value(1).toString()).trimmed();
}

bool userExists(const QSqlDatabase &db, qint64 id)
{
    return Query::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {id})
               .toLongLong() > 0;
}

void declarePermissions()
{
    Permissions::declare(Permission::View,
                         QStringLiteral("See DAO proposals, votes, the treasury and staking"),
                         {Role::Finance, Role::Admin});
    Permissions::declare(Permission::Manage,
                         QStringLiteral("File DAO proposals and votes for platform users, queue "
                                        "and cancel proposals, manage stakes and governance "
                                        "settings"),
                         {Role::Admin});
    Permissions::declare(Permission::Execute,
                         QStringLiteral("Approve and execute a queued DAO proposal's transfer"),
                         {Role::Admin});
}

// ---- Settings ---------------------------------------------------------------------------------

struct SettingKey
{
    const char *key;
    qint64 Settings::*field;
};

const QList<SettingKey> &settingKeys()
{
    static const QList<SettingKey> keys{
        {"voting_delay_ms", &Settings::votingDelayMs},
        {"voting_period_ms", &Settings::votingPeriodMs},
        {"quorum_bps", &Settings::quorumBps},
        {"support_pct", &Settings::supportPct},
        {"timelock_ms", &Settings::timelockMs},
        {"grace_period_ms", &Settings::gracePeriodMs},
        {"proposal_threshold", &Settings::proposalThreshold},
        {"approvals_required", &Settings::approvalsRequired},
    };
    return keys;
}

QJsonValue settingsQuery(CommandContext &ctx)
{
    return currentSettings(ctx.db()).toJson();
}

QJsonValue setSettings(CommandContext &ctx)
{
    const Settings before = currentSettings(ctx.db());
    Settings after = before;
    int changed = 0;
    for (const SettingKey &entry : settingKeys()) {
        const QString key = QLatin1String(entry.key);
        if (!ctx.params().contains(key))
            continue;
        const QJsonValue value = ctx.params().value(key);
        if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
            throw Error::badInput(QStringLiteral("%1 must be a whole number").arg(key));
        after.*entry.field = qint64(value.toDouble());
        ++changed;
    }
    if (changed == 0)
        throw Error::badInput(QStringLiteral("name at least one setting to change"));
    const QString problem = after.problem();
    if (!problem.isEmpty())
        throw Error::badInput(problem);
    for (const SettingKey &entry : settingKeys()) {
        const QString key = QStringLiteral("dao.") + QLatin1String(entry.key);
        const QString value = QString::number(after.*entry.field);
        Query update(ctx.db(),
                     QStringLiteral("UPDATE app_settings SET value = ?, updated_at = ?, version = "
                                    "version + 1 WHERE key = ?"),
                     {value, ctx.now(), key});
        if (update.rowsAffected() == 0)
            Query(ctx.db(),
                  QStringLiteral("INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, "
                                 "?)"),
                  {key, value, ctx.now()});
    }
    ctx.audit({QStringLiteral("dao_settings"), QStringLiteral("governance"), before.toJson(),
               after.toJson(), ctx.optionalString(QStringLiteral("reason"))});
    return after.toJson();
}

// ---- Proposals --------------------------------------------------------------------------------

struct ProposalRow
{
    qint64 id = 0;
    qint64 proposerId = 0;
    QString type;
    QString title;
    QString description;
    qint64 amountMinor = -1;
    QString currency;
    QString recipient;
    qint64 recipientUserId = 0;
    qint64 snapshotAt = 0;
    qint64 votingStartsAt = 0;
    qint64 votingEndsAt = 0;
    qint64 quorum = 0;
    qint64 quorumBps = 0; ///< 0: the absolute quorum (rows from 009).
    qint64 supportPct = 50;
    qint64 timelockMs = 0;
    qint64 gracePeriodMs = 0;
    qint64 proposalThreshold = 0;
    qint64 approvalsRequired = 1;
    qint64 queuedAt = 0;
    qint64 eta = 0;
    qint64 executedAt = 0;
    qint64 executedBy = 0;
    qint64 canceledAt = 0;
    qint64 canceledBy = 0;
    QString cancelReason;
    QString contentHash;
    qint64 createdBy = 0;
    qint64 transactionId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;

    ProposalContent content() const
    {
        return {type,      title,           description, proposerId,
                recipient, recipientUserId, amountMinor, currency};
    }
};

const QString kProposalColumns = QStringLiteral(
    "SELECT id, proposer_id, proposal_type, title, description, amount_minor, currency, "
    "recipient, recipient_user_id, snapshot_at, voting_starts_at, voting_ends_at, quorum, "
    "quorum_bps, threshold_pct, timelock_ms, grace_period_ms, proposal_threshold, "
    "approvals_required, queued_at, eta, executed_at, executed_by, canceled_at, canceled_by, "
    "cancel_reason, content_hash, created_by, execution_transaction_id, created_at, updated_at, "
    "version FROM dao_proposals ");

ProposalRow proposalRow(const Query &q)
{
    ProposalRow p;
    p.id = q.value(0).toLongLong();
    p.proposerId = q.value(1).toLongLong();
    p.type = q.value(2).toString();
    p.title = q.value(3).toString();
    p.description = q.value(4).toString();
    p.amountMinor = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    p.currency = q.value(6).toString();
    p.recipient = q.value(7).toString();
    p.recipientUserId = q.value(8).toLongLong();
    p.snapshotAt = q.value(9).toLongLong();
    p.votingStartsAt = q.value(10).toLongLong();
    p.votingEndsAt = q.value(11).toLongLong();
    p.quorum = q.value(12).toLongLong();
    p.quorumBps = q.value(13).toLongLong();
    p.supportPct = q.value(14).toLongLong();
    p.timelockMs = q.value(15).toLongLong();
    p.gracePeriodMs = q.value(16).toLongLong();
    p.proposalThreshold = q.value(17).toLongLong();
    p.approvalsRequired = q.value(18).toLongLong();
    p.queuedAt = q.value(19).toLongLong();
    p.eta = q.value(20).toLongLong();
    p.executedAt = q.value(21).toLongLong();
    p.executedBy = q.value(22).toLongLong();
    p.canceledAt = q.value(23).toLongLong();
    p.canceledBy = q.value(24).toLongLong();
    p.cancelReason = q.value(25).toString();
    p.contentHash = q.value(26).toString();
    p.createdBy = q.value(27).toLongLong();
    p.transactionId = q.value(28).toLongLong();
    p.createdAt = q.value(29).toLongLong();
    p.updatedAt = q.value(30).toLongLong();
    p.version = q.value(31).toLongLong();
    return p;
}

ProposalRow loadProposal(const QSqlDatabase &db, qint64 id)
{
    Query q(db, kProposalColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        throw Error::notFound(QStringLiteral("proposal %1 does not exist").arg(id));
    return proposalRow(q);
}

struct Tally
{
    qint64 forVotes = 0;
    qint64 againstVotes = 0;
    qint64 abstainVotes = 0;
    qint64 voters = 0;
};

/** The tallies recounted from the stored votes. */
Tally recount(const QSqlDatabase &db, qint64 proposalId)
{
    Tally tally;
    Query rows(db,
               QStringLiteral("SELECT support, SUM(voting_power), count(*) FROM dao_votes WHERE "
                              "proposal_id = ? GROUP BY support"),
               {proposalId});
    while (rows.next()) {
        const QString support = rows.value(0).toString();
        const qint64 power = rows.value(1).toLongLong();
        if (support == QLatin1String("for"))
            tally.forVotes = power;
        else if (support == QLatin1String("against"))
            tally.againstVotes = power;
        else
            tally.abstainVotes = power;
        tally.voters += rows.value(2).toLongLong();
    }
    return tally;
}

/** Everything a proposal's state and views are derived from. */
struct Derived
{
    ProposalRow row;
    Tally tally;
    qint64 totalStaked = 0;
    qint64 quorumVotes = 0;
    qint64 effectiveBps = 0;
    ProposalFacts facts;
    State state = State::Pending;
    qint64 approvals = 0;
};

Derived derive(const QSqlDatabase &db, const ProposalRow &row, qint64 now)
{
    Derived d;
    d.row = row;
    d.tally = recount(db, row.id);
    d.totalStaked = totalStakedAt(db, row.snapshotAt);
    if (row.quorumBps > 0) {
        d.quorumVotes = Dao::quorumVotes(d.totalStaked, row.quorumBps);
        d.effectiveBps = row.quorumBps;
    } else {
        d.quorumVotes = row.quorum;
        d.effectiveBps =
            d.totalStaked > 0 ? (row.quorum * 10000 + d.totalStaked - 1) / d.totalStaked : 10000;
    }
    d.facts.votingStartsAt = row.votingStartsAt;
    d.facts.votingEndsAt = row.votingEndsAt;
    d.facts.forVotes = d.tally.forVotes;
    d.facts.againstVotes = d.tally.againstVotes;
    d.facts.abstainVotes = d.tally.abstainVotes;
    d.facts.quorumVotes = d.quorumVotes;
    d.facts.supportPct = row.supportPct;
    d.facts.queuedAt = row.queuedAt;
    d.facts.eta = row.eta;
    d.facts.gracePeriodMs = row.gracePeriodMs;
    d.facts.executedAt = row.executedAt;
    d.facts.canceledAt = row.canceledAt;
    d.state = deriveState(d.facts, now);
    d.approvals = Query::scalar(db,
                                QStringLiteral("SELECT count(*) FROM dao_execution_approvals WHERE "
                                               "proposal_id = ? AND operator_id <> ?"),
                                {row.id, row.createdBy})
                      .toLongLong();
    return d;
}

QString nextTransitionName(State state, qint64 now, const ProposalFacts &facts)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("voting opens");
    case State::Active:
        return QStringLiteral("voting closes");
    case State::Queued:
        return now < facts.eta ? QStringLiteral("executable") : QStringLiteral("expires");
    default:
        return {};
    }
}

QJsonObject proposalJson(const QSqlDatabase &db, const Derived &d, qint64 now)
{
    const ProposalRow &p = d.row;
    QJsonObject json{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("proposal_type"), p.type},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("proposer_id"), p.proposerId},
        {QStringLiteral("proposer_name"), userName(db, p.proposerId)},
        {QStringLiteral("amount_minor"),
         p.amountMinor >= 0 ? QJsonValue(p.amountMinor) : QJsonValue()},
        {QStringLiteral("currency"), p.currency.isEmpty() ? QJsonValue() : QJsonValue(p.currency)},
        {QStringLiteral("recipient"), p.recipient},
        {QStringLiteral("recipient_user_id"), jsonOrNull(p.recipientUserId)},
        {QStringLiteral("state"), stateName(d.state)},
        {QStringLiteral("votes_for"), d.tally.forVotes},
        {QStringLiteral("votes_against"), d.tally.againstVotes},
        {QStringLiteral("votes_abstain"), d.tally.abstainVotes},
        {QStringLiteral("voters"), d.tally.voters},
        {QStringLiteral("quorum_votes"), d.quorumVotes},
        {QStringLiteral("quorum_bps"), d.effectiveBps},
        {QStringLiteral("quorum_rule"),
         p.quorumBps > 0 ? QStringLiteral("bps") : QStringLiteral("absolute")},
        {QStringLiteral("total_staked_at_snapshot"), d.totalStaked},
        {QStringLiteral("support_pct"), p.supportPct},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("snapshot_at"), p.snapshotAt},
        {QStringLiteral("voting_starts_at"), p.votingStartsAt},
        {QStringLiteral("voting_ends_at"), p.votingEndsAt},
        {QStringLiteral("queued_at"), jsonOrNull(p.queuedAt)},
        {QStringLiteral("eta"), jsonOrNull(p.eta)},
        {QStringLiteral("expires_at"),
         p.eta > 0 ? QJsonValue(p.eta + p.gracePeriodMs) : QJsonValue()},
        {QStringLiteral("executed_at"), jsonOrNull(p.executedAt)},
        {QStringLiteral("canceled_at"), jsonOrNull(p.canceledAt)},
        {QStringLiteral("approvals"), d.approvals},
        {QStringLiteral("approvals_required"), p.approvalsRequired},
        {QStringLiteral("version"), p.version},
    };
    const qint64 next = nextTransitionAt(d.facts, now);
    json.insert(QStringLiteral("next_transition_at"), jsonOrNull(next));
    json.insert(QStringLiteral("next_transition"), nextTransitionName(d.state, now, d.facts));
    return json;
}

/** The SQL narrowing a list to the rows that may be in @p state at @p now (exact for every
 *  state but defeated and succeeded, which the tallies decide). */
QString stateCondition(State state)
{
    const QString open = QStringLiteral("executed_at IS NULL AND canceled_at IS NULL AND ");
    switch (state) {
    case State::Executed:
        return QStringLiteral("executed_at IS NOT NULL");
    case State::Canceled:
        return QStringLiteral("executed_at IS NULL AND canceled_at IS NOT NULL");
    case State::Pending:
        return open + QStringLiteral("voting_starts_at >= :now");
    case State::Active:
        return open + QStringLiteral("voting_starts_at < :now AND voting_ends_at >= :now");
    case State::Defeated:
    case State::Succeeded:
        return open + QStringLiteral("voting_ends_at < :now AND queued_at IS NULL");
    case State::Queued:
        return open + QStringLiteral("queued_at IS NOT NULL AND eta + grace_period_ms > :now");
    case State::Expired:
        return open + QStringLiteral("queued_at IS NOT NULL AND eta + grace_period_ms <= :now");
    }
    return {};
}

QJsonValue listProposals(CommandContext &ctx)
{
    const qint64 before = ctx.optionalInteger(QStringLiteral("before"), 0);
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 50);
    if (limit < 1 || limit > 200)
        throw Error::badInput(QStringLiteral("limit must be between 1 and 200"));
    const QString type = ctx.optionalString(QStringLiteral("type"));
    static const QStringList types{QStringLiteral("feature"), QStringLiteral("grant"),
                                   QStringLiteral("budget"), QStringLiteral("partnership"),
                                   QStringLiteral("parameter")};
    if (!type.isEmpty() && !types.contains(type))
        throw Error::badInput(
            QStringLiteral("type must be one of %1").arg(types.join(QStringLiteral(", "))));
    const QString stateText = ctx.optionalString(QStringLiteral("state"));
    std::optional<State> state;
    if (!stateText.isEmpty()) {
        state = stateFromName(stateText);
        if (!state)
            throw Error::badInput(QStringLiteral("state must be one of %1")
                                      .arg(stateNames().join(QStringLiteral(", "))));
    }
    QString where = QStringLiteral("WHERE id < ?");
    QVariantList values{before > 0 ? before : std::numeric_limits<qint64>::max()};
    if (!type.isEmpty()) {
        where += QStringLiteral(" AND proposal_type = ?");
        values << type;
    }
    if (state) {
        QString condition = stateCondition(*state);
        const int uses = int(condition.count(QStringLiteral(":now")));
        condition.replace(QStringLiteral(":now"), QStringLiteral("?"));
        where += QStringLiteral(" AND ") + condition;
        for (int i = 0; i < uses; ++i)
            values << ctx.now();
    }
    QJsonArray rows;
    qint64 cursor = values.first().toLongLong();
    bool more = true;
    // Defeated and succeeded are decided by the tallies: read in batches until the page is full.
    while (rows.size() < limit && more) {
        values[0] = cursor;
        Query q(ctx.db(), kProposalColumns + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                values + QVariantList{limit});
        QList<ProposalRow> batch;
        while (q.next())
            batch << proposalRow(q);
        more = batch.size() == limit;
        for (int i = 0; i < batch.size(); ++i) {
            cursor = batch.at(i).id;
            const Derived d = derive(ctx.db(), batch.at(i), ctx.now());
            if (state && d.state != *state)
                continue;
            rows << proposalJson(ctx.db(), d, ctx.now());
            if (rows.size() == limit) {
                more = more || i + 1 < batch.size();
                break;
            }
        }
    }
    const QJsonValue next =
        more && !rows.isEmpty() ? rows.last().toObject().value(QStringLiteral("id")) : QJsonValue();
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("next_before"), next}};
}

// ---- Refusals: what the rules allow now, and why not ------------------------------------------

QString stateText(State state)
{
    return stateName(state);
}

QString voteRefusal(const Derived &d)
{
    if (d.state != State::Active)
        return QStringLiteral("proposal %1 is %2; votes are taken only while it is active (%3 "
                              "to %4)")
            .arg(d.row.id)
            .arg(stateText(d.state), isoTime(d.row.votingStartsAt), isoTime(d.row.votingEndsAt));
    return {};
}

QString queueRefusal(const Derived &d)
{
    if (d.state != State::Succeeded)
        return QStringLiteral("proposal %1 is %2; only a succeeded proposal is queued")
            .arg(d.row.id)
            .arg(stateText(d.state));
    return {};
}

QString cancelRefusal(const Derived &d)
{
    if (d.state == State::Executed || d.state == State::Canceled || d.state == State::Defeated ||
        d.state == State::Expired)
        return QStringLiteral("proposal %1 is %2; only a pending, active, succeeded or queued "
                              "proposal is canceled")
            .arg(d.row.id)
            .arg(stateText(d.state));
    return {};
}

bool hasApproved(const QSqlDatabase &db, qint64 proposalId, qint64 operatorId)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT count(*) FROM dao_execution_approvals WHERE "
                                        "proposal_id = ? AND operator_id = ?"),
                         {proposalId, operatorId})
               .toLongLong() > 0;
}

QString approveRefusal(const QSqlDatabase &db, const Derived &d, const Principal &principal)
{
    if (d.state != State::Queued)
        return QStringLiteral("proposal %1 is %2; execution is approved while it is queued")
            .arg(d.row.id)
            .arg(stateText(d.state));
    if (principal.operatorId <= 0)
        return QStringLiteral("execution is approved by a named admin");
    if (principal.role != Role::Admin)
        return QStringLiteral("execution is approved by admins");
    if (d.row.createdBy == principal.operatorId)
        return QStringLiteral("%1 filed proposal %2 for its proposer; a different admin must "
                              "approve its execution")
            .arg(principal.username)
            .arg(d.row.id);
    if (hasApproved(db, d.row.id, principal.operatorId))
        return QStringLiteral("%1 already approved proposal %2's execution")
            .arg(principal.username)
            .arg(d.row.id);
    if (d.approvals >= d.row.approvalsRequired)
        return QStringLiteral("proposal %1 already has the %2 approval(s) it needs")
            .arg(d.row.id)
            .arg(d.row.approvalsRequired);
    return {};
}

/** The treasury's account for @p currency, or 0 when nothing was ever posted to it. */
qint64 treasuryAccountId(const QSqlDatabase &db, const QString &currency)
{
    return Query::scalar(db, QStringLiteral("SELECT id FROM ledger_accounts WHERE code = ?"),
                         {QStringLiteral("dao_treasury/") + currency})
        .toLongLong();
}

qint64 treasuryAvailable(const QSqlDatabase &db, qint64 now, const QString &currency)
{
    const qint64 account = treasuryAccountId(db, currency);
    if (account == 0)
        return 0;
    return Finance::Ledger(db, now).balance(account).available;
}

/** Amounts of the queued, unexpired proposals in @p currency that come before the proposal
 *  @p exceptId (queued earlier: a smaller eta, or the same eta and a smaller id); every queued
 *  proposal when @p exceptId is 0. */
qint64 queuedCommitments(const QSqlDatabase &db, qint64 now, const QString &currency,
                         qint64 exceptId, qint64 eta = 0)
{
    QString sql = QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM dao_proposals WHERE "
                                 "currency = ? AND amount_minor > 0 AND queued_at IS NOT NULL AND "
                                 "executed_at IS NULL AND canceled_at IS NULL AND eta + "
                                 "grace_period_ms > ?");
    QVariantList values{currency, now};
    if (exceptId > 0) {
        sql += QStringLiteral(" AND id <> ? AND (eta < ? OR (eta = ? AND id < ?))");
        values << exceptId << eta << eta << exceptId;
    }
    return Query::scalar(db, sql, values).toLongLong();
}

/** Every check execution makes besides the claim, in order; empty when it may execute. */
QString executeRefusal(const QSqlDatabase &db, const Derived &d, const Principal &principal,
                       qint64 now)
{
    const ProposalRow &p = d.row;
    if (d.state != State::Queued)
        return QStringLiteral("proposal %1 is %2; only a queued proposal is executed")
            .arg(p.id)
            .arg(stateText(d.state));
    if (principal.operatorId <= 0 && !principal.isSystem)
        return QStringLiteral("execution is made by a named admin");
    if (now < p.eta)
        return QStringLiteral("proposal %1 is in its timelock until %2")
            .arg(p.id)
            .arg(isoTime(p.eta));
    if (!quorumReached(d.facts) ||
        !supportPasses(d.tally.forVotes, d.tally.againstVotes, p.supportPct))
        return QStringLiteral("proposal %1's recounted votes no longer pass").arg(p.id);
    if (d.approvals < p.approvalsRequired)
        return QStringLiteral("proposal %1 has %2 of the %3 execution approvals it needs")
            .arg(p.id)
            .arg(d.approvals)
            .arg(p.approvalsRequired);
    if (p.contentHash.isEmpty())
        return QStringLiteral("proposal %1 has no content hash (created before hashing); seal "
                              "it with dao.seal first")
            .arg(p.id);
    if (p.content().hash() != p.contentHash)
        return QStringLiteral("proposal %1's content no longer matches the hash taken at "
                              "creation (recipient, amount or text changed)")
            .arg(p.id);
    if (p.amountMinor > 0) {
        if (p.recipientUserId <= 0 || !userExists(db, p.recipientUserId))
            return QStringLiteral("proposal %1's recipient \"%2\" is not a platform user")
                .arg(p.id)
                .arg(p.recipient);
        const qint64 available = treasuryAvailable(db, now, p.currency);
        const qint64 committed = queuedCommitments(db, now, p.currency, p.id, p.eta);
        if (available < p.amountMinor + committed)
            return QStringLiteral(
                       "the treasury is short of funds: %1 %2 available, proposal %3 "
                       "needs %4 and proposals queued before it %5; it stays queued until "
                       "%6")
                .arg(available)
                .arg(p.currency)
                .arg(p.id)
                .arg(p.amountMinor)
                .arg(committed)
                .arg(isoTime(p.eta + p.gracePeriodMs));
    }
    return {};
}

QJsonObject action(const QString &refusal)
{
    return {{QStringLiteral("allowed"), refusal.isEmpty()}, {QStringLiteral("reason"), refusal}};
}

QJsonObject actionsFor(const QSqlDatabase &db, const Derived &d, const Principal &principal,
                       qint64 now)
{
    const QString noManage = QStringLiteral("needs the dao.manage permission");
    const QString noExecute = QStringLiteral("needs the dao.execute permission");
    const bool manage = principal.can(Permission::Manage);
    const bool execute = principal.can(Permission::Execute);
    return {
        {QStringLiteral("vote"), action(manage ? voteRefusal(d) : noManage)},
        {QStringLiteral("queue"), action(manage ? queueRefusal(d) : noManage)},
        {QStringLiteral("approve_execution"),
         action(execute ? approveRefusal(db, d, principal) : noExecute)},
        {QStringLiteral("execute"),
         action(execute ? executeRefusal(db, d, principal, now) : noExecute)},
        {QStringLiteral("cancel"), action(manage ? cancelRefusal(d) : noManage)},
        {QStringLiteral("seal"),
         action(!manage ? noManage
                : d.row.contentHash.isEmpty()
                    ? QString()
                    : QStringLiteral("proposal %1 is sealed").arg(d.row.id))},
    };
}

QJsonArray timeline(const QSqlDatabase &db, const Derived &d, qint64 now)
{
    struct Item
    {
        qint64 at;
        QString event;
        QString actor;
        QString detail;
    };
    QList<Item> items;
    QSet<QString> stored;
    Query events(db,
                 QStringLiteral("SELECT event, at, operator_id, detail FROM dao_proposal_events "
                                "WHERE proposal_id = ? ORDER BY at, id"),
                 {d.row.id});
    // Rows first, names after: a second query on the connection would end this one's results.
    QList<qint64> operators;
    while (events.next()) {
        const QString event = events.value(0).toString();
        stored.insert(event);
        items << Item{events.value(1).toLongLong(), event, {}, events.value(3).toString()};
        operators << events.value(2).toLongLong();
    }
    for (int i = 0; i < operators.size(); ++i)
        items[i].actor = operatorName(db, operators.at(i));
    const ProposalRow &p = d.row;
    // Rows loaded in 009's shape carry their transitions in columns only.
    if (!stored.contains(QStringLiteral("created")))
        items << Item{p.createdAt, QStringLiteral("created"), operatorName(db, p.createdBy), {}};
    if (p.queuedAt > 0 && !stored.contains(QStringLiteral("queued")))
        items << Item{p.queuedAt, QStringLiteral("queued"), {}, {}};
    if (!stored.contains(QStringLiteral("execution_approved"))) {
        Query approvals(db,
                        QStringLiteral("SELECT approved_at, operator_id, note FROM "
                                       "dao_execution_approvals WHERE proposal_id = ?"),
                        {p.id});
        QList<std::pair<qint64, Item>> approved;
        while (approvals.next())
            approved << std::pair{approvals.value(1).toLongLong(),
                                  Item{approvals.value(0).toLongLong(),
                                       QStringLiteral("execution_approved"),
                                       {},
                                       approvals.value(2).toString()}};
        for (auto &[operatorId, item] : approved) {
            item.actor = operatorName(db, operatorId);
            items << item;
        }
    }
    if (p.executedAt > 0 && !stored.contains(QStringLiteral("executed")))
        items << Item{p.executedAt, QStringLiteral("executed"), operatorName(db, p.executedBy), {}};
    if (p.canceledAt > 0 && !stored.contains(QStringLiteral("canceled")))
        items << Item{p.canceledAt, QStringLiteral("canceled"), operatorName(db, p.canceledBy),
                      p.cancelReason};
    // Transitions made by the clock alone.
    const qint64 stop = p.executedAt > 0 ? p.executedAt : p.canceledAt > 0 ? p.canceledAt : now;
    if (p.votingStartsAt < stop)
        items << Item{p.votingStartsAt,
                      QStringLiteral("voting_opened"),
                      {},
                      QStringLiteral("snapshot of %1 staked tokens").arg(d.totalStaked)};
    if (p.votingEndsAt < stop) {
        const bool passed = quorumReached(d.facts) &&
                            supportPasses(d.tally.forVotes, d.tally.againstVotes, p.supportPct);
        items << Item{p.votingEndsAt,
                      passed ? QStringLiteral("succeeded") : QStringLiteral("defeated"),
                      {},
                      QStringLiteral("for %1, against %2, abstain %3; quorum %4")
                          .arg(d.tally.forVotes)
                          .arg(d.tally.againstVotes)
                          .arg(d.tally.abstainVotes)
                          .arg(d.quorumVotes)};
    }
    if (d.state == State::Expired)
        items << Item{p.eta + p.gracePeriodMs, QStringLiteral("expired"), {}, {}};
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.at < b.at; });
    QJsonArray json;
    for (const Item &item : std::as_const(items))
        json << QJsonObject{{QStringLiteral("at"), item.at},
                            {QStringLiteral("event"), item.event},
                            {QStringLiteral("operator"), item.actor},
                            {QStringLiteral("detail"), item.detail}};
    return json;
}

QJsonValue proposalDetail(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 votesAfter = ctx.optionalInteger(QStringLiteral("votes_after"), 0);
    const qint64 votesLimit = ctx.optionalInteger(QStringLiteral("votes_limit"), 50);
    if (votesLimit < 1 || votesLimit > 500)
        throw Error::badInput(QStringLiteral("votes_limit must be between 1 and 500"));
    const Derived d = derive(ctx.db(), loadProposal(ctx.db(), id), ctx.now());
    QJsonObject json = proposalJson(ctx.db(), d, ctx.now());
    const ProposalRow &p = d.row;
    json.insert(QStringLiteral("description"), p.description);
    json.insert(QStringLiteral("content_hash"),
                p.contentHash.isEmpty() ? QJsonValue() : QJsonValue(p.contentHash));
    const QString recomputed = p.content().hash();
    json.insert(QStringLiteral("content_hash_now"), recomputed);
    json.insert(QStringLiteral("content_matches"),
                !p.contentHash.isEmpty() && recomputed == p.contentHash);
    json.insert(QStringLiteral("settings"),
                QJsonObject{{QStringLiteral("voting_delay_ms"), p.votingStartsAt - p.createdAt},
                            {QStringLiteral("voting_period_ms"), p.votingEndsAt - p.votingStartsAt},
                            {QStringLiteral("quorum_bps"),
                             p.quorumBps > 0 ? QJsonValue(p.quorumBps) : QJsonValue()},
                            {QStringLiteral("quorum_absolute"),
                             p.quorumBps > 0 ? QJsonValue() : QJsonValue(p.quorum)},
                            {QStringLiteral("support_pct"), p.supportPct},
                            {QStringLiteral("timelock_ms"), p.timelockMs},
                            {QStringLiteral("grace_period_ms"), p.gracePeriodMs},
                            {QStringLiteral("proposal_threshold"), p.proposalThreshold},
                            {QStringLiteral("approvals_required"), p.approvalsRequired}});
    json.insert(QStringLiteral("created_by"), operatorName(ctx.db(), p.createdBy));
    json.insert(QStringLiteral("executed_by"), operatorName(ctx.db(), p.executedBy));
    json.insert(QStringLiteral("canceled_by"), operatorName(ctx.db(), p.canceledBy));
    json.insert(QStringLiteral("cancel_reason"), p.cancelReason);
    json.insert(QStringLiteral("execution_transaction_id"), jsonOrNull(p.transactionId));

    QJsonArray votes;
    Query rows(ctx.db(),
               QStringLiteral("SELECT v.id, v.voter_id, u.first_name, u.last_name, v.support, "
                              "v.voting_power, v.reason, v.created_at FROM dao_votes v JOIN users "
                              "u ON u.id = v.voter_id WHERE v.proposal_id = ? AND v.id > ? ORDER "
                              "BY v.id LIMIT ?"),
               {id, votesAfter, votesLimit + 1});
    bool more = false;
    while (rows.next()) {
        if (votes.size() == votesLimit) {
            more = true;
            break;
        }
        votes << QJsonObject{
            {QStringLiteral("id"), rows.value(0).toLongLong()},
            {QStringLiteral("voter_id"), rows.value(1).toLongLong()},
            {QStringLiteral("voter_name"),
             (rows.value(2).toString() + QLatin1Char(' ') + rows.value(3).toString()).trimmed()},
            {QStringLiteral("support"), rows.value(4).toString()},
            {QStringLiteral("voting_power"), rows.value(5).toLongLong()},
            {QStringLiteral("reason"), rows.value(6).toString()},
            {QStringLiteral("created_at"), rows.value(7).toLongLong()}};
    }
    json.insert(QStringLiteral("votes"), votes);
    json.insert(QStringLiteral("votes_next_after"),
                more && !votes.isEmpty() ? votes.last().toObject().value(QStringLiteral("id"))
                                         : QJsonValue());

    QJsonArray approvals;
    Query approvalRows(ctx.db(),
                       QStringLiteral("SELECT a.operator_id, o.username, a.approved_at, a.note "
                                      "FROM dao_execution_approvals a JOIN operators o ON o.id = "
                                      "a.operator_id WHERE a.proposal_id = ? ORDER BY "
                                      "a.approved_at, a.id"),
                       {id});
    while (approvalRows.next())
        approvals << QJsonObject{
            {QStringLiteral("operator_id"), approvalRows.value(0).toLongLong()},
            {QStringLiteral("operator"), approvalRows.value(1).toString()},
            {QStringLiteral("approved_at"), approvalRows.value(2).toLongLong()},
            {QStringLiteral("note"), approvalRows.value(3).toString()}};
    json.insert(QStringLiteral("approval_list"), approvals);
    json.insert(QStringLiteral("timeline"), timeline(ctx.db(), d, ctx.now()));
    json.insert(QStringLiteral("actions"), actionsFor(ctx.db(), d, ctx.principal(), ctx.now()));
    if (p.amountMinor > 0) {
        json.insert(QStringLiteral("treasury_available_minor"),
                    treasuryAvailable(ctx.db(), ctx.now(), p.currency));
        json.insert(QStringLiteral("other_queued_minor"),
                    p.eta > 0 ? queuedCommitments(ctx.db(), ctx.now(), p.currency, p.id, p.eta)
                              : queuedCommitments(ctx.db(), ctx.now(), p.currency, 0));
    }
    return json;
}

void recordEvent(CommandContext &ctx, qint64 proposalId, const QString &event,
                 const QString &detail = {})
{
    Query(ctx.db(),
          QStringLiteral("INSERT INTO dao_proposal_events (proposal_id, event, at, operator_id, "
                         "detail) VALUES (?, ?, ?, ?, ?)"),
          {proposalId, event, ctx.now(), nullable(ctx.principal().operatorId),
           detail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(detail)});
}

QJsonObject auditState(const QSqlDatabase &db, qint64 id, qint64 now)
{
    const Derived d = derive(db, loadProposal(db, id), now);
    return proposalJson(db, d, now);
}

// ---- Transitions ------------------------------------------------------------------------------

QJsonValue createProposal(CommandContext &ctx)
{
    const qint64 proposerId = ctx.requireId(QStringLiteral("proposer_id"));
    const QString type = ctx.requireString(QStringLiteral("proposal_type"));
    static const QStringList types{QStringLiteral("feature"), QStringLiteral("grant"),
                                   QStringLiteral("budget"), QStringLiteral("partnership"),
                                   QStringLiteral("parameter")};
    if (!types.contains(type))
        throw Error::badInput(QStringLiteral("proposal_type must be one of %1")
                                  .arg(types.join(QStringLiteral(", "))));
    const QString title = ctx.requireString(QStringLiteral("title"));
    const QString description = ctx.requireString(QStringLiteral("description"));
    if (title.size() > 200)
        throw Error::badInput(QStringLiteral("title must be at most 200 characters"));
    if (!userExists(ctx.db(), proposerId))
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(proposerId));

    qint64 amount = -1;
    QString currency;
    QString recipient;
    qint64 recipientUserId = 0;
    const bool hasAmount = ctx.params().contains(QStringLiteral("amount_minor"));
    if (hasAmount) {
        const QJsonValue value = ctx.params().value(QStringLiteral("amount_minor"));
        if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble() ||
            value.toDouble() <= 0 || value.toDouble() > double(Finance::Ledger::kMaxAmount))
            throw Error::badInput(QStringLiteral("amount_minor must be a whole number of minor "
                                                 "units between 1 and %1")
                                      .arg(Finance::Ledger::kMaxAmount));
        amount = qint64(value.toDouble());
        currency = ctx.requireString(QStringLiteral("currency"));
        if (!Finance::Ledger::isKnownCurrency(currency))
            throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(currency));
        recipient = ctx.requireString(QStringLiteral("recipient"));
        const auto parsed = parseRecipient(recipient);
        if (!parsed)
            throw Error::badInput(QStringLiteral("recipient \"%1\" is not a platform user "
                                                 "address; write user:<id>, e.g. user:42")
                                      .arg(recipient));
        recipientUserId = *parsed;
        if (!userExists(ctx.db(), recipientUserId))
            throw Error::notFound(
                QStringLiteral("recipient user %1 does not exist").arg(recipientUserId));
        const qint64 available = treasuryAvailable(ctx.db(), ctx.now(), currency);
        if (amount > available)
            throw Error::badInput(QStringLiteral("amount %1 %2 is more than the treasury holds "
                                                 "(%3 %2 available)")
                                      .arg(amount)
                                      .arg(currency)
                                      .arg(available));
    } else if (ctx.params().contains(QStringLiteral("recipient")) ||
               ctx.params().contains(QStringLiteral("currency"))) {
        throw Error::badInput(
            QStringLiteral("a recipient or currency needs an amount_minor to pay"));
    }
    const Settings settings = currentSettings(ctx.db());
    const qint64 power = votingPowerAt(ctx.db(), proposerId, ctx.now());
    if (power < settings.proposalThreshold)
        throw Error::badInput(QStringLiteral("user %1 has %2 staked tokens; proposing needs %3")
                                  .arg(proposerId)
                                  .arg(power)
                                  .arg(settings.proposalThreshold));
    const qint64 startsAt = ctx.now() + settings.votingDelayMs;
    const qint64 endsAt = startsAt + settings.votingPeriodMs;
    const ProposalContent content{type,      title,           description, proposerId,
                                  recipient, recipientUserId, amount,      currency};
    Query insert(
        ctx.db(),
        QStringLiteral(
            "INSERT INTO dao_proposals (proposer_id, proposal_type, title, description, "
            "amount_minor, currency, recipient, recipient_user_id, snapshot_at, voting_starts_at, "
            "voting_ends_at, quorum, threshold_pct, timelock_ms, grace_period_ms, quorum_bps, "
            "proposal_threshold, approvals_required, content_hash, created_by, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) RETURNING id"),
        {proposerId,
         type,
         title,
         description,
         amount >= 0 ? QVariant(amount) : QVariant(QMetaType::fromType<qint64>()),
         currency.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(currency),
         recipient.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(recipient),
         nullable(recipientUserId),
         startsAt,
         startsAt,
         endsAt,
         settings.supportPct,
         settings.timelockMs,
         settings.gracePeriodMs,
         settings.quorumBps,
         settings.proposalThreshold,
         settings.approvalsRequired,
         content.hash(),
         nullable(ctx.principal().operatorId),
         ctx.now(),
         ctx.now()});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    recordEvent(ctx, id, QStringLiteral("created"));
    const QJsonObject after = auditState(ctx.db(), id, ctx.now());
    ctx.audit({kTarget, QString::number(id), QJsonValue(), after, QString()});
    ctx.emitEvent(QStringLiteral("dao:proposal_created"), kTarget, QString::number(id),
                  {{QStringLiteral("proposal_id"), id},
                   {QStringLiteral("proposer_id"), proposerId},
                   {QStringLiteral("content_hash"), content.hash()}});
    return after;
}

QJsonValue vote(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 voterId = ctx.requireId(QStringLiteral("voter_id"));
    const QString support = ctx.requireString(QStringLiteral("support"));
    if (support != QLatin1String("for") && support != QLatin1String("against") &&
        support != QLatin1String("abstain"))
        throw Error::badInput(QStringLiteral("support must be for, against or abstain"));
    const QString reason = ctx.optionalString(QStringLiteral("reason"));
    const Derived d = derive(ctx.db(), loadProposal(ctx.db(), id), ctx.now());
    const QString refusal = voteRefusal(d);
    if (!refusal.isEmpty())
        throw Error::conflict(refusal);
    if (!userExists(ctx.db(), voterId))
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(voterId));
    Query existing(ctx.db(),
                   QStringLiteral("SELECT support, created_at FROM dao_votes WHERE proposal_id = ? "
                                  "AND voter_id = ?"),
                   {id, voterId});
    if (existing.next())
        throw Error::conflict(QStringLiteral("user %1 already voted %2 on proposal %3 at %4; one "
                                             "vote per voter")
                                  .arg(voterId)
                                  .arg(existing.value(0).toString())
                                  .arg(id)
                                  .arg(isoTime(existing.value(1).toLongLong())));
    const qint64 power = votingPowerAt(ctx.db(), voterId, d.row.snapshotAt);
    if (power <= 0)
        throw Error::badInput(QStringLiteral("user %1 had no staked tokens at proposal %2's "
                                             "snapshot (%3)")
                                  .arg(voterId)
                                  .arg(id)
                                  .arg(isoTime(d.row.snapshotAt)));
    // The unique (proposal, voter) index is the guard between consoles.
    Query(ctx.db(),
          QStringLiteral("INSERT INTO dao_votes (proposal_id, voter_id, support, voting_power, "
                         "reason, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
          {id, voterId, support, power,
           reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason),
           ctx.now()});
    const QString column = support == QLatin1String("for")       ? QStringLiteral("votes_for")
                           : support == QLatin1String("against") ? QStringLiteral("votes_against")
                                                                 : QStringLiteral("votes_abstain");
    Query(ctx.db(),
          QStringLiteral("UPDATE dao_proposals SET %1 = %1 + ?, updated_at = ? WHERE id = ?")
              .arg(column),
          {power, ctx.now(), id});
    const QJsonObject voteJson{{QStringLiteral("proposal_id"), id},
                               {QStringLiteral("voter_id"), voterId},
                               {QStringLiteral("support"), support},
                               {QStringLiteral("voting_power"), power}};
    ctx.audit({kTarget, QString::number(id), QJsonValue(), voteJson, reason});
    ctx.emitEvent(QStringLiteral("dao:vote_cast"), kTarget, QString::number(id), voteJson);
    return voteJson;
}

QJsonValue queue(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const Derived d = derive(ctx.db(), loadProposal(ctx.db(), id), ctx.now());
    const QString refusal = queueRefusal(d);
    if (!refusal.isEmpty())
        throw Error::conflict(refusal);
    const QJsonObject before = proposalJson(ctx.db(), d, ctx.now());
    Query update(ctx.db(),
                 QStringLiteral("UPDATE dao_proposals SET queued_at = ?, eta = ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ? AND queued_at IS NULL AND "
                                "executed_at IS NULL AND canceled_at IS NULL"),
                 {ctx.now(), ctx.now() + d.row.timelockMs, ctx.now(), id});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id),
                                     QStringLiteral("proposal %1").arg(id));
    recordEvent(ctx, id, QStringLiteral("queued"),
                QStringLiteral("eta %1").arg(isoTime(ctx.now() + d.row.timelockMs)));
    const QJsonObject after = auditState(ctx.db(), id, ctx.now());
    ctx.audit({kTarget, QString::number(id), before, after, QString()});
    ctx.emitEvent(QStringLiteral("dao:proposal_queued"), kTarget, QString::number(id),
                  {{QStringLiteral("proposal_id"), id},
                   {QStringLiteral("eta"), ctx.now() + d.row.timelockMs}});
    return after;
}

QJsonValue approveExecution(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString note = ctx.optionalString(QStringLiteral("note"));
    const Derived d = derive(ctx.db(), loadProposal(ctx.db(), id), ctx.now());
    const QString refusal = approveRefusal(ctx.db(), d, ctx.principal());
    if (!refusal.isEmpty()) {
        if (d.state != State::Queued || hasApproved(ctx.db(), id, ctx.principal().operatorId) ||
            d.approvals >= d.row.approvalsRequired)
            throw Error::conflict(refusal);
        throw Error::denied(refusal);
    }
    Query(ctx.db(),
          QStringLiteral("INSERT INTO dao_execution_approvals (proposal_id, operator_id, "
                         "approved_at, note) VALUES (?, ?, ?, ?)"),
          {id, ctx.principal().operatorId, ctx.now(),
           note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note)});
    Query(ctx.db(),
          QStringLiteral("UPDATE dao_proposals SET updated_at = ?, version = version + 1 WHERE id "
                         "= ?"),
          {ctx.now(), id});
    recordEvent(ctx, id, QStringLiteral("execution_approved"), note);
    const QJsonObject after = auditState(ctx.db(), id, ctx.now());
    ctx.audit({kTarget, QString::number(id), proposalJson(ctx.db(), d, ctx.now()), after, note});
    ctx.emitEvent(QStringLiteral("dao:execution_approved"), kTarget, QString::number(id),
                  {{QStringLiteral("proposal_id"), id},
                   {QStringLiteral("approvals"), after.value(QStringLiteral("approvals"))}});
    return after;
}

QJsonValue execute(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const ProposalRow row = loadProposal(ctx.db(), id);
    const QString what = QStringLiteral("proposal %1").arg(id);
    if (row.executedAt > 0 || row.canceledAt > 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id), what);
    // The claim: one conditional update wins the proposal before any money moves. Concurrent
    // executions wait on the row and then find it taken; a refused check below rolls it back.
    Query claim(ctx.db(),
                QStringLiteral("UPDATE dao_proposals SET executed_at = ?, executed_by = ?, "
                               "execution_claimed_by = ?, updated_at = ?, version = version + 1 "
                               "WHERE id = ? AND executed_at IS NULL AND canceled_at IS NULL"),
                {ctx.now(), nullable(ctx.principal().operatorId),
                 nullable(ctx.principal().operatorId), ctx.now(), id});
    if (claim.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id), what);

    // Every rule again, from the stored votes and the row as it was before the claim.
    const Derived d = derive(ctx.db(), row, ctx.now());
    const QString refusal = executeRefusal(ctx.db(), d, ctx.principal(), ctx.now());
    if (!refusal.isEmpty())
        throw Error::conflict(refusal);

    const QJsonObject before = proposalJson(ctx.db(), d, ctx.now());
    qint64 transactionId = 0;
    if (row.amountMinor > 0) {
        Finance::Ledger ledger(ctx.db(), ctx.now(), ctx.principal().operatorId);
        const Money amount(row.amountMinor, row.currency);
        Finance::PostRequest request;
        request.kind = QStringLiteral("dao_grant");
        request.description =
            QStringLiteral("DAO proposal %1 executed: %2").arg(id).arg(row.title.left(120));
        request.idempotencyKey = QStringLiteral("dao_execute:%1").arg(id);
        request.sourceType = kTarget;
        request.sourceId = id;
        request.postings = {
            {ledger.account(Finance::Purpose::DaoTreasury, 0, row.currency).id,
             Finance::Direction::Debit, amount},
            {ledger.account(Finance::Purpose::DaoGrantPayable, row.recipientUserId, row.currency)
                 .id,
             Finance::Direction::Credit, amount}};
        const Finance::Transaction posted = ledger.post(request);
        if (posted.isReplay)
            throw Error::conflict(QStringLiteral("proposal %1's transfer was already posted as "
                                                 "ledger transaction %2")
                                      .arg(id)
                                      .arg(posted.id));
        transactionId = posted.id;
        Query(ctx.db(),
              QStringLiteral("UPDATE dao_proposals SET execution_transaction_id = ? WHERE id = ?"),
              {transactionId, id});
    }
    recordEvent(ctx, id, QStringLiteral("executed"),
                transactionId > 0 ? QStringLiteral("ledger transaction %1").arg(transactionId)
                                  : QString());
    const QJsonObject after = auditState(ctx.db(), id, ctx.now());
    ctx.audit({kTarget, QString::number(id), before, after, QString()});
    ctx.emitEvent(QStringLiteral("dao:proposal_executed"), kTarget, QString::number(id),
                  {{QStringLiteral("proposal_id"), id},
                   {QStringLiteral("amount_minor"),
                    row.amountMinor >= 0 ? QJsonValue(row.amountMinor) : QJsonValue()},
                   {QStringLiteral("currency"), row.currency},
                   {QStringLiteral("recipient_user_id"), jsonOrNull(row.recipientUserId)},
                   {QStringLiteral("transaction_id"), jsonOrNull(transactionId)}});
    QJsonObject result = after;
    result.insert(QStringLiteral("execution_transaction_id"), jsonOrNull(transactionId));
    return result;
}

QJsonValue cancel(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const QString reason = ctx.requireString(QStringLiteral("reason"));
    const Derived d = derive(ctx.db(), loadProposal(ctx.db(), id), ctx.now());
    const QString refusal = cancelRefusal(d);
    if (!refusal.isEmpty())
        throw Error::conflict(refusal);
    const QJsonObject before = proposalJson(ctx.db(), d, ctx.now());
    Query update(ctx.db(),
                 QStringLiteral("UPDATE dao_proposals SET canceled_at = ?, canceled_by = ?, "
                                "cancel_reason = ?, updated_at = ?, version = version + 1 WHERE "
                                "id = ? AND executed_at IS NULL AND canceled_at IS NULL"),
                 {ctx.now(), nullable(ctx.principal().operatorId), reason, ctx.now(), id});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id),
                                     QStringLiteral("proposal %1").arg(id));
    recordEvent(ctx, id, QStringLiteral("canceled"), reason);
    const QJsonObject after = auditState(ctx.db(), id, ctx.now());
    ctx.audit({kTarget, QString::number(id), before, after, reason});
    ctx.emitEvent(QStringLiteral("dao:proposal_canceled"), kTarget, QString::number(id),
                  {{QStringLiteral("proposal_id"), id}, {QStringLiteral("reason"), reason}});
    return after;
}

QJsonValue seal(CommandContext &ctx)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const ProposalRow row = loadProposal(ctx.db(), id);
    if (!row.contentHash.isEmpty())
        throw Error::conflict(QStringLiteral("proposal %1 is already sealed").arg(id));
    if (row.executedAt > 0 || row.canceledAt > 0)
        throw Error::conflict(
            QStringLiteral("proposal %1 is executed or canceled; nothing to seal").arg(id));
    const QString hash = row.content().hash();
    Query update(ctx.db(),
                 QStringLiteral("UPDATE dao_proposals SET content_hash = ?, updated_at = ?, "
                                "version = version + 1 WHERE id = ? AND content_hash IS NULL"),
                 {hash, ctx.now(), id});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kTarget, QString::number(id),
                                     QStringLiteral("proposal %1").arg(id));
    recordEvent(ctx, id, QStringLiteral("sealed"), hash);
    ctx.audit(
        {kTarget, QString::number(id), QJsonValue(),
         QJsonObject{{QStringLiteral("content_hash"), hash},
                     {QStringLiteral("content"), QString::fromUtf8(row.content().canonical())}},
         ctx.optionalString(QStringLiteral("reason"))});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("content_hash"), hash}};
}

// ---- Staking ----------------------------------------------------------------------------------

struct StakeRow
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 tokens = 0;
    qint64 stakedAt = 0;
    qint64 unlocksAt = 0;
    qint64 unstakedAt = 0;
    qint64 rewardsEarned = 0;
    QString status;
    qint64 checkpointAt = 0; ///< 0: never checkpointed.
    qint64 remainder = 0;
    qint64 version = 0;
};

const QString kStakeColumns =
    QStringLiteral("SELECT id, user_id, tokens, staked_at, unlocks_at, unstaked_at, "
                   "rewards_earned, status, rewards_checkpoint_at, rewards_remainder, version "
                   "FROM staking_records ");

StakeRow stakeRow(const Query &q)
{
    StakeRow s;
    s.id = q.value(0).toLongLong();
    s.userId = q.value(1).toLongLong();
    s.tokens = q.value(2).toLongLong();
    s.stakedAt = q.value(3).toLongLong();
    s.unlocksAt = q.value(4).toLongLong();
    s.unstakedAt = q.value(5).toLongLong();
    s.rewardsEarned = q.value(6).toLongLong();
    s.status = q.value(7).toString();
    s.checkpointAt = q.value(8).toLongLong();
    s.remainder = q.value(9).toLongLong();
    s.version = q.value(10).toLongLong();
    return s;
}

/** A stake's rewards settled at @p now: what a checkpoint at @p now would store. */
Accrual settled(const StakeRow &s, qint64 now)
{
    if (s.checkpointAt <= 0) {
        // Never checkpointed: everything from the stake's start, at the 5 % rule.
        const qint64 until = s.unstakedAt > 0 ? std::min(s.unstakedAt, now) : now;
        Accrual a = accrue(s.tokens, s.stakedAt, until, 0);
        return a;
    }
    if (s.status == QLatin1String("withdrawn")) {
        Accrual a;
        a.rewards = s.rewardsEarned;
        a.remainder = s.remainder;
        a.checkpointAt = s.checkpointAt;
        return a;
    }
    Accrual a = accrue(s.tokens, s.checkpointAt, now, s.remainder);
    a.rewards += s.rewardsEarned;
    return a;
}

QJsonObject stakeJson(const StakeRow &s, qint64 now)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("user_id"), s.userId},
            {QStringLiteral("tokens"), s.tokens},
            {QStringLiteral("staked_at"), s.stakedAt},
            {QStringLiteral("unlocks_at"), jsonOrNull(s.unlocksAt)},
            {QStringLiteral("unstaked_at"), jsonOrNull(s.unstakedAt)},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("rewards_accrued"), settled(s, now).rewards},
            {QStringLiteral("rewards_checkpoint_at"), jsonOrNull(s.checkpointAt)},
            {QStringLiteral("version"), s.version}};
}

StakeRow loadStake(const QSqlDatabase &db, qint64 id)
{
    Query q(db, kStakeColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        throw Error::notFound(QStringLiteral("stake %1 does not exist").arg(id));
    return stakeRow(q);
}

QJsonValue stake(CommandContext &ctx)
{
    const qint64 userId = ctx.requireId(QStringLiteral("user_id"));
    const qint64 tokens = ctx.optionalInteger(QStringLiteral("tokens"), 0);
    if (tokens <= 0 || tokens > kMaxTokens)
        throw Error::badInput(
            QStringLiteral("tokens must be a whole number between 1 and %1").arg(kMaxTokens));
    const qint64 lockDays = ctx.optionalInteger(QStringLiteral("lock_days"), 0);
    if (lockDays < 0 || lockDays > 1460)
        throw Error::badInput(QStringLiteral("lock_days must be between 0 and 1460"));
    if (!userExists(ctx.db(), userId))
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(userId));
    Query insert(ctx.db(),
                 QStringLiteral("INSERT INTO staking_records (user_id, tokens, staked_at, "
                                "unlocks_at, status, rewards_checkpoint_at) VALUES (?, ?, ?, ?, "
                                "?, ?) RETURNING id"),
                 {userId, tokens, ctx.now(),
                  nullable(lockDays > 0 ? ctx.now() + lockDays * kDay : 0),
                  lockDays > 0 ? QStringLiteral("locked") : QStringLiteral("active"), ctx.now()});
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    const QJsonObject after = stakeJson(loadStake(ctx.db(), id), ctx.now());
    ctx.audit({kStakeTarget, QString::number(id), QJsonValue(), after, QString()});
    ctx.emitEvent(QStringLiteral("dao:stake_changed"), kStakeTarget, QString::number(id), after);
    return after;
}

/** Checkpoints a stake's rewards and moves it to @p status. */
QJsonValue changeStake(CommandContext &ctx, bool withdraw)
{
    const qint64 id = ctx.requireId(QStringLiteral("id"));
    const qint64 version = ctx.requireVersion();
    const StakeRow s = loadStake(ctx.db(), id);
    const QString what = QStringLiteral("stake %1").arg(id);
    if (s.version != version)
        throw AuditLog::staleVersion(ctx.db(), kStakeTarget, QString::number(id), what);
    qint64 lockDays = 0;
    if (s.status == QLatin1String("withdrawn"))
        throw Error::conflict(
            QStringLiteral("stake %1 was withdrawn at %2").arg(id).arg(isoTime(s.unstakedAt)));
    if (withdraw) {
        if (s.status == QLatin1String("locked") && s.unlocksAt > ctx.now())
            throw Error::conflict(
                QStringLiteral("stake %1 is locked until %2").arg(id).arg(isoTime(s.unlocksAt)));
    } else {
        lockDays = ctx.optionalInteger(QStringLiteral("lock_days"), 0);
        if (lockDays < 1 || lockDays > 1460)
            throw Error::badInput(QStringLiteral("lock_days must be between 1 and 1460"));
        if (s.status == QLatin1String("locked") && s.unlocksAt > ctx.now() + lockDays * kDay)
            throw Error::conflict(QStringLiteral("stake %1 is already locked until %2")
                                      .arg(id)
                                      .arg(isoTime(s.unlocksAt)));
    }
    const Accrual a = settled(s, ctx.now());
    const QJsonObject before = stakeJson(s, ctx.now());
    Query update(ctx.db(),
                 QStringLiteral("UPDATE staking_records SET status = ?, unlocks_at = ?, "
                                "unstaked_at = ?, rewards_earned = ?, rewards_remainder = ?, "
                                "rewards_checkpoint_at = ?, version = version + 1 WHERE id = ? "
                                "AND version = ?"),
                 {withdraw ? QStringLiteral("withdrawn") : QStringLiteral("locked"),
                  nullable(withdraw ? s.unlocksAt : ctx.now() + lockDays * kDay),
                  nullable(withdraw ? ctx.now() : 0), a.rewards, a.remainder, a.checkpointAt, id,
                  version});
    if (update.rowsAffected() == 0)
        throw AuditLog::staleVersion(ctx.db(), kStakeTarget, QString::number(id), what);
    const QJsonObject after = stakeJson(loadStake(ctx.db(), id), ctx.now());
    ctx.audit({kStakeTarget, QString::number(id), before, after,
               ctx.optionalString(QStringLiteral("reason"))});
    ctx.emitEvent(QStringLiteral("dao:stake_changed"), kStakeTarget, QString::number(id), after);
    return after;
}

QJsonValue listStakes(CommandContext &ctx)
{
    const qint64 before = ctx.optionalInteger(QStringLiteral("before"), 0);
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 50);
    if (limit < 1 || limit > 500)
        throw Error::badInput(QStringLiteral("limit must be between 1 and 500"));
    QString sql = kStakeColumns + QStringLiteral("WHERE id < ?");
    QVariantList values{before > 0 ? before : std::numeric_limits<qint64>::max()};
    const qint64 userId = ctx.optionalInteger(QStringLiteral("user_id"), 0);
    if (userId > 0) {
        sql += QStringLiteral(" AND user_id = ?");
        values << userId;
    }
    const QString status = ctx.optionalString(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (status != QLatin1String("active") && status != QLatin1String("locked") &&
            status != QLatin1String("withdrawn"))
            throw Error::badInput(QStringLiteral("status must be active, locked or withdrawn"));
        sql += QStringLiteral(" AND status = ?");
        values << status;
    }
    Query q(ctx.db(), sql + QStringLiteral(" ORDER BY id DESC LIMIT ?"), values << limit + 1);
    QJsonArray rows;
    bool more = false;
    while (q.next()) {
        if (rows.size() == limit) {
            more = true;
            break;
        }
        rows << stakeJson(stakeRow(q), ctx.now());
    }
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("next_before"),
                        more ? rows.last().toObject().value(QStringLiteral("id")) : QJsonValue()}};
}

struct StakingTotals
{
    std::map<QString, std::array<qint64, 3>> byStatus; // count, tokens, rewards
    qint64 rewards = 0;
    qint64 stakedTokens = 0;
};

StakingTotals stakingTotals(const QSqlDatabase &db, qint64 now)
{
    StakingTotals totals;
    for (const char *status : {"active", "locked", "withdrawn"})
        totals.byStatus[QLatin1String(status)] = {0, 0, 0};
    Query q(db, kStakeColumns);
    while (q.next()) {
        const StakeRow s = stakeRow(q);
        auto &entry = totals.byStatus[s.status];
        const qint64 rewards = settled(s, now).rewards;
        entry[0] += 1;
        entry[1] += s.tokens;
        entry[2] += rewards;
        totals.rewards += rewards;
        if (s.status != QLatin1String("withdrawn"))
            totals.stakedTokens += s.tokens;
    }
    return totals;
}

QJsonValue staking(CommandContext &ctx)
{
    const qint64 top = ctx.optionalInteger(QStringLiteral("top"), 10);
    if (top < 1 || top > 100)
        throw Error::badInput(QStringLiteral("top must be between 1 and 100"));
    const StakingTotals totals = stakingTotals(ctx.db(), ctx.now());
    QJsonArray statuses;
    for (const auto &[status, entry] : totals.byStatus)
        statuses << QJsonObject{{QStringLiteral("status"), status},
                                {QStringLiteral("stakes"), entry[0]},
                                {QStringLiteral("tokens"), entry[1]},
                                {QStringLiteral("rewards_accrued"), entry[2]}};
    QJsonArray stakers;
    Query q(ctx.db(),
            QStringLiteral("SELECT s.user_id, u.first_name, u.last_name, SUM(s.tokens), count(*) "
                           "FROM staking_records s JOIN users u ON u.id = s.user_id WHERE "
                           "s.status <> 'withdrawn' GROUP BY s.user_id, u.first_name, "
                           "u.last_name ORDER BY SUM(s.tokens) DESC, s.user_id LIMIT ?"),
            {top});
    while (q.next()) {
        const qint64 tokens = q.value(3).toLongLong();
        stakers << QJsonObject{
            {QStringLiteral("user_id"), q.value(0).toLongLong()},
            {QStringLiteral("name"),
             (q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed()},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("stakes"), q.value(4).toLongLong()},
            {QStringLiteral("share_bps"),
             totals.stakedTokens > 0 ? tokens * 10000 / totals.stakedTokens : 0}};
    }
    const qint64 perDay = accrue(totals.stakedTokens, 0, kDay, 0).rewards;
    return QJsonObject{{QStringLiteral("by_status"), statuses},
                       {QStringLiteral("top_stakers"), stakers},
                       {QStringLiteral("tokens_staked"), totals.stakedTokens},
                       {QStringLiteral("rewards_accrued"), totals.rewards},
                       {QStringLiteral("rewards_per_day"), perDay},
                       {QStringLiteral("apy_pct"), kRewardPct},
                       {QStringLiteral("as_of"), ctx.now()}};
}

// ---- Treasury ---------------------------------------------------------------------------------

QJsonValue treasury(CommandContext &ctx)
{
    const QString only = ctx.optionalString(QStringLiteral("currency"));
    QStringList currencies;
    Query accounts(ctx.db(), QStringLiteral("SELECT currency FROM ledger_accounts WHERE code LIKE "
                                            "'dao_treasury/%' ORDER BY currency"));
    while (accounts.next())
        currencies << accounts.value(0).toString();
    if (!only.isEmpty()) {
        if (!Finance::Ledger::isKnownCurrency(only))
            throw Error::badInput(QStringLiteral("unknown currency \"%1\"").arg(only));
        currencies = QStringList{only};
    }
    const Finance::Ledger ledger(ctx.db(), ctx.now());
    const QString when =
        QStringLiteral("(CASE WHEN t.effective_at > 0 THEN t.effective_at ELSE t.posted_at END)");
    QJsonArray list;
    for (const QString &currency : std::as_const(currencies)) {
        const qint64 account = treasuryAccountId(ctx.db(), currency);
        QJsonObject json{{QStringLiteral("currency"), currency},
                         {QStringLiteral("account"), QStringLiteral("dao_treasury/") + currency}};
        qint64 balance = 0, available = 0;
        if (account > 0) {
            const Finance::Balance b = ledger.balance(account);
            balance = b.posted;
            available = b.available;
        }
        const qint64 committed = queuedCommitments(ctx.db(), ctx.now(), currency, 0);
        json.insert(QStringLiteral("balance_minor"), balance);
        json.insert(QStringLiteral("available_minor"), available);
        json.insert(QStringLiteral("queued_commitments_minor"), committed);
        json.insert(QStringLiteral("free_minor"), available - committed);

        QJsonArray inflows, outflows, series;
        if (account > 0) {
            Query flows(ctx.db(),
                        QStringLiteral("SELECT t.kind, e.direction, SUM(e.amount_minor), count(*) "
                                       "FROM ledger_entries e JOIN ledger_transactions t ON t.id = "
                                       "e.ledger_transaction_id WHERE e.account_id = ? GROUP BY "
                                       "t.kind, e.direction ORDER BY SUM(e.amount_minor) DESC"),
                        {account});
            while (flows.next()) {
                const QJsonObject flow{
                    {QStringLiteral("source"), flows.value(0).toString()},
                    {QStringLiteral("amount_minor"), flows.value(2).toLongLong()},
                    {QStringLiteral("count"), flows.value(3).toLongLong()}};
                if (flows.value(1).toString() == QLatin1String("credit"))
                    inflows << flow;
                else
                    outflows << flow;
            }
            Query days(ctx.db(),
                       QStringLiteral("SELECT %1 / 86400000, SUM(CASE WHEN e.direction = 'credit' "
                                      "THEN e.amount_minor ELSE -e.amount_minor END) FROM "
                                      "ledger_entries e JOIN ledger_transactions t ON t.id = "
                                      "e.ledger_transaction_id WHERE e.account_id = ? GROUP BY %1 "
                                      "/ 86400000 ORDER BY 1")
                           .arg(when),
                       {account});
            qint64 running = 0;
            while (days.next()) {
                running += days.value(1).toLongLong();
                series << QJsonObject{{QStringLiteral("day"), days.value(0).toLongLong() * kDay},
                                      {QStringLiteral("balance_minor"), running}};
            }
        }
        json.insert(QStringLiteral("inflows"), inflows);
        json.insert(QStringLiteral("outflows"), outflows);
        json.insert(QStringLiteral("series"), series);

        QJsonArray executed, queued;
        Query done(ctx.db(),
                   QStringLiteral("SELECT id, title, amount_minor, executed_at, "
                                  "execution_transaction_id, recipient FROM dao_proposals WHERE "
                                  "currency = ? AND amount_minor > 0 AND executed_at IS NOT NULL "
                                  "ORDER BY executed_at DESC, id DESC LIMIT 100"),
                   {currency});
        while (done.next())
            executed << QJsonObject{
                {QStringLiteral("proposal_id"), done.value(0).toLongLong()},
                {QStringLiteral("title"), done.value(1).toString()},
                {QStringLiteral("amount_minor"), done.value(2).toLongLong()},
                {QStringLiteral("executed_at"), done.value(3).toLongLong()},
                {QStringLiteral("transaction_id"), jsonOrNull(done.value(4).toLongLong())},
                {QStringLiteral("recipient"), done.value(5).toString()}};
        Query waiting(ctx.db(),
                      QStringLiteral("SELECT id, title, amount_minor, eta, grace_period_ms, "
                                     "recipient FROM dao_proposals WHERE currency = ? AND "
                                     "amount_minor > 0 AND queued_at IS NOT NULL AND executed_at "
                                     "IS NULL AND canceled_at IS NULL AND eta + grace_period_ms > "
                                     "? ORDER BY eta, id"),
                      {currency, ctx.now()});
        while (waiting.next())
            queued << QJsonObject{{QStringLiteral("proposal_id"), waiting.value(0).toLongLong()},
                                  {QStringLiteral("title"), waiting.value(1).toString()},
                                  {QStringLiteral("amount_minor"), waiting.value(2).toLongLong()},
                                  {QStringLiteral("eta"), waiting.value(3).toLongLong()},
                                  {QStringLiteral("expires_at"),
                                   waiting.value(3).toLongLong() + waiting.value(4).toLongLong()},
                                  {QStringLiteral("recipient"), waiting.value(5).toString()}};
        json.insert(QStringLiteral("executed_proposals"), executed);
        json.insert(QStringLiteral("queued_proposals"), queued);
        list << json;
    }
    const StakingTotals totals = stakingTotals(ctx.db(), ctx.now());
    return QJsonObject{{QStringLiteral("currencies"), list},
                       {QStringLiteral("staking_rewards_liability_tokens"), totals.rewards},
                       {QStringLiteral("staking_rewards_per_day_tokens"),
                        accrue(totals.stakedTokens, 0, kDay, 0).rewards},
                       {QStringLiteral("as_of"), ctx.now()}};
}

} // namespace

Settings currentSettings(const QSqlDatabase &db)
{
    Settings settings;
    Query rows(db, QStringLiteral("SELECT key, value FROM app_settings WHERE key LIKE 'dao.%'"));
    while (rows.next()) {
        const QString key = rows.value(0).toString().mid(4);
        bool ok = false;
        const qint64 value = rows.value(1).toString().trimmed().toLongLong(&ok);
        if (!ok)
            continue;
        for (const SettingKey &entry : settingKeys())
            if (key == QLatin1String(entry.key))
                settings.*entry.field = value;
    }
    return settings;
}

qint64 totalStakedAt(const QSqlDatabase &db, qint64 at)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT COALESCE(SUM(tokens), 0) FROM staking_records "
                                        "WHERE staked_at < ? AND (unstaked_at IS NULL OR "
                                        "unstaked_at >= ?)"),
                         {at, at})
        .toLongLong();
}

qint64 votingPowerAt(const QSqlDatabase &db, qint64 userId, qint64 at)
{
    return Query::scalar(db,
                         QStringLiteral("SELECT COALESCE(SUM(tokens), 0) FROM staking_records "
                                        "WHERE user_id = ? AND staked_at < ? AND (unstaked_at IS "
                                        "NULL OR unstaked_at >= ?)"),
                         {userId, at, at})
        .toLongLong();
}

void setupDaoService(ServiceLayer &services)
{
    declarePermissions();
    CommandBus &bus = services.bus();
    auto query = [&bus](const char *name, const char *description,
                        std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({QLatin1String(name),
                 Permission::View,
                 QLatin1String(description),
                 false,
                 {},
                 std::move(handle)});
    };
    auto write = [&bus](const char *name, const QString &permission, const char *description,
                        std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({QLatin1String(name),
                 permission,
                 QLatin1String(description),
                 true,
                 {},
                 std::move(handle)});
    };
    query("dao.settings", "The governance settings new proposals freeze", settingsQuery);
    query("dao.proposals", "Proposals, newest first, paged by key: type, state, before (id), limit",
          listProposals);
    query("dao.proposal",
          "A proposal with its settings, votes (votes_after, votes_limit), approvals, timeline "
          "and the actions the rules allow now: id",
          proposalDetail);
    query("dao.treasury",
          "The treasury per currency: balance, inflows, outflows, series, queued commitments, "
          "staking liability: currency (optional)",
          treasury);
    query("dao.staking", "Staking totals by status, top stakers and rewards accrued: top", staking);
    query("dao.stakes", "Stakes, newest first, paged by key: user_id, status, before, limit",
          listStakes);
    write("dao.set_settings", Permission::Manage,
          "Change governance settings for new proposals: voting_delay_ms, voting_period_ms, "
          "quorum_bps, support_pct, timelock_ms, grace_period_ms, proposal_threshold, "
          "approvals_required, reason",
          setSettings);
    write("dao.create", Permission::Manage,
          "File a proposal for a platform user: proposer_id, proposal_type, title, description, "
          "amount_minor, currency, recipient (user:<id>)",
          createProposal);
    write("dao.vote", Permission::Manage,
          "Cast a platform user's vote while the proposal is active: id, voter_id, support "
          "(for|against|abstain), reason",
          vote);
    write("dao.queue", Permission::Manage, "Queue a succeeded proposal behind its timelock: id",
          queue);
    write("dao.approve_execution", Permission::Execute,
          "Approve a queued proposal's execution (a distinct admin, not its filer): id, note",
          approveExecution);
    write("dao.execute", Permission::Execute,
          "Execute a queued proposal after its timelock: every rule rechecked, one ledger "
          "transfer: id",
          execute);
    write("dao.cancel", Permission::Manage, "Cancel (veto) a proposal before execution: id, reason",
          cancel);
    write("dao.seal", Permission::Manage,
          "Take the content hash of a proposal created before hashing: id, reason", seal);
    write("dao.stake", Permission::Manage,
          "Stake tokens for a platform user: user_id, tokens, lock_days (optional)", stake);
    write("dao.lock", Permission::Manage,
          "Lock a stake (rewards checkpointed): id, version, lock_days",
          [](CommandContext &ctx) { return changeStake(ctx, false); });
    write("dao.unstake", Permission::Manage, "Withdraw a stake (rewards checkpointed): id, version",
          [](CommandContext &ctx) { return changeStake(ctx, true); });
}

} // namespace Steward::Dao
