#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

/** The policy reasons decisions cite (administrators): each reason's title, description,
 *  default severity, strike weight and whether moderators can still choose it; new reasons.
 *  Saving carries the version shown (`moderation.policy_save`), so a reason changed meanwhile
 *  is reported and reloaded instead of overwritten. */
class PolicyReasonsEditor : public QWidget
{
    Q_OBJECT
public:
    PolicyReasonsEditor(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    void reload();
    /** Empties the form for a new reason. */
    void startNew();
    void save();
    /** Shows the reason with @p code in the form. */
    void select(const QString &code);

    QTreeWidget *list() const { return m_list; }
    Shell::InlineMessage *message() const { return m_message; }
    const QJsonArray &policies() const { return m_policies; }

Q_SIGNALS:
    void loaded();
    void saved(const QJsonObject &policy);

private:
    void showPolicy(const QJsonObject &policy);
    void updateButtons();

    Shell::ConsoleSession &m_session;
    QJsonArray m_policies;
    QJsonObject m_current;
    bool m_isSending = false;
    bool m_hasLoaded = false;

    QTreeWidget *m_list = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_severity = nullptr;
    QSpinBox *m_weight = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

} // namespace Steward::Moderation
