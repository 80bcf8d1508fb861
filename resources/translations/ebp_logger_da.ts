<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AdminHomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/admin_home_screen.py" line="+35"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <location filename="../../ui/admin_home.ui" line="+13"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage users…</source>
        <translation>&amp;Administrér brugere…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisionsspor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcomes…</source>
        <translation>Res&amp;ultater…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hospital interfaces…</source>
        <translation>&amp;Hospitalsintegration…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Department and safety settings</source>
        <translation>Afdeling og sikkerhedsindstillinger</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/audit_viewer_dialog.py" line="+57"/>
        <location line="+274"/>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>CPR number or name</source>
        <translation>CPR-nummer eller navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All records</source>
        <translation>Alle registreringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views, prints and exports</source>
        <translation>Opslag, udskrifter og eksporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins and locks</source>
        <translation>Logins og låsninger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: user, action, field, value, reason</source>
        <translation>Filtrér: bruger, handling, felt, værdi, begrundelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>Ændringer (gammel → ny)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a row to see every field it changed.</source>
        <translation>Vælg en række for at se alle de felter, den ændrede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session #%1</source>
        <translation>Forløb nr. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All records (newest %1 rows)</source>
        <translation>Alle registreringer (de nyeste %1 rækker)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail cannot be shown.</source>
        <translation>Revisionssporet kan ikke vises.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 rows</source>
        <translation>%1 af %2 rækker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a CPR number or a name.</source>
        <translation>Skriv et CPR-nummer eller et navn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No patient matches.</source>
        <translation>Ingen patient passer til søgningen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Preparing the printable trail…</source>
        <translation>Forbereder udskrift af revisionssporet…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not printed: </source>
        <translation>Ikke udskrevet: </translation>
    </message>
</context>
<context>
    <name>BpCountdown</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/bp_countdown.py" line="+76"/>
        <source>Next blood pressure</source>
        <translation>Næste blodtryk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silence
{key}</source>
        <translation>Dæmp
{key}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Blood pressure due at {time}</source>
        <translation>Blodtryk skal måles kl. {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No blood pressure for the reading due at {time}</source>
        <translation>Intet blodtryk til målingen kl. {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not record: </source>
        <translation>Kunne ikke registreres: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not running</source>
        <translation>Kører ikke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next blood pressure in</source>
        <translation>Næste blodtryk om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due at {time}</source>
        <translation>kl. {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BLOOD PRESSURE OVERDUE</source>
        <translation>BLODTRYK FORSINKET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was due at {time}</source>
        <translation>skulle være målt kl. {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} missed</source>
        <translation>{n} mangler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sound off</source>
        <translation>lyd slået fra</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/checklist_panel.py" line="+249"/>
        <source>Save the session details first; then answer the checklist.</source>
        <translation>Gem først forløbets oplysninger, og besvar derefter tjeklisten.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <location line="-144"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>type, then Enter</source>
        <translation>skriv, og tryk Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>dd.mm.åååå tt:mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save time</source>
        <translation>Gem tidspunkt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the date and time of the last dose, e.g. 27.11.2026 08:00.</source>
        <translation>Skriv dato og klokkeslæt for seneste dosis, fx 27.11.2026 08:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time is in the future. Enter when the last dose was taken.</source>
        <translation>Tidspunktet ligger i fremtiden. Angiv, hvornår sidste dosis blev taget.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/connection_indicator.py" line="+71"/>
        <source>Monitor: not connected (listener off)</source>
        <translation>Monitor: ikke forbundet (modtageren er slået fra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor: no message received</source>
        <translation>Monitor: ingen besked modtaget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor: last message {0} s ago</source>
        <translation>Monitor: sidste besked for {0} s siden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitor: last message at {0} ({1} ago)</source>
        <translation>Monitor: sidste besked kl. {0} (for {1} siden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor: silent since {0}; type the values</source>
        <translation>Monitor: tavs siden {0}; indtast værdierne</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/correction_dialog.py" line="+59"/>
        <source>Correct or void an entry</source>
        <translation>Ret eller ugyldiggør en registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void an entry</source>
        <translation>Ugyldiggør en registrering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a monitor value as artefact</source>
        <translation>Markér en monitorværdi som artefakt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}  {values}</source>
        <translation>{time}  {values}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The original stays in the record, struck through.</source>
        <translation>Den oprindelige registrering bliver stående i journalen, overstreget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the values</source>
        <translation>Ret værdierne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void: entered in error</source>
        <translation>Ugyldiggør: fejlregistrering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artefact: exclude from the chart</source>
        <translation>Artefakt: udelad af kurven</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why (required)</source>
        <translation>Begrundelse (skal udfyldes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BP (mmHg)</source>
        <translation>BT (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate (/min)</source>
        <translation>Puls (/min)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECG rhythm</source>
        <translation>EKG-rytme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (ml)</source>
        <translation>Mængde (ml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>Indstiksniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop reason</source>
        <translation>Stopårsag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give a reason</source>
        <translation>Angiv en begrundelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a short free text</source>
        <translation>en kort fritekst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed</source>
        <translation>Intet er ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a value, or choose Void</source>
        <translation>ret en værdi, eller vælg Ugyldiggør</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value cannot be emptied by a correction</source>
        <translation>En værdi kan ikke slettes ved en rettelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new value, or Void for the whole entry</source>
        <translation>en ny værdi, eller Ugyldiggør for hele registreringen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
</context>
<context>
    <name>DeviceListener</name>
    <message>
        <location filename="../../ebp_logger/gui/device_listener.py" line="+123"/>
        <source>The monitor listener could not start on {0}.</source>
        <translation>Monitormodtageren kunne ikke starte på {0}.</translation>
    </message>
</context>
<context>
    <name>EntriesTableModel</name>
    <message>
        <location filename="../../ebp_logger/gui/models/entries_table_model.py" line="+103"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Vitals</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BP {bp}</source>
        <translation>BT {bp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {v} %</source>
        <translation>SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {v}</source>
        <translation>Puls {v}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this PC</source>
        <translation>denne pc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper</source>
        <translation>papir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timer</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed</source>
        <translation>indtastet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>venter på afsendelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voided: {reason}</source>
        <translation>ugyldiggjort: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected (see below)</source>
        <translation>rettet (se nedenfor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artefact: {reason}</source>
        <translation>artefakt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correction: {reason}</source>
        <translation>rettelse: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>gældende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept on this PC {time} by {who}: the department server could not be reached. It is sent by itself, in order, when the server is back.</source>
        <translation>Registreret på denne pc {time} af {who}: afdelingsserveren kunne ikke nås. Den sendes af sig selv, i rækkefølge, når serveren er tilbage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded {time} by {who}</source>
        <translation>Registreret {time} af {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voided {time} by {who}: {reason}</source>
        <translation>Ugyldiggjort {time} af {who}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects an earlier entry: {reason}</source>
        <translation>Retter en tidligere registrering: {reason}</translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/event_bar.py" line="+89"/>
        <source>Level, e.g. L3–L4</source>
        <translation>Niveau, fx L3–L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interspace from T1–T2 to L5–S1, e.g. L3–L4</source>
        <translation>Et mellemrum fra T1–T2 til L5–S1, fx L3–L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note + Enter</source>
        <translation>Notat + Enter</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loss of resistance: type or pick the level, then Enter.</source>
        <translation>Tab af modstand: skriv eller vælg niveauet, og tryk Enter.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/first_run_screen.py" line="+41"/>
        <source>The records are kept on this PC only. A department whose procedure room, ward and clinic share the records uses its server instead.</source>
        <translation>Data gemmes kun på denne pc. En afdeling, hvis procedurestue, sengeafsnit og ambulatorium deler data, bruger i stedet sin server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use a &amp;department server…</source>
        <translation>Brug en af&amp;delingsserver…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Folder for backups</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the department&apos;s name.</source>
        <translation>Angiv afdelingens navn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>De to adgangskoder er forskellige. Skriv adgangskoden igen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+12"/>
        <source>Welcome to EBP Logger</source>
        <translation>Velkommen til EBP Logger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is new. Enter the department&apos;s details (they are printed on every record and discharge sheet), create the first administrator, and choose where backups go. The administrator then creates the other users.</source>
        <translation>Databasen er ny. Angiv afdelingens oplysninger (de står på alle procedurejournaler og udskrivelsesbreve), opret den første administrator, og vælg, hvor sikkerhedskopierne skal ligge. Administratoren opretter derefter de øvrige brugere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department name</source>
        <translation>Afdelingens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Department of Anaesthesiology</source>
        <translation>fx Anæstesiologisk Afdeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department address</source>
        <translation>Afdelingens adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department phone</source>
        <translation>Afdelingens telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number patients call after discharge</source>
        <translation>det nummer, patienterne ringer til efter udskrivelsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of the database is written here after each completed session and daily. Prefer a network drive or another disk.</source>
        <translation>Her gemmes en kopi af databasen efter hvert afsluttet forløb og dagligt. Vælg helst et netværksdrev eller en anden disk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fulde navn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s full name</source>
        <translation>Administratorens fulde navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s user name</source>
        <translation>Administratorens brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, . - _</source>
        <translation>bogstaver, tal, . - _</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s password</source>
        <translation>Administratorens adgangskode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the password</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Create and continue</source>
        <translation>&amp;Opret og fortsæt</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/follow_up_dialog.py" line="+55"/>
        <source>Follow-up after EBP</source>
        <translation>Opfølgning efter EBP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patch on {date}; follow-up due {start} – {end}.</source>
        <translation>Blodpatch den {date}; opfølgning {start} – {end}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before the patch: lying {lying}, standing {standing}.</source>
        <translation>Før blodpatchen: liggende {lying}, stående {standing}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headache lying (NRS 0–10, optional)</source>
        <translation>Hovedpine liggende (NRS 0–10, valgfri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache standing (NRS 0–10, optional)</source>
        <translation>Hovedpine stående (NRS 0–10, valgfri)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptoms came back after an initial effect</source>
        <translation>Symptomerne vendte tilbage efter en første effekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurrence</source>
        <translation>Recidiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact at</source>
        <translation>Kontakttidspunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation>Gem opfølgning</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Earliest repeat EBP: {date} (2 weeks after the last patch).</source>
        <translation>Tidligst ny EBP: {date} (2 uger efter seneste blodpatch).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the effect: none, temporary or lasting.</source>
        <translation>Vælg effekten: ingen, midlertidig eller varig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
</context>
<context>
    <name>FormattingText</name>
    <message>
        <location filename="../../ebp_logger/gui/formatting.py" line="+65"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (in %2)</source>
        <translation>%1 (om %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 over tid)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/home_screen.py" line="+91"/>
        <source>Seen</source>
        <translation>Observeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+12"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+14"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Warning signs</source>
        <translation>Advarselstegn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood</source>
        <translation>Blod</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Operator</source>
        <translation>Operatør</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bed</source>
        <translation>Seng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Skal tages</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not load the lists</source>
        <translation>Listerne kunne ikke hentes</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Warning signs not yet acknowledged (%n)</source>
        <translation>
            <numerusform>Advarselstegn uden kvittering (%n)</numerusform>
            <numerusform>Advarselstegn uden kvittering (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No patient is lying flat after an EBP.</source>
        <translation>Ingen patienter er i sengeleje efter EBP.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Patients lying flat: %n.</source>
        <translation>
            <numerusform>%n patient i sengeleje.</numerusform>
            <numerusform>%n patienter i sengeleje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>24-hour score due now: %n.</source>
        <translation>
            <numerusform>%n 24-timers score skal tages nu.</numerusform>
            <numerusform>%n 24-timers scorer skal tages nu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Acknowledge warning sign</source>
        <translation>Kvittér for advarselstegn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken (one line), e.g. patient seen, MRI ordered:</source>
        <translation>Iværksat handling (én linje), fx patienten set, MR bestilt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not acknowledged</source>
        <translation>Ikke kvitteret</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="+13"/>
        <source>Warning signs not yet acknowledged</source>
        <translation>Advarselstegn, der ikke er kvitteret for</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unacknowledged warning signs</source>
        <translation>Advarselstegn uden kvittering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvittér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have seen this warning sign and will act on it</source>
        <translation>Jeg har set advarselstegnet og handler på det</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find patient by CPR number or name</source>
        <translation>Find patient ud fra CPR-nummer eller navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number or name, then Enter</source>
        <translation>CPR-nummer eller navn, og tryk Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcomes…</source>
        <translation>Res&amp;ultater…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome overview for a period</source>
        <translation>Resultatoversigt for en periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Ny patient…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Sessions in progress</source>
        <translation>Igangværende forløb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter or double-click reopens a session where it was.</source>
        <translation>Enter eller dobbeltklik genåbner et forløb, hvor det slap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Today&apos;s sessions</source>
        <translation>Dagens forløb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lying flat (24 h supine rest)</source>
        <translation>Sengeleje (24 timer på ryggen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patients in supine rest</source>
        <translation>Patienter i sengeleje på ryggen</translation>
    </message>
</context>
<context>
    <name>InjectionPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/injection_panel.py" line="+69"/>
        <source>Injected volume</source>
        <translation>Injiceret volumen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type an amount in ml and press Enter ({key})</source>
        <translation>Skriv en mængde i ml, og tryk Enter ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ml  ⏎</source>
        <translation>Tilføj ml  ⏎</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>of {max} ml · {left} ml left</source>
        <translation>af {max} ml · {left} ml tilbage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Injection stopped: no more volume.</source>
        <translation>Injektionen er stoppet: der kan ikke gives mere.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type an amount in ml, e.g. 5 or 2,5.</source>
        <translation>Skriv en mængde i ml, fx 5 eller 2,5.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
</context>
<context>
    <name>InterfacesDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/interfaces_dialog.py" line="+55"/>
        <source>Hospital interfaces</source>
        <translation>Hospitalsintegration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procedure records for the hospital&apos;s record, newest first. A failed message waits here until it is resent; nothing is dropped.</source>
        <translation>Procedurejournaler til hospitalets patientjournal, nyeste først. En afvist besked venter her, til den sendes igen; intet går tabt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Tries</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Why made</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resend</source>
        <translation>Send &amp;igen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records out (MDM)</source>
        <translation>Journaler ud (MDM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control id</source>
        <translation>Kontrol-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients in (ADT)</source>
        <translation>Patienter ind (ADT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;efresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure ended</source>
        <translation>proceduren sluttede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record changed</source>
        <translation>notatet blev ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>indlæst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <translation>ignoreret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat</source>
        <translation>gentagelse</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Message %1 waits to be sent again.</source>
        <translation>Besked %1 venter på at blive sendt igen.</translation>
    </message>
</context>
<context>
    <name>LiveSupportText</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/live_support.py" line="+198"/>
        <source>Kept on this PC {time} (server unreachable)</source>
        <translation>Venter på denne pc {time} (serveren kan ikke nås)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>BP {bp}</source>
        <translation>BT {bp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR {v}</source>
        <translation>Puls {v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vitals</source>
        <translation>målinger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STOP: {reason}</source>
        <translation>STOP: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: {items}</source>
        <translation>Venter: {items}</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/lock_overlay.py" line="+42"/>
        <source>Locked by %1. Sign in to continue.</source>
        <translation>Låst af %1. Log ind for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_overlay.ui" line="+30"/>
        <source>Screen locked</source>
        <translation>Skærmen er låst</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock message</source>
        <translation>Besked om oplåsning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user may unlock with their own user name and password; the screen then continues as that user.</source>
        <translation>En anden bruger kan låse op med sit eget brugernavn og sin egen adgangskode; skærmen fortsætter så med den bruger.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ebp_logger/gui/main_window.py" line="+225"/>
        <source>The server refused %n entries kept on this PC; they stay in this PC&apos;s file. </source>
        <translation>
            <numerusform>Serveren afviste %n registrering fra denne pc; den bliver i pc&apos;ens fil. </numerusform>
            <numerusform>Serveren afviste %n registreringer fra denne pc; de bliver i pc&apos;ens fil. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The department server cannot be reached. The procedure screen keeps its entries on this PC and sends them when the server is back; elsewhere nothing can be saved until then, and what you type stays on the screen.</source>
        <translation>Afdelingsserveren kan ikke nås. Procedureskærmen holder sine registreringer på denne pc og sender dem, når serveren er tilbage; andre steder kan intet gemmes indtil da, og det indtastede bliver stående på skærmen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>READ-ONLY: nothing can be saved in this window.</source>
        <translation>KUN LÆSNING: intet kan gemmes i dette vindue.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… og %n problem mere.</numerusform>
            <numerusform>… og %n problemer mere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DEMO DATABASE (throw-away)</source>
        <translation>DEMODATABASE (slettes ved lukning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/main_window.ui" line="+6"/>
        <location line="+27"/>
        <source>EBP Logger</source>
        <translation>EBP Logger</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database cannot be read: </source>
        <translation>Databasen kan ikke læses: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database has no users and is read-only.</source>
        <translation>Databasen har ingen brugere og kan kun læses.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sign out during a procedure?</source>
        <translation>Log ud under en procedure?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A procedure screen is open. Signing out closes it; the session stays in progress and can be reopened from the start page. Sign out?</source>
        <translation>Et procedurebillede er åbent. Når du logger ud, lukkes det; forløbet fortsætter og kan genåbnes fra startsiden. Log ud?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/main_window.ui" line="+45"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay signed in</source>
        <translation>Forbliv logget ind</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The ward worklist</source>
        <translation>Afsnittets arbejdsliste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No start page for this role.</source>
        <translation>Der er ingen startside for denne rolle.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+97"/>
        <source>Could not open the session</source>
        <translation>Forløbet kunne ikke åbnes</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The outcome overview</source>
        <translation>Resultatoversigten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the set-up</source>
        <translation>Forberedelsen kunne ikke åbnes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the procedure</source>
        <translation>Proceduren kunne ikke åbnes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic backup failed</source>
        <translation>Automatisk sikkerhedskopi mislykkedes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>You have a session that was not finished:

%1 (CPR %2)
%3 since %4.</source>
        <translation>Du har et forløb, der ikke blev afsluttet:

%1 (CPR %2)
%3 siden %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter reopens it.</source>
        <translation>Enter genåbner det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen it where it was?</source>
        <translation>Genåbn det, hvor det slap?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other open sessions are listed under Sessions in progress.</source>
        <translation>Dine andre åbne forløb står under Igangværende forløb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unfinished session</source>
        <translation>Uafsluttet forløb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User admin</source>
        <translation>Brugeradministration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hospital interfaces</source>
        <translation>Hospitalsintegration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit viewer</source>
        <translation>Revisionssporet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A procedure is in progress: its timers and alarms keep running while locked.</source>
        <translation>En procedure er i gang: dens ure og alarmer kører videre, mens skærmen er låst.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-60"/>
        <source>Database warning</source>
        <translation>Databaseadvarsel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed-in user</source>
        <translation>Bruger, der er logget ind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Klokkeslæt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start page (Alt+Home)</source>
        <translation>Tilbage til startsiden (Alt+Home)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen now (Ctrl+L); timers keep running</source>
        <translation>Lås skærmen nu (Ctrl+L); urene kører videre</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../ebp_logger/gui/messages.py" line="+40"/>
        <source>Unexpected error: %1. Nothing was lost that had been shown as saved.</source>
        <translation>Uventet fejl: %1. Intet, der var vist som gemt, er gået tabt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/observation_dialog.py" line="+50"/>
        <source>Warning signs</source>
        <translation>Advarselstegn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Emergency signs: call the anaesthesiologist at once</source>
        <translation>Akutte tegn: tilkald straks anæstesiologen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to report (possible rebound high pressure)</source>
        <translation>Tegn, der skal meldes (mulig rebound intrakraniel hypertension)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you saw (optional with a sign ticked)</source>
        <translation>Hvad du så (valgfrit, når et tegn er afkrydset)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed at</source>
        <translation>Observeret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save observation</source>
        <translation>Gem observation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The anaesthesiologist will see these signs on the home screen until a doctor acknowledges them. Call the doctor as well if it is urgent.</source>
        <translation>Anæstesiologen ser tegnene på sin startside, indtil en læge har kvitteret for dem. Ring også til lægen, hvis det haster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sign ticked: a note alone raises no flag.</source>
        <translation>Intet tegn er afkrydset: et notat alene udløser ingen advarsel.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/outcome_screen.py" line="+79"/>
        <location line="+161"/>
        <source>Outcome overview</source>
        <translation>Resultatoversigt</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save PDF…</source>
        <translation>Gem PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry export…</source>
        <translation>Registereksport…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patches</source>
        <translation>Blodpatches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good response at 24 h</source>
        <translation>God respons efter 24 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not evaluable</source>
        <translation>Kan ikke vurderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good response at follow-up</source>
        <translation>God respons ved opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+224"/>
        <source>Literature (not a target)</source>
        <translation>Litteratur (ikke et mål)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Good response at 24 h, per group (%)</source>
        <translation>God respons efter 24 t, pr. gruppe (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+225"/>
        <source>This department</source>
        <translation>Denne afdeling</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Why the injection stopped</source>
        <translation>Hvorfor injektionen stoppede</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complications and warning signs</source>
        <translation>Komplikationer og advarselstegn</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Reading the patches…</source>
        <translation>Læser blodpatches…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled: the figures shown are not for this range.</source>
        <translation>Annulleret: de viste tal gælder ikke for denne periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the figures: </source>
        <translation>Tallene kunne ikke hentes: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 patients, %2 patches</source>
        <translation>%1 patienter, %2 blodpatches</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stop recorded</source>
        <translation>Intet stop registreret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patches with a complication</source>
        <translation>Blodpatches med komplikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patches with a warning sign</source>
        <translation>Blodpatches med advarselstegn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 af %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(%1 not yet followed up)</source>
        <translation>(%1 endnu ikke fulgt op)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>none evaluable</source>
        <translation>ingen kan vurderes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save outcome overview</source>
        <translation>Gem resultatoversigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PDF saved: %1</source>
        <translation>PDF gemt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF was not saved: %1</source>
        <translation>PDF-filen blev ikke gemt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry export written: %1</source>
        <translation>Registereksport skrevet: %1</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/patient_screen.py" line="+62"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operatør</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merged (ADT)</source>
        <translation>Sammenlagt (ADT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADT</source>
        <translation>ADT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed</source>
        <translation>Indtastet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter or double-click opens the patient.</source>
        <translation>Enter eller dobbeltklik åbner patienten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient matches “%1”. Register the patient on the right.</source>
        <translation>Ingen patient passer til »%1«. Registrér patienten til højre.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Register a patient</source>
        <translation>Registrér en patient</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/patient.ui" line="+157"/>
        <source>Re&amp;gister patient</source>
        <translation>Re&amp;gistrér patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date and sex appear when all 10 digits are typed.</source>
        <translation>Fødselsdato og køn vises, når alle 10 cifre er indtastet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 10 digits, with or without the dash.</source>
        <translation>Skriv de 10 cifre, med eller uden bindestreg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Born %1 (age %2) · %3</source>
        <translation>Født %1 (%2 år) · %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fails the modulus-11 check. Numbers issued since 2007 may; check it against the health card. You will be asked to confirm.</source>
        <translation>Opfylder ikke modulus 11-kontrollen. Det behøver CPR-numre udstedt siden 2007 ikke; kontrollér nummeret mod sundhedskortet. Du bliver bedt om at bekræfte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already registered: %1</source>
        <translation>Allerede registreret: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the registered patient</source>
        <translation>&amp;Åbn den registrerede patient</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Confirm the CPR number</source>
        <translation>Bekræft CPR-nummeret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register as typed</source>
        <translation>Registrér som indtastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and check</source>
        <translation>Gå tilbage og kontrollér</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not open the patient</source>
        <translation>Patienten kunne ikke åbnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/patient.ui" line="-137"/>
        <location line="+162"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPR %1 · born %2 (age %3) · %4</source>
        <translation>CPR %1 · født %2 (%3 år) · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the hospital&apos;s patient register (ADT).</source>
        <translation>Fra hospitalets patientregister (ADT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now at %1.</source>
        <translation>Er nu på %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR number confirmed by hand (fails the modulus-11 check).</source>
        <translation>CPR-nummeret er bekræftet manuelt (opfylder ikke modulus 11-kontrollen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into another patient by the hospital; the sessions are there.</source>
        <translation>Lagt sammen med en anden patient af hospitalet; forløbene er flyttet dertil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A session is open (%1): reopen it rather than starting another.</source>
        <translation>Et forløb er åbent (%1): genåbn det i stedet for at starte et nyt.</translation>
    </message>
    <message>
        <location filename="../../ui/patient.ui" line="-167"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Tilbage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find a patient</source>
        <translation>Find en patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find patient by CPR number or name</source>
        <translation>Find patient ud fra CPR-nummer eller navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number or name</source>
        <translation>CPR-nummer eller navn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patients found</source>
        <translation>Fundne patienter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register a new patient</source>
        <translation>&amp;Registrér en ny patient</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register a new patient</source>
        <translation>Registrér en ny patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR-nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the CPR</source>
        <translation>Ud fra CPR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birth date and sex from the CPR number</source>
        <translation>Fødselsdato og køn ud fra CPR-nummeret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient&apos;s full name</source>
        <translation>Patientens fulde navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>Spr&amp;og</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the discharge sheet</source>
        <translation>Udskrivelsesbrevets sprog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration message</source>
        <translation>Besked om registreringen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Earlier and current EBP sessions</source>
        <translation>Tidligere og aktuelle EBP-forløb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient&apos;s EBP sessions</source>
        <translation>Patientens EBP-forløb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice for a new EBP</source>
        <translation>Råd om en ny EBP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;open the open session</source>
        <translation>Genåbn det åbne &amp;forløb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit trail…</source>
        <translation>Re&amp;visionsspor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to this patient&apos;s records: who, when, why, old and new</source>
        <translation>Alle ændringer i patientens data: hvem, hvornår, hvorfor, gammel og ny værdi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New &amp;EBP session…</source>
        <translation>Nyt &amp;EBP-forløb…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/pdf_preview_dialog.py" line="+110"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/procedure_screen.py" line="+187"/>
        <source>STOP injection  {key}</source>
        <translation>STOP injektion  {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End procedure…  {key}</source>
        <translation>Afslut procedure…  {key}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Correct…  {key}</source>
        <translation>Ret…  {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void…  {key}</source>
        <translation>Ugyldiggør…  {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artefact…</source>
        <translation>Artefakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a monitor value as artefact</source>
        <translation>Markér en monitorværdi som artefakt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Last BP</source>
        <translation>Sidste BT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR /min</source>
        <translation>Puls /min</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typed</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Elapsed</source>
        <translation>Forløbet tid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this screen; the procedure stays in progress.</source>
        <translation>Forlad skærmbilledet; proceduren fortsætter.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>attempt {n}</source>
        <translation>forsøg {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leak {level}</source>
        <translation>lækage {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since {time}</source>
        <translation>siden {time}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stopped {time} · {volume}
{why}</source>
        <translation>Stoppet {time} · {volume}
{why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This procedure is not in progress ({status}); nothing can be added.</source>
        <translation>Proceduren er ikke i gang ({status}); der kan ikke tilføjes noget.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Monitor: no values received</source>
        <translation>Monitor: ingen værdier modtaget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} s ago</source>
        <translation>for {n} s siden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} ago</source>
        <translation>for {t} siden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor: last value {time} ({ago})</source>
        <translation>Monitor: seneste værdi {time} ({ago})</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>The department server cannot be reached: %n entries are kept on this PC and sent, in order, when it is back. Keep working.</source>
        <translation>
            <numerusform>Afdelingsserveren kan ikke nås: %n registrering ligger på denne pc og sendes i rækkefølge, når den er tilbage. Arbejd videre.</numerusform>
            <numerusform>Afdelingsserveren kan ikke nås: %n registreringer ligger på denne pc og sendes i rækkefølge, når den er tilbage. Arbejd videre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>Ugyldiggør…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as artefact…</source>
        <translation>Markér som artefakt…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not read the database: {message}</source>
        <translation>Databasen kunne ikke læses: {message}</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../../ebp_logger/gui/prompts.py" line="+32"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ebp_logger/gui/translations.py" line="+36"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/quarantine_dialog.py" line="+43"/>
        <source>Monitor messages without a procedure</source>
        <translation>Monitorbeskeder uden procedure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These monitor messages matched no procedure in progress. Assign a message to the procedure of the patient it belongs to, or reject it with a reason. Nothing is deleted.</source>
        <translation>Disse monitorbeskeder passede ikke til nogen igangværende procedure. Tilknyt en besked til proceduren for den patient, den hører til, eller afvis den med en begrundelse. Intet slettes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient (PID-3)</source>
        <translation>Patient (PID-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed (PV1-3)</source>
        <translation>Seng (PV1-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is here</source>
        <translation>Hvorfor den er her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign to this procedure</source>
        <translation>Tilknyt til denne procedure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedure in progress:</source>
        <translation>Igangværende procedure:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. monitor of another bed</source>
        <translation>fx monitor ved en anden seng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason to reject:</source>
        <translation>Begrundelse for afvisning:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>HR {0}</source>
        <translation>Puls {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {0}%</source>
        <translation>SpO2 {0}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP {0}/{1}{2}</source>
        <translation>BT {0}/{1}{2}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it is here: {0}</source>
        <translation>Hvorfor den er her: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored {0} monitor value row(s) in {1}.</source>
        <translation>{0} række(r) med monitorværdier gemt i {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected; the message is kept with the reason.</source>
        <translation>Afvist; beskeden gemmes med begrundelsen.</translation>
    </message>
</context>
<context>
    <name>RegistryExportDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/registry_export_dialog.py" line="+40"/>
        <location line="+69"/>
        <location line="+16"/>
        <location line="+28"/>
        <source>Registry export</source>
        <translation>Registereksport</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>One row per patch with the guideline&apos;s registry items: sex, age, comorbidity, medication, symptom onset, possible cause, headache scores, imaging (Bern score), treatment and result, earlier illnesses.</source>
        <translation>Én række pr. blodpatch med referenceprogrammets registeroplysninger: køn, alder, komorbiditet, medicin, symptomdebut, mulig årsag, hovedpinescorer, billeddiagnostik (Bern-score), behandling og resultat, tidligere sygdomme.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (regneark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pseudonymise: leave out CPR number, name and birth date</source>
        <translation>Pseudonymisér: udelad CPR-nummer, navn og fødselsdato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the data dictionary (Markdown) beside the file</source>
        <translation>Skriv også databeskrivelsen (Markdown) ved siden af filen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Erstat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the patches…</source>
        <translation>Eksporterer blodpatches…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cancelled before the end</source>
        <translation>annulleret før afslutningen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: </source>
        <translation>Ikke eksporteret: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/score_dialog.py" line="+59"/>
        <source>Headache score</source>
        <translation>Hovedpinescore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Procedure ended {time}; lying flat for {span}.</source>
        <translation>Proceduren sluttede {time}; i sengeleje i {span}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>24-hour score (counts {low}–{high} h after the end)</source>
        <translation>24-timers score (tæller {low}–{high} timer efter afslutningen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra checkpoint during the rest</source>
        <translation>Ekstra kontrol under sengelejet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before the patch: lying {lying}, standing {standing} (taken {time}).</source>
        <translation>Før blodpatchen: liggende {lying}, stående {standing} (målt {time}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score was recorded before the patch: the change cannot be shown.</source>
        <translation>Der blev ikke registreret en score før blodpatchen: ændringen kan ikke vises.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache lying (NRS 0–10)</source>
        <translation>Hovedpine liggende (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache standing (NRS 0–10)</source>
        <translation>Hovedpine stående (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time taken</source>
        <translation>Målt kl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save score</source>
        <translation>Gem score</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The 24-hour score is already recorded.</source>
        <translation>24-timers scoren er allerede registreret.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not the 24-hour score</source>
        <translation>Ikke 24-timers scoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This score is taken {hours} h after the procedure ended. The 24-hour score counts only from {low} to {high} h after the end.

Save it as a score during the rest ({hours} h)? It will not count as the 24-hour score.</source>
        <translation>Denne score er taget {hours} timer efter, at proceduren sluttede. 24-timers scoren tæller kun fra {low} til {high} timer efter afslutningen.

Gem den som en score under hvilen ({hours} timer)? Den tæller ikke som 24-timers scoren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a score during the rest</source>
        <translation>Gem som score under hvilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: choose which score this is (24-hour score or during the rest).</source>
        <translation>Ikke gemt: vælg hvilken score det er (24-timers score eller under hvilen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: the time is outside the 24-hour window.</source>
        <translation>Ikke gemt: tidspunktet ligger uden for 24-timers vinduet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (at least 50 % lower)</source>
        <translation> (mindst 50 % lavere)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: less than a 50 % reduction</source>
        <translation>: under 50 % reduktion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/server_dialog.py" line="+38"/>
        <source>Department server</source>
        <translation>Afdelingsserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every PC of the department keeps its records on one PostgreSQL server. Enter what IT gave you, test the connection, then save.</source>
        <translation>Alle afdelingens pc&apos;er gemmer data på én PostgreSQL-server. Indtast oplysningerne fra IT, test forbindelsen, og gem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.hospital.local</source>
        <translation>fx db.hospital.local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and use this server</source>
        <translation>&amp;Gem og brug denne server</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details were changed while the server was tried: test again.</source>
        <translation>Oplysningerne blev ændret, mens serveren blev prøvet: test igen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answers and is ready. Save to use it on this PC.</source>
        <translation>Serveren svarer og er klar. Gem for at bruge den på denne pc.</translation>
    </message>
</context>
<context>
    <name>SessionSetupScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/session_setup_screen.py" line="+131"/>
        <source>e.g. T2–T3</source>
        <translation>fx T2–T3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headache</source>
        <translation>Hovedpine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompanying symptoms</source>
        <translation>Ledsagende symptomer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible trigger</source>
        <translation>Mulig udløsende årsag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 point)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>EBP no. %1 for this patient</source>
        <translation>EBP nr. %1 for denne patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral: consider referring the patient to a highly specialised centre before another non-targeted EBP.</source>
        <translation>Henvisning: overvej at henvise patienten til et højt specialiseret center før endnu en non-targeted EBP.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This session is no longer in set-up.</source>
        <translation>Forløbet er ikke længere under forberedelse.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Not recorded yet.</source>
        <translation>Ikke registreret endnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/session_setup.ui" line="+216"/>
        <source>Sa&amp;ve score</source>
        <translation>G&amp;em score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved %1: lying %2, standing %3</source>
        <translation>✓ Gemt %1: liggende %2, stående %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct score…</source>
        <translation>Ret score…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+79"/>
        <location line="+118"/>
        <source>Save the session details (step 1) first.</source>
        <translation>Gem først forløbets oplysninger (trin 1).</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>%1 is not a score: the scale runs from %2.</source>
        <translation>%1 er ikke en score: skalaen går fra %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter both scores, lying and standing (0–10).</source>
        <translation>Angiv begge scorer, liggende og stående (0–10).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct the baseline score</source>
        <translation>Ret scoren før proceduren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the score corrected?</source>
        <translation>Hvorfor rettes scoren?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved with the session details (step 1).</source>
        <translation>Gemt med forløbets oplysninger (trin 1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Symptoms saved.</source>
        <translation>✓ Symptomerne er gemt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bern score %1 of %3: %2</source>
        <translation>Bern-score %1 af %3: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ Bern score saved.</source>
        <translation>✓ Bern-scoren er gemt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../ui/session_setup.ui" line="-59"/>
        <source>&amp;Continue to the checklist</source>
        <translation>&amp;Fortsæt til tjeklisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;changes</source>
        <translation>Gem æ&amp;ndringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Details saved</source>
        <translation>✓ Oplysningerne er gemt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EBP session: set-up</source>
        <translation>EBP-forløb: forberedelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/session_setup.ui" line="-137"/>
        <source>New EBP session</source>
        <translation>Nyt EBP-forløb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step 1: choose the indication and patch type, then Continue.</source>
        <translation>Trin 1: vælg indikation og patchtype, og vælg derefter Fortsæt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Checklist complete: the procedure may start.</source>
        <translation>✓ Tjeklisten er udfyldt: proceduren kan begynde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headache score before the procedure is not recorded yet.</source>
        <translation>Hovedpinescoren før proceduren er ikke registreret endnu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklist: %1 of %2 questions answered.</source>
        <translation>Tjekliste: %1 af %2 spørgsmål besvaret.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No headache score before the procedure</source>
        <translation>Ingen hovedpinescore før proceduren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headache score lying and standing before the procedure is not recorded. It cannot be added once the procedure has started. Start anyway?</source>
        <translation>Hovedpinescoren liggende og stående før proceduren er ikke registreret. Den kan ikke tilføjes, når proceduren er startet. Start alligevel?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start without it</source>
        <translation>Start uden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it first</source>
        <translation>Registrér den først</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The procedure did not start</source>
        <translation>Proceduren blev ikke startet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abandon this session</source>
        <translation>Afbryd forløbet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is kept with the reason. Why is it abandoned?</source>
        <translation>Forløbet gemmes med begrundelsen. Hvorfor afbrydes det?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not abandoned</source>
        <translation>Ikke afbrudt</translation>
    </message>
    <message>
        <location filename="../../ui/session_setup.ui" line="-5"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Tilbage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abandon session…</source>
        <translation>Afbryd forløb…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1  Session</source>
        <translation>1  Forløb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indication</source>
        <translation>&amp;Indikation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Describe</source>
        <translation>Beskri&amp;v</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other indication, described</source>
        <translation>Anden indikation, beskrevet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Referred by</source>
        <translation>&amp;Henvist af</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referring neurologist</source>
        <translation>Henvisende neurolog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referring neurologist or department</source>
        <translation>henvisende neurolog eller afdeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Patch type</source>
        <translation>&amp;Patchtype</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patch type</source>
        <translation>Patchtype</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leak level</source>
        <translation>&amp;Lækageniveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leak level</source>
        <translation>Lækageniveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;oom / bed</source>
        <translation>&amp;Stue/seng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room or bed</source>
        <translation>Stue eller seng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; lets the monitor find this session</source>
        <translation>valgfrit; bruges af monitoren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attempt number</source>
        <translation>Forsøgsnummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Advice for this attempt</source>
        <translation>Råd til dette forsøg</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>3  Headache now (NRS 0–10)</source>
        <translation>3  Hovedpine nu (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lyin&amp;g</source>
        <translation>Li&amp;ggende</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Bern (&amp;MRI)</source>
        <translation>&amp;Bern (MR)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Headache lying, NRS 0 to 10</source>
        <translation>Hovedpine liggende, NRS 0 til 10</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tanding</source>
        <translation>St&amp;ående</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headache standing, NRS 0 to 10</source>
        <translation>Hovedpine stående, NRS 0 til 10</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Baseline score status</source>
        <translation>Status for scoren før proceduren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>2  Safety checklist</source>
        <translation>2  Sikkerhedstjekliste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Optional: diagnosis</source>
        <translation>Valgfrit: diagnostik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ymptoms</source>
        <translation>S&amp;ymptomer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symptoms: Space ticks the one selected</source>
        <translation>Symptomer: mellemrum afkrydser det valgte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save symptoms</source>
        <translation>Gem symptomer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bern score signs: Space ticks the one selected</source>
        <translation>Tegn til Bern-score: mellemrum afkrydser det valgte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bern score result</source>
        <translation>Resultat af Bern-score</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Bern score</source>
        <translation>Gem Bern-score</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What still blocks the start</source>
        <translation>Det, der stadig forhindrer start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start procedure ▶</source>
        <translation>Start proceduren ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the procedure (Ctrl+Enter)</source>
        <translation>Start proceduren (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/settings_panel.py" line="+148"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Gem indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the department settings</source>
        <translation>Gem afdelingens indstillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings message</source>
        <translation>Besked om indstillingerne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Not saved: %n setting(s) need a different value (marked in red).</source>
        <translation>
            <numerusform>Ikke gemt: %n indstilling skal have en anden værdi (markeret med rødt).</numerusform>
            <numerusform>Ikke gemt: %n indstillinger skal have en anden værdi (markeret med rødt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed.</source>
        <translation>Intet er ændret.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✓ Settings saved.</source>
        <translation>✓ Indstillingerne er gemt.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../ebp_logger/gui/settings_labels.py" line="+15"/>
        <source>Department name</source>
        <translation>Afdelingens navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department address</source>
        <translation>Afdelingens adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department phone</source>
        <translation>Afdelingens telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (image file)</source>
        <translation>Logo (billedfil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted patch: most blood</source>
        <translation>Målrettet patch: højst blod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted patch: most fibrin glue</source>
        <translation>Målrettet patch: højst fibrinlim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most in one injection</source>
        <translation>Højst i én injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 alert below</source>
        <translation>SpO2-advarsel under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate alert below</source>
        <translation>Pulsadvarsel under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate alert above</source>
        <translation>Pulsadvarsel over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic pressure alert below</source>
        <translation>Advarsel ved systolisk tryk under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm sound</source>
        <translation>Alarmlyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle</source>
        <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords before lockout</source>
        <translation>Forkerte adgangskoder før spærring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout lasts</source>
        <translation>Spærringen varer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept</source>
        <translation>Antal sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive monitor values</source>
        <translation>Modtag værdier fra monitorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept monitors on other computers</source>
        <translation>Modtag fra monitorer på andre computere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match monitor values by bed</source>
        <translation>Tilknyt monitorværdier efter seng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score checkpoints (hours after the patch)</source>
        <translation>Kontroller af score (timer efter patchen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a score as due soon</source>
        <translation>Vis en score som »snart« før tid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume limits</source>
        <translation>Volumengrænser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward and scores</source>
        <translation>Sengeafsnit og scorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in and lock</source>
        <translation>Log-ind og lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor listener (HL7)</source>
        <translation>Modtagelse fra monitorer (HL7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other settings</source>
        <translation>Andre indstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/sign_in_screen.py" line="+40"/>
        <source>Type your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking the database…</source>
        <translation>Kontrollerer databasen…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="+30"/>
        <source>EBP Logger</source>
        <translation>EBP Logger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in to document an epidural blood patch.</source>
        <translation>Log ind for at dokumentere en epidural blodpatch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>Adgangs&amp;kode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in message</source>
        <translation>Besked om login</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
</context>
<context>
    <name>StopReasonDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/stop_reason_dialog.py" line="+48"/>
        <source>Stop injection</source>
        <translation>Stop injektionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STOP at {time} with {volume} injected</source>
        <translation>STOP kl. {time} efter {volume} injiceret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why did the injection stop? Press its number.</source>
        <translation>Hvorfor stoppede injektionen? Tryk på tallet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description (needed for &apos;Other&apos;)</source>
        <translation>Beskrivelse (kræves ved »Anden årsag«)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record stop</source>
        <translation>Registrér stop</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose why the injection stopped (keys 1–9, 0).</source>
        <translation>Vælg, hvorfor injektionen stoppede (tasterne 1–9, 0).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not recorded: </source>
        <translation>Ikke registreret: </translation>
    </message>
</context>
<context>
    <name>StoreOpenerText</name>
    <message>
        <location filename="../../ebp_logger/gui/store_opener.py" line="+72"/>
        <location line="+31"/>
        <source>The database cannot be opened: </source>
        <translation>Databasen kan ikke åbnes: </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>EBP Logger is already open</source>
        <translation>EBP Logger er allerede åben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database read-only to look up records?</source>
        <translation>Åbn databasen, så den kun kan læses, for at slå op?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Åbn kun til læsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo database, thrown away on exit.
Users: doctor, nurse, admin
Password: %1</source>
        <translation>Demodatabase, slettes ved lukning.
Brugere: doctor, nurse, admin
Adgangskode: %1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/summary_screen.py" line="+55"/>
        <source>End of procedure: check, then confirm</source>
        <translation>Afslutning af proceduren: kontrollér, og bekræft derefter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total volume</source>
        <translation>Samlet volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because</source>
        <translation>Stopårsag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Indstiksniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Komplikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure</source>
        <translation>Blodtryk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vital signs</source>
        <translation>Vitale værdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supine rest</source>
        <translation>Sengeleje på ryggen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the procedure  Esc</source>
        <translation>Tilbage til proceduren  Esc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm end of procedure  Ctrl+Enter</source>
        <translation>Bekræft afslutning  Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not recorded: press STOP first</source>
        <translation>Ikke registreret: tryk først på STOP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at {time}</source>
        <translation>kl. {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{minutes} min  ({start} – {end})</source>
        <translation>{minutes} min  ({start} – {end})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lying flat for 24 h after confirming: until {time} on {date}</source>
        <translation>Sengeleje i 24 timer efter bekræftelse: til kl. {time} den {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Procedure ended; supine rest started.</source>
        <translation>Proceduren er afsluttet; sengeleje på ryggen er begyndt.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n måling</numerusform>
            <numerusform>%n målinger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} 5-minute reading(s) missed</source>
        <translation>{n} 5-minutters måling(er) mangler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lowest systolic {s}, diastolic {d}, mean {m}</source>
        <translation>laveste systolisk {s}, diastolisk {d}, middel {m}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (calculated)</source>
        <translation> (beregnet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lowest SpO2 {v} %</source>
        <translation>laveste SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR {v}</source>
        <translation>Puls {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {low}–{high}</source>
        <translation>Puls {low}–{high}</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/trend_plot.py" line="+151"/>
        <source>SpO2 % · HR /min · BP mmHg</source>
        <translation>SpO2 % · puls · BT mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Systolisk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolisk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Injected ml</source>
        <translation>Injiceret ml</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Injected ml (right)</source>
        <translation>Injiceret ml (højre akse)</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/user_admin_dialog.py" line="+44"/>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deactivated</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked until %1</source>
        <translation>låst til %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+81"/>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Reset the selected user&apos;s password</source>
        <translation>Nulstil den valgte brugers adgangskode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Repeat it</source>
        <translation>Gentag den</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create user</source>
        <translation>Opret bruger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name (shown on records)</source>
        <translation>Fulde navn (vises på registreringer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+36"/>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reset the password of %1</source>
        <translation>Nulstil adgangskoden for %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deactivate user</source>
        <translation>Deaktivér bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 deactivated? (The user is kept on every record.)</source>
        <translation>Hvorfor deaktiveres %1? (Brugeren bevares på alle registreringer.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivate user</source>
        <translation>Genaktivér bruger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let %1 sign in again?</source>
        <translation>Må %1 logge ind igen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deactivated.</source>
        <translation>%1 er deaktiveret.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kan logge ind igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New password set for %1.</source>
        <translation>Ny adgangskode er sat for %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 created.</source>
        <translation>%1 er oprettet.</translation>
    </message>
</context>
<context>
    <name>VitalsEntry</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/vitals_entry.py" line="+78"/>
        <source>sys/dia</source>
        <translation>sys/dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save vitals  ⏎</source>
        <translation>Gem værdier  ⏎</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys: S sinus, B bradycardia, T tachycardia, F atrial fibrillation, O other</source>
        <translation>Taster: S sinus, B bradykardi, T takykardi, F atrieflimren, O anden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BP (mmHg)</source>
        <translation>BT (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate (/min)</source>
        <translation>Puls (/min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECG rhythm (S/B/T/F/O)</source>
        <translation>EKG-rytme (S/B/T/F/O)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Type a blood pressure (e.g. 120/80) or another value.</source>
        <translation>Skriv et blodtryk (fx 120/80) eller en anden værdi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: correct the marked value.</source>
        <translation>Ikke gemt: ret den markerede værdi.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>systolic pressure</source>
        <translation>systolisk tryk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic pressure</source>
        <translation>diastolisk tryk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart rate</source>
        <translation>puls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {value} (usual range {low}–{high})</source>
        <translation>{name} {value} (sædvanligt område {low}–{high})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the values</source>
        <translation>Kontrollér værdierne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are outside plausible physiology:</source>
        <translation>Disse værdier ligger uden for det fysiologisk sandsynlige:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Were they measured like this? Confirmed values are kept and marked as confirmed in the audit trail.</source>
        <translation>Blev de målt sådan? Bekræftede værdier gemmes og markeres som bekræftede i revisionssporet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep, as measured</source>
        <translation>Behold, som målt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and correct</source>
        <translation>Tilbage og ret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: check the marked value.</source>
        <translation>Ikke gemt: kontrollér den markerede værdi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>BP {bp}</source>
        <translation>BT {bp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {v} %</source>
        <translation>SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {v}</source>
        <translation>Puls {v}</translation>
    </message>
</context>
<context>
    <name>WardText</name>
    <message>
        <location filename="../../ebp_logger/gui/ward_format.py" line="+27"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} t {m:02d} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>24-hour score recorded</source>
        <translation>24-timers score registreret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour score</source>
        <translation>24-timers score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint at {h:g} h</source>
        <translation>Kontrol efter {h:g} t</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Overdue {span} ({at})</source>
        <translation>Overskredet med {span} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now ({at})</source>
        <translation>Skal tages nu ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: in {span} ({at})</source>
        <translation>Snart: om {span} ({at})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {span} ({at})</source>
        <translation>Om {span} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{p} % lower</source>
        <translation>{p} % lavere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{p} % higher</source>
        <translation>{p} % højere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standing {b} → {a}</source>
        <translation>Stående {b} → {a}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>: good response</source>
        <translation>: god respons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: no change can be judged (standing score 0 before)</source>
        <translation>: ændringen kan ikke vurderes (stående score 0 før)</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../ebp_logger/gui/models/worklist_model.py" line="+41"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed</source>
        <translation>Seng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying flat (since)</source>
        <translation>Sengeleje (siden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next score</source>
        <translation>Næste score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Skal tages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change since before the patch</source>
        <translation>Ændring fra før blodpatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Advarselstegn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed: %1</source>
        <translation>mangler: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at %1 h: </source>
        <translation>efter %1 t: </translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/worklist_screen.py" line="+91"/>
        <source>Patients lying flat after an EBP</source>
        <translation>Patienter i sengeleje efter EBP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No patient is waiting for a headache score.</source>
        <translation>Ingen patienter venter på en hovedpinescore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter score…</source>
        <translation>Indtast score…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Warning signs…</source>
        <translation>Advarselstegn…</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>End rest / discharge…</source>
        <translation>Afslut sengeleje/udskrivelse…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch</source>
        <translation>Blodpatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up window</source>
        <translation>Opfølgningsperiode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record follow-up…</source>
        <translation>Registrér opfølgning…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not load the lists: </source>
        <translation>Listerne kunne ikke hentes: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Headache scores due (%n)</source>
        <translation>
            <numerusform>Hovedpinescore, der skal tages (%n)</numerusform>
            <numerusform>Hovedpinescorer, der skal tages (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>24-hour score done, still lying flat (%n)</source>
        <translation>
            <numerusform>24-timers score taget, stadig i sengeleje (%n)</numerusform>
            <numerusform>24-timers score taget, stadig i sengeleje (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Follow-up 2–4 weeks after the patch (%n)</source>
        <translation>
            <numerusform>Opfølgning 2–4 uger efter blodpatchen (%n)</numerusform>
            <numerusform>Opfølgning 2–4 uger efter blodpatchen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning signs not yet seen by a doctor: %1. The anaesthesiologist&apos;s home screen shows them until acknowledged.</source>
        <translation>Advarselstegn, som en læge endnu ikke har set: %1. Anæstesiologens startside viser dem, indtil der er kvitteret for dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not discharged: %1 has a warning sign no doctor has acknowledged. Call the anaesthesiologist, who ends the rest and records the action taken.</source>
        <translation>Ikke udskrevet: %1 har et advarselstegn, som ingen læge har kvitteret for. Tilkald anæstesiologen, som afslutter hvilen og registrerer den iværksatte handling.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the rest and discharge %1 now?</source>
        <translation>Afslut sengelejet, og udskriv %1 nu?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient has rested %1 of the %2 h: ending the rest early needs a reason.</source>
        <translation>Patienten har hvilet %1 af de %2 timer: en tidlig afslutning af hvilen kræver en begrundelse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour headache score has not been recorded yet. Record it first if you can.</source>
        <translation>24-timers hovedpinescoren er ikke registreret endnu. Registrér den først, hvis du kan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End rest / discharge</source>
        <translation>Afslut sengeleje/udskrivelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge</source>
        <translation>Udskriv patienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End rest early</source>
        <translation>Afslut hvilen før tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rested %1. Why is the rest ended early?</source>
        <translation>Hvilet %1. Hvorfor afsluttes hvilen før tid?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning sign not acknowledged</source>
        <translation>Advarselstegn uden kvittering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken for the warning sign (one line):</source>
        <translation>Iværksat handling for advarselstegnet (én linje):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: </source>
        <translation>Ikke gemt: </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Score saved.</source>
        <translation>Scoren er gemt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest ended; the patient is discharged.</source>
        <translation>Sengelejet er afsluttet; patienten er udskrevet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up saved.</source>
        <translation>Opfølgningen er gemt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Observation saved; the anaesthesiologist is alerted.</source>
        <translation>Observationen er gemt; anæstesiologen har fået besked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation saved.</source>
        <translation>Observationen er gemt.</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <location filename="../../ebp_logger/gui/report_actions.py" line="+100"/>
        <source>Discharge sheet</source>
        <translation>Udskrivelsesbrev</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Procedure record</source>
        <translation>Procedurejournal</translation>
    </message>
</context>
</TS>
