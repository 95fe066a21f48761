#pragma once

#include <QTableView>

#include <initializer_list>
#include <utility>

namespace Steward::Shell {

/** The table every list page uses: whole-row single selection, read-only, alternating rows,
 *  fixed row heights (so a window of a paged model lays out without measuring each row), and
 *  column widths given in ems so they follow the font. */
class RecordTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    /** Sets each (column, width in ems); the last column stretches. */
    void setColumnWidthsInEms(std::initializer_list<std::pair<int, int>> widths);
};

} // namespace Steward::Shell
