#pragma once

#include "reportlistmodel.h"
#include "triagebindings.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QSplitter;
class QStackedWidget;

namespace Steward::Shell {
class ConsoleSession;
class InlineMessage;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Moderation {

class AppealDetailPane;
class PhotoLoader;
class QueueModel;
class QueueSidebar;
class ReportDetailPane;

/** The Moderation page: the queues with their counts and oldest ages on the left, the chosen
 *  queue's items (filtered in SQL, paged as the operator scrolls) in the middle, the current
 *  item on the right. Built for keyboard triage: next/previous, a key per decision and
 *  submit-and-next (TriageBindings, shown on the buttons and in the legend at the bottom).
 *  Several selected reports are decided together. Commits from any console update the counts
 *  and the list in place. */
class ModerationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModerationPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    ReportListModel *model() const { return m_model; }
    QueueModel *queueModel() const { return m_queues; }
    Shell::RecordTableView *view() const { return m_view; }
    ReportDetailPane *reportPane() const { return m_reportPane; }
    AppealDetailPane *appealPane() const { return m_appealPane; }
    const TriageBindings &bindings() const { return m_bindings; }
    /** The operator's moderation.preferences: whether photos start blurred. */
    bool blursPhotos() const { return m_blurPhotos; }
    bool hasPreferences() const { return m_hasPreferences; }
    bool hasPolicies() const { return !m_policies.isEmpty(); }

    void showQueue(const QString &queue);
    void setFilter(const ReportFilter &filter);
    /** Moves to the next or previous item of the list. */
    void moveBy(int step);
    /** Runs a triage command as its key does. */
    void trigger(TriageBindings::Command command);
    /** Opens the bulk decision for the selected reports, preset to @p action. */
    void decideSelected(const QString &action = {});
    QList<int> selectedRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilters();
    void applyColumnWidths();
    void applyFilters();
    void updateFilterAvailability();
    void currentRowChanged();
    void selectionChanged();
    void updateSummary();
    void updateLegend();
    void applyBindings();
    void loadPreferences();
    void loadPolicies();
    void openTimeline(qint64 userId, const QString &name);
    void itemDecided(qint64 id, bool advance);
    void showKeys();
    void openKeySettings();
    void selectRow(int row);

    Shell::ConsoleSession &m_session;
    PhotoLoader *m_photos = nullptr;
    QueueModel *m_queues = nullptr;
    ReportListModel *m_model = nullptr;
    TriageBindings m_bindings;
    QJsonArray m_policies;
    bool m_blurPhotos = true;
    bool m_hasPreferences = false;
    int m_pendingMove = 0;
    /** The current row is being removed by a reload; the pane keeps showing its item. */
    bool m_isDetaching = false;
    /** The pane shows an item that left the list; m_detachedRow is where it was. */
    bool m_isDetached = false;
    int m_detachedRow = 0;

    QueueSidebar *m_sidebar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_contentType = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_source = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    Shell::InlineMessage *m_summary = nullptr;
    QStackedWidget *m_detail = nullptr;
    ReportDetailPane *m_reportPane = nullptr;
    AppealDetailPane *m_appealPane = nullptr;
    QWidget *m_selectionPane = nullptr;
    QLabel *m_selectionText = nullptr;
    QPushButton *m_selectionButton = nullptr;
    QLabel *m_legend = nullptr;
    QHash<TriageBindings::Command, QShortcut *> m_shortcuts;
    QTimer m_searchDelay;
    QTimer m_policyReload;
};

} // namespace Steward::Moderation
