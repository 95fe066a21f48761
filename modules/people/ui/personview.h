#pragma once

#include "personstatusdialog.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::People {

/** One person as support sees them: identity, verification flags, status with its reason and
 *  end, roles across the platform's services and the history of operator actions. Operators
 *  holding people.suspend can suspend or reinstate; the decision carries the version shown,
 *  so a change made meanwhile by someone else is reported instead of overwritten. */
class PersonView : public QDialog
{
    Q_OBJECT
public:
    PersonView(Shell::ConsoleSession &session, qint64 personId, QWidget *parent = nullptr);

    /** Shows @p personId's view over @p parent, raising the one already open for them. */
    static PersonView *open(Shell::ConsoleSession &session, qint64 personId, QWidget *parent);

    qint64 personId() const { return m_personId; }
    /** The person as last loaded by `people.get`; empty until loaded. */
    const QJsonObject &person() const { return m_person; }

    void reload();
    /** Asks for a reason and a duration, then suspends the person. */
    void suspend();
    /** Asks for a reason, then reinstates the person. */
    void reinstate();

Q_SIGNALS:
    /** The person was (re)loaded and is on screen. */
    void loaded();

private:
    void showPerson(const QJsonObject &person);
    void showLoadError(const QString &message);
    void changeStatus(PersonStatusDialog::Action action);
    QString fullName() const;

    Shell::ConsoleSession &m_session;
    qint64 m_personId;
    QJsonObject m_person;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;

    QLabel *m_name = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_ageVerified = nullptr;
    QLabel *m_emailVerified = nullptr;
    QLabel *m_tosAccepted = nullptr;
    QLabel *m_marketplaceVerified = nullptr;
    QFormLayout *m_statusForm = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_statusReason = nullptr;
    QLabel *m_suspendedUntil = nullptr;
    QTreeWidget *m_roles = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_reinstate = nullptr;
};

} // namespace Steward::People
