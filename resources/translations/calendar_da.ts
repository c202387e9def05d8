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
        <translation>&amp;Gentages:</translation>
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
        <translation>Slu&amp;tter kl.:</translation>
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
        <translation>Forventet antal &amp;deltagere:</translation>
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
        <translation>Tilmeldings&amp;link:</translation>
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
        <translation>Spring &amp;lukkeperioder over (fx sommerferie)</translation>
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
    <message>
        <source>%1 sessions will be created; %2 holidays and closing days skipped.</source>
        <translation>Der oprettes %1 gange; %2 helligdage og lukkedage springes over.</translation>
    </message>
    <message>
        <source>%1 dates clash with other activities: skip them or choose another time or room.</source>
        <translation>%1 datoer støder sammen med andre aktiviteter: spring dem over, eller vælg et andet tidspunkt eller lokale.</translation>
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
        <translation>&amp;Gengangere:</translation>
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
        <source>Recorded: %1 participants</source>
        <translation>Registreret: %1 deltagere</translation>
    </message>
    <message>
        <source>No sessions held this week.</source>
        <translation>Der var ingen gange i denne uge.</translation>
    </message>
    <message>
        <source>In all: %1 participants</source>
        <translation>I alt: %1 deltagere</translation>
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
        <translation>&amp;Hus:</translation>
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
        <translation>&amp;Fremmøde …</translation>
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
    <message>
        <source>%1 sessions exported to %2</source>
        <translation>%1 gange eksporteret til %2</translation>
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
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>Cancellation &amp;reason:</source>
        <translation>&amp;Årsag til aflysning:</translation>
    </message>
    <message>
        <source>Save &amp;move</source>
        <translation>Gem &amp;flytning</translation>
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
        <source>&amp;Edit activity…</source>
        <translation>&amp;Redigér aktivitet …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Copy to next &amp;season…</source>
        <translation>Kopiér til næste &amp;sæson …</translation>
    </message>
    <message>
        <source> – cancelled</source>
        <translation> – aflyst</translation>
    </message>
</context>
</TS>
