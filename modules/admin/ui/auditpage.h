#pragma once

#include "recordtableview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Admin {

class AuditLogModel;

/** The Audit page: every recorded effect, newest first, optionally about one target, with the
 *  selected entry's state before and after side by side, and a check of the hash chain that
 *  names the first entry that was edited or deleted. */
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /** Shows only entries about @p type / @p id; empty @p type shows all. */
    void setTargetFilter(const QString &type, const QString &id);
    /** Recomputes the hash chain through `audit.verify` and shows the outcome. */
    void verifyChain();

Q_SIGNALS:
    /** A chain check finished; @p isIntact is false when some entry does not match. */
    void chainVerified(bool isIntact);

private:
    void applyFilter();
    void updateFilterButtons();
    void showEntry();
    void updateSummary();

    Shell::ConsoleSession &m_session;
    AuditLogModel *m_model = nullptr;
    QComboBox *m_targetType = nullptr;
    QLineEdit *m_targetId = nullptr;
    QPushButton *m_filter = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_verify = nullptr;
    Shell::InlineMessage *m_verifyResult = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    Shell::InlineMessage *m_summary = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailReason = nullptr;
    QLabel *m_detailChanges = nullptr;
    QPushButton *m_sameTarget = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
};

} // namespace Steward::Admin
