# Meldingen als een rolverdeling niet te lezen is. Zeg wat er mis is en wat de
# gebruiker moet doen, in gewone taal.

parse-where-line-column = { $file }, regel { $line }, kolom { $column }
parse-where-line = { $file }, regel { $line }
parse-where-file = { $file }

parse-too-many-entries-in-list = Het document heeft { $count } { $what }; rolwijzer werkt met hoogstens { $max }. Splits de samenwerking op, of vraag de beheerder om een hogere grens.
parse-list-parties = partijen
parse-list-people = personen
parse-list-groups = groepen
parse-list-assignments = toewijzingen van taken
parse-too-large = Het bestand is { $size } groot. Een rolverdeling mag hoogstens { $limit } zijn. Kies het juiste bestand, of splits de samenwerking op.
parse-not-text = Dit is geen tekstbestand. Een rolverdeling is een YAML-bestand (of JSON) met gewone tekst in UTF-8. Kies het bestand rolverdeling.yaml, niet bijvoorbeeld een Word- of Excel-bestand.
parse-empty = Het bestand is leeg. Maak een nieuwe rolverdeling met `rolwijzer init`, of kies het juiste bestand.
parse-syntax = De opmaak van het bestand klopt hier niet (melding van de YAML-lezer: { $detail }). Kijk of het inspringen met spaties klopt en of aanhalingstekens en haakjes gesloten zijn.
parse-unknown-key = Het veld `{ $key }` bestaat hier niet. Toegestaan zijn: { $expected }.
parse-unknown-key-suggest = Het veld `{ $key }` bestaat hier niet. Bedoel je `{ $suggestion }`? Toegestaan zijn: { $expected }.
parse-unknown-value = De waarde `{ $value }` kan hier niet. Kies een van: { $expected }.
parse-unknown-value-suggest = De waarde `{ $value }` kan hier niet. Bedoel je `{ $suggestion }`? Kies een van: { $expected }.
parse-missing-key = Het veld `{ $key }` ontbreekt. Vul het in; het is verplicht.
parse-duplicate-key = Hetzelfde veld staat hier twee keer. Haal een van de twee weg.
parse-duplicate-key-named = Het veld `{ $key }` staat hier twee keer. Haal een van de twee weg.
parse-indentation = Deze regel springt { $spaces } spaties in. Spring in met een even aantal spaties (2, 4, 6 …) en gebruik geen tabs, zodat duidelijk is waar de regel bij hoort.
parse-wrong-type = De waarde heeft hier de verkeerde vorm ({ $detail }). Bijvoorbeeld een lijst waar één waarde hoort, of tekst waar een getal hoort.
parse-too-complex = Het bestand is te diep genest of gebruikt te veel verwijzingen (ankers). Schrijf de rolverdeling eenvoudiger op.
parse-invalid-id = `{ $value }` is geen geldige id. Een id is 1 tot 64 tekens: letters zonder accenten, cijfers, `-`, `_` of `.`, zonder spaties. Bijvoorbeeld `gemeente-utrecht`.
parse-invalid-hours = `{ $value }` uur per week kan niet. Vul een getal in van 0 tot en met 168.
parse-invalid-amount = `{ $value }` is geen geldig bedrag. Vul een bedrag in euro in zonder tekens, niet negatief, bijvoorbeeld 8000 of 1250.50.
parse-invalid-date = `{ $value }` is geen geldige datum. Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-03-01.
parse-invalid-months = `{ $value }` maanden kan niet. Vul een heel getal in van 1 tot en met 120.
parse-empty-text = Dit veld is leeg. Vul een tekst in, of haal het veld weg als het niet nodig is.
parse-text-too-long = Deze tekst is te lang. Een veld mag hoogstens { $value } tekens hebben; zet lange uitleg liever in een document en verwijs ernaar.
parse-unsupported-version = Deze versie van rolwijzer leest alleen rolverdelingen met `version: 1`, niet versie { $value }. Werk rolwijzer bij, of zet `version: 1`.
parse-task-and-item = Bij een taak staat zowel `task` als `item`. Kies er één: `task` voor een taak, `item` voor een los punt van de checklist.
parse-no-task = Hier staat niet welke taak het is. Zet `task:` met de id van een taak (zie `rolwijzer catalog`), of `item:` voor een punt van de checklist.
parse-custom-without-id = Een eigen taak (`task: custom`) heeft een `id` en een `name` nodig. Vul beide in.
parse-custom-fields = De velden `id`, `name` en `critical` horen alleen bij een eigen taak (`task: custom`). Haal ze hier weg; naam en uitleg van vaste taken komen uit de catalogus.

# Begroting / budget
parse-invalid-inhabitants = `{ $value }` inwoners kan niet. Vul een heel getal in van 1 tot en met 100 miljoen, zonder punten, bijvoorbeeld 132000.
parse-invalid-year = `{ $value }` is geen geldig jaar voor de begroting. Vul een jaartal in van 2000 tot en met 2200, bijvoorbeeld 2027.
parse-invalid-weeks = `{ $value }` werkweken per jaar kan niet. Vul een heel getal in van 1 tot en met 52. Zonder deze waarde rekent rolwijzer met 46 weken.
parse-too-many-entries = Deze lijst is te lang. Er mogen hoogstens { $value } regels in staan. Voeg kleine posten samen tot één regel.
parse-tiers-not-ascending = De staffel klopt niet: `up_to: { $value }` is niet hoger dan de grens van de regel ervoor. Zet de staffels van klein naar groot, elke grens hoger dan de vorige.
parse-tier-after-open = De staffel klopt niet: alleen de laatste regel mag zonder `up_to` zijn. Geef elke regel behalve de laatste een bovengrens (`up_to`), of haal de regels na de open regel weg.
parse-last-tier-up-to = De staffel klopt niet: de laatste regel heeft een bovengrens (`up_to`). Haal die weg, zodat ook de grootste gemeenten in een staffel vallen.
