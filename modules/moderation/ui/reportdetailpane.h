#pragma once

#include "triagebindings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace Steward {
struct CommandResult;
}

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

class BlurredImageView;
class DecisionForm;
class HistoryList;
class PhotoLoader;
class StatusBadge;

/** One report as a moderator decides it: the content (text, or the photo blurred until
 *  revealed), the AI score and its source, the reporter, the subject with their standing and
 *  strikes, the other reports on the same content and the decisions so far; the claim with its
 *  lease; and the decision form. A decision carries the version shown, so a change made
 *  meanwhile (a decision, a claim) is refused by the service; the pane then shows the service's
 *  message and reloads the report. */
class ReportDetailPane : public QWidget
{
    Q_OBJECT
public:
    ReportDetailPane(Shell::ConsoleSession &session, PhotoLoader *photos,
                     QWidget *parent = nullptr);

    /** Shows the report of a list row at once, then loads its details. */
    void showReport(const QJsonObject &row);
    /** Shows @p text instead of a report (empty queue, several rows selected). */
    void showNothing(const QString &text);

    qint64 reportId() const;
    /** The report as last loaded (a list row until `moderation.get` answers). */
    const QJsonObject &report() const { return m_report; }
    /** The whole `moderation.get` answer; empty until it arrives. */
    const QJsonObject &details() const { return m_details; }
    bool isLoaded() const { return !m_details.isEmpty(); }

    void setPolicies(const QJsonArray &policies);
    void setBindings(const TriageBindings &bindings);
    /** Whether photos start blurred (the operator's moderation.preferences). */
    void setBlurPhotos(bool blur);
    bool blursPhotos() const { return m_blurPhotos; }

    /** Picks @p action in the decision form; false when this report cannot take it. */
    bool chooseAction(const QString &action);
    /** Sends the decision in the form; with @p andNext the page moves on once it is taken. */
    void submit(bool andNext);
    void claim();
    void release();
    void assign();
    void toggleReveal();
    void focusNote();
    void reload();
    /** True when the operator can decide this report now. */
    bool canDecide() const;

    DecisionForm *form() const { return m_form; }
    BlurredImageView *photoView() const { return m_photo; }
    Shell::InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    /** A decision on @p reportId was taken; @p advance when the operator asked to move on. */
    void decided(qint64 reportId, bool advance);
    /** The service answered a command with the report's new row (claim, release, decide). */
    void recordChanged(const QJsonObject &row);
    void timelineRequested(qint64 userId, const QString &name);
    /** The report's details arrived and are on screen. */
    void loaded();

private:
    void load(bool keepMessage);
    void showRow();
    void showDetails();
    void showPhoto();
    void updateClaim();
    void updateActions();
    void runClaimCommand(const QString &command, const QJsonObject &params);
    void commandFailed(const CommandResult &result);
    QString decisionSummary(const QJsonObject &answer) const;
    bool isHeldByOther() const;
    bool isHeldByMe() const;
    bool isOpen() const;

    Shell::ConsoleSession &m_session;
    PhotoLoader *m_photos;
    TriageBindings m_bindings;
    QJsonObject m_report;
    QJsonObject m_details;
    qint64 m_photoReportId = 0;
    quint64 m_generation = 0;
    bool m_blurPhotos = true;
    bool m_isSending = false;
    bool m_keepMessage = false;
    QTimer m_leaseTimer;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    StatusBadge *m_severity = nullptr;
    StatusBadge *m_status = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_reload = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QLabel *m_excerpt = nullptr;
    QLabel *m_contentReference = nullptr;
    BlurredImageView *m_photo = nullptr;
    QLabel *m_aiScore = nullptr;
    QLabel *m_reporter = nullptr;
    QLabel *m_reportDetails = nullptr;
    QLabel *m_subjectName = nullptr;
    StatusBadge *m_subjectStatus = nullptr;
    QLabel *m_subjectRoles = nullptr;
    QLabel *m_subjectStrikes = nullptr;
    QPushButton *m_timeline = nullptr;
    QGroupBox *m_relatedBox = nullptr;
    HistoryList *m_related = nullptr;
    HistoryList *m_decisions = nullptr;
    QWidget *m_actionArea = nullptr;
    QLabel *m_claim = nullptr;
    QPushButton *m_claimButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    DecisionForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_submitNext = nullptr;
    QLabel *m_decided = nullptr;
};

} // namespace Steward::Moderation
