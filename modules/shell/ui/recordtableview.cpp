#include "recordtableview.h"

#include <QHeaderView>

namespace Steward::Shell {

RecordTableView::RecordTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
}

void RecordTableView::setColumnWidthsInEms(std::initializer_list<std::pair<int, int>> widths)
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, ems] : widths)
        horizontalHeader()->resizeSection(column, ems * em);
}

} // namespace Steward::Shell
