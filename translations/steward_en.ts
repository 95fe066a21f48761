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
    <name>Steward::Dao::DaoPage</name>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;reasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a proposal for a platform user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform user who proposes it; their staked tokens must meet the proposal threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pays from the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;poser (user id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governance settings in force now are frozen on the proposal, and its content is sealed with a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalListModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For / against / abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote for a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
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
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — next: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, proposed by %3 (user %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not a platform user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available, %2 queued before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed (created before content hashing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ matches the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ does NOT match the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (snapshot %3: %4 tokens staked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes (fixed before 017; %2 % of the staked tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the staked tokens = %2 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>quorum %1; passes when for × 100 &gt; (for + against) × %2; timelock %3; grace %4; %Ln distinct admin approval(s)</source>
        <translation>
            <numerusform>quorum %1; passes when for × 100 &gt; (for + against) × %2; timelock %3; grace %4; %Ln admin approval</numerusform>
            <numerusform>quorum %1; passes when for × 100 &gt; (for + against) × %2; timelock %3; grace %4; %Ln distinct admin approvals</numerusform>
        </translation>
    </message>
    <message>
        <source>Executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %1 · Against %2 · Abstain %3 · %Ln voter(s)</source>
        <translation>
            <numerusform>For %1 · Against %2 · Abstain %3 · %Ln voter</numerusform>
            <numerusform>For %1 · Against %2 · Abstain %3 · %Ln voters</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal is %1; nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;tes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;vals (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is cast on behalf of a platform user, with the tokens they had staked at the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue proposal %1? It becomes executable after its timelock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute proposal %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute proposal %1 and move %2 from the treasury to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::StakingView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards accrued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens staked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staked by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top stakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top stakers (not withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tokens staked now · &lt;b&gt;%2&lt;/b&gt; reward tokens accrued · %3 more a day (5 % a year, linear per second, whole tokens with the remainder carried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::Text</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed: succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed: defeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Dao::TreasuryView</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasury balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows: the 5 % allocations, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outflows, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Balance&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;available&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;queued commitments&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;free&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Staking rewards liability&lt;/b&gt;: %5 tokens accrued, %6 tokens a day at 5 % a year (governance tokens, funded separately from the treasury&apos;s money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasury balance over time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed proposals, paid outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endowment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::NewRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payout run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payee types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due payouts: the prepared payouts due by the as-of date. Weekly and monthly: also every payee&apos;s balance earned up to the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of this day (UTC) is the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payees owed less than this wait for a later run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept with the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts the run would make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows who would be paid how much; nothing is written until you create the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s), %1 in total.</source>
        <translation>
            <numerusform>%Ln payout, %1 in total.</numerusform>
            <numerusform>%Ln payouts, %1 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (listed last).</source>
        <translation>
            <numerusform>%Ln left out (listed last).</numerusform>
            <numerusform>%Ln left out (listed last).</numerusform>
        </translation>
    </message>
    <message>
        <source>The total is above the approval threshold of %1: another finance operator must approve the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutDecisionDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutListModel</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payee types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay&amp;outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep part of the payee&apos;s balance back from payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active holds of the payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payee to see their holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %3 · %Ln active hold(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 · %Ln active hold</numerusform>
            <numerusform>%1 %2 · %3 · %Ln active holds</numerusform>
        </translation>
    </message>
    <message>
        <source>available %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep part of %1 %2&apos;s %3 balance back from payouts until the hold is released. Available now: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 of %2 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold of %1 (%2): the money can be paid out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and create a payout run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (or settle) the run&apos;s payouts one transaction at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank confirmed the transfers: settle every approved payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SEPA XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 created: %Ln payout(s), %2. It waits for approval.</source>
        <translation>
            <numerusform>Run %1 created: %Ln payout, %2. It waits for approval.</numerusform>
            <numerusform>Run %1 created: %Ln payouts, %2. It waits for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, as of %3, minimum %4; %Ln payout(s); approval threshold %5.</source>
        <translation>
            <numerusform>%1, %2, as of %3, minimum %4; %Ln payout; approval threshold %5.</numerusform>
            <numerusform>%1, %2, as of %3, minimum %4; %Ln payouts; approval threshold %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked paid by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving runs needs the payouts.approve permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is %1: only a run pending approval can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You created this run and its total %1 is above the approval threshold of %2: another finance operator must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the run&apos;s execution (it is resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved run being executed can run; the run is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SEPA credit transfer file of the approved payouts (demo mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA credit transfers are in EUR: export CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve run %1: %Ln payout(s), %2? Execute then posts each payout&apos;s approval to the ledger.</source>
        <translation>
            <numerusform>Approve run %1: %Ln payout, %2? Execute then posts the payout&apos;s approval to the ledger.</numerusform>
            <numerusform>Approve run %1: %Ln payouts, %2? Execute then posts each payout&apos;s approval to the ledger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 approved: execute it to post the payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the run&apos;s payouts, one ledger transaction at a time.
The run is resumable: Cancel stops after the current step and Execute continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) were rejected: the payee no longer had the money available.</source>
        <translation>
            <numerusform>%Ln payout was rejected: the payee no longer had the money available.</numerusform>
            <numerusform>%Ln payouts were rejected: the payees no longer had the money available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Execution of run %1 paused after %Ln payout(s); Execute resumes it.</source>
        <translation>
            <numerusform>Execution of run %1 paused after %Ln payout; Execute resumes it.</numerusform>
            <numerusform>Execution of run %1 paused after %Ln payouts; Execute resumes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark run %1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the bank execute run %1 (%2)? Every approved payout of the run is then settled: debit payout clearing, credit processor clearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run %1 (%2)? The payouts it made are rejected; prepared payouts it included can go into another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SEPA XML — demo mapping: the debtor account and payee IBANs are sample values, not for a real bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payout run CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s), %1, to %2.</source>
        <translation>
            <numerusform>Exported %Ln payout, %1, to %2.</numerusform>
            <numerusform>Exported %Ln payouts, %1, to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SEPA file is a demo mapping: check it against your bank&apos;s format before use.</source>
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
        <source>Mark &amp;paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark re&amp;turned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;econcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ledger postings and the earnings that funded the selected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout belongs to run %1: approve the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected pending payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout %1 of %2 to %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1? Its amount moves from the payee&apos;s payable to payout clearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark payout %1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark payout %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never sent: the amount goes back to the payee&apos;s balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark payout %1 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank returned %1: the amount goes back to the payee&apos;s balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <comment>column: number of payouts in a run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <comment>column: payout id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries of the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings that funded the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a payout to reconcile, or use Reconcile on the Payouts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by (first in, first out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the payout to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing posted yet: a %1 payout has no ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) allocated %1 of the payout&apos;s %2: funded %3, unfunded %4.</source>
        <translation>
            <numerusform>%Ln source allocated %1 of the payout&apos;s %2: funded %3, unfunded %4.</numerusform>
            <numerusform>%Ln sources allocated %1 of the payout&apos;s %2: funded %3, unfunded %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payee&apos;s earnings before the payout do not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln source(s) with their totals to %1.</source>
        <translation>
            <numerusform>Exported %Ln source with the totals to %1.</numerusform>
            <numerusform>Exported %Ln sources with their totals to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sources of payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenueDrillDown</name>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s) shown</source>
        <translation>
            <numerusform>%Ln transaction shown</numerusform>
            <numerusform>%Ln transactions shown</numerusform>
        </translation>
    </message>
    <message>
        <source> — more to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenuePage</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (exclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a service for its transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top payees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2
Gross %3
Refunds %4
Net %5
Platform %6
Click for the transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3
MRR %4, %Ln subscriber(s)</source>
        <translation>
            <numerusform>%1, %2: %3
MRR %4, %Ln subscriber</numerusform>
            <numerusform>%1, %2: %3
MRR %4, %Ln subscribers</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenueTransactionModel</name>
    <message>
        <source>Effective (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payees</source>
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
    <name>Steward::Members::DraftDrawDialog</name>
    <message>
        <source>Draft a reward draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month the draw rewards, as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated and recorded when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligibility rules in force now are frozen into the draw. Nothing is owed until another operator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the period as a month, e.g. 2025-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pool to share among the winners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Members::DrawEntryModel</name>
    <message>
        <source>%1 (winner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Members::DrawListModel</name>
    <message>
        <source>Awaiting approval</source>
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
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Members::MemberProgrammePage</name>
    <message numerus="yes">
        <source>tenure ≥ %Ln month(s)</source>
        <translation>
            <numerusform>tenure ≥ %Ln month</numerusform>
            <numerusform>tenure ≥ %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no award in the last %Ln month(s)</source>
        <translation>
            <numerusform>no award in the last %Ln month</numerusform>
            <numerusform>no award in the last %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>one ticket more per %1 months of tenure, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good standing, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for the next draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for a draw drafted now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;raft draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reward draw (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the draw from its seed and frozen rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 shared by %Ln winner(s) among %2 eligible members</source>
        <translation>
            <numerusform>%1 for %Ln winner among %2 eligible members</numerusform>
            <numerusform>%1 shared by %Ln winners among %2 eligible members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: the seed and the frozen rules give exactly the stored result for all %Ln entries.</source>
        <translation>
            <numerusform>Verified: the seed and the frozen rules give exactly the stored result for its %Ln entry.</numerusform>
            <numerusform>Verified: the seed and the frozen rules give exactly the stored result for all %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not verify (%Ln difference(s)); first: %1</source>
        <translation>
            <numerusform>Does not verify (%Ln difference); first: %1</numerusform>
            <numerusform>Does not verify (%Ln differences); first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve draw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve draw %1 for %2? %3 is then owed to its %Ln winner(s) and paid by the next payout run.</source>
        <translation>
            <numerusform>Approve draw %1 for %2? %3 is then owed to its %Ln winner and paid by the next payout run.</numerusform>
            <numerusform>Approve draw %1 for %2? %3 is then owed to its %Ln winners and paid by the next payout run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the awards are owed to the winners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Members::MemberQueueModel</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes (weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months paid, %2 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steward::Members::RejectDrawDialog</name>
    <message>
        <source>Reject draw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (the drafter reads it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the draw is rejected.</source>
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
