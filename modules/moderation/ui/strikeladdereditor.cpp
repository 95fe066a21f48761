#include "strikeladdereditor.h"

#include "moderationtext.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward::Moderation {

namespace {

enum StepColumn { StrikesColumn, ActionColumn, DaysColumn };

} // namespace

StrikeLadderEditor::StrikeLadderEditor(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("strikeLadder"));
    auto *intro = new QLabel(tr("When the total weight of a person's active strikes reaches a "
                                "step, its action is applied with the decision that crossed it. "
                                "A step never weakens what the person already has."),
                             this);
    intro->setWordWrap(true);
    m_expiry = new QSpinBox(this);
    m_expiry->setObjectName(QStringLiteral("strikeExpiry"));
    m_expiry->setRange(1, 3650);
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_steps = new QTableWidget(0, 3, this);
    m_steps->setObjectName(QStringLiteral("ladderSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Active strike weight"), tr("Action"), tr("Days")});
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->horizontalHeader()->setStretchLastSection(false);
    m_steps->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_steps->setColumnWidth(StrikesColumn, em * 12);
    m_steps->setColumnWidth(ActionColumn, em * 10);
    m_steps->setColumnWidth(DaysColumn, em * 9);
    // As wide as its columns: a stretched table would pull the days far from their step.
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setFixedWidth(m_steps->horizontalHeader()->length() + 2 * m_steps->frameWidth() +
                           style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    m_add = new QPushButton(tr("&Add step"), this);
    m_remove = new QPushButton(tr("&Remove step"), this);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_save = new QPushButton(tr("&Save ladder"), this);
    m_save->setObjectName(QStringLiteral("ladderSave"));
    m_message = new Shell::InlineMessage(this);
    m_message->setObjectName(QStringLiteral("ladderMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Strikes stay active for:"), m_expiry);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &StrikeLadderEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &StrikeLadderEditor::removeStep);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_message->clear();
        showLadder(m_ladder);
    });
    connect(m_save, &QPushButton::clicked, this, &StrikeLadderEditor::save);
    reload();
}

void StrikeLadderEditor::reload()
{
    m_session.call(QStringLiteral("moderation.ladder"), {}, this,
                   [this](const CommandResult &result) {
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           return;
                       }
                       showLadder(result.data.toObject());
                       Q_EMIT loaded();
                   });
}

void StrikeLadderEditor::showLadder(const QJsonObject &ladder)
{
    m_ladder = ladder;
    m_expiry->setValue(int(ladder.value(QStringLiteral("strike_expiry_days")).toInteger(180)));
    m_steps->setRowCount(0);
    const QJsonArray steps = ladder.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        insertStep(int(step.value(QStringLiteral("strikes")).toInteger()),
                   step.value(QStringLiteral("action")).toString(),
                   int(step.value(QStringLiteral("days")).toInteger()));
    }
}

void StrikeLadderEditor::insertStep(int strikes, const QString &action, int days)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto *strikesBox = new QSpinBox(m_steps);
    strikesBox->setRange(1, 1000);
    strikesBox->setValue(strikes);
    strikesBox->setFrame(false);
    auto *actionBox = new QComboBox(m_steps);
    for (const char *code : {"warn", "suspend", "ban"})
        actionBox->addItem(ModerationText::actionTitle(QLatin1String(code)), QLatin1String(code));
    actionBox->setCurrentIndex(std::max(0, actionBox->findData(action)));
    actionBox->setFrame(false);
    auto *daysBox = new QSpinBox(m_steps);
    daysBox->setRange(0, 3650);
    daysBox->setSpecialValueText(QStringLiteral("—"));
    daysBox->setValue(action == QLatin1String("suspend") ? std::max(1, days) : 0);
    daysBox->setSuffix(tr(" days"));
    daysBox->setFrame(false);
    const auto updateDays = [actionBox, daysBox] {
        const bool isSuspend = actionBox->currentData().toString() == QLatin1String("suspend");
        daysBox->setEnabled(isSuspend);
        daysBox->setMinimum(isSuspend ? 1 : 0);
        if (!isSuspend)
            daysBox->setValue(0);
        else if (daysBox->value() < 1)
            daysBox->setValue(7);
    };
    connect(actionBox, &QComboBox::currentIndexChanged, daysBox, updateDays);
    updateDays();
    m_steps->setCellWidget(row, StrikesColumn, strikesBox);
    m_steps->setCellWidget(row, ActionColumn, actionBox);
    m_steps->setCellWidget(row, DaysColumn, daysBox);
}

void StrikeLadderEditor::addStep()
{
    int strikes = 1;
    if (m_steps->rowCount() > 0)
        strikes =
            qobject_cast<QSpinBox *>(m_steps->cellWidget(m_steps->rowCount() - 1, StrikesColumn))
                ->value() +
            1;
    insertStep(strikes, QStringLiteral("suspend"), 7);
    m_steps->selectRow(m_steps->rowCount() - 1);
}

void StrikeLadderEditor::removeStep()
{
    const int row = m_steps->currentRow();
    if (row >= 0)
        m_steps->removeRow(row);
}

QJsonObject StrikeLadderEditor::edited() const
{
    QJsonArray steps;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *strikes = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, StrikesColumn));
        const auto *action = qobject_cast<QComboBox *>(m_steps->cellWidget(row, ActionColumn));
        const auto *days = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, DaysColumn));
        QJsonObject step{{QStringLiteral("strikes"), strikes->value()},
                         {QStringLiteral("action"), action->currentData().toString()}};
        step.insert(QStringLiteral("days"),
                    action->currentData().toString() == QLatin1String("suspend")
                        ? QJsonValue(days->value())
                        : QJsonValue());
        steps.append(step);
    }
    return {{QStringLiteral("strike_expiry_days"), m_expiry->value()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("version"), m_ladder.value(QStringLiteral("version"))}};
}

void StrikeLadderEditor::save()
{
    if (m_isSending)
        return;
    m_isSending = true;
    m_save->setEnabled(false);
    m_message->clear();
    m_session.call(QStringLiteral("moderation.ladder_save"), edited(), this,
                   [this](const CommandResult &result) {
                       m_isSending = false;
                       m_save->setEnabled(true);
                       if (!result.ok()) {
                           m_message->showError(result.message);
                           if (result.code == ErrorCode::Conflict)
                               reload();
                           return;
                       }
                       showLadder(result.data.toObject());
                       m_message->showSuccess(tr("The strike ladder is saved and applies to the "
                                                 "next decisions."));
                       Q_EMIT saved();
                   });
}

} // namespace Steward::Moderation
