# Texts of the text exports.
# Markdown, HTML, GOVERNANCE.md, CODEOWNERS and publiccode.yml (out and in).
# Dutch at B1 level: short sentences, everyday words, explain terms once.

## Markdown and HTML: the whole division

text-title = Rolverdeling { $name }
text-generated = Gemaakt met rolwijzer op { $date }.
text-generated-revision = Gemaakt met rolwijzer op { $date }, uit versie { $revision } van de rolverdeling.
text-summary = { $filled } van de { $required } taken die nodig zijn, zijn belegd. Open punten: { $errors } { $errors ->
        [one] fout
       *[other] fouten
    }, { $warnings } { $warnings ->
        [one] waarschuwing
       *[other] waarschuwingen
    } en { $advice } { $advice ->
        [one] advies
       *[other] adviezen
    }.
text-fact-level = Ambitieniveau
text-fact-arrangement = Verdeling van de taken
text-fact-contribution = Communitybijdrage
text-fact-revision = Versie
text-fact-website = Website
text-arrangement-with-coordinator = { $arrangement }: { $party }
text-yes = ja
text-no = nee

text-contact-title = Contactpersoon
text-contact-none = Er is nog geen contactpersoon. Wijs iemand aan voor de taak Contactpersoon.
text-email = E-mail
text-phone = Telefoon

text-raci-title = Wie doet wat
text-raci-intro = Per taak staat hier wie het werk doet (R), wie eindverantwoordelijk is (A), wie vooraf om advies wordt gevraagd (C), wie achteraf wordt geïnformeerd (I) en wie het werk overneemt bij ziekte, verlof of vertrek (B, back-up).
text-raci-caption = Taken met hun rollen
text-task = Taak
text-informed-via = { $who } (via { $via })
text-nobody = nog niemand

text-tasks-title = De taken
text-task-not-required = Niet nodig op het gekozen ambitieniveau
text-task-critical = Cruciale taak: een back-up is nodig
text-task-arrangement = Anders verdeeld: { $arrangement }
text-duties = Wat hoort erbij:
text-hours = Tijd
text-hours-per-week = { $hours } uur per week
text-process = Werkwijze
text-notes = Opmerkingen

text-checklist-title = Checklist: zijn alle rollen belegd?
text-check-item = Onderdeel
text-check-status = Belegd
text-check-who = Wie
text-check-yes = ja
text-check-no = nee
text-check-done = belegd
text-check-missing = nog niet belegd
text-check-not-needed = niet nodig op dit niveau

text-findings-title = Open punten
text-findings-none = Er zijn geen open punten.
text-fix = Wat te doen

text-hours-title = Uren per partij
text-hours-caption = Uren per week per partij
text-hours-none = Er zijn nog geen partijen.
text-party = Partij
text-hours-assigned = Uren per week voor taken
text-hours-available = Uren per week beschikbaar
text-hours-basic = De drie basistaken kosten samen { $hours } uur per week.

text-evaluation-title = Evaluatie
text-evaluation-interval = We bekijken de rolverdeling elke { $months } { $months ->
        [one] maand
       *[other] maanden
    } opnieuw.
text-evaluation-last = Laatste evaluatie: { $date }.
text-evaluation-never = Er is nog geen evaluatie vastgelegd.
text-evaluation-due = Volgende evaluatie: uiterlijk { $date }.
text-evaluation-overdue = De evaluatie is te laat. Zet hem op de agenda van het volgende overleg.
text-evaluation-soon = De evaluatie komt eraan. Zet hem op de agenda.

text-rotation-title = Toerbeurt
text-rotation-intro = De taken { $tasks } gaan elke { $months } { $months ->
        [one] maand
       *[other] maanden
    } naar een andere gemeente. De contactpersoon van de gemeente die aan de beurt is, voert de taken uit en is eindverantwoordelijk.
text-rotation-caption = Wie is wanneer aan de beurt
text-rotation-period-head = Periode
text-rotation-period = { $start } tot { $end }
text-rotation-holder = Houder
text-rotation-current = nu
text-rotation-next = Volgende overdracht: { $date }.

text-credit = De taken, ambitieniveaus, manieren van verdelen, de checklist en de tips komen uit het hoofdstuk "Stap 2: Verdeel rollen en taken" van de handreiking van VNG Realisatie over samenwerken aan open source door gemeenten. rolwijzer zegt het in eigen woorden. Licentie:

## GOVERNANCE.md

gov-title = Governance van { $name }
gov-intro = Dit document beschrijft hoe de samenwerking rond { $name } is georganiseerd: wie meedoet, wie wat beslist, hoe we besluiten nemen, hoe we de rolverdeling evalueren en hoe je kunt meedoen.
gov-generated-edit = Pas dit bestand niet met de hand aan. Wijzig de rolverdeling en maak het bestand opnieuw.

gov-parties-title = Deelnemers
gov-parties-intro = Deze organisaties doen mee aan de samenwerking.
gov-kind = Soort
gov-contact = Contactpersoon
gov-remarks = Bijzonderheden
gov-kind-municipality = gemeente
gov-kind-supplier = leverancier
gov-kind-organisation = andere organisatie
gov-party-coordinator = penvoerder (coördinerende gemeente)
gov-party-develops = ontwikkelt het product
gov-party-contract-until = contract tot { $date }

gov-groups-title = Overleggen en groepen
gov-groups-none = Er zijn geen vaste groepen, zoals een stuurgroep of gebruikersoverleg.
gov-group-members = Leden
gov-group-all-parties = alle deelnemende organisaties
gov-group-responsible = Voert uit: { $tasks }
gov-group-accountable = Is eindverantwoordelijk voor: { $tasks }
gov-group-consulted = Wordt vooraf om advies gevraagd over: { $tasks }
gov-group-informed = Wordt geïnformeerd over: { $tasks }

gov-roles-title = Rollen
gov-role-contact = Contactpersoon
gov-role-repository = Beheer van de code repository (code accepteren en releases maken)
gov-role-release = Releases maken
gov-role-admins = Beheerrechten op de code repository
gov-role-maintenance = Technisch beheer (code reviews)
gov-role-lead = Penvoerder
gov-role-coordinator = Coördinatie van de samenwerking
gov-role-meetings = Coördinatie van de overleggen
gov-role-product-owner = Product owner
gov-role-architecture = Architectuur
gov-role-community = Community management
gov-role-suppliers = Leveranciersmanagement

gov-decisions-title = Wie beslist wat
gov-decisions-intro = Voor elke taak is één persoon of organisatie eindverantwoordelijk. Die neemt de besluiten over die taak.
gov-decides = Beslist (A)
gov-does = Voert uit (R)
gov-consulted = Vooraf gevraagd (C)
gov-informed = Achteraf geïnformeerd (I)

gov-how-title = Hoe we besluiten nemen
gov-decide-raci = Wie eindverantwoordelijk is voor een taak, neemt het besluit. Eerst vraagt die persoon de mensen en groepen die vooraf gevraagd worden om hun mening. Na het besluit hoort iedereen die geïnformeerd wordt ervan, via het kanaal dat bij de taak staat.
gov-decide-coordinating = { $party } is penvoerder: deze gemeente coördineert de samenwerking namens alle deelnemers.
gov-decide-coordinating-unknown = Eén gemeente coördineert de samenwerking als penvoerder. Welke gemeente dat is, staat nog niet in de rolverdeling.
gov-decide-rotating = De gemeenten nemen de coördinerende taken om de beurt op zich.
gov-decide-distributed = De taken zijn verdeeld over de gemeenten, elk naar kennis en interesse. Wie de samenwerking coördineert, houdt het overzicht.
gov-decide-external = Een externe partij voert taken uit. De gemeenten blijven eindverantwoordelijk waar dat in de tabel staat.
gov-decide-rotation-now = Nu aan de beurt: { $party } ({ $holder }).
gov-decide-groups = Over gezamenlijke zaken wordt advies gevraagd aan: { $groups }.
gov-decide-change = Een wijziging in de rolverdeling bespreken we eerst in het overleg. Daarna passen we de rolverdeling aan en maken we dit bestand opnieuw.

gov-evaluation-title = Evaluatie van de rolverdeling
gov-evaluation-how = Bij de evaluatie bespreken we of de verdeling nog past: zijn alle taken belegd, is er voor elke cruciale taak een back-up, en is het werk eerlijk verdeeld? Bij groei of krimp passen we de verdeling aan.

gov-join-title = Meedoen
gov-join-default = Wil je gemeente meedoen? Neem dan contact op met de contactpersoon.
gov-join-contact = Contactpersoon: { $name } ({ $party }).
gov-join-contact-email = Contactpersoon: { $name } ({ $party }), { $email }.

gov-money-title = Geld
gov-money-none = Er is geen communitybijdrage. Elke organisatie betaalt haar eigen kosten en uren.
gov-money-contribution = De deelnemers betalen samen een communitybijdrage.
gov-money-collects = De bijdrage innen, beheren en uitgeven: { $responsible } voert dit uit, { $accountable } is eindverantwoordelijk.
gov-money-manages = Financieel beheer (begroting en verantwoording): { $responsible } voert dit uit, { $accountable } is eindverantwoordelijk.
gov-money-separate = Het geld van de community staat apart van ander geld, in een eigen kostenplaats of administratie.
gov-money-not-separate = Het geld van de community staat nog niet apart van ander geld.
gov-money-separate-unknown = Er is nog niet vastgelegd of het geld van de community apart staat van ander geld.
gov-money-fixed-costs = Vaste kosten: { $amount } per maand.
gov-money-reserve = Reserve: { $amount }.
gov-money-reserve-months = Reserve: { $amount }, genoeg voor { $months } maanden vaste kosten.
gov-money-agenda = Geld is een vast punt op de agenda van het overleg.

## CODEOWNERS

co-header = CODEOWNERS van { $name }, gemaakt met rolwijzer op { $date }.
co-revision = Uit versie { $revision } van de rolverdeling.
co-do-not-edit = Pas dit bestand niet met de hand aan: wijzig de rolverdeling en maak het bestand opnieuw.
co-who = Code owners zijn de personen die uitvoeren bij beheer van de code repository en technisch beheer.
co-missing-username = { $name } staat er niet in: er is geen gebruikersnaam op het codeplatform (forge_username).
co-invalid-username = { $name } staat er niet in: de gebruikersnaam "{ $username }" kan niet kloppen. Gebruik alleen letters, cijfers, - _ en .
co-not-a-person = { $name } voert uit bij { $task }, maar is geen persoon. Noem de mensen die de code beoordelen, dan komen ze hier.
co-nobody = Er is niemand om als code owner te noemen.

## publiccode.yml: the maintenance block

pc-header = Onderdeel maintenance van publiccode.yml voor { $name }, gemaakt met rolwijzer op { $date }.
pc-paste = Plak dit in publiccode.yml in de hoofdmap van de repository, helemaal links, in plaats van het onderdeel maintenance dat er nu staat.
pc-type-internal = Type internal: de samenwerking regelt het onderhoud zelf. Contactpersonen zijn wie uitvoert bij Contactpersoon en Technisch beheer.
pc-type-contract = Type contract: een leverancier onderhoudt de software onder contract. Het contract loopt tot de datum bij until.
pc-type-community = Type community: de gemeenten onderhouden de software samen, elk met hun eigen mensen en zonder gezamenlijke bijdrage.
pc-check-notices = Let op, controleer dit voor je het plakt:

## publiccode.yml: import

import-unknown-party = Onbekende organisatie
import-too-large = Het bestand is te groot ({ $size }). Een publiccode.yml is hoogstens { $limit }.
import-too-large-fix = Kies het bestand publiccode.yml uit de repository van het product.
import-empty = Het bestand is leeg.
import-empty-fix = Kies het bestand publiccode.yml uit de repository van het product.
import-syntax = Dit is geen geldige YAML: { $detail }.
import-syntax-fix = Kijk op deze regel naar de inspringing en de aanhalingstekens.
import-too-complex = Het bestand is te diep genest of gebruikt te veel verwijzingen (aliassen).
import-too-complex-fix = Kies het bestand publiccode.yml uit de repository van het product.
import-not-publiccode = Dit is geen publiccode.yml: het bestand begint niet met een lijst van sleutels.
import-not-publiccode-fix = Kies het bestand publiccode.yml uit de repository van het product.
import-no-version = Dit is geen publiccode.yml: de sleutel publiccodeYmlVersion ontbreekt.
import-no-version-fix = Kies het bestand publiccode.yml uit de repository van het product. Dat begint met publiccodeYmlVersion.
import-no-name = De naam van de software ontbreekt.
import-no-name-fix = Zet bovenaan de naam van de software, bijvoorbeeld name: Afvalwijzer.
import-expected-text = Hier hoort een tekst te staan.
import-expected-text-fix = Zet hier één tekst neer, geen lijst of groep van sleutels.
import-expected-list = Hier hoort een lijst te staan.
import-expected-list-fix = Zet elk onderdeel op een eigen regel die begint met een streepje (- ).
import-expected-mapping = Hier horen sleutels met waarden te staan.
import-expected-mapping-fix = Zet hier sleutels met een waarde, zoals name: en until:.
import-empty-text = Deze tekst is leeg.
import-empty-text-fix = Vul een tekst in of haal de regel weg.
import-text-too-long = Deze tekst is te lang: hoogstens { $limit } tekens.
import-text-too-long-fix = Maak de tekst korter.
import-maintenance-type-missing = Het type onderhoud (type) ontbreekt.
import-maintenance-type-missing-fix = Vul bij maintenance een type in. Kies uit: { $expected }.
import-maintenance-type-unknown = Het type onderhoud "{ $value }" bestaat niet.
import-maintenance-type-unknown-fix = Kies uit: { $expected }.
import-no-contractors = Bij type contract hoort minstens één leverancier (contractors), maar die staat er niet.
import-no-contractors-fix = Zet onder maintenance de leverancier met een naam (name) en de einddatum van het contract (until). Of kies een ander type.
import-no-contacts = Bij type { $type } hoort minstens één contactpersoon (contacts), maar die staat er niet.
import-no-contacts-fix = Zet onder maintenance een contactpersoon met een naam (name). Of kies een ander type.
import-contractor-no-name = Bij deze leverancier ontbreekt de naam (name).
import-contractor-no-name-fix = Vul de naam van de leverancier in.
import-contractor-no-until = Bij leverancier { $name } ontbreekt de einddatum van het contract (until).
import-contractor-no-until-fix = Vul de datum in waarop het onderhoudscontract afloopt, als JJJJ-MM-DD, bijvoorbeeld until: 2027-12-31.
import-invalid-date = De datum "{ $value }" klopt niet.
import-invalid-date-fix = Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-12-31.
import-contact-no-name = Bij deze contactpersoon ontbreekt de naam (name).
import-contact-no-name-fix = Vul de naam in van een echte persoon, geen afdeling of algemeen adres.
