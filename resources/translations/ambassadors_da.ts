<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AmbassadorDialog</name>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Start&amp;dato:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>St&amp;opped:</source>
        <translation>St&amp;oppet:</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>&amp;Training course:</source>
        <translation>&amp;Uddannelse:</translation>
    </message>
    <message>
        <source>e.g. Ambassador course, autumn 2025</source>
        <translation>fx Ambassadøruddannelse, efterår 2025</translation>
    </message>
    <message>
        <source>Trained o&amp;n:</source>
        <translation>Uddannet de&amp;n:</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Uddannet den</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Sprog, ambassadøren taler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Contact data and consent</source>
        <translation>Kontaktoplysninger og samtykke</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Sa&amp;mtykke:</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Samtykke &amp;givet den:</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No CPR numbers or health information</source>
        <translation>Ingen cpr-numre eller helbredsoplysninger</translation>
    </message>
    <message>
        <source>Choose or type a language</source>
        <translation>Vælg eller skriv et sprog</translation>
    </message>
    <message>
        <source>New ambassador</source>
        <translation>Ny ambassadør</translation>
    </message>
    <message>
        <source>Ambassador: %1</source>
        <translation>Ambassadør: %1</translation>
    </message>
    <message>
        <source>Hours logged: %1 on %2 shifts done.</source>
        <translation>Registrerede timer: %1 på %2 udførte vagter.</translation>
    </message>
    <message>
        <source>This ambassador has been anonymised and cannot be changed.</source>
        <translation>Ambassadøren er anonymiseret og kan ikke ændres.</translation>
    </message>
    <message>
        <source>Without consent no address, phone or e-mail is stored.</source>
        <translation>Uden samtykke gemmes hverken adresse, telefon eller e-mail.</translation>
    </message>
    <message>
        <source>The phone number is shown to the other ambassadors on printed rosters.</source>
        <translation>Telefonnummeret vises for de andre ambassadører på udskrevne lister.</translation>
    </message>
    <message>
        <source>The contact data is stored for the office only; printed rosters do not show the phone number.</source>
        <translation>Kontaktoplysningerne gemmes kun til kontorets brug; udskrevne lister viser ikke telefonnummeret.</translation>
    </message>
    <message>
        <source>The language »%1« is not known. Choose one from the list.</source>
        <translation>Sproget »%1« kendes ikke. Vælg et fra listen.</translation>
    </message>
    <message>
        <source>%1 is on these coming shifts. When %1 stops, the places are marked as cancelled and must be filled by others:</source>
        <translation>%1 er på disse kommende vagter. Når %1 stopper, meldes der afbud på pladserne, og andre skal tage dem:</translation>
    </message>
    <message>
        <source>Stop %1 anyway?</source>
        <translation>Skal %1 stoppe alligevel?</translation>
    </message>
    <message>
        <source>Stop ambassador</source>
        <translation>Stop ambassadør</translation>
    </message>
</context>
<context>
    <name>AmbassadorLabels</name>
    <message>
        <source>Store and share</source>
        <translation>Gemme og dele</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Gemme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>AmbassadorSettingsDialog</name>
    <message>
        <source>Deadlines for ambassadors</source>
        <translation>Frister for ambassadører</translation>
    </message>
    <message>
        <source>Delete contact data of stopped ambassadors &amp;after:</source>
        <translation>Slet kontaktoplysninger på stoppede ambassadører &amp;efter:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Welcome visit &amp;due within:</source>
        <translation>Velkomstbesøg &amp;senest efter:</translation>
    </message>
    <message>
        <source>The deadlines are the same on all the office&apos;s PCs. Contact data is deleted, and the name anonymised, the first time the program starts after the deadline; hours and counts stay for the reports.</source>
        <translation>Fristerne er de samme på alle kontorets pc&apos;er. Kontaktoplysningerne slettes, og navnet anonymiseres, første gang programmet starter efter fristen; timer og antal bliver i rapporterne.</translation>
    </message>
</context>
<context>
    <name>AmbassadorsPage</name>
    <message>
        <source>&lt;h1&gt;Resident ambassadors&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Beboerambassadører&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&amp;Ambassadors</source>
        <translation>A&amp;mbassadører</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Søg på navn</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New ambassador…</source>
        <translation>&amp;Ny ambassadør …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn …</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Indlæs liste …</translation>
    </message>
    <message>
        <source>Read ambassadors from a CSV or Excel file; every problem is listed before anything is saved</source>
        <translation>Indlæs ambassadører fra en CSV- eller Excel-fil; alle fejl vises, før noget bliver gemt</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>Udskriv &amp;liste …</translation>
    </message>
    <message>
        <source>A PDF of the roster as filtered; phone numbers only for ambassadors who consented to share them</source>
        <translation>En PDF af listen, som den er filtreret; telefonnumre kun for ambassadører, der har sagt ja til at dele dem</translation>
    </message>
    <message>
        <source>Print &amp;personal schedule…</source>
        <translation>Udskriv &amp;personlig vagtplan …</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>F&amp;rister …</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadører</translation>
    </message>
    <message>
        <source>&amp;Shift plan</source>
        <translation>&amp;Vagtplan</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uge</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Næste uge</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Denne &amp;uge</translation>
    </message>
    <message>
        <source>&amp;New shift…</source>
        <translation>&amp;Ny vagt …</translation>
    </message>
    <message>
        <source>&amp;Edit shift…</source>
        <translation>R&amp;et vagt …</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Ret vagt</translation>
    </message>
    <message>
        <source>&amp;Delete shift</source>
        <translation>S&amp;let vagt</translation>
    </message>
    <message>
        <source>&amp;Print week…</source>
        <translation>Ud&amp;skriv ugen …</translation>
    </message>
    <message>
        <source>A PDF of the week&apos;s shifts for the notice board; phone numbers only with consent to share</source>
        <translation>En PDF af ugens vagter til opslagstavlen; telefonnumre kun med samtykke til at dele</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vagter</translation>
    </message>
    <message>
        <source>Ambassadors on the selected shift</source>
        <translation>Ambassadører på den valgte vagt</translation>
    </message>
    <message>
        <source>Ambassadors on the shift</source>
        <translation>Ambassadører på vagten</translation>
    </message>
    <message>
        <source>&amp;Add ambassador…</source>
        <translation>&amp;Tilføj ambassadør …</translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation>Bek&amp;ræftet</translation>
    </message>
    <message>
        <source>Can&amp;celled</source>
        <translation>Afbu&amp;d</translation>
    </message>
    <message>
        <source>D&amp;one, log hours…</source>
        <translation>Udf&amp;ørt, skriv timer …</translation>
    </message>
    <message>
        <source>S&amp;wap with…</source>
        <translation>B&amp;yt med …</translation>
    </message>
    <message>
        <source>A&amp;pprove swap</source>
        <translation>&amp;Godkend bytte</translation>
    </message>
    <message>
        <source>&amp;Reject swap</source>
        <translation>Afv&amp;is bytte</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>&amp;Welcome visits</source>
        <translation>Vel&amp;komstbesøg</translation>
    </message>
    <message>
        <source>&amp;Register move-in…</source>
        <translation>&amp;Registrér indflytning …</translation>
    </message>
    <message>
        <source>Show &amp;finished visits</source>
        <translation>Vis af&amp;sluttede besøg</translation>
    </message>
    <message>
        <source>Welcome visits</source>
        <translation>Velkomstbesøg</translation>
    </message>
    <message>
        <source>Suggested ambassadors</source>
        <translation>Forslag til ambassadører</translation>
    </message>
    <message>
        <source>Show &amp;everyone (also other languages and estates)</source>
        <translation>Vis a&amp;lle (også andre sprog og afdelinger)</translation>
    </message>
    <message>
        <source>&amp;Give the visit to the chosen ambassador</source>
        <translation>&amp;Giv besøget til den valgte ambassadør</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Fr&amp;igiv</translation>
    </message>
    <message>
        <source>How did the visit go?</source>
        <translation>Hvordan gik besøget?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <source>&amp;Not at home</source>
        <translation>Ikke &amp;truffet</translation>
    </message>
    <message>
        <source>De&amp;clined</source>
        <translation>Frab&amp;edt</translation>
    </message>
    <message>
        <source>Re&amp;open visit</source>
        <translation>Gen&amp;åbn besøg</translation>
    </message>
    <message>
        <source>Undo the closing of the visit: it is open again</source>
        <translation>Fortryd afslutningen af besøget: det er åbent igen</translation>
    </message>
    <message>
        <source>Reopen welcome visit</source>
        <translation>Genåbn velkomstbesøg</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Contact data of stopped ambassadors was deleted after the deadline: %1.</source>
        <translation>Kontaktoplysninger på stoppede ambassadører er slettet efter fristen: %1.</translation>
    </message>
    <message>
        <source>%1 is sent to the printer.</source>
        <translation>%1 er sendt til printeren.</translation>
    </message>
    <message>
        <source>The printing is cancelled.</source>
        <translation>Udskrivningen er annulleret.</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Bytte</translation>
    </message>
    <message>
        <source>Wants to swap with %1 – waiting for approval</source>
        <translation>Vil bytte med %1 – venter på godkendelse</translation>
    </message>
    <message>
        <source>Took over from %1 (approved)</source>
        <translation>Overtaget fra %1 (godkendt)</translation>
    </message>
</context>
<context>
    <name>ChooseAmbassadorDialog</name>
    <message>
        <source>Choose ambassador</source>
        <translation>Vælg ambassadør</translation>
    </message>
    <message>
        <source>Search by name or language</source>
        <translation>Søg på navn eller sprog</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadører</translation>
    </message>
    <message>
        <source>Choose an ambassador in the list.</source>
        <translation>Vælg en ambassadør på listen.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>New shift</source>
        <translation>Ny vagt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Ambassadors &amp;needed:</source>
        <translation>A&amp;ntal ambassadører:</translation>
    </message>
    <message>
        <source>Calendar &amp;activity:</source>
        <translation>A&amp;ktivitet i kalenderen:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>Be&amp;skrivelse:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Repeat every week until:</source>
        <translation>&amp;Gentag hver uge til:</translation>
    </message>
    <message>
        <source>Repeat every week</source>
        <translation>Gentag hver uge</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Gentag til</translation>
    </message>
    <message>
        <source>Only this shi&amp;ft</source>
        <translation>Kun denne &amp;vagt</translation>
    </message>
    <message>
        <source>This and the followin&amp;g shifts</source>
        <translation>Denne og de følg&amp;ende vagter</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Ret:</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Ret vagt</translation>
    </message>
    <message>
        <source>The activity already has a shift (%1, %2). Save another shift for it?</source>
        <translation>Aktiviteten har allerede en vagt (%1, %2). Vil du gemme endnu en vagt til den?</translation>
    </message>
    <message>
        <source>A second shift</source>
        <translation>En vagt mere</translation>
    </message>
</context>
<context>
    <name>DutyModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Bemanding</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadører</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <source>Register move-in</source>
        <translation>Registrér indflytning</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;Moving in on:</source>
        <translation>&amp;Flytter ind den:</translation>
    </message>
    <message>
        <source>Household &amp;languages:</source>
        <translation>Husstandens &amp;sprog:</translation>
    </message>
    <message>
        <source>Household languages</source>
        <translation>Husstandens sprog</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>The welcome visit is due by %1.</source>
        <translation>Velkomstbesøget skal ske senest %1.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Due</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Flyttet ind</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Forsinket 1 dag</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Forsinket %1 dage</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Uddannet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Active and paused</source>
        <translation>Aktive og på pause</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppede</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Import ambassadors</source>
        <translation>Indlæs ambassadører</translation>
    </message>
    <message>
        <source>1 ambassador</source>
        <translation>1 ambassadør</translation>
    </message>
    <message>
        <source>%1 ambassadors</source>
        <translation>%1 ambassadører</translation>
    </message>
    <message>
        <source>%1 is on the roster.</source>
        <translation>%1 er kommet på listen.</translation>
    </message>
    <message>
        <source>The changes to %1 are saved.</source>
        <translation>Ændringerne til %1 er gemt.</translation>
    </message>
    <message>
        <source>The deadlines are saved.</source>
        <translation>Fristerne er gemt.</translation>
    </message>
    <message>
        <source>Resident ambassadors</source>
        <translation>Beboerambassadører</translation>
    </message>
</context>
<context>
    <name>ShiftsTab</name>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Hours spent on the shift:</source>
        <translation>Timer brugt på vagten:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt;, %2 – %3</source>
        <translation>&lt;b&gt;Uge %1&lt;/b&gt;, %2 – %3</translation>
    </message>
    <message>
        <source>Warnings this week:</source>
        <translation>Advarsler i denne uge:</translation>
    </message>
    <message>
        <source>No warnings this week.</source>
        <translation>Ingen advarsler i denne uge.</translation>
    </message>
    <message>
        <source>Ambassadors on %1, %2</source>
        <translation>Ambassadører på %1, %2</translation>
    </message>
    <message>
        <source>Ambassadors on the selected shift</source>
        <translation>Ambassadører på den valgte vagt</translation>
    </message>
    <message>
        <source>Only a coordinator can approve a swap.</source>
        <translation>Kun en koordinator kan godkende et bytte.</translation>
    </message>
    <message>
        <source>%1 weekly shifts are created. Add ambassadors to each of them below.</source>
        <translation>%1 ugentlige vagter er oprettet. Sæt ambassadører på hver af dem nedenfor.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Sprunget over: %1.</translation>
    </message>
    <message>
        <source>The shift is created. Add ambassadors to it below.</source>
        <translation>Vagten er oprettet. Tilføj ambassadører til den nedenfor.</translation>
    </message>
    <message>
        <source>The shift is saved.</source>
        <translation>Vagten er gemt.</translation>
    </message>
    <message>
        <source>%1 shifts are saved.</source>
        <translation>%1 vagter er gemt.</translation>
    </message>
    <message>
        <source>The shift is deleted.</source>
        <translation>Vagten er slettet.</translation>
    </message>
    <message>
        <source>Who takes the shift %1 %2?</source>
        <translation>Hvem tager vagten %1 %2?</translation>
    </message>
    <message>
        <source>%1 is on the shift.</source>
        <translation>%1 er sat på vagten.</translation>
    </message>
    <message>
        <source>%1 wants to swap the shift %2. Who takes it over? A coordinator approves the swap.</source>
        <translation>%1 vil bytte vagten %2. Hvem overtager den? En koordinator godkender byttet.</translation>
    </message>
    <message>
        <source>The swap is recorded and waits for a coordinator&apos;s approval.</source>
        <translation>Byttet er noteret og venter på en koordinators godkendelse.</translation>
    </message>
    <message>
        <source>Swap approved: %1 takes the shift.</source>
        <translation>Byttet er godkendt: %1 tager vagten.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Taler</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Load (60 days)</source>
        <translation>Belastning (60 dage)</translation>
    </message>
</context>
<context>
    <name>WelcomeTab</name>
    <message>
        <source>1 visit is overdue</source>
        <translation>1 besøg er forsinket</translation>
    </message>
    <message>
        <source>%1 visits are overdue</source>
        <translation>%1 besøg er forsinket</translation>
    </message>
    <message>
        <source>No overdue visits</source>
        <translation>Ingen forsinkede besøg</translation>
    </message>
    <message>
        <source>Choose a welcome visit in the list.</source>
        <translation>Vælg et velkomstbesøg på listen.</translation>
    </message>
    <message>
        <source>no language given</source>
        <translation>intet sprog angivet</translation>
    </message>
    <message>
        <source>No active ambassador in %1 speaks %2. Tick »Show everyone« to choose among all.</source>
        <translation>Ingen aktiv ambassadør i %1 taler %2. Sæt flueben ved »Vis alle« for at vælge blandt alle.</translation>
    </message>
    <message>
        <source>1 active ambassador in %1 speaks %2.</source>
        <translation>1 aktiv ambassadør i %1 taler %2.</translation>
    </message>
    <message>
        <source>%1 active ambassadors in %2 speak %3; the least busy first.</source>
        <translation>%1 aktive ambassadører i %2 taler %3; den mindst travle står først.</translation>
    </message>
    <message>
        <source>The move-in at %1 is registered; the welcome visit is due by %2.</source>
        <translation>Indflytningen på %1 er registreret; velkomstbesøget skal ske senest %2.</translation>
    </message>
    <message>
        <source>%1 makes the welcome visit at %2.</source>
        <translation>%1 tager velkomstbesøget på %2.</translation>
    </message>
    <message>
        <source>The visit to %1 is closed as »%2«. Press Reopen visit to undo it.</source>
        <translation>Besøget på %1 er afsluttet som »%2«. Tryk på Genåbn besøg for at fortryde.</translation>
    </message>
    <message>
        <source>The visit to %1 is open again.</source>
        <translation>Besøget på %1 er åbent igen.</translation>
    </message>
</context>
</TS>
