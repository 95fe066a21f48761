#include "operatorlistmodel.h"

#include "consolesession.h"
#include "theme.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>

namespace Steward::Admin {

namespace {

QString formatTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

qint64 idOf(const QJsonObject &account)
{
    return account.value(QStringLiteral("id")).toInteger();
}

} // namespace

OperatorListModel::OperatorListModel(Shell::ConsoleSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        if (command.startsWith(QLatin1String("operator.")))
            reload();
    });
    reload();
}

QJsonObject OperatorListModel::operatorAt(int row) const
{
    return row >= 0 && row < m_operators.size() ? m_operators.at(row) : QJsonObject();
}

int OperatorListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_operators.size(); ++row)
        if (idOf(m_operators.at(row)) == id)
            return row;
    return -1;
}

int OperatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperatorListModel::roleText(const QString &role)
{
    if (role == QLatin1String("support"))
        return tr("Support");
    if (role == QLatin1String("moderator"))
        return tr("Moderator");
    if (role == QLatin1String("finance"))
        return tr("Finance");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    return role;
}

QVariant OperatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &account = m_operators.at(index.row());
    const bool isDisabled = account.value(QStringLiteral("is_disabled")).toBool();
    const qint64 lockedUntil = account.value(QStringLiteral("locked_until")).toInteger();
    const bool isLocked = lockedUntil > QDateTime::currentMSecsSinceEpoch();
    const bool hasTwoFactor = account.value(QStringLiteral("totp_enrolled")).toBool();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return account.value(QStringLiteral("username")).toString();
        case DisplayNameColumn:
            return account.value(QStringLiteral("display_name")).toString();
        case RoleColumn:
            return roleText(account.value(QStringLiteral("role")).toString());
        case StatusColumn:
            if (isDisabled)
                return tr("Disabled");
            if (isLocked) {
                // Lockouts last minutes: the time alone says enough on the same day.
                const QDateTime until = QDateTime::fromMSecsSinceEpoch(lockedUntil);
                return tr("Locked until %1")
                    .arg(until.date() == QDate::currentDate()
                             ? QLocale().toString(until.time(), QLocale::ShortFormat)
                             : formatTime(lockedUntil));
            }
            return tr("Active");
        case TwoFactorColumn:
            return hasTwoFactor ? tr("On") : tr("Off");
        case LastLoginColumn: {
            const qint64 lastLogin = account.value(QStringLiteral("last_login_at")).toInteger();
            return lastLogin > 0 ? formatTime(lastLogin) : tr("Never");
        }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && isDisabled)
            return QBrush(Shell::Theme::errorColor());
        if (index.column() == StatusColumn && isLocked)
            return QBrush(Shell::Theme::isDark() ? QColor(0xf0, 0xb4, 0x5c)
                                                 : QColor(0xa0, 0x55, 0x00));
        if (isDisabled || (index.column() == TwoFactorColumn && !hasTwoFactor))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return idOf(account);
    }
    return {};
}

QVariant OperatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case TwoFactorColumn:
        return tr("Two-factor");
    case LastLoginColumn:
        return tr("Last login");
    }
    return {};
}

void OperatorListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_session.call(QStringLiteral("operator.list"), {}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_error = result.message;
                           Q_EMIT errorOccurred(m_error);
                           return;
                       }
                       m_error.clear();
                       QList<QJsonObject> operators;
                       const QJsonArray rows = result.data.toArray();
                       for (const QJsonValue &row : rows)
                           operators << row.toObject();
                       apply(std::move(operators));
                       Q_EMIT loaded();
                   });
}

void OperatorListModel::apply(QList<QJsonObject> operators)
{
    bool isSameList = operators.size() == m_operators.size();
    for (int row = 0; isSameList && row < operators.size(); ++row)
        isSameList = idOf(operators.at(row)) == idOf(m_operators.at(row));
    if (!isSameList) {
        beginResetModel();
        m_operators = std::move(operators);
        endResetModel();
        return;
    }
    m_operators = std::move(operators);
    if (!m_operators.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_operators.size()) - 1, ColumnCount - 1));
}

} // namespace Steward::Admin
