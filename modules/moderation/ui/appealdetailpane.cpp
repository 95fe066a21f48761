#include "appealdetailpane.h"

#include "blurredimageview.h"
#include "moderationpermissions.h"
#include "moderationtext.h"
#include "photoloader.h"
#include "statusbadge.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "theme.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Steward::Moderation {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AppealDetailPane::AppealDetailPane(Shell::ConsoleSession &session, PhotoLoader *photos,
                                   QWidget *parent)
    : QWidget(parent), m_session(session), m_photos(photos)
{
    setObjectName(QStringLiteral("appealDetail"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new StatusBadge(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 0, Qt::AlignVCenter);
    header->addStretch(1);
    m_subtitle = valueLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_message = new Shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("appealMessage"));

    auto *appealBox = new QGroupBox(tr("The person's appeal"), this);
    m_appealText = valueLabel(appealBox);
    m_appealText->setObjectName(QStringLiteral("appealText"));
    m_appealText->setMargin(6);
    m_appealText->setAutoFillBackground(true);
    m_appealText->setBackgroundRole(QPalette::Base);
    auto *appealLayout = new QVBoxLayout(appealBox);
    appealLayout->addWidget(m_appealText);

    auto *decisionBox = new QGroupBox(tr("Decision appealed against"), this);
    m_decision = valueLabel(decisionBox);
    m_decision->setObjectName(QStringLiteral("originalDecision"));
    m_decisionNote = valueLabel(decisionBox);
    m_decisionNote->setForegroundRole(QPalette::PlaceholderText);
    m_photo = new BlurredImageView(decisionBox);
    m_photo->setMinimumHeight(180);
    m_photo->hide();
    m_excerpt = valueLabel(decisionBox);
    m_excerpt->setMargin(6);
    m_excerpt->setAutoFillBackground(true);
    m_excerpt->setBackgroundRole(QPalette::Base);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decision);
    decisionLayout->addWidget(m_decisionNote);
    decisionLayout->addWidget(m_photo);
    decisionLayout->addWidget(m_excerpt);

    auto *subjectBox = new QGroupBox(tr("Subject"), this);
    m_subject = valueLabel(subjectBox);
    m_timeline = new QPushButton(tr("Timeline…"), subjectBox);
    m_timeline->setAutoDefault(false);
    m_timeline->setVisible(m_session.can(Permission::Timeline));
    auto *subjectLayout = new QHBoxLayout(subjectBox);
    subjectLayout->addWidget(m_subject, 1);
    subjectLayout->addWidget(m_timeline, 0, Qt::AlignTop);

    auto *scrolled = new QWidget(this);
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 4, 0);
    scrolledLayout->addLayout(header);
    scrolledLayout->addWidget(m_subtitle);
    scrolledLayout->addWidget(appealBox);
    scrolledLayout->addWidget(decisionBox);
    scrolledLayout->addWidget(subjectBox);
    scrolledLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(scrolled);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The outcome
    m_form = new QGroupBox(tr("Outcome"), this);
    m_ownDecision = valueLabel(m_form);
    m_ownDecision->setObjectName(QStringLiteral("ownDecision"));
    m_uphold = new QPushButton(m_form);
    m_uphold->setObjectName(QStringLiteral("outcome:upheld"));
    m_overturn = new QPushButton(m_form);
    m_overturn->setObjectName(QStringLiteral("outcome:overturned"));
    m_outcomes = new QButtonGroup(this);
    for (QPushButton *button : {m_uphold, m_overturn}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked{background-color:palette(highlight);"
                           "color:palette(highlighted-text);border:1px solid palette(highlight);"
                           "border-radius:3px;padding:4px 8px;font-weight:bold;}"));
        m_outcomes->addButton(button);
    }
    m_uphold->setToolTip(tr("The decision stands"));
    m_overturn->setToolTip(tr("The decision is reversed: its strike is revoked and a suspension "
                              "or ban it caused is lifted"));
    m_note = new QPlainTextEdit(m_form);
    m_note->setObjectName(QStringLiteral("appealNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Required: why, for the record and for the person's answer"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_problem = valueLabel(m_form);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_submit = new QPushButton(m_form);
    m_submit->setObjectName(QStringLiteral("appealSubmit"));
    m_submitNext = new QPushButton(m_form);
    m_submitNext->setObjectName(QStringLiteral("appealSubmitNext"));
    m_submit->setAutoDefault(false);
    m_submitNext->setAutoDefault(false);
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_uphold);
    outcomeRow->addWidget(m_overturn);
    outcomeRow->addStretch(1);
    m_problem->setAlignment(Qt::AlignRight);
    auto *submitRow = new QHBoxLayout;
    submitRow->addStretch(1);
    submitRow->addWidget(m_submit);
    submitRow->addWidget(m_submitNext);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(m_ownDecision);
    formLayout->addLayout(outcomeRow);
    formLayout->addWidget(m_note);
    formLayout->addWidget(m_problem);
    formLayout->addLayout(submitRow);
    m_form->setVisible(m_session.can(Permission::Appeal));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_form);

    connect(m_outcomes, &QButtonGroup::buttonToggled, this, &AppealDetailPane::updateActions);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AppealDetailPane::updateActions);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_submitNext, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_timeline, &QPushButton::clicked, this, [this] {
        Q_EMIT timelineRequested(number(m_appeal, "user_id"), text(m_appeal, "subject_name"));
    });
    setBindings(m_bindings);
}

qint64 AppealDetailPane::appealId() const
{
    return number(m_appeal, "id");
}

void AppealDetailPane::setBindings(const TriageBindings &bindings)
{
    m_bindings = bindings;
    using C = TriageBindings::Command;
    m_uphold->setText(
        bindings.withKey(ModerationText::outcomeTitle(QStringLiteral("upheld")), C::Uphold));
    m_overturn->setText(
        bindings.withKey(ModerationText::outcomeTitle(QStringLiteral("overturned")), C::Overturn));
    m_submit->setText(bindings.withKey(tr("Submit"), C::Submit));
    m_submitNext->setText(bindings.withKey(tr("Submit and next"), C::SubmitAndNext));
    m_timeline->setToolTip(
        bindings.withKey(tr("Everything that happened to this person"), C::Timeline));
    const QString reveal = bindings.keyText(C::Reveal);
    m_photo->setHiddenHint(reveal.isEmpty()
                               ? tr("Photo hidden — click to reveal")
                               : tr("Photo hidden — click or press %1 to reveal").arg(reveal));
}

void AppealDetailPane::setBlurPhotos(bool blur)
{
    m_blurPhotos = blur;
    if (m_photo->hasImage())
        m_photo->setRevealed(!blur);
}

void AppealDetailPane::showAppeal(const QJsonObject &row)
{
    const bool isSame = number(row, "id") == appealId() && appealId() > 0;
    m_appeal = row;
    if (!isSame) {
        if (!m_keepMessage)
            m_message->clear();
        m_report = {};
        m_photoAppealId = 0;
        m_photo->clear();
        m_photo->hide();
        m_outcomes->setExclusive(false);
        m_uphold->setChecked(false);
        m_overturn->setChecked(false);
        m_outcomes->setExclusive(true);
        const QSignalBlocker blocker(m_note);
        m_note->clear();
    }
    m_keepMessage = false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_title->setText(tr("Appeal #%1").arg(appealId()));
    const QString status = text(row, "status");
    m_status->setBadge(ModerationText::statusTitle(status), StatusBadge::statusTone(status));
    //: Under an appeal's title: what it is against, when it was filed, by whom.
    m_subtitle->setText(tr("Against: %1 · filed %2 ago by %3")
                            .arg(ModerationText::appealTypeTitle(text(row, "appeal_type")),
                                 ModerationText::age(number(row, "created_at"), now),
                                 text(row, "subject_name")));
    m_appealText->setText(text(row, "message"));
    const QString reasonTitle = text(row, "decision_reason_title");
    m_decision->setText(tr("%1 — %2, by %3 on %4 (report #%5).")
                            .arg(ModerationText::actionTitle(text(row, "decision_action")),
                                 reasonTitle.isEmpty() ? text(row, "decision_reason") : reasonTitle,
                                 text(row, "decided_by_name").isEmpty()
                                     ? tr("the system")
                                     : text(row, "decided_by_name"),
                                 ModerationText::time(number(row, "decided_at")))
                            .arg(number(row, "report_id")));
    const QString note = text(row, "decision_note");
    m_decisionNote->setText(note.isEmpty() ? tr("No note was left.")
                                           : tr("Moderator's note: “%1”").arg(note));
    const QString excerpt = text(row, "content_excerpt");
    m_excerpt->setText(excerpt.isEmpty() ? QString()
                                         : tr("%1: %2").arg(ModerationText::contentTypeTitle(
                                                                text(row, "content_type")),
                                                            excerpt));
    m_excerpt->setVisible(!excerpt.isEmpty());
    m_subject->setText(tr("%1 · #%2").arg(text(row, "subject_name")).arg(number(row, "user_id")));
    updateActions();
    loadReport();
}

void AppealDetailPane::loadReport()
{
    const qint64 reportId = number(m_appeal, "report_id");
    if (reportId <= 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 id = appealId();
    m_session.call(
        QStringLiteral("moderation.get"), {{QStringLiteral("id"), reportId}}, this,
        [this, generation, id](const CommandResult &result) {
            if (generation != m_generation || !result.ok())
                return;
            const QJsonObject details = result.data.toObject();
            m_report = details.value(QStringLiteral("report")).toObject();
            const QJsonObject subject = details.value(QStringLiteral("subject")).toObject();
            const qint64 strikes = number(subject, "active_strikes");
            QString standing = tr("%1 · #%2 — %3")
                                   .arg(text(subject, "name"))
                                   .arg(number(subject, "id"))
                                   .arg(ModerationText::statusTitle(text(subject, "status")));
            standing +=
                QLatin1Char('\n') +
                (strikes == 0 ? tr("No active strikes.")
                              : tr("%Ln active strike(s), total weight %1.", nullptr, int(strikes))
                                    .arg(number(subject, "active_strike_weight")));
            m_subject->setText(standing);
            const QString media = text(m_report, "media_url");
            if (!media.isEmpty() && m_photoAppealId != id) {
                m_photoAppealId = id;
                m_photo->show();
                m_photo->setMessage(tr("Loading the photo…"));
                m_photos->load(media, this, [this, id](const PhotoLoader::Result &photo) {
                    if (m_photoAppealId != id)
                        return;
                    if (photo.image.isNull())
                        m_photo->setMessage(photo.error);
                    else
                        m_photo->setImage(photo.image, m_blurPhotos);
                });
            }
            Q_EMIT loaded();
        });
}

bool AppealDetailPane::isOwnDecision() const
{
    return !m_appeal.value(QStringLiteral("decided_by")).isNull() &&
           number(m_appeal, "decided_by") == m_session.principal().operatorId;
}

bool AppealDetailPane::canDecide() const
{
    const QString status = text(m_appeal, "status");
    return appealId() > 0 && !m_isSending && m_session.can(Permission::Appeal) &&
           (status == QLatin1String("open") || status == QLatin1String("in_review"));
}

QString AppealDetailPane::outcome() const
{
    if (m_uphold->isChecked())
        return QStringLiteral("upheld");
    if (m_overturn->isChecked())
        return QStringLiteral("overturned");
    return {};
}

bool AppealDetailPane::chooseOutcome(const QString &outcome)
{
    if (!canDecide())
        return false;
    if (outcome == QLatin1String("upheld"))
        m_uphold->setChecked(true);
    else if (outcome == QLatin1String("overturned"))
        m_overturn->setChecked(true);
    else
        return false;
    return true;
}

void AppealDetailPane::updateActions()
{
    const bool isOpen = canDecide() || m_isSending;
    m_ownDecision->setText(
        isOwnDecision()
            ? tr("You took the decision appealed against: another moderator must decide this "
                 "appeal.")
            : QString());
    m_ownDecision->setVisible(isOwnDecision());
    if (isOwnDecision())
        m_ownDecision->setStyleSheet(
            QStringLiteral("color:%1;").arg(Shell::Theme::warningColor().name()));
    m_uphold->setEnabled(isOpen && !m_isSending);
    m_overturn->setEnabled(isOpen && !m_isSending);
    m_note->setReadOnly(m_isSending || !isOpen);
    QString problem;
    if (outcome().isEmpty())
        problem = tr("Choose uphold or overturn.");
    else if (m_note->toPlainText().trimmed().isEmpty())
        problem = tr("Write a note: it is required.");
    m_problem->setText(isOpen && !m_isSending ? problem : QString());
    const bool isReady = canDecide() && problem.isEmpty();
    m_submit->setEnabled(isReady);
    m_submitNext->setEnabled(isReady);
}

void AppealDetailPane::submit(bool andNext)
{
    if (!canDecide())
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (outcome().isEmpty() || note.isEmpty()) {
        m_message->showError(outcome().isEmpty() ? tr("Choose uphold or overturn.")
                                                 : tr("Write a note: it is required."));
        return;
    }
    const qint64 id = appealId();
    const QString chosen = outcome();
    m_isSending = true;
    m_message->clear();
    updateActions();
    m_session.call(QStringLiteral("moderation.appeal_decide"),
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("version"), number(m_appeal, "version")},
                    {QStringLiteral("outcome"), chosen},
                    {QStringLiteral("note"), note}},
                   this, [this, id, chosen, andNext](const CommandResult &result) {
                       m_isSending = false;
                       if (appealId() != id) {
                           updateActions();
                           return;
                       }
                       if (!result.ok()) {
                           updateActions();
                           m_message->showError(result.message);
                           return;
                       }
                       const QJsonObject row = result.data.toObject();
                       m_message->showSuccess(
                           chosen == QLatin1String("upheld")
                               ? tr("Appeal #%1 upheld: the decision stands.").arg(id)
                               : tr("Appeal #%1 overturned: the decision was reversed.").arg(id));
                       Q_EMIT recordChanged(row);
                       m_keepMessage = true;
                       Q_EMIT decided(id, andNext);
                       if (appealId() == id) {
                           m_keepMessage = false;
                           showAppeal(row);
                       }
                   });
}

void AppealDetailPane::focusNote()
{
    if (canDecide())
        m_note->setFocus();
}

void AppealDetailPane::toggleReveal()
{
    if (m_photo->isVisible())
        m_photo->toggleRevealed();
}

} // namespace Steward::Moderation
