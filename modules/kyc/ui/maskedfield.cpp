#include "maskedfield.h"

#include <QEvent>

namespace Steward::Kyc {

MaskedField::MaskedField(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    connect(this, &QLabel::linkActivated, this, [this] { Q_EMIT revealRequested(); });
    setEmpty();
}

void MaskedField::setMasked(const QString &mask, bool isRevealAllowed)
{
    m_isRevealed = false;
    m_isMasked = true;
    m_mask = mask;
    m_isRevealAllowed = isRevealAllowed;
    m_value.clear();
    const QString shown = (mask.isEmpty() ? QStringLiteral("••••") : mask).toHtmlEscaped();
    if (isRevealAllowed) {
        // The link's colour is spelled out so that a theme change gives a different text,
        // which QLabel then lays out again.
        const QString link = QStringLiteral("<a href=\"reveal\" style=\"color:%1\">%2</a>")
                                 .arg(palette().color(QPalette::Link).name(), tr("reveal"));
        //: A masked value followed by a link that reveals it.
        setText(tr("%1 — %2").arg(shown, link));
        setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        setFocusPolicy(Qt::StrongFocus);
        setToolTip(tr("Reveal this value; you will be asked for a reason, which is audited."));
    } else {
        setText(shown);
        setTextInteractionFlags(Qt::NoTextInteraction);
        setFocusPolicy(Qt::NoFocus);
        setToolTip(tr("Your role may not reveal personal data."));
    }
}

void MaskedField::setRevealed(const QString &value)
{
    m_isRevealed = true;
    m_isMasked = false;
    m_value = value;
    setText(value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Revealed; the reveal was recorded in the audit log."));
}

void MaskedField::setEmpty(const QString &text)
{
    m_isRevealed = false;
    m_isMasked = false;
    m_value.clear();
    setText(text.toHtmlEscaped());
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(QString());
}

void MaskedField::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (m_isMasked && m_isRevealAllowed &&
        (event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange))
        setMasked(m_mask, m_isRevealAllowed);
}

} // namespace Steward::Kyc
