#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Members {

/** Drafts a reward draw: the month, the pool, how many winners and, optionally, the seed (one is
 *  generated and recorded when left empty). The service's refusal is shown in the dialog. */
class DraftDrawDialog : public QDialog
{
    Q_OBJECT
public:
    DraftDrawDialog(Shell::ConsoleSession &session, QWidget *parent = nullptr);
    /** The drafted draw, once accepted. */
    QJsonObject draw() const { return m_draw; }

private:
    void submit();
    void updateDecimals();

    Shell::ConsoleSession &m_session;
    QLineEdit *m_period = nullptr;
    QDoubleSpinBox *m_pool = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_winners = nullptr;
    QLineEdit *m_seed = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QJsonObject m_draw;
};

/** Rejects a drafted draw with the reason the drafter will read. */
class RejectDrawDialog : public QDialog
{
    Q_OBJECT
public:
    RejectDrawDialog(Shell::ConsoleSession &session, const QJsonObject &draw,
                     QWidget *parent = nullptr);

private:
    void submit();

    Shell::ConsoleSession &m_session;
    QJsonObject m_draw;
    QPlainTextEdit *m_reason = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Steward::Members
