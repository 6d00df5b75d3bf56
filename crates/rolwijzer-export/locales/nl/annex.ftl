# Texts of the annex exports.
# De bijlage bij de samenwerkingsovereenkomst (PDF en ODT). Taalniveau B1.

## Titelpagina

annex-doc-title = Bijlage rolverdeling
annex-kicker = Bijlage bij de samenwerkingsovereenkomst
annex-subtitle = Rolverdeling: wie doet wat?
annex-purpose = In deze bijlage staat wie welke taak doet in de samenwerking. Zo weet iedereen wie waarvoor zorgt, ook als er mensen wisselen.
annex-field-level = Ambitieniveau
annex-field-arrangement = Verdeling van het werk
annex-field-date = Datum
annex-field-revision = Versie

## Taken

annex-tasks-heading = Taken en rollen
annex-tasks-intro = Hieronder staat per taak wie wat doet. De letters komen uit de RACI-methode:
annex-legend-r = { letter-r }: doet het werk.
annex-legend-a = { letter-a }: zorgt dat het werk goed gebeurt en neemt de besluiten.
annex-legend-c = { letter-c }: wordt vooraf om advies gevraagd.
annex-legend-i = { letter-i }: hoort achteraf wat er is gebeurd.
annex-legend-b = { letter-b }: neemt het werk over bij ziekte, verlof of vertrek.
annex-no-tasks = Er zijn nog geen taken verdeeld.
annex-task-required = Verplicht bij dit ambitieniveau
annex-task-optional = Niet verplicht bij dit ambitieniveau
annex-task-critical = Kritieke taak: er moet een back-up zijn
annex-task-duties = Wat hoort bij deze taak:
annex-task-arrangement = Verdeling van deze taak
annex-field-hours = Tijd
annex-hours = { $hours } uur per week
annex-field-process = Werkwijze
annex-field-notes = Opmerkingen
annex-informed-via = { $who }, via { $channel }
annex-nobody = niemand

## Checklist

annex-checklist-heading = Checklist: zijn alle rollen belegd?
annex-checklist-intro = Deze checklist komt uit de handreiking. Per punt zie je of het geregeld is en wie het uitvoert.
annex-col-item = Punt
annex-col-status = Stand
annex-col-holders = Wie voert het uit
annex-status-done = Geregeld
annex-status-missing = Ontbreekt
annex-status-not-needed = Niet nodig bij dit niveau

## Open punten

annex-findings-heading = Open punten
annex-findings-count = { $count ->
    [one] rolwijzer heeft de verdeling gecontroleerd. Er is nog 1 open punt. Los het op voordat jullie de overeenkomst tekenen.
   *[other] rolwijzer heeft de verdeling gecontroleerd. Er zijn nog { $count } open punten. Los ze op voordat jullie de overeenkomst tekenen.
}
annex-findings-none = rolwijzer heeft de verdeling gecontroleerd en vond geen open punten.
annex-finding-fix = Oplossing: { $fix }

## Contactpersoon

annex-contact-heading = Contactpersoon
annex-contact-intro = Heb je een vraag over de samenwerking, of wil je gemeente meedoen? Neem dan contact op met:
annex-contact-none = Er is nog geen contactpersoon aangewezen.
annex-field-name = Naam
annex-field-title = Functie
annex-field-organisation = Organisatie
annex-field-email = E-mail
annex-field-phone = Telefoon

## Versie, deelnemers en overzicht

annex-revision-of = van { $date }
annex-parties-heading = Deelnemers
annex-col-party = Organisatie
annex-col-kind = Soort
annex-col-contact = Contactpersoon
annex-col-reach = E-mail en telefoon
annex-overview-heading = Overzicht
annex-overview-intro = Per taak de letters van elke deelnemer en de mensen die er werken. De nummers staan onder de tabel.
annex-overview-letters = R: doet het werk (uitvoerend). A: eindverantwoordelijk. C: geeft vooraf advies. I: hoort achteraf wat er is gebeurd. B: back-up.
annex-overview-too-large = Met { $count } deelnemers past het overzicht niet op één pagina. Per taak staat hierna wie wat doet.
annex-col-task = Taak

## Rooster, evaluatie en vaststelling

annex-not-needed = Niet nodig bij dit ambitieniveau: { $items }.
annex-rotation-heading = Rooster
annex-rotation-intro = De gemeenten doen deze taken om de beurt: { $tasks }.
annex-rotation-period = { $from } tot { $until }
annex-rotation-period-now = { $from } tot { $until } (nu)
annex-col-period = Periode
annex-col-holder = Wie voert uit
annex-evaluation-heading = Evaluatie
annex-evaluation-intro = De deelnemers bespreken regelmatig of de rolverdeling nog werkt, en passen haar zo nodig aan.
annex-field-interval = Hoe vaak
annex-interval = { $months ->
    [one] elke maand
   *[other] elke { $months } maanden
}
annex-field-last-evaluation = Laatste evaluatie
annex-evaluation-never = nog niet gehouden
annex-field-next-evaluation = Volgende evaluatie uiterlijk
annex-field-went-well = Wat ging goed
annex-field-to-change = Wat moet anders
annex-field-decisions = Besluiten
annex-adoption-heading = Vaststelling
annex-adoption-intro = Deze rolverdeling is vastgesteld door de deelnemers. Vul hieronder in wanneer en door wie.
annex-field-adopted-on = Datum
annex-field-adopted-by = Vastgesteld door (bijvoorbeeld de stuurgroep)
annex-col-signed-by = Naam
annex-col-signature = Handtekening

## Over deze bijlage

annex-about-heading = Over deze bijlage
annex-credit = Gebaseerd op de handreiking van VNG Realisatie over samenwerken aan open source tussen gemeenten, hoofdstuk ‘Stap 2: Verdeel rollen en taken’. Die handreiking valt onder de licentie CC BY-SA 4.0. rolwijzer geeft de inhoud in eigen woorden weer.
annex-made-with = Gemaakt met rolwijzer.

## Voettekst

annex-footer = { annex-doc-title } · { $name }
annex-page = pagina { $page } van { $pages }
