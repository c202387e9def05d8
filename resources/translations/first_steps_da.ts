<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>FirstSteps</name>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import the list of ambassadors</source>
        <translation>Indlæs listen over ambassadører</translation>
    </message>
    <message>
        <source>Import earlier visits</source>
        <translation>Indlæs tidligere besøg</translation>
    </message>
    <message>
        <source>%1 ambassadors are imported.</source>
        <translation>%1 ambassadører er indlæst.</translation>
    </message>
    <message>
        <source>%1 visits are imported.</source>
        <translation>%1 besøg er indlæst.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolonner, der ikke bruges: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>There is no estate yet. Create the estate, its community house and its rooms under Settings, Houses and rooms.</source>
        <translation>Der er endnu ingen afdeling. Opret afdelingen, dens fælleshus og lokaler under Indstillinger, Huse og lokaler.</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Gå til Indstillinger</translation>
    </message>
    <message>
        <source>The estate has no community house yet. Create the house and its rooms; then you can plan activities here.</source>
        <translation>Afdelingen har endnu intet fælleshus. Opret huset og dets lokaler, så kan du planlægge aktiviteter her.</translation>
    </message>
    <message>
        <source>Create a community house</source>
        <translation>Opret fælleshus</translation>
    </message>
    <message>
        <source>%1 has no rooms yet. Add the rooms; activities are planned room by room.</source>
        <translation>%1 har endnu ingen lokaler. Tilføj lokalerne; aktiviteter planlægges lokale for lokale.</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Tilføj lokale</translation>
    </message>
    <message>
        <source>There are no resident ambassadors yet. Add them one at a time, or import the office&apos;s list from Excel or a CSV file (a column for name, estate and phone).</source>
        <translation>Der er endnu ingen beboerambassadører. Tilføj dem én ad gangen, eller indlæs kontorets liste fra Excel eller en CSV-fil (med kolonner for navn, afdeling og telefon).</translation>
    </message>
    <message>
        <source>Add an ambassador</source>
        <translation>Tilføj ambassadør</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Indlæs liste</translation>
    </message>
    <message>
        <source>No visits are logged yet. Log the first one in the form below and press Enter, or import the office&apos;s earlier visits from Excel or a CSV file.</source>
        <translation>Der er endnu ingen besøg. Registrér det første i formularen herunder, og tryk Enter, eller indlæs kontorets tidligere besøg fra Excel eller en CSV-fil.</translation>
    </message>
    <message>
        <source>There are no activities to make posters for yet. Plan an activity in the calendar; then it is in the list here.</source>
        <translation>Der er endnu ingen aktiviteter at lave plakater til. Planlæg en aktivitet i kalenderen, så kommer den på listen her.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>There is nothing to report on yet. The report counts activities and their attendance, advice visits and ambassadors: start by planning an activity in the calendar.</source>
        <translation>Der er endnu intet at lave rapport om. Rapporten tæller aktiviteter og fremmøde, rådgivningsbesøg og ambassadører: begynd med at planlægge en aktivitet i kalenderen.</translation>
    </message>
    <message>
        <source>New community house</source>
        <translation>Nyt fælleshus</translation>
    </message>
    <message>
        <source>New room in %1</source>
        <translation>Nyt lokale i %1</translation>
    </message>
</context>
<context>
    <name>MissingRoomsBox</name>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>An activity is held in a room, and %1 has no rooms yet. Add the house&apos;s rooms first; then you can plan the activity.</source>
        <translation>En aktivitet holdes i et lokale, og %1 har endnu ingen lokaler. Tilføj først husets lokaler, så kan du planlægge aktiviteten.</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Tilføj lokale</translation>
    </message>
    <message>
        <source>An activity is held in a room of a community house, and this estate has no house yet. Create the house and its rooms first; then you can plan the activity.</source>
        <translation>En aktivitet holdes i et lokale i et fælleshus, og afdelingen har endnu intet fælleshus. Opret først huset og dets lokaler, så kan du planlægge aktiviteten.</translation>
    </message>
    <message>
        <source>Create a community house</source>
        <translation>Opret fælleshus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
</TS>
