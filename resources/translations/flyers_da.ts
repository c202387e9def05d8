<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ActivityListModel</name>
    <message>
        <source>No language besides Danish is fully translated yet</source>
        <translation>Intet sprog ud over dansk er oversat helt endnu</translation>
    </message>
    <message>
        <source>Fully translated: %1</source>
        <translation>Helt oversat: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Oversat</translation>
    </message>
</context>
<context>
    <name>ActivityListPanel</name>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktiviteter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the activities of one estate</source>
        <translation>Vis aktiviteterne i én afdeling</translation>
    </message>
    <message>
        <source>Search activities by title</source>
        <translation>Søg i aktiviteter efter titel</translation>
    </message>
    <message>
        <source>Search by title</source>
        <translation>Søg på titel</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Posters for &amp;all shown…</source>
        <translation>Plakater for &amp;alle viste…</translation>
    </message>
    <message>
        <source>Save a poster as PDF for every activity in the list, in the languages that are translated</source>
        <translation>Gem en plakat som PDF for hver aktivitet i listen, på de sprog der er oversat</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Folder for the posters</source>
        <translation>Mappe til plakaterne</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) saved in %1.</source>
        <translation>
            <numerusform>%n plakat gemt i %1.</numerusform>
            <numerusform>%n plakater gemt i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be made:</source>
        <translation>Disse kunne ikke laves:</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakater</translation>
    </message>
</context>
<context>
    <name>FlyersPage</name>
    <message>
        <source>Choose an activity in the list.</source>
        <translation>Vælg en aktivitet i listen.</translation>
    </message>
</context>
<context>
    <name>PosterLayoutTab</name>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Skab&amp;elon:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>One language per &amp;page</source>
        <translation>Ét sprog pr. &amp;side</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Spro&amp;g:</translation>
    </message>
    <message>
        <source>Pict&amp;ogram:</source>
        <translation>P&amp;iktogram:</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Billede:</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Intet billede</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>&amp;QR code:</source>
        <translation>&amp;QR-kode:</translation>
    </message>
    <message>
        <source>Lin&amp;k or number:</source>
        <translation>Lin&amp;k eller nummer:</translation>
    </message>
    <message>
        <source>Te&amp;xt message:</source>
        <translation>S&amp;ms-tekst:</translation>
    </message>
    <message>
        <source>e.g. SIGN UP 2 adults</source>
        <translation>fx TILMELD 2 voksne</translation>
    </message>
    <message>
        <source>Estate logo:</source>
        <translation>Afdelingens logo:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vælg l&amp;ogo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Fjern logo</translation>
    </message>
    <message>
        <source>Automatic (from the title)</source>
        <translation>Automatisk (ud fra titlen)</translation>
    </message>
    <message>
        <source>No pictogram</source>
        <translation>Intet piktogram</translation>
    </message>
    <message>
        <source>Food and shared meals</source>
        <translation>Mad og fællesspisning</translation>
    </message>
    <message>
        <source>Homework and reading</source>
        <translation>Lektier og læsning</translation>
    </message>
    <message>
        <source>Coffee and café</source>
        <translation>Kaffe og café</translation>
    </message>
    <message>
        <source>Sport and exercise</source>
        <translation>Sport og bevægelse</translation>
    </message>
    <message>
        <source>Family and community</source>
        <translation>Familie og fællesskab</translation>
    </message>
    <message>
        <source>Talk and advice</source>
        <translation>Snak og rådgivning</translation>
    </message>
    <message>
        <source>Sign-up link</source>
        <translation>Tilmeldingslink</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Ingen QR-kode</translation>
    </message>
    <message>
        <source>Danish is always on the poster</source>
        <translation>Dansk er altid på plakaten</translation>
    </message>
    <message>
        <source>Own logo</source>
        <translation>Eget logo</translation>
    </message>
    <message>
        <source>The estate&apos;s name</source>
        <translation>Afdelingens navn</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>Vælg billede</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
</context>
<context>
    <name>PosterPreviewPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>Gem plakat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>PosterTextsTab</name>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Tekster</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beskri&amp;velse:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <source>From the calendar; change the dates there</source>
        <translation>Fra kalenderen; ret datoerne dér</translation>
    </message>
    <message>
        <source>Translations (double-click to write; italics are suggestions from earlier translations):</source>
        <translation>Oversættelser (dobbeltklik for at skrive; kursiv er forslag fra tidligere oversættelser):</translation>
    </message>
    <message>
        <source>&amp;Save texts</source>
        <translation>&amp;Gem tekster</translation>
    </message>
    <message>
        <source>&amp;Export for translator…</source>
        <translation>&amp;Eksportér til oversætter…</translation>
    </message>
    <message>
        <source>An Excel file with the Danish texts and a column for each chosen language</source>
        <translation>En Excel-fil med de danske tekster og en kolonne for hvert valgt sprog</translation>
    </message>
    <message>
        <source>I&amp;mport translations…</source>
        <translation>I&amp;ndlæs oversættelser…</translation>
    </message>
    <message>
        <source>Texts are saved as you type.</source>
        <translation>Teksterne gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>Not saved yet …</source>
        <translation>Ikke gemt endnu …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The texts are saved.</source>
        <translation>Teksterne er gemt.</translation>
    </message>
    <message>
        <source>Texts for the translator</source>
        <translation>Tekster til oversætteren</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-filer (*.xlsx);;CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) saved in %1. Send the file to the translator and import it here when it comes back.</source>
        <translation>
            <numerusform>%n tekst gemt i %1. Send filen til oversætteren, og indlæs den her, når den kommer tilbage.</numerusform>
            <numerusform>%n tekster gemt i %1. Send filen til oversætteren, og indlæs den her, når den kommer tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Indlæs oversættelser</translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.csv)</source>
        <translation>Excel- eller CSV-filer (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s) imported</source>
        <translation>
            <numerusform>%n oversættelse indlæst</numerusform>
            <numerusform>%n oversættelser indlæst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n activity(ies).</source>
        <translation>
            <numerusform>til %n aktivitet.</numerusform>
            <numerusform>til %n aktiviteter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>When (optional)</source>
        <translation>Tidspunkt (valgfrit)</translation>
    </message>
    <message>
        <source>– missing –</source>
        <translation>– mangler –</translation>
    </message>
    <message>
        <source>Made from the program&apos;s phrase list; type a translation to use another text</source>
        <translation>Lavet ud fra programmets ordliste; skriv en oversættelse for at bruge en anden tekst</translation>
    </message>
    <message>
        <source>The poster cannot be printed in %1 until this text is translated</source>
        <translation>Plakaten kan ikke udskrives på %1, før teksten er oversat</translation>
    </message>
    <message>
        <source>Suggested from an earlier translation of the same Danish text; save to keep it</source>
        <translation>Forslag fra en tidligere oversættelse af samme danske tekst; gem for at beholde det</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Oversættelse</translation>
    </message>
</context>
</TS>
