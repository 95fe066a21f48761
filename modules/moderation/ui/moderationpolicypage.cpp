#include "moderationpolicypage.h"

#include "policyreasonseditor.h"
#include "strikeladdereditor.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Moderation {

ModerationPolicyPage::ModerationPolicyPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("moderationPolicyPage"));
    m_reasons = new PolicyReasonsEditor(session, this);
    m_ladder = new StrikeLadderEditor(session, this);
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(m_reasons, tr("Policy reasons"));
    tabs->addTab(m_ladder, tr("Strike ladder"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

} // namespace Steward::Moderation
