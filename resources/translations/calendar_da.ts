<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>G&amp;entages:</translation>
    </message>
    <message>
        <source>&amp;From date:</source>
        <translation>&amp;Fra dato:</translation>
    </message>
    <message>
        <source>To &amp;date:</source>
        <translation>Til &amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starter kl.:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>Slutte&amp;r kl.:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Indsatsområde:</translation>
    </message>
    <message>
        <source>Tar&amp;get group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>E&amp;xpected participants:</source>
        <translation>Forventet &amp;antal deltagere:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>&amp;Price (kr.):</source>
        <translation>&amp;Pris (kr.):</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Sign-&amp;up link:</source>
        <translation>Tilmeldi&amp;ngslink:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beskri&amp;velse:</translation>
    </message>
    <message>
        <source>Skip public &amp;holidays</source>
        <translation>Spring &amp;helligdage over</translation>
    </message>
    <message>
        <source>Skip &amp;closing periods (e.g. summer holiday)</source>
        <translation>Spring lukkeperioder over (f&amp;x sommerferie)</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Forløbets datoer</translation>
    </message>
    <message>
        <source>S&amp;kip the dates that clash</source>
        <translation>Spring de &amp;optagne datoer over</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Redigér aktivitet</translation>
    </message>
    <message>
        <source>%1 (room for %2)</source>
        <translation>%1 (plads til %2)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <source>Every second week</source>
        <translation>Hver anden uge</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>Månedligt på samme ugedag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Ugedage:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>The dates are changed session by session in the calendar: move or cancel a session there.</source>
        <translation>Datoerne ændres gang for gang i kalenderen: flyt eller aflys en gang dér.</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>Arkiveret lokale</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen titel endnu)</translation>
    </message>
    <message>
        <source>%1 – skipped: %2</source>
        <translation>%1 – springes over: %2</translation>
    </message>
    <message>
        <source>%1 – clash: %2</source>
        <translation>%1 – optaget: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be created</source>
        <translation>
            <numerusform>%n gang oprettes</numerusform>
            <numerusform>%n gange oprettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and closing day(s) skipped.</source>
        <translation>
            <numerusform>%n helligdag eller lukkedag springes over.</numerusform>
            <numerusform>%n helligdage og lukkedage springes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) clash with other activities: skip them or choose another time or room.</source>
        <translation>
            <numerusform>%n dato støder sammen med en anden aktivitet: spring den over, eller vælg et andet tidspunkt eller lokale.</numerusform>
            <numerusform>%n datoer støder sammen med andre aktiviteter: spring dem over, eller vælg et andet tidspunkt eller lokale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
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
        <source>Sessions of the week</source>
        <translation>Ugens gange</translation>
    </message>
    <message>
        <source>Girls/women</source>
        <translation>Piger/kvinder</translation>
    </message>
    <message>
        <source>Boys/men</source>
        <translation>Drenge/mænd</translation>
    </message>
    <message>
        <source>Girls/women 0–5</source>
        <translation>Piger/kvinder 0–5</translation>
    </message>
    <message>
        <source>Boys/men 0–5</source>
        <translation>Drenge/mænd 0–5</translation>
    </message>
    <message>
        <source>Girls/women 6–12</source>
        <translation>Piger/kvinder 6–12</translation>
    </message>
    <message>
        <source>Boys/men 6–12</source>
        <translation>Drenge/mænd 6–12</translation>
    </message>
    <message>
        <source>Girls/women 13–17</source>
        <translation>Piger/kvinder 13–17</translation>
    </message>
    <message>
        <source>Boys/men 13–17</source>
        <translation>Drenge/mænd 13–17</translation>
    </message>
    <message>
        <source>Girls/women 18–24</source>
        <translation>Piger/kvinder 18–24</translation>
    </message>
    <message>
        <source>Boys/men 18–24</source>
        <translation>Drenge/mænd 18–24</translation>
    </message>
    <message>
        <source>Girls/women 25–64</source>
        <translation>Piger/kvinder 25–64</translation>
    </message>
    <message>
        <source>Boys/men 25–64</source>
        <translation>Drenge/mænd 25–64</translation>
    </message>
    <message>
        <source>Girls/women 65+</source>
        <translation>Piger/kvinder 65+</translation>
    </message>
    <message>
        <source>Boys/men 65+</source>
        <translation>Drenge/mænd 65+</translation>
    </message>
    <message>
        <source>Ne&amp;w participants:</source>
        <translation>&amp;Nye deltagere:</translation>
    </message>
    <message>
        <source>&amp;Returning:</source>
        <translation>Gengang&amp;ere:</translation>
    </message>
    <message>
        <source>&amp;Volunteers present:</source>
        <translation>&amp;Frivillige til stede:</translation>
    </message>
    <message>
        <source>Volunteer &amp;hours:</source>
        <translation>Frivilliges &amp;timer:</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Gem og næste</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n participant(s)</source>
        <translation>
            <numerusform>Registreret: %n deltager</numerusform>
            <numerusform>Registreret: %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions held this week.</source>
        <translation>Der var ingen gange i denne uge.</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n participant(s)</source>
        <translation>
            <numerusform>I alt: %n deltager</numerusform>
            <numerusform>I alt: %n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions of the week are recorded.</source>
        <translation>Alle ugens gange er registreret.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source> (cancelled)</source>
        <translation> (aflyst)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Ingen gange</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Forrige periode (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Gå til i dag (T)</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Næste periode (Page Down)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Måned</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>Hu&amp;s:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Indsatsområde:</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Ny aktivitet …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>F&amp;remmøde …</translation>
    </message>
    <message>
        <source>Record headcounts for the week just passed</source>
        <translation>Registrér fremmødet for den uge, der lige er gået</translation>
    </message>
    <message>
        <source>Month &amp;programme…</source>
        <translation>Måneds&amp;program …</translation>
    </message>
    <message>
        <source>Export to &amp;Outlook…</source>
        <translation>Eksportér til &amp;Outlook …</translation>
    </message>
    <message>
        <source>Save the house&apos;s calendar as an .ics file that Outlook and phones can import</source>
        <translation>Gem husets kalender som en .ics-fil, som Outlook og telefoner kan indlæse</translation>
    </message>
    <message>
        <source>Double-click to open · drag a session to move it · T = today</source>
        <translation>Dobbeltklik for at åbne · træk en gang for at flytte den · T = i dag</translation>
    </message>
    <message>
        <source>Month calendar: the sessions of the month</source>
        <translation>Månedskalender: månedens aktiviteter</translation>
    </message>
    <message>
        <source>Week calendar: the sessions of the week</source>
        <translation>Ugekalender: ugens aktiviteter</translation>
    </message>
    <message>
        <source>Day calendar: the sessions of the day</source>
        <translation>Dagskalender: dagens aktiviteter</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle indsatsområder</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>Alle huse</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle lokaler</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkiveret)</translation>
    </message>
    <message>
        <source>The session was not moved</source>
        <translation>Gangen blev ikke flyttet</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n gang eksporteret til %1</numerusform>
            <numerusform>%n gange eksporteret til %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export to Outlook</source>
        <translation>Eksportér til Outlook</translation>
    </message>
    <message>
        <source>Which sessions should the calendar file hold?</source>
        <translation>Hvilke gange skal kalenderfilen have med?</translation>
    </message>
    <message>
        <source>One &amp;house:</source>
        <translation>Ét &amp;hus:</translation>
    </message>
    <message>
        <source>All houses in the &amp;estate %1</source>
        <translation>Alle huse i &amp;afdelingen %1</translation>
    </message>
    <message>
        <source>One a&amp;ctivity:</source>
        <translation>Én a&amp;ktivitet:</translation>
    </message>
    <message>
        <source>E&amp;xport …</source>
        <translation>&amp;Eksportér …</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 mere</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Month programme</source>
        <translation>Månedsprogram</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Hele %1</translation>
    </message>
    <message>
        <source>Save month programme</source>
        <translation>Gem månedsprogram</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomGrid</name>
    <message>
        <source>No rooms to show. Choose another estate or house, or create rooms in Settings.</source>
        <translation>Der er ingen lokaler at vise. Vælg en anden afdeling eller et andet hus, eller opret lokaler under Indstillinger.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starter kl.:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>Slu&amp;tter kl.:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>L&amp;okale:</translation>
    </message>
    <message>
        <source>Cancellation &amp;reason:</source>
        <translation>&amp;Årsag til aflysning:</translation>
    </message>
    <message>
        <source>Save &amp;move</source>
        <translation>&amp;Gem flytning</translation>
    </message>
    <message>
        <source>&amp;Cancel session</source>
        <translation>&amp;Aflys gangen</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>&amp;Genoptag</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Fremmøde …</translation>
    </message>
    <message>
        <source>Sign-&amp;ups…</source>
        <translation>Til&amp;meldinger …</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>&amp;Redigér aktivitet …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Copy to next &amp;season…</source>
        <translation>Kopiér til &amp;næste sæson …</translation>
    </message>
    <message>
        <source> – cancelled</source>
        <translation> – aflyst</translation>
    </message>
</context>
<context>
    <name>SignupsDialog</name>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Si&amp;gn-ups</source>
        <translation>&amp;Tilmeldinger</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-up</source>
        <translation>Afmeld &amp;valgte</translation>
    </message>
    <message>
        <source>Import a &amp;list…</source>
        <translation>Indlæs liste …</translation>
    </message>
    <message>
        <source>A CSV or Excel list with the columns of the template (boligsocial-desktop participants template)</source>
        <translation>En CSV- eller Excel-liste med skabelonens kolonner (boligsocial-desktop participants template)</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Pladser:</translation>
    </message>
    <message>
        <source>Room&apos;s capacity</source>
        <translation>Lokalets pladser</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Save s&amp;eats</source>
        <translation>Gem &amp;pladser</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>&amp;First name and initial</source>
        <translation>&amp;Fornavn og forbogstav</translation>
    </message>
    <message>
        <source>e.g. Amira H.</source>
        <translation>fx Amira H.</translation>
    </message>
    <message>
        <source>&amp;Household or flat</source>
        <translation>&amp;Husstand eller lejlighed</translation>
    </message>
    <message>
        <source>for children, e.g. flat 12, 2nd right</source>
        <translation>for børn, fx lejl. 12, 2. th.</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>Alders&amp;gruppe</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>&amp;Køn</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>e.g. Somali</source>
        <translation>fx somali</translation>
    </message>
    <message>
        <source>C&amp;onsent to contact</source>
        <translation>Sa&amp;mtykke til kontakt</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telefo&amp;n</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>Tilmel&amp;d</translation>
    </message>
    <message>
        <source>Deletion deadline:</source>
        <translation>Slet navne efter slut:</translation>
    </message>
    <message>
        <source> months after the end</source>
        <translation> md.</translation>
    </message>
    <message>
        <source>Months after the activity ends before names are deleted</source>
        <translation>Måneder efter aktivitetens slutdato, før navnene slettes</translation>
    </message>
    <message>
        <source>Save deadline</source>
        <translation>Gem frist</translation>
    </message>
    <message>
        <source>For the whole office; administrators only</source>
        <translation>Gælder hele kontoret; kun administratorer</translation>
    </message>
    <message>
        <source>Only first name and initial. Phone and e-mail only with consent. Names are deleted after the office&apos;s deadline when the activity has ended; the counts stay.</source>
        <translation>Kun fornavn og forbogstav. Telefon og e-mail kun med samtykke. Navnene slettes efter kontorets frist, når aktiviteten er slut; tallene bliver.</translation>
    </message>
    <message>
        <source>&amp;Tick-off</source>
        <translation>&amp;Afkrydsning</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>&amp;Gang:</translation>
    </message>
    <message>
        <source>Type to filter names …</source>
        <translation>Skriv for at finde et navn …</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Find navn</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Hvem kom</translation>
    </message>
    <message>
        <source>Type to filter, Space ticks, Esc clears the filter</source>
        <translation>Skriv for at finde, mellemrum krydser af, Esc rydder søgningen</translation>
    </message>
    <message>
        <source>E&amp;xtra, not signed up:</source>
        <translation>E&amp;kstra, ikke tilmeldt:</translation>
    </message>
    <message>
        <source>Age band of the extras</source>
        <translation>Ekstra deltageres aldersgruppe</translation>
    </message>
    <message>
        <source>Gender of the extras</source>
        <translation>Ekstra deltageres køn</translation>
    </message>
    <message>
        <source>Number of extras</source>
        <translation>Antal ekstra deltagere</translation>
    </message>
    <message>
        <source>Save e&amp;xtras</source>
        <translation>Gem ekst&amp;ra</translation>
    </message>
    <message>
        <source>Print sign-up s&amp;heet…</source>
        <translation>Udskriv t&amp;ilmeldingsark …</translation>
    </message>
    <message>
        <source>Print the month&apos;s tick &amp;list…</source>
        <translation>Udskriv månedens afkr&amp;ydsningsliste …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinde/pige</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mand/dreng</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>No consent: no contact data</source>
        <translation>Intet samtykke</translation>
    </message>
    <message>
        <source>Oral consent</source>
        <translation>Mundtligt samtykke</translation>
    </message>
    <message>
        <source>Written consent</source>
        <translation>Skriftligt samtykke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Sign-ups – %1</source>
        <translation>Tilmeldinger – %1</translation>
    </message>
    <message>
        <source>%1 signed up, no limit on seats</source>
        <translation>%1 tilmeldt, ingen grænse for pladser</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken · %3 free · %4 on the waiting list</source>
        <translation>%1 af %2 pladser optaget · %3 ledige · %4 på venteliste</translation>
    </message>
    <message>
        <source>(moved up)</source>
        <translation>(rykket op)</translation>
    </message>
    <message>
        <source>%1 is number %2 on the waiting list.</source>
        <translation>%1 er nummer %2 på ventelisten.</translation>
    </message>
    <message>
        <source>%1 is signed up.</source>
        <translation>%1 er tilmeldt.</translation>
    </message>
    <message>
        <source>Choose the sign-up to cancel in one of the lists first.</source>
        <translation>Vælg først den tilmelding, der skal afmeldes, i en af listerne.</translation>
    </message>
    <message>
        <source>Cancelled. Moved up from the waiting list: %1. Remember to tell them.</source>
        <translation>Afmeldt. Rykket op fra ventelisten: %1. Husk at give besked.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afmeldt.</translation>
    </message>
    <message>
        <source>Import a participant list</source>
        <translation>Indlæs en deltagerliste</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt)</source>
        <translation>Lister (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>%1 signed up, %2 on the waiting list, %3 were there already.</source>
        <translation>%1 tilmeldt, %2 på venteliste, %3 var der i forvejen.</translation>
    </message>
    <message>
        <source> Moved up from the waiting list: %1.</source>
        <translation> Rykket op fra ventelisten: %1.</translation>
    </message>
    <message>
        <source>Seats saved.</source>
        <translation>Pladserne er gemt.</translation>
    </message>
    <message>
        <source>Deletion deadline saved for the whole office.</source>
        <translation>Slettefristen er gemt for hele kontoret.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Save sign-up sheet</source>
        <translation>Gem tilmeldingsark</translation>
    </message>
    <message>
        <source>Sign-up %1.pdf</source>
        <translation>Tilmelding %1.pdf</translation>
    </message>
    <message>
        <source>Save the month&apos;s tick list</source>
        <translation>Gem månedens afkrydsningsliste</translation>
    </message>
    <message>
        <source>Tick list %1 %2.pdf</source>
        <translation>Afkrydsning %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>TickOffTab</name>
    <message>
        <source> · %1 came</source>
        <translation> · %1 kom</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Ingen gange holdt endnu.</translation>
    </message>
    <message>
        <source>%1 (cancelled since)</source>
        <translation>%1 (afmeldt siden)</translation>
    </message>
    <message>
        <source>Came: %1 in all</source>
        <translation>Kom: %1 i alt</translation>
    </message>
    <message>
        <source>Extras saved.</source>
        <translation>Ekstra deltagere er gemt.</translation>
    </message>
</context>
</TS>
