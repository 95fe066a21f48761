#include "policyreasonseditor.h"

#include "moderationtext.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward::Moderation {

PolicyReasonsEditor::PolicyReasonsEditor(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("policyReasons"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("policyList"));
    m_list->setHeaderLabels({tr("Reason"), tr("Severity"), tr("Weight"), tr("In use")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("policyCode"));
    m_code->setPlaceholderText(tr("lower_case_code"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("policyTitle"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("policyDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("policySeverity"));
    for (const char *severity : {"low", "medium", "high", "critical"})
        m_severity->addItem(ModerationText::severityTitle(QLatin1String(severity)),
                            QLatin1String(severity));
    m_weight = new QSpinBox(this);
    m_weight->setObjectName(QStringLiteral("policyWeight"));
    m_weight->setRange(0, 10);
    m_weight->setToolTip(tr("How much a strike for this reason counts on the strike ladder; 0 "
                            "issues no strike."));
    m_active = new QCheckBox(tr("Moderators can choose this reason"), this);
    m_active->setObjectName(QStringLiteral("policyActive"));
    m_new = new QPushButton(tr("&New reason"), this);
    m_save = new QPushButton(tr("&Save reason"), this);
    m_save->setObjectName(QStringLiteral("policySave"));
    m_message = new Shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("policyMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Default &severity:"), m_severity);
    form->addRow(tr("Strike &weight:"), m_weight);
    form->addRow(QString(), m_active);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *formColumn = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formColumn);
    formLayout->addLayout(form);
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(formColumn);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            select(item->data(0, Qt::UserRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, &PolicyReasonsEditor::startNew);
    connect(m_save, &QPushButton::clicked, this, &PolicyReasonsEditor::save);
    connect(m_title, &QLineEdit::textChanged, this, &PolicyReasonsEditor::updateButtons);
    connect(m_code, &QLineEdit::textChanged, this, &PolicyReasonsEditor::updateButtons);
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        if (command == QLatin1String("moderation.policy_save") && !m_isSending)
            reload();
    });
    startNew();
    reload();
}

void PolicyReasonsEditor::reload()
{
    m_session.call(
        QStringLiteral("moderation.policies"), {}, this, [this](const CommandResult &result) {
            if (!result.ok()) {
                m_message->showError(result.message);
                return;
            }
            m_policies = result.data.toObject().value(QStringLiteral("policies")).toArray();
            const QString current = m_current.value(QStringLiteral("code")).toString();
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            for (const QJsonValue &value : std::as_const(m_policies)) {
                const QJsonObject policy = value.toObject();
                const bool isActive = policy.value(QStringLiteral("is_active")).toBool();
                auto *item = new QTreeWidgetItem(
                    m_list,
                    {policy.value(QStringLiteral("title")).toString(),
                     ModerationText::severityTitle(
                         policy.value(QStringLiteral("default_severity")).toString()),
                     QString::number(policy.value(QStringLiteral("strike_weight")).toInteger()),
                     isActive ? tr("Yes") : tr("No")});
                item->setData(0, Qt::UserRole, policy.value(QStringLiteral("code")).toString());
                item->setToolTip(0, policy.value(QStringLiteral("description")).toString());
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                if (!isActive)
                    for (int column = 0; column < 4; ++column)
                        item->setForeground(column,
                                            palette().brush(QPalette::Disabled, QPalette::Text));
                if (policy.value(QStringLiteral("code")).toString() == current)
                    m_list->setCurrentItem(item);
            }
            for (int column = 1; column < 4; ++column)
                m_list->resizeColumnToContents(column);
            if (!current.isEmpty())
                select(current);
            else if (!m_hasLoaded && !m_policies.isEmpty())
                select(m_policies.first().toObject().value(QStringLiteral("code")).toString());
            m_hasLoaded = true;
            Q_EMIT loaded();
        });
}

void PolicyReasonsEditor::select(const QString &code)
{
    for (const QJsonValue &value : std::as_const(m_policies)) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code) {
            showPolicy(value.toObject());
            break;
        }
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == code && m_list->currentItem() != item) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(item);
        }
    }
}

void PolicyReasonsEditor::startNew()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    showPolicy({});
    m_code->setFocus();
}

void PolicyReasonsEditor::showPolicy(const QJsonObject &policy)
{
    m_current = policy;
    const bool isNew = policy.isEmpty();
    m_code->setText(policy.value(QStringLiteral("code")).toString());
    m_code->setReadOnly(!isNew);
    m_title->setText(policy.value(QStringLiteral("title")).toString());
    m_description->setPlainText(policy.value(QStringLiteral("description")).toString());
    m_severity->setCurrentIndex(std::max(
        0,
        m_severity->findData(
            policy.value(QStringLiteral("default_severity")).toString(QStringLiteral("medium")))));
    m_weight->setValue(int(policy.value(QStringLiteral("strike_weight")).toInteger(1)));
    m_active->setChecked(policy.value(QStringLiteral("is_active")).toBool(true));
    m_save->setText(isNew ? tr("&Add reason") : tr("&Save reason"));
    updateButtons();
}

void PolicyReasonsEditor::updateButtons()
{
    m_save->setEnabled(!m_isSending && !m_code->text().trimmed().isEmpty() &&
                       !m_title->text().trimmed().isEmpty());
}

void PolicyReasonsEditor::save()
{
    if (m_isSending)
        return;
    QJsonObject params{{QStringLiteral("code"), m_code->text().trimmed()},
                       {QStringLiteral("title"), m_title->text().trimmed()},
                       {QStringLiteral("description"), m_description->toPlainText().trimmed()},
                       {QStringLiteral("default_severity"), m_severity->currentData().toString()},
                       {QStringLiteral("strike_weight"), m_weight->value()},
                       {QStringLiteral("is_active"), m_active->isChecked()}};
    if (!m_current.isEmpty())
        params.insert(QStringLiteral("version"), m_current.value(QStringLiteral("version")));
    m_isSending = true;
    m_message->clear();
    updateButtons();
    m_session.call(QStringLiteral("moderation.policy_save"), params, this,
                   [this](const CommandResult &result) {
                       m_isSending = false;
                       updateButtons();
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           if (result.code == ErrorCode::Conflict)
                               reload();
                           return;
                       }
                       const QJsonObject policy = result.data.toObject();
                       m_current = policy;
                       m_message->showSuccess(
                           tr("“%1” saved.").arg(policy.value(QStringLiteral("title")).toString()));
                       Q_EMIT saved(policy);
                       reload();
                   });
}

} // namespace Steward::Moderation
