<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AuditTab</name>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit entries exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New named case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the resident&apos;s consent first. Only then may the name and contact details be stored. Never write a CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. store name and phone for follow-up on debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>The case for %1 is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is exported with %1 visits to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the case for %1 completely? The name, contact details and the notes of its visits are deleted on every PC. The anonymous visits stay in the statistics. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is erased; %1 visits were cleaned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 visits shown (more load as you scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 visits shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different visitors (with repeat code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits without repeat code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits with interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>The daily check last ran on this PC: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily check has not run on this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything whose deadline has passed, on every PC? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s check deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1 visits with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRowsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>&lt;h1&gt;Open advice&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a walk-in visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s &amp;estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. initials + birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Stored only as a keyed code, so the office can count repeat visits without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. helped with the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (advisers only; Shift+Enter for a new line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest visits&lt;/b&gt; (Enter opens a visit, Delete deletes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for the filtered visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named case may only be created when the resident has given consent. Record how (oral or written), when and what it covers. Names and contact details are deleted when the office&apos;s deadline has passed; you can also export or erase a case at the resident&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case with consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log visit on case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase completely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deletion deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines, in months after the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes are deleted after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named &amp;cases (name, contact) are deleted after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat c&amp;odes are deleted after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous visits (date, estate, topics, referral) are kept for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what is due &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every read of a note or a named case, every export and every deletion, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (File &gt; Switch user) to log visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1: notes and named cases are only for advisers and administrators, so they are hidden here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: visit %1 – %2. Ready for the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this visit? Its note is deleted too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open follow-ups, %2 overdue. Tick Done (or press Space) when one is handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
