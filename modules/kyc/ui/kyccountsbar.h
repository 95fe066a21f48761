#pragma once

#include <QAbstractButton>
#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;

namespace Steward::Kyc {

/** One figure of the counts bar: a title, a large count and, when some are overdue, how many in
 *  the warning colour. Checkable; the checked one is the list's current state filter. */
class CountTile : public QAbstractButton
{
    Q_OBJECT
public:
    CountTile(const QString &title, QWidget *parent = nullptr);

    void setCounts(qint64 count, qint64 overdue);
    qint64 count() const { return m_count; }
    qint64 overdue() const { return m_overdue; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    qint64 m_count = -1;
    qint64 m_overdue = 0;
};

/** The counts over the case list: open cases (with how many are overdue), each state, and an
 *  "Overdue" tile. Clicking a tile (or Space on it) filters the list; the numbers come from
 *  `kyc.counts`. */
class KycCountsBar : public QWidget
{
    Q_OBJECT
public:
    explicit KycCountsBar(QWidget *parent = nullptr);

    /** Shows `kyc.counts`' answer. */
    void setCounts(const QJsonObject &counts);
    /** Checks the tile of @p state ("open", "" for all, or a state) without emitting. */
    void setCurrentState(const QString &state);
    void setOverdueOnly(bool isOverdueOnly);

    CountTile *tile(const QString &state) const;
    CountTile *overdueTile() const { return m_overdue; }

Q_SIGNALS:
    void stateChosen(const QString &state);
    void overdueOnlyToggled(bool isOverdueOnly);

private:
    void addTile(const QString &state, const QString &title);

    QHBoxLayout *m_layout = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<std::pair<QString, CountTile *>> m_tiles;
    CountTile *m_overdue = nullptr;
};

} // namespace Steward::Kyc
