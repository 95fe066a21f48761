#pragma once

#include "imagezoom.h"

#include <QByteArray>
#include <QImage>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>

class QSvgRenderer;

namespace Steward::Kyc {

/** One document image, zoomable and pannable: Ctrl+wheel zooms towards the mouse, the wheel
 *  scrolls, dragging pans, and the keyboard has + / − (zoom), 0 (fit), 1 (100 %) and the arrow
 *  keys (pan). SVG documents are drawn as vectors at every zoom, raster images (PNG, JPEG, WebP…)
 *  through QImage. Without an image it shows a message, or the masked outline of a document when
 *  the images are not revealed yet. */
class DocumentCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentCanvas(QWidget *parent = nullptr);
    ~DocumentCanvas() override;

    /** Shows @p content, a file of type @p mimeType. Returns false, showing why, when it cannot
     *  be read. */
    bool setImage(const QByteArray &content, const QString &mimeType);
    /** Shows @p text instead of an image; with @p isMasked, over a masked document outline. */
    void showMessage(const QString &text, bool isMasked = false);

    bool hasImage() const;
    QString message() const { return m_message; }
    bool isMasked() const { return m_isMasked; }

    const ImageZoom &zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** The scale or the fit mode changed. */
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void clearImage();
    void zoomed();
    void updateCursor();
    void paintMaskedDocument(QPainter &painter, const QRectF &area) const;

    ImageZoom m_zoom;
    QImage m_image;
    std::unique_ptr<QSvgRenderer> m_svg;
    QString m_message;
    bool m_isMasked = false;
    bool m_isDragging = false;
    QPointF m_lastDragPosition;
};

} // namespace Steward::Kyc
