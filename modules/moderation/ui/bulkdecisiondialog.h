#pragma once

#include "triagebindings.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

class DecisionForm;

/** One decision for several reports at once (`moderation.bulk_decide`): the operator picks the
 *  action, reason, length and note once and confirms once; the service decides each report on
 *  its own (one audit entry each) and the dialog then lists every report with its outcome —
 *  taken, or why not (changed meanwhile, claimed by someone else, …). */
class BulkDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p reports are list rows (id, version, subject_name, reason …). */
    BulkDecisionDialog(Shell::ConsoleSession &session, const QList<QJsonObject> &reports,
                       const QJsonArray &policies, QWidget *parent = nullptr);

    DecisionForm *form() const { return m_form; }
    /** Lets the triage keys choose the action and confirm, and shows them on the buttons. */
    void setBindings(const TriageBindings &bindings);
    /** The per-report results once the service answered; empty before. */
    const QJsonArray &results() const { return m_results; }
    QTreeWidget *resultList() const { return m_resultList; }

    void accept() override;

Q_SIGNALS:
    /** The service answered; @p succeeded reports were decided. */
    void decided(int succeeded, int failed);

private:
    void updateButtons();
    void showResults(const QJsonObject &answer);

    Shell::ConsoleSession &m_session;
    QList<QJsonObject> m_reports;
    QJsonArray m_results;
    QStackedWidget *m_pages = nullptr;
    DecisionForm *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_selection = nullptr;
    QTreeWidget *m_resultList = nullptr;
    QLabel *m_resultSummary = nullptr;
    QLabel *m_problem = nullptr;
    Shell::InlineMessage *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_isSending = false;
    bool m_isDone = false;
};

} // namespace Steward::Moderation
