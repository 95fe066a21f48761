#include "subjecttimelinedialog.h"

#include "timelinemodel.h"

#include "consolesession.h"
#include "recordtableview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Steward::Moderation {

SubjectTimelineDialog::SubjectTimelineDialog(Shell::ConsoleSession &session, qint64 userId,
                                             const QString &name, QWidget *parent)
    : QDialog(parent), m_model(new TimelineModel(session, userId, this))
{
    setObjectName(QStringLiteral("timelineDialog"));
    //: The timeline window's title: a person's name and id.
    setWindowTitle(tr("Timeline — %1 (#%2)").arg(name).arg(userId));
    setSizeGripEnabled(true);

    auto *intro = new QLabel(tr("Every report, decision, strike, appeal and verification of %1, "
                                "across all their roles, newest first.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);

    m_view = new Shell::RecordTableView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setModel(m_model);
    m_view->setColumnWidthsInEms({{TimelineModel::WhenColumn, 12},
                                  {TimelineModel::KindColumn, 9},
                                  {TimelineModel::TitleColumn, 26},
                                  {TimelineModel::ActorColumn, 10}});
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *reload =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&load"), this);
    reload->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(reload);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(reload, &QPushButton::clicked, m_model, &TimelineModel::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubjectTimelineDialog::reject);
    connect(m_model, &TimelineModel::loadingChanged, this, &SubjectTimelineDialog::updateSummary);
    resize(1040, 600);
    m_model->reload();
}

SubjectTimelineDialog *SubjectTimelineDialog::open(Shell::ConsoleSession &session, qint64 userId,
                                                   const QString &name, QWidget *parent)
{
    if (parent) {
        const auto dialogs =
            parent->findChildren<SubjectTimelineDialog *>(Qt::FindDirectChildrenOnly);
        for (SubjectTimelineDialog *dialog : dialogs) {
            if (dialog->userId() == userId) {
                dialog->show();
                dialog->raise();
                dialog->activateWindow();
                return dialog;
            }
        }
    }
    auto *dialog = new SubjectTimelineDialog(session, userId, name, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

qint64 SubjectTimelineDialog::userId() const
{
    return m_model->userId();
}

void SubjectTimelineDialog::updateSummary()
{
    if (!m_model->errorString().isEmpty())
        m_summary->setText(tr("The timeline could not be loaded: %1").arg(m_model->errorString()));
    else if (m_model->isLoading())
        m_summary->setText(tr("Loading…"));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing has happened to this person yet."));
    else if (m_model->hasMore())
        m_summary->setText(
            tr("%Ln entries shown; scroll down for older ones.", nullptr, m_model->rowCount()));
    else
        m_summary->setText(tr("%Ln entries.", nullptr, m_model->rowCount()));
}

} // namespace Steward::Moderation
