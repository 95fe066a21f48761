#include "decisiondialog.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward::Kyc {

namespace {

QPlainTextEdit *textEdit(int lines, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString effectOfApproval(const QString &caseType)
{
    if (caseType == QLatin1String("age"))
        return DecisionDialog::tr("The applicant's account is marked as age-verified.");
    if (caseType == QLatin1String("business"))
        return DecisionDialog::tr("The applicant's vendor role and shops are unlocked.");
    if (caseType == QLatin1String("driver"))
        return DecisionDialog::tr("The applicant can start driving.");
    if (caseType == QLatin1String("host"))
        return DecisionDialog::tr("The applicant's host profile is verified.");
    return DecisionDialog::tr("The applicant's identity is marked as verified.");
}

} // namespace

QString DecisionDialog::command(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("kyc.approve");
    case Decision::Reject:
        return QStringLiteral("kyc.reject");
    case Decision::RequestResubmission:
        return QStringLiteral("kyc.request_resubmission");
    case Decision::Escalate:
        return QStringLiteral("kyc.escalate");
    }
    return {};
}

DecisionDialog::DecisionDialog(Shell::ConsoleSession &session, Decision decision,
                               const QJsonObject &kycCase, const QJsonArray &templates,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_decision(decision), m_case(kycCase)
{
    const qint64 caseId = kycCase.value(QStringLiteral("id")).toInteger();
    const QJsonObject applicant = kycCase.value(QStringLiteral("applicant")).toObject();
    const QString name = applicant.value(QStringLiteral("name")).toString();
    const QString caseType = kycCase.value(QStringLiteral("case_type")).toString();

    QString title;
    QString intro;
    QString okText;
    switch (decision) {
    case Decision::Approve: {
        const bool isHighRisk = kycCase.value(QStringLiteral("high_risk")).toBool();
        const bool needsSecond = kycCase.value(QStringLiteral("needs_second_review")).toBool();
        title = tr("Approve case #%1").arg(caseId);
        if (needsSecond) {
            okText = tr("Confirm approval");
            intro = tr("%1 recorded the first approval of %2's case. Your confirmation approves "
                       "it. %3")
                        .arg(kycCase.value(QStringLiteral("first_decided_by")).toString(), name,
                             effectOfApproval(caseType));
        } else if (isHighRisk) {
            okText = tr("Record first approval");
            intro = tr("This case is high risk, so your approval is the first of two: the case "
                       "stays open until a different reviewer confirms it.");
        } else {
            okText = tr("Approve");
            //: %1 is the applicant's name, %2 what the approval unlocks.
            intro = tr("Approve %1's case? %2").arg(name, effectOfApproval(caseType));
        }
        break;
    }
    case Decision::Reject:
        title = tr("Reject case #%1").arg(caseId);
        okText = tr("Reject");
        intro = tr("The case is closed as rejected and %1 receives the message below.").arg(name);
        break;
    case Decision::RequestResubmission:
        title = tr("Request resubmission for case #%1").arg(caseId);
        okText = tr("Request resubmission");
        intro = tr("%1 receives the message below and can upload new documents; the case waits "
                   "for that new attempt.")
                    .arg(name);
        break;
    case Decision::Escalate:
        title = tr("Escalate case #%1").arg(caseId);
        okText = tr("Escalate");
        intro = tr("The case goes to the escalation queue, unassigned, for a senior reviewer. "
                   "Say what they should look at.");
        break;
    }
    setWindowTitle(title);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *form = new QFormLayout;

    const bool usesTemplates =
        decision == Decision::Reject || decision == Decision::RequestResubmission;
    if (usesTemplates) {
        const QString kind =
            decision == Decision::Reject ? QStringLiteral("reject") : QStringLiteral("resubmit");
        m_template = new QComboBox(this);
        m_template->setAccessibleName(tr("Reason template"));
        for (const QJsonValue &value : templates) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("kind")).toString() != kind)
                continue;
            m_templates << row;
            m_template->addItem(row.value(QStringLiteral("title")).toString(),
                                row.value(QStringLiteral("code")).toString());
        }
        m_message = textEdit(5, tr("Required: what the applicant reads."), this);
        m_message->setAccessibleName(tr("Message to the applicant"));
        form->addRow(tr("&Reason:"), m_template);
        form->addRow(tr("&Message to the applicant:"), m_message);
        connect(m_template, &QComboBox::currentIndexChanged, this, &DecisionDialog::templateChosen);
        connect(m_message, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateButtons);
    }
    m_note = textEdit(3,
                      decision == Decision::Escalate
                          ? tr("Required: why the case needs a senior reviewer.")
                          : tr("Optional; only reviewers see it."),
                      this);
    m_note->setAccessibleName(tr("Private note"));
    form->addRow(decision == Decision::Escalate ? tr("&Note:") : tr("Private &note:"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateButtons);

    m_error = new Shell::InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(usesTemplates ? 560 : 460, sizeHint().height());

    if (m_template && m_template->count() > 0)
        templateChosen();
    updateButtons();
}

void DecisionDialog::templateChosen()
{
    const int index = m_template->currentIndex();
    if (index < 0 || index >= m_templates.size())
        return;
    const QString message =
        m_templates.at(index).toObject().value(QStringLiteral("message")).toString();
    // A message the reviewer edited is theirs; only the template's own text is replaced.
    const QString current = m_message->toPlainText();
    if (current.trimmed().isEmpty() || current == m_filledMessage) {
        m_message->setPlainText(message);
        m_filledMessage = message;
    }
}

bool DecisionDialog::needsMessage() const
{
    return m_message != nullptr;
}

void DecisionDialog::updateButtons()
{
    bool isComplete = true;
    if (needsMessage())
        isComplete =
            !m_message->toPlainText().trimmed().isEmpty() && m_template->currentIndex() >= 0;
    if (m_decision == Decision::Escalate)
        isComplete = !m_note->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete && !m_isSending);
}

void DecisionDialog::accept()
{
    if (m_isSending || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QJsonObject params{{QStringLiteral("id"), m_case.value(QStringLiteral("id"))},
                       {QStringLiteral("version"), m_case.value(QStringLiteral("version"))}};
    const QString note = m_note->toPlainText().trimmed();
    if (!note.isEmpty())
        params.insert(QStringLiteral("note"), note);
    if (needsMessage()) {
        params.insert(QStringLiteral("template"), m_template->currentData().toString());
        params.insert(QStringLiteral("message"), m_message->toPlainText().trimmed());
    }
    m_isSending = true;
    m_error->clear();
    updateButtons();
    m_session.call(command(m_decision), params, this, [this](const CommandResult &result) {
        m_isSending = false;
        if (result.ok()) {
            Q_EMIT decided(result.data.toObject());
            QDialog::accept();
            return;
        }
        if (result.code == ErrorCode::Conflict) {
            Q_EMIT conflicted(result.message);
            reject();
            return;
        }
        m_error->showError(result.message);
        updateButtons();
    });
}

} // namespace Steward::Kyc
