#pragma once

#include <QWidget>

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::Moderation {

class PolicyReasonsEditor;
class StrikeLadderEditor;

/** The administrators' Moderation policy page: the policy reasons and the strike ladder. */
class ModerationPolicyPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModerationPolicyPage(Shell::ConsoleSession &session, QWidget *parent = nullptr);

    PolicyReasonsEditor *reasons() const { return m_reasons; }
    StrikeLadderEditor *ladder() const { return m_ladder; }

private:
    PolicyReasonsEditor *m_reasons = nullptr;
    StrikeLadderEditor *m_ladder = nullptr;
};

} // namespace Steward::Moderation
