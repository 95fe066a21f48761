#include "personsearchpopup.h"

#include "personview.h"
#include "userlistmodel.h"

#include "consolesession.h"
#include "theme.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Steward::People {

namespace {

enum Column { EmailColumn, NameColumn, StatusColumn, CityColumn };

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

PersonSearchPopup::PersonSearchPopup(Shell::ConsoleSession &session, QWidget *window)
    : QFrame(window, Qt::Popup), m_session(session)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);

    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find a person by email, name or #id"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find person"));
    QFont editFont = m_edit->font();
    editFont.setPointSizeF(editFont.pointSizeF() * 1.25);
    m_edit->setFont(editFont);
    m_edit->installEventFilter(this);

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(4);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->header()->setStretchLastSection(true);
    m_results->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 0px; }"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPause);
    connect(&m_typingPause, &QTimer::timeout, this, &PersonSearchPopup::search);
    connect(m_edit, &QLineEdit::textChanged, this, &PersonSearchPopup::textEdited);
    connect(m_results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_results->setCurrentItem(item);
        chooseCurrent();
    });
    showMessage(tr("Type an email, a name or #id. ↑↓ choose, Enter opens, Esc closes."));
}

PersonSearchPopup *PersonSearchPopup::showFor(Shell::ConsoleSession &session, QWidget *window)
{
    auto *popup = new PersonSearchPopup(session, window);
    Shell::ConsoleSession *sessionPointer = &session;
    connect(popup, &PersonSearchPopup::personChosen, window,
            [sessionPointer, window](qint64 id) { PersonView::open(*sessionPointer, id, window); });
    popup->popup();
    return popup;
}

void PersonSearchPopup::popup()
{
    QWidget *window = parentWidget();
    const int width = window ? std::clamp(window->width() - 120, 420, 760) : 640;
    const int height = std::clamp(window ? window->height() * 3 / 5 : 420, 300, 540);
    resize(width, height);
    if (window) {
        const QPoint offset((window->width() - width) / 2, std::min(72, window->height() / 10));
        move(window->mapToGlobal(offset));
    }
    show();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void PersonSearchPopup::setText(const QString &text)
{
    m_edit->setText(text);
}

int PersonSearchPopup::resultCount() const
{
    return m_results->topLevelItemCount();
}

bool PersonSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-8);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(8);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_typingPause.isActive()) {
            // Typed fast and pressed Enter: search now and open the best match.
            m_chooseWhenShown = true;
            search();
        } else {
            chooseCurrent();
        }
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void PersonSearchPopup::textEdited()
{
    ++m_request;
    m_chooseWhenShown = false;
    if (m_edit->text().trimmed().isEmpty()) {
        m_typingPause.stop();
        m_results->clear();
        showMessage(tr("Type an email, a name or #id. ↑↓ choose, Enter opens, Esc closes."));
        return;
    }
    m_typingPause.start();
}

void PersonSearchPopup::search()
{
    m_typingPause.stop();
    const QString text = m_edit->text().simplified();
    if (text.isEmpty())
        return;
    const quint64 request = ++m_request;
    showMessage(tr("Searching…"));
    m_session.call(
        QStringLiteral("people.search"),
        {{QStringLiteral("text"), text}, {QStringLiteral("limit"), ResultLimit}}, this,
        [this, request, text](const CommandResult &result) {
            if (request != m_request)
                return;
            if (!result.ok()) {
                m_results->clear();
                showMessage(result.message);
                return;
            }
            const QJsonArray users = result.data.toArray();
            showResults(users);
            if (users.isEmpty())
                showMessage(tr("No one matches “%1”.").arg(text));
            else if (users.size() >= ResultLimit)
                showMessage(tr("The first %1 matches; type more to narrow them.").arg(ResultLimit));
            else
                showMessage(tr("%Ln match(es).", nullptr, int(users.size())));
            if (m_chooseWhenShown) {
                m_chooseWhenShown = false;
                chooseCurrent();
            }
        });
}

void PersonSearchPopup::showResults(const QJsonArray &users)
{
    m_results->clear();
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        const QString status = user.value(QStringLiteral("status")).toString();
        auto *item = new QTreeWidgetItem(m_results);
        item->setData(EmailColumn, IdRole, user.value(QStringLiteral("id")).toInteger());
        item->setText(EmailColumn, user.value(QStringLiteral("email")).toString());
        //: A person's full name: %1 is the first name, %2 the last name.
        item->setText(NameColumn,
                      tr("%1 %2").arg(user.value(QStringLiteral("first_name")).toString(),
                                      user.value(QStringLiteral("last_name")).toString()));
        item->setText(StatusColumn, UserListModel::statusText(status));
        if (status != QLatin1String("active"))
            item->setForeground(StatusColumn, status == QLatin1String("banned")
                                                  ? Shell::Theme::errorColor()
                                              : Shell::Theme::isDark() ? QColor(0xf0, 0xb4, 0x5c)
                                                                       : QColor(0xa0, 0x55, 0x00));
        //: A location: %1 is the city, %2 the country.
        item->setText(CityColumn,
                      tr("%1, %2").arg(user.value(QStringLiteral("city")).toString(),
                                       user.value(QStringLiteral("country")).toString()));
    }
    const int width = m_results->viewport()->width();
    m_results->setColumnWidth(EmailColumn, width * 38 / 100);
    m_results->setColumnWidth(NameColumn, width * 27 / 100);
    m_results->setColumnWidth(StatusColumn, width * 13 / 100);
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    Q_EMIT resultsShown(int(users.size()));
}

void PersonSearchPopup::showMessage(const QString &message)
{
    m_message->setText(message);
}

void PersonSearchPopup::moveCurrent(int delta)
{
    const int count = m_results->topLevelItemCount();
    if (count == 0)
        return;
    const int current = m_results->indexOfTopLevelItem(m_results->currentItem());
    const int next = std::clamp(current < 0 ? 0 : current + delta, 0, count - 1);
    m_results->setCurrentItem(m_results->topLevelItem(next));
    m_results->scrollToItem(m_results->currentItem());
}

void PersonSearchPopup::chooseCurrent()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(EmailColumn, IdRole).toLongLong();
    close();
    Q_EMIT personChosen(id);
}

} // namespace Steward::People
