#pragma once

#include <QTreeWidget>

namespace Steward::Moderation {

/** A read-only list of past records (decisions, other reports, strikes) in the detail panes:
 *  no selection, no focus, a sentence in place of an empty list, and only as tall as its
 *  rows need up to a limit. */
class HistoryList : public QTreeWidget
{
    Q_OBJECT
public:
    HistoryList(const QStringList &headers, QWidget *parent = nullptr);

    /** Removes the rows and shows @p text when nothing is added. */
    void reset(const QString &emptyText);
    QTreeWidgetItem *addRow(const QStringList &columns);
    /** Fits the columns but the last to their contents, once the rows are in. */
    void finish();

    QSize sizeHint() const override;

private:
    QString m_emptyText;
};

} // namespace Steward::Moderation
