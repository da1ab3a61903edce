<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Ranking</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation>
            <numerusform>%n approval</numerusform>
            <numerusform>%n approvals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Borda point(s)</source>
        <translation>
            <numerusform>%n Borda point</numerusform>
            <numerusform>%n Borda points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairwise win(s)</source>
        <translation>
            <numerusform>%n pairwise win</numerusform>
            <numerusform>%n pairwise wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::PresenterWindow</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
