#include "daopage.h"

#include "daomodels.h"
#include "daoservice.h"
#include "proposaldialog.h"
#include "proposalview.h"
#include "treasuryview.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"
#include "reloadonchange.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Dao {

DaoPage::DaoPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildProposalsTab(), tr("&Proposals"));
    m_treasury = new TreasuryView(m_session, this);
    m_tabs->addTab(m_treasury, tr("T&reasury"));
    m_staking = new StakingView(m_session, this);
    m_tabs->addTab(m_staking, tr("&Staking"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    new Shell::ReloadOnChange(
        m_session,
        [](const QString &command) {
            return command.startsWith(QLatin1String("dao.")) ||
                   command.startsWith(QLatin1String("finance.")) ||
                   command.startsWith(QLatin1String("payouts."));
        },
        [this] { reloadAll(); }, 250, this);
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, &DaoPage::reloadAll);

    applyFilter();
    m_treasury->reload();
    m_staking->reload();
}

QWidget *DaoPage::buildProposalsTab()
{
    auto *tab = new QWidget(this);
    m_type = new QComboBox(tab);
    m_type->addItem(tr("All types"), QString());
    for (const char *type : {"feature", "grant", "budget", "partnership", "parameter"})
        m_type->addItem(Text::type(QLatin1String(type)), QLatin1String(type));
    m_state = new QComboBox(tab);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (const char *state : {"pending", "active", "succeeded", "queued", "executed", "defeated",
                              "expired", "canceled"})
        m_state->addItem(Text::state(QLatin1String(state)), QLatin1String(state));
    auto *typeLabel = new QLabel(tr("T&ype:"), tab);
    typeLabel->setBuddy(m_type);
    auto *stateLabel = new QLabel(tr("S&tate:"), tab);
    stateLabel->setBuddy(m_state);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DaoPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &DaoPage::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    auto *create = new QPushButton(tr("&New proposal…"), tab);
    create->setShortcut(QKeySequence::New);
    create->setToolTip(
        tr("File a proposal for a platform user (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    create->setVisible(m_session.can(Permission::Manage));
    connect(create, &QPushButton::clicked, this, [this] {
        ProposalDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_model->refresh();
            m_view->showProposal(dialog.createdId());
        }
    });
    filters->addWidget(create);

    m_model = new ProposalListModel(m_session, this);
    m_list = new Shell::RecordTableView(tab);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Proposals"));
    m_list->setColumnWidthsInEms({{ProposalListModel::IdColumn, 3},
                                  {ProposalListModel::TypeColumn, 8},
                                  {ProposalListModel::TitleColumn, 15},
                                  {ProposalListModel::StateColumn, 9},
                                  {ProposalListModel::TallyColumn, 14},
                                  {ProposalListModel::QuorumColumn, 6},
                                  {ProposalListModel::NextColumn, 14}});
    m_message = new Shell::InlineMessage(tab);
    connect(m_model, &ProposalListModel::errorOccurred, m_message,
            &Shell::InlineMessage::showError);
    connect(m_model, &ProposalListModel::loaded, this, [this] {
        m_message->clear();
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
    });
    m_view = new ProposalView(m_session, tab);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_view->showProposal(m_model->idAt(current.row()));
            });

    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 580});
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return tab;
}

void DaoPage::applyFilter()
{
    m_model->setFilter(m_type->currentData().toString(), m_state->currentData().toString());
}

void DaoPage::reloadAll()
{
    m_model->refresh();
    m_view->reload();
    m_treasury->reload();
    m_staking->reload();
}

} // namespace Steward::Dao
