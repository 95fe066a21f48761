#include "documentcanvas.h"

#include <QBuffer>
#include <QImageReader>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QWheelEvent>

#include <cmath>

namespace Steward::Kyc {

namespace {

// Pixels an arrow key or a wheel notch without Ctrl moves the image.
constexpr double kPanStep = 48.0;

} // namespace

DocumentCanvas::DocumentCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Document image"));
}

DocumentCanvas::~DocumentCanvas() = default;

bool DocumentCanvas::setImage(const QByteArray &content, const QString &mimeType)
{
    clearImage();
    if (mimeType.startsWith(QLatin1String("image/svg"))) {
        auto renderer = std::make_unique<QSvgRenderer>(content);
        if (renderer->isValid() && !renderer->defaultSize().isEmpty()) {
            renderer->setAspectRatioMode(Qt::KeepAspectRatio);
            m_svg = std::move(renderer);
            m_zoom.setImageSize(m_svg->defaultSize());
        }
    } else {
        QBuffer buffer;
        buffer.setData(content);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        m_image = reader.read();
        if (!m_image.isNull())
            m_zoom.setImageSize(m_image.size());
    }
    if (!hasImage()) {
        showMessage(tr("This image could not be read (%1).").arg(mimeType));
        return false;
    }
    m_message.clear();
    m_isMasked = false;
    zoomed();
    return true;
}

void DocumentCanvas::showMessage(const QString &text, bool isMasked)
{
    clearImage();
    m_message = text;
    m_isMasked = isMasked;
    setAccessibleDescription(text);
    zoomed();
}

bool DocumentCanvas::hasImage() const
{
    return m_svg || !m_image.isNull();
}

void DocumentCanvas::clearImage()
{
    m_svg.reset();
    m_image = QImage();
    m_isDragging = false;
    m_zoom.setImageSize({});
}

void DocumentCanvas::zoomIn()
{
    if (!hasImage())
        return;
    m_zoom.zoomIn();
    zoomed();
}

void DocumentCanvas::zoomOut()
{
    if (!hasImage())
        return;
    m_zoom.zoomOut();
    zoomed();
}

void DocumentCanvas::fitToWindow()
{
    if (!hasImage())
        return;
    m_zoom.fit();
    zoomed();
}

void DocumentCanvas::showActualSize()
{
    if (!hasImage())
        return;
    m_zoom.setScale(1.0);
    zoomed();
}

QSize DocumentCanvas::sizeHint() const
{
    return {420, 320};
}

QSize DocumentCanvas::minimumSizeHint() const
{
    return {160, 120};
}

void DocumentCanvas::zoomed()
{
    updateCursor();
    update();
    Q_EMIT zoomChanged();
}

void DocumentCanvas::updateCursor()
{
    if (m_isDragging)
        setCursor(Qt::ClosedHandCursor);
    else if (hasImage() && m_zoom.canPan())
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void DocumentCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor window = palette().color(QPalette::Window);
    painter.fillRect(rect(), window.lightness() < 128 ? window.darker(135) : window.darker(112));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    if (hasImage()) {
        const QRectF target = m_zoom.imageRect();
        // A soft edge so a white document stands out from a light background.
        painter.fillRect(target.translated(2, 3), QColor(0, 0, 0, 60));
        if (m_svg) {
            painter.fillRect(target, Qt::white);
            m_svg->render(&painter, target);
        } else {
            painter.drawImage(target, m_image);
        }
    } else {
        const QRectF area = QRectF(rect()).adjusted(24, 24, -24, -24);
        if (m_isMasked)
            paintMaskedDocument(painter, area);
        if (!m_message.isEmpty()) {
            QRectF textArea = area;
            if (m_isMasked) {
                // Under the outline's photo, on a plate that keeps the text readable.
                const QFontMetricsF metrics(font());
                const QRectF bounds =
                    metrics.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
                const QRectF plate = bounds.adjusted(-12, -8, 12, 8);
                painter.setPen(Qt::NoPen);
                painter.setBrush(palette().color(QPalette::Window));
                painter.drawRoundedRect(plate, 6, 6);
                textArea = bounds;
            }
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(textArea, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        }
    }

    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void DocumentCanvas::paintMaskedDocument(QPainter &painter, const QRectF &area) const
{
    // The outline of an identity card, its photo and its text lines, with nothing readable.
    const double cardRatio = 85.6 / 54.0;
    QSizeF card(area.width(), area.width() / cardRatio);
    if (card.height() > area.height())
        card = QSizeF(area.height() * cardRatio, area.height());
    card *= 0.9;
    const QRectF cardRect(area.center() - QPointF(card.width() / 2, card.height() / 2), card);
    const QColor base = palette().color(QPalette::Mid);
    const QColor paper = palette().color(QPalette::Button);

    painter.setPen(QPen(base, 1.5));
    painter.setBrush(paper);
    painter.drawRoundedRect(cardRect, card.height() * 0.06, card.height() * 0.06);

    painter.setPen(Qt::NoPen);
    painter.setBrush(base);
    const QRectF photo(cardRect.left() + card.width() * 0.06, cardRect.top() + card.height() * 0.22,
                       card.width() * 0.26, card.height() * 0.6);
    painter.drawRoundedRect(photo, 4, 4);
    const double left = photo.right() + card.width() * 0.06;
    const double lineHeight = card.height() * 0.06;
    const double widths[] = {0.5, 0.38, 0.44, 0.3, 0.46};
    for (int i = 0; i < 5; ++i) {
        const double top = cardRect.top() + card.height() * (0.24 + i * 0.12);
        painter.drawRoundedRect(QRectF(left, top, card.width() * widths[i], lineHeight),
                                lineHeight / 2, lineHeight / 2);
    }
    painter.drawRoundedRect(QRectF(cardRect.left() + card.width() * 0.06,
                                   cardRect.top() + card.height() * 0.07, card.width() * 0.4,
                                   lineHeight * 1.2),
                            lineHeight / 2, lineHeight / 2);
}

void DocumentCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wasFitting = m_zoom.isFitting();
    m_zoom.setViewportSize(size());
    updateCursor();
    if (wasFitting)
        Q_EMIT zoomChanged();
}

void DocumentCanvas::wheelEvent(QWheelEvent *event)
{
    if (!hasImage()) {
        event->ignore();
        return;
    }
    const QPoint degrees = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = degrees.y() / 120.0;
        m_zoom.zoomBy(std::pow(ImageZoom::StepFactor, steps), event->position());
        zoomed();
    } else {
        QPointF delta = event->pixelDelta().isNull() ? QPointF(degrees) / 120.0 * kPanStep
                                                     : QPointF(event->pixelDelta());
        if (event->modifiers() & Qt::ShiftModifier)
            delta = QPointF(delta.y(), delta.x());
        const QPointF before = m_zoom.origin();
        m_zoom.panBy(delta);
        if (m_zoom.origin() == before) {
            // At the edge: let the page around scroll instead.
            event->ignore();
            return;
        }
        update();
    }
    event->accept();
}

void DocumentCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && hasImage() && m_zoom.canPan()) {
        m_isDragging = true;
        m_lastDragPosition = event->position();
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void DocumentCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_isDragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_zoom.panBy(event->position() - m_lastDragPosition);
    m_lastDragPosition = event->position();
    update();
}

void DocumentCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_isDragging && event->button() == Qt::LeftButton) {
        m_isDragging = false;
        updateCursor();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void DocumentCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!hasImage())
        return;
    // Toggles between the whole document and its real size at the point clicked.
    if (m_zoom.isFitting())
        m_zoom.zoomBy(1.0 / m_zoom.scale(), event->position());
    else
        m_zoom.fit();
    zoomed();
}

void DocumentCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!hasImage()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_1:
        showActualSize();
        return;
    case Qt::Key_Left:
        m_zoom.panBy({kPanStep, 0});
        break;
    case Qt::Key_Right:
        m_zoom.panBy({-kPanStep, 0});
        break;
    case Qt::Key_Up:
        m_zoom.panBy({0, kPanStep});
        break;
    case Qt::Key_Down:
        m_zoom.panBy({0, -kPanStep});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace Steward::Kyc
