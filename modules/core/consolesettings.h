#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Steward {

/** One typed per-console setting with its default, stored in QSettings. */
template <typename T> class SettingValue
{
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key)), m_default(std::move(defaultValue))
    {}
    T value() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

/** Every per-console setting, with its default, in one place. Platform-wide settings (shared by
 *  all consoles) live in the database instead. Secrets never live here. */
struct ConsoleSettings
{
    /** Database URL; empty means the embedded SQLite default. */
    static const SettingValue<QString> &databaseUrl();
    /** "system", "light" or "dark". */
    static const SettingValue<QString> &theme();
    /** "system", "en" or "de"; applied at the next start. */
    static const SettingValue<QString> &language();
    /** Minutes without input before the console locks; 0 turns the idle lock off. */
    static const SettingValue<int> &idleLockMinutes();
    /** The operator whose remember-me token is in the keychain, if any. */
    static const SettingValue<QString> &rememberedUsername();
    static const SettingValue<QByteArray> &windowGeometry();
};

} // namespace Steward
