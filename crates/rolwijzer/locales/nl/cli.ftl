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

export-format-annex-pdf = Bijlage bij de samenwerkingsovereenkomst, als PDF om te ondertekenen en te bewaren.
export-format-annex-odt = Dezelfde bijlage als tekstdocument, om aan te passen in LibreOffice of Word.
export-format-xlsx = Spreadsheet voor Excel of LibreOffice: wie doet wat, bevindingen en uren.
export-format-csv = De taken en wie ze uitvoeren als CSV, één regel per taak, persoon en letter.
export-format-ics = Agenda met evaluaties, wissels in het rooster en einddata van contracten.
export-format-markdown = De hele rolverdeling als Markdown, voor een wiki of een repository.
export-format-html = De hele rolverdeling als webpagina, om te mailen of te publiceren.
export-format-governance = Een GOVERNANCE.md voor de repository van het product.
export-format-codeowners = Een CODEOWNERS-bestand: wie code in de repository moet goedkeuren.
export-format-publiccode = Het blok maintenance van publiccode.yml: wie het product onderhoudt.
export-format-json = De controle als JSON, net als rolwijzer check --format json.
export-binary-terminal = { $format } is geen tekst en past niet in een terminalvenster. Schrijf naar een bestand met --output, bijvoorbeeld: --output { $example }
export-failed = Kan { $format } niet maken: { $reason }. Dit is een fout in rolwijzer; meld het alsjeblieft.
export-notice = Let op: { $message }
export-written = { $format } geschreven naar { $file }.
export-write-failed = Kan { $file } niet schrijven: { $reason }. Een bestaand bestand is niet veranderd.

import-header = Rolverdeling gemaakt uit { $file } met `rolwijzer import`. Vul de taken aan en controleer met `rolwijzer check`.
import-exists = { $file } bestaat al. Kies een andere naam met --output, of gebruik --force om het te overschrijven.
import-not-text = { $file } is geen tekstbestand. Kies het bestand publiccode.yml van het product.
import-summary = Gelezen uit { $file }: { $parties } { $parties ->
        [1] partij
       *[other] partijen
    }, { $people } { $people ->
        [1] persoon
       *[other] personen
    } en { $tasks } { $tasks ->
        [1] taak
       *[other] taken
    }.
import-next = Rolverdeling geschreven naar { $file }. Vul aan wat nog ontbreekt en controleer met: rolwijzer check { $file }
import-write-failed = Kan { $file } niet schrijven: { $reason }
