#pragma once

#include <QJsonValue>

namespace Steward {
class CommandContext;
}

/** The handlers of the moderation commands, registered by setupModerationService(); the command
 *  contract is in docs/moderation.md. */
namespace Steward::Moderation::Commands {

// Queues and reports (moderationqueues.cpp)
QJsonValue queues(CommandContext &ctx);
QJsonValue list(CommandContext &ctx);
QJsonValue get(CommandContext &ctx);

// Leases and decisions (moderationdecisions.cpp)
QJsonValue claim(CommandContext &ctx);
QJsonValue release(CommandContext &ctx);
QJsonValue assign(CommandContext &ctx);
QJsonValue moderators(CommandContext &ctx);
QJsonValue decide(CommandContext &ctx);
QJsonValue bulkDecide(CommandContext &ctx);

// Appeals (moderationappeals.cpp)
QJsonValue appealFile(CommandContext &ctx);
QJsonValue appealDecide(CommandContext &ctx);

// Filing (moderationintake.cpp)
QJsonValue report(CommandContext &ctx);

// Subject timeline (moderationtimeline.cpp)
QJsonValue timeline(CommandContext &ctx);

// Policies, ladder and preferences (moderationsettings.cpp)
QJsonValue policies(CommandContext &ctx);
QJsonValue policySave(CommandContext &ctx);
QJsonValue ladder(CommandContext &ctx);
QJsonValue ladderSave(CommandContext &ctx);
QJsonValue preferences(CommandContext &ctx);
QJsonValue preferencesSave(CommandContext &ctx);

} // namespace Steward::Moderation::Commands
