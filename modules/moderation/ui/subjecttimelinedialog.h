#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Steward::Shell {
class ConsoleSession;
class RecordTableView;
} // namespace Steward::Shell

namespace Steward::Moderation {

class TimelineModel;

/** Everything that happened to one person in trust and safety, newest first: reports,
 *  decisions, strikes, appeals, KYC cases and age verifications, across all their roles. */
class SubjectTimelineDialog : public QDialog
{
    Q_OBJECT
public:
    SubjectTimelineDialog(Shell::ConsoleSession &session, qint64 userId, const QString &name,
                          QWidget *parent = nullptr);

    /** Shows @p userId's timeline over @p parent, raising the one already open for them. */
    static SubjectTimelineDialog *open(Shell::ConsoleSession &session, qint64 userId,
                                       const QString &name, QWidget *parent);

    qint64 userId() const;
    TimelineModel *model() const { return m_model; }

private:
    void updateSummary();

    TimelineModel *m_model = nullptr;
    Shell::RecordTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Steward::Moderation
