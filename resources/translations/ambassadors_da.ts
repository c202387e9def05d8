<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AmbassadorDialog</name>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;opped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ambassador course, autumn 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>43 59 10 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPR numbers or health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours logged: %1 on %2 shifts done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ambassador has been anonymised and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent no address, phone or e-mail is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is shown to the other ambassadors on printed rosters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact data is stored for the office only; printed rosters do not show the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language »%1« is not known. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbassadorLabels</name>
    <message>
        <source>Store and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbassadorSettingsDialog</name>
    <message>
        <source>Deadlines for ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact data of stopped ambassadors &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome visit &amp;due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines are the same on all the office&apos;s PCs. Contact data is deleted, and the name anonymised, the first time the program starts after the deadline; hours and counts stay for the reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbassadorsPage</name>
    <message>
        <source>&lt;h1&gt;Resident ambassadors&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
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
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ambassador…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the roster as filtered; phone numbers only for ambassadors who consented to share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;personal schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of the week&apos;s shifts for the notice board; phone numbers only with consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors on the selected shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors on the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ambassador…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&amp;celled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one, log hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register move-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;finished visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;everyone (also other languages and estates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give the visit to the chosen ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the visit go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;clined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent on the shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt;, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits are overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a welcome visit in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no language given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active ambassador in %1 speaks %2. Tick »Show everyone« to choose among all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact data of stopped ambassadors was deleted after the deadline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active ambassador in %1 speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active ambassadors in %2 speak %3; the least busy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator can approve a swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is created. Add ambassadors to it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the shift %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to swap the shift %2. Who takes it over? A coordinator approves the swap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swap is recorded and waits for a coordinator&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap approved: %1 takes the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move-in at %1 is registered; the welcome visit is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the welcome visit at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to swap with %1 – waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over from %1 (approved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseAmbassadorDialog</name>
    <message>
        <source>Choose ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ambassador in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>New shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <source>Register move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søparken 12, st. th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moving in on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome visit is due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (60 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
