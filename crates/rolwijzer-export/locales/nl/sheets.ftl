# Texts of the sheets exports (XLSX, CSV) and of the calendar (ICS).

## Workbook properties
sheets-title = Rolverdeling { $name }
sheets-subject = Rollen en taken (RACI), bevindingen en uren
sheets-keywords = RACI, rolverdeling, rolwijzer
sheets-comment = Gemaakt met rolwijzer op { $date }.
sheets-comment-revision = Gemaakt met rolwijzer op { $date }, uit versie { $revision }.

## Sheet names (at most 31 characters, no : \ / ? * [ ])
sheets-sheet-raci = RACI
sheets-sheet-findings = Bevindingen
sheets-sheet-hours = Uren

## RACI sheet
sheets-task = Taak
sheets-required = Vereist
sheets-critical = Kritiek
sheets-yes = ja
sheets-no = nee
sheets-no-tasks = Er zijn nog geen taken verdeeld.
sheets-legend = Uitleg
sheets-legend-r = Doet het werk.
sheets-legend-a = Is eindverantwoordelijk en beslist. Elke taak heeft er precies één.
sheets-legend-c = Wordt vooraf om advies gevraagd.
sheets-legend-i = Hoort achteraf wat er besloten of gedaan is.
sheets-legend-b = Neemt het werk over als de uitvoerder afwezig is of vertrekt.
sheets-legend-required = Deze taak is nodig op het gekozen ambitieniveau, of omdat jullie een communitybijdrage innen.
sheets-legend-critical = Deze taak mag nooit stil komen te liggen. Zorg daarom altijd voor een back-up.

## Findings sheet
sheets-code = Code
sheets-severity = Ernst
sheets-party = Partij
sheets-person = Persoon
sheets-finding = Bevinding
sheets-fix = Wat kun je doen?
sheets-no-findings = Geen bevindingen: de rolverdeling is in orde.

## Hours sheet
sheets-people = Uren per persoon
sheets-parties = Uren per partij
sheets-name = Naam
sheets-hours-assigned = Uren per week (taken)
sheets-hours-available = Uren per week (beschikbaar)
sheets-tasks-ra = Taken (R of A)
sheets-hours-year = Uren per jaar
sheets-hours-note = Uren per jaar: uren per week × { $weeks } werkweken.
sheets-overload-note = Rood: meer uren in taken dan beschikbaar.

## CSV header
csv-task-id = Taak-id
csv-task = Taak
csv-letter = Letter
csv-holder-id = Id
csv-holder = Naam
csv-organisation = Organisatie
csv-via = Via
csv-hours = Uren per week (taak)

## Calendar (ICS)
ics-calendar-name = { $name }: rolverdeling
ics-calendar-description = Evaluaties, wissels van roulerende taken en einddatums van contracten uit rolwijzer.
ics-evaluation-summary = { $name }: evaluatie van de rolverdeling
ics-evaluation-description = Tijd om de rolverdeling te evalueren. De vorige evaluatie was op { $last }. Kijk samen of de taken nog bij de juiste mensen liggen en of er iets ontbreekt.
ics-evaluation-overdue-summary = { $name }: evaluatie van de rolverdeling is te laat
ics-evaluation-overdue-description = De evaluatie had op { $due } moeten zijn. De vorige was op { $last }. Plan de evaluatie zo snel mogelijk.
ics-evaluation-never-summary = { $name }: plan een eerste evaluatie van de rolverdeling
ics-evaluation-never-description = Er is nog geen evaluatie vastgelegd. Evalueer de rolverdeling elk jaar: liggen de taken nog bij de juiste mensen, en mist er iets? Vul daarna de datum in bij last_evaluation.
ics-handover-summary = { $name }: { $to } neemt de roulerende taken over
ics-handover-description = { $from } geeft de roulerende taken door aan { $to }.
ics-rotation-start-summary = { $name }: { $to } begint met de roulerende taken
ics-rotation-start-description = De rotatie begint. { $to } doet de roulerende taken als eerste.
ics-handover-tasks = Taken: { $tasks }.
ics-handover-prepare = Bereid de overdracht op tijd voor en schrijf op hoe de taken gedaan worden.
ics-contract-summary = { $name }: contract met { $party } loopt af
ics-contract-description = Het contract met { $party } loopt af op { $date }. Besluit op tijd of jullie het verlengen. Pas daarna de einddatum aan bij contract_until.

# Bijdragen (begroting): annex, Markdown/HTML, XLSX en CSV
money-heading = Bijdragen
money-heading-year = Bijdragen { $year }
money-intro = Zo verdelen de gemeenten de kosten van de samenwerking ({ $key }). Werk dat een gemeente voor iedereen doet, telt als bijdrage in natura: die gemeente betaalt dat bedrag minder. Is het werk meer waard dan haar deel, dan krijgt ze het verschil. { $count ->
        [one] Er betaalt 1 gemeente mee.
       *[other] Er betalen { $count } gemeenten mee.
    }
money-key-equal = gelijke delen
money-key-inhabitants = naar aantal inwoners
money-key-tiers = volgens een staffel
money-cost = Kosten van de activiteiten
money-in-kind = Werk in natura
money-total = Totaal
money-gap = Niet gedekt door de bijdragen
money-col-party = Gemeente
money-col-inhabitants = Inwoners
money-col-hours = Uren in natura per jaar
money-col-share = Deel van het totaal
money-col-in-kind = Waarde werk in natura
money-col-cash = Betalen of ontvangen
money-pay = { $amount } betalen
money-receive = { $amount } ontvangen
money-note = Werk in natura: uren per week × { $weeks } werkweken × uurtarief ({ $rate }). Bedragen in euro, afgerond op centen; de delen tellen precies op tot het totaal.
money-no-rate = geen uurtarief ingevuld
sheets-sheet-contributions = Bijdragen
sheets-contributions-title = Bijdragen per gemeente
sheets-contributions-title-year = Bijdragen per gemeente, { $year }
sheets-contributions-key = Verdeelsleutel
sheets-contributions-cost = Kosten van de activiteiten
sheets-contributions-in-kind = Werk in natura
sheets-contributions-total = Totaal
sheets-contributions-gap = Niet gedekt
sheets-contributions-inhabitants = Inwoners
sheets-contributions-share = Deel
sheets-contributions-cash = Betalen (+) of ontvangen (-)
sheets-contributions-note = Werk in natura: uren per week × { $weeks } werkweken × uurtarief. Betalen = deel min werk in natura.
csv-money-year = Jaar
csv-money-party-id = Partij-id
csv-money-party = Gemeente
csv-money-inhabitants = Inwoners
csv-money-key = Verdeelsleutel
csv-money-hours-year = Uren in natura per jaar
csv-money-share = Deel (euro)
csv-money-in-kind = Werk in natura (euro)
csv-money-cash = Betalen (+) of ontvangen (-) (euro)
