#include "moderationpage.h"

#include "appealdetailpane.h"
#include "bulkdecisiondialog.h"
#include "decisionform.h"
#include "keylegenddialog.h"
#include "moderationconsolesettings.h"
#include "moderationpermissions.h"
#include "moderationtext.h"
#include "photoloader.h"
#include "queuemodel.h"
#include "queuesidebar.h"
#include "reportdetailpane.h"
#include "subjecttimelinedialog.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "mainwindow.h"
#include "recordtableview.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Steward::Moderation {

namespace {

QComboBox *filterBox(const QString &anyText, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText, QString());
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    // The letters are triage keys; a list of filters must not swallow them.
    combo->setFocusPolicy(Qt::ClickFocus);
    return combo;
}

QString selectedData(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace

ModerationPage::ModerationPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_photos(new PhotoLoader(this)),
      m_queues(new QueueModel(session, this)), m_model(new ReportListModel(session, this)),
      m_bindings(TriageBindings::load())
{
    setObjectName(QStringLiteral("moderationPage"));

    // Queues
    m_sidebar = new QueueSidebar(m_queues, this);
    auto *queuesTitle = new QLabel(tr("Queues"), this);
    QFont headingFont = queuesTitle->font();
    headingFont.setBold(true);
    queuesTitle->setFont(headingFont);
    queuesTitle->setContentsMargins(10, 4, 0, 0);
    auto *sidebarColumn = new QWidget(this);
    sidebarColumn->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    auto *sidebarLayout = new QVBoxLayout(sidebarColumn);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(queuesTitle);
    sidebarLayout->addWidget(m_sidebar, 1);

    // Filters and the list
    buildFilters();
    auto *refresh = new QToolButton(this);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolTip(tr("Reload the queue"));
    refresh->setAutoRaise(true);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_contentType);
    filters->addWidget(m_reason);
    filters->addWidget(m_severity);
    filters->addWidget(m_source);
    filters->addWidget(refresh);

    m_view = new Shell::RecordTableView(this);
    m_view->setObjectName(QStringLiteral("reports"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Connected before the view's selection model exists, so that this runs before the
    // selection model moves the current row away from a row being removed.
    connect(m_model, &ReportListModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= first && current.row() <= last &&
                    selectedRows().size() <= 1) {
                    m_isDetaching = true;
                    m_detachedRow = first;
                }
            });
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionsMovable(false);
    m_summary = new Shell::InlineMessage(this);
    m_summary->setObjectName(QStringLiteral("listSummary"));

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(filters);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addWidget(m_summary);

    // The current item
    m_reportPane = new ReportDetailPane(session, m_photos, this);
    m_appealPane = new AppealDetailPane(session, m_photos, this);
    m_selectionPane = new QWidget(this);
    m_selectionText = new QLabel(m_selectionPane);
    m_selectionText->setAlignment(Qt::AlignCenter);
    m_selectionText->setWordWrap(true);
    m_selectionButton = new QPushButton(m_selectionPane);
    m_selectionButton->setObjectName(QStringLiteral("decideSelectedButton"));
    m_selectionButton->setAutoDefault(false);
    auto *selectionLayout = new QVBoxLayout(m_selectionPane);
    selectionLayout->addStretch(1);
    selectionLayout->addWidget(m_selectionText);
    selectionLayout->addWidget(m_selectionButton, 0, Qt::AlignHCenter);
    selectionLayout->addStretch(2);
    m_detail = new QStackedWidget(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->addWidget(m_reportPane);
    m_detail->addWidget(m_appealPane);
    m_detail->addWidget(m_selectionPane);
    m_detail->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("moderationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(sidebarColumn);
    splitter->addWidget(center);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 17, em * 58, em * 38});

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("keyLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setWordWrap(true);
    m_legend->setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legend);

    // Wiring
    connect(m_sidebar, &QueueSidebar::queueChosen, this, &ModerationPage::showQueue);
    connect(refresh, &QToolButton::clicked, this, [this] {
        m_model->refresh();
        m_queues->refresh();
    });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ModerationPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilters();
        m_view->setFocus();
    });
    for (QComboBox *combo : {m_contentType, m_reason, m_severity, m_source})
        connect(combo, &QComboBox::currentIndexChanged, this, &ModerationPage::applyFilters);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationPage::currentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationPage::selectionChanged);
    connect(m_model, &ReportListModel::loadingChanged, this, &ModerationPage::updateSummary);
    connect(m_model, &ReportListModel::errorOccurred, this, &ModerationPage::updateSummary);
    connect(m_model, &ReportListModel::modelReset, this, [this] {
        m_isDetached = false;
        updateLegend();
        m_reportPane->showNothing(tr("Loading…"));
        m_detail->setCurrentWidget(
            m_model->filter().isAppeals() ? static_cast<QWidget *>(m_appealPane) : m_reportPane);
        applyColumnWidths();
        updateSummary();
    });
    connect(m_model, &ReportListModel::rowsInserted, this, [this] {
        updateSummary();
        if (!m_view->currentIndex().isValid() && !m_isDetached && m_model->rowCount() > 0) {
            selectRow(0);
        } else if (m_pendingMove != 0) {
            const int step = m_pendingMove;
            m_pendingMove = 0;
            moveBy(step);
        }
    });
    connect(m_model, &ReportListModel::rowsRemoved, this, [this] {
        if (m_isDetaching) {
            // The item on screen left the queue (decided or changed, here or elsewhere): it
            // stays on screen with its new state rather than being swapped for a neighbour
            // under the operator's hands.
            m_view->selectionModel()->clear();
            m_isDetaching = false;
            m_isDetached = true;
            if (m_model->filter().isAppeals()) {
                if (m_appealPane->message()->text().isEmpty())
                    m_appealPane->message()->showInformation(
                        tr("This appeal left the queue. J and K go on from where it was."));
            } else {
                if (m_reportPane->message()->text().isEmpty())
                    m_reportPane->message()->showInformation(
                        tr("This report left the queue. J and K go on from where it was."));
                m_reportPane->reload();
            }
        }
        updateSummary();
    });
    connect(m_model, &ReportListModel::refreshed, this, [this] {
        updateSummary();
        if (m_model->rowCount() == 0)
            currentRowChanged();
    });
    // A reload brought a newer state of the item on screen (claimed, decided elsewhere).
    connect(m_model, &ReportListModel::dataChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid() || selectedRows().size() > 1)
            return;
        const QJsonObject record = m_model->recordAt(current.row());
        const qint64 version = record.value(QStringLiteral("version")).toInteger();
        if (m_model->filter().isAppeals()) {
            if (m_appealPane->appealId() == m_model->idAt(current.row()) &&
                m_appealPane->appeal().value(QStringLiteral("version")).toInteger() != version)
                m_appealPane->showAppeal(record);
        } else if (m_reportPane->reportId() == m_model->idAt(current.row()) &&
                   m_reportPane->report().value(QStringLiteral("version")).toInteger() != version) {
            m_reportPane->showReport(record);
        }
    });
    connect(m_queues, &QueueModel::refreshed, this, &ModerationPage::updateSummary);

    for (ReportDetailPane *pane : {m_reportPane}) {
        connect(pane, &ReportDetailPane::recordChanged, m_model, &ReportListModel::updateRecord);
        connect(pane, &ReportDetailPane::decided, this, &ModerationPage::itemDecided);
        connect(pane, &ReportDetailPane::timelineRequested, this, &ModerationPage::openTimeline);
    }
    connect(m_appealPane, &AppealDetailPane::recordChanged, m_model,
            &ReportListModel::updateRecord);
    connect(m_appealPane, &AppealDetailPane::decided, this, &ModerationPage::itemDecided);
    connect(m_appealPane, &AppealDetailPane::timelineRequested, this,
            &ModerationPage::openTimeline);
    connect(m_selectionButton, &QPushButton::clicked, this, [this] { decideSelected(); });
    connect(m_legend, &QLabel::linkActivated, this, &ModerationPage::showKeys);

    connect(&ModerationConsoleSettings::instance(), &ModerationConsoleSettings::changed, this,
            [this] {
                m_bindings = TriageBindings::load();
                applyBindings();
            });
    m_policyReload.setSingleShot(true);
    m_policyReload.setInterval(200);
    connect(&m_policyReload, &QTimer::timeout, this, &ModerationPage::loadPolicies);
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        if (command == QLatin1String("moderation.preferences_save"))
            loadPreferences();
        else if (command == QLatin1String("moderation.policy_save"))
            m_policyReload.start();
    });

    applyColumnWidths();
    applyBindings();
    loadPreferences();
    loadPolicies();
    m_sidebar->setCurrentQueue(QStringLiteral("unreviewed"));
    setFocusProxy(m_view);
}

void ModerationPage::applyColumnWidths()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<std::pair<ReportListModel::Column, int>> widths = {
        {ReportListModel::PriorityColumn, 5},          {ReportListModel::SeverityColumn, 6},
        {ReportListModel::ContentColumn, 14},          {ReportListModel::ReasonColumn, 9},
        {ReportListModel::AiScoreColumn, 5},           {ReportListModel::ReportsColumn, 6},
        {ReportListModel::SubjectColumn, 9},           {ReportListModel::ClaimColumn, 8},
        {ReportListModel::WaitingColumn, 5},           {ReportListModel::StatusColumn, 7},
        {ReportListModel::DecidedColumn, 10},          {ReportListModel::AppealTypeColumn, 10},
        {ReportListModel::OriginalDecisionColumn, 14}, {ReportListModel::DecidedByColumn, 8},
        {ReportListModel::MessageColumn, 18}};
    for (const auto &[column, ems] : widths) {
        const int section = m_model->columnOf(column);
        if (section >= 0)
            m_view->horizontalHeader()->resizeSection(section, ems * em);
    }
}

void ModerationPage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Subject name, email with @, or #report"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search reports"));

    m_contentType = filterBox(tr("All content"), tr("Content type"), this);
    m_contentType->setObjectName(QStringLiteral("contentTypeFilter"));
    for (const char *type : {"profile", "photo", "message", "review", "agent_listing",
                             "vendor_listing", "property_listing"})
        m_contentType->addItem(ModerationText::contentTypeTitle(QLatin1String(type)),
                               QLatin1String(type));
    m_reason = filterBox(tr("All reasons"), tr("Reason"), this);
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_severity = filterBox(tr("All severities"), tr("Severity"), this);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    for (const char *severity : {"critical", "high", "medium", "low"})
        m_severity->addItem(ModerationText::severityTitle(QLatin1String(severity)),
                            QLatin1String(severity));
    m_source = filterBox(tr("All sources"), tr("Source"), this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    for (const char *source : {"user_report", "automated"})
        m_source->addItem(ModerationText::sourceTitle(QLatin1String(source)),
                          QLatin1String(source));
}

void ModerationPage::showQueue(const QString &queue)
{
    if (m_sidebar->currentQueue() != queue) {
        // Comes back here through queueChosen.
        m_sidebar->setCurrentQueue(queue);
        return;
    }
    updateFilterAvailability();
    applyFilters();
    m_view->setFocus();
}

void ModerationPage::setFilter(const ReportFilter &filter)
{
    const QSignalBlocker searchBlocker(m_search);
    m_search->setText(filter.text);
    const auto select = [](QComboBox *combo, const QString &value) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    select(m_contentType, filter.contentType);
    select(m_reason, filter.reason);
    select(m_severity, filter.severity);
    select(m_source, filter.source);
    if (m_sidebar->currentQueue() != filter.queue) {
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentQueue(filter.queue);
    }
    updateFilterAvailability();
    m_model->setFilter(filter);
}

void ModerationPage::updateFilterAvailability()
{
    const bool isAppeals = m_sidebar->currentQueue() == QLatin1String("appeals");
    for (QComboBox *combo : {m_contentType, m_reason, m_severity, m_source}) {
        combo->setEnabled(!isAppeals);
        combo->setToolTip(isAppeals ? tr("Appeals are filtered by subject only.") : QString());
    }
    m_view->setSelectionMode(isAppeals ? QAbstractItemView::SingleSelection
                                       : QAbstractItemView::ExtendedSelection);
}

void ModerationPage::applyFilters()
{
    m_searchDelay.stop();
    ReportFilter filter;
    filter.queue = m_sidebar->currentQueue();
    if (filter.queue.isEmpty())
        filter.queue = QStringLiteral("unreviewed");
    filter.text = m_search->text();
    filter.contentType = selectedData(m_contentType);
    filter.reason = selectedData(m_reason);
    filter.severity = selectedData(m_severity);
    filter.source = selectedData(m_source);
    m_model->setFilter(filter);
}

QList<int> ModerationPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ModerationPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ModerationPage::moveBy(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int target = current < 0 ? 0 : current + step;
    if (current < 0 && m_isDetached)
        target = step > 0 ? m_detachedRow + step - 1 : m_detachedRow + step;
    if (target >= rows) {
        if (m_model->canFetchMore({})) {
            m_pendingMove = step;
            m_model->fetchMore({});
        }
        return;
    }
    selectRow(std::max(0, target));
}

void ModerationPage::currentRowChanged()
{
    if (m_isDetaching)
        return;
    if (selectedRows().size() > 1 && !m_model->filter().isAppeals()) {
        selectionChanged();
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const bool isAppeals = m_model->filter().isAppeals();
    if (!current.isValid() && m_isDetached)
        return;
    m_isDetached = false;
    if (!current.isValid()) {
        m_detail->setCurrentWidget(m_reportPane);
        if (m_model->isLoading())
            m_reportPane->showNothing(tr("Loading…"));
        else if (m_model->rowCount() == 0)
            m_reportPane->showNothing(
                !m_model->filter().isNarrowed()
                    ? tr("Nothing waiting in “%1”.")
                          .arg(ModerationText::queueTitle(m_model->filter().queue))
                    : tr("Nothing in “%1” matches the filters.")
                          .arg(ModerationText::queueTitle(m_model->filter().queue)));
        else
            m_reportPane->showNothing(tr("Choose an item."));
        return;
    }
    const QJsonObject record = m_model->recordAt(current.row());
    if (isAppeals) {
        m_detail->setCurrentWidget(m_appealPane);
        m_appealPane->showAppeal(record);
    } else {
        m_detail->setCurrentWidget(m_reportPane);
        m_reportPane->showReport(record);
        // The next photo is likely the next one looked at.
        const QString nextPhoto =
            m_model->recordAt(current.row() + 1).value(QStringLiteral("media_url")).toString();
        if (!nextPhoto.isEmpty())
            m_photos->prefetch(nextPhoto);
    }
}

void ModerationPage::selectionChanged()
{
    if (m_isDetaching)
        return;
    const QList<int> rows = selectedRows();
    const bool isBulk =
        rows.size() > 1 && !m_model->filter().isAppeals() && m_session.can(Permission::Decide);
    if (isBulk) {
        m_selectionText->setText(
            tr("%Ln reports selected. A decision key or the button below decides them all at "
               "once, after one confirmation.",
               nullptr, int(rows.size())));
        m_selectionButton->setText(tr("Decide %Ln reports…", nullptr, int(rows.size())));
        m_detail->setCurrentWidget(m_selectionPane);
        return;
    }
    if (m_detail->currentWidget() == m_selectionPane)
        currentRowChanged();
}

void ModerationPage::decideSelected(const QString &action)
{
    const QList<int> rows = selectedRows();
    if (rows.size() < 2 || m_model->filter().isAppeals() || !m_session.can(Permission::Decide))
        return;
    QList<QJsonObject> reports;
    for (int row : rows)
        reports << m_model->recordAt(row);
    auto *dialog = new BulkDecisionDialog(m_session, reports, m_policies, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBindings(m_bindings);
    if (!action.isEmpty())
        dialog->form()->chooseAction(action);
    connect(dialog, &BulkDecisionDialog::decided, this, [this] {
        m_model->refresh();
        m_queues->refresh();
    });
    dialog->open();
}

void ModerationPage::itemDecided(qint64 id, bool advance)
{
    m_queues->refresh();
    if (!advance)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (row + 1 < m_model->rowCount()) {
        selectRow(row + 1);
    } else if (m_model->canFetchMore({})) {
        m_pendingMove = 1;
        m_model->fetchMore({});
    } else if (row > 0) {
        selectRow(row - 1);
    }
}

void ModerationPage::trigger(TriageBindings::Command command)
{
    using C = TriageBindings::Command;
    const bool isAppeals = m_model->filter().isAppeals();
    const bool isBulk = m_detail->currentWidget() == m_selectionPane;
    const QString action = TriageBindings::action(command);
    if (!action.isEmpty()) {
        if (isBulk) {
            decideSelected(action);
        } else if (!isAppeals && !m_reportPane->chooseAction(action) &&
                   m_reportPane->reportId() > 0) {
            if (action == QLatin1String("ban") && !m_session.can(Permission::Ban))
                m_reportPane->message()->showError(
                    tr("Only administrators ban. Escalate the report instead."));
            else if (m_reportPane->canDecide())
                m_reportPane->message()->showError(tr("“%1” is not possible for this report.")
                                                       .arg(ModerationText::actionTitle(action)));
        }
        return;
    }
    const QString outcome = TriageBindings::outcome(command);
    if (!outcome.isEmpty()) {
        if (isAppeals)
            m_appealPane->chooseOutcome(outcome);
        return;
    }
    switch (command) {
    case C::Next:
        moveBy(1);
        break;
    case C::Previous:
        moveBy(-1);
        break;
    case C::SubmitAndNext:
    case C::Submit:
        if (isAppeals)
            m_appealPane->submit(command == C::SubmitAndNext);
        else if (!isBulk)
            m_reportPane->submit(command == C::SubmitAndNext);
        break;
    case C::Claim:
        if (!isAppeals && !isBulk)
            m_reportPane->claim();
        break;
    case C::Release:
        if (!isAppeals && !isBulk)
            m_reportPane->release();
        break;
    case C::Assign:
        if (!isAppeals && !isBulk)
            m_reportPane->assign();
        break;
    case C::Reveal:
        if (isAppeals)
            m_appealPane->toggleReveal();
        else
            m_reportPane->toggleReveal();
        break;
    case C::Timeline: {
        if (!m_session.can(Permission::Timeline))
            break;
        const QJsonObject record = m_model->recordAt(m_view->currentIndex().row());
        if (record.isEmpty() || isBulk)
            break;
        openTimeline(
            record.value(isAppeals ? QStringLiteral("user_id") : QStringLiteral("subject_user_id"))
                .toInteger(),
            record.value(QStringLiteral("subject_name")).toString());
        break;
    }
    case C::FocusNote:
        if (isAppeals)
            m_appealPane->focusNote();
        else if (!isBulk)
            m_reportPane->focusNote();
        break;
    case C::ShowKeys:
        showKeys();
        break;
    default:
        break;
    }
}

void ModerationPage::applyBindings()
{
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    for (TriageBindings::Command command : TriageBindings::commands()) {
        const QKeySequence key = m_bindings.key(command);
        if (key.isEmpty())
            continue;
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        // Holding a key moves through the list, but never decides twice.
        shortcut->setAutoRepeat(command == TriageBindings::Command::Next ||
                                command == TriageBindings::Command::Previous);
        connect(shortcut, &QShortcut::activated, this, [this, command] { trigger(command); });
        m_shortcuts.insert(command, shortcut);
        // The keypad's Enter does what Return does.
        if (key[0].key() == Qt::Key_Return) {
            auto *keypad =
                new QShortcut(QKeySequence(QKeyCombination(
                                  key[0].keyboardModifiers() | Qt::KeypadModifier, Qt::Key_Enter)),
                              shortcut);
            keypad->setContext(Qt::WidgetWithChildrenShortcut);
            keypad->setAutoRepeat(false);
            connect(keypad, &QShortcut::activated, this, [this, command] { trigger(command); });
        }
    }
    m_reportPane->setBindings(m_bindings);
    m_appealPane->setBindings(m_bindings);
    updateLegend();
}

void ModerationPage::updateLegend()
{
    using C = TriageBindings::Command;
    const auto key = [this](C command) {
        const QString text = m_bindings.keyText(command);
        return text.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    };
    QStringList parts;
    const auto add = [&parts](const QString &keys, const QString &what) {
        if (!keys.isEmpty())
            //: In the key legend: a key and what it does, "J next".
            parts << tr("%1 %2").arg(keys, what.toHtmlEscaped());
    };
    const QString next = key(C::Next);
    const QString previous = key(C::Previous);
    add(next.isEmpty() || previous.isEmpty() ? next + previous
                                             : QStringLiteral("%1/%2").arg(next, previous),
        tr("next/previous"));
    if (m_model->filter().isAppeals()) {
        add(key(C::Uphold), tr("uphold"));
        add(key(C::Overturn), tr("overturn"));
        add(key(C::FocusNote), tr("note"));
    } else {
        for (C command : {C::Dismiss, C::RemoveContent, C::Warn, C::Suspend, C::Ban, C::Escalate}) {
            if (command == C::Ban && !m_session.can(Permission::Ban))
                continue;
            // As titled on its button: lower-casing would break languages that capitalize
            // nouns.
            add(key(command), ModerationText::actionTitle(TriageBindings::action(command)));
        }
    }
    add(key(C::SubmitAndNext), tr("submit and next"));
    if (!m_model->filter().isAppeals())
        add(key(C::Claim), tr("claim"));
    add(key(C::Reveal), tr("reveal photo"));
    add(key(C::Timeline), tr("timeline"));
    // The link in the palette's colour, which a theme change updates (see changeEvent).
    const QString link = palette().color(QPalette::Link).name();
    const QString all = key(C::ShowKeys);
    parts << QStringLiteral("<a href=\"keys\" style=\"color:%1\">%2</a>")
                 .arg(link, all.isEmpty()
                                ? tr("all keys").toHtmlEscaped()
                                : QStringLiteral("%1 %2").arg(all, tr("all keys").toHtmlEscaped()));
    m_legend->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void ModerationPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_legend)
        updateLegend();
}

void ModerationPage::updateSummary()
{
    const QString queue = m_model->filter().queue;
    const qint64 total = m_queues->count(queue);
    const int shown = m_model->rowCount();
    if (!m_model->errorString().isEmpty()) {
        m_summary->showError(tr("Could not load the queue: %1").arg(m_model->errorString()));
    } else if (m_model->isLoading() && shown == 0) {
        m_summary->showInformation(tr("Loading…"));
    } else if (m_model->hasMore()) {
        const bool isFiltered = m_model->filter().isNarrowed();
        m_summary->showInformation(
            total >= 0 && !isFiltered ? tr("%Ln of %1 shown; scroll down for more.", nullptr, shown)
                                            .arg(m_queues->countText(queue))
                                      : tr("%Ln shown; scroll down for more.", nullptr, shown));
    } else {
        m_summary->showInformation(tr("%Ln item(s).", nullptr, shown));
    }
}

void ModerationPage::loadPreferences()
{
    m_session.call(
        QStringLiteral("moderation.preferences"), {}, this, [this](const CommandResult &result) {
            if (!result.ok())
                return;
            m_blurPhotos = result.data.toObject().value(QStringLiteral("blur_images")).toBool(true);
            m_hasPreferences = true;
            m_reportPane->setBlurPhotos(m_blurPhotos);
            m_appealPane->setBlurPhotos(m_blurPhotos);
        });
}

void ModerationPage::loadPolicies()
{
    m_session.call(
        QStringLiteral("moderation.policies"), {}, this, [this](const CommandResult &result) {
            if (!result.ok())
                return;
            m_policies = result.data.toObject().value(QStringLiteral("policies")).toArray();
            m_reportPane->setPolicies(m_policies);
            const QString current = selectedData(m_reason);
            const QSignalBlocker blocker(m_reason);
            while (m_reason->count() > 1)
                m_reason->removeItem(1);
            for (const QJsonValue &value : std::as_const(m_policies)) {
                const QJsonObject policy = value.toObject();
                m_reason->addItem(policy.value(QStringLiteral("title")).toString(),
                                  policy.value(QStringLiteral("code")).toString());
            }
            m_reason->setCurrentIndex(std::max(0, m_reason->findData(current)));
        });
}

void ModerationPage::openTimeline(qint64 userId, const QString &name)
{
    if (userId > 0 && m_session.can(Permission::Timeline))
        SubjectTimelineDialog::open(m_session, userId, name, window());
}

void ModerationPage::showKeys()
{
    auto *dialog = new KeyLegendDialog(m_bindings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyLegendDialog::changeKeysRequested, this, &ModerationPage::openKeySettings);
    dialog->open();
}

void ModerationPage::openKeySettings()
{
    auto *mainWindow = qobject_cast<Shell::MainWindow *>(window());
    if (!mainWindow)
        return;
    Shell::SettingsDialog *settings = mainWindow->openSettings();
    auto *tabs = settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    auto *section = settings->findChild<QWidget *>(QStringLiteral("settings:moderation"));
    if (tabs && section)
        tabs->setCurrentWidget(section);
}

} // namespace Steward::Moderation
