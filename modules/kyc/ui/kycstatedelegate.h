#pragma once

#include <QStyledItemDelegate>

namespace Steward::Kyc {

/** Draws a case's state as a coloured badge, followed by a "2nd review" badge in the warning
 *  colour when a first approval waits for a different reviewer. */
class KycStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Steward::Kyc
