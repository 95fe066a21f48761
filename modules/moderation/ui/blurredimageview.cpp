#include "blurredimageview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Steward::Moderation {

BlurredImageView::BlurredImageView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("photo"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Reported photo"));
    m_hiddenHint = tr("Photo hidden — click to reveal");
}

void BlurredImageView::setImage(const QImage &image, bool startHidden)
{
    m_message.clear();
    m_image = image;
    m_blurred = image.isNull() ? QImage() : blurred(image);
    const bool wasRevealed = m_isRevealed;
    m_isRevealed = !startHidden;
    setCursor(image.isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
    if (wasRevealed != m_isRevealed)
        Q_EMIT revealedChanged(m_isRevealed);
}

void BlurredImageView::setMessage(const QString &text)
{
    const bool wasRevealed = isRevealed();
    m_image = QImage();
    m_blurred = QImage();
    m_message = text;
    m_isRevealed = false;
    setCursor(Qt::ArrowCursor);
    update();
    if (wasRevealed)
        Q_EMIT revealedChanged(false);
}

void BlurredImageView::setRevealed(bool revealed)
{
    if (!hasImage() || revealed == m_isRevealed)
        return;
    m_isRevealed = revealed;
    update();
    Q_EMIT revealedChanged(revealed);
}

void BlurredImageView::setHiddenHint(const QString &text)
{
    m_hiddenHint = text;
    update();
}

QSize BlurredImageView::sizeHint() const
{
    return {320, 240};
}

QSize BlurredImageView::minimumSizeHint() const
{
    return {160, 120};
}

QImage BlurredImageView::blurred(const QImage &image)
{
    // Shrinking to a few dozen pixels and growing back smoothly, twice, leaves only colour
    // blotches: a box blur with a radius of several percent of the image, at almost no cost.
    QImage small = image.convertToFormat(QImage::Format_RGB32)
                       .scaled(24, 24, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    small = small.scaled(small.size() * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(small.size() / 2 + QSize(1, 1), Qt::IgnoreAspectRatio,
                        Qt::SmoothTransformation);
    return small.scaled(image.size().boundedTo(QSize(480, 480)), Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

void BlurredImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath frame;
    frame.addRoundedRect(area, 6, 6);
    painter.fillPath(frame, palette().color(QPalette::Base).darker(108));

    if (!hasImage()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }

    const QImage &shown = m_isRevealed ? m_image : m_blurred;
    QSizeF size = m_image.size();
    size.scale(area.size() - QSizeF(8, 8), Qt::KeepAspectRatio);
    QRectF target(QPointF(), size);
    target.moveCenter(area.center());
    painter.save();
    QPainterPath clip;
    clip.addRoundedRect(target, 4, 4);
    painter.setClipPath(clip);
    painter.drawImage(target, shown);
    if (!m_isRevealed) {
        painter.fillRect(target, QColor(0, 0, 0, 110));
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(target.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_hiddenHint);
    }
    painter.restore();
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawPath(frame);
    }
}

void BlurredImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && hasImage()) {
        toggleRevealed();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void BlurredImageView::keyPressEvent(QKeyEvent *event)
{
    if (hasImage() && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                       event->key() == Qt::Key_Enter)) {
        toggleRevealed();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Steward::Moderation
