#include "moderationconsolesettings.h"

namespace Steward::Moderation {

ModerationConsoleSettings &ModerationConsoleSettings::instance()
{
    static ModerationConsoleSettings settings;
    return settings;
}

SettingValue<QString> ModerationConsoleSettings::binding(const QString &commandId)
{
    return SettingValue<QString>(QStringLiteral("moderation/keys/") + commandId, QString());
}

const SettingValue<QString> &ModerationConsoleSettings::photoAddress()
{
    static const SettingValue<QString> value(QStringLiteral("moderation/photoAddress"), QString());
    return value;
}

} // namespace Steward::Moderation
