#pragma once

#include <QImage>
#include <QString>

namespace Steward::Shell {

/** QR codes (libqrencode) for authenticator enrollment: black modules on white with the
 *  four-module quiet zone readers need, whatever the theme. */
class QrCode
{
public:
    /** Encodes @p text (8-bit mode, error correction level M) into an image with each module
     *  @p moduleSize pixels wide; a null image when the text cannot be encoded. */
    static QImage render(const QString &text, int moduleSize = 6);
};

} // namespace Steward::Shell
