#include "historylist.h"

#include <QHeaderView>

namespace Steward::Moderation {

namespace {

constexpr int kMostRowsShown = 6;

} // namespace

HistoryList::HistoryList(const QStringList &headers, QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    // Long texts elide; their tooltip holds the whole text.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
}

void HistoryList::reset(const QString &emptyText)
{
    clear();
    m_emptyText = emptyText;
}

QTreeWidgetItem *HistoryList::addRow(const QStringList &columns)
{
    auto *item = new QTreeWidgetItem(this, columns);
    for (int column = 0; column < columns.size(); ++column)
        item->setToolTip(column, columns.at(column));
    return item;
}

void HistoryList::finish()
{
    if (topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(this, {m_emptyText});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        // Fitted, but never so wide that the last column disappears.
        const int most = std::max(60, viewport()->width() / columnCount());
        for (int column = 0; column < columnCount() - 1; ++column)
            setColumnWidth(column, std::min(most, sizeHintForColumn(column) + 12));
    }
    updateGeometry();
}

QSize HistoryList::sizeHint() const
{
    const int rows = std::clamp(topLevelItemCount(), 1, kMostRowsShown);
    const int rowHeight = std::max(fontMetrics().height() + 6, sizeHintForRow(0));
    return {QTreeWidget::sizeHint().width(),
            header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth() + 2};
}

} // namespace Steward::Moderation
