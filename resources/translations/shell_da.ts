<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>App</name>
    <message>
        <source>Details are in the log file %1.</source>
        <translation>Detaljerne står i logfilen %1.</translation>
    </message>
    <message>
        <source>Do you want to share through %1 instead? This PC then keeps its own database in %2, and the other PCs that choose the same shared folder get its changes.</source>
        <translation>Vil du i stedet dele gennem %1? Så har denne pc sin egen database i %2, og de andre pc&apos;er, der vælger den samme delte mappe, får dens ændringer.</translation>
    </message>
    <message>
        <source>Share through this folder</source>
        <translation>Del gennem denne mappe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Boligsocial Desktop is already running, but does not answer. Wait a moment and try again.</source>
        <translation>Boligsocial Desktop kører allerede, men svarer ikke. Vent lidt, og prøv igen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ClosingSessionsDialog</name>
    <message>
        <source>Sessions in the closing period</source>
        <translation>Aktiviteter i lukkeperioden</translation>
    </message>
    <message>
        <source>These planned sessions fall in the closing period »%1«. Ticked sessions are cancelled; untick those that are held anyway.</source>
        <translation>Disse planlagte gange ligger i lukkeperioden »%1«. De afkrydsede gange aflyses; fjern krydset ved dem, der holdes alligevel.</translation>
    </message>
    <message>
        <source>Planned sessions in the closing period</source>
        <translation>Planlagte gange i lukkeperioden</translation>
    </message>
    <message>
        <source>&amp;Cancel the ticked</source>
        <translation>&amp;Aflys de afkrydsede</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>&amp;Behold alle</translation>
    </message>
    <message>
        <source>Cancel the ticked sessions</source>
        <translation>Aflys de afkrydsede gange</translation>
    </message>
    <message>
        <source>Keep all sessions</source>
        <translation>Behold alle gange</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Vælg i en kalender (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Indlæs</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Opsummering af indlæsningen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Reading the file …</source>
        <translation>Læser filen …</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Indlæsningen er færdig.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet er indlæst.</translation>
    </message>
    <message>
        <source>Rows that already exist</source>
        <translation>Rækker, der allerede findes</translation>
    </message>
    <message>
        <source>&amp;Import them as well</source>
        <translation>&amp;Indlæs dem alligevel</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Spring dem over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boligsocial Desktop</source>
        <translation>Boligsocial Desktop</translation>
    </message>
    <message>
        <source>The database is empty. You can try the program with demo data: a made-up estate with activities, ambassadors and advice visits.</source>
        <translation>Databasen er tom. Du kan prøve programmet med demodata: en opdigtet afdeling med aktiviteter, beboerambassadører og rådgivningsbesøg.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Indlæs demodata</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start med en tom database</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Skift bruger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Vælg &amp;pinkode…</translation>
    </message>
    <message>
        <source>&amp;About Boligsocial Desktop</source>
        <translation>&amp;Om Boligsocial Desktop</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Ingen bruger</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Bruger: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Vælg pinkode</translation>
    </message>
    <message>
        <source>New PIN for %1 (4 to 8 digits; leave empty to remove the PIN):</source>
        <translation>Ny pinkode for %1 (4 til 8 cifre; lad feltet stå tomt for at fjerne pinkoden):</translation>
    </message>
    <message>
        <source>The PIN is saved.</source>
        <translation>Pinkoden er gemt.</translation>
    </message>
    <message>
        <source>The PIN is removed.</source>
        <translation>Pinkoden er fjernet.</translation>
    </message>
    <message>
        <source>About Boligsocial Desktop</source>
        <translation>Om Boligsocial Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boligsocial Desktop %1&lt;/h3&gt;&lt;p&gt;For the area office of a social housing master plan: activities, resident ambassadors, open advice, posters and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boligsocial Desktop %1&lt;/h3&gt;&lt;p&gt;Til områdekontoret i en boligsocial helhedsplan: aktiviteter, beboerambassadører, Åben Rådgivning, plakater og rapporter.&lt;/p&gt;</translation>
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
        <source>Demo data loaded.</source>
        <translation>Demodata er indlæst.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Demodata kunne ikke indlæses: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot do that</source>
        <translation>Det kan ikke lade sig gøre</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>The program does not know you yet. Create yourself as a staff member; you are remembered as this PC&apos;s user, so you are only asked once.</source>
        <translation>Programmet kender dig ikke endnu. Opret dig som medarbejder; du bliver husket som brugeren på denne pc, så du bliver kun spurgt én gang.</translation>
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
        <source>P&amp;IN (optional):</source>
        <translation>&amp;Pinkode (valgfri):</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Resident ambassadors</source>
        <translation>Beboerambassadører</translation>
    </message>
    <message>
        <source>Open advice</source>
        <translation>Åben Rådgivning</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakater</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print %1</source>
        <translation>Udskriv %1</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Capacity (people):</source>
        <translation>&amp;Kapacitet (personer):</translation>
    </message>
    <message>
        <source>&amp;Opens at:</source>
        <translation>Å&amp;bner kl.:</translation>
    </message>
    <message>
        <source>C&amp;loses at:</source>
        <translation>&amp;Lukker kl.:</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>&amp;Afdeling:</translation>
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
        <source>All estates</source>
        <translation>Alle afdelinger</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Student helper</source>
        <translation>Studentermedhjælper</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h1&gt;Settings&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Indstillinger&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Denne pc</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databasefil:</translation>
    </message>
    <message>
        <source>PC identity:</source>
        <translation>Pc-id:</translation>
    </message>
    <message>
        <source>Changes not yet shared:</source>
        <translation>Ændringer, der ikke er delt endnu:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Programversion:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>New &amp;colleague…</source>
        <translation>Ny &amp;medarbejder …</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>&amp;Edit colleague…</source>
        <translation>R&amp;et medarbejder …</translation>
    </message>
    <message>
        <source>Edit colleague</source>
        <translation>Ret medarbejder</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>Deactivate colleague</source>
        <translation>Deaktivér medarbejder</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Genaktivér</translation>
    </message>
    <message>
        <source>Reactivate colleague</source>
        <translation>Genaktivér medarbejder</translation>
    </message>
    <message>
        <source>Only an administrator can add and edit staff.</source>
        <translation>Kun en administrator kan tilføje og rette medarbejdere.</translation>
    </message>
    <message>
        <source>Houses and rooms</source>
        <translation>Huse og lokaler</translation>
    </message>
    <message>
        <source>Estates, houses and rooms</source>
        <translation>Afdelinger, huse og lokaler</translation>
    </message>
    <message>
        <source>New &amp;estate…</source>
        <translation>Ny &amp;afdeling …</translation>
    </message>
    <message>
        <source>New &amp;house…</source>
        <translation>Nyt h&amp;us …</translation>
    </message>
    <message>
        <source>New &amp;room…</source>
        <translation>Nyt &amp;lokale …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Redigér …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Fjer&amp;n …</translation>
    </message>
    <message>
        <source>Remove or archive house or room</source>
        <translation>Fjern eller arkivér hus eller lokale</translation>
    </message>
    <message>
        <source>&amp;Take into use again</source>
        <translation>&amp;Tag i brug igen</translation>
    </message>
    <message>
        <source>Take archived house or room into use again</source>
        <translation>Tag arkiveret hus eller lokale i brug igen</translation>
    </message>
    <message>
        <source>Closing periods</source>
        <translation>Lukkeperioder</translation>
    </message>
    <message>
        <source>Activities are not planned in closing periods (for example the school summer holiday) when a series skips them.</source>
        <translation>Aktiviteter planlægges ikke i lukkeperioder (fx skolernes sommerferie), når et forløb springer dem over.</translation>
    </message>
    <message>
        <source>&amp;New closing period…</source>
        <translation>&amp;Ny lukkeperiode …</translation>
    </message>
    <message>
        <source>&amp;Edit closing period…</source>
        <translation>&amp;Redigér lukkeperiode …</translation>
    </message>
    <message>
        <source>Edit closing period</source>
        <translation>Redigér lukkeperiode</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>all estates</source>
        <translation>alle afdelinger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <source>room for %1</source>
        <translation>plads til %1</translation>
    </message>
    <message>
        <source>New estate</source>
        <translation>Ny afdeling</translation>
    </message>
    <message>
        <source>New house</source>
        <translation>Nyt hus</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nyt lokale</translation>
    </message>
    <message>
        <source>Edit estate</source>
        <translation>Redigér afdeling</translation>
    </message>
    <message>
        <source>Edit house</source>
        <translation>Redigér hus</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Redigér lokale</translation>
    </message>
    <message>
        <source>New closing period</source>
        <translation>Ny lukkeperiode</translation>
    </message>
    <message>
        <source>Delete closing period</source>
        <translation>Slet lukkeperiode</translation>
    </message>
    <message>
        <source>Delete the closing period »%1«? Sessions already cancelled for it stay cancelled.</source>
        <translation>Slet lukkeperioden »%1«? Gange, der allerede er aflyst på grund af den, forbliver aflyst.</translation>
    </message>
    <message>
        <source>Remove the house »%1« and its rooms? If they have held activities, they are archived: the calendar keeps its history, but they cannot be booked.</source>
        <translation>Fjern huset »%1« og dets lokaler? Har de haft aktiviteter, bliver de arkiveret: kalenderen beholder historikken, men de kan ikke bookes.</translation>
    </message>
    <message>
        <source>Remove the room »%1«? If it has held activities, it is archived: the calendar keeps its history, but it cannot be booked.</source>
        <translation>Fjern lokalet »%1«? Har det haft aktiviteter, bliver det arkiveret: kalenderen beholder historikken, men det kan ikke bookes.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>»%1« is archived; its history is kept.</source>
        <translation>»%1« er arkiveret; historikken er bevaret.</translation>
    </message>
    <message>
        <source>»%1« is deleted.</source>
        <translation>»%1« er slettet.</translation>
    </message>
    <message>
        <source>Deactivate %1? She or he can no longer sign in; what they did stays in the program, and you can reactivate them later.</source>
        <translation>Deaktivér %1? Medarbejderen kan ikke længere logge ind; det, vedkommende har lavet, bliver i programmet, og du kan genaktivere senere.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Skift bruger</translation>
    </message>
    <message>
        <source>Choose who is using the program on this PC.</source>
        <translation>Vælg, hvem der bruger programmet på denne pc.</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>Remember me as this PC&apos;s user</source>
        <translation>Husk mig som brugeren på denne pc</translation>
    </message>
    <message>
        <source>Choose a new &amp;PIN:</source>
        <translation>Vælg en ny &amp;pinkode:</translation>
    </message>
    <message>
        <source>Advisers and administrators must have a PIN, because they can read notes and named cases. Choose one (4 to 8 digits) to sign in.</source>
        <translation>Rådgivere og administratorer skal have en pinkode, fordi de kan læse noter og navngivne sager. Vælg en (4 til 8 cifre) for at logge ind.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New colleague</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>Edit colleague</source>
        <translation>Ret medarbejder</translation>
    </message>
    <message>
        <source>Remo&amp;ve the PIN</source>
        <translation>&amp;Fjern pinkoden</translation>
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
        <source>&amp;Windows user:</source>
        <translation>&amp;Windows-bruger:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Ny &amp;pinkode:</translation>
    </message>
    <message>
        <source>Empty: keep the PIN</source>
        <translation>Tom: pinkoden beholdes</translation>
    </message>
    <message>
        <source>The Windows user name that signs this colleague in by itself.</source>
        <translation>Windows-brugernavnet, der logger denne medarbejder ind af sig selv.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Windows user</source>
        <translation>Windows-bruger</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Close without saving?</source>
        <translation>Luk uden at gemme?</translation>
    </message>
    <message>
        <source>You have typed something that is not saved. Close without saving?</source>
        <translation>Du har skrevet noget, der ikke er gemt. Vil du lukke uden at gemme?</translation>
    </message>
</context>
</TS>
