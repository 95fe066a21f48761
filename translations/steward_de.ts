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
        <translation>Gebannt</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward, the operations console for the platform&apos;s staff.</source>
        <translation>Steward, die Betriebskonsole für die Mitarbeitenden der Plattform.</translation>
    </message>
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
</context>
</TS>
