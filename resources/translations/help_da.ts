<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>Search the guide, for example backup</source>
        <translation>Søg i vejledningen, fx sikkerhedskopi</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Søg i vejledningen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Pages and search results</source>
        <translation>Sider og søgeresultater</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Vejledningens side</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <source>Nothing in the guide matches “%1”. Try another word.</source>
        <translation>Intet i vejledningen passer på »%1«. Prøv et andet ord.</translation>
    </message>
    <message>
        <source>1 place found</source>
        <translation>1 sted fundet</translation>
    </message>
    <message>
        <source>%1 places found</source>
        <translation>%1 steder fundet</translation>
    </message>
</context>
</TS>
