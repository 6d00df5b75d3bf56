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
export-format-contributions-csv = De bijdrage per gemeente als CSV voor de financiële administratie: deel, werk in natura en wat elke gemeente betaalt of ontvangt.
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

user-added = Account „{ $user }” is aangemaakt. Met de link hieronder stelt de gebruiker een wachtwoord in. De link werkt één keer, { $days ->
        [1] één dag
       *[other] { $days } dagen
    } lang. Geef hem op een veilige manier door.
user-added-admin = Beheerdersaccount „{ $user }” is aangemaakt. Met de link hieronder stelt de beheerder een wachtwoord in. De link werkt één keer, { $days ->
        [1] één dag
       *[other] { $days } dagen
    } lang. Geef hem op een veilige manier door.
user-reset = Met de link hieronder stelt „{ $user }” een nieuw wachtwoord in. De link werkt één keer, { $days ->
        [1] één dag
       *[other] { $days } dagen
    } lang.
user-exists = Er is al een account met de naam „{ $user }”. Kies een andere naam. Is het wachtwoord kwijt? Maak dan een nieuwe link met: rolwijzer user reset { $user }
user-unknown = Er is geen account met de naam „{ $user }” in deze database. Controleer de naam en --database (of ROLWIJZER_DATABASE). Een nieuw account maak je met: rolwijzer user add { $user }
user-disabled = Account „{ $user }” is uitgeschakeld. Het is overal afgemeld, de API-sleutels werken niet meer en inloggen kan niet. Weer inschakelen: rolwijzer user enable { $user }
user-enabled = Account „{ $user }” is weer ingeschakeld. Inloggen met het wachtwoord kan weer. Oude API-sleutels blijven ingetrokken.
user-token-default-name = Gemaakt op de opdrachtregel
user-token-made = API-sleutel „{ $name }” is gemaakt voor { $user }. Hij staat op de laatste regel hieronder. Bewaar hem nu op een veilige plek: rolwijzer bewaart alleen een hash en kan hem niet nog eens laten zien. Stuur hem mee in de kop Authorization: Bearer … Intrekken kan op de pagina API-sleutels (/account/tokens).
user-token-name-empty = Geef de sleutel een naam met --name, bijvoorbeeld --name "script voor de jaarplanning". Dan weet je later waar hij voor is.
user-token-name-too-long = De naam van de sleutel is te lang. Gebruik hoogstens { $max } tekens.
user-token-too-many = Dit account heeft al { $max } API-sleutels die werken. Trek er eerst een in op de pagina API-sleutels (/account/tokens). Er is geen sleutel gemaakt.

backup-holds = { $collaborations } { $collaborations ->
        [1] samenwerking
       *[other] samenwerkingen
    }, { $revisions } { $revisions ->
        [1] versie
       *[other] versies
    } en { $users } { $users ->
        [1] account
       *[other] accounts
    }; databaseschema { $schema }
backup-done = Back-up geschreven naar { $file } en gecontroleerd. Hij bevat { $holds }.
backup-how-to-restore = Terugzetten kan met: rolwijzer restore { $file } (stop eerst rolwijzer serve).
backup-postgres = Dit is een PostgreSQL-database. rolwijzer backup kopieert alleen SQLite-databases. Maak een back-up met pg_dump, bijvoorbeeld: pg_dump --format=custom --file=rolwijzer.dump "$ROLWIJZER_DATABASE". Terugzetten doe je met pg_restore. ({ $code })
restore-postgres = Dit is een PostgreSQL-database. rolwijzer restore zet alleen SQLite-databases terug. Zet een back-up van pg_dump terug met pg_restore (of met psql voor een SQL-bestand). ({ $code })
backup-memory = Een database in het geheugen (sqlite::memory:) heeft geen bestand om te kopiëren of te vervangen. Geef met --database het bestand, bijvoorbeeld --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-unsupported = --database is geen adres dat rolwijzer kent. Gebruik sqlite://BESTAND, bijvoorbeeld --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-no-database = Er is geen database op { $file }. Geef met --database (of ROLWIJZER_DATABASE) de database die rolwijzer serve gebruikt, bijvoorbeeld --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-exists = { $file } bestaat al. rolwijzer overschrijft geen bestaand bestand. Kies een andere naam, bijvoorbeeld met de datum erin, of verwijder het oude bestand eerst. ({ $code })
backup-no-folder = De map { $folder } bestaat niet. Maak hem eerst, of kies een andere plek.
backup-copy-damaged = De kopie in { $file } is niet in orde: { $detail }. Er is geen back-up gemaakt; het bestand is weer verwijderd. Controleer de database zelf met: sqlite3 DATABASE "PRAGMA integrity_check". ({ $code })
backup-io = { $file }: { $reason }. ({ $code })
backup-io-not-found = het bestand bestaat niet. Controleer de naam
backup-io-permission = geen toestemming. Controleer of je het bestand en de map mag lezen en schrijven
backup-db = De database gaf een fout: { $detail }. Controleer of er genoeg schijfruimte is en of je de map mag schrijven, en probeer het opnieuw. ({ $code })
backup-too-new = { $file } is gemaakt door een nieuwere versie van rolwijzer: { $detail }
backup-older-schema = { $file } heeft een ouder databaseschema dan deze versie van rolwijzer, en een back-up verandert de database niet. Maak de back-up met de versie van rolwijzer die deze database nu gebruikt. ({ $detail })
backup-open-failed = Kan de database { $file } niet openen: { $detail }. Controleer of je het bestand mag lezen.
restore-damaged = { $file } is geen bruikbare back-up van rolwijzer: { $detail }. Het bestand is beschadigd of geen rolwijzer-database. Kies een andere back-up. Er is niets veranderd. ({ $code })
restore-too-new = { $file } is gemaakt door een nieuwere versie van rolwijzer (databaseschema { $found }; deze versie kent tot { $known }). Zet hem terug met die nieuwere versie. Er is niets veranderd. ({ $code })
restore-confirm = Dit vervangt de database { $target } door de back-up { $backup } ({ $holds }). De database die er nu staat, blijft bewaard ernaast, als { $target }.before-restore-…
    Stop eerst rolwijzer serve: een server die nog draait, blijft in de oude database schrijven en ziet de teruggezette niet.
restore-question = Is rolwijzer serve gestopt, en wil je doorgaan? (j/n)
restore-yes-words = j, ja, y, yes
restore-cancelled = Niet teruggezet. Er is niets veranderd.
restore-needs-yes = { $target } bestaat al en zou worden vervangen door { $backup } ({ $holds }). Stop eerst rolwijzer serve en bevestig dan met --yes, bijvoorbeeld: rolwijzer restore { $backup } --database sqlite://{ $target } --yes. De database die er nu staat, blijft bewaard ernaast. Er is niets veranderd.
restore-done = { $target } is teruggezet uit { $backup }. De database bevat nu { $holds }.
restore-previous = De database die er stond, staat nu in { $previous }. Verwijder hem pas als alles goed werkt.
restore-start-serve = Start rolwijzer serve nu weer.
person-forgotten = { $person } is vergeten in { $collaboration }. Er staat nu “{ $label }”, in { $revisions } opgeslagen versies en in de nieuwe versie die dit vastlegt. Naam, e-mailadres, telefoonnummer, functie en gebruikersnaam op de forge zijn gewist; de plaats in de rolverdeling blijft. Dit staat in het privacylogboek (wie, wanneer, waarom). Maak daarna een nieuwe back-up en gooi oude back-ups weg: daarin staat de persoon nog wel.
person-unknown = In { $collaboration } staat geen persoon met id “{ $person }”, ook niet in oudere versies. Het id staat op de pagina Mensen en in de YAML (people: - id: …). Er is niets veranderd.
collaboration-unknown = Er is geen samenwerking “{ $collaboration }” in deze database. Controleer de naam (het stuk na /c/ in het adres) en --database (of ROLWIJZER_DATABASE).
person-export-made = Hieronder staat alles wat rolwijzer over { $who } bewaart, als JSON. Dit verzoek staat in het privacylogboek.
person-export-needs-one = Geef --email ADRES (een persoon in de rolverdelingen) of --account NAAM (een account van de webapp).
user-deleted = Account “{ $user }” is verwijderd, met zijn sessies, links, API-tokens en lidmaatschappen. Versies die dit account maakte, hebben nu geen auteur meer. Dit staat in het privacylogboek.
