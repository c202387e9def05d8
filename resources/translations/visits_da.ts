<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AuditTab</name>
    <message>
        <source>Export audit log</source>
        <translation>Eksportér revisionslog</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%Ln linje fra revisionsloggen er eksporteret til %1.</numerusform>
            <numerusform>%Ln linjer fra revisionsloggen er eksporteret til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Every read of a note or a named case, every export and every deletion, newest first.</source>
        <translation>Hver læsning af en note eller navngiven sag, hver eksport og hver sletning – nyeste først.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Op&amp;datér</translation>
    </message>
    <message>
        <source>E&amp;xport (CSV)…</source>
        <translation>&amp;Eksportér (CSV)…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>besøg</translation>
    </message>
    <message>
        <source>named cases</source>
        <translation>navngivne sager</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medarbejdere</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>indstillinger</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>revisionslog</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New named case</source>
        <translation>Ny navngiven sag</translation>
    </message>
    <message>
        <source>Record the resident&apos;s consent first. Only then may the name and contact details be stored. Never write a CPR number.</source>
        <translation>Registrér først beboerens samtykke. Først derefter må navn og kontaktoplysninger gemmes. Skriv aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>&amp;Givet:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>D&amp;ækker:</translation>
    </message>
    <message>
        <source>e.g. store name and phone for follow-up on debt</source>
        <translation>fx gemme navn og telefon til opfølgning på gæld</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Beboer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Gem sagen</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <source>Consent date</source>
        <translation>Samtykke givet</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Sidste besøg</translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation>Slettes efter</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>The case for %1 is created.</source>
        <translation>Sagen for %1 er oprettet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation>Slettes efter</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Eksportér sag</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>The case is exported with %1 visits to %2.</source>
        <translation>Sagen er eksporteret med %1 besøg til %2.</translation>
    </message>
    <message>
        <source>Erase case</source>
        <translation>Slet sag</translation>
    </message>
    <message>
        <source>Erase the case for %1 completely? The name, contact details and the notes of its visits are deleted on every PC. The anonymous visits stay in the statistics. This cannot be undone.</source>
        <translation>Vil du slette sagen for %1 helt? Navn, kontaktoplysninger og noterne på sagens besøg slettes på alle pc’er. De anonyme besøg bliver i statistikken. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The case is erased; %1 visits were cleaned.</source>
        <translation>Sagen er slettet; %1 besøg er renset.</translation>
    </message>
    <message>
        <source>Named &amp;cases</source>
        <translation>Navngivne sa&amp;ger</translation>
    </message>
    <message>
        <source>A named case may only be created when the resident has given consent. Record how (oral or written), when and what it covers. Names and contact details are deleted when the office&apos;s deadline has passed; you can also export or erase a case at the resident&apos;s request.</source>
        <translation>En navngiven sag må kun oprettes, når beboeren har givet samtykke. Registrér hvordan (mundtligt eller skriftligt), hvornår og hvad det dækker. Navne og kontaktoplysninger slettes, når kontorets frist er gået; du kan også eksportere eller slette en sag, hvis beboeren beder om det.</translation>
    </message>
    <message>
        <source>Sea&amp;rch name:</source>
        <translation>Søg &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;New case with consent…</source>
        <translation>Ny sag med sa&amp;mtykke…</translation>
    </message>
    <message>
        <source>Named cases</source>
        <translation>Navngivne sager</translation>
    </message>
    <message>
        <source>Sho&amp;w case</source>
        <translation>&amp;Vis sag</translation>
    </message>
    <message>
        <source>&amp;Log visit on case</source>
        <translation>&amp;Registrér besøg på sagen</translation>
    </message>
    <message>
        <source>E&amp;xport (JSON)…</source>
        <translation>&amp;Eksportér (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Erase completely…</source>
        <translation>Slet hel&amp;t…</translation>
    </message>
    <message>
        <source>The chosen case</source>
        <translation>Den valgte sag</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>&amp;New visit</source>
        <translation>N&amp;yt besøg</translation>
    </message>
    <message>
        <source>Log a walk-in visit</source>
        <translation>Registrér et besøg</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Dato og tid:</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Dato for besøget</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Klokkeslæt for besøget</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Resident&apos;s &amp;estate:</source>
        <translation>Beboers &amp;afdeling:</translation>
    </message>
    <message>
        <source>Resident&apos;s estate</source>
        <translation>Beboers afdeling</translation>
    </message>
    <message>
        <source>&amp;Topics (Space ticks):</source>
        <translation>&amp;Emner (mellemrum sætter flueben):</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>&amp;Interpreter used</source>
        <translation>Tolk b&amp;rugt</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>Aldersgr&amp;uppe:</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>K&amp;øn:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Repeat &amp;code:</source>
        <translation>Genkendel&amp;seskode:</translation>
    </message>
    <message>
        <source>e.g. initials + birth year</source>
        <translation>fx initialer + fødselsår</translation>
    </message>
    <message>
        <source>Optional. Stored only as a keyed code, so the office can count repeat visits without names.</source>
        <translation>Frivillig. Gemmes kun som en krypteret kode, så kontoret kan tælle gentagne besøg uden navne.</translation>
    </message>
    <message>
        <source>Repeat code</source>
        <translation>Genkendelseskode</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>He&amp;nvist til:</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Resulta&amp;t:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>e.g. helped with the application</source>
        <translation>fx hjulpet med ansøgningen</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Opfølgn&amp;ing:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>senest</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Opfølgning nødvendig</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Opfølgning senest</translation>
    </message>
    <message>
        <source>&amp;Notes (advisers only; Shift+Enter for a new line):</source>
        <translation>Noter (kun for rådgivere; Skift+Enter giver ny lin&amp;je):</translation>
    </message>
    <message>
        <source>Remove case link</source>
        <translation>Fjern sagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>C&amp;lear form</source>
        <translation>Ryd formularen</translation>
    </message>
    <message>
        <source>Save visit (Enter)</source>
        <translation>Gem besøget (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest visits&lt;/b&gt; (Enter opens a visit, Delete deletes it)</source>
        <translation>&lt;b&gt;Seneste besøg&lt;/b&gt; (Enter åbner et besøg, Delete sletter det)</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>Seneste besøg</translation>
    </message>
    <message>
        <source>– not noted</source>
        <translation>– ikke noteret</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Choose who you are (File &gt; Switch user) to log visits.</source>
        <translation>Vælg, hvem du er (Filer &gt; Skift bruger), for at registrere besøg.</translation>
    </message>
    <message>
        <source>You are signed in as %1: notes and named cases are only for advisers and administrators, so they are hidden here.</source>
        <translation>Du er logget ind som %1: noter og navngivne sager er kun for rådgivere og administratorer, så de er skjult her.</translation>
    </message>
    <message>
        <source>Named case: %1</source>
        <translation>Navngiven sag: %1</translation>
    </message>
    <message>
        <source>Saved: visit %1 – %2. Ready for the next visit.</source>
        <translation>Gemt: besøg %1 – %2. Klar til næste besøg.</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>Besøget kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalden)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (i dag)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Forfalden siden %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Åbne opfølgninger</translation>
    </message>
    <message>
        <source>Show &amp;visit</source>
        <translation>&amp;Vis besøg</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Markér som udført</translation>
    </message>
    <message>
        <source>You have no open follow-ups.</source>
        <translation>Du har ingen åbne opfølgninger.</translation>
    </message>
    <message>
        <source>1 open follow-up, and it is overdue. Tick Done (or press Space) when it is handled.</source>
        <translation>1 åben opfølgning, og den er forfalden. Sæt flueben i Udført (eller tryk mellemrum), når den er klaret.</translation>
    </message>
    <message>
        <source>1 open follow-up, not yet due. Tick Done (or press Space) when it is handled.</source>
        <translation>1 åben opfølgning, ikke forfalden endnu. Sæt flueben i Udført (eller tryk mellemrum), når den er klaret.</translation>
    </message>
    <message>
        <source>%1 open follow-ups, %2 overdue. Tick Done (or press Space) when one is handled.</source>
        <translation>%1 åbne opfølgninger, heraf %2 forfaldne. Sæt flueben i Udført (eller tryk mellemrum), når en er klaret.</translation>
    </message>
    <message>
        <source>Next due: %1.</source>
        <translation>Næste frist: %1.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>%1 visits shown</source>
        <translation>%1 besøg vist</translation>
    </message>
    <message>
        <source>%1 of %2 visits shown (more load as you scroll)</source>
        <translation>%1 af %2 besøg vist (flere hentes, når du ruller)</translation>
    </message>
    <message>
        <source>%1 of %2 visits shown</source>
        <translation>%1 af %2 besøg vist</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Different visitors (with repeat code)</source>
        <translation>Forskellige besøgende (med genkendelseskode)</translation>
    </message>
    <message>
        <source>Visits without repeat code</source>
        <translation>Besøg uden genkendelseskode</translation>
    </message>
    <message>
        <source>Visits with interpreter</source>
        <translation>Besøg med tolk</translation>
    </message>
    <message>
        <source>Statistics for the filter</source>
        <translation>Statistik for udvalget</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &lt;5, so no resident can be recognised.</source>
        <translation>Tal fra 1 til 4 vises som &lt;5, så ingen beboer kan genkendes.</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>&amp;Log and statistics</source>
        <translation>&amp;Log og statistik</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Re&amp;ferral:</source>
        <translation>Henvi&amp;sning:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>Text in &amp;notes:</source>
        <translation>Tekst i &amp;noter:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Besøgslog</translation>
    </message>
    <message>
        <source>Statistics for the filtered visits</source>
        <translation>Statistik for de udvalgte besøg</translation>
    </message>
    <message>
        <source>&amp;Import visits…</source>
        <translation>Indl&amp;æs besøg …</translation>
    </message>
    <message>
        <source>Read an existing visit log from a CSV or Excel file; every problem is listed before anything is saved</source>
        <translation>Indlæs en eksisterende besøgslog fra en CSV- eller Excel-fil; alle fejl vises, før noget bliver gemt</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>The daily check last ran on this PC: %1.</source>
        <translation>Den daglige kontrol kørte sidst på denne pc: %1.</translation>
    </message>
    <message>
        <source>The daily check has not run on this PC yet.</source>
        <translation>Den daglige kontrol har ikke kørt på denne pc endnu.</translation>
    </message>
    <message>
        <source>The deadlines are saved.</source>
        <translation>Fristerne er gemt.</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Slet nu</translation>
    </message>
    <message>
        <source>Delete everything whose deadline has passed, on every PC? This cannot be undone.</source>
        <translation>Vil du slette alt, hvis frist er overskredet, på alle pc’er? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation>Der er intet, der skal slettes.</translation>
    </message>
    <message>
        <source>Today&apos;s check deleted: %1</source>
        <translation>Dagens kontrol slettede: %1</translation>
    </message>
    <message>
        <source>&amp;Deletion deadlines</source>
        <translation>Slettefrister</translation>
    </message>
    <message>
        <source>Deadlines, in months after the last visit</source>
        <translation>Frister i måneder efter sidste besøg</translation>
    </message>
    <message>
        <source>&amp;Notes are deleted after:</source>
        <translation>&amp;Noter slettes efter:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Named &amp;cases (name, contact) are deleted after:</source>
        <translation>Navngivne &amp;sager (navn og kontakt) slettes efter:</translation>
    </message>
    <message>
        <source>Repeat c&amp;odes are deleted after:</source>
        <translation>Genkendelses&amp;koder slettes efter:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Anonymous visits (date, estate, topics, referral) are kept for the statistics.</source>
        <translation>Anonyme besøg (dato, afdeling, emner, henvisning) gemmes til statistikken.</translation>
    </message>
    <message>
        <source>&amp;Save deadlines</source>
        <translation>Gem fris&amp;ter</translation>
    </message>
    <message>
        <source>Show what is &amp;due</source>
        <translation>&amp;Vis hvad der skal slettes</translation>
    </message>
    <message>
        <source>Delete what is due &amp;now…</source>
        <translation>Slet det forfaldne n&amp;u…</translation>
    </message>
    <message>
        <source>What is due for deletion</source>
        <translation>Det, der skal slettes</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Besøget</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Slet besøg…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Resident&apos;s estate</source>
        <translation>Beboers afdeling</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>, interpreter used</source>
        <translation>, med tolk</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>Repeat code</source>
        <translation>Genkendelseskode</translation>
    </message>
    <message>
        <source>yes, %1 visits with this code</source>
        <translation>ja, %1 besøg med denne kode</translation>
    </message>
    <message>
        <source>Named case</source>
        <translation>Navngiven sag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Other language</source>
        <translation>Andet sprog</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>VisitRowsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Gentaget</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> (interpreter)</source>
        <translation> (tolk)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>first</source>
        <translation>første</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 besøg</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>case</source>
        <translation>sag</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>&lt;h1&gt;Open advice&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Åben Rådgivning&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Besøg %1</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Slet besøg</translation>
    </message>
    <message>
        <source>Delete this visit? Its note is deleted too. This cannot be undone.</source>
        <translation>Vil du slette besøget? Noten slettes også. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The visit is deleted.</source>
        <translation>Besøget er slettet.</translation>
    </message>
    <message>
        <source>Open advice</source>
        <translation>Åben Rådgivning</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Indlæs besøg</translation>
    </message>
</context>
</TS>
