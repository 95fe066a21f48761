#pragma once

#include "settingssection.h"
#include "triagebindings.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

class KeyCaptureField;

/** The Moderation tab of the Settings dialog: whether photos start blurred (stored with the
 *  operator, moderation.preferences), where photos are loaded from, and the triage keys. A key
 *  that is already taken or that the console needs is refused at once with a message saying
 *  what uses it; the list then still shows the bindings in effect. */
class ModerationSettingsSection : public Shell::SettingsSection
{
    Q_OBJECT
public:
    ModerationSettingsSection(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    bool validate() override;
    void save() override;

    /** The bindings as edited so far. */
    const TriageBindings &bindings() const { return m_bindings; }
    /** Binds @p key to @p command as typing it in the key field does; false (with the reason
     *  shown) when refused. */
    bool setKey(TriageBindings::Command command, const QKeySequence &key);
    void selectCommand(TriageBindings::Command command);
    Shell::InlineMessage *keyMessage() const { return m_keyMessage; }
    QCheckBox *blurPhotos() const { return m_blur; }
    bool hasLoadedPreferences() const { return m_hasPreferences; }

private:
    void fillKeys();
    void commandChosen();
    TriageBindings::Command currentCommand() const;

    Shell::ConsoleSession &m_session;
    TriageBindings m_bindings;
    bool m_blurAtOpen = true;
    qint64 m_preferencesVersion = 0;
    bool m_hasPreferences = false;

    QCheckBox *m_blur = nullptr;
    QLineEdit *m_photoAddress = nullptr;
    Shell::InlineMessage *m_photoMessage = nullptr;
    QTreeWidget *m_keys = nullptr;
    KeyCaptureField *m_keyEdit = nullptr;
    QPushButton *m_clearKey = nullptr;
    QPushButton *m_defaults = nullptr;
    Shell::InlineMessage *m_keyMessage = nullptr;
};

} // namespace Steward::Moderation
