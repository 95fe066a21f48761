#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

/** The strike ladder (administrators): how long strikes stay active and which action applies
 *  when a person's active strike weight reaches each step (e.g. 3 → suspend 7 days, 8 → ban).
 *  Saved with the version shown (`moderation.ladder_save`); the service checks the steps. */
class StrikeLadderEditor : public QWidget
{
    Q_OBJECT
public:
    StrikeLadderEditor(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    void reload();
    void save();
    void addStep();
    void removeStep();

    QTableWidget *steps() const { return m_steps; }
    QSpinBox *expiryDays() const { return m_expiry; }
    Shell::InlineMessage *message() const { return m_message; }
    const QJsonObject &ladder() const { return m_ladder; }

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void showLadder(const QJsonObject &ladder);
    void insertStep(int strikes, const QString &action, int days);
    QJsonObject edited() const;

    Shell::ConsoleSession &m_session;
    QJsonObject m_ladder;
    bool m_isSending = false;

    QSpinBox *m_expiry = nullptr;
    QTableWidget *m_steps = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    Shell::InlineMessage *m_message = nullptr;
};

} // namespace Steward::Moderation
