#include "moderationservice.h"

#include "moderationcommands.h"
#include "moderationrecords.h"

#include "servicelayer.h"

namespace Steward::Moderation {

namespace {

void declarePermissions()
{
    const QList<Role> moderators = {Role::Moderator, Role::Admin};
    Permissions::declare(Permission::View,
                         QStringLiteral("See the moderation queues, reports, policies and ladder"),
                         moderators);
    Permissions::declare(Permission::Timeline,
                         QStringLiteral("See a person's reports, decisions, strikes, appeals and "
                                        "verifications"),
                         {Role::Support, Role::Moderator, Role::Admin});
    Permissions::declare(Permission::Decide,
                         QStringLiteral("Claim reports and decide them (dismiss, remove, warn, "
                                        "suspend, escalate), one by one or in bulk"),
                         moderators);
    Permissions::declare(Permission::Ban, QStringLiteral("Ban a user with a moderation decision"),
                         {Role::Admin});
    Permissions::declare(Permission::Appeal,
                         QStringLiteral("Decide appeals against another moderator's decision"),
                         moderators);
    Permissions::declare(Permission::Assign,
                         QStringLiteral("Hand a report to another moderator or take it over"),
                         moderators);
    Permissions::declare(Permission::Policy,
                         QStringLiteral("Edit the policy reasons and the strike ladder"),
                         {Role::Admin});
    Permissions::declare(Permission::Report,
                         QStringLiteral("File a report or an appeal on a user's behalf"),
                         {Role::Support, Role::Moderator, Role::Admin});
}

} // namespace

void setupModerationService(ServiceLayer &services)
{
    declarePermissions();
    CommandBus &bus = services.bus();
    const auto query = [&bus](const char *name, const QString &permission, const char *description,
                              std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({QLatin1String(name),
                 permission,
                 QLatin1String(description),
                 false,
                 {},
                 std::move(handle)});
    };
    const auto write = [&bus](const char *name, const QString &permission, const char *description,
                              std::function<QJsonValue(CommandContext &)> handle) {
        bus.add({QLatin1String(name),
                 permission,
                 QLatin1String(description),
                 true,
                 {},
                 std::move(handle)});
    };

    query("moderation.queues", Permission::View,
          "Moderation queues with their counts and the age of the oldest item", Commands::queues);
    query("moderation.list", Permission::View,
          "A queue paged by priority: queue, content_type, reason, severity, source, "
          "subject_user_id, text, after, limit",
          Commands::list);
    query("moderation.get", Permission::View,
          "A report with its decisions, related reports, appeals and the subject: id",
          Commands::get);
    write("moderation.claim", Permission::Decide,
          "Claim a report for a lease (default 10 minutes): id, version, minutes", Commands::claim);
    write("moderation.release", Permission::Decide, "Give a claimed report back: id, version",
          Commands::release);
    write("moderation.assign", Permission::Assign,
          "Hand a report to a moderator: id, version, operator, minutes", Commands::assign);
    query("moderation.moderators", Permission::Assign,
          "The enabled operators who can take a report, for assignment", Commands::moderators);
    write("moderation.decide", Permission::Decide,
          "Decide a report: id, version, action (dismiss, remove_content, warn, suspend, ban, "
          "escalate), reason, note, days",
          Commands::decide);
    write("moderation.bulk_decide", Permission::Decide,
          "Decide several reports alike: items [{id, version}], action, reason, note, days",
          Commands::bulkDecide);
    write("moderation.appeal_file", Permission::Report,
          "File a user's appeal against a decision: decision_id, message", Commands::appealFile);
    write("moderation.appeal_decide", Permission::Appeal,
          "Decide an appeal: id, version, outcome (upheld, overturned), note",
          Commands::appealDecide);
    write("moderation.report", Permission::Report,
          "File a report: subject_user_id, content_type, content_id, excerpt, source, ai_score, "
          "ai_source, reason, severity, details, reporter_user_id",
          Commands::report);
    query("moderation.timeline", Permission::Timeline,
          "A person's reports, decisions, strikes, appeals and verifications, newest first: "
          "user_id, before, limit",
          Commands::timeline);
    query("moderation.policies", Permission::View, "The policy reasons decisions cite",
          Commands::policies);
    write("moderation.policy_save", Permission::Policy,
          "Add or change a policy reason: code, title, description, default_severity, "
          "strike_weight, is_active, version",
          Commands::policySave);
    query("moderation.ladder", Permission::View, "The strike ladder", Commands::ladder);
    write("moderation.ladder_save", Permission::Policy,
          "Change the strike ladder: strike_expiry_days, steps [{strikes, action, days}], version",
          Commands::ladderSave);
    query("moderation.preferences", Steward::Permission::Self,
          "The calling operator's moderation preferences", Commands::preferences);
    write("moderation.preferences_save", Steward::Permission::Self,
          "Change the calling operator's moderation preferences: blur_images, version",
          Commands::preferencesSave);
}

} // namespace Steward::Moderation
