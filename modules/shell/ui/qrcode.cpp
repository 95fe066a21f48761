#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace Steward::Shell {

namespace {
constexpr int kQuietZone = 4;
}

QImage QrCode::render(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || moduleSize <= 0)
        return {};

    const int modules = code->width;
    const int side = (modules + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte says whether the module is dark.
            if (code->data[y * modules + x] & 1)
                painter.drawRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize,
                                 moduleSize, moduleSize);
        }
    }
    return image;
}

} // namespace Steward::Shell
