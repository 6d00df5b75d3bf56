# rolwijzer — Nederlandse teksten voor rolwijzer-core.
# In eigen woorden gebaseerd op "Stap 2: Verdeel rollen en taken" uit de
# handreiking van VNG Realisatie (CC BY-SA 4.0).
# Taalniveau: B1. Alle variabelen komen als kant-en-klare tekst binnen,
# behalve de sleutelwoorden in select-expressies.

## Ambitieniveaus

level-sharing = Delen zonder regie
level-sharing-desc = Jullie delen de code, maar sturen niet samen. Er zijn alleen drie basistaken nodig: een contactpersoon, beheer van de code repository en technisch beheer.
level-light = Lichte coördinatie
level-light-desc = Jullie stemmen regelmatig af en maken samen afspraken. Naast de basistaken komen er twee taken bij: de overleggen coördineren en de samenwerking coördineren.
level-structured = Gestructureerde samenwerking
level-structured-desc = Jullie werken samen met vaste afspraken, vaak met een communitybijdrage en een roadmap. Naast de taken van lichte coördinatie komen er taken bij voor geld, productkeuzes, techniek, de community en leveranciers.
level-full = Volledige regie
level-full-desc = De samenwerking stuurt alles zelf, bijvoorbeeld met een eigen budget en een eigen team of organisatie. Het gaat om dezelfde taken als bij gestructureerde samenwerking, maar de samenwerking voert ze helemaal zelf uit.

## Soorten taken

category-technical = Technisch
category-organisational = Organisatorisch
category-financial = Financieel
category-community = Community

## Taken

task-contact-person = Contactpersoon/aanspreekpunt
task-contact-person-desc = Eén vaste persoon beantwoordt vragen en helpt gemeenten die willen meedoen. Zo weet iedereen bij wie hij terechtkan.
duty-contact-person-1 = Vragen over de samenwerking beantwoorden
duty-contact-person-2 = Nieuwe gemeenten te woord staan
duty-contact-person-3 = Het vaste adres zijn voor iedereen met een vraag

task-repository-admin = Beheer code repository
task-repository-admin-desc = Iemand met beheerrechten op de code repository (de plek waar de broncode staat) bepaalt welke code erin komt. Zo blijft de kwaliteit bewaakt.
duty-repository-admin-1 = Merge requests (voorstellen voor nieuwe code) accepteren
duty-repository-admin-2 = Releases (nieuwe versies) maken
duty-repository-admin-3 = De beheerrechten op orde houden

task-technical-maintenance = Technisch beheer
task-technical-maintenance-desc = Iemand bekijkt nieuwe code voordat die wordt opgenomen. Zo blijft de code goed en passen de onderdelen bij elkaar.
duty-technical-maintenance-1 = Code reviews doen (code van anderen nakijken)
duty-technical-maintenance-2 = Merge requests beoordelen
duty-technical-maintenance-3 = De kwaliteit van de code bewaken
duty-technical-maintenance-4 = Zorgen dat de techniek één samenhangend geheel blijft

task-meeting-coordination = Coördinatie overleggen
task-meeting-coordination-desc = Iemand zorgt dat het gebruikersoverleg goed loopt, van voorbereiding tot opvolging. Zo leveren de overleggen ook echt iets op.
duty-meeting-coordination-1 = Het gebruikersoverleg voorbereiden en organiseren
duty-meeting-coordination-2 = Notulen maken
duty-meeting-coordination-3 = Afgesproken acties opvolgen

task-collaboration-coordination = Coördinatie samenwerking
task-collaboration-coordination-desc = Iemand houdt de samenwerking bij elkaar. Die persoon houdt contact met de partners en let erop dat er afspraken komen en dat iedereen zich eraan houdt.
duty-collaboration-coordination-1 = Contact houden met de samenwerkingspartners
duty-collaboration-coordination-2 = Zorgen dat er afspraken worden gemaakt
duty-collaboration-coordination-3 = Nagaan of afspraken worden nagekomen

task-community-contribution = Communitybijdrage (collecteren, beheren en aanwenden)
task-community-contribution-desc = Iemand int het geld dat de gemeenten samen betalen, beheert het en zet het in. Zonder deze taak komt er geen geld binnen voor het gezamenlijke werk.
duty-community-contribution-1 = Facturen versturen
duty-community-contribution-2 = Betalingen in de gaten houden
duty-community-contribution-3 = Een herinnering sturen als een gemeente niet betaalt
duty-community-contribution-4 = De financiële administratie bijhouden
duty-community-contribution-5 = Contracten met leveranciers sluiten

task-financial-management = Financieel beheer
task-financial-management-desc = Iemand bewaakt het geld van de samenwerking en legt er verantwoording over af. Zo weten de deelnemers waar hun geld naartoe gaat.
duty-financial-management-1 = Het budget bewaken
duty-financial-management-2 = De financiële planning maken
duty-financial-management-3 = Verantwoording afleggen aan de deelnemers
duty-financial-management-4 = De begroting en de jaarrekening opstellen

task-community-management = Community management
task-community-management-desc = Iemand houdt de gebruikers betrokken en maakt van hun wensen een plan. Zo sluit het product aan bij wat gemeenten nodig hebben.
duty-community-management-1 = Bijeenkomsten voor gebruikers organiseren
duty-community-management-2 = Feedback en wensen verzamelen
duty-community-management-3 = Een roadmap maken (een planning van wat er wanneer komt)

task-product-ownership = Product ownership
task-product-ownership-desc = Iemand bepaalt waar het product naartoe gaat en welk werk eerst komt. Die persoon weegt de wensen van de gemeenten tegen elkaar af.
duty-product-ownership-1 = De visie en de strategie voor het product bepalen
duty-product-ownership-2 = Prioriteiten stellen in de roadmap
duty-product-ownership-3 = Opgeleverd werk goedkeuren
duty-product-ownership-4 = De wensen van verschillende gemeenten in balans brengen

task-architecture = Architectuur en technische visie
task-architecture-desc = Iemand bewaakt de technische koers. Zo blijft de software samenhangend en ook later nog bruikbaar.
duty-architecture-1 = De technische koers bewaken
duty-architecture-2 = Besluiten nemen over de architectuur (de opbouw van de software)
duty-architecture-3 = Zorgen dat de technische onderdelen bij elkaar passen
duty-architecture-4 = Zorgen dat de software klaar is voor de toekomst

task-development-team-lead = Aansturen ontwikkelteam
task-development-team-lead-desc = Iemand stuurt de ontwikkelaars elke dag aan, of ze nu bij een gemeente of bij een bedrijf werken. Zo blijft het werk op koers.
duty-development-team-lead-1 = De ontwikkelaars dagelijks aansturen (eigen mensen of ingehuurd)
duty-development-team-lead-2 = Sprints plannen (korte vaste werkperiodes)
duty-development-team-lead-3 = De korte dagelijkse overleggen (stand-ups) leiden
duty-development-team-lead-4 = Voortgang en kwaliteit bewaken

task-recruitment = Werven nieuwe gemeenten
task-recruitment-desc = Iemand zoekt gemeenten die willen meedoen en helpt ze op weg. Met meer deelnemers worden kosten en werk over meer gemeenten verdeeld.
duty-recruitment-1 = Demo's en presentaties geven
duty-recruitment-2 = Vragen van geïnteresseerde gemeenten beantwoorden
duty-recruitment-3 = Nieuwe deelnemers wegwijs maken (onboarding)

task-communication = Communicatie
task-communication-desc = Iemand houdt iedereen op de hoogte van wat er gebeurt in de samenwerking en met het product.
duty-communication-1 = Nieuwsbrieven maken en versturen
duty-communication-2 = Laten weten wat er nieuw is in een release
duty-communication-3 = De website of andere kanalen bijhouden

task-monitoring-reporting = Monitoring en rapportage
task-monitoring-reporting-desc = Iemand houdt bij hoe het gaat en meldt dat aan de deelnemers. Zo kan de samenwerking op tijd bijsturen.
duty-monitoring-reporting-1 = Bijhouden hoeveel het product wordt gebruikt
duty-monitoring-reporting-2 = Meten hoe tevreden de gebruikers zijn
duty-monitoring-reporting-3 = De voortgang volgen
duty-monitoring-reporting-4 = Verslag doen aan de stuurgroep of het gebruikersoverleg

task-supplier-management = Leveranciersmanagement
task-supplier-management-desc = Iemand onderhoudt de contacten met leveranciers. Zo hangt de samenwerking niet af van één bedrijf en blijft de kennis bewaard.
duty-supplier-management-1 = Contact met leveranciers onderhouden
duty-supplier-management-2 = Zorgen dat er genoeg leveranciers zijn om uit te kiezen (een gezonde markt)
duty-supplier-management-3 = Problemen met leveranciers op tijd hoger op leggen (escaleren)
duty-supplier-management-4 = Zorgen dat kennis niet verloren gaat

basic-tasks-hours = De drie basistaken kosten samen ongeveer 2 tot 4 uur per week als de samenwerking klein is.

## Checklist

checklist-group-technical = Technisch
checklist-group-organisational = Organisatorisch
checklist-group-financial = Financieel
checklist-group-community = Community
checklist-group-structured = Bij gestructureerde samenwerking en volledige regie ook

item-repo-admin-rights = Beheer code repository (beheerrechten)
item-code-review = Code review en merge requests
item-release-management = Release management
item-technical-documentation = Technische documentatie
item-contact-person = Contactpersoon/aanspreekpunt
item-meeting-coordination = Coördinatie overleggen
item-minutes-actions = Notulen en actielijsten
item-event-organisation = Organisatie bijeenkomsten
item-invoicing = Facturering
item-payment-monitoring = Betalingen monitoren
item-financial-administration = Financiële administratie
item-financial-reporting = Financiële rapportage
item-recruitment = Werven nieuwe gemeenten
item-onboarding = Onboarding nieuwe deelnemers
item-communication = Communicatie (nieuwsbrieven, website)
item-feedback = Feedback verzamelen
item-product-ownership = Product ownership
item-contract-management = Contractmanagement
item-development-team-lead = Aansturen ontwikkelteam
item-supplier-management = Leveranciersmanagement

## Manieren van verdelen

arrangement-coordinating = Coördinerende gemeente (penvoerder)
arrangement-coordinating-how = Eén gemeente, de penvoerder, vult de rollen in voor de hele samenwerking. Dat kan ze samen doen met leveranciers of freelancers.
arrangement-coordinating-pro-1 = Korte lijnen en snel contact
arrangement-coordinating-pro-2 = Vaste mensen, dus weinig wisselingen
arrangement-coordinating-pro-3 = Veel kennis van het onderwerp op één plek
arrangement-coordinating-attention-1 = Geef de penvoerder een vergoeding voor de tijd die het kost, in geld of op een andere manier
arrangement-coordinating-attention-2 = Regel een vervanger voor ziekte en verlof
arrangement-coordinating-attention-3 = Let op belangenverstrengeling: de penvoerder doet zelf ook mee
arrangement-coordinating-suits = Past bij delen zonder regie, lichte coördinatie en gestructureerde samenwerking.

arrangement-rotating = Roulerend tussen gemeenten
arrangement-rotating-how = De gemeenten lossen elkaar om de beurt af. Bijvoorbeeld: elke gemeente doet bepaalde taken een jaar lang.
arrangement-rotating-pro-1 = Het werk wordt eerlijk verdeeld
arrangement-rotating-pro-2 = Elke gemeente leert de samenwerking van binnen kennen
arrangement-rotating-pro-3 = De samenwerking hangt niet af van één gemeente
arrangement-rotating-pro-4 = Het werk kan tellen als bijdrage in natura (in-kind); de gemeente betaalt dan minder communitybijdrage
arrangement-rotating-attention-1 = Bij elke wissel kan er werk blijven liggen
arrangement-rotating-attention-2 = Goede documentatie en een zorgvuldige overdracht zijn heel belangrijk
arrangement-rotating-attention-3 = Niet elke gemeente heeft evenveel tijd en mensen
arrangement-rotating-suits = Past bij delen zonder regie en lichte coördinatie.

arrangement-distributed = Verdeeld over gemeenten
arrangement-distributed-how = Elke gemeente neemt andere taken op zich, op basis van kennis of interesse. Bijvoorbeeld: de ene gemeente doet product ownership, de tweede organiseert bijeenkomsten en de derde regelt het geld.
arrangement-distributed-pro-1 = Gebruikt de kennis en interesse van de gemeenten
arrangement-distributed-pro-2 = Het werk wordt over meer gemeenten verdeeld
arrangement-distributed-pro-3 = Meer gemeenten zijn actief betrokken
arrangement-distributed-attention-1 = De gemeenten moeten hun werk goed op elkaar afstemmen
arrangement-distributed-attention-2 = Het kan onduidelijk worden wie waarvoor verantwoordelijk is
arrangement-distributed-attention-3 = Taken kunnen blijven liggen omdat iedereen denkt dat een ander ze doet
arrangement-distributed-suits = Past bij delen zonder regie tot en met gestructureerde samenwerking, als de taken duidelijk verdeeld zijn en de gemeenten goed met elkaar afstemmen.

arrangement-external = Externe partij
arrangement-external-how = Een organisatie buiten de gemeenten voert alle rollen of een deel ervan uit. Vaak is dat de leverancier of ontwikkelaar van het product.
arrangement-external-pro-1 = Gemeenten hebben er minder werk aan
arrangement-external-pro-2 = Een neutrale partij, zolang het niet de ontwikkelaar of leverancier is
arrangement-external-pro-3 = De afspraken over het werk staan in een contract
arrangement-external-attention-1 = Het kost geld, en dat moet uit de communitybijdrage komen
arrangement-external-attention-2 = Jullie worden afhankelijk van een partij buiten de gemeenten
arrangement-external-attention-3 = Is het de ontwikkelaar of leverancier, dan kunnen zakelijke en publieke belangen botsen
arrangement-external-suits = Past bij gestructureerde samenwerking en volledige regie.

## Delen van het hoofdstuk (waar een regel vandaan komt)

chapter-basic-tasks = Stap 2 › Taken per ambitieniveau › Basistaken
chapter-light-tasks = Stap 2 › Taken per ambitieniveau › Taken bij lichte coördinatie
chapter-structured-tasks = Stap 2 › Taken per ambitieniveau › Taken bij gestructureerde samenwerking en volledige regie
chapter-option-coordinating = Stap 2 › Wie doet wat? › Optie 1: Bij een coördinerende gemeente
chapter-option-rotating = Stap 2 › Wie doet wat? › Optie 2: Roulerend tussen gemeenten
chapter-option-distributed = Stap 2 › Wie doet wat? › Optie 3: Verdeeld over gemeenten
chapter-option-external = Stap 2 › Wie doet wat? › Optie 4: Externe partij
chapter-raci = Stap 2 › Maak een RACI-matrix
chapter-checklist = Stap 2 › Checklist: hebben we alle rollen belegd?
chapter-tip-write-down = Stap 2 › Praktische tips › Maak het expliciet en schrijf het op
chapter-tip-backup = Stap 2 › Praktische tips › Zorg voor back-up
chapter-tip-document = Stap 2 › Praktische tips › Documenteer processen
chapter-tip-separate-money = Stap 2 › Praktische tips › Scheiding van geldstromen
chapter-tip-reserves = Stap 2 › Praktische tips › Bouw reserves op
chapter-tip-evaluate = Stap 2 › Praktische tips › Evalueer jaarlijks
chapter-tip-recognise = Stap 2 › Praktische tips › Erken en waardeer de inzet
chapter-tip-finance-on-agenda = Stap 2 › Praktische tips › Maak financiële administratie bespreekbaar
chapter-tip-start-small = Stap 2 › Praktische tips › Start niet te ambitieus

## Ernst van een bevinding

severity-error = Fout
severity-warning = Waarschuwing
severity-advice = Advies
severity-error-plural = Fouten
severity-warning-plural = Waarschuwingen
severity-advice-plural = Adviezen

## RACI

raci-r = Responsible (voert uit)
raci-a = Accountable (eindverantwoordelijk)
raci-c = Consulted (wordt geraadpleegd)
raci-i = Informed (wordt geïnformeerd)
raci-backup = Back-up (neemt over bij afwezigheid)

## Bevindingen

# D001: verwijzing naar een id die niet bestaat. $id, $field
finding-d001-title = Verwijzing naar onbekende id
finding-d001 = Bij { $field } staat de id „{ $id }”, maar die bestaat niet.
finding-d001-fix = Controleer de spelling van „{ $id }” bij { $field }. Verwijs naar een persoon, partij of groep die al bestaat, of voeg die eerst toe.
finding-d001-why = Elke taak moet bij echte mensen of partijen liggen. Een verwijzing die nergens naar wijst, betekent dat in werkelijkheid niemand de taak doet. Zo'n taak blijft liggen, en dat wil het hoofdstuk juist voorkomen.

# D002: dezelfde id twee keer. $id
finding-d002-title = Dubbele id
finding-d002 = De id „{ $id }” komt meer dan één keer voor.
finding-d002-fix = Geef elke persoon, partij en groep een eigen id. Ook een persoon en een partij mogen niet dezelfde id hebben. Staat een taak twee keer in de verdeling? Voeg de twee dan samen tot één.
finding-d002-why = Een id moet precies één persoon, partij, groep of taak aanwijzen. Komt een id twee keer voor, dan is niet duidelijk wie er bedoeld wordt. Dan weet je ook niet zeker wie een taak doet.

# D003: onbekende taak of checklistpunt. $task
finding-d003-title = Onbekende taak
finding-d003 = De taak „{ $task }” staat niet in de lijst met taken en checklistpunten.
finding-d003-fix = Kies een taak uit de lijst of controleer de spelling. Wil je een eigen taak toevoegen? Maak dan een eigen taak aan met een id en een naam. In het YAML-bestand schrijf je daarvoor `task: custom`, met `id` en `name` erbij.
finding-d003-why = rolwijzer kent de taken en checklistpunten uit het hoofdstuk. Een onbekende naam is vaak een tikfout. Dan lijkt een taak geregeld, terwijl rolwijzer hem niet kan controleren. Eigen taken mogen wel, maar je moet ze duidelijk als eigen taak aanmelden.

# R001: taak zonder Accountable. $task
finding-r001-title = Taak zonder Accountable
finding-r001 = Bij de taak { $task } is niemand Accountable (eindverantwoordelijk).
finding-r001-fix = Wijs bij deze taak een Accountable aan: één persoon of één partij die eindverantwoordelijk is (`accountable`).
finding-r001-why = Het hoofdstuk raadt een RACI-matrix aan. De A staat voor Accountable: wie is eindverantwoordelijk? Zonder zo iemand voelt niemand zich echt eigenaar van de taak. Dan blijft werk liggen en weet niemand wie je erop kunt aanspreken.

# R002: Accountable is een groep of meer dan één. $task, $holders, $reason (group | many)
finding-r002-title = Accountable is niet één persoon of partij
finding-r002 =
    Bij de taak { $task } { $reason ->
        [group] is een groep Accountable: { $holders }.
       *[many] zijn meerdere mensen of partijen Accountable: { $holders }.
    }
finding-r002-fix =
    Kies voor de taak { $task } één persoon of één partij als Accountable. { $reason ->
        [group] Zet de groep bij Consulted (wordt geraadpleegd), zodat de groep wel meepraat.
       *[many] Zet de anderen bij Responsible (voert uit) of Consulted (wordt geraadpleegd).
    }
finding-r002-why = Eindverantwoordelijkheid werkt alleen als die bij één persoon of partij ligt. Als een groep of meerdere mensen samen eindverantwoordelijk zijn, wacht iedereen op elkaar. Het hoofdstuk waarschuwt voor onduidelijkheid over wie waarvoor verantwoordelijk is. Ook als een groep, zoals de stuurgroep, de besluiten neemt, is er één aanspreekpunt nodig.

# R003: taak zonder Responsible. $task
finding-r003-title = Taak zonder Responsible
finding-r003 = Bij de taak { $task } is niemand Responsible (voert de taak uit).
finding-r003-fix = Wijs bij deze taak ten minste één Responsible aan: een persoon, partij of groep die het werk echt doet (`responsible`).
finding-r003-why = De R in RACI staat voor Responsible: de persoon, partij of groep die het werk doet. Een taak met een eindverantwoordelijke maar zonder uitvoerder bestaat alleen op papier. Het hoofdstuk waarschuwt dat taken dan blijven liggen.

# C001: verplichte taak niet belegd. $task, $level, $reason (level | contribution)
finding-c001-title = Nodige taak niet belegd
finding-c001 =
    De taak { $task } is nog niet belegd. { $reason ->
        [contribution] Deze taak is nodig omdat jullie een communitybijdrage innen.
       *[level] Deze taak hoort bij het niveau { $level }.
    }
finding-c001-fix = Bepaal wie de taak { $task } gaat doen. Voeg de taak toe aan de verdeling, met ten minste een Responsible (voert uit) en een Accountable (eindverantwoordelijk).
finding-c001-why = Het hoofdstuk noemt per ambitieniveau welke taken nodig zijn. Hoe hoger het niveau, hoe meer taken. Als een nodige taak bij niemand ligt, blijft die liggen. Wie een communitybijdrage int, moet ook regelen wie dat geld int, beheert en verantwoordt.

# C002: taak boven het gekozen niveau. $task, $level, $task_level
finding-c002-title = Taak boven het gekozen niveau
finding-c002 = De taak { $task } hoort bij het niveau { $task_level }, maar jullie hebben { $level } gekozen.
finding-c002-fix = Ga na of jullie deze taak echt uitvoeren. Zo ja: kies een hoger ambitieniveau. Zo nee: haal de taak uit de verdeling. Je kunt hem later weer toevoegen als de samenwerking groeit.
finding-c002-why = Het hoofdstuk geeft de tip om niet te ambitieus te beginnen. Een paar rollen die echt goed lopen, zijn beter dan veel rollen die alleen op papier staan. Opschalen kan altijd nog als de samenwerking groeit. Dit is een advies, geen fout.

# K001: kritieke taak zonder back-up. $task
finding-k001-title = Kritieke taak zonder back-up
finding-k001 = De taak { $task } is kritiek, maar er is geen back-up.
finding-k001-fix = Wijs bij de taak { $task } een tweede persoon aan die het werk overneemt als de vaste persoon ziek of vrij is of vertrekt (`backup`).
finding-k001-why = Sommige taken mogen nooit stilvallen, zoals het beheer van de code en van het geld. Het hoofdstuk raadt aan om voor zulke rollen altijd een tweede persoon te hebben. Die neemt het werk over als iemand ziek is, vrij is of vertrekt.

# K002: back-up is dezelfde persoon als de enige Responsible. $task, $person
finding-k002-title = Back-up is dezelfde persoon
finding-k002 = Bij de taak { $task } is { $person } zowel de enige Responsible (voert uit) als de back-up.
finding-k002-fix = Kies voor de taak { $task } iemand anders dan { $person } als back-up.
finding-k002-why = Een back-up neemt het werk over als de vaste uitvoerder er niet is. Als dat dezelfde persoon is, is er eigenlijk geen back-up. Het hoofdstuk vraagt om een tweede persoon.

# K003: iedereen op een kritieke taak komt van één partij. $task, $party
finding-k003-title = Kritieke taak hangt af van één partij
finding-k003 = Bij de kritieke taak { $task } komen alle betrokkenen (Responsible, Accountable en back-up) van { $party }.
finding-k003-fix = Zoek voor de taak { $task } een back-up of een Accountable bij een andere partij dan { $party }.
finding-k003-why = Als iedereen bij één organisatie werkt, valt de taak stil als die organisatie stopt of geen tijd meer heeft. Het hoofdstuk waarschuwt voor afhankelijkheid van één gemeente of één externe partij. Een back-up bij een andere partij maakt dat risico kleiner.

# K004: vertrek van een partij laat taken zonder R of A. $party, $tasks, $count
finding-k004-title = Vertrek van een partij laat taken leeg
finding-k004 = Als { $party } uit de samenwerking stapt, verliezen deze taken hun Responsible of Accountable: { $tasks } (aantal: { $count }).
finding-k004-fix = Zorg dat deze taken niet alleen van { $party } afhangen. Zet bij elke taak ook iemand van een andere partij, bijvoorbeeld als back-up of als tweede Responsible.
finding-k004-why = Partijen kunnen vertrekken, bijvoorbeeld door bezuinigingen of andere keuzes. Het hoofdstuk wil dat er altijd iemand kan overnemen en dat je niet van één gemeente afhankelijk bent. Deze bevinding laat zien welke taken dan zonder uitvoerder of eindverantwoordelijke komen te staan.

# K005: minder dan twee beheerders van de repository. $count
finding-k005-title = Te weinig beheerders van de code repository
finding-k005 = Het aantal mensen met beheerrechten op de code repository is { $count }. Dat moeten er ten minste twee zijn.
finding-k005-fix = Geef ten minste twee mensen beheerrechten op de code repository, op de plek waar de code staat (bijvoorbeeld GitHub of GitLab). Geef dat in rolwijzer ook bij die personen aan (`repository_admin`).
finding-k005-why = Wie beheerrechten heeft, kan code accepteren en nieuwe versies maken. Is er maar één beheerder, dan ligt alles stil als die persoon ziek is of vertrekt. Soms kan dan zelfs niemand meer bij de instellingen. Het hoofdstuk vraagt voor kritieke rollen altijd om een tweede persoon.

# K006: geen beschreven werkwijze. $task, $reason (rotating | external | other)
finding-k006-title = Werkwijze niet beschreven
finding-k006 =
    Bij de taak { $task } staat niet beschreven hoe het werk gaat. { $reason ->
        [rotating] Deze taak gaat om de beurt naar een andere gemeente. Bij de overdracht is een beschrijving dus extra belangrijk.
        [external] Een externe partij doet deze taak. Zonder beschrijving is het lastig om het werk over te dragen of terug te nemen.
       *[other] Dat maakt overdragen en inwerken lastiger.
    }
finding-k006-fix = Schrijf op hoe de taak { $task } wordt uitgevoerd: de stappen, de hulpmiddelen en waar je de informatie vindt. Zet een link naar die beschrijving bij de taak (`process`).
finding-k006-why = Het hoofdstuk zegt: beschrijf niet alleen wie iets doet, maar ook hoe. Dan kun je een taak makkelijker overdragen en nieuwe mensen sneller inwerken. Bij rouleren wisselt een taak vaak van eigenaar. Bij een externe partij wil je het werk later ook zelf kunnen overnemen.

# O001: penvoerder krijgt geen vergoeding. $party
finding-o001-title = Penvoerder krijgt geen vergoeding
finding-o001 = { $party } coördineert de samenwerking als penvoerder, maar krijgt daar geen vergoeding voor.
finding-o001-fix =
    { $basis ->
        [budget] Zet de uren van { $party } bij de taken die het doet (`hours_per_week`) en vul een uurtarief in de begroting in (`hourly_rate`). Dan telt dat werk als bijdrage in natura en betaalt { $party } minder, of krijgt het geld terug.
       *[flag] Spreek af hoe { $party } wordt vergoed voor de tijd die het kost, in geld of op een andere manier. Geef daarna aan dat de penvoerder een vergoeding krijgt (`coordinator_compensated`).
    }
finding-o001-why = Een coördinerende gemeente doet werk voor de hele samenwerking. Het hoofdstuk zegt dat je die inzet moet vergoeden, in geld of op een andere manier. Zonder vergoeding draait één gemeente op voor het werk van iedereen. Dat houdt ze meestal niet lang vol.

# O002: penvoerder is Accountable voor geld en geen groep is Consulted. $party, $task
finding-o002-title = Penvoerder beslist alleen over geld
finding-o002 = { $party } is penvoerder en ook Accountable (eindverantwoordelijk) voor { $task }, maar er wordt geen groep geraadpleegd (Consulted).
finding-o002-fix = Zet bij de taak { $task } een groep als Consulted (wordt geraadpleegd), bijvoorbeeld de stuurgroep of alle deelnemers. Zo kijken anderen mee bij besluiten over geld.
finding-o002-why = De penvoerder doet zelf ook mee aan de samenwerking. Als die gemeente in haar eentje over het gezamenlijke geld beslist, kunnen eigen belangen meespelen. Het hoofdstuk noemt dit belangenverstrengeling. Als een groep meekijkt, blijven besluiten eerlijk en te controleren.

# O003: ontwikkelaar heeft R of A op een gevoelige taak. $party, $task, $letter (R | A)
finding-o003-title = Ontwikkelaar heeft een gevoelige rol
finding-o003 =
    { $party } ontwikkelt het product en is ook { $letter ->
        [A] Accountable (eindverantwoordelijk)
       *[R] Responsible (voert uit)
    } voor { $task }.
finding-o003-fix = Leg de taak { $task } bij een gemeente of bij een neutrale partij die het product niet ontwikkelt. { $party } kan wel Consulted (wordt geraadpleegd) zijn, zodat de kennis van de ontwikkelaar blijft meetellen.
finding-o003-why = Een bedrijf dat het product maakt, heeft zakelijke belangen. Bij leveranciersmanagement, product ownership of het geld van de community kunnen die botsen met het publieke belang. Het hoofdstuk wijst hierop bij de keuze voor een externe partij. Een externe partij is alleen neutraal als die het product niet zelf ontwikkelt.

# O004: externe partij maar geen bijdrage. $task, $scope (collaboration | task)
finding-o004-title = Externe partij zonder communitybijdrage
finding-o004 =
    { $scope ->
        [task] De taak { $task } ligt bij een externe partij.
       *[collaboration] De rollen van de samenwerking liggen bij een externe partij.
    } Maar jullie innen geen communitybijdrage om dat te betalen.
finding-o004-fix = Spreek een communitybijdrage af om de externe partij te betalen en geef aan dat jullie die innen (`contribution`). Of kies een andere manier van verdelen, bijvoorbeeld een coördinerende gemeente.
finding-o004-why = Een externe partij werkt niet gratis. Volgens het hoofdstuk komen de kosten uit de communitybijdrage. Zonder bijdrage is niet duidelijk wie de rekening betaalt. Dan kan de afspraak met de externe partij vastlopen.

# O005: manier van verdelen past niet bij het niveau. $arrangement, $level, $suits
finding-o005-title = Manier van verdelen past niet bij het niveau
finding-o005 = De manier van verdelen „{ $arrangement }” past niet goed bij het niveau { $level }. Deze manier past bij: { $suits }.
finding-o005-fix = Kies een manier van verdelen die past bij { $level }, of kies een ander ambitieniveau.
finding-o005-why = Het hoofdstuk noemt bij elke manier van verdelen voor welke samenwerkingen die geschikt is. Rouleren werkt bijvoorbeeld goed bij weinig taken, maar bij veel taken gaat er bij elke wissel te veel mis. Een externe partij kost geld en past daarom bij een samenwerking met een eigen budget.

# O006: overdracht binnen 60 dagen. $task, $date, $days, $from, $to
finding-o006-title = Overdracht komt eraan
finding-o006 = Op { $date } gaat de taak { $task } over van { $from } naar { $to }. Dat is over { $days } dagen.
finding-o006-fix = Plan vóór { $date } een overdrachtsgesprek tussen { $from } en { $to }. Controleer of de werkwijze van { $task } is opgeschreven en of { $to } overal toegang toe heeft.
finding-o006-why = Bij rouleren loopt de voortgang bij elke wissel gevaar. Het hoofdstuk noemt goede documentatie en overdracht daarom heel belangrijk. Wie op tijd begint met de overdracht, voorkomt dat er werk blijft liggen.

# O007: verdeeld over gemeenten en niemand coördineert. (geen variabelen)
finding-o007-title = Niemand coördineert de samenwerking
finding-o007 = De taken zijn verdeeld over verschillende gemeenten, maar niemand coördineert de samenwerking.
finding-o007-fix = Wijs iemand aan voor de taak Coördinatie samenwerking, met een Responsible (voert uit) en een Accountable (eindverantwoordelijk). Die persoon houdt het overzicht en let erop dat afspraken worden nagekomen.
finding-o007-why = Als elke gemeente eigen taken doet, moeten de gemeenten goed afstemmen. Het hoofdstuk waarschuwt dat anders onduidelijk wordt wie waarvoor verantwoordelijk is. Taken kunnen dan blijven liggen omdat iedereen denkt dat een ander ze doet.

# O008: penvoerder of partij in het rooster is geen gemeente. $id, $role (coordinator | rotation)
finding-o008-title = Partij is geen gemeente
finding-o008 =
    De partij „{ $id }” is geen gemeente, maar { $role ->
        [rotation] staat wel in het rooster voor de roulerende taken.
       *[coordinator] is wel gekozen als coördinerende gemeente (penvoerder).
    }
finding-o008-fix =
    { $role ->
        [rotation] Haal „{ $id }” uit het rooster voor de roulerende taken. Is het toch een gemeente? Geef dan bij deze partij aan dat het een gemeente is (`kind: municipality`).
       *[coordinator] Kies een gemeente als penvoerder. Is „{ $id }” toch een gemeente? Geef dan bij deze partij aan dat het een gemeente is (`kind: municipality`).
    }
finding-o008-why = Bij een coördinerende gemeente en bij rouleren gaat het hoofdstuk uit van gemeenten die de taken doen. Een penvoerder handelt namens de andere gemeenten. Wil je dat een bedrijf of andere organisatie rollen uitvoert? Kies dan voor een externe partij. Dan gelden de afspraken en controles die daarbij horen.

# F001: bijdrage niet apart geadministreerd. (geen variabelen)
finding-f001-title = Communitygeld niet apart bijgehouden
finding-f001 = Jullie innen een communitybijdrage, maar houden dat geld niet apart bij.
finding-f001-fix = Zet het geld van de community op een eigen kostenplaats of in een aparte administratie. Geef daarna aan dat dit geregeld is (`separate_administration`).
finding-f001-why = Het hoofdstuk raadt aan om geldstromen te scheiden. Anders raakt het geld van de community vermengd met ander geld van de gemeente. Dan is moeilijk te zien wat er met de bijdragen gebeurt.

# F002: reserve dekt minder dan 3 maanden. $months, $reserve, $fixed
finding-f002-title = Reserve te klein
finding-f002 = De reserve van { $reserve } is genoeg voor { $months } maanden vaste kosten ({ $fixed } per maand). Dat is minder dan 3 maanden.
finding-f002-fix = Bouw de reserve op tot 3 à 6 maanden vaste kosten: 3 tot 6 keer { $fixed }. Bespreek in het overleg hoe jullie dat doen, bijvoorbeeld met een iets hogere bijdrage voor een paar jaar.
finding-f002-why = Het hoofdstuk raadt een buffer aan van 3 tot 6 maanden vaste kosten. Die geeft ruimte als een deelnemer stopt, als betalingen te laat komen of als er onverwachte kosten zijn. Zonder buffer moet je dan meteen werk stopzetten.

# F003: vaste kosten of reserve onbekend. $missing (fixed | reserve | both)
finding-f003-title = Vaste kosten of reserve onbekend
finding-f003 =
    Jullie innen een communitybijdrage, maar { $missing ->
        [fixed] de vaste kosten per maand zijn niet ingevuld.
        [reserve] het bedrag van de reserve is niet ingevuld.
       *[both] de vaste kosten per maand en de reserve zijn niet ingevuld.
    }
finding-f003-fix =
    { $missing ->
        [fixed] Vul de vaste kosten per maand in euro in (`fixed_costs_per_month`).
        [reserve] Vul het bedrag van de reserve in euro in (`reserve`).
       *[both] Vul de vaste kosten per maand en het bedrag van de reserve in, allebei in euro (`fixed_costs_per_month` en `reserve`).
    }
finding-f003-why = Zonder deze bedragen kan rolwijzer niet uitrekenen hoeveel maanden de reserve dekt. Het hoofdstuk raadt een buffer van 3 tot 6 maanden vaste kosten aan. Ook is het een tip om geld een vast punt op de agenda te maken. Dan zijn deze bedragen altijd bekend.

# F004: verdeelsleutel niet toe te passen. $key (equal | inhabitants | tiers), $reason (nobody | rate | inhabitants | tiers), $count, $parties
finding-f004-title = Bijdrage niet te verdelen zoals afgesproken
finding-f004 =
    { $reason ->
        [nobody] Er is een begroting, maar geen enkele gemeente betaalt mee. Daarom kan rolwijzer de kosten niet verdelen.
        [rate] Er staat geen uurtarief in de begroting. Daarom telt het werk van { $parties } niet mee als bijdrage in natura.
        [tiers] De verdeelsleutel is een staffel, maar er staan geen staffels in de begroting. Daarom rekent rolwijzer met gelijke delen.
       *[inhabitants] Om de kosten naar grootte te verdelen, is het aantal inwoners nodig. Dat ontbreekt bij { $parties }. Daarom rekent rolwijzer met gelijke delen.
    }
finding-f004-fix =
    { $reason ->
        [nobody] Zet de gemeenten die meebetalen als partij van soort gemeente in de rolverdeling, zonder `contributes: false`.
        [rate] Vul in de begroting een uurtarief in euro in (`hourly_rate`), bijvoorbeeld 75.
        [tiers] Vul de staffels in (`tiers`): per grootte van gemeente een bedrag. Of kies een andere verdeelsleutel (`key`).
       *[inhabitants] Vul bij elke gemeente die meebetaalt het aantal inwoners in (`inhabitants`). Of kies gelijke delen (`key: equal`).
    }
finding-f004-why = Iedere gemeente wil weten wat ze betaalt en waarom. Dat kan alleen als de afgesproken verdeling ook echt uit te rekenen is. Het hoofdstuk noemt werk dat een gemeente voor iedereen doet een bijdrage in natura: die gemeente betaalt dan minder. Om dat werk in geld uit te drukken, is een uurtarief nodig.

# F005: bijdragen dekken de kosten niet. $gap, $total, $shares
finding-f005-title = Bijdragen dekken de kosten niet
finding-f005 = De bijdragen van de gemeenten zijn samen { $shares }. De kosten en het werk in natura zijn samen { $total }. Er ontbreekt { $gap }.
finding-f005-fix = Maak de bedragen in de staffels hoger, of maak de begroting kleiner. Een andere mogelijkheid is verdelen in gelijke delen (`key: equal`) of naar inwoners (`key: inhabitants`). Dan is er nooit een tekort.
finding-f005-why = Als de bijdragen lager zijn dan de kosten, moet het verschil ergens vandaan komen. Meestal is dat de reserve. Het hoofdstuk raadt een reserve aan voor tegenvallers, niet voor een vast tekort. Een tekort dat elk jaar terugkomt, maakt de samenwerking kwetsbaar.

# E001: geen evaluatiedatum. (geen variabelen)
finding-e001-title = Geen datum van evaluatie
finding-e001 = Er staat niet bij wanneer jullie de rolverdeling voor het laatst hebben geëvalueerd.
finding-e001-fix = Vul de datum in van de laatste evaluatie (`last_evaluation`). Hebben jullie nog nooit geëvalueerd? Zet de evaluatie dan op de agenda van het volgende overleg.
finding-e001-why = Het hoofdstuk raadt aan om elk jaar te bespreken of de verdeling van de rollen nog klopt. Als de samenwerking groeit of kleiner wordt, moet je soms iets aanpassen. Met een datum kan rolwijzer laten zien wanneer het weer tijd is.

# E002: laatste evaluatie te lang geleden. $date, $due, $months
finding-e002-title = Evaluatie te lang geleden
finding-e002 = De laatste evaluatie was op { $date }. De volgende had uiterlijk op { $due } moeten zijn (elke { $months } maanden).
finding-e002-fix = Zet een evaluatie van de rolverdeling op de agenda van het eerstvolgende overleg. Vul daarna de nieuwe datum in (`last_evaluation`).
finding-e002-why = Het hoofdstuk raadt aan om elk jaar samen na te gaan of de verdeling van de rollen nog klopt. Mensen vertrekken, gemeenten komen erbij en het werk verandert. Zonder evaluatie klopt de verdeling op papier na een tijd niet meer met de praktijk.

# A001: minder dan de helft van de nodige taken belegd. $filled, $required, $current, $level
finding-a001-title = Ambitieniveau misschien te hoog
finding-a001 = Van de { $required } taken die bij { $current } nodig zijn, zijn er { $filled } belegd. Dat is minder dan de helft. Het niveau { $level } past misschien beter.
finding-a001-fix = Overweeg om het ambitieniveau te verlagen naar { $level }. Of beleg eerst de open taken voordat jullie verder groeien.
finding-a001-why = Het hoofdstuk raadt aan om niet te ambitieus te beginnen. Het is beter om een paar rollen goed in te vullen dan veel rollen die alleen op papier staan. Opschalen kan altijd later, als de samenwerking groeit.

# H001: meer uren toegewezen dan beschikbaar. $person, $assigned, $available
finding-h001-title = Meer uren dan beschikbaar
finding-h001 = { $person } heeft taken voor { $assigned } uur per week, maar heeft { $available } uur per week beschikbaar.
finding-h001-fix = Geef een deel van de taken van { $person } aan anderen. Of spreek met de werkgever van { $person } af dat er meer uren beschikbaar komen.
finding-h001-why = Mensen die rollen vervullen, steken er tijd en energie in. Als ze meer taken hebben dan tijd, blijft werk liggen of raken ze overbelast. Het hoofdstuk vraagt om die inzet te zien en te waarderen. Dat begint met een eerlijke verdeling van de uren.

# H002: één persoon is R of A op meer dan vijf taken. $person, $count
finding-h002-title = Veel taken bij één persoon
finding-h002 = { $person } is Responsible of Accountable voor { $count } taken.
finding-h002-fix = Ga na of andere mensen een deel van de taken van { $person } kunnen overnemen. Of wijs voor die taken ten minste een back-up aan.
finding-h002-why = Als veel taken bij één persoon liggen, hangt de samenwerking van die persoon af. Is die persoon ziek of vrij, of vertrekt die, dan ligt er veel tegelijk stil. Het hoofdstuk wijst op het belang van een back-up en van een eerlijke verdeling van het werk.

# I001: Informed zonder kanaal. $task, $who
finding-i001-title = Informed zonder kanaal
finding-i001 = Bij de taak { $task } staat niet hoe je „{ $who }” op de hoogte houdt.
finding-i001-fix = Geef aan hoe je „{ $who }” op de hoogte houdt van { $task }, bijvoorbeeld via de nieuwsbrief, e-mail of het overleg (`via`).
finding-i001-why = De I in RACI staat voor Informed: wie moet op de hoogte blijven? Dat werkt alleen als ook duidelijk is hoe dat gebeurt. Het voorbeeld in het hoofdstuk noemt daarom een kanaal, zoals een nieuwsbrief.

# O009: coördinerende gemeente gekozen, maar niet ingevuld welke. (geen variabelen)
finding-o009-title = Penvoerder niet ingevuld
finding-o009 = Jullie kiezen voor een coördinerende gemeente (penvoerder), maar er staat niet welke gemeente dat is.
finding-o009-fix = Vul in welke gemeente de penvoerder is (`coordinator`: de id van die gemeente).
finding-o009-why = Bij deze manier van verdelen doet één gemeente de taken namens alle deelnemers. Iedereen moet weten welke gemeente dat is, zodat duidelijk is wie aanspreekbaar is en wie een vergoeding krijgt.

# O010: een gemeente in het rooster heeft minder uren dan haar beurt vraagt. $party, $available, $asked
finding-o010-title = Niet elke gemeente heeft genoeg uren voor haar beurt
finding-o010 = { $party } heeft { $available } uur per week. De roulerende taken vragen { $asked } uur per week. Als { $party } aan de beurt is, is er dus te weinig tijd.
finding-o010-fix = Spreek met { $party } af hoe de beurt toch lukt: meer uren voor de mensen die de taken doen, een collega van een andere gemeente die helpt, of { $party } slaat een beurt over in het rooster.
finding-o010-why = Het hoofdstuk noemt dit als aandachtspunt bij rouleren: niet alle gemeenten hebben even veel capaciteit. Een kleine gemeente kan een beurt soms niet aan. Dan blijft werk liggen of raakt één persoon overbelast.

# The one sentence for a rotating task, everywhere it is shown. $party, $holder, $known (yes | no), $from, $until
rotation-now = { $known ->
        [yes] roulerend — nu { $party } ({ $holder }), tot { $until }
       *[no] roulerend — nu { $party }, tot { $until }
    }
rotation-from = { $known ->
        [yes] roulerend — vanaf { $from } { $party } ({ $holder })
       *[no] roulerend — vanaf { $from } { $party }
    }
rotation-plain = roulerend

# The checklist of a rotation hand-over.
handover-item-process = De werkwijze van de roulerende taken is opgeschreven.
handover-item-backup = De back-up weet wat er komt.
handover-item-access = Toegang en rechten op de code repository zijn overgezet naar de nieuwe houder.
handover-item-public-contact = De contactgegevens op de openbare pagina noemen de nieuwe houder.

# Forgetting a person (AVG art. 17): the neutral name and the history line.
privacy-forgotten-word = oud-medewerker
privacy-forgotten-summary = Persoonsgegevens van { $label } gewist
