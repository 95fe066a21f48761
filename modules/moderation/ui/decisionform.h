#pragma once

#include "triagebindings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Steward::Moderation {

/** The fields of a moderation decision: the action (one toggle button per action, labelled
 *  with its key), the policy reason, the length of a suspension and an optional private note.
 *  It checks only what the operator can see is missing (no action, no reason); the service
 *  decides everything else. */
class DecisionForm : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionForm(QWidget *parent = nullptr);

    /** The policy reasons to choose from (moderation.policies); inactive ones are left out. */
    void setPolicies(const QJsonArray &policies);
    /** Hides the actions the operator may not take (ban needs moderation.ban). */
    void setAllowedActions(const QStringList &actions);
    QStringList allowedActions() const { return m_allowed; }
    /** Puts the keys of @p bindings on the action buttons. */
    void setBindings(const TriageBindings &bindings);

    /** Shown in the reason list while none is chosen. */
    void setReasonPlaceholder(const QString &text);
    /** Starts a new decision on an item reported for @p reason: nothing chosen, that reason
     *  preselected, the note empty. */
    void reset(const QString &reason);
    /** Chooses @p action (a code from TriageBindings::action); false when it is not allowed. */
    bool chooseAction(const QString &action);
    QString action() const;
    QString reason() const;
    int days() const;
    QString note() const;
    /** What the decision still lacks, in a sentence; empty when it can be sent. */
    QString problem() const;
    /** The moderation.decide parameters for these fields (without id and version). */
    QJsonObject parameters() const;

    void setSending(bool isSending);
    void focusNote();
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *actionButton(const QString &action) const { return m_buttons.value(action); }

    /** Every decision action in the order the buttons show them. */
    static QStringList actions();

Q_SIGNALS:
    void changed();

private:
    void updateFields();
    void layoutButtons();

    QStringList m_allowed;
    QHash<QString, QPushButton *> m_buttons;
    QButtonGroup *m_group = nullptr;
    QGridLayout *m_buttonGrid = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QString m_defaultReason;
    bool m_isSending = false;
};

} // namespace Steward::Moderation
