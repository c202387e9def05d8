<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Take a &amp;backup of the database automatically every day</source>
        <translation>Tag automatisk en &amp;sikkerhedskopi af databasen hver dag</translation>
    </message>
    <message>
        <source>A copy is taken a little after the program starts, at most once a day</source>
        <translation>Kopien tages lidt efter, at programmet er startet, højst én gang om dagen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>C&amp;hange folder…</source>
        <translation>Skift m&amp;appe…</translation>
    </message>
    <message>
        <source>Choose another folder for the backups, for example an external drive</source>
        <translation>Vælg en anden mappe til sikkerhedskopierne, fx et eksternt drev</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>&amp;Åbn mappen</translation>
    </message>
    <message>
        <source>Show the backup folder in Explorer</source>
        <translation>Vis mappen med sikkerhedskopier i Stifinder</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sikkerhedskopier, nyeste først</translation>
    </message>
    <message>
        <source>Take a backup &amp;now</source>
        <translation>Tag en kopi &amp;nu</translation>
    </message>
    <message>
        <source>Take a copy of the database now</source>
        <translation>Tag en kopi af databasen nu</translation>
    </message>
    <message>
        <source>&amp;Restore the selected…</source>
        <translation>&amp;Gendan den valgte…</translation>
    </message>
    <message>
        <source>Go back to the data as it was when the selected backup was taken</source>
        <translation>Gå tilbage til data, som de var, da den valgte kopi blev taget</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Gendan fra en f&amp;il…</translation>
    </message>
    <message>
        <source>Choose a backup file somewhere else, for example on a USB stick</source>
        <translation>Vælg en sikkerhedskopi et andet sted, fx på en USB-nøgle</translation>
    </message>
    <message>
        <source>The newest backup of each of the last %1 days, %2 weeks and %3 months is kept; older ones are deleted.</source>
        <translation>Den nyeste kopi fra hver af de seneste %1 dage, %2 uger og %3 måneder gemmes; ældre kopier slettes.</translation>
    </message>
    <message>
        <source>Backups are made only of a database on this PC.</source>
        <translation>Der tages kun sikkerhedskopier af en database på denne pc.</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Tager en sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sikkerhedskopien er gemt: %1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backups (*.bsbak *.sqlite *.db);;All files (*)</source>
        <translation>Sikkerhedskopier (*.bsbak *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the database from the backup of %1?

Everything entered since then disappears from this PC. The database you have now is kept aside in the backup folder.

The program then opens the restored data by itself.</source>
        <translation>Vil du gendanne databasen fra sikkerhedskopien fra %1?

Alt, hvad der er skrevet ind siden, forsvinder fra denne pc. Den database, du har nu, gemmes til side i mappen med sikkerhedskopier.

Bagefter åbner programmet selv de gendannede data.</translation>
    </message>
    <message>
        <source>The database has been restored. The one you had before is kept as %1.

The program opens the restored data now.</source>
        <translation>Databasen er gendannet. Den, du havde før, er gemt som %1.

Programmet åbner nu de gendannede data.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gendanner …</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>Sikkerhedskopien kan ikke gendannes</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhedskopien …</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in Boligsocial Desktop.&lt;/b&gt; What you had already saved is safe; the action you were doing was not completed.</source>
        <translation>&lt;b&gt;Der gik noget galt i Boligsocial Desktop.&lt;/b&gt; Det, du allerede havde gemt, er i sikkerhed; det, du var i gang med, blev ikke gennemført.</translation>
    </message>
    <message>
        <source>&amp;Report (copy it and send it to whoever helps with the office&apos;s PCs):</source>
        <translation>&amp;Rapport (kopiér den, og send den til den, der hjælper med kontorets pc’er):</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fejlrapport</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiér rapporten</translation>
    </message>
    <message>
        <source>Copy the whole report, so you can paste it into an e-mail</source>
        <translation>Kopiér hele rapporten, så du kan sætte den ind i en e-mail</translation>
    </message>
    <message>
        <source>C&amp;lose the program</source>
        <translation>&amp;Luk programmet</translation>
    </message>
    <message>
        <source>Close Boligsocial Desktop. What you have saved is kept.</source>
        <translation>Luk Boligsocial Desktop. Det, du har gemt, bliver ikke rørt.</translation>
    </message>
    <message>
        <source>C&amp;ontinue working</source>
        <translation>&amp;Arbejd videre</translation>
    </message>
    <message>
        <source>Close this message and go on working</source>
        <translation>Luk beskeden, og arbejd videre</translation>
    </message>
    <message>
        <source>The program stopped unexpectedly</source>
        <translation>Programmet stoppede uventet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boligsocial Desktop stopped unexpectedly last time.&lt;/b&gt; Everything that was saved before the stop is kept.</source>
        <translation>&lt;b&gt;Boligsocial Desktop stoppede uventet sidste gang.&lt;/b&gt; Alt, hvad der var gemt før stoppet, er bevaret.</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>You can go on working. If the error comes again, close the program and start it again.</source>
        <translation>Du kan arbejde videre. Hvis fejlen kommer igen, så luk programmet, og start det igen.</translation>
    </message>
    <message>
        <source>The program must close now to protect your data. Start it again afterwards.</source>
        <translation>Programmet skal lukke nu for at beskytte dine data. Start det igen bagefter.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopieret.</translation>
    </message>
</context>
<context>
    <name>_HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>Open the user guide: one page per task</source>
        <translation>Åbn brugervejledningen: én side for hver opgave</translation>
    </message>
    <message>
        <source>Show the &amp;log files</source>
        <translation>Vis &amp;logfilerne</translation>
    </message>
    <message>
        <source>Open the folder with the program&apos;s log files, for whoever helps you</source>
        <translation>Åbn mappen med programmets logfiler, til den der hjælper dig</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>The user guide is in the folder %1.</source>
        <translation>Brugervejledningen ligger i mappen %1.</translation>
    </message>
</context>
</TS>
