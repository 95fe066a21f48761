#include "reportdetailpane.h"

#include "assigndialog.h"
#include "blurredimageview.h"
#include "decisionform.h"
#include "historylist.h"
#include "moderationpermissions.h"
#include "moderationtext.h"
#include "photoloader.h"
#include "statusbadge.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "theme.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
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

QLabel *secondaryLabel(QWidget *parent)
{
    QLabel *label = valueLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString roleTitle(const QString &role)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("dater"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "dater")},
        {QStringLiteral("creator"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "creator")},
        {QStringLiteral("buyer"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "buyer")},
        {QStringLiteral("vendor"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "vendor")},
        {QStringLiteral("driver"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "driver")},
        {QStringLiteral("host"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "host")},
        {QStringLiteral("advertiser"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "advertiser")},
        {QStringLiteral("traveler"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "traveler")},
        {QStringLiteral("sender"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "sender")},
        {QStringLiteral("dao_member"),
         QT_TRANSLATE_NOOP("Steward::Moderation::ReportDetailPane", "DAO member")},
    };
    const char *title = titles.value(role);
    return title ? ReportDetailPane::tr(title) : role;
}

} // namespace

ReportDetailPane::ReportDetailPane(Shell::ConsoleSession &session, PhotoLoader *photos,
                                   QWidget *parent)
    : QWidget(parent), m_session(session), m_photos(photos)
{
    setObjectName(QStringLiteral("reportDetail"));

    // Header
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_severity = new StatusBadge(this);
    m_status = new StatusBadge(this);
    m_reload = new QToolButton(this);
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setToolTip(tr("Reload this report"));
    m_reload->setAutoRaise(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_severity, 0, Qt::AlignVCenter);
    header->addWidget(m_status, 0, Qt::AlignVCenter);
    header->addStretch(1);
    header->addWidget(m_reload);
    m_subtitle = secondaryLabel(this);
    m_message = new Shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));

    // The content
    auto *contentBox = new QGroupBox(tr("Reported content"), this);
    m_photo = new BlurredImageView(contentBox);
    m_photo->setMinimumHeight(220);
    m_excerpt = valueLabel(contentBox);
    m_excerpt->setObjectName(QStringLiteral("excerpt"));
    QFont excerptFont = m_excerpt->font();
    excerptFont.setPointSizeF(excerptFont.pointSizeF() * 1.08);
    m_excerpt->setFont(excerptFont);
    m_excerpt->setMargin(6);
    m_excerpt->setAutoFillBackground(true);
    m_excerpt->setBackgroundRole(QPalette::Base);
    m_contentReference = secondaryLabel(contentBox);
    m_aiScore = valueLabel(contentBox);
    m_aiScore->setObjectName(QStringLiteral("aiScore"));
    m_reporter = secondaryLabel(contentBox);
    m_reportDetails = valueLabel(contentBox);
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->addWidget(m_photo, 1);
    contentLayout->addWidget(m_excerpt);
    contentLayout->addWidget(m_contentReference);
    contentLayout->addWidget(m_aiScore);
    contentLayout->addWidget(m_reportDetails);
    contentLayout->addWidget(m_reporter);

    // The subject
    auto *subjectBox = new QGroupBox(tr("Subject"), this);
    m_subjectName = valueLabel(subjectBox);
    QFont nameFont = m_subjectName->font();
    nameFont.setBold(true);
    m_subjectName->setFont(nameFont);
    m_subjectStatus = new StatusBadge(subjectBox);
    m_timeline = new QPushButton(tr("Timeline…"), subjectBox);
    m_timeline->setObjectName(QStringLiteral("timelineButton"));
    m_timeline->setAutoDefault(false);
    m_timeline->setVisible(m_session.can(Permission::Timeline));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_subjectName, 1);
    nameRow->addWidget(m_subjectStatus, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_timeline);
    m_subjectRoles = secondaryLabel(subjectBox);
    m_subjectStrikes = valueLabel(subjectBox);
    m_subjectStrikes->setObjectName(QStringLiteral("subjectStrikes"));
    auto *subjectLayout = new QVBoxLayout(subjectBox);
    subjectLayout->addLayout(nameRow);
    subjectLayout->addWidget(m_subjectRoles);
    subjectLayout->addWidget(m_subjectStrikes);

    // History
    m_relatedBox = new QGroupBox(tr("Other reports on this content"), this);
    m_related =
        new HistoryList({tr("Arrived"), tr("Source"), tr("Reason"), tr("Outcome")}, m_relatedBox);
    auto *relatedLayout = new QVBoxLayout(m_relatedBox);
    relatedLayout->addWidget(m_related);
    auto *decisionsBox = new QGroupBox(tr("Decisions"), this);
    m_decisions = new HistoryList(
        {tr("When"), tr("Operator"), tr("Decision"), tr("Reason"), tr("Note")}, decisionsBox);
    m_decisions->setObjectName(QStringLiteral("decisions"));
    auto *decisionsLayout = new QVBoxLayout(decisionsBox);
    decisionsLayout->addWidget(m_decisions);

    auto *scrolled = new QWidget(this);
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 4, 0);
    scrolledLayout->addLayout(header);
    scrolledLayout->addWidget(m_subtitle);
    scrolledLayout->addWidget(contentBox);
    scrolledLayout->addWidget(subjectBox);
    scrolledLayout->addWidget(m_relatedBox);
    scrolledLayout->addWidget(decisionsBox);
    scrolledLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(scrolled);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Claim and decision: always in view under the scrolled part.
    m_actionArea = new QWidget(this);
    m_claim = valueLabel(m_actionArea);
    m_claim->setObjectName(QStringLiteral("claim"));
    m_claimButton = new QPushButton(tr("Claim"), m_actionArea);
    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    m_releaseButton = new QPushButton(tr("Release"), m_actionArea);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_assignButton = new QPushButton(tr("Assign…"), m_actionArea);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    for (QPushButton *button : {m_claimButton, m_releaseButton, m_assignButton}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }
    m_claimButton->setVisible(m_session.can(Permission::Decide));
    m_releaseButton->setVisible(m_session.can(Permission::Decide));
    m_assignButton->setVisible(m_session.can(Permission::Assign));
    auto *claimRow = new QHBoxLayout;
    claimRow->addWidget(m_claim, 1);
    claimRow->addWidget(m_claimButton, 0, Qt::AlignTop);
    claimRow->addWidget(m_releaseButton, 0, Qt::AlignTop);
    claimRow->addWidget(m_assignButton, 0, Qt::AlignTop);

    m_form = new DecisionForm(m_actionArea);
    QStringList allowed = DecisionForm::actions();
    if (!m_session.can(Permission::Ban))
        allowed.removeAll(QStringLiteral("ban"));
    m_form->setAllowedActions(allowed);
    m_problem = secondaryLabel(m_actionArea);
    m_submit = new QPushButton(tr("Submit"), m_actionArea);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submitNext = new QPushButton(tr("Submit and next"), m_actionArea);
    m_submitNext->setObjectName(QStringLiteral("submitNextButton"));
    m_submit->setAutoDefault(false);
    m_submitNext->setAutoDefault(false);
    m_problem->setAlignment(Qt::AlignRight);
    auto *submitRow = new QHBoxLayout;
    submitRow->addStretch(1);
    submitRow->addWidget(m_submit);
    submitRow->addWidget(m_submitNext);
    m_decided = valueLabel(m_actionArea);
    m_decided->setObjectName(QStringLiteral("decidedNote"));

    auto *decisionBox = new QGroupBox(tr("Decision"), m_actionArea);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_form);
    decisionLayout->addWidget(m_problem);
    decisionLayout->addLayout(submitRow);
    decisionBox->setVisible(m_session.can(Permission::Decide));
    auto *actionLayout = new QVBoxLayout(m_actionArea);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addLayout(claimRow);
    actionLayout->addWidget(m_decided);
    actionLayout->addWidget(decisionBox);

    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_message);
    bodyLayout->addWidget(m_scroll, 1);
    bodyLayout->addWidget(m_actionArea);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_body);

    connect(m_reload, &QToolButton::clicked, this, &ReportDetailPane::reload);
    connect(m_timeline, &QPushButton::clicked, this, [this] {
        const QJsonObject subject = m_details.value(QStringLiteral("subject")).toObject();
        Q_EMIT timelineRequested(number(m_report, "subject_user_id"),
                                 subject.isEmpty() ? text(m_report, "subject_name")
                                                   : text(subject, "name"));
    });
    connect(m_claimButton, &QPushButton::clicked, this, &ReportDetailPane::claim);
    connect(m_releaseButton, &QPushButton::clicked, this, &ReportDetailPane::release);
    connect(m_assignButton, &QPushButton::clicked, this, &ReportDetailPane::assign);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_submitNext, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_form, &DecisionForm::changed, this, &ReportDetailPane::updateActions);
    m_leaseTimer.setSingleShot(true);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        updateClaim();
        updateActions();
    });

    setBindings(m_bindings);
    showNothing(tr("Choose a report."));
}

qint64 ReportDetailPane::reportId() const
{
    return number(m_report, "id");
}

void ReportDetailPane::setPolicies(const QJsonArray &policies)
{
    m_form->setPolicies(policies);
}

void ReportDetailPane::setBindings(const TriageBindings &bindings)
{
    m_bindings = bindings;
    using C = TriageBindings::Command;
    m_form->setBindings(bindings);
    m_submit->setText(bindings.withKey(tr("Submit"), C::Submit));
    m_submitNext->setText(bindings.withKey(tr("Submit and next"), C::SubmitAndNext));
    m_submit->setToolTip(tr("Take the decision and stay on this report"));
    m_submitNext->setToolTip(tr("Take the decision and go to the next report"));
    m_claimButton->setToolTip(bindings.withKey(tr("Claim this report for a while so no one "
                                                  "else works on it"),
                                               C::Claim));
    m_releaseButton->setToolTip(bindings.withKey(tr("Give the claim up"), C::Release));
    m_assignButton->setToolTip(
        bindings.withKey(tr("Hand the report to another moderator"), C::Assign));
    m_timeline->setToolTip(
        bindings.withKey(tr("Everything that happened to this person"), C::Timeline));
    const QString reveal = bindings.keyText(C::Reveal);
    m_photo->setHiddenHint(reveal.isEmpty()
                               ? tr("Photo hidden — click to reveal")
                               : tr("Photo hidden — click or press %1 to reveal").arg(reveal));
}

void ReportDetailPane::setBlurPhotos(bool blur)
{
    m_blurPhotos = blur;
    // Switching the preference off shows the current photo; switching it on hides it.
    if (m_photo->hasImage())
        m_photo->setRevealed(!blur);
}

void ReportDetailPane::showNothing(const QString &text)
{
    ++m_generation;
    m_report = {};
    m_details = {};
    m_photoReportId = 0;
    m_leaseTimer.stop();
    m_photo->clear();
    m_empty->setText(text);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
}

void ReportDetailPane::showReport(const QJsonObject &row)
{
    const bool isSame = number(row, "id") == reportId() && reportId() > 0;
    m_report = row;
    if (!isSame) {
        m_details = {};
        if (!m_keepMessage)
            m_message->clear();
        m_form->reset(text(row, "reason"));
        m_scroll->verticalScrollBar()->setValue(0);
    }
    m_keepMessage = false;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_body);
    showRow();
    load(true);
}

void ReportDetailPane::reload()
{
    load(true);
}

void ReportDetailPane::load(bool keepMessage)
{
    if (reportId() <= 0)
        return;
    if (!keepMessage)
        m_message->clear();
    const quint64 generation = ++m_generation;
    const qint64 id = reportId();
    m_session.call(QStringLiteral("moderation.get"), {{QStringLiteral("id"), id}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       m_details = result.data.toObject();
                       m_report = m_details.value(QStringLiteral("report")).toObject();
                       showRow();
                       showDetails();
                       Q_EMIT loaded();
                   });
}

void ReportDetailPane::showRow()
{
    const QString contentType = text(m_report, "content_type");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_title->setText(tr("Report #%1").arg(reportId()));
    const QString severity = text(m_report, "severity");
    m_severity->setBadge(ModerationText::severityTitle(severity),
                         StatusBadge::severityTone(severity));
    const QString status = text(m_report, "status");
    m_status->setBadge(ModerationText::statusTitle(status), StatusBadge::statusTone(status));
    const qint64 count = number(m_report, "report_count");
    //: Under a report's title: content type, source, age, priority, number of reports.
    m_subtitle->setText(
        tr("%1 · %2 · arrived %3 ago · priority %4 · %Ln report(s)", nullptr, int(count))
            .arg(ModerationText::contentTypeTitle(contentType),
                 ModerationText::sourceTitle(text(m_report, "source")),
                 ModerationText::age(number(m_report, "created_at"), now),
                 QLocale().toString(number(m_report, "priority"))));

    const QString excerpt = text(m_report, "content_excerpt");
    m_excerpt->setText(excerpt);
    m_excerpt->setVisible(!excerpt.isEmpty());
    //: The reported item: its type and id, "Property listing #4312".
    m_contentReference->setText(tr("%1 #%2")
                                    .arg(ModerationText::contentTypeTitle(contentType))
                                    .arg(number(m_report, "content_id")));
    m_contentReference->setVisible(excerpt.isEmpty() && number(m_report, "content_id") > 0 &&
                                   contentType != QLatin1String("photo"));
    const bool isPhoto = !m_report.value(QStringLiteral("media_url")).isNull() &&
                         !text(m_report, "media_url").isEmpty();
    m_photo->setVisible(isPhoto);
    if (isPhoto)
        showPhoto();
    else
        m_photoReportId = 0;

    const QJsonValue score = m_report.value(QStringLiteral("ai_score"));
    if (score.isNull() || score.isUndefined()) {
        m_aiScore->hide();
    } else {
        const QString source = text(m_report, "ai_source");
        m_aiScore->setText(
            source.isEmpty() ? tr("AI-generated likelihood: %1").arg(ModerationText::aiScore(score))
                             : tr("AI-generated likelihood: %1, scored by %2")
                                   .arg(ModerationText::aiScore(score), source));
        const QColor color = ModerationText::severityColor(
            score.toInt() >= 900 ? QStringLiteral("critical")
                                 : (score.toInt() >= 700 ? QStringLiteral("high") : QString()));
        m_aiScore->setStyleSheet(color.isValid() ? QStringLiteral("color:%1;").arg(color.name())
                                                 : QString());
        m_aiScore->show();
    }
    updateClaim();
    updateActions();
}

void ReportDetailPane::showPhoto()
{
    const qint64 id = reportId();
    if (m_photoReportId == id)
        return;
    m_photoReportId = id;
    m_photo->setMessage(tr("Loading the photo…"));
    m_photos->load(text(m_report, "media_url"), this,
                   [this, id](const PhotoLoader::Result &result) {
                       if (m_photoReportId != id)
                           return;
                       if (result.image.isNull())
                           m_photo->setMessage(result.error);
                       else
                           m_photo->setImage(result.image, m_blurPhotos);
                   });
}

void ReportDetailPane::showDetails()
{
    const QString details = text(m_report, "details");
    m_reportDetails->setText(details.isEmpty() ? QString()
                                               : tr("Reporter's words: “%1”").arg(details));
    m_reportDetails->setVisible(!details.isEmpty());
    const QString reporter = text(m_report, "reporter_name");
    const qint64 accuracy = number(m_report, "reporter_accuracy");
    if (text(m_report, "source") == QLatin1String("automated"))
        m_reporter->setText(tr("Flagged automatically."));
    else if (!reporter.isEmpty())
        //: %1 a reporter's name, %2 the share of their past reports that were upheld.
        m_reporter->setText(tr("Reported by %1 — %2 % of their past reports were upheld.")
                                .arg(reporter)
                                .arg(accuracy / 10));
    else
        m_reporter->setText(tr("Reported by a user — reporter accuracy %1 %.").arg(accuracy / 10));

    const QJsonObject subject = m_details.value(QStringLiteral("subject")).toObject();
    //: A subject: name and person id.
    m_subjectName->setText(tr("%1 · #%2").arg(text(subject, "name")).arg(number(subject, "id")));
    const QString status = text(subject, "status");
    m_subjectStatus->setBadge(ModerationText::statusTitle(status), StatusBadge::statusTone(status));
    QStringList roles;
    const QJsonArray roleList = subject.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : roleList) {
        const QJsonObject role = value.toObject();
        QString title = roleTitle(text(role, "role"));
        if (text(role, "status") != QLatin1String("active"))
            //: A role that is not active: "driver (locked)".
            title = tr("%1 (%2)").arg(title, ModerationText::statusTitle(text(role, "status")));
        roles << title;
    }
    QString standing = roles.isEmpty() ? tr("No roles on the platform.")
                                       : tr("Roles: %1").arg(roles.join(QStringLiteral(", ")));
    if (status == QLatin1String("suspended") && number(subject, "suspended_until") > 0)
        standing +=
            QLatin1Char('\n') + tr("Suspended until %1: %2")
                                    .arg(ModerationText::time(number(subject, "suspended_until")),
                                         text(subject, "status_reason"));
    else if (status != QLatin1String("active") && !text(subject, "status_reason").isEmpty())
        standing += QLatin1Char('\n') + tr("Reason: %1").arg(text(subject, "status_reason"));
    m_subjectRoles->setText(standing);
    const qint64 strikes = number(subject, "active_strikes");
    m_subjectStrikes->setText(
        strikes == 0 ? tr("No active strikes.")
                     : tr("%Ln active strike(s), total weight %1.", nullptr, int(strikes))
                           .arg(number(subject, "active_strike_weight")));
    m_subjectStrikes->setStyleSheet(
        strikes > 0 ? QStringLiteral("color:%1;").arg(Shell::Theme::warningColor().name())
                    : QString());

    m_related->reset(tr("No other reports on this content."));
    const QJsonArray related = m_details.value(QStringLiteral("related")).toArray();
    for (const QJsonValue &value : related) {
        const QJsonObject row = value.toObject();
        m_related->addRow({ModerationText::time(number(row, "created_at")),
                           ModerationText::sourceTitle(text(row, "source")),
                           text(row, "reason_title"),
                           ModerationText::statusTitle(text(row, "status"))});
    }
    m_related->finish();
    m_relatedBox->setTitle(related.isEmpty()
                               ? tr("Other reports on this content")
                               : tr("Other reports on this content (%1)").arg(related.size()));

    m_decisions->reset(tr("No decision yet."));
    const QJsonArray decisions = m_details.value(QStringLiteral("decisions")).toArray();
    for (const QJsonValue &value : decisions) {
        const QJsonObject decision = value.toObject();
        QString action = ModerationText::actionTitle(text(decision, "action"));
        if (number(decision, "days") > 0)
            //: A suspension decision with its length: "Suspend, 7 days".
            action = tr("%1, %Ln day(s)", nullptr, int(number(decision, "days"))).arg(action);
        if (!text(decision, "ladder_action").isEmpty())
            //: A decision and the strike ladder step it triggered.
            action = tr("%1 → ladder: %2")
                         .arg(action, ModerationText::actionTitle(text(decision, "ladder_action")));
        m_decisions->addRow({ModerationText::time(number(decision, "decided_at")),
                             text(decision, "operator_name"), action,
                             text(decision, "reason_title"), text(decision, "note")});
    }
    m_decisions->finish();
    updateClaim();
    updateActions();
}

bool ReportDetailPane::isOpen() const
{
    const QString status = text(m_report, "status");
    return status != QLatin1String("resolved") && status != QLatin1String("dismissed");
}

bool ReportDetailPane::isHeldByOther() const
{
    return !m_report.value(QStringLiteral("claimed_by")).isNull() &&
           number(m_report, "claimed_by") != m_session.principal().operatorId &&
           number(m_report, "lease_until") > QDateTime::currentMSecsSinceEpoch();
}

bool ReportDetailPane::isHeldByMe() const
{
    return number(m_report, "claimed_by") == m_session.principal().operatorId &&
           number(m_report, "lease_until") > QDateTime::currentMSecsSinceEpoch();
}

bool ReportDetailPane::canDecide() const
{
    return reportId() > 0 && isOpen() && !isHeldByOther() && !m_isSending &&
           m_session.can(Permission::Decide);
}

void ReportDetailPane::updateClaim()
{
    m_leaseTimer.stop();
    const qint64 until = number(m_report, "lease_until");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!isOpen()) {
        m_claim->setText(QString());
        m_claim->setStyleSheet(QString());
    } else if (isHeldByMe()) {
        m_claim->setText(tr("Yours until %1.").arg(ModerationText::clockTime(until, now)));
        m_claim->setStyleSheet(QString());
    } else if (isHeldByOther()) {
        m_claim->setText(
            tr("%1 has it until %2.")
                .arg(text(m_report, "claimed_by_name"), ModerationText::clockTime(until, now)));
        m_claim->setToolTip(tr("Decisions on this report are refused until the claim ends, "
                               "unless it is assigned to you."));
        m_claim->setStyleSheet(
            QStringLiteral("color:%1;").arg(Shell::Theme::warningColor().name()));
    } else {
        m_claim->setText(tr("Not claimed."));
        m_claim->setStyleSheet(QString());
    }
    if (!isHeldByOther())
        m_claim->setToolTip(QString());
    if (until > now)
        m_leaseTimer.start(int(std::min<qint64>(until - now + 500, 24 * 3600 * 1000)));

    m_claimButton->setText(m_bindings.withKey(isHeldByMe() ? tr("Extend claim") : tr("Claim"),
                                              TriageBindings::Command::Claim));
    m_releaseButton->setText(m_bindings.withKey(tr("Release"), TriageBindings::Command::Release));
    m_assignButton->setText(m_bindings.withKey(tr("Assign…"), TriageBindings::Command::Assign));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_claim), static_cast<QWidget *>(m_claimButton),
          static_cast<QWidget *>(m_releaseButton), static_cast<QWidget *>(m_assignButton)})
        widget->setVisible(isOpen());
    m_claimButton->setVisible(isOpen() && m_session.can(Permission::Decide));
    m_releaseButton->setVisible(isOpen() && m_session.can(Permission::Decide));
    m_assignButton->setVisible(isOpen() && m_session.can(Permission::Assign));
    m_claimButton->setEnabled(isOpen() && !isHeldByOther() && !m_isSending);
    m_releaseButton->setEnabled(isHeldByMe() && !m_isSending);
    m_assignButton->setEnabled(isOpen() && !m_isSending);
}

void ReportDetailPane::updateActions()
{
    const bool isOpenReport = isOpen();
    QStringList allowed = DecisionForm::actions();
    if (!m_session.can(Permission::Ban))
        allowed.removeAll(QStringLiteral("ban"));
    if (text(m_report, "queue") == QLatin1String("escalated") ||
        text(m_report, "status") == QLatin1String("escalated"))
        allowed.removeAll(QStringLiteral("escalate"));
    if (allowed != m_form->allowedActions())
        m_form->setAllowedActions(allowed);

    m_form->setEnabled(isOpenReport && !isHeldByOther());
    m_form->setSending(m_isSending);
    const QString problem = m_form->problem();
    const bool isReady = canDecide() && problem.isEmpty();
    m_submit->setEnabled(isReady);
    m_submitNext->setEnabled(isReady);
    m_problem->setText(isOpenReport && !isHeldByOther() && !m_isSending ? problem : QString());
    m_form->parentWidget()->setVisible(isOpenReport && m_session.can(Permission::Decide));

    if (!isOpenReport) {
        const QJsonArray decisions = m_details.value(QStringLiteral("decisions")).toArray();
        const QJsonObject last = decisions.isEmpty() ? QJsonObject() : decisions.first().toObject();
        m_decided->setText(last.isEmpty()
                               ? tr("This report is closed.")
                               : tr("Decided: %1 — %2, by %3 on %4.")
                                     .arg(ModerationText::actionTitle(text(last, "action")),
                                          text(last, "reason_title"), text(last, "operator_name"),
                                          ModerationText::time(number(last, "decided_at"))));
    }
    m_decided->setVisible(!isOpenReport);
}

bool ReportDetailPane::chooseAction(const QString &action)
{
    if (!canDecide())
        return false;
    return m_form->chooseAction(action);
}

void ReportDetailPane::submit(bool andNext)
{
    if (!canDecide())
        return;
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    QJsonObject params = m_form->parameters();
    params.insert(QStringLiteral("id"), reportId());
    params.insert(QStringLiteral("version"), number(m_report, "version"));
    m_isSending = true;
    m_message->clear();
    updateClaim();
    updateActions();
    const qint64 id = reportId();
    m_session.call(QStringLiteral("moderation.decide"), params, this,
                   [this, id, andNext](const CommandResult &result) {
                       m_isSending = false;
                       if (reportId() != id) {
                           updateActions();
                           return;
                       }
                       if (!result.ok()) {
                           updateClaim();
                           updateActions();
                           commandFailed(result);
                           return;
                       }
                       const QJsonObject answer = result.data.toObject();
                       const QJsonObject row = answer.value(QStringLiteral("report")).toObject();
                       m_message->showSuccess(decisionSummary(answer));
                       m_report = row;
                       Q_EMIT recordChanged(row);
                       m_keepMessage = true;
                       Q_EMIT decided(id, andNext);
                       if (reportId() == id) {
                           // Still here (submit without moving on, or the end of the queue).
                           m_keepMessage = false;
                           showRow();
                           load(true);
                       }
                   });
}

QString ReportDetailPane::decisionSummary(const QJsonObject &answer) const
{
    const QJsonObject decision = answer.value(QStringLiteral("decision")).toObject();
    const qint64 id = number(answer.value(QStringLiteral("report")).toObject(), "id");
    QString action = ModerationText::actionTitle(text(decision, "action"));
    if (number(decision, "days") > 0)
        action = tr("%1, %Ln day(s)", nullptr, int(number(decision, "days"))).arg(action);
    QStringList parts;
    //: After a decision: "Report #12: Remove content (Harassment)."
    parts << tr("Report #%1: %2 (%3).").arg(id).arg(action, text(decision, "reason_title"));
    const QJsonObject strike = answer.value(QStringLiteral("strike")).toObject();
    if (!strike.isEmpty())
        parts << tr("Strike of weight %1 issued.").arg(number(strike, "weight"));
    const QJsonObject ladder = answer.value(QStringLiteral("ladder")).toObject();
    if (!ladder.isEmpty()) {
        const qint64 days = number(ladder, "days");
        const QString step = ModerationText::actionTitle(text(ladder, "action"));
        parts << (days > 0
                      ? tr("Strike ladder at %1: %2 for %Ln day(s).", nullptr, int(days))
                            .arg(number(ladder, "strikes"))
                            .arg(step)
                      : tr("Strike ladder at %1: %2.").arg(number(ladder, "strikes")).arg(step));
    }
    return parts.join(QLatin1Char(' '));
}

void ReportDetailPane::claim()
{
    if (reportId() <= 0 || !isOpen() || isHeldByOther() || m_isSending ||
        !m_session.can(Permission::Decide))
        return;
    runClaimCommand(QStringLiteral("moderation.claim"),
                    {{QStringLiteral("id"), reportId()},
                     {QStringLiteral("version"), number(m_report, "version")}});
}

void ReportDetailPane::release()
{
    if (!isHeldByMe() || m_isSending)
        return;
    runClaimCommand(QStringLiteral("moderation.release"),
                    {{QStringLiteral("id"), reportId()},
                     {QStringLiteral("version"), number(m_report, "version")}});
}

void ReportDetailPane::assign()
{
    if (reportId() <= 0 || !isOpen() || !m_session.can(Permission::Assign))
        return;
    auto *dialog = new AssignDialog(m_session, reportId(), number(m_report, "version"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = reportId();
    connect(dialog, &AssignDialog::assigned, this, [this, id](const QJsonObject &row) {
        Q_EMIT recordChanged(row);
        if (reportId() != id)
            return;
        m_report = row;
        m_message->showSuccess(
            tr("Report #%1 is now with %2.").arg(id).arg(text(row, "claimed_by_name")));
        updateClaim();
        updateActions();
        load(true);
    });
    connect(dialog, &AssignDialog::conflicted, this, [this, id](const QString &message) {
        if (reportId() != id)
            return;
        m_message->showError(message);
        load(true);
    });
    dialog->open();
}

void ReportDetailPane::runClaimCommand(const QString &command, const QJsonObject &params)
{
    m_isSending = true;
    updateClaim();
    updateActions();
    const qint64 id = reportId();
    m_session.call(command, params, this, [this, id](const CommandResult &result) {
        m_isSending = false;
        if (reportId() != id) {
            updateActions();
            return;
        }
        if (!result.ok()) {
            updateClaim();
            updateActions();
            commandFailed(result);
            return;
        }
        m_report = result.data.toObject();
        m_message->clear();
        Q_EMIT recordChanged(m_report);
        updateClaim();
        updateActions();
    });
}

void ReportDetailPane::commandFailed(const CommandResult &result)
{
    m_message->showError(result.message);
    // Someone else changed or holds the report: show what they did.
    if (result.code == ErrorCode::Conflict || result.code == ErrorCode::NotFound)
        load(true);
}

void ReportDetailPane::toggleReveal()
{
    if (m_photo->isVisible())
        m_photo->toggleRevealed();
}

void ReportDetailPane::focusNote()
{
    if (canDecide())
        m_form->focusNote();
}

} // namespace Steward::Moderation
