<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Steward::Admin::AuditLogModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An audit target: %1 is its type (&quot;user&quot;), %2 its id.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The audit log could not be loaded.</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Steward::Admin::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Beliebiges Ziel</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash to find any that was edited or deleted</source>
        <translation>Berechnet den Hash jedes Eintrags neu, um bearbeitete oder gelöschte Einträge zu finden</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain intact: %Ln entries checked.</source>
        <translation>
            <numerusform>✓ Kette intakt: %Ln Eintrag geprüft.</numerusform>
            <numerusform>✓ Kette intakt: %Ln Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at entry #%1: %2</source>
        <translation>✗ Kette unterbrochen bei Eintrag #%1: %2</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>#%1 · %2 by %3 at %4 · %5 %6</source>
        <translation>#%1 · %2 von %3 am %4 · %5 %6</translation>
    </message>
    <message>
        <source>All entries about %1 %2</source>
        <translation>Alle Einträge zu %1 %2</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Keine Begründung angegeben.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>No recorded field changed.</source>
        <translation>Kein erfasstes Feld wurde geändert.</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>(nothing: the entry created this)</source>
        <translation>(nichts: der Eintrag hat dies angelegt)</translation>
    </message>
    <message>
        <source>(nothing: the entry removed this)</source>
        <translation>(nichts: der Eintrag hat dies entfernt)</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries about %1 %2.</source>
        <translation>
            <numerusform>%Ln Eintrag zu %1 %2.</numerusform>
            <numerusform>%Ln Einträge zu %1 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newest entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln neuester Eintrag angezeigt; scrollen Sie für ältere nach unten.</numerusform>
            <numerusform>%Ln neueste Einträge angezeigt; scrollen Sie für ältere nach unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln Eintrag.</numerusform>
            <numerusform>%Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no state recorded)</source>
        <translation>(kein Zustand erfasst)</translation>
    </message>
</context>
<context>
    <name>Steward::Admin::CommandDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Steward::Admin::OperatorListModel</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Zwei-Faktor</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>Steward::Admin::OperatorsPage</name>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>Dea&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor…</source>
        <translation>&amp;Zwei-Faktor entfernen…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload the operators</source>
        <translation>Operatoren neu laden</translation>
    </message>
    <message>
        <source>Could not load the operators: %1</source>
        <translation>Die Operatoren konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Operator hinzufügen</translation>
    </message>
    <message>
        <source>The new operator logs in with this username and password.</source>
        <translation>Der neue Operator meldet sich mit diesem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>Shown in the audit log next to the username</source>
        <translation>Wird im Prüfprotokoll neben dem Benutzernamen angezeigt</translation>
    </message>
    <message>
        <source>Must choose a new password at first login</source>
        <translation>Muss bei der ersten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>The new role takes effect in every console at %1&apos;s next action.</source>
        <translation>Die neue Rolle gilt in jeder Konsole ab der nächsten Aktion von %1.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation>Wählen Sie eine andere Rolle.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 is logged out of every console and cannot log in until an admin enables them again.</source>
        <translation>%1 wird an allen Konsolen abgemeldet und kann sich erst wieder anmelden, wenn ein Admin das Konto wieder aktiviert.</translation>
    </message>
    <message>
        <source>Required; recorded in the audit log</source>
        <translation>Pflichtfeld; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1&apos;s remembered logins end and a lockout is lifted. Give them the new password in person or by phone.</source>
        <translation>Die gespeicherten Anmeldungen von %1 enden und eine Sperre wird aufgehoben. Teilen Sie das neue Passwort persönlich oder telefonisch mit.</translation>
    </message>
    <message>
        <source>Must choose a new password at next login</source>
        <translation>Muss bei der nächsten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Remove two-factor login of %1</source>
        <translation>Zwei-Faktor-Authentifizierung von %1 entfernen</translation>
    </message>
    <message>
        <source>Use this when %1 lost their authenticator. Until they enroll again, their password alone lets them in.</source>
        <translation>Verwenden Sie dies, wenn %1 die Authenticator-App verloren hat. Bis zur erneuten Einrichtung genügt zur Anmeldung das Passwort allein.</translation>
    </message>
    <message>
        <source>Remove two-factor</source>
        <translation>Zwei-Faktor-Authentifizierung entfernen</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::DaoPage</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>T&amp;reasury</source>
        <translation>&amp;Treasury</translation>
    </message>
    <message>
        <source>&amp;Staking</source>
        <translation>&amp;Staking</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>&amp;Neuer Vorschlag…</translation>
    </message>
    <message>
        <source>File a proposal for a platform user (%1)</source>
        <translation>Einen Vorschlag für einen Plattformnutzer einreichen (%1)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <translation>Neuer Vorschlag</translation>
    </message>
    <message>
        <source>The platform user who proposes it; their staked tokens must meet the proposal threshold</source>
        <translation>Der Plattformnutzer, der den Vorschlag einbringt; seine gestakten Tokens müssen die Vorschlagsschwelle erreichen</translation>
    </message>
    <message>
        <source>&amp;Pays from the treasury</source>
        <translation>&amp;Zahlung aus der Treasury</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>user:42</source>
        <translation>user:42</translation>
    </message>
    <message>
        <source>Pro&amp;poser (user id):</source>
        <translation>&amp;Einreicher (Nutzer-ID):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Betra&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <source>The governance settings in force now are frozen on the proposal, and its content is sealed with a SHA-256 hash.</source>
        <translation>Die jetzt geltenden Governance-Einstellungen werden im Vorschlag festgeschrieben, sein Inhalt wird mit einem SHA-256-Hash versiegelt.</translation>
    </message>
    <message>
        <source>&amp;File proposal</source>
        <translation>Vorschlag ein&amp;reichen</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For / against / abstain</source>
        <translation>Ja / Nein / Enthaltung</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Voting opens %1</source>
        <translation>Abstimmung %1</translation>
    </message>
    <message>
        <source>Voting closes %1</source>
        <translation>Stimmschluss %1</translation>
    </message>
    <message>
        <source>Executable %1</source>
        <translation>Ausführbar %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Verfällt %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::ProposalView</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Quorum progress</source>
        <translation>Quorum-Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Vote for a user…</source>
        <translation>Für Nutzer a&amp;bstimmen…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Einreihen</translation>
    </message>
    <message>
        <source>A&amp;pprove execution</source>
        <translation>Ausführung &amp;freigeben</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Abbre&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Seal content</source>
        <translation>Inhalt versie&amp;geln</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Nutzer %2)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Load &amp;more votes</source>
        <translation>&amp;Weitere Stimmen laden</translation>
    </message>
    <message>
        <source>Execution approvals</source>
        <translation>Ausführungsfreigaben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Vo&amp;tes</source>
        <translation>St&amp;immen</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>F&amp;reigaben</translation>
    </message>
    <message>
        <source>Select a proposal</source>
        <translation>Wählen Sie einen Vorschlag aus</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source> — next: %1 %2</source>
        <translation> — als Nächstes: %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2, proposed by %3 (user %4)%5</source>
        <translation>%1 · %2, eingereicht von %3 (Nutzer %4)%5</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source> (not a platform user)</source>
        <translation> (kein Plattformnutzer)</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation> (Nutzer %1)</translation>
    </message>
    <message>
        <source>Treasury</source>
        <translation>Treasury</translation>
    </message>
    <message>
        <source>%1 available, %2 queued before it</source>
        <translation>%1 verfügbar, davor %2 eingereiht</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>not sealed (created before content hashing)</source>
        <translation>nicht versiegelt (vor Einführung des Inhalts-Hashs angelegt)</translation>
    </message>
    <message>
        <source>✓ matches the content</source>
        <translation>✓ stimmt mit dem Inhalt überein</translation>
    </message>
    <message>
        <source>✗ does NOT match the content</source>
        <translation>✗ stimmt NICHT mit dem Inhalt überein</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>%1 – %2 (snapshot %3: %4 tokens staked)</source>
        <translation>%1 – %2 (Snapshot %3: %4 Tokens gestakt)</translation>
    </message>
    <message>
        <source>%1 votes (fixed before 017; %2 % of the staked tokens)</source>
        <translation>%1 Stimmen (vor 017 festgelegt; %2 % der gestakten Tokens)</translation>
    </message>
    <message>
        <source>%1 % of the staked tokens = %2 votes</source>
        <translation>%1 % der gestakten Tokens = %2 Stimmen</translation>
    </message>
    <message>
        <source>Frozen settings</source>
        <translation>Festgeschriebene Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>quorum %1; passes when for × 100 &gt; (for + against) × %2; timelock %3; grace %4; %Ln distinct admin approval(s)</source>
        <translation>
            <numerusform>Quorum %1; angenommen, wenn Dafür × 100 &gt; (Dafür + Dagegen) × %2; Zeitsperre %3; Nachfrist %4; %Ln Admin-Freigabe</numerusform>
            <numerusform>Quorum %1; angenommen, wenn Dafür × 100 &gt; (Dafür + Dagegen) × %2; Zeitsperre %3; Nachfrist %4; %Ln Freigaben verschiedener Admins</numerusform>
        </translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 votes</source>
        <translation>Quorum: %1 von %2 Stimmen</translation>
    </message>
    <message numerus="yes">
        <source>For %1 · Against %2 · Abstain %3 · %Ln voter(s)</source>
        <translation>
            <numerusform>Dafür %1 · Dagegen %2 · Enthaltung %3 · %Ln Teilnehmer</numerusform>
            <numerusform>Dafür %1 · Dagegen %2 · Enthaltung %3 · %Ln Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Approve execution</source>
        <translation>Ausführung freigeben</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Versiegeln</translation>
    </message>
    <message>
        <source>This proposal is %1; nothing more can be done with it.</source>
        <translation>Dieser Vorschlag ist %1; weitere Schritte sind nicht möglich.</translation>
    </message>
    <message>
        <source>Not available now:</source>
        <translation>Derzeit nicht möglich:</translation>
    </message>
    <message>
        <source>Vo&amp;tes (%1)</source>
        <translation>St&amp;immen (%1)</translation>
    </message>
    <message>
        <source>Appro&amp;vals (%1 of %2)</source>
        <translation>F&amp;reigaben (%1 von %2)</translation>
    </message>
    <message>
        <source>Vote on proposal %1</source>
        <translation>Über Vorschlag %1 abstimmen</translation>
    </message>
    <message>
        <source>The vote is cast on behalf of a platform user, with the tokens they had staked at the snapshot.</source>
        <translation>Die Stimme wird im Namen eines Plattformnutzers abgegeben, mit den Tokens, die er zum Snapshot gestakt hatte.</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Nutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Stimme:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
    <message>
        <source>Vote recorded.</source>
        <translation>Stimme erfasst.</translation>
    </message>
    <message>
        <source>Queue proposal</source>
        <translation>Vorschlag einreihen</translation>
    </message>
    <message>
        <source>Queue proposal %1? It becomes executable after its timelock.</source>
        <translation>Vorschlag %1 einreihen? Er wird nach Ablauf seiner Zeitsperre ausführbar.</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>Eingereiht.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notiz (optional):</translation>
    </message>
    <message>
        <source>Execution approved.</source>
        <translation>Ausführung freigegeben.</translation>
    </message>
    <message>
        <source>Execute proposal %1?</source>
        <translation>Vorschlag %1 ausführen?</translation>
    </message>
    <message>
        <source>Execute proposal %1 and move %2 from the treasury to %3?</source>
        <translation>Vorschlag %1 ausführen und %2 aus der Treasury an %3 übertragen?</translation>
    </message>
    <message>
        <source>Execute proposal</source>
        <translation>Vorschlag ausführen</translation>
    </message>
    <message>
        <source>Executed.</source>
        <translation>Ausgeführt.</translation>
    </message>
    <message>
        <source>Cancel proposal</source>
        <translation>Vorschlag abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>A cancellation needs a reason.</source>
        <translation>Ein Abbruch erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Content sealed.</source>
        <translation>Inhalt versiegelt.</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::StakingView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgezogen</translation>
    </message>
    <message>
        <source>Stakes</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Rewards accrued</source>
        <translation>Aufgelaufene Erträge</translation>
    </message>
    <message>
        <source>Staker</source>
        <translation>Staker</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Nutzer %2)</translation>
    </message>
    <message>
        <source>Tokens staked</source>
        <translation>Gestakte Tokens</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Staked by status</source>
        <translation>Gestakt nach Status</translation>
    </message>
    <message>
        <source>Top stakers</source>
        <translation>Größte Staker</translation>
    </message>
    <message>
        <source>Tokens by status</source>
        <translation>Tokens nach Status</translation>
    </message>
    <message>
        <source>Top stakers (not withdrawn)</source>
        <translation>Größte Staker (nicht abgezogen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tokens staked now · &lt;b&gt;%2&lt;/b&gt; reward tokens accrued · %3 more a day (5 % a year, linear per second, whole tokens with the remainder carried)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Tokens derzeit gestakt · &lt;b&gt;%2&lt;/b&gt; Ertrags-Tokens aufgelaufen · %3 mehr pro Tag (5 % pro Jahr, linear je Sekunde, ganze Tokens, Rest wird vorgetragen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::Text</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Voting opened</source>
        <translation>Abstimmung eröffnet</translation>
    </message>
    <message>
        <source>Voting closed: succeeded</source>
        <translation>Abstimmung beendet: angenommen</translation>
    </message>
    <message>
        <source>Voting closed: defeated</source>
        <translation>Abstimmung beendet: abgelehnt</translation>
    </message>
    <message>
        <source>Execution approved</source>
        <translation>Ausführung freigegeben</translation>
    </message>
    <message>
        <source>Content sealed</source>
        <translation>Inhalt versiegelt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 Min.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 d %2 h</source>
        <translation>in %1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Steward::Dao::TreasuryView</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Agent sales</source>
        <translation>Agentenverkäufe</translation>
    </message>
    <message>
        <source>Vendor orders</source>
        <translation>Händlerbestellungen</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Werbeausgaben</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Executed proposals</source>
        <translation>Ausgeführte Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Treasury balance over time</source>
        <translation>Treasury-Saldo im Zeitverlauf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>before the ledger</source>
        <translation>vor dem Hauptbuch</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ausführbar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Inflows by source</source>
        <translation>Zuflüsse nach Quelle</translation>
    </message>
    <message>
        <source>Outflows</source>
        <translation>Abflüsse</translation>
    </message>
    <message>
        <source>Queued commitments</source>
        <translation>Eingereihte Verpflichtungen</translation>
    </message>
    <message>
        <source>Inflows: the 5 % allocations, by source</source>
        <translation>Zuflüsse: die 5-%-Zuweisungen, nach Quelle</translation>
    </message>
    <message>
        <source>Outflows, by kind</source>
        <translation>Abflüsse, nach Art</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balance&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;available&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;queued commitments&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;free&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Staking rewards liability&lt;/b&gt;: %5 tokens accrued, %6 tokens a day at 5 % a year (governance tokens, funded separately from the treasury&apos;s money)</source>
        <translation>&lt;b&gt;Saldo&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;verfügbar&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;eingereihte Verpflichtungen&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;frei&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Verbindlichkeit aus Staking-Erträgen&lt;/b&gt;: %5 Tokens aufgelaufen, %6 Tokens pro Tag bei 5 % pro Jahr (Governance-Tokens, getrennt vom Geld der Treasury finanziert)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <source>Treasury balance over time (%1)</source>
        <translation>Treasury-Saldo im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>Executed proposals, paid outside</source>
        <translation>Vorschläge, extern gezahlt</translation>
    </message>
    <message>
        <source>Endowment</source>
        <translation>Dotierung</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::NewRunDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Create run</source>
        <translation>Lauf &amp;anlegen</translation>
    </message>
    <message>
        <source>New payout run</source>
        <translation>Neuer Auszahlungslauf</translation>
    </message>
    <message>
        <source>All payee types</source>
        <translation>Alle Empfängertypen</translation>
    </message>
    <message>
        <source>Due payouts: the prepared payouts due by the as-of date. Weekly and monthly: also every payee&apos;s balance earned up to the as-of date.</source>
        <translation>Fällige Auszahlungen: die vorbereiteten Auszahlungen, die bis zum Stichtag fällig sind. Wöchentlich und monatlich: zusätzlich das bis zum Stichtag verdiente Guthaben jedes Empfängers.</translation>
    </message>
    <message>
        <source>The end of this day (UTC) is the cut-off</source>
        <translation>Maßgeblich ist das Ende dieses Tages (UTC)</translation>
    </message>
    <message>
        <source>Payees owed less than this wait for a later run</source>
        <translation>Empfänger mit einem geringeren Guthaben warten auf einen späteren Lauf</translation>
    </message>
    <message>
        <source>Optional, kept with the run</source>
        <translation>Optional, wird mit dem Lauf gespeichert</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Payee &amp;type:</source>
        <translation>Empfänger&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>&amp;Minimum amount:</source>
        <translation>&amp;Mindestbetrag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Ausgelassen, weil</translation>
    </message>
    <message>
        <source>Payouts the run would make</source>
        <translation>Auszahlungen, die der Lauf vornehmen würde</translation>
    </message>
    <message>
        <source>Preview shows who would be paid how much; nothing is written until you create the run.</source>
        <translation>Die Vorschau zeigt, wer wie viel erhalten würde; gespeichert wird erst, wenn Sie den Lauf anlegen.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s), %1 in total.</source>
        <translation>
            <numerusform>%Ln Auszahlung, insgesamt %1.</numerusform>
            <numerusform>%Ln Auszahlungen, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (listed last).</source>
        <translation>
            <numerusform>%Ln ausgelassen (am Ende aufgeführt).</numerusform>
            <numerusform>%Ln ausgelassen (am Ende aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The total is above the approval threshold of %1: another finance operator must approve the run.</source>
        <translation>Die Summe liegt über der Freigabegrenze von %1: Ein anderer Finanz-Operator muss den Lauf freigeben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>Lauf wird angelegt…</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutDecisionDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the audit log.</source>
        <translation>Geben Sie eine Begründung ein: Sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutListModel</name>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Traveler</source>
        <translation>Reisender</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>DAO grant</source>
        <translation>DAO-Förderung</translation>
    </message>
    <message>
        <source>All payees</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Rückgebucht</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Zur Freigabe</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>In Freigabe</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>In Zahlung</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Due payouts</source>
        <translation>Fällige Auszahlungen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>All payee types</source>
        <translation>Alle Empfängertypen</translation>
    </message>
    <message>
        <source>Pa&amp;yees</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Pay&amp;outs</source>
        <translation>Aus&amp;zahlungen</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>Payee &amp;type:</source>
        <translation>Empfänger&amp;typ:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Payee balances</source>
        <translation>Salden der Empfänger</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>Einbehalt &amp;anlegen…</translation>
    </message>
    <message>
        <source>Keep part of the payee&apos;s balance back from payouts</source>
        <translation>Einen Teil des Empfängersaldos von Auszahlungen zurückhalten</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Einbehalt auf&amp;heben…</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Active holds of the payee</source>
        <translation>Aktive Einbehalte des Empfängers</translation>
    </message>
    <message>
        <source>Select a payee to see their holds.</source>
        <translation>Wählen Sie einen Empfänger aus, um seine Einbehalte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %3 · %Ln active hold(s)</source>
        <translation>
            <numerusform>%1 %2 · %3 · %Ln aktiver Einbehalt</numerusform>
            <numerusform>%1 %2 · %3 · %Ln aktive Einbehalte</numerusform>
        </translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>verfügbar: %1</translation>
    </message>
    <message>
        <source>Place a hold</source>
        <translation>Einbehalt anlegen</translation>
    </message>
    <message>
        <source>Keep part of %1 %2&apos;s %3 balance back from payouts until the hold is released. Available now: %4.</source>
        <translation>Einen Teil des %3-Saldos von %1 %2 von Auszahlungen zurückhalten, bis der Einbehalt aufgehoben wird. Derzeit verfügbar: %4.</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>Einbehalt &amp;anlegen</translation>
    </message>
    <message>
        <source>Hold %1 of %2 placed.</source>
        <translation>Einbehalt %1 über %2 angelegt.</translation>
    </message>
    <message>
        <source>Release hold %1</source>
        <translation>Einbehalt %1 aufheben</translation>
    </message>
    <message>
        <source>Release the hold of %1 (%2): the money can be paid out again.</source>
        <translation>Einbehalt über %1 (%2) aufheben: Das Geld kann wieder ausgezahlt werden.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Aufheben</translation>
    </message>
    <message>
        <source>Hold %1 released.</source>
        <translation>Einbehalt %1 aufgehoben.</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Preview and create a payout run (%1)</source>
        <translation>Auszahlungslauf in der Vorschau prüfen und anlegen (%1)</translation>
    </message>
    <message>
        <source>Payout runs</source>
        <translation>Auszahlungsläufe</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Entscheidungen:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Approve (or settle) the run&apos;s payouts one transaction at a time</source>
        <translation>Die Auszahlungen des Laufs Buchung für Buchung freigeben (oder abrechnen)</translation>
    </message>
    <message>
        <source>&amp;Mark paid…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <source>The bank confirmed the transfers: settle every approved payout</source>
        <translation>Die Bank hat die Überweisungen bestätigt: alle freigegebenen Auszahlungen abrechnen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run…</source>
        <translation>Lauf &amp;stornieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SEPA XML…</source>
        <translation>SEPA-&amp;XML exportieren…</translation>
    </message>
    <message>
        <source>Payouts of the run</source>
        <translation>Auszahlungen des Laufs</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 created: %Ln payout(s), %2. It waits for approval.</source>
        <translation>
            <numerusform>Lauf %1 angelegt: %Ln Auszahlung, %2. Er wartet auf Freigabe.</numerusform>
            <numerusform>Lauf %1 angelegt: %Ln Auszahlungen, %2. Er wartet auf Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Lauf %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, as of %3, minimum %4; %Ln payout(s); approval threshold %5.</source>
        <translation>
            <numerusform>%1, %2, Stichtag %3, Mindestbetrag %4; %Ln Auszahlung; Freigabegrenze %5.</numerusform>
            <numerusform>%1, %2, Stichtag %3, Mindestbetrag %4; %Ln Auszahlungen; Freigabegrenze %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created by %1 at %2.</source>
        <translation>Angelegt von %1 am %2.</translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Marked paid by %1.</source>
        <translation>Als bezahlt markiert von %1.</translation>
    </message>
    <message>
        <source>Paid at %1.</source>
        <translation>Bezahlt am %1.</translation>
    </message>
    <message>
        <source>Canceled by %1 at %2: %3</source>
        <translation>Storniert von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No payouts.</source>
        <translation>Keine Auszahlungen.</translation>
    </message>
    <message>
        <source>Approving runs needs the payouts.approve permission.</source>
        <translation>Zum Freigeben von Läufen ist die Berechtigung payouts.approve nötig.</translation>
    </message>
    <message>
        <source>The run is %1: only a run pending approval can be approved.</source>
        <translation>Der Lauf hat den Status „%1“: Nur ein Lauf, dessen Freigabe aussteht, kann freigegeben werden.</translation>
    </message>
    <message>
        <source>You created this run and its total %1 is above the approval threshold of %2: another finance operator must approve it.</source>
        <translation>Sie haben diesen Lauf angelegt und seine Summe %1 liegt über der Freigabegrenze von %2: Ein anderer Finanz-Operator muss ihn freigeben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Approve the run</source>
        <translation>Den Lauf freigeben</translation>
    </message>
    <message>
        <source>Continue the run&apos;s execution (it is resumable)</source>
        <translation>Die Ausführung des Laufs fortsetzen (sie lässt sich fortsetzen)</translation>
    </message>
    <message>
        <source>Only an approved run being executed can run; the run is %1.</source>
        <translation>Nur ein freigegebener Lauf, der gerade ausgeführt wird, kann weiterlaufen; der Lauf hat den Status „%1“.</translation>
    </message>
    <message>
        <source>A SEPA credit transfer file of the approved payouts (demo mapping)</source>
        <translation>Eine SEPA-Überweisungsdatei der freigegebenen Auszahlungen (Demo-Zuordnung)</translation>
    </message>
    <message>
        <source>SEPA credit transfers are in EUR: export CSV instead.</source>
        <translation>SEPA-Überweisungen lauten auf EUR: Exportieren Sie stattdessen CSV.</translation>
    </message>
    <message>
        <source>Approve run %1</source>
        <translation>Lauf %1 freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve run %1: %Ln payout(s), %2? Execute then posts each payout&apos;s approval to the ledger.</source>
        <translation>
            <numerusform>Lauf %1 freigeben: %Ln Auszahlung, %2? „Ausführen“ bucht danach die Freigabe jeder Auszahlung im Hauptbuch.</numerusform>
            <numerusform>Lauf %1 freigeben: %Ln Auszahlungen, %2? „Ausführen“ bucht danach die Freigabe jeder Auszahlung im Hauptbuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 approved: execute it to post the payouts.</source>
        <translation>Lauf %1 freigegeben: Führen Sie ihn aus, um die Auszahlungen zu buchen.</translation>
    </message>
    <message>
        <source>Settling run %1</source>
        <translation>Lauf %1 wird abgerechnet</translation>
    </message>
    <message>
        <source>Executing run %1</source>
        <translation>Lauf %1 wird ausgeführt</translation>
    </message>
    <message>
        <source>%1 the run&apos;s payouts, one ledger transaction at a time.
The run is resumable: Cancel stops after the current step and Execute continues where it stopped.</source>
        <translation>%1 der Auszahlungen des Laufs, eine Buchung nach der anderen.
Der Lauf lässt sich fortsetzen: „Abbrechen“ hält nach dem aktuellen Schritt an, „Ausführen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Run %1 is %2.</source>
        <translation>Lauf %1 ist %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) were rejected: the payee no longer had the money available.</source>
        <translation>
            <numerusform>%Ln Auszahlung wurde abgelehnt: Der Empfänger verfügte nicht mehr über das Geld.</numerusform>
            <numerusform>%Ln Auszahlungen wurden abgelehnt: Die Empfänger verfügten nicht mehr über das Geld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Execution of run %1 paused after %Ln payout(s); Execute resumes it.</source>
        <translation>
            <numerusform>Ausführung von Lauf %1 nach %Ln Auszahlung angehalten; „Ausführen“ setzt sie fort.</numerusform>
            <numerusform>Ausführung von Lauf %1 nach %Ln Auszahlungen angehalten; „Ausführen“ setzt sie fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark run %1 paid</source>
        <translation>Lauf %1 als bezahlt markieren</translation>
    </message>
    <message>
        <source>Did the bank execute run %1 (%2)? Every approved payout of the run is then settled: debit payout clearing, credit processor clearing.</source>
        <translation>Hat die Bank Lauf %1 (%2) ausgeführt? Dann wird jede freigegebene Auszahlung des Laufs abgerechnet: Soll Auszahlungsverrechnung, Haben Verrechnung Zahlungsdienstleister.</translation>
    </message>
    <message>
        <source>Cancel run %1</source>
        <translation>Lauf %1 stornieren</translation>
    </message>
    <message>
        <source>Cancel run %1 (%2)? The payouts it made are rejected; prepared payouts it included can go into another run.</source>
        <translation>Lauf %1 (%2) stornieren? Die von ihm erzeugten Auszahlungen werden abgelehnt; vorbereitete Auszahlungen, die er enthielt, können in einen anderen Lauf aufgenommen werden.</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>Lauf &amp;stornieren</translation>
    </message>
    <message>
        <source>Run %1 canceled.</source>
        <translation>Lauf %1 storniert.</translation>
    </message>
    <message>
        <source>Export SEPA XML — demo mapping: the debtor account and payee IBANs are sample values, not for a real bank</source>
        <translation>SEPA-XML exportieren — Demo-Zuordnung: Auftraggeberkonto und Empfänger-IBANs sind Beispielwerte, nicht für eine echte Bank</translation>
    </message>
    <message>
        <source>Export payout run CSV</source>
        <translation>Auszahlungslauf als CSV exportieren</translation>
    </message>
    <message>
        <source>SEPA XML files (*.xml)</source>
        <translation>SEPA-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s), %1, to %2.</source>
        <translation>
            <numerusform>%Ln Auszahlung (%1) nach %2 exportiert.</numerusform>
            <numerusform>%Ln Auszahlungen (%1) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SEPA file is a demo mapping: check it against your bank&apos;s format before use.</source>
        <translation>Die SEPA-Datei ist eine Demo-Zuordnung: Prüfen Sie sie vor der Verwendung anhand des Formats Ihrer Bank.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <source>Mark &amp;failed…</source>
        <translation>Als &amp;gescheitert markieren…</translation>
    </message>
    <message>
        <source>Mark re&amp;turned…</source>
        <translation>Als &amp;rückgebucht markieren…</translation>
    </message>
    <message>
        <source>R&amp;econcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Show the ledger postings and the earnings that funded the selected payout</source>
        <translation>Die Buchungen und die Einnahmen anzeigen, aus denen die ausgewählte Auszahlung finanziert wurde</translation>
    </message>
    <message>
        <source>This payout belongs to run %1: approve the run.</source>
        <translation>Diese Auszahlung gehört zu Lauf %1: Geben Sie den Lauf frei.</translation>
    </message>
    <message>
        <source>Approve the selected pending payout</source>
        <translation>Die ausgewählte ausstehende Auszahlung freigeben</translation>
    </message>
    <message>
        <source>payout %1 of %2 to %3 %4</source>
        <translation>Auszahlung %1 über %2 an %3 %4</translation>
    </message>
    <message>
        <source>Approve payout %1</source>
        <translation>Auszahlung %1 freigeben</translation>
    </message>
    <message>
        <source>Approve %1? Its amount moves from the payee&apos;s payable to payout clearing.</source>
        <translation>%1 freigeben? Der Betrag geht von der Verbindlichkeit gegenüber dem Empfänger auf die Auszahlungsverrechnung über.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Mark payout %1 paid</source>
        <translation>Auszahlung %1 als bezahlt markieren</translation>
    </message>
    <message>
        <source>The bank sent %1.</source>
        <translation>Die Bank hat %1 überwiesen.</translation>
    </message>
    <message>
        <source>&amp;Bank reference:</source>
        <translation>Bank&amp;referenz:</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark payout %1 failed</source>
        <translation>Auszahlung %1 als gescheitert markieren</translation>
    </message>
    <message>
        <source>%1 was never sent: the amount goes back to the payee&apos;s balance.</source>
        <translation>%1 wurde nie versendet: Der Betrag geht zurück auf das Guthaben des Empfängers.</translation>
    </message>
    <message>
        <source>Mark &amp;failed</source>
        <translation>Als &amp;gescheitert markieren</translation>
    </message>
    <message>
        <source>Mark payout %1 returned</source>
        <translation>Auszahlung %1 als rückgebucht markieren</translation>
    </message>
    <message>
        <source>The bank returned %1: the amount goes back to the payee&apos;s balance.</source>
        <translation>Die Bank hat %1 zurückgebucht: Der Betrag geht zurück auf das Guthaben des Empfängers.</translation>
    </message>
    <message>
        <source>Mark re&amp;turned</source>
        <translation>Als &amp;rückgebucht markieren</translation>
    </message>
    <message>
        <source>Payout %1 is %2.</source>
        <translation>Auszahlung %1 ist %2.</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Einbehalten</translation>
    </message>
    <message>
        <source>Pending payouts</source>
        <translation>In Auszahlung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Ledger account</source>
        <translation>Buchungskonto</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payees</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Payouts</source>
        <comment>column: number of payouts in a run</comment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Payout</source>
        <comment>column: payout id</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ledger entries of the payout</source>
        <translation>Buchungen der Auszahlung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Earnings that funded the payout</source>
        <translation>Einnahmen, aus denen die Auszahlung finanziert wurde</translation>
    </message>
    <message>
        <source>payout id</source>
        <translation>Auszahlungs-ID</translation>
    </message>
    <message>
        <source>Payout id</source>
        <translation>Auszahlungs-ID</translation>
    </message>
    <message>
        <source>&amp;Payout:</source>
        <translation>Aus&amp;zahlung:</translation>
    </message>
    <message>
        <source>Pick a payout to reconcile, or use Reconcile on the Payouts page.</source>
        <translation>Wählen Sie eine Auszahlung zum Abgleich aus oder verwenden Sie „Abgleichen“ auf der Seite „Auszahlungen“.</translation>
    </message>
    <message>
        <source>Ledger postings</source>
        <translation>Buchungen im Hauptbuch</translation>
    </message>
    <message>
        <source>Funded by (first in, first out)</source>
        <translation>Finanziert aus (FIFO)</translation>
    </message>
    <message>
        <source>Enter the id of the payout to reconcile.</source>
        <translation>Geben Sie die ID der abzugleichenden Auszahlung ein.</translation>
    </message>
    <message>
        <source>Payout %1 · %2 · %3</source>
        <translation>Auszahlung %1 · %2 · %3</translation>
    </message>
    <message>
        <source>To %1 %2 from %3.</source>
        <translation>An %1 %2 aus %3.</translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation>Lauf %1.</translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Paid at %1.</source>
        <translation>Bezahlt am %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Nothing posted yet: a %1 payout has no ledger entries.</source>
        <translation>Noch nichts gebucht: Eine Auszahlung mit Status „%1“ hat keine Buchungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) allocated %1 of the payout&apos;s %2: funded %3, unfunded %4.</source>
        <translation>
            <numerusform>%Ln Quelle deckt %1 des Auszahlungsbetrags von %2: finanziert %3, ungedeckt %4.</numerusform>
            <numerusform>%Ln Quellen decken %1 des Auszahlungsbetrags von %2: finanziert %3, ungedeckt %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payee&apos;s earnings before the payout do not cover it.</source>
        <translation>Die Einnahmen des Empfängers vor der Auszahlung decken sie nicht.</translation>
    </message>
    <message>
        <source>Posted (UTC)</source>
        <translation>Gebucht (UTC)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total allocated</source>
        <translation>Summe zugeordnet</translation>
    </message>
    <message>
        <source>Payout %1 amount</source>
        <translation>Betrag Auszahlung %1</translation>
    </message>
    <message>
        <source>Unfunded</source>
        <translation>Ungedeckt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln source(s) with their totals to %1.</source>
        <translation>
            <numerusform>%Ln Quelle mit Summen nach %1 exportiert.</numerusform>
            <numerusform>%Ln Quellen mit Summen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sources of payout %1</source>
        <translation>Quellen von Auszahlung %1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenueDrillDown</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Could not load the transactions: %1</source>
        <translation>Die Transaktionen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s) shown</source>
        <translation>
            <numerusform>%Ln Transaktion angezeigt</numerusform>
            <numerusform>%Ln Transaktionen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> — more to load</source>
        <translation> — weitere verfügbar</translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenuePage</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Dating</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Commerce</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrdienste</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Net revenue by service</source>
        <translation>Nettoumsatz nach Dienst</translation>
    </message>
    <message>
        <source>Where the money went</source>
        <translation>Aufteilung der Einnahmen</translation>
    </message>
    <message>
        <source>MRR movements (last 12 months)</source>
        <translation>MRR-Bewegungen (letzte 12 Monate)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All payees</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Travelers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To (exclusive):</source>
        <translation>&amp;Bis (exklusiv):</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Take rate</source>
        <translation>Provisionsquote</translation>
    </message>
    <message>
        <source>DAO allocation</source>
        <translation>DAO-Anteil</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <source>Payees</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Enter or double-click a service for its transactions.</source>
        <translation>Eingabetaste oder Doppelklick auf einen Dienst zeigt seine Transaktionen.</translation>
    </message>
    <message>
        <source>Top payees</source>
        <translation>Top-Empfänger</translation>
    </message>
    <message>
        <source>Pa&amp;yees:</source>
        <translation>Em&amp;pfänger:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1, %2
Gross %3
Refunds %4
Net %5
Platform %6
Click for the transactions.</source>
        <translation>%1, %2
Bruttoumsatz %3
Rückerstattungen %4
Nettoumsatz %5
Plattform %6
Klicken zeigt die Transaktionen.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3
MRR %4, %Ln subscriber(s)</source>
        <translation>
            <numerusform>%1, %2: %3
MRR %4, %Ln Abonnent</numerusform>
            <numerusform>%1, %2: %3
MRR %4, %Ln Abonnenten</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Transactions: %1 (%2)</source>
        <translation>Transaktionen: %1 (%2)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Finance::RevenueTransactionModel</name>
    <message>
        <source>Effective (UTC)</source>
        <translation>Wertstellung (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <source>Payees</source>
        <translation>Empfänger</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::CountTile</name>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, davon %2 überfällig</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DecisionDialog</name>
    <message>
        <source>The applicant&apos;s account is marked as age-verified.</source>
        <translation>Das Konto des Antragstellers wird als altersverifiziert markiert.</translation>
    </message>
    <message>
        <source>The applicant&apos;s vendor role and shops are unlocked.</source>
        <translation>Die Verkäuferrolle und die Shops des Antragstellers werden freigeschaltet.</translation>
    </message>
    <message>
        <source>The applicant can start driving.</source>
        <translation>Der Antragsteller kann mit dem Fahren beginnen.</translation>
    </message>
    <message>
        <source>The applicant&apos;s host profile is verified.</source>
        <translation>Das Gastgeberprofil des Antragstellers wird verifiziert.</translation>
    </message>
    <message>
        <source>The applicant&apos;s identity is marked as verified.</source>
        <translation>Die Identität des Antragstellers wird als verifiziert markiert.</translation>
    </message>
    <message>
        <source>Approve case #%1</source>
        <translation>Fall #%1 genehmigen</translation>
    </message>
    <message>
        <source>Confirm approval</source>
        <translation>Genehmigung bestätigen</translation>
    </message>
    <message>
        <source>%1 recorded the first approval of %2&apos;s case. Your confirmation approves it. %3</source>
        <translation>%1 hat die erste Genehmigung für den Fall von %2 erfasst. Ihre Bestätigung genehmigt den Fall. %3</translation>
    </message>
    <message>
        <source>Record first approval</source>
        <translation>Erste Genehmigung erfassen</translation>
    </message>
    <message>
        <source>This case is high risk, so your approval is the first of two: the case stays open until a different reviewer confirms it.</source>
        <translation>Dieser Fall hat ein hohes Risiko, daher ist Ihre Genehmigung die erste von zweien: Der Fall bleibt offen, bis ein anderer Prüfer sie bestätigt.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve %1&apos;s case? %2</source>
        <extracomment>%1 is the applicant&apos;s name, %2 what the approval unlocks.</extracomment>
        <translation>Den Fall von %1 genehmigen? %2</translation>
    </message>
    <message>
        <source>Reject case #%1</source>
        <translation>Fall #%1 ablehnen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The case is closed as rejected and %1 receives the message below.</source>
        <translation>Der Fall wird als abgelehnt geschlossen und %1 erhält die folgende Nachricht.</translation>
    </message>
    <message>
        <source>Request resubmission for case #%1</source>
        <translation>Erneute Einreichung für Fall #%1 anfordern</translation>
    </message>
    <message>
        <source>Request resubmission</source>
        <translation>Erneute Einreichung anfordern</translation>
    </message>
    <message>
        <source>%1 receives the message below and can upload new documents; the case waits for that new attempt.</source>
        <translation>%1 erhält die folgende Nachricht und kann neue Dokumente hochladen; der Fall wartet auf diesen neuen Versuch.</translation>
    </message>
    <message>
        <source>Escalate case #%1</source>
        <translation>Fall #%1 eskalieren</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>The case goes to the escalation queue, unassigned, for a senior reviewer. Say what they should look at.</source>
        <translation>Der Fall geht ohne Zuweisung in die Eskalationswarteschlange, an einen erfahrenen Prüfer. Geben Sie an, worauf dieser achten soll.</translation>
    </message>
    <message>
        <source>Reason template</source>
        <translation>Begründungsvorlage</translation>
    </message>
    <message>
        <source>Required: what the applicant reads.</source>
        <translation>Pflichtfeld: der Text, den der Antragsteller erhält.</translation>
    </message>
    <message>
        <source>Message to the applicant</source>
        <translation>Nachricht an den Antragsteller</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Message to the applicant:</source>
        <translation>&amp;Nachricht an den Antragsteller:</translation>
    </message>
    <message>
        <source>Required: why the case needs a senior reviewer.</source>
        <translation>Pflichtfeld: warum der Fall einen erfahrenen Prüfer braucht.</translation>
    </message>
    <message>
        <source>Optional; only reviewers see it.</source>
        <translation>Optional; nur Prüfer sehen sie.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation>&amp;Private Notiz:</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentCanvas</name>
    <message>
        <source>Document image</source>
        <translation>Dokumentbild</translation>
    </message>
    <message>
        <source>This image could not be read (%1).</source>
        <translation>Dieses Bild konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentPane</name>
    <message>
        <source>%1: attempt</source>
        <translation>%1: Versuch</translation>
    </message>
    <message>
        <source>Which of the applicant&apos;s attempts to show</source>
        <translation>Welcher Versuch des Antragstellers angezeigt wird</translation>
    </message>
    <message>
        <source>%1: document</source>
        <translation>%1: Dokument</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Verkleinern (−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole document (0)</source>
        <translation>Das ganze Dokument anzeigen (0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its real size (1)</source>
        <translation>Das Bild in Originalgröße anzeigen (1)</translation>
    </message>
    <message>
        <source>Fit · 1600 %</source>
        <translation>Einpassen · 1600 %</translation>
    </message>
    <message>
        <source>%1: image</source>
        <translation>%1: Bild</translation>
    </message>
    <message>
        <source>Attempt %1 (latest)</source>
        <translation>Versuch %1 (neuester)</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>No documents were submitted.</source>
        <translation>Es wurden keine Dokumente eingereicht.</translation>
    </message>
    <message>
        <source>No document in this attempt.</source>
        <translation>Kein Dokument in diesem Versuch.</translation>
    </message>
    <message>
        <source>Issued in %1</source>
        <translation>Ausgestellt in %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Purged on %1 under the retention policy; the decision record is kept.</source>
        <translation>Am %1 gemäß der Aufbewahrungsfrist gelöscht; die Aufzeichnung der Entscheidung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Purged under the retention policy; the decision record is kept.</source>
        <translation>Gemäß der Aufbewahrungsfrist gelöscht; die Aufzeichnung der Entscheidung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Hidden until the documents are revealed</source>
        <translation>Verborgen, bis die Dokumente aufgedeckt werden</translation>
    </message>
    <message>
        <source>Hidden: your role may not reveal documents</source>
        <translation>Verborgen: Ihre Rolle darf keine Dokumente aufdecken</translation>
    </message>
    <message>
        <source>The image of this document is not available.</source>
        <translation>Das Bild dieses Dokuments ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Fit · %1 %</source>
        <translation>Einpassen · %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::DocumentViewer</name>
    <message>
        <source>Documents and selfies are hidden. Revealing them asks for a reason and is recorded in the audit log.</source>
        <translation>Dokumente und Selfies sind verborgen. Das Aufdecken verlangt eine Begründung und wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Re&amp;veal documents…</source>
        <translation>Dokumente &amp;aufdecken…</translation>
    </message>
    <message>
        <source>Show this case&apos;s images, after giving a reason (Ctrl+Shift+D)</source>
        <translation>Die Bilder dieses Falls nach Angabe einer Begründung anzeigen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Left document</source>
        <translation>Linkes Dokument</translation>
    </message>
    <message>
        <source>Right document</source>
        <translation>Rechtes Dokument</translation>
    </message>
    <message>
        <source>Documents and selfies are hidden: your role may not reveal them.</source>
        <translation>Dokumente und Selfies sind verborgen: Ihre Rolle darf sie nicht aufdecken.</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCaseModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln hit(s)</source>
        <extracomment>Risk score and watchlist hits in the case list, e.g. &quot;82 · 1 hit&quot;.</extracomment>
        <translation>
            <numerusform>%1 · %Ln Treffer</numerusform>
            <numerusform>%1 · %Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>decided %1</source>
        <extracomment>The time a case was decided, in the due column of decided cases.</extracomment>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>%1 — %2 (person #%3)</source>
        <translation>%1 — %2 (Person #%3)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>First approval by %1; a different reviewer must confirm.</source>
        <translation>Erste Genehmigung durch %1; ein anderer Prüfer muss bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Risk %1 of 100, %Ln watchlist hit(s). High risk: approval needs a second reviewer.</source>
        <translation>
            <numerusform>Risiko %1 von 100, %Ln Watchlist-Treffer. Hohes Risiko: Die Genehmigung braucht einen zweiten Prüfer.</numerusform>
            <numerusform>Risiko %1 von 100, %Ln Watchlist-Treffer. Hohes Risiko: Die Genehmigung braucht einen zweiten Prüfer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>The cases could not be loaded.</source>
        <translation>Die Fälle konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCaseView</name>
    <message>
        <source>%1 %</source>
        <extracomment>A provider score out of 1000 shown as a percentage, e.g. &quot;92.4 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>New attempt submitted</source>
        <translation>Neuer Versuch eingereicht</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <source>Unticked</source>
        <translation>Haken entfernt</translation>
    </message>
    <message>
        <source>First approval</source>
        <translation>Erste Genehmigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation>Erneute Einreichung angefordert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Back to the case list (Esc, %1)</source>
        <translation>Zurück zur Fallliste (Esc, %1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the case again</source>
        <translation>Den Fall erneut laden</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Four-eyes:</source>
        <translation>Vier-Augen-Prinzip:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Provider checks</source>
        <translation>Prüfungen des Anbieters</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Face match:</source>
        <translation>Gesichtsabgleich:</translation>
    </message>
    <message>
        <source>Liveness:</source>
        <translation>Lebenderkennung:</translation>
    </message>
    <message>
        <source>Watchlist:</source>
        <translation>Watchlist:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>Earlier runs:</source>
        <translation>Frühere Prüfungen:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Birthdate</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>Dokumentnummern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Document numbers:</source>
        <translation>Dokumentnummern:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Assign the case to yourself and start the review</source>
        <translation>Den Fall sich selbst zuweisen und mit der Prüfung beginnen</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <source>Give the case back to the queue</source>
        <translation>Den Fall an die Warteschlange zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Hand the case to a senior reviewer</source>
        <translation>Den Fall an einen erfahrenen Prüfer übergeben</translation>
    </message>
    <message>
        <source>Request re&amp;submission…</source>
        <translation>Erneute Ein&amp;reichung anfordern…</translation>
    </message>
    <message>
        <source>Ask the applicant for new documents</source>
        <translation>Den Antragsteller um neue Dokumente bitten</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Reject the case with a message to the applicant</source>
        <translation>Den Fall mit einer Nachricht an den Antragsteller ablehnen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Geneh&amp;migen…</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Nächs&amp;ter Fall</translation>
    </message>
    <message>
        <source>Open the next case of the list</source>
        <translation>Den nächsten Fall der Liste öffnen</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Fall #%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The case view&apos;s title: %1 is the case type, %2 the applicant&apos;s name.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>eingereicht am %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (SLA %Ln hour(s) for this case type)</source>
        <translation>
            <numerusform>Fällig am %1 (SLA für diesen Falltyp: %Ln Stunde)</numerusform>
            <numerusform>Fällig am %1 (SLA für diesen Falltyp: %Ln Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case #%1 could not be loaded</source>
        <translation>Fall #%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>You, since %1</source>
        <translation>Sie, seit %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln watchlist hit(s)</source>
        <translation>
            <numerusform> · %Ln Watchlist-Treffer</numerusform>
            <numerusform> · %Ln Watchlist-Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases above %1, or with any watchlist hit, need two reviewers.</source>
        <translation>Fälle über %1 oder mit einem Watchlist-Treffer brauchen zwei Prüfer.</translation>
    </message>
    <message>
        <source>Needs a second reviewer: you recorded the first approval on %1; a different reviewer must confirm it.</source>
        <translation>Zweiter Prüfer nötig: Sie haben die erste Genehmigung am %1 erfasst; ein anderer Prüfer muss sie bestätigen.</translation>
    </message>
    <message>
        <source>Needs a second reviewer: first approval by %1 on %2. Your approval confirms it.</source>
        <translation>Zweiter Prüfer nötig: erste Genehmigung durch %1 am %2. Ihre Genehmigung bestätigt sie.</translation>
    </message>
    <message>
        <source>High risk: approval needs two different reviewers. No approval recorded yet.</source>
        <translation>Hohes Risiko: Die Genehmigung braucht zwei verschiedene Prüfer. Noch keine Genehmigung erfasst.</translation>
    </message>
    <message>
        <source>Two reviewers: first approval by %1 on %2.</source>
        <translation>Zwei Prüfer: erste Genehmigung durch %1 am %2.</translation>
    </message>
    <message>
        <source>High risk: approval needs two different reviewers.</source>
        <translation>Hohes Risiko: Die Genehmigung braucht zwei verschiedene Prüfer.</translation>
    </message>
    <message>
        <source>Not needed: one reviewer decides.</source>
        <translation>Nicht nötig: Ein Prüfer entscheidet.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>Told the applicant: “%1”</source>
        <translation>An den Antragsteller: „%1“</translation>
    </message>
    <message>
        <source>Private note: %1</source>
        <translation>Private Notiz: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation>Abgehakt von %1 am %2</translation>
    </message>
    <message>
        <source>Claim the case to tick its checklist.</source>
        <translation>Übernehmen Sie den Fall, um seine Prüfliste abzuhaken.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Der Fall ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Checklist (%1 of %2)</source>
        <translation>Prüfliste (%1 von %2)</translation>
    </message>
    <message>
        <source>This case type has no checklist.</source>
        <translation>Dieser Falltyp hat keine Prüfliste.</translation>
    </message>
    <message>
        <source>No provider has checked this case yet.</source>
        <translation>Noch kein Anbieter hat diesen Fall geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) — review before deciding</source>
        <translation>
            <numerusform>%Ln Treffer — vor der Entscheidung prüfen</numerusform>
            <numerusform>%Ln Treffer — vor der Entscheidung prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>An earlier provider run: %1 provider, %2 result, %3 time.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>registriert am %1</translation>
    </message>
    <message>
        <source>age verified</source>
        <translation>Alter verifiziert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation>Nicht erfasst</translation>
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
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>to applicant: “%1”</source>
        <translation>an den Antragsteller: „%1“</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Zu diesem Fall ist noch nichts geschehen.</translation>
    </message>
    <message>
        <source>The case is not loaded.</source>
        <translation>Der Fall ist nicht geladen.</translation>
    </message>
    <message>
        <source>Waiting for the applicant&apos;s new documents.</source>
        <translation>Wartet auf neue Dokumente des Antragstellers.</translation>
    </message>
    <message>
        <source>The case is decided.</source>
        <translation>Der Fall ist entschieden.</translation>
    </message>
    <message>
        <source>Claim the case to review it.</source>
        <translation>Übernehmen Sie den Fall, um ihn zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Approval needs the whole checklist: %Ln item(s) left.</source>
        <translation>
            <numerusform>Die Genehmigung erfordert die vollständige Prüfliste: noch %Ln Punkt offen.</numerusform>
            <numerusform>Die Genehmigung erfordert die vollständige Prüfliste: noch %Ln Punkte offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm &amp;approval…</source>
        <translation>Geneh&amp;migung bestätigen…</translation>
    </message>
    <message>
        <source>&amp;Approve (1st of 2)…</source>
        <translation>Geneh&amp;migen (1. von 2)…</translation>
    </message>
    <message>
        <source>Approve the case</source>
        <translation>Den Fall genehmigen</translation>
    </message>
    <message>
        <source>You recorded the first approval; a different reviewer must confirm it.</source>
        <translation>Sie haben die erste Genehmigung erfasst; ein anderer Prüfer muss sie bestätigen.</translation>
    </message>
    <message>
        <source>Needs a second reviewer: first approval by %1.</source>
        <translation>Zweiter Prüfer nötig: erste Genehmigung durch %1.</translation>
    </message>
    <message>
        <source>Your role may view cases but not decide them.</source>
        <translation>Ihre Rolle darf Fälle ansehen, aber nicht entscheiden.</translation>
    </message>
    <message>
        <source>%1. The case now shows its latest state.</source>
        <translation>%1. Der Fall zeigt jetzt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>every document and selfie of case #%1, all attempts</source>
        <translation>alle Dokumente und Selfies von Fall #%1 aus allen Versuchen</translation>
    </message>
    <message>
        <source>the applicant&apos;s birthdate</source>
        <translation>das Geburtsdatum des Antragstellers</translation>
    </message>
    <message>
        <source>the applicant&apos;s phone number</source>
        <translation>die Telefonnummer des Antragstellers</translation>
    </message>
    <message>
        <source>the document numbers of case #%1</source>
        <translation>die Dokumentnummern von Fall #%1</translation>
    </message>
    <message>
        <source>%1 (attempt %2): %3</source>
        <extracomment>A revealed document number: %1 document kind, %2 attempt, %3 the number.</extracomment>
        <translation>%1 (Versuch %2): %3</translation>
    </message>
    <message>
        <source>None available</source>
        <translation>Keine vorhanden</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycCountsBar</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Show only open cases past their due time</source>
        <translation>Nur offene Fälle zeigen, deren Frist abgelaufen ist</translation>
    </message>
    <message>
        <source>Show every case</source>
        <translation>Alle Fälle zeigen</translation>
    </message>
    <message>
        <source>Show the cases in “%1”</source>
        <translation>Die Fälle in „%1“ zeigen</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycPage</name>
    <message>
        <source>Search by #case, applicant email or name</source>
        <translation>Suche nach #Fall, E-Mail oder Name des Antragstellers</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Fälle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Open (to review)</source>
        <translation>Offen (zu prüfen)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only the open cases assigned to you</source>
        <translation>Nur die offenen Fälle, die Ihnen zugewiesen sind</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Nur überfällige</translation>
    </message>
    <message>
        <source>Only open cases past their due time</source>
        <translation>Nur offene Fälle, deren Frist abgelaufen ist</translation>
    </message>
    <message>
        <source>Reload the counts and the list (F5)</source>
        <translation>Zahlen und Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>%1 — %2 open</source>
        <extracomment>A case type in the type filter with its open cases, e.g. &quot;Identity — 42 open&quot;.</extracomment>
        <translation>%1 — %2 offen</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <extracomment>Appended to the type filter entry when some cases are overdue.</extracomment>
        <translation>, %1 überfällig</translation>
    </message>
    <message>
        <source>Could not load the cases: %1</source>
        <translation>Die Fälle konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Keine Fälle entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) shown; scroll down for more. Enter opens a case.</source>
        <translation>
            <numerusform>%Ln Fall angezeigt; scrollen Sie für weitere nach unten. Enter öffnet einen Fall.</numerusform>
            <numerusform>%Ln Fälle angezeigt; scrollen Sie für weitere nach unten. Enter öffnet einen Fall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s). Enter opens a case.</source>
        <translation>
            <numerusform>%Ln Fall. Enter öffnet einen Fall.</numerusform>
            <numerusform>%Ln Fälle. Enter öffnet einen Fall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycStateDelegate</name>
    <message>
        <source>2nd review</source>
        <translation>2. Prüfung</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::KycText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Resubmission requested</source>
        <translation>Erneute Einreichung angefordert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation>Altersprüfung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Driver licence</source>
        <translation>Fahrerlaubnis</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Adressnachweis</translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation>Gewerbenachweis</translation>
    </message>
    <message>
        <source>Vehicle registration</source>
        <translation>Fahrzeugschein</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherungsnachweis</translation>
    </message>
    <message>
        <source>Property deed</source>
        <translation>Eigentumsnachweis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Unauffällig</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation>Anbieterfehler</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <translation>Fälschungsverdacht</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Erneute Einreichung</translation>
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
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <extracomment>%1 is a duration such as &quot;3 h&quot;.</extracomment>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>%1 is a duration such as &quot;5 h&quot;.</extracomment>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::MaskedField</name>
    <message>
        <source>reveal</source>
        <translation>aufdecken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A masked value followed by a link that reveals it.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reveal this value; you will be asked for a reason, which is audited.</source>
        <translation>Diesen Wert aufdecken; Sie werden nach einer Begründung gefragt, die protokolliert wird.</translation>
    </message>
    <message>
        <source>Your role may not reveal personal data.</source>
        <translation>Ihre Rolle darf keine personenbezogenen Daten aufdecken.</translation>
    </message>
    <message>
        <source>Revealed; the reveal was recorded in the audit log.</source>
        <translation>Aufgedeckt; das Aufdecken wurde im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Steward::Kyc::RevealDialog</name>
    <message>
        <source>Reveal personal data</source>
        <translation>Personenbezogene Daten aufdecken</translation>
    </message>
    <message>
        <source>You are about to see %1. Your name, the time and your reason are recorded in the audit log.</source>
        <translation>Sie sehen gleich %1. Ihr Name, der Zeitpunkt und Ihre Begründung werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Required, e.g. “comparing the selfie with the document photo”.</source>
        <translation>Pflichtfeld, z. B. „Abgleich des Selfies mit dem Dokumentfoto“.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
</context>
<context>
    <name>Steward::Members::DraftDrawDialog</name>
    <message>
        <source>Draft a reward draw</source>
        <translation>Prämienziehung entwerfen</translation>
    </message>
    <message>
        <source>The month the draw rewards, as YYYY-MM</source>
        <translation>Der Monat, für den die Ziehung Prämien vergibt, als JJJJ-MM</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Generated and recorded when empty</source>
        <translation>Wird erzeugt und gespeichert, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation>&amp;Gewinner:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Saatwert:</translation>
    </message>
    <message>
        <source>The eligibility rules in force now are frozen into the draw. Nothing is owed until another operator approves it.</source>
        <translation>Die jetzt geltenden Teilnahmeregeln werden in der Ziehung festgeschrieben. Ansprüche entstehen erst, wenn ein anderer Operator sie freigibt.</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Entwerfen</translation>
    </message>
    <message>
        <source>Enter the period as a month, e.g. 2025-06.</source>
        <translation>Geben Sie den Zeitraum als Monat ein, z. B. 2025-06.</translation>
    </message>
    <message>
        <source>Enter the pool to share among the winners.</source>
        <translation>Geben Sie den Pool ein, der unter den Gewinnern aufgeteilt wird.</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Wird entworfen…</translation>
    </message>
</context>
<context>
    <name>Steward::Members::DrawEntryModel</name>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (Gewinner)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Mitgliedsdauer</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Loswert</translation>
    </message>
</context>
<context>
    <name>Steward::Members::DrawListModel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Berecht.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Entworfen von</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
</context>
<context>
    <name>Steward::Members::MemberProgrammePage</name>
    <message numerus="yes">
        <source>tenure ≥ %Ln month(s)</source>
        <translation>
            <numerusform>Mitgliedsdauer ≥ %Ln Monat</numerusform>
            <numerusform>Mitgliedsdauer ≥ %Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>Identität verifiziert</translation>
    </message>
    <message numerus="yes">
        <source>no award in the last %Ln month(s)</source>
        <translation>
            <numerusform>keine Prämie im letzten %Ln Monat</numerusform>
            <numerusform>keine Prämie in den letzten %Ln Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>one ticket more per %1 months of tenure, at most %2</source>
        <translation>ein Los mehr je %1 Monate Mitgliedsdauer, höchstens %2</translation>
    </message>
    <message>
        <source>Good standing, %1</source>
        <translation>Status regulär, %1</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Draws</source>
        <translation>&amp;Ziehungen</translation>
    </message>
    <message>
        <source>Everyone in the queue</source>
        <translation>Alle in der Warteschlange</translation>
    </message>
    <message>
        <source>Eligible for the next draw</source>
        <translation>Berechtigt für die nächste Ziehung</translation>
    </message>
    <message>
        <source>Standing: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Member queue</source>
        <translation>Mitglieder-Warteschlange</translation>
    </message>
    <message>
        <source>Eligible for a draw drafted now: %1.</source>
        <translation>Berechtigt für eine jetzt entworfene Ziehung: %1.</translation>
    </message>
    <message>
        <source>D&amp;raft draw…</source>
        <translation>Ziehung &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Draft a reward draw (%1)</source>
        <translation>Prämienziehung entwerfen (%1)</translation>
    </message>
    <message>
        <source>Reward draws</source>
        <translation>Prämienziehungen</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Saatwert:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Recompute the draw from its seed and frozen rules</source>
        <translation>Die Ziehung aus Saatwert und festgeschriebenen Regeln neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Draw entries</source>
        <translation>Einträge der Ziehung</translation>
    </message>
    <message>
        <source>Draw %1 · %2 · %3</source>
        <translation>Ziehung %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 shared by %Ln winner(s) among %2 eligible members</source>
        <translation>
            <numerusform>%1 für %Ln Gewinner unter %2 berechtigten Mitgliedern</numerusform>
            <numerusform>%1 aufgeteilt auf %Ln Gewinner unter %2 berechtigten Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <source>Drafted by %1 at %2.</source>
        <translation>Entworfen von %1 am %2.</translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2: %3</source>
        <translation>Abgelehnt von %1 am %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the seed and the frozen rules give exactly the stored result for all %Ln entries.</source>
        <translation>
            <numerusform>Geprüft: Saatwert und festgeschriebene Regeln ergeben genau das gespeicherte Ergebnis für den %Ln Eintrag.</numerusform>
            <numerusform>Geprüft: Saatwert und festgeschriebene Regeln ergeben genau das gespeicherte Ergebnis für alle %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Does not verify (%Ln difference(s)); first: %1</source>
        <translation>
            <numerusform>Prüfung fehlgeschlagen (%Ln Abweichung); erste: %1</numerusform>
            <numerusform>Prüfung fehlgeschlagen (%Ln Abweichungen); erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve draw %1</source>
        <translation>Ziehung %1 freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve draw %1 for %2? %3 is then owed to its %Ln winner(s) and paid by the next payout run.</source>
        <translation>
            <numerusform>Ziehung %1 für %2 freigeben? Dann erhält ihr %Ln Gewinner %3, ausgezahlt mit dem nächsten Auszahlungslauf.</numerusform>
            <numerusform>Ziehung %1 für %2 freigeben? Dann erhalten ihre %Ln Gewinner zusammen %3, ausgezahlt mit dem nächsten Auszahlungslauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: the awards are owed to the winners.</source>
        <translation>Freigegeben: Die Prämien stehen den Gewinnern zu.</translation>
    </message>
    <message>
        <source>Rejected: nothing is owed.</source>
        <translation>Abgelehnt: Es entstehen keine Ansprüche.</translation>
    </message>
    <message>
        <source>Member programme</source>
        <translation>Mitgliederprogramm</translation>
    </message>
</context>
<context>
    <name>Steward::Members::MemberQueueModel</name>
    <message>
        <source>Good</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes (weight %1)</source>
        <translation>Ja (Gewicht %1)</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, zuletzt %2</translation>
    </message>
    <message>
        <source>%1 months paid, %2 missed</source>
        <translation>%1 Monate bezahlt, %2 versäumt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Mitgliedsdauer</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Berechtigt</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>Steward::Members::RejectDrawDialog</name>
    <message>
        <source>Reject draw %1</source>
        <translation>Ziehung %1 ablehnen</translation>
    </message>
    <message>
        <source>&amp;Reason (the drafter reads it):</source>
        <translation>&amp;Begründung (für den Ersteller sichtbar):</translation>
    </message>
    <message>
        <source>Re&amp;ject draw</source>
        <translation>Ziehung &amp;ablehnen</translation>
    </message>
    <message>
        <source>Say why the draw is rejected.</source>
        <translation>Geben Sie an, warum die Ziehung abgelehnt wird.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::AppealDetailPane</name>
    <message>
        <source>The person&apos;s appeal</source>
        <translation>Einspruch der Person</translation>
    </message>
    <message>
        <source>Decision appealed against</source>
        <translation>Angefochtene Entscheidung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The decision stands</source>
        <translation>Die Entscheidung bleibt bestehen</translation>
    </message>
    <message>
        <source>The decision is reversed: its strike is revoked and a suspension or ban it caused is lifted</source>
        <translation>Die Entscheidung wird rückgängig gemacht: Der zugehörige Verwarnungspunkt wird zurückgenommen, eine dadurch verhängte Sperre oder dauerhafte Sperre aufgehoben</translation>
    </message>
    <message>
        <source>Required: why, for the record and for the person&apos;s answer</source>
        <translation>Pflichtfeld: die Begründung, für die Akte und für die Antwort an die Person</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Senden und weiter</translation>
    </message>
    <message>
        <source>Everything that happened to this person</source>
        <translation>Alles, was mit dieser Person geschehen ist</translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation>Foto verborgen — zum Aufdecken klicken</translation>
    </message>
    <message>
        <source>Photo hidden — click or press %1 to reveal</source>
        <translation>Foto verborgen — zum Aufdecken klicken oder %1 drücken</translation>
    </message>
    <message>
        <source>Appeal #%1</source>
        <translation>Einspruch #%1</translation>
    </message>
    <message>
        <source>Against: %1 · filed %2 ago by %3</source>
        <extracomment>Under an appeal&apos;s title: what it is against, when it was filed, by whom.</extracomment>
        <translation>Gegen: %1 · eingereicht vor %2 von %3</translation>
    </message>
    <message>
        <source>%1 — %2, by %3 on %4 (report #%5).</source>
        <translation>%1 — %2, von %3 am %4 (Meldung #%5).</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>dem System</translation>
    </message>
    <message>
        <source>No note was left.</source>
        <translation>Es wurde keine Notiz hinterlassen.</translation>
    </message>
    <message>
        <source>Moderator&apos;s note: “%1”</source>
        <translation>Notiz des Moderators: „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>%1 · #%2 — %3</source>
        <translation>%1 · #%2 — %3</translation>
    </message>
    <message>
        <source>No active strikes.</source>
        <translation>Keine aktiven Verwarnungspunkte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active strike(s), total weight %1.</source>
        <translation>
            <numerusform>%Ln aktiver Verwarnungspunkt, Gesamtgewicht %1.</numerusform>
            <numerusform>%Ln aktive Verwarnungspunkte, Gesamtgewicht %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <source>You took the decision appealed against: another moderator must decide this appeal.</source>
        <translation>Sie haben die angefochtene Entscheidung getroffen: Ein anderer Moderator muss über diesen Einspruch entscheiden.</translation>
    </message>
    <message>
        <source>Choose uphold or overturn.</source>
        <translation>Wählen Sie „Bestätigen“ oder „Aufheben“.</translation>
    </message>
    <message>
        <source>Write a note: it is required.</source>
        <translation>Schreiben Sie eine Notiz: Sie ist erforderlich.</translation>
    </message>
    <message>
        <source>Appeal #%1 upheld: the decision stands.</source>
        <translation>Einspruch #%1: Entscheidung bestätigt, sie bleibt bestehen.</translation>
    </message>
    <message>
        <source>Appeal #%1 overturned: the decision was reversed.</source>
        <translation>Einspruch #%1: Entscheidung aufgehoben, sie wurde rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::AssignDialog</name>
    <message>
        <source>Assign report #%1</source>
        <translation>Meldung #%1 zuweisen</translation>
    </message>
    <message>
        <source>The operator gets the claim on this report; a claim someone else holds ends now.</source>
        <translation>Der Operator erhält die Reservierung für diese Meldung; eine Reservierung durch jemand anderen endet sofort.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An operator to assign to: display name and username.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the operator to assign the report to.</source>
        <translation>Wählen Sie den Operator, dem die Meldung zugewiesen werden soll.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::BlurredImageView</name>
    <message>
        <source>Reported photo</source>
        <translation>Gemeldetes Foto</translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation>Foto verborgen — zum Aufdecken klicken</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::BulkDecisionDialog</name>
    <message numerus="yes">
        <source>Decide %Ln report(s)</source>
        <translation>
            <numerusform>%Ln Meldung entscheiden</numerusform>
            <numerusform>%Ln Meldungen entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>The same decision is taken on each of these reports. Each one is checked on its own: a report someone changed or claimed meanwhile is left as it is and listed afterwards.</source>
        <translation>Für jede dieser Meldungen wird dieselbe Entscheidung getroffen. Jede wird einzeln geprüft: Eine Meldung, die inzwischen jemand geändert oder übernommen hat, bleibt unverändert und wird danach aufgeführt.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Choose the policy reason</source>
        <translation>Richtliniengrund wählen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %Ln report(s)</source>
        <translation>
            <numerusform>Auf %Ln Meldung anwenden</numerusform>
            <numerusform>Auf %Ln Meldungen anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln report(s)</source>
        <translation>
            <numerusform>%1: %Ln Meldung</numerusform>
            <numerusform>%1: %Ln Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>Wird entschieden…</translation>
    </message>
    <message>
        <source>✓ Decided</source>
        <translation>✓ Entschieden</translation>
    </message>
    <message>
        <source>✗ Not decided</source>
        <translation>✗ Nicht entschieden</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %Ln report(s) decided.</source>
        <translation>
            <numerusform>%1: %Ln Meldung entschieden.</numerusform>
            <numerusform>%1: alle %Ln Meldungen entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 decided, %3 not — see why below. Those reports are unchanged.</source>
        <translation>%1: %2 entschieden, %3 nicht — die Gründe stehen unten. Diese Meldungen sind unverändert.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::DecisionForm</name>
    <message>
        <source>Policy reason</source>
        <translation>Richtliniengrund</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Suspension length in days</source>
        <translation>Dauer der Sperre in Tagen</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Sperrdauer:</translation>
    </message>
    <message>
        <source>Private note for other moderators (optional)</source>
        <translation>Private Notiz für andere Moderatoren (optional)</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>Choose “%1” (key %2)</source>
        <translation>„%1“ wählen (Taste %2)</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Wählen Sie eine Entscheidung.</translation>
    </message>
    <message>
        <source>Choose the policy reason.</source>
        <translation>Wählen Sie den Richtliniengrund.</translation>
    </message>
    <message>
        <source>A suspension lasts at least one day.</source>
        <translation>Eine Sperre dauert mindestens einen Tag.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::KeyCaptureField</name>
    <message>
        <source>Press a key</source>
        <translation>Taste drücken</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::KeyLegendDialog</name>
    <message>
        <source>Moderation keys</source>
        <translation>Moderationstasten</translation>
    </message>
    <message>
        <source>These keys work anywhere on the Moderation page except while typing in a field. The arrow keys move through the list too.</source>
        <translation>Diese Tasten wirken überall auf der Seite „Moderation“, außer während Sie in ein Feld tippen. Auch die Pfeiltasten bewegen sich durch die Liste.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Change keys…</source>
        <translation>Tasten ändern…</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationPage</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Reload the queue</source>
        <translation>Warteschlange neu laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This appeal left the queue. J and K go on from where it was.</source>
        <translation>Dieser Einspruch hat die Warteschlange verlassen. J und K machen an seiner Stelle weiter.</translation>
    </message>
    <message>
        <source>This report left the queue. J and K go on from where it was.</source>
        <translation>Diese Meldung hat die Warteschlange verlassen. J und K machen an ihrer Stelle weiter.</translation>
    </message>
    <message>
        <source>Subject name, email with @, or #report</source>
        <translation>Name der Person, E-Mail mit @ oder #Meldung</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Meldungen suchen</translation>
    </message>
    <message>
        <source>All content</source>
        <translation>Alle Inhalte</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Appeals are filtered by subject only.</source>
        <translation>Einsprüche werden nur nach Person gefiltert.</translation>
    </message>
    <message>
        <source>Nothing waiting in “%1”.</source>
        <translation>In „%1“ wartet nichts.</translation>
    </message>
    <message>
        <source>Nothing in “%1” matches the filters.</source>
        <translation>Nichts in „%1“ entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Choose an item.</source>
        <translation>Wählen Sie einen Eintrag aus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports selected. A decision key or the button below decides them all at once, after one confirmation.</source>
        <translation>
            <numerusform>%Ln Meldung ausgewählt. Eine Entscheidungstaste oder die Schaltfläche unten entscheidet sie nach einer Bestätigung.</numerusform>
            <numerusform>%Ln Meldungen ausgewählt. Eine Entscheidungstaste oder die Schaltfläche unten entscheidet alle auf einmal, nach einer einzigen Bestätigung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide %Ln reports…</source>
        <translation>
            <numerusform>%Ln Meldung entscheiden…</numerusform>
            <numerusform>%Ln Meldungen entscheiden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators ban. Escalate the report instead.</source>
        <translation>Nur Administratoren sperren dauerhaft. Eskalieren Sie die Meldung stattdessen.</translation>
    </message>
    <message>
        <source>“%1” is not possible for this report.</source>
        <translation>„%1“ ist für diese Meldung nicht möglich.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>In the key legend: a key and what it does, &quot;J next&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>next/previous</source>
        <translation>nächster/vorheriger</translation>
    </message>
    <message>
        <source>uphold</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <source>overturn</source>
        <translation>aufheben</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>submit and next</source>
        <translation>senden und weiter</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>übernehmen</translation>
    </message>
    <message>
        <source>reveal photo</source>
        <translation>Foto aufdecken</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>alle Tasten</translation>
    </message>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>Die Warteschlange konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln von %1 angezeigt; scrollen Sie für weitere nach unten.</numerusform>
            <numerusform>%Ln von %1 angezeigt; scrollen Sie für weitere nach unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln angezeigt; scrollen Sie für weitere nach unten.</numerusform>
            <numerusform>%Ln angezeigt; scrollen Sie für weitere nach unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s).</source>
        <translation>
            <numerusform>%Ln Eintrag.</numerusform>
            <numerusform>%Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationPolicyPage</name>
    <message>
        <source>Policy reasons</source>
        <translation>Richtliniengründe</translation>
    </message>
    <message>
        <source>Strike ladder</source>
        <translation>Stufenplan</translation>
    </message>
    <message>
        <source>Moderation policy</source>
        <translation>Moderationsrichtlinie</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationSettingsSection</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>&amp;Blur reported photos until I reveal them</source>
        <translation>Gemeldete Fotos &amp;unscharf zeigen, bis ich sie aufdecke</translation>
    </message>
    <message>
        <source>Kept with your operator account, so it applies on every console you use.</source>
        <translation>Wird mit Ihrem Operator-Konto gespeichert und gilt daher an jeder Konsole, die Sie verwenden.</translation>
    </message>
    <message>
        <source>Where this console loads photos from: the platform&apos;s media address or a folder (file:///…).</source>
        <translation>Woher diese Konsole Fotos lädt: die Medienadresse der Plattform oder ein Ordner (file:///…).</translation>
    </message>
    <message>
        <source>Photo &amp;address:</source>
        <translation>Foto-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Keyboard triage</source>
        <translation>Triage per Tastatur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Click, then press the new key</source>
        <translation>Klicken Sie hinein und drücken Sie dann die neue Taste</translation>
    </message>
    <message>
        <source>&amp;No key</source>
        <translation>&amp;Keine Taste</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>Every command has its default key again.</source>
        <translation>Jeder Befehl hat wieder seine Standardtaste.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation>„%1“ hat jetzt keine Taste.</translation>
    </message>
    <message>
        <source>“%1” is now on %2.</source>
        <translation>„%1“ liegt jetzt auf %2.</translation>
    </message>
    <message>
        <source>Use an http://, https:// or file:// address, or a folder path.</source>
        <translation>Verwenden Sie eine http://-, https://- oder file://-Adresse oder einen Ordnerpfad.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ModerationText</name>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Remove content</source>
        <translation>Inhalt entfernen</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Verwarnen</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>Verwarnungspunkt</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Dauerhaft sperren</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Agent listing</source>
        <translation>Agenten-Angebot</translation>
    </message>
    <message>
        <source>Vendor listing</source>
        <translation>Verkäufer-Angebot</translation>
    </message>
    <message>
        <source>Property listing</source>
        <translation>Unterkunftsangebot</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>Nutzermeldung</translation>
    </message>
    <message>
        <source>Automated flag</source>
        <translation>Automatische Markierung</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Dauerhaft gesperrt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Moderation decision</source>
        <translation>Moderationsentscheidung</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Uphold</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Overturn</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Einspruch</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation>Altersprüfung</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>An age in minutes, short: &quot;12 min&quot;.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>An age in hours, short: &quot;5 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>An age in days and hours, short: &quot;2 d 4 h&quot;.</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>An age in days, short: &quot;12 d&quot;.</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An AI-generated likelihood: %1 is a percentage such as 87.5.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>decided items</source>
        <translation>bereits entschieden</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <extracomment>Under a queue&apos;s title: how long its oldest item has waited.</extracomment>
        <translation>älteste: %1</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::PhotoLoader</name>
    <message>
        <source>The report names no photo.</source>
        <translation>Die Meldung nennt kein Foto.</translation>
    </message>
    <message>
        <source>Set the photo address in Settings › Moderation to see photos. This one is stored as %1.</source>
        <translation>Legen Sie unter Einstellungen › Moderation die Foto-Adresse fest, um Fotos zu sehen. Dieses ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The photo&apos;s storage key %1 is not a relative path.</source>
        <translation>Der Speicherschlüssel %1 des Fotos ist kein relativer Pfad.</translation>
    </message>
    <message>
        <source>The photo is larger than Steward shows (%1 MB).</source>
        <translation>Das Foto ist größer, als Steward anzeigt (%1 MB).</translation>
    </message>
    <message>
        <source>The photo could not be loaded: %1</source>
        <translation>Das Foto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The photo&apos;s file is not an image Steward can show.</source>
        <translation>Die Datei des Fotos ist kein Bild, das Steward anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::PolicyReasonsEditor</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>lower_case_code</source>
        <translation>code_in_kleinbuchstaben</translation>
    </message>
    <message>
        <source>How much a strike for this reason counts on the strike ladder; 0 issues no strike.</source>
        <translation>Wie stark ein Verwarnungspunkt für diesen Grund im Stufenplan zählt; bei 0 wird kein Verwarnungspunkt vergeben.</translation>
    </message>
    <message>
        <source>Moderators can choose this reason</source>
        <translation>Moderatoren können diesen Grund wählen</translation>
    </message>
    <message>
        <source>&amp;New reason</source>
        <translation>&amp;Neuer Grund</translation>
    </message>
    <message>
        <source>&amp;Save reason</source>
        <translation>Grund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Default &amp;severity:</source>
        <translation>Standard-Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Strike &amp;weight:</source>
        <translation>&amp;Punktgewicht:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>Grund &amp;anlegen</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::QueueModel</name>
    <message>
        <source>%1+</source>
        <extracomment>A count the service stopped at: &quot;10,000+&quot;.</extracomment>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln item(s)</source>
        <extracomment>A queue in the sidebar for screen readers: &quot;Unreviewed, 12 items&quot;.</extracomment>
        <translation>
            <numerusform>%1, %Ln Eintrag</numerusform>
            <numerusform>%1, %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports you hold a claim on.</source>
        <translation>Meldungen, die Sie reserviert haben.</translation>
    </message>
    <message>
        <source>Oldest item arrived %1 (%2 ago).</source>
        <translation>Ältester Eintrag eingegangen am %1 (vor %2).</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::QueueSidebar</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ReportDetailPane</name>
    <message>
        <source>dater</source>
        <translation>Dater</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>traveler</source>
        <translation>Reisender</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>DAO member</source>
        <translation>DAO-Mitglied</translation>
    </message>
    <message>
        <source>Reload this report</source>
        <translation>Diese Meldung neu laden</translation>
    </message>
    <message>
        <source>Reported content</source>
        <translation>Gemeldeter Inhalt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Other reports on this content</source>
        <translation>Weitere Meldungen zu diesem Inhalt</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Senden und weiter</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Wählen Sie eine Meldung aus.</translation>
    </message>
    <message>
        <source>Take the decision and stay on this report</source>
        <translation>Die Entscheidung treffen und bei dieser Meldung bleiben</translation>
    </message>
    <message>
        <source>Take the decision and go to the next report</source>
        <translation>Die Entscheidung treffen und zur nächsten Meldung gehen</translation>
    </message>
    <message>
        <source>Claim this report for a while so no one else works on it</source>
        <translation>Diese Meldung für eine Weile übernehmen, damit niemand sonst daran arbeitet</translation>
    </message>
    <message>
        <source>Give the claim up</source>
        <translation>Die Reservierung freigeben</translation>
    </message>
    <message>
        <source>Hand the report to another moderator</source>
        <translation>Die Meldung einem anderen Moderator übergeben</translation>
    </message>
    <message>
        <source>Everything that happened to this person</source>
        <translation>Alles, was mit dieser Person geschehen ist</translation>
    </message>
    <message>
        <source>Photo hidden — click to reveal</source>
        <translation>Foto verborgen — zum Aufdecken klicken</translation>
    </message>
    <message>
        <source>Photo hidden — click or press %1 to reveal</source>
        <translation>Foto verborgen — zum Aufdecken klicken oder %1 drücken</translation>
    </message>
    <message>
        <source>Report #%1</source>
        <translation>Meldung #%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · arrived %3 ago · priority %4 · %Ln report(s)</source>
        <extracomment>Under a report&apos;s title: content type, source, age, priority, number of reports.</extracomment>
        <translation>
            <numerusform>%1 · %2 · eingegangen vor %3 · Priorität %4 · %Ln Meldung</numerusform>
            <numerusform>%1 · %2 · eingegangen vor %3 · Priorität %4 · %Ln Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <extracomment>The reported item: its type and id, &quot;Property listing #4312&quot;.</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>AI-generated likelihood: %1</source>
        <translation>Wahrscheinlichkeit für KI-Erzeugung: %1</translation>
    </message>
    <message>
        <source>AI-generated likelihood: %1, scored by %2</source>
        <translation>Wahrscheinlichkeit für KI-Erzeugung: %1, bewertet von %2</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <source>Reporter&apos;s words: “%1”</source>
        <translation>Worte der meldenden Person: „%1“</translation>
    </message>
    <message>
        <source>Flagged automatically.</source>
        <translation>Automatisch markiert.</translation>
    </message>
    <message>
        <source>Reported by %1 — %2 % of their past reports were upheld.</source>
        <extracomment>%1 a reporter&apos;s name, %2 the share of their past reports that were upheld.</extracomment>
        <translation>Gemeldet von %1 — %2 % der bisherigen Meldungen dieser Person wurden bestätigt.</translation>
    </message>
    <message>
        <source>Reported by a user — reporter accuracy %1 %.</source>
        <translation>Von einem Nutzer gemeldet — Trefferquote der meldenden Person %1 %.</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <extracomment>A subject: name and person id.</extracomment>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A role that is not active: &quot;driver (locked)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No roles on the platform.</source>
        <translation>Keine Rollen auf der Plattform.</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>Gesperrt bis %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>No active strikes.</source>
        <translation>Keine aktiven Verwarnungspunkte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active strike(s), total weight %1.</source>
        <translation>
            <numerusform>%Ln aktiver Verwarnungspunkt, Gesamtgewicht %1.</numerusform>
            <numerusform>%Ln aktive Verwarnungspunkte, Gesamtgewicht %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other reports on this content.</source>
        <translation>Keine weiteren Meldungen zu diesem Inhalt.</translation>
    </message>
    <message>
        <source>Other reports on this content (%1)</source>
        <translation>Weitere Meldungen zu diesem Inhalt (%1)</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln day(s)</source>
        <extracomment>A suspension decision with its length: &quot;Suspend, 7 days&quot;.</extracomment>
        <translation>
            <numerusform>%1, %Ln Tag</numerusform>
            <numerusform>%1, %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → ladder: %2</source>
        <extracomment>A decision and the strike ladder step it triggered.</extracomment>
        <translation>%1 → Stufenplan: %2</translation>
    </message>
    <message>
        <source>Yours until %1.</source>
        <translation>Für Sie reserviert bis %1.</translation>
    </message>
    <message>
        <source>%1 has it until %2.</source>
        <translation>Von %1 reserviert bis %2.</translation>
    </message>
    <message>
        <source>Decisions on this report are refused until the claim ends, unless it is assigned to you.</source>
        <translation>Entscheidungen zu dieser Meldung werden abgelehnt, bis die Reservierung endet, es sei denn, die Meldung wird Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Not claimed.</source>
        <translation>Nicht reserviert.</translation>
    </message>
    <message>
        <source>Extend claim</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>This report is closed.</source>
        <translation>Diese Meldung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Decided: %1 — %2, by %3 on %4.</source>
        <translation>Entschieden: %1 — %2, von %3 am %4.</translation>
    </message>
    <message>
        <source>Report #%1: %2 (%3).</source>
        <extracomment>After a decision: &quot;Report #12: Remove content (Harassment).&quot;</extracomment>
        <translation>Meldung #%1: %2 (%3).</translation>
    </message>
    <message>
        <source>Strike of weight %1 issued.</source>
        <translation>Verwarnungspunkt mit Gewicht %1 vergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Strike ladder at %1: %2 for %Ln day(s).</source>
        <translation>
            <numerusform>Stufenplan bei %1: %2 für %Ln Tag.</numerusform>
            <numerusform>Stufenplan bei %1: %2 für %Ln Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strike ladder at %1: %2.</source>
        <translation>Stufenplan bei %1: %2.</translation>
    </message>
    <message>
        <source>Report #%1 is now with %2.</source>
        <translation>Meldung #%1 liegt jetzt bei %2.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::ReportListModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A reported item in the list: %1 is its type (&quot;Message&quot;), %2 an excerpt.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Who holds an item and until when: &quot;Anna Berg · 14:32&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An original decision: %1 the action (&quot;Suspend&quot;), %2 the policy reason.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Likelihood that the content is AI-generated: %1, scored by %2.</source>
        <translation>Wahrscheinlichkeit, dass der Inhalt KI-generiert ist: %1, bewertet von %2.</translation>
    </message>
    <message>
        <source>an unnamed detector</source>
        <translation>einem unbenannten Detektor</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2.</source>
        <translation>Reserviert von %1 bis %2.</translation>
    </message>
    <message>
        <source>Priority from severity, number of reports (%1) and the reporters&apos; past accuracy (%2 %).</source>
        <translation>Priorität aus Schweregrad, Anzahl der Meldungen (%1) und bisheriger Trefferquote der meldenden Personen (%2 %).</translation>
    </message>
    <message>
        <source>Likelihood that the content is AI-generated; point at a score for the detector that gave it.</source>
        <translation>Wahrscheinlichkeit, dass der Inhalt KI-generiert ist; zeigen Sie auf einen Wert, um den Detektor zu sehen, der ihn ermittelt hat.</translation>
    </message>
    <message>
        <source>How many people reported the same content</source>
        <translation>Wie viele Personen denselben Inhalt gemeldet haben</translation>
    </message>
    <message>
        <source>Who is working on the item, and until when</source>
        <translation>Wer an dem Eintrag arbeitet und bis wann</translation>
    </message>
    <message>
        <source>How long the item has waited</source>
        <translation>Wie lange der Eintrag schon wartet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>AI score</source>
        <translation>KI-Wert</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Appeal against</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Original decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The queue could not be loaded.</source>
        <translation>Die Warteschlange konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::StrikeLadderEditor</name>
    <message>
        <source>When the total weight of a person&apos;s active strikes reaches a step, its action is applied with the decision that crossed it. A step never weakens what the person already has.</source>
        <translation>Erreicht das Gesamtgewicht der aktiven Verwarnungspunkte einer Person eine Stufe, wird deren Maßnahme zusammen mit der Entscheidung angewendet, die die Stufe erreicht hat. Eine Stufe schwächt nie ab, was für die Person bereits gilt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Active strike weight</source>
        <translation>Aktives Gewicht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Neue Stufe</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save ladder</source>
        <translation>Stufenplan &amp;speichern</translation>
    </message>
    <message>
        <source>Strikes stay active for:</source>
        <translation>Verwarnungspunkte bleiben aktiv für:</translation>
    </message>
    <message>
        <source>The strike ladder is saved and applies to the next decisions.</source>
        <translation>Der Stufenplan ist gespeichert und gilt für die nächsten Entscheidungen.</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::SubjectTimelineDialog</name>
    <message>
        <source>Moderation timeline of a person…</source>
        <translation>Moderationsverlauf einer Person…</translation>
    </message>
    <message>
        <source>Moderation timeline</source>
        <translation>Moderationsverlauf</translation>
    </message>
    <message>
        <source>Person ID (as on the People page):</source>
        <translation>Personen-ID (wie auf der Seite „Personen“):</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>Timeline — %1 (#%2)</source>
        <extracomment>The timeline window&apos;s title: a person&apos;s name and id.</extracomment>
        <translation>Verlauf — %1 (#%2)</translation>
    </message>
    <message>
        <source>Every report, decision, strike, appeal and verification of %1, across all their roles, newest first.</source>
        <translation>Alle Meldungen, Entscheidungen, Verwarnungspunkte, Einsprüche und Verifizierungen zu %1 über alle Rollen hinweg, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing has happened to this person yet.</source>
        <translation>Zu dieser Person gibt es noch keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt; scrollen Sie für ältere nach unten.</numerusform>
            <numerusform>%Ln Einträge angezeigt; scrollen Sie für ältere nach unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln Eintrag.</numerusform>
            <numerusform>%Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderation &amp;timeline…</source>
        <translation>Moderations&amp;verlauf…</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Steward::Moderation::TriageBindings</name>
    <message>
        <source>%1 moves the focus between fields; choose another key.</source>
        <translation>%1 bewegt den Fokus zwischen Feldern; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 closes dialogs and menus; choose another key.</source>
        <translation>%1 schließt Dialoge und Menüs; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 presses the default button and starts new lines in a note; choose another key.</source>
        <translation>%1 betätigt die Standardschaltfläche und beginnt neue Zeilen in einer Notiz; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 presses the focused button; choose another key.</source>
        <translation>%1 betätigt die Schaltfläche mit dem Fokus; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 already moves through the list; choose another key.</source>
        <translation>%1 bewegt sich bereits durch die Liste; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 opens “Find person…” on every page; choose another key.</source>
        <translation>%1 öffnet auf jeder Seite „Person suchen…“; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 opens a person&apos;s moderation timeline from any page; choose another key.</source>
        <translation>%1 öffnet von jeder Seite aus den Moderationsverlauf einer Person; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 opens the settings; choose another key.</source>
        <translation>%1 öffnet die Einstellungen; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 locks the console; choose another key.</source>
        <translation>%1 sperrt die Konsole; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 quits Steward; choose another key.</source>
        <translation>%1 beendet Steward; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 selects everything in a list or field; choose another key.</source>
        <translation>%1 wählt alles in einer Liste oder einem Feld aus; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 copies; choose another key.</source>
        <translation>%1 kopiert; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 cuts; choose another key.</source>
        <translation>%1 schneidet aus; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 pastes; choose another key.</source>
        <translation>%1 fügt ein; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 undoes typing; choose another key.</source>
        <translation>%1 macht Eingaben rückgängig; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>%1 switches to another page; choose another key.</source>
        <translation>%1 wechselt zu einer anderen Seite; wählen Sie eine andere Taste.</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriger Eintrag</translation>
    </message>
    <message>
        <source>Decide: dismiss</source>
        <translation>Entscheiden: abweisen</translation>
    </message>
    <message>
        <source>Decide: remove content</source>
        <translation>Entscheiden: Inhalt entfernen</translation>
    </message>
    <message>
        <source>Decide: warn</source>
        <translation>Entscheiden: verwarnen</translation>
    </message>
    <message>
        <source>Decide: suspend</source>
        <translation>Entscheiden: sperren</translation>
    </message>
    <message>
        <source>Decide: ban</source>
        <translation>Entscheiden: dauerhaft sperren</translation>
    </message>
    <message>
        <source>Decide: escalate</source>
        <translation>Entscheiden: eskalieren</translation>
    </message>
    <message>
        <source>Submit and go to the next item</source>
        <translation>Senden und zum nächsten Eintrag</translation>
    </message>
    <message>
        <source>Submit and stay</source>
        <translation>Senden und bleiben</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <source>Assign to an operator</source>
        <translation>Einem Operator zuweisen</translation>
    </message>
    <message>
        <source>Reveal or hide the photo</source>
        <translation>Foto aufdecken oder verbergen</translation>
    </message>
    <message>
        <source>Open the subject&apos;s timeline</source>
        <translation>Verlauf der Person öffnen</translation>
    </message>
    <message>
        <source>Appeal: uphold</source>
        <translation>Einspruch: Entscheidung bestätigen</translation>
    </message>
    <message>
        <source>Appeal: overturn</source>
        <translation>Einspruch: Entscheidung aufheben</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>Tasten anzeigen</translation>
    </message>
    <message>
        <source>%1 is a sequence of keys; use a single key or key combination.</source>
        <translation>%1 ist eine Tastenfolge; verwenden Sie eine einzelne Taste oder Tastenkombination.</translation>
    </message>
    <message>
        <source>%1 alone cannot be bound; combine it with a key.</source>
        <translation>%1 allein kann nicht zugewiesen werden; kombinieren Sie die Taste mit einer weiteren.</translation>
    </message>
    <message>
        <source>%1 is already bound to “%2”. Choose another key, or bind that command to another key first.</source>
        <translation>%1 ist bereits „%2“ zugewiesen. Wählen Sie eine andere Taste oder weisen Sie diesem Befehl zuerst eine andere Taste zu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its key: &quot;Dismiss (D)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Steward::People::PeoplePage</name>
    <message>
        <source>Search by email, name or #id</source>
        <translation>Suche nach E-Mail, Name oder #ID</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Liste neu laden</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Could not load people: %1</source>
        <translation>Die Personen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “%1”.</source>
        <translation>
            <numerusform>%Ln Treffer für „%1“.</numerusform>
            <numerusform>%Ln Treffer für „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people shown; scroll down for more.</source>
        <translation>
            <numerusform>%Ln Person angezeigt; scrollen Sie für weitere nach unten.</numerusform>
            <numerusform>%Ln Personen angezeigt; scrollen Sie für weitere nach unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln Person.</numerusform>
            <numerusform>%Ln Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonSearchPopup</name>
    <message>
        <source>Find person…</source>
        <translation>Person suchen…</translation>
    </message>
    <message>
        <source>Find a person by email, name or #id</source>
        <translation>Eine Person nach E-Mail, Name oder #ID suchen</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Type an email, a name or #id. ↑↓ choose, Enter opens, Esc closes.</source>
        <translation>Geben Sie eine E-Mail-Adresse, einen Namen oder eine #ID ein. ↑↓ wählt aus, Enter öffnet, Esc schließt.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more to narrow them.</source>
        <translation>Die ersten %1 Treffer; geben Sie mehr ein, um sie einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es).</source>
        <translation>
            <numerusform>%Ln Treffer.</numerusform>
            <numerusform>%Ln Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A location: %1 is the city, %2 the country.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonStatusDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>%1 will not be able to use any of the platform&apos;s services until the suspension ends.</source>
        <translation>%1 kann bis zum Ende der Sperre keinen der Dienste der Plattform nutzen.</translation>
    </message>
    <message>
        <source>%1 will be able to use the platform&apos;s services again.</source>
        <translation>%1 kann die Dienste der Plattform wieder nutzen.</translation>
    </message>
    <message>
        <source>Required; the person&apos;s history shows it to every operator.</source>
        <translation>Pflichtfeld; der Verlauf der Person zeigt sie jedem Operator.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Until reinstated</source>
        <translation>Bis zur Entsperrung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Lasts until an operator reinstates them.</source>
        <translation>Gilt, bis ein Operator die Person entsperrt.</translation>
    </message>
    <message>
        <source>Ends about %1.</source>
        <translation>Endet etwa am %1.</translation>
    </message>
</context>
<context>
    <name>Steward::People::PersonView</name>
    <message>
        <source>Person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Person ID:</source>
        <translation>Personen-ID:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Alter:</translation>
    </message>
    <message>
        <source>Terms of service:</source>
        <translation>Nutzungsbedingungen:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Roles across services</source>
        <translation>Rollen in allen Diensten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else before your decision was saved. Nothing was changed; the view now shows their latest state.</source>
        <translation>%1 wurde von jemand anderem geändert, bevor Ihre Entscheidung gespeichert wurde. Es wurde nichts geändert; die Ansicht zeigt jetzt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — person #%2</source>
        <translation>%1 — Person #%2</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A location: %1 is the city, %2 the country.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht akzeptiert</translation>
    </message>
    <message>
        <source>Until reinstated</source>
        <translation>Bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Dater — dating</source>
        <translation>Dater — Dating</translation>
    </message>
    <message>
        <source>Creator — agent marketplace</source>
        <translation>Creator — Agenten-Marktplatz</translation>
    </message>
    <message>
        <source>Buyer — marketplace and shops</source>
        <translation>Käufer — Marktplatz und Shops</translation>
    </message>
    <message>
        <source>Vendor — commerce</source>
        <translation>Verkäufer — Handel</translation>
    </message>
    <message>
        <source>Driver — rides</source>
        <translation>Fahrer — Fahrdienste</translation>
    </message>
    <message>
        <source>Host — stays</source>
        <translation>Gastgeber — Unterkünfte</translation>
    </message>
    <message>
        <source>Advertiser — ads</source>
        <translation>Werbetreibender — Werbung</translation>
    </message>
    <message>
        <source>Traveler — crowdshipping</source>
        <translation>Reisender — Crowdshipping</translation>
    </message>
    <message>
        <source>Sender — crowdshipping</source>
        <translation>Absender — Crowdshipping</translation>
    </message>
    <message>
        <source>DAO member</source>
        <translation>DAO-Mitglied</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <source>No roles in any service.</source>
        <translation>In keinem Dienst eine Rolle.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>No operator has acted on this person.</source>
        <translation>Bisher hat kein Operator Maßnahmen zu dieser Person ergriffen.</translation>
    </message>
    <message>
        <source>Only active people can be suspended.</source>
        <translation>Nur aktive Personen können gesperrt werden.</translation>
    </message>
    <message>
        <source>Only suspended people can be reinstated.</source>
        <translation>Nur gesperrte Personen können entsperrt werden.</translation>
    </message>
    <message>
        <source>This person could not be loaded</source>
        <translation>Diese Person konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>Steward::People::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Dauerhaft gesperrt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 is the first name, %2 the last name.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::AboutDialog</name>
    <message>
        <source>About Steward</source>
        <translation>Über Steward</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <translation>Steward %1</translation>
    </message>
    <message>
        <source>The operations console for the platform&apos;s staff: support, moderation, finance and administration.</source>
        <translation>Die Betriebskonsole für die Mitarbeitenden der Plattform: Support, Moderation, Finanzen und Administration.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Steward is proprietary software for the platform&apos;s staff. It uses Qt (LGPLv3), OpenSSL (Apache 2.0), QtKeychain (BSD) and libqrencode (LGPLv2.1).</source>
        <translation>Steward ist proprietäre Software für die Mitarbeitenden der Plattform. Es verwendet Qt (LGPLv3), OpenSSL (Apache 2.0), QtKeychain (BSD) und libqrencode (LGPLv2.1).</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::AccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>With two-factor authentication, logging in also asks for a six-digit code from an authenticator app on your phone (for example Aegis, FreeOTP or Google Authenticator).

Setting it up again replaces the authenticator you enrolled before.</source>
        <translation>Mit Zwei-Faktor-Authentifizierung wird bei der Anmeldung zusätzlich ein sechsstelliger Code aus einer Authenticator-App auf Ihrem Telefon abgefragt (zum Beispiel Aegis, FreeOTP oder Google Authenticator).

Eine erneute Einrichtung ersetzt den zuvor eingerichteten Authenticator.</translation>
    </message>
    <message>
        <source>Set up two-factor authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung einrichten…</translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation>1. Scannen Sie diesen Code mit Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key instead:</source>
        <translation>Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel ein:</translation>
    </message>
    <message>
        <source>2. Enter the code the app shows now:</source>
        <translation>2. Geben Sie den Code ein, den die App jetzt anzeigt:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Ihr Passwort wurde geändert. Verwenden Sie ab jetzt das neue.</translation>
    </message>
    <message>
        <source>Preparing a new secret…</source>
        <translation>Neuer geheimer Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The QR code could not be drawn; enter the key below by hand.</source>
        <translation>Der QR-Code konnte nicht dargestellt werden; geben Sie den Schlüssel unten von Hand ein.</translation>
    </message>
    <message>
        <source>Enter the code your authenticator app shows.</source>
        <translation>Geben Sie den Code ein, den Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. Steward will ask for a code from your authenticator app at every login.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist aktiviert. Steward fragt bei jeder Anmeldung nach einem Code aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not changed.</source>
        <translation>Die Zwei-Faktor-Authentifizierung wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::ConsoleStartup</name>
    <message>
        <source>the database has no operators yet; create one with “stewardctl operator add” first</source>
        <translation>die Datenbank enthält noch keine Operatoren; legen Sie zuerst einen mit „stewardctl operator add“ an</translation>
    </message>
    <message>
        <source>The administrator %1 was created. Log in to continue.</source>
        <translation>Der Administrator %1 wurde angelegt. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your remembered login could not be read from the system keychain (%1). Log in again.</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your remembered login can no longer be used: %1. Log in again.</source>
        <translation>Ihre gespeicherte Anmeldung kann nicht mehr verwendet werden: %1. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>You were logged out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <source>Steward cannot start</source>
        <translation>Steward kann nicht starten</translation>
    </message>
    <message>
        <source>Steward cannot use the database %1.</source>
        <translation>Steward kann die Datenbank %1 nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::DemoDataLoader</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Steward::Shell::FirstRunDialog</name>
    <message>
        <source>Welcome to Steward</source>
        <translation>Willkommen bei Steward</translation>
    </message>
    <message>
        <source>This database has no operators yet. Create the first administrator: they can then add the other operators.</source>
        <translation>Diese Datenbank enthält noch keine Operatoren. Legen Sie den ersten Administrator an; dieser kann dann die weiteren Operatoren hinzufügen.</translation>
    </message>
    <message>
        <source>e.g. jdoe</source>
        <translation>z. B. jdoe</translation>
    </message>
    <message>
        <source>Defaults to the username</source>
        <translation>Standardmäßig der Benutzername</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Fills the database with a small, made-up platform (users, orders, rides, payouts…) to try Steward out. Do not use it on a production database.</source>
        <translation>Füllt die Datenbank mit einer kleinen, erfundenen Plattform (Nutzer, Bestellungen, Fahrten, Auszahlungen…), um Steward auszuprobieren. Nicht auf einer Produktionsdatenbank verwenden.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Administrator wird angelegt…</translation>
    </message>
    <message>
        <source>Loading demonstration data…</source>
        <translation>Demodaten werden geladen…</translation>
    </message>
    <message>
        <source>Preparing demonstration data…</source>
        <translation>Demodaten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Writing %1… (%2 of %3 rows)</source>
        <translation>%1 wird geschrieben… (%2 von %3 Zeilen)</translation>
    </message>
    <message>
        <source>Demonstration data loaded: %1.</source>
        <translation>Demodaten geladen: %1.</translation>
    </message>
    <message>
        <source>Loading demonstration data was cancelled. The part already written stays in the database; to load it again, start over with an empty database.</source>
        <translation>Das Laden der Demodaten wurde abgebrochen. Der bereits geschriebene Teil bleibt in der Datenbank; um die Demodaten erneut zu laden, beginnen Sie mit einer leeren Datenbank neu.</translation>
    </message>
    <message>
        <source>Demonstration data could not be loaded: %1</source>
        <translation>Die Demodaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Personal data stays locked until the platform&apos;s key is set up (%1).</source>
        <translation>Personenbezogene Daten bleiben gesperrt, bis der Schlüssel der Plattform eingerichtet ist (%1).</translation>
    </message>
    <message>
        <source>Demonstration data was not loaded: it holds personal data, which needs the platform&apos;s key (%1).</source>
        <translation>Die Demodaten wurden nicht geladen: Sie enthalten personenbezogene Daten, für die der Schlüssel der Plattform nötig ist (%1).</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::LockScreen</name>
    <message>
        <source>Steward is locked</source>
        <translation>Steward ist gesperrt</translation>
    </message>
    <message>
        <source>The console was locked while %1 was away. Enter your password to continue.</source>
        <translation>Die Konsole wurde gesperrt, während %1 abwesend war. Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::LoginDialog</name>
    <message>
        <source>Log in — Steward</source>
        <translation>Anmelden — Steward</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Log in to the operations console.</source>
        <translation>Melden Sie sich an der Betriebskonsole an.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps you logged in for 30 days. The login is kept in the system keychain; nothing secret is written to the settings.</source>
        <translation>Hält Sie 30 Tage lang angemeldet. Die Anmeldung wird im Schlüsselbund des Systems aufbewahrt; in die Einstellungen wird nichts Geheimes geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Two-factor code:</source>
        <translation>&amp;Zwei-Faktor-Code:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this operator. Enter the code from your authenticator app.</source>
        <translation>Für diesen Operator ist die Zwei-Faktor-Authentifizierung aktiviert. Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Login not remembered</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>You are logged in, but Steward cannot remember the login on this computer because the system keychain is not available. You will be asked to log in next time.

%1</source>
        <translation>Sie sind angemeldet, aber Steward kann die Anmeldung auf diesem Computer nicht speichern, weil der Schlüsselbund des Systems nicht verfügbar ist. Beim nächsten Start müssen Sie sich erneut anmelden.

%1</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Your role (%1) has no pages in this console yet. Ask an administrator if you need access.</source>
        <translation>Für Ihre Rolle (%1) gibt es in dieser Konsole noch keine Seiten. Wenden Sie sich an einen Administrator, wenn Sie Zugriff benötigen.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mein &amp;Konto…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>Ü&amp;ber Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>The page “%1” could not be opened.</source>
        <translation>Die Seite „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The page “%1” could not be opened: %2</source>
        <translation>Die Seite „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Locked — Steward</source>
        <translation>Gesperrt — Steward</translation>
    </message>
    <message>
        <source>Forget remembered login</source>
        <translation>Gespeicherte Anmeldung löschen</translation>
    </message>
    <message>
        <source>Steward no longer uses the remembered login, but the system keychain entry could not be removed: %1</source>
        <translation>Steward verwendet die gespeicherte Anmeldung nicht mehr, aber der Eintrag im Schlüsselbund des Systems konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::OperatorLabel</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1 (system)</source>
        <translation>%1 (System)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Steward::Shell::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>sqlite:///path/to/steward.db or postgresql://user@host:5432/steward?sslmode=require. Leave empty for the embedded database.</source>
        <translation>sqlite:///pfad/zu/steward.db oder postgresql://user@host:5432/steward?sslmode=require. Leer lassen für die eingebettete Datenbank.</translation>
    </message>
    <message>
        <source>Steward connects to a new database the next time it starts. Leave the field empty for the embedded database; --database and STEWARD_DATABASE_URL take precedence.</source>
        <translation>Steward verbindet sich beim nächsten Start mit einer neuen Datenbank. Lassen Sie das Feld für die eingebettete Datenbank leer; --database und STEWARD_DATABASE_URL haben Vorrang.</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Derzeit verwendet:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Steward starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Steward wirksam.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Forget remembered login</source>
        <translation>Gespeicherte Anmeldung löschen</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Sperre bei &amp;Inaktivität nach:</translation>
    </message>
    <message>
        <source>Remembered login:</source>
        <translation>Gespeicherte Anmeldung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1, on this computer</source>
        <translation>%1, auf diesem Computer</translation>
    </message>
    <message>
        <source>Leave the password out: settings are not a safe place for it. Put it in ~/.pgpass (or PGPASSFILE) instead.</source>
        <translation>Lassen Sie das Passwort weg: Die Einstellungen sind kein sicherer Ort dafür. Legen Sie es stattdessen in ~/.pgpass (oder PGPASSFILE) ab.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database: sqlite:///path/file.db or postgresql://user@host:port/db?sslmode=... (default: $STEWARD_DATABASE_URL, then the setting, then the embedded database).</source>
        <translation>Die Datenbank: sqlite:///pfad/datei.db oder postgresql://user@host:port/db?sslmode=... (Standard: $STEWARD_DATABASE_URL, dann die Einstellung, dann die eingebettete Datenbank).</translation>
    </message>
    <message>
        <source>Log in as $STEWARD_BENCH_USERNAME with $STEWARD_PASSWORD, print the start-up time once the main window is painted, and exit.</source>
        <translation>Als $STEWARD_BENCH_USERNAME mit $STEWARD_PASSWORD anmelden, die Startzeit ausgeben, sobald das Hauptfenster gezeichnet ist, und beenden.</translation>
    </message>
    <message>
        <source>Steward cannot start</source>
        <translation>Steward kann nicht starten</translation>
    </message>
    <message>
        <source>Steward, the operations console for the platform&apos;s staff.

The personal-data key comes from the OS keychain, or from the key file named by $STEWARD_KEY_FILE.</source>
        <translation>Steward, die Betriebskonsole für die Mitarbeitenden der Plattform.

Der Schlüssel für personenbezogene Daten stammt aus dem Schlüsselbund des Betriebssystems oder aus der Schlüsseldatei, die $STEWARD_KEY_FILE angibt.</translation>
    </message>
</context>
</TS>
