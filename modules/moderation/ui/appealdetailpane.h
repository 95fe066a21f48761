#pragma once

#include "triagebindings.h"

#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Steward {
struct CommandResult;
}

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
} // namespace Steward::Shell

namespace Steward::Moderation {

class BlurredImageView;
class PhotoLoader;
class StatusBadge;

/** One appeal as a moderator decides it: the person's message, the decision they appeal
 *  (action, reason, who took it and their note), the reported content and the person's
 *  standing. The outcome (uphold or overturn) needs a note. The service refuses the moderator
 *  who took the original decision; the pane says so before they try and shows the service's
 *  message if they do. */
class AppealDetailPane : public QWidget
{
    Q_OBJECT
public:
    AppealDetailPane(Shell::ConsoleSession &session, PhotoLoader *photos,
                     QWidget *parent = nullptr);

    /** Shows the appeal of a list row, then loads the report it concerns. */
    void showAppeal(const QJsonObject &row);
    qint64 appealId() const;
    const QJsonObject &appeal() const { return m_appeal; }

    void setBindings(const TriageBindings &bindings);
    void setBlurPhotos(bool blur);

    /** Picks "upheld" or "overturned"; false when the appeal cannot be decided now. */
    bool chooseOutcome(const QString &outcome);
    QString outcome() const;
    void submit(bool andNext);
    void focusNote();
    void toggleReveal();
    bool canDecide() const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    Shell::InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    void decided(qint64 appealId, bool advance);
    void recordChanged(const QJsonObject &row);
    void timelineRequested(qint64 userId, const QString &name);
    void loaded();

private:
    void loadReport();
    void updateActions();
    bool isOwnDecision() const;

    Shell::ConsoleSession &m_session;
    PhotoLoader *m_photos;
    TriageBindings m_bindings;
    QJsonObject m_appeal;
    QJsonObject m_report;
    quint64 m_generation = 0;
    qint64 m_photoAppealId = 0;
    bool m_blurPhotos = true;
    bool m_isSending = false;
    bool m_keepMessage = false;

    QLabel *m_title = nullptr;
    StatusBadge *m_status = nullptr;
    QLabel *m_subtitle = nullptr;
    Shell::InlineMessage *m_message = nullptr;
    QLabel *m_appealText = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_decisionNote = nullptr;
    QLabel *m_excerpt = nullptr;
    BlurredImageView *m_photo = nullptr;
    QLabel *m_subject = nullptr;
    QPushButton *m_timeline = nullptr;
    QLabel *m_ownDecision = nullptr;
    QButtonGroup *m_outcomes = nullptr;
    QPushButton *m_uphold = nullptr;
    QPushButton *m_overturn = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_submitNext = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace Steward::Moderation
