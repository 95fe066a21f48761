#pragma once

#include <QListView>

namespace Steward::Moderation {

class QueueModel;

/** The list of moderation queues on the left of the Moderation page: each queue's title, its
 *  item count and the age of its oldest item, so the operator sees at a glance where work
 *  waits. */
class QueueSidebar : public QListView
{
    Q_OBJECT
public:
    QueueSidebar(QueueModel *model, QWidget *parent = nullptr);

    QString currentQueue() const;
    void setCurrentQueue(const QString &queue);

    QSize sizeHint() const override;

Q_SIGNALS:
    void queueChosen(const QString &queue);

private:
    QueueModel *m_model;
};

} // namespace Steward::Moderation
