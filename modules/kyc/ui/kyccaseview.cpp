#include "kyccaseview.h"

#include "documentviewer.h"
#include "kycstyle.h"
#include "kyctext.h"
#include "maskedfield.h"
#include "revealdialog.h"

#include "kycservice.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "theme.h"

#include <QCheckBox>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward::Kyc {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void setColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

/** Text with the shortcut in brackets, as every action's tooltip shows it. */
QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

QString percentOfThousand(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    //: A provider score out of 1000 shown as a percentage, e.g. "92.4 %".
    return KycCaseView::tr("%1 %").arg(QLocale().toString(value.toInt() / 10.0, 'f', 1));
}

QColor scoreColor(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const int score = value.toInt();
    if (score >= 800)
        return Shell::Theme::successColor();
    if (score >= 500)
        return Shell::Theme::warningColor();
    return Shell::Theme::errorColor();
}

QString historyAction(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Submitted")},
        {QStringLiteral("resubmitted"),
         QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "New attempt submitted")},
        {QStringLiteral("claimed"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Claimed")},
        {QStringLiteral("released"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Released")},
        {QStringLiteral("checked"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Ticked")},
        {QStringLiteral("unchecked"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Unticked")},
        {QStringLiteral("first_approval"),
         QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "First approval")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Approved")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Rejected")},
        {QStringLiteral("resubmission_requested"),
         QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Resubmission requested")},
        {QStringLiteral("escalated"), QT_TRANSLATE_NOOP("Steward::Kyc::KycCaseView", "Escalated")},
    };
    const char *name = names.value(action);
    return name ? KycCaseView::tr(name) : action;
}

const QKeySequence kApproveKey(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
const QKeySequence kRejectKey(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
const QKeySequence kResubmitKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
const QKeySequence kEscalateKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
const QKeySequence kClaimKey(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
const QKeySequence kReleaseKey(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
const QKeySequence kRevealKey(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
const QKeySequence kNextKey(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
const QKeySequence kPreviousKey(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
const QKeySequence kBackKey(Qt::ALT | Qt::Key_Left);

} // namespace

KycCaseView::KycCaseView(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    // Header: back, title with badges, due time.
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Queue"), this);
    m_back->setToolTip(
        tr("Back to the case list (Esc, %1)").arg(kBackKey.toString(QKeySequence::NativeText)));
    m_back->setAutoDefault(false);
    m_title = new QLabel(tr("Loading…"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateBadge = new QLabel(this);
    m_riskBadge = new QLabel(this);
    m_riskBadge->hide();
    m_due = new QLabel(this);
    QFont dueFont = m_due->font();
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    auto *reloadButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Rel&oad"), this);
    reloadButton->setToolTip(withShortcut(tr("Load the case again"), QKeySequence::Refresh));
    reloadButton->setAutoDefault(false);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_stateBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_riskBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_due);
    titleRow->addWidget(reloadButton);
    m_subtitle = valueLabel(this);
    m_message = new Shell::InlineMessage(this);

    m_viewer = new DocumentViewer(this);
    m_viewer->setRevealAllowed(m_session.can(Permission::Reveal));

    // The side panel: review state, checklist, checks, applicant, history.
    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 6, 0);

    auto *review = new QGroupBox(tr("Review"), panel);
    auto *reviewForm = new QFormLayout(review);
    m_assignee = valueLabel(review);
    m_risk = valueLabel(review);
    m_fourEyes = valueLabel(review);
    m_decision = valueLabel(review);
    reviewForm->addRow(tr("Reviewer:"), m_assignee);
    reviewForm->addRow(tr("Risk:"), m_risk);
    reviewForm->addRow(tr("Four-eyes:"), m_fourEyes);
    reviewForm->addRow(tr("Decision:"), m_decision);
    panelLayout->addWidget(review);

    m_checklistGroup = new QGroupBox(tr("Checklist"), panel);
    m_checklistLayout = new QVBoxLayout(m_checklistGroup);
    m_checklistSummary = valueLabel(m_checklistGroup);
    m_checklistLayout->addWidget(m_checklistSummary);
    panelLayout->addWidget(m_checklistGroup);

    auto *checks = new QGroupBox(tr("Provider checks"), panel);
    m_checkForm = new QFormLayout(checks);
    m_checkProvider = valueLabel(checks);
    m_checkResult = valueLabel(checks);
    m_checkDocument = valueLabel(checks);
    m_checkFace = valueLabel(checks);
    m_checkLiveness = valueLabel(checks);
    m_checkWatchlist = valueLabel(checks);
    m_checkTime = valueLabel(checks);
    m_earlierChecks = valueLabel(checks);
    m_checkForm->addRow(tr("Provider:"), m_checkProvider);
    m_checkForm->addRow(tr("Result:"), m_checkResult);
    m_checkForm->addRow(tr("Document:"), m_checkDocument);
    m_checkForm->addRow(tr("Face match:"), m_checkFace);
    m_checkForm->addRow(tr("Liveness:"), m_checkLiveness);
    m_checkForm->addRow(tr("Watchlist:"), m_checkWatchlist);
    m_checkForm->addRow(tr("Checked:"), m_checkTime);
    m_checkForm->addRow(tr("Earlier runs:"), m_earlierChecks);
    panelLayout->addWidget(checks);

    auto *applicant = new QGroupBox(tr("Applicant"), panel);
    auto *applicantForm = new QFormLayout(applicant);
    m_applicantName = valueLabel(applicant);
    m_applicantEmail = valueLabel(applicant);
    m_applicantAccount = valueLabel(applicant);
    m_applicantLocation = valueLabel(applicant);
    m_birthdate = new MaskedField(applicant);
    m_birthdate->setAccessibleName(tr("Birthdate"));
    m_phone = new MaskedField(applicant);
    m_phone->setAccessibleName(tr("Phone"));
    m_documentNumbers = new MaskedField(applicant);
    m_documentNumbers->setAccessibleName(tr("Document numbers"));
    applicantForm->addRow(tr("Name:"), m_applicantName);
    applicantForm->addRow(tr("Email:"), m_applicantEmail);
    applicantForm->addRow(tr("Account:"), m_applicantAccount);
    applicantForm->addRow(tr("Location:"), m_applicantLocation);
    applicantForm->addRow(tr("Birthdate:"), m_birthdate);
    applicantForm->addRow(tr("Phone:"), m_phone);
    applicantForm->addRow(tr("Document numbers:"), m_documentNumbers);
    panelLayout->addWidget(applicant);

    auto *history = new QGroupBox(tr("History"), panel);
    m_history = new QTreeWidget(history);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Details")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setUniformRowHeights(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(160);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history);
    panelLayout->addWidget(history, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_viewer);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Actions.
    m_claim = new QPushButton(tr("&Claim"), this);
    m_claim->setToolTip(
        withShortcut(tr("Assign the case to yourself and start the review"), kClaimKey));
    m_release = new QPushButton(tr("Re&lease"), this);
    m_release->setToolTip(withShortcut(tr("Give the case back to the queue"), kReleaseKey));
    m_escalate = new QPushButton(tr("&Escalate…"), this);
    m_escalate->setToolTip(withShortcut(tr("Hand the case to a senior reviewer"), kEscalateKey));
    m_resubmit = new QPushButton(tr("Request re&submission…"), this);
    m_resubmit->setToolTip(withShortcut(tr("Ask the applicant for new documents"), kResubmitKey));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setToolTip(
        withShortcut(tr("Reject the case with a message to the applicant"), kRejectKey));
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approvalHint = new QLabel(this);
    m_approvalHint->setWordWrap(true);
    m_next = new QPushButton(tr("&Next case"), this);
    m_next->setToolTip(withShortcut(tr("Open the next case of the list"), kNextKey));
    const bool mayDecide = m_session.can(Permission::Decide);
    for (QPushButton *button : {m_claim, m_release, m_escalate, m_resubmit, m_reject, m_approve}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
        button->setVisible(mayDecide);
    }
    m_next->setAutoDefault(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_claim);
    actions->addWidget(m_release);
    actions->addSpacing(12);
    actions->addWidget(m_approvalHint, 1);
    actions->addWidget(m_escalate);
    actions->addWidget(m_resubmit);
    actions->addWidget(m_reject);
    actions->addWidget(m_approve);
    actions->addSpacing(12);
    actions->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(m_back, &QPushButton::clicked, this, &KycCaseView::backRequested);
    connect(reloadButton, &QPushButton::clicked, this, &KycCaseView::reload);
    connect(m_claim, &QPushButton::clicked, this, &KycCaseView::claim);
    connect(m_release, &QPushButton::clicked, this, &KycCaseView::release);
    connect(m_escalate, &QPushButton::clicked, this, &KycCaseView::escalate);
    connect(m_resubmit, &QPushButton::clicked, this, &KycCaseView::requestResubmission);
    connect(m_reject, &QPushButton::clicked, this, &KycCaseView::reject);
    connect(m_approve, &QPushButton::clicked, this, &KycCaseView::approve);
    connect(m_next, &QPushButton::clicked, this, &KycCaseView::nextRequested);
    connect(m_viewer, &DocumentViewer::revealRequested, this, &KycCaseView::revealDocuments);
    connect(m_birthdate, &MaskedField::revealRequested, this,
            [this] { revealField(QStringLiteral("birthdate")); });
    connect(m_phone, &MaskedField::revealRequested, this,
            [this] { revealField(QStringLiteral("phone")); });
    connect(m_documentNumbers, &MaskedField::revealRequested, this,
            [this] { revealField(QStringLiteral("document_number")); });

    // Shortcuts act like their buttons, and only when those are enabled.
    const auto bind = [this](const QKeySequence &key, QPushButton *button) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
    };
    bind(kApproveKey, m_approve);
    bind(kRejectKey, m_reject);
    bind(kResubmitKey, m_resubmit);
    bind(kEscalateKey, m_escalate);
    bind(kClaimKey, m_claim);
    bind(kReleaseKey, m_release);
    bind(kRevealKey, m_viewer->revealButton());
    bind(kNextKey, m_next);
    bind(kBackKey, m_back);
    bind(QKeySequence(Qt::Key_Escape), m_back);
    bind(QKeySequence::Refresh, reloadButton);
    auto *previous = new QShortcut(kPreviousKey, this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, &KycCaseView::previousRequested);

    // Another reviewer (or another page of this console) may change the case meanwhile.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &KycCaseView::reload);
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        // Reveals change nothing on screen; everything else about KYC may.
        if (m_caseId > 0 && command.startsWith(QLatin1String("kyc.")) &&
            command != QLatin1String("kyc.reveal"))
            m_reloadTimer.start();
    });

    m_session.call(QStringLiteral("kyc.templates"), {}, this, [this](const CommandResult &result) {
        if (!result.ok())
            return;
        m_templates = result.data.isArray()
                          ? result.data.toArray()
                          : result.data.toObject().value(QStringLiteral("templates")).toArray();
        m_hasTemplates = true;
    });

    setFocusProxy(m_back);
    setTabOrder(m_back, reloadButton);
    setTabOrder(reloadButton, m_viewer->revealButton());
    updateActions();
}

void KycCaseView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_hasShownSplitter)
        return;
    // Two thirds for the images, the rest for the facts beside them, once the width is known.
    m_hasShownSplitter = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 2 / 3, width - width * 2 / 3});
}

void KycCaseView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The status colours are chosen for the palette in effect; a theme change redraws them.
    if ((event->type() == QEvent::ApplicationPaletteChange ||
         event->type() == QEvent::PaletteChange) &&
        !m_case.isEmpty() && !m_isRepainting) {
        m_isRepainting = true;
        showCaseData(m_case);
        m_isRepainting = false;
    }
}

void KycCaseView::showCase(qint64 id)
{
    if (id != m_caseId) {
        m_caseId = id;
        m_case = {};
        m_revealReason.clear();
        m_documentContents.clear();
        m_revealedFields.clear();
        m_message->clear();
        m_title->setText(tr("Case #%1").arg(id));
        m_subtitle->setText(tr("Loading…"));
        updateActions();
    }
    reload();
}

void KycCaseView::reload()
{
    m_reloadTimer.stop();
    if (m_caseId <= 0)
        return;
    const quint64 generation = ++m_generation;
    m_session.call(QStringLiteral("kyc.get"), {{QStringLiteral("id"), m_caseId}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (result.ok())
                           showCaseData(result.data.toObject());
                       else
                           showLoadError(result.message);
                   });
}

QString KycCaseView::state() const
{
    return m_case.value(QStringLiteral("state")).toString();
}

bool KycCaseView::isOpen() const
{
    return KycText::isOpenState(state());
}

bool KycCaseView::isMine() const
{
    return m_case.value(QStringLiteral("assigned_to_id")).toInteger() ==
           m_session.principal().operatorId;
}

void KycCaseView::showCaseData(const QJsonObject &kycCase)
{
    const qint64 id = kycCase.value(QStringLiteral("id")).toInteger();
    if (id != m_caseId)
        return;
    m_case = kycCase;
    const QJsonObject applicant = kycCase.value(QStringLiteral("applicant")).toObject();
    const QString name = applicant.value(QStringLiteral("name")).toString();
    const QString caseType = kycCase.value(QStringLiteral("case_type")).toString();
    const QString caseState = state();

    //: The case view's title: %1 is the case type, %2 the applicant's name.
    m_title->setText(tr("%1 · %2").arg(KycText::caseTypeName(caseType), name));
    m_stateBadge->setText(KycText::stateName(caseState));
    m_stateBadge->setStyleSheet(KycStyle::badgeStyleSheet(KycStyle::stateBadge(caseState)));
    const bool isHighRisk = kycCase.value(QStringLiteral("high_risk")).toBool();
    m_riskBadge->setVisible(isHighRisk);
    m_riskBadge->setText(tr("High risk"));
    m_riskBadge->setStyleSheet(KycStyle::badgeStyleSheet(
        {Shell::Theme::warningBackground(), Shell::Theme::warningColor()}));

    const int attempts = kycCase.value(QStringLiteral("attempts")).toInt(1);
    QStringList subtitle{tr("Case #%1").arg(m_caseId)};
    if (attempts > 1)
        subtitle << tr("attempt %1").arg(attempts);
    subtitle << tr("submitted %1")
                    .arg(KycText::dateTime(
                        kycCase.value(QStringLiteral("submitted_at")).toInteger()));
    const QString provider = kycCase.value(QStringLiteral("provider")).toString();
    if (!provider.isEmpty())
        subtitle << tr("provider %1").arg(provider);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    const qint64 now = kycCase.value(QStringLiteral("now")).toInteger();
    const qint64 dueAt = kycCase.value(QStringLiteral("due_at")).toInteger();
    const int slaHours = kycCase.value(QStringLiteral("sla_hours")).toInt();
    if (KycText::isOpenState(caseState) && dueAt > 0) {
        m_due->setText(
            KycText::dueText(dueAt, now > 0 ? now : QDateTime::currentMSecsSinceEpoch()));
        m_due->setToolTip(tr("Due %1 (SLA %Ln hour(s) for this case type)", nullptr, slaHours)
                              .arg(KycText::dateTime(dueAt)));
        const bool isOverdue = kycCase.value(QStringLiteral("overdue")).toBool();
        setColor(m_due,
                 isOverdue ? Shell::Theme::warningColor() : palette().color(QPalette::WindowText));
        m_due->show();
    } else {
        m_due->hide();
    }

    m_viewer->setCase(m_caseId,
                      CaseDocument::listFromJson(kycCase.value(QStringLiteral("documents"))));
    if (!m_documentContents.isEmpty())
        m_viewer->setRevealed(m_documentContents);

    showReview(kycCase);
    showChecklist(kycCase.value(QStringLiteral("checklist")).toArray(),
                  isOpen() && caseState != QLatin1String("pending") &&
                      m_session.can(Permission::Decide));
    showChecks(kycCase.value(QStringLiteral("checks")).toArray());
    showApplicant(kycCase);
    showHistory(kycCase.value(QStringLiteral("history")).toArray());
    updateActions();
    Q_EMIT loaded();
}

void KycCaseView::showLoadError(const QString &message)
{
    m_title->setText(tr("Case #%1 could not be loaded").arg(m_caseId));
    m_message->showError(message);
    m_case = {};
    updateActions();
}

void KycCaseView::showReview(const QJsonObject &kycCase)
{
    const qint64 assignedId = kycCase.value(QStringLiteral("assigned_to_id")).toInteger();
    const QString assignedName = kycCase.value(QStringLiteral("assigned_to_name")).toString();
    const qint64 assignedAt = kycCase.value(QStringLiteral("assigned_at")).toInteger();
    if (assignedId == 0)
        m_assignee->setText(tr("Unassigned"));
    else if (assignedId == m_session.principal().operatorId)
        m_assignee->setText(tr("You, since %1").arg(KycText::dateTime(assignedAt)));
    else
        m_assignee->setText(tr("%1, since %2").arg(assignedName, KycText::dateTime(assignedAt)));

    const int risk = kycCase.value(QStringLiteral("risk_score")).toInt();
    const int hits = kycCase.value(QStringLiteral("watchlist_hits")).toInt();
    const int threshold = kycCase.value(QStringLiteral("risk_threshold")).toInt(70);
    const bool isHighRisk = kycCase.value(QStringLiteral("high_risk")).toBool();
    QString riskText = tr("%1 of 100").arg(risk);
    if (hits > 0)
        riskText += tr(" · %Ln watchlist hit(s)", nullptr, hits);
    m_risk->setText(riskText);
    m_risk->setToolTip(
        tr("Cases above %1, or with any watchlist hit, need two reviewers.").arg(threshold));
    setColor(m_risk,
             isHighRisk ? Shell::Theme::warningColor() : palette().color(QPalette::WindowText));

    const bool needsSecond = kycCase.value(QStringLiteral("needs_second_review")).toBool();
    const QString firstBy = kycCase.value(QStringLiteral("first_decided_by")).toString();
    const qint64 firstById = kycCase.value(QStringLiteral("first_decided_by_id")).toInteger();
    const qint64 firstAt = kycCase.value(QStringLiteral("first_decided_at")).toInteger();
    QColor fourEyesColor = palette().color(QPalette::WindowText);
    if (needsSecond) {
        fourEyesColor = Shell::Theme::warningColor();
        if (firstById == m_session.principal().operatorId)
            m_fourEyes->setText(tr("Needs a second reviewer: you recorded the first approval on "
                                   "%1; a different reviewer must confirm it.")
                                    .arg(KycText::dateTime(firstAt)));
        else
            m_fourEyes->setText(tr("Needs a second reviewer: first approval by %1 on %2. Your "
                                   "approval confirms it.")
                                    .arg(firstBy, KycText::dateTime(firstAt)));
    } else if (isHighRisk && isOpen()) {
        m_fourEyes->setText(tr("High risk: approval needs two different reviewers. No approval "
                               "recorded yet."));
    } else if (isHighRisk && !firstBy.isEmpty()) {
        m_fourEyes->setText(tr("Two reviewers: first approval by %1 on %2.")
                                .arg(firstBy, KycText::dateTime(firstAt)));
    } else if (isHighRisk) {
        m_fourEyes->setText(tr("High risk: approval needs two different reviewers."));
    } else {
        m_fourEyes->setText(tr("Not needed: one reviewer decides."));
    }
    setColor(m_fourEyes, fourEyesColor);

    const QJsonObject decision = kycCase.value(QStringLiteral("decision")).toObject();
    const qint64 decidedAt = decision.value(QStringLiteral("decided_at")).toInteger();
    if (decidedAt > 0) {
        QStringList lines{tr("%1 by %2 on %3")
                              .arg(KycText::stateName(state()),
                                   decision.value(QStringLiteral("decided_by_name")).toString(),
                                   KycText::dateTime(decidedAt))};
        const QString message = decision.value(QStringLiteral("applicant_message")).toString();
        if (!message.isEmpty())
            lines << tr("Told the applicant: “%1”").arg(message);
        const QString note = decision.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            lines << tr("Private note: %1").arg(note);
        m_decision->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_decision->setText(isOpen() ? tr("Not decided yet") : KycText::stateName(state()));
    }
}

void KycCaseView::showChecklist(const QJsonArray &checklist, bool isEditable)
{
    // Rebuilt each time: the items depend on the case type, and they are few.
    for (QCheckBox *box : std::as_const(m_checklistBoxes)) {
        // Later: this may run from inside the box's own clicked signal.
        m_checklistLayout->removeWidget(box);
        box->hide();
        box->deleteLater();
    }
    m_checklistBoxes.clear();
    int done = 0;
    for (const QJsonValue &value : checklist) {
        const QJsonObject item = value.toObject();
        const QString code = item.value(QStringLiteral("item")).toString();
        const bool isDone = item.value(QStringLiteral("done")).toBool();
        done += isDone ? 1 : 0;
        auto *box = new QCheckBox(item.value(QStringLiteral("label")).toString(), m_checklistGroup);
        box->setObjectName(code);
        box->setChecked(isDone);
        box->setEnabled(isEditable && !m_isBusy);
        if (isDone)
            box->setToolTip(
                tr("Ticked by %1 on %2")
                    .arg(item.value(QStringLiteral("by")).toString(),
                         KycText::dateTime(item.value(QStringLiteral("at")).toInteger())));
        else if (!isEditable)
            box->setToolTip(isOpen() ? tr("Claim the case to tick its checklist.")
                                     : tr("The case is closed."));
        m_checklistLayout->addWidget(box);
        m_checklistBoxes << box;
        connect(box, &QCheckBox::clicked, this,
                [this, code](bool checked) { setChecklistItem(code, checked); });
    }
    const int total = int(checklist.size());
    m_checklistGroup->setTitle(tr("Checklist (%1 of %2)").arg(done).arg(total));
    m_checklistSummary->setVisible(total == 0);
    m_checklistSummary->setText(tr("This case type has no checklist."));
    // Checkboxes created after the action buttons would otherwise come last in the tab order.
    QWidget *previous = m_viewer;
    for (QCheckBox *box : std::as_const(m_checklistBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
}

void KycCaseView::showChecks(const QJsonArray &checks)
{
    const bool hasCheck = !checks.isEmpty();
    for (QLabel *label : {m_checkResult, m_checkDocument, m_checkFace, m_checkLiveness,
                          m_checkWatchlist, m_checkTime, m_earlierChecks})
        m_checkForm->setRowVisible(label, hasCheck);
    if (!hasCheck) {
        m_checkProvider->setText(tr("No provider has checked this case yet."));
        return;
    }
    const QJsonObject latest = checks.first().toObject();
    m_checkProvider->setText(latest.value(QStringLiteral("provider")).toString());
    const QString result = latest.value(QStringLiteral("result")).toString();
    m_checkResult->setText(KycText::checkResultName(result));
    setColor(m_checkResult, result == QLatin1String("clear")      ? Shell::Theme::successColor()
                            : result == QLatin1String("consider") ? Shell::Theme::warningColor()
                                                                  : Shell::Theme::errorColor());
    QFont bold = m_checkResult->font();
    bold.setBold(true);
    m_checkResult->setFont(bold);

    const QString authenticity = latest.value(QStringLiteral("document_authenticity")).toString();
    m_checkDocument->setText(authenticity.isEmpty() ? QStringLiteral("—")
                                                    : KycText::authenticityName(authenticity));
    setColor(m_checkDocument, authenticity == QLatin1String("pass")   ? Shell::Theme::successColor()
                              : authenticity == QLatin1String("fail") ? Shell::Theme::errorColor()
                              : authenticity.isEmpty() ? palette().color(QPalette::WindowText)
                                                       : Shell::Theme::warningColor());
    const QJsonValue face = latest.value(QStringLiteral("face_match_score"));
    m_checkFace->setText(percentOfThousand(face));
    const QColor faceColor = scoreColor(face);
    setColor(m_checkFace, faceColor.isValid() ? faceColor : palette().color(QPalette::WindowText));
    const QJsonValue liveness = latest.value(QStringLiteral("liveness_score"));
    m_checkLiveness->setText(percentOfThousand(liveness));
    const QColor livenessColor = scoreColor(liveness);
    setColor(m_checkLiveness,
             livenessColor.isValid() ? livenessColor : palette().color(QPalette::WindowText));
    const int hits = latest.value(QStringLiteral("watchlist_hits")).toInt();
    m_checkWatchlist->setText(hits > 0 ? tr("%Ln hit(s) — review before deciding", nullptr, hits)
                                       : tr("No hits"));
    setColor(m_checkWatchlist,
             hits > 0 ? Shell::Theme::errorColor() : palette().color(QPalette::WindowText));
    m_checkTime->setText(KycText::dateTime(latest.value(QStringLiteral("checked_at")).toInteger()));

    QStringList earlier;
    for (qsizetype i = 1; i < checks.size(); ++i) {
        const QJsonObject check = checks.at(i).toObject();
        //: An earlier provider run: %1 provider, %2 result, %3 time.
        earlier
            << tr("%1 · %2 · %3")
                   .arg(check.value(QStringLiteral("provider")).toString(),
                        KycText::checkResultName(check.value(QStringLiteral("result")).toString()),
                        KycText::dateTime(check.value(QStringLiteral("checked_at")).toInteger()));
    }
    m_checkForm->setRowVisible(m_earlierChecks, !earlier.isEmpty());
    m_earlierChecks->setText(earlier.join(QLatin1Char('\n')));
}

void KycCaseView::showApplicant(const QJsonObject &kycCase)
{
    const QJsonObject applicant = kycCase.value(QStringLiteral("applicant")).toObject();
    m_applicantName->setText(applicant.value(QStringLiteral("name")).toString());
    m_applicantEmail->setText(applicant.value(QStringLiteral("email")).toString());
    QStringList account{
        tr("Person #%1").arg(applicant.value(QStringLiteral("id")).toInteger()),
        tr("joined %1")
            .arg(KycText::date(applicant.value(QStringLiteral("created_at")).toInteger()))};
    if (applicant.value(QStringLiteral("age_verified")).toBool())
        account << tr("age verified");
    const QString status = applicant.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != QLatin1String("active"))
        account << status;
    m_applicantAccount->setText(account.join(QStringLiteral(" · ")));
    const QString city = applicant.value(QStringLiteral("city")).toString();
    const QString country = applicant.value(QStringLiteral("country")).toString();
    m_applicantLocation->setText(city.isEmpty() ? country : tr("%1, %2").arg(city, country));

    const bool mayReveal = m_session.can(Permission::Reveal);
    if (m_revealedFields.contains(QStringLiteral("birthdate")))
        m_birthdate->setRevealed(m_revealedFields.value(QStringLiteral("birthdate")));
    else if (kycCase.value(QStringLiteral("has_birthdate")).toBool())
        m_birthdate->setMasked(kycCase.value(QStringLiteral("birthdate_masked")).toString(),
                               mayReveal);
    else
        m_birthdate->setEmpty(tr("Not on record"));

    if (m_revealedFields.contains(QStringLiteral("phone")))
        m_phone->setRevealed(m_revealedFields.value(QStringLiteral("phone")));
    else if (applicant.value(QStringLiteral("has_phone")).toBool())
        m_phone->setMasked(applicant.value(QStringLiteral("phone_masked")).toString(), mayReveal);
    else
        m_phone->setEmpty(tr("Not on record"));

    int numbers = 0;
    const QJsonArray documents = kycCase.value(QStringLiteral("documents")).toArray();
    for (const QJsonValue &document : documents)
        if (document.toObject().value(QStringLiteral("has_number")).toBool())
            ++numbers;
    if (m_revealedFields.contains(QStringLiteral("document_number")))
        m_documentNumbers->setRevealed(m_revealedFields.value(QStringLiteral("document_number")));
    else if (numbers > 0)
        //: Masked document numbers: %1 is the mask, %Ln how many numbers there are.
        m_documentNumbers->setMasked(
            tr("%1 (%Ln)", nullptr, numbers).arg(QStringLiteral("••••••••")), mayReveal);
    else
        m_documentNumbers->setEmpty(tr("None on record"));
}

void KycCaseView::showHistory(const QJsonArray &history)
{
    const int currentAttempt = m_case.value(QStringLiteral("attempts")).toInt(1);
    QHash<QString, QString> checklistLabels;
    const QJsonArray checklist = m_case.value(QStringLiteral("checklist")).toArray();
    for (const QJsonValue &value : checklist)
        checklistLabels.insert(value.toObject().value(QStringLiteral("item")).toString(),
                               value.toObject().value(QStringLiteral("label")).toString());
    m_history->clear();
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, KycText::dateTime(entry.value(QStringLiteral("at")).toInteger()));
        const QString who = entry.value(QStringLiteral("operator_name")).toString();
        item->setText(1, who.isEmpty() ? tr("Applicant") : who);
        item->setText(2, historyAction(entry.value(QStringLiteral("action")).toString()));
        QStringList details;
        const QString checked = entry.value(QStringLiteral("item")).toString();
        if (!checked.isEmpty())
            details << checklistLabels.value(checked, checked);
        // Steps on earlier attempts say which; the current one is the default.
        const int attempt = entry.value(QStringLiteral("attempt")).toInt();
        if (attempt > 0 && attempt < currentAttempt)
            details << tr("attempt %1").arg(attempt);
        const QString message = entry.value(QStringLiteral("applicant_message")).toString();
        if (!message.isEmpty())
            details << tr("to applicant: “%1”").arg(message);
        const QString note = entry.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            details << tr("note: %1").arg(note);
        item->setText(3, details.join(QStringLiteral(" · ")));
        item->setToolTip(3, details.join(QLatin1Char('\n')));
    }
    if (history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history, {tr("Nothing has happened on this case yet.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        for (int column = 0; column < 3; ++column)
            m_history->resizeColumnToContents(column);
    }
}

QString KycCaseView::approvalBlocker() const
{
    if (m_case.isEmpty())
        return tr("The case is not loaded.");
    const QString caseState = state();
    if (caseState == QLatin1String("resubmission_requested"))
        return tr("Waiting for the applicant's new documents.");
    if (!isOpen())
        return tr("The case is decided.");
    if (caseState == QLatin1String("pending"))
        return tr("Claim the case to review it.");
    if (!m_case.value(QStringLiteral("checklist_complete")).toBool()) {
        int left = 0;
        const QJsonArray checklist = m_case.value(QStringLiteral("checklist")).toArray();
        for (const QJsonValue &item : checklist)
            left += item.toObject().value(QStringLiteral("done")).toBool() ? 0 : 1;
        return tr("Approval needs the whole checklist: %Ln item(s) left.", nullptr, left);
    }
    return {};
}

void KycCaseView::updateActions()
{
    const bool isLoaded = !m_case.isEmpty();
    const QString caseState = state();
    const bool isReviewing = isLoaded && (caseState == QLatin1String("in_review") ||
                                          caseState == QLatin1String("escalated"));
    const bool isIdle = !m_isBusy;
    const qint64 assignedId = m_case.value(QStringLiteral("assigned_to_id")).toInteger();

    m_claim->setEnabled(isIdle && isLoaded &&
                        (caseState == QLatin1String("pending") ||
                         (caseState == QLatin1String("escalated") && !isMine())));
    m_release->setEnabled(isIdle && isReviewing && assignedId != 0 &&
                          (isMine() || m_session.principal().role == Role::Admin));
    m_escalate->setEnabled(
        isIdle && isLoaded &&
        (caseState == QLatin1String("pending") || caseState == QLatin1String("in_review")));
    m_reject->setEnabled(isIdle && isReviewing);
    m_resubmit->setEnabled(isIdle && isReviewing);

    const QString blocker = approvalBlocker();
    m_approve->setEnabled(isIdle && blocker.isEmpty());
    const bool needsSecond = m_case.value(QStringLiteral("needs_second_review")).toBool();
    const bool isHighRisk = m_case.value(QStringLiteral("high_risk")).toBool();
    m_approve->setText(needsSecond  ? tr("Confirm &approval…")
                       : isHighRisk ? tr("&Approve (1st of 2)…")
                                    : tr("&Approve…"));
    m_approve->setToolTip(blocker.isEmpty() ? withShortcut(tr("Approve the case"), kApproveKey)
                                            : withShortcut(blocker, kApproveKey));

    QString hint = blocker;
    QColor hintColor = palette().color(QPalette::PlaceholderText);
    if (blocker.isEmpty() && needsSecond &&
        m_case.value(QStringLiteral("first_decided_by_id")).toInteger() ==
            m_session.principal().operatorId) {
        hint = tr("You recorded the first approval; a different reviewer must confirm it.");
        hintColor = Shell::Theme::warningColor();
    } else if (blocker.isEmpty() && needsSecond) {
        hint = tr("Needs a second reviewer: first approval by %1.")
                   .arg(m_case.value(QStringLiteral("first_decided_by")).toString());
        hintColor = Shell::Theme::warningColor();
    }
    if (!m_session.can(Permission::Decide))
        hint = tr("Your role may view cases but not decide them.");
    m_approvalHint->setText(hint);
    setColor(m_approvalHint, hintColor);
    m_back->setEnabled(true);
}

void KycCaseView::runStep(const QString &command, QJsonObject params)
{
    if (m_case.isEmpty() || m_isBusy)
        return;
    params.insert(QStringLiteral("id"), m_caseId);
    params.insert(QStringLiteral("version"), m_case.value(QStringLiteral("version")));
    m_isBusy = true;
    m_message->clear();
    updateActions();
    for (QCheckBox *box : std::as_const(m_checklistBoxes))
        box->setEnabled(false);
    const qint64 caseId = m_caseId;
    m_session.call(command, params, this, [this, caseId](const CommandResult &result) {
        m_isBusy = false;
        if (caseId != m_caseId)
            return;
        if (!result.ok()) {
            stepFailed(result);
            return;
        }
        showCaseData(result.data.toObject());
        Q_EMIT changed(caseId);
    });
}

void KycCaseView::stepFailed(const CommandResult &result)
{
    if (result.code == ErrorCode::Conflict) {
        m_message->showError(tr("%1. The case now shows its latest state.").arg(result.message));
        reload();
        return;
    }
    m_message->showError(result.message);
    // The screen may show a checkbox ticked that the service refused.
    if (!m_case.isEmpty())
        showCaseData(m_case);
}

void KycCaseView::claim()
{
    runStep(QStringLiteral("kyc.claim"), {});
}

void KycCaseView::release()
{
    runStep(QStringLiteral("kyc.release"), {});
}

void KycCaseView::setChecklistItem(const QString &item, bool isDone)
{
    runStep(QStringLiteral("kyc.check"),
            {{QStringLiteral("item"), item}, {QStringLiteral("done"), isDone}});
}

void KycCaseView::approve()
{
    decide(DecisionDialog::Decision::Approve);
}

void KycCaseView::reject()
{
    decide(DecisionDialog::Decision::Reject);
}

void KycCaseView::requestResubmission()
{
    decide(DecisionDialog::Decision::RequestResubmission);
}

void KycCaseView::escalate()
{
    decide(DecisionDialog::Decision::Escalate);
}

void KycCaseView::decide(DecisionDialog::Decision decision)
{
    if (m_case.isEmpty() || m_isBusy)
        return;
    const bool needsTemplates = decision == DecisionDialog::Decision::Reject ||
                                decision == DecisionDialog::Decision::RequestResubmission;
    if (!needsTemplates || m_hasTemplates) {
        openDecision(decision);
        return;
    }
    m_session.call(
        QStringLiteral("kyc.templates"), {}, this, [this, decision](const CommandResult &result) {
            if (!result.ok()) {
                m_message->showError(result.message);
                return;
            }
            m_templates = result.data.isArray()
                              ? result.data.toArray()
                              : result.data.toObject().value(QStringLiteral("templates")).toArray();
            m_hasTemplates = true;
            openDecision(decision);
        });
}

void KycCaseView::openDecision(DecisionDialog::Decision decision)
{
    auto *dialog = new DecisionDialog(m_session, decision, m_case, m_templates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 caseId = m_caseId;
    connect(dialog, &DecisionDialog::decided, this, [this, caseId](const QJsonObject &kycCase) {
        m_message->clear();
        showCaseData(kycCase);
        Q_EMIT changed(caseId);
    });
    connect(dialog, &DecisionDialog::conflicted, this, [this](const QString &message) {
        m_message->showError(tr("%1. The case now shows its latest state.").arg(message));
        reload();
    });
    dialog->open();
    Q_EMIT decisionDialogOpened(dialog);
}

void KycCaseView::revealDocuments()
{
    if (m_case.isEmpty() || !m_session.can(Permission::Reveal))
        return;
    auto *dialog = new RevealDialog(
        m_session, m_caseId, QStringLiteral("documents"),
        tr("every document and selfie of case #%1, all attempts").arg(m_caseId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(m_revealReason);
    const qint64 caseId = m_caseId;
    connect(dialog, &RevealDialog::revealed, this,
            [this, caseId](const QJsonObject &result, const QString &reason) {
                if (caseId != m_caseId)
                    return;
                m_revealReason = reason;
                documentsRevealed(result);
            });
    dialog->open();
    Q_EMIT revealDialogOpened(dialog);
}

void KycCaseView::documentsRevealed(const QJsonObject &result)
{
    const QJsonArray documents = result.value(QStringLiteral("documents")).toArray();
    for (const QJsonValue &value : documents) {
        const QJsonObject document = value.toObject();
        m_documentContents.insert(
            document.value(QStringLiteral("document_id")).toInteger(),
            QByteArray::fromBase64(
                document.value(QStringLiteral("content_base64")).toString().toLatin1()));
    }
    m_viewer->setRevealed(m_documentContents);
}

void KycCaseView::revealField(const QString &field)
{
    if (m_case.isEmpty() || !m_session.can(Permission::Reveal))
        return;
    QString what;
    if (field == QLatin1String("birthdate"))
        what = tr("the applicant's birthdate");
    else if (field == QLatin1String("phone"))
        what = tr("the applicant's phone number");
    else
        what = tr("the document numbers of case #%1").arg(m_caseId);
    auto *dialog = new RevealDialog(m_session, m_caseId, field, what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(m_revealReason);
    const qint64 caseId = m_caseId;
    connect(dialog, &RevealDialog::revealed, this,
            [this, caseId, field](const QJsonObject &result, const QString &reason) {
                if (caseId != m_caseId)
                    return;
                m_revealReason = reason;
                fieldRevealed(field, result);
            });
    dialog->open();
    Q_EMIT revealDialogOpened(dialog);
}

void KycCaseView::fieldRevealed(const QString &field, const QJsonObject &result)
{
    QString value = result.value(QStringLiteral("value")).toString();
    if (field == QLatin1String("birthdate")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            value = QLocale().toString(date, QLocale::LongFormat);
    } else if (field == QLatin1String("document_number")) {
        QStringList lines;
        const QJsonArray numbers = result.value(QStringLiteral("numbers")).toArray();
        for (const QJsonValue &entry : numbers) {
            const QJsonObject number = entry.toObject();
            //: A revealed document number: %1 document kind, %2 attempt, %3 the number.
            lines << tr("%1 (attempt %2): %3")
                         .arg(KycText::documentKindName(
                             number.value(QStringLiteral("kind")).toString()))
                         .arg(number.value(QStringLiteral("attempt")).toInt())
                         .arg(number.value(QStringLiteral("number")).toString());
        }
        value = lines.isEmpty() ? tr("None available") : lines.join(QLatin1Char('\n'));
    }
    m_revealedFields.insert(field, value);
    showApplicant(m_case);
}

} // namespace Steward::Kyc
