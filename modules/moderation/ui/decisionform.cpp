#include "decisionform.h"

#include "moderationtext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Steward::Moderation {

namespace {

// The longest suspension the service accepts.
constexpr int kMaxDays = 3650;

TriageBindings::Command commandFor(const QString &action)
{
    for (TriageBindings::Command command : TriageBindings::commands())
        if (TriageBindings::action(command) == action)
            return command;
    return TriageBindings::Command::Next;
}

} // namespace

QStringList DecisionForm::actions()
{
    return {QStringLiteral("dismiss"), QStringLiteral("remove_content"),
            QStringLiteral("warn"),    QStringLiteral("suspend"),
            QStringLiteral("ban"),     QStringLiteral("escalate")};
}

DecisionForm::DecisionForm(QWidget *parent) : QWidget(parent), m_allowed(actions())
{
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_buttonGrid = new QGridLayout;
    m_buttonGrid->setHorizontalSpacing(4);
    m_buttonGrid->setVerticalSpacing(4);
    for (const QString &action : actions()) {
        auto *button = new QPushButton(ModerationText::actionTitle(action), this);
        button->setObjectName(QStringLiteral("action:") + action);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
        // The chosen decision must be unmistakable before it is sent.
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked{background-color:palette(highlight);"
                           "color:palette(highlighted-text);border:1px solid palette(highlight);"
                           "border-radius:3px;padding:4px 8px;font-weight:bold;}"));
        m_group->addButton(button);
        m_buttons.insert(action, button);
    }
    layoutButtons();
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            updateFields();
            Q_EMIT changed();
        }
    });

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Policy reason"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(18);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DecisionForm::changed);

    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, kMaxDays);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Suspension length in days"));
    connect(m_days, &QSpinBox::valueChanged, this, &DecisionForm::changed);
    m_daysLabel = new QLabel(tr("&Length:"), this);
    m_daysLabel->setBuddy(m_days);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Private note for other moderators (optional)"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_note->setAccessibleName(tr("Private note"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionForm::changed);

    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->addWidget(reasonLabel, 0, 0);
    fields->addWidget(m_reason, 0, 1);
    fields->addWidget(m_daysLabel, 0, 2);
    fields->addWidget(m_days, 0, 3);
    fields->addWidget(m_note, 1, 0, 1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttonGrid);
    layout->addLayout(fields);
    updateFields();
}

void DecisionForm::setPolicies(const QJsonArray &policies)
{
    const QString current = reason();
    const QSignalBlocker blocker(m_reason);
    m_reason->clear();
    for (const QJsonValue &value : policies) {
        const QJsonObject policy = value.toObject();
        if (!policy.value(QStringLiteral("is_active")).toBool(true))
            continue;
        m_reason->addItem(policy.value(QStringLiteral("title")).toString(),
                          policy.value(QStringLiteral("code")).toString());
        m_reason->setItemData(m_reason->count() - 1,
                              policy.value(QStringLiteral("description")).toString(),
                              Qt::ToolTipRole);
    }
    const int index = m_reason->findData(current.isEmpty() ? m_defaultReason : current);
    m_reason->setCurrentIndex(index);
}

void DecisionForm::setAllowedActions(const QStringList &actions)
{
    m_allowed = actions;
    layoutButtons();
    if (!actions.contains(action()))
        reset(m_defaultReason);
}

void DecisionForm::layoutButtons()
{
    // Three to a row, without holes where an action is not allowed.
    for (QPushButton *button : std::as_const(m_buttons))
        m_buttonGrid->removeWidget(button);
    int index = 0;
    for (const QString &action : actions()) {
        QPushButton *button = m_buttons.value(action);
        const bool isAllowed = m_allowed.contains(action);
        button->setVisible(isAllowed);
        if (isAllowed) {
            m_buttonGrid->addWidget(button, index / 3, index % 3);
            ++index;
        }
    }
}

void DecisionForm::setBindings(const TriageBindings &bindings)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const TriageBindings::Command command = commandFor(it.key());
        it.value()->setText(bindings.withKey(ModerationText::actionTitle(it.key()), command));
        it.value()->setToolTip(
            bindings.keyText(command).isEmpty()
                ? QString()
                : tr("Choose “%1” (key %2)")
                      .arg(ModerationText::actionTitle(it.key()), bindings.keyText(command)));
    }
}

void DecisionForm::setReasonPlaceholder(const QString &text)
{
    m_reason->setPlaceholderText(text);
}

void DecisionForm::reset(const QString &reason)
{
    m_defaultReason = reason;
    m_group->setExclusive(false);
    for (QPushButton *button : std::as_const(m_buttons))
        button->setChecked(false);
    m_group->setExclusive(true);
    {
        const QSignalBlocker blocker(m_reason);
        m_reason->setCurrentIndex(m_reason->findData(reason));
    }
    {
        const QSignalBlocker blocker(m_note);
        m_note->clear();
    }
    m_days->setValue(7);
    updateFields();
    Q_EMIT changed();
}

bool DecisionForm::chooseAction(const QString &action)
{
    QPushButton *button = m_buttons.value(action);
    if (!button || !m_allowed.contains(action) || !button->isEnabled())
        return false;
    button->setChecked(true);
    if (action == QLatin1String("suspend")) {
        m_days->setFocus();
        m_days->selectAll();
    }
    return true;
}

QString DecisionForm::action() const
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        if (it.value()->isChecked())
            return it.key();
    return {};
}

QString DecisionForm::reason() const
{
    return m_reason->currentData().toString();
}

int DecisionForm::days() const
{
    return m_days->value();
}

QString DecisionForm::note() const
{
    return m_note->toPlainText().trimmed();
}

QString DecisionForm::problem() const
{
    if (action().isEmpty())
        return tr("Choose a decision.");
    if (reason().isEmpty())
        return tr("Choose the policy reason.");
    if (action() == QLatin1String("suspend") && days() < 1)
        return tr("A suspension lasts at least one day.");
    return {};
}

QJsonObject DecisionForm::parameters() const
{
    QJsonObject params{{QStringLiteral("action"), action()}, {QStringLiteral("reason"), reason()}};
    if (!note().isEmpty())
        params.insert(QStringLiteral("note"), note());
    if (action() == QLatin1String("suspend"))
        params.insert(QStringLiteral("days"), days());
    return params;
}

void DecisionForm::setSending(bool isSending)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(!isSending);
    m_isSending = isSending;
    m_reason->setEnabled(!isSending);
    m_note->setReadOnly(isSending);
    updateFields();
}

void DecisionForm::focusNote()
{
    m_note->setFocus();
}

void DecisionForm::updateFields()
{
    // Disabled rather than hidden: the form keeps its shape while the operator triages.
    const bool isSuspend = action() == QLatin1String("suspend");
    m_days->setEnabled(isSuspend && !m_isSending);
    m_daysLabel->setEnabled(isSuspend);
}

} // namespace Steward::Moderation
