# web-views (nl): de pagina's die de analyse laten zien (checklist, bevindingen,
# uren, vertrek, geld, rouleren). Taalniveau B1. In eigen woorden gebaseerd op
# "Stap 2: Verdeel rollen en taken" (VNG Realisatie, CC BY-SA 4.0).

## Algemeen

views-hours = { $hours } uur
views-months = { $months } maanden
views-unknown = onbekend
views-nobody = nog niemand
views-not-filled = niet ingevuld
views-yes = ja
views-no = nee
views-name = Naam
views-party = Partij

## Checklist

views-checklist-title = Checklist: zijn alle rollen verdeeld?
views-checklist-intro = Deze lijst komt uit het hoofdstuk. Per onderdeel zie je of iemand het uitvoert (Responsible) en of iemand ervoor eindverantwoordelijk is (Accountable).
views-checklist-count = { $done } van de { $needed } nodige onderdelen zijn geregeld.
views-checklist-level = ambitieniveau
views-checklist-how = Een onderdeel is geregeld als de taak waar het bij hoort iemand heeft die het werk doet (R) en iemand die eindverantwoordelijk is (A).
views-checklist-item = Onderdeel
views-checklist-status = Stand
views-checklist-holders = Wie voert uit (R)
views-checklist-task = Hoort bij taak
views-checklist-own = apart verdeeld
views-status-done = Geregeld
views-status-done-explain = er is iemand die het doet en iemand die eindverantwoordelijk is.
views-status-missing = Ontbreekt
views-status-missing-explain = nodig op jullie niveau, maar nog niet (helemaal) verdeeld.
views-status-not-needed = Niet nodig op dit niveau
views-status-not-needed-explain = hoeft nog niet bij jullie ambitieniveau.

## Bevindingen

views-findings-title = Bevindingen
views-findings-summary = rolwijzer vond { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } en { $advice ->
        [one] 1 advies
       *[other] { $advice } adviezen
    }.
views-findings-intro = rolwijzer legt jullie rolverdeling naast de regels uit het hoofdstuk. Wat opvalt, staat hieronder. Er zijn drie soorten:
views-findings-explain-error = Iets klopt niet in de verdeling, bijvoorbeeld een taak zonder eindverantwoordelijke. Los dit op voordat jullie de verdeling vastleggen in de samenwerkingsovereenkomst.
views-findings-explain-warning = Een risico waar het hoofdstuk voor waarschuwt, zoals een taak zonder back-up. De verdeling werkt wel, maar bespreek dit in het overleg.
views-findings-explain-advice = Een tip om de samenwerking sterker te maken. Kijk of het bij jullie past; het hoeft niet.
views-findings-filter = Toon
views-findings-all = Alles
views-findings-none = rolwijzer vond niets. De rolverdeling voldoet aan alle regels uit het hoofdstuk.
views-findings-none-error = Geen fouten gevonden.
views-findings-none-warning = Geen waarschuwingen gevonden.
views-findings-none-advice = Geen adviezen.
views-findings-fix = Wat te doen:
views-findings-go = Hier aanpassen
views-findings-source = Uit het hoofdstuk

## Uren en erkenning

views-workload-title = Uren per persoon en per partij
views-workload-intro = Hoeveel uur per week kost de samenwerking iedereen? Hier zie je de uren van de taken die iemand uitvoert (R), naast de uren die die persoon heeft.
views-workload-over-notice = { $count ->
        [one] 1 persoon heeft meer uren aan taken dan beschikbaar.
       *[other] { $count } personen hebben meer uren aan taken dan beschikbaar.
    } Verdeel het werk anders, of spreek meer uren af.
views-workload-people = Per persoon
views-workload-legend = Elke balk laat de uren per week aan taken zien. De zwarte streep is het aantal uren dat iemand heeft. Een gestreepte rode balk met de tekst "te veel" betekent: meer werk dan tijd.
views-workload-chart-label = Staafdiagram met de uren per week van { $people ->
        [one] 1 persoon
       *[other] { $people } personen
    }, naast hun beschikbare uren. { $over ->
        [0] Niemand heeft te veel uren.
        [one] 1 persoon heeft te veel uren.
       *[other] { $over } personen hebben te veel uren.
    } De tabel onder het diagram geeft dezelfde cijfers.
views-workload-caption = Uren per week aan taken (balk) en beschikbare uren (streep). De tabel hieronder geeft dezelfde cijfers.
views-workload-axis = uren per week
views-workload-bar-value = { $assigned } van { $available } uur
views-workload-over = te veel
views-workload-fits = past
views-workload-people-caption = Uren per week per persoon
views-workload-assigned = Uren aan taken per week
views-workload-available = Beschikbaar per week
views-workload-status = Past het?
views-workload-tasks = Aantal taken als R of A
views-workload-parties = Per partij (bijdrage in natura)
views-workload-parties-intro = De uren die de mensen van een partij aan de samenwerking geven, zijn een bijdrage in natura (in-kind). Dat is werk in plaats van geld.
views-workload-parties-caption = Uren per partij
views-workload-per-year = Uren per jaar
views-workload-basic = De drie basistaken
views-workload-basic-ours = In jullie verdeling kosten de basistaken samen { $hours } uur per week.
views-workload-basic-above = Dat is meer dan het hoofdstuk noemt. Dat kan kloppen bij een grotere samenwerking.
views-workload-basic-unknown = Bij niet alle drie de basistaken staan uren ingevuld. Vul ze in bij de taken om dit te vergelijken.
views-recognition = Erkenning: wie draagt wat?
views-recognition-tip-title = Tip: laat zien wat mensen doen
views-recognition-tip = Wie een rol in de samenwerking heeft, steekt er tijd en energie in. Zorg dat hun eigen gemeente en de hele community dat zien en waarderen. Dit overzicht kun je bijvoorbeeld meenemen naar het college of de raad.
views-recognition-how = Uren per jaar zijn de uren per week maal { $weeks } werkweken (een jaar zonder vakanties).
views-recognition-empty = Er zijn nog geen taken met uren verdeeld.
views-recognition-people-caption = Taken en uren per jaar per persoon
views-recognition-parties-caption = Taken en uren per jaar per partij
views-recognition-tasks = Taken (als R of A)

## Vertrek van een partij

views-departure-title = Als een partij vertrekt
views-departure-intro = Wat gebeurt er als een gemeente of bedrijf stopt met de samenwerking? Deze tabel laat per partij zien welke taken dan niemand meer hebben die het werk doet (R) of die eindverantwoordelijk is (A).
views-departure-why = Een taak telt hier alleen als er ook geen back-up van een andere partij is. Zo zie je waar de samenwerking kwetsbaar is.
views-departure-caption = Taken die hun R of A verliezen als een partij vertrekt
views-departure-lose-r = Verliest wie het werk doet (R)
views-departure-lose-a = Verliest de eindverantwoordelijke (A)
views-departure-none = geen
views-departure-safe = Geen gevolgen: alle taken blijven gedekt
views-departure-all-safe = Geen enkele partij is onmisbaar: als er één vertrekt, blijven alle taken gedekt.
views-departure-fix = Wat kun je doen? Zet bij deze taken ook iemand van een andere partij, als back-up of als tweede uitvoerder.
views-holdings = Wat elke partij nu doet
views-holdings-intro = Per partij de taken waarin zij (of haar mensen) een rol hebben. De letters betekenen:
views-holdings-caption = Rollen per partij
views-holdings-tasks = Taken en rollen
views-holdings-nothing = Nog geen rollen.

## Geld en agenda

views-money-title = Geld en reserve
views-money-intro = Hoe staat het met het geld van de samenwerking? Hier zie je de reserve, de bijdrage en wat er in het volgende overleg over geld op de agenda hoort.
views-money-contribution = Communitybijdrage
views-money-separate = Aparte administratie
views-money-fixed-costs = Vaste kosten per maand
views-money-reserve = Reserve
views-money-reserve-months = Reserve in maanden vaste kosten
views-money-reserve-heading = Hoe lang kunnen jullie vooruit?
views-money-band = Het hoofdstuk raadt een buffer aan van 3 tot 6 maanden vaste kosten. Dan kan de samenwerking verder als een deelnemer uitvalt, als betalingen laat zijn of als er onverwachte kosten komen.
views-money-status-low = De reserve is kleiner dan 3 maanden vaste kosten. Dat is te krap.
views-money-status-good = De reserve past binnen het advies van 3 tot 6 maanden vaste kosten.
views-money-status-high = De reserve is groter dan 6 maanden vaste kosten. Dat is ruim.
views-money-status-unknown = rolwijzer kan de reserve niet uitrekenen: de vaste kosten per maand of de reserve zijn niet ingevuld.
views-money-gauge-label = Meter van 0 tot 9 maanden vaste kosten. Het advies is 3 tot 6 maanden. Jullie reserve is { $months } maanden. { $status }
views-money-zone-low = te krap
views-money-zone-band = advies: 3 tot 6
views-money-zone-high = ruim
views-money-axis = maanden vaste kosten
views-money-edit = Bedragen aanpassen
views-money-findings = Bevindingen over geld
views-money-findings-none = Geen bevindingen over geld.
views-agenda = Agenda voor het volgende gebruikersoverleg
views-agenda-tip-title = Tip: maak geld een vast punt op de agenda
views-agenda-tip = Praat in elk overleg even over de financiën, ook als er niets bijzonders is. Dan wordt het gewoon om erover te praten en komen er geen verrassingen.
views-agenda-intro = Een voorstel dat je kunt kopiëren naar de uitnodiging:
views-agenda-money = Financiën (vast agendapunt)
views-agenda-money-reserve = De reserve is { $reserve }: genoeg voor { $months } maanden vaste kosten. Het advies is 3 tot 6 maanden.
views-agenda-money-reserve-unknown = De vaste kosten en de reserve zijn nog niet bekend. Spreek af wie ze uitzoekt.
views-agenda-money-contribution = De communitybijdrage: wie heeft betaald en wie nog niet?
views-agenda-money-spending = De uitgaven sinds het vorige overleg en wat er de rest van het jaar nog komt.
views-agenda-findings = Open punten in de rolverdeling
views-agenda-findings-none = Er zijn geen fouten of waarschuwingen.
views-agenda-handover = Wisseling van taken
views-agenda-handover-prepare = Spreek een overdrachtsgesprek af en controleer of de werkwijze is opgeschreven.
views-agenda-evaluation = Evaluatie van de rolverdeling
views-agenda-evaluation-overdue = De evaluatie is te laat: die had op { $date } moeten zijn. Plan een datum.
views-agenda-evaluation-due = De jaarlijkse evaluatie is op { $date }. Spreek af wie die voorbereidt.
views-agenda-evaluation-never = Er is nog nooit een evaluatie vastgelegd. Plan de eerste.
views-agenda-closing = Rondvraag en afspraken

## Rouleren

views-rotation-title = Rooster voor het rouleren
views-rotation-intro = Bij rouleren nemen de gemeenten om de beurt een paar taken over. Hier zie je wie wanneer aan de beurt is.
views-rotation-tasks = Taken die rouleren
views-rotation-period-label = Een beurt duurt
views-rotation-period = { $months ->
        [one] 1 maand
       *[other] { $months } maanden
    }
views-rotation-current = Nu aan de beurt
views-rotation-next = Volgende wissel
views-rotation-now = nu
views-rotation-past = voorbij
views-rotation-coming = komt nog
views-rotation-no-contact = geen contactpersoon
views-rotation-today = vandaag ({ $date })
views-rotation-handover-mark = wissel op { $date }
views-rotation-chart-label = Tijdlijn met { $turns } beurten. Nu aan de beurt: { $current }. Volgende wissel op { $date } naar { $next }. De tabel onder de tijdlijn geeft dezelfde gegevens.
views-rotation-legend = Elke balk is een beurt. De beurt van nu heeft een dikke rand en de tekst "nu". De stippellijn is vandaag; de dikke bruine lijn is de volgende wissel.
views-rotation-caption = Beurten
views-rotation-from = Van
views-rotation-until = Tot (wissel)
views-rotation-holder = Houder (R en A)
views-rotation-state = Stand
views-rotation-holder-explain = De houder is de contactpersoon van de gemeente die aan de beurt is. Die voert de taken uit (R) en is ervoor eindverantwoordelijk (A).
views-rotation-none = Deze samenwerking heeft geen taken die rouleren.
views-rotation-what = Wat is rouleren?
views-rotation-what-more = In rolwijzer kies je welke taken rouleren, welke gemeenten meedoen, in welke volgorde, en hoe lang een beurt duurt. rolwijzer rekent dan uit wie wanneer aan de beurt is en waarschuwt op tijd voor een wissel.
views-rotation-pros = Voordelen
views-rotation-attention = Let op
views-rotation-set-up = Rouleren instellen
views-rotation-ask-editor = Wil je rouleren instellen? Vraag iemand met de rol bewerker.
views-handover = Op { $date } gaan { $tasks } over van { $from } naar { $to }.
views-handover-first = Op { $date } begint het rouleren: { $to } neemt { $tasks } als eerste op zich.
views-handover-date = Op { $date } wisselen { $tasks } van gemeente.
