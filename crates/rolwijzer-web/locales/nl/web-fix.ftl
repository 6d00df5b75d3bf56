# How to fix each finding, in the words of the web pages: every text names the field
# as the page labels it, never a key of the file (the CLI keeps the core's texts).
# The values are the same as in the core's finding-*-fix texts.

# D001 in the web: the message names the field in words, not its place in the file.
finding-web-D001 = De verwijzing „{ $id }” wijst naar niemand: er is geen persoon, partij of groep met die id.
fix-web-D001 = Kies in het formulier een persoon, partij of groep die al bestaat, of voeg die eerst toe op de pagina Mensen.
fix-web-D002 = Geef elke persoon, partij en groep een eigen naam. Staat een taak twee keer in de verdeling? Voeg de twee dan samen tot één.
fix-web-D003 = Deze taak kent rolwijzer niet. Haal hem weg uit de verdeling, of maak er een eigen taak van met een naam.
fix-web-R001 = Kies bij „Eindverantwoordelijk (A)” één persoon of één partij.
fix-web-R002 =
    Kies bij „Eindverantwoordelijk (A)” één persoon of één partij. { $reason ->
        [group] Zet de groep bij „Geraadpleegd (C)”, zodat de groep wel meepraat.
       *[many] Zet de anderen bij „Uitvoerend (R)” of „Geraadpleegd (C)”.
    }
fix-web-R003 = Kies bij „Uitvoerend (R)” ten minste één persoon, partij of groep die het werk echt doet.
fix-web-C001 = Bepaal wie de taak { $task } gaat doen. Kies op de pagina van de taak ten minste iemand bij „Uitvoerend (R)” en iemand bij „Eindverantwoordelijk (A)”.
fix-web-C002 = Ga na of jullie deze taak echt uitvoeren. Zo ja: kies een hoger ambitieniveau bij Instellingen. Zo nee: haal de taak uit de verdeling. Je kunt hem later weer toevoegen.
fix-web-K001 = Kies bij „Back-up” een tweede persoon die het werk overneemt als de vaste persoon ziek of vrij is of vertrekt.
fix-web-K002 = Kies bij „Back-up” iemand anders dan { $person }.
fix-web-K003 = Kies bij „Back-up” of „Eindverantwoordelijk (A)” iemand van een andere partij dan { $party }.
fix-web-K004 = Zorg dat deze taken niet alleen van { $party } afhangen. Zet bij elke taak ook iemand van een andere partij, bijvoorbeeld bij „Back-up” of als tweede bij „Uitvoerend (R)”.
fix-web-K005 = Geef ten minste twee mensen beheerrechten op de code repository, op de plek waar de code staat (bijvoorbeeld GitHub of GitLab). Zet daarna bij die mensen een vinkje bij „Heeft beheerrechten op de code repository”.
fix-web-K006 = Schrijf op hoe de taak { $task } gaat: de stappen, de hulpmiddelen en waar je de informatie vindt. Zet een link naar die beschrijving bij „Werkwijze”.
fix-web-O001 =
    { $basis ->
        [budget] Vul bij de taken van { $party } de uren per week in, en vul op de pagina Geld een uurtarief in. Dan telt dat werk als bijdrage in natura en betaalt { $party } minder, of krijgt het geld terug.
       *[flag] Spreek af hoe { $party } wordt vergoed voor de tijd die het kost, in geld of op een andere manier. Kies daarna „Ja” bij „Krijgt de penvoerder een vergoeding voor de tijd die het kost?”.
    }
fix-web-O002 = Zet een groep bij „Geraadpleegd (C)”, bijvoorbeeld de stuurgroep of alle deelnemers. Zo kijken anderen mee bij besluiten over geld.
fix-web-O003 = Leg de taak { $task } bij een gemeente of bij een neutrale partij die het product niet ontwikkelt. { $party } kan wel bij „Geraadpleegd (C)” staan, zodat de kennis van de ontwikkelaar blijft meetellen.
fix-web-O004 = Spreek een communitybijdrage af om de externe partij te betalen, en kies „Ja” bij „Betalen de deelnemers een communitybijdrage?”. Of kies bij „Manier van verdelen” iets anders, bijvoorbeeld een coördinerende gemeente.
fix-web-O005 = Kies een manier van verdelen die past bij { $level }, of kies een ander ambitieniveau.
fix-web-O006 = Plan vóór { $date } een overdrachtsgesprek tussen { $from } en { $to }. Controleer of de werkwijze van { $task } is opgeschreven en of { $to } overal toegang toe heeft.
fix-web-O007 = Wijs iemand aan voor de taak Coördinatie samenwerking: kies iemand bij „Uitvoerend (R)” en iemand bij „Eindverantwoordelijk (A)”. Die persoon houdt het overzicht en let erop dat afspraken worden nagekomen.
fix-web-O008 =
    { $role ->
        [rotation] Haal „{ $id }” uit het rooster voor de roulerende taken. Is het toch een gemeente? Kies dan bij deze partij „Gemeente” bij „Soort organisatie”.
       *[coordinator] Kies een gemeente als penvoerder. Is „{ $id }” toch een gemeente? Kies dan bij deze partij „Gemeente” bij „Soort organisatie”.
    }
fix-web-F001 = Zet het geld van de community op een eigen kostenplaats of in een aparte administratie. Kies daarna „Ja” bij „Staat het geld van de samenwerking apart van andere budgetten?”.
fix-web-F002 = Bouw de reserve op tot 3 à 6 maanden vaste kosten: 3 tot 6 keer { $fixed }. Bespreek in het overleg hoe jullie dat doen, bijvoorbeeld met een iets hogere bijdrage voor een paar jaar.
fix-web-F003 =
    { $missing ->
        [fixed] Vul een bedrag in bij „Vaste kosten per maand (euro)”.
        [reserve] Vul een bedrag in bij „Reserve (euro)”.
       *[both] Vul een bedrag in bij „Vaste kosten per maand (euro)” en bij „Reserve (euro)”.
    }
fix-web-F004 =
    { $reason ->
        [nobody] Voeg de gemeenten die meebetalen toe als partij van de soort „Gemeente”.
        [rate] Vul in de begroting een uurtarief in euro in, bijvoorbeeld 75.
        [tiers] Vul de staffel in: per grootte van gemeente een bedrag. Of kies een andere manier om de kosten te verdelen.
       *[inhabitants] Vul bij elke gemeente die meebetaalt het aantal inwoners in. Of verdeel de kosten in gelijke delen.
    }
fix-web-F005 = Maak de bedragen in de staffel hoger, of maak de begroting kleiner. Of verdeel de kosten in gelijke delen of naar het aantal inwoners: dan is er nooit een tekort.
fix-web-E001 = Vul de datum van de laatste evaluatie in. Hebben jullie nog nooit geëvalueerd? Zet de evaluatie dan op de agenda van het volgende overleg.
fix-web-E002 = Zet een evaluatie van de rolverdeling op de agenda van het eerstvolgende overleg. Vul daarna de nieuwe datum in.
fix-web-A001 = Overweeg om het ambitieniveau te verlagen naar { $level }. Of zoek eerst mensen voor de open taken voordat jullie verder groeien.
fix-web-H001 = Geef een deel van de taken van { $person } aan anderen. Of spreek met de werkgever van { $person } af dat er meer uren beschikbaar komen, en pas „Uren per week beschikbaar” aan.
fix-web-H002 = Ga na of andere mensen een deel van de taken van { $person } kunnen overnemen. Of kies voor die taken ten minste iemand bij „Back-up”.
fix-web-I001 = Vul bij „Geïnformeerd (I)” naast „{ $who }” in hoe dat gebeurt, bijvoorbeeld via de nieuwsbrief, e-mail of het overleg.
fix-web-O009 = Kies bij „Coördinerende gemeente (penvoerder)” welke gemeente de penvoerder is.
fix-web-O010 = Spreek met { $party } af hoe de beurt toch lukt: meer uren voor de mensen die de taken doen, een collega van een andere gemeente die helpt, of { $party } slaat een beurt over in het rooster.

# Notices of the export page, naming the field on the people page.
web-notice-missing-forge-username = { $name } staat niet in CODEOWNERS: vul bij deze persoon „Gebruikersnaam op GitHub of GitLab” in, op de pagina Mensen.
web-notice-invalid-forge-username = { $name } staat niet in CODEOWNERS: de gebruikersnaam „{ $username }” kan niet op een codeplatform bestaan. Gebruik bij „Gebruikersnaam op GitHub of GitLab” alleen letters, cijfers, - _ en .
web-notice-contract-ended = Het contract met { $party } liep af op { $date }. Pas bij deze partij „Contract loopt tot” aan, anders klopt publiccode.yml niet.
web-notice-contract-without-end = Bij { $party } staat niet tot wanneer het contract loopt. Vul bij deze partij „Contract loopt tot” in: publiccode.yml vraagt dat voor iedere leverancier.

# Findings that name roles, with the role names the web and the annex use: Dutch
# first, the RACI letter beside it (the CLI keeps the chapter's English terms).
finding-web-title-R001 = Taak zonder eindverantwoordelijke (A)
finding-web-R001 = Bij de taak { $task } is niemand eindverantwoordelijk (A).
finding-web-title-R002 = Eindverantwoordelijk (A) is niet één persoon of partij
finding-web-R002 =
    Bij de taak { $task } { $reason ->
        [group] is een groep eindverantwoordelijk (A): { $holders }.
       *[many] zijn meerdere mensen of partijen eindverantwoordelijk (A): { $holders }.
    }
finding-web-title-R003 = Taak zonder uitvoerende (R)
finding-web-R003 = Bij de taak { $task } voert niemand de taak uit: er is geen uitvoerende (R).
finding-web-K002 = Bij de taak { $task } is { $person } zowel de enige uitvoerende (R) als de back-up.
finding-web-K003 = Bij de kritieke taak { $task } komen alle betrokkenen (uitvoerend, eindverantwoordelijk en back-up) van { $party }.
finding-web-K004 = Als { $party } uit de samenwerking stapt, heeft niemand meer de rol uitvoerend (R) of eindverantwoordelijk (A) bij deze taken: { $tasks } (aantal: { $count }).
finding-web-O002 = { $party } is penvoerder en ook eindverantwoordelijk (A) voor { $task }, maar geen groep wordt geraadpleegd (C).
finding-web-O003 =
    { $party } ontwikkelt het product en is ook { $letter ->
        [A] eindverantwoordelijk (A)
       *[R] uitvoerend (R)
    } voor { $task }.
finding-web-H002 = { $person } is uitvoerend (R) of eindverantwoordelijk (A) voor { $count } taken.
finding-web-title-I001 = Geïnformeerd (I) zonder kanaal
findings-go-to-field = Naar het veld
