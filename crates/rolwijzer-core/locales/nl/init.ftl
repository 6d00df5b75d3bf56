# Namen voor een nieuwe rolverdeling (`rolwijzer init`), die de gebruiker daarna invult.
init-collaboration = Onze samenwerking
init-municipality = Gemeente { $letter }
init-external = Externe partij
init-contact = Contactpersoon { $party }
init-title = Coördinator
init-developer = Ontwikkelaar { $party }
init-all-parties = Alle deelnemers
# De vier soorten activiteiten uit de handreiking, voor een eerste begroting.
init-activity-development = Nieuwe functies (ontwikkeling)
init-activity-coordination = Coördinatie
init-activity-meetings = Gebruikersbijeenkomsten
init-activity-infrastructure = Infrastructuur en tools
