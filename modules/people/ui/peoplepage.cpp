#include "peoplepage.h"

#include "personview.h"
#include "userlistmodel.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Steward::People {

PeoplePage::PeoplePage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new UserListModel(session, this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by email, name or #id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));

    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *status : {"active", "suspended", "banned", "deleted"}) {
        const QString name = QString::fromLatin1(status);
        m_statusFilter->addItem(UserListModel::statusText(name), name);
    }
    m_statusFilter->setAccessibleName(tr("Status"));

    auto *refresh = new QToolButton(this);
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolTip(tr("Reload the list"));
    refresh->setAutoRaise(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(refresh);

    m_view = new Shell::RecordTableView(this);
    m_view->setModel(m_model);
    m_view->setColumnWidthsInEms({{UserListModel::NameColumn, 16},
                                  {UserListModel::EmailColumn, 26},
                                  {UserListModel::StatusColumn, 8},
                                  {UserListModel::CityColumn, 10},
                                  {UserListModel::CountryColumn, 6}});

    m_summary = new Shell::InlineMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_model->setSearchText(m_search->text());
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(refresh, &QToolButton::clicked, m_model, &UserListModel::refresh);
    connect(m_view, &QTableView::activated, this, &PeoplePage::openCurrent);

    connect(m_model, &UserListModel::loadingChanged, this, &PeoplePage::updateSummary);
    connect(m_model, &UserListModel::errorOccurred, this, &PeoplePage::updateSummary);
    connect(m_model, &UserListModel::rowsInserted, this, &PeoplePage::updateSummary);
    connect(m_model, &UserListModel::rowsRemoved, this, &PeoplePage::updateSummary);
    connect(m_model, &UserListModel::modelReset, this, &PeoplePage::updateSummary);
    updateSummary();
    setFocusProxy(m_search);
}

void PeoplePage::openCurrent()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id > 0)
        PersonView::open(m_session, id, window());
}

void PeoplePage::updateSummary()
{
    if (!m_model->errorString().isEmpty()) {
        m_summary->showError(tr("Could not load people: %1").arg(m_model->errorString()));
    } else if (m_model->isLoading()) {
        m_summary->showInformation(tr("Loading…"));
    } else if (!m_model->searchText().isEmpty()) {
        const int count = m_model->rowCount();
        m_summary->showInformation(
            count == 0 ? tr("No one matches “%1”.").arg(m_model->searchText())
                       : tr("%Ln match(es) for “%1”.", nullptr, count).arg(m_model->searchText()));
    } else if (m_model->hasMore()) {
        m_summary->showInformation(
            tr("%Ln people shown; scroll down for more.", nullptr, m_model->rowCount()));
    } else {
        m_summary->showInformation(tr("%Ln people.", nullptr, m_model->rowCount()));
    }
}

} // namespace Steward::People
