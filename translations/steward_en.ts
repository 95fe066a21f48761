<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Steward::Admin::AuditLogModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An audit target: %1 is its type (&quot;user&quot;), %2 its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Admin::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash to find any that was edited or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain intact: %Ln entries checked.</source>
        <translation>
            <numerusform>✓ Chain intact: %Ln entry checked.</numerusform>
            <numerusform>✓ Chain intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at entry #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 by %3 at %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries about %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded field changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing: the entry created this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing: the entry removed this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries about %1 %2.</source>
        <translation>
            <numerusform>%Ln entry about %1 %2.</numerusform>
            <numerusform>%Ln entries about %1 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newest entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln newest entry shown; scroll down for older ones.</numerusform>
            <numerusform>%Ln newest entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no state recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Admin::CommandDialog</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Admin::OperatorListModel</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Admin::OperatorsPage</name>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;two-factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the operators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new operator logs in with this username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the audit log next to the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password at first login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role takes effect in every console at %1&apos;s next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is logged out of every console and cannot log in until an admin enables them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s remembered logins end and a lockout is lifted. Give them the new password in person or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password at next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove two-factor login of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when %1 lost their authenticator. Until they enroll again, their password alone lets them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove two-factor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::CountTile</name>
    <message>
        <source>%1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DecisionDialog</name>
    <message>
        <source>The applicant&apos;s account is marked as age-verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s vendor role and shops are unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant can start driving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s host profile is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s identity is marked as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the first approval of %2&apos;s case. Your confirmation approves it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record first approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is high risk, so your approval is the first of two: the case stays open until a different reviewer confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1&apos;s case? %2</source>
        <extracomment>%1 is the applicant&apos;s name, %2 what the approval unlocks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed as rejected and %1 receives the message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request resubmission for case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request resubmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives the message below and can upload new documents; the case waits for that new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes to the escalation queue, unassigned, for a senior reviewer. Say what they should look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what the applicant reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to the applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the case needs a senior reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; only reviewers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentCanvas</name>
    <message>
        <source>Document image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentPane</name>
    <message>
        <source>%1: attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the applicant&apos;s attempts to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole document (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the image at its real size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit · 1600 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document in this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged on %1 under the retention policy; the decision record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged under the retention policy; the decision record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until the documents are revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: your role may not reveal documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of this document is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit · %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentViewer</name>
    <message>
        <source>Documents and selfies are hidden. Revealing them asks for a reason and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this case&apos;s images, after giving a reason (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and selfies are hidden: your role may not reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCaseModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln hit(s)</source>
        <extracomment>Risk score and watchlist hits in the case list, e.g. &quot;82 · 1 hit&quot;.</extracomment>
        <translation>
            <numerusform>%1 · %Ln hit</numerusform>
            <numerusform>%1 · %Ln hits</numerusform>
        </translation>
    </message>
    <message>
        <source>decided %1</source>
        <extracomment>The time a case was decided, in the due column of decided cases.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (person #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval by %1; a different reviewer must confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Risk %1 of 100, %Ln watchlist hit(s). High risk: approval needs a second reviewer.</source>
        <translation>
            <numerusform>Risk %1 of 100, %Ln watchlist hit. High risk: approval needs a second reviewer.</numerusform>
            <numerusform>Risk %1 of 100, %Ln watchlist hits. High risk: approval needs a second reviewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCaseView</name>
    <message>
        <source>%1 %</source>
        <extracomment>A provider score out of 1000 shown as a percentage, e.g. &quot;92.4 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attempt submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the case list (Esc, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-eyes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the case to yourself and start the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to a senior reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request re&amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant for new documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the case with a message to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next case of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The case view&apos;s title: %1 is the case type, %2 the applicant&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (SLA %Ln hour(s) for this case type)</source>
        <translation>
            <numerusform>Due %1 (SLA %Ln hour for this case type)</numerusform>
            <numerusform>Due %1 (SLA %Ln hours for this case type)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %Ln watchlist hit(s)</source>
        <translation>
            <numerusform> · %Ln watchlist hit</numerusform>
            <numerusform> · %Ln watchlist hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases above %1, or with any watchlist hit, need two reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a second reviewer: you recorded the first approval on %1; a different reviewer must confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a second reviewer: first approval by %1 on %2. Your approval confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: approval needs two different reviewers. No approval recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two reviewers: first approval by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk: approval needs two different reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: one reviewer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told the applicant: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the case to tick its checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case type has no checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider has checked this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) — review before deciding</source>
        <translation>
            <numerusform>%Ln hit — review before deciding</numerusform>
            <numerusform>%Ln hits — review before deciding</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>An earlier provider run: %1 provider, %2 result, %3 time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <extracomment>Masked document numbers: %1 is the mask, %Ln how many numbers there are.</extracomment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>None on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to applicant: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s new documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the case to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approval needs the whole checklist: %Ln item(s) left.</source>
        <translation>
            <numerusform>Approval needs the whole checklist: %Ln item left.</numerusform>
            <numerusform>Approval needs the whole checklist: %Ln items left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (1st of 2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded the first approval; a different reviewer must confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a second reviewer: first approval by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may view cases but not decide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The case now shows its latest state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every document and selfie of case #%1, all attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant&apos;s birthdate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document numbers of case #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2): %3</source>
        <extracomment>A revealed document number: %1 document kind, %2 attempt, %3 the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCountsBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only open cases past their due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycPage</name>
    <message>
        <source>Search by #case, applicant email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the open cases assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases past their due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the counts and the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 open</source>
        <extracomment>A case type in the type filter with its open cases, e.g. &quot;Identity — 42 open&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <extracomment>Appended to the type filter entry when some cases are overdue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) shown; scroll down for more. Enter opens a case.</source>
        <translation>
            <numerusform>%Ln case shown; scroll down for more. Enter opens a case.</numerusform>
            <numerusform>%Ln cases shown; scroll down for more. Enter opens a case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s). Enter opens a case.</source>
        <translation>
            <numerusform>%Ln case. Enter opens a case.</numerusform>
            <numerusform>%Ln cases. Enter opens a case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycStateDelegate</name>
    <message>
        <source>2nd review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <extracomment>%1 is a duration such as &quot;3 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>%1 is a duration such as &quot;5 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::MaskedField</name>
    <message>
        <source>reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A masked value followed by a link that reveals it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal this value; you will be asked for a reason, which is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not reveal personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed; the reveal was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::RevealDialog</name>
    <message>
        <source>Reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to see %1. Your name, the time and your reason are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. “comparing the selfie with the document photo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::AppealDetailPane</name>
    <message>
        <source>The person&apos;s appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision appealed against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is reversed: its strike is revoked and a suspension or ban it caused is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why, for the record and for the person&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that happened to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo hidden — click or press %1 to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against: %1 · filed %2 ago by %3</source>
        <extracomment>Under an appeal&apos;s title: what it is against, when it was filed, by whom.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, by %3 on %4 (report #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator&apos;s note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · #%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active strikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active strike(s), total weight %1.</source>
        <translation>
            <numerusform>%Ln active strike, total weight %1.</numerusform>
            <numerusform>%Ln active strikes, total weight %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took the decision appealed against: another moderator must decide this appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose uphold or overturn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal #%1 upheld: the decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal #%1 overturned: the decision was reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::AssignDialog</name>
    <message>
        <source>Assign report #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator gets the claim on this report; a claim someone else holds ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An operator to assign to: display name and username.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operator to assign the report to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::BlurredImageView</name>
    <message>
        <source>Reported photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::BulkDecisionDialog</name>
    <message numerus="yes">
        <source>Decide %Ln report(s)</source>
        <translation>
            <numerusform>Decide %Ln report</numerusform>
            <numerusform>Decide %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>The same decision is taken on each of these reports. Each one is checked on its own: a report someone changed or claimed meanwhile is left as it is and listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the policy reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %Ln report(s)</source>
        <translation>
            <numerusform>Apply to %Ln report</numerusform>
            <numerusform>Apply to %Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln report(s)</source>
        <translation>
            <numerusform>%1: %Ln report</numerusform>
            <numerusform>%1: %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: all %Ln report(s) decided.</source>
        <translation>
            <numerusform>%1: %Ln report decided.</numerusform>
            <numerusform>%1: all %Ln reports decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 decided, %3 not — see why below. Those reports are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::DecisionForm</name>
    <message>
        <source>Policy reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note for other moderators (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “%1” (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the policy reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension lasts at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::KeyCaptureField</name>
    <message>
        <source>Press a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::KeyLegendDialog</name>
    <message>
        <source>Moderation keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys work anywhere on the Moderation page except while typing in a field. The arrow keys move through the list too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationPage</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appeal left the queue. J and K go on from where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report left the queue. J and K go on from where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject name, email with @, or #report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals are filtered by subject only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in “%1” matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports selected. A decision key or the button below decides them all at once, after one confirmation.</source>
        <translation>
            <numerusform>%Ln report selected. A decision key or the button below decides it, after one confirmation.</numerusform>
            <numerusform>%Ln reports selected. A decision key or the button below decides them all at once, after one confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide %Ln reports…</source>
        <translation>
            <numerusform>Decide %Ln report…</numerusform>
            <numerusform>Decide %Ln reports…</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators ban. Escalate the report instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the key legend: a key and what it does, &quot;J next&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next/previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln of %1 shown; scroll down for more.</numerusform>
            <numerusform>%Ln of %1 shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln shown; scroll down for more.</numerusform>
            <numerusform>%Ln shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s).</source>
        <translation>
            <numerusform>%Ln item.</numerusform>
            <numerusform>%Ln items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationPolicyPage</name>
    <message>
        <source>Policy reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationSettingsSection</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blur reported photos until I reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with your operator account, so it applies on every console you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this console loads photos from: the platform&apos;s media address or a folder (file:///…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, then press the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command has its default key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an http://, https:// or file:// address, or a folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationText</name>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>An age in minutes, short: &quot;12 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>An age in hours, short: &quot;5 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>An age in days and hours, short: &quot;2 d 4 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>An age in days, short: &quot;12 d&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An AI-generated likelihood: %1 is a percentage such as 87.5.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1</source>
        <extracomment>Under a queue&apos;s title: how long its oldest item has waited.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::PhotoLoader</name>
    <message>
        <source>The report names no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the photo address in Settings › Moderation to see photos. This one is stored as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s storage key %1 is not a relative path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than Steward shows (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s file is not an image Steward can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::PolicyReasonsEditor</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much a strike for this reason counts on the strike ladder; 0 issues no strike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderators can choose this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike &amp;weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::QueueModel</name>
    <message>
        <source>%1+</source>
        <extracomment>A count the service stopped at: &quot;10,000+&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln item(s)</source>
        <extracomment>A queue in the sidebar for screen readers: &quot;Unreviewed, 12 items&quot;.</extracomment>
        <translation>
            <numerusform>%1, %Ln item</numerusform>
            <numerusform>%1, %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports you hold a claim on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest item arrived %1 (%2 ago).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ReportDetailPane</name>
    <message>
        <source>dater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traveler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reports on this content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the decision and stay on this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the decision and go to the next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim this report for a while so no one else works on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the claim up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the report to another moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that happened to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo hidden — click or press %1 to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · arrived %3 ago · priority %4 · %Ln report(s)</source>
        <extracomment>Under a report&apos;s title: content type, source, age, priority, number of reports.</extracomment>
        <translation>
            <numerusform>%1 · %2 · arrived %3 ago · priority %4 · %Ln report</numerusform>
            <numerusform>%1 · %2 · arrived %3 ago · priority %4 · %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>The reported item: its type and id, &quot;Property listing #4312&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated likelihood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated likelihood: %1, scored by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1 — %2 % of their past reports were upheld.</source>
        <extracomment>%1 a reporter&apos;s name, %2 the share of their past reports that were upheld.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by a user — reporter accuracy %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <extracomment>A subject: name and person id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A role that is not active: &quot;driver (locked)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active strikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active strike(s), total weight %1.</source>
        <translation>
            <numerusform>%Ln active strike, total weight %1.</numerusform>
            <numerusform>%Ln active strikes, total weight %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other reports on this content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reports on this content (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln day(s)</source>
        <extracomment>A suspension decision with its length: &quot;Suspend, 7 days&quot;.</extracomment>
        <translation>
            <numerusform>%1, %Ln day</numerusform>
            <numerusform>%1, %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → ladder: %2</source>
        <extracomment>A decision and the strike ladder step it triggered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has it until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on this report are refused until the claim ends, unless it is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1 — %2, by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report #%1: %2 (%3).</source>
        <extracomment>After a decision: &quot;Report #12: Remove content (Harassment).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike of weight %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strike ladder at %1: %2 for %Ln day(s).</source>
        <translation>
            <numerusform>Strike ladder at %1: %2 for %Ln day.</numerusform>
            <numerusform>Strike ladder at %1: %2 for %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strike ladder at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report #%1 is now with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ReportListModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A reported item in the list: %1 is its type (&quot;Message&quot;), %2 an excerpt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Who holds an item and until when: &quot;Anna Berg · 14:32&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An original decision: %1 the action (&quot;Suspend&quot;), %2 the policy reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood that the content is AI-generated: %1, scored by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority from severity, number of reports (%1) and the reporters&apos; past accuracy (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood that the content is AI-generated; point at a score for the detector that gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people reported the same content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on the item, and until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the item has waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::StrikeLadderEditor</name>
    <message>
        <source>When the total weight of a person&apos;s active strikes reaches a step, its action is applied with the decision that crossed it. A step never weakens what the person already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active strike weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikes stay active for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strike ladder is saved and applies to the next decisions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::SubjectTimelineDialog</name>
    <message>
        <source>Moderation timeline of a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person ID (as on the People page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline — %1 (#%2)</source>
        <extracomment>The timeline window&apos;s title: a person&apos;s name and id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report, decision, strike, appeal and verification of %1, across all their roles, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened to this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln entry shown; scroll down for older ones.</numerusform>
            <numerusform>%Ln entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderation &amp;timeline…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::TriageBindings</name>
    <message>
        <source>%1 moves the focus between fields; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes dialogs and menus; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presses the default button and starts new lines in a note; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presses the focused button; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already moves through the list; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens “Find person…” on every page; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens a person&apos;s moderation timeline from any page; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens the settings; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locks the console; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quits Steward; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selects everything in a list or field; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cuts; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pastes; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undoes typing; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 switches to another page; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: remove content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal or hide the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the subject&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: overturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sequence of keys; use a single key or key combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alone cannot be bound; combine it with a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already bound to “%2”. Choose another key, or bind that command to another key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its key: &quot;Dismiss (D)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::People::PeoplePage</name>
    <message>
        <source>Search by email, name or #id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “%1”.</source>
        <translation>
            <numerusform>%Ln match for “%1”.</numerusform>
            <numerusform>%Ln matches for “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln person shown; scroll down for more.</numerusform>
            <numerusform>%Ln people shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln person.</numerusform>
            <numerusform>%Ln people.</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonSearchPopup</name>
    <message>
        <source>Find person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by email, name or #id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an email, a name or #id. ↑↓ choose, Enter opens, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es).</source>
        <translation>
            <numerusform>%Ln match.</numerusform>
            <numerusform>%Ln matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A location: %1 is the city, %2 the country.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonStatusDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be able to use any of the platform&apos;s services until the suspension ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to use the platform&apos;s services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; the person&apos;s history shows it to every operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts until an operator reinstates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends about %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonView</name>
    <message>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles across services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reinstate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else before your decision was saved. Nothing was changed; the view now shows their latest state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — person #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A location: %1 is the city, %2 the country.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dater — dating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator — agent marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer — marketplace and shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor — commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver — rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host — stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertiser — ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveler — crowdshipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender — crowdshipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles in any service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator has acted on this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active people can be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only suspended people can be reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::People::UserListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::AboutDialog</name>
    <message>
        <source>About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations console for the platform&apos;s staff: support, moderation, finance and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward is proprietary software for the platform&apos;s staff. It uses Qt (LGPLv3), OpenSSL (Apache 2.0), QtKeychain (BSD) and libqrencode (LGPLv2.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::AccountDialog</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two-factor authentication, logging in also asks for a six-digit code from an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator).

Setting it up again replaces the authenticator you enrolled before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the code the app shows now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a new secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn; enter the key below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Steward will ask for a code from your authenticator app at every login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::ConsoleStartup</name>
    <message>
        <source>the database has no operators yet; create one with “stewardctl operator add” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 was created. Log in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remembered login could not be read from the system keychain (%1). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remembered login can no longer be used: %1. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were logged out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward cannot use the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::DemoDataLoader</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Shell::FirstRunDialog</name>
    <message>
        <source>Welcome to Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no operators yet. Create the first administrator: they can then add the other operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jdoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults to the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the database with a small, made-up platform (users, orders, rides, payouts…) to try Steward out. Do not use it on a production database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demonstration data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing demonstration data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1… (%2 of %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demonstration data was cancelled. The part already written stays in the database; to load it again, start over with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data stays locked until the platform&apos;s key is set up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data was not loaded: it holds personal data, which needs the platform&apos;s key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::LockScreen</name>
    <message>
        <source>Steward is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console was locked while %1 was away. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::LoginDialog</name>
    <message>
        <source>Log in — Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the operations console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps you logged in for 30 days. The login is kept in the system keychain; nothing secret is written to the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-factor code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this operator. Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in, but Steward cannot remember the login on this computer because the system keychain is not available. You will be asked to log in next time.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) has no pages in this console yet. Ask an administrator if you need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remembered login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward no longer uses the remembered login, but the system keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::OperatorLabel</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:///path/to/steward.db or postgresql://user@host:5432/steward?sslmode=require. Leave empty for the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward connects to a new database the next time it starts. Leave the field empty for the embedded database; --database and STEWARD_DATABASE_URL take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Steward starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget remembered login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out: settings are not a safe place for it. Put it in ~/.pgpass (or PGPASSFILE) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database: sqlite:///path/file.db or postgresql://user@host:port/db?sslmode=... (default: $STEWARD_DATABASE_URL, then the setting, then the embedded database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as $STEWARD_BENCH_USERNAME with $STEWARD_PASSWORD, print the start-up time once the main window is painted, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward, the operations console for the platform&apos;s staff.

The personal-data key comes from the OS keychain, or from the key file named by $STEWARD_KEY_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
