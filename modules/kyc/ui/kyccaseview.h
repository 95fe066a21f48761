#pragma once

#include "decisiondialog.h"

#include "commandbus.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QVBoxLayout;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Kyc {

class DocumentViewer;
class MaskedField;

/** One KYC case as a reviewer works it: the documents and selfie side by side, the provider's
 *  checks, the risk, the checklist of the case type, the four-eyes state, the applicant with
 *  masked personal data, the history, and the actions (claim, release, approve, reject, request
 *  resubmission, escalate). Every action carries the version on screen; when someone else
 *  changed the case meanwhile the service's message is shown and the case reloads. Approval
 *  stays disabled, with the reason beside it, until the checklist is complete. */
class KycCaseView : public QWidget
{
    Q_OBJECT
public:
    KycCaseView(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    /** Loads and shows case @p id. */
    void showCase(qint64 id);
    qint64 caseId() const { return m_caseId; }
    /** The case as last loaded; empty until loaded. */
    const QJsonObject &kycCase() const { return m_case; }
    void reload();

    void claim();
    void release();
    void approve();
    void reject();
    void requestResubmission();
    void escalate();
    /** Asks for a reason once, then shows every image of the case. */
    void revealDocuments();
    /** Asks for a reason, then shows @p field ("birthdate", "phone", "document_number"). */
    void revealField(const QString &field);
    /** Ticks or unticks checklist @p item. */
    void setChecklistItem(const QString &item, bool isDone);

    DocumentViewer *viewer() const { return m_viewer; }
    QPushButton *claimButton() const { return m_claim; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *resubmitButton() const { return m_resubmit; }
    QPushButton *escalateButton() const { return m_escalate; }
    /** Why approval is not possible right now; empty when it is. */
    QString approvalBlocker() const;
    QLabel *approvalHint() const { return m_approvalHint; }
    QLabel *fourEyesLabel() const { return m_fourEyes; }
    Shell::InlineMessage *message() const { return m_message; }
    QList<QCheckBox *> checklistBoxes() const { return m_checklistBoxes; }
    MaskedField *birthdateField() const { return m_birthdate; }
    MaskedField *phoneField() const { return m_phone; }
    MaskedField *documentNumbersField() const { return m_documentNumbers; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /** The case was (re)loaded and is on screen. */
    void loaded();
    /** A decision or step was saved. */
    void changed(qint64 caseId);
    void backRequested();
    void nextRequested();
    void previousRequested();
    /** A reveal dialog opened (tests answer it). */
    void revealDialogOpened(QDialog *dialog);
    /** A decision dialog opened (tests answer it). */
    void decisionDialogOpened(DecisionDialog *dialog);

private:
    void showCaseData(const QJsonObject &kycCase);
    void showLoadError(const QString &message);
    void showChecks(const QJsonArray &checks);
    void showChecklist(const QJsonArray &checklist, bool isEditable);
    void showApplicant(const QJsonObject &kycCase);
    void showReview(const QJsonObject &kycCase);
    void showHistory(const QJsonArray &history);
    void updateActions();
    void runStep(const QString &command, QJsonObject params);
    void stepFailed(const CommandResult &result);
    void decide(DecisionDialog::Decision decision);
    void openDecision(DecisionDialog::Decision decision);
    void documentsRevealed(const QJsonObject &result);
    void fieldRevealed(const QString &field, const QJsonObject &result);
    bool isOpen() const;
    bool isMine() const;
    QString state() const;

    Shell::ConsoleSession &m_session;
    qint64 m_caseId = 0;
    QJsonObject m_case;
    QJsonArray m_templates;
    bool m_hasTemplates = false;
    bool m_isBusy = false;
    bool m_isRepainting = false;
    bool m_hasShownSplitter = false;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;
    /** The reason given for the last reveal on this case, offered again. */
    QString m_revealReason;
    QHash<qint64, QByteArray> m_documentContents;
    QHash<QString, QString> m_revealedFields;

    QPushButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_stateBadge = nullptr;
    QLabel *m_riskBadge = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_due = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    DocumentViewer *m_viewer = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_fourEyes = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_decision = nullptr;
    QGroupBox *m_checklistGroup = nullptr;
    QVBoxLayout *m_checklistLayout = nullptr;
    QList<QCheckBox *> m_checklistBoxes;
    QLabel *m_checklistSummary = nullptr;
    QFormLayout *m_checkForm = nullptr;
    QLabel *m_checkProvider = nullptr;
    QLabel *m_checkResult = nullptr;
    QLabel *m_checkDocument = nullptr;
    QLabel *m_checkFace = nullptr;
    QLabel *m_checkLiveness = nullptr;
    QLabel *m_checkWatchlist = nullptr;
    QLabel *m_checkTime = nullptr;
    QLabel *m_earlierChecks = nullptr;
    QLabel *m_applicantName = nullptr;
    QLabel *m_applicantEmail = nullptr;
    QLabel *m_applicantAccount = nullptr;
    QLabel *m_applicantLocation = nullptr;
    MaskedField *m_birthdate = nullptr;
    MaskedField *m_phone = nullptr;
    MaskedField *m_documentNumbers = nullptr;
    QTreeWidget *m_history = nullptr;

    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QLabel *m_approvalHint = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_resubmit = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Steward::Kyc
