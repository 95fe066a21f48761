#include "imagezoom.h"

#include <algorithm>
#include <cmath>

namespace Steward::Kyc {

void ImageZoom::setImageSize(const QSizeF &size)
{
    m_imageSize = size;
    fit();
}

void ImageZoom::setViewportSize(const QSize &size)
{
    if (size == m_viewportSize)
        return;
    // The image point at the viewport's centre stays at the centre.
    const QPointF oldCentre(m_viewportSize.width() / 2.0, m_viewportSize.height() / 2.0);
    const QPointF centredImagePoint = mapToImage(oldCentre);
    m_viewportSize = size;
    if (m_isFitting) {
        fit();
        return;
    }
    const QPointF newCentre(size.width() / 2.0, size.height() / 2.0);
    m_origin = newCentre - centredImagePoint * m_scale;
    clampOrigin();
}

double ImageZoom::fitScale() const
{
    if (m_imageSize.isEmpty() || m_viewportSize.isEmpty())
        return 1.0;
    const double scale = std::min(m_viewportSize.width() / m_imageSize.width(),
                                  m_viewportSize.height() / m_imageSize.height());
    return std::clamp(scale, MinimumScale, MaximumScale);
}

void ImageZoom::fit()
{
    m_isFitting = true;
    m_scale = fitScale();
    clampOrigin();
}

void ImageZoom::setScale(double scale)
{
    applyScale(scale, QPointF(m_viewportSize.width() / 2.0, m_viewportSize.height() / 2.0));
}

void ImageZoom::zoomBy(double factor, const QPointF &anchor)
{
    if (factor <= 0)
        return;
    applyScale(m_scale * factor, anchor);
}

void ImageZoom::zoomIn()
{
    setScale(m_scale * StepFactor);
}

void ImageZoom::zoomOut()
{
    setScale(m_scale / StepFactor);
}

int ImageZoom::percent() const
{
    return int(std::lround(m_scale * 100.0));
}

void ImageZoom::panBy(const QPointF &delta)
{
    m_origin += delta;
    clampOrigin();
}

bool ImageZoom::canPan() const
{
    const QRectF rect = imageRect();
    return rect.width() > m_viewportSize.width() + 0.5 ||
           rect.height() > m_viewportSize.height() + 0.5;
}

QRectF ImageZoom::imageRect() const
{
    return QRectF(m_origin, m_imageSize * m_scale);
}

QPointF ImageZoom::mapToImage(const QPointF &viewportPoint) const
{
    return (viewportPoint - m_origin) / m_scale;
}

QPointF ImageZoom::mapFromImage(const QPointF &imagePoint) const
{
    return m_origin + imagePoint * m_scale;
}

void ImageZoom::applyScale(double scale, const QPointF &anchor)
{
    const QPointF imagePoint = mapToImage(anchor);
    m_scale = std::clamp(scale, MinimumScale, MaximumScale);
    m_isFitting = false;
    m_origin = anchor - imagePoint * m_scale;
    clampOrigin();
}

void ImageZoom::clampOrigin()
{
    const QSizeF scaled = m_imageSize * m_scale;
    const auto clampAxis = [](double origin, double scaledLength, double viewportLength) {
        if (scaledLength <= viewportLength)
            return (viewportLength - scaledLength) / 2.0;
        return std::clamp(origin, viewportLength - scaledLength, 0.0);
    };
    m_origin.setX(clampAxis(m_origin.x(), scaled.width(), m_viewportSize.width()));
    m_origin.setY(clampAxis(m_origin.y(), scaled.height(), m_viewportSize.height()));
}

} // namespace Steward::Kyc
