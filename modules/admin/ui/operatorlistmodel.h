#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::Admin {

/** The console's operators (a few dozen at most, so loaded whole by `operator.list`) with
 *  role, status, two-factor enrollment and last login. Reloads itself when an operator
 *  command commits; rows keep their place when the same operators come back. */
class OperatorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        StatusColumn,
        TwoFactorColumn,
        LastLoginColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OperatorListModel(Shell::ConsoleSession &session, QObject *parent = nullptr);

    /** The operator as `operator.list` returned it. */
    QJsonObject operatorAt(int row) const;
    /** The row of operator @p id, or -1. */
    int rowOf(qint64 id) const;
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();

    /** Translated name of a role ("finance" → "Finance"). */
    static QString roleText(const QString &role);

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    void apply(QList<QJsonObject> operators);

    Shell::ConsoleSession &m_session;
    QList<QJsonObject> m_operators;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace Steward::Admin
