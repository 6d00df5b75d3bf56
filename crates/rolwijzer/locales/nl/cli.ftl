# Teksten van de opdrachtregel.
check-header = { $file } · { $name }
check-context = Niveau: { $level } · Verdeling: { $arrangement } · Peildatum: { $today }
check-none = Geen bevindingen. De rolverdeling voldoet aan alle regels.
check-fix = Oplossing
check-checklist = Checklist: hebben we alle rollen belegd?
check-item-missing = ontbreekt
check-item-not-needed = niet nodig op dit niveau
check-item-own = los belegd
check-departure = Als een partij vertrekt
check-departure-none = Geen enkele partij laat bij vertrek een taak zonder Responsible of Accountable achter.
check-departure-row = { $party }: { $tasks }
check-summary = Samenvatting: { $errors } { $errors ->
        [1] fout
       *[other] fouten
    }, { $warnings } { $warnings ->
        [1] waarschuwing
       *[other] waarschuwingen
    }, { $advice } { $advice ->
        [1] advies
       *[other] adviezen
    }.
check-unreadable = Kan { $file } niet lezen: { $reason }.
check-unreadable-fix = Controleer of de bestandsnaam klopt en of je het bestand mag lezen.
io-not-found = het bestand bestaat niet
io-permission = je hebt geen toestemming om het te lezen
io-directory = dit is een map, geen bestand
io-other = { $detail }
check-too-large-stdin = De invoer is groter dan { $limit }. Een rolverdeling mag hoogstens zo groot zijn.
check-bad-today = `{ $value }` is geen geldige datum voor --today. Gebruik jaar-maand-dag, bijvoorbeeld 2026-03-01.
check-evaluation-due = Volgende evaluatie: { $date }
check-reserve = Reserve: { $months } maanden vaste kosten
check-handover = Volgende wissel in het rooster: { $date }

init-ask-name = Naam van de samenwerking
init-ask-ambition = Welk ambitieniveau kiest u?
init-ask-arrangement = Hoe verdelen jullie de taken?
init-ask-contribution = Innen jullie een communitybijdrage? (j/n)
init-ask-choice = Typ een nummer
init-pros = Voordelen
init-attention = Let op
init-written = Rolverdeling geschreven naar { $file }. Vul de namen in en controleer met: rolwijzer check { $file }
init-exists = { $file } bestaat al. Kies een andere naam met --output, of gebruik --force om het te overschrijven.
init-write-failed = Kan { $file } niet schrijven: { $reason }
init-header = Rolverdeling van deze samenwerking. Gemaakt met `rolwijzer init`. Vul de namen in en controleer met `rolwijzer check`.

explain-unknown = `{ $code }` is geen bekende code. Bekende codes: { $codes }
explain-severity = Ernst
explain-chapter = Uit het hoofdstuk
explain-why = Waarom
explain-fix = Wat te doen
placeholder = ‹{ $name }›

catalog-levels = Ambitieniveaus
catalog-tasks = Taken
catalog-from-level = vanaf { $level }
catalog-critical = kritiek: zorg voor back-up
catalog-checklist = Checklist
catalog-arrangements = Manieren van verdelen
catalog-suits = Past bij
catalog-credit = Bron: VNG Realisatie, handreiking intergemeentelijke open-source samenwerking, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0), in eigen woorden.
