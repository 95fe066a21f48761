#pragma once

#include <QLabel>

namespace Steward::Moderation {

/** A small rounded label for a state (severity, status, queue), coloured by its tone and
 *  redrawn when the theme changes. */
class StatusBadge : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Notice, Warning, Danger };

    explicit StatusBadge(QWidget *parent = nullptr);

    void setBadge(const QString &text, Tone tone);
    Tone tone() const { return m_tone; }

    /** The tone for a severity code. */
    static Tone severityTone(const QString &severity);
    /** The tone for a report, appeal or user status code. */
    static Tone statusTone(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();

    Tone m_tone = Tone::Neutral;
};

} // namespace Steward::Moderation
