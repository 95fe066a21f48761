#pragma once

#include <QStyledItemDelegate>

namespace Steward::Kyc {

/** Draws a case's due time ("due in 3 h", "overdue 5 h") with a marker: a filled warning dot
 *  when the case is overdue, an outlined one when it falls due within the next few hours. */
class KycDueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** A case due within this many milliseconds is marked as due soon. */
    static constexpr qint64 DueSoon = 4 * 60 * 60 * 1000;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Steward::Kyc
