#include "kyccountsbar.h"

#include "kyctext.h"
#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace Steward::Kyc {

CountTile::CountTile(const QString &title, QWidget *parent)
    : QAbstractButton(parent), m_title(title)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void CountTile::setCounts(qint64 count, qint64 overdue)
{
    m_count = count;
    m_overdue = overdue;
    setAccessibleDescription(
        overdue > 0
            ? tr("%1, %2 overdue").arg(QLocale().toString(count)).arg(QLocale().toString(overdue))
            : QLocale().toString(count));
    updateGeometry();
    update();
}

QSize CountTile::sizeHint() const
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics small(font());
    const QFontMetrics smallBold(bold);
    const QFontMetrics large(big);
    const QString countText = m_count < 0 ? QStringLiteral("…") : QLocale().toString(m_count);
    const QString overdueText = tr("%1 overdue").arg(QLocale().toString(m_overdue));
    const int width =
        std::max({small.horizontalAdvance(m_title),
                  large.horizontalAdvance(countText) +
                      (m_overdue > 0 ? smallBold.horizontalAdvance(overdueText) + 8 : 0),
                  60});
    return {width + 20, small.height() + large.height() + 14};
}

void CountTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor background = colors.color(QPalette::Base);
    QColor border = colors.color(QPalette::Mid);
    if (isChecked()) {
        background = colors.color(QPalette::Highlight);
        background.setAlphaF(0.16);
        border = colors.color(QPalette::Highlight);
    } else if (underMouse()) {
        border = colors.color(QPalette::Highlight).lighter(130);
    }
    painter.setPen(QPen(border, isChecked() ? 2 : 1));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 6, 6);

    const QRect inner = rect().adjusted(10, 6, -10, -6);
    painter.setPen(colors.color(QPalette::PlaceholderText));
    painter.setFont(font());
    const QFontMetrics small(font());
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), small.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    const QFontMetrics large(big);
    const QRect countRect(inner.left(), inner.top() + small.height() + 2, inner.width(),
                          large.height());
    painter.setFont(big);
    painter.setPen(colors.color(QPalette::WindowText));
    const QString countText = m_count < 0 ? QStringLiteral("…") : QLocale().toString(m_count);
    painter.drawText(countRect, Qt::AlignLeft | Qt::AlignVCenter, countText);
    if (m_overdue > 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(Shell::Theme::warningColor());
        const QRect overdueRect =
            countRect.adjusted(large.horizontalAdvance(countText) + 8, 0, 0, -large.descent());
        painter.drawText(overdueRect, Qt::AlignLeft | Qt::AlignBottom,
                         tr("%1 overdue").arg(QLocale().toString(m_overdue)));
    }

    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(3, 3, -3, -3);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

KycCountsBar::KycCountsBar(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);

    addTile(QStringLiteral("open"), tr("Open"));
    for (const char *state :
         {"pending", "in_review", "escalated", "resubmission_requested", "approved", "rejected"}) {
        const QString name = QString::fromLatin1(state);
        addTile(name, KycText::stateName(name));
    }
    addTile(QString(), tr("All"));
    m_layout->addSpacing(12);
    m_overdue = new CountTile(tr("Overdue only"), this);
    m_overdue->setToolTip(tr("Show only open cases past their due time"));
    m_layout->addWidget(m_overdue);
    m_layout->addStretch(1);
    connect(m_overdue, &CountTile::toggled, this, &KycCountsBar::overdueOnlyToggled);
}

void KycCountsBar::addTile(const QString &state, const QString &title)
{
    auto *tile = new CountTile(title, this);
    tile->setToolTip(state.isEmpty() ? tr("Show every case")
                                     : tr("Show the cases in “%1”").arg(title));
    m_group->addButton(tile);
    m_layout->addWidget(tile);
    m_tiles.append({state, tile});
    connect(tile, &CountTile::clicked, this, [this, state] { Q_EMIT stateChosen(state); });
}

CountTile *KycCountsBar::tile(const QString &state) const
{
    for (const auto &[name, tile] : m_tiles)
        if (name == state)
            return tile;
    return nullptr;
}

void KycCountsBar::setCounts(const QJsonObject &counts)
{
    qint64 all = 0;
    const QJsonArray states = counts.value(QStringLiteral("states")).toArray();
    for (const QJsonValue &value : states) {
        const QJsonObject row = value.toObject();
        const qint64 count = row.value(QStringLiteral("count")).toInteger();
        all += count;
        if (CountTile *stateTile = tile(row.value(QStringLiteral("state")).toString()))
            stateTile->setCounts(count, row.value(QStringLiteral("overdue")).toInteger());
    }
    const qint64 overdue = counts.value(QStringLiteral("overdue")).toInteger();
    tile(QStringLiteral("open"))
        ->setCounts(counts.value(QStringLiteral("open")).toInteger(), overdue);
    tile(QString())->setCounts(all, 0);
    m_overdue->setCounts(overdue, 0);
}

void KycCountsBar::setCurrentState(const QString &state)
{
    if (CountTile *stateTile = tile(state)) {
        const QSignalBlocker blocker(stateTile);
        stateTile->setChecked(true);
    }
}

void KycCountsBar::setOverdueOnly(bool isOverdueOnly)
{
    const QSignalBlocker blocker(m_overdue);
    m_overdue->setChecked(isOverdueOnly);
}

} // namespace Steward::Kyc
