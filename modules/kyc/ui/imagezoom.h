#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace Steward::Kyc {

/** The geometry of an image shown zoomed and panned inside a viewport: the scale, where the
 *  image's top-left corner lies in viewport pixels, and the rules that keep it sensible. An image
 *  smaller than the viewport is centred; a larger one can be panned only as far as its edges.
 *  Zooming around a point keeps the image point under it in place, so Ctrl+wheel zooms towards
 *  the mouse. In fit mode the image follows the viewport's size. */
class ImageZoom
{
public:
    static constexpr double MinimumScale = 0.05;
    static constexpr double MaximumScale = 16.0;
    /** One zoom step (a wheel notch, + or −). */
    static constexpr double StepFactor = 1.25;

    void setImageSize(const QSizeF &size);
    QSizeF imageSize() const { return m_imageSize; }
    void setViewportSize(const QSize &size);
    QSize viewportSize() const { return m_viewportSize; }

    /** Fits the whole image into the viewport and keeps it fitted as the viewport changes. */
    void fit();
    bool isFitting() const { return m_isFitting; }
    /** The scale at which the whole image just fits, centred. */
    double fitScale() const;

    /** Sets @p scale (1.0 = 100 %) around the viewport's centre. */
    void setScale(double scale);
    /** Multiplies the scale by @p factor keeping the image point under @p anchor (viewport
     *  pixels) where it is. */
    void zoomBy(double factor, const QPointF &anchor);
    /** One step in or out around the viewport's centre. */
    void zoomIn();
    void zoomOut();
    double scale() const { return m_scale; }
    /** The scale in whole percent, as the zoom label shows it. */
    int percent() const;

    /** Moves the image by @p delta viewport pixels, as far as its edges allow. */
    void panBy(const QPointF &delta);
    /** True when the image is larger than the viewport in some direction, i.e. can be panned. */
    bool canPan() const;

    /** The image's top-left corner in viewport pixels. */
    QPointF origin() const { return m_origin; }
    /** Where the image is drawn, in viewport pixels. */
    QRectF imageRect() const;
    QPointF mapToImage(const QPointF &viewportPoint) const;
    QPointF mapFromImage(const QPointF &imagePoint) const;

private:
    void applyScale(double scale, const QPointF &anchor);
    void clampOrigin();

    QSizeF m_imageSize;
    QSize m_viewportSize;
    double m_scale = 1.0;
    QPointF m_origin;
    bool m_isFitting = true;
};

} // namespace Steward::Kyc
