<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>PlanDialog</name>
    <message>
        <source>Grant periods and focus areas</source>
        <translation>Bevillingsperioder og indsatsområder</translation>
    </message>
    <message>
        <source>The plan&apos;s &amp;name:</source>
        <translation>Helhedsplanens &amp;navn:</translation>
    </message>
    <message>
        <source>e.g. Boligsocial helhedsplan for Køge</source>
        <translation>fx Boligsocial helhedsplan for Køge</translation>
    </message>
    <message>
        <source>Printed at the top of the status report</source>
        <translation>Står øverst i statusrapporten</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Gem n&amp;avnet</translation>
    </message>
    <message>
        <source>Grant &amp;periods:</source>
        <translation>Bevillings&amp;perioder:</translation>
    </message>
    <message>
        <source>Grant periods</source>
        <translation>Bevillingsperioder</translation>
    </message>
    <message>
        <source>N&amp;ew period</source>
        <translation>Ny p&amp;eriode</translation>
    </message>
    <message>
        <source>&amp;Restore 2015–2018 and 2019–2026</source>
        <translation>&amp;Genskab 2015–2018 og 2019–2026</translation>
    </message>
    <message>
        <source>Bring back the preset periods and focus areas that are missing</source>
        <translation>Henter de faste perioder og indsatsområder tilbage, som mangler</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Bevillingsperiode</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Betegnelse:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sidste dag:</translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation>Ge&amp;m perioden</translation>
    </message>
    <message>
        <source>Focus &amp;areas (in report order):</source>
        <translation>&amp;Indsatsområder (i rapportens rækkefølge):</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Indsatsområder</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Tilføj …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Omdøb …</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;højere</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flyt &amp;lavere</translation>
    </message>
    <message>
        <source>New grant period</source>
        <translation>Ny bevillingsperiode</translation>
    </message>
    <message>
        <source>Save the period first; then you can add its focus areas.</source>
        <translation>Gem perioden først; så kan du tilføje dens indsatsområder.</translation>
    </message>
    <message>
        <source>The grant period is saved.</source>
        <translation>Bevillingsperioden er gemt.</translation>
    </message>
    <message>
        <source>Choose a grant period first, or make a new one.</source>
        <translation>Vælg først en bevillingsperiode, eller lav en ny.</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Genskabt: %1</translation>
    </message>
    <message>
        <source>Nothing was missing.</source>
        <translation>Der manglede ikke noget.</translation>
    </message>
    <message>
        <source>The plan&apos;s name is saved.</source>
        <translation>Helhedsplanens navn er gemt.</translation>
    </message>
    <message>
        <source>Name of the focus area:</source>
        <translation>Indsatsområdets navn:</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nyt indsatsområde</translation>
    </message>
    <message>
        <source>The focus area is added.</source>
        <translation>Indsatsområdet er tilføjet.</translation>
    </message>
    <message>
        <source>Rename focus area</source>
        <translation>Omdøb indsatsområde</translation>
    </message>
    <message>
        <source>The focus area is renamed.</source>
        <translation>Indsatsområdet er omdøbt.</translation>
    </message>
    <message>
        <source>The focus area is removed.</source>
        <translation>Indsatsområdet er fjernet.</translation>
    </message>
</context>
<context>
    <name>ReportChartPane</name>
    <message>
        <source>Cha&amp;rt:</source>
        <translation>Dia&amp;gram:</translation>
    </message>
    <message>
        <source>Attendance by focus area</source>
        <translation>Fremmøde fordelt på indsatsområder</translation>
    </message>
    <message>
        <source>Advice visits</source>
        <translation>Rådgivningsbesøg</translation>
    </message>
</context>
<context>
    <name>ReportChoicesBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Grant period</source>
        <translation>Bevillingsperiode</translation>
    </message>
    <message>
        <source>Choose the estates the report covers</source>
        <translation>Vælg de afdelinger, rapporten skal dække</translation>
    </message>
    <message>
        <source>Choose the focus areas the activity figures cover</source>
        <translation>Vælg de indsatsområder, aktivitetstallene skal dække</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Egen periode</translation>
    </message>
    <message>
        <source>Whole grant period</source>
        <translation>Hele bevillingsperioden</translation>
    </message>
    <message>
        <source>%1. quarter</source>
        <translation>%1. kvartal</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>All focus areas</source>
        <translation>Alle indsatsområder</translation>
    </message>
    <message>
        <source>Estates: %1</source>
        <translation>Afdelinger: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Focus areas: %1</source>
        <translation>Indsatsområder: %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 valgt</translation>
    </message>
</context>
<context>
    <name>ReportExportBar</name>
    <message>
        <source>Status report as P&amp;DF…</source>
        <translation>Statusrapport som P&amp;DF …</translation>
    </message>
    <message>
        <source>The status report for the steering group, with charts</source>
        <translation>Statusrapporten til styregruppen, med diagrammer</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>&amp;Excel …</translation>
    </message>
    <message>
        <source>One sheet per section</source>
        <translation>Ét ark pr. afsnit</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV …</translation>
    </message>
    <message>
        <source>Semicolon-separated, opens directly in Danish Excel</source>
        <translation>Semikolonsepareret, åbner direkte i dansk Excel</translation>
    </message>
    <message>
        <source>Advice &amp;visits as Excel…</source>
        <translation>Rådgi&amp;vningsbesøg som Excel …</translation>
    </message>
    <message>
        <source>Every advice visit of the period, one row each, without names or notes</source>
        <translation>Alle periodens rådgivningsbesøg, én række pr. besøg, uden navne og noter</translation>
    </message>
    <message>
        <source>Save status report</source>
        <translation>Gem statusrapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report for Excel</source>
        <translation>Gem rapport til Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Gem rapport som CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save advice visits</source>
        <translation>Gem rådgivningsbesøg</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Ambassadors and welcome visits</source>
        <translation>Ambassadører og velkomstbesøg</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Activities by focus area</source>
        <translation>Aktiviteter fordelt på indsatsområder</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Targets and what was reached</source>
        <translation>Måltal og hvad der er nået</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Alder og køn</translation>
    </message>
    <message>
        <source>Attendance by age band and gender</source>
        <translation>Fremmøde fordelt på aldersgruppe og køn</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Fremmøde over tid</translation>
    </message>
    <message>
        <source>Open advice</source>
        <translation>Åben Rådgivning</translation>
    </message>
    <message>
        <source>Visits and visitors</source>
        <translation>Besøg og besøgende</translation>
    </message>
    <message>
        <source>Advice visits over time</source>
        <translation>Rådgivningsbesøg over tid</translation>
    </message>
    <message>
        <source>Advice visits by topic</source>
        <translation>Rådgivningsbesøg fordelt på emner</translation>
    </message>
    <message>
        <source>Advice visits by referral</source>
        <translation>Rådgivningsbesøg fordelt på henvisninger</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Fewer than 5: hidden so that no resident can be recognised.</source>
        <translation>Færre end 5: skjult, så ingen beboer kan genkendes.</translation>
    </message>
    <message>
        <source>Hidden so that a number under 5 cannot be worked out from a total.</source>
        <translation>Skjult, så et tal under 5 ikke kan regnes ud fra en sum.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapporter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Grant periods and focus areas…</source>
        <translation>Bev&amp;illingsperioder og indsatsområder …</translation>
    </message>
    <message>
        <source>Add or rename grant periods and their focus areas, and name the plan</source>
        <translation>Tilføj eller omdøb bevillingsperioder og deres indsatsområder, og giv helhedsplanen et navn</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Måltal …</translation>
    </message>
    <message>
        <source>Set the activities&apos; targets for a grant period</source>
        <translation>Sæt aktiviteternes måltal for en bevillingsperiode</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Compute the report again (F5)</source>
        <translation>Regn rapporten ud igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Hide counts under 5 here too</source>
        <translation>&amp;Skjul tal under 5 også her</translation>
    </message>
    <message>
        <source>Files that leave the app always show counts under 5 as &quot;&lt;5&quot;</source>
        <translation>Filer, der forlader programmet, viser altid tal under 5 som »&lt;5«</translation>
    </message>
    <message>
        <source>There are no activities, advice visits, ambassadors or targets in this period. You can choose another period or more estates.</source>
        <translation>Der er ingen aktiviteter, rådgivningsbesøg, ambassadører eller måltal i perioden. Du kan vælge en anden periode eller flere afdelinger.</translation>
    </message>
    <message>
        <source>Counts under 5 are shown as &quot;&lt;5&quot;; &quot;x&quot; hides a number that could otherwise be worked out from a total.</source>
        <translation>Tal under 5 vises som »&lt;5«; »x« skjuler et tal, som ellers kunne regnes ud fra en sum.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>No figures to show for the period.</source>
        <translation>Ingen tal at vise for perioden.</translation>
    </message>
</context>
<context>
    <name>TargetsDelegate</name>
    <message>
        <source>Whole grant period</source>
        <translation>Hele bevillingsperioden</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets for activities</source>
        <translation>Måltal for aktiviteter</translation>
    </message>
    <message>
        <source>Grant &amp;period:</source>
        <translation>Bevillings&amp;periode:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Part of the activity&apos;s title</source>
        <translation>En del af aktivitetens navn</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Choose an activity on the left.</source>
        <translation>Vælg en aktivitet til venstre.</translation>
    </message>
    <message>
        <source>Targets of the activity</source>
        <translation>Aktivitetens måltal</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;Tilføj måltal</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Fjern måltal</translation>
    </message>
    <message>
        <source>Sa&amp;ve targets</source>
        <translation>&amp;Gem måltal</translation>
    </message>
    <message>
        <source>%1 – %2 targets</source>
        <translation>%1 – %2 måltal</translation>
    </message>
    <message>
        <source>No activities in this grant period match the search.</source>
        <translation>Ingen aktiviteter i bevillingsperioden passer til søgningen.</translation>
    </message>
    <message>
        <source>The targets for %1 are saved.</source>
        <translation>Måltallene for %1 er gemt.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Whole grant period</source>
        <translation>Hele bevillingsperioden</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Hvad tælles</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
</TS>
