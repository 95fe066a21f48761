#include "kycduedelegate.h"

#include "kyccasemodel.h"
#include "kyctext.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>

namespace Steward::Kyc {

void KycDueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const bool isOverdue = index.data(KycCaseModel::OverdueRole).toBool();
    const auto *model = qobject_cast<const KycCaseModel *>(index.model());
    const qint64 dueAt = index.data(KycCaseModel::DueAtRole).toLongLong();
    const bool isOpen = KycText::isOpenState(index.data(KycCaseModel::StateRole).toString());
    const bool isDueSoon =
        !isOverdue && isOpen && model && dueAt > 0 && dueAt - model->now() < DueSoon;

    // The row's background, selection and focus; the text is drawn after the marker.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const bool isSelected = option.state & QStyle::State_Selected;
    if (isOverdue || isDueSoon) {
        const int marker = item.fontMetrics.height() / 2;
        const QRectF dot(textRect.left() + 2, textRect.center().y() - marker / 2.0 + 1, marker,
                         marker);
        const QColor color = isSelected ? option.palette.color(QPalette::HighlightedText)
                                        : Shell::Theme::warningColor();
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(isOverdue ? QBrush(color) : QBrush(Qt::NoBrush));
        painter->drawEllipse(dot);
        textRect.setLeft(textRect.left() + marker + 8);
    }
    painter->setFont(item.font);
    QColor textColor = option.palette.color(QPalette::Text);
    if (isSelected)
        textColor = option.palette.color(QPalette::HighlightedText);
    else if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.isValid())
        textColor = foreground.value<QBrush>().color();
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      item.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace Steward::Kyc
