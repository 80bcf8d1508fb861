<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AdminHomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/admin_home_screen.py" line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manage users…</source>
        <translation>&amp;Manage users…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcomes…</source>
        <translation>&amp;Outcomes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hospital interfaces…</source>
        <translation>&amp;Hospital interfaces…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Department and safety settings</source>
        <translation>Department and safety settings</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/audit_viewer_dialog.py" line="+57"/>
        <location line="+274"/>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>CPR number or name</source>
        <translation>CPR number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find patient</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views, prints and exports</source>
        <translation>Views, prints and exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins and locks</source>
        <translation>Sign-ins and locks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: user, action, field, value, reason</source>
        <translation>Filter: user, action, field, value, reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a row to see every field it changed.</source>
        <translation>Select a row to see every field it changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session #%1</source>
        <translation>Session #%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All records (newest %1 rows)</source>
        <translation>All records (newest %1 rows)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail cannot be shown.</source>
        <translation>The audit trail cannot be shown.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a CPR number or a name.</source>
        <translation>Type a CPR number or a name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No patient matches.</source>
        <translation>No patient matches.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Preparing the printable trail…</source>
        <translation>Preparing the printable trail…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not printed: </source>
        <translation>Not printed: </translation>
    </message>
</context>
<context>
    <name>BpCountdown</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/bp_countdown.py" line="+76"/>
        <source>Next blood pressure</source>
        <translation>Next blood pressure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silence
{key}</source>
        <translation>Silence
{key}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Blood pressure due at {time}</source>
        <translation>Blood pressure due at {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No blood pressure for the reading due at {time}</source>
        <translation>No blood pressure for the reading due at {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not record: </source>
        <translation>Could not record: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next blood pressure in</source>
        <translation>Next blood pressure in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due at {time}</source>
        <translation>due at {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BLOOD PRESSURE OVERDUE</source>
        <translation>BLOOD PRESSURE OVERDUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was due at {time}</source>
        <translation>was due at {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} missed</source>
        <translation>{n} missed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sound off</source>
        <translation>sound off</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/checklist_panel.py" line="+249"/>
        <source>Save the session details first; then answer the checklist.</source>
        <translation>Save the session details first; then answer the checklist.</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <location line="-144"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>type, then Enter</source>
        <translation>type, then Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>dd.mm.yyyy hh:mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save time</source>
        <translation>Save time</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the date and time of the last dose, e.g. 27.11.2026 08:00.</source>
        <translation>Type the date and time of the last dose, e.g. 27.11.2026 08:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time is in the future. Enter when the last dose was taken.</source>
        <translation>The time is in the future. Enter when the last dose was taken.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/connection_indicator.py" line="+71"/>
        <source>Monitor: not connected (listener off)</source>
        <translation>Monitor: not connected (listener off)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor: no message received</source>
        <translation>Monitor: no message received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor: last message {0} s ago</source>
        <translation>Monitor: last message {0} s ago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitor: last message at {0} ({1} ago)</source>
        <translation>Monitor: last message at {0} ({1} ago)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor: silent since {0}; type the values</source>
        <translation>Monitor: silent since {0}; type the values</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/correction_dialog.py" line="+59"/>
        <source>Correct or void an entry</source>
        <translation>Correct or void an entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void an entry</source>
        <translation>Void an entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a monitor value as artefact</source>
        <translation>Mark a monitor value as artefact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time}  {values}</source>
        <translation>{time}  {values}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The original stays in the record, struck through.</source>
        <translation>The original stays in the record, struck through.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the values</source>
        <translation>Correct the values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void: entered in error</source>
        <translation>Void: entered in error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artefact: exclude from the chart</source>
        <translation>Artefact: exclude from the chart</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why (required)</source>
        <translation>Why (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BP (mmHg)</source>
        <translation>BP (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate (/min)</source>
        <translation>Heart rate (/min)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECG rhythm</source>
        <translation>ECG rhythm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (ml)</source>
        <translation>Amount (ml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop reason</source>
        <translation>Stop reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give a reason</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a short free text</source>
        <translation>a short free text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a value, or choose Void</source>
        <translation>change a value, or choose Void</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value cannot be emptied by a correction</source>
        <translation>A value cannot be emptied by a correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new value, or Void for the whole entry</source>
        <translation>a new value, or Void for the whole entry</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>DeviceListener</name>
    <message>
        <location filename="../../ebp_logger/gui/device_listener.py" line="+123"/>
        <source>The monitor listener could not start on {0}.</source>
        <translation>The monitor listener could not start on {0}.</translation>
    </message>
</context>
<context>
    <name>EntriesTableModel</name>
    <message>
        <location filename="../../ebp_logger/gui/models/entries_table_model.py" line="+103"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Vitals</source>
        <translation>Vitals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BP {bp}</source>
        <translation>BP {bp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {v} %</source>
        <translation>SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {v}</source>
        <translation>HR {v}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this PC</source>
        <translation>this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voided: {reason}</source>
        <translation>voided: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected (see below)</source>
        <translation>corrected (see below)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artefact: {reason}</source>
        <translation>artefact: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correction: {reason}</source>
        <translation>correction: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept on this PC {time} by {who}: the department server could not be reached. It is sent by itself, in order, when the server is back.</source>
        <translation>Kept on this PC {time} by {who}: the department server could not be reached. It is sent by itself, in order, when the server is back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded {time} by {who}</source>
        <translation>Recorded {time} by {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voided {time} by {who}: {reason}</source>
        <translation>Voided {time} by {who}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrects an earlier entry: {reason}</source>
        <translation>Corrects an earlier entry: {reason}</translation>
    </message>
</context>
<context>
    <name>EventBar</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/event_bar.py" line="+89"/>
        <source>Level, e.g. L3–L4</source>
        <translation>Level, e.g. L3–L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interspace from T1–T2 to L5–S1, e.g. L3–L4</source>
        <translation>An interspace from T1–T2 to L5–S1, e.g. L3–L4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note + Enter</source>
        <translation>Note + Enter</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Loss of resistance: type or pick the level, then Enter.</source>
        <translation>Loss of resistance: type or pick the level, then Enter.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/first_run_screen.py" line="+41"/>
        <source>The records are kept on this PC only. A department whose procedure room, ward and clinic share the records uses its server instead.</source>
        <translation>The records are kept on this PC only. A department whose procedure room, ward and clinic share the records uses its server instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use a &amp;department server…</source>
        <translation>Use a &amp;department server…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Folder for backups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the department&apos;s name.</source>
        <translation>Enter the department&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ. Type the password again.</source>
        <translation>The two passwords differ. Type the password again.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+12"/>
        <source>Welcome to EBP Logger</source>
        <translation>Welcome to EBP Logger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is new. Enter the department&apos;s details (they are printed on every record and discharge sheet), create the first administrator, and choose where backups go. The administrator then creates the other users.</source>
        <translation>This database is new. Enter the department&apos;s details (they are printed on every record and discharge sheet), create the first administrator, and choose where backups go. The administrator then creates the other users.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Department of Anaesthesiology</source>
        <translation>e.g. Department of Anaesthesiology</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department address</source>
        <translation>Department address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department phone</source>
        <translation>Department phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number patients call after discharge</source>
        <translation>the number patients call after discharge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of the database is written here after each completed session and daily. Prefer a network drive or another disk.</source>
        <translation>A copy of the database is written here after each completed session and daily. Prefer a network drive or another disk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s full name</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits, . - _</source>
        <translation>letters, digits, . - _</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator&apos;s password</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Create and continue</source>
        <translation>&amp;Create and continue</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/follow_up_dialog.py" line="+55"/>
        <source>Follow-up after EBP</source>
        <translation>Follow-up after EBP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Patch on {date}; follow-up due {start} – {end}.</source>
        <translation>Patch on {date}; follow-up due {start} – {end}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before the patch: lying {lying}, standing {standing}.</source>
        <translation>Before the patch: lying {lying}, standing {standing}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headache lying (NRS 0–10, optional)</source>
        <translation>Headache lying (NRS 0–10, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache standing (NRS 0–10, optional)</source>
        <translation>Headache standing (NRS 0–10, optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptoms came back after an initial effect</source>
        <translation>Symptoms came back after an initial effect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact at</source>
        <translation>Contact at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation>Save follow-up</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Earliest repeat EBP: {date} (2 weeks after the last patch).</source>
        <translation>Earliest repeat EBP: {date} (2 weeks after the last patch).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the effect: none, temporary or lasting.</source>
        <translation>Choose the effect: none, temporary or lasting.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>FormattingText</name>
    <message>
        <location filename="../../ebp_logger/gui/formatting.py" line="+65"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 overdue)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/home_screen.py" line="+91"/>
        <source>Seen</source>
        <translation>Seen</translation>
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
        <translation>Warning signs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
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
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood</source>
        <translation>Blood</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not load the lists</source>
        <translation>Could not load the lists</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Warning signs not yet acknowledged (%n)</source>
        <translation>
            <numerusform>Warning signs not yet acknowledged (%n)</numerusform>
            <numerusform>Warning signs not yet acknowledged (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No patient is lying flat after an EBP.</source>
        <translation>No patient is lying flat after an EBP.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Patients lying flat: %n.</source>
        <translation>
            <numerusform>Patients lying flat: %n.</numerusform>
            <numerusform>Patients lying flat: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>24-hour score due now: %n.</source>
        <translation>
            <numerusform>24-hour score due now: %n.</numerusform>
            <numerusform>24-hour score due now: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Acknowledge warning sign</source>
        <translation>Acknowledge warning sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken (one line), e.g. patient seen, MRI ordered:</source>
        <translation>Action taken (one line), e.g. patient seen, MRI ordered:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not acknowledged</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/home.ui" line="+13"/>
        <source>Warning signs not yet acknowledged</source>
        <translation>Warning signs not yet acknowledged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unacknowledged warning signs</source>
        <translation>Unacknowledged warning signs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have seen this warning sign and will act on it</source>
        <translation>I have seen this warning sign and will act on it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find patient by CPR number or name</source>
        <translation>Find patient by CPR number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number or name, then Enter</source>
        <translation>CPR number or name, then Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcomes…</source>
        <translation>&amp;Outcomes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome overview for a period</source>
        <translation>Outcome overview for a period</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Sessions in progress</source>
        <translation>Sessions in progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter or double-click reopens a session where it was.</source>
        <translation>Enter or double-click reopens a session where it was.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Today&apos;s sessions</source>
        <translation>Today&apos;s sessions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lying flat (24 h supine rest)</source>
        <translation>Lying flat (24 h supine rest)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patients in supine rest</source>
        <translation>Patients in supine rest</translation>
    </message>
</context>
<context>
    <name>InjectionPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/injection_panel.py" line="+69"/>
        <source>Injected volume</source>
        <translation>Injected volume</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type an amount in ml and press Enter ({key})</source>
        <translation>Type an amount in ml and press Enter ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add ml  ⏎</source>
        <translation>Add ml  ⏎</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>of {max} ml · {left} ml left</source>
        <translation>of {max} ml · {left} ml left</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Injection stopped: no more volume.</source>
        <translation>Injection stopped: no more volume.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type an amount in ml, e.g. 5 or 2,5.</source>
        <translation>Type an amount in ml, e.g. 5 or 2,5.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>InterfacesDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/interfaces_dialog.py" line="+55"/>
        <source>Hospital interfaces</source>
        <translation>Hospital interfaces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procedure records for the hospital&apos;s record, newest first. A failed message waits here until it is resent; nothing is dropped.</source>
        <translation>Procedure records for the hospital&apos;s record, newest first. A failed message waits here until it is resent; nothing is dropped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
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
        <translation>Tries</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Why made</source>
        <translation>Why made</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resend</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records out (MDM)</source>
        <translation>Records out (MDM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control id</source>
        <translation>Control id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patients in (ADT)</source>
        <translation>Patients in (ADT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure ended</source>
        <translation>procedure ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record changed</source>
        <translation>record changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat</source>
        <translation>repeat</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Message %1 waits to be sent again.</source>
        <translation>Message %1 waits to be sent again.</translation>
    </message>
</context>
<context>
    <name>LiveSupportText</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/live_support.py" line="+198"/>
        <source>Kept on this PC {time} (server unreachable)</source>
        <translation>Kept on this PC {time} (server unreachable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>BP {bp}</source>
        <translation>BP {bp}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR {v}</source>
        <translation>HR {v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vitals</source>
        <translation>vitals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STOP: {reason}</source>
        <translation>STOP: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: {items}</source>
        <translation>Waiting: {items}</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/lock_overlay.py" line="+42"/>
        <source>Locked by %1. Sign in to continue.</source>
        <translation>Locked by %1. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_overlay.ui" line="+30"/>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock message</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user may unlock with their own user name and password; the screen then continues as that user.</source>
        <translation>Another user may unlock with their own user name and password; the screen then continues as that user.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ebp_logger/gui/main_window.py" line="+225"/>
        <source>The server refused %n entries kept on this PC; they stay in this PC&apos;s file. </source>
        <translation>
            <numerusform>The server refused %n entry kept on this PC; it stays in this PC&apos;s file. </numerusform>
            <numerusform>The server refused %n entries kept on this PC; they stay in this PC&apos;s file. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The department server cannot be reached. The procedure screen keeps its entries on this PC and sends them when the server is back; elsewhere nothing can be saved until then, and what you type stays on the screen.</source>
        <translation>The department server cannot be reached. The procedure screen keeps its entries on this PC and sends them when the server is back; elsewhere nothing can be saved until then, and what you type stays on the screen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>READ-ONLY: nothing can be saved in this window.</source>
        <translation>READ-ONLY: nothing can be saved in this window.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DEMO DATABASE (throw-away)</source>
        <translation>DEMO DATABASE (throw-away)</translation>
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
        <translation>The database cannot be read: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database has no users and is read-only.</source>
        <translation>This database has no users and is read-only.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sign out during a procedure?</source>
        <translation>Sign out during a procedure?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A procedure screen is open. Signing out closes it; the session stays in progress and can be reopened from the start page. Sign out?</source>
        <translation>A procedure screen is open. Signing out closes it; the session stays in progress and can be reopened from the start page. Sign out?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/main_window.ui" line="+45"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The ward worklist</source>
        <translation>The ward worklist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No start page for this role.</source>
        <translation>No start page for this role.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+97"/>
        <source>Could not open the session</source>
        <translation>Could not open the session</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The outcome overview</source>
        <translation>The outcome overview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the set-up</source>
        <translation>Could not open the set-up</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the procedure</source>
        <translation>Could not open the procedure</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>You have a session that was not finished:

%1 (CPR %2)
%3 since %4.</source>
        <translation>You have a session that was not finished:

%1 (CPR %2)
%3 since %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter reopens it.</source>
        <translation>Enter reopens it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen it where it was?</source>
        <translation>Reopen it where it was?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other open sessions are listed under Sessions in progress.</source>
        <translation>Your other open sessions are listed under Sessions in progress.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unfinished session</source>
        <translation>Unfinished session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User admin</source>
        <translation>User admin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hospital interfaces</source>
        <translation>Hospital interfaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit viewer</source>
        <translation>The audit viewer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A procedure is in progress: its timers and alarms keep running while locked.</source>
        <translation>A procedure is in progress: its timers and alarms keep running while locked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-60"/>
        <source>Database warning</source>
        <translation>Database warning</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed-in user</source>
        <translation>Signed-in user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start page (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen now (Ctrl+L); timers keep running</source>
        <translation>Lock the screen now (Ctrl+L); timers keep running</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../ebp_logger/gui/messages.py" line="+40"/>
        <source>Unexpected error: %1. Nothing was lost that had been shown as saved.</source>
        <translation>Unexpected error: %1. Nothing was lost that had been shown as saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/observation_dialog.py" line="+50"/>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Emergency signs: call the anaesthesiologist at once</source>
        <translation>Emergency signs: call the anaesthesiologist at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs to report (possible rebound high pressure)</source>
        <translation>Signs to report (possible rebound high pressure)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you saw (optional with a sign ticked)</source>
        <translation>What you saw (optional with a sign ticked)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed at</source>
        <translation>Observed at</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save observation</source>
        <translation>Save observation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The anaesthesiologist will see these signs on the home screen until a doctor acknowledges them. Call the doctor as well if it is urgent.</source>
        <translation>The anaesthesiologist will see these signs on the home screen until a doctor acknowledges them. Call the doctor as well if it is urgent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sign ticked: a note alone raises no flag.</source>
        <translation>No sign ticked: a note alone raises no flag.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/outcome_screen.py" line="+79"/>
        <location line="+161"/>
        <source>Outcome overview</source>
        <translation>Outcome overview</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry export…</source>
        <translation>Registry export…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good response at 24 h</source>
        <translation>Good response at 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not evaluable</source>
        <translation>Not evaluable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good response at follow-up</source>
        <translation>Good response at follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+224"/>
        <source>Literature (not a target)</source>
        <translation>Literature (not a target)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Good response at 24 h, per group (%)</source>
        <translation>Good response at 24 h, per group (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+225"/>
        <source>This department</source>
        <translation>This department</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Why the injection stopped</source>
        <translation>Why the injection stopped</translation>
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
        <translation>Complications and warning signs</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Reading the patches…</source>
        <translation>Reading the patches…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled: the figures shown are not for this range.</source>
        <translation>Cancelled: the figures shown are not for this range.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the figures: </source>
        <translation>Could not load the figures: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 patients, %2 patches</source>
        <translation>%1 patients, %2 patches</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stop recorded</source>
        <translation>No stop recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patches with a complication</source>
        <translation>Patches with a complication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patches with a warning sign</source>
        <translation>Patches with a warning sign</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(%1 not yet followed up)</source>
        <translation>(%1 not yet followed up)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>none evaluable</source>
        <translation>none evaluable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save outcome overview</source>
        <translation>Save outcome overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PDF saved: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry export written: %1</source>
        <translation>Registry export written: %1</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/patient_screen.py" line="+62"/>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merged (ADT)</source>
        <translation>Merged (ADT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADT</source>
        <translation>ADT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter or double-click opens the patient.</source>
        <translation>Enter or double-click opens the patient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No patient matches “%1”. Register the patient on the right.</source>
        <translation>No patient matches “%1”. Register the patient on the right.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Register a patient</source>
        <translation>Register a patient</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/patient.ui" line="+157"/>
        <source>Re&amp;gister patient</source>
        <translation>Re&amp;gister patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date and sex appear when all 10 digits are typed.</source>
        <translation>Birth date and sex appear when all 10 digits are typed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 10 digits, with or without the dash.</source>
        <translation>Type the 10 digits, with or without the dash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Born %1 (age %2) · %3</source>
        <translation>Born %1 (age %2) · %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fails the modulus-11 check. Numbers issued since 2007 may; check it against the health card. You will be asked to confirm.</source>
        <translation>Fails the modulus-11 check. Numbers issued since 2007 may; check it against the health card. You will be asked to confirm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already registered: %1</source>
        <translation>Already registered: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the registered patient</source>
        <translation>&amp;Open the registered patient</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Confirm the CPR number</source>
        <translation>Confirm the CPR number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register as typed</source>
        <translation>Register as typed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and check</source>
        <translation>Go back and check</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not open the patient</source>
        <translation>Could not open the patient</translation>
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
        <translation>CPR %1 · born %2 (age %3) · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the hospital&apos;s patient register (ADT).</source>
        <translation>From the hospital&apos;s patient register (ADT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now at %1.</source>
        <translation>Now at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR number confirmed by hand (fails the modulus-11 check).</source>
        <translation>CPR number confirmed by hand (fails the modulus-11 check).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into another patient by the hospital; the sessions are there.</source>
        <translation>Merged into another patient by the hospital; the sessions are there.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A session is open (%1): reopen it rather than starting another.</source>
        <translation>A session is open (%1): reopen it rather than starting another.</translation>
    </message>
    <message>
        <location filename="../../ui/patient.ui" line="-167"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find a patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find patient by CPR number or name</source>
        <translation>Find patient by CPR number or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number or name</source>
        <translation>CPR number or name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patients found</source>
        <translation>Patients found</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register a new patient</source>
        <translation>&amp;Register a new patient</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register a new patient</source>
        <translation>Register a new patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMYY-SSSS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the CPR</source>
        <translation>From the CPR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birth date and sex from the CPR number</source>
        <translation>Birth date and sex from the CPR number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient&apos;s full name</source>
        <translation>Patient&apos;s full name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the discharge sheet</source>
        <translation>Language of the discharge sheet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration message</source>
        <translation>Registration message</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Earlier and current EBP sessions</source>
        <translation>Earlier and current EBP sessions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The patient&apos;s EBP sessions</source>
        <translation>The patient&apos;s EBP sessions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice for a new EBP</source>
        <translation>Advice for a new EBP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;open the open session</source>
        <translation>Re&amp;open the open session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to this patient&apos;s records: who, when, why, old and new</source>
        <translation>Every change to this patient&apos;s records: who, when, why, old and new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New &amp;EBP session…</source>
        <translation>New &amp;EBP session…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/pdf_preview_dialog.py" line="+110"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/procedure_screen.py" line="+187"/>
        <source>STOP injection  {key}</source>
        <translation>STOP injection  {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End procedure…  {key}</source>
        <translation>End procedure…  {key}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Correct…  {key}</source>
        <translation>Correct…  {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void…  {key}</source>
        <translation>Void…  {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artefact…</source>
        <translation>Artefact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a monitor value as artefact</source>
        <translation>Mark a monitor value as artefact</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Last BP</source>
        <translation>Last BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR /min</source>
        <translation>HR /min</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this screen; the procedure stays in progress.</source>
        <translation>Leave this screen; the procedure stays in progress.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>attempt {n}</source>
        <translation>attempt {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leak {level}</source>
        <translation>leak {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>since {time}</source>
        <translation>since {time}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stopped {time} · {volume}
{why}</source>
        <translation>Stopped {time} · {volume}
{why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This procedure is not in progress ({status}); nothing can be added.</source>
        <translation>This procedure is not in progress ({status}); nothing can be added.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Monitor: no values received</source>
        <translation>Monitor: no values received</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} s ago</source>
        <translation>{n} s ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{t} ago</source>
        <translation>{t} ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor: last value {time} ({ago})</source>
        <translation>Monitor: last value {time} ({ago})</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>The department server cannot be reached: %n entries are kept on this PC and sent, in order, when it is back. Keep working.</source>
        <translation>
            <numerusform>The department server cannot be reached: %n entry is kept on this PC and sent, in order, when it is back. Keep working.</numerusform>
            <numerusform>The department server cannot be reached: %n entries are kept on this PC and sent, in order, when it is back. Keep working.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as artefact…</source>
        <translation>Mark as artefact…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not read the database: {message}</source>
        <translation>Could not read the database: {message}</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../../ebp_logger/gui/prompts.py" line="+32"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ebp_logger/gui/translations.py" line="+36"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/quarantine_dialog.py" line="+43"/>
        <source>Monitor messages without a procedure</source>
        <translation>Monitor messages without a procedure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These monitor messages matched no procedure in progress. Assign a message to the procedure of the patient it belongs to, or reject it with a reason. Nothing is deleted.</source>
        <translation>These monitor messages matched no procedure in progress. Assign a message to the procedure of the patient it belongs to, or reject it with a reason. Nothing is deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient (PID-3)</source>
        <translation>Patient (PID-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed (PV1-3)</source>
        <translation>Bed (PV1-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is here</source>
        <translation>Why it is here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign to this procedure</source>
        <translation>Assign to this procedure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedure in progress:</source>
        <translation>Procedure in progress:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. monitor of another bed</source>
        <translation>e.g. monitor of another bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason to reject:</source>
        <translation>Reason to reject:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>HR {0}</source>
        <translation>HR {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {0}%</source>
        <translation>SpO2 {0}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP {0}/{1}{2}</source>
        <translation>BP {0}/{1}{2}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it is here: {0}</source>
        <translation>Why it is here: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored {0} monitor value row(s) in {1}.</source>
        <translation>Stored {0} monitor value row(s) in {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rejected; the message is kept with the reason.</source>
        <translation>Rejected; the message is kept with the reason.</translation>
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
        <translation>Registry export</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>One row per patch with the guideline&apos;s registry items: sex, age, comorbidity, medication, symptom onset, possible cause, headache scores, imaging (Bern score), treatment and result, earlier illnesses.</source>
        <translation>One row per patch with the guideline&apos;s registry items: sex, age, comorbidity, medication, symptom onset, possible cause, headache scores, imaging (Bern score), treatment and result, earlier illnesses.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pseudonymise: leave out CPR number, name and birth date</source>
        <translation>Pseudonymise: leave out CPR number, name and birth date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the data dictionary (Markdown) beside the file</source>
        <translation>Also write the data dictionary (Markdown) beside the file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the patches…</source>
        <translation>Exporting the patches…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cancelled before the end</source>
        <translation>cancelled before the end</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: </source>
        <translation>Not exported: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
        <translation>Headache score</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Procedure ended {time}; lying flat for {span}.</source>
        <translation>Procedure ended {time}; lying flat for {span}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>24-hour score (counts {low}–{high} h after the end)</source>
        <translation>24-hour score (counts {low}–{high} h after the end)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra checkpoint during the rest</source>
        <translation>Extra checkpoint during the rest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before the patch: lying {lying}, standing {standing} (taken {time}).</source>
        <translation>Before the patch: lying {lying}, standing {standing} (taken {time}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score was recorded before the patch: the change cannot be shown.</source>
        <translation>No score was recorded before the patch: the change cannot be shown.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Headache lying (NRS 0–10)</source>
        <translation>Headache lying (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache standing (NRS 0–10)</source>
        <translation>Headache standing (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time taken</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save score</source>
        <translation>Save score</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The 24-hour score is already recorded.</source>
        <translation>The 24-hour score is already recorded.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not the 24-hour score</source>
        <translation>Not the 24-hour score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This score is taken {hours} h after the procedure ended. The 24-hour score counts only from {low} to {high} h after the end.

Save it as a score during the rest ({hours} h)? It will not count as the 24-hour score.</source>
        <translation>This score is taken {hours} h after the procedure ended. The 24-hour score counts only from {low} to {high} h after the end.

Save it as a score during the rest ({hours} h)? It will not count as the 24-hour score.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a score during the rest</source>
        <translation>Save as a score during the rest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: choose which score this is (24-hour score or during the rest).</source>
        <translation>Not saved: choose which score this is (24-hour score or during the rest).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: the time is outside the 24-hour window.</source>
        <translation>Not saved: the time is outside the 24-hour window.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (at least 50 % lower)</source>
        <translation> (at least 50 % lower)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: less than a 50 % reduction</source>
        <translation>: less than a 50 % reduction</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/server_dialog.py" line="+38"/>
        <source>Department server</source>
        <translation>Department server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every PC of the department keeps its records on one PostgreSQL server. Enter what IT gave you, test the connection, then save.</source>
        <translation>Every PC of the department keeps its records on one PostgreSQL server. Enter what IT gave you, test the connection, then save.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db.hospital.local</source>
        <translation>e.g. db.hospital.local</translation>
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
        <translation>&amp;User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and use this server</source>
        <translation>&amp;Save and use this server</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details were changed while the server was tried: test again.</source>
        <translation>The details were changed while the server was tried: test again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answers and is ready. Save to use it on this PC.</source>
        <translation>The server answers and is ready. Save to use it on this PC.</translation>
    </message>
</context>
<context>
    <name>SessionSetupScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/session_setup_screen.py" line="+131"/>
        <source>e.g. T2–T3</source>
        <translation>e.g. T2–T3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headache</source>
        <translation>Headache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accompanying symptoms</source>
        <translation>Accompanying symptoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible trigger</source>
        <translation>Possible trigger</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 points)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>EBP no. %1 for this patient</source>
        <translation>EBP no. %1 for this patient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral: consider referring the patient to a highly specialised centre before another non-targeted EBP.</source>
        <translation>Referral: consider referring the patient to a highly specialised centre before another non-targeted EBP.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This session is no longer in set-up.</source>
        <translation>This session is no longer in set-up.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/session_setup.ui" line="+216"/>
        <source>Sa&amp;ve score</source>
        <translation>Sa&amp;ve score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved %1: lying %2, standing %3</source>
        <translation>✓ Saved %1: lying %2, standing %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct score…</source>
        <translation>Correct score…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+79"/>
        <location line="+118"/>
        <source>Save the session details (step 1) first.</source>
        <translation>Save the session details (step 1) first.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>%1 is not a score: the scale runs from %2.</source>
        <translation>%1 is not a score: the scale runs from %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter both scores, lying and standing (0–10).</source>
        <translation>Enter both scores, lying and standing (0–10).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct the baseline score</source>
        <translation>Correct the baseline score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the score corrected?</source>
        <translation>Why is the score corrected?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved with the session details (step 1).</source>
        <translation>Saved with the session details (step 1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Symptoms saved.</source>
        <translation>✓ Symptoms saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bern score %1 of %3: %2</source>
        <translation>Bern score %1 of %3: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ Bern score saved.</source>
        <translation>✓ Bern score saved.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../ui/session_setup.ui" line="-59"/>
        <source>&amp;Continue to the checklist</source>
        <translation>&amp;Continue to the checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;changes</source>
        <translation>Save &amp;changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Details saved</source>
        <translation>✓ Details saved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EBP session: set-up</source>
        <translation>EBP session: set-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/session_setup.ui" line="-137"/>
        <source>New EBP session</source>
        <translation>New EBP session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step 1: choose the indication and patch type, then Continue.</source>
        <translation>Step 1: choose the indication and patch type, then Continue.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Checklist complete: the procedure may start.</source>
        <translation>✓ Checklist complete: the procedure may start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The headache score before the procedure is not recorded yet.</source>
        <translation>The headache score before the procedure is not recorded yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklist: %1 of %2 questions answered.</source>
        <translation>Checklist: %1 of %2 questions answered.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No headache score before the procedure</source>
        <translation>No headache score before the procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headache score lying and standing before the procedure is not recorded. It cannot be added once the procedure has started. Start anyway?</source>
        <translation>The headache score lying and standing before the procedure is not recorded. It cannot be added once the procedure has started. Start anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start without it</source>
        <translation>Start without it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record it first</source>
        <translation>Record it first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The procedure did not start</source>
        <translation>The procedure did not start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abandon this session</source>
        <translation>Abandon this session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is kept with the reason. Why is it abandoned?</source>
        <translation>The session is kept with the reason. Why is it abandoned?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not abandoned</source>
        <translation>Not abandoned</translation>
    </message>
    <message>
        <location filename="../../ui/session_setup.ui" line="-5"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abandon session…</source>
        <translation>Abandon session…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1  Session</source>
        <translation>1  Session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Indication</source>
        <translation>&amp;Indication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Describe</source>
        <translation>&amp;Describe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other indication, described</source>
        <translation>Other indication, described</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Referred by</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referring neurologist</source>
        <translation>Referring neurologist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referring neurologist or department</source>
        <translation>referring neurologist or department</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Patch type</source>
        <translation>&amp;Patch type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patch type</source>
        <translation>Patch type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Leak level</source>
        <translation>&amp;Leak level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leak level</source>
        <translation>Leak level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;oom / bed</source>
        <translation>R&amp;oom / bed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room or bed</source>
        <translation>Room or bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; lets the monitor find this session</source>
        <translation>optional; lets the monitor find this session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attempt number</source>
        <translation>Attempt number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Advice for this attempt</source>
        <translation>Advice for this attempt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>3  Headache now (NRS 0–10)</source>
        <translation>3  Headache now (NRS 0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lyin&amp;g</source>
        <translation>Lyin&amp;g</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Bern (&amp;MRI)</source>
        <translation>Bern (&amp;MRI)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Headache lying, NRS 0 to 10</source>
        <translation>Headache lying, NRS 0 to 10</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tanding</source>
        <translation>S&amp;tanding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headache standing, NRS 0 to 10</source>
        <translation>Headache standing, NRS 0 to 10</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Baseline score status</source>
        <translation>Baseline score status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>2  Safety checklist</source>
        <translation>2  Safety checklist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Optional: diagnosis</source>
        <translation>Optional: diagnosis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ymptoms</source>
        <translation>S&amp;ymptoms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symptoms: Space ticks the one selected</source>
        <translation>Symptoms: Space ticks the one selected</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save symptoms</source>
        <translation>Save symptoms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bern score signs: Space ticks the one selected</source>
        <translation>Bern score signs: Space ticks the one selected</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bern score result</source>
        <translation>Bern score result</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Bern score</source>
        <translation>Save Bern score</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What still blocks the start</source>
        <translation>What still blocks the start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start procedure ▶</source>
        <translation>Start procedure ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the procedure (Ctrl+Enter)</source>
        <translation>Start the procedure (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/settings_panel.py" line="+148"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the department settings</source>
        <translation>Save the department settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings message</source>
        <translation>Settings message</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Not saved: %n setting(s) need a different value (marked in red).</source>
        <translation>
            <numerusform>Not saved: %n setting needs a different value (marked in red).</numerusform>
            <numerusform>Not saved: %n settings need a different value (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✓ Settings saved.</source>
        <translation>✓ Settings saved.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../ebp_logger/gui/settings_labels.py" line="+15"/>
        <source>Department name</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department address</source>
        <translation>Department address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department phone</source>
        <translation>Department phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo (image file)</source>
        <translation>Logo (image file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted patch: most blood</source>
        <translation>Targeted patch: most blood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted patch: most fibrin glue</source>
        <translation>Targeted patch: most fibrin glue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most in one injection</source>
        <translation>Most in one injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 alert below</source>
        <translation>SpO2 alert below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate alert below</source>
        <translation>Heart rate alert below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate alert above</source>
        <translation>Heart rate alert above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic pressure alert below</source>
        <translation>Systolic pressure alert below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm sound</source>
        <translation>Alarm sound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords before lockout</source>
        <translation>Wrong passwords before lockout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockout lasts</source>
        <translation>Lockout lasts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive monitor values</source>
        <translation>Receive monitor values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener port</source>
        <translation>Listener port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept monitors on other computers</source>
        <translation>Accept monitors on other computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match monitor values by bed</source>
        <translation>Match monitor values by bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score checkpoints (hours after the patch)</source>
        <translation>Score checkpoints (hours after the patch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a score as due soon</source>
        <translation>Show a score as due soon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume limits</source>
        <translation>Volume limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward and scores</source>
        <translation>Ward and scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in and lock</source>
        <translation>Sign-in and lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor listener (HL7)</source>
        <translation>Monitor listener (HL7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other settings</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/sign_in_screen.py" line="+40"/>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="+30"/>
        <source>EBP Logger</source>
        <translation>EBP Logger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in to document an epidural blood patch.</source>
        <translation>Sign in to document an epidural blood patch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StopReasonDialog</name>
    <message>
        <location filename="../../ebp_logger/gui/dialogs/stop_reason_dialog.py" line="+48"/>
        <source>Stop injection</source>
        <translation>Stop injection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STOP at {time} with {volume} injected</source>
        <translation>STOP at {time} with {volume} injected</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why did the injection stop? Press its number.</source>
        <translation>Why did the injection stop? Press its number.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description (needed for &apos;Other&apos;)</source>
        <translation>Description (needed for &apos;Other&apos;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record stop</source>
        <translation>Record stop</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose why the injection stopped (keys 1–9, 0).</source>
        <translation>Choose why the injection stopped (keys 1–9, 0).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not recorded: </source>
        <translation>Not recorded: </translation>
    </message>
</context>
<context>
    <name>StoreOpenerText</name>
    <message>
        <location filename="../../ebp_logger/gui/store_opener.py" line="+72"/>
        <location line="+31"/>
        <source>The database cannot be opened: </source>
        <translation>The database cannot be opened: </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>EBP Logger is already open</source>
        <translation>EBP Logger is already open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database read-only to look up records?</source>
        <translation>Open this database read-only to look up records?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo database, thrown away on exit.
Users: doctor, nurse, admin
Password: %1</source>
        <translation>Demo database, thrown away on exit.
Users: doctor, nurse, admin
Password: %1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/summary_screen.py" line="+55"/>
        <source>End of procedure: check, then confirm</source>
        <translation>End of procedure: check, then confirm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total volume</source>
        <translation>Total volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped because</source>
        <translation>Stopped because</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complications</source>
        <translation>Complications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vital signs</source>
        <translation>Vital signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supine rest</source>
        <translation>Supine rest</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Back to the procedure  Esc</source>
        <translation>Back to the procedure  Esc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm end of procedure  Ctrl+Enter</source>
        <translation>Confirm end of procedure  Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not recorded: press STOP first</source>
        <translation>Not recorded: press STOP first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{minutes} min  ({start} – {end})</source>
        <translation>{minutes} min  ({start} – {end})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lying flat for 24 h after confirming: until {time} on {date}</source>
        <translation>Lying flat for 24 h after confirming: until {time} on {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Procedure ended; supine rest started.</source>
        <translation>Procedure ended; supine rest started.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} 5-minute reading(s) missed</source>
        <translation>{n} 5-minute reading(s) missed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lowest systolic {s}, diastolic {d}, mean {m}</source>
        <translation>lowest systolic {s}, diastolic {d}, mean {m}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (calculated)</source>
        <translation> (calculated)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lowest SpO2 {v} %</source>
        <translation>lowest SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HR {v}</source>
        <translation>HR {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {low}–{high}</source>
        <translation>HR {low}–{high}</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <location filename="../../ebp_logger/gui/widgets/trend_plot.py" line="+151"/>
        <source>SpO2 % · HR /min · BP mmHg</source>
        <translation>SpO2 % · HR /min · BP mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>Systolic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>Diastolic</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Injected ml</source>
        <translation>Injected ml</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Injected ml (right)</source>
        <translation>Injected ml (right)</translation>
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
        <translation>Users</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+81"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Reset the selected user&apos;s password</source>
        <translation>Reset the selected user&apos;s password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name (shown on records)</source>
        <translation>Full name (shown on records)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+36"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 deactivated? (The user is kept on every record.)</source>
        <translation>Why is %1 deactivated? (The user is kept on every record.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reactivate user</source>
        <translation>Reactivate user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let %1 sign in again?</source>
        <translation>Let %1 sign in again?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 deactivated.</source>
        <translation>%1 deactivated.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 created.</source>
        <translation>%1 created.</translation>
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
        <translation>Save vitals  ⏎</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys: S sinus, B bradycardia, T tachycardia, F atrial fibrillation, O other</source>
        <translation>Keys: S sinus, B bradycardia, T tachycardia, F atrial fibrillation, O other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>BP (mmHg)</source>
        <translation>BP (mmHg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate (/min)</source>
        <translation>Heart rate (/min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECG rhythm (S/B/T/F/O)</source>
        <translation>ECG rhythm (S/B/T/F/O)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Type a blood pressure (e.g. 120/80) or another value.</source>
        <translation>Type a blood pressure (e.g. 120/80) or another value.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: correct the marked value.</source>
        <translation>Not saved: correct the marked value.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>systolic pressure</source>
        <translation>systolic pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic pressure</source>
        <translation>diastolic pressure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart rate</source>
        <translation>heart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {value} (usual range {low}–{high})</source>
        <translation>{name} {value} (usual range {low}–{high})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the values</source>
        <translation>Check the values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are outside plausible physiology:</source>
        <translation>These values are outside plausible physiology:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Were they measured like this? Confirmed values are kept and marked as confirmed in the audit trail.</source>
        <translation>Were they measured like this? Confirmed values are kept and marked as confirmed in the audit trail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep, as measured</source>
        <translation>Keep, as measured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and correct</source>
        <translation>Go back and correct</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: check the marked value.</source>
        <translation>Not saved: check the marked value.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>BP {bp}</source>
        <translation>BP {bp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpO2 {v} %</source>
        <translation>SpO2 {v} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HR {v}</source>
        <translation>HR {v}</translation>
    </message>
</context>
<context>
    <name>WardText</name>
    <message>
        <location filename="../../ebp_logger/gui/ward_format.py" line="+27"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>24-hour score recorded</source>
        <translation>24-hour score recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24-hour score</source>
        <translation>24-hour score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint at {h:g} h</source>
        <translation>Checkpoint at {h:g} h</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Overdue {span} ({at})</source>
        <translation>Overdue {span} ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now ({at})</source>
        <translation>Due now ({at})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: in {span} ({at})</source>
        <translation>Due soon: in {span} ({at})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {span} ({at})</source>
        <translation>In {span} ({at})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{p} % lower</source>
        <translation>{p} % lower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{p} % higher</source>
        <translation>{p} % higher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standing {b} → {a}</source>
        <translation>Standing {b} → {a}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>: good response</source>
        <translation>: good response</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: no change can be judged (standing score 0 before)</source>
        <translation>: no change can be judged (standing score 0 before)</translation>
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
        <translation>Bed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lying flat (since)</source>
        <translation>Lying flat (since)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next score</source>
        <translation>Next score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change since before the patch</source>
        <translation>Change since before the patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed: %1</source>
        <translation>missed: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at %1 h: </source>
        <translation>at %1 h: </translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../ebp_logger/gui/screens/worklist_screen.py" line="+91"/>
        <source>Patients lying flat after an EBP</source>
        <translation>Patients lying flat after an EBP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No patient is waiting for a headache score.</source>
        <translation>No patient is waiting for a headache score.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter score…</source>
        <translation>Enter score…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Warning signs…</source>
        <translation>Warning signs…</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>End rest / discharge…</source>
        <translation>End rest / discharge…</translation>
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
        <translation>Patch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up window</source>
        <translation>Follow-up window</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not load the lists: </source>
        <translation>Could not load the lists: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Headache scores due (%n)</source>
        <translation>
            <numerusform>Headache scores due (%n)</numerusform>
            <numerusform>Headache scores due (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>24-hour score done, still lying flat (%n)</source>
        <translation>
            <numerusform>24-hour score done, still lying flat (%n)</numerusform>
            <numerusform>24-hour score done, still lying flat (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Follow-up 2–4 weeks after the patch (%n)</source>
        <translation>
            <numerusform>Follow-up 2–4 weeks after the patch (%n)</numerusform>
            <numerusform>Follow-up 2–4 weeks after the patch (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning signs not yet seen by a doctor: %1. The anaesthesiologist&apos;s home screen shows them until acknowledged.</source>
        <translation>Warning signs not yet seen by a doctor: %1. The anaesthesiologist&apos;s home screen shows them until acknowledged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not discharged: %1 has a warning sign no doctor has acknowledged. Call the anaesthesiologist, who ends the rest and records the action taken.</source>
        <translation>Not discharged: %1 has a warning sign no doctor has acknowledged. Call the anaesthesiologist, who ends the rest and records the action taken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the rest and discharge %1 now?</source>
        <translation>End the rest and discharge %1 now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The patient has rested %1 of the %2 h: ending the rest early needs a reason.</source>
        <translation>The patient has rested %1 of the %2 h: ending the rest early needs a reason.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 24-hour headache score has not been recorded yet. Record it first if you can.</source>
        <translation>The 24-hour headache score has not been recorded yet. Record it first if you can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End rest / discharge</source>
        <translation>End rest / discharge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End rest early</source>
        <translation>End rest early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rested %1. Why is the rest ended early?</source>
        <translation>Rested %1. Why is the rest ended early?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning sign not acknowledged</source>
        <translation>Warning sign not acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken for the warning sign (one line):</source>
        <translation>Action taken for the warning sign (one line):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Score saved.</source>
        <translation>Score saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest ended; the patient is discharged.</source>
        <translation>Rest ended; the patient is discharged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up saved.</source>
        <translation>Follow-up saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Observation saved; the anaesthesiologist is alerted.</source>
        <translation>Observation saved; the anaesthesiologist is alerted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation saved.</source>
        <translation>Observation saved.</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <location filename="../../ebp_logger/gui/report_actions.py" line="+100"/>
        <source>Discharge sheet</source>
        <translation>Discharge sheet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Procedure record</source>
        <translation>Procedure record</translation>
    </message>
</context>
</TS>
