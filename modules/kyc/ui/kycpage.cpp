#include "kycpage.h"

#include "kyccasemodel.h"
#include "kyccaseview.h"
#include "kyccountsbar.h"
#include "kycduedelegate.h"
#include "kycstatedelegate.h"
#include "kyctext.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Steward::Kyc {

namespace {

const char *const kStates[] = {"pending",  "in_review", "escalated", "resubmission_requested",
                               "approved", "rejected"};
const char *const kTypes[] = {"age", "identity", "business", "driver", "host"};

} // namespace

KycPage::KycPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new KycCaseModel(session, this))
{
    m_counts = new KycCountsBar(this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by #case, applicant email or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setToolTip(tr("Search cases (Ctrl+F)"));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("Open (to review)"), QStringLiteral("open"));
    for (const char *state : kStates) {
        const QString name = QString::fromLatin1(state);
        m_stateFilter->addItem(KycText::stateName(name), name);
    }
    m_stateFilter->addItem(tr("All states"), QString());
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_stateFilter);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->addItem(tr("All types"), QString());
    for (const char *type : kTypes) {
        const QString name = QString::fromLatin1(type);
        m_typeFilter->addItem(KycText::caseTypeName(name), name);
    }
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_typeFilter);

    m_mine = new QCheckBox(tr("&Mine"), this);
    m_mine->setToolTip(tr("Only the open cases assigned to you"));
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setToolTip(tr("Only open cases past their due time"));

    auto *refresh = new QToolButton(this);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolTip(tr("Reload the counts and the list (F5)"));
    refresh->setAccessibleName(tr("Reload"));
    refresh->setAutoRaise(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addWidget(refresh);

    m_view = new Shell::RecordTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(KycCaseModel::StateColumn, new KycStateDelegate(m_view));
    m_view->setItemDelegateForColumn(KycCaseModel::DueColumn, new KycDueDelegate(m_view));
    m_view->setColumnWidthsInEms({{KycCaseModel::CaseColumn, 5},
                                  {KycCaseModel::ApplicantColumn, 14},
                                  {KycCaseModel::TypeColumn, 11},
                                  {KycCaseModel::StateColumn, 17},
                                  {KycCaseModel::RiskColumn, 9},
                                  {KycCaseModel::DueColumn, 12},
                                  {KycCaseModel::AssignedColumn, 8}});
    m_view->setAccessibleName(tr("Cases"));
    m_summary = new Shell::InlineMessage(this);

    m_listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->addWidget(m_counts);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_summary);

    m_caseView = new KycCaseView(session, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_caseView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &KycPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
        m_view->setFocus();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &KycPage::applyFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &KycPage::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &KycPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &KycPage::applyFilter);
    connect(m_counts, &KycCountsBar::stateChosen, this, [this](const QString &state) {
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(state));
    });
    connect(m_counts, &KycCountsBar::overdueOnlyToggled, m_overdue, &QCheckBox::setChecked);
    connect(refresh, &QToolButton::clicked, this, [this] {
        m_model->refresh();
        refreshCounts();
    });
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, m_listPage);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, refresh, &QToolButton::click);
    auto *findKey = new QShortcut(QKeySequence::Find, m_listPage);
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    connect(m_view, &QTableView::activated, this, &KycPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // While a case is open the list follows it, not the other way round: a row
                // removed under it must not change which case "next" counts from.
                if (!current.isValid() || isShowingCase())
                    return;
                m_currentId = m_model->idAt(current.row());
                m_currentRow = current.row();
            });
    // A reload that had to start over keeps the case and the scroll position the reviewer had.
    connect(m_model, &KycCaseModel::modelAboutToBeReset, this,
            [this] { m_scrollBeforeReset = m_view->verticalScrollBar()->value(); });
    connect(m_model, &KycCaseModel::modelReset, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        selectCase(m_currentId);
        m_view->verticalScrollBar()->setValue(m_scrollBeforeReset);
    });

    connect(m_caseView, &KycCaseView::backRequested, this, &KycPage::showList);
    connect(m_caseView, &KycCaseView::nextRequested, this, &KycPage::openNext);
    connect(m_caseView, &KycCaseView::previousRequested, this, &KycPage::openPrevious);

    connect(m_model, &KycCaseModel::loadingChanged, this, &KycPage::updateSummary);
    connect(m_model, &KycCaseModel::errorOccurred, this, &KycPage::updateSummary);
    connect(m_model, &KycCaseModel::rowsInserted, this, &KycPage::updateSummary);
    connect(m_model, &KycCaseModel::rowsRemoved, this, &KycPage::updateSummary);
    connect(m_model, &KycCaseModel::modelReset, this, &KycPage::updateSummary);

    // Counts follow every KYC commit, coalesced like the list's reload.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(200);
    connect(&m_countsTimer, &QTimer::timeout, this, &KycPage::refreshCounts);
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        if (command.startsWith(QLatin1String("kyc.")) && command != QLatin1String("kyc.reveal"))
            m_countsTimer.start();
    });

    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_typeFilter);
    setTabOrder(m_typeFilter, m_mine);
    setTabOrder(m_mine, m_overdue);
    setTabOrder(m_overdue, refresh);
    setTabOrder(refresh, m_view);

    m_counts->setCurrentState(QStringLiteral("open"));
    applyFilter();
    refreshCounts();
    updateSummary();
    setFocusProxy(m_search);
}

QTableView *KycPage::view() const
{
    return m_view;
}

bool KycPage::isShowingCase() const
{
    return m_stack->currentWidget() == m_caseView;
}

void KycPage::applyFilter()
{
    KycCaseModel::Filter filter;
    filter.state = m_stateFilter->currentData().toString();
    filter.caseType = m_typeFilter->currentData().toString();
    filter.isMineOnly = m_mine->isChecked();
    filter.isOverdueOnly = m_overdue->isChecked();
    filter.text = m_search->text();
    m_counts->setCurrentState(filter.state);
    m_counts->setOverdueOnly(filter.isOverdueOnly);
    m_model->setFilter(filter);
}

void KycPage::refreshCounts()
{
    m_countsTimer.stop();
    const quint64 generation = ++m_countsGeneration;
    m_session.call(QStringLiteral("kyc.counts"), {}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_countsGeneration || !result.ok())
                           return;
                       showCounts(result.data.toObject());
                   });
}

void KycPage::showCounts(const QJsonObject &counts)
{
    m_counts->setCounts(counts);
    const QJsonArray types = counts.value(QStringLiteral("types")).toArray();
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        const QString name = type.value(QStringLiteral("case_type")).toString();
        const int index = m_typeFilter->findData(name);
        if (index < 0)
            continue;
        const qint64 open = type.value(QStringLiteral("open")).toInteger();
        const qint64 overdue = type.value(QStringLiteral("overdue")).toInteger();
        //: A case type in the type filter with its open cases, e.g. "Identity — 42 open".
        QString text =
            tr("%1 — %2 open").arg(KycText::caseTypeName(name), QLocale().toString(open));
        if (overdue > 0)
            //: Appended to the type filter entry when some cases are overdue.
            text += tr(", %1 overdue").arg(QLocale().toString(overdue));
        m_typeFilter->setItemText(index, text);
    }
    Q_EMIT countsLoaded();
}

void KycPage::updateSummary()
{
    if (!m_model->errorString().isEmpty()) {
        m_summary->showError(tr("Could not load the cases: %1").arg(m_model->errorString()));
    } else if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_summary->showInformation(tr("Loading…"));
    } else if (m_model->rowCount() == 0) {
        m_summary->showInformation(m_model->filter().text.isEmpty()
                                       ? tr("No cases match these filters.")
                                       : tr("No case matches “%1”.").arg(m_model->filter().text));
    } else if (m_model->hasMore()) {
        m_summary->showInformation(
            tr("%Ln case(s) shown; scroll down for more. Enter opens a case.", nullptr,
               m_model->rowCount()));
    } else {
        m_summary->showInformation(
            tr("%Ln case(s). Enter opens a case.", nullptr, m_model->rowCount()));
    }
}

void KycPage::selectCase(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void KycPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openRow(current.row());
}

void KycPage::openRow(int row)
{
    const qint64 id = m_model->idAt(row);
    if (id <= 0)
        return;
    m_currentId = id;
    m_currentRow = row;
    selectCase(id);
    m_view->scrollTo(m_model->index(row, 0));
    openCase(id);
}

void KycPage::openCase(qint64 id)
{
    m_currentId = id;
    m_caseView->showCase(id);
    m_stack->setCurrentWidget(m_caseView);
    m_caseView->setFocus();
}

void KycPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    if (m_model->rowOf(m_currentId) >= 0)
        selectCase(m_currentId);
    else if (m_model->rowCount() > 0)
        // The case left the list (decided): the one that took its place.
        m_view->selectRow(std::clamp(m_currentRow, 0, m_model->rowCount() - 1));
    m_view->setFocus();
}

void KycPage::openNext()
{
    // A case that was decided may have left the list: the next one now sits at its old row.
    const int row = m_model->rowOf(m_currentId);
    const int next = row >= 0 ? row + 1 : std::max(0, m_currentRow);
    if (next >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (next < m_model->rowCount())
        openRow(next);
}

void KycPage::openPrevious()
{
    const int row = m_model->rowOf(m_currentId);
    const int previous = row >= 0 ? row - 1 : m_currentRow - 1;
    if (previous >= 0 && previous < m_model->rowCount())
        openRow(previous);
}

} // namespace Steward::Kyc
