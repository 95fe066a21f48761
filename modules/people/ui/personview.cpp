#include "personview.h"

#include "userlistmodel.h"

#include "consolesession.h"
#include "moduleregistry.h"
#include "theme.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward::People {

namespace {

QString formatTime(qint64 msecs)
{
    if (msecs <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *listWidget(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->header()->setStretchLastSection(true);
    return list;
}

void setColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

PersonView::PersonView(Shell::ConsoleSession &session, qint64 personId, QWidget *parent)
    : QDialog(parent), m_session(session), m_personId(personId)
{
    setWindowTitle(tr("Person #%1").arg(personId));
    setSizeGripEnabled(true);

    m_name = new QLabel(tr("Loading…"), this);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new QLabel(this);
    m_badge->hide();
    m_subtitle = valueLabel(this);

    auto *title = new QHBoxLayout;
    title->addWidget(m_name);
    title->addWidget(m_badge, 0, Qt::AlignVCenter);
    title->addStretch(1);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = new QFormLayout(identity);
    m_email = valueLabel(identity);
    m_id = valueLabel(identity);
    m_location = valueLabel(identity);
    m_created = valueLabel(identity);
    m_updated = valueLabel(identity);
    identityForm->addRow(tr("Email:"), m_email);
    identityForm->addRow(tr("Person ID:"), m_id);
    identityForm->addRow(tr("Location:"), m_location);
    identityForm->addRow(tr("Joined:"), m_created);
    identityForm->addRow(tr("Last changed:"), m_updated);

    auto *checks = new QGroupBox(tr("Verification"), this);
    auto *checksForm = new QFormLayout(checks);
    m_ageVerified = valueLabel(checks);
    m_emailVerified = valueLabel(checks);
    m_tosAccepted = valueLabel(checks);
    m_marketplaceVerified = valueLabel(checks);
    checksForm->addRow(tr("Age:"), m_ageVerified);
    checksForm->addRow(tr("Email:"), m_emailVerified);
    checksForm->addRow(tr("Terms of service:"), m_tosAccepted);
    checksForm->addRow(tr("Marketplace:"), m_marketplaceVerified);

    auto *status = new QGroupBox(tr("Status"), this);
    m_statusForm = new QFormLayout(status);
    m_status = valueLabel(status);
    m_statusReason = valueLabel(status);
    m_suspendedUntil = valueLabel(status);
    m_statusForm->addRow(tr("Status:"), m_status);
    m_statusForm->addRow(tr("Reason:"), m_statusReason);
    m_statusForm->addRow(tr("Until:"), m_suspendedUntil);

    auto *roles = new QGroupBox(tr("Roles across services"), this);
    m_roles = listWidget({tr("Role"), tr("Status"), tr("Since")}, roles);
    auto *rolesLayout = new QVBoxLayout(roles);
    rolesLayout->addWidget(m_roles);

    auto *history = new QGroupBox(tr("History"), this);
    m_history = listWidget({tr("When"), tr("Operator"), tr("Action"), tr("Reason")}, history);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history);

    auto *reloadButton =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this);
    reloadButton->setAutoDefault(false);
    m_suspend = new QPushButton(tr("&Suspend…"), this);
    m_reinstate = new QPushButton(tr("&Reinstate…"), this);
    const bool maySuspend = m_session.can(Permission::PeopleSuspend);
    for (QPushButton *button : {m_suspend, m_reinstate}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
        button->setVisible(maySuspend);
    }
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reloadButton);
    // What other modules know about this person (their moderation timeline, …).
    if (const Shell::ModuleRegistry *registry = m_session.registry()) {
        for (const Shell::PersonAction &action : registry->personActionsFor(m_session)) {
            auto *button = new QPushButton(action.text, this);
            button->setObjectName(QStringLiteral("personAction:") + action.id);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this, [this, trigger = action.trigger] {
                trigger(m_session, this, m_personId, fullName());
            });
            buttons->addWidget(button);
        }
    }
    buttons->addStretch(1);
    buttons->addWidget(m_suspend);
    buttons->addWidget(m_reinstate);
    buttons->addWidget(close);

    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(checks);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(status);
    right->addWidget(roles, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addWidget(m_subtitle);
    layout->addLayout(columns);
    layout->addWidget(history, 1);
    layout->addLayout(buttons);

    connect(reloadButton, &QPushButton::clicked, this, &PersonView::reload);
    connect(m_suspend, &QPushButton::clicked, this, &PersonView::suspend);
    connect(m_reinstate, &QPushButton::clicked, this, &PersonView::reinstate);
    connect(close, &QDialogButtonBox::rejected, this, &PersonView::reject);

    // Another operator (or another page of this console) may change the person meanwhile.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &PersonView::reload);
    connect(&m_session, &Shell::ConsoleSession::dataChanged, this, [this](const QString &command) {
        if (command.startsWith(QLatin1String("people.")))
            m_reloadTimer.start();
    });

    resize(820, 680);
    reload();
}

PersonView *PersonView::open(Shell::ConsoleSession &session, qint64 personId, QWidget *parent)
{
    if (parent) {
        const auto views = parent->findChildren<PersonView *>(Qt::FindDirectChildrenOnly);
        for (PersonView *view : views) {
            if (view->personId() == personId) {
                view->show();
                view->raise();
                view->activateWindow();
                return view;
            }
        }
    }
    auto *view = new PersonView(session, personId, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return view;
}

void PersonView::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    m_session.call(QStringLiteral("people.get"), {{QStringLiteral("id"), m_personId}}, this,
                   [this, generation](const CommandResult &result) {
                       if (generation != m_generation)
                           return;
                       if (result.ok())
                           showPerson(result.data.toObject());
                       else
                           showLoadError(result.message);
                   });
}

void PersonView::suspend()
{
    changeStatus(PersonStatusDialog::Action::Suspend);
}

void PersonView::reinstate()
{
    changeStatus(PersonStatusDialog::Action::Reinstate);
}

void PersonView::changeStatus(PersonStatusDialog::Action action)
{
    if (m_person.isEmpty())
        return;
    auto *dialog = new PersonStatusDialog(m_session, action, m_personId,
                                          m_person.value(QStringLiteral("version")).toInteger(),
                                          fullName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonStatusDialog::accepted, this, &PersonView::reload);
    connect(dialog, &PersonStatusDialog::conflicted, this, [this](const QString &message) {
        reload();
        QMessageBox box(QMessageBox::Warning, tr("Changed meanwhile"),
                        tr("%1 was changed by someone else before your decision was saved. "
                           "Nothing was changed; the view now shows their latest state.")
                            .arg(fullName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(message);
        box.exec();
    });
    dialog->open();
}

QString PersonView::fullName() const
{
    //: A person's full name: %1 is the first name, %2 the last name.
    return tr("%1 %2").arg(m_person.value(QStringLiteral("first_name")).toString(),
                           m_person.value(QStringLiteral("last_name")).toString());
}

void PersonView::showPerson(const QJsonObject &person)
{
    m_person = person;
    const QString name = fullName();
    const QString email = person.value(QStringLiteral("email")).toString();
    const QString status = person.value(QStringLiteral("status")).toString();
    setWindowTitle(tr("%1 — person #%2").arg(name).arg(m_personId));
    m_name->setText(name);
    m_subtitle->setText(tr("%1 · #%2").arg(email).arg(m_personId));
    setColor(m_subtitle, palette().color(QPalette::WindowText));

    m_badge->setText(UserListModel::statusText(status));
    const bool isDark = Shell::Theme::isDark();
    QString badgeColors = isDark ? QStringLiteral("background:#234d2c;color:#bfe8c8;")
                                 : QStringLiteral("background:#dcefdc;color:#1d5e20;");
    if (status == QLatin1String("suspended"))
        badgeColors = isDark ? QStringLiteral("background:#5a3d10;color:#ffd9a0;")
                             : QStringLiteral("background:#fbe5c8;color:#7a4300;");
    else if (status == QLatin1String("banned"))
        badgeColors = isDark ? QStringLiteral("background:#5c1e22;color:#ffc4c4;")
                             : QStringLiteral("background:#f6d5d7;color:#8c1820;");
    else if (status == QLatin1String("deleted"))
        badgeColors = isDark ? QStringLiteral("background:#3a3c40;color:#c0c4c8;")
                             : QStringLiteral("background:#e4e4e4;color:#505050;");
    m_badge->setStyleSheet(QStringLiteral("QLabel{%1border-radius:4px;padding:2px 8px;"
                                          "font-weight:bold;}")
                               .arg(badgeColors));
    m_badge->show();

    m_email->setText(email);
    m_id->setText(QString::number(m_personId));
    const QString city = person.value(QStringLiteral("city")).toString();
    const QString country = person.value(QStringLiteral("country")).toString();
    //: A location: %1 is the city, %2 the country.
    m_location->setText(tr("%1, %2").arg(city, country));
    m_created->setText(formatTime(person.value(QStringLiteral("created_at")).toInteger()));
    m_updated->setText(formatTime(person.value(QStringLiteral("updated_at")).toInteger()));

    const QColor yes = Shell::Theme::successColor();
    const QColor no = palette().color(QPalette::Disabled, QPalette::WindowText);
    const auto showFlag = [&](QLabel *label, const char *key, const QString &setText,
                              const QString &unsetText) {
        const bool isSet = person.value(QLatin1String(key)).toBool();
        label->setText(isSet ? QStringLiteral("✓ %1").arg(setText)
                             : QStringLiteral("✗ %1").arg(unsetText));
        setColor(label, isSet ? yes : no);
    };
    showFlag(m_ageVerified, "age_verified", tr("Verified"), tr("Not verified"));
    showFlag(m_emailVerified, "email_verified", tr("Verified"), tr("Not verified"));
    showFlag(m_tosAccepted, "tos_accepted", tr("Accepted"), tr("Not accepted"));
    showFlag(m_marketplaceVerified, "marketplace_verified", tr("Verified"), tr("Not verified"));

    m_status->setText(UserListModel::statusText(status));
    const QString reason = person.value(QStringLiteral("status_reason")).toString();
    const bool isRestricted = status != QLatin1String("active");
    m_statusReason->setText(reason.isEmpty() ? QStringLiteral("—") : reason);
    m_statusForm->setRowVisible(m_statusReason, isRestricted);
    const qint64 until = person.value(QStringLiteral("suspended_until")).toInteger();
    m_suspendedUntil->setText(until > 0 ? formatTime(until) : tr("Until reinstated"));
    m_statusForm->setRowVisible(m_suspendedUntil, status == QLatin1String("suspended"));

    m_roles->clear();
    const QJsonArray roles = person.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : roles) {
        const QJsonObject role = value.toObject();
        const QString roleName = role.value(QStringLiteral("role")).toString();
        const QString roleStatus = role.value(QStringLiteral("status")).toString();
        auto *item = new QTreeWidgetItem(m_roles);
        item->setText(0, roleName);
        static const QHash<QString, const char *> roleTitles = {
            {QStringLiteral("dater"), QT_TR_NOOP("Dater — dating")},
            {QStringLiteral("creator"), QT_TR_NOOP("Creator — agent marketplace")},
            {QStringLiteral("buyer"), QT_TR_NOOP("Buyer — marketplace and shops")},
            {QStringLiteral("vendor"), QT_TR_NOOP("Vendor — commerce")},
            {QStringLiteral("driver"), QT_TR_NOOP("Driver — rides")},
            {QStringLiteral("host"), QT_TR_NOOP("Host — stays")},
            {QStringLiteral("advertiser"), QT_TR_NOOP("Advertiser — ads")},
            {QStringLiteral("traveler"), QT_TR_NOOP("Traveler — crowdshipping")},
            {QStringLiteral("sender"), QT_TR_NOOP("Sender — crowdshipping")},
            {QStringLiteral("dao_member"), QT_TR_NOOP("DAO member")},
        };
        if (const char *title = roleTitles.value(roleName))
            item->setText(0, tr(title));
        static const QHash<QString, const char *> statusTitles = {
            {QStringLiteral("active"), QT_TR_NOOP("Active")},
            {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
            {QStringLiteral("locked"), QT_TR_NOOP("Locked")},
            {QStringLiteral("revoked"), QT_TR_NOOP("Revoked")},
        };
        const char *statusTitle = statusTitles.value(roleStatus);
        item->setText(1, statusTitle ? tr(statusTitle) : roleStatus);
        item->setText(2, formatTime(role.value(QStringLiteral("since_at")).toInteger()));
    }
    if (roles.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_roles, {tr("No roles in any service.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        m_roles->resizeColumnToContents(0);
        m_roles->resizeColumnToContents(1);
    }

    m_history->clear();
    const QJsonArray history = person.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        const QString command = entry.value(QStringLiteral("command")).toString();
        QString action = command;
        if (command == QLatin1String("people.suspend"))
            action = tr("Suspended");
        else if (command == QLatin1String("people.reinstate"))
            action = tr("Reinstated");
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, formatTime(entry.value(QStringLiteral("at")).toInteger()));
        item->setText(1, entry.value(QStringLiteral("actor")).toString());
        item->setText(2, action);
        item->setToolTip(2, command);
        item->setText(3, entry.value(QStringLiteral("reason")).toString());
        item->setToolTip(3, item->text(3));
    }
    if (history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history, {tr("No operator has acted on this person.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    } else {
        for (int column = 0; column < 3; ++column)
            m_history->resizeColumnToContents(column);
    }

    m_suspend->setEnabled(status == QLatin1String("active"));
    m_suspend->setToolTip(m_suspend->isEnabled() ? QString()
                                                 : tr("Only active people can be suspended."));
    m_reinstate->setEnabled(status == QLatin1String("suspended"));
    m_reinstate->setToolTip(
        m_reinstate->isEnabled() ? QString() : tr("Only suspended people can be reinstated."));
    Q_EMIT loaded();
}

void PersonView::showLoadError(const QString &message)
{
    m_name->setText(tr("This person could not be loaded"));
    m_subtitle->setText(message);
    setColor(m_subtitle, Shell::Theme::errorColor());
    m_suspend->setEnabled(false);
    m_reinstate->setEnabled(false);
}

} // namespace Steward::People
