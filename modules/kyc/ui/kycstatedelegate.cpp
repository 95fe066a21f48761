#include "kycstatedelegate.h"

#include "kyccasemodel.h"
#include "kycstyle.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>

namespace Steward::Kyc {

namespace {

constexpr int kPadding = 6;

/** Draws @p text as a rounded badge starting at @p left; returns its right edge. */
int drawBadge(QPainter *painter, const QRect &cell, int left, const QString &text,
              const KycStyle::Badge &badge, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int height = std::min(cell.height() - 4, metrics.height() + 2);
    const QRect box(left, cell.center().y() - height / 2 + 1,
                    metrics.horizontalAdvance(text) + 2 * kPadding, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badge.background);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(badge.text);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    return box.right();
}

} // namespace

void KycStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The row's background, selection and focus, without the text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.92);
    const QString state = index.data(KycCaseModel::StateRole).toString();
    int right =
        drawBadge(painter, option.rect, option.rect.left() + 4,
                  index.data(Qt::DisplayRole).toString(), KycStyle::stateBadge(state), font);
    if (index.data(KycCaseModel::NeedsSecondReviewRole).toBool()) {
        const KycStyle::Badge warning{Shell::Theme::warningBackground(),
                                      Shell::Theme::warningColor()};
        right = drawBadge(painter, option.rect, right + 4, tr("2nd review"), warning, font);
    }
    painter->restore();
}

QSize KycStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    int width =
        metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * kPadding + 8;
    if (index.data(KycCaseModel::NeedsSecondReviewRole).toBool())
        width += metrics.horizontalAdvance(tr("2nd review")) + 2 * kPadding + 4;
    size.setWidth(std::max(size.width(), width));
    return size;
}

} // namespace Steward::Kyc
