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
privacy-how-long = Accounts en rolverdelingen blijven bewaard tot de beheerder ze verwijdert. Oude versies van een rolverdeling blijven ook bewaard; iemand uit alle oude versies verwijderen kan nog niet. Sessies en links vervallen vanzelf na de tijd die hierboven staat.
privacy-security-title = Beveiliging
privacy-security = Wachtwoorden, sessies, links en API-sleutels staan alleen als hash in de database.
privacy-transport-https = Deze rolwijzer is ingesteld om alleen via een beveiligde verbinding (HTTPS) te werken.
privacy-transport-unknown = De beheerder heeft niet ingesteld dat deze rolwijzer alleen via HTTPS werkt; vraag de beheerder hoe de verbinding beveiligd is.
privacy-rights-title = Uw rechten
privacy-rights = U mag vragen welke gegevens over u zijn bewaard, en vragen ze te verbeteren of te verwijderen. Neem daarvoor contact op met de beheerder van deze rolwijzer of met de privacy-contactpersoon van de organisatie die hem draait.
footer-privacy = Privacy
