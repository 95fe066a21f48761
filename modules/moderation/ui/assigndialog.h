#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

/** Hands a report to another moderator (`moderation.assign`): the operator is picked from
 *  those who may decide, or typed as a username. Closes when the service accepts; stays open
 *  with its message when it refuses. */
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(Shell::ConsoleSession &session, qint64 reportId, qint64 version,
                 QWidget *parent = nullptr);

    void accept() override;
    QComboBox *operatorBox() const { return m_operator; }

Q_SIGNALS:
    /** The report was assigned; @p row is its new list row. */
    void assigned(const QJsonObject &row);
    /** The service refused because the report changed meanwhile. */
    void conflicted(const QString &message);

private:
    QString chosenOperator() const;

    Shell::ConsoleSession &m_session;
    qint64 m_reportId;
    qint64 m_version;
    QComboBox *m_operator = nullptr;
    Shell::InlineMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_isSending = false;
};

} // namespace Steward::Moderation
