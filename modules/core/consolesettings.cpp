#include "consolesettings.h"

namespace Steward {

const SettingValue<QString> &ConsoleSettings::databaseUrl()
{
    static const SettingValue<QString> value(QStringLiteral("database/url"), QString());
    return value;
}

const SettingValue<QString> &ConsoleSettings::theme()
{
    static const SettingValue<QString> value(QStringLiteral("ui/theme"), QStringLiteral("system"));
    return value;
}

const SettingValue<QString> &ConsoleSettings::language()
{
    static const SettingValue<QString> value(QStringLiteral("ui/language"),
                                             QStringLiteral("system"));
    return value;
}

const SettingValue<int> &ConsoleSettings::idleLockMinutes()
{
    static const SettingValue<int> value(QStringLiteral("security/idleLockMinutes"), 10);
    return value;
}

const SettingValue<QString> &ConsoleSettings::rememberedUsername()
{
    static const SettingValue<QString> value(QStringLiteral("login/rememberedUsername"), QString());
    return value;
}

const SettingValue<QByteArray> &ConsoleSettings::windowGeometry()
{
    static const SettingValue<QByteArray> value(QStringLiteral("ui/windowGeometry"), QByteArray());
    return value;
}

} // namespace Steward
