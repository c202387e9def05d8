<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Welcome to Boligsocial Desktop</source>
        <translation>Velkommen til Boligsocial Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>A few questions, and you are ready. You are only asked once.</source>
        <translation>Svar på et par spørgsmål, så er du klar. Du bliver kun spurgt én gang.</translation>
    </message>
    <message>
        <source>Boligsocial Desktop helps the area office with the activity calendar, resident ambassadors, open advice, posters and reports.</source>
        <translation>Boligsocial Desktop hjælper områdekontoret med aktivitetskalenderen, beboerambassadørerne, Åben Rådgivning, plakater og rapporter.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>With an &amp;empty database, for the office&apos;s real data</source>
        <translation>Med en &amp;tom database til kontorets rigtige data</translation>
    </message>
    <message>
        <source>With &amp;demo data: made-up estates, activities and ambassadors to try the program</source>
        <translation>Med &amp;demodata: opdigtede afdelinger, aktiviteter og ambassadører, så du kan prøve programmet</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Dit kontor</translation>
    </message>
    <message>
        <source>Which estate is this PC&apos;s office in? It is chosen first in lists and on posters.</source>
        <translation>Hvilken boligafdeling ligger denne pc’s kontor i? Den bliver valgt først i lister og på plakater.</translation>
    </message>
    <message>
        <source>An &amp;estate that is already there:</source>
        <translation>En &amp;afdeling, der allerede findes:</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>Boligafdelinger</translation>
    </message>
    <message>
        <source>A &amp;new estate:</source>
        <translation>En &amp;ny afdeling:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nav&amp;n:</translation>
    </message>
    <message>
        <source>for example Karlemoseparken</source>
        <translation>fx Karlemoseparken</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>A&amp;dresse (valgfri):</translation>
    </message>
    <message>
        <source>for example Karlemosevej 12, 4600 Køge</source>
        <translation>fx Karlemosevej 12, 4600 Køge</translation>
    </message>
    <message>
        <source>Your community house</source>
        <translation>Jeres fælleshus</translation>
    </message>
    <message>
        <source>The house where the office holds activities, and its rooms. The calendar plans activities room by room.</source>
        <translation>Huset, hvor kontoret holder aktiviteter, og dets lokaler. Kalenderen planlægger aktiviteterne lokale for lokale.</translation>
    </message>
    <message>
        <source>&amp;House:</source>
        <translation>&amp;Hus:</translation>
    </message>
    <message>
        <source>for example Fælleshuset Karlemosen</source>
        <translation>fx Fælleshuset Karlemosen</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional):</source>
        <translation>Adre&amp;sse (valgfri):</translation>
    </message>
    <message>
        <source>&amp;Rooms: a name and how many people there is room for, one room a line</source>
        <translation>&amp;Lokaler: navn og hvor mange personer der er plads til, ét lokale på hver linje</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>More &amp;lines</source>
        <translation>Fl&amp;ere linjer</translation>
    </message>
    <message>
        <source>Add an empty line for one more room</source>
        <translation>Tilføj en tom linje til et lokale mere</translation>
    </message>
    <message>
        <source>You can add more houses and rooms later under Settings, Houses and rooms.</source>
        <translation>Du kan tilføje flere huse og lokaler senere under Indstillinger, Huse og lokaler.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Create yourself as the first staff member. You are remembered as this PC&apos;s user.</source>
        <translation>Opret dig selv som den første medarbejder. Programmet husker dig som brugeren på denne pc.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Advisers and administrators can read the notes from open advice</source>
        <translation>Rådgivere og administratorer kan læse noterne fra Åben Rådgivning</translation>
    </message>
    <message>
        <source>P&amp;IN (optional):</source>
        <translation>&amp;Pinkode (valgfri):</translation>
    </message>
    <message>
        <source>4 to 8 digits, for PCs that several people share</source>
        <translation>4 til 8 cifre, til pc’er som flere deles om</translation>
    </message>
    <message>
        <source>Shared folder (optional)</source>
        <translation>Fælles mappe (valgfri)</translation>
    </message>
    <message>
        <source>If the office&apos;s PCs share their data, choose the shared folder (a network drive or a synchronised folder).</source>
        <translation>Hvis kontorets pc’er deler data, så vælg den fælles mappe (et netværksdrev eller en synkroniseret mappe).</translation>
    </message>
    <message>
        <source>You can leave the field empty and choose the folder later. The database itself always stays on this PC; only changes are exchanged through the folder.</source>
        <translation>Du kan lade feltet stå tomt og vælge mappen senere. Selve databasen bliver altid på denne pc; kun ændringerne udveksles gennem mappen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>for example S:\Boligsocial\Deling</source>
        <translation>fx S:\Boligsocial\Deling</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Vælg den fælles mappe</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The database already holds data, so you start with that.</source>
        <translation>Databasen indeholder allerede data, så du begynder med dem.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Indlæser demodata …</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>The demo data is loaded.</source>
        <translation>Demodata er indlæst.</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled. The database is still empty.</source>
        <translation>Indlæsningen af demodata blev afbrudt. Databasen er stadig tom.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Demodata kunne ikke indlæses: %1</translation>
    </message>
    <message>
        <source>%1 is created with 1 room.</source>
        <translation>%1 er oprettet med 1 lokale.</translation>
    </message>
    <message>
        <source>%1 is created with %2 rooms.</source>
        <translation>%1 er oprettet med %2 lokaler.</translation>
    </message>
    <message>
        <source>%1 is created.</source>
        <translation>%1 er oprettet.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Fælles mappe</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Choose a folder that exists, or leave the field empty.</source>
        <translation>Mappen %1 kan ikke findes. Vælg en mappe, der findes, eller lad feltet stå tomt.</translation>
    </message>
</context>
</TS>
