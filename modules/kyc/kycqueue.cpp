// The read side: counts per state and type, the paged case lists, one case, the templates.

#include "kyccase.h"

#include "query.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace Steward::Kyc {

namespace {

const QString kRowColumns = QStringLiteral(
    "SELECT c.id, c.user_id, u.first_name, u.last_name, u.email, c.case_type, c.state, "
    "c.risk_score, c.watchlist_hits, c.first_decision, c.attempts, c.submitted_at, c.due_at, "
    "c.assigned_operator_id, ao.display_name, c.decided_at, c.version, fo.display_name");
/** Applicants one text search request examines per key (see listByApplicant). */
constexpr qint64 kApplicantBudget = 5000;

const QString kOperatorJoins =
    QStringLiteral(" LEFT JOIN operators ao ON ao.id = c.assigned_operator_id"
                   " LEFT JOIN operators fo ON fo.id = c.first_decided_by");

QJsonObject listRow(const Query &row, qint64 now, qint64 threshold)
{
    const QString state = row.value(6).toString();
    const int risk = row.value(7).toInt();
    const int hits = row.value(8).toInt();
    const qint64 dueAt = row.value(12).toLongLong();
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toLongLong()},
        {QStringLiteral("user_id"), row.value(1).toLongLong()},
        {QStringLiteral("applicant_name"),
         QStringLiteral("%1 %2").arg(row.value(2).toString(), row.value(3).toString())},
        {QStringLiteral("applicant_email"), row.value(4).toString()},
        {QStringLiteral("case_type"), row.value(5).toString()},
        {QStringLiteral("state"), state},
        {QStringLiteral("risk_score"), risk},
        {QStringLiteral("watchlist_hits"), hits},
        {QStringLiteral("high_risk"), risk > threshold || hits > 0},
        {QStringLiteral("needs_second_review"),
         row.value(9).toString() == QLatin1String("approve") && isOpenState(state)},
        {QStringLiteral("first_decided_by_name"), row.value(17).toString()},
        {QStringLiteral("attempts"), row.value(10).toInt()},
        {QStringLiteral("submitted_at"), row.value(11).toLongLong()},
        {QStringLiteral("due_at"), dueAt},
        {QStringLiteral("overdue"), isOpenState(state) && dueAt < now},
        {QStringLiteral("assigned_to_id"), row.value(13).toLongLong()},
        {QStringLiteral("assigned_to_name"), row.value(14).toString()},
        {QStringLiteral("decided_at"), row.value(15).toLongLong()},
        {QStringLiteral("version"), row.value(16).toLongLong()},
    };
}

/** The cursor is opaque to callers: "mode|a|b|c" in URL-safe base64. */
QString encodeCursor(const QStringList &parts)
{
    return QString::fromLatin1(
        parts.join(QLatin1Char('|'))
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList decodeCursor(const QString &cursor, const QString &mode, int parts)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList fields =
        decoded ? QString::fromUtf8(*decoded).split(QLatin1Char('|')) : QStringList();
    // A key may itself contain '|': everything after the numeric fields belongs to it.
    if (fields.size() < parts || fields.first() != mode)
        throw Error::badInput(QStringLiteral("parameter 'after' is not a cursor this list gave"));
    return fields;
}

qint64 cursorNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        throw Error::badInput(QStringLiteral("parameter 'after' is not a cursor this list gave"));
    return value;
}

struct Filters
{
    QString state; ///< "", "open" or a state
    QString caseType;
    bool overdue = false;
    /** Only open cases whose first approval waits for a different reviewer. */
    bool secondReview = false;
    bool mine = false;
    qint64 me = 0;
    qint64 now = 0;
};

/** Appends the filter terms on the case table (alias c). */
void appendFilters(const Filters &f, QString &sql, QVariantList &values)
{
    const QString open = QStringLiteral("c.") + kOpenPredicate;
    if (f.mine) {
        sql += QStringLiteral(" AND c.assigned_operator_id = ? AND ") + open;
        values << f.me;
    } else if (f.state == QLatin1String("open") ||
               ((f.overdue || f.secondReview) && f.state.isEmpty())) {
        sql += QStringLiteral(" AND ") + open;
    }
    if (!f.state.isEmpty() && f.state != QLatin1String("open")) {
        sql += QStringLiteral(" AND c.state = ?");
        values << f.state;
    }
    if (!f.caseType.isEmpty()) {
        sql += QStringLiteral(" AND c.case_type = ?");
        values << f.caseType;
    }
    if (f.secondReview)
        sql += QStringLiteral(" AND c.first_decision = 'approve'");
    if (f.overdue) {
        sql += QStringLiteral(" AND c.due_at < ?");
        values << f.now;
    }
}

QJsonObject page(QJsonArray rows, const QString &next, bool more, qint64 now)
{
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("next"), more ? next : QString()},
                       {QStringLiteral("has_more"), more},
                       {QStringLiteral("now"), now}};
}

/** Lists keyed by (due_at, id): each page is one index range read in key order. */
QJsonObject listByDue(CommandContext &ctx, const Filters &f, const QString &after, qint64 limit,
                      qint64 threshold)
{
    static const QStringList descendingStates{QString(), QStringLiteral("approved"),
                                              QStringLiteral("rejected")};
    const bool ascending =
        f.mine || f.overdue || f.secondReview || !descendingStates.contains(f.state);
    qint64 dueKey =
        ascending ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    qint64 idKey = ascending ? 0 : std::numeric_limits<qint64>::max();
    if (!after.isEmpty()) {
        const QStringList cursor = decodeCursor(after, QStringLiteral("d"), 3);
        dueKey = cursorNumber(cursor[1]);
        idKey = cursorNumber(cursor[2]);
    }
    QString sql = kRowColumns +
                  QStringLiteral(" FROM kyc_cases c JOIN users u ON u.id = c.user_id") +
                  kOperatorJoins + QStringLiteral(" WHERE ");
    QVariantList values;
    // (due_at, id) past the cursor, written so the first term bounds the index range.
    sql += ascending ? QStringLiteral("c.due_at >= ? AND (c.due_at > ? OR c.id > ?)")
                     : QStringLiteral("c.due_at <= ? AND (c.due_at < ? OR c.id < ?)");
    values << dueKey << dueKey << idKey;
    appendFilters(f, sql, values);
    sql += ascending ? QStringLiteral(" ORDER BY c.due_at, c.id LIMIT ?")
                     : QStringLiteral(" ORDER BY c.due_at DESC, c.id DESC LIMIT ?");
    values << limit + 1;
    Query rows(ctx.db(), sql, values);
    QJsonArray result;
    QString next;
    bool more = false;
    while (rows.next()) {
        if (result.size() == limit) {
            more = true;
            break;
        }
        result << listRow(rows, f.now, threshold);
        next = encodeCursor({QStringLiteral("d"), QString::number(rows.value(12).toLongLong()),
                             QString::number(rows.value(0).toLongLong())});
    }
    return page(result, next, more, f.now);
}

/** Applicant search: users by a key prefix (name, surname or email) in key order, then each
 *  user's cases by id. Modes run one after another: name, then surname (users whose name did
 *  not already match), each a range of its users index. */
QJsonObject listByApplicant(CommandContext &ctx, const Filters &f, const QString &text,
                            const QString &after, qint64 limit, qint64 threshold)
{
    const bool byEmail = text.contains(QLatin1Char('@'));
    const QString upper = text + QChar(0xFFFF);
    QString mode = byEmail ? QStringLiteral("e") : QStringLiteral("n");
    QString key;
    qint64 userKey = 0;
    qint64 caseKey = 0;
    if (!after.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            after.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QString first =
            decoded ? QString::fromUtf8(*decoded).section(QLatin1Char('|'), 0, 0) : QString();
        if (first.isEmpty() || !QStringLiteral("enl").contains(first))
            throw Error::badInput(
                QStringLiteral("parameter 'after' is not a cursor this list gave"));
        const QStringList cursor = decodeCursor(after, first, 4);
        mode = first;
        userKey = cursorNumber(cursor[1]);
        caseKey = cursorNumber(cursor[2]);
        key = cursor.mid(3).join(QLatin1Char('|'));
    }
    QJsonArray result;
    QString next;
    bool more = false;
    while (true) {
        const QString column = mode == QLatin1String("e")   ? QStringLiteral("u.email")
                               : mode == QLatin1String("n") ? QStringLiteral("u.name_key")
                                                            : QStringLiteral("u.last_name_key");
        // Users drive the join (CROSS JOIN keeps SQLite from reordering it; PostgreSQL plans
        // it as the inner join it is), so the users index gives the order.
        QString sql = kRowColumns + QStringLiteral(", ") + column +
                      QStringLiteral(" FROM users u CROSS JOIN kyc_cases c") + kOperatorJoins +
                      QStringLiteral(" WHERE c.user_id = u.id AND ") + column +
                      QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?");
        QVariantList values{text, upper};
        // One request examines at most kApplicantBudget applicants per key: a broad prefix with
        // a rare filter would otherwise walk most of the users index for one page. The bound
        // is the budget-th applicant from the cursor, read from the same index.
        QString boundSql =
            QStringLiteral("SELECT %1, u.id FROM users u WHERE %1 >= ? AND %1 < ?").arg(column);
        QVariantList boundValues{text, upper};
        if (!key.isEmpty()) {
            boundSql += QStringLiteral(" AND %1 >= ? AND (%1 > ? OR u.id >= ?)").arg(column);
            boundValues << key << key << userKey;
        }
        boundSql += QStringLiteral(" ORDER BY %1, u.id LIMIT 1 OFFSET ?").arg(column);
        boundValues << kApplicantBudget - 1;
        Query bound(ctx.db(), boundSql, boundValues);
        const bool bounded = bound.next();
        const QString boundKey = bounded ? bound.value(0).toString() : QString();
        const qint64 boundUser = bounded ? bound.value(1).toLongLong() : 0;
        if (bounded) {
            sql += QStringLiteral(" AND %1 <= ? AND (%1 < ? OR u.id <= ?)").arg(column);
            values << boundKey << boundKey << boundUser;
        }
        if (!key.isEmpty()) {
            sql +=
                QStringLiteral(" AND %1 >= ? AND (%1 > ? OR u.id > ? OR (u.id = ? AND c.id > ?))")
                    .arg(column);
            values << key << key << userKey << userKey << caseKey;
        }
        if (mode == QLatin1String("l")) {
            sql += QStringLiteral(" AND NOT (u.name_key >= ? AND u.name_key < ?)");
            values << text << upper;
        }
        appendFilters(f, sql, values);
        sql += QStringLiteral(" ORDER BY %1, u.id, c.id LIMIT ?").arg(column);
        values << limit - result.size() + 1;
        Query rows(ctx.db(), sql, values);
        while (rows.next()) {
            if (result.size() == limit) {
                more = true;
                break;
            }
            result << listRow(rows, f.now, threshold);
            next = encodeCursor({mode, QString::number(rows.value(1).toLongLong()),
                                 QString::number(rows.value(0).toLongLong()),
                                 rows.value(18).toString()});
        }
        if (!more && bounded) {
            // The budget ran out first: the next page goes on after the last applicant
            // examined (this page may be short, or empty, with has_more set).
            next = encodeCursor({mode, QString::number(boundUser),
                                 QString::number(std::numeric_limits<qint64>::max()), boundKey});
            more = true;
        }
        if (more || mode != QLatin1String("n"))
            break;
        // Names exhausted: surnames next, from their start.
        mode = QStringLiteral("l");
        key.clear();
        userKey = 0;
        caseKey = 0;
        if (result.size() == limit) {
            // The page is full exactly at the end of the names: the surnames may still add
            // rows, so hand out a cursor at their start.
            next = encodeCursor({mode, QStringLiteral("0"), QStringLiteral("0"), QString()});
            more = true;
            break;
        }
    }
    return page(result, next, more, f.now);
}

} // namespace

QJsonValue counts(CommandContext &ctx)
{
    const qint64 now = ctx.now();
    QHash<QString, qint64> stateCounts;
    QHash<QString, qint64> stateOverdue;
    // One index range count per state: PostgreSQL answers a GROUP BY over the whole table
    // with a sequential scan, which costs more than these at 200 000 cases.
    QStringList perState;
    QVariantList stateValues;
    for (const QString &state : caseStates()) {
        perState << QStringLiteral("(SELECT count(*) FROM kyc_cases WHERE state = ?)");
        stateValues << state;
    }
    Query states(ctx.db(), QStringLiteral("SELECT ") + perState.join(QStringLiteral(", ")),
                 stateValues);
    if (states.next()) {
        for (qsizetype i = 0; i < caseStates().size(); ++i)
            stateCounts.insert(caseStates()[i], states.value(int(i)).toLongLong());
    }
    Query overdue(ctx.db(),
                  QStringLiteral("SELECT state, count(*) FROM kyc_cases WHERE ") + kOpenPredicate +
                      QStringLiteral(" AND due_at < ? GROUP BY state"),
                  {now});
    while (overdue.next())
        stateOverdue.insert(overdue.value(0).toString(), overdue.value(1).toLongLong());
    QJsonArray stateList;
    qint64 open = 0;
    qint64 late = 0;
    for (const QString &state : caseStates()) {
        stateList << QJsonObject{{QStringLiteral("state"), state},
                                 {QStringLiteral("count"), stateCounts.value(state)},
                                 {QStringLiteral("overdue"), stateOverdue.value(state)}};
        if (isOpenState(state)) {
            open += stateCounts.value(state);
            late += stateOverdue.value(state);
        }
    }
    const qint64 secondReview =
        Query::scalar(ctx.db(), QStringLiteral("SELECT count(*) FROM kyc_cases WHERE ") +
                                    kOpenPredicate +
                                    QStringLiteral(" AND first_decision = 'approve'"))
            .toLongLong();
    QHash<QString, std::pair<qint64, qint64>> typeCounts;
    Query types(ctx.db(),
                QStringLiteral("SELECT case_type, count(*), "
                               "sum(CASE WHEN due_at < ? THEN 1 ELSE 0 END) "
                               "FROM kyc_cases WHERE ") +
                    kOpenPredicate + QStringLiteral(" GROUP BY case_type"),
                {now});
    while (types.next())
        typeCounts.insert(types.value(0).toString(),
                          {types.value(1).toLongLong(), types.value(2).toLongLong()});
    QJsonArray typeList;
    for (const QString &type : caseTypes())
        typeList << QJsonObject{{QStringLiteral("case_type"), type},
                                {QStringLiteral("open"), typeCounts.value(type).first},
                                {QStringLiteral("overdue"), typeCounts.value(type).second}};
    return QJsonObject{{QStringLiteral("states"), stateList},
                       {QStringLiteral("types"), typeList},
                       {QStringLiteral("open"), open},
                       {QStringLiteral("overdue"), late},
                       {QStringLiteral("second_review"), secondReview},
                       {QStringLiteral("now"), now}};
}

QJsonValue listCases(CommandContext &ctx)
{
    Filters f;
    f.now = ctx.now();
    f.me = ctx.principal().operatorId;
    f.state = ctx.optionalString(QStringLiteral("state"));
    f.caseType = ctx.optionalString(QStringLiteral("case_type"));
    f.overdue = ctx.optionalBool(QStringLiteral("overdue"), false);
    f.secondReview = ctx.optionalBool(QStringLiteral("second_review"), false);
    f.mine = ctx.optionalBool(QStringLiteral("mine"), false);
    const QString after = ctx.optionalString(QStringLiteral("after"));
    const QString text = ctx.optionalString(QStringLiteral("text")).simplified().toLower();
    const qint64 limit = ctx.optionalInteger(QStringLiteral("limit"), 100);
    if (limit < 1 || limit > 500)
        throw Error::badInput(QStringLiteral("limit must be 1 to 500"));
    if (!f.state.isEmpty() && f.state != QLatin1String("open") && !caseStates().contains(f.state))
        throw Error::badInput(QStringLiteral("unknown state '%1'").arg(f.state));
    if (!f.caseType.isEmpty() && !caseTypes().contains(f.caseType))
        throw Error::badInput(QStringLiteral("unknown case type '%1'").arg(f.caseType));
    if (text.size() > 200)
        throw Error::badInput(QStringLiteral("search text is longer than 200 characters"));
    const qint64 threshold = riskThreshold(ctx.db());

    // Filters that no case can meet: only open cases are overdue, "mine" or awaiting a second
    // reviewer.
    const bool queueState =
        f.state.isEmpty() || f.state == QLatin1String("open") || isOpenState(f.state);
    if ((f.overdue || f.mine || f.secondReview) && !queueState)
        return page({}, {}, false, f.now);
    if (f.mine && f.me <= 0)
        return page({}, {}, false, f.now);

    static const QRegularExpression caseId(QStringLiteral("^#?(\\d{1,18})$"));
    if (const auto match = caseId.match(text); match.hasMatch()) {
        QString sql = kRowColumns +
                      QStringLiteral(" FROM kyc_cases c JOIN users u ON u.id = c.user_id") +
                      kOperatorJoins + QStringLiteral(" WHERE c.id = ?");
        QVariantList values{match.captured(1).toLongLong()};
        appendFilters(f, sql, values);
        Query row(ctx.db(), sql, values);
        QJsonArray rows;
        if (row.next())
            rows << listRow(row, f.now, threshold);
        return page(rows, {}, false, f.now);
    }
    if (!text.isEmpty())
        return listByApplicant(ctx, f, text, after, limit, threshold);
    return listByDue(ctx, f, after, limit, threshold);
}

QJsonValue getCase(CommandContext &ctx)
{
    return caseView(ctx.db(), ctx.requireId(QStringLiteral("id")), ctx.now());
}

QJsonValue templates(CommandContext &ctx)
{
    Query rows(ctx.db(),
               QStringLiteral("SELECT code, kind, title, message FROM kyc_reason_templates "
                              "WHERE is_active ORDER BY kind, position, code"));
    QJsonArray result;
    while (rows.next())
        result << QJsonObject{{QStringLiteral("code"), rows.value(0).toString()},
                              {QStringLiteral("kind"), rows.value(1).toString()},
                              {QStringLiteral("title"), rows.value(2).toString()},
                              {QStringLiteral("message"), rows.value(3).toString()}};
    return result;
}

} // namespace Steward::Kyc
