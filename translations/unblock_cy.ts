<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>Action</name>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi’i ollwng</translation>
    </message>
</context>
<context>
    <name>ActionExport</name>
    <message>
        <source>For the blocker: %1</source>
        <translation>Ar gyfer y rhwystr: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Perchennog: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Erbyn: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>From the workshop: %1</source>
        <translation>O’r gweithdy: %1</translation>
    </message>
    <message>
        <source>No action still to do has a due date, so there is nothing to put in a calendar.</source>
        <translation>Nid oes gan unrhyw gam gweithredu sydd i’w wneud ddyddiad erbyn, felly does dim i’w roi mewn calendr.</translation>
    </message>
    <message>
        <source>There is no action still to do: no solution with an owner or a due date is open or in progress.</source>
        <translation>Nid oes cam gweithredu i’w wneud: nid oes ateb â pherchennog neu ddyddiad erbyn sydd ar agor neu ar y gweill.</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished">Calendr (*.ics)</translation>
    </message>
    <message>
        <source>Spreadsheet for the importer (*.csv)</source>
        <translation type="unfinished">Taenlen ar gyfer y mewnforiwr (*.csv)</translation>
    </message>
    <message>
        <source>Outlook or Google Calendar (.ics)</source>
        <translation type="unfinished">Calendr Outlook neu Google (.ics)</translation>
    </message>
    <message>
        <source>Jira (.csv)</source>
        <translation type="unfinished">Jira (.csv)</translation>
    </message>
    <message>
        <source>Azure DevOps (.csv)</source>
        <translation type="unfinished">Azure DevOps (.csv)</translation>
    </message>
    <message>
        <source>When Jira’s importer asks for the date format of the Due Date column, give it “%1”.</source>
        <translation type="unfinished">Pan fydd mewnforiwr Jira yn gofyn am fformat dyddiad y golofn Due Date, rhowch “%1” iddo.</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Wedi’i wneud</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ar agor o hyd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished">Wedi’i ollwng</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">Ar y gweill</translation>
    </message>
</context>
<context>
    <name>BallotDraft</name>
    <message>
        <source>Voting in this round is closed.</source>
        <translation type="unfinished">Mae’r pleidleisio yn y rownd hon wedi cau.</translation>
    </message>
    <message>
        <source>This item is not in the round.</source>
        <translation type="unfinished">Nid yw’r eitem hon yn y rownd.</translation>
    </message>
    <message>
        <source>This round counts paper dots only.</source>
        <translation type="unfinished">Dim ond dotiau papur y mae’r rownd hon yn eu cyfrif.</translation>
    </message>
    <message>
        <source>Already ticked.</source>
        <translation type="unfinished">Wedi’i thicio eisoes.</translation>
    </message>
    <message>
        <source>Already ranked.</source>
        <translation type="unfinished">Wedi’i rhestru eisoes.</translation>
    </message>
    <message>
        <source>All your dots are placed (%1 of %1).</source>
        <translation type="unfinished">Mae eich holl ddotiau wedi’u gosod (%1 o %1).</translation>
    </message>
    <message>
        <source>You have ticked the most you can (%1).</source>
        <translation type="unfinished">Rydych wedi ticio’r nifer fwyaf y gallwch (%1).</translation>
    </message>
    <message>
        <source>You have ranked the most you can (%1).</source>
        <translation type="unfinished">Rydych wedi rhestru’r nifer fwyaf y gallwch (%1).</translation>
    </message>
    <message>
        <source>This item has the most dots one voter may give it (%1).</source>
        <translation type="unfinished">Mae gan yr eitem hon y nifer fwyaf o ddotiau y caiff un pleidleisiwr eu rhoi iddi (%1).</translation>
    </message>
</context>
<context>
    <name>BallotRules</name>
    <message>
        <source>Voting in this round is closed.</source>
        <translation type="unfinished">Mae’r pleidleisio yn y rownd hon wedi cau.</translation>
    </message>
    <message>
        <source>Item %1 is not in this round.</source>
        <translation type="unfinished">Nid yw eitem %1 yn y rownd hon.</translation>
    </message>
    <message>
        <source>Item %1 appears twice on one ballot.</source>
        <translation type="unfinished">Mae eitem %1 yn ymddangos ddwywaith ar un papur pleidleisio.</translation>
    </message>
    <message>
        <source>This round counts paper dots only: it has no number of dots per voter, so it takes no individual ballots.</source>
        <translation type="unfinished">Dim ond dotiau papur y mae’r rownd hon yn eu cyfrif: nid oes ganddi nifer o ddotiau i bob pleidleisiwr, felly nid yw’n derbyn pleidleisiau unigol.</translation>
    </message>
    <message>
        <source>A vote must place at least one dot (item %1 has %2).</source>
        <translation type="unfinished">Rhaid i bleidlais osod o leiaf un dot (mae gan eitem %1 %2).</translation>
    </message>
    <message>
        <source>%1 dots on item %2 is over the limit of %3 per item.</source>
        <translation type="unfinished">Mae %1 dot ar eitem %2 dros y terfyn o %3 i bob eitem.</translation>
    </message>
    <message>
        <source>This ballot uses %1 dots; each voter has %2.</source>
        <translation type="unfinished">Mae’r bleidlais hon yn defnyddio %1 dot; mae gan bob pleidleisiwr %2.</translation>
    </message>
    <message>
        <source>An approval vote is a single tick (item %1 has %2).</source>
        <translation type="unfinished">Un tic yw pleidlais gymeradwyo (mae gan eitem %1 %2).</translation>
    </message>
    <message>
        <source>This ballot approves %1 items; each voter may approve %2.</source>
        <translation type="unfinished">Mae’r bleidlais hon yn cymeradwyo %1 eitem; caiff pob pleidleisiwr gymeradwyo %2.</translation>
    </message>
    <message>
        <source>Preferences must be numbered 1, 2, 3… without gaps or repeats; expected %1 but found %2.</source>
        <translation type="unfinished">Rhaid rhifo dewisiadau 1, 2, 3… heb fylchau nac ailadrodd; disgwyliwyd %1 ond cafwyd %2.</translation>
    </message>
    <message>
        <source>This ballot ranks %1 items; each voter may rank %2.</source>
        <translation type="unfinished">Mae’r bleidlais hon yn rhestru %1 eitem; caiff pob pleidleisiwr restru %2.</translation>
    </message>
    <message>
        <source>Each voter needs at least one vote.</source>
        <translation type="unfinished">Mae ar bob pleidleisiwr angen o leiaf un bleidlais.</translation>
    </message>
    <message>
        <source>A limit per item needs a number of dots per voter.</source>
        <translation type="unfinished">Mae terfyn i bob eitem angen nifer o ddotiau i bob pleidleisiwr.</translation>
    </message>
    <message>
        <source>The limit per item must be between 1 and the %1 dots each voter has.</source>
        <translation type="unfinished">Rhaid i’r terfyn i bob eitem fod rhwng 1 a’r %1 dot sydd gan bob pleidleisiwr.</translation>
    </message>
    <message>
        <source>A limit of dots per item applies only to dot voting.</source>
        <translation type="unfinished">Dim ond i bleidleisio â dotiau y mae terfyn dotiau i bob eitem yn berthnasol.</translation>
    </message>
    <message>
        <source>Paper dots can be counted only in dot or approval voting.</source>
        <translation type="unfinished">Dim ond mewn pleidleisio â dotiau neu bleidleisio cymeradwyo y gellir cyfrif dotiau papur.</translation>
    </message>
    <message>
        <source>A count of paper dots cannot be negative (%1).</source>
        <translation type="unfinished">Ni all cyfrif o ddotiau papur fod yn negyddol (%1).</translation>
    </message>
    <message>
        <source>Put as many dots as you like on the items you support.</source>
        <translation type="unfinished">Rhowch faint a fynnwch o ddotiau ar yr eitemau rydych yn eu cefnogi.</translation>
    </message>
    <message>
        <source>You have %1 dots. Put up to %2 on one item.</source>
        <translation type="unfinished">Mae gennych %1 dot. Rhowch hyd at %2 ar un eitem.</translation>
    </message>
    <message>
        <source>You have %1 dots. Put as many as you like on one item.</source>
        <translation type="unfinished">Mae gennych %1 dot. Rhowch gymaint ag y mynnwch ar un eitem.</translation>
    </message>
    <message>
        <source>Tick up to %1 items you support.</source>
        <translation type="unfinished">Ticiwch hyd at %1 eitem rydych yn eu cefnogi.</translation>
    </message>
    <message>
        <source>Tick every item you support.</source>
        <translation type="unfinished">Ticiwch bob eitem rydych yn ei chefnogi.</translation>
    </message>
    <message>
        <source>Put up to %1 items in order of preference.</source>
        <translation type="unfinished">Rhowch hyd at %1 eitem yn nhrefn eich dewis.</translation>
    </message>
    <message>
        <source>Put the items in order of preference.</source>
        <translation type="unfinished">Rhowch yr eitemau yn nhrefn eich dewis.</translation>
    </message>
    <message>
        <source>A count of paper dots is at most %L1, not %L2.</source>
        <translation type="unfinished">Mae cyfrif o ddotiau papur yn %L1 ar y mwyaf, nid %L2.</translation>
    </message>
</context>
<context>
    <name>BoardGroups</name>
    <message>
        <source>Not in a group</source>
        <translation type="unfinished">Ddim mewn grŵp</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Socitm 2008 benchmarking: median across 52–85 UK councils</source>
        <translation type="unfinished">Meincnodi Socitm 2008: canolrif ar draws 52–85 o gynghorau yn y DU</translation>
    </message>
    <message>
        <source>Web / online</source>
        <translation type="unfinished">Gwe / ar-lein</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished">Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished">Post</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-bost</translation>
    </message>
    <message>
        <source>Webchat</source>
        <translation type="unfinished">Sgwrs ar y we</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished">Neges destun</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished">Ciosg</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished">Cyswllt fideo</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished">Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished">Trydydd parti</translation>
    </message>
    <message>
        <source>%1, improved</source>
        <translation type="unfinished">%1, wedi’i gwella</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished">Dim sianel</translation>
    </message>
</context>
<context>
    <name>ChooseMergeTarget</name>
    <message>
        <source>There is no other blocker on the board to merge into.</source>
        <translation type="unfinished">Does dim rhwystr arall ar y bwrdd i’w gyfuno ag ef.</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation type="unfinished">&amp;Cyfuno â:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: wrong number of arguments (%3 given, %2 expected); see “unblock-cli %1 --help”.</source>
        <translation type="unfinished">%1: nifer anghywir o ddadleuon (rhoddwyd %3, disgwyliwyd %2); gweler “unblock-cli %1 --help”.</translation>
    </message>
    <message>
        <source>%1: --%2 needs a whole number of at least %3, not “%4”.</source>
        <translation type="unfinished">%1: mae --%2 angen rhif cyfan o %3 o leiaf, nid “%4”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished">Methu ysgrifennu “%1”: %2.</translation>
    </message>
    <message>
        <source>rank: there is no voting round %1.</source>
        <translation type="unfinished">rank: nid oes rownd bleidleisio %1.</translation>
    </message>
    <message>
        <source>rank: the session has no voting round on blockers yet.</source>
        <translation type="unfinished">rank: nid oes gan y sesiwn rownd bleidleisio ar rwystrau eto.</translation>
    </message>
    <message>
        <source>rank: --method is one of dots, approval, borda or schulze, not “%1”.</source>
        <translation type="unfinished">rank: mae --method yn un o dots, approval, borda neu schulze, nid “%1”.</translation>
    </message>
    <message>
        <source>rank: round %1 was a vote by %2; its ballots cannot be counted by %3. Only ranked ballots can be recounted (by borda or schulze).</source>
        <translation type="unfinished">rank: pleidlais drwy %2 oedd rownd %1; ni ellir cyfrif ei phleidleisiau drwy %3. Dim ond pleidleisiau wedi’u rhestru y gellir eu hailgyfrif (drwy borda neu schulze).</translation>
    </message>
    <message>
        <source>Round %1%2: %3, voters with a ballot: %4</source>
        <translation type="unfinished">Rownd %1%2: %3, pleidleiswyr â phleidlais: %4</translation>
    </message>
    <message>
        <source>, voters on paper: %1</source>
        <translation type="unfinished">, pleidleiswyr ar bapur: %1</translation>
    </message>
    <message>
        <source>Ranks a voting round&apos;s items, ties shown and explained.</source>
        <translation type="unfinished">Yn rhestru eitemau rownd bleidleisio, gan ddangos ac egluro pob cyfartal.</translation>
    </message>
    <message>
        <source>The session file (*.unblock).</source>
        <translation type="unfinished">Y ffeil sesiwn (*.unblock).</translation>
    </message>
    <message>
        <source>The round to rank. Default: the latest round on blockers.</source>
        <translation type="unfinished">Y rownd i’w rhestru. Rhagosodiad: y rownd ddiweddaraf ar rwystrau.</translation>
    </message>
    <message>
        <source>Count ranked ballots by borda or schulze instead of the round&apos;s own method.</source>
        <translation type="unfinished">Cyfrif pleidleisiau wedi’u rhestru drwy borda neu schulze yn lle dull y rownd ei hun.</translation>
    </message>
    <message>
        <source>Show the top N only (ties at the N-th place widen it).</source>
        <translation type="unfinished">Dangos yr N uchaf yn unig (mae cyfartal yn safle N yn ei ehangu).</translation>
    </message>
    <message>
        <source>table (the default) or json.</source>
        <translation type="unfinished">table (y rhagosodiad) neu json.</translation>
    </message>
    <message>
        <source>A voter&apos;s dots on merged blockers count once (their largest), not added.</source>
        <translation type="unfinished">Mae dotiau pleidleisiwr ar rwystrau wedi’u cyfuno yn cyfrif unwaith (yr uchaf), nid wedi’u hadio.</translation>
    </message>
    <message>
        <source>rank: --format is table or json, not “%1”.</source>
        <translation type="unfinished">rank: mae --format yn table neu json, nid “%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 blockers, %2 solutions and %3 voting rounds.
</source>
        <translation type="unfinished">Mewnforiwyd %1 rhwystr, %2 ateb a %3 rownd bleidleisio.
</translation>
    </message>
    <message>
        <source>Paper dots from %1</source>
        <translation type="unfinished">Dotiau papur o %1</translation>
    </message>
    <message>
        <source>Added %1 blockers and %2 solutions (%3 new groups, %4 new categories)%5.
</source>
        <translation type="unfinished">Ychwanegwyd %1 rhwystr a %2 ateb (%3 grŵp newydd, %4 categori newydd)%5.
</translation>
    </message>
    <message>
        <source>; paper dots are in round %1</source>
        <translation type="unfinished">; mae’r dotiau papur yn rownd %1</translation>
    </message>
    <message>
        <source>The session file to create (*.unblock). It must not exist.</source>
        <translation type="unfinished">Y ffeil sesiwn i’w chreu (*.unblock). Rhaid iddi beidio â bodoli.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation type="unfinished">Teitl y gweithdy.</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation type="unfinished">Crëwyd %1
</translation>
    </message>
    <message>
        <source>Imports into a session file. A whole session (.json, as written by “export”) needs a new file; a spreadsheet of blockers (.csv with the headings group, blocker, category, solution, dots) is added to the session, which is created if it does not exist.</source>
        <translation type="unfinished">Yn mewnforio i ffeil sesiwn. Mae sesiwn gyfan (.json, fel y’i hysgrifennwyd gan “export”) angen ffeil newydd; mae taenlen o rwystrau (.csv gyda’r penawdau group, blocker, category, solution, dots) yn cael ei hychwanegu at y sesiwn, a gaiff ei chreu os nad yw’n bodoli.</translation>
    </message>
    <message>
        <source>The .json or .csv file to import.</source>
        <translation type="unfinished">Y ffeil .json neu .csv i’w mewnforio.</translation>
    </message>
    <message>
        <source>json or csv, when INPUT&apos;s name does not say.</source>
        <translation type="unfinished">json neu csv, pan nad yw enw MEWNBWN yn dweud.</translation>
    </message>
    <message>
        <source>import: cannot tell the format of “%1”; use --format json or --format csv.</source>
        <translation type="unfinished">import: methu dweud fformat “%1”; defnyddiwch --format json neu --format csv.</translation>
    </message>
    <message>
        <source>Writes the whole session as JSON, ids included.</source>
        <translation type="unfinished">Yn ysgrifennu’r sesiwn gyfan fel JSON, gan gynnwys y rhifau adnabod.</translation>
    </message>
    <message>
        <source>Write to OUT instead of the standard output.</source>
        <translation type="unfinished">Ysgrifennu i ALLBWN yn lle’r allbwn safonol.</translation>
    </message>
    <message>
        <source>summary: cannot write “%1”; use .pdf, .odt, .html, .md or .csv.</source>
        <translation type="unfinished">summary: methu ysgrifennu “%1”; defnyddiwch .pdf, .odt, .html, .md neu .csv.</translation>
    </message>
    <message>
        <source>Writes the workshop&apos;s summary as PDF (A4), ODT, HTML, Markdown or CSV.</source>
        <translation type="unfinished">Yn ysgrifennu crynodeb y gweithdy fel PDF (A4), ODT, HTML, Markdown neu CSV.</translation>
    </message>
    <message>
        <source>Write to OUT (.pdf, .odt, .html, .md or .csv) instead of the standard output.</source>
        <translation type="unfinished">Ysgrifennu i ALLBWN (.pdf, .odt, .html, .md neu .csv) yn lle’r allbwn safonol.</translation>
    </message>
    <message>
        <source>pdf, odt, html, md or csv (default: from OUT&apos;s name, else md).</source>
        <translation type="unfinished">pdf, odt, html, md neu csv (rhagosodiad: o enw ALLBWN, fel arall md).</translation>
    </message>
    <message>
        <source>The voting round that ranks the blockers. Default: the latest.</source>
        <translation type="unfinished">Y rownd bleidleisio sy’n rhestru’r rhwystrau. Rhagosodiad: yr un ddiweddaraf.</translation>
    </message>
    <message>
        <source>summary: a PDF or ODT summary needs a file to go to: add -o OUT.</source>
        <translation type="unfinished">summary: mae crynodeb PDF neu ODT angen ffeil i fynd iddi: ychwanegwch -o ALLBWN.</translation>
    </message>
    <message>
        <source>Compares workshops: the categories and blockers that recur across them, with votes per voter. Reads the session files without changing them.</source>
        <translation type="unfinished">Yn cymharu gweithdai: y categorïau a’r rhwystrau sy’n codi eto ar eu traws, gyda phleidleisiau i bob pleidleisiwr. Yn darllen y ffeiliau sesiwn heb eu newid.</translation>
    </message>
    <message>
        <source>A session file (*.unblock).</source>
        <translation type="unfinished">Ffeil sesiwn (*.unblock).</translation>
    </message>
    <message>
        <source>Another, and as many more as you like.</source>
        <translation type="unfinished">Un arall, a chynifer eto ag y mynnwch.</translation>
    </message>
    <message>
        <source>Write to OUT (.html, .md or .csv) instead of the standard output.</source>
        <translation type="unfinished">Ysgrifennu i ALLBWN (.html, .md neu .csv) yn lle’r allbwn safonol.</translation>
    </message>
    <message>
        <source>compare: cannot write “%1”; use .html, .md or .csv.</source>
        <translation type="unfinished">compare: methu ysgrifennu “%1”; defnyddiwch .html, .md neu .csv.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see “unblock-cli --help”.</source>
        <translation type="unfinished">gorchymyn anhysbys “%1”; gweler “unblock-cli --help”.</translation>
    </message>
    <message>
        <source>Creates a new session file for a Really Useful Day: the usual blocker categories and four tables, as the window&apos;s File ▸ New Really Useful Day makes it.</source>
        <translation type="unfinished">Yn creu ffeil sesiwn newydd ar gyfer Diwrnod Gwirioneddol Ddefnyddiol: y categorïau rhwystrau arferol a phedwar bwrdd, fel y mae Ffeil ▸ Diwrnod Gwirioneddol Ddefnyddiol Newydd y ffenestr yn ei gwneud.</translation>
    </message>
    <message>
        <source>Start with no tables and no categories (File ▸ New Blank Session).</source>
        <translation type="unfinished">Dechrau heb fyrddau a heb gategorïau (Ffeil ▸ Sesiwn Wag Newydd).</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation type="unfinished">Methwyd ysgrifennu i’r allbwn safonol: %1.</translation>
    </message>
    <message>
        <source>actions: --for is for a .csv file; a .ics file is a calendar.</source>
        <translation>actions: mae --for ar gyfer ffeil .csv; calendr yw ffeil .ics.</translation>
    </message>
    <message>
        <source>actions: cannot write “%1”; use .ics or .csv.</source>
        <translation>actions: methu ysgrifennu “%1”; defnyddiwch .ics neu .csv.</translation>
    </message>
    <message>
        <source>actions: a .csv file needs --for jira or --for azure-devops.</source>
        <translation>actions: mae ffeil .csv angen --for jira neu --for azure-devops.</translation>
    </message>
    <message>
        <source>Writes the actions still to do (open or in progress, this workshop&apos;s and those carried from earlier ones) for a calendar or a tracker: an iCalendar file with an all-day event on each due date, or a CSV file for Jira&apos;s or Azure DevOps&apos; importer.</source>
        <translation>Yn ysgrifennu’r camau gweithredu sydd i’w gwneud (ar agor neu ar y gweill, rhai’r gweithdy hwn a’r rhai a gariwyd o rai cynharach) ar gyfer calendr neu draciwr: ffeil iCalendar gyda digwyddiad drwy’r dydd ar bob dyddiad erbyn, neu ffeil CSV ar gyfer mewnforiwr Jira neu Azure DevOps.</translation>
    </message>
    <message>
        <source>The file to write: OUT.ics or OUT.csv.</source>
        <translation>Y ffeil i’w hysgrifennu: ALLAN.ics neu ALLAN.csv.</translation>
    </message>
    <message>
        <source>For a .csv file: jira or azure-devops.</source>
        <translation>Ar gyfer ffeil .csv: jira neu azure-devops.</translation>
    </message>
    <message>
        <source>actions: say where to write them: -o OUT.ics or -o OUT.csv.</source>
        <translation>actions: dywedwch ble i’w hysgrifennu: -o ALLAN.ics neu -o ALLAN.csv.</translation>
    </message>
    <message>
        <source>actions: %1</source>
        <translation>actions: %1</translation>
    </message>
    <message>
        <source>Start from an earlier workshop (File ▸ New Session from…): its tables, categories and channel costs, and the actions it left open.</source>
        <translation>Dechrau o weithdy cynharach (Ffeil ▸ Sesiwn Newydd o…): ei fyrddau, ei gategorïau a chostau ei sianeli, a’r camau gweithredu a adawodd ar agor.</translation>
    </message>
    <message>
        <source>new: --blank and --from cannot go together.</source>
        <translation>new: ni ellir defnyddio --blank a --from gyda’i gilydd.</translation>
    </message>
    <message numerus="yes">
        <source>Carried %n open action(s) from the earlier workshop.
</source>
        <translation>
            <numerusform>Cariwyd %n cam gweithredu agored o’r gweithdy cynharach.
</numerusform>
            <numerusform>Cariwyd %n cam gweithredu agored o’r gweithdy cynharach.
</numerusform>
            <numerusform>Cariwyd %n cam gweithredu agored o’r gweithdy cynharach.
</numerusform>
            <numerusform>Cariwyd %n cam gweithredu agored o’r gweithdy cynharach.
</numerusform>
            <numerusform>Cariwyd %n cam gweithredu agored o’r gweithdy cynharach.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank a round whose results have not been revealed yet (after the day).</source>
        <translation type="unfinished">Rhestru trefn rownd nad yw ei chanlyniadau wedi’u datgelu eto (ar ôl y diwrnod).</translation>
    </message>
    <message>
        <source>rank: the results of round %1 have not been revealed yet. Reveal them, or add --include-unrevealed after the day.</source>
        <translation type="unfinished">rank: nid yw canlyniadau rownd %1 wedi’u datgelu eto. Datgelwch nhw, neu ychwanegwch --include-unrevealed ar ôl y diwrnod.</translation>
    </message>
    <message>
        <source>summary: --without takes %1, not “%2”.</source>
        <translation type="unfinished">summary: mae --without yn cymryd %1, nid “%2”.</translation>
    </message>
    <message>
        <source>How many top blockers (ties widen it). Default %1.</source>
        <translation type="unfinished">Sawl prif rwystr (mae cydraddoldeb yn ei ehangu). Diofyn %1.</translation>
    </message>
    <message>
        <source>Parts to leave out, from: %1.</source>
        <translation type="unfinished">Rhannau i’w gadael allan, o blith: %1.</translation>
    </message>
    <message>
        <source>Rank rounds whose results have not been revealed too (after the day: the summary may be shown to the room before the reveal).</source>
        <translation type="unfinished">Rhestru trefn rowndiau nad yw eu canlyniadau wedi’u datgelu hefyd (ar ôl y diwrnod: gall y crynodeb gael ei ddangos i’r ystafell cyn y datgelu).</translation>
    </message>
    <message>
        <source>Writes a complete copy of a session file, as the window&apos;s File ▸ Save a Copy does; the session itself is not changed. A file already at TARGET is replaced, whole.</source>
        <translation type="unfinished">Yn ysgrifennu copi cyflawn o ffeil sesiwn, fel y mae Ffeil ▸ Cadw Copi y ffenestr yn ei wneud; nid yw’r sesiwn ei hun yn newid. Caiff ffeil sydd eisoes yn TARGED ei disodli, yn gyfan.</translation>
    </message>
    <message>
        <source>The copy to write (*.unblock).</source>
        <translation type="unfinished">Y copi i’w ysgrifennu (*.unblock).</translation>
    </message>
    <message>
        <source>A copy to send beyond the room (File ▸ Save a Copy for Sharing): without people&apos;s names (who wrote each blocker, the names phones sent, the facilitator, owners of actions; voters and phones get new ids) and without anything deleted.</source>
        <translation type="unfinished">Copi i’w anfon y tu hwnt i’r ystafell (Ffeil ▸ Cadw Copi i’w Rannu): heb enwau pobl (pwy ysgrifennodd bob rhwystr, yr enwau a anfonodd ffonau, yr hwylusydd, perchnogion camau gweithredu; caiff pleidleiswyr a ffonau rifau adnabod newydd) a heb ddim a ddilëwyd.</translation>
    </message>
    <message>
        <source>With --for-sharing: keep the names of the people who own actions.</source>
        <translation type="unfinished">Gyda --for-sharing: cadw enwau’r bobl sy’n berchen ar gamau gweithredu.</translation>
    </message>
    <message>
        <source>copy: --keep-owners goes with --for-sharing; a plain copy keeps everything.</source>
        <translation type="unfinished">copy: mae --keep-owners yn mynd gyda --for-sharing; mae copi plaen yn cadw popeth.</translation>
    </message>
    <message>
        <source>Usage: unblock-cli COMMAND [OPTIONS] ARGUMENTS

Commands:
  new FILE            create a new session file
  import FILE INPUT   import a session (.json) or a spreadsheet of blockers (.csv)
  export FILE         write the whole session as JSON
  copy FILE TARGET    copy a session; --for-sharing leaves out people&apos;s names
  rank FILE           rank a voting round
  summary FILE        write the workshop&apos;s summary (PDF, ODT, HTML, Markdown, CSV)
  compare A B …       what recurs across workshops
  actions FILE        the actions still to do, for a calendar (.ics), Jira or Azure DevOps

“unblock-cli COMMAND --help” describes each command. “--version” prints the version.
</source>
        <translation type="unfinished">Defnydd: unblock-cli GORCHYMYN [DEWISIADAU] DADLEUON

Gorchmynion:
  new FFEIL           creu ffeil sesiwn newydd
  import FFEIL MEWNBWN  mewnforio sesiwn (.json) neu daenlen o rwystrau (.csv)
  export FFEIL        ysgrifennu’r sesiwn gyfan fel JSON
  copy FFEIL TARGED   copïo sesiwn; mae --for-sharing yn gadael enwau pobl allan
  rank FFEIL          rhestru rownd bleidleisio
  summary FFEIL       ysgrifennu crynodeb y gweithdy (PDF, ODT, HTML, Markdown, CSV)
  compare A B …       beth sy’n codi eto ar draws gweithdai
  actions FFEIL       y camau gweithredu sydd i’w gwneud, ar gyfer calendr (.ics), Jira neu Azure DevOps

Mae “unblock-cli GORCHYMYN --help” yn disgrifio pob gorchymyn. Mae “--version” yn argraffu’r fersiwn.
</translation>
    </message>
    <message>
        <source>%1 It is left out of the comparison.</source>
        <translation type="unfinished">%1 Caiff ei gadael allan o’r gymhariaeth.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished">Pleidleiswyr</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished">Rhwystr</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">Gweithdai</translation>
    </message>
    <message>
        <source>Votes per voter, summed</source>
        <translation type="unfinished">Pleidleisiau i bob pleidleisiwr, wedi’u hadio</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation type="unfinished">Hefyd wedi’i ysgrifennu fel</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished">Rhwystrau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Comparing needs two session files or more.</source>
        <translation type="unfinished">Mae cymharu angen dwy ffeil sesiwn neu fwy.</translation>
    </message>
    <message>
        <source>Across workshops</source>
        <translation type="unfinished">Ar draws gweithdai</translation>
    </message>
    <message>
        <source>Blockers raised in more than one workshop</source>
        <translation type="unfinished">Rhwystrau a godwyd mewn mwy nag un gweithdy</translation>
    </message>
    <message>
        <source>No blocker was raised in more than one workshop.</source>
        <translation type="unfinished">Ni chodwyd unrhyw rwystr mewn mwy nag un gweithdy.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categorïau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished">Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished">Markdown (*.md)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished">Taenlen (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>First</source>
        <translation>Cyntaf</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Olaf</translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation>Tuedd fesul chwarter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n pleidleisiwr</numerusform>
            <numerusform>%n pleidleisiwr</numerusform>
            <numerusform>%n pleidleisiwr</numerusform>
            <numerusform>%n pleidleisiwr</numerusform>
            <numerusform>%n pleidleisiwr</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with %2.</source>
        <translation>%1, gyda %2.</translation>
    </message>
    <message>
        <source>%1, held from %2 to %3, with %4.</source>
        <translation>%1, a gynhaliwyd o %2 i %3, gyda %4.</translation>
    </message>
    <message>
        <source>No workshop has a date, so there is no trend by quarter.</source>
        <translation>Nid oes dyddiad gan unrhyw weithdy, felly nid oes tuedd fesul chwarter.</translation>
    </message>
    <message>
        <source>Trend by quarter: one mark a quarter from %1 to %2, as high as the share of that quarter’s workshops that raised it (· for a quarter without a workshop); rising or falling when its share in the later half of the quarters is ten points or more above or below the earlier half.</source>
        <translation>Tuedd fesul chwarter: un marc y chwarter o %1 i %2, mor uchel â chyfran gweithdai’r chwarter hwnnw a’i cododd (· am chwarter heb weithdy); yn codi neu’n gostwng pan fo’i gyfran yn ail hanner y chwarteri ddeg pwynt neu fwy uwchlaw neu islaw’r hanner cyntaf.</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Fesul chwarter</translation>
    </message>
    <message>
        <source>How many workshops each quarter held, and the share of them that raised each of the categories raised most widely.</source>
        <translation>Faint o weithdai a gynhaliwyd bob chwarter, a chyfran y rheini a gododd bob un o’r categorïau a godwyd amlaf.</translation>
    </message>
    <message>
        <source>Appendix: the workshops</source>
        <translation>Atodiad: y gweithdai</translation>
    </message>
    <message>
        <source>Share of workshops that raised each category, widest first</source>
        <translation>Cyfran y gweithdai a gododd bob categori, yr ehangaf yn gyntaf</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Allan o</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Cyfran (%)</translation>
    </message>
    <message>
        <source>Workshop names</source>
        <translation>Enwau’r gweithdai</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 o %2 (%3)</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>yn codi</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>yn gostwng</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>yn gyson</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 o %3</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
            <numerusform> a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation>Ion–Maw</translation>
    </message>
    <message>
        <source>Apr–Jun</source>
        <translation>Ebr–Meh</translation>
    </message>
    <message>
        <source>Jul–Sep</source>
        <translation>Gor–Med</translation>
    </message>
    <message>
        <source>Oct–Dec</source>
        <translation>Hyd–Rha</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>“%1” is %2 MB: too large to be a workshop’s session (at most %3 MB).</source>
        <translation type="unfinished">Mae “%1” yn %2 MB: yn rhy fawr i fod yn sesiwn gweithdy (%3 MB ar y mwyaf).</translation>
    </message>
    <message>
        <source>Comparing needs two session files or more that can be read.</source>
        <translation type="unfinished">Mae cymharu angen dwy ffeil sesiwn neu fwy y gellir eu darllen.</translation>
    </message>
</context>
<context>
    <name>CostToServe</name>
    <message>
        <source>The cost is too large to compute; check the volume and the costs per contact.</source>
        <translation type="unfinished">Mae’r gost yn rhy fawr i’w chyfrifo; gwiriwch y nifer a’r costau i bob cyswllt.</translation>
    </message>
    <message>
        <source>set for this step</source>
        <translation type="unfinished">wedi’i osod ar gyfer y cam hwn</translation>
    </message>
    <message>
        <source>The share that moves online is a percentage from 0 to 100.</source>
        <translation type="unfinished">Canran o 0 i 100 yw’r gyfran sy’n symud ar-lein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in pounds, such as 3.76.</source>
        <translation type="unfinished">Nid yw “%1” yn swm mewn punnoedd, fel 3.76.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation type="unfinished">Llinell %1, colofn %2 (%3): %4</translation>
    </message>
    <message>
        <source>this is not a heading Unblock knows. Use %1.</source>
        <translation type="unfinished">nid yw hwn yn bennawd y mae Unblock yn ei adnabod. Defnyddiwch %1.</translation>
    </message>
    <message>
        <source>this heading appears twice.</source>
        <translation type="unfinished">mae’r pennawd hwn yn ymddangos ddwywaith.</translation>
    </message>
    <message>
        <source>Line %1: there is no “%2” heading. The first row must name the columns: %3.</source>
        <translation type="unfinished">Llinell %1: nid oes pennawd “%2”. Rhaid i’r rhes gyntaf enwi’r colofnau: %3.</translation>
    </message>
    <message>
        <source>no heading</source>
        <translation type="unfinished">dim pennawd</translation>
    </message>
    <message>
        <source>this cell is beyond the last heading.</source>
        <translation type="unfinished">mae’r gell hon y tu hwnt i’r pennawd olaf.</translation>
    </message>
    <message>
        <source>“%1” was already given the category “%2”.</source>
        <translation type="unfinished">Rhoddwyd y categori “%2” i “%1” eisoes.</translation>
    </message>
    <message>
        <source>the blocker is empty and there is no blocker above for this row to add to.</source>
        <translation type="unfinished">mae’r rhwystr yn wag ac nid oes rhwystr uwchben i’r rhes hon ychwanegu ato.</translation>
    </message>
    <message>
        <source>“%1” is not a count of dots (a whole number from 0 to 1,000,000).</source>
        <translation type="unfinished">Nid yw “%1” yn gyfrif o ddotiau (rhif cyfan o 0 i 1,000,000).</translation>
    </message>
    <message>
        <source>“%1” already has %2 dots from line %3.</source>
        <translation type="unfinished">Mae gan “%1” %2 dot eisoes o linell %3.</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading row and no blockers.</source>
        <translation type="unfinished">Mae’r ffeil yn wag: nid oes ganddi res penawdau na rhwystrau.</translation>
    </message>
    <message>
        <source>Paper dots from the spreadsheet</source>
        <translation type="unfinished">Dotiau papur o’r daenlen</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation type="unfinished">Nid testun UTF-8 yw’r ffeil. Cadwch hi o’r daenlen fel “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is never closed.</source>
        <translation type="unfinished">Llinell %1: nid yw cell mewn dyfynodau byth yn cau.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished">Nid yw “%1” yn ie neu na.</translation>
    </message>
    <message>
        <source>the step is empty.</source>
        <translation type="unfinished">mae’r cam yn wag.</translation>
    </message>
    <message>
        <source>“%1” is not in the session&apos;s channel table (%2).</source>
        <translation type="unfinished">Nid yw “%1” yn nhabl sianeli’r sesiwn (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes (0 to 100,000).</source>
        <translation type="unfinished">Nid yw “%1” yn nifer o funudau (0 i 100,000).</translation>
    </message>
    <message>
        <source>“%1” is not an emotion from −2 to +2.</source>
        <translation type="unfinished">Nid yw “%1” yn emosiwn o −2 i +2.</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading row and no steps.</source>
        <translation type="unfinished">Mae’r ffeil yn wag: nid oes ganddi res penawdau na chamau.</translation>
    </message>
    <message>
        <source>Line %1: a journey has at most 1,000 steps.</source>
        <translation type="unfinished">Llinell %1: mae gan daith 1,000 o gamau ar y mwyaf.</translation>
    </message>
    <message>
        <source>The file has headings but no steps.</source>
        <translation type="unfinished">Mae gan y ffeil benawdau ond dim camau.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add blocker</source>
        <translation type="unfinished">Ychwanegu rhwystr</translation>
    </message>
    <message>
        <source>Put pain point on the board</source>
        <translation type="unfinished">Rhoi pwynt poen ar y bwrdd</translation>
    </message>
    <message>
        <source>Edit blocker</source>
        <translation type="unfinished">Golygu rhwystr</translation>
    </message>
    <message>
        <source>Move blocker</source>
        <translation type="unfinished">Symud rhwystr</translation>
    </message>
    <message>
        <source>Delete blocker</source>
        <translation type="unfinished">Dileu rhwystr</translation>
    </message>
    <message>
        <source>Merge blockers</source>
        <translation type="unfinished">Cyfuno rhwystrau</translation>
    </message>
    <message>
        <source>Separate blockers</source>
        <translation type="unfinished">Gwahanu rhwystrau</translation>
    </message>
    <message>
        <source>Add solution</source>
        <translation type="unfinished">Ychwanegu ateb</translation>
    </message>
    <message>
        <source>Edit solution</source>
        <translation type="unfinished">Golygu ateb</translation>
    </message>
    <message>
        <source>Move solution</source>
        <translation type="unfinished">Symud ateb</translation>
    </message>
    <message>
        <source>Delete solution</source>
        <translation type="unfinished">Dileu ateb</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">Ychwanegu grŵp</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished">Ailenwi grŵp</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished">Dileu grŵp</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation type="unfinished">Ychwanegu taith</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="unfinished">Dileu taith</translation>
    </message>
    <message>
        <source>Change channels and costs</source>
        <translation type="unfinished">Newid sianeli a chostau</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation type="unfinished">Golygu manylion y sesiwn</translation>
    </message>
    <message>
        <source>Count paper dots</source>
        <translation type="unfinished">Cyfrif dotiau papur</translation>
    </message>
    <message>
        <source>Clear a ballot</source>
        <translation type="unfinished">Clirio pleidlais</translation>
    </message>
    <message>
        <source>Could not redo “%1”</source>
        <translation type="unfinished">Methwyd ail-wneud “%1”</translation>
    </message>
    <message>
        <source>Could not undo “%1”</source>
        <translation type="unfinished">Methwyd dadwneud “%1”</translation>
    </message>
    <message>
        <source>That item from a phone is no longer there.</source>
        <translation type="unfinished">Nid yw’r eitem honno o ffôn yno mwyach.</translation>
    </message>
    <message>
        <source>Accept item from a phone</source>
        <translation type="unfinished">Derbyn eitem o ffôn</translation>
    </message>
    <message>
        <source>Merge item from a phone</source>
        <translation type="unfinished">Cyfuno eitem o ffôn</translation>
    </message>
    <message>
        <source>Do not add item from a phone</source>
        <translation type="unfinished">Peidio ag ychwanegu eitem o ffôn</translation>
    </message>
    <message>
        <source>Mark action %1</source>
        <translation>Marcio’r cam gweithredu’n %1</translation>
    </message>
    <message>
        <source>Add solution from the library</source>
        <translation>Ychwanegu ateb o’r llyfrgell</translation>
    </message>
    <message>
        <source>Add blocker merged into another</source>
        <translation type="unfinished">Ychwanegu rhwystr wedi’i gyfuno ag un arall</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n action(s) %1</source>
        <translation type="unfinished">
            <numerusform>Marcio %n cam gweithredu’n %1</numerusform>
            <numerusform>Marcio %n cam gweithredu’n %1</numerusform>
            <numerusform>Marcio %n cam gweithredu’n %1</numerusform>
            <numerusform>Marcio %n cam gweithredu’n %1</numerusform>
            <numerusform>Marcio %n cam gweithredu’n %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished">Ychwanegu cam</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation type="unfinished">Golygu cam</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished">Symud cam</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation type="unfinished">Dileu cam</translation>
    </message>
    <message>
        <source>Import steps</source>
        <translation type="unfinished">Mewnforio camau</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n item(s) from phones</source>
        <translation type="unfinished">
            <numerusform>Derbyn %n eitem o’r ffonau</numerusform>
            <numerusform>Derbyn %n eitem o’r ffonau</numerusform>
            <numerusform>Derbyn %n eitem o’r ffonau</numerusform>
            <numerusform>Derbyn %n eitem o’r ffonau</numerusform>
            <numerusform>Derbyn %n eitem o’r ffonau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not add %n item(s) from phones</source>
        <translation type="unfinished">
            <numerusform>Peidio ag ychwanegu %n eitem o’r ffonau</numerusform>
            <numerusform>Peidio ag ychwanegu %n eitem o’r ffonau</numerusform>
            <numerusform>Peidio ag ychwanegu %n eitem o’r ffonau</numerusform>
            <numerusform>Peidio ag ychwanegu %n eitem o’r ffonau</numerusform>
            <numerusform>Peidio ag ychwanegu %n eitem o’r ffonau</numerusform>
        </translation>
    </message>
    <message>
        <source>The phones’ settings</source>
        <translation type="unfinished">Gosodiadau’r ffonau</translation>
    </message>
</context>
<context>
    <name>ImpactEffort</name>
    <message>
        <source>Quick wins</source>
        <translation>Enillion cyflym</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Mentrau mawr</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Llenwi bylchau</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Pydewau arian</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished">Rhwystr</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Ymdrech</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Pedrant</translation>
    </message>
    <message>
        <source>Impact and effort</source>
        <translation>Effaith ac ymdrech</translation>
    </message>
    <message>
        <source>Each solution given an impact and an effort (1 to 5) is a numbered mark; 4 and 5 count as high, 1 to 3 as low. The key below lists them, quick wins first.</source>
        <translation>Mae pob ateb a gafodd effaith ac ymdrech (1 i 5) yn farc â rhif; mae 4 a 5 yn cyfrif yn uchel, 1 i 3 yn isel. Mae’r allwedd isod yn eu rhestru, yr enillion cyflym yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) have no impact or effort yet, so they are not on the matrix.</source>
        <translation>
            <numerusform>Nid oes effaith nac ymdrech gan %n ateb eto, felly nid ydynt ar y matrics.</numerusform>
            <numerusform>Nid oes effaith nac ymdrech gan %n ateb eto, felly nid ydynt ar y matrics.</numerusform>
            <numerusform>Nid oes effaith nac ymdrech gan %n ateb eto, felly nid ydynt ar y matrics.</numerusform>
            <numerusform>Nid oes effaith nac ymdrech gan %n ateb eto, felly nid ydynt ar y matrics.</numerusform>
            <numerusform>Nid oes effaith nac ymdrech gan %n ateb eto, felly nid ydynt ar y matrics.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Ymdrech →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Effaith →</translation>
    </message>
    <message numerus="yes">
        <source>Impact and effort of %n solution(s)</source>
        <translation>
            <numerusform>Effaith ac ymdrech %n ateb</numerusform>
            <numerusform>Effaith ac ymdrech %n ateb</numerusform>
            <numerusform>Effaith ac ymdrech %n ateb</numerusform>
            <numerusform>Effaith ac ymdrech %n ateb</numerusform>
            <numerusform>Effaith ac ymdrech %n ateb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished">Methu darllen “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than Unblock reads: files of up to %L2 bytes.</source>
        <translation type="unfinished">Mae “%1” yn fwy nag y mae Unblock yn ei ddarllen: ffeiliau hyd at %L2 beit.</translation>
    </message>
</context>
<context>
    <name>JourneyDiagram</name>
    <message>
        <source>%1 · avoidable</source>
        <translation type="unfinished">%1 · modd ei osgoi</translation>
    </message>
    <message>
        <source>How they feel
(−2 to +2)</source>
        <translation type="unfinished">Sut maen nhw’n teimlo
(−2 i +2)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished">cost yn anhysbys</translation>
    </message>
</context>
<context>
    <name>JourneyPhoto</name>
    <message>
        <source>The picture is larger than 50 MB.</source>
        <translation type="unfinished">Mae’r llun yn fwy na 50 MB.</translation>
    </message>
    <message>
        <source>It is not a picture Unblock can read (JPEG or PNG, for example).</source>
        <translation type="unfinished">Nid yw’n llun y gall Unblock ei ddarllen (JPEG neu PNG, er enghraifft).</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels; Unblock takes up to 64 megapixels.</source>
        <translation type="unfinished">Mae’r llun yn %1 × %2 picsel; mae Unblock yn derbyn hyd at 64 megapicsel.</translation>
    </message>
    <message>
        <source>The picture could not be read: %1</source>
        <translation type="unfinished">Methu darllen y llun: %1</translation>
    </message>
    <message>
        <source>The picture could not be stored: %1</source>
        <translation type="unfinished">Methu cadw’r llun: %1</translation>
    </message>
    <message>
        <source>A journey&apos;s photo is a JPEG picture.</source>
        <translation type="unfinished">Llun JPEG yw llun taith.</translation>
    </message>
    <message>
        <source>A journey&apos;s photo is at most 8 MB.</source>
        <translation type="unfinished">Mae llun taith yn 8 MB ar y mwyaf.</translation>
    </message>
</context>
<context>
    <name>JourneyRules</name>
    <message>
        <source>A cost per contact is from £0 to £1,000,000.</source>
        <translation type="unfinished">Mae cost i bob cyswllt rhwng £0 a £1,000,000.</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation type="unfinished">enw’r sianel</translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished">ffynhonnell</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished">cam</translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished">actor</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation type="unfinished">pwynt poen</translation>
    </message>
    <message>
        <source>A step takes from 0 to 100,000 minutes.</source>
        <translation type="unfinished">Mae cam yn cymryd rhwng 0 a 100,000 o funudau.</translation>
    </message>
    <message>
        <source>A step&apos;s emotion is from −2 to +2.</source>
        <translation type="unfinished">Mae emosiwn cam rhwng −2 a +2.</translation>
    </message>
    <message>
        <source>journey title</source>
        <translation type="unfinished">teitl y daith</translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished">persona</translation>
    </message>
    <message>
        <source>A journey&apos;s volume is from 0 to 1,000,000,000 a year.</source>
        <translation type="unfinished">Mae nifer taith rhwng 0 a 1,000,000,000 y flwyddyn.</translation>
    </message>
    <message>
        <source>A journey has at most 1,000 steps.</source>
        <translation type="unfinished">Mae gan daith 1,000 o gamau ar y mwyaf.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished">Cam %1: %2</translation>
    </message>
    <message>
        <source>Two channels are called “%1”: give each its own name.</source>
        <translation type="unfinished">Mae dwy sianel o’r enw “%1”: rhowch ei henw ei hun i bob un.</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>text</source>
        <translation type="unfinished">testun</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">rhif</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished">rhif cyfan</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished">gwir neu gau</translation>
    </message>
    <message>
        <source>a whole number of usual size</source>
        <translation type="unfinished">rhif cyfan o faint arferol</translation>
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation type="unfinished">dyddiad fel 2026-11-22</translation>
    </message>
    <message>
        <source>a time such as 2026-11-22T09:30:00.000Z</source>
        <translation type="unfinished">amser fel 2026-11-22T09:30:00.000Z</translation>
    </message>
    <message>
        <source>one of the known names</source>
        <translation type="unfinished">un o’r enwau hysbys</translation>
    </message>
    <message>
        <source>a picture in base64</source>
        <translation type="unfinished">llun mewn base64</translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished">rhestr</translation>
    </message>
    <message>
        <source>%1.%2: expected %3.</source>
        <translation type="unfinished">%1.%2: disgwyliwyd %3.</translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation type="unfinished">%1: disgwyliwyd gwrthrych.</translation>
    </message>
    <message>
        <source>session: expected an object.</source>
        <translation type="unfinished">session: disgwyliwyd gwrthrych.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished">llinell %1, colofn %2</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1): %2.</source>
        <translation type="unfinished">Nid yw hwn yn JSON dilys (%1): %2.</translation>
    </message>
    <message>
        <source>This JSON is not an Unblock session (it has no &quot;format&quot;: &quot;unblock-session&quot;).</source>
        <translation type="unfinished">Nid sesiwn Unblock yw’r JSON hwn (nid oes ganddo &quot;format&quot;: &quot;unblock-session&quot;).</translation>
    </message>
    <message>
        <source>This session file has no valid format version.</source>
        <translation type="unfinished">Nid oes gan y ffeil sesiwn hon fersiwn fformat ddilys.</translation>
    </message>
    <message>
        <source>This session was exported by a newer Unblock (format %1; this version reads up to %2). Update Unblock to import it.</source>
        <translation type="unfinished">Allforiwyd y sesiwn hon gan Unblock mwy newydd (fformat %1; mae’r fersiwn hon yn darllen hyd at %2). Diweddarwch Unblock i’w mewnforio.</translation>
    </message>
    <message>
        <source>%1.ballots[%2]: expected text.</source>
        <translation type="unfinished">%1.ballots[%2]: roedd angen testun.</translation>
    </message>
    <message>
        <source>%1.%2[%3]: expected a whole number.</source>
        <translation type="unfinished">%1.%2[%3]: disgwylid rhif cyfan.</translation>
    </message>
    <message>
        <source>phones: expected an object.</source>
        <translation type="unfinished">phones: disgwylid gwrthrych.</translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>Recorded by:</source>
        <translation type="unfinished">Cofnodwyd gan:</translation>
    </message>
    <message>
        <source>%1, for “%2”</source>
        <translation type="unfinished">%1, ar gyfer “%2”</translation>
    </message>
    <message>
        <source>and others: %1 workshops in all</source>
        <translation type="unfinished">ac eraill: %1 gweithdy i gyd</translation>
    </message>
</context>
<context>
    <name>Licence</name>
    <message>
        <source>Copyright 2026 The Unblock developers.
Unblock is free software under the GNU General Public License, version 3 or (at your option) any later version (%1): you may share and change it. It comes with no warranty, as far as the law allows.</source>
        <translation type="unfinished">Hawlfraint 2026 Datblygwyr Unblock.
Mae Unblock yn feddalwedd rydd dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu (os mynnwch) unrhyw fersiwn diweddarach (%1): cewch ei rhannu a’i newid. Nid oes gwarant iddi, cyn belled ag y mae’r gyfraith yn caniatáu.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (LGPL-3.0; Qt Charts and Qt HTTP Server GPL-3.0), SQLite %2 (public domain) and libqrencode (LGPL-2.1-or-later).</source>
        <translation type="unfinished">Wedi’i hadeiladu gyda Qt %1 (LGPL-3.0; Qt Charts a Qt HTTP Server GPL-3.0), SQLite %2 (parth cyhoeddus) a libqrencode (LGPL-2.1-or-later).</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <source>shares: %1</source>
        <translation type="unfinished">yn rhannu: %1</translation>
    </message>
</context>
<context>
    <name>MergeTargets</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneItems</name>
    <message>
        <source>The call for items has closed.</source>
        <translation type="unfinished">Mae’r alwad am eitemau wedi cau.</translation>
    </message>
    <message>
        <source>The call for items is paused. Keep your words: it will open again.</source>
        <translation type="unfinished">Mae’r alwad am eitemau wedi’i seibio. Cadwch eich geiriau: bydd yn agor eto.</translation>
    </message>
    <message>
        <source>The facilitator is not taking items from this phone.</source>
        <translation type="unfinished">Nid yw’r hwylusydd yn derbyn eitemau o’r ffôn hwn.</translation>
    </message>
    <message numerus="yes">
        <source>This phone has sent %n item(s), the most this call takes.</source>
        <translation type="unfinished">
            <numerusform>Mae’r ffôn hwn wedi anfon %n eitem, y mwyaf y mae’r alwad hon yn ei gymryd.</numerusform>
            <numerusform>Mae’r ffôn hwn wedi anfon %n eitem, y mwyaf y mae’r alwad hon yn ei gymryd.</numerusform>
            <numerusform>Mae’r ffôn hwn wedi anfon %n eitem, y mwyaf y mae’r alwad hon yn ei gymryd.</numerusform>
            <numerusform>Mae’r ffôn hwn wedi anfon %n eitem, y mwyaf y mae’r alwad hon yn ei gymryd.</numerusform>
            <numerusform>Mae’r ffôn hwn wedi anfon %n eitem, y mwyaf y mae’r alwad hon yn ei gymryd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before sending the next item.</source>
        <translation type="unfinished">
            <numerusform>Arhoswch %n eiliad cyn anfon yr eitem nesaf.</numerusform>
            <numerusform>Arhoswch %n eiliad cyn anfon yr eitem nesaf.</numerusform>
            <numerusform>Arhoswch %n eiliad cyn anfon yr eitem nesaf.</numerusform>
            <numerusform>Arhoswch %n eiliad cyn anfon yr eitem nesaf.</numerusform>
            <numerusform>Arhoswch %n eiliad cyn anfon yr eitem nesaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished">rhwystr</translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished">ateb</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">enw</translation>
    </message>
    <message>
        <source>Choose your table from the list.</source>
        <translation type="unfinished">Dewiswch eich bwrdd o’r rhestr.</translation>
    </message>
    <message>
        <source>Choose the blocker your solution is for.</source>
        <translation type="unfinished">Dewiswch y rhwystr y mae eich ateb ar ei gyfer.</translation>
    </message>
    <message>
        <source>This phone has not joined this session. Scan the code again.</source>
        <translation type="unfinished">Nid yw’r ffôn hwn wedi ymuno â’r sesiwn hon. Sganiwch y cod eto.</translation>
    </message>
    <message>
        <source>The item could not be read.</source>
        <translation type="unfinished">Nid oedd modd darllen yr eitem.</translation>
    </message>
    <message>
        <source>This item was already received.</source>
        <translation type="unfinished">Daeth yr eitem hon i law yn barod.</translation>
    </message>
</context>
<context>
    <name>PhoneNetworks</name>
    <message>
        <source>This laptop only (%1)</source>
        <translation type="unfinished">Y gliniadur hwn yn unig (%1)</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Vote from your phone</source>
        <translation type="unfinished">Pleidleisiwch o’ch ffôn</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished">Cod ymuno</translation>
    </message>
    <message>
        <source>Type the code shown on the screen at the front of the room.</source>
        <translation type="unfinished">Teipiwch y cod sydd ar y sgrin ym mlaen yr ystafell.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished">Ymuno</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished">Yn ymuno…</translation>
    </message>
    <message>
        <source>Send my votes</source>
        <translation type="unfinished">Anfon fy mhleidleisiau</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Yn anfon…</translation>
    </message>
    <message>
        <source>Your votes are in. You can change them until voting closes.</source>
        <translation type="unfinished">Mae eich pleidleisiau wedi cyrraedd. Gallwch eu newid nes i’r bleidlais gau.</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to open a vote.</source>
        <translation type="unfinished">Yn aros i’r hwylusydd agor pleidlais.</translation>
    </message>
    <message>
        <source>Voting has closed. Thank you.</source>
        <translation type="unfinished">Mae’r bleidlais wedi cau. Diolch.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation type="unfinished">Collwyd y cysylltiad. Yn ailgysylltu…</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check you are on the same wifi.</source>
        <translation type="unfinished">Nid oes modd cyrraedd y gliniadur. Gwiriwch eich bod ar yr un wifi.</translation>
    </message>
    <message>
        <source>You have {n} dots. Put up to {max} on one item.</source>
        <translation type="unfinished">Mae gennych {n} dot. Gallwch roi hyd at {max} ar un eitem.</translation>
    </message>
    <message>
        <source>You have {n} dots. Put as many as you like on one item.</source>
        <translation type="unfinished">Mae gennych {n} dot. Gallwch roi faint a fynnwch ar un eitem.</translation>
    </message>
    <message>
        <source>Put as many dots as you like on the items you support.</source>
        <translation type="unfinished">Rhowch faint a fynnwch o ddotiau ar yr eitemau rydych yn eu cefnogi.</translation>
    </message>
    <message>
        <source>Dots left: {n} of {total}</source>
        <translation type="unfinished">Dotiau ar ôl: {n} o {total}</translation>
    </message>
    <message>
        <source>{n} dots</source>
        <translation type="unfinished">{n} dot</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation type="unfinished">1 dot</translation>
    </message>
    <message>
        <source>Add a dot to {title}</source>
        <translation type="unfinished">Ychwanegu dot at {title}</translation>
    </message>
    <message>
        <source>Remove a dot from {title}</source>
        <translation type="unfinished">Tynnu dot oddi ar {title}</translation>
    </message>
    <message>
        <source>Tick up to {n} items you support.</source>
        <translation type="unfinished">Ticiwch hyd at {n} eitem rydych yn eu cefnogi.</translation>
    </message>
    <message>
        <source>Tick every item you support.</source>
        <translation type="unfinished">Ticiwch bob eitem rydych yn ei chefnogi.</translation>
    </message>
    <message>
        <source>Ticks left: {n} of {total}</source>
        <translation type="unfinished">Ticiau ar ôl: {n} o {total}</translation>
    </message>
    <message>
        <source>Put up to {n} items in order of preference: add them, then move them up or down.</source>
        <translation type="unfinished">Rhowch hyd at {n} eitem yn nhrefn eich dewis: ychwanegwch nhw, yna symudwch nhw i fyny neu i lawr.</translation>
    </message>
    <message>
        <source>Put the items in order of preference: add them, then move them up or down.</source>
        <translation type="unfinished">Rhowch yr eitemau yn nhrefn eich dewis: ychwanegwch nhw, yna symudwch nhw i fyny neu i lawr.</translation>
    </message>
    <message>
        <source>Places left: {n} of {total}</source>
        <translation type="unfinished">Lleoedd ar ôl: {n} o {total}</translation>
    </message>
    <message>
        <source>Number {n}</source>
        <translation type="unfinished">Rhif {n}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Ychwanegu</translation>
    </message>
    <message>
        <source>Add {title} to my order</source>
        <translation type="unfinished">Ychwanegu {title} at fy nhrefn</translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished">I fyny</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation type="unfinished">Symud {title} i fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished">I lawr</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation type="unfinished">Symud {title} i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
        <source>Take {title} out of my order</source>
        <translation type="unfinished">Tynnu {title} o fy nhrefn</translation>
    </message>
    <message>
        <source>This phone: {label}</source>
        <translation type="unfinished">Y ffôn hwn: {label}</translation>
    </message>
    <message>
        <source>Add a blocker</source>
        <translation>Ychwanegu rhwystr</translation>
    </message>
    <message>
        <source>What stops services being better? One blocker at a time.</source>
        <translation>Beth sy’n atal gwasanaethau rhag gwella? Un rhwystr ar y tro.</translation>
    </message>
    <message>
        <source>Add a solution</source>
        <translation>Ychwanegu ateb</translation>
    </message>
    <message>
        <source>What would remove the blocker? One solution at a time.</source>
        <translation>Beth fyddai’n cael gwared ar y rhwystr? Un ateb ar y tro.</translation>
    </message>
    <message>
        <source>Your table</source>
        <translation>Eich bwrdd</translation>
    </message>
    <message>
        <source>Choose your table</source>
        <translation>Dewiswch eich bwrdd</translation>
    </message>
    <message>
        <source>Your table: {name}</source>
        <translation>Eich bwrdd: {name}</translation>
    </message>
    <message>
        <source>The blocker your solution is for</source>
        <translation>Y rhwystr y mae eich ateb ar ei gyfer</translation>
    </message>
    <message>
        <source>Your solution is for: {title}</source>
        <translation>Mae eich ateb ar gyfer: {title}</translation>
    </message>
    <message>
        <source>Your blocker</source>
        <translation>Eich rhwystr</translation>
    </message>
    <message>
        <source>Your solution</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>{n} of {max} characters</source>
        <translation>{n} o {max} nod</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Eich enw (dewisol)</translation>
    </message>
    <message>
        <source>Leave it empty to stay anonymous.</source>
        <translation>Gadewch yn wag i aros yn ddienw.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Sent. The facilitator will look at it.</source>
        <translation>Wedi’i anfon. Bydd yr hwylusydd yn edrych arno.</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Your words are kept: press Send again.</source>
        <translation>Nid oes modd cyrraedd y gliniadur. Mae eich geiriau wedi’u cadw: pwyswch Anfon eto.</translation>
    </message>
    <message>
        <source>The facilitator has paused the call. Keep your words: it will open again.</source>
        <translation>Mae’r hwylusydd wedi oedi’r alwad. Cadwch eich geiriau: bydd yn agor eto.</translation>
    </message>
    <message>
        <source>The call for items has closed. Thank you.</source>
        <translation>Mae’r alwad am eitemau wedi cau. Diolch.</translation>
    </message>
    <message>
        <source>What you sent</source>
        <translation>Yr hyn a anfonoch</translation>
    </message>
    <message>
        <source>Waiting for the facilitator</source>
        <translation>Yn aros am yr hwylusydd</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Ar y bwrdd</translation>
    </message>
    <message>
        <source>Merged into “{title}”</source>
        <translation>Wedi’i gyfuno â “{title}”</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished">Heb ei ychwanegu</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Heb ei ychwanegu: {reason}</translation>
    </message>
    <message>
        <source>Add yours from your phone</source>
        <translation>Ychwanegwch eich rhai chi o’ch ffôn</translation>
    </message>
    <message>
        <source>Choose the blocker</source>
        <translation>Dewiswch y rhwystr</translation>
    </message>
    <message>
        <source>There is no blocker to answer now. Wait for the facilitator.</source>
        <translation>Nid oes rhwystr i’w ateb nawr. Arhoswch am yr hwylusydd.</translation>
    </message>
    <message>
        <source>One item at a time: Enter sends it.</source>
        <translation>Un eitem ar y tro: mae Enter yn ei hanfon.</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <source>The seconds between a phone’s items are %1; they can be 0 to %2.</source>
        <translation type="unfinished">Yr eiliadau rhwng eitemau ffôn yw %1; gallant fod o 0 i %2.</translation>
    </message>
    <message>
        <source>The items per phone are %1; they can be 1 to %2.</source>
        <translation type="unfinished">Yr eitemau fesul ffôn yw %1; gallant fod o 1 i %2.</translation>
    </message>
    <message>
        <source>A call for solutions names no blocker they would answer.</source>
        <translation type="unfinished">Nid yw galwad am atebion yn enwi unrhyw rwystr y byddent yn ei ateb.</translation>
    </message>
    <message>
        <source>Only a call for solutions names blockers.</source>
        <translation type="unfinished">Dim ond galwad am atebion sy’n enwi rhwystrau.</translation>
    </message>
    <message>
        <source>A call for solutions names a blocker twice.</source>
        <translation type="unfinished">Mae galwad am atebion yn enwi rhwystr ddwywaith.</translation>
    </message>
</context>
<context>
    <name>PhoneVoting</name>
    <message>
        <source>Too many wrong join codes from this phone. Try again in %1 seconds.</source>
        <translation type="unfinished">Gormod o godau ymuno anghywir o’r ffôn hwn. Rhowch gynnig arall ymhen %1 eiliad.</translation>
    </message>
    <message>
        <source>That join code is not right. It is on the projected screen.</source>
        <translation type="unfinished">Nid yw’r cod ymuno hwnnw’n gywir. Mae ar y sgrin sy’n cael ei thaflunio.</translation>
    </message>
    <message>
        <source>This phone has not joined this session. Scan the code again.</source>
        <translation type="unfinished">Nid yw’r ffôn hwn wedi ymuno â’r sesiwn hon. Sganiwch y cod eto.</translation>
    </message>
    <message>
        <source>The ballot could not be read.</source>
        <translation type="unfinished">Methu darllen y bleidlais.</translation>
    </message>
    <message>
        <source>Voting in this round has closed.</source>
        <translation type="unfinished">Mae’r pleidleisio yn y rownd hon wedi cau.</translation>
    </message>
    <message>
        <source>This ballot was already sent, or a newer one was.</source>
        <translation type="unfinished">Anfonwyd y bleidlais hon eisoes, neu anfonwyd un fwy newydd.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished">Methu ysgrifennu “%1”: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unblock sessions (*.unblock);;All files (*)</source>
        <translation type="unfinished">Sesiynau Unblock (*.unblock);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished">Agor i’w darllen yn unig?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished">Agor i’w &amp;Darllen yn Unig</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished">Agor Sesiwn</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>dots</source>
        <translation type="unfinished">dotiau</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation type="unfinished">cymeradwyaethau</translation>
    </message>
    <message>
        <source>Borda points</source>
        <translation type="unfinished">pwyntiau Borda</translation>
    </message>
    <message>
        <source>pairwise wins</source>
        <translation type="unfinished">buddugoliaethau pâr</translation>
    </message>
    <message>
        <source>more people voted for it (%1 against %2)</source>
        <translation type="unfinished">pleidleisiodd mwy o bobl drosti (%1 yn erbyn %2)</translation>
    </message>
    <message>
        <source>it was added to the board earlier</source>
        <translation type="unfinished">fe’i hychwanegwyd at y bwrdd yn gynharach</translation>
    </message>
    <message>
        <source>it has the lower number (%1 against %2)</source>
        <translation type="unfinished">mae ganddi’r rhif is (%1 yn erbyn %2)</translation>
    </message>
    <message>
        <source>Tied at rank %1 on %2 %3</source>
        <translation type="unfinished">Cyfartal yn safle %1 ar %2 %3</translation>
    </message>
    <message>
        <source>%1; listed above “%2” because %3.</source>
        <translation type="unfinished">%1; wedi’i rhestru uwchben “%2” oherwydd %3.</translation>
    </message>
    <message>
        <source>%1; listed last of the tied items.</source>
        <translation type="unfinished">%1; wedi’i rhestru’n olaf o’r eitemau cyfartal.</translation>
    </message>
    <message>
        <source>The top %1 has %2 items because %3 are tied at rank %4.</source>
        <translation type="unfinished">Mae gan y %1 uchaf %2 eitem oherwydd bod %3 yn gyfartal yn safle %4.</translation>
    </message>
    <message>
        <source>Fewer items received votes than the top asks for: %1.</source>
        <translation type="unfinished">Cafodd llai o eitemau bleidleisiau nag y mae’r brig yn gofyn amdanynt: %1.</translation>
    </message>
    <message>
        <source>There is no voting round %1.</source>
        <translation type="unfinished">Nid oes rownd bleidleisio %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation type="unfinished">
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s)</source>
        <translation type="unfinished">
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
            <numerusform>%n cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Borda point(s)</source>
        <translation type="unfinished">
            <numerusform>%n pwynt Borda</numerusform>
            <numerusform>%n pwynt Borda</numerusform>
            <numerusform>%n pwynt Borda</numerusform>
            <numerusform>%n pwynt Borda</numerusform>
            <numerusform>%n pwynt Borda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairwise win(s)</source>
        <translation type="unfinished">
            <numerusform>%n buddugoliaeth pâr</numerusform>
            <numerusform>%n buddugoliaeth pâr</numerusform>
            <numerusform>%n buddugoliaeth pâr</numerusform>
            <numerusform>%n buddugoliaeth pâr</numerusform>
            <numerusform>%n buddugoliaeth pâr</numerusform>
        </translation>
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished">ar bapur</translation>
    </message>
    <message>
        <source>%1 + paper</source>
        <translation type="unfinished">%1 + papur</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished">Safle</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished">Pleidleiswyr</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Eitem</translation>
    </message>
    <message>
        <source>more people voted for it on a ballot (%1 against %2; dots on paper are not counted by voter)</source>
        <translation type="unfinished">pleidleisiodd mwy o bobl drosto ar bapur pleidleisio (%1 yn erbyn %2; ni chyfrifir dotiau ar bapur fesul pleidleisiwr)</translation>
    </message>
    <message>
        <source>Items with equal scores share a rank. Among them, the list shows first the one more people voted for on a ballot (dots on paper are not counted by voter), then the one added to the board first; this order does not change any rank.</source>
        <translation type="unfinished">Mae eitemau â sgoriau cyfartal yn rhannu safle. Yn eu plith, mae’r rhestr yn dangos yn gyntaf yr un y pleidleisiodd mwy o bobl drosto ar bapur pleidleisio (ni chyfrifir dotiau ar bapur fesul pleidleisiwr), yna’r un a ychwanegwyd at y bwrdd gyntaf; nid yw’r drefn hon yn newid unrhyw safle.</translation>
    </message>
</context>
<context>
    <name>RoundStates</name>
    <message>
        <source>Round %1</source>
        <translation type="unfinished">Rownd %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation type="unfinished">Mae %1 ar agor yn barod.</translation>
    </message>
    <message>
        <source>%1 is closed already.</source>
        <translation type="unfinished">Mae %1 ar gau yn barod.</translation>
    </message>
    <message>
        <source>The results of %1 are shown already.</source>
        <translation type="unfinished">Mae canlyniadau %1 yn cael eu dangos yn barod.</translation>
    </message>
    <message>
        <source>The results of %1 have been shown; they cannot be hidden again. Re-open the round to take more votes.</source>
        <translation type="unfinished">Mae canlyniadau %1 wedi’u dangos; ni ellir eu cuddio eto. Ailagorwch y rownd i dderbyn rhagor o bleidleisiau.</translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>The channel costs for new sessions could not be used: %1 Change them in Preferences.</source>
        <translation type="unfinished">Ni ellid defnyddio costau’r sianeli ar gyfer sesiynau newydd: %1 Newidiwch nhw yn y Dewisiadau.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished">Bwrdd %1</translation>
    </message>
</context>
<context>
    <name>SharedLearning</name>
    <message>
        <source>%1, ranked %2 of %3</source>
        <translation>%1, safle %2 o %3</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the library.</source>
        <translation>
            <numerusform>%n gweithdy yn y llyfrgell.</numerusform>
            <numerusform>%n gweithdy yn y llyfrgell.</numerusform>
            <numerusform>%n gweithdy yn y llyfrgell.</numerusform>
            <numerusform>%n gweithdy yn y llyfrgell.</numerusform>
            <numerusform>%n gweithdy yn y llyfrgell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Ni ellid darllen %n ffeil.</numerusform>
            <numerusform>Ni ellid darllen %n ffeil.</numerusform>
            <numerusform>Ni ellid darllen %n ffeil.</numerusform>
            <numerusform>Ni ellid darllen %n ffeil.</numerusform>
            <numerusform>Ni ellid darllen %n ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library’s folder “%1” cannot be found.</source>
        <translation>Ni ellir dod o hyd i ffolder y llyfrgell “%1”.</translation>
    </message>
    <message>
        <source>The library’s folder “%1” cannot be read.</source>
        <translation>Ni ellir darllen ffolder y llyfrgell “%1”.</translation>
    </message>
    <message>
        <source>blocker not voted on</source>
        <translation type="unfinished">ni phleidleisiwyd ar y rhwystr</translation>
    </message>
    <message>
        <source>blocker: %1</source>
        <translation type="unfinished">rhwystr: %1</translation>
    </message>
    <message>
        <source>this solution not voted on</source>
        <translation type="unfinished">ni phleidleisiwyd ar yr ateb hwn</translation>
    </message>
    <message>
        <source>this solution: %1</source>
        <translation type="unfinished">yr ateb hwn: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>blocker title</source>
        <translation type="unfinished">teitl y rhwystr</translation>
    </message>
    <message>
        <source>blocker detail</source>
        <translation type="unfinished">manylion y rhwystr</translation>
    </message>
    <message>
        <source>author&apos;s name</source>
        <translation type="unfinished">enw’r awdur</translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished">categori</translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished">grŵp</translation>
    </message>
    <message>
        <source>There is no journey step %1.</source>
        <translation type="unfinished">Nid oes cam taith %1.</translation>
    </message>
    <message>
        <source>That step is not marked as a pain point.</source>
        <translation type="unfinished">Nid yw’r cam hwnnw wedi’i nodi’n bwynt poen.</translation>
    </message>
    <message>
        <source>That pain point is already on the board.</source>
        <translation type="unfinished">Mae’r pwynt poen hwnnw ar y bwrdd eisoes.</translation>
    </message>
    <message>
        <source>A pain point in the journey “%1”, at the step “%2”.</source>
        <translation type="unfinished">Pwynt poen yn y daith “%1”, yn y cam “%2”.</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished">rhwystr</translation>
    </message>
    <message>
        <source>Blocker %1 cannot be merged into %2: %2 is already counted with %1.</source>
        <translation type="unfinished">Ni ellir cyfuno rhwystr %1 â %2: mae %2 eisoes yn cael ei gyfrif gyda %1.</translation>
    </message>
    <message>
        <source>Blocker %1 is not merged into another.</source>
        <translation type="unfinished">Nid yw rhwystr %1 wedi’i gyfuno ag un arall.</translation>
    </message>
    <message>
        <source>impact</source>
        <translation type="unfinished">effaith</translation>
    </message>
    <message>
        <source>effort</source>
        <translation type="unfinished">ymdrech</translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished">ateb</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation type="unfinished">enw’r perchennog</translation>
    </message>
    <message>
        <source>round title</source>
        <translation type="unfinished">teitl y rownd</translation>
    </message>
    <message>
        <source>There is already a category called “%1”.</source>
        <translation type="unfinished">Mae categori o’r enw “%1” eisoes.</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation type="unfinished">teitl y gweithdy</translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished">lleoliad</translation>
    </message>
    <message>
        <source>facilitator&apos;s name</source>
        <translation type="unfinished">enw’r hwylusydd</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation type="unfinished">Ni all nifer y mynychwyr fod yn negyddol.</translation>
    </message>
    <message>
        <source>category name</source>
        <translation type="unfinished">enw’r categori</translation>
    </message>
    <message>
        <source>group name</source>
        <translation type="unfinished">enw’r grŵp</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished">Nid yw “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished">Methu darllen “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an Unblock session: it is not a database file at all.</source>
        <translation type="unfinished">Nid sesiwn Unblock yw “%1”: nid yw’n ffeil cronfa ddata o gwbl.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an Unblock session.</source>
        <translation type="unfinished">Cronfa ddata rhaglen arall yw “%1”, nid sesiwn Unblock.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it has been cut short (%L2 bytes of %L3). Try an earlier copy of it.</source>
        <translation type="unfinished">Mae “%1” wedi’i difrodi: mae wedi’i thorri’n fyr (%L2 beit o %L3). Rhowch gynnig ar gopi cynharach ohoni.</translation>
    </message>
    <message>
        <source>“%1” is used by journeys, so it cannot be removed. Move their steps to another channel first.</source>
        <translation type="unfinished">Mae teithiau’n defnyddio “%1”, felly ni ellir ei dileu. Symudwch eu camau i sianel arall yn gyntaf.</translation>
    </message>
    <message>
        <source>A channel needs an id.</source>
        <translation type="unfinished">Mae sianel angen rhif adnabod.</translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished">taith</translation>
    </message>
    <message>
        <source>format %1 backup</source>
        <translation type="unfinished">copi wrth gefn fformat %1</translation>
    </message>
    <message>
        <source>format %1 backup %2</source>
        <translation type="unfinished">copi wrth gefn fformat %1 %2</translation>
    </message>
    <message>
        <source>There is no blocker %1.</source>
        <translation type="unfinished">Nid oes rhwystr %1.</translation>
    </message>
    <message>
        <source>There is no solution %1.</source>
        <translation type="unfinished">Nid oes ateb %1.</translation>
    </message>
    <message>
        <source>There is no group %1.</source>
        <translation type="unfinished">Nid oes grŵp %1.</translation>
    </message>
    <message>
        <source>There is no voting round %1.</source>
        <translation type="unfinished">Nid oes rownd bleidleisio %1.</translation>
    </message>
    <message>
        <source>Blocker %1 has been merged into blocker %2; vote for that one instead.</source>
        <translation type="unfinished">Mae rhwystr %1 wedi’i gyfuno â rhwystr %2; pleidleisiwch dros hwnnw yn lle.</translation>
    </message>
    <message>
        <source>A vote on solutions needs the blocker they solve.</source>
        <translation type="unfinished">Mae pleidlais ar atebion angen y rhwystr y maent yn ei ddatrys.</translation>
    </message>
    <message>
        <source>voter&apos;s id</source>
        <translation type="unfinished">rhif adnabod y pleidleisiwr</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation type="unfinished">Nid oes %1 %2.</translation>
    </message>
    <message>
        <source>The %1 must be from 1 to 5, not %2.</source>
        <translation type="unfinished">Rhaid i’r %1 fod o 1 i 5, nid %2.</translation>
    </message>
    <message>
        <source>Could not write in “%1”: %2.</source>
        <translation type="unfinished">Methu ysgrifennu yn “%1”: %2.</translation>
    </message>
    <message>
        <source>copying the session</source>
        <translation type="unfinished">copïo’r sesiwn</translation>
    </message>
    <message>
        <source>checking the copy</source>
        <translation type="unfinished">gwirio’r copi</translation>
    </message>
    <message>
        <source>The copy did not pass its integrity check.</source>
        <translation type="unfinished">Ni phasiodd y copi ei wiriad cywirdeb.</translation>
    </message>
    <message>
        <source>creating the copy</source>
        <translation type="unfinished">creu’r copi</translation>
    </message>
    <message>
        <source>closing the copy</source>
        <translation type="unfinished">cau’r copi</translation>
    </message>
    <message>
        <source>Could not put the copy in place as “%1”: %2.</source>
        <translation type="unfinished">Methu rhoi’r copi yn ei le fel “%1”: %2.</translation>
    </message>
    <message>
        <source>It contains database objects an Unblock session never has (%1), so it was not opened.</source>
        <translation type="unfinished">Mae’n cynnwys gwrthrychau cronfa ddata nad oes gan sesiwn Unblock byth (%1), felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>“%1” is in a network or cloud-synced folder. Work on a copy on this computer and save it back afterwards: syncing can copy the file half-written.</source>
        <translation type="unfinished">Mae “%1” mewn ffolder rhwydwaith neu ffolder sy’n cysoni â’r cwmwl. Gweithiwch ar gopi ar y cyfrifiadur hwn a’i gadw’n ôl wedyn: gall cysoni gopïo’r ffeil ar ei hanner.</translation>
    </message>
    <message>
        <source>opening the file</source>
        <translation type="unfinished">agor y ffeil</translation>
    </message>
    <message>
        <source>It is damaged (%1). Try an earlier copy of it.</source>
        <translation type="unfinished">Mae wedi’i difrodi (%1). Rhowch gynnig ar gopi cynharach ohoni.</translation>
    </message>
    <message>
        <source>reading the session</source>
        <translation type="unfinished">darllen y sesiwn</translation>
    </message>
    <message>
        <source>“%1” was made by an older Unblock and has been updated. The original is kept as “%2”.</source>
        <translation type="unfinished">Gwnaed “%1” gan Unblock hŷn ac mae wedi’i diweddaru. Cedwir y gwreiddiol fel “%2”.</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it, or choose another name for the new session.</source>
        <translation type="unfinished">Mae “%1” yn bodoli eisoes. Agorwch hi, neu dewiswch enw arall i’r sesiwn newydd.</translation>
    </message>
    <message>
        <source>“%1” could not be created. %2</source>
        <translation type="unfinished">Methu creu “%1”. %2</translation>
    </message>
    <message>
        <source>It was saved by a newer version of Unblock (file format %1; this version knows up to %2), so it is open read-only and nothing in it can be lost.</source>
        <translation type="unfinished">Fe’i cadwyd gan fersiwn mwy newydd o Unblock (fformat ffeil %1; mae’r fersiwn hon yn gwybod hyd at %2), felly mae ar agor i’w darllen yn unig ac ni ellir colli dim ynddi.</translation>
    </message>
    <message>
        <source>It was opened read-only.</source>
        <translation type="unfinished">Fe’i hagorwyd i’w darllen yn unig.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written, so it is open read-only. Save a copy somewhere else to make changes.</source>
        <translation type="unfinished">Ni ellir ysgrifennu i’r ffeil na’i ffolder, felly mae ar agor i’w darllen yn unig. Cadwch gopi yn rhywle arall i wneud newidiadau.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. %2</source>
        <translation type="unfinished">Methu agor “%1”. %2</translation>
    </message>
    <message>
        <source>“%1” cannot be changed. %2</source>
        <translation type="unfinished">Ni ellir newid “%1”. %2</translation>
    </message>
    <message>
        <source>“%1” is the session itself; choose another file for the copy.</source>
        <translation type="unfinished">“%1” yw’r sesiwn ei hun; dewiswch ffeil arall ar gyfer y copi.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished">Nid yw’r ffolder “%1” yn bodoli.</translation>
    </message>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). You can open it read-only, or close it there first.</source>
        <translation type="unfinished">Mae “%1” ar agor yn %2 eisoes (proses %3 ar %4). Gallwch ei hagor i’w darllen yn unig, neu ei chau yno yn gyntaf.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished">rhaglen arall</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for editing because its folder cannot be written.</source>
        <translation type="unfinished">Ni ellir cloi “%1” i’w golygu oherwydd na ellir ysgrifennu i’w ffolder.</translation>
    </message>
    <message>
        <source>A whole session can be imported only into a new, empty session file.</source>
        <translation type="unfinished">Dim ond i ffeil sesiwn newydd, wag y gellir mewnforio sesiwn gyfan.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished">mae’r ddisg yn llawn</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished">ni ellir ysgrifennu i’r ffeil</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished">mae’r ffeil wedi’i difrodi</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation type="unfinished">mae rhaglen arall yn defnyddio’r ffeil</translation>
    </message>
    <message>
        <source>the system could not read or write the file</source>
        <translation type="unfinished">methodd y system ddarllen neu ysgrifennu’r ffeil</translation>
    </message>
    <message>
        <source>Failed while %1: %2 (SQLite: %3).</source>
        <translation type="unfinished">Methwyd wrth %1: %2 (SQLite: %3).</translation>
    </message>
    <message>
        <source>preparing a change</source>
        <translation type="unfinished">paratoi newid</translation>
    </message>
    <message>
        <source>writing the session</source>
        <translation type="unfinished">ysgrifennu’r sesiwn</translation>
    </message>
    <message>
        <source>Blocker %1 is merged into itself through others, which Unblock never does: this file was changed by another program.</source>
        <translation type="unfinished">Mae rhwystr %1 wedi’i gyfuno ag ef ei hun drwy eraill, rhywbeth nad yw Unblock byth yn ei wneud: newidiwyd y ffeil hon gan raglen arall.</translation>
    </message>
    <message>
        <source>The disk could not read the copy back (%1).</source>
        <translation type="unfinished">Ni allai’r ddisg ddarllen y copi yn ôl (%1).</translation>
    </message>
    <message>
        <source>The disk could not read it (%1). Check the disk or the folder it is in, then open it again.</source>
        <translation type="unfinished">Ni allai’r ddisg ei darllen (%1). Gwiriwch y ddisg neu’r ffolder y mae ynddi, yna agorwch hi eto.</translation>
    </message>
    <message>
        <source>There is no item %1 from the phones.</source>
        <translation type="unfinished">Does dim eitem %1 o’r ffonau.</translation>
    </message>
    <message>
        <source>Item %1 from the phones is already on the board.</source>
        <translation type="unfinished">Mae eitem %1 o’r ffonau ar y bwrdd yn barod.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">enw</translation>
    </message>
    <message>
        <source>An item from a phone needs the phone&apos;s token.</source>
        <translation type="unfinished">Mae angen tocyn y ffôn ar eitem o ffôn.</translation>
    </message>
    <message>
        <source>A solution needs the blocker it solves.</source>
        <translation type="unfinished">Mae angen y rhwystr y mae’n ei ddatrys ar ateb.</translation>
    </message>
    <message>
        <source>Choose the blocker this solution solves.</source>
        <translation type="unfinished">Dewiswch y rhwystr y mae’r ateb hwn yn ei ddatrys.</translation>
    </message>
    <message>
        <source>Only a blocker can be merged into another.</source>
        <translation type="unfinished">Dim ond rhwystr y gellir ei gyfuno ag un arall.</translation>
    </message>
    <message>
        <source>word for the phone</source>
        <translation type="unfinished">gair i’r ffôn</translation>
    </message>
    <message>
        <source>An item taken back waits or is not added.</source>
        <translation type="unfinished">Mae eitem a dynnwyd yn ôl yn aros neu heb ei hychwanegu.</translation>
    </message>
    <message>
        <source>Only an action has a status: give the solution an owner or a due date first.</source>
        <translation>Dim ond cam gweithredu sydd â statws: rhowch berchennog neu ddyddiad dyledus i’r ateb yn gyntaf.</translation>
    </message>
    <message>
        <source>carried action</source>
        <translation>cam gweithredu a gariwyd</translation>
    </message>
    <message>
        <source>workshop&apos;s title</source>
        <translation type="unfinished">teitl y gweithdy</translation>
    </message>
    <message>
        <source>That journey has a future version already (“%1”): change that one instead.</source>
        <translation type="unfinished">Mae gan y daith honno fersiwn i’r dyfodol yn barod (“%1”): newidiwch honno yn lle.</translation>
    </message>
    <message>
        <source>That step is no longer in the journey.</source>
        <translation type="unfinished">Nid yw’r cam hwnnw yn y daith mwyach.</translation>
    </message>
    <message>
        <source>A journey has at most 1,000 steps.</source>
        <translation type="unfinished">Mae gan daith 1,000 o gamau ar y mwyaf.</translation>
    </message>
    <message>
        <source>A change was asked for while the session was being read.</source>
        <translation type="unfinished">Gofynnwyd am newid tra oedd y sesiwn yn cael ei darllen.</translation>
    </message>
    <message>
        <source>The number of paper voters is from 0 to %L1.</source>
        <translation type="unfinished">Mae nifer y pleidleiswyr papur rhwng 0 a %L1.</translation>
    </message>
    <message>
        <source>Its “%1” is missing (an Unblock session of format %2 always has it), so it was not opened.</source>
        <translation type="unfinished">Mae ei “%1” ar goll (mae gan sesiwn Unblock o fformat %2 hwnnw bob amser), felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>Its “%1” is not the one Unblock writes for format %2 (its columns or rules differ), so it was not opened.</source>
        <translation type="unfinished">Nid ei “%1” yw’r un y mae Unblock yn ei ysgrifennu ar gyfer fformat %2 (mae ei golofnau neu ei reolau’n wahanol), felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>the workshop&apos;s date</source>
        <translation type="unfinished">dyddiad y gweithdy</translation>
    </message>
    <message>
        <source>solution %1&apos;s due date</source>
        <translation type="unfinished">dyddiad erbyn ateb %1</translation>
    </message>
    <message>
        <source>solution %1&apos;s status date</source>
        <translation type="unfinished">dyddiad statws ateb %1</translation>
    </message>
    <message>
        <source>solution %1&apos;s workshop date</source>
        <translation type="unfinished">dyddiad gweithdy ateb %1</translation>
    </message>
    <message>
        <source>carried action %1&apos;s due date</source>
        <translation type="unfinished">dyddiad erbyn cam gweithredu a gariwyd %1</translation>
    </message>
    <message>
        <source>carried action %1&apos;s status date</source>
        <translation type="unfinished">dyddiad statws cam gweithredu a gariwyd %1</translation>
    </message>
    <message>
        <source>carried action %1&apos;s workshop date</source>
        <translation type="unfinished">dyddiad gweithdy cam gweithredu a gariwyd %1</translation>
    </message>
    <message>
        <source>It has %1 rows of %2 where a session has one.</source>
        <translation type="unfinished">Mae ganddi %1 rhes o %2 lle mae gan sesiwn un.</translation>
    </message>
    <message>
        <source>It holds %1 “%2”, which is not a day such as 2026-12-07.</source>
        <translation type="unfinished">Mae’n cynnwys %1 “%2”, nad yw’n ddiwrnod fel 2026-12-07.</translation>
    </message>
    <message>
        <source>Its %1%2 refer to %3 that are not there.</source>
        <translation type="unfinished">Mae ei %1%2 yn cyfeirio at %3 nad ydynt yno.</translation>
    </message>
    <message>
        <source>making the copy for sharing</source>
        <translation type="unfinished">gwneud y copi i’w rannu</translation>
    </message>
    <message>
        <source>It was saved by a newer version of Unblock (file format %1), which may keep people&apos;s names where this version does not look for them. Make the copy for sharing in that version.</source>
        <translation type="unfinished">Cafodd ei chadw gan fersiwn mwy newydd o Unblock (fformat ffeil %1), a allai gadw enwau pobl lle nad yw’r fersiwn hon yn edrych amdanynt. Gwnewch y copi i’w rannu yn y fersiwn honno.</translation>
    </message>
    <message>
        <source>It has columns this version of Unblock does not know (%1), which might hold people&apos;s names, so no copy for sharing was made.</source>
        <translation type="unfinished">Mae ganddi golofnau nad yw’r fersiwn hon o Unblock yn eu hadnabod (%1), a allai gynnwys enwau pobl, felly ni wnaed copi i’w rannu.</translation>
    </message>
    <message>
        <source>This SQLite cannot wipe deleted content.</source>
        <translation type="unfinished">Ni all y SQLite hwn sychu cynnwys a ddilëwyd.</translation>
    </message>
    <message numerus="yes">
        <source>The copy still had %n free page(s).</source>
        <translation type="unfinished">
            <numerusform>Roedd gan y copi %n tudalen rydd o hyd.</numerusform>
            <numerusform>Roedd gan y copi %n tudalen rydd o hyd.</numerusform>
            <numerusform>Roedd gan y copi %n tudalen rydd o hyd.</numerusform>
            <numerusform>Roedd gan y copi %n tudalen rydd o hyd.</numerusform>
            <numerusform>Roedd gan y copi %n tudalen rydd o hyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds a number too large for any session (%1 in %2).</source>
        <translation type="unfinished">Mae’n cynnwys rhif rhy fawr i unrhyw sesiwn (%1 yn %2).</translation>
    </message>
    <message>
        <source>It was changed outside Unblock and breaks its rules (%1). Ask whoever sent it for the file as Unblock saved it, or open an earlier copy.</source>
        <translation type="unfinished">Cafodd ei newid y tu allan i Unblock ac mae’n torri ei reolau (%1). Gofynnwch i bwy bynnag a’i hanfonodd am y ffeil fel y cadwodd Unblock hi, neu agorwch gopi cynharach.</translation>
    </message>
    <message>
        <source>Its workshop has no id (Unblock gives every session one when it is made).</source>
        <translation type="unfinished">Does gan ei gweithdy ddim dynodydd (mae Unblock yn rhoi un i bob sesiwn pan gaiff ei gwneud).</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Journey</source>
        <translation type="unfinished">Taith</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished">Adran</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished">Safle</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished">Pleidleisiau</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Grŵp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished">Rhwystr</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation type="unfinished">Wedi’i gyfuno â</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>A pain point in</source>
        <translation type="unfinished">Pwynt poen yn</translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished">Brig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Mynychwyr</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Grwpiau</translation>
    </message>
    <message>
        <source>No solutions were recorded.</source>
        <translation type="unfinished">Ni chofnodwyd unrhyw atebion.</translation>
    </message>
    <message>
        <source>Top %1 blockers and solutions</source>
        <translation type="unfinished">Y %1 prif rwystr a’u hatebion</translation>
    </message>
    <message>
        <source>No votes have been recorded yet.</source>
        <translation type="unfinished">Nid oes pleidleisiau wedi’u cofnodi eto.</translation>
    </message>
    <message>
        <source>Votes for the top blockers</source>
        <translation type="unfinished">Pleidleisiau ar gyfer y prif rwystrau</translation>
    </message>
    <message>
        <source>Other blockers and solutions discussed by groups</source>
        <translation type="unfinished">Rhwystrau ac atebion eraill a drafodwyd gan grwpiau</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Dim.</translation>
    </message>
    <message>
        <source>User journeys</source>
        <translation type="unfinished">Teithiau defnyddwyr</translation>
    </message>
    <message>
        <source>Photo of the group&apos;s sketch of “%1”</source>
        <translation type="unfinished">Llun o fraslun y grŵp o “%1”</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">Cynllun gweithredu</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">dim dyddiad</translation>
    </message>
    <message>
        <source>No solution has an owner or a due date yet.</source>
        <translation type="unfinished">Nid oes gan unrhyw ateb berchennog na dyddiad cwblhau eto.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Erbyn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>Appendix: voting rounds</source>
        <translation type="unfinished">Atodiad: rowndiau pleidleisio</translation>
    </message>
    <message>
        <source>There was no voting.</source>
        <translation type="unfinished">Ni chafwyd pleidleisio.</translation>
    </message>
    <message>
        <source>A photo of the group&apos;s sketch is kept in the session file.</source>
        <translation type="unfinished">Cedwir llun o fraslun y grŵp yn y ffeil sesiwn.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished">Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>The summary could not be written as ODT.</source>
        <translation type="unfinished">Methu ysgrifennu’r crynodeb fel ODT.</translation>
    </message>
    <message>
        <source>voters with a ballot: %1</source>
        <translation type="unfinished">pleidleiswyr â phleidlais: %1</translation>
    </message>
    <message>
        <source>voters on paper: %1</source>
        <translation type="unfinished">pleidleiswyr ar bapur: %1</translation>
    </message>
    <message>
        <source>votes per voter: %1</source>
        <translation type="unfinished">pleidleisiau i bob pleidleisiwr: %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished">ar agor o hyd</translation>
    </message>
    <message>
        <source>closed, not yet revealed</source>
        <translation type="unfinished">wedi cau, heb ei datgelu eto</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation type="unfinished">wedi’i datgelu</translation>
    </message>
    <message>
        <source>, most on one item: %1</source>
        <translation type="unfinished">, y nifer fwyaf ar un eitem: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished">Rownd %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished">anhysbys</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation type="unfinished">Taith yn y dyfodol</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished">Taith bresennol</translation>
    </message>
    <message>
        <source>prefers: %1</source>
        <translation type="unfinished">mae’n well ganddynt: %1</translation>
    </message>
    <message>
        <source>journeys a year: %1</source>
        <translation type="unfinished">teithiau y flwyddyn: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ie</translation>
    </message>
    <message>
        <source>Cost per journey: %1</source>
        <translation type="unfinished">Cost i bob taith: %1</translation>
    </message>
    <message>
        <source>Avoidable contact: %1</source>
        <translation type="unfinished">Cyswllt y gellid ei osgoi: %1</translation>
    </message>
    <message>
        <source>A year: %1</source>
        <translation type="unfinished">Y flwyddyn: %1</translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished">rhy fawr</translation>
    </message>
    <message>
        <source>Saves %1 a journey over “%2”, %3 a year</source>
        <translation type="unfinished">Yn arbed %1 y daith o’i chymharu â “%2”, %3 y flwyddyn</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished">Categori: %1</translation>
    </message>
    <message>
        <source>Merged with: %1</source>
        <translation type="unfinished">Wedi’i gyfuno â: %1</translation>
    </message>
    <message>
        <source>A pain point in: %1</source>
        <translation type="unfinished">Pwynt poen yn: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Cam</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Sianel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation type="unfinished">Modd ei osgoi</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished">Pwynt poen</translation>
    </message>
    <message>
        <source>Costs: %1.</source>
        <translation type="unfinished">Costau: %1.</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation type="unfinished">Crynodeb y gweithdy</translation>
    </message>
    <message>
        <source>The summary needs a top of at least one blocker.</source>
        <translation type="unfinished">Mae’r crynodeb angen brig o un rhwystr o leiaf.</translation>
    </message>
    <message>
        <source>There is no voting round %1 on blockers.</source>
        <translation type="unfinished">Nid oes rownd bleidleisio %1 ar rwystrau.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for Word and LibreOffice (*.odt)</source>
        <translation type="unfinished">Testun OpenDocument, ar gyfer Word a LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished">Tudalen we (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished">Markdown (*.md)</translation>
    </message>
    <message>
        <source>Spreadsheet, one row per solution (*.csv)</source>
        <translation type="unfinished">Taenlen, un rhes i bob ateb (*.csv)</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation type="unfinished">Fformat anhysbys.</translation>
    </message>
    <message>
        <source>The group&apos;s sketch:</source>
        <translation type="unfinished">Braslun y grŵp:</translation>
    </message>
    <message>
        <source>The printer or file could not be started.</source>
        <translation type="unfinished">Ni ellid cychwyn yr argraffydd na’r ffeil.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be started.</source>
        <translation type="unfinished">Ni ellid cychwyn tudalen %1 o %2.</translation>
    </message>
    <message>
        <source>The printed pages could not be finished.</source>
        <translation type="unfinished">Ni ellid gorffen y tudalennau a argraffwyd.</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Ers y tro diwethaf</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Beth ddaeth ohono</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n action(s) carried from earlier workshops: %1.</source>
        <translation>
            <numerusform>O’r %n cam gweithredu a gariwyd o weithdai cynharach: %1.</numerusform>
            <numerusform>O’r %n cam gweithredu a gariwyd o weithdai cynharach: %1.</numerusform>
            <numerusform>O’r %n cam gweithredu a gariwyd o weithdai cynharach: %1.</numerusform>
            <numerusform>O’r %n cam gweithredu a gariwyd o weithdai cynharach: %1.</numerusform>
            <numerusform>O’r %n cam gweithredu a gariwyd o weithdai cynharach: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (learned from %2)</source>
        <translation>%1 (dysgwyd gan %2)</translation>
    </message>
    <message>
        <source>Other blockers</source>
        <translation type="unfinished">Rhwystrau eraill</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished">“%1”</translation>
    </message>
    <message>
        <source>The results of %1 have not been revealed yet, so they are not printed. Reveal them, or ask for them after the day.</source>
        <translation type="unfinished">Nid yw canlyniadau %1 wedi’u datgelu eto, felly nid ydynt wedi’u hargraffu. Datgelwch nhw, neu gofynnwch amdanynt ar ôl y diwrnod.</translation>
    </message>
    <message>
        <source>&amp;Title, date, venue and groups</source>
        <translation type="unfinished">&amp;Teitl, dyddiad, lleoliad a grwpiau</translation>
    </message>
    <message>
        <source>Top &amp;blockers and solutions</source>
        <translation type="unfinished">Prif &amp;rwystrau ac atebion</translation>
    </message>
    <message>
        <source>&amp;Other blockers, by group</source>
        <translation type="unfinished">Rhwystrau &amp;eraill, fesul grŵp</translation>
    </message>
    <message>
        <source>User &amp;journeys and cost to serve</source>
        <translation type="unfinished">&amp;Teithiau defnyddwyr a’r gost o wasanaethu</translation>
    </message>
    <message>
        <source>&amp;Impact and effort matrix</source>
        <translation type="unfinished">Matrics &amp;effaith ac ymdrech</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation type="unfinished">&amp;Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Appendix: &amp;voting rounds</source>
        <translation type="unfinished">Atodiad: rowndiau &amp;pleidleisio</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <source>What “%1” saves over “%2” is unknown: a step has no cost.</source>
        <translation type="unfinished">Nid yw’n hysbys beth mae “%1” yn ei arbed o’i gymharu â “%2”: nid oes cost i gam.</translation>
    </message>
    <message>
        <source>Its future version “%1” saves %2 a journey, %3 a year</source>
        <translation type="unfinished">Mae ei fersiwn yn y dyfodol “%1” yn arbed %2 y daith, %3 y flwyddyn</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Leadership &amp; management support</source>
        <translation type="unfinished">Cymorth arweinyddiaeth a rheoli</translation>
    </message>
    <message>
        <source>Culture &amp; resistance to change</source>
        <translation type="unfinished">Diwylliant a gwrthwynebiad i newid</translation>
    </message>
    <message>
        <source>Budgets &amp; finance</source>
        <translation type="unfinished">Cyllidebau a chyllid</translation>
    </message>
    <message>
        <source>Skills &amp; resources</source>
        <translation type="unfinished">Sgiliau ac adnoddau</translation>
    </message>
    <message>
        <source>Customer insight</source>
        <translation type="unfinished">Dealltwriaeth o gwsmeriaid</translation>
    </message>
    <message>
        <source>Service-area silos &amp; departmental focus</source>
        <translation type="unfinished">Seilos meysydd gwasanaeth a ffocws adrannol</translation>
    </message>
    <message>
        <source>Content &amp; jargon</source>
        <translation type="unfinished">Cynnwys a jargon</translation>
    </message>
    <message>
        <source>Devolved publishing</source>
        <translation type="unfinished">Cyhoeddi datganoledig</translation>
    </message>
    <message>
        <source>Procurement &amp; suppliers</source>
        <translation type="unfinished">Caffael a chyflenwyr</translation>
    </message>
    <message>
        <source>Legacy &amp; ageing software</source>
        <translation type="unfinished">Meddalwedd etifeddol a heneiddiol</translation>
    </message>
    <message>
        <source>Integration, APIs &amp; middleware</source>
        <translation type="unfinished">Integreiddio, APIs a nwyddau canol</translation>
    </message>
    <message>
        <source>Infrastructure, broadband &amp; demographics</source>
        <translation type="unfinished">Seilwaith, band eang a demograffeg</translation>
    </message>
    <message>
        <source>Governance &amp; politics</source>
        <translation type="unfinished">Llywodraethu a gwleidyddiaeth</translation>
    </message>
    <message>
        <source>Collaboration between authorities</source>
        <translation type="unfinished">Cydweithio rhwng awdurdodau</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished">Mae’r %1 yn wag.</translation>
    </message>
    <message>
        <source>The %1 is %L2 characters long; the limit is %L3.</source>
        <translation type="unfinished">Mae’r %1 yn %L2 nod o hyd; y terfyn yw %L3.</translation>
    </message>
    <message>
        <source>The %1 contains a line break; it must be one line.</source>
        <translation type="unfinished">Mae toriad llinell yn y %1; rhaid iddo fod yn un llinell.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2) at position %3.</source>
        <translation type="unfinished">Mae nod rheoli (U+%2) yn y %1 yn safle %3.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>%L1 of %L2 paper dots counted</source>
        <translation type="unfinished">%L1 o %L2 dot papur wedi’u cyfrif</translation>
    </message>
    <message>
        <source>%L1 paper dots counted</source>
        <translation type="unfinished">%L1 dot papur wedi’u cyfrif</translation>
    </message>
    <message>
        <source>Nobody is down as voting on paper: enter how many people did, so the results count them.</source>
        <translation type="unfinished">Does neb wedi’i nodi fel pleidleisiwr ar bapur: rhowch faint o bobl a wnaeth, fel bod y canlyniadau’n eu cyfrif.</translation>
    </message>
    <message>
        <source>That is more than %L1 people with %L2 dots each could place (%L3): check the count.</source>
        <translation type="unfinished">Mae hynny’n fwy nag y gallai %L1 o bobl â %L2 dot yr un eu gosod (%L3): gwiriwch y cyfrif.</translation>
    </message>
    <message>
        <source>People who have voted: %L1</source>
        <translation type="unfinished">Pobl sydd wedi pleidleisio: %L1</translation>
    </message>
    <message>
        <source>People who have voted: %L1 (%L2 on paper)</source>
        <translation type="unfinished">Pobl sydd wedi pleidleisio: %L1 (%L2 ar bapur)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ids must be positive whole numbers.</source>
        <translation type="unfinished">rhaid i rifau adnabod fod yn rhifau cyfan positif.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation type="unfinished">defnyddir y rhif adnabod %1 ddwywaith.</translation>
    </message>
    <message>
        <source>it refers to %1 %2, which does not exist.</source>
        <translation type="unfinished">mae’n cyfeirio at %1 %2, nad yw’n bodoli.</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation type="unfinished">teitl y gweithdy</translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished">lleoliad</translation>
    </message>
    <message>
        <source>facilitator&apos;s name</source>
        <translation type="unfinished">enw’r hwylusydd</translation>
    </message>
    <message>
        <source>the number of attendees cannot be negative.</source>
        <translation type="unfinished">ni all nifer y mynychwyr fod yn negyddol.</translation>
    </message>
    <message>
        <source>category name</source>
        <translation type="unfinished">enw’r categori</translation>
    </message>
    <message>
        <source>there is already a category called “%1”.</source>
        <translation type="unfinished">mae categori o’r enw “%1” eisoes.</translation>
    </message>
    <message>
        <source>group name</source>
        <translation type="unfinished">enw’r grŵp</translation>
    </message>
    <message>
        <source>its merges go round in a loop.</source>
        <translation type="unfinished">mae ei gyfuniadau’n mynd mewn cylch.</translation>
    </message>
    <message>
        <source>blocker title</source>
        <translation type="unfinished">teitl y rhwystr</translation>
    </message>
    <message>
        <source>blocker detail</source>
        <translation type="unfinished">manylion y rhwystr</translation>
    </message>
    <message>
        <source>author&apos;s name</source>
        <translation type="unfinished">enw’r awdur</translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished">categori</translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished">grŵp</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished">rhwystr</translation>
    </message>
    <message>
        <source>it has no valid creation time.</source>
        <translation type="unfinished">nid oes ganddo amser creu dilys.</translation>
    </message>
    <message>
        <source>solution</source>
        <translation type="unfinished">ateb</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation type="unfinished">enw’r perchennog</translation>
    </message>
    <message>
        <source>impact</source>
        <translation type="unfinished">effaith</translation>
    </message>
    <message>
        <source>effort</source>
        <translation type="unfinished">ymdrech</translation>
    </message>
    <message>
        <source>the %1 must be from 1 to 5, not %2.</source>
        <translation type="unfinished">rhaid i’r %1 fod o 1 i 5, nid %2.</translation>
    </message>
    <message>
        <source>voter&apos;s id</source>
        <translation type="unfinished">rhif adnabod y pleidleisiwr</translation>
    </message>
    <message>
        <source>the ballot of voter “%1”: %2</source>
        <translation type="unfinished">pleidlais y pleidleisiwr “%1”: %2</translation>
    </message>
    <message>
        <source>item %1 has two paper tallies.</source>
        <translation type="unfinished">mae gan eitem %1 ddau gyfrif papur.</translation>
    </message>
    <message>
        <source>round title</source>
        <translation type="unfinished">teitl y rownd</translation>
    </message>
    <message>
        <source>a round on solutions, and only such a round, names its blocker.</source>
        <translation type="unfinished">mae rownd ar atebion, a dim ond rownd felly, yn enwi ei rhwystr.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">sianel</translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished">taith</translation>
    </message>
    <message>
        <source>a journey cannot be its own current journey.</source>
        <translation type="unfinished">ni all taith fod yn daith bresennol iddi hi ei hun.</translation>
    </message>
    <message>
        <source>step ids must be positive and used once (%1).</source>
        <translation type="unfinished">rhaid i rifau adnabod camau fod yn bositif a’u defnyddio unwaith (%1).</translation>
    </message>
    <message>
        <source>its ballot lists item %1, which is not in the session.</source>
        <translation type="unfinished">mae ei phapur pleidleisio’n rhestru eitem %1, nad yw yn y sesiwn.</translation>
    </message>
    <message>
        <source>voter “%1” has votes but no ballot.</source>
        <translation type="unfinished">mae gan y pleidleisiwr “%1” bleidleisiau ond dim papur pleidleisio.</translation>
    </message>
    <message>
        <source>its ballot lists item %1 twice.</source>
        <translation type="unfinished">mae ei bapur pleidleisio yn rhestru eitem %1 ddwywaith.</translation>
    </message>
    <message>
        <source>voter “%1” has two ballots.</source>
        <translation type="unfinished">mae gan y pleidleisiwr “%1” ddau bapur pleidleisio.</translation>
    </message>
    <message>
        <source>item from a phone</source>
        <translation type="unfinished">eitem o ffôn</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">enw</translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished">ffôn</translation>
    </message>
    <message>
        <source>word for the phone</source>
        <translation type="unfinished">gair i’r ffôn</translation>
    </message>
    <message>
        <source>it has no valid time of arrival.</source>
        <translation type="unfinished">nid oes ganddo amser cyrraedd dilys.</translation>
    </message>
    <message>
        <source>an item on the board names the blocker or solution it became, and only such an item does.</source>
        <translation type="unfinished">mae eitem ar y bwrdd yn enwi’r rhwystr neu’r ateb a ddaeth ohoni, a dim ond eitem o’r fath sy’n gwneud hynny.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <source>workshop&apos;s title</source>
        <translation>teitl y gweithdy</translation>
    </message>
    <message>
        <source>it does not say which solution it came from.</source>
        <translation>nid yw’n dweud o ba ateb y daeth.</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished">categori %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished">grŵp %1</translation>
    </message>
    <message>
        <source>blocker %1</source>
        <translation type="unfinished">rhwystr %1</translation>
    </message>
    <message>
        <source>solution %1</source>
        <translation type="unfinished">ateb %1</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished">rownd %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished">sianel %1</translation>
    </message>
    <message>
        <source>journey %1</source>
        <translation type="unfinished">taith %1</translation>
    </message>
    <message>
        <source>item from a phone %1</source>
        <translation type="unfinished">eitem o ffôn %1</translation>
    </message>
    <message>
        <source>carried action %1</source>
        <translation type="unfinished">cam gweithredu a gariwyd %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished">rhes %1</translation>
    </message>
    <message>
        <source>it is merged into itself.</source>
        <translation type="unfinished">mae wedi’i gyfuno ag ef ei hun.</translation>
    </message>
    <message>
        <source>the number of paper voters is from 0 to %L1, not %2.</source>
        <translation type="unfinished">mae nifer y pleidleiswyr papur rhwng 0 a %L1, nid %2.</translation>
    </message>
    <message>
        <source>only a future version names a current journey.</source>
        <translation type="unfinished">dim ond fersiwn y dyfodol sy’n enwi taith gyfredol.</translation>
    </message>
    <message>
        <source>its current journey (%1) is a future version itself.</source>
        <translation type="unfinished">mae ei thaith gyfredol (%1) yn fersiwn y dyfodol ei hun.</translation>
    </message>
    <message>
        <source>its workshop id is not one (a line of at most %1 characters).</source>
        <translation type="unfinished">nid yw dynodydd ei weithdy yn un (llinell o %1 nod ar y mwyaf).</translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>dot voting</source>
        <translation type="unfinished">pleidleisio â dotiau</translation>
    </message>
    <message>
        <source>approval voting</source>
        <translation type="unfinished">pleidleisio cymeradwyo</translation>
    </message>
    <message>
        <source>Borda count (ranked ballots)</source>
        <translation type="unfinished">cyfrif Borda (pleidleisiau wedi’u rhestru)</translation>
    </message>
    <message>
        <source>Schulze method (ranked ballots)</source>
        <translation type="unfinished">dull Schulze (pleidleisiau wedi’u rhestru)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run Really Useful Day workshops.</source>
        <translation type="unfinished">Cynnal gweithdai Diwrnod Gwirioneddol Ddefnyddiol.</translation>
    </message>
    <message>
        <source>A session file (*.unblock) to open.</source>
        <translation type="unfinished">Ffeil sesiwn (*.unblock) i’w hagor.</translation>
    </message>
</context>
<context>
    <name>unblock::app::ActionsPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agored</translation>
    </message>
    <message>
        <source>In &amp;Progress</source>
        <translation>Ar y &amp;Gweill</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Wedi’i &amp;Wneud</translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation>Wedi’i &amp;Ollwng</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Hwyr &amp;yn unig</translation>
    </message>
    <message>
        <source>Show the actions of</source>
        <translation>Dangos camau gweithredu</translation>
    </message>
    <message>
        <source>Show the actions that are</source>
        <translation>Dangos y camau gweithredu sy’n</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>For the blocker</source>
        <translation>Ar gyfer y rhwystr</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Mark the actions selected:</source>
        <translation>Marcio’r camau gweithredu a ddewiswyd:</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (hwyr)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 ers %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>%1 of %2 actions</source>
        <translation>%1 o %2 cam gweithredu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;Export for a Calendar or Tracker…</source>
        <translation>&amp;Allforio ar gyfer Calendr neu Draciwr…</translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation>Y gweithdy hwn</translation>
    </message>
    <message>
        <source>Export Actions</source>
        <translation>Allforio’r Camau Gweithredu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">Ar y gweill</translation>
    </message>
    <message>
        <source> actions</source>
        <translation type="unfinished"> camau gweithredu</translation>
    </message>
    <message>
        <source>The actions still to do, &amp;for:</source>
        <translation type="unfinished">Y camau gweithredu sydd i’w gwneud o hyd, &amp;ar gyfer:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) written to “%1”, for %2.</source>
        <translation type="unfinished">
            <numerusform>Ysgrifennwyd %n cam gweithredu i “%1”, ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %n cam gweithredu i “%1”, ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %n cam gweithredu i “%1”, ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %n cam gweithredu i “%1”, ar gyfer %2.</numerusform>
            <numerusform>Ysgrifennwyd %n cam gweithredu i “%1”, ar gyfer %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unblock::app::BoardModel</name>
    <message>
        <source>impact %1</source>
        <translation type="unfinished">effaith %1</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation type="unfinished">ymdrech %1</translation>
    </message>
    <message>
        <source>Blockers and solutions</source>
        <translation type="unfinished">Rhwystrau ac atebion</translation>
    </message>
    <message>
        <source>Category or scores</source>
        <translation type="unfinished">Categori neu sgorau</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation type="unfinished">Wedi’i gyfuno: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
</context>
<context>
    <name>unblock::app::BoardPage</name>
    <message>
        <source>Group for new blockers</source>
        <translation type="unfinished">Grŵp ar gyfer rhwystrau newydd</translation>
    </message>
    <message>
        <source>Type a blocker and press Enter</source>
        <translation type="unfinished">Teipiwch rwystr a phwyso Enter</translation>
    </message>
    <message>
        <source>New blocker</source>
        <translation type="unfinished">Rhwystr newydd</translation>
    </message>
    <message>
        <source>Enter adds the blocker; Tab moves to its solutions.</source>
        <translation type="unfinished">Mae Enter yn ychwanegu’r rhwystr; mae Tab yn symud at ei atebion.</translation>
    </message>
    <message>
        <source>Type a solution and press Enter</source>
        <translation type="unfinished">Teipiwch ateb a phwyso Enter</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation type="unfinished">Ateb newydd</translation>
    </message>
    <message>
        <source>Enter adds a solution to the blocker named above; Shift+Tab goes back to blockers.</source>
        <translation type="unfinished">Mae Enter yn ychwanegu ateb at y rhwystr a enwir uchod; mae Shift+Tab yn mynd yn ôl at y rhwystrau.</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation type="unfinished">Hidlo’r bwrdd</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished">Hidlo</translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished">Bwrdd</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished">&amp;Grŵp:</translation>
    </message>
    <message>
        <source>&amp;Blocker:</source>
        <translation type="unfinished">&amp;Rhwystr:</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation type="unfinished">&amp;Ateb:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Dileu</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished">Symud i &amp;Fyny</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished">Symud i &amp;Lawr</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished">&amp;Cyfuno â…</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation type="unfinished">&amp;Manylion…</translation>
    </message>
    <message>
        <source>&amp;Separate Merged Blocker</source>
        <translation type="unfinished">&amp;Gwahanu Rhwystr wedi’i Gyfuno</translation>
    </message>
    <message>
        <source>&amp;Filter Board</source>
        <translation type="unfinished">&amp;Hidlo’r Bwrdd</translation>
    </message>
    <message>
        <source>Add &amp;Group…</source>
        <translation type="unfinished">Ychwanegu G&amp;rŵp…</translation>
    </message>
    <message>
        <source>Solutions go under: %1</source>
        <translation type="unfinished">Mae atebion yn mynd o dan: %1</translation>
    </message>
    <message>
        <source>Add or select a blocker to give it solutions.</source>
        <translation type="unfinished">Ychwanegwch neu dewiswch rwystr i roi atebion iddo.</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished">(dim grŵp)</translation>
    </message>
    <message>
        <source>Merge Blockers</source>
        <translation type="unfinished">Cyfuno Rhwystrau</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation type="unfinished">Ychwanegu Grŵp</translation>
    </message>
    <message>
        <source>Name of the group or table:</source>
        <translation type="unfinished">Enw’r grŵp neu’r bwrdd:</translation>
    </message>
    <message>
        <source>The group, or table, whose blockers you are typing in</source>
        <translation type="unfinished">Y grŵp, neu’r bwrdd, yr ydych yn teipio ei rwystrau</translation>
    </message>
    <message>
        <source>Each blocker with its solutions beneath it. F2 edits the one selected; Delete removes it; drag to move a solution.</source>
        <translation type="unfinished">Pob rhwystr gyda’i atebion oddi tano. Mae F2 yn golygu’r un a ddewiswyd; mae Delete yn ei ddileu; llusgwch i symud ateb.</translation>
    </message>
    <message>
        <source>Length of the blocker typed</source>
        <translation type="unfinished">Hyd y rhwystr a deipiwyd</translation>
    </message>
    <message>
        <source>Add It Again?</source>
        <translation type="unfinished">Ei Ychwanegu Eto?</translation>
    </message>
    <message>
        <source>“%1” is already on the board in %2. Add it again?</source>
        <translation type="unfinished">Mae “%1” ar y bwrdd eisoes yn %2. Ei ychwanegu eto?</translation>
    </message>
    <message>
        <source>One Solution per Line?</source>
        <translation type="unfinished">Un Ateb i Bob Llinell?</translation>
    </message>
    <message numerus="yes">
        <source>You pasted %n line(s). Add each as a solution?</source>
        <translation type="unfinished">
            <numerusform>Fe wnaethoch chi ludo %n llinell. Ychwanegu pob un yn ateb?</numerusform>
            <numerusform>Fe wnaethoch chi ludo %n llinell. Ychwanegu pob un yn ateb?</numerusform>
            <numerusform>Fe wnaethoch chi ludo %n llinell. Ychwanegu pob un yn ateb?</numerusform>
            <numerusform>Fe wnaethoch chi ludo %n llinell. Ychwanegu pob un yn ateb?</numerusform>
            <numerusform>Fe wnaethoch chi ludo %n llinell. Ychwanegu pob un yn ateb?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished">&amp;Categori</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(dim)</translation>
    </message>
    <message>
        <source>Alike blocker</source>
        <translation type="unfinished">Rhwystr tebyg</translation>
    </message>
    <message>
        <source>Add Merged into the Alike Blocker</source>
        <translation type="unfinished">Ychwanegu wedi’i Gyfuno â’r Rhwystr Tebyg</translation>
    </message>
    <message>
        <source>Looks like “%1” (%2). Ctrl+Enter adds it merged into that one.</source>
        <translation type="unfinished">Yn debyg i “%1” (%2). Mae Ctrl+Enter yn ei ychwanegu wedi’i gyfuno â hwnnw.</translation>
    </message>
    <message>
        <source>Added with its first part as the title and the whole text as its detail (Details…, Ctrl+D on the board).</source>
        <translation type="unfinished">Ychwanegwyd gyda’i ran gyntaf yn deitl a’r testun cyfan yn fanylion (Manylion…, Ctrl+D ar y bwrdd).</translation>
    </message>
</context>
<context>
    <name>unblock::app::BoardScene</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>The board is empty. Blockers appear here as they are added.</source>
        <translation type="unfinished">Mae’r bwrdd yn wag. Mae rhwystrau’n ymddangos yma wrth iddynt gael eu hychwanegu.</translation>
    </message>
    <message>
        <source>Add yours from your phone: scan the code, or open
%1
and type %2</source>
        <translation type="unfinished">Ychwanegwch eich rhai chi o’ch ffôn: sganiwch y cod, neu agorwch
%1
a theipiwch %2</translation>
    </message>
</context>
<context>
    <name>unblock::app::CaptureLine</name>
    <message>
        <source>%L1 / %L2</source>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>%L1 / %L2: too long for a title. Enter keeps the first part as the title and the whole text as its detail.</source>
        <translation type="unfinished">%L1 / %L2: rhy hir i deitl. Mae Enter yn cadw’r rhan gyntaf yn deitl a’r testun cyfan yn fanylion.</translation>
    </message>
</context>
<context>
    <name>unblock::app::CategoryDelegate</name>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished">(dim categori)</translation>
    </message>
</context>
<context>
    <name>unblock::app::ChannelsDialog</name>
    <message>
        <source>Channels and Costs</source>
        <translation type="unfinished">Sianeli a Chostau</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Sianel</translation>
    </message>
    <message>
        <source>Cost per contact (£)</source>
        <translation type="unfinished">Cost i bob cyswllt (£)</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation type="unfinished">Ffynhonnell y ffigur</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Ar-lein</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished">Sianeli</translation>
    </message>
    <message>
        <source>One row per channel. Leave a cost empty when it is not known.</source>
        <translation type="unfinished">Un rhes i bob sianel. Gadewch gost yn wag pan nad yw’n hysbys.</translation>
    </message>
    <message>
        <source>&amp;Add Channel</source>
        <translation type="unfinished">&amp;Ychwanegu Sianel</translation>
    </message>
    <message>
        <source>&amp;Remove Channel</source>
        <translation type="unfinished">&amp;Tynnu Sianel</translation>
    </message>
    <message>
        <source>&amp;Default Figures</source>
        <translation type="unfinished">&amp;Ffigurau Rhagosodedig</translation>
    </message>
    <message>
        <source>Web £0.27, telephone £3.76, face to face £9.34 (Socitm 2008)</source>
        <translation type="unfinished">Gwe £0.27, ffôn £3.76, wyneb yn wyneb £9.34 (Socitm 2008)</translation>
    </message>
    <message>
        <source>What one contact costs the council, by channel. Use your own figures where you have them, and say where they come from.</source>
        <translation type="unfinished">Beth mae un cyswllt yn ei gostio i’r cyngor, fesul sianel. Defnyddiwch eich ffigurau eich hun lle mae gennych rai, a dywedwch o ble maen nhw’n dod.</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished">Sianel newydd</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished">Rhes %1: %2</translation>
    </message>
</context>
<context>
    <name>unblock::app::CompareDialog</name>
    <message>
        <source>Compare Workshops</source>
        <translation type="unfinished">Cymharu Gweithdai</translation>
    </message>
    <message>
        <source>Choose two session files or more.</source>
        <translation type="unfinished">Dewiswch ddwy ffeil sesiwn neu fwy.</translation>
    </message>
    <message>
        <source>Blockers raised in more than one workshop</source>
        <translation type="unfinished">Rhwystrau a godwyd mewn mwy nag un gweithdy</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished">Categorïau</translation>
    </message>
    <message>
        <source>&amp;Choose Files…</source>
        <translation type="unfinished">&amp;Dewis Ffeiliau…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished">&amp;Cadw Fel…</translation>
    </message>
    <message>
        <source>Workshops to Compare</source>
        <translation type="unfinished">Gweithdai i’w Cymharu</translation>
    </message>
    <message>
        <source>Save Comparison As</source>
        <translation type="unfinished">Cadw’r Gymhariaeth Fel</translation>
    </message>
    <message>
        <source>Across workshops.html</source>
        <translation type="unfinished">Ar draws gweithdai.html</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation type="unfinished">Cadw’r Gymhariaeth</translation>
    </message>
    <message>
        <source>“%1” does not end in .html, .md or .csv, so Unblock cannot tell which kind of file to write.</source>
        <translation type="unfinished">Nid yw “%1” yn gorffen yn .html, .md neu .csv, felly ni all Unblock ddweud pa fath o ffeil i’w hysgrifennu.</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Fesul chwarter</translation>
    </message>
    <message>
        <source>The workshops</source>
        <translation>Y gweithdai</translation>
    </message>
    <message>
        <source>Chart of the categories raised in the most workshops</source>
        <translation>Siart o’r categorïau a godwyd yn y nifer fwyaf o weithdai</translation>
    </message>
    <message>
        <source>&amp;Blockers</source>
        <translation>&amp;Rhwystrau</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>C&amp;ategorïau</translation>
    </message>
    <message>
        <source>By &amp;Quarter</source>
        <translation>Fesul &amp;Chwarter</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Gweithdai</translation>
    </message>
    <message>
        <source>Share of workshops (%)</source>
        <translation>Cyfran y gweithdai (%)</translation>
    </message>
    <message>
        <source>What the workshops share</source>
        <translation type="unfinished">Yr hyn sy’n gyffredin i’r gweithdai</translation>
    </message>
    <message>
        <source>These files could not be read and are left out of the comparison:</source>
        <translation type="unfinished">Ni ellid darllen y ffeiliau hyn ac maent wedi’u gadael allan o’r gymhariaeth:</translation>
    </message>
</context>
<context>
    <name>unblock::app::DetailsDialog</name>
    <message>
        <source>Held on</source>
        <translation type="unfinished">Cynhaliwyd ar</translation>
    </message>
    <message>
        <source>Session Details</source>
        <translation type="unfinished">Manylion y Sesiwn</translation>
    </message>
    <message>
        <source>Workshop title</source>
        <translation type="unfinished">Teitl y gweithdy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished">Hwylusydd</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation type="unfinished">Nifer y mynychwyr</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished">&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished">&amp;Hwylusydd:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished">&amp;Mynychwyr:</translation>
    </message>
    <message>
        <source>About This Workshop</source>
        <translation type="unfinished">Am y Gweithdy Hwn</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Dechrau</translation>
    </message>
    <message>
        <source>S&amp;kip for Now</source>
        <translation type="unfinished">&amp;Hepgor am Nawr</translation>
    </message>
    <message>
        <source>Starts the session without these; File ▸ Session Details adds them later</source>
        <translation type="unfinished">Yn dechrau’r sesiwn hebddyn nhw; mae Ffeil ▸ Manylion y Sesiwn yn eu hychwanegu wedyn</translation>
    </message>
    <message>
        <source>The summary’s title block shows these.</source>
        <translation type="unfinished">Mae bloc teitl y crynodeb yn dangos y rhain.</translation>
    </message>
</context>
<context>
    <name>unblock::app::IncomingPanel</name>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">ffôn %1</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation type="unfinished">O’r ffonau</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished">&amp;Derbyn</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Golygu…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">&amp;Cyfuno…</translation>
    </message>
    <message>
        <source>&amp;Not Added…</source>
        <translation type="unfinished">&amp;Heb ei Ychwanegu…</translation>
    </message>
    <message>
        <source>Block &amp;Phone</source>
        <translation type="unfinished">Rhwystro’r &amp;Ffôn</translation>
    </message>
    <message>
        <source>Accept everything from now on</source>
        <translation type="unfinished">Derbyn popeth o hyn ymlaen</translation>
    </message>
    <message>
        <source>Items from phones</source>
        <translation type="unfinished">Eitemau o’r ffonau</translation>
    </message>
    <message>
        <source>Enter accepts the items selected; F2 edits one first; M merges one into a blocker; Delete does not add it.</source>
        <translation type="unfinished">Mae Enter yn derbyn yr eitemau a ddewiswyd; mae F2 yn golygu un yn gyntaf; mae M yn cyfuno un â rhwystr; nid yw Delete yn ei hychwanegu.</translation>
    </message>
    <message>
        <source>Puts the items selected on the board (Enter)</source>
        <translation type="unfinished">Yn rhoi’r eitemau a ddewiswyd ar y bwrdd (Enter)</translation>
    </message>
    <message>
        <source>Edits the item&apos;s words, then puts it on the board (F2)</source>
        <translation type="unfinished">Yn golygu geiriau’r eitem, yna’n ei rhoi ar y bwrdd (F2)</translation>
    </message>
    <message>
        <source>Puts the blocker on the board merged into one it is like (M)</source>
        <translation type="unfinished">Yn rhoi’r rhwystr ar y bwrdd wedi’i gyfuno ag un tebyg (M)</translation>
    </message>
    <message>
        <source>Keeps the item off the board, with a word for the phone (Delete)</source>
        <translation type="unfinished">Yn cadw’r eitem oddi ar y bwrdd, gyda gair i’r ffôn (Delete)</translation>
    </message>
    <message>
        <source>Takes no more items from the phone that sent this one</source>
        <translation type="unfinished">Nid yw’n derbyn rhagor o eitemau o’r ffôn a anfonodd hon</translation>
    </message>
    <message>
        <source>For a trusted room: every item goes on the board as it arrives</source>
        <translation type="unfinished">I ystafell y gellir ymddiried ynddi: mae pob eitem yn mynd ar y bwrdd wrth iddi gyrraedd</translation>
    </message>
    <message>
        <source>A solution to “%1”</source>
        <translation type="unfinished">Ateb i “%1”</translation>
    </message>
    <message>
        <source>A solution</source>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished">Heb ei ychwanegu</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished">Heb ei ychwanegu: %1</translation>
    </message>
    <message>
        <source>Looks like “%1” (%2): merge?</source>
        <translation type="unfinished">Yn debyg i “%1” (%2): cyfuno?</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Gan %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished">%1, gan %2</translation>
    </message>
    <message numerus="yes">
        <source>From phones: %n waiting</source>
        <translation type="unfinished">
            <numerusform>O’r ffonau: %n yn aros</numerusform>
            <numerusform>O’r ffonau: %n yn aros</numerusform>
            <numerusform>O’r ffonau: %n yn aros</numerusform>
            <numerusform>O’r ffonau: %n yn aros</numerusform>
            <numerusform>O’r ffonau: %n yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Item from a Phone</source>
        <translation type="unfinished">Golygu Eitem o Ffôn</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished">&amp;Geiriau:</translation>
    </message>
    <message>
        <source>Merge Item from a Phone</source>
        <translation type="unfinished">Cyfuno Eitem o Ffôn</translation>
    </message>
    <message>
        <source>Not Added</source>
        <translation type="unfinished">Heb ei Ychwanegu</translation>
    </message>
    <message>
        <source>A &amp;word for the phone (it may be left empty):</source>
        <translation type="unfinished">&amp;Gair i’r ffôn (gellir ei adael yn wag):</translation>
    </message>
    <message>
        <source>Unblock &amp;Phone</source>
        <translation>Dadrwystro’r &amp;Ffôn</translation>
    </message>
    <message>
        <source>Takes items from the phone that sent this one again</source>
        <translation>Yn derbyn eitemau eto gan y ffôn a anfonodd hon</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Eitem</translation>
    </message>
    <message>
        <source>Accept Everything?</source>
        <translation type="unfinished">Derbyn Popeth?</translation>
    </message>
    <message>
        <source>Every item phones send will go on the board, and on the projector, without you reading it first. Turn this on?</source>
        <translation type="unfinished">Bydd pob eitem y mae ffonau’n ei hanfon yn mynd ar y bwrdd, ac ar y taflunydd, heb i chi ei darllen yn gyntaf. Troi hyn ymlaen?</translation>
    </message>
</context>
<context>
    <name>unblock::app::ItemChooser</name>
    <message>
        <source>Choose one…</source>
        <translation type="unfinished">Dewiswch un…</translation>
    </message>
</context>
<context>
    <name>unblock::app::ItemDetailsDialog</name>
    <message>
        <source>not scored</source>
        <translation type="unfinished">heb sgôr</translation>
    </message>
    <message>
        <source>Blocker Details</source>
        <translation type="unfinished">Manylion y Rhwystr</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished">Rhwystr</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished">Manylion</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished">Codwyd gan</translation>
    </message>
    <message>
        <source>&amp;Blocker:</source>
        <translation type="unfinished">&amp;Rhwystr:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished">&amp;Manylion:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation type="unfinished">&amp;Codwyd gan:</translation>
    </message>
    <message>
        <source>Impact, 1 to 5</source>
        <translation type="unfinished">Effaith, 1 i 5</translation>
    </message>
    <message>
        <source>Effort, 1 to 5</source>
        <translation type="unfinished">Ymdrech, 1 i 5</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished">Erbyn</translation>
    </message>
    <message>
        <source>Solution Details</source>
        <translation type="unfinished">Manylion yr Ateb</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">Dyddiad cwblhau</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation type="unfinished">&amp;Ateb:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished">&amp;Effaith:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation type="unfinished">Ym&amp;drech:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished">&amp;Perchennog:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished">Erb&amp;yn:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(dim)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished">&amp;Categori:</translation>
    </message>
</context>
<context>
    <name>unblock::app::JourneyCanvas</name>
    <message>
        <source>Journey</source>
        <translation type="unfinished">Taith</translation>
    </message>
    <message>
        <source>Left and Right choose a step; Alt with the arrow keys moves it; Insert adds a step; Enter edits it; Delete removes it.</source>
        <translation type="unfinished">Mae Chwith a De yn dewis cam; mae Alt gyda’r saethau yn ei symud; mae Insert yn ychwanegu cam; mae Enter yn ei olygu; mae Delete yn ei ddileu.</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished">cost yn anhysbys</translation>
    </message>
    <message>
        <source> · avoidable</source>
        <translation type="unfinished"> · modd ei osgoi</translation>
    </message>
    <message>
        <source> · on the board</source>
        <translation type="unfinished"> · ar y bwrdd</translation>
    </message>
    <message>
        <source>Pain point: %1</source>
        <translation type="unfinished">Pwynt poen: %1</translation>
    </message>
</context>
<context>
    <name>unblock::app::JourneyCharts</name>
    <message>
        <source>Cost of each step</source>
        <translation type="unfinished">Cost pob cam</translation>
    </message>
    <message>
        <source>A bar for each step of the journey, as high as what it costs</source>
        <translation type="unfinished">Bar ar gyfer pob cam o’r daith, mor uchel â’i gost</translation>
    </message>
    <message>
        <source>How the resident feels at each step</source>
        <translation type="unfinished">Sut mae’r preswylydd yn teimlo ym mhob cam</translation>
    </message>
    <message>
        <source>How the resident feels at each step, from −2 to +2</source>
        <translation type="unfinished">Sut mae’r preswylydd yn teimlo ym mhob cam, o −2 i +2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished">Cam %1</translation>
    </message>
    <message>
        <source>Cost (£)</source>
        <translation type="unfinished">Cost (£)</translation>
    </message>
    <message>
        <source>Cost of each step (£)</source>
        <translation type="unfinished">Cost pob cam (£)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished">Emosiwn</translation>
    </message>
    <message>
        <source>How they feel at each step (−2 to +2)</source>
        <translation type="unfinished">Sut maen nhw’n teimlo ym mhob cam (−2 i +2)</translation>
    </message>
</context>
<context>
    <name>unblock::app::JourneyDialog</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Anhysbys</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished">Taith</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Persona or segment:</source>
        <translation type="unfinished">&amp;Persona neu segment:</translation>
    </message>
    <message>
        <source>P&amp;referred channel:</source>
        <translation type="unfinished">Sianel &amp;ddewisol:</translation>
    </message>
    <message>
        <source>&amp;Second choice:</source>
        <translation type="unfinished">&amp;Ail ddewis:</translation>
    </message>
    <message>
        <source>Journeys a &amp;year:</source>
        <translation type="unfinished">Teithiau’r &amp;flwyddyn:</translation>
    </message>
</context>
<context>
    <name>unblock::app::JourneyPhotoView</name>
    <message>
        <source>Photo of the group&apos;s sketch</source>
        <translation type="unfinished">Llun o fraslun y grŵp</translation>
    </message>
    <message>
        <source>No photo of a paper sketch.
Attach one with Attach Photo.</source>
        <translation type="unfinished">Dim llun o fraslun papur.
Atodwch un gydag Atodi Llun.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, kept in the session file</source>
        <translation type="unfinished">%1 × %2 picsel, wedi’i gadw yn y ffeil sesiwn</translation>
    </message>
</context>
<context>
    <name>unblock::app::JourneysPage</name>
    <message>
        <source>Add F&amp;uture Version</source>
        <translation type="unfinished">Ychwanegu Fersiwn y &amp;Dyfodol</translation>
    </message>
    <message>
        <source>Put Pain &amp;Point on the Board…</source>
        <translation type="unfinished">Rhoi &amp;Pwynt Poen ar y Bwrdd…</translation>
    </message>
    <message>
        <source>Remove Ph&amp;oto</source>
        <translation type="unfinished">Tynnu’r &amp;Llun</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished">Taith</translation>
    </message>
    <message>
        <source>Adds the chosen step&apos;s pain point to the board as a blocker, linked to this journey (Ctrl+B)</source>
        <translation type="unfinished">Yn ychwanegu pwynt poen y cam a ddewiswyd at y bwrdd fel rhwystr, wedi’i gysylltu â’r daith hon (Ctrl+B)</translation>
    </message>
    <message>
        <source>Put Pain Point on the Board</source>
        <translation type="unfinished">Rhoi Pwynt Poen ar y Bwrdd</translation>
    </message>
    <message>
        <source>I&amp;mport Steps…</source>
        <translation type="unfinished">&amp;Mewnforio Camau…</translation>
    </message>
    <message>
        <source>Adds steps from a spreadsheet (CSV), one row per step</source>
        <translation type="unfinished">Yn ychwanegu camau o daenlen (CSV), un rhes i bob cam</translation>
    </message>
    <message>
        <source>Attach P&amp;hoto…</source>
        <translation type="unfinished">Atodi Ll&amp;un…</translation>
    </message>
    <message>
        <source>Keeps a photo of the group&apos;s paper sketch in the session file</source>
        <translation type="unfinished">Yn cadw llun o fraslun papur y grŵp yn y ffeil sesiwn</translation>
    </message>
    <message>
        <source>&amp;Channels and Costs…</source>
        <translation type="unfinished">&amp;Sianeli a Chostau…</translation>
    </message>
    <message>
        <source>&amp;New Journey…</source>
        <translation type="unfinished">Taith &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation type="unfinished">&amp;Dileu’r Daith</translation>
    </message>
    <message>
        <source>%1 (future)</source>
        <translation type="unfinished">%1 (dyfodol)</translation>
    </message>
    <message>
        <source>Future: %1</source>
        <translation type="unfinished">Dyfodol: %1</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation type="unfinished">Presennol: %1</translation>
    </message>
    <message>
        <source>No journeys yet: add one with New Journey, then press Insert on the canvas to add its steps.</source>
        <translation type="unfinished">Dim teithiau eto: ychwanegwch un gyda Taith Newydd, yna pwyswch Insert ar y cynfas i ychwanegu ei chamau.</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation type="unfinished">Taith Newydd</translation>
    </message>
    <message>
        <source>What is the resident trying to do?</source>
        <translation type="unfinished">Beth mae’r preswylydd yn ceisio’i wneud?</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation type="unfinished">Golygu taith</translation>
    </message>
    <message>
        <source>New Step</source>
        <translation type="unfinished">Cam Newydd</translation>
    </message>
    <message>
        <source>What happens next?</source>
        <translation type="unfinished">Beth sy’n digwydd nesaf?</translation>
    </message>
    <message>
        <source>Choose a step marked as a pain point first (Left and Right on the canvas).</source>
        <translation type="unfinished">Dewiswch gam sydd wedi’i nodi’n bwynt poen yn gyntaf (Chwith a De ar y cynfas).</translation>
    </message>
    <message>
        <source>This pain point is already on the board.</source>
        <translation type="unfinished">Mae’r pwynt poen hwn ar y bwrdd eisoes.</translation>
    </message>
    <message>
        <source>The blocker, as the board will show it:</source>
        <translation type="unfinished">Y rhwystr, fel y bydd y bwrdd yn ei ddangos:</translation>
    </message>
    <message>
        <source>Import Steps</source>
        <translation type="unfinished">Mewnforio Camau</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation type="unfinished">Taenlenni (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished">Methu darllen “%1”: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”. %2</source>
        <translation type="unfinished">Ni fewnforiwyd dim o “%1”. %2</translation>
    </message>
    <message>
        <source>Attach Photo</source>
        <translation type="unfinished">Atodi Llun</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)</source>
        <translation type="unfinished">Lluniau (*.jpg *.jpeg *.png *.bmp *.gif);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>“%1” was not attached. %2</source>
        <translation type="unfinished">Ni atodwyd “%1”. %2</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation type="unfinished">Atodi llun</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished">Tynnu llun</translation>
    </message>
    <message>
        <source>The journey shown below</source>
        <translation type="unfinished">Y daith a ddangosir isod</translation>
    </message>
    <message>
        <source>The channels residents use and what one contact on each costs</source>
        <translation type="unfinished">Y sianeli y mae preswylwyr yn eu defnyddio a chost un cyswllt ar bob un</translation>
    </message>
    <message>
        <source>Starts a new journey for a group to sketch</source>
        <translation type="unfinished">Yn dechrau taith newydd i grŵp ei braslunio</translation>
    </message>
    <message>
        <source>Changes the journey’s title, group, persona and year</source>
        <translation type="unfinished">Yn newid teitl, grŵp, persona a blwyddyn y daith</translation>
    </message>
    <message>
        <source>Deletes the journey shown and its steps; Undo brings it back</source>
        <translation type="unfinished">Yn dileu’r daith a ddangosir a’i chamau; mae Dadwneud yn dod â hi’n ôl</translation>
    </message>
    <message>
        <source>Edit Journe&amp;y…</source>
        <translation>Go&amp;lygu’r Daith…</translation>
    </message>
</context>
<context>
    <name>unblock::app::KioskDialog</name>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished">✓ ie</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation type="unfinished">dewis %1</translation>
    </message>
    <message>
        <source>dots: %1</source>
        <translation type="unfinished">dotiau: %1</translation>
    </message>
    <message>
        <source>&amp;Start my private ballot</source>
        <translation type="unfinished">&amp;Dechrau fy mhleidlais breifat</translation>
    </message>
    <message>
        <source>&amp;Cast my vote</source>
        <translation type="unfinished">&amp;Bwrw fy mhleidlais</translation>
    </message>
    <message>
        <source>Kiosk Voting</source>
        <translation type="unfinished">Pleidleisio ar y Gliniadur</translation>
    </message>
    <message>
        <source>&amp;Finish voting on this laptop</source>
        <translation type="unfinished">&amp;Gorffen pleidleisio ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>Pass the laptop to the first voter.</source>
        <translation type="unfinished">Rhowch y gliniadur i’r pleidleisiwr cyntaf.</translation>
    </message>
    <message>
        <source>What you have left</source>
        <translation type="unfinished">Beth sydd gennych ar ôl</translation>
    </message>
    <message>
        <source>Why a choice is not available</source>
        <translation type="unfinished">Pam nad yw dewis ar gael</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation type="unfinished">Eitemau ar y papur pleidleisio</translation>
    </message>
    <message>
        <source>Take a vote off: %1</source>
        <translation type="unfinished">Tynnu pleidlais oddi ar: %1</translation>
    </message>
    <message>
        <source>Add a vote to: %1</source>
        <translation type="unfinished">Ychwanegu pleidlais at: %1</translation>
    </message>
    <message>
        <source>Choose as many as you like.</source>
        <translation type="unfinished">Dewiswch gynifer ag y mynnwch.</translation>
    </message>
    <message>
        <source>Left to place: %1</source>
        <translation type="unfinished">Ar ôl i’w gosod: %1</translation>
    </message>
    <message>
        <source>Hides everyone’s votes and opens a fresh ballot for the next person</source>
        <translation type="unfinished">Yn cuddio pleidleisiau pawb ac yn agor papur pleidleisio newydd i’r person nesaf</translation>
    </message>
    <message>
        <source>Records your ballot and hides it, ready for the next person</source>
        <translation type="unfinished">Yn cofnodi eich pleidlais ac yn ei chuddio, yn barod i’r person nesaf</translation>
    </message>
    <message>
        <source>Closes the laptop ballot and goes back to the facilitator’s window</source>
        <translation type="unfinished">Yn cau’r bleidlais ar y gliniadur ac yn mynd yn ôl i ffenestr yr hwylusydd</translation>
    </message>
    <message>
        <source>Every item you can vote for, with buttons to add or take off a vote</source>
        <translation type="unfinished">Pob eitem y gallwch bleidleisio drosti, gyda botymau i ychwanegu neu dynnu pleidlais</translation>
    </message>
    <message>
        <source>Takes one of your votes off this item</source>
        <translation type="unfinished">Yn tynnu un o’ch pleidleisiau oddi ar yr eitem hon</translation>
    </message>
    <message>
        <source>Puts one of your votes on this item</source>
        <translation type="unfinished">Yn rhoi un o’ch pleidleisiau ar yr eitem hon</translation>
    </message>
    <message>
        <source>What this vote is about</source>
        <translation type="unfinished">Am beth mae’r bleidlais hon</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">Pleidlais</translation>
    </message>
    <message>
        <source>Cast your vote?</source>
        <translation type="unfinished">Bwrw eich pleidlais?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n vote(s) left. Cast anyway?</source>
        <translation type="unfinished">
            <numerusform>Mae gennych %n pleidlais ar ôl. Bwrw beth bynnag?</numerusform>
            <numerusform>Mae gennych %n pleidlais ar ôl. Bwrw beth bynnag?</numerusform>
            <numerusform>Mae gennych %n pleidlais ar ôl. Bwrw beth bynnag?</numerusform>
            <numerusform>Mae gennych %n pleidlais ar ôl. Bwrw beth bynnag?</numerusform>
            <numerusform>Mae gennych %n pleidlais ar ôl. Bwrw beth bynnag?</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you: your vote is in. %1

Pass the laptop to the next voter.</source>
        <translation type="unfinished">Diolch: mae eich pleidlais i mewn. %1

Rhowch y gliniadur i’r pleidleisiwr nesaf.</translation>
    </message>
    <message>
        <source>Leave without casting?</source>
        <translation type="unfinished">Gadael heb bleidleisio?</translation>
    </message>
    <message>
        <source>Your choices on this ballot will not be recorded. Leave it without casting your vote?</source>
        <translation type="unfinished">Ni chaiff eich dewisiadau ar y papur hwn eu cofnodi. Ei adael heb fwrw eich pleidlais?</translation>
    </message>
    <message>
        <source>That ballot was not cast.

Pass the laptop to the next voter.</source>
        <translation type="unfinished">Ni fwriwyd y bleidlais honno.

Rhowch y gliniadur i’r pleidleisiwr nesaf.</translation>
    </message>
    <message>
        <source>Finish voting on this laptop?</source>
        <translation type="unfinished">Gorffen pleidleisio ar y gliniadur hwn?</translation>
    </message>
    <message>
        <source>The facilitator’s window comes back. Finish voting on this laptop?</source>
        <translation type="unfinished">Daw ffenestr yr hwylusydd yn ôl. Gorffen pleidleisio ar y gliniadur hwn?</translation>
    </message>
</context>
<context>
    <name>unblock::app::LearningPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · for “%2”</source>
        <translation>%1 · ar gyfer “%2”</translation>
    </message>
    <message>
        <source>From other workshops</source>
        <translation>O weithdai eraill</translation>
    </message>
    <message>
        <source>A&amp;dd as Solution</source>
        <translation>&amp;Ychwanegu fel Ateb</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Library files not read</source>
        <translation>Ffeiliau’r llyfrgell na ddarllenwyd</translation>
    </message>
    <message>
        <source>Solutions from other workshops</source>
        <translation>Atebion o weithdai eraill</translation>
    </message>
    <message>
        <source>Enter adds the solution selected under the blocker selected on the board.</source>
        <translation>Mae Enter yn ychwanegu’r ateb a ddewiswyd o dan y rhwystr a ddewiswyd ar y bwrdd.</translation>
    </message>
    <message>
        <source>Adds the solution selected under the blocker selected, noting the workshop it came from (Enter)</source>
        <translation>Yn ychwanegu’r ateb a ddewiswyd o dan y rhwystr a ddewiswyd, gan nodi’r gweithdy y daeth ohono (Enter)</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>Yn darllen y llyfrgell…</translation>
    </message>
    <message>
        <source>Select or type a blocker to see what other workshops did about blockers like it.</source>
        <translation>Dewiswch neu teipiwch rwystr i weld beth wnaeth gweithdai eraill am rwystrau tebyg.</translation>
    </message>
    <message>
        <source>None had a blocker like “%1”.</source>
        <translation>Nid oedd gan yr un rwystr tebyg i “%1”.</translation>
    </message>
    <message>
        <source>For blockers like “%1”:</source>
        <translation>Ar gyfer rhwystrau tebyg i “%1”:</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Ni ellid darllen y llyfrgell: %1</translation>
    </message>
    <message>
        <source>%1 (already a solution here)</source>
        <translation>%1 (eisoes yn ateb yma)</translation>
    </message>
    <message>
        <source>This session is open read-only, so nothing can be added to it.</source>
        <translation>Mae’r sesiwn hon ar agor i’w darllen yn unig, felly ni ellir ychwanegu dim ati.</translation>
    </message>
    <message>
        <source>Add the blocker first (Enter), then its solutions from here.</source>
        <translation>Ychwanegwch y rhwystr yn gyntaf (Enter), yna ei atebion o’r fan hyn.</translation>
    </message>
    <message>
        <source>Select one of the solutions first.</source>
        <translation>Dewiswch un o’r atebion yn gyntaf.</translation>
    </message>
    <message>
        <source>It is a solution of this blocker already.</source>
        <translation>Mae eisoes yn ateb i’r rhwystr hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n workshops)</source>
        <translation>
            <numerusform>%1 (%n gweithdy)</numerusform>
            <numerusform>%1 (%n gweithdy)</numerusform>
            <numerusform>%1 (%n gweithdy)</numerusform>
            <numerusform>%1 (%n gweithdy)</numerusform>
            <numerusform>%1 (%n gweithdy)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the files not read</source>
        <translation type="unfinished">Cuddio’r ffeiliau na chawsant eu darllen</translation>
    </message>
    <message>
        <source>Show the files not read (%1)</source>
        <translation type="unfinished">Dangos y ffeiliau na chawsant eu darllen (%1)</translation>
    </message>
    <message>
        <source>The files in the library’s folder that could not be read as workshops, and why: the library leaves them out.</source>
        <translation type="unfinished">Y ffeiliau yn ffolder y llyfrgell na ellid eu darllen fel gweithdai, a pham: mae’r llyfrgell yn eu gadael allan.</translation>
    </message>
</context>
<context>
    <name>unblock::app::MainWindow</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished">Amserydd</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation type="unfinished">Mae’r amser ar ben.</translation>
    </message>
    <message>
        <source>Start a workshop, or open a session file.</source>
        <translation type="unfinished">Dechreuwch weithdy, neu agorwch ffeil sesiwn.</translation>
    </message>
    <message>
        <source>New Really Useful Day (usual tables and categories)…</source>
        <translation type="unfinished">Diwrnod Gwirioneddol Ddefnyddiol Newydd (y byrddau a’r categorïau arferol)…</translation>
    </message>
    <message>
        <source>New Blank Session…</source>
        <translation type="unfinished">Sesiwn Wag Newydd…</translation>
    </message>
    <message>
        <source>Open Session…</source>
        <translation type="unfinished">Agor Sesiwn…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New Really Useful Day…</source>
        <translation type="unfinished">Diwrnod Gwirioneddol Ddefnyddiol &amp;Newydd…</translation>
    </message>
    <message>
        <source>New &amp;Blank Session…</source>
        <translation type="unfinished">Sesiwn &amp;Wag Newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished">Cadw &amp;Copi…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Cadw &amp;Fel…</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation type="unfinished">C&amp;rynodeb…</translation>
    </message>
    <message>
        <source>Compare &amp;Workshops…</source>
        <translation type="unfinished">Cymharu &amp;Gweithdai…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation type="unfinished">Ca&amp;u’r Sesiwn</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished">D&amp;ewisiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished">&amp;Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished">&amp;Manylion…</translation>
    </message>
    <message>
        <source>Add &amp;Group…</source>
        <translation type="unfinished">Ychwanegu G&amp;rŵp…</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation type="unfinished">&amp;Pleidleisio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished">&amp;Bwrdd</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation type="unfinished">&amp;Teithiau</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation type="unfinished">&amp;Cyflwynydd</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished">Chwyddo &amp;Mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished">Chwyddo &amp;Allan</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished">&amp;Ailosod y Chwyddo</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished">&amp;Amserydd</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>All changes saved in %1 at %2</source>
        <translation type="unfinished">Pob newid wedi’i gadw yn %1 am %2</translation>
    </message>
    <message>
        <source>That change was not made</source>
        <translation type="unfinished">Ni wnaed y newid hwnnw</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished">Darllen yn unig: %1</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation type="unfinished">Caiff pob newid ei gadw wrth i chi ei wneud.</translation>
    </message>
    <message>
        <source>About this session</source>
        <translation type="unfinished">Am y sesiwn hon</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished">Methu agor y sesiwn</translation>
    </message>
    <message>
        <source>Could not create the session</source>
        <translation type="unfinished">Methu creu’r sesiwn</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished">Sesiwn Newydd</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished">Unblock</translation>
    </message>
    <message>
        <source>%1 [read-only] — Unblock</source>
        <translation type="unfinished">%1 [darllen yn unig] — Unblock</translation>
    </message>
    <message>
        <source>%1 — Unblock</source>
        <translation type="unfinished">%1 — Unblock</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished">Cadw Fel</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished">Cadw Copi</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">Methu cadw</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished">Cadwyd %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Crynodeb</translation>
    </message>
    <message>
        <source>The summary could not be made. %1</source>
        <translation type="unfinished">Ni ellid gwneud y crynodeb. %1</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Camau Gweithredu</translation>
    </message>
    <message>
        <source>New Session from an Earlier Workshop…</source>
        <translation>Sesiwn Newydd o Weithdy Cynharach…</translation>
    </message>
    <message>
        <source>New Session &amp;from…</source>
        <translation>Sesiwn Newydd &amp;o…</translation>
    </message>
    <message>
        <source>Export &amp;Actions…</source>
        <translation>Allforio’r &amp;Camau Gweithredu…</translation>
    </message>
    <message>
        <source>Could not read the earlier workshop</source>
        <translation>Methu darllen y gweithdy cynharach</translation>
    </message>
    <message numerus="yes">
        <source>Started from “%1”: %n open action(s) carried, on the Actions tab.</source>
        <translation>
            <numerusform>Wedi dechrau o “%1”: cariwyd %n cam gweithredu agored, ar y tab Camau Gweithredu.</numerusform>
            <numerusform>Wedi dechrau o “%1”: cariwyd %n cam gweithredu agored, ar y tab Camau Gweithredu.</numerusform>
            <numerusform>Wedi dechrau o “%1”: cariwyd %n cam gweithredu agored, ar y tab Camau Gweithredu.</numerusform>
            <numerusform>Wedi dechrau o “%1”: cariwyd %n cam gweithredu agored, ar y tab Camau Gweithredu.</numerusform>
            <numerusform>Wedi dechrau o “%1”: cariwyd %n cam gweithredu agored, ar y tab Camau Gweithredu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Impact and Effort</source>
        <translation>&amp;Effaith ac Ymdrech</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">Gweithdy</translation>
    </message>
    <message>
        <source>Save a Copy for &amp;Sharing…</source>
        <translation type="unfinished">Cadw Copi i’w &amp;Rannu…</translation>
    </message>
    <message>
        <source>Save a Copy for Sharing</source>
        <translation type="unfinished">Cadw Copi i’w Rannu</translation>
    </message>
    <message>
        <source>Saved “%1” for sharing, with the owners of actions and no other names</source>
        <translation type="unfinished">Cadwyd “%1” i’w rannu, gyda pherchnogion camau gweithredu a dim enwau eraill</translation>
    </message>
    <message>
        <source>Saved “%1” for sharing, without people’s names</source>
        <translation type="unfinished">Cadwyd “%1” i’w rannu, heb enwau pobl</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Unblock</source>
        <translation type="unfinished">&amp;Ynghylch Unblock</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>About Unblock</source>
        <translation type="unfinished">Ynghylch Unblock</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation type="unfinished">Unblock %1</translation>
    </message>
</context>
<context>
    <name>unblock::app::MatrixPage</name>
    <message>
        <source>Impact and effort matrix</source>
        <translation>Matrics effaith ac ymdrech</translation>
    </message>
    <message>
        <source>Each solution is a numbered mark; the key beside it lists them.</source>
        <translation>Mae pob ateb yn farc â rhif; mae’r allwedd wrth ei ymyl yn eu rhestru.</translation>
    </message>
    <message>
        <source>%1. %2
(%3: impact %4, effort %5)</source>
        <translation>%1. %2
(%3: effaith %4, ymdrech %5)</translation>
    </message>
    <message>
        <source>Key to the matrix</source>
        <translation>Allwedd y matrics</translation>
    </message>
    <message>
        <source>No solution has both an impact and an effort yet: give them in a solution&apos;s Details (Board tab).</source>
        <translation>Nid oes gan unrhyw ateb effaith ac ymdrech eto: rhowch nhw ym Manylion ateb (tab y Bwrdd).</translation>
    </message>
</context>
<context>
    <name>unblock::app::PaperTally</name>
    <message>
        <source>Paper dots</source>
        <translation type="unfinished">Dotiau papur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Eitem</translation>
    </message>
    <message>
        <source>Paper dot counts</source>
        <translation type="unfinished">Cyfrifon dotiau papur</translation>
    </message>
    <message>
        <source>The dots counted on the paper sheets, item by item. Type a count and press Enter.</source>
        <translation type="unfinished">Y dotiau a gyfrifwyd ar y taflenni papur, eitem wrth eitem. Teipiwch gyfrif a gwasgwch Enter.</translation>
    </message>
    <message>
        <source>Paper dots on %1</source>
        <translation type="unfinished">Dotiau papur ar %1</translation>
    </message>
    <message>
        <source>The dots counted on paper for this item</source>
        <translation type="unfinished">Y dotiau a gyfrifwyd ar bapur ar gyfer yr eitem hon</translation>
    </message>
</context>
<context>
    <name>unblock::app::PhonesPanel</name>
    <message>
        <source>Phones</source>
        <translation type="unfinished">Ffonau</translation>
    </message>
    <message>
        <source>Clear a Phone’s &amp;Ballot…</source>
        <translation type="unfinished">Clirio &amp;Pleidlais Ffôn…</translation>
    </message>
    <message>
        <source>Network phones use</source>
        <translation type="unfinished">Y rhwydwaith y mae ffonau’n ei ddefnyddio</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished">Rhwydwaith:</translation>
    </message>
    <message>
        <source>Phones cannot vote</source>
        <translation type="unfinished">Ni all ffonau bleidleisio</translation>
    </message>
    <message>
        <source>&amp;Stop Phone Voting</source>
        <translation type="unfinished">&amp;Atal Pleidleisio o Ffonau</translation>
    </message>
    <message>
        <source>Let &amp;Phones Vote</source>
        <translation type="unfinished">Gadael i &amp;Ffonau Bleidleisio</translation>
    </message>
    <message>
        <source>Off. Phones can vote once you start it: they scan the code on the projector, on the same network as this laptop.</source>
        <translation type="unfinished">I ffwrdd. Gall ffonau bleidleisio unwaith y byddwch yn ei gychwyn: maen nhw’n sganio’r cod ar y taflunydd, ar yr un rhwydwaith â’r gliniadur hwn.</translation>
    </message>
    <message>
        <source>1 phone connected.</source>
        <translation type="unfinished">1 ffôn wedi’i gysylltu.</translation>
    </message>
    <message>
        <source>%1 phones connected.</source>
        <translation type="unfinished">%1 ffôn wedi’u cysylltu.</translation>
    </message>
    <message>
        <source>On at %1, join code %2. %3 %4</source>
        <translation type="unfinished">Ymlaen yn %1, cod ymuno %2. %3 %4</translation>
    </message>
    <message>
        <source>Clear a Phone’s Ballot</source>
        <translation type="unfinished">Clirio Pleidlais Ffôn</translation>
    </message>
    <message>
        <source>No phone has voted yet.</source>
        <translation type="unfinished">Nid oes unrhyw ffôn wedi pleidleisio eto.</translation>
    </message>
    <message>
        <source>Phone %1: 1 item marked</source>
        <translation type="unfinished">Ffôn %1: 1 eitem wedi’i marcio</translation>
    </message>
    <message>
        <source>Phone %1: %2 items marked</source>
        <translation type="unfinished">Ffôn %1: %2 eitem wedi’u marcio</translation>
    </message>
    <message>
        <source>The network phones join by: the one on the room’s wifi</source>
        <translation type="unfinished">Y rhwydwaith y mae ffonau’n ymuno drwyddo: yr un ar wifi’r ystafell</translation>
    </message>
    <message>
        <source>Lets phones on this network vote in the round shown, or stops them</source>
        <translation type="unfinished">Yn gadael i ffonau ar y rhwydwaith hwn bleidleisio yn y rownd a ddangosir, neu’n eu hatal</translation>
    </message>
    <message>
        <source>Takes one phone’s ballot out of the round; Undo puts it back</source>
        <translation type="unfinished">Yn tynnu pleidlais un ffôn allan o’r rownd; mae Dadwneud yn ei rhoi’n ôl</translation>
    </message>
    <message>
        <source>Ask for &amp;names</source>
        <translation type="unfinished">Gofyn am &amp;enwau</translation>
    </message>
    <message>
        <source>Pa&amp;use Call</source>
        <translation type="unfinished">&amp;Seibio’r Alwad</translation>
    </message>
    <message>
        <source>Nothing (phones only vote)</source>
        <translation type="unfinished">Dim (dim ond pleidleisio y mae’r ffonau)</translation>
    </message>
    <message>
        <source>Blockers, each phone for its table</source>
        <translation type="unfinished">Rhwystrau, pob ffôn ar gyfer ei fwrdd</translation>
    </message>
    <message>
        <source>Phones may send</source>
        <translation type="unfinished">Caiff ffonau anfon</translation>
    </message>
    <message>
        <source>A call for items: what the room may add from phones. What they send waits beside the board until you accept it.</source>
        <translation type="unfinished">Galwad am eitemau: yr hyn y caiff yr ystafell ei ychwanegu o ffonau. Mae’r hyn a anfonant yn aros wrth ymyl y bwrdd nes i chi ei dderbyn.</translation>
    </message>
    <message>
        <source>Phones may give a name with each item; otherwise items are anonymous</source>
        <translation type="unfinished">Caiff ffonau roi enw gyda phob eitem; fel arall mae’r eitemau’n ddienw</translation>
    </message>
    <message>
        <source>Phones keep their words but cannot send them until you resume</source>
        <translation type="unfinished">Mae’r ffonau’n cadw eu geiriau ond ni allant eu hanfon nes i chi ailddechrau</translation>
    </message>
    <message>
        <source>Phones may &amp;send:</source>
        <translation type="unfinished">Caiff ffonau &amp;anfon:</translation>
    </message>
    <message>
        <source>The call for items is paused.</source>
        <translation type="unfinished">Mae’r alwad am eitemau wedi’i seibio.</translation>
    </message>
    <message>
        <source>Solutions from Phones</source>
        <translation type="unfinished">Atebion o’r Ffonau</translation>
    </message>
    <message>
        <source>Solutions to one blocker…</source>
        <translation>Atebion i un rhwystr…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> e</translation>
    </message>
    <message>
        <source>Seconds between one phone’s items</source>
        <translation>Eiliadau rhwng eitemau un ffôn</translation>
    </message>
    <message>
        <source>A phone waits this long after an item before the next</source>
        <translation>Mae ffôn yn aros cyhyd â hyn ar ôl eitem cyn yr un nesaf</translation>
    </message>
    <message>
        <source>Items per phone in a call</source>
        <translation>Eitemau i bob ffôn mewn galwad</translation>
    </message>
    <message>
        <source>The most items one phone may send in a call</source>
        <translation>Y nifer fwyaf o eitemau y caiff un ffôn eu hanfon mewn galwad</translation>
    </message>
    <message>
        <source>Phones may send blockers.</source>
        <translation>Caiff ffonau anfon rhwystrau.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Phones may send solutions to %1.</source>
        <translation>Caiff ffonau anfon atebion i %1.</translation>
    </message>
    <message>
        <source>Add a blocker first: phones send solutions to one.</source>
        <translation>Ychwanegwch rwystr yn gyntaf: mae ffonau’n anfon atebion i un.</translation>
    </message>
    <message>
        <source>Phones send solutions &amp;to:</source>
        <translation>Mae ffonau’n anfon atebion &amp;i:</translation>
    </message>
    <message>
        <source>That blocker is no longer on the board.</source>
        <translation>Nid yw’r rhwystr hwnnw ar y bwrdd mwyach.</translation>
    </message>
    <message>
        <source>Seconds be&amp;tween a phone’s items:</source>
        <translation>Eiliadau &amp;rhwng eitemau ffôn:</translation>
    </message>
    <message>
        <source>Items per phone in a ca&amp;ll:</source>
        <translation>Eitemau i bob ffôn mewn ga&amp;lwad:</translation>
    </message>
    <message>
        <source>Phones may send solutions, but their blockers are no longer on the board.</source>
        <translation>Caiff ffonau anfon atebion, ond nid yw eu rhwystrau ar y bwrdd mwyach.</translation>
    </message>
    <message>
        <source>Solutions to the top %1 blockers</source>
        <translation type="unfinished">Atebion i’r %1 prif rwystr</translation>
    </message>
    <message>
        <source>Phones vote in “%1”.</source>
        <translation type="unfinished">Mae ffonau’n pleidleisio yn “%1”.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished">Rownd %1</translation>
    </message>
    <message>
        <source>No round is open and nothing is asked for: phones wait.</source>
        <translation type="unfinished">Does dim rownd ar agor a dim yn cael ei ofyn: mae ffonau’n aros.</translation>
    </message>
    <message>
        <source>Reveal a round on blockers first: phones are asked for solutions to its top %1.</source>
        <translation type="unfinished">Datgelwch rownd ar rwystrau yn gyntaf: gofynnir i ffonau am atebion i’w %1 uchaf.</translation>
    </message>
    <message>
        <source>Each phone shows its &amp;label under its ballot:</source>
        <translation type="unfinished">Mae pob ffôn yn dangos ei &amp;label o dan ei bapur pleidleisio:</translation>
    </message>
</context>
<context>
    <name>unblock::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Dewisiadau</translation>
    </message>
    <message>
        <source>Dots per voter in a new round</source>
        <translation type="unfinished">Dotiau i bob pleidleisiwr mewn rownd newydd</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished">dim terfyn</translation>
    </message>
    <message>
        <source>Most dots on one item in a new round</source>
        <translation type="unfinished">Y nifer fwyaf o ddotiau ar un eitem mewn rownd newydd</translation>
    </message>
    <message>
        <source>Top blockers the summary lists</source>
        <translation type="unfinished">Y prif rwystrau y mae’r crynodeb yn eu rhestru</translation>
    </message>
    <message>
        <source>The second screen, when there is one</source>
        <translation type="unfinished">Yr ail sgrin, pan fo un</translation>
    </message>
    <message>
        <source>%1 (not connected now)</source>
        <translation type="unfinished">%1 (heb ei gysylltu nawr)</translation>
    </message>
    <message>
        <source>Screen the presenter uses</source>
        <translation type="unfinished">Y sgrin y mae’r cyflwynydd yn ei defnyddio</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation type="unfinished">Gwyn ar ddu</translation>
    </message>
    <message>
        <source>High contrast: bold yellow on black</source>
        <translation type="unfinished">Cyferbyniad uchel: melyn trwm ar ddu</translation>
    </message>
    <message>
        <source>Black on white, for a bright room</source>
        <translation type="unfinished">Du ar wyn, ar gyfer ystafell olau</translation>
    </message>
    <message>
        <source>Presenter colours</source>
        <translation type="unfinished">Lliwiau’r cyflwynydd</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit the channel costs for new sessions</source>
        <translation type="unfinished">Golygu costau’r sianeli ar gyfer sesiynau newydd</translation>
    </message>
    <message>
        <source>&amp;Dots (or choices) per voter:</source>
        <translation type="unfinished">&amp;Dotiau (neu ddewisiadau) i bob pleidleisiwr:</translation>
    </message>
    <message>
        <source>Most dots on &amp;one item:</source>
        <translation type="unfinished">Y nifer fwyaf o ddotiau ar &amp;un eitem:</translation>
    </message>
    <message>
        <source>&amp;Top blockers in the summary:</source>
        <translation type="unfinished">&amp;Prif rwystrau yn y crynodeb:</translation>
    </message>
    <message>
        <source>&amp;Presenter screen:</source>
        <translation type="unfinished">&amp;Sgrin y cyflwynydd:</translation>
    </message>
    <message>
        <source>Presenter &amp;colours:</source>
        <translation type="unfinished">&amp;Lliwiau’r cyflwynydd:</translation>
    </message>
    <message>
        <source>Channel costs for new sessions:</source>
        <translation type="unfinished">Costau sianeli ar gyfer sesiynau newydd:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>1 more without a figure</source>
        <translation type="unfinished">1 arall heb ffigur</translation>
    </message>
    <message>
        <source>%1 more without a figure</source>
        <translation type="unfinished">%1 arall heb ffigur</translation>
    </message>
    <message>
        <source>What a new round offers each voter; each round can still change it</source>
        <translation type="unfinished">Beth mae rownd newydd yn ei gynnig i bob pleidleisiwr; gall pob rownd ei newid o hyd</translation>
    </message>
    <message>
        <source>The most dots one voter can put on one item in a new dot round</source>
        <translation type="unfinished">Y nifer fwyaf o ddotiau y gall un pleidleisiwr eu rhoi ar un eitem mewn rownd dotiau newydd</translation>
    </message>
    <message>
        <source>How many top blockers a new summary lists</source>
        <translation type="unfinished">Faint o’r prif rwystrau y mae crynodeb newydd yn eu rhestru</translation>
    </message>
    <message>
        <source>Where the presenter opens: the projector or a second screen</source>
        <translation type="unfinished">Lle mae’r cyflwynydd yn agor: y taflunydd neu ail sgrin</translation>
    </message>
    <message>
        <source>The presenter’s colours: high contrast reads best from the back</source>
        <translation type="unfinished">Lliwiau’r cyflwynydd: cyferbyniad uchel sydd hawsaf ei ddarllen o’r cefn</translation>
    </message>
    <message>
        <source>The system’s language</source>
        <translation type="unfinished">Iaith y system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>The language Unblock speaks, from when it next starts</source>
        <translation type="unfinished">Yr iaith y mae Unblock yn ei siarad, o’r tro nesaf y bydd yn cychwyn</translation>
    </message>
    <message>
        <source>The channels and costs every new session starts with</source>
        <translation type="unfinished">Y sianeli a’r costau y mae pob sesiwn newydd yn dechrau gyda nhw</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language takes effect when Unblock next starts.</source>
        <translation type="unfinished">Daw iaith newydd i rym pan fydd Unblock yn cychwyn nesaf.</translation>
    </message>
    <message>
        <source>Keeps these preferences</source>
        <translation type="unfinished">Yn cadw’r dewisiadau hyn</translation>
    </message>
    <message>
        <source>Closes without changing anything</source>
        <translation type="unfinished">Yn cau heb newid dim</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Library of past sessions</source>
        <translation>Llyfrgell o sesiynau blaenorol</translation>
    </message>
    <message>
        <source>A folder of past session files, the council’s own or shared: the board shows what they did about blockers like the one selected</source>
        <translation>Ffolder o ffeiliau sesiynau blaenorol, rhai’r cyngor neu rai a rannwyd: mae’r bwrdd yn dangos beth wnaethon nhw am rwystrau tebyg i’r un a ddewiswyd</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Dewis ffolder y llyfrgell</translation>
    </message>
    <message>
        <source>Library of Past Sessions</source>
        <translation>Llyfrgell o Sesiynau Blaenorol</translation>
    </message>
    <message>
        <source>No library: the board shows only this workshop.</source>
        <translation>Dim llyfrgell: mae’r bwrdd yn dangos y gweithdy hwn yn unig.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Choose the folder that holds the session files.</source>
        <translation>Ffeil yw “%1”, nid ffolder. Dewiswch y ffolder sy’n dal y ffeiliau sesiwn.</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Nid oes ffolder “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n session file(s) in this folder.</source>
        <translation>
            <numerusform>%n ffeil sesiwn yn y ffolder hwn.</numerusform>
            <numerusform>%n ffeil sesiwn yn y ffolder hwn.</numerusform>
            <numerusform>%n ffeil sesiwn yn y ffolder hwn.</numerusform>
            <numerusform>%n ffeil sesiwn yn y ffolder hwn.</numerusform>
            <numerusform>%n ffeil sesiwn yn y ffolder hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Li&amp;brary of past sessions:</source>
        <translation>Ll&amp;yfrgell o sesiynau blaenorol:</translation>
    </message>
    <message>
        <source>Opens a folder chooser for the library of past sessions</source>
        <translation>Yn agor dewisydd ffolder ar gyfer llyfrgell y sesiynau blaenorol</translation>
    </message>
    <message>
        <source>“%1” cannot be found now. It stays the library, read again when a session is opened.</source>
        <translation>Ni ellir dod o hyd i “%1” nawr. Mae’n aros yn llyfrgell, a’i darllen eto pan agorir sesiwn.</translation>
    </message>
</context>
<context>
    <name>unblock::app::PresenterWindow</name>
    <message>
        <source>Unblock — Presenter</source>
        <translation type="unfinished">Unblock — Cyflwynydd</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished">Cyflwynydd</translation>
    </message>
    <message>
        <source>Vote from your phone: scan the code, or open
%1
and type %2</source>
        <translation type="unfinished">Pleidleisiwch o’ch ffôn: sganiwch y cod, neu agorwch
%1
a theipio %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Cam %1 o %2: %3</translation>
    </message>
    <message>
        <source>avoidable</source>
        <translation type="unfinished">modd ei osgoi</translation>
    </message>
    <message>
        <source>Pain point: %1</source>
        <translation type="unfinished">Pwynt poen: %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished">Mae’r amser ar ben</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished">Rhwystrau</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Canlyniadau</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation type="unfinished">Pleidleisio</translation>
    </message>
    <message>
        <source>Votes per person: %1</source>
        <translation type="unfinished">Pleidleisiau i bob person: %1</translation>
    </message>
    <message>
        <source>Voting has closed.

The results are coming.</source>
        <translation type="unfinished">Mae’r pleidleisio wedi cau.

Mae’r canlyniadau ar y ffordd.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Bysellau</translation>
    </message>
    <message>
        <source>Voting in progress

%1</source>
        <translation type="unfinished">Pleidleisio ar y gweill

%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Space or →: next</source>
        <translation type="unfinished">Bylchwr neu →: nesaf</translation>
    </message>
    <message>
        <source>Esc: leave the presenter</source>
        <translation type="unfinished">Esc: gadael y cyflwynydd</translation>
    </message>
</context>
<context>
    <name>unblock::app::QrCodeView</name>
    <message>
        <source>QR code to vote from a phone</source>
        <translation type="unfinished">Cod QR i bleidleisio o ffôn</translation>
    </message>
</context>
<context>
    <name>unblock::app::ResultsView</name>
    <message>
        <source>Results</source>
        <translation type="unfinished">Canlyniadau</translation>
    </message>
    <message>
        <source>Chart of the results</source>
        <translation type="unfinished">Siart o’r canlyniadau</translation>
    </message>
    <message>
        <source>“=” marks a tie; point at a row to see why it is listed where it is. %1</source>
        <translation type="unfinished">Mae “=” yn dynodi cyfartal; pwyntiwch at res i weld pam mae wedi’i rhestru lle mae. %1</translation>
    </message>
    <message>
        <source>No votes were cast.</source>
        <translation type="unfinished">Ni fwriwyd unrhyw bleidleisiau.</translation>
    </message>
</context>
<context>
    <name>unblock::app::RevealChart</name>
    <message>
        <source>Results</source>
        <translation type="unfinished">Canlyniadau</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished">%1: %2, %3 {1:?} {2,?}</translation>
    </message>
    <message>
        <source>No votes were cast.</source>
        <translation type="unfinished">Ni fwriwyd unrhyw bleidleisiau.</translation>
    </message>
</context>
<context>
    <name>unblock::app::RoundDialog</name>
    <message>
        <source>Top blockers</source>
        <translation type="unfinished">Prif rwystrau</translation>
    </message>
    <message>
        <source>New Voting Round</source>
        <translation type="unfinished">Rownd Bleidleisio Newydd</translation>
    </message>
    <message>
        <source>The blockers</source>
        <translation type="unfinished">Y rhwystrau</translation>
    </message>
    <message>
        <source>The solutions of “%1”</source>
        <translation type="unfinished">Atebion “%1”</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished">dim terfyn</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation type="unfinished">Teitl y rownd</translation>
    </message>
    <message>
        <source>What is voted on</source>
        <translation type="unfinished">Beth y pleidleisir arno</translation>
    </message>
    <message>
        <source>Voting method</source>
        <translation type="unfinished">Dull pleidleisio</translation>
    </message>
    <message>
        <source>Votes per voter</source>
        <translation type="unfinished">Pleidleisiau i bob pleidleisiwr</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation type="unfinished">Y nifer fwyaf o ddotiau ar un eitem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation type="unfinished">&amp;Pleidleisio ar:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished">&amp;Dull:</translation>
    </message>
    <message>
        <source>&amp;Dots (or choices) per voter:</source>
        <translation type="unfinished">&amp;Dotiau (neu ddewisiadau) i bob pleidleisiwr:</translation>
    </message>
    <message>
        <source>Most dots on &amp;one item:</source>
        <translation type="unfinished">Y nifer fwyaf o ddotiau ar &amp;un eitem:</translation>
    </message>
    <message>
        <source>Solutions to “%1”</source>
        <translation type="unfinished">Atebion i “%1”</translation>
    </message>
</context>
<context>
    <name>unblock::app::SharingCopyDialog</name>
    <message>
        <source>&amp;Keep the names of the people who own actions</source>
        <translation type="unfinished">&amp;Cadw enwau’r bobl sy’n berchen ar gamau gweithredu</translation>
    </message>
    <message>
        <source>Save a Copy for Sharing</source>
        <translation type="unfinished">Cadw Copi i’w Rannu</translation>
    </message>
    <message>
        <source>The owners of solutions and of actions carried from earlier workshops. Leave it unticked for a copy that goes beyond the people named.</source>
        <translation type="unfinished">Perchnogion atebion a chamau gweithredu a gariwyd o weithdai cynharach. Gadewch hi heb dic ar gyfer copi sy’n mynd y tu hwnt i’r bobl a enwir.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished">&amp;Dewis Ffeil…</translation>
    </message>
    <message>
        <source>The copy leaves out people’s names: who wrote each blocker, the names sent from phones, the facilitator’s name and, unless you tick below, who owns each action. The votes stay as they were, but not who cast them. Anything deleted is wiped from the copy too. This session is not changed.</source>
        <translation type="unfinished">Mae’r copi’n gadael enwau pobl allan: pwy ysgrifennodd bob rhwystr, yr enwau a anfonwyd o ffonau, enw’r hwylusydd ac, oni bai eich bod yn ticio isod, pwy sy’n berchen ar bob cam gweithredu. Mae’r pleidleisiau’n aros fel yr oeddent, ond nid pwy a’u bwriodd. Caiff unrhyw beth a ddilëwyd ei sychu o’r copi hefyd. Nid yw’r sesiwn hon yn newid.</translation>
    </message>
</context>
<context>
    <name>unblock::app::StepDialog</name>
    <message>
        <source>&amp;Avoidable contact</source>
        <translation type="unfinished">Cyswllt y gellid ei &amp;osgoi</translation>
    </message>
    <message>
        <source>&amp;Pain point</source>
        <translation type="unfinished">&amp;Pwynt poen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Cam</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation type="unfinished">Dim sianel</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">anhysbys</translation>
    </message>
    <message>
        <source>the channel&apos;s figure</source>
        <translation type="unfinished">ffigur y sianel</translation>
    </message>
    <message>
        <source>−2 angry … 0 neutral … +2 delighted</source>
        <translation type="unfinished">−2 yn ddig … 0 niwtral … +2 wrth ei fodd</translation>
    </message>
    <message>
        <source>&amp;What happens:</source>
        <translation type="unfinished">&amp;Beth sy’n digwydd:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished">&amp;Sianel:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished">&amp;Pwy:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished">&amp;Munudau:</translation>
    </message>
    <message>
        <source>C&amp;ost of this contact (£):</source>
        <translation type="unfinished">C&amp;ost y cyswllt hwn (£):</translation>
    </message>
    <message>
        <source>Pain point &amp;note:</source>
        <translation type="unfinished">&amp;Nodyn pwynt poen:</translation>
    </message>
    <message>
        <source>&amp;Feeling (−2 to +2):</source>
        <translation type="unfinished">&amp;Teimlad (−2 i +2):</translation>
    </message>
</context>
<context>
    <name>unblock::app::SummaryDialog</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Crynodeb</translation>
    </message>
    <message>
        <source>How many top blockers</source>
        <translation type="unfinished">Faint o’r prif rwystrau</translation>
    </message>
    <message>
        <source>Ties at the last place widen the list.</source>
        <translation type="unfinished">Mae cyfartal yn y safle olaf yn ehangu’r rhestr.</translation>
    </message>
    <message>
        <source>Voting round that ranks the blockers</source>
        <translation type="unfinished">Y rownd bleidleisio sy’n rhestru’r rhwystrau</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished">Rownd %1</translation>
    </message>
    <message>
        <source>Top &amp;blockers:</source>
        <translation type="unfinished">Prif &amp;rwystrau:</translation>
    </message>
    <message>
        <source>&amp;Ranked by:</source>
        <translation type="unfinished">&amp;Wedi’u rhestru gan:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished">Cynnwys:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished">&amp;Cadw Fel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Print preview of the summary</source>
        <translation type="unfinished">Rhagolwg argraffu o’r crynodeb</translation>
    </message>
    <message>
        <source>Save Summary As</source>
        <translation type="unfinished">Cadw’r Crynodeb Fel</translation>
    </message>
    <message>
        <source>Save Summary</source>
        <translation type="unfinished">Cadw’r Crynodeb</translation>
    </message>
    <message>
        <source>“%1” does not end in .pdf, .odt, .html, .md or .csv, so Unblock cannot tell which kind of file to write.</source>
        <translation type="unfinished">Nid yw “%1” yn gorffen yn .pdf, .odt, .html, .md neu .csv, felly ni all Unblock ddweud pa fath o ffeil i’w hysgrifennu.</translation>
    </message>
    <message>
        <source>Whether the summary has this part</source>
        <translation type="unfinished">A yw’r crynodeb yn cynnwys y rhan hon</translation>
    </message>
    <message>
        <source>Prints the summary as the preview shows it</source>
        <translation type="unfinished">Yn argraffu’r crynodeb fel y mae’r rhagolwg yn ei ddangos</translation>
    </message>
    <message>
        <source>Saves the summary as PDF, OpenDocument, a web page, Markdown or CSV</source>
        <translation type="unfinished">Yn cadw’r crynodeb fel PDF, OpenDocument, tudalen we, Markdown neu CSV</translation>
    </message>
    <message>
        <source>Closes the summary; the session is already saved</source>
        <translation type="unfinished">Yn cau’r crynodeb; mae’r sesiwn wedi’i chadw eisoes</translation>
    </message>
    <message>
        <source>The summary’s pages as they will print. Arrows and Page Up and Page Down scroll.</source>
        <translation type="unfinished">Tudalennau’r crynodeb fel y byddant yn argraffu. Mae’r saethau a Page Up a Page Down yn sgrolio.</translation>
    </message>
    <message>
        <source>The summary was not printed</source>
        <translation type="unfinished">Ni argraffwyd y crynodeb</translation>
    </message>
    <message>
        <source>Results not yet &amp;revealed</source>
        <translation type="unfinished">Canlyniadau heb eu &amp;datgelu eto</translation>
    </message>
    <message>
        <source>Ranks the rounds whose results have not been revealed to the room: for after the day</source>
        <translation type="unfinished">Yn rhestru trefn y rowndiau nad yw eu canlyniadau wedi’u datgelu i’r ystafell: ar gyfer ar ôl y diwrnod</translation>
    </message>
    <message>
        <source>Pages of the summary</source>
        <translation type="unfinished">Tudalennau’r crynodeb</translation>
    </message>
</context>
<context>
    <name>unblock::app::TimerBar</name>
    <message>
        <source>&amp;Start Timer</source>
        <translation type="unfinished">&amp;Cychwyn yr Amserydd</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation type="unfinished">&amp;Oedi’r Amserydd</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation type="unfinished">&amp;Ychwanegu Munud</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> mun</translation>
    </message>
    <message>
        <source>Activity length in minutes</source>
        <translation type="unfinished">Hyd y gweithgaredd mewn munudau</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">Amser ar ôl</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation type="unfinished">Amserydd:</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished">Mae’r amser ar ben</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished">%1 (wedi oedi)</translation>
    </message>
    <message>
        <source>&amp;Resume Timer</source>
        <translation type="unfinished">&amp;Ailgychwyn yr Amserydd</translation>
    </message>
</context>
<context>
    <name>unblock::app::VotingPage</name>
    <message>
        <source>Open: voting is in progress. Results are hidden.</source>
        <translation type="unfinished">Ar agor: mae’r pleidleisio ar waith. Mae’r canlyniadau’n gudd.</translation>
    </message>
    <message>
        <source>Closed: no more votes. Results are still hidden.</source>
        <translation type="unfinished">Wedi cau: dim mwy o bleidleisiau. Mae’r canlyniadau’n gudd o hyd.</translation>
    </message>
    <message>
        <source>Revealed: the results are shown.</source>
        <translation type="unfinished">Wedi’u datgelu: mae’r canlyniadau’n cael eu dangos.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished">Rownd %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation type="unfinished">Rownd bleidleisio</translation>
    </message>
    <message>
        <source>People who voted on paper</source>
        <translation type="unfinished">Pobl a bleidleisiodd ar bapur</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation type="unfinished">Rownd &amp;Newydd…</translation>
    </message>
    <message>
        <source>&amp;Close Voting</source>
        <translation type="unfinished">&amp;Cau’r Pleidleisio</translation>
    </message>
    <message>
        <source>&amp;Reveal Results</source>
        <translation type="unfinished">&amp;Datgelu’r Canlyniadau</translation>
    </message>
    <message>
        <source>Re-&amp;open Voting</source>
        <translation type="unfinished">A&amp;ilagor y Pleidleisio</translation>
    </message>
    <message>
        <source>&amp;Kiosk Voting…</source>
        <translation type="unfinished">Pleidleisio ar y &amp;Gliniadur…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished">Rownd:</translation>
    </message>
    <message>
        <source>People who voted on &amp;paper:</source>
        <translation type="unfinished">Pobl a bleidleisiodd ar &amp;bapur:</translation>
    </message>
    <message>
        <source>No voting yet. Start a round with Voting ▸ New Round.</source>
        <translation type="unfinished">Dim pleidleisio eto. Dechreuwch rownd gyda Pleidleisio ▸ Rownd Newydd.</translation>
    </message>
    <message>
        <source>The round to vote in, count or reveal</source>
        <translation type="unfinished">Y rownd i bleidleisio ynddi, ei chyfrif neu ei datgelu</translation>
    </message>
    <message>
        <source>How many people put dots on paper, so the turnout counts them</source>
        <translation type="unfinished">Faint o bobl a roddodd ddotiau ar bapur, fel bod y nifer a bleidleisiodd yn eu cyfrif</translation>
    </message>
    <message>
        <source>Paper dots counted so far</source>
        <translation type="unfinished">Dotiau papur a gyfrifwyd hyd yma</translation>
    </message>
    <message>
        <source>Results stay hidden until you reveal them.
%1</source>
        <translation type="unfinished">Mae’r canlyniadau’n aros yn gudd nes i chi eu datgelu.
%1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished">Rownd</translation>
    </message>
</context>
<context>
    <name>unblock::app::WhatIfPanel</name>
    <message>
        <source>Share of contacts that move online</source>
        <translation type="unfinished">Cyfran y cysylltiadau sy’n symud ar-lein</translation>
    </message>
    <message>
        <source>What share of the channel’s contacts would move online</source>
        <translation type="unfinished">Pa gyfran o gysylltiadau’r sianel a fyddai’n symud ar-lein</translation>
    </message>
    <message>
        <source>Channel whose contacts move online</source>
        <translation type="unfinished">Y sianel y mae ei chysylltiadau’n symud ar-lein</translation>
    </message>
    <message>
        <source>The channel whose contacts would move online</source>
        <translation type="unfinished">Y sianel y byddai ei chysylltiadau’n symud ar-lein</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation type="unfinished">&amp;Beth petai</translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished">o gysylltiadau</translation>
    </message>
    <message>
        <source>contacts moved online?</source>
        <translation type="unfinished">yn symud ar-lein?</translation>
    </message>
    <message>
        <source>(no contacts with a cost on a channel that could move online)</source>
        <translation type="unfinished">(dim cysylltiadau â chost ar sianel a allai symud ar-lein)</translation>
    </message>
    <message>
        <source>Give the journeys a year (Edit Journey) to see the saving.</source>
        <translation type="unfinished">Rhowch nifer y flwyddyn i’r teithiau (Golygu’r Daith) i weld yr arbediad.</translation>
    </message>
    <message>
        <source>Unknown: the online channel has no cost per contact.</source>
        <translation type="unfinished">Anhysbys: nid oes cost i bob cyswllt gan y sianel ar-lein.</translation>
    </message>
    <message>
        <source>Saves %1 a year.</source>
        <translation type="unfinished">Yn arbed %1 y flwyddyn.</translation>
    </message>
</context>
<context>
    <name>unblock::remote::PhoneServer</name>
    <message>
        <source>Phones cannot connect on %1: %2</source>
        <translation type="unfinished">Ni all ffonau gysylltu ar %1: %2</translation>
    </message>
    <message>
        <source>This server only answers its own page.</source>
        <translation type="unfinished">Dim ond ei dudalen ei hun y mae’r gweinydd hwn yn ei hateb.</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation type="unfinished">Methu darllen y cais.</translation>
    </message>
    <message>
        <source>This phone has not joined this session.</source>
        <translation type="unfinished">Nid yw’r ffôn hwn wedi ymuno â’r sesiwn hon.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished">Nid oes dim yma.</translation>
    </message>
</context>
</TS>
