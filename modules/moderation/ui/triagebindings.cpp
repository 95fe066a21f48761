#include "triagebindings.h"

#include "moderationconsolesettings.h"

namespace Steward::Moderation {

namespace {

// Stored for a command the operator deliberately left without a key.
const QString kUnbound = QStringLiteral("none");

struct Reserved
{
    QKeySequence key;
    const char *use; ///< A sentence with %1 for the key.
};

/** Keys the console, the lists and the text fields need for themselves. */
const QList<Reserved> &reservedKeys()
{
    static const QList<Reserved> keys = [] {
        QList<Reserved> list = {
            {QKeySequence(Qt::Key_Tab),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 moves the focus between fields; choose another key.")},
            {QKeySequence(Qt::SHIFT | Qt::Key_Backtab),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 moves the focus between fields; choose another key.")},
            {QKeySequence(Qt::Key_Backtab),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 moves the focus between fields; choose another key.")},
            {QKeySequence(Qt::Key_Escape),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 closes dialogs and menus; choose another key.")},
            {QKeySequence(Qt::Key_Return),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 presses the default button and starts new lines in a note; "
                               "choose another key.")},
            {QKeySequence(Qt::Key_Enter),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 presses the default button and starts new lines in a note; "
                               "choose another key.")},
            {QKeySequence(Qt::Key_Space),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 presses the focused button; choose another key.")},
            {QKeySequence(Qt::Key_Up),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::Key_Down),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::Key_PageUp),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::Key_PageDown),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::Key_Home),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::Key_End),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 already moves through the list; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_K),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 opens “Find person…” on every page; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 opens a person's moderation timeline from any page; choose "
                               "another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_Comma),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 opens the settings; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 locks the console; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_Q),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 quits Steward; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_A),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 selects everything in a list or field; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_C),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 copies; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_X),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 cuts; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_V),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 pastes; choose another key.")},
            {QKeySequence(Qt::CTRL | Qt::Key_Z),
             QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                               "%1 undoes typing; choose another key.")},
        };
        for (int digit = 1; digit <= 9; ++digit)
            list.append({QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)),
                         QT_TRANSLATE_NOOP("Steward::Moderation::TriageBindings",
                                           "%1 switches to another page; choose another key.")});
        return list;
    }();
    return keys;
}

bool isModifierOnly(const QKeySequence &key)
{
    const Qt::Key code = key[0].key();
    return code == Qt::Key_Shift || code == Qt::Key_Control || code == Qt::Key_Alt ||
           code == Qt::Key_Meta || code == Qt::Key_AltGr || code == Qt::Key_unknown;
}

} // namespace

QList<TriageBindings::Command> TriageBindings::commands()
{
    return {Command::Next,   Command::Previous, Command::Dismiss,   Command::RemoveContent,
            Command::Warn,   Command::Suspend,  Command::Ban,       Command::Escalate,
            Command::Uphold, Command::Overturn, Command::FocusNote, Command::SubmitAndNext,
            Command::Submit, Command::Claim,    Command::Release,   Command::Assign,
            Command::Reveal, Command::Timeline, Command::ShowKeys};
}

QString TriageBindings::id(Command command)
{
    switch (command) {
    case Command::Next:
        return QStringLiteral("next");
    case Command::Previous:
        return QStringLiteral("previous");
    case Command::Dismiss:
        return QStringLiteral("dismiss");
    case Command::RemoveContent:
        return QStringLiteral("remove_content");
    case Command::Warn:
        return QStringLiteral("warn");
    case Command::Suspend:
        return QStringLiteral("suspend");
    case Command::Ban:
        return QStringLiteral("ban");
    case Command::Escalate:
        return QStringLiteral("escalate");
    case Command::SubmitAndNext:
        return QStringLiteral("submit_next");
    case Command::Submit:
        return QStringLiteral("submit");
    case Command::Claim:
        return QStringLiteral("claim");
    case Command::Release:
        return QStringLiteral("release");
    case Command::Assign:
        return QStringLiteral("assign");
    case Command::Reveal:
        return QStringLiteral("reveal");
    case Command::Timeline:
        return QStringLiteral("timeline");
    case Command::Uphold:
        return QStringLiteral("uphold");
    case Command::Overturn:
        return QStringLiteral("overturn");
    case Command::FocusNote:
        return QStringLiteral("note");
    case Command::ShowKeys:
        return QStringLiteral("show_keys");
    }
    return {};
}

QString TriageBindings::title(Command command)
{
    switch (command) {
    case Command::Next:
        return tr("Next item");
    case Command::Previous:
        return tr("Previous item");
    case Command::Dismiss:
        return tr("Decide: dismiss");
    case Command::RemoveContent:
        return tr("Decide: remove content");
    case Command::Warn:
        return tr("Decide: warn");
    case Command::Suspend:
        return tr("Decide: suspend");
    case Command::Ban:
        return tr("Decide: ban");
    case Command::Escalate:
        return tr("Decide: escalate");
    case Command::SubmitAndNext:
        return tr("Submit and go to the next item");
    case Command::Submit:
        return tr("Submit and stay");
    case Command::Claim:
        return tr("Claim");
    case Command::Release:
        return tr("Release the claim");
    case Command::Assign:
        return tr("Assign to an operator");
    case Command::Reveal:
        return tr("Reveal or hide the photo");
    case Command::Timeline:
        return tr("Open the subject's timeline");
    case Command::Uphold:
        return tr("Appeal: uphold");
    case Command::Overturn:
        return tr("Appeal: overturn");
    case Command::FocusNote:
        return tr("Write a note");
    case Command::ShowKeys:
        return tr("Show the keys");
    }
    return {};
}

QKeySequence TriageBindings::defaultKey(Command command)
{
    switch (command) {
    case Command::Next:
        return QKeySequence(Qt::Key_J);
    case Command::Previous:
        return QKeySequence(Qt::Key_K);
    case Command::Dismiss:
        return QKeySequence(Qt::Key_D);
    case Command::RemoveContent:
        return QKeySequence(Qt::Key_R);
    case Command::Warn:
        return QKeySequence(Qt::Key_W);
    case Command::Suspend:
        return QKeySequence(Qt::Key_S);
    case Command::Ban:
        return QKeySequence(Qt::Key_B);
    case Command::Escalate:
        return QKeySequence(Qt::Key_E);
    case Command::SubmitAndNext:
        return QKeySequence(Qt::CTRL | Qt::Key_Return);
    case Command::Submit:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    case Command::Claim:
        return QKeySequence(Qt::Key_C);
    case Command::Release:
        return QKeySequence(Qt::SHIFT | Qt::Key_C);
    case Command::Assign:
        return QKeySequence(Qt::Key_A);
    case Command::Reveal:
        return QKeySequence(Qt::Key_V);
    case Command::Timeline:
        return QKeySequence(Qt::Key_T);
    case Command::Uphold:
        return QKeySequence(Qt::Key_U);
    case Command::Overturn:
        return QKeySequence(Qt::Key_O);
    case Command::FocusNote:
        return QKeySequence(Qt::Key_N);
    case Command::ShowKeys:
        return QKeySequence(Qt::Key_Question);
    }
    return {};
}

QString TriageBindings::action(Command command)
{
    switch (command) {
    case Command::Dismiss:
    case Command::RemoveContent:
    case Command::Warn:
    case Command::Suspend:
    case Command::Ban:
    case Command::Escalate:
        // A decision key's id is the service's action name.
        return id(command);
    default:
        return {};
    }
}

QString TriageBindings::outcome(Command command)
{
    if (command == Command::Uphold)
        return QStringLiteral("upheld");
    if (command == Command::Overturn)
        return QStringLiteral("overturned");
    return {};
}

TriageBindings::TriageBindings()
{
    restoreDefaults();
}

void TriageBindings::restoreDefaults()
{
    m_keys.clear();
    for (Command command : commands())
        m_keys.insert(command, defaultKey(command));
}

TriageBindings TriageBindings::load()
{
    TriageBindings bindings;
    // Stored keys are applied over the defaults one by one; a stored key that conflicts (an
    // edited settings file) is ignored, leaving that command's default in place when it is
    // free, so the bindings in use never conflict.
    QHash<Command, QKeySequence> stored;
    for (Command command : commands()) {
        const QString text = ModerationConsoleSettings::binding(id(command)).value();
        if (text.isEmpty())
            continue;
        stored.insert(command, text == kUnbound
                                   ? QKeySequence()
                                   : QKeySequence::fromString(text, QKeySequence::PortableText));
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        bindings.m_keys.insert(it.key(), QKeySequence());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        bindings.bind(it.key(), it.value());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (bindings.key(it.key()).isEmpty() && !it.value().isEmpty())
            bindings.bind(it.key(), defaultKey(it.key()));
    }
    return bindings;
}

void TriageBindings::save() const
{
    for (Command command : commands()) {
        const QKeySequence key = m_keys.value(command);
        const SettingValue<QString> setting = ModerationConsoleSettings::binding(id(command));
        if (key == defaultKey(command))
            setting.reset();
        else
            setting.setValue(key.isEmpty() ? kUnbound : key.toString(QKeySequence::PortableText));
    }
    ModerationConsoleSettings::instance().notifyChanged();
}

QString TriageBindings::conflict(Command command, const QKeySequence &key) const
{
    if (key.isEmpty())
        return {};
    const QString text = key.toString(QKeySequence::NativeText);
    if (key.count() > 1)
        return tr("%1 is a sequence of keys; use a single key or key combination.").arg(text);
    if (isModifierOnly(key))
        return tr("%1 alone cannot be bound; combine it with a key.").arg(text);
    for (const Reserved &reserved : reservedKeys()) {
        if (reserved.key == key)
            return tr(reserved.use).arg(text);
    }
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.key() != command && it.value() == key)
            return tr("%1 is already bound to “%2”. Choose another key, or bind that command to "
                      "another key first.")
                .arg(text, title(it.key()));
    }
    return {};
}

QString TriageBindings::bind(Command command, const QKeySequence &key)
{
    const QString problem = conflict(command, key);
    if (problem.isEmpty())
        m_keys.insert(command, key);
    return problem;
}

QString TriageBindings::keyText(Command command) const
{
    return m_keys.value(command).toString(QKeySequence::NativeText);
}

QString TriageBindings::withKey(const QString &text, Command command) const
{
    const QString key = keyText(command);
    //: A command and its key: "Dismiss (D)".
    return key.isEmpty() ? text : tr("%1 (%2)").arg(text, key);
}

} // namespace Steward::Moderation
