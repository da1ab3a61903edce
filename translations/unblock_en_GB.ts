<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Carried %n open action(s) from the earlier workshop.
</source>
        <translation>
            <numerusform>Carried %n open action from the earlier workshop.
</numerusform>
            <numerusform>Carried %n open actions from the earlier workshop.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>Mark %n action(s) %1</source>
        <translation>
            <numerusform>Mark %n action %1</numerusform>
            <numerusform>Mark %n actions %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n item(s) from phones</source>
        <translation>
            <numerusform>Accept %n item from phones</numerusform>
            <numerusform>Accept %n items from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not add %n item(s) from phones</source>
        <translation>
            <numerusform>Do not add %n item from phones</numerusform>
            <numerusform>Do not add %n items from phones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffort</name>
    <message numerus="yes">
        <source>%n solution(s) have no impact or effort yet, so they are not on the matrix.</source>
        <translation>
            <numerusform>%n solution has no impact or effort yet, so it is not on the matrix.</numerusform>
            <numerusform>%n solutions have no impact or effort yet, so they are not on the matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact and effort of %n solution(s)</source>
        <translation>
            <numerusform>Impact and effort of %n solution</numerusform>
            <numerusform>Impact and effort of %n solutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneItems</name>
    <message numerus="yes">
        <source>This phone has sent %n item(s), the most this call takes.</source>
        <translation>
            <numerusform>This phone has sent %n item, the most this call takes.</numerusform>
            <numerusform>This phone has sent %n items, the most this call takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before sending the next item.</source>
        <translation>
            <numerusform>Wait %n second before sending the next item.</numerusform>
            <numerusform>Wait %n seconds before sending the next item.</numerusform>
        </translation>
    </message>
</context>
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
    <name>SharedLearning</name>
    <message numerus="yes">
        <source>%n workshop(s) in the library.</source>
        <translation>
            <numerusform>%n workshop in the library.</numerusform>
            <numerusform>%n workshops in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>The copy still had %n free page(s).</source>
        <translation>
            <numerusform>The copy still had %n free page.</numerusform>
            <numerusform>The copy still had %n free pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>Of the %n action(s) carried from earlier workshops: %1.</source>
        <translation>
            <numerusform>Of the %n action carried from earlier workshops: %1.</numerusform>
            <numerusform>Of the %n actions carried from earlier workshops: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::ActionsPage</name>
    <message numerus="yes">
        <source>%n action(s) written to “%1”, for %2.</source>
        <translation>
            <numerusform>%n action written to “%1”, for %2.</numerusform>
            <numerusform>%n actions written to “%1”, for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::BoardPage</name>
    <message numerus="yes">
        <source>You pasted %n line(s). Add each as a solution?</source>
        <translation>
            <numerusform>You pasted %n line. Add it as a solution?</numerusform>
            <numerusform>You pasted %n lines. Add each as a solution?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::BoardScene</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::IncomingPanel</name>
    <message numerus="yes">
        <source>From phones: %n waiting</source>
        <translation>
            <numerusform>From phones: %n waiting</numerusform>
            <numerusform>From phones: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::KioskDialog</name>
    <message numerus="yes">
        <source>You have %n vote(s) left. Cast anyway?</source>
        <translation>
            <numerusform>You have %n vote left. Cast anyway?</numerusform>
            <numerusform>You have %n votes left. Cast anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::LearningPanel</name>
    <message numerus="yes">
        <source>%1 (%n workshops)</source>
        <translation>
            <numerusform>%1 (%n workshop)</numerusform>
            <numerusform>%1 (%n workshops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::MainWindow</name>
    <message numerus="yes">
        <source>Started from “%1”: %n open action(s) carried, on the Actions tab.</source>
        <translation>
            <numerusform>Started from “%1”: %n open action carried, on the Actions tab.</numerusform>
            <numerusform>Started from “%1”: %n open actions carried, on the Actions tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n session file(s) in this folder.</source>
        <translation>
            <numerusform>%n session file in this folder.</numerusform>
            <numerusform>%n session files in this folder.</numerusform>
        </translation>
    </message>
</context>
</TS>
