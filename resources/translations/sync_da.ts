<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Two PCs changed the same thing without seeing each other&apos;s change. Both versions are kept; the programme shows one of them until you choose. Rows that look as if they were created twice are listed as possible duplicates.</source>
        <translation>To pc&apos;er har ændret det samme uden at kende hinandens ændring. Begge udgaver er gemt; programmet viser den ene, indtil du vælger. Rækker, der ser ud til at være oprettet to gange, vises som mulige dubletter.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Vises nu</translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation>Behold &amp;denne</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Den anden udgave</translation>
    </message>
    <message>
        <source>Keep t&amp;his one</source>
        <translation>Behold d&amp;enne</translation>
    </message>
    <message>
        <source>Combined text (edit before saving)</source>
        <translation>Samlet tekst (ret den, før du gemmer)</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Samlet tekst</translation>
    </message>
    <message>
        <source>&amp;Keep what is shown</source>
        <translation>&amp;Behold det, der vises</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Brug den anden udgave</translation>
    </message>
    <message>
        <source>Save the co&amp;mbined text</source>
        <translation>Gem den s&amp;amlede tekst</translation>
    </message>
    <message>
        <source>&amp;Restore with the change</source>
        <translation>&amp;Gendan med ændringen</translation>
    </message>
    <message>
        <source>M&amp;erge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Ikke dubletter</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Marker som set</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Der er ingen åbne konflikter.</translation>
    </message>
    <message>
        <source>Only advisers and administrators can see and decide this conflict.</source>
        <translation>Kun rådgivere og administratorer kan se og afgøre denne konflikt.</translation>
    </message>
    <message>
        <source>This must be decided by a person; the programme never merges it by itself.</source>
        <translation>Det skal en person afgøre; programmet slår det aldrig sammen af sig selv.</translation>
    </message>
    <message>
        <source>The other version (written on this PC)</source>
        <translation>Den anden udgave (skrevet på denne pc)</translation>
    </message>
    <message>
        <source>The other version (from %1)</source>
        <translation>Den anden udgave (fra %1)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(skjult)</translation>
    </message>
    <message>
        <source>Choose the one to keep. Everything that points at the other one (sessions, activities, duties …) is moved to it, its empty fields are filled from the other one, and the other one is deleted.</source>
        <translation>Vælg den, der skal beholdes. Alt, hvad der peger på den anden (gange, aktiviteter, vagter …), flyttes over til den, dens tomme felter udfyldes fra den anden, og den anden slettes.</translation>
    </message>
    <message>
        <source>Created first (%1)</source>
        <translation>Oprettet først (%1)</translation>
    </message>
    <message>
        <source>Created later (%1)</source>
        <translation>Oprettet senere (%1)</translation>
    </message>
    <message>
        <source>Used by: %1 (%2)</source>
        <translation>Bruges af: %1 (%2)</translation>
    </message>
    <message>
        <source>Used by: nothing</source>
        <translation>Bruges ikke af noget</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
    <message>
        <source>%1 – must be decided</source>
        <translation>%1 – skal afgøres</translation>
    </message>
</context>
<context>
    <name>OfficeKeyBox</name>
    <message>
        <source>Office key</source>
        <translation>Kontornøgle</translation>
    </message>
    <message>
        <source>&amp;Create office key…</source>
        <translation>&amp;Opret kontornøgle …</translation>
    </message>
    <message>
        <source>Connect th&amp;is PC…</source>
        <translation>T&amp;ilslut denne pc …</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangsfrase …</translation>
    </message>
    <message>
        <source>Create office key</source>
        <translation>Opret kontornøgle</translation>
    </message>
    <message>
        <source>Connect this PC</source>
        <translation>Tilslut denne pc</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Office key progress</source>
        <translation>Kontornøglens fremdrift</translation>
    </message>
    <message>
        <source>No shared folder is chosen, so nothing leaves this PC.</source>
        <translation>Der er ikke valgt en fælles mappe, så intet forlader denne pc.</translation>
    </message>
    <message>
        <source>The share is NOT sealed: the office has no office key, so the changes on the shared folder, personal data included, can be read by anyone who can open the folder. Create an office key to encrypt them.</source>
        <translation>Delingen er IKKE krypteret: kontoret har ingen kontornøgle, så ændringerne i den fælles mappe, også personoplysninger, kan læses af alle, der kan åbne mappen. Opret en kontornøgle for at kryptere dem.</translation>
    </message>
    <message>
        <source>The share is sealed: everything this office puts on the shared folder is encrypted with the office key, and this PC has the key.</source>
        <translation>Delingen er krypteret: alt, hvad kontoret lægger i den fælles mappe, er krypteret med kontornøglen, og denne pc har nøglen.</translation>
    </message>
    <message>
        <source>The share is sealed with an office key, but this PC does not have it yet, so it cannot share. Connect this PC with the passphrase.</source>
        <translation>Delingen er krypteret med en kontornøgle, men denne pc har den ikke endnu og kan derfor ikke dele. Tilslut denne pc med adgangsfrasen.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Kun en administrator kan gøre dette.</translation>
    </message>
    <message>
        <source>The office key is created. Write the passphrase down and keep it safe; connect the other PCs with it.</source>
        <translation>Kontornøglen er oprettet. Skriv adgangsfrasen ned, og gem den et sikkert sted; tilslut de andre pc&apos;er med den.</translation>
    </message>
    <message>
        <source>This PC now has the office key.</source>
        <translation>Denne pc har nu kontornøglen.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Connect new PCs with the new one.</source>
        <translation>Adgangsfrasen er skiftet. Tilslut nye pc&apos;er med den nye.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Create office key</source>
        <translation>Opret kontornøgle</translation>
    </message>
    <message>
        <source>Connect this PC</source>
        <translation>Tilslut denne pc</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 12 characters, for example several words in a row. Every other PC is connected with it. Write it down and keep it safe: without it no new PC can read the shared data.</source>
        <translation>Vælg en adgangsfrase på mindst 12 tegn, fx flere ord i træk. Alle de andre pc&apos;er tilsluttes med den. Skriv den ned, og gem den et sikkert sted: uden den kan ingen ny pc læse de delte data.</translation>
    </message>
    <message>
        <source>Type the office&apos;s passphrase. This PC then keeps the key itself, so sharing runs without anyone typing it again.</source>
        <translation>Skriv kontorets adgangsfrase. Derefter gemmer denne pc selv nøglen, så delingen kører, uden at nogen skal skrive den igen.</translation>
    </message>
    <message>
        <source>Type the new passphrase twice. PCs that already have the key go on as before; new PCs are connected with the new passphrase.</source>
        <translation>Skriv den nye adgangsfrase to gange. Pc&apos;er, der allerede har nøglen, fortsætter som før; nye pc&apos;er tilsluttes med den nye adgangsfrase.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangsfrase</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>PC</source>
        <translation>Pc</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Sidste kontakt</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programversion</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>%1 (harmless)</source>
        <translation>%1 (uskadelig)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Changed on two PCs</source>
        <translation>Ændret på to pc&apos;er</translation>
    </message>
    <message>
        <source>Notes changed on two PCs</source>
        <translation>Noter ændret på to pc&apos;er</translation>
    </message>
    <message>
        <source>Deleted on one PC, changed on another</source>
        <translation>Slettet på én pc, ændret på en anden</translation>
    </message>
    <message>
        <source>Created twice</source>
        <translation>Oprettet to gange</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mulig dublet</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>Lokale dobbeltbooket</translation>
    </message>
    <message>
        <source>Ambassador booked twice</source>
        <translation>Ambassadør booket to gange</translation>
    </message>
    <message>
        <source>More signed up than seats</source>
        <translation>Flere tilmeldte end pladser</translation>
    </message>
    <message>
        <source>Change that could not be applied</source>
        <translation>Ændring, der ikke kunne bruges</translation>
    </message>
    <message>
        <source>Damaged or incomplete</source>
        <translation>Beskadiget eller ufuldstændig</translation>
    </message>
    <message>
        <source>Needs a newer program</source>
        <translation>Kræver en nyere version</translation>
    </message>
    <message>
        <source>Cannot be opened with the office key</source>
        <translation>Kan ikke åbnes med kontornøglen</translation>
    </message>
    <message>
        <source>Clock far ahead</source>
        <translation>Uret går for langt foran</translation>
    </message>
    <message>
        <source>Unfinished file</source>
        <translation>Ufærdig fil</translation>
    </message>
    <message>
        <source>Copy made by a sync program</source>
        <translation>Kopi fra et synkroniseringsprogram</translation>
    </message>
    <message>
        <source>Unknown file</source>
        <translation>Ukendt fil</translation>
    </message>
    <message>
        <source>Locked by another program</source>
        <translation>Låst af et andet program</translation>
    </message>
    <message>
        <source>Could not write</source>
        <translation>Kunne ikke skrive</translation>
    </message>
    <message>
        <source>Could not tidy up</source>
        <translation>Kunne ikke rydde op</translation>
    </message>
    <message>
        <source>Could not make a snapshot</source>
        <translation>Kunne ikke lave et øjebliksbillede</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Target figure</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Optælling</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadør</translation>
    </message>
    <message>
        <source>Ambassador language</source>
        <translation>Ambassadørens sprog</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Vagt</translation>
    </message>
    <message>
        <source>Duty assignment</source>
        <translation>Vagtfordeling</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Indflytning</translation>
    </message>
    <message>
        <source>Welcome visit</source>
        <translation>Velkomstbesøg</translation>
    </message>
    <message>
        <source>Advice topic</source>
        <translation>Rådgivningsemne</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Advice case</source>
        <translation>Rådgivningssag</translation>
    </message>
    <message>
        <source>Advice visit</source>
        <translation>Rådgivningsbesøg</translation>
    </message>
    <message>
        <source>Topic of a visit</source>
        <translation>Emne for et besøg</translation>
    </message>
    <message>
        <source>Referral of a visit</source>
        <translation>Henvisning fra et besøg</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Office setting</source>
        <translation>Kontorindstilling</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Hus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Closing period</source>
        <translation>Lukkeperiode</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Bevillingsperiode</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Indsatsområde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samarbejdspartner</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Tilmelding</translation>
    </message>
    <message>
        <source>Tick-off</source>
        <translation>Afkrydsning</translation>
    </message>
    <message>
        <source>Extra attendees</source>
        <translation>Ekstra deltagere</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Housing organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund til aflysning</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sæson</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
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
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>SyncSettingsTab</name>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <source>The PCs of the office share their changes through a folder they can all reach, for example a network drive. Each PC keeps its own database; only change files go to the folder.</source>
        <translation>Kontorets pc&apos;er deler deres ændringer gennem en mappe, som de alle kan nå, fx et netværksdrev. Hver pc har sin egen database; kun ændringsfiler lægges i mappen.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Vælg mappe …</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>S&amp;top deling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last shared:</source>
        <translation>Sidst delt:</translation>
    </message>
    <message>
        <source>Changes not yet sent:</source>
        <translation>Ændringer, der ikke er sendt:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Venter:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikter:</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Vis &amp;konflikter …</translation>
    </message>
    <message>
        <source>&amp;Share now</source>
        <translation>&amp;Del nu</translation>
    </message>
    <message>
        <source>Other PCs</source>
        <translation>Andre pc&apos;er</translation>
    </message>
    <message>
        <source>Files on the shared folder that were left alone</source>
        <translation>Filer i den delte mappe, som ikke blev brugt</translation>
    </message>
    <message>
        <source>Files left alone</source>
        <translation>Filer, der ikke blev brugt</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deling</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Vælg den delte mappe</translation>
    </message>
    <message>
        <source>The office has no office key</source>
        <translation>Kontoret har ingen kontornøgle</translation>
    </message>
    <message>
        <source>The office has no office key. If you share now, the changes, personal data included (ambassadors&apos; phone numbers, welcome visits, advice visits), are put on the shared folder unencrypted, readable by anyone who can open it.

Create an office key first, or share without one?</source>
        <translation>Kontoret har ingen kontornøgle. Deler du nu, lægges ændringerne, også personoplysninger (ambassadørers telefonnumre, velkomstbesøg, rådgivningsbesøg), ukrypteret i den fælles mappe, hvor alle, der kan åbne den, kan læse dem.

Vil du oprette en kontornøgle først eller dele uden?</translation>
    </message>
    <message>
        <source>Create office key first</source>
        <translation>Opret kontornøgle først</translation>
    </message>
    <message>
        <source>Share without a key</source>
        <translation>Del uden nøgle</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Deler …</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Intet</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n åben</numerusform>
            <numerusform>%n åbne</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 must be decided)</source>
        <translation>(%1 skal afgøres)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Another PC uses a newer version of the programme. Install the update here too, so that its changes can be used.</source>
        <translation>En anden pc bruger en nyere version af programmet. Installer også opdateringen her, så dens ændringer kan bruges.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation>Status for deling</translation>
    </message>
    <message>
        <source>Sharing: off</source>
        <translation>Deling: slået fra</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Deler …</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Delingen mislykkedes</translation>
    </message>
    <message>
        <source>Shared %1</source>
        <translation>Delt %1</translation>
    </message>
    <message>
        <source>Not shared yet</source>
        <translation>Ikke delt endnu</translation>
    </message>
    <message>
        <source>1 other PC</source>
        <translation>1 anden pc</translation>
    </message>
    <message>
        <source>%1 other PCs</source>
        <translation>%1 andre pc&apos;er</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 konflikter</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemer</translation>
    </message>
    <message>
        <source>waiting for changes</source>
        <translation>venter på ændringer</translation>
    </message>
    <message>
        <source>update needed</source>
        <translation>opdatering nødvendig</translation>
    </message>
    <message>
        <source>The PCs do not share data yet. Choose a shared folder under Settings &gt; Sharing.</source>
        <translation>Pc&apos;erne deler ikke data endnu. Vælg en delt mappe under Indstillinger &gt; Deling.</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Delt mappe: %1</translation>
    </message>
    <message>
        <source>Last shared: %1 %2</source>
        <translation>Sidst delt: %1 %2</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Ændringer, der venter på at blive sendt: %1</translation>
    </message>
    <message>
        <source>PCs seen:</source>
        <translation>Pc&apos;er set:</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Åbne konflikter: %1</translation>
    </message>
</context>
</TS>
