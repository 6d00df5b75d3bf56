# Algemene teksten van de webapp.
skip-to-content = Naar de inhoud
nav-site = Hoofdmenu
nav-collaboration = Onderdelen van deze samenwerking
nav-my-collaborations = Mijn samenwerkingen
nav-login = Inloggen
nav-admin = Beheer accounts
nav-logout = Uitloggen
nav-overview = Overzicht
nav-matrix = Wie doet wat (RACI)
nav-checklist = Checklist
nav-findings = Bevindingen
nav-people = Partijen en mensen
nav-workload = Werklast
nav-departure = Bij vertrek
nav-rotation = Rooster
nav-money = Geld
nav-evaluation = Evaluatie
nav-history = Geschiedenis
nav-members = Toegang
nav-settings = Instellingen
nav-import = Importeren
collab-label = Samenwerking
revision = versie
published = openbaar
role-owner = eigenaar
role-editor = bewerker
role-viewer = lezer
role-visitor = alleen lezen
severity-error = Fout
severity-warning = Waarschuwing
severity-advice = Advies
footer-credit = rolwijzer is gebaseerd op de handreiking van VNG Realisatie over samenwerken aan open source, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0), in eigen woorden.
footer-about = Over rolwijzer

home-title = Rollen en taken verdelen in een open-source samenwerking
home-title-member = Mijn samenwerkingen
home-intro = Gemeenten die samen software maken, verdelen hier wie wat doet. rolwijzer controleert de verdeling met de handreiking van VNG Realisatie en laat zien wat nog ontbreekt.
home-intro-member = Kies een samenwerking, of begin een nieuwe.
home-new = Nieuwe samenwerking
home-none = Je bent nog geen lid van een samenwerking. Begin een nieuwe, of vraag de eigenaar van een samenwerking om je toe te voegen.
home-published = Openbare samenwerkingen
home-look-inside = Bekijk de rolverdeling

about-title = Over rolwijzer
about-what = rolwijzer helpt gemeenten die samen open-source software bouwen of onderhouden om taken te verdelen, de verdeling actueel te houden en te laten zien wie wat doet.
about-source-title = Bron
about-source = De taken, ambitieniveaus, manieren van verdelen, de checklist en de tips komen uit het hoofdstuk "Stap 2: Verdeel rollen en taken" van de handreiking voor intergemeentelijke open-source samenwerking van VNG Realisatie. Die handreiking valt onder de licentie CC BY-SA 4.0. Wij hebben de tekst in eigen woorden weergegeven; deze teksten delen wij onder dezelfde licentie.
about-licence-title = Licentie
about-licence = rolwijzer is vrije software onder de European Union Public Licence (EUPL) 1.2.

login-title = Inloggen
login-username = Gebruikersnaam
login-password = Wachtwoord
login-submit = Inloggen
login-failed = De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
login-throttled = Voor deze gebruikersnaam is vanaf jouw adres te vaak een verkeerd wachtwoord gebruikt. Wacht { $seconds ->
        [one] 1 seconde
       *[other] { $seconds } seconden
    } en probeer het dan opnieuw. Op een ander apparaat of netwerk kun je wel meteen inloggen.
login-forgot = Wachtwoord vergeten? Vraag de beheerder om een nieuwe link om een wachtwoord in te stellen.

setup-title = Wachtwoord instellen
setup-intro = Kies een wachtwoord voor de gebruiker { $username }. Daarna ben je meteen ingelogd.
setup-password = Nieuw wachtwoord
setup-password-hint = Minstens 12 tekens. Een zin van een paar woorden is goed te onthouden en moeilijk te raden.
setup-repeat = Herhaal het wachtwoord
setup-submit = Wachtwoord opslaan
setup-invalid = Deze link werkt niet (meer). Een link werkt één keer en een beperkte tijd. Vraag de beheerder om een nieuwe link.
setup-too-short = Het wachtwoord is te kort. Kies een wachtwoord van minstens { $min } tekens.
setup-mismatch = De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.

overview-title = Overzicht
overview-level = Ambitieniveau
overview-arrangement = Manier van verdelen
overview-filled = Verplichte taken belegd
overview-findings = Bevindingen
overview-findings-legend = fouten, waarschuwingen, adviezen
overview-parties = Partijen
overview-people = Mensen
overview-reserve = Reserve
overview-reserve-months = { $months } maanden vaste kosten
overview-evaluation-due = Volgende evaluatie
overview-next-handover = Volgende wissel in het rooster
overview-top-findings = Belangrijkste bevindingen
overview-no-findings = Er zijn geen fouten of waarschuwingen.
overview-all-findings = Alle bevindingen
overview-contact = Contactpersoon

conflict-title = Iemand anders heeft net iets opgeslagen
conflict-intro = Terwijl jij deze wijziging maakte, heeft iemand anders een nieuwe versie opgeslagen. Jouw wijziging is nog niet opgeslagen. Hieronder zie je beide wijzigingen. Je kunt jouw wijziging opnieuw toepassen op de nieuwste versie.
conflict-theirs = Wijzigingen in de nieuwste versie
conflict-mine = Jouw wijziging
conflict-reapply = Mijn wijziging toepassen op de nieuwste versie
conflict-or = Of:
conflict-discard = mijn wijziging laten vallen en terug naar de pagina met de nieuwste versie
conflict-my-version = Mijn versie als YAML (om te bewaren)

privacy-title = Privacy
privacy-intro = Deze pagina zegt welke persoonsgegevens deze rolwijzer bewaart, waarom, hoe lang en wie ze kan zien. De gemeente of organisatie die deze rolwijzer draait, is verantwoordelijk voor die gegevens.
privacy-what-title = Wat wij bewaren
privacy-what-accounts = Van iedereen met een account: de gebruikersnaam, de naam die anderen zien, of het account beheerder is, en het wachtwoord als onomkeerbare hash (argon2id). Het wachtwoord zelf bewaren wij niet.
privacy-session = Na het inloggen: een sessie van { $hours } uur, met een geheime sleutel in een cookie. Wij bewaren alleen een hash van die sleutel.
privacy-setup-link = Een link om een wachtwoord in te stellen werkt één keer en { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}. Wij bewaren alleen een hash van de link.
privacy-what-signin = Bij inlogpogingen: per gebruikersnaam en internetadres hoeveel pogingen er mislukten en wanneer. Dat gebruiken wij alleen om raden van wachtwoorden af te remmen.
privacy-what-tokens = Bij API-sleutels: de naam van de sleutel, wanneer hij is gemaakt en voor het laatst is gebruikt, en een hash van de sleutel.
privacy-what-division = In een rolverdeling: van de mensen die erin staan de naam, de organisatie, en als die zijn ingevuld de functie, het e-mailadres, het telefoonnummer, de uren per week en de gebruikersnaam op het codeplatform. Elke opgeslagen versie blijft bewaard, met wie hem opsloeg en wanneer.
privacy-why-title = Waarom
privacy-why = Samenwerkende gemeenten moeten weten wie welke taak heeft en wie zij kunnen bereiken. Daarvoor is de rolverdeling. Accounts, sessies en inlogpogingen zijn nodig om de rolverdeling alleen door de juiste mensen te laten wijzigen.
privacy-who-title = Wie de gegevens ziet
privacy-who = Alleen de leden van een samenwerking zien de rolverdeling, met hun rol: eigenaar, bewerker of lezer. Een eigenaar kan de samenwerking publiceren: alleen een samenvatting (welke organisaties welke taken doen), of alle pagina's om te lezen. Ook dan ziet niemand zonder rol namen, e-mailadressen, telefoonnummers, uren, functies of gebruikersnamen van de mensen, tenzij een eigenaar die soort gegevens aanzet. Wie iets wijzigde, zien bezoekers nooit. Gebruikersnamen van anderen ziet alleen de beheerder.
privacy-how-long-title = Hoe lang
privacy-how-long = Accounts en rolverdelingen blijven bewaard tot de beheerder ze verwijdert. { $versions } Wie vertrekt, kan vragen om vergeten te worden: dan wordt de naam in alle versies een neutrale naam, zoals “oud-medewerker 3”, en worden e-mailadres, telefoonnummer, functie en gebruikersnaam op het codeplatform gewist. Sessies en links vervallen vanzelf na de tijd die hierboven staat.
privacy-versions-all = Oude versies van een rolverdeling blijven allemaal bewaard.
privacy-versions-days = Oude versies van een rolverdeling worden na { $days } dagen verwijderd. De nieuwste versie en versies waarvan een evaluatie is vastgelegd, blijven.
privacy-security-title = Beveiliging
privacy-security = Wachtwoorden, sessies, links en API-sleutels staan alleen als hash in de database.
privacy-transport-https = Deze rolwijzer is ingesteld om alleen via een beveiligde verbinding (HTTPS) te werken.
privacy-transport-unknown = De beheerder heeft niet ingesteld dat deze rolwijzer alleen via HTTPS werkt; vraag de beheerder hoe de verbinding beveiligd is.
privacy-rights-title = Uw rechten
privacy-rights = U mag vragen welke gegevens over u zijn bewaard, en vragen ze te verbeteren of te verwijderen. Neem daarvoor contact op met de beheerder van deze rolwijzer of met de privacy-contactpersoon van de organisatie die hem draait.
footer-privacy = Privacy

## Limits (issue 13)
limit-collaborations = Je bent al eigenaar van { $max } samenwerkingen. Meer mag niet op deze server. Draag een samenwerking over aan een andere eigenaar, of vraag de beheerder om de grens te verhogen. Er is niets gemaakt.
limit-bytes = Deze samenwerking gebruikt met al haar versies bijna de { $max } die deze server per samenwerking toestaat. Deze wijziging is daarom niet bewaard. Vraag de beheerder om oude versies op te ruimen of de grens te verhogen.

## The administrator's privacy page
privacy-admin-title = Privacyverzoeken
privacy-admin-intro = Hier handel je verzoeken af op grond van de AVG: iemand vergeten, laten zien wat er over iemand is opgeslagen, of een account verwijderen. Alles wat je hier doet, komt in het privacylogboek onderaan.
privacy-admin-forget-title = Een persoon vergeten
privacy-admin-forget-intro = De naam wordt in de huidige rolverdeling en in alle oudere versies een neutrale naam, zoals “oud-medewerker 3”. E-mailadres, telefoonnummer, functie en gebruikersnaam op de forge worden gewist. Dit werkt ook voor iemand die al uit de huidige rolverdeling is gehaald. Het kan niet ongedaan worden gemaakt.
privacy-admin-collaboration = Samenwerking
privacy-admin-collaboration-hint = Het stuk na /c/ in het adres, bijvoorbeeld open-inkomensloket.
privacy-admin-person = Id van de persoon
privacy-admin-person-hint = Het id staat op de pagina Mensen, bijvoorbeeld eva.
privacy-admin-forget-confirm = Ja, vergeet deze persoon voorgoed in deze samenwerking.
privacy-admin-export-title = Inzage: alles over een persoon of account
privacy-admin-export-intro = Vul een e-mailadres in (een persoon in de rolverdelingen, in alle samenwerkingen en versies) of de gebruikersnaam van een account. Je krijgt een JSON-bestand om te downloaden.
privacy-admin-email = E-mailadres
privacy-admin-email-hint = Vul een e-mailadres óf een gebruikersnaam in, niet allebei.
privacy-admin-account = Gebruikersnaam van het account
privacy-admin-export-submit = Download als JSON
privacy-admin-delete-title = Een account verwijderen
privacy-admin-delete-intro = Het account verdwijnt met zijn sessies, links, API-tokens en lidmaatschappen. Versies die het account maakte, blijven staan, maar zonder auteur.
privacy-admin-delete-confirm = Ja, verwijder dit account voorgoed.
privacy-admin-delete-submit = Account verwijderen
privacy-admin-log-title = Privacylogboek
privacy-admin-log-empty = Er is nog niets vergeten, opgevraagd of verwijderd.
privacy-admin-col-when = Wanneer
privacy-admin-col-action = Wat
privacy-admin-col-who = Door
privacy-admin-col-collaboration = Samenwerking
privacy-admin-col-subject = Over
privacy-admin-col-reason = Waarom
privacy-admin-action-forget-person = Persoon vergeten
privacy-admin-action-delete-account = Account verwijderd
privacy-admin-action-inzage = Inzage
privacy-admin-actor-cli = beheerder (opdrachtregel)
privacy-admin-actor-gone = verwijderd account
privacy-admin-forgotten = In { $collaboration } heet de persoon nu “{ $label }”. { $revisions ->
    [one] Er is { $revisions } opgeslagen versie aangepast.
   *[other] Er zijn { $revisions } opgeslagen versies aangepast.
} Maak een nieuwe back-up en gooi oude back-ups weg: daarin staat de persoon nog wel.
privacy-admin-deleted = Account “{ $user }” is verwijderd.
privacy-admin-error-collaboration = Er is geen samenwerking met deze naam. Kijk naar het stuk na /c/ in het adres.
privacy-admin-error-person = In deze samenwerking staat geen persoon met dit id, ook niet in oudere versies.
privacy-admin-error-account = Er is geen account met deze gebruikersnaam.
privacy-admin-error-one = Vul een e-mailadres óf een gebruikersnaam in.
privacy-admin-error-self = Je kunt je eigen account hier niet verwijderen.
privacy-admin-error-confirm-delete = Vink aan dat je dit account voorgoed wilt verwijderen.
privacy-admin-link = Privacyverzoeken: iemand vergeten, inzage, een account verwijderen
nav-group-overview = Overzicht
nav-group-tasks = Taken
nav-group-people = Mensen
nav-group-planning = Planning
nav-group-money = Geld
nav-group-documents = Documenten
nav-group-admin = Beheer
nav-group-pages = Pagina's in dit onderdeel
nav-files = Technische bestanden
next-step-title = Volgende stap
next-step-fix = Los eerst dit op:
next-step-fix-link = Naar het veld om dit op te lossen
next-step-advice = Er zijn geen fouten of waarschuwingen meer. Dit advies maakt de verdeling nog beter:
next-step-advice-link = Naar het veld voor dit advies
next-step-evaluation =
    { $status ->
        [never] De verdeling is in orde. Plan nu de eerste evaluatie: bespreek samen of de rollen nog kloppen, en leg daarna vast wat jullie besloten.
        [overdue] De evaluatie had al gehouden moeten zijn ({ $due }). Zet hem op de agenda van het volgende overleg.
       *[soon] De volgende evaluatie is bijna aan de beurt: uiterlijk { $due }. Zet hem op de agenda van het volgende overleg.
    }
next-step-evaluation-link = Naar de evaluatie
next-step-publish = Alles is in orde. Maak de rolverdeling openbaar, zodat alle deelnemers en belangstellenden hem kunnen lezen.
next-step-publish-link = Naar openbaar maken
next-step-annex = Alles is in orde en openbaar. Download de bijlage en voeg hem toe aan de samenwerkingsovereenkomst.
next-step-annex-link = Naar de bijlage (PDF)

# The role names of the web, the same as the annex: Dutch first, the letter beside it.
raci-r = Uitvoerend (R)
raci-a = Eindverantwoordelijk (A)
raci-c = Geraadpleegd (C)
raci-i = Geïnformeerd (I)
raci-backup = Back-up (B)

# The levels described in the third person: the same words suit members and
# the public page's visitors.
level-sharing-desc = De deelnemers delen de code, maar sturen niet samen. Er zijn alleen drie basistaken nodig: een contactpersoon, beheer van de code repository en technisch beheer.
level-light-desc = De deelnemers stemmen regelmatig af en maken samen afspraken. Naast de basistaken komen er twee taken bij: de overleggen coördineren en de samenwerking coördineren.
level-structured-desc = De deelnemers werken samen met vaste afspraken, vaak met een communitybijdrage en een roadmap. Naast de taken van lichte coördinatie komen er taken bij voor geld, productkeuzes, techniek, de community en leveranciers.
