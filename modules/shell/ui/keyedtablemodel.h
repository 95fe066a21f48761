#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Steward::Shell {

/** A table of rows that have a stable id and arrive in windows from a list command (people,
 *  reports, KYC cases). When a loaded window is fetched again after a change, mergeRows()
 *  applies the difference as removals, moves and insertions instead of a reset, so the views
 *  keep their selection, current row and scroll position while other consoles work. */
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /** Makes @p current equal @p fresh, both in the list's order; @p idOf gives a row's id.
     *  Rows that left are removed, rows that stay but changed places move (their persistent
     *  indexes follow them), new rows are inserted where they sort, and every remaining row
     *  takes its fresh values. */
    template <typename Row, typename IdOf>
    void mergeRows(QList<Row> &current, QList<Row> fresh, IdOf idOf)
    {
        QSet<qint64> freshIds;
        for (const Row &row : std::as_const(fresh))
            freshIds.insert(idOf(row));

        // 1. Rows that left go, a contiguous run at a time.
        for (int last = int(current.size()) - 1; last >= 0; --last) {
            if (freshIds.contains(idOf(current.at(last))))
                continue;
            int first = last;
            while (first > 0 && !freshIds.contains(idOf(current.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            current.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }

        // 2. Rows that stay but changed places move, carrying their selection with them.
        QSet<qint64> keptIds;
        for (const Row &row : std::as_const(current))
            keptIds.insert(idOf(row));
        QList<Row> kept;
        for (const Row &row : std::as_const(fresh))
            if (keptIds.contains(idOf(row)))
                kept << row;
        bool isReordered = false;
        for (int i = 0; i < kept.size() && !isReordered; ++i)
            isReordered = idOf(kept.at(i)) != idOf(current.at(i));
        if (isReordered) {
            Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            QHash<qint64, int> newRowOf;
            for (int i = 0; i < kept.size(); ++i)
                newRowOf.insert(idOf(kept.at(i)), i);
            const QModelIndexList persistent = persistentIndexList();
            QModelIndexList moved;
            for (const QModelIndex &index : persistent)
                moved << this->index(newRowOf.value(idOf(current.at(index.row()))), index.column());
            current = kept;
            changePersistentIndexList(persistent, moved);
            Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }

        // 3. New rows arrive where they sort; the others take their fresh values.
        int position = 0;
        for (int next = 0; next < fresh.size();) {
            if (keptIds.contains(idOf(fresh.at(next)))) {
                current[position++] = fresh.at(next++);
                continue;
            }
            const int first = next;
            while (next < fresh.size() && !keptIds.contains(idOf(fresh.at(next))))
                ++next;
            beginInsertRows({}, position, position + (next - first) - 1);
            for (int i = first; i < next; ++i)
                current.insert(position++, fresh.at(i));
            endInsertRows();
        }
        if (!current.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(current.size()) - 1, columnCount() - 1));
    }
};

} // namespace Steward::Shell
