#include "bulkdecisiondialog.h"

#include "decisionform.h"
#include "moderationpermissions.h"
#include "moderationtext.h"
#include "theme.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
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

QTreeWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

BulkDecisionDialog::BulkDecisionDialog(Shell::ConsoleSession &session,
                                       const QList<QJsonObject> &reports,
                                       const QJsonArray &policies, QWidget *parent)
    : QDialog(parent), m_session(session), m_reports(reports)
{
    setObjectName(QStringLiteral("bulkDecisionDialog"));
    setWindowTitle(tr("Decide %Ln report(s)", nullptr, int(reports.size())));
    setSizeGripEnabled(true);

    // Page 1: the decision and what it applies to.
    auto *decide = new QWidget(this);
    m_intro = new QLabel(tr("The same decision is taken on each of these reports. Each one is "
                            "checked on its own: a report someone changed or claimed meanwhile "
                            "is left as it is and listed afterwards."),
                         decide);
    m_intro->setWordWrap(true);
    m_selection = table({tr("Report"), tr("Subject"), tr("Reason"), tr("Content")}, decide);
    QSet<QString> reasons;
    for (const QJsonObject &report : reports) {
        auto *item = new QTreeWidgetItem(
            m_selection,
            {QStringLiteral("#%1").arg(number(report, "id")), text(report, "subject_name"),
             text(report, "reason_title"), text(report, "content_excerpt").simplified()});
        item->setToolTip(3, text(report, "content_excerpt"));
        reasons.insert(text(report, "reason"));
    }
    m_selection->resizeColumnToContents(0);
    m_selection->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_selection->setColumnWidth(2, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
    m_form = new DecisionForm(decide);
    m_form->setPolicies(policies);
    QStringList allowed = DecisionForm::actions();
    if (!m_session.can(Permission::Ban))
        allowed.removeAll(QStringLiteral("ban"));
    m_form->setAllowedActions(allowed);
    m_form->setReasonPlaceholder(tr("Choose the policy reason"));
    // One shared reason is the likely one; mixed reasons leave the choice to the operator.
    m_form->reset(reasons.size() == 1 ? *reasons.cbegin() : QString());
    auto *decideLayout = new QVBoxLayout(decide);
    decideLayout->setContentsMargins(0, 0, 0, 0);
    decideLayout->addWidget(m_intro);
    decideLayout->addWidget(m_selection, 1);
    decideLayout->addWidget(m_form);

    // Page 2: the outcome of each report.
    auto *outcome = new QWidget(this);
    m_resultSummary = new QLabel(outcome);
    m_resultSummary->setObjectName(QStringLiteral("bulkSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultList = table({tr("Report"), tr("Outcome"), tr("Message")}, outcome);
    m_resultList->setObjectName(QStringLiteral("bulkResults"));
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->addWidget(m_resultSummary);
    outcomeLayout->addWidget(m_resultList, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(decide);
    m_pages->addWidget(outcome);

    m_error = new Shell::InlineMessage(this);
    m_problem = new QLabel(this);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkApply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkDecisionDialog::reject);
    connect(m_form, &DecisionForm::changed, this, &BulkDecisionDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    resize(720, 560);
    updateButtons();
}

void BulkDecisionDialog::setBindings(const TriageBindings &bindings)
{
    m_form->setBindings(bindings);
    for (TriageBindings::Command command : TriageBindings::commands()) {
        const QKeySequence key = bindings.key(command);
        const QString action = TriageBindings::action(command);
        const bool isConfirm = command == TriageBindings::Command::Submit ||
                               command == TriageBindings::Command::SubmitAndNext;
        if (key.isEmpty() || (action.isEmpty() && !isConfirm))
            continue;
        auto *shortcut = new QShortcut(key, this);
        shortcut->setAutoRepeat(false);
        connect(shortcut, &QShortcut::activated, this, [this, action] {
            if (m_isDone || m_isSending)
                return;
            if (action.isEmpty())
                accept();
            else
                m_form->chooseAction(action);
        });
    }
}

void BulkDecisionDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_isDone) {
        m_problem->clear();
        ok->setText(tr("Close"));
        ok->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Cancel)->hide();
        return;
    }
    const QString action = m_form->action();
    ok->setText(action.isEmpty() ? tr("Apply to %Ln report(s)", nullptr, int(m_reports.size()))
                                 //: Confirming a bulk decision: "Remove content: 12 reports".
                                 : tr("%1: %Ln report(s)", nullptr, int(m_reports.size()))
                                       .arg(ModerationText::actionTitle(action)));
    ok->setEnabled(!m_isSending && m_form->problem().isEmpty());
    m_problem->setText(m_isSending ? tr("Deciding…") : m_form->problem());
}

void BulkDecisionDialog::accept()
{
    if (m_isDone) {
        QDialog::accept();
        return;
    }
    if (m_isSending || !m_form->problem().isEmpty())
        return;
    QJsonArray items;
    for (const QJsonObject &report : std::as_const(m_reports))
        items.append(QJsonObject{{QStringLiteral("id"), number(report, "id")},
                                 {QStringLiteral("version"), number(report, "version")}});
    QJsonObject params = m_form->parameters();
    params.insert(QStringLiteral("items"), items);
    m_isSending = true;
    m_form->setSending(true);
    m_error->clear();
    updateButtons();
    m_session.call(QStringLiteral("moderation.bulk_decide"), params, this,
                   [this](const CommandResult &result) {
                       m_isSending = false;
                       m_form->setSending(false);
                       if (!result.ok()) {
                           m_error->showError(result.message);
                           updateButtons();
                           return;
                       }
                       showResults(result.data.toObject());
                   });
}

void BulkDecisionDialog::showResults(const QJsonObject &answer)
{
    m_isDone = true;
    m_results = answer.value(QStringLiteral("results")).toArray();
    const int succeeded = int(answer.value(QStringLiteral("succeeded")).toInteger());
    const int failed = int(answer.value(QStringLiteral("failed")).toInteger());
    const QColor good = Shell::Theme::successColor();
    const QColor bad = Shell::Theme::errorColor();
    for (const QJsonValue &value : std::as_const(m_results)) {
        const QJsonObject result = value.toObject();
        const bool ok = result.value(QStringLiteral("ok")).toBool();
        auto *item =
            new QTreeWidgetItem(m_resultList, {QStringLiteral("#%1").arg(number(result, "id")),
                                               ok ? tr("✓ Decided") : tr("✗ Not decided"),
                                               ok ? QString() : text(result, "message")});
        item->setForeground(1, ok ? good : bad);
        item->setToolTip(2, text(result, "message"));
    }
    m_resultList->resizeColumnToContents(0);
    m_resultList->resizeColumnToContents(1);
    const QString action = ModerationText::actionTitle(m_form->action());
    m_resultSummary->setText(
        failed == 0 ? tr("%1: all %Ln report(s) decided.", nullptr, succeeded).arg(action)
                    : tr("%1: %2 decided, %3 not — see why below. Those reports are unchanged.")
                          .arg(action)
                          .arg(succeeded)
                          .arg(failed));
    m_pages->setCurrentIndex(1);
    updateButtons();
    Q_EMIT decided(succeeded, failed);
}

} // namespace Steward::Moderation
