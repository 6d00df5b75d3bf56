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
