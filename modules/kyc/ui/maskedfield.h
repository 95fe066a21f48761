#pragma once

#include <QLabel>

namespace Steward::Kyc {

/** A personal-data value shown masked ("•••• — reveal") until revealed. The "reveal" link is
 *  reachable by keyboard and only offered to operators who may reveal; it asks for nothing
 *  itself but emits revealRequested(), so the case view can ask for the reason. */
class MaskedField : public QLabel
{
    Q_OBJECT
public:
    explicit MaskedField(QWidget *parent = nullptr);

    /** Shows @p mask (the service's "••••-••-••") with the reveal link when allowed. */
    void setMasked(const QString &mask, bool isRevealAllowed);
    /** Shows the plaintext. */
    void setRevealed(const QString &value);
    /** Nothing on record: shows @p text ("—"). */
    void setEmpty(const QString &text = QStringLiteral("—"));

    bool isRevealed() const { return m_isRevealed; }
    QString value() const { return m_value; }

Q_SIGNALS:
    void revealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool m_isRevealed = false;
    bool m_isMasked = false;
    bool m_isRevealAllowed = false;
    QString m_mask;
    QString m_value;
};

} // namespace Steward::Kyc
