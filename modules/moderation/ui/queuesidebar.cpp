#include "queuesidebar.h"

#include "moderationtext.h"
#include "queuemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace Steward::Moderation {

namespace {

/** Title and age on two lines, the count in a pill on the right. */
class QueueDelegate : public QStyledItemDelegate
{
public:
    QueueDelegate(QueueModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 14,
                option.fontMetrics.height() * 2 + 18};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

        const bool isSelected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QColor text =
            palette.color(isSelected ? QPalette::HighlightedText : QPalette::WindowText);
        QColor secondary = isSelected ? palette.color(QPalette::HighlightedText)
                                      : palette.color(QPalette::PlaceholderText);
        if (isSelected)
            secondary.setAlphaF(0.8);

        const QRect area = option.rect.adjusted(10, 6, -10, -6);
        const QString queue = index.data(QueueModel::QueueRole).toString();
        const qint64 count = index.data(QueueModel::CountRole).toLongLong();
        const qint64 oldest = index.data(QueueModel::OldestRole).toLongLong();

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont titleFont = option.font;
        titleFont.setBold(true);
        QFont smallFont = option.font;
        smallFont.setPointSizeF(option.font.pointSizeF() * 0.88);

        // The count pill.
        const QString countText = index.data(QueueModel::CountTextRole).toString();
        const QFontMetrics titleMetrics(titleFont);
        const int pillWidth = titleMetrics.horizontalAdvance(countText) + 14;
        const QRect pill(area.right() - pillWidth + 1, area.top(), pillWidth,
                         titleMetrics.height() + 2);
        QPainterPath pillPath;
        pillPath.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        QColor pillColor = isSelected ? palette.color(QPalette::HighlightedText)
                                      : palette.color(QPalette::WindowText);
        pillColor.setAlphaF(isSelected ? 0.25 : 0.12);
        if (count > 0 && !isSelected &&
            (queue == QLatin1String("escalated") || queue == QLatin1String("appeals")))
            pillColor = ModerationText::severityColor(QStringLiteral("high"));
        painter->fillPath(pillPath, pillColor);
        painter->setFont(titleFont);
        painter->setPen(count > 0 && !isSelected && pillColor.alphaF() == 1.0 ? Qt::white : text);
        painter->drawText(pill, Qt::AlignCenter, countText);

        // Title and the oldest item's age.
        const QRect titleRect(area.left(), area.top(), pill.left() - area.left() - 6,
                              titleMetrics.height() + 2);
        painter->setPen(text);
        painter->drawText(
            titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            titleMetrics.elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
        QString detail;
        if (queue == QLatin1String("resolved"))
            detail = ModerationText::tr("decided items");
        else if (count == 0)
            detail = ModerationText::tr("nothing waiting");
        else if (oldest > 0)
            //: Under a queue's title: how long its oldest item has waited.
            detail =
                ModerationText::tr("oldest %1").arg(ModerationText::age(oldest, m_model->now()));
        painter->setFont(smallFont);
        painter->setPen(secondary);
        const QRect detailRect(area.left(), titleRect.bottom() + 2, area.width(),
                               QFontMetrics(smallFont).height());
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, detail);
        painter->restore();
    }

private:
    QueueModel *m_model;
};

} // namespace

QueueSidebar::QueueSidebar(QueueModel *model, QWidget *parent) : QListView(parent), m_model(model)
{
    setObjectName(QStringLiteral("queues"));
    setModel(model);
    setItemDelegate(new QueueDelegate(model, this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSpacing(1);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setAccessibleName(tr("Queues"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT queueChosen(current.data(QueueModel::QueueRole).toString());
            });
}

QString QueueSidebar::currentQueue() const
{
    return currentIndex().data(QueueModel::QueueRole).toString();
}

void QueueSidebar::setCurrentQueue(const QString &queue)
{
    const int row = m_model->rowOf(queue);
    if (row >= 0)
        setCurrentIndex(m_model->index(row));
}

QSize QueueSidebar::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14, 200};
}

} // namespace Steward::Moderation
