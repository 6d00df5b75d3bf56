# web-history (nl): geschiedenis, evaluatie, toegang, importeren, openbare pagina, gebruikersbeheer.

## Geschiedenis
history-title = Geschiedenis
history-intro = Elke keer dat iemand de rolverdeling opslaat, bewaart rolwijzer een nieuwe versie. Er gaat nooit iets verloren. Hier zie je alle versies, de nieuwste bovenaan.
history-list-title = Alle versies
history-table-caption = Versies van de rolverdeling, de nieuwste bovenaan
history-col-number = Versie
history-col-when = Wanneer
history-col-author = Door
history-col-kind = Soort
history-col-summary = Wat er veranderde
history-col-actions = Bekijken
history-current = huidige versie
history-author-none = rolwijzer
history-author-hidden = niet openbaar
history-summary-hidden = Vergelijk versies om te zien wat er veranderde.
history-date-time = { $date } om { $time }
history-kind-create = eerste versie
history-kind-edit = wijziging
history-kind-import = bestand geïmporteerd
history-kind-restore = oude versie teruggezet
history-kind-merge = wijziging opnieuw toegepast
history-what-changed = Wat veranderde er?
history-compare-now = Vergelijk met nu
history-restore = Deze versie terugzetten
history-restore-hint = Een oude versie terugzetten maakt een nieuwe versie met dezelfde inhoud als de oude. De versies daartussen blijven bewaard, dus je kunt het altijd weer ongedaan maken.
history-restore-summary = Versie { $number } teruggezet.
history-compare-title = Twee versies vergelijken
history-compare-from = Van versie
history-compare-to = Naar versie
history-compare-submit = Vergelijken
history-diff-title = Verschil tussen twee versies
history-diff-from = Van
history-diff-to = naar
history-diff-changes = Wat er veranderde
history-diff-invalid = Deze versies bestaan niet. Kies twee versies tussen 1 en { $head }.
history-back = Terug naar de geschiedenis
history-conflict-title = Iemand anders heeft net iets opgeslagen
history-conflict-intro = Terwijl jij een oude versie wilde terugzetten, heeft iemand anders een nieuwe versie opgeslagen. Er is nog niets teruggezet. Hieronder zie je wat de ander veranderde. Wil je de oude versie toch terugzetten? Dan gaan die wijzigingen ook terug; ze blijven wel in de geschiedenis bewaard.
history-conflict-again = Toch terugzetten
history-conflict-cancel = niet terugzetten en de geschiedenis bekijken

## Evaluatie
evaluation-title = Jaarlijkse evaluatie
evaluation-intro = Een rolverdeling raakt verouderd: mensen vertrekken, gemeenten komen erbij, taken worden groter of kleiner. Bespreek daarom elk jaar of de verdeling nog klopt.
evaluation-due-title = Wanneer is de volgende evaluatie?
evaluation-status-none = Nog nooit
evaluation-status-overdue = Te laat
evaluation-status-soon = Binnenkort
evaluation-status-fine = Op tijd
evaluation-status-none-text = Er is nog geen evaluatie vastgelegd. Plan een eerste gesprek over de rolverdeling en leg de datum hieronder vast.
evaluation-status-overdue-text = De evaluatie had op { $due } moeten zijn. Dat is { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } geleden. Plan het gesprek zo snel mogelijk.
evaluation-status-soon-text = De volgende evaluatie is op { $due }, over { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }. Zet het gesprek op de agenda van het volgende overleg.
evaluation-status-fine-text = De volgende evaluatie is op { $due }, over { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }. Er is nog tijd genoeg.
evaluation-last = Laatste evaluatie
evaluation-last-none = nog niet vastgelegd
evaluation-interval = Evalueren
evaluation-interval-value = { $months ->
        [one] elke maand
        [12] elk jaar
       *[other] elke { $months } maanden
    }
evaluation-tip-title = Tip: evalueer elk jaar
evaluation-tip = Kijk één keer per jaar samen naar de rolverdeling. Past die nog bij wat jullie nu doen? Als de samenwerking groeit of krimpt, moet de verdeling vaak mee veranderen. Gebruik de vragen hieronder als agenda.
evaluation-questions-title = Vragen om te bespreken
evaluation-question-1 = Past het ambitieniveau nog bij wat jullie samen doen? Zijn er taken die alleen op papier bestaan, of taken die nodig zijn maar die niemand heeft?
evaluation-question-2 = Is de samenwerking gegroeid of gekrompen? Zijn er gemeenten of leveranciers bijgekomen of weggegaan? Wat betekent dat voor de taken?
evaluation-question-3 = Kloppen de uren? Hebben de mensen met een rol genoeg tijd, en ziet hun organisatie wat ze doen?
evaluation-question-4 = Hoe staat het met het geld: de communitybijdrage, de vaste kosten en de reserve?
evaluation-question-5 = Heeft elke belangrijke taak een vervanger, en is opgeschreven hoe de taak gaat?
evaluation-question-6 = Past de manier van verdelen nog (penvoerder, om de beurt, verdeeld of extern)?
evaluation-findings-now = Nu zijn er { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } en { $advice ->
        [one] 1 advies
       *[other] { $advice } adviezen
    } in de rolverdeling.
evaluation-findings-link = Bekijk de bevindingen
evaluation-record-title = Evaluatie vastleggen
evaluation-record-intro = Hebben jullie de rolverdeling besproken? Leg dan de datum vast. rolwijzer slaat een nieuwe versie op met deze datum als laatste evaluatie, en onthoudt welke versie jullie hebben besproken.
evaluation-date = Datum van de evaluatie
evaluation-date-hint = Laat je het veld leeg, dan geldt vandaag.
evaluation-date-invalid = Deze datum klopt niet. Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-11-28.
evaluation-date-future = Deze datum ligt in de toekomst. Leg een evaluatie vast nadat die is gehouden.
evaluation-date-before-last = Deze datum ligt vóór de laatste evaluatie ({ $last }). Kies een latere datum.
evaluation-record-submit = Evaluatie vastleggen
evaluation-recorded-title = Vastgelegde evaluaties
evaluation-recorded-none = In rolwijzer is nog geen evaluatie vastgelegd.
evaluation-recorded-caption = Evaluaties, de nieuwste bovenaan
evaluation-col-date = Datum
evaluation-col-revision = Besproken versie
evaluation-col-recorded = Vastgelegd op
evaluation-since-title = Veranderd sinds de laatste evaluatie
evaluation-between-title = Veranderd tussen de vorige en de laatste evaluatie
evaluation-see-diff = bekijk het verschil

## Toegang
members-title = Toegang
members-intro = Hier zie je wie deze samenwerking in rolwijzer kan bekijken of wijzigen.
members-roles-title = Wat mag elke rol?
members-role-owner-explained = Kan alles wat een bewerker kan. Beslist ook wie toegang krijgt en of de openbare pagina aan staat.
members-role-editor-explained = Kan de rolverdeling bekijken en wijzigen, een bestand importeren en een oude versie terugzetten.
members-role-viewer-explained = Kan alles bekijken, maar niets wijzigen.
members-list-title = Wie heeft toegang?
members-only-owners = Alleen een eigenaar kan toegang geven of afnemen.
members-caption = Leden van deze samenwerking en hun rol
members-col-name = Naam
members-col-username = Gebruikersnaam
members-col-role = Rol
members-col-actions = Wijzigen
members-you = jij
members-role-of = Rol van
members-change = Rol wijzigen
members-remove = Toegang afnemen
members-role = Rol
members-error-role = Kies een rol: eigenaar, bewerker of lezer.
members-error-last-owner-demote = Dit is de enige eigenaar. Maak eerst iemand anders eigenaar; daarna kun je deze rol wijzigen.
members-error-last-owner-remove = Dit is de enige eigenaar. Maak eerst iemand anders eigenaar; daarna kun je deze toegang afnemen.
members-publish-title = Publiceren
members-publishing-now = Deze samenwerking is nu:
members-publishing-change = Wat openbaar is, kiest een eigenaar bij Instellingen.

## Importeren en downloaden
import-title = Importeren
import-intro = Heb je de rolverdeling als bestand, bijvoorbeeld rolverdeling.yaml uit de code repository? Zet die hier in rolwijzer. Je kunt het bestand kiezen of de tekst plakken.
import-replaces = Het bestand vervangt de hele rolverdeling. De huidige versie blijft bewaard in de geschiedenis, dus je kunt hem altijd terugzetten.
import-file = Bestand kiezen
import-file-hint = Een YAML- of JSON-bestand in het formaat van rolwijzer, hoogstens 4 MB.
import-paste = Of plak de tekst hier
import-paste-hint = Gebruik je geen bestand? Plak dan de inhoud van rolverdeling.yaml in dit tekstvak.
import-pasted-name = Geplakte tekst
import-submit = Importeren
import-nothing = Kies een bestand of plak de tekst van de rolverdeling.
import-too-large = Het bestand is te groot. Een rolverdeling is hoogstens 4 MB. Kies het juiste bestand.
import-summary = Geïmporteerd uit { $file }:
import-done = Geïmporteerd als
import-findings = De rolverdeling heeft nu { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } en { $advice ->
        [one] 1 advies
       *[other] { $advice } adviezen
    }.
import-see-findings = Bekijk de bevindingen
import-changes = Wat er veranderde
import-unchanged = Het bestand is gelijk aan de huidige versie. Er is niets opgeslagen.
import-conflict = Terwijl jij importeerde, heeft iemand anders een nieuwe versie opgeslagen. Je bestand is nog niet opgeslagen. De tekst van je bestand staat in het tekstvak hieronder. Klik op Importeren om het toch op te slaan; het vervangt dan ook de wijzigingen van de ander (die blijven in de geschiedenis).
import-download-title = Downloaden
import-download-text = Download de huidige versie als rolverdeling.yaml, bijvoorbeeld om in de code repository te zetten of met de opdrachtregel te controleren.
import-download = rolverdeling.yaml downloaden

## Openbare pagina
public-kicker = Openbare informatie over deze samenwerking
public-website = Website
public-member-link = Naar de rolverdeling in rolwijzer (je hebt toegang)
public-contact-title = Contact
public-contact-none = Er is nog geen contactpersoon aangewezen.
public-email = E-mail
public-phone = Telefoon
public-party-contacts = Contactpersonen per deelnemer
public-join-title = Meedoen
public-join-default = Wil je gemeente meedoen? Neem contact op met de contactpersoon hierboven. Die vertelt hoe de samenwerking werkt, wat meedoen kost en welke afspraken er zijn.
public-organisation-title = Hoe de samenwerking is georganiseerd
public-level = Ambitieniveau
public-arrangement = Manier van verdelen
public-tasks-title = Wie doet wat?
public-tasks-intro = Voor elke taak staat hieronder wie het werk doet en wie er eindverantwoordelijk voor is.
public-tasks-none = Er zijn nog geen taken verdeeld.
public-tasks-caption = Taken met wie ze uitvoert (R) en wie eindverantwoordelijk is (A)
public-col-task = Taak
public-credit = Deze rolverdeling volgt de handreiking van VNG Realisatie over samenwerken aan open source, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0).
public-credit-more = Over rolwijzer

## Gebruikersbeheer
admin-title = Gebruikers
admin-intro = Hier maak je accounts aan en maak je een link waarmee iemand een (nieuw) wachtwoord instelt. rolwijzer verstuurt geen e-mail: geef de link zelf door, bijvoorbeeld via chat of telefoon.
admin-users-title = Alle accounts
admin-users-caption = Accounts in deze rolwijzer
admin-col-username = Gebruikersnaam
admin-col-name = Naam
admin-col-admin = Beheerder
admin-col-password = Wachtwoord
admin-col-actions = Link
admin-yes = ja
admin-no = nee
admin-you = jij
admin-password-set = ingesteld
admin-password-not-set = nog niet ingesteld
admin-new-link = Nieuwe wachtwoordlink
admin-new-link-hint = Wachtwoord vergeten? Maak een nieuwe wachtwoordlink en geef die door. Het oude wachtwoord werkt tot de link is gebruikt.
admin-add-title = Account toevoegen
admin-username = Gebruikersnaam
admin-username-hint = Kleine letters, cijfers, punt, streepje of liggend streepje; 2 tot 64 tekens. Bijvoorbeeld: marie.jansen
admin-display-name = Naam
admin-display-name-hint = De naam die anderen zien, bijvoorbeeld Marie Jansen. Laat je het leeg, dan wordt dit de gebruikersnaam.
admin-is-admin = Beheerder van rolwijzer
admin-is-admin-hint = Een beheerder kan accounts maken en wachtwoordlinks maken. Geef dit alleen aan wie rolwijzer beheert.
admin-add-submit = Account toevoegen
admin-error-username = Deze gebruikersnaam kan niet. Gebruik 2 tot 64 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.
admin-error-display-name = De naam is te lang. Gebruik hoogstens { $max } tekens.
admin-error-taken = Deze gebruikersnaam bestaat al. Kies een andere naam, of maak een nieuwe wachtwoordlink voor het bestaande account.
admin-created = Account aangemaakt voor
admin-link-made = Nieuwe wachtwoordlink gemaakt voor
admin-link-intro = Geef deze link door. Met de link stelt de persoon zelf een wachtwoord in. Je ziet de link maar één keer.
admin-link-label = Link om het wachtwoord in te stellen
admin-link-valid = De link werkt { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    }.
admin-link-once = De link werkt maar één keer.
