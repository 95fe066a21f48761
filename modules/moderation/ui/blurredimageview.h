#pragma once

#include <QImage>
#include <QWidget>

namespace Steward::Moderation {

/** Shows a reported photo scaled to fit. While hidden it shows a strongly blurred, darkened
 *  version with a note saying how to reveal it (moderator wellness: nobody sees harmful imagery
 *  by accident); a click, or the reveal key through setRevealed(), shows the photo and hides it
 *  again. Without an image it shows a message instead (loading, unavailable). */
class BlurredImageView : public QWidget
{
    Q_OBJECT
public:
    explicit BlurredImageView(QWidget *parent = nullptr);

    /** Shows @p image, hidden when @p startHidden. */
    void setImage(const QImage &image, bool startHidden);
    /** Shows @p text instead of an image. */
    void setMessage(const QString &text);
    void clear() { setMessage(QString()); }

    bool hasImage() const { return !m_image.isNull(); }
    const QImage &image() const { return m_image; }
    /** True when an image is shown unblurred. */
    bool isRevealed() const { return hasImage() && m_isRevealed; }
    void setRevealed(bool revealed);
    void toggleRevealed() { setRevealed(!m_isRevealed); }

    /** The text shown on the blurred image, e.g. "Photo hidden — click or press V". */
    void setHiddenHint(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void revealedChanged(bool isRevealed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /** A version of @p image so blurred that nothing in it can be recognised. */
    static QImage blurred(const QImage &image);

    QImage m_image;
    QImage m_blurred;
    QString m_message;
    QString m_hiddenHint;
    bool m_isRevealed = false;
};

} // namespace Steward::Moderation
