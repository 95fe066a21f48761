#pragma once

#include "consolesettings.h"

#include <QObject>

namespace Steward::Moderation {

/** The moderation console's per-console settings, with their defaults, in one place, and a
 *  signal that tells open moderation pages when they were saved. What must follow the operator
 *  to every console (blurring photos) lives in the database instead: moderation.preferences. */
class ModerationConsoleSettings : public QObject
{
    Q_OBJECT
public:
    /** The one instance pages connect to. */
    static ModerationConsoleSettings &instance();

    /** The key bound to a triage command (TriageBindings::id); empty means its default. */
    static SettingValue<QString> binding(const QString &commandId);
    /** Where photos whose address is a storage key are loaded from, e.g.
     *  "https://media.example.com/" or "file:///srv/media/"; empty: only absolute addresses. */
    static const SettingValue<QString> &photoAddress();

    /** Announces that the settings were saved. */
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    ModerationConsoleSettings() = default;
};

} // namespace Steward::Moderation
