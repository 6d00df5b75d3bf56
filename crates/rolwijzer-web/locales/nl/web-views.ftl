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
views-checklist-intro = Deze lijst komt uit het hoofdstuk. Per onderdeel zie je of iemand het uitvoert (uitvoerend, R) en of iemand ervoor eindverantwoordelijk is (A).
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
views-workload-tasks = Aantal taken als uitvoerend (R) of eindverantwoordelijk (A)
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
views-recognition-tasks = Taken (als uitvoerend of eindverantwoordelijk)

## Vertrek van een partij

views-departure-title = Als een partij vertrekt
views-departure-intro = Wat gebeurt er als een gemeente of bedrijf stopt met de samenwerking? Deze tabel laat per partij zien welke taken dan niemand meer hebben die het werk doet (R) of die eindverantwoordelijk is (A).
views-departure-why = Een taak telt hier alleen als er ook geen back-up van een andere partij is. Zo zie je waar de samenwerking kwetsbaar is.
views-departure-caption = Taken die hun uitvoerende (R) of eindverantwoordelijke (A) verliezen als een partij vertrekt
views-departure-lose-r = Verliest wie het werk doet (R)
views-departure-lose-a = Verliest de eindverantwoordelijke (A)
views-departure-none = geen
views-departure-safe = Geen gevolgen: alle taken blijven gedekt
views-departure-all-safe = Geen enkele partij is onmisbaar: als er één vertrekt, blijven alle taken gedekt.
views-departure-fix = Wat kun je doen? Zet bij deze taken ook iemand van een andere partij, als back-up of als tweede uitvoerende.
views-holdings = Wat elke partij nu doet
views-holdings-intro = Per partij de taken waarin zij (of haar mensen) een rol hebben. De letters betekenen:
views-holdings-caption = Rollen per partij
views-holdings-tasks = Taken en rollen
views-holdings-nothing = Nog geen rollen.
views-holdings-choose = Kies de partij waarvan je wilt zien wat ze nu doet
views-holdings-show = Toon
views-workload-large = Deze samenwerking heeft veel mensen. Hieronder zie je iedereen die meer werk heeft dan uren, en de mensen van de partij die je kiest. De tabel per partij verderop telt iedereen.
views-workload-choose = Kies de partij waarvan je de mensen wilt zien
views-departure-safe-hidden = Geen gevolgen bij de andere partijen: alle taken blijven gedekt. Aantal:

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
views-money-contributions = Bijdrage per gemeente
views-money-contributions-year = Bijdrage per gemeente in { $year }
views-money-key-used = De kosten worden verdeeld met { $key }. { $count ->
        [one] Er betaalt 1 gemeente mee.
       *[other] Er betalen { $count } gemeenten mee.
    } Werk dat een gemeente voor iedereen doet, telt als bijdrage in natura: die gemeente betaalt dat bedrag minder. Is het werk meer waard dan haar aandeel, dan krijgt ze het verschil.
views-money-key-fallback = De gekozen verdeling kan nog niet worden uitgerekend. Daarom rekent rolwijzer voorlopig met gelijke delen. Onder Bevindingen over geld staat wat er ontbreekt.
views-money-no-amounts = De begroting heeft nog geen bedragen. Vul hieronder in wat elke activiteit kost. Dan rekent rolwijzer uit wat elke gemeente betaalt.
views-money-no-budget = Er is nog geen begroting. Vul hieronder de activiteiten van het jaar in met wat ze kosten. Dan rekent rolwijzer uit wat elke gemeente betaalt.
views-money-key-equal = gelijke delen
views-money-key-equal-desc = Iedere gemeente betaalt even veel: het totaal gedeeld door het aantal gemeenten dat meebetaalt.
views-money-key-inhabitants = het aantal inwoners
views-money-key-inhabitants-desc = Een grote gemeente betaalt meer dan een kleine: ieder betaalt naar verhouding van haar aantal inwoners. Vul dan bij elke gemeente het aantal inwoners in.
views-money-key-tiers = een staffel
views-money-key-tiers-desc = Iedere gemeente betaalt een vast bedrag dat past bij haar grootte. Vul dan de staffel in en bij elke gemeente het aantal inwoners.
views-money-cost = Kosten van de activiteiten
views-money-in-kind = Werk in natura
views-money-total = Totaal (kosten en werk in natura)
views-money-gap = Niet gedekt door de bijdragen
views-money-surplus = Meer bijdragen dan nodig
views-money-pay = { $amount } betalen
views-money-receive = { $amount } ontvangen
views-money-nothing = niets betalen
views-money-sentence-work = { $party } doet { $hours } uur per week werk in natura, { $value } per jaar.
views-money-sentence-work-unrated = { $party } doet { $hours } uur per week werk voor de samenwerking. Zonder uurtarief telt dat nog niet als geld.
views-money-sentence-no-work = { $party } doet geen werk in natura.
views-money-sentence-share = { $key ->
        [inhabitants] Met { $inhabitants } inwoners is haar aandeel { $share }
        [tiers] Bij { $inhabitants } inwoners hoort in de staffel een aandeel van { $share }
       *[equal] Haar aandeel is { $share }
    }, dus { $outcome ->
        [pay] betaalt zij { $amount }.
        [receive] ontvangt zij { $amount }.
       *[none] hoeft zij niets te betalen.
    }
views-money-chart-label = Staafdiagram: wat elke gemeente betaalt of ontvangt. Een balk naar rechts is betalen, een gestreepte balk naar links is ontvangen. De tabel hieronder geeft dezelfde bedragen.
views-money-table-caption = Wat elke gemeente betaalt of ontvangt
views-money-col-party = Gemeente
views-money-col-inhabitants = Inwoners
views-money-col-share = Aandeel
views-money-col-hours = Uren werk in natura per jaar
views-money-col-in-kind = Waarde werk in natura
views-money-col-cash = Betalen of ontvangen
views-money-note = Werk in natura = uren per week × { $weeks } werkweken × uurtarief ({ $rate }). Betalen = aandeel min werk in natura. De bedragen zijn afgerond op centen; de aandelen tellen precies op tot het totaal.
views-money-no-rate = nog geen uurtarief
views-money-activities = Activiteiten van het jaar
views-money-activities-caption = Waar het geld aan wordt besteed
views-money-activity = Activiteit
views-money-activity-cost = Kosten per jaar (euro)
views-money-activity-fixed = Vaste kosten
views-money-guide = Zo werkt de handreiking: zet de activiteiten van het komende jaar op een rij, tel de kosten op, verdeel ze over de gemeenten en laat open zien waar het geld naartoe gaat.
views-money-fixed-costs-budget = { $amount } (uit de begroting)
views-money-fixed-from-budget = De vaste kosten per maand komen uit de begroting: de activiteiten met vaste kosten zijn samen { $year } per jaar. Gedeeld door 12 is dat { $month } per maand. Vul je bij Instellingen zelf vaste kosten per maand in, dan rekent rolwijzer met dat bedrag.
views-money-to-form = Naar het formulier
views-money-form = Begroting aanpassen
views-money-form-intro = Vul de activiteiten van het jaar in met wat ze kosten, en kies hoe jullie de kosten verdelen. rolwijzer rekent daarna uit wat elke gemeente betaalt of ontvangt.
views-money-activities-hint = Wil je een activiteit weghalen? Maak dan de naam en de kosten leeg. Er staan lege regels klaar voor nieuwe activiteiten.
views-money-activity-name = Naam van de activiteit
views-money-activity-fixed-label = Dit zijn vaste kosten, zoals hosting of licenties. Ze tellen mee voor de reserve.
views-money-key = Hoe verdelen jullie de kosten?
views-money-rate = Uurtarief voor werk in natura (euro per uur)
views-money-rate-hint = Hiermee rekent rolwijzer de uren die een gemeente voor iedereen werkt om naar geld. Bijvoorbeeld 75.
views-money-weeks = Werkweken per jaar
views-money-weeks-hint = Laat je dit leeg, dan rekent rolwijzer met 46 werkweken.
views-money-year = Jaar van de begroting
views-money-year-hint = Bijvoorbeeld 2027. Dit mag leeg blijven.
views-money-tiers = Staffel
views-money-tiers-hint = Alleen nodig als jullie verdelen met een staffel. Zet de regels van klein naar groot. Laat bij de laatste regel het aantal inwoners leeg: die geldt voor alle grotere gemeenten.
views-money-tier = Regel
views-money-tier-up-to = Tot en met dit aantal inwoners
views-money-tier-amount = Bedrag per jaar (euro)
views-money-parties = Gemeenten
views-money-parties-hint = Het aantal inwoners is nodig als jullie verdelen naar inwoners of met een staffel. Haal het vinkje weg bij een gemeente die niet meebetaalt.
views-money-inhabitants = Aantal inwoners
views-money-contributes = Betaalt mee aan de bijdrage
views-money-save = Begroting opslaan
views-money-error-year = Vul een jaar in van 2000 tot en met 2200, bijvoorbeeld 2027.
views-money-error-weeks = Vul een aantal weken in van 1 tot en met 52.
views-money-error-inhabitants = Vul een heel getal in, bijvoorbeeld 132000.
views-money-error-cost = Vul een bedrag in. Weet je het nog niet, vul dan 0 in.
views-money-error-tier-open = Vul het aantal inwoners in. Alleen de laatste regel van de staffel blijft leeg.
views-money-error-tier-last = Laat het aantal inwoners op de laatste regel leeg: die regel geldt voor alle grotere gemeenten.
views-money-error-tier-order = Dit aantal moet groter zijn dan op de regel ervoor. Zet de staffel van klein naar groot.
views-money-error-too-many = Er kunnen hoogstens { $max } regels in.
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
