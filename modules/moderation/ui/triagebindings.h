#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace Steward::Moderation {

/** The keys of keyboard triage: one per command (next, previous, each decision, submit and
 *  next, claim, reveal, …), with defaults a moderator can rebind. A key is one combination
 *  (no multi-key chords), bound to at most one command, and never one the console or the
 *  lists need for themselves (Tab, Escape, Ctrl+K, Ctrl+1…9, …): such a binding is refused
 *  with a message naming what already uses the key. */
class TriageBindings
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Moderation::TriageBindings)
public:
    enum class Command {
        Next,
        Previous,
        Dismiss,
        RemoveContent,
        Warn,
        Suspend,
        Ban,
        Escalate,
        SubmitAndNext,
        Submit,
        Claim,
        Release,
        Assign,
        Reveal,
        Timeline,
        Uphold,
        Overturn,
        FocusNote,
        ShowKeys,
    };

    /** Every command, in the order the settings and the legend list them. */
    static QList<Command> commands();
    /** Stable name used in the settings file: "next", "remove_content", … */
    static QString id(Command command);
    /** Translated name: "Next report", "Remove content", … */
    static QString title(Command command);
    static QKeySequence defaultKey(Command command);
    /** The decision action a command picks ("dismiss", …), empty for other commands. */
    static QString action(Command command);
    /** The appeal outcome a command picks ("upheld", "overturned"), empty for other commands. */
    static QString outcome(Command command);

    /** The defaults. */
    TriageBindings();
    /** This console's bindings (ModerationConsoleSettings), defaults where none is stored. */
    static TriageBindings load();
    /** Stores the bindings that differ from the defaults and tells open pages. */
    void save() const;

    QKeySequence key(Command command) const { return m_keys.value(command); }
    /** Binds @p key to @p command; returns an empty string, or — leaving everything as it was —
     *  why the key cannot be used. An empty @p key unbinds the command. */
    QString bind(Command command, const QKeySequence &key);
    /** Why @p key cannot be bound to @p command, or an empty string when it can. */
    QString conflict(Command command, const QKeySequence &key) const;
    void restoreDefaults();

    /** "D", "Ctrl+Return" as the operator's platform writes it; empty when unbound. */
    QString keyText(Command command) const;
    /** "Dismiss (D)": a button or tooltip text with its key. */
    QString withKey(const QString &text, Command command) const;

    bool operator==(const TriageBindings &other) const { return m_keys == other.m_keys; }

private:
    QHash<Command, QKeySequence> m_keys;
};

} // namespace Steward::Moderation
